import { z } from 'zod';
import { Localised } from '../localised.ts';

/** RFC 5545 / Open Referral HSDS weekday codes; the index is JavaScript's getUTCDay(). */
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const Time = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'times are HH:MM, 00:00–24:00');

/** "Tue and Thu 11:00–16:00, closed on the third Monday": HSDS `byday`, `opens_at`, `closes_at`. */
export const RegularScheduleSchema = z
  .strictObject({
    byday: z.array(z.enum(WEEKDAYS)).min(1),
    opens_at: Time,
    closes_at: Time,
    /** Weekdays of the month it stays shut, RFC 5545 style: "3MO" the third Monday, "-1FR" the last Friday. */
    closed_byday: z
      .array(z.string().regex(/^(-1|[1-5])(SU|MO|TU|WE|TH|FR|SA)$/, 'like "3MO" or "-1FR"'))
      .default([]),
  })
  .refine((r) => r.opens_at < r.closes_at, { message: 'opens_at must be before closes_at' });

export const ScheduleSchema = z.strictObject({
  regular: z.array(RegularScheduleSchema).min(1),
  /** Shut on Japanese public holidays (祝日・振替休日・国民の休日). */
  closed_on_public_holidays: z.boolean(),
  /** Shut over the year-end break, 29 December to 3 January. */
  closed_year_end: z.boolean(),
  /** How residents read it; the machine fields above decide "open now". */
  description: Localised,
});

export type Schedule = z.infer<typeof ScheduleSchema>;
export type RegularSchedule = z.infer<typeof RegularScheduleSchema>;
