import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  NAMED_REQUEST_PAGES,
  PORTAL_NAME_MESSAGES,
  pageNameKey,
  requestPageName,
} from "../../src/request/page-names";
import { offersRequest } from "../../src/request/request-href";
import { CATALOG_RULES } from "../../tools/catalog/catalog-rules";
import { shippedTranslate } from "./locale-translator";

const LOCALES = readdirSync("public/_locales");

describe("request page names", () => {
  it("name every catalog page that offers a request, and no other", () => {
    const offering = Object.values(CATALOG_RULES)
      .flat()
      .filter((rule) => offersRequest(rule.verdict))
      .map((rule) => rule.id)
      .sort();
    expect([...NAMED_REQUEST_PAGES].sort()).toEqual(offering);
  });

  it.each(LOCALES)("are all in %s", (locale) => {
    const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, "utf8"));
    const keys = [
      ...[...NAMED_REQUEST_PAGES].map(pageNameKey),
      ...Object.values(PORTAL_NAME_MESSAGES),
      "requestPage_m365Other",
      "requestPage_azureOther",
    ];
    expect(keys.filter((key) => !messages[key]?.message)).toEqual([]);
  });

  it("falls back to the portal for a custom rule or a keyword fallback", () => {
    const t = shippedTranslate("en");
    expect(requestPageName(t, "m365.billing.bills", "m365-admin")).toBe("Bills & payments");
    expect(requestPageName(t, "my.billing", "azure-portal")).toBe("Azure portal page");
    expect(requestPageName(t, "fallback.partner.billing", "m365-admin")).toBe(
      "Microsoft 365 admin center page",
    );
    expect(requestPageName(shippedTranslate("ja"), "azure.quotas", "azure-portal")).toBe("クォータ");
  });
});
