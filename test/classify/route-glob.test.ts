import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRouteGlob, matchRouteGlob, type RouteGlob } from "../../src/classify/route-glob";

function glob(pattern: string): RouteGlob {
  const compiled = compileRouteGlob(pattern);
  if (typeof compiled === "string") throw new Error(compiled);
  return compiled;
}
const matches = (pattern: string, route: string) =>
  matchRouteGlob(glob(pattern), route === "" ? [] : route.split("/"));

describe("route globs", () => {
  it("matches literals, one segment and any number of segments", () => {
    expect(matches("users", "users")).toBe(true);
    expect(matches("users", "users/x")).toBe(false);
    expect(matches("users/*", "users/x")).toBe(true);
    expect(matches("users/*", "users")).toBe(false);
    expect(matches("users/**", "users")).toBe(true);
    expect(matches("users/**", "users/:/userdetails/x")).toBe(true);
    expect(matches("**/costanalysis", "resource/subscriptions/*/costanalysis")).toBe(true);
    expect(matches("a/**/b/**/c", "a/x/b/y/z/c")).toBe(true);
    expect(matches("a/**/b/**/c", "a/x/y/c")).toBe(false);
  });

  it("matches one `*` inside a segment as a prefix and suffix", () => {
    expect(matches("view/microsoft_aad_*/**", "view/microsoft_aad_iam/x")).toBe(true);
    expect(matches("view/microsoft_aad_*/**", "view/microsoft_azure_billing")).toBe(false);
    expect(matches("view/*blade", "view/subscriptionsblade")).toBe(true);
    expect(matches("a*b", "ab")).toBe(true);
    expect(matches("ab*ba", "aba")).toBe(false);
  });

  it("matches the empty route only with the empty pattern or `**`", () => {
    expect(matches("", "")).toBe(true);
    expect(matches("**", "")).toBe(true);
    expect(matches("", "home")).toBe(false);
  });

  it("normalises case, surrounding slashes and repeated `**`", () => {
    expect(glob("/Users/**/").source).toBe("users/**");
    expect(glob("a/**/**/b").segments).toHaveLength(3);
  });

  it("ranks more literal segments above wildcards", () => {
    expect(glob("a/b/**").specificity).toBeGreaterThan(glob("a/**").specificity);
    expect(glob("a/b*/**").specificity).toBeGreaterThan(glob("a/**").specificity);
    expect(glob("a/*").specificity).toBeGreaterThan(glob("a/**").specificity);
  });

  it.each([
    [42, "must be a string"],
    ["a".repeat(257), "longer than 256"],
    [Array(17).fill("a").join("/"), "more than 16 segments"],
    ["a//b", "empty segment"],
    ["a*b*c", "more than one"],
    ["a/**/b/**/c/**/d/**/e/**", 'more than 4 "**"'],
    ["users?x", "character routes never have"],
    ["users#x", "character routes never have"],
    ["two words", "character routes never have"],
  ])("rejects %j with a clear reason", (pattern, reason) => {
    const result = compileRouteGlob(pattern);
    expect(typeof result).toBe("string");
    expect(result).toContain(reason);
  });

  it("stays fast on the worst patterns and routes allowed", () => {
    const pattern = glob(["**", "a", "**", "a", "**", "a", "**", "b"].join("/"));
    const route = Array(24).fill("a");
    const started = performance.now();
    for (let round = 0; round < 1000; round += 1) matchRouteGlob(pattern, route);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("never throws, whatever the pattern and route", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 30 }),
        (pattern, route) => {
          const compiled = compileRouteGlob(pattern);
          if (typeof compiled !== "string") matchRouteGlob(compiled, route);
        },
      ),
    );
  });

  it("agrees with a reference matcher on generated globs", () => {
    const segment = fc.constantFrom("a", "b", "ab", "*", "**", "a*", "*b");
    const routeSegment = fc.constantFrom("a", "b", "ab", "ba", "abb");
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 6 }),
        fc.array(routeSegment, { maxLength: 6 }),
        (parts, route) => {
          const compiled = compileRouteGlob(parts.join("/"));
          if (typeof compiled === "string") return;
          expect(matchRouteGlob(compiled, route)).toBe(
            reference(compiled.source === "" ? [] : compiled.source.split("/"), route),
          );
        },
      ),
    );
  });
});

/** Straightforward recursive matcher, exponential but obviously right, for comparison. */
function reference(pattern: string[], route: string[]): boolean {
  if (pattern.length === 0) return route.length === 0;
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === "**") {
    for (let at = 0; at <= route.length; at += 1) if (reference(rest, route.slice(at))) return true;
    return false;
  }
  if (route.length === 0) return false;
  const [first, ...others] = route as [string, ...string[]];
  const star = head.indexOf("*");
  const ok =
    head === "*" ||
    (star === -1
      ? head === first
      : first.length >= head.length - 1 &&
        first.startsWith(head.slice(0, star)) &&
        first.endsWith(head.slice(star + 1)));
  return ok && reference(rest, others);
}
