import { describe, expect, it } from "vitest";
import { PORTAL_DEFINITIONS } from "../../src/catalog/portals";
import { classifyUrl } from "../../src/classify/classify-url";
import { OBSERVED_PORTAL_URLS } from "../fixtures/observed-portal-urls";
import { REAL_PORTAL_URLS } from "../fixtures/real-portal-urls";

const HOST_TO_PORTAL = new Map(
  PORTAL_DEFINITIONS.flatMap((portal) => portal.hosts.map((host) => [host, portal.id])),
);
const FILE = /^[\w.-]+\/[\w.-]+(@[0-9a-f]{40})?:[\w./-]+\.md$/;

describe("real portal URLs from public Microsoft documentation", () => {
  it("is a table of distinct URLs, each with its documentation page and file", () => {
    expect(REAL_PORTAL_URLS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(REAL_PORTAL_URLS.map((row) => row.url)).size).toBe(REAL_PORTAL_URLS.length);
    for (const row of REAL_PORTAL_URLS) {
      expect(row.source, row.url).toMatch(/^https:\/\/(learn\.microsoft\.com|github\.com)\//);
      expect(row.file, row.url).toMatch(FILE);
    }
  });

  // Most rows come from two reference tables (built-in policies, security recommendations); these floors
  // keep the rest of the table from quietly thinning out behind that padding.
  it("is not only the reference tables: other pages and the admin center keep their rows", () => {
    const referenceRules = new Set(["azure.policy", "azure.security"]);
    const others = REAL_PORTAL_URLS.filter((row) => !referenceRules.has(row.rule));
    expect(others.length).toBeGreaterThanOrEqual(51);
    const adminCenter = REAL_PORTAL_URLS.filter(
      (row) => HOST_TO_PORTAL.get(new URL(row.url).hostname) === "m365-admin",
    );
    expect(adminCenter.length).toBeGreaterThanOrEqual(14);
  });

  it.each(REAL_PORTAL_URLS.map((row) => [row.url, row] as const))("%s", (url, row) => {
    const result = classifyUrl(url);
    expect({ verdict: result.verdict, rule: result.rule }).toEqual({ verdict: row.verdict, rule: row.rule });
    expect(result.portal).toBe(HOST_TO_PORTAL.get(new URL(url).hostname));
  });
});

describe("portal URLs observed verbatim in public repositories", () => {
  it.each(OBSERVED_PORTAL_URLS.map((row) => [row.url, row] as const))("%s", (url, row) => {
    const result = classifyUrl(url);
    expect({ verdict: result.verdict, rule: result.rule }).toEqual({ verdict: row.verdict, rule: row.rule });
  });
});
