import { describe, expect, it } from "vitest";
import { repoPath, slicesBySource } from "../../../tools/bench/module-sizes";

describe("slicesBySource", () => {
  it("gives each run of generated code to the source its mapping segment names", () => {
    // "AAAA": column 0 of source 0; "GCAA": 3 columns on, the next source; "E": 2 on, no source.
    const slices = slicesBySource("abcdefgh\nij", "AAAA,GCAA,E;AAAA", ["src/a.ts", "src/b.ts"]);
    expect(Object.fromEntries(slices)).toEqual({
      "(bundler)": "\nfgh",
      "src/a.ts": "abc",
      "src/b.ts": "deij",
    });
  });

  it("accounts for every byte of the generated code", () => {
    const code = "xyabc\nd";
    const slices = slicesBySource(code, "EAAA;AAAA", ["src/a.ts"]);
    expect([...slices.values()].join("").length).toBe(code.length);
  });
});

describe("repoPath", () => {
  it("names a repository file from where the repository starts, and a package by its name", () => {
    expect(repoPath("../../src/classify/classify-url.ts")).toBe("src/classify/classify-url.ts");
    expect(repoPath("/work/x/content-scripts/portal-guide.tsx")).toBe("content-scripts/portal-guide.tsx");
    expect(repoPath("../../node_modules/preact/dist/preact.module.js")).toBe("node_modules/preact");
  });
});
