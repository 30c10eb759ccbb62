import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";
import { type LaunchOptions, launchChromium } from "../../tools/browser/launch-chromium";
import { type ReplicaOptions, serveReplicas } from "../../tools/browser/portal-replicas";

export interface ExtensionFixtures {
  /** Opens a replica portal page at a real portal URL and waits for our banner host. */
  openPortal(url: string): Promise<Page>;
}

export interface ExtensionWorkerFixtures {
  chromiumOptions: LaunchOptions;
  replicaOptions: ReplicaOptions;
  extensionContext: BrowserContext;
  extensionId: string;
}

/** One Chromium with the built extension per worker; each test gets fresh pages in it. */
export const test = base.extend<ExtensionFixtures, ExtensionWorkerFixtures>({
  chromiumOptions: [{}, { scope: "worker", option: true }],
  replicaOptions: [{}, { scope: "worker", option: true }],
  extensionContext: [
    async ({ chromiumOptions, replicaOptions }, use) => {
      const browser = await launchChromium(chromiumOptions);
      await serveReplicas(browser.context, replicaOptions);
      await use(browser.context);
      await browser.close();
    },
    { scope: "worker" },
  ],
  extensionId: [
    async ({ extensionContext }, use) => {
      const worker =
        extensionContext.serviceWorkers()[0] ?? (await extensionContext.waitForEvent("serviceworker"));
      await use(new URL(worker.url()).host);
    },
    { scope: "worker" },
  ],
  openPortal: async ({ extensionContext }, use) => {
    const pages: Page[] = [];
    await use(async (url) => {
      const page = await extensionContext.newPage();
      pages.push(page);
      await page.goto(url);
      return page;
    });
    for (const page of pages) await page.close();
  },
});

export { expect };

export const HOST = "csp-portal-guide";
