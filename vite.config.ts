import { crx } from "@crxjs/vite-plugin";
import { defineConfig } from "vite";
import baseManifest from "./manifest.json" with { type: "json" };
import pkg from "./package.json" with { type: "json" };

// The version lives in package.json alone; manifest.json carries a placeholder.
const manifest = { ...baseManifest, version: pkg.version };

export default defineConfig({
  build: {
    // DIST_ROOT lets parallel work build side by side without overwriting one another's output.
    outDir: `${process.env.DIST_ROOT ?? "dist"}/chrome`,
    emptyOutDir: true,
    target: "chrome111",
    sourcemap: false,
    modulePreload: false,
  },
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  plugins: [
    crx({
      manifest,
      contentScripts: { standaloneFiles: ["content-scripts/portal-guide.tsx"] },
    }),
  ],
});
