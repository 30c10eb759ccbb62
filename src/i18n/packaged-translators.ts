import { type LocaleMessages, readLocaleMessages, translatorFromMessages } from "./chrome-messages";
import type { Translate, Translator } from "./translate";

/**
 * The messages the extension ships (`_locales/<lang>/messages.json`), fetched from the package itself:
 * `urlOf` is the page's `runtime.getURL`. For the extension's own pages, which may show another
 * language than the browser's.
 */
export function packagedTranslators(urlOf: (path: string) => string) {
  const messagesByLocale = new Map<string, Promise<LocaleMessages | null>>();

  async function loadMessages(locale: string): Promise<LocaleMessages | null> {
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) return null;
    let pending = messagesByLocale.get(locale);
    if (!pending) {
      pending = fetch(urlOf(`_locales/${locale}/messages.json`))
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
  async function localeTranslator(locale: string): Promise<Translator> {
    const english = await loadMessages("en");
    const englishT = english ? translatorFromMessages(english, (key) => key) : (key: string) => key;
    const messages = locale === "en" ? english : await loadMessages(locale);
    if (!messages) return { t: englishT, language: "en" };
    return {
      t: translatorFromMessages(messages, englishT),
      language: messages.get("messagesLanguage")?.message ?? locale,
    };
  }

  /** Just the text function of `localeTranslator` (the options page uses this). */
  async function translatorFor(locale: string): Promise<Translate> {
    return (await localeTranslator(locale)).t;
  }

  return { localeTranslator, translatorFor };
}
