import type { TargetBrowser } from "../build/targets";

/**
 * What goes into each store's zip and into the source zip addons.mozilla.org asks for; pure, so
 * tools/package/package.ts only reads, zips and writes.
 */

export const PACKAGE_NAME = "csp-portal-guide";

export function storeZipName(browser: TargetBrowser, version: string): string {
  return `${PACKAGE_NAME}-${browser}-${version}.zip`;
}

export function sourceZipName(version: string): string {
  return `${PACKAGE_NAME}-source-${version}.zip`;
}

// Source maps would publish the sources twice; tests and dotfiles have no place in a store package.
const NOT_FOR_STORES: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\.map$/i, what: "a source map" },
  { pattern: /(^|\/)(test|tests|__tests__|e2e)\//i, what: "a test file" },
  { pattern: /\.(test|spec)\.[cm]?[jt]sx?$/i, what: "a test file" },
  { pattern: /(^|\/)\./, what: "a hidden file" },
];

/** Why each of `paths` (relative to the build folder) must not ship, if it must not. */
export function unwantedInStorePackage(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const rule = NOT_FOR_STORES.find(({ pattern }) => pattern.test(path));
    return rule ? [`${path} is ${rule.what}`] : [];
  });
}

/** A build's text file still pointing at a source map. */
export function pointsAtSourceMap(text: string): boolean {
  return /[#@] sourceMappingURL=/.test(text);
}

/**
 * The manifest as a store takes it. The Chrome Web Store refuses a manifest with `key` ("key field
 * is not allowed in manifest") and, like Edge Add-ons, signs with a key of its own; `key` only pins
 * the id of unpacked and self-hosted installs. Firefox's manifest has no `key` to begin with.
 */
export function storeManifest(manifestText: string): string {
  const { key: _key, ...manifest } = JSON.parse(manifestText) as Record<string, unknown>;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

// Everything a reviewer needs to rebuild the package, and nothing that is only for us.
const NOT_IN_SOURCE = /^(test|docs|\.ci|\.github|bench|policies|artifacts)\//;

/**
 * The files of the source zip for addons.mozilla.org review, from the repository's tracked files:
 * the reviewer runs `npm ci && npm run build` on it and must get the same dist/firefox.
 */
export function sourceFiles(trackedPaths: readonly string[]): string[] {
  return trackedPaths.filter((path) => !NOT_IN_SOURCE.test(path)).sort();
}
