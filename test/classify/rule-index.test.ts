import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRouteGlob, matchRouteGlob, type RouteGlob } from "../../src/classify/route-glob";
import { canonicalRoute } from "../../src/classify/route-normalise";
import { type IndexedRule, RuleIndex } from "../../src/classify/rule-index";
import { compileRuleIndex, withPreferredRules } from "../../src/classify/rule-index-data";

const indexed = (rules: IndexedRule[], preferred: IndexedRule[] = []) =>
  new RuleIndex(compileRuleIndex(rules, preferred));
const withPreferred = (index: RuleIndex, preferred: IndexedRule[]) =>
  new RuleIndex(withPreferredRules(index.data, preferred));

function rule(id: string, pattern: string): IndexedRule {
  const glob = compileRouteGlob(pattern);
  if (typeof glob === "string") throw new Error(glob);
  return { id, verdict: "info", why: "", glob, stands: false };
}

/** The best rule by brute force: preferred first, then most specific, then listed first. */
function best(rules: IndexedRule[], preferred: IndexedRule[], route: string): string | null {
  const segments = route === "" ? [] : route.split("/");
  const ranked = [
    ...preferred.map((entry) => [1, entry] as const),
    ...rules.map((entry) => [0, entry] as const),
  ];
  let found: readonly [number, IndexedRule, number] | null = null;
  ranked.forEach(([tier, entry], order) => {
    if (!matchRouteGlob(entry.glob as RouteGlob, segments)) return;
    const better =
      found === null ||
      tier > found[0] ||
      (tier === found[0] && entry.glob.specificity > found[1].glob.specificity);
    if (better) found = [tier, entry, order];
  });
  return found === null ? null : (found as readonly [number, IndexedRule, number])[1].id;
}

const word = fc.constantFrom("a", "b", "ab", "ba", "view", "home");
const patternSegment = fc.oneof(word, fc.constantFrom("*", "**", "a*", "*b", "v*w"));
const pattern = fc.array(patternSegment, { maxLength: 5 }).map((parts) => parts.join("/"));
const route = fc.array(word, { maxLength: 6 }).map((parts) => parts.join("/"));
const rules = (prefix: string) =>
  fc
    .array(pattern, { maxLength: 12 })
    .map((patterns) =>
      patterns.flatMap((source, n) =>
        typeof compileRouteGlob(source) === "string" ? [] : [rule(`${prefix}${n}`, source)],
      ),
    );

describe("rule index", { timeout: 60_000 }, () => {
  it("finds the rule brute force finds, whether it reads the route or is fed it as it is read", () => {
    fc.assert(
      fc.property(rules("r"), rules("p"), route, (catalog, preferred, text) => {
        const expected = best(catalog, preferred, text);
        // As built where custom rules are read, and as a page reads the catalog: from JSON.
        const built = indexed(catalog, preferred);
        const read = new RuleIndex(JSON.parse(JSON.stringify(compileRuleIndex(catalog, preferred))));
        // Custom rules replaced: the ones an index had before give way to the new ones.
        const preferredLater = withPreferred(indexed(catalog, catalog.slice(0, 2)), preferred);
        for (const index of [built, read, preferredLater]) {
          expect(index.lookup(text)?.id ?? null).toBe(expected);
          const fed = canonicalRoute(text, true, 0, text.length, 24, index.walk());
          expect(fed).toBe(text);
          expect(index.lookup(fed, true)?.id ?? null).toBe(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("ranks preferred rules above all others, and ties by order", () => {
    const catalog = [rule("specific", "a/b/c"), rule("first", "a/**"), rule("second", "a/**")];
    expect(indexed(catalog).lookup("a/b/c")?.id).toBe("specific");
    expect(indexed(catalog).lookup("a/x")?.id).toBe("first");
    const withCustom = withPreferred(indexed(catalog), [rule("custom", "**")]);
    expect(withCustom.lookup("a/b/c")?.id).toBe("custom");
  });

  it("matches the empty route with the empty pattern, walked or not", () => {
    const index = indexed([rule("home", ""), rule("any", "**/x")]);
    expect(index.lookup("")?.id).toBe("home");
    expect(index.lookup(canonicalRoute("", true, 0, 0, 24, index.walk()), true)?.id).toBe("home");
    expect(index.lookup("x")?.id).toBe("any");
  });

  it("reads the route itself when the reader says the walk was not fed all of it", () => {
    const index = indexed([rule("ab", "a/b"), rule("a", "a/**")]);
    canonicalRoute("a", true, 0, 1, 24, index.walk());
    index.complete = false;
    expect(index.lookup("a/b", true)?.id).toBe("ab");
  });
});
