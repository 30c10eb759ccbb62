import { render } from "preact";
import browser from "webextension-polyfill";
import { customerViewOf } from "../src/agent/customer-view";
import { readPortalUrl } from "../src/agent/portal-url-input";
import { RECENT_URL_DAYS } from "../src/agent/recent-urls";
import { BANNER_STYLES } from "../src/banner/banner-styles";
import { dismissalEnd } from "../src/banner/dismissals";
import { PORTALS } from "../src/catalog/portals";
import { compileUsableRules } from "../src/classify/classify-url";
import { closestLocale } from "../src/i18n/closest-locale";
import type { Translator } from "../src/i18n/translate";
import type { TabState } from "../src/messages/tab-messages";
import { type ResolvedSettings, resolveSettings } from "../src/settings/resolve-settings";
import { UI_LOCALES } from "../src/settings/settings-schema";
import { settingsStore } from "../src/settings/settings-store";
import { siteSwitchFor, switchedHosts } from "../src/settings/site-switch";
import { PopupView } from "./PopupView";
import { PreviewBanner } from "./PreviewBanner";
import type { PreviewOutcome } from "./PreviewSection";
import {
  askTabState,
  excludedPageState,
  forgetPreviewUrls,
  localeTranslator,
  openOptionsPage,
  readRecentPreviewUrls,
  rememberPreviewUrl,
  targetTabId,
} from "./popup-browser";
import { listDismissedBanners, restoreDismissedBanners, watchDismissals } from "./popup-dismissals";

const { readResolvedSettings, saveOptions, watchResolvedSettings } = settingsStore(browser.storage);
const SUPPORTED_HOSTS = PORTALS.flatMap((portal) => portal.hosts);
// After a settings change the content script needs a moment to re-render before it can report; a
// second ask covers a busy machine.
const SETTLE_MS = [150, 1000];
const LOG_PREFIX = "[CSP Portal Guide]";

const PROBLEM_KEYS = {
  empty: "popup_previewProblem_empty",
  "not-a-url": "popup_previewProblem_notUrl",
  "not-https": "popup_previewProblem_notHttps",
  "unsupported-host": "popup_previewProblem_unsupportedHost",
} as const;

/**
 * The popup shell: asks the tab what it shows and draws at once, from built-in defaults while the
 * settings load (a fresh profile's first `storage.managed` read can take seconds), then again with
 * the effective settings. Controls that change settings wait for the real ones.
 */
