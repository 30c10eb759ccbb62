import type { Page } from "@playwright/test";
import {
  BANNER_VERDICTS,
  BODY_KEYS,
  bannerOf,
  dismissalsApiScript,
  messagesOf,
  PAGES,
  PARTNER,
  resetExtension,
  storedDismissals,
  TITLE_KEYS,
} from "./banner-tools";
import { expect, HOST, test } from "./extension-test";

const en = messagesOf("en");
// The first read of storage.managed in a fresh profile takes seconds; options arrive after it.
const SETTINGS_TIMEOUT = { timeout: 15_000 };

test.beforeEach(async ({ extensionContext }) => {
  await resetExtension(extensionContext);
});

for (const portal of ["m365-admin", "azure-portal"] as const) {
  for (const verdict of BANNER_VERDICTS) {
    test(`${portal}: a ${verdict} page says so, naming no partner when none is configured`, async ({
      openPortal,
    }) => {
      const page = await openPortal(PAGES[portal][verdict]);
      const banner = bannerOf(page);
      await expect(page.locator(HOST)).toHaveAttribute("data-verdict", verdict);
      await expect(page.getByRole("region", { name: "CSP Portal Guide" })).toBeVisible();
      await expect(banner.locator(".banner__title")).toHaveText(en(TITLE_KEYS[verdict]));
      await expect(banner.locator(".banner__text p").first()).toContainText(
        en(BODY_KEYS[verdict], en("genericPartnerName")),
      );
      await expect(banner.getByRole("link", { name: /^Why\?/ })).toHaveAttribute(
        "href",
        "https://learn.microsoft.com/partner-center/customer-self-support",
      );
      // Support pages start with Microsoft's product support; with no partner there is nothing to ask.
      await expect(banner.locator("a.button")).toHaveCount(verdict === "support" ? 1 : 0);
      await expect(banner.locator('a[data-action="request"]')).toHaveCount(0);
    });
  }
}

test("without a configured partner, the partner banner points to Settings → Partner relationships", async ({
  openPortal,
}) => {
  const admin = await openPortal(PAGES["m365-admin"].partner);
  const link = bannerOf(admin).getByRole("link", { name: "Settings → Partner relationships" });
  await expect(link).toHaveAttribute("href", "https://admin.microsoft.com/AdminPortal/Home#/partners");
  // Inside the admin center it is a route of the same app; from Azure it opens the admin center apart.
  await expect(link).not.toHaveAttribute("target", /.*/);
  const azure = await openPortal(PAGES["azure-portal"].partner);
  await expect(
    bannerOf(azure).getByRole("link", { name: "Settings → Partner relationships" }),
  ).toHaveAttribute("target", "_blank");
});

test("a configured partner is named, with a button for each of its contacts", async ({
  extensionContext,
  openPortal,
}) => {
  await resetExtension(extensionContext, PARTNER);
  const page = await openPortal(PAGES["m365-admin"].partner);
  const banner = bannerOf(page);
  await expect(banner.locator(".banner__name")).toHaveText(PARTNER.partnerName, SETTINGS_TIMEOUT);
  await expect(banner.locator(".banner__text p").first()).toContainText(
    en("verdictBody_partner", PARTNER.partnerName),
  );
  await expect(banner.locator(".banner__hint")).toHaveCount(0);

  // The request to the partner first, then a button for each contact.
  const buttons = banner.locator("a.button");
  await expect(buttons).toHaveCount(5);
  await expect(buttons.first()).toHaveAttribute("data-action", "request");
  const email = banner.getByRole("link", { name: `Email ${PARTNER.partnerEmail}` });
  await expect(email).toHaveAttribute("href", `mailto:${PARTNER.partnerEmail}`);
  await expect(email).toHaveText(`Email ${PARTNER.partnerEmail}`);
  await expect(email).toContainText(PARTNER.partnerEmail);
  const phone = banner.getByRole("link", { name: `Phone ${PARTNER.partnerPhone}` });
  await expect(phone).toHaveAttribute("href", "tel:+48221234567");
  const website = banner.getByRole("link", { name: "Website", exact: true });
  await expect(website).toHaveAttribute("href", PARTNER.partnerWebsite);
  await expect(website).toHaveAttribute("target", "_blank");
  await expect(website).toHaveAttribute("rel", "noopener noreferrer");
  await expect(banner.getByRole("link", { name: "Support portal" })).toHaveAttribute(
    "href",
    PARTNER.partnerSupportUrl,
  );

  // Support pages name the partner as the next step: Microsoft's product support, then the request
  // and the same contacts; self-serve pages have none.
  await page.getByRole("link", { name: "Show all support" }).click();
  await expect(banner.locator(".banner__text p").first()).toContainText(
    en("verdictBody_support", PARTNER.partnerName),
  );
  await expect(buttons).toHaveCount(6);
  await expect(buttons.nth(0)).toHaveAttribute("data-action", "microsoft-support");
  await expect(buttons.nth(1)).toHaveAttribute("data-action", "request");
  await page.getByRole("link", { name: "Active users" }).click();
  await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "self-serve");
  await expect(buttons).toHaveCount(0);
});

