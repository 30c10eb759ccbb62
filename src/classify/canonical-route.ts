import { NOT_ADMIN_PATHS } from "../catalog/not-admin-paths";
import type { PortalId } from "../catalog/portal-types";
import {
  canonicalRoute,
  decodePercent,
  hasAt,
  isWord,
  MAX_ROUTE_SEGMENTS,
  type NameFilter,
  type SegmentSink,
} from "./route-normalise";

/**
 * A URL as the route readers take it, lowercase: the hash runs from `hashStart` to the end of
 * `text`; the path is `pathText` from `pathStart` to `pathEnd` (`text` itself, unless a "\\" in the
 * path had to be read as "/"). Read in place: a flat string is read much faster than pieces of it.
 */
export interface UrlText {
  readonly text: string;
  readonly hashStart: number;
  /** Where the hash's first "?" is (portals keep view state in a query there), or the end of `text`. */
  readonly hashQuery: number;
  readonly pathText: string;
  readonly pathStart: number;
  readonly pathEnd: number;
  /** Where the URL's first "?" is, in the path's query or in a hash; -1 without one. */
  readonly firstQuery: number;
  /** Where the query (after "?", before any "#") starts and ends in `text`; both -1 without one. */
  readonly queryStart: number;
  readonly queryEnd: number;
  /** The host as the catalog spells it. */
  readonly host: string;
}

/** Whether the URL's first path segment is one of `adminPaths` (a shared host's admin pages). */
export function isAdminPath(
  { pathText, pathStart, pathEnd }: UrlText,
  adminPaths: readonly string[],
): boolean {
  const first = pathEnd - pathStart > 1 ? canonicalRoute(pathText, false, pathStart, pathEnd, 1) : "";
  return adminPaths.includes(first);
}

/**
 * Reads the canonical route of a URL on one portal; null when the URL is not a page of the portal.
 * The route's segments are fed to `walk` as they are read, unless the reader has to build the route
 * from more than one part, when it says so with `walk.complete = false`.
 */
export type RouteReader = (url: UrlText, walk?: RouteSink) => string | null;

export interface RouteSink extends SegmentSink {
  complete: boolean;
  lead(word: string): void;
}

/**
 * Microsoft 365 admin center. Pages live in the hash (`/Adminportal/Home#/billoverview`, `/#/users`,
 * `/?source=applauncher#/...`, `#!/...`); a few entry points are paths (`/sharepoint`, the partner
 * sign-in), which come before the hash's route. The shell path `adminportal/home` (or the older
 * `adminportal/home.aspx`) is not part of it.
 */
