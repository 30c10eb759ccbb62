import {
  BANNER_VERDICTS,
  bannerOf,
  expectNoAxeViolations,
  messagesOf,
  openWithPartner,
  PAGES,
  PARTNER,
  README_PAGES,
  resetExtension,
  SETTINGS_TIMEOUT,
  screenshotTop,
  TITLE_KEYS,
  withQuery,
} from "./banner-tools";
import { expect, test } from "./extension-test";

test.beforeEach(async ({ extensionContext }) => {
  await resetExtension(extensionContext, PARTNER);
});

// The browser's UI language is what chrome.i18n.getUILanguage() reports: it is set at launch.
test.use({ chromiumOptions: { locale: "ar" } });

test.describe("right-to-left: a browser in Arabic on a portal in Arabic", () => {
  for (const verdict of BANNER_VERDICTS) {
    test(`${verdict}: the layout mirrors, the English fallback text still reads left to right`, async ({
      openPortal,
    }) => {
      const page = await openWithPartner(
        openPortal,
        withQuery(README_PAGES[verdict], "replica-dir=rtl"),
        verdict,
      );
      const banner = bannerOf(page);
      await expect(banner).toHaveAttribute("dir", "rtl");
      await expect(banner).toHaveAttribute("lang", "en");
      await expect(banner.locator(".banner__text")).toHaveAttribute("dir", "ltr");
      await expect(banner.locator(".banner__title")).toHaveText(messagesOf("en")(TITLE_KEYS[verdict]));
      const icon = (await banner.locator(".banner__icon").boundingBox())!;
      const text = (await banner.locator(".banner__text").boundingBox())!;
      const actions = (await banner.locator(".banner__actions").boundingBox())!;
      expect(icon.x).toBeGreaterThan(text.x + text.width - 1);
      if (actions.y >= text.y + text.height - 1) {
        // Too many actions to share the text's line (the request and the contacts): they wrap below
        // it, at the inline end, which is the left.
        const main = (await banner.locator(".banner__main").boundingBox())!;
        expect(Math.abs(actions.x - main.x)).toBeLessThanOrEqual(1);
      } else expect(actions.x + actions.width).toBeLessThanOrEqual(text.x + 1);
      await screenshotTop(page, `rtl-${verdict}`, 130);
      await expectNoAxeViolations(page);
    });
  }

  test("a partner's Arabic text is shown for an Arabic reader, marked as Arabic and right to left", async ({
    extensionContext,
    openPortal,
  }) => {
    const arabic = "للشراء أو الإلغاء أو تغيير الخطة أو الفوترة، تواصل مع Contoso IT Services.";
    await resetExtension(extensionContext, {
      ...PARTNER,
      customMessages: { partner: { en: "English text.", ar: arabic } },
    });
    const page = await openPortal(withQuery(PAGES["m365-admin"].partner, "replica-dir=rtl"));
    const custom = bannerOf(page).locator('[lang="ar"]');
    await expect(custom).toHaveText(arabic, SETTINGS_TIMEOUT);
    await expect(custom).toHaveAttribute("dir", "rtl");
    await screenshotTop(page, "rtl-partner-custom-arabic", 130);
    await expectNoAxeViolations(page);
  });
});
