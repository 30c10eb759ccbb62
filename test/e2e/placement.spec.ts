import { SHELL_LAYOUTS } from "../fixtures/shells/shell-layouts";
import { BANNER_VERDICTS, bannerOf, PAGES, PARTNER, resetExtension } from "./banner-tools";
import { expect, HOST, test } from "./extension-test";
import {
  EXPECTED_PLACEMENT,
  openShell,
  PORTALS,
  placementProblems,
  settledReport,
  shellUrl,
} from "./placement-tools";

// The done-when checks of issue 13 on the realistic shells: every layout × both portals × every
// verdict, then the smaller windows, zoom 200% and right to left. One page per layout and portal (and
// one more for right to left); verdicts by the portal's own route changes, sizes by resizing.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ extensionContext }) => {
  await resetExtension(extensionContext, PARTNER);
});

// 1024×768 and 1280×720 as they are, and 1280×720 at 200% zoom: half the CSS pixels.
const SIZES = [
  { name: "1024×768", width: 1024, height: 768 },
  { name: "1280×720", width: 1280, height: 720 },
  { name: "1280×720 at 200%", width: 640, height: 360 },
];

for (const layout of SHELL_LAYOUTS) {
  for (const portal of PORTALS) {
    test(`${layout.name}, ${portal}: ${EXPECTED_PLACEMENT[layout.name]} for every verdict; smaller windows and 200% hold`, async ({
      openPortal,
    }) => {
      const page = await openShell(openPortal, shellUrl(portal, "partner", layout.name));
      for (const verdict of BANNER_VERDICTS) {
        await page.evaluate((url) => window.replica.navigate(url), PAGES[portal][verdict]);
        await expect(page.locator(HOST)).toHaveAttribute("data-verdict", verdict);
        await expect(bannerOf(page)).toBeVisible();
        const report = await settledReport(page);
        expect(report.placement, verdict).toBe(EXPECTED_PLACEMENT[layout.name]);
        expect(placementProblems(report), verdict).toEqual([]);
      }
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const report = await settledReport(page);
        test.info().annotations.push({ type: "placement", description: `${size.name}: ${report.placement}` });
        expect(placementProblems(report), `${size.name}, ${report.placement}`).toEqual([]);
      }
    });
  }
}

for (const layout of SHELL_LAYOUTS) {
  for (const portal of PORTALS) {
    test(`${layout.name}, ${portal}, right to left: the same checks hold, at 200% too`, async ({
      openPortal,
    }) => {
      const page = await openShell(openPortal, shellUrl(portal, "partner", layout.name, "replica-dir=rtl"));
      expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
      const report = await settledReport(page);
      expect(report.placement).toBe(EXPECTED_PLACEMENT[layout.name]);
      expect(placementProblems(report)).toEqual([]);
      for (const size of SIZES.slice(1)) {
        await page.setViewportSize(size);
        const report = await settledReport(page);
        expect(placementProblems(report), `${size.name}, ${report.placement}`).toEqual([]);
      }
    });
  }
}
