import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "@playwright/test";

/**
 * The README's "Permissions" section is the reviewed list of what the extension may ask for. This
 * compares it with the manifests the build wrote (it runs after `npm run build` in `npm test`), so a
 * new permission, host, optional permission or exposed resource fails the build until the README,
 * and with it a reviewer, says why.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = resolve(ROOT, process.env.DIST_ROOT ?? "dist");
/** Which README "browsers" names each build serves. */
const BUILDS = { chrome: ["Chrome", "Edge"], firefox: ["Firefox"] } as const;

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: {
    js?: string[];
    matches?: string[];
    exclude_matches?: string[];
    all_frames?: boolean;
    world?: string;
  }[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  sandbox?: unknown;
  [key: string]: unknown;
}

interface Row {
  name: string;
  /**
   * Second column: "at install" / "optional" for permissions; for hosts, one or more of "content script",
   * "host permission", "optional host permission", comma-separated.
   */
  how: string[];
  browsers: string[];
}

/** The rows of the markdown table under `## Permissions` whose header starts with `firstHeader`. */
function readmeTable(firstHeader: string): Row[] {
  const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("\n## Permissions\n");
  expect(start, "README.md has a ## Permissions section").toBeGreaterThan(-1);
  const section = readme.slice(start + 1).split(/\n## /)[0]!;
  const lines = section.split("\n");
  const header = lines.findIndex((line) => line.startsWith(`| ${firstHeader} |`));
  expect(header, `README's Permissions section has a "${firstHeader}" table`).toBeGreaterThan(-1);
  const rows: Row[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith("|")) break;
    const [name, how, browsers] = line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
    const list = (cell: string): string[] => cell.split(",").map((item) => item.trim());
    rows.push({ name: name!.replace(/^`|`$/g, ""), how: list(how!), browsers: list(browsers!) });
  }
  return rows;
}

function namesFor(rows: Row[], build: keyof typeof BUILDS, how: string): string[] {
  return rows
    .filter(
      (row) =>
        row.how.includes(how) && row.browsers.some((browser) => BUILDS[build].includes(browser as never)),
    )
    .map((row) => row.name)
    .sort();
}

const sorted = (list: readonly string[] | undefined): string[] => [...new Set(list ?? [])].sort();

type ContentScript = NonNullable<Manifest["content_scripts"]>[number];
/** The watcher on sign-in and error pages: its matches are pages of hosts the others match whole. */
const isWatcher = (script: ContentScript): boolean =>
  script.js?.some((file) => file.includes("not-admin-watch")) ?? false;
/** The hosts' match patterns: every content script's but the watcher's. */
const hostMatches = (manifest: Manifest): string[] =>
  sorted(
    (manifest.content_scripts ?? []).filter((script) => !isWatcher(script)).flatMap((s) => s.matches ?? []),
  );

test("the README's permission tables are well formed", () => {
  for (const row of readmeTable("permission")) {
    expect(row.how).toHaveLength(1);
    expect(["at install", "optional"]).toContain(row.how[0]);
  }
  for (const row of readmeTable("host")) {
    for (const how of row.how) {
      expect(["content script", "host permission", "optional host permission"]).toContain(how);
    }
    // A whole host, or on a shared host one first path (src/catalog/hosts.ts: `/adminportal*`).
    expect(row.name).toMatch(/^https:\/\/[a-z0-9.-]+\/[A-Za-z]*\*$/);
  }
  for (const row of [...readmeTable("permission"), ...readmeTable("host")]) {
    for (const browser of row.browsers) expect(["Chrome", "Edge", "Firefox"]).toContain(browser);
  }
});

test("the Chrome build exists (this runs after npm run build)", () => {
  expect(existsSync(resolve(DIST, "chrome/manifest.json")), `${DIST}/chrome/manifest.json`).toBe(true);
});

for (const build of Object.keys(BUILDS) as (keyof typeof BUILDS)[]) {
  test.describe(`the ${build} build`, () => {
    const path = resolve(DIST, build, "manifest.json");
    test.skip(!existsSync(path), `${path} is not built`);
    const manifest = (): Manifest => JSON.parse(readFileSync(path, "utf8")) as Manifest;

    test("asks for exactly the permissions the README lists", () => {
      const permissions = readmeTable("permission");
      expect(sorted(manifest().permissions)).toEqual(namesFor(permissions, build, "at install"));
      expect(sorted(manifest().optional_permissions)).toEqual(namesFor(permissions, build, "optional"));
    });

    test("asks host permissions for no host beyond its content script's (the banner is injected there)", () => {
      expect(sorted(manifest().host_permissions)).toEqual(hostMatches(manifest()));
    });

    test("reaches exactly the hosts the README lists, in the way it says", () => {
      const hosts = readmeTable("host");
      expect(hostMatches(manifest())).toEqual(namesFor(hosts, build, "content script"));
      expect(sorted(manifest().host_permissions)).toEqual(namesFor(hosts, build, "host permission"));
      expect(sorted(manifest().optional_host_permissions)).toEqual(
        namesFor(hosts, build, "optional host permission"),
      );
    });

    test("exposes nothing to web pages and keeps the default extension CSP", () => {
      const { web_accessible_resources, externally_connectable, content_security_policy, sandbox } =
        manifest();
      expect({ web_accessible_resources, externally_connectable, content_security_policy, sandbox }).toEqual({
        web_accessible_resources: undefined,
        externally_connectable: undefined,
        content_security_policy: undefined,
        sandbox: undefined,
      });
    });

    test("runs its content scripts in the top frame only", () => {
      for (const script of manifest().content_scripts ?? []) expect(script.all_frames ?? false).toBe(false);
    });

    test("gives the watcher exactly the pages it keeps the guide from, on hosts matched whole", () => {
      const scripts = manifest().content_scripts ?? [];
      const watchers = scripts.filter(isWatcher);
      expect(watchers).toHaveLength(1);
      const watched = sorted(watchers[0]!.matches);
      expect(watched.length).toBeGreaterThan(0);
      for (const script of scripts.filter((entry) => !isWatcher(entry)))
        expect(sorted(script.exclude_matches)).toEqual(script.world === "MAIN" ? [] : watched);
      const wholeHosts = hostMatches(manifest()).filter((pattern) => pattern.endsWith("/*"));
      for (const pattern of watched)
        expect(wholeHosts, pattern).toContain(`https://${new URL(pattern.replace(/\*/g, "x")).host}/*`);
    });
  });
}
