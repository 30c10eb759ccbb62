import type { Translate, Translator } from "../src/i18n/translate";
import { extension } from "./extension-api";

// Written out rather than through browserI18n(): in every portal page, the factory's closures cost bytes.
export const translate: Translate = (key, substitutions) =>
  extension.i18n.getMessage(key, substitutions) || key;
export const browserTranslator = (): Translator => ({
  t: translate,
  language: translate("messagesLanguage"),
});
export const browserLanguage = (): string => extension.i18n.getUILanguage();
