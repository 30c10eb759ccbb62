import type { Placement } from "../src/banner/placement";
import { createPlacement } from "./choose-placement";
import { FALLBACK_HOST_ATTRIBUTE, HOST_TAG } from "./host-tag";

/**
 * The one element we own in the portal's DOM: `<csp-portal-guide>` with an open shadow root, placed
 * by choose-placement.ts in the portal's own slot, in flow at the top of <body>, or as an overlay below
 * the topbar (`data-placement`). The portals re-render their DOM and may remove it; it is put back at
 * once, with a budget so a page that removes it in a loop cannot turn us into a hot loop.
 */

const REMOUNTS_PER_WINDOW = 10;
const REMOUNT_WINDOW_MS = 1000;

export interface BannerHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Where Preact renders. */
  readonly mountPoint: HTMLElement;
  /** Where the host stands now. */
  placement(): Placement;
}

/** `onPlacementChange` is called when the host moves to another placement, for the banner to render again. */
export function createBannerHost(
  styles: string,
  signal: AbortSignal,
  log: (message: string, error?: unknown) => void,
  onPlacementChange: (placement: Placement) => void = () => {},
  /** Asked before putting a removed banner back (instance-handover.ts). */
  mayRemount: () => boolean = () => true,
): BannerHost {
  const { element, root } = createOwnedHost(log);
  adoptStyles(root, styles);
  const mountPoint = document.createElement("div");
  root.append(mountPoint);

  let windowStart = 0;
  let remountsInWindow = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const ensureMounted = (): void => {
    try {
      remount();
    } catch (error) {
      log("could not put the banner back", error);
    }
  };

  const remount = (): void => {
    if (placement.inPlace()) return;
    if (!mayRemount()) return;
    const now = performance.now();
    if (now - windowStart > REMOUNT_WINDOW_MS) {
      windowStart = now;
      remountsInWindow = 0;
    }
    if (++remountsInWindow > REMOUNTS_PER_WINDOW) {
      if (retryTimer === undefined) {
        log(
          `the page removed the banner more than ${REMOUNTS_PER_WINDOW} times in a second; retrying in 1 s`,
        );
        retryTimer = setTimeout(() => {
          retryTimer = undefined;
          ensureMounted();
        }, REMOUNT_WINDOW_MS);
      }
      return;
    }
    placement.place();
    observeParents();
  };

  // Only direct children of the document, <html>, <body> and the host's own parent (the portal's slot):
  // the portal's own rendering deeper down costs us nothing. The document itself, because a page may
  // replace <html> or call document.open().
  const observer = new MutationObserver(ensureMounted);
  const observeParents = (): void => {
    observer.disconnect();
    observer.observe(document, { childList: true });
    if (document.documentElement) observer.observe(document.documentElement, { childList: true });
    if (document.body) observer.observe(document.body, { childList: true });
    const parent = element.parentNode;
    if (parent && parent !== document.body) observer.observe(parent, { childList: true });
  };

  const placement = createPlacement(
    element,
    signal,
    (next) => {
      observeParents();
      onPlacementChange(next);
    },
    log,
  );
  observeParents();
  signal.addEventListener("abort", () => {
    observer.disconnect();
    clearTimeout(retryTimer);
    element.remove();
  });
  return { element, root, mountPoint, placement: () => placement.current };
}

/**
 * The custom element registry belongs to the document, so if the page has defined its own
 * `<csp-portal-guide>`, the element we create here is built by the page's class: it may hold a shadow
 * root already, forbid one, or remove itself when connected. `:defined` tells (a tag nobody defined
 * is not); then the tag is the page's, and a `<div>`, which no page can redefine, hosts the banner.
 */
function createOwnedHost(log: (message: string, error?: unknown) => void): {
  element: HTMLElement;
  root: ShadowRoot;
} {
  const candidate = document.createElement(HOST_TAG);
  if (!candidate.matches(":defined")) {
    try {
      return { element: candidate, root: candidate.attachShadow({ mode: "open" }) };
    } catch (error) {
      log(`could not attach a shadow root to <${HOST_TAG}>`, error);
    }
  }
  log(`the page defines its own <${HOST_TAG}>; the banner uses <div ${FALLBACK_HOST_ATTRIBUTE}> instead`);
  const element = document.createElement("div");
  element.setAttribute(FALLBACK_HOST_ATTRIBUTE, "");
  return { element, root: element.attachShadow({ mode: "open" }) };
}

function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot always adopt a sheet made in their own compartment.
    const style = document.createElement("style");
    style.textContent = css;
    root.append(style);
  }
}
