import { OBSERVED_PORTAL_URLS } from "../fixtures/observed-portal-urls";
import { REAL_PORTAL_URLS } from "../fixtures/real-portal-urls";
import { SYNTHETIC_EXAMPLES } from "./synthetic-examples";

export type ExampleKind = "real" | "observed" | "synthetic";

/** Every example URL of every catalog rule, with where it comes from. */
export function examplesByRule(): Map<string, { url: string; kind: ExampleKind }[]> {
  const byRule = new Map<string, { url: string; kind: ExampleKind }[]>();
  const add = (rule: string, url: string, kind: ExampleKind) => {
    const list = byRule.get(rule) ?? [];
    list.push({ url, kind });
    byRule.set(rule, list);
  };
  for (const row of REAL_PORTAL_URLS) add(row.rule, row.url, "real");
  for (const row of OBSERVED_PORTAL_URLS) add(row.rule, row.url, "observed");
  for (const [rule, urls] of Object.entries(SYNTHETIC_EXAMPLES))
    for (const url of urls) add(rule, url, "synthetic");
  return byRule;
}
