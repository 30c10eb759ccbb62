/**
 * Where the banner stands on a portal page, decided from measurements the content script takes
 * (content-scripts/choose-placement.ts); pure, so it is tested without a browser. docs/placement.md
 * tells the whole story.
 *  - shell: in the portal's own slot (Azure: between the topbar and the main area; admin center: below
 *    the suite header), where the portal's layout makes room for it;
 *  - inline: in flow as the first child of <body>, where the document takes it like any content;
 *  - overlay: fixed below the topbar, over no portal control, collapsed to its pill until opened.
 */
export type Placement = "shell" | "inline" | "overlay";

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** What is measured of the page, once with the banner out of the layout and once in a candidate place. */
export interface PageMeasure {
  readonly viewport: Viewport;
  /** The root scroller's scrollWidth and scrollHeight. */
  readonly scrollWidth: number;
  readonly scrollHeight: number;
  /** The portal's controls: the same elements, in the same order, in both measures. */
  readonly controls: readonly Box[];
}

/**
 * What is topmost at the banner's centre: the banner; something of the portal's layout; or something
 * that comes and goes (a splash screen, a dialog, a popup layer), which says nothing of the placement.
 */
export type HostHit = "host" | "portal" | "transient";

export interface TrialMeasure extends PageMeasure {
  readonly host: Box;
  readonly hit: HostHit;
}

export type Check = { readonly holds: true } | { readonly holds: false; readonly reason: string };

// Sub-pixel layout: edges within half a pixel count as equal.
const EPSILON = 0.5;

/** The placements to try, best first; overlay always holds, so it comes last. */
export function candidatePlacements(hasSlot: boolean): readonly Placement[] {
  return hasSlot ? ["shell", "inline", "overlay"] : ["inline", "overlay"];
}

export function isInView(box: Box, viewport: Viewport): boolean {
  return (
    box.width > 0 &&
    box.height > 0 &&
    box.top >= -EPSILON &&
    box.left >= -EPSILON &&
    box.top + box.height <= viewport.height + EPSILON &&
    box.left + box.width <= viewport.width + EPSILON
  );
}

function scrolls(measure: PageMeasure): boolean {
  return (
    measure.scrollHeight > measure.viewport.height + EPSILON ||
    measure.scrollWidth > measure.viewport.width + EPSILON
  );
}

/**
 * Whether the banner in a candidate place (`trial`) leaves the portal as it was without it
 * (`baseline`): the banner is in view and topmost at its centre; and, unless the document scrolled
 * already, every portal control that was in view still is. A document that gains a scrollbar with every
 * control still in view lost nothing the user can act on; one that scrolled already takes the banner
 * like any content above it.
 */
export function placementHolds(baseline: PageMeasure, trial: TrialMeasure): Check {
  const { host, viewport } = trial;
  const centreX = host.left + host.width / 2;
  const centreY = host.top + host.height / 2;
  if (host.width <= 0 || host.height <= 0) return { holds: false, reason: "the banner has no size" };
  if (centreX < 0 || centreY < 0 || centreX > viewport.width || centreY > viewport.height) {
    return { holds: false, reason: "the banner is out of view" };
  }
  if (trial.hit === "portal") return { holds: false, reason: "the portal is painted over the banner" };
  if (scrolls(baseline)) return { holds: true };
  const lost = baseline.controls.filter(
    (box, index) => isInView(box, baseline.viewport) && !isInView(trial.controls[index] ?? box, viewport),
  );
  if (lost.length > 0) {
    const reason = scrolls(trial)
      ? "portal controls left the viewport and the document now scrolls"
      : "portal controls left the viewport";
    return { holds: false, reason: `${reason} (${lost.length})` };
  }
  return { holds: true };
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return (
    a.left < b.left + b.width + gap &&
    b.left < a.left + a.width + gap &&
    a.top < b.top + b.height + gap &&
    b.top < a.top + a.height + gap
  );
}

export interface OverlaySpot {
  readonly top: number;
  readonly left: number;
  /** False when no spot below the topbar is clear of every control; the spot is then the first one. */
  readonly clear: boolean;
}

const MARGIN = 8;
const STEP = 8;
const GAP = 2;

/**
 * Where the overlay goes: as near the topbar (`below`) and the inline end as it can while clear of every
 * obstacle (the portal's controls and frames), searched row by row down the viewport.
 */
export function overlaySpot(
  viewport: Viewport,
  below: number,
  size: { readonly width: number; readonly height: number },
  obstacles: readonly Box[],
  direction: "ltr" | "rtl",
): OverlaySpot {
  const width = Math.min(size.width, Math.max(0, viewport.width - 2 * MARGIN));
  const startTop = Math.max(0, below) + GAP;
  const endLeft = Math.max(MARGIN, viewport.width - MARGIN - width);
  const first = { top: startTop, left: direction === "rtl" ? MARGIN : endLeft };
  for (let top = startTop; top + size.height <= viewport.height; top += STEP) {
    for (let offset = 0; MARGIN + offset <= endLeft; offset += STEP) {
      const left = direction === "rtl" ? MARGIN + offset : endLeft - offset;
      const candidate = { top, left, width, height: size.height };
      if (!obstacles.some((obstacle) => overlaps(candidate, obstacle, GAP))) {
        return { top, left, clear: true };
      }
    }
  }
  return { ...first, clear: false };
}
