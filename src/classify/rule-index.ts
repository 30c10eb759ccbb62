import type { Verdict } from "../verdict";
import { matcherOf, matchRoute, type RouteGlob } from "./route-glob";
import { hasAt, type SegmentSink } from "./route-normalise";
import {
  CATALOG_WHY,
  FEWEST,
  type IndexData,
  LAST,
  MOST,
  NODES,
  type NodeData,
  OWN,
  PATTERN,
  RULE,
  WORDS,
} from "./rule-index-data";

export type { IndexedRule } from "./rule-index-data";

/** The rule a lookup found. */
export interface FoundRule {
  readonly id: string;
  readonly verdict: Verdict;
  readonly why: string;
  /** The verdict stands whatever the portal's model says of the page (IndexedRule.stands). */
  readonly stands: boolean;
}

/** A node of the tree, as far as a walk has read it. */
interface IndexNode {
  readonly data: NodeData;
  readonly parent: IndexNode | null;
  /** Entries filed here or at a node above, best first; merged on first lookup here. */
  rules: readonly number[] | null;
  /** Child nodes by the length of their segment; grouped on the first step from here. */
  next: ReadonlyArray<Children | undefined> | null;
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

const node = (data: NodeData, parent: IndexNode | null): IndexNode => ({
  data,
  parent,
  rules: null,
  next: null,
});

/**
 * Rules as a tree of their leading literal segments (`view` → `microsoft_azure_billing`), read from
 * plain data (rule-index-data.ts): the catalog's is compiled at build time, and a page reads only the
 * nodes its routes walk through. A lookup walks the route down the tree and tests only the rules on
 * that path, best first; the first match wins. A glob that is literals followed by `**`, or literals
 * alone, is decided by where the walk stopped, without matching; only the rare other globs are
 * compiled, on first use.
 *
 * The walk is fed the route's segments one by one, in place, as a route reader reads them (walk(),
 * then step() for each segment, then lookup()), so that a lookup need not read the route again. An
 * index has one walk: a lookup runs to its end before the next starts.
 */
export class RuleIndex implements SegmentSink {
  readonly #data: IndexData;
  readonly #root: IndexNode;
  readonly #found: FoundRule[] = [];
  readonly #globs: Pick<RouteGlob, "segments">[] = [];
  #at: IndexNode;
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

  constructor(data: IndexData) {
    this.#data = data;
    this.#root = this.#at = node(data.root, null);
  }

  /** The index as plain data. */
  get data(): IndexData {
    return this.#data;
  }

  /** Starts a walk down the tree. */
  walk(): this {
    this.#at = this.#root;
    this.#depth = this.#count = 0;
    this.#onTree = this.complete = true;
    return this;
  }

  step(text: string, start: number, end: number): boolean {
    const children = this.#onTree ? (this.#at.next ?? group(this.#at))[end - start] : undefined;
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
    const children = (this.#at.next ?? group(this.#at))[word.length];
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
  lookup(route: string, walked = false): FoundRule | null {
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
    const { entries } = this.#data;
    for (const position of rulesAt(this.#at)) {
      const entry = entries[position]!;
      if (typeof entry === "number") {
        // Literals then `**`, or literals alone: the walk reached the node this pattern is filed at.
        if (entry % 2 === 1 || (this.#onTree && this.#at.data[OWN].includes(position)))
          return this.#foundAt(entry >> 1);
        continue;
      }
      // What the walk saw settles most: too few or too many segments, another last segment.
      const most = entry[MOST];
      if (count < entry[FEWEST] || (most !== -1 && count > most)) continue;
      const last = entry[LAST];
      if (
        last !== "" &&
        !(this.#lastEnd - this.#lastStart === last.length && hasAt(this.#last, last, this.#lastStart))
      )
        continue;
      this.#globs[position] ??= { segments: entry[PATTERN].split("/").map(matcherOf) };
      if (matchRoute(this.#globs[position], route)) return this.#foundAt(entry[RULE]);
    }
    return null;
  }

  #foundAt(rule: number): FoundRule {
    const cached = this.#found[rule];
    if (cached !== undefined) return cached;
    const [id, verdict, stands = 0, why = CATALOG_WHY] = this.#data.rules[rule]!;
    const found = { id, verdict, why, stands: stands === 1 };
    this.#found[rule] = found;
    return found;
  }
}

/**
 * The first position where words of one length have the most distinct characters. Runs on a page's
 * first walk, so it allocates nothing, and a lone word (most groups) takes its first character.
 */
function mostDistinctPosition(words: readonly string[]): number {
  if (words.length === 1) return 0;
  let most = 0;
  let best = 0;
  for (let position = 0; position < words[0]!.length; position += 1) {
    let distinct = 0;
    for (let index = 0; index < words.length; index += 1) {
      const code = words[index]!.charCodeAt(position);
      let earlier = 0;
      while (earlier < index && words[earlier]!.charCodeAt(position) !== code) earlier += 1;
      if (earlier === index) distinct += 1;
    }
    if (distinct > most) [most, best] = [distinct, position];
  }
  return best;
}

/** A node's entries and those of every node above, best first (ascending: entries are in rank order). */
function rulesAt(at: IndexNode): readonly number[] {
  if (at.rules !== null) return at.rules;
  const above = at.parent === null ? [] : rulesAt(at.parent);
  const own = at.data[OWN];
  const merged =
    own.length === 0 ? above : above.length === 0 ? own : [...above, ...own].sort((a, b) => a - b);
  at.rules = merged;
  return merged;
}

/** Groups a node's children by the length of their segment. */
function group(at: IndexNode): ReadonlyArray<Children | undefined> {
  const next: Children[] = [];
  const words = at.data[WORDS] ?? [];
  words.forEach((word, index) => {
    next[word.length] ??= { at: 0, codes: [], words: [], nodes: [] };
    const children = next[word.length]!;
    children.words.push(word);
    children.nodes.push(node(at.data[NODES]![index]!, at));
  });
  for (const children of next) {
    if (children === undefined) continue;
    children.at = mostDistinctPosition(children.words);
    children.codes = children.words.map((word) => word.charCodeAt(children.at));
  }
  at.next = next;
  return next;
}
