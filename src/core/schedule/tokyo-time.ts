/** A calendar day in Tokyo. `month` is 1–12; `weekday` 0 = Sunday. */
export interface TokyoDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

// Japan has kept UTC+9 without daylight saving since 1951, so Tokyo wall time is a fixed offset:
// this never depends on the server's zone (process.env.TZ) or on the host's time-zone database.
const OFFSET_MS = 9 * 60 * 60 * 1000;

/** The Tokyo calendar day an instant falls on. */
export function tokyoDay(at: Date): TokyoDay {
  const wall = new Date(at.getTime() + OFFSET_MS);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    weekday: wall.getUTCDay(),
  };
}

/** The Tokyo day `n` days after `day`. */
export function addDays(day: TokyoDay, n: number): TokyoDay {
  return tokyoDay(new Date(Date.UTC(day.year, day.month - 1, day.day + n) - OFFSET_MS));
}

/** The instant of a Tokyo wall time, "HH:MM" (24:00 is the next midnight). */
export function tokyoInstant(day: TokyoDay, time: string): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(day.year, day.month - 1, day.day, h, m) - OFFSET_MS);
}

export function daysInMonth(day: TokyoDay): number {
  return new Date(Date.UTC(day.year, day.month, 0)).getUTCDate();
}

/** "2026-11-23", the key the holiday calendar uses. */
export function isoDate(day: TokyoDay): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
