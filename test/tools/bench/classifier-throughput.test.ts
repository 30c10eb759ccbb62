import { describe, expect, it } from "vitest";
import { medianRun, readResult } from "../../../tools/bench/classifier-throughput";

const run = (ratio: number, classifyNsPerUrl = 100 * ratio) => ({
  urlParseNsPerUrl: 100,
  classifyNsPerUrl,
  ratio,
  urls: 266,
});

describe("medianRun", () => {
  it("takes the run with the median ratio, whole, and keeps every run's ratio in order", () => {
    expect(medianRun([run(2.04), run(1.82), run(1.9, 191)])).toEqual({
      ...run(1.9, 191),
      runRatios: [1.82, 1.9, 2.04],
    });
  });

  it("takes the higher middle run of an even count, so that it never flatters", () => {
    expect(medianRun([run(1.8), run(2.1)]).ratio).toBe(2.1);
  });

  it("refuses no runs", () => {
    expect(() => medianRun([])).toThrow(/at least one run/);
  });
});

describe("readResult", () => {
  it("reads the figures of the JSON line a run prints, and nothing else", () => {
    const line = JSON.stringify({ ...run(1.9), families: [] });
    expect(readResult(line)).toEqual(run(1.9));
  });

  it("keeps the run's figures on the real URL table, and leaves out a malformed one", () => {
    const realTable = run(2.5);
    expect(readResult(JSON.stringify({ ...run(1.9), realTable }))).toEqual({ ...run(1.9), realTable });
    expect(readResult(JSON.stringify({ ...run(1.9), realTable: { ratio: "2.5" } }))).toEqual(run(1.9));
  });

  it("says why a line cannot be used", () => {
    expect(readResult("corpus 266 URLs")).toEqual({
      unavailable: expect.stringMatching(/printed no JSON: corpus 266 URLs/),
    });
    expect(readResult(JSON.stringify({ ...run(1.9), ratio: null }))).toEqual({
      unavailable: expect.stringMatching(/returned/),
    });
    expect(readResult("null")).toEqual({ unavailable: expect.stringMatching(/returned null/) });
  });
});
