// `npm run build [-- chrome|firefox]`: builds every browser's package from the one source tree,
// each with vite.config.ts in that browser's mode, into $DIST_ROOT/<browser> (default dist/).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "vite";
import { isTargetBrowser, TARGET_BROWSERS, type TargetBrowser } from "./targets";

const ROOT = resolve(import.meta.dirname, "../..");

function requestedBrowsers(args: string[]): TargetBrowser[] {
  if (args.length === 0) return [...TARGET_BROWSERS];
  const unknown = args.filter((arg) => !isTargetBrowser(arg));
  if (unknown.length > 0) {
    throw new Error(`Unknown browser ${unknown.join(", ")}: choose from ${TARGET_BROWSERS.join(", ")}.`);
  }
  return args as TargetBrowser[];
}

async function main(): Promise<void> {
  const distRoot = resolve(ROOT, process.env.DIST_ROOT ?? "dist");
  for (const browser of requestedBrowsers(process.argv.slice(2))) {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, "vite.config.ts"),
      // The module runner loads the TypeScript the config imports as the bundler resolves it.
      configLoader: "runner",
      mode: browser,
      logLevel: "warn",
    });
    const outDir = resolve(distRoot, browser);
    const { version } = JSON.parse(readFileSync(resolve(outDir, "manifest.json"), "utf8")) as {
      version: string;
    };
    console.log(`built ${browser} ${version} into ${outDir}`);
  }
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
