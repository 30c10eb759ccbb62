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
