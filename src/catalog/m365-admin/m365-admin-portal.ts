import type { PortalDefinition } from "../portal-types";
import { adminArea } from "./m365-admin-model";

/** How the portal's URLs are read: its model and where they name a tenant. Its pages: m365-admin-rules.ts. */
export const M365_ADMIN: PortalDefinition = {
  id: "m365-admin",
  name: "Microsoft 365 admin center",
  model: { area: adminArea },
  // Partner Center "admin on behalf of" opens the customer's admin center through this sign-in page.
  tenantRules: [
    {
      id: "m365.tenant.partner-session",
      from: "query",
      route: "partner/beginclientsession.aspx",
      param: "ctid",
    },
  ],
};
