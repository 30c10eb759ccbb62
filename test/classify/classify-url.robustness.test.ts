import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../src/classify/classify-url";
import { VERDICTS } from "../../src/verdict";

describe("classifyUrl on anything", () => {
  it("never throws and always answers one of the five verdicts", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withFragments: true, withQueryParameters: true })),
        (url) => {
          expect(VERDICTS).toContain(classifyUrl(url).verdict);
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);

  it("survives portal URLs with arbitrary hashes", () => {
    const hosts = fc.constantFrom(
      "https://admin.microsoft.com/",
      "https://portal.azure.com/",
      "https://portal.azure.us/",
    );
    fc.assert(
      fc.property(hosts, fc.string({ unit: "binary", maxLength: 400 }), (host, tail) => {
        expect(VERDICTS).toContain(classifyUrl(`${host}${tail}`).verdict);
        expect(VERDICTS).toContain(classifyUrl(`${host}#${tail}`).verdict);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it.each([
    ["a 1 MB string", "x".repeat(1_000_000)],
    ["a 1 MB hash", `https://portal.azure.com/#view/${"a/".repeat(500_000)}`],
    ["a 1 MB percent-encoded hash", `https://admin.microsoft.com/#/${"%2F%E0%A4".repeat(120_000)}`],
    ["a 1 MB host", `https://${"a".repeat(1_000_000)}.com/`],
    ["null", null],
    ["a number", 42],
    ["an object", { toString: () => "https://portal.azure.com/#home" }],
    ["lone surrogates", "https://portal.azure.com/#view/\ud800\udfff\ud800"],
  ])("handles %s quickly", (_, input) => {
    const started = performance.now();
    const result = classifyUrl(input as string);
    expect(VERDICTS).toContain(result.verdict);
    // Generous for a loaded test machine; what this guards against is seconds, not microseconds.
    expect(performance.now() - started).toBeLessThan(250);
  });
});
