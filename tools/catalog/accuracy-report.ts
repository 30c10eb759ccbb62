// What `npm run catalog:accuracy` measures and prints: the shipped classifier's verdicts on the real URL
// table (test/fixtures/real-urls), per split, verdict and host. Pure: rows and a classifier in, text out.
import { VERDICTS, type Verdict } from "../../src/verdict";
import { renderTable } from "../bench/report-table";

export const ACCURACY_COMMAND = "npm run catalog:accuracy";

export interface LabelledUrl {
  readonly url: string;
  readonly verdict: Verdict;
}

export interface Classified {
  readonly verdict: Verdict;
  /** The rule (or fallback) that decided, null when none did. */
  readonly rule: string | null;
}

export interface ScoredRow {
  readonly url: string;
  readonly host: string;
  readonly expected: Verdict;
  readonly got: Verdict;
  readonly rule: string | null;
}

export interface VerdictFigures {
  readonly verdict: Verdict;
  /** Rows labelled with this verdict. */
  readonly count: number;
  /** Rows the classifier gave this verdict. */
  readonly predicted: number;
  readonly correct: number;
}

export interface HostFigures {
  readonly host: string;
  readonly count: number;
  readonly correct: number;
}

export interface SplitReport {
  readonly split: string;
  readonly total: number;
  readonly correct: number;
  readonly verdicts: readonly VerdictFigures[];
  readonly hosts: readonly HostFigures[];
  /** confusion[expected][got]: how many rows labelled `expected` were called `got`. */
  readonly confusion: Readonly<Record<Verdict, Readonly<Record<Verdict, number>>>>;
  /** The mistake that costs a customer money: a partner page shown as self-serve. */
  readonly partnerCalledSelfServe: number;
  readonly misses: readonly ScoredRow[];
}

const FILE_PIN = /^[A-Za-z0-9][\w.-]*\/[\w.-]+@[0-9a-f]{40}:\S+$/;

/** Why the table cannot be measured, in one line; null when every row is well formed. */
export function tableProblem(rows: readonly unknown[]): string | null {
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    if (typeof row !== "object" || row === null) return `row ${index} is not an object`;
    const { url, verdict, source, file } = row as Record<string, unknown>;
    const where = `row ${index}${typeof url === "string" ? ` (${url.slice(0, 80)})` : ""}`;
    if (typeof url !== "string" || !URL.canParse(url)) return `${where}: url is not a URL`;
    if (!(VERDICTS as readonly unknown[]).includes(verdict))
      return `${where}: verdict is not one of ${VERDICTS.join(", ")}`;
    if (typeof source !== "string" || source === "") return `${where}: source is missing`;
    if (typeof file !== "string" || !FILE_PIN.test(file))
      return `${where}: file is not owner/repo@<40-hex commit>:path`;
    if (seen.has(url)) return `${where}: the URL is in the table twice`;
    seen.add(url);
  }
  return null;
}

export function hostOf(url: string): string {
  return new URL(url).host.toLowerCase();
}

export function scoreRows(rows: readonly LabelledUrl[], classify: (url: string) => Classified): ScoredRow[] {
  return rows.map(({ url, verdict }) => {
    const { verdict: got, rule } = classify(url);
    return { url, host: hostOf(url), expected: verdict, got, rule };
  });
}

export function summarise(split: string, scored: readonly ScoredRow[]): SplitReport {
  const confusion = Object.fromEntries(
    VERDICTS.map((expected) => [expected, Object.fromEntries(VERDICTS.map((got) => [got, 0]))]),
  ) as Record<Verdict, Record<Verdict, number>>;
  for (const row of scored) confusion[row.expected][row.got] += 1;
  const verdicts = VERDICTS.map((verdict) => ({
    verdict,
    count: scored.filter((row) => row.expected === verdict).length,
    predicted: scored.filter((row) => row.got === verdict).length,
    correct: confusion[verdict][verdict],
  }));
  const hostNames = [...new Set(scored.map((row) => row.host))].sort();
  const hosts = hostNames.map((host) => {
    const own = scored.filter((row) => row.host === host);
    return { host, count: own.length, correct: own.filter((row) => row.got === row.expected).length };
  });
  const misses = scored.filter((row) => row.got !== row.expected);
  return {
    split,
    total: scored.length,
    correct: scored.length - misses.length,
    verdicts,
    hosts,
    confusion,
    partnerCalledSelfServe: confusion.partner["self-serve"],
    misses,
  };
}

/** `part / whole` as a percentage with one decimal, or "n/a" when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`;
}

export function accuracyOf(report: SplitReport): number {
  return report.total === 0 ? 0 : report.correct / report.total;
}

/** Recall of each verdict present in the split (rows labelled with it that got it). */
export function recallOf(report: SplitReport, verdict: Verdict): number | null {
  const figures = report.verdicts.find((entry) => entry.verdict === verdict)!;
  return figures.count === 0 ? null : figures.correct / figures.count;
}

export interface RenderOptions {
  readonly style: "text" | "markdown";
  readonly misses?: boolean;
}

const code = (text: string): string => `\`${text}\``;

export function renderSplit(report: SplitReport, { style, misses = false }: RenderOptions): string {
  const name = (verdict: string): string => (style === "markdown" ? code(verdict) : verdict);
  const verdictTable = renderTable(
    ["Verdict", "Rows", "Recall", "Precision"],
    report.verdicts.map(({ verdict, count, predicted, correct }) => [
      name(verdict),
      String(count),
      percent(correct, count),
      percent(correct, predicted),
    ]),
    style,
  );
  const hostTable = renderTable(
    ["Host", "Rows", "Accuracy"],
    report.hosts.map(({ host, count, correct }) => [host, String(count), percent(correct, count)]),
    style,
  );
  const confusionTable = renderTable(
    ["Labelled \\ called", ...VERDICTS.map(name)],
    VERDICTS.map((expected) => [
      name(expected),
      ...VERDICTS.map((got) => String(report.confusion[expected][got])),
    ]),
    style,
  );
  const heading = `${report.split} split: ${report.correct} of ${report.total} right (${percent(report.correct, report.total)}); partner pages called self-serve: ${report.partnerCalledSelfServe}`;
  const parts = [
    style === "markdown" ? `#### ${heading}` : heading,
    "",
    verdictTable,
    "",
    hostTable,
    "",
    confusionTable,
  ];
  if (misses && report.misses.length > 0) {
    parts.push(
      "",
      renderTable(
        ["URL", "Expected", "Got", "Rule"],
        report.misses.map((row) => [row.url, row.expected, row.got, row.rule ?? "-"]),
        style,
      ),
    );
  }
  return parts.join("\n");
}

export function renderReport(reports: readonly SplitReport[], options: RenderOptions): string {
  return `${reports.map((report) => renderSplit(report, options)).join("\n\n")}\n`;
}
