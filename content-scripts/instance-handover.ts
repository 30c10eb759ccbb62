import { extension } from "./extension-api";
import { FALLBACK_HOST_ATTRIBUTE, HOST_TAG } from "./host-tag";

/**
 * One instance of this content script per page, handed over only on signals the page cannot forge.
 *
 * A page can dispatch any DOM event and edit any element, so neither may tell an instance to leave.
 * What it cannot reach: this script's own global scope (Chrome's isolated world, Firefox's sandbox),
 * and whether this instance's extension is still there (`runtime.id` is gone once the extension was
 * reloaded, updated or removed). So:
 * - a new instance stops a live one of the same scope through that scope (the script injected twice,
 *   or a world the browser kept across a reload);
 * - it removes hosts that older instances left in the page: Firefox drops an updated extension's
 *   scripts without letting them clean up, then injects the new version into the open tabs;
 * - an orphaned instance (its extension reloaded or updated) keeps its banner, which still beats no
 *   banner until the page reloads, but never puts it back once something removed it: a newer instance
 *   took over, or the page wants it gone and no live instance is there to insist.
 */

const LIVE_INSTANCE = Symbol.for("csp-portal-guide:live-instance");

interface LiveInstance {
  stop(): void;
}

type Scope = typeof globalThis & { [LIVE_INSTANCE]?: LiveInstance };

/** Makes this instance the page's only one; `controller` ends it when a newer one takes over. */
export function takeOverPage(
  controller: AbortController,
  log: (message: string, error?: unknown) => void,
): void {
  const scope = globalThis as Scope;
  try {
    scope[LIVE_INSTANCE]?.stop();
  } catch (error) {
    log("could not stop the previous instance", error);
  }
  for (const leftover of document.querySelectorAll(`${HOST_TAG}, [${FALLBACK_HOST_ATTRIBUTE}]`)) {
    leftover.remove();
  }
  const instance: LiveInstance = { stop: () => controller.abort() };
  scope[LIVE_INSTANCE] = instance;
  controller.signal.addEventListener("abort", () => {
    if (scope[LIVE_INSTANCE] === instance) delete scope[LIVE_INSTANCE];
  });
}

/** True once this instance's extension was reloaded, updated or removed under the page. */
export function isOrphaned(): boolean {
  try {
    return !extension.runtime?.id;
  } catch {
    return true;
  }
}

/**
 * For the banner host: whether a removed banner may be put back. Not by an orphaned instance, which
 * then ends itself.
 */
export function mayRemountUnless(controller: AbortController): () => boolean {
  return () => {
    if (!isOrphaned()) return true;
    controller.abort();
    return false;
  };
}
