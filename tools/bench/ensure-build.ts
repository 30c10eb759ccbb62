import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const REPO_ROOT = join(import.meta.dirname, "../..");

// Files that cannot change what `vite build` writes; everything else in the tree can.
const NOT_BUILD_INPUTS = [/^test\//, /^docs\//, /^bench\//, /^tools\/bench\//, /^\.ci\//, /\.md$/];

export interface BuildCheck {
  builtDir: string;
  rebuilt: boolean;
  reason: string;
}

/**
 * A Chromium build of the extension in `<distRoot>/chrome`, rebuilt when it is missing or any
 * source file differs from the last build (a hash of every tracked and untracked, non-ignored file),
 * so the bench measures what the tree holds now without racing anyone's `dist/`.
 */
export function ensureBuild(distRoot: string): BuildCheck {
  const root = join(REPO_ROOT, distRoot);
  const builtDir = join(root, "chrome");
  const stampFile = join(root, "bench-build-inputs.sha256");
  const inputs = hashBuildInputs();
  const stamp = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : null;
  let reason: string;
  if (!existsSync(join(builtDir, "manifest.json"))) reason = "no build yet";
  else if (inputs === null) reason = "cannot list the sources (no git), so building to be sure";
  else if (stamp !== inputs) reason = "sources changed since the last bench build";
  else return { builtDir, rebuilt: false, reason: "up to date" };

  // `npm run build` as everyone builds (its prebuild generates the managed-storage schema), Chrome only.
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["run", "--silent", "build", "--", "chrome"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DIST_ROOT: distRoot },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0)
    throw new Error(`npm run build -- chrome into ${distRoot}/ failed (exit ${result.status})`);
  if (inputs !== null) writeFileSync(stampFile, `${inputs}\n`);
  return { builtDir, rebuilt: true, reason };
}

function hashBuildInputs(): string | null {
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  if (listed.status !== 0) return null;
  const files = [...new Set(listed.stdout.split("\0"))]
    .filter((file) => file !== "" && !NOT_BUILD_INPUTS.some((pattern) => pattern.test(file)))
    .sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(`${file}\0`);
    try {
      hash.update(readFileSync(join(REPO_ROOT, file)));
    } catch {
      hash.update("(not a readable file)");
    }
    hash.update("\0");
  }
  return hash.digest("hex");
}
