import fc from "fast-check";
import { expect } from "vitest";
import { PORTAL_DEFINITIONS } from "../../src/catalog/portals";

/**
 * How many generated inputs each kind of property tries. `many` for cheap whole-input properties,
 * `some` for ones that build larger inputs, `huge` for 1 MB inputs. Counted in the hardening report.
 */
export const RUNS = { many: 2000, some: 300, huge: 20 } as const;

/** Hosts the content script runs on (src/catalog/hosts.ts). */
export const PORTAL_HOSTS: readonly string[] = PORTAL_DEFINITIONS.flatMap((portal) => portal.hosts);

/** Strings known to break naive parsers: escapes, separators, control and bidi characters, markup. */
export const NASTY_STRINGS: readonly string[] = [
  "",
  " ",
  "%",
  "%%",
  "%E0%A4%A",
  "%ZZ",
  "%00",
  "%u202e",
  "%2F%2F",
  "#",
  "##",
  "?#?#",
  "//",
  "\\\\",
  "@",
  ":",
  "\u0000",
  "\r\n",
  "\t",
  "\u202e",
  "\u200b",
  "\ufeff",
  "\ud800",
  "\udfff",
  "\ud83d\ude00",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "../../../../etc/passwd",
  "%2e%2e%2f",
  "\u0130", // dotted capital I: lowercases to two code units
  "ß",
  "ﬀ",
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const separator = fc.constantFrom("/", "#", "?", "&", "=", "%", "\\", "@", ":", ";", ".", "~", "!", "*");

/** Any text at all: full Unicode, lone surrogates, URL separators, and the nasty strings above. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({
    unit: fc.oneof(loneSurrogate, separator, fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 3 })),
    maxLength: 60,
  }),
  fc.constantFrom(...NASTY_STRINGS),
);

/** One piece of a path, query or hash: words the catalog knows, GUIDs, separators, hostile text. */
const urlPiece = fc.oneof(
  fc.constantFrom(
    "Adminportal",
    "Home",
    "subscriptions",
    "billoverview",
    "MessageCenter",
    "servicehealth",
    "users",
    "view",
    "blade",
    "resource",
    "Microsoft_Azure_Billing",
    "SubscriptionsBladeV2",
    "~",
    "@contoso.onmicrosoft.com",
    "CTID=",
    "%2F",
  ),
  fc.uuid(),
  separator,
  hostileText,
);

/** A URL on a real portal host whose path, query and hash are built from hostile pieces. */
export const urlOnPortal: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("https://", "http://", "HTTPS://", " https://"),
    fc.constantFrom(...PORTAL_HOSTS),
    fc.constantFrom("", ":443", ":8080", "."),
    fc.array(urlPiece, { maxLength: 40 }),
  )
  .map(([scheme, host, port, pieces]) => `${scheme}${host}${port}/${pieces.join("")}`);

/**
 * Time limits for single calls on hostile input. Catastrophic backtracking or quadratic blow-ups take
 * seconds to forever; these limits are ~20× what the calls take on an idle machine, so that a busy
 * shared CI machine (other builds and browsers on two cores) does not make them flaky.
 */
export const TIME_LIMIT = {
  /** classifyUrl on a 1 MB URL, or with custom rules on an adversarial route. */
  classify: 200,
  /** Normalising a megabyte of percent-escapes. */
  normalise: 1000,
  /** resolveSettings on a policy with megabytes of text, 10,000 keys and 10,000-deep nesting. */
  wholePolicy: 4000,
} as const;

/** Runs `work`, failing the test if it took longer than `limit` ms (after one warm-up run). */
export function withinMilliseconds<T>(limit: number, work: () => T): T {
  work();
  const start = performance.now();
  const result = work();
  const elapsed = performance.now() - start;
  expect(elapsed, `took ${elapsed.toFixed(1)} ms`).toBeLessThan(limit);
  return result;
}
