import { SETTING_KEYS } from "../../src/settings/settings-schema";
import { type SettingProblem, validateSettings } from "../../src/settings/validate-settings";
import { EXTENSION_IDS } from "../build/extension-ids";

export type PreviewPolicy =
  | { ok: true; where: string; values: Record<string, unknown> }
  | { ok: false; problems: readonly SettingProblem[] };

const SETTING_KEY_SET: ReadonlySet<string> = new Set(SETTING_KEYS);

/**
 * The extension's settings in a policy file, for `npm run preview --policy`: the Chrome / Chromium /
 * Edge policy JSON of policies/linux (`3rdparty.extensions.<id>`), Firefox's policies.json
 * (`policies.3rdparty.Extensions.<id>`), or the settings object itself as `storage.managed` holds it.
 * Checked key by key with the options page's and the extension's own validator; any problem fails
 * the preview, since a picture of settings the customer's browser would drop is no use to anyone.
 */
export function readPreviewPolicy(json: unknown): PreviewPolicy {
  const found = locate(json);
  if (!found) {
    return {
      ok: false,
      problems: [
        {
          path: "(file)",
          message: `configures nothing for CSP Portal Guide: expected 3rdparty.extensions.${EXTENSION_IDS.chromium}, policies.3rdparty.Extensions["${EXTENSION_IDS.firefox}"] or an object of settings`,
        },
      ],
    };
  }
  const { values, problems } = validateSettings(found.policy);
  if (problems.length > 0) {
    return {
      ok: false,
      problems: problems.map((problem) => ({
        path: found.where === "" ? problem.path : `${found.where}.${problem.path}`,
        message: problem.message,
      })),
    };
  }
  return { ok: true, where: found.where || "(settings)", values: values as Record<string, unknown> };
}

function locate(json: unknown): { where: string; policy: unknown } | null {
  if (!isObject(json)) return null;
  const chromium = child(child(child(json, "3rdparty"), "extensions"), EXTENSION_IDS.chromium);
  if (chromium !== undefined)
    return { where: `3rdparty.extensions.${EXTENSION_IDS.chromium}`, policy: chromium };
  const firefox = child(
    child(child(child(json, "policies"), "3rdparty"), "Extensions"),
    EXTENSION_IDS.firefox,
  );
  if (firefox !== undefined) {
    return { where: `policies.3rdparty.Extensions["${EXTENSION_IDS.firefox}"]`, policy: firefox };
  }
  const keys = Object.keys(json);
  if (keys.length > 0 && keys.some((key) => SETTING_KEY_SET.has(key))) return { where: "", policy: json };
  return null;
}

function child(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
