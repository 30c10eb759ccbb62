import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type ChromeMessages, translatorFromMessages } from "../../src/popup/chrome-message-format";

const MESSAGES: ChromeMessages = {
  plain: { message: "Hello" },
  named: { message: "Go through $PARTNER$.", placeholders: { partner: { content: "$1" } } },
  two: {
    message: "You are viewing $Tenant$ as its partner. The customer sees: $sees$",
    placeholders: { tenant: { content: "$1" }, sees: { content: "$2" } },
  },
  dollars: { message: "Costs $$5 for $WHO$", placeholders: { who: { content: "$1" } } },
  literal: { message: "Hi $WHO$", placeholders: { who: { content: "everyone" } } },
};

describe("translatorFromMessages", () => {
  const t = translatorFromMessages(MESSAGES);

  it("substitutes named placeholders in any case", () => {
    expect(t("plain")).toBe("Hello");
    expect(t("named", ["Contoso IT"])).toBe("Go through Contoso IT.");
    expect(t("two", ["contoso.onmicrosoft.com", "Goes through your partner"])).toBe(
      "You are viewing contoso.onmicrosoft.com as its partner. The customer sees: Goes through your partner",
    );
    expect(t("literal")).toBe("Hi everyone");
  });

  it("keeps $$ as one dollar and does not re-read substituted text", () => {
    expect(t("dollars", ["$1 $$ $WHO$"])).toBe("Costs $5 for $1 $$ $WHO$");
  });

  it("falls back for a key it does not have", () => {
    expect(t("missing")).toBe("missing");
    expect(translatorFromMessages(MESSAGES, (key) => `fallback:${key}`)("missing")).toBe("fallback:missing");
    expect(t("__proto__")).toBe("__proto__");
  });

  it("reads the shipped English messages like the browser would", () => {
    const en = JSON.parse(
      readFileSync(resolve(import.meta.dirname, "../../public/_locales/en/messages.json"), "utf8"),
    ) as ChromeMessages;
    expect(translatorFromMessages(en)("popup_turnOffForSite", ["portal.azure.com"])).toBe(
      "Turn the banner off on portal.azure.com",
    );
  });
});
