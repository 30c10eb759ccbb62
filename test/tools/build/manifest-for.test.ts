import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { START_UP_DOCUMENT } from "../../../background/start-up-document";
import baseManifest from "../../../manifest.json" with { type: "json" };
import pkg from "../../../package.json" with { type: "json" };
import { CONTENT_SCRIPT_EXCLUSIONS, CONTENT_SCRIPT_MATCHES } from "../../../src/catalog/hosts";
import { EXTENSION_IDS } from "../../../tools/build/extension-ids";
import {
  assertManifestVersionString,
  type ExtensionManifest,
  filesNoLongerReferenced,
  HISTORY_HOOK_SCRIPT,
  manifestFor,
  NOT_ADMIN_WATCH_SCRIPT,
  PORTAL_GUIDE_SCRIPT,
  syntaxTargetOf,
} from "../../../tools/build/manifest-for";
import { FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION } from "../../../tools/build/targets";

// manifestFor writes the portal guide's matches from src/catalog/hosts.ts, whatever manifest.json says.
const PORTALS = [...CONTENT_SCRIPT_MATCHES];
const NOT_ADMIN_WATCH = {
  matches: CONTENT_SCRIPT_EXCLUSIONS,
  js: [NOT_ADMIN_WATCH_SCRIPT],
  run_at: "document_idle",
  all_frames: false,
};

const base = (overrides: Partial<ExtensionManifest> = {}): ExtensionManifest => ({
  manifest_version: 3,
  name: "Test",
  version: "0.0.0",
  key: "PINNED-KEY",
  minimum_chrome_version: "111",
  background: { service_worker: "background/service-worker.ts", type: "module" },
  content_scripts: [{ matches: PORTALS, js: [PORTAL_GUIDE_SCRIPT], run_at: "document_idle" }],
  permissions: ["storage"],
  storage: { managed_schema: "managed_schema.json" },
  ...overrides,
});

describe("manifestFor chrome", () => {
  it("is manifest.json with the given version, key and minimum Chrome kept", () => {
    const manifest = manifestFor("chrome", base(), "1.2.3");
    expect(manifest).toEqual({
      ...base(),
      version: "1.2.3",
      host_permissions: PORTALS,
      content_scripts: [
        ...(base().content_scripts ?? []).map((entry) => ({
          ...entry,
          exclude_matches: CONTENT_SCRIPT_EXCLUSIONS,
        })),
        NOT_ADMIN_WATCH,
      ],
    });
  });

  it("gives the pages the guide is not injected into only the watcher, in both browsers", () => {
    for (const browser of ["chrome", "firefox"] as const) {
      const scripts = manifestFor(browser, base(), "1.0.0").content_scripts ?? [];
      expect(scripts.filter((entry) => entry.js?.includes(NOT_ADMIN_WATCH_SCRIPT))).toEqual([
        NOT_ADMIN_WATCH,
      ]);
      const guide = scripts.find((entry) => entry.js?.includes(PORTAL_GUIDE_SCRIPT));
      expect(guide?.exclude_matches).toEqual(NOT_ADMIN_WATCH.matches);
    }
  });

  it("asks host permissions for exactly the portal guide's hosts, in both browsers", () => {
    // scripting.executeScript injects the banner there; no host beyond the content script's.
    expect(manifestFor("chrome", base(), "1.0.0").host_permissions).toEqual(PORTALS);
    expect(manifestFor("firefox", base(), "1.0.0").host_permissions).toEqual(PORTALS);
  });

  it("refuses a manifest.json that lists host permissions of its own", () => {
    expect(() => manifestFor("chrome", base({ host_permissions: ["https://*/*"] }), "1.0.0")).toThrow(
      /host_permissions/,
    );
  });

  it("has no main-world history hook: Chromium has the Navigation API", () => {
    const scripts = manifestFor("chrome", base(), "1.0.0").content_scripts ?? [];
    expect(scripts.flatMap((entry) => entry.js)).not.toContain(HISTORY_HOOK_SCRIPT);
    expect(scripts.some((entry) => entry.world === "MAIN")).toBe(false);
  });
});

