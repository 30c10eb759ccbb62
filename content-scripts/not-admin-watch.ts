import { GUIDE_REQUEST } from "../src/messages/guide-request";
import type { ContentScriptApi } from "./extension-api";
import { LOCATION_CHANGE_EVENT } from "./watch-route";

/**
 * The only script on a page the guide is not injected into (a sign-in or error page: the manifest's
 * exclusions are first path segments, src/catalog/hosts.ts). It reads nothing and touches no extension
 * API until the page moves, within its document, to another first path segment; then it asks the
 * background for the guide (background/inject-guide.ts checks the tab's URL) and stops. Written small:
 * it counts in the bytes a page may get before its first banner.
 */
const firstSegment = (): string | undefined => location.pathname.split("/")[1];
const start = firstSegment();
const controller = new AbortController();
const check = (): void => {
  if (firstSegment() === start) return;
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
