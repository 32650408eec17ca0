import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { fontFamiliesFor, RICH_MENU_SIZE, richMenuPanels } from './rich-menu.ts';

type T = (locale: string, key: string) => string;

/** Whole (not subset) bold Noto fonts from Google Fonts, shipped as TTF in npm packages (OFL). */
const FONT_FILES: Record<string, string> = {
  'Noto Sans': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  'Noto Sans JP': '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
  'Noto Sans SC': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  'Noto Sans TC': '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
  'Noto Sans KR': '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  'Noto Sans Devanagari': '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
};
const require = createRequire(import.meta.url);
const registered = new Set<string>();

/** Where the font file of a family is on disk. */
export function fontFile(family: string): string {
  const file = FONT_FILES[family];
  if (!file) throw new Error(`no font file for "${family}"`);
  return require.resolve(file);
}

function register(families: string[]): void {
  for (const family of families) {
    if (registered.has(family)) continue;
    GlobalFonts.registerFromPath(fontFile(family), family);
    registered.add(family);
  }
}

const MAX_SIZE = 130;
const MARGIN = 12;

/**
 * A locale's rich menu picture as PNG, painted offline from its texts with our own fonts (Skia
 * shapes Devanagari, Hangul and CJK correctly; no system fonts, no network).
 */
export function richMenuPng(locale: string, t: T): Buffer {
  const families = fontFamiliesFor(locale);
  register(families);
  const { width: W, height: H } = RICH_MENU_SIZE;
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  const font = (size: number) => `bold ${size}px ${families.map((f) => `"${f}"`).join(', ')}`;
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, W, H);
  for (const panel of richMenuPanels(locale, t)) {
    ctx.fillStyle = panel.fill;
    ctx.beginPath();
    ctx.roundRect(panel.x + MARGIN, MARGIN, panel.width - 2 * MARGIN, H - 2 * MARGIN, 48);
    ctx.fill();
    // The largest size at which every line fits in 82% of the panel's width.
    ctx.font = font(100);
    const widest = Math.max(...panel.lines.map((l) => ctx.measureText(l).width), 1);
    const size = Math.min(MAX_SIZE, Math.floor((100 * panel.width * 0.82) / widest));
    const lineHeight = size * 1.3;
    const top = H / 2 - ((panel.lines.length - 1) * lineHeight) / 2;
    ctx.font = font(size);
    ctx.fillStyle = panel.ink;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    panel.lines.forEach((line, n) => {
      ctx.fillText(line, panel.x + panel.width / 2, top + n * lineHeight);
    });
  }
  return canvas.toBuffer('image/png');
}
