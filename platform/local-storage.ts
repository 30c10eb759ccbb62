import browser from "webextension-polyfill";

/** One key of `storage.local` as stored: unchecked, each caller reads it through its own reader. */
export async function readLocal(key: string): Promise<unknown> {
  const stored = await browser.storage.local.get(key);
  return stored[key];
}

/** Calls `onChange` with the new value (undefined: removed) whenever `key` of `storage.local` changes. */
export function watchLocal(key: string, onChange: (value: unknown) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area === "local" && Object.hasOwn(changes, key)) onChange(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener("abort", () => browser.storage.onChanged.removeListener(listener));
}
