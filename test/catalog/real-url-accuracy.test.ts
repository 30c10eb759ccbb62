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

  it("recalls at least 95% of each verdict", () => {
    for (const verdict of VERDICTS) {
      const recall = recallOf(report, verdict);
      expect(recall, `${verdict}: no rows in the test split`).not.toBeNull();
      expect(recall!, misses((miss) => miss.expected === verdict).join("\n")).toBeGreaterThanOrEqual(0.95);
    }
  });

  it("calls no partner page self-serve", () => {
    expect(misses((miss) => miss.expected === "partner" && miss.got === "self-serve")).toEqual([]);
  });
});
