import type { UrlText } from "../../classify/canonical-route";
import { isWord } from "../../classify/route-normalise";
import { WordTable } from "../../classify/word-table";
import type { Verdict } from "../../verdict";
import { NOT_ADMIN_PATHS } from "../not-admin-paths";
import {
  type AreaVerdict,
  anyOf,
  hasQueryParam,
  pageWordsOf,
  segmentEnd,
  segmentsFrom,
  withKeyword,
} from "../portal-model";

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
const PARTNER_EXTENSIONS = [
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
];

/** Extensions of support and diagnostics (Help + support, quotas requested through it). */
const SUPPORT_EXTENSIONS = ["microsoft_azure_support", "microsoft_azure_capacity"];

/** Extensions of read-only status: Service Health and Resource Health, the activity log, emissions. */
const INFO_EXTENSIONS = [
  "microsoft_azure_health",
  "microsoft_azure_activitylog",
  "microsoft_azure_sustainability",
];

/** Resource providers whose resources are bought or billed: billing, reservations, savings plans, SaaS. */
const PARTNER_PROVIDERS = new WordTable(
  [
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
  ].map((provider) => [provider, true] as const),
);

/**
 * A blade of any extension or resource that is a support page: new request, diagnose and solve,
 * troubleshooting, a service's own Help menu item.
 */
const SUPPORT_WORDS = ["supportrequest", "diagnose", "troubleshoot", "helpandsupport", "symptom"];
const SUPPORT_PAGE = new RegExp(`${SUPPORT_WORDS.join("|")}|(?:^|\\/)help(?:$|\\/)`);
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
const INFO_WORDS = [
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
];
const INFO_PAGE = anyOf(INFO_WORDS);
/** A subscription's or resource's blade that is about what it costs or how it is billed. */
const COST_WORDS = ["costanalysis", "costalert", "budget", "invoice", "payment", "billing", "exports"];
const COST_PAGE = anyOf(COST_WORDS);
const PAGE_WORDS = pageWordsOf([...SUPPORT_WORDS, "help", ...INFO_WORDS, ...COST_WORDS]);

const area = (id: string, verdict: Verdict): AreaVerdict => ({
  area: `azure.area.${id}`,
  verdict,
  keyword: null,
});
const SUPPORT_PAGE_AREA = area("support-page", "support");
const INFO_PAGE_AREA = area("log-or-health-page", "info");
const SELF_HELP = area("self-help", "support");
const NOT_ADMIN = area("not-an-admin-page", "none");
const BILLING_EXTENSION = area("billing-extension", "partner");
const SUPPORT_EXTENSION = area("support-extension", "support");
const STATUS_EXTENSION = area("status-extension", "info");
const BROWSE_BILLING_PROVIDER = area("browse.billing-provider", "partner");
const BROWSE_SUBSCRIPTIONS = area("browse.subscriptions", "partner");
const BROWSE_RESOURCE_TYPE = area("browse.resource-type", "self-serve");
const CREATE_SUPPORT_REQUEST = area("create.support-request", "support");
const CREATE_PURCHASE = area("create.purchase", "partner");
const CREATE_FIRST_PARTY = area("create.first-party", "self-serve");
const CREATE_MARKETPLACE_OFFER = area("create.marketplace-offer", "partner");
const RESOURCE_BILLING_PROVIDER = area("resource.billing-provider", "partner");
const RESOURCE_SUBSCRIPTION = area("resource.subscription", "partner");
const RESOURCE_COST_PAGE = area("resource.cost-page", "partner");
const RESOURCE_CONFIGURATION = area("resource.configuration", "self-serve");
const CONFIGURATION_EXTENSION = area("configuration-extension", "self-serve");
const HOME = area("home", "self-serve");
const PORTAL_PAGE = area("portal-page", "self-serve");

/** The area of the extensions whose pages have one, whatever the page. */
const EXTENSION_AREAS = new WordTable<AreaVerdict>([
  ...PARTNER_EXTENSIONS.map((extension) => [extension, BILLING_EXTENSION] as const),
  ...SUPPORT_EXTENSIONS.map((extension) => [extension, SUPPORT_EXTENSION] as const),
  ...INFO_EXTENSIONS.map((extension) => [extension, STATUS_EXTENSION] as const),
]);

/** A page's own kind, read from its names, wherever it is: support, a log, or nothing special. */
function pageKind(names: string): AreaVerdict | null {
  if (names === "") return null;
  if (SUPPORT_PAGE.test(names)) return SUPPORT_PAGE_AREA;
  if (INFO_PAGE.test(names)) return INFO_PAGE_AREA;
  return null;
}

// The areas read a route by where its segments end: each is found once, never by splitting the route.

export function azureArea(route: string, url: UrlText): AreaVerdict {
  if (hasQueryParam(url, "symptomid")) return SUPPORT_PAGE_AREA;
  const headEnd = segmentEnd(route, 0);
  switch (route.slice(0, headEnd)) {
    case "view":
    case "asset":
      return extensionArea(route, headEnd);
    case "resource":
      return resourceArea(route);
    case "browse":
      return providerArea(route, headEnd + 1);
    case "create":
      return createArea(route.slice(headEnd + 1, segmentEnd(route, headEnd + 1)));
    case "selfhelp":
      return SELF_HELP;
    case "":
      // The portal's home, unless a billing flag in the query opens a billing view over it
      // (`/?EaInvoice=true`): a flag's name is read, never its value.
      return withKeyword(HOME, queryNames(url));
    default: {
      const head = route.slice(0, headEnd);
      if (NOT_ADMIN_PATHS["azure-portal"].includes(head)) return NOT_ADMIN;
      return withKeyword(PORTAL_PAGE, head);
    }
  }
}

