import { kB, ms, times } from "./format";
import type { BenchResults } from "./results";

/** One budget of the issue: what was measured against it. Reported, never asserted. */
export interface BudgetResult {
  id: string;
  figure: string;
  budget: string;
  measured: string;
  /** null: could not be judged (figure unavailable, or a baseline of zero), or reported only. */
  met: boolean | null;
  /** A figure the issue asks to see, with no limit. */
  reportOnly?: true;
}

export const BUDGETS = {
  addedLoadMs: 5,
  loadVsControl: 1.5,
  noneLoadOverControlMs: 1,
  framesLateMedian: 0,
  framesLateWorst: 1,
  injectedGzipBytes: 12_000,
  soakHeapGrowthBytes: 100_000,
  classifierVsUrl: 2,
  stormVsBaseline: 1.1,
  recalcStylePerChangeMs: 0.3,
} as const;

export function evaluateBudgets(results: Omit<BenchResults, "budgets">): BudgetResult[] {
  const { load, routeChange, size, bannerScript, soak, classifier, storm } = results;
  const frames = routeChange.framesLate;
  const missed = routeChange.missed > 0 ? `; ${routeChange.missed} changes never reached the banner` : "";
  const soaks = Object.entries(soak);
  const nonePages = load.addedTaskMsOnNonePages;

  const warmGrowth = soaks.map(([portal, { E }]) => [portal, E.warm.heapBytes - E.cold.heapBytes] as const);
  const unchanged = soaks.map(([portal, { E }]) => {
    const counts = [E.loaded, E.cold, E.warm].map(
      (snapshot) =>
        `${snapshot.ownListeners}/${snapshot.jsEventListeners}/${snapshot.hosts}/${snapshot.ownElements}`,
    );
    return { portal, counts, same: new Set(counts).size === 1 };
  });

  return [
    {
      id: "load-added",
      figure: "Added main-thread time on load (TaskDuration, median of E − A)",
      budget: `< ${ms(BUDGETS.addedLoadMs)}`,
      measured: ms(load.addedTaskMs.E.median, true),
      met: load.addedTaskMs.E.median < BUDGETS.addedLoadMs,
    },
    {
      id: "load-vs-control",
      figure: "Added main-thread time on load against the control extension N",
      budget: `≤ ${times(BUDGETS.loadVsControl)} what N adds`,
      measured:
        load.taskVsControl === null
          ? `N adds ${ms(load.addedTaskMs.N.median, true)}: no ratio`
          : `${times(load.taskVsControl)} (E ${ms(load.addedTaskMs.E.median, true)}, N ${ms(load.addedTaskMs.N.median, true)})`,
      met: load.taskVsControl === null ? null : load.taskVsControl <= BUDGETS.loadVsControl,
    },
    {
      id: "load-none-vs-control",
      figure: "Added main-thread time on loads of none pages, against the control extension N",
      budget: `≤ N + ${ms(BUDGETS.noneLoadOverControlMs)}`,
      measured: nonePages
        ? `E ${ms(nonePages.E.median, true)}, N ${ms(nonePages.N.median, true)}`
        : "no repetition loaded a none page",
      met: nonePages ? nonePages.E.median <= nonePages.N.median + BUDGETS.noneLoadOverControlMs : null,
    },
    {
      id: "route-frames-median",
      figure: "Route change to banner, frames late (median)",
      budget: `${BUDGETS.framesLateMedian} (same frame)`,
      measured: frames ? `${frames.median}${missed}` : `no change seen${missed}`,
      met: frames !== null && routeChange.missed === 0 && frames.median <= BUDGETS.framesLateMedian,
    },
    {
      id: "route-frames-worst",
      figure: "Route change to banner, frames late (worst)",
      budget: `≤ ${BUDGETS.framesLateWorst}`,
      measured: frames ? `${frames.max} of ${frames.n} changes${missed}` : `no change seen${missed}`,
      met: frames !== null && routeChange.missed === 0 && frames.max <= BUDGETS.framesLateWorst,
    },
    {
      id: "injected-size",
      figure: "Injected before the first banner (every content script; all a none page gets), gzip",
      budget: `≤ ${kB(BUDGETS.injectedGzipBytes)}`,
      measured: `${kB(size.gzip)} (${kB(size.raw)} raw)`,
      met: size.gzip <= BUDGETS.injectedGzipBytes,
    },
    {
      id: "banner-chunk-size",
      figure: "Banner script, injected on the first verdict that is not none, gzip",
      budget: "reported",
      measured: bannerScript
        ? `${kB(bannerScript.gzip)} (${kB(bannerScript.raw)} raw)`
        : "no banner script in this build",
      met: null,
      reportOnly: true,
    },
    {
      id: "soak-heap",
      figure: "Soak: heap growth over 1,000 route changes (warm leg, E)",
      budget: `< ${kB(BUDGETS.soakHeapGrowthBytes)}`,
      measured: warmGrowth.map(([portal, bytes]) => `${portal} ${kB(bytes, true)}`).join(", "),
      met: warmGrowth.every(([, bytes]) => bytes < BUDGETS.soakHeapGrowthBytes),
    },
    {
      id: "soak-listeners-nodes",
      figure: "Soak: our listeners / all JS listeners / hosts / our elements, after load → 1,000 → 2,000",
      budget: "unchanged",
      measured: unchanged.map(({ portal, counts }) => `${portal} ${counts.join(" → ")}`).join("; "),
      met: unchanged.every(({ same }) => same),
    },
    {
      id: "classifier",
      figure: "Classifier time per URL against new URL()",
      budget: `≤ ${times(BUDGETS.classifierVsUrl)}`,
      measured:
        "unavailable" in classifier
          ? `not measured: ${classifier.unavailable}`
          : `${times(classifier.ratio)} (${classifier.classifyNsPerUrl.toFixed(0)} ns against ${classifier.urlParseNsPerUrl.toFixed(0)} ns, ${classifier.urls} URLs${runsOf(classifier.runRatios)})`,
      met: "unavailable" in classifier ? null : classifier.ratio <= BUDGETS.classifierVsUrl,
    },
    {
      id: "storm",
      figure: `Mutation storm (${storm.nodes.toLocaleString("en")} nodes), TaskDuration E / A (median)`,
      budget: `≤ ${times(BUDGETS.stormVsBaseline)}`,
      measured: `${times(storm.ratio.E.median)} (N ${times(storm.ratio.N.median)})`,
      met: storm.ratio.E.median <= BUDGETS.stormVsBaseline,
    },
    {
      id: "recalc-style",
      figure: "Style recalculation per route change, E − A (median)",
      budget: `< ${ms(BUDGETS.recalcStylePerChangeMs)}`,
      measured: ms(routeChange.addedRecalcStyleMs.E.median, true),
      met: routeChange.addedRecalcStyleMs.E.median < BUDGETS.recalcStylePerChangeMs,
    },
  ];
}

/** The ratios of the classifier's runs, when there was more than one. */
function runsOf(ratios: readonly number[] | undefined): string {
  return ratios === undefined || ratios.length < 2
    ? ""
    : `; median of ${ratios.length} processes: ${ratios.map(times).join(", ")}`;
}
