import { describe, expect, it } from 'vitest';
import { lineMessageErrors, lineSchemaErrors } from '../../../test/support/line-openapi.ts';
import { nearbyPlaces, openingOf } from '../../core/directory/nearby.ts';
import { DirectorySchema } from '../../core/directory/schema.ts';
import type { OutMessage } from '../../core/flow/message.ts';
import { loadDirectory, loadHotlines } from '../directory/load.ts';
import { createTexts } from '../i18n/texts.ts';
import { createLineRenderer } from './render.ts';

const texts = createTexts();
const sumida = loadDirectory('sumida');
const renderer = createLineRenderer(texts, sumida, loadHotlines());

function render(message: OutMessage, locale = 'ja'): string {
  const messages = renderer.render({ messages: [message], buttons: [] }, locale, {});
  for (const m of messages) expect(lineMessageErrors(m)).toEqual([]);
  expect(lineSchemaErrors('ReplyMessageRequest', { replyToken: 'x', messages })).toEqual([]);
  return JSON.stringify(messages);
}

const jst = (wall: string) => new Date(`${wall}+09:00`);

describe('place and area cards', () => {
  it('shows each place with "open now" or its next opening in Tokyo time', () => {
    const found = nearbyPlaces(sumida, { areaId: 'honjo' }, jst('2026-11-09T12:00:00'));
    const ja = render({ type: 'places', mode: found.mode, places: found.places });
    expect(ja).toContain('いま開いています（16:00まで）');
    expect(ja).toContain('次に開くのは 11/10(火) 11:00');
    expect(ja).toContain('選んだ地域にあります');
    const en = render({ type: 'places', mode: found.mode, places: found.places }, 'en');
    expect(en).toContain('Open now (until 16:00)');
  });

  it('shows walking distance when the directory has coordinates', () => {
    const copy = structuredClone(sumida);
    for (const l of copy.locations) if (l.id === 'sumida-big-ship') [l.latitude, l.longitude] = [35.7, 139.8];
    const found = nearbyPlaces(
      DirectorySchema.parse(copy),
      { latitude: 35.7, longitude: 139.805 },
      jst('2026-11-09T12:00:00'),
    );
    expect(render({ type: 'places', mode: found.mode, places: found.places })).toContain(
      'ここから約450 m・歩いて約6分',
    );
  });

  it('offers every area as a button, and a way out for those who are not sure', () => {
    const json = render({ type: 'areas' });
    for (const area of sumida.areas) expect(json).toContain(`"data":"area:${area.id}"`);
    expect(json).toContain('"data":"area:any"');
  });

  it('marks a place whose address is still being confirmed', () => {
    const yahiro = {
      serviceId: 'sumida-platform-yahiro',
      distanceM: null,
      walkMinutes: null,
      inArea: true,
      openNow: false,
      closesAt: null,
      nextOpen: null,
    };
    expect(render({ type: 'places', places: [yahiro] })).toContain(texts.t('ja', 'card.unverified'));
  });
});

describe('route and window cards', () => {
  it('adds the general consultation as the safety net after an unsure answer', () => {
    const json = render({
      type: 'route',
      serviceIds: ['sumida-koreisha-bunka'],
      safetyNetServiceId: sumida.generalServiceId,
      coordinatorServiceId: null,
    });
    expect(json).toContain(texts.t('ja', 'card.safetyNet'));
  });

  it('says which part of the concern each window takes on a compound route', () => {
    const json = render({
      type: 'route',
      serviceIds: ['sumida-kurashi-shigoto', 'sumida-koreisha-bunka'],
      categories: ['livelihood', 'elderly'],
      coordinatorServiceId: sumida.coordinatorServiceId,
    });
    expect(json).toContain('あなたの相談のうち：お金・仕事・生活');
    expect(json).toContain('あなたの相談のうち：高齢・介護');
    expect(json).toContain(texts.t('ja', 'card.routeSteps'));
  });

  it('shows the schedule and whether a window is open on its card', () => {
    const json = render({
      type: 'window',
      serviceId: 'sumida-platform-honjo',
      opening: { openNow: false, closesAt: null, nextOpen: jst('2026-11-18T11:00:00').toISOString() },
    });
    expect(json).toContain('毎週月曜・水曜 11:00〜16:00（第3月曜は休み）');
    expect(json).toContain('次に開くのは 11/18(水) 11:00');
  });
});

describe('a line open around the clock', () => {
  it('says "open now (24 hours)" rather than a closing time days away', () => {
    const arakawa = loadDirectory('arakawa');
    const line = createLineRenderer(texts, arakawa, loadHotlines());
    const opening = openingOf(arakawa, 'arakawa-kids-mothers-call', jst('2027-01-01T03:00:00'));
    expect(opening).toEqual({ openNow: true, closesAt: null, nextOpen: null });
    const json = JSON.stringify(
      line.render(
        { messages: [{ type: 'window', serviceId: 'arakawa-kids-mothers-call', opening }], buttons: [] },
        'ja',
        {},
      ),
    );
    expect(json).toContain(texts.t('ja', 'opening.openAroundTheClock'));
  });
});

describe('crisis cards', () => {
  const phonesIn = (json: string) => [...json.matchAll(/"uri":"tel:([^"]+)"/g)].map((m) => m[1]);

  it('puts 189 first for child abuse', () => {
    expect(phonesIn(render({ type: 'hotlines', signal: 'child_abuse' }))[0]).toBe('189');
  });

  it('puts the police, then DV相談＋ first for violence, and shows #8008 to dial by hand', () => {
    const json = render({ type: 'hotlines', signal: 'violence' });
    expect(phonesIn(json).slice(0, 2)).toEqual(['110', '0120279889']);
    expect(json).toContain('#8008');
    expect(phonesIn(json).some((p) => p?.includes('8008'))).toBe(false);
  });

  it('gives いのちの電話 first for suicide, in the resident’s language', () => {
    const en = render({ type: 'hotlines', signal: 'suicide' }, 'en');
    expect(phonesIn(en)[0]).toBe('0570783556');
    expect(en).toContain('Inochi no Denwa');
  });
});
