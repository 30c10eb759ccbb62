import { expect, it } from "vitest";
import { portalTheme } from "../../src/banner/portal-theme";

it("computes the colour scheme only when no theme class decides", () => {
  let asked = 0;
  const colorScheme = (): string => {
    asked += 1;
    return "dark";
  };
  expect(portalTheme({ classes: ["fxs-theme-blue", "fxs-mode-light"], colorScheme })).toBe("light");
  expect(asked).toBe(0);
  expect(portalTheme({ classes: ["portal"], colorScheme })).toBe("dark");
  expect(asked).toBe(1);
});
