// Writes public/managed_schema.json from the settings schema (src/settings/settings-schema.ts), the
// one source of truth. Run by `prebuild`; a unit test fails when the committed file has drifted.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { SETTINGS_SCHEMA } from "../../src/settings/settings-schema";
import { chromeManagedSchemaText } from "./chrome-managed-schema";

export const MANAGED_SCHEMA_PATH = resolve(import.meta.dirname, "../../public/managed_schema.json");

const text = chromeManagedSchemaText(SETTINGS_SCHEMA);
let current = "";
try {
  current = readFileSync(MANAGED_SCHEMA_PATH, "utf8");
} catch {
  // Not there yet: written below.
}
if (current !== text) {
  writeFileSync(MANAGED_SCHEMA_PATH, text);
  console.log(`wrote ${MANAGED_SCHEMA_PATH}`);
}
