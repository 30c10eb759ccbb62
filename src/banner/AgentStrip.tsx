import { type AgentModeSettings, agentStripFor } from "../agent/agent-mode";
import type { Classification } from "../classify/classify-url";
import type { Translate } from "../i18n/translate";
import { VERDICT_MESSAGES } from "./banner-text";

export interface AgentStripProps {
  classification: Pick<Classification, "verdict" | "tenant">;
  settings: AgentModeSettings;
  t: Translate;
}

/**
 * For a partner's agent working inside a customer's tenant: a strip, set apart from the banner, that
 * says whose tenant this is and what the customer sees here. Renders nothing outside agent mode, so a
 * customer's browser never shows it.
 */
export function AgentStrip({ classification, settings, t }: AgentStripProps) {
  const strip = agentStripFor(classification, settings);
  const { verdict } = classification;
  if (!strip || verdict === "none") return null;
  return (
    <aside class="agent-strip" aria-label={t("agentStrip_label")} data-agent-strip="">
      <span class="agent-strip__label">{t("agentStrip_label")}</span>
      <span class="agent-strip__text">
        {t("agentStrip_text", [strip.tenant, t(VERDICT_MESSAGES[verdict].title)])}
      </span>
    </aside>
  );
}
