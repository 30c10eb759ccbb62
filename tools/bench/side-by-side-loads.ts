import { type BenchBrowser, metric, openMeasuredPage, sleep } from "./bench-browser";
import { SETTLE_MS } from "./page-sample";

/** What a load costs the page's main thread, by Performance.getMetrics' names. */
export const LOAD_FIGURES = {
  task: "TaskDuration",
  script: "ScriptDuration",
  compile: "V8CompileDuration",
  style: "RecalcStyleDuration",
  layout: "LayoutDuration",
  other: "TaskOtherDuration",
} as const;
export type LoadFigure = keyof typeof LOAD_FIGURES;
export type LoadSample = Record<LoadFigure, number>;

/**
 * Each browser loads each URL once per repetition, in an order rotating at each, so that a slow moment
 * of the machine does not always fall on the same browser: `samples[b][i]` of every browser `b` were
 * taken side by side. Loads only: open, load, settle, measure, close; no route change, no storm.
 */
export async function loadSideBySide(
  browsers: readonly BenchBrowser[],
  urls: readonly string[],
  repetitions: number,
  progress: (repetition: number) => void = () => {},
): Promise<LoadSample[][]> {
  const samples: LoadSample[][] = browsers.map(() => []);
  for (let repetition = 0; repetition < repetitions; repetition += 1) {
    for (const [urlIndex, url] of urls.entries()) {
      const rotation = (repetition + urlIndex) % browsers.length;
      for (let turn = 0; turn < browsers.length; turn += 1) {
        const index = (turn + rotation) % browsers.length;
        samples[index]!.push(await loadOnce(browsers[index]!, url));
      }
    }
    progress(repetition + 1);
  }
  return samples;
}

async function loadOnce(browser: BenchBrowser, url: string): Promise<LoadSample> {
  const measured = await openMeasuredPage(browser, { userTiming: false });
  try {
    await measured.page.goto(url, { waitUntil: "load" });
    await sleep(SETTLE_MS);
    const metrics = await measured.metrics();
    return Object.fromEntries(
      Object.entries(LOAD_FIGURES).map(([figure, name]) => [figure, metric(metrics, name)]),
    ) as LoadSample;
  } finally {
    await measured.close();
  }
}
