import type { Verdict } from "../verdict";

/**
 * What a portal's model says of a page no catalog rule names: the verdict of the area the page is
 * in (`area`, shown as the rule id), and the page's own names, which the partner-keyword guard reads
 * when the area's verdict is self-serve. Names are page and blade names only: never ids, resource
 * names or query values.
 */
export interface AreaVerdict {
  readonly area: string;
  readonly verdict: Verdict;
  readonly pageNames: readonly string[];
}

/** Reads a canonical route (and the lowercase URL, for query parameter names) into its area. */
export type PortalModel = (route: string, url: string) => AreaVerdict;

/** Whether any of `names` contains any of `words`. */
export function namesContain(names: readonly string[], words: readonly string[]): boolean {
  for (const name of names) for (const word of words) if (name.includes(word)) return true;
  return false;
}

/** Whether the URL's query (before or inside the hash) names the parameter `name` (lowercase). */
export function hasQueryParam(url: string, name: string): boolean {
  for (let at = url.indexOf(name); at !== -1; at = url.indexOf(name, at + 1)) {
    const before = url.charCodeAt(at - 1);
    const after = url.charCodeAt(at + name.length);
    if ((before === 63 /* ? */ || before === 38) /* & */ && (after === 61 /* = */ || Number.isNaN(after)))
      return true;
  }
  return false;
}
