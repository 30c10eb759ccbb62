/**
 * Characters no setting may contain: they are not text a reader sees, yet they can reorder what the
 * banner shows (bidi embeddings, overrides, isolates and the marks LRM, RLM and ALM), hide text in
 * plain sight (tag characters, which also smuggle instructions to language models that read the page;
 * zero-width and other default-ignorable characters), break a line where none was written (U+2028,
 * U+2029), or are not characters at all (C0 and C1 controls, noncharacters). Tab, LF and CR are text.
 *
 * Two kinds of them are part of real writing and pass where the writing needs them: the zero-width
 * joiner and non-joiner between two letters of a script that joins or stacks its letters (Persian
 * needs the non-joiner, Indic scripts the joiner after a virama), following RFC 5892's CONTEXTJ rules
 * in spirit; and one variation selector after a character that has variants (an emoji's U+FE0F, a
 * kanji's ideographic variation selector).
 */

// Cc except tab, LF and CR; Cf; Zl; Zp; Default_Ignorable_Code_Point (adds the Hangul fillers, the
// combining grapheme joiner, variation selectors, U+115F…); noncharacters.
const NOT_TEXT_SOURCE =
  "[^\\P{Cc}\\t\\n\\r]|[\\p{Cf}\\p{Zl}\\p{Zp}\\p{Default_Ignorable_Code_Point}\\p{Noncharacter_Code_Point}]";
const NOT_TEXT = new RegExp(NOT_TEXT_SOURCE, "gu");
const NOT_TEXT_CHARACTER = new RegExp(`^(?:${NOT_TEXT_SOURCE})$`, "u");

const JOINERS = new Set([0x200c, 0x200d]);
/** Scripts whose letters join (Arabic, Syriac, N'Ko, Mongolian) or stack after a virama (Brahmic). */
const JOINING_SCRIPTS = [
  "Arabic",
  "Syriac",
  "Nko",
  "Mongolian",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Oriya",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Tibetan",
  "Myanmar",
  "Khmer",
].map((script) => new RegExp(`^\\p{Script_Extensions=${script}}$`, "u"));
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** Variation selectors, each with the characters it may follow. */
const EMOJI_OR_SYMBOL = /^[\p{Emoji}\p{Sm}\p{Unified_Ideograph}]$/u;
const IDEOGRAPH = /^\p{Unified_Ideograph}$/u;
const MONGOLIAN = /^\p{Script=Mongolian}$/u;

function variationBase(code: number): RegExp | null {
  if (code >= 0xfe00 && code <= 0xfe0f) return EMOJI_OR_SYMBOL;
  if (code >= 0xe0100 && code <= 0xe01ef) return IDEOGRAPH;
  if ((code >= 0x180b && code <= 0x180d) || code === 0x180f) return MONGOLIAN;
  return null;
}

function codePointBefore(text: string, index: number): string {
  if (index === 0) return "";
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return String.fromCodePoint(text.codePointAt(start)!);
}

function codePointAfter(text: string, index: number, length: number): string {
  const at = index + length;
  return at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : "";
}

function allowedHere(text: string, index: number, character: string): boolean {
  const code = character.codePointAt(0)!;
  const before = codePointBefore(text, index);
  if (JOINERS.has(code)) {
    const after = codePointAfter(text, index, character.length);
    if (!LETTER_OR_MARK.test(before) || !LETTER_OR_MARK.test(after)) return false;
    return JOINING_SCRIPTS.some((script) => script.test(before) && script.test(after));
  }
  const base = variationBase(code);
  // One selector per base: a second one after it has a selector before it, not a base.
  return base?.test(before) ?? false;
}

export interface InvisibleCharacter {
  /** UTF-16 index in the text. */
  readonly index: number;
  /** e.g. "U+200D". */
  readonly codePoint: string;
}

/** The first character of `text` that is not visible text (see above), or null. */
export function findInvisibleCharacter(text: string): InvisibleCharacter | null {
  for (const match of text.matchAll(NOT_TEXT)) {
    if (allowedHere(text, match.index, match[0])) continue;
    return { index: match.index, codePoint: unicodeName(match[0].codePointAt(0)!) };
  }
  return null;
}

/** Whether `character` (one code point) is one that findInvisibleCharacter looks at. */
export function isInvisibleCharacter(character: string): boolean {
  return NOT_TEXT_CHARACTER.test(character);
}

function unicodeName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
