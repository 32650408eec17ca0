import { describe, expect, it } from 'vitest';
import { compact } from './compact.ts';
import type { Lexicon } from './types.ts';

const lexicon = (crisis: Lexicon['crisis'], idioms: string[] = []): Lexicon => ({
  categories: {},
  crisis,
  idioms,
  negation: { before: [], after: [] },
  crisisNegation: { before: [], after: [] },
});

describe('compacting the lexicons', () => {
  it('drops a suicide or emergency phrase a shorter one of the same signal lies inside', () => {
    const { en } = compact({ en: lexicon({ emergency: ['drowning', 'is drowning now'] }) });
    expect(en?.crisis.emergency).toEqual(['drowning']);
  });

  it('keeps it when an idiom lies inside it too: the idiom cancels the shorter phrase, not the longer', () => {
    const { en } = compact({
      en: lexicon({ emergency: ['drowning', 'drowning in the pool'] }, ['drowning in']),
    });
    expect(en?.crisis.emergency).toEqual(['drowning', 'drowning in the pool']);
  });

  it('keeps every violence phrase (a denial is measured from its own edges); only exact repeats go', () => {
    const { en, pt } = compact({
      en: lexicon({ violence: ['hit me', 'he hit me', 'hit me'] }),
      pt: lexicon({ violence: ['me bateu'] }),
    });
    expect(en?.crisis.violence).toEqual(['hit me', 'he hit me']);
    expect(pt?.crisis.violence).toEqual(['me bateu']);
  });
});
