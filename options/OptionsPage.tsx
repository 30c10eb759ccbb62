import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { VERDICT_MESSAGES } from "../src/banner/banner-text";
import { type Classification, classifyUrl, compileCustomRules } from "../src/classify/classify-url";
import type { Translate } from "../src/i18n/translate";
import {
  changesToSave,
  type Draft,
  draftErrors,
  draftFrom,
  editableKeys,
  settingsAsPolicy,
} from "../src/settings/options-draft";
import type { ResolvedSettings } from "../src/settings/resolve-settings";
import {
  BANNER_VERDICTS,
  type CustomRuleSetting,
  PORTAL_HOSTS,
  type SettingKey,
  UI_LOCALES,
} from "../src/settings/settings-schema";
import { validateSetting } from "../src/settings/validate-settings";
import { VERDICTS, type Verdict } from "../src/verdict";

export interface OptionsPageProps {
  t: Translate;
  resolved: ResolvedSettings;
  /** The locale whose custom texts are edited first: the reader's. */
  initialMessageLocale: string;
  onSave(changes: Record<string, unknown>): Promise<void>;
  /** Hands the settings in force, as policy JSON, to the shell to download. */
  onExportPolicy(json: string): void;
}

type Status = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; error: string };
type LocalisedTexts = Record<string, string>;

function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

function verdictLabel(t: Translate, verdict: Verdict): string {
  return verdict === "none" ? t("options_verdictNone") : t(VERDICT_MESSAGES[verdict].title);
}

interface FieldProps {
  id: string;
  label: ComponentChildren;
  locked: boolean;
  lockNote: string;
  errors: string[] | undefined;
  t: Translate;
  check?: boolean;
  children: (describedBy: string | undefined) => ComponentChildren;
}

/** A labelled control with its lock note ("managed by your organization") and its errors. */
function Field({ id, label, locked, lockNote, errors, t, check, children }: FieldProps) {
  const notes = [locked ? `${id}-locked` : null, errors?.length ? `${id}-errors` : null].filter(Boolean);
  const describedBy = notes.length > 0 ? notes.join(" ") : undefined;
  return (
    <div class={check ? "field field--check" : "field"} data-setting={id}>
      {check && children(describedBy)}
      <label for={id}>{label}</label>
      {!check && children(describedBy)}
      {locked && (
        <span id={`${id}-locked`} class="locked">
          {lockNote}
        </span>
      )}
      {errors?.length ? (
        <div id={`${id}-errors`} class="error" role="alert">
          {t("options_invalidValue")} {errors.join("; ")}
        </div>
      ) : null}
    </div>
  );
}

/** Errors about a whole list or map (its size), not about one entry of it. */
function SectionErrors({
  t,
  lines,
  setting,
}: {
  t: Translate;
  lines: string[] | undefined;
  setting: string;
}) {
  const whole = lines?.filter((line) => line.startsWith(`${setting}: `));
  if (!whole?.length) return null;
  return (
    <div class="error" role="alert">
      {t("options_invalidValue")} {whole.join("; ")}
    </div>
  );
}

/**
 * The options page: the partner's details and what the banner shows, for installs without policy
 * (typed in by the customer or the partner's technician). Keys the organisation's policy sets are
 * shown read-only with the reason; what cannot be saved is said next to the field.
 */
