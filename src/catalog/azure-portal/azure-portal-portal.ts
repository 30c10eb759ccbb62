import type { PortalDefinition } from "../portal-types";
import { azureArea } from "./azure-portal-model";

/** How the portal's URLs are read: its model and where they name a tenant. Its pages: azure-portal-rules.ts. */
export const AZURE_PORTAL: PortalDefinition = {
  id: "azure-portal",
  name: "Azure portal",
  model: { area: azureArea },
  tenantRules: [
    { id: "azure.tenant.hash", from: "hash-at" },
    { id: "azure.tenant.path", from: "path-segment" },
  ],
};
