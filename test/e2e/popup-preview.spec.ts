import type { Page } from "@playwright/test";
import { expect, HOST, test } from "./extension-test";
import { openPopupFor, openTab, previewIn, withOptions } from "./popup-tools";

const URLS = [
  "https://admin.microsoft.com/Adminportal/Home#/subscriptions",
  "https://admin.microsoft.com/Adminportal/Home#/users",
  "https://portal.azure.com/#view/Microsoft_Azure_Health/AzureHealthBrowseBlade/~/serviceIssues",
  "https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview",
];

/** The text of a banner shadow root as rendered, agent strip left out. */
async function shadowText(page: Page, hostSelector: string): Promise<string> {
  const text = await page
    .locator(hostSelector)
    .first()
    .evaluate((host) => {
      const sections = Array.from(host.shadowRoot?.querySelectorAll("section") ?? []);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the customer reads
      return sections.map((section) => section.innerText).join(" ");
    });
  return text.replace(/\s+/g, " ").trim();
}

test("the preview shows the same banner as the content script for the same URL", async ({
  extensionContext,
  extensionId,
  openPortal,
}) => {
  await withOptions(
    extensionContext,
    { partnerName: "Contoso IT Services", partnerEmail: "cloud@contoso.example" },
    async () => {
      const blank = await openTab(extensionContext, "about:blank");
      const popup = await openPopupFor(extensionContext, extensionId, blank.tabId);
      for (const url of URLS) {
        await previewIn(popup, url);
        const preview = popup.locator(`[data-preview-url="${url}"]`);
        await expect(preview).toBeVisible();
        const previewed = await shadowText(popup, ".shadow-view");
        const verdict = (await preview.getAttribute("data-preview-verdict"))!;
        if (verdict === "partner") expect(previewed).toContain("Contoso IT Services");

        const page = await openPortal(url);
        await expect(page.locator(HOST)).toHaveAttribute("data-verdict", verdict);
        await expect(page.locator(HOST)).toHaveAttribute(
          "data-rule",
          (await preview.getAttribute("data-preview-rule"))!,
        );
        // The page renders at once from defaults, then again with the settings: wait for that one.
        await expect.poll(() => shadowText(page, HOST)).toBe(previewed);
        await page.close();
      }
    },
  );
});

test("the preview speaks the customer's language and remembers recent URLs", async ({
  extensionContext,
  extensionId,
}) => {
  const blank = await openTab(extensionContext, "about:blank");
  const popup = await openPopupFor(extensionContext, extensionId, blank.tabId);
  await previewIn(popup, "admin.microsoft.com/Adminportal/Home#/subscriptions", "de");
  await expect(popup.locator(".shadow-view")).toBeVisible();
  await expect.poll(() => shadowText(popup, ".shadow-view")).toContain("Zuständig: Ihr Partner");

  await popup.reload();
  const options = popup.locator("#preview-recent option");
  await expect(options.first()).toHaveAttribute(
    "value",
    "https://admin.microsoft.com/Adminportal/Home#/subscriptions",
  );
});

test("the preview says why it cannot use a URL, and shows no banner where the customer gets none", async ({
  extensionContext,
  extensionId,
}) => {
  const blank = await openTab(extensionContext, "about:blank");
  const popup = await openPopupFor(extensionContext, extensionId, blank.tabId);
  await previewIn(popup, "https://example.com/#/subscriptions");
  await expect(popup.getByRole("alert")).toHaveText("example.com is not one of the supported portals.");
  await previewIn(popup, "https://admin.microsoft.com/Adminportal/Home#/error");
  await expect(popup.locator("[data-preview-verdict]")).toHaveAttribute("data-preview-verdict", "none");
  await expect(popup.getByText("No banner here: the customer sees the portal page as it is.")).toBeVisible();
});
