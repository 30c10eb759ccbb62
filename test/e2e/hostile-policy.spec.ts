import type { BrowserContext, Page } from "@playwright/test";
import { PUBLISHED_SETTINGS_FORMAT } from "../../src/settings/published-settings";
import { serveReplicas } from "../../tools/browser/portal-replicas";
import {
  expect,
  expectNothingFromUs,
  OUR_LOG_PREFIX,
  PageProbe,
  hostileTest as test,
} from "./hostile-page-probe";
import { extensionPolicyFile, launchWithPolicy, type PolicyBrowser } from "./managed-policy";
import { withOptions } from "./popup-tools";

/**
 * Settings written by someone who means harm (or by a careless script): markup and script in the
 * partner's name and messages, links with dangerous schemes, wrong types, unknown keys, deep nesting,
 * 1 MB values, custom rules written as catastrophic regular expressions. They arrive twice: through
 * the user's options (`storage.sync`, quick to change per test) and as a real enterprise policy
 * (`storage.managed`, below); each test asserts what the customer sees, what the page sees (nothing
 * executed, nothing thrown) and what is logged.
 */

const BILLING = "https://admin.microsoft.com/Adminportal/Home#/subscriptions";
const HOST = "csp-portal-guide";

/** Markup that would run in the portal's own world if any of it reached the DOM as HTML. */
const SCRIPTED = [
  `<img src="x" onerror="window.__hostileSettingRan = 'img'">`,
  `<script>window.__hostileSettingRan = 'script'</script>`,
  `<svg onload="window.__hostileSettingRan = 'svg'"></svg>`,
  `<iframe srcdoc="<script>parent.__hostileSettingRan = 'iframe'</script>"></iframe>`,
].join("");

interface BannerView {
  text: string;
  /** Every href in the banner. */
  links: string[];
  /** Tag names of every element in the banner's shadow root. */
  tags: string[];
}

async function bannerView(page: Page): Promise<BannerView> {
  const host = page.locator(HOST);
  await expect(host.locator("section")).toBeVisible();
  return host.evaluate((element) => {
    const root = element.shadowRoot!;
    return {
      text: root.textContent ?? "",
      links: [...root.querySelectorAll("[href]")].map((link) => link.getAttribute("href") ?? ""),
      tags: [...new Set([...root.querySelectorAll("*")].map((node) => node.localName))],
    };
  });
}

/** Nothing of the settings ran in the page: no flag set, no dialog, no foreign element anywhere. */
async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __hostileSettingRan?: string }).__hostileSettingRan)).toBe(
    undefined,
  );
  expect(dialogs).toEqual([]);
  const view = await bannerView(page);
  for (const tag of ["script", "img", "iframe", "object", "embed", "style", "link", "foreignobject"]) {
    expect(view.tags, `no <${tag}> in the banner`).not.toContain(tag);
  }
  const planted = await page.evaluate(
    () =>
      [...document.querySelectorAll("script, img, iframe, svg, object, embed")].filter((element) =>
        element.outerHTML.includes("__hostileSettingRan"),
      ).length,
  );
  expect(planted, "elements made from the settings' markup anywhere in the page").toBe(0);
}

async function openWith(
  openProbed: (url: string) => Promise<PageProbe>,
): Promise<{ probe: PageProbe; dialogs: string[] }> {
  const probe = await openProbed(BILLING);
  const dialogs: string[] = [];
  probe.page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await expect(probe.page.locator(HOST)).toHaveAttribute("data-verdict", /./);
  return { probe, dialogs };
}

/** The lines the content script logged about left-out settings. */
const leftOutNotes = (probe: PageProbe): string =>
  probe.ourLogs.filter((line) => line.startsWith(OUR_LOG_PREFIX) && line.includes("left out")).join("\n");

function withHostileSettings<T>(
  context: BrowserContext,
  settings: Record<string, unknown>,
  work: () => Promise<T>,
): Promise<T> {
  return withOptions(context, settings, work);
}

test("markup and script in the partner's name are shown as text", async ({
  extensionContext,
  openProbed,
}) => {
  const name = `<b>Contoso</b><img src=x onerror="window.__hostileSettingRan='name'">`;
  await withHostileSettings(extensionContext, { partnerName: name }, async () => {
    const { probe, dialogs } = await openWith(openProbed);
    await expect(probe.page.locator(HOST).locator("section")).toContainText(name);
    await expectNothingRan(probe.page, dialogs);
  });
});

