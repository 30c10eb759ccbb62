import type { Verdict } from "../verdict";
import { matchRouteGlob, type RouteGlob } from "./route-glob";

export interface IndexedRule {
  readonly id: string;
  readonly verdict: Verdict;
  readonly message: string;
  readonly why: string;
  readonly glob: RouteGlob;
}

/**
 * Rules bucketed by their literal first (and second) segment, each bucket sorted most specific first,
 * once, when built. A lookup reads one bucket and tests its globs in order; the first match wins.
 */
export class RuleIndex {
  readonly #byTwo = new Map<string, readonly IndexedRule[]>();
  readonly #byOne = new Map<string, readonly IndexedRule[]>();
  readonly #rest: readonly IndexedRule[];
  readonly size: number;

  constructor(rules: readonly IndexedRule[]) {
    this.size = rules.length;
    const order = new Map(rules.map((entry, position) => [entry, position]));
    const bySpecificity = (list: IndexedRule[]): readonly IndexedRule[] =>
      list.sort((a, b) => b.glob.specificity - a.glob.specificity || order.get(a)! - order.get(b)!);

    const rest: IndexedRule[] = [];
    const one = new Map<string, IndexedRule[]>();
    const two = new Map<string, IndexedRule[]>();
    for (const entry of rules) {
      const { first, second } = entry.glob;
      if (first === null) rest.push(entry);
      else if (second === null) push(one, first, entry);
      else push(two, `${first}/${second}`, entry);
    }
    for (const key of two.keys()) {
      const first = key.slice(0, key.indexOf("/"));
      if (!one.has(first)) one.set(first, []);
    }
    for (const [first, list] of one) this.#byOne.set(first, bySpecificity([...list, ...rest]));
    for (const [key, list] of two) {
      const first = key.slice(0, key.indexOf("/"));
      this.#byTwo.set(key, bySpecificity([...list, ...(one.get(first) ?? []), ...rest]));
    }
    this.#rest = bySpecificity(rest);
  }

  /** The most specific rule matching the route, or null. */
  lookup(segments: readonly string[]): IndexedRule | null {
    const first = segments[0];
    let bucket = this.#rest;
    if (first !== undefined) {
      const second = segments[1];
      bucket =
        (second !== undefined ? this.#byTwo.get(`${first}/${second}`) : undefined) ??
        this.#byOne.get(first) ??
        this.#rest;
    }
    for (const entry of bucket) {
      if (matchRouteGlob(entry.glob, segments)) return entry;
    }
    return null;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
