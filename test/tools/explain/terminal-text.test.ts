import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { terminalText } from "../../../tools/explain/terminal-text";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/;

describe("terminalText", () => {
  it.each([
    ["\u001b]0;pwned\u0007", "\\u001b]0;pwned\\u0007"],
    ["\u001b[2J", "\\u001b[2J"],
    ["\u009b2J", "\\u009b2J"],
    ["a\tb\nc\rd", "a\\u0009b\\u000ac\\u000dd"],
    ["evil\u202Etxt.exe", "evil\\u202etxt.exe"],
    ["tag\u{E0041}", "tag\\udb40\\udc41"],
    ["a\\u001b", "a\\\\u001b"],
  ])("escapes %j", (raw, shown) => {
    expect(terminalText(raw)).toBe(shown);
  });

  it("leaves ordinary text, accents and CJK alone", () => {
    expect(terminalText("https://portal.azure.com/#@contoso.onmicrosoft.com/ Zażółć 日本")).toBe(
      "https://portal.azure.com/#@contoso.onmicrosoft.com/ Zażółć 日本",
    );
  });
});

describe("npm run explain with terminal escapes in the URL (issue 17)", () => {
  it("prints no control character, whatever the URL decodes to", () => {
    const output = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "tools/explain/explain.ts",
        "https://portal.azure.com/#view/%1B]0;pwned%07/x",
        "https://admin.microsoft.com/Adminportal/Home#/%1B[2J%E2%80%AE%C2%9B",
        "https://portal.azure.com/#@evil%1B]0;t%07.example/home",
        "not a url \u001b[31m",
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    for (const line of output.split("\n")) expect(line).not.toMatch(CONTROL);
    expect(output).toContain("\\u001b]0;pwned\\u0007");
  }, 30_000);
});
