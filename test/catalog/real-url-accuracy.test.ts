import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../src/classify/classify-url";
import { VERDICTS } from "../../src/verdict";
import { accuracyOf, recallOf, scoreRows, summarise } from "../../tools/catalog/accuracy-report";
import { REAL_URLS } from "../fixtures/real-urls/real-urls";
import { rowsIn } from "../fixtures/real-urls/real-urls-split";

// The acceptance thresholds of issue 14, on the test split only (no rule is tuned on it).
// `npm run catalog:accuracy -- --split test --misses` lists the rows behind a failure.
describe("the classifier on the test split of the real URL table", () => {
  const report = summarise("test", scoreRows(rowsIn(REAL_URLS, "test"), classifyUrl));
  const misses = (keep: (miss: (typeof report.misses)[number]) => boolean): string[] =>
    report.misses
      .filter(keep)
      .map((miss) => `${miss.expected} -> ${miss.got} (${miss.rule ?? "-"}): ${miss.url}`);

  it("gets at least 97% of the rows right", () => {
    expect(accuracyOf(report), misses(() => true).join("\n")).toBeGreaterThanOrEqual(0.97);
  });

  // A verdict known to fall short is listed here, so that it fails loudly, as a passing test, once it
  // is closed. Info was (87.5%, 4 of 32 info pages called self-serve) until the Health and Reports pages
  // were read from Microsoft's documentation of them rather than from this split.
  const SHORT_OF_95 = new Set<string>([]);
  const recallAtLeast95 = (verdict: (typeof VERDICTS)[number]) => () => {
    const recall = recallOf(report, verdict);
    expect(recall, `${verdict}: no rows in the test split`).not.toBeNull();
    expect(recall!, misses((miss) => miss.expected === verdict).join("\n")).toBeGreaterThanOrEqual(0.95);
  };
  for (const verdict of VERDICTS) {
    if (SHORT_OF_95.has(verdict))
      it.fails(`recalls at least 95% of ${verdict} (not yet)`, recallAtLeast95(verdict));
    else it(`recalls at least 95% of ${verdict}`, recallAtLeast95(verdict));
  }

  it("calls no partner page self-serve", () => {
    expect(misses((miss) => miss.expected === "partner" && miss.got === "self-serve")).toEqual([]);
  });
});
