import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyUrl, compileUsableRules, ruleSetOf } from "../../src/classify/classify-url";
import { jsonEqual } from "../../src/settings/json-equal";
import {
  POLICY_GLIMPSE_KEYS,
  PUBLISHED_SETTINGS_FORMAT,
  type PublishedSettings,
  readPolicyGlimpse,
  readPublishedSettings,
} from "../../src/settings/published-settings";
import { publishedSettingsOf, resolveSettings } from "../../src/settings/resolve-settings";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { MAX_PROBLEMS, validateSettings } from "../../src/settings/validate-settings";

const published = (policy: unknown, options?: unknown): PublishedSettings =>
  publishedSettingsOf(resolveSettings({ policy, options }));

describe("publishedSettingsOf", () => {
  it("carries the resolved values, the locked keys sorted and every problem as one line", () => {
    const record = published(
      { partnerName: "Contoso", partnerWebsite: "javascript:alert(1)", dismissDays: 7 },
      { partnerPhone: "+48 22 555 01 00" },
    );
    expect(record.format).toBe(PUBLISHED_SETTINGS_FORMAT);
    expect(record.values).toMatchObject({
      partnerName: "Contoso",
      partnerWebsite: "",
      partnerPhone: "+48 22 555 01 00",
      dismissDays: 7,
    });
    expect(record.locked).toEqual(["dismissDays", "partnerName"]);
    expect(record.keptOn).toEqual([]);
    expect(record.problems).toEqual([
      expect.stringMatching(/^policy partnerWebsite: .*javascript: is not allowed/),
    ]);
  });

  it("names the keys a policy keeps on, each of them also locked, and reads them back", () => {
    const record = published({ allowUserDisable: false });
    expect(record.keptOn.length).toBeGreaterThan(0);
    for (const key of record.keptOn) expect(record.locked).toContain(key);
    const read = readPublishedSettings(JSON.parse(JSON.stringify(record)));
    expect(read?.keptOn).toEqual(record.keptOn);
    expect(read?.locked).toEqual(record.locked);
    expect(read?.values).toEqual(record.values);
  });

  it("survives storage: what is stored is plain JSON", () => {
    const record = published({
      partnerName: "Contoso",
      customRules: [{ id: "a", pattern: "x/**", verdict: "info" }],
    });
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });
});

describe("the published record's size (issue 17)", () => {
  it("stays small however many problems the policy and the options have", { timeout: 60_000 }, () => {
    const flood = Object.fromEntries(
      Array.from({ length: 200_000 }, (_, index) => [`unknown${index}`.padEnd(90, "x"), index]),
    );
    const record = published(flood, flood);
    expect(record.problems).toHaveLength(2 * (MAX_PROBLEMS + 1));
    expect(record.problems.at(-1)).toBe(
      `options (settings): ${200_000 - MAX_PROBLEMS} more problems are not listed`,
    );
    expect(JSON.stringify(record).length).toBeLessThan(64 * 1024);
  });
});

describe("readPublishedSettings", () => {
  it("gives the settings the background resolved, and its problems", () => {
    const record = published({ partnerName: "Contoso", partnerWebsite: "http://contoso.example/" });
    const read = readPublishedSettings(JSON.parse(JSON.stringify(record)));
    expect(read?.settings).toEqual(resolveSettings({ policy: { partnerName: "Contoso" } }).settings);
    expect(read?.problems).toEqual(record.problems);
    expect(read?.damaged).toEqual([]);
  });

  it("is null when nothing is published or the record is another format's", () => {
    for (const stored of [
      undefined,
      null,
      "x",
      [],
      {},
      { format: PUBLISHED_SETTINGS_FORMAT - 1, values: {} },
      { format: PUBLISHED_SETTINGS_FORMAT + 1, values: {} },
      { format: PUBLISHED_SETTINGS_FORMAT, values: [] },
    ]) {
      expect(readPublishedSettings(stored), JSON.stringify(stored)).toBeNull();
    }
  });

  it("falls back to the default, key by key, for a value of the wrong kind, and names it", () => {
    const read = readPublishedSettings({
      format: PUBLISHED_SETTINGS_FORMAT,
      values: {
        partnerName: "Contoso",
        partnerEmail: ["a@b.example"],
        enabled: "yes",
        dismissDays: null,
        customRules: { id: "x" },
        customMessages: [],
        notASetting: "ignored",
      },
      problems: ["policy x: left out", 42],
    });
    expect(read?.settings).toEqual({
      ...DEFAULT_SETTINGS,
      partner: { ...DEFAULT_SETTINGS.partner, name: "Contoso" },
    });
    expect([...(read?.damaged ?? [])].sort()).toEqual([
      "customMessages",
      "customRules",
      "dismissDays",
      "enabled",
      "partnerEmail",
    ]);
    expect(read?.problems).toEqual(["policy x: left out"]);
  });

  it("takes nothing from the prototype chain", () => {
    const values = Object.create({ partnerName: "Inherited" }) as Record<string, unknown>;
    const read = readPublishedSettings({ format: PUBLISHED_SETTINGS_FORMAT, values, problems: [] });
    expect(read?.settings.partner.name).toBe("");
  });
});

