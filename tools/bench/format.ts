import type { Summary } from "./stats";

/** Milliseconds with a sign when `signed`, two decimals (the metrics' resolution is a microsecond). */
export function ms(value: number, signed = false): string {
  return `${signed && value >= 0 ? "+" : ""}${value.toFixed(2)} ms`;
}

/** Bytes as kB of 1,000 bytes, as Vite and the budgets count them. */
export function kB(bytes: number, signed = false): string {
  return `${signed && bytes >= 0 ? "+" : ""}${(bytes / 1000).toFixed(1)} kB`;
}

export function times(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

/** "median [p25 … p75]" in the unit `unit` formats. */
export function spread(
  summary: Summary,
  unit: (value: number, signed?: boolean) => string,
  signed = false,
): string {
  return `${unit(summary.median, signed)} [${unit(summary.p25, signed)} … ${unit(summary.p75, signed)}]`;
}
