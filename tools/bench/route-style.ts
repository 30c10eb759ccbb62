// `npx tsx tools/bench/route-style.ts [--changes 24] [--repetitions 3] [--extension <build>]...`: only the
// style recalculation per route change of `npm run bench`, for one change at a time. A (no extension) and
// each build given (default: dist-bench/chrome) load a banner page of each portal, in an order rotating
// at each repetition, and walk `--changes` route changes along the bench's plan; each figure is the
// change's RecalcStyleDuration minus A's for the same step. Changes that brought the banner script in
// are left out, as in the bench. Prints, writes nothing.
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { classifyUrl } from "../../src/classify/classify-url";
import { type BenchBrowser, launchVariant, openMeasuredPage, sleep } from "./bench-browser";
import { ensureBuild, REPO_ROOT } from "./ensure-build";
import { SETTLE_MS } from "./page-sample";
import { measureRouteChanges, startFrameHarness, stopFrameHarness } from "./route-changes";
import { BENCH_PORTALS, planRoutes, type RoutePlan } from "./route-plan";
import { pairedDifferences, summarise } from "./stats";

// Long enough for the banner script and its settings to land before the first timed change.
const BANNER_SETTLE_MS = 1200;

function wholeNumber(value: string | undefined, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${flag} must be a whole number from 1, not "${value}"`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      changes: { type: "string", default: "24" },
      repetitions: { type: "string", short: "r", default: "3" },
      extension: { type: "string", multiple: true },
    },
  });
  const changes = wholeNumber(values.changes, "--changes");
  const repetitions = wholeNumber(values.repetitions, "--repetitions");
  const builds = values.extension?.map((dir) => resolve(dir)) ?? [ensureBuild("dist-bench").builtDir];
  const labels = ["A", ...builds.map((_, index) => (builds.length === 1 ? "E" : `E${index + 1}`))];
  const plans = Object.values(BENCH_PORTALS).map((urls) =>
    planRoutes(
      urls.filter((url) => classifyUrl(url).verdict !== "none"),
      (url) => classifyUrl(url).verdict,
    ),
  );

  const browsers: BenchBrowser[] = [];
  try {
    browsers.push(await launchVariant("A", null));
    for (const build of builds) browsers.push(await launchVariant("E", build));
    // Per browser, the style time of each (repetition, portal, step), in the same order for all.
    const samples: (number | null)[][] = browsers.map(() => []);
    for (let repetition = 0; repetition < repetitions; repetition += 1) {
      for (const [planIndex, plan] of plans.entries()) {
        const rotation = (repetition + planIndex) % browsers.length;
        for (let turn = 0; turn < browsers.length; turn += 1) {
          const index = (turn + rotation) % browsers.length;
          samples[index]!.push(...(await walk(browsers[index]!, plan, repetition, changes, index > 0)));
        }
      }
      console.error(`[route-style] repetition ${repetition + 1}/${repetitions}`);
    }
    // A step counts only when no build brought its banner in there.
    const kept = samples[0]!.map((_, step) => samples.every((series) => series[step] !== null));
    const series = samples.map((all) => all.filter((_, step) => kept[step]) as number[]);
    console.log(`${repetitions} repetitions × ${plans.length} portals × ${changes} route changes`);
    for (const [index, build] of builds.entries())
      console.log(`${labels[index + 1]}: ${relative(REPO_ROOT, build)}`);
    console.log(
      `\nstyle recalculation per route change, added over A: median [25th … 75th percentile] (budget 0.3 ms)`,
    );
    const a = summarise(series[0]!);
    console.log(`A   ${a.median.toFixed(3)} ms absolute, ${series[0]!.length} changes`);
    for (let index = 1; index < browsers.length; index += 1) {
      const added = summarise(pairedDifferences(series[index]!, series[0]!));
      console.log(
        `${labels[index]!.padEnd(4)}+${added.median.toFixed(3)} ms [${added.p25.toFixed(3)} … ${added.p75.toFixed(3)}]`,
      );
    }
  } finally {
    for (const browser of browsers) await browser.close();
  }
}

/** One page of the plan, then `changes` route changes; null where the change brought the banner in. */
async function walk(
  browser: BenchBrowser,
  plan: RoutePlan,
  repetition: number,
  changes: number,
  expectBanner: boolean,
): Promise<(number | null)[]> {
  const measured = await openMeasuredPage(browser, { userTiming: false });
  try {
    const start = repetition % plan.routes.length;
    await measured.page.goto(plan.routes[start]!.url, { waitUntil: "load" });
    await sleep(expectBanner ? BANNER_SETTLE_MS : SETTLE_MS);
    await startFrameHarness(measured);
    const samples = await measureRouteChanges(measured, plan, start, changes, expectBanner);
    await stopFrameHarness(measured);
    return samples.map((sample) => (sample.loadsBanner ? null : sample.recalcStyleMs));
  } finally {
    await measured.close();
  }
}

main().catch((error: unknown) => {
  console.error("[route-style] failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
