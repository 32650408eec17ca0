import { describe, expect, it } from 'vitest';
import flowFile from '../flows/intake.json' with { type: 'json' };
import { type DirectoryId, loadDirectory, loadHotlines } from '../src/adapters/directory/load.ts';
import { createTexts, EASY_JAPANESE, RESOURCES } from '../src/adapters/i18n/texts.ts';
import { LIMITS } from '../src/adapters/line/limits.ts';
import { createLineRenderer } from '../src/adapters/line/render.ts';
import { CHAT_BAR_TEXT_MAX } from '../src/adapters/line/rich-menu.ts';
import { CATEGORIES } from '../src/core/categories.ts';
import { COMMANDS } from '../src/core/flow/input.ts';
import { loadFlow } from '../src/core/flow/load.ts';
import { leaves, placeholders } from './support/locale-tree.ts';

const texts = createTexts();
const flow = loadFlow(flowFile);
const locales = Object.keys(RESOURCES);
const translated = locales.filter((l) => l !== 'ja');
const directories = (['sumida', 'arakawa'] as DirectoryId[]).map(loadDirectory);
const hotlines = loadHotlines();
const renderer = createLineRenderer(texts, directories[0] as (typeof directories)[0], hotlines);

const ja = leaves(RESOURCES.ja as Record<string, unknown>);
const fold = (value: string) =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s「」“”"']/g, '');

/** Texts shown as quick-reply labels: every flow button (location ones too), the menu, each language's name. */
const quickReplyKeys = new Set(['common.menu', 'language.name']);
for (const step of Object.values(flow.steps)) {
  if (step.type === 'ask' && Array.isArray(step.buttons)) {
    for (const b of step.buttons) quickReplyKeys.add('label' in b ? b.label : b.location);
  }
}

/** Every number a card's call button can show. */
const phones = [
  ...hotlines.hotlines.map((h) => h.phone),
  ...directories.flatMap((d) => d.services.flatMap((s) => s.phones.map((p) => p.number))),
];
const longestPhone = phones.reduce((a, b) => (b.length > a.length ? b : a), '');

describe('every locale is complete', () => {
  it('ships Japanese, easy Japanese and the nine languages of the wards’ residents', () => {
    expect(locales).toEqual([
      'ja',
      EASY_JAPANESE,
      'en',
      'zh-Hans',
      'zh-Hant',
      'ko',
      'vi',
      'ne',
      'tl',
      'pt-BR',
      'id',
    ]);
    expect(locales.length).toBeLessThanOrEqual(LIMITS.quickReplyItems);
  });

  it.each(translated)('%s has every key of ja.json', (locale) => {
    const mine = leaves(RESOURCES[locale] as Record<string, unknown>);
    expect([...ja.keys()].filter((key) => !mine.has(key))).toEqual([]);
  });

  it.each(translated)('%s uses the same placeholders as ja.json, key by key', (locale) => {
    const mine = leaves(RESOURCES[locale] as Record<string, unknown>);
    const differing = [...ja].filter(([key, value]) => {
      const theirs = mine.get(key);
      return theirs !== undefined && placeholders(theirs).join() !== placeholders(value).join();
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it.each(locales)('%s keeps every quick-reply label within 20 UTF-16 units', (locale) => {
    expect(quickReplyKeys.size).toBeGreaterThan(10);
    const tooLong = [...quickReplyKeys].filter((key) => texts.t(locale, key).length > LIMITS.quickReplyLabel);
    expect(tooLong.map((key) => `${key}: ${texts.t(locale, key)}`)).toEqual([]);
  });

  it.each(locales)('%s keeps every Flex button label within 40 UTF-16 units', (locale) => {
    const labels = [
      ...CATEGORIES.map((c) => texts.t(locale, `categories.${c}`)),
      texts.t(locale, 'areas.any'),
      `${texts.t(locale, 'card.call')} ${longestPhone}`,
    ];
    expect(labels.filter((l) => l.length > LIMITS.flexButtonLabel)).toEqual([]);
  });

  it.each(locales)('%s keeps the rich menu’s chat bar text within 14 UTF-16 units', (locale) => {
    expect(texts.t(locale, 'common.menu').length).toBeLessThanOrEqual(CHAT_BAR_TEXT_MAX);
  });

  it.each(locales)(
    '%s: every command word means that command, in whatever language it is typed',
    (locale) => {
      const wrong = COMMANDS.flatMap((name) =>
        texts
          .t(locale, `commands.${name}`)
          .split('|')
          .filter((word) => {
            const read = renderer.interpret(word, 'ja', []);
            return read?.type !== 'command' || read.name !== name;
          })
          .map((word) => `${name}: ${word}`),
      );
      expect(wrong).toEqual([]);
    },
  );

  it('names every language differently, and typing a name switches to that language', () => {
    for (const locale of locales) {
      expect(renderer.interpret(texts.t(locale, 'language.name'), 'vi', [])).toEqual({
        type: 'choice',
        value: `lang:${locale}`,
      });
    }
  });

  it.each(locales)(
    '%s: texts that tell the resident what to tap or send name a real button or command',
    (locale) => {
      const says = (key: string) => fold(texts.t(locale, key));
      const label = (key: string) => fold(texts.t(locale, key));
      const deleteWords = texts.t(locale, 'commands.delete').split('|').map(fold);
      expect(says('offer.reprompt')).toContain(label('offer.yes'));
      expect(says('offer.reprompt')).toContain(label('offer.no'));
      expect(says('consent.reprompt')).toContain(label('consent.agree'));
      expect(says('consent.reprompt')).toContain(label('consent.decline'));
      expect(says('greeting.privacy')).toContain(label('consent.agree'));
      expect(deleteWords.some((w) => says('greeting.privacy').includes(w))).toBe(true);
      expect(deleteWords.some((w) => says('consent.withdraw').includes(w))).toBe(true);
      expect(says('places.reprompt')).toContain(label('common.menu'));
    },
  );
});

describe('やさしい日本語', () => {
  it('is written in kana: the only kanji are 区 and 区役所, each time with its reading or a plain word', () => {
    const kanji = [...leaves(RESOURCES[EASY_JAPANESE] as Record<string, unknown>)]
      .filter(([key]) => !key.startsWith('commands.'))
      .flatMap(([key, value]) => [...value.matchAll(/\p{Script=Han}+/gu)].map((m) => `${key}: ${m[0]}`));
    expect(kanji.length).toBeGreaterThan(0);
    expect(kanji.filter((k) => !/: (区|区役所)$/.test(k))).toEqual([]);
  });
});

describe('the LINE app language picks the locale', () => {
  it.each([
    ['ja', 'ja'],
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['ko', 'ko'],
    ['ne-NP', 'ne'],
    ['fil', 'tl'],
    ['tl', 'tl'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['id', 'id'],
    ['in', 'id'],
    ['en-GB', 'en'],
    ['th', 'ja'],
    ['es', 'ja'],
    [null, 'ja'],
    ['', 'ja'],
  ])('%s → %s', (tag, locale) => {
    expect(texts.localeFor(tag)).toBe(locale);
  });
});
