import { DEFAULT_VALUES, type EffectiveValues } from "./effective-values";
import { type ResolvedSettings, ruleShowsNoBanner } from "./resolve-settings";
import { type CustomRuleSetting, POLICY_ONLY_KEYS, SETTING_KEYS, type SettingKey } from "./settings-schema";
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

/** `storage.sync` refuses an item whose key and JSON value exceed this many bytes (QUOTA_BYTES_PER_ITEM). */
export const SYNC_ITEM_LIMIT = 8192;

/** Problems per key, worded by the validator (path: message); empty when the draft can be saved. */
export function draftErrors(
  draft: Draft,
  keys: readonly SettingKey[],
  resolved?: Pick<ResolvedSettings, "settings">,
): Partial<Record<SettingKey, string[]>> {
  const errors: Partial<Record<SettingKey, string[]>> = {};
  for (const key of keys) {
    const { values, problems } = validateSetting(key, draft[key]);
    const lines = problems.map((problem) => `${problem.path}: ${problem.message}`);
    if (key === "customRules" && resolved && !resolved.settings.allowUserDisable) {
      lines.push(...keptOnRuleErrors(draft.customRules, resolved.settings.disabledVerdicts));
    }
    const size = key in values ? syncItemBytes(key, (values as Record<string, unknown>)[key]) : 0;
    if (size > SYNC_ITEM_LIMIT) {
      lines.push(
        `${key}: is ${size} bytes; the browser syncs at most ${SYNC_ITEM_LIMIT} per setting (shorten it, or deploy it by policy)`,
      );
    }
    if (lines.length > 0) errors[key] = lines;
  }
  return errors;
}

/** The user's rules that would show no banner, which an organisation keeping banners on refuses. */
function keptOnRuleErrors(rules: unknown, disabledVerdicts: readonly string[]): string[] {
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule, index) =>
    typeof rule === "object" &&
    rule !== null &&
    ruleShowsNoBanner(rule as CustomRuleSetting, disabledVerdicts)
      ? [`customRules[${index}]: shows no banner on its pages, and your organization keeps the banners on`]
      : [],
  );
}

function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
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
