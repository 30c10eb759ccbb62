// `npm run catalog:accuracy`: the shipped classifier on the real URL table, for the train and test splits
// (test/fixtures/real-urls). `-- --split train|test` limits it to one split, `-- --misses` lists the wrong
// rows, `-- --markdown` writes the figures of both splits into the generated block of docs/catalog.md.
// Exits 0 whatever the accuracy; 2, with a one-line reason, when the table is malformed.
import { readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { classifyUrl } from "../../src/classify/classify-url";
import { REAL_URLS } from "../../test/fixtures/real-urls/real-urls";
import { rowsIn, type Split } from "../../test/fixtures/real-urls/real-urls-split";
import { replaceGeneratedBlock } from "../docs/generated-block";
import { renderReport, scoreRows, summarise, tableProblem } from "./accuracy-report";

export const ACCURACY_MARKDOWN_COMMAND = "npm run catalog:accuracy -- --markdown";
const CATALOG_DOC = resolve(import.meta.dirname, "../../docs/catalog.md");
const SPLITS: readonly Split[] = ["train", "test"];

function fail(reason: string): never {
  console.error(`catalog:accuracy: ${reason}`);
  process.exit(2);
}

let values: { misses: boolean; markdown: boolean; split?: string | undefined };
try {
  ({ values } = parseArgs({
    options: {
      misses: { type: "boolean", default: false },
      markdown: { type: "boolean", default: false },
      split: { type: "string" },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.split !== undefined && !SPLITS.includes(values.split as Split)) {
  fail(`--split must be train or test, not "${values.split}"`);
}

const problem = tableProblem(REAL_URLS);
if (problem) fail(`the real URL table is malformed: ${problem}`);

const classify = (url: string) => classifyUrl(url);
const splits = values.markdown || values.split === undefined ? SPLITS : [values.split as Split];
const reports = splits.map((split) => summarise(split, scoreRows(rowsIn(REAL_URLS, split), classify)));

if (values.markdown) {
  const where = relative(process.cwd(), CATALOG_DOC);
  const current = readFileSync(CATALOG_DOC, "utf8");
  const block = renderReport(reports, { style: "markdown" });
  const updated = replaceGeneratedBlock(current, ACCURACY_MARKDOWN_COMMAND, block, where);
  if (updated !== current) writeFileSync(CATALOG_DOC, updated);
  console.log(updated === current ? `${where} is up to date` : `wrote ${where}`);
} else {
  process.stdout.write(renderReport(reports, { style: "text", misses: values.misses }));
}
