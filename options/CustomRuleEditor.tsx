import { PORTALS } from "../src/catalog/portals";
import type { CustomRuleSetting } from "../src/settings/settings-schema";
import { VERDICTS, type Verdict } from "../src/verdict";
import { languageName, verdictLabel } from "./option-labels";
import type { OptionsForm } from "./options-form";

interface CustomRuleEditorProps {
  form: OptionsForm;
  rule: CustomRuleSetting;
  index: number;
  /** The language of the rule's message being edited. */
  messageLocale: string;
  disabled: boolean;
  onChange(change: Partial<CustomRuleSetting>): void;
  onRemove(): void;
}

/** One custom rule: its id, portal, route pattern, verdict and message, and what is wrong with it. */
export function CustomRuleEditor({
  form,
  rule,
  index,
  messageLocale,
  disabled,
  onChange,
  onRemove,
}: CustomRuleEditorProps) {
  const { t } = form;
  const prefix = `customRules-${index}`;
  const ruleErrors = form.errors.customRules?.filter(
    (line) => line.startsWith(`customRules[${index}]:`) || line.startsWith(`customRules[${index}].`),
  );
  const setMessage = (value: string): void => {
    const message = { ...(rule.message ?? {}) };
    if (value === "") delete message[messageLocale];
    else message[messageLocale] = value;
    onChange({ message: Object.keys(message).length > 0 ? message : undefined });
  };

  return (
    <div class="rule" data-rule-index={index}>
      <div class="field">
        <label for={`${prefix}-id`}>{t("options_ruleId")}</label>
        <input
          id={`${prefix}-id`}
          type="text"
          value={rule.id ?? ""}
          disabled={disabled}
          onInput={(event) => onChange({ id: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${prefix}-portal`}>{t("options_rulePortal")}</label>
        <select
          id={`${prefix}-portal`}
          value={rule.portal ?? ""}
          disabled={disabled}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({ portal: value === "" ? undefined : (value as CustomRuleSetting["portal"]) });
          }}
        >
          <option value="">{t("options_rulePortalBoth")}</option>
          {PORTALS.map((portal) => (
            <option key={portal.id} value={portal.id}>
              {portal.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${prefix}-pattern`}>{t("options_rulePattern")}</label>
        <input
          id={`${prefix}-pattern`}
          type="text"
          value={rule.pattern ?? ""}
          disabled={disabled}
          onInput={(event) => onChange({ pattern: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${prefix}-verdict`}>{t("options_ruleVerdict")}</label>
        <select
          id={`${prefix}-verdict`}
          value={rule.verdict}
          disabled={disabled}
          onChange={(event) => onChange({ verdict: event.currentTarget.value as Verdict })}
        >
          {VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {verdictLabel(t, verdict)}
            </option>
          ))}
        </select>
      </div>
      <div class="field rule__wide">
        <label for={`${prefix}-message`}>
          {t("options_ruleMessage")} ({languageName(messageLocale)})
        </label>
        <textarea
          id={`${prefix}-message`}
          lang={messageLocale}
          value={rule.message?.[messageLocale] ?? ""}
          disabled={disabled}
          onInput={(event) => setMessage(event.currentTarget.value)}
        />
      </div>
      {ruleErrors?.length ? (
        <div class="error rule__wide" role="alert">
          {t("options_invalidValue")} {ruleErrors.join("; ")}
        </div>
      ) : null}
      {!disabled && (
        <div class="rule__wide">
          <button type="button" onClick={onRemove}>
            {t("options_removeRule", [String(index + 1)])}
          </button>
        </div>
      )}
    </div>
  );
}
