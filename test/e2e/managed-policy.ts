import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "@playwright/test";
import { type LaunchOptions, launchChromium } from "../../tools/browser/launch-chromium";
import { resolveChromium } from "../../tools/browser/resolve-chromium";
import { EXTENSION_IDS } from "../../tools/build/extension-ids";

/**
 * Enterprise policy deployed for real, the way policy.spec.ts does it (same mechanism, factored out so
 * other specs can deploy a policy of their own): a JSON file in the folder Debian's Chromium reads
 * policy from, /etc/chromium/policies/managed, bind-mounted from a temporary folder inside a private
 * mount namespace, so the machine's own policy folder is never touched and nothing stays mounted when
 * the browser exits.
 */

export const MANAGED_POLICY_DIR = "/etc/chromium/policies/managed";

/** Why policy cannot be deployed privately on this machine, or null when it can. */
export function whyNoPrivatePolicyMount(folder: string): string | null {
  try {
    mkdirSync(MANAGED_POLICY_DIR, { recursive: true });
    execFileSync(
      "unshare",
      ["--mount", "--propagation", "private", "mount", "--bind", folder, MANAGED_POLICY_DIR],
      { stdio: "pipe" },
    );
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return `cannot bind-mount a private policy folder over ${MANAGED_POLICY_DIR} (unshare -m: ${stderr || String(error)})`;
  }
}

/** The policy file's text: `extensionPolicy` as the extension's 3rdparty policy. */
export function extensionPolicyFile(extensionPolicy: unknown): string {
  return JSON.stringify(
    { "3rdparty": { extensions: { [EXTENSION_IDS.chromium]: extensionPolicy } } },
    null,
    2,
  );
}

export interface PolicyBrowser {
  /** The running browser's context; a new one after `restart`. */
  readonly context: BrowserContext;
  /** Replaces the policy file atomically; Chromium picks it up within seconds. */
  writePolicy(fileText: string): void;
  /** Closes the browser and starts it again on the same profile, as a user does. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension (or `extension`) and `fileText` as its managed policy, on a fresh
 * profile that lasts until `close`; or, where this machine cannot make a private mount namespace,
 * the reason why not.
 */
export async function launchWithPolicy(
  fileText: string,
  options: Pick<LaunchOptions, "extension"> = {},
): Promise<PolicyBrowser | string> {
  const workDir = mkdtempSync(join(tmpdir(), "csp-policy-e2e-"));
  const policyDir = join(workDir, "managed");
  mkdirSync(policyDir);
  const why = whyNoPrivatePolicyMount(policyDir);
  if (why !== null) {
    rmSync(workDir, { recursive: true, force: true });
    return why;
  }
  const policyPath = join(policyDir, "csp-portal-guide.json");
  const writePolicy = (text: string): void => {
    writeFileSync(`${policyPath}.new`, text);
    renameSync(`${policyPath}.new`, policyPath);
  };
  writePolicy(fileText);
  const wrapper = join(workDir, "chromium-with-private-policy.sh");
  writeFileSync(
    wrapper,
    [
      "#!/bin/sh",
      "# Chromium in its own mount namespace, reading policy from this test's folder.",
      `exec unshare --mount --propagation private sh -c 'mount --bind "$0" ${MANAGED_POLICY_DIR} && exec "$@"' \\`,
      `  '${policyDir}' '${resolveChromium()}' "$@"`,
      "",
    ].join("\n"),
  );
  chmodSync(wrapper, 0o755);
  const userDataDir = join(workDir, "profile");
  const launch = () => launchChromium({ ...options, executablePath: wrapper, userDataDir });
  let launched = await launch();
  return {
    get context() {
      return launched.context;
    },
    writePolicy,
    async restart() {
      await launched.close();
      launched = await launch();
    },
    async close() {
      await launched.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
