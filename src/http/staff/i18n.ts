import botEn from '../../../locales/en.json' with { type: 'json' };
import botJa from '../../../locales/ja.json' with { type: 'json' };
import en from '../../../locales/staff/en.json' with { type: 'json' };
import ja from '../../../locales/staff/ja.json' with { type: 'json' };

export const STAFF_LANGS = ['ja', 'en'] as const;
export type StaffLang = (typeof STAFF_LANGS)[number];

const TEXTS: Record<StaffLang, unknown> = { ja, en };
const CATEGORY_NAMES: Record<StaffLang, Record<string, string>> = {
  ja: botJa.categories as Record<string, string>,
  en: botEn.categories as Record<string, string>,
};

export type T = (key: string, vars?: Record<string, string | number>) => string;

/** Staff texts in one language; a missing key shows itself rather than crashing a page. */
export function translator(lang: StaffLang): T {
  return (key, vars = {}) => {
    let node: unknown = TEXTS[lang];
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    const text = typeof node === 'string' ? node : key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  };
}

export function categoryName(lang: StaffLang, category: string): string {
  return CATEGORY_NAMES[lang][category] ?? category;
}

export function isStaffLang(value: string | undefined): value is StaffLang {
  return (STAFF_LANGS as readonly string[]).includes(value ?? '');
}

/** "2日3時間" / "3 h 5 min": how long a referral has waited. */
export function waited(t: T, from: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return t('time.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('time.hours', { h: hours, m: minutes % 60 });
  return t('time.days', { d: Math.floor(hours / 24), h: hours % 24 });
}

export function formatTime(lang: StaffLang, at: Date): string {
  return at.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}