export function OptionsPage({ t, resolved, initialMessageLocale, onSave, onExportPolicy }: OptionsPageProps) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(resolved.values));
  const [touched, setTouched] = useState<ReadonlySet<SettingKey>>(new Set());
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [messageLocale, setMessageLocale] = useState(initialMessageLocale);
  const [testUrl, setTestUrl] = useState("");

  // Policy can change while the page is open: locked fields follow it, the user's edits stay.
  useEffect(() => {
    setDraft((previous) => {
      const next = draftFrom(resolved.values);
      for (const key of touched) if (!resolved.locked.has(key)) next[key] = previous[key];
      return next;
    });
  }, [resolved]);

  const editable = useMemo(() => editableKeys(resolved), [resolved]);
  const errors = useMemo(() => draftErrors(draft, editable), [draft, editable]);
  const hasErrors = Object.keys(errors).length > 0;
  const locked = (key: SettingKey) => !editable.includes(key);
  const lockNote = t("options_managedByOrganization");

  const set = (key: SettingKey, value: unknown): void => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setTouched((previous) => new Set(previous).add(key));
    setStatus({ kind: "idle" });
  };

  const save = async (): Promise<void> => {
    setStatus({ kind: "saving" });
    try {
      await onSave(changesToSave(draft, editable));
      setTouched(new Set());
      setStatus({ kind: "saved" });
    } catch (error) {
      setStatus({ kind: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  };

  const reset = async (): Promise<void> => {
    setStatus({ kind: "saving" });
    try {
      await onSave(Object.fromEntries(editable.map((key) => [key, undefined])));
      setTouched(new Set());
      setStatus({ kind: "saved" });
    } catch (error) {
      setStatus({ kind: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  };

  const text = (key: SettingKey, type: "text" | "email" | "tel" | "url", label: string) => (
    <Field id={key} label={label} locked={locked(key)} lockNote={lockNote} errors={errors[key]} t={t}>
      {(describedBy) => (
        <input
          id={key}
          // Preact types each input type apart; the four text-like ones take the same attributes.
          type={type as "text"}
          value={String(draft[key] ?? "")}
          disabled={locked(key)}
          aria-describedby={describedBy}
          aria-invalid={errors[key] ? "true" : undefined}
          onInput={(event) => set(key, event.currentTarget.value)}
        />
      )}
    </Field>
  );

  const listToggle = (key: "disabledVerdicts" | "disabledHosts", item: string, label: string) => {
    const list = (draft[key] as string[]) ?? [];
    const id = `${key}-${item}`;
    return (
      <Field id={id} label={label} locked={locked(key)} lockNote={lockNote} errors={undefined} t={t} check>
        {(describedBy) => (
          <input
            id={id}
            type="checkbox"
            checked={!list.includes(item)}
            disabled={locked(key)}
            aria-describedby={describedBy}
            onChange={(event) =>
              set(key, event.currentTarget.checked ? list.filter((entry) => entry !== item) : [...list, item])
            }
          />
        )}
      </Field>
    );
  };

  const messages = (draft.customMessages ?? {}) as Record<string, LocalisedTexts>;
  const setMessage = (verdict: string, value: string): void => {
    const forVerdict = { ...(messages[verdict] ?? {}) };
    if (value === "") delete forVerdict[messageLocale];
    else forVerdict[messageLocale] = value;
    const next = { ...messages, [verdict]: forVerdict };
    if (Object.keys(forVerdict).length === 0) delete next[verdict];
    set("customMessages", next);
  };

  const rules = (Array.isArray(draft.customRules) ? draft.customRules : []) as CustomRuleSetting[];
  const setRule = (index: number, change: Partial<CustomRuleSetting>): void => {
    const next = rules.map((rule, position) => {
      if (position !== index) return rule;
      const updated: Record<string, unknown> = { ...rule, ...change };
      for (const [key, value] of Object.entries(updated)) if (value === undefined) delete updated[key];
      return updated as unknown as CustomRuleSetting;
    });
    set("customRules", next);
  };
  const setRuleMessage = (index: number, value: string): void => {
    const message = { ...(rules[index]?.message ?? {}) };
    if (value === "") delete message[messageLocale];
    else message[messageLocale] = value;
    setRule(index, { message: Object.keys(message).length > 0 ? message : undefined });
  };

  // The tester uses the rules as they would be saved: only the valid ones.
  const tested: Classification | null = useMemo(() => {
    if (testUrl.trim() === "") return null;
    const valid = validateSetting("customRules", rules).values.customRules ?? [];
    return classifyUrl(testUrl.trim(), compileCustomRules(valid).compiled);
  }, [testUrl, rules]);

  const policyProblems = resolved.problems.filter((problem) => problem.source === "policy");
  const optionProblems = resolved.problems.filter((problem) => problem.source === "options");

  return (
    <form
      // Our validator decides: the browser's own would refuse "mailto:" in an e-mail field, silently.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!hasErrors) void save();
      }}
    >
      <h1>{t("options_title")}</h1>
      <p class="hint">{t("options_intro")}</p>
      {resolved.locked.size > 0 && (
        <p class="notice" data-notice="managed">
          {t("options_managedNotice")}
        </p>
      )}
      {policyProblems.length > 0 && (
        <div class="notice notice--problems" data-notice="policy-problems">
          {t("options_policyProblems")}
          <ul>
            {policyProblems.map((problem) => (
              <li key={problem.path + problem.message}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {optionProblems.length > 0 && (
        <div class="notice notice--problems" data-notice="option-problems">
          {t("options_optionProblems")}
          <ul>
            {optionProblems.map((problem) => (
              <li key={problem.path + problem.message}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset>
        <legend>{t("options_section_partner")}</legend>
        {text("partnerName", "text", t("options_partnerName"))}
        {text("partnerEmail", "email", t("options_partnerEmail"))}
        {text("partnerPhone", "tel", t("options_partnerPhone"))}
        {text("partnerWebsite", "url", t("options_partnerWebsite"))}
        {text("partnerSupportUrl", "url", t("options_partnerSupportUrl"))}
      </fieldset>

      <fieldset>
        <legend>{t("options_section_banner")}</legend>
        <Field
          id="enabled"
          label={t("options_enabled")}
          locked={locked("enabled")}
          lockNote={resolved.settings.allowUserDisable ? lockNote : t("options_keptOnByOrganization")}
          errors={undefined}
          t={t}
          check
        >
          {(describedBy) => (
            <input
              id="enabled"
              type="checkbox"
              checked={draft.enabled === true}
              disabled={locked("enabled")}
              aria-describedby={describedBy}
              onChange={(event) => set("enabled", event.currentTarget.checked)}
            />
          )}
        </Field>
        <p class="hint">{t("options_verdictsShown")}</p>
        <div class="checks">
          {BANNER_VERDICTS.map((verdict) =>
            listToggle("disabledVerdicts", verdict, verdictLabel(t, verdict)),
          )}
        </div>
        <p class="hint">{t("options_portalsShown")}</p>
        <div class="checks">{PORTAL_HOSTS.map((host) => listToggle("disabledHosts", host, host))}</div>
        <Field
          id="locale"
          label={t("options_language")}
          locked={locked("locale")}
          lockNote={lockNote}
          errors={errors.locale}
          t={t}
        >
          {(describedBy) => (
            <select
              id="locale"
              value={String(draft.locale ?? "")}
              disabled={locked("locale")}
              aria-describedby={describedBy}
              onChange={(event) => set("locale", event.currentTarget.value)}
            >
              <option value="">{t("options_languageBrowser")}</option>
              {UI_LOCALES.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {languageName(locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="dismissDays"
          label={t("options_dismissDays")}
          locked={locked("dismissDays")}
          lockNote={lockNote}
          errors={errors.dismissDays}
          t={t}
        >
          {(describedBy) => (
            <input
              id="dismissDays"
              type="number"
              min={0}
              max={365}
              step={1}
              value={Number.isFinite(draft.dismissDays) ? String(draft.dismissDays) : ""}
              disabled={locked("dismissDays")}
              aria-describedby={describedBy}
              onInput={(event) =>
                set(
                  "dismissDays",
                  event.currentTarget.value === "" ? Number.NaN : Number(event.currentTarget.value),
                )
              }
            />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t("options_section_messages")}</legend>
        <p class="hint">{t("options_messagesHint")}</p>
        <SectionErrors t={t} lines={errors.customMessages} setting="customMessages" />
        <div class="field">
          <label for="messageLocale">{t("options_messagesLanguage")}</label>
          <select
            id="messageLocale"
            value={messageLocale}
            onChange={(event) => setMessageLocale(event.currentTarget.value)}
          >
            {UI_LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {languageName(locale)}
              </option>
            ))}
          </select>
        </div>
        {BANNER_VERDICTS.map((verdict) => (
          <Field
            key={verdict}
            id={`customMessages-${verdict}`}
            label={t(VERDICT_MESSAGES[verdict].title)}
            locked={locked("customMessages")}
            lockNote={lockNote}
            errors={errors.customMessages?.filter((line) => line.startsWith(`customMessages.${verdict}.`))}
            t={t}
          >
            {(describedBy) => (
              <textarea
                id={`customMessages-${verdict}`}
                lang={messageLocale}
                value={messages[verdict]?.[messageLocale] ?? ""}
                disabled={locked("customMessages")}
                aria-describedby={describedBy}
                onInput={(event) => setMessage(verdict, event.currentTarget.value)}
              />
            )}
          </Field>
        ))}
      </fieldset>

      <fieldset data-setting="customRules">
        <legend>{t("options_section_rules")}</legend>
        <p class="hint">{t("options_rulesHint")}</p>
        {locked("customRules") && <p class="locked">{lockNote}</p>}
        <SectionErrors t={t} lines={errors.customRules} setting="customRules" />
        {rules.map((rule, index) => {
          const prefix = `customRules-${index}`;
          const disabled = locked("customRules");
          const ruleErrors = errors.customRules?.filter(
            (line) => line.startsWith(`customRules[${index}]:`) || line.startsWith(`customRules[${index}].`),
          );
          return (
            <div class="rule" key={index} data-rule-index={index}>
              <div class="field">
                <label for={`${prefix}-id`}>{t("options_ruleId")}</label>
                <input
                  id={`${prefix}-id`}
                  type="text"
                  value={rule.id ?? ""}
                  disabled={disabled}
                  onInput={(event) => setRule(index, { id: event.currentTarget.value })}
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
                    setRule(index, {
                      portal: value === "" ? undefined : (value as CustomRuleSetting["portal"]),
                    });
                  }}
                >
                  <option value="">{t("options_rulePortalBoth")}</option>
                  <option value="m365-admin">Microsoft 365 admin center</option>
                  <option value="azure-portal">Azure portal</option>
                </select>
              </div>
              <div class="field">
                <label for={`${prefix}-pattern`}>{t("options_rulePattern")}</label>
                <input
                  id={`${prefix}-pattern`}
                  type="text"
                  value={rule.pattern ?? ""}
                  disabled={disabled}
                  onInput={(event) => setRule(index, { pattern: event.currentTarget.value })}
                />
              </div>
              <div class="field">
                <label for={`${prefix}-verdict`}>{t("options_ruleVerdict")}</label>
                <select
                  id={`${prefix}-verdict`}
                  value={rule.verdict}
                  disabled={disabled}
                  onChange={(event) => setRule(index, { verdict: event.currentTarget.value as Verdict })}
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
                  onInput={(event) => setRuleMessage(index, event.currentTarget.value)}
                />
              </div>
              {ruleErrors?.length ? (
                <div class="error rule__wide" role="alert">
                  {t("options_invalidValue")} {ruleErrors.join("; ")}
                </div>
              ) : null}
              {!disabled && (
                <div class="rule__wide">
                  <button
                    type="button"
                    onClick={() =>
                      set(
                        "customRules",
                        rules.filter((_, position) => position !== index),
                      )
                    }
                  >
                    {t("options_removeRule", [String(index + 1)])}
                  </button>
                </div>
              )}
            </div>
          );
        })}
        {!locked("customRules") && (
          <button
            type="button"
            onClick={() =>
              set("customRules", [
                ...rules,
                { id: `rule-${rules.length + 1}`, pattern: "", verdict: "partner" },
              ])
            }
          >
            {t("options_addRule")}
          </button>
        )}
        <div class="field">
          <label for="testUrl">{t("options_testUrl")}</label>
          <input
            id="testUrl"
            type="url"
            value={testUrl}
            placeholder="https://portal.azure.com/#browse/resourcegroups"
            onInput={(event) => setTestUrl(event.currentTarget.value)}
          />
          {tested && (
            <output for="testUrl" class="test-result" data-verdict={tested.verdict}>
              {t("options_testResult", [
                verdictLabel(t, tested.verdict),
                tested.rule ?? "—",
                tested.route || "—",
              ])}
            </output>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("options_section_agent")}</legend>
        <Field
          id="agentMode"
          label={t("options_agentMode")}
          locked={locked("agentMode")}
          lockNote={lockNote}
          errors={undefined}
          t={t}
          check
        >
          {(describedBy) => (
            <input
              id="agentMode"
              type="checkbox"
              checked={draft.agentMode === true}
              disabled={locked("agentMode")}
              aria-describedby={describedBy}
              onChange={(event) => set("agentMode", event.currentTarget.checked)}
            />
          )}
        </Field>
        <Field
          id="partnerTenants"
          label={t("options_partnerTenants")}
          locked={locked("partnerTenants")}
          lockNote={lockNote}
          errors={errors.partnerTenants}
          t={t}
        >
          {(describedBy) => (
            <textarea
              id="partnerTenants"
              value={((draft.partnerTenants as string[]) ?? []).join("\n")}
              disabled={locked("partnerTenants")}
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
        </Field>
      </fieldset>

      <div class="actions">
        <button type="submit" class="primary" disabled={hasErrors || status.kind === "saving"}>
          {t("options_save")}
        </button>
        <button type="button" onClick={() => void reset()} disabled={status.kind === "saving"}>
          {t("options_reset")}
        </button>
        <button
          type="button"
          aria-describedby="exportPolicyHint"
          onClick={() => onExportPolicy(`${JSON.stringify(settingsAsPolicy(resolved.values), null, 2)}\n`)}
        >
          {t("options_exportPolicy")}
        </button>
        <span role="status" data-status={status.kind}>
          {hasErrors
            ? t("options_cannotSave")
            : status.kind === "saved"
              ? t("options_saved")
              : status.kind === "failed"
                ? t("options_saveFailed", [status.error])
                : ""}
        </span>
      </div>
      <p id="exportPolicyHint" class="hint">
        {t("options_exportPolicyHint")}
      </p>
    </form>
  );
}
