/** Our element in the portal's DOM: its shadow root holds the banner (banner-host.ts). */
export const HOST_TAG = "csp-portal-guide";
/** Marks the `<div>` that hosts the banner instead when the page has defined `<csp-portal-guide>` itself. */
export const FALLBACK_HOST_ATTRIBUTE = "data-csp-portal-guide";
