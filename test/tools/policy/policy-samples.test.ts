import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateSettings } from "../../../src/settings/validate-settings";
import { EXTENSION_IDS } from "../../../tools/build/extension-ids";
import { checkPolicyFile } from "../../../tools/policy/check-policy-file";
import { deploymentFor, SAMPLE_OPTIONS, SAMPLE_POLICY } from "../../../tools/policy/deployment";
import { encodePolicyFile } from "../../../tools/policy/policy-text";
import { renderPolicies } from "../../../tools/policy/render-policies";

const POLICIES = resolve(import.meta.dirname, "../../../policies");

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(POLICIES, path)];
  });
}

const rendered = renderPolicies(deploymentFor(SAMPLE_POLICY, SAMPLE_OPTIONS));
const samples = filesUnder(POLICIES).filter((path) => path !== "README.md");

describe("policies/", () => {
  it("holds exactly what the generator renders (run `npm run policies` after a change)", () => {
    expect(filesUnder(POLICIES).sort()).toEqual(rendered.map((file) => file.path).sort());
    for (const file of rendered) {
      expect(
        Buffer.from(readFileSync(join(POLICIES, file.path))).equals(Buffer.from(encodePolicyFile(file))),
        file.path,
      ).toBe(true);
    }
  });

  it("has a sample policy that is valid as it stands", () => {
    expect(validateSettings(SAMPLE_POLICY).problems).toEqual([]);
  });

  it.each(samples)("policy:check accepts %s, with every setting of the sample", (path) => {
    const report = checkPolicyFile(path, readFileSync(join(POLICIES, path)));
    expect(report.problems).toEqual([]);
    expect(report.valid).toBe(true);
    const expectedSettings = Object.keys(SAMPLE_POLICY).length;
    expect(report.configured.length).toBeGreaterThan(0);
    for (const entry of report.configured) expect(entry.settings).toBe(expectedSettings);
  });

  it("covers every browser's ids: the pinned id in each Chromium form, the gecko id in Firefox", () => {
    for (const file of rendered) {
      if (file.path === "README.md") continue;
      const id = file.path.startsWith("firefox/") ? EXTENSION_IDS.firefox : EXTENSION_IDS.chromium;
      expect(file.text, file.path).toContain(id);
    }
  });

  it("covers the store ids too once they are known, and force-installs from the store, once per browser", () => {
    const chromeWebStore = "a".repeat(32);
    const edgeAddons = "b".repeat(32);
    const deployment = deploymentFor(SAMPLE_POLICY, {
      ...SAMPLE_OPTIONS,
      storeIds: { chromeWebStore, edgeAddons },
    });
    expect(deployment.chrome.ids).toEqual([EXTENSION_IDS.chromium, chromeWebStore]);
    expect(deployment.edge.ids).toEqual([EXTENSION_IDS.chromium, edgeAddons]);
    for (const file of renderPolicies(deployment)) {
      if (file.path.startsWith("firefox/") || file.path === "README.md") continue;
      const browsers = file.path.startsWith("intune/")
        ? [chromeWebStore, edgeAddons]
        : [file.path.includes("edge") ? edgeAddons : chromeWebStore];
      for (const id of [EXTENSION_IDS.chromium, ...browsers]) expect(file.text, file.path).toContain(id);
      if (file.path.startsWith("intune/")) continue;
      const storeId = file.path.includes("edge") ? edgeAddons : chromeWebStore;
      const forced = file.text.match(/[a-p]{32};https:\/\/[^"<\s]+/g) ?? [];
      expect(forced, file.path).toEqual([
        expect.stringMatching(new RegExp(`^${storeId};https://(clients2\\.google|edge\\.microsoft)\\.com/`)),
      ]);
    }
  });

  it("writes .reg files as regedit does: UTF-16LE with a byte-order mark and CRLF", () => {
    const bytes = readFileSync(join(POLICIES, "windows/edge.reg"));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
    expect(text.startsWith("Windows Registry Editor Version 5.00\r\n")).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toContain("zarządza");
  });

  it("keeps the Intune scripts ASCII-only, so they read the same in any encoding", () => {
    for (const path of ["intune/detect.ps1", "intune/remediate.ps1"]) {
      expect(
        [...readFileSync(join(POLICIES, path))].every((byte) => byte < 0x80),
        path,
      ).toBe(true);
    }
  });
});
