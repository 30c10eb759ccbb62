import { describeValue, joinPath } from "../../src/settings/describe-value";
import type { SettingValues } from "../../src/settings/settings-schema";
import { validateSettings } from "../../src/settings/validate-settings";
import { knownExtensionIds } from "./deployment";

/**
 * The checks every policy format shares, whatever its syntax: one extension's settings object, the
 * force-install list, and `ExtensionSettings`. Each format file finds these in its own layout and
 * records what they say in the report being drawn up.
 */

export interface PolicyProblem {
  /** Where in the file: a JSON path, a registry key path, or a line. */
  readonly path: string;
  readonly message: string;
}

export interface PolicyFileReport {
  /** What the file was read as, e.g. "Windows .reg". */
  readonly format: string;
  /** One entry per extension id of ours the file sets policy for. */
  readonly configured: {
    readonly where: string;
    readonly id: string;
    readonly settings: number;
    /** The settings the extension would take from it, problems left out. */
    readonly values: SettingValues;
  }[];
  readonly problems: PolicyProblem[];
  /** Things worth knowing that do not make the file invalid. */
  readonly notes: string[];
  /** No problem, and at least one setting for this extension. */
  readonly valid: boolean;
}

/** The report while a format's checker fills it in. */
export interface ReportDraft {
  format: string;
  configured: { where: string; id: string; settings: number; values: SettingValues }[];
  problems: PolicyProblem[];
  notes: string[];
}

const FORCE_MODES = new Set(["force_installed", "normal_installed"]);
const BLOCK_MODES = new Set(["blocked", "removed"]);

/** Validates one extension's policy object and records it. */
export function checkPolicyFor(
  draft: ReportDraft,
  where: string,
  id: string,
  policy: unknown,
  separator = ".",
): void {
  const ours = knownExtensionIds();
  if (!ours.has(id)) {
    draft.notes.push(
      `${where}: not an id of CSP Portal Guide, left alone (its ids: ${[...ours.keys()].join(", ")})`,
    );
    return;
  }
  const { values, problems } = validateSettings(policy);
  for (const problem of problems) {
    const path = problem.path === "(settings)" ? where : `${where}${separator}${problem.path}`;
    draft.problems.push({ path, message: problem.message });
  }
  const settings = Object.keys(values).length;
  if (settings === 0 && problems.length === 0) {
    draft.problems.push({ path: where, message: "sets no setting" });
  }
  draft.configured.push({ where, id, settings, values });
}

/** `ExtensionInstallForcelist`: "id;update URL" strings; ours must update over https:. */
export function checkForceList(draft: ReportDraft, where: string, list: unknown): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    draft.problems.push({
      path: where,
      message: `expected a list of "id;update URL" strings, got ${describeValue(list)}`,
    });
    return;
  }
  const ours = knownExtensionIds();
  list.slice(0, 1000).forEach((entry, index) => {
    if (typeof entry !== "string") return;
    const [id = "", url] = entry.split(";");
    if (!ours.has(id.trim())) return;
    if (url !== undefined && !/^https:\/\/[^\s/]+\.[^\s/]+/.test(url.trim())) {
      draft.problems.push({
        path: joinPath(where, index),
        message: `the update URL of ${id} must be an https: address, got ${describeValue(url)}`,
      });
    } else draft.notes.push(`${joinPath(where, index)}: force-installs ${id}`);
  });
}

/** `ExtensionSettings` of Chrome, Edge and Firefox: our entries must not block us, and must install. */
export function checkExtensionSettings(
  draft: ReportDraft,
  where: string,
  settings: unknown,
  needsInstallUrl: boolean,
): void {
  if (settings === undefined) return;
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) {
    draft.problems.push({
      path: where,
      message: `expected an object keyed by extension id, got ${describeValue(settings)}`,
    });
    return;
  }
  for (const id of knownExtensionIds().keys()) {
    if (!Object.hasOwn(settings, id)) continue;
    const entry = (settings as Record<string, unknown>)[id];
    const path = joinPath(where, id);
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      draft.problems.push({ path, message: `expected an object, got ${describeValue(entry)}` });
      continue;
    }
    const {
      installation_mode: mode,
      install_url: installUrl,
      update_url: updateUrl,
    } = entry as Record<string, unknown>;
    if (typeof mode === "string" && BLOCK_MODES.has(mode)) {
      draft.problems.push({
        path: joinPath(path, "installation_mode"),
        message: `"${mode}" keeps CSP Portal Guide off these browsers`,
      });
    }
    if (typeof mode === "string" && FORCE_MODES.has(mode)) {
      const url = needsInstallUrl ? installUrl : updateUrl;
      const key = needsInstallUrl ? "install_url" : "update_url";
      if (needsInstallUrl && url === undefined) {
        draft.problems.push({
          path,
          message: `"${mode}" needs an install_url (Firefox cannot install without one)`,
        });
      } else if (url !== undefined && (typeof url !== "string" || !/^(https:|file:)/.test(url))) {
        draft.problems.push({
          path: joinPath(path, key),
          message: `expected an https: address, got ${describeValue(url)}`,
        });
      } else draft.notes.push(`${path}: ${mode}`);
    }
  }
}

/** The object `value[key]` keyed by extension id, or null after saying what is wrong with it. */
export function objectAt(
  draft: ReportDraft,
  value: unknown,
  path: string,
  key: string,
): Record<string, unknown> | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    draft.problems.push({ path, message: `expected an object with "${key}", got ${describeValue(value)}` });
    return null;
  }
  const inner = (value as Record<string, unknown>)[key];
  if (inner === undefined) {
    const other = Object.keys(value).find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    draft.problems.push({
      path: joinPath(path, key),
      message: other ? `is missing (found "${other}": the name is case-sensitive)` : "is missing",
    });
    return null;
  }
  if (typeof inner !== "object" || inner === null || Array.isArray(inner)) {
    draft.problems.push({
      path: joinPath(path, key),
      message: `expected an object keyed by extension id, got ${describeValue(inner)}`,
    });
    return null;
  }
  return inner as Record<string, unknown>;
}
