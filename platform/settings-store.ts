import browser from "webextension-polyfill";
import { DEFAULT_SETTINGS, type Settings } from "../src/settings/settings";

// Minimal store; the settings work replaces the merge with the schema-validated resolver.
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get("settings").catch(() => ({}) as Record<string, unknown>);
  const user = (stored as { settings?: Partial<Settings> }).settings ?? {};
  return { ...DEFAULT_SETTINGS, ...user };
}

export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (): void => {
    readSettings().then(onChange, () => {});
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener("abort", () => browser.storage.onChanged.removeListener(listener));
}
