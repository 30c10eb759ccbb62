import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { customerViewOf } from "../../src/agent/customer-view";
import { compileUsableRules } from "../../src/classify/classify-url";
import { readLocaleMessages, translatorFromMessages } from "../../src/i18n/chrome-messages";
import { pageRequest } from "../../src/request/request-href";
import { resolveSettings } from "../../src/settings/resolve-settings";
import type { Settings } from "../../src/settings/settings";
import { checkPolicyFile } from "../policy/check-policy-file";
import { readPolicyBytes } from "../policy/read-policy-bytes";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * The settings a policy file gives the extension, read as `policy:check` reads it (any of its
 * formats); a string says why the file cannot be used.
 */
export function settingsFromPolicyFile(path: string): Settings | string {
  const bytes = readPolicyBytes(resolve(process.env.INIT_CWD ?? process.cwd(), path));
  if (typeof bytes === "string") return `the policy file ${path} ${bytes}`;
  const report = checkPolicyFile(path, bytes);
  const [first] = report.problems;
  if (first || report.configured.length === 0) {
    const reason = first ? `${first.path}: ${first.message}` : "configures nothing for CSP Portal Guide";
    return `the policy file ${path} is not valid (${reason}); npm run policy:check -- ${path} lists every problem`;
  }
  return resolveSettings({ policy: report.configured[0]!.values }).settings;
}

let english: ReturnType<typeof translatorFromMessages> | undefined;

function englishText() {
  if (!english) {
    const json: unknown = JSON.parse(readFileSync(resolve(ROOT, "public/_locales/en/messages.json"), "utf8"));
    const messages = readLocaleMessages(json);
    if (!messages) throw new Error("public/_locales/en/messages.json cannot be read");
    english = translatorFromMessages(messages, (key) => key);
  }
  return english;
}

/**
 * The href the banner's request control opens at `url` under `settings` (in English), or null: no
 * banner there under those settings, a verdict without a request, or no channel set.
 */
export function requestHrefAt(url: string, settings: Settings): string | null {
  const rules = settings.customRules.length > 0 ? compileUsableRules(settings.customRules) : undefined;
  const { banner, classification } = customerViewOf(url, settings, rules);
  if (!banner) return null;
  const request = pageRequest({
    page: { url, portal: classification.portal, tenant: classification.tenant },
    verdict: banner.verdict,
    rule: banner.rule,
    settings: {
      partnerEmail: settings.partner.email,
      partnerRequestUrl: settings.partner.requestUrl,
      customerTenant: settings.customerTenant,
    },
    t: englishText(),
    language: "en",
  });
  return request?.href ?? null;
}
