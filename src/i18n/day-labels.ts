/**
 * Days written out ahead of time, in each shipped language. The first `Intl.DateTimeFormat` a page
 * makes costs it 15 ms or more (ICU loads its date data into the renderer), and the banner needs a
 * date only for its dismiss control ("Hide on this page until 24 Dec 2026"). So the background,
 * in its own process, writes out the few days a dismissal made now could end on, and the content
 * script looks them up; only a day it does not find (a page left open for days) is formatted on the
 * spot.
 */

/** `storage.local` key of the prepared days, written by the background. */
export const DAY_LABELS_KEY = "dayLabels";

/** Language (a `messagesLanguage`, e.g. "pl") → local calendar day ("2026-12-24") → the day as written. */
export type DayLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

const DAY_MS = 86_400_000;
// Around the end of a dismissal made now: a day either side covers a daylight saving change, and
// the day after that a page opened after midnight before the background prepares the new days.
const DAYS_AROUND = [-1, 0, 1, 2];

/** The local calendar day of `date`, as a key that sorts and compares: "2026-12-24". */
export function calendarDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

/**
 * The days around `end` (a dismissal's end, epoch ms; null when dismissing is off: nothing to
 * prepare) in each of `languages`, written by `format`.
 */
export function dayLabelsAround(
  end: number | null,
  languages: readonly string[],
  format: (date: Date, language: string) => string,
): DayLabels {
  if (end === null) return {};
  const days = DAYS_AROUND.map((offset) => new Date(end + offset * DAY_MS));
  return Object.fromEntries(
    languages.map((language) => [
      language,
      Object.fromEntries(days.map((date) => [calendarDay(date), format(date, language)])),
    ]),
  );
}

/** The prepared text of `date` in `language`, from whatever storage held; null when it is not there. */
export function preparedDay(labels: unknown, date: Date, language: string): string | null {
  const forLanguage = isRecord(labels) && Object.hasOwn(labels, language) ? labels[language] : undefined;
  if (!isRecord(forLanguage)) return null;
  const day = calendarDay(date);
  const text = Object.hasOwn(forLanguage, day) ? forLanguage[day] : undefined;
  return typeof text === "string" && text !== "" ? text : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
