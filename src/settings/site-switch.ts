import type { ResolvedSettings } from "./resolve-settings";

export interface SiteSwitchState {
  /** The banner is turned off on this portal host. */
  off: boolean;
  /** The user may change that: the organisation allows turning banners off and does not set the hosts itself. */
  canChange: boolean;
}

export function siteSwitchFor(resolved: ResolvedSettings, host: string): SiteSwitchState {
  const { settings, locked } = resolved;
  return {
    off: (settings.disabledHosts as readonly string[]).includes(host),
    canChange: settings.allowUserDisable && !locked.has("disabledHosts"),
  };
}

/** The user's new `disabledHosts` after switching `host`: added when it was on, removed when off. */
export function switchedHosts(current: readonly string[], host: string): string[] {
  return current.includes(host) ? current.filter((entry) => entry !== host) : [...current, host];
}
