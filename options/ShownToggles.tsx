import type { OptionsForm } from "./options-form";
import { SettingField } from "./SettingField";

interface ShownTogglesProps {
  form: OptionsForm;
  /** The list of what is turned off; a checked box is an item left out of it. */
  setting: "disabledVerdicts" | "disabledHosts";
  items: readonly { value: string; label: string }[];
}

/** One checkbox per verdict or host: checked while the banner shows there. */
export function ShownToggles({ form, setting, items }: ShownTogglesProps) {
  const list = (form.draft[setting] as string[]) ?? [];
  return (
    <div class="checks">
      {items.map(({ value, label }) => {
        const id = `${setting}-${value}`;
        return (
          <SettingField key={id} form={form} setting={setting} id={id} label={label} errors={undefined} check>
            {({ describedBy, disabled }) => (
              <input
                id={id}
                type="checkbox"
                checked={!list.includes(value)}
                disabled={disabled}
                aria-describedby={describedBy}
                onChange={(event) =>
                  form.set(
                    setting,
                    event.currentTarget.checked ? list.filter((entry) => entry !== value) : [...list, value],
                  )
                }
              />
            )}
          </SettingField>
        );
      })}
    </div>
  );
}
