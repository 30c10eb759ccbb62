import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_PROBLEMS } from "../../../src/settings/validate-settings";
import { EXTENSION_IDS } from "../../../tools/build/extension-ids";
import { HIDDEN_RECIPIENTS } from "../../settings/hostile-contacts";

/**
 * `npm run policy:check` on each hostile value of issue 17, as a partner's technician would run it:
 * every file is refused (exit 1) with exactly one problem line, and that line names the key.
 */

const ROOT = resolve(import.meta.dirname, "../../..");
const ID = EXTENSION_IDS.chromium;
const folder = mkdtempSync(join(tmpdir(), "policy-check-hostile-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HOSTILE: [key: string, value: string][] = [
  ...Object.entries(HIDDEN_RECIPIENTS).flatMap(([key, values]) =>
    values.map((value) => [key, value] as [string, string]),
  ),
  ["partnerName", "Contoso\u200EIT"],
  ["partnerName", "Contoso\u200DIT"],
  ["partnerName", "Contoso\u{E0041}\u{E0042}IT"],
  ["partnerName", "Contoso\u2028IT"],
  ["partnerName", "Contoso\u206AIT"],
  ["partnerName", "Contoso\uFFF9IT\uFFFB"],
  ["partnerName", "\u061CContoso"],
];

describe("policy:check on hostile contact and text values", () => {
  it("refuses each file with one line naming the key", { timeout: 60_000 }, () => {
    // The partner name is valid where another key is attacked, so only the attacked key can fail.
    const files = HOSTILE.map(([key, value], index) => {
      const path = join(folder, `hostile-${index}.json`);
      const policy = { partnerName: "Contoso", [key]: value };
      writeFileSync(path, JSON.stringify({ "3rdparty": { extensions: { [ID]: policy } } }));
      return path;
    });
    const run = spawnSync("npx", ["tsx", "tools/policy/policy-check.ts", ...files], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, INIT_CWD: ROOT },
    });
    expect(run.status).toBe(1);
    const reports = run.stdout.split(/\n(?=\S)/);
    expect(reports).toHaveLength(HOSTILE.length);
    for (const [index, [key, value]] of HOSTILE.entries()) {
      const [heading, ...problems] = reports[index]!.trim().split("\n");
      expect(heading, value).toMatch(/: NOT VALID \(.*\), 1 problem:$/);
      expect(heading!.startsWith(`${files[index]}: `), value).toBe(true);
      expect(problems, value).toEqual([
        expect.stringMatching(
          new RegExp(`^  3rdparty\\.extensions\\.${ID}\\.${key}: expected .*; left out$`),
        ),
      ]);
    }
  });

  it("lists at most MAX_PROBLEMS problems of a flood of unknown keys, and says how many more", {
    timeout: 60_000,
  }, () => {
    const path = join(folder, "flood.json");
    const flood = Object.fromEntries(
      Array.from({ length: 200_000 }, (_, index) => [`unknown${index}`, index]),
    );
    writeFileSync(
      path,
      JSON.stringify({ "3rdparty": { extensions: { [ID]: { partnerName: "C", ...flood } } } }),
    );
    const run = spawnSync("npx", ["tsx", "tools/policy/policy-check.ts", path], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, INIT_CWD: ROOT },
    });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(MAX_PROBLEMS + 5);
    expect(lines).toContain(
      `  3rdparty.extensions.${ID}: ${200_000 - MAX_PROBLEMS} more problems are not listed`,
    );
    expect(run.stdout.length).toBeLessThan(32 * 1024);
  });
});
