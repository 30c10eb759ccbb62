import browser from "webextension-polyfill";
import { type LocaleMessages, readLocaleMessages, translatorFromMessages } from "../src/i18n/chrome-messages";
import type { Translate, Translator } from "../src/i18n/translate";
import { readRecentUrls, rememberUrl } from "../src/popup/recent-urls";
import { GET_STATE, readTabState, type TabState } from "../src/popup/tab-state";

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

const messagesByLocale = new Map<string, Promise<LocaleMessages | null>>();

async function loadMessages(locale: string): Promise<LocaleMessages | null> {
  if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) return null;
  let pending = messagesByLocale.get(locale);
  if (!pending) {
    pending = fetch(browser.runtime.getURL(`_locales/${locale}/messages.json`))
      .then((response) => (response.ok ? response.json() : null))
      .then(readLocaleMessages)
      .catch(() => null);
    messagesByLocale.set(locale, pending);
  }
  return pending;
}

/**
 * Text in `locale`, whatever language the browser speaks (the preview shows the customer's), falling
 * back to English, then to the key, as the browser does.
 */
export async function localeTranslator(locale: string): Promise<Translator> {
  const english = await loadMessages("en");
  const englishT = english ? translatorFromMessages(english, (key) => key) : (key: string) => key;
  const messages = locale === "en" ? english : await loadMessages(locale);
  if (!messages) return { t: englishT, language: "en" };
  return {
    t: translatorFromMessages(messages, englishT),
    language: messages.get("messagesLanguage")?.message ?? locale,
  };
}

export async function readRecentPreviewUrls(): Promise<string[]> {
  const stored = await browser.storage.local.get(RECENT_URLS_KEY).catch(() => ({}));
  return readRecentUrls((stored as Record<string, unknown>)[RECENT_URLS_KEY]);
}

export async function rememberPreviewUrl(url: string): Promise<void> {
  const recent = await readRecentPreviewUrls();
  await browser.storage.local.set({ [RECENT_URLS_KEY]: rememberUrl(recent, url) });
}

export function openOptionsPage(): void {
  browser.runtime.openOptionsPage().catch((error: unknown) => console.warn("[CSP Portal Guide]", error));
}

/** Just the text function of `localeTranslator` (the options page uses this). */
export async function translatorFor(locale: string): Promise<Translate> {
  return (await localeTranslator(locale)).t;
}
