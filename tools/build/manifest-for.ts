import { START_UP_DOCUMENT } from "../../background/start-up-document";
import { CONTENT_SCRIPT_EXCLUSIONS, CONTENT_SCRIPT_MATCHES } from "../../src/catalog/hosts";
import { EXTENSION_IDS } from "./extension-ids";
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION, type TargetBrowser } from "./targets";

/**
 * manifest.json is written for Chromium; this derives each browser's manifest from it, so both
 * builds come from one file and the differences live in one place.
 */

export const PORTAL_GUIDE_SCRIPT = "content-scripts/portal-guide.tsx";
export const HISTORY_HOOK_SCRIPT = "content-scripts/history-hook.ts";
/** On the pages the guide is not injected into: hosts.ts's exclusions. */
export const NOT_ADMIN_WATCH_SCRIPT = "content-scripts/not-admin-watch.ts";
/** Injected by the background (background/inject-banner.ts), not listed in the manifest. */
export const BANNER_CHUNK_SCRIPT = "content-scripts/banner-chunk.tsx";

export interface ContentScriptEntry {
  matches?: string[];
  js?: string[];
  run_at?: string;
  all_frames?: boolean;
  world?: string;
  [key: string]: unknown;
}

export interface ExtensionManifest {
  manifest_version: number;
  name: string;
  version: string;
  key?: string;
  minimum_chrome_version?: string;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts?: ContentScriptEntry[];
  host_permissions?: string[];
  storage?: { managed_schema?: string };
  browser_specific_settings?: {
    gecko: {
      id: string;
      strict_min_version?: string;
      data_collection_permissions?: { required: string[] };
    };
    gecko_android?: { strict_min_version?: string };
  };
  [key: string]: unknown;
}

// Chrome: 1 to 4 dot-separated integers, 0 to 65535, no leading zeros; Firefox accepts the same.
// https://developer.chrome.com/docs/extensions/reference/manifest/version
const VERSION_PART = /^(0|[1-9]\d{0,4})$/;

export function assertManifestVersionString(version: string): void {
  const parts = version.split(".");
  const valid =
    parts.length >= 1 &&
    parts.length <= 4 &&
    parts.every((part) => VERSION_PART.test(part) && Number(part) <= 65_535);
  if (!valid) {
    throw new Error(
      `package.json version "${version}" cannot be an extension version: browsers take 1 to 4 ` +
        "dot-separated whole numbers from 0 to 65535 (no pre-release tags such as -beta).",
    );
  }
}

export function manifestFor(
  browser: TargetBrowser,
  base: ExtensionManifest,
  version: string,
): ExtensionManifest {
  if (base.manifest_version !== 3) {
    throw new Error(`manifest.json must be Manifest V3, found manifest_version ${base.manifest_version}.`);
  }
  assertManifestVersionString(version);
  const manifest: ExtensionManifest = structuredClone({ ...base, version });
  if (manifest.host_permissions !== undefined) {
    throw new Error(
      "manifest.json must not list host_permissions: the build derives them from content_scripts.",
    );
  }
  // The portal hosts come from src/catalog/hosts.ts, the one list the classifier also reads.
  for (const entry of manifest.content_scripts ?? [])
    if (entry.js?.includes(PORTAL_GUIDE_SCRIPT)) {
      entry.matches = [...CONTENT_SCRIPT_MATCHES];
      entry.exclude_matches = [...CONTENT_SCRIPT_EXCLUSIONS];
    }
  manifest.content_scripts = [...(manifest.content_scripts ?? []), notAdminWatch()];
  manifest.host_permissions = portalMatches(manifest);
  return browser === "firefox" ? toFirefox(manifest) : manifest;
}

/**
 * Files of public/ that `base` uses and `target` no longer does (Firefox's dropped managed_schema,
 * and the offscreen start-up page without the `offscreen` permission), so the build can leave them
 * out instead of shipping dead files.
 */
export function filesNoLongerReferenced(base: ExtensionManifest, target: ExtensionManifest): string[] {
  const files: string[] = [];
  const schema = base.storage?.managed_schema;
  if (schema && target.storage?.managed_schema !== schema) files.push(schema);
  if (permissionsOf(base).includes("offscreen") && !permissionsOf(target).includes("offscreen"))
    files.push(START_UP_DOCUMENT);
  return files;
}

