import browser from "webextension-polyfill";

export type Translate = (key: string, substitutions?: string[]) => string;

/** Browser UI language. A forced locale (policy) is wired by the i18n work. */
export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions) || key;
