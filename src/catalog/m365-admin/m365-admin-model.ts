import type { UrlText } from "../../classify/canonical-route";
import { WordTable } from "../../classify/word-table";
import { NOT_ADMIN_PATHS } from "../not-admin-paths";
import {
  type AreaVerdict,
  anyOf,
  hasQueryParam,
  pageWordsOf,
  segmentEnd,
  withKeyword,
} from "../portal-model";

/**
 * How the Microsoft 365 admin center's URLs read, for the pages no rule of m365-admin-rules.ts names.
 * The route is the hash (`#/<family>/...`, `#/<family>/:/<page>/...`), after any admin path
 * (`/Adminportal/Home`, `/Commerce/...`). The left-hand navigation's groups are the route families
 * (https://learn.microsoft.com/microsoft-365/admin/admin-overview/admin-center-overview): the Billing
 * group's pages are all listed as rules; Health and Reports are read-only, and so is a report or status
 * page inside another family; Support is support; every other family configures the customer's own
 * tenant.
 */

/**
 * Pages that are not admin tasks: sign-in and error pages on the admin hosts, and the end user's own
 * software page (`/OLS/MySoftware.aspx`, Office licensing service).
 */
const NOT_ADMIN_PAGES = new WordTable(NOT_ADMIN_PATHS["m365-admin"].map((path) => [path, true] as const));
/**
 * Families of read-only status and reports: the Health group (Service health, Windows release health,
 * Message center, Product feedback's survey insights, Software updates:
 * https://learn.microsoft.com/microsoft-365/admin/manage/manage-feedback-product-insights,
 * https://learn.microsoft.com/microsoft-365-apps/updates/software-update-status) and the Reports group
 * (Usage, Adoption Score), https://learn.microsoft.com/microsoft-365/admin/activity-reports/activity-reports.
 */
const INFO_FAMILY_WORDS = [
  "health",
  "messagecenter",
  "report",
  "usage",
  "adoptionscore",
  "auditlog",
  "signinlog",
  "softwareupdate",
  "feedback",
];
const INFO_FAMILY = anyOf(INFO_FAMILY_WORDS);
/**
 * A page of another family that is a report or a status page: a product's usage or readiness report,
 * its health. Read from the page's own names, before any `/:/` (what follows opens a panel over the
 * page, and in Settings a panel names the setting it changes: Org settings > Reports).
 */
const INFO_PAGE_WORDS = ["report", "usage", "health", "readiness", "messagecenter"];
const INFO_PAGE = anyOf(INFO_PAGE_WORDS);
/**
 * A page about what is spent, wherever it sits: Copilot's Billing & usage (`#/copilot/managecost`) sets
 * pay-as-you-go billing policies charged to an Azure subscription, bought through the partner. The
 * partner-keyword guard reads `cost` only at the start of a name; here it may sit inside one.
 */
const COST_PAGE = /cost/;
/** Families whose pages are settings, whatever they are named after. */
const SETTINGS_FAMILIES = new Set(["settings", "orgsettings", "settingsmultipivot"]);
/** Families of support: help, service requests, self-help. */
const SUPPORT_WORDS = ["support", "servicerequest", "selfhelp", "helpcenter"];
const SUPPORT_PAGE = anyOf(SUPPORT_WORDS);
const ROUTE_WORDS = pageWordsOf([...SUPPORT_WORDS, "cost", ...INFO_FAMILY_WORDS, ...INFO_PAGE_WORDS]);

const area = (id: string, verdict: AreaVerdict["verdict"]): AreaVerdict => ({
  area: `m365.area.${id}`,
  verdict,
  keyword: null,
});

const SELF_HELP = area("self-help-search", "support");
const NOT_ADMIN = area("not-an-admin-page", "none");
const SUPPORT = area("support", "support");
const HEALTH_AND_REPORTS = area("health-and-reports", "info");
const COST = area("cost-page", "partner");
const CONFIGURATION = area("configuration", "self-serve");

export function adminArea(route: string, url: UrlText): AreaVerdict {
  // The self-help search opens over any page: https://learn.microsoft.com/microsoft-365/admin/get-help-support
  if (hasQueryParam(url, "searchsolutions")) return SELF_HELP;
  const familyEnd = segmentEnd(route, 0);
  if (NOT_ADMIN_PAGES.at(route, 0, familyEnd)) return NOT_ADMIN;
  // Every segment of an admin route is a page name: ids are `*` by now, `:` separates a page's parts.
  if (!ROUTE_WORDS.test(route)) return CONFIGURATION;
  if (SUPPORT_PAGE.test(route)) return SUPPORT;
  // A page whose names say billing is never read as a cost page or a report: the partner-keyword guard takes it.
  const configuration = withKeyword(CONFIGURATION, route);
  if (configuration !== CONFIGURATION) return configuration;
  const family = route.slice(0, familyEnd);
  const page = pageOf(route);
  if (COST_PAGE.test(page)) return COST;
  if (INFO_FAMILY.test(family)) return HEALTH_AND_REPORTS;
  if (!SETTINGS_FAMILIES.has(family) && INFO_PAGE.test(page)) return HEALTH_AND_REPORTS;
  return CONFIGURATION;
}

/** The page's names: the route before `/:/`, after which a panel opens over the page. */
function pageOf(route: string): string {
  const panel = route.indexOf("/:/");
  return panel === -1 ? route : route.slice(0, panel);
}
