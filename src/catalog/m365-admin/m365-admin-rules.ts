import { type PortalRule, rule } from "../portal-types";

/**
 * Microsoft 365 admin center. Pages live in the hash (`/Adminportal/Home#/billoverview`, `/#/users`,
 * `/?source=applauncher#/...`); a few entry points are paths (`/sharepoint`, the partner sign-in).
 * Navigation areas: https://learn.microsoft.com/microsoft-365/admin/admin-overview/admin-center-overview
 * Boundaries for CSP customers: https://learn.microsoft.com/partner-center/customers/customers-overview
 */
export const M365_ADMIN_RULES: readonly PortalRule[] = [
  // Billing: buying, cancelling, renewing, bills and payment are the partner's (CSP billing).
  rule("m365.billing.products", "partner", ["subscriptions/**", "products/**"]),
  rule("m365.billing.licences", "partner", ["licenses/**", "licences/**"]),
  rule("m365.billing.bills", "partner", ["billoverview/**", "invoices/**", "bills/**"]),
  rule("m365.billing.payment-methods", "partner", ["paymentmethods/**", "payment-methods/**"]),
  rule("m365.billing.accounts", "partner", ["billingaccounts/**", "billingprofiles/**"]),
  rule("m365.billing.notifications", "partner", ["billingnotifications/**"]),
  rule("m365.marketplace", "partner", ["catalog/**", "marketplace/**", "purchaseservices/**"]),
  // The commerce pages the admin center had before its Billing group (`/Commerce/...`).
  rule("m365.billing.commerce", "partner", ["commerce/**"]),

  rule("m365.home", "self-serve", ["", "homepage/**", "home/**"]),
  rule("m365.users", "self-serve", [
    "users/**",
    "activeusers/**",
    "deletedusers/**",
    "guestusers/**",
    "contacts/**",
  ]),
  rule("m365.groups", "self-serve", [
    "groups/**",
    "deletedgroups/**",
    "sharedmailboxes/**",
    "distributionlists/**",
    "teamsandgroups/**",
  ]),
  rule("m365.roles", "self-serve", ["rolemanagement/**", "rbac/**", "roles/**"]),
  rule("m365.resources", "self-serve", ["rooms/**", "resourcemailbox/**", "sites/**"]),
  rule("m365.settings.org", "self-serve", ["settings/**", "orgsettings/**"]),
  rule("m365.settings.integrated-apps", "self-serve", ["settings/integratedapps/**", "integratedapps/**"]),
  rule("m365.settings.partners", "self-serve", [
    "partners/**",
    "partnerrelationships/**",
    "settings/partnerrelationships/**",
  ]),
  rule("m365.settings.domains", "self-serve", ["domains/**"]),
  rule("m365.settings.search", "self-serve", ["microsoftsearch/**"]),
  rule("m365.setup", "self-serve", ["featureexplorer/**", "modernonboarding/**", "setup/**"]),
  rule("m365.copilot", "self-serve", ["copilot/**", "agents/**"]),
  rule("m365.edge", "self-serve", ["edge/**"]),
  rule("m365.devices", "self-serve", ["mifodevices/**", "devices/**", "eadmin/device/**"]),
  // Viva apps have routes of their own (`#/viva/manage-skills`, `#/vivaLearning`).
  rule("m365.viva", "self-serve", ["viva*/**"]),
  rule("m365.admin-centers", "self-serve", [
    "sharepoint/**",
    "exchange/**",
    "teams/**",
    "skypeforbusiness/**",
    "yammer/**",
  ]),
  rule("m365.partner-session", "self-serve", ["partner/beginclientsession.aspx"]),

  rule("m365.health.service", "info", ["servicehealth/**", "healthoverview/**"]),
  rule("m365.health.messages", "info", ["messagecenter/**"]),
  rule("m365.health.windows", "info", ["windowsreleasehealth/**"]),
  rule("m365.health.network", "info", ["networkconnectivity/**", "networkperformance/**"]),
  rule("m365.health.feedback", "info", ["feedbacksummary/**", "productfeedback/**"]),
  // Health > Software updates: update compliance charts of the org's devices, to read.
  rule("m365.health.software-updates", "info", ["softwareupdates/**"]),
  rule("m365.reports", "info", [
    "reportsusage/**",
    "reports/**",
    "usage/**",
    "adoptionscore/**",
    "productivityscore/**",
    "experiencescore/**",
    // Search & intelligence > Insights: Microsoft Search's usage reports, amid its settings.
    "microsoftsearch/insights/**",
  ]),

  rule("m365.support", "support", ["support/**", "supportrequests/**", "servicerequests/**"]),
];
