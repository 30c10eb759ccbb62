import { describe, expect, it } from "vitest";
import { customerViewOf } from "../../src/agent/customer-view";
import { readPortalUrl } from "../../src/agent/portal-url-input";
import { PORTALS } from "../../src/catalog/portals";
import { classifyUrl } from "../../src/classify/classify-url";
import { delegatedLink } from "../../src/request/delegated-link";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

const TENANT = "contoso.onmicrosoft.com";

describe("delegatedLink", () => {
  it.each([
    [
      "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
      "https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
    ],
    [
      "https://portal.azure.com/#@fabrikam.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
      "https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
    ],
    [
      "https://portal.azure.com/contoso.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview",
      "https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview",
    ],
    [
      "https://portal.azure.us/?feature.customportal=false#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
      "https://portal.azure.us/?feature.customportal=false#@contoso.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
    ],
  ])("puts the tenant after the Azure portal's hash: %s", (url, expected) => {
    expect(delegatedLink(url, "azure-portal", TENANT)).toBe(expected);
  });

  it.each([
    [
      "https://admin.microsoft.com/Adminportal/Home#/billoverview",
      "https://admin.microsoft.com/Adminportal/Home?delegatedOrg=contoso.onmicrosoft.com#/billoverview",
    ],
    [
      "https://admin.microsoft.com/?source=applauncher#/subscriptions",
      "https://admin.microsoft.com/?source=applauncher&delegatedOrg=contoso.onmicrosoft.com#/subscriptions",
    ],
    [
      "https://admin.cloud.microsoft/?delegatedorg=fabrikam.com#/support",
      "https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/support",
    ],
  ])("adds ?delegatedOrg= on the admin center and keeps the route: %s", (url, expected) => {
    expect(delegatedLink(url, "m365-admin", TENANT)).toBe(expected);
  });

  it("opens the page the customer saw, with the tenant the agent needs", () => {
    const seen = "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2";
    const link = delegatedLink(seen, "azure-portal", TENANT)!;
    expect(classifyUrl(link)).toMatchObject({ ...classifyUrl(seen), tenant: TENANT });
    const admin = "https://admin.microsoft.com/Adminportal/Home#/billoverview";
    const { tenant: _none, ...same } = classifyUrl(admin);
    expect(classifyUrl(delegatedLink(admin, "m365-admin", TENANT)!)).toMatchObject(same);
  });

  it.each([
    ["m365-admin", "https://admin.microsoft.com/Adminportal/Home#/billoverview"],
    ["azure-portal", "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2"],
  ] as const)("is a URL npm run preview takes, showing the %s customer's banner", (portal, seen) => {
    const link = delegatedLink(seen, portal, TENANT)!;
    const read = readPortalUrl(
      link,
      PORTALS.flatMap((entry) => entry.hosts),
    );
    expect(read).toEqual({ ok: true, url: link, host: new URL(seen).hostname });
    expect(customerViewOf(link, DEFAULT_SETTINGS).banner).toEqual(
      customerViewOf(seen, DEFAULT_SETTINGS).banner,
    );
  });

  it("has none off the portals or for an unreadable URL", () => {
    expect(delegatedLink("https://example.com/", null, TENANT)).toBeNull();
    expect(delegatedLink("not a url", "m365-admin", TENANT)).toBeNull();
    expect(delegatedLink("http://admin.microsoft.com/#/billoverview", "m365-admin", TENANT)).toBeNull();
  });
});
