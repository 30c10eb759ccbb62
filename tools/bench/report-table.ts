import type { BudgetResult } from "./budgets";
import { kB, ms, spread, times } from "./format";
import type { HeapKinds } from "./heap-kinds";
import { oneLine } from "./machine";
import type { BenchResults } from "./results";
import type { SoakSnapshot } from "./soak";

type Row = readonly string[];

/** Columns padded for a terminal, or a Markdown table padded as Biome formats the README. */
export function renderTable(header: Row, rows: readonly Row[], style: "text" | "markdown"): string {
  const cells = (row: Row): string[] =>
    header.map((_, index) => (style === "markdown" ? markdownCell(row[index] ?? "") : (row[index] ?? "")));
  const table = [header, ...rows].map(cells);
  const widths = header.map((_, index) => Math.max(3, ...table.map((row) => row[index]!.length)));
  const padded = (row: string[]): string[] => row.map((cell, index) => cell.padEnd(widths[index]!));
  const rules = widths.map((width) => "-".repeat(width));
  if (style === "markdown") {
    const line = (row: string[]): string => `| ${row.join(" | ")} |`;
    return [line(padded(table[0]!)), line(rules), ...table.slice(1).map((row) => line(padded(row)))].join(
      "\n",
    );
  }
  const line = (row: string[]): string => padded(row).join("  ").trimEnd();
  return [line(table[0]!), line(rules), ...table.slice(1).map(line)].join("\n");
}

// Markdown drops a cell's leading spaces, so a sub-row's indent becomes an arrow there.
function markdownCell(text: string): string {
  return text.replace(/^ {2}/, "↳ ").replaceAll("|", "\\|");
}

