import { type MeasuredPage, metricDelta } from "./bench-browser";

export const STORM_NODES = 10_000;
const STORM_BATCHES = 10;

export interface StormSample {
  /** Main-thread task time of the whole storm (thread time): script, style, layout, observers. */
  taskMs: number;
  scriptMs: number;
  recalcStyleMs: number;
  layoutMs: number;
}

/**
 * The portal inserts 10,000 element nodes, in ten rendering tasks of a thousand, like a big grid
 * rendering: most deep in the content area, one per batch as a direct child of <body> (where our
 * host's observer looks), so an observer on the whole document and ours are both exercised.
 */
export async function runMutationStorm(measured: MeasuredPage): Promise<StormSample> {
  const before = await measured.metrics();
  await measured.page.evaluate(insertNodes, { total: STORM_NODES, batches: STORM_BATCHES });
  const after = await measured.metrics();
  return {
    taskMs: metricDelta(after, before, "TaskDuration"),
    scriptMs: metricDelta(after, before, "ScriptDuration"),
    recalcStyleMs: metricDelta(after, before, "RecalcStyleDuration"),
    layoutMs: metricDelta(after, before, "LayoutDuration"),
  };
}

// Runs in the page: per batch one container with its children, plus one <body> child.
async function insertNodes({ total, batches }: { total: number; batches: number }): Promise<void> {
  const content = document.getElementById("content") ?? document.body;
  const perBatch = total / batches;
  for (let batch = 0; batch < batches; batch += 1) {
    const container = document.createElement("div");
    for (let index = 0; index < perBatch - 2; index += 1) {
      const cell = document.createElement(index % 8 === 0 ? "div" : "span");
      cell.className = "storm-cell";
      container.append(cell);
    }
    content.append(container);
    document.body.append(document.createElement("div"));
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  }
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}
