import type { Page } from "@playwright/test";
import { resetExtension } from "./banner-tools";
import { expect, test } from "./extension-test";
import { openPopupFor, openTab, previewIn } from "./popup-tools";

/**
 * The popup's "Preview as customer" remembers the URLs an agent previewed; for an agent those name
 * customers (issue 17, item 9). They can be forgotten at once, and go by themselves after 7 days.
 */

const KEY = "popup.recentPreviewUrls";
const DAY = 24 * 60 * 60 * 1000;
const SUBSCRIPTIONS = "https://admin.microsoft.com/Adminportal/Home#/subscriptions";
const FABRIKAM = "https://portal.azure.com/#@fabrikam.onmicrosoft.com/resource/subscriptions";

interface PageChrome {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(values: object): Promise<void>;
    };
  };
}

const stored = (popup: Page): Promise<unknown> =>
  popup.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as { chrome: PageChrome };
    return (await chrome.storage.local.get(key))[key];
  }, KEY);

test.beforeEach(async ({ extensionContext }) => {
  await resetExtension(extensionContext);
});

test("the agent can forget the previewed URLs", async ({ extensionContext, extensionId }) => {
  const blank = await openTab(extensionContext, "about:blank");
  const popup = await openPopupFor(extensionContext, extensionId, blank.tabId);
  await previewIn(popup, SUBSCRIPTIONS);
  await expect(popup.locator("[data-preview-url]")).toBeVisible();
  await popup.reload();
  await expect(popup.locator("#preview-recent option")).toHaveCount(1);
  await expect(popup.locator(".recent-urls")).toContainText(
    "Previewed URLs are kept on this computer for 7 days.",
  );

  await popup.getByRole("button", { name: "Forget previewed URLs" }).click();
  await expect(popup.getByRole("status").filter({ hasText: "Previewed URLs forgotten." })).toBeVisible();
  await expect(popup.locator("#preview-recent option")).toHaveCount(0);
  expect(await stored(popup)).toBeUndefined();
  await popup.reload();
  await expect(popup.locator("#preview-recent option")).toHaveCount(0);
  await expect(popup.locator(".recent-urls")).toHaveCount(0);
  await popup.close();
  await blank.page.close();
});

test("a URL previewed more than 7 days ago is forgotten when the popup opens", async ({
  extensionContext,
  extensionId,
}) => {
  const blank = await openTab(extensionContext, "about:blank");
  const popup = await openPopupFor(extensionContext, extensionId, blank.tabId);
  const now = Date.now();
  await popup.evaluate(
    async ({ key, entries }) => {
      const { chrome } = globalThis as unknown as { chrome: PageChrome };
      await chrome.storage.local.set({ [key]: entries });
    },
    {
      key: KEY,
      entries: [
        { url: SUBSCRIPTIONS, at: now - DAY },
        { url: FABRIKAM, at: now - 8 * DAY },
      ],
    },
  );
  await popup.reload();
  await expect(popup.locator("#preview-recent option")).toHaveCount(1);
  await expect(popup.locator("#preview-recent option")).toHaveAttribute("value", SUBSCRIPTIONS);
  await expect.poll(() => stored(popup)).toEqual([{ url: SUBSCRIPTIONS, at: now - DAY }]);
  await popup.close();
  await blank.page.close();
});
