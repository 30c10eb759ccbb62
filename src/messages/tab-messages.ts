import type { Classification } from "../classify/classify-url";
import { REASONS, type Reason } from "../classify/reason";
import { isVerdict, type Verdict } from "../verdict";

/** The popup asks the tab's content script for this; a tab without our content script cannot answer. */
export const GET_STATE = { type: "get-state" } as const;

/** What the content script tells the popup about its page. */
export interface TabState {
  href: string;
  classification: Classification;
  /** The banner's text as the page shows it now; null when no banner is visible (none, dismissed, off). */
  bannerText: string | null;
}

/** The content script's report to the background on load and on every route change. */
export interface VerdictReport {
  type: "verdict";
  verdict: Verdict;
  rule: string | null;
}

/**
 * The background's answer to a report of `none`: whether custom rules are in force, which may give
 * the page a verdict the catalog does not. Only then does the content script of a page the catalog
 * leaves alone read the settings.
 */
export interface VerdictReportReply {
  customRules: boolean;
}

export function readVerdictReportReply(answer: unknown): VerdictReportReply | null {
  return isRecord(answer) && typeof answer.customRules === "boolean"
    ? { customRules: answer.customRules }
    : null;
}

export function isGetState(message: unknown): boolean {
  return isRecord(message) && message.type === GET_STATE.type;
}

export function readVerdictReport(message: unknown): VerdictReport | null {
  if (!isRecord(message) || message.type !== "verdict" || !isVerdict(message.verdict)) return null;
  const rule = typeof message.rule === "string" ? message.rule : null;
  return { type: "verdict", verdict: message.verdict, rule };
}

/**
 * The answer checked field by field: after an update, a tab may still run the previous version of
 * the content script, and the popup must not render whatever it happens to send.
 */
export function readTabState(answer: unknown): TabState | null {
  if (!isRecord(answer) || typeof answer.href !== "string" || !isRecord(answer.classification)) return null;
  const c = answer.classification;
  if (!isVerdict(c.verdict) || typeof c.route !== "string" || typeof c.why !== "string") return null;
  if (!isNullableString(c.rule) || !isNullableString(c.tenant) || !isNullableString(c.portal)) return null;
  const reason = REASONS.includes(c.reason as Reason) ? (c.reason as Reason) : null;
  if (!isNullableString(answer.bannerText)) return null;
  return {
    href: answer.href,
    classification: {
      verdict: c.verdict,
      rule: c.rule,
      reason,
      portal: c.portal as Classification["portal"],
      route: c.route,
      tenant: c.tenant,
      why: c.why,
    },
    bannerText: answer.bannerText,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === "string";
}
