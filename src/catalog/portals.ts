import { ROUTE_READERS, type RouteReader } from "../classify/canonical-route";
import { RuleIndex } from "../classify/rule-index";
import type { IndexData } from "../classify/rule-index-data";
import { WordTable } from "../classify/word-table";
import { AZURE_PORTAL } from "./azure-portal/azure-portal-portal";
import { AZURE_PORTAL_INDEX_JSON } from "./compiled/azure-portal-index";
import { M365_ADMIN_INDEX_JSON } from "./compiled/m365-admin-index";
import { PORTAL_HOSTS } from "./hosts";
import { M365_ADMIN } from "./m365-admin/m365-admin-portal";
import type { PortalDefinition, PortalId } from "./portal-types";

export type { PortalDefinition, PortalId, PortalRule, TenantRule } from "./portal-types";

export interface PortalInfo {
  readonly id: PortalId;
  /** English display name. */
  readonly name: string;
  /** Hosts the extension runs on; the manifest's content-script matches. */
  readonly hosts: readonly string[];
}

/** A portal's catalog, ready to classify with. */
export interface Portal extends PortalDefinition {
  /** Hosts the extension runs on (hosts.ts). */
  readonly hosts: readonly string[];
  readonly readRoute: RouteReader;
  /**
   * The catalog's rules as compiled at build time (catalog-rules.ts), read on first use: a page builds
   * nothing, and reads only its own portal's.
   */
  readonly catalog: RuleIndex;
}

const COMPILED: Readonly<Record<PortalId, string>> = {
  "m365-admin": M365_ADMIN_INDEX_JSON,
  "azure-portal": AZURE_PORTAL_INDEX_JSON,
};

/** A portal with its catalog, which is read on first use: a page builds nothing, and reads only its own portal's. */
class CompiledPortal implements Portal {
  readonly id: PortalId;
  readonly name: string;
  readonly model: PortalDefinition["model"];
  readonly tenantRules: PortalDefinition["tenantRules"];
  readonly hosts: readonly string[];
  readonly readRoute: RouteReader;
  #catalog: RuleIndex | undefined;

  constructor(portal: PortalDefinition) {
    this.id = portal.id;
    this.name = portal.name;
    this.model = portal.model;
    this.tenantRules = portal.tenantRules;
    this.hosts = PORTAL_HOSTS.filter((entry) => entry.portal === portal.id).map((entry) => entry.host);
    this.readRoute = ROUTE_READERS[portal.id];
  }

  get catalog(): RuleIndex {
    this.#catalog ??= new RuleIndex(JSON.parse(COMPILED[this.id]) as IndexData);
    return this.#catalog;
  }
}

export const PORTAL_DEFINITIONS: readonly Portal[] = [M365_ADMIN, AZURE_PORTAL].map(
  (portal) => new CompiledPortal(portal),
);

export const PORTALS: readonly PortalInfo[] = PORTAL_DEFINITIONS.map(({ id, name, hosts }) => ({
  id,
  name,
  hosts,
}));

/** A host, its portal, and on a shared host the (lowercase) first path segments that are admin pages. */
export type HostEntry = readonly [host: string, portal: Portal, adminPaths: readonly string[] | undefined];

const HOSTS: readonly HostEntry[] = PORTAL_HOSTS.map(({ host, portal, adminPaths }) => [
  host,
  PORTAL_DEFINITIONS.find((definition) => definition.id === portal)!,
  adminPaths && [...new Set(adminPaths.map((path) => path.toLowerCase()))],
]);

const HOST_TABLE = new WordTable(HOSTS.map((entry) => [entry[0], entry] as const));

/** The portal host `text` names from `start` to `end`, with its portal. Compared in place, not hashed. */
export function portalHostAt(text: string, start: number, end: number): HostEntry | undefined {
  return HOST_TABLE.at(text, start, end);
}
