import {
  type Box,
  candidatePlacements,
  type HostHit,
  isInView,
  overlaySpot,
  type PageMeasure,
  type Placement,
  placementHolds,
  type Viewport,
} from "../src/banner/placement";
import { GENERIC_TOPBAR, PORTAL_CONTROLS, PORTAL_SLOTS, TRANSIENT_COVERS } from "../src/banner/portal-slots";

/**
 * Puts the banner's host where it holds on this portal page (src/banner/placement.ts says what holds;
 * docs/placement.md why), and checks again when the page changes: the window resized; the host, the
 * topbar, the slot's parent or a transient cover (splash screen, popup) changed size; the portal
 * re-rendered the host away (banner-host.ts calls `place`). Observers watch those few elements only.
 * Nothing is ever set on <html> or <body>: a margin, padding or transform there would shift the portal's
 * viewport-positioned popups and would not move a fixed shell anyway.
 */
export interface PlacementController {
  readonly current: Placement;
  /** Decides and applies the placement now. */
  place(): void;
  /** Whether the host still stands where the last decision put it, and no better slot has appeared. */
  inPlace(): boolean;
}

// Inline style beats any author rule of the page that does not use !important itself; what places and
// shows the host is !important against those that do. Not `all: initial !important`: that would make the
// host's line-height and spacing important, which axe takes for spacing the reader cannot override.
const BASE_STYLE =
  "all: initial; display: block !important; visibility: visible !important; opacity: 1 !important;";
const FLOW_STYLE = `${BASE_STYLE} position: relative !important; z-index: auto !important; flex: none !important;`;
const OUT_OF_FLOW_STYLE = `${BASE_STYLE} position: absolute !important; width: 0 !important; height: 0 !important; overflow: hidden !important;`;
// Fluent UI's popup layers sit at z-index 1000000 (ZIndexes.Layer): they stay above the overlay.
const OVERLAY_Z_INDEX = 999999;
const OVERLAY_MARGIN = 8;
// The height a banner in flow is tried with before one was seen: about a one-line banner. The trial uses
// the tallest seen since, so that a collapsed pill does not pass where the open banner would not.
const PROBE_HEIGHT = 64;
const CHECKS_PER_SECOND = 20;
// A portal that renders its shell after we start: look for the slot again, a few times.
const SLOT_RETRIES_MS = [500, 1000, 2000, 4000, 8000];

interface Slot {
  readonly topbar: Element;
  readonly parent: Node;
  readonly anchor: Element;
  readonly side: "before" | "after";
}

const boxOf = (element: Element): Box => {
  const rect = element.getBoundingClientRect();
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
};

const intersectsViewport = (box: Box, viewport: Viewport): boolean =>
  box.width > 0 &&
  box.height > 0 &&
  box.left < viewport.width &&
  box.top < viewport.height &&
  box.left + box.width > 0 &&
  box.top + box.height > 0;

const viewportNow = (): Viewport => {
  const root = document.documentElement;
  return { width: root.clientWidth, height: root.clientHeight };
};

function measurePage(controls: readonly Element[]): PageMeasure {
  const scroller = document.scrollingElement ?? document.documentElement;
  return {
    viewport: viewportNow(),
    scrollWidth: scroller.scrollWidth,
    scrollHeight: scroller.scrollHeight,
    controls: controls.map(boxOf),
  };
}

