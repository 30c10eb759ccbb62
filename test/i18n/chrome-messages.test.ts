import { describe, expect, it } from "vitest";
import {
  formatLocaleMessage,
  readLocaleMessages,
  translatorFromMessages,
} from "../../src/i18n/chrome-messages";

const messages = readLocaleMessages({
  plain: { message: "Collapse" },
  named: { message: "Goes through $Partner$.", placeholders: { PARTNER: { content: "$1" } } },
  two: {
    message: "$B$ then $A$",
    placeholders: { a: { content: "$1" }, b: { content: "[$2]" } },
  },
  dollars: { message: "Costs $$5 and $1 direct" },
  literal: { message: "$X$", placeholders: { x: { content: "$$1 is not a substitution" } } },
  broken: { message: 42 },
  "also-broken": "text",
})!;

describe("readLocaleMessages", () => {
  it("keeps well-formed entries and leaves out the rest", () => {
    expect([...messages.keys()]).toEqual(["plain", "named", "two", "dollars", "literal"]);
  });

  it("refuses what is not a messages object", () => {
    for (const value of [null, undefined, "x", 3, []]) expect(readLocaleMessages(value)).toBeNull();
  });

  it("ignores placeholders that are not {content: string}", () => {
    const read = readLocaleMessages({ a: { message: "$X$!", placeholders: { x: { content: 1 }, y: "z" } } })!;
    expect(formatLocaleMessage(read.get("a")!, ["v"])).toBe("!");
  });
});

describe("formatLocaleMessage, as browser.i18n.getMessage formats", () => {
  const format = (key: string, substitutions?: string[]) =>
    formatLocaleMessage(messages.get(key)!, substitutions);

  it("fills named placeholders, whatever the case of their names", () => {
    expect(format("named", ["Contoso"])).toBe("Goes through Contoso.");
  });

  it("puts each substitution where its placeholder's content says", () => {
    expect(format("two", ["one", "two"])).toBe("[two] then one");
  });

  it("reads $$ as a dollar sign and $1 in the message itself", () => {
    expect(format("dollars", ["here"])).toBe("Costs $5 and here direct");
    expect(format("literal", ["no"])).toBe("$1 is not a substitution");
  });

  it("leaves a missing substitution empty", () => {
    expect(format("named")).toBe("Goes through .");
  });

  it("inserts substitutions as they are, never reading them for $ again", () => {
    expect(format("named", ["A$1 $$ $PARTNER$"])).toBe("Goes through A$1 $$ $PARTNER$.");
  });
});

describe("translatorFromMessages", () => {
  it("asks the fallback for keys the locale lacks", () => {
    const t = translatorFromMessages(messages, (key) => `fallback:${key}`);
    expect(t("plain")).toBe("Collapse");
    expect(t("missing")).toBe("fallback:missing");
  });
});
