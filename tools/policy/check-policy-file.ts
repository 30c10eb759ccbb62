import { describeValue, joinPath } from "../../src/settings/describe-value";
import { SETTINGS_SCHEMA } from "../../src/settings/settings-schema";
import { validateSettings } from "../../src/settings/validate-settings";
import { decodePolicyText } from "./decode-policy-text";
import { knownExtensionIds } from "./deployment";
import { parsePlist } from "./parse-plist";
import { parseReg, subtree } from "./parse-reg";
import { registryToJson } from "./registry-to-json";
import { KEYS_BEGIN, POLICY_BEGIN, POLICY_END } from "./render-intune";

/**
 * `policy:check` without the shell: what a policy file (any form in policies/) configures for this
 * extension, and every problem in it with its key path. Pure; never throws, whatever the bytes.
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
  readonly configured: { readonly where: string; readonly id: string; readonly settings: number }[];
  readonly problems: PolicyProblem[];
  /** Things worth knowing that do not make the file invalid. */
  readonly notes: string[];
  /** No problem, and at least one setting for this extension. */
  readonly valid: boolean;
}

interface Draft {
  format: string;
  configured: { where: string; id: string; settings: number }[];
  problems: PolicyProblem[];
  notes: string[];
}

const FORCE_MODES = new Set(["force_installed", "normal_installed"]);
const BLOCK_MODES = new Set(["blocked", "removed"]);
const MAC_EXTENSION_DOMAIN =
  /^(com\.google\.Chrome|com\.microsoft\.Edge|org\.chromium\.Chromium)\.extensions\.(.+)$/;
const MAC_BROWSER_DOMAIN = /^(com\.google\.Chrome|com\.microsoft\.Edge|org\.chromium\.Chromium)$/;
const REG_POLICY_ROOT =
  /^(HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER)\\SOFTWARE\\Policies\\(.+?)\\3rdparty\\extensions\\([^\\]+)\\policy$/i;

export function checkPolicyFile(name: string, bytes: Uint8Array): PolicyFileReport {
  const draft: Draft = { format: "unknown", configured: [], problems: [], notes: [] };
  try {
    checkInto(draft, name, bytes);
  } catch (error) {
    draft.problems.push({ path: "(file)", message: `could not be checked (${String(error).slice(0, 200)})` });
  }
  if (draft.problems.length === 0 && draft.configured.length === 0) {
    const ids = [...knownExtensionIds().keys()].join(", ");
    draft.problems.push({
      path: "(file)",
      message: `configures nothing for CSP Portal Guide: no policy for any of its ids (${ids})`,
    });
  }
  return { ...draft, valid: draft.problems.length === 0 };
}

