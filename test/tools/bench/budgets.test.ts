import { describe, expect, it } from "vitest";
import { aggregate, type PairedSamples } from "../../../tools/bench/aggregate";
import type { Variant } from "../../../tools/bench/bench-browser";
import { type BudgetResult, evaluateBudgets } from "../../../tools/bench/budgets";
import type { PageSample } from "../../../tools/bench/page-sample";
import { renderReport } from "../../../tools/bench/report-table";
import type { BenchResults } from "../../../tools/bench/results";
import type { SoakResult, SoakSnapshot } from "../../../tools/bench/soak";

function sample(taskMs: number, overrides: Partial<PageSample> = {}): PageSample {
  return {
    startVerdict: "partner",
    scriptMs: taskMs / 4,
    taskMs,
    loadParts: { compileMs: 1, recalcStyleMs: 2, layoutMs: 3, otherMs: taskMs / 2 },
    bannerLoadedMs: 40,
    firstBannerMs: 120,
    heapBytes: 700_000,
    routeChanges: [
      {
        mechanism: "pushState",
        to: "info",
        framesLate: 0,
        seenToRenderedMs: 0.4,
        verdictAfter: "info",
        recalcStyleMs: 0.2,
        loadsBanner: false,
      },
      {
        mechanism: "hash",
        to: "partner",
        framesLate: 0,
        seenToRenderedMs: 0.3,
        verdictAfter: "partner",
        recalcStyleMs: 0.2,
        loadsBanner: false,
      },
    ],
    storm: { taskMs: 100, scriptMs: 1, recalcStyleMs: 30, layoutMs: 40 },
    ...overrides,
  };
}

function snapshot(heapBytes: number, overrides: Partial<SoakSnapshot> = {}): SoakSnapshot {
  return {
    heapBytes,
    heapByKind: { code: heapBytes / 4, object: heapBytes / 2 },
    jsEventListeners: 12,
    ownListeners: 7,
    ownListenersByType: { "window:popstate": 1 },
    hosts: 1,
    ownElements: 27,
    ...overrides,
  };
}

function soakOf(
  warmGrowth: number,
  warm: Partial<SoakSnapshot> = {},
  cold: Partial<SoakSnapshot> = {},
): SoakResult {
  return {
    routeChanges: 1000,
    verdicts: ["partner", "info"],
    loaded: snapshot(1_300_000),
    cold: snapshot(1_700_000, cold),
    warm: snapshot(1_700_000 + warmGrowth, warm),
    taskMsPerChange: 0.9,
    syncMsPerChange: 1.1,
    wrongVerdicts: 0,
  };
}

const NO_NONE_PAGES = { A: [], N: [], E: [] };

function results(
  samples: PairedSamples,
  soak: SoakResult = soakOf(5_000),
  nonePageTaskMs: Record<Variant, number[]> = NO_NONE_PAGES,
): Omit<BenchResults, "budgets"> {
  return {
    date: "2026-11-25T12:00:00.000Z",
    commit: "0123456789abcdef",
    dirty: false,
    command: "npm run bench",
    machine: {
      cpu: "Test CPU",
      cores: 2,
      memoryGb: 8,
      os: "Linux",
      node: "v20",
      chromium: "Chromium 1",
      loadAverage: { start: 0.5, end: 0.7 },
    },
    durationS: 200,
    repetitions: samples.A.length,
    portals: ["m365-admin"],
    build: { dir: "dist-bench/chrome", rebuilt: false, reason: "up to date" },
    routePlans: {
      "m365-admin": { routes: 2, verdicts: ["partner", "info"], missingVerdicts: [] },
      "azure-portal": { routes: 2, verdicts: ["partner", "info"], missingVerdicts: [] },
    },
    ...aggregate(samples, nonePageTaskMs),
    size: {
      files: [{ file: "content-scripts/portal-guide.js", via: "content_scripts", raw: 30_000, gzip: 11_000 }],
      raw: 30_000,
      gzip: 11_000,
    },
    soak: { "m365-admin": { A: soakOf(1_000), E: soak }, "azure-portal": { A: soakOf(1_000), E: soak } },
    classifier: { urlParseNsPerUrl: 300, classifyNsPerUrl: 450, ratio: 1.5, urls: 200 },
  };
}

const byId = (budgets: BudgetResult[]): Record<string, BudgetResult> =>
  Object.fromEntries(budgets.map((budget) => [budget.id, budget]));

