import type { StorageApi } from "../extension-storage";
import { formatProblem, type ResolvedSettings, resolveSettings } from "./resolve-settings";

/**
 * The shell around resolveSettings, for the background and the extension's own pages: reads the
 * user's options (`storage.sync`) and the organisation's policy (`storage.managed`), caches what it
 * read, and follows `storage.onChanged` for both, so a policy file written while the browser runs
 * reaches the options page without a reload. Content scripts read what the background publishes
 * instead (published-settings.ts). Each of them passes its own browser's `storage`.
 *
 * Chromium answers a `storage.managed` read only once it has loaded the policy for extensions, which
 * it does after its start-up is over: when the first tab has loaded and gone quiet, or after three
 * minutes (docs/deployment.md). Until then a read waits, and asking again does not help: every read
 * waiting is answered at the same moment.
 */

type Area = "sync" | "managed";

const LOG_PREFIX = "[CSP Portal Guide]";

interface RawSources {
  sync: unknown;
  managed: unknown;
}

/** The settings store over one browser's `storage` (the background's, the popup's or the options page's). */
export function settingsStore(storage: Pick<StorageApi, "sync" | "managed" | "onChanged">) {
  let raw: Promise<RawSources> | null = null;
  let lastLoggedProblems = "";

  async function readArea(area: Area): Promise<unknown> {
    try {
      return await storage[area].get(null);
    } catch (error) {
      // Firefox rejects storage.managed.get when no policy names the extension: that is "no policy".
      if (area === "managed" && /manifest not found|not supported/i.test(String(error))) return undefined;
      console.warn(LOG_PREFIX, `could not read storage.${area}; using the other settings`, error);
      return undefined;
    }
  }

  async function readSettingSources(): Promise<RawSources> {
    const [sync, managed] = await Promise.all([readArea("sync"), readArea("managed")]);
    return { sync, managed };
  }

  function resolveAndLog(sources: RawSources): ResolvedSettings {
    const resolved = resolveSettings({ options: sources.sync, policy: sources.managed });
    const text = resolved.problems.map(formatProblem).join("\n");
    if (text !== lastLoggedProblems) {
      lastLoggedProblems = text;
      if (text) console.warn(LOG_PREFIX, `some settings were left out:\n${text}`);
    }
    return resolved;
  }

  function readRaw(): Promise<RawSources> {
    raw ??= readSettingSources();
    return raw;
  }

  /** Effective settings with locks and problems, from both areas read afresh; problems are logged. */
  async function readResolvedSettingsAfresh(): Promise<ResolvedSettings> {
    return resolveAndLog(await readSettingSources());
  }

  /** Effective settings with locks and problems; read once, then from the cache. */
  async function readResolvedSettings(): Promise<ResolvedSettings> {
    return resolveAndLog(await readRaw());
  }

  /**
   * Calls `onChange` when the options or the policy change and the effective result differs from the
   * last one reported. Reads only the area that changed.
   */
  function watchResolvedSettings(onChange: (resolved: ResolvedSettings) => void, signal: AbortSignal): void {
    let last = "";
    const listener = (_changes: unknown, area: string): void => {
      if (area !== "sync" && area !== "managed") return;
      const previous = readRaw();
      raw = Promise.all([previous, readArea(area)]).then(([sources, fresh]) => ({
        ...sources,
        [area]: fresh,
      }));
      raw.then(
        (sources) => {
          if (signal.aborted) return;
          const resolved = resolveAndLog(sources);
          const fingerprint = JSON.stringify([resolved.values, [...resolved.locked], resolved.problems]);
          if (fingerprint === last) return;
          last = fingerprint;
          onChange(resolved);
        },
        (error: unknown) => console.warn(LOG_PREFIX, "could not apply changed settings", error),
      );
    };
    storage.onChanged.addListener(listener);
    signal.addEventListener("abort", () => storage.onChanged.removeListener(listener));
  }

  /** Saves the user's own options; `undefined` removes a key (back to the default). */
  async function saveOptions(changes: Record<string, unknown>): Promise<void> {
    const toRemove = Object.keys(changes).filter((key) => changes[key] === undefined);
    const toSet = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (toRemove.length > 0) await storage.sync.remove(toRemove);
    if (Object.keys(toSet).length > 0) await storage.sync.set(toSet);
  }

  return { readResolvedSettingsAfresh, readResolvedSettings, watchResolvedSettings, saveOptions };
}
