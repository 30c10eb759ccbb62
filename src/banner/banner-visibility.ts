import type { BannerVerdict, Settings } from "../settings/settings";

/** Whether the organisation or the user turned this banner off: everywhere, for this verdict or this portal. */
export function isBannerTurnedOff(
  settings: Pick<Settings, "enabled" | "disabledVerdicts" | "disabledHosts">,
  verdict: BannerVerdict,
  portalHost: string,
): boolean {
  return (
    !settings.enabled ||
    settings.disabledVerdicts.includes(verdict) ||
    (settings.disabledHosts as readonly string[]).includes(portalHost)
  );
}
