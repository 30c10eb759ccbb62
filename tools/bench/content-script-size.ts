import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { BANNER_SCRIPT } from "../../src/messages/banner-request";

export interface InjectedFile {
  file: string;
  /**
   * Why it reaches the page: listed in content_scripts, loaded by a listed script, or injected by the
   * background on the first verdict that is not none.
   */
  via: "content_scripts" | "imported" | "injected";
  raw: number;
  gzip: number;
}

export interface InjectedSize {
  files: InjectedFile[];
  raw: number;
  gzip: number;
}

interface BuiltManifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources?: string[] }[];
}

// A loader-style content script (crxjs without standalone files) imports its real code from here.
const CHUNK_REFERENCE = /["'`]\/?((?:assets|chunks|content-scripts)\/[\w.@~-]+\.js)["'`]/g;

/**
 * Everything the build injects into a portal page: each content script and stylesheet the manifest
 * lists, plus any chunk a listed script names and the manifest exposes to pages (a dynamic-import
 * loader). Gzip at level 9, per file, as a server or store would serve it.
 */
/** The banner script the background injects (BANNER_SCRIPT); null in a build without one. */
export function measureBannerScript(builtDir: string): InjectedFile | null {
  const path = join(builtDir, BANNER_SCRIPT);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  return {
    file: BANNER_SCRIPT,
    via: "injected",
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
}

export function measureInjectedSize(builtDir: string): InjectedSize {
  const manifest = JSON.parse(readFileSync(join(builtDir, "manifest.json"), "utf8")) as BuiltManifest;
  const listed = (manifest.content_scripts ?? []).flatMap((entry) => [
    ...(entry.js ?? []),
    ...(entry.css ?? []),
  ]);
  if (listed.length === 0) throw new Error(`${builtDir}/manifest.json lists no content scripts`);
  const exposed = new Set(
    (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources ?? []),
  );

  const files: InjectedFile[] = [];
  const seen = new Set<string>();
  const add = (file: string, via: InjectedFile["via"]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const path = join(builtDir, file);
    if (!existsSync(path))
      throw new Error(`${file} is injected by the manifest but missing from ${builtDir}`);
    const bytes = readFileSync(path);
    files.push({ file, via, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    if (!file.endsWith(".js")) return;
    for (const [, chunk] of bytes.toString("utf8").matchAll(CHUNK_REFERENCE)) {
      if (chunk && exposed.has(chunk) && chunk !== file) add(chunk, "imported");
    }
  };
  for (const file of listed) add(file, "content_scripts");
  return {
    files,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}
