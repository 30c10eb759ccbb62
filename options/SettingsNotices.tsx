import type { Translate } from "../src/i18n/translate";
import type { ResolvedSettings } from "../src/settings/resolve-settings";

/** What stands above the form: that policy manages the extension, and what in either source was left out. */
export function SettingsNotices({ t, resolved }: { t: Translate; resolved: ResolvedSettings }) {
  const policyProblems = resolved.problems.filter((problem) => problem.source === "policy");
  const optionProblems = resolved.problems.filter((problem) => problem.source === "options");
  return (
    <>
      {resolved.locked.size > 0 && (
        <p class="notice" data-notice="managed">
          {t("options_managedNotice")}
        </p>
      )}
      {policyProblems.length > 0 && (
        <ProblemList
          notice="policy-problems"
          heading={t("options_policyProblems")}
          problems={policyProblems}
        />
      )}
      {optionProblems.length > 0 && (
        <ProblemList
          notice="option-problems"
          heading={t("options_optionProblems")}
          problems={optionProblems}
        />
      )}
    </>
  );
}

function ProblemList({
  notice,
  heading,
  problems,
}: {
  notice: string;
  heading: string;
  problems: ResolvedSettings["problems"];
}) {
  return (
    <div class="notice notice--problems" data-notice={notice}>
      {heading}
      <ul>
        {problems.map((problem) => (
          <li key={problem.path + problem.message}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
