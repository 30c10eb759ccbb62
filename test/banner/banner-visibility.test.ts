import { expect, it } from "vitest";
import { isBannerTurnedOff } from "../../src/banner/banner-visibility";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

it("shows banners by default", () => {
  expect(isBannerTurnedOff(DEFAULT_SETTINGS, "partner", "portal.azure.com")).toBe(false);
});

it("hides them when turned off everywhere, for the verdict, or for the portal", () => {
  expect(isBannerTurnedOff({ ...DEFAULT_SETTINGS, enabled: false }, "partner", "portal.azure.com")).toBe(
    true,
  );
  const byVerdict = { ...DEFAULT_SETTINGS, disabledVerdicts: ["info" as const] };
  expect(isBannerTurnedOff(byVerdict, "info", "portal.azure.com")).toBe(true);
  expect(isBannerTurnedOff(byVerdict, "partner", "portal.azure.com")).toBe(false);
  const byHost = { ...DEFAULT_SETTINGS, disabledHosts: ["portal.azure.com" as const] };
  expect(isBannerTurnedOff(byHost, "partner", "portal.azure.com")).toBe(true);
  expect(isBannerTurnedOff(byHost, "partner", "admin.microsoft.com")).toBe(false);
});
