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

/**
 * Small talk: the day, the weather, a word of liking. A message of nothing else («今日はいい天気ですね»,
 * "오늘 날씨 좋네요") is no concern, but the model, which learnt that farewells often say "today",
 * alarmed on it. Only a message made of these (and formulas) alone is kept from the model's crisis
 * signal; one more word of anything and the model is heard. Bare "day" and "the" stay out, so
 * "today is the day" is still read.
 */
const SMALL_TALK: Readonly<Record<string, readonly string[]>> = {
  ja: [
    ...['今日は', '今日も', '今日', 'きょうは', 'きょうも', 'きょう', '今朝は', '今朝', 'けさ'],
    ...[
      'お天気',
      'おてんき',
      '天気',
      'てんき',
      'いい日',
      '良い日',
      'いい',
      '良い',
      'よい',
      'とても',
      'すごく',
      '本当に',
    ],
    ...[
      '晴れ',
      'はれ',
      '雨',
      '寒い',
      'さむい',
      '暑い',
      'あつい',
      '涼しい',
      'すずしい',
      '暖かい',
      'あたたかい',
      '気持ちいい',
    ],
    ...[
      'ですねー',
      'ですね',
      'ですよね',
      'ですなあ',
      'だね',
      'ですよ',
      'です',
      'でした',
      'ね',
      'よ',
      'が',
      'は',
      'も',
    ],
  ],
  en: [
    ...[
      'today',
      'this morning',
      'the weather',
      'weather',
      'nice day',
      'good day',
      'lovely day',
      'beautiful day',
    ],
    ...[
      'it is',
      "it's",
      'its',
      'is',
      'what a',
      'such a',
      'a',
      'so',
      'very',
      'really',
      'nice',
      'good',
      'great',
    ],
    ...['lovely', 'beautiful', 'sunny', 'cold', 'hot', 'warm', 'rainy', 'raining', 'out', 'outside'],
  ],
  zh: [
    ...[
      '今天',
      '今早',
      '天气',
      '真好',
      '很好',
      '不错',
      '晴天',
      '下雨',
      '好冷',
      '好热',
      '很冷',
      '很热',
      '真',
      '好',
      '啊',
      '呢',
      '吧',
    ],
  ],
  ko: [
    ...[
      '오늘은',
      '오늘',
      '날씨가',
      '날씨',
      '좋네요',
      '좋아요',
      '좋습니다',
      '좋다',
      '좋네',
      '춥네요',
      '추워요',
      '덥네요',
      '더워요',
    ],
    ...['맑네요', '맑아요', '비가', '오네요', '와요', '정말', '진짜', '너무', '참'],
  ],
  vi: [
    'hôm nay',
    'thời tiết',
    'trời',
    'đẹp quá',
    'đẹp',
    'nắng',
    'mưa',
    'lạnh',
    'nóng',
    'quá',
    'thật',
    'rất',
    'nhỉ',
    'nhé',
  ],
  ne: [
    'आज',
    'मौसम',
    'राम्रो',
    'धेरै',
    'जाडो',
    'गर्मी',
    'घाम',
    'छ',
    'aaja',
    'aja',
    'mausam',
    'ramro',
    'dherai',
    'cha',
    'chha',
  ],
  tl: [
    'ngayon',
    'ang ganda',
    'maganda',
    'panahon',
    'mainit',
    'malamig',
    'umuulan',
    'ng',
    'ang',
    'ganda',
    'talaga',
  ],
  pt: [
    ...[
      'hoje',
      'o tempo',
      'tempo',
      'dia lindo',
      'lindo dia',
      'dia bonito',
      'belo dia',
      'que',
      'está',
      'ta',
      'tá',
    ],
    ...['lindo', 'bonito', 'calor', 'frio', 'sol', 'chuva', 'muito', 'faz', 'fazendo', 'né'],
  ],
  id: ['hari ini', 'cuaca', 'cerah', 'panas', 'dingin', 'hujan', 'bagus', 'indah', 'sekali', 'banget', 'ya'],
};

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folded phrases, longest first; Latin ones as whole words. */
const compile = (lists: Readonly<Record<string, readonly string[]>>) =>
  new Map(
    Object.entries(lists).map(([language, list]) => {
      const folded = [...new Set(list.map(normalise))].sort((a, b) => b.length - a.length);
      return [
        language,
        folded.map((f) => (/^[a-z0-9 ]+$/.test(f) ? new RegExp(`(?<= )${literal(f)}(?= )`, 'g') : f)),
      ] as const;
    }),
  );
const COMPILED = compile(FORMULAS);
const SMALL_TALK_COMPILED = compile(SMALL_TALK);

/** How many letters a concern has besides its greetings, thanks and punctuation. */
export function contentLength(folded: string, language: string): number {
  return withoutFormulas(folded, languageTag(language)).replace(/[\s\p{P}\p{S}|]/gu, '').length;
}

/** The folded text without the formulas of its language (`ja`, `en`, `zh`, … as the model tags them). */
export function withoutFormulas(folded: string, tag: string): string {
  return without(folded, COMPILED.get(tag));
}

/** Nothing but greetings, thanks and small talk about the day or the weather. */
export function onlySmallTalk(folded: string, language: string): boolean {
  const tag = languageTag(language);
  const rest = without(withoutFormulas(folded, tag), SMALL_TALK_COMPILED.get(tag));
  return rest.replace(/[\s\p{P}\p{S}|]/gu, '') === '';
}

function without(folded: string, phrases: readonly (string | RegExp)[] | undefined): string {
  let text = folded;
  for (const f of phrases ?? [])
    text = typeof f === 'string' ? text.replaceAll(f, ' ') : text.replace(f, ' ');
  return text;
}
