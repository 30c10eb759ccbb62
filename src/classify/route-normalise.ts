/**
 * Steps shared by both portals to turn what a URL says into a canonical route: lowercase segments
 * joined by "/", percent-decoded (tolerant of broken escapes), `%2f` read as "/", empty segments
 * (doubled and trailing slashes) and `~` dropped, GUIDs replaced by `*`, at most MAX_ROUTE_SEGMENTS.
 * Written for speed: this runs on every route change, and the budget is 2x `new URL()`. The
 * route is built as one string, mostly a slice of the URL; no array of segments is made.
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

/**
 * Whether `text` holds the non-empty `word` at `at`. A native search from `at` is the cheapest exact
 * comparison in place (startsWith compares char by char, and a loop over charCodeAt costs more); the
 * guard on the first character keeps most misses from searching at all, and no search runs past
 * the text, at most MAX_URL_LENGTH long.
 */
export function hasAt(text: string, word: string, at: number): boolean {
  return text.charCodeAt(at) === word.charCodeAt(0) && text.indexOf(word, at) === at;
}

/** Whether `text` from `start` to `end` is `word`, compared in place. */
export function isWord(word: string, text: string, start: number, end: number): boolean {
  return end - start === word.length && hasAt(text, word, start);
}

// Dashes in the places of a GUID are enough to hide it: no page name looks like that.
function looksLikeGuid(text: string, at: number): boolean {
  return (
    text.charCodeAt(at + 8) === 45 &&
    text.charCodeAt(at + 13) === 45 &&
    text.charCodeAt(at + 18) === 45 &&
    text.charCodeAt(at + 23) === 45
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

/** Takes the route's segments one by one as they are read (a RouteWalk down the rule index). */
export interface SegmentSink {
  /** The next segment, `text` from `start` to `end`; false once no later segment is wanted. */
  step(text: string, start: number, end: number): boolean;
  /** The route had `count` segments, the last one `text` from `start` to `end`. */
  end(count: number, text: string, start: number, end: number): void;
}

/** Says, segment by segment, which ones are names to hide behind `*` (as GUIDs are). */
export interface NameFilter {
  hides(text: string, start: number, end: number): boolean;
}

/**
 * The canonical route of `text` from `from` to `to`, which must already be lowercase (classifyUrl
 * lowercases the whole URL once): at most `maxSegments` segments; GUIDs become `*` when `hideIds`.
 * Segments are read in place; only a segment that changes (decoded, hidden) is copied, and the route
 * is a plain slice of `text` when none does. `names`, when given, hides more segments; each segment of
 * the route is also given to `walk`, when there is one.
 */
export function canonicalRoute(
  text: string,
  hideIds: boolean,
  from = 0,
  to = text.length,
  maxSegments = MAX_ROUTE_SEGMENTS,
  walk?: SegmentSink,
  names?: NameFilter,
): string {
  let route = "";
  // The latest segments, still a slice of `text`: from runStart (-1: none) to runEnd.
  let runStart = -1;
  let runEnd = 0;
  let count = 0;
  let walking = walk !== undefined;
  // The segment read last: `source` from `start` to `end`, which is `text` unless it changed.
  let source = text;
  let start = 0;
  let end = 0;
  let percent = text.indexOf("%", from);
  let slash = from - 1;
  while (from < to && count < maxSegments) {
    if (slash < from) {
      slash = text.indexOf("/", from);
      if (slash === -1 || slash > to) slash = to;
    }
    let stop = slash;
    let next = stop + 1;
    let escaped = false;
    // `%2f` separates segments like "/"; any other escape is decoded within its segment.
    while (percent !== -1 && percent < stop) {
      if (
        percent + 2 < to &&
        text.charCodeAt(percent + 1) === 50 /* 2 */ &&
        text.charCodeAt(percent + 2) === 102
      ) {
        stop = percent;
        next = percent + 3;
        percent = text.indexOf("%", next);
        break;
      }
      escaped = true;
      percent = text.indexOf("%", percent + 1);
    }
    // `~` marks a menu page inside an Azure blade (`Menu/~/costanalysis`); older links leave it out.
    if (stop > from && !(stop === from + 1 && text.charCodeAt(from) === 126)) {
      count += 1;
      source = escaped ? decodePercent(text.slice(from, stop), true) : text;
      start = escaped ? 0 : from;
      end = escaped ? source.length : stop;
      // `names` reads every segment. Dashes in the places of a GUID are enough to hide it.
      const named = names?.hides(source, start, end) === true;
      if (named || (hideIds && end - start === 36 && looksLikeGuid(source, start))) {
        source = "*";
        start = 0;
        end = 1;
      }
      if (walking) walking = walk!.step(source, start, end);
      if (source === text && runStart !== -1 && from === runEnd + 1) runEnd = stop;
      else {
        if (runStart !== -1) route = join(route, text.slice(runStart, runEnd));
        runStart = source === text ? from : -1;
        runEnd = stop;
        if (source !== text) route = join(route, source);
      }
    }
    from = next;
  }
  walk?.end(count, source, start, end);
  return runStart === -1 ? route : join(route, text.slice(runStart, runEnd));
}

function join(route: string, more: string): string {
  return route === "" ? more : `${route}/${more}`;
}

/**
 * Decoded, non-empty segments of `text` (any case), as canonicalRoute reads them; GUIDs become `*`
 * when `hideIds`. For tools and tests: classification itself never splits a route.
 */
export function routeSegments(text: string, hideIds: boolean, lead?: string): string[] {
  const lower = text.toLowerCase();
  const route = canonicalRoute(
    lower,
    hideIds,
    0,
    lower.length,
    MAX_ROUTE_SEGMENTS - (lead === undefined ? 0 : 1),
  );
  lastJoined = lead === undefined ? route : route === "" ? lead : `${lead}/${route}`;
  return lastJoined === "" ? [] : lastJoined.split("/");
}

/*
 * The old segment-array steps, kept only so that the canonicalise functions still written in
 * m365-admin.ts and azure-portal.ts compile. Those no longer run (canonical-route.ts reads routes
 * now); delete these with them.
 */

let lastJoined = "";

/** The route of the last routeSegments() call. */
export function joinedSegments(): string {
  return lastJoined;
}

/** Decoded path segments, ids kept. */
export function pathSegments(path: string): readonly string[] {
  return routeSegments(path, false);
}

/** `text` without the leading characters in `chars`. */
export function stripLeading(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start += 1;
  return text.slice(start);
}

/** `text` up to (not including) the first `?`. */
export function beforeQuery(text: string): string {
  const at = text.indexOf("?");
  return at === -1 ? text : text.slice(0, at);
}
