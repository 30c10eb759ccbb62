import { describe, expect, it } from "vitest";
import { LOAD_FIGURES, loadFiguresOf } from "../../../tools/bench/page-sample";

describe("loadFiguresOf", () => {
  const metrics = {
    TaskDuration: 40,
    ScriptDuration: 10,
    V8CompileDuration: 3,
    RecalcStyleDuration: 4,
    LayoutDuration: 5,
    TaskOtherDuration: 21,
    JSHeapUsedSize: 700_000,
  };

  it("reads each load figure from the page's metrics by its name", () => {
    expect(loadFiguresOf(metrics)).toEqual({
      task: 40,
      script: 10,
      compile: 3,
      style: 4,
      layout: 5,
      other: 21,
    });
  });

  it("fails on metrics without one of them, rather than measure a zero", () => {
    for (const name of Object.values(LOAD_FIGURES)) {
      const { [name]: _left, ...without } = metrics;
      expect(() => loadFiguresOf(without)).toThrow(name);
    }
  });
});
