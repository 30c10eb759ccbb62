// `npm run preview -- URL [--locale xx] [--policy FILE] [--theme light|dark] --out FILE.png`
// What a customer sees on a portal page, as a PNG a helpdesk agent can send or attach to a ticket:
// headless Chromium with the built extension (built into $DIST_ROOT, default dist-preview/, when
// missing or older than the sources) on the local replica of that portal, at that URL.
// Exit codes: 0 written; 2 a usage problem (bad URL or host, locale, theme, output or policy file);
// 1 anything else (no browser, build failed, the page did not settle). Errors are one line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "@playwright/test";
import { customerViewOf } from "../../src/agent/customer-view";
import { readPortalUrl } from "../../src/agent/portal-url-input";
import { PORTALS } from "../../src/catalog/portals";
import { compileUsableRules } from "../../src/classify/classify-url";
import { resolveSettings } from "../../src/settings/resolve-settings";
import { UI_LOCALES } from "../../src/settings/settings-schema";
import { launchChromium } from "../browser/launch-chromium";
import { serveReplicas } from "../browser/portal-replicas";
import { CHROMIUM_INSTALL_HINT, resolveChromium } from "../browser/resolve-chromium";
import { MAX_POLICY_FILE_BYTES } from "../policy/decode-policy-text";
import { readPreviewPolicy } from "./preview-policy";

const ROOT = resolve(import.meta.dirname, "../..");
const USAGE =
  "usage: npm run preview -- URL [--locale xx] [--policy FILE] [--theme light|dark] --out FILE.png";
const SUPPORTED_HOSTS = PORTALS.flatMap((portal) => portal.hosts);
// What the build reads; a newer file than the built manifest means the build is stale.
const BUILD_INPUTS = [
  "src",
  "content-scripts",
  "background",
  "popup",
  "options",
  "public",
  "tools/build",
  "manifest.json",
  "package.json",
  "vite.config.ts",
];
// The content script's User Timing hook (content-scripts/portal-guide.tsx): one mark per render.
const MEASURE_ATTRIBUTE = "data-csp-portal-guide-measure";
const RENDERED_MARK = "csp-portal-guide:verdict-rendered";
const SETTLE_TIMEOUT_MS = 20_000;
const QUIET_MS = 300;

class UsageError extends Error {}

interface PreviewRequest {
  url: string;
  locale: string;
  theme: "light" | "dark";
  out: string;
  policyFile: string | null;
  policy: Record<string, unknown>;
}

function readRequest(argv: string[]): PreviewRequest {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0]}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`give exactly one portal URL; ${USAGE}`);
  const read = readPortalUrl(positionals[0]!, SUPPORTED_HOSTS);
  if (!read.ok) {
    const why = {
      empty: "the URL is empty",
      "not-a-url": `${JSON.stringify(positionals[0])} is not a URL`,
      "not-https": "portal URLs start with https://",
      "unsupported-host": `${read.host} is not a supported portal host (supported: ${SUPPORTED_HOSTS.join(", ")})`,
    }[read.problem];
    throw new UsageError(why);
  }
  const locale = values.locale ?? "en";
  if (!(UI_LOCALES as readonly string[]).includes(locale)) {
    throw new UsageError(
      `--locale ${locale} is not a shipped language (choose from ${UI_LOCALES.join(", ")})`,
    );
  }
  const theme = values.theme ?? "light";
  if (theme !== "light" && theme !== "dark")
    throw new UsageError(`--theme must be light or dark, not ${theme}`);
  if (!values.out) throw new UsageError(`--out FILE.png is required; ${USAGE}`);
  if (!/\.png$/i.test(values.out)) throw new UsageError(`--out must name a .png file, not ${values.out}`);
  const policyFile = values.policy ?? null;
  return {
    url: read.url,
    locale,
    theme,
    out: resolve(process.cwd(), values.out),
    policyFile,
    policy: policyFile ? readPolicyFile(policyFile) : {},
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv.filter((arg) => arg !== "--"),
    options: {
      locale: { type: "string" },
      policy: { type: "string" },
      theme: { type: "string" },
      out: { type: "string" },
    },
    allowPositionals: true,
    strict: true,
  });
}

function readPolicyFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new UsageError(`policy file ${path} is not a file`);
    if (stats.size > MAX_POLICY_FILE_BYTES)
      throw new UsageError(`policy file ${path} is too large to be a policy`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as { code?: string }).code;
    throw new UsageError(
      `policy file ${path} ${code === "ENOENT" ? "does not exist" : `cannot be read (${code})`}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    throw new UsageError(`policy file ${path} is not valid JSON (${(error as Error).message})`);
  }
  const read = readPreviewPolicy(json);
  if (!read.ok) {
    const [first] = read.problems;
    const more = read.problems.length > 1 ? ` (and ${read.problems.length - 1} more)` : "";
    throw new UsageError(`policy file ${path}: ${first!.path}: ${first!.message}${more}`);
  }
  return read.values;
}

function newestInput(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestInput(resolve(path, entry)));
  return newest;
}

/** The built Chrome extension, built first when missing or older than any of its sources. */
function ensureBuilt(): string {
  const distRoot = resolve(ROOT, process.env.DIST_ROOT ?? "dist-preview");
  const chromeDir = resolve(distRoot, "chrome");
  const manifest = resolve(chromeDir, "manifest.json");
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sourcesAt = Math.max(...BUILD_INPUTS.map((input) => newestInput(resolve(ROOT, input))));
  if (builtAt >= sourcesAt) return chromeDir;
  console.error(`preview: building the extension into ${relative(process.cwd(), chromeDir) || "."} …`);
  const build = spawnSync(
    process.execPath,
    ["--import", "tsx", resolve(ROOT, "tools/build/build.ts"), "chrome"],
    {
      cwd: ROOT,
      env: { ...process.env, DIST_ROOT: distRoot },
      encoding: "utf8",
    },
  );
  if (build.status !== 0 || !existsSync(manifest)) {
    const output = `${build.stderr}\n${build.stdout}`.trim().split("\n").filter(Boolean);
    throw new Error(`the build failed: ${output.at(-1) ?? `exit code ${build.status}`}`);
  }
  return chromeDir;
}

async function preview(request: PreviewRequest): Promise<string> {
  try {
    resolveChromium();
  } catch {
    throw new Error(`no Chromium found; install it with: ${CHROMIUM_INSTALL_HINT}`);
  }
  const extension = ensureBuilt();

  // What the customer sees: the policy's settings, never an agent's strip, whatever the file says.
  const settingsForPreview = { ...request.policy, agentMode: false, partnerTenants: [] };
  const { settings } = resolveSettings({ policy: settingsForPreview });
  const rules = settings.customRules.length > 0 ? compileUsableRules(settings.customRules) : undefined;
  const expected = customerViewOf(request.url, settings, rules);

  const browser = await launchChromium({
    extension,
    locale: request.locale,
    colorScheme: request.theme,
    viewport: { width: 1280, height: 720 },
  });
  try {
    await serveReplicas(browser.context);
    // tsx compiles this file with esbuild's keepNames, which wraps named functions in the callbacks
    // below in a `__name()` helper that pages do not have.
    await browser.context.addInitScript(() => {
      (globalThis as { __name?: unknown }).__name ??= (target: unknown) => target;
    });
    const worker =
      browser.context.serviceWorkers()[0] ??
      (await browser.context.waitForEvent("serviceworker", { timeout: SETTLE_TIMEOUT_MS }));
    // The policy's validated values go to the preview profile's options (storage.sync), so the same
    // resolver gives the banner the same effective settings. A throwaway profile has no other options.
    // The first storage.managed read of a fresh profile takes seconds; done here, it is warm by the
    // time the page's content script reads its settings.
    await worker.evaluate(async (values) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          storage: { sync: { set(values: object): Promise<void> }; managed: { get(): Promise<unknown> } };
        };
      };
      await Promise.all([chrome.storage.sync.set(values), chrome.storage.managed.get()]);
    }, settingsForPreview);

    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // Before the content script starts (document_idle); <html> may not exist yet when this runs.
    await page.addInitScript((attribute) => {
      const mark = (): void => document.documentElement?.setAttribute(attribute, "");
      mark();
      document.addEventListener("readystatechange", mark);
    }, MEASURE_ATTRIBUTE);
    const url = new URL(request.url);
    if (request.theme === "dark") url.searchParams.set("replica-theme", "dark");
    await page.goto(url.href);

    // Settled: the content script rendered again after reading the settings (or there is no banner).
    const initiallyShown =
      customerViewOf(request.url, resolveSettings({}).settings).classification.verdict !== "none";
    const rendersWanted = expected.banner ? (initiallyShown ? 2 : 1) : 0;
    if (rendersWanted > 0) {
      await page
        .waitForFunction(
          ({ mark, wanted, verdict, rule }) => {
            const host = document.querySelector(
              "csp-portal-guide, [data-csp-portal-guide]",
            ) as HTMLElement | null;
            return (
              performance.getEntriesByName(mark).length >= wanted &&
              host?.dataset.verdict === verdict &&
              host.dataset.rule === rule
            );
          },
          {
            mark: RENDERED_MARK,
            wanted: rendersWanted,
            verdict: expected.banner!.verdict,
            rule: expected.banner!.rule,
          },
          { timeout: SETTLE_TIMEOUT_MS },
        )
        .catch(() => {
          throw new Error(
            `the page did not show the expected ${expected.banner!.verdict} banner (rule ${expected.banner!.rule}) within ${SETTLE_TIMEOUT_MS / 1000} s`,
          );
        });
    } else {
      await page.waitForLoadState("load");
      await page.waitForTimeout(500);
    }
    await quietRenders(page);
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });

    mkdirSync(dirname(request.out), { recursive: true });
    await page.screenshot({ path: request.out });
    const text = expected.banner ? await bannerText(page) : "";
    const { verdict, rule } = expected.classification;
    return expected.banner
      ? `${request.out}: ${verdict} (${rule}): "${text}"`
      : `${request.out}: ${verdict === "none" ? "no banner on this page" : `${verdict} (${rule}), banner turned off by the settings`}`;
  } finally {
    await browser.close();
  }
}

/** Waits until the content script has not rendered for QUIET_MS (it re-renders as settings arrive). */
async function quietRenders(page: Page): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let last = -1;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const count = await page.evaluate((mark) => performance.getEntriesByName(mark).length, RENDERED_MARK);
    if (count !== last) {
      last = count;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= QUIET_MS) return;
    await page.waitForTimeout(50);
  }
}

/** The banner's text as shown (its shadow root is ours, so this reads what the customer reads). */
async function bannerText(page: Page): Promise<string> {
  const text = await page
    .locator("csp-portal-guide, [data-csp-portal-guide]")
    .first()
    .evaluate((host) =>
      Array.from(host.shadowRoot?.children ?? [], (child) =>
        // biome-ignore lint/performance/useDomNodeTextContent: rendered text, without hidden parts, is what the customer reads
        child instanceof HTMLElement && child.tagName !== "STYLE" ? child.innerText : "",
      ).join(" "),
    )
    .catch(() => "");
  return text.replace(/\s+/g, " ").trim();
}

async function main(): Promise<number> {
  let request: PreviewRequest;
  try {
    request = readRequest(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`preview: ${error.message}`);
    return 2;
  }
  console.log(await preview(request));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`preview: ${message.split("\n")[0]}`);
    process.exitCode = 1;
  },
);
