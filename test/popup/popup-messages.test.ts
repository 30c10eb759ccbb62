import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const LOCALES = resolve(import.meta.dirname, "../../public/_locales");

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

function read(locale: string): Messages {
  return JSON.parse(readFileSync(resolve(LOCALES, locale, "messages.json"), "utf8")) as Messages;
}

const OURS = /^(popup_|agentStrip_)/;
// "CSP", "INFO", "Portal", "Options": the same word in several of the shipped languages.
const SAME_IN_MANY_LANGUAGES = new Set([
  "popup_badge_partner",
  "popup_badge_info",
  "popup_portal",
  "popup_openOptions",
]);
const english = read("en");
const keys = Object.keys(english).filter((key) => OURS.test(key));

describe("popup and agent strip strings", () => {
  it.each(readdirSync(LOCALES).filter((locale) => locale !== "en"))("are all translated in %s", (locale) => {
    const messages = read(locale);
    for (const key of keys) {
      const entry = messages[key];
      expect(entry?.message.trim(), `${locale} ${key}`).toBeTruthy();
      expect(Object.keys(entry?.placeholders ?? {}).sort(), `${locale} ${key} placeholders`).toEqual(
        Object.keys(english[key]!.placeholders ?? {}).sort(),
      );
      for (const name of Object.keys(english[key]!.placeholders ?? {})) {
        expect(entry!.message.toLowerCase(), `${locale} ${key} uses $${name}$`).toContain(`$${name}$`);
      }
      if (!SAME_IN_MANY_LANGUAGES.has(key)) {
        expect(entry!.message, `${locale} ${key} is translated`).not.toBe(english[key]!.message);
      }
    }
    expect(
      Object.keys(messages)
        .filter((key) => OURS.test(key))
        .sort(),
    ).toEqual([...keys].sort());
  });
});
