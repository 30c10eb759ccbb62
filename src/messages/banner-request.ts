import { hasMessageType } from "./message-type";

/**
 * The content script's request, on its page's first verdict that is not `none`, for the banner
 * script: the background injects BANNER_SCRIPT into the frame that asked (background/inject-banner.ts).
 * Pages whose verdict stays `none` never load the banner's code.
 */
export const BANNER_REQUEST = { type: "banner-wanted" } as const;

/** The built banner script, as the background names it to `scripting.executeScript`. */
export const BANNER_SCRIPT = "content-scripts/banner-chunk.js";

export function isBannerRequest(message: unknown): boolean {
  return hasMessageType(message, BANNER_REQUEST.type);
}