/** The query's parameter names, before the hash, joined by "/". */
function queryNames({ text: url, firstQuery: query }: UrlText): string {
  const hash = url.indexOf("#");
  if (query === -1 || (hash !== -1 && hash < query)) return "";
  const text = url.slice(query + 1, hash === -1 ? url.length : hash);
  return text
    .split("&")
    .map((pair) => pair.split("=", 1)[0])
    .join("/");
}

/** `view/<extension>/<blade>[/<menu item>][/<param>/<value>]...`; `headEnd`: where `view` ends. */
function extensionArea(route: string, headEnd: number): AreaVerdict {
  let start = Math.min(headEnd + 1, route.length);
  const extensionEnd = segmentEnd(route, start);
  let end = extensionEnd;
  // HubsExtension's generic blades name the extension they show in an `extensionName` parameter.
  if (isWord("hubsextension", route, start, end)) {
    const named = route.indexOf("/extensionname/");
    if (named !== -1) {
      start = named + 15;
      end = segmentEnd(route, start);
    }
  }
  const extension = EXTENSION_AREAS.at(route, start, end);
  if (extension === BILLING_EXTENSION) return extension;
  // Blade params come in name/value pairs; an odd one out after the blade is its menu item.
  let names = "";
  if (extensionEnd < route.length) {
    const bladeEnd = segmentEnd(route, extensionEnd + 1);
    const namesEnd = segmentsFrom(route, bladeEnd + 1) % 2 === 1 ? segmentEnd(route, bladeEnd + 1) : bladeEnd;
    names = route.slice(extensionEnd + 1, namesEnd);
  }
  const plain = !PAGE_WORDS.test(names);
  const kind = plain ? null : pageKind(names);
  if (kind) return kind;
  // Support and status extensions: their pages are support or status unless a page's names say more.
  if (extension !== undefined) return extension;
  const typeAt = route.indexOf("/resourcetype/");
  if (typeAt !== -1) return providerArea(route, typeAt + 14);
  return withKeyword(CONFIGURATION_EXTENSION, names, plain);
}

/** A resource type's list: the namespace at `start` in `route`, then its type. */
function providerArea(route: string, start: number): AreaVerdict {
  const end = segmentEnd(route, Math.min(start, route.length));
  if (PARTNER_PROVIDERS.at(route, start, end)) return BROWSE_BILLING_PROVIDER;
  // `microsoft.resources/subscriptions` and nothing after: the list of subscriptions.
  if (
    isWord("microsoft.resources", route, start, end) &&
    isWord("subscriptions", route, end + 1, route.length)
  )
    return BROWSE_SUBSCRIPTIONS;
  return BROWSE_RESOURCE_TYPE;
}

/** First-party create flows (`Microsoft.*`) configure; any other publisher's offer is a Marketplace purchase. */
function createArea(offer: string): AreaVerdict {
  if (offer.startsWith("microsoft.support")) return CREATE_SUPPORT_REQUEST;
  if (offer.startsWith("microsoft.subscription") || offer.startsWith("microsoft.saas"))
    return CREATE_PURCHASE;
  const dot = offer.indexOf(".");
  if (dot === -1 || offer.slice(0, dot) === "microsoft") return CREATE_FIRST_PARTY;
  return CREATE_MARKETPLACE_OFFER;
}

/**
 * `resource/subscriptions/<id>[/resourceGroups/<name>][/providers/<Namespace>/<type>/<name>...][/<blade>]`,
 * ids and names already `*`. The subscription itself is what is bought; its blades configure it,
 * except those about cost and billing.
 */
function resourceArea(route: string): AreaVerdict {
  const count = segmentsFrom(route, 0);
  const providersAt = route.indexOf("/providers/");
  let blade = "";
  if (providersAt !== -1) {
    const namespaceEnd = segmentEnd(route, providersAt + 11);
    if (PARTNER_PROVIDERS.at(route, providersAt + 11, namespaceEnd)) return RESOURCE_BILLING_PROVIDER;
    // After the namespace, type/name pairs; an odd one out at the end is the blade.
    if (segmentsFrom(route, namespaceEnd + 1) % 2 === 1) blade = route.slice(route.lastIndexOf("/") + 1);
  } else {
    // `resource/` is 9 characters.
    const scopeEnd = segmentEnd(route, 9);
    if (isWord("subscriptions", route, 9, scopeEnd)) {
      if (count === 3) return RESOURCE_SUBSCRIPTION;
      const idEnd = segmentEnd(route, scopeEnd + 1);
      const groupsEnd = segmentEnd(route, idEnd + 1);
      const scoped = isWord("resourcegroups", route, idEnd + 1, groupsEnd);
      if (count > (scoped ? 5 : 3)) {
        const bladeStart = scoped ? segmentEnd(route, groupsEnd + 1) + 1 : idEnd + 1;
        blade = route.slice(bladeStart, segmentEnd(route, bladeStart));
      }
    }
  }
  const plain = !PAGE_WORDS.test(blade);
  const kind = plain ? null : pageKind(blade);
  if (kind) return kind;
  if (!plain && COST_PAGE.test(blade)) return RESOURCE_COST_PAGE;
  if (blade === "overview" && count === 4) return RESOURCE_SUBSCRIPTION;
  return withKeyword(RESOURCE_CONFIGURATION, blade, plain);
}
