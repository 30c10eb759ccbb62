import { expect, HOST, test } from "./extension-test";
import { withOptions } from "./popup-tools";

const AGENT = { agentMode: true, partnerTenants: ["fabrikam-partner.onmicrosoft.com"] };
const CUSTOMER_BILLING =
  "https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2";
const OWN_BILLING =
  "https://portal.azure.com/#@fabrikam-partner.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2";
// Partner Center → Customers → Microsoft 365 admin center ("admin on behalf of").
const ADMIN_ON_BEHALF =
  "https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=4b6a0f8e-2c1d-4e5f-9a7b-3c2d1e0f9a8b&CSDEST=o365admincenter";

const strip = (page: import("@playwright/test").Page) => page.locator(HOST).locator("[data-agent-strip]");

test("in agent mode, a delegated Azure URL adds the agent strip under the customer's banner", async ({
  extensionContext,
  openPortal,
}) => {
  await withOptions(extensionContext, AGENT, async () => {
    const page = await openPortal(CUSTOMER_BILLING);
    await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "partner");
    await expect(strip(page)).toHaveText(
      /You are viewing contoso\.onmicrosoft\.com as its partner\. The customer sees: Goes through your partner/,
    );
    await expect(page.locator(HOST).locator("section")).toBeVisible();
  });
});

test("in agent mode, an admin-on-behalf-of session names the customer's tenant id", async ({
  extensionContext,
  openPortal,
}) => {
  await withOptions(extensionContext, AGENT, async () => {
    const page = await openPortal(ADMIN_ON_BEHALF);
    await expect(strip(page)).toContainText("4b6a0f8e-2c1d-4e5f-9a7b-3c2d1e0f9a8b");
  });
});

test("no strip on the partner's own tenant, even in agent mode", async ({ extensionContext, openPortal }) => {
  await withOptions(extensionContext, AGENT, async () => {
    const page = await openPortal(CUSTOMER_BILLING);
    await expect(strip(page)).toHaveCount(1);
    await page.evaluate((own) => {
      location.hash = new URL(own).hash;
    }, OWN_BILLING);
    await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "partner");
    await expect(page.locator(HOST).locator("section")).toBeVisible();
    await expect(strip(page)).toHaveCount(0);
  });
});

test("a customer's own admin gets the same URL without any strip (agent mode is off)", async ({
  openPortal,
}) => {
  const page = await openPortal(CUSTOMER_BILLING);
  await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "partner");
  await expect(page.locator(HOST).locator("section")).toBeVisible();
  await expect(strip(page)).toHaveCount(0);
});

test("the strip follows settings live: turning agent mode on and off needs no reload", async ({
  extensionContext,
  openPortal,
}) => {
  const page = await openPortal(CUSTOMER_BILLING);
  await expect(page.locator(HOST).locator("section")).toBeVisible();
  await expect(strip(page)).toHaveCount(0);
  await withOptions(extensionContext, AGENT, async () => {
    await expect(strip(page)).toHaveCount(1);
  });
  await expect(strip(page)).toHaveCount(0);
});
