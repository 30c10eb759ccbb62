import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const CHROMIUM_INSTALL_HINT =
  "sudo apt-get install -y chromium   (Debian/Ubuntu; or set CHROMIUM_PATH)";

/**
 * The browser the tests, `npm start`, `npm run preview` and `npm run bench` drive: $CHROMIUM_PATH,
 * then Debian's Chromium, then Playwright's own download. Branded Google Chrome 137+ ignores
 * --load-extension, so it cannot stand in.
 */
export function resolveChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  // Debian's /usr/bin/chromium is a shell wrapper that adds flags of its own (an empty
  // --load-extension among them); the binary behind it takes ours as given.
  for (const candidate of ["/usr/lib/chromium/chromium", "/usr/bin/chromium"]) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here; fall through to the message below.
  }
  throw new Error(`No Chromium found. Install it with:\n  ${CHROMIUM_INSTALL_HINT}`);
}
