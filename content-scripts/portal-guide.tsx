import { render } from "preact";
import { readSettings, watchSettings } from "../platform/published-settings";
import { translate } from "../platform/translate";
import { AgentStrip } from "../src/banner/AgentStrip";
import { AGENT_STRIP_STYLES } from "../src/banner/agent-strip-styles";
import { BANNER_STYLES } from "../src/banner/banner-styles";
import {
  type Classification,
  type CompiledRuleSet,
  classifyUrl,
  compileCustomRules,
} from "../src/classify-url";
import { DEFAULT_SETTINGS, type Settings } from "../src/settings/settings";
import { type BannerHost, createBannerHost } from "./banner-host";
import { createBannerPresenter } from "./banner-presenter";
import { logProblem } from "./log";
import { linkToolbar } from "./toolbar-link";
import { watchRoute } from "./watch-route";

// A newer instance of this script (extension reloaded or updated) tells older ones to leave.
const TAKEOVER_EVENT = "csp-portal-guide:takeover";
// Set by a benchmark or test before load; User Timing marks cost nothing when it is absent.
const MEASURE_ATTRIBUTE = "data-csp-portal-guide-measure";

function start(): void {
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  const controller = new AbortController();
  const { signal } = controller;
  document.addEventListener(TAKEOVER_EVENT, () => controller.abort(), { signal });

  const measure = document.documentElement.hasAttribute(MEASURE_ATTRIBUTE);
  let settings: Settings = DEFAULT_SETTINGS;
  let host: BannerHost | null = null;
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
    host ??= createBannerHost(BANNER_STYLES + AGENT_STRIP_STYLES, signal, logProblem);
    host.element.dataset.verdict = verdict;
    host.element.dataset.rule = rule ?? "";
    const bannerView = banner.view(host, verdict, rule ?? "", settings);
    const hidden = verdict === "none" || !settings.enabled;
    host.element.hidden = hidden;
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

  const banner = createBannerPresenter(() => safely("updating the banner", show), signal, logProblem);

  const { report } = linkToolbar(
    () => current,
    () => host,
    signal,
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
    safely("applying new settings", () => {
      applySettings(next);
      show();
      report();
    });
  }, signal);

  safely("showing the banner", show);
  report();
  readSettings().then(
    (loaded) => {
      if (signal.aborted) return;
      safely("applying stored settings", () => {
        applySettings(loaded);
        show();
        report();
      });
    },
    (error: unknown) => logProblem("could not read settings; using defaults", error),
  );
}

try {
  start();
} catch (error) {
  logProblem("could not start", error);
}
