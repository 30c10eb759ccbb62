import type { SettingKey } from "../src/settings/settings-schema";
import type { OptionsForm } from "./options-form";
import { SettingField } from "./SettingField";

/** Where the banner's "Ask <partner> to do this" goes: the ticket form, and the tenant it names. */
const REQUEST_FIELDS: readonly [key: SettingKey, type: "text" | "url", label: string][] = [
  ["partnerRequestUrl", "url", "options_partnerRequestUrl"],
  ["customerTenant", "text", "options_customerTenant"],
];

export function RequestFieldset({ form }: { form: OptionsForm }) {
  return (
    <fieldset>
      <legend>{form.t("options_section_request")}</legend>
      <p class="hint">{form.t("options_requestHint")}</p>
      {REQUEST_FIELDS.map(([key, type, label]) => (
        <SettingField key={key} form={form} setting={key} label={form.t(label)} errors={form.errors[key]}>
          {({ describedBy, disabled }) => (
            <input
              id={key}
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
