import browser from "webextension-polyfill";

// Minimal badge: the popup and agent-tools work extends this.
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined || typeof message !== "object" || message === null) return;
  const { type, verdict } = message as { type?: unknown; verdict?: unknown };
  if (type !== "verdict") return;
  const text = verdict === "none" || typeof verdict !== "string" ? "" : verdict.slice(0, 4).toUpperCase();
  void browser.action.setBadgeText({ tabId, text });
});
