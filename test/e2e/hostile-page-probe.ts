import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, CDPSession, Page } from "@playwright/test";
import { expect, test } from "./extension-test";

/** What our content script puts in front of everything it logs (content-scripts/log.ts). */
export const OUR_LOG_PREFIX = "[CSP Portal Guide]";
/** Every error a hostile fixture throws on purpose carries this mark, so it is never mistaken for ours. */
export const PAGE_OWN_ERROR = "hostile-page:";

const HOSTILE_FIXTURES = resolve(import.meta.dirname, "../fixtures/hostile");
const PROBE_TAG = "__csp_portal_guide_probe__";

export interface ProbeOptions {
  /** A page of test/fixtures/hostile, without ".html", served at the URL instead of the replica. */
  fixture?: string;
  /** Response headers for that page, e.g. a strict Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface ProbeFindings {
  /** Uncaught exceptions and unhandled rejections in the extension's isolated world. */
  ourExceptions: string[];
  /** Errors the page saw (its listeners, or uncaught in its world) that it did not throw on purpose. */
  unexpectedPageErrors: string[];
  /** Content-Security-Policy and Trusted Types violations, from the page's listener and the console. */
  violations: string[];
}

/**
 * Watches one page from two sides. From the page's side, an init script in its main world listens to
 * `error`, `unhandledrejection` and `securitypolicyviolation` before any page script runs, as the
 * portal's own handlers would. From the browser's side, the DevTools protocol reports uncaught
 * exceptions and console calls of every execution context, the extension's isolated world included,
 * which the page's handlers can never see.
 */
export class PageProbe {
  readonly ourLogs: string[] = [];
  readonly pageSaw: string[] = [];
  private readonly uncaught: { ours: boolean; text: string }[] = [];
  private readonly violationReports: string[] = [];
  private readonly extensionContexts = new Set<number>();

  constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {}

  static async open(context: BrowserContext, url: string, options: ProbeOptions = {}): Promise<PageProbe> {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const probe = new PageProbe(page, cdp);
    probe.listen();
    await cdp.send("Runtime.enable");
    await cdp.send("Log.enable");
    await page.addInitScript(installPageSideProbe, PROBE_TAG);
    if (options.fixture) await serveFixture(page, options.fixture, options.headers ?? {});
    await page.goto(url);
    return probe;
  }

  /** The id of the extension's isolated world in the top frame, for canaries that throw from inside it. */
  get extensionContextId(): number | undefined {
    return [...this.extensionContexts].at(-1);
  }

  findings(): ProbeFindings {
    return {
      ourExceptions: this.uncaught.filter((entry) => entry.ours).map((entry) => entry.text),
      unexpectedPageErrors: [
        ...this.uncaught.filter((entry) => !entry.ours).map((entry) => entry.text),
        ...this.pageSaw,
      ].filter((text) => !text.includes(PAGE_OWN_ERROR)),
      violations: [...this.violationReports],
    };
  }

  /** After a canary has proved the probe sees a problem, so the test's clean-up check starts afresh. */
  forget(): void {
    this.uncaught.length = 0;
    this.pageSaw.length = 0;
    this.violationReports.length = 0;
    this.ourLogs.length = 0;
  }

  private listen(): void {
    this.cdp.on("Runtime.executionContextCreated", ({ context }) => {
      if (context.origin.startsWith("chrome-extension://")) this.extensionContexts.add(context.id);
    });
    this.cdp.on("Runtime.executionContextDestroyed", ({ executionContextId }) => {
      this.extensionContexts.delete(executionContextId);
    });
    this.cdp.on("Runtime.exceptionThrown", ({ exceptionDetails: details }) => {
      const text = [details.text, details.exception?.description ?? ""].join(" ");
      const frames = details.stackTrace?.callFrames ?? [];
      const ours =
        (details.executionContextId !== undefined &&
          this.extensionContexts.has(details.executionContextId)) ||
        [details.url ?? "", ...frames.map((frame) => frame.url)].some((url) =>
          url.startsWith("chrome-extension://"),
        );
      this.uncaught.push({ ours, text });
    });
    this.cdp.on("Runtime.consoleAPICalled", ({ args, executionContextId }) => {
      const parts = args.map((arg) => String(arg.value ?? arg.description ?? ""));
      if (parts[0] === PROBE_TAG) {
        const [, kind, text] = parts;
        if (kind === "violation") this.violationReports.push(text ?? "");
        else this.pageSaw.push(`${kind}: ${text}`);
      } else if (this.extensionContexts.has(executionContextId)) {
        this.ourLogs.push(parts.join(" "));
      }
    });
    this.cdp.on("Log.entryAdded", ({ entry }) => {
      if (/Content Security Policy|Trusted ?Type/i.test(entry.text)) this.violationReports.push(entry.text);
    });
  }
}

