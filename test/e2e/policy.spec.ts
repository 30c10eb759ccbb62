import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { serveReplicas } from "../../tools/browser/portal-replicas";
import { EXTENSION_IDS } from "../../tools/build/extension-ids";
import { extensionPolicyFile, launchWithPolicy, type PolicyBrowser } from "./managed-policy";
import { allowExtensionPages } from "./popup-tools";

/**
 * Deploys the Linux policy sample for real: a JSON file in the folder Debian's Chromium reads policy
 * from, /etc/chromium/policies/managed, bind-mounted from a temporary folder of the test inside a
 * private mount namespace (managed-policy.ts), so the machine's own policy folder is never touched and
 * nothing is left mounted when the browser exits, whether the tests passed or not.
 */

const SAMPLE = resolve(import.meta.dirname, "../../policies/linux/chrome-and-chromium.json");
const ID = EXTENSION_IDS.chromium;
const HOST = "csp-portal-guide";

interface SampleFile {
  "3rdparty": { extensions: Record<string, Record<string, unknown>> };
}

/** The sample as deployed, less its force-install entry: the extension is loaded unpacked here. */
function samplePolicy(): Record<string, unknown> {
  const sample = JSON.parse(readFileSync(SAMPLE, "utf8")) as SampleFile;
  return sample["3rdparty"].extensions[ID]!;
}

