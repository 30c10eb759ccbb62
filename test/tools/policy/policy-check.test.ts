import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { SETTINGS_SCHEMA } from "../../../src/settings/settings-schema";
import { EXTENSION_IDS } from "../../../tools/build/extension-ids";
import { checkPolicyFile } from "../../../tools/policy/check-policy-file";
import { MAX_POLICY_FILE_BYTES } from "../../../tools/policy/decode-policy-text";
import { parseReg, subtree } from "../../../tools/policy/parse-reg";
import { encodePolicyFile } from "../../../tools/policy/policy-text";
import { registryToJson } from "../../../tools/policy/registry-to-json";

const ID = EXTENSION_IDS.chromium;
const GECKO = EXTENSION_IDS.firefox;
const ROOT = resolve(import.meta.dirname, "../../..");

const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => utf8(JSON.stringify(value));
const chromeJson = (policy: unknown) => json({ "3rdparty": { extensions: { [ID]: policy } } });
const reg = (body: string) =>
  encodePolicyFile({
    path: "x.reg",
    text: `Windows Registry Editor Version 5.00\r\n\r\n${body.replaceAll("\n", "\r\n")}`,
    encoding: "utf16le-bom",
  });
const REG_KEY = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${ID}\\policy`;
const profile = (payloadType: string, body: string) =>
  utf8(`<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>PayloadType</key><string>Configuration</string>
<key>PayloadContent</key><array><dict>
<key>PayloadType</key><string>${payloadType}</string>${body}
</dict></array></dict></plist>`);
const script = (inner: string) => utf8(`<# test #>\r\n${inner}\r\n`);

const lines = (name: string, bytes: Uint8Array) =>
  checkPolicyFile(name, bytes).problems.map((problem) => `${problem.path}: ${problem.message}`);

