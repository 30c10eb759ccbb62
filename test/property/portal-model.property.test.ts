import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { PORTAL_DEFINITIONS, type Portal, type PortalId } from "../../src/catalog/portals";
import { classifyUrl } from "../../src/classify/classify-url";
import { partnerKeyword } from "../../src/classify/partner-keywords";
import { SYNTHETIC_EXAMPLES } from "../catalog/synthetic-examples";
import { OBSERVED_PORTAL_URLS } from "../fixtures/observed-portal-urls";
import { REAL_PORTAL_URLS } from "../fixtures/real-portal-urls";
import { REAL_URLS } from "../fixtures/real-urls/real-urls";
import { rowsIn } from "../fixtures/real-urls/real-urls-split";
import { RUNS } from "./hostile-arbitraries";

/*
 * A self-serve rule keeps its verdict without reading the portal's model when mayOverride() says the
 * model could not change it (classify-url.ts). So mayOverride() must hold wherever the model says
 * anything but self-serve, or names a page the partner-keyword guard calls billing; else a billing,
 * support or status page under a self-serve rule would be called self-serve.
 */

const portal = (id: PortalId): Portal => PORTAL_DEFINITIONS.find((definition) => definition.id === id)!;

function expectSound(id: PortalId, route: string, url: string): void {
  const { model } = portal(id);
  if (model.mayOverride(route, url)) return;
  const area = model.area(route, url);
  expect({ route, url, verdict: area.verdict }).toEqual({ route, url, verdict: "self-serve" });
  expect({ route, url, keyword: partnerKeyword(area.pageNames) }).toEqual({ route, url, keyword: null });
}

// The train split only: the test split is read by the accuracy report alone.
const TABLE_URLS: readonly string[] = [
  ...REAL_PORTAL_URLS.map((row) => row.url),
  ...OBSERVED_PORTAL_URLS.map((row) => row.url),
  ...Object.values(SYNTHETIC_EXAMPLES).flat(),
  ...rowsIn(REAL_URLS, "train").map((row) => row.url),
];

/** Names the models read, and names near them: extensions, providers, blades, parameters, pages. */
const AZURE_WORDS = [
  "microsoft_azure_billing",
  "microsoft_azure_costmanagement",
  "microsoft_azure_gtm",
  "microsoft_azure_support",
  "microsoft_azure_health",
  "microsoft_azure_activitylog",
  "microsoft_aad_iam",
  "microsoft_intune_devicesettings",
  "hubsextension",
  "extensionname",
  "resourcetype",
  "microsoft.billing",
  "microsoft.resources",
  "microsoft.compute",
  "microsoft.support",
  "microsoft.subscription",
  "microsoft.template",
  "canonical.ubuntu",
  "subscriptions",
  "resourcegroups",
  "providers",
  "virtualmachines",
  "overview",
  "costanalysis",
  "invoices",
  "supportrequest",
  "diagnose",
  "activitylog",
  "signins",
  "riskyusers",
  "browseresource",
  "menu",
  "orders",
  "*",
];
const ADMIN_WORDS = [
  "users",
  "billoverview",
  "subscriptions",
  "servicehealth",
  "messagecenter",
  "reportsusage",
  "support",
  "settings",
  "orgsettings",
  "copilot",
  "managecost",
  "login",
  "ols",
  ":",
  "*",
];

const segment = (words: readonly string[]) =>
  fc.oneof(fc.constantFrom(...words), fc.stringMatching(/^[a-z_.]{1,12}$/));
const query = fc.constantFrom("", "?symptomid=1", "?searchsolutions=x", "?eainvoice=true", "?flight=1");

describe("a portal's mayOverride holds wherever its model could change a self-serve verdict", () => {
  test("on every URL of the tables", () => {
    for (const url of TABLE_URLS) {
      const { portal: id, route } = classifyUrl(url);
      if (id !== null) expectSound(id, route, url.trim().toLowerCase());
    }
  });

  test("on generated Azure portal routes", () => {
    const head = fc.constantFrom("view", "asset", "resource", "browse", "create", "selfhelp", "home", "x");
    const anyRoute = fc
      .tuple(head, fc.array(segment(AZURE_WORDS), { maxLength: 9 }))
      .map(([first, rest]) => [first, ...rest].join("/"));
    // A blade with an odd-one-out menu item or not, then parameters in name/value pairs.
    const parameter = fc.tuple(
      fc.constantFrom("extensionname", "resourcetype", "id", "scope"),
      segment(AZURE_WORDS),
    );
    const blade = fc
      .tuple(
        fc.array(segment(AZURE_WORDS), { minLength: 2, maxLength: 3 }),
        fc.array(parameter, { maxLength: 4 }),
      )
      .map(([names, parameters]) => ["view", ...names, ...parameters.flat()].join("/"));
    const route = fc.oneof(anyRoute, blade);
    fc.assert(
      fc.property(route, query, (text, search) =>
        expectSound("azure-portal", text, `https://portal.azure.com/${search}#${text}`),
      ),
      { numRuns: RUNS.many },
    );
  });

  test("on generated admin center routes", () => {
    const route = fc
      .array(segment(ADMIN_WORDS), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join("/"));
    fc.assert(
      fc.property(route, query, (text, search) =>
        expectSound("m365-admin", text, `https://admin.microsoft.com/${search}#/${text}`),
      ),
      { numRuns: RUNS.many },
    );
  });
});
