// `npm run lint:firefox`: Mozilla's add-on linter (the one addons.mozilla.org runs on upload) over
// the Firefox build. Fails on any error and on any warning not accepted below, with the reason.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import webExt from "web-ext";
import { type LintContext, type LintFinding, whyAccepted } from "./accepted-lint-warnings";

const ROOT = resolve(import.meta.dirname, "../..");
// What ships is built from everything else; these are tooling, tests and output.
const NOT_SHIPPED = /^(node_modules|dist.*|artifacts|test|tools|policies|docs|\..*)$/;
const SOURCE_FILE = /\.(ts|tsx|js|jsx|mjs)$/;

function shippedSourceFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return dir === ROOT && NOT_SHIPPED.test(entry.name) ? [] : shippedSourceFiles(path);
    return SOURCE_FILE.test(entry.name) ? [path] : [];
  });
}

interface LintReport {
  errors: LintFinding[];
  warnings: LintFinding[];
  notices: LintFinding[];
}

async function main(): Promise<number> {
  const sourceDir = resolve(ROOT, process.env.DIST_ROOT ?? "dist", "firefox");
  if (!existsSync(resolve(sourceDir, "manifest.json"))) {
    console.error(`No Firefox build in ${sourceDir}: run \`npm run build\` first.`);
    return 1;
  }
  const report = (await webExt.cmd.lint(
    { sourceDir, output: "none" },
    { shouldExitProgram: false },
  )) as LintReport;

  const sources = shippedSourceFiles().map((path) => ({ path, text: readFileSync(path, "utf8") }));
  const context: LintContext = {
    readBuilt: (file) => readFileSync(resolve(sourceDir, file), "utf8"),
    sourcesContaining: (needle) =>
      sources.filter((source) => source.text.includes(needle)).map((source) => relative(ROOT, source.path)),
  };
  const format = (finding: LintFinding): string =>
    `${finding.code} ${finding.file ?? ""}${finding.line ? `:${finding.line}:${finding.column ?? 0}` : ""} ${finding.message}`;

  let failures = 0;
  let accepted = 0;
  for (const error of report.errors) {
    console.error(`error    ${format(error)}`);
    failures++;
  }
  for (const warning of report.warnings) {
    const why = whyAccepted(warning, context);
    if (why) {
      console.log(`accepted ${format(warning)}\n         because ${why}`);
      accepted++;
    } else {
      console.error(`warning  ${format(warning)}\n         ${warning.description ?? ""}`);
      failures++;
    }
  }
  for (const notice of report.notices) console.log(`notice   ${format(notice)}`);

  console.log(
    `web-ext lint ${sourceDir}: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
      `(${accepted} accepted), ${report.notices.length} notices`,
  );
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`lint:firefox failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
