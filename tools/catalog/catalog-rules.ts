import { AZURE_PORTAL_RULES } from "../../src/catalog/azure-portal/azure-portal-rules";
import { M365_ADMIN_RULES } from "../../src/catalog/m365-admin/m365-admin-rules";
import type { PortalId, PortalRule } from "../../src/catalog/portal-types";
import { compileRouteGlob } from "../../src/classify/route-glob";
import {
  CATALOG_WHY,
  compileRuleIndex,
  type IndexData,
  type IndexedRule,
} from "../../src/classify/rule-index-data";

/**
 * The page catalog as written, each portal's rules in its own folder. Pages never read it: they read
 * the index compiled from it at build time (src/catalog/compiled/, `npm run catalog:compile`). Tools
 * and tests do.
 */
export const CATALOG_RULES: Readonly<Record<PortalId, readonly PortalRule[]>> = {
  "m365-admin": M365_ADMIN_RULES,
  "azure-portal": AZURE_PORTAL_RULES,
};

/** Compiles a portal's rules into the index a page reads; a bad built-in pattern is a programming error. */
export function compileCatalog(rules: readonly PortalRule[]): IndexData {
  const indexed: IndexedRule[] = [];
  for (const { id, verdict, patterns, stands = false } of rules) {
    for (const pattern of patterns) {
      const glob = compileRouteGlob(pattern);
      if (typeof glob === "string") throw new Error(`catalog rule ${id}: ${glob}`);
      indexed.push({ id, verdict, why: CATALOG_WHY, glob, stands });
    }
  }
  return compileRuleIndex(indexed);
}

/** The catalog entry with this id, with its portal. */
export function findRule(id: string): (PortalRule & { portal: PortalId }) | undefined {
  for (const [portal, rules] of Object.entries(CATALOG_RULES) as [PortalId, readonly PortalRule[]][]) {
    const found = rules.find((entry) => entry.id === id);
    if (found) return { ...found, portal };
  }
  return undefined;
}