test("markup and script in custom messages are shown as text", async ({ extensionContext, openProbed }) => {
  await withHostileSettings(
    extensionContext,
    { customMessages: { partner: { en: `Call us. ${SCRIPTED}` }, info: { en: SCRIPTED } } },
    async () => {
      const { probe, dialogs } = await openWith(openProbed);
      await expect(probe.page.locator(HOST).locator("section")).toContainText(`Call us. ${SCRIPTED}`);
      await expectNothingRan(probe.page, dialogs);
      await probe.page.evaluate(() => window.replica.navigate("/Adminportal/Home#/MessageCenter"));
      await expect(probe.page.locator(HOST).locator("section")).toContainText(SCRIPTED);
      await expectNothingRan(probe.page, dialogs);
    },
  );
});

test("javascript:, data:, http: and other unsafe links in contact fields are dropped with a logged reason", async ({
  extensionContext,
  openProbed,
}) => {
  await withHostileSettings(
    extensionContext,
    {
      partnerName: "Contoso",
      partnerWebsite: "javascript:window.__hostileSettingRan='website'",
      partnerSupportUrl: "data:text/html,<script>alert(1)</script>",
      partnerEmail: "javascript:alert(1)//@contoso.example",
      partnerPhone: "tel:javascript:alert(1)",
    },
    async () => {
      const { probe, dialogs } = await openWith(openProbed);
      // The settings have been applied once the name shows; only then are the links worth reading.
      await expect(probe.page.locator(HOST).locator("section")).toContainText("Contoso");
      const view = await bannerView(probe.page);
      expect(view.links.length, "the banner still has its own links").toBeGreaterThan(0);
      for (const href of view.links) expect(new URL(href).protocol).toMatch(/^(https|mailto|tel):$/);
      expect(view.links.join()).not.toMatch(/javascript|data:/i);
      await expect.poll(() => leftOutNotes(probe)).toContain("partnerWebsite");
      for (const field of ["partnerWebsite", "partnerSupportUrl", "partnerEmail", "partnerPhone"]) {
        expect(leftOutNotes(probe)).toContain(field);
      }
      await expectNothingRan(probe.page, dialogs);
    },
  );
  await withHostileSettings(
    extensionContext,
    { partnerName: "Contoso", partnerWebsite: "http://contoso.example/" },
    async () => {
      const { probe } = await openWith(openProbed);
      await expect(probe.page.locator(HOST).locator("section")).toContainText("Contoso");
      expect((await bannerView(probe.page)).links.join()).not.toContain("http://contoso.example");
      await expect.poll(() => leftOutNotes(probe)).toContain("http: is not allowed");
    },
  );
});

test("wrong types, unknown keys and deep nesting leave the rest of the settings working", async ({
  extensionContext,
  openProbed,
}) => {
  let deep: unknown = "leaf";
  for (let depth = 0; depth < 60; depth += 1) deep = { en: deep };
  await withHostileSettings(
    extensionContext,
    {
      partnerName: "Contoso",
      partnerEmail: ["helpdesk@contoso.example"],
      partnerPhone: 48221234567,
      enabled: "yes",
      dismissDays: 1e308,
      disabledVerdicts: "partner",
      customMessages: { partner: deep },
      customRules: { id: "not-a-list" },
      __proto__x: { polluted: true },
      constructor: { prototype: { polluted: true } },
      "<img src=x onerror=alert(1)>": true,
    },
    async () => {
      const { probe, dialogs } = await openWith(openProbed);
      await expect(probe.page.locator(HOST)).toHaveAttribute("data-verdict", "partner");
      await expect(probe.page.locator(HOST).locator("section")).toContainText("Contoso");
      await expect.poll(() => leftOutNotes(probe)).toContain("partnerPhone");
      const notes = leftOutNotes(probe);
      for (const key of [
        "partnerEmail",
        "enabled",
        "dismissDays",
        "disabledVerdicts",
        "customRules",
        "constructor",
      ]) {
        expect(notes).toContain(key);
      }
      // The hostile key is quoted in the log, never echoed raw.
      expect(notes).not.toContain("<img src=x onerror=alert(1)>\n");
      await expectNothingRan(probe.page, dialogs);
    },
  );
});

