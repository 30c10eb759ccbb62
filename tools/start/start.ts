// `npm start`: the built extension in Chromium on the realistic shells of both portals
// (test/fixtures/shells, served at the real URLs). With a display, a browser window to click around in;
// without one (a server, CI), it says so and writes a screenshot of each verdict instead, printing what
// the banner said and where it stands. `npm start -- --screenshots docs/screenshots` writes the English
// banner pictures the README shows, with a partner configured.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { launchChromium } from "../browser/launch-chromium";
import { serveReplicas } from "../browser/portal-replicas";
import { CHROMIUM_INSTALL_HINT } from "../browser/resolve-chromium";

// The admin center as a flex column filling the viewport, the Azure portal as a fixed shell: two of the
// layouts in test/fixtures/shells/shell-layouts.ts.
const ADMIN = "https://admin.microsoft.com/Adminportal/Home?replica-layout=flex";
const AZURE = "https://portal.azure.com/?replica-layout=fixed";

const TOUR = [
  `${ADMIN}#/subscriptions`,
  `${ADMIN}#/users`,
  `${ADMIN}#/MessageCenter`,
  `${ADMIN}#/support`,
  `${AZURE}#view/Microsoft_Azure_Billing/SubscriptionsBladeV2`,
  `${AZURE}#browse/resourcegroups`,
];

// The partner the README's pictures show (the e2e specs use the same one).
const PARTNER = {
  partnerName: "Contoso IT Services",
  partnerEmail: "billing@contoso.example",
  partnerPhone: "+48 22 123 45 67",
  partnerWebsite: "https://contoso.example/",
  partnerSupportUrl: "https://support.contoso.example/tickets",
};

/** The README's pictures: file, page, and what to do before taking the top of the window. */
const DOC_SCREENSHOTS: readonly { file: string; url: string; height: number; collapse?: boolean }[] = [
  { file: "banner-partner.png", url: `${ADMIN}#/subscriptions`, height: 130 },
  { file: "banner-self-serve.png", url: `${AZURE}#browse/resourcegroups`, height: 130 },
  { file: "banner-info.png", url: `${ADMIN}#/MessageCenter`, height: 130 },
  {
    file: "banner-support.png",
    url: `${AZURE}#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview`,
    height: 130,
  },
  { file: "banner-partner-collapsed.png", url: `${ADMIN}#/subscriptions`, height: 90, collapse: true },
  {
    file: "banner-partner-dark-azure.png",
    url: `${AZURE}&replica-theme=dark#view/Microsoft_Azure_Billing/SubscriptionsBladeV2`,
    height: 130,
  },
];

const OUT_DIR = resolve(import.meta.dirname, "../../artifacts/start");

/** Waits for the banner, the Azure splash screen to go, and the placement to be decided. */
async function bannerShown(page: Page): Promise<void> {
  const host = page.locator("csp-portal-guide");
  await host.waitFor({ state: "attached", timeout: 15_000 });
  await page.locator(".fxs-splashscreen").waitFor({ state: "hidden", timeout: 15_000 });
  await page.locator("csp-portal-guide[data-placement] section.banner").waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
}

async function configurePartner(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  await worker.evaluate(async (partner) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { sync: { set(values: object): Promise<void> } } };
    };
    await chrome.storage.sync.set(partner);
  }, PARTNER);
}

async function writeDocScreenshots(context: BrowserContext, page: Page, dir: string): Promise<void> {
  await configurePartner(context);
  mkdirSync(dir, { recursive: true });
  for (const shot of DOC_SCREENSHOTS) {
    await page.goto(shot.url);
    await bannerShown(page);
    // The partner's name is in the partner and support banners once the settings have arrived.
    if (!/self-serve|info/.test(shot.file)) {
      await page
        .locator("csp-portal-guide section.banner")
        .filter({ hasText: PARTNER.partnerName })
        .waitFor({ timeout: 15_000 });
    }
    if (shot.collapse) {
      await page.locator("csp-portal-guide").getByRole("button", { name: "Collapse" }).click();
      await page.mouse.move(0, 400);
      await page.waitForTimeout(300);
    }
    const file = resolve(dir, shot.file);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1280, height: shot.height } });
    console.log(file);
  }
}

async function main(): Promise<void> {
  const screenshotsAt = process.argv.indexOf("--screenshots");
  const docsDir =
    screenshotsAt === -1 ? null : resolve(process.argv[screenshotsAt + 1] ?? "docs/screenshots");
  const hasDisplay = docsDir === null && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay && docsDir === null) {
    console.log("No display here (DISPLAY is not set): writing screenshots instead of opening a window.");
  }
  const browser = await launchChromium({ headless: !hasDisplay });
  await serveReplicas(browser.context);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());

  if (docsDir) {
    await writeDocScreenshots(browser.context, page, docsDir);
    await browser.close();
    return;
  }

  if (hasDisplay) {
    await page.goto(TOUR[0]!);
    console.log("Chromium is open on the Microsoft 365 admin center replica. Try the left navigation;");
    console.log(
      `also open ${TOUR[4]}. Other layouts: replica-layout= in test/fixtures/shells/shell-layouts.ts.`,
    );
    console.log("Close the window to stop.");
    await new Promise<void>((done) => browser.context.on("close", () => done()));
    return;
  }

  mkdirSync(OUT_DIR, { recursive: true });
  let index = 0;
  for (const url of TOUR) {
    await page.goto(url);
    await bannerShown(page);
    const host = page.locator("csp-portal-guide");
    const verdict = await host.getAttribute("data-verdict");
    const rule = await host.getAttribute("data-rule");
    const placement = await host.getAttribute("data-placement");
    const section = host.locator("section").first();
    const text = ((await section.textContent().catch(() => "")) ?? "").replace(/\s+/g, " ").trim();
    const file = resolve(OUT_DIR, `${String(++index).padStart(2, "0")}-${verdict}.png`);
    await page.screenshot({ path: file });
    console.log(
      `${verdict?.padEnd(10)} ${rule?.padEnd(34)} ${placement?.padEnd(8)} ${url}\n           "${text}"\n           ${file}`,
    );
  }
  await browser.close();
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`npm start failed: ${message.split("\n")[0]}`);
  if (/Chromium|executable/i.test(message)) console.error(`Install Chromium with: ${CHROMIUM_INSTALL_HINT}`);
  process.exit(1);
});
