import type { Translate } from "../src/i18n/translate";

/** Errors about a whole list or map (its size), not about one entry of it. */
export function SettingErrors({
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
