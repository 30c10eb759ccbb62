import type { Translate } from "./translate";

/** One entry of a `_locales/<lang>/messages.json`, as far as formatting needs it. */
export interface LocaleMessage {
  readonly message: string;
  /** Lower-cased placeholder name → its content, e.g. `partner` → `$1`. */
  readonly placeholders: ReadonlyMap<string, string>;
}

export type LocaleMessages = ReadonlyMap<string, LocaleMessage>;

// Far beyond any of ours; keeps a damaged or hostile file from costing more than a glance.
const MAX_MESSAGES = 2000;
const MAX_MESSAGE_LENGTH = 4000;

/**
 * A messages.json, parsed, checked entry by entry: an entry that is not `{message: string,
 * placeholders?: {name: {content: string}}}` is left out, so the key falls back like a missing one.
 * Null when the whole thing is not an object.
 */
export function readLocaleMessages(json: unknown): LocaleMessages | null {
  if (!isRecord(json)) return null;
  const messages = new Map<string, LocaleMessage>();
  for (const [key, entry] of Object.entries(json).slice(0, MAX_MESSAGES)) {
    if (!isRecord(entry) || typeof entry.message !== "string") continue;
    if (entry.message.length > MAX_MESSAGE_LENGTH) continue;
    const placeholders = new Map<string, string>();
    if (isRecord(entry.placeholders)) {
      for (const [name, placeholder] of Object.entries(entry.placeholders)) {
        if (isRecord(placeholder) && typeof placeholder.content === "string") {
          placeholders.set(name.toLowerCase(), placeholder.content);
        }
      }
    }
    messages.set(key, { message: entry.message, placeholders });
  }
  return messages;
}

/**
 * The browser's own formatting (https://developer.chrome.com/docs/extensions/reference/api/i18n):
 * `$NAME$` (any case) is the named placeholder's content; then `$1`…`$9` are the substitutions,
 * in the content and in the message alike; `$$` is a literal `$`. A substitution is inserted as
 * it is and never read for `$` again, so a partner name like "A$1" stays "A$1".
 */
export function formatLocaleMessage(entry: LocaleMessage, substitutions: readonly string[] = []): string {
  const numbered = (text: string): string =>
    text.replace(/\$\$|\$([1-9])/g, (_whole, index: string | undefined) =>
      index === undefined ? "$" : (substitutions[Number(index) - 1] ?? ""),
    );
  // One pass over the message, so text brought in by a placeholder or substitution is not rescanned.
  return entry.message.replace(
    /\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g,
    (_whole, name: string | undefined, index: string | undefined) => {
      if (index !== undefined) return substitutions[Number(index) - 1] ?? "";
      if (name === undefined) return "$";
      return numbered(entry.placeholders.get(name.toLowerCase()) ?? "");
    },
  );
}

/** `getMessage` over a messages.json the browser did not choose; a missing key asks `fallback`. */
export function translatorFromMessages(messages: LocaleMessages, fallback: Translate): Translate {
  return (key, substitutions) => {
    const entry = messages.get(key);
    return entry ? formatLocaleMessage(entry, substitutions) : fallback(key, substitutions);
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
