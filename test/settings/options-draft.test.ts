import { describe, expect, it } from "vitest";
import {
  changesToSave,
  draftErrors,
  draftFrom,
  editableKeys,
  settingsAsPolicy,
} from "../../src/settings/options-draft";
import { resolveSettings } from "../../src/settings/resolve-settings";
import { validateSettings } from "../../src/settings/validate-settings";

describe("the options form", () => {
  const resolved = resolveSettings({ policy: { partnerName: "Contoso", allowUserDisable: false } });

  it("lets the user edit what the policy leaves free, never policy-only keys", () => {
    const keys = editableKeys(resolved);
    expect(keys).not.toContain("partnerName");
    expect(keys).not.toContain("enabled");
    expect(keys).not.toContain("allowUserDisable");
    expect(keys).toContain("partnerEmail");
  });

  it("locks the verdict and portal boxes when the organisation keeps the banners on (issue 17)", () => {
    const keys = editableKeys(resolved);
    expect(keys).not.toContain("disabledVerdicts");
    expect(keys).not.toContain("disabledHosts");
    expect(editableKeys(resolveSettings({ policy: { partnerName: "Contoso" } }))).toContain(
      "disabledVerdicts",
    );
  });

  it("refuses a custom rule of the user's that would show no banner, when banners are kept on", () => {
    const draft = draftFrom(resolved.values);
    draft.customRules = [
      { id: "fine", pattern: "billing/**", verdict: "info" },
      { id: "off", pattern: "**", verdict: "none" },
    ];
    expect(draftErrors(draft, editableKeys(resolved), resolved).customRules).toEqual([
      "customRules[1]: shows no banner on its pages, and your organization keeps the banners on",
    ]);
    const free = resolveSettings({ policy: { partnerName: "Contoso" } });
    expect(draftErrors(draft, editableKeys(free), free).customRules).toBeUndefined();
  });

  it("names what cannot be saved, per key", () => {
    const draft = draftFrom(resolved.values);
    draft.partnerWebsite = "http://contoso.example";
    draft.dismissDays = Number.NaN;
    const errors = draftErrors(draft, editableKeys(resolved));
    expect(Object.keys(errors).sort()).toEqual(["dismissDays", "partnerWebsite"]);
    expect(errors.partnerWebsite?.[0]).toMatch(/^partnerWebsite: expected an https: address/);
  });

  it("saves tidied values, removes defaults, and never writes a locked key", () => {
    const draft = draftFrom(resolved.values);
    draft.partnerEmail = " mailto:cloud@contoso.example ";
    draft.dismissDays = 30;
    draft.partnerName = "Changed in the page";
    expect(changesToSave(draft, editableKeys(resolved))).toMatchObject({
      partnerEmail: "cloud@contoso.example",
      dismissDays: undefined,
    });
    expect(changesToSave(draft, editableKeys(resolved))).not.toHaveProperty("partnerName");
  });

  it("exports what is in force and differs from the defaults, as a policy that validates as it stands", () => {
    const policy = settingsAsPolicy(
      resolveSettings({
        options: { partnerPhone: "+1 555 0100", dismissDays: 30 },
        policy: { partnerName: "Contoso" },
      }).values,
    );
    expect(policy).toEqual({ partnerName: "Contoso", partnerPhone: "+1 555 0100" });
    expect(validateSettings(policy).problems).toEqual([]);
  });

  it("says when a setting is too big for storage.sync before the browser refuses it", () => {
    const draft = draftFrom(resolved.values);
    draft.customRules = Array.from({ length: 30 }, (_, index) => ({
      id: `rule-${index}`,
      pattern: `billing/${index}`,
      verdict: "partner",
      message: { en: "x".repeat(400) },
    }));
    expect(draftErrors(draft, editableKeys(resolved)).customRules).toEqual([
      expect.stringMatching(/^customRules: is \d+ bytes; the browser syncs at most 8192 per setting/),
    ]);
  });
});
