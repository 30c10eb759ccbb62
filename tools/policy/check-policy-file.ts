import { describeValue } from "../../src/settings/describe-value";
import { checkChromiumPolicyJson, isChromiumPolicyJson } from "./chromium-json-format";
import { decodePolicyText, type TextEncoding } from "./decode-policy-text";
import { knownExtensionIds } from "./deployment";
import type { PolicyFileReport, ReportDraft } from "./extension-policy-checks";
import { checkFirefoxPoliciesJson, isFirefoxPoliciesJson } from "./firefox-policies-format";
import { checkFirefoxStorageManifest, isFirefoxStorageManifest } from "./firefox-storage-format";
import { checkIntuneScript, isIntuneScript } from "./intune-script-format";
import {
  checkBinaryPlist,
  checkPropertyList,
  isBinaryPlist,
  isPropertyList,
  signedProfileXml,
} from "./macos-profile-format";
import { checkSettingsJson, isSettingsJson } from "./settings-json-format";
import { checkRegFile, isRegFile } from "./windows-reg-format";

export type { PolicyFileReport, PolicyProblem } from "./extension-policy-checks";

/**
 * `policy:check` without the shell: what a policy file (any form in policies/) configures for this
 * extension, and every problem in it with its key path. Picks the format by the file's name and
 * content; each format's file checks it (windows-reg, intune-script, macos-profile, chromium-json,
 * firefox-policies, firefox-storage, settings-json). Pure; never throws, whatever the bytes.
 */
export function checkPolicyFile(name: string, bytes: Uint8Array): PolicyFileReport {
  const draft: ReportDraft = { format: "unknown", configured: [], problems: [], notes: [] };
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

function checkInto(draft: ReportDraft, name: string, bytes: Uint8Array): void {
  if (isBinaryPlist(bytes)) {
    checkBinaryPlist(draft);
    return;
  }
  const signedXml = signedProfileXml(bytes);
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
  if (isRegFile(name, start)) checkRegFile(draft, text, decoded.encoding);
  else if (isIntuneScript(name, text)) checkIntuneScript(draft, text, decoded.encoding);
  else if (isPropertyList(start)) checkPropertyList(draft, name, start);
  else if (start.startsWith("{") || start.startsWith("[")) {
    checkPolicyJson(draft, text, decoded.encoding);
    if (hasDoubledUtf8Bom(bytes)) draft.problems.push(DOUBLED_BOM);
  } else
    draft.problems.push({
      path: "(file)",
      message:
        "is not a policy file this tool reads: expected a .reg file, policy JSON (Chrome, Edge, Firefox), " +
        "a configuration profile (.mobileconfig, .plist) or the Intune scripts of policies/intune",
    });
}

// Chromium's JSON reader skips one UTF-8 byte-order mark and stops at a second, so the browser
// ignores the whole file (base/json/json_parser.cc, JSONParser::Parse); so does Firefox's JSON.parse.
const DOUBLED_BOM = {
  path: "(file)",
  message:
    "starts with two byte-order marks: browsers skip one and then cannot read the file, so they ignore the whole policy; save it as UTF-8 with one BOM or none",
};

// The decoder takes both marks away, so the bytes tell.
function hasDoubledUtf8Bom(bytes: Uint8Array): boolean {
  return [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf].every((byte, index) => bytes[index] === byte);
}

/** Policy JSON of any browser, told apart by its top-level keys. */
function checkPolicyJson(draft: ReportDraft, text: string, encoding: TextEncoding): void {
  checkJsonShape(draft, text);
  if (encoding.startsWith("UTF-16")) {
    draft.problems.push({
      path: "(file)",
      message: `is ${encoding}: browsers read policy JSON as UTF-8; save it as UTF-8`,
    });
  }
}

function checkJsonShape(draft: ReportDraft, text: string): void {
  draft.format = "JSON";
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "not JSON";
    draft.problems.push({ path: "(file)", message: `is not valid JSON: ${reason.slice(0, 200)}` });
    return;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    draft.problems.push({
      path: "(file)",
      message: `expected a JSON object at the top, got ${describeValue(parsed)}`,
    });
    return;
  }
  const top = parsed as Record<string, unknown>;
  if (isFirefoxStorageManifest(top)) checkFirefoxStorageManifest(draft, top);
  else if (isFirefoxPoliciesJson(top)) checkFirefoxPoliciesJson(draft, top);
  else if (isChromiumPolicyJson(top)) checkChromiumPolicyJson(draft, top);
  else if (isSettingsJson(top)) checkSettingsJson(draft, top);
}
