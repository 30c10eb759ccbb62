// The placement checks of placement.spec.ts in Firefox (Debian's ESR over WebDriver BiDi), on the flex
// and fixed layouts of both portals, every verdict. Skipped, saying why, where no Firefox is installed.
import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import {
  FIREFOX_DIST,
  FIREFOX_INSTALL_HINT,
  type FirefoxSession,
  type FirefoxTab,
  launchFirefox,
  resolveFirefox,
} from "../firefox/launch-firefox";
import { BANNER_VERDICTS, PAGES, PARTNER } from "./banner-tools";
import {
  EXPECTED_PLACEMENT,
  type PlacementReport,
  PORTALS,
  placementProblems,
  reportPlacement,
  shellUrl,
} from "./placement-tools";

const firefox = resolveFirefox();
const LAYOUTS = ["flex", "fixed"];

test.skip(
  !firefox,
  `Firefox is not installed, so the Firefox build is not run. Install it: ${FIREFOX_INSTALL_HINT}`,
);
test.describe.configure({ mode: "serial", timeout: 120_000 });

let session: FirefoxSession | undefined;

test.beforeAll(async () => {
  // Firefox takes a while to start on a busy machine.
  test.setTimeout(120_000);
  if (!existsSync(`${FIREFOX_DIST}/manifest.json`)) {
    throw new Error(`No Firefox build in ${FIREFOX_DIST}: run \`npm run build\` first.`);
  }
  // The partner by policy, so that the banner carries its contact buttons, as tall as it gets.
  session = await launchFirefox(firefox!, { extension: FIREFOX_DIST, managedStorage: PARTNER });
});

test.afterAll(async () => {
  if (!session) return;
  const { errors, extensionProblems } = session;
  await session.close();
  expect(errors, "uncaught errors in the portal pages").toEqual([]);
  expect(extensionProblems, "problems the extension logged").toEqual([]);
});

const REPORT = `(${reportPlacement.toString()})()`;
const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** The report once the splash screen is gone and two reports 200 ms apart agree. */
async function settledReport(tab: FirefoxTab): Promise<PlacementReport> {
  await expect
    .poll(
      () => tab.evaluate<boolean>(`!document.querySelector(".fxs-splashscreen:not(.fxs-display-none)")`),
      {
        timeout: 10_000,
      },
    )
    .toBe(true);
  let previous = "";
  for (let attempt = 0; attempt < 25; attempt++) {
    await pause(200);
    const report = await tab.evaluate<PlacementReport>(REPORT);
    const key = JSON.stringify([report.placement, report.hostBox]);
    if (key === previous) return report;
    previous = key;
  }
  throw new Error(`the banner did not settle: ${previous}`);
}

for (const layout of LAYOUTS) {
  for (const portal of PORTALS) {
    test(`${layout}, ${portal}: ${EXPECTED_PLACEMENT[layout]} for every verdict, nothing of the portal lost`, async () => {
      const tab = await session!.open(shellUrl(portal, "partner", layout));
      for (const verdict of BANNER_VERDICTS) {
        await tab.evaluate(`window.replica.navigate(${JSON.stringify(PAGES[portal][verdict])})`);
        await expect
          .poll(
            () =>
              tab.evaluate<string>(
                `document.querySelector("csp-portal-guide")?.shadowRoot?.querySelector(".banner") ? document.querySelector("csp-portal-guide").dataset.verdict : ""`,
              ),
            { timeout: 15_000 },
          )
          .toBe(verdict);
        if (verdict === "partner") {
          await expect
            .poll(
              () => tab.evaluate<string>(`document.querySelector("csp-portal-guide").shadowRoot.textContent`),
              {
                timeout: 15_000,
              },
            )
            .toContain(PARTNER.partnerName);
        }
        const report = await settledReport(tab);
        expect(report.placement, verdict).toBe(EXPECTED_PLACEMENT[layout]);
        expect(placementProblems(report), verdict).toEqual([]);
      }
    });
  }
}
