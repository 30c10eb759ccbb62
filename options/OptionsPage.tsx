import { useState } from "preact/hooks";
import type { Translate } from "../src/i18n/translate";
import { settingsAsPolicy } from "../src/settings/options-draft";
import type { ResolvedSettings } from "../src/settings/resolve-settings";
import { AgentFieldset } from "./AgentFieldset";
import { BannerFieldset } from "./BannerFieldset";
import { CustomRulesFieldset } from "./CustomRulesFieldset";
import { FormActions } from "./FormActions";
import { MessagesFieldset } from "./MessagesFieldset";
import { useOptionsForm } from "./options-form";
import { PartnerFieldset } from "./PartnerFieldset";
import { RequestFieldset } from "./RequestFieldset";
import { SettingsNotices } from "./SettingsNotices";

export interface OptionsPageProps {
  t: Translate;
  resolved: ResolvedSettings;
  /** The locale whose custom texts are edited first: the reader's. */
  initialMessageLocale: string;
  onSave(changes: Record<string, unknown>): Promise<void>;
  /** Hands the settings in force, as policy JSON, to the shell to download. */
  onExportPolicy(json: string): void;
  /**
   * False while the page shows the settings published for portal pages and its own read of both
   * sources is still under way: shown, not yet editable, so nothing is saved over a read to come.
   */
  settled: boolean;
}

/**
 * The options page: the partner's details and what the banner shows, for installs without policy
 * (typed in by the customer or the partner's technician). Keys the organisation's policy sets are
 * shown read-only with the reason; what cannot be saved is said next to the field. One component per
 * fieldset, all editing one form (options-form.ts), which alone saves and resets.
 */
export function OptionsPage({
  t,
  resolved,
  initialMessageLocale,
  onSave,
  onExportPolicy,
  settled,
}: OptionsPageProps) {
  const form = useOptionsForm(t, resolved, onSave);
  const [messageLocale, setMessageLocale] = useState(initialMessageLocale);
  return (
    <form
      inert={!settled}
      aria-busy={!settled}
      // Our validator decides: the browser's own would refuse "mailto:" in an e-mail field, silently.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.save();
      }}
    >
      <h1>{t("options_title")}</h1>
      <p class="hint">{t("options_intro")}</p>
      <SettingsNotices t={t} resolved={resolved} />
      <PartnerFieldset form={form} />
      <RequestFieldset form={form} />
      <BannerFieldset form={form} />
      <MessagesFieldset form={form} messageLocale={messageLocale} onMessageLocale={setMessageLocale} />
      <CustomRulesFieldset form={form} messageLocale={messageLocale} />
      <AgentFieldset form={form} />
      <FormActions
        form={form}
        onExportPolicy={() =>
          onExportPolicy(`${JSON.stringify(settingsAsPolicy(resolved.values), null, 2)}\n`)
        }
      />
    </form>
  );
}
