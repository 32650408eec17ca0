import { describe } from 'vitest';
import { alarmCases, quietCases } from '../../../test/support/crisis-cases.ts';

// Frames of the twenty-seventh pass, second part: a wish to die denied with 「…じゃない」, an anniversary of a danger
// over, a partner's blow a month or more back with the writer gone from him, nightmares of it long after, a game named
// in katakana or Han letters, a drill's scenario, a letter sent to every family, a shout told as a dream with no one
// there, a line found out to be from a manga, a friend's quote laughed off two sentences on — each beside dangerous
// twins in the same words where the danger is now.

describe('a wish to die denied after it in Japanese, 「…とかじゃない」「…ではない」, a plain reason next', () => {
  quietCases([
    '眠れなくて夜中にメールしています。べつに死にたいとかじゃないです。ただ誰かに聞いてほしいだけです。',
    '仕事がつらいです。死にたいではないです。ただ相談できる人がほしいだけ。',
  ]);
  alarmCases('suicide', [
    '死にたいとかじゃないですか、こんな毎日。もう限界です。',
    '死にたいとかじゃないです。でも、もう生きていたくないです。',
    '眠れない。死にたいじゃない、もう死ぬしかない。',
  ]);
});

describe('an anniversary of an attempt or a wish, the writer well now', () => {
  quietCases([
    '1년 전 오늘 자살 시도를 했었는데 지금은 잘 지내고 있어요. 자조 모임이 있을까요?',
    'Hari ini genap dua tahun aku lepas dari pinjol. Dulu pernah kepikiran bunuh diri, sekarang sudah tenang. Ada grup dukungan?',
  ]);
  alarmCases('suicide', [
    '1년 전 오늘 자살 시도를 했었어요. 오늘 또 죽고 싶어요.',
    'Hari ini genap dua tahun aku lepas dari pinjol. Tapi malam ini aku kepikiran bunuh diri lagi.',
  ]);
});

describe('a partner’s violence left behind: gone from him, a month or years back', () => {
  quietCases([
    '今天是我离开那个家暴丈夫满两年的日子，现在和女儿过得很好。想问单亲家庭的补助怎么申请',
    '老公两个月前打了我，现在我已经搬出来了，想问办离婚的话孩子的抚养权怎么判',
    'My husband hit me last month. I’ve moved out now and want to ask how custody works in a divorce.',
    'Meu marido me bateu mês passado. Já saí de casa e quero saber sobre a guarda dos filhos no divórcio.',
    'Suami saya memukul saya bulan lalu, sekarang saya sudah keluar dari rumah. Mau tanya soal hak asuh anak kalau cerai.',
    '想找会说中文的心理咨询师，前夫家暴的事到现在还会做噩梦，已经分开三年了',
  ]);
  alarmCases('violence', [
    '老公两个月前打了我，我已经搬出来了，但是我很怕他找到我',
    '老公两个月前打了我，现在还住在一起，想问离婚的话孩子归谁',
    '老公昨天打了我，现在我已经搬出来了，想问离婚的话孩子归谁',
    '老公两个月前打了我，我想搬出来，离婚的话孩子归谁',
    '老公两个月前打了我，我搬出来了，可是他昨天又来打我',
    'My husband hit me last month and I’m still living with him. How does custody work?',
    'My husband hit me last month. I moved out but he still follows me and I’m scared.',
    'Meu marido me bateu mês passado e ainda moro com ele. Como funciona a guarda?',
    '前夫家暴的事已经分开三年了，可是他昨天又来打我',
  ]);
});

describe('a game named in katakana or Han letters, a killing shouted at the screen', () => {
  quietCases([
    '儿子玩フォートナイト的时候一直大喊「杀了你」，玩到很晚，这正常吗？',
    '弟がマイクラで負けると「ころすぞ」って叫ぶんです。ゲームの時間を決めたほうがいいですか',
  ]);
  alarmCases('violence', ['老公打フォートナイト輸了就打我', '老公玩フォートナイト輸了就說要殺死我，拿著刀']);
  alarmCases('child_abuse', ['弟がマイクラで負けると父が弟を殴る']);
});