test.describe
  .serial("enterprise policy deployed in Chromium", () => {
    let policyBrowser: PolicyBrowser | null = null;
    let context: BrowserContext;
    const consoleLines: string[] = [];

    test.beforeAll(async () => {
      const launched = await launchWithPolicy(extensionPolicyFile(samplePolicy()));
      test.skip(
        typeof launched === "string",
        `Skipped: ${launched}. Run as root where unshare(1) may create mount namespaces.`,
      );
      policyBrowser = launched as PolicyBrowser;
      context = policyBrowser.context;
      await serveReplicas(context);
      await allowExtensionPages(context);
      context.on("console", (message) => consoleLines.push(message.text()));
    });

    test.afterAll(async () => {
      await policyBrowser?.close();
    });

    const open = async (url: string): Promise<Page> => {
      const page = await context.newPage();
      page.on("console", (message) => consoleLines.push(message.text()));
      await page.goto(url);
      return page;
    };

    test("the partner's name, contacts and custom message reach the banner", async () => {
      const opened = Date.now();
      const page = await open("https://admin.microsoft.com/Adminportal/Home#/subscriptions");
      const host = page.locator(HOST);
      await expect(host).toHaveAttribute("data-verdict", "partner");
      // The first storage.managed read of a fresh profile takes seconds; the banner follows when it lands.
      await expect(host).toContainText(
        "Purchases, cancellations, plan changes and billing go through Contoso IT Services: call or write to us.",
        { timeout: 15_000 },
      );
      test.info().annotations.push({
        type: "fresh profile: page open to policy in banner (ms)",
        description: String(Date.now() - opened),
      });
      await expect(host.locator('a[href="mailto:cloud@contoso.example"]')).toBeVisible();
      await expect(host.locator('a[href^="tel:"]')).toContainText("+48 22 555 01 00");
      await expect(host.locator('a[href="https://support.contoso.example/tickets/new"]')).toBeVisible();
      await page.close();
    });

    test("partner pages lead with the request to the partner, support pages offer it second", async () => {
      const page = await open("https://admin.microsoft.com/Adminportal/Home#/subscriptions");
      const host = page.locator(HOST);
      const request = host.locator('a[data-action="request"]');
      // The sample's ticket form, filled; its customerTenant, since the URL names no tenant.
      await expect(request).toHaveAttribute(
        "href",
        "https://support.contoso.example/tickets/new?tenant=fabrikam.onmicrosoft.com&page=Your%20products" +
          "&url=https%3A%2F%2Fadmin.microsoft.com%2FAdminportal%2FHome%23%2Fsubscriptions&lang=en",
        { timeout: 15_000 },
      );
      await expect(request).toHaveText(/^Ask Contoso IT Services to do this/);
      await expect(host.locator(".banner__actions > *").first()).toHaveAttribute("data-action", "request");

      // Keyboard: the banner comes first in the page, and the request is its first control.
      await page.locator("body").focus();
      await page.keyboard.press("Tab");
      await expect(request).toBeFocused();

      await page.evaluate(() => {
        location.hash = "#/users";
      });
      await expect(host).toHaveAttribute("data-verdict", "self-serve");
      await expect(host.locator("a[data-action]")).toHaveCount(0);

      await page.evaluate(() => {
        location.hash = "#/support";
      });
      await expect(host).toHaveAttribute("data-verdict", "support");
      const actions = host.locator(".banner__actions > *");
      await expect(actions.nth(0)).toHaveAttribute("data-action", "microsoft-support");
      await expect(actions.nth(1)).toHaveAttribute(
        "href",
        "https://support.contoso.example/tickets/new?tenant=fabrikam.onmicrosoft.com&page=Support" +
          "&url=https%3A%2F%2Fadmin.microsoft.com%2FAdminportal%2FHome%23%2Fsupport&lang=en",
      );
      await expect(actions.nth(1)).toHaveAttribute("data-action", "request");
      await page.close();
    });

    test("a custom rule of the policy takes precedence over the catalog", async () => {
      const page = await open("https://portal.azure.com/#browse/resourcegroups");
      const host = page.locator(HOST);
      await expect(host).toHaveAttribute("data-rule", "contoso.managed-resource-groups", { timeout: 15_000 });
      await expect(host).toHaveAttribute("data-verdict", "partner");
      await expect(host).toContainText("Contoso IT Services manages your resource groups");
      await page.close();
    });

    test("the options page shows what the policy sets as locked, with the reason", async () => {
      const page = await open(`chrome-extension://${ID}/options/index.html`);
      const name = page.locator("#partnerName");
      await expect(name).toHaveValue("Contoso IT Services", { timeout: 15_000 });
      await expect(name).toBeDisabled();
      await expect(page.locator("#partnerName-locked")).toHaveText("Managed by your organization");
      await expect(page.locator('[data-notice="managed"]')).toBeVisible();
      await expect(page.locator("#enabled")).toBeDisabled();
      await expect(page.locator("#enabled-locked")).toHaveText("Your organization keeps the banners on.");
      // What the policy leaves alone stays the user's to change.
      await expect(page.locator("#agentMode")).toBeEnabled();
      await expect(page.locator("#customRules-0-pattern")).toHaveValue("browse/resourcegroups");
      await expect(page.locator("#customRules-0-pattern")).toBeDisabled();
      await page.close();
    });

    test("a policy changed while the browser runs reaches open pages without a reload", async () => {
      test.setTimeout(60_000);
      const portal = await open("https://portal.azure.com/#browse/resourcegroups");
      const host = portal.locator(HOST);
      await expect(host).toHaveAttribute("data-rule", "contoso.managed-resource-groups", { timeout: 15_000 });
      const options = await open(`chrome-extension://${ID}/options/index.html`);
      await expect(options.locator("#partnerName")).toHaveValue("Contoso IT Services", { timeout: 15_000 });
      const loads: string[] = [];
      portal.on("load", () => loads.push(portal.url()));

      const { customRules: _rules, ...rest } = samplePolicy();
      const changed = { ...rest, partnerName: "Fabrikam Cloud", partnerWebsite: "javascript:alert(1)" };
      policyBrowser!.writePolicy(extensionPolicyFile(changed));
      const written = Date.now();

      // Chromium polls its policy folder; about 5 s here.
      await expect(host).toHaveAttribute("data-rule", /^azure\./, { timeout: 20_000 });
      await expect(host).toHaveAttribute("data-verdict", "self-serve");
      test.info().annotations.push({
        type: "policy change to banner (ms)",
        description: String(Date.now() - written),
      });
      await expect(options.locator("#partnerName")).toHaveValue("Fabrikam Cloud", { timeout: 20_000 });
      await expect(options.locator('[data-notice="policy-problems"]')).toContainText("partnerWebsite");
      expect(loads).toEqual([]);
      expect(consoleLines.join("\n")).toContain(
        'policy partnerWebsite: expected an https: address like https://partner.example/, got the string "javascript:alert(1)" (javascript: is not allowed); left out',
      );
      await portal.close();
      await options.close();
    });
  });
