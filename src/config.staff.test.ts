import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('STAFF_LINE_GROUPS', () => {
  const group = `C${'0123456789abcdef'.repeat(2)}`;

  it('maps window ids to staff LINE group ids', () => {
    const config = parseConfig({ STAFF_LINE_GROUPS: JSON.stringify({ 'sumida-kosei': group }) });
    expect(config.staffLineGroups).toEqual({ 'sumida-kosei': group });
    expect(parseConfig({}).staffLineGroups).toEqual({});
  });

  it.each([
    ['not JSON', '{sumida-kosei: C1}'],
    ['a user id instead of a group id', JSON.stringify({ 'sumida-kosei': `U${'0'.repeat(32)}` })],
    ['a list', JSON.stringify([group])],
  ])('refuses %s', (_why, value) => {
    expect(() => parseConfig({ STAFF_LINE_GROUPS: value })).toThrow(ConfigError);
  });
});
