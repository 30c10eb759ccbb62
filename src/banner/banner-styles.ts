import type { BannerVerdict } from "../settings/settings";

export interface BannerColours {
  /** Text, and the focus ring. */
  readonly text: string;
  readonly link: string;
  readonly button: string;
  readonly buttonHover: string;
  readonly buttonBorder: string;
  /** Behind a subtle (borderless) button under the pointer. */
  readonly subtleHover: string;
  /** The one primary action (the request to the partner): its fill, its fill under the pointer, its text. */
  readonly primary: string;
  readonly primaryHover: string;
  readonly primaryText: string;
  /** Per verdict: background, border, accent (the icon). */
  readonly verdicts: Readonly<Record<BannerVerdict, { bg: string; border: string; accent: string }>>;
}

// Fluent 2 look, as in both portals: Segoe UI 14/20, 4px radii, 8px grid, status tints; the accents
// match the toolbar badge's colours. test/banner/banner-styles.test.ts holds every pair to WCAG AA:
// text and links ≥ 4.5:1 on each background, icons and button borders ≥ 3:1.
export const BANNER_COLOURS: Readonly<Record<"light" | "dark", BannerColours>> = {
  light: {
    text: "#242424",
    link: "#115ea3",
    button: "#ffffff",
    buttonHover: "#f5f5f5",
    buttonBorder: "#8a8a8a",
    subtleHover: "#0000000f",
    primary: "#0f6cbd",
    primaryHover: "#115ea3",
    primaryText: "#ffffff",
    verdicts: {
      partner: { bg: "#fdf6f3", border: "#f4bfab", accent: "#c43e1c" },
      "self-serve": { bg: "#f1faf1", border: "#9fd89f", accent: "#107c10" },
      info: { bg: "#ebf3fc", border: "#b4d6fa", accent: "#0f6cbd" },
      support: { bg: "#f7f4fb", border: "#c6b1de", accent: "#5c2e91" },
    },
  },
  dark: {
    text: "#ffffff",
    link: "#62abf5",
    button: "#292929",
    buttonHover: "#3d3d3d",
    buttonBorder: "#8a8a8a",
    subtleHover: "#ffffff1a",
    primary: "#62abf5",
    primaryHover: "#96c6fa",
    primaryText: "#141414",
    verdicts: {
      partner: { bg: "#3b2116", border: "#8a3b1b", accent: "#f5a385" },
      "self-serve": { bg: "#0f2a10", border: "#2e6b2e", accent: "#7ed47e" },
      info: { bg: "#0e2540", border: "#2a5c8f", accent: "#7fb8f0" },
      support: { bg: "#2a1d3d", border: "#5c4480", accent: "#c6b1de" },
    },
  },
};

/**
 * The verdict's own colours, set straight on the few elements that show them: the banner (unless
 * collapsed), the pill, and the icons. As custom properties on the banner's <section>, every element
 * inside would inherit them, and a route change to another verdict would restyle them all (about 20
 * elements each time instead of 5, as the DevTools trace's UpdateLayoutTree elementCount shows).
 * The verdict is read from the banner's own `data-tone`, never `data-verdict`: the host carries
 * `data-verdict`, and once a shadow-root rule names an attribute the host has, Chromium restyles the
 * whole shadow tree whenever the host's attribute changes (+0.20 ms per route change by
 * tools/bench/route-style.ts).
 * The pill's verdict icon has a class of its own: a positional selector such as `:first-child` would
 * have every icon of the pill restyled on each verdict change.
 */
function verdictColours(banner: string, bg: string, border: string, accent: string): string {
  return (
    `${banner}:not(.banner--collapsed),${banner} .pill{background:${bg};border-color:${border}}` +
    `${banner} .banner__icon,${banner} .pill__icon{color:${accent}}`
  );
}

/**
 * One colour scheme under `scope` (a selector of the banner's <section>): the neutral colours as
 * custom properties, which change only with the theme, and each verdict's colours.
 */
