import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, Request } from "@playwright/test";

const FIXTURES = resolve(import.meta.dirname, "../../test/fixtures/portals");

/** Which replica page stands in for each real portal host. */
export const REPLICA_PAGE_BY_HOST: Readonly<Record<string, string>> = {
  "admin.microsoft.com": "m365-admin.html",
  "admin.cloud.microsoft": "m365-admin.html",
  "admin.microsoft.us": "m365-admin.html",
  "portal.azure.com": "azure-portal.html",
  "portal.azure.us": "azure-portal.html",
};

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
    const page = REPLICA_PAGE_BY_HOST[url.hostname];
    if (url.protocol !== "https:" || !page || request.resourceType() !== "document") {
      foreign.push(request);
      await route.abort("blockedbyclient");
      return;
    }
    const body = options.pageFor?.(url) ?? readFileSync(resolve(FIXTURES, page), "utf8");
    await route.fulfill({
      status: 200,
      contentType: "text/html; charset=utf-8",
      headers: options.headers,
      body,
    });
  });
  return foreign;
}
