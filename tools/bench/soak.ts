import type { Verdict } from "../../src/verdict";
import {
  type BenchBrowser,
  type MeasuredPage,
  metric,
  metricDelta,
  openMeasuredPage,
  sleep,
} from "./bench-browser";
import { type HeapKinds, heapByKind } from "./heap-kinds";
import { SETTLE_MS } from "./page-sample";
import type { RoutePlan } from "./route-plan";

export const SOAK_ROUTE_CHANGES = 1000;

/** What the page holds at one moment, after a full GC. */
export interface SoakSnapshot {
  heapBytes: number;
  /** The same heap by V8 node type, from a heap snapshot: code, object, closure, string, ... */
  heapByKind: HeapKinds;
  /** Chromium's count of live JS event listeners in the renderer, any world. */
  jsEventListeners: number;
  /** Listeners whose handler is our content script's: on window, navigation and the whole DOM. */
  ownListeners: number;
  ownListenersByType: Record<string, number>;
  /** `<csp-portal-guide>` elements in the document. */
  hosts: number;
  /**
   * Elements we own: the hosts and every element in their shadow roots. Text nodes are left out: a
   * live region's announcement comes and goes with time, and is content, not structure.
   */
  ownElements: number;
}

export interface SoakResult {
  /** Route changes per leg. */
  routeChanges: number;
  /** Verdicts the soak passes through. */
  verdicts: Verdict[];
  /** After load; after the first 1,000 route changes (cold); after 1,000 more (warm). */
  loaded: SoakSnapshot;
  cold: SoakSnapshot;
  warm: SoakSnapshot;
  /** Main-thread task time per route change (thread time), the portal's own re-render included. */
  taskMsPerChange: number;
  /** Wall time of the synchronous part of each route change: pushState and all that runs inside it. */
  syncMsPerChange: number;
  /** Route changes after which `data-verdict` was not the verdict the classifier gives (E only). */
  wrongVerdicts: number;
}

/**
 * Two legs of 1,000 route changes in one page, each change in its own task, cycling through every
 * verdict of the plan; a full GC and a snapshot after load and after each leg. The first leg is
 * cold: V8 compiles and optimises what runs hot and keeps that code, which stops growing once warm.
 * The second leg is warm: anything that still grows there is kept alive by someone, i.e. a leak.
 */
export async function soak(
  browser: BenchBrowser,
  plan: RoutePlan,
  checkVerdicts: boolean,
  extensionOrigin: string | null,
): Promise<SoakResult> {
  // As users run it: without the measure attribute, so no User Timing entries pile up.
  const measured = await openMeasuredPage(browser, { userTiming: false });
  const contexts: { id: number; origin: string }[] = [];
  measured.cdp.on("Runtime.executionContextCreated", ({ context }) => contexts.push(context));
  await measured.cdp.send("Runtime.enable");
  try {
    await measured.page.goto(plan.routes[0]!.url, { waitUntil: "load" });
    await sleep(SETTLE_MS);
    // The snapshot after load is the baseline of the soak's counts: taken with the banner up, not while
    // it still waits for its script, settings or dismissals (at most 400 ms each). Polled in a plain
    // evaluate: Playwright's waitForSelector would add its own injected script to the page's heap.
    if (checkVerdicts && plan.routes[0]!.verdict !== "none") {
      await measured.page.evaluate(async () => {
        const deadline = performance.now() + 1500;
        while (!document.querySelector("csp-portal-guide:not([hidden])") && performance.now() < deadline) {
          await new Promise((done) => setTimeout(done, 10));
        }
      });
    }
    const ownContext = (): number | null => {
      if (!extensionOrigin) return null;
      const world = contexts.filter((context) => context.origin === extensionOrigin).at(-1);
      if (!world) {
        const seen = contexts.map((context) => context.origin).join(", ");
        throw new Error(`no execution context of ${extensionOrigin} in the page (seen: ${seen})`);
      }
      return world.id;
    };
    const walk = {
      urls: plan.routes.map((route) => route.url),
      expected: plan.routes.map((route) => route.verdict),
      count: SOAK_ROUTE_CHANGES,
      check: checkVerdicts,
    };

    const loaded = await snapshot(measured, ownContext());
    const start = await measured.metrics();
    const coldWalk = await measured.page.evaluate(walkRoutes, walk);
    const coldEnd = await measured.metrics();
    const cold = await snapshot(measured, ownContext());
    const warmStart = await measured.metrics();
    const warmWalk = await measured.page.evaluate(walkRoutes, walk);
    const end = await measured.metrics();
    const warm = await snapshot(measured, ownContext());

    const taskMs = metricDelta(coldEnd, start, "TaskDuration") + metricDelta(end, warmStart, "TaskDuration");
    return {
      routeChanges: SOAK_ROUTE_CHANGES,
      verdicts: [...new Set(walk.expected)],
      loaded,
      cold,
      warm,
      taskMsPerChange: taskMs / (2 * SOAK_ROUTE_CHANGES),
      syncMsPerChange: (coldWalk.syncMs + warmWalk.syncMs) / (2 * SOAK_ROUTE_CHANGES),
      wrongVerdicts: coldWalk.wrong + warmWalk.wrong,
    };
  } finally {
    await measured.close();
  }
}

