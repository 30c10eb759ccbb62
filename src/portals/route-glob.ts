/**
 * Route globs: the pattern language of the page catalog and of partners' custom rules.
 *
 * A canonical route is lowercase segments joined by "/" (see route-normalise.ts). A glob is matched
 * segment by segment, never through a regular expression, so no pattern can make matching slow:
 * the work is bounded by pattern segments × route segments (the classic two-pointer wildcard match).
 *
 *   literal   a segment that must be equal, e.g. `billoverview`
 *   *         exactly one segment, whatever it is
 *   **        zero or more segments
 *   pre*suf   one segment that starts with `pre` and ends with `suf` (one `*` per segment)
 */

export const MAX_PATTERN_LENGTH = 256;
export const MAX_PATTERN_SEGMENTS = 16;
const MAX_DOUBLE_STARS = 4;

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
  /** First two segments when literal, for indexing; null otherwise. */
  readonly first: string | null;
  readonly second: string | null;
}

// Characters a route segment never carries after normalisation, or that would make a pattern ambiguous.
function forbiddenCharacter(text: string): string | null {
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code < 33 || code === 127 || character === "#" || character === "?" || character === "\\")
      return character;
  }
  return null;
}

/** Compiles a glob, or returns an English sentence saying why it cannot. Never throws. */
export function compileRouteGlob(pattern: unknown): RouteGlob | string {
  if (typeof pattern !== "string") return "pattern must be a string";
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  const bad = forbiddenCharacter(pattern);
  if (bad !== null) return `pattern contains a character routes never have (${JSON.stringify(bad)})`;
  const source = trimSlashes(pattern.toLowerCase());
  if (source === "") return { source, segments: [], specificity: 50, first: null, second: null };
  const parts = source.split("/");
  if (parts.length > MAX_PATTERN_SEGMENTS) return `pattern has more than ${MAX_PATTERN_SEGMENTS} segments`;

  const segments: SegmentMatcher[] = [];
  let literals = 0;
  let partials = 0;
  let literalChars = 0;
  let doubleStars = 0;
  for (const part of parts) {
    if (part === "") return "pattern has an empty segment (two slashes in a row)";
    if (part === "**") {
      doubleStars += 1;
      if (doubleStars > MAX_DOUBLE_STARS) return `pattern has more than ${MAX_DOUBLE_STARS} "**" segments`;
      // `a/**/**/b` means the same as `a/**/b`; keep one.
      if (segments.at(-1)?.kind !== ANY) segments.push({ kind: ANY });
      continue;
    }
    if (part === "*") {
      segments.push({ kind: ONE });
      continue;
    }
    const star = part.indexOf("*");
    if (star === -1) {
      literals += 1;
      literalChars += part.length;
      segments.push({ kind: LITERAL, text: part });
      continue;
    }
    if (part.indexOf("*", star + 1) !== -1) return `segment "${part}" has more than one "*"`;
    partials += 1;
    literalChars += part.length - 1;
    segments.push({ kind: PARTIAL, prefix: part.slice(0, star), suffix: part.slice(star + 1) });
  }
  const specificity =
    literals * 1000 + partials * 100 + (doubleStars === 0 ? 50 : 0) + Math.min(literalChars, 49);
  const [a, b] = segments;
  const first = a?.kind === LITERAL ? a.text : null;
  const second = first !== null && b?.kind === LITERAL ? b.text : null;
  return { source, segments, specificity, first, second };
}

function trimSlashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 47) start += 1;
  while (end > start && text.charCodeAt(end - 1) === 47) end -= 1;
  return text.slice(start, end);
}

function segmentMatches(matcher: SegmentMatcher, segment: string): boolean {
  switch (matcher.kind) {
    case LITERAL:
      return matcher.text === segment;
    case ONE:
      return true;
    case PARTIAL:
      return (
        segment.length >= matcher.prefix.length + matcher.suffix.length &&
        segment.startsWith(matcher.prefix) &&
        segment.endsWith(matcher.suffix)
      );
    default:
      return false;
  }
}

/** Does `glob` match the route given as its segments? O(pattern segments × route segments). */
export function matchRouteGlob(glob: RouteGlob, route: readonly string[]): boolean {
  const pattern = glob.segments;
  let p = 0;
  let r = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (r < route.length) {
    const matcher = pattern[p];
    if (matcher !== undefined && matcher.kind !== ANY && segmentMatches(matcher, route[r]!)) {
      p += 1;
      r += 1;
    } else if (matcher !== undefined && matcher.kind === ANY) {
      starAt = p;
      p += 1;
      resumeAt = r;
    } else if (starAt !== -1) {
      p = starAt + 1;
      resumeAt += 1;
      r = resumeAt;
    } else {
      return false;
    }
  }
  while (pattern[p]?.kind === ANY) p += 1;
  return p === pattern.length;
}