/** A hardened portal: nothing but nonce-tagged script and style, and Trusted Types enforced. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'nonce-hostile-fixture'",
  "style-src 'nonce-hostile-fixture'",
  "img-src 'none'",
  "connect-src 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types hostile-page",
].join("; ");

/** Every hostile fixture page, with the query that picks each of its behaviours. */
export const HOSTILE_VISITS: readonly { fixture: string; query: string; headers?: Record<string, string> }[] =
  [
    { fixture: "strict-csp", query: "", headers: { "Content-Security-Policy": STRICT_CSP } },
    { fixture: "throws-everywhere", query: "" },
    ...["body", "documentElement", "document-write"].map((how) => ({
      fixture: "replaces-body",
      query: `?how=${how}`,
    })),
    ...["frame", "on-sight"].map((how) => ({ fixture: "evicts-host", query: `?how=${how}` })),
    { fixture: "overrides-globals", query: "" },
    ...[
      "open-shadow",
      "closed-shadow",
      "disabled-shadow",
      "self-removing",
      "throwing-constructor",
      "late-closed-shadow",
    ].map((variant) => ({ fixture: "defines-host-element", query: `?variant=${variant}` })),
  ];

/** Serves test/fixtures/hostile/<fixture>.html for every document this page loads. */
export async function serveFixture(
  page: Page,
  fixture: string,
  headers: Record<string, string>,
): Promise<void> {
  const body = readFileSync(resolve(HOSTILE_FIXTURES, `${fixture}.html`), "utf8");
  // A page route wins over the context's replica route; everything but documents falls through to it.
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", headers, body });
  });
}

/**
 * Runs in the page's main world before its scripts. It keeps its own references, so a page that
 * later replaces `console` or `addEventListener` cannot blind it (document.open() still erases its
 * listeners; the protocol side covers that case).
 */
function installPageSideProbe(tag: string): void {
  const report = console.debug.bind(console);
  const listen = EventTarget.prototype.addEventListener;
  listen.call(window, "error", (event: Event) => {
    const error = event as ErrorEvent;
    report(tag, "error", `${error.message} (${error.filename})`);
  });
  listen.call(window, "unhandledrejection", (event: Event) => {
    const reason = (event as PromiseRejectionEvent).reason as unknown;
    report(tag, "unhandledrejection", reason instanceof Error ? reason.message : String(reason));
  });
  listen.call(
    document,
    "securitypolicyviolation",
    (event: Event) => {
      const violation = event as SecurityPolicyViolationEvent;
      report(tag, "violation", `${violation.effectiveDirective} blocked ${violation.blockedURI}`);
    },
    true,
  );
}

/** Fails unless the page saw nothing from the extension; then closes the page. */
export async function expectNothingFromUs(probe: PageProbe): Promise<void> {
  // Late errors (a retry timer, a rejected promise) get a moment to surface before the verdict.
  await probe.page.waitForTimeout(250);
  expect(probe.findings(), `nothing from the extension on ${probe.page.url()}`).toEqual({
    ourExceptions: [],
    unexpectedPageErrors: [],
    violations: [],
  });
  await probe.page.close();
}

/**
 * `openProbed` opens a page under a probe; when the test ends, it fails the test if the extension threw
 * anything, if the page saw an error it did not throw itself, or if any policy violation was reported.
 */
export const hostileTest = test.extend<{
  openProbed: (url: string, options?: ProbeOptions) => Promise<PageProbe>;
}>({
  openProbed: async ({ extensionContext }, use) => {
    const probes: PageProbe[] = [];
    await use(async (url, options) => {
      const probe = await PageProbe.open(extensionContext, url, options);
      probes.push(probe);
      return probe;
    });
    for (const probe of probes) await expectNothingFromUs(probe);
  },
});

export { expect };