test("only the contacts that are configured get a button", async ({ extensionContext, openPortal }) => {
  await resetExtension(extensionContext, { partnerName: "Fabrikam", partnerPhone: "+1 425 555 0100" });
  const page = await openPortal(PAGES["azure-portal"].partner);
  const buttons = bannerOf(page).locator("a.button");
  await expect(buttons).toHaveCount(1, SETTINGS_TIMEOUT);
  await expect(buttons).toHaveAttribute("href", "tel:+14255550100");
});

test("partner names and custom texts are shown as text, never as markup", async ({
  extensionContext,
  openPortal,
}) => {
  const name = `<img src=x onerror="document.title='owned'"> & Co`;
  const custom = `<b>Bold?</b> <script>document.title='owned'</script>`;
  await resetExtension(extensionContext, { partnerName: name, customMessages: { partner: { en: custom } } });
  const page = await openPortal(PAGES["m365-admin"].partner);
  const banner = bannerOf(page);
  await expect(banner).toContainText(custom, SETTINGS_TIMEOUT);
  await expect(banner.locator("img, b, script")).toHaveCount(0);
  await page.getByRole("link", { name: "Show all support" }).click();
  await expect(banner.locator(".banner__name")).toHaveText(name);
  await expect(banner.locator("img, b, script")).toHaveCount(0);
  expect(await page.title()).not.toBe("owned");
});

test("the banner follows a route change in the same task that reports it", async ({ openPortal }) => {
  const page = await openPortal(PAGES["m365-admin"].partner);
  await expect(bannerOf(page)).toBeVisible();
  const seen = await page.evaluate(() => {
    window.replica.navigate("/Adminportal/Home#/users");
    const host = document.querySelector("csp-portal-guide")!;
    return {
      verdict: host.getAttribute("data-verdict"),
      title: host.shadowRoot!.querySelector(".banner__title")?.textContent,
    };
  });
  expect(seen).toEqual({ verdict: "self-serve", title: en("verdictTitle_selfServe") });
});

/** Samples the portal header's top edge in every animation frame until `stop` is called. */
async function sampleHeaderTop(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const samples: number[] = [];
    const header = document.querySelector("header")!;
    const tick = (): void => {
      samples.push(header.getBoundingClientRect().top);
      (window as unknown as { headerSampler: number }).headerSampler = requestAnimationFrame(tick);
    };
    (window as unknown as { headerSamples: number[] }).headerSamples = samples;
    tick();
  });
  return () =>
    page.evaluate(() => {
      const state = window as unknown as { headerSampler: number; headerSamples: number[] };
      cancelAnimationFrame(state.headerSampler);
      return state.headerSamples;
    });
}

