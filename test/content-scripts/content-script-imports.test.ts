import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const ENTRY = resolve(ROOT, "content-scripts/portal-guide.tsx");

// `import x from "…"`, `import { a, type B } from "…"`, `export … from "…"`; not `import type`.
const IMPORT = /^(import|export)\s+(type\s+)?([^;]*?)\s*from\s*"([^"]+)";/gms;

/** Whether an import brings in code: not `import type`, and not a list of `type` names only. */
function bringsCode(typeKeyword: string | undefined, clause: string): boolean {
  if (typeKeyword) return false;
  const named = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!named) return true;
  return named[1]!
    .split(",")
    .map((name) => name.trim())
    .some((name) => name !== "" && !name.startsWith("type "));
}

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, resolve(base, "index.ts")]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
}

/** Every source module whose code the content script's bundle evaluates. */
function codeImportedFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (!bringsCode(match[2], match[3]!)) continue;
      const target = resolveModule(file, match[4]!);
      if (target) visit(target);
    }
  };
  visit(entry);
  return new Set([...seen].map((file) => relative(ROOT, file)));
}

describe("what the content script carries into every portal page", () => {
  const modules = codeImportedFrom(ENTRY);

  it("is found by following its imports (the checks below are not empty)", () => {
    expect(modules).toContain("content-scripts/banner-presenter.tsx");
    expect(modules).toContain("src/classify/classify-url.ts");
    expect(modules).toContain("src/settings/published-settings.ts");
  });

  it("holds no settings schema, validator or resolver: the background resolves and publishes", () => {
    for (const module of [
      "src/settings/settings-schema.ts",
      "src/settings/validate-settings.ts",
      "src/settings/value-checks.ts",
      "src/settings/resolve-settings.ts",
      "src/settings/settings-store.ts",
    ]) {
      expect(modules, module).not.toContain(module);
    }
  });

  it("carries the catalog's rules but not their notes (the popup and explain look those up)", () => {
    expect(modules).toContain("src/catalog/m365-admin/m365-admin-rules.ts");
    for (const module of [
      "src/catalog/rule-notes.ts",
      "src/catalog/m365-admin/m365-admin-notes.ts",
      "src/catalog/azure-portal/azure-portal-notes.ts",
    ]) {
      expect(modules, module).not.toContain(module);
    }
  });

  it("names no webextension-polyfill: both browsers' own promise APIs serve (extension-api.ts)", () => {
    for (const module of modules) {
      expect(readFileSync(resolve(ROOT, module), "utf8"), module).not.toMatch(/from "webextension-polyfill"/);
    }
  });

  it("reads the days the background wrote out, and carries no code of the extension's own pages", () => {
    expect(
      [...modules].filter((module) => module.startsWith("popup/") || module.startsWith("options/")),
    ).toEqual([]);
    expect(modules).toContain("src/i18n/day-labels.ts");
  });
});
