import browser from "webextension-polyfill";
import { BADGE_TEXT_COLOR, badgeLookFor } from "../src/messages/badge-look";
import type { Verdict } from "../src/verdict";

const PRODUCT_NAME = "CSP Portal Guide";

/**
 * Shows the verdict on the toolbar for one tab. Everything is set per tab, so the browser itself keeps
 * each tab's badge across tab switches and while this service worker sleeps, and clears it when the
 * tab navigates to another document (whose content script reports afresh, or which is no portal).
 */
export async function showVerdictBadge(tabId: number, verdict: Verdict): Promise<void> {
  const look = badgeLookFor(verdict);
  if (!look) {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: "" }),
      browser.action.setTitle({ tabId, title: PRODUCT_NAME }),
    ]);
    return;
  }
  const text = browser.i18n.getMessage(look.textKey) || verdict.slice(0, 4).toUpperCase();
  const summary = browser.i18n.getMessage(look.titleKey);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    // Chrome 110+, Firefox 63+; without it the browser picks a readable text colour itself.
    typeof browser.action.setBadgeTextColor === "function"
      ? browser.action.setBadgeTextColor({ tabId, color: BADGE_TEXT_COLOR })
      : undefined,
    browser.action.setTitle({ tabId, title: summary ? `${PRODUCT_NAME}: ${summary}` : PRODUCT_NAME }),
  ]);
}
