import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type CustomRule, classifyUrl } from "../../src/classify/classify-url";
import { compileCustomRules } from "../../src/classify/custom-rule-problems";
import { compileRouteGlob, matchRouteGlob, type RouteGlob } from "../../src/classify/route-glob";
import { VERDICTS } from "../../src/verdict";
import {
  hostileText,
  NASTY_STRINGS,
  RUNS,
  TIME_LIMIT,
  urlOnPortal,
  withinMilliseconds,
} from "./hostile-arbitraries";

/** Classic catastrophic-backtracking regular expressions, as a partner might paste them into a rule. */
const CATASTROPHIC_PATTERNS: readonly string[] = [
  "(a+)+$",
  "(a|aa)+$",
  "(a|a?)+$",
  "(.*a){25}",
  "^(\\w+\\s?)*$",
  "(x+x+)+y",
  "^(([a-z])+.)+[A-Z]([a-z])+$",
  "(\\d+)*\\.",
  "^(a+)+b",
  ".*.*.*.*.*.*.*.*=",
  "**/**/**/**/**/a",
  "**/*a*/**/*b*/**/*c*/**",
  "a*a*a*a*a*a*b",
  `${"*/".repeat(16)}x`,
];

const ruleLike = fc.record(
  {
    id: fc.oneof(fc.constantFrom("partner.rule", "x", "A-1:b_2.c"), hostileText, fc.anything()),
    portal: fc.oneof(fc.constantFrom("m365-admin", "azure-portal", undefined), fc.anything()),
    pattern: fc.oneof(
      fc.constantFrom(...CATASTROPHIC_PATTERNS, "subscriptions/**", "view/*billing*/**", "", "/"),
      hostileText,
      fc.anything(),
    ),
    verdict: fc.oneof(fc.constantFrom(...VERDICTS), fc.constantFrom(...NASTY_STRINGS), fc.anything()),
  },
  { requiredKeys: [] },
);

const VALID_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;

describe("custom rules from a hostile policy", { timeout: 60_000 }, () => {
  test("compileCustomRules never throws on arbitrary JSON or values", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fc.array(ruleLike, { maxLength: 20 })), (value) => {
        const { compiled, errors } = compileCustomRules(value as CustomRule[]);
        expect(Array.isArray(errors)).toBe(true);
        for (const error of errors) expect(typeof error).toBe("string");
        expect(compiled.size).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS.many },
    );
  });

  test("every rule is either used or reported, never silently dropped or half-used", () => {
    fc.assert(
      fc.property(fc.array(ruleLike, { maxLength: 20 }), (rules) => {
        const { compiled, errors } = compileCustomRules(rules as CustomRule[]);
        const usable = rules.filter(
          (rule) =>
            typeof rule.id === "string" &&
            VALID_ID.test(rule.id) &&
            (rule.portal === undefined || rule.portal === "m365-admin" || rule.portal === "azure-portal") &&
            VERDICTS.includes(rule.verdict as never) &&
            typeof compileRouteGlob(rule.pattern) !== "string",
        );
        expect(errors.length).toBe(rules.length - usable.length);
        const perPortal = usable.reduce((sum, rule) => sum + (rule.portal === undefined ? 2 : 1), 0);
        expect(compiled.size).toBe(perPortal);
      }),
      { numRuns: RUNS.some },
    );
  });

  test("classifications under hostile custom rules are still well formed", () => {
    fc.assert(
      fc.property(fc.array(ruleLike, { maxLength: 10 }), urlOnPortal, (rules, url) => {
        const { compiled } = compileCustomRules(rules as CustomRule[]);
        const result = classifyUrl(url, compiled);
        expect(VERDICTS).toContain(result.verdict);
        if (result.rule !== null) expect(result.rule).toMatch(VALID_ID);
      }),
      { numRuns: RUNS.some },
    );
  });

  test("a catastrophic regular expression is rejected or matched as a plain glob, in linear time", () => {
    // The worst route for a backtracking engine: long runs of one letter that almost match.
    const routes = [
      `https://portal.azure.com/#view/${`${"a".repeat(300)}/`.repeat(30)}!`,
      `https://admin.microsoft.com/#/${"x/".repeat(40)}y`,
      `https://admin.microsoft.com/#/${"a".repeat(8000)}b`,
    ];
    for (const pattern of CATASTROPHIC_PATTERNS) {
      const { compiled, errors } = compileCustomRules([{ id: "redos", pattern, verdict: "partner" }]);
      expect(compiled.size + errors.length, pattern).toBeGreaterThan(0);
      for (const url of routes) {
        const result = withinMilliseconds(TIME_LIMIT.classify, () => classifyUrl(url, compiled));
        expect(VERDICTS).toContain(result.verdict);
      }
    }
  });

  test("patterns are never turned into regular expressions: regex syntax only matches itself", () => {
    const { compiled } = compileCustomRules([{ id: "literal", pattern: "users.*", verdict: "partner" }]);
    expect(classifyUrl("https://admin.microsoft.com/#/users", compiled).rule).not.toBe("literal");
    expect(classifyUrl("https://admin.microsoft.com/#/usersx", compiled).rule).not.toBe("literal");
    expect(classifyUrl("https://admin.microsoft.com/#/users.*", compiled).rule).toBe("literal");
  });
});

/** The meaning of a route glob, written the slow obvious way (memoised recursion) as an oracle. */
function referenceMatch(glob: RouteGlob, route: readonly string[]): boolean {
  const memo = new Map<string, boolean>();
  const at = (p: number, r: number): boolean => {
    const key = `${p}:${r}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const matcher = glob.segments[p];
    let result: boolean;
    if (matcher === undefined) result = r === route.length;
    else if (matcher.kind === 2) result = at(p + 1, r) || (r < route.length && at(p, r + 1));
    else {
      const segment = route[r];
      const fits =
        segment !== undefined &&
        (matcher.kind === 1 ||
          (matcher.kind === 0 && matcher.text === segment) ||
          (matcher.kind === 3 &&
            segment.length >= matcher.prefix.length + matcher.suffix.length &&
            segment.startsWith(matcher.prefix) &&
            segment.endsWith(matcher.suffix)));
      result = fits && at(p + 1, r + 1);
    }
    memo.set(key, result);
    return result;
  };
  return at(0, 0);
}

describe("route globs", { timeout: 60_000 }, () => {
  const word = fc.constantFrom("a", "b", "ab", "ba", "aab");
  const patternSegment = fc.oneof(word, fc.constantFrom("*", "**", "a*", "*b", "a*b", "*"));
  const pattern = fc.array(patternSegment, { minLength: 0, maxLength: 8 }).map((parts) => parts.join("/"));
  const route = fc.array(word, { maxLength: 12 });

  test("matching agrees with the obvious definition on every small pattern and route", () => {
    fc.assert(
      fc.property(pattern, route, (source, segments) => {
        const glob = compileRouteGlob(source);
        if (typeof glob === "string") return;
        expect(matchRouteGlob(glob, segments)).toBe(referenceMatch(glob, segments));
      }),
      { numRuns: RUNS.many },
    );
  });

  test("compileRouteGlob never throws and answers a glob or a reason", () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileText, fc.anything(), fc.constantFrom(...CATASTROPHIC_PATTERNS)),
        (value) => {
          const glob = compileRouteGlob(value);
          if (typeof glob === "string") expect(glob.length).toBeGreaterThan(0);
          else expect(glob.segments.length).toBeLessThanOrEqual(16);
        },
      ),
      { numRuns: RUNS.many },
    );
  });
});
