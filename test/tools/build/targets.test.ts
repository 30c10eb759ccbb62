import { describe, expect, it } from "vitest";
import { browserForMode, TARGET_BROWSERS } from "../../../tools/build/targets";

describe("browserForMode", () => {
  it("builds each target browser in its own mode", () => {
    for (const browser of TARGET_BROWSERS) expect(browserForMode(browser)).toBe(browser);
  });

  it("builds Chrome when vite runs without a mode", () => {
    expect(browserForMode("production")).toBe("chrome");
    expect(browserForMode("development")).toBe("chrome");
  });

  it("refuses a mistyped mode instead of overwriting the Chrome build", () => {
    expect(() => browserForMode("firfox")).toThrow(/--mode chrome or --mode firefox/);
  });
});
