import type browser from "webextension-polyfill";
import { contentScriptAt } from "../src/catalog/hosts";
import { GUIDE_SCRIPT, isGuideRequest } from "../src/messages/guide-request";
import { injectIntoSender } from "./inject-into-sender";

/**
 * Injects the guide into the top frame of a tab whose page was one the guide is not injected into
 * (sign-in, error) and has moved, within its document, to another page of a portal host: the watcher
 * there asked (content-scripts/not-admin-watch.ts); only when the tab is now on a page the manifest
 * would have given the guide.
 */
export function answerGuideRequest(
  message: unknown,
  sender: browser.Runtime.MessageSender,
): Promise<void> | undefined {
  const tabId = sender.tab?.id;
  if (!isGuideRequest(message) || tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0)
    return undefined;
  // The sender's own `url` is the one its document opened at; the tab's is where it has moved since.
  const url = sender.tab?.url;
  if (url === undefined || contentScriptAt(url) !== "guide") return undefined;
  return injectIntoSender(sender, tabId, GUIDE_SCRIPT);
}
