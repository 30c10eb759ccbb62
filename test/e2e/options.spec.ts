import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { checkPolicyFile } from "../../tools/policy/check-policy-file";
import { expect, HOST, test } from "./extension-test";
import { allowExtensionPages } from "./popup-tools";

/**
 * The options page of an install without policy: what a customer or the partner's technician types
 * there reaches the banner. The browser is shared by the tests of a worker, so each test clears the
 * user's options when it ends.
 */

async function clearOptions(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } };
    await chrome.storage.sync.clear();
  });
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  await allowExtensionPages(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options/index.html`);
  await expect(page.locator("#partnerName")).toBeEditable();
  return page;
}

test.afterEach(async ({ extensionContext }) => {
  await clearOptions(extensionContext);
});

test("the partner's details typed in the options page brand the banner", async ({
  extensionContext,
  extensionId,
  openPortal,
}) => {
  const options = await openOptions(extensionContext, extensionId);
  await options.locator("#partnerName").fill("Northwind Cloud");
  await options.locator("#partnerEmail").fill("mailto:help@northwind.example");
  await options.locator("#partnerPhone").fill("+1 425 555 0100");
  await options.locator("#partnerSupportUrl").fill("https://help.northwind.example/");
  await options.getByRole("button", { name: "Save" }).click();
  await expect(options.locator("[data-status]")).toHaveText("Saved.");
  // Saved tidied: the mailto: is the banner's to add.
  await expect(options.locator("#partnerEmail")).toHaveValue("help@northwind.example");
  await options.close();

  const page = await openPortal("https://admin.microsoft.com/Adminportal/Home#/subscriptions");
  const host = page.locator(HOST);
  await expect(host).toContainText("Northwind Cloud");
  await expect(host.locator('a[href="mailto:help@northwind.example"]')).toBeVisible();
  await expect(host.locator('a[href="https://help.northwind.example/"]')).toBeVisible();
});

test("a value that cannot be saved is named next to its field, and Save waits for it", async ({
  extensionContext,
  extensionId,
}) => {
  const options = await openOptions(extensionContext, extensionId);
  const website = options.locator("#partnerWebsite");
  await website.fill("http://northwind.example/");
  await expect(website).toHaveAttribute("aria-invalid", "true");
  await expect(options.locator("#partnerWebsite-errors")).toContainText(
    'expected an https: address like https://partner.example/, got the string "http://northwind.example/" (http: is not allowed)',
  );
  await expect(options.getByRole("button", { name: "Save" })).toBeDisabled();
  await expect(options.locator("[data-status]")).toHaveText("Correct the fields marked below to save.");
  await website.fill("https://northwind.example/");
  await expect(options.getByRole("button", { name: "Save" })).toBeEnabled();
  await options.close();
});

test("a custom rule is tried on a URL in the page, then applied to the portal", async ({
  extensionContext,
  extensionId,
  openPortal,
}) => {
  const options = await openOptions(extensionContext, extensionId);
  await options.getByRole("button", { name: "Add a rule" }).click();
  await options.locator("#customRules-0-id").fill("northwind.resource-groups");
  await options.locator("#customRules-0-portal").selectOption("azure-portal");
  await options.locator("#customRules-0-pattern").fill("browse/resourcegroups");
  await options.locator("#customRules-0-verdict").selectOption("support");
  await options
    .locator("#customRules-0-message")
    .fill("Northwind looks after your resource groups: ask us first.");
  await options.locator("#testUrl").fill("https://portal.azure.com/#browse/resourcegroups");
  await expect(options.locator("output.test-result")).toHaveText(
    "Verdict: Product support first · rule: northwind.resource-groups · route: browse/resourcegroups",
  );
  await options.locator("#customRules-0-pattern").fill("a//b");
  await expect(options.locator('[data-rule-index="0"] .error')).toContainText("two slashes in a row");
  await options.locator("#customRules-0-pattern").fill("browse/resourcegroups");
  await options.getByRole("button", { name: "Save" }).click();
  await expect(options.locator("[data-status]")).toHaveText("Saved.");
  await options.close();

  const page = await openPortal("https://portal.azure.com/#browse/resourcegroups");
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute("data-rule", "northwind.resource-groups");
  await expect(host).toHaveAttribute("data-verdict", "support");
  await expect(host).toContainText("Northwind looks after your resource groups: ask us first.");
});

test("turning the banners off in the options page hides them on open portal pages", async ({
  extensionContext,
  extensionId,
  openPortal,
}) => {
  const page = await openPortal("https://admin.microsoft.com/Adminportal/Home#/subscriptions");
  await expect(page.locator(HOST).locator("section")).toBeVisible();
  const options = await openOptions(extensionContext, extensionId);
  await options.locator("#enabled").uncheck();
  await options.getByRole("button", { name: "Save" }).click();
  await expect(options.locator("[data-status]")).toHaveText("Saved.");
  await expect(page.locator(HOST).locator("section")).toBeHidden();
  await options.close();
});

test("the settings in force download as a policy file that policy:check accepts", async ({
  extensionContext,
  extensionId,
}) => {
  const options = await openOptions(extensionContext, extensionId);
  await options.locator("#partnerName").fill("Northwind Cloud");
  await options.locator("#dismissDays").fill("7");
  await options.getByRole("button", { name: "Save" }).click();
  await expect(options.locator("[data-status]")).toHaveText("Saved.");
  const [download] = await Promise.all([
    options.waitForEvent("download"),
    options.getByRole("button", { name: "Download as a policy file" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("csp-portal-guide-policy.json");
  const bytes = readFileSync((await download.path())!);
  expect(JSON.parse(bytes.toString("utf8"))).toEqual({ partnerName: "Northwind Cloud", dismissDays: 7 });
  expect(checkPolicyFile(download.suggestedFilename(), bytes)).toMatchObject({ valid: true, problems: [] });
  await options.close();
});

test("the options page has no accessibility violations", async ({ extensionContext, extensionId }) => {
  const options = await openOptions(extensionContext, extensionId);
  await options.getByRole("button", { name: "Add a rule" }).click();
  await options.locator("#partnerWebsite").fill("http://x.example/");
  const results = await new AxeBuilder({ page: options }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await options.close();
});
