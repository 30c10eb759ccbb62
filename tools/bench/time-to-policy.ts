// `npm run bench -- --time-to-policy [--starts N] [--browser chromium|firefox]`: how long a customer
// waits, on a fresh profile with the sample policy deployed for real, for the partner's name in the
// banner: from the first portal page asked for to the name shown, over N starts per browser and
// scenario (one portal page; switching portals every 2 s). Writes the median and worst into
// docs/deployment.md's generated block. Needs what the policy e2e tests need: unshare(1) and root.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "@playwright/test";
import { deployFirefoxPolicy } from "../../test/e2e/firefox-policy";
import { extensionPolicyFile, launchWithPolicy } from "../../test/e2e/managed-policy";
import { FIREFOX_DIST, type FirefoxTab, launchFirefox } from "../../test/firefox/launch-firefox";
import { serveReplicas } from "../browser/portal-replicas";
import { EXTENSION_IDS } from "../build/extension-ids";
import { replaceGeneratedBlock } from "../docs/generated-block";
import { REPO_ROOT } from "./ensure-build";
import { summarise } from "./stats";

export const TIME_TO_POLICY_COMMAND = "npm run bench -- --time-to-policy";
const DEPLOYMENT_DOC = join(REPO_ROOT, "docs/deployment.md");
const ADMIN_CENTER = "https://admin.microsoft.com/Adminportal/Home#/subscriptions";
const AZURE_PORTAL = "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2";
const NAME = "Contoso IT Services";
const DWELL_MS = 2000;
// A start that shows no name by then counts as this long: the figure then says "at least".
const GIVE_UP_MS = 60_000;

type Scenario = "one portal page" | "switching portals every 2 s";
const SCENARIOS: readonly Scenario[] = ["one portal page", "switching portals every 2 s"];

interface Row {
  browser: string;
  scenario: Scenario;
  timesMs: number[];
  gaveUp: number;
}

/** Loads the scenario's pages until `named()` holds; the time from the first page asked for. */
async function timeToName(
  go: (url: string) => Promise<unknown>,
  named: () => Promise<boolean>,
  scenario: Scenario,
): Promise<number> {
  const started = Date.now();
  for (let step = 0; Date.now() - started < GIVE_UP_MS; step += 1) {
    const url = scenario === "one portal page" || step % 2 === 0 ? ADMIN_CENTER : AZURE_PORTAL;
    if (step === 0 || scenario !== "one portal page") await go(url).catch(() => {});
    const until = Date.now() + DWELL_MS;
    while (Date.now() < until) {
      if (await named().catch(() => false)) return Date.now() - started;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return Number.POSITIVE_INFINITY;
}

const BANNER_TEXT = `document.querySelector("csp-portal-guide")?.shadowRoot?.textContent ?? ""`;

async function chromiumStart(scenario: Scenario): Promise<number> {
  const sample = JSON.parse(
    readFileSync(join(REPO_ROOT, "policies/linux/chrome-and-chromium.json"), "utf8"),
  ) as { "3rdparty": { extensions: Record<string, unknown> } };
  const launched = await launchWithPolicy(
    extensionPolicyFile(sample["3rdparty"].extensions[EXTENSION_IDS.chromium]),
  );
  if (typeof launched === "string") throw new Error(`Chromium: ${launched}`);
  try {
    await serveReplicas(launched.context);
    const page: Page = launched.context.pages()[0] ?? (await launched.context.newPage());
    return await timeToName(
      (url) => page.goto(url),
      async () => String(await page.evaluate(BANNER_TEXT)).includes(NAME),
      scenario,
    );
  } finally {
    await launched.close();
  }
}

async function firefoxStart(scenario: Scenario): Promise<number> {
  const sample = JSON.parse(readFileSync(join(REPO_ROOT, "policies/firefox/policies.json"), "utf8")) as {
    policies: { "3rdparty": unknown };
  };
  const policy = deployFirefoxPolicy({ policies: { "3rdparty": sample.policies["3rdparty"] } });
  if (typeof policy === "string") throw new Error(`Firefox: ${policy}`);
  const session = await launchFirefox(policy.executable, { extension: FIREFOX_DIST });
  try {
    let tab: FirefoxTab | null = null;
    return await timeToName(
      async (url) => {
        if (tab) await tab.goTo(url);
        else tab = await session.open(url);
      },
      async () => tab !== null && (await tab.evaluate<string>(BANNER_TEXT)).includes(NAME),
      scenario,
    );
  } finally {
    await session.close();
    policy.dispose();
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function renderBlock(rows: readonly Row[], starts: number): string {
  const lines = [
    `${starts} fresh-profile starts per row, ${new Date().toISOString().slice(0, 10)}, on ${cpus().length} cores` +
      " shared with other work; from the first portal page asked for to the partner's name in the banner.",
    "",
    "| browser | scenario | median | worst |",
    "| --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const { median, max } = summarise(row.timesMs.map((ms) => Math.min(ms, GIVE_UP_MS)));
    const worst = row.gaveUp > 0 ? `over ${seconds(GIVE_UP_MS)} (${row.gaveUp} of ${starts})` : seconds(max);
    lines.push(`| ${row.browser} | ${row.scenario} | ${seconds(median)} | ${worst} |`);
  }
  return `${lines.join("\n")}\n`;
}

export async function runTimeToPolicy(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      "time-to-policy": { type: "boolean" },
      starts: { type: "string", default: "5" },
      browser: { type: "string" },
    },
  });
  const starts = Number(values.starts);
  if (!Number.isInteger(starts) || starts < 1)
    throw new Error(`--starts must be a whole number from 1, not "${values.starts}"`);
  const browsers = [
    { name: "Chromium", start: chromiumStart },
    { name: "Firefox", start: firefoxStart },
  ].filter((browser) => !values.browser || browser.name.toLowerCase() === values.browser.toLowerCase());
  if (browsers.length === 0)
    throw new Error(`--browser must be chromium or firefox, not "${values.browser}"`);

  // The tests' builds (dist/), from the tree as it is now.
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const build = spawnSync(npm, ["run", "--silent", "build"], { cwd: REPO_ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);

  const rows: Row[] = [];
  for (const browser of browsers) {
    for (const scenario of SCENARIOS) {
      const row: Row = { browser: browser.name, scenario, timesMs: [], gaveUp: 0 };
      for (let start = 1; start <= starts; start += 1) {
        const ms = await browser.start(scenario);
        if (!Number.isFinite(ms)) row.gaveUp += 1;
        row.timesMs.push(ms);
        console.log(
          `${browser.name}, ${scenario}, start ${start}: ${Number.isFinite(ms) ? seconds(ms) : "no name"}`,
        );
      }
      rows.push(row);
    }
  }
  const block = renderBlock(rows, starts);
  console.log(`\n${block}`);
  if (browsers.length < 2) {
    console.log("One browser only: docs/deployment.md is left as it is.");
    return;
  }
  const doc = readFileSync(DEPLOYMENT_DOC, "utf8");
  writeFileSync(
    DEPLOYMENT_DOC,
    replaceGeneratedBlock(doc, TIME_TO_POLICY_COMMAND, block, "docs/deployment.md"),
  );
  console.log(`Written to ${relative(process.cwd(), DEPLOYMENT_DOC)}.`);
}
