import type { messagingApi } from '@line/bot-sdk';
import { clamp, LIMITS } from './limits.ts';

type T = (locale: string, key: string) => string;

/** LINE's limits for a rich menu (LINE-FACTS.md): chat bar text 14, action labels 20. */
export const CHAT_BAR_TEXT_MAX = 14;
const ACTION_LABEL_MAX = 20;
/** The compact size LINE accepts (2500 × 843); three tap areas side by side. */
export const RICH_MENU_SIZE = { width: 2500, height: 843 } as const;

/** What each tap area does: the same commands the chat's buttons send, so they work from any step. */
const AREAS = [
  { label: 'menu.consult', data: 'cmd:menu', fill: '#06C755', ink: '#FFFFFF' },
  { label: 'menu.language', data: 'cmd:language', fill: '#F2F4F5', ink: '#1F2A30' },
  { label: 'menu.emergency', data: 'cmd:emergency', fill: '#D93A3A', ink: '#FFFFFF' },
] as const;

/** The alias that names a locale's menu on the channel, so every process finds its id at LINE. */
export function richMenuAlias(locale: string): string {
  return `lfd-${locale.toLowerCase()}`;
}

/** The menu object sent to `POST /v2/bot/richmenu` for one locale. */
export function richMenuRequest(locale: string, t: T): messagingApi.RichMenuRequest {
  const width = Math.floor(RICH_MENU_SIZE.width / AREAS.length);
  return {
    size: { ...RICH_MENU_SIZE },
    selected: true,
    name: richMenuAlias(locale),
    chatBarText: clamp(t(locale, 'common.menu'), CHAT_BAR_TEXT_MAX),
    areas: AREAS.map((area, i) => {
      const label = t(locale, area.label);
      return {
        bounds: {
          x: i * width,
          y: 0,
          width: i === AREAS.length - 1 ? RICH_MENU_SIZE.width - i * width : width,
          height: RICH_MENU_SIZE.height,
        },
        action: {
          type: 'postback',
          label: clamp(label, ACTION_LABEL_MAX),
          data: area.data,
          displayText: clamp(label, LIMITS.displayText),
        },
      };
    }),
  };
}

/** Every text the picture shows in a locale: which glyphs its fonts must have. */
export function richMenuText(locale: string, t: T): string {
  return AREAS.map((area) => t(locale, area.label)).join(' ');
}

/** Font families, first choice first, that draw a locale's script (see rich-menu-image.ts). */
export function fontFamiliesFor(locale: string): string[] {
  const script: Record<string, string> = {
    ja: 'Noto Sans JP',
    'ja-x-easy': 'Noto Sans JP',
    'zh-Hans': 'Noto Sans SC',
    'zh-Hant': 'Noto Sans TC',
    ko: 'Noto Sans KR',
    ne: 'Noto Sans Devanagari',
  };
  // Japanese last for everyone: "言語 / Language" may stay in Japanese in any locale.
  return [...new Set([script[locale] ?? 'Noto Sans', 'Noto Sans', 'Noto Sans JP'])];
}

/** One tap area of the picture: where it is, its colours, and its label in lines. */
export interface RichMenuPanel {
  x: number;
  width: number;
  fill: string;
  ink: string;
  lines: string[];
}

/** The picture's layout, drawn from the same texts as the chat (rich-menu-image.ts paints it). */
export function richMenuPanels(locale: string, t: T): RichMenuPanel[] {
  const panel = Math.floor(RICH_MENU_SIZE.width / AREAS.length);
  return AREAS.map((area, i) => ({
    x: i * panel,
    width: i === AREAS.length - 1 ? RICH_MENU_SIZE.width - i * panel : panel,
    fill: area.fill,
    ink: area.ink,
    // "言語 / Language" reads better as two lines than shrunk onto one.
    lines: t(locale, area.label)
      .split(' / ')
      .map((l) => l.trim()),
  }));
}
