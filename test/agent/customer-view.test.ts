import { describe, expect, it } from "vitest";
import { customerViewOf } from "../../src/agent/customer-view";
import { compileCustomRules } from "../../src/classify/custom-rule-problems";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

const BILLING = "https://admin.microsoft.com/Adminportal/Home#/subscriptions";

describe("customerViewOf", () => {
  it("gives the catalog's banner for a portal page", () => {
    expect(customerViewOf(BILLING, DEFAULT_SETTINGS).banner).toEqual({
      verdict: "partner",
      rule: "m365.billing.products",
      portalHost: "admin.microsoft.com",
    });
  });

  it("gives no banner where the settings turn it off: everywhere, for the verdict, for the host", () => {
    for (const settings of [
      { ...DEFAULT_SETTINGS, enabled: false },
      { ...DEFAULT_SETTINGS, disabledVerdicts: ["partner" as const] },
      { ...DEFAULT_SETTINGS, disabledHosts: ["admin.microsoft.com" as const] },
    ]) {
      const view = customerViewOf(BILLING, settings);
      expect(view.banner).toBeNull();
      expect(view.classification.verdict).toBe("partner");
    }
  });

  it("applies the partner's custom rules", () => {
    const { compiled } = compileCustomRules([
      { id: "contoso.reports", portal: "m365-admin", pattern: "subscriptions/**", verdict: "info" },
    ]);
    expect(customerViewOf(BILLING, DEFAULT_SETTINGS, compiled).banner).toMatchObject({
      verdict: "info",
      rule: "contoso.reports",
    });
  });

  it("gives no banner for pages and URLs the extension does not know", () => {
    expect(customerViewOf("https://example.com/", DEFAULT_SETTINGS).banner).toBeNull();
    expect(customerViewOf("not a url", DEFAULT_SETTINGS).banner).toBeNull();
  });
});