describe("the custom rules a record carries compiled", () => {
  const RULES = [
    { id: "contoso.users", portal: "m365-admin", pattern: "users/**", verdict: "partner" },
    { id: "contoso.vms", pattern: "browse/microsoft.compute*/**", verdict: "support" },
  ];
  const URLS = [
    "https://admin.microsoft.com/#/users",
    "https://admin.microsoft.com/#/groups",
    "https://portal.azure.com/#browse/Microsoft.Compute%2FVirtualMachines",
    "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
  ];

  it("classify, read back from storage, as the rules compiled where they are read", () => {
    const record = JSON.parse(JSON.stringify(published({ customRules: RULES })));
    const read = readPublishedSettings(record);
    expect(Object.keys(read?.ruleIndexes ?? {}).sort()).toEqual(["azure-portal", "m365-admin"]);
    const fromRecord = ruleSetOf(read!.ruleIndexes);
    const compiledHere = compileUsableRules(read!.settings.customRules);
    for (const url of URLS) expect(classifyUrl(url, fromRecord), url).toEqual(classifyUrl(url, compiledHere));
    expect(classifyUrl(URLS[0]!, fromRecord).rule).toBe("contoso.users");
    expect(classifyUrl(URLS[2]!, fromRecord).rule).toBe("contoso.vms");
  });

  it("are none without custom rules", () => {
    const read = readPublishedSettings(published({ partnerName: "Contoso" }));
    expect(read?.ruleIndexes).toEqual({});
    expect(ruleSetOf(read!.ruleIndexes)).toBeUndefined();
  });

  it("are dropped, and named damaged, when their outline is not an index's", () => {
    const record = published({ customRules: RULES });
    for (const ruleIndexes of [
      [],
      "x",
      { "m365-admin": { rules: [], entries: [] } },
      { "azure-portal": null },
    ]) {
      const read = readPublishedSettings({ ...record, ruleIndexes });
      expect(read?.ruleIndexes, JSON.stringify(ruleIndexes)).toEqual({});
      expect(read?.damaged).toContain("customRules");
    }
  });
});

describe("readPolicyGlimpse", () => {
  const SAMPLE = {
    partnerName: " Contoso IT Services ",
    partnerEmail: "cloud@contoso.example",
    partnerPhone: "+48 22 555 01 00",
    partnerWebsite: "https://www.contoso.example/",
    customMessages: { partner: { en: "Call us." } },
    dismissDays: 14,
  };

  it("gives the defaults with the partner's name, e-mail and phone, tidied as the validator does", () => {
    expect(readPolicyGlimpse(SAMPLE)).toEqual({
      ...DEFAULT_SETTINGS,
      partner: {
        ...DEFAULT_SETTINGS.partner,
        name: "Contoso IT Services",
        email: "cloud@contoso.example",
        phone: "+48 22 555 01 00",
      },
    });
  });

  it("leaves out what is not plain: control and direction characters, schemes, wrong kinds", () => {
    const read = readPolicyGlimpse({
      partnerName: "Contoso\u202e",
      partnerEmail: "mailto:cloud@contoso.example",
      partnerPhone: "tel:+48 22 555 01 00",
    });
    expect(read).toBeNull();
    expect(readPolicyGlimpse({ partnerName: ["Contoso"], partnerEmail: 42 })).toBeNull();
    expect(readPolicyGlimpse({ partnerName: "x".repeat(101) })).toBeNull();
    for (const policy of [undefined, null, "Contoso", [], {}]) expect(readPolicyGlimpse(policy)).toBeNull();
  });

  it("keeps nothing the validator would refuse or tidy otherwise (arbitrary input)", () => {
    const examples = fc.constantFrom(
      " Contoso ",
      "cloud@contoso.example",
      "a@b",
      "a@b.c",
      "+48 22 555 01 00",
      "12",
      "(0) 22-555.01/00",
      "tel:123",
      "x@-bad-.example",
      "\u0000",
      "\ud800",
    );
    const text = (...near: fc.Arbitrary<string>[]) =>
      fc.oneof(
        fc.string({ maxLength: 120 }),
        fc.string({ unit: "grapheme", maxLength: 60 }),
        examples,
        ...near,
      );
    const policy = fc.record(
      {
        partnerName: text(fc.stringMatching(/^[ -~\u00a0-\u00ff\u2028-\u206f]{0,110}$/)),
        partnerEmail: text(fc.stringMatching(/^[a-zA-Z0-9.:+<"-]{1,12}@[a-zA-Z0-9._-]{1,20}$/)),
        partnerPhone: text(fc.stringMatching(/^[+]?[0-9a-z ()./:+-]{0,30}$/)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(policy, (input) => {
        const glimpse = readPolicyGlimpse(input);
        const validated = validateSettings(input).values as Record<string, unknown>;
        const shown: Record<(typeof POLICY_GLIMPSE_KEYS)[number], string> = {
          partnerName: glimpse?.partner.name ?? "",
          partnerEmail: glimpse?.partner.email ?? "",
          partnerPhone: glimpse?.partner.phone ?? "",
        };
        for (const key of POLICY_GLIMPSE_KEYS) {
          if (shown[key] !== "") expect(validated[key], key).toBe(shown[key]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("jsonEqual", () => {
  it("ignores the order of object keys, not of list items", () => {
    expect(jsonEqual({ a: 1, b: { c: [1, 2], d: "x" } }, { b: { d: "x", c: [1, 2] }, a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
  });

  it("tells apart values that differ anywhere, in kind or in keys", () => {
    expect(jsonEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual({ a: [] }, { a: [undefined] })).toBe(false);
    expect(jsonEqual(undefined, null)).toBe(false);
  });
});
