import i18next, { type i18n } from 'i18next';
import en from '../../../locales/en.json' with { type: 'json' };
import ja from '../../../locales/ja.json' with { type: 'json' };

export type Resources = Record<string, Record<string, unknown>>;

/** Every locale we ship; Japanese is where every fallback chain ends. */
export const RESOURCES: Resources = { ja, en };
export const DEFAULT_LOCALE = 'ja';

export interface Texts {
  readonly locales: readonly string[];
  t(locale: string, key: string, vars?: Record<string, string | number>): string;
  has(locale: string, key: string): boolean;
  /** Our locale for a BCP 47 tag (LINE's app language): exact, then the base language, then Japanese. */
  localeFor(tag: string | null | undefined): string;
}

export function createTexts(resources: Resources = RESOURCES): Texts {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(resources).map(([lng, r]) => [lng, { translation: r }])),
    fallbackLng: DEFAULT_LOCALE,
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  const locales = Object.keys(resources);
  const byLower = new Map(locales.map((l) => [l.toLowerCase(), l]));
  return {
    locales,
    t: (locale, key, vars) => instance.t(key, { lng: locale, ...vars }),
    has: (locale, key) => instance.exists(key, { lng: locale, fallbackLng: false }),
    localeFor(tag) {
      if (!tag) return DEFAULT_LOCALE;
      const lower = tag.toLowerCase();
      return byLower.get(lower) ?? byLower.get(lower.split('-')[0] ?? '') ?? DEFAULT_LOCALE;
    },
  };
}
