import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import { defineConfig } from "vite";
import baseManifest from "./manifest.json" with { type: "json" };
import pkg from "./package.json" with { type: "json" };
import { BANNER_SCRIPT } from "./src/messages/banner-request";
import { injectedScript } from "./tools/build/injected-script";
import {
  BANNER_CHUNK_SCRIPT,
  filesNoLongerReferenced,
  HISTORY_HOOK_SCRIPT,
  manifestFor,
  NOT_ADMIN_WATCH_SCRIPT,
  PORTAL_GUIDE_SCRIPT,
  syntaxTargetOf,
} from "./tools/build/manifest-for";
import { browserForMode } from "./tools/build/targets";

// `vite build` builds Chrome/Edge into dist/chrome; `vite build --mode firefox` builds dist/firefox.
// `npm run build` (tools/build/build.ts) builds both. The version lives in package.json alone.
export default defineConfig(({ mode }) => {
  const browser = browserForMode(mode);
  const manifest = manifestFor(browser, baseManifest, pkg.version);
  // DIST_ROOT lets parallel work build side by side without overwriting one another's output.
  const outDir = `${process.env.DIST_ROOT ?? "dist"}/${browser}`;
  return {
    build: {
      outDir,
      emptyOutDir: true,
      target: syntaxTargetOf(manifest),
      sourcemap: false,
      modulePreload: false,
    },
    oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
    plugins: [
      crx({
        manifest: manifest as ManifestV3Export,
        browser,
        // Content scripts cannot be ES modules: each is one self-contained IIFE.
        contentScripts: {
          standaloneFiles: [PORTAL_GUIDE_SCRIPT, HISTORY_HOOK_SCRIPT, NOT_ADMIN_WATCH_SCRIPT],
        },
      }),
      // The banner, which the background injects on a page's first verdict that is not none.
      injectedScript(BANNER_CHUNK_SCRIPT, BANNER_SCRIPT),
      {
        // public/ is copied whole; what this browser's manifest dropped is not shipped.
        name: "drop-unreferenced-public-files",
        apply: "build",
        closeBundle() {
          for (const file of filesNoLongerReferenced(baseManifest, manifest)) rmSync(resolve(outDir, file));
        },
      },
    ],
  };
});
