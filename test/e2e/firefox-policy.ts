import { execFileSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { FIREFOX_DIST, resolveFirefox } from "../firefox/launch-firefox";

/**
 * Firefox's enterprise policy deployed for real: Firefox reads `policies.json` from the
 * `distribution` folder next to its binary. Firefox runs in a private mount namespace where a
 * temporary copy of that folder, with the policy added, is bind-mounted over the real one, so the
 * installation is never changed and nothing stays mounted when Firefox exits.
 */
export interface FirefoxPolicy {
  /** Starts Firefox reading this policy: pass it to launchFirefox as the executable. */
  readonly executable: string;
  /** Replaces policies.json; Firefox reads it at its next start only. */
  writePolicies(policies: unknown): void;
  dispose(): void;
}

/** `policies` deployed for Firefox, or why that cannot be done on this machine. */
export function deployFirefoxPolicy(policies: unknown): FirefoxPolicy | string {
  const firefox = resolveFirefox();
  if (!firefox) return "Firefox is not installed";
  if (!existsSync(`${FIREFOX_DIST}/manifest.json`))
    return `no Firefox build in ${FIREFOX_DIST} (npm run build)`;
  const binary = realpathSync(firefox);
  // Debian links it to /usr/share/firefox-esr/distribution; mount over what it points to.
  const linked = join(dirname(binary), "distribution");
  const target = existsSync(linked) ? realpathSync(linked) : linked;
  if (!existsSync(target))
    return `${target} does not exist, and this test does not create folders in the installation`;
  const workDir = mkdtempSync(join(tmpdir(), "csp-policy-firefox-"));
  const distribution = join(workDir, "distribution");
  mkdirSync(distribution);
  try {
    execFileSync(
      "unshare",
      ["--mount", "--propagation", "private", "mount", "--bind", distribution, target],
      {
        stdio: "pipe",
      },
    );
  } catch (error) {
    rmSync(workDir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return `cannot bind-mount a private distribution folder over ${target} (${stderr || String(error)})`;
  }
  cpSync(target, distribution, { recursive: true });
  const policyPath = join(distribution, "policies.json");
  const writePolicies = (value: unknown): void => {
    writeFileSync(`${policyPath}.new`, JSON.stringify(value, null, 2));
    renameSync(`${policyPath}.new`, policyPath);
  };
  writePolicies(policies);
  const executable = join(workDir, "firefox-with-private-policy.sh");
  writeFileSync(
    executable,
    [
      "#!/bin/sh",
      `exec unshare --mount --propagation private sh -c 'mount --bind "$0" ${target} && exec "$@"' \\`,
      `  '${distribution}' '${binary}' "$@"`,
      "",
    ].join("\n"),
  );
  chmodSync(executable, 0o755);
  return {
    executable,
    writePolicies,
    dispose: () => rmSync(workDir, { recursive: true, force: true }),
  };
}
