import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, expect, type Locator, type Page, test, type Worker } from "@playwright/test";
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
 * popup/popup-dismissals.ts built on its own into a script that sets `globalThis.cspPortalGuideDismissals`,
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
        entry: resolve(ROOT, "popup/popup-dismissals.ts"),
        formats: ["iife"],
        name: "cspPortalGuideDismissals",
      },
    },
  }).then((result) => {
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunk = outputs[0]?.output.find((file) => file.type === "chunk");
    if (chunk?.type !== "chunk") throw new Error("popup/popup-dismissals.ts did not build");
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
  await test.info().attach(name, { path, contentType: "image/png" });
  return path;
}

// The first read of storage.managed in a fresh profile takes seconds; options arrive after it.
export const SETTINGS_TIMEOUT = { timeout: 15_000 };

/** "#0f2a10" → "rgb(15, 42, 16)", as getComputedStyle writes colours. */
export function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1, 7), 16);
  return `rgb(${value >> 16}, ${(value >> 8) & 255}, ${value & 255})`;
}

/** Opens a verdict's page with the partner configured and waits until the banner shows its contacts. */
export async function openWithPartner(
  openPortal: (url: string) => Promise<Page>,
  url: string,
  verdict: BannerVerdict,
): Promise<Page> {
  const page = await openPortal(url);
  await expect(page.locator("csp-portal-guide")).toHaveAttribute("data-verdict", verdict);
  await expect(bannerOf(page).locator(".banner__text")).toContainText(
    verdict === "partner" || verdict === "support" ? PARTNER.partnerName : "",
    SETTINGS_TIMEOUT,
  );
  return page;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include("csp-portal-guide").analyze();
  const found = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(found).toEqual([]);
  // Not vacuous: axe did look at the banner's own elements.
  expect(results.passes.length).toBeGreaterThan(5);
}

/** The README's four screenshots: both portals, the partner configured, the default look. */
export const README_PAGES: Record<BannerVerdict, string> = {
  partner: PAGES["m365-admin"].partner,
  "self-serve": PAGES["azure-portal"]["self-serve"],
  info: PAGES["m365-admin"].info,
  support: PAGES["azure-portal"].support,
};
