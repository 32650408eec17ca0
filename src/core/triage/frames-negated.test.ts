import { describe, expect, it } from 'vitest';
import { triage } from './index.ts';

// Safe frames that must not silence a real danger told beside them (helper G): a game does not cover a
// blow given at home, a frame denied ("not for camping") or an excuse doubted ("he says judo but…") frames
// nothing, and a child named as the one hurt is a child abused, whoever else is named. Each safe sentence
// has a dangerous twin that must still alarm.
const quiet = (text: string) => expect(triage(text).crisis, text).toBeNull();
const alarms = (text: string) => expect(triage(text).crisis, text).not.toBeNull();
const signal = (text: string, want: string) => expect(triage(text).crisis, text).toBe(want);

describe('a game frames a killing in play, not a blow to someone of the household', () => {
  it.each([
    'my brother got killed in the video game lol',
    'my dad plays fortnite with my little brother every night',
    '게임에서 동생이 죽었어 ㅋㅋ',
  ])('quiet: %s', quiet);
  it.each([
    'my dad hit my little brother while he was playing a video game',
    'my mum slapped my sister while she was playing minecraft',
    '弟がゲームしてたら父が殴った',
    '아빠가 게임하던 동생을 때렸어',
    'bố đánh em trai tôi lúc nó đang chơi game',
    'pinalo ni papa ang kapatid ko habang naglalaro siya ng game',
    'meu pai bateu no meu irmão enquanto ele jogava videogame',
    'ayah memukul adikku waktu dia main game',
    'बुबाले भाइलाई गेम खेल्दा कुट्नुभयो',
  ])('alarms: %s', alarms);
});

describe('a safe frame denied is none: "not for camping"', () => {
  it.each([
    'we went camping, bought a rope and a knife',
    'bought a rope, not for camping but for moving house',
    'キャンプで使うナイフとロープを買いました',
    '露营用的，买了绳子和刀',
    '캠핑 가려고 로프랑 칼 샀어',
    'đi cắm trại nên mua dây thừng và dao',
    'bumili ako ng lubid at kutsilyo para sa camping',
    'comprei uma corda e uma faca pra acampar',
    'beli tali dan pisau buat kemah',
    'क्याम्पिङको लागि डोरी किनें',
  ])('quiet: %s', quiet);
  it.each([
    'bought a rope and a knife, not for camping, for me',
    'I bought a rope but it is not for camping',
    '买了绳子和刀，不是去露营，是给我自己的',
    '로프랑 칼 샀어 캠핑용이 아니라 나를 위해',
    'mua dây thừng và dao, không phải để cắm trại, mà cho tôi',
    'bumili ako ng lubid at kutsilyo, hindi para sa camping, para sa akin',
    'comprei uma corda e uma faca, não é pra acampar, é pra mim',
    'beli tali dan pisau, bukan untuk kemah, buat aku',
    'डोरी किनें, क्याम्पिङको लागि होइन, मेरो लागि',
  ])('alarms: %s', alarms);
});

describe('an excuse doubted frames nothing: "he says judo but he is scared of his dad"', () => {
  it.each([
    'bruises from judo practice, he loves it',
    "bruises on my son, he says it's from judo, he loves it",
    '息子のあざは柔道の練習でできた',
    '保健師說要來家裡看新生兒，是不是懷疑我們虐待小孩？',
    '我媽媽半邊臉麻麻的，醫生說是帶狀皰疹，已經在吃藥了，但很痛，晚上睡不著。止痛的事可以問哪裡？',
  ])('quiet: %s', quiet);
  it.each([
    "bruises on my son again, he says judo but he's scared of his dad",
    '息子にまたあざ。柔道って言うけど父親を怖がってる',
    '아들 몸에 또 멍. 유도 때문이라는데 아빠를 무서워해',
    'meu filho com hematomas de novo, diz que foi no judô mas tem medo do pai',
    'anak saya memar lagi, katanya latihan judo tapi dia takut sama ayahnya',
    'may pasa na naman ang anak ko, sabi niya sa judo pero takot siya sa tatay niya',
    'छोराको शरीरमा फेरि नीलो दाग, जुडो भन्छ तर बुबासँग डराउँछ',
  ])('alarms: %s', alarms);
});

describe('a child named as the one hurt is a child abused, whoever else is named', () => {
  it.each([
    ['grandpa beats my son', 'child_abuse'],
    ['おじいちゃんが息子を叩く', 'child_abuse'],
    ['爷爷打我儿子', 'child_abuse'],
    ['할아버지가 우리 아들을 때려요', 'child_abuse'],
    ['ông nội đánh con trai tôi', 'child_abuse'],
    ['the boy next door is being abused by his father', 'child_abuse'],
    ['엄마가 벌로 내 손을 라이터로 지졌어', 'child_abuse'],
    // (the older person the one hurt, or the writer's own burn after a scolding, stay what they were)
    ['my son beats grandpa', 'violence'],
    ['my son beats his grandmother', 'violence'],
    ['엄마한테 혼나서 내 손을 라이터로 지졌어', 'suicide'],
    ['내 손을 라이터로 지졌어', 'suicide'],
  ])('%s → %s', signal);
});
