import browser from "webextension-polyfill";

/**
 * Injects `file`, a script of the package, into the document that sent a message, in the extension's
 * own world: into that document where the browser names it (Chrome's documentId), else, or when that
 * fails, into its frame of tab `tabId`. At once: the page is past document_idle when its scripts ask,
 * so there is nothing to wait for (injectImmediately: Chrome 88, Firefox 102, per
 * mdn/browser-compat-data@0015a045b98544dacd3ae92c4ae9345681f06402:webextensions/api/scripting.json).
 */
export function injectIntoSender(
  sender: browser.Runtime.MessageSender,
  tabId: number,
  file: string,
): Promise<void> {
  const inject = (target: browser.Scripting.InjectionTarget): Promise<void> =>
    browser.scripting.executeScript({ target, files: [file], injectImmediately: true }).then(() => undefined);
  const frame = (): Promise<void> => inject({ tabId, frameIds: [sender.frameId ?? 0] });
  const { documentId } = sender as { documentId?: string };
  return documentId ? inject({ tabId, documentIds: [documentId] }).catch(frame) : frame();
}
