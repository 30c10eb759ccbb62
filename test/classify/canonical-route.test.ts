import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PORTAL_DEFINITIONS } from "../../src/catalog/portals";
import { classifyUrl } from "../../src/classify/classify-url";
import { decodePercent, MAX_ROUTE_SEGMENTS } from "../../src/classify/route-normalise";
import { canonicalise } from "../../tools/catalog/canonicalise";
import { OBSERVED_PORTAL_URLS } from "../fixtures/observed-portal-urls";
import { REAL_PORTAL_URLS } from "../fixtures/real-portal-urls";

// The route readers are written for speed: they read the URL in place, once, without splitting it.
// This is the same reading written the obvious way (split into arrays, then transform), as an oracle.

const isGuidShaped = (segment: string) =>
  segment.length === 36 && [8, 13, 18, 23].every((at) => segment[at] === "-");

function segmentsOf(text: string, hideIds: boolean, max = MAX_ROUTE_SEGMENTS): string[] {
  const out: string[] = [];
  for (const piece of text.toLowerCase().split("/")) {
    for (const part of piece.split("%2f")) {
      if (out.length === max || part === "" || part === "~") continue;
      const segment = decodePercent(part, true);
      out.push(hideIds && isGuidShaped(segment) ? "*" : segment);
    }
  }
  return out;
}

const beforeQuery = (text: string) => text.split("?")[0]!;

function hideResourceNames(segments: string[]): string[] {
  const out = [...segments];
  let at = 1;
  while (at < out.length) {
    if (out[at] === "subscriptions" || out[at] === "resourcegroups") {
      if (at + 1 < out.length) out[at + 1] = "*";
      at += 2;
    } else if (out[at] === "providers") {
      for (at += 2; at + 1 < out.length; at += 2) out[at + 1] = "*";
    } else break;
  }
  return out;
}

function azureRoute(hash: string): { route: string; hashTenant: string | null } {
  let rest = hash.toLowerCase().replace(/^\/+/, "");
  let hashTenant: string | null = null;
  if (rest.startsWith("@")) {
    const slash = rest.indexOf("/");
    hashTenant = segmentsOf(rest.slice(1, slash === -1 ? undefined : slash), false)[0] ?? null;
    rest = slash === -1 ? "" : rest.slice(slash + 1).replace(/^\/+/, "");
  }
  const segments = rest.startsWith("blade/")
    ? ["view", ...segmentsOf(beforeQuery(rest.slice(6)), true, MAX_ROUTE_SEGMENTS - 1)]
    : segmentsOf(beforeQuery(rest), true);
  const route = (segments[0] === "resource" ? hideResourceNames(segments) : segments).join("/");
  return { route, hashTenant };
}

function adminCenterRoute(path: string, hash: string, host: string): string | null {
  const pathSegments = segmentsOf(path.replaceAll("\\", "/"), false);
  if (host === "portal.office.com" && !["adminportal", "partner", "commerce"].includes(pathSegments[0] ?? ""))
    return null;
  const skip = pathSegments[0] === "adminportal" ? (pathSegments[1] === "home" ? 2 : 1) : 0;
  const fromHash = segmentsOf(beforeQuery(hash.toLowerCase().replace(/^[/!]+/, "")), true);
  return [...segmentsOf(path.replaceAll("\\", "/"), true).slice(skip), ...fromHash].join("/");
}

const [ADMIN_CENTER, AZURE] = PORTAL_DEFINITIONS as [
  (typeof PORTAL_DEFINITIONS)[number],
  (typeof PORTAL_DEFINITIONS)[number],
];

const piece = fc.oneof(
  fc.constantFrom(
    "/",
    "//",
    "%2f",
    "%2F",
    "~",
    "!",
    "?",
    "?x=1",
    "%41",
    "%e0%a4",
    "%zz",
    "%",
    "@contoso.com/",
    "@",
    "blade/",
    "view/",
    "resource/",
    "subscriptions/",
    "resourceGroups/",
    "providers/",
    "Microsoft.Web/sites/",
    "Adminportal/",
    "Home/",
    "partner/",
    "8F2A4C1E-3B5D-4E6F-9A0B-1C2D3E4F5A6B",
    "8f2a4c1e-3b5d-4e6f-9a0b-1c2d3e4f5a6b/",
    "x",
    "Users",
    "\\",
  ),
  fc.string({ maxLength: 4 }),
);
const tailText = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(""));
const pathText = fc
  .array(piece, { maxLength: 8 })
  .map((pieces) => `/${pieces.join("").replace(/[?#]/g, "")}`);

