// Classifier throughput against `new URL()` parsing of the same URLs, measured in the same run.
// Goal (issue "Page catalog and classifier"): classifying costs at most 2x parsing the URL.
// Run directly with `tsx scripts/bench-classifier.ts`; `npm run bench` calls benchClassifier().
import { fileURLToPath } from "node:url";
import { classifyUrl } from "../src/classify-url";
import { OBSERVED_PORTAL_URLS } from "../test/fixtures/observed-portal-urls";
import { REAL_PORTAL_URLS } from "../test/fixtures/real-portal-urls";

export interface ClassifierBench {
  /** Median nanoseconds (CPU time) to `new URL()` one corpus URL. */
  urlParseNsPerUrl: number;
  /** Median nanoseconds (CPU time) to classifyUrl() one corpus URL. */
  classifyNsPerUrl: number;
  /** classifyNsPerUrl / urlParseNsPerUrl: at most 2 is the goal. */
  ratio: number;
  /** Corpus size. */
  urls: number;
}

const CORPUS: readonly string[] = [
  ...REAL_PORTAL_URLS.map((row) => row.url),
  ...OBSERVED_PORTAL_URLS.map((row) => row.url),
];

/** Nanoseconds of this process's CPU time per URL: steadier than wall time on a shared machine. */
function timeRound(work: (url: string) => number, passes: number): number {
  let sink = 0;
  const started = process.cpuUsage();
  for (let pass = 0; pass < passes; pass += 1) for (const url of CORPUS) sink += work(url);
  const { user, system } = process.cpuUsage(started);
  if (sink === -1) console.log(sink); // keeps the work observable
  return ((user + system) * 1000) / (passes * CORPUS.length);
}

const parse = (url: string) => new URL(url).hash.length;
// What the content script pays: the verdict and rule of the page.
const classify = (url: string) => classifyUrl(url).rule?.length ?? 0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function benchClassifier({ rounds = 15, passes = 100 } = {}): ClassifierBench {
  timeRound(parse, 20); // warm up both paths before measuring
  timeRound(classify, 20);
  const parseTimes: number[] = [];
  const classifyTimes: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    // Interleaved, so that machine noise falls on both alike.
    parseTimes.push(timeRound(parse, passes));
    classifyTimes.push(timeRound(classify, passes));
  }
  const urlParseNsPerUrl = Math.round(median(parseTimes));
  const classifyNsPerUrl = Math.round(median(classifyTimes));
  return {
    urlParseNsPerUrl,
    classifyNsPerUrl,
    ratio: Math.round((classifyNsPerUrl / urlParseNsPerUrl) * 100) / 100,
    urls: CORPUS.length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = benchClassifier();
  console.log(JSON.stringify(result));
  console.log(
    `classifyUrl: ${result.classifyNsPerUrl} ns/URL, new URL(): ${result.urlParseNsPerUrl} ns/URL, ratio ${result.ratio} (goal <= 2) over ${result.urls} URLs`,
  );
}