async function main(root: HTMLElement): Promise<void> {
  const controller = new AbortController();
  window.addEventListener("pagehide", () => controller.abort(), { once: true });

  const browserLocale = closestLocale(browser.i18n.getUILanguage(), UI_LOCALES);
  let resolved: ResolvedSettings = resolveSettings({});
  let settingsLoaded = false;
  let uiLocale = browserLocale;
  const [firstT, tabId, firstRecent] = await Promise.all([
    localeTranslator(browserLocale),
    targetTabId().catch(() => null),
    readRecentPreviewUrls().catch(() => []),
  ]);
  let translator: Translator = firstT;
  let dismissedCount = (await listDismissedBanners().catch(() => [])).length;
  let restored = false;
  let recentUrls = firstRecent;
  let recentForgotten = false;
  let tab: TabState | null =
    tabId === null ? null : ((await askTabState(tabId)) ?? (await excludedPageState(tabId)));
  const host = tab ? hostOf(tab.href) : "";

  const settingsReady = readResolvedSettings();

  const applySettings = async (next: ResolvedSettings): Promise<void> => {
    resolved = next;
    settingsLoaded = true;
    const wanted = next.settings.locale || browserLocale;
    if (wanted !== uiLocale) {
      uiLocale = wanted;
      translator = await localeTranslator(wanted);
    }
    draw();
  };

  const preview = async (input: string, locale: string): Promise<PreviewOutcome> => {
    const read = readPortalUrl(input, SUPPORTED_HOSTS);
    if (!read.ok) return { ok: false, message: translator.t(PROBLEM_KEYS[read.problem], [read.host ?? ""]) };
    const { settings } = await settingsReady.catch(() => resolved);
    const customRules =
      settings.customRules.length > 0 ? compileUsableRules(settings.customRules) : undefined;
    const view = customerViewOf(read.url, settings, customRules);
    // A language set by policy is the one the customer gets, whichever the agent picked.
    const readerLanguage = settings.locale || locale;
    const customer = await localeTranslator(readerLanguage);
    rememberPreviewUrl(read.url)
      .then(readRecentPreviewUrls)
      .then((next) => {
        recentUrls = next;
        recentForgotten = false;
        draw();
      })
      .catch((error: unknown) => console.warn(LOG_PREFIX, "could not remember the previewed URL", error));
    const { banner } = view;
    const until = dismissalEnd(settings.dismissDays, Date.now());
    return {
      ok: true,
      url: read.url,
      verdict: view.classification.verdict,
      rule: view.classification.rule,
      view: banner && (
        <PreviewBanner
          verdict={banner.verdict}
          rule={banner.rule}
          settings={settings}
          t={customer.t}
          language={customer.language}
          readerLanguage={readerLanguage}
          portalHost={banner.portalHost}
          page={{ url: read.url, portal: view.classification.portal, tenant: view.classification.tenant }}
          dismissUntil={until === null ? null : new Date(until)}
        />
      ),
      styles: BANNER_STYLES,
      forcedLocale: settings.locale || null,
    };
  };

  const toggleSite = (): void => {
    saveOptions({ disabledHosts: switchedHosts(resolved.settings.disabledHosts, host) }).catch(
      (error: unknown) => console.warn(LOG_PREFIX, "could not save the change for this site", error),
    );
  };

  const forgetRecent = (): void => {
    forgetPreviewUrls().then(
      () => {
        recentUrls = [];
        recentForgotten = true;
        draw();
      },
      (error: unknown) => console.warn(LOG_PREFIX, "could not forget the previewed URLs", error),
    );
  };

  const restoreDismissed = (): void => {
    restoreDismissedBanners().then(
      () => {
        restored = true;
        dismissedCount = 0;
        draw();
      },
      (error: unknown) => console.warn(LOG_PREFIX, "could not restore dismissed banners", error),
    );
  };

  const draw = (): void => {
    const { t } = translator;
    const { settings } = resolved;
    const siteSwitch = siteSwitchFor(resolved, host);
    document.documentElement.lang = translator.language;
    render(
      <PopupView
        t={t}
        settings={settings}
        customRulesByOrganization={resolved.locked.has("customRules")}
        tab={tab}
        site={
          tab && host
            ? {
                host,
                off: siteSwitch.off,
                canChange: settingsLoaded && siteSwitch.canChange,
                settled: settingsLoaded,
                onToggle: toggleSite,
              }
            : null
        }
        onRestoreDismissed={dismissedCount > 0 || restored ? restoreDismissed : null}
        restored={restored}
        onOpenOptions={openOptionsPage}
        preview={{
          locales: UI_LOCALES,
          initialLocale: uiLocale,
          recentUrls,
          recentDays: RECENT_URL_DAYS,
          recentForgotten,
          onForgetRecent: forgetRecent,
          preview,
        }}
      />,
      root,
    );
  };

  draw();

  // The tab re-renders its banner when settings or dismissals change; then ask it again.
  const refreshTab = (): void => {
    if (tabId === null) return;
    for (const delay of SETTLE_MS) {
      setTimeout(() => {
        void askTabState(tabId).then((state) => {
          tab = state;
          draw();
        });
      }, delay);
    }
  };

  watchDismissals((record) => {
    dismissedCount = Object.keys(record).length;
    if (dismissedCount > 0) restored = false;
    draw();
    refreshTab();
  }, controller.signal);

  watchResolvedSettings((next) => {
    void applySettings(next);
    refreshTab();
  }, controller.signal);

  settingsReady.then(applySettings, (error: unknown) =>
    console.warn(LOG_PREFIX, "could not read settings; showing defaults", error),
  );
}

function hostOf(href: string): string {
  try {
    return new URL(href).hostname;
  } catch {
    return "";
  }
}

const root = document.getElementById("app");
if (root) {
  main(root).catch((error: unknown) => {
    console.warn(LOG_PREFIX, "the popup could not load", error);
    root.textContent = browser.i18n.getMessage("popup_loadProblem") || "Could not read this tab.";
  });
}
