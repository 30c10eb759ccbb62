import { type PortalRule, rule, standing } from "../portal-types";

/**
 * Azure portal. Pages live in the hash: `#view/<Extension>/<Blade>/...` (older links say `#blade/`),
 * `#create/...`, `#browse/...`, `#home`, `#@<tenant>/...`, and resource pages `#resource/<resource id>/<blade>`.
 * What a CSP customer can do in Azure: https://learn.microsoft.com/partner-center/customers/azure-plan-manage
 * Cost Management for CSP customers: https://learn.microsoft.com/azure/cost-management-billing/costs/get-started-partners
 */
export const AZURE_PORTAL_RULES: readonly PortalRule[] = [
  // Subscriptions, billing, cost, reservations and Marketplace purchases go through the CSP partner.
  rule("azure.billing.subscriptions", "partner", [
    "view/microsoft_azure_billing/subscriptionsblade*/**",
    "browse/microsoft.resources/subscriptions",
    "view/hubsextension/browseresource/resourcetype/microsoft.resources/subscriptions",
    "view/hubsextension/resources/resourcetype/microsoft.resources/subscriptions",
  ]),
  rule("azure.billing.subscription", "partner", ["resource/subscriptions/*", "resource/subscriptions/*/**"]),
  rule("azure.billing.subscription-create", "partner", [
    "create/microsoft.subscription*/**",
    "create/microsoft.template/**/microsoft.subscription/**",
  ]),
  rule("azure.billing.accounts", "partner", [
    "view/microsoft_azure_billing/**",
    "view/microsoft_azure_gtm/**",
    "resource/providers/microsoft.billing/**",
  ]),
  rule("azure.billing.cost-management", "partner", [
    "view/microsoft_azure_costmanagement/**",
    "resource/subscriptions/*/costanalysis",
    "resource/subscriptions/*/budgets",
    "resource/subscriptions/*/resourcegroups/*/costanalysis",
    "resource/subscriptions/*/resourcegroups/*/budgets",
  ]),
  rule("azure.billing.reservations", "partner", [
    "view/microsoft_azure_reservations/**",
    "browse/microsoft.capacity/**",
    "resource/providers/microsoft.capacity/**",
    "browse/microsoft.billingbenefits/**",
    "resource/providers/microsoft.billingbenefits/**",
  ]),
  rule("azure.advisor.cost", "partner", ["view/microsoft_azure_expert/advisormenublade/cost/**"]),
  rule("azure.marketplace", "partner", [
    "view/microsoft_azure_marketplace/**",
    "view/microsoft_azure_marketplacemanagement/**",
    "create/*/**",
  ]),

  rule("azure.home", "self-serve", ["", "home", "dashboard/**", "allservices/**"]),
  rule("azure.subscription.settings", "self-serve", [
    "resource/subscriptions/*/users",
    "resource/subscriptions/*/resourcegroups",
    "resource/subscriptions/*/resources",
    "resource/subscriptions/*/resourceproviders",
    "resource/subscriptions/*/deployments",
    "resource/subscriptions/*/policies",
    "resource/subscriptions/*/tags",
    "resource/subscriptions/*/locks",
  ]),
  rule("azure.resource-groups", "self-serve", [
    "view/hubsextension/browseresourcegroups/**",
    "browse/resourcegroups",
    "view/hubsextension/resources/resourcetype/microsoft.resources/subscriptions/resourcegroups",
    "view/hubsextension/browseresource/resourcetype/microsoft.resources/subscriptions/resourcegroups",
    "resource/subscriptions/*/resourcegroups/*",
    "resource/subscriptions/*/resourcegroups/*/*",
  ]),
  rule("azure.resources", "self-serve", [
    "resource/**",
    "resource/subscriptions/*/resourcegroups/*/providers/**",
    "browse/**",
    "view/hubsextension/**",
  ]),
  rule("azure.create.resource", "self-serve", ["create/hub", "create/microsoft.*/**"]),
  rule("azure.create.template", "self-serve", ["create/microsoft.template/**"]),
  rule("azure.create.resource-group", "self-serve", ["create/microsoft.resourcegroup/**"]),
  rule("azure.entra", "self-serve", ["view/microsoft_aad_*/**", "view/microsoft_azure_ad/**"]),
  // Policy and Defender for Cloud configure; their blades carry nothing for the model to read.
  standing(rule("azure.policy", "self-serve", ["view/microsoft_azure_policy/**"])),
  rule("azure.management-groups", "self-serve", [
    "view/microsoft_azure_managementgroups/**",
    "resource/providers/microsoft.management/managementgroups/**",
  ]),
  rule("azure.monitor", "self-serve", [
    "view/microsoft_azure_monitoring/**",
    "view/microsoft_azure_monitoring_logs/**",
    "view/microsoft_operationsmanagementsuite_workspace/**",
  ]),
  standing(
    rule("azure.security", "self-serve", [
      "view/microsoft_azure_security/**",
      "view/microsoft_azure_security_*/**",
    ]),
  ),
  rule("azure.advisor", "self-serve", ["view/microsoft_azure_expert/**"]),
  rule("azure.lighthouse", "self-serve", ["view/microsoft_azure_customerhub/**"]),

  rule("azure.service-health", "info", ["view/microsoft_azure_health/**"]),
  // The activity log is a read-only record, a subscription's too: its page under the subscription is
  // no partner page (https://learn.microsoft.com/azure/azure-monitor/platform/activity-log).
  rule("azure.activity-log", "info", [
    "view/microsoft_azure_activitylog/**",
    "resource/subscriptions/*/eventlogs",
    "resource/subscriptions/*/activitylog",
  ]),
  // A feedback form is neither status nor a report (labelling.md): it is the admin's own to fill in.
  rule("azure.feedback", "self-serve", ["view/hubsextension/inproductfeedbackblade/**"]),

  rule("azure.support", "support", ["view/microsoft_azure_support/**"]),
  rule("azure.support.new-request", "support", ["create/microsoft.support*/**"]),
  rule("azure.quotas", "support", ["view/microsoft_azure_capacity/**"]),
];
