import { DEFAULT_VALUES, type EffectiveValues, toSettings } from "./effective-values";
import type { Settings } from "./settings";
import type { SettingKey } from "./settings-schema";

/**
 * The settings in force, as the background publishes them for content scripts: it resolves
 * defaults → the user's options (`storage.sync`) → the organisation's policy (`storage.managed`)
 * with the full validator, and writes the result to `storage.local` under this key. Content scripts
 * read only this, so the schema and the validator stay out of the script injected into every portal
 * page.
 */
export const PUBLISHED_SETTINGS_KEY = "settingsInForce";

/** Raised when the record's shape changes, so a content script never reads another version's record. */
export const PUBLISHED_SETTINGS_FORMAT = 1;

export interface PublishedSettings {
  readonly format: typeof PUBLISHED_SETTINGS_FORMAT;
  /** Validated, flat and keyed like the schema. */
  readonly values: EffectiveValues;
  /** Keys the policy sets. */
  readonly locked: readonly SettingKey[];
  /** What was left out and why, one line each (`formatProblem`), for the page's console. */
  readonly problems: readonly string[];
}

export interface SettingsInForce {
  readonly settings: Settings;
  readonly problems: readonly string[];
  /** Keys whose stored value had the wrong kind and fell back to the default: a damaged record. */
  readonly damaged: readonly string[];
}

/**
 * What `storage.local` holds under PUBLISHED_SETTINGS_KEY, read without the schema: null when
 * nothing is published yet or the record is not of this format. The background validated every
 * value; this only guards against a damaged record, key by key: a value of another kind than its
 * default (string, number, boolean, list, object) falls back to the default and is named in
 * `damaged`.
 */
export function readPublishedSettings(stored: unknown): SettingsInForce | null {
  if (!isRecord(stored) || stored.format !== PUBLISHED_SETTINGS_FORMAT || !isRecord(stored.values))
    return null;
  const values: Record<string, unknown> = { ...DEFAULT_VALUES };
  const damaged: string[] = [];
  for (const key of Object.keys(DEFAULT_VALUES)) {
    if (!Object.hasOwn(stored.values, key)) continue;
    const value = stored.values[key];
    if (kindOf(value) === kindOf(values[key])) values[key] = value;
    else damaged.push(key);
  }
  const problems = Array.isArray(stored.problems)
    ? stored.problems.filter((line): line is string => typeof line === "string")
    : [];
  return { settings: toSettings(values as EffectiveValues), problems, damaged };
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "list";
  return value === null ? "null" : typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
