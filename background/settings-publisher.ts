import browser from "webextension-polyfill";
import { DAY_LABELS_KEY } from "../src/i18n/day-labels";
import { jsonEqual } from "../src/settings/json-equal";
import {
  PUBLISHED_SETTINGS_KEY,
  type PublishedSettings,
  readPublishedSettings,
} from "../src/settings/published-settings";
import { publishedSettingsOf } from "../src/settings/resolve-settings";
import { DEFAULT_SETTINGS } from "../src/settings/settings";
import { settingsStore } from "../src/settings/settings-store";
import { publishDayLabels } from "./publish-day-labels";

const { readResolvedSettingsAfresh } = settingsStore(browser.storage);

/**
 * Keeps `storage.local[PUBLISHED_SETTINGS_KEY]` equal to the settings in force, so content scripts
 * read one validated record instead of carrying the validator into every portal page. Recomputed
 * whenever the options or the policy change, on install, update and browser start, and each time
 * this worker starts (a page's verdict report wakes it), so a policy changed while the browser was
 * closed is caught at the first page. Runs one at a time, each from a fresh read of both areas: the
 * last write always reflects the last change, never an earlier read that finished late.
 */

let queue: Promise<PublishedSettings | null> = Promise.resolve(null);
/** A run queued behind the current one and not started yet: it will read afresh, so it serves every caller. */
let waiting: Promise<PublishedSettings | null> | null = null;
let lastWritten: PublishedSettings | null = null;

export function publishSettings(): Promise<PublishedSettings | null> {
  waiting ??= queue.then(() => {
    waiting = null;
    return publishOnce();
  });
  queue = waiting;
  return waiting;
}

// When storage.managed does not answer, what was published stays, and the worker tries again later
// (or at its next start, whichever comes first).
const RETRY_UNANSWERED_MS = 30_000;

async function publishOnce(): Promise<PublishedSettings | null> {
  try {
    // The days first, for the dismissal length last published: they need no policy, whose first read
    // takes seconds (and without a browser window, may not come at all).
    const before = readPublishedSettings(
      (await browser.storage.local.get(PUBLISHED_SETTINGS_KEY))[PUBLISHED_SETTINGS_KEY],
    );
    await publishDayLabels(before?.settings.dismissDays ?? DEFAULT_SETTINGS.dismissDays);
    const resolved = await readResolvedSettingsAfresh();
    if (!resolved) {
      setTimeout(() => void publishSettings(), RETRY_UNANSWERED_MS);
      return lastWritten;
    }
    const record = publishedSettingsOf(resolved);
    const stored = await browser.storage.local.get(PUBLISHED_SETTINGS_KEY);
    lastWritten = record;
    // Writing the same again would wake every portal tab for nothing (Firefox reports every set).
    if (!jsonEqual(stored[PUBLISHED_SETTINGS_KEY], record)) {
      await browser.storage.local.set({ [PUBLISHED_SETTINGS_KEY]: record });
    }
    await publishDayLabels(record.values.dismissDays);
    return record;
  } catch (error) {
    console.warn("[CSP Portal Guide] could not publish the settings in force for portal pages", error);
    return null;
  }
}

/** The settings in force once the runs queued so far are done; null when the last run failed. */
export function publishedSettings(): Promise<PublishedSettings | null> {
  return queue;
}

/** Registers the triggers; called synchronously at the top level of the background. */
export function keepSettingsPublished(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === "sync" || area === "managed") {
      void publishSettings();
    } else if (area === "local" && PUBLISHED_SETTINGS_KEY in changes) {
      // Our own write comes back here; anything else (a cleared storage.local) is put right.
      if (!jsonEqual(changes[PUBLISHED_SETTINGS_KEY]?.newValue, lastWritten)) void publishSettings();
    } else if (
      area === "local" &&
      DAY_LABELS_KEY in changes &&
      changes[DAY_LABELS_KEY]?.newValue === undefined
    ) {
      void publishSettings();
    }
  });
  browser.runtime.onInstalled.addListener(() => void publishSettings());
  browser.runtime.onStartup.addListener(() => void publishSettings());
  void publishSettings();
}