describe("manifestFor firefox", () => {
  const firefox = manifestFor("firefox", base(), "1.2.3");

  it("names the fixed gecko id from tools/build/extension-ids.ts and the minimum Firefox", () => {
    expect(firefox.browser_specific_settings?.gecko).toEqual({
      id: EXTENSION_IDS.firefox,
      strict_min_version: `${FIREFOX_MIN_VERSION}.0`,
      data_collection_permissions: { required: ["none"] },
    });
    expect(firefox.browser_specific_settings?.gecko_android).toEqual({
      strict_min_version: `${FIREFOX_ANDROID_MIN_VERSION}.0`,
    });
    expect(firefox.version).toBe("1.2.3");
  });

  it("drops what Firefox rejects or ignores: key, minimum_chrome_version, managed_schema", () => {
    expect(firefox).not.toHaveProperty("key");
    expect(firefox).not.toHaveProperty("minimum_chrome_version");
    expect(firefox).not.toHaveProperty("storage");
    expect(firefox.permissions).toEqual(["storage"]);
  });

  it("leaves the dropped managed_schema file out of the build, and only that", () => {
    expect(filesNoLongerReferenced(base(), firefox)).toEqual(["managed_schema.json"]);
    expect(filesNoLongerReferenced(base(), manifestFor("chrome", base(), "1.0.0"))).toEqual([]);
  });

  it("drops the offscreen permission and its start-up page for Firefox, keeps both for Chromium", () => {
    const withOffscreen = base({ permissions: ["storage", "offscreen"] });
    const firefoxManifest = manifestFor("firefox", withOffscreen, "1.0.0");
    const chromeManifest = manifestFor("chrome", withOffscreen, "1.0.0");
    expect(firefoxManifest.permissions).toEqual(["storage"]);
    expect(filesNoLongerReferenced(withOffscreen, firefoxManifest)).toEqual([
      "managed_schema.json",
      START_UP_DOCUMENT,
    ]);
    expect(chromeManifest.permissions).toEqual(["storage", "offscreen"]);
    expect(filesNoLongerReferenced(withOffscreen, chromeManifest)).toEqual([]);
  });

  it("keeps other storage keys", () => {
    const manifest = manifestFor(
      "firefox",
      base({ storage: { managed_schema: "s.json", other: 1 } as ExtensionManifest["storage"] }),
      "1.0.0",
    );
    expect(manifest.storage).toEqual({ other: 1 });
  });

  it("runs the background as scripts, not a service worker", () => {
    expect(firefox.background).toEqual({ scripts: ["background/service-worker.ts"], type: "module" });
  });

  it("adds the history hook in the main world, first, at document_start, where the guide runs", () => {
    const [hook, ...rest] = firefox.content_scripts ?? [];
    expect(hook).toEqual({
      matches: PORTALS,
      js: [HISTORY_HOOK_SCRIPT],
      run_at: "document_start",
      world: "MAIN",
      all_frames: false,
    });
    expect(rest).toEqual([
      ...(base().content_scripts ?? []).map((entry) => ({
        ...entry,
        exclude_matches: CONTENT_SCRIPT_EXCLUSIONS,
      })),
      NOT_ADMIN_WATCH,
    ]);
  });

  it("refuses a manifest without the portal guide content script", () => {
    expect(() => manifestFor("firefox", base({ content_scripts: [] }), "1.0.0")).toThrow(PORTAL_GUIDE_SCRIPT);
  });
});

describe("manifestFor on any target", () => {
  it("does not change the manifest it is given", () => {
    const original = base();
    const copy = structuredClone(original);
    manifestFor("firefox", original, "2.0.0");
    manifestFor("chrome", original, "2.0.0");
    expect(original).toEqual(copy);
  });

  it("refuses Manifest V2", () => {
    expect(() => manifestFor("chrome", base({ manifest_version: 2 }), "1.0.0")).toThrow(/Manifest V3/);
  });
});

describe("the version from package.json", () => {
  it("takes 1 to 4 whole numbers from 0 to 65535", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 65_535 }), { minLength: 1, maxLength: 4 }), (parts) => {
        expect(() => assertManifestVersionString(parts.join("."))).not.toThrow();
      }),
    );
  });

  it.each(["1.0.0-beta.1", "1.0.0.0.0", "", "1..0", "01.0", "1.65536", "v1.0", " 1.0"])(
    "refuses %j, which browsers reject",
    (version) => {
      expect(() => assertManifestVersionString(version)).toThrow(/extension version/);
    },
  );
});

describe("the real manifest.json", () => {
  for (const browser of ["chrome", "firefox"] as const) {
    it(`builds for ${browser} with package.json's version`, () => {
      const manifest = manifestFor(browser, baseManifest, pkg.version);
      expect(manifest.version).toBe(pkg.version);
      expect(syntaxTargetOf(manifest)).toBe(
        browser === "chrome"
          ? `chrome${baseManifest.minimum_chrome_version}`
          : `firefox${FIREFOX_MIN_VERSION}`,
      );
    });
  }

  it("gives both browsers the same pages, names and permissions (but Chromium's offscreen)", () => {
    const chrome = manifestFor("chrome", baseManifest, pkg.version);
    const firefox = manifestFor("firefox", baseManifest, pkg.version);
    const pagesOf = (manifest: ExtensionManifest) =>
      (manifest.content_scripts ?? []).filter((entry) => entry.js?.includes(PORTAL_GUIDE_SCRIPT));
    expect(pagesOf(firefox)).toEqual(pagesOf(chrome));
    for (const key of ["name", "description", "default_locale", "icons", "action"]) {
      expect(firefox[key], key).toEqual(chrome[key]);
    }
    const notOffscreen = (names: unknown) => (names as string[]).filter((name) => name !== "offscreen");
    expect(firefox.permissions).toEqual(notOffscreen(chrome.permissions));
  });
});
