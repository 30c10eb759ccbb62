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
