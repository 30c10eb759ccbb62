import { expect, test } from "./extension-test";
import { openPopupFor, openTab } from "./popup-tools";

const SUBSCRIPTIONS = "https://admin.microsoft.com/Adminportal/Home#/subscriptions";

test("the popup for a portal tab shows the verdict, the rule and why", async ({
  extensionContext,
  extensionId,
}) => {
  const portal = await openTab(extensionContext, SUBSCRIPTIONS);
  const popup = await openPopupFor(extensionContext, extensionId, portal.tabId);
  const thisPage = popup.getByRole("region", { name: "This page" });
  await expect(thisPage.locator("[data-verdict]")).toHaveAttribute("data-verdict", "partner");
  await expect(thisPage).toContainText("Goes through your partner");
  await expect(thisPage.locator("[data-rule]")).toHaveText("m365.billing.products");
  await expect(thisPage).toContainText("Microsoft 365 admin center");
  await expect(thisPage).toContainText("The banner is showing on this page.");
  await popup.screenshot({ path: "artifacts/popup-portal.png", fullPage: true });
});

test("the popup for a tab that is no portal says so and lists the supported portals", async ({
  extensionContext,
  extensionId,
}) => {
  const blank = await openTab(extensionContext, "about:blank");
  const popup = await openPopupFor(extensionContext, extensionId, blank.tabId);
  const section = popup.getByRole("region", { name: "Not a supported portal page" });
  await expect(section).toBeVisible();
  for (const host of ["admin.microsoft.com", "admin.cloud.microsoft", "portal.azure.com", "portal.azure.us"]) {
    await expect(section.getByText(host, { exact: true })).toBeVisible();
  }
  await popup.screenshot({ path: "artifacts/popup-none.png", fullPage: true });
});
