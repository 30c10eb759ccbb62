import browser from "webextension-polyfill";
import { readRecentUrls, rememberUrl } from "../src/agent/recent-urls";
import { contentScriptAt } from "../src/catalog/hosts";
import { classifyUrl } from "../src/classify/classify-url";
import { packagedTranslators } from "../src/i18n/packaged-translators";
import { GET_STATE, readTabState, type TabState } from "../src/messages/tab-messages";

const RECENT_URLS_KEY = "popup.recentPreviewUrls";

/**
 * The tab the popup is about: the active tab under the toolbar button, or `?tab=<id>` when the popup
 * page is opened in a tab of its own (as uBlock Origin's popup allows; the end-to-end tests do this).
 */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get("tab");
  if (param !== null && /^\d{1,10}$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Asks the tab's content script what it shows. A tab that is not a portal has no content script, so
 * the message has no receiver and this gives null; so does a portal tab opened before the extension
 * was installed or updated, which is why the popup then suggests a reload.
 */
export async function askTabState(tabId: number): Promise<TabState | null> {
  try {
    return readTabState(await browser.tabs.sendMessage(tabId, GET_STATE));
  } catch {
    return null;
  }
}

/**
 * A portal page the content script is not injected into (sign-in, error: hosts.ts), read from the tab's
 * URL, which the portal hosts' permissions let the popup see; null for any other tab.
 */
export async function excludedPageState(tabId: number): Promise<TabState | null> {
  const url = await browser.tabs.get(tabId).then(
    (tab) => tab.url,
    () => undefined,
  );
  if (url === undefined || contentScriptAt(url) !== "watcher") return null;
  return { href: url, classification: classifyUrl(url), bannerText: null };
}

export const { localeTranslator } = packagedTranslators((path) => browser.runtime.getURL(path));

/** The URLs previewed in the last RECENT_URL_DAYS days, most recent first; expired ones are dropped. */
export async function readRecentPreviewUrls(): Promise<string[]> {
  const stored = await browser.storage.local.get(RECENT_URLS_KEY).catch(() => ({}));
  const held = (stored as Record<string, unknown>)[RECENT_URLS_KEY];
  const recent = readRecentUrls(held, Date.now());
  // What expired (or an older version's undated list) leaves storage as soon as the popup opens.
  if (Array.isArray(held) && held.length !== recent.length) {
    await (recent.length > 0
      ? browser.storage.local.set({ [RECENT_URLS_KEY]: recent })
      : browser.storage.local.remove(RECENT_URLS_KEY));
  }
  return recent.map((entry) => entry.url);
}

export async function rememberPreviewUrl(url: string): Promise<void> {
  const stored = await browser.storage.local.get(RECENT_URLS_KEY).catch(() => ({}));
  const held = (stored as Record<string, unknown>)[RECENT_URLS_KEY];
  const now = Date.now();
  await browser.storage.local.set({ [RECENT_URLS_KEY]: rememberUrl(readRecentUrls(held, now), url, now) });
}

export async function forgetPreviewUrls(): Promise<void> {
  await browser.storage.local.remove(RECENT_URLS_KEY);
}

export function openOptionsPage(): void {
  browser.runtime.openOptionsPage().catch((error: unknown) => console.warn("[CSP Portal Guide]", error));
}
