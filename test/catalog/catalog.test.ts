import { describe, expect, it } from "vitest";
import { AZURE_PORTAL_NOTES } from "../../src/catalog/azure-portal/azure-portal-notes";
import { M365_ADMIN_NOTES } from "../../src/catalog/m365-admin/m365-admin-notes";
import { PORTALS } from "../../src/catalog/portals";
import { ruleNote } from "../../src/catalog/rule-notes";
import { compileRouteGlob } from "../../src/classify/route-glob";
import { VERDICTS } from "../../src/verdict";
import { CATALOG_RULES, findRule } from "../../tools/catalog/catalog-rules";

const RULES = Object.entries(CATALOG_RULES).flatMap(([portal, rules]) =>
  rules.map((entry) => ({ ...entry, portal })),
);

describe("page catalog", () => {
  it("has unique rule ids, prefixed by their portal", () => {
    const ids = RULES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of RULES)
      expect(entry.id).toMatch(entry.portal === "m365-admin" ? /^m365\./ : /^azure\./);
  });

  it("keeps a short note for every rule, and none for a rule that is not there", () => {
    for (const entry of RULES) {
      expect(ruleNote(entry.id), entry.id).toBeTypeOf("string");
      expect(ruleNote(entry.id)!.length, entry.id).toBeGreaterThan(0);
      expect(ruleNote(entry.id)!.length, entry.id).toBeLessThanOrEqual(80);
    }
    const ids = new Set(RULES.map((entry) => entry.id));
    for (const id of [...Object.keys(M365_ADMIN_NOTES), ...Object.keys(AZURE_PORTAL_NOTES)]) {
      expect(ids.has(id), `note for ${id}, which is no rule`).toBe(true);
    }
  });

  it("uses verdicts the banner knows", () => {
    for (const entry of RULES) {
      expect(VERDICTS).toContain(entry.verdict);
      expect(entry.verdict).not.toBe("none");
    }
  });

  it("has only patterns that compile", () => {
    for (const entry of RULES)
      for (const pattern of entry.patterns) expect(typeof compileRouteGlob(pattern)).toBe("object");
  });

  it("names the two portals", () => {
    expect(PORTALS.map((portal) => portal.name)).toEqual(["Microsoft 365 admin center", "Azure portal"]);
  });

  it("finds a rule by id", () => {
    expect(findRule("m365.billing.bills")).toMatchObject({ verdict: "partner", portal: "m365-admin" });
    expect(findRule("nope")).toBeUndefined();
  });
});
