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
