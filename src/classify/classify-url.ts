import type { TenantRule } from "../catalog/portal-types";
import { PORTAL_DEFINITIONS, type Portal, type PortalId, portalHostAt } from "../catalog/portals";
import { isVerdict, type Verdict } from "../verdict";
import { hashTenantOf, isAdminPath, queryValueAt, type UrlText } from "./canonical-route";
import type { Reason } from "./reason";
import { compileRouteGlob } from "./route-glob";
import { canonicalRoute, isGuid } from "./route-normalise";
import { type FoundRule, type IndexedRule, RuleIndex } from "./rule-index";
import { type IndexData, withPreferredRules } from "./rule-index-data";

export type { PortalId } from "../catalog/portals";

/** Why a custom rule cannot be used; worded for people in custom-rule-problems.ts, not here. */
export type CustomRuleFault =
  | { readonly fault: "not-object" | "id" | "portal" | "verdict" }
  | { readonly fault: "pattern"; readonly detail: string };

/** One custom rule, checked: ready to index, or its fault. */
export function readCustomRule(
  candidate: unknown,
): { entry: IndexedRule; portal: PortalId | undefined } | CustomRuleFault {
  if (typeof candidate !== "object" || candidate === null) return { fault: "not-object" };
  const { id, portal, pattern, verdict } = candidate as Record<string, unknown>;
  if (typeof id !== "string" || !CUSTOM_ID.test(id)) return { fault: "id" };
  if (portal !== undefined && (typeof portal !== "string" || !PORTAL_IDS.has(portal)))
    return { fault: "portal" };
  if (!isVerdict(verdict)) return { fault: "verdict" };
  const glob = compileRouteGlob(pattern);
  if (typeof glob === "string") return { fault: "pattern", detail: glob };
  // Who set it (the organisation or the user) is known only where the settings were read.
  const why = `Custom rule ${id}.`;
  const entry: IndexedRule = { id, verdict, why, glob, stands: true };
  return { entry, portal: portal as PortalId | undefined };
}

export interface Classification {
  verdict: Verdict;
  /**
   * Catalog rule id, custom rule id, area id like `azure.area.billing-extension`, or a keyword
   * guard like `keyword.partner.billing`; null when the URL is no portal page.
   */
  rule: string | null;
  /** How the verdict was reached; null when the URL is no portal page. */
  reason: Reason | null;
  portal: PortalId | null;
  /** Canonical route: what custom rule patterns are matched against. */
  route: string;
  /** Tenant the URL names (domain or id, lowercase), when a tenant rule finds one. */
  tenant: string | null;
  /** Short English note on why. */
  why: string;
}

/** Custom rules compiled by compileUsableRules, each portal's with its catalog; opaque to callers. */
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
export const MAX_CUSTOM_RULES = 500;
const CUSTOM_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;
const PORTAL_IDS: ReadonlySet<string> = new Set<PortalId>(["m365-admin", "azure-portal"]);
// A domain name or tenant id, at most 253 characters (checked apart: a bounded repeat runs slower).
const TENANT = /^[a-z0-9][a-z0-9.-]*$/;

function none(
  why: string,
  portal: PortalId | null = null,
  route = "",
  tenant: string | null = null,
): Classification {
  return { verdict: "none", rule: null, reason: null, portal, route, tenant, why };
}

/**
 * What the page at `url` is, for a CSP customer: `partner`, `self-serve`, `info`, `support` or `none`.
 * Pure and cheap (runs on every route change); never throws, whatever `url` is.
 */
export function classifyUrl(url: string, customRules?: CompiledRuleSet): Classification {
  try {
    return classify(url, customRules);
  } catch {
    // Custom rules' indexes come from storage: a damaged one leaves the catalog's verdict.
    return customRules === undefined ? none("This URL could not be read.") : classifyUrl(url);
  }
}

