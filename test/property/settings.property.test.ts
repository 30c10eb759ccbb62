import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isBannerTurnedOff } from "../../src/banner/banner-visibility";
import { type CustomRule, classifyUrl } from "../../src/classify/classify-url";
import { compileCustomRules } from "../../src/classify/custom-rule-problems";
import { joinPath } from "../../src/settings/describe-value";
import { DEFAULT_VALUES, type EffectiveValues } from "../../src/settings/effective-values";
import { formatProblem, resolveSettings } from "../../src/settings/resolve-settings";
import {
  BANNER_VERDICTS,
  PORTAL_HOSTS,
  SETTING_KEYS,
  SETTINGS_SCHEMA,
  type SettingKey,
  UI_LOCALES,
} from "../../src/settings/settings-schema";
import { validateSettings } from "../../src/settings/validate-settings";
import { VERDICTS } from "../../src/verdict";
import { hostileText, NASTY_STRINGS, RUNS, TIME_LIMIT, withinMilliseconds } from "./hostile-arbitraries";

/**
 * The resolver is the gate between whatever a policy author, a synced options blob or a corrupted
 * store contains and what the banner renders. These properties say, independently of how the
 * validator is written, what may come out of it: nothing that is not a setting, nothing of the wrong
 * type, no link the banner could turn into script or a plain-http request, no text that can hide or
 * reorder what the banner says, nothing unbounded.
 */

const MEGABYTE_OF_TEXT = "\u{1F600}<b>x</b>".repeat((1 << 20) / 10);
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/**
 * Characters a reader does not see, listed by hand from the Unicode tables (Cf, Zl, Zp and
 * Default_Ignorable_Code_Point, the interlinear annotation controls, noncharacters), not taken from
 * the validator: bidi marks and controls, zero-width characters, tag characters, variation selectors,
 * fillers, line and paragraph separators.
 */
const INVISIBLE_CHARACTERS: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfdd0, 0xfdef],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfffb],
  [0xfffe, 0xffff],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];
const INVISIBLE = new RegExp(
  `[${INVISIBLE_CHARACTERS.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join("")}]`,
  "u",
);
/** The only places some of them belong: a joiner inside a word, one selector after what it varies. */
const JOINER_IN_WORD = /(?<=[\p{L}\p{M}])[\u200c\u200d](?=[\p{L}\p{M}])/gu;
const SELECTOR_AFTER_BASE =
  /(?<=[^\s\p{L}\p{M}\p{Cf}\p{Cc}\u200c\u200d]|\p{Unified_Ideograph}|\p{sc=Mongolian})[\ufe00-\ufe0f\u180b-\u180d\u180f\u{e0100}-\u{e01ef}]/gu;

/** No character a reader cannot see, except a joiner or selector where the writing needs it. */
function expectVisible(text: string): void {
  expect(text.replace(JOINER_IN_WORD, "").replace(SELECTOR_AFTER_BASE, "")).not.toMatch(INVISIBLE);
  // Where they may stand they still hide nothing in Latin text: no joiner or selector next to a Latin letter.
  expect(text).not.toMatch(
    /[A-Za-z\u00c0-\u024f](?:\u200c|\u200d|[\ufe00-\ufe0f])|(?:\u200c|\u200d)[A-Za-z\u00c0-\u024f]/,
  );
}

const invisibleCharacter = fc
  .oneof(
    fc
      .constantFrom(...INVISIBLE_CHARACTERS.filter(([from, to]) => to - from < 16))
      .chain(([from, to]) => fc.integer({ min: from, max: to })),
    fc.integer({ min: 0xe0000, max: 0xe0fff }),
    fc.integer({ min: 0xe0100, max: 0xe01ef }),
  )
  .map((code) => String.fromCodePoint(code));

/** Readable text with invisible characters put in: Latin, Persian, Hindi, Japanese and emoji around them. */
const textWithInvisibles: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom("Contoso", "IT ", "می", "خواهم", "क्", "ष", "葛", "飾", "\u2764", "1", " ", "."),
      invisibleCharacter,
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((pieces) => pieces.join(""));
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The longest string any setting accepts (a URL); a problem message is a bounded preview. */
const LONGEST_STRING = 2048;
const LONGEST_PROBLEM = 600;

