import browser from "webextension-polyfill";
import { requestedLocale } from "../src/i18n/locale-messages-request";
import { UI_LOCALES } from "../src/settings/settings-schema";

const cache = new Map<string, Promise<unknown>>();

/**
 * Answers a content script's request for one locale's messages.json (a language forced by policy):
 * content scripts cannot fetch extension files, the service worker can. Only shipped locales are
 * read, each once per worker lifetime. Returns undefined for any other message, so other listeners
 * answer those.
 */
export function answerLocaleMessages(message: unknown): Promise<unknown> | undefined {
  const locale = requestedLocale(message, UI_LOCALES);
  if (locale === null) return undefined;
  let messages = cache.get(locale);
  if (!messages) {
    messages = readMessagesFile(locale);
    cache.set(locale, messages);
    messages.catch(() => cache.delete(locale));
  }
  return messages;
}

async function readMessagesFile(locale: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(`_locales/${locale}/messages.json`));
  if (!response.ok) throw new Error(`_locales/${locale}/messages.json: HTTP ${response.status}`);
  return response.json();
}
