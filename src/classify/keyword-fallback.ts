import type { Verdict } from "../verdict";

/**
 * Last resort for a page the catalog has never seen: words in the route that give the page away.
 * Partner words are tried first, because saying "self-serve" on a billing page is the worst mistake.
 * `contains` words may sit inside a longer word (`subscriptionsbladev2`); `starts` words must start a
 * word (`orders`, `costanalysis`) so that `border` or `recorder` do not count.
 */
const KEYWORDS: ReadonlyArray<{ verdict: Verdict; contains: readonly string[]; starts: readonly string[] }> =
  [
    {
      verdict: "partner",
      contains: [
        "billing",
        "invoice",
        "payment",
        "subscription",
        "purchase",
        "license",
        "licence",
        "reservation",
        "savingsplan",
        "checkout",
        "marketplace",
        "refund",
        "renew",
        "cancel",
      ],
      starts: ["order", "cost", "buy", "bill", "trial", "upgrade"],
    },
    { verdict: "support", contains: ["support", "servicerequest", "ticket"], starts: [] },
    { verdict: "info", contains: ["health", "messagecenter", "report", "usage"], starts: [] },
  ];

// Literal alternations compiled once; linear-time to run.
const MATCHERS = KEYWORDS.map(({ verdict, contains, starts }) => ({
  verdict,
  pattern: new RegExp(
    [
      contains.length > 0 ? `(${contains.join("|")})` : "",
      starts.length > 0 ? `(?:^|[^a-z])(${starts.join("|")})` : "",
    ]
      .filter(Boolean)
      .join("|"),
  ),
}));

export interface KeywordMatch {
  readonly verdict: Verdict;
  readonly keyword: string;
}

export function keywordVerdict(route: string): KeywordMatch | null {
  for (const { verdict, pattern } of MATCHERS) {
    const found = pattern.exec(route);
    if (found) return { verdict, keyword: found[1] ?? found[2] ?? found[0] };
  }
  return null;
}
