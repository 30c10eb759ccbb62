import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CDPSession, Page } from "@playwright/test";
import { CHROME_DIST, launchChromium } from "../../tools/browser/launch-chromium";
import { serveReplicas } from "../../tools/browser/portal-replicas";
import { expect, HOST, test } from "./extension-test";
import { openPopupFor, openTab } from "./popup-tools";

/**
 * Who may end the content script on a page (issue 17, item 3). Not the page: the
 * `csp-portal-guide:takeover` event that once told older instances to leave is gone, and nothing the
 * page can dispatch or edit replaces it. A newer instance of the script may, and an instance whose
 * extension was reloaded (it learns so from its own runtime, which the page cannot touch) gives way.
 * Firefox, which injects an updated extension into open tabs, is in takeover-firefox.spec.ts.
 */

const BILLING = "https://admin.microsoft.com/Adminportal/Home#/subscriptions";
const HOSTS = `${HOST}, [data-csp-portal-guide]`;

const hostCount = (page: Page): Promise<number> => page.locator(HOSTS).count();

/** The execution context of our content script in `page` (Chrome's isolated world for the extension). */
async function contentScriptWorld(page: Page, extensionId: string): Promise<{ cdp: CDPSession; id: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on("Runtime.executionContextCreated", ({ context }) => contexts.push(context));
  await cdp.send("Runtime.enable");
  const world = contexts.find(
    (context) =>
      context.auxData?.type === "isolated" && context.origin === `chrome-extension://${extensionId}`,
  );
  if (!world) throw new Error("the content script's isolated world was not found");
  return { cdp, id: world.id };
}

test("a page firing the old takeover event every 50 ms still gets its banner, and the popup its answer", async ({
  extensionContext,
  extensionId,
}) => {
  const { page, tabId } = await openTab(extensionContext);
  // From before the first script of the page, all through its life.
  await page.addInitScript(() => {
    const fire = () => document.dispatchEvent(new CustomEvent("csp-portal-guide:takeover"));
    fire();
    setInterval(fire, 50);
  });
  await page.goto(BILLING);
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute("data-verdict", "partner");
  await expect(host.locator("section")).toBeVisible();
  await page.waitForTimeout(500);
  await expect(host.locator("section")).toBeVisible();

  await page.evaluate(() => window.replica.navigate("/Adminportal/Home#/MessageCenter"));
  await expect(host).toHaveAttribute("data-verdict", "info");
  await expect(host.locator("section")).toBeVisible();
  expect(await hostCount(page)).toBe(1);

  const popup = await openPopupFor(extensionContext, extensionId, tabId);
  await expect(popup.locator(".verdict[data-verdict]")).toHaveAttribute("data-verdict", "info");
  await popup.close();
  await page.close();
});

test("a second copy of the content script takes over from the first: one banner, still live", async ({
  extensionContext,
  extensionId,
}) => {
  const { page, tabId } = await openTab(extensionContext, BILLING);
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute("data-verdict", "partner");
  await expect(host.locator("section")).toBeVisible();

  // Injected again into the same isolated world, as a browser may do when it loads the script twice.
  const script = readFileSync(join(CHROME_DIST, "content-scripts/portal-guide.js"), "utf8");
  const { cdp, id } = await contentScriptWorld(page, extensionId);
  const run = await cdp.send("Runtime.evaluate", { expression: script, contextId: id });
  expect(run.exceptionDetails).toBeUndefined();

  await expect(host.locator("section")).toBeVisible();
  for (const route of ["#/MessageCenter", "#/subscriptions", "#/MessageCenter"]) {
    await page.evaluate((next) => window.replica.navigate(`/Adminportal/Home${next}`), route);
    await expect(host).toHaveAttribute("data-verdict", route === "#/subscriptions" ? "partner" : "info");
    expect(await hostCount(page)).toBe(1);
  }
  const popup = await openPopupFor(extensionContext, extensionId, tabId);
  await expect(popup.locator(".verdict[data-verdict]")).toHaveAttribute("data-verdict", "info");
  await popup.close();
  await page.close();
});

test("after the extension is reloaded, the orphaned banner stays but never fights to come back", async () => {
  test.setTimeout(60_000);
  // A browser of its own: reloading the extension would disturb the other tests' browser.
  const browser = await launchChromium();
  try {
    await serveReplicas(browser.context);
    const page = await browser.context.newPage();
    await page.goto(BILLING);
    const host = page.locator(HOST);
    await expect(host).toHaveAttribute("data-verdict", "partner");
    await expect(host.locator("section")).toBeVisible();

    const worker =
      browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent("serviceworker"));
    const extensionId = new URL(worker.url()).host;
    const { cdp, id } = await contentScriptWorld(page, extensionId);
    const runtimeId = async () =>
      (await cdp.send("Runtime.evaluate", { expression: "chrome.runtime.id", contextId: id })).result.value;
    expect(await runtimeId()).toBe(extensionId);

    const restarted = browser.context.waitForEvent("serviceworker");
    await worker
      .evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
      )
      .catch(() => {});
    await restarted;
    await expect.poll(runtimeId, { timeout: 10_000 }).toBeUndefined();

    // Orphaned: the banner stays, and still follows the page, better than no banner until a reload.
    await page.evaluate(() => window.replica.navigate("/Adminportal/Home#/MessageCenter"));
    await expect(host).toHaveAttribute("data-verdict", "info");
    // Removed (by a newer instance, or by the page), it stays removed.
    await page.evaluate(() => document.querySelector("csp-portal-guide")?.remove());
    await page.waitForTimeout(1500);
    expect(await hostCount(page)).toBe(0);

    // The reloaded extension's own instance, on the next load of the page, is live.
    await page.reload();
    await expect(host).toHaveAttribute("data-verdict", "info");
    await expect(host.locator("section")).toBeVisible({ timeout: 15_000 });
    await page.evaluate(() => window.replica.navigate("/Adminportal/Home#/subscriptions"));
    await expect(host).toHaveAttribute("data-verdict", "partner");
    expect(await hostCount(page)).toBe(1);
  } finally {
    await browser.close();
  }
});