const URL_ATTACKS = [
  "javascript:alert(document.domain)",
  "JAVASCRIPT:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "javascript://%0aalert(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "http://partner.example/",
  "HTTP://partner.example/",
  "//partner.example/",
  "https:partner.example",
  "https://user:password@partner.example/",
  "https://localhost/",
  "blob:https://partner.example/1",
  "mailto:a@b.example?body=<script>",
  "mailto:help%40partner.example?bcc=spy@evil.example",
  "help?bcc=spy%40evil.example&x=@partner.example",
  "help%0D%0ABcc%3A%20spy%40evil.example@partner.example",
  "mailto:help@partner.example,spy@evil.example",
  "mailto:javascript:alert(1)",
  "tel:javascript:alert(1)",
  "chrome-extension://fhjmdkmmiialhdmmpgladekfmjakpdcj/popup/index.html",
  "https://partner.example/\u202e/moc.evil",
  `https://partner.example/${"a".repeat(3000)}`,
];

const MARKUP_ATTACKS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "<style>*{display:none}</style>",
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, as text
  "${alert(1)}",
  "$1 $PARTNER$ $$",
  "\u202eTRAP",
  "Contoso\u0000 IT",
  "\u2066hidden\u2069",
];

/** Values of every shape, hostile ones over-represented. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 2, arbitrary: textWithInvisibles },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...URL_ATTACKS, ...MARKUP_ATTACKS, ...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withSet: true }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      1e308,
      2 ** 53,
      -1,
      365.5,
      "30",
      true,
      [],
      {},
      Object.create(null),
      MEGABYTE_OF_TEXT,
    ),
  },
);

/** A key: usually a real setting (so the value is checked), sometimes unknown or dangerous. */
const settingKey = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<string>(...SETTING_KEYS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "partnername"),
  },
  { weight: 1, arbitrary: hostileText },
);

/** A value shaped like what the schema expects for `key`, but with hostile leaves. */
function shapedFor(key: string): fc.Arbitrary<unknown> {
  switch (key) {
    case "customMessages":
      return fc.dictionary(
        fc.oneof(fc.constantFrom(...BANNER_VERDICTS), hostileText),
        fc.dictionary(
          fc.oneof(fc.constantFrom("en", "pl", "pt-BR", "__proto__"), hostileText),
          hostileValue,
          {
            maxKeys: 5,
          },
        ),
        { maxKeys: 5 },
      );
    case "customRules":
      return fc.array(
        fc.record(
          {
            id: fc.oneof(fc.constantFrom("rule.one", "rule.one", "x"), hostileText),
            portal: fc.oneof(fc.constantFrom("m365-admin", "azure-portal"), hostileValue),
            pattern: fc.oneof(fc.constantFrom("(a+)+$", "billing/**", "**/**/**/**/**"), hostileValue),
            verdict: fc.oneof(fc.constantFrom(...VERDICTS), hostileValue),
            message: fc.oneof(
              fc.dictionary(fc.constantFrom("en", "xx-YY-ZZ-WW"), hostileValue),
              hostileValue,
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 8 },
      );
    case "disabledVerdicts":
    case "disabledHosts":
    case "partnerTenants":
      return fc.array(fc.oneof(fc.constantFrom(...BANNER_VERDICTS, ...PORTAL_HOSTS), hostileValue), {
        maxLength: 12,
      });
    default:
      return hostileValue;
  }
}

const hostileSettings: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(
        settingKey.chain((key) => fc.tuple(fc.constant(key), fc.oneof(shapedFor(key), hostileValue))),
        {
          maxLength: 10,
        },
      )
      .map((entries) => {
        // defineProperty, as JSON.parse does: a "__proto__" key is an own key, not a prototype change.
        const object: Record<string, unknown> = {};
        for (const [key, value] of entries) {
          Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true });
        }
        return object;
      }),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.anything() },
);

/** Every string inside a value, however deep. */
function* stringsIn(value: unknown, depth = 0): Generator<string> {
  if (depth > 8) return;
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item, depth + 1);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      yield key;
      yield* stringsIn(item, depth + 1);
    }
  }
}

