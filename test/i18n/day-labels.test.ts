import { describe, expect, it } from "vitest";
import { dismissalEnd } from "../../src/banner/dismissals";
import { calendarDay, dayLabelsAround, preparedDay } from "../../src/i18n/day-labels";
import { formatDay } from "../../src/i18n/format-day";

const NOW = new Date(2026, 10, 25, 14, 30).getTime();
const DAY_MS = 86_400_000;

describe("calendarDay", () => {
  it("is the local day, zero-padded", () => {
    expect(calendarDay(new Date(2026, 0, 5, 0, 0))).toBe("2026-01-05");
    expect(calendarDay(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31");
  });
});

describe("dayLabelsAround", () => {
  const labels = dayLabelsAround(dismissalEnd(30, NOW), ["en", "pl"], formatDay);

  it("writes the end of a dismissal made now in every language, as Intl writes it there", () => {
    const end = new Date(NOW + 30 * DAY_MS);
    expect(labels.en?.[calendarDay(end)]).toBe(
      new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(end),
    );
    expect(labels.pl?.[calendarDay(end)]).toBe(formatDay(end, "pl"));
  });

  it("covers the day before and the two after, and nothing more", () => {
    const days = [-1, 0, 1, 2].map((offset) => calendarDay(new Date(NOW + (30 + offset) * DAY_MS)));
    expect(Object.keys(labels.en ?? {}).sort()).toEqual(days);
  });

  it("prepares nothing when dismissing is off", () => {
    expect(dayLabelsAround(dismissalEnd(0, NOW), ["en"], formatDay)).toEqual({});
  });
});

describe("preparedDay", () => {
  const labels = dayLabelsAround(dismissalEnd(7, NOW), ["en"], () => "prepared");

  it("finds a prepared day in its language, whatever the time of that day", () => {
    const end = new Date(NOW + 7 * DAY_MS);
    expect(preparedDay(labels, end, "en")).toBe("prepared");
    expect(preparedDay(labels, new Date(end.getFullYear(), end.getMonth(), end.getDate(), 0, 1), "en")).toBe(
      "prepared",
    );
  });

  it("is null for another day, another language or anything storage might hold instead", () => {
    expect(preparedDay(labels, new Date(NOW + 20 * DAY_MS), "en")).toBeNull();
    expect(preparedDay(labels, new Date(NOW + 7 * DAY_MS), "pl")).toBeNull();
    const day = calendarDay(new Date(NOW + 7 * DAY_MS));
    for (const stored of [
      undefined,
      null,
      "x",
      [],
      { en: "x" },
      { en: { [day]: 3 } },
      { en: { [day]: "" } },
    ]) {
      expect(preparedDay(stored, new Date(NOW + 7 * DAY_MS), "en"), JSON.stringify(stored)).toBeNull();
    }
    expect(
      preparedDay(Object.create({ en: { [day]: "inherited" } }), new Date(NOW + 7 * DAY_MS), "en"),
    ).toBeNull();
  });
});
