import { describe, expect, it } from 'vitest';
import { localised, readsJapanese, windowName, windowNameLine } from './localised.ts';

const name = { ja: '厚生課', en: 'Welfare Division', vi: 'Phòng Phúc lợi', zh: '福利科' };

describe('texts from the directory in the resident’s language', () => {
  it('takes the locale, then its base language, then English for non-Japanese readers, then Japanese', () => {
    expect(localised(name, 'vi')).toBe('Phòng Phúc lợi');
    expect(localised(name, 'zh-Hant')).toBe('福利科');
    expect(localised(name, 'ko')).toBe('Welfare Division');
    expect(localised({ ja: '厚生課' }, 'ko')).toBe('厚生課');
    expect(localised(name, 'ja-x-easy')).toBe('厚生課');
  });

  it('counts やさしい日本語 as Japanese', () => {
    expect(readsJapanese('ja')).toBe(true);
    expect(readsJapanese('ja-x-easy')).toBe(true);
    expect(readsJapanese('en')).toBe(false);
  });

  it('keeps a window’s Japanese name first, with the resident’s language beside it', () => {
    expect(windowName(name, 'vi')).toEqual({ ja: '厚生課', beside: 'Phòng Phúc lợi' });
    expect(windowName(name, 'ja')).toEqual({ ja: '厚生課', beside: null });
    expect(windowName({ ja: '厚生課', 'ja-x-easy': 'こうせいか' }, 'ja-x-easy')).toEqual({
      ja: '厚生課',
      beside: 'こうせいか',
    });
    expect(windowName({ ja: '厚生課' }, 'vi')).toEqual({ ja: '厚生課', beside: null });
    expect(windowNameLine(name, 'pt-BR')).toBe('厚生課 (Welfare Division)');
  });
});
