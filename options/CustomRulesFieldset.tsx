import type { CustomRuleSetting } from "../src/settings/settings-schema";
import { CustomRuleEditor } from "./CustomRuleEditor";
import type { OptionsForm } from "./options-form";
import { RuleTester } from "./RuleTester";
import { SettingErrors } from "./SettingErrors";
import { LockNote } from "./SettingField";

/** The user's own rules, which take precedence over the catalog, and a URL to try them on. */
export function CustomRulesFieldset({ form, messageLocale }: { form: OptionsForm; messageLocale: string }) {
  const { t } = form;
  const lockNote = form.lockNote("customRules");
  const disabled = lockNote !== null;
  const rules = (Array.isArray(form.draft.customRules) ? form.draft.customRules : []) as CustomRuleSetting[];
  const setRule = (index: number, change: Partial<CustomRuleSetting>): void => {
    const next = rules.map((rule, position) => {
      if (position !== index) return rule;
      const updated: Record<string, unknown> = { ...rule, ...change };
      for (const [key, value] of Object.entries(updated)) if (value === undefined) delete updated[key];
      return updated as unknown as CustomRuleSetting;
    });
    form.set("customRules", next);
  };

  return (
    <fieldset data-setting="customRules">
      <legend>{t("options_section_rules")}</legend>
      <p class="hint">{t("options_rulesHint")}</p>
      {lockNote !== null && <LockNote note={lockNote} paragraph />}
      <SettingErrors t={t} lines={form.errors.customRules} setting="customRules" />
      {rules.map((rule, index) => (
        <CustomRuleEditor
          // Rules have no identity but their place: the id is one of the fields being edited.
          key={index}
          form={form}
          rule={rule}
          index={index}
          messageLocale={messageLocale}
          disabled={disabled}
          onChange={(change) => setRule(index, change)}
          onRemove={() =>
            form.set(
              "customRules",
              rules.filter((_, position) => position !== index),
            )
          }
        />
      ))}
      {!disabled && (
        <button
          type="button"
          onClick={() =>
            form.set("customRules", [
              ...rules,
              { id: `rule-${rules.length + 1}`, pattern: "", verdict: "partner" },
            ])
          }
        >
          {t("options_addRule")}
        </button>
      )}
      <RuleTester t={t} rules={rules} />
    </fieldset>
  );
}
