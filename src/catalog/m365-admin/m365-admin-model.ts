import { type AreaVerdict, hasQueryParam, namesContain } from "../portal-model";

/**
 * How the Microsoft 365 admin center's URLs read, for the pages no rule of m365-admin-rules.ts names.
 * The route is the hash (`#/<family>/...`, `#/<family>/:/<page>/...`), after any admin path
 * (`/Adminportal/Home`, `/Commerce/...`). The left-hand navigation's groups are the route families
 * (https://learn.microsoft.com/microsoft-365/admin/admin-overview/admin-center-overview): the Billing
 * group's pages are all listed as rules; Health and Reports are read-only; Support is support; every
 * other family configures the customer's own tenant.
 */

/** Pages that are not admin tasks: sign-in and error pages on the admin hosts. */
const NOT_ADMIN_PAGES = new Set(["login", "logout", "signin", "signout", "error", "errorpage"]);
/** Families of read-only status and reports. */
const INFO_WORDS = ["health", "messagecenter", "report", "usage", "adoptionscore", "auditlog", "signinlog"];
/** Families of support: help, service requests, self-help. */
const SUPPORT_WORDS = ["support", "servicerequest", "selfhelp", "helpcenter"];

const area = (
  id: string,
  verdict: AreaVerdict["verdict"],
  pageNames: readonly string[] = [],
): AreaVerdict => ({
  area: `m365.area.${id}`,
  verdict,
  pageNames,
});

export function adminArea(route: string, url: string): AreaVerdict {
  // The self-help search opens over any page: https://learn.microsoft.com/microsoft-365/admin/get-help-support
  if (hasQueryParam(url, "searchsolutions")) return area("self-help-search", "support");
  const names = route === "" ? [] : route.split("/").filter((name) => name !== "*" && name !== ":");
  const family = names[0] ?? "";
  if (NOT_ADMIN_PAGES.has(family)) return area("not-an-admin-page", "none");
  if (namesContain(names, SUPPORT_WORDS)) return area("support", "support");
  if (namesContain([family], INFO_WORDS)) return area("health-and-reports", "info");
  return area("configuration", "self-serve", names);
}
