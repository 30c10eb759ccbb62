/**
 * A polite live region in the banner's shadow root, for what a screen reader user would otherwise
 * miss: the verdict changing as the portal navigates, a banner being dismissed. It sits outside the
 * banner's own content, so it survives the banner being collapsed, dismissed or re-rendered.
 */
const CLEAR_AFTER_MS = 7000;

export type Announce = (text: string) => void;

export function createAnnouncer(root: ShadowRoot, signal: AbortSignal): Announce {
  const region = document.createElement("div");
  region.className = "announcer";
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  region.setAttribute("aria-atomic", "true");
  root.append(region);

  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  signal.addEventListener("abort", () => {
    clearTimeout(clearTimer);
    cancelAnimationFrame(frame);
  });
  return (text) => {
    clearTimeout(clearTimer);
    cancelAnimationFrame(frame);
    // Emptied first, filled a frame later: screen readers then announce the same text twice in a row.
    region.textContent = "";
    frame = requestAnimationFrame(() => {
      region.textContent = text;
      // Stale text would be read again by anyone reaching the region later.
      clearTimer = setTimeout(() => {
        region.textContent = "";
      }, CLEAR_AFTER_MS);
    });
  };
}
