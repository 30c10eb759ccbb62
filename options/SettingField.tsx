import type { ComponentChildren } from "preact";
import type { SettingKey } from "../src/settings/settings-schema";
import type { OptionsForm } from "./options-form";

/** What a setting's control needs from its field: its notes, and whether the user may change it. */
export interface SettingControl {
  describedBy: string | undefined;
  disabled: boolean;
}

interface SettingFieldProps {
  form: OptionsForm;
  /** The setting the control changes; its lock decides whether the control is disabled. */
  setting: SettingKey;
  /** The control's id; the setting's name unless one setting has several controls. */
  id?: string;
  label: ComponentChildren;
  errors: string[] | undefined;
  /** A checkbox: the control before its label. */
  check?: boolean;
  children: (control: SettingControl) => ComponentChildren;
}

/**
 * A labelled control with its lock note ("managed by your organization") and its errors. With
 * LockNote below, the one place the page shows a lock; options-form.ts alone decides what is locked.
 */
export function SettingField({
  form,
  setting,
  id = setting,
  label,
  errors,
  check,
  children,
}: SettingFieldProps) {
  const lockNote = form.lockNote(setting);
  const notes = [lockNote !== null ? `${id}-locked` : null, errors?.length ? `${id}-errors` : null].filter(
    Boolean,
  );
  const control = {
    describedBy: notes.length > 0 ? notes.join(" ") : undefined,
    disabled: lockNote !== null,
  };
  return (
    <div class={check ? "field field--check" : "field"} data-setting={id}>
      {check && children(control)}
      <label for={id}>{label}</label>
      {!check && children(control)}
      {lockNote !== null && <LockNote id={`${id}-locked`} note={lockNote} />}
      {errors?.length ? (
        <div id={`${id}-errors`} class="error" role="alert">
          {form.t("options_invalidValue")} {errors.join("; ")}
        </div>
      ) : null}
    </div>
  );
}

/** The lock note of a setting; a paragraph when it stands for a whole fieldset. */
export function LockNote({ id, note, paragraph }: { id?: string; note: string; paragraph?: boolean }) {
  return paragraph ? (
    <p class="locked">{note}</p>
  ) : (
    <span id={id} class="locked">
      {note}
    </span>
  );
}
