import type { Classification } from "../classify/classify-url";
import type { Translate } from "../i18n/translate";
import { mailtoHref, readEmailAddress } from "../settings/contact-addresses";
import type { Verdict } from "../verdict";
import { delegatedLink } from "./delegated-link";
import { PORTAL_NAME_MESSAGES, requestPageName } from "./page-names";
import { fillRequestTemplate, percentEncode } from "./request-template";
import { tenantForRequest } from "./tenant-for-request";

/** The settings a request is built from (validated, as published). */
export interface RequestSettings {
  /** The partner's e-mail: the request's channel when no ticket form is set. */
  readonly partnerEmail: string;
  /** The partner's ticket form template; set, it is the channel. */
  readonly partnerRequestUrl: string;
  /** The customer's tenant, by policy: named when the URL names none. */
  readonly customerTenant: string;
}

/**
 * The page a request is about: its URL exactly as the customer sees it, and the portal and tenant its
 * classification already read from that URL (the banner script carries no classifier of its own).
 */
export interface RequestPage extends Pick<Classification, "portal" | "tenant"> {
  readonly url: string;
}

export interface RequestInput {
  readonly page: RequestPage;
  readonly verdict: Verdict;
  readonly rule: string;
  readonly settings: RequestSettings;
  /** Text in the reader's language. */
  readonly t: Translate;
  /** Language of that text, e.g. "pl": the ticket form's {lang}. */
  readonly language: string;
}

export interface PageRequest {
  readonly channel: "email" | "ticket";
  readonly href: string;
}

/** The verdicts whose banner offers a request: on the others there is nothing to ask the partner. */
export function offersRequest(verdict: Verdict): boolean {
  return verdict === "partner" || verdict === "support";
}

/**
 * What the "Ask <partner> to do this" control opens, or null when the banner has no such control
 * (another verdict, no channel set, or one that cannot be used). Pure, and never throws.
 */
export function pageRequest(input: RequestInput): PageRequest | null {
  try {
    return build(input);
  } catch {
    return null;
  }
}

function build({ page: shown, verdict, rule, settings, t, language }: RequestInput): PageRequest | null {
  if (!offersRequest(verdict)) return null;
  const { url, portal } = shown;
  const found = tenantForRequest(url, shown, settings.customerTenant);
  const tenant = found?.tenant ?? "";
  const page = requestPageName(t, rule, portal);

  const template = settings.partnerRequestUrl.trim();
  if (template !== "") {
    const href = fillRequestTemplate(template, {
      url,
      page,
      portal: portal ?? "",
      tenant,
      verdict,
      rule,
      lang: language,
    });
    return href === null ? null : { channel: "ticket", href };
  }

  const address = readEmailAddress(settings.partnerEmail);
  const to = address === null ? null : mailtoHref(address);
  if (to === null) return null;
  const agentLink = tenant === "" ? null : delegatedLink(url, portal, tenant);
  const subject = tenant === "" ? t("requestSubjectNoTenant", [page]) : t("requestSubject", [page, tenant]);
  const lines = [
    t("requestBodyPage", [page]),
    t("requestBodyUrl", [url]),
    t("requestBodyPortal", [portal === null ? "" : t(PORTAL_NAME_MESSAGES[portal])]),
    tenant === "" ? t("requestBodyNoTenant") : t("requestBodyTenant", [tenant]),
    ...(agentLink === null ? [] : [t("requestBodyAgentLink", [agentLink])]),
    "",
    "",
  ];
  // RFC 6068: line breaks in a mailto: body are written %0D%0A.
  const body = lines.join("\r\n");
  return { channel: "email", href: `${to}?subject=${percentEncode(subject)}&body=${percentEncode(body)}` };
}