function permissionsOf(manifest: ExtensionManifest): string[] {
  return Array.isArray(manifest.permissions) ? (manifest.permissions as string[]) : [];
}

/** The esbuild/Vite syntax target matching the manifest's own minimum browser version. */
export function syntaxTargetOf(manifest: ExtensionManifest): string {
  const firefox = manifest.browser_specific_settings?.gecko.strict_min_version;
  if (firefox) return `firefox${firefox.split(".")[0]}`;
  if (manifest.minimum_chrome_version) return `chrome${manifest.minimum_chrome_version.split(".")[0]}`;
  throw new Error("The manifest names no minimum browser version to build the JavaScript for.");
}

function toFirefox(manifest: ExtensionManifest): ExtensionManifest {
  // Firefox derives the id from gecko.id, not from `key`, and has no minimum_chrome_version.
  const { key: _key, minimum_chrome_version: _minimumChrome, storage, background, ...rest } = manifest;
  const firefox: ExtensionManifest = {
    ...rest,
    browser_specific_settings: {
      gecko: {
        // Fixed, so enterprise policy (ExtensionSettings, 3rdparty) can name the extension.
        id: EXTENSION_IDS.firefox,
        strict_min_version: `${FIREFOX_MIN_VERSION}.0`,
        // Firefox's built-in data consent: the extension collects and sends nothing.
        // https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
        data_collection_permissions: { required: ["none"] },
      },
      gecko_android: { strict_min_version: `${FIREFOX_ANDROID_MIN_VERSION}.0` },
    },
    content_scripts: [historyHookFor(manifest), ...(manifest.content_scripts ?? [])],
  };
  // Firefox MV3 runs the background as an event page (background.scripts), not a service worker.
  if (background?.service_worker) {
    firefox.background = { scripts: [background.service_worker], type: background.type ?? "classic" };
  } else if (background) {
    firefox.background = background;
  }
  // Firefox reads managed storage from policies.json `3rdparty` or a native manifest, without a
  // schema; it does not know `storage.managed_schema`.
  const { managed_schema: _schema, ...otherStorage } = storage ?? {};
  if (Object.keys(otherStorage).length > 0) firefox.storage = otherStorage;
  // Firefox has no offscreen documents, and hands out its policy at once (start-up-document.ts).
  if (rest.permissions) firefox.permissions = permissionsOf(manifest).filter((name) => name !== "offscreen");
  return firefox;
}

/**
 * The hosts the portal guide runs on. They are also the host permissions, which `scripting.executeScript`
 * needs to inject the banner there: the same hosts, so no page beyond them and no new install warning.
 */
function portalMatches(manifest: ExtensionManifest): string[] {
  const guides = (manifest.content_scripts ?? []).filter((entry) => entry.js?.includes(PORTAL_GUIDE_SCRIPT));
  const matches = [...new Set(guides.flatMap((entry) => entry.matches ?? []))];
  if (matches.length === 0) {
    throw new Error(`manifest.json has no content_scripts entry for ${PORTAL_GUIDE_SCRIPT} with matches.`);
  }
  return matches;
}

/**
 * The pages the guide is not injected into (sign-in, error: src/catalog/not-admin-paths.ts) get only a
 * watcher, which asks the background for the guide if the page moves within its document to another
 * page (background/inject-guide.ts).
 */
function notAdminWatch(): ContentScriptEntry {
  return {
    matches: [...CONTENT_SCRIPT_EXCLUSIONS],
    js: [NOT_ADMIN_WATCH_SCRIPT],
    run_at: "document_idle",
    all_frames: false,
  };
}

/**
 * Firefox before 147 has no Navigation API, and the isolated world cannot see the page's own
 * history.pushState; the main-world hook reports it (see content-scripts/history-hook.ts).
 */
function historyHookFor(manifest: ExtensionManifest): ContentScriptEntry {
  return {
    matches: portalMatches(manifest),
    js: [HISTORY_HOOK_SCRIPT],
    // Before the portal's router takes its first look at `history`.
    run_at: "document_start",
    world: "MAIN",
    all_frames: false,
  };
}