describe("evaluateBudgets", () => {
  it("meets every budget when the extension adds next to nothing", () => {
    const samples: PairedSamples = {
      A: [20, 22, 21].map((ms) => sample(ms)),
      N: [21, 23, 22].map((ms) => sample(ms)),
      E: [22, 24, 23].map((ms) => sample(ms)),
    };
    const budgets = byId(evaluateBudgets(results(samples)));
    expect(Object.values(budgets).map((budget) => [budget.id, budget.met])).toEqual([
      ["load-added", true],
      ["load-vs-control", false],
      ["load-none-vs-control", null],
      ["route-frames-median", true],
      ["route-frames-worst", true],
      ["injected-size", true],
      ["banner-chunk-size", null],
      ["soak-heap", true],
      ["soak-listeners-nodes", true],
      ["classifier", true],
      ["storm", true],
      ["recalc-style", true],
    ]);
    // E adds 2 ms where N adds 1 ms: twice the control, over the 1.5x budget.
    expect(budgets["load-vs-control"]!.measured).toBe("2.00× (E +2.00 ms, N +1.00 ms)");
  });

  it("leaves the change that brought the banner in out of the frame and style figures", () => {
    // Every variant makes the same changes; in E the first one waited for the banner script.
    const withLoad =
      (loadsBanner: boolean) =>
      (taskMs: number): PageSample => {
        const base = sample(taskMs);
        const first = {
          mechanism: "pushState",
          to: "partner",
          framesLate: loadsBanner ? 9 : 0,
          seenToRenderedMs: loadsBanner ? 40 : 0.4,
          verdictAfter: "partner",
          recalcStyleMs: loadsBanner ? 5 : 0.2,
          loadsBanner,
        } as const;
        return { ...base, routeChanges: [first, ...base.routeChanges] };
      };
    const samples: PairedSamples = {
      A: [20, 22, 21].map(withLoad(false)),
      N: [21, 23, 22].map(withLoad(false)),
      E: [22, 24, 23].map(withLoad(true)),
    };
    const measured = results(samples);
    expect(measured.routeChange.bannerLoads).toBe(3);
    expect(measured.routeChange.changes).toBe(6);
    const budgets = byId(evaluateBudgets(measured));
    expect(budgets["route-frames-worst"]!.met).toBe(true);
    expect(budgets["recalc-style"]!.met).toBe(true);
  });

  it("reports each figure over its budget", () => {
    const late = sample(45, {
      routeChanges: [
        {
          mechanism: "hash",
          to: "info",
          framesLate: 2,
          seenToRenderedMs: 5,
          verdictAfter: "info",
          recalcStyleMs: 0.9,
          loadsBanner: false,
        },
        {
          mechanism: "hash",
          to: "none",
          framesLate: null,
          seenToRenderedMs: null,
          verdictAfter: "partner",
          recalcStyleMs: 0.9,
          loadsBanner: false,
        },
      ],
      storm: { taskMs: 130, scriptMs: 20, recalcStyleMs: 30, layoutMs: 40 },
    });
    const samples: PairedSamples = { A: [sample(20)], N: [sample(21)], E: [late] };
    const leaking = soakOf(250_000, { ownListeners: 9, ownElements: 40 });
    const budgets = byId(evaluateBudgets(results(samples, leaking)));
    expect(budgets["load-added"]).toMatchObject({ met: false, measured: "+25.00 ms" });
    expect(budgets["route-frames-median"]!.met).toBe(false);
    expect(budgets["route-frames-worst"]!.measured).toMatch(
      /^2 of 1 changes; 1 changes never reached the banner$/,
    );
    expect(budgets["soak-heap"]).toMatchObject({ met: false });
    expect(budgets["soak-listeners-nodes"]!.measured).toContain("7/12/1/27 → 7/12/1/27 → 9/12/1/40");
    expect(budgets.storm).toMatchObject({ met: false, measured: "1.30× (N 1.00×)" });
    expect(budgets["recalc-style"]).toMatchObject({ met: false, measured: "+0.70 ms" });
  });

  it("holds loads of none pages to what the control adds there, plus a millisecond", () => {
    const samples: PairedSamples = { A: [sample(20)], N: [sample(21)], E: [sample(30)] };
    const judge = (eOnNone: number): BudgetResult =>
      byId(
        evaluateBudgets(
          results(samples, undefined, { A: [20, 20, 21], N: [22, 21, 23], E: [eOnNone, 21, 24] }),
        ),
      )["load-none-vs-control"]!;
    // Added over A, load by load: N +2, +1, +2 (median +2); E +3, +1, +3 (median +3).
    expect(judge(23)).toMatchObject({ met: true, measured: "E +3.00 ms, N +2.00 ms" });
    expect(judge(23.5)).toMatchObject({ met: true, measured: "E +3.00 ms, N +2.00 ms" });
    expect(judge(26)).toMatchObject({ met: true });
    const over = byId(
      evaluateBudgets(results(samples, undefined, { A: [20, 20, 21], N: [22, 21, 23], E: [24, 22, 24.5] })),
    )["load-none-vs-control"]!;
    expect(over).toMatchObject({ met: false, measured: "E +3.50 ms, N +2.00 ms" });
  });

  it("takes any change in our listeners, hosts or elements as a leak", () => {
    const samples: PairedSamples = { A: [sample(20)], N: [sample(20)], E: [sample(22)] };
    const judge = (soak: SoakResult): boolean | null =>
      byId(evaluateBudgets(results(samples, soak)))["soak-listeners-nodes"]!.met;
    expect(judge(soakOf(0))).toBe(true);
    expect(judge(soakOf(0, { ownElements: 28 }, { ownElements: 28 }))).toBe(false);
    expect(judge(soakOf(0, { ownListeners: 8 }))).toBe(false);
    expect(judge(soakOf(0, { hosts: 2 }))).toBe(false);
    expect(judge(soakOf(0, { jsEventListeners: 13 }))).toBe(false);
  });

  it("gives every run's ratio of the classifier when there were several", () => {
    const samples: PairedSamples = { A: [sample(20)], N: [sample(21)], E: [sample(22)] };
    const classifier = { urlParseNsPerUrl: 300, classifyNsPerUrl: 570, ratio: 1.9, urls: 266 };
    const measured = { ...results(samples), classifier: { ...classifier, runRatios: [1.82, 1.9, 2.04] } };
    expect(byId(evaluateBudgets(measured)).classifier).toMatchObject({
      met: true,
      measured: "1.90× (570 ns against 300 ns, 266 URLs; median of 3 processes: 1.82×, 1.90×, 2.04×)",
    });
  });

  it("does not judge what it could not measure", () => {
    const samples: PairedSamples = { A: [sample(20)], N: [sample(20)], E: [sample(22)] };
    const measured = { ...results(samples), classifier: { unavailable: "not in the tree yet" } };
    const budgets = byId(evaluateBudgets(measured));
    expect(budgets.classifier).toMatchObject({ met: null, measured: "not measured: not in the tree yet" });
    expect(budgets["load-vs-control"]).toMatchObject({ met: null });
  });
});

