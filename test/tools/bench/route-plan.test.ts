import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../../src/classify/classify-url";
import { VERDICTS, type Verdict } from "../../../src/verdict";
import { BENCH_PORTALS, planRoutes, routeAt, startIndexFor } from "../../../tools/bench/route-plan";

const verdictOf = (url: string): Verdict => classifyUrl(url).verdict;

describe("planRoutes", () => {
  it("orders pages so every step and the wrap-around change the verdict", () => {
    const table: Record<string, Verdict> = { a: "partner", b: "partner", c: "info", d: "none" };
    const plan = planRoutes(Object.keys(table), (url) => table[url]!);
    const verdicts = plan.routes.map((route) => route.verdict);
    verdicts.forEach((verdict, index) => {
      expect(verdict).not.toBe(verdicts[(index + 1) % verdicts.length]);
    });
    expect(plan.routes).toHaveLength(4);
    expect(plan.missingVerdicts).toEqual(["self-serve", "support"]);
  });

  it("leaves out what cannot sit between two other verdicts rather than repeat one", () => {
    const plan = planRoutes(["a", "b", "c"], (url) => (url === "c" ? "info" : "partner"));
    expect(plan.routes.map((route) => route.verdict)).toEqual(["partner", "info"]);
    expect(plan.leftOut).toEqual([{ url: "b", verdict: "partner" }]);
  });

  it("never puts the same verdict twice in a row, whatever the pages", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VERDICTS), { maxLength: 40 }), (assigned) => {
        const urls = assigned.map((_, index) => `u${index}`);
        const plan = planRoutes(urls, (url) => assigned[Number(url.slice(1))]!);
        const verdicts = plan.routes.map((route) => route.verdict);
        expect(plan.routes.length + plan.leftOut.length).toBe(urls.length);
        if (verdicts.length > 1) {
          verdicts.forEach((verdict, index) => {
            expect(verdict).not.toBe(verdicts[(index + 1) % verdicts.length]);
          });
        }
      }),
    );
  });

  it("walks every verdict on both portal replicas with the catalog as it is", () => {
    for (const urls of Object.values(BENCH_PORTALS)) {
      const plan = planRoutes(urls, verdictOf);
      expect(plan.missingVerdicts).toEqual([]);
      expect(plan.leftOut).toEqual([]);
    }
  });

  it("wraps around the cycle in both directions", () => {
    const plan = planRoutes(["a", "b"], (url) => (url === "a" ? "partner" : "info"));
    expect(routeAt(plan, 2).url).toBe(plan.routes[0]!.url);
    expect(routeAt(plan, -1).url).toBe(plan.routes[1]!.url);
  });
});

describe("startIndexFor", () => {
  it("loads a none page every fourth repetition, taking turns, and walks the plan otherwise", () => {
    const table: Record<string, Verdict> = { a: "partner", b: "none", c: "info", d: "none", e: "partner" };
    const plan = planRoutes(Object.keys(table), (url) => table[url]!);
    const loaded = Array.from(
      { length: 12 },
      (_, repetition) => plan.routes[startIndexFor(plan, repetition)]!,
    );
    expect(loaded.filter((_, repetition) => repetition % 4 === 3).map((route) => route.verdict)).toEqual([
      "none",
      "none",
      "none",
    ]);
    expect(new Set(loaded.filter((route) => route.verdict === "none").map((route) => route.url)).size).toBe(
      2,
    );
    expect(loaded.slice(0, 3).map((route) => route.url)).toEqual(
      plan.routes.slice(0, 3).map((route) => route.url),
    );
  });

  it("walks the plan alone when no page is none", () => {
    const plan = planRoutes(["a", "b"], (url) => (url === "a" ? "partner" : "info"));
    expect([0, 1, 2, 3].map((repetition) => startIndexFor(plan, repetition))).toEqual([0, 1, 0, 1]);
  });
});
