import type browser from "webextension-polyfill";
import { BANNER_SCRIPT, isBannerRequest } from "../src/messages/banner-request";
import { injectIntoSender } from "./inject-into-sender";

/**
 * Injects the banner script into the frame whose content script asked for it (banner-request.ts), in
 * the extension's own world, where that content script waits for it. A banner script that lands in a
 * newer document finds no first script waiting for it (or one that asked too) and does nothing.
 */
export function answerBannerRequest(
  message: unknown,
  sender: browser.Runtime.MessageSender,
): Promise<void> | undefined {
  const tabId = sender.tab?.id;
  if (!isBannerRequest(message) || tabId === undefined || tabId < 0) return undefined;
  return injectIntoSender(sender, tabId, BANNER_SCRIPT);
}
