import { PUBLISHED_SETTINGS_KEY, readPublishedSettings } from "../src/settings/published-settings";
import { DEFAULT_SETTINGS, type Settings } from "../src/settings/settings";
import { readLocal, watchLocal } from "./local-storage";

/**
 * The content script's settings: the record the background publishes in `storage.local`
 * (background/settings-publisher.ts), already resolved and validated. Defaults until the background
 * has published (a fresh profile's first `storage.managed` read takes seconds). What the background
 * left out is logged here too, so whoever opens the portal page's console sees why.
 */

const LOG_PREFIX = "[CSP Portal Guide]";

let lastLogged = "";

function settingsOf(stored: unknown): Settings | null {
  const published = readPublishedSettings(stored);
  if (!published) {
    if (stored !== undefined)
      console.warn(LOG_PREFIX, "the published settings are unreadable; waiting for new ones");
    return null;
  }
  const text = [
    ...published.problems,
    ...published.damaged.map((key) => `${key}: the stored value is damaged; the default is used`),
  ].join("\n");
  if (text !== lastLogged) {
    lastLogged = text;
    if (text) console.warn(LOG_PREFIX, `some settings were left out:\n${text}`);
  }
  return published.settings;
}

export async function readSettings(): Promise<Settings> {
  return settingsOf(await readLocal(PUBLISHED_SETTINGS_KEY)) ?? DEFAULT_SETTINGS;
}

/**
 * Calls `onChange` with each newly published record. A record removed or unreadable is ignored: the
 * background puts it back at once, and the settings in force until then are the last ones read.
 */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  watchLocal(
    PUBLISHED_SETTINGS_KEY,
    (stored) => {
      const settings = settingsOf(stored);
      if (settings) onChange(settings);
    },
    signal,
  );
}
