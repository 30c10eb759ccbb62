import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { replicaDocument } from "../../tools/browser/portal-replicas";
import { BidiConnection } from "./bidi-connection";

export const FIREFOX_DIST = resolve(import.meta.dirname, "../..", process.env.DIST_ROOT ?? "dist", "firefox");
export const FIREFOX_INSTALL_HINT =
  "sudo apt-get install -y firefox-esr   (Debian/Ubuntu; or set FIREFOX_PATH)";

// How content-scripts/log.ts and the settings store begin every line they log.
const EXTENSION_LOG_PREFIX = "[CSP Portal Guide]";
const STARTUP_TIMEOUT_MS = 30_000;

/** $FIREFOX_PATH, then Debian's Firefox ESR, then a distribution's Firefox; null when there is none. */
export function resolveFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const candidates = ["/usr/lib/firefox-esr/firefox-esr", "/usr/lib/firefox/firefox", "/usr/bin/firefox"];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

type Pref = string | number | boolean;

// Quiet and offline: no first-run pages, no update or settings downloads to fail on a closed network.
const BASE_PREFS: Readonly<Record<string, Pref>> = {
  "browser.shell.checkDefaultBrowser": false,
  "browser.startup.homepage_override.mstone": "ignore",
  "datareporting.policy.dataSubmissionEnabled": false,
  "services.settings.server": "data:,#remote-settings-dummy/v1",
  "extensions.update.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "app.update.disabledForTesting": true,
};

export interface FirefoxOptions {
  /** Unpacked extension folder, installed as a temporary add-on (no signature needed). */
  extension: string;
  prefs?: Record<string, Pref>;
  /**
   * The extension's `storage.managed`, given as an administrator would on Linux: a native
   * managed-storage manifest in ~/.mozilla/managed-storage/, here under a HOME of the test's own.
   */
  managedStorage?: Record<string, unknown>;
  /**
   * A HOME folder (with the profile in it) to start on and keep, for a restart on the same profile;
   * a fresh one, removed at close, otherwise.
   */
  home?: string;
}

export interface FirefoxTab {
  /** Evaluates `expression` in the page's world; it must yield something JSON can carry. */
  evaluate<T>(expression: string): Promise<T>;
  /** Loads `url` in this tab, as the customer following a link does. */
  goTo(url: string): Promise<void>;
}

export interface FirefoxSession {
  readonly version: string;
  readonly extensionId: string;
  /** Requests for anything but a replica portal page: refused, and kept for assertions. */
  readonly foreignRequests: string[];
  /** Uncaught errors of any page, and requests the replicas could not answer. */
  readonly errors: string[];
  /** What the extension logged as a problem (its console lines start with EXTENSION_LOG_PREFIX). */
  readonly extensionProblems: string[];
  open(url: string): Promise<FirefoxTab>;
  /** Installs the extension again from its folder: an update, as Firefox applies it to open tabs. */
  reinstallExtension(): Promise<void>;
  close(): Promise<void>;
}

interface RequestEvent {
  isBlocked: boolean;
  request: { request: string; url: string };
}

/**
 * Starts Firefox headless with WebDriver BiDi, installs the extension, and answers every request
 * for a portal host with its replica (tools/browser/portal-replicas.ts), as the Chromium tests do.
 */
