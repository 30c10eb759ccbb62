import browser from "webextension-polyfill";
import * as dismissals from "../src/banner/dismissal-store";
import type { DismissalRecord } from "../src/banner/dismissals";

/** The dismissed banners as the popup lists and restores them. */
export const listDismissedBanners = (): ReturnType<typeof dismissals.listDismissedBanners> =>
  dismissals.listDismissedBanners(browser.storage);

export const restoreDismissedBanners = (rules?: readonly string[]): Promise<number> =>
  dismissals.restoreDismissedBanners(browser.storage, rules);

export const watchDismissals = (onChange: (record: DismissalRecord) => void, signal: AbortSignal): void =>
  dismissals.watchDismissals(browser.storage, onChange, signal);
