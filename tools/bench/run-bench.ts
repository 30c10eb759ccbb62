// `npm run bench`: what the extension costs a portal page, measured against the same pages without
// it (A) and with an empty control extension (N), in one run, interleaved. Prints a table, writes
// bench/results.json, and with --markdown docs/performance.md. Budgets are reported, never asserted:
// timings vary by machine.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { classifyUrl } from "../../src/classify/classify-url";
import { aggregate, type PairedSamples } from "./aggregate";
import { type BenchBrowser, launchVariant, VARIANTS, type Variant } from "./bench-browser";
import { evaluateBudgets } from "./budgets";
import { measureClassifier } from "./classifier-throughput";
import { measureBannerScript, measureInjectedSize } from "./content-script-size";
import { writeControlExtension } from "./control-extension";
import { ensureBuild, REPO_ROOT } from "./ensure-build";
import { describeMachine } from "./machine";
import { breakDownFirstScript } from "./module-sizes";
import { samplePage } from "./page-sample";
import { RESULTS_FILE, readBenchResults, writePerformancePage } from "./performance-page";
import { renderReport } from "./report-table";
import type { BenchResults } from "./results";
import { BENCH_PORTALS, type BenchPortal, planRoutes, type RoutePlan, startIndexFor } from "./route-plan";
import { loadSideBySide } from "./side-by-side-loads";
import { soak } from "./soak";
import { runTimeToPolicy } from "./time-to-policy";

const DIST_ROOT = process.env.BENCH_DIST_ROOT ?? "dist-bench";