function checkInto(draft: Draft, name: string, bytes: Uint8Array): void {
  if (bytes[0] === 0x62 && String.fromCharCode(...bytes.subarray(0, 6)) === "bplist") {
    draft.format = "binary property list";
    draft.problems.push({
      path: "(file)",
      message: "is a binary property list: convert it with `plutil -convert xml1`",
    });
    return;
  }
  const signedXml = bytes[0] === 0x30 ? extractSignedProfile(bytes) : null;
  const decoded =
    signedXml !== null
      ? { ok: true as const, text: signedXml, encoding: "UTF-8" as const }
      : decodePolicyText(bytes);
  if (!decoded.ok) {
    draft.problems.push({ path: "(file)", message: decoded.reason });
    return;
  }
  const text = decoded.text.replace(/^\ufeff/, "");
  const start = text.trimStart();
  const ascii = !/[^\t\n\r\x20-\x7e]/.test(text);
  if (/^(Windows Registry Editor|REGEDIT4)/.test(start) || /\.reg$/i.test(name)) {
    checkReg(draft, start);
    if (!ascii && decoded.encoding !== "UTF-16LE with BOM") {
      draft.problems.push({
        path: "(file)",
        message: `is ${decoded.encoding} with characters beyond ASCII: regedit reads such a file in the ANSI code page and garbles them; save it as Unicode (UTF-16LE with BOM), as regedit exports`,
      });
    }
  } else if (text.includes(POLICY_BEGIN) || /\.ps1$/i.test(name)) {
    checkPowerShell(draft, text);
    if (!ascii && decoded.encoding === "UTF-8") {
      draft.problems.push({
        path: "(file)",
        message:
          "is UTF-8 without a byte-order mark and has characters beyond ASCII: Windows PowerShell 5.1 reads it in the ANSI code page; write them as \\uXXXX in the JSON (as `npm run policies` does) or save with a BOM",
      });
    }
  } else if (start.startsWith("<")) checkPlist(draft, name, start);
  else if (start.startsWith("{") || start.startsWith("[")) {
    checkJson(draft, text);
    if (decoded.encoding.startsWith("UTF-16")) {
      draft.problems.push({
        path: "(file)",
        message: `is ${decoded.encoding}: browsers read policy JSON as UTF-8; save it as UTF-8`,
      });
    }
  } else
    draft.problems.push({
      path: "(file)",
      message:
        "is not a policy file this tool reads: expected a .reg file, policy JSON (Chrome, Edge, Firefox), " +
        "a configuration profile (.mobileconfig, .plist) or the Intune scripts of policies/intune",
    });
}

/** A signed profile (CMS) carries the XML profile inside; read that. */
function extractSignedProfile(bytes: Uint8Array): string | null {
  const text = new TextDecoder("latin1").decode(bytes);
  const start = text.indexOf("<?xml");
  const end = text.indexOf("</plist>", start);
  if (start === -1 || end === -1) return null;
  return new TextDecoder("utf-8").decode(bytes.subarray(start, end + "</plist>".length));
}

/** Validates one extension's policy object and records it. */
function checkPolicyFor(draft: Draft, where: string, id: string, policy: unknown, separator = "."): void {
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
  draft.configured.push({ where, id, settings });
}

