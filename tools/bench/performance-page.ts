// docs/performance.md, written from a bench run's results by `npm run bench -- --markdown` (or again
// from bench/results.json with `-- --report --markdown`), so no figure in the docs is ever typed by hand.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { REPO_ROOT } from "./ensure-build";
import { oneLine } from "./machine";
import { budgetRows, figureRows, renderTable } from "./report-table";
import type { BenchResults } from "./results";

export const PERFORMANCE_PAGE = join(REPO_ROOT, "docs/performance.md");
export const RESULTS_FILE = join(REPO_ROOT, "bench/results.json");

const GENERATED_NOTE =
  "<!-- Written by `npm run bench -- --markdown` (or again from bench/results.json by " +
  "`npm run bench -- --report --markdown`). Do not edit: run the bench again. -->";

/** The whole page: what the bench measures and how, the run (command, commit, date, machine), the tables. */
export function renderPerformancePage(results: BenchResults): string {
  const commit = results.commit
    ? `\`${results.commit.slice(0, 7)}\`${results.dirty ? " (with uncommitted changes)" : ""}`
    : "unknown (not a git checkout)";
  const run = renderTable(
    ["Run", ""],
    [
      ["command", `\`${results.command}\``],
      ["commit", commit],
      ["date", `${results.date.slice(0, 16).replace("T", " ")} UTC`],
      ["machine", oneLine(results.machine)],
      ["build measured", `\`${results.build.dir}\` (${results.build.reason})`],
      [
        "samples",
        `${results.repetitions} repetitions × ${results.portals.length} portals (${results.portals.join(", ")}), ` +
          `A/N/E interleaved; ${results.durationS.toFixed(0)} s in all`,
      ],
    ],
    "markdown",
  );
  return [
    "# Performance",
    "",
    GENERATED_NOTE,
    "",
    "`npm run bench` measures what CSP Portal Guide costs a portal page. Three Chromium instances load the",
    "replicas of both portals side by side and take turns, the order rotating at each repetition:",
    "",
    "- **A**: no extension.",
    "- **N**: a control extension with the same content-script entries (matches, `run_at`, world) and empty",
    '  scripts, generated from the built manifest at every run: the floor of "an extension is here".',
    "- **E**: CSP Portal Guide, as built.",
    "",
    "Times are the page's main-thread time from the Chrome DevTools Protocol (`Performance.getMetrics`, CPU",
    "time of the page's main thread, so other work on a shared machine inflates them far less than wall time),",
    "compared sample by sample against A from the same repetition. Each cell is the median [25th … 75th",
    "percentile]. Budgets are reported, never asserted: timings depend on the machine, so compare runs made on",
    "the same one.",
    "",
    run,
    "",
    "## Figures",
    "",
    renderTable(
      ["Figure", "A: no extension", "N: control", "E: CSP Portal Guide"],
      figureRows(results),
      "markdown",
    ),
    "",
    "## Budgets",
    "",
    renderTable(["Budget", "Limit", "Measured", ""], budgetRows(results.budgets), "markdown"),
    "",
    "## What each figure is",
    "",
    "- **Load**: `TaskDuration` and `ScriptDuration` from navigation until the page has settled after `load`",
    "  (the content script runs at `document_idle`), split into V8 compilation, style, layout and other work.",
    "  The none pages' row shows what the extension costs a page it shows no banner on: each variant loads",
    "  each none page `--none-repetitions` times more (24 by default), side by side, load only, because the",
    "  figure moves by several milliseconds from one load to the next and its budget is 1 ms.",
    "- **JS heap after load**: the renderer's JS heap after a full garbage collection.",
    "- **Route change → banner**: frames between the URL changing (the replica router's `pushState`, or a",
    "  hash link) and the banner's `data-verdict` changing, counted by a `requestAnimationFrame` loop and a",
    "  `MutationObserver` in the page; 0 is the same frame. The content script's User Timing marks",
    "  `csp-portal-guide:route-seen` and `csp-portal-guide:verdict-rendered` give the time between the two;",
    "  the script emits them only when `<html data-csp-portal-guide-measure>` is there as it starts. A change",
    "  from a page that had no banner yet (a `none` page) waits for the banner script to be injected: it is",
    "  counted apart and left out of the frame and style figures.",
    "- **Style recalculation per route change**: `RecalcStyleDuration` over a route change and the frames",
    "  after it.",
    "- **Mutation storm**: the page inserts many elements in a few rendering tasks, some directly under",
    "  `<body>` where the banner's host is watched; `TaskDuration` against A.",
    "- **Soak**: one page, twice a run of route changes through every verdict; after load and after each run,",
    "  a full GC, then the heap (and a heap snapshot summed by kind of object), the listeners whose handler is",
    "  the content script's, all JS listeners, the banner hosts and the banner's elements. The first run is",
    "  cold (V8 compiles and keeps code for what runs hot); growth in the second, warm run is what a leak",
    "  would show, and the budget is judged there.",
    "- **First banner**: on loads of a page that is not `none`, from the content script's start",
    "  (`csp-portal-guide:started`) to its first render of a visible banner: the banner script asked of the",
    "  background, injected, and the settings and dismissals it waits for read.",
    "- **Injected before the first banner**: every file the built manifest's `content_scripts` inject, and any",
    "  chunk they import, gzip -9: all a page whose verdict stays `none` ever gets. The first script is split",
    "  by source module with a sourcemap of the same build (`tools/bench/module-sizes.ts`); each group's gzip",
    "  is of its code alone, so the groups' gzip does not add up to the file's.",
    "- **Banner script**: what the background injects on the first verdict that is not `none`, gzip -9.",
    "- **Classifier**: `tools/bench/bench-classifier.ts`, the shipped `classifyUrl` (bundled and minified as",
    "  in the content script) against `new URL()` on the catalog's example URLs, in CPU time. It runs three",
    "  times, each in a process of its own, and the run with the median ratio is the figure: one process's",
    "  ratio moves by about ±0.1 from the next one's. The budget is on that corpus; the same run also times",
    "  catalog v2's real URL table (`test/fixtures/real-urls`), whose pages the portals' models read more",
    "  often, and reports it with no budget.",
    "",
    "## Running it",
    "",
    "- `npm run bench`: measure and print; every figure and its spread go to `bench/results.json`. It builds",
    "  into `dist-bench/` first when that build is missing or older than the sources.",
    "- `npm run bench -- --markdown`: the same, and write this page.",
    "- `npm run bench -- --report [--markdown]`: print the last `bench/results.json` again (and write this",
    "  page from it) without measuring.",
    "- `npm run bench -- --extension <unpacked build>`: measure another build (a what-if, a release).",
    "- `npm run bench -- --repetitions 30`: more or fewer repetitions; `--none-repetitions 48`: more or",
    "  fewer loads of the none pages.",
    "- `npx tsx tools/bench/profile-load.ts [--url <portal URL>]`: the content script's self time by module",
    "  and function while pages load, from the V8 profiler (an extension API's time goes to its caller).",
    "- `npx tsx tools/bench/load-figures.ts [--repetitions 12] [--verdict none] [--extension <build>]...`:",
    "  the load figures alone, in minutes: A, N and each build given, on the pages of one verdict, with",
    "  each build's added time against N's; several builds compare what-ifs in one run.",
    "- `npx tsx tools/bench/route-style.ts [--changes 24] [--repetitions 3] [--extension <build>]...`: the",
    "  style recalculation per route change alone, in seconds: A and each build given walk the same route",
    "  changes, starting 1.2 s after load, paired step by step against A.",
    "",
  ].join("\n");
}

/** The last run's results; says what to do when there are none yet. */
export function readBenchResults(file = RESULTS_FILE): BenchResults {
  if (!existsSync(file)) {
    throw new Error(`${relative(REPO_ROOT, file)} does not exist yet: run \`npm run bench\` first`);
  }
  return JSON.parse(readFileSync(file, "utf8")) as BenchResults;
}

/** Writes the page for `results`; returns where, relative to the repository. */
export function writePerformancePage(results: BenchResults, file = PERFORMANCE_PAGE): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderPerformancePage(results));
  return relative(REPO_ROOT, file);
}
