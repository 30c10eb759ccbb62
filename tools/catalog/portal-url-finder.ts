// Finds portal URLs in a line of text, as the real URL table (test/fixtures/real-urls) was collected: the
// URL exactly as written, or the reason it cannot be a row. Pure; extract-portal-urls.ts runs it on git grep.

/** The portal, alias and shared hosts the table covers. */
export const PORTAL_HOSTS_PATTERN = String.raw`https://(admin\.microsoft\.(com|us)|admin\.cloud\.microsoft|((ms|preview|aad)\.)?portal\.azure\.(com|us)|portal\.office(365)?\.(com|us)|portal\.apps\.mil)`;

// A URL runs to the first character that ends it in Markdown, HTML, CSV, tables and code. `]` must open the
// class: in POSIX syntax `[^ ...\]]` ends the class at `\]` and cuts every URL after its host.
const URL_PATTERN = new RegExp(`${PORTAL_HOSTS_PATTERN}[^\\] )"'<>\`|,*\\s]*`, "gi");

export interface FoundUrl {
  readonly url: string;
  /** Why the URL cannot be a row as it stands; absent when it can. */
  readonly rejected?: string;
}

function rejection(url: string, next: string): string | undefined {
  if (next === "<" || next === "{") return "a placeholder follows it";
  if (/[{}$\\]|%s|&amp;/.test(url)) return "a template or an escaped character";
  if ((url.match(/\(/g) ?? []).length !== (url.match(/\)/g) ?? []).length) return "cut at a ) inside it";
  if (/\/admin\/api\/|\/fd\/|\/\.default$/i.test(url)) return "an API endpoint or OAuth scope, not a page";
  if (/loginhint=|%40[a-z0-9.-]+\.[a-z]+/i.test(url)) return "names a person";
  return undefined;
}

export function findPortalUrls(line: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of line.matchAll(URL_PATTERN)) {
    // A trailing `\` escapes the closing quote of a JSON string; trailing punctuation ends a sentence.
    const url = match[0].replace(/\\+$/, "").replace(/[.:;!?\u200b]+$/, "");
    const next = line[match.index + match[0].length] ?? "";
    const rejected = rejection(url, next);
    found.push(rejected ? { url, rejected } : { url });
  }
  return found;
}
