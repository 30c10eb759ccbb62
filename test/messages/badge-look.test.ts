import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BADGE_TEXT_COLOR, badgeLookFor } from "../../src/messages/badge-look";
import { VERDICTS } from "../../src/verdict";

const LOCALES = resolve(import.meta.dirname, "../../public/_locales");

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const BANNER_VERDICTS = VERDICTS.filter((verdict) => verdict !== "none");

describe("badgeLookFor", () => {
  it("gives no badge for pages the extension does not know", () => {
    expect(badgeLookFor("none")).toBeNull();
  });

  it("tells every other verdict apart by colour and by text", () => {
    const looks = BANNER_VERDICTS.map((verdict) => badgeLookFor(verdict)!);
    expect(new Set(looks.map((look) => look.color)).size).toBe(looks.length);
    expect(new Set(looks.map((look) => look.textKey)).size).toBe(looks.length);
  });

  it.each(BANNER_VERDICTS)("keeps white text readable on the %s colour (WCAG AA)", (verdict) => {
    expect(contrast(BADGE_TEXT_COLOR, badgeLookFor(verdict)!.color)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(readdirSync(LOCALES))("has a badge text of at most four characters in %s", (locale) => {
    const messages = JSON.parse(readFileSync(resolve(LOCALES, locale, "messages.json"), "utf8")) as Record<
      string,
      { message: string }
    >;
    for (const verdict of BANNER_VERDICTS) {
      const look = badgeLookFor(verdict)!;
      const text = messages[look.textKey]?.message;
      expect(text, `${locale} ${look.textKey}`).toBeTruthy();
      expect([...text!].length, `${locale} ${look.textKey}`).toBeLessThanOrEqual(4);
      expect(messages[look.titleKey]?.message, `${locale} ${look.titleKey}`).toBeTruthy();
    }
  });
});