export function figureRows(results: BenchResults): Row[] {
  const { load, heapAfterLoad, routeChange, storm, size, soak, classifier } = results;
  const rows: Row[] = [
    [
      "Main-thread time on load (TaskDuration)",
      ...["A", "N", "E"].map((v) => spread(load.taskMs[v as "A"], ms)),
    ],
    ["  added over A", "", spread(load.addedTaskMs.N, ms, true), spread(load.addedTaskMs.E, ms, true)],
    ...(load.addedTaskMsOnNonePages
      ? [
          [
            `  added over A, pages with verdict none (${load.addedTaskMsOnNonePages.E.n} loads)`,
            "",
            spread(load.addedTaskMsOnNonePages.N, ms, true),
            spread(load.addedTaskMsOnNonePages.E, ms, true),
          ] as Row,
        ]
      : []),
    ...(
      [
        [load.bannerLoadedMs, "banner script running"],
        [load.firstBannerMs, "first banner shown"],
      ] as const
    ).flatMap(([summary, what]): Row[] =>
      summary ? [[`Content script start → ${what} (${summary.n} loads)`, "", "", spread(summary, ms)]] : [],
    ),
    [
      "Script time on load (ScriptDuration)",
      ...["A", "N", "E"].map((v) => spread(load.scriptMs[v as "A"], ms)),
    ],
    ["  added over A", "", spread(load.addedScriptMs.N, ms, true), spread(load.addedScriptMs.E, ms, true)],
    ...(
      [
        ["compileMs", "V8 compilation (inside script)"],
        ["recalcStyleMs", "style recalculation"],
        ["layoutMs", "layout"],
        ["otherMs", "other (neither script, style nor layout)"],
      ] as const
    ).map(
      ([part, label]): Row => [
        `  of the load, added: ${label}`,
        "",
        spread(load.addedLoadPartsMs[part].N, ms, true),
        spread(load.addedLoadPartsMs[part].E, ms, true),
      ],
    ),
    ["JS heap after load and GC", ...["A", "N", "E"].map((v) => spread(heapAfterLoad.bytes[v as "A"], kB))],
    [
      "  added over A",
      "",
      spread(heapAfterLoad.addedBytes.N, kB, true),
      spread(heapAfterLoad.addedBytes.E, kB, true),
    ],
    [
      "Route change → banner, frames late",
      "",
      "",
      routeChange.framesLate
        ? `median ${routeChange.framesLate.median}, worst ${routeChange.framesLate.max} of ${routeChange.changes}` +
          (routeChange.missed > 0 ? `, ${routeChange.missed} missed` : "")
        : "never changed",
    ],
    ...Object.entries(routeChange.framesLateByMechanism).map(
      ([mechanism, frames]): Row => [
        `  by ${mechanism}`,
        "",
        "",
        `median ${frames.median}, worst ${frames.max} of ${frames.n}`,
      ],
    ),
    ...(routeChange.bannerLoads
      ? [
          [
            "  left out: changes from a page without a banner yet, which brought the banner script in",
            "",
            "",
            String(routeChange.bannerLoads),
          ] as Row,
        ]
      : []),
    [
      "  route-seen → verdict-rendered marks",
      "",
      "",
      routeChange.seenToRenderedMs ? spread(routeChange.seenToRenderedMs, ms) : "no marks",
    ],
    [
      "Style recalculation per route change",
      ...["A", "N", "E"].map((v) => spread(routeChange.recalcStyleMs[v as "A"], ms)),
    ],
    [
      "  added over A",
      "",
      spread(routeChange.addedRecalcStyleMs.N, ms, true),
      spread(routeChange.addedRecalcStyleMs.E, ms, true),
    ],
    [
      `Mutation storm, ${storm.nodes.toLocaleString("en")} nodes (TaskDuration)`,
      ...["A", "N", "E"].map((v) => spread(storm.taskMs[v as "A"], ms)),
    ],
    ["  ratio to A", "", spread(storm.ratio.N, times), spread(storm.ratio.E, times)],
    [
      "Injected before the first banner (content scripts)",
      "",
      "",
      `${kB(size.raw)} raw, ${kB(size.gzip)} gzip`,
    ],
    ...size.files.map(
      (file): Row => [`  ${file.file}`, "", "", `${kB(file.raw)} raw, ${kB(file.gzip)} gzip`],
    ),
    ...moduleRows(results),
    ...(results.bannerScript
      ? [
          [
            `Banner script, injected on the first verdict that is not none: ${results.bannerScript.file}`,
            "",
            "",
            `${kB(results.bannerScript.raw)} raw, ${kB(results.bannerScript.gzip)} gzip`,
          ] as Row,
        ]
      : []),
  ];
  for (const [portal, { A, E }] of Object.entries(soak)) {
    const heaps = (snapshots: SoakSnapshot[]): string => snapshots.map((s) => kB(s.heapBytes)).join(" → ");
    const codeGrowth = (E.cold.heapByKind.code ?? 0) - (E.loaded.heapByKind.code ?? 0);
    rows.push(
      [
        `Soak ${portal}: heap after load → 1,000 → 2,000`,
        heaps([A.loaded, A.cold, A.warm]),
        "",
        heaps([E.loaded, E.cold, E.warm]),
      ],
      [
        "  heap after load, E − A by kind",
        "",
        "",
        largestDifferences(E.loaded.heapByKind, A.loaded.heapByKind),
      ],
      [
        "  growth, first 1,000 (cold)",
        kB(A.cold.heapBytes - A.loaded.heapBytes, true),
        "",
        `${kB(E.cold.heapBytes - E.loaded.heapBytes, true)} (compiled code ${kB(codeGrowth, true)})`,
      ],
      [
        "  growth, next 1,000 (warm)",
        kB(A.warm.heapBytes - A.cold.heapBytes, true),
        "",
        kB(E.warm.heapBytes - E.cold.heapBytes, true),
      ],
      [
        "  our listeners, all JS listeners, our elements",
        "",
        "",
        [E.loaded, E.cold, E.warm]
          .map((s) => `${s.ownListeners}/${s.jsEventListeners}/${s.ownElements}`)
          .join(" → "),
      ],
      [
        "  task time per route change",
        ms(A.taskMsPerChange),
        "",
        `${ms(E.taskMsPerChange)} (${ms(E.taskMsPerChange - A.taskMsPerChange, true)})`,
      ],
      [
        "  synchronous wall time per route change",
        ms(A.syncMsPerChange),
        "",
        `${ms(E.syncMsPerChange)} (${ms(E.syncMsPerChange - A.syncMsPerChange, true)})`,
      ],
    );
    if (E.wrongVerdicts > 0)
      rows.push(["  route changes with a wrong banner", "", "", String(E.wrongVerdicts)]);
  }
  rows.push([
    "Classifier against new URL() (per URL)",
    "",
    "",
    "unavailable" in classifier
      ? `not measured: ${classifier.unavailable}`
      : `${classifier.classifyNsPerUrl.toFixed(0)} ns vs ${classifier.urlParseNsPerUrl.toFixed(0)} ns = ${times(classifier.ratio)}${
          classifier.runRatios && classifier.runRatios.length > 1
            ? ` (median run of ${classifier.runRatios.map(times).join(", ")})`
            : ""
        }`,
  ]);
  if (!("unavailable" in classifier) && classifier.realTable !== undefined) {
    const { classifyNsPerUrl, urlParseNsPerUrl, ratio, urls } = classifier.realTable;
    rows.push([
      `  the same run on the real URL table (${urls} URLs, no budget)`,
      "",
      "",
      `${classifyNsPerUrl.toFixed(0)} ns vs ${urlParseNsPerUrl.toFixed(0)} ns = ${times(ratio)}`,
    ]);
  }
  return rows;
}

