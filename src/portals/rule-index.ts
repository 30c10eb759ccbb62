import type { Verdict } from "../verdict";
import { matchRouteGlob, type RouteGlob } from "./route-glob";

export interface IndexedRule {
  readonly id: string;
  readonly verdict: Verdict;
  readonly message: string;
  readonly why: string;
  readonly glob: RouteGlob;
}

interface Keyed {
  readonly key: string;
  readonly rules: readonly IndexedRule[];
}

interface FirstBucket {
  /** Rules for a route whose second segment has no bucket of its own. */
  readonly rules: readonly IndexedRule[];
  /** Buckets by second segment, grouped by its length: comparing a few strings beats hashing a fresh one. */
  readonly bySecondLength: Keyed[][];
}

/**
 * Rules bucketed by their literal first (and second) segment, each bucket sorted most specific first,
 * once, when built. A lookup reads one bucket and tests its globs in order; the first match wins.
 */
export class RuleIndex {
  readonly #byFirst = new Map<string, FirstBucket>();
  readonly #rest: readonly IndexedRule[];
  readonly size: number;

  constructor(rules: readonly IndexedRule[]) {
    this.size = rules.length;
    const order = new Map(rules.map((entry, position) => [entry, position]));
    const bySpecificity = (list: IndexedRule[]): readonly IndexedRule[] =>
      list.sort((a, b) => b.glob.specificity - a.glob.specificity || order.get(a)! - order.get(b)!);

    const rest: IndexedRule[] = [];
    const one = new Map<string, IndexedRule[]>();
    const two = new Map<string, Map<string, IndexedRule[]>>();
    for (const entry of rules) {
      const { first, second } = entry.glob;
      if (first === null) rest.push(entry);
      else if (second === null) push(one, first, entry);
      else {
        if (!two.has(first)) two.set(first, new Map());
        push(two.get(first)!, second, entry);
      }
    }
    for (const first of two.keys()) if (!one.has(first)) one.set(first, []);
    for (const [first, list] of one) {
      const bySecondLength: Keyed[][] = [];
      for (const [key, own] of two.get(first) ?? []) {
        const sameLength = bySecondLength[key.length] ?? [];
        sameLength.push({ key, rules: bySpecificity([...own, ...list, ...rest]) });
        bySecondLength[key.length] = sameLength;
      }
      this.#byFirst.set(first, { rules: bySpecificity([...list, ...rest]), bySecondLength });
    }
    this.#rest = bySpecificity(rest);
  }

  /** The most specific rule matching the route, or null. */
  lookup(segments: readonly string[]): IndexedRule | null {
    let bucket = this.#rest;
    const first = segments.length > 0 ? this.#byFirst.get(segments[0]!) : undefined;
    if (first !== undefined) {
      bucket = first.rules;
      const second = segments[1];
      const candidates = second === undefined ? undefined : first.bySecondLength[second.length];
      if (candidates !== undefined) {
        for (const keyed of candidates) {
          if (keyed.key === second) {
            bucket = keyed.rules;
            break;
          }
        }
      }
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
