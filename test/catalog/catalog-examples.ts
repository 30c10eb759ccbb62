import { OBSERVED_PORTAL_URLS } from "../fixtures/observed-portal-urls";
import { REAL_PORTAL_URLS, type RealPortalUrl } from "../fixtures/real-portal-urls";
import { SYNTHETIC_EXAMPLES } from "./synthetic-examples";

export type ExampleKind = "real" | "observed" | "synthetic";

/**
 * Documented URLs of the info pages added for issue 14, pinned like REAL_PORTAL_URLS (verbatim from the
 * Microsoft page named in `source`, read at the file and commit in `file`). They belong with those rows;
 * they are kept here until the table is next regenerated.
 */
export const DOCUMENTED_INFO_EXAMPLES: readonly RealPortalUrl[] = [
  {
    url: "https://admin.microsoft.com/Adminportal/Home#/softwareupdates",
    verdict: "info",
    rule: "m365.health.software-updates",
    source: "https://learn.microsoft.com/windows/deployment/update/wufb-reports-admin-center",
    file: "MicrosoftDocs/windows-itpro-docs@021b30d2f4455332c67cd4e655f224ed391d2c6d:windows/deployment/update/includes/wufb-reports-onboard-admin-center.md",
  },
  {
    url: "https://admin.microsoft.com/Adminportal/Home?#/MicrosoftSearch/insights",
    verdict: "info",
    rule: "m365.reports",
    source: "https://learn.microsoft.com/microsoftsearch/usage-reports",
    file: "MicrosoftDocs/OfficeDocs-MicrosoftSearch@dbe4975fd3570fdc2f7256223298899e2166944a:MicrosoftSearch/usage-reports.md",
  },
];

/** Every example URL of every catalog rule, with where it comes from. */
export function examplesByRule(): Map<string, { url: string; kind: ExampleKind }[]> {
  const byRule = new Map<string, { url: string; kind: ExampleKind }[]>();
  const add = (rule: string, url: string, kind: ExampleKind) => {
    const list = byRule.get(rule) ?? [];
    list.push({ url, kind });
    byRule.set(rule, list);
  };
  for (const row of [...REAL_PORTAL_URLS, ...DOCUMENTED_INFO_EXAMPLES]) add(row.rule, row.url, "real");
  for (const row of OBSERVED_PORTAL_URLS) add(row.rule, row.url, "observed");
  for (const [rule, urls] of Object.entries(SYNTHETIC_EXAMPLES))
    for (const url of urls) add(rule, url, "synthetic");
  return byRule;
}
