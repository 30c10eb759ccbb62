import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, Locator, Page, Worker } from "@playwright/test";
import { build, type Rolldown } from "vite";

const ROOT = resolve(import.meta.dirname, "../..");
export const SCREENSHOTS = resolve(ROOT, "artifacts/screenshots");

/** A portal page of each verdict, on each portal (classified so by the catalog). */
export const PAGES = {
  "m365-admin": {
    partner: "https://admin.microsoft.com/Adminportal/Home#/subscriptions",
    "self-serve": "https://admin.microsoft.com/Adminportal/Home#/users",
    info: "https://admin.microsoft.com/Adminportal/Home#/MessageCenter",
    support: "https://admin.microsoft.com/Adminportal/Home#/support",
  },
  "azure-portal": {
    partner: "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
    "self-serve": "https://portal.azure.com/#browse/resourcegroups",
    info: "https://portal.azure.com/#view/Microsoft_Azure_Health/AzureHealthBrowseBlade/~/serviceIssues",
    support: "https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview",
  },
} as const;

export type BannerVerdict = keyof (typeof PAGES)["m365-admin"];
export const BANNER_VERDICTS = Object.keys(PAGES["m365-admin"]) as BannerVerdict[];

/** A replica URL with its query (theme, direction) put before the hash, where the replicas read it. */
export function withQuery(url: string, query: string): string {
  const hash = url.indexOf("#");
  const [base, fragment] = hash === -1 ? [url, ""] : [url.slice(0, hash), url.slice(hash)];
  return `${base}${base.includes("?") ? "&" : "?"}${query}${fragment}`;
}

export const PARTNER = {
  partnerName: "Contoso IT Services",
  partnerEmail: "billing@contoso.example",
  partnerPhone: "+48 22 123 45 67",
  partnerWebsite: "https://contoso.example/",
  partnerSupportUrl: "https://support.contoso.example/tickets",
};

interface Messages {
  [key: string]: { message: string };
}

/** A locale's messages.json, filled the way the browser fills `$NAME$` placeholders with one value. */
export function messagesOf(locale: string): (key: string, value?: string) => string {
  const messages = JSON.parse(
    readFileSync(resolve(ROOT, "public/_locales", locale, "messages.json"), "utf8"),
  ) as Messages;
  return (key, value = "") => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message ${key} in ${locale}`);
    return entry.message.replace(/\$[A-Z]+\$/g, value);
  };
}

export const TITLE_KEYS: Record<BannerVerdict, string> = {
  partner: "verdictTitle_partner",
  "self-serve": "verdictTitle_selfServe",
  info: "verdictTitle_info",
  support: "verdictTitle_support",
};
export const BODY_KEYS: Record<BannerVerdict, string> = {
  partner: "verdictBody_partner",
  "self-serve": "verdictBody_selfServe",
  info: "verdictBody_info",
  support: "verdictBody_support",
};

/** The banner's <section> (Playwright's CSS locators pierce our open shadow root). */
export function bannerOf(page: Page): Locator {
  return page.locator("csp-portal-guide section.banner");
}

async function worker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
}

interface StorageArea {
  set(values: object): Promise<void>;
  clear(): Promise<void>;
  get(keys: string | null): Promise<Record<string, unknown>>;
}
type WorkerChrome = { chrome: { storage: { sync: StorageArea; local: StorageArea } } };

/**
 * The user's options (`storage.sync`, flat keys, as the options page saves them) replaced by
 * `values`, and no banner dismissed: each test starts from the same state in the worker's browser.
 */
export async function resetExtension(
  context: BrowserContext,
  values: Record<string, unknown> = {},
): Promise<void> {
  await (await worker(context)).evaluate(async (options) => {
    const { chrome } = globalThis as unknown as WorkerChrome;
    await Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]);
    await chrome.storage.sync.set(options);
  }, values);
}

export async function storedDismissals(context: BrowserContext): Promise<Record<string, number>> {
  return (await worker(context)).evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerChrome;
    const stored = await chrome.storage.local.get("dismissedBanners");
    return (stored.dismissedBanners ?? {}) as Record<string, number>;
  });
}

let dismissalsApi: Promise<string> | null = null;

/**
 * platform/dismissals.ts built on its own into a script that sets `globalThis.cspPortalGuideDismissals`,
 * to be run in an extension page: exactly the functions the popup imports, without the popup.
 */
export function dismissalsApiScript(): Promise<string> {
  dismissalsApi ??= build({
    configFile: false,
    logLevel: "silent",
    root: ROOT,
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(ROOT, "platform/dismissals.ts"),
        formats: ["iife"],
        name: "cspPortalGuideDismissals",
      },
    },
  }).then((result) => {
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunk = outputs[0]?.output.find((file) => file.type === "chunk");
    if (chunk?.type !== "chunk") throw new Error("platform/dismissals.ts did not build");
    return chunk.code;
  });
  return dismissalsApi;
}

/** A screenshot of the top of the page (banner and portal header) into artifacts/screenshots/. */
export async function screenshotTop(page: Page, name: string, height = 160): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({ path, clip: { x: 0, y: 0, width, height } });
  return path;
}
