import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, dirname, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { BANNER_CHUNK_SCRIPT, HISTORY_HOOK_SCRIPT } from "../tools/build/manifest-for";

// The tree says what ships: src/ is the pure core every entry shares, each entry folder owns its browser
// adapters, and tools/ never ships (docs/architecture.md).
const ROOT = posix.normalize(`${import.meta.dirname}/..`);
const ENTRY_FOLDERS = ["content-scripts", "background", "popup", "options"];

const tracked = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
  cwd: ROOT,
  encoding: "utf8",
})
  .split("\n")
  .filter((path) => /\.tsx?$/.test(path) && !path.endsWith(".d.ts"));
const trackedSet = new Set(tracked);

// Static imports and re-exports, type-only ones included, and dynamic import("…").
const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*"([^"]+)"|(?:^|\n)\s*import\s*"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g;

function importsOf(file: string): { specifier: string; target: string | null }[] {
  const text = readFileSync(`${ROOT}/${file}`, "utf8");
  return [...text.matchAll(SPECIFIER)].map((match) => {
    const specifier = (match[1] ?? match[2] ?? match[3])!;
    if (!specifier.startsWith(".")) return { specifier, target: null };
    const base = posix.normalize(posix.join(dirname(file), specifier));
    const target = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) =>
      trackedSet.has(path),
    );
    return { specifier, target: target ?? base };
  });
}

const topFolder = (path: string): string => path.split("/")[0]!;

/**
 * The entry points manifest.json names (the popup and options pages through their HTML's script), and
 * the scripts the build adds to it or the background injects.
 */
function manifestEntries(): string[] {
  const manifest = JSON.parse(readFileSync(`${ROOT}/manifest.json`, "utf8"));
  const pageScript = (html: string): string => {
    const src = /<script[^>]*\ssrc="\.\/([^"]+)"/.exec(readFileSync(`${ROOT}/${html}`, "utf8"))?.[1];
    if (!src) throw new Error(`${html} loads no script`);
    return posix.join(dirname(html), src);
  };
  return [
    manifest.background.service_worker,
    ...manifest.content_scripts.flatMap((entry: { js: string[] }) => entry.js),
    HISTORY_HOOK_SCRIPT,
    BANNER_CHUNK_SCRIPT,
    pageScript(manifest.action.default_popup),
    pageScript(manifest.options_ui.page),
  ];
}

describe("the tree", () => {
  it("finds the files it rules over (the checks below are not empty)", () => {
    expect(tracked.filter((path) => path.startsWith("src/")).length).toBeGreaterThan(40);
    expect(tracked).toContain("content-scripts/portal-guide.tsx");
    expect(manifestEntries()).toContain("popup/popup.tsx");
  });

  it("src/ imports only src/ and names no browser API", () => {
    for (const file of tracked.filter((path) => path.startsWith("src/"))) {
      for (const { specifier, target } of importsOf(file)) {
        if (target) expect(topFolder(target), `${file} imports ${specifier}`).toBe("src");
        else expect(specifier, `${file} imports ${specifier}`).not.toMatch(/webextension-polyfill/);
      }
      const code = readFileSync(`${ROOT}/${file}`, "utf8").replace(/\/\/.*|\/\*[\s\S]*?\*\//g, "");
      expect(code, file).not.toMatch(
        /\b(chrome|browser)\.(runtime|storage|i18n|tabs|action|scripting|alarms)\b/,
      );
    }
  });

  it("each entry imports src/ and its own folder, never another entry or a tool", () => {
    for (const file of tracked.filter((path) => ENTRY_FOLDERS.includes(topFolder(path)))) {
      for (const { specifier, target } of importsOf(file)) {
        if (target)
          expect(["src", topFolder(file)], `${file} imports ${specifier}`).toContain(topFolder(target));
      }
    }
  });

  it("nothing but tools, tests and build configuration imports tools/", () => {
    for (const file of tracked.filter((path) => !["tools", "test"].includes(topFolder(path)))) {
      if (file.endsWith(".config.ts")) continue;
      for (const { specifier, target } of importsOf(file)) {
        if (target) expect(topFolder(target), `${file} imports ${specifier}`).not.toBe("tools");
      }
    }
  });

  it("ships every file under src/: each is reached from an entry manifest.json names", () => {
    const reached = new Set<string>();
    const visit = (file: string): void => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const { target } of importsOf(file)) if (target && trackedSet.has(target)) visit(target);
    };
    for (const entry of manifestEntries()) visit(entry);
    expect(tracked.filter((path) => path.startsWith("src/") && !reached.has(path))).toEqual([]);
  });

  it("gives no two source files the same name (AgentStrip.tsx and agent-strip.ts count as one)", () => {
    const byName = new Map<string, string[]>();
    for (const file of tracked) {
      const name = basename(file)
        .replace(/\.tsx?$/, "")
        .toLowerCase()
        .replace(/[-_]/g, "");
      byName.set(name, [...(byName.get(name) ?? []), file]);
    }
    expect([...byName.values()].filter((files) => files.length > 1)).toEqual([]);
  });
});
