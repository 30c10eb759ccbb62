import { builtInRules, type PortalId, portalForHost } from "./portals";
import { keywordVerdict } from "./portals/keyword-fallback";
import type { CanonicalRoute, TenantRule, UrlTail } from "./portals/portal-types";
import { compileRouteGlob } from "./portals/route-glob";
import { decodePercent, isGuid } from "./portals/route-normalise";
import { type IndexedRule, RuleIndex } from "./portals/rule-index";
import { isVerdict, type Verdict } from "./verdict";

export type { PortalId } from "./portals";

/** One custom rule, checked; or why it cannot be used. */
function checkCustomRule(candidate: unknown): { entry: IndexedRule; portal: PortalId | undefined } | string {
  if (typeof candidate !== "object" || candidate === null) return "must be an object";
  const { id, portal, pattern, verdict } = candidate as Record<string, unknown>;
  if (typeof id !== "string" || !CUSTOM_ID.test(id)) {
    return "id must be 1-80 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";
  }
  if (portal !== undefined && (typeof portal !== "string" || !PORTAL_IDS.has(portal))) {
    return 'portal must be "m365-admin" or "azure-portal" (or left out for both)';
  }
  if (!isVerdict(verdict)) return "verdict must be one of partner, self-serve, info, support, none";
  const glob = compileRouteGlob(pattern);
  if (typeof glob === "string") return glob;
  const why = `Custom rule ${id}, set by your organisation.`;
  return { entry: { id, verdict, message: "", why, glob }, portal: portal as PortalId | undefined };
}

export interface Classification {
  verdict: Verdict;
  /** Catalog rule id, custom rule id, or a keyword fallback like `fallback.partner.billing`; null for none. */
  rule: string | null;
  portal: PortalId | null;
  /** Canonical route: what custom rule patterns are matched against. */
  route: string;
  /** Tenant the URL names (domain or id, lowercase), when a tenant rule finds one. */
  tenant: string | null;
  /** Short English note on why. */
  why: string;
}

/** Custom rules compiled by compileCustomRules; opaque to callers. */
export interface CompiledRuleSet {
  readonly byPortal: ReadonlyMap<PortalId, RuleIndex>;
  readonly size: number;
}

export interface CustomRule {
  id: string;
  portal?: PortalId;
  pattern: string;
  verdict: Verdict;
}

// Portal URLs with a long hash (cost analysis views) run to a few kilobytes; nothing we classify is longer.
const MAX_URL_LENGTH = 8192;
const MAX_CUSTOM_RULES = 500;
const CUSTOM_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;
const PORTAL_IDS: ReadonlySet<string> = new Set<PortalId>(["m365-admin", "azure-portal"]);
const TENANT = /^[a-z0-9][a-z0-9.-]{0,252}$/;

function none(
  why: string,
  portal: PortalId | null = null,
  route = "",
  tenant: string | null = null,
): Classification {
  return { verdict: "none", rule: null, portal, route, tenant, why };
}

/**
 * What the page at `url` is, for a CSP customer: `partner`, `self-serve`, `info`, `support` or `none`.
 * Pure and cheap (runs on every route change); never throws, whatever `url` is.
 */
export function classifyUrl(url: string, customRules?: CompiledRuleSet): Classification {
  try {
    return classify(url, customRules);
  } catch {
    return none("This URL could not be read.");
  }
}

function classify(url: string, customRules: CompiledRuleSet | undefined): Classification {
  if (typeof url !== "string") return none("Not a URL.");
  const parsed = splitUrl(url.length > MAX_URL_LENGTH ? url.slice(0, MAX_URL_LENGTH) : url);
  if (!parsed) return none("Not an http(s) URL.");
  const portal = portalForHost(parsed.host);
  if (!portal) return none("Not a page of a supported portal.");
  const canonical = portal.canonicalise(parsed, parsed.host);
  if (!canonical) return none("Not an admin page of this host.");

  const route = canonical.route;
  const tenant = findTenant(portal.tenantRules, canonical, route, parsed.query);
  const found =
    customRules?.byPortal.get(portal.id)?.lookup(canonical.segments) ??
    builtInRules(portal.id).lookup(canonical.segments);
  if (found)
    return { verdict: found.verdict, rule: found.id, portal: portal.id, route, tenant, why: found.why };

  const keyword = keywordVerdict(route);
  if (keyword) {
    return {
      verdict: keyword.verdict,
      rule: `fallback.${keyword.verdict}.${keyword.keyword}`,
      portal: portal.id,
      route,
      tenant,
      why: `Not in the catalog; the route mentions "${keyword.keyword}".`,
    };
  }
  return none("Not in the catalog.", portal.id, route, tenant);
}

interface SplitUrl extends UrlTail {
  host: string;
}

