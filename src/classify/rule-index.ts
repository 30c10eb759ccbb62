import type { Verdict } from "../verdict";
import { matchRoute, type RouteGlob } from "./route-glob";
import { hasAt, type SegmentSink } from "./route-normalise";

export interface IndexedRule {
  readonly id: string;
  readonly verdict: Verdict;
  readonly why: string;
  readonly glob: RouteGlob;
  /**
   * The verdict stands whatever the portal's model says of the page: a partner's custom rule, or a
   * catalog rule whose pages the model has nothing to add to.
   */
  readonly stands: boolean;
}

interface IndexNode {
  /** Every rule whose leading literals lead here or to a node above, best first. */
  rules: readonly IndexedRule[];
  /** Child nodes by the length of their segment. */
  readonly next: Array<Children | undefined>;
  /** Rules filed at this node itself, while building. */
  readonly own: IndexedRule[];
}

/**
 * Child nodes whose segments have one length, told apart by their character at `at` (where they differ
 * most): a segment is compared in place only with a word whose character there is its own.
 */
interface Children {
  at: number;
  codes: number[];
  readonly words: string[];
  readonly nodes: IndexNode[];
}

const node = (): IndexNode => ({ rules: [], next: [], own: [] });

function childOf(parent: IndexNode, segment: string): IndexNode {
  parent.next[segment.length] ??= { at: 0, codes: [], words: [], nodes: [] };
  const children = parent.next[segment.length]!;
  const { words, nodes } = children;
  if (!words.includes(segment)) {
    nodes[words.push(segment) - 1] = node();
    let most = 0;
    for (let at = 0; at < segment.length; at += 1) {
      const differ = new Set(words.map((word) => word.charCodeAt(at))).size;
      if (differ > most) [most, children.at] = [differ, at];
    }
    children.codes = words.map((word) => word.charCodeAt(children.at));
  }
  return nodes[words.indexOf(segment)]!;
}

/**
 * Rules compiled once into a tree of their leading literal segments (`view` → `microsoft_azure_billing`).
 * A lookup walks the route down the tree and tests only the rules on that path, best first; the first
 * match wins. A glob that is literals followed by `**`, or literals alone, is decided by where the
 * walk stopped, without matching. Rules rank by specificity, then by their order; `preferred` rules
 * (partners' custom rules) rank above all others.
 *
 * The walk is fed the route's segments one by one, in place, as a route reader reads them (walk(),
 * then step() for each segment, then lookup()), so that a lookup need not read the route again. An
 * index has one walk: a lookup runs to its end before the next starts.
 */
export class RuleIndex implements SegmentSink {
  readonly #rules: readonly IndexedRule[];
  readonly #root = node();
  #at = this.#root;
  #depth = 0;
  /** Every segment so far led to a child. */
  #onTree = true;
  /** Segments the route has, and its last one: `#last` from `#lastStart` to `#lastEnd`. */
  #count = 0;
  #last = "";
  #lastStart = 0;
  #lastEnd = 0;
  /** False when the reader could not feed the walk the route as it is: lookup() then reads the route. */
  complete = true;

  constructor(rules: readonly IndexedRule[], preferred: readonly IndexedRule[] = []) {
    this.#rules = rules;
    const all = [...preferred, ...rules];
    for (const entry of all) {
      let at = this.#root;
      for (const segment of entry.glob.literals) at = childOf(at, segment);
      at.own.push(entry);
    }
    const rank = new Map(all.map((entry, position) => [entry, position]));
    const tier = (entry: IndexedRule) => (rank.get(entry)! < preferred.length ? 1 : 0);
    const settle = (at: IndexNode, above: readonly IndexedRule[]): void => {
      at.rules = [...above, ...at.own].sort(
        (a, b) => tier(b) - tier(a) || b.glob.specificity - a.glob.specificity || rank.get(a)! - rank.get(b)!,
      );
      for (const children of at.next) for (const child of children?.nodes ?? []) settle(child, at.rules);
    };
    settle(this.#root, []);
  }

  /** These rules with `preferred` ranked above them all. */
  withPreferred(preferred: readonly IndexedRule[]): RuleIndex {
    return new RuleIndex(this.#rules, preferred);
  }

  /** Starts a walk down the tree. */
  walk(): this {
    this.#at = this.#root;
    this.#depth = this.#count = 0;
    this.#onTree = this.complete = true;
    return this;
  }

  step(text: string, start: number, end: number): boolean {
    const children = this.#onTree ? this.#at.next[end - start] : undefined;
    this.#onTree = false;
    if (children !== undefined) {
      const code = text.charCodeAt(start + children.at);
      for (let index = 0; index < children.codes.length; index += 1) {
        // A native search from `start` is the cheapest exact comparison in place.
        if (children.codes[index] === code && text.indexOf(children.words[index]!, start) === start) {
          this.#at = children.nodes[index]!;
          this.#depth += 1;
          this.#onTree = true;
          break;
        }
      }
    }
    return this.#onTree;
  }

  /** A first segment the route has that its text does not (the Azure portal's `blade/` read as `view/`). */
  lead(word: string): void {
    const children = this.#at.next[word.length];
    const index = children?.words.indexOf(word) ?? -1;
    if (index === -1) this.#onTree = false;
    else {
      this.#at = children!.nodes[index]!;
      this.#depth = 1;
    }
    this.#count = 1;
  }

  end(count: number, text: string, start: number, end: number): void {
    this.#count += count;
    this.#last = text;
    this.#lastStart = start;
    this.#lastEnd = end;
  }

  /** The best rule matching the canonical route, or null; `walked`: the walk was fed this route. */
  lookup(route: string, walked = false): IndexedRule | null {
    if (!(walked && this.complete)) {
      this.walk();
      let count = 0;
      let start = 0;
      let end = route === "" ? 0 : -1;
      while (end < route.length) {
        start = end + 1;
        end = route.indexOf("/", start);
        if (end === -1) end = route.length;
        count += 1;
        if (this.#onTree) this.step(route, start, end);
      }
      this.end(count, route, start, end);
    }
    const count = this.#count;
    for (const entry of this.#at.rules) {
      const { tail, literals, last, fewest, most } = entry.glob;
      if (tail === "rest") return entry;
      if (tail === "exact") {
        if (this.#onTree && literals.length === this.#depth) return entry;
        continue;
      }
      // What the walk saw settles most: too few or too many segments, another last segment.
      if (count < fewest || (most !== -1 && count > most)) continue;
      if (
        last !== null &&
        !(this.#lastEnd - this.#lastStart === last.length && hasAt(this.#last, last, this.#lastStart))
      )
        continue;
      if (matchRoute(entry.glob, route)) return entry;
    }
    return null;
  }
}
