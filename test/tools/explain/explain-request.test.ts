import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { EXTENSION_IDS } from "../../../tools/build/extension-ids";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const ARGS = ["--import", "tsx", "tools/explain/explain.ts"];
const explainJson = (args: string[]) =>
  execFileSync(process.execPath, [...ARGS, "--json", ...args], { cwd: ROOT, encoding: "utf8" })
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as { url: string; request: string | null });

const folder = mkdtempSync(join(tmpdir(), "explain-request-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function policyFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const BILLS = "https://admin.microsoft.com/Adminportal/Home#/billoverview";
const USERS = "https://admin.microsoft.com/Adminportal/Home#/users";
const SUPPORT = "https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/overview";

describe("npm run explain -- --json [--policy FILE]", () => {
  it("prints request: null without a policy", () => {
    expect(explainJson([BILLS]).map((line) => line.request)).toEqual([null]);
  }, 30_000);

  it("prints the e-mail href a Chrome policy JSON gives, and null where there is no request", () => {
    const chrome = policyFile(
      "chrome.json",
      JSON.stringify({
        "3rdparty": {
          extensions: {
            [EXTENSION_IDS.chromium]: {
              partnerEmail: "cloud@contoso.example",
              customerTenant: "fabrikam.com",
            },
          },
        },
      }),
    );
    const [bills, users, support] = explainJson(["--policy", chrome, BILLS, USERS, SUPPORT]);
    expect(bills!.request).toBe(
      "mailto:cloud@contoso.example?subject=Request%3A%20Bills%20%26%20payments%20%28tenant%20fabrikam.com%29" +
        "&body=Page%3A%20Bills%20%26%20payments%0D%0AAddress%3A%20https%3A%2F%2Fadmin.microsoft.com%2FAdminportal%2FHome%23%2Fbilloverview" +
        "%0D%0APortal%3A%20Microsoft%20365%20admin%20center%0D%0ATenant%3A%20fabrikam.com" +
        "%0D%0AFor%20your%20agent%2C%20this%20page%20in%20our%20tenant%3A%20https%3A%2F%2Fadmin.microsoft.com%2FAdminportal%2FHome%3FdelegatedOrg%3Dfabrikam.com%23%2Fbilloverview%0D%0A%0D%0A",
    );
    expect(users!.request).toBeNull();
    expect(support!.request).toMatch(
      /^mailto:cloud@contoso\.example\?subject=Request%3A%20Help%20%2B%20support%20%28tenant%20fabrikam.com%29&body=/,
    );
  }, 30_000);

  it("reads the same .reg files as policy:check, ticket form included", () => {
    const [bills] = explainJson(["--policy", "policies/windows/edge.reg", BILLS]);
    expect(bills!.request).toBe(
      "https://support.contoso.example/tickets/new?tenant=fabrikam.onmicrosoft.com&page=Bills%20%26%20payments" +
        "&url=https%3A%2F%2Fadmin.microsoft.com%2FAdminportal%2FHome%23%2Fbilloverview&lang=en",
    );
  }, 30_000);

  it("has no request where the policy turns the banner off", () => {
    const off = policyFile(
      "off.json",
      JSON.stringify({ partnerEmail: "cloud@contoso.example", disabledVerdicts: ["partner"] }),
    );
    expect(explainJson(["--policy", off, BILLS]).map((line) => line.request)).toEqual([null]);
  }, 30_000);

  it("refuses a policy file policy:check refuses, in one line, exit code 2", () => {
    const bad = policyFile(
      "bad.json",
      JSON.stringify({ partnerRequestUrl: "https://{tenant}.contoso.example/" }),
    );
    const run = spawnSync(process.execPath, [...ARGS, "--json", "--policy", bad, BILLS], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("a placeholder in the host");
  }, 30_000);
});
