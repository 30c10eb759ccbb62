import { render } from "preact";
import browser from "webextension-polyfill";
import { readResolvedSettings, saveOptions, watchResolvedSettings } from "../platform/settings-store";
import type { Translate } from "../platform/translate";
import { Banner } from "../src/banner/Banner";
import { BANNER_STYLES } from "../src/banner/banner-styles";
import { compileCustomRules } from "../src/classify-url";
import { closestLocale } from "../src/popup/closest-locale";
import { customerViewOf } from "../src/popup/customer-view";
import { readPortalUrl } from "../src/popup/portal-url-input";
import type { TabState } from "../src/popup/tab-state";
import { PORTALS } from "../src/portals";
import type { ResolvedSettings } from "../src/settings/resolve-settings";
import { resolveSettings } from "../src/settings/resolve-settings";
import { UI_LOCALES } from "../src/settings/settings-schema";
import { PopupView } from "./PopupView";
import type { PreviewOutcome } from "./PreviewSection";
import {
  askTabState,
  openOptionsPage,
  readRecentPreviewUrls,
  rememberPreviewUrl,
  targetTabId,
  translatorFor,
} from "./popup-browser";

const SUPPORTED_HOSTS = PORTALS.flatMap((portal) => portal.hosts);
// After a settings change the content script needs a moment to re-render before it can report.
const SETTLE_MS = 150;
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
    translatorFor(browserLocale),
    targetTabId().catch(() => null),
    readRecentPreviewUrls().catch(() => []),
  ]);
  let t: Translate = firstT;
  let recentUrls = firstRecent;
  let tab: TabState | null = tabId === null ? null : await askTabState(tabId);
  const host = tab ? hostOf(tab.href) : "";

  const settingsReady = readResolvedSettings();

  const applySettings = async (next: ResolvedSettings): Promise<void> => {
    resolved = next;
    settingsLoaded = true;
    const wanted = next.settings.locale || browserLocale;
    if (wanted !== uiLocale) {
      uiLocale = wanted;
      t = await translatorFor(wanted);
    }
    draw();
  };

  const preview = async (input: string, locale: string): Promise<PreviewOutcome> => {
    const read = readPortalUrl(input, SUPPORTED_HOSTS);
    if (!read.ok) return { ok: false, message: t(PROBLEM_KEYS[read.problem], [read.host ?? ""]) };
    const { settings } = await settingsReady.catch(() => resolved);
    const customRules =
      settings.customRules.length > 0 ? compileCustomRules(settings.customRules).compiled : undefined;
    const view = customerViewOf(read.url, settings, customRules);
    // A language set by policy is the one the customer gets, whichever the agent picked.
    const customerT = await translatorFor(settings.locale || locale);
    rememberPreviewUrl(read.url)
      .then(readRecentPreviewUrls)
      .then((next) => {
        recentUrls = next;
        draw();
      })
      .catch((error: unknown) => console.warn(LOG_PREFIX, "could not remember the previewed URL", error));
    const { banner } = view;
    return {
      ok: true,
      url: read.url,
      verdict: view.classification.verdict,
      rule: view.classification.rule,
      view: banner && (
        <Banner verdict={banner.verdict} rule={banner.rule} settings={settings} t={customerT} />
      ),
      styles: BANNER_STYLES,
      forcedLocale: settings.locale || null,
    };
  };

  const toggleSite = (): void => {
    const current: readonly string[] = resolved.settings.disabledHosts;
    const next = current.includes(host) ? current.filter((entry) => entry !== host) : [...current, host];
    saveOptions({ disabledHosts: next }).catch((error: unknown) =>
      console.warn(LOG_PREFIX, "could not save the change for this site", error),
    );
  };

  const draw = (): void => {
    const { settings, locked } = resolved;
    document.documentElement.lang = uiLocale.replace("_", "-");
    render(
      <PopupView
        t={t}
        settings={settings}
        tab={tab}
        site={
          tab && host
            ? {
                host,
                off: (settings.disabledHosts as readonly string[]).includes(host),
                canChange: settingsLoaded && settings.allowUserDisable && !locked.has("disabledHosts"),
                settled: settingsLoaded,
                onToggle: toggleSite,
              }
            : null
        }
        onRestoreDismissed={null}
        restored={false}
        onOpenOptions={openOptionsPage}
        preview={{ locales: UI_LOCALES, initialLocale: uiLocale, recentUrls, preview }}
      />,
      root,
    );
  };

  draw();

  watchResolvedSettings((next) => {
    void applySettings(next);
    if (tabId === null) return;
    setTimeout(() => {
      void askTabState(tabId).then((state) => {
        tab = state;
        draw();
      });
    }, SETTLE_MS);
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