function checkForceList(draft: Draft, where: string, list: unknown): void {
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

function checkExtensionSettings(
  draft: Draft,
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

function checkJson(draft: Draft, text: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    draft.format = "JSON";
    const reason = error instanceof Error ? error.message : "not JSON";
    draft.problems.push({ path: "(file)", message: `is not valid JSON: ${reason.slice(0, 200)}` });
    return;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    draft.format = "JSON";
    draft.problems.push({
      path: "(file)",
      message: `expected a JSON object at the top, got ${describeValue(parsed)}`,
    });
    return;
  }
  const top = parsed as Record<string, unknown>;
  if (top.type === "storage" && typeof top.name === "string" && Object.hasOwn(top, "data")) {
    draft.format = "Firefox managed-storage manifest";
    checkPolicyFor(draft, "data", top.name, top.data);
    return;
  }
  if (Object.hasOwn(top, "policies")) {
    draft.format = "Firefox policies.json";
    const policies = top.policies;
    if (typeof policies !== "object" || policies === null || Array.isArray(policies)) {
      draft.problems.push({
        path: "policies",
        message: `expected an object, got ${describeValue(policies)}`,
      });
      return;
    }
    const record = policies as Record<string, unknown>;
    checkExtensionSettings(draft, "policies.ExtensionSettings", record.ExtensionSettings, true);
    const third = record["3rdparty"];
    if (third !== undefined) {
      const extensions = objectAt(draft, third, "policies.3rdparty", "Extensions");
      if (extensions)
        for (const [id, policy] of Object.entries(extensions))
          checkPolicyFor(draft, joinPath("policies.3rdparty.Extensions", id), id, policy);
    }
    return;
  }
  if (
    Object.hasOwn(top, "3rdparty") ||
    Object.hasOwn(top, "ExtensionInstallForcelist") ||
    Object.hasOwn(top, "ExtensionSettings")
  ) {
    draft.format = "Chrome / Edge / Chromium policy JSON";
    checkForceList(draft, "ExtensionInstallForcelist", top.ExtensionInstallForcelist);
    checkExtensionSettings(draft, "ExtensionSettings", top.ExtensionSettings, false);
    if (top["3rdparty"] !== undefined) {
      const extensions = objectAt(draft, top["3rdparty"], "3rdparty", "extensions");
      if (extensions)
        for (const [id, policy] of Object.entries(extensions))
          checkPolicyFor(draft, joinPath("3rdparty.extensions", id), id, policy);
    }
    return;
  }
  const settingKeys = Object.keys(SETTINGS_SCHEMA.properties);
  if (Object.keys(top).some((key) => settingKeys.includes(key))) {
    draft.format = "settings JSON";
    // The Google Admin console's extension policy wraps each value as {"Value": …}.
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
    fixSettingsOnlyPaths(draft);
    return;
  }
  draft.format = "JSON";
}

/** Bare settings: paths are the setting paths themselves. */
function fixSettingsOnlyPaths(draft: Draft): void {
  draft.problems = draft.problems.map((problem) => ({
    ...problem,
    path: problem.path.replace(/^\(settings\)\.?/, "") || "(settings)",
  }));
}

function objectAt(draft: Draft, value: unknown, path: string, key: string): Record<string, unknown> | null {
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

function checkReg(draft: Draft, text: string): void {
  draft.format = "Windows .reg";
  const parsed = parseReg(text);
  if ("error" in parsed) {
    draft.problems.push({ path: "(file)", message: parsed.error });
    return;
  }
  for (const problem of parsed.problems)
    draft.problems.push({ path: `line ${problem.line}`, message: problem.message });
  for (const key of parsed.keys.values()) {
    const root = REG_POLICY_ROOT.exec(key.path);
    if (root) {
      const notes: { path: string; message: string }[] = [];
      const policy = registryToJson(subtree(parsed, key.path), SETTINGS_SCHEMA, "", notes);
      for (const note of notes)
        draft.problems.push({ path: `${key.path}\\${note.path}`, message: note.message });
      checkPolicyFor(draft, key.path, root[3]!, policy, "\\");
      continue;
    }
    if (/\\SOFTWARE\\Policies\\[^\\]+\\[^\\]+\\ExtensionInstallForcelist$/i.test(key.path)) {
      const list = [...key.values.values()]
        .filter(({ name }) => /^\d+$/.test(name))
        .map(({ data }) => (data.kind === "REG_SZ" ? data.value : ""));
      checkForceList(draft, key.path, list);
    }
    const settings = key.values.get("extensionsettings");
    if (
      settings &&
      /\\SOFTWARE\\Policies\\[^\\]+\\[^\\]+$/i.test(key.path) &&
      settings.data.kind === "REG_SZ"
    ) {
      let parsedSettings: unknown;
      try {
        parsedSettings = JSON.parse(settings.data.value);
      } catch {
        draft.problems.push({ path: `${key.path}\\ExtensionSettings`, message: "is not valid JSON" });
        continue;
      }
      checkExtensionSettings(draft, `${key.path}\\ExtensionSettings`, parsedSettings, false);
    }
  }
}

function checkPlist(draft: Draft, name: string, text: string): void {
  draft.format = "property list";
  const parsed = parsePlist(text);
  if ("error" in parsed) {
    draft.problems.push({ path: "(file)", message: `is not a readable property list: ${parsed.error}` });
    return;
  }
  const top = parsed.value;
  if (typeof top !== "object" || Array.isArray(top)) {
    draft.problems.push({ path: "(file)", message: "expected a <dict> at the top" });
    return;
  }
  if (Array.isArray(top.PayloadContent) && top.PayloadType === "Configuration") {
    draft.format = "macOS configuration profile";
    top.PayloadContent.forEach((payload, index) => {
      checkPayload(draft, payload, `PayloadContent[${index}]`);
    });
    return;
  }
  // A bare preference file, named after its domain: com.google.Chrome.extensions.<id>.plist
  const domain = MAC_EXTENSION_DOMAIN.exec(name.replace(/^.*[\\/]/, "").replace(/\.plist$/i, ""));
  if (domain) checkPolicyFor(draft, domain[0], domain[2]!, withoutPayloadKeys(top));
}

function withoutPayloadKeys(payload: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith("Payload")));
}