/**
 * Host, path, query and hash of an absolute http(s) URL, lowercased (every part of a canonical route
 * is; one copy of the whole URL is cheaper than lowercasing each part); null for anything else.
 */
function splitUrl(input: string): SplitUrl | null {
  const trimmed =
    input.charCodeAt(0) <= 32 || input.charCodeAt(input.length - 1) <= 32 ? input.trim() : input;
  // "http://" or "https://", any case, without allocating.
  if ((trimmed.charCodeAt(0) | 32) !== 104 || (trimmed.charCodeAt(3) | 32) !== 112) return null;
  const text = trimmed.toLowerCase();
  if (text.charCodeAt(1) !== 116 || text.charCodeAt(2) !== 116) return null;
  let start = 4;
  if (text.charCodeAt(start) === 115) start += 1;
  if (text.charCodeAt(start) !== 58 || text.charCodeAt(start + 1) !== 47 || text.charCodeAt(start + 2) !== 47)
    return null;
  start += 3;

  let end = start;
  let at = -1;
  let colon = -1;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === 47 /* / */ || code === 63 /* ? */ || code === 35 /* # */ || code === 92 /* \ */) break;
    if (code === 64 /* @ */) {
      at = end;
      colon = -1;
    } else if (code === 58 /* : */) colon = end;
    end += 1;
  }
  let host = text.slice(at === -1 ? start : at + 1, colon === -1 ? end : colon);
  if (host.charCodeAt(host.length - 1) === 46 /* . */) host = host.slice(0, -1);
  if (host === "") return null;

  const hashAt = text.indexOf("#", end);
  const stop = hashAt === -1 ? text.length : hashAt;
  let queryAt = text.indexOf("?", end);
  if (queryAt > stop) queryAt = -1;
  let path = text.slice(end, queryAt === -1 ? stop : queryAt);
  if (path.includes("\\")) path = path.replaceAll("\\", "/");
  const query = queryAt === -1 ? "" : text.slice(queryAt + 1, stop);
  const hash = hashAt === -1 ? "" : text.slice(hashAt + 1);
  return { host, path, query, hash };
}

function findTenant(
  rules: readonly TenantRule[],
  canonical: CanonicalRoute,
  route: string,
  query: string,
): string | null {
  for (const tenantRule of rules) {
    let candidate: string | null | undefined = null;
    if (tenantRule.from === "hash-at") candidate = canonical.hashTenant;
    else if (tenantRule.from === "path-segment") {
      const first = canonical.pathSegments[0];
      candidate = first?.startsWith("@")
        ? first.slice(1)
        : first?.includes(".") || (first && isGuid(first))
          ? first
          : null;
    } else if (route === tenantRule.route) candidate = queryParam(query, tenantRule.param);
    if (candidate && TENANT.test(candidate)) return candidate;
  }
  return null;
}

function queryParam(query: string, name: string): string | null {
  for (const pair of query.split("&")) {
    const equals = pair.indexOf("=");
    if (equals !== -1 && pair.slice(0, equals) === name) {
      return decodePercent(pair.slice(equals + 1))
        .trim()
        .toLowerCase();
    }
  }
  return null;
}

/**
 * Compiles partners' custom rules (enterprise policy). Patterns are route globs like the catalog's;
 * custom rules win over the catalog. Never throws: a rule that cannot be used is left out and
 * described in `errors`.
 */
export function compileCustomRules(rules: ReadonlyArray<CustomRule>): {
  compiled: CompiledRuleSet;
  errors: string[];
} {
  const errors: string[] = [];
  const forPortal = new Map<PortalId, IndexedRule[]>([
    ["m365-admin", []],
    ["azure-portal", []],
  ]);
  const list: readonly unknown[] = Array.isArray(rules) ? rules : [];
  if (!Array.isArray(rules)) errors.push("custom rules must be a list");
  if (list.length > MAX_CUSTOM_RULES) errors.push(`only the first ${MAX_CUSTOM_RULES} custom rules are used`);

  list.slice(0, MAX_CUSTOM_RULES).forEach((candidate, position) => {
    const checked = checkCustomRule(candidate);
    if (typeof checked === "string") {
      const id = (candidate as { id?: unknown } | null)?.id;
      const label = typeof id === "string" && id !== "" ? ` (${id.slice(0, 80)})` : "";
      errors.push(`custom rule ${position + 1}${label}: ${checked}`);
      return;
    }
    for (const [portalId, entries] of forPortal) {
      if (checked.portal === undefined || checked.portal === portalId) entries.push(checked.entry);
    }
  });

  const byPortal = new Map<PortalId, RuleIndex>();
  let size = 0;
  for (const [portalId, entries] of forPortal) {
    if (entries.length === 0) continue;
    byPortal.set(portalId, new RuleIndex(entries));
    size += entries.length;
  }
  return { compiled: { byPortal, size }, errors };
}
