import type { SettingKey } from "../src/settings/settings-schema";
import type { OptionsForm } from "./options-form";
import { SettingField } from "./SettingField";

type TextType = "text" | "email" | "tel" | "url";

/** The partner's name and contacts, as the banner shows them. */
const PARTNER_FIELDS: readonly [key: SettingKey, type: TextType, label: string][] = [
  ["partnerName", "text", "options_partnerName"],
  ["partnerEmail", "email", "options_partnerEmail"],
  ["partnerPhone", "tel", "options_partnerPhone"],
  ["partnerWebsite", "url", "options_partnerWebsite"],
  ["partnerSupportUrl", "url", "options_partnerSupportUrl"],
];

export function PartnerFieldset({ form }: { form: OptionsForm }) {
  return (
    <fieldset>
      <legend>{form.t("options_section_partner")}</legend>
      {PARTNER_FIELDS.map(([key, type, label]) => (
        <SettingField key={key} form={form} setting={key} label={form.t(label)} errors={form.errors[key]}>
          {({ describedBy, disabled }) => (
            <input
              id={key}
              // Preact types each input type apart; the four text-like ones take the same attributes.
              type={type as "text"}
              value={String(form.draft[key] ?? "")}
              disabled={disabled}
              aria-describedby={describedBy}
              aria-invalid={form.errors[key] ? "true" : undefined}
              onInput={(event) => form.set(key, event.currentTarget.value)}
            />
          )}
        </SettingField>
      ))}
    </fieldset>
  );
}
