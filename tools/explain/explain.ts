// `npm run --silent explain -- [--json] [URL ...]`: what the extension would say on each page.
// For support agents and scripts. URLs come from the arguments, or one per line on stdin when there
// are none. With --json, exactly one JSON object per line: url, verdict, rule, reason (how the
// verdict was reached: rule, area default or keyword), portal, tenant, route, why, banner, request (the
// href of the banner's "Ask <partner> to do this", or null), and `error` for a line that is not a URL (its
// verdict is "none"; the command goes on). --policy FILE reads the partner's settings from any policy file
// `policy:check` reads; without it, the defaults (no request).
import { createInterface } from "node:readline";
import { PORTALS } from "../../src/catalog/portals";
import { ruleNote } from "../../src/catalog/rule-notes";
import { type Classification, classifyUrl } from "../../src/classify/classify-url";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";
import type { Verdict } from "../../src/verdict";
import { requestHrefAt, settingsFromPolicyFile } from "./explain-request";
import { terminalText } from "./terminal-text";

const USAGE =
  "usage: npm run --silent explain -- [--json] [--policy FILE] [URL ...]   (no URL: one per line on stdin)";

/** Banner text in English, as the extension shows it when no partner name is configured. */
function bannerTextFor(verdict: Verdict): string {
  switch (verdict) {
    case "partner":
      return "Purchases, cancellations, plan changes and billing for this tenant go through your Cloud Solution Provider partner.";
    case "self-serve":
      return "You can do this yourself: configuration works as if you bought directly from Microsoft.";
    case "info":
      return "Message center, Service health and reports are yours to read.";
    case "support":
      return "Start with Microsoft's product support resources; your partner is the next step.";
    case "none":
      return "";
  }
}

interface Explanation extends Classification {
  url: string;
  banner: string;
  request: string | null;
  error?: string;
}

function explain(url: string, settings: Settings): Explanation {
  let error: string | undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
      error = `not an http(s) URL: ${parsed.protocol}`;
  } catch {
    error = "not a URL";
  }
  const result = error
    ? {
        verdict: "none" as const,
        rule: null,
        reason: null,
        portal: null,
        route: "",
        tenant: null,
        why: `Skipped: ${error}.`,
      }
    : classifyUrl(url);
  // A catalog rule's note is kept apart from the rules, out of the content script.
  const why = ruleNote(result.rule) ?? result.why;
  const request = error ? null : requestHrefAt(url, settings);
  return { url, ...result, why, banner: bannerTextFor(result.verdict), request, ...(error ? { error } : {}) };
}

function asText(line: Explanation): string {
  const portal = PORTALS.find((entry) => entry.id === line.portal);
  const rows: [string, string][] = [
    ["verdict", line.verdict],
    ["rule", line.rule ?? "-"],
    ["reason", line.reason ?? "-"],
    ["portal", portal ? `${portal.name} (${portal.id})` : "-"],
    ["tenant", line.tenant ?? "-"],
    ["route", line.portal === null ? "-" : line.route === "" ? "(home)" : line.route],
    ["why", line.why],
    ["banner", line.banner || "(no banner)"],
    ["request", line.request ?? "-"],
  ];
  if (line.error) rows.unshift(["error", line.error]);
  return [line.url, ...rows.map(([key, value]) => `  ${key.padEnd(8)}${value}`)].map(terminalText).join("\n");
}

async function* inputLines(args: readonly string[]): AsyncGenerator<string> {
  if (args.length > 0) {
    yield* args;
    return;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    const trimmed = line.trim();
    if (trimmed !== "") yield trimmed;
  }
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return;
  }
  const json = argv.includes("--json");
  const policyAt = argv.indexOf("--policy");
  const policyFile = policyAt === -1 ? null : argv[policyAt + 1];
  if (policyFile === undefined || policyFile?.startsWith("--")) {
    console.error(`--policy needs a file\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const settings = policyFile === null ? DEFAULT_SETTINGS : settingsFromPolicyFile(policyFile);
  if (typeof settings === "string") {
    console.error(settings);
    process.exitCode = 2;
    return;
  }
  const urls = argv.filter(
    (arg, index) =>
      arg !== "--json" && arg !== "--" && (policyAt === -1 || (index !== policyAt && index !== policyAt + 1)),
  );
  const unknown = urls.find((arg) => arg.startsWith("--"));
  if (unknown) {
    console.error(`unknown option ${unknown}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  let first = true;
  for await (const url of inputLines(urls)) {
    const line = explain(url, settings);
    if (json) process.stdout.write(`${JSON.stringify(line)}\n`);
    else process.stdout.write(`${first ? "" : "\n"}${asText(line)}\n`);
    first = false;
  }
}

await main(process.argv.slice(2));
