import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { Translate } from "../src/i18n/translate";
import { badgeLookFor } from "../src/messages/badge-look";
import type { Verdict } from "../src/verdict";
import { ShadowView } from "./ShadowView";

export type PreviewOutcome =
  | { ok: false; message: string }
  | {
      ok: true;
      url: string;
      verdict: Verdict;
      rule: string | null;
      /** What the content script would put in the portal's shadow root; null: nothing at all. */
      view: ComponentChildren | null;
      styles: string;
      /** The language policy sets for the banner, which the picker cannot change. */
      forcedLocale: string | null;
    };

export interface PreviewSectionProps {
  t: Translate;
  locales: readonly string[];
  initialLocale: string;
  recentUrls: readonly string[];
  /** Days a previewed URL is kept (RECENT_URL_DAYS). */
  recentDays: number;
  /** True once the agent forgot the recent URLs (until the next preview). */
  recentForgotten: boolean;
  onForgetRecent(): void;
  preview(url: string, locale: string): Promise<PreviewOutcome>;
}

export function PreviewSection({
  t,
  locales,
  initialLocale,
  recentUrls,
  recentDays,
  recentForgotten,
  onForgetRecent,
  preview,
}: PreviewSectionProps) {
  const [url, setUrl] = useState("");
  const [locale, setLocale] = useState(initialLocale);
  const [outcome, setOutcome] = useState<PreviewOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: Event): void => {
    event.preventDefault();
    setBusy(true);
    preview(url, locale)
      .then(setOutcome, (error: unknown) => setOutcome({ ok: false, message: String(error) }))
      .finally(() => setBusy(false));
  };

  return (
    <section class="card" aria-labelledby="preview">
      <details open={recentUrls.length > 0 || recentForgotten || undefined}>
        <summary>
          <h2 id="preview">{t("popup_previewTitle")}</h2>
        </summary>
        <p class="note">{t("popup_previewIntro")}</p>
        <form class="preview-form" onSubmit={submit}>
          <label for="preview-url">{t("popup_previewUrl")}</label>
          <input
            id="preview-url"
            name="url"
            type="text"
            inputMode="url"
            list="preview-recent"
            autoComplete="off"
            spellcheck={false}
            placeholder="https://portal.azure.com/#@contoso.onmicrosoft.com/…"
            value={url}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
          <datalist id="preview-recent">
            {recentUrls.map((recent) => (
              <option key={recent} value={recent} />
            ))}
          </datalist>
          <label for="preview-locale">{t("popup_previewLocale")}</label>
          <select
            id="preview-locale"
            value={locale}
            onChange={(event) => setLocale(event.currentTarget.value)}
          >
            {locales.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy}>
            {t("popup_previewShow")}
          </button>
        </form>
        {recentUrls.length > 0 && (
          <p class="note recent-urls" data-recent-urls={recentUrls.length}>
            {t("popup_previewRecentKept", [String(recentDays)])}{" "}
            <button type="button" class="link-button" onClick={onForgetRecent}>
              {t("popup_previewClearRecent")}
            </button>
          </p>
        )}
        {recentForgotten && (
          <p class="note" role="status">
            {t("popup_previewRecentCleared")}
          </p>
        )}
        <div class="preview-result" aria-live="polite">
          {outcome && !outcome.ok && (
            <p class="problem" role="alert">
              {outcome.message}
            </p>
          )}
          {outcome?.ok && <PreviewResult outcome={outcome} t={t} />}
        </div>
      </details>
    </section>
  );
}

function PreviewResult({ outcome, t }: { outcome: Extract<PreviewOutcome, { ok: true }>; t: Translate }) {
  const look = badgeLookFor(outcome.verdict);
  return (
    <div
      class="preview"
      data-preview-url={outcome.url}
      data-preview-verdict={outcome.verdict}
      data-preview-rule={outcome.rule ?? ""}
    >
      <p class={`verdict verdict--${outcome.verdict}`}>
        {look ? t(look.titleKey) : t("popup_verdict_none")}
        {outcome.rule && <code class="rule">{outcome.rule}</code>}
      </p>
      {outcome.forcedLocale && (
        <p class="note">{t("popup_previewLocaleForced", [languageName(outcome.forcedLocale)])}</p>
      )}
      {outcome.view ? (
        <ShadowView styles={outcome.styles}>{outcome.view}</ShadowView>
      ) : (
        <p class="note">{t("popup_previewNoBanner")}</p>
      )}
    </div>
  );
}

/** A language's own name for itself ("Deutsch", "日本語"), as the language picker should show it. */
function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: "language" }).of(code);
    return name ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
