import type { UrlText } from "../classify/canonical-route";
import { PARTNER_WORDS_ANYWHERE, PARTNER_WORDS_LEADING, partnerKeyword } from "../classify/partner-keywords";
import type { Verdict } from "../verdict";

/**
 * What a portal's model says of a page: the verdict of the area the page is in (`area`, shown as
 * the rule id), and, when that verdict is self-serve, the partner word the page's own names hold
 * (partner-keywords.ts), which the guard then reads. Names are page and blade names only: never
 * ids, resource names or query values.
 */
export interface AreaVerdict {
  readonly area: string;
  readonly verdict: Verdict;
  readonly keyword: string | null;
}

/** A portal's model of its URLs. */
export interface PortalModel {
  /** Reads a canonical route (and the URL it was read from, for query parameter names) into its area. */
  readonly area: (route: string, url: UrlText) => AreaVerdict;
}

/** A pattern that finds any of `words` inside a name (names are joined by "/"). */
export function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.join("|"));
}

/**
 * A pattern of every word a model reads in a page's names, and every word the partner-keyword guard
 * reads: a page whose names hold none of them is plain configuration (withKeyword's `plain`).
 */
export function pageWordsOf(modelWords: readonly string[]): RegExp {
  return anyOf([...modelWords, ...PARTNER_WORDS_ANYWHERE, ...PARTNER_WORDS_LEADING]);
}

/**
 * A self-serve area (`configuration`, which holds no keyword) for a page whose names are `names`:
 * with the partner word they hold, if any. `plain`: a pattern of every word the model and the guard
 * read has already found none there (most pages hold none, and one pass of such a pattern costs about
 * what the guard's own pattern does).
 */
export function withKeyword(configuration: AreaVerdict, names: string, plain = false): AreaVerdict {
  const keyword = plain ? null : partnerKeyword(names);
  return keyword === null ? configuration : { ...configuration, keyword };
}

/** Whether the URL's query (before or inside the hash) names the parameter `name` (lowercase). */
export function hasQueryParam({ text, firstQuery }: UrlText, name: string): boolean {
  if (firstQuery === -1) return false;
  for (let at = text.indexOf(name, firstQuery); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = at + name.length;
    if (
      (before === 63 /* ? */ || before === 38) /* & */ &&
      (after === text.length || text.charCodeAt(after) === 61)
    )
      return true;
  }
  return false;
}

/** Where the segment of `route` that starts at `start` ends: the next "/", or the route's end. */
export function segmentEnd(route: string, start: number): number {
  const slash = route.indexOf("/", start);
  return slash === -1 ? route.length : slash;
}

/** How many segments `route` has from `start` (0 at or past its end). */
export function segmentsFrom(route: string, start: number): number {
  if (start >= route.length) return 0;
  let count = 1;
  for (let at = route.indexOf("/", start); at !== -1; at = route.indexOf("/", at + 1)) count += 1;
  return count;
}
