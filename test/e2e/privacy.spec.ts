import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, expect, type Page, test, type Worker } from "@playwright/test";
import { PORTAL_HOST_NAMES, PORTAL_HOSTS } from "../../src/catalog/hosts";
import { CHROME_DIST, launchChromium } from "../../tools/browser/launch-chromium";
import { serveReplicas } from "../../tools/browser/portal-replicas";
import { REAL_PORTAL_URLS } from "../fixtures/real-portal-urls";
import { HOSTILE_VISITS, serveFixture } from "./hostile-page-probe";
import { allowExtensionPages, extensionWorker, openTab } from "./popup-tools";

/**
 * One browser with the extension visits every portal replica and every hostile fixture, with secrets
 * planted in each page's cookies, web storage, DOM and form fields, opens the popup, and changes routes.
 * Three recorders watch, from independent places:
 *  - Playwright sees every request of every page, of the extension's pages and of its service worker;
 *  - Chromium's own network log (--log-net-log) sees every request the whole browser makes, whoever
 *    asked for it (a WebSocket from the worker, say, that no page-level recorder would see);
 *  - an onMessage listener added to the service worker, and a dump of every storage area, see what the
 *    extension passed around and kept.
 * Then canaries make one request each from the service worker, the content script and the popup, to
 * prove that every recorder would have caught a leak.
 */

const SECRET = "privacy-canary-8c1f0e";
const CANARY_HOST = "collector.privacy-canary.invalid";
/** A spread of real URLs: every verdict, every host, long and encoded ones. */
const HOST_NAMES: readonly string[] = PORTAL_HOST_NAMES;
const PORTAL_VISITS = [
  // Each host's front page; on a shared host, its admin center's.
  ...PORTAL_HOSTS.map(({ host, adminPaths }) => `https://${host}/${adminPaths?.[0] ?? ""}`),
  ...REAL_PORTAL_URLS.filter((entry, index) => index % 12 === 0 && entry.url.startsWith("https:")).map(
    (entry) => entry.url,
  ),
  "https://admin.microsoft.com/Adminportal/Home#/subscriptions",
  "https://admin.cloud.microsoft/#/MessageCenter",
  "https://admin.microsoft.us/Adminportal/Home#/support",
  "https://portal.azure.us/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
];
/** A partner with both request channels: the ticket form, which wins, and an e-mail address. */
const TICKET_HOST = "tickets.partner-request.invalid";
const REQUEST_SETTINGS = {
  partnerName: "Contoso IT Services",
  partnerEmail: "cloud@contoso.example",
  partnerRequestUrl: `https://${TICKET_HOST}/new?url={url}&page={page}&tenant={tenant}&rule={rule}`,
};
/** Chromium's own background services (sign-in, component updates, autofill hints), never ours. */
const BROWSER_OWN_HOSTS =
  /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|googleusercontent\.com)$/;

interface SeenRequest {
  url: string;
  resourceType: string;
  /** The page that made it, or "service worker". */
  from: string;
  postData: string | null;
}

interface PrivacyRun {
  extensionId: string;
  requests: SeenRequest[];
  /** Every URL Chromium's network log mentions, from any part of the browser. */
  netLogUrls: string[];
  /** What the service worker received over runtime messaging while the extension worked. */
  messages: string[];
  /** Every storage area of the extension, as JSON. */
  storage: string;
  /** What the canaries produced, recorded apart from the rest. */
  canaryRequests: SeenRequest[];
  canaryNetLogUrls: string[];
  banners: number;
  /** The href of every request control shown (partner and support pages), never clicked. */
  requestHrefs: string[];
}

let run: PrivacyRun;

const ROOT = join(import.meta.dirname, "../..");
/** Everything that ships: the pure core and every shell. */
const SOURCE_DIRS = ["src", "content-scripts", "background", "popup", "options", "platform"];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  run = await browseEverything();
});

test("the extension's service worker and pages request nothing from the network", () => {
  const fromExtension = run.requests.filter(
    (request) => request.from === "service worker" || request.from.startsWith("chrome-extension://"),
  );
  const remote = fromExtension.filter(
    (request) => !request.url.startsWith(`chrome-extension://${run.extensionId}/`),
  );
  expect(remote).toEqual([]);
});

