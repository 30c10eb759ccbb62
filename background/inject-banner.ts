import browser from "webextension-polyfill";
import { BANNER_SCRIPT, isBannerRequest } from "../src/messages/banner-request";

/**
 * Injects the banner script into the frame whose content script asked for it (banner-request.ts), in
 * the extension's own world, where that content script waits for it. Into that document only where
 * the browser can say so (Chrome's documentId), so a page that navigated meanwhile is left alone.
 */
export function answerBannerRequest(
  message: unknown,
  sender: browser.Runtime.MessageSender,
): Promise<void> | undefined {
  const tabId = sender.tab?.id;
  if (!isBannerRequest(message) || tabId === undefined || tabId < 0) return undefined;
  const { documentId } = sender as { documentId?: string };
  const target: browser.Scripting.InjectionTarget = documentId
    ? { tabId, documentIds: [documentId] }
    : { tabId, frameIds: [sender.frameId ?? 0] };
  return browser.scripting
    .executeScript({ target, files: [BANNER_SCRIPT], injectImmediately: true })
    .then(() => undefined);
}
