import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The classifier against `new URL()` on one table of URLs. */
export interface TableFigures {
  urlParseNsPerUrl: number;
  classifyNsPerUrl: number;
  /** classifyNsPerUrl / urlParseNsPerUrl. */
  ratio: number;
  urls: number;
}

/**
 * Our classifier against `new URL()` on the same URL corpus (tools/bench/bench-classifier.ts, the
 * catalog's): the figures of the run with the median ratio.
 */
export interface ClassifierThroughput extends TableFigures {
  /** Every run's ratio, lowest first: each run is a process of its own (absent from older results). */
  runRatios?: number[];
  /** The same run's figures on catalog v2's real URL table, which has no budget (absent from older results). */
  realTable?: TableFigures;
}

export type ClassifierResult = ClassifierThroughput | { unavailable: string };

const BENCH_CLASSIFIER = join(import.meta.dirname, "bench-classifier.ts");

/**
 * Runs of the classifier bench, each in a fresh process. One process's figure moves by about ±0.1
 * (the JIT's choices and the heap differ from process to process, and so does how long `new URL()`
 * takes); the median of three moves less. Every run's ratio is kept in the results.
 */
export const CLASSIFIER_RUNS = 3;

export async function measureClassifier(runs = CLASSIFIER_RUNS): Promise<ClassifierResult> {
  if (!existsSync(BENCH_CLASSIFIER))
    return { unavailable: "tools/bench/bench-classifier.ts is not in the tree yet" };
  const measured: RunFigures[] = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await runOnce();
    if ("unavailable" in result) return result;
    measured.push(result);
  }
  return medianRun(measured);
}

type RunFigures = Omit<ClassifierThroughput, "runRatios">;

/** The run with the median ratio (the higher one of an even count), with every run's ratio. */
export function medianRun(runs: readonly RunFigures[]): ClassifierThroughput {
  const sorted = [...runs].sort((a, b) => a.ratio - b.ratio);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (median === undefined) throw new Error("medianRun() needs at least one run");
  return { ...median, runRatios: sorted.map((run) => run.ratio) };
}

/** One run of tools/bench/bench-classifier.ts, in a process started as this one was (under tsx). */
function runOnce(): Promise<RunFigures | { unavailable: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, BENCH_CLASSIFIER], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (error) =>
      resolve({ unavailable: `could not start the classifier bench: ${error.message}` }),
    );
    child.on("close", (code) => {
      // The rest of the bench stands without this figure; the table says why it is missing.
      if (code !== 0) {
        const why = stderr.trim().split("\n").at(-1) ?? "";
        resolve({ unavailable: `tools/bench/bench-classifier.ts exited with ${code}: ${why}` });
        return;
      }
      resolve(readResult(stdout.split("\n")[0] ?? ""));
    });
  });
}

/** The figures of the first line a run prints (its JSON), or why they cannot be used. */
export function readResult(line: string): RunFigures | { unavailable: string } {
  let result: unknown;
  try {
    result = JSON.parse(line);
  } catch {
    return { unavailable: `tools/bench/bench-classifier.ts printed no JSON: ${line.slice(0, 200)}` };
  }
  const corpus = figuresOf(result);
  if (corpus === null)
    return { unavailable: `tools/bench/bench-classifier.ts returned ${line.slice(0, 200)}` };
  const realTable = figuresOf((result as { realTable?: unknown }).realTable);
  return realTable === null ? corpus : { ...corpus, realTable };
}

/** The four figures of a measure, when they are all finite numbers; else null. */
function figuresOf(value: unknown): TableFigures | null {
  if (typeof value !== "object" || value === null) return null;
  const { urlParseNsPerUrl, classifyNsPerUrl, ratio, urls } = value as Partial<TableFigures>;
  const numbers = [urlParseNsPerUrl, classifyNsPerUrl, ratio, urls];
  if (!numbers.every((number) => typeof number === "number" && Number.isFinite(number))) return null;
  return { urlParseNsPerUrl, classifyNsPerUrl, ratio, urls } as TableFigures;
}
