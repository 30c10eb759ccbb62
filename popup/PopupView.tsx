import type { Translate } from "../src/i18n/translate";
import type { TabState } from "../src/messages/tab-messages";
import type { Settings } from "../src/settings/settings";
import { CurrentTabSection, type SiteSwitchProps } from "./CurrentTabSection";
import { NotAPortalSection } from "./NotAPortalSection";
import { PartnerSection } from "./PartnerSection";
import { PreviewSection, type PreviewSectionProps } from "./PreviewSection";

export interface PopupViewProps {
  t: Translate;
  settings: Settings;
  /** The custom rules in force are the organisation's (its policy sets them), not the user's. */
  customRulesByOrganization: boolean;
  /** Null: the tab is not a supported portal page (or its content script is gone). */
  tab: TabState | null;
  site: SiteSwitchProps | null;
  onRestoreDismissed: (() => void) | null;
  restored: boolean;
  onOpenOptions(): void;
  preview: Omit<PreviewSectionProps, "t">;
}

export function PopupView({
  t,
  settings,
  customRulesByOrganization,
  tab,
  site,
  onRestoreDismissed,
  restored,
  onOpenOptions,
  preview,
}: PopupViewProps) {
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>{t("extensionName")}</h1>
        <button type="button" class="link-button" onClick={onOpenOptions}>
          {t("popup_openOptions")}
        </button>
      </header>
      {tab && site ? (
        <CurrentTabSection
          state={tab}
          settings={settings}
          customRulesByOrganization={customRulesByOrganization}
          site={site}
          onRestoreDismissed={onRestoreDismissed}
          restored={restored}
          t={t}
        />
      ) : (
        <NotAPortalSection t={t} />
      )}
      <PartnerSection partner={settings.partner} t={t} />
      <PreviewSection t={t} {...preview} />
    </main>
  );
}
