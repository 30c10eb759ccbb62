import type { Verdict } from "../verdict";
import { DEFAULT_VALUES, toSettings } from "./effective-values";
import type { CustomRuleSetting, SettingKey, SettingValue } from "./settings-schema";

/** Verdicts that show a banner. */
export type BannerVerdict = Exclude<Verdict, "none">;

/** Field types come from the schema (settings-schema.ts); this file only groups them for the banner. */
export interface PartnerDetails {
  /** Empty string: not configured. */
  name: SettingValue<"partnerName">;
  /** A bare address (a policy's `mailto:` is removed). */
  email: SettingValue<"partnerEmail">;
  /** As written, without `tel:`; the banner links it as `tel:` with the spaces removed. */
  phone: SettingValue<"partnerPhone">;
  /** https: */
  website: SettingValue<"partnerWebsite">;
  /** https: or mailto: */
  supportUrl: SettingValue<"partnerSupportUrl">;
  /** The ticket form template (src/request/request-template.ts); empty: requests go by e-mail. */
  requestUrl: SettingValue<"partnerRequestUrl">;
}

export interface Settings {
  enabled: SettingValue<"enabled">;
  partner: PartnerDetails;
  /** This customer's tenant (domain or id), set by the partner: requests name it when the URL names none. */
  customerTenant: SettingValue<"customerTenant">;
  /** verdict → locale (e.g. "en", "pl") → text that replaces the built-in banner body. */
  customMessages: SettingValue<"customMessages">;
  disabledVerdicts: SettingValue<"disabledVerdicts">;
  /** Portal hosts (e.g. "portal.azure.com") where nothing is shown. */
  disabledHosts: SettingValue<"disabledHosts">;
  /** Empty string: follow the browser's UI language. */
  locale: SettingValue<"locale">;
  /** 0: banners cannot be dismissed. */
  dismissDays: SettingValue<"dismissDays">;
  allowUserDisable: SettingValue<"allowUserDisable">;
  /**
   * The partner's own page rules, valid ones only, in policy order; they win over the catalog. When
   * the banner's rule id is one of these, `message` (language → text) replaces the banner text.
   */
  customRules: CustomRuleSetting[];
  /** Helpdesk agent mode (partner staff reproducing what a customer sees). */
  agentMode: SettingValue<"agentMode">;
  /** The partner's own tenant domains or ids, lowercase. */
  partnerTenants: SettingValue<"partnerTenants">;
}

/** A setting's schema key, as the options page and the lock set name it. */
export type { SettingKey };

/** Built-in defaults; the values themselves live in effective-values.ts, next to the flat form. */
export const DEFAULT_SETTINGS: Settings = toSettings(DEFAULT_VALUES);
