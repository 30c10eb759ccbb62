import type { Verdict } from "../../src/verdict";
import { type MeasuredPage, metricDelta } from "./bench-browser";
import { type RoutePlan, routeAt } from "./route-plan";

export type RouteMechanism = "pushState" | "hash";

export interface RouteChangeSample {
  /** How the URL changed: the router's history.pushState, or a hash link (location.hash). */
  mechanism: RouteMechanism;
  to: Verdict;
  /** requestAnimationFrame ticks between the URL change and `data-verdict` changing; null if it never did. */
  framesLate: number | null;
  /** From the content script's "route-seen" mark to its "verdict-rendered" mark; null without marks. */
  seenToRenderedMs: number | null;
  /** `data-verdict` of our host two frames after the change (null: no host). */
  verdictAfter: string | null;
  /** Style recalculation of the whole change, portal re-render included (thread time). */
  recalcStyleMs: number;
  /**
   * The change that brought the banner in (E, from a page that had none yet): it waits for the banner
   * script, so it is not a same-frame change and is left out of the frame and style figures.
   */
  loadsBanner: boolean;
}

interface BenchHarness {
  frame: number;
  verdictFrame: number;
  rafId: number;
  observer: MutationObserver;
}

declare global {
  interface Window {
    __cspPortalGuideBench?: BenchHarness;
  }
}

/**
 * Starts a frame counter (a requestAnimationFrame loop) and an observer of `data-verdict`, in the
 * page's own world. Installed the same way in A, N and E, so its own small cost cancels out.
 */
export async function startFrameHarness(measured: MeasuredPage): Promise<void> {
  await measured.page.evaluate(() => {
    const harness: BenchHarness = {
      frame: 0,
      verdictFrame: -1,
      rafId: 0,
      observer: new MutationObserver(() => {
        if (harness.verdictFrame < 0) harness.verdictFrame = harness.frame;
      }),
    };
    const tick = (): void => {
      harness.frame += 1;
      harness.rafId = requestAnimationFrame(tick);
    };
    harness.rafId = requestAnimationFrame(tick);
    harness.observer.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ["data-verdict"],
    });
    window.__cspPortalGuideBench = harness;
  });
}

export async function stopFrameHarness(measured: MeasuredPage): Promise<void> {
  await measured.page.evaluate(() => {
    const harness = window.__cspPortalGuideBench;
    if (!harness) return;
    cancelAnimationFrame(harness.rafId);
    harness.observer.disconnect();
    delete window.__cspPortalGuideBench;
  });
}

/**
 * `count` route changes along the plan from `startIndex + 1`, alternating pushState and hash links,
 * each followed by two frames so the portal's and our rendering both land before the next.
 */
export async function measureRouteChanges(
  measured: MeasuredPage,
  plan: RoutePlan,
  startIndex: number,
  count: number,
  expectBanner: boolean,
): Promise<RouteChangeSample[]> {
  const samples: RouteChangeSample[] = [];
  for (let step = 1; step <= count; step += 1) {
    const target = routeAt(plan, startIndex + step);
    const wanted: RouteMechanism = step % 2 === 0 ? "hash" : "pushState";
    const before = await measured.metrics();
    const observed = await measured.page.evaluate(changeRoute, {
      url: target.url,
      wanted,
      waitForBanner: expectBanner && target.verdict !== "none",
    });
    const after = await measured.metrics();
    samples.push({
      ...observed,
      to: target.verdict,
      recalcStyleMs: metricDelta(after, before, "RecalcStyleDuration"),
    });
  }
  return samples;
}

// Runs in the page. Marks are cleared first so the ones read back belong to this change.
async function changeRoute({
  url,
  wanted,
  waitForBanner,
}: {
  url: string;
  wanted: RouteMechanism;
  waitForBanner: boolean;
}): Promise<{
  mechanism: RouteMechanism;
  framesLate: number | null;
  seenToRenderedMs: number | null;
  verdictAfter: string | null;
  loadsBanner: boolean;
}> {
  const harness = window.__cspPortalGuideBench;
  if (!harness) throw new Error("the frame harness is not running");
  performance.clearMarks("csp-portal-guide:route-seen");
  performance.clearMarks("csp-portal-guide:verdict-rendered");
  harness.verdictFrame = -1;
  const target = new URL(url);
  const sameDocument =
    target.origin === location.origin &&
    target.pathname === location.pathname &&
    target.search === location.search;
  const mechanism: RouteMechanism = wanted === "hash" && sameDocument ? "hash" : "pushState";
  const frameAtChange = harness.frame;
  const loadsBanner = waitForBanner && document.querySelector("csp-portal-guide") === null;
  if (mechanism === "hash") location.hash = target.hash;
  else window.replica.navigate(url);
  const twoFrames = (): Promise<unknown> =>
    new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await twoFrames();
  // The banner script is injected on the first verdict that is not none; then it renders at once.
  const deadline = performance.now() + 1500;
  while (loadsBanner && !document.querySelector("csp-portal-guide") && performance.now() < deadline) {
    await new Promise((done) => setTimeout(done, 10));
  }
  if (loadsBanner) await twoFrames();
  const seen = performance.getEntriesByName("csp-portal-guide:route-seen")[0];
  const rendered = performance.getEntriesByName("csp-portal-guide:verdict-rendered")[0];
  return {
    mechanism,
    framesLate: harness.verdictFrame < 0 ? null : harness.verdictFrame - frameAtChange,
    seenToRenderedMs: seen && rendered ? rendered.startTime - seen.startTime : null,
    verdictAfter: document.querySelector("csp-portal-guide")?.getAttribute("data-verdict") ?? null,
    loadsBanner,
  };
}
