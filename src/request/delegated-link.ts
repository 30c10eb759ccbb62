import type { PortalId } from "../classify/classify-url";

/**
 * The same page as the partner's agent opens it in the customer's tenant:
 * - Azure portal: the tenant after the hash, `https://portal.azure.com/#@contoso.onmicrosoft.com/view/…`
 *   (a tenant already there, or a tenant path segment, is replaced);
 * - Microsoft 365 admin center: `?delegatedOrg=<tenant>` in the query, with the hash route kept,
 *   `https://admin.microsoft.com/Adminportal/Home?delegatedOrg=contoso.onmicrosoft.com#/billoverview`.
 * Null when the URL cannot be read or the portal is neither.
 */
export function delegatedLink(url: string, portal: PortalId | null, tenant: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" || parsed.username || parsed.password) return null;
  if (portal === "azure-portal") {
    const route = parsed.hash.replace(/^#/, "").replace(/^@[^/]*\/?/, "");
    const [first = "", ...rest] = parsed.pathname.split("/").filter((segment) => segment !== "");
    if (first.startsWith("@") || first.includes(".") || GUID.test(first))
      parsed.pathname = `/${rest.join("/")}`;
    parsed.hash = `@${tenant}/${route}`;
    return parsed.href;
  }
  if (portal === "m365-admin") {
    for (const name of [...parsed.searchParams.keys()]) {
      if (name.toLowerCase() === "delegatedorg") parsed.searchParams.delete(name);
    }
    parsed.searchParams.set("delegatedOrg", tenant);
    return parsed.href;
  }
  return null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
