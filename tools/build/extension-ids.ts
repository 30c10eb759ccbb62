/**
 * The extension's ids, in one place: enterprise policy is keyed by id, and every sample policy in
 * policies/ is generated from these.
 */
export const EXTENSION_IDS = {
  /** Derived from the pinned `key` in manifest.json: unpacked, self-hosted and policy-installed builds. */
  chromium: "fhjmdkmmiialhdmmpgladekfmjakpdcj",
  /** `browser_specific_settings.gecko.id` of the Firefox build; fixed so policies can name it. */
  firefox: "csp-portal-guide@cspportalguide.dev",
} as const;

/**
 * Ids the stores assign on first publication; null until then. Chrome Web Store and Edge Add-ons give
 * the extension ids of their own (Edge Add-ons always does; the Chrome Web Store keeps the pinned id
 * only if the first upload carried the key). Set them here after publication and run
 * `npm run policies`: every sample in policies/ then covers the store ids next to the pinned one.
 */
export const STORE_IDS: { readonly chromeWebStore: string | null; readonly edgeAddons: string | null } = {
  chromeWebStore: null,
  edgeAddons: null,
};

/** Update URLs of the stores, for force-install entries (`<id>;<update URL>`). */
export const STORE_UPDATE_URLS = {
  chromeWebStore: "https://clients2.google.com/service/update2/crx",
  edgeAddons: "https://edge.microsoft.com/extensionwebstorebase/v1/crx",
} as const;
