import type { Verdict } from "../../verdict";
import { type AreaVerdict, hasQueryParam, namesContain } from "../portal-model";

/**
 * How the Azure portal's URLs read, for the pages no rule of azure-portal-rules.ts names.
 *
 * The hash says what the page is (https://learn.microsoft.com/azure/azure-portal/azure-portal-dashboards
 * and the portal's deep links, https://learn.microsoft.com/azure/azure-portal/azure-portal-add-remove-sort-favorites):
 *   view/<Extension>/<Blade>[/<menu item>][/<param>/<value>]...   (older links: blade/...; asset/<Extension>/<type>/<id>)
 *   resource/<resource id>[/<blade>]     a resource id read by structure: subscriptions/<id>,
 *                                        resourceGroups/<name>, providers/<Namespace>/<type>/<name>...
 *   browse/<Namespace>/<type>            a resource type's list
 *   create/<publisher>.<offer>[...]      a create flow: Microsoft.* first-party, anything else Marketplace
 *   selfhelp/...                         the portal's self-help pages, a path
 * The extension (the portal module that serves a blade) is the first signal: a few are billing,
 * support or read-only status; everything else in the portal configures the customer's own tenant.
 */

/** Extensions that sell, bill or manage what is bought (Cost Management + Billing, Marketplace). */
const PARTNER_EXTENSIONS = new Set([
  "microsoft_azure_billing",
  "microsoft_azure_gtm",
  "microsoft_azure_costmanagement",
  "microsoft_azure_reservations",
  "microsoft_azure_marketplace",
  "microsoft_azure_marketplacemanagement",
  "microsoft_azure_subscriptionmanagement",
  "microsoft_azure_billingbenefits",
  "microsoft_azure_ecm",
  "microsoft_azure_commerce",
]);

/** Extensions of support and diagnostics (Help + support, quotas requested through it). */
const SUPPORT_EXTENSIONS = new Set(["microsoft_azure_support", "microsoft_azure_capacity"]);

/** Extensions of read-only status: Service Health and Resource Health, the activity log. */
const INFO_EXTENSIONS = new Set(["microsoft_azure_health", "microsoft_azure_activitylog"]);

/** Resource providers whose resources are bought or billed: billing, reservations, savings plans, SaaS. */
const PARTNER_PROVIDERS = new Set([
  "microsoft.billing",
  "microsoft.capacity",
  "microsoft.billingbenefits",
  "microsoft.saas",
  "microsoft.costmanagement",
  "microsoft.consumption",
  "microsoft.subscription",
  "microsoft.commerce",
  "microsoft.marketplace",
  "microsoft.marketplaceordering",
]);

/** A blade of any extension or resource that is a support page: new request, diagnose and solve. */
const SUPPORT_PAGE_WORDS = ["supportrequest", "diagnose", "troubleshoot", "helpandsupport", "symptom"];
/** A blade that is a log or a health status: logs are read-only records. */
const INFO_PAGE_WORDS = [
  "activitylog",
  "signin",
  "auditlog",
  "provisioninglog",
  "resourcehealth",
  "servicehealth",
];
/** A subscription's or resource's blade that is about what it costs or how it is billed. */
const COST_PAGE_WORDS = ["costanalysis", "costalert", "budget", "invoice", "payment", "billing", "exports"];

const area = (id: string, verdict: Verdict, pageNames: readonly string[] = []): AreaVerdict => ({
  area: `azure.area.${id}`,
  verdict,
  pageNames,
});

/** A page's own kind, read from its names, wherever it is: support, a log, or nothing special. */
function pageKind(names: readonly string[]): AreaVerdict | null {
  if (namesContain(names, SUPPORT_PAGE_WORDS)) return area("support-page", "support");
  if (namesContain(names, INFO_PAGE_WORDS)) return area("log-or-health-page", "info");
  return null;
}

