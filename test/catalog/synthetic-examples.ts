/**
 * Examples WRITTEN BY US for catalog rules that no pinned documentation page or observed URL covers
 * yet. They follow the portals' route names as seen in the product, but they are not taken from any
 * page: they keep each rule under the cross-matrix test until a real URL replaces them.
 */
export const SYNTHETIC_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  "m365.billing.licences": ["https://admin.microsoft.com/Adminportal/Home#/licenses"],
  "m365.billing.payment-methods": ["https://admin.microsoft.com/Adminportal/Home#/paymentMethods"],
  "m365.billing.accounts": ["https://admin.microsoft.com/Adminportal/Home#/BillingAccounts"],
  "m365.billing.notifications": ["https://admin.microsoft.com/Adminportal/Home#/BillingNotifications"],
  "m365.users": [
    "https://admin.microsoft.com/Adminportal/Home#/users",
    "https://admin.microsoft.com/#/users/:/UserDetails/8f2a4c1e-3b5d-4e6f-9a0b-1c2d3e4f5a6b",
  ],
  "m365.roles": ["https://admin.microsoft.com/#/rbac/directory"],
  "m365.resources": ["https://admin.microsoft.com/Adminportal/Home#/rooms"],
  "m365.settings.partners": ["https://admin.microsoft.com/Adminportal/Home#/partners"],
  "m365.viva": ["https://admin.microsoft.com/Adminportal/Home#/viva"],
  "m365.health.network": ["https://admin.microsoft.com/Adminportal/Home#/networkconnectivity"],
  "m365.health.feedback": ["https://admin.microsoft.com/Adminportal/Home#/feedbacksummary"],
  "m365.reports": [
    "https://admin.microsoft.com/Adminportal/Home#/reportsUsage",
    "https://admin.cloud.microsoft/#/adoptionscore",
  ],
  "m365.support": ["https://admin.microsoft.us/Adminportal/Home#/support"],
  "azure.billing.subscription": [
    "https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/8f2a4c1e-3b5d-4e6f-9a0b-1c2d3e4f5a6b/overview",
  ],
  "azure.billing.subscription-create": ["https://portal.azure.com/#create/Microsoft.Subscription"],
  "azure.advisor.cost": ["https://portal.azure.com/#view/Microsoft_Azure_Expert/AdvisorMenuBlade/~/Cost"],
  "azure.marketplace": [
    "https://portal.azure.com/#view/Microsoft_Azure_Marketplace/MarketplaceOffersBlade/selectedMenuItemId/home",
    "https://portal.azure.com/#create/contoso.contoso-saas-offer",
  ],
  "azure.subscription.settings": [
    "https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/8f2a4c1e-3b5d-4e6f-9a0b-1c2d3e4f5a6b/users",
  ],
  "azure.create.resource": [
    "https://portal.azure.com/#create/hub",
    "https://portal.azure.us/#create/Microsoft.VirtualMachine",
  ],
  "azure.entra": [
    "https://portal.azure.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview",
    "https://portal.azure.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers",
  ],
  "azure.lighthouse": [
    "https://portal.azure.com/#view/Microsoft_Azure_CustomerHub/ServiceProvidersBladeV2/~/providers",
  ],
  "azure.support.new-request": [
    "https://portal.azure.com/#create/Microsoft.Support",
    "https://portal.azure.com/#create/Microsoft.Support/Parameters/%7B%22pesId%22%3A%22x%22%7D",
  ],
  "m365.billing.commerce": ["https://portal.office.com/commerce/catalog.aspx"],
  "azure.activity-log": [
    "https://portal.azure.com/#view/Microsoft_Azure_ActivityLog/ActivityLogBlade",
    "https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/8f2a4c1e-3b5d-4e6f-9a0b-1c2d3e4f5a6b/eventlogs",
  ],
  "azure.quotas": ["https://portal.azure.com/#view/Microsoft_Azure_Capacity/QuotaMenuBlade/~/myQuotas"],
};
