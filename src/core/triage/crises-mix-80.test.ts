import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// Concerns the mix-80 pass found alarming with nothing happening, each class beside the crisis that
// shares its words.
describe('harm supposed and asked ahead, nothing happening now', () => {
  it.each([
    'もし かれし が なぐったら けいさつ に いえば いいですか？ いま は なにも されて いません',
    'もし 夫が暴力をふるったら、子どもの学校はどうなりますか。今は大丈夫です',
    'If my boyfriend ever hits me, can the landlord end my lease? Nothing has happened, I just want to know.',
    '如果老公打我，我的签证会怎么样？现在没事，只是想了解一下',
    '만약 남편이 폭력을 휘두르면 어디에 신고해요? 지금은 아무 일 없어요',
    'Nếu chồng đánh thì tôi gọi số nào? Hiện tại không có gì, chỉ muốn biết thôi',
    'Se ele um dia me bater, eu perco o visto? Não aconteceu nada, só quero saber',
    'Kalau suami memukul, saya lapor ke mana? Sekarang tidak ada apa apa, cuma mau tahu',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    'もし また おっと が たたいたら こわい。 きのう も たたかれた',
    "If he ever hits me again I don't know what I'll do, he hit me last night",
    '만약 남편이 또 때리면 어떡해요? 어제도 맞았어요',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });
});

describe('hitting told as past, then parted and safe now', () => {
  it.each([
    'まえ の かれし に なぐられました。 いま は わかれて あんぜん です。 しごと を さがして います',
    'My ex used to beat me. We separated and safe now, I need help with rent.',
    '以前被前夫打过，现在过得很好，想问问孩子上学的事',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it('a blow yesterday with him still at home alarms', () => {
    expect(detectCrisis('きのう おっと に なぐられました。 いま も いえ に いて こわい')).toBe('violence');
  });
});

describe('control with the hitting denied; a life that “suffocates”', () => {
  it.each([
    "He won't let me go out and checks my phone. He has never laid a hand on me though.",
    '남편이 집 밖에 못 나가게 해요. 때리지는 않아요',
    'Suami gak boleh keluar rumah, hp juga dicek. Belum pernah main tangan sih',
    '他不让我出门，还查我手机。他没动过手，但我觉得喘不过气',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it('locked in stays violence', () => {
    expect(detectCrisis("He won't let me leave the house and he locked me in the bedroom last night")).toBe(
      'violence',
    );
  });
});

describe('panic attacks and the breath they take, told in the next sentence', () => {
  it.each([
    "I've had panic attacks since the accident. My chest gets tight, can't breathe, I have to sit down. Who can I see?",
    '공황장애가 있어요. 지하철에서 숨을 못 쉬겠어요. 상담 받을 곳이 있나요?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it('a collapse with no breath is an emergency', () => {
    expect(detectCrisis("My dad collapsed and he can't breathe, what do I do")).toBe('emergency');
  });
});

describe('read as danger by the model alone: a withdrawn adult, a lunch laughed at, a carer worn out, money spent oddly', () => {
  it.each([
    '娘 は 25さい です。 へや に いる だけ で、 しごと を して いません',
    'Meu filho tem 30 anos, só fica no quarto o dia todo. A gente deixa a comida na porta',
    'Anak saya laki laki 28 tahun, cuma di kamar seharian',
    '息子 が がっこう で べんとう を わらわれて、 いきたく ない と いいます',
    "The girls in his class make fun of his lunch every day, he doesn't want to go",
    'Os meninos riem do lanche dele, ele não quer mais ir pra escola',
    '母 の かいご を して 10ねん。 もう つかれました',
    "I look after my disabled brother alone. I'm so tired.",
    '兄が父の年金を管理していますが、変なことに使っているみたいです',
    '아버지 돈을 삼촌이 관리하는데 이상한 데 쓰는 것 같아요',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ['母の介護をして10年。もう疲れました。死にたい', 'suicide'],
    [
      'Meu filho de 4 anos fica no quarto o dia todo, a mãe deixa a comida na porta e sai, ele chora de fome',
      'child_abuse',
    ],
    ['삼촌이 자꾸 방에 들어와서 이상한 데를 만져요', 'child_abuse'],
  ])('%s', (text, signal) => {
    expect(detectCrisis(text)).toBe(signal);
  });
});
