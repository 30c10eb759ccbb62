import { renderLinuxJson } from "./chromium-json-format";
import type { Deployment } from "./deployment";
import { renderFirefoxJson } from "./firefox-policies-format";
import { renderFirefoxManagedStorage } from "./firefox-storage-format";
import { renderIntune } from "./intune-script-format";
import { renderMobileconfig } from "./macos-profile-format";
import type { PolicyFile } from "./policy-text";
import { renderReadme } from "./render-readme";
import { renderReg } from "./windows-reg-format";

/** Every deployable form of one deployment, plus the README that says where each goes. */
export function renderPolicies(deployment: Deployment): PolicyFile[] {
  const { chrome, edge } = deployment;
  return [
    renderReg(deployment, chrome),
    renderReg(deployment, edge),
    renderLinuxJson(deployment, chrome),
    renderLinuxJson(deployment, edge),
    renderMobileconfig(deployment, chrome),
    renderMobileconfig(deployment, edge),
    renderFirefoxJson(deployment),
    renderFirefoxManagedStorage(deployment),
    ...renderIntune(deployment),
    renderReadme(deployment),
  ];
}
