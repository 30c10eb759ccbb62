import browser from "webextension-polyfill";
import type { Classification } from "../src/classify-url";
import { isGetState, type TabState, type VerdictReport } from "../src/popup/tab-state";
import type { BannerHost } from "./banner-host";
import { logProblem } from "./log";

export interface ToolbarLink {
  /** Tells the background the current verdict, for the toolbar badge. */
  report(): void;
}

/**
 * The content script's side of the toolbar: reports the verdict for the badge, and answers the popup's
 * "get-state" (the popup has no "tabs" permission, so it cannot read the tab's URL; it asks us).
 * The browser clears a tab's badge on every full navigation, and a page restored from the back/forward
 * cache does not run this script again, so `pageshow` reports once more.
 */
export function linkToolbar(
  current: () => Classification,
  bannerHost: () => BannerHost | null,
  signal: AbortSignal,
): ToolbarLink {
  const report = (): void => {
    const { verdict, rule } = current();
    const message: VerdictReport = { type: "verdict", verdict, rule };
    try {
      browser.runtime
        .sendMessage(message)
        .catch((error: unknown) => logProblem("could not report the verdict to the toolbar", error));
    } catch (error) {
      // The extension was reloaded or removed under this page: nothing to report to any more.
      logProblem("could not report the verdict to the toolbar", error);
    }
  };

  const answer = (message: unknown): Promise<TabState> | undefined => {
    if (!isGetState(message)) return undefined;
    return Promise.resolve({
      href: location.href,
      classification: current(),
      bannerText: visibleBannerText(bannerHost()),
    });
  };
  browser.runtime.onMessage.addListener(answer);
  signal.addEventListener("abort", () => browser.runtime.onMessage.removeListener(answer));

  window.addEventListener(
    "pageshow",
    (event) => {
      if (event.persisted) report();
    },
    { signal },
  );
  return { report };
}

/** Our own host, not whatever the page put in the DOM under a look-alike name. */
function visibleBannerText(host: BannerHost | null): string | null {
  if (!host || host.element.hidden || !host.element.isConnected) return null;
  // The agent strip is not the banner: with the banner dismissed, the strip alone may remain.
  const text = Array.from(host.mountPoint.children, (child) =>
    child.hasAttribute("data-agent-strip") ? "" : (child.textContent ?? ""),
  )
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return text === "" ? null : text;
}
