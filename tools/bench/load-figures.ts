// `npx tsx tools/bench/load-figures.ts [--repetitions 12] [--verdict none] [--extension <build>]...`:
// only the load figures of `npm run bench`, quickly, for one change at a time. A (no extension), N (the
// control) and each build given (default: dist-bench/chrome, built when missing or stale) load the
// bench pages of one verdict side by side, in an order rotating at each repetition; each figure is
// what the variant adds over A in the same repetition, and E's against N's. Several --extension builds
// compare what-ifs in one run. Prints, writes nothing.
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { classifyUrl } from "../../src/classify/classify-url";
import { isVerdict } from "../../src/verdict";
import { type BenchBrowser, launchVariant } from "./bench-browser";
import { writeControlExtension } from "./control-extension";
import { ensureBuild, REPO_ROOT } from "./ensure-build";
import { LOAD_FIGURES, type LoadFigure } from "./page-sample";
import { BENCH_PORTALS } from "./route-plan";
import { loadSideBySide } from "./side-by-side-loads";
import { pairedDifferences, summarise } from "./stats";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      repetitions: { type: "string", short: "r", default: "12" },
      verdict: { type: "string", default: "none" },
      extension: { type: "string", multiple: true },
    },
  });
  const repetitions = Number(values.repetitions);
  if (!Number.isInteger(repetitions) || repetitions < 1) {
    throw new Error(`--repetitions must be a whole number from 1, not "${values.repetitions}"`);
  }
  if (!isVerdict(values.verdict)) throw new Error(`--verdict must be a verdict, not "${values.verdict}"`);
  const urls = Object.values(BENCH_PORTALS)
    .flat()
    .filter((url) => classifyUrl(url).verdict === values.verdict);
  if (urls.length === 0) throw new Error(`no bench page has verdict ${values.verdict}`);

  const builds = values.extension?.map((dir) => resolve(dir)) ?? [ensureBuild("dist-bench").builtDir];
  const control = writeControlExtension(builds[0]!, resolve(REPO_ROOT, "dist-bench/control-extension"));
  const labels = ["A", "N", ...builds.map((_, index) => (builds.length === 1 ? "E" : `E${index + 1}`))];
  const browsers: BenchBrowser[] = [];
  try {
    browsers.push(await launchVariant("A", null), await launchVariant("N", control));
    for (const build of builds) browsers.push(await launchVariant("E", build));
    const samples = await loadSideBySide(browsers, urls, repetitions, (done) =>
      console.error(`[load-figures] repetition ${done}/${repetitions}`),
    );
    console.log(`${repetitions} repetitions × ${urls.length} pages of verdict ${values.verdict}`);
    for (const [index, build] of builds.entries())
      console.log(`${labels[index + 2]}: ${relative(REPO_ROOT, build)}`);
    console.log(`\nadded over A, median [25th … 75th percentile], ms`);
    console.log(["", ...Object.keys(LOAD_FIGURES)].map((cell) => cell.padEnd(24)).join(""));
    const addedTask: number[][] = [];
    for (let index = 1; index < browsers.length; index += 1) {
      const cells = (Object.keys(LOAD_FIGURES) as LoadFigure[]).map((figure) => {
        const added = pairedDifferences(
          samples[index]!.map((sample) => sample[figure]),
          samples[0]!.map((sample) => sample[figure]),
        );
        if (figure === "task") addedTask[index] = added;
        const { median, p25, p75 } = summarise(added);
        return `${median.toFixed(2)} [${p25.toFixed(1)} … ${p75.toFixed(1)}]`;
      });
      console.log([labels[index]!, ...cells].map((cell) => cell.padEnd(24)).join(""));
    }
    console.log(
      "\ntask time added beyond N's (the bench's budget for none pages: medians at most 1 ms apart)",
    );
    for (let index = 2; index < browsers.length; index += 1) {
      const apart = summarise(addedTask[index]!).median - summarise(addedTask[1]!).median;
      const paired = summarise(pairedDifferences(addedTask[index]!, addedTask[1]!));
      const ratio = summarise(addedTask[index]!).median / summarise(addedTask[1]!).median;
      console.log(
        `${labels[index]}: medians ${apart.toFixed(2)} ms apart, ${ratio.toFixed(2)}× N's; paired differences ${paired.median.toFixed(2)} ms [${paired.p25.toFixed(1)} … ${paired.p75.toFixed(1)}]`,
      );
    }
  } finally {
    for (const browser of browsers) await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error("[load-figures] failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
