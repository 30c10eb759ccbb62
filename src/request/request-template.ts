/**
 * The partner's ticket form as a URL template: `https://tickets.partner.example/new?url={url}&page={page}`.
 * The validator (value-checks.ts) and the banner both read a template only through this file, so a
 * template the validator accepts is the one the banner fills, and nothing else reaches an `href`.
 */

/** Every placeholder a template may use, and nothing else. */
export const REQUEST_PLACEHOLDERS = ["url", "page", "portal", "tenant", "verdict", "rule", "lang"] as const;

export type RequestPlaceholder = (typeof REQUEST_PLACEHOLDERS)[number];

export type RequestValues = Readonly<Record<RequestPlaceholder, string>>;

export const MAX_REQUEST_TEMPLATE_LENGTH = 2000;

const KNOWN: ReadonlySet<string> = new Set(REQUEST_PLACEHOLDERS);
const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * Why `template` cannot be used, in one line; null when it can. A placeholder is filled only in the
 * path or the query: in the host it could send the customer to another site, in the fragment the
 * partner's server would never see it.
 */
export function requestTemplateProblem(template: string): string | null {
  if (template.length > MAX_REQUEST_TEMPLATE_LENGTH) {
    return `is ${template.length} characters; a ticket form template has at most ${MAX_REQUEST_TEMPLATE_LENGTH}`;
  }
  if (!/^https:\/\//i.test(template)) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(template)?.[1];
    return scheme
      ? `${scheme.toLowerCase()}: is not allowed; a ticket form is an https: address`
      : "is not an https: address";
  }
  const names = [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
  const unknown = names.find((name) => !KNOWN.has(name));
  if (unknown !== undefined) {
    return `{${unknown}} is not a placeholder; use ${REQUEST_PLACEHOLDERS.map((name) => `{${name}}`).join(" ")}`;
  }
  if (template.replace(PLACEHOLDER, "").search(/[{}]/) !== -1)
    return "has a { or } that is not part of a placeholder";
  const rest = template.slice("https://".length);
  const authorityEnd = rest.search(/[/?#\\]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  if (authority.includes("{"))
    return "has a placeholder in the host; placeholders go in the path or the query";
  const hashAt = template.indexOf("#");
  if (hashAt !== -1 && template.indexOf("{", hashAt) !== -1) {
    return "has a placeholder after #; placeholders go in the path or the query";
  }
  let url: URL;
  try {
    url = new URL(template.replace(PLACEHOLDER, "x"));
  } catch {
    return "is not a valid address";
  }
  if (url.protocol !== "https:") return "is not an https: address";
  if (url.username || url.password) return "has a user name; links with user names are refused";
  if (!url.hostname.includes(".")) return "has no public host name";
  return null;
}

/**
 * Every part percent-encoded, reserved characters included (`encodeURIComponent` leaves `!'()*`),
 * so a value can never end a path segment, start a query or a fragment, or add a parameter.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `template` with each placeholder replaced by its value, percent-encoded; null when the template
 * is refused (see requestTemplateProblem) or the result would not keep the template's host.
 */
export function fillRequestTemplate(template: string, values: RequestValues): string | null {
  const trimmed = template.trim();
  if (trimmed === "" || requestTemplateProblem(trimmed) !== null) return null;
  const filled = trimmed.replace(PLACEHOLDER, (_whole, name: RequestPlaceholder) =>
    percentEncode(values[name]),
  );
  try {
    const url = new URL(filled);
    const host = new URL(trimmed.replace(PLACEHOLDER, "x")).host;
    return url.protocol === "https:" && url.host === host ? url.href : null;
  } catch {
    return null;
  }
}
