import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordTable } from "../../src/classify/word-table";

const EXTENSIONS = [
  "microsoft_azure_billing",
  "microsoft_azure_support",
  "microsoft_azure_health",
  "microsoft_aad_iam",
];

describe("WordTable", () => {
  const table = new WordTable(EXTENSIONS.map((word, index) => [word, index] as const));

  it("finds a word where it sits in a longer text, and only the whole word", () => {
    const route = "view/microsoft_azure_support/helpandsupportblade";
    expect(table.at(route, 5, 28)).toBe(1);
    expect(table.at(route, 5, 27)).toBeUndefined();
    expect(table.at("view/microsoft_azure_supporx/x", 5, 28)).toBeUndefined();
    expect(table.at("microsoft_azure_billing", 0, 23)).toBe(0);
    expect(table.at("", 0, 0)).toBeUndefined();
    expect(table.at("view", 7, 6)).toBeUndefined();
  });

  it("keeps the first value of a word given twice, and never finds an empty word", () => {
    expect(
      new WordTable([
        ["a", 1],
        ["a", 2],
      ] as const).at("a", 0, 1),
    ).toBe(1);
    expect(new WordTable([["", 1]] as const).at("ab", 1, 1)).toBeUndefined();
  });

  it("agrees with a Set of the same words on any segment of any text", () => {
    const word = fc.stringMatching(/^[a-c_.]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(word, { maxLength: 6 }),
        (words, parts) => {
          const lookup = new WordTable(words.map((entry) => [entry, entry] as const));
          const set = new Set(words);
          const text = [...parts, ...words.slice(0, 2)].join("/");
          for (let start = 0; start <= text.length; start += 1)
            for (let end = start; end <= text.length; end += 1) {
              const segment = text.slice(start, end);
              expect(lookup.at(text, start, end)).toBe(set.has(segment) ? segment : undefined);
            }
        },
      ),
    );
  });
});