test("a custom rule written as a catastrophic regular expression is matched as plain text, instantly", async ({
  extensionContext,
  openProbed,
}) => {
  const rules = [
    { id: "redos.nested", pattern: "(a+)+$", verdict: "info" },
    { id: "redos.alternation", pattern: "(a|aa)+$", verdict: "info" },
    { id: "redos.stars", pattern: "**/**/**/**/a*", verdict: "support" },
    { id: "redos.too-many-stars", pattern: "a*a*a*a*b", verdict: "support" },
  ];
  await withHostileSettings(extensionContext, { customRules: rules }, async () => {
    const { probe } = await openWith(openProbed);
    const navigate = (route: string) =>
      probe.page.evaluate((hash) => window.replica.navigate(`/Adminportal/Home#/${hash}`), route);
    // "(a+)+$" is a literal route segment: only a route that says exactly that matches it.
    await navigate("(a+)+$");
    await expect(probe.page.locator(HOST)).toHaveAttribute("data-rule", "redos.nested");
    await navigate("aaaa");
    await expect(probe.page.locator(HOST)).toHaveAttribute("data-rule", "redos.stars");
    // Routes that would take a backtracking engine years on `(a+)+$` and `(a|aa)+$`.
    for (const route of [`${"a".repeat(5000)}!`, `${"a/".repeat(30)}!`, `${"aa".repeat(2500)}b`]) {
      const started = Date.now();
      await navigate(route);
      await expect(probe.page.locator(HOST)).toHaveAttribute("data-rule", /^(redos\.stars|)$/);
      expect(Date.now() - started).toBeLessThan(2000);
    }
    // A pattern the glob language refuses is left out, with its reason logged.
    await expect
      .poll(() => leftOutNotes(probe))
      .toContain('customRules[3]: segment "a*a*a*a*b" has more than one "*"');
  });
});

/**
 * The same attacks as an enterprise policy, deployed for real (managed-policy.ts): Chromium checks a
 * policy against managed_schema.json first and drops what has the wrong type, then the extension's own
 * validator checks everything again, so both layers stand between the policy author and the page.
 */
test.describe
  .serial("the same attacks, deployed as enterprise policy", () => {
    const MEGABYTE = "x".repeat(1 << 20);
    let deep: unknown = "leaf";
    // Chromium's JSON reader refuses more than 200 levels; the policy file wraps this in six more.
    for (let depth = 0; depth < 150; depth += 1) deep = { en: deep };
    const NAME_MARKUP = `<b>Contoso</b><img src=x onerror="window.__hostileSettingRan='name'">`;
    const HOSTILE_POLICY = {
      partnerName: NAME_MARKUP,
      partnerEmail: "helpdesk@contoso.example",
      partnerWebsite: "javascript:window.__hostileSettingRan='website'",
      partnerSupportUrl: "data:text/html,<script>alert(1)</script>",
      partnerPhone: 48221234567,
      partnerTenants: [MEGABYTE, "contoso.onmicrosoft.com"],
      // Chromium drops a whole key when anything inside it has the wrong type, so the deep nesting
      // goes into a key of its own.
      customMessages: { partner: { en: `Call us. ${SCRIPTED}` } },
      customRules: [
        { id: "redos.nested", pattern: "(a+)+$", verdict: "info" },
        { id: "redos.too-many-stars", pattern: "a*a*a*a*b", verdict: "support" },
      ],
      dismissDays: "thirty",
      notASetting: deep,
    };
    let policyBrowser: PolicyBrowser | null = null;

    test.beforeAll(async () => {
      test.setTimeout(60_000);
      const launched = await launchWithPolicy(extensionPolicyFile(HOSTILE_POLICY));
      test.skip(typeof launched === "string", `Skipped: ${launched}`);
      policyBrowser = launched as PolicyBrowser;
      await serveReplicas(policyBrowser.context);
    });

    test.afterAll(async () => {
      await policyBrowser?.close();
    });

    /** A portal page under the probe, once the policy has reached it (the first read takes seconds). */
    const openUnderPolicy = async (url: string): Promise<{ probe: PageProbe; dialogs: string[] }> => {
      const probe = await PageProbe.open(policyBrowser!.context, url);
      const dialogs: string[] = [];
      probe.page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await expect.poll(() => leftOutNotes(probe), { timeout: 20_000 }).toContain("policy partnerWebsite");
      return { probe, dialogs };
    };

    test("markup in the policy's name and messages is shown as text, and nothing of it runs", async () => {
      const { probe, dialogs } = await openUnderPolicy(BILLING);
      const section = probe.page.locator(HOST).locator("section");
      await expect(section).toContainText(`Call us. ${SCRIPTED}`);
      await probe.page.evaluate(() => window.replica.navigate("/Adminportal/Home#/support"));
      await expect(probe.page.locator(HOST)).toHaveAttribute("data-verdict", "support");
      await expect(section).toContainText(NAME_MARKUP);
      await expectNothingRan(probe.page, dialogs);
      await expectNothingFromUs(probe);
    });

    test("the policy's unsafe links are dropped with a logged reason; its safe one stays", async () => {
      const { probe, dialogs } = await openUnderPolicy(BILLING);
      await expect(
        probe.page.locator(HOST).locator('a[href="mailto:helpdesk@contoso.example"]'),
      ).toBeVisible();
      const view = await bannerView(probe.page);
      for (const href of view.links) expect(new URL(href).protocol).toMatch(/^(https|mailto|tel):$/);
      const notes = leftOutNotes(probe);
      expect(notes).toContain("policy partnerWebsite");
      expect(notes).toContain("javascript: is not allowed");
      expect(notes).toContain("policy partnerSupportUrl");
      await expectNothingRan(probe.page, dialogs);
      await expectNothingFromUs(probe);
    });

    test("a 1 MB value, wrong types, unknown keys and deep nesting are bounded and logged briefly", async () => {
      const { probe } = await openUnderPolicy(BILLING);
      const notes = leftOutNotes(probe);
      // What Chromium's schema check let through, the extension reports itself.
      expect(notes).toContain("policy partnerTenants[0]: expected a string of at most 253 characters");
      expect(notes).toContain("a string of 1048576 characters starting");
      for (const line of notes.split("\n")) expect(line.length).toBeLessThan(600);
      expect(notes.length).toBeLessThan(20_000);
      // A number for the phone, a word for the days, an unknown 150-deep key: Chromium's own schema
      // check removes these before the extension sees them (chrome://policy lists them as errors).
      for (const key of ["partnerPhone", "dismissDays", "notASetting"]) expect(notes).not.toContain(key);
      await expect(probe.page.locator(HOST).locator('a[href^="tel:"]')).toHaveCount(0);
      // The rest of the policy still applies.
      await expect(probe.page.locator(HOST).locator("section")).toContainText("Call us.");
      await expectNothingFromUs(probe);
    });

    test("the policy's ReDoS-shaped custom rules match as literal globs, instantly", async () => {
      const { probe } = await openUnderPolicy(BILLING);
      const navigate = (route: string) =>
        probe.page.evaluate((hash) => window.replica.navigate(`/Adminportal/Home#/${hash}`), route);
      await navigate("(a+)+$");
      await expect(probe.page.locator(HOST)).toHaveAttribute("data-rule", "redos.nested");
      const started = Date.now();
      await navigate(`${"a".repeat(5000)}!`);
      // No custom rule matches: the page gets the catalog's own verdict.
      await expect(probe.page.locator(HOST)).toHaveAttribute("data-rule", /^m365\.area\./);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(leftOutNotes(probe)).toContain(
        'policy customRules[1]: segment "a*a*a*a*b" has more than one "*"',
      );
      await expectNothingFromUs(probe);
    });
  });

