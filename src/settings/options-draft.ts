import { DEFAULT_VALUES, type EffectiveValues } from "./effective-values";
import type { ResolvedSettings } from "./resolve-settings";
import { POLICY_ONLY_KEYS, SETTING_KEYS, type SettingKey } from "./settings-schema";
import { validateSetting } from "./validate-settings";

/**
 * The options page's form logic, without the page: which keys the user may edit, what is wrong with
 * what they typed, and what to write to `storage.sync` on save.
 */

export type Draft = { -readonly [K in SettingKey]: unknown };

/** Keys the user edits: not locked by policy, and not the ones only an organisation sets. */
export function editableKeys(resolved: Pick<ResolvedSettings, "locked">): SettingKey[] {
  return SETTING_KEYS.filter((key) => !resolved.locked.has(key) && !POLICY_ONLY_KEYS.has(key));
}

export function draftFrom(values: EffectiveValues): Draft {
  return structuredClone(values) as Draft;
}

/** Problems per key, worded by the validator (path: message); empty when the draft can be saved. */
export function draftErrors(
  draft: Draft,
  keys: readonly SettingKey[],
): Partial<Record<SettingKey, string[]>> {
  const errors: Partial<Record<SettingKey, string[]>> = {};
  for (const key of keys) {
    const { problems } = validateSetting(key, draft[key]);
    if (problems.length > 0) errors[key] = problems.map((problem) => `${problem.path}: ${problem.message}`);
  }
  return errors;
}

/**
 * What to write: each editable key's tidied value, or `undefined` (remove it) where it equals the
 * built-in default, so a later change of a default reaches users who never changed that setting.
 */
export function changesToSave(draft: Draft, keys: readonly SettingKey[]): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of keys) {
    const { values } = validateSetting(key, draft[key]);
    if (!(key in values)) continue;
    const value = (values as Record<string, unknown>)[key];
    changes[key] = JSON.stringify(value) === JSON.stringify(DEFAULT_VALUES[key]) ? undefined : value;
  }
  return changes;
}

/**
 * The settings in force that differ from the defaults, as a policy: a bare settings object, which
 * `npm run policy:check` checks and `npm run policies -- --policy FILE` renders into every form. It
 * lets a partner's technician set the extension up in the options page, then deploy the same.
 */
export function settingsAsPolicy(values: EffectiveValues): Record<string, unknown> {
  const policy: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (JSON.stringify(values[key]) !== JSON.stringify(DEFAULT_VALUES[key])) policy[key] = values[key];
  }
  return policy;
}
