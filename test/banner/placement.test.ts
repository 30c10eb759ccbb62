import { describe, expect, it } from "vitest";
import {
  type Box,
  candidatePlacements,
  isInView,
  overlaySpot,
  type PageMeasure,
  placementHolds,
  type TrialMeasure,
} from "../../src/banner/placement";

const viewport = { width: 1280, height: 800 };
const box = (top: number, left: number, width: number, height: number): Box => ({ top, left, width, height });
const topbarEnd = box(8, 1200, 60, 24);
const footerSave = box(760, 220, 140, 30);

const page = (controls: Box[], scrollHeight = 800): PageMeasure => ({
  viewport,
  scrollWidth: 1280,
  scrollHeight,
  controls,
});
const trial = (measure: PageMeasure, host: Box, hit: TrialMeasure["hit"] = "host"): TrialMeasure => ({
  ...measure,
  host,
  hit,
});
const banner = box(40, 0, 1280, 64);

describe("candidatePlacements", () => {
  it("tries the portal's slot first when there is one, the overlay always last", () => {
    expect(candidatePlacements(true)).toEqual(["shell", "inline", "overlay"]);
    expect(candidatePlacements(false)).toEqual(["inline", "overlay"]);
  });
});

describe("placementHolds", () => {
  const baseline = page([topbarEnd, footerSave]);

  it("holds where the shell makes room: every control still in view, nothing scrolls", () => {
    expect(placementHolds(baseline, trial(page([topbarEnd, footerSave]), banner))).toEqual({ holds: true });
  });

  it("fails where the portal is painted over the banner (a fixed or absolute shell)", () => {
    const check = placementHolds(
      baseline,
      trial(page([topbarEnd, footerSave]), box(0, 0, 1280, 64), "portal"),
    );
    expect(check).toEqual({ holds: false, reason: "the portal is painted over the banner" });
  });

  it("holds under a splash screen or popup, which says nothing of the layout", () => {
    expect(placementHolds(baseline, trial(baseline, banner, "transient")).holds).toBe(true);
  });

  it("fails where a pinned footer is pushed out of the viewport (a 100vh shell)", () => {
    const pushed = page([box(72, 1200, 60, 24), box(824, 220, 140, 30)], 864);
    const check = placementHolds(baseline, trial(pushed, box(0, 0, 1280, 64)));
    expect(check).toEqual({
      holds: false,
      reason: "portal controls left the viewport and the document now scrolls (1)",
    });
  });

  it("fails where a control leaves the viewport even though nothing scrolls (clipped by the shell)", () => {
    const clipped = page([topbarEnd, box(824, 220, 140, 30)]);
    expect(placementHolds(baseline, trial(clipped, banner))).toEqual({
      holds: false,
      reason: "portal controls left the viewport (1)",
    });
  });

  it("holds in a document that scrolled already, whatever moves down", () => {
    const long = page([topbarEnd, footerSave], 2400);
    const moved = page([box(72, 1200, 60, 24), box(824, 220, 140, 30)], 2464);
    expect(placementHolds(long, trial(moved, box(0, 0, 1280, 64))).holds).toBe(true);
  });

  it("holds where the document gains a scrollbar but every control stays in view", () => {
    const grown = page([box(72, 1200, 60, 24), box(500, 220, 140, 30)], 864);
    expect(
      placementHolds(page([topbarEnd, box(436, 220, 140, 30)]), trial(grown, box(0, 0, 1280, 64))).holds,
    ).toBe(true);
  });

  it("ignores controls that were out of view to begin with", () => {
    const below = page([box(900, 0, 100, 30)]);
    expect(placementHolds(below, trial(page([box(964, 0, 100, 30)]), banner)).holds).toBe(true);
  });

  it("fails for a banner with no size or out of view", () => {
    expect(placementHolds(baseline, trial(baseline, box(0, 0, 0, 0))).holds).toBe(false);
    expect(placementHolds(baseline, trial(baseline, box(900, 0, 1280, 64))).holds).toBe(false);
  });
});

describe("isInView", () => {
  it("takes edges within half a pixel as inside, and nothing without size", () => {
    expect(isInView(box(-0.4, 0, 10, 10), viewport)).toBe(true);
    expect(isInView(box(790.4, 0, 10, 10), viewport)).toBe(true);
    expect(isInView(box(791, 0, 10, 10), viewport)).toBe(false);
    expect(isInView(box(10, 10, 0, 10), viewport)).toBe(false);
  });
});

describe("overlaySpot", () => {
  const pill = { width: 240, height: 28 };

  it("goes right below the topbar at the inline end when that is clear", () => {
    expect(overlaySpot(viewport, 40, pill, [], "ltr")).toEqual({ top: 42, left: 1032, clear: true });
    expect(overlaySpot(viewport, 40, pill, [], "rtl")).toEqual({ top: 42, left: 8, clear: true });
  });

  it("moves toward the inline start, then down, to stay clear of every control", () => {
    const closeButton = box(50, 1200, 32, 32);
    const spot = overlaySpot(viewport, 40, pill, [closeButton], "ltr");
    expect(spot.clear).toBe(true);
    expect(spot.left + pill.width).toBeLessThanOrEqual(closeButton.left - 2);
    const wall = box(40, 0, 1280, 60);
    const below = overlaySpot(viewport, 40, pill, [wall], "ltr");
    expect(below.top).toBeGreaterThanOrEqual(102);
  });

  it("says when nothing is clear, and keeps the first spot", () => {
    expect(overlaySpot(viewport, 40, pill, [box(0, 0, 1280, 800)], "ltr")).toEqual({
      top: 42,
      left: 1032,
      clear: false,
    });
  });

  it("fits a banner wider than the viewport inside it", () => {
    const spot = overlaySpot({ width: 320, height: 256 }, 40, { width: 900, height: 120 }, [], "ltr");
    expect(spot).toEqual({ top: 42, left: 8, clear: true });
  });
});
