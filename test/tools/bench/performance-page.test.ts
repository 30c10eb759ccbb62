import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  readBenchResults,
  renderPerformancePage,
  writePerformancePage,
} from "../../../tools/bench/performance-page";
import type { BenchResults } from "../../../tools/bench/results";
import type { SoakResult } from "../../../tools/bench/soak";
import type { Summary } from "../../../tools/bench/stats";

const summary = (median: number, p25 = median, p75 = median, n = 40): Summary => ({
  n,
  median,
  p25,
  p75,
  min: p25,
  max: p75,
  mean: median,
});

const snapshot = (heapBytes: number, code: number) => ({
  heapBytes,
  heapByKind: { code, object: 200_000 },
  jsEventListeners: 18,
  ownListeners: 9,
  ownListenersByType: { "window:popstate": 1 },
  hosts: 1,
  ownElements: 27,
});

const soak = (loaded: number, cold: number, warm: number): SoakResult => ({
  routeChanges: 1000,
  verdicts: ["partner", "self-serve", "info", "support", "none"],
  loaded: snapshot(loaded, 100_000),
  cold: snapshot(cold, 400_000),
  warm: snapshot(warm, 400_000),
  taskMsPerChange: 1.25,
  syncMsPerChange: 1.5,
  wrongVerdicts: 0,
});

/** One bench run, every figure fixed, as bench/results.json holds it. */
const RESULTS: BenchResults = {
  date: "2027-01-15T09:30:12.345Z",
  commit: "abcdef0123456789abcdef0123456789abcdef01",
  dirty: false,
  command: "npm run bench -- --markdown",
  machine: {
    cpu: "Fixed CPU 9000",
    cores: 2,
    memoryGb: 16,
    os: "Linux 6.1",
    node: "v20.20.2",
    chromium: "Chromium 150.0.1.2",
    loadAverage: { start: 1.5, end: 2.25 },
  },
  durationS: 321.4,
  repetitions: 20,
  portals: ["m365-admin", "azure-portal"],
  build: { dir: "dist-bench/chrome", rebuilt: true, reason: "older than the sources" },
  routePlans: {
    "m365-admin": { routes: 5, verdicts: ["partner", "none"], missingVerdicts: [] },
    "azure-portal": { routes: 5, verdicts: ["partner", "none"], missingVerdicts: [] },
  },
  load: {
    taskMs: { A: summary(20, 19, 21), N: summary(23.5, 22, 25), E: summary(31.25, 30, 33) },
    scriptMs: { A: summary(1), N: summary(1.1), E: summary(6.5) },
    addedTaskMs: { N: summary(3.5, 2, 5), E: summary(11.25, 10, 13) },
    addedScriptMs: { N: summary(0.1), E: summary(5.5) },
    addedLoadPartsMs: {
      compileMs: { N: summary(0.05), E: summary(1.75) },
      recalcStyleMs: { N: summary(0.02), E: summary(0.8) },
      layoutMs: { N: summary(0.1), E: summary(1.2) },
      otherMs: { N: summary(3.3), E: summary(7.4) },
    },
    addedTaskMsOnNonePages: { N: summary(2.5, 1, 4, 10), E: summary(4.75, 3, 6, 10) },
    taskVsControl: 11.25 / 3.5,
  },
  heapAfterLoad: {
    bytes: { A: summary(690_000), N: summary(860_000), E: summary(1_100_000) },
    addedBytes: { N: summary(170_000), E: summary(410_000) },
  },
  routeChange: {
    changes: 160,
    missed: 0,
    framesLate: summary(0, 0, 0, 160),
    framesLateByMechanism: { pushState: summary(0, 0, 0, 80), hash: summary(0, 0, 0, 80) },
    seenToRenderedMs: summary(1.5, 1, 2),
    recalcStyleMs: { A: summary(0.17), N: summary(0.17), E: summary(0.42) },
    addedRecalcStyleMs: { N: summary(0), E: summary(0.25) },
  },
  storm: {
    nodes: 10_000,
    taskMs: { A: summary(90), N: summary(89), E: summary(92) },
    ratio: { N: summary(0.99), E: summary(1.02) },
  },
  size: {
    files: [{ file: "content-scripts/portal-guide.js", via: "content_scripts", raw: 41_234, gzip: 14_321 }],
    raw: 41_234,
    gzip: 14_321,
  },
  soak: {
    "m365-admin": { A: soak(690_000, 810_000, 810_500), E: soak(1_300_000, 1_800_000, 1_806_000) },
    "azure-portal": { A: soak(680_000, 800_000, 801_000), E: soak(1_290_000, 1_790_000, 1_793_000) },
  },
  classifier: { urlParseNsPerUrl: 300, classifyNsPerUrl: 480, ratio: 1.6, urls: 264 },
  budgets: [
    {
      id: "load-added",
      figure: "Added main-thread time on load (TaskDuration, median of E − A)",
      budget: "< 5.00 ms",
      measured: "+11.25 ms",
      met: false,
    },
    {
      id: "injected-size",
      figure: "Injected content script, gzip, all files",
      budget: "< 12.0 kB",
      measured: "14.3 kB (41.2 kB raw)",
      met: false,
    },
    {
      id: "classifier",
      figure: "Classifier time per URL against new URL()",
      budget: "≤ 2.00×",
      measured: "1.60× (480 ns against 300 ns, 264 URLs)",
      met: true,
    },
  ],
};

