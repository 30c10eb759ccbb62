import { describe, expect, it } from "vitest";
import {
  pointsAtSourceMap,
  sourceFiles,
  sourceZipName,
  storeManifest,
  storeZipName,
  unwantedInStorePackage,
} from "../../../tools/package/package-rules";

describe("zip names", () => {
  it("name the browser and the version", () => {
    expect(storeZipName("chrome", "1.2.3")).toBe("csp-portal-guide-chrome-1.2.3.zip");
    expect(storeZipName("firefox", "1.2.3")).toBe("csp-portal-guide-firefox-1.2.3.zip");
    expect(sourceZipName("1.2.3")).toBe("csp-portal-guide-source-1.2.3.zip");
  });
});

describe("unwantedInStorePackage", () => {
  it("passes a normal build", () => {
    const build = [
      "manifest.json",
      "content-scripts/portal-guide.js",
      "assets/service-worker.ts-DG-wLbHE.js",
      "_locales/en/messages.json",
      "icons/icon-16.png",
      "popup/index.html",
    ];
    expect(unwantedInStorePackage(build)).toEqual([]);
  });

  it.each([
    ["assets/popup.js.map", "a source map"],
    ["test/e2e/foundation.spec.ts", "a test file"],
    ["assets/banner.test.js", "a test file"],
    ["content-scripts/portal-guide.spec.mjs", "a test file"],
    [".DS_Store", "a hidden file"],
    [".vite/manifest.json", "a hidden file"],
  ])("refuses %s as %s", (path, what) => {
    expect(unwantedInStorePackage([path])).toEqual([`${path} is ${what}`]);
  });

  it("does not mistake names that only look alike", () => {
    expect(
      unwantedInStorePackage(["assets/contest.js", "assets/latest-map.json", "icons/spec-16.png"]),
    ).toEqual([]);
  });
});

describe("pointsAtSourceMap", () => {
  it("finds both comment forms and nothing else", () => {
    expect(pointsAtSourceMap("x();\n//# sourceMappingURL=x.js.map")).toBe(true);
    expect(pointsAtSourceMap("x();\n//@ sourceMappingURL=x.js.map")).toBe(true);
    expect(pointsAtSourceMap("/*# sourceMappingURL=data:application/json;base64,e30= */")).toBe(true);
    expect(pointsAtSourceMap('const sourceMappingURL = "none";')).toBe(false);
  });
});

describe("storeManifest", () => {
  it("drops only `key`, which the Chrome Web Store refuses", () => {
    const manifest = {
      manifest_version: 3,
      name: "n",
      version: "1.0.0",
      key: "PINNED",
      permissions: ["storage"],
    };
    expect(JSON.parse(storeManifest(JSON.stringify(manifest)))).toEqual({
      manifest_version: 3,
      name: "n",
      version: "1.0.0",
      permissions: ["storage"],
    });
  });

  it("leaves a manifest without `key` as it was", () => {
    const manifest = { manifest_version: 3, name: "n", version: "1.0.0" };
    expect(JSON.parse(storeManifest(JSON.stringify(manifest)))).toEqual(manifest);
  });
});

describe("sourceFiles", () => {
  it("keeps what builds the extension and leaves out tests, docs, CI and samples", () => {
    const tracked = [
      "vite.config.ts",
      "package.json",
      "package-lock.json",
      "manifest.json",
      "README.md",
      "src/classify/classify-url.ts",
      "content-scripts/portal-guide.tsx",
      "tools/build/manifest-for.ts",
      "public/icons/icon-16.png",
      "test/tools/build/manifest-for.test.ts",
      "docs/screenshots/foundation-partner.png",
      ".ci/run",
      "policies/chrome/policy.json",
    ];
    expect(sourceFiles(tracked)).toEqual([
      "README.md",
      "content-scripts/portal-guide.tsx",
      "manifest.json",
      "package-lock.json",
      "package.json",
      "public/icons/icon-16.png",
      "src/classify/classify-url.ts",
      "tools/build/manifest-for.ts",
      "vite.config.ts",
    ]);
  });
});
