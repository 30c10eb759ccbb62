import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { START_UP_DOCUMENT, whileStartUpHoldsPolicy } from "../../background/start-up-document";

/** chrome.offscreen as Chromium has it: one document at a time, closing none rejects. */
function fakeOffscreen() {
  const state = { open: false, opened: 0 };
  const api = {
    createDocument: vi.fn(async ({ url }: { url: string }) => {
      expect(url).toBe(START_UP_DOCUMENT);
      if (state.open) throw new Error("Only a single offscreen document may be created.");
      state.open = true;
      state.opened += 1;
    }),
    closeDocument: vi.fn(async () => {
      if (!state.open) throw new Error("No current offscreen document.");
      state.open = false;
    }),
  };
  return { api, state };
}

function answerLater<T>() {
  let answer!: (value: T) => void;
  const read = new Promise<T>((resolve) => {
    answer = resolve;
  });
  return { read, answer };
}

describe("whileStartUpHoldsPolicy", () => {
  let offscreen: ReturnType<typeof fakeOffscreen>;

  beforeEach(() => {
    vi.useFakeTimers();
    offscreen = fakeOffscreen();
    vi.stubGlobal("chrome", { offscreen: offscreen.api });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("opens no document for a read answered at once", async () => {
    await expect(whileStartUpHoldsPolicy(Promise.resolve("policy"))).resolves.toBe("policy");
    expect(offscreen.state.opened).toBe(0);
  });

  it("opens the document while a read waits, and closes it once the read is answered", async () => {
    const { read, answer } = answerLater<string>();
    const result = whileStartUpHoldsPolicy(read);
    await vi.advanceTimersByTimeAsync(999);
    expect(offscreen.state.opened).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(offscreen.state.open).toBe(true);
    answer("policy");
    await expect(result).resolves.toBe("policy");
    expect(offscreen.state.open).toBe(false);
  });

  it("shares one document between two waiting reads", async () => {
    const first = answerLater<string>();
    const second = answerLater<string>();
    const results = [whileStartUpHoldsPolicy(first.read), whileStartUpHoldsPolicy(second.read)];
    await vi.advanceTimersByTimeAsync(1000);
    expect(offscreen.state.opened).toBe(1);
    first.answer("a");
    second.answer("b");
    await expect(Promise.all(results)).resolves.toEqual(["a", "b"]);
    expect(offscreen.state.open).toBe(false);
  });

  it("closes a document a stopped worker left open", async () => {
    offscreen.state.open = true;
    await whileStartUpHoldsPolicy(Promise.resolve("policy"));
    expect(offscreen.state.open).toBe(false);
  });

  it("passes a failed read on", async () => {
    const { read } = { read: Promise.reject(new Error("unreadable")) };
    await expect(whileStartUpHoldsPolicy(read)).rejects.toThrow("unreadable");
  });

  it("does nothing where there is no offscreen API (Firefox)", async () => {
    vi.stubGlobal("chrome", undefined);
    const { read, answer } = answerLater<string>();
    const result = whileStartUpHoldsPolicy(read);
    await vi.advanceTimersByTimeAsync(5000);
    answer("policy");
    await expect(result).resolves.toBe("policy");
    expect(offscreen.state.opened).toBe(0);
  });
});