describe('a drill’s scenario told as «…という想定»', () => {
  quietCases([
    '保育士です。刃物を持った不審者が侵入したという想定で防犯訓練をしたら、子どもたちが怖がってしまいました。心のケアの相談先はありますか',
  ]);
  alarmCases('violence', ['今、刃物を持った不審者が保育園に入ってきました。子どもたちと隠れています']);
});

describe('a letter sent to every family, its dark words quoted', () => {
  quietCases([
    'がっこうから てがみが きました。「いじめ」「じさつ」と かいて あります。せんせいに きいたら、ぜんぶの いえに くばる おしらせ でした。よめない ので、つうやくが ほしいです。',
    '学校发来一封信，上面写着「自杀」「霸凌」，吓了我一跳。后来问老师，是发给所有家长的通知。孩子很好。',
    "학교에서 온 편지에 '자살', '폭력'이라고 써 있어서 놀랐어요. 알고 보니 모든 학부모에게 보낸 안내문이었어요. 아이는 잘 지내요.",
    'The school sent a letter with "suicide" and "self-harm" in big letters. I panicked, but it went to all parents, it is about a talk next week.',
  ]);
  alarmCases('suicide', [
    'がっこうから てがみが きました。「いじめ」「じさつ」と かいて ありました。むすこが「しにたい」と いいます。',
  ]);
});

describe('a shout told as a dream or raving with no one there', () => {
  quietCases([
    'そぼは にんちしょう です。よる「たすけて！ころされる！」と さけびます。でも いえには だれも いません。そぼの ゆめ です。',
    'My grandfather has dementia. At night he shouts "they are going to kill me!" He talks in his sleep. How can we get respite care?',
  ]);
  alarmCases('violence', [
    '夫は「ころすぞ」と言います。寝言じゃないです。包丁を持っています。',
    'My husband shouted "I will kill you" last night. Nobody was there to help. I was dreaming of escaping.',
  ]);
});

describe('a line found out, after the fright, to be from a manga', () => {
  quietCases([
    'Our daughter had written I want to die in her notebook. We were frightened at first, but it turned out to be a line from an anime she loves, copied with her drawings. Is there a parenting class in English?',
  ]);
  alarmCases('suicide', [
    'Our daughter had written I want to die in her notebook. We were frightened at first, but it turned out she really means it.',
    'Our daughter wrote I want to die in her notebook. It turned out to be a line from an anime. Last night she said she wants to die too.',
  ]);
});

describe('a friend’s wish to die laughed off over a test, the laugh two sentences on', () => {
  // (The lexicon's reading; the model still alarms on many such lines on its own — 「しにたい」 weighs more for it
  // than a laugh two sentences on.)
  quietCases([
    "My son's friend said 'I wanna die lol' at lunch. Because of the maths test. Everyone was laughing about it.",
  ]);
  alarmCases('suicide', [
    "My son's friend said 'I wanna die' at lunch. She was crying. Everyone else was laughing.",
    'ともだち が 「しにたい」 と いいます。 ないて いました。 わたし は わらって しまいました。',
    'ともだち が 「しにたい」 と いいます。 くすり を たくさん もって います。 わらって いました。',
    // The sentence two on denies the joke («not the kind who jokes like that»): no laugh to reach back to.
    "후배가 어젯밤 동아리 단톡방에 '모두 고마웠다 먼저 간다' 이렇게 쓰고 나갔어요. 산 쪽으로 간다고 했고 전화를 안 받아요. 원래 이런 장난 하는 애가 아니에요.",
    "Workmate wrote 'sorry guys, I'm off first' in the group and left the chat. He said he was walking to the river and his phone is off. He is not someone who jokes like that.",
  ]);
});
