import { type BannerTheme, portalTheme, themeClassesChanged } from "../src/banner/portal-theme";

/**
 * Follows the portal's own light/dark theme as far as the page shows it on <html> and <body>:
 * attribute observers on those two elements only (class; <html>'s style for color-scheme), and
 * <html>'s child list for a replaced <body>; nothing deeper in the page is watched. A class change that
 * touches no theme class (Fluent UI's focus classes, written at every input) is let go without reading
 * anything. Calls `onChange` when the theme changes.
 */
export function watchPortalTheme(onChange: (theme: BannerTheme) => void, signal: AbortSignal): BannerTheme {
  let current = readTheme();
  let body: HTMLElement | null = null;
  const observer = new MutationObserver((records) => {
    observeBody();
    if (!records.some(mayChangeTheme)) return;
    const next = readTheme();
    if (next === current) return;
    current = next;
    onChange(next);
  });
  const observeBody = (): void => {
    if (document.body === body) return;
    body = document.body;
    observer.disconnect();
    observer.observe(document.documentElement, {
      attributeFilter: ["class", "style"],
      attributeOldValue: true,
      childList: true,
    });
    if (body) observer.observe(body, { attributeFilter: ["class"], attributeOldValue: true });
  };
  observeBody();
  signal.addEventListener("abort", () => observer.disconnect());
  return current;
}

function mayChangeTheme(record: MutationRecord): boolean {
  if (record.type !== "attributes" || record.attributeName !== "class") return true;
  return themeClassesChanged(record.oldValue, (record.target as Element).getAttribute("class"));
}

function readTheme(): BannerTheme {
  const html = document.documentElement;
  return portalTheme({
    classes: [...html.classList, ...(document.body?.classList ?? [])],
    colorScheme: () => getComputedStyle(html).colorScheme ?? "",
  });
}
