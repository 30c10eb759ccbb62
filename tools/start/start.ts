// `npm start`: the built extension in Chromium on the local replicas of both portals. With a display,
// a browser window to click around in; without one (a server, CI), it says so and writes a
// screenshot of each verdict instead, printing what the banner said.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launchChromium } from "../browser/launch-chromium";
import { serveReplicas } from "../browser/portal-replicas";
import { CHROMIUM_INSTALL_HINT } from "../browser/resolve-chromium";

const TOUR = [
  "https://admin.microsoft.com/Adminportal/Home#/subscriptions",
  "https://admin.microsoft.com/Adminportal/Home#/users",
  "https://admin.microsoft.com/Adminportal/Home#/MessageCenter",
  "https://admin.microsoft.com/Adminportal/Home#/support",
  "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
  "https://portal.azure.com/#browse/resourcegroups",
];

const OUT_DIR = resolve(import.meta.dirname, "../../artifacts/start");

async function main(): Promise<void> {
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay) {
    console.log("No display here (DISPLAY is not set): writing screenshots instead of opening a window.");
  }
  const browser = await launchChromium({ headless: !hasDisplay });
  await serveReplicas(browser.context);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());

  if (hasDisplay) {
    await page.goto(TOUR[0]!);
    console.log("Chromium is open on the Microsoft 365 admin center replica. Try the left navigation;");
    console.log(`also open ${TOUR[4]}. Close the window to stop.`);
    await new Promise<void>((done) => browser.context.on("close", () => done()));
    return;
  }

  mkdirSync(OUT_DIR, { recursive: true });
  let index = 0;
  for (const url of TOUR) {
    await page.goto(url);
    const host = page.locator("csp-portal-guide");
    await host.waitFor({ state: "attached", timeout: 10_000 });
    const verdict = await host.getAttribute("data-verdict");
    const rule = await host.getAttribute("data-rule");
    const section = host.locator("section").first();
    const text = ((await section.textContent().catch(() => "")) ?? "").replace(/\s+/g, " ").trim();
    const file = resolve(OUT_DIR, `${String(++index).padStart(2, "0")}-${verdict}.png`);
    await page.screenshot({ path: file });
    console.log(
      `${verdict?.padEnd(10)} ${rule?.padEnd(34)} ${url}\n           "${text}"\n           ${file}`,
    );
  }
  await browser.close();
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`npm start failed: ${message.split("\n")[0]}`);
  if (/Chromium|executable/i.test(message)) console.error(`Install Chromium with: ${CHROMIUM_INSTALL_HINT}`);
  process.exit(1);
});
