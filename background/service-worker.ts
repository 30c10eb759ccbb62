import browser from "webextension-polyfill";
import { readVerdictReport, type VerdictReportReply } from "../src/messages/tab-messages";
import { showVerdictBadge } from "./badge";
import { answerBannerRequest } from "./inject-banner";
import { answerGuideRequest } from "./inject-guide";
import { answerLocaleMessages } from "./serve-locale-messages";
import { customRulesInForce, keepPublishing, keepSettingsPublished } from "./settings-publisher";

// Listeners are registered synchronously at the top level: an MV3 worker is woken by the event itself.
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const report = readVerdictReport(message);
  const tabId = sender.tab?.id;
  // Only the top frame of a tab speaks for the tab's badge.
  if (!report || tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0) return undefined;
  keepPublishing();
  showVerdictBadge(tabId, report.verdict).catch((error: unknown) => {
    // Most often the tab closed between the report and the update.
    console.debug("[CSP Portal Guide] badge not updated for tab", tabId, error);
  });
  if (report.verdict !== "none") return undefined;
  // A page the catalog leaves alone reads no settings, unless a custom rule could apply to it.
  return customRulesInForce().then((customRules): VerdictReportReply => ({ customRules }));
});

// The first verdict that is not none: the page's content script asks for the banner script.
browser.runtime.onMessage.addListener(answerBannerRequest);

// A sign-in or error page, which has no guide, moved to another page in the same document.
browser.runtime.onMessage.addListener(answerGuideRequest);

// A language forced by policy: content scripts ask for that locale's messages.json.
browser.runtime.onMessage.addListener(answerLocaleMessages);

// Content scripts read the settings in force from storage.local; this keeps them there.
keepSettingsPublished();