test("a damaged settings record in storage.local (a corrupted profile) is read safely and put right", async ({
  extensionContext,
  openProbed,
}) => {
  const { probe, dialogs } = await openWith(openProbed);
  await expect(probe.page.locator(HOST).locator("section")).toBeVisible();
  const worker =
    extensionContext.serviceWorkers()[0] ?? (await extensionContext.waitForEvent("serviceworker"));
  // Every value of the kind the content script expects, but none of them valid: only the background's
  // validator ever vouched for this record's contents, and it did not write this one.
  await worker.evaluate(
    async ({ scripted, format }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(values: object): Promise<void> } } };
      };
      await chrome.storage.local.set({
        settingsInForce: {
          format,
          values: {
            partnerName: 42,
            partnerWebsite: "javascript:window.__hostileSettingRan='website'",
            partnerSupportUrl: "data:text/html,<script>alert(1)</script>",
            partnerEmail: "a@b.example?body=<script>",
            customMessages: { partner: { en: `Damaged. ${scripted}` }, info: "not an object of languages" },
            customRules: [{ id: "<b>", pattern: "(a+)+$", verdict: "bogus" }, 7, null],
            disabledVerdicts: [{}, null],
            disabledHosts: "admin.microsoft.com",
            dismissDays: 1e308,
            locale: "../../../../etc",
            enabled: "yes",
          },
          locked: "everything",
          problems: [scripted, 42, "x".repeat(100_000)],
          // Custom rules' indexes with an index's outline and nothing of one inside.
          ruleIndexes: { "m365-admin": { rules: [scripted], preferred: 1, entries: [{}, null], root: [7] } },
        },
      });
    },
    { scripted: SCRIPTED, format: PUBLISHED_SETTINGS_FORMAT },
  );
  // The content script read it (and said which values it could not use)...
  await expect
    .poll(() => probe.ourLogs.join("\n"))
    .toContain("partnerName: the stored value is damaged; the default is used");
  // ...and whatever it made of the rest, nothing ran, no link is unsafe, and nothing threw.
  const view = await bannerView(probe.page);
  for (const href of view.links) expect(new URL(href).protocol).toMatch(/^(https|mailto|tel):$/);
  await expectNothingRan(probe.page, dialogs);
  // The background puts its own record back, and the banner follows it.
  await expect(probe.page.locator(HOST).locator("section")).not.toContainText("Damaged.", {
    timeout: 10_000,
  });
});
