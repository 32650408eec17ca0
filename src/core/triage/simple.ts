import type { Category, CrisisSignal } from '../categories.ts';
import { normalise } from './normalise.ts';
import type { ScoredCategory, TriageResult } from './types.ts';

/**
 * A first, deliberately small triage: phrases residents use, in Japanese and English.
 * The strong engine (many languages, negation, segmentation) replaces this behind `triage()`.
 */
const LEXICON: Record<Exclude<Category, 'other'>, string[]> = {
  elderly: ['介護', '認知症', '物忘れ', 'もの忘れ', '高齢', '年寄り', '老人', 'デイサービス', '要介護', '寝たきり', 'elderly', 'dementia', 'nursing care', 'old age', 'aged parent', 'my grandmother', 'my grandfather'],
  disability: ['障害', '障がい', '車いす', '車椅子', '発達', '手帳', '知的', 'disability', 'disabled', 'wheelchair', 'autism', 'adhd'],
  child: ['子育て', '子ども', '子供', '育児', '妊娠', '出産', '赤ちゃん', '保育園', '学校に行かない', '不登校', 'child', 'children', 'my son', 'my daughter', 'baby', 'pregnan', 'kids', 'parenting'],
  youth: ['若者', '進路', '10代', '20代', '学生', 'young person', 'teenager', 'student', 'in my twenties'],
  women: ['dv', '夫から', '夫が怖', '彼氏', 'モラハラ', '女性', '性被害', 'domestic violence', 'my husband hits', 'abusive partner', 'women'],
  livelihood: ['お金', '生活が苦し', '生活費', '払えない', '借金', '失業', '仕事がない', '仕事を失', 'クビ', '生活保護', '収入', '貧困', 'money', 'debt', 'lost my job', 'unemployed', "can't pay", 'cannot pay', 'income', 'welfare benefit', 'poverty'],
  housing: ['家賃', '住まい', '住む所', '住むところ', '家がない', '立ち退き', '出て行け', 'アパート', '引っ越し', 'rent', 'housing', 'landlord', 'evict', 'homeless', 'apartment', 'must leave'],
  mental_health: ['こころ', '心の', 'うつ', '鬱', '眠れない', '不安', '気分が落ち込', 'メンタル', 'つらい', '辛い', 'depress', 'anxiety', "can't sleep", 'mental health', 'panic'],
  hikikomori: ['ひきこもり', '引きこもり', '部屋から出', '家から出ない', '外に出られない', 'hikikomori', 'withdrawn', "doesn't leave the house", 'stays in his room', 'stays in her room'],
  single_parent: ['ひとり親', '母子家庭', '父子家庭', 'シングルマザー', 'シングルファーザー', '離婚', 'single parent', 'single mother', 'single father', 'divorce'],
  carer: ['ヤングケアラー', '介護と仕事', '両立', '看病', '世話をして', '介護疲れ', 'carer', 'caregiver', 'caring for my', 'look after my'],
  rights: ['成年後見', '後見', '権利擁護', 'だまされ', '詐欺', '財産', 'お金の管理', 'guardianship', 'scam', 'fraud', 'manage money'],
  isolation: ['孤独', 'ひとりぼっち', '一人ぼっち', '話し相手', '寂しい', 'さみしい', '友達がいない', '居場所', 'lonely', 'loneliness', 'no friends', 'isolated', 'someone to talk'],
  multicultural: ['外国人', '日本語がわからない', '日本語が分からない', 'ビザ', '在留', '通訳', 'foreigner', 'visa', 'interpreter', "don't speak japanese", 'japanese is difficult'],
  medical: ['病院', '医療', '在宅医療', '通院', '訪問診療', '薬', '病気', 'hospital', 'doctor', 'medical', 'illness', 'medicine'],
};

const CRISIS: Record<CrisisSignal, string[]> = {
  suicide: ['死にたい', 'しにたい', '消えたい', 'きえたい', '自殺', '生きていたくない', '生きるのがつらい', '死のう', '首をつ', '首を吊', '飛び降り', 'suicide', 'kill myself', 'want to die', 'end my life', 'no reason to live'],
  child_abuse: ['虐待', '子どもを叩', '子供を叩', '子どもを殴', '子供を殴', 'child abuse', 'hits my child', 'hitting my child'],
  violence: ['殴られ', '蹴られ', '暴力を', '殺される', '殺すと言', 'ストーカー', 'beats me', 'hits me', 'threatened to kill', 'afraid he will kill'],
  emergency: ['意識がない', '息をしていない', '倒れて動かない', '血が止まらない', '救急車', 'not breathing', 'unconscious', "won't wake up", 'bleeding badly'],
};

function hits(text: string, phrases: string[]): string[] {
  return phrases.filter((phrase) => text.includes(normalise(phrase)));
}

/** The first crisis signal found in a message, if any. */
export function detectCrisis(text: string): CrisisSignal | null {
  const normalised = normalise(text);
  for (const [signal, phrases] of Object.entries(CRISIS) as [CrisisSignal, string[]][]) {
    if (hits(normalised, phrases).length > 0) return signal;
  }
  return null;
}

/** Text → ranked categories with the phrases that led there. */
export function triage(text: string): TriageResult {
  const normalised = normalise(text);
  const categories: ScoredCategory[] = [];
  for (const [code, phrases] of Object.entries(LEXICON) as [Category, string[]][]) {
    const found = hits(normalised, phrases);
    if (found.length > 0) categories.push({ code, score: found.length, phrases: found });
  }
  categories.sort((a, b) => b.score - a.score);
  return { categories, compound: categories.length >= 2, crisis: detectCrisis(text) };
}
