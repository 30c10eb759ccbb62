// `npm run --silent policy:check -- FILE...`: checks policy files before deployment (.reg, Chrome /
// Edge / Firefox policy JSON, configuration profiles, the Intune scripts). Prints each problem with
// its key path; exits 0 when every file is valid, 1 when any is not (a file that configures nothing
// for this extension is not valid either), 2 when called without files. Never prints a stack trace.
import { resolve } from "node:path";
import { MAX_PROBLEMS } from "../../src/settings/validate-settings";
import { checkPolicyFile, type PolicyFileReport } from "./check-policy-file";
import { readPolicyBytes } from "./read-policy-bytes";

function print(path: string, report: PolicyFileReport): void {
  if (report.valid) {
    const where = report.configured.map((entry) => `${entry.where} (${entry.settings} settings)`).join("; ");
    console.log(`${path}: valid ${report.format}: configures ${where}`);
  } else {
    const count = report.problems.length;
    const format = report.format === "unknown" ? "" : ` (${report.format})`;
    console.log(`${path}: NOT VALID${format}, ${count} problem${count === 1 ? "" : "s"}:`);
    // At most MAX_PROBLEMS lines and one that counts the rest (a settings check may end with its own).
    const shown = count > MAX_PROBLEMS + 1 ? MAX_PROBLEMS : count;
    for (const problem of report.problems.slice(0, shown))
      console.log(`  ${problem.path}: ${problem.message}`);
    if (shown < count) console.log(`  ${count - shown} more problems are not listed`);
  }
  for (const note of report.notes) console.log(`  note: ${note}`);
}

function main(): number {
  const files = process.argv.slice(2).filter((arg) => arg !== "--");
  if (files.length === 0) {
    console.error(
      "usage: npm run --silent policy:check -- FILE...   (.reg, .json, .mobileconfig, .plist, .ps1)",
    );
    return 2;
  }
  let allValid = true;
  for (const path of files) {
    // npm runs scripts in the package folder; INIT_CWD is where the user typed the command.
    const bytes = readPolicyBytes(resolve(process.env.INIT_CWD ?? process.cwd(), path));
    if (typeof bytes === "string") {
      console.log(`${path}: NOT VALID: the file ${bytes}`);
      allValid = false;
      continue;
    }
    const report = checkPolicyFile(path, bytes);
    print(path, report);
    allValid &&= report.valid;
  }
  return allValid ? 0 : 1;
}

process.stdout.on("error", () => process.exit(1));
try {
  process.exitCode = main();
} catch (error) {
  console.error(`policy:check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