function readAdminCenterRoute(url: UrlText, walk?: RouteSink): string | null {
  const { text, pathText, pathStart, pathEnd } = url;
  let fromPath =
    pathEnd - pathStart > 1 && !isShellPath(pathText, pathStart, pathEnd)
      ? canonicalRoute(pathText, true, pathStart, pathEnd)
      : "";
  if (isFirst("adminportal", fromPath)) {
    fromPath = fromPath.slice(12);
    if (isFirst("home", fromPath)) fromPath = fromPath.slice(5);
    else if (isFirst("home.aspx", fromPath)) fromPath = fromPath.slice(10);
  }
  let start = url.hashStart;
  // The route starts after the hash's leading "/" and "!" (`#/`, `#!/`).
  while (start < text.length) {
    const code = text.charCodeAt(start);
    if (code !== 47 && code !== 33) break;
    start += 1;
  }
  if (fromPath !== "" && walk) walk.complete = false;
  let fromHash = canonicalRoute(text, true, start, url.hashQuery, MAX_ROUTE_SEGMENTS, walk);
  // Older admin links pass the page in a `ref` query parameter instead of the hash: `?ref=/billoverview`.
  if (fromHash === "" && url.queryStart !== -1) {
    const ref = queryValueAt(text, url.queryStart, url.queryEnd, "ref");
    if (ref !== null) {
      if (walk) walk.complete = false;
      fromHash = canonicalRoute(ref.replace(/^[#!/]+/, ""), true);
    }
  }
  return fromPath === "" ? fromHash : fromHash === "" ? fromPath : `${fromPath}/${fromHash}`;
}

/** Whether the path is the shell's `/adminportal/home`, as almost every link spells it: read in place. */
function isShellPath(text: string, start: number, end: number): boolean {
  const after = start + 17;
  return (
    (end === after || (end === after + 1 && text.charCodeAt(after) === 47)) &&
    hasAt(text, "adminportal/home", start + 1)
  );
}

/** The value of the query parameter `name` between `start` and `end` of `text`, percent-decoded; or null. */
export function queryValueAt(text: string, start: number, end: number, name: string): string | null {
  for (let at = start; at < end; ) {
    const amp = text.indexOf("&", at);
    const stop = amp === -1 || amp > end ? end : amp;
    if (stop - at > name.length && hasAt(text, name, at) && text.charCodeAt(at + name.length) === 61 /* = */)
      return decodePercent(text.slice(at + name.length + 1, stop), true);
    at = stop + 1;
  }
  return null;
}

/**
 * Azure portal. Pages live in the hash: `#view/<Extension>/<Blade>/...` (older links say `#blade/`),
 * `#create/...`, `#browse/...`, `#home`, `#@<tenant>/...`, and resource pages `#resource/<resource id>/<blade>`.
 */
function readAzurePortalRoute(url: UrlText, walk?: RouteSink): string {
  const { text, hashStart, hashQuery, pathText, pathStart, pathEnd } = url;
  // A few pages are paths, whatever the hash says: `/selfhelp/...`, sign-in and error pages.
  if (pathEnd - pathStart > 1) {
    const fromPath = canonicalRoute(pathText, true, pathStart, pathEnd);
    for (const page of AZURE_PATH_PAGES)
      if (isFirst(page, fromPath)) {
        if (walk) walk.complete = false;
        return fromPath;
      }
  }
  let start = afterSlashes(text, hashStart);
  let end = hashQuery;
  if (start < text.length && text.charCodeAt(start) === 64 /* @ */) {
    start = afterSlashes(text, text.indexOf("/", start) + 1 || text.length + 1);
    // A "?" inside the tenant does not end the route.
    if (end < start) end = text.indexOf("?", start) === -1 ? text.length : text.indexOf("?", start);
  }
  // Older links say `#blade/` where current ones say `#view/`: same pages.
  if (hasAt(text, "blade/", start)) {
    walk?.lead("view");
    const route = canonicalRoute(text, true, start + 6, end, MAX_ROUTE_SEGMENTS - 1, walk);
    return route === "" ? "view" : `view/${route}`;
  }
  // Only a resource page's route holds resource names to hide. The filter itself reads whether the
  // first segment is `resource`; it is left out where that cannot be, which a dropped `~` or an escape
  // (`%2f`) could still come before.
  const first = start < text.length ? text.charCodeAt(start) : 0;
  const names =
    first === 114 /* r */ || first === 126 /* ~ */ || first === 37 /* % */
      ? RESOURCE_NAMES.restart()
      : undefined;
  return canonicalRoute(text, true, start, end, MAX_ROUTE_SEGMENTS, walk, names);
}

const AZURE_PATH_PAGES = ["selfhelp", ...NOT_ADMIN_PATHS["azure-portal"]];

const SCOPES = 1;
const HIDE = 2;
const NAMESPACE = 3;
const TYPE = 4;
const NAME = 5;
const NONE = 6;

/**
 * Names and ids inside an Azure resource id become `*`; the blade after the id is kept:
 * `resource/subscriptions/*` `/resourcegroups/*` `/providers/<namespace>/<type>/*[/<type>/*...]` `[/<blade>]`.
 * Read segment by segment, as the route is; one instance, restarted for each route.
 */
class ResourceNames implements NameFilter {
  #next = 0;

  restart(): this {
    this.#next = 0;
    return this;
  }

  hides(text: string, start: number, end: number): boolean {
    const expected = this.#next;
    if (expected === 0) this.#next = isWord("resource", text, start, end) ? SCOPES : NONE;
    else if (expected === SCOPES)
      this.#next =
        isWord("subscriptions", text, start, end) || isWord("resourcegroups", text, start, end)
          ? HIDE
          : isWord("providers", text, start, end)
            ? NAMESPACE
            : NONE;
    else if (expected === HIDE) this.#next = SCOPES;
    else if (expected === NAMESPACE || expected === NAME) this.#next = TYPE;
    else if (expected === TYPE) this.#next = NAME;
    return expected === HIDE || expected === NAME;
  }
}

const RESOURCE_NAMES = new ResourceNames();

/** The tenant an Azure portal hash (from `hashStart` in `text`) names, `#@contoso.onmicrosoft.com/...`. */
export function hashTenantOf(text: string, hashStart: number): string | null {
  const start = afterSlashes(text, hashStart);
  if (start === text.length || text.charCodeAt(start) !== 64 /* @ */) return null;
  const slash = text.indexOf("/", start);
  return canonicalRoute(text, false, start + 1, slash === -1 ? text.length : slash, 1) || null;
}

function afterSlashes(text: string, start: number): number {
  while (start < text.length && text.charCodeAt(start) === 47 /* / */) start += 1;
  return start;
}

function isFirst(segment: string, route: string): boolean {
  return (
    hasAt(route, segment, 0) && (route.length === segment.length || route.charCodeAt(segment.length) === 47)
  );
}

export const ROUTE_READERS: Readonly<Record<PortalId, RouteReader>> = {
  "m365-admin": readAdminCenterRoute,
  "azure-portal": readAzurePortalRoute,
};
