import type { Verdict } from "../../src/verdict";
import { type BenchBrowser, type Metrics, metric, openMeasuredPage, sleep } from "./bench-browser";
import { runMutationStorm, type StormSample } from "./mutation-storm";
import {
  measureRouteChanges,
  type RouteChangeSample,
  startFrameHarness,
  stopFrameHarness,
} from "./route-changes";
import type { RoutePlan } from "./route-plan";

// After `load`, long enough for a document_idle content script to run and its settings read to land.
export const SETTLE_MS = 250;
export const ROUTE_CHANGES_PER_SAMPLE = 4;
// The banner waits at most 400 ms for its settings and dismissals (portal-guide.tsx); a little more.
const FIRST_BANNER_WAIT_MS = 1500;

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

/** The load figures of a page's metrics, taken when it has settled after load. */
export function loadFiguresOf(metrics: Metrics): LoadSample {
  return Object.fromEntries(
    Object.entries(LOAD_FIGURES).map(([figure, name]) => [figure, metric(metrics, name)]),
  ) as LoadSample;
}

/** Performance.getMetrics' own split of TaskDuration (V8 compilation is also inside ScriptDuration). */
export interface LoadParts {
  compileMs: number;
  recalcStyleMs: number;
  layoutMs: number;
  /** TaskOtherDuration: main-thread work that is neither script, style nor layout (IPC, ICU, parsing). */
  otherMs: number;
}

export interface PageSample {
  /** Verdict of the page loaded. */
  startVerdict: Verdict;
  /** Main-thread time of loading the page, cumulative when settled (thread time). */
  scriptMs: number;
  taskMs: number;
  /** Other parts of the load's main-thread time: where time that is not script goes. */
  loadParts: LoadParts;
  /**
   * From the content script's start to the banner script running in the page, and to the first render
   * of a visible banner (User Timing marks, E on a page that is not none); null otherwise.
   */
  bannerLoadedMs: number | null;
  firstBannerMs: number | null;
  /** JS heap of the page's renderer after load and a full GC. */
  heapBytes: number;
  routeChanges: RouteChangeSample[];
  storm: StormSample;
}

/**
 * One page of one browser, start to end: load, heap, route changes, mutation storm. `expectBanner`
 * (E only) checks the extension really ran, so a broken build cannot pass as a fast one.
 */
export async function samplePage(
  browser: BenchBrowser,
  plan: RoutePlan,
  startIndex: number,
  expectBanner: boolean,
): Promise<PageSample> {
  const measured = await openMeasuredPage(browser, { userTiming: true });
  try {
    const start = plan.routes[startIndex]!;
    await measured.page.goto(start.url, { waitUntil: "load" });
    await sleep(SETTLE_MS);
    const loaded = await measured.metrics();
    if (expectBanner) await assertBanner(measured.page, start.verdict);
    const { bannerLoadedMs, firstBannerMs } =
      expectBanner && start.verdict !== "none"
        ? await firstBannerOf(measured.page)
        : { bannerLoadedMs: null, firstBannerMs: null };

    await measured.collectGarbage();
    const heapBytes = metric(await measured.metrics(), "JSHeapUsedSize");

    await startFrameHarness(measured);
    const routeChanges = await measureRouteChanges(
      measured,
      plan,
      startIndex,
      ROUTE_CHANGES_PER_SAMPLE,
      expectBanner,
    );
    await stopFrameHarness(measured);
    if (expectBanner) {
      const wrong = routeChanges.filter((change) => (change.verdictAfter ?? "none") !== change.to);
      if (wrong.length > 0) {
        throw new Error(
          `the banner showed ${wrong.map((change) => `${change.verdictAfter} for ${change.to}`).join(", ")}`,
        );
      }
    }

    const storm = await runMutationStorm(measured);
    const load = loadFiguresOf(loaded);
    return {
      startVerdict: start.verdict,
      scriptMs: load.script,
      taskMs: load.task,
      loadParts: {
        compileMs: load.compile,
        recalcStyleMs: load.style,
        layoutMs: load.layout,
        otherMs: load.other,
      },
      bannerLoadedMs,
      firstBannerMs,
      heapBytes,
      routeChanges,
      storm,
    };
  } finally {
    await measured.close();
  }
}

/**
 * Waits up to FIRST_BANNER_WAIT_MS for the first visible banner, then reads the marks. Polled in a plain
 * evaluate: Playwright's waitForFunction would put its own injected script (hundreds of kB) in the page,
 * into E's heap figure alone.
 */
async function firstBannerOf(
  page: import("@playwright/test").Page,
): Promise<Pick<PageSample, "bannerLoadedMs" | "firstBannerMs">> {
  return page.evaluate(async (waitMs) => {
    const shownMark = (): PerformanceEntry | undefined =>
      performance
        .getEntriesByName("csp-portal-guide:verdict-rendered")
        .find((mark) => (mark as PerformanceMark).detail?.visible === true);
    const deadline = performance.now() + waitMs;
    while (!shownMark() && performance.now() < deadline) await new Promise((done) => setTimeout(done, 10));
    const started = performance.getEntriesByName("csp-portal-guide:started")[0];
    const loaded = performance.getEntriesByName("csp-portal-guide:banner-loaded")[0];
    const since = (mark: PerformanceEntry | undefined): number | null =>
      started && mark ? mark.startTime - started.startTime : null;
    return { bannerLoadedMs: since(loaded), firstBannerMs: since(shownMark()) };
  }, FIRST_BANNER_WAIT_MS);
}

async function assertBanner(page: import("@playwright/test").Page, verdict: string): Promise<void> {
  const shown = await page.evaluate(() => ({
    verdict: document.querySelector("csp-portal-guide")?.getAttribute("data-verdict") ?? null,
    marks: performance.getEntriesByName("csp-portal-guide:verdict-rendered").length,
  }));
  const expected = verdict === "none" ? [null, "none"] : [verdict];
  if (!expected.includes(shown.verdict)) {
    throw new Error(
      `${page.url()}: the extension showed ${shown.verdict ?? "no banner"} ${SETTLE_MS} ms after load, expected ${verdict}`,
    );
  }
  if (verdict !== "none" && shown.marks === 0) {
    throw new Error(
      `${page.url()}: no "csp-portal-guide:verdict-rendered" mark; the measure attribute was not seen`,
    );
  }
}
