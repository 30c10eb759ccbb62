import type { PartnerDetails } from "../settings/settings";

export interface ContactLink {
  kind: "email" | "phone" | "website" | "support";
  /** What the popup shows. */
  text: string;
  href: string;
}

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;
const PHONE = /^\+?[0-9 ().-]{3,40}$/;

/**
 * The partner's contacts as links. Settings are validated when read, but these end up in `href`s, so
 * anything that is not a plain address, number or https: (or mailto:) URL is left out, not linked.
 */
export function partnerContactLinks(partner: PartnerDetails): ContactLink[] {
  const links: ContactLink[] = [];
  const email = partner.email.trim().replace(/^mailto:/i, "");
  if (EMAIL.test(email)) links.push({ kind: "email", text: email, href: `mailto:${email}` });
  const phone = partner.phone.trim();
  if (PHONE.test(phone) && /[0-9]/.test(phone)) {
    links.push({ kind: "phone", text: phone, href: `tel:${phone.replace(/[^0-9+]/g, "")}` });
  }
  const website = webLink(partner.website, false);
  if (website) links.push({ kind: "website", ...website });
  const support = webLink(partner.supportUrl, true);
  if (support) links.push({ kind: "support", ...support });
  return links;
}

function webLink(value: string, mailtoAllowed: boolean): { text: string; href: string } | null {
  const trimmed = value.trim();
  // Not set: no link, and no URL parser throwing (an exception costs the page a stack trace each render).
  if (trimmed === "") return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (mailtoAllowed && url.protocol === "mailto:" && EMAIL.test(decodeURIComponent(url.pathname))) {
    return { text: decodeURIComponent(url.pathname), href: url.href };
  }
  if (url.protocol !== "https:" || url.username || url.password) return null;
  const path = url.pathname === "/" ? "" : url.pathname;
  return { text: `${url.host}${path}`, href: url.href };
}
