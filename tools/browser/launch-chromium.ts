import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium } from "@playwright/test";
import { resolveChromium } from "./resolve-chromium";

export const CHROME_DIST = resolve(import.meta.dirname, "../..", process.env.DIST_ROOT ?? "dist", "chrome");

// Root on a closed network: no sandbox, and nothing that phones home at start.
export const CLOSED_NETWORK_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LaunchOptions {
  /** Unpacked extension folder to load; null for a browser without extensions. */
  extension?: string | null;
  headless?: boolean;
  colorScheme?: "light" | "dark";
  locale?: string;
  executablePath?: string;
  extraArgs?: string[];
  viewport?: { width: number; height: number };
  /** A profile folder to start on and keep (a restart on the same profile); a fresh one otherwise. */
  userDataDir?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extension = options.extension === undefined ? CHROME_DIST : options.extension;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), "csp-portal-guide-profile-"));
  const args = [...CLOSED_NETWORK_ARGS, ...(options.extraArgs ?? [])];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  if (options.locale) args.push(`--lang=${options.locale}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.executablePath ?? resolveChromium(),
    headless: options.headless ?? true,
    args,
    ignoreDefaultArgs: ["--disable-extensions", "--disable-component-extensions-with-background-pages"],
    colorScheme: options.colorScheme ?? "light",
    locale: options.locale ?? "en-US",
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
