import i18next, { type i18n } from 'i18next';
import en from '../../../locales/en.json' with { type: 'json' };
import id from '../../../locales/id.json' with { type: 'json' };
import ja from '../../../locales/ja.json' with { type: 'json' };
import jaEasy from '../../../locales/ja-x-easy.json' with { type: 'json' };
import ko from '../../../locales/ko.json' with { type: 'json' };
import ne from '../../../locales/ne.json' with { type: 'json' };
import ptBR from '../../../locales/pt-BR.json' with { type: 'json' };
import tl from '../../../locales/tl.json' with { type: 'json' };
import vi from '../../../locales/vi.json' with { type: 'json' };
import zhHans from '../../../locales/zh-Hans.json' with { type: 'json' };
import zhHant from '../../../locales/zh-Hant.json' with { type: 'json' };

export type Resources = Record<string, Record<string, unknown>>;

/** やさしい日本語 (easy Japanese): a BCP 47 private-use tag, since no registered subtag exists. */
export const EASY_JAPANESE = 'ja-x-easy';

/**
 * Every locale we ship, in the order the language buttons show them; Japanese is where every
 * fallback chain ends.
 */
export const RESOURCES: Resources = {
  ja,
  [EASY_JAPANESE]: jaEasy,
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ko,
  vi,
  ne,
  tl,
  'pt-BR': ptBR,
  id,
};
export const DEFAULT_LOCALE = 'ja';

/** LINE app languages (BCP 47, lower-cased) that name one of our locales by another tag. */
const ALIASES: Record<string, string> = {
  zh: 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-mo': 'zh-Hant',
  pt: 'pt-BR',
  fil: 'tl',
  in: 'id',
};

export interface Texts {
  readonly locales: readonly string[];
  t(locale: string, key: string, vars?: Record<string, string | number>): string;
  has(locale: string, key: string): boolean;
  /**
   * Our locale for a BCP 47 tag (LINE's app language): the tag, then ever shorter prefixes of it
   * (each as itself or by alias: zh-TW → zh-Hant, fil → tl, pt-PT → pt-BR), then Japanese.
   */
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
  const plain = new Map<string, string>();
  const locales = Object.keys(resources);
  const byLower = new Map(locales.map((l) => [l.toLowerCase(), l]));
  const known = (lower: string) => byLower.get(lower) ?? byLower.get(ALIASES[lower]?.toLowerCase() ?? '');
  return {
    locales,
    t(locale, key, vars) {
      if (vars) return instance.t(key, { lng: locale, ...vars });
      // A text without variables never changes: i18next's lookup is paid once per locale and key
      // (a few hundred of them), not for every label of every reply.
      const id = `${locale}\u0000${key}`;
      let text = plain.get(id);
      if (text === undefined) {
        text = instance.t(key, { lng: locale });
        plain.set(id, text);
      }
      return text;
    },
    has: (locale, key) => instance.exists(key, { lng: locale, fallbackLng: false }),
    localeFor(tag) {
      const parts = (tag ?? '').toLowerCase().replaceAll('_', '-').split('-');
      for (let n = parts.length; n > 0; n--) {
        const found = known(parts.slice(0, n).join('-'));
        if (found) return found;
      }
      return DEFAULT_LOCALE;
    },
  };
}
