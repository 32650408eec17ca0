import { HANT_TO_HANS } from './lexicon/zh-hant.ts';

/** Text in the one form lexicons are matched against, and where each of its characters came from. */
export interface Folded {
  /** Lower case, hiragana for katakana, Latin without diacritics, simplified Chinese, words padded by spaces, `|` between sentences. */
  text: string;
  /** The NFKC form of the input, which `origin` points into. */
  source: string;
  /** For each UTF-16 unit of `text`, its index in `source`. */
  origin: number[];
}

/** Sentence ends, the Devanagari danda (「।」, 「॥」) among them: Nepali ends its sentences with it. */
const SENTENCE_END = /[。．.!?！？\n\u0964\u0965]/;
const WORDLIKE = /[\p{L}\p{N}\p{M}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\u30fc]/u;
/** Latin letters with marks (Vietnamese, Portuguese), which folding takes off. */
export const LATIN_WITH_MARKS = /[\u00c0-\u024f\u1e00-\u1eff]/;
const LATIN = /[a-z]/;
const APOSTROPHE = /['’‘`´]/;

function foldChar(ch: string): string {
  let out = ch.toLowerCase();
  const code = out.charCodeAt(0);
  if (out.length === 1 && code >= 0x30a1 && code <= 0x30f6) return String.fromCharCode(code - 0x60);
  if (LATIN_WITH_MARKS.test(out)) {
    out = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (out === 'đ') out = 'd';
  }
  return HANT_TO_HANS.get(out) ?? out;
}

/**
 * How far a quotation in corner brackets may run and still be one sentence with the words around it
 * (「殺すぞ！」って叫びながらゲーム); a question in it still ends one (「それDVじゃない？」って言われた).
 */
const QUOTE_REACH = 40;
const QUESTION = /[?？]/;

/**
 * Folds text for matching: NFKC (full/half width), case, katakana → hiragana, Latin diacritics
 * (Vietnamese, Portuguese: "không" = "khong"), traditional → simplified Chinese, punctuation → space,
 * and no spaces between Japanese/Chinese characters (「やちんが はらえません」 = 「やちんがはらえません」).
 */
export function fold(input: string): Folded {
  const source = input.normalize('NFKC');
  let text = ' ';
  const origin: number[] = [0];
  let pendingSpace = -1;
  let pendingBreak = false;
  let last = ' ';
  let index = 0;
  /** Where a quotation in corner brackets that closes soon ends: its 「！」 and 「。」 end no sentence. */
  let quoteEnd = -1;
  for (const ch of source) {
    const at = index;
    index += ch.length;
    if (APOSTROPHE.test(ch)) continue;
    if (!WORDLIKE.test(ch)) {
      const close = ch === '「' ? '」' : ch === '『' ? '』' : null;
      if (close && at > quoteEnd) {
        const end = source.indexOf(close, at);
        if (end >= 0 && end - at <= QUOTE_REACH) quoteEnd = end;
      }
      if (SENTENCE_END.test(ch) && (at > quoteEnd || QUESTION.test(ch))) pendingBreak = true;
      if (pendingSpace < 0) pendingSpace = at;
      continue;
    }
    const folded = foldChar(ch);
    if (pendingBreak) {
      text += last === ' ' ? '| ' : ' | ';
      for (let k = last === ' ' ? 2 : 3; k > 0; k--) origin.push(pendingSpace);
    } else if (pendingSpace >= 0 && last !== ' ' && !(CJK.test(last) && CJK.test(folded))) {
      text += ' ';
      origin.push(pendingSpace);
    } else if (last !== ' ' && LATIN.test(last) !== LATIN.test(folded)) {
      // 「DVから」, 「ADHDの息子」: a Latin word ends where another script begins.
      text += ' ';
      origin.push(at);
    }
    pendingSpace = -1;
    pendingBreak = false;
    text += folded;
    for (let k = 0; k < folded.length; k++) origin.push(at);
    last = folded.at(-1) ?? last;
  }
  text += ' ';
  origin.push(source.length);
  return { text, source, origin };
}

/**
 * Words that folding leaves as they are: lower-case Latin or Hangul words one space apart. Most
 * lexicon words are written so, and `npm run build:lexicon` folds every one of them.
 */
const FOLDED_WORDS = /^(?:[a-z]+(?: [a-z]+)*|[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)*)$/;
/** A run of hiragana and common Chinese characters, which folding only turns to simplified characters. */
const KANA_AND_HAN = /^[\u3041-\u3096\u30fc\u4e00-\u9fff]+$/;

/** One form for matching (see `fold`), without the padding. */
export function normalise(text: string): string {
  const trimmed = text.trim();
  if (FOLDED_WORDS.test(trimmed)) return trimmed;
  if (KANA_AND_HAN.test(trimmed)) {
    let out = '';
    for (const ch of trimmed) out += HANT_TO_HANS.get(ch) ?? ch;
    return out;
  }
  return fold(text).text.trim();
}
