/**
 * Route globs: the pattern language of the page catalog and of partners' custom rules.
 *
 * A canonical route is lowercase segments joined by "/" (see route-normalise.ts). A glob is matched
 * segment by segment on the route string itself, never through a regular expression, so no pattern
 * can make matching slow: the work is bounded by pattern segments × route length (the classic
 * two-pointer wildcard match, with `**` the only star that backtracks).
 *
 *   literal   a segment that must be equal, e.g. `billoverview`
 *   *         exactly one segment, whatever it is
 *   **        zero or more segments
 *   pre*suf   one segment that starts with `pre` and ends with `suf` (one `*` per segment)
 */

import { hasAt } from "./route-normalise";

export const MAX_PATTERN_LENGTH = 256;
export const MAX_PATTERN_SEGMENTS = 16;
const MAX_DOUBLE_STARS = 4;

// Characters a route never carries after normalisation, or that would make a pattern ambiguous.
const FORBIDDEN = /[\0- #?\\\x7f]/;
const EDGE_SLASHES = /^\/+|\/+$/g;

const LITERAL = 0;
const ONE = 1;
const ANY = 2;
const PARTIAL = 3;

export type SegmentMatcher =
  | { readonly kind: typeof LITERAL; readonly text: string }
  | { readonly kind: typeof ONE }
  | { readonly kind: typeof ANY }
  | { readonly kind: typeof PARTIAL; readonly prefix: string; readonly suffix: string };

export interface RouteGlob {
  /** The pattern as written, lowercased and trimmed of slashes. */
  readonly source: string;
  readonly segments: readonly SegmentMatcher[];
  /** Higher wins when two globs match the same route: more literal segments, then fewer wildcards. */
  readonly specificity: number;
  /** The literal segments the pattern starts with: the rule index files the glob under them. */
  readonly literals: readonly string[];
  /**
   * What follows those literals: nothing (`exact`), a lone `**` (`rest`), or anything else (`other`).
   * The first two are decided by the index without matching (almost every catalog rule is one).
   */
  readonly tail: "exact" | "rest" | "other";
  /** The last segment when it is literal and not among `literals`: a cheap first test of the route's end. */
  readonly last: string | null;
  /** How many segments a matching route has at least, and at most (-1: no limit, there is a `**`). */
  readonly fewest: number;
  readonly most: number;
}

/** Compiles a glob, or returns an English sentence saying why it cannot. Never throws. */
export function compileRouteGlob(pattern: unknown): RouteGlob | string {
  if (typeof pattern !== "string") return "pattern must be a string";
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  const bad = FORBIDDEN.exec(pattern);
  if (bad) return `pattern contains a character routes never have (${JSON.stringify(bad[0])})`;
  const source = pattern.toLowerCase().replace(EDGE_SLASHES, "");
  const parts = source === "" ? [] : source.split("/");
  if (parts.length > MAX_PATTERN_SEGMENTS) return `pattern has more than ${MAX_PATTERN_SEGMENTS} segments`;

  const segments: SegmentMatcher[] = [];
  const literals: string[] = [];
  let partials = 0;
  let literalChars = 0;
  let doubleStars = 0;
  for (const part of parts) {
    const star = part.indexOf("*");
    if (part === "") return "pattern has an empty segment (two slashes in a row)";
    if (part === "**") {
      if (++doubleStars > MAX_DOUBLE_STARS) return `pattern has more than ${MAX_DOUBLE_STARS} "**" segments`;
      // `a/**/**/b` means the same as `a/**/b`; keep one.
      if (segments.at(-1)?.kind !== ANY) segments.push(matcherOf(part));
    } else if (part === "*") segments.push(matcherOf(part));
    else if (star === -1) {
      if (segments.length === literals.length) literals.push(part);
      literalChars += part.length;
      segments.push(matcherOf(part));
    } else if (part.includes("*", star + 1)) return `segment "${part}" has more than one "*"`;
    else {
      partials += 1;
      literalChars += part.length - 1;
      segments.push(matcherOf(part));
    }
  }
  const literalCount = segments.filter((matcher) => matcher.kind === LITERAL).length;
  const specificity =
    literalCount * 1000 + partials * 100 + (doubleStars === 0 ? 50 : 0) + Math.min(literalChars, 49);
  const after = segments.length - literals.length;
  const tail = after === 0 ? "exact" : after === 1 && doubleStars > 0 ? "rest" : "other";
  const final = segments.at(-1);
  const last = after > 0 && final?.kind === LITERAL ? final.text : null;
  const fewest = segments.filter((matcher) => matcher.kind !== ANY).length;
  const most = fewest === segments.length ? fewest : -1;
  return { source, segments, specificity, literals, tail, last, fewest, most };
}

/** The matcher of one segment of a pattern compileRouteGlob accepted. */
export function matcherOf(part: string): SegmentMatcher {
  if (part === "**") return { kind: ANY };
  if (part === "*") return { kind: ONE };
  const star = part.indexOf("*");
  if (star === -1) return { kind: LITERAL, text: part };
  return { kind: PARTIAL, prefix: part.slice(0, star), suffix: part.slice(star + 1) };
}

/** The pattern a glob's segments spell, as compileRouteGlob reads it (a doubled `**` written once). */
export function patternOf(segments: readonly SegmentMatcher[]): string {
  return segments
    .map((matcher) =>
      matcher.kind === LITERAL
        ? matcher.text
        : matcher.kind === PARTIAL
          ? `${matcher.prefix}*${matcher.suffix}`
          : matcher.kind === ONE
            ? "*"
            : "**",
    )
    .join("/");
}

/** Does the segment of `route` from `start` to `end` fit `matcher` (anything but `**`)? */
function fits(matcher: SegmentMatcher, route: string, start: number, end: number): boolean {
  if (matcher.kind === LITERAL)
    return end - start === matcher.text.length && hasAt(route, matcher.text, start);
  if (matcher.kind === PARTIAL)
    return (
      end - start >= matcher.prefix.length + matcher.suffix.length &&
      (matcher.prefix === "" || hasAt(route, matcher.prefix, start)) &&
      (matcher.suffix === "" || hasAt(route, matcher.suffix, end - matcher.suffix.length))
    );
  return matcher.kind === ONE;
}

/**
 * Does `glob` match the canonical route (segments joined by "/", "" for none)? Reads the route in
 * place: no segment is copied. O(pattern segments × route length).
 */
export function matchRoute(glob: Pick<RouteGlob, "segments">, route: string): boolean {
  const pattern = glob.segments;
  let p = 0;
  // Where the route segment being matched starts; past the end when there are none left.
  let r = route === "" ? 1 : 0;
  let starAt = -1;
  let resumeAt = 0;
  while (r <= route.length) {
    const matcher = pattern[p];
    let end = route.indexOf("/", r);
    if (end === -1) end = route.length;
    if (matcher?.kind === ANY) {
      if (p === pattern.length - 1) return true; // a final `**` takes whatever is left
      starAt = p;
      p += 1;
      resumeAt = r;
    } else if (matcher !== undefined && fits(matcher, route, r, end)) {
      p += 1;
      r = end + 1;
    } else if (starAt !== -1) {
      // Let the last `**` take one more segment, and try again after it.
      p = starAt + 1;
      resumeAt = route.indexOf("/", resumeAt) + 1 || route.length + 1;
      r = resumeAt;
    } else return false;
  }
  while (pattern[p]?.kind === ANY) p += 1;
  return p === pattern.length;
}

/** Does `glob` match the route given as its segments (non-empty, without "/", as canonicalise gives)? */
export function matchRouteGlob(glob: RouteGlob, segments: readonly string[]): boolean {
  return matchRoute(glob, segments.join("/"));
}
