import {
  bannerOf,
  expectNoAxeViolations,
  messagesOf,
  openWithPartner,
  PAGES,
  PARTNER,
  resetExtension,
  screenshotTop,
} from "./banner-tools";
import { expect, test } from "./extension-test";

test.beforeEach(async ({ extensionContext }) => {
  await resetExtension(extensionContext, PARTNER);
});

// The browser's UI language is what chrome.i18n.getUILanguage() reports: it is set at launch.
test.use({ chromiumOptions: { locale: "pl" } });

test.describe("a browser in Polish", () => {
  test("shows Polish text through browser.i18n, marked as Polish", async ({ openPortal }) => {
    const pl = messagesOf("pl");
    const page = await openWithPartner(openPortal, PAGES["m365-admin"].partner, "partner");
    const banner = bannerOf(page);
    await expect(banner).toHaveAttribute("lang", "pl");
    await expect(banner.locator(".banner__title")).toHaveText(pl("verdictTitle_partner"));
    await expect(banner.locator(".banner__text p").first()).toContainText(
      pl("verdictBody_partner", PARTNER.partnerName),
    );
    await expect(banner.getByRole("button", { name: /^Ukryj na tej stronie do / })).toBeVisible();
    await screenshotTop(page, "pl-partner", 130);
    await expectNoAxeViolations(page);
  });
});
