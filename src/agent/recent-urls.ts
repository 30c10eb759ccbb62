/** How many previewed URLs the popup remembers, most recent first. */
export const MAX_RECENT_URLS = 8;

/**
 * Days a previewed URL is remembered. For a partner's agent the list names customers (tenant names
 * are in the URLs), so it is kept only as long as a support case usually runs, and can be cleared.
 */
export const RECENT_URL_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;
// A clock set back a little must not throw away what was just previewed.
const CLOCK_SKEW_MS = 60 * 60 * 1000;
const MAX_URL_LENGTH = 8192;

export interface RecentUrl {
  readonly url: string;
  /** When it was last previewed, in ms since the epoch. */
  readonly at: number;
}

/** The list with `url` moved (or added) to the front, stamped `now`, without duplicates or expired entries, capped. */
export function rememberUrl(recent: readonly RecentUrl[], url: string, now: number): RecentUrl[] {
  const kept = readRecentUrls(recent, now).filter((entry) => entry.url !== url);
  return [{ url, at: now }, ...kept].slice(0, MAX_RECENT_URLS);
}

/**
 * Whatever storage held, as a clean list: dated entries only (an older version stored bare strings;
 * those are forgotten), none older than RECENT_URL_DAYS or dated in the future, no duplicates, capped.
 */
export function readRecentUrls(stored: unknown, now: number): RecentUrl[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const kept: RecentUrl[] = [];
  for (const entry of stored) {
    if (typeof entry !== "object" || entry === null) continue;
    const { url, at } = entry as Record<string, unknown>;
    if (typeof url !== "string" || url.length > MAX_URL_LENGTH || typeof at !== "number") continue;
    if (!(at > now - RECENT_URL_DAYS * DAY_MS && at <= now + CLOCK_SKEW_MS) || seen.has(url)) continue;
    seen.add(url);
    kept.push({ url, at });
    if (kept.length === MAX_RECENT_URLS) break;
  }
  return kept;
}
