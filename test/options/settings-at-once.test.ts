import { describe, expect, it } from "vitest";
import { readSettingsAtOnce } from "../../options/settings-at-once";
import { PUBLISHED_SETTINGS_KEY } from "../../src/settings/published-settings";
import { publishedSettingsOf, resolveSettings } from "../../src/settings/resolve-settings";

function storage(local: Record<string, unknown>, sync: Record<string, unknown>) {
  const area = (data: Record<string, unknown>) => ({
    get: async (keys?: null | string | string[]) =>
      keys === null || keys === undefined
        ? { ...data }
        : Object.fromEntries(
            [keys]
              .flat()
              .filter((key) => key in data)
              .map((key) => [key, data[key]]),
          ),
    set: async () => {},
    remove: async () => {},
  });
  return { local: area(local), sync: area(sync) } as never;
}

describe("readSettingsAtOnce", () => {
  it("draws the published settings in force with their locks, and kept-on keys", async () => {
    const full = resolveSettings({
      policy: { partnerName: "Contoso IT Services", allowUserDisable: false },
      options: { partnerPhone: "+1 555 0100" },
    });
    const atOnce = await readSettingsAtOnce(
      storage({ [PUBLISHED_SETTINGS_KEY]: publishedSettingsOf(full) }, {}),
    );
    expect(atOnce.values).toEqual(full.values);
    expect(atOnce.settings).toEqual(full.settings);
    expect([...atOnce.locked].sort()).toEqual([...full.locked].sort());
    expect([...atOnce.keptOn].sort()).toEqual([...full.keptOn].sort());
    expect(atOnce.locked.has("partnerName")).toBe(true);
    expect(atOnce.keptOn.size).toBeGreaterThan(0);
  });

  it("without a published record, shows the user's options over the defaults, nothing locked", async () => {
    const atOnce = await readSettingsAtOnce(storage({}, { partnerName: "Fabrikam Cloud" }));
    expect(atOnce.values.partnerName).toBe("Fabrikam Cloud");
    expect(atOnce.locked.size).toBe(0);
  });

  it("ignores a record of another format, and lock names it does not know", async () => {
    const other = await readSettingsAtOnce(
      storage({ [PUBLISHED_SETTINGS_KEY]: { format: 99, values: {} } }, {}),
    );
    expect(other.locked.size).toBe(0);
    const record = {
      ...publishedSettingsOf(resolveSettings({ policy: { partnerName: "Contoso" } })),
      locked: ["partnerName", "noSuchKey", 3],
    };
    const atOnce = await readSettingsAtOnce(storage({ [PUBLISHED_SETTINGS_KEY]: record }, {}));
    expect([...atOnce.locked]).toEqual(["partnerName"]);
  });
});
