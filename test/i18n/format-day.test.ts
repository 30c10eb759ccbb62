import { expect, it } from "vitest";
import { formatDay } from "../../src/i18n/format-day";

const DAY = new Date(Date.UTC(2026, 11, 24, 12));

it("writes a day as the reader's language does", () => {
  expect(formatDay(DAY, "en")).toBe(new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(DAY));
  expect(formatDay(DAY, "pl")).toContain("2026");
  expect(formatDay(DAY, "pl")).not.toBe(formatDay(DAY, "en"));
});

it("falls back to ISO 8601 for a tag Intl refuses", () => {
  expect(formatDay(DAY, "not a tag!")).toBe("2026-12-24");
});
