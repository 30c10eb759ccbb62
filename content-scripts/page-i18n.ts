import browser from "webextension-polyfill";
import type { Translate, Translator } from "../src/i18n/translate";

// Written out rather than through browserI18n(): in every portal page, the factory's closures cost bytes.
export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions) || key;
export const browserTranslator = (): Translator => ({
  t: translate,
  language: translate("messagesLanguage"),
});
export const browserLanguage = (): string => browser.i18n.getUILanguage();