test("portal pages load nothing but their own document while the extension works on them", () => {
  const pageRequests = run.requests.filter(
    (request) => request.from !== "service worker" && !request.from.startsWith("chrome-extension://"),
  );
  // A new page per hostile fixture and per host at least (hash-only changes load no document).
  expect(pageRequests.length).toBeGreaterThanOrEqual(HOSTILE_VISITS.length + PORTAL_HOSTS.length);
  const notPortalDocuments = pageRequests.filter((request) => {
    const url = new URL(request.url);
    return !(
      request.resourceType === "document" &&
      url.protocol === "https:" &&
      HOST_NAMES.includes(url.hostname)
    );
  });
  expect(notPortalDocuments).toEqual([]);
  // The extension really worked on those pages.
  expect(run.banners).toBeGreaterThanOrEqual(PORTAL_VISITS.length);
});

test("chrome-extension:// loads are only the extension's own files", () => {
  const extensionLoads = run.requests.filter((request) => request.url.startsWith("chrome-extension://"));
  expect(extensionLoads.length).toBeGreaterThan(0);
  for (const request of extensionLoads) {
    const url = new URL(request.url);
    expect(url.host, request.url).toBe(run.extensionId);
    expect(existsSync(join(CHROME_DIST, decodeURIComponent(url.pathname))), request.url).toBe(true);
  }
});

test("the browser-wide network log shows no host but the portals' and the browser's own services", () => {
  const strangers = run.netLogUrls.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (!["http:", "https:", "ws:", "wss:"].includes(protocol)) return false;
    return !HOST_NAMES.includes(hostname) && !BROWSER_OWN_HOSTS.test(hostname);
  });
  expect(strangers).toEqual([]);
  // The log is not empty: it saw the portal pages themselves.
  expect(run.netLogUrls.some((url) => HOST_NAMES.includes(new URL(url).hostname))).toBe(true);
});

test("the request to the partner is only a link: nothing is sent, and it carries the page's address, not its content", () => {
  // Not vacuous: the partner and support pages visited showed the control.
  expect(run.requestHrefs.length).toBeGreaterThanOrEqual(3);
  for (const href of run.requestHrefs) {
    expect(href.startsWith(`https://${TICKET_HOST}/new?url=https%3A%2F%2F`), href).toBe(true);
    // The page's title, text, fields, cookies and storage hold the secret; the request must not.
    expect(href, href).not.toContain(SECRET);
  }
  expect(run.requests.filter((request) => request.url.includes(TICKET_HOST))).toEqual([]);
  expect(run.netLogUrls.filter((url) => url.includes(TICKET_HOST))).toEqual([]);
});

test("nothing of a page's cookies, storage, text or form fields reaches the extension's messages or storage", () => {
  expect(run.messages.length, "the worker heard the content script").toBeGreaterThan(0);
  for (const message of run.messages) expect(message).not.toContain(SECRET);
  expect(run.storage).not.toContain(SECRET);
  for (const request of run.requests) {
    expect(request.url).not.toContain(SECRET);
    expect(request.postData ?? "").not.toContain(SECRET);
  }
  expect(run.netLogUrls.join("\n")).not.toContain(SECRET);
});

test("canaries: a request from the worker, the content script or the popup would have been caught", () => {
  const caught = (from: string) =>
    run.canaryRequests.some(
      (request) => request.url.includes(`/${from}`) && new URL(request.url).hostname === CANARY_HOST,
    );
  expect(caught("service-worker"), "Playwright saw the worker's request").toBe(true);
  expect(caught("content-script"), "Playwright saw the content script's request").toBe(true);
  expect(caught("popup"), "Playwright saw the popup's request").toBe(true);
  for (const from of ["service-worker", "content-script", "popup"]) {
    expect(
      run.canaryNetLogUrls.some((url) => url.includes(`${CANARY_HOST}/${from}`)),
      `the network log saw the ${from} request`,
    ).toBe(true);
  }
});

