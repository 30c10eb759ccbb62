import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { PORTALS } from "../../src/catalog/portals";
import type { Settings } from "../../src/settings/settings";
import {
  type BANNER_VERDICTS,
  PORTAL_HOSTS,
  SETTINGS_SCHEMA,
  type SettingValues,
  UI_LOCALES,
} from "../../src/settings/settings-schema";
import { chromeManagedSchemaText, toChromeManagedSchema } from "../../tools/policy/chrome-managed-schema";

const ROOT = resolve(import.meta.dirname, "../..");
const CHROME_KEYWORDS = new Set([
  "type",
  "title",
  "description",
  "properties",
  "additionalProperties",
  "items",
  "enum",
  "pattern",
  "minimum",
  "maximum",
]);

function keywordsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (typeof node !== "object" || node === null) return found;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    found.add(key);
    if (key === "properties") for (const child of Object.values(value as object)) keywordsIn(child, found);
    if (key === "items" || key === "additionalProperties") keywordsIn(value, found);
  }
  return found;
}

describe("the settings schema", () => {
  it("is what public/managed_schema.json holds (run `npm run prebuild` after changing it)", () => {
    expect(readFileSync(resolve(ROOT, "public/managed_schema.json"), "utf8")).toBe(
      chromeManagedSchemaText(SETTINGS_SCHEMA),
    );
  });

  it("gives Chrome only the keywords its managed_schema accepts", () => {
    const used = keywordsIn(toChromeManagedSchema(SETTINGS_SCHEMA));
    expect([...used].filter((keyword) => !CHROME_KEYWORDS.has(keyword))).toEqual([]);
  });

  it("lets Chrome drop only the bad key: no constraints inside lists and objects", () => {
    const chrome = toChromeManagedSchema(SETTINGS_SCHEMA) as { properties: Record<string, object> };
    for (const key of ["customRules", "disabledVerdicts", "customMessages", "partnerTenants"]) {
      const used = keywordsIn(chrome.properties[key]);
      expect(
        [...used].filter((keyword) => ["enum", "pattern", "minimum", "maximum"].includes(keyword)),
      ).toEqual([]);
    }
    expect(chrome.properties.dismissDays).toMatchObject({ minimum: 0, maximum: 365 });
  });

  it("names the hosts the content script runs on", () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, "manifest.json"), "utf8"));
    const matched = manifest.content_scripts.flatMap((script: { matches: string[] }) =>
      script.matches.map((match) => new URL(match.replace("/*", "/")).hostname),
    );
    expect([...PORTAL_HOSTS].sort()).toEqual([...new Set(matched)].sort());
    expect([...PORTAL_HOSTS].sort()).toEqual(PORTALS.flatMap((portal) => portal.hosts).sort());
  });

  it("offers every language the extension ships, and only those", () => {
    const shipped = readdirSync(resolve(ROOT, "public/_locales")).sort();
    expect([...UI_LOCALES].sort()).toEqual(shipped);
  });

  it("derives the types the banner codes against", () => {
    expectTypeOf<SettingValues["dismissDays"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NonNullable<SettingValues["disabledVerdicts"]>[number]>().toEqualTypeOf<
      (typeof BANNER_VERDICTS)[number]
    >();
    expectTypeOf<Settings["customRules"][number]["verdict"]>().toEqualTypeOf<
      "partner" | "self-serve" | "info" | "support" | "none"
    >();
    expectTypeOf<Settings["customRules"][number]["portal"]>().toEqualTypeOf<
      "m365-admin" | "azure-portal" | undefined
    >();
    expectTypeOf<Settings["customMessages"]["partner"]>().toEqualTypeOf<Record<string, string> | undefined>();
  });
});
