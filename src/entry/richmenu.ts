import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTexts, DEFAULT_LOCALE } from '../adapters/i18n/texts.ts';
import { richMenuRequest } from '../adapters/line/rich-menu.ts';
import { richMenuPng } from '../adapters/line/rich-menu-image.ts';
import { publishRichMenus } from '../adapters/line/rich-menu-publish.ts';
import { parseConfig } from '../config.ts';

// npm run richmenu                          creates every locale's menu on the configured channel
// npm run richmenu -- --images-only DIR     only draws the pictures (and the menu JSON) into DIR
// npm run richmenu -- --delete-replaced     also deletes the menus the new ones replace
const { values } = parseArgs({
  options: { 'images-only': { type: 'string' }, 'delete-replaced': { type: 'boolean', default: false } },
});
const texts = createTexts();

if (values['images-only']) {
  const dir = values['images-only'];
  mkdirSync(dir, { recursive: true });
  for (const locale of texts.locales) {
    const png = richMenuPng(locale, texts.t);
    writeFileSync(join(dir, `${locale}.png`), png);
    writeFileSync(
      join(dir, `${locale}.json`),
      `${JSON.stringify(richMenuRequest(locale, texts.t), null, 2)}\n`,
    );
    console.log(`${locale}\t${png.length} bytes\t${join(dir, `${locale}.png`)}`);
  }
} else {
  const config = parseConfig(process.env);
  if (config.line.mode !== 'live') {
    console.error('Set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN (or use --images-only DIR).');
    process.exit(1);
  }
  const published = await publishRichMenus({
    channelAccessToken: config.line.channelAccessToken,
    baseURL: config.line.apiBaseUrl,
    locales: texts.locales,
    t: texts.t,
    image: (locale) => richMenuPng(locale, texts.t),
    defaultLocale: DEFAULT_LOCALE,
    deleteReplaced: values['delete-replaced'],
  });
  for (const p of published) {
    console.log(
      `${p.locale}\t${p.alias}\t${p.richMenuId}\t${p.imageBytes} bytes${p.replaced ? `\treplaces ${p.replaced}` : ''}`,
    );
  }
  console.log(
    `Default menu: ${DEFAULT_LOCALE}. Residents get their language's menu when the bot learns or changes it.`,
  );
}
