import browser from "webextension-polyfill";
import { dismissalEnd } from "../src/banner/dismissals";
import { DAY_LABELS_KEY, dayLabelsAround } from "../src/i18n/day-labels";
import { formatDay } from "../src/i18n/format-day";
import { jsonEqual } from "../src/settings/json-equal";
import { UI_LOCALES } from "../src/settings/settings-schema";

/**
 * Writes out, in every shipped language, the days a dismissal made now would end on, so the portal
 * page never pays for Intl (src/i18n/day-labels.ts). Rewritten with the settings (dismissDays may
 * have changed) and whenever this worker starts, which a page's verdict report does: a new day's
 * labels are ready by the next page.
 */
export async function publishDayLabels(dismissDays: number): Promise<void> {
  const labels = dayLabelsAround(dismissalEnd(dismissDays, Date.now()), UI_LOCALES, formatDay);
  const stored = await browser.storage.local.get(DAY_LABELS_KEY);
  if (!jsonEqual(stored[DAY_LABELS_KEY], labels))
    await browser.storage.local.set({ [DAY_LABELS_KEY]: labels });
}
