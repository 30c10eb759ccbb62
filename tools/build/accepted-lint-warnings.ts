/**
 * Warnings of Mozilla's add-on linter that the Firefox build may carry, each with the reason a
 * reviewer would accept it and a check narrow enough that our own code cannot hide behind it.
 */

export interface LintFinding {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintContext {
  /** The text of a file of the build, by the path the linter reports. */
  readBuilt(file: string): string;
  /** Source files (not node_modules, not tests) whose text contains `needle`. */
  sourcesContaining(needle: string): string[];
}

interface AcceptedWarning {
  code: string;
  why: string;
  applies(finding: LintFinding, context: LintContext): boolean;
}

// Preact's renderer, minified: `dom.innerHTML = newProps.dangerouslySetInnerHTML.__html`.
const PREACT_INNER_HTML = /^[\w$]+\.innerHTML=[\w$]+\.__html\b/;

export const ACCEPTED_LINT_WARNINGS: readonly AcceptedWarning[] = [
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    why:
      "it is Preact's renderer, which assigns innerHTML only for the dangerouslySetInnerHTML prop, " +
      "and no source file uses that prop",
    applies(finding, context) {
      if (!finding.file || !finding.line || !finding.column) return false;
      const line = context.readBuilt(finding.file).split("\n")[finding.line - 1] ?? "";
      // The linter's columns count from 1.
      const assignment = line.slice(finding.column - 1);
      return (
        PREACT_INNER_HTML.test(assignment) &&
        context.sourcesContaining("dangerouslySetInnerHTML").length === 0
      );
    },
  },
];

/** Why `finding` is acceptable, or null when it is a warning to fix. */
export function whyAccepted(finding: LintFinding, context: LintContext): string | null {
  for (const accepted of ACCEPTED_LINT_WARNINGS) {
    if (accepted.code === finding.code && accepted.applies(finding, context)) return accepted.why;
  }
  return null;
}
