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
import { whileStartUpHoldsPolicy } from "./start-up-document";

const { readResolvedSettingsAfresh } = settingsStore(browser.storage);

/**
 * Keeps `storage.local[PUBLISHED_SETTINGS_KEY]` equal to the settings in force, so content scripts
 * read one validated record instead of carrying the validator into every portal page. Recomputed
 * whenever the options or the policy change, on install, update and browser start, at each start of
 * this worker, and at a page's report while this worker has not published yet: nothing of it lives
 * in a timer, so a worker stopped while it waited for the policy starts over at its next event. Runs
 * one at a time, each from a fresh read of both areas: the last write always reflects the last
 * change, never an earlier read that finished late.
 *
 * A run waits for `storage.managed` as long as the browser takes to answer (Chromium answers only
 * once its start-up is over: settings-store.ts; start-up-document.ts hurries that along), or until a
 * newer run is queued, which reads afresh.
 * Until then the record published before, if any, stays in force.
 */

let queue: Promise<PublishedSettings | null> = Promise.resolve(null);
/** A run queued behind the current one and not started yet: it will read afresh, so it serves every caller. */
let waiting: Promise<PublishedSettings | null> | null = null;
/** Runs queued or under way. */
let runs = 0;
let lastWritten: PublishedSettings | null = null;
/** Lets the run under way stop waiting for the policy once a newer run, which reads afresh, is queued. */
let giveWay: (() => void) | null = null;

export function publishSettings(): Promise<PublishedSettings | null> {
  if (!waiting) {
    giveWay?.();
    runs += 1;
    waiting = queue.then(() => {
      waiting = null;
      return publishOnce().finally(() => {
        runs -= 1;
      });
    });
    queue = waiting;
  }
  return waiting;
}

/**
 * For each page's report: a worker that has not published yet, and has no run under way (its last
 * one failed), starts one, so a failure is retried at the next page rather than by a timer that dies
 * with the worker.
 */
export function keepPublishing(): void {
  if (lastWritten === null && runs === 0) void publishSettings();
}

async function publishOnce(): Promise<PublishedSettings | null> {
  try {
    // The days first, for the dismissal length last published: they need no policy, which may be
    // long in coming.
    const before = readPublishedSettings(
      (await browser.storage.local.get(PUBLISHED_SETTINGS_KEY))[PUBLISHED_SETTINGS_KEY],
    );
    await publishDayLabels(before?.settings.dismissDays ?? DEFAULT_SETTINGS.dismissDays);
    const newer = new Promise<null>((resolve) => {
      giveWay = () => resolve(null);
    });
    const resolved = await Promise.race([whileStartUpHoldsPolicy(readResolvedSettingsAfresh()), newer]);
    giveWay = null;
    if (resolved === null) return lastWritten;
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
    lastWritten = null;
    console.warn("[CSP Portal Guide] could not publish the settings in force for portal pages", error);
    return null;
  }
}

/**
 * Whether the settings in force carry custom rules: from what this worker published, else from the
 * record a previous worker or browser session left (the policy may not be readable yet), else once
 * the run under way has published. True when nothing can be known: the page then reads for itself.
 */
export async function customRulesInForce(): Promise<boolean> {
  if (lastWritten) return lastWritten.values.customRules.length > 0;
  try {
    const stored = readPublishedSettings(
      (await browser.storage.local.get(PUBLISHED_SETTINGS_KEY))[PUBLISHED_SETTINGS_KEY],
    );
    if (stored) return stored.settings.customRules.length > 0;
  } catch {
    // Unreadable now: the run under way decides.
  }
  const record = await queue;
  return record === null || record.values.customRules.length > 0;
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
