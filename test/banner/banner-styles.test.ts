import { describe, expect, it } from "vitest";
import { BANNER_COLOURS, BANNER_STYLES } from "../../src/banner/banner-styles";

function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1, 7), 16);
  return [value >> 16, (value >> 8) & 255, value & 255]
    .map((channel) => channel / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

it("contrast() agrees with WCAG's own examples", () => {
  expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
});

describe.each(["light", "dark"] as const)("the %s colours meet WCAG AA", (scheme) => {
  const colours = BANNER_COLOURS[scheme];

  it.each(Object.entries(colours.verdicts))("on the %s banner", (_verdict, { bg, accent }) => {
    expect(contrast(colours.text, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.link, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(accent, bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.buttonBorder, bg)).toBeGreaterThanOrEqual(3);
  });

  it("on the contact buttons, at rest and under the pointer", () => {
    expect(contrast(colours.text, colours.button)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.text, colours.buttonHover)).toBeGreaterThanOrEqual(4.5);
  });

  it("on the request button, at rest and under the pointer", () => {
    expect(contrast(colours.primaryText, colours.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.primaryText, colours.primaryHover)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(colours.verdicts))(
    "the request button stands out on the %s banner",
    (_v, { bg }) => {
      expect(contrast(colours.primary, bg)).toBeGreaterThanOrEqual(3);
    },
  );
});

describe("BANNER_STYLES", () => {
  it("styles only the shadow root's own elements, never the page", () => {
    const selectors = BANNER_STYLES.replace(/\{[^{}]*\}/g, "{}")
      .replace(/@media[^{]*\{/g, "")
      .split("}")
      .map((rule) => rule.replace(/\{.*$/s, "").trim())
      .filter(Boolean)
      .flatMap((rule) => rule.split(","));
    for (const selector of selectors) {
      expect(selector.trim()).toMatch(/^(:host|\.banner|\.icon|\.pill|\.visually-hidden|\.announcer)/);
    }
  });

  it("colours each verdict's elements by class, never by position", () => {
    // A positional selector under [data-tone] restyles every sibling on each verdict change.
    const verdictRules = BANNER_STYLES.match(/[^{}]*\[data-tone=[^{}]*\{/g) ?? [];
    expect(verdictRules.length).toBeGreaterThan(0);
    for (const rule of verdictRules) expect(rule).not.toMatch(/:(first|last|nth)-/);
    expect(BANNER_STYLES).toContain(".banner[data-tone=partner] .pill__icon{color:");
  });

  it("names none of the host's changing attributes, so a route change does not restyle the whole tree", () => {
    // The host's data-verdict and data-rule change on every route change (banner-chunk.tsx).
    expect(BANNER_STYLES).not.toMatch(/data-verdict|data-rule/);
  });

  it("follows the system in the auto theme, the portal otherwise, and forced colours always", () => {
    expect(BANNER_STYLES).toContain("@media (prefers-color-scheme:dark){.banner[data-theme=auto]{");
    expect(BANNER_STYLES).toContain(".banner[data-theme=dark]{");
    expect(BANNER_STYLES).toContain("@media (forced-colors:active)");
  });
});
