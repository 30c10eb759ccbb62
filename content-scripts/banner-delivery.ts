import type { Classification } from "../src/classify/classify-url";
import type { Settings } from "../src/settings/settings";
import type { BannerHost } from "./banner-host";

/**
 * The hand-over between the first script (portal-guide.tsx), which every portal page gets, and the
 * banner script (banner-chunk.tsx: Preact, texts, styles, presenter, placement), which the background
 * injects on the first verdict that is not `none`. Both run in the extension's own world (Chrome's
 * isolated world, Firefox's content-script sandbox), which the page cannot see: the first script
 * leaves a receiver there under a symbol, and the banner script gives itself to it as it runs.
 */

export interface BannerViewOptions {
  signal: AbortSignal;
  /** Called when the banner's own state changes (storage, theme, a click): the first script renders again. */
  refresh: () => void;
  /** Asked before putting a removed banner back (instance-handover.ts). */
  mayRemount: () => boolean;
  log: (message: string, error?: unknown) => void;
}

export interface BannerView {
  /** Renders the banner for this classification at once; `settings` null while they are still read. */
  show(current: Classification, settings: Settings | null): void;
  readonly host: BannerHost;
}

export interface BannerModule {
  createBannerView(options: BannerViewOptions): BannerView;
  /**
   * The settings to show from what `storage.managed` gave the first script before anything was
   * published (settings-in-force.ts), or null: its checks come with the banner, not into every page.
   */
  readPolicyGlimpse(policy: unknown): Settings | null;
}

const RECEIVER = Symbol.for("csp-portal-guide:banner-receiver");

type Scope = typeof globalThis & { [RECEIVER]?: (module: BannerModule) => void };

/** The first script: resolves when the banner script runs in this world, for this instance only. */
export function receiveBannerModule(signal: AbortSignal): Promise<BannerModule> {
  const scope = globalThis as Scope;
  return new Promise((resolve) => {
    const receiver = (module: BannerModule): void => {
      if (scope[RECEIVER] === receiver) delete scope[RECEIVER];
      if (!signal.aborted) resolve(module);
    };
    // A newer instance's receiver replaces an older one's: the banner goes to the live instance.
    scope[RECEIVER] = receiver;
    signal.addEventListener("abort", () => {
      if (scope[RECEIVER] === receiver) delete scope[RECEIVER];
    });
  });
}

/** The banner script: gives itself to the waiting first script; injected again, it finds none and rests. */
export function deliverBannerModule(module: BannerModule): void {
  (globalThis as Scope)[RECEIVER]?.(module);
}
