/**
 * Steps shared by both portals to turn what a URL says into canonical route segments:
 * percent-decoding (tolerant of broken escapes), lowercasing, splitting on "/", dropping empty
 * segments (doubled and trailing slashes), replacing GUIDs by `*`, and a cap on the segment count.
 */

export const MAX_ROUTE_SEGMENTS = 24;

// ASCII escapes only: what a malformed escape sequence elsewhere must not stop from decoding.
const ASCII_ESCAPE = /%[0-7][0-9a-f]/gi;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function decodePercent(text: string): string {
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(ASCII_ESCAPE, (sequence) =>
      String.fromCharCode(Number.parseInt(sequence.slice(1), 16)),
    );
  }
}

export function isGuid(segment: string): boolean {
  return segment.length === 36 && GUID.test(segment);
}

/** Decoded, lowercased, non-empty segments of `text`; GUIDs become `*` when `hideIds`. */
export function routeSegments(text: string, hideIds: boolean): string[] {
  const out: string[] = [];
  if (text === "") return out;
  const parts = decodePercent(text).toLowerCase().split("/");
  for (const part of parts) {
    if (part === "") continue;
    out.push(hideIds && isGuid(part) ? "*" : part);
    if (out.length === MAX_ROUTE_SEGMENTS) break;
  }
  return out;
}

/** `text` without the leading characters in `chars`. */
export function stripLeading(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start += 1;
  return start === 0 ? text : text.slice(start);
}

/** `text` up to (not including) the first `?`: portals put view state in a query inside the hash. */
export function beforeQuery(text: string): string {
  const at = text.indexOf("?");
  return at === -1 ? text : text.slice(0, at);
}
