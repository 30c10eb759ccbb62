import { useEffect, useMemo, useState } from "preact/hooks";
import type { Translate } from "../src/i18n/translate";
import {
  changesToSave,
  type Draft,
  draftErrors,
  draftFrom,
  editableKeys,
} from "../src/settings/options-draft";
import type { ResolvedSettings } from "../src/settings/resolve-settings";
import type { SettingKey } from "../src/settings/settings-schema";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "failed"; error: string };

/** What every fieldset of the options page reads and changes: the form's one state. */
export interface OptionsForm {
  readonly t: Translate;
  /** The settings as the user is editing them. */
  readonly draft: Draft;
  /** Problems per key, worded by the validator; empty when the draft can be saved. */
  readonly errors: Partial<Record<SettingKey, string[]>>;
  readonly hasErrors: boolean;
  readonly status: SaveStatus;
  /** Why the user cannot change `key` (the organisation's policy sets it), or null when they can. */
  lockNote(key: SettingKey): string | null;
  set(key: SettingKey, value: unknown): void;
  /** Writes what the user changed to their options, tidied; does nothing while a field is wrong. */
  save(): void;
  /** Removes the user's options, so the defaults and the policy apply. */
  reset(): void;
}

/**
 * The options form: the draft, what is wrong with it, which keys are locked and why, and the one
 * path that writes it (`onSave`, to `storage.sync`) and reports how that went.
 */
export function useOptionsForm(
  t: Translate,
  resolved: ResolvedSettings,
  onSave: (changes: Record<string, unknown>) => Promise<void>,
): OptionsForm {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(resolved.values));
  const [touched, setTouched] = useState<ReadonlySet<SettingKey>>(new Set());
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });

  // Policy can change while the page is open: locked fields follow it, the user's edits stay.
  useEffect(() => {
    setDraft((previous) => {
      const next = draftFrom(resolved.values);
      for (const key of touched) if (!resolved.locked.has(key)) next[key] = previous[key];
      return next;
    });
  }, [resolved]);

  const editable = useMemo(() => editableKeys(resolved), [resolved]);
  const errors = useMemo(() => draftErrors(draft, editable, resolved), [draft, editable, resolved]);
  const hasErrors = Object.keys(errors).length > 0;

  const lockNote = (key: SettingKey): string | null => {
    if (editable.includes(key)) return null;
    if (resolved.keptOn.has(key)) return t("options_keptOnByOrganization");
    return t("options_managedByOrganization");
  };

  const set = (key: SettingKey, value: unknown): void => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setTouched((previous) => new Set(previous).add(key));
    setStatus({ kind: "idle" });
  };

  const write = async (changes: Record<string, unknown>): Promise<void> => {
    setStatus({ kind: "saving" });
    try {
      await onSave(changes);
      setTouched(new Set());
      setStatus({ kind: "saved" });
    } catch (error) {
      setStatus({ kind: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  };

  return {
    t,
    draft,
    errors,
    hasErrors,
    status,
    lockNote,
    set,
    save: () => {
      if (!hasErrors) void write(changesToSave(draft, editable));
    },
    reset: () => void write(Object.fromEntries(editable.map((key) => [key, undefined]))),
  };
}