export async function launchFirefox(executable: string, options: FirefoxOptions): Promise<FirefoxSession> {
  const home = options.home ?? mkdtempSync(join(tmpdir(), "csp-portal-guide-firefox-"));
  const profile = join(home, "profile");
  mkdirSync(profile, { recursive: true });
  if (options.managedStorage) writeManagedStorage(home, options.extension, options.managedStorage);
  const prefs = { ...BASE_PREFS, ...options.prefs };
  writeFileSync(
    join(profile, "user.js"),
    Object.entries(prefs)
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
      .join(""),
  );
  const child = spawn(
    executable,
    ["--headless", "--no-remote", "--remote-debugging-port=0", "--profile", profile],
    { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, HOME: home } },
  );
  const cleanUp = async (): Promise<void> => {
    await stopProcess(child);
    if (!options.home) rmSync(home, { recursive: true, force: true });
  };

  try {
    const endpoint = await bidiEndpoint(child);
    const bidi = await BidiConnection.open(`${endpoint}/session`);
    const { capabilities } = await bidi.send<{ capabilities: { browserVersion: string } }>("session.new", {
      capabilities: {},
    });
    const { extension } = await bidi.send<{ extension: string }>("webExtension.install", {
      extensionData: { type: "path", path: options.extension },
    });

    const foreignRequests: string[] = [];
    const errors: string[] = [];
    const extensionProblems: string[] = [];
    let closing = false;
    await bidi.send("session.subscribe", { events: ["network.beforeRequestSent", "log.entryAdded"] });
    await bidi.send("network.addIntercept", { phases: ["beforeRequestSent"] });
    bidi.on("network.beforeRequestSent", (params) => {
      const { isBlocked, request } = params as unknown as RequestEvent;
      if (!isBlocked) return;
      answerRequest(bidi, request, foreignRequests).catch((error: unknown) => {
        if (!closing) errors.push(`could not answer ${request.url}: ${String(error)}`);
      });
    });
    bidi.on("log.entryAdded", (params) => {
      const text = String(params.text);
      if (params.type === "javascript") errors.push(text);
      else if (text.startsWith(EXTENSION_LOG_PREFIX)) extensionProblems.push(text);
    });

    return {
      version: capabilities.browserVersion,
      extensionId: extension,
      foreignRequests,
      errors,
      extensionProblems,
      async open(url) {
        const { context } = await bidi.send<{ context: string }>("browsingContext.create", { type: "tab" });
        await bidi.send("browsingContext.navigate", { context, url, wait: "complete" });
        return {
          async goTo(next) {
            await bidi.send("browsingContext.navigate", { context, url: next, wait: "complete" });
          },
          async evaluate<T>(expression: string): Promise<T> {
            const response = await bidi.send<{
              type: "success" | "exception";
              result?: { type: string; value?: unknown };
              exceptionDetails?: { text: string };
            }>("script.evaluate", {
              expression: `JSON.stringify((() => (${expression}))())`,
              target: { context },
              awaitPromise: true,
            });
            if (response.type === "exception") {
              throw new Error(`${expression} threw: ${response.exceptionDetails?.text}`);
            }
            const json = response.result?.value;
            return (typeof json === "string" ? JSON.parse(json) : undefined) as T;
          },
        };
      },
      async reinstallExtension() {
        await bidi.send("webExtension.install", { extensionData: { type: "path", path: options.extension } });
      },
      async close() {
        closing = true;
        await bidi.send("browser.close").catch(() => {});
        bidi.close();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

// https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Native_manifests#managed_storage_manifests
function writeManagedStorage(home: string, extension: string, data: Record<string, unknown>): void {
  const manifest = JSON.parse(readFileSync(join(extension, "manifest.json"), "utf8")) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id)
    throw new Error(`${extension}/manifest.json has no gecko id, so Firefox gives it no managed storage.`);
  const dir = join(home, ".mozilla", "managed-storage");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${id}.json`),
    JSON.stringify({ name: id, description: "test policy", type: "storage", data }),
  );
}

async function answerRequest(
  bidi: BidiConnection,
  request: RequestEvent["request"],
  foreignRequests: string[],
): Promise<void> {
  const url = new URL(request.url);
  // The replicas stand for documents only; their favicon requests and anything else are refused.
  const page = url.pathname === "/favicon.ico" ? undefined : replicaDocument(url);
  if (page === undefined) {
    if (url.pathname !== "/favicon.ico") foreignRequests.push(request.url);
    await bidi.send("network.failRequest", { request: request.request });
    return;
  }
  await bidi.send("network.provideResponse", {
    request: request.request,
    statusCode: 200,
    reasonPhrase: "OK",
    headers: [{ name: "Content-Type", value: { type: "string", value: "text/html; charset=utf-8" } }],
    body: { type: "string", value: page },
  });
}

function bidiEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = "";
    const timer = setTimeout(
      () =>
        reject(new Error(`Firefox did not offer WebDriver BiDi within ${STARTUP_TIMEOUT_MS} ms:\n${output}`)),
      STARTUP_TIMEOUT_MS,
    );
    child.stderr?.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited with code ${code} before it started:\n${output}`));
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const graceful = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((done) => setTimeout(() => done(false), 5_000)),
  ]);
  if (!graceful) {
    child.kill("SIGKILL");
    await exited;
  }
}
