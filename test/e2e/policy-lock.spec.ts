import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { serveReplicas } from "../../tools/browser/portal-replicas";
import { EXTENSION_IDS } from "../../tools/build/extension-ids";
import { extensionPolicyFile, launchWithPolicy, type PolicyBrowser } from "./managed-policy";
import { allowExtensionPages, openPopupFor, openTab } from "./popup-tools";

/**
 * A lock that holds (issue 17, item 1). The shipped Linux policy sample sets `allowUserDisable:
 * false`: "the user cannot turn the banners off". A user who writes `storage.sync` straight from the
 * DevTools of an extension page (every verdict off, every host off, the extension off, a custom rule
 * `**` → none, dismissals ten years long) still gets the banner on the admin center's billing page
 * and on the Azure subscriptions page, while what the policy leaves free (here the language) is
 * still theirs. Deployed for real, as policy.spec.ts does (managed-policy.ts).
 */

const SAMPLE = resolve(import.meta.dirname, "../../policies/linux/chrome-and-chromium.json");
const ID = EXTENSION_IDS.chromium;
const HOST = "csp-portal-guide";
const ADMIN_BILLING = "https://admin.microsoft.com/Adminportal/Home#/subscriptions";
const AZURE_SUBSCRIPTIONS = "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2";
const RESOURCE_GROUPS = "https://portal.azure.com/#browse/resourcegroups";
// The sample's own Polish text for partner pages: it shows once the user's `locale` is in force.
const POLISH_PARTNER_TEXT = "Zakupy, rezygnacje, zmiany planów i rozliczenia prowadzi Contoso IT Services";
const YEAR = 365 * 24 * 60 * 60 * 1000;
// The user's language is Polish (below): what the popup and the options page say, in Polish.
const POLISH = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../public/_locales/pl/messages.json"), "utf8"),
) as Record<string, { message: string }>;
const polish = (key: string): string => POLISH[key]!.message;

const EVERYTHING_OFF = {
  locale: "pl",
  enabled: false,
  allowUserDisable: true,
  disabledVerdicts: ["partner", "self-serve", "info", "support"],
  disabledHosts: [
    "admin.microsoft.com",
    "admin.cloud.microsoft",
    "admin.microsoft.us",
    "portal.azure.com",
    "portal.azure.us",
  ],
  dismissDays: 365,
  customRules: [
    { id: "user.everything-off", pattern: "**", verdict: "none" },
    { id: "user.resource-groups", portal: "azure-portal", pattern: "browse/resourcegroups", verdict: "info" },
  ],
};

interface SampleFile {
  "3rdparty": { extensions: Record<string, Record<string, unknown>> };
}

function samplePolicy(): Record<string, unknown> {
  const sample = JSON.parse(readFileSync(SAMPLE, "utf8")) as SampleFile;
  return sample["3rdparty"].extensions[ID]!;
}

interface PageChrome {
  storage: {
    sync: { set(values: object): Promise<void>; get(key: null): Promise<Record<string, unknown>> };
    local: { set(values: object): Promise<void> };
  };
}

