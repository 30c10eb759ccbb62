/**
 * The guard on a self-serve area default: a page the model calls configuration but whose own name
 * says billing is called partner, since "self-serve" on a billing page is the one mistake that costs
 * the customer money. Only page names are read (never ids, resource names or query values).
 * `contains` words may sit inside a name (`subscriptionsbladev2`); `starts` words must start it
 * (`orders`, `costinsights`), so that `border` or `recorder` do not count.
 */
const CONTAINS = [
  "billing",
  "invoice",
  "payment",
  "purchase",
  "reservation",
  "savingsplan",
  "checkout",
  "marketplace",
  "refund",
  "commerce",
  "costmanagement",
  "costanalysis",
];
const STARTS = ["order", "bill", "budget", "buy", "renew", "cost"];

/** The partner word one of `names` holds, or null. */
export function partnerKeyword(names: readonly string[]): string | null {
  for (const name of names) {
    for (const word of CONTAINS) if (name.includes(word)) return word;
    for (const word of STARTS) if (name.startsWith(word)) return word;
  }
  return null;
}