// name, file name, bytes, a line the report must contain
const BROKEN: [string, string, Uint8Array, string | RegExp][] = [
  ["an empty object", "a.json", json({}), /^\(file\): configures nothing for CSP Portal Guide/],
  [
    "another extension only",
    "a.json",
    json({ "3rdparty": { extensions: { abcdefghijklmnopabcdefghijklmnop: { x: 1 } } } }),
    /configures nothing for CSP Portal Guide/,
  ],
  [
    "Firefox's capital E in a Chrome file",
    "a.json",
    json({ "3rdparty": { Extensions: { [ID]: { partnerName: "C" } } } }),
    '3rdparty.extensions: is missing (found "Extensions": the name is case-sensitive)',
  ],
  [
    "an http: website",
    "a.json",
    chromeJson({ partnerWebsite: "http://contoso.example/" }),
    `3rdparty.extensions.${ID}.partnerWebsite: expected an https: address like https://partner.example/, got the string "http://contoso.example/" (http: is not allowed); left out`,
  ],
  [
    "a number where a string goes",
    "a.json",
    chromeJson({ partnerPhone: 48221234567 }),
    `3rdparty.extensions.${ID}.partnerPhone: expected a string, got the number 48221234567; left out`,
  ],
  [
    "a misspelt key",
    "a.json",
    chromeJson({ partnerName: "C", dismisDays: 3 }),
    `3rdparty.extensions.${ID}.dismisDays: is not a setting of this extension (did you mean dismissDays?); left out`,
  ],
  [
    "a bidi override in the partner's name",
    "a.json",
    chromeJson({ partnerName: "Contoso\u202Eexe.gnp" }),
    /partnerName: expected text without control or text-direction characters, got the string "Contoso\\u202eexe\.gnp"/,
  ],
  [
    "a __proto__ key",
    "a.json",
    utf8(`{"3rdparty":{"extensions":{"${ID}":{"__proto__":{"partnerName":"x"}}}}}`),
    `3rdparty.extensions.${ID}.__proto__: is not a setting of this extension (known: partnerName, partnerEmail, partnerPhone, partnerWebsite, partnerSupportUrl, partnerRequestUrl, customerTenant, customMessages, disabledVerdicts, disabledHosts, locale, dismissDays, enabled, allowUserDisable, customRules, agentMode, partnerTenants); left out`,
  ],
  [
    "a custom rule whose pattern the classifier refuses",
    "a.json",
    chromeJson({ customRules: [{ id: "r", pattern: "a/*x*y", verdict: "partner" }] }),
    `3rdparty.extensions.${ID}.customRules[0]: segment "*x*y" has more than one "*"; left out`,
  ],
  ["a policy that sets nothing", "a.json", chromeJson({}), `3rdparty.extensions.${ID}: sets no setting`],
  [
    "a policy that is a string",
    "a.json",
    chromeJson("partnerName=Contoso"),
    `3rdparty.extensions.${ID}: expected an object of settings, got the string "partnerName=Contoso"`,
  ],
  [
    "a force-install from http:",
    "a.json",
    json({
      ExtensionInstallForcelist: [`${ID};http://x.example/u.xml`],
      "3rdparty": { extensions: { [ID]: { partnerName: "C" } } },
    }),
    `ExtensionInstallForcelist[0]: the update URL of ${ID} must be an https: address, got the string "http://x.example/u.xml"`,
  ],
  [
    "the extension blocked",
    "a.json",
    json({
      ExtensionSettings: { [ID]: { installation_mode: "blocked" } },
      "3rdparty": { extensions: { [ID]: { partnerName: "C" } } },
    }),
    `ExtensionSettings.${ID}.installation_mode: "blocked" keeps CSP Portal Guide off these browsers`,
  ],
  ["JSON with a trailing comma", "a.json", utf8('{"3rdparty": {},}'), /^\(file\): is not valid JSON: /],
  [
    "a JSON list",
    "a.json",
    utf8("[1, 2]"),
    "(file): expected a JSON object at the top, got a list of 2 items",
  ],
  [
    "Firefox force-install without install_url",
    "policies.json",
    json({
      policies: {
        ExtensionSettings: { [GECKO]: { installation_mode: "force_installed" } },
        "3rdparty": { Extensions: { [GECKO]: { partnerName: "C" } } },
      },
    }),
    `policies.ExtensionSettings["${GECKO}"]: "force_installed" needs an install_url (Firefox cannot install without one)`,
  ],
  [
    "Firefox without Extensions",
    "policies.json",
    json({ policies: { "3rdparty": { extensions: { [GECKO]: { partnerName: "C" } } } } }),
    'policies.3rdparty.Extensions: is missing (found "extensions": the name is case-sensitive)',
  ],
  [
    "an unknown format",
    "notes.txt",
    utf8("partnerName: Contoso"),
    /^\(file\): is not a policy file this tool reads/,
  ],
  [
    "a .reg file without its header",
    "a.reg",
    utf8(`[${REG_KEY}]\n"partnerName"="C"\n`),
    '(file): not a .reg file: the first line must be "Windows Registry Editor Version 5.00"',
  ],
  [
    "REG_MULTI_SZ for a list",
    "a.reg",
    reg(`[${REG_KEY}]\n"partnerName"="C"\n"disabledVerdicts"=hex(7):69,00,6e,00,66,00,6f,00,00,00,00,00\n`),
    `${REG_KEY}\\disabledVerdicts: is a REG_MULTI_SZ value, which the browser cannot read (use a string, a DWORD, or numbered values under a subkey for a list)`,
  ],
  [
    "a DWORD where text goes",
    "a.reg",
    reg(`[${REG_KEY}]\n"partnerName"=dword:00000001\n`),
    `${REG_KEY}\\partnerName: expected a string, got the number 1; left out`,
  ],
  [
    "text that is not a number for an integer",
    "a.reg",
    reg(`[${REG_KEY}]\n"dismissDays"="thirty"\n`),
    `${REG_KEY}\\dismissDays: expected a whole number from 0 to 365, got the string "thirty"; left out`,
  ],
  [
    "a line regedit cannot read",
    "a.reg",
    reg(`[${REG_KEY}]\n"partnerName"="C"\npartnerPhone=12345\n`),
    'line 5: neither a [key], a "name"=value line nor a ; comment',
  ],
  [
    "a policy deleted again further down",
    "a.reg",
    reg(`[${REG_KEY}]\n"partnerName"="C"\n\n[-${REG_KEY}]\n`),
    /configures nothing for CSP Portal Guide/,
  ],
  [
    "a profile with a bad e-mail",
    "a.mobileconfig",
    profile(`com.google.Chrome.extensions.${ID}`, "<key>partnerEmail</key><string>nobody</string>"),
    `PayloadContent[0] (com.google.Chrome.extensions.${ID}).partnerEmail: expected an e-mail address like helpdesk@partner.example (mailto: allowed), got the string "nobody"; left out`,
  ],
  [
    "a profile nested 100 deep",
    "a.mobileconfig",
    utf8(`<plist>${"<array>".repeat(100)}${"</array>".repeat(100)}</plist>`),
    "(file): is not a readable property list: nested deeper than 64 levels",
  ],
  [
    "a profile with an unknown element",
    "a.mobileconfig",
    utf8("<plist><dict><key>a</key><script>x</script></dict></plist>"),
    "(file): is not a readable property list: unknown element <script>",
  ],
  [
    "a binary property list",
    "a.plist",
    utf8("bplist00\u0001\u0002"),
    "(file): is a binary property list: convert it with `plutil -convert xml1`",
  ],
  [
    "a script without the policy markers",
    "remediate.ps1",
    script("Write-Output 'hello'"),
    "(file): the policy JSON must stand between a line $PolicyJson = @' and a line '@",
  ],
  [
    "a script with broken JSON",
    "remediate.ps1",
    script("$PolicyJson = @'\r\n{ partnerName: 'C' }\r\n'@"),
    /^lines 3-3: the policy is not valid JSON: /,
  ],
  [
    "a UTF-8 .reg file with Polish letters",
    "a.reg",
    utf8(`Windows Registry Editor Version 5.00\n\n[${REG_KEY}]\n"partnerName"="Łódź IT"\n`),
    /^\(file\): is UTF-8 with characters beyond ASCII: regedit reads such a file in the ANSI code page/,
  ],
  [
    "an Intune script in UTF-8 without BOM with Polish letters",
    "remediate.ps1",
    script(
      `$PolicyJson = @'\r\n{ "partnerName": "Łódź IT" }\r\n'@\r\n$PolicyKeys = @(\r\n  'SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${ID}\\policy'\r\n)`,
    ),
    /^\(file\): is UTF-8 without a byte-order mark and has characters beyond ASCII/,
  ],
  [
    "policy JSON saved as UTF-16",
    "a.json",
    encodePolicyFile({
      path: "a.json",
      text: JSON.stringify({ "3rdparty": { extensions: { [ID]: { partnerName: "C" } } } }),
      encoding: "utf16le-bom",
    }),
    "(file): is UTF-16LE with BOM: browsers read policy JSON as UTF-8; save it as UTF-8",
  ],
  ["an empty file", "a.json", new Uint8Array(), "(file): the file is empty"],
  [
    "binary data",
    "a.json",
    new Uint8Array([0, 1, 2, 3, 0, 255, 7, 8]),
    "(file): the file holds binary data, not a policy",
  ],
  [
    "Latin-1 text",
    "a.json",
    new Uint8Array([...utf8('{"partnerName":"Caf'), 0xe9, ...utf8('"}')]),
    "(file): the file is not UTF-8 or UTF-16 text (policy files are; save it as UTF-8)",
  ],
  [
    "a huge file",
    "a.json",
    new Uint8Array(MAX_POLICY_FILE_BYTES + 1).fill(0x20),
    "(file): the file is 5.0 MB; a policy file is a few kilobytes, so it is not read",
  ],
];

