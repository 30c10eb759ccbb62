import { hasMessageType } from "./message-type";

/**
 * The request of the watcher on a page the guide is not injected into (sign-in, error:
 * src/catalog/not-admin-paths.ts), once that page has moved within its document to a page of another
 * kind: the background then injects GUIDE_SCRIPT into it (background/inject-guide.ts).
 */
export const GUIDE_REQUEST = { type: "guide-wanted" } as const;

/** The built first script, as the background names it to `scripting.executeScript`. */
export const GUIDE_SCRIPT = "content-scripts/portal-guide.js";

export function isGuideRequest(message: unknown): boolean {
  return hasMessageType(message, GUIDE_REQUEST.type);
}
