import type { PortalId } from "../classify/classify-url";
import type { Translate } from "../i18n/translate";

/**
 * Catalog rules whose pages a customer asks the partner about (the `partner` and `support` pages),
 * each with its name in public/_locales: `requestPage_` and the rule id with `.` and `-` as `_`. A
 * test holds every such rule of the catalog to be here, and every name to be in every language.
 */
export const NAMED_REQUEST_PAGES: ReadonlySet<string> = new Set([
  "m365.billing.products",
  "m365.billing.licences",
  "m365.billing.bills",
  "m365.billing.payment-methods",
  "m365.billing.accounts",
  "m365.billing.notifications",
  "m365.billing.commerce",
  "m365.marketplace",
  "m365.support",
  "azure.billing.subscriptions",
  "azure.billing.subscription",
  "azure.billing.subscription-create",
  "azure.billing.accounts",
  "azure.billing.cost-management",
  "azure.billing.reservations",
  "azure.advisor.cost",
  "azure.marketplace",
  "azure.support",
  "azure.support.new-request",
  "azure.quotas",
]);

export function pageNameKey(rule: string): string {
  return `requestPage_${rule.replace(/[.-]/g, "_")}`;
}

/** Message key of the portal's name in a request. */
export const PORTAL_NAME_MESSAGES: Readonly<Record<PortalId, string>> = {
  "m365-admin": "requestPortal_m365Admin",
  "azure-portal": "requestPortal_azurePortal",
};

/**
 * The page's name in the reader's language: the catalog page's own, else (a custom rule, a keyword
 * fallback) "a page of" the portal.
 */
export function requestPageName(t: Translate, rule: string | null, portal: PortalId | null): string {
  if (rule !== null && NAMED_REQUEST_PAGES.has(rule)) return t(pageNameKey(rule));
  return t(portal === "azure-portal" ? "requestPage_azureOther" : "requestPage_m365Other");
}
