// `npm run policies`: renders every sample in policies/ from one source (tools/policy/,
// ids from tools/build/extension-ids.ts). With --policy FILE (and the URLs of your own packages) it renders
// your own policy instead, e.g. into --out my-policies. Run by `prebuild`; a unit test fails when the
// committed samples have drifted.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { SettingValues } from "../../src/settings/settings-schema";
import { validateSettings } from "../../src/settings/validate-settings";
import { deploymentFor, SAMPLE_OPTIONS, SAMPLE_POLICY } from "./deployment";
import { encodePolicyFile } from "./policy-text";
import { renderPolicies } from "./render-policies";

export const POLICIES_DIR = resolve(import.meta.dirname, "../../policies");

// npm runs scripts in the package folder; INIT_CWD is where the user typed the command.
const fromUser = (path: string): string => resolve(process.env.INIT_CWD ?? process.cwd(), path);

function fail(message: string): never {
  console.error(`npm run policies: ${message}`);
  process.exit(1);
}

function main(): void {
  const { values: args } = parseArgs({
    options: {
      policy: { type: "string" },
      "self-hosted-update-url": { type: "string" },
      "firefox-install-url": { type: "string" },
      out: { type: "string" },
    },
  });
  let policy: SettingValues = SAMPLE_POLICY;
  if (args.policy) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(fromUser(args.policy), "utf8"));
    } catch (error) {
      fail(`cannot read ${args.policy} as JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const { values, problems } = validateSettings(parsed);
    if (problems.length > 0) {
      fail(`${args.policy} has problems:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
    }
    policy = values;
  }
  const deployment = deploymentFor(policy, {
    selfHostedUpdateUrl: args["self-hosted-update-url"] ?? SAMPLE_OPTIONS.selfHostedUpdateUrl,
    firefoxInstallUrl: args["firefox-install-url"] ?? SAMPLE_OPTIONS.firefoxInstallUrl,
  });
  const outDir = args.out ? fromUser(args.out) : POLICIES_DIR;
  let written = 0;
  for (const file of renderPolicies(deployment)) {
    const target = resolve(outDir, file.path);
    const bytes = encodePolicyFile(file);
    let current: Uint8Array | null = null;
    try {
      current = readFileSync(target);
    } catch {
      // New file.
    }
    if (current && Buffer.compare(Buffer.from(current), Buffer.from(bytes)) === 0) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    written += 1;
  }
  if (written > 0) console.log(`wrote ${written} file(s) in ${outDir}`);
}

main();
