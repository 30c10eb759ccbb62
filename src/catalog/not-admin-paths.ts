import type { PortalId } from "./portal-types";

/**
 * First path segments that are never admin pages, by portal: sign-in, sign-out and error pages, and
 * the admin hosts' end-user software page (`/OLS/MySoftware.aspx`). The classifier calls them `none`
 * (in the path or, for the admin center, as the hash's first segment), and the guide is not injected
 * into them (hosts.ts): they get only a watcher, which reads nothing and calls no extension API until
 * the page moves on (content-scripts/not-admin-watch.ts).
 */
export const NOT_ADMIN_PATHS: Readonly<Record<PortalId, readonly string[]>> = {
  "m365-admin": ["login", "logout", "signin", "signout", "error", "errorpage", "ols"],
  "azure-portal": ["signin", "error"],
};