const linesOf = (text: string): string[] => text.split("\n");

/** The Markdown table that starts with the row `| <firstCell> |…`, header and rows. */
function table(page: string, firstCell: string): string[] {
  const lines = linesOf(page);
  const start = lines.findIndex((line) => line.startsWith(`| ${firstCell} `));
  expect(start, `a table headed "${firstCell}"`).toBeGreaterThan(-1);
  const end = lines.findIndex((line, index) => index > start && !line.startsWith("|"));
  return lines.slice(start, end);
}

describe("renderPerformancePage", () => {
  const page = renderPerformancePage(RESULTS);

  it("opens with a title and says it is generated, and by which command", () => {
    expect(linesOf(page)[0]).toBe("# Performance");
    expect(page).toMatch(/<!-- Written by `npm run bench -- --markdown`.*Do not edit/);
  });

  it("says what the bench measures and how before any figure", () => {
    const method = page.slice(0, page.indexOf("| Run"));
    expect(method).toContain("**A**: no extension.");
    expect(method).toContain("**N**: a control extension");
    expect(method).toContain("**E**: CSP Portal Guide, as built.");
    expect(method).toContain("median [25th … 75th");
    // Nothing measured appears before the run's own table.
    expect(method).not.toMatch(/\d+\.\d+ (ms|kB)/);
  });

  it("gives the command, commit, date, machine and build of the run", () => {
    const run = table(page, "Run");
    expect(run).toContainEqual(expect.stringMatching(/^\| command +\| `npm run bench -- --markdown` +\|$/));
    expect(run).toContainEqual(expect.stringMatching(/^\| commit +\| `abcdef0` +\|$/));
    expect(run).toContainEqual(expect.stringMatching(/^\| date +\| 2027-01-15 09:30 UTC +\|$/));
    expect(run).toContainEqual(
      expect.stringMatching(
        /^\| machine +\| Fixed CPU 9000, 2 cores, 16 GB; Linux 6\.1; Node v20\.20\.2; Chromium 150\.0\.1\.2; load average 1\.50→2\.25 +\|$/,
      ),
    );
    expect(run).toContainEqual(
      expect.stringMatching(/^\| build measured +\| `dist-bench\/chrome` \(older than the sources\) +\|$/),
    );
    expect(run).toContainEqual(
      expect.stringMatching(
        /20 repetitions × 2 portals \(m365-admin, azure-portal\), A\/N\/E interleaved; 321 s/,
      ),
    );
  });

  it("marks a run of a tree with uncommitted changes, and one outside git", () => {
    expect(renderPerformancePage({ ...RESULTS, dirty: true })).toContain(
      "`abcdef0` (with uncommitted changes)",
    );
    expect(renderPerformancePage({ ...RESULTS, commit: null })).toContain("unknown (not a git checkout)");
  });

  it("holds the figures of the results, and nothing else, in the figure table", () => {
    const figures = table(page, "Figure");
    expect(figures[0]).toMatch(/^\| Figure +\| A: no extension +\| N: control +\| E: CSP Portal Guide +\|$/);
    expect(figures).toContainEqual(
      expect.stringMatching(
        /^\| Main-thread time on load \(TaskDuration\) +\| 20\.00 ms \[19\.00 ms … 21\.00 ms\] +\| 23\.50 ms .*\| 31\.25 ms \[30\.00 ms … 33\.00 ms\] +\|$/,
      ),
    );
    expect(figures).toContainEqual(
      expect.stringMatching(
        /^\| ↳ added over A, pages with verdict none \(10 loads\) +\| +\| \+2\.50 ms .*\| \+4\.75 ms /,
      ),
    );
    expect(figures).toContainEqual(
      expect.stringMatching(
        /^\| Injected before the first banner \(content scripts\) +\| +\| +\| 41\.2 kB raw, 14\.3 kB gzip +\|$/,
      ),
    );
    expect(figures).toContainEqual(
      expect.stringMatching(
        /^\| Soak azure-portal: heap after load → 1,000 → 2,000 +\| 680\.0 kB → 800\.0 kB → 801\.0 kB /,
      ),
    );
    expect(figures).toContainEqual(expect.stringMatching(/\| 480 ns vs 300 ns = 1\.60× +\|$/));
    // Every row padded to the header's widths, as Biome would format the table.
    const widths = (line: string): number[] => line.split("|").map((cell) => cell.length);
    for (const line of figures) expect(widths(line)).toEqual(widths(figures[0]!));
  });

  it("lists every budget with its verdict", () => {
    const budgets = table(page, "Budget");
    expect(budgets).toHaveLength(2 + RESULTS.budgets.length);
    expect(budgets).toContainEqual(
      expect.stringMatching(
        /^\| Added main-thread time on load .*\| < 5\.00 ms +\| \+11\.25 ms +\| OVER \|$/,
      ),
    );
    expect(budgets).toContainEqual(
      expect.stringMatching(/^\| Classifier time per URL .*\| 1\.60× .*\| met +\|$/),
    );
  });

  it("follows the results: another run renders other figures", () => {
    const other = renderPerformancePage({
      ...RESULTS,
      size: { ...RESULTS.size, gzip: 11_900, files: [{ ...RESULTS.size.files[0]!, gzip: 11_900 }] },
      classifier: { unavailable: "tools/bench/bench-classifier.ts failed: boom" },
    });
    expect(other).toContain("41.2 kB raw, 11.9 kB gzip");
    expect(other).not.toContain("14.3 kB gzip");
    expect(other).toContain("not measured: tools/bench/bench-classifier.ts failed: boom");
  });

  it("gives the classifier's runs and its figure on the real URL table when the results have them", () => {
    const realTable = { urlParseNsPerUrl: 280, classifyNsPerUrl: 700, ratio: 2.5, urls: 775 };
    const page = renderPerformancePage({
      ...RESULTS,
      classifier: { ...RESULTS.classifier, runRatios: [1.5, 1.6, 1.7], realTable },
    } as typeof RESULTS);
    expect(page).toContain("480 ns vs 300 ns = 1.60× (median run of 1.50×, 1.60×, 1.70×)");
    expect(page).toMatch(
      /the same run on the real URL table \(775 URLs, no budget\) .*\| 700 ns vs 280 ns = 2\.50×/,
    );
    expect(renderPerformancePage(RESULTS)).not.toContain("the same run on the real URL table");
  });
});

describe("writing docs/performance.md from bench/results.json", () => {
  let dir = "";
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("re-renders the page from the last results, as `--report --markdown` does", () => {
    dir = mkdtempSync(join(tmpdir(), "performance-page-"));
    const resultsFile = join(dir, "results.json");
    writeFileSync(resultsFile, `${JSON.stringify(RESULTS, null, 2)}\n`);
    const pageFile = join(dir, "docs/performance.md");
    writePerformancePage(readBenchResults(resultsFile), pageFile);
    expect(readFileSync(pageFile, "utf8")).toBe(renderPerformancePage(RESULTS));
  });

  it("says to run the bench when there are no results yet", () => {
    dir = mkdtempSync(join(tmpdir(), "performance-page-"));
    expect(() => readBenchResults(join(dir, "results.json"))).toThrow(/run `npm run bench` first/);
  });
});
