import { describe, expect, it } from "vitest";
import { portalTheme, themeClassesChanged } from "../../src/banner/portal-theme";

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

describe("themeClassesChanged", () => {
  it("lets Fluent UI's focus classes go, written at every click and key press", () => {
    expect(themeClassesChanged("ms-Fabric--isFocusHidden", "ms-Fabric--isFocusVisible")).toBe(false);
    expect(themeClassesChanged("ms-Fabric--isFocusHidden", "ms-Fabric--isFocusHidden")).toBe(false);
    expect(
      themeClassesChanged("fxs-theme-azure fxs-mode-light x", "x fxs-mode-light fxs-theme-azure y"),
    ).toBe(false);
  });

  it("sees a theme class come, go or change, the Azure portal's new theme names too", () => {
    expect(themeClassesChanged("ms-Fabric--isFocusHidden", "ms-Fabric--isFocusHidden dark-theme")).toBe(true);
    expect(themeClassesChanged("fxs-mode-light", "fxs-mode-dark")).toBe(true);
    expect(themeClassesChanged("fxs-theme-azure", "fxs-theme-contrast")).toBe(true);
    expect(themeClassesChanged(null, "fxs-mode-dark")).toBe(true);
    expect(themeClassesChanged("dark-theme", null)).toBe(true);
  });
});
