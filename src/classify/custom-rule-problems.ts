import {
  type CompiledRuleSet,
  type CustomRule,
  type CustomRuleFault,
  compileUsableRules,
  MAX_CUSTOM_RULES,
  readCustomRule,
} from "./classify-url";

/**
 * The custom rules' wording for people (the options page, policy:check, the validator). It lives
 * apart from the classifier so that the content script, which only gets rules already validated,
 * does not carry it.
 */
const FAULT_TEXT: Readonly<Record<Exclude<CustomRuleFault["fault"], "pattern">, string>> = {
  "not-object": "must be an object",
  id: "id must be 1-80 letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
  portal: 'portal must be "m365-admin" or "azure-portal" (or left out for both)',
  verdict: "verdict must be one of partner, self-serve, info, support, none",
};

/** Why each rule of `rules` that the classifier leaves out is left out, one line each. */
export function customRuleProblems(rules: ReadonlyArray<CustomRule>): string[] {
  if (!Array.isArray(rules)) return ["custom rules must be a list"];
  const problems: string[] = [];
  if (rules.length > MAX_CUSTOM_RULES)
    problems.push(`only the first ${MAX_CUSTOM_RULES} custom rules are used`);
  rules.slice(0, MAX_CUSTOM_RULES).forEach((candidate: unknown, position) => {
    const checked = readCustomRule(candidate);
    if (!("fault" in checked)) return;
    const id = (candidate as { id?: unknown } | null)?.id;
    const label = typeof id === "string" && id !== "" ? ` (${id.slice(0, 80)})` : "";
    const why = checked.fault === "pattern" ? checked.detail : FAULT_TEXT[checked.fault];
    problems.push(`custom rule ${position + 1}${label}: ${why}`);
  });
  return problems;
}

/** The usable rules compiled, and why the others are left out. Never throws. */
export function compileCustomRules(rules: ReadonlyArray<CustomRule>): {
  compiled: CompiledRuleSet;
  errors: string[];
} {
  return { compiled: compileUsableRules(rules), errors: customRuleProblems(rules) };
}
