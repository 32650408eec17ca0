import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// Crises the twenty-first session's blind sets found missed, each with its harmless twin.
describe('dangers that a safe reading beside them had silenced', () => {
  it.each([
    // a threat received is no jest over a chore: the laundry *room* is where she hides
    "The tenant rang me: her boyfriend is smashing up the flat and said he'd kill her, she's hiding in the laundry room",
    // locked in by him with the children, or hiding with them from him: no idiom of a mother's own lock
    '丈夫把我和孩子反锁在卧室里，不准报警，手机只剩10%电',
    '我和女儿反锁在房间里，他在外面踢门',
    '他喝醉了，我带着孩子反锁在厕所里',
    // asked about the papers for a body sent home — beside a plan dated and belongings given away
    'kung mamatay ako dito sa Japan sino magbabayad para maiuwi yung katawan ko sa pinas? kasi plano ko na talaga this weekend, naayos ko na mga gamit ko at naibigay ko na yung iba',
  ])('%s', (text) => {
    // (Locked in with the children reads as a partner's violence or a child's danger: the card is what matters.)
    expect(detectCrisis(text)).not.toBeNull();
  });

  it.each([
    "I'll kill him if he leaves his socks on the floor one more time lol",
    'im gonna kill her if she eats the leftovers again',
    'If I die here in Japan, how is my body sent home? I am healthy, it is for the insurance papers',
  ])('%s stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a pull toward the tracks, pills saved in Cantonese', () => {
  it.each([
    '駅のホームで何回も足が前に出そうになってて、次は止まれない気がする',
    'ホームに立つと、電車が来るたびに体が勝手に前に行きそうになる',
    '지하철 승강장에서 자꾸 발이 앞으로 나가려고 해요. 다음엔 못 멈출 것 같아요',
    '做咗三年介護，老公又話我冇用。啲藥我已經儲咗一大樽，今晚食晒佢算數',
    '安眠藥我儲咗好多，今晚一次過食晒',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it.each([
    'ホームで足が出そうになって慌てて下がった、危なかった。スマホ見てたから',
    '啲藥食晒未？醫生話要食晒成個療程',
    '降壓藥我儲咗一樽喺屋企，醫生話食晒先再開',
    '個蛋糕今晚食晒佢',
  ])('%s stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a harm told as a habit is told of now, whatever sentence dates it after', () => {
  it.each([
    '夫は毎日私を殴ります。でもそれは3年前のことです。',
    '夫に殴られています。でもそれは3年前に始まったことです。',
    '我老公每天打我。不过那是三年前开始的。',
    'My husband hits me every day. But that was 3 years ago when it started.',
    'Meu marido me bate todo dia. Mas isso foi há 3 anos.',
    'Suami saya setiap hari memukul saya. Tapi itu 3 tahun lalu.',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });

  it.each([
    '前の会社で殴られました。でもそれは3年前です。今の会社はみんな優しい。',
    'My husband hit me. But that was 3 years ago.',
    "My ex used to hit me every day, we divorced 5 years ago, I'm safe now",
    'Meu ex me batia todo dia, mas nos separamos há 5 anos e estou bem',
  ])('%s stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});
