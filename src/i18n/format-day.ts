/** A day as the reader's language writes it ("24 Dec 2026", "24 gru 2026", "2026/12/24"). */
export function formatDay(date: Date, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: "medium" }).format(date);
  } catch {
    // An unknown language tag: ISO 8601 reads the same everywhere.
    return date.toISOString().slice(0, 10);
  }
}
