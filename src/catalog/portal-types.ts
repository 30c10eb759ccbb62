import type { Verdict } from "../verdict";
import type { PortalModel } from "./portal-model";

export type PortalId = "m365-admin" | "azure-portal";

/**
 * One entry of the page catalog. Why it gives its verdict is written apart, in the portal's notes file
 * (rule-notes.ts), which the content script does not carry.
 */
export interface PortalRule {
  /** Stable id, e.g. `m365.billing.bills`; shown as data-rule on the banner and by `npm run explain`. */
  readonly id: string;
  readonly verdict: Verdict;
  /** Route globs (see route-glob.ts), matched against the canonical route. */
  readonly patterns: readonly string[];
  /**
   * The verdict stands whatever the portal's model reads in the page's names: an area whose pages
   * are all one kind (Policy, Defender for Cloud), so the classifier need not read the model there.
   */
  readonly stands?: boolean;
}

/**
 * Where a URL names the tenant being worked in (a partner agent inside a customer's tenant):
 * - `hash-at`: the Azure portal's `#@contoso.onmicrosoft.com/...`
 * - `path-segment`: a first path segment that is a tenant domain or id, `portal.azure.com/contoso.com/`
 * - `query`: a query parameter on one route, e.g. the admin center's partner sign-in `?CTID=<tenant id>`
 */
export type TenantRule =
  | { readonly id: string; readonly from: "hash-at" }
  | { readonly id: string; readonly from: "path-segment" }
  | { readonly id: string; readonly from: "query"; readonly route: string; readonly param: string };

export interface PortalDefinition {
  readonly id: PortalId;
  /** English display name. */
  readonly name: string;
  /** The verdict of the area a page no rule names is in. */
  readonly model: PortalModel;
  readonly tenantRules: readonly TenantRule[];
}

/** Compact constructor for catalog entries. */
export function rule(id: string, verdict: Verdict, patterns: readonly string[]): PortalRule {
  return { id, verdict, patterns };
}

/** A rule whose verdict stands over the model (see PortalRule.stands). */
export function standing(entry: PortalRule): PortalRule {
  return { ...entry, stands: true };
}
