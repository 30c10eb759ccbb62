import type { SettingValues } from "../../src/settings/settings-schema";
import { EXTENSION_IDS, STORE_IDS, STORE_UPDATE_URLS } from "../build/extension-ids";

/**
 * What the sample policies in policies/ deploy, and to which browsers: the one source every form
 * (.reg, JSON, configuration profile, Intune scripts) is rendered from, so they cannot drift.
 */

export type ChromiumBrowser = "chrome" | "edge";

export interface ForceInstall {
  readonly id: string;
  readonly updateUrl: string;
}

export interface ChromiumTarget {
  readonly browser: ChromiumBrowser;
  readonly label: string;
  /** Under HKEY_LOCAL_MACHINE. */
  readonly windowsPolicyKey: string;
  /** Preference domain of the browser's own policies on macOS. */
  readonly macDomain: string;
  /** Every id the extension can have in this browser: the policy is written for each. */
  readonly ids: readonly string[];
  /** The one install to force: two sources would install the extension twice. */
  readonly forceInstall: ForceInstall;
}

export interface Deployment {
  readonly policy: SettingValues;
  readonly chrome: ChromiumTarget;
  readonly edge: ChromiumTarget;
  readonly firefox: { readonly id: string; readonly installUrl: string };
}

export interface DeploymentOptions {
  /** Update manifest of a self-hosted CRX, for the pinned id while no store id is known. */
  readonly selfHostedUpdateUrl: string;
  /** Signed XPI for Firefox (`ExtensionSettings` needs an `install_url`). */
  readonly firefoxInstallUrl: string;
  readonly storeIds?: { readonly chromeWebStore: string | null; readonly edgeAddons: string | null };
}

export const SAMPLE_OPTIONS: DeploymentOptions = {
  selfHostedUpdateUrl: "https://extensions.contoso.example/csp-portal-guide/update.xml",
  firefoxInstallUrl: "https://extensions.contoso.example/csp-portal-guide/csp-portal-guide.xpi",
};

/** A partner's policy as the samples carry it: every kind of setting once, with placeholder values. */
export const SAMPLE_POLICY = {
  partnerName: "Contoso IT Services",
  partnerEmail: "cloud@contoso.example",
  partnerPhone: "+48 22 555 01 00",
  partnerWebsite: "https://www.contoso.example/",
  partnerSupportUrl: "https://support.contoso.example/tickets/new",
  partnerRequestUrl:
    "https://support.contoso.example/tickets/new?tenant={tenant}&page={page}&url={url}&lang={lang}",
  customerTenant: "fabrikam.onmicrosoft.com",
  customMessages: {
    partner: {
      en: "Purchases, cancellations, plan changes and billing go through Contoso IT Services: call or write to us.",
      pl: "Zakupy, rezygnacje, zmiany planów i rozliczenia prowadzi Contoso IT Services: zadzwoń lub napisz do nas.",
    },
  },
  disabledHosts: ["admin.microsoft.us", "portal.azure.us"],
  dismissDays: 14,
  allowUserDisable: false,
  customRules: [
    {
      id: "contoso.managed-resource-groups",
      portal: "azure-portal",
      pattern: "browse/resourcegroups",
      verdict: "partner",
      message: {
        en: "Contoso IT Services manages your resource groups under your managed-services agreement: open a ticket before changing them.",
        pl: "Contoso IT Services zarządza Twoimi grupami zasobów w ramach umowy serwisowej: zanim je zmienisz, zgłoś to nam.",
      },
    },
  ],
  partnerTenants: ["contoso.onmicrosoft.com"],
} as const satisfies SettingValues;

function chromiumTarget(
  browser: ChromiumBrowser,
  storeId: string | null,
  storeUpdateUrl: string,
  selfHostedUpdateUrl: string,
): Omit<ChromiumTarget, "label" | "windowsPolicyKey" | "macDomain"> {
  const ids = [...new Set([EXTENSION_IDS.chromium, ...(storeId ? [storeId] : [])])];
  const forceInstall = storeId
    ? { id: storeId, updateUrl: storeUpdateUrl }
    : { id: EXTENSION_IDS.chromium, updateUrl: selfHostedUpdateUrl };
  return { browser, ids, forceInstall };
}

export function deploymentFor(policy: SettingValues, options: DeploymentOptions): Deployment {
  const storeIds = options.storeIds ?? STORE_IDS;
  return {
    policy,
    chrome: {
      ...chromiumTarget(
        "chrome",
        storeIds.chromeWebStore,
        STORE_UPDATE_URLS.chromeWebStore,
        options.selfHostedUpdateUrl,
      ),
      label: "Google Chrome",
      windowsPolicyKey: "SOFTWARE\\Policies\\Google\\Chrome",
      macDomain: "com.google.Chrome",
    },
    edge: {
      ...chromiumTarget(
        "edge",
        storeIds.edgeAddons,
        STORE_UPDATE_URLS.edgeAddons,
        options.selfHostedUpdateUrl,
      ),
      label: "Microsoft Edge",
      windowsPolicyKey: "SOFTWARE\\Policies\\Microsoft\\Edge",
      macDomain: "com.microsoft.Edge",
    },
    firefox: { id: EXTENSION_IDS.firefox, installUrl: options.firefoxInstallUrl },
  };
}

/** Every id a policy file may configure for this extension, with the browser it belongs to. */
export function knownExtensionIds(): ReadonlyMap<string, string> {
  const ids = new Map<string, string>([
    [EXTENSION_IDS.chromium, "Chrome, Edge and Chromium (pinned id: self-hosted or unpacked)"],
    [EXTENSION_IDS.firefox, "Firefox"],
  ]);
  if (STORE_IDS.chromeWebStore) ids.set(STORE_IDS.chromeWebStore, "Chrome (Chrome Web Store)");
  if (STORE_IDS.edgeAddons) ids.set(STORE_IDS.edgeAddons, "Edge (Edge Add-ons)");
  return ids;
}
