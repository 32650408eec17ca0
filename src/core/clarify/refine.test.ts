import { describe, expect, it } from 'vitest';
import { isUnsure, refineCategories } from './refine.ts';

describe('clarifying answers', () => {
  it('is unsure with no category or low confidence, sure otherwise', () => {
    expect(isUnsure([], 0.9)).toBe(true);
    expect(isUnsure(['livelihood'], 0.2)).toBe(true);
    expect(isUnsure(['livelihood'], 0.8)).toBe(false);
    expect(isUnsure(['other'], 0.9)).toBe(true);
  });

  it('puts the window the answers point at first, keeping what the words found', () => {
    expect(refineCategories(['livelihood'], 'parent', '65plus')).toEqual(['elderly', 'livelihood']);
    expect(refineCategories([], 'child', undefined)).toEqual(['child']);
    expect(refineCategories(['mental_health'], 'self', '18to39')).toEqual(['youth', 'mental_health']);
  });

  it('falls back to the general consultation when nothing points anywhere', () => {
    expect(refineCategories([], 'self', '40to64')).toEqual(['other']);
    expect(refineCategories(['other'], 'skip', 'skip')).toEqual(['other']);
  });

  it('never names more than three windows', () => {
    expect(refineCategories(['livelihood', 'housing', 'medical'], 'parent', 'under18')).toHaveLength(3);
  });
});
