import { type BrowserContext, expect, type Page, type Worker } from "@playwright/test";

/** The extension's service worker, woken if it was asleep. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
}

/** The few `chrome.*` calls the tests make in the extension (there is no @types/chrome here). */
interface WorkerChrome {
  tabs: { query(filter: object): Promise<Array<{ id?: number }>> };
  action: {
    getBadgeText(details: { tabId?: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId?: number }): Promise<number[]>;
    getTitle(details: { tabId?: number }): Promise<string>;
  };
}

async function tabIds(context: BrowserContext): Promise<number[]> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return (await chrome.tabs.query({})).map((tab) => tab.id!);
  });
}

/**
 * A new tab and the browser's id for it. Without the "tabs" permission the extension cannot see tab
 * URLs, so the new tab is told apart as the one id that was not there before.
 */
export async function openTab(context: BrowserContext, url?: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(context));
  const page = await context.newPage();
  const added = (await tabIds(context)).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab, found ${added.length}`);
  if (url) await page.goto(url);
  return { page, tabId: added[0]! };
}

export interface BadgeState {
  text: string;
  color: number[];
  title: string;
}

const apiPages = new WeakMap<BrowserContext, Promise<Page>>();

/**
 * One page of the extension's own, kept open per browser, to call `chrome.action` from: unlike the
 * service worker, it is there whether or not the browser has stopped the worker.
 */
function extensionApiPage(context: BrowserContext): Promise<Page> {
  let page = apiPages.get(context);
  if (!page) {
    page = (async () => {
      const extensionId = new URL((await extensionWorker(context)).url()).host;
      await allowExtensionPages(context);
      const opened = await context.newPage();
      await opened.goto(`chrome-extension://${extensionId}/popup/index.html?tab=0`);
      return opened;
    })();
    apiPages.set(context, page);
  }
  return page;
}

/** The toolbar badge as the browser holds it for one tab (or the default, without a tab). */
export async function badgeOf(context: BrowserContext, tabId?: number): Promise<BadgeState> {
  const page = await extensionApiPage(context);
  return page.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    const details = id === undefined ? {} : { tabId: id };
    const [text, color, title] = await Promise.all([
      chrome.action.getBadgeText(details),
      chrome.action.getBadgeBackgroundColor(details),
      chrome.action.getTitle(details),
    ]);
    return { text, color: [...color], title };
  }, tabId);
}

const extensionPagesAllowed = new WeakSet<BrowserContext>();

/**
 * The replica server refuses every request that is not a portal page, the extension's own pages
 * among them; let those through (a route added later is asked first).
 */
export async function allowExtensionPages(context: BrowserContext): Promise<void> {
  if (extensionPagesAllowed.has(context)) return;
  extensionPagesAllowed.add(context);
  await context.route(/^chrome-extension:\/\//, (route) => route.continue());
}

/** Opens the popup page in a tab of its own, about the tab `tabId` (as `?tab=` tells it). */
export async function openPopupFor(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
): Promise<Page> {
  await allowExtensionPages(context);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 480, height: 720 });
  await popup.goto(`chrome-extension://${extensionId}/popup/index.html?tab=${tabId}`);
  return popup;
}

/**
 * Sets the user's options (`storage.sync`, flat keys) for the length of `work`, then removes them:
 * the browser is shared by every test of a worker.
 */
export async function withOptions<T>(
  context: BrowserContext,
  options: Record<string, unknown>,
  work: () => Promise<T>,
): Promise<T> {
  const worker = await extensionWorker(context);
  await worker.evaluate(async (values) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: StorageArea } } };
    await chrome.storage.sync.set(values);
  }, options);
  try {
    return await work();
  } finally {
    const again = await extensionWorker(context);
    await again.evaluate(async (keys) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: StorageArea } } };
      await chrome.storage.sync.remove(keys);
    }, Object.keys(options));
  }
}

interface StorageArea {
  set(values: object): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Fills in "Preview as customer" in the popup and asks for the preview. */
export async function previewIn(popup: Page, url: string, locale = "en"): Promise<void> {
  const section = popup.getByRole("region", { name: "Preview as customer" });
  const details = section.locator("details");
  await expect(details).toBeVisible();
  if ((await details.getAttribute("open")) === null) await section.getByText("Preview as customer").click();
  await section.getByLabel("Portal URL").fill(url);
  await section.getByLabel("Language").selectOption(locale);
  await section.getByRole("button", { name: "Preview", exact: true }).click();
}

/**
 * Stops the extension's service worker, as the browser does after 30 s idle, and resolves once it
 * has reported "stopped". CDP's ServiceWorker domain is reached through one of the extension's own
 * pages, which shares the worker's origin.
 */
export async function stopExtensionWorker(context: BrowserContext, extensionId: string): Promise<void> {
  await allowExtensionPages(context);
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup/index.html`);
    const cdp = await context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
      for (const version of versions) {
        if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`))
          statuses.push(version.runningStatus);
      }
    });
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.stopAllWorkers");
    await expect
      .poll(() => statuses.includes("stopped"), { message: "the service worker stopped" })
      .toBe(true);
    await cdp.detach();
  } finally {
    await page.close();
  }
}
