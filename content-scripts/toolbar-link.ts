import type { Classification } from "../src/classify/classify-url";
import {
  isGetState,
  readVerdictReportReply,
  type TabState,
  type VerdictReport,
} from "../src/messages/tab-messages";
import type { BannerHost } from "./banner-host";
import { extension, type MessageListener } from "./extension-api";
import { logProblem } from "./log";

export interface ToolbarLink {
  /** Tells the background the current verdict, for the toolbar badge, when it differs from the last told. */
  report(): void;
}

/**
 * The content script's side of the toolbar: reports the verdict for the badge, and answers the popup's
 * "get-state" (the popup has no "tabs" permission, so it cannot read the tab's URL; it asks us).
 * The browser clears a tab's badge on every full navigation, and a page restored from the back/forward
 * cache does not run this script again, so `pageshow` reports once more. The background answers a
 * report of `none` with whether custom rules are in force: then `customRulesInForce` is called.
 */
export function linkToolbar(
  current: () => Classification,
  bannerHost: () => BannerHost | null,
  signal: AbortSignal,
  customRulesInForce: () => void,
): ToolbarLink {
  // The badge is the browser's per-tab state and stays for the life of the document: a route change
  // to a page of the same verdict and rule has nothing new to tell (and no worker to wake).
  let told = "";
  const send = (always: boolean): void => {
    const { verdict, rule } = current();
    const key = `${verdict} ${rule}`;
    if (key === told && !always) return;
    told = key;
    const failed = (error: unknown): void => {
      told = "";
      logProblem("could not report the verdict to the toolbar", error);
    };
    const message: VerdictReport = { type: "verdict", verdict, rule };
    try {
      extension.runtime.sendMessage(message).then((answer: unknown) => {
        if (!signal.aborted && readVerdictReportReply(answer)?.customRules) customRulesInForce();
      }, failed);
    } catch (error) {
      // The extension was reloaded or removed under this page: nothing to report to any more.
      failed(error);
    }
  };
  const report = (): void => send(false);

  const answer: MessageListener = (message, _sender, sendResponse) => {
    if (!isGetState(message)) return undefined;
    const state: TabState = {
      href: location.href,
      classification: current(),
      bannerText: visibleBannerText(bannerHost()),
    };
    sendResponse(state);
    return undefined;
  };
  extension.runtime.onMessage.addListener(answer);
  signal.addEventListener("abort", () => extension.runtime.onMessage.removeListener(answer));

  window.addEventListener(
    "pageshow",
    (event) => {
      if (event.persisted) send(true);
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
