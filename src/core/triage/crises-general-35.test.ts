import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// General safe classes of pass 35: words that sound alarming, said of someone else, a question or a feeling.
describe('a boss or coworker told me to go and die: a workplace insult, asked about as harassment', () => {
  it.each([
    '上司に「死ね」と言われました。パワハラですか',
    'My boss told me to go die in front of everyone. Is that harassment?',
    '老板骂我你去死，这算职场霸凌吗',
    '팀장이 죽으라고 했어요. 직장 내 괴롭힘인가요?',
    'Sếp chửi em đi chết đi, em có thể khiếu nại ở đâu?',
    'O meu chefe me mandou morrer na frente de todo mundo. Isso é assédio?',
    'Atasan suruh saya mati aja, itu termasuk pelecehan kerja?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each(['上司に死ねと言われて、もう本当に死にたい', 'My boss told me to go die and I want to die'])(
    '%s',
    (text) => {
      expect(detectCrisis(text)).toBe('suicide');
    },
  );
});

describe('the writer’s child hits other children at school', () => {
  it.each([
    '息子が保育園でお友達を叩いてしまうと先生に言われました',
    'The teacher says my son hits other kids at school. He is 6.',
    '老师说我儿子在学校打同学，怎么办',
    '선생님이 아들이 학교에서 친구들을 때린대요',
    'Cô giáo nói con tôi đánh các bạn khác ở trường',
    'Guru bilang anak saya sering memukul temannya di sekolah. Dia umur 7.',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each(['かいしゃ の ひと が いま りょう に きて ともだち を なぐって います'])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });
});

describe('grief said to “hit” the writer', () => {
  it.each([
    'My dad died in spring and it still hits me some nights.',
    'Às vezes ainda me bate uma tristeza desde que minha mãe faleceu.',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each(['He hits me when he drinks'])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });
});

describe('what an overdose is, asked as a definition', () => {
  it.each([
    'What is an overdose? The box says not to take too many.',
    'Apa itu overdosis? Di kotak obat tertulis jangan minum banyak.',
    'O que é overdose? Eu só tomo um comprimido pra dor de cabeça.',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each(['My son took the whole bottle of pills and won’t wake up'])('%s', (text) => {
    expect(detectCrisis(text)).toBe('emergency');
  });
});

describe('a stranger’s or a celebrity’s death seen in the news', () => {
  it.each([
    'ニュースで川に人が飛び込んだと聞いて、子どもが怖がっています',
    'Nabalitaan ko sa balita na nag overdose daw yung artista, paano ko ipapaliwanag sa anak ko?',
    'Vi no jornal que um ator morreu de overdose e minha filha ficou perguntando sobre drogas.',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('must one be hit before DV help listens', () => {
  it.each([
    'DVの相談は、殴られてないと受けてもらえませんか。お金を全部管理されています',
    'Is it only DV if you get hit? He controls all my money.',
    '没被打就不算家暴吗？他控制我所有的钱',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('afraid of dying in an earthquake; the strength of a quake', () => {
  it.each([
    'Saya takut mati kalau ada gempa besar. Ada pelatihan bencana?',
    'I’m new here and honestly scared of dying in an earthquake. Is there disaster training?',
    '지진이 나면 죽을까 봐 무서워요. 외국인 방재 훈련이 있나요?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('emergency numbers for a poster; an ambulance seen and the neighbour fine; a collapse in a drill', () => {
  it.each([
    'Saya mau bikin poster nomor darurat: nomor ambulans dan polisi. Ada daftar resminya?',
    'I’m making a poster with the ambulance number and the police for our club.',
    'Vi uma ambulância na frente do prédio ontem. Hoje ele tá bem, conversei com ele.',
    '社區防災演練要模擬有人昏倒，志工要先受訓嗎？',
    '献血的时候晕倒了怎么办？我有贫血',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each(['爸爸突然昏倒了，叫不醒，怎么办', 'Meu pai desmaiou e não acorda, chama a ambulância'])(
    '%s',
    (text) => {
      expect(detectCrisis(text)).toBe('emergency');
    },
  );
});

describe('a partner who still hits is no feeling that “hits”', () => {
  it.each(['Casei há 10 anos e meu marido ainda me bate todo dia', 'Ele ainda me bate quando bebe'])(
    '%s',
    (text) => {
      expect(detectCrisis(text)).toBe('violence');
    },
  );
});
