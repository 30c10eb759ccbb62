import type { PortalId } from "./portal-types";

/**
 * The one list of the hosts the extension runs on. The manifest's content-script matches
 * (tools/build/manifest-for.ts), the classifier's host table (portals.ts) and the README's permission
 * table are derived from it, and test/catalog/hosts.test.ts checks that they agree.
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
  /** The README permission table's "why" cell. */
  readonly about: string;
}

// GCC High and DoD serve the admin center at /adminportal on hosts that also serve end users' pages.
// https://learn.microsoft.com/office365/servicedescriptions/office-365-platform-service-description/office-365-us-government/gcc-high-and-dod-endpoints
const ADMIN_PORTAL_PATHS = ["adminportal", "AdminPortal", "Adminportal"] as const;

const HOSTS = [
  { host: "admin.microsoft.com", portal: "m365-admin", about: "Microsoft 365 admin center" },
  { host: "admin.cloud.microsoft", portal: "m365-admin", about: "Microsoft 365 admin center (new domain)" },
  {
    host: "admin.microsoft.us",
    portal: "m365-admin",
    about: "Microsoft 365 admin center, US Government clouds",
  },
  {
    host: "portal.office365.us",
    portal: "m365-admin",
    adminPaths: ADMIN_PORTAL_PATHS,
    about: "Microsoft 365 admin center, GCC High (its admin paths only)",
  },
  {
    host: "portal.apps.mil",
    portal: "m365-admin",
    adminPaths: ADMIN_PORTAL_PATHS,
    about: "Microsoft 365 admin center, DoD (its admin paths only)",
  },
  {
    // The admin center's former host: still linked from documentation for admin and commerce pages.
    host: "portal.office.com",
    portal: "m365-admin",
    // Partner Center's "admin on behalf of" link signs in through /Partner/BeginClientSession.aspx.
    adminPaths: [...ADMIN_PORTAL_PATHS, "commerce", "Commerce", "Partner", "partner"],
    about: "Microsoft 365 admin center, former host (its admin, commerce and partner sign-in paths only)",
  },
  { host: "portal.azure.com", portal: "azure-portal", about: "Azure portal" },
  { host: "portal.azure.us", portal: "azure-portal", about: "Azure portal, Azure Government" },
  { host: "ms.portal.azure.com", portal: "azure-portal", about: "Azure portal (Microsoft tenant's host)" },
  { host: "preview.portal.azure.com", portal: "azure-portal", about: "Azure portal, preview" },
  { host: "aad.portal.azure.com", portal: "azure-portal", about: "Azure portal, former Azure AD host" },
  {
    host: "entra.microsoft.com",
    portal: "azure-portal",
    about: "Microsoft Entra admin center (built on the Azure portal)",
  },
  {
    host: "intune.microsoft.com",
    portal: "azure-portal",
    about: "Microsoft Intune admin center (built on the Azure portal)",
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
export const CONTENT_SCRIPT_MATCHES: readonly string[] = PORTAL_HOSTS.flatMap(matchPatternsOf);
