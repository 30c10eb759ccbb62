// Classifier throughput against `new URL()` parsing of the same URLs, measured in the same run.
// Goal (issue "Page catalog and classifier"): classifying costs at most 2x parsing the URL.
// Run directly with `tsx tools/bench/bench-classifier.ts`; `npm run bench` calls benchClassifier().
//
// Honest by construction: both sides get the same URLs in the same order; both are warmed up first;
// each round times one side, then the other, over the whole list, in CPU time (steadier than wall
// time on a shared machine); the figures are medians over rounds. Nothing is cached between calls:
// the content script classifies each route once, so a cache keyed by URL would only flatter us.
// The classifier measured is the one that ships: src/classify/classify-url.ts bundled and minified by Vite,
// as the content script is. Run from source through tsx, every call between modules goes through
// tsx's module glue, which the content script never pays (about a quarter more time per URL).
import { fileURLToPath } from "node:url";
import { build, type Rollup } from "vite";
import type { classifyUrl as ClassifyUrl } from "../../src/classify/classify-url";
import { SYNTHETIC_EXAMPLES } from "../../test/catalog/synthetic-examples";
import { OBSERVED_PORTAL_URLS } from "../../test/fixtures/observed-portal-urls";
import { REAL_PORTAL_URLS } from "../../test/fixtures/real-portal-urls";
import { REAL_URLS } from "../../test/fixtures/real-urls/real-urls";

export interface Throughput {
  /** Median nanoseconds (CPU time) to `new URL()` one URL. */
  urlParseNsPerUrl: number;
  /** Median nanoseconds (CPU time) to classifyUrl() one URL. */
  classifyNsPerUrl: number;
  /** Median over rounds of classify time / parse time in the same round: at most 2 is the goal. */
  ratio: number;
  /** URLs measured. */
  urls: number;
}

export interface ClassifierBench extends Throughput {
  /** The same measure per kind of page; families are drawn from the corpus and the examples below. */
  families: Array<Throughput & { family: string }>;
  /**
   * The same measure on catalog v2's real URL table (test/fixtures/real-urls), both splits: pages of
   * every host, more of them read by the portals' models. Reported beside the corpus, with no budget.
   */
  realTable: Throughput;
}

/** The corpus: every documented and observed portal URL of the catalog tests. */
const CORPUS: readonly string[] = [
  ...REAL_PORTAL_URLS.map((row) => row.url),
  ...OBSERVED_PORTAL_URLS.map((row) => row.url),
];

// Common navigation forms the corpus lacks (it has no Azure resource page), as the tests write them.
const SUB =
  "https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/8f2a4c1e-3b5d-4e6f-9a0b-1c2d3e4f5a6b";
const NAVIGATION: readonly string[] = [
  `${SUB}/overview`,
  `${SUB}/resourceGroups/rg-web/overview`,
  `${SUB}/resourceGroups/rg-web/providers/Microsoft.Web/sites/app1/slots/staging/appServiceLogs`,
  `${SUB}/resourceGroups/rg1/providers/Microsoft.Compute/virtualMachines/vm1/overview`,
  `${SUB}/resourceGroups/rg1/costanalysis`,
  "https://portal.azure.com/#resource/providers/Microsoft.Management/managementGroups/mg1/overview",
  "https://portal.azure.com/#view/Microsoft_Azure_CostManagement/Menu/~/costanalysis",
  "https://portal.azure.com/#browse/Microsoft.Resources%2Fsubscriptions",
  "https://admin.microsoft.com/Adminportal/Home#/users",
  "https://admin.microsoft.com/#/users/:/UserDetails/8F2A4C1E-3B5D-4E6F-9A0B-1C2D3E4F5A6B",
];

const REAL_TABLE: readonly string[] = [...new Set(REAL_URLS.map((row) => row.url))];

const FAMILY_URLS: readonly string[] = [
  ...new Set([...CORPUS, ...Object.values(SYNTHETIC_EXAMPLES).flat(), ...NAVIGATION]),
];

