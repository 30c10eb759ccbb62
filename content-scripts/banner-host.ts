/**
 * The one element we own in the portal's DOM: `<csp-portal-guide>` with an open shadow root, first
 * child of <body>, in flow so it never covers the portal's header or navigation. The portals
 * re-render their DOM and may remove it; it is put back at once, with a budget so a page that
 * removes it in a loop cannot turn us into a hot loop.
 */
export const HOST_TAG = "csp-portal-guide";

const REMOUNTS_PER_WINDOW = 10;
const REMOUNT_WINDOW_MS = 1000;

// Inline !important beats any author rule of the page that does not use !important itself.
const HOST_STYLE =
  "all: initial !important; display: block !important; position: relative !important; z-index: auto !important;";

export interface BannerHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Where Preact renders. */
  readonly mountPoint: HTMLElement;
}

export function createBannerHost(
  styles: string,
  signal: AbortSignal,
  log: (message: string) => void,
): BannerHost {
  const element = document.createElement(HOST_TAG);
  element.style.cssText = HOST_STYLE;
  const root = element.attachShadow({ mode: "open" });
  adoptStyles(root, styles);
  const mountPoint = document.createElement("div");
  root.append(mountPoint);

  let windowStart = 0;
  let remountsInWindow = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const insert = (): void => {
    const body = document.body;
    if (!body) return;
    if (body.firstChild !== element) body.prepend(element);
  };

  const ensureMounted = (): void => {
    if (element.isConnected && element.parentNode === document.body) return;
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
    insert();
    observeParents();
  };

  // Only direct children of <html> and <body>: the portal's own rendering deeper down costs us nothing.
  const observer = new MutationObserver(ensureMounted);
  const observeParents = (): void => {
    observer.disconnect();
    observer.observe(document.documentElement, { childList: true });
    if (document.body) observer.observe(document.body, { childList: true });
  };

  insert();
  observeParents();
  signal.addEventListener("abort", () => {
    observer.disconnect();
    clearTimeout(retryTimer);
    element.remove();
  });
  return { element, root, mountPoint };
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
