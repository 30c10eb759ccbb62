import type { Translate } from "../../platform/translate";
import type { BannerVerdict, Settings } from "../settings/settings";

export interface BannerProps {
  verdict: BannerVerdict;
  rule: string;
  settings: Settings;
  t: Translate;
}

const BODY_KEY: Record<BannerVerdict, string> = {
  partner: "verdictBody_partner",
  "self-serve": "verdictBody_selfServe",
  info: "verdictBody_info",
  support: "verdictBody_support",
};

export function Banner({ verdict, settings, t }: BannerProps) {
  const partner = settings.partner.name || t("genericPartnerName");
  return (
    <section class={`banner banner--${verdict}`} aria-label={t("bannerRegionLabel")}>
      <p class="banner__body">{t(BODY_KEY[verdict], [partner])}</p>
    </section>
  );
}
