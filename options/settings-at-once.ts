import { readLocal, type StorageApi } from "../src/extension-storage";
import { PUBLISHED_SETTINGS_KEY, readPublishedSettings } from "../src/settings/published-settings";
import { type ResolvedSettings, resolveSettings } from "../src/settings/resolve-settings";

/**
 * What the options page draws before its own read of the policy answers, which on a fresh profile
 * can wait for Chromium's start-up (docs/deployment.md): the settings in force as the background
 * published them, locks included, else the user's own options over the defaults, which is what
 * portal pages show until then. The page draws again from its full read (with the problem list)
 * as soon as that answers.
 */
export async function readSettingsAtOnce(
  storage: Pick<StorageApi, "local" | "sync">,
): Promise<ResolvedSettings> {
  const published = readPublishedSettings(await readLocal(storage, PUBLISHED_SETTINGS_KEY));
  if (published) {
    return {
      settings: published.settings,
      values: published.values,
      locked: new Set(published.locked),
      keptOn: new Set(published.keptOn),
      problems: [],
    };
  }
  return resolveSettings({ options: await storage.sync.get(null) });
}
