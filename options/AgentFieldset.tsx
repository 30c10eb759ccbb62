import type { OptionsForm } from "./options-form";
import { SettingField } from "./SettingField";

/** Agent mode, for the partner's helpdesk, and the partner's own tenants it tells from customers'. */
export function AgentFieldset({ form }: { form: OptionsForm }) {
  const { t, draft, errors, set } = form;
  return (
    <fieldset>
      <legend>{t("options_section_agent")}</legend>
      <SettingField form={form} setting="agentMode" label={t("options_agentMode")} errors={undefined} check>
        {({ describedBy, disabled }) => (
          <input
            id="agentMode"
            type="checkbox"
            checked={draft.agentMode === true}
            disabled={disabled}
            aria-describedby={describedBy}
            onChange={(event) => set("agentMode", event.currentTarget.checked)}
          />
        )}
      </SettingField>
      <SettingField
        form={form}
        setting="partnerTenants"
        label={t("options_partnerTenants")}
        errors={errors.partnerTenants}
      >
        {({ describedBy, disabled }) => (
          <textarea
            id="partnerTenants"
            value={((draft.partnerTenants as string[]) ?? []).join("\n")}
            disabled={disabled}
            aria-describedby={describedBy}
            onInput={(event) =>
              set(
                "partnerTenants",
                event.currentTarget.value
                  .split("\n")
                  .map((line) => line.trim())
                  .filter((line) => line !== ""),
              )
            }
          />
        )}
      </SettingField>
    </fieldset>
  );
}