function scheme(scope: string, colours: BannerColours, colorScheme: "light" | "dark"): string {
  const neutrals =
    `${scope}{--fg:${colours.text};--link:${colours.link};--button-bg:${colours.button};` +
    `--button-hover:${colours.buttonHover};--button-border:${colours.buttonBorder};` +
    `--subtle-hover:${colours.subtleHover};--primary:${colours.primary};` +
    `--primary-hover:${colours.primaryHover};--primary-fg:${colours.primaryText};color-scheme:${colorScheme}}`;
  const verdicts = Object.entries(colours.verdicts).map(([verdict, { bg, border, accent }]) =>
    verdictColours(`${scope}[data-tone=${verdict}]`, bg, border, accent),
  );
  return neutrals + verdicts.join("");
}

/** Everything the banner looks like; adopted by its shadow root only, so none of it reaches the portal. */
export const BANNER_STYLES = `
:host{all:initial;display:block}
:host([hidden]){display:none!important}
.banner{--focus:var(--fg);box-sizing:border-box;display:flex;align-items:flex-start;gap:8px;margin:0;padding-block:6px;padding-inline:12px 8px;
font:400 14px/20px "Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;
color:var(--fg);border-block-end:1px solid;text-align:start;overflow-wrap:anywhere}
${scheme(".banner", BANNER_COLOURS.light, "light")}
${scheme(".banner[data-theme=dark]", BANNER_COLOURS.dark, "dark")}
@media (prefers-color-scheme:dark){${scheme(".banner[data-theme=auto]", BANNER_COLOURS.dark, "dark")}}
.banner *{box-sizing:border-box}
.banner p{margin:0}
.icon{display:block;width:20px;height:20px;fill:none;stroke:currentColor;stroke-width:1.5;stroke-linecap:round;stroke-linejoin:round}
.banner__main{flex:1 1 auto;min-width:0;display:flex;flex-wrap:wrap;align-items:center;gap:4px 12px}
.banner__message{flex:1 1 24em;min-width:0;display:flex;gap:12px;padding-block:6px}
.banner__icon{flex:none}
.banner__text{flex:1 1 auto;min-width:0}
.banner__title{font-weight:600;margin-inline-end:4px}
.banner__name{font-weight:600}
.banner__hint{margin-block-start:2px}
.banner__actions{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-inline-start:auto}
.banner__controls{flex:none;display:flex;gap:4px}
.banner a{color:var(--link);text-decoration:underline}
.banner a:hover{text-decoration-thickness:2px}
.banner .button{display:inline-flex;align-items:center;min-height:32px;max-width:100%;padding:5px 12px;border:1px solid var(--button-border);border-radius:4px;background:var(--button-bg);color:var(--fg);font-weight:600;text-decoration:none}
.banner .button:hover{background:var(--button-hover)}
.banner .button--primary{background:var(--primary);border-color:var(--primary);color:var(--primary-fg)}
.banner .button--primary:hover{background:var(--primary-hover)}
.icon-button,.pill{font:inherit;color:inherit;cursor:pointer;margin:0}
.icon-button{display:inline-grid;place-items:center;width:32px;height:32px;padding:0;border:0;border-radius:4px;background:transparent}
.icon-button:hover{background:var(--subtle-hover)}
.banner--collapsed{background:transparent;border:0;padding-block:4px}
.pill{display:inline-flex;align-items:center;gap:6px;min-height:28px;max-width:100%;padding-block:3px;padding-inline:6px 10px;border:1px solid;border-radius:14px;font-weight:600;text-align:start}
.banner :focus-visible{outline:2px solid var(--focus);outline-offset:1px}
:host([data-placement=overlay]) .banner--collapsed{padding:0}
:host([data-placement=overlay]) .pill{box-shadow:0 2px 8px #00000040}
:host([data-placement=overlay]) .banner:not(.banner--collapsed){border:1px solid;border-radius:4px;box-shadow:0 4px 16px #00000040}
.visually-hidden,.announcer{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (forced-colors:active){
.banner[data-tone][data-theme]{--fg:CanvasText;--link:LinkText;--button-bg:ButtonFace;--button-border:ButtonText;--focus:Highlight;--primary:ButtonFace;--primary-hover:ButtonFace;--primary-fg:ButtonText}
${verdictColours(".banner[data-tone][data-theme]", "Canvas", "CanvasText", "CanvasText")}
.banner .button,.banner[data-tone][data-theme] .pill,.icon-button{border:1px solid ButtonText;color:ButtonText}
}
`;
