import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const explain = (args: string[], input = "") =>
  execFileSync(process.execPath, ["--import", "tsx", "tools/explain/explain.ts", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
  });

describe("npm run explain", () => {
  it("prints one JSON object per line, with an error for a line that is not a URL, and goes on", () => {
    const output = explain(
      ["--json"],
      "https://admin.microsoft.com/Adminportal/Home#/subscriptions\n\nnot a url\nhttps://portal.azure.com/#@contoso.com/home\n",
    );
    const lines = output
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      verdict: "partner",
      rule: "m365.billing.products",
      portal: "m365-admin",
      tenant: null,
    });
    expect(lines[1]).toMatchObject({
      url: "not a url",
      verdict: "none",
      rule: null,
      portal: null,
      error: "not a URL",
    });
    expect(lines[2]).toMatchObject({
      verdict: "self-serve",
      rule: "azure.home",
      portal: "azure-portal",
      tenant: "contoso.com",
    });
    for (const line of lines)
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining(["url", "verdict", "rule", "portal", "tenant"]),
      );
  }, 30_000);

  it("reads URLs from the arguments and prints the banner text", () => {
    const output = explain([
      "https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/overview",
    ]);
    expect(output).toContain("verdict support");
    expect(output).toContain("rule    azure.support");
    expect(output).toContain("Start with Microsoft's product support resources");
  }, 30_000);

  it("says how each verdict was reached: rule, area default or keyword", () => {
    const output = explain(
      ["--json"],
      [
        "https://admin.microsoft.com/#/billoverview",
        "https://portal.azure.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/supportRequest",
        "https://admin.microsoft.com/#/somenewpage/invoicedetails",
      ].join("\n"),
    );
    const lines = output
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map(({ verdict, reason }) => [verdict, reason])).toEqual([
      ["partner", "rule"],
      ["support", "area default"],
      ["partner", "keyword"],
    ]);
    expect(lines[1].rule).toBe("azure.area.support-page");
    expect(explain(["https://admin.microsoft.com/#/somenewpage/invoicedetails"])).toContain(
      "reason  keyword",
    );
  }, 30_000);
});
