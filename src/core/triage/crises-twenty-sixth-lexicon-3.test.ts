import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 26, lexicon helper C3: the wish not to live in a learner's grammar; a goodbye that hands a child, a pet or
// a parent over; a sudden loss of walking or speech; a neighbour unseen with the mail piling up; a suicide
// mourned since last year; an elder's own funeral arranged; the heat that "will kill me".

describe('the wish not to live, in broken grammar', () => {
  alarms('suicide', [
    'visa over, work gone. i dont want live anymore',
    'everything fail. me no want live',
    'tired. not want living anymore',
    'Perdi tudo aqui, nao quero mas viver',
    'chia tay rồi, ko mún sống nữa',
    'utang na naman, ayoko na buhay',
  ]);
  quiet([
    'i no want live in this share house, too noisy. where find cheap room?',
    'I dont want live with my husband parents, can city help find apartment?',
  ]);
});

describe('a goodbye that entrusts a child, a pet or a parent', () => {
  alarms('suicide', [
    'goodbye everyone, please take care of my daughter',
    'Adeus. Cuidem bem do meu gato',
    'さようなら。ねこをおねがいします',
    '再见了，请照顾我儿子',
    'tạm biệt, nhờ mọi người chăm sóc mẹ tôi',
    'Paalam, alagaan niyo ang anak ko',
  ]);
  quiet([
    'Next week I travel to Osaka. Can my friend feed my cat while I am away?',
    '来週 実家に 帰ります。 となりの人に 猫の えさを たのみました',
  ]);
});

describe('a sudden loss of walking, standing or speech', () => {
  alarms('emergency', [
    'My husband suddenly cannot walk and his words sound strange',
    '父が けさから 急に 立てなくなった',
    'Minha mãe de repente não consegue falar',
    'Bố tôi đột nhiên không đi được, nói ngọng',
    'Lolo ko biglang hindi makalakad',
    'Ibu saya tiba tiba tidak bisa bicara',
  ]);
  quiet([
    'My father cannot walk well since his knee operation last year. Is there a care taxi?',
    '母は 去年から 足が わるくて あまり 歩けません。 介護の 申請は どこですか',
  ]);
});

describe('a neighbour not seen for days, the lights on all day', () => {
  alarms('emergency', [
    'The old man next door lives alone. I have not seen him for five days and his lights have been on day and night',
    '隣のおじいさんを何日も見かけない。電気がずっとついたままです',
    '옆집 할머니를 며칠째 못 봤어요. 불이 계속 켜져 있어요',
  ]);
  quiet([
    "Haven't seen my neighbour for days, she's travelling in Hokkaido",
    '隣のおばあさんを何日も見かけないけど、旅行中だそうです',
    'Não vejo minha vizinha faz dias, ela está viajando',
  ]);
});

describe('a suicide mourned since last year', () => {
  quiet([
    '兄が去年自殺した。いまも夜眠れない',
    'My cousin killed himself last year and I still cannot sleep',
    '朋友去年自杀了，到现在还睡不着',
  ]);
  alarms('suicide', [
    '兄が去年自殺した。私も死にたい',
    'My cousin killed himself last year and I want to die too',
  ]);
});

describe('an elder arranging his own funeral; the heat that “will kill me”', () => {
  quiet([
    '奶奶说想提前准备自己的后事，要去哪里问？',
    'Este calor vai me matar, o ar condicionado quebrou. Onde compro ventilador barato?',
    'This heat is killing me, the AC is broken. Who fixes it?',
  ]);
  alarms('emergency', ['The AC is broken and my grandma is dizzy, vomiting and confused in the heat']);
  alarms('suicide', ['奶奶说后事都安排好了，今晚就走']);
});