test("the content scripts' code has no way to send or to read the page's stored data", () => {
  // The first script every portal page gets, and the banner script the background injects.
  const script = ["content-scripts/portal-guide.js", "content-scripts/banner-chunk.js"]
    .map((file) => readFileSync(join(CHROME_DIST, file), "utf8"))
    .join("\n");
  for (const api of [
    "fetch(",
    "XMLHttpRequest",
    "WebSocket",
    "EventSource",
    "sendBeacon",
    "RTCPeerConnection",
    "document.cookie",
    "localStorage",
    "sessionStorage",
    "indexedDB",
    "caches.",
  ]) {
    expect(script.includes(api), `content script uses ${api}`).toBe(false);
  }
});

test("no source file builds markup or code from strings", () => {
  const forbidden =
    /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|\beval\(|new Function\(/;
  const offenders = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).filter((file) =>
    forbidden.test(readFileSync(file, "utf8")),
  );
  expect(offenders).toEqual([]);
});

async function browseEverything(): Promise<PrivacyRun> {
  const logDir = mkdtempSync(join(tmpdir(), "csp-portal-guide-netlog-"));
  const netLog = join(logDir, "netlog.json");
  const browser = await launchChromium({
    extraArgs: [`--log-net-log=${netLog}`, "--net-log-capture-mode=Default"],
  });
  const { context } = browser;
  const requests: SeenRequest[] = [];
  context.on("request", (request) => {
    const worker = request.serviceWorker();
    const frame = worker ? null : safely(() => request.frame());
    requests.push({
      url: request.url(),
      resourceType: request.resourceType(),
      from: worker ? "service worker" : (safely(() => frame?.page().url()) ?? "unknown"),
      postData: request.postData(),
    });
  });
  let banners = 0;
  const requestHrefs: string[] = [];
  try {
    await serveReplicas(context);
    await allowExtensionPages(context);
    await plantSecrets(context);
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    await listenToMessages(worker);
    await worker.evaluate(async (settings) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { sync: { set(values: object): Promise<void> } } };
      };
      await chrome.storage.sync.set(settings);
    }, REQUEST_SETTINGS);

    const { page, tabId } = await openTab(context);
    for (const url of PORTAL_VISITS) {
      await page.goto(url);
      banners += await waitForBanner(page);
      const href = await requestHrefOf(page);
      if (href !== null) requestHrefs.push(href);
    }
    // Same-document route changes, as the portals make them.
    await page.goto("https://admin.microsoft.com/Adminportal/Home#/homepage");
    for (const route of ["#/subscriptions", "#/MessageCenter", "#/users", "#/billoverview"]) {
      await page.evaluate((hash) => window.replica.navigate(`/Adminportal/Home${hash}`), route);
      await expect(page.locator("csp-portal-guide")).toHaveAttribute("data-rule", /./);
    }
    for (const { fixture, query, headers } of HOSTILE_VISITS) {
      const hostile = await context.newPage();
      await serveFixture(hostile, fixture, headers ?? {});
      await hostile.goto(`https://admin.microsoft.com/Adminportal/Home${query}#/subscriptions`);
      await hostile.waitForTimeout(300);
      await hostile.close();
    }
    // The popup, about the portal tab: it asks the content script for the page's state.
    await page.goto("https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2");
    await waitForBanner(page);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup/index.html?tab=${tabId}`);
    await popup.waitForLoadState("networkidle");
    // The options page, as a user opens it from the extensions page.
    const manifest = JSON.parse(readFileSync(join(CHROME_DIST, "manifest.json"), "utf8")) as {
      options_ui?: { page?: string };
    };
    if (manifest.options_ui?.page) {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/${manifest.options_ui.page}`);
      await options.waitForLoadState("networkidle");
      await options.close();
    }

    const messages = await worker.evaluate(
      () => (globalThis as { privacyHeard?: string[] }).privacyHeard ?? [],
    );
    const storage = await dumpStorage(worker);
    const cleanCount = requests.length;

    await fireCanaries(context, worker, page, popup);
    await popup.waitForTimeout(500);
    const canaryRequests = requests.splice(cleanCount);
    await browser.close();
    // Canary URLs are told apart by their host, which nothing else uses.
    const netLogUrls = readNetLogUrls(netLog);
    return {
      extensionId,
      requests,
      netLogUrls: netLogUrls.filter((url) => !url.includes(CANARY_HOST)),
      messages,
      storage,
      canaryRequests,
      canaryNetLogUrls: netLogUrls.filter((url) => url.includes(CANARY_HOST)),
      banners,
      requestHrefs,
    };
  } finally {
    await browser.close();
    rmSync(logDir, { recursive: true, force: true });
  }
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Secrets in every place a page keeps them, put there by the page itself before it renders. */
async function plantSecrets(context: BrowserContext): Promise<void> {
  await context.addInitScript((secret) => {
    if (location.protocol !== "https:") return;
    // biome-ignore lint/suspicious/noDocumentCookie: a page's own cookie is exactly what is planted here
    document.cookie = `session=${secret}; path=/; secure`;
    localStorage.setItem("token", secret);
    sessionStorage.setItem("token", secret);
    document.addEventListener("DOMContentLoaded", () => {
      const text = document.createElement("p");
      text.textContent = `Tenant secret: ${secret}`;
      const field = document.createElement("input");
      field.value = secret;
      field.setAttribute("aria-label", "secret");
      document.body?.append(text, field);
      document.title = `${document.title} ${secret}`;
    });
  }, SECRET);
}

