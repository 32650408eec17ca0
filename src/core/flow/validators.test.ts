import { describe, expect, it } from 'vitest';
import { normalisePhone, VALIDATORS } from './validators.ts';

describe('normalisePhone', () => {
  it.each([
    ['090-1234-5678', '09012345678'],
    ['09012345678', '09012345678'],
    ['０９０－１２３４－５６７８', '09012345678'],
    ['０９０ー１２３４ー５６７８', '09012345678'],
    ['090‐1234‐5678', '09012345678'],
    ['090 1234 5678', '09012345678'],
    ['090　1234　5678', '09012345678'],
    ['03-1234-5678', '0312345678'],
    ['03(1234)5678', '0312345678'],
    ['０３（１２３４）５６７８', '0312345678'],
    ['+81 90 1234 5678', '09012345678'],
    ['+81-3-1234-5678', '0312345678'],
    ['＋８１９０１２３４５６７８', '09012345678'],
    ['0120-529-528', '0120529528'],
  ])('reads %s as %s', (typed, digits) => {
    expect(normalisePhone(typed)).toBe(digits);
  });

  it.each([
    ['too short', '12345'],
    ['one digit short of a landline', '03-1234-567'],
    ['one digit too many for a mobile', '090-1234-56789'],
    ['without the leading zero', '90-1234-5678'],
    ['letters', 'call me please'],
    ['letters among digits', '090-abcd-5678'],
    ['a country code other than Japan', '+44 20 7946 0958'],
    ['empty', ''],
    ['only spaces', '   '],
  ])('rejects %s', (_why, typed) => {
    expect(normalisePhone(typed)).toBeNull();
  });
});

describe('VALIDATORS.nonEmpty', () => {
  it('keeps words exactly as written and refuses blank text', () => {
    expect(VALIDATORS.nonEmpty(' 家賃が払えない ')).toBe(' 家賃が払えない ');
    expect(VALIDATORS.nonEmpty(' \n　')).toBeNull();
  });
});
