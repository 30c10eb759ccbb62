/**
 * The browsers one source tree is built for. `chrome` covers Chrome and Edge (both Chromium, both
 * read the same Manifest V3); `firefox` is Gecko's Manifest V3, which differs in a few keys.
 */
export const TARGET_BROWSERS = ["chrome", "firefox"] as const;

export type TargetBrowser = (typeof TARGET_BROWSERS)[number];

export function isTargetBrowser(value: string): value is TargetBrowser {
  return (TARGET_BROWSERS as readonly string[]).includes(value);
}

/**
 * The oldest Firefox the build supports (manifest.json's minimum_chrome_version is Chromium's). 140
 * is the oldest ESR line still shipped (Debian 12 carries 140 and 153) and the first to read
 * `gecko.data_collection_permissions`, which addons.mozilla.org requires of new extensions; it
 * also runs `world: "MAIN"` content scripts (128) and grants MV3 host permissions at install (127).
 * Firefox for Android reads data_collection_permissions from 142.
 */
export const FIREFOX_MIN_VERSION = 140;
export const FIREFOX_ANDROID_MIN_VERSION = 142;

/**
 * `vite build` with no mode (other engineers' parallel builds, `npm start`) builds for Chrome;
 * `--mode firefox` for Firefox. Any other mode is a typo that would silently overwrite the Chrome
 * build, so it is refused.
 */
export function browserForMode(mode: string): TargetBrowser {
  if (isTargetBrowser(mode)) return mode;
  if (mode === "production" || mode === "development") return "chrome";
  throw new Error(
    `Unknown build mode "${mode}": use --mode ${TARGET_BROWSERS.join(" or --mode ")} (no mode builds chrome).`,
  );
}