// Runs in the page: each route change in its own task (a MessageChannel hop is not clamped like
// setTimeout), so observers and promises settle between them as they would for a user.
async function walkRoutes({
  urls,
  expected,
  count,
  check,
}: {
  urls: string[];
  expected: string[];
  count: number;
  check: boolean;
}): Promise<{ syncMs: number; wrong: number }> {
  const channel = new MessageChannel();
  const nextTask = (): Promise<void> =>
    new Promise((done) => {
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    });
  let syncMs = 0;
  let wrong = 0;
  for (let step = 1; step <= count; step += 1) {
    // Counted so the last step lands on the first route again: snapshots compare the same page.
    const index = (((step - count) % urls.length) + urls.length) % urls.length;
    const started = performance.now();
    window.replica.navigate(urls[index]!);
    syncMs += performance.now() - started;
    if (check) {
      const shown = document.querySelector("csp-portal-guide")?.getAttribute("data-verdict") ?? "none";
      if (shown !== expected[index]) wrong += 1;
    }
    await nextTask();
  }
  channel.port1.close();
  return { syncMs, wrong };
}

async function snapshot(measured: MeasuredPage, ownContextId: number | null): Promise<SoakSnapshot> {
  await measured.collectGarbage();
  const metrics = await measured.metrics();
  const heapKinds = await heapByKind(measured);
  const owned = await measured.page.evaluate(() => {
    const hosts = [...document.querySelectorAll("csp-portal-guide")];
    let nodes = hosts.length;
    for (const host of hosts) {
      if (!host.shadowRoot) continue;
      const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_ELEMENT);
      while (walker.nextNode()) nodes += 1;
    }
    return { hosts: hosts.length, nodes };
  });
  const listeners = ownContextId === null ? {} : await listenersInWorld(measured, ownContextId);
  return {
    heapBytes: metric(metrics, "JSHeapUsedSize"),
    heapByKind: heapKinds,
    jsEventListeners: metric(metrics, "JSEventListeners"),
    ownListeners: Object.values(listeners).reduce((sum, count) => sum + count, 0),
    ownListenersByType: listeners,
    hosts: owned.hosts,
    ownElements: owned.nodes,
  };
}

interface ListenerSeen {
  type: string;
  scriptId: string;
}

/**
 * Listeners on window, navigation and every node of the document (shadow roots included) whose
 * handler is our content script's. DOMDebugger.getEventListeners filters window's listeners by the
 * world they were fetched from but not those of nodes, so node listeners are kept only when their
 * handler lives in a script that also holds one of our world's window or navigation listeners: the
 * content script is one bundle, so that is our script.
 */
async function listenersInWorld(measured: MeasuredPage, contextId: number): Promise<Record<string, number>> {
  const fetch = async (expression: string): Promise<ListenerSeen[]> => {
    const { result } = await measured.cdp.send("Runtime.evaluate", { expression, contextId });
    if (!result.objectId) return [];
    const { listeners } = await measured.cdp.send("DOMDebugger.getEventListeners", {
      objectId: result.objectId,
      depth: -1,
      pierce: true,
    });
    await measured.cdp.send("Runtime.releaseObject", { objectId: result.objectId });
    return listeners;
  };
  const onWindow = await fetch("window");
  const onNavigation = await fetch("globalThis.navigation");
  const ourScripts = new Set([...onWindow, ...onNavigation].map((listener) => listener.scriptId));
  const onNodes = (await fetch("document")).filter((listener) => ourScripts.has(listener.scriptId));
  const counts: Record<string, number> = {};
  const count = (where: string, listeners: ListenerSeen[]): void => {
    for (const { type } of listeners) counts[`${where}:${type}`] = (counts[`${where}:${type}`] ?? 0) + 1;
  };
  count("window", onWindow);
  count("navigation", onNavigation);
  count("dom", onNodes);
  return counts;
}
