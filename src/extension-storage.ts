/**
 * The part of the extension storage API that the shared stores use. Shapes only: each entry passes its
 * own browser's `storage`, so code here never names a browser API and runs in unit tests as it is.
 */
export interface StorageAreaApi {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type StorageChangeListener = (
  changes: Record<string, { newValue?: unknown }>,
  areaName: string,
) => void;

export interface StorageApi {
  local: StorageAreaApi;
  sync: StorageAreaApi;
  managed: Pick<StorageAreaApi, "get">;
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}

/** One key of `storage.local` as stored: unchecked, each caller reads it through its own reader. */
export async function readLocal(storage: Pick<StorageApi, "local">, key: string): Promise<unknown> {
  return (await storage.local.get(key))[key];
}

/** Calls `onChange` with the new value (undefined: removed) whenever `key` of `storage.local` changes. */
export function watchLocal(
  storage: Pick<StorageApi, "onChanged">,
  key: string,
  onChange: (value: unknown) => void,
  signal: AbortSignal,
): void {
  const listener: StorageChangeListener = (changes, area) => {
    if (area === "local" && Object.hasOwn(changes, key)) onChange(changes[key]?.newValue);
  };
  storage.onChanged.addListener(listener);
  signal.addEventListener("abort", () => storage.onChanged.removeListener(listener));
}
