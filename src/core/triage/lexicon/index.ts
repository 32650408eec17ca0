import { compact } from './compact.ts';
import { withConcepts } from './concepts.ts';
import { en } from './en.ts';
import { withFamilies } from './families.ts';
import { id } from './id.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { ne } from './ne.ts';
import { pt } from './pt.ts';
import { tl } from './tl.ts';
import type { Entry, Lexicon, PairRule } from './types.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

/** A word that must end where a written syllable ends (see `syllables`). */
const whole = (word: string): string => (word.endsWith('$') ? word : `${word}$`);
const wholeEntry = (entry: Entry): Entry =>
  typeof entry === 'string' ? whole(entry) : [whole(entry[0]), entry[1]];

/**
 * Vietnamese is written in syllables separated by spaces, and once tones fold away a syllable is
 * often the beginning of another («khổ» → "kho" begins "không", «thư» → "thu" begins "thuế»). Its
 * crisis words, pair words, cues and idioms therefore match whole syllables only («đánh cờ»
 * must not cancel «đánh con»).
 */
function syllables(lexicon: Lexicon): Lexicon {
  const crisis: Lexicon['crisis'] = {};
  for (const [signal, entries] of Object.entries(lexicon.crisis) as [keyof Lexicon['crisis'], Entry[]][])
    crisis[signal] = entries.map(wholeEntry);
  const pairs = (lexicon.pairs ?? []).map((p: PairRule) => ({ ...p, a: p.a.map(whole), b: p.b.map(whole) }));
  return {
    ...lexicon,
    crisis,
    pairs,
    idioms: lexicon.idioms.map(whole),
    idiomPairs: lexicon.idiomPairs?.map((p) => ({ ...p, a: p.a.map(whole), b: p.b.map(whole) })),
    riskCues: lexicon.riskCues?.map(whole),
    endingCues: lexicon.endingCues?.map(whole),
    farewells: lexicon.farewells?.map(whole),
    closing: lexicon.closing?.map(whole),
  };
}

/**
 * Every language's lexicon, by the language tags `detectLanguage` returns, with its language's crisis
 * families (`families.ts`) and concepts (`concepts.ts`) merged in and made cheap to match
 * (`compact.ts`). A municipality adds a language by writing one more file like these and listing it
 * here.
 */
export const LEXICONS: Readonly<Record<string, Lexicon>> = compact(
  Object.fromEntries(
    Object.entries({ ja, en, zh, ko, vi, ne, tl, pt, id }).map(([tag, lexicon]) => [
      tag,
      tag === 'vi'
        ? syllables(withConcepts(tag, withFamilies(tag, lexicon)))
        : withConcepts(tag, withFamilies(tag, lexicon)),
    ]),
  ),
);
