import { type CustomRule, compileCustomRules } from "../classify/classify-url";
import type { CheckName } from "./schema-types";

/** A value a check accepts (possibly tidied, e.g. `mailto:` removed), or what it expected instead. */
export type CheckResult = { ok: true; value: unknown } | { ok: false; expected: string; detail?: string };

const EMAIL =
  /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const PHONE = /^\+?[0-9 ()./-]+$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

const EXPECTED_EMAIL = "an e-mail address like helpdesk@partner.example (mailto: allowed)";
const EXPECTED_PHONE = "a phone number of digits, spaces, + ( ) - . / (tel: allowed)";
const EXPECTED_HTTPS = "an https: address like https://partner.example/";
const EXPECTED_SUPPORT = "an https: address or a mailto: e-mail address";
const EXPECTED_TENANT = "a tenant domain like contoso.onmicrosoft.com or a tenant id (GUID)";

function stripScheme(text: string, scheme: string): string {
  return text.slice(0, scheme.length).toLowerCase() === scheme ? text.slice(scheme.length) : text;
}

function checkEmail(value: string): CheckResult {
  const address = stripScheme(value, "mailto:");
  return EMAIL.test(address) ? { ok: true, value: address } : { ok: false, expected: EXPECTED_EMAIL };
}

function checkPhone(value: string): CheckResult {
  const number = stripScheme(value, "tel:").trim();
  const digits = number.replace(/[^0-9]/g, "").length;
  if (!PHONE.test(number)) return { ok: false, expected: EXPECTED_PHONE };
  if (digits < 3 || digits > 20) return { ok: false, expected: EXPECTED_PHONE, detail: `${digits} digits` };
  return { ok: true, value: number };
}

function checkHttps(value: string, expected = EXPECTED_HTTPS): CheckResult {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, expected, detail: "not an absolute address" };
  }
  if (url.protocol !== "https:") return { ok: false, expected, detail: `${url.protocol} is not allowed` };
  if (url.username || url.password) return { ok: false, expected, detail: "user names in links are refused" };
  if (!url.hostname.includes(".")) return { ok: false, expected, detail: "no public host name" };
  return { ok: true, value: url.href };
}

function checkSupportUrl(value: string): CheckResult {
  if (value.slice(0, 7).toLowerCase() === "mailto:") {
    const mail = checkEmail(value);
    return mail.ok ? { ok: true, value: `mailto:${mail.value}` } : { ok: false, expected: EXPECTED_SUPPORT };
  }
  return checkHttps(value, EXPECTED_SUPPORT);
}

function checkTenant(value: string): CheckResult {
  const tenant = value.toLowerCase();
  return GUID.test(tenant) || DOMAIN.test(tenant)
    ? { ok: true, value: tenant }
    : { ok: false, expected: EXPECTED_TENANT };
}

/** The catalog's own compiler decides whether a custom rule can be used, so both agree by construction. */
function checkCustomRule(value: unknown): CheckResult {
  const { errors } = compileCustomRules([value as CustomRule]);
  if (errors.length === 0) return { ok: true, value };
  // "custom rule 1 (id): why" → "why": the path already says which rule.
  const why = errors.map((error) => error.replace(/^custom rule \d+(?: \([^)]*\))?: /, "")).join("; ");
  return { ok: false, expected: "a rule the classifier can use", detail: why };
}

const STRING_CHECKS: Record<Exclude<CheckName, "custom-rule">, (value: string) => CheckResult> = {
  email: checkEmail,
  phone: checkPhone,
  "https-url": (value) => checkHttps(value),
  "support-url": checkSupportUrl,
  tenant: checkTenant,
};

/**
 * Runs a named check. An empty string always passes a string check: it means "not set" (the options
 * page clears a field that way), and the banner leaves out what is empty.
 */
export function runCheck(name: CheckName, value: unknown): CheckResult {
  if (name === "custom-rule") return checkCustomRule(value);
  if (typeof value !== "string") return { ok: false, expected: "a string" };
  if (value === "" && name !== "tenant") return { ok: true, value };
  return STRING_CHECKS[name](value);
}
