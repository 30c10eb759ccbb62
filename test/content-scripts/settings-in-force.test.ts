import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readPolicyGlimpse } from "../../src/settings/published-settings";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

/**
 * The content script's settings before anything is published: the page reads the policy's partner
 * name and contacts itself, and hands them on unchecked; the banner script checks them
 * (readPolicyGlimpse), so the checks stay out of the first script every page gets.
 */
function stubExtension(
  local: Record<string, unknown>,
  managed: () => Promise<Record<string, unknown>>,
): void {
  vi.stubGlobal("chrome", {
    storage: {
      local: { get: async (key: string) => (key in local ? { [key]: local[key] } : {}) },
      managed: { get: managed },
      onChanged: { addListener() {}, removeListener() {} },
    },
  });
}

async function readSettings() {
  vi.resetModules();
  const { readSettings } = await import("../../content-scripts/settings-in-force");
  return readSettings();
}

describe("readSettings before anything is published", () => {
  beforeEach(() => vi.spyOn(console, "warn").mockImplementation(() => {}));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("gives the defaults, and the policy's contacts as the page got them for the banner to read", async () => {
    const policy = { partnerName: "Contoso", partnerEmail: "help@contoso.example" };
    stubExtension({}, async () => policy);
    const read = await readSettings();
    expect(read).toEqual({ settings: DEFAULT_SETTINGS, rules: undefined, policy });
    expect(readPolicyGlimpse(read.policy)?.partner).toMatchObject({
      name: "Contoso",
      email: "help@contoso.example",
    });
  });

  it("gives no policy when the page cannot read one", async () => {
    stubExtension({}, () => Promise.reject(new Error("Managed storage manifest not found")));
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, rules: undefined, policy: null });
  });
});
