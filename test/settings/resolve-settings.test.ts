import { describe, expect, it } from "vitest";
import { formatProblem, resolveSettings } from "../../src/settings/resolve-settings";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

describe("resolveSettings", () => {
  it("gives the defaults, unlocked, when nothing is stored", () => {
    const resolved = resolveSettings({});
    expect(resolved.settings).toEqual(DEFAULT_SETTINGS);
    expect(resolved.locked.size).toBe(0);
    expect(resolved.problems).toEqual([]);
  });

  it("layers defaults, then the user's options, then policy, and locks what policy sets", () => {
    const resolved = resolveSettings({
      options: { partnerName: "Typed by user", partnerPhone: "+1 555 0100", dismissDays: 7 },
      policy: { partnerName: "Contoso", dismissDays: 14 },
    });
    expect(resolved.settings.partner).toEqual({
      ...DEFAULT_SETTINGS.partner,
      name: "Contoso",
      phone: "+1 555 0100",
    });
    expect(resolved.settings.dismissDays).toBe(14);
    expect([...resolved.locked].sort()).toEqual(["dismissDays", "partnerName"]);
  });

  it("falls back to the user's value when the policy's is invalid, and says where the problem is", () => {
    const resolved = resolveSettings({
      options: { partnerWebsite: "https://user.example/" },
      policy: { partnerWebsite: "http://contoso.example/", partnerName: "Contoso" },
    });
    expect(resolved.settings.partner.website).toBe("https://user.example/");
    expect(resolved.locked.has("partnerWebsite")).toBe(false);
    expect(resolved.problems.map(formatProblem)).toEqual([
      'policy partnerWebsite: expected an https: address like https://partner.example/, got the string "http://contoso.example/" (http: is not allowed); left out',
    ]);
  });

  it("keeps the banner on and locked when the organisation does not let users turn it off", () => {
    const resolved = resolveSettings({ options: { enabled: false }, policy: { allowUserDisable: false } });
    expect(resolved.settings.enabled).toBe(true);
    expect(resolved.locked.has("enabled")).toBe(true);
  });

  it("lets policy set `enabled` itself", () => {
    const resolved = resolveSettings({ policy: { allowUserDisable: false, enabled: false } });
    expect(resolved.settings.enabled).toBe(false);
  });

  it("lets users turn the banner off when the organisation allows it", () => {
    const resolved = resolveSettings({ options: { enabled: false }, policy: { partnerName: "Contoso" } });
    expect(resolved.settings.enabled).toBe(false);
    expect(resolved.locked.has("enabled")).toBe(false);
  });

  it("ignores a user's own allowUserDisable: only an organisation sets it", () => {
    const resolved = resolveSettings({ options: { allowUserDisable: false, enabled: false } });
    expect(resolved.settings.allowUserDisable).toBe(true);
    expect(resolved.settings.enabled).toBe(false);
  });

  it("carries agent mode, partner tenants and custom rules with their messages", () => {
    const rule = { id: "r1", pattern: "billing/**", verdict: "partner", message: { en: "Ask us." } };
    const resolved = resolveSettings({
      options: { agentMode: true, partnerTenants: ["Contoso.com"] },
      policy: { customRules: [rule] },
    });
    expect(resolved.settings.agentMode).toBe(true);
    expect(resolved.settings.partnerTenants).toEqual(["contoso.com"]);
    expect(resolved.settings.customRules).toEqual([rule]);
  });

  it("reports problems of both sources, policy first, and survives garbage in both", () => {
    const resolved = resolveSettings({ options: "garbage", policy: [1, 2, 3] });
    expect(resolved.settings).toEqual(DEFAULT_SETTINGS);
    expect(resolved.problems.map((p) => p.source)).toEqual(["policy", "options"]);
  });

  describe("an organisation that keeps the banners on (allowUserDisable: false; issue 17)", () => {
    const SAMPLE_POLICY = {
      partnerName: "Contoso",
      allowUserDisable: false,
      disabledHosts: ["admin.microsoft.us", "portal.azure.us"],
    };
    const EVERYTHING_OFF = {
      enabled: false,
      disabledVerdicts: ["partner", "self-serve", "info", "support"],
      disabledHosts: ["admin.microsoft.com", "portal.azure.com"],
      customRules: [
        { id: "off", pattern: "**", verdict: "none" },
        { id: "mine", portal: "azure-portal", pattern: "browse/resourcegroups", verdict: "info" },
      ],
    };

    it("ignores the user's verdicts, hosts and switch, and locks them", () => {
      const resolved = resolveSettings({ policy: SAMPLE_POLICY, options: EVERYTHING_OFF });
      expect(resolved.settings.enabled).toBe(true);
      expect(resolved.settings.disabledVerdicts).toEqual([]);
      expect(resolved.settings.disabledHosts).toEqual(["admin.microsoft.us", "portal.azure.us"]);
      for (const key of ["enabled", "disabledVerdicts", "disabledHosts"] as const) {
        expect(resolved.locked.has(key), key).toBe(true);
      }
      // The hosts because the policy sets them; the rest because it keeps the banners on.
      expect([...resolved.keptOn].sort()).toEqual(["disabledVerdicts", "enabled"]);
    });

    it("keeps the user's custom rules except those that would show no banner, and says why", () => {
      const resolved = resolveSettings({ policy: SAMPLE_POLICY, options: EVERYTHING_OFF });
      expect(resolved.settings.customRules.map((rule) => rule.id)).toEqual(["mine"]);
      expect(resolved.locked.has("customRules")).toBe(false);
      const lines = resolved.problems.map(formatProblem);
      expect(lines).toContain(
        'options customRules: the rule "off" would show no banner on its pages, and your organization keeps the banners on; left out',
      );
      for (const key of ["enabled", "disabledVerdicts"]) {
        expect(lines).toContain(`options ${key}: your organization keeps the banners on; not used`);
      }
      // The policy sets the hosts itself: the user's are overridden like any locked value, silently.
      expect(lines.filter((line) => line.startsWith("options disabledHosts"))).toEqual([]);
    });

    it("refuses a user rule whose verdict the policy turned off: that too is no banner", () => {
      const resolved = resolveSettings({
        policy: { allowUserDisable: false, disabledVerdicts: ["info"] },
        options: { customRules: EVERYTHING_OFF.customRules },
      });
      expect(resolved.settings.customRules).toEqual([]);
      expect(resolved.settings.disabledVerdicts).toEqual(["info"]);
    });

    it("leaves the policy's own choices alone: its rules, verdicts and hosts", () => {
      const resolved = resolveSettings({
        policy: { allowUserDisable: false, ...EVERYTHING_OFF },
        options: { enabled: true },
      });
      expect(resolved.settings.enabled).toBe(false);
      expect(resolved.settings.customRules.map((rule) => rule.id)).toEqual(["off", "mine"]);
      expect(resolved.settings.disabledVerdicts).toEqual(EVERYTHING_OFF.disabledVerdicts);
      expect(resolved.problems).toEqual([]);
    });

    it("says nothing when the user's values change nothing", () => {
      const resolved = resolveSettings({
        policy: SAMPLE_POLICY,
        options: { enabled: true, disabledVerdicts: [], customRules: [EVERYTHING_OFF.customRules[1]] },
      });
      expect(resolved.problems).toEqual([]);
    });

    it("lets the user turn banners off where the organisation allows it", () => {
      const resolved = resolveSettings({ policy: { partnerName: "Contoso" }, options: EVERYTHING_OFF });
      expect(resolved.settings.enabled).toBe(false);
      expect(resolved.settings.disabledVerdicts).toEqual(EVERYTHING_OFF.disabledVerdicts);
      expect(resolved.settings.customRules.map((rule) => rule.id)).toEqual(["off", "mine"]);
      expect(resolved.locked.has("disabledVerdicts")).toBe(false);
    });
  });
});
