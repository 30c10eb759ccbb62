/** `browser.i18n.getMessage`'s shape: a message key and up to nine substitutions, `$1`…`$9`. */
export type Translate = (key: string, substitutions?: string[]) => string;

/** A source of UI text and the language that text is in. */
export interface Translator {
  readonly t: Translate;
  /**
   * Language of the text `t` returns (its `_locales` folder, e.g. "pl"): what the banner puts in its
   * `lang` attribute. Not always the user's language: the browser falls back to English for others.
   */
  readonly language: string;
}

/** The part of `browser.i18n` the extension reads: each entry passes its own browser's. */
export interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** Text in the browser's choice of language: its UI language if we ship it, else English (`default_locale`). */
export function browserI18n(i18n: I18nApi) {
  const translate: Translate = (key, substitutions) => i18n.getMessage(key, substitutions) || key;
  return {
    translate,
    browserTranslator: (): Translator => ({ t: translate, language: translate("messagesLanguage") }),
    /** The browser's UI language, e.g. "pl" or "en-US": whom the text is for, whatever language it falls back to. */
    browserLanguage: (): string => i18n.getUILanguage(),
  };
}
