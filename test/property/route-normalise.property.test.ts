import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { PORTAL_DEFINITIONS } from "../../src/portals";
import type { UrlTail } from "../../src/portals/portal-types";
import {
  beforeQuery,
  decodePercent,
  isGuid,
  MAX_ROUTE_SEGMENTS,
  routeSegments,
  stripLeading,
} from "../../src/portals/route-normalise";
import { hostileText, PORTAL_HOSTS, RUNS, TIME_LIMIT, withinMilliseconds } from "./hostile-arbitraries";

const escapes = fc.string({
  unit: fc.oneof(
    fc.constantFrom("%", "%2", "%2F", "%25", "%E0", "%A4", "%ZZ", "%C0%AF", "%ED%A0%80", "/", "a"),
    fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).padStart(2, "0")}`),
  ),
  maxLength: 40,
});
const anyText = fc.oneof(hostileText, escapes);

describe("URL normalisation on hostile input", { timeout: 60_000 }, () => {
  test("decodePercent never throws, even on broken escapes and lone surrogates", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const decoded = decodePercent(text);
        expect(typeof decoded).toBe("string");
        if (!text.includes("%")) expect(decoded).toBe(text);
      }),
      { numRuns: RUNS.many },
    );
  });

  test("routeSegments gives non-empty, lowercase, slash-free segments, at most the cap", () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, hideIds) => {
        const segments = routeSegments(text, hideIds);
        expect(segments.length).toBeLessThanOrEqual(MAX_ROUTE_SEGMENTS);
        for (const segment of segments) {
          expect(segment).not.toBe("");
          expect(segment).not.toContain("/");
          expect(segment).toBe(segment.toLowerCase());
          if (hideIds) expect(isGuid(segment)).toBe(false);
        }
      }),
      { numRuns: RUNS.many },
    );
  });

  test("ids never reach the route: any GUID becomes '*'", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.uuid(), fc.constantFrom("users", "view", "x")), { maxLength: 10 }),
        (parts) => {
          const segments = routeSegments(parts.join("/"), true);
          expect(segments).toEqual(
            parts.map((part) => (isGuid(part.toLowerCase()) ? "*" : part.toLowerCase())),
          );
        },
      ),
      { numRuns: RUNS.some },
    );
  });

  test("stripLeading and beforeQuery only ever shorten their input", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("/", "/!", "#?", ""), (text, chars) => {
        const stripped = stripLeading(text, chars);
        expect(text.endsWith(stripped)).toBe(true);
        if (stripped !== "") expect(chars.includes(stripped[0]!)).toBe(false);
        const head = beforeQuery(text);
        expect(text.startsWith(head)).toBe(true);
        expect(head).not.toContain("?");
      }),
      { numRuns: RUNS.many },
    );
  });

  test("every portal's canonicalise takes any path, query and hash without throwing", () => {
    const tail: fc.Arbitrary<UrlTail> = fc.record({ path: anyText, query: anyText, hash: anyText });
    fc.assert(
      fc.property(
        fc.constantFrom(...PORTAL_DEFINITIONS),
        fc.constantFrom(...PORTAL_HOSTS),
        tail,
        (portal, host, urlTail) => {
          const canonical = portal.canonicalise(urlTail, host);
          if (canonical === null) return;
          expect(canonical.segments.length).toBeLessThanOrEqual(2 * MAX_ROUTE_SEGMENTS);
          for (const segment of canonical.segments) expect(segment).not.toBe("");
          expect(canonical.hashTenant === null || typeof canonical.hashTenant === "string").toBe(true);
        },
      ),
      { numRuns: RUNS.many },
    );
  });

  test("normalising a megabyte of escapes stays linear", () => {
    const megabyte = "%E0%A4%A/%2F%ZZ".repeat((1 << 20) / 16);
    const segments = withinMilliseconds(TIME_LIMIT.normalise, () => routeSegments(megabyte, true));
    expect(segments.length).toBeLessThanOrEqual(MAX_ROUTE_SEGMENTS);
  });
});
