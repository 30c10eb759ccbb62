import { readLocaleMessages, translatorFromMessages } from "../src/i18n/chrome-messages";
import { localeMessagesRequest } from "../src/i18n/locale-messages-request";
import type { Translator } from "../src/i18n/translate";
import { extension } from "./extension-api";
import { translate } from "./page-i18n";

const translators = new Map<string, Promise<Translator>>();

/**
 * Text in `locale` (a `_locales` folder, e.g. "pl"), for a language forced by policy. Content scripts
 * cannot fetch the extension's files themselves, so the background reads the messages.json; the
 * answer is kept for the life of the page. A key the locale lacks falls back to the browser's choice.
 */
export function translatorForLocale(locale: string): Promise<Translator> {
  let translator = translators.get(locale);
  if (!translator) {
    translator = askBackground(locale);
    translators.set(locale, translator);
    // A failure is not kept: the next route change or settings change may try again.
    translator.catch(() => translators.delete(locale));
  }
  return translator;
}

async function askBackground(locale: string): Promise<Translator> {
  const answer: unknown = await extension.runtime.sendMessage(localeMessagesRequest(locale));
  const messages = readLocaleMessages(answer);
  if (!messages) throw new Error(`the background has no messages for locale "${locale}"`);
  return {
    t: translatorFromMessages(messages, translate),
    language: messages.get("messagesLanguage")?.message ?? locale,
  };
}
