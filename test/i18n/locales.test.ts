import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { UI_LOCALES } from "../../src/settings/settings-schema";
import { localeProblems, type MessagesFile } from "./locale-completeness";

const LOCALES_DIR = resolve(import.meta.dirname, "../../public/_locales");

function readLocale(locale: string): MessagesFile {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, "messages.json"), "utf8"));
}

const en = readLocale("en");
const locales = readdirSync(LOCALES_DIR).sort();

describe("public/_locales", () => {
  it("holds English, Polish, German, French, Spanish and Japanese, as the settings list them", () => {
    expect(locales).toEqual(["de", "en", "es", "fr", "ja", "pl"]);
    expect(locales).toEqual([...UI_LOCALES].sort());
  });

  it.each(locales)("%s has every English key, with the same placeholders, and nothing else", (locale) => {
    expect(localeProblems(en, readLocale(locale))).toEqual([]);
  });

  it.each(locales)("%s names its own language in messagesLanguage (the banner's lang)", (locale) => {
    expect(readLocale(locale).messagesLanguage?.message).toBe(locale.replace("_", "-"));
  });

  it.each(locales)("%s keeps the description within the Chrome Web Store's 132 characters", (locale) => {
    const description = readLocale(locale).extensionDescription?.message;
    expect(typeof description === "string" && description.length <= 132).toBe(true);
  });

  // The toolbar badge shows about four narrow characters; a CJK character takes the room of two.
  it.each(locales)("%s keeps every toolbar badge within four narrow characters", (locale) => {
    const messages = readLocale(locale);
    const badges = Object.keys(en).filter((key) => key.startsWith("popup_badge_"));
    expect(badges.length).toBe(4);
    for (const key of badges) {
      const text = String(messages[key]?.message);
      const width = [...text].reduce((sum, char) => sum + (char.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
      expect(width, `${key} "${text}"`).toBeLessThanOrEqual(4);
    }
  });
});

describe("localeProblems", () => {
  const reference: MessagesFile = {
    plain: { message: "Collapse" },
    named: { message: "Goes through $PARTNER$", placeholders: { partner: { content: "$1" } } },
  };
  const complete: MessagesFile = {
    plain: { message: "Zwiń" },
    named: { message: "Obsługuje $partner$", placeholders: { PARTNER: { content: "$1" } } },
  };

  it("finds nothing wrong with a complete translation (placeholder names in any case)", () => {
    expect(localeProblems(reference, complete)).toEqual([]);
  });

  it("reports a missing key and a key English does not have", () => {
    const { plain: _plain, ...withoutPlain } = complete;
    expect(localeProblems(reference, { ...withoutPlain, extra: { message: "x" } })).toEqual([
      "plain: missing",
      "extra: not in English",
    ]);
  });

  it("reports an empty message", () => {
    expect(localeProblems(reference, { ...complete, plain: { message: " " } })).toEqual([
      "plain: empty message",
    ]);
  });

  it("reports a placeholder dropped, renamed, pointed elsewhere or added", () => {
    const variants: MessagesFile["named"][] = [
      { message: "Obsługuje partner" },
      { message: "Obsługuje $NAME$", placeholders: { name: { content: "$1" } } },
      { message: "Obsługuje $PARTNER$", placeholders: { partner: { content: "$2" } } },
      { message: "Zwiń $1" },
    ];
    for (const named of variants.slice(0, 3)) {
      expect(localeProblems(reference, { ...complete, named })).not.toEqual([]);
    }
    expect(localeProblems(reference, { ...complete, plain: variants[3]! })).toEqual([
      'plain: placeholders "$1", English has ""',
    ]);
  });

  it("reports a $NAME$ the entry does not define, and a definition the message never uses", () => {
    expect(
      localeProblems(
        { a: { message: "$X$", placeholders: { x: { content: "$1" } } } },
        { a: { message: "$Y$", placeholders: { x: { content: "$1" } } } },
      ),
    ).toEqual(['a: uses $…$ "y", defines "x"']);
  });
});
