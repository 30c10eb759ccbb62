import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTENSION_IDS } from "../../../tools/build/extension-ids";
import { readPreviewPolicy } from "../../../tools/preview/preview-policy";

const POLICIES = resolve(import.meta.dirname, "../../../policies");

describe("readPreviewPolicy", () => {
  it("reads the extension's settings out of the shipped Chrome and Firefox policy files", () => {
    for (const file of ["linux/chrome-and-chromium.json", "linux/edge.json", "firefox/policies.json"]) {
      const read = readPreviewPolicy(JSON.parse(readFileSync(resolve(POLICIES, file), "utf8")));
      expect(read.ok, file).toBe(true);
      if (read.ok) expect(read.values.partnerName, file).toBe("Contoso IT Services");
    }
  });

  it("reads a bare settings object", () => {
    expect(readPreviewPolicy({ partnerName: "Fabrikam", locale: "de" })).toEqual({
      ok: true,
      where: "(settings)",
      values: { partnerName: "Fabrikam", locale: "de" },
    });
  });

  it("names every bad value with its path", () => {
    const read = readPreviewPolicy({
      "3rdparty": {
        extensions: { [EXTENSION_IDS.chromium]: { partnerWebsite: "javascript:alert(1)", dismissDays: -4 } },
      },
    });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems.map((problem) => problem.path)).toEqual([
        `3rdparty.extensions.${EXTENSION_IDS.chromium}.partnerWebsite`,
        `3rdparty.extensions.${EXTENSION_IDS.chromium}.dismissDays`,
      ]);
    }
  });

  it("says so when the file configures nothing for this extension", () => {
    for (const json of [
      null,
      [],
      "text",
      {},
      { ExtensionInstallForcelist: [] },
      { "3rdparty": { extensions: {} } },
    ]) {
      const read = readPreviewPolicy(json);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problems[0]!.message).toMatch(/configures nothing/);
    }
  });
});
