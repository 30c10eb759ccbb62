import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import baseManifest from "../../../manifest.json" with { type: "json" };
import { controlExtensionFor, writeControlExtension } from "../../../tools/bench/control-extension";

const folders: string[] = [];
const folder = (): string => {
  const made = mkdtempSync(join(tmpdir(), "bench-control-"));
  folders.push(made);
  return made;
};
afterEach(() => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

describe("the control extension", () => {
  it("is injected where, when and into the world ours is, with empty scripts", () => {
    const built = {
      content_scripts: [
        {
          matches: ["https://portal.azure.com/*"],
          js: ["content-scripts/portal-guide.js"],
          run_at: "document_idle",
        },
        {
          matches: ["https://portal.azure.com/*"],
          js: ["content-scripts/history-hook.js"],
          run_at: "document_start",
          world: "MAIN",
          all_frames: false,
        },
      ],
    };
    const control = controlExtensionFor(built);
    expect(control.manifest.content_scripts).toEqual([
      { matches: ["https://portal.azure.com/*"], run_at: "document_idle", js: ["empty-0.js"] },
      {
        matches: ["https://portal.azure.com/*"],
        run_at: "document_start",
        all_frames: false,
        world: "MAIN",
        js: ["empty-1.js"],
      },
    ]);
    expect(Object.values(control.files)).toEqual(["", ""]);
    expect(control.manifest).not.toHaveProperty("permissions");
  });

  it("follows the project's manifest.json, so the matches cannot drift", () => {
    const built = folder();
    writeFileSync(join(built, "manifest.json"), JSON.stringify(baseManifest));
    const out = writeControlExtension(built, join(folder(), "control"));
    const written = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(written.manifest_version).toBe(3);
    expect(written.content_scripts.map((entry: { matches: string[] }) => entry.matches)).toEqual(
      baseManifest.content_scripts.map((entry) => entry.matches),
    );
    expect(readdirSync(out).sort()).toEqual(["empty-0.js", "manifest.json"]);
  });

  it("refuses a build without content scripts", () => {
    expect(() => controlExtensionFor({})).toThrow(/no content_scripts/);
  });
});
