import { describe, expect, it } from "vitest";
import { sumByType } from "../../../tools/bench/heap-kinds";
import { largestDifferences } from "../../../tools/bench/report-table";

describe("sumByType", () => {
  it("adds up self sizes per V8 node type of a heap snapshot", () => {
    const meta = {
      node_fields: ["type", "name", "id", "self_size", "edge_count"],
      node_types: [["hidden", "object", "code"], "string", "number", "number", "number"] as [
        string[],
        ...unknown[],
      ],
    };
    // type, name, id, self_size, edge_count per node
    const nodes = [1, 0, 1, 100, 0, 2, 0, 2, 4000, 0, 1, 0, 3, 24, 0, 0, 0, 4, 8, 0];
    expect(sumByType(meta, nodes)).toEqual({ object: 124, code: 4000, hidden: 8 });
  });

  it("refuses a snapshot format without types or sizes", () => {
    expect(() => sumByType({ node_fields: ["name"], node_types: [[]] }, [])).toThrow(/type or self_size/);
  });
});

describe("largestDifferences", () => {
  it("names the kinds that differ most, either way, largest first", () => {
    const ours = { code: 400_000, string: 150_000, object: 90_000, native: 10_000, number: 5 };
    const baseline = { code: 100_000, string: 60_000, object: 100_000, native: 200_000, array: 1_000 };
    expect(largestDifferences(ours, baseline)).toBe(
      "code +300.0 kB, native -190.0 kB, string +90.0 kB, object -10.0 kB",
    );
  });
});
