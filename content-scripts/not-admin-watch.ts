import { NOT_ADMIN_PATHS } from "../src/catalog/not-admin-paths";
import { GUIDE_REQUEST } from "../src/messages/guide-request";
import type { ContentScriptApi } from "./extension-api";
import { LOCATION_CHANGE_EVENT } from "./watch-route";

/**
 * The only script on a page the guide is not injected into (a sign-in or error page: the manifest's
 * exclusions are first path segments, src/catalog/hosts.ts). It reads nothing and touches no extension
 * API until the page moves, within its document, to a first path segment that is not one of these
 * pages'; then it asks the background for the guide (background/inject-guide.ts checks the tab's URL)
 * and stops. Written small: it counts in the bytes a page may get before its first banner.
 */
// Both portals' together: on an Azure host, a move to `/logout` waits on (no such Azure page is known).
const EXCLUDED: readonly string[] = Object.values(NOT_ADMIN_PATHS).flat();
const controller = new AbortController();
const check = (): void => {
  if (EXCLUDED.includes(location.pathname.split("/")[1] ?? "")) return;
  controller.abort();
  const scope = globalThis as { browser?: ContentScriptApi; chrome?: ContentScriptApi };
  try {
    (scope.browser ?? scope.chrome)?.runtime.sendMessage(GUIDE_REQUEST).catch(() => {});
  } catch {
    // The extension was reloaded or removed under this page: nothing to ask any more.
  }
};
const options = { signal: controller.signal };
(globalThis as { navigation?: EventTarget }).navigation?.addEventListener(
  "currententrychange",
  check,
  options,
);
for (const type of ["popstate", LOCATION_CHANGE_EVENT]) window.addEventListener(type, check, options);
