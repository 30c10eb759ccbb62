import { bestLanguageMatch } from "../i18n/language";
import type { BannerVerdict, Settings } from "../settings/settings";

/** Message keys of each verdict's banner (public/_locales/<lang>/messages.json). */
export const VERDICT_MESSAGES: Readonly<
  Record<BannerVerdict, { readonly title: string; readonly body: string }>
> = {
  partner: { title: "verdictTitle_partner", body: "verdictBody_partner" },
  "self-serve": { title: "verdictTitle_selfServe", body: "verdictBody_selfServe" },
  info: { title: "verdictTitle_info", body: "verdictBody_info" },
  support: { title: "verdictTitle_support", body: "verdictBody_support" },
};

/** Message keys of the partner's contact buttons, by kind of contact. */
export const CONTACT_MESSAGES = {
  email: "contactEmail",
  phone: "contactPhone",
  website: "contactWebsite",
  support: "contactSupport",
} as const;

/**
 * Microsoft's own statement of what CSP customers do themselves (configuration, Message center,
 * service health, product support resources first) and what goes through the partner (buying,
 * cancelling, changing subscriptions): "Customer self-support through Microsoft Office 365 admin
 * center or through the Azure portal", MicrosoftDocs/partner-center-pr partner-center/customer-self-support.md.
 * Without a locale in the path, Microsoft Learn opens it in the reader's language.
 */
export const WHY_URL = "https://learn.microsoft.com/partner-center/customer-self-support";

/** A partner's own text for this banner, in the language it was written in. */
export interface CustomText {
  readonly text: string;
  /** The language key it was configured under, e.g. "pl" or "pt-BR". */
  readonly language: string;
}

/**
 * The partner's own wording for this page, if any, in the reader's language: a custom rule's
 * message for this very rule wins over the verdict-wide custom message. A text written for another
 * language is not used: the built-in text in the reader's language serves them better.
 */
export function customTextFor(
  settings: Pick<Settings, "customMessages" | "customRules">,
  verdict: BannerVerdict,
  rule: string,
  readerLanguage: string,
): CustomText | null {
  const byRule = settings.customRules.find((custom) => custom.id === rule)?.message;
  for (const texts of [byRule, settings.customMessages[verdict]]) {
    if (!texts) continue;
    const language = bestLanguageMatch(readerLanguage, Object.keys(texts));
    const text = language === null ? undefined : texts[language]?.trim();
    if (language !== null && text) return { text, language };
  }
  return null;
}

/**
 * Where the admin center lists the tenant's partners (Settings → Partner relationships), on the
 * cloud this portal belongs to: US Government portals have their own admin center. The page is the
 * one Partner Center's docs link to for the customer's side of a reseller relationship.
 */
export function partnerRelationshipsUrl(portalHost: string): string {
  const government = portalHost === "admin.microsoft.us" || portalHost === "portal.azure.us";
  return `https://${government ? "admin.microsoft.us" : "admin.microsoft.com"}/AdminPortal/Home#/partners`;
}

/**
 * Where Microsoft says how to get its product support, the first step on a `support` page: for the
 * admin center "Get support for Microsoft 365 for business",
 * MicrosoftDocs/microsoft-365-docs@cdbf939887c218697515a176c265ca41fc9444be:microsoft-365/admin/get-help-support.md;
 * for Azure "Create an Azure support request",
 * MicrosoftDocs/azure-docs@03d697234d3d84e7ddcbc48d64d2bf8f738dad5f:articles/azure-portal/supportability/how-to-create-azure-support-request.md.
 */
export function microsoftSupportUrl(portalHost: string): string {
  return portalHost.startsWith("portal.azure.")
    ? "https://learn.microsoft.com/azure/azure-portal/supportability/how-to-create-azure-support-request"
    : "https://learn.microsoft.com/microsoft-365/admin/get-help-support";
}
