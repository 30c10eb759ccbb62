import { type BenchBrowser, openMeasuredPage, sleep } from "./bench-browser";
import { type LoadSample, loadFiguresOf, SETTLE_MS } from "./page-sample";

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
    return loadFiguresOf(await measured.metrics());
  } finally {
    await measured.close();
  }
}