test("the portal does not move on route changes between pages of the same verdict", async ({
  extensionContext,
  openPortal,
}) => {
  await resetExtension(extensionContext, PARTNER);
  const page = await openPortal(PAGES["m365-admin"].partner);
  const banner = bannerOf(page);
  await expect(banner.locator("a.button")).toHaveCount(5, SETTINGS_TIMEOUT);
  const bannerHeight = (await banner.boundingBox())!.height;

  const stop = await sampleHeaderTop(page);
  for (const route of ["licenses", "billoverview", "subscriptions"]) {
    await page.evaluate((hash) => window.replica.navigate(`/Adminportal/Home#/${hash}`), route);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }
  const samples = await stop();
  expect(samples.length).toBeGreaterThan(3);
  expect(new Set(samples)).toEqual(new Set([bannerHeight]));

  // To another verdict, the portal moves by less than the taller banner's height.
  const heights = [bannerHeight];
  await page.getByRole("link", { name: "Active users" }).click();
  await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "self-serve");
  heights.push((await banner.boundingBox())!.height);
  const headerTop = await page.locator("header").evaluate((header) => header.getBoundingClientRect().top);
  expect(Math.abs(headerTop - bannerHeight)).toBeLessThanOrEqual(Math.max(...heights));
});

test("a polite live region announces a change of verdict, not the first page", async ({ openPortal }) => {
  const page = await openPortal(PAGES["m365-admin"].partner);
  const status = page.locator("csp-portal-guide [role=status]");
  await expect(bannerOf(page)).toBeVisible();
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(status).toHaveText("");
  await page.getByRole("link", { name: "Message center" }).click();
  await expect(status).toHaveText(en("verdictAnnouncement", en("verdictTitle_info")));
  // Pages of the same verdict are not announced again.
  await page.getByRole("link", { name: "Service health" }).click();
  await expect(page.locator(HOST)).toHaveAttribute("data-rule", "m365.health.service");
  await page.waitForTimeout(100);
  await expect(status).toHaveText(en("verdictAnnouncement", en("verdictTitle_info")));
});

test("collapses to a pill and back, by mouse and by keyboard, keeping focus in place", async ({
  extensionContext,
  openPortal,
}) => {
  await resetExtension(extensionContext, PARTNER);
  const page = await openPortal(PAGES["m365-admin"].partner);
  const banner = bannerOf(page);
  await expect(banner.locator("a.button")).toHaveCount(5, SETTINGS_TIMEOUT);
  const fullHeight = (await banner.boundingBox())!.height;

  await banner.getByRole("button", { name: "Collapse" }).click();
  const pill = banner.getByRole("button", { name: /^Goes through Contoso IT Services/ });
  await expect(pill).toBeFocused();
  await expect(pill).toHaveAttribute("aria-expanded", "false");
  await expect(pill).toHaveAccessibleName("Goes through Contoso IT Services Show details");
  await expect(banner.locator(".banner__text")).toHaveCount(0);
  const pillHeight = (await banner.boundingBox())!.height;
  expect(pillHeight).toBeLessThan(fullHeight);
  expect(pillHeight).toBeLessThanOrEqual(40);

  // The pill stays a pill on the next page, and tells that page's verdict.
  await page.getByRole("link", { name: "Active users" }).click();
  await expect(banner.getByRole("button", { name: /^You can do this yourself/ })).toBeVisible();
  await page.getByRole("link", { name: "Your products" }).click();

  await pill.press("Enter");
  const collapse = banner.getByRole("button", { name: "Collapse" });
  await expect(collapse).toBeFocused();
  await expect(collapse).toHaveAttribute("aria-expanded", "true");

  // Esc anywhere in the banner collapses it; it does not reach the portal's own Esc handlers.
  await page.evaluate(() => {
    (window as unknown as { portalSawEscape: boolean }).portalSawEscape = false;
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape") (window as unknown as { portalSawEscape: boolean }).portalSawEscape = true;
    });
  });
  await banner.getByRole("link", { name: /^Email/ }).focus();
  await page.keyboard.press("Escape");
  await expect(pill).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { portalSawEscape: boolean }).portalSawEscape)).toBe(
    false,
  );
});

