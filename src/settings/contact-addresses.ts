/**
 * What a partner's e-mail address and phone number may look like, and the one way each becomes a
 * link. The validator (value-checks.ts) accepts a value only when its link can be built here, and the
 * banner and the popup (partner-contacts.ts) build their links only here, so a value the validator
 * accepts always gets its button, and nothing else reaches an `href`.
 */

// An RFC 5322 dot-atom less every character a mailto: URL gives a meaning or must escape (RFC 6068,
// section 2): "?" starts header fields, "&" and "=" separate them, "%" encodes a "?", an "@", a line
// break or a second address, "#" starts a fragment, and "/", "{", "|", "}", "^" and "`" are not
// allowed unencoded. What is left is a plain address that can name one mailbox and nothing else.
const LOCAL_ATOM = "[A-Za-z0-9!$'*+_~-]+";
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const TOP_LABEL = "[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const EMAIL_ADDRESS = new RegExp(`^${LOCAL_ATOM}(?:\\.${LOCAL_ATOM})*@(?:${LABEL}\\.)+${TOP_LABEL}$`);
const MAX_LOCAL_PART = 64;
const MAX_ADDRESS = 254;
const MAILTO_SPECIAL = /[?&=%#]/;

// Digits and the separators people write between them (space . - /), at most a leading "+", and
// parentheses around digits, never nested: "+48 22/555 01 00", "+44 (0)20 7946 0000", "(022) 555 01 00".
const PHONE_NUMBER = /^\+?(?:[0-9 ./-]|\( *[0-9][0-9 ]*\))+$/;
export const MIN_PHONE_DIGITS = 3;
export const MAX_PHONE_DIGITS = 20;
// "+44 (0)20 …": the (0) is the trunk prefix, dialled only from inside the country (ITU-T E.123,
// section 7.3); dialled after the country code it reaches another number, or none.
const TRUNK_PREFIX_AFTER_COUNTRY_CODE = /^\+[ ./-]*([0-9]{1,3})[ ./-]*\( *0 *\)/;

function withoutScheme(text: string, scheme: "mailto:" | "tel:"): string {
  return text.slice(0, scheme.length).toLowerCase() === scheme ? text.slice(scheme.length) : text;
}

/** The bare address in `text` (a leading `mailto:` removed), or null when it is not one. */
export function readEmailAddress(text: string): string | null {
  const address = withoutScheme(text.trim(), "mailto:");
  const at = address.lastIndexOf("@");
  if (address.length > MAX_ADDRESS || at > MAX_LOCAL_PART || mailtoHref(address) === null) return null;
  return address;
}

/** Why `text` is not an address to link to, when a reason can be given beyond "not an address". */
export function emailAddressProblem(text: string): string | null {
  return MAILTO_SPECIAL.test(withoutScheme(text.trim(), "mailto:"))
    ? "? & = % # are refused: in a mailto: link they add recipients or headers"
    : null;
}

/** The phone number in `text` as written (a leading `tel:` removed), or null when it is not one. */
export function readPhoneNumber(text: string): string | null {
  const number = withoutScheme(text.trim(), "tel:").trim();
  if (!PHONE_NUMBER.test(number)) return null;
  const digits = number.replace(/[^0-9]/g, "").length;
  if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) return null;
  return telHref(number) === null ? null : number;
}

/** `mailto:` + the address, built and read back by the URL parser: one recipient, no query, no fragment. */
export function mailtoHref(address: string): string | null {
  if (!EMAIL_ADDRESS.test(address)) return null;
  return linkTo("mailto:", address);
}

/** `tel:` + the digits to dial (RFC 3966): "+44 (0)20 7946 0000" → `tel:+442079460000`. */
export function telHref(number: string): string | null {
  if (!PHONE_NUMBER.test(number)) return null;
  const international = number.startsWith("+");
  const digits = (international ? number.replace(TRUNK_PREFIX_AFTER_COUNTRY_CODE, "+$1") : number).replace(
    /[^0-9]/g,
    "",
  );
  return linkTo("tel:", `${international ? "+" : ""}${digits}`);
}

function linkTo(scheme: "mailto:" | "tel:", path: string): string | null {
  let url: URL;
  try {
    url = new URL(`${scheme}${path}`);
  } catch {
    return null;
  }
  const exact = url.protocol === scheme && url.pathname === path && url.search === "" && url.hash === "";
  return exact ? url.href : null;
}
