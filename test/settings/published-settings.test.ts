import { describe, expect, it } from "vitest";
import { jsonEqual } from "../../src/settings/json-equal";
import {
  PUBLISHED_SETTINGS_FORMAT,
  type PublishedSettings,
  readPublishedSettings,
} from "../../src/settings/published-settings";
import { publishedSettingsOf, resolveSettings } from "../../src/settings/resolve-settings";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { MAX_PROBLEMS } from "../../src/settings/validate-settings";

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
    expect(record.problems).toEqual([
      expect.stringMatching(/^policy partnerWebsite: .*javascript: is not allowed/),
    ]);
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
      { format: 2, values: {} },
      { format: 1, values: [] },
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
