import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { manifestFor, PORTAL_GUIDE_SCRIPT, syntaxTargetOf } from "../build/manifest-for";
import { REPO_ROOT } from "./ensure-build";

/** Minified bytes of one source module in the first script. */
export interface ModuleSize {
  module: string;
  raw: number;
}

export interface ModuleGroup {
  name: string;
  raw: number;
  /** This group's code gzipped on its own: gzip does not split, so the groups' sum exceeds the file's. */
  gzipAlone: number;
}

/** The first content script by source module, from a sourcemap of the same build (same entry, target, minifier). */
export interface ScriptBreakdown {
  entry: string;
  raw: number;
  gzip: number;
  groups: ModuleGroup[];
  modules: ModuleSize[];
}

const CLASSIFIER = /^src\/(classify|catalog)\//;

export async function breakDownFirstScript(): Promise<ScriptBreakdown> {
  const base = JSON.parse(readFileSync(join(REPO_ROOT, "manifest.json"), "utf8"));
  const output = await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: "silent",
    oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
    build: {
      write: false,
      emptyOutDir: false,
      sourcemap: true,
      target: syntaxTargetOf(manifestFor("chrome", base, "0.0.0")),
      lib: { entry: join(REPO_ROOT, PORTAL_GUIDE_SCRIPT), formats: ["iife"], name: "portal_guide" },
      rollupOptions: { output: { entryFileNames: "first-script.js" } },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output])
    .flatMap((each) => ("output" in each ? each.output : []))
    .find((item) => item.type === "chunk" && item.isEntry);
  if (chunk?.type !== "chunk" || !chunk.map) throw new Error(`no sourcemap for ${PORTAL_GUIDE_SCRIPT}`);
  const slices = slicesBySource(chunk.code, chunk.map.mappings, chunk.map.sources.map(repoPath));

  const modules = [...slices].map(([module, code]) => ({ module, raw: Buffer.byteLength(code) }));
  modules.sort((a, b) => b.raw - a.raw);
  const group = (name: string, test: (module: string) => boolean): ModuleGroup => {
    const code = [...slices]
      .filter(([module]) => test(module))
      .map(([, text]) => text)
      .join("");
    return { name, raw: Buffer.byteLength(code), gzipAlone: gzipSync(code, { level: 9 }).length };
  };
  return {
    entry: PORTAL_GUIDE_SCRIPT,
    raw: Buffer.byteLength(chunk.code),
    gzip: gzipSync(chunk.code, { level: 9 }).length,
    groups: [
      group("classifier and catalog (src/classify, src/catalog)", (module) => CLASSIFIER.test(module)),
      group("the rest", (module) => !CLASSIFIER.test(module)),
    ],
    modules,
  };
}

/** A source path as the repository names it; packages by name; code no source claims as "(bundler)". */
export function repoPath(source: string): string {
  const clean = source.replace(/^\0/, "").replace(/\\/g, "/");
  const packaged = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (packaged) return `node_modules/${packaged[1]}`;
  const inRepo = /(?:^|\/)((?:src|content-scripts|background|popup|options|tools)\/.*)$/.exec(clean);
  return inRepo?.[1] ?? clean.replace(/^(\.\.\/)+/, "");
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Source map v3 segments: each run of generated code goes to the source its segment names. */
export function slicesBySource(code: string, mappings: string, sources: string[]): Map<string, string> {
  const slices = new Map<string, string>();
  const add = (source: string, text: string): void => {
    slices.set(source, (slices.get(source) ?? "") + text);
  };
  const lines = code.split("\n");
  let sourceIndex = 0;
  mappings.split(";").forEach((encoded, lineIndex) => {
    const line = lines[lineIndex] ?? "";
    const starts: { column: number; source: number | null }[] = [];
    let column = 0;
    for (const segment of encoded.split(",")) {
      if (segment === "") continue;
      const fields = decodeVlq(segment);
      column += fields[0]!;
      if (fields.length >= 4) {
        sourceIndex += fields[1]!;
        starts.push({ column, source: sourceIndex });
      } else {
        starts.push({ column, source: null });
      }
    }
    add(
      "(bundler)",
      line.slice(0, starts[0]?.column ?? line.length) + (lineIndex < lines.length - 1 ? "\n" : ""),
    );
    starts.forEach((start, index) => {
      const text = line.slice(start.column, starts[index + 1]?.column ?? line.length);
      add(start.source === null ? "(bundler)" : (sources[start.source] ?? "(bundler)"), text);
    });
  });
  return slices;
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
