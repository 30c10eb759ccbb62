import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { BANNER_SCRIPT } from "../../../src/messages/banner-request";
import { measureBannerScript, measureInjectedSize } from "../../../tools/bench/content-script-size";

let built: string;
afterEach(() => rmSync(built, { recursive: true, force: true }));

function build(manifest: object, files: Record<string, string>): string {
  built = mkdtempSync(join(tmpdir(), "bench-size-"));
  writeFileSync(join(built, "manifest.json"), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(built, name, ".."), { recursive: true });
    writeFileSync(join(built, name), text);
  }
  return built;
}

describe("measureInjectedSize", () => {
  it("counts every listed script and stylesheet, raw and gzip", () => {
    const script = "console.log('banner');".repeat(50);
    const dir = build(
      {
        content_scripts: [{ js: ["content-scripts/a.js"], css: ["a.css"] }, { js: ["content-scripts/a.js"] }],
      },
      { "content-scripts/a.js": script, "a.css": ":host{all:initial}" },
    );
    const size = measureInjectedSize(dir);
    expect(size.files.map((file) => file.file)).toEqual(["content-scripts/a.js", "a.css"]);
    expect(size.files[0]).toEqual({
      file: "content-scripts/a.js",
      via: "content_scripts",
      raw: script.length,
      gzip: gzipSync(script, { level: 9 }).length,
    });
    expect(size.raw).toBe(script.length + ":host{all:initial}".length);
    expect(size.gzip).toBe(size.files[0]!.gzip + size.files[1]!.gzip);
  });

  it("adds the chunks a loader script imports from the extension", () => {
    const dir = build(
      {
        content_scripts: [{ js: ["loader.js"] }],
        web_accessible_resources: [{ resources: ["assets/portal-guide-abc.js"] }],
      },
      {
        "loader.js": `(async()=>{await import(chrome.runtime.getURL("assets/portal-guide-abc.js"))})()`,
        "assets/portal-guide-abc.js": "export const big = 1;".repeat(100),
        "assets/popup.js": "not injected",
      },
    );
    const size = measureInjectedSize(dir);
    expect(size.files.map((file) => [file.file, file.via])).toEqual([
      ["loader.js", "content_scripts"],
      ["assets/portal-guide-abc.js", "imported"],
    ]);
  });

  it("fails loudly when a listed file is missing", () => {
    const dir = build({ content_scripts: [{ js: ["gone.js"] }] }, {});
    expect(() => measureInjectedSize(dir)).toThrow(/gone\.js is injected by the manifest but missing/);
  });
});

describe("measureBannerScript", () => {
  it("measures the script the background injects, apart from what every page gets", () => {
    const banner = "render(banner);".repeat(80);
    const dir = build(
      { content_scripts: [{ js: ["content-scripts/first.js"] }] },
      { "content-scripts/first.js": "classify();", [BANNER_SCRIPT]: banner },
    );
    expect(measureBannerScript(dir)).toEqual({
      file: BANNER_SCRIPT,
      via: "injected",
      raw: banner.length,
      gzip: gzipSync(banner, { level: 9 }).length,
    });
    expect(measureInjectedSize(dir).files.map((file) => file.file)).toEqual(["content-scripts/first.js"]);
  });

  it("is null for a build without one", () => {
    const dir = build({ content_scripts: [{ js: ["a.js"] }] }, { "a.js": "x" });
    expect(measureBannerScript(dir)).toBeNull();
  });
});
