import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { PORTAL_HOSTS } from "../../src/catalog/hosts";
import { expect, HOST, test } from "./extension-test";

/**
 * The browser and `npm run explain` agree on a page of every host the extension runs on
 * (src/catalog/hosts.ts), US Government admin hosts included: the manifest's matches and the
 * classifier's hosts are one list. Each host gets a page of a different kind, and a shared host's
 * page is at its admin path.
 */
const ROOT = resolve(import.meta.dirname, "../..");
const ADMIN_PAGES = ["#/billoverview", "#/users", "#/servicehealth", "#/support", "#/brandnewpage"];
const AZURE_PAGES = [
  "#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
  "#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview",
  "#view/Microsoft_Azure_Health/AzureHealthBrowseBlade/~/serviceIssues",
  "#create/Microsoft.Support",
  "#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/SignIns",
  "#view/Contoso_Extension/UnknownBlade",
  "#@contoso.onmicrosoft.com/resource/subscriptions/8f2a4c1e-3b5d-4e6f-9a0b-1c2d3e4f5a6b/resourceGroups/rg/providers/Microsoft.Capacity/reservationOrders/x",
];
const SAMPLES = PORTAL_HOSTS.map(({ host, portal, adminPaths }, index) => {
  const path = adminPaths === undefined ? "/" : `/${adminPaths[0]}/home`;
  const pages = portal === "m365-admin" ? ADMIN_PAGES : AZURE_PAGES;
  return `https://${host}${path}${pages[index % pages.length]}`;
});

interface Explained {
  url: string;
  verdict: string;
  rule: string | null;
}

function explainAll(urls: readonly string[]): Explained[] {
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", "tools/explain/explain.ts", "--json", ...urls],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  return output
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as Explained);
}

test("the browser and explain agree on a page of every host", async ({ openPortal }) => {
  const explained = explainAll(SAMPLES);
  expect(explained.map((line) => line.url)).toEqual(SAMPLES);
  for (const { url, verdict, rule } of explained) {
    expect(verdict, url).not.toBe("none");
    const page = await openPortal(url);
    await expect(page.locator(HOST), url).toHaveAttribute("data-verdict", verdict);
    await expect(page.locator(HOST), url).toHaveAttribute("data-rule", rule ?? "");
    await page.close();
  }
});
