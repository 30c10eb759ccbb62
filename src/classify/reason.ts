/**
 * How a verdict was reached: a rule (the catalog's or a custom one) names the page; the portal's
 * model gives the default of the area the page is in; or the page's own name holds a partner word
 * where the area default would have said self-serve.
 */
export type Reason = "rule" | "area default" | "keyword";

export const REASONS: readonly Reason[] = ["rule", "area default", "keyword"];
