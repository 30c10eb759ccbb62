import { render } from "preact";
import { AgentStrip } from "../src/banner/AgentStrip";
import { AGENT_STRIP_STYLES } from "../src/banner/agent-strip-styles";
import { BANNER_STYLES } from "../src/banner/banner-styles";
import { readPolicyGlimpse } from "../src/settings/published-settings";
import { type BannerView, type BannerViewOptions, deliverBannerModule } from "./banner-delivery";
import { createBannerHost } from "./banner-host";
import { createBannerPresenter } from "./banner-presenter";
import { logProblem } from "./log";
import { translate } from "./page-i18n";

/**
 * The banner script: everything the page needs once it has a verdict that is not `none`. The
 * background injects it on the first script's request (background/inject-banner.ts); it hands
 * itself over (banner-delivery.ts) and then renders synchronously whenever the first script asks,
 * so a route change still reaches the banner in the same frame.
 */

/** Touches the page's DOM only on a real change: an attribute set to the same value still costs a style pass. */
function setData(element: HTMLElement, name: "data-verdict" | "data-rule", value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function createBannerView({ signal, refresh, mayRemount, log }: BannerViewOptions): BannerView {
  // The presenter first: it reads the page's theme while the page's style is still clean.
  const banner = createBannerPresenter(refresh, signal, log);
  const host = createBannerHost(BANNER_STYLES + AGENT_STRIP_STYLES, signal, log, () => refresh(), mayRemount);
  return {
    host,
    show(current, settings) {
      const { verdict, rule } = current;
      setData(host.element, "data-verdict", verdict);
      setData(host.element, "data-rule", rule ?? "");
      const bannerView = settings ? banner.view(host, current, settings) : null;
      const hidden = verdict === "none" || !settings || !settings.enabled;
      if (host.element.hidden !== hidden) host.element.hidden = hidden;
      render(
        hidden || !settings ? null : (
          <>
            {bannerView}
            <AgentStrip classification={current} settings={settings} t={translate} />
          </>
        ),
        host.mountPoint,
      );
    },
  };
}

try {
  deliverBannerModule({ createBannerView, readPolicyGlimpse });
} catch (error) {
  logProblem("could not hand the banner over", error);
}
