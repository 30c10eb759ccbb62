// `npx tsx tools/bench/click-cost.ts [extension dir]`: what the admin center's clicks and keys cost in
// style recalculation with our banner and without any extension. Fluent UI writes
// ms-Fabric--isFocusVisible / --isFocusHidden on <body> at every input (test/fixtures/shells/m365-admin.html);
// an observer of <body>'s class that reads a computed style there forces one extra recalculation per
// input. Counts come from CDP Performance.getMetrics (RecalcStyleCount, RecalcStyleDuration in thread
// time), over the same inputs on the same shell in two browsers: A (no extension) and E (the build).
import { CHROME_DIST } from "../browser/launch-chromium";
import { type BenchBrowser, launchVariant, metricDelta, openMeasuredPage, sleep } from "./bench-browser";

const URL = "https://admin.microsoft.com/Adminportal/Home?replica-layout=flex#/subscriptions";
const INPUTS_PER_ROUND = 40;
const ROUNDS = 5;

interface Cost {
  recalcs: number;
  recalcMs: number;
  layouts: number;
  scriptMs: number;
}

async function measure(browser: BenchBrowser): Promise<Cost[]> {
  const measured = await openMeasuredPage(browser, { userTiming: false });
  const { page } = measured;
  await page.goto(URL);
  if (browser.variant === "E") {
    await page.locator("csp-portal-guide section.banner").waitFor({ timeout: 15_000 });
  }
  await sleep(1500);
  const refresh = (await page.getByRole("menuitem", { name: "Refresh" }).boundingBox())!;
  const frames = (): Promise<unknown> =>
    page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const rounds: Cost[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const before = await measured.metrics();
    // Alternately a click on the command bar's Refresh and Tab to the next command: each input really
    // changes <body>'s class (Fluent hides focus rings for the mouse, shows them for the keyboard) and
    // moves focus, as a user going between mouse and keyboard does.
    for (let input = 0; input < INPUTS_PER_ROUND / 2; input++) {
      await page.mouse.click(refresh.x + refresh.width / 2, refresh.y + refresh.height / 2);
      await frames();
      await page.keyboard.press("Tab");
      await frames();
    }
    const after = await measured.metrics();
    rounds.push({
      recalcs: metricDelta(after, before, "RecalcStyleCount") / INPUTS_PER_ROUND,
      recalcMs: metricDelta(after, before, "RecalcStyleDuration") / INPUTS_PER_ROUND,
      layouts: metricDelta(after, before, "LayoutCount") / INPUTS_PER_ROUND,
      scriptMs: metricDelta(after, before, "ScriptDuration") / INPUTS_PER_ROUND,
    });
  }
  await measured.close();
  return rounds;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function main(): Promise<void> {
  const extension = process.argv[2] ?? CHROME_DIST;
  const results: Record<string, Cost> = {};
  for (const variant of ["A", "E"] as const) {
    const browser = await launchVariant(variant, variant === "A" ? null : extension);
    try {
      const rounds = await measure(browser);
      results[variant] = {
        recalcs: median(rounds.map((cost) => cost.recalcs)),
        recalcMs: median(rounds.map((cost) => cost.recalcMs)),
        layouts: median(rounds.map((cost) => cost.layouts)),
        scriptMs: median(rounds.map((cost) => cost.scriptMs)),
      };
    } finally {
      await browser.close();
    }
  }
  console.log(
    `${INPUTS_PER_ROUND} inputs (click, Tab, …) × ${ROUNDS} rounds on ${URL}; per input, median round:`,
  );
  console.log("variant                 RecalcStyleCount  RecalcStyleDuration  LayoutCount  ScriptDuration");
  for (const [variant, name] of [
    ["A", "no extension"],
    ["E", "CSP Portal Guide"],
  ] as const) {
    const cost = results[variant]!;
    console.log(
      `${name.padEnd(24)}${cost.recalcs.toFixed(2).padStart(16)}${`${cost.recalcMs.toFixed(3)} ms`.padStart(21)}${cost.layouts.toFixed(2).padStart(13)}${`${cost.scriptMs.toFixed(3)} ms`.padStart(16)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
