import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CONTENT_SCRIPT_EXCLUSIONS,
  CONTENT_SCRIPT_MATCHES,
  contentScriptAt,
  matchPatternsOf,
  PORTAL_HOSTS,
  type PortalHostName,
} from "../../src/catalog/hosts";
import { PORTALS } from "../../src/catalog/portals";
import { classifyUrl } from "../../src/classify/classify-url";
import { HOST_DESCRIPTIONS } from "../../tools/build/host-descriptions";
import { manifestFor } from "../../tools/build/manifest-for";
import { OBSERVED_PORTAL_URLS } from "../fixtures/observed-portal-urls";
import { REAL_PORTAL_URLS } from "../fixtures/real-portal-urls";

const TABLE_URLS = [...REAL_PORTAL_URLS, ...OBSERVED_PORTAL_URLS].map((row) => row.url);

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const manifest = JSON.parse(read("manifest.json"));
const guideMatches = (built: { content_scripts?: { js?: string[]; matches?: string[] }[] }) =>
  (built.content_scripts ?? [])
    .filter((entry) => entry.js?.includes("content-scripts/portal-guide.tsx"))
    .flatMap((entry) => entry.matches ?? []);

/** The README's host table rows: match pattern and its "why" cell. */
function readmeHostRows(): [string, string][] {
  const readme = read("README.md");
  const table = readme.slice(readme.indexOf("| host | access | browsers | why |")).split("\n\n")[0]!;
  return table
    .split("\n")
    .slice(2)
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .map((cells) => [cells[1]!.replace(/^`|`$/g, ""), cells[4]!]);
}

describe("one list of hosts", () => {
  it("is what manifest.json matches, and what each build's manifest matches", () => {
    expect(guideMatches(manifest)).toEqual(CONTENT_SCRIPT_MATCHES);
    for (const browser of ["chrome", "firefox"] as const)
      expect(guideMatches(manifestFor(browser, manifest, "1.0.0"))).toEqual(CONTENT_SCRIPT_MATCHES);
  });

  it("is the README's host table, row for row", () => {
    const expected = PORTAL_HOSTS.flatMap((host) =>
      matchPatternsOf(host).map((pattern) => [pattern, HOST_DESCRIPTIONS[host.host as PortalHostName]]),
    );
    expect(readmeHostRows()).toEqual(expected);
  });

  it("is the classifier's: every host's pages are its portal's", () => {
    for (const { host, portal, adminPaths } of PORTAL_HOSTS) {
      const path = adminPaths === undefined ? "" : `/${adminPaths[0]}/home`;
      const url = portal === "m365-admin" ? `https://${host}${path}#/users` : `https://${host}/#home`;
      expect(classifyUrl(url), url).toMatchObject({ portal, verdict: "self-serve" });
      expect(PORTALS.find((entry) => entry.id === portal)?.hosts).toContain(host);
    }
  });

  it("reads only the admin paths of a shared host", () => {
    for (const { host, adminPaths } of PORTAL_HOSTS) {
      if (adminPaths === undefined) continue;
      for (const path of ["/", "/account", "/OLS/MySoftware.aspx", "/adminportalx/home"])
        expect(classifyUrl(`https://${host}${path}#/users`), `${host}${path}`).toMatchObject({
          verdict: "none",
        });
      for (const path of adminPaths)
        expect(classifyUrl(`https://${host}/${path}/home#/users`).verdict, `${host}/${path}`).not.toBe(
          "none",
        );
    }
  });
});

describe("pages the content script is not injected into", () => {
  const guideExclusions = (built: { content_scripts?: { js?: string[]; exclude_matches?: string[] }[] }) =>
    (built.content_scripts ?? [])
      .filter((entry) => entry.js?.includes("content-scripts/portal-guide.tsx"))
      .flatMap((entry) => entry.exclude_matches ?? []);
  /** URLs a match pattern matches, for the patterns written here (a trailing `*` only). */
  const samplesOf = (pattern: string) =>
    pattern.endsWith("*")
      ? ["", "ru=https%3A%2F%2Fadmin.microsoft.com%2F", "index", "x/y#/billoverview"].map(
          (tail) => pattern.slice(0, -1) + tail,
        )
      : [pattern, `${pattern}#/billoverview`, `${pattern}#view/Microsoft_Azure_Billing/SubscriptionsBlade`];

  it("are excluded in each build's manifest", () => {
    for (const browser of ["chrome", "firefox"] as const)
      expect(guideExclusions(manifestFor(browser, manifest, "1.0.0"))).toEqual(CONTENT_SCRIPT_EXCLUSIONS);
  });

  it("are pages the classifier calls none, whatever the hash says", () => {
    expect(CONTENT_SCRIPT_EXCLUSIONS.length).toBeGreaterThan(0);
    for (const pattern of CONTENT_SCRIPT_EXCLUSIONS)
      for (const url of samplesOf(pattern)) {
        expect(contentScriptAt(url), url).toBe("watcher");
        expect(classifyUrl(url), url).toMatchObject({
          verdict: "none",
          rule: expect.stringMatching(/\.area\.not-an-admin-page$/),
        });
      }
  });

  it("are on hosts the content script matches, and never a shared host's admin paths", () => {
    for (const pattern of CONTENT_SCRIPT_EXCLUSIONS) {
      const host = new URL(pattern.replace(/\*/g, "x")).hostname;
      const entry = PORTAL_HOSTS.find((candidate) => candidate.host === host);
      expect(entry?.adminPaths, pattern).toBeUndefined();
      expect(CONTENT_SCRIPT_MATCHES).toContain(`https://${host}/*`);
    }
  });

  it("leave every other page of the URL tables to the content script", () => {
    for (const url of TABLE_URLS)
      if (classifyUrl(url).verdict !== "none") expect(contentScriptAt(url), url).not.toBe("watcher");
  });
});
