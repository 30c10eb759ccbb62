import type { CustomRule } from "../classify/classify-url";
import { compileCustomRules } from "../classify/custom-rule-problems";
import { requestTemplateProblem } from "../request/request-template";
import {
  emailAddressProblem,
  MAX_PHONE_DIGITS,
  MIN_PHONE_DIGITS,
  readEmailAddress,
  readPhoneNumber,
} from "./contact-addresses";
import type { CheckName } from "./schema-types";

/** A value a check accepts (possibly tidied, e.g. `mailto:` removed), or what it expected instead. */
export type CheckResult = { ok: true; value: unknown } | { ok: false; expected: string; detail?: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

const EXPECTED_EMAIL = "an e-mail address like helpdesk@partner.example (mailto: allowed)";
const EXPECTED_PHONE = `a phone number like +48 22 555 01 00: ${MIN_PHONE_DIGITS} to ${MAX_PHONE_DIGITS} digits, spaces . - / ( ) between them, + only first (tel: allowed)`;
const EXPECTED_HTTPS = "an https: address like https://partner.example/";
const EXPECTED_SUPPORT = "an https: address or a mailto: e-mail address";
const EXPECTED_REQUEST_URL = "an https: ticket form address like https://partner.example/new?page={page}";
const EXPECTED_TENANT = "a tenant domain like contoso.onmicrosoft.com or a tenant id (GUID)";

function checkEmail(value: string): CheckResult {
  const address = readEmailAddress(value);
  if (address !== null) return { ok: true, value: address };
  const why = emailAddressProblem(value);
  return { ok: false, expected: EXPECTED_EMAIL, ...(why ? { detail: why } : {}) };
}

function checkPhone(value: string): CheckResult {
  const number = readPhoneNumber(value);
  return number === null ? { ok: false, expected: EXPECTED_PHONE } : { ok: true, value: number };
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
    if (mail.ok) return { ok: true, value: `mailto:${mail.value}` };
    return { ok: false, expected: EXPECTED_SUPPORT, ...(mail.detail ? { detail: mail.detail } : {}) };
  }
  return checkHttps(value, EXPECTED_SUPPORT);
}

function checkTenant(value: string): CheckResult {
  const tenant = value.toLowerCase();
  return GUID.test(tenant) || DOMAIN.test(tenant)
    ? { ok: true, value: tenant }
    : { ok: false, expected: EXPECTED_TENANT };
}

function checkRequestUrl(value: string): CheckResult {
  const problem = requestTemplateProblem(value);
  return problem === null
    ? { ok: true, value }
    : { ok: false, expected: EXPECTED_REQUEST_URL, detail: `the template ${problem}` };
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
  "request-url": checkRequestUrl,
  tenant: checkTenant,
  "customer-tenant": checkTenant,
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
