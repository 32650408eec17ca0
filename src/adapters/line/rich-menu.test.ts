import { readFileSync } from 'node:fs';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import opentype from 'opentype.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineSchemaErrors } from '../../../test/support/line-openapi.ts';
import { createTexts } from '../i18n/texts.ts';
import { createLineMessenger } from './client.ts';
import { FakeLine } from './fake-line.ts';
import {
  CHAT_BAR_TEXT_MAX,
  fontFamiliesFor,
  RICH_MENU_SIZE,
  richMenuRequest,
  richMenuText,
} from './rich-menu.ts';
import { fontFile, richMenuPng } from './rich-menu-image.ts';
import { publishRichMenus } from './rich-menu-publish.ts';

const texts = createTexts();
const locales = texts.locales;
const parsed = new Map<string, ReturnType<typeof opentype.parse>>();
function font(family: string) {
  const known = parsed.get(family);
  if (known) return known;
  const file = readFileSync(fontFile(family));
  const found = opentype.parse(
    file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    {
      lowMemory: true,
    },
  );
  parsed.set(family, found);
  return found;
}

describe('each locale’s rich menu', () => {
  it.each(locales)(
    '%s: LINE’s schema and limits hold, the areas tile the picture, each sends a command',
    (locale) => {
      const menu = richMenuRequest(locale, texts.t);
      expect(lineSchemaErrors('RichMenuRequest', menu)).toEqual([]);
      expect(menu.chatBarText?.length).toBeLessThanOrEqual(CHAT_BAR_TEXT_MAX);
      expect(menu.chatBarText).toBe(texts.t(locale, 'common.menu'));
      const areas = menu.areas ?? [];
      expect(areas.map((a) => (a.action as { data: string }).data)).toEqual([
        'cmd:menu',
        'cmd:language',
        'cmd:emergency',
      ]);
      expect(areas.map((a) => (a.action as { label: string }).label)).toEqual(
        ['menu.consult', 'menu.language', 'menu.emergency'].map((k) => texts.t(locale, k)),
      );
      let x = 0;
      for (const { bounds } of areas) {
        expect(bounds).toMatchObject({ x, y: 0, height: RICH_MENU_SIZE.height });
        x += bounds?.width ?? 0;
      }
      expect(x).toBe(RICH_MENU_SIZE.width);
    },
  );

  it.each(locales)('%s: the fonts drawn with have a glyph for every character of the labels', (locale) => {
    const fonts = fontFamiliesFor(locale).map(font);
    const missing = [...new Set(richMenuText(locale, texts.t).replace(/\s/g, ''))].filter(
      (ch) => !fonts.some((f) => f.charToGlyphIndex(ch) > 0),
    );
    expect(missing).toEqual([]);
  });

  it.each(locales)('%s: the picture is a 2500 × 843 PNG under LINE’s 1 MB', (locale) => {
    const png = richMenuPng(locale, texts.t);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      RICH_MENU_SIZE.width,
      RICH_MENU_SIZE.height,
    ]);
    expect(png.length).toBeLessThan(1_000_000);
  });
});

describe('publishing rich menus and showing each resident theirs', () => {
  const base = 'https://richmenu.line.test';
  const fake = new FakeLine();
  const server = setupServer(http.all(`${base}/*`, ({ request }) => fake.app.fetch(request)));
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const publish = (deleteReplaced = false) =>
    publishRichMenus({
      channelAccessToken: 'token',
      baseURL: base,
      locales,
      t: texts.t,
      image: () => png,
      defaultLocale: 'ja',
      deleteReplaced,
    });
  let clock = Date.now();
  const messenger = createLineMessenger({ channelAccessToken: 'token', baseURL: base, now: () => clock });
  const user = `U${'a'.repeat(32)}`;

  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('shows nothing while the channel has no menus, and asks LINE about a locale once in five minutes', async () => {
    const lookups = () => fake.calls.filter((c) => c.path.includes('/richmenu/alias/')).length;
    expect(await messenger.showMenu(user, 'vi')).toBe(false);
    expect(await messenger.showMenu(user, 'vi')).toBe(false);
    expect(lookups()).toBe(1);
    expect(fake.richMenuOf(user)).toBeNull();
    clock += 5 * 60_000;
  });

  it('creates a menu with its picture and alias per locale, and the Japanese one as the default', async () => {
    const first = await publish();
    expect(first.map((p) => p.locale)).toEqual([...locales]);
    expect(first.every((p) => p.replaced === null)).toBe(true);
    expect(fake.richMenus.size).toBe(locales.length);
    for (const p of first) {
      expect(fake.richMenuAliases.get(p.alias)).toBe(p.richMenuId);
      expect(fake.richMenus.get(p.richMenuId)?.image?.bytes.length).toBe(png.length);
      expect(
        (fake.richMenus.get(p.richMenuId)?.menu as { chatBarText?: string } | undefined)?.chatBarText,
      ).toBe(texts.t(p.locale, 'common.menu'));
    }
    expect(fake.richMenuOf(user)?.id).toBe(first.find((p) => p.locale === 'ja')?.richMenuId);
  });

  it('links a resident to the menu of their language, and finds it again after a new publish', async () => {
    expect(await messenger.showMenu(user, 'vi')).toBe(true);
    const vi = fake.richMenuAliases.get('lfd-vi');
    expect(fake.richMenuOf(user)?.id).toBe(vi);

    const second = await publish(true);
    expect(second.find((p) => p.locale === 'vi')?.replaced).toBe(vi);
    expect(fake.richMenus.size).toBe(locales.length);
    expect(fake.richMenus.has(vi as string)).toBe(false);
    // The messenger remembered the old id: LINE refuses it, and it looks the alias up again.
    expect(await messenger.showMenu(user, 'vi')).toBe(true);
    expect(fake.richMenuOf(user)?.id).toBe(fake.richMenuAliases.get('lfd-vi'));
    expect(fake.richMenuOf(user)?.id).not.toBe(vi);
  });
});
