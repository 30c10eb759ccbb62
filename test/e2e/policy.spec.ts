import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { type LaunchedBrowser, launchChromium } from "../../scripts/browser/launch-chromium";
import { serveReplicas } from "../../scripts/browser/portal-replicas";
import { resolveChromium } from "../../scripts/browser/resolve-chromium";
import { EXTENSION_IDS } from "../../src/extension-ids";

/**
 * Deploys enterprise policy for real: a JSON file in the folder Debian's Chromium reads policy from,
 * /etc/chromium/policies/managed. The browser runs in a private mount namespace where a temporary
 * folder of this test is bind-mounted over that path, so the machine's own policy folder is never
 * touched, and nothing is left mounted when the browser exits, whether the test passed or not.
 */

const MANAGED = "/etc/chromium/policies/managed";
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

function policyFile(policy: Record<string, unknown>): string {
  return JSON.stringify({ "3rdparty": { extensions: { [ID]: policy } } }, null, 2);
}

/** Why policy cannot be deployed privately on this machine, or null when it can. */
function whyNoPrivateMount(folder: string): string | null {
  try {
    mkdirSync(MANAGED, { recursive: true });
    execFileSync("unshare", ["--mount", "--propagation", "private", "mount", "--bind", folder, MANAGED], {
      stdio: "pipe",
    });
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return `cannot bind-mount a private policy folder over ${MANAGED} (unshare -m: ${stderr || String(error)})`;
  }
}

test.describe
  .serial("enterprise policy deployed in Chromium", () => {
    let workDir = "";
    let policyDir = "";
    let launched: LaunchedBrowser | null = null;
    let context: BrowserContext;
    const consoleLines: string[] = [];

    test.beforeAll(async () => {
      workDir = mkdtempSync(join(tmpdir(), "csp-policy-e2e-"));
      policyDir = join(workDir, "managed");
      mkdirSync(policyDir);
      const why = whyNoPrivateMount(policyDir);
      test.skip(why !== null, `Skipped: ${why}. Run as root where unshare(1) may create mount namespaces.`);
      writeFileSync(join(policyDir, "csp-portal-guide.json"), policyFile(samplePolicy()));
      const wrapper = join(workDir, "chromium-with-private-policy.sh");
      writeFileSync(
        wrapper,
        [
          "#!/bin/sh",
          "# Chromium in its own mount namespace, reading policy from this test's folder.",
          `exec unshare --mount --propagation private sh -c 'mount --bind "$0" ${MANAGED} && exec "$@"' \\`,
          `  '${policyDir}' '${resolveChromium()}' "$@"`,
          "",
        ].join("\n"),
      );
      chmodSync(wrapper, 0o755);
      launched = await launchChromium({ executablePath: wrapper });
      context = launched.context;
      await serveReplicas(context);
      // The replicas refuse every request that is not a portal page; the options page's own files pass.
      await context.route(/^chrome-extension:\/\//, (route) => route.continue());
      context.on("console", (message) => consoleLines.push(message.text()));
    });

    test.afterAll(async () => {
      await launched?.close();
      if (workDir) rmSync(workDir, { recursive: true, force: true });
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
      test
        .info()
        .annotations.push({
          type: "fresh profile: page open to policy in banner (ms)",
          description: String(Date.now() - opened),
        });
      await expect(host.locator('a[href="mailto:cloud@contoso.example"]')).toBeVisible();
      await expect(host.locator('a[href^="tel:"]')).toContainText("+48 22 555 01 00");
      await expect(host.locator('a[href="https://support.contoso.example/tickets/new"]')).toBeVisible();
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
      const next = join(policyDir, "csp-portal-guide.json.new");
      writeFileSync(next, policyFile(changed));
      renameSync(next, join(policyDir, "csp-portal-guide.json"));
      const written = Date.now();

      // Chromium polls its policy folder; about 5 s here.
      await expect(host).toHaveAttribute("data-rule", /^azure\./, { timeout: 20_000 });
      await expect(host).toHaveAttribute("data-verdict", "self-serve");
      test
        .info()
        .annotations.push({
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
