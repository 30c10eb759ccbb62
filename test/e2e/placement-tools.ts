import { expect, type Page } from "@playwright/test";
import type { Placement } from "../../src/banner/placement";
import { LAYOUT_PARAMETER } from "../../tools/browser/portal-replicas";
import { SHELL_LAYOUTS } from "../fixtures/shells/shell-layouts";
import { type BannerVerdict, PAGES, PARTNER, SETTINGS_TIMEOUT, withQuery } from "./banner-tools";

export const PORTALS = ["m365-admin", "azure-portal"] as const;
export type Portal = (typeof PORTALS)[number];

/**
 * The placement each layout gets at 1280×800, both portals alike: the portal's slot where the shell
 * makes room; in flow where the markup is unknown and the document takes it; else the overlay.
 */
export const EXPECTED_PLACEMENT: Readonly<Record<string, Placement>> = {
  flex: "shell",
  fixed: "shell",
  absolute: "shell",
  vh: "shell",
  scroll: "shell",
  "fixed-calc": "overlay",
  "renamed-flex": "inline",
  "renamed-absolute": "overlay",
};

export const LAYOUT_NAMES = SHELL_LAYOUTS.map((layout) => layout.name);

/** A verdict's page of a portal, served as the realistic shell in `layout`. */
export function shellUrl(portal: Portal, verdict: BannerVerdict, layout: string, query = ""): string {
  return withQuery(PAGES[portal][verdict], `${LAYOUT_PARAMETER}=${layout}${query ? `&${query}` : ""}`);
}

/**
 * Opens a partner page of a shell with the partner configured (resetExtension with PARTNER) and waits
 * until the banner names the partner, expanded or as the overlay's pill.
 */
export async function openShell(openPortal: (url: string) => Promise<Page>, url: string): Promise<Page> {
  const page = await openPortal(url);
  await expect(page.locator("csp-portal-guide")).toHaveAttribute("data-verdict", "partner");
  await expect(page.locator("csp-portal-guide section.banner")).toContainText(
    PARTNER.partnerName,
    SETTINGS_TIMEOUT,
  );
  return page;
}

interface ControlState {
  readonly name: string;
  readonly inView: boolean;
  readonly topmost: boolean;
  /** What is topmost at its centre (tag and class), for the failure message. */
  readonly found: string;
}

/** What the done-when checks need of a page, with the banner and (for a moment) without it. */
export interface PlacementReport {
  readonly placement: string | null;
  readonly verdict: string | null;
  /** The host is the topmost element at its centre. */
  readonly hostTopmost: boolean;
  readonly hostBox: { top: number; bottom: number; height: number };
  /** The topbar's top and bottom edges. */
  readonly topbarTop: number;
  readonly topbarBottom: number;
  readonly controls: readonly ControlState[];
  readonly controlsWithout: readonly ControlState[];
  readonly scrolls: boolean;
  readonly scrollsWithout: boolean;
  readonly bodyStyle: string;
}

/**
 * Runs in the page (Playwright serialises it; the Firefox spec sends its source): the host's hit test,
 * every control the replica marks (data-replica-control) in view and topmost at its centre, the
 * topbar's top, and whether the document scrolls; then the same with the host out of the layout, as
 * the page is without the extension. The host comes back in the same task, so nothing is repainted.
 */
