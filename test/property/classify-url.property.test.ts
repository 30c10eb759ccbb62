import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { PORTAL_DEFINITIONS } from "../../src/catalog/portals";
import { type Classification, classifyUrl } from "../../src/classify/classify-url";
import { MAX_ROUTE_SEGMENTS } from "../../src/classify/route-normalise";
import { VERDICTS } from "../../src/verdict";
import { REAL_PORTAL_URLS } from "../fixtures/real-portal-urls";
import {
  hostileText,
  PORTAL_HOSTS,
  RUNS,
  TIME_LIMIT,
  urlOnPortal,
  withinMilliseconds,
} from "./hostile-arbitraries";

const KNOWN_HOSTS: ReadonlySet<string> = new Set(PORTAL_DEFINITIONS.flatMap((portal) => portal.hosts));
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const TENANT = /^[a-z0-9][a-z0-9.-]{0,252}$/;
const ONE_MEGABYTE = 1 << 20;

/** Everything the contract of classifyUrl promises about any result, whatever the input. */
function expectWellFormed(result: Classification): void {
  expect(VERDICTS).toContain(result.verdict);
  expect([null, "m365-admin", "azure-portal"]).toContain(result.portal);
  // Without custom rules only "none" comes without a rule, and "none" never has one.
  expect(result.rule === null).toBe(result.verdict === "none");
  if (result.rule !== null) expect(result.rule).toMatch(RULE_ID);
  if (result.portal === null) expect(result.verdict).toBe("none");
  if (result.tenant !== null) expect(result.tenant).toMatch(TENANT);
  expect(typeof result.route).toBe("string");
  // The cap applies to the path and to the hash separately (the admin center joins both).
  expect(result.route === "" ? 0 : result.route.split("/").length).toBeLessThanOrEqual(
    2 * MAX_ROUTE_SEGMENTS,
  );
  expect(typeof result.why).toBe("string");
  expect(result.why.length).toBeGreaterThan(0);
}

describe("classifyUrl on hostile input", { timeout: 60_000 }, () => {
  test("never throws on arbitrary strings and returns one of the five verdicts", () => {
    fc.assert(
      fc.property(hostileText, (text) => expectWellFormed(classifyUrl(text))),
      { numRuns: RUNS.many },
    );
  });

  test("never throws on arbitrary web URLs, on any host", () => {
    const anyUrl = fc.webUrl({
      validSchemes: ["https", "http"],
      withQueryParameters: true,
      withFragments: true,
    });
    fc.assert(
      fc.property(anyUrl, (url) => {
        const result = classifyUrl(url);
        expectWellFormed(result);
        if (!KNOWN_HOSTS.has(new URL(url).hostname)) expect(result.verdict).toBe("none");
      }),
      { numRuns: RUNS.many },
    );
  });

  test("never throws on portal URLs with hostile paths, queries and hashes", () => {
    fc.assert(
      fc.property(urlOnPortal, (url) => expectWellFormed(classifyUrl(url))),
      { numRuns: RUNS.many },
    );
  });

  test("is deterministic: the same URL always gets the same answer", () => {
    fc.assert(
      fc.property(urlOnPortal, (url) => {
        expect(classifyUrl(url)).toEqual(classifyUrl(url));
      }),
      { numRuns: RUNS.some },
    );
  });

  test("host names are case-insensitive, as in the browser", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL_PORTAL_URLS), fc.func(fc.boolean()), ({ url }, upper) => {
        const { host } = new URL(url);
        const mixed = [...host].map((char, index) => (upper(index) ? char.toUpperCase() : char)).join("");
        expect(classifyUrl(url.replace(host, mixed))).toEqual(classifyUrl(url));
      }),
      { numRuns: RUNS.some },
    );
  });

  test("a host that only looks like a portal is not one", () => {
    const lookalike = fc
      .tuple(
        fc.constantFrom(...PORTAL_HOSTS),
        fc.constantFrom(
          (host: string) => `${host}.evil.example`,
          (host: string) => `evil-${host}`,
          (host: string) => `${host.replace(".", "-")}`,
          (host: string) => `${host}@evil.example`,
          (host: string) => `${host}%2f@evil.example`,
          (host: string) => `${host.replace(/o/, "0")}`,
          (host: string) => `${host.replace(/a/, "а")}`, // Cyrillic a
        ),
        fc.constantFrom(
          "/#/subscriptions",
          "/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
          "/billoverview",
        ),
      )
      .filter(([host, disguise]) => disguise(host) !== host)
      .map(([host, disguise, rest]) => `https://${disguise(host)}${rest}`);
    fc.assert(
      fc.property(lookalike, (url) => {
        const result = classifyUrl(url);
        expect(result.verdict).toBe("none");
        expect(result.portal).toBeNull();
      }),
      { numRuns: RUNS.some },
    );
  });

  test("a 1 MB URL is classified quickly, on its first kilobytes", () => {
    // The property receives the recipe, not the URL, so a failure prints a line instead of a megabyte.
    const recipe = fc.tuple(
      fc.constantFrom(...PORTAL_HOSTS),
      fc.constantFrom("#/", "#view/", "?", "/", "#@", "#/subscriptions/"),
      fc.oneof(hostileText, fc.constantFrom("a", "a/", "%", "%2F", "\ud800", "/")),
    );
    fc.assert(
      fc.property(recipe, ([host, joint, unit]) => {
        const filler = unit === "" ? "a/" : unit;
        const url = `https://${host}/${joint}${filler.repeat(Math.ceil(ONE_MEGABYTE / filler.length))}`.slice(
          0,
          ONE_MEGABYTE,
        );
        expect(url.length).toBe(ONE_MEGABYTE);
        const result = withinMilliseconds(TIME_LIMIT.classify, () => classifyUrl(url));
        expectWellFormed(result);
      }),
      { numRuns: RUNS.huge },
    );
  });

  test("a 1 MB URL that starts like a billing page still says partner", () => {
    const url = `https://admin.microsoft.com/Adminportal/Home#/subscriptions/${"x/".repeat(ONE_MEGABYTE / 2)}`;
    const result = withinMilliseconds(TIME_LIMIT.classify, () => classifyUrl(url));
    expect(result.verdict).toBe("partner");
  });

  test("inputs that are not strings at all are 'none', not an exception", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (typeof value === "string") return;
        const result = classifyUrl(value as unknown as string);
        expect(result.verdict).toBe("none");
      }),
      { numRuns: RUNS.some },
    );
  });
});