test("Tab goes through the banner's controls in reading order, then on to the portal", async ({
  extensionContext,
  openPortal,
}) => {
  await resetExtension(extensionContext, PARTNER);
  const page = await openPortal(PAGES["m365-admin"].partner);
  await expect(bannerOf(page).locator("a.button")).toHaveCount(5, SETTINGS_TIMEOUT);
  const names: string[] = [];
  for (let step = 0; step < 9; step++) {
    await page.keyboard.press("Tab");
    names.push(
      await page.evaluate(() => {
        const inBanner = document.querySelector("csp-portal-guide")?.shadowRoot?.activeElement;
        const active = inBanner ?? document.activeElement;
        return (active?.getAttribute("aria-label") ?? active?.textContent ?? "").replace(/\s+/g, " ").trim();
      }),
    );
  }
  expect(names).toEqual([
    `Ask ${PARTNER.partnerName} to do this ${en("requestDetail_email")}`,
    `Email ${PARTNER.partnerEmail}`,
    `Phone ${PARTNER.partnerPhone}`,
    "Website",
    "Support portal",
    `Why? ${en("whyLinkDetail")}`,
    "Collapse",
    expect.stringMatching(/^Hide on this page until /),
    "Search",
  ]);
});

test("a dismissed banner stays away across reloads until restored from an extension page", async ({
  extensionContext,
  extensionId,
  openPortal,
}) => {
  const page = await openPortal(PAGES["m365-admin"].partner);
  const banner = bannerOf(page);
  const dismiss = banner.getByRole("button", { name: /^Hide on this page until / });
  const label = await dismiss.getAttribute("aria-label");
  const until = new Date(Date.now() + 30 * 86_400_000);
  expect(label).toBe(
    en("dismissBanner", new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(until)),
  );

  await dismiss.click();
  await expect(banner).toHaveCount(0);
  await expect(page.locator("csp-portal-guide [role=status]")).toContainText("Hidden on this page until");
  const stored = await storedDismissals(extensionContext);
  expect(Object.keys(stored)).toEqual(["m365.billing.products"]);
  expect(stored["m365.billing.products"]! - Date.now()).toBeGreaterThan(29.9 * 86_400_000);

  await page.reload();
  await expect(page.locator(HOST)).toHaveAttribute("data-rule", "m365.billing.products");
  await page.waitForTimeout(500);
  await expect(banner).toHaveCount(0);
  // Per rule: another page of the same verdict still has its banner.
  await page.getByRole("link", { name: "Licenses" }).click();
  await expect(banner).toBeVisible();
  await page.getByRole("link", { name: "Your products" }).click();
  await expect(banner).toHaveCount(0);

  // Restored as the popup restores: popup/popup-dismissals.ts called from an extension page.
  await extensionContext.route(/^chrome-extension:\/\//, (route) => route.continue());
  const extensionPage = await extensionContext.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup/index.html`);
  await extensionPage.evaluate(await dismissalsApiScript());
  const listed = await extensionPage.evaluate(async () => {
    const api = (
      globalThis as unknown as { cspPortalGuideDismissals: typeof import("../../popup/popup-dismissals") }
    ).cspPortalGuideDismissals;
    return (await api.listDismissedBanners()).map((entry) => entry.rule);
  });
  expect(listed).toEqual(["m365.billing.products"]);
  const restored = await extensionPage.evaluate(() =>
    (
      globalThis as unknown as { cspPortalGuideDismissals: typeof import("../../popup/popup-dismissals") }
    ).cspPortalGuideDismissals.restoreDismissedBanners(),
  );
  expect(restored).toBe(1);
  await extensionPage.close();

  // The open tab brings it back at once; a reload keeps it.
  await expect(banner).toBeVisible();
  await page.reload();
  await expect(banner).toBeVisible();
  expect(await storedDismissals(extensionContext)).toEqual({});
});

test("when the policy sets dismissDays to 0 there is nothing to dismiss", async ({
  extensionContext,
  openPortal,
}) => {
  await resetExtension(extensionContext, { dismissDays: 0, partnerName: "Northwind" });
  const page = await openPortal(PAGES["azure-portal"].support);
  const banner = bannerOf(page);
  await expect(banner.locator(".banner__name")).toHaveText("Northwind", SETTINGS_TIMEOUT);
  await expect(banner.getByRole("button", { name: /^Hide/ })).toHaveCount(0);
  await expect(banner.getByRole("button", { name: "Collapse" })).toBeVisible();
});

test("turned off for a verdict or a portal, the banner is not shown", async ({
  extensionContext,
  openPortal,
}) => {
  await resetExtension(extensionContext, { disabledVerdicts: ["info"], disabledHosts: ["portal.azure.com"] });
  const admin = await openPortal(PAGES["m365-admin"].partner);
  await expect(bannerOf(admin)).toBeVisible();
  await admin.getByRole("link", { name: "Message center" }).click();
  await expect(admin.locator(HOST)).toHaveAttribute("data-verdict", "info");
  await expect(bannerOf(admin)).toHaveCount(0, SETTINGS_TIMEOUT);
  const azure = await openPortal(PAGES["azure-portal"].partner);
  await expect(azure.locator(HOST)).toHaveAttribute("data-verdict", "partner");
  await azure.waitForTimeout(500);
  await expect(bannerOf(azure)).toHaveCount(0);
});

test("on a page that is not an admin page, the banner takes no space at all", async ({ openPortal }) => {
  const page = await openPortal(PAGES["m365-admin"].partner);
  const header = page.locator("header");
  await expect(bannerOf(page)).toBeVisible();
  await page.evaluate(() => window.replica.navigate("/Adminportal/Home#/error"));
  await expect(page.locator(HOST)).toHaveAttribute("data-verdict", "none");
  await expect(page.locator(HOST)).toBeHidden();
  expect((await header.boundingBox())!.y).toBe(0);
  await page.goBack();
  await expect(bannerOf(page)).toBeVisible();
  expect((await header.boundingBox())!.y).toBe((await bannerOf(page).boundingBox())!.height);
});

test("the banner survives the portal removing it, with its content and state", async ({ openPortal }) => {
  const page = await openPortal(PAGES["azure-portal"].partner);
  const banner = bannerOf(page);
  await banner.getByRole("button", { name: "Collapse" }).click();
  await page.evaluate(() => document.querySelector("csp-portal-guide")!.remove());
  await expect(banner.getByRole("button", { name: /^Goes through your partner/ })).toBeVisible();
});

test("a language set in the settings (policy or options) replaces the browser's, loaded from the background", async ({
  extensionContext,
  openPortal,
}) => {
  const de = messagesOf("de");
  await resetExtension(extensionContext, { locale: "de", partnerName: "Contoso" });
  const page = await openPortal(PAGES["m365-admin"].info);
  const banner = bannerOf(page);
  await expect(banner.locator(".banner__title")).toHaveText(de("verdictTitle_info"), SETTINGS_TIMEOUT);
  await expect(banner).toHaveAttribute("lang", "de");
  await expect(banner).toHaveAttribute("aria-label", de("bannerRegionLabel"));
  await page.getByRole("link", { name: "Your products" }).click();
  await expect(banner.locator(".banner__text p").first()).toContainText(de("verdictBody_partner", "Contoso"));
  await expect(banner.getByRole("link", { name: /^Warum\?/ })).toBeVisible();

  // Changed while the page is open: followed without a reload.
  await resetExtension(extensionContext, { locale: "ja", partnerName: "Contoso" });
  await expect(banner.locator(".banner__title")).toHaveText(messagesOf("ja")("verdictTitle_partner"));
  await expect(banner).toHaveAttribute("lang", "ja");
});

test("the banner makes no network request", async ({ extensionContext, openPortal }) => {
  await resetExtension(extensionContext, PARTNER);
  const requests: string[] = [];
  const record = (request: { url(): string }): void => {
    requests.push(request.url());
  };
  extensionContext.on("request", record);
  const page = await openPortal(PAGES["m365-admin"].partner);
  await expect(bannerOf(page).locator("a.button")).toHaveCount(5, SETTINGS_TIMEOUT);
  for (const verdict of BANNER_VERDICTS) {
    await page.evaluate((url) => window.replica.navigate(url), PAGES["m365-admin"][verdict]);
    await expect(page.locator(HOST)).toHaveAttribute("data-verdict", verdict);
  }
  extensionContext.off("request", record);
  // The page itself (a request never carries the #fragment), and nothing else.
  expect(requests.filter((url) => !url.startsWith("chrome-extension://"))).toEqual([
    "https://admin.microsoft.com/Adminportal/Home",
  ]);
});
