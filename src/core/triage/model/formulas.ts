import { languageTag } from '../language.ts';
import { normalise } from '../normalise.ts';

/**
 * Greetings, thanks, openers and acknowledgements: what a chat says besides the concern. Farewell
 * notes say "thank you" too, so a model that reads them learns that thanks are a danger sign and alarms on a resident
 * who only says 「ありがとうございました」 or "Halo, selamat siang". The model reads a concern
 * without them; the lexicons, which know a farewell when they see one, still read every word.
 * Per language, because a short formula of one ("da", "oi") is a word of another.
 */
const FORMULAS: Readonly<Record<string, readonly string[]>> = {
  ja: [
    'ありがとうございました',
    'ありがとうございます',
    'ありがとう',
    'こんにちは',
    'こんばんは',
    'おはようございます',
    'よろしくお願いします',
    'お願いします',
    'すみません',
    '失礼します',
    '質問があります',
    '聞きたいことがあります',
    '聞いてもいいですか',
    '教えてください',
    'わかりました',
    '了解です',
    '助かりました',
  ],
  en: [
    'thank you so much',
    'thank you',
    'thanks a lot',
    'thanks',
    'thank u',
    'thx',
    'hello',
    'hi',
    'hey',
    'good morning',
    'good afternoon',
    'good evening',
    'please',
    'ok',
    'okay',
    'got it',
    'i have a question',
    'can i ask',
    'quick question',
    'bye bye',
    'bye',
    'see you',
    'see ya',
  ],
  zh: [
    '你好',
    '您好',
    '谢谢',
    '谢谢你',
    '谢谢你们',
    '请问',
    '想问一下',
    '问一下',
    '咨询一下',
    '好的',
    '知道了',
    '麻烦了',
    '打扰了',
  ],
  ko: ['안녕하세요', '감사합니다', '고맙습니다', '문의드립니다', '문의드려요', '알겠습니다'],
  vi: [
    'xin chào',
    'cảm ơn nhiều',
    'cảm ơn',
    'cám ơn',
    'cho em hỏi',
    'cho tôi hỏi',
    'em muốn hỏi',
    'tôi muốn hỏi',
    'em hiểu rồi',
    'hiểu rồi',
    'vâng ạ',
    'dạ vâng',
    'ok ạ',
  ],
  ne: [
    'नमस्ते',
    'नमस्कार',
    'धन्यवाद',
    'हुन्छ',
    'बुझें',
    'namaste',
    'namaskar',
    'dhanyabad',
    'dhanyawad',
    'dhanyavad',
    'hajur',
    'hunchha',
    'bujhe',
  ],
  tl: [
    'maraming salamat',
    'salamat',
    'magandang umaga',
    'magandang hapon',
    'magandang gabi',
    'may tanong',
    'sige po',
    'opo',
    'naintindihan ko po',
  ],
  pt: [
    'muito obrigado',
    'muito obrigada',
    'obrigado',
    'obrigada',
    'olá',
    'bom dia',
    'boa tarde',
    'boa noite',
    'entendi',
    'tá bom',
    'ta bom',
  ],
  id: [
    'terima kasih banyak',
    'terima kasih',
    'makasih',
    'halo',
    'selamat pagi',
    'selamat siang',
    'selamat sore',
    'selamat malam',
    'permisi',
    'mau tanya',
    'numpang tanya',
    'oke',
  ],
};

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folded formulas, longest first; Latin ones as whole words. */
const COMPILED = new Map(
  Object.entries(FORMULAS).map(([language, list]) => {
    const folded = [...new Set(list.map(normalise))].sort((a, b) => b.length - a.length);
    return [
      language,
      folded.map((f) => (/^[a-z0-9 ]+$/.test(f) ? new RegExp(`(?<= )${literal(f)}(?= )`, 'g') : f)),
    ] as const;
  }),
);

/** How many letters a concern has besides its greetings, thanks and punctuation. */
export function contentLength(folded: string, language: string): number {
  return withoutFormulas(folded, languageTag(language)).replace(/[\s\p{P}\p{S}|]/gu, '').length;
}

/** The folded text without the formulas of its language (`ja`, `en`, `zh`, … as the model tags them). */
export function withoutFormulas(folded: string, tag: string): string {
  const formulas = COMPILED.get(tag);
  if (!formulas) return folded;
  let text = folded;
  for (const f of formulas) text = typeof f === 'string' ? text.replaceAll(f, ' ') : text.replace(f, ' ');
  return text;
}
