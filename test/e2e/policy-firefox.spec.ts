// The Firefox sample, policies/firefox/policies.json, deployed for real (firefox-policy.ts: Firefox
// reads it from a private copy of its `distribution` folder). Skipped, saying why, without Firefox or
// without unshare(1).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { EXTENSION_IDS } from "../../tools/build/extension-ids";
import { FIREFOX_DIST, type FirefoxSession, type FirefoxTab, launchFirefox } from "../firefox/launch-firefox";
import { deployFirefoxPolicy, type FirefoxPolicy } from "./firefox-policy";

const SAMPLE = resolve(import.meta.dirname, "../../policies/firefox/policies.json");
const GECKO = EXTENSION_IDS.firefox;

const bannerText = (tab: FirefoxTab): Promise<string> =>
  tab.evaluate<string>(`document.querySelector("csp-portal-guide")?.shadowRoot?.textContent ?? ""`);
/** The banner's actions, in order: what each is and where it leads. */
const actionsOf = (tab: FirefoxTab): Promise<string[]> =>
  tab.evaluate<string[]>(
    `Array.from(document.querySelector("csp-portal-guide")?.shadowRoot?.querySelectorAll(".banner__actions > [data-action]") ?? [], (a) => a.dataset.action + " " + a.getAttribute("href"))`,
  );
const verdictOf = (tab: FirefoxTab): Promise<string | null> =>
  tab.evaluate<string | null>(`document.querySelector("csp-portal-guide")?.dataset.verdict ?? null`);
const ruleOf = (tab: FirefoxTab): Promise<string | null> =>
  tab.evaluate<string | null>(`document.querySelector("csp-portal-guide")?.dataset.rule ?? null`);

/** The sample as deployed, less its force-install entry: the build is installed as a temporary add-on. */
function samplePolicies(): unknown {
  const sample = JSON.parse(readFileSync(SAMPLE, "utf8")) as {
    policies: { "3rdparty": { Extensions: Record<string, unknown> } };
  };
  return { policies: { "3rdparty": sample.policies["3rdparty"] } };
}

test.describe
  .serial("the Firefox policy sample deployed in Firefox", () => {
    let policy: FirefoxPolicy | null = null;
    let session: FirefoxSession | null = null;

    test.beforeAll(async () => {
      test.setTimeout(90_000);
      const deployed = deployFirefoxPolicy(samplePolicies());
      test.skip(typeof deployed === "string", `Skipped: ${deployed}.`);
      policy = deployed as FirefoxPolicy;
      session = await launchFirefox(policy.executable, { extension: FIREFOX_DIST });
      expect(session.extensionId).toBe(GECKO);
    });

    test.afterAll(async () => {
      await session?.close();
      policy?.dispose();
    });

    test("the partner's name, contacts and custom message reach the banner", async () => {
      const tab = await session!.open("https://admin.microsoft.com/Adminportal/Home#/subscriptions");
      await expect
        .poll(() => bannerText(tab), { timeout: 15_000 })
        .toContain("Purchases, cancellations, plan changes and billing go through Contoso IT Services");
      expect(await bannerText(tab)).toContain("cloud@contoso.example");
    });

    test("a custom rule of the policy takes precedence over the catalog", async () => {
      const tab = await session!.open("https://portal.azure.com/#browse/resourcegroups");
      await expect.poll(() => ruleOf(tab), { timeout: 15_000 }).toBe("contoso.managed-resource-groups");
    });

    test("partner pages lead with the request to the partner, support pages offer it second", async () => {
      const tab = await session!.open("https://admin.microsoft.com/Adminportal/Home#/subscriptions");
      await expect
        .poll(() => actionsOf(tab), { timeout: 15_000 })
        .toEqual([
          "request https://support.contoso.example/tickets/new?tenant=fabrikam.onmicrosoft.com&page=Your%20products" +
            "&url=https%3A%2F%2Fadmin.microsoft.com%2FAdminportal%2FHome%23%2Fsubscriptions&lang=en",
        ]);
      await tab.evaluate(`location.hash = "#/users"`);
      await expect.poll(() => verdictOf(tab), { timeout: 15_000 }).toBe("self-serve");
      expect(await actionsOf(tab)).toEqual([]);
      await tab.evaluate(`location.hash = "#/support"`);
      await expect
        .poll(() => actionsOf(tab), { timeout: 15_000 })
        .toEqual([
          "microsoft-support https://learn.microsoft.com/microsoft-365/admin/get-help-support",
          "request https://support.contoso.example/tickets/new?tenant=fabrikam.onmicrosoft.com&page=Support" +
            "&url=https%3A%2F%2Fadmin.microsoft.com%2FAdminportal%2FHome%23%2Fsupport&lang=en",
        ]);
    });
  });
