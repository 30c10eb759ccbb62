import { BANNER_COLOURS } from "../../src/banner/banner-styles";
import {
  BANNER_VERDICTS,
  bannerOf,
  expectNoAxeViolations,
  openWithPartner,
  PAGES,
  PARTNER,
  README_PAGES,
  resetExtension,
  rgb,
  screenshotTop,
  withQuery,
} from "./banner-tools";
import { expect, test } from "./extension-test";

test.beforeEach(async ({ extensionContext }) => {
  await resetExtension(extensionContext, PARTNER);
});

test.describe("light theme", () => {
  for (const verdict of BANNER_VERDICTS) {
    test(`${verdict}: Fluent light colours, axe finds nothing, expanded or collapsed`, async ({
      openPortal,
    }) => {
      const page = await openWithPartner(openPortal, README_PAGES[verdict], verdict);
      const banner = bannerOf(page);
      await expect(banner).toHaveAttribute("data-theme", "auto");
      await expect(banner).toHaveCSS("background-color", rgb(BANNER_COLOURS.light.verdicts[verdict].bg));
      await expect(banner).toHaveCSS("color", rgb(BANNER_COLOURS.light.text));
      await screenshotTop(page, `banner-${verdict}`, 130);
      await expectNoAxeViolations(page);

      await banner.getByRole("button", { name: "Collapse" }).click();
      await expect(banner.locator(".pill")).toBeFocused();
      await screenshotTop(page, `banner-${verdict}-collapsed`, 90);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("dark theme of the system (prefers-color-scheme)", () => {
  for (const verdict of BANNER_VERDICTS) {
    test(`${verdict}: Fluent dark colours, axe finds nothing`, async ({ openPortal }) => {
      const page = await openWithPartner(openPortal, README_PAGES[verdict], verdict);
      await page.emulateMedia({ colorScheme: "dark" });
      const banner = bannerOf(page);
      await expect(banner).toHaveAttribute("data-theme", "auto");
      await expect(banner).toHaveCSS("background-color", rgb(BANNER_COLOURS.dark.verdicts[verdict].bg));
      await expect(banner).toHaveCSS("color", rgb(BANNER_COLOURS.dark.text));
      await screenshotTop(page, `dark-system-${verdict}`, 130);
      await expectNoAxeViolations(page);
    });
  }

  test("a portal set to a light theme keeps the banner light, and the banner follows it live", async ({
    openPortal,
  }) => {
    const page = await openWithPartner(openPortal, PAGES["azure-portal"].partner, "partner");
    await page.emulateMedia({ colorScheme: "dark" });
    const banner = bannerOf(page);
    await expect(banner).toHaveCSS("background-color", rgb(BANNER_COLOURS.dark.verdicts.partner.bg));
    await page.evaluate(() => document.body.classList.add("fxs-theme-azure", "fxs-mode-light"));
    await expect(banner).toHaveAttribute("data-theme", "light");
    await expect(banner).toHaveCSS("background-color", rgb(BANNER_COLOURS.light.verdicts.partner.bg));
    await page.evaluate(() => document.body.classList.replace("fxs-mode-light", "fxs-mode-dark"));
    await expect(banner).toHaveAttribute("data-theme", "dark");
  });
});

test.describe("dark theme of the portal", () => {
  for (const portal of ["m365-admin", "azure-portal"] as const) {
    for (const verdict of BANNER_VERDICTS) {
      test(`${portal}, ${verdict}: dark with the portal in a light system, axe finds nothing`, async ({
        openPortal,
      }) => {
        const page = await openWithPartner(
          openPortal,
          withQuery(PAGES[portal][verdict], "replica-theme=dark"),
          verdict,
        );
        const banner = bannerOf(page);
        await expect(banner).toHaveAttribute("data-theme", "dark");
        await expect(banner).toHaveCSS("background-color", rgb(BANNER_COLOURS.dark.verdicts[verdict].bg));
        await screenshotTop(page, `dark-portal-${portal}-${verdict}`, 130);
        await expectNoAxeViolations(page);
      });
    }
  }

  test("switching the portal's theme while the page is open switches the banner", async ({ openPortal }) => {
    const page = await openWithPartner(openPortal, PAGES["m365-admin"].info, "info");
    const banner = bannerOf(page);
    await expect(banner).toHaveAttribute("data-theme", "auto");
    await page.evaluate(() => document.body.classList.add("dark-theme"));
    await expect(banner).toHaveAttribute("data-theme", "dark");
    await expect(banner).toHaveCSS("background-color", rgb(BANNER_COLOURS.dark.verdicts.info.bg));
  });
});

test.describe("high contrast (forced colours)", () => {
  for (const verdict of BANNER_VERDICTS) {
    test(`${verdict}: system colours, visible borders, axe finds nothing`, async ({ openPortal }) => {
      const page = await openPortal(README_PAGES[verdict]);
      await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
      await openWithPartner(async () => page, README_PAGES[verdict], verdict);
      const banner = bannerOf(page);
      const colours = await banner.evaluate((section) => {
        const probe = (value: string): string => {
          const element = document.createElement("span");
          element.style.color = value;
          section.append(element);
          const computed = getComputedStyle(element).color;
          element.remove();
          return computed;
        };
        return {
          background: getComputedStyle(section).backgroundColor,
          canvas: probe("Canvas"),
          text: getComputedStyle(section).color,
          canvasText: probe("CanvasText"),
        };
      });
      expect(colours.background).toBe(colours.canvas);
      expect(colours.text).toBe(colours.canvasText);
      if (verdict === "partner" || verdict === "support") {
        await expect(banner.locator("a.button").first()).not.toHaveCSS("border-top-style", "none");
      }
      await screenshotTop(page, `forced-colors-${verdict}`, 130);
      await expectNoAxeViolations(page);
    });
  }
});

for (const { zoom, viewport } of [
  { zoom: 200, viewport: { width: 640, height: 400 } },
  { zoom: 400, viewport: { width: 320, height: 256 } },
]) {
  test.describe(`zoomed to ${zoom}% (a ${viewport.width} CSS px wide window)`, () => {
    for (const verdict of BANNER_VERDICTS) {
      test(`${verdict}: everything wraps inside the window, nothing is cut off`, async ({ openPortal }) => {
        const page = await openWithPartner(openPortal, README_PAGES[verdict], verdict);
        await page.setViewportSize(viewport);
        const banner = bannerOf(page);
        const overflow = await banner.evaluate((section) => {
          const width = document.documentElement.clientWidth;
          const outside = [section, ...section.querySelectorAll<HTMLElement>("*")]
            .filter((element) => !element.closest(".visually-hidden"))
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return box.left < -0.5 || box.right > width + 0.5;
            })
            .map((element) => element.className || element.tagName);
          const clipped = [section, ...section.querySelectorAll<HTMLElement>("p, a, button, span")]
            .filter((element) => !element.closest(".visually-hidden"))
            .filter((element) => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0)
            .map((element) => element.className || element.tagName);
          return { outside, clipped };
        });
        expect(overflow).toEqual({ outside: [], clipped: [] });
        await screenshotTop(page, `zoom${zoom}-${verdict}`, zoom === 200 ? 220 : 320);
      });
    }
  });
}
