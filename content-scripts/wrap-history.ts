import { LOCATION_CHANGE_EVENT } from "./watch-route";

/**
 * In a browser without the Navigation API (Firefox before 147, so ESR 140) the content script's
 * isolated world cannot see the portal router's `history.pushState` / `replaceState`: they fire no
 * event. Run in the page's own world (history-hook.ts), this wraps both on History.prototype and
 * announces each call with LOCATION_CHANGE_EVENT, which watch-route.ts listens for. Sharing the
 * page's world, it trusts nothing the page can replace later and never lets an error of its own
 * reach the page.
 */

const HOOKED = Symbol.for("csp-portal-guide:history-hook");

export interface HistoryHookTarget {
  History: { prototype: object };
  Event: typeof Event;
  dispatchEvent(event: Event): boolean;
}

export function wrapHistory(target: HistoryHookTarget): void {
  try {
    // Where the Navigation API exists, watch-route.ts already sees every history change.
    if ("navigation" in target) return;
    // Captured now, before any page script runs: the page may replace any of these later.
    const apply = Reflect.apply;
    const dispatch = target.dispatchEvent;
    const EventConstructor = target.Event;
    const announce = (): void => {
      try {
        apply(dispatch, target, [new EventConstructor(LOCATION_CHANGE_EVENT)]);
      } catch {
        // Never into the page; hashchange/popstate still follow most route changes.
      }
    };
    const prototype = target.History.prototype as Record<string, unknown>;
    for (const method of ["pushState", "replaceState"]) {
      const original = prototype[method];
      if (typeof original !== "function" || HOOKED in original) continue;
      const wrapped = {
        // A method, not a constructor, named like the original for the page's stack traces.
        [method](this: unknown, ...args: unknown[]): unknown {
          // The page's own errors (a cross-origin URL, say) reach it exactly as without us.
          const result = apply(original, this, args);
          announce();
          return result;
        },
      }[method]!;
      Object.defineProperty(wrapped, "length", { value: original.length });
      Object.defineProperty(wrapped, HOOKED, { value: true });
      // As writable and configurable as the original, so the page can still replace it.
      const descriptor = Object.getOwnPropertyDescriptor(prototype, method) ?? {
        writable: true,
        enumerable: true,
        configurable: true,
      };
      Object.defineProperty(prototype, method, { ...descriptor, value: wrapped });
    }
  } catch {
    // A page that froze History keeps working; only the route following of old Firefox suffers.
  }
}