function classify(url: string, customRules: CompiledRuleSet | undefined): Classification {
  if (typeof url !== "string") return none("Not a URL.");
  const parsed = splitUrl(url.length > MAX_URL_LENGTH ? url.slice(0, MAX_URL_LENGTH) : url);
  if (!parsed) return none("Not an http(s) URL.");
  const portal = parsed.portal;
  if (!portal) return none("Not a page of a supported portal.");
  if (parsed.adminPaths !== undefined && !isAdminPath(parsed, parsed.adminPaths))
    return none("Not an admin page of this host.");
  const rules = customRules?.byPortal.get(portal.id) ?? portal.catalog;
  const route = portal.readRoute(parsed, rules.walk());
  if (route === null) return none("Not an admin page of this host.");

  const tenant = findTenant(portal.tenantRules, route, parsed);
  const found = rules.lookup(route, true);
  // A rule's partner, info or support page stands, and so does a partner's custom rule. A self-serve
  // verdict, from a rule or an area, gives way to what the page's own names or the resource's
  // provider say (a support blade inside Entra, a log, a reservation), then to the partner-keyword
  // guard on the page's names.
  if (found && (found.verdict !== "self-serve" || found.stands)) return byRule(found, portal, route, tenant);
  const area = portal.model.area(route, parsed);
  if (area.verdict === "self-serve") {
    const { keyword } = area;
    if (keyword !== null) {
      const why = `Its name says "${keyword}": taken for a billing page.`;
      const rule = `keyword.partner.${keyword}`;
      return { verdict: "partner", rule, reason: "keyword", portal: portal.id, route, tenant, why };
    }
    if (found) return byRule(found, portal, route, tenant);
  }
  const why = `Not a listed page; the default of its area (${area.area}).`;
  const { verdict } = area;
  return { verdict, rule: area.area, reason: "area default", portal: portal.id, route, tenant, why };
}

function byRule(found: FoundRule, portal: Portal, route: string, tenant: string | null): Classification {
  const { verdict, id, why } = found;
  return { verdict, rule: id, reason: "rule", portal: portal.id, route, tenant, why };
}

interface SplitUrl extends UrlText {
  /** The portal the host serves, if any. */
  readonly portal: Portal | undefined;
  /** On a shared host, the first path segments that are admin pages. */
  readonly adminPaths: readonly string[] | undefined;
}

/**
 * An absolute http(s) URL, lowercased (every part of a canonical route is; one copy of the whole URL
 * is cheaper than lowercasing each part), with where its parts are; null for anything else.
 */
function splitUrl(input: string): SplitUrl | null {
  const trimmed =
    input.charCodeAt(0) <= 32 || input.charCodeAt(input.length - 1) <= 32 ? input.trim() : input;
  // "http://" or "https://", any case, without allocating.
  if ((trimmed.charCodeAt(0) | 32) !== 104 || (trimmed.charCodeAt(3) | 32) !== 112) return null;
  const text = trimmed.toLowerCase();
  if (text.charCodeAt(1) !== 116 || text.charCodeAt(2) !== 116) return null;
  let start = text.charCodeAt(4) === 115 /* s */ ? 5 : 4;
  if (text.charCodeAt(start) !== 58 || text.charCodeAt(start + 1) !== 47 || text.charCodeAt(start + 2) !== 47)
    return null;
  start += 3;

  // Almost always the host is a portal's, alone up to the first "/"; else read userinfo@host:port.
  let end = text.indexOf("/", start);
  let known = end === -1 ? undefined : portalHostAt(text, start, end);
  if (known === undefined) {
    end = text.length;
    for (const delimiter of AUTHORITY_ENDS) {
      const at = text.indexOf(delimiter, start);
      if (at !== -1 && at < end) end = at;
    }
    for (let at = text.indexOf("@", start); at !== -1 && at < end; at = text.indexOf("@", at + 1))
      start = at + 1;
    let hostEnd = end;
    for (let at = text.indexOf(":", start); at !== -1 && at < end; at = text.indexOf(":", at + 1))
      hostEnd = at;
    if (hostEnd > start && text.charCodeAt(hostEnd - 1) === 46 /* . */) hostEnd -= 1;
    if (hostEnd === start) return null;
    known = portalHostAt(text, start, hostEnd);
  }

  const hashAt = text.indexOf("#", end);
  const stop = hashAt === -1 ? text.length : hashAt;
  // Two "#" in one URL (a link copied from a page that had one): the page is the last hash's.
  const lastHash = hashAt === -1 || text.indexOf("#", hashAt + 1) === -1 ? hashAt : text.lastIndexOf("#");
  const pageHash = lastHash > hashAt && lastHash < text.length - 1 ? lastHash : hashAt;
  // The first "?": the path's query, or (after the "#") the hash's.
  const queryAt = text.indexOf("?", end);
  const pathEnd = queryAt === -1 || queryAt > stop ? stop : queryAt;
  // A "\\" in the path is read as "/", as browsers do.
  const pathText = hasBackslash(text, end, pathEnd) ? text.slice(end, pathEnd).replaceAll("\\", "/") : text;
  return {
    portal: known?.[1],
    host: known?.[0] ?? "",
    adminPaths: known?.[2],
    text,
    hashStart: hashAt === -1 ? text.length : pageHash + 1,
    hashQuery:
      hashAt === -1
        ? text.length
        : queryAt > pageHash || queryAt === -1
          ? firstOr(queryAt, text.length)
          : firstOr(text.indexOf("?", pageHash), text.length),
    firstQuery: queryAt,
    pathText,
    pathStart: pathText === text ? end : 0,
    pathEnd: pathText === text ? pathEnd : pathText.length,
    queryStart: pathEnd === stop ? -1 : queryAt + 1,
    queryEnd: pathEnd === stop ? -1 : stop,
  };
}