/** The kind of page a URL is, by its shape (not by the classifier under test). */
export function familyOf(url: string): string {
  const { hostname, pathname, hash } = new URL(url);
  const route = hash
    .toLowerCase()
    .replace(/^#[/!]*/, "")
    .replace(/^@[^/]*\/?/, "");
  if (!hostname.includes("azure")) {
    if (!/^\/?(adminportal(\/home)?\/?)?$/i.test(pathname)) return "admin center: path entry";
    return route === "" || route.startsWith("homepage") ? "admin center: home" : "admin center: hash route";
  }
  if (route === "" || route === "home") return "azure: home";
  if (route.startsWith("resource")) return "azure: resource page";
  if (/^(view|blade)\//.test(route))
    return route.includes("%2f") ? "azure: blade, id in %2F" : "azure: blade";
  return "azure: browse, create";
}

/** Nanoseconds of this process's CPU time per URL: steadier than wall time on a shared machine. */
function timeRound(work: (url: string) => number, urls: readonly string[], passes: number): number {
  let sink = 0;
  const started = process.cpuUsage();
  for (let pass = 0; pass < passes; pass += 1) for (const url of urls) sink += work(url);
  const { user, system } = process.cpuUsage(started);
  if (sink === -1) console.log(sink); // keeps the work observable
  return ((user + system) * 1000) / (passes * urls.length);
}

/** classifyUrl as the content script gets it: bundled and minified, with no module glue between files. */
async function shippedClassifier(): Promise<typeof ClassifyUrl> {
  const output = await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: true,
      lib: {
        entry: fileURLToPath(new URL("../../src/classify/classify-url.ts", import.meta.url)),
        formats: ["es"],
      },
    },
  });
  const [bundle] = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const code = bundle?.output[0].code;
  if (code === undefined) throw new Error("Vite built no bundle of src/classify/classify-url.ts");
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    classifyUrl: typeof ClassifyUrl;
  };
  return module.classifyUrl;
}

// What the content script pays on a route change: a parsed URL, or the verdict and rule of the page.
const parse = (url: string) => new URL(url).hash.length;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Interleaved rounds of both sides over `urls`, each round about `callsPerRound` calls a side. */
function measure(
  classify: (url: string) => number,
  urls: readonly string[],
  rounds: number,
  callsPerRound: number,
): Throughput {
  const passes = Math.max(1, Math.round(callsPerRound / urls.length));
  const parseTimes: number[] = [];
  const classifyTimes: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    // Who goes first alternates, so that a slow moment of the machine does not always fall on one.
    const [first, second] = round % 2 === 0 ? [parse, classify] : [classify, parse];
    const firstTime = timeRound(first, urls, passes);
    const secondTime = timeRound(second, urls, passes);
    parseTimes.push(first === parse ? firstTime : secondTime);
    classifyTimes.push(first === parse ? secondTime : firstTime);
  }
  return {
    urlParseNsPerUrl: Math.round(median(parseTimes)),
    classifyNsPerUrl: Math.round(median(classifyTimes)),
    ratio: Math.round(median(classifyTimes.map((time, round) => time / parseTimes[round]!)) * 100) / 100,
    urls: urls.length,
  };
}

export async function benchClassifier({ rounds = 41, callsPerRound = 6_000 } = {}): Promise<ClassifierBench> {
  const classifyUrl = await shippedClassifier();
  const classify = (url: string) => classifyUrl(url).rule?.length ?? 0;
  // Warm up both paths (and let the JIT settle) on every URL before measuring.
  for (let pass = 0; pass < 3; pass += 1) {
    timeRound(parse, FAMILY_URLS, 30);
    timeRound(classify, FAMILY_URLS, 30);
    timeRound(parse, REAL_TABLE, 10);
    timeRound(classify, REAL_TABLE, 10);
  }
  const overall = measure(classify, CORPUS, rounds, callsPerRound);
  const byFamily = new Map<string, string[]>();
  for (const url of FAMILY_URLS) byFamily.set(familyOf(url), [...(byFamily.get(familyOf(url)) ?? []), url]);
  const families = [...byFamily]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([family, urls]) => ({ family, ...measure(classify, urls, rounds, callsPerRound / 2) }));
  const realTable = measure(classify, REAL_TABLE, rounds, callsPerRound);
  return { ...overall, families, realTable };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchClassifier();
  console.log(JSON.stringify(result));
  const row = (label: string, { classifyNsPerUrl, urlParseNsPerUrl, ratio, urls }: Throughput) =>
    `${label.padEnd(28)} ${String(urls).padStart(4)} URLs  classifyUrl ${String(classifyNsPerUrl).padStart(5)} ns  new URL() ${String(urlParseNsPerUrl).padStart(5)} ns  ratio ${ratio.toFixed(2)}`;
  console.log(row("corpus (goal: ratio <= 2)", result));
  for (const family of result.families) console.log(row(family.family, family));
  console.log(row("real URL table (no budget)", result.realTable));
}
