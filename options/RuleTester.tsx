import { useMemo, useState } from "preact/hooks";
import { type Classification, classifyUrl, compileUsableRules } from "../src/classify/classify-url";
import type { Translate } from "../src/i18n/translate";
import type { CustomRuleSetting } from "../src/settings/settings-schema";
import { validateSetting } from "../src/settings/validate-settings";
import { verdictLabel } from "./option-labels";

/** Tries a URL on the custom rules as they would be saved (only the valid ones) and the catalog. */
export function RuleTester({ t, rules }: { t: Translate; rules: readonly CustomRuleSetting[] }) {
  const [testUrl, setTestUrl] = useState("");
  const tested: Classification | null = useMemo(() => {
    if (testUrl.trim() === "") return null;
    const valid = validateSetting("customRules", rules).values.customRules ?? [];
    return classifyUrl(testUrl.trim(), compileUsableRules(valid));
  }, [testUrl, rules]);

  return (
    <div class="field">
      <label for="testUrl">{t("options_testUrl")}</label>
      <input
        id="testUrl"
        type="url"
        value={testUrl}
        placeholder="https://portal.azure.com/#browse/resourcegroups"
        onInput={(event) => setTestUrl(event.currentTarget.value)}
      />
      {tested && (
        <output for="testUrl" class="test-result" data-verdict={tested.verdict}>
          {t("options_testResult", [
            verdictLabel(t, tested.verdict),
            tested.rule ?? "—",
            tested.route || "—",
          ])}
        </output>
      )}
    </div>
  );
}
