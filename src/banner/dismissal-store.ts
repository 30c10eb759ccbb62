import { readLocal, type StorageApi, watchLocal } from "../extension-storage";
import {
  DISMISSALS_STORAGE_KEY,
  type DismissalRecord,
  readDismissalRecord,
  withDismissal,
  withoutDismissals,
} from "./dismissals";

/**
 * Dismissed banners, in `storage.local` (this browser only): the content script hides a dismissed
 * rule's banner, the popup lists and restores them. Every tab follows changes through `watchDismissals`.
 * Each of them passes its own browser's `storage`.
 */

type LocalStorage = Pick<StorageApi, "local" | "onChanged">;

/** Dismissals in force now. */
export async function readDismissals(storage: LocalStorage, now = Date.now()): Promise<DismissalRecord> {
  return readDismissalRecord(await readLocal(storage, DISMISSALS_STORAGE_KEY), now);
}

/** Hides the banner of `rule` for `days` days (a whole number, 1 to 365); returns the new record. */
export async function dismissBanner(
  storage: LocalStorage,
  rule: string,
  days: number,
  now = Date.now(),
): Promise<DismissalRecord> {
  const record = withDismissal(await readDismissals(storage, now), rule, days, now);
  await storage.local.set({ [DISMISSALS_STORAGE_KEY]: record });
  return record;
}

/**
 * Shows dismissed banners again: those of `rules`, or all of them. Open portal tabs show them at
 * once. Returns how many dismissals there were to undo.
 */
export async function restoreDismissedBanners(
  storage: LocalStorage,
  rules?: readonly string[],
): Promise<number> {
  const before = await readDismissals(storage);
  const after = withoutDismissals(before, rules);
  const restored = Object.keys(before).length - Object.keys(after).length;
  if (rules === undefined) await storage.local.remove(DISMISSALS_STORAGE_KEY);
  else if (restored > 0) await storage.local.set({ [DISMISSALS_STORAGE_KEY]: after });
  return restored;
}

/** The dismissed rules and when each comes back, soonest first: what the popup lists. */
export async function listDismissedBanners(
  storage: LocalStorage,
): Promise<Array<{ rule: string; until: Date }>> {
  return Object.entries(await readDismissals(storage))
    .sort((a, b) => a[1] - b[1])
    .map(([rule, until]) => ({ rule, until: new Date(until) }));
}

export function watchDismissals(
  storage: LocalStorage,
  onChange: (record: DismissalRecord) => void,
  signal: AbortSignal,
): void {
  watchLocal(
    storage,
    DISMISSALS_STORAGE_KEY,
    (stored) => onChange(readDismissalRecord(stored, Date.now())),
    signal,
  );
}
