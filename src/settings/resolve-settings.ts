import { compileUsableRules, ruleIndexesOf } from "../classify/classify-url";
import { quote } from "./describe-value";
import { DEFAULT_VALUES, type EffectiveValues, toSettings } from "./effective-values";
import { jsonEqual } from "./json-equal";
import { PUBLISHED_SETTINGS_FORMAT, type PublishedSettings } from "./published-settings";
import type { Settings } from "./settings";
import {
  type CustomRuleSetting,
  POLICY_ONLY_KEYS,
  type SettingKey,
  type SettingValues,
} from "./settings-schema";
import { type SettingProblem, validateSettings } from "./validate-settings";

export type SettingSource = "policy" | "options";

export interface SourcedProblem extends SettingProblem {
  /** policy: `storage.managed` (the organisation); options: `storage.sync` (the user). */
  readonly source: SettingSource;
}

export interface ResolvedSettings {
  readonly settings: Settings;
  /** The same, flat and keyed like the schema: what the options page shows. */
  readonly values: EffectiveValues;
  /** Keys set by the organisation: read-only in the options page, "managed by your organization". */
  readonly locked: ReadonlySet<SettingKey>;
  /**
   * Of those, the ones locked not because the policy sets them but because it keeps the banners on
   * (`allowUserDisable: false`): "your organization keeps the banners on".
   */
  readonly keptOn: ReadonlySet<SettingKey>;
  /** Values left out, with why; logged by the shells, listed by the options page. */
  readonly problems: readonly SourcedProblem[];
}

export interface SettingSources {
  /** What `storage.sync` holds: the user's own options. */
  readonly options?: unknown;
  /** What `storage.managed` holds: the organisation's policy. */
  readonly policy?: unknown;
}

/**
 * The effective settings: built-in defaults, then the user's options, then the organisation's
 * policy. Every key the policy sets is locked. Both sources are validated key by key, so a bad value
 * falls back to the next layer down instead of spoiling the rest. Pure; never throws.
 */
export function resolveSettings(sources: SettingSources): ResolvedSettings {
  const user = validateSettings(sources.options);
  const policy = validateSettings(sources.policy);
  const values: EffectiveValues = { ...DEFAULT_VALUES };
  const assign = (from: object, skip: ReadonlySet<SettingKey>): void => {
    for (const [key, value] of Object.entries(from)) {
      if (!skip.has(key as SettingKey)) Object.assign(values, { [key]: value });
    }
  };
  assign(user.values, POLICY_ONLY_KEYS);
  assign(policy.values, new Set());

  const locked = new Set(Object.keys(policy.values) as SettingKey[]);
  const problems: SourcedProblem[] = [
    ...policy.problems.map((problem) => ({ ...problem, source: "policy" as const })),
    ...user.problems.map((problem) => ({ ...problem, source: "options" as const })),
  ];
  const keptOn = new Set<SettingKey>();
  if (values.allowUserDisable === false) keepBannersOn(values, user.values, locked, keptOn, problems);
  return { settings: toSettings(values), values, locked, keptOn, problems };
}

/** The settings a user could turn banners off with; `allowUserDisable: false` locks them all. */
const TURN_OFF_KEYS = ["enabled", "disabledVerdicts", "disabledHosts"] as const;
const SHOWN_RULE_IDS = 5;

/**
 * Whether a custom rule shows no banner on its pages: verdict none, or a verdict turned off. Under
 * `allowUserDisable: false` only the organisation's own rules may do that.
 */
export function ruleShowsNoBanner(
  rule: Pick<CustomRuleSetting, "verdict">,
  disabledVerdicts: readonly string[],
): boolean {
  return rule.verdict === "none" || disabledVerdicts.includes(rule.verdict);
}

/**
 * An organisation that does not let users turn the banners off (`allowUserDisable: false`) keeps
 * them on, whichever path the user takes: the options page, `storage.sync` written directly, the
 * popup's site switch, or a custom rule of their own. What the policy itself sets stands. This is the
 * one place every one of those paths goes through; the pages only show the locks.
 */
function keepBannersOn(
  values: EffectiveValues,
  userValues: SettingValues,
  locked: Set<SettingKey>,
  keptOn: Set<SettingKey>,
  problems: SourcedProblem[],
): void {
  for (const key of TURN_OFF_KEYS) {
    if (locked.has(key)) continue;
    Object.assign(values, { [key]: DEFAULT_VALUES[key] });
    locked.add(key);
    keptOn.add(key);
    if (Object.hasOwn(userValues, key) && !jsonEqual(userValues[key], DEFAULT_VALUES[key])) {
      problems.push({
        source: "options",
        path: key,
        message: "your organization keeps the banners on; not used",
      });
    }
  }
  if (locked.has("customRules")) return;
  const refused = values.customRules.filter((rule) => ruleShowsNoBanner(rule, values.disabledVerdicts));
  if (refused.length === 0) return;
  values.customRules = values.customRules.filter((rule) => !refused.includes(rule));
  const ids = refused.slice(0, SHOWN_RULE_IDS).map((rule) => quote(rule.id));
  const more = refused.length > SHOWN_RULE_IDS ? ` and ${refused.length - SHOWN_RULE_IDS} more` : "";
  const which =
    refused.length === 1 ? `the rule ${ids[0]} would` : `the rules ${ids.join(", ")}${more} would`;
  problems.push({
    source: "options",
    path: "customRules",
    message: `${which} show no banner on ${refused.length === 1 ? "its" : "their"} pages, and your organization keeps the banners on; left out`,
  });
}

/** One line per problem, for the console and `policy:check`. */
export function formatProblem(problem: SourcedProblem): string {
  const where = problem.source === "policy" ? "policy" : "options";
  return `${where} ${problem.path}: ${problem.message}`;
}

/** The resolved settings as the background publishes them for content scripts (published-settings.ts). */
export function publishedSettingsOf(resolved: ResolvedSettings): PublishedSettings {
  return {
    format: PUBLISHED_SETTINGS_FORMAT,
    values: resolved.values,
    locked: [...resolved.locked].sort(),
    keptOn: [...resolved.keptOn].sort(),
    problems: resolved.problems.map(formatProblem),
    ruleIndexes:
      resolved.values.customRules.length === 0
        ? {}
        : ruleIndexesOf(compileUsableRules(resolved.values.customRules)),
  };
}
