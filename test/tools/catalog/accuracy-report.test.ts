import { describe, expect, it } from "vitest";
import {
  type Classified,
  type LabelledUrl,
  percent,
  recallOf,
  renderReport,
  renderSplit,
  scoreRows,
  summarise,
  tableProblem,
} from "../../../tools/catalog/accuracy-report";

const PIN = `owner/repo@${"a".repeat(40)}:docs/page.md`;
const row = (url: string, verdict: string, extra: Record<string, unknown> = {}) => ({
  url,
  verdict,
  source: "https://learn.microsoft.com/page",
  file: PIN,
  ...extra,
});

describe("tableProblem", () => {
  it("accepts well-formed rows", () => {
    expect(
      tableProblem([row("https://a.example/#x", "partner"), row("https://b.example/", "none")]),
    ).toBeNull();
  });

  it("names the first malformed row in one line", () => {
    const cases: [unknown[], RegExp][] = [
      [[row("not a url", "partner")], /row 0 .*url is not a URL/],
      [[row("https://a.example/", "billing")], /verdict is not one of partner, self-serve/],
      [[row("https://a.example/", "info", { source: "" })], /source is missing/],
      [
        [row("https://a.example/", "info", { file: "owner/repo:docs/page.md" })],
        /owner\/repo@<40-hex commit>:path/,
      ],
      [[row("https://a.example/", "info", { file: "owner/repo@abc123:docs/page.md" })], /40-hex/],
      [[row("https://a.example/", "info"), row("https://a.example/", "none")], /row 1 .*twice/],
      [[null], /row 0 is not an object/],
    ];
    for (const [rows, reason] of cases) {
      const problem = tableProblem(rows);
      expect(problem).toMatch(reason);
      expect(problem).not.toContain("\n");
    }
  });
});

// A classifier that answers from a fixed map, so each figure below is known in advance.
const answers: Record<string, Classified> = {
  "https://admin.example/#/bills": { verdict: "partner", rule: "m.bills" },
  "https://admin.example/#/products": { verdict: "self-serve", rule: "m.home" },
  "https://admin.example/#/users": { verdict: "self-serve", rule: "m.users" },
  "https://portal.example/#view/Health": { verdict: "info", rule: "a.health" },
  "https://portal.example/#view/Support": { verdict: "self-serve", rule: null },
  "https://portal.example/#view/Groups": { verdict: "none", rule: null },
};
const classify = (url: string): Classified => answers[url]!;
const labelled: LabelledUrl[] = [
  { url: "https://admin.example/#/bills", verdict: "partner" },
  { url: "https://admin.example/#/products", verdict: "partner" },
  { url: "https://admin.example/#/users", verdict: "self-serve" },
  { url: "https://portal.example/#view/Health", verdict: "info" },
  { url: "https://portal.example/#view/Support", verdict: "support" },
  { url: "https://portal.example/#view/Groups", verdict: "self-serve" },
];

describe("summarise", () => {
  const report = summarise("test", scoreRows(labelled, classify));

  it("counts right rows, per verdict recall and precision, and per host accuracy", () => {
    expect(report.total).toBe(6);
    expect(report.correct).toBe(3);
    expect(report.verdicts.find((v) => v.verdict === "partner")).toEqual({
      verdict: "partner",
      count: 2,
      predicted: 1,
      correct: 1,
    });
    expect(report.verdicts.find((v) => v.verdict === "self-serve")).toEqual({
      verdict: "self-serve",
      count: 2,
      predicted: 3,
      correct: 1,
    });
    expect(recallOf(report, "partner")).toBe(0.5);
    expect(recallOf(report, "support")).toBe(0);
    expect(recallOf(report, "none")).toBeNull();
    expect(report.hosts).toEqual([
      { host: "admin.example", count: 3, correct: 2 },
      { host: "portal.example", count: 3, correct: 1 },
    ]);
  });

  it("fills the confusion matrix and counts partner pages called self-serve", () => {
    expect(report.confusion.partner).toEqual({ partner: 1, "self-serve": 1, info: 0, support: 0, none: 0 });
    expect(report.confusion["self-serve"].none).toBe(1);
    expect(report.confusion.support["self-serve"]).toBe(1);
    expect(report.partnerCalledSelfServe).toBe(1);
  });

  it("keeps the wrong rows with the rule that decided", () => {
    expect(report.misses.map((miss) => [miss.url, miss.expected, miss.got, miss.rule])).toEqual([
      ["https://admin.example/#/products", "partner", "self-serve", "m.home"],
      ["https://portal.example/#view/Support", "support", "self-serve", null],
      ["https://portal.example/#view/Groups", "self-serve", "none", null],
    ]);
  });
});

describe("rendering", () => {
  const report = summarise("train", scoreRows(labelled, classify));

  it("says n/a where there is nothing to divide", () => {
    expect(percent(0, 0)).toBe("n/a");
    expect(percent(1, 3)).toBe("33.3%");
  });

  it("lists the misses only when asked", () => {
    const plain = renderSplit(report, { style: "text" });
    const withMisses = renderSplit(report, { style: "text", misses: true });
    expect(plain).toContain("train split: 3 of 6 right (50.0%); partner pages called self-serve: 1");
    expect(plain).not.toContain("https://admin.example/#/products");
    expect(withMisses).toContain("https://admin.example/#/products");
    expect(withMisses).toMatch(/https:\/\/portal\.example\/#view\/Groups\s+self-serve\s+none\s+-/);
  });

  it("writes Markdown tables with the verdicts as code", () => {
    const markdown = renderReport([report], { style: "markdown" });
    expect(markdown).toContain("#### train split: 3 of 6 right (50.0%)");
    expect(markdown).toMatch(/\| `partner` +\| 2 +\| 50\.0% +\| 100\.0% +\|/);
    expect(markdown).toMatch(/\| admin\.example +\| 3 +\| 66\.7% +\|/);
    expect(markdown.endsWith("\n")).toBe(true);
  });
});
