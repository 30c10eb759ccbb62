import { describe, expect, it } from "vitest";
import { LOCATION_CHANGE_EVENT } from "../../content-scripts/watch-route";
import { type HistoryHookTarget, wrapHistory } from "../../content-scripts/wrap-history";

// A window without the Navigation API (Firefox before 147), reduced to what the hook touches; a
// new History class per test, since the hook changes its prototype.
function fakeHistoryClass() {
  return class FakeHistory {
    url = "/";
    pushState(_state: unknown, _title: string, url: string): void {
      if (url.startsWith("https://elsewhere.example"))
        throw new DOMException("cross-origin", "SecurityError");
      this.url = url;
    }
    replaceState(_state: unknown, _title: string, url: string): void {
      this.url = url;
    }
  };
}
type FakeHistory = InstanceType<ReturnType<typeof fakeHistoryClass>>;

function fakeWindow(History = fakeHistoryClass()) {
  const events = new EventTarget();
  let announced = 0;
  events.addEventListener(LOCATION_CHANGE_EVENT, () => announced++);
  const page: HistoryHookTarget & { History: typeof History; announcements(): number } = {
    History,
    Event,
    dispatchEvent: (event) => events.dispatchEvent(event),
    announcements: () => announced,
  };
  return page;
}

describe("wrapHistory", () => {
  it("announces pushState and replaceState after they change the URL", () => {
    const page = fakeWindow();
    wrapHistory(page);
    const history = new page.History();
    history.pushState(null, "", "/#/MessageCenter");
    expect(history.url).toBe("/#/MessageCenter");
    history.replaceState(null, "", "/#/subscriptions");
    expect(history.url).toBe("/#/subscriptions");
    expect(page.announcements()).toBe(2);
  });

  it("wraps methods History inherits, and the page can still replace them", () => {
    const page = fakeWindow(class extends fakeHistoryClass() {});
    wrapHistory(page);
    const history = new page.History();
    history.pushState(null, "", "/inherited");
    expect(page.announcements()).toBe(1);
    expect(() => {
      history.pushState = () => {};
    }).not.toThrow();
  });

  it("wraps once however often it runs", () => {
    const page = fakeWindow();
    wrapHistory(page);
    wrapHistory(page);
    new page.History().pushState(null, "", "/a");
    expect(page.announcements()).toBe(1);
  });

  it("keeps announcing when the page wraps pushState later", () => {
    const page = fakeWindow();
    wrapHistory(page);
    const history = new page.History();
    const previous = history.pushState;
    let pageSaw = 0;
    history.pushState = function (this: FakeHistory, ...args: Parameters<FakeHistory["pushState"]>) {
      pageSaw++;
      return previous.apply(this, args);
    };
    history.pushState(null, "", "/b");
    expect([pageSaw, page.announcements(), history.url]).toEqual([1, 1, "/b"]);
  });

  it("gives the page its own error unchanged, and announces nothing", () => {
    const page = fakeWindow();
    wrapHistory(page);
    expect(() => new page.History().pushState(null, "", "https://elsewhere.example/")).toThrow(
      expect.objectContaining({ name: "SecurityError" }),
    );
    expect(page.announcements()).toBe(0);
  });

  it("never throws into the page, even when the page broke events after the hook ran", () => {
    const page = fakeWindow();
    wrapHistory(page);
    page.dispatchEvent = () => {
      throw new Error("page replaced dispatchEvent");
    };
    page.Event = class {
      constructor() {
        throw new Error("page replaced Event");
      }
    } as unknown as typeof Event;
    const history = new page.History();
    expect(() => history.pushState(null, "", "/c")).not.toThrow();
    expect(history.url).toBe("/c");
    expect(page.announcements()).toBe(1);
  });

  it("keeps the methods' names and arity", () => {
    const page = fakeWindow();
    wrapHistory(page);
    const { pushState, replaceState } = page.History.prototype;
    expect([pushState.name, pushState.length, replaceState.name, replaceState.length]).toEqual([
      "pushState",
      3,
      "replaceState",
      3,
    ]);
  });

  it("leaves history alone where the Navigation API exists", () => {
    const page = Object.assign(fakeWindow(), { navigation: {} });
    const before = page.History.prototype.pushState;
    wrapHistory(page);
    expect(page.History.prototype.pushState).toBe(before);
  });

  it("does not throw on a page whose History cannot be changed", () => {
    const page = fakeWindow();
    Object.freeze(page.History.prototype);
    expect(() => wrapHistory(page)).not.toThrow();
  });
});
