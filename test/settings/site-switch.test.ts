import { describe, expect, it } from "vitest";
import { resolveSettings } from "../../src/settings/resolve-settings";
import { siteSwitchFor, switchedHosts } from "../../src/settings/site-switch";

const HOST = "portal.azure.com";

describe("siteSwitchFor", () => {
  it("lets the user switch a site when no policy says otherwise", () => {
    expect(siteSwitchFor(resolveSettings({}), HOST)).toEqual({ off: false, canChange: true });
    expect(siteSwitchFor(resolveSettings({ options: { disabledHosts: [HOST] } }), HOST)).toEqual({
      off: true,
      canChange: true,
    });
  });

  it("leaves the switch to the organisation when its policy forbids turning banners off", () => {
    expect(siteSwitchFor(resolveSettings({ policy: { allowUserDisable: false } }), HOST)).toEqual({
      off: false,
      canChange: false,
    });
  });

  it("leaves the switch to the organisation when its policy sets the hosts", () => {
    expect(siteSwitchFor(resolveSettings({ policy: { disabledHosts: [HOST] } }), HOST)).toEqual({
      off: true,
      canChange: false,
    });
    expect(
      siteSwitchFor(
        resolveSettings({ policy: { disabledHosts: [] }, options: { disabledHosts: [HOST] } }),
        HOST,
      ),
    ).toEqual({ off: false, canChange: false });
  });
});

describe("switchedHosts", () => {
  it("adds or removes the host and keeps the others", () => {
    expect(switchedHosts(["admin.microsoft.com"], HOST)).toEqual(["admin.microsoft.com", HOST]);
    expect(switchedHosts(["admin.microsoft.com", HOST], HOST)).toEqual(["admin.microsoft.com"]);
  });
});
