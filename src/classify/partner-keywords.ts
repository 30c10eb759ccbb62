/**
 * The guard on a self-serve verdict: a page the model calls configuration but whose own name says
 * billing is called partner, since "self-serve" on a billing page is the one mistake that costs the
 * customer money. Only page names are read (never ids, resource names or query values), joined by
 * "/". The first words may sit inside a name (`subscriptionsbladev2`); the others must start it
 * (`orders`, `costinsights`), so that `border` or `recorder` do not count.
 */
export const PARTNER_WORDS_ANYWHERE = [
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
] as const;
export const PARTNER_WORDS_LEADING = ["order", "bill", "budget", "buy", "renew", "cost"] as const;

const PARTNER_WORDS = new RegExp(
  `(${PARTNER_WORDS_ANYWHERE.join("|")})|(?:^|\\/)(${PARTNER_WORDS_LEADING.join("|")})`,
);

/** The partner word one of the page names holds, or null. */
export function partnerKeyword(pageNames: string): string | null {
  if (pageNames === "") return null;
  const found = PARTNER_WORDS.exec(pageNames);
  return found === null ? null : (found[1] ?? found[2] ?? null);
}