async function main(): Promise<void> {
  // A separate measurement with options of its own (time-to-policy.ts).
  if (process.argv.includes("--time-to-policy")) return runTimeToPolicy(process.argv.slice(2));
  const { values } = parseArgs({
    options: {
      repetitions: { type: "string", short: "r", default: "20" },
      // Loads of each none page by each variant, apart from the repetitions: the none-page budget is
      // about 1 ms in a figure that moves by several from one load to the next.
      "none-repetitions": { type: "string", default: "24" },
      // Also print the report as Markdown and write docs/performance.md.
      markdown: { type: "boolean", default: false },
      // An unpacked Chromium build to measure instead of building the tree: a what-if, or a release.
      extension: { type: "string" },
      // Print the last run's bench/results.json again without measuring (with --markdown, write the page).
      report: { type: "boolean", default: false },
    },
  });
  if (values.report) {
    const last = readBenchResults();
    console.log(renderReport(last, values.markdown ? "markdown" : "text"));
    if (values.markdown) console.log(`\nWritten to ${writePerformancePage(last)}.`);
    return;
  }
  const repetitions = wholeNumber("--repetitions", values.repetitions);
  const noneRepetitions = wholeNumber("--none-repetitions", values["none-repetitions"]);
  const started = Date.now();
  const machine = describeMachine();
  const build = values.extension
    ? { builtDir: resolve(values.extension), rebuilt: false, reason: "given with --extension" }
    : ensureBuild(DIST_ROOT);
  log(`build ${relative(REPO_ROOT, build.builtDir)}: ${build.reason}${build.rebuilt ? ", rebuilt" : ""}`);
  const controlDir = writeControlExtension(build.builtDir, join(REPO_ROOT, DIST_ROOT, "control-extension"));
  const size = measureInjectedSize(build.builtDir);
  const bannerScript = measureBannerScript(build.builtDir);
  const firstScriptModules = await breakDownFirstScript();
  log("classifier throughput…");
  const classifier = await measureClassifier();

  const portals = Object.keys(BENCH_PORTALS) as BenchPortal[];
  const plans = Object.fromEntries(
    portals.map((portal) => [portal, planRoutes(BENCH_PORTALS[portal], (url) => classifyUrl(url).verdict)]),
  ) as Record<BenchPortal, RoutePlan>;

  for (const portal of portals) {
    const plan = plans[portal];
    if (plan.routes.length < 2) {
      throw new Error(
        `the classifier gives every bench page of ${portal} the same verdict; there is no route change to time`,
      );
    }
    if (plan.missingVerdicts.length > 0)
      log(`${portal}: no bench page has verdict ${plan.missingVerdicts.join(", ")}`);
  }

  const browsers: Partial<Record<Variant, BenchBrowser>> = {};
  try {
    browsers.A = await launchVariant("A", null);
    browsers.N = await launchVariant("N", controlDir);
    browsers.E = await launchVariant("E", build.builtDir);
    const extensionOrigin = await extensionOriginOf(browsers.E);

    const samples: PairedSamples = { A: [], N: [], E: [] };
    for (let repetition = 0; repetition < repetitions; repetition += 1) {
      for (const [portalIndex, portal] of portals.entries()) {
        const plan = plans[portal];
        const startIndex = startIndexFor(plan, repetition);
        // Rotate who goes first, so a slow moment of the machine does not always fall on the same one.
        const rotation = (repetition + portalIndex) % VARIANTS.length;
        for (const variant of [...VARIANTS.slice(rotation), ...VARIANTS.slice(0, rotation)]) {
          samples[variant].push(await samplePage(browsers[variant]!, plan, startIndex, variant === "E"));
        }
      }
      log(`repetition ${repetition + 1}/${repetitions} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }

    const noneUrls = portals.flatMap((portal) =>
      plans[portal].routes.flatMap((route) => (route.verdict === "none" ? [route.url] : [])),
    );
    log(`none pages: ${noneUrls.length} × ${noneRepetitions} loads by each variant…`);
    const noneLoads = await loadSideBySide(
      VARIANTS.map((variant) => browsers[variant]!),
      noneUrls,
      noneRepetitions,
    );
    const nonePageTaskMs = Object.fromEntries(
      VARIANTS.map((variant, index) => [variant, noneLoads[index]!.map((sample) => sample.task)]),
    ) as Record<Variant, number[]>;

    const soaks = {} as BenchResults["soak"];
    for (const portal of portals) {
      log(`soak ${portal}…`);
      soaks[portal] = {
        A: await soak(browsers.A, plans[portal], false, null),
        E: await soak(browsers.E, plans[portal], true, extensionOrigin),
      };
    }

    machine.loadAverage.end = loadavg()[0]!;
    const measured: Omit<BenchResults, "budgets"> = {
      date: new Date().toISOString(),
      ...commitOf(),
      command: ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(
        " ",
      ),
      machine,
      durationS: (Date.now() - started) / 1000,
      repetitions,
      portals,
      build: { dir: relative(REPO_ROOT, build.builtDir), rebuilt: build.rebuilt, reason: build.reason },
      routePlans: Object.fromEntries(
        portals.map((portal) => [
          portal,
          {
            routes: plans[portal].routes.length,
            verdicts: [...new Set(plans[portal].routes.map((route) => route.verdict))],
            missingVerdicts: plans[portal].missingVerdicts,
          },
        ]),
      ) as BenchResults["routePlans"],
      ...aggregate(samples, nonePageTaskMs),
      size,
      bannerScript,
      firstScriptModules,
      soak: soaks,
      classifier,
    };
    const results: BenchResults = { ...measured, budgets: evaluateBudgets(measured) };
    mkdirSync(join(REPO_ROOT, "bench"), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${renderReport(results, "text")}\n`);
    console.log(`Written to ${relative(REPO_ROOT, RESULTS_FILE)}.`);
    if (values.markdown) {
      console.log(`\n${renderReport(results, "markdown")}\n`);
      console.log(`Written to ${writePerformancePage(results)}.`);
    }
  } finally {
    for (const browser of Object.values(browsers)) await browser.close();
  }
}

/** Origin of our content script's world: the id Chromium gave the build, read from its service worker. */
async function extensionOriginOf(browser: BenchBrowser): Promise<string> {
  const worker =
    browser.context.serviceWorkers()[0] ??
    (await browser.context.waitForEvent("serviceworker", { timeout: 10_000 }));
  // URL#origin is "null" for schemes the URL standard does not know, chrome-extension: among them.
  const url = new URL(worker.url());
  return `${url.protocol}//${url.host}`;
}

function commitOf(): { commit: string | null; dirty: boolean } {
  const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: REPO_ROOT, encoding: "utf8" });
  const status = spawnSync("git", ["status", "--porcelain"], { cwd: REPO_ROOT, encoding: "utf8" });
  return {
    commit: head.status === 0 ? head.stdout.trim() : null,
    dirty: status.status === 0 && status.stdout.trim() !== "",
  };
}

function wholeNumber(option: string, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${option} must be a whole number from 1, not "${value}"`);
  return number;
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

main().catch((error: unknown) => {
  console.error("[bench] failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
