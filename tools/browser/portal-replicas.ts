import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, Request } from "@playwright/test";
import { PORTAL_HOSTS } from "../../src/catalog/hosts";
import { shellLayout } from "../../test/fixtures/shells/shell-layouts";

const FIXTURES = resolve(import.meta.dirname, "../../test/fixtures/portals");
const SHELLS = resolve(import.meta.dirname, "../../test/fixtures/shells");

/** Which replica page stands in for each real portal host (src/catalog/hosts.ts), at any path. */
export const REPLICA_PAGE_BY_HOST: Readonly<Record<string, string>> = Object.fromEntries(
  PORTAL_HOSTS.map(({ host, portal }) => [
    host,
    portal === "m365-admin" ? "m365-admin.html" : "azure-portal.html",
  ]),
);

/** Where the Azure portal shell's cross-origin blade comes from (its React extensions' sandbox). */
export const REACT_BLADE_HOST = "sandbox-1.reactblade.portal.azure.net";

/**
 * The query parameter that asks for a realistic shell (test/fixtures/shells) in one of the layouts of
 * shell-layouts.ts instead of the simple replica: `?replica-layout=flex`. Without it a host gets the
 * simple scrolling replica of test/fixtures/portals.
 */
export const LAYOUT_PARAMETER = "replica-layout";

const read = (path: string): string => readFileSync(path, "utf8");

/**
 * The document a replica host answers for `url`, or undefined when the URL is no replica's: the shell
 * in the layout the URL asks for, else the simple replica page.
 */
export function replicaDocument(url: URL): string | undefined {
  if (url.protocol !== "https:") return undefined;
  if (url.hostname === REACT_BLADE_HOST) return read(resolve(SHELLS, "azure-react-blade.html"));
  const page = REPLICA_PAGE_BY_HOST[url.hostname];
  if (!page) return undefined;
  const layoutName = url.searchParams.get(LAYOUT_PARAMETER);
  if (layoutName === null) return read(resolve(FIXTURES, page));
  const layout = shellLayout(layoutName);
  if (!layout) throw new Error(`no shell layout "${layoutName}" in test/fixtures/shells/shell-layouts.ts`);
  const shell = read(resolve(SHELLS, page)).replace("/*LAYOUT*/", layout.css);
  return layout.markup === "renamed" ? shell.replaceAll("fxs-", "shx-").replaceAll("O365_", "Suite_") : shell;
}

export interface ReplicaOptions {
  /** Replace a host's page, e.g. with a hostile variant. */
  pageFor?: (url: URL) => string | undefined;
  /** Extra response headers, e.g. a strict Content-Security-Policy. */
  headers?: Record<string, string>;
}

/**
 * Serves the replica of each portal at its real URL (the network is closed) and refuses every other
 * request. Returns the list of requests that went anywhere else, for privacy assertions.
 */
export async function serveReplicas(
  context: BrowserContext,
  options: ReplicaOptions = {},
): Promise<Request[]> {
  const foreign: Request[] = [];
  await context.route("**/*", async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const replica = request.resourceType() === "document" ? replicaDocument(url) : undefined;
    if (replica === undefined) {
      foreign.push(request);
      await route.abort("blockedbyclient");
      return;
    }
    const body = (url.hostname !== REACT_BLADE_HOST && options.pageFor?.(url)) || replica;
    await route.fulfill({
      status: 200,
      contentType: "text/html; charset=utf-8",
      headers: options.headers,
      body,
    });
  });
  return foreign;
}
