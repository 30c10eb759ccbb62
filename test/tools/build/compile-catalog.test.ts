import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PortalId } from "../../../src/catalog/portal-types";
import { PORTAL_DEFINITIONS } from "../../../src/catalog/portals";
import { RuleIndex } from "../../../src/classify/rule-index";
import { COMPILED_DIRECTORY, compiledModule } from "../../../tools/build/compile-catalog";
import { canonicalise } from "../../../tools/catalog/canonicalise";
import { CATALOG_RULES, compileCatalog } from "../../../tools/catalog/catalog-rules";
import { SYNTHETIC_EXAMPLES } from "../../catalog/synthetic-examples";
import { OBSERVED_PORTAL_URLS } from "../../fixtures/observed-portal-urls";
import { REAL_PORTAL_URLS } from "../../fixtures/real-portal-urls";
import { REAL_URLS } from "../../fixtures/real-urls/real-urls";

const PORTAL_IDS = Object.keys(CATALOG_RULES) as PortalId[];

describe("the compiled catalog (npm run catalog:compile)", () => {
  it.each(PORTAL_IDS)("is up to date with the rules of %s", (portal) => {
    const written = readFileSync(join(COMPILED_DIRECTORY, `${portal}-index.ts`), "utf8");
    expect(written, "run `npm run catalog:compile`").toBe(compiledModule(portal));
  });

  it("finds, for every route of the URL tables, the rule the rules as written give", () => {
    const urls = [
      ...REAL_PORTAL_URLS.map((row) => row.url),
      ...OBSERVED_PORTAL_URLS.map((row) => row.url),
      ...REAL_URLS.map((row) => row.url),
      ...Object.values(SYNTHETIC_EXAMPLES).flat(),
    ];
    let compared = 0;
    for (const portal of PORTAL_DEFINITIONS) {
      const fromRules = new RuleIndex(compileCatalog(CATALOG_RULES[portal.id]));
      for (const url of urls) {
        const { host, pathname, search, hash } = new URL(url);
        const route = canonicalise(
          portal,
          { path: pathname, query: search.slice(1), hash: hash.slice(1) },
          host,
        );
        if (route === null) continue;
        expect(portal.catalog.lookup(route.route)?.id, url).toBe(fromRules.lookup(route.route)?.id);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });
});
