import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../src/classify/classify-url";
import { delegatedOrgOf, tenantForRequest } from "../../src/request/tenant-for-request";

const TENANT_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

function tenantOf(url: string, customerTenant = "") {
  return tenantForRequest(url, classifyUrl(url), customerTenant);
}

describe("tenantForRequest", () => {
  it.each([
    [
      "the Azure portal's #@tenant",
      "https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
      "contoso.onmicrosoft.com",
    ],
    [
      "a tenant path segment",
      "https://portal.azure.com/contoso.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview",
      "contoso.com",
    ],
    [
      "the partner sign-in's CTID",
      `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${TENANT_ID}&CSDEST=o365admincenter`,
      TENANT_ID,
    ],
    [
      "?delegatedOrg=",
      "https://admin.microsoft.com/Adminportal/Home?delegatedOrg=Contoso.onmicrosoft.com#/billoverview",
      "contoso.onmicrosoft.com",
    ],
  ])("takes %s from the URL first, over the policy's customerTenant", (_what, url, tenant) => {
    expect(tenantOf(url, "fabrikam.onmicrosoft.com")).toEqual({ tenant, source: "url" });
  });

  it("takes the policy's customerTenant when the URL names none", () => {
    const url = "https://admin.microsoft.com/Adminportal/Home#/billoverview";
    expect(tenantOf(url, "Fabrikam.onmicrosoft.com")).toEqual({
      tenant: "fabrikam.onmicrosoft.com",
      source: "policy",
    });
    expect(tenantOf(url, TENANT_ID)).toEqual({ tenant: TENANT_ID, source: "policy" });
  });

  it("has none when neither names one, or the policy's is not a tenant", () => {
    const url = "https://admin.microsoft.com/Adminportal/Home#/billoverview";
    expect(tenantOf(url)).toBeNull();
    expect(tenantOf(url, "not a tenant")).toBeNull();
    expect(tenantOf(url, "contoso.onmicrosoft.com?x")).toBeNull();
  });
});

describe("delegatedOrgOf", () => {
  it("reads the parameter in any case, and only a tenant", () => {
    expect(delegatedOrgOf("https://admin.microsoft.com/?DELEGATEDORG=contoso.com#/homepage")).toBe(
      "contoso.com",
    );
    expect(delegatedOrgOf("https://admin.microsoft.com/?delegatedOrg=evil%2F%3Fx#/homepage")).toBeNull();
    expect(delegatedOrgOf("https://admin.microsoft.com/#/homepage?delegatedOrg=contoso.com")).toBeNull();
    expect(delegatedOrgOf("not a url")).toBeNull();
  });
});
