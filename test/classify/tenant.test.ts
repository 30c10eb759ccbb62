import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../src/classify/classify-url";

const tenant = (url: string) => classifyUrl(url).tenant;

describe("tenant detection", () => {
  // Forms seen verbatim: Microsoft Learn sandbox links (MicrosoftDocs/learn) name the tenant in the path;
  // `#@<tenant>/resource/...` and Partner Center's BeginClientSession links are common in public code.
  it("reads the tenant domain from the first path segment of an Azure portal URL", () => {
    expect(tenant("https://portal.azure.com/learn.docs.microsoft.com/?azure-portal=true")).toBe(
      "learn.docs.microsoft.com",
    );
    expect(
      tenant(
        "https://portal.azure.com/learn.docs.microsoft.com/#blade/Microsoft_Azure_Monitoring_Logs/DemoLogsBlade?azure-portal=true",
      ),
    ).toBe("learn.docs.microsoft.com");
    expect(tenant("https://portal.azure.com/8F2A4C1E-3B5D-4E6F-9A0B-1C2D3E4F5A6B/#home")).toBe(
      "8f2a4c1e-3b5d-4e6f-9a0b-1c2d3e4f5a6b",
    );
  });

  it("reads the tenant from `#@<tenant>/` and keeps it out of the route", () => {
    const result = classifyUrl(
      "https://portal.azure.com/#@Contoso.onmicrosoft.com/resource/subscriptions/x/resourceGroups/rg/overview",
    );
    expect(result).toMatchObject({
      tenant: "contoso.onmicrosoft.com",
      route: "resource/subscriptions/*/resourcegroups/*/overview",
    });
    expect(tenant("https://portal.azure.com/#@nav.no/resource")).toBe("nav.no");
    expect(tenant("https://portal.azure.com/#@MahidolUniversity/resource/subscriptions/x")).toBe(
      "mahidoluniversity",
    );
    expect(tenant("https://portal.azure.com/#@contoso.com")).toBe("contoso.com");
  });

  it("prefers the hash tenant over the path one", () => {
    expect(tenant("https://portal.azure.com/fabrikam.com/#@contoso.com/home")).toBe("contoso.com");
  });

  it("finds no tenant where there is none", () => {
    expect(tenant("https://portal.azure.com/#@/resource/subscriptions/x/resourceGroups/rg")).toBeNull();
    expect(tenant("https://portal.azure.com/signin/index/#home")).toBeNull();
    expect(tenant("https://portal.azure.com/#home")).toBeNull();
    expect(tenant("https://admin.microsoft.com/#/users")).toBeNull();
  });

  it("reads the customer tenant id of a partner's admin-on-behalf-of session", () => {
    const id = "8f2a4c1e-3b5d-4e6f-9a0b-1c2d3e4f5a6b";
    expect(
      classifyUrl(
        `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${id}&CSDEST=o365admincenter`,
      ),
    ).toMatchObject({
      rule: "m365.partner-session",
      tenant: id,
    });
    expect(
      tenant(
        `https://admin.microsoft.com/partner/beginclientsession.aspx?csdest=o365admincenter&ctid=${id.toUpperCase()}`,
      ),
    ).toBe(id);
    expect(
      tenant("https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID={0}&CSDEST=o365admincenter"),
    ).toBeNull();
    expect(tenant(`https://admin.microsoft.com/#/users?CTID=${id}`)).toBeNull();
  });

  it("never reports a tenant made of characters a tenant cannot have", () => {
    expect(tenant("https://portal.azure.com/#@<script>/home")).toBeNull();
    expect(tenant("https://portal.azure.com/%3Cx%3E.example/#home")).toBeNull();
  });
});
