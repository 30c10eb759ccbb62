// `npm run docs:catalog`: brings the generated block of docs/catalog.md up to date with the catalog.
// `npm run docs:catalog -- --check` changes nothing and exits 1 when the block is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { CATALOG_COUNTS_COMMAND, CATALOG_DOC, updatedCatalogDoc } from "./catalog-counts";

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
const where = relative(process.cwd(), CATALOG_DOC);
const current = readFileSync(CATALOG_DOC, "utf8");
const updated = updatedCatalogDoc(current);
if (updated === current) {
  console.log(`${where} is up to date`);
} else if (values.check) {
  console.error(`${where} is stale: run \`${CATALOG_COUNTS_COMMAND}\``);
  process.exitCode = 1;
} else {
  writeFileSync(CATALOG_DOC, updated);
  console.log(`wrote ${where}`);
}
