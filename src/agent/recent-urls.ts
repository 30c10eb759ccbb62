/** How many previewed URLs the popup remembers, most recent first. */
export const MAX_RECENT_URLS = 8;

/** The list with `url` moved (or added) to the front, without duplicates, capped. Never mutates. */
export function rememberUrl(recent: readonly string[], url: string): string[] {
  return [url, ...recent.filter((entry) => entry !== url)].slice(0, MAX_RECENT_URLS);
}

/** Whatever storage held, as a clean list: strings only, no duplicates, capped. */
export function readRecentUrls(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const urls = stored.filter((entry): entry is string => typeof entry === "string" && entry.length <= 8192);
  return [...new Set(urls)].slice(0, MAX_RECENT_URLS);
}
