import { AZURE_PORTAL } from "./azure-portal";
import { M365_ADMIN } from "./m365-admin";
import type { PortalDefinition, PortalId, PortalRule } from "./portal-types";
import { compileRouteGlob } from "./route-glob";
import { type IndexedRule, RuleIndex } from "./rule-index";

export type { PortalDefinition, PortalId, PortalRule, TenantRule } from "./portal-types";

export interface PortalInfo {
  readonly id: PortalId;
  /** English display name. */
  readonly name: string;
  /** Hosts the extension runs on; the manifest's content-script matches. */
  readonly hosts: readonly string[];
}

export const PORTAL_DEFINITIONS: readonly PortalDefinition[] = [M365_ADMIN, AZURE_PORTAL];

export const PORTALS: readonly PortalInfo[] = PORTAL_DEFINITIONS.map(({ id, name, hosts }) => ({
  id,
  name,
  hosts,
}));

const HOST_NAMES: readonly string[] = PORTAL_DEFINITIONS.flatMap((portal) => [
  ...portal.hosts,
  ...portal.aliases,
]);
const HOST_PORTALS: readonly PortalDefinition[] = PORTAL_DEFINITIONS.flatMap((portal) =>
  [...portal.hosts, ...portal.aliases].map(() => portal),
);

/** The portal served at `host` (lowercase). Comparing a few strings beats hashing a fresh one. */
export function portalForHost(host: string): PortalDefinition | undefined {
  for (let at = 0; at < HOST_NAMES.length; at += 1) {
    const known = HOST_NAMES[at]!;
    if (known.length === host.length && known === host) return HOST_PORTALS[at];
  }
  return undefined;
}

/** Compiles catalog entries into an index; a bad built-in pattern is a programming error. */
export function indexRules(rules: readonly PortalRule[]): RuleIndex {
  const indexed: IndexedRule[] = [];
  for (const { id, verdict, message, why, patterns } of rules) {
    for (const pattern of patterns) {
      const glob = compileRouteGlob(pattern);
      if (typeof glob === "string") throw new Error(`catalog rule ${id}: ${glob}`);
      indexed.push({ id, verdict, message, why, glob });
    }
  }
  return new RuleIndex(indexed);
}

const BUILT_IN: ReadonlyMap<PortalId, RuleIndex> = new Map(
  PORTAL_DEFINITIONS.map((portal) => [portal.id, indexRules(portal.rules)]),
);

export function builtInRules(portal: PortalId): RuleIndex {
  return BUILT_IN.get(portal)!;
}

/** The catalog entry with this id, for tools and the banner's message key. */
export function findRule(id: string): (PortalRule & { portal: PortalId }) | undefined {
  for (const portal of PORTAL_DEFINITIONS) {
    const found = portal.rules.find((entry) => entry.id === id);
    if (found) return { ...found, portal: portal.id };
  }
  return undefined;
}
