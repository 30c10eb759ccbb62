/**
 * Why each rule of the Azure portal catalog (azure-portal.ts) gives its verdict, in one short English
 * sentence, for the popup and `npm run explain`. Apart from the rules, so that the content script,
 * which needs only the verdict, does not carry these sentences into every portal page.
 */
export const AZURE_PORTAL_NOTES: Readonly<Record<string, string>> = {
  "azure.billing.subscriptions":
    "Subscriptions: adding, cancelling or changing them goes through the partner",
  "azure.billing.subscription": "A subscription's own page: plan, billing, cancel and transfer",
  "azure.billing.subscription-create": "Creating a subscription goes through the partner",
  "azure.billing.accounts": "Cost Management + Billing: invoices, payment, billing accounts",
  "azure.billing.cost-management": "Cost analysis and budgets: CSP costs and prices come from the partner",
  "azure.billing.reservations": "Reservations and savings plans: purchases and exchanges",
  "azure.advisor.cost": "Advisor cost: reservation and plan purchases go through the partner",
  "azure.marketplace": "Marketplace offers are purchases",
  "azure.home": "Portal home, dashboards and All services",
  "azure.subscription.settings": "Access, resource providers and policies inside your subscription",
  "azure.resource-groups": "Resource groups in your subscriptions",
  "azure.resources": "Your Azure resources",
  "azure.create.resource": "Creating a resource inside an existing subscription",
  "azure.create.template": "Deploying a template into an existing subscription",
  "azure.create.resource-group": "Creating a resource group",
  "azure.entra": "Microsoft Entra ID: users, groups, apps, roles, licence assignment",
  "azure.policy": "Azure Policy and Blueprints",
  "azure.management-groups": "Management groups",
  "azure.monitor": "Azure Monitor: metrics, logs, alerts",
  "azure.security": "Microsoft Defender for Cloud",
  "azure.advisor": "Azure Advisor recommendations",
  "azure.lighthouse": "Service providers and delegations (Azure Lighthouse)",
  "azure.service-health": "Service Health is yours to read",
  "azure.activity-log": "The activity log is a record of what was done, to read",
  "azure.feedback": "Feedback to Microsoft: a form of your own",
  "azure.support": "Help + support and support requests",
  "azure.support.new-request": "New support request, with or without its fields filled in",
  "azure.quotas": "Quota increases are support requests",
};
