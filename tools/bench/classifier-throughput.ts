import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Our classifier against `new URL()` on the same URL corpus (tools/bench/bench-classifier.ts, the catalog's). */
export interface ClassifierThroughput {
  urlParseNsPerUrl: number;
  classifyNsPerUrl: number;
  /** classifyNsPerUrl / urlParseNsPerUrl. */
  ratio: number;
  urls: number;
}

export type ClassifierResult = ClassifierThroughput | { unavailable: string };

const BENCH_CLASSIFIER = join(import.meta.dirname, "bench-classifier.ts");

export async function measureClassifier(): Promise<ClassifierResult> {
  if (!existsSync(BENCH_CLASSIFIER))
    return { unavailable: "tools/bench/bench-classifier.ts is not in the tree yet" };
  let result: Partial<ClassifierThroughput>;
  try {
    // Imported by path at run time: the file belongs to the catalog and may land after this one.
    const module = (await import(pathToFileURL(BENCH_CLASSIFIER).href)) as { benchClassifier?: unknown };
    if (typeof module.benchClassifier !== "function") {
      return { unavailable: "tools/bench/bench-classifier.ts exports no benchClassifier()" };
    }
    result = (await module.benchClassifier()) as Partial<ClassifierThroughput>;
  } catch (error) {
    // The rest of the bench stands without this figure; the table says why it is missing.
    return {
      unavailable: `tools/bench/bench-classifier.ts failed: ${error instanceof Error ? error.message : error}`,
    };
  }
  const numbers = [result.urlParseNsPerUrl, result.classifyNsPerUrl, result.ratio, result.urls];
  if (!numbers.every((value) => typeof value === "number" && Number.isFinite(value))) {
    return { unavailable: `benchClassifier() returned ${JSON.stringify(result)}` };
  }
  return result as ClassifierThroughput;
}
