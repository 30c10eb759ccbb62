/**
 * Calls `onRoute` once per URL change of a single-page portal, synchronously in the event that
 * reports it, so the banner can follow in the same frame. One source: the Navigation API's
 * `currententrychange` (fires for pushState/replaceState from any world, even when the page has
 * overridden `history.pushState`); `hashchange` and `popstate` cover browsers without it, and a
 * main-world history hook may dispatch LOCATION_CHANGE_EVENT where neither sees pushState.
 */
export const LOCATION_CHANGE_EVENT = "csp-portal-guide:locationchange";

interface NavigationLike {
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
}

export function watchRoute(onRoute: (href: string) => void, signal: AbortSignal): void {
  let last = location.href;
  const check = (): void => {
    const href = location.href;
    if (href === last) return;
    last = href;
    onRoute(href);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener("currententrychange", check, { signal });
  window.addEventListener("hashchange", check, { signal });
  window.addEventListener("popstate", check, { signal });
  window.addEventListener(LOCATION_CHANGE_EVENT, check, { signal });
}
