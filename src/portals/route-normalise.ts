/**
 * Steps shared by both portals to turn what a URL says into canonical route segments:
 * percent-decoding (tolerant of broken escapes), lowercasing, splitting on "/", dropping empty
 * segments (doubled and trailing slashes) and `~`, replacing GUIDs by `*`, and a cap on the count.
 * Written for speed: this runs on every route change, and the budget is 2x `new URL()`.
 */

export const MAX_ROUTE_SEGMENTS = 24;

// ASCII escapes only: what a malformed escape sequence elsewhere must not stop from decoding.
const ASCII_ESCAPE = /%[0-7][0-9a-f]/gi;

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/**
 * Decodes percent escapes. ASCII escapes (the portals' `%2F`, `%20`, `%7B`) are decoded in one pass;
 * anything else goes to decodeURIComponent, and if that fails (broken UTF-8), only ASCII escapes are
 * decoded. A `%` not followed by two hex digits stays as written.
 */
export function decodePercent(text: string, lowercase = false): string {
  let at = text.indexOf("%");
  if (at === -1) return text;
  let out = "";
  let from = 0;
  while (at !== -1) {
    const high = hexValue(text.charCodeAt(at + 1));
    const low = high === -1 ? -1 : hexValue(text.charCodeAt(at + 2));
    if (low === -1) {
      at = text.indexOf("%", at + 1);
      continue;
    }
    let code = high * 16 + low;
    if (code >= 0x80) return lowercase ? decodeUnicode(text).toLowerCase() : decodeUnicode(text);
    if (lowercase && code >= 65 && code <= 90) code += 32;
    out += text.slice(from, at) + String.fromCharCode(code);
    from = at + 3;
    at = text.indexOf("%", from);
  }
  return out + text.slice(from);
}

function decodeUnicode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(ASCII_ESCAPE, (sequence) =>
      String.fromCharCode(Number.parseInt(sequence.slice(1), 16)),
    );
  }
}

function looksLikeGuid(segment: string): boolean {
  return (
    segment.charCodeAt(8) === 45 &&
    segment.charCodeAt(13) === 45 &&
    segment.charCodeAt(18) === 45 &&
    segment.charCodeAt(23) === 45
  );
}

/** `8-4-4-4-12` hex digits, any case. */
export function isGuid(segment: string): boolean {
  if (segment.length !== 36) return false;
  for (let at = 0; at < 36; at += 1) {
    const code = segment.charCodeAt(at);
    if (at === 8 || at === 13 || at === 18 || at === 23) {
      if (code !== 45) return false;
    } else if (hexValue(code) === -1) return false;
  }
  return true;
}

const NO_SEGMENTS: readonly string[] = Object.freeze([]);

/** Path segments for tenant detection (lowercase input): decoded, ids kept; shared empty list for `/`. */
export function pathSegments(path: string): readonly string[] {
  return path.length <= 1 ? NO_SEGMENTS : routeSegments(path, false);
}

let lastJoined = "";

/** The segments of the last routeSegments() call joined by "/": read it right after the call. */
export function joinedSegments(): string {
  return lastJoined;
}

/**
 * Decoded, non-empty segments of `text`, which must already be lowercase (classifyUrl lowercases the
 * whole URL once); GUIDs become `*` when `hideIds`. `%2f` separates segments like `/`; other escapes
 * are decoded within their segment, so the common route with only `%2f` in it is never copied whole.
 * `lead`, when given, is put before the segments (the Azure portal's `blade/` read as `view/`).
 */
export function routeSegments(text: string, hideIds: boolean, lead?: string): string[] {
  const out: string[] = lead === undefined ? [] : [lead];
  lastJoined = lead ?? "";
  if (text.length <= 1 && (text === "" || text === "/")) return out;
  // The joined route is a slice of `text` while nothing is replaced, dropped or decoded; after that
  // it is built by appending, which V8 does without copying.
  let first = -1;
  let last = 0;
  let joined: string | null = null;
  let from = 0;
  let percent = text.indexOf("%");
  while (from <= text.length && out.length < MAX_ROUTE_SEGMENTS) {
    let to = text.indexOf("/", from);
    if (to === -1) to = text.length;
    let next = to + 1;
    let escaped = false;
    while (percent !== -1 && percent < to) {
      if (text.charCodeAt(percent + 1) === 50 /* 2 */ && text.charCodeAt(percent + 2) === 102 /* f */) {
        to = percent;
        next = percent + 3;
        escaped = true;
        percent = text.indexOf("%", next);
        break;
      }
      escaped = true;
      percent = text.indexOf("%", percent + 1);
    }
    // `~` marks a menu page inside an Azure blade (`Menu/~/costanalysis`); older links leave it out.
    if (to > from && !((to === from + 1 && text.charCodeAt(from) === 126) /* ~ */)) {
      let segment = text.slice(from, to);
      let changed = escaped;
      if (escaped) segment = decodePercent(segment, true);
      // Dashes in the places of a GUID are enough to hide it: no page name looks like that.
      if (hideIds && segment.length === 36 && looksLikeGuid(segment)) {
        segment = "*";
        changed = true;
      }
      if (first === -1) {
        first = from;
        if (changed) joined = segment;
      } else if (joined !== null) joined += `/${segment}`;
      else if (changed || from !== last + 1) joined = `${text.slice(first, last)}/${segment}`;
      last = to;
      out.push(segment);
    }
    from = next;
  }
  const rest = joined ?? (first === -1 ? "" : text.slice(first, last));
  lastJoined = lead === undefined ? rest : rest === "" ? lead : `${lead}/${rest}`;
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
