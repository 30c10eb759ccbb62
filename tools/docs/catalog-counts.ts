// The counts docs/catalog.md shows (rules per verdict, example URLs per source, rules no documented
// URL covers yet), computed from the catalog and the example tables themselves, never typed by hand.
import { resolve } from "node:path";
import { PORTAL_DEFINITIONS } from "../../src/catalog/portals";
import { VERDICTS } from "../../src/verdict";
import { examplesByRule } from "../../test/catalog/catalog-examples";
import { REAL_PORTAL_URLS } from "../../test/fixtures/real-portal-urls";
import { renderTable } from "../bench/report-table";
import { CATALOG_RULES } from "../catalog/catalog-rules";
import { replaceGeneratedBlock } from "./generated-block";

export const CATALOG_COUNTS_COMMAND = "npm run docs:catalog";
export const CATALOG_DOC = resolve(import.meta.dirname, "../../docs/catalog.md");

/** What the counts read of a portal: only these fields, so a catalog that grows new ones needs no change here. */
export interface CountedPortal {
  readonly id: string;
  readonly name: string;
  readonly hosts: readonly string[];
  readonly rules: readonly { readonly id: string; readonly verdict: string }[];
}

/** One example URL of a rule: where it comes from (`real`, `observed`, `synthetic`, …). */
export interface CountedExample {
  readonly rule: string;
  readonly kind: string;
  /** The documentation page a real URL was copied from. */
  readonly page?: string | undefined;
}

export interface CatalogInput {
  readonly portals: readonly CountedPortal[];
  readonly examples: readonly CountedExample[];
}

/** The catalog as it ships, with every example URL the cross-matrix test checks against it. */
export function catalogInput(): CatalogInput {
  const pageOf = new Map(REAL_PORTAL_URLS.map((row) => [`${row.rule} ${row.url}`, row.source]));
  const examples = [...examplesByRule()].flatMap(([rule, list]) =>
    list.map(({ url, kind }) => ({ rule, kind, page: pageOf.get(`${rule} ${url}`) })),
  );
  const portals = PORTAL_DEFINITIONS.map(({ id, name, hosts }) => ({
    id,
    name,
    hosts,
    rules: CATALOG_RULES[id],
  }));
  return { portals, examples };
}

const KIND_ORDER = ["real", "observed", "synthetic"];
const KIND_LABELS: Readonly<Record<string, string>> = {
  real: "Documented",
  observed: "Observed",
  synthetic: "Written by us",
};

/** `values` in the order `order` gives, then any others in the order first seen. */
function ordered(values: Iterable<string>, order: readonly string[]): string[] {
  const present = new Set(values);
  return [...order.filter((value) => present.has(value)), ...[...present].filter((v) => !order.includes(v))];
}

const code = (text: string): string => `\`${text}\``;

/** The generated block's Markdown: tables of rules and examples per portal, and the rules still lacking a documented URL. */
export function renderCatalogCounts({ portals, examples }: CatalogInput): string {
  const allRules = portals.flatMap((portal) => portal.rules);
  const verdicts = ordered(
    allRules.map((rule) => rule.verdict),
    VERDICTS,
  );
  const kinds = ordered(
    examples.map((example) => example.kind),
    KIND_ORDER,
  );
  const portalOfRule = new Map(portals.flatMap((portal) => portal.rules.map((rule) => [rule.id, portal.id])));
  const examplesOf = (portalId: string | null): CountedExample[] =>
    examples.filter((example) => portalId === null || portalOfRule.get(example.rule) === portalId);
  const rulesOf = (portalId: string | null): CountedPortal["rules"] =>
    portalId === null ? allRules : (portals.find((portal) => portal.id === portalId)?.rules ?? []);
  const documented = new Set(examples.filter((example) => example.kind === "real").map((e) => e.rule));

  const rows = [
    ...portals.map((portal) => ({
      label: `${portal.name} (${code(portal.id)})`,
      id: portal.id as string | null,
    })),
    ...(portals.length > 1 ? [{ label: "All portals", id: null }] : []),
  ];

  const ruleTable = renderTable(
    ["Portal", "Rules", ...verdicts.map(code)],
    rows.map(({ label, id }) => {
      const rules = rulesOf(id);
      return [
        label,
        String(rules.length),
        ...verdicts.map((verdict) => String(rules.filter((rule) => rule.verdict === verdict).length)),
      ];
    }),
    "markdown",
  );

  const exampleTable = renderTable(
    [
      "Portal",
      "Example URLs",
      ...kinds.map((kind) => KIND_LABELS[kind] ?? kind),
      "Rules with a documented URL",
    ],
    rows.map(({ label, id }) => {
      const own = examplesOf(id);
      const rules = rulesOf(id);
      return [
        label,
        String(own.length),
        ...kinds.map((kind) => String(own.filter((example) => example.kind === kind).length)),
        `${rules.filter((rule) => documented.has(rule.id)).length} of ${rules.length}`,
      ];
    }),
    "markdown",
  );

  const pages = new Set(
    examples.flatMap((example) => (example.kind === "real" && example.page ? [example.page] : [])),
  );
  const lines = [
    ruleTable,
    "",
    exampleTable,
    "",
    `The documented URLs come from ${pages.size} pages of Microsoft documentation.`,
  ];

  const strays = ordered(
    examples.filter((example) => !portalOfRule.has(example.rule)).map((example) => example.rule),
    [],
  );
  if (strays.length > 0) {
    lines.push("", `Examples that name no catalog rule: ${strays.map(code).join(", ")}.`);
  }

  const withExamples = new Set(examples.map((example) => example.rule));
  const listed = (title: string, keep: (rule: string) => boolean): void => {
    const perPortal = portals
      .map((portal) => [portal, portal.rules.filter((rule) => keep(rule.id))] as const)
      .filter(([, rules]) => rules.length > 0);
    if (perPortal.length === 0) return;
    lines.push("", `${title}:`, "");
    for (const [portal, rules] of perPortal) {
      lines.push(`- ${portal.name}: ${rules.map((rule) => code(rule.id)).join(", ")}.`);
    }
  };
  listed("Rules with no example URL at all", (rule) => !withExamples.has(rule));
  listed("Rules no documented URL covers yet", (rule) => withExamples.has(rule) && !documented.has(rule));
  return `${lines.join("\n")}\n`;
}

/** docs/catalog.md's text with its generated block brought up to date. */
export function updatedCatalogDoc(current: string, input: CatalogInput = catalogInput()): string {
  return replaceGeneratedBlock(
    current,
    CATALOG_COUNTS_COMMAND,
    renderCatalogCounts(input),
    "docs/catalog.md",
  );
}
