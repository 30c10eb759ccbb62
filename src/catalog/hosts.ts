import { NOT_ADMIN_PATHS } from "./not-admin-paths";
import type { PortalId } from "./portal-types";

/**
 * The one list of the hosts the extension runs on. The manifest's content-script matches
 * (tools/build/manifest-for.ts), the classifier's host table (portals.ts) and the README's permission
 * table (with tools/build/host-descriptions.ts) are derived from it, and test/catalog/hosts.test.ts
 * checks that they agree.
 * Why each alias host is matched: docs/catalog.md, "Hosts".
 */
export interface PortalHost {
  readonly host: string;
  readonly portal: PortalId;
  /**
   * On a shared host, the first path segments that are admin pages, as Microsoft spells them (the
   * manifest's match patterns are case-sensitive); every other path there is not an admin page.
   */
  readonly adminPaths?: readonly string[];
}

// GCC High and DoD serve the admin center at /adminportal on hosts that also serve end users' pages.
// https://learn.microsoft.com/office365/servicedescriptions/office-365-platform-service-description/office-365-us-government/gcc-high-and-dod-endpoints
const ADMIN_PORTAL_PATHS = ["adminportal", "AdminPortal", "Adminportal"] as const;

const HOSTS = [
  { host: "admin.microsoft.com", portal: "m365-admin" },
  { host: "admin.cloud.microsoft", portal: "m365-admin" },
  { host: "admin.microsoft.us", portal: "m365-admin" },
  {
    host: "portal.office365.us",
    portal: "m365-admin",
    adminPaths: ADMIN_PORTAL_PATHS,
  },
  {
    host: "portal.apps.mil",
    portal: "m365-admin",
    adminPaths: ADMIN_PORTAL_PATHS,
  },
  {
    // The admin center's former host: still linked from documentation for admin and commerce pages.
    host: "portal.office.com",
    portal: "m365-admin",
    // Partner Center's "admin on behalf of" link signs in through /Partner/BeginClientSession.aspx.
    adminPaths: [...ADMIN_PORTAL_PATHS, "commerce", "Commerce", "Partner", "partner"],
  },
  { host: "portal.azure.com", portal: "azure-portal" },
  { host: "portal.azure.us", portal: "azure-portal" },
  { host: "ms.portal.azure.com", portal: "azure-portal" },
  { host: "preview.portal.azure.com", portal: "azure-portal" },
  { host: "aad.portal.azure.com", portal: "azure-portal" },
  {
    host: "entra.microsoft.com",
    portal: "azure-portal",
  },
  {
    host: "intune.microsoft.com",
    portal: "azure-portal",
  },
] as const satisfies readonly PortalHost[];

export const PORTAL_HOSTS: readonly PortalHost[] = HOSTS;

export type PortalHostName = (typeof HOSTS)[number]["host"];

/** The hosts' names, in the list's order (the settings' hidden-hosts choices). */
export const PORTAL_HOST_NAMES: readonly PortalHostName[] = HOSTS.map((entry) => entry.host);

/** The content-script match patterns for one host. */
export function matchPatternsOf({ host, adminPaths }: PortalHost): string[] {
  return adminPaths === undefined
    ? [`https://${host}/*`]
    : adminPaths.map((path) => `https://${host}/${path}*`);
}

/** Every content-script match pattern, in the list's order. */
export const CONTENT_SCRIPT_MATCHES: readonly string[] =
  /* @__PURE__ */ PORTAL_HOSTS.flatMap(matchPatternsOf);

/**
 * The pages of one host the guide is not injected into: those whose first path segment is one of
 * NOT_ADMIN_PATHS, with or without a query or more path. Match patterns are case-sensitive, so a page
 * spelled otherwise gets the guide, which calls it `none` (the classifier reads any case). A shared
 * host's guide matches only its admin paths, so it needs none of these.
 */
export function exclusionPatternsOf({ host, portal, adminPaths }: PortalHost): string[] {
  if (adminPaths !== undefined) return [];
  return NOT_ADMIN_PATHS[portal].flatMap((path) => [
    `https://${host}/${path}`,
    `https://${host}/${path}?*`,
    `https://${host}/${path}/*`,
  ]);
}

/**
 * Which of our scripts the manifest gives the page at `url`, as matchPatternsOf and exclusionPatternsOf
 * say: the guide, the watcher on a sign-in or error page (content-scripts/not-admin-watch.ts), or none.
 */
export function contentScriptAt(url: string): "guide" | "watcher" | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const entry = PORTAL_HOSTS.find((candidate) => candidate.host === parsed.hostname);
  if (parsed.protocol !== "https:" || parsed.port !== "" || entry === undefined) return null;
  const { pathname } = parsed;
  if (entry.adminPaths !== undefined)
    return entry.adminPaths.some((path) => pathname.startsWith(`/${path}`)) ? "guide" : null;
  return NOT_ADMIN_PATHS[entry.portal].includes(pathname.split("/")[1] ?? "") ? "watcher" : "guide";
}

/** Every content-script exclusion pattern, in the list's order. */
export const CONTENT_SCRIPT_EXCLUSIONS: readonly string[] =
  /* @__PURE__ */ PORTAL_HOSTS.flatMap(exclusionPatternsOf);
