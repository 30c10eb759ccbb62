// The Firefox sample, policies/firefox/policies.json, deployed for real: Firefox reads it from the
// `distribution` folder next to its binary. Firefox runs in a private mount namespace where a
// temporary copy of that folder, with the policy added, is bind-mounted over the real one, so the
// installation is never changed. Skipped, saying why, without Firefox or without unshare(1).
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { EXTENSION_IDS } from "../../tools/build/extension-ids";
import {
  FIREFOX_DIST,
  type FirefoxSession,
  type FirefoxTab,
  launchFirefox,
  resolveFirefox,
} from "../firefox/launch-firefox";

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

function whyNot(firefox: string | null, folder: string, target: string): string | null {
  if (!firefox) return "Firefox is not installed";
  if (!existsSync(target))
    return `${target} does not exist, and this test does not create folders in the installation`;
  if (!existsSync(`${FIREFOX_DIST}/manifest.json`))
    return `no Firefox build in ${FIREFOX_DIST} (npm run build)`;
  try {
    execFileSync("unshare", ["--mount", "--propagation", "private", "mount", "--bind", folder, target], {
      stdio: "pipe",
    });
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return `cannot bind-mount a private distribution folder over ${target} (${stderr || String(error)})`;
  }
}

test.describe
  .serial("the Firefox policy sample deployed in Firefox", () => {
    let workDir = "";
    let session: FirefoxSession | null = null;

    test.beforeAll(async () => {
      test.setTimeout(90_000);
      const firefox = resolveFirefox();
      workDir = mkdtempSync(join(tmpdir(), "csp-policy-firefox-"));
      const binary = firefox ? realpathSync(firefox) : "";
      // Debian links it to /usr/share/firefox-esr/distribution; mount over what it points to.
      const linked = join(dirname(binary), "distribution");
      const target = existsSync(linked) ? realpathSync(linked) : linked;
      const distribution = join(workDir, "distribution");
      mkdirSync(distribution);
      const why = whyNot(firefox, distribution, target);
      test.skip(why !== null, `Skipped: ${why}.`);
      cpSync(target, distribution, { recursive: true });
      writeFileSync(join(distribution, "policies.json"), JSON.stringify(samplePolicies(), null, 2));
      const wrapper = join(workDir, "firefox-with-private-policy.sh");
      writeFileSync(
        wrapper,
        [
          "#!/bin/sh",
          `exec unshare --mount --propagation private sh -c 'mount --bind "$0" ${target} && exec "$@"' \\`,
          `  '${distribution}' '${binary}' "$@"`,
          "",
        ].join("\n"),
      );
      chmodSync(wrapper, 0o755);
      session = await launchFirefox(wrapper, { extension: FIREFOX_DIST });
      expect(session.extensionId).toBe(GECKO);
    });

    test.afterAll(async () => {
      await session?.close();
      if (workDir) rmSync(workDir, { recursive: true, force: true });
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
