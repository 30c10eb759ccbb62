import type { Page } from "@playwright/test";
import type { Placement } from "../../src/banner/placement";
import { bannerOf, expectNoAxeViolations, messagesOf, PAGES, PARTNER, resetExtension } from "./banner-tools";
import { expect, HOST, test } from "./extension-test";
import { openShell, type Portal, placementProblems, settledReport, shellUrl } from "./placement-tools";

// What the banner does, the same in each placement: a layout and portal that get each one.
const IN_EACH_PLACEMENT: readonly { placement: Placement; layout: string; portal: Portal }[] = [
  { placement: "shell", layout: "flex", portal: "m365-admin" },
  { placement: "inline", layout: "renamed-flex", portal: "azure-portal" },
  { placement: "overlay", layout: "fixed-calc", portal: "m365-admin" },
];
const en = messagesOf("en");

test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ extensionContext }) => {
  await resetExtension(extensionContext, PARTNER);
});

/** The page's uncaught errors (a ResizeObserver loop would be one), collected from now on. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Presses Tab until focus is in the banner; how many presses it took. */
async function tabIntoBanner(page: Page): Promise<number> {
  for (let presses = 1; presses <= 20; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((tag) => document.activeElement?.tagName.toLowerCase() === tag, HOST)) {
      return presses;
    }
  }
  throw new Error("Tab never reached the banner");
}

for (const { placement, layout, portal } of IN_EACH_PLACEMENT) {
  test.describe(`${placement} (${layout}, ${portal})`, () => {
    test("keyboard, collapse and expand, axe, and a route change in the same task", async ({
      openPortal,
    }) => {
      const page = await openShell(openPortal, shellUrl(portal, "partner", layout));
      const errors = pageErrors(page);
      expect((await settledReport(page)).placement).toBe(placement);
      const banner = bannerOf(page);
      const pill = banner.locator(".pill");
      const collapse = banner.getByRole("button", { name: "Collapse" });

      // The overlay starts as its pill; in the portal's layout the banner starts open.
      if (placement === "overlay") {
        await expect(pill).toBeVisible();
        await expect(banner.locator(".banner__text")).toHaveCount(0);
      } else {
        await expect(collapse).toBeVisible();
      }
      await expectNoAxeViolations(page);

      await tabIntoBanner(page);
      if (placement === "overlay") {
        await expect(pill).toBeFocused();
        await page.keyboard.press("Enter");
        await expect(collapse).toBeFocused();
        // Open, the overlay stays below the topbar and inside the window.
        const report = await settledReport(page);
        expect(report.placement).toBe("overlay");
        expect(report.hostBox.top).toBeGreaterThanOrEqual(report.topbarBottom);
        await expectNoAxeViolations(page);
        await page.keyboard.press("Escape");
        await expect(pill).toBeFocused();
      } else {
        // The partner banner's first control is the request to the partner.
        await expect(banner.locator('a[data-action="request"]')).toBeFocused();
        await collapse.click();
        await expect(pill).toBeFocused();
        await expectNoAxeViolations(page);
        await pill.press("Enter");
        await expect(collapse).toBeFocused();
      }
      expect(placementProblems(await settledReport(page))).toEqual([]);

      const seen = await page.evaluate((url) => {
        window.replica.navigate(url);
        const host = document.querySelector("csp-portal-guide")!;
        return {
          verdict: host.getAttribute("data-verdict"),
          text: host.shadowRoot!.querySelector(".banner")?.textContent ?? "",
        };
      }, PAGES[portal]["self-serve"]);
      expect(seen.verdict).toBe("self-serve");
      expect(seen.text).toContain(en("verdictTitle_selfServe"));
      expect(placementProblems(await settledReport(page))).toEqual([]);
      expect(errors).toEqual([]);
    });

    test("dismissed, the banner leaves the portal as it is without it", async ({ openPortal }) => {
      const page = await openShell(openPortal, shellUrl(portal, "partner", layout));
      const banner = bannerOf(page);
      if (placement === "overlay") await banner.locator(".pill").click();
      await banner.getByRole("button", { name: /^Hide on this page until / }).click();
      await expect(banner).toHaveCount(0);
      await expect(page.locator(`${HOST} [role=status]`)).toContainText("Hidden on this page until");
      const report = await settledReport(page);
      expect(report.hostBox.height).toBe(0);
      expect(report.controls).toEqual(report.controlsWithout);
      expect(report.scrolls).toBe(report.scrollsWithout);
    });
  });
}

test("under the Azure portal's splash screen the banner takes its slot, and stays there after", async ({
  openPortal,
}) => {
  const page = await openPortal(shellUrl("azure-portal", "partner", "fixed", "replica-splash-ms=8000"));
  await expect(page.locator(HOST)).toHaveAttribute("data-placement", "shell", { timeout: 5_000 });
  await expect(page.locator(".fxs-splashscreen")).toBeVisible();
  const report = await settledReport(page);
  expect(report.placement).toBe("shell");
  expect(placementProblems(report)).toEqual([]);
});

test("the portal re-rendering its shell puts the banner back in the slot", async ({ openPortal }) => {
  const page = await openShell(openPortal, shellUrl("azure-portal", "partner", "flex"));
  expect((await settledReport(page)).placement).toBe("shell");
  // As a framework re-render does: the shell's children replaced by new ones, ours gone with them.
  await page.evaluate(() => {
    const shell = document.querySelector(".fxs-portal")!;
    const fresh = [...shell.children].filter((child) => child.tagName !== "CSP-PORTAL-GUIDE");
    shell.replaceChildren(...fresh.map((child) => child.cloneNode(true)));
  });
  await expect(page.locator(".fxs-portal > csp-portal-guide + .fxs-portal-main")).toHaveCount(1);
  const report = await settledReport(page);
  expect(report.placement).toBe("shell");
  expect(placementProblems(report)).toEqual([]);
});

test("the admin center's popup opens right below its button, not shifted by the banner", async ({
  openPortal,
}) => {
  const page = await openShell(openPortal, shellUrl("m365-admin", "partner", "fixed"));
  expect((await settledReport(page)).placement).toBe("shell");
  await page.locator("#O365_MainLink_Settings").click();
  const button = (await page.locator("#O365_MainLink_Settings").boundingBox())!;
  const callout = (await page.locator(".ms-Layer .ms-Callout").boundingBox())!;
  expect(callout.y).toBe(button.y + button.height);
  expect(callout.x + callout.width).toBeCloseTo(button.x + button.width, 0);
  // The layer is above the banner where they meet.
  const inLayer = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest(".ms-Layer") !== null,
    {
      x: callout.x + callout.width / 2,
      y: callout.y + callout.height / 2,
    },
  );
  expect(inLayer).toBe(true);
});

test("Fluent's focus classes on <body> leave the banner alone; a theme class still reaches it", async ({
  openPortal,
}) => {
  const page = await openShell(openPortal, shellUrl("azure-portal", "partner", "flex"));
  const banner = bannerOf(page);
  await expect(banner).toHaveAttribute("data-theme", "light");
  await page.evaluate(() => {
    for (let step = 0; step < 20; step++) {
      document.body.classList.toggle("ms-Fabric--isFocusVisible");
      document.body.classList.toggle("ms-Fabric--isFocusHidden");
    }
  });
  await expect(banner).toHaveAttribute("data-theme", "light");
  await page.evaluate(() => document.body.classList.replace("fxs-mode-light", "fxs-mode-dark"));
  await expect(banner).toHaveAttribute("data-theme", "dark");
});
