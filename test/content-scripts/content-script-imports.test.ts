import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const FIRST_SCRIPT = resolve(ROOT, "content-scripts/portal-guide.tsx");
const BANNER_SCRIPT = resolve(ROOT, "content-scripts/banner-chunk.tsx");

// `import x from "…"`, `import { a, type B } from "…"`, `export … from "…"`; not `import type`.
const IMPORT = /^(import|export)\s+(type\s+)?([^;]*?)\s*from\s*"([^"]+)";/gms;

// `import x from "preact"` and the like: a package, not a file of ours.
const PACKAGE_IMPORT = /^import\s+(?!type\s)[^;]*?from\s*"([^".][^"]*)";/gm;

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

describe("what the first script carries into every portal page", () => {
  const modules = codeImportedFrom(FIRST_SCRIPT);
  const banner = codeImportedFrom(BANNER_SCRIPT);

  it("is found by following its imports (the checks below are not empty)", () => {
    expect(modules).toContain("content-scripts/watch-route.ts");
    expect(modules).toContain("src/classify/classify-url.ts");
    expect(modules).toContain("src/settings/published-settings.ts");
    expect(banner).toContain("content-scripts/banner-presenter.tsx");
  });

  it("leaves the banner to the banner script: no Preact, view, texts, styles, presenter or placement", () => {
    for (const module of [
      "content-scripts/banner-presenter.tsx",
      "content-scripts/banner-host.ts",
      "content-scripts/choose-placement.ts",
      "src/banner/Banner.tsx",
      "src/banner/banner-styles.ts",
      "src/banner/banner-text.ts",
    ]) {
      expect(modules, module).not.toContain(module);
    }
    const packages = [...modules].flatMap((module) =>
      [...readFileSync(resolve(ROOT, module), "utf8").matchAll(PACKAGE_IMPORT)].map((match) => match[1]),
    );
    expect(packages.filter((name) => name?.startsWith("preact"))).toEqual([]);
  });

  it("holds no settings schema, validator or resolver: the background resolves and publishes", () => {
    for (const module of [
      "src/settings/settings-schema.ts",
      "src/settings/validate-settings.ts",
      "src/settings/value-checks.ts",
      "src/settings/resolve-settings.ts",
      "src/settings/settings-store.ts",
      // Published custom rules are valid already: the wording of why one is not stays out.
      "src/classify/custom-rule-problems.ts",
    ]) {
      expect(modules, module).not.toContain(module);
      expect(banner, module).not.toContain(module);
    }
  });

  it("carries the catalog compiled, not its rules as written nor their notes (popup, explain)", () => {
    expect(modules).toContain("src/catalog/compiled/m365-admin-index.ts");
    expect(modules).toContain("src/catalog/compiled/azure-portal-index.ts");
    for (const module of [
      "src/catalog/m365-admin/m365-admin-rules.ts",
      "src/catalog/azure-portal/azure-portal-rules.ts",
      "src/catalog/rule-notes.ts",
      "src/catalog/m365-admin/m365-admin-notes.ts",
      "src/catalog/azure-portal/azure-portal-notes.ts",
    ]) {
      expect(modules, module).not.toContain(module);
      expect(banner, module).not.toContain(module);
    }
  });

  it("has a banner script with no classifier of its own: the first script's classification is passed in", () => {
    for (const module of ["src/classify/classify-url.ts", "src/catalog/portals.ts"]) {
      expect(banner, module).not.toContain(module);
    }
  });

  it("names no webextension-polyfill, nor does the banner script (extension-api.ts)", () => {
    for (const module of [...modules, ...banner]) {
      expect(readFileSync(resolve(ROOT, module), "utf8"), module).not.toMatch(/from "webextension-polyfill"/);
    }
  });

  it("has a banner that reads the days the background wrote out, and no code of the extension's pages", () => {
    expect(
      [...modules, ...banner].filter(
        (module) => module.startsWith("popup/") || module.startsWith("options/"),
      ),
    ).toEqual([]);
    expect(banner).toContain("src/i18n/day-labels.ts");
  });
});

describe("what the watcher carries into sign-in and error pages", () => {
  const modules = codeImportedFrom(resolve(ROOT, "content-scripts/not-admin-watch.ts"));

  it("is the message, the hook's event name and the pages' list, and nothing else of ours", () => {
    expect([...modules].sort()).toEqual([
      "content-scripts/not-admin-watch.ts",
      "content-scripts/watch-route.ts",
      "src/catalog/not-admin-paths.ts",
      "src/messages/guide-request.ts",
      "src/messages/message-type.ts",
    ]);
  });
});
