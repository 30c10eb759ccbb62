import browser from "webextension-polyfill";
import { browserI18n } from "../src/i18n/translate";

export const { translate, browserTranslator, browserLanguage } = browserI18n(browser.i18n);
