import holidayJp from '@holiday-jp/holiday_jp';
import type { RegularSchedule, Schedule } from './schema.ts';
import { WEEKDAYS } from './schema.ts';
import { addDays, daysInMonth, isoDate, type TokyoDay, tokyoDay, tokyoInstant } from './tokyo-time.ts';

/** One stretch of opening, as instants. */
export interface Opening {
  opensAt: Date;
  closesAt: Date;
}

/** Open now (until when; null when it runs round the clock for a week and more), or closed (and when it
 * next opens, if within the horizon). */
export type Availability = { open: true; closesAt: Date | null } | { open: false; nextOpen: Date | null };

/** How far ahead "next open" looks: long enough for the year-end break plus a monthly exception. */
const HORIZON_DAYS = 45;

const holidays: Record<string, unknown> = holidayJp.holidays;

export function isPublicHoliday(day: TokyoDay): boolean {
  return isoDate(day) in holidays;
}

/** 29 December – 3 January, when Japanese public offices close. */
export function isYearEnd(day: TokyoDay): boolean {
  return (day.month === 12 && day.day >= 29) || (day.month === 1 && day.day <= 3);
}

/** Whether this day is one of the rule's "3MO" / "-1FR" exceptions. */
function isExcepted(rule: RegularSchedule, day: TokyoDay): boolean {
  const code = WEEKDAYS[day.weekday] as string;
  const nth = Math.ceil(day.day / 7);
  const last = day.day + 7 > daysInMonth(day);
  return rule.closed_byday.some((c) => c === `${nth}${code}` || (last && c === `-1${code}`));
}

/** The openings on one Tokyo day, in time order. */
export function openingsOn(schedule: Schedule, day: TokyoDay): Opening[] {
  if (schedule.closed_on_public_holidays && isPublicHoliday(day)) return [];
  if (schedule.closed_year_end && isYearEnd(day)) return [];
  const code = WEEKDAYS[day.weekday] as (typeof WEEKDAYS)[number];
  return schedule.regular
    .filter((rule) => rule.byday.includes(code) && !isExcepted(rule, day))
    .map((rule) => ({
      opensAt: tokyoInstant(day, rule.opens_at),
      closesAt: tokyoInstant(day, rule.closes_at),
    }))
    .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
}

/** The opening under way at `at`, or the next one to start; null when none within the horizon. */
export function nextOpening(schedule: Schedule, at: Date): Opening | null {
  const today = tokyoDay(at);
  for (let n = 0; n <= HORIZON_DAYS; n++) {
    for (const opening of openingsOn(schedule, addDays(today, n))) {
      if (opening.closesAt.getTime() > at.getTime()) return opening;
    }
  }
  return null;
}

/** "Open now" and "next open", always in Tokyo time whatever the server's zone. */
export function availability(schedule: Schedule, at: Date): Availability {
  const next = nextOpening(schedule, at);
  if (!next || next.opensAt.getTime() > at.getTime()) return { open: false, nextOpen: next?.opensAt ?? null };
  // Back-to-back openings (a 24-hour line) read as one: "open until" is when it really closes.
  let closesAt = next.closesAt;
  for (let joined = 0; joined < 7; joined++) {
    const after = nextOpening(schedule, closesAt);
    if (!after || after.opensAt.getTime() > closesAt.getTime()) return { open: true, closesAt };
    closesAt = after.closesAt;
  }
  return { open: true, closesAt: null };
}
