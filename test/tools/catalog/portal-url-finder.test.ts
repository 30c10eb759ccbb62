import { describe, expect, it } from "vitest";
import { findPortalUrls } from "../../../tools/catalog/portal-url-finder";

describe("findPortalUrls", () => {
  it("takes the URL as written, to the character that ends it in Markdown, HTML, CSV or code", () => {
    expect(
      findPortalUrls(
        "See [Subscriptions](https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBlade) and " +
          '<a href="https://admin.microsoft.com/Adminportal/Home#/subscriptions">, ' +
          "azsubs,,Azure,https://portal.azure.us/#home,icon | `https://admin.cloud.microsoft/?#/licenses`",
      ),
    ).toEqual([
      { url: "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBlade" },
      { url: "https://admin.microsoft.com/Adminportal/Home#/subscriptions" },
      { url: "https://portal.azure.us/#home" },
      { url: "https://admin.cloud.microsoft/?#/licenses" },
    ]);
  });

  it("keeps the path and hash after the host (a class ending at \\] would cut them)", () => {
    expect(findPortalUrls("go to https://portal.office365.us/adminportal/home#/Settings/AddIns]")).toEqual([
      { url: "https://portal.office365.us/adminportal/home#/Settings/AddIns" },
    ]);
  });

  it("drops sentence punctuation and the backslash of a JSON-escaped quote", () => {
    expect(findPortalUrls("Open https://portal.azure.com/selfhelp. Then")).toEqual([
      { url: "https://portal.azure.com/selfhelp" },
    ]);
    expect(findPortalUrls('"link": "https://ms.portal.azure.com/#home\\", ')).toEqual([
      { url: "https://ms.portal.azure.com/#home" },
    ]);
  });

  it("finds only the portal, alias and shared hosts the table covers", () => {
    expect(findPortalUrls("https://entra.microsoft.com/ https://intune.microsoft.com/#home")).toEqual([]);
    expect(findPortalUrls("https://learn.microsoft.com/azure http://portal.azure.com/")).toEqual([]);
    expect(
      findPortalUrls("https://portal.apps.mil/adminportal/home https://admin.microsoft.us/").map(
        (f) => f.url,
      ),
    ).toEqual(["https://portal.apps.mil/adminportal/home", "https://admin.microsoft.us/"]);
  });

  it("says why a URL cannot be a row", () => {
    const reason = (line: string): string | undefined => findPortalUrls(line)[0]?.rejected;
    expect(reason("https://portal.azure.com/#@contoso.onmicrosoft.com/resource/x")).toBeUndefined();
    expect(reason("https://portal.azure.com/#@<tenant>/resource")).toBe("a placeholder follows it");
    expect(reason("https://portal.azure.com/<subscription-id>")).toBe("a placeholder follows it");
    expect(reason("https://admin.cloud.microsoft/?delegatedOrg={0}")).toBe(
      "a template or an escaped character",
    );
    expect(reason("https://portal.azure.com/$($customer.defaultDomainName)")).toBe(
      "a template or an escaped character",
    );
    expect(reason("(https://portal.azure.com/#blade/ArgQueryBlade/query/tolower(id)")).toBe(
      "cut at a ) inside it",
    );
    expect(reason("https://admin.microsoft.com/admin/api/Settings/security/passwordpolicy")).toBe(
      "an API endpoint or OAuth scope, not a page",
    );
    expect(reason("https://admin.microsoft.com/.default")).toBe("an API endpoint or OAuth scope, not a page");
    expect(reason("https://ms.portal.azure.com/contoso.com?loginHint=someone%40contoso.com#home")).toBe(
      "names a person",
    );
  });
});
