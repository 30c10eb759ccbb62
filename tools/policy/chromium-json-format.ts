import { joinPath } from "../../src/settings/describe-value";
import type { ChromiumTarget, Deployment } from "./deployment";
import {
  checkExtensionSettings,
  checkForceList,
  checkPolicyFor,
  objectAt,
  type ReportDraft,
} from "./extension-policy-checks";
import { formatJson, type PolicyFile } from "./policy-text";

/**
 * Chrome, Edge and Chromium policy JSON: what Linux reads from the browser's managed policy folder
 * (see policies/README.md), and what other tools export. The force-install list, `ExtensionSettings`
 * and the extension's policy under `3rdparty.extensions.<id>`.
 */

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

export function isChromiumPolicyJson(top: Record<string, unknown>): boolean {
  return (
    Object.hasOwn(top, "3rdparty") ||
    Object.hasOwn(top, "ExtensionInstallForcelist") ||
    Object.hasOwn(top, "ExtensionSettings")
  );
}

export function checkChromiumPolicyJson(draft: ReportDraft, top: Record<string, unknown>): void {
  draft.format = "Chrome / Edge / Chromium policy JSON";
  checkForceList(draft, "ExtensionInstallForcelist", top.ExtensionInstallForcelist);
  checkExtensionSettings(draft, "ExtensionSettings", top.ExtensionSettings, false);
  if (top["3rdparty"] !== undefined) {
    const extensions = objectAt(draft, top["3rdparty"], "3rdparty", "extensions");
    if (extensions)
      for (const [id, policy] of Object.entries(extensions))
        checkPolicyFor(draft, joinPath("3rdparty.extensions", id), id, policy);
  }
}
