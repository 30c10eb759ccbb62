import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../src/classify/classify-url";
import { type PageRequest, pageRequest, type RequestSettings } from "../../src/request/request-href";
import type { Verdict } from "../../src/verdict";
import { shippedTranslate } from "./locale-translator";

const BILLS = "https://admin.microsoft.com/Adminportal/Home#/billoverview";
const AZURE_AT_TENANT =
  "https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2";
const EMAIL: RequestSettings = {
  partnerEmail: "cloud@partner.example",
  partnerRequestUrl: "",
  customerTenant: "",
};

function request(
  url: string,
  verdict: Verdict,
  rule: string,
  settings = EMAIL,
  locale = "en",
): PageRequest | null {
  // The page's portal and tenant as the content script's classification read them.
  const { portal, tenant } = classifyUrl(url);
  const page = { url, portal, tenant };
  return pageRequest({ page, verdict, rule, settings, t: shippedTranslate(locale), language: locale });
}

/** What a mail client reads from a mailto: href. */
function readMail(href: string) {
  const url = new URL(href);
  const query = url.search.slice(1).split("&");
  const fields = Object.fromEntries(
    query.map((pair) => [
      pair.slice(0, pair.indexOf("=")),
      decodeURIComponent(pair.slice(pair.indexOf("=") + 1)),
    ]),
  );
  return { to: url.pathname, fields };
}

describe("pageRequest by e-mail", () => {
  it("writes to the partner alone, with the page, URL, portal and tenant", () => {
    const found = request(AZURE_AT_TENANT, "partner", "azure.billing.subscriptions");
    expect(found?.channel).toBe("email");
    const { to, fields } = readMail(found!.href);
    expect(to).toBe("cloud@partner.example");
    expect(Object.keys(fields)).toEqual(["subject", "body"]);
    expect(fields.subject).toBe("Request: Subscriptions (tenant contoso.onmicrosoft.com)");
    expect(fields.body).toBe(
      [
        "Page: Subscriptions",
        `Address: ${AZURE_AT_TENANT}`,
        "Portal: Azure portal",
        "Tenant: contoso.onmicrosoft.com",
        `For your agent, this page in our tenant: ${AZURE_AT_TENANT}`,
        "",
        "",
      ].join("\r\n"),
    );
  });

  it("says when the tenant is not known, and has no agent link then", () => {
    const { fields } = readMail(request(BILLS, "partner", "m365.billing.bills")!.href);
    expect(fields.subject).toBe("Request: Bills & payments");
    expect(fields.body).toContain("Tenant: not known (the page's address does not name it)");
    expect(fields.body).not.toContain("For your agent");
  });

  it("names the policy's customerTenant and links the admin center's delegated form", () => {
    const settings = { ...EMAIL, customerTenant: "contoso.onmicrosoft.com" };
    const { fields } = readMail(request(BILLS, "partner", "m365.billing.bills", settings)!.href);
    expect(fields.subject).toBe("Request: Bills & payments (tenant contoso.onmicrosoft.com)");
    expect(fields.body).toContain(
      "For your agent, this page in our tenant: https://admin.microsoft.com/Adminportal/Home?delegatedOrg=contoso.onmicrosoft.com#/billoverview",
    );
  });

  it("percent-encodes every part: no raw space, &, #, line break or non-ASCII in the href", () => {
    const url = "https://admin.microsoft.com/Adminportal/Home?a=1&b=2#/billoverview";
    for (const locale of ["en", "pl", "ja", "fr"]) {
      const href = request(url, "partner", "m365.billing.bills", EMAIL, locale)!.href;
      expect(href).toMatch(
        /^mailto:cloud@partner\.example\?subject=[A-Za-z0-9%._~-]*&body=[A-Za-z0-9%._~-]*$/,
      );
      expect(readMail(href).fields.body).toContain(`: ${url}`);
    }
  });

  it("writes in the reader's language, non-Latin names included", () => {
    const { fields } = readMail(request(BILLS, "partner", "m365.billing.bills", EMAIL, "ja")!.href);
    expect(fields.subject).toBe("依頼: 請求と支払い");
    const polish = readMail(request(BILLS, "partner", "m365.billing.bills", EMAIL, "pl")!.href);
    expect(polish.fields.subject).toBe("Prośba: Rachunki i płatności");
  });

  it.each([
    ["a second recipient", "a@partner.example,b@evil.example"],
    ["a header", "a@partner.example?cc=b@evil.example"],
    ["nothing", ""],
  ])("has no request when the address holds %s", (_what, partnerEmail) => {
    expect(request(BILLS, "partner", "m365.billing.bills", { ...EMAIL, partnerEmail })).toBeNull();
  });
});

describe("pageRequest on the ticket form", () => {
  const settings = {
    ...EMAIL,
    partnerRequestUrl:
      "https://tickets.partner.example/new?url={url}&page={page}&portal={portal}&tenant={tenant}&verdict={verdict}&rule={rule}&lang={lang}",
  };

  it("fills the template, and wins over the e-mail", () => {
    const found = request(AZURE_AT_TENANT, "partner", "azure.billing.subscriptions", settings);
    expect(found?.channel).toBe("ticket");
    const url = new URL(found!.href);
    expect(url.host).toBe("tickets.partner.example");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      url: AZURE_AT_TENANT,
      page: "Subscriptions",
      portal: "azure-portal",
      tenant: "contoso.onmicrosoft.com",
      verdict: "partner",
      rule: "azure.billing.subscriptions",
      lang: "en",
    });
  });

  it("has no request when the template is refused, rather than an e-mail", () => {
    const refused = { ...settings, partnerRequestUrl: "https://{tenant}.partner.example/" };
    expect(request(BILLS, "partner", "m365.billing.bills", refused)).toBeNull();
  });
});

describe("which pages offer a request", () => {
  it.each([
    ["self-serve", "m365.users"],
    ["info", "m365.health.messages"],
    ["none", ""],
  ] as const)("none on a %s page", (verdict, rule) => {
    expect(request(BILLS, verdict, rule)).toBeNull();
  });

  it("one on a support page", () => {
    const support = "https://admin.microsoft.com/Adminportal/Home#/support";
    expect(readMail(request(support, "support", "m365.support")!.href).fields.subject).toBe(
      "Request: Support",
    );
  });

  it("never throws, whatever the URL", () => {
    for (const url of [
      "",
      "not a url",
      "javascript:alert(1)",
      "https://[::1",
      "https://admin.microsoft.com/%",
    ]) {
      expect(() => request(url, "partner", "m365.billing.bills")).not.toThrow();
    }
  });
});