/** The first script's groups (raw, and gzip of each alone) and its largest modules. */
function moduleRows({ firstScriptModules: breakdown }: BenchResults): Row[] {
  if (!breakdown) return [];
  return [
    ...breakdown.groups.map(
      (group): Row => [
        `  of the first script: ${group.name}`,
        "",
        "",
        `${kB(group.raw)} raw, ${kB(group.gzipAlone)} gzip alone`,
      ],
    ),
    ...breakdown.modules
      .slice(0, 8)
      .map((module): Row => [`    ${module.module}`, "", "", `${kB(module.raw)} raw`]),
  ];
}

/** The four kinds of heap object that differ most, largest first: "code +300.0 kB, string +90.0 kB, …". */
export function largestDifferences(ours: HeapKinds, baseline: HeapKinds): string {
  return [...new Set([...Object.keys(ours), ...Object.keys(baseline)])]
    .map((kind) => [kind, (ours[kind] ?? 0) - (baseline[kind] ?? 0)] as const)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 4)
    .map(([kind, bytes]) => `${kind} ${kB(bytes, true)}`)
    .join(", ");
}

export function budgetRows(budgets: readonly BudgetResult[]): Row[] {
  return budgets.map((budget) => [
    budget.figure,
    budget.budget,
    budget.measured,
    budget.met === null ? (budget.reportOnly ? "reported" : "not judged") : budget.met ? "met" : "OVER",
  ]);
}

export function renderReport(results: BenchResults, style: "text" | "markdown"): string {
  const title =
    `${results.repetitions} repetitions × ${results.portals.length} portals, A/N/E interleaved, ` +
    `median [p25 … p75]; thread time; ${results.durationS.toFixed(0)} s`;
  return [
    style === "markdown"
      ? `Measured ${results.date.slice(0, 10)} at ${results.commit?.slice(0, 7) ?? "?"}${results.dirty ? " (with uncommitted changes)" : ""}: ${title}.`
      : title,
    style === "markdown" ? `Machine: ${oneLine(results.machine)}.` : oneLine(results.machine),
    "",
    renderTable(
      ["Figure", "A: no extension", "N: control", "E: CSP Portal Guide"],
      figureRows(results),
      style,
    ),
    "",
    renderTable(["Budget", "Limit", "Measured", ""], budgetRows(results.budgets), style),
  ].join("\n");
}
