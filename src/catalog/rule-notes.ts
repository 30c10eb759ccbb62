import { AZURE_PORTAL_NOTES } from "./azure-portal/azure-portal-notes";
import { M365_ADMIN_NOTES } from "./m365-admin/m365-admin-notes";

/**
 * Why a catalog rule gives its verdict, in one short English sentence; undefined for anything else
 * (a custom rule, a keyword fallback, no rule). The popup and `npm run explain` show it; the content
 * script does not import it, so classifyUrl there says only that the page is in the catalog.
 */
export function ruleNote(rule: string | null): string | undefined {
  if (rule === null) return undefined;
  for (const notes of [M365_ADMIN_NOTES, AZURE_PORTAL_NOTES]) {
    if (Object.hasOwn(notes, rule)) return notes[rule];
  }
  return undefined;
}
