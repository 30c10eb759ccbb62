import * as dismissals from "../src/banner/dismissal-store";
import type { DismissalRecord } from "../src/banner/dismissals";
import * as stored from "../src/extension-storage";
import { extension } from "./extension-api";

/** `storage.local` as this content script reads it: single keys, and the dismissed banners. */
export const readLocal = (key: string): Promise<unknown> => stored.readLocal(extension.storage, key);

export const watchLocal = (key: string, onChange: (value: unknown) => void, signal: AbortSignal): void =>
  stored.watchLocal(extension.storage, key, onChange, signal);

export const readDismissals = (): Promise<DismissalRecord> => dismissals.readDismissals(extension.storage);

export const dismissBanner = (rule: string, days: number): Promise<DismissalRecord> =>
  dismissals.dismissBanner(extension.storage, rule, days);

export const watchDismissals = (onChange: (record: DismissalRecord) => void, signal: AbortSignal): void =>
  dismissals.watchDismissals(extension.storage, onChange, signal);
