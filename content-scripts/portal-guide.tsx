import { type Classification, type CompiledRuleSet, classifyUrl } from "../src/classify/classify-url";
import { BANNER_REQUEST } from "../src/messages/banner-request";
import { DEFAULT_SETTINGS, type Settings } from "../src/settings/settings";
import { type BannerModule, type BannerView, receiveBannerModule } from "./banner-delivery";
import { extension } from "./extension-api";
import { mayRemountUnless, takeOverPage } from "./instance-handover";
import { logProblem } from "./log";
import { type PageSettings, readSettings, watchSettings } from "./settings-in-force";
import { linkToolbar } from "./toolbar-link";
import { watchRoute } from "./watch-route";

/**
 * The first script, in every portal page: it classifies the route, tells the toolbar, and follows
 * route changes and settings. The banner (Preact, texts, styles, placement) is another script, which
 * the background injects on the first verdict that is not `none` (banner-delivery.ts); pages whose
 * verdict stays `none` never get it.
 */

// Set by a benchmark or test before load; User Timing marks cost nothing when it is absent.
const MEASURE_ATTRIBUTE = "data-csp-portal-guide-measure";
// As long as the banner waits for its dismissals (banner-presenter.tsx), and for the same reasons.
const SETTINGS_WAIT_MS = 400;

function start(): void {
  const controller = new AbortController();
  const { signal } = controller;
  const measure = document.documentElement.hasAttribute(MEASURE_ATTRIBUTE);
  if (measure) performance.mark("csp-portal-guide:started");
  takeOverPage(controller, logProblem);

  let settings: Settings = DEFAULT_SETTINGS;
  // What storage.managed gave the page before anything was published; the banner script reads it.
  let policy: unknown;
  // Read at the first verdict that is not none (or when the background says custom rules are in
  // force); until then, or SETTINGS_WAIT_MS, the banner waits rather than show generic text.
  let settingsRequested = false;
  let settingsKnown = false;
  let settingsChanged = false;
  let view: BannerView | null = null;
  let readPolicyGlimpse: BannerModule["readPolicyGlimpse"] | null = null;
  let bannerRequested = false;
  let customRules: CompiledRuleSet | undefined;
  let current: Classification = classifyUrl(location.href);

  // Custom rules come compiled by the background, with the catalog: the page only reads them.
  const applySettings = (next: PageSettings): void => {
    customRules = next.rules;
    settings = next.settings;
    policy = next.policy;
    current = classifyUrl(location.href, customRules);
  };

  const show = (): void => {
    if (!view) {
      // The first verdict that is not none: only now does the page get our banner, in parallel
      // with its settings.
      if (current.verdict !== "none") {
        requestBanner();
        loadSettings();
      }
      return;
    }
    if (policy !== undefined && readPolicyGlimpse) {
      settings = readPolicyGlimpse(policy) ?? settings;
      policy = undefined;
    }
    view.show(current, settingsKnown ? settings : null);
    if (measure) {
      performance.mark("csp-portal-guide:verdict-rendered", {
        detail: { verdict: current.verdict, visible: !view.host.element.hidden },
      });
    }
  };

  const requestBanner = (): void => {
    if (bannerRequested) return;
    bannerRequested = true;
    receiveBannerModule(signal).then((module) =>
      safely("showing the banner", () => {
        if (measure) performance.mark("csp-portal-guide:banner-loaded");
        readPolicyGlimpse = module.readPolicyGlimpse;
        view = module.createBannerView({
          signal,
          refresh: () => safely("updating the banner", show),
          mayRemount: mayRemountUnless(controller),
          log: logProblem,
        });
        show();
      }),
    );
    try {
      extension.runtime.sendMessage(BANNER_REQUEST).catch((error: unknown) => {
        bannerRequested = false;
        logProblem("could not load the banner", error);
      });
    } catch (error) {
      // The extension was reloaded or removed under this page.
      logProblem("could not load the banner", error);
    }
  };

  const safely = (what: string, work: () => void): void => {
    try {
      work();
    } catch (error) {
      logProblem(`${what} failed`, error);
    }
  };

  const loadSettings = (): void => {
    if (settingsRequested) return;
    settingsRequested = true;
    const settle = (): void => {
      if (settingsKnown || signal.aborted) return;
      settingsKnown = true;
      safely("showing the banner", show);
    };
    const late = setTimeout(settle, SETTINGS_WAIT_MS);
    signal.addEventListener("abort", () => clearTimeout(late));
    readSettings().then(
      (loaded) => {
        clearTimeout(late);
        if (signal.aborted) return;
        settingsKnown = true;
        safely("applying stored settings", () => {
          // A change that arrived meanwhile is newer than what this read found.
          if (!settingsChanged) applySettings(loaded);
          show();
          report();
        });
      },
      (error: unknown) => {
        logProblem("could not read settings; using defaults", error);
        settle();
      },
    );
  };

  const { report } = linkToolbar(
    () => current,
    () => view?.host ?? null,
    signal,
    loadSettings,
  );

  watchRoute((href) => {
    if (measure) performance.mark("csp-portal-guide:route-seen");
    safely("classifying the new route", () => {
      current = classifyUrl(href, customRules);
      show();
      report();
    });
  }, signal);

  watchSettings((next) => {
    settingsChanged = true;
    settingsKnown = true;
    safely("applying new settings", () => {
      applySettings(next);
      show();
      report();
    });
  }, signal);

  safely("showing the banner", show);
  report();
}

try {
  start();
} catch (error) {
  logProblem("could not start", error);
}
