import { PORTAL_HOSTS } from "../../src/catalog/hosts";
import type { Portal } from "../../src/catalog/portals";
import { hashTenantOf, isAdminPath } from "../../src/classify/canonical-route";
import { canonicalRoute } from "../../src/classify/route-normalise";

/** The raw pieces of a URL after the host, as written (route readers take them lowercased). */
export interface UrlTail {
  readonly path: string;
  readonly query: string;
  readonly hash: string;
}

/** A URL's canonical route, spelled out for tools and tests (classification reads only the route). */
export interface CanonicalRoute {
  /** Decoded, lowercased, non-empty segments; ids and names replaced by `*`. */
  readonly segments: readonly string[];
  /** The segments joined by "/". */
  readonly route: string;
  /** Decoded, lowercased path segments as written (tenant detection reads the first). */
  readonly pathSegments: readonly string[];
  /** The `@tenant` prefix of the hash, when the portal has one. */
  readonly hashTenant: string | null;
}

const split = (route: string) => (route === "" ? [] : route.split("/"));

/** Canonical route of a URL on `portal`, spelled out; null when the URL is not a page of it. */
export function canonicalise(portal: Portal, tail: UrlTail, host: string): CanonicalRoute | null {
  const path = tail.path.toLowerCase().replaceAll("\\", "/");
  const query = tail.query.toLowerCase();
  const text = `${path}?${query}#${tail.hash.toLowerCase()}`;
  const hashStart = path.length + query.length + 2;
  const hashQuery = text.indexOf("?", hashStart) === -1 ? text.length : text.indexOf("?", hashStart);
  const queryStart = query === "" ? -1 : path.length + 1;
  const queryEnd = query === "" ? -1 : hashStart - 1;
  const url = {
    text,
    hashStart,
    hashQuery,
    firstQuery: path.length,
    pathText: text,
    pathStart: 0,
    pathEnd: path.length,
  };
  const lowerHost = host.toLowerCase();
  const scope = PORTAL_HOSTS.find((entry) => entry.host === lowerHost)?.adminPaths;
  const read = { ...url, queryStart, queryEnd, host: lowerHost };
  if (scope !== undefined && !isAdminPath(read, [...new Set(scope.map((first) => first.toLowerCase()))]))
    return null;
  const route = portal.readRoute(read);
  if (route === null) return null;
  const pathSegments = split(canonicalRoute(text, false, 0, path.length));
  const hasHashTenant = portal.tenantRules.some((rule) => rule.from === "hash-at");
  const hashTenant = hasHashTenant ? hashTenantOf(text, hashStart) : null;
  return { segments: split(route), route, pathSegments, hashTenant };
}
