import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, matchAll, matchSet, patternSet } from './matcher.ts';
import { fold, normalise } from './normalise.ts';

// matchSet reads a text once for a whole lexicon (indexed by hashed first characters, positions no
// fragment begins with passed over); it must find exactly what matching pattern by pattern finds.
const ENTRIES = [
  'kill',
  'killer$',
  'kill...myself',
  'gamot',
  'uminom...gamot',
  'no$',
  'a',
  '死にたい',
  '家賃...払えない',
  '死',
  '죽고 싶',
  '죽',
  'मर्न',
  'विषादी...खा',
  'tự tử',
  'bunuh diri',
  '想死',
];
const patterns = ENTRIES.map((entry, i) => compile(entry, i));
const set = patternSet(patterns);
const word = fc.constantFrom(
  'kill',
  'killer',
  'myself',
  'gamot',
  'uminom',
  'no',
  'a',
  '死にたい',
  '家賃が',
  '払えない',
  '죽고 싶어',
  'मर्न',
  'विषादी',
  'खानुभयो',
  'tự tử',
  'bunuh',
  'diri',
  '想死',
  '|',
);

describe('matchSet', () => {
  it('finds the same matches, in the same order, as matchAll pattern by pattern', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string({ maxLength: 4 })), { maxLength: 30 }), (words) => {
        const text = ` ${normalise(words.join(' '))} `;
        expect(matchSet(text, set)).toEqual(patterns.flatMap((pattern) => matchAll(text, pattern)));
      }),
      { numRuns: 500 },
    );
  });

  // Pair rules share their words' patterns (one list in several rules) and tag each use apart.
  it('tags each listed use of a shared pattern with its own tag, as copies tagged apart would be', () => {
    const listed = [...patterns, ...patterns.slice(0, 5).reverse()];
    const tags = listed.map((_, i) => 100 + i);
    const tagged = patternSet(listed, tags);
    const copies = patternSet(listed.map((p, i) => ({ ...p, tag: tags[i] as number })));
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string({ maxLength: 4 })), { maxLength: 30 }), (words) => {
        const text = ` ${normalise(words.join(' '))} `;
        expect(matchSet(text, tagged)).toEqual(matchSet(text, copies));
      }),
      { numRuns: 300 },
    );
    const text = ` ${normalise('i want to kill myself')} `;
    expect(matchSet(text, tagged).map((m) => m.tag)).toEqual([100, 102, 119, 121]);
  });
});

// normalise skips folding for words already in folded form (the Worker's startup normalises every
// lexicon word); what it gives must be what folding gives.
describe('normalise', () => {
  const pieces = fc.constantFrom(
    'kill',
    'Kill',
    'covid',
    '19',
    ' ',
    '  ',
    '死',
    '這',
    '體',
    'たい',
    'タイ',
    'ー',
    '々',
    '죽고',
    '싶',
    'é',
    'ñ',
    "'",
    '.',
    '|',
    '。',
    '\u3000',
    'ｋ',
    '\uf900',
  );
  it('gives what folding gives, whatever the words', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(normalise(text)).toBe(fold(text).text.trim());
      }),
      { numRuns: 2000 },
    );
  });
});
