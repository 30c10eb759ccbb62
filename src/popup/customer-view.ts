import { type Classification, type CompiledRuleSet, classifyUrl } from "../classify-url";
import type { BannerVerdict, Settings } from "../settings/settings";

export interface CustomerView {
  classification: Classification;
  /** The banner the customer gets on that page, or null when the page shows none. */
  banner: { verdict: BannerVerdict; rule: string } | null;
}

/**
 * What a customer whose browser holds `settings` sees at `url`, before any dismissal of their own:
 * the same classification and the same on/off decisions as the content script makes on the page.
 */
export function customerViewOf(url: string, settings: Settings, customRules?: CompiledRuleSet): CustomerView {
  const classification = classifyUrl(url, customRules);
  const { verdict, rule } = classification;
  let host = "";
  try {
    host = new URL(url).hostname;
  } catch {
    // classifyUrl said "none" for it already.
  }
  const shown =
    verdict !== "none" &&
    settings.enabled &&
    !settings.disabledVerdicts.includes(verdict) &&
    !(settings.disabledHosts as readonly string[]).includes(host);
  return { classification, banner: shown ? { verdict, rule: rule ?? "" } : null };
}
