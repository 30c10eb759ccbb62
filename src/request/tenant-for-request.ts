import type { Classification } from "../classify/classify-url";

/** Where the request's tenant came from, in the order they are tried. */
export type TenantSource = "url" | "policy";

export interface RequestTenant {
  /** A tenant domain or id, lowercase. */
  readonly tenant: string;
  readonly source: TenantSource;
}

// A tenant domain or a tenant id (GUID), as value-checks.ts accepts them.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export function isTenant(text: string): boolean {
  return text.length <= 253 && (GUID.test(text) || DOMAIN.test(text));
}

/**
 * The admin center's delegated form, `?delegatedOrg=contoso.onmicrosoft.com#/homepage`: the tenant a
 * partner's agent opened the admin center in. The catalog's tenant rules read `#@tenant`, a tenant
 * path segment and the partner sign-in's `CTID`; this one only matters for a request, so it is here.
 */
export function delegatedOrgOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const [name, value] of parsed.searchParams) {
    const tenant = value.trim().toLowerCase();
    if (name.toLowerCase() === "delegatedorg" && isTenant(tenant)) return tenant;
  }
  return null;
}

/**
 * The tenant a request names: the one the page's URL names (`#@tenant`, a tenant path segment, the
 * partner sign-in's `CTID`, `?delegatedOrg=`), else the `customerTenant` the partner set by policy for
 * this customer, else none (the request then says it is not known).
 */
export function tenantForRequest(
  url: string,
  classification: Pick<Classification, "tenant">,
  customerTenant: string,
): RequestTenant | null {
  const fromUrl = classification.tenant ?? delegatedOrgOf(url);
  if (fromUrl !== null && isTenant(fromUrl)) return { tenant: fromUrl, source: "url" };
  const configured = customerTenant.trim().toLowerCase();
  if (isTenant(configured)) return { tenant: configured, source: "policy" };
  return null;
}
