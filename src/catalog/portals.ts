import { hashTenantOf, isAdminPath, ROUTE_READERS, type RouteReader } from "../classify/canonical-route";
import { compileRouteGlob } from "../classify/route-glob";
import { canonicalRoute, hasAt } from "../classify/route-normalise";
import { type IndexedRule, RuleIndex } from "../classify/rule-index";
import { AZURE_PORTAL } from "./azure-portal/azure-portal-rules";
import { PORTAL_HOSTS } from "./hosts";
import { M365_ADMIN } from "./m365-admin/m365-admin-rules";
import type { CanonicalRoute, PortalDefinition, PortalId, PortalRule, UrlTail } from "./portal-types";

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
  /** The catalog's rules, compiled on first use: a page of one portal never compiles the other's. */
  readonly catalog: RuleIndex;
  /** Canonical route of a URL on this portal, spelled out for tools and tests; null when not a page of it. */
  canonicalise(tail: UrlTail, host: string): CanonicalRoute | null;
}

/** What classifyUrl says of a catalog page; the rule's own note is in rule-notes.ts. */
export const CATALOG_WHY = "In the page catalog.";

/** Compiles catalog entries into an index; a bad built-in pattern is a programming error. */
export function indexRules(rules: readonly PortalRule[]): RuleIndex {
  const indexed: IndexedRule[] = [];
  const why = CATALOG_WHY;
  for (const { id, verdict, patterns, stands = false } of rules) {
    for (const pattern of patterns) {
      const glob = compileRouteGlob(pattern);
      if (typeof glob === "string") throw new Error(`catalog rule ${id}: ${glob}`);
      indexed.push({ id, verdict, why, glob, stands });
    }
  }
  return new RuleIndex(indexed);
}

export const PORTAL_DEFINITIONS: readonly Portal[] = [M365_ADMIN, AZURE_PORTAL].map((portal) => {
  const readRoute = ROUTE_READERS[portal.id];
  const hasHashTenant = portal.tenantRules.some((rule) => rule.from === "hash-at");
  const split = (route: string) => (route === "" ? [] : route.split("/"));
  let catalog: RuleIndex | undefined;
  return {
    ...portal,
    hosts: PORTAL_HOSTS.filter((entry) => entry.portal === portal.id).map((entry) => entry.host),
    readRoute,
    get catalog(): RuleIndex {
      catalog ??= indexRules(portal.rules);
      return catalog;
    },
    canonicalise(tail: UrlTail, host: string): CanonicalRoute | null {
      const path = tail.path.toLowerCase().replaceAll("\\", "/");
      const query = tail.query.toLowerCase();
      const text = `${path}?${query}#${tail.hash.toLowerCase()}`;
      const hashStart = path.length + query.length + 2;
      const hashQuery = text.indexOf("?", hashStart) === -1 ? text.length : text.indexOf("?", hashStart);
      const queryStart = query === "" ? -1 : path.length + 1;
      const queryEnd = query === "" ? -1 : hashStart - 1;
      const url = { text, hashStart, hashQuery, pathText: text, pathStart: 0, pathEnd: path.length };
      const scope = hostScope(host.toLowerCase());
      const read = { ...url, queryStart, queryEnd, host: host.toLowerCase() };
      if (scope !== undefined && !isAdminPath(read, scope)) return null;
      const route = readRoute(read);
      if (route === null) return null;
      const pathSegments = split(canonicalRoute(text, false, 0, path.length));
      const hashTenant = hasHashTenant ? hashTenantOf(text, hashStart) : null;
      return { segments: split(route), route, pathSegments, hashTenant };
    },
  };
});

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

function hostScope(host: string): readonly string[] | undefined {
  return HOSTS.find((entry) => entry[0] === host)?.[2];
}

/** The portal host `text` names from `start` to `end`, with its portal. Compared in place, not hashed. */
export function portalHostAt(text: string, start: number, end: number): HostEntry | undefined {
  for (const entry of HOSTS)
    if (entry[0].length === end - start && hasAt(text, entry[0], start)) return entry;
  return undefined;
}

/** The catalog entry with this id, for tools and the banner's message key. */
export function findRule(id: string): (PortalRule & { portal: PortalId }) | undefined {
  for (const portal of PORTAL_DEFINITIONS) {
    const found = portal.rules.find((entry) => entry.id === id);
    if (found) return { ...found, portal: portal.id };
  }
  return undefined;
}
