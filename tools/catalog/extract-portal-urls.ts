// `npm run catalog:extract-urls -- <git dir or work tree>...`: the portal URLs in each repository at its
// HEAD that the real URL table does not hold yet, one JSON object a line, each pinned as a row's `file`
// (`owner/repo@<commit>:path`; the owner/repo is read from a `owner+repo` directory name or the `origin`
// remote). Labelling them is left to a person, by what the page is (docs/catalog.md), and so is keeping
// at most two of many near-identical URLs (one id or query value apart).
// `--rejected` lists, instead, the URLs that cannot be rows and why.
import { execFileSync } from "node:child_process";
import { basename, dirname } from "node:path";
import { parseArgs } from "node:util";
import { REAL_URLS } from "../../test/fixtures/real-urls/real-urls";
import { findPortalUrls, PORTAL_HOSTS_PATTERN } from "./portal-url-finder";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rejected: { type: "boolean", default: false } },
});
if (positionals.length === 0) {
  console.error("usage: npm run catalog:extract-urls -- [--rejected] <git dir or work tree>...");
  process.exit(2);
}

const git = (dir: string, ...args: string[]): string =>
  execFileSync("git", ["-C", dir, ...args], {
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "ignore"],
  }).toString();

function repoName(dir: string): string {
  const named = [basename(dir), basename(dirname(dir))].find((part) => /^[^+/]+\+[^+/]+$/.test(part));
  if (named) return named.replace("+", "/");
  const origin = git(dir, "remote", "get-url", "origin").trim();
  const match = origin.match(/github\.com[:/]([^/]+\/[^/]+?)(\.git)?$/);
  if (!match) throw new Error(`${dir}: cannot tell owner/repo from "${origin}"`);
  return match[1]!;
}

const known = new Set(REAL_URLS.map((row) => row.url));
for (const dir of positionals) {
  const repo = repoName(dir);
  const commit = git(dir, "rev-parse", "HEAD").trim();
  let lines = "";
  try {
    lines = git(dir, "grep", "-I", "-n", "-i", "-E", PORTAL_HOSTS_PATTERN, commit);
  } catch {
    continue; // git grep exits 1 when nothing matches
  }
  for (const line of lines.split("\n")) {
    const match = line.match(/^[0-9a-f]{40}:(.*?):(\d+):(.*)$/);
    if (!match) continue;
    const [, path, lineNumber, text] = match;
    for (const { url, rejected } of findPortalUrls(text!)) {
      if (values.rejected !== (rejected !== undefined) || known.has(url)) continue;
      known.add(url);
      const file = `${repo}@${commit}:${path}`;
      console.log(
        JSON.stringify(rejected ? { url, rejected, file, line: Number(lineNumber) } : { url, file }),
      );
    }
  }
}
