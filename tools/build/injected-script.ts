import { basename } from "node:path";
import { build, type InlineConfig, type Plugin, type ResolvedConfig } from "vite";

/**
 * Builds a script the background injects with `scripting.executeScript({ files })` (no manifest entry
 * names it, so crxjs does not) as one self-contained IIFE, with the main build's syntax target and
 * minifier, and emits it at `fileName`. Like a content script, it cannot be an ES module.
 */
export function injectedScript(entry: string, fileName: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: "csp-portal-guide:injected-script",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const scriptConfig: InlineConfig = {
        configFile: false,
        root: config.root,
        mode: config.mode,
        logLevel: "warn",
        oxc: config.oxc,
        build: {
          write: false,
          emptyOutDir: false,
          minify: config.build.minify,
          sourcemap: false,
          target: config.build.target,
          lib: { entry, formats: ["iife"], name: basename(fileName, ".js").replace(/\W/g, "_") },
          rollupOptions: { output: { entryFileNames: fileName } },
        },
      };
      const result = await build(scriptConfig);
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((each) =>
        "output" in each ? each.output : [],
      );
      const chunk = outputs.find((output) => output.type === "chunk" && output.isEntry);
      if (chunk?.type !== "chunk") throw new Error(`building ${entry} gave no script`);
      this.emitFile({ type: "asset", fileName, source: chunk.code });
    },
  };
}
