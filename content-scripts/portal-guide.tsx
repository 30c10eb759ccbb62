import { render } from "preact";
import { AgentStrip } from "../src/banner/AgentStrip";
import { AGENT_STRIP_STYLES } from "../src/banner/agent-strip-styles";
import { BANNER_STYLES } from "../src/banner/banner-styles";
import {
  type Classification,
  type CompiledRuleSet,
  classifyUrl,
  compileCustomRules,
} from "../src/classify/classify-url";
import { DEFAULT_SETTINGS, type Settings } from "../src/settings/settings";
import { type BannerHost, createBannerHost } from "./banner-host";
import { type BannerPresenter, createBannerPresenter } from "./banner-presenter";
import { mayRemountUnless, takeOverPage } from "./instance-handover";
import { logProblem } from "./log";
import { translate } from "./page-i18n";
import { readSettings, watchSettings } from "./settings-in-force";
import { linkToolbar } from "./toolbar-link";
import { watchRoute } from "./watch-route";

// Set by a benchmark or test before load; User Timing marks cost nothing when it is absent.
const MEASURE_ATTRIBUTE = "data-csp-portal-guide-measure";
// As long as the banner waits for its dismissals (banner-presenter.tsx), and for the same reasons.
const SETTINGS_WAIT_MS = 400;

/** Touches the page's DOM only on a real change: an attribute set to the same value still costs a style pass. */
function setData(element: HTMLElement, name: "data-verdict" | "data-rule", value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function start(): void {
  const controller = new AbortController();
  const { signal } = controller;
  takeOverPage(controller, logProblem);

  const measure = document.documentElement.hasAttribute(MEASURE_ATTRIBUTE);
  let settings: Settings = DEFAULT_SETTINGS;
  // Read at the first verdict that is not none (or when the background says custom rules are in
  // force); until then, or SETTINGS_WAIT_MS, the banner waits rather than show generic text.
  let settingsRequested = false;
  let settingsKnown = false;
  let settingsChanged = false;
  let host: BannerHost | null = null;
  let banner: BannerPresenter | null = null;
  let customRules: CompiledRuleSet | undefined;
  let current: Classification = classifyUrl(location.href);

  // Settings carry only custom rules that passed validation; compiled once per change, not per route.
  const applySettings = (next: Settings): void => {
    if (next.customRules !== settings.customRules) {
      customRules = next.customRules.length > 0 ? compileCustomRules(next.customRules).compiled : undefined;
    }
    settings = next;
    current = classifyUrl(location.href, customRules);
  };

  const show = (): void => {
    const { verdict, rule } = current;
    if (verdict === "none" && !host) return;
    if (!host || !banner) {
      // The first verdict that is not none: only now does the page get our element, styles, texts and
      // state. The presenter first: it reads the page's theme while the page's style is still clean.
      banner = createBannerPresenter(() => safely("updating the banner", show), signal, logProblem);
      host = createBannerHost(
        BANNER_STYLES + AGENT_STRIP_STYLES,
        signal,
        logProblem,
        () => safely("placing the banner", show),
        mayRemountUnless(controller),
      );
      loadSettings();
    }
    setData(host.element, "data-verdict", verdict);
    setData(host.element, "data-rule", rule ?? "");
    const bannerView = settingsKnown ? banner.view(host, verdict, rule ?? "", settings) : null;
    const hidden = verdict === "none" || !settingsKnown || !settings.enabled;
    if (host.element.hidden !== hidden) host.element.hidden = hidden;
    render(
      hidden ? null : (
        <>
          {bannerView}
          <AgentStrip classification={current} settings={settings} t={translate} />
        </>
      ),
      host.mountPoint,
    );
    if (measure) performance.mark("csp-portal-guide:verdict-rendered", { detail: verdict });
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
    () => host,
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
