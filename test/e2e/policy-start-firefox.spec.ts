// A customer's first day in Firefox: a fresh profile, the Firefox sample policy deployed for real
// (firefox-policy.ts), the build installed as a temporary add-on, and no extension page ever opened.
// Whatever the customer does, the partner's name is in the banner within 10 s of the first page.
// Firefox reads managed storage only when it starts, so a changed policy reaches the banner at the
// next start: that is what the last test holds it to. Skipped, saying why, without Firefox or
// without unshare(1).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { EXTENSION_IDS } from "../../tools/build/extension-ids";
import { FIREFOX_DIST, type FirefoxSession, type FirefoxTab, launchFirefox } from "../firefox/launch-firefox";
import { deployFirefoxPolicy, type FirefoxPolicy } from "./firefox-policy";

const SAMPLE = resolve(import.meta.dirname, "../../policies/firefox/policies.json");
const NAME = "Contoso IT Services";
const WITHIN_10_S = { timeout: 10_000 };
const ADMIN_CENTER = "https://admin.microsoft.com/Adminportal/Home#/subscriptions";
const AZURE_PORTAL = "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2";
const DWELL_MS = 2000;

/** The sample as deployed, less its force-install entry, with `partnerName` if given. */
function samplePolicies(partnerName?: string): unknown {
  const sample = JSON.parse(readFileSync(SAMPLE, "utf8")) as {
    policies: { "3rdparty": { Extensions: Record<string, Record<string, unknown>> } };
  };
  const extensions = sample.policies["3rdparty"].Extensions;
  const ours = extensions[EXTENSION_IDS.firefox]!;
  const policy = partnerName ? { ...ours, partnerName, customMessages: {} } : ours;
  return { policies: { "3rdparty": { Extensions: { ...extensions, [EXTENSION_IDS.firefox]: policy } } } };
}

const bannerText = (tab: FirefoxTab): Promise<string> =>
  tab
    .evaluate<string>(`document.querySelector("csp-portal-guide")?.shadowRoot?.textContent ?? ""`)
    .catch(() => "");

let policy: FirefoxPolicy | null = null;
let home = "";
let session: FirefoxSession | null = null;

/** Firefox on the test's profile (kept across restarts), with the build installed. */
async function start(): Promise<FirefoxSession> {
  session = await launchFirefox(policy!.executable, { extension: FIREFOX_DIST, home });
  return session;
}

test.beforeEach(() => {
  test.setTimeout(120_000);
  const deployed = deployFirefoxPolicy(samplePolicies());
  test.skip(typeof deployed === "string", `Skipped: ${deployed}.`);
  policy = deployed as FirefoxPolicy;
  home = mkdtempSync(join(tmpdir(), "csp-policy-start-firefox-"));
});

test.afterEach(async () => {
  await session?.close();
  session = null;
  policy?.dispose();
  policy = null;
  if (home) rmSync(home, { recursive: true, force: true });
});

test("switching portals every 2 s: the partner's name comes within 10 s of the first page, and stays", async () => {
  const firefox = await start();
  const tab = await firefox.open(ADMIN_CENTER);
  const loads: { url: string; named: boolean }[] = [];
  let stop = false;
  const switching = (async () => {
    for (let step = 0; !stop; step += 1) {
      const url = step % 2 === 0 ? ADMIN_CENTER : AZURE_PORTAL;
      if (step > 0) await tab.goTo(url);
      const load = { url, named: false };
      loads.push(load);
      const until = Date.now() + DWELL_MS;
      while (Date.now() < until && !stop) {
        if ((await bannerText(tab)).includes(NAME)) load.named = true;
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  })();
  try {
    await expect.poll(() => loads.some((load) => load.named), WITHIN_10_S).toBe(true);
    const named = loads.findIndex((load) => load.named);
    await expect.poll(() => loads.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(named + 4);
    stop = true;
    await switching;
    const after = loads.slice(named + 1, -1);
    expect(after.filter((load) => !load.named).map((load) => load.url)).toEqual([]);
  } finally {
    stop = true;
    await switching.catch(() => {});
  }
});

test("two tabs, one per portal: both show the partner's name within 10 s", async () => {
  const firefox = await start();
  const [admin, azure] = await Promise.all([firefox.open(ADMIN_CENTER), firefox.open(AZURE_PORTAL)]);
  await Promise.all([
    expect.poll(() => bannerText(admin), WITHIN_10_S).toContain(NAME),
    expect.poll(() => bannerText(azure), WITHIN_10_S).toContain(NAME),
  ]);
});

test("restarted with the same profile: the partner's name is there within 10 s of the first page", async () => {
  const first = await (await start()).open(ADMIN_CENTER);
  await expect.poll(() => bannerText(first), WITHIN_10_S).toContain(NAME);
  await session!.close();

  const tab = await (await start()).open(AZURE_PORTAL);
  await expect.poll(() => bannerText(tab), WITHIN_10_S).toContain(NAME);
});

test("the policy changed while tabs are open: the new name is there within 10 s of the next start", async () => {
  const firefox = await start();
  const [admin, azure] = await Promise.all([firefox.open(ADMIN_CENTER), firefox.open(AZURE_PORTAL)]);
  await expect.poll(() => bannerText(admin), WITHIN_10_S).toContain(NAME);
  await expect.poll(() => bannerText(azure), WITHIN_10_S).toContain(NAME);

  // Firefox reads managed storage at start only: the open tabs keep the name in force until then.
  policy!.writePolicies(samplePolicies("Fabrikam Cloud"));
  await session!.close();

  const restarted = await start();
  const [adminAgain, azureAgain] = await Promise.all([
    restarted.open(ADMIN_CENTER),
    restarted.open(AZURE_PORTAL),
  ]);
  await Promise.all([
    expect.poll(() => bannerText(adminAgain), WITHIN_10_S).toContain("Fabrikam Cloud"),
    expect.poll(() => bannerText(azureAgain), WITHIN_10_S).toContain("Fabrikam Cloud"),
  ]);
});
