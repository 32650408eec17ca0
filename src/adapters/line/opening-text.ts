import type { OpeningInfo } from '../../core/flow/message.ts';

type T = (locale: string, key: string, vars?: Record<string, string | number>) => string;

// Times are always shown in Tokyo time: the places are in Tokyo, whatever zone the server runs in.
const TOKYO = 'Asia/Tokyo';

/** "11/24(火) 11:00" / "Tue, 11/24, 11:00" in the resident's language. */
export function formatWhen(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: TOKYO,
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

export function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: TOKYO,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** "Open now (until 16:00)", "Next open: …", or that the days are being confirmed. */
export function openingText(t: T, locale: string, opening: OpeningInfo | null | undefined): string | null {
  if (opening === undefined) return null;
  if (opening === null) return t(locale, 'opening.unknown');
  if (opening.openNow) {
    return opening.closesAt
      ? t(locale, 'opening.openNow', { time: formatTime(opening.closesAt, locale) })
      : t(locale, 'opening.openAroundTheClock');
  }
  if (opening.nextOpen) return t(locale, 'opening.nextOpen', { when: formatWhen(opening.nextOpen, locale) });
  return t(locale, 'opening.notSoon');
}

/** "350 m" / "1.2 km". */
export function formatDistance(metres: number): string {
  return metres < 1000 ? `${Math.round(metres / 10) * 10} m` : `${(metres / 1000).toFixed(1)} km`;
}
