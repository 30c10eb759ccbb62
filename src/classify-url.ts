// PLACEHOLDER until the page catalog lands (issue 3 replaces this whole file).
import type { Verdict } from "./verdict";

export type PortalId = "m365-admin" | "azure-portal";

export interface Classification {
  verdict: Verdict;
  rule: string | null;
  portal: PortalId | null;
  route: string;
  tenant: string | null;
  why: string;
}

export type CompiledRuleSet = readonly never[];

export function classifyUrl(url: string, _customRules?: CompiledRuleSet): Classification {
  const match =
    /^https:\/\/(admin\.microsoft\.com|admin\.cloud\.microsoft|admin\.microsoft\.us|portal\.azure\.com|portal\.azure\.us)\/[^#]*#?(.*)$/i.exec(
      url,
    );
  if (!match) return { verdict: "none", rule: null, portal: null, route: "", tenant: null, why: "" };
  const portal: PortalId = match[1]!.startsWith("portal") ? "azure-portal" : "m365-admin";
  const route = (match[2] ?? "").toLowerCase().replace(/^[/!]+/, "");
  const billing = /billing|subscription|invoice|payment|purchase|licen/.test(route);
  return {
    verdict: billing
      ? "partner"
      : route.includes("health") || route.includes("messagecenter")
        ? "info"
        : "self-serve",
    rule: billing ? "placeholder.billing" : "placeholder.other",
    portal,
    route,
    tenant: null,
    why: "placeholder",
  };
}
