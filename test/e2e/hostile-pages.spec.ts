import type { Page } from "@playwright/test";
import { expect, OUR_LOG_PREFIX, STRICT_CSP, hostileTest as test } from "./hostile-page-probe";

/**
 * Portal pages that work against the extension. Every test runs under the probe of
 * hostile-page-probe.ts, which fails it if the extension threw anything, if the page saw an error it
 * did not throw itself, or if a Content-Security-Policy or Trusted Types violation was reported.
 */

const ADMIN = "https://admin.microsoft.com/Adminportal/Home";
/** Our banner's host: `<csp-portal-guide>`, or the `<div>` that stands in when the page owns the tag. */
const BANNER_HOST = "csp-portal-guide, div[data-csp-portal-guide]";

function bannerOf(page: Page) {
  return page.locator(BANNER_HOST);
}

async function expectBanner(page: Page, verdict: string): Promise<void> {
  const host = bannerOf(page);
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute("data-verdict", verdict);
  await expect(host.locator("section")).toBeVisible();
}

test.describe("the probe itself", () => {
  test("sees an exception thrown inside the extension's isolated world", async ({ openProbed }) => {
    const probe = await openProbed(`${ADMIN}#/subscriptions`);
    await expectBanner(probe.page, "partner");
    expect(probe.extensionContextId).toBeDefined();
    await probe.cdp.send("Runtime.evaluate", {
      contextId: probe.extensionContextId!,
      expression: `setTimeout(() => { throw new Error("canary from the isolated world"); });
        Promise.reject(new Error("canary rejection from the isolated world"));`,
    });
    await expect.poll(() => probe.findings().ourExceptions.length).toBe(2);
    probe.forget();
  });

  test("sees an error in the page that the page did not mark as its own", async ({ openProbed }) => {
    const probe = await openProbed(`${ADMIN}#/subscriptions`);
    await probe.page.evaluate(() => {
      setTimeout(() => {
        throw new Error("canary from the page");
      });
    });
    await expect.poll(() => probe.findings().unexpectedPageErrors.length).toBeGreaterThan(0);
    expect(probe.pageSaw.join()).toContain("canary from the page");
    probe.forget();
  });

  test("sees a Trusted Types violation on the strict page", async ({ openProbed }) => {
    const probe = await openProbed(`${ADMIN}#/subscriptions`, {
      fixture: "strict-csp",
      headers: { "Content-Security-Policy": STRICT_CSP },
    });
    await expectBanner(probe.page, "partner");
    await probe.page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML("beforeend", "<b>not trusted</b>");
      } catch {
        // The violation is reported whether or not the page catches the TypeError.
      }
    });
    await expect.poll(() => probe.findings().violations.length).toBeGreaterThan(0);
    probe.forget();
  });
});

