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

const REG_KEY = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy`;
const REG_HEAD = ["Windows Registry Editor Version 5.00", "", `[${REG_KEY}]`];

/** A .reg file as regedit exports it (UTF-16LE with its BOM), or big-endian, which regedit does not read. */
function writeReg(name: string, encoding: "utf-16le" | "utf-16be", lines: readonly string[]): string {
  const text = `${lines.join("\r\n")}\r\n`;
  const units = Array.from(text, (character) => character.charCodeAt(0));
  const bytes = new Uint8Array(2 + units.length * 2);
  bytes.set(encoding === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  units.forEach((unit, index) => {
    const [first, second] = encoding === "utf-16le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 + index * 2] = first;
    bytes[3 + index * 2] = second;
  });
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

function policyCheck(...paths: string[]) {
  return spawnSync("npx", ["tsx", "tools/policy/policy-check.ts", ...paths], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: ROOT },
  });
}

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

  it("lists at most MAX_PROBLEMS of a file's own problems too, and says how many more", {
    timeout: 60_000,
  }, () => {
    const lines = Array.from({ length: 5000 }, (_, index) => `garbage line ${index}`);
    const path = writeReg("garbage.reg", "utf-16le", [...REG_HEAD, '"partnerName"="Contoso"', ...lines]);
    const run = policyCheck(path);
    expect(run.status).toBe(1);
    const output = run.stdout.trimEnd().split("\n");
    expect(output.length).toBeLessThanOrEqual(MAX_PROBLEMS + 5);
    expect(output).toContain(`  ${5000 - MAX_PROBLEMS} more problems are not listed`);
  });
});

describe("policy:check on files the browser would not apply (issue 17, item 6)", () => {
  const chromePolicy = new TextEncoder().encode(
    JSON.stringify({ "3rdparty": { extensions: { [ID]: { partnerName: "Contoso" } } } }),
  );
  const BOM = [0xef, 0xbb, 0xbf];

  it("refuses JSON with a doubled UTF-8 byte-order mark, which Chromium's JSON reader stops at", {
    timeout: 60_000,
  }, () => {
    const once = join(folder, "bom-once.json");
    const twice = join(folder, "bom-twice.json");
    writeFileSync(once, new Uint8Array([...BOM, ...chromePolicy]));
    writeFileSync(twice, new Uint8Array([...BOM, ...BOM, ...chromePolicy]));
    expect(policyCheck(once).status).toBe(0);
    const run = policyCheck(twice);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ {2}\(file\): .*byte-order mark.*$/m);
  });

  it("refuses a UTF-16BE .reg file, which regedit does not read; UTF-16LE passes", {
    timeout: 60_000,
  }, () => {
    const little = writeReg("little.reg", "utf-16le", [...REG_HEAD, '"partnerName"="Contoso"']);
    const big = writeReg("big.reg", "utf-16be", [...REG_HEAD, '"partnerName"="Contoso"']);
    expect(policyCheck(little).status).toBe(0);
    const run = policyCheck(big);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ {2}\(file\): is UTF-16BE.*UTF-16LE.*$/m);
  });
});
