import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CONTACT_MESSAGES,
  customTextFor,
  partnerRelationshipsUrl,
  VERDICT_MESSAGES,
} from "../../src/banner/banner-text";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";

const ROOT = resolve(import.meta.dirname, "../..");
const en = JSON.parse(readFileSync(resolve(ROOT, "public/_locales/en/messages.json"), "utf8")) as Record<
  string,
  { placeholders?: Record<string, unknown> }
>;

describe("the banner's message keys", () => {
  const sources = ["src/banner/Banner.tsx", "content-scripts/banner-presenter.tsx"].map((path) =>
    readFileSync(resolve(ROOT, path), "utf8"),
  );
  const called = sources.flatMap((source) =>
    [...source.matchAll(/\bt\(\s*"([A-Za-z0-9_]+)"/g)].map((m) => m[1]!),
  );
  const tabled = [
    ...Object.values(VERDICT_MESSAGES).flatMap(({ title, body }) => [title, body]),
    ...Object.values(CONTACT_MESSAGES),
  ];

  it("are found in the sources (the check below is not empty)", () => {
    expect(called).toEqual(expect.arrayContaining(["bannerRegionLabel", "whyLink", "dismissBanner"]));
  });

  it.each([...new Set([...called, ...tabled])])("%s is in the English messages", (key) => {
    expect(Object.hasOwn(en, key)).toBe(true);
  });

  it("give every verdict body naming the partner its placeholder", () => {
    expect(Object.keys(en.verdictBody_partner?.placeholders ?? {})).toEqual(["partner"]);
    expect(Object.keys(en.verdictBody_support?.placeholders ?? {})).toEqual(["partner"]);
  });
});

describe("customTextFor", () => {
  const settings = (changes: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...changes });

  it("has nothing when the partner wrote nothing", () => {
    expect(customTextFor(DEFAULT_SETTINGS, "partner", "m365.billing.bills", "en")).toBeNull();
  });

  it("picks the verdict's text in the reader's language, by language when the region differs", () => {
    const custom = settings({
      customMessages: { partner: { en: "Call us.", "de-DE": "Rufen Sie uns an." } },
    });
    expect(customTextFor(custom, "partner", "any", "en-US")).toEqual({ text: "Call us.", language: "en" });
    expect(customTextFor(custom, "partner", "any", "de")).toEqual({
      text: "Rufen Sie uns an.",
      language: "de-DE",
    });
    expect(customTextFor(custom, "support", "any", "en")).toBeNull();
  });

  it("leaves a reader of another language the built-in text", () => {
    const custom = settings({ customMessages: { partner: { en: "Call us." } } });
    expect(customTextFor(custom, "partner", "any", "pl")).toBeNull();
  });

  it("prefers the custom rule's own message on that rule's pages", () => {
    const custom = settings({
      customMessages: { partner: { en: "Verdict-wide." } },
      customRules: [
        { id: "contoso.licences", pattern: "licenses/**", verdict: "partner", message: { en: "Ask Anna." } },
      ],
    });
    expect(customTextFor(custom, "partner", "contoso.licences", "en")?.text).toBe("Ask Anna.");
    expect(customTextFor(custom, "partner", "m365.billing.bills", "en")?.text).toBe("Verdict-wide.");
  });

  it("ignores blank texts", () => {
    const custom = settings({ customMessages: { info: { en: "   " } } });
    expect(customTextFor(custom, "info", "any", "en")).toBeNull();
  });
});

describe("partnerRelationshipsUrl", () => {
  it("opens Settings → Partner relationships of the admin center of the portal's cloud", () => {
    expect(partnerRelationshipsUrl("portal.azure.com")).toBe(
      "https://admin.microsoft.com/AdminPortal/Home#/partners",
    );
    expect(partnerRelationshipsUrl("admin.cloud.microsoft")).toBe(
      "https://admin.microsoft.com/AdminPortal/Home#/partners",
    );
    expect(partnerRelationshipsUrl("portal.azure.us")).toBe(
      "https://admin.microsoft.us/AdminPortal/Home#/partners",
    );
    expect(partnerRelationshipsUrl("admin.microsoft.us")).toBe(
      "https://admin.microsoft.us/AdminPortal/Home#/partners",
    );
  });
});