describe("route readers agree with the obvious reading", { timeout: 60_000 }, () => {
  it("Azure portal: route and hash tenant", () => {
    fc.assert(
      fc.property(tailText, (hash) => {
        const canonical = canonicalise(AZURE, { path: "/", query: "", hash }, "portal.azure.com");
        const expected = azureRoute(hash);
        expect(canonical?.route).toBe(expected.route);
        expect(canonical?.hashTenant).toBe(expected.hashTenant);
        expect(canonical?.segments).toEqual(expected.route === "" ? [] : expected.route.split("/"));
      }),
      { numRuns: 3000 },
    );
  });

  it("Microsoft 365 admin center: path and hash, legacy host", () => {
    fc.assert(
      fc.property(
        pathText,
        tailText,
        fc.constantFrom("admin.microsoft.com", "portal.office.com"),
        (path, hash, host) => {
          const canonical = canonicalise(ADMIN_CENTER, { path, query: "", hash }, host);
          expect(canonical?.route ?? null).toBe(adminCenterRoute(path, hash, host));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("classifyUrl reports the route the reader gives, for whole URLs", () => {
    fc.assert(
      fc.property(pathText, tailText, fc.boolean(), (path, hash, azure) => {
        const url = `https://${azure ? "portal.azure.com" : "admin.microsoft.com"}${path}#${hash}`;
        fc.pre(url.charCodeAt(url.length - 1) > 32); // classifyUrl trims the URL, as the browser does
        // With two "#", the page is the last one's (unless nothing follows it).
        const last = hash.lastIndexOf("#");
        const page = last !== -1 && last < hash.length - 1 ? hash.slice(last + 1) : hash;
        const expected = azure ? azureRoute(page).route : adminCenterRoute(path, page, "admin.microsoft.com");
        expect(classifyUrl(url).route).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("on every documented and observed portal URL", () => {
    for (const { url } of [...REAL_PORTAL_URLS, ...OBSERVED_PORTAL_URLS]) {
      const { hostname, pathname, hash } = new URL(url);
      if (!hostname.includes("azure") || pathname !== "/") continue;
      expect(classifyUrl(url).route, url).toBe(azureRoute(hash.slice(1)).route);
    }
  });
});

describe("route readers on the forms that need care", () => {
  const route = (url: string) => classifyUrl(url).route;

  it("hide names in resource ids, and only in resource ids", () => {
    const sub = "https://portal.azure.com/#resource/subscriptions/8f2a4c1e-3b5d-4e6f-9a0b-1c2d3e4f5a6b";
    expect(route(`${sub}/resourceGroups/rg/providers/Microsoft.Web/sites/app/slots/dev/logs`)).toBe(
      "resource/subscriptions/*/resourcegroups/*/providers/microsoft.web/sites/*/slots/*/logs",
    );
    // A GUID-shaped subscription is hidden as a GUID and as a name at once: the next scope is still read.
    expect(route(`${sub}/resourceGroups/rg/overview`)).toBe(
      "resource/subscriptions/*/resourcegroups/*/overview",
    );
    expect(route("https://portal.azure.com/#resource/providers/Microsoft.Web")).toBe(
      "resource/providers/microsoft.web",
    );
    expect(route("https://portal.azure.com/#view/resource/subscriptions/x")).toBe(
      "view/resource/subscriptions/x",
    );
    expect(route("https://portal.azure.com/#blade/resource/subscriptions/x")).toBe(
      "view/resource/subscriptions/x",
    );
  });

  it('end the route at the hash\'s query, not at a "?" in the tenant or the path', () => {
    expect(route("https://portal.azure.com/#@contoso?x/home?tab=1")).toBe("home");
    expect(route("https://admin.microsoft.com/?source=applauncher#/users?tab=1")).toBe("users");
    expect(route("https://admin.microsoft.com/sharepoint?x=1#/home")).toBe("sharepoint/home");
  });

  it("read `%2f` as a separator, and no other escape", () => {
    expect(route("https://portal.azure.com/#browse/Microsoft.Web%2Fsites%252Fx")).toBe(
      "browse/microsoft.web/sites%2fx",
    );
  });
});
