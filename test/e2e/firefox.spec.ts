// The Firefox build in stock Firefox (Debian's ESR), driven over WebDriver BiDi. Skipped, saying
// why, where no Firefox is installed; the Chromium specs cover Chrome and Edge.
import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { EXTENSION_IDS } from "../../tools/build/extension-ids";
import {
  FIREFOX_DIST,
  FIREFOX_INSTALL_HINT,
  type FirefoxOptions,
  type FirefoxSession,
  type FirefoxTab,
  launchFirefox,
  resolveFirefox,
} from "../firefox/launch-firefox";

const firefox = resolveFirefox();
const ADMIN_SUBSCRIPTIONS = "https://admin.microsoft.com/Adminportal/Home#/subscriptions";
const AZURE_SUBSCRIPTIONS = "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2";

const verdictOf = (tab: FirefoxTab): Promise<string | null> =>
  tab.evaluate<string | null>(`document.querySelector("csp-portal-guide")?.dataset.verdict ?? null`);
const bannerText = (tab: FirefoxTab): Promise<string> =>
  tab.evaluate<string>(`document.querySelector("csp-portal-guide")?.shadowRoot?.textContent ?? ""`);
const hookInstalled = (tab: FirefoxTab): Promise<boolean> =>
  tab.evaluate<boolean>(`Symbol.for("csp-portal-guide:history-hook") in History.prototype.pushState`);

test.skip(
  !firefox,
  `Firefox is not installed, so the Firefox build is not run. Install it: ${FIREFOX_INSTALL_HINT}`,
);
test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  if (!existsSync(`${FIREFOX_DIST}/manifest.json`)) {
    throw new Error(`No Firefox build in ${FIREFOX_DIST}: run \`npm run build\` first.`);
  }
});

/** One Firefox for the tests of a describe block, set up as `options` say. */
function useFirefox(options: Omit<FirefoxOptions, "extension"> = {}): () => FirefoxSession {
  let session: FirefoxSession | undefined;
  // Firefox takes the longest of anything to start, and longer still on a busy machine.
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    session = await launchFirefox(firefox!, { extension: FIREFOX_DIST, ...options });
  });
  test.afterAll(async () => {
    if (!session) return;
    const { errors, extensionProblems, foreignRequests } = session;
    await session.close();
    expect(errors, "uncaught errors in the portal pages").toEqual([]);
    // Also proves the background page answers: the content script logs when it cannot reach it.
    expect(extensionProblems, "problems the extension logged").toEqual([]);
    expect(foreignRequests, "requests beyond the portal pages").toEqual([]);
  });
  return () => session!;
}

test.describe("Firefox", () => {
  const session = useFirefox();

  test("installs the build under its fixed gecko id", () => {
    expect(session().extensionId).toBe(EXTENSION_IDS.firefox);
  });

  test("shows the banner on an admin center page", async () => {
    const tab = await session().open(ADMIN_SUBSCRIPTIONS);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
    await expect.poll(() => bannerText(tab)).toContain("partner");
  });

  test("shows the banner on an Azure portal page", async () => {
    const tab = await session().open(AZURE_SUBSCRIPTIONS);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
  });

  test("follows pushState, replaceState, hash changes and going back", async () => {
    const tab = await session().open(ADMIN_SUBSCRIPTIONS);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
    await tab.evaluate(`window.replica.navigate("/Adminportal/Home#/MessageCenter")`);
    await expect.poll(() => verdictOf(tab)).toBe("info");
    await tab.evaluate(`window.replica.replace("/Adminportal/Home#/subscriptions")`);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
    await tab.evaluate(`void (location.hash = "#/MessageCenter")`);
    await expect.poll(() => verdictOf(tab)).toBe("info");
    await tab.evaluate(`history.back()`);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
  });

  test("gives a sign-in page no guide, until the page moves to an admin page", async () => {
    const tab = await session().open("https://portal.azure.com/signin/index/");
    await tab.evaluate(`new Promise((done) => setTimeout(done, 500))`);
    expect(await verdictOf(tab)).toBeNull();
    await tab.evaluate(`window.replica.navigate("/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2")`);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
  });

  test("leaves history alone where the Navigation API reports route changes", async () => {
    const tab = await session().open(ADMIN_SUBSCRIPTIONS);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
    expect(await tab.evaluate<boolean>(`"navigation" in window`)).toBe(true);
    expect(await hookInstalled(tab)).toBe(false);
  });
});

// Firefox ESR 140 has no Navigation API; turning it off in a newer Firefox gives the same page.
test.describe("Firefox without the Navigation API (as ESR 140)", () => {
  const session = useFirefox({ prefs: { "dom.navigation.webidl.enabled": false } });

  test("follows the page's pushState and replaceState through the main-world hook", async () => {
    const tab = await session().open(ADMIN_SUBSCRIPTIONS);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
    expect(await tab.evaluate<boolean>(`"navigation" in window`)).toBe(false);
    expect(await hookInstalled(tab)).toBe(true);
    await tab.evaluate(`window.replica.navigate("/Adminportal/Home#/MessageCenter")`);
    await expect.poll(() => verdictOf(tab)).toBe("info");
    await tab.evaluate(`window.replica.replace("/Adminportal/Home#/subscriptions")`);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
  });

  test("brings the guide to a sign-in page that moves to an admin page, through the hook", async () => {
    const tab = await session().open("https://admin.microsoft.com/login?ru=%2F");
    await tab.evaluate(`new Promise((done) => setTimeout(done, 500))`);
    expect(await verdictOf(tab)).toBeNull();
    expect(await hookInstalled(tab)).toBe(true);
    await tab.evaluate(`window.replica.navigate("/Adminportal/Home#/subscriptions")`);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
  });

  test("keeps following when the page wraps pushState itself later", async () => {
    const tab = await session().open(ADMIN_SUBSCRIPTIONS);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
    await tab.evaluate(`(() => {
      const previous = history.pushState;
      window.pageSawPushes = 0;
      history.pushState = function (...args) { window.pageSawPushes++; return previous.apply(this, args); };
    })()`);
    await tab.evaluate(`window.replica.navigate("/Adminportal/Home#/MessageCenter")`);
    await expect.poll(() => verdictOf(tab)).toBe("info");
    expect(await tab.evaluate<number>("window.pageSawPushes")).toBe(1);
  });

  test("hands the page its own pushState errors unchanged and adds no globals", async () => {
    const tab = await session().open(ADMIN_SUBSCRIPTIONS);
    await expect.poll(() => verdictOf(tab)).toBe("partner");
    const outcome = await tab.evaluate<string>(`(() => {
      try { history.pushState(null, "", "https://evil.example/#/MessageCenter"); return "no error"; }
      catch (error) { return error.name; }
    })()`);
    expect(outcome).toBe("SecurityError");
    expect(await verdictOf(tab)).toBe("partner");
    expect(
      await tab.evaluate<string[]>(`Object.keys(window).filter((key) => /csp|history_hook/i.test(key))`),
    ).toEqual([]);
  });
});

// Firefox has no managed_schema: policy reaches storage.managed by policies.json `3rdparty` or a
// native managed-storage manifest, both keyed by the gecko id.
test.describe("Firefox with a managed-storage policy", () => {
  const session = useFirefox({
    managedStorage: { partnerName: "Contoso IT Services", partnerEmail: "cloud@contoso.example" },
  });

  test("shows the partner the policy names", async () => {
    const tab = await session().open(ADMIN_SUBSCRIPTIONS);
    await expect.poll(() => bannerText(tab)).toContain("Contoso IT Services");
    expect(await bannerText(tab)).toContain("cloud@contoso.example");
  });
});
