import type { BrowserContext, Page } from "@playwright/test";
import { UI_LOCALES } from "../../src/settings/settings-schema";
import { bannerOf, PAGES, resetExtension } from "./banner-tools";
import { expect, HOST, test } from "./extension-test";
import { extensionWorker, openPopupFor, openTab } from "./popup-tools";

/**
 * The content script does nothing on a page that gets no banner (not an admin page: here the admin
 * center's error page) beyond the route check and the badge: no element, no settings read, no texts.
 * These tests hold what that must not cost: a partner's custom rule still reaches such a page (the
 * background says when custom rules are in force), and the dismiss control's date comes written out
 * by the background, not by Intl in the page.
 */

const UNKNOWN = "https://admin.microsoft.com/Adminportal/Home#/error";
const CUSTOM_RULE = {
  id: "contoso.error-page",
  portal: "m365-admin",
  pattern: "error",
  verdict: "partner",
};
const UI_LOCALES_SORTED = [...UI_LOCALES].sort();
// The first read of storage.managed in a fresh profile takes seconds; settings are published after it.
const SETTINGS_TIMEOUT = { timeout: 15_000 };

type DayLabels = Record<string, Record<string, string>>;
interface WorkerChrome {
  storage: {
    local: { get(key: string | null): Promise<Record<string, unknown>>; set(values: object): Promise<void> };
    sync: { set(values: object): Promise<void> };
  };
}

/** A tab at `url` whose page asks the content script, as it starts, to mark its start on the timeline. */
async function measuredTab(context: BrowserContext, url: string): Promise<{ page: Page; tabId: number }> {
  const tab = await openTab(context);
  await tab.page.addInitScript(() => {
    const mark = () => document.documentElement?.setAttribute("data-csp-portal-guide-measure", "");
    mark();
    document.addEventListener("readystatechange", mark, { once: true });
  });
  await tab.page.goto(url);
  return tab;
}

test.beforeEach(async ({ extensionContext }) => {
  await resetExtension(extensionContext);
});

test("a page the catalog leaves alone, opened, gets no element of ours", async ({ openPortal }) => {
  const page = await openPortal(UNKNOWN);
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  await expect(page.locator(HOST)).toHaveCount(0);
  // The same script on a page with a verdict does add its banner.
  await page.evaluate(() => window.replica.navigate("/Adminportal/Home#/subscriptions"));
  await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "partner");
});

test("sign-in pages get no guide, the popup still says what they are, and a move brings it", async ({
  extensionContext,
  extensionId,
}) => {
  const started = (page: Page) =>
    page.evaluate(() => performance.getEntriesByName("csp-portal-guide:started").length);
  const pages = [
    ["https://admin.microsoft.com/login?ru=%2F", "/logout", "/Adminportal/Home#/subscriptions"],
    [
      "https://portal.azure.com/signin/index/",
      "/error",
      "/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
    ],
  ] as const;
  for (const [url, alike, billing] of pages) {
    const { page, tabId } = await measuredTab(extensionContext, url);
    await page.waitForLoadState("load");
    await page.waitForTimeout(500);
    expect(await started(page), url).toBe(0);
    await expect(page.locator(HOST)).toHaveCount(0);
    const popup = await openPopupFor(extensionContext, extensionId, tabId);
    const thisPage = popup.getByRole("region", { name: "This page" });
    await expect(thisPage.locator("[data-verdict]")).toHaveAttribute("data-verdict", "none");
    await expect(thisPage.locator("[data-rule]")).toHaveText(/\.area\.not-an-admin-page$/);
    await popup.close();
    // A move to another page of the kind brings nothing, and leaves the watcher watching.
    await page.evaluate((to) => window.replica.navigate(to), alike);
    await page.waitForTimeout(300);
    expect(await started(page), url).toBe(0);
    // Should the page move to an admin page within its document, the watcher there brings the guide.
    await page.evaluate((to) => window.replica.navigate(to), billing);
    await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "partner");
    expect(await started(page), url).toBe(1);
    await page.close();
  }
  // Every other page of the same host gets the script, none pages too.
  const { page } = await measuredTab(extensionContext, UNKNOWN);
  await expect.poll(() => started(page)).toBe(1);
  await page.close();
});

test("a custom rule for a page the catalog leaves alone shows its banner when the page opens", async ({
  extensionContext,
  openPortal,
}) => {
  await resetExtension(extensionContext, { partnerName: "Contoso", customRules: [CUSTOM_RULE] });
  // Published before the page opens, so no change of settings can bring the rule in later: the page
  // has to learn from the background's answer to its report that custom rules are in force.
  const worker = await extensionWorker(extensionContext);
  await expect
    .poll(
      () =>
        worker.evaluate(async () => {
          const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
          const { settingsInForce } = await chrome.storage.local.get("settingsInForce");
          return (settingsInForce as { values?: { customRules?: unknown[] } } | undefined)?.values
            ?.customRules?.length;
        }),
      SETTINGS_TIMEOUT,
    )
    .toBe(1);
  const page = await openPortal(UNKNOWN);
  await expect(page.locator(HOST)).toHaveAttribute("data-rule", CUSTOM_RULE.id, SETTINGS_TIMEOUT);
  await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "partner");
  await expect(bannerOf(page)).toContainText("Contoso");
});

test("a custom rule added while such a page is open reaches it without a reload", async ({
  extensionContext,
  openPortal,
}) => {
  const page = await openPortal(UNKNOWN);
  await page.waitForTimeout(500);
  await expect(page.locator(HOST)).toHaveCount(0);
  const loads: string[] = [];
  page.on("load", () => loads.push(page.url()));
  await (await extensionWorker(extensionContext)).evaluate(async (rule) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    await chrome.storage.sync.set({ customRules: [rule] });
  }, CUSTOM_RULE);
  await expect(page.locator(HOST)).toHaveAttribute("data-rule", CUSTOM_RULE.id, SETTINGS_TIMEOUT);
  expect(loads).toEqual([]);
});

test("the dismiss control's date is the one the background wrote out", async ({
  extensionContext,
  openPortal,
}) => {
  const worker = await extensionWorker(extensionContext);
  const readDayLabels = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      return (await chrome.storage.local.get("dayLabels")).dayLabels as DayLabels | undefined;
    });
  // Published with the settings: the days a dismissal made now could end on, in every shipped language.
  await expect.poll(async () => Object.keys((await readDayLabels()) ?? {}).sort()).toEqual(UI_LOCALES_SORTED);
  const days = Object.keys((await readDayLabels())!.en!);
  expect(days).toHaveLength(4);
  // The reset before this test queues more than one publication; the marked days below must not be
  // written over by one still to come, so storage.local is first left to settle for a second.
  const snapshot = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      return JSON.stringify(await chrome.storage.local.get(null));
    });
  let last = "";
  let quiet = 0;
  await expect
    .poll(
      async () => {
        const now = await snapshot();
        quiet = now === last ? quiet + 1 : 0;
        last = now;
        return quiet;
      },
      { intervals: [250], timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(4);

  // Days written out as the page could never write them itself: the banner must show one of exactly these.
  const marked = Object.fromEntries(days.map((day) => [day, `day ${day} as the background wrote it`]));
  await worker.evaluate(async (labels) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    await chrome.storage.local.set({ dayLabels: { en: labels } });
  }, marked);
  const page = await openPortal(PAGES["m365-admin"].partner);
  const dismiss = bannerOf(page).getByRole("button", { name: /^Hide on this page until / });
  await expect(dismiss).toHaveAttribute(
    "aria-label",
    /^Hide on this page until day \d{4}-\d\d-\d\d as the background wrote it$/,
  );
});
