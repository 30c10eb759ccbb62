import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSettings } from "../../src/settings/validate-settings";

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
});
