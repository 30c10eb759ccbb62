/**
 * The shipped locale closest to a language tag (`en-US` → `en`, `pt-BR` → `pt_BR` if shipped, else
 * `pt`), or `fallback` when none is close: the browser's own rule for picking `_locales/` folders.
 */
export function closestLocale(tag: string, shipped: readonly string[], fallback = "en"): string {
  const normalised = tag.trim().replace("-", "_");
  const [language = "", region] = normalised.split("_");
  const exact = region ? `${language.toLowerCase()}_${region.toUpperCase()}` : language.toLowerCase();
  if (shipped.includes(exact)) return exact;
  if (shipped.includes(language.toLowerCase())) return language.toLowerCase();
  return fallback;
}
