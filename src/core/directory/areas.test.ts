import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../../adapters/directory/load.ts';
import { areaNamed } from './areas.ts';

const sumida = loadDirectory('sumida');

describe('an area typed instead of tapped', () => {
  it.each([
    ['京島', 'kyojima'],
    ['京島の近く', 'kyojima'],
    [' 八広あたり。', 'yahiro'],
    ['Honjo', 'honjo'],
    ['ｍｉｄｏｒｉ area', 'midori'],
  ])('reads %j as %s', (typed, id) => {
    expect(areaNamed(sumida, typed)).toBe(id);
  });

  it.each(['墨田区に住んでいます', 'お金がなくて困っています', '', 'の近く'])(
    'reads %j as no area',
    (typed) => {
      expect(areaNamed(sumida, typed)).toBeNull();
    },
  );
});
