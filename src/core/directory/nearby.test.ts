import { describe, expect, it } from 'vitest';
import hotlinesJson from '../../../directories/hotlines.json' with { type: 'json' };
import { loadDirectory } from '../../adapters/directory/load.ts';
import { hotlinesFor } from './hotlines.ts';
import { distanceM, nearbyPlaces, openingOf } from './nearby.ts';
import { type Directory, DirectorySchema, HotlinesSchema } from './schema.ts';

const sumida = loadDirectory('sumida');
const arakawa = loadDirectory('arakawa');

/** Test-only coordinates (not facts about the real sites): three places on a line going east. */
function withCoordinates(): Directory {
  const copy = structuredClone(sumida);
  const at: Record<string, [number, number]> = {
    'sumida-big-ship': [35.7, 139.8],
    'sumida-platform-kyojima': [35.7, 139.81],
    'sumida-former-sumida-elementary': [35.7, 139.83],
    'sumida-platform-yahiro': [35.7, 139.85],
  };
  for (const location of copy.locations) {
    const point = at[location.id];
    if (point) [location.latitude, location.longitude] = point;
  }
  return DirectorySchema.parse(copy);
}

const jst = (wall: string) => new Date(`${wall}+09:00`);

describe('nearby places', () => {
  it('measures great-circle distance (1/100 degree of longitude at 35.7°N is about 903 m)', () => {
    expect(
      distanceM({ latitude: 35.7, longitude: 139.8 }, { latitude: 35.7, longitude: 139.81 }),
    ).toBeCloseTo(903, -1);
  });

  it('ranks the three nearest places by distance, with walking minutes and next opening', () => {
    // Monday 9 November 2026, 12:00 in Tokyo: 本所 is open (Mon/Wed 11–16), 京島 opens Tuesday.
    const result = nearbyPlaces(
      withCoordinates(),
      { latitude: 35.7, longitude: 139.801 },
      jst('2026-11-09T12:00:00'),
    );
    expect(result.mode).toBe('distance');
    expect(result.places.map((p) => p.serviceId)).toEqual([
      'sumida-platform-honjo',
      'sumida-platform-kyojima',
      'sumida-platform-sumida',
    ]);
    const [honjo, kyojima] = result.places;
    expect(honjo).toMatchObject({
      distanceM: 90,
      walkMinutes: 2,
      openNow: true,
      closesAt: '2026-11-09T07:00:00.000Z',
    });
    expect(kyojima).toMatchObject({ openNow: false, nextOpen: '2026-11-10T02:00:00.000Z' });
    expect(kyojima?.walkMinutes).toBe(Math.ceil((kyojima?.distanceM as number) / 80));
  });

  it('says honestly when no place has coordinates, rather than inventing distances', () => {
    const result = nearbyPlaces(sumida, { latitude: 35.71, longitude: 139.81 }, jst('2026-11-09T12:00:00'));
    expect(result).toEqual({ mode: 'no_coordinates', places: [] });
  });

  it('puts the places in a chosen area first, then the rest by when they next open', () => {
    // Sunday 22 November 2026, 20:00: Monday the 23rd is a holiday, so 本所 and 墨田 open on Wednesday.
    const result = nearbyPlaces(sumida, { areaId: 'midori' }, jst('2026-11-22T20:00:00'));
    expect(result.mode).toBe('area');
    expect(result.places[0]).toMatchObject({ serviceId: 'sumida-platform-midori', inArea: true });
    expect(result.places.slice(1).map((p) => p.serviceId)).toEqual([
      'sumida-platform-kyojima',
      'sumida-platform-yahiro',
    ]);
    expect(result.places[1]?.nextOpen).toBe(jst('2026-11-24T11:00:00').toISOString());
  });

  it('counts a service area as "in the area" when a source says the service covers it', () => {
    const copy = structuredClone(sumida);
    const hanamizuki = copy.services.find((s) => s.id === 'sumida-koreisha-yahiro-hanamizuki');
    if (hanamizuki) hanamizuki.drop_in = true;
    if (hanamizuki) hanamizuki.location_ids = ['sumida-platform-yahiro'];
    const result = nearbyPlaces(
      DirectorySchema.parse(copy),
      { areaId: 'higashi-sumida' },
      jst('2026-11-22T20:00:00'),
    );
    expect(result.places[0]).toMatchObject({ serviceId: 'sumida-koreisha-yahiro-hanamizuki', inArea: true });
  });

  it('falls back to the isolation windows in a directory without drop-in places', () => {
    const result = nearbyPlaces(arakawa, { areaId: null }, jst('2026-11-22T20:00:00'));
    expect(result.places.length).toBeGreaterThan(0);
    for (const hit of result.places) {
      expect(arakawa.services.find((s) => s.id === hit.serviceId)?.categories).toContain('isolation');
    }
  });

  it('tells a window’s opening from its schedule, and nothing for a window without one', () => {
    expect(openingOf(sumida, 'sumida-platform-sumida', jst('2026-11-25T13:00:00'))).toEqual({
      openNow: true,
      closesAt: jst('2026-11-25T16:30:00').toISOString(),
      nextOpen: null,
    });
    expect(openingOf(sumida, 'sumida-kosei', jst('2026-11-25T13:00:00'))).toBeNull();
  });
});

describe('crisis hotlines by signal', () => {
  const file = HotlinesSchema.parse(hotlinesJson);
  const phones = (signal: Parameters<typeof hotlinesFor>[1]) => hotlinesFor(file, signal).map((h) => h.phone);

  it('puts 189 first for child abuse', () => {
    expect(phones('child_abuse')[0]).toBe('189');
  });

  it('puts the police and DV相談＋ first for violence', () => {
    expect(phones('violence').slice(0, 2)).toEqual(['110', '0120-279-889']);
  });

  it('gives いのちの電話, よりそいホットライン and こころの健康相談統一ダイヤル for suicide', () => {
    expect(phones('suicide')).toEqual(
      expect.arrayContaining(['0570-783-556', '0120-279-338', '0570-064-556']),
    );
    expect(phones('suicide')[0]).toBe('0570-783-556');
  });

  it('gives 119 and 110 for an emergency, and every main line for the emergency button', () => {
    expect(phones('emergency')).toEqual(['119', '110']);
    expect(phones(null)).toEqual(expect.arrayContaining(['110', '119', '189', '0120-279-338']));
  });

  it('rejects an order naming a hotline that does not exist', () => {
    const bad = { ...structuredClone(hotlinesJson), order: { ...hotlinesJson.order, suicide: ['nobody'] } };
    expect(HotlinesSchema.safeParse(bad).success).toBe(false);
  });
});
