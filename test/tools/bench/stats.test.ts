import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairedDifferences, pairedRatios, quantile, summarise } from "../../../tools/bench/stats";

describe("summarise", () => {
  it("gives the median and quartiles of an odd sample, in any order", () => {
    expect(summarise([9, 1, 5, 3, 7])).toEqual({ n: 5, median: 5, p25: 3, p75: 7, min: 1, max: 9, mean: 5 });
  });

  it("interpolates between the middle two of an even sample", () => {
    const summary = summarise([4, 1, 3, 2]);
    expect(summary.median).toBe(2.5);
    expect(summary.p25).toBe(1.75);
    expect(summary.p75).toBe(3.25);
  });

  it("leaves out values that are not finite, and refuses an empty sample", () => {
    expect(summarise([Number.NaN, 2, Number.POSITIVE_INFINITY]).n).toBe(1);
    expect(() => summarise([])).toThrow(/no finite values/);
  });

  it("keeps every quantile between the extremes, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), (values) => {
        const { min, p25, median, p75, max } = summarise(values);
        expect(min <= p25 && p25 <= median && median <= p75 && p75 <= max).toBe(true);
      }),
    );
  });
});

describe("quantile", () => {
  it("refuses a quantile outside 0..1", () => {
    expect(() => quantile([1], 1.5)).toThrow(/outside/);
  });
});

describe("paired samples", () => {
  it("subtracts and divides sample by sample", () => {
    expect(pairedDifferences([5, 7], [2, 10])).toEqual([3, -3]);
    expect(pairedRatios([6, 1, 3], [3, 0, 6])).toEqual([2, 0.5]);
  });

  it("refuses samples of different lengths", () => {
    expect(() => pairedDifferences([1], [1, 2])).toThrow(/cannot pair/);
    expect(() => pairedRatios([1, 2], [1])).toThrow(/cannot pair/);
  });
});
