import { describe, expect, it } from 'vitest';
import { type CompiledLexicon, compileLexicon, packLexicons, unpackLexicons } from '../compiled.ts';
import { patternOf } from '../matcher.ts';
import { compiledFromSources } from './build.ts';
import { PACKED_LEXICONS } from './packed.ts';
import type { Lexicon } from './types.ts';

const lexicon = (more: Partial<Lexicon>): Lexicon => ({
  categories: {},
  crisis: {},
  idioms: [],
  negation: { before: [], after: [] },
  crisisNegation: { before: [], after: [] },
  ...more,
});

/** Unpacked as the engine reads it, as a plain record to compare with what compiling gave. */
const roundTrip = (compiled: Record<string, CompiledLexicon>) =>
  Object.fromEntries(unpackLexicons(packLexicons(compiled)));

describe('the packed lexicon the engine reads', () => {
  // The engine never loads the sources: a lexicon edit does nothing until `npm run build:lexicon`.
  const compiled = compiledFromSources();

  it('is the lexicon sources compiled now (after editing a lexicon, run `npm run build:lexicon`)', () => {
    const current = packLexicons(compiled) === PACKED_LEXICONS;
    expect(current, 'src/core/triage/lexicon/packed.ts is stale: run `npm run build:lexicon`').toBe(true);
  });

  it('unpacks to exactly what compiling the sources gives, in every language and list', () => {
    const unpacked = Object.fromEntries(unpackLexicons(PACKED_LEXICONS));
    expect(Object.keys(unpacked)).toEqual(Object.keys(compiled));
    for (const [tag, lexicon] of Object.entries(compiled)) expect(unpacked[tag], tag).toEqual(lexicon);
  });
});

describe('packing compiled lexicons', () => {
  it('keeps tags, weights, gaps, word edges and sentence reach of every kind of pattern', () => {
    const compiled = {
      en: compileLexicon(
        lexicon({
          categories: { housing: ['rent', ['evict', 2]], livelihood: [['pay$', 0.5]] },
          crisis: { suicide: ['want to die', 'pills...tonight'], emergency: ['not breathing'] },
          idioms: ['dying to', 'killing me'],
          framing: { report: ['news'], past: ['years ago'] },
          crisisNegation: { before: ['not'], after: ['never happened'] },
          farewells: ['goodbye forever'],
          closing: ['found a job'],
        }),
      ),
      vi: compileLexicon(lexicon({ idioms: ['từ từ'], crisis: { suicide: ['tự tử'] } })),
      ja: compileLexicon(lexicon({ crisis: { emergency: ['たおれ...うごかない'] }, riskCues: ['負担'] })),
    };
    expect(roundTrip(compiled)).toEqual(compiled);
    // An unmarked idiom keeps no letters; a Vietnamese one keeps them, marks and all.
    expect(compiled.en.idioms.map((p) => p.tag)).toEqual(['', '']);
    expect(compiled.vi.idioms.map((p) => p.tag)).toEqual(['từtừ']);
  });

  it('writes a list two pair rules share once, and reads it back into both', () => {
    const shared = ['pills', 'rope', 'knife'];
    const compiled = {
      en: compileLexicon(
        lexicon({
          pairs: [
            { signal: 'suicide', a: shared, b: ['tonight'], ordered: true },
            { signal: 'suicide', a: ['want to'], b: shared, acrossSentences: 2, pastDeath: 'b' },
          ],
          idiomPairs: [{ a: ['phone'], b: ['dying', 'dead'], reach: 20 }],
        }),
      ),
    };
    const packed = packLexicons(compiled);
    expect(packed.match(/rope/g)).toHaveLength(1);
    expect(packed).toContain('^0');
    expect(roundTrip(compiled)).toEqual(compiled);
  });

  it('writes a phrase that starts as the one before it does as only what differs', () => {
    const compiled = { ja: compileLexicon(lexicon({ crisis: { suicide: ['しにたい', 'しにたくて'] } })) };
    const packed = packLexicons(compiled);
    expect(packed.split('\n')).toContain('3くて');
    expect(roundTrip(compiled)).toEqual(compiled);
  });

  it('never cuts a character outside the BMP in two', () => {
    // 𠮷 and 𠮟 share the first of their two UTF-16 units: the second is not written alone.
    const compiled = { zh: compileLexicon(lexicon({ crisis: { suicide: ['𠮷野', '𠮟る'] } })) };
    expect(packLexicons(compiled).split('\n')).toContain('0𠮟る');
    expect(roundTrip(compiled)).toEqual(compiled);
  });

  it('refuses a pattern the packed text could not hold, rather than write it wrong', () => {
    const en = compileLexicon(lexicon({}));
    expect(() => packLexicons({ en: { ...en, idioms: [patternOf('', [' a`b'], 1, false)] } })).toThrow(
      /cannot pack/,
    );
    expect(() => packLexicons({ en: { ...en, idioms: [patternOf('', [' a\tb'], 1, false)] } })).toThrow(
      /cannot pack/,
    );
  });
});
