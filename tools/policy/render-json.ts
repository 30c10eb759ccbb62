import type { ChromiumTarget, Deployment } from "./deployment";
import { formatJson, type PolicyFile } from "./policy-text";

/** Linux: one JSON file in the browser's managed policy folder (see policies/README.md). */
export function renderLinuxJson(deployment: Deployment, target: ChromiumTarget): PolicyFile {
  const extensions = Object.fromEntries(target.ids.map((id) => [id, deployment.policy]));
  const content = {
    ExtensionInstallForcelist: [`${target.forceInstall.id};${target.forceInstall.updateUrl}`],
    "3rdparty": { extensions },
  };
  return {
    path: `linux/${target.browser === "chrome" ? "chrome-and-chromium" : "edge"}.json`,
    text: formatJson(content),
    encoding: "utf8",
  };
}

/** Firefox: policies.json, with `ExtensionSettings` to install it and `3rdparty` for its policy. */
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

/**
 * Firefox without policies.json: a native managed-storage manifest, keyed by the gecko id.
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
