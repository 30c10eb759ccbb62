import { describe, expect, it } from "vitest";
import {
  dismissalEnd,
  isDismissed,
  readDismissalRecord,
  withDismissal,
  withoutDismissals,
} from "../../src/banner/dismissals";

const NOW = Date.UTC(2026, 10, 25, 12);
const DAY = 86_400_000;

describe("dismissalEnd", () => {
  it("is whole days from now", () => {
    expect(dismissalEnd(30, NOW)).toBe(NOW + 30 * DAY);
    expect(dismissalEnd(1.9, NOW)).toBe(NOW + DAY);
  });

  it("is null when the policy turns dismissing off or the value is unusable", () => {
    for (const days of [0, -3, 0.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(dismissalEnd(days, NOW)).toBeNull();
  });

  it("never reaches past a year", () => {
    expect(dismissalEnd(100_000, NOW)).toBe(NOW + 365 * DAY);
  });
});

describe("a dismissal", () => {
  const record = withDismissal({}, "m365.billing.bills", 30, NOW);

  it("hides its own rule until it ends, and no other rule", () => {
    expect(isDismissed(record, "m365.billing.bills", NOW + 29 * DAY)).toBe(true);
    expect(isDismissed(record, "m365.billing.bills", NOW + 30 * DAY)).toBe(false);
    expect(isDismissed(record, "m365.billing.products", NOW)).toBe(false);
  });

  it("cannot outlast the dismissal period in force, however it got into storage (issue 17)", () => {
    const forged = { "m365.billing.bills": NOW + 3650 * DAY };
    expect(isDismissed(forged, "m365.billing.bills", NOW, 30)).toBe(false);
    expect(isDismissed(record, "m365.billing.bills", NOW + DAY, 30)).toBe(true);
    // The organisation shortened the period, or turned dismissing off: older dismissals give way.
    expect(isDismissed(record, "m365.billing.bills", NOW + DAY, 14)).toBe(false);
    expect(isDismissed(record, "m365.billing.bills", NOW + 20 * DAY, 14)).toBe(true);
    expect(isDismissed(record, "m365.billing.bills", NOW + DAY, 0)).toBe(false);
  });

  it("is not made when dismissing is off, or for an unusable rule id", () => {
    expect(withDismissal({}, "m365.billing.bills", 0, NOW)).toEqual({});
    expect(withDismissal({}, "", 30, NOW)).toEqual({});
    expect(withDismissal({}, "x".repeat(201), 30, NOW)).toEqual({});
  });

  it("drops dismissals that have ended when another is added", () => {
    const later = withDismissal(record, "azure.support", 1, NOW + 31 * DAY);
    expect(Object.keys(later)).toEqual(["azure.support"]);
  });

  it("treats prototype-like rule ids as plain ids", () => {
    const odd = withDismissal({}, "__proto__", 5, NOW);
    expect(isDismissed(odd, "__proto__", NOW)).toBe(true);
    expect(isDismissed(odd, "constructor", NOW)).toBe(false);
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
  });
});

describe("readDismissalRecord", () => {
  it("keeps valid entries in force and drops everything else", () => {
    expect(
      readDismissalRecord(
        {
          ok: NOW + DAY,
          ended: NOW - 1,
          text: "tomorrow",
          nan: Number.NaN,
          "": NOW + DAY,
          [`${"x".repeat(201)}`]: NOW + DAY,
        },
        NOW,
      ),
    ).toEqual({ ok: NOW + DAY });
  });

  it("reads anything that is not a record as no dismissals", () => {
    for (const stored of [undefined, null, "x", 5, [NOW + DAY]])
      expect(readDismissalRecord(stored, NOW)).toEqual({});
  });

  it("keeps at most 500, those that end last", () => {
    const stored = Object.fromEntries(
      Array.from({ length: 600 }, (_, i) => [`rule.${i}`, NOW + (i + 1) * 1000]),
    );
    const record = readDismissalRecord(stored, NOW);
    expect(Object.keys(record)).toHaveLength(500);
    expect(record["rule.599"]).toBeDefined();
    expect(record["rule.99"]).toBeUndefined();
  });
});

describe("withoutDismissals", () => {
  const record = { a: NOW + DAY, b: NOW + DAY, c: NOW + DAY };

  it("undoes the named dismissals", () => {
    expect(withoutDismissals(record, ["a", "c", "unknown"])).toEqual({ b: NOW + DAY });
  });

  it("undoes all of them without names", () => {
    expect(withoutDismissals(record)).toEqual({});
  });
});
