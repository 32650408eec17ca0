import { languageTag } from '../language.ts';
import { withoutFormulas } from './formulas.ts';

/** How many hashed feature slots the model has (a power of two). */
export const SLOTS = 1 << 20;

/** FNV-1a over UTF-16 units, folded into the model's slots. */
export function slotOf(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (SLOTS - 1);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\u30fc]/u;
const HAN = /\p{Script=Han}/u;
const HANGUL = /[\uac00-\ud7af]/;

/** A feature and the folded text it was read from (so staff can be shown why). */
export interface Feature {
  slot: number;
  /** The words or characters behind it. */
  span: string;
}

/**
 * The model's view of a folded concern: for Japanese and Chinese runs, single kanji and character
 * pairs and triples; for Korean, words and their character pairs and triples (particles and
 * endings vary); for words in other scripts, the word, the word pair, and 3–5 letter pieces of the
 * word (typos, inflections). Words are tagged with the language so that a short word in one
 * language ("no", "nợ" folded) does not stand for another's. Greetings and thanks are left out
 * (`formulas.ts`).
 */
export function featuresOf(folded: string, language: string): Feature[] {
  const out: Feature[] = [];
  const add = (kind: string, span: string) => out.push({ slot: slotOf(`${kind}${span}`), span });
  const tag = languageTag(language);
  for (const sentence of withoutFormulas(folded, tag).split('|')) {
    const words = sentence.split(' ').filter((w) => w !== '');
    let previous: string | null = null;
    for (const word of words) {
      if (CJK.test(word.charAt(0))) {
        previous = null;
        const run = `^${word}$`;
        for (let i = 0; i < word.length; i++) {
          const ch = word.charAt(i);
          if (HAN.test(ch)) add('u:', ch);
        }
        // The run's edges (^, $) are part of the feature, not of the words shown to staff.
        const piece = (kind: string, gram: string) =>
          out.push({ slot: slotOf(`${kind}${gram}`), span: gram.replace(/[$^]/g, '') });
        for (let i = 0; i + 2 <= run.length; i++) piece('b:', run.slice(i, i + 2));
        for (let i = 0; i + 3 <= run.length; i++) piece('t:', run.slice(i, i + 3));
        continue;
      }
      const korean = HANGUL.test(word.charAt(0));
      add(`w:${tag}:`, word);
      if (previous) add(`p:${tag}:`, `${previous} ${word}`);
      previous = word;
      const padded = ` ${word} `;
      const [from, to] = korean ? [2, 3] : [3, 5];
      for (let n = from; n <= to; n++)
        for (let i = 0; i + n <= padded.length; i++)
          out.push({ slot: slotOf(`c:${tag}:${padded.slice(i, i + n)}`), span: word });
    }
  }
  return out;
}
