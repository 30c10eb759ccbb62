import { isBannerTurnedOff } from "../banner/banner-visibility";
import { type Classification, type CompiledRuleSet, classifyUrl } from "../classify/classify-url";
import type { BannerVerdict, Settings } from "../settings/settings";

export interface CustomerView {
  classification: Classification;
  /** The banner the customer gets on that page, or null when the page shows none. */
  banner: { verdict: BannerVerdict; rule: string; portalHost: string } | null;
}

/**
 * What a customer whose browser holds `settings` sees at `url`, before any dismissal of their own:
 * the classification and the on/off decision the content script makes on that page.
 */
export function customerViewOf(url: string, settings: Settings, customRules?: CompiledRuleSet): CustomerView {
  const classification = classifyUrl(url, customRules);
  const { verdict, rule } = classification;
  let portalHost = "";
  try {
    portalHost = new URL(url).hostname;
  } catch {
    // classifyUrl said "none" for it already.
  }
  const shown = verdict !== "none" && !isBannerTurnedOff(settings, verdict, portalHost);
  return { classification, banner: shown ? { verdict, rule: rule ?? "", portalHost } : null };
}
