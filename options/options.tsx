import { render } from "preact";
import browser from "webextension-polyfill";
import { closestLocale } from "../src/i18n/closest-locale";
import { packagedTranslators } from "../src/i18n/packaged-translators";
import type { Translate } from "../src/i18n/translate";
import type { ResolvedSettings } from "../src/settings/resolve-settings";
import { UI_LOCALES } from "../src/settings/settings-schema";
import { settingsStore } from "../src/settings/settings-store";
import { OptionsPage } from "./OptionsPage";
import { translate } from "./options-i18n";
import { readSettingsAtOnce } from "./settings-at-once";

const { readResolvedSettings, saveOptions, watchResolvedSettings } = settingsStore(browser.storage);
const { translatorFor } = packagedTranslators((path) => browser.runtime.getURL(path));

const LOG_PREFIX = "[CSP Portal Guide]";
const POLICY_FILE_NAME = "csp-portal-guide-policy.json";

function downloadPolicy(json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = POLICY_FILE_NAME;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The options page shell: draws the settings in force at once (settings-at-once.ts), then reads the
 * effective settings (user options under policy), follows live changes of either, and writes the
 * user's own options to `storage.sync`. The page's language is the
 * forced locale when policy or options set one, else the browser's.
 */
async function main(root: HTMLElement): Promise<void> {
  const controller = new AbortController();
  window.addEventListener("pagehide", () => controller.abort(), { once: true });
  const browserLocale = closestLocale(browser.i18n.getUILanguage(), UI_LOCALES);
  render(<p>{translate("options_loading")}</p>, root);

  let drawn = 0;
  let readInFull = false;
  const draw = async (resolved: ResolvedSettings): Promise<void> => {
    const turn = ++drawn;
    const t: Translate = resolved.values.locale ? await translatorFor(resolved.values.locale) : translate;
    if (turn !== drawn) return;
    document.documentElement.lang = t("messagesLanguage");
    document.title = t("options_title");
    render(
      <OptionsPage
        t={t}
        resolved={resolved}
        initialMessageLocale={resolved.values.locale || browserLocale}
        onSave={saveOptions}
        onExportPolicy={downloadPolicy}
        settled={readInFull}
      />,
      root,
    );
  };

  const show = (resolved: ResolvedSettings): void => {
    draw(resolved).catch((error: unknown) => console.warn(LOG_PREFIX, "could not show the settings", error));
  };
  watchResolvedSettings(show, controller.signal);
  // The published settings at once; the full read (which may wait for the policy) replaces them.
  readSettingsAtOnce(browser.storage)
    .then((resolved) => {
      if (!readInFull) show(resolved);
    })
    .catch((error: unknown) => console.warn(LOG_PREFIX, "could not read the published settings", error));
  const resolved = await readResolvedSettings();
  readInFull = true;
  await draw(resolved);
}

const root = document.getElementById("app");
if (root) {
  main(root).catch((error: unknown) => {
    console.warn(LOG_PREFIX, "the options page could not start", error);
    root.textContent = String(error);
  });
}
