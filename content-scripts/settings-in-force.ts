import { type CompiledRuleSet, ruleSetOf } from "../src/classify/classify-url";
import {
  POLICY_GLIMPSE_KEYS,
  PUBLISHED_SETTINGS_KEY,
  readPublishedSettings,
} from "../src/settings/published-settings";
import { DEFAULT_SETTINGS, type Settings } from "../src/settings/settings";
import { extension } from "./extension-api";
import { readLocal, watchLocal } from "./local-storage";

/**
 * The content script's settings: the record the background publishes in `storage.local`
 * (background/settings-publisher.ts), already resolved and validated. Until the background has
 * published anything (a fresh profile: the browser may take long to hand out the policy), the page
 * asks `storage.managed` itself, once and for a short while, for the partner's name and contacts,
 * and shows the defaults otherwise. What it got is checked by the banner script (readPolicyGlimpse),
 * the only one that shows it, so the checks stay out of every page. What the background left out is
 * logged here too, so whoever opens the portal page's console sees why.
 */

const LOG_PREFIX = "[CSP Portal Guide]";

let lastLogged = "";

/** The settings in force, and the custom rules compiled with the catalog when there are any. */
export interface PageSettings {
  readonly settings: Settings;
  readonly rules: CompiledRuleSet | undefined;
  /**
   * Before anything is published: the policy's partner name and contacts as `storage.managed` gave
   * them, unchecked, for the banner script to read over `settings` (the defaults).
   */
  readonly policy?: unknown;
}

function settingsOf(stored: unknown): PageSettings | null {
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
  return { settings: published.settings, rules: ruleSetOf(published.ruleIndexes) };
}

// Chromium holds every storage.managed read until its start-up is over; the published record comes
// then too, so the page does not wait longer than this for its own read.
const POLICY_READ_WAIT_MS = 5000;

export async function readSettings(): Promise<PageSettings> {
  const published = settingsOf(await readLocal(PUBLISHED_SETTINGS_KEY));
  return published ?? { settings: DEFAULT_SETTINGS, rules: undefined, policy: await readPolicyOnce() };
}

async function readPolicyOnce(): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), POLICY_READ_WAIT_MS);
  });
  try {
    const policy: Promise<unknown> = extension.storage.managed.get([...POLICY_GLIMPSE_KEYS]);
    return await Promise.race([policy, late]);
  } catch {
    // No policy (Firefox rejects when none names the extension), or none readable from a page.
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Calls `onChange` with each newly published record. A record removed or unreadable is ignored: the
 * background puts it back at once, and the settings in force until then are the last ones read.
 */
export function watchSettings(onChange: (settings: PageSettings) => void, signal: AbortSignal): void {
  watchLocal(
    PUBLISHED_SETTINGS_KEY,
    (stored) => {
      const settings = settingsOf(stored);
      if (settings) onChange(settings);
    },
    signal,
  );
}
