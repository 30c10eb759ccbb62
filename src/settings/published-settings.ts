import type { RuleIndexes } from "../classify/classify-url";
import { readEmailAddress, readPhoneNumber } from "./contact-addresses";
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
export const PUBLISHED_SETTINGS_FORMAT = 2;

export interface PublishedSettings {
  readonly format: typeof PUBLISHED_SETTINGS_FORMAT;
  /** Validated, flat and keyed like the schema. */
  readonly values: EffectiveValues;
  /** Keys the policy sets, and those it keeps on (`keptOn`). */
  readonly locked: readonly SettingKey[];
  /** Of `locked`, the keys locked because the policy keeps the banners on (allowUserDisable: false). */
  readonly keptOn: readonly SettingKey[];
  /** What was left out and why, one line each (`formatProblem`), for the page's console. */
  readonly problems: readonly string[];
  /**
   * The custom rules compiled with the catalog, for each portal they apply to (ruleIndexesOf), so that
   * pages only read them; none without custom rules.
   */
  readonly ruleIndexes: RuleIndexes;
}

export interface SettingsInForce {
  readonly settings: Settings;
  /** The same, flat and keyed like the schema (for the options page). */
  readonly values: EffectiveValues;
  /** Keys the policy locks, and of those the ones it keeps on; only known keys. */
  readonly locked: readonly SettingKey[];
  readonly keptOn: readonly SettingKey[];
  readonly problems: readonly string[];
  /** Keys whose stored value had the wrong kind and fell back to the default: a damaged record. */
  readonly damaged: readonly string[];
  /** The custom rules' indexes; none when they are damaged (then `damaged` names customRules). */
  readonly ruleIndexes: RuleIndexes;
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
  const known = (list: unknown): SettingKey[] =>
    Array.isArray(list)
      ? list.filter((key): key is SettingKey => typeof key === "string" && Object.hasOwn(DEFAULT_VALUES, key))
      : [];
  const ruleIndexes = readRuleIndexes(stored.ruleIndexes);
  if (ruleIndexes === null) damaged.push("customRules");
  return {
    ruleIndexes: ruleIndexes ?? {},
    settings: toSettings(values as EffectiveValues),
    values: values as EffectiveValues,
    locked: known(stored.locked),
    keptOn: known(stored.keptOn),
    problems,
    damaged,
  };
}

/**
 * Rule indexes as the background wrote them, checked for their outline only (a lookup in a damaged
 * one cannot break the page: classifyUrl never throws); null when that is not theirs.
 */
function readRuleIndexes(stored: unknown): RuleIndexes | null {
  if (stored === undefined) return {};
  if (!isRecord(stored)) return null;
  for (const index of Object.values(stored)) {
    if (!isRecord(index) || typeof index.preferred !== "number") return null;
    if (![index.rules, index.entries, index.root].every(Array.isArray)) return null;
  }
  return stored as RuleIndexes;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "list";
  return value === null ? "null" : typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The policy keys a content script may read for itself before anything is published. */
export const POLICY_GLIMPSE_KEYS = ["partnerName", "partnerEmail", "partnerPhone"] as const;

// Never looser than the validator: the addresses are read by the same contact-addresses.ts, and a test
// holds every value accepted here to be accepted, and tidied the same, by validateSettings.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function plainText(value: unknown, maxLength: number): string | null {
  if (typeof value !== "string" || value.length > maxLength) return null;
  if (hasControlCharacter(value) || LONE_SURROGATE.test(value)) return null;
  const text = value.trim();
  return text === "" ? null : text;
}

/** As invisible-characters.ts defines what is not text, without its joiner exception: stricter. */
const NOT_TEXT =
  /[^\P{Cc}\t\n\r]|[\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}]/u;

function hasControlCharacter(text: string): boolean {
  return NOT_TEXT.test(text);
}

/**
 * What a content script shows while the background has published nothing yet (a fresh profile): the
 * defaults with the partner's name, e-mail and phone read from `storage.managed` as the page got them,
 * each kept only when it passes a strict check, so neither the validator nor the schema comes into
 * the page. Links, messages and rules wait for the published record. Null when the policy gives
 * none of the three.
 */
export function readPolicyGlimpse(policy: unknown): Settings | null {
  if (!isRecord(policy)) return null;
  const name = plainText(policy.partnerName, 100);
  const email = plainText(policy.partnerEmail, 254);
  const phone = plainText(policy.partnerPhone, 40);
  const partner = {
    name: name ?? "",
    email: email !== null && readEmailAddress(email) === email ? email : "",
    phone: phone !== null && readPhoneNumber(phone) === phone ? phone : "",
  };
  if (partner.name === "" && partner.email === "" && partner.phone === "") return null;
  const defaults = toSettings(DEFAULT_VALUES);
  return { ...defaults, partner: { ...defaults.partner, ...partner } };
}
