import type { StorageApi } from "../extension-storage";
import { formatProblem, type ResolvedSettings, resolveSettings } from "./resolve-settings";

/**
 * The shell around resolveSettings, for the background and the extension's own pages: reads the
 * user's options (`storage.sync`) and the organisation's policy (`storage.managed`), caches what it
 * read, and follows `storage.onChanged` for both, so a policy file written while the browser runs
 * reaches the options page without a reload. Content scripts read what the background publishes
 * instead (published-settings.ts). Each of them passes its own browser's `storage`. The first `storage.managed` read of a fresh profile takes seconds.
 */

type Area = "sync" | "managed";

const LOG_PREFIX = "[CSP Portal Guide]";

interface RawSources {
  sync: unknown;
  managed: unknown;
}

// Chromium can leave a storage.managed read unanswered for good (seen in a service worker that started
// while the browser had no window open) while a later read answers within seconds. So a read that
// has not answered is asked again, with growing patience; the first answer wins.
const MANAGED_RETRIES_MS = [1000, 2000, 4000, 8000];
const MANAGED_GIVE_UP_MS = 30_000;
/** What readManaged gives when storage.managed never answered: the policy is unknown, not absent. */
const POLICY_UNKNOWN = Symbol("storage.managed did not answer");

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

  function readManaged(): Promise<unknown> {
    return new Promise((resolve) => {
      let answered = false;
      const timers: ReturnType<typeof setTimeout>[] = [];
      const answer = (value: unknown): void => {
        if (answered) return;
        answered = true;
        for (const timer of timers) clearTimeout(timer);
        resolve(value);
      };
      readArea("managed").then(answer);
      let at = 0;
      for (const wait of MANAGED_RETRIES_MS) {
        at += wait;
        timers.push(setTimeout(() => readArea("managed").then(answer), at));
      }
      timers.push(setTimeout(() => answer(POLICY_UNKNOWN), MANAGED_GIVE_UP_MS));
    });
  }

  async function readSettingSources(): Promise<RawSources> {
    const [sync, managed] = await Promise.all([readArea("sync"), readManaged()]);
    if (managed === POLICY_UNKNOWN) {
      console.warn(LOG_PREFIX, `storage.managed did not answer in ${MANAGED_GIVE_UP_MS / 1000} s`);
    }
    return { sync, managed };
  }

  function resolveAndLog(sources: RawSources): ResolvedSettings {
    const policy = sources.managed === POLICY_UNKNOWN ? undefined : sources.managed;
    const resolved = resolveSettings({ options: sources.sync, policy });
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

  /**
   * Effective settings with locks and problems, from both areas read afresh; problems are logged. Null
   * when storage.managed never answered: without the policy, nothing can be said to be in force.
   */
  async function readResolvedSettingsAfresh(): Promise<ResolvedSettings | null> {
    const sources = await readSettingSources();
    return sources.managed === POLICY_UNKNOWN ? null : resolveAndLog(sources);
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
