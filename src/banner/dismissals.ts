/**
 * Banners the user dismissed, per rule (the banner's `data-rule`), each until a moment in time.
 * Stored as one object in `storage.local` under DISMISSALS_STORAGE_KEY: rule id → expiry (epoch ms).
 */
export type DismissalRecord = Readonly<Record<string, number>>;

export const DISMISSALS_STORAGE_KEY = "dismissedBanners";

const DAY_MS = 86_400_000;
const MAX_DAYS = 365;
// Catalog ids are short; custom rule ids at most 80 characters; fallback ids add a keyword.
const MAX_RULE_LENGTH = 200;
// More than anyone dismisses by hand; keeps a damaged record from growing without bound.
const MAX_ENTRIES = 500;

function isRuleId(rule: unknown): rule is string {
  return typeof rule === "string" && rule.length > 0 && rule.length <= MAX_RULE_LENGTH;
}

/** Whatever storage held, as a clean record: valid entries that have not expired yet. */
export function readDismissalRecord(stored: unknown, now: number): DismissalRecord {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  const entries = Object.entries(stored).filter(
    (entry): entry is [string, number] =>
      isRuleId(entry[0]) && typeof entry[1] === "number" && Number.isFinite(entry[1]) && entry[1] > now,
  );
  // Beyond the cap, the dismissals that end last are the ones kept.
  entries.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(entries.slice(0, MAX_ENTRIES));
}

/**
 * Whether the banner of `rule` is dismissed now. With `days` (the dismissal period in force), only a
 * dismissal that ends within that period from now counts: one written straight into storage for
 * longer, or kept from a longer period, cannot outlast what the organisation allows (0: none).
 */
export function isDismissed(record: DismissalRecord, rule: string, now: number, days?: number): boolean {
  const until = Object.hasOwn(record, rule) ? record[rule] : undefined;
  if (until === undefined || until <= now) return false;
  if (days === undefined) return true;
  const longest = dismissalEnd(days, now);
  return longest !== null && until <= longest;
}

/** When a dismissal made `now` for `days` ends; null when `days` does not allow dismissing. */
export function dismissalEnd(days: number, now: number): number | null {
  if (!Number.isFinite(days) || days < 1) return null;
  return now + Math.min(Math.floor(days), MAX_DAYS) * DAY_MS;
}

/** The record with `rule` dismissed for `days` from `now` (and expired entries dropped). */
export function withDismissal(
  record: DismissalRecord,
  rule: string,
  days: number,
  now: number,
): DismissalRecord {
  const until = dismissalEnd(days, now);
  if (until === null || !isRuleId(rule)) return readDismissalRecord(record, now);
  return readDismissalRecord({ ...record, [rule]: until }, now);
}

/** The record without `rules`; without any entry when `rules` is left out. */
export function withoutDismissals(record: DismissalRecord, rules?: readonly string[]): DismissalRecord {
  if (!rules) return {};
  const removed = new Set(rules);
  return Object.fromEntries(Object.entries(record).filter(([rule]) => !removed.has(rule)));
}
