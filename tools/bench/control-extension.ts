import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface ContentScriptEntry {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
  css?: string[];
  run_at?: string;
  all_frames?: boolean;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
  world?: string;
}

export interface ControlExtension {
  manifest: Record<string, unknown>;
  /** File name → contents: one empty script per content-script entry of the real extension. */
  files: Record<string, string>;
}

// Copied so the control is injected exactly where, when and into the world ours is.
const INJECTION_KEYS = [
  "matches",
  "exclude_matches",
  "run_at",
  "all_frames",
  "match_about_blank",
  "match_origin_as_fallback",
  "world",
] as const;

/**
 * The control extension N: the same content-script entries as the built extension, each with an
 * empty script. What N costs the portal is the floor of "an extension is here at all": an isolated
 * world, the injection itself. Derived from the built manifest so the two cannot drift apart.
 */
export function controlExtensionFor(builtManifest: {
  content_scripts?: ContentScriptEntry[];
}): ControlExtension {
  const entries = builtManifest.content_scripts ?? [];
  if (entries.length === 0) throw new Error("the built manifest has no content_scripts to mirror");
  const files: Record<string, string> = {};
  const contentScripts = entries.map((entry, index) => {
    const copy: Record<string, unknown> = {};
    for (const key of INJECTION_KEYS) if (entry[key] !== undefined) copy[key] = entry[key];
    const file = `empty-${index}.js`;
    files[file] = "";
    copy.js = [file];
    return copy;
  });
  return {
    manifest: {
      manifest_version: 3,
      name: "CSP Portal Guide bench control (empty content script)",
      version: "1.0.0",
      content_scripts: contentScripts,
    },
    files,
  };
}

/** Writes the control extension for the build in `builtDir` to `outDir` (replaced), and returns `outDir`. */
export function writeControlExtension(builtDir: string, outDir: string): string {
  const built = JSON.parse(readFileSync(join(builtDir, "manifest.json"), "utf8"));
  const control = controlExtensionFor(built);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(control.manifest, null, 2)}\n`);
  for (const [name, text] of Object.entries(control.files)) writeFileSync(join(outDir, name), text);
  return outDir;
}