test.describe
  .serial("a policy that keeps the banners on, against a user who wants them off", () => {
    let policyBrowser: PolicyBrowser | null = null;
    let context: BrowserContext;
    let extensionPage: Page;

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
      extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${ID}/options/index.html`);
      // The policy is in force once the options page shows it (a fresh profile takes seconds).
      await expect(extensionPage.locator("#partnerName")).toHaveValue("Contoso IT Services", {
        timeout: 20_000,
      });
    });

    test.afterAll(async () => {
      await policyBrowser?.close();
    });

    /** What the DevTools console of an extension page can do: write storage straight. */
    const writeStorage = (area: "sync" | "local", values: object): Promise<void> =>
      extensionPage.evaluate(
        async ({ area, values }) => {
          const { chrome } = globalThis as unknown as { chrome: PageChrome };
          await chrome.storage[area].set(values);
        },
        { area, values },
      );

    const expectBanner = async (page: Page, rule: string): Promise<void> => {
      const host = page.locator(HOST);
      await expect(host).toHaveAttribute("data-rule", rule, { timeout: 20_000 });
      await expect(host).toHaveAttribute("data-verdict", "partner");
      await expect(host.locator("section")).toContainText(POLISH_PARTNER_TEXT, { timeout: 20_000 });
    };

    test("storage.sync written straight turns no banner off on the billing pages", async () => {
      test.setTimeout(90_000);
      await writeStorage("sync", EVERYTHING_OFF);
      await writeStorage("local", {
        dismissedBanners: {
          "m365.billing.products": Date.now() + 10 * YEAR,
          "azure.billing.subscriptions": Date.now() + 10 * YEAR,
        },
      });
      for (const [url, rule] of [
        [ADMIN_BILLING, "m365.billing.products"],
        [AZURE_SUBSCRIPTIONS, "azure.billing.subscriptions"],
      ] as const) {
        const page = await context.newPage();
        await page.goto(url);
        await expectBanner(page, rule);
        await page.close();
      }
    });

    test("the options page shows the verdict and portal boxes locked", async () => {
      await extensionPage.reload();
      await expect(extensionPage.locator("#partnerName")).toHaveValue("Contoso IT Services", {
        timeout: 20_000,
      });
      for (const box of [
        "disabledVerdicts-partner",
        "disabledVerdicts-info",
        "disabledHosts-portal.azure.com",
        "enabled",
      ]) {
        const input = extensionPage.locator(`[id="${box}"]`);
        await expect(input, box).toBeDisabled();
        await expect(input, box).toBeChecked();
      }
      // Why, per box: kept on by the organisation; the hosts the policy itself turns off, set by it.
      const keptOn = polish("options_keptOnByOrganization");
      await expect(extensionPage.locator('[id="disabledVerdicts-partner-locked"]')).toHaveText(keptOn);
      await expect(extensionPage.locator('[id="enabled-locked"]')).toHaveText(keptOn);
      await expect(extensionPage.locator('[id="disabledHosts-portal.azure.us-locked"]')).toHaveText(
        polish("options_managedByOrganization"),
      );
      await expect(extensionPage.locator('[id="disabledHosts-portal.azure.us"]')).not.toBeChecked();
    });

    test("the popup's site switch is locked, and the policy's rule is the organisation's", async () => {
      const { page, tabId } = await openTab(context, RESOURCE_GROUPS);
      await expect(page.locator(HOST)).toHaveAttribute("data-rule", "contoso.managed-resource-groups", {
        timeout: 20_000,
      });
      const popup = await openPopupFor(context, ID, tabId);
      await expect(popup.locator('[data-why="custom-rule"]')).toHaveText(
        polish("popup_customRuleByOrganization"),
      );
      await expect(popup.getByText(polish("popup_siteToggleLocked"))).toBeVisible();
      await expect(popup.locator(".actions button[aria-pressed]")).toHaveCount(0);
      await popup.close();
      await page.close();
    });

    test("without the policy's own rules, the user's rule `**` → none is refused and theirs is called theirs", async () => {
      test.setTimeout(90_000);
      const { customRules: _rules, ...rest } = samplePolicy();
      policyBrowser!.writePolicy(extensionPolicyFile(rest));
      // Chromium polls its policy folder (about 5 s): the user's own rule then classifies this page.
      const { page, tabId } = await openTab(context, RESOURCE_GROUPS);
      await expect
        .poll(
          async () => {
            await page.reload();
            return page
              .locator(HOST)
              .getAttribute("data-rule", { timeout: 10_000 })
              .catch(() => null);
          },
          { timeout: 40_000 },
        )
        .toBe("user.resource-groups");
      await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "info");
      await expect(page.locator(HOST).locator("section")).toBeVisible();
      const popup = await openPopupFor(context, ID, tabId);
      await expect(popup.locator('[data-why="custom-rule"]')).toHaveText(polish("popup_customRuleByUser"));
      await popup.close();
      await page.close();

      for (const [url, rule] of [
        [ADMIN_BILLING, "m365.billing.products"],
        [AZURE_SUBSCRIPTIONS, "azure.billing.subscriptions"],
      ] as const) {
        const billing = await context.newPage();
        await billing.goto(url);
        await expectBanner(billing, rule);
        await billing.close();
      }
    });
  });