async function listenToMessages(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as {
      privacyHeard: string[];
      chrome: { runtime: { onMessage: { addListener(listener: (message: unknown) => undefined): void } } };
    };
    scope.privacyHeard = [];
    scope.chrome.runtime.onMessage.addListener((message) => {
      scope.privacyHeard.push(JSON.stringify(message));
      return undefined;
    });
  });
}

async function dumpStorage(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> } | undefined;
    const { chrome } = globalThis as unknown as { chrome: { storage: Record<string, Area> } };
    const dump: Record<string, unknown> = {};
    for (const name of ["local", "sync", "session", "managed"]) {
      dump[name] = await chrome.storage[name]?.get(null).catch((error: unknown) => String(error));
    }
    return JSON.stringify(dump);
  });
}

/** Counts the banner if the page gets one (a "none" page has none, and that is fine). */
async function waitForBanner(page: Page): Promise<number> {
  try {
    await page.locator("csp-portal-guide").waitFor({ state: "attached", timeout: 3000 });
    return 1;
  } catch {
    return 0;
  }
}

/** The request control's href on a partner or support page (once the settings are in), else null. */
async function requestHrefOf(page: Page): Promise<string | null> {
  const verdict = await page
    .locator("csp-portal-guide")
    .getAttribute("data-verdict", { timeout: 500 })
    .catch(() => null);
  if (verdict !== "partner" && verdict !== "support") return null;
  return page
    .locator('csp-portal-guide a[data-action="request"]')
    .getAttribute("href", { timeout: 5000 })
    .catch(() => null);
}

async function fireCanaries(context: BrowserContext, worker: Worker, page: Page, popup: Page): Promise<void> {
  const target = (from: string) => `https://${CANARY_HOST}/${from}?leak=1`;
  await worker.evaluate((url) => fetch(url).catch(() => undefined), target("service-worker"));
  await popup.evaluate((url) => fetch(url).catch(() => undefined), target("popup"));
  // The content script's isolated world, reached through the DevTools protocol.
  const cdp = await context.newCDPSession(page);
  const contexts: { id: number; origin: string }[] = [];
  cdp.on("Runtime.executionContextCreated", ({ context: created }) => contexts.push(created));
  await cdp.send("Runtime.enable");
  const isolated = contexts.find((created) => created.origin.startsWith("chrome-extension://"));
  if (!isolated) throw new Error("the content script's world was not found");
  await cdp.send("Runtime.evaluate", {
    contextId: isolated.id,
    expression: `fetch(${JSON.stringify(target("content-script"))}).catch(() => undefined)`,
    awaitPromise: true,
  });
  await cdp.detach();
}

/** Every URL Chromium's network log mentions, whatever asked for it. */
function readNetLogUrls(path: string): string[] {
  const log = JSON.parse(readFileSync(path, "utf8")) as { events: { params?: { url?: unknown } }[] };
  const urls = new Set<string>();
  for (const event of log.events) {
    if (typeof event.params?.url === "string") urls.add(event.params.url);
  }
  return [...urls];
}
