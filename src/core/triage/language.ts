import { baseLanguage } from '../localised.ts';
import { FUNCTION_WORDS, JAPANESE_ONLY_KANJI, TELLTALE_LETTERS } from './lexicon/languages.ts';
import { HANS_ONLY, HANT_TO_HANS } from './lexicon/zh-hant.ts';

const HANGUL = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/gu;
const DEVANAGARI = /[\u0900-\u097f]/gu;
const KANA = /[\u3040-\u30ff\uff66-\uff9f]/gu;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** The tag a language's lexicon and model features go by: both Chinese scripts are read as one. */
export const languageTag = (language: string): string => (language.startsWith('zh') ? 'zh' : language);

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function chinese(text: string): string {
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (HANT_TO_HANS.has(ch)) traditional++;
    else if (HANS_ONLY.has(ch)) simplified++;
    if (JAPANESE_ONLY_KANJI.includes(ch)) return 'ja';
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

function latin(text: string, folded: string): string {
  for (const [pattern, language] of TELLTALE_LETTERS) if (pattern.test(text)) return language;
  const words = folded.split(' ');
  let best = 'en';
  let bestScore = 0;
  for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
    let score = 0;
    for (const word of words) if (list.includes(word)) score++;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The language a concern is written in, from its script and, for Latin script, telltale letters and
 * function words. Short messages defeat statistical detectors; these signals do not need length.
 * Returns a BCP 47 tag (`ja`, `en`, `zh-Hans`, `zh-Hant`, `ko`, `vi`, `ne`, `tl`, `pt`, `id`) or `und`.
 */
export function detectLanguage(text: string, folded: string): string {
  const hangul = count(text, HANGUL);
  const devanagari = count(text, DEVANAGARI);
  const kana = count(text, KANA);
  const han = count(text, HAN);
  const scripts = [hangul, devanagari, kana + han];
  const most = Math.max(...scripts);
  // Residents writing in Latin letters borrow Japanese words (「区役所」「在留カード」): a few such
  // characters in a sentence of Latin words do not make it Japanese or Chinese.
  const latinLetters = count(text, LATIN);
  if (most > 0 && latinLetters <= 3 * (hangul + devanagari + kana + han)) {
    if (hangul === most) return 'ko';
    if (devanagari === most) return 'ne';
    return kana > 0 ? 'ja' : chinese(text);
  }
  return /\p{Script=Latin}/u.test(text) ? latin(text, folded) : 'und';
}

/** Letters a message needs before its script is trusted to say its language. */
const SURE_LETTERS = 4;
/** The share of its letters the script must hold (a Korean name in a Japanese sentence is no Korean). */
const SURE_SHARE = 0.6;
/** Words of Latin letters a message needs to switch replies from another script to it. */
const SURE_WORDS = 3;
/** Chinese needs more: a few kanji with no kana may be Japanese (「母入院中」). */
const SURE_HAN = 8;

/**
 * The locale a message is plainly written in, when its script leaves no doubt: Hangul, Devanagari,
 * Japanese kana, Chinese with no kana, and Latin letters with Vietnamese or Portuguese letters — or Latin
 * words at all when replies are in a language of another script. Between languages written in plain Latin
 * letters (English, Tagalog, Indonesian, Taglish) a few function words are too weak a sign: null.
 * `detected` is `detectLanguage`'s answer, `current` the locale replies are in now, `locales` those there are.
 */
export function writtenLocale(
  text: string,
  detected: string,
  current: string,
  locales: readonly string[],
): string | null {
  const hangul = count(text, HANGUL);
  const devanagari = count(text, DEVANAGARI);
  const kana = count(text, KANA);
  const han = count(text, HAN);
  const latinLetters = count(text, LATIN);
  const total = hangul + devanagari + kana + han + latinLetters;
  const sure = (letters: number) => letters >= SURE_LETTERS && letters >= SURE_SHARE * total;
  let language: string | null = null;
  if (sure(hangul)) language = 'ko';
  else if (sure(devanagari)) language = 'ne';
  else if (kana > 0 && sure(kana + han)) language = 'ja';
  else if (kana === 0 && han >= SURE_HAN && sure(han) && detected.startsWith('zh')) language = detected;
  else if (sure(latinLetters)) {
    const telltale = TELLTALE_LETTERS.find(([pattern]) => pattern.test(text))?.[1];
    const latinReplies = ['en', 'tl', 'id', 'pt', 'vi'].includes(baseLanguage(current));
    // ("ok thanks" to a Japanese chat is no switch: a sentence of three words or more is.)
    const words = text.split(/\s+/u).filter((w) => /\p{Script=Latin}/u.test(w)).length;
    language = telltale ?? (latinReplies || words < SURE_WORDS ? null : detected);
  }
  if (language === null || language === 'und') return null;
  const family = baseLanguage(language);
  // Chinese written in the other script, or Japanese to a resident who chose やさしい日本語: same language.
  if (family === baseLanguage(current)) return null;
  return locales.find((l) => l === language) ?? locales.find((l) => baseLanguage(l) === family) ?? null;
}