describe("checkPolicyFile rejects broken and hostile policies with the right message", () => {
  it.each(BROKEN)("%s", (_what, name, bytes, expected) => {
    const report = checkPolicyFile(name, bytes);
    expect(report.valid).toBe(false);
    expect(lines(name, bytes)).toContainEqual(
      typeof expected === "string" ? expected : expect.stringMatching(expected),
    );
  });
});

describe("checkPolicyFile reads each form as the browser does", () => {
  it("accepts integers written as text in the registry, as Chrome converts them", () => {
    const report = checkPolicyFile(
      "a.reg",
      reg(`[${REG_KEY}]\n"dismissDays"="30"\n"allowUserDisable"="0"\n`),
    );
    expect(report.problems).toEqual([]);
    expect(report.configured).toEqual([
      { where: REG_KEY, id: ID, settings: 2, values: { allowUserDisable: false, dismissDays: 30 } },
    ]);
  });

  it("accepts a list or object written as one JSON string in the registry", () => {
    const report = checkPolicyFile("a.reg", reg(`[${REG_KEY}]\n"disabledVerdicts"="[\\"info\\"]"\n`));
    expect(report.valid).toBe(true);
  });

  it("reads a .reg file saved as UTF-8, with HKLM and lower-case names", () => {
    const text = `Windows Registry Editor Version 5.00\n\n[HKLM\\software\\policies\\google\\chrome\\3rdparty\\extensions\\${ID}\\policy]\n"partnerName"="Contoso"\n`;
    expect(checkPolicyFile("a.reg", utf8(text)).valid).toBe(true);
  });

  it("reads eleven custom rules written as numbered subkeys", () => {
    const items = Array.from({ length: 11 }, (_, index) => index + 1)
      .map((n) => `[${REG_KEY}\\customRules\\${n}]\n"id"="r${n}"\n"pattern"="p${n}"\n"verdict"="partner"\n`)
      .join("\n");
    const report = checkPolicyFile("a.reg", reg(items));
    expect(report.valid).toBe(true);
    expect(report.configured[0]!.settings).toBe(1);
  });

  it("lists numbered values in Chrome's case-insensitive name order, not numeric order", () => {
    const parsed = parseReg(
      `Windows Registry Editor Version 5.00\n[${REG_KEY}\\disabledVerdicts]\n"2"="support"\n"10"="partner"\n"1"="info"\n"x"="self-serve"\n`,
    );
    if ("error" in parsed) throw new Error(parsed.error);
    const notes: { path: string; message: string }[] = [];
    const policy = registryToJson(subtree(parsed, REG_KEY), SETTINGS_SCHEMA, "", notes);
    expect(policy).toEqual({ disabledVerdicts: ["info", "partner", "support"] });
    expect(notes).toEqual([
      { path: "disabledVerdicts\\x", message: "is not a numbered value, so the browser skips it in a list" },
    ]);
  });

  it("applies regedit deletions of keys and values in file order", () => {
    const parsed = parseReg(
      `REGEDIT4\n[${REG_KEY}]\n"partnerName"="A"\n"partnerPhone"="123"\n"partnerPhone"=-\n[-${REG_KEY}\\customRules]\n`,
    );
    if ("error" in parsed) throw new Error(parsed.error);
    expect([...parsed.keys.get(REG_KEY.toLowerCase())!.values.keys()]).toEqual(["partnername"]);
  });

  it("reads Firefox's native managed-storage manifest and checks its data", () => {
    const manifest = (data: unknown) =>
      utf8(JSON.stringify({ name: EXTENSION_IDS.firefox, description: "x", type: "storage", data }));
    const good = checkPolicyFile(`${EXTENSION_IDS.firefox}.json`, manifest({ partnerName: "Contoso" }));
    expect(good).toMatchObject({
      valid: true,
      format: "Firefox managed-storage manifest",
      configured: [{ id: EXTENSION_IDS.firefox, settings: 1 }],
    });
    const bad = checkPolicyFile("m.json", manifest({ partnerWebsite: "http://partner.example/" }));
    expect(bad.valid).toBe(false);
    expect(bad.problems).toEqual([expect.objectContaining({ path: "data.partnerWebsite" })]);
  });

  it("reads a bare preference file named after its domain", () => {
    const plist = utf8(
      '<?xml version="1.0"?><plist version="1.0"><dict><key>partnerName</key><string>Contoso</string></dict></plist>',
    );
    const report = checkPolicyFile(
      `/Library/Managed Preferences/com.google.Chrome.extensions.${ID}.plist`,
      plist,
    );
    expect(report).toMatchObject({ valid: true, configured: [{ id: ID, settings: 1 }] });
  });

  it("reads the older com.apple.ManagedClient.preferences wrapping some MDMs write", () => {
    const body = `<key>PayloadContent</key><dict><key>com.microsoft.Edge.extensions.${ID}</key><dict>
<key>Forced</key><array><dict><key>mcx_preference_settings</key><dict>
<key>partnerName</key><string>Contoso</string><key>dismissDays</key><integer>400</integer>
</dict></dict></array></dict></dict>`;
    const report = checkPolicyFile("old.mobileconfig", profile("com.apple.ManagedClient.preferences", body));
    expect(report.problems).toEqual([
      {
        path: `PayloadContent[0].com.microsoft.Edge.extensions.${ID}.Forced[0].dismissDays`,
        message: "expected a whole number from 0 to 365, got the number 400; left out",
      },
    ]);
  });

  it("reads a signed profile's embedded XML", () => {
    const inner = profile(
      `com.microsoft.Edge.extensions.${ID}`,
      "<key>partnerName</key><string>Contoso</string>",
    );
    const signed = new Uint8Array([0x30, 0x80, 0x06, 0x09, ...inner, 0x00, 0x00]);
    expect(checkPolicyFile("signed.mobileconfig", signed).valid).toBe(true);
  });

  it('unwraps the Google Admin console\'s {"Value": …} form of bare settings', () => {
    const report = checkPolicyFile(
      "a.json",
      json({ partnerName: { Value: "Contoso" }, dismissDays: { Value: 500 } }),
    );
    expect(report.problems).toEqual([
      { path: "dismissDays", message: "expected a whole number from 0 to 365, got the number 500; left out" },
    ]);
  });

  it("never throws, whatever the bytes", () => {
    const prefixes = [
      "",
      "Windows Registry Editor Version 5.00\n[",
      "<plist>",
      '{"3rdparty":',
      "$PolicyJson = @'\n",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.oneof(fc.string(), fc.uint8Array()), (prefix, tail) => {
        const bytes =
          typeof tail === "string" ? utf8(prefix + tail) : new Uint8Array([...utf8(prefix), ...tail]);
        const report = checkPolicyFile("fuzz", bytes);
        expect(typeof report.valid).toBe("boolean");
      }),
      { numRuns: 400 },
    );
  });
});