export function reportPlacement(): PlacementReport {
  const host = document.querySelector<HTMLElement>("csp-portal-guide")!;
  const root = document.documentElement;
  const scroller = document.scrollingElement ?? root;
  const foundAt = (element: Element): Element | null => {
    const box = element.getBoundingClientRect();
    return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  };
  const topmostAt = (element: Element): boolean => {
    const found = foundAt(element);
    return found !== null && (found === element || element.contains(found));
  };
  const controls = (): ControlState[] =>
    [...document.querySelectorAll<HTMLElement>("[data-replica-control]")].map((element) => {
      const box = element.getBoundingClientRect();
      const inView =
        box.width > 0 &&
        box.top >= -0.5 &&
        box.left >= -0.5 &&
        box.bottom <= root.clientHeight + 0.5 &&
        box.right <= root.clientWidth + 0.5;
      const found = foundAt(element);
      return {
        name: element.dataset.replicaControl ?? "",
        inView,
        topmost: topmostAt(element),
        found: found ? `${found.tagName.toLowerCase()}.${found.getAttribute("class") ?? ""}` : "nothing",
      };
    });
  const scrolls = (): boolean =>
    scroller.scrollHeight > root.clientHeight + 0.5 || scroller.scrollWidth > root.clientWidth + 0.5;
  const box = host.getBoundingClientRect();
  const topbar = document.querySelector("[data-replica-topbar]")!.getBoundingClientRect();
  const report = {
    placement: host.getAttribute("data-placement"),
    verdict: host.getAttribute("data-verdict"),
    hostTopmost: topmostAt(host),
    hostBox: { top: box.top, bottom: box.bottom, height: box.height },
    topbarTop: topbar.top,
    topbarBottom: topbar.bottom,
    controls: controls(),
    scrolls: scrolls(),
    bodyStyle: `${root.getAttribute("style") ?? ""}|${document.body.getAttribute("style") ?? ""}`,
  };
  const saved = host.style.cssText;
  host.style.setProperty("display", "none", "important");
  const without = { controlsWithout: controls(), scrollsWithout: scrolls() };
  host.style.cssText = saved;
  return { ...report, ...without };
}

/**
 * The report once the portal is up and the banner has settled (a placement check runs in the frame
 * after a size change).
 */
export async function settledReport(page: Page): Promise<PlacementReport> {
  // The Azure portal's splash screen covers everything, the portal's controls too, until it is up.
  await page.locator(".fxs-splashscreen, .shx-splashscreen").waitFor({ state: "hidden", timeout: 10_000 });
  const frames = (): Promise<unknown> =>
    page.evaluate(
      () =>
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
    );
  // Settled: the same placement and host box twice in a row, some frames apart.
  let previous = "";
  for (let attempt = 0; attempt < 40; attempt++) {
    await frames();
    const report = await page.evaluate(reportPlacement);
    const key = JSON.stringify([report.placement, report.hostBox]);
    if (key === previous) return report;
    previous = key;
  }
  throw new Error(`the banner did not settle: ${previous}`);
}

/**
 * The done-when checks over a report, as a list of what is wrong (empty when all hold): the host is
 * topmost at its centre; every control that is in view and topmost without the banner still is (in a
 * document that scrolled already, one the banner moved below the fold is only moved down); the
 * topbar is at the top (right below the banner when it is in flow above it); the document scrolls only
 * where it did without the banner; nothing set on <html> or <body>.
 */
export function placementProblems(report: PlacementReport): string[] {
  const problems: string[] = [];
  if (!report.hostTopmost) problems.push("the banner is not topmost at its centre");
  for (const [index, without] of report.controlsWithout.entries()) {
    const now = report.controls[index]!;
    // In a document that scrolled already, the banner above moves content down like any content would.
    if (without.inView && !now.inView && !report.scrollsWithout)
      problems.push(`${now.name} left the viewport`);
    if (without.topmost && now.inView && !now.topmost)
      problems.push(`${now.name} is covered by ${now.found}`);
  }
  const expectedTopbarTop = report.placement === "inline" ? report.hostBox.bottom : 0;
  if (Math.abs(report.topbarTop - expectedTopbarTop) > 0.5) {
    problems.push(`the topbar is at ${report.topbarTop}, not ${expectedTopbarTop}`);
  }
  if (report.scrolls && !report.scrollsWithout) problems.push("the document scrolls, which it did not");
  if (report.bodyStyle !== "|") problems.push(`style set on <html> or <body>: ${report.bodyStyle}`);
  return problems;
}
