/** A distribution in a few numbers: the median, and the spread as quartiles and extremes. */
export interface Summary {
  n: number;
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  mean: number;
}

/** Quantile `q` (0..1) of ascending `sorted`, linearly interpolated between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error("quantile of no values");
  if (q < 0 || q > 1) throw new Error(`quantile ${q} is outside 0..1`);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below]!;
  const high = sorted[above]!;
  return low + (high - low) * (position - below);
}

export function summarise(values: readonly number[]): Summary {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) throw new Error("no finite values to summarise");
  const sorted = [...finite].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted.at(-1)!,
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
}

/** Element-wise `a[i] - b[i]`: differences of samples taken side by side in the same repetition. */
export function pairedDifferences(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`cannot pair ${a.length} samples with ${b.length}`);
  return a.map((value, index) => value - b[index]!);
}

/** Element-wise `a[i] / b[i]`, leaving out pairs whose denominator is not positive. */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`cannot pair ${a.length} samples with ${b.length}`);
  return a.flatMap((value, index) => (b[index]! > 0 ? [value / b[index]!] : []));
}