// Each test starts tsx in a child process: seconds on a busy machine, so no default 5 s timeout.
describe("npm run policy:check", { timeout: 60_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), "policy-check-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const run = (...files: string[]) =>
    spawnSync(
      process.execPath,
      ["--import", "tsx", resolve(ROOT, "tools/policy/policy-check.ts"), ...files],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );

  it("exits 0 for every sample in policies/", () => {
    const samples = [
      "windows/chrome.reg",
      "windows/edge.reg",
      "linux/chrome-and-chromium.json",
      "linux/edge.json",
    ]
      .concat(["macos/chrome.mobileconfig", "macos/edge.mobileconfig", "firefox/policies.json"])
      .concat([`firefox/managed-storage/${EXTENSION_IDS.firefox}.json`])
      .concat(["intune/detect.ps1", "intune/remediate.ps1"])
      .map((path) => resolve(ROOT, "policies", path));
    expect(samples.length).toBe(
      readdirSync(resolve(ROOT, "policies"), { recursive: true }).filter(
        (p) => String(p).includes(".") && !String(p).endsWith("README.md"),
      ).length,
    );
    const result = run(...samples);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.match(/: valid /g)).toHaveLength(samples.length);
  });

  it("exits 1 with each problem on its own line, and no stack trace, for garbage", () => {
    const bad = join(folder, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({
        "3rdparty": { extensions: { [ID]: { partnerWebsite: "ftp://x", dismissDays: -1 } } },
      }),
    );
    const binary = join(folder, "random.bin");
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)));
    const deep = join(folder, "deep.json");
    writeFileSync(deep, `${"[".repeat(200_000)}${"]".repeat(200_000)}`);
    const result = run(bad, binary, deep, join(folder, "missing.reg"), folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`  3rdparty.extensions.${ID}.partnerWebsite: expected an https: address`);
    expect(result.stdout).toContain(
      `  3rdparty.extensions.${ID}.dismissDays: expected a whole number from 0 to 365, got the number -1`,
    );
    expect(result.stdout).toContain("missing.reg: NOT VALID: the file does not exist");
    expect(result.stdout).toContain(`${folder}: NOT VALID: the file is a folder, not a file`);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
  });

  it("exits 2 and says how to call it when given no file", () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("usage: npm run --silent policy:check -- FILE...");
  });
});
