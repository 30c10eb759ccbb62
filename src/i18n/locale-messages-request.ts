/**
 * The content script cannot choose the language of `browser.i18n.getMessage`, so when a policy
 * forces one it asks the background for that locale's messages.json, by this message.
 */
export const LOCALE_MESSAGES_REQUEST = "locale-messages";

export interface LocaleMessagesRequest {
  type: typeof LOCALE_MESSAGES_REQUEST;
  /** A `_locales` folder name, e.g. "pl". */
  locale: string;
}

export function localeMessagesRequest(locale: string): LocaleMessagesRequest {
  return { type: LOCALE_MESSAGES_REQUEST, locale };
}

/**
 * The locale a message asks for, if it is this request and names one of `shipped`: only a folder we
 * ship is ever read, whatever a (possibly compromised) page-side sender puts in the message.
 */
export function requestedLocale(message: unknown, shipped: readonly string[]): string | null {
  if (typeof message !== "object" || message === null) return null;
  const { type, locale } = message as Record<string, unknown>;
  if (type !== LOCALE_MESSAGES_REQUEST || typeof locale !== "string") return null;
  return shipped.includes(locale) ? locale : null;
}
