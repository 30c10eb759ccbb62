import type { Translate } from "../../platform/translate";

/** One entry of a `_locales/<lang>/messages.json`. */
export interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type ChromeMessages = Record<string, ChromeMessage>;

/**
 * `browser.i18n.getMessage` for a locale of our choosing, which the API itself cannot do: the preview
 * shows the banner in the customer's language, whatever the agent's browser speaks. Same rules as the
 * browser: `$NAME$` names a placeholder (any case), whose content may hold `$1`…`$9`; `$$` is a `$`.
 * A missing key gives the fallback's text, then the key itself, as the content script does.
 */
export function translatorFromMessages(messages: ChromeMessages, fallback?: Translate): Translate {
  return (key, substitutions = []) => {
    const entry = Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (!entry || typeof entry.message !== "string") return fallback ? fallback(key, substitutions) : key;
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
    );
    const numbered = (text: string): string =>
      text.replace(/\$\$|\$([1-9])/g, (_whole, index: string | undefined) =>
        index === undefined ? "$" : (substitutions[Number(index) - 1] ?? ""),
      );
    return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (_whole, name: string | undefined) => {
      if (name === undefined) return "$";
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? "" : numbered(content);
    });
  };
}
