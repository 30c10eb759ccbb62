import type { Verdict } from "../../verdict";
import { NOT_ADMIN_PATHS } from "../not-admin-paths";
import { type AreaVerdict, anyOf, hasQueryParam, segmentAt, segmentCount } from "../portal-model";

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

/** Extensions of read-only status: Service Health and Resource Health, the activity log, emissions. */
const INFO_EXTENSIONS = new Set([
  "microsoft_azure_health",
  "microsoft_azure_activitylog",
  "microsoft_azure_sustainability",
]);

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

/**
 * A blade of any extension or resource that is a support page: new request, diagnose and solve,
 * troubleshooting, a service's own Help menu item.
 */
const SUPPORT_PAGE = /supportrequest|diagnose|troubleshoot|helpandsupport|symptom|(?:^|\/)help(?:$|\/)/;
/**
 * A blade that is a log, a report or a health status, all read-only: activity, sign-in, audit and
 * provisioning logs (`ProvisioningEvents`), Usage & insights
 * (https://learn.microsoft.com/entra/identity/monitoring-health/concept-usage-insights-report),
 * Identity Protection's risk reports (risky users, sign-ins and workload identities,
 * risk detections: https://learn.microsoft.com/entra/id-protection/howto-identity-protection-investigate-risk),
 * authentication methods' registration details, reports
 * (https://learn.microsoft.com/entra/identity/monitoring-health/overview-monitoring-health), and the
 * Activity log item of a resource's or resource group's menu, whose route says `eventlogs`
 * (https://learn.microsoft.com/azure/azure-monitor/platform/activity-log).
 */
const INFO_PAGE = anyOf([
  "activitylog",
  "eventlogs",
  "signin",
  "audit",
  "provisioninglog",
  "provisioningevent",
  "usageandinsights",
  "riskdetection",
  "risky",
  "registrationdetails",
  "report",
  "resourcehealth",
  "servicehealth",
]);
/** A subscription's or resource's blade that is about what it costs or how it is billed. */
const COST_PAGE = anyOf(["costanalysis", "costalert", "budget", "invoice", "payment", "billing", "exports"]);

const area = (id: string, verdict: Verdict, pageNames = ""): AreaVerdict => ({
  area: `azure.area.${id}`,
  verdict,
  pageNames,
});
const SUPPORT_PAGE_AREA = area("support-page", "support");
const INFO_PAGE_AREA = area("log-or-health-page", "info");

/** A page's own kind, read from its names, wherever it is: support, a log, or nothing special. */
function pageKind(names: string): AreaVerdict | null {
  if (names === "") return null;
  if (SUPPORT_PAGE.test(names)) return SUPPORT_PAGE_AREA;
  if (INFO_PAGE.test(names)) return INFO_PAGE_AREA;
  return null;
}

export function azureArea(route: string, url: string): AreaVerdict {
  if (hasQueryParam(url, "symptomid")) return SUPPORT_PAGE_AREA;
  const head = segmentAt(route, 0);
  switch (head) {
    case "view":
    case "asset":
      return extensionArea(route);
    case "resource":
      return resourceArea(route);
    case "browse":
      return providerArea(segmentAt(route, 1), segmentAt(route, 2), segmentCount(route) - 2, "browse");
    case "create":
      return createArea(segmentAt(route, 1));
    case "selfhelp":
      return area("self-help", "support");
    case "":
      // The portal's home, unless a billing flag in the query opens a billing view over it
      // (`/?EaInvoice=true`): a flag's name is read, never its value.
      return area("home", "self-serve", queryNames(url));
    default:
      if (NOT_ADMIN_PATHS["azure-portal"].includes(head)) return area("not-an-admin-page", "none");
      return area("portal-page", "self-serve", head);
  }
}

/** The query's parameter names, before the hash, joined by "/". */
function queryNames(url: string): string {
  const query = url.indexOf("?");
  const hash = url.indexOf("#");
  if (query === -1 || (hash !== -1 && hash < query)) return "";
  const text = url.slice(query + 1, hash === -1 ? url.length : hash);
  return text
    .split("&")
    .map((pair) => pair.split("=", 1)[0])
    .join("/");
}

function extensionArea(route: string): AreaVerdict {
  // HubsExtension's generic blades name the extension they show in an `extensionName` parameter.
  const named = segmentAt(route, 1) === "hubsextension" ? route.indexOf("/extensionname/") : -1;
  const extension = named === -1 ? segmentAt(route, 1) : segmentAt(route.slice(named + 15), 0);
  if (PARTNER_EXTENSIONS.has(extension)) return area("billing-extension", "partner");
  // Blade params come in name/value pairs; an odd one out after the blade is its menu item.
  const blade = segmentAt(route, 2);
  const names = (segmentCount(route) - 3) % 2 === 1 ? `${blade}/${segmentAt(route, 3)}` : blade;
  const kind = pageKind(names);
  if (kind) return kind;
  if (SUPPORT_EXTENSIONS.has(extension)) return area("support-extension", "support");
  if (INFO_EXTENSIONS.has(extension)) return area("status-extension", "info");
  const typeAt = route.indexOf("/resourcetype/");
  if (typeAt !== -1) {
    const rest = route.slice(typeAt + 14);
    return providerArea(segmentAt(rest, 0), segmentAt(rest, 1), segmentCount(rest) - 1, "browse");
  }
  return area("configuration-extension", "self-serve", names);
}

function providerArea(namespace: string, type: string, types: number, via: string): AreaVerdict {
  if (PARTNER_PROVIDERS.has(namespace)) return area(`${via}.billing-provider`, "partner");
  if (namespace === "microsoft.resources" && type === "subscriptions" && types === 1)
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
function resourceArea(route: string): AreaVerdict {
  const count = segmentCount(route);
  const providersAt = route.indexOf("/providers/");
  let blade = "";
  if (providersAt !== -1) {
    const rest = route.slice(providersAt + 11);
    if (PARTNER_PROVIDERS.has(segmentAt(rest, 0))) return area("resource.billing-provider", "partner");
    // After the namespace, type/name pairs; an odd one out at the end is the blade.
    if ((segmentCount(rest) - 1) % 2 === 1) blade = route.slice(route.lastIndexOf("/") + 1);
  } else if (segmentAt(route, 1) === "subscriptions") {
    const scoped = segmentAt(route, 3) === "resourcegroups" ? 5 : 3;
    if (count === 3) return area("resource.subscription", "partner");
    if (count > scoped) blade = segmentAt(route, scoped);
  }
  const kind = pageKind(blade);
  if (kind) return kind;
  if (blade !== "" && COST_PAGE.test(blade)) return area("resource.cost-page", "partner");
  if (blade === "overview" && count === 4) return area("resource.subscription", "partner");
  return area("resource.configuration", "self-serve", blade);
}