describe("renderReport", () => {
  it("prints every figure and budget, as text and as a Markdown table", () => {
    const samples: PairedSamples = {
      A: [sample(20, { startVerdict: "none" }), sample(22)],
      N: [sample(21, { startVerdict: "none" }), sample(23)],
      E: [sample(21, { startVerdict: "none" }), sample(26)],
    };
    const measured = results(samples, undefined, { A: [20], N: [21], E: [21] });
    const full: BenchResults = { ...measured, budgets: evaluateBudgets(measured) };
    const text = renderReport(full, "text");
    expect(text).toContain("Test CPU, 2 cores, 8 GB");
    expect(text).toMatch(/added over A, pages with verdict none \(1 loads\)\s+\+1\.00 ms/);
    expect(text).toContain("Soak m365-admin: heap after load → 1,000 → 2,000");
    const markdown = renderReport(full, "markdown").split("\n");
    expect(markdown).toContainEqual(
      expect.stringMatching(/^\| Figure +\| A: no extension +\| N: control +\| E: CSP Portal Guide +\|$/),
    );
    expect(markdown).toContainEqual(expect.stringMatching(/^\| ↳ added over A +\| +\| \+1\.00 ms /));
    expect(markdown).toContainEqual(
      expect.stringMatching(
        /^\| Injected before the first banner .*, gzip +\| ≤ 12\.0 kB +\| 11\.0 kB \(30\.0 kB raw\) +\| met +\|$/,
      ),
    );
    const tableLines = markdown.filter((line) => line.startsWith("|"));
    const widthsOf = (line: string): number[] => line.split("|").map((cell) => cell.length);
    const figureTable = tableLines.slice(
      0,
      tableLines.findIndex((line) => line.startsWith("| Budget")),
    );
    // Padded as Biome formats Markdown: every row of a table has the same column widths.
    for (const line of figureTable) expect(widthsOf(line)).toEqual(widthsOf(figureTable[0]!));
  });
});