test.describe("a page with a strict Content Security Policy and Trusted Types", () => {
  test("gets its styled banner, follows routes, and reports no violation", async ({ openProbed }) => {
    const probe = await openProbed(`${ADMIN}#/subscriptions`, {
      fixture: "strict-csp",
      headers: { "Content-Security-Policy": STRICT_CSP },
    });
    const { page } = probe;
    await expectBanner(page, "partner");
    // The banner's own styles applied (a blocked stylesheet would leave it transparent).
    const background = await bannerOf(page)
      .locator("section")
      .evaluate((section) => getComputedStyle(section).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    await page.getByRole("link", { name: "Message center" }).click();
    await expectBanner(page, "info");
  });
});

test.describe("a page that throws everywhere", () => {
  test("keeps its banner and routes while its own errors fly", async ({ openProbed }) => {
    const probe = await openProbed(`${ADMIN}#/subscriptions`, { fixture: "throws-everywhere" });
    const { page } = probe;
    await expectBanner(page, "partner");
    await page.getByRole("link", { name: "Message center" }).click();
    await expectBanner(page, "info");
    await page.goBack();
    await expectBanner(page, "partner");
    // The page's errors reached its handlers (so the probe was listening); none of them was ours.
    await expect.poll(() => probe.pageSaw.length).toBeGreaterThan(3);
    for (const kind of ["interval", "rejection", "hashchange listener", "mutation observer"]) {
      expect(probe.pageSaw.join("\n")).toContain(`hostile-page: ${kind}`);
    }
  });
});

test.describe("a page that replaces its document", () => {
  for (const how of ["body", "documentElement", "document-write"] as const) {
    test(`gets the banner back after every route when it swaps ${how}`, async ({ openProbed }) => {
      const probe = await openProbed(`${ADMIN}?how=${how}#/subscriptions`, { fixture: "replaces-body" });
      const { page } = probe;
      await expectBanner(page, "partner");
      for (const [link, verdict] of [
        ["Message center", "info"],
        ["Your products", "partner"],
        ["Message center", "info"],
      ] as const) {
        await page.getByRole("link", { name: link }).click();
        await expect(page.locator("main h2")).toHaveText(
          link === "Message center" ? "MessageCenter" : "subscriptions",
        );
        await expectBanner(page, verdict);
        // In flow at the top of the current body, not left behind in a detached one.
        expect(await bannerOf(page).evaluate((host) => host.parentElement === document.body)).toBe(true);
      }
    });
  }
});

test.describe("a page that evicts the banner for a second", () => {
  for (const how of ["frame", "on-sight"] as const) {
    test(`re-mounts within the budget, then for good, when removed ${how === "frame" ? "every frame" : "as soon as it appears"}`, async ({
      openProbed,
    }) => {
      const probe = await openProbed(`${ADMIN}?how=${how}#/subscriptions`, { fixture: "evicts-host" });
      const { page } = probe;
      await page.waitForFunction(() => window.hostilePage?.done === true);
      await expectBanner(page, "partner");
      const state = await page.evaluate(() => window.hostilePage);
      // The page really fought: it removed the banner more often than the budget allows re-mounts.
      expect(state.removals).toBeGreaterThan(REMOUNTS_PER_SECOND);
      // At most one budget in each of the (at most two) windows the second straddles, plus the retry.
      expect(state.insertionsDuringEviction).toBeLessThanOrEqual(2 * REMOUNTS_PER_SECOND + 1);
      // The banner stays once the page stops.
      await page.waitForTimeout(1500);
      await expectBanner(page, "partner");
      const budgetNotes = probe.ourLogs.filter((line) => line.includes("times in a second"));
      expect(budgetNotes.length).toBeGreaterThanOrEqual(1);
      expect(budgetNotes.length).toBeLessThanOrEqual(2);
      expect(budgetNotes.every((line) => line.startsWith(OUR_LOG_PREFIX))).toBe(true);
    });
  }
});

test.describe("a page that overrides history, addEventListener and other globals", () => {
  test("cannot reach the extension's isolated world", async ({ openProbed }) => {
    const probe = await openProbed(`${ADMIN}#/subscriptions`, { fixture: "overrides-globals" });
    const { page } = probe;
    await expectBanner(page, "partner");
    // The poisoning really happened in the page's world (read through the DOM, not its globals).
    const poisoned = await page.locator("html").getAttribute("data-poisoned");
    for (const name of [
      "history.pushState",
      "addEventListener",
      "MutationObserver",
      "attachShadow",
      "Promise",
    ]) {
      expect(poisoned?.split(",")).toContain(name);
    }
    // The page's router: a click handler calling its own wrapped pushState.
    await page.getByRole("link", { name: "Message center" }).click();
    await expect(page).toHaveURL(/#\/MessageCenter$/);
    await expectBanner(page, "info");
    await page.getByRole("link", { name: "Your products" }).click();
    await expectBanner(page, "partner");
  });
});

test.describe("a page that defines its own <csp-portal-guide> element", () => {
  for (const variant of ["open-shadow", "closed-shadow", "disabled-shadow", "self-removing"] as const) {
    test(`still shows the banner, in a host of our own, when the page's element is ${variant}`, async ({
      openProbed,
    }) => {
      const probe = await openProbed(`${ADMIN}?variant=${variant}#/subscriptions`, {
        fixture: "defines-host-element",
      });
      const { page } = probe;
      await expectBanner(page, "partner");
      await expect(page.locator("div[data-csp-portal-guide]")).toHaveCount(1);
      expect(await page.evaluate(() => window.hostilePage.constructed)).toBeGreaterThan(0);
      expect(probe.ourLogs.join("\n")).toContain("defines its own <csp-portal-guide>");
      await page.getByRole("link", { name: "Message center" }).click();
      await expectBanner(page, "info");
    });
  }

  test("keeps the tag when the page's constructor throws", async ({ openProbed }) => {
    const probe = await openProbed(`${ADMIN}?variant=throwing-constructor#/subscriptions`, {
      fixture: "defines-host-element",
    });
    await expectBanner(probe.page, "partner");
    await expect(probe.page.locator("csp-portal-guide")).toHaveCount(1);
    expect(probe.pageSaw.join()).toContain("hostile-page: constructor refuses");
  });

  test("keeps working when the page defines the element after the banner is up", async ({ openProbed }) => {
    const probe = await openProbed(`${ADMIN}?variant=late-closed-shadow#/subscriptions`, {
      fixture: "defines-host-element",
    });
    const { page } = probe;
    await expectBanner(page, "partner");
    await page.waitForFunction(() => window.hostilePage.constructed > 0);
    await page.getByRole("link", { name: "Message center" }).click();
    await expectBanner(page, "info");
    await expect(bannerOf(page).locator("section")).toContainText(/./);
  });
});

/** The published re-mount budget (README, content-scripts/banner-host.ts). */
const REMOUNTS_PER_SECOND = 10;

declare global {
  interface Window {
    hostilePage: {
      done?: boolean;
      removals: number;
      insertions: number;
      insertionsDuringEviction: number;
      constructed: number;
    };
  }
}
