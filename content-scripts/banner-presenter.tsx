import type { VNode } from "preact";
import { Banner } from "../src/banner/Banner";
import { VERDICT_MESSAGES } from "../src/banner/banner-text";
import { isBannerTurnedOff } from "../src/banner/banner-visibility";
import { type DismissalRecord, dismissalEnd, isDismissed, withDismissal } from "../src/banner/dismissals";
import type { BannerTheme } from "../src/banner/portal-theme";
import type { Classification } from "../src/classify/classify-url";
import { DAY_LABELS_KEY, preparedDay } from "../src/i18n/day-labels";
import { formatDay } from "../src/i18n/format-day";
import type { Translator } from "../src/i18n/translate";
import type { BannerVerdict, Settings } from "../src/settings/settings";
import type { Verdict } from "../src/verdict";
import type { BannerHost } from "./banner-host";
import { translatorForLocale } from "./banner-translator";
import { dismissBanner, readDismissals, readLocal, watchDismissals, watchLocal } from "./local-storage";
import { browserLanguage, browserTranslator } from "./page-i18n";
import { type Announce, createAnnouncer } from "./verdict-announcer";
import { watchPortalTheme } from "./watch-portal-theme";

// A dismissed banner must not flash up before storage says it is dismissed; a storage that does not
// answer this quickly must not keep the guidance away either.
const DISMISSALS_WAIT_MS = 400;

/** The day as the background wrote it out (no Intl in the page); formatted here only when it is not there. */
const writeDay =
  (labels: unknown) =>
  (date: Date, language: string): string =>
    preparedDay(labels, date, language) ?? formatDay(date, language);

export interface BannerPresenter {
  /**
   * The banner for this verdict, for the content script to render into `host.mountPoint` at once (the
   * same frame as the route change); null for "none", a dismissed or a turned-off banner. Called on
   * every route change, "none" included, so that a change of verdict is announced.
   */
  view(host: BannerHost, current: Classification, settings: Settings): VNode | null;
}

/**
 * The banner's state on this page: collapsed or not, dismissals, the portal's theme, the language,
 * and what was last announced. Whenever one changes on its own (storage, theme, a forced locale
 * arriving, a click), `refresh` is called, and the content script renders again.
 */
export function createBannerPresenter(
  refresh: () => void,
  signal: AbortSignal,
  log: (message: string, error?: unknown) => void,
): BannerPresenter {
  let dismissals: DismissalRecord | null = null;
  let dayLabels: unknown;
  // Null until the user chooses: collapsed then only where the banner is an overlay over the portal.
  let collapsed: boolean | null = null;
  let focusAfterRender: string | null = null;
  let translator: Translator = browserTranslator();
  let translatorLocale = "";
  let announce: Announce | null = null;
  let announcerRoot: ShadowRoot | null = null;
  let lastVerdict: Verdict | null = null;
  let theme: BannerTheme = watchPortalTheme((next) => {
    theme = next;
    refresh();
  }, signal);

  const setDismissals = (record: DismissalRecord): void => {
    dismissals = record;
    refresh();
  };
  // The prepared days come with the dismissals, so the first banner finds its dismiss date written out.
  Promise.all([readDismissals(), readLocal(DAY_LABELS_KEY).catch(() => undefined)]).then(
    ([record, labels]) => {
      dayLabels = labels;
      setDismissals(record);
    },
    (error: unknown) => {
      log("could not read dismissed banners; showing them all", error);
      setDismissals({});
    },
  );
  const waited = setTimeout(() => {
    if (dismissals === null) setDismissals({});
  }, DISMISSALS_WAIT_MS);
  signal.addEventListener("abort", () => clearTimeout(waited));
  watchDismissals(setDismissals, signal);
  watchLocal(
    DAY_LABELS_KEY,
    (labels) => {
      dayLabels = labels;
    },
    signal,
  );

  const useLocale = (locale: string): void => {
    if (locale === translatorLocale) return;
    translatorLocale = locale;
    if (locale === "") {
      translator = browserTranslator();
      return;
    }
    translatorForLocale(locale).then(
      (forced) => {
        if (signal.aborted || translatorLocale !== locale) return;
        translator = forced;
        refresh();
      },
      (error: unknown) => log(`could not load the "${locale}" texts; using the browser's language`, error),
    );
  };

  return {
    view(host, current, settings) {
      const { verdict } = current;
      const rule = current.rule ?? "";
      if (announcerRoot !== host.root) {
        announcerRoot = host.root;
        announce = createAnnouncer(host.root, signal);
      }
      useLocale(settings.locale);
      const now = Date.now();
      const shown =
        verdict !== "none" &&
        dismissals !== null &&
        !isDismissed(dismissals, rule, now, settings.dismissDays) &&
        !isBannerTurnedOff(settings, verdict, location.hostname);
      if (!shown) {
        if (dismissals !== null) lastVerdict = verdict;
        return null;
      }

      const { t, language } = translator;
      const readerLanguage = settings.locale || browserLanguage();
      if (lastVerdict !== null && lastVerdict !== verdict) {
        announce?.(t("verdictAnnouncement", [t(VERDICT_MESSAGES[verdict].title)]));
      }
      lastVerdict = verdict;

      const until = dismissalEnd(settings.dismissDays, now);
      const onDismiss = (): void => {
        if (until === null || dismissals === null) return;
        dismissals = withDismissal(dismissals, rule, settings.dismissDays, Date.now());
        announce?.(t("dismissedAnnouncement", [writeDay(dayLabels)(new Date(until), language)]));
        refresh();
        dismissBanner(rule, settings.dismissDays).catch((error: unknown) =>
          log("could not remember the dismissal; the banner will be back on the next page load", error),
        );
      };
      const onCollapsedChange = (next: boolean): void => {
        collapsed = next;
        focusAfterRender = next ? ".pill" : ".icon-button[aria-expanded]";
        refresh();
      };

      if (focusAfterRender) {
        const selector = focusAfterRender;
        focusAfterRender = null;
        // Preact renders synchronously: by the microtask, the control to focus exists.
        queueMicrotask(() => host.root.querySelector<HTMLElement>(selector)?.focus());
      }
      return (
        <Banner
          verdict={verdict as BannerVerdict}
          rule={rule}
          settings={settings}
          t={t}
          language={language}
          readerLanguage={readerLanguage}
          theme={theme}
          portalHost={location.hostname}
          page={{ url: location.href, portal: current.portal, tenant: current.tenant }}
          collapsed={collapsed ?? host.placement() === "overlay"}
          onCollapsedChange={onCollapsedChange}
          dismissUntil={until === null ? null : new Date(until)}
          writeDay={writeDay(dayLabels)}
          onDismiss={onDismiss}
        />
      );
    },
  };
}
