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
});
