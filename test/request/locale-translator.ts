import { readFileSync } from "node:fs";
import { readLocaleMessages, translatorFromMessages } from "../../src/i18n/chrome-messages";
import type { Translate } from "../../src/i18n/translate";

/** The shipped messages of one locale, as the extension formats them. */
export function shippedTranslate(locale: string): Translate {
  const json: unknown = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, "utf8"));
  const messages = readLocaleMessages(json);
  if (!messages) throw new Error(`cannot read the ${locale} messages`);
  return translatorFromMessages(messages, (key) => `<missing ${key}>`);
}
