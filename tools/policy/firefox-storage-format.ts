import type { Deployment } from "./deployment";
import { checkPolicyFor, type ReportDraft } from "./extension-policy-checks";
import { formatJson, type PolicyFile } from "./policy-text";

/**
 * Firefox without policies.json: a native managed-storage manifest, keyed by the gecko id, its
 * settings under `data`.
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Native_manifests#managed_storage_manifests
 */

export function renderFirefoxManagedStorage(deployment: Deployment): PolicyFile {
  const { id } = deployment.firefox;
  const content = {
    name: id,
    description: "CSP Portal Guide settings set by your organization",
    type: "storage",
    data: deployment.policy,
  };
  return { path: `firefox/managed-storage/${id}.json`, text: formatJson(content), encoding: "utf8" };
}

export function isFirefoxStorageManifest(top: Record<string, unknown>): boolean {
  return top.type === "storage" && typeof top.name === "string" && Object.hasOwn(top, "data");
}

export function checkFirefoxStorageManifest(draft: ReportDraft, top: Record<string, unknown>): void {
  draft.format = "Firefox managed-storage manifest";
  checkPolicyFor(draft, "data", top.name as string, top.data);
}
