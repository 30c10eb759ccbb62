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
