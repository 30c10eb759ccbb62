import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { classifyUrl } from "../../src/classify/classify-url";
import { decodePercent, isGuid, MAX_ROUTE_SEGMENTS } from "../../src/classify/route-normalise";
import { hostileText, PORTAL_HOSTS, RUNS, TIME_LIMIT, withinMilliseconds } from "./hostile-arbitraries";

/**
 * URL normalisation, through what it promises to its callers: the canonical route `classifyUrl`
 * returns, which custom rules are matched against and which tools show. The steps behind it are the
 * catalog's to arrange; these properties hold whatever they are.
 */

const escapes = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      "%",
      "%2",
      "%2F",
      "%2f",
      "%25",
      "%E0",
      "%A4",
      "%ZZ",
      "%C0%AF",
      "%ED%A0%80",
      "%C3%89",
      "/",
      "a",
    ),
    fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).padStart(2, "0")}`),
  ),
  maxLength: 40,
});
const anyText = fc.oneof(hostileText, escapes);

/** A portal URL whose path, query and hash are any text at all. */
const portalUrl = fc
  .tuple(
    fc.constantFrom(...PORTAL_HOSTS),
    anyText,
    anyText,
    anyText,
    fc.constantFrom("#", "#/", "#!/", "#@", "#view/"),
  )
  .map(([host, path, query, hash, joint]) => `https://${host}/${path}?${query}${joint}${hash}`);

const segmentsOf = (route: string): string[] => (route === "" ? [] : route.split("/"));

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

  test("the canonical route is lowercase, non-empty segments, id-free and capped, whatever the URL says", () => {
    fc.assert(
      fc.property(portalUrl, (url) => {
        const { route } = classifyUrl(url);
        const segments = segmentsOf(route);
        // The cap applies to the path and to the hash separately (the admin center joins both).
        expect(segments.length).toBeLessThanOrEqual(2 * MAX_ROUTE_SEGMENTS);
        for (const segment of segments) {
          expect(segment).not.toBe("");
          expect(isGuid(segment)).toBe(false);
        }
        expect(route).toBe(route.toLowerCase());
      }),
      { numRuns: RUNS.many },
    );
  });

  test("ids never reach the route: any GUID in the hash becomes '*'", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.uuid(), fc.constantFrom("users", "x")), { minLength: 1, maxLength: 10 }),
        (parts) => {
          const { route } = classifyUrl(`https://admin.microsoft.com/Adminportal/Home#/${parts.join("/")}`);
          expect(segmentsOf(route)).toEqual(
            parts.map((part) => (isGuid(part.toLowerCase()) ? "*" : part.toLowerCase())),
          );
        },
      ),
      { numRuns: RUNS.some },
    );
  });

  test("the same page spelled differently has the same route: case, doubled and trailing slashes, %2F", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("users", "billoverview", "settings", "a", "b"), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.func(fc.constantFrom("/", "//", "%2F", "%2f")),
        fc.func(fc.boolean()),
        (parts, joint, upper) => {
          const plain = classifyUrl(`https://admin.microsoft.com/Adminportal/Home#/${parts.join("/")}`);
          const respelled = parts
            .map((part, index) => (upper(index) ? part.toUpperCase() : part))
            .reduce((text, part, index) => (index === 0 ? part : `${text}${joint(index)}${part}`), "");
          const other = classifyUrl(`https://admin.microsoft.com/Adminportal/Home#/${respelled}/`);
          expect(other.route).toBe(plain.route);
          expect(other.verdict).toBe(plain.verdict);
        },
      ),
      { numRuns: RUNS.some },
    );
  });

  test("decoding a megabyte of broken escapes stays linear", () => {
    const megabyte = "%E0%A4%A/%2F%ZZ".repeat((1 << 20) / 16);
    const decoded = withinMilliseconds(TIME_LIMIT.normalise, () => decodePercent(megabyte));
    expect(typeof decoded).toBe("string");
  });
});
