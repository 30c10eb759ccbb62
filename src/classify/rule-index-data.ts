import type { Verdict } from "../verdict";
import { compileRouteGlob, patternOf, type RouteGlob } from "./route-glob";

/** A rule to index: its glob compiled, and why it gives its verdict. */
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

/** What the catalog's rules say of a page, unless the rule carries its own sentence. */
export const CATALOG_WHY = "In the page catalog.";

/** A rule: id, verdict, and 1 when it stands, then why, when not CATALOG_WHY. */
export type RuleData = readonly [id: string, verdict: Verdict, stands?: 0 | 1, why?: string];

/**
 * One pattern of a rule (an index into `rules`). A pattern that is its leading literals alone, or
 * followed by `**`, is one number, `rule * 2 + (1 for the **)`: its literals are the path of the node
 * it is filed at. Any other pattern is written out with what rules a route out before matching: its
 * last segment when literal and not leading (or ""), and the fewest and most segments a matching
 * route has (-1: no limit).
 */
export type EntryData = number | OtherEntryData;

export type OtherEntryData = readonly [
  rule: number,
  pattern: string,
  last: string,
  fewest: number,
  most: number,
];

// Positions in OtherEntryData and NodeData.
export const RULE = 0;
export const PATTERN = 1;
export const LAST = 2;
export const FEWEST = 3;
export const MOST = 4;
export const OWN = 0;
export const WORDS = 1;
export const NODES = 2;

/**
 * A node of the tree of leading literal segments: the entries filed here (indices into `entries`,
 * ascending), then its child nodes' segments and the child nodes, when it has any.
 */
export type NodeData =
  | readonly [own: readonly number[]]
  | readonly [own: readonly number[], words: readonly string[], nodes: readonly NodeData[]];

/**
 * A rule index as plain data (JSON): the catalog's is compiled at build time (npm run catalog:compile)
 * and only read in the page; partners' custom rules are compiled with it where the settings are read.
 * `entries` are in rank order, best first: the preferred rules' (partners' custom rules, the first
 * `preferred` of `rules`) above all others, then by specificity, then in the order the rules were given.
 */
export interface IndexData {
  readonly rules: readonly RuleData[];
  readonly preferred: number;
  readonly entries: readonly EntryData[];
  readonly root: NodeData;
}

interface Building {
  readonly own: number[];
  readonly children: Map<string, Building>;
}

const building = (): Building => ({ own: [], children: new Map() });

/** Files each rule's pattern under its leading literals, in rank order (IndexData). */
export function compileRuleIndex(
  rules: readonly IndexedRule[],
  preferred: readonly IndexedRule[] = [],
): IndexData {
  const all = [...preferred, ...rules];
  const tier = (position: number) => (position < preferred.length ? 1 : 0);
  const ranked = all
    .map((_, position) => position)
    .sort((a, b) => tier(b) - tier(a) || all[b]!.glob.specificity - all[a]!.glob.specificity || a - b);

  const ruleData: RuleData[] = [];
  const ruleAt = new Map<string, number>();
  let preferredRules = 0;
  // Rules are numbered in the order given, so that the preferred ones come first.
  const ruleIndex = all.map(({ id, verdict, stands, why }, position): number => {
    const key = JSON.stringify([tier(position), id, verdict, stands, why]);
    let at = ruleAt.get(key);
    if (at === undefined) {
      const written: RuleData =
        why !== CATALOG_WHY ? [id, verdict, stands ? 1 : 0, why] : stands ? [id, verdict, 1] : [id, verdict];
      at = ruleData.push(written) - 1;
      ruleAt.set(key, at);
      preferredRules += tier(position);
    }
    return at;
  });

  const root = building();
  const entries = ranked.map((position, entryIndex): EntryData => {
    const { glob } = all[position]!;
    let at = root;
    for (const segment of glob.literals) {
      const child = at.children.get(segment) ?? building();
      at.children.set(segment, child);
      at = child;
    }
    at.own.push(entryIndex);
    const rule = ruleIndex[position]!;
    if (glob.tail === "other")
      return [rule, patternOf(glob.segments), glob.last ?? "", glob.fewest, glob.most];
    return rule * 2 + (glob.tail === "rest" ? 1 : 0);
  });
  const write = ({ own, children }: Building): NodeData =>
    children.size === 0 ? [own] : [own, [...children.keys()], [...children.values()].map(write)];
  return { rules: ruleData, preferred: preferredRules, entries, root: write(root) };
}

/** The rules of `data` (without any preferred ones it had) with `preferred` ranked above them all. */
export function withPreferredRules(data: IndexData, preferred: readonly IndexedRule[]): IndexData {
  const { rules, entries } = data;
  const patterns: string[] = [];
  const visit = (node: NodeData, path: string): void => {
    for (const position of node[OWN]) {
      const entry = entries[position]!;
      if (typeof entry !== "number") patterns[position] = entry[PATTERN];
      else if (entry % 2 === 0) patterns[position] = path;
      else patterns[position] = path === "" ? "**" : `${path}/**`;
    }
    node[NODES]?.forEach((child, index) => {
      const word = node[WORDS]![index]!;
      visit(child, path === "" ? word : `${path}/${word}`);
    });
  };
  visit(data.root, "");
  // In rank order: compiled again, they keep their order among themselves.
  const kept = entries.flatMap((entry, position): IndexedRule[] => {
    const index = typeof entry === "number" ? entry >> 1 : entry[RULE];
    if (index < data.preferred) return [];
    const [id, verdict, stands = 0, why = CATALOG_WHY] = rules[index]!;
    const glob = compileRouteGlob(patterns[position]) as RouteGlob;
    return [{ id, verdict, why, glob, stands: stands === 1 }];
  });
  return compileRuleIndex(kept, preferred);
}
