import type { OptionsForm } from "./options-form";

/** Save, reset and download, with how the last save went. */
export function FormActions({ form, onExportPolicy }: { form: OptionsForm; onExportPolicy(): void }) {
  const { t, status, hasErrors } = form;
  return (
    <>
      <div class="actions">
        <button type="submit" class="primary" disabled={hasErrors || status.kind === "saving"}>
          {t("options_save")}
        </button>
        <button type="button" onClick={form.reset} disabled={status.kind === "saving"}>
          {t("options_reset")}
        </button>
        <button type="button" aria-describedby="exportPolicyHint" onClick={onExportPolicy}>
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
    </>
  );
}
