import type { CrisisSignal } from '../../categories.ts';
import type { Concept, ConceptLanguage, ConceptWords } from './concepts.ts';
import { ashamedOf, eitherWay, laughedOff } from './concepts-safe.ts';
import { TOLD_BY_SIGNS_CONCEPTS } from './concepts-told-by-signs.ts';
import { cross } from './extend-concepts.ts';
import type { IdiomPair } from './types.ts';

// Signs and their harmless reading make a figure of speech in either order (a mark and the fall told of
// it, or the fall first), mostly across one sentence break: `eitherWay(a, b, reach, 1)`.
/** Figures of speech of `laughedOff`/`ashamedOf` with a longer gap: a slip told at length before the wish. */
const wide = (pairs: readonly IdiomPair[], reach = 60): IdiomPair[] =>
  pairs.map((p) => ({ ...p, reach, acrossSentences: 1 }));

/**
 * A burn told with its accident: beside what the writer was doing then (ironing, cooking), either order;
 * or with what the child touched, in one sentence, and the doctor's all-clear after.
 */
const burned = (
  burns: readonly string[],
  doing: readonly string[],
  touched: readonly string[],
  doctor: readonly string[],
  reach: number,
): IdiomPair[] => [
  ...eitherWay(burns, doing, reach, 1),
  {
    a: [...cross(burns, touched, '...'), ...cross(touched, burns, '...')],
    b: doctor,
    reach: reach * 2,
    acrossSentences: 2,
  },
];

// The ages of the old (「祖母 90」, "lola ko (90)", «Kakek saya (83)»): a digit starting 70–99.
const OLD = ['7', '8', '9'];
/**
 * Numbers, for Korean counters that a number runs into (「3년째」, 「10초 동안」, 「90세 할머니」): a Hangul
 * entry matches at a word's start, so the number is written in.
 */
const NUMS = Array.from({ length: 60 }, (_, i) => `${i + 1}`);
const AGES = Array.from({ length: 30 }, (_, i) => `${i + 70}`);

/** Ordinary reasons for leaving: a job transfer, a contract or a traineeship ended, going back to one’s country by name, moving to a named city. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LEAVING: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['転勤で', 'てんきんで', '転勤になり', 'てんきんになり', '転勤になっ', 'てんきんになっ', '転勤します', 'てんきんします', '異動で', 'いどうで', '異動になり', 'いどうになり', '異動が決ま', 'いどうがきま', '転職が決ま', 'てんしょくがきま', '転職することにな', '契約が終わ', 'けいやくがおわ', '契約が切れ', 'けいやくがきれ', '契約満了', 'けいやくまんりょう', '任期が終わ', '任期満了', '実習が終わ', 'じっしゅうがおわ', '実習期間が終わ', '技能実習が終わ', '留学が終わ', 'りゅうがくがおわ', '卒業することにな', 'そつぎょうすることにな', '帰国します', 'きこくします', '帰国しま', 'きこくしま', '帰国になり', 'きこくになり', 'ベトナムに帰ることにな', 'ベトナムにかえることにな', 'ベトナムへ帰ることにな', 'ベトナムへかえることにな', 'ベトナムに戻ることにな', 'ベトナムにもどることにな', 'ベトナムに帰ります', 'ベトナムにかえります', 'ベトナムに帰国', 'フィリピンに帰ることにな', 'フィリピンにかえることにな', 'フィリピンへ帰ることにな', 'フィリピンへかえることにな', 'フィリピンに戻ることにな', 'フィリピンにもどることにな', 'フィリピンに帰ります', 'フィリピンにかえります', 'フィリピンに帰国', 'ネパールに帰ることにな', 'ネパールにかえることにな', 'ネパールへ帰ることにな', 'ネパールへかえることにな', 'ネパールに戻ることにな', 'ネパールにもどることにな', 'ネパールに帰ります', 'ネパールにかえります', 'ネパールに帰国', 'インドネシアに帰ることにな', 'インドネシアにかえることにな', 'インドネシアへ帰ることにな', 'インドネシアへかえることにな', 'インドネシアに戻ることにな', 'インドネシアにもどることにな', 'インドネシアに帰ります', 'インドネシアにかえります', 'インドネシアに帰国', 'ブラジルに帰ることにな', 'ブラジルにかえることにな', 'ブラジルへ帰ることにな', 'ブラジルへかえることにな', 'ブラジルに戻ることにな', 'ブラジルにもどることにな', 'ブラジルに帰ります', 'ブラジルにかえります', 'ブラジルに帰国', '中国に帰ることにな', '中国にかえることにな', '中国へ帰ることにな', '中国へかえることにな', '中国に戻ることにな', '中国にもどることにな', '中国に帰ります', '中国にかえります', '中国に帰国', 'ちゅうごくに帰ることにな', 'ちゅうごくにかえることにな', 'ちゅうごくへ帰ることにな', 'ちゅうごくへかえることにな', 'ちゅうごくに戻ることにな', 'ちゅうごくにもどることにな', 'ちゅうごくに帰ります', 'ちゅうごくにかえります', 'ちゅうごくに帰国', '韓国に帰ることにな', '韓国にかえることにな', '韓国へ帰ることにな', '韓国へかえることにな', '韓国に戻ることにな', '韓国にもどることにな', '韓国に帰ります', '韓国にかえります', '韓国に帰国', 'かんこくに帰ることにな', 'かんこくにかえることにな', 'かんこくへ帰ることにな', 'かんこくへかえることにな', 'かんこくに戻ることにな', 'かんこくにもどることにな', 'かんこくに帰ります', 'かんこくにかえります', 'かんこくに帰国', 'タイに帰ることにな', 'タイにかえることにな', 'タイへ帰ることにな', 'タイへかえることにな', 'タイに戻ることにな', 'タイにもどることにな', 'タイに帰ります', 'タイにかえります', 'タイに帰国', 'ミャンマーに帰ることにな', 'ミャンマーにかえることにな', 'ミャンマーへ帰ることにな', 'ミャンマーへかえることにな', 'ミャンマーに戻ることにな', 'ミャンマーにもどることにな', 'ミャンマーに帰ります', 'ミャンマーにかえります', 'ミャンマーに帰国', 'スリランカに帰ることにな', 'スリランカにかえることにな', 'スリランカへ帰ることにな', 'スリランカへかえることにな', 'スリランカに戻ることにな', 'スリランカにもどることにな', 'スリランカに帰ります', 'スリランカにかえります', 'スリランカに帰国', 'ペルーに帰ることにな', 'ペルーにかえることにな', 'ペルーへ帰ることにな', 'ペルーへかえることにな', 'ペルーに戻ることにな', 'ペルーにもどることにな', 'ペルーに帰ります', 'ペルーにかえります', 'ペルーに帰国', 'アメリカに帰ることにな', 'アメリカにかえることにな', 'アメリカへ帰ることにな', 'アメリカへかえることにな', 'アメリカに戻ることにな', 'アメリカにもどることにな', 'アメリカに帰ります', 'アメリカにかえります', 'アメリカに帰国', '母国に帰ることにな', '母国にかえることにな', '母国へ帰ることにな', '母国へかえることにな', '母国に戻ることにな', '母国にもどることにな', '母国に帰ります', '母国にかえります', '母国に帰国', 'ぼこくに帰ることにな', 'ぼこくにかえることにな', 'ぼこくへ帰ることにな', 'ぼこくへかえることにな', 'ぼこくに戻ることにな', 'ぼこくにもどることにな', 'ぼこくに帰ります', 'ぼこくにかえります', 'ぼこくに帰国', '自分の国に帰ることにな', '自分の国にかえることにな', '自分の国へ帰ることにな', '自分の国へかえることにな', '自分の国に戻ることにな', '自分の国にもどることにな', '自分の国に帰ります', '自分の国にかえります', '自分の国に帰国', 'じぶんのくにに帰ることにな', 'じぶんのくににかえることにな', 'じぶんのくにへ帰ることにな', 'じぶんのくにへかえることにな', 'じぶんのくにに戻ることにな', 'じぶんのくににもどることにな', 'じぶんのくにに帰ります', 'じぶんのくににかえります', 'じぶんのくにに帰国', '祖国に帰ることにな', '祖国にかえることにな', '祖国へ帰ることにな', '祖国へかえることにな', '祖国に戻ることにな', '祖国にもどることにな', '祖国に帰ります', '祖国にかえります', '祖国に帰国', '本国に帰ることにな', '本国にかえることにな', '本国へ帰ることにな', '本国へかえることにな', '本国に戻ることにな', '本国にもどることにな', '本国に帰ります', '本国にかえります', '本国に帰国', '地元に帰ることにな', '地元にかえることにな', '地元へ帰ることにな', '地元へかえることにな', '地元に戻ることにな', '地元にもどることにな', '地元に帰ります', '地元にかえります', '地元に帰国', 'じもとに帰ることにな', 'じもとにかえることにな', 'じもとへ帰ることにな', 'じもとへかえることにな', 'じもとに戻ることにな', 'じもとにもどることにな', 'じもとに帰ります', 'じもとにかえります', 'じもとに帰国', '実家に帰ることにな', '実家にかえることにな', '実家へ帰ることにな', '実家へかえることにな', '実家に戻ることにな', '実家にもどることにな', '実家に帰ります', '実家にかえります', '実家に帰国', 'じっかに帰ることにな', 'じっかにかえることにな', 'じっかへ帰ることにな', 'じっかへかえることにな', 'じっかに戻ることにな', 'じっかにもどることにな', 'じっかに帰ります', 'じっかにかえります', 'じっかに帰国', '東京に引っ越', '東京にひっこ', '東京へ引っ越', '東京へひっこ', '東京に転居', '東京に行くことにな', '東京にいくことにな', 'とうきょうに引っ越', 'とうきょうにひっこ', 'とうきょうへ引っ越', 'とうきょうへひっこ', 'とうきょうに転居', 'とうきょうに行くことにな', 'とうきょうにいくことにな', '大阪に引っ越', '大阪にひっこ', '大阪へ引っ越', '大阪へひっこ', '大阪に転居', '大阪に行くことにな', '大阪にいくことにな', 'おおさかに引っ越', 'おおさかにひっこ', 'おおさかへ引っ越', 'おおさかへひっこ', 'おおさかに転居', 'おおさかに行くことにな', 'おおさかにいくことにな', '名古屋に引っ越', '名古屋にひっこ', '名古屋へ引っ越', '名古屋へひっこ', '名古屋に転居', '名古屋に行くことにな', '名古屋にいくことにな', 'なごやに引っ越', 'なごやにひっこ', 'なごやへ引っ越', 'なごやへひっこ', 'なごやに転居', 'なごやに行くことにな', 'なごやにいくことにな', '福岡に引っ越', '福岡にひっこ', '福岡へ引っ越', '福岡へひっこ', '福岡に転居', '福岡に行くことにな', '福岡にいくことにな', 'ふくおかに引っ越', 'ふくおかにひっこ', 'ふくおかへ引っ越', 'ふくおかへひっこ', 'ふくおかに転居', 'ふくおかに行くことにな', 'ふくおかにいくことにな', '札幌に引っ越', '札幌にひっこ', '札幌へ引っ越', '札幌へひっこ', '札幌に転居', '札幌に行くことにな', '札幌にいくことにな', 'さっぽろに引っ越', 'さっぽろにひっこ', 'さっぽろへ引っ越', 'さっぽろへひっこ', 'さっぽろに転居', 'さっぽろに行くことにな', 'さっぽろにいくことにな', '仙台に引っ越', '仙台にひっこ', '仙台へ引っ越', '仙台へひっこ', '仙台に転居', '仙台に行くことにな', '仙台にいくことにな', 'せんだいに引っ越', 'せんだいにひっこ', 'せんだいへ引っ越', 'せんだいへひっこ', 'せんだいに転居', 'せんだいに行くことにな', 'せんだいにいくことにな', '広島に引っ越', '広島にひっこ', '広島へ引っ越', '広島へひっこ', '広島に転居', '広島に行くことにな', '広島にいくことにな', 'ひろしまに引っ越', 'ひろしまにひっこ', 'ひろしまへ引っ越', 'ひろしまへひっこ', 'ひろしまに転居', 'ひろしまに行くことにな', 'ひろしまにいくことにな', '京都に引っ越', '京都にひっこ', '京都へ引っ越', '京都へひっこ', '京都に転居', '京都に行くことにな', '京都にいくことにな', 'きょうとに引っ越', 'きょうとにひっこ', 'きょうとへ引っ越', 'きょうとへひっこ', 'きょうとに転居', 'きょうとに行くことにな', 'きょうとにいくことにな', '神戸に引っ越', '神戸にひっこ', '神戸へ引っ越', '神戸へひっこ', '神戸に転居', '神戸に行くことにな', '神戸にいくことにな', 'こうべに引っ越', 'こうべにひっこ', 'こうべへ引っ越', 'こうべへひっこ', 'こうべに転居', 'こうべに行くことにな', 'こうべにいくことにな', '横浜に引っ越', '横浜にひっこ', '横浜へ引っ越', '横浜へひっこ', '横浜に転居', '横浜に行くことにな', '横浜にいくことにな', 'よこはまに引っ越', 'よこはまにひっこ', 'よこはまへ引っ越', 'よこはまへひっこ', 'よこはまに転居', 'よこはまに行くことにな', 'よこはまにいくことにな', '沖縄に引っ越', '沖縄にひっこ', '沖縄へ引っ越', '沖縄へひっこ', '沖縄に転居', '沖縄に行くことにな', '沖縄にいくことにな', 'おきなわに引っ越', 'おきなわにひっこ', 'おきなわへ引っ越', 'おきなわへひっこ', 'おきなわに転居', 'おきなわに行くことにな', 'おきなわにいくことにな', '北海道に引っ越', '北海道にひっこ', '北海道へ引っ越', '北海道へひっこ', '北海道に転居', '北海道に行くことにな', '北海道にいくことにな', 'ほっかいどうに引っ越', 'ほっかいどうにひっこ', 'ほっかいどうへ引っ越', 'ほっかいどうへひっこ', 'ほっかいどうに転居', 'ほっかいどうに行くことにな', 'ほっかいどうにいくことにな', '九州に引っ越', '九州にひっこ', '九州へ引っ越', '九州へひっこ', '九州に転居', '九州に行くことにな', '九州にいくことにな', 'きゅうしゅうに引っ越', 'きゅうしゅうにひっこ', 'きゅうしゅうへ引っ越', 'きゅうしゅうへひっこ', 'きゅうしゅうに転居', 'きゅうしゅうに行くことにな', 'きゅうしゅうにいくことにな'],
  en: ['work transfer', 'company transfer', 'relocating to', 'relocated to', 'relocating for work', 'relocating back', 'relocation', 'my contract finished', 'my contract ended', 'my contract is ending', 'my contract ends', 'my contract is over', 'my contract is up', 'contract finished', 'contract ended', 'contract has ended', 'contract is over', 'end of my contract', 'internship ended', 'internship is over', 'traineeship ended', 'traineeship is over', 'my studies are over', 'moving to tokyo', 'moving to osaka', 'moving to nagoya', 'moving to fukuoka', 'moving to sapporo', 'moving to sendai', 'moving to hiroshima', 'moving to kyoto', 'moving to kobe', 'moving to yokohama', 'moving to okinawa', 'moving to hokkaido', 'moving to kyushu', 'moving to singapore', 'moving to hong kong', 'moving to seoul', 'moving to taipei', 'moving to sydney', 'moving to london', 'transferred for work', 'transferred by my company', 'transferred by his company', 'transferred by her company', 'transferred to another city', 'transferred to another branch', 'transferred to another office', 'transferred to the head office', 'job relocation', 'im going back to vietnam', 'im going back to the philippines', 'im going back to nepal', 'im going back to indonesia', 'im going back to brazil', 'im going back to china', 'im going back to korea', 'im going back to thailand', 'im going back to myanmar', 'im going back to sri lanka', 'im going back to peru', 'im going back to my country', 'im going back to my home country', 'im going back to my hometown', 'im going back to the uk', 'im going back to the us', 'im going back to the states', 'im going back to australia', 'im going back to canada', 'im going back to india', 'im moving back to vietnam', 'im moving back to the philippines', 'im moving back to nepal', 'im moving back to indonesia', 'im moving back to brazil', 'im moving back to china', 'im moving back to korea', 'im moving back to thailand', 'im moving back to myanmar', 'im moving back to sri lanka', 'im moving back to peru', 'im moving back to my country', 'im moving back to my home country', 'im moving back to my hometown', 'im moving back to the uk', 'im moving back to the us', 'im moving back to the states', 'im moving back to australia', 'im moving back to canada', 'im moving back to india', 'im returning to vietnam', 'im returning to the philippines', 'im returning to nepal', 'im returning to indonesia', 'im returning to brazil', 'im returning to china', 'im returning to korea', 'im returning to thailand', 'im returning to myanmar', 'im returning to sri lanka', 'im returning to peru', 'im returning to my country', 'im returning to my home country', 'im returning to my hometown', 'im returning to the uk', 'im returning to the us', 'im returning to the states', 'im returning to australia', 'im returning to canada', 'im returning to india', 'im heading back to vietnam', 'im heading back to the philippines', 'im heading back to nepal', 'im heading back to indonesia', 'im heading back to brazil', 'im heading back to china', 'im heading back to korea', 'im heading back to thailand', 'im heading back to myanmar', 'im heading back to sri lanka', 'im heading back to peru', 'im heading back to my country', 'im heading back to my home country', 'im heading back to my hometown', 'im heading back to the uk', 'im heading back to the us', 'im heading back to the states', 'im heading back to australia', 'im heading back to canada', 'im heading back to india', 'i am going back to vietnam', 'i am going back to the philippines', 'i am going back to nepal', 'i am going back to indonesia', 'i am going back to brazil', 'i am going back to china', 'i am going back to korea', 'i am going back to thailand', 'i am going back to myanmar', 'i am going back to sri lanka', 'i am going back to peru', 'i am going back to my country', 'i am going back to my home country', 'i am going back to my hometown', 'i am going back to the uk', 'i am going back to the us', 'i am going back to the states', 'i am going back to australia', 'i am going back to canada', 'i am going back to india', 'i am moving back to vietnam', 'i am moving back to the philippines', 'i am moving back to nepal', 'i am moving back to indonesia', 'i am moving back to brazil', 'i am moving back to china', 'i am moving back to korea', 'i am moving back to thailand', 'i am moving back to myanmar', 'i am moving back to sri lanka', 'i am moving back to peru', 'i am moving back to my country', 'i am moving back to my home country', 'i am moving back to my hometown', 'i am moving back to the uk', 'i am moving back to the us', 'i am moving back to the states', 'i am moving back to australia', 'i am moving back to canada', 'i am moving back to india', 'i am returning to vietnam', 'i am returning to the philippines', 'i am returning to nepal', 'i am returning to indonesia', 'i am returning to brazil', 'i am returning to china', 'i am returning to korea', 'i am returning to thailand', 'i am returning to myanmar', 'i am returning to sri lanka', 'i am returning to peru', 'i am returning to my country', 'i am returning to my home country', 'i am returning to my hometown', 'i am returning to the uk', 'i am returning to the us', 'i am returning to the states', 'i am returning to australia', 'i am returning to canada', 'i am returning to india', 'i am heading back to vietnam', 'i am heading back to the philippines', 'i am heading back to nepal', 'i am heading back to indonesia', 'i am heading back to brazil', 'i am heading back to china', 'i am heading back to korea', 'i am heading back to thailand', 'i am heading back to myanmar', 'i am heading back to sri lanka', 'i am heading back to peru', 'i am heading back to my country', 'i am heading back to my home country', 'i am heading back to my hometown', 'i am heading back to the uk', 'i am heading back to the us', 'i am heading back to the states', 'i am heading back to australia', 'i am heading back to canada', 'i am heading back to india', 'were going back to vietnam', 'were going back to the philippines', 'were going back to nepal', 'were going back to indonesia', 'were going back to brazil', 'were going back to china', 'were going back to korea', 'were going back to thailand', 'were going back to myanmar', 'were going back to sri lanka', 'were going back to peru', 'were going back to my country', 'were going back to my home country', 'were going back to my hometown', 'were going back to the uk', 'were going back to the us', 'were going back to the states', 'were going back to australia', 'were going back to canada', 'were going back to india', 'were moving back to vietnam', 'were moving back to the philippines', 'were moving back to nepal', 'were moving back to indonesia', 'were moving back to brazil', 'were moving back to china', 'were moving back to korea', 'were moving back to thailand', 'were moving back to myanmar', 'were moving back to sri lanka', 'were moving back to peru', 'were moving back to my country', 'were moving back to my home country', 'were moving back to my hometown', 'were moving back to the uk', 'were moving back to the us', 'were moving back to the states', 'were moving back to australia', 'were moving back to canada', 'were moving back to india', 'were returning to vietnam', 'were returning to the philippines', 'were returning to nepal', 'were returning to indonesia', 'were returning to brazil', 'were returning to china', 'were returning to korea', 'were returning to thailand', 'were returning to myanmar', 'were returning to sri lanka', 'were returning to peru', 'were returning to my country', 'were returning to my home country', 'were returning to my hometown', 'were returning to the uk', 'were returning to the us', 'were returning to the states', 'were returning to australia', 'were returning to canada', 'were returning to india', 'were heading back to vietnam', 'were heading back to the philippines', 'were heading back to nepal', 'were heading back to indonesia', 'were heading back to brazil', 'were heading back to china', 'were heading back to korea', 'were heading back to thailand', 'were heading back to myanmar', 'were heading back to sri lanka', 'were heading back to peru', 'were heading back to my country', 'were heading back to my home country', 'were heading back to my hometown', 'were heading back to the uk', 'were heading back to the us', 'were heading back to the states', 'were heading back to australia', 'were heading back to canada', 'were heading back to india', 'we are going back to vietnam', 'we are going back to the philippines', 'we are going back to nepal', 'we are going back to indonesia', 'we are going back to brazil', 'we are going back to china', 'we are going back to korea', 'we are going back to thailand', 'we are going back to myanmar', 'we are going back to sri lanka', 'we are going back to peru', 'we are going back to my country', 'we are going back to my home country', 'we are going back to my hometown', 'we are going back to the uk', 'we are going back to the us', 'we are going back to the states', 'we are going back to australia', 'we are going back to canada', 'we are going back to india', 'we are moving back to vietnam', 'we are moving back to the philippines', 'we are moving back to nepal', 'we are moving back to indonesia', 'we are moving back to brazil', 'we are moving back to china', 'we are moving back to korea', 'we are moving back to thailand', 'we are moving back to myanmar', 'we are moving back to sri lanka', 'we are moving back to peru', 'we are moving back to my country', 'we are moving back to my home country', 'we are moving back to my hometown', 'we are moving back to the uk', 'we are moving back to the us', 'we are moving back to the states', 'we are moving back to australia', 'we are moving back to canada', 'we are moving back to india', 'we are returning to vietnam', 'we are returning to the philippines', 'we are returning to nepal', 'we are returning to indonesia', 'we are returning to brazil', 'we are returning to china', 'we are returning to korea', 'we are returning to thailand', 'we are returning to myanmar', 'we are returning to sri lanka', 'we are returning to peru', 'we are returning to my country', 'we are returning to my home country', 'we are returning to my hometown', 'we are returning to the uk', 'we are returning to the us', 'we are returning to the states', 'we are returning to australia', 'we are returning to canada', 'we are returning to india', 'we are heading back to vietnam', 'we are heading back to the philippines', 'we are heading back to nepal', 'we are heading back to indonesia', 'we are heading back to brazil', 'we are heading back to china', 'we are heading back to korea', 'we are heading back to thailand', 'we are heading back to myanmar', 'we are heading back to sri lanka', 'we are heading back to peru', 'we are heading back to my country', 'we are heading back to my home country', 'we are heading back to my hometown', 'we are heading back to the uk', 'we are heading back to the us', 'we are heading back to the states', 'we are heading back to australia', 'we are heading back to canada', 'we are heading back to india'],
  zh: ['工作调动', '调动到', '调职', '调到', '调去', '被调到', '外派到', '转调', '合同到期', '合同结束', '合同期满', '合约到期', '合约结束', '契约到期', '契约结束', '实习结束', '研修结束', '技能实习结束', '留学结束', '搬到东京', '搬到大阪', '搬到名古屋', '搬到福冈', '搬到札幌', '搬到仙台', '搬到广岛', '搬到京都', '搬到神户', '搬到横滨', '搬到冲绳', '搬到北海道', '搬去东京', '搬去大阪', '搬去名古屋', '搬去福冈', '搬去札幌', '搬去京都', '搬去横滨', '准备回国', '准备回越南', '准备回菲律宾', '准备回尼泊尔', '准备回印尼', '准备回巴西', '准备回中国', '准备回台湾', '准备回香港', '准备回韩国', '准备回泰国', '准备回缅甸', '决定回国', '决定回越南', '决定回菲律宾', '决定回尼泊尔', '决定回印尼', '决定回巴西', '决定回中国', '决定回台湾', '决定回香港', '决定回韩国', '决定回泰国', '决定回缅甸', '下个月回国', '下个月回越南', '下个月回菲律宾', '下个月回尼泊尔', '下个月回印尼', '下个月回巴西', '下个月回中国', '下个月回台湾', '下个月回香港', '下个月回韩国', '下个月回泰国', '下个月回缅甸', '下周回国', '下周回越南', '下周回菲律宾', '下周回尼泊尔', '下周回印尼', '下周回巴西', '下周回中国', '下周回台湾', '下周回香港', '下周回韩国', '下周回泰国', '下周回缅甸', '下个月要回国', '下个月要回越南', '下个月要回菲律宾', '下个月要回尼泊尔', '下个月要回印尼', '下个月要回巴西', '下个月要回中国', '下个月要回台湾', '下个月要回香港', '下个月要回韩国', '下个月要回泰国', '下个月要回缅甸', '下周要回国', '下周要回越南', '下周要回菲律宾', '下周要回尼泊尔', '下周要回印尼', '下周要回巴西', '下周要回中国', '下周要回台湾', '下周要回香港', '下周要回韩国', '下周要回泰国', '下周要回缅甸', '我们要回国', '我们要回越南', '我们要回菲律宾', '我们要回尼泊尔', '我们要回印尼', '我们要回巴西', '我们要回中国', '我们要回台湾', '我们要回香港', '我们要回韩国', '我们要回泰国', '我们要回缅甸', '我要回国', '我要回越南', '我要回菲律宾', '我要回尼泊尔', '我要回印尼', '我要回巴西', '我要回中国', '我要回台湾', '我要回香港', '我要回韩国', '我要回泰国', '我要回缅甸'],
  ko: ['발령으로', '발령이 나', '발령을 받', '발령 받', '발령났', '전근으로', '전근을 가', '전근 가게', '전근하게', '인사이동', '계약이 끝나', '계약이 끝났', '계약이 만료', '계약 만료', '계약 기간이 끝', '실습이 끝나', '실습이 끝났', '연수가 끝나', '연수가 끝났', '유학이 끝나', '귀국해요', '귀국합니다', '귀국하게', '귀국하기로', '서울로 돌아가게 됐', '서울로 돌아가게 되었', '서울로 돌아가기로', '서울로 이사하게', '서울로 이사 가게', '서울로 가게 됐', '서울로 가게 되었', '서울으로 돌아가게 됐', '서울으로 돌아가게 되었', '서울으로 돌아가기로', '서울으로 이사하게', '서울으로 이사 가게', '서울으로 가게 됐', '서울으로 가게 되었', '부산로 돌아가게 됐', '부산로 돌아가게 되었', '부산로 돌아가기로', '부산로 이사하게', '부산로 이사 가게', '부산로 가게 됐', '부산로 가게 되었', '부산으로 돌아가게 됐', '부산으로 돌아가게 되었', '부산으로 돌아가기로', '부산으로 이사하게', '부산으로 이사 가게', '부산으로 가게 됐', '부산으로 가게 되었', '대구로 돌아가게 됐', '대구로 돌아가게 되었', '대구로 돌아가기로', '대구로 이사하게', '대구로 이사 가게', '대구로 가게 됐', '대구로 가게 되었', '대구으로 돌아가게 됐', '대구으로 돌아가게 되었', '대구으로 돌아가기로', '대구으로 이사하게', '대구으로 이사 가게', '대구으로 가게 됐', '대구으로 가게 되었', '인천로 돌아가게 됐', '인천로 돌아가게 되었', '인천로 돌아가기로', '인천로 이사하게', '인천로 이사 가게', '인천로 가게 됐', '인천로 가게 되었', '인천으로 돌아가게 됐', '인천으로 돌아가게 되었', '인천으로 돌아가기로', '인천으로 이사하게', '인천으로 이사 가게', '인천으로 가게 됐', '인천으로 가게 되었', '광주로 돌아가게 됐', '광주로 돌아가게 되었', '광주로 돌아가기로', '광주로 이사하게', '광주로 이사 가게', '광주로 가게 됐', '광주로 가게 되었', '광주으로 돌아가게 됐', '광주으로 돌아가게 되었', '광주으로 돌아가기로', '광주으로 이사하게', '광주으로 이사 가게', '광주으로 가게 됐', '광주으로 가게 되었', '대전로 돌아가게 됐', '대전로 돌아가게 되었', '대전로 돌아가기로', '대전로 이사하게', '대전로 이사 가게', '대전로 가게 됐', '대전로 가게 되었', '대전으로 돌아가게 됐', '대전으로 돌아가게 되었', '대전으로 돌아가기로', '대전으로 이사하게', '대전으로 이사 가게', '대전으로 가게 됐', '대전으로 가게 되었', '한국로 돌아가게 됐', '한국로 돌아가게 되었', '한국로 돌아가기로', '한국로 이사하게', '한국로 이사 가게', '한국로 가게 됐', '한국로 가게 되었', '한국으로 돌아가게 됐', '한국으로 돌아가게 되었', '한국으로 돌아가기로', '한국으로 이사하게', '한국으로 이사 가게', '한국으로 가게 됐', '한국으로 가게 되었', '본국로 돌아가게 됐', '본국로 돌아가게 되었', '본국로 돌아가기로', '본국로 이사하게', '본국로 이사 가게', '본국로 가게 됐', '본국로 가게 되었', '본국으로 돌아가게 됐', '본국으로 돌아가게 되었', '본국으로 돌아가기로', '본국으로 이사하게', '본국으로 이사 가게', '본국으로 가게 됐', '본국으로 가게 되었', '고향로 돌아가게 됐', '고향로 돌아가게 되었', '고향로 돌아가기로', '고향로 이사하게', '고향로 이사 가게', '고향로 가게 됐', '고향로 가게 되었', '고향으로 돌아가게 됐', '고향으로 돌아가게 되었', '고향으로 돌아가기로', '고향으로 이사하게', '고향으로 이사 가게', '고향으로 가게 됐', '고향으로 가게 되었', '도쿄로 돌아가게 됐', '도쿄로 돌아가게 되었', '도쿄로 돌아가기로', '도쿄로 이사하게', '도쿄로 이사 가게', '도쿄로 가게 됐', '도쿄로 가게 되었', '도쿄으로 돌아가게 됐', '도쿄으로 돌아가게 되었', '도쿄으로 돌아가기로', '도쿄으로 이사하게', '도쿄으로 이사 가게', '도쿄으로 가게 됐', '도쿄으로 가게 되었', '오사카로 돌아가게 됐', '오사카로 돌아가게 되었', '오사카로 돌아가기로', '오사카로 이사하게', '오사카로 이사 가게', '오사카로 가게 됐', '오사카로 가게 되었', '오사카으로 돌아가게 됐', '오사카으로 돌아가게 되었', '오사카으로 돌아가기로', '오사카으로 이사하게', '오사카으로 이사 가게', '오사카으로 가게 됐', '오사카으로 가게 되었', '나고야로 돌아가게 됐', '나고야로 돌아가게 되었', '나고야로 돌아가기로', '나고야로 이사하게', '나고야로 이사 가게', '나고야로 가게 됐', '나고야로 가게 되었', '나고야으로 돌아가게 됐', '나고야으로 돌아가게 되었', '나고야으로 돌아가기로', '나고야으로 이사하게', '나고야으로 이사 가게', '나고야으로 가게 됐', '나고야으로 가게 되었', '후쿠오카로 돌아가게 됐', '후쿠오카로 돌아가게 되었', '후쿠오카로 돌아가기로', '후쿠오카로 이사하게', '후쿠오카로 이사 가게', '후쿠오카로 가게 됐', '후쿠오카로 가게 되었', '후쿠오카으로 돌아가게 됐', '후쿠오카으로 돌아가게 되었', '후쿠오카으로 돌아가기로', '후쿠오카으로 이사하게', '후쿠오카으로 이사 가게', '후쿠오카으로 가게 됐', '후쿠오카으로 가게 되었', '베트남로 돌아가게 됐', '베트남로 돌아가게 되었', '베트남로 돌아가기로', '베트남로 이사하게', '베트남로 이사 가게', '베트남로 가게 됐', '베트남로 가게 되었', '베트남으로 돌아가게 됐', '베트남으로 돌아가게 되었', '베트남으로 돌아가기로', '베트남으로 이사하게', '베트남으로 이사 가게', '베트남으로 가게 됐', '베트남으로 가게 되었', '필리핀로 돌아가게 됐', '필리핀로 돌아가게 되었', '필리핀로 돌아가기로', '필리핀로 이사하게', '필리핀로 이사 가게', '필리핀로 가게 됐', '필리핀로 가게 되었', '필리핀으로 돌아가게 됐', '필리핀으로 돌아가게 되었', '필리핀으로 돌아가기로', '필리핀으로 이사하게', '필리핀으로 이사 가게', '필리핀으로 가게 됐', '필리핀으로 가게 되었', '중국로 돌아가게 됐', '중국로 돌아가게 되었', '중국로 돌아가기로', '중국로 이사하게', '중국로 이사 가게', '중국로 가게 됐', '중국로 가게 되었', '중국으로 돌아가게 됐', '중국으로 돌아가게 되었', '중국으로 돌아가기로', '중국으로 이사하게', '중국으로 이사 가게', '중국으로 가게 됐', '중국으로 가게 되었', '미국로 돌아가게 됐', '미국로 돌아가게 되었', '미국로 돌아가기로', '미국로 이사하게', '미국로 이사 가게', '미국로 가게 됐', '미국로 가게 되었', '미국으로 돌아가게 됐', '미국으로 돌아가게 되었', '미국으로 돌아가기로', '미국으로 이사하게', '미국으로 이사 가게', '미국으로 가게 됐', '미국으로 가게 되었'],
  vi: ['chuyển công tác', 'điều chuyển công tác', 'thuyên chuyển', 'hết hợp đồng', 'hợp đồng kết thúc', 'hợp đồng đã kết thúc', 'hết hạn hợp đồng', 'mãn hạn hợp đồng', 'mãn hạn thực tập', 'hết thời gian thực tập', 'hết hạn thực tập', 'kết thúc thực tập', 'du học xong', 'chuyển lên tokyo', 'chuyển lên osaka', 'chuyển lên nagoya', 'chuyển đến tokyo', 'chuyển đến osaka', 'chuyển đến nagoya', 'chuyển đến fukuoka', 'chuyển đến sapporo', 'chuyển đến kyoto', 'chuyển đến kobe', 'chuyển đến yokohama', 'chuyển về tokyo', 'chuyển về osaka', 'chuyển về nagoya', 'chuyển về fukuoka', 'chuyển về hà nội', 'chuyển về sài gòn', 'tôi sẽ về nước', 'tôi sắp về nước', 'tôi chuẩn bị về nước', 'tôi sẽ về việt nam', 'tôi sắp về việt nam', 'tôi chuẩn bị về việt nam', 'em sẽ về nước', 'em sắp về nước', 'em chuẩn bị về nước', 'em sẽ về việt nam', 'em sắp về việt nam', 'em chuẩn bị về việt nam', 'mình sẽ về nước', 'mình sắp về nước', 'mình chuẩn bị về nước', 'mình sẽ về việt nam', 'mình sắp về việt nam', 'mình chuẩn bị về việt nam', 'chúng tôi sẽ về nước', 'chúng tôi sắp về nước', 'chúng tôi chuẩn bị về nước', 'chúng tôi sẽ về việt nam', 'chúng tôi sắp về việt nam', 'chúng tôi chuẩn bị về việt nam', 'gia đình em sẽ về nước', 'gia đình em sắp về nước', 'gia đình em chuẩn bị về nước', 'gia đình em sẽ về việt nam', 'gia đình em sắp về việt nam', 'gia đình em chuẩn bị về việt nam', 'gia đình tôi sẽ về nước', 'gia đình tôi sắp về nước', 'gia đình tôi chuẩn bị về nước', 'gia đình tôi sẽ về việt nam', 'gia đình tôi sắp về việt nam', 'gia đình tôi chuẩn bị về việt nam'],
  ne: ['contract सकियो', 'contract sakiyo', 'contract sakio', 'contract sakincha', 'contract sakinchha', 'contract सकिन्छ', 'करार सकियो', 'करार समाप्त', 'सम्झौता सकियो', 'सम्झौता समाप्त', 'नेपाल फर्किँदै', 'नेपाल फर्कँदै', 'नेपाल फर्किन्छु', 'नेपाल फर्किने', 'नेपाल फर्कने', 'नेपाल फर्कदै', 'nepal pharkidai', 'nepal farkinchu', 'nepal pharkinchu', 'nepal farkine', 'nepal pharkine', 'सरुवा भयो', 'सरुवा भएर', 'saruwa bhayo', 'transfer भयो', 'transfer bhayo', 'tokyo sardai', 'osaka sardai', 'स्वदेश फर्किँदै', 'स्वदेश फर्कँदै', 'swadesh farkidai', 'swadesh pharkidai'],
  tl: ['tapos na...contract', 'tapos na...kontrata', 'natapos na...contract', 'natapos na...kontrata', 'natapos ang contract', 'natapos ang kontrata', 'end of contract', 'tapos na ang internship', 'tapos na ang training ko', 'na transfer ako', 'natransfer ako', 'ililipat ako', 'inilipat ako ng kompanya', 'babalik na...sa pilipinas', 'babalik na...sa pinas', 'uuwi na...sa pilipinas', 'uuwi na...sa pinas', 'babalik...sa pilipinas', 'uuwi...sa pilipinas', 'uuwi...sa pinas', 'lilipat ako sa tokyo', 'lilipat ako sa osaka', 'lilipat ako sa nagoya', 'lilipat ako sa fukuoka', 'lilipat ako sa manila', 'lilipat kami sa tokyo', 'lilipat kami sa osaka', 'lilipat kami sa nagoya', 'lilipat kami sa fukuoka', 'lilipat kami sa manila'],
  pt: ['fui transferido', 'fui transferida', 'vou ser transferido', 'vou ser transferida', 'transferência de trabalho', 'transferido para', 'transferida para', 'meu contrato acabou', 'meu contrato terminou', 'meu contrato vai acabar', 'meu contrato vai terminar', 'contrato acabou', 'contrato terminou', 'fim do contrato', 'fim de contrato', 'término do contrato', 'volto pro brasil', 'volto para o brasil', 'vou voltar pro brasil', 'mudar pra tóquio', 'mudar pra osaka', 'mudar pra nagoia', 'mudar pra nagoya', 'mudar pra hamamatsu', 'mudar pra toyota', 'mudar pra fukuoka', 'mudar pra gunma', 'mudar pra shizuoka', 'mudar pra aichi', 'mudar pra são paulo', 'mudar pra portugal', 'mudar para tóquio', 'mudar para osaka', 'mudar para nagoia', 'mudar para nagoya', 'mudar para hamamatsu', 'mudar para toyota', 'mudar para fukuoka', 'mudar para gunma', 'mudar para shizuoka', 'mudar para aichi', 'mudar para são paulo', 'mudar para portugal', 'mudando pra tóquio', 'mudando pra osaka', 'mudando pra nagoia', 'mudando pra nagoya', 'mudando pra hamamatsu', 'mudando pra toyota', 'mudando pra fukuoka', 'mudando pra gunma', 'mudando pra shizuoka', 'mudando pra aichi', 'mudando pra são paulo', 'mudando pra portugal', 'mudando para tóquio', 'mudando para osaka', 'mudando para nagoia', 'mudando para nagoya', 'mudando para hamamatsu', 'mudando para toyota', 'mudando para fukuoka', 'mudando para gunma', 'mudando para shizuoka', 'mudando para aichi', 'mudando para são paulo', 'mudando para portugal', 'vou me mudar pra tóquio', 'vou me mudar pra osaka', 'vou me mudar pra nagoia', 'vou me mudar pra nagoya', 'vou me mudar pra hamamatsu', 'vou me mudar pra toyota', 'vou me mudar pra fukuoka', 'vou me mudar pra gunma', 'vou me mudar pra shizuoka', 'vou me mudar pra aichi', 'vou me mudar pra são paulo', 'vou me mudar pra portugal', 'vou me mudar para tóquio', 'vou me mudar para osaka', 'vou me mudar para nagoia', 'vou me mudar para nagoya', 'vou me mudar para hamamatsu', 'vou me mudar para toyota', 'vou me mudar para fukuoka', 'vou me mudar para gunma', 'vou me mudar para shizuoka', 'vou me mudar para aichi', 'vou me mudar para são paulo', 'vou me mudar para portugal', 'vou voltar para o brasil', 'estou voltando pro brasil', 'tô voltando pro brasil', 'to voltando pro brasil', 'estou voltando para o brasil', 'vou voltar pro peru', 'vamos voltar pro peru'],
  id: ['dipindahtugaskan', 'pindah tugas', 'mutasi kerja', 'dimutasi', 'kontrak saya habis', 'kontrak saya selesai', 'kontrakku habis', 'kontrakku selesai', 'kontrak kerja habis', 'kontrak kerja selesai', 'kontraknya habis', 'kontraknya selesai', 'kontrak sudah habis', 'kontrak sudah selesai', 'kontrak udah habis', 'kontrak udah selesai', 'masa magang selesai', 'magang saya selesai', 'magangnya selesai', 'pindah ke tokyo', 'pindah ke osaka', 'pindah ke nagoya', 'pindah ke fukuoka', 'pindah ke sapporo', 'pindah ke kyoto', 'pindah ke kobe', 'pindah ke yokohama', 'pindah ke jakarta', 'pindah ke surabaya', 'saya akan pulang ke indonesia', 'saya akan pulang ke tanah air', 'saya mau pulang ke indonesia', 'saya mau pulang ke tanah air', 'saya pulang ke indonesia', 'saya pulang ke tanah air', 'saya akan kembali ke indonesia', 'saya akan kembali ke tanah air', 'saya balik ke indonesia', 'saya balik ke tanah air', 'aku akan pulang ke indonesia', 'aku akan pulang ke tanah air', 'aku mau pulang ke indonesia', 'aku mau pulang ke tanah air', 'aku pulang ke indonesia', 'aku pulang ke tanah air', 'aku akan kembali ke indonesia', 'aku akan kembali ke tanah air', 'aku balik ke indonesia', 'aku balik ke tanah air', 'kami akan pulang ke indonesia', 'kami akan pulang ke tanah air', 'kami mau pulang ke indonesia', 'kami mau pulang ke tanah air', 'kami pulang ke indonesia', 'kami pulang ke tanah air', 'kami akan kembali ke indonesia', 'kami akan kembali ke tanah air', 'kami balik ke indonesia', 'kami balik ke tanah air'],
};

/** Thanks and goodbyes a case closes with, which a reason for leaving beside them makes no farewell. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GOODBYE: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['今までお世話にな', 'いままでおせわにな', 'これまでお世話にな', 'これまでおせわにな', '長い間お世話にな', 'ながいあいだおせわにな', 'お世話になりました', 'おせわになりました', '今までありがとう', 'いままでありがとう', 'これまでありがとう', 'さようなら', 'さよなら'],
  en: ['thank you for everything', 'thanks for everything', 'thank you for all', 'thanks for all', 'this is goodbye', 'say goodbye', 'goodbye', 'farewell'],
  zh: ['谢谢大家', '感谢大家', '谢谢你们', '感谢你们', '谢谢这段时间', '感谢这段时间', '这段时间的照顾', '再见了', '告别'],
  ko: ['그동안 감사', '그동안 고마', '감사했습니다', '감사했어요', '고마웠어요', '고마웠습니다', '안녕히 계세요', '작별 인사'],
  vi: ['cảm ơn', 'cám ơn', 'tạm biệt', 'chào tạm biệt'],
  ne: ['सबैलाई धन्यवाद', 'धन्यवाद सबैलाई', 'धन्यवाद', 'नमस्ते', 'sabai lai dhanyabad', 'dhanyabad sabai', 'dhanyabad', 'dhanyavad', 'dhanyawad', 'namaste'],
  tl: ['salamat po sa lahat', 'salamat sa lahat', 'maraming salamat', 'thank you po sa lahat', 'thank you sa lahat', 'paalam', 'ingat po kayo', 'ingat kayo'],
  pt: ['obrigada por tudo', 'obrigado por tudo', 'obrigada por toda', 'obrigado por toda', 'muito obrigada', 'muito obrigado', 'adeus', 'tchau'],
  id: ['terima kasih atas semua', 'terima kasih untuk semua', 'terima kasih banyak', 'makasih banyak', 'terima kasih', 'selamat tinggal', 'sampai jumpa'],
};

/** Abuse, violence or suicide named as a subject: child abuse, abuse prevention, suicide prevention, signs of abuse. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TOPIC: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['児童虐待', 'じどうぎゃくたい', '子どもの虐待', '子供の虐待', 'こどものぎゃくたい', '児童の虐待', '高齢者の虐待', 'こうれいしゃのぎゃくたい', 'お年寄りの虐待', 'おとしよりのぎゃくたい', '高齢者虐待', 'こうれいしゃぎゃくたい', '老人虐待', '障害者虐待', '虐待防止', 'ぎゃくたいぼうし', '虐待予防', '虐待の通告', '虐待通告', '虐待対応', '虐待の事例', '虐待事例', '虐待について', 'ぎゃくたいについて', '虐待に関する', '虐待のサイン', '虐待の早期発見', '虐待の', 'ぎゃくたいの', 'dv対応', 'dvについて', 'dv防止', 'dvの事例', '家庭内暴力について', '暴力防止', '自殺予防', '自殺対策', 'じさつよぼう', '自死予防', 'ゲートキーパー', '自殺についての', '自殺に関する', '自殺をテーマ', '自殺の研究', '自殺問題', '自死について', '自傷について', '虐待をテーマ', 'いじめについて', '暴力について', 'dvをテーマ', 'じさつをふせ', '自殺を防', '自殺をふせ', '自死を防', '虐待を防', 'ぎゃくたいをふせ', '虐待に気づ', 'ぎゃくたいにきづ', '虐待に気付', '虐待の通報', 'ぎゃくたいのつうほう', '虐待の兆候', '虐待を発見', 'ぎゃくたいをはっけん', '虐待の疑い', 'じさつについて', 'ぼうりょくについて', 'いじめ防止', 'セルフネグレクト', 'ネグレクトについて'],
  en: ['child abuse', 'elder abuse', 'abuse cases', 'abuse case', 'abuse prevention', 'preventing abuse', 'abuse and neglect', 'abuse and dv', 'abuse and domestic violence', 'abuse and violence', 'domestic violence cases', 'dv cases', 'violence cases', 'signs of abuse', 'about abuse', 'on abuse', 'safeguarding', 'maltreatment', 'suicide prevention', 'suicide risk', 'self harm awareness', 'violence against women', 'violence against children', 'suicide awareness', 'self harm prevention', 'violence prevention', 'on domestic violence', 'gatekeeper', 'mental health first aid', 'self neglect', 'signs of neglect', 'elder neglect', 'child neglect', 'spotting abuse', 'recognising abuse', 'recognizing abuse', 'reporting abuse', 'abuse awareness', 'domestic violence awareness', 'suicide and self harm', 'about suicide'],
  zh: ['虐待老人', '虐待儿童', '儿童虐待', '老人虐待', '高龄者虐待', '高龄者的虐待', '防止虐待', '预防虐待', '虐待防止', '虐待个案', '虐待案例', '虐待案件', '虐待的迹象', '虐待的征兆', '关于虐待', '有关虐待', '虐待问题', '家暴个案', '家暴案例', '家暴案件', '家庭暴力个案', '防治家暴', '家暴防治', '自杀预防', '预防自杀', '防止自杀', '自杀问题', '自杀防治', '防治自杀', '自杀研究', '自杀议题', '自杀主题', '自杀题材', '守门人', '关于家暴', '家暴议题', '自伤防治', '虐待的徵兆', '虐待的跡象', '被家人虐待的', '虐待的信号', '认识虐待', '识别虐待', '察觉虐待', '发现虐待', '防止家暴', '预防家暴', '关于自杀', '防止自伤'],
  ko: ['노인 학대', '노인학대', '아동 학대', '아동학대', '장애인 학대', '학대 방지', '학대방지', '학대 예방', '학대예방', '학대 사례', '학대 신고', '학대 징후', '학대에 관한', '학대에 대한', '학대 관련', '가정폭력 사례', '가정폭력 예방', '가정폭력에 관한', '가정폭력 관련', '자살 예방', '자살예방', '자살에 관한', '자살 관련', '자살 문제', '자살 방지', '생명지킴이', '게이트키퍼', '자해 예방', '학대의 징후', '학대를 발견', '학대를 예방', '학대 예방법', '자살을 예방', '자살을 막', '폭력 예방', '폭력에 대한', '자해에 대한', '방임 징후'],
  vi: ['ngược đãi người cao tuổi', 'ngược đãi người già', 'ngược đãi trẻ em', 'bạo hành trẻ em', 'bạo hành người già', 'xâm hại trẻ em', 'dấu hiệu ngược đãi', 'dấu hiệu bạo hành', 'phòng chống ngược đãi', 'phòng chống bạo hành', 'phòng chống bạo lực', 'các vụ ngược đãi', 'các vụ bạo hành', 'trường hợp ngược đãi', 'trường hợp bạo hành', 'về ngược đãi', 'về bạo hành', 'về bạo lực gia đình', 'phòng chống tự tử', 'ngăn ngừa tự tử', 'đề tài tự sát', 'đề tài tự tử', 'chủ đề tự sát', 'chủ đề tự tử', 'vấn đề tự tử', 'vấn đề tự sát', 'tự sát trong văn học', 'tự tử trong văn học', 'phòng chống tự sát', 'đề tài bạo hành', 'đề tài ngược đãi', 'người gác cổng', 'dấu hiệu bị bạo hành', 'dấu hiệu bị ngược đãi', 'nhận biết bạo hành', 'nhận biết ngược đãi', 'phát hiện bạo hành', 'phát hiện ngược đãi', 'về tự tử', 'về tự sát', 'ngăn chặn bạo hành', 'bạo lực gia đình là gì'],
  ne: ['बाल दुर्व्यवहार', 'दुर्व्यवहार रोकथाम', 'दुर्व्यवहारबारे', 'दुर्व्यवहारको बारेमा', 'घरेलु हिंसा रोकथाम', 'घरेलु हिंसाबारे', 'हिंसा रोकथाम', 'हिंसाबारे', 'हिंसाका घटना', 'आत्महत्या रोकथाम', 'bal durvyavahar', 'durvyavahar bare', 'durvyavahar rokthaam', 'gharelu hinsa bare', 'hinsa rokthaam', 'hinsa bare', 'आत्महत्या सम्बन्धी', 'atmahatya rokthaam', 'atmahatya roktham', 'aatmahatya roktham', 'aatmahatya rokthaam', 'atmahatya rokatham', 'aatmahatya rokatham', 'atmahatya bare', 'aatmahatya bare', 'आत्महत्याबारे', 'आत्महत्याको बारेमा', 'hinsa roktham', 'durvyavahar roktham', 'हिंसा न्यूनीकरण'],
  tl: ['child abuse', 'elder abuse', 'pang aabuso sa bata', 'pang aabuso sa mga bata', 'pang aabuso sa matatanda', 'karahasan sa tahanan', 'karahasan sa bata', 'tungkol sa pang aabuso', 'tungkol sa karahasan', 'tungkol sa abuso', 'kaso ng pang aabuso', 'kaso ng abuso', 'kaso ng karahasan', 'pag iwas sa pang aabuso', 'suicide prevention', 'pag iwas sa pagpapakamatay', 'pag iwas sa karahasan', 'tungkol sa pagpapakamatay', 'palatandaan ng pang aabuso', 'senyales ng pang aabuso', 'palatandaan ng abuso', 'senyales ng abuso', 'kaso ng elder abuse'],
  pt: ['casos de maus tratos', 'maus tratos a idosos', 'maus tratos de idosos', 'maus tratos contra', 'maus tratos infantis', 'sobre maus tratos', 'prevenção de maus tratos', 'abuso infantil', 'abuso contra idosos', 'abuso de idosos', 'violência contra idosos', 'violência contra crianças', 'violência infantil', 'casos de abuso', 'casos de violência', 'sinais de abuso', 'sinais de maus tratos', 'prevenção do suicídio', 'prevenção ao suicídio', 'sobre violência doméstica', 'tema suicídio', 'prevenção de suicídio', 'sobre abuso', 'sobre violência', 'prevenção da violência', 'combate à violência', 'sobre suicídio', 'sobre o suicídio', 'setembro amarelo', 'identificar maus tratos', 'identificar abuso', 'identificar violência', 'sinais de violência'],
  id: ['kekerasan terhadap anak', 'kekerasan pada anak', 'kekerasan terhadap lansia', 'kekerasan pada lansia', 'kasus kekerasan', 'kasus kdrt', 'kasus pelecehan', 'kasus penganiayaan', 'pencegahan kekerasan', 'pencegahan kdrt', 'pencegahan bunuh diri', 'penelantaran anak', 'tentang kekerasan', 'tentang kdrt', 'tanda tanda kekerasan', 'topik bunuh diri', 'tema bunuh diri', 'pencegahan penganiayaan', 'tentang bunuh diri', 'mencegah bunuh diri', 'mencegah kekerasan', 'mengenali kekerasan', 'tanda kekerasan', 'ciri ciri kekerasan'],
};

/** A study, a training, a class, an assignment, an exam, a report, a talk or a drill, and the programmes people organise. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const STUDY: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['研修', 'けんしゅう', '講座', 'こうざ', '講習', 'こうしゅう', '講義', 'こうぎ', '授業', 'じゅぎょう', '勉強', 'べんきょう', '試験', 'しけん', '教材', 'きょうざい', 'テキスト', 'レポート', '論文', '課題', '実習', 'じっしゅう', 'セミナー', '学習', '養成', '資料', 'しりょう', '学ん', 'まなん', '習っ', 'ならっ', '通訳', 'つうやく', 'ゼミ', 'ぜみ', '発表', 'はっぴょう', '卒論', 'そつろん', '卒業論文', '研究', 'けんきゅう', 'プレゼン', 'ワークショップ', '講演', 'こうえん', '課程', '資格', 'ボランティア', 'ぼらんてぃあ', '宿題', 'しゅくだい', '調べて', 'しらべて', '調べる', 'しらべる', '訓練', 'くんれん', '実演', 'じつえん', 'ロールプレイ', '勉強会', 'べんきょうかい', '講演会', '説明会', '出前講座', '啓発', 'けいはつ', 'キャンペーン', '問題集', '練習問題', '設問', '出題', 'しゅつだい', 'テスト', '演習', 'えんしゅう', '模擬', 'もぎ', 'マニュアル'],
  en: ['training', 'trainings', 'course', 'courses', 'class', 'classes', 'module', 'modules', 'exam', 'exams', 'workshop', 'seminar', 'lecture', 'lectures', 'studying', 'we studied', 'we study', 'textbook', 'materials', 'assignment', 'homework', 'essay', 'thesis', 'case study', 'case studies', 'interpreting for', 'interpreter', 'certification', 'certificate', 'curriculum', 'nursing school', 'social work degree', 'presentation', 'report', 'research', 'paper', 'dissertation', 'project', 'volunteer', 'programme', 'program', 'lesson', 'session', 'sessions', 'drill', 'drills', 'quiz', 'test question', 'exam question', 'practice question', 'question in my', 'role play', 'roleplay', 'simulation', 'come and speak', 'come and talk', 'give a talk', 'a talk on', 'speaker', 'awareness event', 'awareness campaign', 'campaign', 'study', 'coursework', 'handout', 'leaflet'],
  zh: ['研修', '培训', '讲座', '课程', '上课', '课上', '考试', '资料', '教材', '报告', '作业', '论文', '口译', '翻译', '学习', '学了', '实习', '研讨会', '进修', '受训', '研究', '发表', '讲习', '志工', '志愿者', '专题', '简报', '功课', '题目', '考题', '习题', '演练', '训练', '模拟', '教大家', '宣导', '宣传', '办一个', '活动', '防灾'],
  ko: ['연수', '교육', '강의', '수업', '강좌', '시험', '자료', '보고서', '리포트', '과제', '공부', '통역', '세미나', '워크숍', '실습', '자격증', '과정', '발표', '논문', '연구', '봉사자', '양성', '숙제', '시험 문제', '문제에서', '훈련', '모의', '역할극', '행사', '캠페인', '프로그램', '설명회', '강연', '교육 자료'],
  vi: ['khóa học', 'khoá học', 'khóa đào tạo', 'đào tạo', 'tập huấn', 'học về', 'bài học', 'lớp học', 'bài giảng', 'kỳ thi', 'thi chứng chỉ', 'giáo trình', 'tài liệu', 'báo cáo', 'phiên dịch', 'thông dịch', 'nghiên cứu', 'hội thảo', 'bài tập', 'luận văn', 'luận án', 'khóa luận', 'thuyết trình', 'tiểu luận', 'seminar', 'tình nguyện viên', 'đề bài', 'câu hỏi', 'bài kiểm tra', 'đề thi', 'học lớp', 'lớp kaigo', 'diễn tập', 'mô phỏng', 'chương trình', 'buổi nói chuyện', 'sự kiện', 'tuyên truyền'],
  ne: ['तालिम', 'कक्षा', 'कोर्स', 'पाठ्यक्रम', 'परीक्षा', 'सामग्री', 'रिपोर्ट', 'अध्ययन', 'पढ्यौं', 'सिक्यौं', 'सेमिनार', 'दोभाषे', 'talim', 'taalim', 'course', 'class', 'pariksha', 'training', 'seminar', 'शोधपत्र', 'अनुसन्धान', 'प्रस्तुति', 'thesis', 'research', 'presentation', 'program', 'karyakram', 'कार्यक्रम', 'sachetana', 'सचेतना', 'जनचेतना', 'awareness', 'गृहकार्य', 'homework', 'assignment', 'prashna', 'प्रश्न', 'project', 'प्रोजेक्ट', 'परियोजना', 'kakshya', 'class ko'],
  tl: ['pagsasanay', 'training', 'seminar', 'kurso', 'klase', 'exam', 'pagsusulit', 'module', 'report', 'pinag aralan', 'pinagaralan', 'lesson', 'leksyon', 'interpreter', 'thesis', 'research', 'pananaliksik', 'presentation', 'ulat', 'volunteer', 'assignment', 'takdang aralin', 'homework', 'quiz', 'nag aaral ako', 'nag aaral kami', 'drill', 'programa', 'program', 'orientation', 'tanong sa exam', 'case study'],
  pt: ['curso', 'treinamento', 'capacitação', 'aula', 'aulas', 'prova', 'estudamos', 'estudando', 'apostila', 'material', 'palestra', 'seminário', 'faculdade', 'trabalho sobre', 'relatório', 'formação', 'intérprete', 'disciplina', 'módulo', 'tcc', 'tese', 'dissertação', 'apresentação', 'pesquisa', 'voluntário', 'voluntária', 'trabalho da faculdade', 'trabalho de escola', 'trabalho da escola', 'lição de casa', 'dever de casa', 'tarefa', 'questão', 'exercício', 'simulado', 'simulação', 'projeto', 'evento', 'roda de conversa', 'campanha', 'estudo de caso'],
  id: ['pelatihan', 'kursus', 'kuliah', 'kelas', 'tugas', 'laporan kasus', 'ujian', 'materi', 'seminar', 'studi kasus', 'penelitian', 'skripsi', 'makalah', 'modul', 'penerjemah', 'juru bahasa', 'workshop', 'presentasi', 'tesis', 'riset', 'relawan', 'soal', 'ditanya', 'pertanyaan', 'pekerjaan rumah', 'latihan', 'simulasi', 'program', 'acara', 'sosialisasi', 'penyuluhan', 'belajar'],
};

/** A disclaimer that makes the whole message hypothetical: not a real case, 「仮の話です」, asked for an exam, just for info. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HYPOTHETICAL: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['実際の事案ではありません', '実際の事案ではない', '実際の事例ではありません', '実際の事例ではない', '実際の話ではありません', '実際の話ではない', '実際のケースではありません', '実際のケースではない', '実際にあったことではありません', '実際に起きたことではありません', '実話ではありません', '本当の話ではありません', 'ほんとうのはなしではありません', 'じっさいのはなしではありません', 'じっさいのことではありません', '仮の話', 'かりのはなし', '仮定の話', 'かていのはなし', '架空の', 'かくうの', 'たとえ話', 'たとえばなし', '試験のため', 'しけんのため', '試験対策', '勉強のため', 'べんきょうのため'],
  en: ['not a real case', 'not a real situation', 'not a real person', 'not an actual case', 'not a real life', 'not real life', 'its hypothetical', 'it is hypothetical', 'hypothetically', 'hypothetical question', 'hypothetical case', 'hypothetical scenario', 'hypothetical situation', 'purely hypothetical', 'just hypothetical', 'asking for an exam', 'asking for my exam', 'asking for a class', 'asking for my class', 'for an exam', 'for my exam', 'for my studies', 'for a quiz', 'just for info', 'just for information', 'for information only', 'for info only', 'for reference only', 'just for reference', 'made up scenario', 'fictional scenario', 'fictional case'],
  zh: ['不是真实案例', '不是真实的案例', '不是真实个案', '不是真实的个案', '不是真实的事', '不是真的发生', '并非真实', '非真实案例', '假设的问题', '假设性的问题', '只是假设', '假设情况', '仅供参考', '只是想了解一下', '为了考试', '考试要用', '只是作业', '是作业题'],
  ko: ['실제 사례가 아니', '실제 사례는 아니', '실제 상황이 아니', '실제 상황은 아니', '실제 있는 일이 아니', '실제 일이 아니', '실제 일은 아니', '가상의 상황', '가상 상황', '가상의 사례', '가상 사례', '시험 때문에', '시험 공부', '과제라서', '과제 때문에', '참고로만', '참고용'],
  vi: ['không phải trường hợp thật', 'không phải chuyện thật', 'không phải việc thật', 'không phải tình huống thật', 'không phải trường hợp có thật', 'chỉ là giả định', 'tình huống giả định', 'trường hợp giả định', 'giả sử thôi', 'chỉ để tham khảo', 'để tham khảo thôi', 'để thi', 'cho bài thi', 'cho kỳ thi', 'cho bài tập'],
  ne: ['info ko lagi matra', 'info ko lagi matrai', 'jankari ko lagi matra', 'jankari ko lagi matrai', 'जानकारीको लागि मात्र', 'जानकारीका लागि मात्र', 'वास्तविक घटना होइन', 'sachai ko ghatana hoina', 'vastavik ghatana hoina', 'काल्पनिक', 'kalpanik', 'pariksha ko lagi', 'परीक्षाको लागि', 'just for info'],
  tl: ['hindi totoong kaso', 'hindi ito totoong kaso', 'hindi totoong nangyari', 'hindi ito totoo', 'hypothetical lang', 'halimbawa lang', 'para sa exam', 'para sa assignment', 'para sa klase', 'for info lang', 'para lang malaman', 'just for info'],
  pt: ['não é um caso real', 'não é caso real', 'não é uma situação real', 'não é real', 'é hipotético', 'é uma pergunta hipotética', 'hipoteticamente', 'caso hipotético', 'situação hipotética', 'pergunta hipotética', 'para a prova', 'pra prova', 'para um trabalho', 'só para informação', 'apenas para informação', 'a título de informação', 'só pra informação'],
  id: ['bukan kasus nyata', 'bukan kejadian nyata', 'bukan kisah nyata', 'bukan kasus sebenarnya', 'bukan kasus beneran', 'hanya hipotesis', 'hipotetis', 'untuk ujian', 'buat ujian', 'untuk tugas', 'buat tugas', 'sekadar info', 'hanya untuk informasi', 'cuma untuk info'],
};

/** The danger words a case to recognise or a scenario is told with (abuse, a blow, a collapse, suicide): never a wish to die. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CASE_DANGER: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['殴', 'なぐ', '叩', 'たた', '蹴', '虐待', 'ぎゃくたい', '暴力', 'ぼうりょく', 'あざ', '倒れ', 'たおれ', '意識', 'いしき', '息をし', 'いきをし', '呼吸', 'こきゅう', 'けいれん', '痙攣', '放置', 'ネグレクト', '閉じ込め', 'とじこめ', '首を絞', 'くびをし', '自殺', 'じさつ', '自死', '自傷'],
  en: ['abuse', 'abused', 'abusing', 'hit', 'hits', 'hitting', 'beaten', 'beating', 'hurt', 'hurting', 'harmed', 'neglect', 'neglected', 'bruise', 'bruises', 'bruising', 'violence', 'violent', 'collapsed', 'collapses', 'collapsing', 'unconscious', 'unresponsive', 'not breathing', 'stopped breathing', 'seizure', 'choking', 'overdose', 'suicide', 'self harm', 'strangled', 'locked in', 'locked up'],
  zh: ['虐待', '殴打', '被打', '打人', '打老人', '打孩子', '家暴', '暴力', '伤痕', '淤青', '瘀青', '倒下', '晕倒', '昏倒', '昏迷', '没有意识', '失去意识', '不呼吸', '没有呼吸', '抽搐', '自杀', '自残', '忽视', '被关'],
  ko: ['학대', '폭행', '폭력', '때리', '때린', '맞는', '맞고', '멍', '쓰러', '의식', '숨을 안', '숨을 쉬지', '호흡', '경련', '자살', '자해', '방임', '가두', '갇혀'],
  vi: ['bạo hành', 'ngược đãi', 'đánh đập', 'bị đánh', 'đánh', 'bạo lực', 'vết bầm', 'bầm tím', 'ngất', 'bất tỉnh', 'ngừng thở', 'không thở', 'co giật', 'tự tử', 'tự sát', 'tự hại', 'bỏ bê', 'xâm hại', 'nhốt'],
  ne: ['हिंसा', 'दुर्व्यवहार', 'कुट', 'पिट', 'आत्महत्या', 'बेहोस', 'सास फेर्न', 'नीलो दाग', 'hinsa', 'durvyavahar', 'durbyabahar', 'kut', 'pit', 'atmahatya', 'aatmahatya', 'behosh', 'behos', 'nilo daag'],
  tl: ['sinasaktan', 'sinaktan', 'saktan', 'binubugbog', 'binugbog', 'inaabuso', 'inabuso', 'pang aabuso', 'abuso', 'karahasan', 'pasa', 'hinimatay', 'nawalan ng malay', 'hindi humihinga', 'nagpakamatay', 'pagpapakamatay', 'pinapabayaan', 'kinukulong'],
  pt: ['maus tratos', 'abuso', 'agressão', 'agredid', 'apanha', 'apanhando', 'bate', 'batendo', 'espancad', 'violência', 'hematoma', 'roxo', 'desmai', 'inconsciente', 'não respira', 'parou de respirar', 'convuls', 'suicídio', 'negligência', 'trancad'],
  id: ['kekerasan', 'dipukul', 'pukul', 'memukul', 'dianiaya', 'penganiayaan', 'disiksa', 'memar', 'lebam', 'ditelantarkan', 'penelantaran', 'pingsan', 'tidak sadar', 'tak sadarkan', 'tidak bernapas', 'kejang', 'bunuh diri', 'dikurung', 'kdrt'],
};

/** Cues before them that make them a case to recognise or an example: "if you notice", 「例えば」, «khi phát hiện», "kalau melihat". */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CASE_BEFORE: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['例えば', 'たとえば', '例として', 'れいとして', 'もし誰かが', 'もしだれかが', '仮に', 'かりに'],
  en: ['if you notice', 'if you see', 'if you find', 'if you suspect', 'if someone', 'if a client', 'if a resident', 'if an elderly', 'if an older', 'if a patient', 'when you notice', 'when you find', 'when you suspect', 'what should you do if', 'what would you do if', 'how to respond if', 'how to respond to', 'for example', 'for instance', 'suppose', 'signs of', 'spotting', 'recognising', 'recognizing', 'identifying'],
  zh: ['如果发现', '要是发现', '如果看到有', '比如', '例如', '假如有人', '假设有人', '认识', '识别', '辨别', '察觉'],
  ko: ['예를 들어', '예를 들면', '가령', '혹시 누가', '누군가가'],
  vi: ['khi phát hiện', 'nếu phát hiện', 'khi nhận thấy', 'nếu nhận thấy', 'khi nghi ngờ', 'nếu nghi ngờ', 'ví dụ', 'chẳng hạn', 'giả sử', 'dấu hiệu', 'nhận biết'],
  ne: ['उदाहरणका लागि', 'उदाहरणको लागि', 'udaharan ko lagi', 'udaharan ka lagi', 'लक्षण', 'lakshan'],
  tl: ['kung may napansin', 'kapag may napansin', 'pag may napansin', 'kung napansin mo', 'kung may nakita kang', 'kapag may nakita kang', 'kung makakita ka', 'halimbawa', 'palatandaan', 'senyales'],
  pt: ['se você perceber', 'se perceber', 'caso perceba', 'se notar', 'caso note', 'se suspeitar', 'caso suspeite', 'ao perceber', 'ao identificar', 'ao notar', 'por exemplo', 'sinais de', 'identificar', 'reconhecer', 'suponha', 'imagine que', 'em caso de', 'no caso de', 'caso alguém', 'caso um', 'caso uma'],
  id: ['kalau melihat', 'jika melihat', 'bila melihat', 'apabila melihat', 'kalau menemukan', 'jika menemukan', 'kalau mendapati', 'jika mendapati', 'kalau curiga', 'jika curiga', 'bila curiga', 'dan curiga', 'misalnya', 'contohnya', 'tanda tanda', 'ciri ciri', 'mengenali'],
};

/** Cues after them: 「…ような事例」「…人を見つけたら」「…という流れ」, 的征兆, 징후, "scenario". */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CASE_AFTER: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['ような事例', 'ようなじれい', 'ような場合', 'ようなばあい', 'ようなケース', 'ような事案', 'ようなじあん', '場合の対応', 'ばあいのたいおう', '場合の通報', 'ばあいのつうほう', 'のを見つけたら', 'のをみつけたら', '人を見つけたら', 'ひとをみつけたら', '人を見かけたら', 'ひとをみかけたら', '人がいたら', 'ひとがいたら', 'に気づいたら', 'にきづいたら', 'に気づいたとき', 'にきづいたとき', 'に気付いたら', 'に気付いたとき', 'を発見したら', 'をはっけんしたら', 'という流れ', 'というながれ', 'という想定', 'というそうてい', 'という設定', 'というせってい', 'という場面', 'というばめん', 'のサイン', 'の兆候', 'のちょうこう'],
  en: ['case study', 'case studies', 'scenario', 'scenarios', 'role play'],
  zh: ['的征兆', '的徵兆', '的迹象', '的跡象', '的信号', '的案例', '的个案', '的情形', '的场景', '的情景'],
  ko: ['징후', '사례', '정황', '발견하면', '발견했을 때', '발견 시', '목격하면', '알게 되면', '의심되면', '의심될 때', '장면'],
  vi: ['tình huống', 'trường hợp giả định'],
  ne: ['देखेमा', 'भेटेमा', 'थाहा पाएमा', 'को लक्षण', 'का लक्षण', 'dekhema', 'bhetema', 'thaha paema', 'ko lakshan', 'ka lakshan'],
  tl: ['na kaso', 'case study', 'scenario'],
  pt: ['estudo de caso', 'cenário'],
  id: ['studi kasus', 'skenario'],
};

/**
 * A danger as the topic of a study, a training, an assignment, an exam, a report, a talk or a drill, or of a
 * message said to be hypothetical: the subject's words (`TOPIC`), or a danger told as a case to recognise or an
 * example (`CASE_BEFORE`/`CASE_AFTER` with `CASE_DANGER` in one run of words), within two sentence breaks of
 * the study's words or the disclaimer (`STUDY`, `HYPOTHETICAL`), either first.
 */
const studied = (l: ConceptLanguage, reach: number): IdiomPair[] =>
  eitherWay(
    [...STUDY[l], ...HYPOTHETICAL[l]],
    [
      ...TOPIC[l],
      ...cross(CASE_BEFORE[l], CASE_DANGER[l], '...'),
      ...cross(CASE_DANGER[l], CASE_AFTER[l], '...'),
    ],
    reach,
    2,
  );

/** Danger words learners meet as vocabulary in Japanese: nouns only, never a threat or a wish said to someone. */
// biome-ignore format: the words stay on one line
const KANJI_DANGER = ['虐待', '児童虐待', '自殺', '自死', '暴力', '家庭内暴力', '暴行', '殺人', '自傷', '心肺停止', '窒息', '意識不明', 'ネグレクト', 'dv'];
/** The danger nouns of each language that a word list, a kanji drill or a sentence to translate holds (and the Japanese ones above). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const VOCAB_DANGER: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: [...KANJI_DANGER, 'ぎゃくたい', 'じさつ', 'じし', 'ぼうりょく', 'かていないぼうりょく', 'ぼうこう', 'さつじん', 'じしょう', 'しんぱいていし', 'ちっそく', 'いしきふめい', 'でぃーぶい'],
  en: [...KANJI_DANGER, 'abuse', 'child abuse', 'suicide', 'violence', 'domestic violence', 'domestic abuse', 'neglect', 'self harm', 'assault', 'murder', 'cardiac arrest', 'suffocation', 'unconscious'],
  zh: [...KANJI_DANGER, '虐待', '自杀', '暴力', '家暴', '家庭暴力', '自残', '杀人', '心脏骤停', '窒息', '昏迷'],
  ko: [...KANJI_DANGER, '학대', '아동학대', '자살', '폭력', '가정폭력', '자해', '방임', '살인', '폭행', '심정지', '질식'],
  vi: [...KANJI_DANGER, 'ngược đãi', 'bạo hành', 'bạo lực', 'bạo lực gia đình', 'tự tử', 'tự sát', 'tự hại', 'bỏ bê', 'giết người', 'ngừng tim', 'ngạt thở', 'bất tỉnh'],
  ne: [...KANJI_DANGER, 'दुर्व्यवहार', 'आत्महत्या', 'हिंसा', 'घरेलु हिंसा', 'हत्या', 'बेहोस', 'durvyavahar', 'atmahatya', 'aatmahatya', 'hinsa', 'hatya', 'behos'],
  tl: [...KANJI_DANGER, 'pang aabuso', 'abuso', 'pagpapakamatay', 'karahasan', 'pananakit', 'pagpatay', 'suicide', 'abuse', 'violence'],
  pt: [...KANJI_DANGER, 'maus tratos', 'abuso', 'suicídio', 'violência', 'violência doméstica', 'agressão', 'negligência', 'automutilação', 'assassinato', 'parada cardíaca', 'inconsciente'],
  id: [...KANJI_DANGER, 'penganiayaan', 'dianiaya', 'kekerasan', 'kdrt', 'kekerasan dalam rumah tangga', 'bunuh diri', 'penelantaran', 'pembunuhan', 'menyakiti diri', 'pingsan'],
};
/** Said right before a word to learn: "the word", 「単語」, «từ», «a palavra», a sentence to translate. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const VOCAB_BEFORE: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['単語', 'たんご', '漢字', 'かんじ', '言葉', 'ことば', '例文', 'れいぶん'],
  en: ['the word', 'the words', 'the term', 'the kanji', 'kanji for', 'word for', 'translate', 'translating', 'translated', 'translation of', 'meaning of', 'how do you say', 'how do i say', 'how to say', 'how do you read', 'how to read', 'how do you write', 'how to write', 'vocabulary', 'vocab', 'what does'],
  zh: ['单词', '单字', '词语', '生词', '汉字', '翻译', '译成', '这个词', '例句'],
  ko: ['단어', '번역', '한자', '낱말', '예문'],
  vi: ['từ', 'chữ', 'từ vựng', 'kanji', 'nghĩa của'],
  ne: ['शब्द', 'अनुवाद', 'shabda', 'sabda', 'anuvad', 'anubad', 'kanji'],
  tl: ['salitang', 'ang salita', 'salita', 'isalin', 'isinalin', 'pagsasalin', 'translate', 'kahulugan ng', 'ibig sabihin ng', 'kanji'],
  pt: ['a palavra', 'palavra', 'o termo', 'o kanji', 'kanji de', 'traduz', 'traduzir', 'traduzi', 'tradução de', 'significado de', 'como se diz', 'como se fala', 'como se escreve', 'como se lê', 'frase'],
  id: ['kata', 'istilah', 'kanji', 'terjemahkan', 'menerjemahkan', 'terjemahan', 'diterjemahkan', 'arti kata', 'arti', 'kalimat'],
};
/** Said right after a word to learn: 「という言葉」, "means", «nghĩa là gì», 「라는 단어」, «significa». */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const VOCAB_AFTER: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['という言葉', 'ということば', 'という単語', 'というたんご', 'という漢字', 'というかんじ', 'という語', 'って言葉', 'ってことば', 'って単語', 'ってたんご', 'の意味', 'のいみ', 'の読み方', 'のよみかた', 'の書き方', 'のかきかた', 'は英語で', 'はえいごで', 'を英語で', 'をえいごで', 'は何と読', 'はなんとよ', 'を訳', 'をやく', 'を翻訳', 'をほんやく', 'の訳', 'という字'],
  en: ['mean', 'means', 'meaning', 'in english', 'in japanese', 'in kanji', 'is read', 'is written', 'is pronounced', 'translates', 'translated as'],
  zh: ['这个词', '这个单词', '这个字', '这个单字', '这个词语', '一词', '两个词', '的意思', '是什么意思', '什么意思', '怎么读', '怎么念', '怎么翻译', '翻译成', '用日语怎么说', '用中文怎么说', '日语怎么说', '中文是什么', '的读音', '这个汉字', '的日语', '的中文'],
  ko: ['라는 단어', '이라는 단어', '라는 말', '이라는 말', '라는 한자', '단어', '뜻', '의미', '일본어로', '한국어로', '영어로', '읽는 법', '읽는 방법', '번역'],
  vi: ['nghĩa là gì', 'có nghĩa là', 'nghĩa là', 'tiếng nhật là gì', 'tiếng việt là gì', 'đọc là gì', 'đọc thế nào', 'viết thế nào', 'dịch sang', 'dịch thế nào', 'trong tiếng nhật', 'tiếng nhật nghĩa'],
  ne: ['शब्द', 'भन्ने शब्द', 'को अर्थ', 'अर्थ', 'अनुवाद', 'bhanne shabda', 'shabda', 'sabda', 'ko artha', 'artha', 'anuvad', 'anubad'],
  tl: ['ibig sabihin', 'kahulugan', 'sa tagalog', 'sa ingles', 'sa english', 'sa japanese', 'sa hapon', 'sa nihongo'],
  pt: ['significa', 'quer dizer', 'em português', 'em japonês', 'em inglês', 'se lê', 'se escreve'],
  id: ['artinya', 'arti', 'dalam bahasa', 'bahasa jepangnya', 'bahasa indonesianya', 'dibaca', 'ditulis'],
};
/** A sentence to translate, the danger inside it («dịch câu「もし子どもが虐待されていたら…」»). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TRANSLATE: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['を訳す', '訳して', 'やくして', '翻訳', 'ほんやく', '例文', 'れいぶん'],
  en: ['translate', 'translating', 'translated', 'translation', 'example sentence'],
  zh: ['翻译', '译成', '例句', '这句话'],
  ko: ['번역', '예문', '이 문장'],
  vi: ['dịch câu', 'dịch là', 'em dịch', 'bản dịch', 'câu ví dụ', 'dịch sang'],
  ne: ['अनुवाद', 'वाक्य', 'anuvad', 'anubad', 'wakya', 'vakya'],
  tl: ['isalin', 'isinalin', 'pagsasalin', 'translate', 'pangungusap'],
  pt: ['traduz', 'traduzir', 'traduzi', 'tradução', 'a frase'],
  id: ['terjemahkan', 'menerjemahkan', 'terjemahan', 'diterjemahkan', 'kalimat'],
};
/** "And" between two words named together. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const AND: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['と', 'や'],
  en: ['and', 'or'],
  zh: ['和', '与', '跟'],
  ko: ['와', '과', '이랑', '랑'],
  vi: ['và', 'hoặc'],
  ne: ['र', 'अनि', 'ra'],
  tl: ['at', 'o'],
  pt: ['e', 'ou'],
  id: ['dan', 'atau'],
};
/** Learning a language, its words, its kanji (the studies of `STUDY` go with them). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LEARNING: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['日本語の授業', 'にほんごのじゅぎょう', '日本語のクラス', 'にほんごのくらす', '日本語教室', 'にほんごきょうしつ', '習いました', 'ならいました', '習った', 'ならった', '覚えました', 'おぼえました', '漢字の', 'かんじの', '単語帳', 'たんごちょう', '翻訳', 'ほんやく', '読み方', 'よみかた'],
  en: ['japanese class', 'japanese lesson', 'language class', 'kanji', 'we learnt', 'we learned', 'i learnt', 'i learned', 'learnt the word', 'learned the word', 'flashcard', 'flashcards', 'translation', 'vocab list', 'word list', 'jlpt'],
  zh: ['日语课', '日文课', '日语班', '学到', '学了', '背单词', '单词表', '翻译', '日语能力考', '汉字'],
  ko: ['일본어 수업', '일본어 교실', '일본어 공부', '배웠어요', '배웠는데', '배웠습니다', '번역', '한자', '단어장', 'jlpt'],
  vi: ['lớp tiếng nhật', 'học tiếng nhật', 'trong lớp', 'mới học', 'em học', 'học được', 'từ vựng', 'bài dịch', 'kanji', 'jlpt'],
  ne: ['भाषा कक्षा', 'जापानी कक्षा', 'सिकियो', 'सिकें', 'सिकेको', 'sikiyo', 'sikeko', 'japani class', 'bhasa class', 'kanji', 'jlpt'],
  tl: ['japanese class', 'klase sa nihongo', 'natutunan', 'natutuhan', 'natuto', 'pinag aralan', 'kanji', 'jlpt'],
  pt: ['aula de japonês', 'curso de japonês', 'aprendi', 'aprendemos', 'estudando japonês', 'kanji', 'jlpt'],
  id: ['kelas bahasa jepang', 'belajar bahasa jepang', 'belajar kata', 'pelajaran', 'kanji', 'jlpt'],
};
/**
 * A danger named as a word to learn (「『虐待』という言葉を習いました」, "the word 自殺", «dịch câu…»): a danger noun
 * with the cue of a word right before or after it, in a learner's message (`LEARNING`, `STUDY`) within two
 * sentence breaks. The word itself is quiet; the danger told beside it in words of its own still alarms.
 */
const learntWord = (l: ConceptLanguage, reach: number, join: string): IdiomPair[] => [
  ...eitherWay(
    [...LEARNING[l], ...STUDY[l]],
    [
      ...cross(VOCAB_BEFORE[l], VOCAB_DANGER[l], join),
      ...cross(VOCAB_DANGER[l], VOCAB_AFTER[l], join),
      ...cross(TRANSLATE[l], VOCAB_DANGER[l], '...'),
    ],
    reach,
    2,
  ),
  // Two words named together: 「虐待」र「自殺」शब्द, "the words abuse and suicide".
  {
    a: cross(VOCAB_DANGER[l], AND[l], join === '...' ? '' : join),
    b: cross(VOCAB_DANGER[l], VOCAB_AFTER[l], join),
    reach: 4,
  },
  {
    a: cross(VOCAB_BEFORE[l], VOCAB_DANGER[l], join),
    b: cross(AND[l], VOCAB_DANGER[l], join === '...' ? ' ' : join),
    reach: 4,
  },
];

/** A collapse, a burn or an injury as the part one plays in a drill: the casualty, the one who fainted. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PLAYED_DANGER: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['倒れた人', 'たおれたひと', '倒れる人', 'たおれるひと', '意識がない人', 'いしきがないひと', '意識のない人', 'いしきのないひと', 'けが人', 'けがにん', '負傷者', 'ふしょうしゃ', '要救助者', '心肺停止', 'やけど', '火傷', '急病人', 'きゅうびょうにん', '患者', 'かんじゃ'],
  en: ['unconscious', 'casualty', 'casualties', 'injured', 'victim', 'collapsed', 'burned', 'burnt', 'patient', 'not breathing', 'fainted'],
  zh: ['昏迷', '伤员', '伤者', '晕倒', '昏倒', '受伤', '烧伤', '病人', '患者', '没有呼吸', '失去意识'],
  ko: ['의식 없는', '의식이 없는', '부상자', '환자', '쓰러진', '화상', '다친'],
  vi: ['bất tỉnh', 'ngất', 'người bị bỏng', 'bị bỏng', 'nạn nhân', 'người bị thương', 'bị thương', 'bệnh nhân', 'ngừng thở'],
  ne: ['बेहोस', 'घाइते', 'पीडित', 'बिरामी', 'behos', 'behosh', 'ghaite', 'pidit', 'birami'],
  tl: ['nawalan ng malay', 'walang malay', 'hinimatay', 'sugatan', 'nasugatan', 'biktima', 'pasyente', 'napaso'],
  pt: ['inconsciente', 'vítima', 'desmaiado', 'desmaiada', 'ferido', 'ferida', 'queimado', 'queimada', 'paciente'],
  id: ['pingsan', 'korban', 'tidak sadar', 'terluka', 'luka bakar', 'pasien'],
};
/** The part played: a role, acting as, pretending (before the casualty). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ROLE_BEFORE: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['役の', 'やくの', '役で', 'やくで'],
  en: ['role of', 'role of the', 'role of an', 'role of a', 'play the', 'playing the', 'played the', 'play an', 'play a', 'pretend to be', 'pretending to be', 'act as', 'acting as', 'be the'],
  zh: ['扮演', '假装', '装作', '角色是'],
  ko: ['역할은', '역을 맡', '역할을 맡'],
  vi: ['đóng vai', 'phân vai', 'vai', 'giả vờ', 'giả làm', 'làm người'],
  ne: ['भूमिका', 'bhumika', 'abhinaya', 'अभिनय'],
  tl: ['gaganap na', 'gumanap na', 'gaganap bilang', 'role na', 'papel na', 'magkunwaring', 'kunwari'],
  pt: ['papel de', 'papel da', 'papel do', 'fazer o papel', 'fingir ser', 'fingindo ser', 'interpretar'],
  id: ['peran', 'berperan', 'berperan sebagai', 'kebagian peran', 'pura pura'],
};
/** The part played, said after the casualty: 「の役」, «역할», "role". */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ROLE_AFTER: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['の役', 'のやく', '役を', 'やくを', '役に', 'やくに', 'のふり', 'ふりをし', 'の人形', 'のにんぎょう', 'という想定', 'というそうてい', '役'],
  en: ['role', 'part'],
  zh: ['的角色', '角色'],
  ko: ['역할', '역을', '역이', '척'],
  vi: ['vai', 'vai diễn'],
  ne: ['को भूमिका', 'भूमिका', 'ko bhumika', 'bhumika'],
  tl: ['role'],
  pt: ['papel'],
  id: ['peran'],
};
/** A drill, a first-aid course or an exercise (with the studies of `STUDY`). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DRILL: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['避難訓練', 'ひなんくんれん', '防災訓練', 'ぼうさいくんれん', '消防訓練', 'しょうぼうくんれん', '救命講習', 'きゅうめいこうしゅう', '訓練', 'くんれん', '講習', 'こうしゅう'],
  en: ['drill', 'fire drill', 'evacuation drill', 'disaster drill', 'first aid', 'cpr', 'training', 'exercise', 'simulation'],
  zh: ['演练', '演习', '消防演练', '防灾演练', '急救培训', '训练', '培训'],
  ko: ['훈련', '소방 훈련', '소방훈련', '대피 훈련', '응급처치 교육', '교육'],
  vi: ['diễn tập', 'tập huấn', 'phòng cháy', 'sơ cứu', 'thực hành'],
  ne: ['अभ्यास', 'आगलागी अभ्यास', 'तालिम', 'abhyas', 'talim', 'drill'],
  tl: ['fire drill', 'drill', 'earthquake drill', 'first aid', 'training', 'pagsasanay'],
  pt: ['simulado', 'simulado de incêndio', 'treinamento', 'primeiros socorros', 'brigada'],
  id: ['simulasi', 'simulasi kebakaran', 'latihan', 'pelatihan', 'p3k', 'pertolongan pertama'],
};

/** A film, a drama, a series or a novel (the scene watched is not the writer's home). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SHOW: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['ドラマ', 'どらま', '映画', 'えいが', 'アニメ', 'あにめ', '小説', 'しょうせつ', '漫画', 'まんが', '番組', 'ばんぐみ'],
  en: ['drama', 'film', 'movie', 'series', 'show', 'episode', 'novel', 'documentary', 'netflix'],
  zh: ['电视剧', '电影', '剧里', '连续剧', '日剧', '韩剧', '小说', '纪录片', '节目'],
  ko: ['드라마', '영화', '소설', '다큐', '예능'],
  vi: ['phim', 'bộ phim', 'tiểu thuyết', 'truyện'],
  ne: ['फिल्म', 'सिरियल', 'नाटक', 'film', 'serial', 'natak'],
  tl: ['teleserye', 'pelikula', 'palabas', 'drama', 'kdrama', 'serye'],
  pt: ['novela', 'filme', 'série', 'dorama', 'documentário'],
  id: ['drama', 'film', 'sinetron', 'drakor', 'serial', 'novel'],
};
/** Children left alone for days, as the scene of a show tells it. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LEFT_ALONE: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['置き去り', 'おきざり', '放置', 'ほうち', '子どもだけで何日', '子供だけで何日', 'こどもだけでなんにち', '何日も一人に', 'なんにちもひとりに'],
  en: ['alone for days', 'alone for a week', 'leaves her kids alone', 'leaves his kids alone', 'left her kids alone', 'left his kids alone', 'leaves the kids alone', 'abandons her kids', 'abandoned her kids', 'leaves her children alone', 'left her children alone'],
  zh: ['把孩子独自留在家', '把孩子一个人留在家', '把孩子丢在家', '把孩子扔在家', '独自留在家好几天', '丢下孩子', '抛下孩子'],
  ko: ['혼자 두는', '혼자 두고', '혼자 둔', '방치하는', '방치한', '버려두', '며칠씩 혼자', '며칠 동안 혼자'],
  vi: ['bỏ con ở nhà một mình', 'để con ở nhà một mình', 'bỏ con một mình', 'để con một mình', 'bỏ mặc con', 'bỏ rơi con'],
  ne: ['बच्चालाई एक्लै छोड', 'छोराछोरीलाई एक्लै छोड', 'ekla chhod', 'eklai chhod'],
  tl: ['iniwan ang mga anak', 'iniiwan ang mga anak', 'iniwang mag isa', 'iniwan nang mag isa', 'pinabayaan ang mga anak'],
  pt: ['deixa os filhos sozinhos', 'deixou os filhos sozinhos', 'deixa as crianças sozinhas', 'deixou as crianças sozinhas', 'abandona os filhos', 'abandonou os filhos'],
  id: ['meninggalkan anak sendirian', 'meninggalkan anaknya sendirian', 'meninggalkan anak anaknya', 'menelantarkan anak', 'menelantarkan anaknya', 'membiarkan anak sendirian'],
};

/** A wish to die told as the past: 「死にたいと思ったことがあります」, 죽고 싶었던 적이, "used to want to die". */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PAST_WISH: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['死にたいと思ったことがあ', 'しにたいとおもったことがあ', '死にたいと思った時期があ', 'しにたいとおもったじきがあ', '死にたいと思っていた時期', '死にたかった', 'しにたかった', '消えたかった', 'きえたかった', '死にたいと思っていました', 'しにたいとおもっていました', '自殺を考えたことがあ', 'じさつをかんがえたことがあ'],
  en: ['used to want to die', 'wanted to die', 'was suicidal', 'had suicidal thoughts', 'used to have suicidal thoughts', 'thought about suicide', 'thought about killing myself', 'felt like dying', 'wanted to end my life', 'wanted to disappear'],
  zh: ['想过死', '想死过', '想过自杀', '想过轻生', '曾经想死', '以前想死', '有过轻生的念头', '有过自杀的念头', '有过想死的念头', '当时想死', '那时候想死', '一度想死'],
  ko: ['죽고 싶었던', '죽고 싶었어요', '죽고 싶었는데', '죽고 싶었지만', '죽고 싶었습니다', '죽고 싶었을', '자살하고 싶었던', '자살 생각을 했었', '자살 충동이 있었', '사라지고 싶었던'],
  vi: ['từng muốn chết', 'đã từng muốn chết', 'trước đây muốn chết', 'có thời gian muốn chết', 'có lúc muốn chết', 'từng nghĩ đến cái chết', 'từng nghĩ đến chuyện tự tử', 'từng có ý định tự tử', 'từng muốn tự tử', 'hồi đó muốn chết'],
  ne: ['मर्न मन लागेको थियो', 'मर्न मन लाग्थ्यो', 'आत्महत्या गर्न मन लागेको थियो', 'आत्महत्याको सोच आएको थियो', 'marna man lageko thiyo', 'marna man lagthyo', 'aatmahatya garna man lageko thiyo'],
  tl: ['dati gusto ko nang mamatay', 'dati gusto kong mamatay', 'noon gusto ko nang mamatay', 'noon gusto kong mamatay', 'naisip ko dating magpakamatay', 'gusto ko nang mamatay noon', 'dati naisip kong magpakamatay'],
  pt: ['tinha vontade de morrer', 'queria morrer', 'pensava em morrer', 'pensava em suicídio', 'pensei em suicídio', 'pensava em me matar', 'já quis morrer', 'já pensei em morrer'],
  id: ['pernah ingin mati', 'pernah pengen mati', 'pernah mau mati', 'pernah berpikir bunuh diri', 'pernah kepikiran bunuh diri', 'pernah ingin bunuh diri', 'dulu ingin mati', 'dulu pengen mati'],
};
/** The recovery said after it: treated, much better now. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const RECOVERED: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['良くなりました', 'よくなりました', '良くなって', 'よくなって', '治療して', 'ちりょうして', '治療を受けて', 'ちりょうをうけて', '回復して', 'かいふくして', '元気になりました', 'げんきになりました', '今は落ち着いて', 'いまはおちついて', '今は元気', 'いまはげんき', '今は大丈夫', 'いまはだいじょうぶ'],
  en: ['much better now', 'better now', 'with treatment', 'after treatment', 'recovered', 'doing well now', 'doing much better', 'im okay now', 'i am okay now', 'im ok now', 'fine now', 'stable now', 'in a good place now'],
  zh: ['好多了', '好很多了', '治疗后', '经过治疗', '接受治疗', '康复了', '已经康复', '现在很好', '现在稳定', '现在没事', '已经走出来'],
  ko: ['좋아졌', '나아졌', '괜찮아졌', '회복했', '회복됐', '치료받고', '치료를 받고', '극복했', '지금은 괜찮'],
  vi: ['đã đỡ', 'đỡ nhiều', 'đỡ hơn nhiều', 'khỏe rồi', 'ổn rồi', 'điều trị rồi', 'đã điều trị', 'sau khi điều trị', 'đã khỏi', 'bình phục', 'giờ ổn'],
  ne: ['राम्रो भएको', 'ठीक भएको', 'उपचार पछि', 'उपचारपछि', 'निको भएको', 'ramro bhayeko', 'thik bhayeko', 'upachar pachi', 'niko bhayeko'],
  tl: ['okay na', 'ok na', 'mas okay na', 'magaling na', 'nagpagamot', 'gumaling', 'mas mabuti na', 'maayos na'],
  pt: ['estou muito melhor', 'estou melhor', 'fiz tratamento', 'me tratei', 'melhorei', 'hoje estou bem', 'me recuperei', 'estou bem agora'],
  id: ['sudah berobat', 'jauh lebih baik', 'sudah membaik', 'sudah sembuh', 'sekarang sudah baik', 'lebih baik sekarang', 'sudah pulih'],
};

/** Killing said as a joke of the workload: "this guy will kill me", 「この人に殺される」, «यो मान्छेले मलाई मार्छ». */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const KILLS_ME: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['殺される', 'ころされる', '殺す気', 'ころすき', '殺されそう', 'ころされそう'],
  en: ['going to kill me', 'gonna kill me', 'will kill me', 'is killing me', 'going to kill us', 'gonna kill us', 'will kill us', 'is killing us'],
  zh: ['累死', '要我的命', '要了我的命', '杀了我', '弄死我', '整死我'],
  ko: ['죽이겠', '죽이려', '죽일 거', '죽겠다', '죽일 듯', '나를 죽이', '우릴 죽이', '우리를 죽이'],
  vi: ['giết tụi mình', 'giết chúng tôi', 'giết em mất', 'giết tôi mất', 'giết mình mất', 'giết chết'],
  ne: ['मलाई मार्छ', 'हामीलाई मार्छ', 'मार्छ', 'malai marchha', 'malai marcha', 'hamilai marchha'],
  tl: ['papatayin tayo', 'papatayin ako', 'papatayin kami', 'pinapatay tayo'],
  pt: ['vai me matar', 'vai nos matar', 'me mata', 'vai acabar comigo'],
  id: ['membunuh kita', 'membunuhku', 'bunuh aku', 'bunuh kita', 'membunuh saya'],
};
/** Said laughing, as a joke. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LAUGHING: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['笑いながら', 'わらいながら', '冗談で', 'じょうだんで', '冗談っぽく', '笑って', 'わらって'],
  en: ['laughing', 'jokingly', 'as a joke', 'joking', 'half joking', 'with a laugh'],
  zh: ['笑着说', '笑著说', '开玩笑', '笑着'],
  ko: ['웃으면서', '웃으며', '농담으로', '농담처럼'],
  vi: ['cười bảo', 'cười nói', 'cứ cười', 'đùa', 'nói đùa'],
  ne: ['हाँसेर', 'हाँस्दै', 'मजाकमा', 'hasera', 'hasdai', 'majak ma'],
  tl: ['tumatawa', 'natatawa', 'pabiro', 'biro', 'nagbibiro'],
  pt: ['rindo', 'brincando', 'de brincadeira', 'zoando'],
  id: ['sambil ketawa', 'sambil tertawa', 'bercanda', 'sambil bercanda'],
};
/** The workload it is said of: the boss, overtime, work given. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WORKLOAD: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['残業', 'ざんぎょう', '上司', 'じょうし', '課長', 'かちょう', '部長', 'ぶちょう', '仕事', 'しごと', '同僚', 'どうりょう'],
  en: ['overtime', 'manager', 'boss', 'supervisor', 'workload', 'coworker', 'co worker', 'colleague', 'shifts'],
  zh: ['加班', '主管', '老板', '上司', '工作', '同事'],
  ko: ['잔업', '야근', '팀장', '사장', '상사', '동료', '일을'],
  vi: ['làm thêm', 'tăng ca', 'sếp', 'giao nhiều việc', 'đồng nghiệp', 'quản lý'],
  ne: ['ओभरटाइम', 'हाकिम', 'काम', 'साथी', 'overtime', 'hakim', 'kaam'],
  tl: ['overtime', 'boss', 'amo', 'trabaho', 'katrabaho', 'supervisor'],
  pt: ['hora extra', 'horas extras', 'chefe', 'colega', 'trabalho', 'serviço'],
  id: ['lembur', 'atasan', 'bos', 'teman kerja', 'rekan kerja', 'kerjaan', 'pekerjaan'],
};

/** The writer's word, after a danger word learnt, that it happens to them: "my dad does that to me", 「私もされています」. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HAPPENS_TO_ME: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['私もされて', 'わたしもされて', '僕もされて', 'ぼくもされて', 'それをされて', 'それをされてい', 'そういうことをされて', '同じことをされて', 'おなじことをされて', 'うちもそう', 'うちのことだ', '私のことだ', 'わたしのことだ', '私も父に', '私も母に', 'わたしもちちに', 'わたしもははに', '私もたたかれ', 'わたしもたたかれ', '私も殴られ', 'わたしもなぐられ'],
  en: ['does that to me', 'does it to me', 'did that to me', 'does this to me', 'do that to me', 'happens to me', 'happening to me', 'happens at my house', 'happens in my house', 'happens at home', 'to me too', 'thats what my dad', 'thats what my mum', 'thats what my mom', 'thats what my husband', 'thats my life', 'hits me', 'beats me', 'hurts me'],
  zh: ['我也被', '我也是这样', '我家也是', '我家就是这样', '对我也这样', '对我就是这样', '打我', '就是我家'],
  ko: ['저도 당하고', '저도 당해', '나도 당하고', '나도 당해', '우리 집도', '우리 집이 그래', '저한테도', '저를 때려', '나를 때려', '저도 맞', '나도 맞'],
  vi: ['em cũng bị', 'tôi cũng bị', 'mình cũng bị', 'con cũng bị', 'nhà em cũng', 'nhà tôi cũng', 'với em như vậy', 'với tôi như vậy', 'làm vậy với em', 'làm thế với em', 'đánh em', 'đánh tôi', 'đánh con', 'đánh mình'],
  ne: ['मलाई पनि', 'मेरो घरमा पनि', 'मलाई कुट्छ', 'मलाई कुट्नुहुन्छ', 'malai pani', 'mero ghar ma pani', 'malai kutchha', 'malai kutnuhunchha'],
  tl: ['ako rin', 'sa akin din', 'ginagawa sa akin', 'ginagawa niya sa akin', 'nangyayari sa akin', 'nangyayari sa bahay namin', 'sinasaktan ako', 'binubugbog ako'],
  pt: ['comigo também', 'faz isso comigo', 'fazem isso comigo', 'acontece comigo', 'acontece na minha casa', 'eu também sofro', 'me bate', 'me batem'],
  id: ['saya juga mengalami', 'aku juga mengalami', 'terjadi pada saya', 'terjadi padaku', 'dilakukan ke saya', 'melakukan itu ke saya', 'di rumah saya juga', 'di rumahku juga', 'memukul saya', 'memukulku', 'saya juga dipukul'],
};
/** The writer's own thought, after the word "suicide" learnt: "I think about it", 「私も考えてしまう」. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THINK_OF_IT: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['私も考えて', 'わたしもかんがえて', '私もしたい', 'わたしもしたい', '私も考えてしまう', '毎日考えて', 'まいにちかんがえて'],
  en: ['i think about it', 'i think about doing it', 'ive thought about it', 'i have thought about it', 'i want to do it', 'i keep thinking about it'],
  zh: ['我也想过', '我也想', '我一直在想', '我常常想'],
  ko: ['저도 생각', '나도 생각', '저도 하고 싶', '나도 하고 싶'],
  vi: ['em cũng nghĩ đến', 'em cũng muốn', 'tôi cũng muốn', 'tôi cũng nghĩ đến', 'mình cũng muốn'],
  ne: ['म पनि गर्न चाहन्छु', 'म पनि सोच्छु', 'ma pani garna chahanchhu', 'ma pani sochchhu'],
  tl: ['gusto ko rin', 'naiisip ko rin', 'iniisip ko rin'],
  pt: ['eu também penso', 'penso nisso', 'quero fazer isso', 'eu também quero'],
  id: ['saya juga ingin', 'aku juga ingin', 'saya kepikiran', 'aku kepikiran', 'saya juga mau'],
};
/** Which of the learnt words name abuse, violence or a suicide. */
// biome-ignore format: the words stay on one line
const LEARNT_ABUSE = ['虐待', '児童虐待', 'ぎゃくたい', 'ネグレクト', 'abuse', 'child abuse', 'neglect', '학대', '아동학대', '방임', 'ngược đãi', 'bạo hành', 'bỏ bê', 'दुर्व्यवहार', 'durvyavahar', 'pang aabuso', 'abuso', 'maus tratos', 'negligência', 'penganiayaan', 'dianiaya', 'penelantaran'];
// biome-ignore format: the words stay on one line
const LEARNT_VIOLENCE = ['暴力', '家庭内暴力', 'ぼうりょく', 'かていないぼうりょく', 'dv', 'でぃーぶい', 'violence', 'domestic violence', 'domestic abuse', '家暴', '家庭暴力', '폭력', '가정폭력', 'bạo lực', 'bạo lực gia đình', 'हिंसा', 'घरेलु हिंसा', 'hinsa', 'karahasan', 'violência', 'violência doméstica', 'kekerasan', 'kdrt', 'kekerasan dalam rumah tangga'];
// biome-ignore format: the words stay on one line
const LEARNT_SUICIDE = ['自殺', '自死', 'じさつ', 'suicide', '自杀', '자살', 'tự tử', 'tự sát', 'आत्महत्या', 'atmahatya', 'aatmahatya', 'pagpapakamatay', 'suicídio', 'bunuh diri'];
/** The writer's word that a danger word learnt is their life: a learnt word's side counts though the lesson frames it (`pastDeath`). */
const toMe = (
  l: ConceptLanguage,
  learnt: readonly string[],
  mine: Readonly<Record<ConceptLanguage, readonly string[]>>,
) => [
  {
    a: learnt.filter((w) => VOCAB_DANGER[l].includes(w)),
    b: mine[l],
    ordered: true,
    reach: 80,
    acrossSentences: 1,
    pastDeath: 'a' as const,
  },
];

/** A concept of `toMe`'s pairs, in every language. */
const learntAndMine = (
  name: string,
  signal: CrisisSignal,
  learnt: readonly string[],
  mine: Readonly<Record<ConceptLanguage, readonly string[]>>,
): Concept => {
  // (Every language `mine` has words for: concepts.ts, which lists the languages, imports this file.)
  const words = {} as Record<ConceptLanguage, ConceptWords>;
  for (const l of Object.keys(mine) as ConceptLanguage[]) words[l] = { pairs: toMe(l, learnt, mine) };
  return { name, signal, words };
};

/*
 * Medical neglect of a dependent by the one who cares for them (pass 22): a tube feed, meals, milk or medicine
 * given far too rarely or withheld («胃ろうの注入を一日一回しかしてもらえてなくて», "she only gives him his tube
 * feed once a day"), the child visibly wasting, the carer's "he won't live long anyway" or "no point", the
 * hospital or the ambulance refused for him. Any two of them, in a sentence or two, are neglect now: a child
 * abused (an older person the engine reads as an elder harmed, LABELLING.md). Each alone is ordinary talk: a
 * parent asking whether once-a-day solids is enough, an old mother who eats little and is losing weight, a
 * family told by the doctor he will not live long, a father who refuses to go to hospital himself. So the
 * withholding is told as given by someone else, or not given («しかしてもらえ», «không cho nó ăn», "doesn't feed
 * him"), not as one's own eating; the dismissal names him («he won't live long anyway», «反正他活不长») where it
 * stands beside wasting alone.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const FEED_WITHHELD: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: [
    ...cross(['注入', 'ちゅうにゅう', '経管栄養', 'けいかんえいよう', '栄養剤', 'えいようざい', 'ミルク', 'おむつ交換', 'おむつこうかん', '吸引', 'きゅういん'], ['しかしてもらえ', 'しかしてもらって', 'しかされて', 'してもらえてな', 'してもらってな', 'しか入れてもらえ', 'しかいれてもらえ', 'を入れてもらえてな', 'をいれてもらえてな', 'しか入れてな', 'しかいれてな', 'しか入れていな', 'しかいれていな'], '...'),
    ...cross(['ご飯', 'ごはん', '食事', 'しょくじ', 'ミルク', '注入', 'ちゅうにゅう', '栄養', 'えいよう', 'お薬', '薬', 'くすり', 'インスリン', '水分', 'すいぶん', '水', 'みず'], ['しかあげてな', 'しかあげていな', 'しかあげない', 'しかあげてもらえ', 'しかあげてくれな', 'しか与え', 'しかあたえ', 'しか食べさせてくれな', 'しかたべさせてくれな', 'しか食べさせてもらえ', 'しかたべさせてもらえ', 'しか飲ませてもらえ', 'しかのませてもらえ', 'しかもらえ', 'を抜かれ', 'をぬかれ', 'を食べさせてもらえ', 'をたべさせてもらえ', 'を飲ませてもらえ', 'をのませてもらえ', 'をあげてもらえ', 'を与えてもらえ', 'をあたえてもらえ', 'を与えていな', 'をあたえていな', 'をくれな', 'を食べさせてくれな', 'をたべさせてくれな', 'を飲ませてくれな', 'をのませてくれな'], '...'),
    '薬を捨てて', 'くすりをすてて', '薬を捨てられ', 'くすりをすてられ', '薬を捨ててしま', 'インスリンを打ってもらえ', 'いんすりんをうってもらえ', 'インスリンを打たせな',
    '食べさせても無駄', 'たべさせてもむだ', '食べさせても意味がな', 'たべさせてもいみがな', '飲ませても無駄', 'のませてもむだ', '注入しても無駄', 'ちゅうにゅうしてもむだ',
  ],
  en: [
    'tube feed once a day', 'tube feeds once a day', 'tube feeding once a day', 'only fed once a day', 'fed only once a day', 'only feeds him once', 'only feeds her once', 'only feeds them once', 'only gets fed once', 'only gets one feed', 'only gets one meal', 'only one feed a day',
    'only gives him his feed', 'only gives her her feed', 'only gives him his tube', 'only gives her her tube', 'only gives him food', 'only gives her food', 'only gives him his medicine', 'only gives her her medicine',
    'doesnt feed him', 'doesnt feed her', 'doesnt feed the baby', 'wont feed him', 'wont feed her', 'wont feed the baby', 'refuses to feed', 'barely feeds', 'hardly feeds', 'never feeds', 'stopped feeding him', 'stopped feeding her', 'skips his feeds', 'skips her feeds', 'skipping his feeds', 'skipping her feeds', 'skips his tube', 'skips her tube',
    ...['doesnt give', 'wont give', 'refuses to give', 'never gives'].flatMap((v) => [`${v} him his`, `${v} her her`]), 'withholds his food', 'withholds her food', 'withholds his medicine', 'withholds her medicine', 'withholding his food', 'withholding her food', 'withholding his medicine', 'withholding her medicine', 'keeps his food from', 'keeps her food from',
    'throws away his medicine', 'throws away her medicine', 'throws his medicine away', 'throws her medicine away', 'threw away his medicine', 'threw away her medicine', 'flushes his pills', 'flushes her pills',
    'no point feeding', 'no point in feeding', 'whats the point of feeding', 'waste of food on', 'not worth feeding',
  ],
  zh: [
    '一天只喂一次', '一天只喂一顿', '一天就喂一次', '一天只给一顿', '一天只给一次', '一天只给吃一顿', '一天只让吃一顿', '一天只打一次', '一天只灌一次', '两天才喂一次', '两天喂一次', '两天才给一次', '只给一顿饭', '一日只喂一次', '一日得一餐',
    '不给他吃饭', '不给她吃饭', '不给孩子吃饭', '不给他饭吃', '不给她饭吃', '不给孩子饭吃', '不给他喂', '不给她喂', '不给孩子喂', '不喂他', '不喂她', '不喂孩子', '不给他吃药', '不给她吃药', '不给孩子吃药', '不给他用药', '不给她用药', '不给孩子用药', '不给他打胰岛素', '不给她打胰岛素',
    '停了他的药', '停了她的药', '停了孩子的药', '药也不给', '饭也不给', '奶也不给', '不让他吃饭', '不让她吃饭', '不让孩子吃饭', '唔俾佢食', '唔俾佢食药',
    '把他的药扔', '把她的药扔', '把孩子的药扔', '药都扔了', '把药扔了', '把药倒掉',
    '喂了也白喂', '喂也是白喂', '喂了也没用', '给他吃也是浪费', '给她吃也是浪费', '吃了也是浪费',
  ],
  ko: [
    '하루 한 번만 먹여', '하루에 한 번만 먹여', '하루 한 끼만 먹여', '하루에 한 끼만 먹여', '하루 한 끼만 줘', '하루에 한 끼만 줘', '하루 한 끼만 주', '하루에 한 끼만 주', '하루 한 번만 넣어', '하루에 한 번만 넣어', '하루 한 번만 줘', '하루에 한 번만 줘', '이틀에 한 번 먹여', '이틀에 한 번만',
    '밥을 안 줘', '밥을 안 주', '밥도 안 줘', '밥도 안 주', '밥을 안 먹여', '밥도 안 먹여', '분유를 안 줘', '분유를 안 먹여', '분유도 안 줘', '분유도 안 먹여', '경관식을 안', '경관식도 안', '약을 안 먹여', '약도 안 먹여', '약을 안 줘', '약도 안 줘', '인슐린을 안', '인슐린도 안',
    '약을 버려', '약을 버리', '약을 다 버', '약을 몰래 버',
    '먹여 봤자 소용', '먹여봤자 소용', '먹여도 소용없', '먹여도 의미 없',
  ],
  vi: [
    'một ngày chỉ cho ăn một lần', 'một ngày chỉ cho ăn 1 lần', 'ngày chỉ cho ăn một lần', 'ngày chỉ cho ăn 1 lần', 'ngày chỉ cho ăn một bữa', 'ngày chỉ cho ăn 1 bữa', 'chỉ cho ăn một bữa', 'chỉ cho ăn 1 bữa', 'ngày chỉ cho bú một lần', 'ngày chỉ cho bú 1 lần', 'chỉ bơm sữa một lần', 'chỉ bơm ăn một lần', 'hai ngày mới cho ăn',
    'không cho nó ăn', 'không cho con ăn', 'không cho bé ăn', 'không cho cháu ăn', 'không cho nó bú', 'không cho bé bú', 'không cho nó uống thuốc', 'không cho con uống thuốc', 'không cho bé uống thuốc', 'không cho cháu uống thuốc', 'không cho thuốc', 'không chịu cho ăn', 'không chịu cho uống thuốc', 'bỏ đói nó', 'bỏ đói con', 'bỏ đói bé', 'bỏ đói cháu', 'cắt thuốc của',
    'vứt thuốc của', 'vứt hết thuốc', 'đổ thuốc đi', 'vứt thuốc đi',
    'cho ăn cũng phí', 'cho ăn cũng vô ích', 'cho ăn làm gì', 'cho uống thuốc làm gì',
  ],
  ne: [
    'दिनमा एक पटक मात्र दिन्छ', 'दिनमा एकचोटि मात्र दिन्छ', 'एक छाक मात्र दिन्छ', 'एक छाक मात्र खुवाउँछ', 'दिनमा एक पटक मात्र खुवाउँछ',
    'खाना दिँदैनन्', 'खाना दिँदैन', 'खाना दिन्नन्', 'खाना खुवाउँदैन', 'दूध दिँदैन', 'दूध खुवाउँदैन', 'औषधि दिँदैन', 'औषधी दिँदैन', 'औषधि खुवाउँदैन', 'औषधी खुवाउँदैन', 'औषधि बन्द गरिदि', 'खुवाएर के गर्नु', 'खुवाएर के फाइदा',
    'din ma ek patak matra dinchha', 'dinma ek patak matra dinchha', 'din ma ek choti matra', 'dinma ekchoti matra', 'ek chhak matra dinchha', 'ek chhak matra khuwauchha', 'ek chak matra dinchha',
    'औषधि फालिदिन्छ', 'औषधी फालिदिन्छ', 'औषधि फ्याँकिदिन्छ', 'aushadhi faldinchha', 'ausadhi faldinchha', 'aushadhi phaldinchha', 'ausadhi phaldinchha', 'aushadhi fyakidinchha',
    'khana didaina', 'khana dindaina', 'khana dinna', 'khana dinnan', 'khana khuwaudaina', 'dudh didaina', 'dudh dindaina', 'aushadhi didaina', 'ausadhi didaina', 'aushadhi dindaina', 'ausadhi dindaina', 'ausadhi khuwaudaina', 'aushadhi khuwaudaina', 'khuwayera ke garne', 'khwayera ke garne', 'khuwaera ke garne',
  ],
  tl: [
    'isang beses lang sa isang araw pinapakain', 'isang beses lang pinapakain', 'isang beses lang siya pinapakain', 'isang beses lang sya pinapakain', 'isang beses lang siya pakainin', 'minsan lang sa isang araw pinapakain', 'minsan lang pinapakain', 'minsan lang siya pinapakain', 'minsan lang sya pinapakain', 'isang beses lang ang feeding', 'isang beses lang ang tube feeding', 'isang beses lang siya pinapadede',
    'hindi siya pinapakain', 'hindi sya pinapakain', 'di siya pinapakain', 'di sya pinapakain', 'ayaw siyang pakainin', 'ayaw syang pakainin', 'hindi binibigyan ng gamot', 'hindi siya binibigyan ng gamot', 'hindi sya binibigyan ng gamot', 'hindi pinapainom ng gamot', 'hindi siya pinapainom ng gamot', 'hindi sya pinapainom ng gamot', 'di pinapainom ng gamot', 'hindi binibigyan ng gatas', 'hindi siya pinapadede', 'hindi pinapadede',
    'tinatapon ang gamot niya', 'tinatapon ang gamot nya', 'itinapon ang gamot niya', 'itinapon ang gamot nya', 'tinapon ang gamot niya', 'tinapon ang gamot nya',
    'sayang lang ang pagkain sa kanya', 'sayang lang ang gatas sa kanya', 'sayang lang ang gamot sa kanya', 'sayang lang ipakain',
  ],
  pt: [
    'só dá comida uma vez', 'só dá a dieta uma vez', 'só dá a dieta pela sonda uma vez', 'só passa a dieta uma vez', 'só alimenta uma vez', 'só alimenta ele uma vez', 'só alimenta ela uma vez', 'só dá o leite uma vez', 'só dá mamadeira uma vez', 'só dá uma mamadeira', 'uma refeição por dia só',
    'não dá comida pra ele', 'não dá comida pra ela', 'não dá comida para ele', 'não dá comida para ela', 'não dá comida pro menino', 'não dá comida pra menina', 'não dá comida pra criança', 'não dá comida pro bebê', 'não dá o remédio', 'não dá os remédios', 'não dá remédio', 'não dá a dieta', 'não dá o leite', 'não dá leite', 'não dá a insulina', 'não alimenta ele', 'não alimenta ela', 'não alimenta o', 'não alimenta a',
    'deixa ele sem comer', 'deixa ela sem comer', 'deixa o menino sem comer', 'deixa a menina sem comer', 'deixa sem remédio', 'deixa ele sem remédio', 'deixa ela sem remédio', 'parou de dar o remédio', 'parou de dar os remédios', 'parou de dar comida', 'parou de dar a dieta',
    'joga o remédio fora', 'jogou o remédio fora', 'joga os remédios fora', 'jogou os remédios fora', 'joga fora o remédio', 'jogou fora o remédio', 'joga fora os remédios', 'jogou fora os remédios',
    'não adianta dar comida', 'não adianta alimentar', 'dar comida pra quê', 'desperdício de comida',
  ],
  id: [
    'cuma dikasih makan sekali sehari', 'cuma dikasih makan sehari sekali', 'hanya dikasih makan sekali sehari', 'hanya diberi makan sekali sehari', 'hanya diberi makan sehari sekali', 'cuma diberi makan sekali', 'cuma dikasih susu sekali', 'cuma dikasih susu sehari sekali', 'selangnya cuma sekali', 'sonde cuma sekali', 'makan lewat selang cuma sekali',
    'dia tidak dikasih makan', 'dia nggak dikasih makan', 'dia gak dikasih makan', 'dia tidak diberi makan', 'anaknya tidak dikasih makan', 'anaknya nggak dikasih makan', 'anaknya gak dikasih makan', 'tidak dikasih obat', 'nggak dikasih obat', 'gak dikasih obat', 'ga dikasih obat', 'tidak diberi obat', 'tidak dikasih susu', 'nggak dikasih susu', 'gak dikasih susu', 'obatnya nggak dikasih', 'obatnya tidak dikasih', 'obatnya gak dikasih', 'tidak diberikan obatnya',
    'obatnya dibuang', 'obatnya dibuangin', 'membuang obatnya', 'buang obatnya', 'buangin obatnya',
    'percuma dikasih makan', 'buat apa dikasih makan', 'ngapain dikasih makan', 'sayang makanannya',
  ],
};

/** The one cared for visibly wasting: skin and bones, the ribs showing, losing weight, dehydrated. */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const WASTING: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['痩せ方が普通じゃな', 'やせかたがふつうじゃな', '痩せ方が尋常じゃな', 'やせかたがじんじょうじゃな', '痩せ方が異常', 'やせかたがいじょう', '異常に痩せ', 'いじょうにやせ', '異様に痩せ', 'いようにやせ', '骨と皮', 'ほねとかわ', 'あばら骨が', 'あばらぼねが', 'あばらが浮', 'あばらがう', 'あばらが見え', 'あばらがみえ', '骨が浮き出', 'ほねがうきで', 'ガリガリ', 'どんどん痩せ', 'どんどんやせ', '日に日に痩せ', 'ひにひにやせ', '見るからに痩せ', 'みるからにやせ', '体重が減っ', 'たいじゅうがへっ', '体重が落ち', 'たいじゅうがおち', '体重がどんどん', 'たいじゅうがどんどん', '衰弱', 'すいじゃく', '脱水', 'だっすい', '栄養失調', 'えいようしっちょう', 'やせ細', '痩せ細', 'やせほそ', '痩せこけ', 'やせこけ'],
  en: ['wasting away', 'skin and bones', 'skin and bone', 'losing weight', 'lost so much weight', 'lost a lot of weight', 'lost weight', 'weight keeps dropping', 'weight is dropping', 'weight keeps going down', 'getting thinner', 'thinner and thinner', 'so thin', 'terribly thin', 'painfully thin', 'dangerously thin', 'frighteningly thin', 'abnormally thin', 'can see his ribs', 'can see her ribs', 'ribs are showing', 'ribs showing', 'ribs sticking out', 'ribs stick out', 'malnourished', 'dehydrated', 'emaciated', 'failure to thrive'],
  zh: ['瘦得不正常', '瘦得吓人', '瘦得皮包骨', '皮包骨', '骨瘦如柴', '肋骨都', '瘦得厉害', '越来越瘦', '一天比一天瘦', '瘦了很多', '瘦得不成样', '瘦到', '体重一直掉', '体重一直在掉', '体重一直减', '体重一直在减', '体重越来越轻', '体重又掉', '体重又减', '体重下降', '体重减轻', '营养不良', '脱水', '瘦到见骨', '瘦到皮包骨'],
  ko: ['비정상적으로 말랐', '비정상적으로 마르', '심하게 말랐', '심하게 마르', '뼈만 남', '뼈밖에 안 남', '갈비뼈가 보', '갈비뼈가 드러', '피골이 상접', '점점 말라', '점점 마르', '갈수록 말라', '갈수록 마르', '눈에 띄게 말라', '눈에 띄게 마르', '삐쩍', '비쩍', '체중이 줄', '체중이 계속 줄', '몸무게가 줄', '몸무게가 계속 줄', '체중이 빠지', '몸무게가 빠지', '영양실조', '탈수'],
  vi: ['gầy trơ xương', 'gầy giơ xương', 'da bọc xương', 'gầy bất thường', 'gầy một cách bất thường', 'gầy đến mức', 'gầy rộc', 'gầy sọp', 'gầy tong teo', 'gầy đi nhiều', 'ngày càng gầy', 'càng ngày càng gầy', 'lộ cả xương sườn', 'lộ xương sườn', 'thấy rõ xương sườn', 'sụt cân', 'giảm cân nhiều', 'cân nặng giảm', 'cân nặng cứ giảm', 'suy dinh dưỡng', 'mất nước'],
  ne: ['हड्डी मात्र', 'हाड मात्र', 'हाडछाला', 'हाड र छाला', 'असाध्यै दुब्लो', 'असाध्यै दुब्ली', 'दुब्लाउँदै', 'दुब्लो हुँदै', 'दुब्ली हुँदै', 'तौल घट्दै', 'तौल घटेको', 'तौल घट्यो', 'कुपोषण', 'had matra', 'haad matra', 'haadchhala', 'had chhala', 'haad chhala', 'dherai dublo', 'dherai dubli', 'dublaudai', 'dublaaudai', 'dublo hudai', 'dubli hudai', 'taul ghatdai', 'taul ghateko', 'taul ghatyo', 'kuposhan', 'kuposan'],
  tl: ['buto’t balat', 'butot balat', 'buto at balat', 'kita na ang tadyang', 'kita ang tadyang', 'litaw ang tadyang', 'litaw na ang tadyang', 'sobrang payat', 'payat na payat', 'pumapayat', 'pumayat nang husto', 'pumayat ng sobra', 'bumababa ang timbang', 'bumaba ang timbang', 'nangangayayat', 'nangayayat', 'malnourished', 'dehydrated'],
  pt: ['pele e osso', 'magro demais', 'magra demais', 'magreza extrema', 'magro de dar medo', 'magra de dar medo', 'costelas aparecendo', 'dá pra ver as costelas', 'dá para ver as costelas', 'definhando', 'emagrecendo muito', 'emagreceu muito', 'perdendo peso', 'perdeu muito peso', 'cada vez mais magro', 'cada vez mais magra', 'desnutrido', 'desnutrida', 'desidratado', 'desidratada'],
  id: ['tinggal kulit dan tulang', 'kulit dan tulang', 'kurus kering', 'kurus sekali', 'kurus banget', 'sangat kurus', 'makin kurus', 'semakin kurus', 'tulang rusuknya kelihatan', 'rusuknya kelihatan', 'iganya kelihatan', 'berat badannya turun', 'berat badan turun', 'beratnya turun terus', 'gizi buruk', 'kurang gizi', 'dehidrasi'],
};

/**
 * The carer's "no point": he won't live long anyway, treating her is a waste. Said of him or her (`ofHim`), it
 * stands beside wasting alone; said bare, it needs the food or the hospital withheld.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const NO_POINT: Readonly<Record<ConceptLanguage, { ofHim: readonly string[]; bare: readonly string[] }>> = {
  ja: {
    ofHim: ['この子はどうせ', 'このこはどうせ', 'あの子はどうせ', 'あのこはどうせ', 'どうせ長く生きられない子', 'どうせながくいきられないこ', 'どうせ長く生きないからと', 'どうせながくいきないからと', 'どうせ長くないからと', 'どうせながくないからと', 'どうせ長く生きないって', 'どうせながくいきないって', 'どうせ長くないって', 'どうせながくないって'],
    bare: ['どうせ長く生きな', 'どうせながくいきな', 'どうせ長く生きられな', 'どうせながくいきられな', 'どうせ長くな', 'どうせながくな', 'どうせ長生きしな', 'どうせながいきしな', 'どうせ助からな', 'どうせたすからな', 'どうせ死ぬ', 'どうせしぬ', 'どうせ治らな', 'どうせなおらな', '治療しても無駄', 'ちりょうしてもむだ', '病院に連れて行っても無駄', '病院に行っても無駄', 'びょういんにいってもむだ', 'お金をかけても無駄', 'おかねをかけてもむだ', '生きていても仕方な', 'いきていてもしかたな'],
  },
  en: {
    ofHim: ['he wont live long anyway', 'she wont live long anyway', 'hes not going to live long anyway', 'shes not going to live long anyway', 'he is not going to live long anyway', 'she is not going to live long anyway', 'he isnt going to live long anyway', 'she isnt going to live long anyway', 'hes going to die anyway', 'shes going to die anyway', 'he is going to die anyway', 'she is going to die anyway', 'hes gonna die anyway', 'shes gonna die anyway', 'hes dying anyway', 'shes dying anyway', 'he will die anyway', 'she will die anyway', 'he wont last long anyway', 'she wont last long anyway', 'no point feeding', 'no point taking him', 'no point taking her', 'no point in taking him', 'no point in taking her', 'waste of money on him', 'waste of money on her'],
    bare: ['wont live long anyway', 'not going to live long anyway', 'going to die anyway', 'gonna die anyway', 'dying anyway', 'die soon anyway', 'no point treating', 'not worth treating', 'not worth the money', 'whats the point of treating'],
  },
  zh: {
    ofHim: ['他反正活不', '她反正活不', '他反正也活不', '她反正也活不', '孩子反正活不', '孩子反正也活不', '反正他也活不', '反正她也活不', '反正他活不', '反正她活不', '这孩子反正', '这孩子也活不', '佢都冇几耐命'],
    bare: ['反正活不长', '反正也活不长', '反正活不了多久', '反正也活不了多久', '反正活不久', '反正也活不久', '反正也要死', '反正要死的', '反正治不好', '反正也治不好', '反正救不活', '治了也白治', '花钱也没用', '不值得花钱', '白花钱', '养不活'],
  },
  ko: {
    ofHim: ['어차피 오래 못 살 애', '어차피 오래 못 살 아이', '어차피 오래 못 살 아기', '어차피 얼마 못 살 애', '어차피 얼마 못 살 아이', '걔는 어차피', '그 애는 어차피', '애는 어차피', '아이는 어차피', '아기는 어차피'],
    bare: ['어차피 오래 못 살', '어차피 오래 못살', '어차피 얼마 못 살', '어차피 곧 죽', '어차피 죽을', '어차피 못 살', '어차피 낫지도 않', '병원 가 봤자', '병원 가봤자', '치료해 봤자', '치료해봤자', '돈 들여 봤자', '돈 들여봤자'],
  },
  vi: {
    ofHim: ['đằng nào nó cũng', 'kiểu gì nó cũng', 'nó cũng chẳng sống', 'nó cũng không sống', 'nó sống không được bao lâu', 'nó không sống được bao lâu', 'con bé cũng không sống', 'thằng bé cũng không sống', 'đứa bé cũng không sống'],
    bare: ['đằng nào cũng không sống được lâu', 'đằng nào cũng chẳng sống được bao lâu', 'đằng nào cũng chết', 'kiểu gì cũng chết', 'kiểu gì cũng không sống lâu', 'không sống được bao lâu nữa đâu', 'chữa cũng vô ích', 'chữa cũng chẳng khỏi', 'chữa làm gì', 'tốn tiền vô ích', 'tốn tiền làm gì'],
  },
  ne: {
    ofHim: ['धेरै बाँच्दैन', 'धेरै दिन बाँच्दैन', 'यो त मर्छ', 'ऊ त मर्छ', 'त्यो त मर्छ', 'dherai bachdaina', 'dherai baachdaina', 'dherai din bachdaina', 'yo ta marchha', 'u ta marchha', 'tyo ta marchha'],
    bare: ['बाँचेर के गर्नु', 'अस्पताल लगेर के गर्नु', 'उपचार गरेर के गर्नु', 'bachera ke garne', 'baachera ke garne', 'aspatal lagera ke garne', 'upachar garera ke garne'],
  },
  tl: {
    ofHim: ['hindi rin naman siya magtatagal', 'hindi rin naman sya magtatagal', 'di rin naman siya magtatagal', 'di rin naman sya magtatagal', 'hindi rin siya magtatagal', 'hindi rin sya magtatagal', 'mamamatay din naman siya', 'mamamatay din naman sya', 'mamamatay rin naman siya', 'mamamatay rin naman sya', 'sayang lang ang pera sa kanya'],
    bare: ['hindi rin naman magtatagal', 'di rin naman magtatagal', 'mamamatay din naman', 'mamamatay rin naman', 'wala nang silbi ipagamot', 'sayang lang ipagamot', 'sayang lang ang pera'],
  },
  pt: {
    ofHim: ['ele não vai viver muito mesmo', 'ela não vai viver muito mesmo', 'ele não vai durar muito mesmo', 'ela não vai durar muito mesmo', 'ele vai morrer mesmo', 'ela vai morrer mesmo', 'ele vai morrer de qualquer jeito', 'ela vai morrer de qualquer jeito', 'gastar dinheiro com ele', 'gastar dinheiro com ela'],
    bare: ['não vai viver muito mesmo', 'não vai durar muito mesmo', 'vai morrer de qualquer jeito', 'vai morrer mesmo', 'não adianta tratar', 'não adianta levar no médico', 'não adianta levar ao médico', 'não adianta levar no hospital', 'não vale a pena tratar'],
  },
  id: {
    ofHim: ['toh dia tidak akan lama', 'toh dia nggak akan lama', 'toh dia gak akan lama', 'toh dia gak bakal lama', 'dia juga nggak akan lama', 'dia juga tidak akan lama', 'dia juga gak bakal lama', 'dia juga ga bakal lama', 'umurnya juga nggak lama', 'umurnya juga gak lama', 'toh dia nanti juga mati', 'dia nanti juga mati'],
    bare: ['toh nanti juga mati', 'nanti juga mati', 'percuma diobati', 'percuma dibawa ke dokter', 'percuma dibawa ke rumah sakit', 'buang-buang uang', 'buang buang uang'],
  },
};

/** The hospital, the doctor or the ambulance refused for him by the one who cares for him. */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const HOSPITAL_REFUSED: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['病院に連れて行こうとしな', 'びょういんにつれていこうとしな', '病院に連れていこうとしな', '病院に連れて行ってくれな', 'びょういんにつれていってくれな', '病院に連れていってくれな', '受診させな', 'じゅしんさせな', '受診させてくれな', 'じゅしんさせてくれな', '受診させようとしな', 'じゅしんさせようとしな', '医者に診せようとしな', 'いしゃにみせようとしな', '医者に診せな', '医者に見せな', 'いしゃにみせな', '救急車を呼ばせな', 'きゅうきゅうしゃをよばせな', '救急車を呼ばせてくれな', '救急車は呼ぶなと', '救急車を呼ぶなと', 'きゅうきゅうしゃはよぶなと', 'きゅうきゅうしゃをよぶなと', '通院をやめさせ', 'つういんをやめさせ', '入院させな', 'にゅういんさせな', '治療を受けさせな', 'ちりょうをうけさせな', '病院には連れて行かないと', '病院に行かせないと'],
  en: ['refuses to take him to', 'refuses to take her to', 'refused to take him to', 'refused to take her to', 'wont take him to the hospital', 'wont take her to the hospital', 'wont take him to hospital', 'wont take her to hospital', 'wont take him to a doctor', 'wont take her to a doctor', 'wont take the baby to', 'wont let me call an ambulance', 'wont let anyone call an ambulance', 'wouldnt let me call an ambulance', 'refuses to call an ambulance', 'wont call an ambulance', 'doesnt believe in doctors', 'cancelled all his appointments', 'cancelled all her appointments', 'stopped taking him to the hospital', 'stopped taking her to the hospital', 'stopped taking him to his appointments', 'stopped taking her to her appointments', 'stopped taking him to the doctor', 'stopped taking her to the doctor'],
  zh: ['不带他去医院', '不带她去医院', '不带孩子去医院', '不肯带他去医院', '不肯带她去医院', '不肯带孩子去医院', '不肯带去医院', '不肯送医院', '不肯送去医院', '不送医院', '不送他去医院', '不送她去医院', '不让送医院', '不让送医', '不让叫救护车', '不准叫救护车', '不肯叫救护车', '不给他看病', '不给她看病', '不给孩子看病', '不带他看病', '不带她看病', '不带孩子看病', '不让看医生', '不肯带去看', '唔肯带佢睇医生', '唔俾叫白车'],
  ko: ['병원에 못 가게', '병원 못 가게', '병원에 안 보내', '병원에도 안 보내', '병원에 데려가지 말라', '병원 데려가지 말라', '119를 못 부르게', '119 못 부르게', '구급차를 못 부르게', '구급차 못 부르게', '구급차 부르지 말라', '119 부르지 말라', '진료를 안 받게', '치료를 안 받게', '치료를 못 받게', '병원에 안 데려가', '병원에 데려가지 않', '병원에도 안 데려가'],
  vi: ['không đưa đi viện', 'không đưa nó đi viện', 'không đưa nó đi bệnh viện', 'không đưa đi bệnh viện', 'không đưa con đi viện', 'không đưa bé đi viện', 'không chịu đưa đi viện', 'không chịu đưa đi bệnh viện', 'không chịu đưa con đi', 'không chịu đưa bé đi', 'không chịu đưa nó đi', 'không cho gọi cấp cứu', 'không cho gọi xe cấp cứu', 'không cho đưa đi viện', 'không cho nó đi khám', 'không đưa đi khám', 'không chịu cho đi khám', 'không đưa nó đi khám'],
  ne: ['अस्पताल लैजान मान्दैन', 'अस्पताल लैजान दिँदैन', 'अस्पताल लैजाँदैन', 'अस्पताल लैजानुहुन्न', 'एम्बुलेन्स बोलाउन दिँदैन', 'डाक्टरलाई देखाउन मान्दैन', 'डाक्टरकहाँ लैजाँदैन', 'aspatal laijana mandaina', 'aspatal lana mandaina', 'aspatal laijana didaina', 'aspatal laadaina', 'aspatal ladaina', 'ambulance bolauna didaina', 'ambulance bolauna dinna', 'doctor lai dekhauna mandaina', 'doctor kaha laadaina'],
  tl: ['ayaw dalhin sa ospital', 'ayaw siyang dalhin sa ospital', 'ayaw syang dalhin sa ospital', 'hindi dinadala sa ospital', 'hindi siya dinadala sa ospital', 'hindi sya dinadala sa ospital', 'ayaw ipatingin sa doktor', 'ayaw siyang ipatingin', 'ayaw syang ipatingin', 'ayaw ipadoktor', 'ayaw tumawag ng ambulansya', 'ayaw magpatawag ng ambulansya', 'bawal tumawag ng ambulansya', 'hindi pinapatingin sa doktor', 'ayaw dalhin sa doktor', 'hindi dinadala sa doktor'],
  pt: ['não leva no hospital', 'não leva ao hospital', 'não leva pro hospital', 'não leva no médico', 'não leva ao médico', 'não quer levar no hospital', 'não quer levar ao hospital', 'não quer levar pro hospital', 'não quer levar no médico', 'não quer levar ao médico', 'se recusa a levar', 'recusa levar', 'não deixa chamar a ambulância', 'não deixa chamar ambulância', 'não deixa chamar o samu', 'não deixa levar no médico', 'não deixa levar ao médico', 'não deixa levar no hospital', 'não deixa levar pro hospital', 'parou de levar nas consultas', 'parou de levar no médico'],
  id: ['tidak mau membawa ke rumah sakit', 'tidak mau bawa ke rumah sakit', 'nggak mau bawa ke rumah sakit', 'gak mau bawa ke rumah sakit', 'ga mau bawa ke rumah sakit', 'tidak mau bawa ke dokter', 'nggak mau bawa ke dokter', 'gak mau bawa ke dokter', 'tidak dibawa ke rumah sakit', 'nggak dibawa ke rumah sakit', 'gak dibawa ke rumah sakit', 'tidak dibawa ke dokter', 'nggak dibawa ke dokter', 'gak dibawa ke dokter', 'dilarang panggil ambulans', 'tidak boleh panggil ambulans', 'nggak boleh panggil ambulans', 'nggak boleh dibawa ke rumah sakit', 'tidak boleh dibawa ke rumah sakit', 'menolak membawa'],
};

/** Pets, whose wasting and "no point" are the vet's. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PETS: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['猫', 'ねこ', '犬', 'いぬ', 'ペット', 'ハムスター', 'うさぎ', 'インコ', '子猫', 'こねこ', '子犬', 'こいぬ'],
  en: ['cat$', 'cats$', 'dog$', 'dogs$', 'kitten', 'puppy', 'pet$', 'pets$', 'hamster', 'rabbit', 'bird$', 'parrot'],
  zh: ['猫', '狗', '宠物', '仓鼠', '兔子', '鹦鹉'],
  ko: ['고양이', '강아지', '개가', '개를', '반려견', '반려묘', '애완', '햄스터', '토끼'],
  vi: ['con mèo', 'con chó', 'chú chó', 'chó nhà', 'chó của', 'mèo nhà', 'mèo của', 'thú cưng', 'chuột hamster', 'con thỏ'],
  ne: ['बिरालो', 'कुकुर', 'biralo', 'kukur'],
  tl: ['pusa', 'aso', 'alaga kong', 'hamster', 'kuneho'],
  pt: ['gato', 'gata', 'cachorro', 'cachorra', 'cão', 'pet$', 'hamster', 'coelho', 'calopsita'],
  id: ['kucing', 'anjing', 'hewan peliharaan', 'peliharaan', 'hamster', 'kelinci'],
};

/** Two signs of a dependent's medical neglect, in a sentence or two (see above). */
const neglected = (l: ConceptLanguage, cjk: boolean): ConceptWords => {
  const reach = cjk ? 60 : 140;
  const near = (a: readonly string[], b: readonly string[]) => ({ reach, acrossSentences: 2, a, b });
  const { ofHim, bare } = NO_POINT[l];
  return {
    pairs: [
      near(FEED_WITHHELD[l], WASTING[l]),
      near(FEED_WITHHELD[l], [...ofHim, ...bare]),
      near(FEED_WITHHELD[l], HOSPITAL_REFUSED[l]),
      near(HOSPITAL_REFUSED[l], WASTING[l]),
      near(HOSPITAL_REFUSED[l], [...ofHim, ...bare]),
      near(ofHim, WASTING[l]),
    ],
    // a pet grown thin, or a vet's "no point"
    idioms: eitherWay(PETS[l], [...WASTING[l], ...ofHim, ...FEED_WITHHELD[l]], cjk ? 16 : 40, 1),
  };
};

/**
 * What must NOT alarm, by concept, when the signs of a danger have a harmless reading told with them:
 * a bruise from a fall the teacher wrote up, a burn from the iron touched while mum was ironing, a
 * child locked out with the parent who forgot the key, a son who shuts himself in his own room, a
 * toddler's tantrum or bath-time screams, a face numb from the dentist's anaesthetic, sleep apnoea, a
 * faint of yesterday and home since, a grandparent's will, a character in a game who jumps. Same shape
 * as `SAFE_CONCEPTS` (concepts-safe.ts, which holds sports bruises, broken latches, Bell's palsy and
 * the like); the danger itself, told with them, must still alarm.
 *
 * Each reading is two open lists — the sign's own words (a bruise, a burn mark, a face that droops)
 * and the harmless reading's (the teacher's word, what the writer was doing then, the anaesthetic) —
 * so that only the sign told with its reading is quiet: the same bruise with a blow named, a burn with
 * a parent who did it, still alarms by those words of its own. The harmless reading's words keep clear of
 * the words of frames where they can (a game, "years ago", "already discharged"): a figure of speech spanning a
 * frame word takes that frame away from the rest of the sentence.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
export const SIGNS_CONCEPTS: readonly Concept[] = [
  {
    // «có vết bầm ở đầu gối, cô giáo nói bé ngã cầu trượt và đã ghi vào sổ liên lạc», «may pasa sa likod, sabi
    // niya nadapa siya sa practice ng undoukai, nakita rin daw ng teacher»: a fall at nursery or school told
    // by the teacher or written in the contact book. (A sport's bruises are in concepts-safe.ts.) Only the
    // teacher's word: "he says he fell off the slide" is a cover story to ask about, and a blow named
    // beside the marks still alarms.
    name: 'a child’s bruise or bump from a fall at nursery or school, told by the teacher',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['あざ', 'アザ', 'たんこぶ', 'すり傷', '擦り傷', 'すりきず', 'ケガ', '怪我'], ['連絡帳に', 'れんらくちょうに', '先生から転んだ', 'せんせいからころんだ', '転んだと先生', 'ころんだとせんせい', '保育園から転んだ', 'ほいくえんからころんだ', '保育士さんが転んだ', 'ほいくしさんがころんだ'], 40, 1) },
      en: { idioms: eitherWay(['bruise', 'bruised', 'bump on', 'graze', 'grazed', 'scrape', 'scraped'], ['teacher saw him fall', 'teacher saw her fall', 'teachers saw him fall', 'teachers saw her fall', 'nursery told me he fell', 'nursery told me she fell', 'daycare told me he fell', 'daycare told me she fell', 'teacher said he fell', 'teacher said she fell', 'in the contact book', 'incident report', 'accident report', 'accident form'], 80, 1) },
      zh: { idioms: eitherWay(['淤青', '瘀青', '青紫', '青一块', '擦伤', '擦破', '肿了个包', '起了个包', '鼓了个包'], ['老师说是摔', '老师说他摔', '老师说她摔', '老师看到他摔', '老师看到她摔', '老师说在幼儿园摔', '联络本', '联络簿'], 24, 1) },
      ko: { idioms: eitherWay(['멍이', '멍들', '멍 자국', '멍자국', '혹이', '상처가', '까졌', '긁힌'], ['선생님이 넘어졌다고', '넘어졌다고 선생님이', '선생님이 넘어지는 걸 봤', '어린이집에서 넘어졌다고', '유치원에서 넘어졌다고', '알림장'], 50, 1) },
      vi: { idioms: eitherWay(['vết bầm', 'bầm tím', 'bị bầm', 'vết thâm', 'u đầu', 'sưng u', 'trầy xước', 'bị trầy', 'vết trầy'], ['cô giáo nói bé ngã', 'cô giáo nói bé té', 'cô giáo bảo bé ngã', 'cô giáo bảo bé té', 'cô giáo nói con ngã', 'cô nói bé ngã', 'cô nói bé té', 'cô giáo thấy bé ngã', 'sổ liên lạc'], 80, 1) },
      ne: { idioms: eitherWay(['नीलो दाग', 'निलो दाग', 'नीलडाम', 'निलडाम', 'टुटुल्को', 'nilo daag', 'nilo dag', 'nildam', 'nildaam', 'tutulko'], ['शिक्षकले लडेको देख', 'शिक्षकले लड्यो भन', 'teacher le ladeko dekh', 'teacher le ladyo bhan', 'sensei le ladyo bhan', 'misan le ladyo bhan'], 80, 1) },
      tl: { idioms: eitherWay(['pasa', 'bukol', 'gasgas', 'galos'], [...cross(['nadapa', 'nahulog', 'nadulas'], ['nakita ng teacher', 'nakita rin ng teacher', 'nakita daw ng teacher', 'nakita rin daw ng teacher', 'nakita ng sensei'], '...')], 80, 1) },
      pt: { idioms: eitherWay(['roxo', 'roxa', 'roxos', 'hematoma', 'mancha roxa', 'um galo', 'ralado', 'ralou', 'arranhão'], ['a professora disse que caiu', 'a professora contou que caiu', 'a professora viu ele cair', 'a professora viu ela cair', 'a creche avisou que caiu', 'a escola avisou que caiu', 'caderno de recados', 'caderneta'], 80, 1) },
      id: { idioms: eitherWay(['memar', 'lebam', 'biru biru', 'benjol', 'lecet'], ['kata guru jatuh', 'kata gurunya jatuh', 'guru bilang jatuh', 'gurunya lihat dia jatuh', 'guru lihat dia jatuh', 'buku penghubung'], 80, 1) },
    },
  },
  {
    // «chhori ko hat ma iron le jaleko dag chha, ma luga istri gardai thiye, usle chhoichhe», «encostou no
    // ferro de passar … O médico disse que está tudo bem», «kena cipratan minyak panas waktu saya masak»: a
    // burn's mark with the accident told — the writer was ironing or cooking then, or the child touched the
    // iron and the doctor has seen it. (Not "my husband says she touched the iron": someone's say-so with no
    // doctor is a cover story to ask about.) A burn a parent made, or marks with nothing of how, still alarm.
    name: 'a child’s burn from a household accident: the iron touched while mum was ironing, hot oil spat while cooking',
    signal: null,
    words: {
      ja: { idioms: burned(['やけど', '火傷'], ['アイロンがけ中', 'あいろんがけちゅう', 'アイロンをかけていた', 'あいろんをかけていた', '料理中に', 'りょうりちゅうに', '料理していたら', 'りょうりしていたら', '揚げ物をして', 'あげものをして'], ['アイロンに触', 'あいろんにさわ', 'やかんに触', 'やかんにさわ', 'ポットのお湯', 'ぽっとのおゆ', 'お湯をこぼ', 'おゆをこぼ', 'ストーブに触', 'すとーぶにさわ', '油がはね', 'あぶらがはね'], ['大丈夫と言われ', 'だいじょうぶといわれ', '問題ないと言われ', 'もんだいないといわれ', '心配ないと言われ', 'しんぱいないといわれ'], 40) },
      en: { idioms: burned(['burn mark', 'burn scar', 'burn on', 'burned', 'burnt', 'scald'], ['while i was ironing', 'when i was ironing', 'i was ironing', 'while i was cooking', 'when i was cooking', 'i was cooking', 'while i was frying', 'while i was making dinner'], ['touched the iron', 'grabbed the iron', 'oil spat', 'hot oil splashed', 'spilled hot', 'pulled the kettle', 'touched the stove', 'touched the heater'], ['doctor said its fine', 'doctor said it is fine', 'doctor says its fine', 'doctor said its ok', 'doctor said it will heal', 'doctor said nothing to worry', 'gp said its fine'], 60) },
      zh: { idioms: burned(['烫伤', '烫的疤', '烫到', '烧伤', '烫出'], ['我熨衣服的时候', '我在熨衣服', '我做饭的时候', '我在做饭', '我炒菜的时候', '我在炒菜'], ['碰到熨斗', '摸了熨斗', '碰了熨斗', '油溅', '热油溅', '打翻了热水', '碰到暖炉', '碰到电暖器'], ['医生说没事', '医生说没关系', '医生说不要紧', '医生说没问题'], 24) },
      ko: { idioms: burned(['화상', '데였', '데인'], ['제가 다림질하는데', '다림질하는 사이', '제가 다림질하다가', '제가 요리하는데', '요리하는 사이', '제가 요리하다가'], ['다리미를 만져', '다리미에 닿', '기름이 튀', '뜨거운 물을 쏟', '난로를 만져'], ['의사가 괜찮다', '의사 선생님이 괜찮다', '병원에서 괜찮다'], 40) },
      vi: { idioms: burned(['vết bỏng', 'bị bỏng', 'bị phỏng', 'sẹo bỏng'], ['khi tôi đang là', 'khi tôi đang ủi', 'lúc tôi đang là', 'lúc tôi đang ủi', 'lúc tôi nấu', 'khi tôi nấu', 'lúc tôi đang nấu', 'khi tôi đang nấu'], ['chạm vào bàn là', 'chạm vào bàn ủi', 'đụng vào bàn là', 'đụng bàn ủi', 'dầu bắn', 'mỡ bắn', 'làm đổ nước nóng', 'làm đổ nước sôi'], ['bác sĩ nói không sao', 'bác sĩ bảo không sao', 'bác sĩ nói ổn', 'bác sĩ bảo ổn'], 60) },
      ne: { idioms: burned(['जलेको दाग', 'पोलेको दाग', 'जलेको', 'पोलेको', 'jaleko dag', 'jaleko daag', 'poleko dag', 'poleko daag'], ['इस्त्री गर्दै थिएँ', 'इस्त्री गर्दै थिए', 'खाना पकाउँदै थिएँ', 'खाना पकाउँदा', 'istri gardai thiye', 'iron gardai thiye', 'khana pakaudai thiye', 'khana pakauda'], ['इस्त्री छोई', 'इस्त्री छोयो', 'तेल छिटा', 'तातो पानी पोख', 'iron chhoy', 'iron chhoi', 'usle chhoichhe', 'usle chhoyo', 'tel chhita', 'taato pani pokh', 'tato pani pokh'], ['डाक्टरले ठिक छ भन्नुभयो', 'डाक्टरले केही हुँदैन भन्नुभयो', 'doctor le thik chha bhannu', 'doctor le thik cha bhannu', 'doctor le thik chha bhanyo', 'doctor le kehi hudaina'], 60) },
      tl: { idioms: burned(['paso', 'napaso', 'lapnos', 'peklat ng paso'], ['habang namamalantsa ako', 'habang nagpaplantsa ako', 'habang nagluluto ako', 'nung nagluluto ako', 'nung namamalantsa ako'], ['nahawakan ang plantsa', 'humawak sa plantsa', 'hinawakan ang plantsa', 'hinawakan yung plantsa', 'tumalsik ang mantika', 'natalsikan ng mantika', 'natapunan ng mainit'], ['sabi ng doktor okay lang', 'sabi ng doktor ok lang', 'sabi ng doctor okay', 'okay lang daw sabi ng doktor'], 60) },
      pt: { idioms: burned(['queimadura', 'queimou', 'se queimou', 'marca de queimadura', 'cicatriz de queimadura'], ['enquanto eu passava roupa', 'quando eu passava roupa', 'eu estava passando roupa', 'enquanto eu cozinhava', 'quando eu estava cozinhando', 'eu estava cozinhando', 'enquanto eu fritava'], ['encostou no ferro', 'pegou no ferro', 'tocou no ferro', 'mexeu no ferro', 'óleo quente espirrou', 'espirrou óleo', 'respingou óleo', 'derrubou água quente', 'virou água quente', 'encostou no fogão', 'encostou no aquecedor'], ['médico disse que está tudo bem', 'médico falou que está tudo bem', 'médico disse que não é nada'], 60) },
      id: { idioms: burned(['luka bakar', 'bekas luka bakar', 'melepuh'], ['waktu saya masak', 'pas saya masak', 'saat saya masak', 'waktu aku masak', 'pas aku masak', 'waktu saya nyetrika', 'pas saya nyetrika', 'saat saya menyetrika'], ['kena cipratan minyak', 'kecipratan minyak', 'terciprat minyak', 'pegang setrika', 'nyentuh setrika', 'menyentuh setrika', 'ketumpahan air panas', 'kesiram air panas'], ['sudah ke dokter', 'udah ke dokter', 'kata dokter baik', 'kata dokter tidak apa', 'kata dokter nggak apa', 'kata dokter gak apa', 'dokter bilang tidak apa', 'dokter bilang nggak apa'], 60) },
    },
  },
  {
    // «Naiwan ko ang susi kagabi, kami ng anak ko naghintay sa labas ng pinto», «esqueci a chave, eu e minha
    // filha ficamos do lado de fora», «kunci ketinggalan, saya dan anak nunggu di luar pintu»: locked out
    // with one's child, the key forgotten. A child shut out alone, or by someone, still alarms.
    name: 'locked out together with one’s child: the key forgotten or lost',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['鍵を忘れ', 'かぎをわすれ', '鍵をなくし', '鍵を無くし', '鍵を失くし', 'かぎをなくし', '鍵を落とし', 'かぎをおとし', '鍵を家の中に', 'かぎをいえのなかに'], ['子どもと一緒に', '子供と一緒に', 'こどもといっしょに', '娘と一緒に', 'むすめといっしょに', '息子と一緒に', 'むすこといっしょに', '親子で', 'おやこで', '子どもと二人で', 'こどもとふたりで'], 40, 1) },
      en: { idioms: eitherWay(['forgot my keys', 'forgot my key', 'forgot the keys', 'forgot the key', 'lost my keys', 'lost my key', 'lost the key', 'left my keys', 'left the key', 'locked ourselves out', 'locked myself out'], ['my son and i', 'my daughter and i', 'me and my son', 'me and my daughter', 'me and my kids', 'my kids and i', 'the kids and i', 'me and the kids', 'me and the baby', 'with my son', 'with my daughter', 'with my kids', 'with the kids', 'with the baby'], 60, 1) },
      zh: { idioms: eitherWay(['忘带钥匙', '忘了带钥匙', '钥匙忘', '钥匙丢', '丢了钥匙', '钥匙锁在', '把钥匙锁'], ['我和孩子', '我跟孩子', '我和女儿', '我跟女儿', '我和儿子', '我跟儿子', '带着孩子', '我们母子', '我们母女', '我们父子', '我们父女'], 24, 1) },
      ko: { idioms: eitherWay(['열쇠를 두고', '열쇠를 잃어', '열쇠를 잊', '키를 두고', '키를 잃어', '비밀번호를 잊'], ['아이랑', '애랑', '아이와', '딸이랑', '아들이랑', '딸과', '아들과', '애들이랑', '아이들과', '아기랑'], 40, 1) },
      vi: { idioms: eitherWay(['quên chìa khóa', 'quên chìa khoá', 'mất chìa khóa', 'mất chìa khoá', 'để quên chìa khóa', 'đánh rơi chìa khóa', 'bỏ quên chìa khóa'], ['tôi và con', 'mẹ con tôi', 'hai mẹ con', 'hai bố con', 'bố con tôi', 'em và con', 'tôi với con', 'em với con'], 60, 1) },
      ne: { idioms: eitherWay(['साँचो बिर्स', 'साँचो हरा', 'चाबी बिर्स', 'चाबी हरा', 'sancho birs', 'saacho birs', 'sacho birs', 'sancho hara', 'chabi birs', 'chaabi birs', 'chabi hara', 'key birs'], ['म र छोरा', 'म र छोरी', 'म र बच्चा', 'आमाछोरा', 'आमाछोरी', 'आमा छोरा', 'आमा छोरी', 'बच्चासँगै', 'बच्चा सँगै', 'छोरासँगै', 'छोरीसँगै', 'ma ra chhora', 'ma ra chhori', 'ma ra bachha', 'bachha sangai', 'chhora sangai', 'chhori sangai', 'aama chhora', 'aama chhori'], 60, 1) },
      tl: { idioms: eitherWay(['naiwan ko ang susi', 'naiwan ko yung susi', 'naiwan yung susi', 'naiwan ang susi', 'nawala ang susi', 'nawala yung susi', 'nawala ko ang susi', 'nakalimutan ko ang susi', 'nakalimutan ko yung susi', 'na lock out', 'nalock out'], ['kami ng anak ko', 'kami ng mga anak ko', 'ako at ang anak ko', 'ako at anak ko', 'kasama ko ang anak ko', 'kasama ko anak ko', 'kasama ko yung anak ko', 'kami ng baby ko', 'kaming mag ina', 'kaming mag ama'], 60, 1) },
      pt: { idioms: eitherWay(['esqueci a chave', 'esqueci as chaves', 'esqueci minha chave', 'perdi a chave', 'perdi as chaves', 'perdi minha chave', 'a chave ficou dentro', 'chave ficou lá dentro'], ['eu e minha filha', 'eu e meu filho', 'eu e as crianças', 'eu e meus filhos', 'eu e minhas filhas', 'eu e o bebê', 'eu e a bebê', 'com minha filha', 'com meu filho', 'com as crianças', 'com o bebê'], 60, 1) },
      id: { idioms: eitherWay(['kunci ketinggalan', 'ketinggalan kunci', 'lupa bawa kunci', 'kunci hilang', 'kehilangan kunci', 'kunci tertinggal', 'kuncinya ketinggalan'], ['saya dan anak', 'aku dan anak', 'saya sama anak', 'aku sama anak', 'bersama anak', 'sama anak saya', 'sama anakku', 'dengan anak saya', 'dengan anakku'], 60, 1) },
    },
  },
  {
    // «Meu filho de 16 anos tranca a porta do quarto e não sai faz 8 meses», «Anh trai tôi nhốt mình trong
    // phòng mấy năm nay, chơi game cả đêm»: someone who shuts himself in his own room for months or years
    // (hikikomori), not someone locked in. Locked in by another («o pai tranca ele», «chồng nhốt em») still alarms.
    name: 'shutting oneself in one’s own room for months (hikikomori), not locked in',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['部屋に閉じこも', 'へやにとじこも', '部屋にこも', 'へやにこも', '自室にこも', 'じしつにこも', '部屋から出てこ', 'へやからでてこ'], ['年間', '年以上', '年も', '年になる', '年くらい', 'ねんかん', 'ねんいじょう', 'ヶ月', 'か月', 'カ月', 'かげつ', '引きこもり', 'ひきこもり', '不登校', 'ふとうこう'], 20, 1) },
      en: { idioms: eitherWay(['shut himself in his room', 'shut herself in her room', 'shuts himself in his room', 'shuts herself in her room', 'locks himself in his room', 'locks herself in her room', 'locked himself in his room', 'locked herself in her room', 'shut himself away', 'shut herself away', 'wont come out of his room', 'wont come out of her room', 'doesnt come out of his room', 'doesnt come out of her room', 'never leaves his room', 'never leaves her room'], ['for months', 'for years', 'months now', 'years now', 'for a year', 'hikikomori', 'stopped going to school'], 40, 1) },
      zh: { idioms: eitherWay(['把自己关在房间', '把自己锁在房间', '把自己关在自己房间', '把自己锁在自己房间', '闭门不出', '不出房门', '不出房间'], ['几年', '好几年', '几个月', '个月', '年了', '一年', '两年', '半年', '不上学', '不去上学', '家里蹲', '蛰居'], 16, 1) },
      ko: { idioms: eitherWay(['방에 틀어박', '방에만 틀어박', '방문을 잠그고 안 나', '방문 잠그고 안 나', '방에서 안 나오', '방에서 나오지 않'], [...cross(NUMS.slice(0, 30), ['년째', '개월째', '달째'], ''), '몇 년', '몇 달', '은둔', '학교도 안', '학교 안 가'], 30, 1) },
      vi: { idioms: eitherWay(['tự nhốt mình', 'nhốt mình trong phòng', 'tự giam mình', 'giam mình trong phòng', 'không ra khỏi phòng', 'không chịu ra khỏi phòng'], ['mấy năm nay', 'mấy năm', 'nhiều năm', 'mấy tháng nay', 'mấy tháng', 'nhiều tháng', 'năm nay', 'tháng nay', 'không đi học', 'không đi làm', 'hikikomori'], 40, 1) },
      ne: { idioms: eitherWay(['आफैँलाई कोठामा थुन', 'आफूलाई कोठामा थुन', 'कोठाबाट निस्कँदैन', 'कोठाबाट निस्किँदैन', 'कोठा बाहिर निस्कँदैन', 'aafai lai kotha ma thun', 'aaphailai kotha ma thun', 'aafulai kotha ma thun', 'kotha bata niskadaina', 'kotha bata niskidaina', 'kotha bahira niskadaina'], ['वर्षदेखि', 'वर्ष भयो', 'महिनादेखि', 'महिना भयो', 'barsa dekhi', 'barsa bhayo', 'barsha dekhi', 'mahina dekhi', 'mahina bhayo', 'स्कूल जाँदैन', 'school jadaina', 'काम गर्दैन', 'kaam gardaina'], 40, 1) },
      tl: { idioms: eitherWay(['nagkukulong sa kwarto', 'nagkukulong siya sa kwarto', 'nagkulong sa kwarto', 'nagkulong siya sa kwarto', 'nagkukulong lang sa kwarto', 'ikinulong ang sarili', 'ikinukulong ang sarili', 'kinulong ang sarili', 'kinukulong ang sarili', 'hindi lumalabas ng kwarto', 'di lumalabas ng kwarto', 'hindi lumalabas sa kwarto'], ['buwan na', 'ilang buwan', 'ilang taon', 'hikikomori', 'hindi pumapasok', 'di pumapasok'], 40, 1) },
      pt: { idioms: eitherWay(['se tranca no quarto', 'se trancou no quarto', 'se tranca no próprio quarto', 'tranca a porta do quarto e não sai', 'fica trancado no quarto', 'fica trancada no quarto', 'vive trancado no quarto', 'vive trancada no quarto', 'não sai do quarto', 'se isola no quarto', 'se isolou no quarto'], ['faz meses', 'há meses', 'faz anos', 'há anos', 'meses sem sair', 'faz um ano', 'hikikomori', 'não vai à escola', 'não vai pra escola', 'só pede comida'], 40, 1) },
      id: { idioms: eitherWay(['mengurung diri di kamarnya', 'ngurung diri di kamarnya', 'dia mengurung diri', 'dia ngurung diri', 'ngunci diri di kamarnya', 'mengunci diri di kamarnya', 'nggak keluar kamar', 'gak keluar kamar', 'ga keluar kamar', 'tidak keluar kamar', 'tidak mau keluar kamar', 'nggak mau keluar kamar', 'gak mau keluar kamar'], ['berbulan', 'bertahun', 'beberapa bulan', 'beberapa tahun', 'setahun', 'sudah dua tahun', 'udah dua tahun', 'hikikomori', 'nggak sekolah', 'gak sekolah', 'tidak sekolah'], 40, 1) },
    },
  },
  {
    // «ăn vạ trong siêu thị, nằm lăn ra đất gào 'mẹ đánh con đi'», «kalau tantrum suka membenturkan kepala ke
    // lantai»: a small child's tantrum — shouting "hit me then", banging its own head. The head-banging is
    // the child's own (no one else's head named); a parent's blow told beside it still alarms.
    name: 'a small child’s tantrum: shouting “hit me”, banging its own head on the floor',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['癇癪を起こ', 'かんしゃくをおこ', 'イヤイヤ期', 'いやいやき', '駄々をこね', 'だだをこね'], ['自分の頭を', 'じぶんのあたまを', '自分で頭を', 'じぶんであたまを', '頭をゴンゴン', 'あたまをごんごん', 'ママたたいて', 'ままたたいて', 'たたいてよ', '叩いてよ'], 30, 1) },
      en: { idioms: eitherWay(['tantrum', 'tantrums', 'meltdown', 'meltdowns', 'terrible twos'], ['bangs his head', 'bangs her head', 'banging his head', 'banging her head', 'bang his head', 'bang her head', 'hits his own head', 'hits her own head', 'screams hit me', 'yells hit me', 'shouts hit me', 'screaming hit me', 'yelling hit me', 'go on hit me'], 40, 1) },
      zh: { idioms: eitherWay(['闹脾气', '撒泼', '耍赖', '哭闹', '可怕的两岁', '打滚'], ['撞头', '用头撞地', '自己撞头', '拿头撞地', '拿头撞墙', '你打我啊', '妈妈打我啊', '打我啊'], 16, 1) },
      ko: { idioms: eitherWay(['떼쓰', '떼를 쓰', '생떼', '미운 네 살', '미운 세 살'], ['머리를 박', '머리 박', '머리를 쿵쿵', '때려 보라고', '때려보라고', '엄마 때려 봐', '엄마 때려봐'], 30, 1) },
      vi: { idioms: eitherWay(['khóc ăn vạ', 'hay ăn vạ', 'đang ăn vạ', 'nằm ăn vạ', 'lăn ra ăn vạ', 'ăn vạ trong', 'ăn vạ ở', 'ăn vạ giữa', 'lăn ra đất', 'lăn ra sàn', 'giãy nảy'], ['mẹ đánh con đi', 'bố đánh con đi', 'ba đánh con đi', 'đập đầu xuống sàn', 'đập đầu xuống đất', 'tự đập đầu', 'đập đầu vào tường'], 40, 1) },
      ne: { idioms: eitherWay(['जिद्दी गर्दा', 'जिद्दी गर्छ', 'जिद गर्दा', 'ढिपी गर्दा', 'ढिपी गर्छ', 'jiddi garda', 'jiddi garchha', 'jid garda', 'dhipi garda', 'dhipi garchha', 'tantrum'], ['टाउको भुइँमा ठोक्', 'टाउको ठोक्छ', 'आफ्नै टाउको', 'मलाई कुट भन्छ', 'tauko bhuima thok', 'tauko thokchha', 'aafnai tauko', 'malai kut bhanchha'], 40, 1) },
      tl: { idioms: eitherWay(['tantrum', 'tantrums', 'nagtatantrum', 'nagta tantrum', 'nagmamaktol', 'nag aalboroto', 'nagaalboroto'], ['inuuntog ang ulo', 'inuumpog ang ulo', 'iniuumpog ang ulo', 'inuuntog niya ang ulo', 'inuumpog niya ang ulo', 'inuuntog yung ulo', 'inuumpog yung ulo', 'paluin mo ako', 'saktan mo ako'], 40, 1) },
      pt: { idioms: eitherWay(['birra', 'faz birra', 'fazendo birra', 'pirraça', 'crise de choro', 'ataque de birra'], ['bate a cabeça no chão', 'bater a cabeça no chão', 'batendo a cabeça no chão', 'bate a cabeça na parede', 'batendo a cabeça na parede', 'me bate mãe', 'bate em mim mãe', 'grita me bate', 'gritando me bate', 'se joga no chão'], 40, 1) },
      id: { idioms: eitherWay(['tantrum', 'tantrumnya', 'rewel', 'ngambek'], ['membenturkan kepala ke', 'membenturkan kepalanya ke', 'membenturkan kepalanya sendiri', 'benturin kepala ke', 'benturin kepalanya', 'jedotin kepala', 'jedot jedotin kepala', 'jedukin kepala', 'pukul aku aja'], 40, 1) },
    },
  },
  {
    // «छिमेकीको बच्चा हरेक साँझ नुहाउने बेलामा चिच्याएर रुन्छ», 邻居家小孩每天晚上洗澡都哭: a small child
    // who cries or screams at bath time. A blow, a threat or a plea for help heard with it still alarms.
    name: 'a small child who screams or cries at bath time',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['お風呂の時', 'おふろのとき', 'お風呂に入る', 'おふろにはいる', 'お風呂で', 'おふろで', 'お風呂の時間', 'おふろのじかん', 'お風呂嫌', 'おふろぎら', 'おふろいや'], ['泣き叫', 'なきさけ', 'ぎゃん泣き', 'ぎゃんなき', '大泣き', 'おおなき'], 16, 1) },
      en: { idioms: eitherWay(['bath time', 'bathtime', 'at bath', 'in the bath', 'having a bath', 'hates baths', 'hates the bath'], ['screams', 'screaming', 'cries', 'crying', 'wails', 'wailing', 'shrieks'], 32, 1) },
      zh: { idioms: eitherWay(['洗澡'], ['哭得撕心裂肺', '撕心裂肺', '哭闹', '大哭', '尖叫', '哭'], 10, 1) },
      ko: { idioms: eitherWay(['목욕하기 싫', '목욕할 때', '목욕 시킬 때', '목욕시킬 때', '씻기 싫', '씻을 때'], ['자지러지', '울어', '울고', '소리를 지르', '악을 쓰'], 24, 1) },
      vi: { idioms: eitherWay(['lúc tắm cho', 'khi tắm cho', 'mỗi lần tắm', 'đến giờ tắm', 'không chịu tắm', 'tắm cho bé', 'tắm cho con'], ['gào khóc', 'khóc thét', 'la hét', 'khóc ầm'], 32, 1) },
      ne: { idioms: eitherWay(['नुहाउने बेला', 'नुहाउँदा', 'नुहाउन मान्दैन', 'nuhaune bela', 'nuhauda', 'nuhauna mandaina'], ['चिच्याएर रुन्छ', 'चिच्याउँछ', 'रुन्छ', 'कराउँछ', 'chichyayera runchha', 'chichyaera runchha', 'chichyauchha', 'runchha', 'karauchha'], 32, 1) },
      tl: { idioms: eitherWay(['pagpapaligo', 'pinapaliguan', 'pag pinapaliguan', 'ayaw maligo', 'oras ng ligo'], ['umiiyak', 'iyak nang iyak', 'nagsisisigaw', 'nagwawala sa iyak'], 32, 1) },
      pt: { idioms: eitherWay(['hora do banho', 'na hora do banho', 'dar banho', 'tomar banho'], ['chora', 'grita', 'berra', 'chorando', 'gritando', 'berrando', 'esperneia'], 32, 1) },
      id: { idioms: eitherWay(['waktu mandi', 'pas mandi', 'mau mandi', 'disuruh mandi', 'dimandiin', 'dimandikan', 'nggak mau mandi', 'gak mau mandi'], ['nangis', 'teriak', 'menjerit', 'jerit'], 32, 1) },
    },
  },
  {
    // «बच्चा ठूलो स्वरले कराउँछ, तर बुबासँग गेम खेल्दै हाँसेको हो», «Anak tetangga teriak-teriak tiap malam,
    // tapi itu main game sama bapaknya sambil ketawa»: a child's shouting heard through the wall, and it is
    // play — laughing, a game with a parent. A blow or a cry of pain heard with it still alarms.
    name: 'a child’s shouting at play: laughing, a game with a parent',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['叫んで', 'さけんで', '叫び声', 'さけびごえ', '大声で', 'おおごえで', '奇声', 'きせい'], ['遊んでいる', 'あそんでいる', '遊んでる', 'あそんでる', 'はしゃいで', 'ふざけて'], 24, 1) },
      en: { idioms: eitherWay(['screaming', 'screams', 'shouting', 'yelling', 'shrieking'], ['laughing', 'while playing', 'playing games with', 'playing with his dad', 'playing with her dad', 'playing with his mum', 'playing with her mum', 'playing with his mom', 'playing with her mom', 'having fun', 'giggling'], 50, 1) },
      zh: { idioms: eitherWay(['大叫', '尖叫', '喊叫', '吼叫', '大喊'], ['笑着', '边玩边', '跟爸爸玩', '和爸爸玩', '跟妈妈玩', '和妈妈玩', '闹着玩'], 16, 1) },
      ko: { idioms: eitherWay(['소리를 지르', '소리 지르', '비명', '고함'], ['웃으면서', '웃고 있', '놀면서', '아빠랑 놀', '엄마랑 놀'], 30, 1) },
      vi: { idioms: eitherWay(['la hét', 'hét to', 'gào to', 'kêu thét', 'la to'], ['vừa cười', 'cười đùa', 'cười khanh khách', 'chơi với bố', 'chơi với ba', 'chơi với mẹ', 'nô đùa'], 50, 1) },
      ne: { idioms: eitherWay(['ठूलो स्वरले कराउँछ', 'ठूलो स्वरले चिच्याउँछ', 'कराउँछ', 'चिच्याउँछ', 'thulo swor le karauchha', 'thulo sworle karauchha', 'karauchha', 'chichyauchha'], ['हाँसेको हो', 'हाँस्दै', 'haaseko ho', 'haseko ho', 'hasdai', 'haasdai'], 50, 1) },
      tl: { idioms: eitherWay(['sumisigaw', 'nagsisisigaw', 'tumitili', 'nagtitili'], ['tumatawa', 'nagtatawanan', 'kalaro ang tatay', 'kalaro ang nanay', 'kalaro yung tatay'], 50, 1) },
      pt: { idioms: eitherWay(['grita', 'gritando', 'berra', 'berrando', 'gritaria'], ['rindo', 'dando risada', 'jogando com o pai', 'jogando com a mãe'], 50, 1) },
      id: { idioms: eitherWay(['teriak teriak', 'teriak', 'menjerit', 'jerit jerit'], ['main sama bapak', 'main sama ayah', 'main sama papa', 'main sama ibu', 'main sama mama', 'sambil ketawa', 'sambil tertawa', 'ketawa ketawa'], 50, 1) },
    },
  },
  {
    // «kalau main game kelamaan ayah sembunyiin switch aku. kemarin aku nemu di lemari hehe»: a parent who
    // hides the game console as a rule, and the child who found it in a cupboard. A child hidden or shut
    // in a cupboard («dikunci di lemari») still alarms.
    name: 'a parent who hides the game console; the child who found it in a cupboard',
    signal: null,
    words: {
      ja: { idioms: [{ a: ['ゲーム機', 'げーむき', 'スイッチ', 'すいっち', 'ゲーム', 'げーむ', 'コントローラー', 'こんとろーらー'], b: ['を隠', 'をかくさ', 'をかくし', 'をかくす'], reach: 2 }, { a: ['隠された', 'かくされた', '隠して', 'かくして', '隠す', 'かくす'], b: ['押し入れで見つけ', 'おしいれでみつけ', 'クローゼットで見つけ', 'くろーぜっとでみつけ', 'タンスで見つけ', 'たんすでみつけ', '引き出しで見つけ', 'ひきだしでみつけ'], reach: 40, acrossSentences: 1 }] },
      en: { idioms: [{ a: ['hides my', 'hid my', 'hides his', 'hid his', 'hides her', 'hid her', 'hides the', 'hid the'], b: ['switch', 'nintendo', 'ps4', 'ps5', 'playstation', 'xbox', 'game console', 'console', 'controller', 'games', 'game'], reach: 2 }, { a: ['hides my', 'hid my', 'hides his', 'hid his', 'hides her', 'hid her', 'hides the', 'hid the'], b: ['found it in the closet', 'found it in the cupboard', 'found it in the wardrobe', 'found it in the drawer', 'found it under'], reach: 60, acrossSentences: 1 }] },
      zh: { idioms: [{ a: ['游戏机', 'switch', 'ns', 'ps5', 'ps4', '手柄', '掌机'], b: ['藏起来', '藏在', '藏了', '藏到'], reach: 6 }, { a: ['藏起来', '藏在', '藏了', '藏到'], b: ['在柜子里找到', '在衣柜里找到', '在抽屉里找到', '柜子里找到了', '衣柜里找到了'], reach: 24, acrossSentences: 1 }] },
      ko: { idioms: [{ a: ['스위치', '닌텐도', '플스', '콘솔', '컨트롤러'], b: ['숨기', '숨겨', '숨겼'], reach: 8 }, { a: ['숨기', '숨겨', '숨겼'], b: ['옷장에서 찾', '서랍에서 찾', '장롱에서 찾', '벽장에서 찾'], reach: 40, acrossSentences: 1 }] },
      vi: { idioms: [{ a: ['giấu', 'cất giấu', 'đem giấu'], b: ['máy game', 'switch', 'nintendo', 'ps5', 'ps4', 'tay cầm'], reach: 10 }, { a: ['giấu', 'cất giấu', 'đem giấu'], b: ['tìm thấy trong tủ', 'tìm thấy ở trong tủ', 'tìm được trong tủ', 'tìm thấy trong ngăn kéo'], reach: 60, acrossSentences: 1 }] },
      ne: { idioms: [{ a: ['गेम', 'game', 'switch', 'स्विच', 'nintendo', 'ps5'], b: ['लुकाइदिनुहुन्छ', 'लुकाउनुहुन्छ', 'लुकाउँछ', 'लुकाइदियो', 'लुकायो', 'lukaidinu', 'lukaunu', 'lukauchha', 'lukaidiyo', 'lukayo'], reach: 16 }, { a: ['लुकाइदिनुहुन्छ', 'लुकाउनुहुन्छ', 'लुकाउँछ', 'लुकाइदियो', 'लुकायो', 'lukaidinu', 'lukaunu', 'lukauchha', 'lukaidiyo', 'lukayo'], b: ['दराजमा भेटें', 'दराजमा भेटेँ', 'दराजमा भेट्टाएँ', 'दराजमा पाएँ', 'daraj ma bhete', 'daraj ma bhettae', 'daraj ma paye', 'almari ma bhete'], reach: 60, acrossSentences: 1 }] },
      tl: { idioms: [{ a: ['tinatago', 'itinatago', 'tinago', 'itinago'], b: ['switch', 'nintendo', 'ps5', 'ps4', 'playstation', 'console', 'controller', 'game'], reach: 20 }, { a: ['tinatago', 'itinatago', 'tinago', 'itinago'], b: ['nakita ko sa aparador', 'nakita ko sa cabinet', 'nahanap ko sa aparador', 'nahanap ko sa cabinet', 'nakita ko sa drawer', 'nahanap ko sa drawer'], reach: 60, acrossSentences: 1 }] },
      pt: { idioms: [{ a: ['esconde', 'escondeu', 'escondendo'], b: ['switch', 'nintendo', 'playstation', 'ps5', 'ps4', 'xbox', 'controle', 'console'], reach: 20 }, { a: ['esconde', 'escondeu', 'escondendo'], b: ['achei no armário', 'encontrei no armário', 'achei na gaveta', 'encontrei na gaveta', 'achei no guarda roupa', 'encontrei no guarda roupa'], reach: 60, acrossSentences: 1 }] },
      id: { idioms: [{ a: ['sembunyiin', 'nyembunyiin', 'menyembunyikan', 'umpetin', 'ngumpetin'], b: ['switch', 'nintendo', 'ps5', 'ps4', 'playstation', 'konsol', 'stik', 'game'], reach: 20 }, { a: ['sembunyiin', 'nyembunyiin', 'menyembunyikan', 'umpetin', 'ngumpetin'], b: ['nemu di lemari', 'ketemu di lemari', 'nemu di laci', 'ketemu di laci', 'menemukannya di lemari', 'nemuin di lemari'], reach: 60, acrossSentences: 1 }] },
    },
  },
  {
    // «tuần này hết thuốc mà phòng khám nghỉ Tết», «Pwede bang mabawasan ang bayad sa gamot?»: a medicine
    // prescribed and run out before a holiday, or its cost, asked about. The pills' own words are left as
    // they are (saved up, swallowed all, «uống hết thuốc», «inipon ko ang gamot» still alarm).
    name: 'a prescribed medicine run out before a holiday, or its cost, asked about',
    signal: null,
    words: {
      ja: { idioms: ['薬代', 'くすりだい', '薬の値段', 'くすりのねだん', { a: ['薬が切れ', 'くすりがきれ', '薬がなくな', '睡眠薬が切れ', 'すいみんやくがきれ', '睡眠薬がなくな', 'すいみんやくがなくな'], b: ['休診', 'きゅうしん', '病院が休み', 'びょういんがやすみ', 'お正月', 'おしょうがつ', '連休', 'れんきゅう', 'もらえる病院', '処方してもら', 'しょほうしてもら'], reach: 40, acrossSentences: 1 }] },
      en: { idioms: ['cost of my medication', 'cost of my medicine', 'price of my medication', 'pay less for my medicine', { a: ['ran out of my', 'run out of my', 'running out of my', 'ran out of sleeping', 'run out of sleeping', 'running out of sleeping', 'ran out of pills', 'run out of pills'], b: ['clinic is closed', 'clinic closed', 'pharmacy closed', 'over the holidays', 'holiday', 'refill', 'new prescription', 'repeat prescription'], reach: 60, acrossSentences: 1 }] },
      zh: { idioms: ['药费', '药钱', { a: ['药吃完了', '药快吃完', '药没了'], b: ['休诊', '放假', '过年', '关门', '再开药', '开药', '配药'], reach: 20, acrossSentences: 1 }] },
      ko: { idioms: ['약값', { a: ['약이 떨어', '수면제가 떨어', '약이 다 떨어'], b: ['휴진', '연휴', '쉬는 날', '처방', '명절'], reach: 40, acrossSentences: 1 }] },
      vi: { idioms: ['tiền thuốc', 'giá thuốc', { a: ['tuần này hết thuốc', 'đã hết thuốc', 'bị hết thuốc', 'sắp hết thuốc', 'thì hết thuốc', 'nay hết thuốc', 'mai hết thuốc'], b: ['phòng khám nghỉ', 'phòng khám đóng cửa', 'bệnh viện nghỉ', 'nghỉ tết', 'nghỉ lễ', 'lấy thêm thuốc', 'kê thêm', 'mua thêm thuốc', 'xin thêm thuốc', 'đơn mới', 'đơn thuốc mới'], reach: 50, acrossSentences: 1 }] },
      ne: { idioms: ['औषधिको पैसा', 'ausadhi ko paisa', 'aushadhi ko paisa', { a: ['औषधि सकियो', 'औषधि सकिन लाग्यो', 'ausadhi sakiyo', 'aushadhi sakiyo', 'ausadhi sakina lagyo'], b: ['क्लिनिक बन्द', 'थप औषधि', 'clinic banda', 'thap ausadhi', 'prescription'], reach: 50, acrossSentences: 1 }] },
      tl: { idioms: ['bayad sa gamot', 'presyo ng gamot', 'gastos sa gamot', 'bayarin sa gamot', 'discount sa gamot', { a: ['naubos ang gamot', 'naubos yung gamot', 'mauubos na ang gamot', 'paubos na ang gamot', 'paubos na yung gamot'], b: ['sarado ang clinic', 'sarado ang ospital', 'holiday', 'refill', 'bagong reseta'], reach: 50, acrossSentences: 1 }] },
      pt: { idioms: ['preço do remédio', 'custo do remédio', 'pagar menos no remédio', { a: ['acabou o remédio', 'acabaram os remédios', 'remédio acabou', 'remédio está acabando', 'remédio tá acabando', 'ficar sem remédio'], b: ['clínica fechada', 'clínica fecha', 'feriado', 'receita nova', 'nova receita', 'renovar a receita', 'antes da data'], reach: 50, acrossSentences: 1 }] },
      id: { idioms: ['harga obat', 'biaya obat', { a: ['obat habis', 'obatnya habis', 'obat saya habis', 'obatku habis', 'obat mau habis', 'obatnya mau habis'], b: ['klinik tutup', 'klinik libur', 'libur lebaran', 'libur', 'resep baru', 'tebus resep'], reach: 50, acrossSentences: 1 }] },
    },
  },
  {
    // «biro niya lagi 'overdose na ako' pag dalawang vitamins»: an "overdose" said of two vitamins. Pills
    // saved up, or a child who swallowed a bottle of them, still alarm by their own words.
    name: '“overdose” said in jest of two vitamins',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['ビタミン2', 'ビタミンを2', 'ビタミン剤を2', 'サプリ2', 'サプリを2', 'びたみんを2', 'さぷりを2'], ['オーバードーズ', 'おーばーどーず'], 24, 1) },
      en: { idioms: eitherWay(['two vitamins', '2 vitamins', 'two multivitamins', 'one vitamin', 'a vitamin tablet', 'two supplements', 'an extra vitamin'], ['overdose', 'overdosing', 'overdosed'], 32, 1) },
      zh: { idioms: eitherWay(['两颗维生素', '两粒维生素', '两片维生素', '两颗维他命', '两粒维他命', '两片维他命', '一颗维生素'], ['过量', '嗑药过量'], 12, 1) },
      ko: { idioms: eitherWay(['비타민 두 알', '비타민 2알', '비타민 한 알', '영양제 두 알', '영양제 2알'], ['과다복용', '과다 복용', '오버도즈'], 20, 1) },
      vi: { idioms: eitherWay(['hai viên vitamin', '2 viên vitamin', 'một viên vitamin', 'hai viên thuốc bổ', '2 viên thuốc bổ'], ['quá liều', 'overdose'], 32, 1) },
      ne: { idioms: eitherWay(['दुईवटा भिटामिन', 'दुई वटा भिटामिन', 'दुई चक्की भिटामिन', 'duita vitamin', 'dui ota vitamin', 'dui wata vitamin', 'duiwata vitamin'], ['ओभरडोज', 'overdose'], 32, 1) },
      tl: { idioms: eitherWay(['dalawang vitamins', 'dalawang vitamin', 'dalawang tableta ng vitamin', '2 vitamins', 'isang vitamin'], ['overdose'], 40, 1) },
      pt: { idioms: eitherWay(['duas vitaminas', '2 vitaminas', 'uma vitamina', 'dois comprimidos de vitamina'], ['overdose', 'superdosagem'], 32, 1) },
      id: { idioms: eitherWay(['dua vitamin', '2 vitamin', 'dua tablet vitamin', 'dua butir vitamin', 'satu vitamin'], ['overdosis', 'overdose'], 32, 1) },
    },
  },
  {
    // «ngáy to rồi có lúc ngừng thở vài giây, bác sĩ nghi ngưng thở khi ngủ», 「いびきが急に止まって、10秒くらい
    // 息をしてない」: snoring with pauses of a few seconds — sleep apnoea. Breath stopped with no seconds
    // told, a sleeper who cannot be woken or turns blue, still alarms.
    name: 'sleep apnoea: snoring with breathing that stops for a few seconds',
    signal: null,
    words: {
      ja: { idioms: ['睡眠時無呼吸', 'すいみんじむこきゅう', '無呼吸症候群', 'むこきゅうしょうこうぐん', ...eitherWay(['いびき', 'イビキ'], ['秒くらい息', '秒ほど息', '秒間息', '秒くらい呼吸', '秒ほど呼吸', '秒間呼吸', 'びょうくらいいき', 'びょうほどいき', '無呼吸', 'むこきゅう'], 24, 1)] },
      en: { idioms: ['sleep apnea', 'sleep apnoea', ...eitherWay(['snore', 'snores', 'snoring'], ['stops breathing for a few seconds', 'stopped breathing for a few seconds', 'stop breathing for a few seconds', 'stops breathing for a second', 'stops breathing for 10 seconds', 'stops breathing for ten seconds', 'stops breathing for several seconds', 'not breathing for a few seconds', 'pauses in his breathing', 'pauses in her breathing'], 40, 1)] },
      zh: { idioms: ['睡眠呼吸暂停', '睡眠窒息症', ...eitherWay(['打呼', '打鼾', '打呼噜'], ['几秒不呼吸', '几秒没呼吸', '秒不呼吸', '秒没呼吸', '秒没有呼吸', '呼吸暂停'], 16, 1)] },
      ko: { idioms: ['수면무호흡', '수면 무호흡', ...eitherWay(['코골', '코를 골'], [...cross(NUMS, ['초 동안 숨', '초간 숨', '초 정도 숨'], ''), '몇 초 동안 숨', '몇초 동안 숨', '몇 초간 숨', '무호흡'], 30, 1)] },
      vi: { idioms: ['hội chứng ngưng thở', 'chứng ngưng thở khi ngủ', 'bệnh ngưng thở khi ngủ', 'nghi ngưng thở khi ngủ', 'chứng ngừng thở khi ngủ', ...eitherWay(['ngáy'], ['ngừng thở vài giây', 'ngưng thở vài giây', 'ngừng thở mấy giây', 'ngưng thở mấy giây', 'ngừng thở vài chục giây', 'ngưng thở vài chục giây', 'ngừng thở một lúc rồi', 'ngưng thở một lúc rồi'], 40, 1)] },
      ne: { idioms: ['स्लिप एप्निया', 'sleep apnea', 'sleep apnoea', ...eitherWay(['घुर्', 'ghur', 'खर्रा'], ['सेकेन्ड सास', 'सेकेन्डसम्म सास', 'सेकेण्ड सास', 'second samma sas', 'second samma saas', 'second sas', 'second saas'], 40, 1)] },
      tl: { idioms: ['sleep apnea', ...eitherWay(['hilik', 'humihilik', 'naghihilik'], ['segundo hindi humihinga', 'segundong hindi humihinga', 'seconds hindi humihinga', 'segundo na hindi humihinga', 'segundo tumitigil ang hininga', 'segundong tumitigil ang hininga'], 40, 1)] },
      pt: { idioms: ['apneia do sono', 'apnéia do sono', ...eitherWay(['ronca', 'ronco', 'roncar', 'roncando'], ['para de respirar por alguns segundos', 'para de respirar uns segundos', 'parava de respirar por alguns segundos', 'segundos sem respirar', 'apneia'], 40, 1)] },
      id: { idioms: ['sleep apnea', 'apnea tidur', ...eitherWay(['ngorok', 'mendengkur', 'dengkur'], ['berhenti napas beberapa detik', 'berhenti bernapas beberapa detik', 'detik tidak bernapas', 'detik nggak napas', 'detik gak napas', 'apnea'], 40, 1)] },
    },
  },
  {
    // «हिजो राति … एम्बुलेन्स बोलायो, आज बिहान अस्पतालबाट फर्कियो», «desmaiou ontem durante a diálise … ele já
    // voltou pra casa»: a faint or an ambulance of yesterday, and home from hospital since; what the
    // ambulance costs. A faint told anew after the homecoming («desmaiou de novo») still alarms.
    name: 'a faint or an ambulance of yesterday, home from hospital since; what the ambulance costs',
    signal: null,
    words: {
      ja: { idioms: ['救急車の費用', 'きゅうきゅうしゃのひよう', '救急車代', 'きゅうきゅうしゃだい', { a: ['昨日...救急車', 'きのう...きゅうきゅうしゃ', '昨日...倒れ', 'きのう...たおれ', '昨日...気を失', '昨日...失神', '先週...救急車', '先週...倒れ', 'せんしゅう...たおれ'], b: ['今日退院', 'きょうたいいん', 'もう家に帰', 'もういえにかえ', '今朝帰って', 'けさかえって', '病院から帰', 'びょういんからかえ'], reach: 60, acrossSentences: 1 }] },
      en: { idioms: ['pay for the ambulance', 'cost of the ambulance', 'ambulance fee', { a: ['yesterday...ambulance', 'last night...ambulance', 'yesterday...fainted', 'yesterday...collapsed', 'last night...collapsed', 'fainted yesterday', 'collapsed yesterday', 'collapsed last night'], b: ['back home now', 'already home', 'home from hospital', 'came home this morning', 'discharged this morning', 'sent home'], reach: 80, acrossSentences: 1 }] },
      zh: { idioms: ['救护车的费用', '救护车费', { a: ['昨天...救护车', '昨晚...救护车', '昨天...晕倒', '昨天...昏倒', '昨晚...晕倒'], b: ['已经回家', '今天出院', '今早出院'], reach: 30, acrossSentences: 1 }] },
      ko: { idioms: ['구급차 비용', '구급차 요금', { a: ['어제...구급차', '어젯밤...구급차', '어제...쓰러', '어제...기절'], b: ['집에 돌아왔', '오늘 퇴원', '집에 왔'], reach: 60, acrossSentences: 1 }] },
      vi: { idioms: ['tiền xe cấp cứu', 'phí xe cấp cứu', { a: ['hôm qua...xe cấp cứu', 'tối qua...xe cấp cứu', 'hôm qua...ngất', 'hôm qua...xỉu', 'tối qua...ngất'], b: ['đã về nhà', 'về nhà rồi', 'sáng nay xuất viện'], reach: 80, acrossSentences: 1 }] },
      ne: { idioms: ['एम्बुलेन्सको पैसा', 'एम्बुलेन्सको शुल्क', 'ambulance ko paisa', 'ambulance ko sulka', 'ambulance ko shulka', { a: ['हिजो...एम्बुलेन्स', 'hijo...ambulance', 'हिजो...बेहोस', 'hijo...behosh', 'hijo...behos', 'हिजो...ढल्'], b: ['अस्पतालबाट फर्कियो', 'अस्पतालबाट फर्कनुभयो', 'अस्पतालबाट फर्किनुभयो', 'अस्पतालबाट घर', 'aspatal bata farkiyo', 'aspatal bata pharkiyo', 'hospital bata farkiyo', 'hospital bata pharkiyo'], reach: 80, acrossSentences: 1 }] },
      tl: { idioms: ['bayad sa ambulansya', 'bayad sa ambulance', { a: ['kahapon...ambulansya', 'kagabi...ambulansya', 'kahapon...ambulance', 'kagabi...ambulance', 'kahapon...nahimatay', 'kagabi...nahimatay', 'kahapon...nawalan ng malay'], b: ['nakauwi na', 'umuwi na siya', 'nakalabas na', 'pinauwi na', 'nasa bahay na'], reach: 80, acrossSentences: 1 }] },
      pt: { idioms: ['pagar a ambulância', 'preço da ambulância', { a: ['desmaiou ontem', 'desmaiei ontem', 'ontem...desmaiou', 'ontem...desmaiei', 'ontem...ambulância'], b: ['já voltou pra casa', 'já voltou para casa', 'resolveram na hora'], reach: 80, acrossSentences: 1 }] },
      id: { idioms: ['biaya ambulans', 'bayar ambulans', { a: ['kemarin...ambulans', 'tadi malam...ambulans', 'semalam...ambulans', 'kemarin...pingsan', 'semalam...pingsan'], b: ['sudah pulang', 'udah pulang', 'sudah di rumah', 'udah di rumah'], reach: 80, acrossSentences: 1 }] },
    },
  },
  {
    // «anuhar bango jasto dekhiyo. clinic gaye, lamkhutte le toknu bhayeko allergy re», «tabingi yung mukha ko
    // simula nung nagpa-Botox», «metade do rosto dormente da anestesia»: a face that droops or goes numb
    // with its harmless cause told — the dentist's anaesthetic, Botox, a mosquito bite. (Bell's palsy is in
    // concepts-safe.ts.) Slurred speech or a weak arm told beside it still alarms by its own words.
    name: 'a face that droops or goes numb from the dentist’s anaesthetic, Botox or a mosquito bite',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['顔の半分', 'かおのはんぶん', '顔半分', 'かおはんぶん', '顔が歪', 'かおがゆが', '口が曲が', 'くちがまが', '口元が下が', 'くちもとがさが', '唇と顔', 'くちびるとかお'], ['歯医者の麻酔', 'はいしゃのますい', '歯医者で麻酔', 'はいしゃでますい', '麻酔のあと', 'ますいのあと', '麻酔が切れ', 'ますいがきれ', 'ボトックスのあと', 'ボトックスしてから', 'ぼとっくすしてから', '蚊に刺さ', 'かにささ', '虫刺され', 'むしさされ'], 40, 1) },
      en: { idioms: eitherWay(['half my face', 'half his face', 'half her face', 'half of my face', 'half of her face', 'half of his face', 'face is droopy', 'face droop', 'face drooping', 'face looks crooked', 'face is crooked', 'crooked face', 'side of my face', 'side of her face', 'side of his face', 'mouth droop', 'lip droop'], ['after the dentist', 'from the dentist', 'at the dentist', 'dental anaesthetic', 'dental anesthetic', 'the anaesthetic', 'the anesthetic', 'novocaine', 'numbing injection', 'since my botox', 'since the botox', 'after botox', 'after my botox', 'after the botox', 'mosquito bite', 'bug bite', 'insect bite'], 80, 1) },
      zh: { idioms: eitherWay(['半边脸', '半张脸', '脸歪', '嘴歪', '口角歪', '一边脸'], ['牙医打了麻药', '看牙打了麻药', '拔牙后', '拔完牙', '麻药还没退', '麻药没退', '打了肉毒', '打完肉毒', '蚊子咬', '被蚊子', '虫咬'], 24, 1) },
      ko: { idioms: eitherWay(['얼굴 반쪽', '얼굴 한쪽', '얼굴이 비뚤', '입이 비뚤', '입꼬리가 처', '얼굴 절반'], ['치과 마취', '치과에서 마취', '마취가 안 풀', '마취가 덜 풀', '보톡스 맞고', '보톡스 맞은 뒤', '보톡스 맞은 후', '모기 물', '모기에 물', '벌레 물'], 60, 1) },
      vi: { idioms: eitherWay(['nửa mặt bị', 'nửa mặt tê', 'nửa khuôn mặt', 'một bên mặt', 'méo mặt', 'mặt bị méo', 'mặt méo', 'méo miệng', 'miệng méo', 'xệ một bên', 'mặt lệch'], ['nha sĩ', 'nha khoa', 'thuốc tê', 'gây tê', 'sau khi tiêm botox', 'từ khi tiêm botox', 'muỗi đốt', 'côn trùng cắn', 'nhổ răng'], 80, 1) },
      ne: { idioms: eitherWay(['अनुहार बाङ्गो', 'अनुहार बांगो', 'मुख बाङ्गो', 'आधा अनुहार', 'anuhar bango', 'anuhar baango', 'anuhaar bango', 'mukh bango', 'aadha anuhar', 'adha anuhar'], ['दाँतको डाक्टर', 'लट्याउने सुई', 'एनेस्थेसिया', 'लामखुट्टेले टोक', 'किराले टोक', 'dant ko doctor', 'daat ko doctor', 'lamkhutte le tok', 'lamkhuttele tok', 'kira le tok', 'anesthesia'], 80, 1) },
      tl: { idioms: eitherWay(['tabingi yung mukha', 'tabingi ang mukha', 'tabingi mukha', 'tumabingi yung mukha', 'tumabingi ang mukha', 'tumabingi yung bibig', 'tumabingi ang bibig', 'tumabingi ang labi', 'tumabingi yung labi', 'ngiwi ang mukha', 'ngiwi yung mukha', 'kalahati ng mukha', 'tabingi yung bibig', 'tabingi ang bibig'], ['sa dentista', 'galing dentista', 'pampamanhid', 'anesthesia', 'simula nung nagpa botox', 'mula nung nagpa botox', 'pagkatapos mag botox', 'pagkatapos magpa botox', 'dahil sa botox', 'kagat ng lamok', 'kinagat ng lamok', 'kagat ng insekto', 'nagpabunot'], 80, 1) },
      pt: { idioms: eitherWay(['metade do rosto', 'metade da cara', 'rosto torto', 'boca torta', 'rosto caído', 'lado do rosto', 'rosto dormente', 'boca caída'], ['dentista', 'anestesia', 'depois do botox', 'desde o botox', 'por causa do botox', 'picada de mosquito', 'picada de inseto', 'tratamento de canal', 'extração'], 80, 1) },
      id: { idioms: eitherWay(['mulut turun sebelah', 'wajah turun sebelah', 'wajah mencong', 'mulut mencong', 'muka mencong', 'setengah wajah', 'separuh wajah', 'wajah sebelah', 'muka sebelah', 'muka saya sebelah', 'wajah saya sebelah', 'mulut saya sebelah', 'jadi mencong'], ['dokter gigi', 'cabut gigi', 'dibius', 'efek bius', 'obat bius', 'anestesi', 'setelah botox', 'sejak botox', 'habis botox', 'gigitan nyamuk', 'digigit nyamuk'], 80, 1) },
    },
  },
  {
    // «Yung lola ko (90) lagi nagsasabi ng 'pag wala na ako' at inayos na niya kung kanino mapupunta yung mga
    // alahas niya», «Kakek saya (83) sudah bagi-bagi sawah dan rumah ke cucu-cucu»: a grandparent past
    // seventy, by age, who shares out property or speaks of "when I'm gone" as a will. Only an old person
    // named with an age: the same words from the writer of their own life still alarm.
    name: 'a grandparent past seventy who shares out property by will, “when I’m gone”',
    signal: null,
    words: {
      ja: { idioms: [{ a: [...cross(['祖母', '祖父', 'おばあちゃん', 'おじいちゃん', 'ばあちゃん', 'じいちゃん'], OLD, ' '), ...cross(['祖母', '祖父', 'おばあちゃん', 'おじいちゃん', 'ばあちゃん', 'じいちゃん'], OLD, '')], b: ['私がいなくなったら', 'わたしがいなくなったら', 'わしがいなくなったら', '遺言', 'ゆいごん', '形見分け', 'かたみわけ', '遺産', 'いさん', '相続', 'そうぞく', '財産を分け', 'ざいさんをわけ', '生前贈与', 'せいぜんぞうよ'], reach: 60, acrossSentences: 1 }] },
      en: { idioms: [{ a: cross(['my grandma', 'my grandmother', 'my nan', 'my nana', 'my granny', 'my grandpa', 'my grandfather', 'my granddad', 'my grandad'], [...OLD, ...OLD.map((d) => `is ${d}`)], ' '), b: ['when im gone', 'when i am gone', 'after im gone', 'her will', 'his will', 'a will', 'inheritance', 'her jewellery', 'her jewelry', 'shared out', 'split her', 'split his', 'divided her', 'divided his'], reach: 80, acrossSentences: 1 }] },
      zh: { idioms: [{ a: [...cross(['奶奶', '爷爷', '外婆', '外公', '姥姥', '姥爷'], OLD, ''), ...cross(['奶奶', '爷爷', '外婆', '外公', '姥姥', '姥爷'], OLD, ' '), ...cross(['岁的'], ['奶奶', '爷爷', '外婆', '外公', '姥姥', '姥爷'], '')], b: ['我走了以后', '等我走了', '我不在了', '遗嘱', '遗产', '分家产', '分给孙', '首饰'], reach: 40, acrossSentences: 1 }] },
      ko: { idioms: [{ a: [...cross(['할머니', '할아버지'], OLD, ' '), ...cross(AGES, ['세 할머니', '세 할아버지', '세인 할머니', '세인 할아버지'], '')], b: ['내가 죽으면', '내가 없으면', '나 죽고 나면', '내가 떠나면', '유언', '유산', '상속', '물려주', '나눠주', '나눠 주'], reach: 60, acrossSentences: 1 }] },
      vi: { idioms: [{ a: cross(['bà tôi', 'ông tôi', 'bà nội', 'bà ngoại', 'ông nội', 'ông ngoại', 'bà nội tôi', 'bà ngoại tôi', 'ông nội tôi', 'ông ngoại tôi'], OLD, ' '), b: ['khi bà mất', 'khi ông mất', 'khi bà không còn', 'khi ông không còn', 'di chúc', 'chia đất', 'chia tài sản', 'chia nhà', 'thừa kế', 'chia của'], reach: 80, acrossSentences: 1 }] },
      ne: { idioms: [{ a: cross(['हजुरआमा', 'हजुरबुबा', 'हजुरबुवा', 'हजुरबा', 'hajurama', 'hajuraama', 'hajurbuwa', 'hajurbuba', 'hajurba', 'बज्यै', 'बाजे'], [...OLD, '७', '८', '९'], ' '), b: ['म मरेपछि', 'म नरहेपछि', 'म नभएपछि', 'अंशबन्डा', 'अंश', 'इच्छापत्र', 'गहना', 'ma marepachhi', 'ma narahepachhi', 'ma nabhaepachhi', 'ansabanda', 'ansa', 'ansha', 'gahana'], reach: 80, acrossSentences: 1 }] },
      tl: { idioms: [{ a: cross(['lola ko', 'lolo ko', 'lola namin', 'lolo namin', 'si lola', 'si lolo'], OLD, ' '), b: ['pag wala na ako', 'kapag wala na ako', 'kung wala na ako', 'testamento', 'mana', 'kanino mapupunta', 'hatian', 'alahas'], reach: 80, acrossSentences: 1 }] },
      pt: { idioms: [{ a: cross(['minha avó', 'meu avô', 'minha vó', 'meu vô', 'vovó', 'vovô'], [...OLD, ...OLD.map((d) => `de ${d}`), ...OLD.map((d) => `com ${d}`)], ' '), b: ['quando eu morrer', 'quando eu partir', 'quando eu não estiver mais aqui', 'quando eu faltar', 'testamento', 'herança', 'dividiu', 'dividir', 'partilha', 'as joias'], reach: 80, acrossSentences: 1 }] },
      id: { idioms: [{ a: cross(['kakek saya', 'nenek saya', 'kakekku', 'nenekku', 'kakek', 'nenek', 'mbah saya', 'eyang saya', 'mbah', 'eyang'], [...OLD, ...OLD.map((d) => `umur ${d}`), ...OLD.map((d) => `usia ${d}`)], ' '), b: ['bagi bagi', 'membagi', 'sudah bagi', 'dibagi', 'warisan', 'wasiat', 'kalau nanti saya tidak ada', 'kalau saya sudah tidak ada', 'kalau aku udah nggak ada', 'biar nanti nggak ribut', 'biar nggak ribut'], reach: 80, acrossSentences: 1 }] },
    },
  },
  {
    // «nhân vật nhảy từ sân thượng xuống chết rồi lại chơi tiếp», «o personagem pulou do prédio e morreu»,
    // «tumalon yung bida sa tulay»: a character in a game or a show who jumps. The character named right at
    // the jump; "I want to jump like the character" (the wish first) still alarms.
    name: 'a character in a game or a show who jumps or dies',
    signal: null,
    words: {
      ja: { idioms: [{ a: ['キャラ', 'キャラクター', '主人公', 'しゅじんこう'], b: ['飛び降り', 'とびおり', '死んだ', 'しんだ', '自殺', 'じさつ'], reach: 6 }] },
      en: { idioms: [{ a: ['the character', 'my character', 'his character', 'her character', 'the main character', 'the lead'], b: ['jumped off', 'jumps off', 'jumped from', 'jumps from', 'killed himself', 'killed herself', 'died'], reach: 8 }] },
      zh: { idioms: [{ a: ['角色', '主角', '女主', '男主'], b: ['跳楼', '跳下', '跳桥', '自杀', '死了', '摔死'], reach: 5 }] },
      ko: { idioms: [{ a: ['캐릭터가', '캐릭터는', '주인공이', '주인공은', '등장인물이'], b: ['뛰어내', '투신', '떨어져 죽', '자살', '죽었'], reach: 10 }] },
      vi: { idioms: [{ a: ['nhân vật', 'nhân vật chính', 'nhân vật game', 'nhân vật trong game'], b: ['nhảy từ sân thượng', 'nhảy lầu', 'nhảy cầu', 'nhảy xuống', 'nhảy từ tầng', 'rơi xuống', 'tự tử', 'chết'], reach: 8 }] },
      ne: { idioms: [{ a: ['पात्र', 'नायक', 'नायिका', 'क्यारेक्टर', 'character', 'patra', 'hero', 'heroine'], b: ['हाम फाल्यो', 'छतबाट हाम', 'पुलबाट हाम', 'मर्‍यो', 'ham falyo', 'haam phalyo', 'ham phalyo', 'marryo', 'maryo'], reach: 12 }] },
      tl: { idioms: [{ a: ['tumalon', 'nagpakamatay', 'nagbigti', 'namatay'], b: ['yung bida', 'ang bida', 'yung character', 'ang character', 'yung karakter', 'ang karakter', 'yung main character'], reach: 2 }, { a: ['yung bida', 'ang bida', 'yung character', 'ang character', 'yung karakter', 'ang karakter'], b: ['tumalon', 'nagpakamatay', 'nagbigti'], reach: 8 }] },
      pt: { idioms: [{ a: ['personagem', 'o boneco', 'o bonequinho', 'a protagonista', 'o protagonista'], b: ['pulou do prédio', 'pulou da ponte', 'pulou do', 'pulou da', 'se jogou', 'caiu do prédio', 'morreu', 'se matou'], reach: 8 }] },
      id: { idioms: [{ a: ['karakter', 'karakternya', 'tokoh', 'tokohnya', 'tokoh utama', 'pemeran utama'], b: ['lompat dari', 'loncat dari', 'terjun dari', 'bunuh diri', 'mati'], reach: 8 }] },
    },
  },
  {
    // «Napanood namin yung drama na may nanay na kinulong yung anak sa aparador», «xem một bộ phim Nhật có cảnh
    // người mẹ nhốt con trong tủ»: a scene of abuse in a film or a drama watched (report frames: the model
    // does not overrule one that names the medium). Harm done to the writer while a show was on still
    // alarms (see `framed`). Vietnamese «tủ, từ» (a cupboard, since) folds like «tự tử»: idioms written with
    // their marks keep it a cupboard, and only when the writer typed those marks.
    name: 'a scene of abuse in a film or a drama watched; a cupboard in Vietnamese',
    signal: null,
    words: {
      ja: { framing: { report: ['ドラマを見', 'どらまをみ', '映画を見', 'えいがをみ', 'ドラマで見', '映画で見', 'えいがでみ'] } },
      en: { framing: { report: ['watched a film', 'watched a movie', 'watched a drama', 'watching a drama', 'watching a movie', 'a scene where'] } },
      zh: { framing: { report: ['看了一部', '看电影', '看剧', '电影里有'] } },
      ko: { framing: { report: ['드라마를 봤', '영화를 봤', '드라마 보다가', '영화 보다가'] } },
      vi: {
        framing: { report: ['bộ phim', 'xem phim', 'phim truyền hình'] },
        idioms: ['có cảnh người mẹ', 'có cảnh người cha', 'có cảnh bà mẹ', 'có cảnh một người', ...cross(['trong', 'vào', 'cái', 'chiếc', 'mở', 'đóng', 'cạnh', 'gầm', 'trên'], ['tủ từ'], ' ')],
      },
      ne: { framing: { report: ['फिल्म हेर्दै', 'film herdai', 'film hereko', 'फिल्म हेरेको'] } },
      tl: { framing: { report: ['napanood namin', 'napanood natin', 'pinanood namin', 'yung drama', 'sa drama', 'teleserye', 'kdrama', 'k drama'] } },
      pt: { framing: { report: ['assisti um filme', 'assistimos um filme', 'assisti uma novela', 'na novela', 'numa novela'] } },
      id: { framing: { report: ['nonton film', 'film horor', 'nonton drama', 'nonton sinetron'] } },
    },
  },
  {
    // «mặc áo dài tay vì bị chàm, gãi nhiều đến chảy máu»: itchy skin (eczema) scratched till it bleeds —
    // the itch's words, not a scratch alone (scratching oneself till one bleeds may be self-harm).
    name: 'itchy skin (eczema) scratched till it bleeds',
    signal: null,
    words: {
      ja: { idioms: [{ a: ['アトピー', '湿疹', 'しっしん', 'かゆくて', '痒くて', 'かきむし', '掻きむし'], b: ['血が出', 'ちがで', '血がにじ', 'ちがにじ', '出血', 'しゅっけつ'], reach: 16 }] },
      en: { idioms: [{ a: ['eczema', 'itchy', 'itching', 'atopic', 'dermatitis', 'hives'], b: ['bleed', 'bleeding', 'bleeds', 'bled'], reach: 32 }] },
      zh: { idioms: [{ a: ['湿疹', '特应性皮炎', '异位性皮肤炎', '痒', '挠'], b: ['流血', '出血'], reach: 10 }] },
      ko: { idioms: [{ a: ['아토피', '습진', '가려워', '가려워서', '가려움'], b: ['피가 나', '피 나', '피가 날', '피날'], reach: 16 }] },
      // (not «gãi», which folds like «gái», a girl, nor «chàm» and «ngứa» alone: «chăm», «ngựa»)
      vi: { idioms: [{ a: ['bị chàm', 'bệnh chàm', 'chàm sữa', 'chàm cơ địa', 'viêm da', 'dị ứng da', 'mẩn ngứa', 'ngứa ngáy', 'bị ngứa'], b: ['chảy máu'], reach: 32 }] },
      ne: { idioms: [{ a: ['चिलाएर', 'चिलाउँछ', 'एक्जिमा', 'chilayera', 'chilaera', 'chilauchha', 'eczema', 'ekjima'], b: ['रगत आउँछ', 'रगत निस्कन्छ', 'रगत आयो', 'ragat aaunchha', 'ragat aauchha', 'ragat niskanchha', 'ragat aayo'], reach: 32 }] },
      tl: { idioms: [{ a: ['eczema', 'makati', 'pangangati', 'kinakamot'], b: ['dumudugo', 'nagdudugo', 'nagdugo', 'dumugo'], reach: 32 }] },
      pt: { idioms: [{ a: ['eczema', 'dermatite', 'coceira', 'se coça', 'coçar', 'coçando', 'alergia de pele'], b: ['sangrar', 'sangra', 'sangrando'], reach: 32 }] },
      id: { idioms: [{ a: ['eksim', 'eczema', 'dermatitis', 'gatal', 'digaruk'], b: ['berdarah', 'sampai darah', 'keluar darah'], reach: 32 }] },
    },
  },
  {
    // «bijuli ko bill dekhera ta mero mutu nai rokiyo, chiso pasina aayo»: a bill so big the heart "stopped",
    // a cold sweat. The bill's sight named with it: chest pain or a collapse told beside it still alarms.
    name: 'a bill so big my heart stopped, a cold sweat',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['請求書を見て', '請求書見て', 'せいきゅうしょをみて', '明細を見て', 'めいさいをみて', '金額を見て', 'きんがくをみて', '電気代を見て', 'でんきだいをみて'], ['心臓が止ま', 'しんぞうがとま', '冷や汗', 'ひやあせ'], 16, 1) },
      en: { idioms: eitherWay(['saw the bill', 'seeing the bill', 'looked at the bill', 'opened the bill', 'saw the electricity bill', 'saw my bill', 'saw the amount'], ['heart stopped', 'heart nearly stopped', 'heart skipped', 'cold sweat'], 40, 1) },
      zh: { idioms: eitherWay(['看到账单', '看到帐单', '看到电费', '看到金额', '看了账单', '一看账单'], ['心脏都停', '心跳都停', '心脏骤停', '冒冷汗', '出冷汗', '一身冷汗'], 12, 1) },
      ko: { idioms: eitherWay(['고지서 보고', '고지서를 보고', '청구서 보고', '청구서를 보고', '요금 보고', '금액 보고', '금액을 보고'], ['심장이 멎', '심장이 멈', '식은땀'], 24, 1) },
      vi: { idioms: eitherWay(['nhìn hóa đơn', 'thấy hóa đơn', 'xem hóa đơn', 'nhìn hoá đơn', 'thấy hoá đơn', 'xem hoá đơn', 'thấy số tiền'], ['tim ngừng đập', 'đứng tim', 'tim như ngừng', 'toát mồ hôi lạnh', 'vã mồ hôi lạnh'], 40, 1) },
      ne: { idioms: eitherWay(['bill dekhera', 'bil dekhera', 'bill herera', 'bill heryera', 'बिल देखेर', 'बिल हेरेर', 'rakam dekhera', 'रकम देखेर'], ['mutu nai rokiyo', 'mutu rokiyo', 'मुटु नै रोकियो', 'मुटु रोकियो', 'chiso pasina aayo', 'chiso pasina', 'चिसो पसिना'], 40, 1) },
      tl: { idioms: eitherWay(['nakita ko yung bill', 'nakita ko ang bill', 'pagkakita ko sa bill', 'nakita ko yung bayarin', 'nakita ko ang bayarin', 'nakita ko yung singil'], ['huminto ang puso ko', 'tumigil ang puso ko', 'huminto puso ko', 'tumigil puso ko', 'nanlamig ako', 'malamig na pawis', 'pinagpawisan ako ng malamig'], 40, 1) },
      pt: { idioms: eitherWay(['vi a conta', 'olhei a conta', 'vendo a conta', 'abri a conta', 'vi a fatura', 'vi o boleto', 'vi o valor'], ['coração parou', 'coração quase parou', 'suei frio', 'suor frio', 'gelei'], 40, 1) },
      id: { idioms: eitherWay(['lihat tagihan', 'liat tagihan', 'melihat tagihan', 'lihat struk', 'liat struk', 'lihat jumlahnya', 'liat jumlahnya'], ['jantung saya berhenti', 'jantungku berhenti', 'jantung berhenti', 'jantungku mau copot', 'keringat dingin', 'keringetan dingin'], 40, 1) },
    },
  },
  {
    // «Nagkamali ako ng Japanese sa meeting sa harap ng lahat, gusto ko nang mawala sa hiya haha», «salah
    // ngomong bahasa Jepang di depan semua orang, malu banget pengen ngilang aja wkwk»: a slip of the tongue
    // in front of people and a wish to vanish, laughed off or of embarrassment (as the trifles in
    // concepts-safe.ts). A wish with no slip, or the slip with no laugh and no embarrassment, still alarms.
    name: 'a slip of the tongue in front of people, and a wish to vanish laughed off or of embarrassment',
    signal: null,
    words: {
      ja: { idioms: [
        ...wide(laughedOff(['言い間違え', 'いいまちがえ', '敬語を間違え', 'けいごをまちがえ', '日本語を間違え', 'にほんごをまちがえ', '名前を間違え', 'なまえをまちがえ'], ['消えたい', 'きえたい', '死にたい', 'しにたい'], ['笑', 'w', '草'], [''], true), 30),
        ...wide(ashamedOf(['言い間違え', 'いいまちがえ', '敬語を間違え', 'けいごをまちがえ', '日本語を間違え', 'にほんごをまちがえ'], ['恥ずかしくて', 'はずかしくて', '恥ずかしすぎて', 'はずかしすぎて'], ['消えたい', 'きえたい', '死にたい', 'しにたい'], ''), 30),
      ] },
      en: { idioms: [
        ...wide(laughedOff(['said the wrong word', 'used the wrong word', 'mispronounced', 'messed up my japanese', 'got my japanese wrong', 'slip of the tongue', 'stumbled over my words'], ['want to disappear', 'wanted to disappear', 'wanna disappear', 'want to vanish', 'wanted to vanish', 'want the ground to swallow me', 'wanted the ground to swallow me', 'want to die', 'wanted to die', 'wanna die'], ['lol', 'lmao', 'haha', 'hehe'])),
        ...wide(ashamedOf(['said the wrong word', 'used the wrong word', 'mispronounced', 'messed up my japanese', 'got my japanese wrong', 'slip of the tongue'], ['so embarrassed', 'embarrassed', 'mortified', 'so embarrassing'], ['want to disappear', 'wanted to disappear', 'want to vanish', 'wanted to vanish', 'want to die', 'wanted to die'])),
      ] },
      zh: { idioms: [
        ...wide(laughedOff(['说错话', '讲错话', '口误', '日语说错', '念错'], ['想消失', '想死', '想找个地缝钻进去', '想钻地缝'], ['哈哈', '笑死', '233'], ['', '了']), 30),
        ...wide(ashamedOf(['说错话', '讲错话', '口误', '日语说错', '念错'], ['丢脸', '尴尬', '丢死人', '太丢人'], ['想消失', '想死', '想钻地缝']), 30),
      ] },
      ko: { idioms: [
        ...wide(laughedOff(['말실수', '말을 잘못', '잘못 말했', '일본어를 틀렸', '발음을 틀'], ['사라지고 싶다', '사라지고 싶어', '죽고 싶다', '죽고 싶어', '쥐구멍에 숨고 싶'], ['ㅋㅋ', 'ㅎㅎ'], ['', ' '])),
        ...wide(ashamedOf(['말실수', '말을 잘못', '잘못 말했', '일본어를 틀렸', '발음을 틀'], ['창피해서', '쪽팔려서', '민망해서', '부끄러워서'], ['사라지고 싶', '죽고 싶', '쥐구멍에 숨고 싶'], ' ')),
      ] },
      vi: { idioms: [
        ...wide(laughedOff(['nói nhầm', 'nói sai', 'nói lộn', 'lỡ lời', 'phát âm sai'], ['muốn biến mất', 'muốn độn thổ', 'muốn chết', 'muốn chui xuống đất'], ['haha', 'hihi', 'kkk', 'hehe', 'kaka'])),
        ...wide(ashamedOf(['nói nhầm', 'nói sai', 'nói lộn', 'lỡ lời', 'phát âm sai'], ['xấu hổ', 'ngại', 'quê quá', 'mắc cỡ'], ['muốn biến mất', 'muốn độn thổ', 'muốn chết', 'muốn chui xuống đất'])),
      ] },
      ne: { idioms: [
        ...wide(laughedOff(['गलत बोलें', 'गलत बोलेँ', 'गलत बोलिदिएँ', 'जिब्रो चिप्लियो', 'galat bole', 'galat boliye', 'galti bole', 'jibro chiplyo'], ['हराउन मन लाग्यो', 'लुक्न मन लाग्यो', 'मरौँ जस्तो भयो', 'harauna man lagyo', 'lukna man lagyo', 'marau jasto bhayo'], ['haha', 'hehe', 'हाहा'])),
        ...wide(ashamedOf(['गलत बोलें', 'गलत बोलेँ', 'गलत बोलिदिएँ', 'जिब्रो चिप्लियो', 'galat bole', 'galat boliye', 'galti bole', 'jibro chiplyo'], ['लाज लागेर', 'लाजले', 'laj lagera', 'laaj lagera', 'laj le', 'laaj le'], ['हराउन मन लाग्यो', 'लुक्न मन लाग्यो', 'मरौँ जस्तो', 'harauna man lagyo', 'lukna man lagyo', 'marau jasto'], ' ')),
      ] },
      tl: { idioms: [
        ...wide(laughedOff(['nagkamali ako ng', 'nagkamali ako sa', 'mali ang nasabi ko', 'mali yung nasabi ko', 'nabulol ako', 'nautal ako', 'nagkamali ng salita'], cross(['gusto ko nang mawala', 'gusto kong mawala', 'gusto ko na lang mawala', 'gusto ko nang maglaho', 'gusto ko nang mamatay'], ['', ' sa hiya'], ''), ['haha', 'hehe', 'lol', 'char'])),
        { a: ['nagkamali ako ng', 'nagkamali ako sa', 'mali ang nasabi ko', 'mali yung nasabi ko', 'nabulol ako', 'nautal ako'], b: cross(['gusto ko nang mawala', 'gusto kong mawala', 'gusto ko na lang mawala', 'gusto ko nang maglaho'], ['sa hiya', 'sa kahihiyan'], ' '), reach: 60, acrossSentences: 1 },
      ] },
      pt: { idioms: [
        ...wide(laughedOff(['falei errado', 'falei a palavra errada', 'errei o japonês', 'errei no japonês', 'troquei as palavras', 'pronunciei errado'], ['quero sumir', 'queria sumir', 'quis sumir', 'quero morrer', 'queria morrer', 'queria que o chão me engolisse'], ['kk', 'kkk', 'rsrs', 'haha', 'ksks'])),
        ...wide(ashamedOf(['falei errado', 'falei a palavra errada', 'errei o japonês', 'errei no japonês', 'troquei as palavras', 'pronunciei errado'], ['vergonha', 'mico'], ['quero sumir', 'queria sumir', 'quero morrer', 'queria morrer'])),
      ] },
      id: { idioms: [
        ...wide(laughedOff(['salah ngomong', 'salah bicara', 'salah ucap', 'salah sebut', 'keseleo lidah'], ['pengen ngilang aja', 'pengen ngilang', 'mau ngilang aja', 'pengen menghilang', 'pengen mati aja', 'mau mati aja'], ['wkwk', 'haha', 'hehe', 'awok', 'xixi'])),
        ...wide(ashamedOf(['salah ngomong', 'salah bicara', 'salah ucap', 'salah sebut', 'keseleo lidah'], ['malu', 'malu banget', 'malu bgt', 'malu sekali'], ['pengen ngilang', 'mau ngilang', 'pengen menghilang', 'pengen mati'], ' ')),
      ] },
    },
  },
  {
    // «Nagtatago ako sa boss ko kasi di ko pa tapos yung report lol»: hiding from the boss over unfinished
    // work. Hiding from a boss who hit or threatened still alarms by those words.
    name: 'hiding from the boss over unfinished work',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['上司から隠れ', 'じょうしからかくれ', '上司から逃げ', 'じょうしからにげ', '部長から隠れ', '課長から隠れ'], ['終わってな', 'おわってな', '締め切り', 'しめきり', '報告書', 'ほうこくしょ', '資料がまだ', 'しりょうがまだ'], 24, 1) },
      en: { idioms: eitherWay(['hiding from my boss', 'hiding from the boss', 'hiding from my manager', 'hiding from my supervisor'], ['havent finished', 'not finished', 'deadline', 'unfinished', 'late with', 'still not done'], 50, 1) },
      zh: { idioms: eitherWay(['躲着老板', '躲老板', '躲着上司', '躲上司', '躲主管', '躲着主管'], ['没做完', '没写完', '还没交', '截止', '报告'], 16, 1) },
      ko: { idioms: eitherWay(['상사를 피해', '상사 피해', '부장님 피해', '부장님을 피해', '팀장님 피해', '팀장님을 피해', '사장님 피해'], ['못 끝냈', '안 끝났', '마감', '보고서'], 30, 1) },
      vi: { idioms: eitherWay(['trốn sếp', 'đang trốn sếp', 'né sếp', 'tránh mặt sếp'], ['chưa xong', 'chưa làm xong', 'deadline', 'báo cáo'], 50, 1) },
      ne: { idioms: eitherWay(['हाकिमबाट लुक', 'बोसबाट लुक', 'boss bata luk', 'boss dekhi luk', 'hakim bata luk'], ['सकेको छैन', 'सकेकै छैन', 'sakeko chhaina', 'sakeko chaina', 'report', 'रिपोर्ट'], 50, 1) },
      tl: { idioms: eitherWay(['nagtatago ako sa boss', 'nagtatago sa boss', 'nagtatago ako sa manager', 'nagtatago sa manager', 'nagtatago ako sa supervisor', 'iniiwasan ko ang boss', 'iniiwasan ko yung boss'], ['di ko pa tapos', 'hindi ko pa tapos', 'hindi pa tapos', 'di pa tapos', 'deadline', 'report'], 50, 1) },
      pt: { idioms: eitherWay(['me escondendo do chefe', 'me escondendo do meu chefe', 'escondida do chefe', 'escondido do chefe', 'fugindo do chefe', 'fugindo do meu chefe'], ['não terminei', 'nao terminei', 'não acabei', 'relatório', 'prazo'], 50, 1) },
      id: { idioms: eitherWay(['ngumpet dari bos', 'sembunyi dari bos', 'ngumpet dari atasan', 'sembunyi dari atasan', 'menghindari bos', 'kabur dari bos'], ['belum selesai', 'belum beres', 'deadline', 'laporan'], 50, 1) },
    },
  },
  {
    // «Mga 5 taon na ang nakalipas, binubugbog ako ng ex ko. Ngayon okay na ako»: beaten by an ex years ago,
    // told as past — in Tagalog with the verb of a habit («binubugbog», «sinasaktan»), which a frame of time
    // does not reach (it reads as going on). Elsewhere the frames of time ("5 years ago", «há anos») already
    // hold; the time spent with the ex is added as one («noong kasama ko pa ang ex ko», "when I was with my
    // ex"). A blow told of now, or the ex back and threatening, still alarms by its own words.
    name: 'beaten by an ex years ago, told as past',
    signal: null,
    words: {
      ja: { framing: { report: ['元夫と暮らしていた頃', 'もとおっとと くらしていた ころ', '元彼と付き合っていた頃', 'もとかれと つきあっていた ころ'] } },
      en: { framing: { report: ['when i was with my ex', 'when i was still with my ex', 'back when i was with my ex'] } },
      zh: { framing: { report: ['跟前夫在一起的时候', '和前夫在一起的时候', '跟前男友在一起的时候', '和前男友在一起的时候'] } },
      ko: { framing: { report: ['전남편이랑 살 때', '전남편과 살 때', '전남친이랑 사귈 때', '전 남자친구랑 사귈 때'] } },
      vi: { framing: { report: ['hồi còn với chồng cũ', 'hồi còn sống với chồng cũ', 'hồi còn quen người yêu cũ'] } },
      ne: { framing: { report: ['पहिलेको श्रीमानसँग हुँदा', 'पुरानो श्रीमानसँग बस्दा', 'purano srimaan sanga basda', 'purano boyfriend sanga hunda'] } },
      tl: {
        framing: { report: ['noong kasama ko pa ang ex ko', 'nung kasama ko pa yung ex ko', 'nung kami pa ng ex ko'] },
        idioms: [{ a: ['taon na ang nakalipas', 'taon na ang nakaraan', 'taon nang nakalipas', 'taon na ang lumipas'], b: ['binubugbog ako ng ex', 'sinasaktan ako ng ex', 'binubugbog ako ng dati kong', 'sinasaktan ako ng dati kong', 'binubugbog ako ng dating', 'sinasaktan ako ng dating'], reach: 24, acrossSentences: 1 }],
      },
      pt: { framing: { report: ['quando eu estava com meu ex', 'quando eu era casada com meu ex', 'há alguns anos', 'alguns anos atrás'] } },
      id: { framing: { report: ['waktu masih sama mantan', 'waktu masih dengan mantan suami', 'waktu masih menikah dengan mantan'] } },
    },
  },
  {
    // «Nunca veio em casa nem ameaçou», «Dia tidak pernah datang ke rumah atau mengancam»: an ex who keeps
    // messaging, with the visit and the threat both denied in one breath. A threat told elsewhere still alarms.
    name: 'an ex who never came round “or threatened”: denials listed together',
    signal: null,
    words: {
      ja: { idioms: [{ a: ['家に来たことも', 'いえにきたことも', '来たことも', 'きたことも'], b: ['脅されたこともな', 'おどされたこともな', '脅されたことはな', 'おどされたことはな', '殴られたこともな', 'なぐられたこともな'], reach: 12 }] },
      en: { idioms: [{ a: ['never came', 'never turned up', 'never showed up', 'hasnt come', 'has never come', 'never followed'], b: ['or threatened', 'or threatens', 'nor threatened', 'or hit me', 'or hurt me'], reach: 32 }] },
      zh: { idioms: [{ a: ['从来没来过', '从没来过', '没来过家里', '没有来过'], b: ['也没威胁', '也没有威胁', '也没打过', '也没有打过', '没威胁过'], reach: 12 }] },
      ko: { idioms: [{ a: ['온 적도 없', '찾아온 적도 없', '온 적은 없'], b: ['협박한 적도 없', '협박한 적은 없', '때린 적도 없', '협박도 안'], reach: 16 }] },
      vi: { idioms: [{ a: ['chưa bao giờ đến', 'chưa từng đến', 'không bao giờ đến', 'chưa đến nhà'], b: ['hay đe dọa', 'hay dọa', 'hoặc đe dọa', 'hay đánh', 'hoặc đánh', 'cũng không đe dọa', 'cũng chưa đe dọa'], reach: 32 }] },
      ne: { idioms: [{ a: ['कहिल्यै घर आएको छैन', 'घर आएको छैन', 'kahilyai ghar aaeko chhaina', 'ghar aayeko chhaina', 'ghar aaeko chhaina', 'ghar aayeko chaina'], b: ['धम्की दिएको छैन', 'धम्की पनि दिएको छैन', 'dhamki diyeko chhaina', 'dhamki pani diyeko chhaina', 'dhamki deko chaina', 'dhamki diyeko chaina'], reach: 30 }] },
      tl: { idioms: [{ a: ['hindi naman pumunta', 'hindi pumupunta', 'hindi pa pumunta', 'never pumunta', 'hindi siya pumunta', 'di naman pumunta'], b: ['o nagbanta', 'o nagbabanta', 'o nanakit', 'o nanakot'], reach: 32 }] },
      pt: { idioms: [{ a: ['nunca veio', 'nunca apareceu', 'nunca foi', 'nunca tentou', 'nunca me seguiu'], b: ['nem ameaçou', 'nem me ameaçou', 'nem ameaça', 'nem me ameaça', 'nem me bateu', 'nem encostou'], reach: 40 }] },
      id: { idioms: [{ a: ['tidak pernah', 'nggak pernah', 'gak pernah', 'ga pernah', 'belum pernah', 'tak pernah'], b: ['atau mengancam', 'atau ngancam', 'ataupun mengancam', 'maupun mengancam', 'atau memukul', 'atau mukul', 'ataupun memukul', 'maupun memukul'], reach: 32 }] },
    },
  },
  {
    // «प्लेटफर्ममा उभिएर तीनवटा ट्रेन छुटाएँ, जापानी announcement बुझिनँ, गलत ट्रेन चढेँ»: trains let go by or
    // the wrong one taken for not understanding the announcements. Standing on a platform watching trains
    // with no such reading («vendo o trem passar e pensando») still alarms.
    name: 'trains missed or the wrong one taken for not understanding the announcements',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['アナウンスがわから', 'あなうんすがわから', 'アナウンスが聞き取れ', 'あなうんすがききとれ'], ['電車を逃', 'でんしゃをのが', '乗り過ごし', 'のりすごし', '違う電車', 'ちがうでんしゃ', '乗り間違え', 'のりまちがえ'], 24, 1) },
      en: { idioms: eitherWay(['didnt understand the announcement', 'couldnt understand the announcement', 'cant understand the announcements', 'dont understand the announcements'], ['wrong train', 'missed my train', 'missed three trains', 'missed the train', 'missed my stop'], 40, 1) },
      zh: { idioms: eitherWay(['听不懂广播', '听不懂车站广播', '没听懂广播'], ['坐错车', '上错车', '坐过站', '错过了三班'], 16, 1) },
      ko: { idioms: eitherWay(['안내 방송을 못 알아', '안내방송을 못 알아', '방송을 못 알아들'], ['잘못 탔', '놓쳤', '지나쳤'], 30, 1) },
      vi: { idioms: eitherWay(['không hiểu thông báo', 'không nghe hiểu thông báo', 'không hiểu loa'], ['lên nhầm tàu', 'đi nhầm tàu', 'lỡ tàu', 'nhỡ tàu', 'lỡ mấy chuyến'], 40, 1) },
      ne: { idioms: eitherWay(['announcement बुझिनँ', 'announcement बुझ्दिनँ', 'घोषणा बुझिनँ', 'announcement bujhina', 'announcement bujhdina', 'ghoshana bujhina'], ['गलत ट्रेन चढेँ', 'गलत ट्रेन', 'galat train', 'ट्रेन छुटाएँ', 'ट्रेन छुट्यो', 'train chhutaye', 'train chhutyo'], 60, 1) },
      tl: { idioms: eitherWay(['hindi ko naintindihan ang announcement', 'di ko naintindihan yung announcement', 'hindi ko naintindihan yung announcement', 'hindi ko maintindihan ang announcement'], ['maling tren', 'naiwan ako ng tren', 'na miss ko ang tren', 'nalampasan ko'], 40, 1) },
      pt: { idioms: eitherWay(['não entendi o aviso', 'não entendi o anúncio', 'não entendo os avisos', 'não entendo os anúncios'], ['trem errado', 'perdi o trem', 'perdi três trens', 'perdi a estação'], 40, 1) },
      id: { idioms: eitherWay(['nggak ngerti pengumuman', 'tidak mengerti pengumuman', 'gak ngerti pengumuman', 'nggak paham pengumuman'], ['salah naik kereta', 'salah kereta', 'ketinggalan kereta', 'kelewatan stasiun'], 40, 1) },
    },
  },
  {
    // «Bão sắp đến, tôi cần mua dây thừng buộc mấy chậu cây ngoài ban công»: rope bought to tie down the pots
    // or the bicycle before a typhoon. The rope with what it ties down, or the storm it is for; rope with a
    // wish, a neck or a beam still alarms by those words.
    name: 'rope bought to tie down pots or a bicycle before a typhoon',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['ロープ', 'ろーぷ', '縄', 'なわ', '紐', 'ひも'], ['植木鉢', 'うえきばち', '鉢植え', 'はちうえ', '飛ばされないよう', 'とばされないよう', '飛ばないよう', 'とばないよう', '台風対策', 'たいふうたいさく', '台風に備え', 'たいふうにそなえ', '自転車を固定', 'じてんしゃをこてい'], 20, 1) },
      en: { idioms: eitherWay(['rope', 'ropes', 'some cord', 'twine'], ['tie down', 'to tie the pots', 'plant pots', 'flower pots', 'potted plants', 'pots on the balcony', 'plants on the balcony', 'blow away', 'blown away', 'for the typhoon', 'before the typhoon', 'before the storm'], 40, 1) },
      zh: { idioms: eitherWay(['绳子', '麻绳', '绳索'], ['绑花盆', '固定花盆', '花盆', '台风', '被风吹走', '吹走', '防台'], 12, 1) },
      ko: { idioms: eitherWay(['밧줄', '로프', '끈을'], ['화분', '태풍', '날아가지 않게', '날아가지 않도록', '자전거를 묶'], 20, 1) },
      vi: { idioms: eitherWay(['dây thừng', 'dây chão', 'dây dù', 'mua dây'], ['buộc mấy chậu', 'buộc chậu', 'buộc cây', 'cột chậu', 'cột cây', 'chằng chống', 'chằng buộc', 'chằng lại', 'chống bão', 'bão sắp', 'trước khi bão', 'khỏi bị bay', 'gió thổi bay'], 40, 1) },
      ne: { idioms: eitherWay(['डोरी', 'dori', 'rope'], ['गमला', 'gamla', 'gamala', 'typhoon', 'taifun', 'टाइफुन', 'आँधी', 'aandhi', 'हावाले उडाउ', 'hawa le udau'], 40, 1) },
      tl: { idioms: eitherWay(['lubid', 'tali'], ['itali ang mga paso', 'itali ang paso', 'mga paso', 'halaman sa balcony', 'bagyo', 'liparin', 'tangayin ng hangin'], 40, 1) },
      pt: { idioms: eitherWay(['corda', 'cordas'], ['amarrar os vasos', 'amarrar as plantas', 'os vasos', 'tufão', 'taifu', 'o vento levar', 'voar com o vento'], 40, 1) },
      id: { idioms: eitherWay(['tali tambang', 'tali', 'tambang'], ['ikat pot', 'mengikat pot', 'pot bunga', 'pot tanaman', 'tanaman di balkon', 'topan', 'taifun', 'terbang kena angin'], 40, 1) },
    },
  },
  {
    // «Tôi 75 tuổi, đã cùng luật sư viết di chúc và mấy lá thư để lại cho các con… chế độ người giám hộ»,
    // «fiz testamento com advogado e escrevi cartas pros netos», «Nagsusulat ako ng mga sulat para sa mga apo
    // ko, para may alaala sila paglaki nila. Hobby ko lang»: an old resident's will made with a lawyer or a
    // guardian asked about, letters to the grandchildren as a hobby or a keepsake for when they grow up. The
    // will or letters with no such setting, or with a wish or a date to go, still alarm.
    name: 'an old resident’s will made with a lawyer, letters as keepsakes for the grandchildren',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['弁護士と', 'べんごしと', '弁護士に', 'べんごしに', '公証役場', 'こうしょうやくば', '公正証書', 'こうせいしょうしょ', '成年後見', 'せいねんこうけん', '終活', 'しゅうかつ', '趣味で', 'しゅみで', '大きくなったら', 'おおきくなったら'], ['遺言', 'ゆいごん', '孫に手紙', 'まごにてがみ', '孫への手紙', 'まごへのてがみ', '子どもたちに手紙', 'こどもたちにてがみ'], 40, 1) },
      en: { idioms: eitherWay(['with a lawyer', 'with my lawyer', 'with a solicitor', 'a notary', 'guardianship', 'power of attorney', 'as a hobby', 'my hobby', 'when they grow up', 'when they are older'], ['my will', 'a will', 'letters for my grandchildren', 'letters to my grandchildren', 'letters for my children', 'letters to my children', 'letters for the grandkids', 'letters to the grandkids'], 60, 1) },
      zh: { idioms: eitherWay(['律师', '公证', '监护', '当作爱好', '我的爱好', '长大以后', '长大后'], ['遗嘱', '给孙子写信', '给孙女写信', '给孙子们写信', '给孩子们写信', '写信给孙'], 20, 1) },
      ko: { idioms: eitherWay(['변호사', '공증', '후견', '취미로', '제 취미', '크면', '커서'], ['유언장', '유언', '손주들에게 편지', '손주에게 편지', '자식들에게 편지', '아이들에게 편지'], 40, 1) },
      vi: { idioms: eitherWay(['luật sư', 'công chứng', 'giám hộ', 'sở thích', 'khi lớn lên', 'lớn lên'], ['di chúc', 'thư để lại cho', 'lá thư để lại', 'viết thư cho các cháu', 'viết thư cho cháu', 'thư cho các con'], 60, 1) },
      ne: { idioms: eitherWay(['वकील', 'wakil', 'vakil', 'lawyer', 'शोख', 'sokh', 'shokh', 'hobby', 'ठूलो भएपछि', 'thulo bhaepachhi', 'thulo bhayepachhi'], ['इच्छापत्र', 'icchapatra', 'ichchhapatra', 'नातिनातिनालाई चिठी', 'natinatini lai chithi', 'छोराछोरीलाई चिठी', 'chhorachhori lai chithi'], 60, 1) },
      tl: { idioms: eitherWay(['abogado', 'lawyer', 'notaryo', 'notary', 'hobby ko', 'libangan ko', 'paglaki nila', 'pag laki nila', 'pag lumaki na sila', 'para may alaala sila paglaki'], ['testamento', 'nagsusulat ako ng mga sulat', 'nagsusulat ako ng sulat', 'sulat para sa mga apo', 'sulat para sa apo', 'liham para sa mga apo', 'sulat para sa mga anak'], 60, 1) },
      pt: { idioms: eitherWay(['com advogado', 'com o advogado', 'com um advogado', 'no cartório', 'seinen kouken', 'curatela', 'como hobby', 'meu hobby', 'quando crescerem'], ['testamento', 'escrevi cartas pros netos', 'escrevi cartas para os netos', 'escrevi cartas pros filhos', 'escrevi cartas para os filhos', 'cartas pros netos', 'cartas para os netos', 'cartas pros meus netos', 'cartas para meus netos'], 60, 1) },
      id: { idioms: eitherWay(['dengan pengacara', 'sama pengacara', 'notaris', 'perwalian', 'hobi', 'kalau sudah besar', 'kalau udah gede', 'kalau mereka besar'], ['surat wasiat', 'wasiat', 'surat untuk cucu', 'surat buat cucu', 'surat untuk anak anak', 'surat buat anak anak'], 60, 1) },
    },
  },
  {
    // «Ổ khóa nhà vệ sinh bị hỏng, sáng nay ông nhà tôi bị nhốt trong đó», «bathroom ko lock bigriyo … bhitra
    // thuniye», «Gagang pintu kamar mandi copot, suami saya terkurung di dalam sampai tetangga bukakan pakai
    // obeng»: the words of a broken lock or a handle come off that concepts-safe.ts's broken latch lacks. The
    // lock broken first, then shut in, as there; «nhốt tôi trong», «dia ngunci aku» (someone's doing) still alarm.
    name: 'shut in the toilet by a lock that broke or a handle that came off, let out',
    signal: null,
    words: {
      ja: { idioms: [{ a: ['ドアノブが取れ', 'どあのぶがとれ', 'ノブが取れ', 'のぶがとれ', '取っ手が取れ', 'とってがとれ', 'トイレの鍵が壊れ', 'といれのかぎがこわれ'], b: ['閉じ込められ', 'とじこめられ', '出られなく', 'でられなく', 'ドライバーで開け', 'どらいばーであけ'], reach: 40, acrossSentences: 1 }] },
      en: { idioms: [{ a: ['handle fell off', 'knob fell off', 'handle came off', 'lock is broken', 'lock had broken', 'toilet lock broke', 'bathroom lock broke'], b: ['shut in the', 'got shut in', 'was shut in', 'locked in the toilet', 'locked in the bathroom', 'stuck in the toilet', 'stuck in the bathroom', 'with a screwdriver'], reach: 40, acrossSentences: 1 }] },
      zh: { idioms: [{ a: ['门把手掉', '把手掉了', '门把掉了', '锁芯坏', '锁头坏', '厕所的锁坏', '厕所锁坏'], b: ['关在里面', '困在里面', '被困', '出不来', '关在厕所', '困在厕所', '困在浴室', '用螺丝刀'], reach: 20, acrossSentences: 1 }] },
      ko: { idioms: [{ a: ['손잡이가 떨어져', '문손잡이가 빠져', '잠금장치가 망가', '문고리가 망가', '화장실 문이 고장', '화장실 잠금이 고장'], b: ['갇혀', '갇혔', '못 나왔', '드라이버로 열'], reach: 30, acrossSentences: 1 }] },
      vi: { idioms: [{ a: ['ổ khóa...hỏng', 'ổ khóa...hư', 'ổ khoá...hỏng', 'ổ khoá...hư', 'tay nắm cửa...rơi', 'tay nắm cửa...gãy', 'khóa nhà vệ sinh...hỏng', 'khóa nhà tắm...hỏng', 'khóa nhà vệ sinh...hư'], b: ['bị nhốt trong', 'bị kẹt trong', 'kẹt trong', 'không ra được', 'không mở được'], reach: 30, acrossSentences: 1 }] },
      ne: { idioms: [{ a: ['lock bigr', 'लक बिग्र', 'ढोकाको लक', 'dhoka ko lock', 'lock kharab', 'लक खराब', 'handle bhachiy', 'handle bhaachiy', 'ह्यान्डल भाँचि'], b: ['थुनिए', 'थुनियो', 'thuniye', 'thunie', 'thuniyo', 'फसे', 'phase', 'fase', 'niskana sakena', 'निस्कन सकेन'], reach: 40, acrossSentences: 1 }] },
      tl: { idioms: [{ a: ['natanggal ang doorknob', 'natanggal yung doorknob', 'nasira yung lock', 'sira yung lock', 'sira yung doorknob', 'nasira yung doorknob', 'sira ang lock ng cr', 'sira ang lock ng banyo'], b: ['nakulong', 'na lock sa loob', 'nalock sa loob', 'na stuck sa loob', 'hindi makalabas', 'di makalabas', 'binuksan ng distornilyador', 'gamit ang distornilyador'], reach: 40, acrossSentences: 1 }] },
      pt: { idioms: [{ a: ['maçaneta caiu', 'maçaneta soltou', 'fechadura do banheiro quebrou', 'fechadura estragou', 'fechadura do banheiro estragou', 'trinco do banheiro quebrou', 'a tranca quebrou'], b: ['ficou trancado', 'ficou trancada', 'ficou preso', 'ficou presa', 'preso lá dentro', 'presa lá dentro', 'com uma chave de fenda'], reach: 40, acrossSentences: 1 }] },
      id: { idioms: [{ a: ['gagang pintu...copot', 'gagang pintu...lepas', 'gagangnya copot', 'kunci kamar mandi rusak', 'kenop pintu...copot', 'handle pintu...copot'], b: ['suami saya terkurung', 'istri saya terkurung', 'terkurung', 'kekurung', 'terkunci di dalam', 'kekunci di dalam', 'nggak bisa keluar', 'tidak bisa keluar', 'bukakan pakai obeng', 'dibuka pakai obeng', 'bukain pakai obeng'], reach: 60, acrossSentences: 1 }] },
    },
  },
  {
    // «Phim Hàn tối qua có cảnh bà cụ bị con trai đánh, tôi xem mà khóc»: a scene in a K-drama or a soap watched
    // (report frames, as the film scene above). Harm done to the writer while a show was on still alarms.
    name: 'a scene in a Korean drama or a soap watched last night',
    signal: null,
    words: {
      ja: { framing: { report: ['韓ドラ', 'かんどら', '韓国ドラマ', 'かんこくどらま', '昨日のドラマ', 'きのうのどらま', 'ゆうべのドラマ'] } },
      en: { framing: { report: ['k drama', 'kdrama', 'korean drama', 'the drama last night', 'soap opera'] } },
      zh: { framing: { report: ['韩剧', '日剧', '电视剧里', '连续剧里'] } },
      ko: { framing: { report: ['드라마에서', '어젯밤 드라마', '드라마 속', '막장 드라마'] } },
      vi: {
        framing: { report: ['phim hàn', 'phim nhật', 'phim trung quốc', 'phim thái', 'trong phim', 'tập phim', 'phim tối qua', 'phim bộ'] },
        // the watcher's tears right after the scene («bị con trai đánh, tôi xem mà khóc»): not «đánh tôi»
        idioms: cross(['tôi', 'em', 'mình', 'tui'], ['xem mà khóc', 'xem mà thương', 'xem mà sợ', 'xem xong khóc', 'xem mà rơi nước mắt'], ' '),
      },
      ne: { framing: { report: ['कोरियन ड्रामा', 'korean drama', 'serial ma', 'सिरियलमा', 'film ma', 'फिल्ममा'] } },
      tl: { framing: { report: ['korean drama', 'sa pelikula', 'yung pelikula', 'sa palabas'] } },
      pt: { framing: { report: ['dorama', 'novela coreana', 'no filme', 'na série', 'numa série'] } },
      id: { framing: { report: ['drakor', 'drama korea', 'di film', 'di sinetron'] } },
    },
  },
  {
    // «aama lai doctor le nindra ko dabai diyeko, ek choti ma euta ki duita khane ho label ma bujhina»: how many
    // of a prescribed medicine to take at a time — one or two. The dose question alone, never the pills' own
    // words (an idiom spanning "sleeping pills" would take the danger out of "took all my sleeping pills"):
    // «ek choti ma sabai», "all of them at once", still alarm.
    name: 'one or two at a time: the dose of a prescribed medicine asked',
    signal: null,
    words: {
      ja: { idioms: ['1錠か2錠か', '一錠か二錠か', 'いちじょうかにじょうか', '1回に1錠か2錠', '一回に一錠か二錠', 'いっかいにいちじょうかにじょう'] },
      en: { idioms: ['one or two at a time', 'one or two at once', 'one tablet or two', 'one pill or two', 'one or two tablets at a time', 'one or two pills at a time'] },
      zh: { idioms: ['一次吃一粒还是两粒', '一次一粒还是两粒', '一次吃一片还是两片', '一次一片还是两片', '一粒还是两粒', '一片还是两片'] },
      ko: { idioms: ['한 번에 한 알인지 두 알인지', '한 번에 한 알 아니면 두 알', '한 알인지 두 알인지', '한 알을 먹는지 두 알을 먹는지'] },
      vi: { idioms: ['mỗi lần một hay hai viên', 'một lần uống một hay hai viên', 'một lần một viên hay hai viên', 'uống một hay hai viên', 'một viên hay hai viên'] },
      ne: { idioms: ['ek choti ma euta ki duita', 'ek choti ma euta ki dui', 'ek patak ma euta ki duita', 'ek palta ma euta ki duita', 'एक पटकमा एउटा कि दुईवटा', 'एक चोटिमा एउटा कि दुईवटा', 'एक पटकमा एउटा कि दुई'] },
      tl: { idioms: ['isa o dalawa ba ang iinumin', 'isa ba o dalawa ang iinumin', 'isa o dalawang tableta ba', 'isa o dalawa kada inom'] },
      pt: { idioms: ['um ou dois por vez', 'um ou dois de cada vez', 'um comprimido ou dois', 'um ou dois comprimidos por vez'] },
      id: { idioms: ['satu atau dua sekaligus', 'sekali minum satu atau dua', 'satu atau dua butir sekali minum', 'sekali minum satu atau dua butir', 'satu butir atau dua'] },
    },
  },
  {
    // «Meu genro grita muito com minha filha, mas nunca bateu nela»: someone who shouts but never hit her, the
    // denial between the one named and the blow, and a threat denied in the same breath («nem ameaçou», «o
    // pinagbabantaan»). A blow told after («mas ontem bateu») still alarms.
    name: 'shouts but has never hit her: the denial between the one named and the blow',
    signal: null,
    words: {
      ja: { idioms: ['手を上げたことはな', 'てをあげたことはな', '手をあげたことはな', '叩いたことはな', 'たたいたことはな', '殴ったことはな', 'なぐったことはな'] },
      en: { idioms: ['never hit her', 'never hit him', 'never laid a hand on her', 'never laid a hand on him'] },
      zh: { idioms: ['从没打过她', '从来没打过她', '从没打过他', '从来没打过他', '从没动过手', '从来没动过手'] },
      ko: { idioms: ['때린 적은 없', '때린 적은 한 번도 없', '손찌검한 적은 없', '손을 댄 적은 없'] },
      vi: { idioms: ['chưa bao giờ đánh nó', 'chưa bao giờ đánh con bé', 'chưa bao giờ đánh cô ấy', 'chưa bao giờ đánh vợ', 'chưa từng đánh nó', 'chưa từng đánh cô ấy', 'chưa bao giờ động tay'] },
      ne: { idioms: ['कहिल्यै कुटेको छैन', 'कहिल्यै पिटेको छैन', 'kahilyai kuteko chhaina', 'kahile kuteko chhaina', 'kahilyai piteko chhaina', 'kuteko chai chhaina', 'kuteko chai chaina'] },
      tl: { idioms: ['hindi naman niya sinasaktan', 'hindi niya sinasaktan', 'hindi pa niya sinaktan', 'hindi niya pinagbubuhatan ng kamay', 'hindi naman siya nananakit', { a: ['hindi niya sinasaktan', 'hindi sinasaktan', 'hindi naman sinasaktan', 'hindi niya sinaktan'], b: ['o pinagbabantaan', 'o binabantaan', 'o tinatakot', 'o sinisindak'], reach: 4 }] },
      pt: { idioms: ['nunca bateu nela', 'nunca bateu nele', 'nunca bateu na minha filha', 'nunca encostou a mão nela', 'nunca encostou nela', 'nunca levantou a mão pra ela', 'nunca levantou a mão para ela', { a: ['nunca bateu nela', 'nunca bateu nele', 'nunca bateu', 'nunca encostou nela'], b: ['nem ameaçou', 'nem ameaça', 'nem a ameaçou', 'nem o ameaçou'], reach: 4 }] },
      id: { idioms: ['tidak pernah memukulnya', 'nggak pernah mukul dia', 'gak pernah mukul dia', 'belum pernah memukulnya', 'tidak pernah main tangan', 'nggak pernah main tangan'] },
    },
  },
  {
    // «Akhirnya selesai juga kontrak magang 3 tahun, rasanya mau mati bahagia!»: dying of happiness at good news.
    // Where the words alone could be a wish («mau mati bahagia», "can die happy"), only after the good news.
    name: 'dying of happiness at good news',
    signal: null,
    words: {
      ja: { idioms: ['幸せすぎて死にそう', 'しあわせすぎてしにそう', '嬉しすぎて死にそう', 'うれしすぎてしにそう', '嬉しくて死にそう', 'うれしくてしにそう', '幸せで死にそう', 'しあわせでしにそう'] },
      en: { idioms: [{ a: ['finally', 'i passed', 'got the job', 'got my visa', 'so happy'], b: ['could die happy', 'can die happy', 'die happy now'], reach: 60, acrossSentences: 1 }] },
      zh: { idioms: ['开心死了', '高兴死了', '幸福死了', '开心得要死', '高兴得要死', '幸福得要死'] },
      ko: { idioms: ['좋아 죽겠', '행복해 죽겠', '기뻐 죽겠', '행복해서 죽을 것 같', '기뻐서 죽을 것 같', '좋아서 죽을 것 같'] },
      vi: { idioms: ['sướng muốn chết', 'sướng chết đi được', 'mừng muốn chết', { a: ['cuối cùng', 'đậu rồi', 'đỗ rồi', 'trúng tuyển', 'được nhận'], b: ['vui muốn chết', 'hạnh phúc muốn chết'], reach: 60, acrossSentences: 1 }] },
      ne: { idioms: ['खुसीले मर्न', 'खुशीले मर्न', 'khusi le marna', 'khushi le marna', 'khusile marna', 'khusi le mari', 'khushi le mari'] },
      tl: { idioms: ['mamamatay na ako sa saya', 'mamatay na ako sa saya', 'mamatay sa saya', 'mamamatay ako sa saya', 'mamatay sa tuwa', 'mamamatay na ako sa tuwa', 'mamatay na ako sa tuwa'] },
      pt: { idioms: ['morrer de felicidade', 'morrendo de felicidade', 'morri de felicidade', 'morrer de alegria', 'morrendo de alegria', 'morri de alegria', { a: ['finalmente', 'passei', 'consegui o emprego', 'consegui o visto'], b: ['posso morrer feliz', 'já posso morrer feliz', 'morrer feliz'], reach: 60, acrossSentences: 1 }] },
      id: { idioms: [{ a: ['akhirnya', 'lulus', 'lolos', 'selesai juga', 'diterima kerja', 'dapat visa', 'dapet visa', 'senang banget', 'seneng banget'], b: ['mau mati bahagia', 'pengen mati bahagia', 'bisa mati bahagia', 'mati karena bahagia', 'mati saking senangnya', 'mati saking bahagianya'], reach: 60, acrossSentences: 1 }] },
    },
  },
  {
    // «Dua minggu ini saya susah tidur, tapi memang karena persiapan ujian JLPT. Ada obat tidur yang aman tanpa
    // resep?»: sleep lost to exams, jet lag or night shifts, and a safe over-the-counter sleep aid asked about.
    // Sleeping pills saved up or taken all at once still alarm by their own words.
    name: 'sleep lost to exams or jet lag, a safe over-the-counter sleep aid asked about',
    signal: null,
    // The sleep aid as a question or with "safe" before it, never the pills plainly ("took all my sleeping pills
    // without a prescription" after a failed exam still alarms: an idiom over them would take that away).
    words: {
      ja: { idioms: eitherWay(['試験', 'しけん', 'テスト', 'JLPT', '時差ぼけ', 'じさぼけ', '夜勤', 'やきん'], ['市販の睡眠薬はあります', 'しはんのすいみんやくはあります', '市販の睡眠薬でおすすめ', '安全な睡眠薬はあります', 'あんぜんなすいみんやくはあります', '睡眠改善薬はあります', 'すいみんかいぜんやくはあります'], 60, 1) },
      en: { idioms: eitherWay(['exam', 'exams', 'jlpt', 'jet lag', 'night shift', 'night shifts'], ['a safe sleeping pill', 'any safe sleeping pill', 'safe sleeping pills i can', 'a mild sleeping pill', 'a herbal sleep aid', 'an over the counter sleep aid', 'can i buy sleeping pills without', 'buy a sleep aid without'], 80, 1) },
      zh: { idioms: eitherWay(['考试', '备考', '时差', '夜班'], ['有没有安全的安眠药', '有安全的安眠药吗', '有没有不用处方的安眠药', '不用处方的安眠药吗', '温和的安眠药吗'], 30, 1) },
      ko: { idioms: eitherWay(['시험', '시차', '야간 근무'], ['안전한 수면제 있', '안전한 수면제 추천', '처방 없이 살 수 있는 수면제 있', '약국에서 살 수 있는 수면제 있'], 60, 1) },
      vi: { idioms: eitherWay(['ôn thi', 'kỳ thi', 'thi jlpt', 'thi cử', 'lệch múi giờ', 'ca đêm'], ['có thuốc ngủ nào an toàn', 'thuốc ngủ nào an toàn', 'có thuốc ngủ an toàn', 'mua thuốc ngủ không cần đơn', 'có thuốc ngủ nhẹ'], 80, 1) },
      ne: { idioms: eitherWay(['परीक्षा', 'pariksha', 'parikshya', 'exam', 'jlpt', 'night shift'], ['surakshit nindra ko dabai', 'surakshit nidra ko ausadhi', 'सुरक्षित निद्राको औषधि', 'halka nindra ko dabai', 'halka nidra ko ausadhi', 'हल्का निद्राको औषधि', 'prescription bina paine nindra', 'prescription bina paine nidra'], 80, 1) },
      tl: { idioms: eitherWay(['exam', 'jlpt', 'jet lag', 'night shift'], ['may ligtas na sleeping pills', 'may ligtas na pampatulog', 'may safe na sleeping pills', 'may safe na pampatulog', 'makabili ng pampatulog nang walang reseta', 'mild na pampatulog'], 80, 1) },
      pt: { idioms: eitherWay(['prova', 'provas', 'exame', 'jlpt', 'fuso horário', 'turno da noite', 'vestibular'], ['algum remédio para dormir seguro', 'algum remédio pra dormir seguro', 'tem remédio para dormir seguro', 'tem remédio pra dormir seguro', 'comprar remédio para dormir sem receita', 'comprar remédio pra dormir sem receita', 'remédio natural para dormir', 'remédio natural pra dormir'], 80, 1) },
      id: { idioms: eitherWay(['karena ujian', 'persiapan ujian', 'ujian jlpt', 'karena jlpt', 'jet lag', 'jetlag', 'shift malam'], ['ada obat tidur yang aman', 'obat tidur yang aman', 'obat tidur yang ringan', 'ada obat tidur tanpa resep', 'beli obat tidur tanpa resep', 'obat tidur yang dijual bebas', 'obat tidur herbal'], 80, 1) },
    },
  },
  {
    // «Bayi saya tadi siang kejang demam 1 menit, sudah dibawa ke rumah sakit dan dokter bilang aman, sekarang
    // sudah di rumah»: a febrile seizure over, and the doctor's all-clear told after it — the seizure dated (this afternoon, had one), not going on now. A seizure told after
    // the doctor's word («kemarin dokter bilang aman, sekarang kejang lagi»), or one that will not stop, still alarms.
    name: 'a febrile seizure over, with the doctor’s all-clear after it',
    signal: null,
    words: {
      ja: { idioms: [{ a: cross(['熱性けいれんを', 'ねっせいけいれんを', '熱性痙攣を', 'ひきつけを', 'けいれんを', '痙攣を'], ['起こした', '起こしました', 'おこした', 'おこしました'], ''), b: ['医者は大丈夫', '先生は大丈夫', '大丈夫と言われ', 'だいじょうぶといわれ', '問題ないと言われ', 'もんだいないといわれ', '心配ないと言われ', 'しんぱいないといわれ'], reach: 80, acrossSentences: 2 }] },
      en: { idioms: [{ a: [...cross(['had a febrile', 'had a', 'had another'], ['seizure', 'convulsion', 'fit'], ' '), ...cross(['seizure', 'convulsion'], ['earlier', 'this morning', 'this afternoon', 'last night', 'yesterday'], ' ')], b: ['doctor said its fine', 'doctor said it was fine', 'doctor said its nothing serious', 'doctor said not to worry', 'doctor says its fine', 'doctor said hes fine', 'doctor said shes fine', 'doctor said it is fine', 'doctor said it was harmless', 'doctor said it is common', 'doctor said its common'], reach: 100, acrossSentences: 2 }] },
      zh: { idioms: [{ a: [...cross(['昨天', '昨晚', '今天早上', '今天下午', '上午', '下午'], ['抽搐', '惊厥'], '...'), '抽搐了一分钟', '发生了热性惊厥', '发生了高热惊厥'], b: ['医生说没事', '医生说没关系', '医生说不要紧', '医生说没问题', '医生说不用担心'], reach: 40, acrossSentences: 2 }] },
      ko: { idioms: [{ a: ['열성경련을 했', '열성 경련을 했', '경련을 했', '경련을 일으켰', '경기를 했', ...cross(['어제', '아까', '오늘 낮에', '오늘 아침에', '어젯밤'], ['경련', '경기'], '...')], b: ['의사가 괜찮다', '의사 선생님이 괜찮다', '병원에서 괜찮다', '걱정 안 해도 된다', '문제없다고'], reach: 60, acrossSentences: 2 }] },
      vi: { idioms: [{ a: [...cross(['chiều nay', 'sáng nay', 'trưa nay', 'tối qua', 'đêm qua', 'hôm qua'], ['co giật'], '...'), 'đã bị co giật'], b: ['bác sĩ nói không sao', 'bác sĩ bảo không sao', 'bác sĩ nói ổn', 'bác sĩ bảo ổn', 'bác sĩ nói không nguy hiểm', 'bác sĩ bảo không nguy hiểm', 'bác sĩ nói bình thường'], reach: 100, acrossSentences: 2 }] },
      ne: { idioms: [{ a: [...cross(['हिजो', 'आज बिहान', 'hijo', 'aaja bihana', 'aja bihana', 'aaja diuso', 'aja diuso'], ['काँप', 'kaamp', 'kamp', 'seizure', 'fits'], '...'), 'fits aayo', 'seizure bhayo', 'फिट्स आयो'], b: ['डाक्टरले ठिक छ भन्नुभयो', 'डाक्टरले केही हुँदैन भन्नुभयो', 'doctor le thik chha bhannu', 'doctor le thik cha bhannu', 'doctor le kehi hudaina bhannu', 'doctor le darauna pardaina'], reach: 100, acrossSentences: 2 }] },
      tl: { idioms: [{ a: [...cross(['kanina', 'kahapon', 'kagabi'], ['kombulsyon', 'kumbulsyon', 'seizure', 'nangisay'], '...'), 'nagkaroon ng febrile seizure', 'nagka seizure', 'nagkaseizure', 'nangisay kanina', 'nangisay kahapon'], b: ['sabi ng doktor okay lang', 'sabi ng doktor ok lang', 'sabi ng doctor okay lang', 'okay lang daw sabi ng doktor', 'sabi ng doktor normal lang', 'sabi ng doktor wala dapat ikabahala'], reach: 100, acrossSentences: 2 }] },
      pt: { idioms: [{ a: ['teve convulsão', 'teve uma convulsão', 'teve crise convulsiva', 'teve uma crise convulsiva', 'convulsionou ontem', ...cross(['ontem', 'hoje de manhã', 'hoje à tarde', 'de manhã', 'à tarde'], ['convulsão', 'convulsionou'], '...')], b: ['médico disse que está tudo bem', 'médico disse que tá tudo bem', 'médico falou que está tudo bem', 'médico falou que tá tudo bem', 'médico disse que não é grave', 'médico disse que é comum', 'médico falou que é comum'], reach: 100, acrossSentences: 2 }] },
      id: { idioms: [{ a: [...cross(['tadi siang', 'tadi pagi', 'tadi sore', 'tadi malam', 'semalam', 'kemarin'], ['kejang', 'step'], '...'), 'sempat kejang'], b: ['dokter bilang aman', 'dokter bilang tidak apa', 'dokter bilang nggak apa', 'dokter bilang gak apa', 'kata dokter aman', 'kata dokter tidak apa', 'kata dokter nggak apa', 'kata dokter normal', 'dokter bilang normal'], reach: 100, acrossSentences: 2 }] },
    },
  },
  {
    // Abuse, violence, an emergency or suicide as the TOPIC of a training, a course, a class, an assignment, an
    // exam, a report, a talk, a drill or a community programme, or of a message said to be hypothetical (pass
    // F20, widened): 「児童虐待の通告についての研修」, 「しゅくだい で 「じさつ を ふせぐ」 について しらべて」, "an
    // evening session on spotting signs of elder abuse", 想辦一個講座教大家認識…被家人虐待的徵兆, «bài tập hỏi: khi
    // phát hiện người già bị con cái bạo hành», "Assignment namin: … kung may napansin kang pasa … sinasaktan",
    // «kalau melihat lansia dengan memar dan curiga kekerasan … Bukan kasus nyata, untuk ujian». The topic's words
    // put as a noun of the subject, or the danger told as a case to recognise or an example («例えば息子が親を
    // 殴っているような事例», 「倒れて意識がない人を見つけたら」という流れ), in the next sentence or two. A harm told
    // as done to someone now ("my dad hits me", 「父に虐待されて」, «chồng tôi đánh tôi»), or a wish to die, is no
    // case's word and still alarms beside "training" or "not a real case"; a disclaimer denied ("this is not
    // hypothetical", 「仮の話ではありません」) is none.
    name: 'abuse, violence or suicide as the topic of a training, a course, a class, an exam or a report',
    signal: null,
    words: {
      ja: { idioms: studied('ja', 50) },
      en: { idioms: studied('en', 120) },
      zh: { idioms: studied('zh', 50) },
      ko: { idioms: studied('ko', 60) },
      vi: { idioms: studied('vi', 120) },
      ne: { idioms: studied('ne', 120) },
      tl: { idioms: studied('tl', 120) },
      pt: { idioms: studied('pt', 120) },
      id: { idioms: studied('id', 120) },
    },
  },
  {
    // A goodbye with thanks and an ordinary reason for leaving (closing the case, see concepts-safe.ts): a job
    // transfer (転勤, 발령, 调动, «chuyển công tác», "transferred"), a contract or a traineeship ended, going
    // back to one's country by name or moving to a named city: 「転勤で福岡に行くことになりました。今までお世話に
    // なりました！」, "My contract finished so we're relocating to Singapore", 「남편 발령으로 서울로 돌아가게
    // 됐어요」, «contract सकियो, परिवारसँग नेपाल फर्किँदैछु», "Tapos na po contract ko, babalik na ako sa
    // Pilipinas". The reason is named: a goodbye with no reason, or a dark "going home", "far away", 「天国に
    // 帰る」, still alarms, and despair told beside it is a word of its own.
    name: 'a goodbye with thanks for a transfer, a contract ended, going back to one’s country or a named city',
    signal: null,
    words: {
      ja: { closing: LEAVING.ja, idioms: eitherWay(LEAVING.ja, GOODBYE.ja, 60, 2) },
      en: { closing: LEAVING.en, idioms: eitherWay(LEAVING.en, GOODBYE.en, 160, 2) },
      zh: { closing: LEAVING.zh, idioms: eitherWay(LEAVING.zh, GOODBYE.zh, 60, 2) },
      ko: { closing: LEAVING.ko, idioms: eitherWay(LEAVING.ko, GOODBYE.ko, 80, 2) },
      vi: { closing: LEAVING.vi, idioms: eitherWay(LEAVING.vi, GOODBYE.vi, 160, 2) },
      ne: { closing: LEAVING.ne, idioms: eitherWay(LEAVING.ne, GOODBYE.ne, 160, 2) },
      tl: { closing: LEAVING.tl, idioms: eitherWay(LEAVING.tl, GOODBYE.tl, 160, 2) },
      pt: { closing: LEAVING.pt, idioms: eitherWay(LEAVING.pt, GOODBYE.pt, 160, 2) },
      id: { closing: LEAVING.id, idioms: eitherWay(LEAVING.id, GOODBYE.id, 160, 2) },
    },
  },
  {
    // A relative who died by suicide in the past, and the bereaved family's support asked about (pass F20):
    // 「兄が自殺で亡くなり、自死遺族の会に」, 表哥前年自殺過世…遺族的支援團體, 자살 유족 모임, "a group for families
    // bereaved by suicide", «grupo para enlutados por suicídio», "keluarga korban bunuh diri". A death already
    // past and a service: the dead person's word only. A wish to follow them ("since my brother died by
    // suicide I want to die too") is a wish of its own and still alarms (`PairRule.pastDeath`).
    name: 'a relative who died by suicide in the past; support for the bereaved',
    signal: null,
    words: {
      ja: { idioms: ['自殺で亡くな', '自死で亡くな', 'じさつでなくな', 'じしでなくな', '自殺で亡くし', '自死で亡くし', '自殺で家族を亡くし', '自死遺族', 'じしいぞく', 'じさついぞく', '自殺者の遺族', '自殺した家族の'] },
      en: { idioms: ['died by suicide', 'died of suicide', 'lost to suicide', 'lost him to suicide', 'lost her to suicide', 'lost them to suicide', 'suicide loss', 'bereaved by suicide', 'suicide bereavement', 'suicide bereaved', 'survivors of suicide', 'suicide survivors group', 'suicide survivor group', 'families after suicide'] },
      zh: { idioms: ['自杀过世', '自杀离世', '自杀走的', '自杀而死', '自杀而亡', '自杀遗族', '自杀者遗族', '自杀者家属', '自杀遗属', '自杀者遗属', '自杀者的家属', '自杀者的遗族', '自杀者的遗属'] },
      ko: { idioms: ['자살 유족', '자살유족', '자살자 유족', '자살자 유가족', '자살 유가족 모임', '자살로 돌아가', '자살로 세상을 떠', '자살로 사망', '자살로 숨지'] },
      vi: { idioms: ['mất vì tự tử', 'mất do tự tử', 'qua đời vì tự tử', 'qua đời do tự tử', 'tự tử qua đời', 'gia đình có người tự tử', 'thân nhân người tự tử', 'gia đình người tự tử', 'người thân mất vì tự tử'] },
      ne: { idioms: ['आत्महत्याबाट गुमाएका', 'आत्महत्याबाट परिवार गुमाएका', 'आत्महत्याबाट मृत्यु', 'आत्महत्या गरेर बित्नुभयो', 'आत्महत्या गरेर मृत्यु', 'aatmahatya garera bitnu', 'atmahatya garera bitnu', 'aatmahatyabata gumaeka', 'atmahatyabata gumaeka'] },
      tl: { idioms: ['naulila sa pagpapakamatay', 'namatay sa pagpapakamatay', 'naiwan ng nagpakamatay', 'pamilya ng nagpakamatay', 'pamilya ng mga nagpakamatay'] },
      pt: { idioms: ['morreu por suicídio', 'morreu de suicídio', 'perdeu para o suicídio', 'perdi para o suicídio', 'perdemos para o suicídio', 'enlutados por suicídio', 'enlutados pelo suicídio', 'sobreviventes do suicídio', 'luto por suicídio', 'luto pelo suicídio', 'familiares de suicidas', 'família de quem se suicidou', 'familiares de quem se suicidou'] },
      id: { idioms: ['meninggal karena bunuh diri', 'meninggal akibat bunuh diri', 'meninggal dunia karena bunuh diri', 'keluarga korban bunuh diri', 'ditinggal bunuh diri', 'duka akibat bunuh diri', 'duka karena bunuh diri', 'penyintas bunuh diri', 'kehilangan akibat bunuh diri'] },
    },
  },
  {
    // An emergency asked ahead, with the person fine now or the question said to be for later (pass F20):
    // 「もし夜に子どもがけいれんを起こしたら…？今は元気で、前もって知っておきたい」, "if my child ever has a
    // febrile seizure, who do I call? he's fine now", 혹시 … 열성 경련을 하면 … 미리 알아두려고요, «se meu filho
    // tiver convulsão… agora ele tá bem». The supposition with the emergency's word ("if … seizure"), then
    // the asked-ahead word within the next sentence or two. A seizure told of now in a sentence of its own
    // ("he is seizing now and won't stop") is a word of its own and still alarms.
    name: 'an emergency asked ahead, the person fine now',
    signal: null,
    words: {
      ja: { idioms: [{ a: cross(['もし', 'もしも'], ['けいれん', '痙攣', 'ひきつけ', '倒れ', 'たおれ', '発作', 'ほっさ', '息をしな', '喉に詰', 'のどにつま'], '...'), b: ['前もって知', 'まえもってし', '事前に知', 'じぜんにし', '知っておきたい', 'しっておきたい', '念のため', 'ねんのため', '今は元気', 'いまはげんき', '今は大丈夫', 'いまはだいじょうぶ'], reach: 80, acrossSentences: 2 }] },
      en: { idioms: [{ a: cross(['if my', 'if our', 'if he', 'if she', 'if a child', 'if a baby', 'if someone', 'in case my', 'should my'], ['seizure', 'convulsion', 'collapses', 'stops breathing', 'chokes', 'anaphylaxis', 'allergic reaction'], '...'), b: ['know ahead', 'know in advance', 'ahead of time', 'beforehand', 'just in case', 'be prepared', 'fine now', 'okay now', 'ok now', 'healthy now'], reach: 80, acrossSentences: 2 }] },
      zh: { idioms: [{ a: cross(['如果', '要是', '假如'], ['惊厥', '抽搐', '抽筋', '晕倒', '昏倒', '不呼吸', '噎住', '过敏性休克'], '...'), b: ['先了解', '事先了解', '提前了解', '先问一下', '以防万一', '现在没事', '现在很好', '现在好好的'], reach: 60, acrossSentences: 2 }] },
      ko: { idioms: [{ a: cross(['혹시'], ['경련', '경기', '쓰러지', '쓰러졌', '발작', '숨을 안', '숨을 못', '의식을 잃', '목에 걸리'], '...'), b: ['미리 알아', '미리 알고', '대비해서', '대비하려고', '지금은 괜찮', '지금은 건강', '혹시 몰라서'], reach: 80, acrossSentences: 2 }] },
      vi: { idioms: [{ a: cross(['nếu', 'nhỡ', 'phòng khi'], ['co giật', 'ngất', 'bất tỉnh', 'khó thở', 'ngừng thở', 'bị hóc', 'sốc phản vệ'], '...'), b: ['biết trước', 'để phòng', 'đề phòng', 'chuẩn bị trước', 'bây giờ bé khỏe', 'bây giờ bé không sao', 'hiện tại bé khỏe', 'bây giờ con khỏe', 'giờ bé khỏe'], reach: 80, acrossSentences: 2 }] },
      ne: { idioms: [{ a: cross(['काँप', 'बेहोस', 'सास फेर्न'], ['भने'], '...'), b: ['पहिले नै जान्न', 'अहिले ठिक', 'अहिले सन्चै', 'ahile thik', 'pahile nai janna'], reach: 80, acrossSentences: 2 }] },
      tl: { idioms: [{ a: cross(['kung', 'kapag', 'pag'], ['seizure', 'kumbulsyon', 'kombulsyon', 'nangisay', 'mangisay', 'himatayin', 'hindi makahinga'], '...'), b: ['para handa', 'para alam ko', 'okay naman siya ngayon', 'ok naman siya ngayon', 'maayos naman siya ngayon', 'just in case'], reach: 80, acrossSentences: 2 }] },
      pt: { idioms: [{ a: cross(['se meu', 'se minha', 'se o', 'se a', 'se ele', 'se ela', 'caso'], ['convuls', 'desmaiar', 'desmaia', 'parar de respirar', 'engasgar', 'engasga', 'crise alérgica'], '...'), b: ['saber antes', 'saber com antecedência', 'por precaução', 'só pra saber', 'só para saber', 'agora ele tá bem', 'agora ela tá bem', 'agora ele está bem', 'agora ela está bem', 'me preparar', 'ficar preparad'], reach: 80, acrossSentences: 2 }] },
      id: { idioms: [{ a: cross(['kalau', 'jika', 'seandainya', 'apabila', 'kalo'], ['kejang', 'pingsan', 'sesak napas', 'tidak bernapas', 'tersedak', 'step'], '...'), b: ['tahu dulu', 'tahu sebelumnya', 'jaga jaga', 'berjaga jaga', 'untuk persiapan', 'sekarang dia sehat', 'sekarang sehat', 'sekarang dia baik', 'sekarang baik baik'], reach: 80, acrossSentences: 2 }] },
    },
  },
  {
    // "If I die here, how is my body sent home?" asked for insurance or papers, the writer healthy (pass F20):
    // «Se eu morrer aqui no Japão, como fica o translado do corpo… tô com saúde», 「もし日本で死んだら遺体は
    // 国に送れますか」, 如果我死在日本遗体怎么运回国, 제가 여기서 죽으면 시신 송환은. The supposition of one's own
    // death with the body's return home or the writer's health said. (Not with insurance alone: "if I die
    // will the insurance pay the debt" is a warning sign, and a wish to die beside it still alarms.)
    name: 'if I die abroad, how my body is sent home; asked for papers, the writer healthy',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['もし私が死んだら', 'もしわたしがしんだら', '私が死んだら', 'わたしがしんだら', '日本で死んだら', 'にほんでしんだら', 'もし死んだら', 'もししんだら'], ['遺体', 'いたいを', '遺骨', 'いこつ', '本国に送', '国に送', '国に帰', '健康です', 'けんこうです', '元気です'], 60, 2) },
      en: { idioms: eitherWay(['if i die here', 'if i die in japan', 'if i die abroad', 'if i die while'], ['body sent', 'body back', 'body home', 'repatriat', 'remains', 'im healthy', 'i am healthy', 'in good health'], 90, 2) },
      zh: { idioms: eitherWay(['如果我死在', '要是我死在', '如果我在日本死', '要是我在日本死', '万一我在日本死', '如果我在这里死'], ['遗体', '运回', '送回国', '身体很好', '身体健康'], 40, 2) },
      ko: { idioms: eitherWay(['제가 여기서 죽으면', '제가 일본에서 죽으면', '내가 일본에서 죽으면', '일본에서 죽게 되면', '제가 죽게 되면'], ['시신', '유해', '송환', '본국으로', '건강해요', '건강한데', '건강합니다'], 60, 2) },
      vi: { idioms: eitherWay(['nếu tôi chết ở', 'lỡ tôi chết ở', 'nếu em chết ở', 'nếu mình chết ở', 'nếu tôi mất ở'], ['thi thể', 'đưa về nước', 'đưa xác', 'hồi hương', 'tôi vẫn khỏe', 'tôi khỏe mạnh'], 90, 2) },
      ne: { idioms: eitherWay(['जापानमा मरें भने', 'यहाँ मरें भने', 'मेरो मृत्यु भयो भने', 'japan ma mare bhane', 'yaha mare bhane'], ['शव', 'लास', 'नेपाल पठाउन', 'स्वस्थ छु', 'lash', 'shav', 'swastha chu'], 90, 2) },
      tl: { idioms: eitherWay(['kung mamatay ako dito', 'kung mamatay ako sa japan', 'pag namatay ako dito', 'kapag namatay ako dito', 'pag namatay ako sa japan'], ['bangkay', 'iuwi', 'maiuwi', 'repatriation', 'malusog ako', 'healthy naman ako'], 90, 2) },
      pt: { idioms: eitherWay(['se eu morrer aqui', 'se eu morrer no japão', 'caso eu morra aqui', 'caso eu morra no japão'], ['translado', 'traslado', 'repatriação', 'corpo pro brasil', 'corpo para o brasil', 'tô com saúde', 'estou com saúde', 'estou saudável', 'tô saudável'], 90, 2) },
      id: { idioms: eitherWay(['kalau saya meninggal di', 'jika saya meninggal di', 'kalau aku meninggal di', 'kalau saya mati di', 'seandainya saya meninggal di'], ['jenazah', 'dipulangkan', 'pemulangan', 'saya sehat', 'aku sehat'], 90, 2) },
    },
  },
  {
    // A coin, a marble or a bead swallowed, and already passed out (pass F20): «engoliu uma moeda ontem…
    // fizeram raio-x e já saiu», 「10円玉を飲み込んだけど うんちと一緒に出てきた」, 吞了硬币…已经拉出来了.
    // The object gone is the end of it — not a battery, a magnet or medicine (not listed), nor "looks fine",
    // which says nothing of where it is (`SWALLOWED` in the engine).
    name: 'a coin or small object swallowed and already passed',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['硬貨を飲み込', 'こうかをのみこ', '小銭を飲み込', '円玉を飲み込', 'えんだまをのみこ', 'ビー玉を飲み込', 'びーだまをのみこ', 'おはじきを飲み込'], ['うんちと一緒に出', 'うんちといっしょにで', 'うんちに出', 'うんちにで', '便と一緒に出', '便に出', '排出され', 'はいしゅつされ', '出てきました', 'でてきました', '出てきた', 'でてきた'], 60, 2) },
      en: { idioms: eitherWay(['swallowed a coin', 'swallowed a penny', 'swallowed a marble', 'swallowed a bead', 'swallowed a small toy', 'swallowed a lego'], ['came out', 'passed it', 'pooped it out', 'in his poop', 'in her poop', 'in his stool', 'in her stool', 'in his diaper', 'in her diaper', 'already passed'], 90, 2) },
      zh: { idioms: eitherWay(['吞了硬币', '吞了一枚硬币', '吞下硬币', '吞了个硬币', '吞了弹珠', '误吞硬币', '吃了硬币', '吞了一个硬币'], ['拉出来了', '排出来了', '已经排出', '大便里', '便便里'], 40, 2) },
      ko: { idioms: eitherWay(['동전을 삼켰', '동전을 삼킨', '동전 삼켰', '구슬을 삼켰'], ['변으로 나왔', '대변으로 나왔', '똥으로 나왔', '배출됐', '배출되었'], 60, 2) },
      vi: { idioms: eitherWay(['nuốt đồng xu', 'nuốt phải đồng xu', 'nuốt xu', 'nuốt viên bi', 'nuốt phải viên bi'], ['ra theo phân', 'đi ngoài ra', 'đã ra ngoài', 'thải ra'], 90, 2) },
      ne: { idioms: eitherWay(['सिक्का निल', 'sikka nil'], ['दिसामा निस्क', 'निस्किसक्यो', 'disa ma nisk', 'niskisakyo'], 90, 2) },
      tl: { idioms: eitherWay(['nakalunok ng barya', 'nalunok ang barya', 'nakalunok ng coin', 'nalunok niya ang barya'], ['lumabas na', 'nailabas na', 'sa dumi'], 90, 2) },
      pt: { idioms: eitherWay(['engoliu uma moeda', 'engoliu moeda', 'engoliu uma bolinha de gude', 'engoliu uma conta'], ['já saiu', 'saiu nas fezes', 'saiu no cocô', 'saiu na fralda', 'foi expelid', 'eliminou'], 90, 2) },
      id: { idioms: eitherWay(['menelan koin', 'nelan koin', 'tertelan koin', 'menelan uang logam', 'nelan uang koin', 'menelan kelereng'], ['sudah keluar', 'udah keluar', 'keluar lewat', 'keluar bersama', 'keluar waktu bab'], 90, 2) },
    },
  },
  {
    // The ambulance called the night someone died, told as a memory (pass F20): 「先月父が亡くなりました。救急車を
    // 呼んだ夜のことを思い出すと今もつらい」, "I still remember the night I called the ambulance", 想起叫了救护车的那晚.
    // Grief, and the paperwork after it: a collapse told of now is a word of its own and still alarms.
    name: 'the ambulance called, told as a memory',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['救急車を呼んだ', 'きゅうきゅうしゃをよんだ', '救急車で運ばれた', 'きゅうきゅうしゃではこばれた', '119番した', '119に電話した'], ['思い出', 'おもいだ', '忘れられ', 'わすれられ'], 16) },
      en: { idioms: eitherWay(['called the ambulance', 'called an ambulance', 'called 119', 'called 911'], ['i remember', 'remembering', 'think back', 'the memory', 'cant forget', 'cannot forget', 'flashbacks'], 40) },
      zh: { idioms: eitherWay(['叫了救护车', '叫救护车的', '打了119', '打119的'], ['想起', '回想', '忘不了', '忘不掉'], 16) },
      ko: { idioms: eitherWay(['구급차를 불렀', '구급차 불렀', '119를 불렀', '119에 전화했', '구급차 부른'], ['생각하면', '생각나', '떠올리', '잊을 수 없', '잊혀지지'], 30) },
      vi: { idioms: eitherWay(['gọi cấp cứu', 'gọi xe cấp cứu', 'gọi 119'], ['nhớ lại', 'nghĩ lại', 'không quên được'], 40) },
      ne: { idioms: eitherWay(['एम्बुलेन्स बोलाएको', 'ambulance bolaeko'], ['सम्झँदा', 'सम्झन्छु', 'samjhada', 'samjhanchu'], 40) },
      tl: { idioms: eitherWay(['tumawag ng ambulansya', 'tumawag kami ng ambulansya', 'tumawag ako ng ambulansya', 'tumawag sa 119'], ['naaalala', 'naalala', 'maalala', 'hindi ko makalimutan'], 40) },
      pt: { idioms: eitherWay(['chamei a ambulância', 'chamamos a ambulância', 'liguei pro 119', 'liguei para o 119'], ['lembro', 'lembrar', 'lembrando', 'não esqueço', 'não consigo esquecer'], 40) },
      id: { idioms: eitherWay(['memanggil ambulans', 'manggil ambulans', 'nelpon ambulans', 'menelepon 119', 'telepon ambulans'], ['teringat', 'mengingat', 'keinget', 'tidak bisa lupa'], 40) },
    },
  },
  {
    // Martial arts taught or practised (pass F20): 「空手教室で 殴る蹴るの型を練習」, bruises from sparring (태권도
    // … 대련하다 멍이 들기도, «học karate, đấu tập bị đấm trúng mặt»); a knife carried for a cooking class or
    // for fishing (「料理教室の講師…包丁を何本も持って通って」, 「つり…さかな を きる ナイフ…でんしゃ に のって も
    // いい ですか」); a game's shout («joga GTA e fica gritando 'vou te matar'», games by name as frames). Only the
    // technique, the sparring bruise, the knife carried to the class: a blow by the teacher ("the coach hit
    // him"), a knife held at someone, still alarm by their own words.
    name: 'martial arts practised; sparring bruises; a knife carried for cooking or fishing; a game’s shout',
    signal: null,
    words: {
      ja: {
        idioms: [
          ...eitherWay(['空手', 'からて', '柔道', 'ボクシング', 'ぼくしんぐ', '格闘技', 'テコンドー', 'キックボクシング', '護身術', '拳法', '少林寺', '総合格闘技', 'レスリング', '組手', 'くみて', '道場', 'どうじょう', 'スパーリング', '稽古', 'けいこ'], ['殴る蹴るの型', 'なぐるけるのかた', '殴る蹴るの練習', '殴る蹴るの動き', '殴る蹴るの技', '突きや蹴り'], 30),
          ...eitherWay(['組手で', 'くみてで', 'スパーリングで', 'すぱーりんぐで', '稽古で', 'けいこで', '試合で', 'しあいで', '空手', '柔道', 'ボクシング', 'ぼくしんぐ', 'テコンドー', 'レスリング', '格闘技'], ['あざ', 'アザ', '鼻血', 'はなぢ', '目の周り', '青たん'], 16),
          ...eitherWay(['料理教室', 'りょうりきょうしつ', '調理師', '料理の講師', '料理人', '板前', '釣り', 'つり', 'キャンプ', '魚をさばく', 'さかなをさばく'], ['包丁を何本も持って', 'ほうちょうをなんぼんももって', '包丁を持って通', 'ほうちょうをもってかよ', '包丁を持ち歩', 'ほうちょうをもちある', 'ナイフを持ち歩', 'ないふをもちある', 'ナイフを持って電車', 'ないふをもってでんしゃ', '包丁を持って電車', 'ほうちょうをもってでんしゃ', '包丁を使', 'ほうちょうをつか', 'ナイフを使', 'ないふをつか', '包丁の扱い', '包丁で切'], 80, 2),
          '魚を切るナイフ', 'さかなをきるないふ', '魚をさばく包丁', 'さかなをさばくほうちょう', '料理用の包丁', 'つり用のナイフ', 'つりようのないふ', 'キャンプ用のナイフ',
        ],
        framing: { joke: ['グランド・セフト・オート', '原神', '荒野行動', 'スプラトゥーン', 'ストリートファイター'] },
      },
      en: {
        idioms: [
          ...eitherWay(['sparring', 'in karate', 'at karate', 'in taekwondo', 'at taekwondo', 'in judo', 'at judo', 'at boxing', 'in boxing', 'boxing match', 'kickboxing', 'in mma', 'at mma', 'wrestling', 'jiu jitsu', 'muay thai', 'karate tournament', 'judo tournament', 'boxing tournament', 'at the dojo', 'boxing gym'], ['bruise', 'bruised', 'bruises', 'got punched', 'took a punch', 'got kicked', 'black eye', 'nosebleed', 'bloody nose', 'busted lip'], 40),
          ...eitherWay(['fishing knife', 'kitchen knives for', 'chef knife', 'chefs knife', 'cooking class', 'cooking classes', 'cooking lesson', 'for my cooking', 'for fishing', 'camping knife'], ['carry', 'carrying', 'on the train', 'on a train', 'on the bus', 'use knives', 'using knives', 'use a knife', 'knife skills'], 60, 1),
        ],
        framing: { joke: ['gta', 'grand theft auto', 'counter strike', 'csgo', 'cs go', 'genshin', 'dota', 'pokemon unite', 'splatoon', 'rainbow six', 'battlefield', 'warzone', 'rocket league', 'brawl stars', 'clash royale', 'among us', 'elden ring', 'monster hunter', 'street fighter', 'tekken', 'smash bros'] },
      },
      zh: {
        idioms: [
          ...eitherWay(['对练', '实战练习', '练空手道', '练跆拳道', '练拳击', '练柔道', '打拳击', '拳击', '空手道', '跆拳道', '柔道', '散打', '综合格斗', '泰拳', '摔跤', '比赛', '训练时'], ['被打到', '淤青', '瘀青', '青了一块', '流鼻血', '鼻血', '黑眼圈', '眼睛青', '被踢到'], 20),
          ...eitherWay(['料理教室', '烹饪课', '烹饪班', '厨艺课', '厨师', '钓鱼', '露营'], ['带着菜刀', '带菜刀', '带刀上', '带着刀坐', '刀坐电车', '刀坐地铁', '用刀', '用菜刀', '使用刀具', '刀具'], 30, 1),
        ],
        framing: { joke: ['原神', '王者荣耀', '和平精英', '英雄联盟', '绝地求生', '侠盗猎车'] },
      },
      ko: {
        idioms: [
          ...eitherWay(['대련하다', '대련 중', '대련하면서', '겨루기하다', '겨루기 중', '스파링하다', '스파링 중', '복싱', '권투', '태권도', '유도', '합기도', '주짓수', '킥복싱', '시합', '경기 중', '경기에서'], ['멍이 들', '멍들', '멍이', '코피', '눈이 멍'], 16),
          ...eitherWay(['요리 교실', '요리교실', '요리 강사', '요리 수업', '쿠킹 클래스', '낚시', '캠핑'], ['칼을 들고 다니', '칼을 가지고 다니', '칼을 들고 전철', '칼을 가지고 전철', '칼 들고 지하철', '칼을 사용', '칼을 쓰', '칼을 써'], 40, 1),
        ],
        framing: { joke: ['배그', '오버워치', '리그 오브 레전드', '스타크래프트', '피파', '서든어택'] },
      },
      vi: {
        idioms: [
          ...eitherWay(['đấu tập', 'tập võ', 'học võ', 'học karate', 'tập karate', 'tập judo', 'tập taekwondo', 'đấu võ', 'tập boxing', 'học boxing', 'đấu boxing', 'quyền anh', 'võ thuật', 'thi đấu', 'giải đấu', 'trận đấu'], ['bị đấm', 'bị đá trúng', 'bầm', 'bị thương nhẹ', 'chảy máu mũi', 'chảy máu cam', 'thâm mắt', 'bầm mắt'], 30),
          ...eitherWay(['lớp nấu ăn', 'dạy nấu ăn', 'lớp dạy nấu ăn', 'đầu bếp', 'câu cá', 'cắm trại'], ['mang dao', 'mang theo dao', 'cầm dao lên tàu', 'mang dao lên tàu', 'dùng dao', 'sử dụng dao'], 60, 1),
        ],
        framing: { joke: ['gta', 'grand theft auto', 'counter strike', 'csgo', 'cs go', 'genshin', 'dota', 'pokemon unite', 'splatoon', 'rainbow six', 'battlefield', 'warzone', 'rocket league', 'brawl stars', 'clash royale', 'among us', 'elden ring', 'monster hunter', 'street fighter', 'tekken', 'smash bros'] },
      },
      ne: {
        idioms: [
          ...eitherWay(['कराते', 'तेक्वान्दो', 'बक्सिङ', 'जुडो', 'कुस्ती', 'प्रतियोगिता', 'karate', 'taekwondo', 'sparring', 'boxing', 'judo'], ['चोट', 'नीलो दाग', 'निलो दाग', 'निलो डाम', 'नीलो डाम', 'नाकबाट रगत', 'nilo daag', 'nilo dag', 'nilo dam', 'nilo daam'], 30),
          ...eitherWay(['खाना पकाउने कक्षा', 'माछा मार्न', 'machha marna', 'cooking class'], ['चक्कु बोकेर', 'chakku bokera', 'चक्कु प्रयोग', 'chakku prayog'], 60, 1),
        ],
        framing: { joke: ['gta', 'grand theft auto', 'counter strike', 'csgo', 'cs go', 'genshin', 'dota', 'pokemon unite', 'splatoon', 'rainbow six', 'battlefield', 'warzone', 'rocket league', 'brawl stars', 'clash royale', 'among us', 'elden ring', 'monster hunter', 'street fighter', 'tekken', 'smash bros'] },
      },
      tl: {
        idioms: [
          ...eitherWay(['sparring', 'sa karate', 'sa taekwondo', 'sa boxing', 'sa judo', 'nagbo boxing', 'nagboboxing', 'nag boboxing', 'boxing', 'muay thai', 'jiu jitsu', 'arnis', 'laban niya', 'tournament'], ['pasa', 'natamaan', 'nasuntok', 'black eye', 'dumugo ang ilong', 'nagdugo ang ilong', 'nosebleed'], 30),
          ...eitherWay(['cooking class', 'pangingisda', 'mangisda', 'camping'], ['magdala ng kutsilyo', 'dala ang kutsilyo', 'kutsilyo sa tren', 'gumamit ng kutsilyo', 'gagamit ng kutsilyo', 'gumagamit ng kutsilyo'], 60, 1),
        ],
        framing: { joke: ['gta', 'grand theft auto', 'counter strike', 'csgo', 'cs go', 'genshin', 'dota', 'pokemon unite', 'splatoon', 'rainbow six', 'battlefield', 'warzone', 'rocket league', 'brawl stars', 'clash royale', 'among us', 'elden ring', 'monster hunter', 'street fighter', 'tekken', 'smash bros'] },
      },
      pt: {
        idioms: [
          ...eitherWay(['sparring', 'no treino de luta', 'no karatê', 'no judô', 'no jiu jitsu', 'no taekwondo', 'na luta', 'no boxe', 'no muay thai', 'no mma', 'campeonato', 'no treino'], ['roxo', 'hematoma', 'levou um soco', 'levou soco', 'tomou um soco', 'olho roxo', 'sangrou o nariz', 'sangramento no nariz', 'nariz sangrando'], 30),
          ...eitherWay(['aula de culinária', 'curso de culinária', 'professora de culinária', 'professor de culinária', 'pescaria', 'pescar', 'acampar'], ['levar faca', 'levo faca', 'levar as facas', 'levo as facas', 'faca no trem', 'facas no trem', 'usar faca', 'usar facas', 'usa faca', 'usam faca', 'usam facas'], 60, 1),
        ],
        framing: { joke: ['gta', 'grand theft auto', 'counter strike', 'csgo', 'cs go', 'genshin', 'dota', 'pokemon unite', 'splatoon', 'rainbow six', 'battlefield', 'warzone', 'rocket league', 'brawl stars', 'clash royale', 'among us', 'elden ring', 'monster hunter', 'street fighter', 'tekken', 'smash bros'] },
      },
      id: {
        idioms: [
          ...eitherWay(['sparing', 'sparring', 'latihan karate', 'latihan taekwondo', 'latihan silat', 'tanding', 'tinju', 'latihan judo', 'muay thai', 'mma', 'pertandingan', 'turnamen'], ['memar', 'kena pukul', 'kena tendang', 'lebam', 'mimisan', 'mata biru', 'mata lebam'], 30),
          ...eitherWay(['kelas masak', 'kursus masak', 'mancing', 'memancing', 'berkemah'], ['bawa pisau', 'membawa pisau', 'pisau di kereta', 'pisau naik kereta', 'pakai pisau', 'memakai pisau', 'menggunakan pisau'], 60, 1),
        ],
        framing: { joke: ['gta', 'grand theft auto', 'counter strike', 'csgo', 'cs go', 'genshin', 'dota', 'pokemon unite', 'splatoon', 'rainbow six', 'battlefield', 'warzone', 'rocket league', 'brawl stars', 'clash royale', 'among us', 'elden ring', 'monster hunter', 'street fighter', 'tekken', 'smash bros'] },
      },
    },
  },
  {
    // A relative's suicide told as past, dated months or years ago and nothing more (pass 20): «Anh trai tôi tự
    // tử 2 năm trước», 「형이 2년 전에 자살했어요」, «Kakak saya bunuh diri dua tahun lalu» — bereavement, the
    // mental-health window's, as the other languages' completed forms already read it ("killed himself two years
    // ago", «se matou há dois anos», 「2年前に自殺しました」). The relative, the suicide and the time ago together:
    // the writer's own attempt («tôi tự tử…», «aku mencoba bunuh diri…»), one last night («tối qua»), one not
    // dated, "tried to" or "is talking about" still alarm; a wish of the writer's beside it is a word of its own.
    name: "a relative's suicide dated months or years ago",
    signal: null,
    words: {
      // (Most languages' completed forms are quiet already; these name the years for them too.)
      ja: { idioms: ['年前に自殺した', 'ねんまえにじさつした', '年前に自ら命を絶', 'ねんまえにみずからいのちをた'] },
      en: { idioms: ['killed himself years ago', 'killed herself years ago', 'took his own life years ago', 'took her own life years ago'] },
      zh: { idioms: ['年前自杀身亡', '年前自杀去世', '年前自杀走了'] },
      ko: { idioms: [
        // (Hangul words match at a word's start: «2년 전에» is read from «전에».)
        { reach: 8, a: ['전에', '전$', '작년에', '재작년에'], b: ['자살했', '자살하셨', '자살로 돌아가', '목숨을 끊었', '목숨을 끊으셨'] },
        { reach: 10, a: ['자살한 지', '자살하신 지', '목숨을 끊은 지'], b: ['됐', '되었', '지났', '넘었'] },
      ] },
      vi: { idioms: [{ reach: 16,
        a: cross(cross(['anh trai', 'chị gái', 'em trai', 'em gái', 'bố', 'ba', 'mẹ', 'chồng', 'vợ', 'bạn thân', 'ông', 'bà', 'chú', 'cậu', 'dì'], [' tôi', ' em', ' mình']), [' tự tử', ' đã tự tử', ' tự sát', ' đã tự sát']),
        // (not «cách đây 30 phút»: half an hour ago is now)
        b: ['năm trước', 'tháng trước', 'năm ngoái', 'năm rồi', 'cách đây...năm', 'cách đây...tháng', 'từ năm', 'hồi năm'] }] },
      ne: { idioms: ['वर्ष अघि आत्महत्या गर्नुभयो', 'barsa aghi aatmahatya garnu bhayo', 'barsa agadi aatmahatya garnu bhayo'] },
      tl: { idioms: ['nagpakamatay noong isang taon', 'nagpakamatay noong nakaraang taon', 'nagpakamatay...taon na ang nakalipas'] },
      pt: { idioms: ['se matou há...anos', 'se suicidou há...anos', 'se matou no ano passado', 'se suicidou no ano passado'] },
      id: { idioms: [{ reach: 16,
        a: cross(['kakak', 'adik', 'ayah', 'bapak', 'ibu', 'mama', 'papa', 'suami', 'istri', 'teman', 'sahabat', 'paman', 'om', 'tante', 'sepupu'].flatMap((w) => [`${w} saya`, `${w} aku`, `${w}ku`]), [' bunuh diri', ' sudah bunuh diri', ' meninggal bunuh diri', ' gantung diri']),
        b: ['tahun lalu', 'tahun yang lalu', 'bulan lalu', 'bulan yang lalu', 'tahun silam', 'tahun kemarin', 'pada tahun', 'tahun 20'] }] },
    },
  },
  {
    // A poisoning or a killing as a scene of a novel, a story, a manga, a drama's script being written or read
    // (pass F21): 「小説の主人公が毒薬を飲む場面」, 소설을 쓰고 있는데 주인공이 독약을 먹는 장면, "a scene in my novel
    // where the character is poisoned", 小说里主角服毒的情节, «cảnh nhân vật uống thuốc độc», «o personagem é
    // envenenado», "tokoh di novelku diracun". The character or the scene with the poison or the killing, in one
    // sentence: the writer's own wish beside it ("I'm writing a novel and I want to drink poison myself", 「小説を
    // 書いているけど死にたい」) is a word of its own and still alarms.
    name: 'a poisoning or a killing as a scene of a novel, a story or a script',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['主人公', 'しゅじんこう', '登場人物', 'キャラクター', '場面', 'ばめん', 'シーン', '小説の中', '小説で', '物語の中', '漫画の中', '脚本', 'シナリオ', 'ミステリー'], ['毒薬', 'どくやく', '毒殺', 'どくさつ', '毒を飲', '毒を盛', '殺される', '殺す', '殺害', '殺人'], 24) },
      en: { idioms: eitherWay(['character', 'characters', 'protagonist', 'scene', 'in my novel', 'in the novel', 'in my story', 'in the story', 'in my book', 'in the manga', 'in my script', 'in the script', 'mystery novel', 'crime novel', 'murder mystery'], ['poison', 'poisons', 'poisoned', 'poisoning', 'is killed', 'gets killed', 'is murdered', 'gets murdered', 'murder scene', 'killing scene', 'kills'], 50) },
      zh: { idioms: eitherWay(['主角', '主人公', '角色', '情节', '场景', '镜头', '小说里', '小说中', '故事里', '故事中', '剧本', '漫画里', '推理小说'], ['毒药', '服毒', '下毒', '毒死', '毒杀', '被杀', '杀人', '杀死'], 16) },
      ko: { idioms: eitherWay(['주인공이', '주인공은', '주인공을', '등장인물', '캐릭터가', '장면', '소설 속', '소설에서', '이야기 속', '웹툰에서', '대본', '시나리오', '추리 소설', '추리소설'], ['독약을', '독약', '독극물', '독살', '살해', '살인', '죽이는', '죽는 장면'], 8) },
      vi: { idioms: eitherWay(['nhân vật', 'nhân vật chính', 'cảnh', 'trong truyện', 'trong tiểu thuyết', 'kịch bản', 'truyện trinh thám', 'tiểu thuyết trinh thám'], ['thuốc độc', 'đầu độc', 'bị giết', 'giết người', 'cảnh giết', 'tự sát', 'tự tử'], 40) },
      ne: { idioms: eitherWay(['पात्र', 'उपन्यासमा', 'कथामा', 'नाटकमा', 'दृश्य', 'upanyas ma', 'katha ma', 'patra'], ['विष', 'बिष', 'हत्या', 'visha', 'bish', 'hatya'], 40) },
      tl: { idioms: eitherWay(['karakter', 'bida', 'eksena', 'sa nobela', 'sa kwento', 'sa istorya', 'sa script'], ['lason', 'nilason', 'nalason', 'pinatay', 'pagpatay'], 40) },
      pt: { idioms: eitherWay(['personagem', 'protagonista', 'cena', 'no romance', 'no livro', 'no conto', 'na história', 'no roteiro', 'no mangá', 'romance policial'], ['veneno', 'envenenado', 'envenenada', 'envenenamento', 'assassinato', 'é assassinado', 'é assassinada', 'é morto', 'é morta'], 40) },
      id: { idioms: eitherWay(['tokoh', 'tokohnya', 'karakter', 'adegan', 'di novel', 'di novelku', 'dalam novel', 'dalam cerita', 'di cerita', 'di cerpen', 'naskah', 'skenario', 'di komik', 'novel detektif'], ['racun', 'diracun', 'meracuni', 'keracunan', 'pembunuhan', 'dibunuh', 'membunuh'], 40) },
    },
  },
  {
    // A harm to a child seen on the news, told as news (pass F21): «xem tin một bé bị bố mẹ bỏ đói ở Osaka»,
    // «đọc tin bé bị bạo hành» — the Vietnamese "saw the news" said short (the frames of news in the other
    // languages are in their lexicons: 「ニュースで」, "on the news", 新闻, 뉴스, «vi no jornal», "berita").
    // A report frame: a harm told to the writer's own child or to "me" still alarms (`toMe`).
    name: 'a harm seen on the news, said short',
    signal: null,
    words: {
      ja: { framing: { report: ['報道で見', 'ほうどうでみ', 'ニュースを見', 'にゅーすをみ'] } },
      en: { framing: { report: ['saw on the news', 'read in the news', 'saw the news', 'read the news'] } },
      zh: { framing: { report: ['看新闻', '看到新闻', '新闻上看到', '新闻说'] } },
      ko: { framing: { report: ['뉴스를 보', '뉴스 보', '뉴스에서 보', '기사를 보'] } },
      ne: { framing: { report: ['समाचारमा', 'समाचार हेर', 'samachar ma', 'samachar her'] } },
      pt: { framing: { report: ['vi na notícia', 'vi no noticiário', 'vi a notícia', 'li a notícia', 'li no jornal'] } },
      vi: { framing: { report: ['xem tin', 'đọc tin', 'thấy tin', 'trên tin', 'xem thời sự', 'xem bản tin'] } },
      tl: { framing: { report: ['napanood ko sa balita', 'nabasa ko sa balita', 'sa news'] } },
      id: { framing: { report: ['baca berita', 'nonton berita', 'lihat berita', 'di berita'] } },
    },
  },
  {
    // The fire brigade or the ambulance service asked to come and teach — CPR, AED, first aid, a drill —
    // (pass F21): «Apakah pemadam kebakaran kota bisa datang mengajar?», 「消防署に救命講習に来てもらえますか」,
    // "can the fire department come and teach CPR", 消防队能来教心肺复苏吗, 소방서에서 교육하러 와 줄 수. The service
    // with the teaching in one sentence: a fire or a call for help told beside it is a word of its own.
    name: 'the fire brigade asked to come and teach',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['消防署', 'しょうぼうしょ', '消防局', '消防士', '消防の方'], ['講習', 'こうしゅう', '教えに', 'おしえに', '教えて', '指導', 'しどう', '訓練', 'くんれん', '講師'], 20) },
      en: { idioms: eitherWay(['fire department', 'fire brigade', 'fire station', 'firefighters', 'paramedics'], ['come and teach', 'come to teach', 'teach us', 'teach a', 'run a training', 'give a training', 'give a talk', 'training for', 'cpr training', 'cpr class', 'first aid class', 'first aid training', 'fire drill'], 50) },
      zh: { idioms: eitherWay(['消防局', '消防队', '消防员', '消防署'], ['来教', '教我们', '讲课', '培训', '讲座', '演练', '授课'], 16) },
      ko: { idioms: eitherWay(['소방서', '소방관', '119 구급대'], ['교육하러', '교육을', '가르쳐', '강의', '훈련', '강사'], 30) },
      vi: { idioms: eitherWay(['lính cứu hỏa', 'cảnh sát phòng cháy', 'đội cứu hỏa', 'sở cứu hỏa'], ['đến dạy', 'dạy cho', 'hướng dẫn', 'tập huấn', 'diễn tập'], 50) },
      ne: { idioms: eitherWay(['दमकल', 'नियन्त्रण टोली', 'damkal'], ['सिकाउन', 'तालिम', 'sikauna', 'talim'], 50) },
      tl: { idioms: eitherWay(['bumbero', 'fire station', 'bfp'], ['magturo', 'turuan', 'training', 'seminar', 'fire drill'], 50) },
      pt: { idioms: eitherWay(['bombeiros', 'corpo de bombeiros', 'bombeiro'], ['ensinar', 'dar aula', 'dar um curso', 'dar treinamento', 'treinamento', 'palestra', 'simulado'], 50) },
      id: { idioms: eitherWay(['pemadam kebakaran', 'damkar', 'petugas pemadam'], ['mengajar', 'datang mengajar', 'memberi pelatihan', 'pelatihan', 'penyuluhan', 'sosialisasi', 'simulasi'], 50) },
    },
  },
  {
    // A danger named as a word to learn (pass F23): 「にほんご の クラス で 『ぎゃくたい』 と いう ことば を
    // ならいました」, «bài tập lớp tiếng Nhật: dịch câu「…虐待されていたら…」», जापानी भाषा कक्षामा「自殺」शब्द
    // सिकियो, "what does the word 自殺 mean? it was in my kanji homework", 「虐待」라는 단어를 배웠어요, «a
    // palavra 「自殺」», «kata 「虐待」 artinya apa». The noun with the cue of a word (「という言葉」, "the word",
    // «nghĩa là gì», a sentence to translate) in a learner's message: the danger told beside it in words of its
    // own ("I learnt the word 虐待 — my dad hits me every night") still alarms, and so does the writer's word that
    // it happens to them (the concepts after this one).
    name: 'a danger word learnt as vocabulary or translated in a language class',
    signal: null,
    words: {
      // (With Japanese words inside a sentence to translate, the kana of the sentence run on after them — «dịch
      // câu「もし子どもが虐待されていたら…」» — every language's cue to translate with the kanji, here: Vietnamese
      // words must end where a syllable ends, and a kanji run on is none.)
      ja: { idioms: [...learntWord('ja', 40, ''), { a: Object.values(TRANSLATE).flat(), b: KANJI_DANGER, reach: 40 }] },
      en: { idioms: learntWord('en', 120, ' ') },
      zh: { idioms: learntWord('zh', 40, '') },
      ko: { idioms: learntWord('ko', 60, '...') },
      vi: { idioms: learntWord('vi', 120, ' ') },
      ne: { idioms: learntWord('ne', 120, ' ') },
      tl: { idioms: learntWord('tl', 120, ' ') },
      pt: { idioms: learntWord('pt', 120, ' ') },
      id: { idioms: learntWord('id', 120, ' ') },
    },
  },
  {
    // The casualty played in a drill or a first-aid course (pass F23): «công ty diễn tập phòng cháy… em được
    // phân vai bất tỉnh haha», 「ぼうさいくんれんで『たおれたひと』のやくをしました」, "I was given the role of the
    // unconscious casualty", 扮演昏迷的伤员, 의식 없는 환자 역할, «papel da vítima inconsciente», «kebagian peran
    // korban pingsan». The part played (a role before or after the casualty) with the drill within two sentence
    // breaks: someone who really collapses after the drill («diễn tập xong về nhà thì bố em bất tỉnh») still alarms.
    name: 'the casualty played in a drill, a first-aid course or a role-play',
    signal: null,
    words: {
      ja: { idioms: eitherWay([...DRILL.ja, ...STUDY.ja], [...cross(ROLE_BEFORE.ja, PLAYED_DANGER.ja), ...cross(PLAYED_DANGER.ja, ROLE_AFTER.ja)], 40, 2) },
      en: { idioms: eitherWay([...DRILL.en, ...STUDY.en], [...cross(ROLE_BEFORE.en, PLAYED_DANGER.en, ' '), ...cross(PLAYED_DANGER.en, ROLE_AFTER.en, ' ')], 120, 2) },
      zh: { idioms: eitherWay([...DRILL.zh, ...STUDY.zh], [...cross(ROLE_BEFORE.zh, PLAYED_DANGER.zh, '...'), ...cross(PLAYED_DANGER.zh, ROLE_AFTER.zh, '...')], 40, 2) },
      ko: { idioms: eitherWay([...DRILL.ko, ...STUDY.ko], [...cross(ROLE_BEFORE.ko, PLAYED_DANGER.ko, '...'), ...cross(PLAYED_DANGER.ko, ROLE_AFTER.ko, '...')], 60, 2) },
      vi: { idioms: eitherWay([...DRILL.vi, ...STUDY.vi], [...cross(ROLE_BEFORE.vi, PLAYED_DANGER.vi, '...'), ...cross(PLAYED_DANGER.vi, ROLE_AFTER.vi, ' ')], 120, 2) },
      ne: { idioms: eitherWay([...DRILL.ne, ...STUDY.ne], [...cross(ROLE_BEFORE.ne, PLAYED_DANGER.ne, '...'), ...cross(PLAYED_DANGER.ne, ROLE_AFTER.ne, '...')], 120, 2) },
      tl: { idioms: eitherWay([...DRILL.tl, ...STUDY.tl], [...cross(ROLE_BEFORE.tl, PLAYED_DANGER.tl, ' '), ...cross(PLAYED_DANGER.tl, ROLE_AFTER.tl, ' ')], 120, 2) },
      pt: { idioms: eitherWay([...DRILL.pt, ...STUDY.pt], [...cross(ROLE_BEFORE.pt, PLAYED_DANGER.pt, '...'), ...cross(PLAYED_DANGER.pt, ROLE_AFTER.pt, ' ')], 120, 2) },
      id: { idioms: eitherWay([...DRILL.id, ...STUDY.id], [...cross(ROLE_BEFORE.id, PLAYED_DANGER.id, '...'), ...cross(PLAYED_DANGER.id, ROLE_AFTER.id, ' ')], 120, 2) },
    },
  },
  {
    // What to do when a baby stops breathing, to be learnt ahead (pass F23): 「赤ちゃんが息してない時のやり方も
    // 知っておきたい。市の救命講習って土日ありますか」, "I'd like to learn what to do if a baby stops breathing",
    // 想提前学婴儿没有呼吸时…, «muốn học trước… khi bé ngừng thở». The danger as the case of a method (「時のやり方」,
    // "what to do if") with the wish to learn it beforehand: a baby not breathing told now («息してない！どうすれば»)
    // still alarms.
    name: 'what to do when a baby stops breathing, to be learnt ahead',
    signal: null,
    words: {
      ja: { idioms: eitherWay(cross(['息してない', '息をしてない', '息をしていない', 'いきしてない', 'いきをしてない', 'いきをしていない', '意識がない', 'いしきがない', '倒れた', 'たおれた', '呼吸が止まった', 'こきゅうがとまった', 'けいれんした', '痙攣した', '喉に詰まった', 'のどにつまった', '窒息した', 'ちっそくした', '溺れた', 'おぼれた'], ['時のやり方', 'ときのやり方', 'ときのやりかた', '時のやりかた', '時の対処', 'ときの対処', 'ときのたいしょ', '時の手当', 'ときの手当', 'ときのてあて', '時の助け方', 'ときの助け方', 'ときのたすけかた', '時の救命', 'ときのきゅうめい', '場合の対処', 'ばあいのたいしょ', '時の応急', 'ときのおうきゅう', '場合のやり方', 'ばあいのやりかた']), ['知っておきたい', 'しっておきたい', '覚えておきたい', 'おぼえておきたい', '習いたい', 'ならいたい', '習っておきたい', 'ならっておきたい', '学びたい', 'まなびたい', '学んでおきたい', '講習', 'こうしゅう'], 30, 1) },
      en: { idioms: eitherWay(cross(['what to do if a baby', 'what to do when a baby', 'what to do if a child', 'what to do when a child', 'what to do if an infant', 'what to do when an infant'], ['stops breathing', 'isnt breathing', 'is not breathing', 'chokes', 'is choking', 'collapses', 'has a seizure', 'goes unconscious'], '...'), ['want to learn', 'would like to learn', 'like to learn', 'know in advance', 'beforehand', 'in advance', 'ahead of time', 'just in case', 'take a course', 'sign up'], 80, 1) },
      zh: { idioms: eitherWay(cross(['婴儿', '宝宝', '孩子', '小孩'], ['没有呼吸时', '没呼吸时', '不呼吸时', '窒息时', '噎住时', '昏迷时', '抽搐时', '没有呼吸的时候', '没呼吸的时候', '噎住或'], '...'), ['想学', '想先学', '想提前学', '想提前了解', '想事先了解', '提前学', '以防万一', '报名', '急救课'], 30, 1) },
      ko: { idioms: eitherWay(cross(['아기가', '아이가', '애기가'], ['숨을 안 쉴 때', '숨을 쉬지 않을 때', '숨 안 쉴 때', '질식했을 때', '경련할 때', '의식이 없을 때'], '...'), ['미리 알아두고', '미리 배우고', '배워두고', '알아두고 싶', '배우고 싶', '강습'], 60, 1) },
      vi: { idioms: eitherWay(cross(['khi trẻ', 'khi bé', 'khi em bé', 'nếu trẻ', 'nếu bé', 'lỡ bé', 'lỡ trẻ'], ['ngừng thở', 'không thở', 'bị co giật', 'co giật', 'bị hóc', 'hóc', 'bất tỉnh'], '...'), ['muốn học trước', 'muốn biết trước', 'học trước', 'biết trước', 'để phòng', 'đề phòng', 'muốn học cách', 'lớp sơ cứu'], 80, 1) },
      ne: { idioms: eitherWay(cross(['बच्चाले', 'बच्चा', 'शिशुले', 'bachchale', 'bachha'], ['सास फेर्न छोडेमा', 'सास नफेरेमा', 'बेहोस भएमा', 'saas pherna chhodema', 'behos bhaema'], '...'), ['पहिल्यै सिक्न', 'सिक्न चाहन्छु', 'सिक्न मन छ', 'sikna chahanchhu', 'sikna man chha'], 80, 1) },
      tl: { idioms: eitherWay(cross(['kapag', 'pag', 'kung'], ['hindi humihinga ang baby', 'hindi humihinga ang sanggol', 'nabulunan ang bata', 'nabulunan ang baby', 'nawalan ng malay ang bata', 'nagkombulsyon ang bata'], ' '), ['gusto kong matutunan', 'gusto ko matutunan', 'gusto kong malaman in advance', 'para handa', 'para sigurado'], 80, 1) },
      pt: { idioms: eitherWay(cross(['quando um bebê', 'se um bebê', 'quando o bebê', 'se o bebê', 'caso o bebê', 'quando uma criança', 'se uma criança'], ['para de respirar', 'parar de respirar', 'não respira', 'engasgar', 'engasga', 'desmaiar', 'convulsionar', 'tiver convulsão'], '...'), ['quero aprender', 'gostaria de aprender', 'com antecedência', 'por precaução', 'me inscrever', 'curso de primeiros socorros'], 80, 1) },
      id: { idioms: eitherWay(cross(['kalau bayi', 'jika bayi', 'bila bayi', 'apabila bayi', 'kalau anak', 'jika anak'], ['tidak bernapas', 'tidak bernafas', 'berhenti bernapas', 'tersedak', 'pingsan', 'kejang'], '...'), ['ingin belajar', 'mau belajar', 'ingin tahu sebelumnya', 'untuk jaga jaga', 'berjaga jaga', 'daftar', 'pelatihan p3k'], 80, 1) },
    },
  },
  {
    // Children left alone for days as the scene of a show watched, with the writer's own ordinary question after
    // it (pass F23): "Watched a drama last night where a mum leaves her kids alone for days and it got me
    // thinking - how old does a child have to be to stay home alone here?", 「ドラマで母親が子どもを何日も置き去り
    // にする話を見て」, 电视剧里妈妈把孩子独自留在家好几天, «xem phim thấy người mẹ bỏ con ở nhà một mình mấy
    // ngày». The show and the scene in one sentence: the writer's own child left, or the writer left with no food,
    // told in words of their own, still alarms.
    name: 'children left alone for days as the scene of a show watched',
    signal: null,
    words: {
      ja: { idioms: eitherWay(SHOW.ja, LEFT_ALONE.ja, 30) },
      en: { idioms: eitherWay(SHOW.en, LEFT_ALONE.en, 60) },
      zh: { idioms: eitherWay(SHOW.zh, LEFT_ALONE.zh, 30) },
      ko: { idioms: eitherWay(SHOW.ko, LEFT_ALONE.ko, 40) },
      vi: { idioms: eitherWay(SHOW.vi, LEFT_ALONE.vi, 60) },
      ne: { idioms: eitherWay(SHOW.ne, LEFT_ALONE.ne, 60) },
      tl: { idioms: eitherWay(SHOW.tl, LEFT_ALONE.tl, 60) },
      pt: { idioms: eitherWay(SHOW.pt, LEFT_ALONE.pt, 60) },
      id: { idioms: eitherWay(SHOW.id, LEFT_ALONE.id, 60) },
    },
  },
  {
    // A wish to die told as past, with the treatment and the recovery said (pass F23): 「예전에 우울증으로 죽고
    // 싶었던 적이 있는데 지금은 치료받고 많이 좋아졌어요」, 「以前うつ病で死にたいと思ったことがありますが、今は治療して
    // だいぶ良くなりました」, «Trước đây em từng muốn chết, giờ điều trị rồi đã đỡ nhiều», "I used to want to die …
    // with treatment I am much better now". The past wish, then the recovery: a wish said again now ("now I want
    // to die again", 「今もまた死にたい」) is a word of its own, and one dated to yesterday is no history (see
    // `recentThenWell`).
    name: 'a past wish to die, treated and much better now',
    signal: null,
    words: {
      ja: { idioms: [{ a: PAST_WISH.ja, b: RECOVERED.ja, reach: 40, acrossSentences: 1 }] },
      en: { idioms: [{ a: PAST_WISH.en, b: RECOVERED.en, reach: 100, acrossSentences: 1 }] },
      zh: { idioms: [{ a: PAST_WISH.zh, b: RECOVERED.zh, reach: 40, acrossSentences: 1 }] },
      ko: { idioms: [{ a: PAST_WISH.ko, b: RECOVERED.ko, reach: 60, acrossSentences: 1 }] },
      vi: { idioms: [{ a: PAST_WISH.vi, b: RECOVERED.vi, reach: 100, acrossSentences: 1 }] },
      ne: { idioms: [{ a: PAST_WISH.ne, b: RECOVERED.ne, reach: 100, acrossSentences: 1 }] },
      tl: { idioms: [{ a: PAST_WISH.tl, b: RECOVERED.tl, reach: 100, acrossSentences: 1 }] },
      pt: { idioms: [{ a: PAST_WISH.pt, b: RECOVERED.pt, reach: 100, acrossSentences: 1 }] },
      id: { idioms: [{ a: PAST_WISH.id, b: RECOVERED.id, reach: 100, acrossSentences: 1 }] },
    },
  },
  {
    // An earthquake near-miss, nobody hurt (pass F23): 「地震で棚が倒れて、息子が下敷きになりかけました。けがはなくて
    // 済んだ」, 差点压到儿子, 깔릴 뻔했어요, «suýt đè con», «quase esmagou», «hampir menimpa». The "nearly" said in
    // the phrase: someone trapped under it now (「下敷きになっています」, "trapped under it") still alarms.
    name: 'nearly trapped under furniture in an earthquake, nobody hurt',
    signal: null,
    words: {
      ja: { idioms: ['下敷きになりかけ', 'したじきになりかけ', '下敷きになりそうで', 'したじきになりそうで', '下敷きになりそうでした', 'したじきになりそうでした', '下敷きになるところ', 'したじきになるところ', '下敷きになる寸前', '下敷きになりそうになっ', 'したじきになりそうになっ', '下敷きになりかけた', '挟まれかけ', 'はさまれかけ'] },
      en: { idioms: ['nearly crushed', 'almost crushed', 'nearly trapped', 'almost trapped', 'nearly fell on', 'almost fell on', 'nearly landed on', 'almost landed on', 'narrowly missed'] },
      zh: { idioms: ['差点压到', '差点被压', '差一点压到', '差一点被压', '险些被压', '险些压到', '差点砸到', '差点被砸'] },
      ko: { idioms: ['깔릴 뻔', '깔릴뻔', '다칠 뻔', '다칠뻔', '맞을 뻔', '부딪힐 뻔'] },
      vi: { idioms: ['suýt đè', 'suýt bị đè', 'suýt nữa đè', 'suýt nữa bị đè', 'suýt rơi trúng', 'suýt đổ trúng'] },
      ne: { idioms: ['थिचिन लागेको', 'च्यापिन लागेको', 'थिचिन आँटेको', 'thichina lageko', 'chyapina lageko'] },
      tl: { idioms: ['muntik madaganan', 'muntik nang madaganan', 'muntik maipit', 'muntik nang maipit', 'muntikan nang madaganan'] },
      pt: { idioms: ['quase esmagou', 'quase esmagava', 'quase caiu em cima', 'quase ficou preso', 'quase ficou presa', 'por pouco não caiu'] },
      id: { idioms: ['hampir menimpa', 'hampir tertimpa', 'nyaris menimpa', 'nyaris tertimpa', 'hampir kejatuhan', 'nyaris kejatuhan'] },
    },
  },
  {
    // A colleague's joke of the workload, said laughing (pass F23): «हाकिमले धेरै काम दिँदा मेरो साथी 'यो मान्छेले मलाई
    // मार्छ' भन्छ, हाँसेर … ओभरटाइम», "my coworker keeps saying 'this guy is going to kill me', laughing", 「同僚が
    // 笑いながら『この人に殺される』」, «Meu colega fala rindo "esse cara vai me matar"». The laugh and the killing in
    // one run, with the work named near: a partner's threat said laughing ("my husband said laughing he'd kill me
    // and he has a knife") names no work, and still alarms.
    name: 'a colleague’s joke that the boss or the workload “will kill me”, said laughing',
    signal: null,
    words: {
      ja: { idioms: eitherWay([...cross(LAUGHING.ja, KILLS_ME.ja, '...'), ...cross(KILLS_ME.ja, LAUGHING.ja, '...')], WORKLOAD.ja, 40, 1) },
      en: { idioms: eitherWay([...cross(LAUGHING.en, KILLS_ME.en, '...'), ...cross(KILLS_ME.en, LAUGHING.en, '...')], WORKLOAD.en, 100, 1) },
      zh: { idioms: eitherWay([...cross(LAUGHING.zh, KILLS_ME.zh, '...'), ...cross(KILLS_ME.zh, LAUGHING.zh, '...')], WORKLOAD.zh, 40, 1) },
      ko: { idioms: eitherWay([...cross(LAUGHING.ko, KILLS_ME.ko, '...'), ...cross(KILLS_ME.ko, LAUGHING.ko, '...')], WORKLOAD.ko, 60, 1) },
      vi: { idioms: eitherWay([...cross(LAUGHING.vi, KILLS_ME.vi, '...'), ...cross(KILLS_ME.vi, LAUGHING.vi, '...')], WORKLOAD.vi, 100, 1) },
      ne: { idioms: eitherWay([...cross(LAUGHING.ne, KILLS_ME.ne, '...'), ...cross(KILLS_ME.ne, LAUGHING.ne, '...')], WORKLOAD.ne, 100, 1) },
      tl: { idioms: eitherWay([...cross(LAUGHING.tl, KILLS_ME.tl, '...'), ...cross(KILLS_ME.tl, LAUGHING.tl, '...')], WORKLOAD.tl, 100, 1) },
      pt: { idioms: eitherWay([...cross(LAUGHING.pt, KILLS_ME.pt, '...'), ...cross(KILLS_ME.pt, LAUGHING.pt, '...')], WORKLOAD.pt, 100, 1) },
      id: { idioms: eitherWay([...cross(LAUGHING.id, KILLS_ME.id, '...'), ...cross(KILLS_ME.id, LAUGHING.id, '...')], WORKLOAD.id, 100, 1) },
    },
  },
  // The writer's word, after a danger word learnt in a class, that it happens to them (pass F23): "I learnt
  // the word 虐待 in class — my dad does that to me", 「『虐待』という言葉を習いました。私もされています」, «Em mới
  // học từ 「虐待」. Thật ra bố em ngày nào cũng đánh em». The lesson takes the danger out of the word itself;
  // the word said after it that it is the writer's life brings it back (the learnt word counts though framed).
  learntAndMine('a danger word learnt, and the writer’s word that it happens to them: abuse', 'child_abuse', LEARNT_ABUSE, HAPPENS_TO_ME),
  learntAndMine('a danger word learnt, and the writer’s word that it happens to them: violence', 'violence', LEARNT_VIOLENCE, HAPPENS_TO_ME),
  learntAndMine('a danger word learnt, and the writer’s word that they think of it: suicide', 'suicide', LEARNT_SUICIDE, THINK_OF_IT),
  {
    name: 'a dependent’s medical neglect by the carer: feeds, meals or medicine withheld or far too rare, wasting, “he won’t live long anyway”, the hospital refused',
    signal: 'child_abuse',
    words: {
      ja: neglected('ja', true),
      en: neglected('en', false),
      zh: neglected('zh', true),
      ko: neglected('ko', false),
      vi: neglected('vi', false),
      ne: neglected('ne', false),
      tl: neglected('tl', false),
      pt: neglected('pt', false),
      id: neglected('id', false),
    },
  },
  // Pass 26: crises told by their signs (concepts-told-by-signs.ts).
  ...TOLD_BY_SIGNS_CONCEPTS,
];
