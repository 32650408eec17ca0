import { describe } from 'vitest';
import { alarmCases, quietCases } from '../../../test/support/crisis-cases.ts';

// Frames of the twenty-seventh pass: a danger told as over (self-harm or an overdose of someone else now well,
// a scare the next day well again, a blow long ago and all in the past), a death already past (its papers, its
// cause), a danger named as what a thesis is on, an emergency asked about "if it ever happens" — each beside
// dangerous twins in the same words where the danger is now.

describe('someone else’s self-harm or overdose, over and well now', () => {
  quietCases([
    'Noong isang taon nag-overdose ang kapatid ko, naka-recover siya at okay na raw siya ngayon. May tanong ako tungkol sa renta.',
    'Mero dai le gaya barsa aaphailai chot puryaaune garthyo. Aba upachar garera dherai thik bhayo, ahile ekdam khusi chha. Visa ko kura sodhna chahanchhu.',
    '去年の夏は介護で追い詰められて「もう死のうか」と口にしたこともありました。今は訪問介護が入って、あの頃よりずいぶん落ち着いています。費用の相談をしたいです。',
  ]);
  alarmCases('emergency', [
    'Noong isang taon nag-overdose ang kapatid ko. Kagabi nag-overdose ulit siya, hindi siya magising.',
  ]);
  alarmCases('suicide', [
    'Mero dai le aaja raati aaphailai chot puryaaune bhanchha. Ma dar lagyo.',
    '去年の夏は介護で追い詰められていました。今夜、母と一緒に死のうと思っています。',
  ]);
});

describe('a death already past: its papers, its cause', () => {
  quietCases([
    '先月、弟が自分で命を絶ちました。相続放棄の手続きについて教えてください。',
    '我哥哥上个月走了，是自杀。现在需要办死亡证明和继承的手续。',
    'My grandad died in March, a stroke. I need help with the inheritance papers and his pension.',
  ]);
  alarmCases('suicide', [
    '先月、弟が自分で命を絶ちました。私も死にたいです。',
    '我哥哥上个月自杀了，我也不想活了。',
  ]);
  alarmCases('emergency', [
    'My grandad died in March. Now my nan is having a stroke, her face is drooping and she can’t speak.',
    'I think my dad just died, heart attack, he is not breathing.',
  ]);
});

describe('an emergency told as a story over and well', () => {
  quietCases([
    'きょねん むすこが ころんで、あたまから ちが たくさん でました。でも もう なおりました。ほけんの てつづきを ききたいです。',
    'Last year one of our pupils had anaphylaxis after lunch. We used the EpiPen and called an ambulance, and she was fine the next day. Is there a refresher course?',
    'Hôm nay con em kể trong giờ bơi có bạn suýt chết đuối, may thầy cứu kịp, bạn ấy không sao. Em muốn hỏi về học phí.',
  ]);
  alarmCases('emergency', [
    'きょねん むすこが ころんで ちが でました。きょう また ちが たくさん でて とまりません。',
    'Last year she had anaphylaxis and recovered. Now she is having it again, her throat is swelling.',
    'Con em suýt chết đuối, giờ không thở được, mặt tím tái.',
  ]);
});

describe('a blow long ago, said to be over', () => {
  quietCases([
    '小时候我妈经常打我，现在都过去了。我自己当了爸爸，很怕自己也变成那样，想找人聊聊。',
    'O pai das crianças me bateu faz tempo, hoje ele mora em outro país e não tem contato nenhum. Quero saber da guarda.',
    '以前我工作的设施有员工打老人，后来被处罚了，那件事已经过去一年多了。我想问签证的事。',
  ]);
  alarmCases('child_abuse', ['小时候我妈经常打我，现在她还打我，我很怕。']);
  alarmCases('violence', [
    'O pai das crianças me bateu faz tempo, e ontem ele voltou e me bateu de novo.',
    'He hit me a long time ago and he still scares me, he is outside my door now.',
  ]);
});

describe('a danger named as what a thesis is on', () => {
  quietCases([
    'Sou estudante de mestrado, minha dissertação é sobre violência doméstica entre imigrantes. A bolsa atrasou, tem auxílio emergencial?',
    'My thesis is on older people dying alone, so I read about death all day. I’m fine, it’s the money: is there a student loan?',
  ]);
  alarmCases('violence', ['Minha dissertação é sobre violência doméstica, e ontem meu marido me bateu.']);
});

describe('an emergency asked about "if it ever happens"', () => {
  quietCases([
    'My mum has epilepsy, well controlled for years. I’d like to know when to call an ambulance if it ever happens. Is there a neurologist nearby?',
  ]);
  alarmCases('emergency', [
    'My mum is having a seizure right now and it won’t stop, do I call an ambulance?',
  ]);
});
