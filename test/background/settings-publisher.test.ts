import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PUBLISHED_SETTINGS_KEY } from "../../src/settings/published-settings";

/**
 * The publisher in a worker that can be stopped and started again: each `startWorker` loads the
 * module afresh (what an MV3 worker's restart does to its memory), over one browser whose storage
 * outlives the workers. `storage.managed` answers every read waiting at once when `handOutPolicy` is
 * called, as Chromium does when its start-up is over; until then no read answers.
 */

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

const browserState = vi.hoisted(() => ({ current: null as unknown }));
vi.mock("webextension-polyfill", () => ({
  default: new Proxy(
    {},
    { get: (_target, key) => (browserState.current as Record<string, unknown>)[key as string] },
  ),
}));

function fakeBrowser() {
  const local = new Map<string, unknown>();
  let policy: unknown;
  let policyKnown = false;
  let waitingReads: (() => void)[] = [];
  let failNextWrites = 0;
  let listeners: Listener[] = [];
  const emit = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    for (const listener of listeners) listener(changes, area);
  };
  const pick = (keys: null | string | string[]): Record<string, unknown> => {
    const wanted = keys === null ? [...local.keys()] : typeof keys === "string" ? [keys] : keys;
    return Object.fromEntries(wanted.filter((key) => local.has(key)).map((key) => [key, local.get(key)]));
  };
  const api = {
    storage: {
      local: {
        get: async (keys: null | string | string[]) => structuredClone(pick(keys)),
        set: async (items: Record<string, unknown>) => {
          if (failNextWrites > 0) {
            failNextWrites -= 1;
            throw new Error("QUOTA_BYTES quota exceeded");
          }
          const changes: Record<string, { newValue?: unknown }> = {};
          for (const [key, value] of Object.entries(items)) {
            local.set(key, structuredClone(value));
            changes[key] = { newValue: structuredClone(value) };
          }
          emit(changes, "local");
        },
        remove: async () => {},
      },
      sync: { get: async () => ({}), set: async () => {}, remove: async () => {} },
      managed: {
        get: () =>
          new Promise<Record<string, unknown>>((resolve) => {
            const answer = (): void => resolve(structuredClone((policy ?? {}) as Record<string, unknown>));
            if (policyKnown) answer();
            else waitingReads.push(answer);
          }),
      },
      onChanged: {
        addListener: (listener: Listener) => listeners.push(listener),
        removeListener: (listener: Listener) => {
          listeners = listeners.filter((other) => other !== listener);
        },
      },
    },
    runtime: {
      onInstalled: { addListener: () => {} },
      onStartup: { addListener: () => {} },
    },
  };
  return {
    api,
    setPolicy(next: unknown): void {
      policy = next;
    },
    /** The browser's start-up is over: every read waiting is answered, and the change is told. */
    handOutPolicy(): void {
      policyKnown = true;
      const reads = waitingReads;
      waitingReads = [];
      for (const answer of reads) answer();
      emit({ partnerName: { newValue: (policy as { partnerName?: string }).partnerName } }, "managed");
    },
    waitingReads: () => waitingReads.length,
    failNextWrite(): void {
      failNextWrites += 1;
    },
    published: () => local.get(PUBLISHED_SETTINGS_KEY) as { values: { partnerName: string } } | undefined,
    /** The worker stopped: its listeners go, its reads are never answered. */
    stopWorker(): void {
      listeners = [];
      waitingReads = [];
    },
  };
}

type Publisher = typeof import("../../background/settings-publisher");

let browser: ReturnType<typeof fakeBrowser>;

async function startWorker(): Promise<Publisher> {
  vi.resetModules();
  browserState.current = browser.api;
  const publisher = await import("../../background/settings-publisher");
  publisher.keepSettingsPublished();
  return publisher;
}

/** Lets every promise that can settle, settle (the fake storage answers in microtasks). */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 50; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(() => {
  browser = fakeBrowser();
  browser.setPolicy({ partnerName: "Contoso IT Services" });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("publishing the settings in force", () => {
  it("waits for the policy without a timer, publishing nothing meanwhile", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "setInterval"] });
    await startWorker();
    await settle();
    expect(browser.published()).toBeUndefined();
    expect(browser.waitingReads()).toBe(1);
    // Nothing waits in a timer that would die with the worker.
    expect(vi.getTimerCount()).toBe(0);
    browser.handOutPolicy();
    await settle();
    expect(browser.published()?.values.partnerName).toBe("Contoso IT Services");
  });

  it("a worker stopped while it waited starts over at its next start, and publishes", async () => {
    await startWorker();
    await settle();
    browser.stopWorker();
    browser.handOutPolicy();
    await settle();
    expect(browser.published()).toBeUndefined();
    await startWorker();
    await settle();
    expect(browser.published()?.values.partnerName).toBe("Contoso IT Services");
  });

  it("a worker started for the policy's change event publishes it, and answers from it", async () => {
    await startWorker();
    await settle();
    browser.stopWorker();
    // The browser starts a worker for the event; its own start publishes, the event too.
    const publisher = await startWorker();
    browser.handOutPolicy();
    await settle();
    expect(browser.published()?.values.partnerName).toBe("Contoso IT Services");
    expect(await publisher.customRulesInForce()).toBe(false);
  });

  it("a page's report retries a run that failed, and adds no read while one is waiting", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    browser.handOutPolicy();
    browser.failNextWrite();
    const publisher = await startWorker();
    await settle();
    expect(browser.published()).toBeUndefined();
    expect(String(warn.mock.calls[0])).toContain("could not publish");
    warn.mockRestore();
    publisher.keepPublishing();
    await settle();
    expect(browser.published()?.values.partnerName).toBe("Contoso IT Services");

    // Once published, reports start nothing; while waiting for the policy, they add no read.
    browser = fakeBrowser();
    browser.setPolicy({ partnerName: "Fabrikam" });
    const waiting = await startWorker();
    await settle();
    for (let report = 0; report < 20; report += 1) waiting.keepPublishing();
    await settle();
    expect(browser.waitingReads()).toBe(1);
  });

  it("keeps the record of the last session while the policy is not handed out, and answers from it", async () => {
    browser.handOutPolicy();
    browser.setPolicy({
      partnerName: "Contoso IT Services",
      customRules: [
        {
          id: "contoso.groups",
          portal: "azure-portal",
          pattern: "browse/resourcegroups",
          verdict: "partner",
        },
      ],
    });
    await startWorker();
    await settle();
    const record = browser.published();
    expect(record?.values.partnerName).toBe("Contoso IT Services");

    // The browser restarts: the policy is held back again, the record stays and answers for it.
    const restarted = fakeBrowser();
    restarted.setPolicy({ partnerName: "Contoso IT Services" });
    await restarted.api.storage.local.set({ [PUBLISHED_SETTINGS_KEY]: record });
    browser = restarted;
    const publisher = await startWorker();
    await settle();
    expect(browser.published()).toEqual(record);
    expect(await publisher.customRulesInForce()).toBe(true);
  });

  it("a newer run does not wait behind one whose read is never answered", async () => {
    const publisher = await startWorker();
    await settle();
    // This worker's first read is lost for good; the policy is readable from now on.
    browser.stopWorker();
    browser.handOutPolicy();
    browser.api.storage.onChanged.addListener(() => {});
    void publisher.publishSettings();
    await settle();
    expect(browser.published()?.values.partnerName).toBe("Contoso IT Services");
  });
});
