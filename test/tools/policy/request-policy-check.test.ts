import { describe, expect, it } from "vitest";
import { validateSettings } from "../../../src/settings/validate-settings";
import { EXTENSION_IDS } from "../../../tools/build/extension-ids";
import { checkPolicyFile } from "../../../tools/policy/check-policy-file";

const chromeJson = (policy: unknown) =>
  new TextEncoder().encode(
    JSON.stringify({ "3rdparty": { extensions: { [EXTENSION_IDS.chromium]: policy } } }),
  );

const REFUSED = [
  ["another scheme", "http://tickets.contoso.example/new?u={url}", "http: is not allowed"],
  ["an unknown placeholder", "https://tickets.contoso.example/new?u={user}", "{user} is not a placeholder"],
  ["a placeholder in the host", "https://{tenant}.contoso.example/new", "a placeholder in the host"],
  [
    "more than 2000 characters",
    `https://tickets.contoso.example/new?u={url}&p=${"x".repeat(2000)}`,
    "at most 2000",
  ],
] as const;

describe("partnerRequestUrl in a policy", () => {
  it.each(REFUSED)("is refused with one line when it has %s", (_what, template, reason) => {
    const report = checkPolicyFile(
      "policy.json",
      chromeJson({ partnerName: "Contoso", partnerRequestUrl: template }),
    );
    expect(report.valid).toBe(false);
    expect(report.problems).toHaveLength(1);
    const [problem] = report.problems;
    expect(problem!.path).toMatch(/\.partnerRequestUrl$/);
    expect(problem!.message).toContain(reason);
    expect(problem!.message).not.toMatch(/\n/);
  });

  it.each(REFUSED)("is left out by the validator when it has %s", (_what, template, reason) => {
    const { values, problems } = validateSettings({ partnerRequestUrl: template });
    expect(values).toEqual({});
    expect(problems.map((problem) => problem.path)).toEqual(["partnerRequestUrl"]);
    expect(problems[0]!.message).toContain(reason);
  });

  it("is accepted with every placeholder, and so is a customerTenant", () => {
    const template =
      "https://tickets.contoso.example/{portal}/new?url={url}&page={page}&tenant={tenant}&verdict={verdict}&rule={rule}&lang={lang}";
    const report = checkPolicyFile(
      "policy.json",
      chromeJson({ partnerRequestUrl: template, customerTenant: "Fabrikam.onmicrosoft.com" }),
    );
    expect(report.problems).toEqual([]);
    expect(validateSettings({ customerTenant: "Fabrikam.onmicrosoft.com" }).values).toEqual({
      customerTenant: "fabrikam.onmicrosoft.com",
    });
  });

  it("refuses a customerTenant that is not a domain or tenant id", () => {
    const { problems } = validateSettings({ customerTenant: "fabrikam onmicrosoft" });
    expect(problems.map((problem) => problem.path)).toEqual(["customerTenant"]);
  });
});
