import { VERDICT_MESSAGES } from "../src/banner/banner-text";
import type { Translate } from "../src/i18n/translate";
import { UI_LOCALES } from "../src/settings/settings-schema";
import type { Verdict } from "../src/verdict";

/** A language's name in that language ("Deutsch", "polski"), or its tag where the browser has none. */
export function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** A verdict as the banner titles it; `none` (no banner) has its own wording. */
export function verdictLabel(t: Translate, verdict: Verdict): string {
  return verdict === "none" ? t("options_verdictNone") : t(VERDICT_MESSAGES[verdict].title);
}

/** The <option>s of the languages the extension ships, each named in itself. */
export function LocaleOptions() {
  return (
    <>
      {UI_LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {languageName(locale)}
        </option>
      ))}
    </>
  );
}
