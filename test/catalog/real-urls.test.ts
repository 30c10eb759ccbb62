import { describe, expect, it } from "vitest";
import { VERDICTS } from "../../src/verdict";
import { tableProblem } from "../../tools/catalog/accuracy-report";
import { REAL_URL_FAMILIES, REAL_URLS, REFERENCE_TABLE_FAMILIES } from "../fixtures/real-urls/real-urls";
import { rowsIn, splitOf, urlHash } from "../fixtures/real-urls/real-urls-split";

// The hosts issue 14 names: the portals, and the alias and shared hosts documentation links to.
const PORTAL_HOSTS = [
  "admin.microsoft.com",
  "admin.cloud.microsoft",
  "admin.microsoft.us",
  "portal.office365.us",
  "portal.apps.mil",
  "portal.azure.com",
  "portal.azure.us",
];
const ALIAS_HOSTS = [
  "portal.office.com",
  "portal.office365.com",
  "ms.portal.azure.com",
  "preview.portal.azure.com",
  "aad.portal.azure.com",
  "entra.microsoft.com",
];
// Hosts no public page or tool that can be pinned links a URL on; a host found later is taken off.
const HOSTS_WITHOUT_A_PINNED_ROW: string[] = [];
const ADMIN_CENTER_HOSTS = ["admin.microsoft.com", "admin.cloud.microsoft", "admin.microsoft.us"];
const SHARED_HOSTS = ["portal.office.com", "portal.office365.us", "portal.apps.mil"];

const hostOf = (url: string): string => new URL(url).host.toLowerCase();
const isAdminCenter = (url: string): boolean => {
  const host = hostOf(url);
  return (
    ADMIN_CENTER_HOSTS.includes(host) ||
    (SHARED_HOSTS.includes(host) && new URL(url).pathname.toLowerCase().startsWith("/adminportal"))
  );
};
const count = (keep: (row: (typeof REAL_URLS)[number]) => boolean): number => REAL_URLS.filter(keep).length;

describe("the real URL table", () => {
  it("is well formed: a URL, a verdict, a source page and a pinned file on every row, each URL once", () => {
    expect(tableProblem(REAL_URLS)).toBeNull();
    for (const row of REAL_URLS) {
      expect(row.file, row.url).toMatch(/^[A-Za-z0-9][\w.-]*\/[\w.-]+@[0-9a-f]{40}:\S+$/);
      expect(row.source, row.url).toMatch(/^https:\/\/\S+$/);
      expect(VERDICTS).toContain(row.verdict);
    }
    expect(new Set(REAL_URLS.map((row) => row.url)).size).toBe(REAL_URLS.length);
  });

  it("holds only portal, alias and shared hosts", () => {
    const known = new Set([...PORTAL_HOSTS, ...ALIAS_HOSTS]);
    expect(REAL_URLS.map((row) => row.url).filter((url) => !known.has(hostOf(url)))).toEqual([]);
  });

  it("has rows on every portal host, the US Government ones included", () => {
    const hosts = new Set(REAL_URLS.map((row) => hostOf(row.url)));
    expect(PORTAL_HOSTS.filter((host) => !hosts.has(host))).toEqual(HOSTS_WITHOUT_A_PINNED_ROW);
    expect(count((row) => /^https:\/\/portal\.office365\.us\/adminportal/i.test(row.url))).toBeGreaterThan(0);
    expect(count((row) => /^https:\/\/portal\.apps\.mil\/adminportal/i.test(row.url))).toBeGreaterThan(0);
  });

  it("is large enough, with enough admin center rows and every verdict well represented", () => {
    expect(REAL_URLS.length).toBeGreaterThanOrEqual(450);
    expect(count((row) => isAdminCenter(row.url))).toBeGreaterThanOrEqual(80);
    const least = { partner: 40, "self-serve": 40, info: 30, support: 30, none: 15 };
    for (const verdict of VERDICTS) {
      expect(
        count((row) => row.verdict === verdict),
        verdict,
      ).toBeGreaterThanOrEqual(least[verdict]);
    }
  });

  it("takes at most 35% of its rows from the two reference tables", () => {
    const reference = REAL_URL_FAMILIES.filter(({ family }) => REFERENCE_TABLE_FAMILIES.includes(family));
    expect(reference.length).toBeGreaterThan(0);
    const rows = reference.reduce((sum, { rows }) => sum + rows.length, 0);
    expect(rows / REAL_URLS.length).toBeLessThanOrEqual(0.35);
  });
});

describe("the split", () => {
  it("puts a third of the rows in test, give or take 3 points", () => {
    const share = rowsIn(REAL_URLS, "test").length / REAL_URLS.length;
    expect(share).toBeGreaterThanOrEqual(1 / 3 - 0.03);
    expect(share).toBeLessThanOrEqual(1 / 3 + 0.03);
    expect(rowsIn(REAL_URLS, "train").length + rowsIn(REAL_URLS, "test").length).toBe(REAL_URLS.length);
  });

  it("is fixed: the seeded hash of a URL never changes", () => {
    // Pinned values: a change of seed or hash would move rows between train and test.
    expect(urlHash("https://portal.azure.com/#home")).toBe(3496651641);
    expect(urlHash("https://admin.microsoft.com/Adminportal/Home#/subscriptions")).toBe(126601378);
    expect(splitOf("https://portal.azure.com/#home")).toBe("test");
    expect(splitOf("https://admin.microsoft.com/Adminportal/Home#/subscriptions")).toBe("train");
  });

  it("depends on the URL alone, so adding rows moves none", () => {
    const half = REAL_URLS.filter((_, index) => index % 2 === 0);
    const before = new Map(rowsIn(REAL_URLS, "test").map((row) => [row.url, true]));
    for (const row of rowsIn(half, "test")) expect(before.has(row.url)).toBe(true);
    for (const row of rowsIn(half, "train")) expect(before.has(row.url)).toBe(false);
  });

  it("has rows of every verdict on both sides", () => {
    for (const split of ["train", "test"] as const) {
      const verdicts = new Set(rowsIn(REAL_URLS, split).map((row) => row.verdict));
      expect([...verdicts].sort()).toEqual([...VERDICTS].sort());
    }
  });
});