function checkPayload(draft: Draft, payload: unknown, path: string): void {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return;
  const record = payload as Record<string, unknown>;
  const type = typeof record.PayloadType === "string" ? record.PayloadType : "";
  const extension = MAC_EXTENSION_DOMAIN.exec(type);
  if (extension) {
    checkPolicyFor(draft, `${path} (${type})`, extension[2]!, withoutPayloadKeys(record));
    return;
  }
  if (MAC_BROWSER_DOMAIN.test(type)) {
    checkForceList(draft, `${path}.ExtensionInstallForcelist`, record.ExtensionInstallForcelist);
    checkExtensionSettings(draft, `${path}.ExtensionSettings`, record.ExtensionSettings, false);
    return;
  }
  // Older MDMs wrap preferences as com.apple.ManagedClient.preferences → domain → Forced → settings.
  if (
    type === "com.apple.ManagedClient.preferences" &&
    typeof record.PayloadContent === "object" &&
    record.PayloadContent !== null
  ) {
    for (const [domain, content] of Object.entries(record.PayloadContent as Record<string, unknown>)) {
      const match = MAC_EXTENSION_DOMAIN.exec(domain);
      const forced = (content as { Forced?: unknown } | null)?.Forced;
      if (!match || !Array.isArray(forced)) continue;
      forced.forEach((entry, index) => {
        const settings = (entry as { mcx_preference_settings?: unknown } | null)?.mcx_preference_settings;
        checkPolicyFor(draft, `${path}.${domain}.Forced[${index}]`, match[2]!, settings);
      });
    }
  }
}

function checkPowerShell(draft: Draft, text: string): void {
  draft.format = "Intune PowerShell script";
  const lines = text.split(/\r?\n/);
  const begin = lines.findIndex((line) => line.trim() === POLICY_BEGIN);
  const end = lines.findIndex((line, index) => index > begin && line.trim() === POLICY_END);
  if (begin === -1 || end === -1) {
    draft.problems.push({
      path: "(file)",
      message: `the policy JSON must stand between a line ${POLICY_BEGIN} and a line ${POLICY_END}`,
    });
    return;
  }
  let policy: unknown;
  try {
    policy = JSON.parse(lines.slice(begin + 1, end).join("\n"));
  } catch (error) {
    draft.problems.push({
      path: `lines ${begin + 2}-${end}`,
      message: `the policy is not valid JSON: ${String(error).slice(0, 200)}`,
    });
    return;
  }
  const keysAt = lines.findIndex((line) => line.trim() === KEYS_BEGIN);
  const keys: string[] = [];
  for (
    let index = keysAt + 1;
    keysAt !== -1 && index < lines.length && lines[index]!.trim() !== ")";
    index += 1
  ) {
    const key = /'([^']+)'/.exec(lines[index]!)?.[1];
    if (key) keys.push(key);
  }
  if (keys.length === 0) {
    draft.problems.push({ path: "$PolicyKeys", message: "names no registry key to write the policy to" });
    return;
  }
  for (const key of keys) {
    const root = REG_POLICY_ROOT.exec(`HKEY_LOCAL_MACHINE\\${key}`);
    if (!root) {
      draft.problems.push({
        path: "$PolicyKeys",
        message: `"${key.slice(0, 200)}" is not a …\\3rdparty\\extensions\\<id>\\policy key`,
      });
      continue;
    }
    checkPolicyFor(draft, `HKLM\\${key}`, root[3]!, policy, "\\");
  }
}
