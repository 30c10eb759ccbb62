import { describeValue, joinPath } from "../../src/settings/describe-value";
import type { Deployment } from "./deployment";
import {
  checkExtensionSettings,
  checkPolicyFor,
  objectAt,
  type ReportDraft,
} from "./extension-policy-checks";
import { formatJson, type PolicyFile } from "./policy-text";

/**
 * Firefox's policies.json: `ExtensionSettings` installs the extension (Firefox needs an `install_url`),
 * `3rdparty.Extensions.<gecko id>` is its policy. Note the capital E, unlike Chrome's `extensions`.
 */

export function renderFirefoxJson(deployment: Deployment): PolicyFile {
  const { id, installUrl } = deployment.firefox;
  const content = {
    policies: {
      ExtensionSettings: { [id]: { installation_mode: "force_installed", install_url: installUrl } },
      "3rdparty": { Extensions: { [id]: deployment.policy } },
    },
  };
  return { path: "firefox/policies.json", text: formatJson(content), encoding: "utf8" };
}

export function isFirefoxPoliciesJson(top: Record<string, unknown>): boolean {
  return Object.hasOwn(top, "policies");
}

export function checkFirefoxPoliciesJson(draft: ReportDraft, top: Record<string, unknown>): void {
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
}
