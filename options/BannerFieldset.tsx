import { PORTALS } from "../src/catalog/portals";
import { BANNER_VERDICTS } from "../src/settings/settings-schema";
import { LocaleOptions, verdictLabel } from "./option-labels";
import type { OptionsForm } from "./options-form";
import { SettingField } from "./SettingField";
import { ShownToggles } from "./ShownToggles";

/** The portal hosts the extension runs on, from the catalog. */
const HOSTS = PORTALS.flatMap((portal) => portal.hosts).map((host) => ({ value: host, label: host }));

/** Whether and where the banner shows, in which language, and for how long a dismissal holds. */
export function BannerFieldset({ form }: { form: OptionsForm }) {
  const { t, draft, errors, set } = form;
  const verdicts = BANNER_VERDICTS.map((verdict) => ({ value: verdict, label: verdictLabel(t, verdict) }));
  return (
    <fieldset>
      <legend>{t("options_section_banner")}</legend>
      <SettingField form={form} setting="enabled" label={t("options_enabled")} errors={undefined} check>
        {({ describedBy, disabled }) => (
          <input
            id="enabled"
            type="checkbox"
            checked={draft.enabled === true}
            disabled={disabled}
            aria-describedby={describedBy}
            onChange={(event) => set("enabled", event.currentTarget.checked)}
          />
        )}
      </SettingField>
      <p class="hint">{t("options_verdictsShown")}</p>
      <ShownToggles form={form} setting="disabledVerdicts" items={verdicts} />
      <p class="hint">{t("options_portalsShown")}</p>
      <ShownToggles form={form} setting="disabledHosts" items={HOSTS} />
      <SettingField form={form} setting="locale" label={t("options_language")} errors={errors.locale}>
        {({ describedBy, disabled }) => (
          <select
            id="locale"
            value={String(draft.locale ?? "")}
            disabled={disabled}
            aria-describedby={describedBy}
            onChange={(event) => set("locale", event.currentTarget.value)}
          >
            <option value="">{t("options_languageBrowser")}</option>
            <LocaleOptions />
          </select>
        )}
      </SettingField>
      <SettingField
        form={form}
        setting="dismissDays"
        label={t("options_dismissDays")}
        errors={errors.dismissDays}
      >
        {({ describedBy, disabled }) => (
          <input
            id="dismissDays"
            type="number"
            min={0}
            max={365}
            step={1}
            value={Number.isFinite(draft.dismissDays) ? String(draft.dismissDays) : ""}
            disabled={disabled}
            aria-describedby={describedBy}
            onInput={(event) =>
              set(
                "dismissDays",
                event.currentTarget.value === "" ? Number.NaN : Number(event.currentTarget.value),
              )
            }
          />
        )}
      </SettingField>
    </fieldset>
  );
}
