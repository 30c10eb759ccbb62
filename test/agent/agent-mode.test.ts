import { describe, expect, it } from "vitest";
import { type AgentModeSettings, agentStripFor } from "../../src/agent/agent-mode";

const PARTNER: AgentModeSettings = {
  agentMode: true,
  partnerTenants: ["fabrikam-partner.onmicrosoft.com", "0b5f1c52-6a3e-4b8f-9a51-2f1c0f9d4e11"],
};

describe("agentStripFor", () => {
  it("shows no strip when agent mode is off, even on a customer tenant", () => {
    expect(
      agentStripFor(
        { verdict: "partner", tenant: "contoso.onmicrosoft.com" },
        { ...PARTNER, agentMode: false },
      ),
    ).toBeNull();
  });

  it("shows no strip when the URL names no tenant", () => {
    expect(agentStripFor({ verdict: "partner", tenant: null }, PARTNER)).toBeNull();
    expect(agentStripFor({ verdict: "partner", tenant: "  " }, PARTNER)).toBeNull();
  });

  it("shows no strip on one of the partner's own tenants, by domain or by id, in any case", () => {
    expect(
      agentStripFor({ verdict: "partner", tenant: "Fabrikam-Partner.onmicrosoft.com" }, PARTNER),
    ).toBeNull();
    expect(
      agentStripFor({ verdict: "partner", tenant: "fabrikam-partner.onmicrosoft.com." }, PARTNER),
    ).toBeNull();
    expect(
      agentStripFor({ verdict: "info", tenant: "0B5F1C52-6A3E-4B8F-9A51-2F1C0F9D4E11" }, PARTNER),
    ).toBeNull();
  });

  it("shows the strip with the tenant as written on a customer's tenant", () => {
    expect(agentStripFor({ verdict: "partner", tenant: "Contoso.onmicrosoft.com" }, PARTNER)).toEqual({
      tenant: "Contoso.onmicrosoft.com",
    });
    expect(
      agentStripFor({ verdict: "self-serve", tenant: "72f988bf-86f1-41af-91ab-2d7cd011db47" }, PARTNER),
    ).toEqual({ tenant: "72f988bf-86f1-41af-91ab-2d7cd011db47" });
  });

  it("shows the strip when the partner named no tenants of its own", () => {
    expect(
      agentStripFor({ verdict: "support", tenant: "contoso.com" }, { agentMode: true, partnerTenants: [] }),
    ).toEqual({ tenant: "contoso.com" });
  });

  it("shows no strip where there is no banner", () => {
    expect(agentStripFor({ verdict: "none", tenant: "contoso.onmicrosoft.com" }, PARTNER)).toBeNull();
  });
});
