import { DEFAULT_VALUES, type EffectiveValues, toSettings } from "./effective-values";
import { PUBLISHED_SETTINGS_FORMAT, type PublishedSettings } from "./published-settings";
import type { Settings } from "./settings";
import { POLICY_ONLY_KEYS, type SettingKey } from "./settings-schema";
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
  // An organisation that does not let users turn the banners off keeps them on, unless its policy
  // itself sets `enabled`.
  if (values.allowUserDisable === false && !locked.has("enabled")) {
    values.enabled = true;
    locked.add("enabled");
  }
  return {
    settings: toSettings(values),
    values,
    locked,
    problems: [
      ...policy.problems.map((problem) => ({ ...problem, source: "policy" as const })),
      ...user.problems.map((problem) => ({ ...problem, source: "options" as const })),
    ],
  };
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
    problems: resolved.problems.map(formatProblem),
  };
}
