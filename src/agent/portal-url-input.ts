/**
 * What an agent pastes into "Preview as customer" or passes to `npm run preview`: a portal URL as
 * copied from a chat, a ticket or an address bar, perhaps without `https://`, perhaps with spaces or
 * angle brackets around it. Read it as a URL on one of the supported hosts, or say why not.
 */
export type PortalUrlInput =
  | { ok: true; url: string; host: string }
  | { ok: false; problem: "empty" | "not-a-url" | "not-https" | "unsupported-host"; host?: string };

const MAX_URL_LENGTH = 8192;

export function readPortalUrl(input: string, supportedHosts: readonly string[]): PortalUrlInput {
  const text = input
    .trim()
    .replace(/^<(.*)>$/s, "$1")
    .trim();
  if (text === "") return { ok: false, problem: "empty" };
  if (text.length > MAX_URL_LENGTH || /\s/.test(text)) return { ok: false, problem: "not-a-url" };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: "not-a-url" };
  }
  if (url.protocol !== "https:") return { ok: false, problem: "not-https" };
  const host = url.hostname.toLowerCase();
  if (url.username || url.password || url.port || !supportedHosts.includes(host)) {
    return { ok: false, problem: "unsupported-host", host };
  }
  return { ok: true, url: url.href, host };
}
