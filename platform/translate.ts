import browser from "webextension-polyfill";
import type { Translate, Translator } from "../src/i18n/translate";

export type { Translate, Translator };

/** The browser's choice: its UI language if we ship it, else English (manifest `default_locale`). */
export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions) || key;

export function browserTranslator(): Translator {
  return { t: translate, language: translate("messagesLanguage") };
}

/** The browser's UI language, e.g. "pl" or "en-US": whom the text is for, whatever language it falls back to. */
export function browserLanguage(): string {
  return browser.i18n.getUILanguage();
}
