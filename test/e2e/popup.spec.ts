import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./extension-test";
import { openPopupFor, openTab, previewIn, withOptions } from "./popup-tools";

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
  for (const host of [
    "admin.microsoft.com",
    "admin.cloud.microsoft",
    "portal.azure.com",
    "portal.azure.us",
  ]) {
    await expect(section.getByText(host, { exact: true })).toBeVisible();
  }
  await popup.screenshot({ path: "artifacts/popup-none.png", fullPage: true });
});

test("the popup turns the banner off for this portal and on again, live on the page", async ({
  extensionContext,
  extensionId,
}) => {
  await withOptions(extensionContext, { disabledHosts: [] }, async () => {
    const portal = await openTab(extensionContext, SUBSCRIPTIONS);
    const banner = portal.page.locator("csp-portal-guide section");
    await expect(banner).toBeVisible();
    const popup = await openPopupFor(extensionContext, extensionId, portal.tabId);

    await popup.getByRole("button", { name: "Turn the banner off on admin.microsoft.com" }).click();
    await expect(banner).toBeHidden();
    await expect(popup.getByText("The banner is not showing on this page.")).toBeVisible();

    await popup.getByRole("button", { name: "Turn the banner on again on admin.microsoft.com" }).click();
    await expect(banner).toBeVisible();
    await expect(popup.getByText("The banner is showing on this page.")).toBeVisible();
  });
});

test("the popup shows dismissed banners again", async ({ extensionContext, extensionId }) => {
  const portal = await openTab(extensionContext, SUBSCRIPTIONS);
  const banner = portal.page.locator("csp-portal-guide section");
  await banner.getByRole("button", { name: /^Hide on this page until/ }).click();
  await expect(banner).toBeHidden();

  const popup = await openPopupFor(extensionContext, extensionId, portal.tabId);
  await expect(popup.getByText("The banner is not showing on this page.")).toBeVisible();
  await popup.getByRole("button", { name: "Show dismissed banners again" }).click();
  await expect(popup.getByRole("status")).toHaveText("Dismissed banners will show again.");
  await expect(banner).toBeVisible();
  await expect(popup.getByText("The banner is showing on this page.")).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the popup has no accessibility violations (axe, ${scheme})`, async ({
    extensionContext,
    extensionId,
  }) => {
    // axe walks the whole popup and the preview's shadow root: slow on a shared two-core machine.
    test.setTimeout(90_000);
    await withOptions(
      extensionContext,
      {
        partnerName: "Contoso IT Services",
        partnerEmail: "cloud@contoso.example",
        partnerPhone: "+48 22 555 01 00",
      },
      async () => {
        const portal = await openTab(extensionContext, SUBSCRIPTIONS);
        const popup = await openPopupFor(extensionContext, extensionId, portal.tabId);
        await popup.emulateMedia({ colorScheme: scheme });
        await expect(popup.getByText("cloud@contoso.example")).toBeVisible();
        await previewIn(popup, SUBSCRIPTIONS);
        await expect(popup.locator(".shadow-view")).toBeVisible();
        const results = await new AxeBuilder({ page: popup }).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      },
    );
  });
}

test("in agent mode, the popup names the customer's tenant and tells the banner from the agent strip", async ({
  extensionContext,
  extensionId,
}) => {
  await withOptions(
    extensionContext,
    { agentMode: true, partnerTenants: ["fabrikam.onmicrosoft.com"] },
    async () => {
      const portal = await openTab(
        extensionContext,
        "https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
      );
      const host = portal.page.locator("csp-portal-guide");
      await expect(host.locator("[data-agent-strip]")).toBeVisible();
      await host.getByRole("button", { name: /^Hide on this page until/ }).click();
      await expect(host.locator("section")).toBeHidden();
      await expect(host.locator("[data-agent-strip]")).toBeVisible();

      const popup = await openPopupFor(extensionContext, extensionId, portal.tabId);
      const thisPage = popup.getByRole("region", { name: "This page" });
      await expect(thisPage).toContainText("You are viewing contoso.onmicrosoft.com as its partner.");
      await expect(thisPage).toContainText("contoso.onmicrosoft.com");
      await expect(thisPage).toContainText("The banner is not showing on this page.");
      await popup.getByRole("button", { name: "Show dismissed banners again" }).click();
      await expect(host.locator("section")).toBeVisible();
    },
  );
});
