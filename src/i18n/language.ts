// Scripts written right to left, by primary language subtag (CLDR likely scripts).
const RIGHT_TO_LEFT = new Set([
  "ar",
  "arc",
  "ckb",
  "dv",
  "fa",
  "he",
  "iw",
  "ks",
  "ps",
  "sd",
  "ug",
  "ur",
  "yi",
]);

/** "pt_BR", " PT-br " → "pt-br": one spelling to compare tags by. */
export function normaliseLanguageTag(tag: string): string {
  return tag.trim().replaceAll("_", "-").toLowerCase();
}

function primarySubtag(tag: string): string {
  return normaliseLanguageTag(tag).split("-")[0] ?? "";
}

/** Which way text in this language runs; a script subtag wins over the language ("az-Arab" is rtl). */
export function textDirection(tag: string): "ltr" | "rtl" {
  const subtags = normaliseLanguageTag(tag).split("-");
  if (subtags.includes("arab") || subtags.includes("hebr") || subtags.includes("thaa")) return "rtl";
  if (subtags.some((subtag) => subtag.length === 4)) return "ltr";
  return RIGHT_TO_LEFT.has(subtags[0] ?? "") ? "rtl" : "ltr";
}

/**
 * Of `available` tags (as written), the one that best serves a reader of `wanted`: the same tag,
 * else the same language ("de-AT" reads "de", "de-CH" reads "de-DE"); null when none shares the
 * language. The browser picks `_locales` folders the same way.
 */
export function bestLanguageMatch(wanted: string, available: Iterable<string>): string | null {
  const exact = normaliseLanguageTag(wanted);
  const language = primarySubtag(wanted);
  if (language === "") return null;
  let sameLanguage: string | null = null;
  let bare: string | null = null;
  for (const candidate of available) {
    const normalised = normaliseLanguageTag(candidate);
    if (normalised === exact) return candidate;
    if (normalised === language) bare ??= candidate;
    else if (primarySubtag(candidate) === language) sameLanguage ??= candidate;
  }
  return bare ?? sameLanguage;
}