/** What may come out, checked without the validator's help. */
function expectSafe(values: EffectiveValues): void {
  expect(Object.keys(values).sort()).toEqual([...SETTING_KEYS].sort());
  for (const key of SETTING_KEYS) expect(typeof values[key]).toBe(typeof DEFAULT_VALUES[key]);

  for (const text of stringsIn(values)) {
    expect(text.length).toBeLessThanOrEqual(LONGEST_STRING);
    expect(text).not.toMatch(CONTROL_OR_BIDI);
    expect(text).not.toMatch(LONE_SURROGATE);
    expectVisible(text);
  }
  for (const link of [values.partnerWebsite, values.partnerSupportUrl]) {
    if (link === "") continue;
    const { protocol, username, password } = new URL(link);
    expect(["https:", "mailto:"]).toContain(protocol);
    expect(username + password).toBe("");
  }
  if (values.partnerWebsite !== "") expect(new URL(values.partnerWebsite).protocol).toBe("https:");
  expect(values.partnerEmail).not.toMatch(/[<>"\s?&=%#/,;]|^mailto:/i);
  expect(values.partnerEmail.split("@").length).toBeLessThanOrEqual(2);
  if (values.partnerSupportUrl.startsWith("mailto:")) {
    const { pathname, search, hash } = new URL(values.partnerSupportUrl);
    expect([search, hash]).toEqual(["", ""]);
    expect(pathname).not.toMatch(/[?&=%#/,;\s]/);
    expect(pathname.split("@")).toHaveLength(2);
  }
  expect(values.partnerPhone).toMatch(/^$|^\+?[0-9 ()./-]+$/);
  expect(values.partnerName.length).toBeLessThanOrEqual(SETTINGS_SCHEMA.properties.partnerName.maxLength);

  expect(Number.isInteger(values.dismissDays)).toBe(true);
  expect(values.dismissDays).toBeGreaterThanOrEqual(0);
  expect(values.dismissDays).toBeLessThanOrEqual(365);
  expect(["", ...UI_LOCALES]).toContain(values.locale);
  for (const verdict of values.disabledVerdicts) expect(BANNER_VERDICTS).toContain(verdict);
  for (const host of values.disabledHosts) expect(PORTAL_HOSTS).toContain(host);
  expect(new Set(values.disabledVerdicts).size).toBe(values.disabledVerdicts.length);

  for (const [verdict, byLocale] of Object.entries(values.customMessages)) {
    expect(BANNER_VERDICTS).toContain(verdict);
    for (const [locale, text] of Object.entries(byLocale ?? {})) {
      expect(locale).toMatch(/^[a-z]{2,3}([_-][A-Za-z0-9]{2,8}){0,2}$/);
      expect(typeof text).toBe("string");
      expect(text.length).toBeLessThanOrEqual(500);
    }
  }

  const rules = values.customRules;
  expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  const { compiled, errors } = compileCustomRules(rules as CustomRule[]);
  expect(errors).toEqual([]);
  expect(compiled.size).toBe(rules.reduce((sum, rule) => sum + (rule.portal === undefined ? 2 : 1), 0));
}

describe("resolveSettings on hostile policies and options", { timeout: 60_000 }, () => {
  test("never throws, and whatever comes out is a valid setting", () => {
    fc.assert(
      fc.property(hostileSettings, hostileSettings, (policy, options) => {
        const resolved = resolveSettings({ policy, options });
        expectSafe(resolved.values);
        for (const key of resolved.locked) expect(SETTING_KEYS).toContain(key);
        for (const problem of resolved.problems) {
          expect(formatProblem(problem).length).toBeLessThanOrEqual(LONGEST_PROBLEM);
          expect(formatProblem(problem)).not.toMatch(CONTROL_OR_BIDI);
          expect(formatProblem(problem)).not.toMatch(INVISIBLE);
        }
      }),
      { numRuns: RUNS.many },
    );
  });

  test("validation is a fixed point: what it lets through, it lets through again unchanged", () => {
    fc.assert(
      fc.property(hostileSettings, (input) => {
        const once = validateSettings(input).values;
        const twice = validateSettings(once);
        expect(twice.problems).toEqual([]);
        expect(twice.values).toEqual(once);
      }),
      { numRuns: RUNS.many },
    );
  });

  test("every key the input set is either kept or reported, never silently dropped", () => {
    fc.assert(
      fc.property(hostileSettings, (input) => {
        if (typeof input !== "object" || input === null || Array.isArray(input)) return;
        const { values, problems } = validateSettings(input);
        for (const key of Object.keys(input)) {
          const path = joinPath("", key);
          const reported = problems.some((problem) => problem.path.startsWith(path));
          expect(Object.hasOwn(values, key) || reported, `key ${path}`).toBe(true);
        }
      }),
      { numRuns: RUNS.some },
    );
  });

  test("a policy with __proto__ and constructor keys pollutes nothing", () => {
    fc.assert(
      fc.property(fc.constantFrom("__proto__", "constructor", "prototype"), hostileValue, (key, value) => {
        const nested = JSON.parse(
          `{"${key}": {"polluted": true}, "customMessages": {"${key}": {"polluted": true}, "partner": {"${key}": "x"}},
            "customRules": [{"id": "a", "pattern": "x", "verdict": "partner", "${key}": {"polluted": true}}]}`,
        );
        nested.partnerName = value;
        const { values } = resolveSettings({ policy: nested, options: nested });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
        expect(Object.hasOwn(values.customMessages, key)).toBe(false);
        expectSafe(values);
      }),
      { numRuns: RUNS.some },
    );
  });

  test("1 MB strings and 10,000-deep nesting are bounded, reported, and quick", () => {
    let deep: unknown = "leaf";
    for (let depth = 0; depth < 10_000; depth += 1) deep = { partner: deep, list: [deep] };
    const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, index]));
    const huge = {
      partnerName: MEGABYTE_OF_TEXT,
      partnerWebsite: `https://partner.example/${MEGABYTE_OF_TEXT}`,
      customMessages: { partner: { en: MEGABYTE_OF_TEXT }, info: deep, support: wide },
      customRules: Array.from({ length: 100_000 }, (_, index) => ({
        id: `r${index}`,
        pattern: "x",
        verdict: "partner",
      })),
      partnerTenants: deep,
      disabledHosts: Array.from({ length: 100_000 }, () => MEGABYTE_OF_TEXT),
      ...wide,
    };
    const resolved = withinMilliseconds(TIME_LIMIT.wholePolicy, () =>
      resolveSettings({ policy: huge, options: deep }),
    );
    expectSafe(resolved.values);
    expect(resolved.values.partnerName).toBe("");
    for (const byLocale of Object.values(resolved.values.customMessages)) expect(byLocale).toEqual({});
    expect(resolved.values.customRules.length).toBeLessThanOrEqual(
      SETTINGS_SCHEMA.properties.customRules.maxItems,
    );
    expect(resolved.problems.length).toBeGreaterThan(0);
    const longest = Math.max(...resolved.problems.map((problem) => formatProblem(problem).length));
    expect(longest).toBeLessThanOrEqual(LONGEST_PROBLEM);
  });

  test("no dangerous link survives, whichever field it is put in", () => {
    const linkFields: SettingKey[] = ["partnerWebsite", "partnerSupportUrl", "partnerEmail", "partnerPhone"];
    for (const attack of URL_ATTACKS) {
      for (const field of linkFields) {
        const resolved = resolveSettings({ policy: { [field]: attack } });
        expectSafe(resolved.values);
        const kept = resolved.values[field] as string;
        if (kept !== "") {
          // Kept only when it is a real https:/mailto: address that says nothing else.
          expect(kept, `${field} = ${attack}`).not.toMatch(/script|data:|file:|blob:|^http:|@.*@|\u202e/i);
        } else {
          expect(resolved.problems.map((problem) => problem.path)).toContain(field);
        }
      }
    }
  });

  test("an organisation that keeps the banners on keeps them on, whatever the user stores (issue 17)", () => {
    const PAGES = [
      ["admin.microsoft.com", "https://admin.microsoft.com/Adminportal/Home#/subscriptions"],
      ["admin.microsoft.com", "https://admin.microsoft.com/Adminportal/Home#/billoverview"],
      ["portal.azure.com", "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2"],
    ] as const;
    const rule = fc.record(
      {
        id: fc.constantFrom("a", "b", "c", "d"),
        portal: fc.constantFrom("m365-admin", "azure-portal"),
        pattern: fc.constantFrom("**", "*", "*/**", "subscriptions", "billoverview", "view/**", "home/**"),
        verdict: fc.constantFrom(...VERDICTS),
      },
      { requiredKeys: ["id", "pattern", "verdict"] },
    );
    const turnOffAttempt = fc.record(
      {
        enabled: fc.boolean(),
        disabledVerdicts: fc.subarray([...BANNER_VERDICTS]),
        disabledHosts: fc.subarray([...PORTAL_HOSTS]),
        customRules: fc.array(rule, { maxLength: 6 }),
        allowUserDisable: fc.boolean(),
        dismissDays: fc.integer({ min: 0, max: 365 }),
      },
      { requiredKeys: [] },
    );
    const options = fc.oneof(turnOffAttempt, hostileSettings);
    // What the organisation may set besides the lock; none of it turns a banner off.
    const policy = fc.record(
      {
        partnerName: fc.constant("Contoso"),
        disabledHosts: fc.constantFrom(["admin.microsoft.us", "portal.azure.us"], []),
        dismissDays: fc.integer({ min: 0, max: 365 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(policy, options, (organisation, user) => {
        const resolved = resolveSettings({
          policy: { ...organisation, allowUserDisable: false },
          options: user,
        });
        const { settings } = resolved;
        const rules =
          settings.customRules.length > 0 ? compileCustomRules(settings.customRules).compiled : undefined;
        for (const [host, url] of PAGES) {
          const { verdict } = classifyUrl(url, rules);
          expect(verdict, url).not.toBe("none");
          if (verdict !== "none") expect(isBannerTurnedOff(settings, verdict, host), url).toBe(false);
        }
      }),
      { numRuns: RUNS.many },
    );
  });
});