export function azureArea(route: string, url: string): AreaVerdict {
  if (hasQueryParam(url, "symptomid")) return area("support-page", "support");
  const segments = route === "" ? [] : route.split("/");
  const head = segments[0] ?? "";
  switch (head) {
    case "view":
    case "asset":
      return extensionArea(segments);
    case "resource":
      return resourceArea(segments);
    case "browse":
      return providerArea(segments[1] ?? "", segments.slice(2), "browse");
    case "create":
      return createArea(segments[1] ?? "");
    case "selfhelp":
      return area("self-help", "support");
    case "signin":
    case "error":
      return area("not-an-admin-page", "none");
    default:
      return area("portal-page", "self-serve", segments.slice(0, 1));
  }
}

function extensionArea(segments: readonly string[]): AreaVerdict {
  const extension = segments[1] ?? "";
  // Blade params come in name/value pairs; an odd one out after the blade is its menu item.
  const names = [segments[2] ?? "", (segments.length - 3) % 2 === 1 ? segments[3]! : ""];
  if (PARTNER_EXTENSIONS.has(extension)) return area("billing-extension", "partner");
  const kind = pageKind(names);
  if (kind) return kind;
  if (SUPPORT_EXTENSIONS.has(extension)) return area("support-extension", "support");
  if (INFO_EXTENSIONS.has(extension)) return area("status-extension", "info");
  const typeAt = segments.indexOf("resourcetype");
  if (typeAt !== -1) return providerArea(segments[typeAt + 1] ?? "", segments.slice(typeAt + 2), "browse");
  return area("configuration-extension", "self-serve", names);
}

function providerArea(namespace: string, rest: readonly string[], via: string): AreaVerdict {
  if (PARTNER_PROVIDERS.has(namespace)) return area(`${via}.billing-provider`, "partner");
  if (namespace === "microsoft.resources" && rest[0] === "subscriptions" && rest.length === 1)
    return area(`${via}.subscriptions`, "partner");
  return area(`${via}.resource-type`, "self-serve");
}

/** First-party create flows (`Microsoft.*`) configure; any other publisher's offer is a Marketplace purchase. */
function createArea(offer: string): AreaVerdict {
  if (offer.startsWith("microsoft.support")) return area("create.support-request", "support");
  if (offer.startsWith("microsoft.subscription") || offer.startsWith("microsoft.saas"))
    return area("create.purchase", "partner");
  const dot = offer.indexOf(".");
  if (dot === -1 || offer.slice(0, dot) === "microsoft") return area("create.first-party", "self-serve");
  return area("create.marketplace-offer", "partner");
}

/**
 * `resource/subscriptions/<id>[/resourceGroups/<name>][/providers/<Namespace>/<type>/<name>...][/<blade>]`,
 * ids and names already `*`. The subscription itself is what is bought; its blades configure it,
 * except those about cost and billing.
 */
function resourceArea(segments: readonly string[]): AreaVerdict {
  const providersAt = segments.indexOf("providers");
  let blade = "";
  if (providersAt !== -1) {
    const namespace = segments[providersAt + 1] ?? "";
    const typed = segments.length - providersAt - 2;
    if (typed % 2 === 1) blade = segments[segments.length - 1]!;
    if (PARTNER_PROVIDERS.has(namespace)) return area("resource.billing-provider", "partner");
  } else if (segments[1] === "subscriptions") {
    const scoped = segments[3] === "resourcegroups" ? 5 : 3;
    if (segments.length === 3) return area("resource.subscription", "partner");
    if (segments.length > scoped) blade = segments[scoped]!;
  }
  const names = blade === "" ? [] : [blade];
  const kind = pageKind(names);
  if (kind) return kind;
  if (namesContain(names, COST_PAGE_WORDS)) return area("resource.cost-page", "partner");
  if (blade === "overview" && segments.length === 4) return area("resource.subscription", "partner");
  return area("resource.configuration", "self-serve", names);
}
