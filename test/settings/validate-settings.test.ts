import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PROBLEMS, validateSettings } from "../../src/settings/validate-settings";
import { HIDDEN_RECIPIENTS } from "./hostile-contacts";

const messagesOf = (input: unknown) => validateSettings(input).problems.map((p) => `${p.path}: ${p.message}`);

describe("validateSettings", () => {
  it("keeps a complete, valid policy as it is (tidied)", () => {
    const input = {
      partnerName: "  Contoso IT Services ",
      partnerEmail: "mailto:helpdesk@contoso.example",
      partnerPhone: "tel:+48 22 123 45 67",
      partnerWebsite: "https://contoso.example",
      partnerSupportUrl: "mailto:support@contoso.example",
      customMessages: { partner: { en: "Ask Contoso.", "pt-BR": "Pergunte à Contoso." } },
      disabledVerdicts: ["info"],
      disabledHosts: ["portal.azure.us"],
      locale: "pl",
      dismissDays: 0,
      enabled: true,
      allowUserDisable: false,
      customRules: [
        {
          id: "contoso.resource-groups",
          portal: "azure-portal",
          pattern: "browse/resourcegroups",
          verdict: "partner",
          message: { en: "Managed by Contoso." },
        },
      ],
      agentMode: true,
      partnerTenants: ["Contoso.onmicrosoft.com", "72F988BF-86F1-41AF-91AB-2D7CD011DB47"],
    };
    const { values, problems } = validateSettings(input);
    expect(problems).toEqual([]);
    expect(values).toEqual({
      ...input,
      partnerName: "Contoso IT Services",
      partnerEmail: "helpdesk@contoso.example",
      partnerPhone: "+48 22 123 45 67",
      partnerWebsite: "https://contoso.example/",
      partnerTenants: ["contoso.onmicrosoft.com", "72f988bf-86f1-41af-91ab-2d7cd011db47"],
    });
  });

  it("leaves out each bad value alone and keeps the rest", () => {
    const { values, problems } = validateSettings({
      partnerName: "Contoso",
      partnerPhone: 48221234567,
      partnerWebsite: "http://contoso.example",
      dismissDays: 400,
      disabledVerdicts: ["info", "nonsense", "partner"],
    });
    expect(values).toEqual({ partnerName: "Contoso", disabledVerdicts: ["info", "partner"] });
    expect(problems.map((p) => p.path)).toEqual([
      "partnerPhone",
      "partnerWebsite",
      "dismissDays",
      "disabledVerdicts[1]",
    ]);
  });

  it.each([
    [{ partnerPhone: 48221234567 }, "partnerPhone: expected a string, got the number 48221234567; left out"],
    [
      { partnerWebsite: "http://contoso.example" },
      'partnerWebsite: expected an https: address like https://partner.example/, got the string "http://contoso.example" (http: is not allowed); left out',
    ],
    [
      { partnerWebsite: "javascript:alert(1)" },
      'partnerWebsite: expected an https: address like https://partner.example/, got the string "javascript:alert(1)" (javascript: is not allowed); left out',
    ],
    [
      { partnerSupportUrl: "https://user:pw@contoso.example/" },
      'partnerSupportUrl: expected an https: address or a mailto: e-mail address, got the string "https://user:pw@contoso.example/" (user names in links are refused); left out',
    ],
    [
      { partnerEmail: "not an address" },
      'partnerEmail: expected an e-mail address like helpdesk@partner.example (mailto: allowed), got the string "not an address"; left out',
    ],
    [
      { dismissDays: 30.5 },
      "dismissDays: expected a whole number from 0 to 365, got the number 30.5; left out",
    ],
    [
      { dismissDays: "30" },
      'dismissDays: expected a whole number from 0 to 365, got the string "30"; left out',
    ],
    [{ enabled: "false" }, 'enabled: expected true or false, got the string "false"; left out'],
    [
      { locale: "xx" },
      'locale: expected one of "", "en", "de", "es", "fr", "ja", "pl", got the string "xx"; left out',
    ],
    [
      { partnerNmae: "Contoso" },
      "partnerNmae: is not a setting of this extension (did you mean partnerName?); left out",
    ],
    [
      { disabledHosts: "portal.azure.com" },
      'disabledHosts: expected a list, got the string "portal.azure.com"; left out',
    ],
    [
      { customMessages: { partner: { en: { nested: { deeper: [1, 2, 3] } } } } },
      "customMessages.partner.en: expected a string, got an object; left out",
    ],
    [
      { customMessages: { partner: { __proto__x: "x", "english!": "x" } } },
      'customMessages.partner.__proto__x: expected a key that is a language tag like "en", "pl" or "pt-BR"; left out',
    ],
    [
      { partnerTenants: ["not a tenant"] },
      expect.stringContaining("partnerTenants[0]: expected a tenant domain"),
    ],
  ])("explains %j", (input, expected) => {
    expect(messagesOf(input)[0]).toEqual(expected);
  });

  it("bounds string lengths and says so without echoing the whole value", () => {
    const [message] = messagesOf({ partnerName: "x".repeat(100_000) });
    expect(message).toMatch(
      /^partnerName: expected a string of at most 100 characters, got a string of 100000/,
    );
    expect(message!.length).toBeLessThan(300);
  });

  it("refuses text-direction overrides and control characters, escaping them in the message", () => {
    const [override] = messagesOf({ partnerName: "Contoso\u202Egnp.exe" });
    expect(override).toContain("\\u202e");
    expect(override).not.toContain("\u202E");
    expect(messagesOf({ partnerName: "a\u0000b" })[0]).toContain("without control");
    expect(validateSettings({ customMessages: { info: { en: "Line one\nline two" } } }).problems).toEqual([]);
  });

  it("checks custom rules with the classifier before they are used", () => {
    const rule = { id: "r1", pattern: "billing/**", verdict: "partner" };
    const { values, problems } = validateSettings({
      customRules: [
        rule,
        { ...rule, id: "r2", pattern: "a//b" },
        { ...rule, id: "r3", verdict: "maybe" },
        { id: "r4", pattern: "x" },
        { ...rule, id: "r1" },
        { ...rule, id: "bad id with spaces" },
        { ...rule, id: "r5", colour: "red" },
      ],
    });
    expect(values.customRules?.map((r) => r.id)).toEqual(["r1", "r5"]);
    const text = problems.map((p) => `${p.path}: ${p.message}`);
    expect(text).toContain("customRules[1]: pattern has an empty segment (two slashes in a row); left out");
    expect(text).toContainEqual(
      expect.stringMatching(/^customRules\[2\]\.verdict: expected one of "partner"/),
    );
    expect(text).toContain("customRules[3]: is missing verdict; left out");
    expect(text).toContain(
      'customRules[4]: id the string "r1" is used by an earlier item; this one is left out',
    );
    expect(text).toContainEqual(expect.stringMatching(/^customRules\[5\]\.id: expected 1 to 80 letters/));
    expect(text).toContainEqual(expect.stringMatching(/^customRules\[6\]\.colour: is not a setting/));
  });

  it("cuts lists at their limit", () => {
    const { values, problems } = validateSettings({ partnerTenants: Array(5000).fill("contoso.com") });
    expect(problems[0]).toEqual({
      path: "partnerTenants",
      message: "has 5000 items; only the first 100 are used",
    });
    expect(values.partnerTenants).toEqual(["contoso.com"]);
  });

  it("lists at most MAX_PROBLEMS problems and says how many more there were (issue 17)", {
    timeout: 60_000,
  }, () => {
    const unknown = Object.fromEntries(Array.from({ length: 200_000 }, (_, index) => [`key${index}`, index]));
    const { values, problems } = validateSettings({ ...unknown, partnerName: "Contoso" });
    expect(values).toEqual({ partnerName: "Contoso" });
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]!.message).toMatch(/^is not a setting of this extension/);
    expect(problems.at(-1)).toEqual({
      path: "(settings)",
      message: `${200_000 - MAX_PROBLEMS} more problems are not listed`,
    });
  });

  it("bounds the problems of one custom rule with a flood of unknown keys", { timeout: 60_000 }, () => {
    const rule = Object.fromEntries(Array.from({ length: 50_000 }, (_, index) => [`x${index}`, index]));
    const { values, problems } = validateSettings({
      customRules: [{ ...rule, id: "r1", pattern: "billing/**", verdict: "partner" }],
    });
    expect(values.customRules?.map((kept) => kept.id)).toEqual(["r1"]);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)?.message).toBe(`${50_000 - MAX_PROBLEMS} more problems are not listed`);
  });

  it.each([null, undefined])("treats %s as no settings", (input) => {
    expect(validateSettings(input)).toEqual({ values: {}, problems: [] });
  });

  it.each([["a string"], [42], [[1, 2]], [new Date(0)]])("refuses %j as a whole", (input) => {
    expect(messagesOf(input)).toEqual([
      expect.stringMatching(/^\(settings\): expected an object of settings, got /),
    ]);
  });

  it("never throws, and what it keeps is valid as it stands", () => {
    const keys = fc.constantFrom(
      "partnerName",
      "partnerEmail",
      "partnerWebsite",
      "customMessages",
      "disabledVerdicts",
      "customRules",
      "dismissDays",
      "partnerTenants",
      "__proto__",
      "constructor",
    );
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(keys, fc.jsonValue()), fc.anything()), (input) => {
        const first = validateSettings(input);
        const again = validateSettings(JSON.parse(JSON.stringify(first.values)));
        expect(again.problems).toEqual([]);
        expect(again.values).toEqual(first.values);
      }),
      { numRuns: 500 },
    );
  });

  describe("contact addresses (issue 17)", () => {
    const cases = Object.entries(HIDDEN_RECIPIENTS).flatMap(([key, values]) =>
      values.map((value) => [key, value] as const),
    );

    it.each(cases)("refuses %s %j with one line naming the key", (key, value) => {
      const { values, problems } = validateSettings({ [key]: value });
      expect(values).toEqual({});
      expect(problems).toHaveLength(1);
      expect(problems[0]!.path).toBe(key);
      expect(problems[0]!.message).not.toContain("\n");
    });

    it("says what is wrong with an address that could carry a header", () => {
      expect(messagesOf({ partnerEmail: "help?bcc=spy%40evil.example&x=@partner.example" })[0]).toMatch(
        /^partnerEmail: expected an e-mail address like helpdesk@partner\.example .*\(.*\? & = % #.*\); left out$/,
      );
    });

    it.each([
      ["partnerEmail", "o'brien@partner.example"],
      ["partnerEmail", "first.last+billing@sub.partner.example"],
      ["partnerEmail", "MAILTO:Help@Partner.example"],
      ["partnerSupportUrl", "mailto:o'brien@partner.example"],
      ["partnerPhone", "+48 22/555 01 00"],
      ["partnerPhone", "+44 (0)20 7946 0000"],
      ["partnerPhone", "(022) 555 01 00"],
    ])("keeps %s %j", (key, value) => {
      expect(validateSettings({ [key]: value }).problems).toEqual([]);
    });

    it.each([
      "+48 22 555 01 00 ext. 12",
      "48+22 555",
      "+48 (22 555 01 00",
      "+48 ((22)) 555",
      "+48 () 555 01 00",
      "++48 22 555",
    ])("refuses the phone number %j", (partnerPhone) => {
      expect(messagesOf({ partnerPhone })).toEqual([
        expect.stringMatching(/^partnerPhone: expected a phone/),
      ]);
    });
  });

  describe("invisible and text-direction characters (issue 17)", () => {
    const INVISIBLE = {
      LRM: "\u200E",
      RLM: "\u200F",
      ALM: "\u061C",
      "zero-width space": "\u200B",
      "zero-width joiner": "\u200D",
      "zero-width non-joiner": "\u200C",
      "word joiner": "\u2060",
      "invisible times": "\u2062",
      "tag A": "\u{E0041}",
      "cancel tag": "\u{E007F}",
      "language tag": "\u{E0001}",
      "line separator": "\u2028",
      "paragraph separator": "\u2029",
      "inhibit symmetric swapping": "\u206A",
      "nominal digit shapes": "\u206F",
      "interlinear annotation anchor": "\uFFF9",
      "interlinear annotation terminator": "\uFFFB",
      "byte order mark": "\uFEFF",
      "soft hyphen": "\u00AD",
      "Mongolian vowel separator": "\u180E",
      "Hangul filler": "\u3164",
      "combining grapheme joiner": "\u034F",
      "variation selector after a letter": "\uFE0F",
      "two variation selectors": "\u2764\uFE0F\uFE0F",
      "supplementary variation selectors": "x\u{E0100}\u{E0101}\u{E0102}",
      noncharacter: "\uFFFF",
    };

    it.each(Object.entries(INVISIBLE))(
      "refuses %s in a name, a message and a rule's message",
      (_, character) => {
        const text = `Contoso${character}IT`;
        const { values, problems } = validateSettings({
          partnerName: text,
          customMessages: { partner: { en: text } },
          customRules: [{ id: "r1", pattern: "billing/**", verdict: "partner", message: { en: text } }],
        });
        expect(values.partnerName).toBeUndefined();
        expect(values.customMessages).toEqual({ partner: {} });
        expect(values.customRules?.[0]?.message).toEqual({});
        expect(problems.map((problem) => problem.path)).toEqual([
          "partnerName",
          "customMessages.partner.en",
          "customRules[0].message.en",
        ]);
        for (const problem of problems) {
          expect(problem.message).toMatch(/without control or text-direction characters/);
          expect(problem.message).toMatch(/\(U\+[0-9A-F]{4,6} at \d+ is not visible text\); left out$/);
        }
      },
    );

    it.each([
      ["Persian, with its zero-width non-joiner", "می\u200Cخواهم با شریک خود تماس بگیرم"],
      ["Hindi, with a zero-width joiner after a virama", "क्\u200Dष"],
      ["an emoji with its presentation selector", "We \u2764\uFE0F Contoso"],
      ["a kanji with an ideographic variation selector", "葛\u{E0100}飾区"],
      ["tabs and line breaks", "Line one\r\n\tline two"],
    ])("keeps %s", (_, text) => {
      expect(validateSettings({ customMessages: { partner: { en: text } } }).problems).toEqual([]);
    });
  });
});
