import type { StorageApi } from "../src/extension-storage";
import type { I18nApi } from "../src/i18n/translate";

/**
 * The extension APIs the content script uses, typed, without webextension-polyfill in every portal
 * page: Chromium's MV3 `chrome.*` and Firefox's `browser.*` both return promises for all of these.
 * The one difference that matters, answering a message, is written the way both take: a synchronous
 * `sendResponse` (Chromium ignores a promise returned by an `onMessage` listener).
 */
export interface ContentScriptApi {
  i18n: I18nApi;
  storage: Pick<StorageApi, "local" | "managed" | "onChanged">;
  runtime: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: MessageListener): void;
      removeListener(listener: MessageListener): void;
    };
  };
}

export type MessageListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response: unknown) => void,
) => boolean | undefined;

const scope = globalThis as { browser?: ContentScriptApi; chrome?: ContentScriptApi };

export const extension: ContentScriptApi = (scope.browser ?? scope.chrome)!;
