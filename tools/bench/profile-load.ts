// `npx tsx tools/bench/profile-load.ts [--loads 10] [--url <portal URL>]...`: where the content script's time goes while a
// portal page loads. Builds the extension unminified (dist-bench-profile/), samples the renderer's
// main thread with the V8 CPU profiler during each load, and sums self time per source module of the
// bundle and per function, a native function's (an extension API's) going to its caller in ours.
// Profiling slows everything alike; read the shares, not the milliseconds.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launchVariant, openMeasuredPage, sleep } from "./bench-browser";
import { REPO_ROOT } from "./ensure-build";
import { SETTLE_MS } from "./page-sample";
import { BENCH_PORTALS } from "./route-plan";

const DIST_ROOT = "dist-bench-profile";
const SCRIPT = "content-scripts/portal-guide.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { loads: { type: "string", default: "10" }, url: { type: "string", multiple: true } },
  });
  const loads = Number(values.loads);
  // The same prebuild as `npm run build` (generated files the build copies), then Vite unminified.
  const prebuild = spawnSync(
    process.platform === "win32" ? "npm.cmd" : "npm",
    ["run", "--silent", "prebuild"],
    {
      cwd: REPO_ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  if (prebuild.status !== 0) throw new Error("npm run prebuild failed");
  const vite = join(REPO_ROOT, "node_modules/vite/bin/vite.js");
  const built = spawnSync(process.execPath, [vite, "build", "--minify", "false", "--logLevel", "warn"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DIST_ROOT },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (built.status !== 0) throw new Error("the unminified build failed");
  const builtDir = join(REPO_ROOT, DIST_ROOT, "chrome");
  const moduleAt = moduleStarts(readFileSync(join(builtDir, SCRIPT), "utf8"));

  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let ours = 0;
  let all = 0;
  const browser = await launchVariant("E", builtDir);
  try {
    const urls = values.url ?? Object.values(BENCH_PORTALS).map((routes) => routes[0]);
    for (let load = 0; load < loads; load += 1) {
      const measured = await openMeasuredPage(browser, { userTiming: false });
      await measured.cdp.send("Profiler.enable");
      await measured.cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await measured.cdp.send("Profiler.start");
      await measured.page.goto(urls[load % urls.length]!, { waitUntil: "load" });
      await sleep(SETTLE_MS);
      const { profile } = await measured.cdp.send("Profiler.stop");
      await measured.close();
      const nodes = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
      const parentOf = new Map<number, ProfileNode>();
      for (const node of nodes.values()) for (const child of node.children ?? []) parentOf.set(child, node);
      profile.samples?.forEach((id, index) => {
        const microseconds = profile.timeDeltas?.[index] ?? 0;
        const sampled = nodes.get(id)!;
        const { functionName } = sampled.callFrame;
        if (functionName === "(idle)" || functionName === "(program)") return;
        all += microseconds;
        // A native function (no URL: an extension API binding, addEventListener) counts for the
        // function of our script that called it, named after it: its cost is that call's.
        let caller: ProfileNode | undefined = sampled;
        while (caller && caller.callFrame.url === "") caller = parentOf.get(caller.id);
        if (!caller?.callFrame.url.endsWith(SCRIPT)) return;
        ours += microseconds;
        const module = moduleAt(caller.callFrame.lineNumber);
        byModule.set(module, (byModule.get(module) ?? 0) + microseconds);
        const native = caller === sampled ? "" : ` → ${functionName || "(native)"}`;
        const name = `${caller.callFrame.functionName || "(anonymous)"}${native}  ${module}`;
        byFunction.set(name, (byFunction.get(name) ?? 0) + microseconds);
      });
    }
  } finally {
    await browser.close();
  }
  const share = (microseconds: number): string => `${((100 * microseconds) / ours).toFixed(1).padStart(5)} %`;
  console.log(
    `${loads} loads; our script: ${((100 * ours) / all).toFixed(0)} % of the page's sampled JS time\n`,
  );
  console.log("Self time by source module of the bundle:");
  for (const [module, microseconds] of top(byModule, 15)) console.log(`  ${share(microseconds)}  ${module}`);
  console.log("\nSelf time by function:");
  for (const [name, microseconds] of top(byFunction, 20)) console.log(`  ${share(microseconds)}  ${name}`);
}

/** The unminified bundle marks each module with a `// path` line; a line number maps to the last one before it. */
function moduleStarts(bundle: string): (line: number) => string {
  const starts: { line: number; module: string }[] = [];
  bundle.split("\n").forEach((text, line) => {
    const marker = /^\s*\/\/ ((?:node_modules|src|content-scripts|platform)\/\S+)$/.exec(text);
    if (marker) starts.push({ line, module: marker[1]!.replace(/^node_modules\/(?:\.pnpm\/)?/, "") });
  });
  return (line) => {
    let found = "(bundle prelude)";
    for (const start of starts) {
      if (start.line > line) break;
      found = start.module;
    }
    return found;
  };
}

function top(totals: Map<string, number>, count: number): [string, number][] {
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count);
}

main().catch((error: unknown) => {
  console.error("[profile-load] failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
