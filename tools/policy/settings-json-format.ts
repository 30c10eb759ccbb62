import { SETTINGS_SCHEMA } from "../../src/settings/settings-schema";
import { knownExtensionIds } from "./deployment";
import { checkPolicyFor, type ReportDraft } from "./extension-policy-checks";

/**
 * Bare settings JSON: the extension's settings alone, as the options page downloads them ("Download
 * as a policy file") and `npm run policies -- --policy FILE` reads them, or as the Google Admin
 * console's extension policy, which wraps each value as {"Value": …}. Not deployable by itself, so
 * nothing renders it here.
 */

const SETTING_KEYS = Object.keys(SETTINGS_SCHEMA.properties);

export function isSettingsJson(top: Record<string, unknown>): boolean {
  return Object.keys(top).some((key) => SETTING_KEYS.includes(key));
}

export function checkSettingsJson(draft: ReportDraft, top: Record<string, unknown>): void {
  draft.format = "settings JSON";
  const wrapped = Object.values(top).every(
    (value) =>
      typeof value === "object" &&
      value !== null &&
      Object.keys(value).length === 1 &&
      Object.hasOwn(value, "Value"),
  );
  const policy = wrapped
    ? Object.fromEntries(
        Object.entries(top).map(([key, value]) => [key, (value as { Value: unknown }).Value]),
      )
    : top;
  const id = knownExtensionIds().keys().next().value!;
  checkPolicyFor(draft, "(settings)", id, policy);
  draft.configured[draft.configured.length - 1] = {
    ...draft.configured.at(-1)!,
    where: "the file (settings only)",
  };
  // Bare settings: paths are the setting paths themselves.
  draft.problems = draft.problems.map((problem) => ({
    ...problem,
    path: problem.path.replace(/^\(settings\)\.?/, "") || "(settings)",
  }));
}
