/** The banner's colour scheme: the portal's own when the page says which, else the system's. */
export type BannerTheme = "light" | "dark" | "auto";

/** What the content script reads from `<html>` and `<body>`: class names and no layout. */
export interface PageThemeSignals {
  /** Class names of `<html>` and `<body>` together. */
  readonly classes: readonly string[];
  /**
   * Computed `color-scheme` of `<html>` (e.g. "normal", "dark", "light dark"); asked for only when no
   * theme class decides, since computing a style can cost the page a style pass.
   */
  readonly colorScheme: string | (() => string);
}

// Azure portal: <body> carries fxs-theme-<name> and fxs-mode-<light|dark>; "Dark blue" is
// fxs-theme-blue with fxs-mode-dark, so the mode decides, then the name (seen in user scripts that
// follow the portal's theme, e.g. Andrew-J-Larson/Custom-JS "Entra-Azure-Intune-…-Auto-Device-Theme",
// and in Azure portal look-alike components).
// Microsoft 365 admin center: its theme switch (the #DarkLight button) sets no class on <html> or
// <body> that we know of; `dark-theme` is what our replica uses and only a guess for the real page.
// Where nothing is known the banner follows prefers-color-scheme.
const DARK_MODES = new Set(["fxs-mode-dark", "dark-theme"]);
const LIGHT_MODES = new Set(["fxs-mode-light"]);
const DARK_THEME_NAMES = new Set(["fxs-theme-dark"]);
const LIGHT_THEME_NAMES = new Set(["fxs-theme-light", "fxs-theme-azure", "fxs-theme-blue"]);

/** The portal's scheme from a known theme class, then a single explicit `color-scheme`; else "auto". */
export function portalTheme(signals: PageThemeSignals): BannerTheme {
  const has = (names: ReadonlySet<string>): boolean => signals.classes.some((name) => names.has(name));
  if (has(DARK_MODES)) return "dark";
  if (has(LIGHT_MODES)) return "light";
  if (has(DARK_THEME_NAMES)) return "dark";
  if (has(LIGHT_THEME_NAMES)) return "light";
  const colorScheme = typeof signals.colorScheme === "function" ? signals.colorScheme() : signals.colorScheme;
  const schemes = colorScheme
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== "only");
  if (schemes.length === 1 && (schemes[0] === "dark" || schemes[0] === "light")) return schemes[0];
  return "auto";
}

// New theme names of the Azure portal still change the theme: any fxs-theme-* or fxs-mode-* class.
const THEME_CLASS_PREFIXES = ["fxs-theme-", "fxs-mode-"];
const THEME_CLASSES = new Set([...DARK_MODES, ...LIGHT_MODES, ...DARK_THEME_NAMES, ...LIGHT_THEME_NAMES]);

/** Whether a class name can decide the theme. */
export function isThemeClass(name: string): boolean {
  return THEME_CLASSES.has(name) || THEME_CLASS_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/**
 * Whether a change of an element's class attribute from `before` to `after` touches a class that can
 * decide the theme. Fluent UI writes ms-Fabric--isFocusVisible / --isFocusHidden on <body> at every
 * click and key press; those changes must cost the page nothing, not even a computed style read.
 */
export function themeClassesChanged(before: string | null, after: string | null): boolean {
  const themeOf = (value: string | null): string =>
    (value ?? "").split(/\s+/).filter(isThemeClass).sort().join(" ");
  return themeOf(before) !== themeOf(after);
}
