import browser from "webextension-polyfill";
import * as dismissals from "../src/banner/dismissal-store";
import type { DismissalRecord } from "../src/banner/dismissals";
import * as stored from "../src/extension-storage";

/** `storage.local` as this content script reads it: single keys, and the dismissed banners. */
export const readLocal = (key: string): Promise<unknown> => stored.readLocal(browser.storage, key);

export const watchLocal = (key: string, onChange: (value: unknown) => void, signal: AbortSignal): void =>
  stored.watchLocal(browser.storage, key, onChange, signal);

export const readDismissals = (): Promise<DismissalRecord> => dismissals.readDismissals(browser.storage);

export const dismissBanner = (rule: string, days: number): Promise<DismissalRecord> =>
  dismissals.dismissBanner(browser.storage, rule, days);

export const watchDismissals = (onChange: (record: DismissalRecord) => void, signal: AbortSignal): void =>
  dismissals.watchDismissals(browser.storage, onChange, signal);
