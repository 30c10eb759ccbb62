import { describe, expect, it } from "vitest";
import { classifyUrl, type RuleIndexes, ruleSetOf } from "../../src/classify/classify-url";
import { compileCustomRules } from "../../src/classify/custom-rule-problems";

describe("custom rules", () => {
  it("take precedence over the catalog, most specific first", () => {
    const { compiled, errors } = compileCustomRules([
      { id: "contoso.licences-self", portal: "m365-admin", pattern: "licenses/**", verdict: "self-serve" },
      { id: "contoso.ri-view", pattern: "view/microsoft_azure_reservations/browseblade/**", verdict: "info" },
      { id: "contoso.ri-all", pattern: "view/microsoft_azure_reservations/**", verdict: "support" },
    ]);
    expect(errors).toEqual([]);
    expect(classifyUrl("https://admin.microsoft.com/#/licenses", compiled)).toMatchObject({
      verdict: "self-serve",
      rule: "contoso.licences-self",
    });
    expect(
      classifyUrl("https://portal.azure.com/#view/Microsoft_Azure_Reservations/BrowseBlade/x", compiled).rule,
    ).toBe("contoso.ri-view");
    expect(
      classifyUrl("https://portal.azure.com/#view/Microsoft_Azure_Reservations/CreateBlade", compiled).rule,
    ).toBe("contoso.ri-all");
    expect(classifyUrl("https://admin.microsoft.com/#/billoverview", compiled).rule).toBe(
      "m365.billing.bills",
    );
  });

  it("apply only to their portal when one is given", () => {
    const { compiled } = compileCustomRules([
      { id: "x", portal: "azure-portal", pattern: "licenses", verdict: "none" },
    ]);
    expect(classifyUrl("https://admin.microsoft.com/#/licenses", compiled).rule).toBe(
      "m365.billing.licences",
    );
  });

  it("can hide the banner on a page with verdict none, and say which rule did", () => {
    const { compiled } = compileCustomRules([{ id: "hide-home", pattern: "", verdict: "none" }]);
    expect(classifyUrl("https://portal.azure.com/#", compiled)).toMatchObject({
      verdict: "none",
      rule: "hide-home",
    });
  });

  it("reject what cannot be used, with a reason, and keep the rest", () => {
    const { compiled, errors } = compileCustomRules([
      { id: "ok", pattern: "users/**", verdict: "partner" },
      { id: "", pattern: "x", verdict: "partner" },
      { id: "bad pattern", pattern: "x", verdict: "partner" },
      { id: "bad-verdict", pattern: "x", verdict: "maybe" as never },
      { id: "bad-portal", portal: "sharepoint" as never, pattern: "x", verdict: "info" },
      { id: "stars", pattern: "a*b*", verdict: "info" },
      { id: "long", pattern: `${"x/".repeat(20)}x`, verdict: "info" },
      null as never,
      { id: "not-a-string", pattern: 7 as never, verdict: "info" },
    ]);
    expect(compiled.size).toBe(2);
    expect(errors).toHaveLength(8);
    expect(errors[0]).toMatch(/^custom rule 2: id must be/);
    expect(errors[1]).toMatch(/^custom rule 3 \(bad pattern\): id must be/);
    expect(errors[2]).toMatch(/bad-verdict.*verdict must be one of/);
    expect(errors[3]).toMatch(/bad-portal.*portal must be/);
    expect(errors[4]).toMatch(/stars.*more than one "\*"/);
    expect(errors[5]).toMatch(/long.*more than 16 segments/);
    expect(errors[6]).toMatch(/custom rule 8: must be an object/);
    expect(errors[7]).toMatch(/not-a-string.*must be a string/);
    expect(classifyUrl("https://admin.microsoft.com/#/users", compiled).rule).toBe("ok");
  });

  it("never throw, whatever they are given", () => {
    expect(() => compileCustomRules(undefined as never)).not.toThrow();
    expect(compileCustomRules("rules" as never).errors).toEqual(["custom rules must be a list"]);
    const many = Array.from({ length: 600 }, (_, n) => ({
      id: `r${n}`,
      pattern: `p${n}`,
      verdict: "info" as const,
    }));
    const { compiled, errors } = compileCustomRules(many);
    expect(compiled.size).toBe(1000);
    expect(errors).toEqual(["only the first 500 custom rules are used"]);
  });

  it("give way to the catalog when their published index is damaged inside", () => {
    const damaged = { rules: [7], preferred: 1, entries: [{}, null], root: [7] };
    const rules = ruleSetOf({ "m365-admin": damaged, "azure-portal": damaged } as unknown as RuleIndexes);
    for (const url of [
      "https://admin.microsoft.com/#/users",
      "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
    ])
      expect(classifyUrl(url, rules), url).toEqual(classifyUrl(url));
  });
});
