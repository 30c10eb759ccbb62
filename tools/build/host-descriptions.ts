import type { PortalHostName } from "../../src/catalog/hosts";

/** The README permission table's "why" cell for each host; kept out of src/ so no page ever loads it. */
export const HOST_DESCRIPTIONS: Readonly<Record<PortalHostName, string>> = {
  "admin.microsoft.com": "Microsoft 365 admin center",
  "admin.cloud.microsoft": "Microsoft 365 admin center (new domain)",
  "admin.microsoft.us": "Microsoft 365 admin center, US Government clouds",
  "portal.office365.us": "Microsoft 365 admin center, GCC High (its admin paths only)",
  "portal.apps.mil": "Microsoft 365 admin center, DoD (its admin paths only)",
  "portal.office.com":
    "Microsoft 365 admin center, former host (its admin, commerce and partner sign-in paths only)",
  "portal.azure.com": "Azure portal",
  "portal.azure.us": "Azure portal, Azure Government",
  "ms.portal.azure.com": "Azure portal (Microsoft tenant's host)",
  "preview.portal.azure.com": "Azure portal, preview",
  "aad.portal.azure.com": "Azure portal, former Azure AD host",
  "entra.microsoft.com": "Microsoft Entra admin center (built on the Azure portal)",
  "intune.microsoft.com": "Microsoft Intune admin center (built on the Azure portal)",
};
