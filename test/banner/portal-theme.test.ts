import { describe, expect, it } from "vitest";
import { portalTheme } from "../../src/banner/portal-theme";

const theme = (classes: string[], colorScheme = "normal") => portalTheme({ classes, colorScheme });

describe("portalTheme", () => {
  it("reads the Azure portal's mode, which decides for 'Dark blue' too", () => {
    expect(theme(["fxs-theme-dark", "fxs-mode-dark"])).toBe("dark");
    expect(theme(["fxs-theme-blue", "fxs-mode-dark"])).toBe("dark");
    expect(theme(["fxs-theme-azure", "fxs-mode-light"])).toBe("light");
  });

  it("reads the Azure portal's theme name when no mode class is there", () => {
    expect(theme(["fxs-theme-dark"])).toBe("dark");
    expect(theme(["fxs-theme-light"])).toBe("light");
  });

  it("reads the admin center replica's dark class", () => {
    expect(theme(["dark-theme"])).toBe("dark");
  });

  it("reads a single explicit color-scheme", () => {
    expect(theme([], "dark")).toBe("dark");
    expect(theme([], "only light")).toBe("light");
  });

  it("follows the system when the page does not say", () => {
    expect(theme([])).toBe("auto");
    expect(theme(["some-class"], "light dark")).toBe("auto");
  });
});