/**
 * Whether `text` has a "\\" from `start` to `end`. A short path is read in a loop; past a few
 * characters a native search, which runs on to the URL's end, costs less.
 */
function hasBackslash(text: string, start: number, end: number): boolean {
  if (end - start > 8) {
    const at = text.indexOf("\\", start);
    return at !== -1 && at < end;
  }
  for (let at = start + 1; at < end; at += 1) if (text.charCodeAt(at) === 92) return true;
  return false;
}

/** `at` (an indexOf result) or, when -1, `otherwise`. */
function firstOr(at: number, otherwise: number): number {
  return at === -1 ? otherwise : at;
}

const AUTHORITY_ENDS = ["/", "?", "#", "\\"];

function findTenant(rules: readonly TenantRule[], route: string, url: SplitUrl): string | null {
  for (let index = 0; index < rules.length; index += 1) {
    const tenantRule = rules[index]!;
    let candidate: string | null = null;
    if (tenantRule.from === "hash-at") candidate = hashTenantOf(url.text, url.hashStart);
    else if (tenantRule.from === "path-segment") {
      const { pathText, pathStart, pathEnd } = url;
      const first = pathEnd - pathStart > 1 ? canonicalRoute(pathText, false, pathStart, pathEnd, 1) : "";
      if (first === "") continue;
      if (first.charCodeAt(0) === 64 /* @ */) candidate = first.slice(1);
      else if (first.includes(".") || isGuid(first)) candidate = first;
    } else if (route === tenantRule.route && url.queryStart !== -1)
      candidate = queryValueAt(url.text, url.queryStart, url.queryEnd, tenantRule.param)?.trim() ?? null;
    if (candidate && candidate.length <= 253 && TENANT.test(candidate)) return candidate;
  }
  return null;
}

/**
 * Compiles partners' custom rules (enterprise policy). Patterns are route globs like the catalog's;
 * custom rules win over the catalog. Never throws: a rule that cannot be used is left out (the
 * validator has already said why: custom-rule-problems.ts), and so is any rule past the 500th.
 */
export function compileUsableRules(rules: ReadonlyArray<CustomRule>): CompiledRuleSet {
  const forPortal = new Map<PortalId, IndexedRule[]>([
    ["m365-admin", []],
    ["azure-portal", []],
  ]);
  const list: readonly unknown[] = Array.isArray(rules) ? rules.slice(0, MAX_CUSTOM_RULES) : [];
  for (const candidate of list) {
    const checked = readCustomRule(candidate);
    if ("fault" in checked) continue;
    for (const [portalId, entries] of forPortal) {
      if (checked.portal === undefined || checked.portal === portalId) entries.push(checked.entry);
    }
  }

  // Each portal's catalog with the custom rules ranked above it: one lookup finds either.
  const byPortal = new Map<PortalId, RuleIndex>();
  let size = 0;
  for (const portal of PORTAL_DEFINITIONS) {
    const entries = forPortal.get(portal.id)!;
    if (entries.length === 0) continue;
    byPortal.set(portal.id, new RuleIndex(withPreferredRules(portal.catalog.data, entries)));
    size += entries.length;
  }
  return { byPortal, size };
}

/** Indexes of custom rules with the catalog, by portal, as plain data: what the background publishes. */
export type RuleIndexes = Readonly<Partial<Record<PortalId, IndexData>>>;

/** The indexes of a compiled rule set, as plain data. */
export function ruleIndexesOf(compiled: CompiledRuleSet): RuleIndexes {
  return Object.fromEntries([...compiled.byPortal].map(([portal, index]) => [portal, index.data]));
}

/** The rule set of indexes the background compiled; undefined when there are none. */
export function ruleSetOf(indexes: RuleIndexes): CompiledRuleSet | undefined {
  const byPortal = new Map<PortalId, RuleIndex>();
  let size = 0;
  for (const portal of PORTAL_DEFINITIONS) {
    const data = indexes[portal.id];
    if (data === undefined) continue;
    byPortal.set(portal.id, new RuleIndex(data));
    size += data.preferred;
  }
  return size === 0 ? undefined : { byPortal, size };
}
