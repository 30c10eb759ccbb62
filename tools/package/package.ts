// `npm run package`: after `npm run build`, writes the store zips and the source zip for
// addons.mozilla.org into $DIST_ROOT/packages (default dist/packages). Then it proves the source
// zip rebuilds the very same extension, as Mozilla's reviewers will check, by building it apart.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { unzipSync, type Zippable, zipSync } from "fflate";
import pkg from "../../package.json" with { type: "json" };
import { TARGET_BROWSERS, type TargetBrowser } from "../build/targets";
import {
  pointsAtSourceMap,
  sourceFiles,
  sourceZipName,
  storeManifest,
  storeZipName,
  unwantedInStorePackage,
} from "./package-rules";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = resolve(ROOT, process.env.DIST_ROOT ?? "dist");
const OUT_DIR = resolve(DIST, "packages");
const TEXT_FILE = /\.(js|mjs|css|html|json)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

// Same bytes in, same zip out: fixed order and a fixed time (SOURCE_DATE_EPOCH, else the commit's).
function zipTime(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH ?? git(["log", "-1", "--format=%ct"]).trim();
  return new Date(Number(epoch) * 1000);
}

function writeZip(name: string, files: Map<string, Uint8Array>, mtime: Date): void {
  const zippable: Zippable = {};
  for (const path of [...files.keys()].sort()) zippable[path] = [files.get(path)!, { mtime }];
  const zip = zipSync(zippable, { level: 9 });
  writeFileSync(resolve(OUT_DIR, name), zip);
  const sha256 = createHash("sha256").update(zip).digest("hex");
  console.log(`${name}  ${(zip.length / 1024).toFixed(1)} KiB  ${files.size} files  sha256 ${sha256}`);
}

function git(args: string[]): string {
  return execFileSync("git", args, { cwd: ROOT, encoding: "utf8" });
}

function storePackage(browser: TargetBrowser): Map<string, Uint8Array> {
  const buildDir = resolve(DIST, browser);
  if (!existsSync(resolve(buildDir, "manifest.json"))) {
    throw new Error(`No ${browser} build in ${buildDir}: run \`npm run build\` first.`);
  }
  const paths = filesUnder(buildDir);
  const files = new Map(paths.map((path) => [path, readFileSync(resolve(buildDir, path))] as const));
  const problems = unwantedInStorePackage(paths);
  for (const [path, bytes] of files) {
    if (TEXT_FILE.test(path) && pointsAtSourceMap(Buffer.from(bytes).toString("utf8"))) {
      problems.push(`${path} points at a source map`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`The ${browser} build holds what no store package should:\n  ${problems.join("\n  ")}`);
  }
  const manifest = JSON.parse(Buffer.from(files.get("manifest.json")!).toString("utf8")) as {
    version: string;
  };
  if (manifest.version !== pkg.version) {
    throw new Error(
      `dist/${browser} is version ${manifest.version} but package.json says ${pkg.version}: run \`npm run build\`.`,
    );
  }
  files.set(
    "manifest.json",
    Buffer.from(storeManifest(Buffer.from(files.get("manifest.json")!).toString("utf8"))),
  );
  return files;
}

function sourcePackage(): Map<string, Uint8Array> {
  const tracked = git(["ls-files", "-z"]).split("\0").filter(Boolean);
  const paths = sourceFiles(tracked).filter((path) => existsSync(resolve(ROOT, path)));
  const changed = git(["status", "--porcelain", "--", ...paths]).trim();
  if (changed) {
    console.warn(`Uncommitted changes that the source zip carries as they are now:\n${changed}`);
  }
  return new Map(paths.map((path) => [path, readFileSync(resolve(ROOT, path))] as const));
}

/** Unpacks the source zip apart, runs the README's build, and compares with what will be uploaded. */
function verifySourceRebuilds(
  sourceZip: string,
  expected: Map<TargetBrowser, Map<string, Uint8Array>>,
): void {
  const dir = mkdtempSync(join(tmpdir(), "csp-portal-guide-source-"));
  try {
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(sourceZip)))) {
      mkdirSync(resolve(dir, path, ".."), { recursive: true });
      writeFileSync(resolve(dir, path), bytes);
    }
    // The same lockfile is in the zip, so these are the packages `npm ci` would install.
    symlinkSync(resolve(ROOT, "node_modules"), resolve(dir, "node_modules"), "dir");
    const env = { ...process.env, DIST_ROOT: "dist" };
    const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: dir, env, encoding: "utf8" });
    if (build.status !== 0) {
      throw new Error(`The source zip does not build:\n${build.stdout}\n${build.stderr}`);
    }
    for (const [browser, files] of expected) {
      const rebuilt = resolve(dir, "dist", browser);
      const rebuiltPaths = filesUnder(rebuilt);
      const differences = [...new Set([...rebuiltPaths, ...files.keys()])].filter((path) => {
        const ours = files.get(path);
        if (!ours || !existsSync(resolve(rebuilt, path))) return true;
        const theirs = readFileSync(resolve(rebuilt, path));
        const comparable =
          path === "manifest.json" ? Buffer.from(storeManifest(theirs.toString("utf8"))) : theirs;
        return !comparable.equals(Buffer.from(ours));
      });
      if (differences.length > 0) {
        throw new Error(
          `The source zip rebuilds a different ${browser} package (commit your changes, then package again):\n  ` +
            differences.join("\n  "),
        );
      }
    }
    console.log("The source zip rebuilds both packages byte for byte.");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const mtime = zipTime();
  const packages = new Map(TARGET_BROWSERS.map((browser) => [browser, storePackage(browser)] as const));
  for (const [browser, files] of packages) writeZip(storeZipName(browser, pkg.version), files, mtime);
  writeZip(sourceZipName(pkg.version), sourcePackage(), mtime);
  verifySourceRebuilds(resolve(OUT_DIR, sourceZipName(pkg.version)), packages);
  console.log(`Packages in ${OUT_DIR}`);
}

try {
  main();
} catch (error) {
  console.error(`package failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
