import browser from "webextension-polyfill";
import { BANNER_SCRIPT, isBannerRequest } from "../src/messages/banner-request";

/**
 * Injects the banner script into the frame whose content script asked for it (banner-request.ts), in
 * the extension's own world, where that content script waits for it: into that document where the
 * browser names it (Chrome's documentId), else, or when that fails, into the frame. A banner script that
 * lands in a newer document finds no first script waiting for it (or one that asked too) and does nothing.
 * At once: the page is past document_idle when its content script asks, so there is nothing to wait
 * for (injectImmediately: Chrome 88, Firefox 102, per
 * mdn/browser-compat-data@0015a045b98544dacd3ae92c4ae9345681f06402:webextensions/api/scripting.json).
 */
export function answerBannerRequest(
  message: unknown,
  sender: browser.Runtime.MessageSender,
): Promise<void> | undefined {
  const tabId = sender.tab?.id;
  if (!isBannerRequest(message) || tabId === undefined || tabId < 0) return undefined;
  const inject = (target: browser.Scripting.InjectionTarget): Promise<void> =>
    browser.scripting
      .executeScript({ target, files: [BANNER_SCRIPT], injectImmediately: true })
      .then(() => undefined);
  const frame = (): Promise<void> => inject({ tabId, frameIds: [sender.frameId ?? 0] });
  const { documentId } = sender as { documentId?: string };
  return documentId ? inject({ tabId, documentIds: [documentId] }).catch(frame) : frame();
}
