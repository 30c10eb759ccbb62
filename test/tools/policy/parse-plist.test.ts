import { describe, expect, it } from "vitest";
import { parsePlist } from "../../../tools/policy/parse-plist";

// policy:check must read a profile as macOS does (CFPropertyList.c, the XML reader of CoreFoundation:
// swiftlang/swift-corelibs-foundation Sources/CoreFoundation/CFPropertyList.c). These are the cases
// where the `plist` package (5.0.0) reads otherwise, so the checker keeps its own reader.
const plist = (inner: string) => `<?xml version="1.0"?><plist version="1.0">${inner}</plist>`;
const dict = (body: string) => plist(`<dict>${body}</dict>`);

describe("parsePlist reads a profile as macOS does", () => {
  it("reads a hexadecimal <integer> as its value (parseIntegerTag: 0x…)", () => {
    expect(parsePlist(dict("<key>dismissDays</key><integer>0x1E</integer>"))).toEqual({
      value: { dismissDays: 30 },
    });
  });

  it("refuses an <integer> with anything after the digits, as macOS refuses the whole profile", () => {
    expect(parsePlist(dict("<key>dismissDays</key><integer>14 days</integer>"))).toEqual({
      error: '<integer> holds "14 days"',
    });
  });

  it("refuses a <key> without its value", () => {
    expect(parsePlist(dict("<key>partnerName</key>"))).toHaveProperty("error");
  });

  it("refuses markup inside a <string> rather than dropping it", () => {
    expect(parsePlist(dict("<key>partnerName</key><string>Con<b/>toso</string>"))).toEqual({
      error: "<string> contains markup",
    });
  });

  it("refuses <null/>, which is no property list type", () => {
    expect(parsePlist(dict("<key>partnerName</key><null/>"))).toEqual({ error: "unknown element <null>" });
  });

  it("refuses a second object in <plist>", () => {
    expect(parsePlist(plist("<dict/><dict/>"))).toEqual({ error: "expected </plist>, found <dict>" });
  });

  it("reads a __proto__ key as a key of its own, for the validator to name", () => {
    const parsed = parsePlist(dict("<key>__proto__</key><string>x</string>"));
    expect(parsed).toEqual({ value: expect.anything() });
    const value = (parsed as { value: Record<string, unknown> }).value;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("stops at 64 levels, so a file of a few megabytes of nesting is refused at once", () => {
    const depth = 300_000;
    expect(parsePlist(plist(`${"<array>".repeat(depth)}${"</array>".repeat(depth)}`))).toEqual({
      error: "nested deeper than 64 levels",
    });
  });
});
