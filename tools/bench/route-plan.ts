import { VERDICTS, type Verdict } from "../../src/verdict";

/**
 * Pages the bench walks on each portal replica. The verdicts are not written here: the bench asks
 * the classifier it ships with, so the plan follows the catalog as it changes. Each portal lists
 * pages of every verdict, `none` included (a page that is not an admin page: sign-in).
 */
export const BENCH_PORTALS = {
  "m365-admin": [
    "https://admin.microsoft.com/Adminportal/Home#/subscriptions",
    "https://admin.microsoft.com/Adminportal/Home#/users",
    "https://admin.microsoft.com/Adminportal/Home#/MessageCenter",
    "https://admin.microsoft.com/Adminportal/Home#/support",
    "https://admin.microsoft.com/Adminportal/Home#/billoverview",
    "https://admin.microsoft.com/Adminportal/Home#/Domains",
    "https://admin.microsoft.com/Adminportal/Home#/servicehealth",
    "https://admin.microsoft.com/Adminportal/Home#/searchresults",
    "https://admin.microsoft.com/Adminportal/Home#/licenses",
    "https://admin.microsoft.com/Adminportal/Home#/groups",
    "https://admin.microsoft.com/Adminportal/Home#/reportsUsage",
    "https://admin.microsoft.com/Adminportal/Home#/catalog",
    "https://admin.microsoft.com/Adminportal/Home#/Settings/Services",
    // Not an admin page (sign-in): the catalog's none, now that unlisted admin pages are self-serve.
    "https://admin.microsoft.com/login",
  ],
  "azure-portal": [
    "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2",
    "https://portal.azure.com/#home",
    "https://portal.azure.com/#view/Microsoft_Azure_Health/AzureHealthBrowseBlade/~/serviceIssues",
    "https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview",
    "https://portal.azure.com/#view/Microsoft_Azure_CostManagement/Menu/~/overview",
    "https://portal.azure.com/#browse/resourcegroups",
    "https://portal.azure.com/signin/index",
    "https://portal.azure.com/#view/Microsoft_Azure_Reservations/ReservationsBrowseBlade",
    "https://portal.azure.com/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview",
    "https://portal.azure.com/#blade/Microsoft_Azure_Health/AzureHealthBrowseBlade/healthalerts",
    "https://portal.azure.com/#view/Microsoft_Azure_Marketplace/GalleryItemDetailsBladeNopdl",
    "https://portal.azure.com/#browse/Microsoft.Compute%2FVirtualMachines",
  ],
} as const satisfies Record<string, readonly string[]>;

export type BenchPortal = keyof typeof BENCH_PORTALS;

export interface PlannedRoute {
  url: string;
  verdict: Verdict;
}

export interface RoutePlan {
  /** Routes in an order where each differs in verdict from the one before, the last from the first. */
  routes: PlannedRoute[];
  /** Verdicts of the catalog that no listed page reaches: the soak does not cover them. */
  missingVerdicts: Verdict[];
  /** Pages left out because no order could put them between two other verdicts. */
  leftOut: PlannedRoute[];
}

/**
 * Orders `urls` so that every step, and the wrap from last back to first, changes the verdict: a
 * route change to the same verdict would leave `data-verdict` as it was, and could not be timed.
 * Greedy: always take the verdict with most pages left that differs from the last one taken.
 */
export function planRoutes(urls: readonly string[], verdictOf: (url: string) => Verdict): RoutePlan {
  const buckets = new Map<Verdict, string[]>();
  for (const url of urls) {
    const verdict = verdictOf(url);
    buckets.set(verdict, [...(buckets.get(verdict) ?? []), url]);
  }
  const routes: PlannedRoute[] = [];
  for (;;) {
    const last = routes.at(-1)?.verdict;
    let pick: Verdict | undefined;
    for (const verdict of VERDICTS) {
      const left = buckets.get(verdict)?.length ?? 0;
      if (verdict === last || left === 0) continue;
      if (pick === undefined || left > buckets.get(pick)!.length) pick = verdict;
    }
    if (pick === undefined) break;
    routes.push({ url: buckets.get(pick)!.shift()!, verdict: pick });
  }
  const leftOut = [...buckets].flatMap(([verdict, rest]) => rest.map((url) => ({ url, verdict })));
  while (routes.length > 1 && routes.at(-1)!.verdict === routes[0]!.verdict) leftOut.push(routes.pop()!);
  const reached = new Set(routes.map((route) => route.verdict));
  return {
    routes,
    missingVerdicts: VERDICTS.filter((verdict) => !reached.has(verdict)),
    leftOut,
  };
}

/** The route at `index` of the cycle, wrapping around. */
export function routeAt(plan: RoutePlan, index: number): PlannedRoute {
  if (plan.routes.length === 0) throw new Error("the route plan is empty");
  return plan.routes[((index % plan.routes.length) + plan.routes.length) % plan.routes.length]!;
}

/**
 * Which route a repetition loads first. Every fourth repetition starts on a page with verdict `none`,
 * so that route changes from a page without a banner, which bring the banner script in, are made too;
 * the others walk the plan. The none pages' load figure has loads of its own (side-by-side-loads.ts).
 */
export function startIndexFor(plan: RoutePlan, repetition: number): number {
  const none = plan.routes.flatMap((route, index) => (route.verdict === "none" ? [index] : []));
  if (none.length > 0 && repetition % 4 === 3) return none[Math.floor(repetition / 4) % none.length]!;
  return repetition % plan.routes.length;
}
