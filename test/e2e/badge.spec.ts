import { expect, HOST, test } from "./extension-test";
import { badgeOf, openTab, stopExtensionWorker } from "./popup-tools";

const SUBSCRIPTIONS = "https://admin.microsoft.com/Adminportal/Home#/subscriptions";
const PARTNER = {
  text: "CSP",
  color: [196, 62, 28, 255],
  title: "CSP Portal Guide: Goes through your partner",
};
const INFO = { text: "INFO", color: [15, 108, 189, 255], title: "CSP Portal Guide: Yours to read" };
const SELF = { text: "SELF", color: [16, 124, 16, 255], title: "CSP Portal Guide: You can do this yourself" };

test("the badge shows the verdict of a portal page in colour and text", async ({ extensionContext }) => {
  const { page, tabId } = await openTab(extensionContext, SUBSCRIPTIONS);
  await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "partner");
  await expect.poll(() => badgeOf(extensionContext, tabId)).toEqual(PARTNER);
  await page.close();
});

test("the badge follows route changes inside the portal, and goes away where the verdict is none", async ({
  extensionContext,
}) => {
  const { page, tabId } = await openTab(extensionContext, SUBSCRIPTIONS);
  await expect.poll(() => badgeOf(extensionContext, tabId)).toEqual(PARTNER);

  await page.getByRole("link", { name: "Message center" }).click();
  await expect.poll(() => badgeOf(extensionContext, tabId)).toEqual(INFO);

  await page.evaluate(() => window.replica.navigate("/Adminportal/Home#/users"));
  await expect.poll(() => badgeOf(extensionContext, tabId)).toEqual(SELF);

  await page.evaluate(() => window.replica.replace("/Adminportal/Home#/error"));
  await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "none");
  await expect.poll(async () => (await badgeOf(extensionContext, tabId)).text).toBe("");

  await page.goBack();
  await expect.poll(() => badgeOf(extensionContext, tabId)).toEqual(INFO);
  await page.close();
});

test("each tab keeps its own badge across tab switches; other tabs get none", async ({
  extensionContext,
}) => {
  const billing = await openTab(extensionContext, SUBSCRIPTIONS);
  const health = await openTab(
    extensionContext,
    "https://portal.azure.com/#view/Microsoft_Azure_Health/AzureHealthBrowseBlade/~/serviceIssues",
  );
  const blank = await openTab(extensionContext, "about:blank");
  for (const { page } of [billing, health, blank, billing, health]) {
    await page.bringToFront();
    await expect.poll(() => badgeOf(extensionContext, billing.tabId)).toEqual(PARTNER);
    await expect.poll(() => badgeOf(extensionContext, health.tabId)).toEqual(INFO);
    expect((await badgeOf(extensionContext, blank.tabId)).text).toBe("");
  }
  expect((await badgeOf(extensionContext)).text).toBe("");
  for (const { page } of [billing, health, blank]) await page.close();
});

test("leaving the portal in the same tab clears the badge, and coming back sets it again", async ({
  extensionContext,
}) => {
  const { page, tabId } = await openTab(extensionContext, SUBSCRIPTIONS);
  await expect.poll(() => badgeOf(extensionContext, tabId)).toEqual(PARTNER);
  await page.goto("about:blank");
  await expect.poll(async () => (await badgeOf(extensionContext, tabId)).text).toBe("");
  await page.goBack();
  await expect.poll(() => badgeOf(extensionContext, tabId)).toEqual(PARTNER);
  await page.close();
});

test("the badge survives the service worker being stopped, and the next route change wakes it", async ({
  extensionContext,
  extensionId,
}) => {
  const { page, tabId } = await openTab(extensionContext, SUBSCRIPTIONS);
  await expect.poll(() => badgeOf(extensionContext, tabId)).toEqual(PARTNER);
  await stopExtensionWorker(extensionContext, extensionId);
  // The badge is the browser's per-tab state, not the worker's: it is still there.
  await expect.poll(() => badgeOf(extensionContext, tabId)).toEqual(PARTNER);
  await page.evaluate(() => window.replica.navigate("/Adminportal/Home#/users"));
  await expect.poll(() => badgeOf(extensionContext, tabId)).toEqual(SELF);
  await page.close();
});
