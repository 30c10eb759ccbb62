import { VERDICT_MESSAGES } from "../src/banner/banner-text";
import { BANNER_VERDICTS } from "../src/settings/settings-schema";
import { LocaleOptions } from "./option-labels";
import type { OptionsForm } from "./options-form";
import { SettingErrors } from "./SettingErrors";
import { SettingField } from "./SettingField";

type LocalisedTexts = Record<string, string>;

interface MessagesFieldsetProps {
  form: OptionsForm;
  /** The language whose texts are edited here and in the custom rules. */
  messageLocale: string;
  onMessageLocale(locale: string): void;
}

/** The banner's own text per verdict, one language at a time. */
export function MessagesFieldset({ form, messageLocale, onMessageLocale }: MessagesFieldsetProps) {
  const { t, errors } = form;
  const messages = (form.draft.customMessages ?? {}) as Record<string, LocalisedTexts>;
  const setMessage = (verdict: string, value: string): void => {
    const forVerdict = { ...(messages[verdict] ?? {}) };
    if (value === "") delete forVerdict[messageLocale];
    else forVerdict[messageLocale] = value;
    const next = { ...messages, [verdict]: forVerdict };
    if (Object.keys(forVerdict).length === 0) delete next[verdict];
    form.set("customMessages", next);
  };

  return (
    <fieldset>
      <legend>{t("options_section_messages")}</legend>
      <p class="hint">{t("options_messagesHint")}</p>
      <SettingErrors t={t} lines={errors.customMessages} setting="customMessages" />
      <div class="field">
        <label for="messageLocale">{t("options_messagesLanguage")}</label>
        <select
          id="messageLocale"
          value={messageLocale}
          onChange={(event) => onMessageLocale(event.currentTarget.value)}
        >
          <LocaleOptions />
        </select>
      </div>
      {BANNER_VERDICTS.map((verdict) => (
        <SettingField
          key={verdict}
          form={form}
          setting="customMessages"
          id={`customMessages-${verdict}`}
          label={t(VERDICT_MESSAGES[verdict].title)}
          errors={errors.customMessages?.filter((line) => line.startsWith(`customMessages.${verdict}.`))}
        >
          {({ describedBy, disabled }) => (
            <textarea
              id={`customMessages-${verdict}`}
              lang={messageLocale}
              value={messages[verdict]?.[messageLocale] ?? ""}
              disabled={disabled}
              aria-describedby={describedBy}
              onInput={(event) => setMessage(verdict, event.currentTarget.value)}
            />
          )}
        </SettingField>
      ))}
    </fieldset>
  );
}
