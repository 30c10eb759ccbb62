import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BrowserContext } from "@playwright/test";
import { resetExtension } from "./banner-tools";
import { expect, test } from "./extension-test";

const ROOT = resolve(import.meta.dirname, "../..");
const BILLING = "https://admin.microsoft.com/Adminportal/Home#/subscriptions";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run preview -- …` as an agent types it, against the build these tests run on. */
function preview(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      "npm",
      ["run", "--silent", "preview", "--", ...args],
      {
        cwd: ROOT,
        env: { ...process.env, DIST_ROOT: process.env.DIST_ROOT ?? "dist", ...env },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let scratch: string;
test.beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "csp-portal-guide-preview-"));
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test.describe.configure({ timeout: 180_000 });
// The worker's browser is shared with other spec files: what the page shows is compared with a
// preview made without a policy, so the page must not carry options another file saved.
test.beforeEach(async ({ extensionContext }) => resetExtension(extensionContext));

test("npm run preview writes a PNG of what the customer sees, with the same banner text", async ({
  openPortal,
}) => {
  const out = join(scratch, "billing.png");
  const run = await preview([BILLING, "--out", out]);
  expect(run.stderr.replace(/^preview: building.*\n/m, "")).toBe("");
  expect(run.code).toBe(0);
  expect(pngSize(out)).toEqual({ width: 1280, height: 720 });

  const page = await openPortal(BILLING);
  await expect(page.locator("csp-portal-guide section")).toBeVisible();
  const onPage = await page.locator("csp-portal-guide").evaluate((host) =>
    Array.from(host.shadowRoot!.children, (child) =>
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the preview reports it
      child instanceof HTMLElement && child.tagName !== "STYLE" ? child.innerText : "",
    ).join(" "),
  );
  expect(run.stdout).toContain(`partner (m365.billing.products): "${onPage.replace(/\s+/g, " ").trim()}"`);
});

test("npm run preview applies a policy file, a language and the dark theme", async ({ extensionContext }) => {
  const out = join(scratch, "policy-de.png");
  const run = await preview([
    "https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
    "--policy",
    resolve(ROOT, "policies/linux/chrome-and-chromium.json"),
    "--locale",
    "pl",
    "--theme",
    "dark",
    "--out",
    out,
  ]);
  expect(run.code, run.stderr).toBe(0);
  // The policy's Polish custom message, its contacts, and no agent strip: the customer's view.
  expect(run.stdout).toContain(
    "Zakupy, rezygnacje, zmiany planów i rozliczenia prowadzi Contoso IT Services",
  );
  expect(run.stdout).toContain("cloud@contoso.example");
  expect(run.stdout).not.toContain("contoso.onmicrosoft.com as its partner");
  expect(pngSize(out).width).toBe(1280);
  // The replica's dark theme: the portal's own background, near black, at the bottom right.
  const [r = 255, g = 255, b = 255] = await pixelOf(extensionContext, out, 1270, 710);
  expect(r + g + b).toBeLessThan(3 * 64);
});

async function pixelOf(context: BrowserContext, file: string, x: number, y: number): Promise<number[]> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ data, x, y }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0);
        return [...context.getImageData(x, y, 1, 1).data];
      },
      { data: readFileSync(file).toString("base64"), x, y },
    );
  } finally {
    await page.close();
  }
}

test("npm run preview explains a bad URL, policy or option in one line, exit code 2", async () => {
  const badPolicy = join(scratch, "bad-policy.json");
  writeFileSync(badPolicy, JSON.stringify({ partnerWebsite: "javascript:alert(1)" }));
  const notJson = join(scratch, "not-json.json");
  writeFileSync(notJson, "{ partnerName: ");
  const cases: Array<[string[], RegExp]> = [
    [
      ["https://example.com/#/subscriptions", "--out", "x.png"],
      /example\.com is not a supported portal host/,
    ],
    [["http://portal.azure.com/", "--out", "x.png"], /start with https:\/\//],
    [[BILLING, "--policy", badPolicy, "--out", "x.png"], /partnerWebsite: .*javascript: is not allowed/],
    [[BILLING, "--policy", notJson, "--out", "x.png"], /is not valid JSON/],
    [[BILLING, "--policy", join(scratch, "missing.json"), "--out", "x.png"], /does not exist/],
    [[BILLING, "--locale", "xx", "--out", "x.png"], /--locale xx is not a shipped language/],
    [[BILLING, "--theme", "sepia", "--out", "x.png"], /--theme must be light or dark/],
    [[BILLING], /--out FILE\.png is required/],
    [[BILLING, "--out", "x.jpg"], /must name a \.png file/],
    [[], /give exactly one portal URL/],
  ];
  for (const [args, message] of cases) {
    const run = await preview(args);
    expect(run.code, args.join(" ")).toBe(2);
    expect(run.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    expect(run.stderr, args.join(" ")).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }
});

test("npm run preview says how to install a browser when there is none", async () => {
  const run = await preview([BILLING, "--out", join(scratch, "none.png")], {
    CHROMIUM_PATH: "/nonexistent/chromium",
  });
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toMatch(
    /^preview: no Chromium found; install it with: sudo apt-get install -y chromium/,
  );
});
