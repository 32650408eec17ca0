import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availability, nextOpening, openingsOn } from './schedule.ts';
import { type Schedule, ScheduleSchema } from './schema.ts';
import { tokyoDay } from './tokyo-time.ts';

const schedule = (raw: Record<string, unknown>): Schedule =>
  ScheduleSchema.parse({
    closed_on_public_holidays: true,
    closed_year_end: true,
    description: { ja: 'テスト' },
    ...raw,
  });

// The Sumida platform rules from seed 001.
const honjo = schedule({
  regular: [{ byday: ['MO', 'WE'], opens_at: '11:00', closes_at: '16:00', closed_byday: ['3MO'] }],
});
const kyojima = schedule({ regular: [{ byday: ['TU', 'TH'], opens_at: '11:00', closes_at: '16:00' }] });
const sumida = schedule({ regular: [{ byday: ['MO', 'WE'], opens_at: '13:00', closes_at: '16:30' }] });

/** A Tokyo wall time as an instant. */
const jst = (wall: string) => new Date(`${wall}+09:00`);
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

function behaves() {
  it('is open on a Monday inside the hours, until 16:00 Tokyo time', () => {
    expect(availability(honjo, jst('2026-11-09T12:00:00'))).toEqual({
      open: true,
      closesAt: jst('2026-11-09T16:00:00'),
    });
  });

  it('stays shut on the third Monday and opens next on Wednesday', () => {
    expect(openingsOn(honjo, tokyoDay(jst('2026-11-16T12:00:00')))).toEqual([]);
    expect(availability(honjo, jst('2026-11-16T12:00:00'))).toEqual({
      open: false,
      nextOpen: jst('2026-11-18T11:00:00'),
    });
  });

  it('stays shut on a public holiday (勤労感謝の日, a Monday)', () => {
    expect(availability(honjo, jst('2026-11-23T11:30:00'))).toEqual({
      open: false,
      nextOpen: jst('2026-11-25T11:00:00'),
    });
  });

  it('skips the year-end break and New Year’s Day', () => {
    // Tue 29 Dec and Thu 31 Dec are year-end; Fri 1 Jan is a holiday too; next is Tue 5 Jan.
    expect(iso(nextOpening(kyojima, jst('2026-12-28T09:00:00'))?.opensAt)).toBe(
      iso(jst('2027-01-05T11:00:00')),
    );
  });

  it('reads 23:59 UTC on Sunday as Monday morning in Tokyo', () => {
    const at = new Date('2026-11-08T23:59:00Z');
    expect(tokyoDay(at)).toEqual({ year: 2026, month: 11, day: 9, weekday: 1 });
    expect(availability(honjo, at)).toEqual({ open: false, nextOpen: new Date('2026-11-09T02:00:00Z') });
  });

  it('honours 13:00–16:30 to the minute', () => {
    expect(availability(sumida, jst('2026-11-09T16:29:00'))).toEqual({
      open: true,
      closesAt: jst('2026-11-09T16:30:00'),
    });
    expect(availability(sumida, jst('2026-11-09T16:30:00'))).toEqual({
      open: false,
      nextOpen: jst('2026-11-11T13:00:00'),
    });
  });

  it('knows the last Friday of a month', () => {
    const lastFridayOff = schedule({
      regular: [{ byday: ['FR'], opens_at: '10:00', closes_at: '12:00', closed_byday: ['-1FR'] }],
    });
    expect(openingsOn(lastFridayOff, tokyoDay(jst('2026-11-27T10:00:00')))).toEqual([]);
    expect(openingsOn(lastFridayOff, tokyoDay(jst('2026-11-20T10:00:00')))).toHaveLength(1);
  });

  it('treats a 24-hour line as open until it really closes, and ignores holidays when told to', () => {
    const always = schedule({
      regular: [{ byday: ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'], opens_at: '00:00', closes_at: '24:00' }],
      closed_on_public_holidays: false,
      closed_year_end: false,
    });
    expect(availability(always, jst('2027-01-01T03:00:00'))).toEqual({ open: true, closesAt: null });
    const weekdays = schedule({
      regular: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '00:00', closes_at: '24:00' }],
    });
    // Monday 9 Nov, noon: open through to the end of Friday.
    expect(availability(weekdays, jst('2026-11-09T12:00:00'))).toEqual({
      open: true,
      closesAt: jst('2026-11-14T00:00:00'),
    });
  });

  it('answers "not within the horizon" rather than looping for a schedule that never opens', () => {
    const onlyHolidays = schedule({
      regular: [
        {
          byday: ['MO'],
          opens_at: '09:00',
          closes_at: '10:00',
          closed_byday: ['1MO', '2MO', '3MO', '4MO', '5MO'],
        },
      ],
    });
    expect(availability(onlyHolidays, jst('2026-11-09T09:30:00'))).toEqual({ open: false, nextOpen: null });
  });

  it('rejects a rule that closes before it opens', () => {
    expect(() => schedule({ regular: [{ byday: ['MO'], opens_at: '16:00', closes_at: '11:00' }] })).toThrow();
  });
}

describe('schedules on a server in UTC', () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'UTC';
  });
  afterAll(() => {
    process.env.TZ = saved;
  });
  it('runs in UTC', () => {
    expect(new Date('2026-07-01T00:00:00Z').getTimezoneOffset()).toBe(0);
  });
  behaves();
});

describe('schedules on a server in America/Los_Angeles', () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    process.env.TZ = saved;
  });
  it('runs in Los Angeles', () => {
    expect(new Date('2026-07-01T00:00:00Z').getTimezoneOffset()).toBe(420);
  });
  behaves();
});