export function createPlacement(
  host: HTMLElement,
  signal: AbortSignal,
  onChange: (placement: Placement) => void,
  log: (message: string, error?: unknown) => void,
): PlacementController {
  let current: Placement | null = null;
  let started = false;
  let slot: Slot | null = null;
  let tallestInFlow = PROBE_HEIGHT;
  let windowStart = 0;
  let checksInWindow = 0;
  let deferred: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let slotRetry = 0;
  let slotTimer: ReturnType<typeof setTimeout> | undefined;

  // An inline style written again unchanged still costs the host a style pass: write only a change. The
  // attribute read back also catches a page that edited the host's style since.
  let written: { css: string; attribute: string | null } | null = null;
  const setStyle = (css: string): void => {
    if (written?.css === css && host.getAttribute("style") === written.attribute) return;
    host.style.cssText = css;
    written = { css, attribute: host.getAttribute("style") };
  };

  const findSlot = (): Slot | null => {
    for (const known of PORTAL_SLOTS) {
      const topbar = document.querySelector(known.topbar);
      if (!topbar) continue;
      if (known.before) {
        const anchor = document.querySelector(known.before);
        if (anchor?.parentNode) return { topbar, parent: anchor.parentNode, anchor, side: "before" };
      }
      if (known.after) {
        let anchor = document.querySelector(known.after);
        while (anchor?.parentElement && anchor.parentElement !== document.body) {
          const others = [...anchor.parentElement.children].filter((child) => child !== host);
          if (others.length !== 1) break;
          anchor = anchor.parentElement;
        }
        if (anchor?.parentNode) return { topbar, parent: anchor.parentNode, anchor, side: "after" };
      }
    }
    return null;
  };

  const inSlot = (where: Slot): boolean =>
    host.parentNode === where.parent &&
    (where.side === "before" ? host.nextElementSibling : host.previousElementSibling) === where.anchor;

  const standsAt = (placement: Placement, where: Slot | null): boolean => {
    if (placement === "shell") return where ? where.anchor.isConnected && inSlot(where) : false;
    return host.parentNode === document.body && document.body.firstChild === host;
  };

  // Moves the host only when it is not there already: a move costs the portal a mutation and us focus.
  const moveTo = (placement: Placement, where: Slot | null): void => {
    if (standsAt(placement, where)) return;
    if (placement === "shell" && where) {
      where.parent.insertBefore(host, where.side === "before" ? where.anchor : where.anchor.nextSibling);
    } else {
      document.body.prepend(host);
    }
  };

  const hitAt = (box: Box): { hit: HostHit; cover: Element | null } => {
    const found = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (found === host || (found && host.contains(found))) return { hit: "host", cover: null };
    const layer = found?.closest(TRANSIENT_COVERS) ?? null;
    return layer ? { hit: "transient", cover: layer } : { hit: "portal", cover: found };
  };

  const topbarBottom = (viewport: Viewport): number => {
    const topbar =
      slot?.topbar ??
      [...document.querySelectorAll(GENERIC_TOPBAR)].find((element) => {
        const box = boxOf(element);
        return Math.abs(box.top) <= 1 && box.height > 0 && box.height < viewport.height / 3;
      });
    if (!topbar) return 0;
    const box = boxOf(topbar);
    return box.top + box.height;
  };

  const placeOverlay = (obstacles: readonly Box[], viewport: Viewport): void => {
    // The topbar where it is without the banner: the last trial may have pushed it down.
    setStyle(OUT_OF_FLOW_STYLE);
    const below = topbarBottom(viewport);
    setStyle(
      `${BASE_STYLE} position: fixed !important; top: ${below}px !important; left: ${OVERLAY_MARGIN}px !important; z-index: ${OVERLAY_Z_INDEX} !important; width: max-content !important; max-width: calc(100vw - ${2 * OVERLAY_MARGIN}px) !important;`,
    );
    const size = boxOf(host);
    const rtl = document.documentElement.dir === "rtl" || document.body.dir === "rtl";
    const spot = overlaySpot(viewport, below, size, obstacles, rtl ? "rtl" : "ltr");
    host.style.setProperty("top", `${spot.top}px`, "important");
    host.style.setProperty("left", `${spot.left}px`, "important");
  };

  // In flow, the last check tried the host at the tallest height seen (`tallestInFlow`): a banner whose
  // text changed with the route and is no taller than that already holds there, and checking again would
  // restyle the host three times (out of flow, on trial, in flow) for the same answer.
  const provenInFlow = (entry: ResizeObserverEntry): boolean =>
    entry.target === host &&
    current !== null &&
    current !== "overlay" &&
    !host.hidden &&
    (entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height) <= tallestInFlow;
  // Observing an element reports its size once at first: only what changed is (un)observed.
  const resizes = new ResizeObserver((entries) => {
    if (!entries.every(provenInFlow)) schedule();
  });
  const observed = new Set<Element>();
  // What was over the host in a trial: when it changes size or goes, the check may come out otherwise.
  let covers: Element[] = [];
  const observe = (): void => {
    const wanted = new Set<Element>([host, ...covers]);
    if (slot) wanted.add(slot.topbar);
    if (slot?.parent instanceof Element) wanted.add(slot.parent);
    for (const element of observed) {
      if (!wanted.has(element)) {
        resizes.unobserve(element);
        observed.delete(element);
      }
    }
    for (const element of wanted) {
      if (!observed.has(element)) {
        resizes.observe(element);
        observed.add(element);
      }
    }
  };

  const retrySlotLater = (): void => {
    if (slot || slotTimer !== undefined || slotRetry >= SLOT_RETRIES_MS.length) return;
    slotTimer = setTimeout(() => {
      slotTimer = undefined;
      slotRetry++;
      if (findSlot()) place();
      else retrySlotLater();
    }, SLOT_RETRIES_MS[slotRetry]);
  };

  const decide = (): void => {
    slot = findSlot();
    if (!document.body) return;
    if (host.hidden) {
      // Nothing to measure: stand where the portal's layout would take the banner, decide once shown.
      moveTo(slot ? "shell" : "inline", slot);
      setStyle(FLOW_STYLE);
      return;
    }
    const focused = host.shadowRoot?.activeElement ?? null;

    // The page as it is without the banner: the host in the DOM but out of the layout.
    setStyle(OUT_OF_FLOW_STYLE);
    if (!host.isConnected) moveTo(slot ? "shell" : "inline", slot);
    const viewport = viewportNow();
    const inView: Element[] = [];
    // Controls in view even in part: the overlay goes over none of them.
    const obstacles: Box[] = [];
    for (const element of document.querySelectorAll(PORTAL_CONTROLS)) {
      if (host.contains(element)) continue;
      const box = boxOf(element);
      if (isInView(box, viewport)) inView.push(element);
      if (intersectsViewport(box, viewport)) obstacles.push(box);
    }
    const baseline = measurePage(inView);

    let chosen: Placement = "overlay";
    covers = [];
    for (const candidate of candidatePlacements(slot !== null)) {
      if (candidate === "overlay") break;
      moveTo(candidate, slot);
      setStyle(`${FLOW_STYLE} min-height: ${tallestInFlow}px !important;`);
      const box = boxOf(host);
      // An open banner taller than the probe tells its height, whether this place holds or not.
      tallestInFlow = Math.max(tallestInFlow, box.height);
      const { hit, cover } = hitAt(box);
      if (cover) covers.push(cover);
      if (placementHolds(baseline, { ...measurePage(inView), host: box, hit }).holds) {
        chosen = candidate;
        break;
      }
    }

    if (chosen === "overlay") {
      moveTo("inline", slot);
      placeOverlay(obstacles, viewport);
    } else {
      setStyle(FLOW_STYLE);
      tallestInFlow = Math.max(tallestInFlow, boxOf(host).height);
    }
    if (focused?.isConnected && host.shadowRoot?.activeElement !== focused) {
      (focused as HTMLElement).focus({ preventScroll: true });
    }
    observe();
    retrySlotLater();
    if (host.getAttribute("data-placement") !== chosen) host.setAttribute("data-placement", chosen);
    if (chosen !== current) {
      current = chosen;
      // Not from within createPlacement: the caller reads `current` once it has the controller.
      if (started) onChange(chosen);
    }
  };

  function place(): void {
    cancelAnimationFrame(frame);
    frame = 0;
    const now = performance.now();
    if (now - windowStart > 1000) {
      windowStart = now;
      checksInWindow = 0;
    }
    if (++checksInWindow > CHECKS_PER_SECOND) {
      if (deferred === undefined) {
        log(`the page changed the banner's surroundings over ${CHECKS_PER_SECOND} times in a second`);
        deferred = setTimeout(() => {
          deferred = undefined;
          place();
        }, 1000);
      }
      return;
    }
    try {
      decide();
    } catch (error) {
      log("could not place the banner", error);
    }
  }

  // A size change is seen after layout: the new check runs before the next frame's layout, so that what
  // it changes is not a size change of the same frame (a ResizeObserver loop the page would be told of).
  function schedule(): void {
    if (frame === 0) frame = requestAnimationFrame(place);
  }

  const shown = new MutationObserver(() => place());
  shown.observe(host, { attributeFilter: ["hidden"] });
  addEventListener("resize", schedule, { signal });
  signal.addEventListener("abort", () => {
    resizes.disconnect();
    shown.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(deferred);
    clearTimeout(slotTimer);
  });

  place();
  started = true;
  return {
    get current() {
      return current ?? "inline";
    },
    place,
    inPlace() {
      if (!host.isConnected) return false;
      // Still hidden, never decided: the decision comes when it is shown (the `hidden` observer).
      if (current === null) return true;
      // A splash screen or popup taken away rather than hidden: the check it put off is due.
      if (covers.some((cover) => !cover.isConnected)) return false;
      if (current === "shell") return standsAt("shell", slot);
      // A slot that appeared since (a portal rendering its shell late) is worth a new check.
      return standsAt(current, null) && (slot !== null || findSlot() === null);
    },
  };
}
