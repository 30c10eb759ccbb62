import { expect, HOST, test } from "./extension-test";

test("the extension's service worker runs with the pinned id", async ({ extensionId }) => {
  expect(extensionId).toBe("fhjmdkmmiialhdmmpgladekfmjakpdcj");
});

test("a banner appears on an admin center page", async ({ openPortal }) => {
  const page = await openPortal("https://admin.microsoft.com/Adminportal/Home#/subscriptions");
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute("data-verdict", "partner");
  await expect(host.locator("section")).toBeVisible();
});

test("a banner appears on an Azure portal page", async ({ openPortal }) => {
  const page = await openPortal(
    "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
  );
  await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "partner");
});

for (const how of ["hash link", "pushState", "replaceState", "back button"] as const) {
  test(`the banner follows a route change by ${how} without a reload`, async ({ openPortal }) => {
    const page = await openPortal("https://admin.microsoft.com/Adminportal/Home#/subscriptions");
    const host = page.locator(HOST);
    await expect(host).toHaveAttribute("data-verdict", "partner");
    const loads: string[] = [];
    page.on("load", () => loads.push(page.url()));
    if (how === "hash link") await page.getByRole("link", { name: "Message center" }).click();
    if (how === "pushState")
      await page.evaluate(() => window.replica.navigate("/Adminportal/Home#/MessageCenter"));
    if (how === "replaceState")
      await page.evaluate(() => window.replica.replace("/Adminportal/Home#/MessageCenter"));
    if (how === "back button") {
      await page.getByRole("link", { name: "Message center" }).click();
      await expect(host).toHaveAttribute("data-verdict", "info");
      await page.goBack();
      await expect(host).toHaveAttribute("data-verdict", "partner");
      await page.goForward();
    }
    await expect(host).toHaveAttribute("data-verdict", "info");
    expect(loads).toEqual([]);
  });
}

test("the banner comes back when the portal removes it", async ({ openPortal }) => {
  const page = await openPortal(
    "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
  );
  await expect(page.locator(HOST)).toHaveCount(1);
  await page.evaluate(() => document.querySelector("csp-portal-guide")!.remove());
  await expect(page.locator(HOST)).toHaveCount(1);
  await page.evaluate(() => {
    const body = document.createElement("body");
    body.append(...document.body.childNodes);
    document.body.replaceWith(body);
    document.querySelector("csp-portal-guide")?.remove();
  });
  await expect(page.locator(HOST)).toHaveCount(1);
  await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "partner");
});
