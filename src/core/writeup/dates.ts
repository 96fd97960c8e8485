// Calendar days as "YYYY-MM-DD" strings. Checks take `today` from the caller
// and never read the clock, so results are the same in every context and test.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01, or null when `day` is not a real calendar date. */
export function dayNumber(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip.
  return new Date(ms).toISOString().slice(0, 10) === day ? ms / DAY_MS : null;
}

export function addDays(day: string, days: number): string {
  const start = dayNumber(day);
  return start === null ? '' : new Date((start + days) * DAY_MS).toISOString().slice(0, 10);
}
