import { agentStripFor } from "../src/agent/agent-mode";
import { PORTALS } from "../src/catalog/portals";
import { ruleNote } from "../src/catalog/rule-notes";
import type { Translate } from "../src/i18n/translate";
import { badgeLookFor } from "../src/messages/badge-look";
import type { TabState } from "../src/messages/tab-messages";
import type { Settings } from "../src/settings/settings";

export interface SiteSwitchProps {
  host: string;
  /** The banner is turned off on this host. */
  off: boolean;
  /** False while the settings load, and when policy decides or forbids users to turn the banner off. */
  canChange: boolean;
  /** True once the effective settings (policy included) are known. */
  settled: boolean;
  onToggle(): void;
}

export interface CurrentTabSectionProps {
  state: TabState;
  settings: Settings;
  /** The custom rules in force are the organisation's (its policy sets them), not the user's. */
  customRulesByOrganization: boolean;
  site: SiteSwitchProps;
  /** Null while dismissals cannot be restored (policy turned dismissing off). */
  onRestoreDismissed: (() => void) | null;
  restored: boolean;
  t: Translate;
}

export function CurrentTabSection({
  state,
  settings,
  customRulesByOrganization,
  site,
  onRestoreDismissed,
  restored,
  t,
}: CurrentTabSectionProps) {
  const { classification } = state;
  const look = badgeLookFor(classification.verdict);
  const portal = PORTALS.find((entry) => entry.id === classification.portal);
  const strip = agentStripFor(classification, settings);
  // Who set a custom rule is known here, from where the settings came; never said for a user's rule
  // that it is the organisation's.
  const custom = settings.customRules.some((rule) => rule.id === classification.rule);
  const customWhy = customRulesByOrganization
    ? t("popup_customRuleByOrganization")
    : t("popup_customRuleByUser");
  // The content script does not carry the catalog's notes; the popup looks the rule's up.
  const why = custom ? customWhy : (ruleNote(classification.rule) ?? classification.why);
  return (
    <section class="card" aria-labelledby="this-page">
      <h2 id="this-page">{t("popup_thisPage")}</h2>
      <p class={`verdict verdict--${classification.verdict}`} data-verdict={classification.verdict}>
        {look ? t(look.titleKey) : t("popup_verdict_none")}
      </p>
      {strip && <p class="agent-note">{t("agentStrip_text", [strip.tenant, t(look!.titleKey)])}</p>}
      <dl class="facts">
        {portal && (
          <>
            <dt>{t("popup_portal")}</dt>
            <dd>{portal.name}</dd>
          </>
        )}
        {classification.rule && (
          <>
            <dt>{t("popup_rule")}</dt>
            <dd>
              <code data-rule={classification.rule}>{classification.rule}</code>
            </dd>
          </>
        )}
        {why && (
          <>
            <dt>{t("popup_why")}</dt>
            <dd lang={custom ? undefined : "en"} data-why={custom ? "custom-rule" : "note"}>
              {why}
            </dd>
          </>
        )}
        {classification.tenant && (
          <>
            <dt>{t("popup_tenant")}</dt>
            <dd>
              <code>{classification.tenant}</code>
            </dd>
          </>
        )}
      </dl>
      {look && (
        <p class="banner-state" data-banner-shown={String(state.bannerText !== null)}>
          {state.bannerText !== null ? t("popup_bannerShown") : t("popup_bannerHidden")}
        </p>
      )}
      <div class="actions">
        {site.canChange || !site.settled ? (
          <button type="button" onClick={site.onToggle} aria-pressed={!site.off} disabled={!site.canChange}>
            {site.off ? t("popup_turnOnForSite", [site.host]) : t("popup_turnOffForSite", [site.host])}
          </button>
        ) : (
          <p class="note">{t("popup_siteToggleLocked")}</p>
        )}
        {onRestoreDismissed && (
          <button type="button" onClick={onRestoreDismissed} disabled={restored}>
            {t("popup_restoreDismissed")}
          </button>
        )}
        {restored && (
          <p class="note" role="status">
            {t("popup_restoredDismissed")}
          </p>
        )}
      </div>
    </section>
  );
}
