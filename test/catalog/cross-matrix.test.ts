import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../src/classify/classify-url";
import { CATALOG_RULES } from "../../tools/catalog/catalog-rules";
import { examplesByRule } from "./catalog-examples";

// In the style of refined-github/github-url-detection: every rule takes its own example pages and
// none of another rule's, so a new or broadened rule cannot silently steal pages.
const RULE_IDS = Object.values(CATALOG_RULES).flatMap((rules) => rules.map((entry) => entry.id));
const EXAMPLES = examplesByRule();

describe("cross-matrix of catalog rules and their example URLs", () => {
  it("has at least one example for every rule", () => {
    expect(RULE_IDS.filter((id) => !EXAMPLES.has(id))).toEqual([]);
  });

  it("has no examples for rules that do not exist", () => {
    expect([...EXAMPLES.keys()].filter((id) => !RULE_IDS.includes(id))).toEqual([]);
  });

  for (const id of RULE_IDS) {
    describe(id, () => {
      it("matches its own examples", () => {
        for (const { url } of EXAMPLES.get(id) ?? []) expect(classifyUrl(url).rule, url).toBe(id);
      });

      it("matches none of the other rules' examples", () => {
        for (const [other, examples] of EXAMPLES) {
          if (other === id) continue;
          for (const { url } of examples)
            expect(classifyUrl(url).rule, `${url} belongs to ${other}`).not.toBe(id);
        }
      });
    });
  }
});
