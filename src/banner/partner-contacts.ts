import { mailtoHref, readEmailAddress, readPhoneNumber, telHref } from "../settings/contact-addresses";
import type { PartnerDetails } from "../settings/settings";

export interface ContactLink {
  kind: "email" | "phone" | "website" | "support";
  /** What the popup shows. */
  text: string;
  href: string;
}

/**
 * The partner's contacts as links. Settings are validated when read, but these end up in `href`s, so
 * each is checked again by the same rules the validator uses (contact-addresses.ts) and built by the
 * URL parser, never by joining strings: an address that could carry a second recipient or a header,
 * or anything that is not https:, is left out, not linked.
 */
export function partnerContactLinks(partner: Omit<PartnerDetails, "requestUrl">): ContactLink[] {
  const links: ContactLink[] = [];
  const email = mailLink(partner.email);
  if (email) links.push({ kind: "email", ...email });
  const phone = readPhoneNumber(partner.phone);
  const dial = phone === null ? null : telHref(phone);
  if (phone !== null && dial !== null) links.push({ kind: "phone", text: phone, href: dial });
  const website = webLink(partner.website);
  if (website) links.push({ kind: "website", ...website });
  const support = /^\s*mailto:/i.test(partner.supportUrl)
    ? mailLink(partner.supportUrl)
    : webLink(partner.supportUrl);
  if (support) links.push({ kind: "support", ...support });
  return links;
}

function mailLink(value: string): { text: string; href: string } | null {
  const address = readEmailAddress(value);
  const href = address === null ? null : mailtoHref(address);
  return address !== null && href !== null ? { text: address, href } : null;
}

function webLink(value: string): { text: string; href: string } | null {
  const trimmed = value.trim();
  // Not set: no link, and no URL parser throwing (an exception costs the page a stack trace each render).
  if (trimmed === "") return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.username || url.password) return null;
  const path = url.pathname === "/" ? "" : url.pathname;
  return { text: `${url.host}${path}`, href: url.href };
}
