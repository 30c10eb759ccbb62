import type { Classification } from "../classify/classify-url";

/** The part of the settings that decides agent mode; partners set it by policy or in the options. */
export interface AgentModeSettings {
  /** On only in the partner's own staff's browsers. */
  agentMode: boolean;
  /** The partner's own tenants (domains or tenant ids): on those, the agent is at home, not at a customer. */
  partnerTenants: readonly string[];
}

export interface AgentStrip {
  /** The customer's tenant as the URL names it. */
  tenant: string;
}

/**
 * Whether the banner adds the agent strip: only in agent mode, only with a banner to show, and only
 * when the URL names a tenant that is not one of the partner's own. A tenant in the URL alone proves
 * nothing: customers' own admins get `#@contoso.onmicrosoft.com/...` links too, so this is never on
 * unless the partner turned agent mode on.
 */
export function agentStripFor(
  classification: Pick<Classification, "verdict" | "tenant">,
  settings: AgentModeSettings,
): AgentStrip | null {
  if (!settings.agentMode || classification.verdict === "none") return null;
  const tenant = classification.tenant?.trim();
  if (!tenant) return null;
  const own = new Set(settings.partnerTenants.map(normalizeTenant));
  if (own.has(normalizeTenant(tenant))) return null;
  return { tenant };
}

/** Domains are case-insensitive and may carry a trailing dot; tenant ids are GUIDs in either case. */
export function normalizeTenant(tenant: string): string {
  return tenant.trim().toLowerCase().replace(/\.$/, "");
}
