import { describe, expect, it } from 'vitest';
import { loadDirectory, loadHotlines } from '../directory/load.ts';
import { createTexts } from '../i18n/texts.ts';
import { createLineRenderer } from './render.ts';

describe('the safety net on mental-health windows', () => {
  const texts = createTexts();
  for (const id of ['sumida', 'arakawa'] as const) {
    const directory = loadDirectory(id);
    const renderer = createLineRenderer(texts, directory, loadHotlines());
    const card = (serviceId: string, locale: string) =>
      JSON.stringify(renderer.render({ messages: [{ type: 'window', serviceId }], buttons: [] }, locale, {}));

    it(`${id}: a window that takes mental health also shows a 24-hour line to call now`, () => {
      const mental = directory.services.filter((s) => s.categories.includes('mental_health'));
      expect(mental.length).toBeGreaterThan(0);
      for (const service of mental) {
        for (const locale of texts.locales) expect(card(service.id, locale)).toContain('0120-279-338');
      }
    });

    it(`${id}: other windows do not`, () => {
      const other = directory.services.find(
        (s) => !s.categories.includes('mental_health') && !s.phones.some((p) => p.number === '0120-279-338'),
      );
      expect(other).toBeDefined();
      expect(card(other?.id as string, 'ja')).not.toContain('0120-279-338');
    });
  }
});
