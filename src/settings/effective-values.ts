import type { Settings } from "./settings";
import type { SettingKey, SettingValue } from "./settings-schema";

/** Every setting with a value: the flat, schema-keyed form the options page edits. */
export type EffectiveValues = { -readonly [K in SettingKey]: SettingValue<K> };

export const DEFAULT_VALUES: EffectiveValues = {
  partnerName: "",
  partnerEmail: "",
  partnerPhone: "",
  partnerWebsite: "",
  partnerSupportUrl: "",
  partnerRequestUrl: "",
  customerTenant: "",
  customMessages: {},
  disabledVerdicts: [],
  disabledHosts: [],
  locale: "",
  dismissDays: 30,
  enabled: true,
  allowUserDisable: true,
  customRules: [],
  agentMode: false,
  partnerTenants: [],
};

/** The banner's grouped view of the flat values. */
export function toSettings(values: EffectiveValues): Settings {
  return {
    enabled: values.enabled,
    partner: {
      name: values.partnerName,
      email: values.partnerEmail,
      phone: values.partnerPhone,
      website: values.partnerWebsite,
      supportUrl: values.partnerSupportUrl,
      requestUrl: values.partnerRequestUrl,
    },
    customerTenant: values.customerTenant,
    customMessages: values.customMessages,
    disabledVerdicts: values.disabledVerdicts,
    disabledHosts: values.disabledHosts,
    locale: values.locale,
    dismissDays: values.dismissDays,
    allowUserDisable: values.allowUserDisable,
    customRules: values.customRules,
    agentMode: values.agentMode,
    partnerTenants: values.partnerTenants,
  };
}
