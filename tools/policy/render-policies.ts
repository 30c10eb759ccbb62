import type { Deployment } from "./deployment";
import type { PolicyFile } from "./policy-text";
import { renderIntune } from "./render-intune";
import { renderFirefoxJson, renderFirefoxManagedStorage, renderLinuxJson } from "./render-json";
import { renderMobileconfig } from "./render-mobileconfig";
import { renderReadme } from "./render-readme";
import { renderReg } from "./render-reg";

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
