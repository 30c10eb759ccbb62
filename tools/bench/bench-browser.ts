import type { BrowserContext, CDPSession, Page } from "@playwright/test";
import { launchChromium } from "../browser/launch-chromium";
import { serveReplicas } from "../browser/portal-replicas";

/** A: no extension. N: the control extension, empty content scripts. E: ours. */
export type Variant = "A" | "N" | "E";
export const VARIANTS: readonly Variant[] = ["A", "N", "E"];

export const VARIANT_NAMES: Readonly<Record<Variant, string>> = {
  A: "no extension",
  N: "control extension (same matches, empty content script)",
  E: "CSP Portal Guide",
};

// The content script emits its User Timing marks only when this is on <html> as it starts.
const MEASURE_ATTRIBUTE = "data-csp-portal-guide-measure";

// Identical for all three browsers. The soak makes 1,000 history.pushState calls in seconds, which
// Chromium otherwise throttles as an IPC flood; nothing else differs from launch-chromium.ts.
const BENCH_ARGS = [
  "--disable-ipc-flooding-protection",
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
];

export interface BenchBrowser {
  readonly variant: Variant;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchVariant(variant: Variant, extensionDir: string | null): Promise<BenchBrowser> {
  const launched = await launchChromium({ extension: extensionDir, extraArgs: BENCH_ARGS });
  await serveReplicas(launched.context);
  // tsx compiles with esbuild's keepNames, which wraps named inner functions in __name(); the
  // functions the bench serialises into the page need it there. Same in every variant.
  await launched.context.addInitScript(() => {
    (globalThis as { __name?: unknown }).__name ??= (target: unknown) => target;
  });
  // Close the start-up tab so one page at a time runs in each browser.
  for (const page of launched.context.pages()) await page.close();
  return { variant, context: launched.context, close: launched.close };
}

/** Performance.getMetrics by name; durations in milliseconds, counts and bytes as given. */
export type Metrics = Readonly<Record<string, number>>;

const DURATION = /Duration$|^ThreadTime$/;

export interface MeasuredPage {
  readonly page: Page;
  readonly cdp: CDPSession;
  metrics(): Promise<Metrics>;
  /** Full garbage collection (twice, so finalisers' garbage goes too). */
  collectGarbage(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A new tab, with the content script's User Timing marks on if `userTiming`. The Performance domain
 * counts thread time (CPU time of the renderer's main thread), so another process hogging the two
 * cores inflates wall time but not these figures.
 */
export async function openMeasuredPage(
  browser: BenchBrowser,
  { userTiming }: { userTiming: boolean },
): Promise<MeasuredPage> {
  const page = await browser.context.newPage();
  // Set in every variant alike when asked for, so the pages differ only by the extension.
  if (userTiming) {
    await page.addInitScript((attribute: string) => {
      const mark = (): void => document.documentElement?.setAttribute(attribute, "");
      mark();
      document.addEventListener("readystatechange", mark, { once: true });
    }, MEASURE_ATTRIBUTE);
  }
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  return {
    page,
    cdp,
    async metrics() {
      const { metrics } = await cdp.send("Performance.getMetrics");
      return Object.fromEntries(
        metrics.map(({ name, value }) => [name, DURATION.test(name) ? value * 1000 : value]),
      );
    },
    async collectGarbage() {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
    },
    async close() {
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
}

export function metricDelta(after: Metrics, before: Metrics, name: string): number {
  const a = after[name];
  const b = before[name];
  if (a === undefined || b === undefined) throw new Error(`Performance.getMetrics has no ${name}`);
  return a - b;
}

export function metric(metrics: Metrics, name: string): number {
  const value = metrics[name];
  if (value === undefined) throw new Error(`Performance.getMetrics has no ${name}`);
  return value;
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
