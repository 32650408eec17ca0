import { describe, expect, it } from 'vitest';
import { isUnsure } from '../clarify/refine.ts';
import { TUNING, triageWith } from './engine.ts';
import { detectCrisis, detectLanguage, normalise, triage } from './index.ts';
import { CONCEPT_LANGUAGES, CONCEPTS } from './lexicon/concepts.ts';

const codes = (text: string) => triage(text).categories.map((c) => c.code);

describe('normalise', () => {
  it('folds width, case, katakana and Latin diacritics into one form', () => {
    expect(normalise('ﾔﾁﾝ ｶﾞ ﾊﾗｴﾅｲ')).toBe('やちんがはらえない');
    expect(normalise('ＤＶ　Ｈｅｌｐ')).toBe('dv help');
    expect(normalise('Tôi không muốn sống nữa')).toBe('toi khong muon song nua');
    expect(normalise('我媽媽')).toBe('我妈妈');
  });
});

describe('language', () => {
  it.each([
    ['母の物忘れがひどい', 'ja'],
    ['介護保険申請', 'ja'],
    ['my rent is late', 'en'],
    ['我妈妈最近总是忘事', 'zh-Hans'],
    ['我媽媽最近常常忘記事情', 'zh-Hant'],
    ['어머니가 치매 같아요', 'ko'],
    ['Mẹ tôi hay quên', 'vi'],
    ['मेरो आमालाई बिर्सने समस्या छ', 'ne'],
    ['Ang nanay ko ay nakakalimot', 'tl'],
    ['Minha mãe esquece tudo', 'pt'],
    ['Ibu saya sering lupa', 'id'],
    // Nepali as phones type it, in Latin letters; Indonesian as it is texted.
    ['aama lai birsane samasya cha, k garne', 'ne'],
    ['malai kaam chaina, ghar bhada tirna sakdina', 'ne'],
    ['mertua gak bisa jalan sendiri, aku kerja tiap hari', 'id'],
    ['tara na, samahan mo ako sa city hall bukas', 'tl'],
    ['my son is 10 yo and plays games all night', 'en'],
    // Latin-script messages that borrow a few Japanese words are still their own language…
    ['Em muon hoi ve thu tuc o 区役所, giay to bi het han roi', 'vi'],
    ['saya mau perpanjang 在留カード tapi tidak tahu caranya', 'id'],
    ['I lost my job and the ハローワーク said to come back next week', 'en'],
    // …and Japanese or Chinese with a few Latin letters is still Japanese or Chinese.
    ['LINEで相談できますか', 'ja'],
    ['我的boss不给我工资', 'zh-Hans'],
    // Romanised Nepali shares "ko" with Tagalog.
    ['chhora ko school ko paisa tirna sakina', 'ne'],
    // Japanese in romaji: Indonesian's «ga» ("not") must not claim it, or its negation silences the threat.
    ['kare ga houchou wo motte oikakete kuru', 'ja'],
    // Text-speak: «n consigo», «ko dc».
    ['n consigo dormir', 'pt'],
    ['ngu ko dc may dem roi', 'vi'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text, normalise(text))).toBe(language);
    expect(triage(text).language).toBe(language);
  });
});

describe('categories', () => {
  it('reads everyday words, not category names', () => {
    expect(codes('父の物忘れがひどくて')[0]).toBe('elderly');
    expect(codes('家賃が払えない')).toEqual(expect.arrayContaining(['housing', 'livelihood']));
    expect(codes('息子が学校に行かない')[0]).toBe('child');
    expect(codes('my landlord says I must leave next month')[0]).toBe('housing');
  });

  it('matches English words at word starts only', () => {
    expect(codes('my parents are fine')).not.toContain('housing');
    expect(codes('we were evicted')[0]).toBe('housing');
  });

  it('gives the resident their own words back as the reason', () => {
    const result = triage('母のデイサービスを探しています');
    expect(result.categories[0]?.phrases).toContain('デイサービス');
  });

  it('drops what the resident says is not the problem', () => {
    expect(codes('お金には困っていないけど、父の介護の相談をしたい')).not.toContain('livelihood');
    expect(codes("It's not about money, my dad can't bathe himself")).not.toContain('livelihood');
    expect(codes('家賃は払えてるけど、食費が足りない')).not.toContain('housing');
    expect(codes('不是钱的问题，是妈妈需要照顾')).not.toContain('livelihood');
  });

  it('flags a household with several problems as compound', () => {
    const result = triage('失業して家賃も払えず、妻は病気で通院もやめた');
    expect(result.compound).toBe(true);
    expect(result.categories.map((c) => c.code)).toEqual(
      expect.arrayContaining(['livelihood', 'housing', 'medical']),
    );
    expect(triage('物忘れがひどい祖母').compound).toBe(false);
  });

  it('finds nothing in words with no concern, and says it is unsure', () => {
    const result = triage('こんにちは');
    expect(result.categories).toEqual([]);
    expect(result.confidence).toBe(0);
    expect(triage('認知症の母の介護保険の申請').confidence).toBeGreaterThan(0.5);
  });
});

describe('crisis', () => {
  it.each([
    ['もう消えたい', 'suicide'],
    ['生きている意味がない', 'suicide'],
    ['全部終わりにしたい', 'suicide'],
    ["I don't want to wake up tomorrow", 'suicide'],
    ['không muốn sống nữa', 'suicide'],
    ['khong muon song nua', 'suicide'],
    ['不想活了', 'suicide'],
    ['죽고 싶어', 'suicide'],
    ['Ayoko nang mabuhay', 'suicide'],
    ['Quero morrer', 'suicide'],
    ['Saya ingin mati saja', 'suicide'],
    ['म मर्न चाहन्छु', 'suicide'],
    ['子どもを叩いてしまう', 'child_abuse'],
    ['夫に殴られた', 'violence'],
    ['父が倒れて意識がない', 'emergency'],
    ['ともだちが たおれました。うごきません', 'emergency'],
  ])('%s → %s', (text, signal) => {
    expect(detectCrisis(text)).toBe(signal);
    expect(triage(text).crisis).toBe(signal);
  });

  it.each([
    '死ぬほど忙しい',
    '母が亡くなった後の手続き',
    'this heat is killing me',
    "I'm dying to know about after-school clubs",
    '累死了，想问托儿所',
    'Mệt muốn chết, muốn hỏi về bảo hiểm',
    'Estou morrendo de fome',
    '夫と喧嘩したけど、暴力はないです',
    'Drowning in debt',
  ])('%s is not a crisis', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it('puts the window for the danger first and says which words raised it', () => {
    const result = triage('生まれてこなければよかった');
    expect(result.categories[0]?.code).toBe('mental_health');
    expect(result.crisisPhrases).toEqual(['生まれてこなければ']);
  });

  it('violence against a disabled adult by a brother or a parent is the disability window’s, not the women’s', () => {
    for (const text of [
      'My sister is 30 and has an intellectual disability. Our brother punched her again last night and she is scared',
      '知的障害のある30歳の妹が、兄に毎日殴られています',
    ]) {
      const result = triage(text);
      expect([text, result.crisis, result.categories[0]?.code]).toEqual([text, 'violence', 'disability']);
      expect(result.categories.map((c) => c.code)).not.toContain('women');
    }
    // A child's words for being hit, said of the writer's own husband, are violence between partners;
    // a husband who shuts the child out is still child abuse.
    raises('violence', ['元夫に毎日なぐられています', 'suami saya marah, dia pukul aku']);
    raises('child_abuse', [
      '남편이 애 혼낸다고 한겨울에 베란다에 내보내고 문 잠가버렸어',
      '我老公成日打個仔',
    ]);
    // A partner's violence stays the women's window's, whoever else is named.
    expect(triage('My husband hits me, I use a wheelchair').categories[0]?.code).toBe('women');
  });
});

describe('fire, violence told as over, asking ahead, an older person’s goodbye, romaji', () => {
  it('a fire, thick smoke or a gas leak now is an emergency (119 is fire as well as ambulance)', () => {
    raises('emergency', [
      '火事です',
      'へや けむり いっぱい。 かじ かも',
      'my house is on fire and my dad is still inside',
      '隔壁著火了，濃煙很大',
      '불이 났어요 할머니가 안에 있어요',
      'rumah tetangga kebakaran, nenek masih di dalam',
      'cheiro de gás forte na cozinha',
    ]);
    raises(null, [
      'I got fired last week and cannot pay rent',
      '火災保険の手続きを教えてください',
      '避難訓練はいつですか',
      '火事場の馬鹿力で引っ越しを一日で終えました',
      'There was a fire in our building last year; now I want to know about fire insurance',
      'o jogo tá pegando fogo',
    ]);
  });

  it('hitting told as over, the partnership ended, is no alarm; again, now or yesterday still is', () => {
    raises(null, [
      'まえ おっと が たたいた。 もう りこん した。 いま は だいじょうぶ',
      "My ex hit me. That's all behind me now. I'd like counselling",
    ]);
    raises('violence', [
      '夫が たたく。 もう りこん した。 いま は だいじょうぶ',
      'My ex hit me. We got divorced and I was fine now, but yesterday he hit me again',
    ]);
  });

  it('asking ahead what to do if someone collapses is no alarm; a collapse happening now is', () => {
    raises(null, [
      'pergunta boba: se um dia eu desmaiar na rua, como a ambulância vai saber q sou diabético?',
      '드라마에서 본건데 일본은 구급차 부르면 돈 내요?',
    ]);
    raises('emergency', [
      'pergunta boba: minha mãe desmaiou agora e não acorda',
      '只是问问 我爸刚才晕倒了 叫不醒',
    ]);
  });

  it('an older person handing things out with a veiled goodbye is a suicide risk; either alone is not', () => {
    raises('suicide', [
      "Grandad gave me his medals and his watch this week and said he's just waiting for the bus",
    ]);
    raises(null, [
      'Mum is moving into a care home, so she gave me her watch and we found a home for her cat',
    ]);
  });

  it('a grandparent hit by an uncle or a grandson is the older person’s window; a child hit by a parent stays a child abused', () => {
    for (const text of [
      'My uncle is hitting my grandma right now, she is hiding in the bathroom',
      '舅舅喝醉了又在打外婆',
      '삼촌이 할머니를 때리고 있어요',
    ]) {
      const result = triage(text);
      expect([text, result.crisis, result.categories[0]?.code]).toEqual([text, 'violence', 'elderly']);
    }
    expect(triage("my dad hits me, i am staying at my grandma's").crisis).toBe('child_abuse');
    expect(triage('My boyfriend hit me at my grandma’s house').categories[0]?.code).toBe('women');
  });

  it('Japanese in romaji keeps its threat, whatever «ga» means in Indonesian', () => {
    raises('violence', ['kare ga houchou wo motte oikakete kuru', 'musuko ga chichi wo nagutteru']);
  });
});

/** Each text raises exactly `signal` (or nothing, for `null`); the failing text is named in the diff. */
function raises(signal: string | null, texts: readonly string[]): void {
  for (const text of texts) expect([text, detectCrisis(text)]).toEqual([text, signal]);
}

describe('crisis concepts', () => {
  it('express every crisis concept in every lexicon, and in kana for やさしい日本語', () => {
    const kana = /^[\p{Script=Hiragana}\p{Script=Katakana}ー\s.…]+$/u;
    for (const concept of CONCEPTS) {
      for (const language of CONCEPT_LANGUAGES) {
        const words = concept.words[language];
        const count =
          (words.say?.length ?? 0) +
          (words.pairs?.length ?? 0) +
          (words.idioms?.length ?? 0) +
          (words.closing?.length ?? 0) +
          (words.farewells?.length ?? 0) +
          Object.values(words.framing ?? {}).flat().length +
          (words.crisisNegation?.before.length ?? 0) +
          (words.crisisNegation?.after.length ?? 0);
        expect([concept.name, language, count > 0]).toEqual([concept.name, language, true]);
      }
      if (concept.signal) {
        const ja = concept.words.ja;
        const all = [...(ja.say ?? []), ...(ja.pairs ?? []).flatMap((pair) => [...pair.a, ...pair.b])];
        expect([concept.name, all.some((entry) => kana.test(entry))]).toEqual([concept.name, true]);
      }
    }
  });

  // A frame or a past never hides what is happening now: the words that set a story or a history
  // apart must not swallow the crisis told beside them.
  it('a story, a history or a school task beside a crisis does not hide it', () => {
    raises('suicide', [
      'I tried to kill myself when I was 19 and now I want to do it again',
      "I'm not suicidal but I have been saving up my pills just in case",
    ]);
    // Hit by a parent: the card for a child's safety or for violence, either shows the numbers.
    raises('violence', [
      "dad hit me with a belt because I didn't finish my homework",
      'tôi đã từng bị chồng đánh và hôm qua anh ta lại đánh tôi bằng gậy',
    ]);
    raises('child_abuse', ["dad hit me with a belt because I didn't finish my assignment, I have bruises"]);
    raises('emergency', ['Bố tôi đã từng bị đột quỵ và giờ lại bị méo miệng không nói được']);
    raises(null, ['This new job is career suicide, lol, but I need the money']);
  });

  it('an attempt dated to yesterday is no history, however well the writer or their child says they are now', () => {
    raises('suicide', [
      "I tried to kill myself yesterday, I'm fine now",
      '昨日リスカしたけど今は落ち着いています',
      'Tentei me matar ontem, hoje estou bem',
      'O meu filho tentou se matar ontem, hoje ele está bem',
      'Anak ko nagtangkang magpakamatay kahapon, okay na siya ngayon',
    ]);
    // Long past, with the recovery said: a history, no alarm (even beside a bad night).
    raises(null, [
      "I tried to kill myself ten years ago, I'm fine now",
      '昨日の夜は眠れなかった。10年前に自殺未遂をしましたが、今は落ち着いています',
    ]);
  });

  it('a shout quoted in corner brackets is one sentence with the game it is shouted in; a threat quoted beside a knife is still a threat', () => {
    raises(null, [
      '中学生の息子がゲーム中に毎晩「殺すぞ！」って叫んでます。ゲームの時間を減らしたい',
      '弟がオンラインゲームで「死ね！殺すぞ！」って叫びながら夜中までやってます',
    ]);
    raises('violence', [
      '夫が「殺すぞ！」と言って包丁を持っている',
      '夫に「殺すぞ！」って言われて、首を絞められた',
    ]);
  });

  it('a film or the news on at the time does not make violence done to "me" a story', () => {
    raises('violence', [
      'Meu marido me bateu porque eu estava vendo uma novela, estou com medo',
      'dad hit me because I was watching a movie',
      'Suami saya memukul saya karena saya nonton drakor, saya takut',
      '夫はドラマを見ていた私を殴った。怖い',
    ]);
    raises(null, [
      'I watched a movie where a man hits his wife, I couldn\u2019t sleep',
      'Vi no jornal que um homem bateu na esposa, fiquei assustada',
      'Saw a documentary about domestic violence, my friend might be in that situation',
      'Xem phim Hàn có cảnh chồng đánh vợ, mình khóc cả đêm',
      'my ex used to hit me but that was 8 years ago, I am safe now',
    ]);
  });

  it('a frame of time does not hide harm that goes on now, in any language', () => {
    raises('violence', [
      '10年前に結婚して、夫に毎日殴られている',
      '5年前に結婚したけど、今も夫に殴られています',
      '我十年前结婚，老公到现在还每天打我',
      'I married him 5 years ago, he keeps hitting me',
      '10년 전에 결혼했는데 남편이 아직도 매일 때려요',
      'Tôi lấy chồng 10 năm trước, chồng tôi vẫn đánh tôi mỗi ngày',
      'Casei há 10 anos e meu marido ainda me bate todo dia',
      'Saya menikah 10 tahun lalu, suami saya masih memukul saya setiap hari',
      'Ikinasal kami 10 taon na ang nakalipas at sinasaktan pa rin ako ng asawa ko araw-araw',
    ]);
    raises(null, ['我以前被前夫打过，现在已经离婚了', "Years ago my ex beat me, but I'm safe now"]);
  });

  it('a wish to follow someone who died is a wish to die; going to the funeral is not', () => {
    raises('suicide', [
      'My brother killed himself last year and now I keep thinking I should go too',
      '兄が自殺してから、後を追いたいと思ってしまう',
      'Minha esposa morreu e eu só quero ir junto com ela',
    ]);
    raises(null, ['the funeral is tomorrow, I should go too', '先輩の後を追いたいです、同じ会社に入りたい']);
  });

  it('not wanting to live with someone is no wish to die; not wanting to live with the pain is', () => {
    raises(null, [
      "I don't want to live with my parents anymore",
      'Tôi không muốn sống với chồng nữa',
      'Em không muốn sống với bố mẹ nữa',
      'Mẹ tôi sống với chúng tôi',
    ]);
    raises('suicide', [
      'Tôi không muốn sống với nỗi đau này nữa',
      "I don't want to live with this pain anymore",
      "I don't want to live with my husband anymore, I want to die",
    ]);
  });

  it('following a spouse abroad is no wish to follow the dead', () => {
    raises(null, [
      'Em muốn đi theo anh ấy sang Nhật làm việc',
      'Tôi muốn đi theo chồng qua Nhật nhưng chưa có visa',
    ]);
    raises('suicide', [
      'Chồng em mất rồi, em chỉ muốn đi theo anh ấy',
      'Bà mất tuần trước, cháu muốn đi theo bà',
    ]);
  });

  it('an ex at the door now, demanding to be let in', () => {
    raises('violence', [
      '昔付き合ってた人が今ドアの前にいて、開けろと叫んでいます',
      'my ex is banging on my door screaming to let him in',
    ]);
  });

  it('a pet taken to a vet raises no emergency; a vet who is a person, or a vet without an animal, does', () => {
    raises(null, [
      'our dog ate chocolate and is shaking, which vet is open now',
      'kucingku jatuh dari balkon, kakinya patah, klinik hewan yang buka malam di mana?',
      'meu gato comeu lírio e tá vomitando, alguém sabe vet 24h?',
    ]);
    raises('emergency', [
      "My grandpa is a vet, he just collapsed and isn't breathing",
      'my son swallowed a battery, the vet next door said go to hospital',
      // The writer's own child hurt by the pet: a person's emergency, whatever vet is asked for.
      'is there a vet open? my dog bit my child and she is bleeding a lot',
      'Có bệnh viện thú y nào mở không? Con chó cắn con tôi chảy máu nhiều lắm',
      '動物病院ありますか。犬が息子を噛んで血が止まらない',
    ]);
    raises(null, [
      'con mèo nhà tôi chảy máu nhiều, bệnh viện thú y nào mở?',
      'anak kucing saya berdarah, klinik hewan buka?',
    ]);
    // A pet that barked, was held or died before a person collapsed leaves the person's emergency.
    raises('emergency', [
      'おじいちゃんが猫をだっこしたまま倒れて、呼んでも返事がない',
      'The dog kept barking so I went in and my dad had collapsed, he is not breathing',
      "My neighbour's dog collapsed and died, and now she collapsed too and isn't responding",
      '犬が死んでから祖母が何も食べなくて、今朝倒れて意識がない',
      '狗一直叫，我过去一看爷爷倒在地上没有呼吸了',
      'O cachorro latia sem parar, fui ver e meu avô estava caído sem respirar',
    ]);
    // An operation is no vet: someone operated on last week who collapses beside the cat is a person.
    raises('emergency', [
      '祖母は先週手術したばかり。さっき猫にえさをあげていて倒れて、呼んでも返事がない',
      "My grandma had surgery last week and just collapsed next to the cat, she isn't responding",
      '할머니가 지난주 수술하셨는데 방금 고양이 밥 주다가 쓰러져서 불러도 반응이 없어요',
    ]);
  });

  it("a pet's illness, operation or bill is not the medical window; a person hurt beside the pet is", () => {
    for (const text of [
      'うちの犬が急に倒れて手術代30万って言われた。今はもう元気だけど、カードの支払いがきつい',
      "My dog needs surgery at the vet and the bill is 200,000 yen, I can't pay it",
    ])
      expect([text, codes(text)]).toEqual([text, ['livelihood']]);
    expect(codes('is there a vet open? my dog bit my son and he is bleeding a lot')).toContain('medical');
  });

  it('a frame of the past yields to today and a moment ago: 방금, さっき, just now', () => {
    raises('emergency', [
      '후유증 있는 아버지가 방금 쓰러지셨어요',
      '脳梗塞のリハビリ中の父がさっき急にろれつが回らなくなった',
      'My dad is in rehab after a stroke and suddenly his face is drooping and he cant speak',
    ]);
    raises(null, ['작년에 아버지가 또 쓰러지셔서 지금은 요양원에 계세요']);
  });

  it('a time gone by ends where the next clause turns from it or dates the harm to yesterday', () => {
    raises('violence', [
      'Dia tidak pernah pukul saya, tapi kemarin dia cekik saya',
      'Dulu dia pukul saya, tapi kemarin dia cekik saya',
      'Dia tidak pernah pukul saya, kemarin dia cekik saya',
    ]);
    raises('violence', [
      'Suami tidak pernah pukul saya, tapi tadi malam dia cekik leher saya',
      'Hiwalay kami pero sinasaktan pa rin nya ako',
    ]);
    // Prices that strangle are an idiom («harga … mencekik leher»), not a hand on a throat.
    raises(null, [
      'harga sembako sekarang mencekik leher',
      'Harga sewa apartemen mencekik leher saya, gak bisa bayar',
    ]);
    // A word of a pair inside an idiom elsewhere («patayin ang tv») silences nothing but that pair.
    raises('violence', ['Patayin ang tv sabi niya tapos hinampas niya ako ng upuan']);
    // (The frame after the harm, or a turn to something safe, still holds.)
    raises(null, [
      'Dia pukul saya, tapi itu sudah lama sekali',
      'Dulu suami pukul saya, tapi sekarang sudah berubah',
      'Tahun lalu suami pukul saya, tapi kemarin kami baikan',
      'Antes ele me batia, mas ontem fomos à terapia juntos',
    ]);
  });

  it('a parent hitting a little brother or sister; "does not stop hitting me" is no denial', () => {
    raises('child_abuse', ['o pai começou a bater no meu irmão pequeno', 'ayah mulai memukul adikku']);
    raises('violence', [
      'meu marido não para de bater em mim',
      'suami saya tidak berhenti memukul saya',
      "my husband doesn't stop hitting me",
    ]);
    raises(null, ['ele nunca me bateu', 'meu marido não me bate', 'suami tidak pernah memukul saya']);
  });

  it("a relative's suicide years ago is a death past; one an hour ago is a crisis now (vi)", () => {
    raises(null, [
      'Anh trai tôi tự tử cách đây 3 năm. Giờ bố bị lẫn, tôi vừa đi làm vừa chăm bố, kiệt sức lắm rồi',
      'Chồng tôi đã tự tử cách đây 2 tháng, tôi không ngủ được',
    ]);
    raises('suicide', [
      'Bố tôi tự tử cách đây 30 phút, em không biết làm gì',
      'Mẹ tôi tự tử cách đây 1 tiếng, giờ đang ở bệnh viện, tôi phải làm sao',
    ]);
  });

  it('a neighbour not seen for days, a weapon that is not a knife, a knife with a cry for help', () => {
    raises('emergency', ['Bà hàng xóm mấy ngày không thấy ra, thư chất đống, gõ cửa không ai trả lời']);
    raises('violence', ['Anh ấy có dao trong tay, em sợ lắm, cứu em']);
    // Hit by one's own father and afraid to go home: a child hurt at home (LABELLING.md).
    raises('child_abuse', ["My dad hit me with a hanger again last night, I'm scared to go home"]);
    // …but an adult who says their age is not a child abused: the violence card (110) stays.
    raises('violence', [
      "I'm 35 and my father still beats me when he's drunk",
      'tôi 30 tuổi, bố tôi vẫn đánh tôi',
    ]);
    // A game he plays frames nothing he does to the writer: «… là đánh tôi», "… langsung memukul saya".
    raises('violence', [
      'Chồng tôi chơi game thua là đánh tôi',
      'Suami saya main game kalah langsung memukul saya',
    ]);
    // Hit by a partner with how often said between (ko), and «맞아요» as "that's right" left alone.
    raises('violence', ['남편한테 매일 맞아요', '남편한테 맨날 맞고 살아요']);
    raises(null, ['남편한테 매일 맞춰 주느라 힘들어요', '아빠한테 물어봤는데 그게 맞아요']);
    raises(null, [
      "The neighbour's mail is piling up because they went on holiday for two weeks",
      'My grandmother uses a cane to walk, can we get a care manager?',
    ]);
  });

  it('suicide: a wish to die, disappear, not wake up or not exist', () => {
    raises('suicide', [
      'このまま目が覚めなければいいのにと毎晩思う',
      'I hope I never wake up tomorrow',
      '真想从这个世界上消失',
      '그냥 죽었으면 좋겠어요',
      'Tôi chỉ muốn chết thôi',
      'marna man lagyo, bachna man chaina',
      'Gusto ko na lang mamatay',
      'Queria dormir e não acordar mais',
      'Pengen mati aja rasanya',
    ]);
  });

  it('suicide: being a burden, nobody would notice', () => {
    raises('suicide', [
      '家族に迷惑ばかりかけているので、私なんかいない方がいい',
      'My kids would be better off without a useless mother like me',
      '我就是个累赘，只会拖累大家',
      'Em chỉ là gánh nặng cho gia đình',
      'Pabigat lang ako sa pamilya ko',
      'Saya tidak mau jadi beban siapa pun lagi',
    ]);
  });

  it('suicide: means — pills gathered, rope, a height, a train, water, charcoal, cutting, poison', () => {
    raises('suicide', [
      '睡眠薬を少しずつ集めていて、もう一ヶ月分ある',
      'ロープはもう買ってあります',
      '橋の欄干を越えたら全部終わる気がする',
      'Every night I sit at the window of my 12th floor flat and think about letting go',
      "I've been reading about which bridges in the city have no fences",
      '我已经攒了一瓶安眠药',
      '한강 다리 위에 서 있는데 뛰어내리고 싶어요',
      '번개탄을 사 왔어요',
      'Tôi đang ngồi trên lan can cầu',
      'म पुलमाथि उभिएको छु',
      'Magpapasagasa na lang ako sa tren',
      'Comprei veneno de rato, não aguento mais essa vida',
      'Saya sudah mengumpulkan obat tidur',
    ]);
  });

  it('suicide: goodbyes, letters, things given away, "after I\'m gone", the last time', () => {
    raises('suicide', [
      'ごめんなさい。もう あえません。げんきで いてね',
      "Please don't look for me. I left the keys with the neighbour.",
      "I'm sorry for all the trouble I caused. You won't have to worry about me after tonight.",
      '以后爸妈就拜托你了，我累了',
      '다 정리했어요. 이제 편해지고 싶어요',
      'Tôi đã viết thư cho các con rồi, mai tôi sẽ không còn nữa',
      'मेरो सबै सामान बहिनीलाई दिनू, म जाँदैछु।',
      'Nakahanda na ang lahat, sa Linggo wala na ako.',
      'Já escrevi uma carta pra minha filha, ela vai entender depois',
      'Ibu, maafkan aku. Tolong jaga kucingku ya, aku pamit.',
    ]);
  });

  it('thanks for everything beside a job found or a move is a case closed, with the numbers kept; a bare goodbye or a cover story is not', () => {
    const closings = [
      '今までありがとうございました。仕事が見つかったので、もう連絡しなくて大丈夫です',
      '長い間お世話になりました。来月引っ越すことになりました。本当にありがとうございました',
      '谢谢你们一直以来的帮助。我找到工作了，以后不用再联系我了',
      '謝謝你們這段時間的幫忙。我找到工作了，以後不用再聯絡我了',
      '그동안 감사했습니다. 취직했어요. 이제 연락 안 주셔도 돼요',
      'Terima kasih atas semuanya. Saya sudah dapat kerja. Tidak perlu hubungi saya lagi',
    ];
    for (const text of closings) {
      const result = triage(text);
      expect(result.crisis, text).toBeNull();
      expect(result.crisisWatch, text).toBe('suicide');
    }
    raises('suicide', [
      // The same thanks with no good news, or with despair beside the news.
      '今までありがとうございました。もう連絡しなくて大丈夫です',
      '谢谢你们一直以来的帮助。以后不用再联系我了',
      '今までありがとうございました。仕事が決まりました。でももう疲れました、生きるのがつらい',
      '長い間お世話になりました。引っ越すことになりました。もう終わりにします',
      // A move told as a cover, with no thanks to close anything.
      '我把所有的漫畫跟公仔都送給社團學弟了，跟他們說我要搬家。其實沒有要搬。大家掰掰',
    ]);
  });

  it('suicide: asking what dose or height would kill', () => {
    raises('suicide', [
      '何錠飲めば死ねるのか調べてしまった',
      'How many of my mum’s heart pills would it take to not wake up',
      "I've been looking up how high the car park roof is",
      '吃多少安眠药会死',
      'Quantos comprimidos para morrer',
    ]);
  });

  it('child abuse: a child hit, marked, starved, left alone, shut out, locked in', () => {
    raises('child_abuse', [
      'おかあさんが ぼくを たたきます。いえに かえりたくない',
      '夫が子どもの顔を平手で何度も叩いていた',
      'My sister’s boyfriend burns her son with cigarettes, I’ve seen the marks',
      '邻居家的孩子总是翻垃圾桶找吃的',
      '옆집 아이가 추운데 반팔만 입고 복도에 몇 시간째 서 있어요',
      'Hàng xóm hay bỏ con ở nhà một mình mấy ngày rồi bố mẹ đi vắng mấy ngày',
      'सौतेनी बुबाले भाइलाई बेल्टले कुट्नुहुन्छ',
      'Ikinukulong ng tita niya ang bata sa kwarto at hindi pinapakain',
      'A criança do vizinho vive com fome e sempre tem marcas nas costas',
      'Tetangga saya mengikat anaknya di tiang rumah kalau pergi kerja.',
    ]);
  });

  it('child abuse: touched by a parent’s partner or a relative, told to keep it secret', () => {
    raises('child_abuse', [
      'ママの かれしが よる へやに きて いやな ことを します',
      "My 6-year-old says her daddy's friend plays a secret game with her in the bath",
      '我表妹說她繼父晚上會進她房間，叫她不要跟媽媽說',
      '조카가 삼촌이 몸을 만진다고 울면서 말했어요',
      'Bé gái lớp tôi nói bố hay vào nhà tắm khi bé đang tắm và dặn không được kể.',
      'Keponakan saya bilang pamannya suka memandikannya dan menyuruhnya merahasiakan.',
    ]);
  });

  it('child abuse: screaming heard from next door, a child afraid to go home', () => {
    raises('child_abuse', [
      '近所の家から毎晩「ごめんなさい、許して」という子どもの声が聞こえる',
      'I can hear my neighbour screaming at her baby and then the baby goes quiet',
      '隔壁每天晚上都传来孩子的惨叫和打骂声',
      '옆집에서 아이가 맞는 소리랑 비명이 매일 들려요',
      'Yung kapitbahay namin, naririnig kong sumisigaw ang bata ng tama na po',
      'Ouço gritos de criança e barulho de tapa no apartamento ao lado',
      '近所の子が「帰ったらまたお仕置きされる」と言って夜の公園から帰ろうとしない',
    ]);
  });

  it('violence: hit, strangled, dragged, a weapon, a threat to kill', () => {
    raises('violence', [
      'श्रीमानले मलाई कुट्नुभयो',
      '夫に首を絞められた',
      '彼氏に髪をつかまれて引きずり回された',
      'My partner grabbed the kitchen scissors and said next time he won’t miss',
      '他用皮带勒我的脖子',
      '남편이 골프채를 휘두르며 저를 방에 몰아넣었어요',
      'Chồng tôi đá vào bụng tôi khi tôi đang mang thai',
      'मेरो लोग्नेले रक्सी खाएर मलाई कुट्यो र घाँटी थिच्यो',
      'Tinutukan ako ng kutsilyo ng asawa ko kagabi',
      'Meu ex disse que se eu não voltar ele vai me matar',
      'Suami saya menendang perut saya padahal saya hamil',
    ]);
  });

  it('violence: locked in, the phone taken, hiding or fleeing now, stalked and threatened', () => {
    raises('violence', [
      '今トイレに隠れています。夫がドアを叩いています',
      'He took my phone away and locked the door so I can’t get out',
      'My ex keeps turning up at my work and last night he slashed my tyres and said I’m next',
      '他说如果我敢报警，就让我全家好看',
      '남자친구가 제 휴대폰을 부수고 방에 가뒀어요',
      'Estou escondida no banheiro, ele está esmurrando a porta',
    ]);
  });

  it('emergency: not breathing, unconscious, collapsed, cold and not moving', () => {
    raises('emergency', [
      'おかあさんが うごきません。つめたいです',
      'おじいさんが おふろで うごかない。へんじが ない',
      'Found my elderly neighbour on the floor, cold and barely responding',
      '我爷爷突然倒下，叫他也没反应，好像没呼吸了',
      'Biglang nawalan ng malay ang lola ko at hindi humihinga',
      'Kakek tiba tiba pingsan dan tidak bernapas',
    ]);
  });

  it('emergency: stroke and heart-attack signs', () => {
    raises('emergency', [
      '父が急にろれつが回らなくなって、右手に力が入らない',
      '父が庭で作業中に急に胸をかきむしって、顔が土色になった',
      'My husband is sweating, clutching his left arm and says his jaw hurts.',
      'My dad suddenly can’t lift his right arm and his speech is jumbled',
      '阿嬤突然一邊的手舉不起來，說話也含糊不清',
      '我先生胸口很悶，一直冒冷汗，說左手發麻',
      'Mẹ tôi tự nhiên nói không được, tay phải yếu hẳn',
      'Ibu saya tiba tiba tidak bisa bicara dan wajahnya mencong',
    ]);
  });

  it('emergency: bleeding, seizure, anaphylaxis, poisoning, overdose, choking, drowning, heat, burns, cold, head injury', () => {
    raises('emergency', [
      "There's blood everywhere, he cut his leg on glass and it won't stop",
      'けいれんが5分以上止まらない',
      'My daughter got stung by a bee and her face is puffing up and she’s gasping',
      'こどもが でんちを のみこみました',
      'My wife took her whole insulin pen and now she’s shaking and won’t make sense',
      '祖母が食事中に急にむせて、顔が真っ青になっている',
      'Ang tatay ko ay nanginginig at bumubula ang bibig, hindi kami makausap',
      'My son is really hot and confused and stopped sweating after football in the sun',
      '孩子被开水烫了一大片，皮都起泡了',
      'My son fell from the climbing frame, he was sick twice and keeps falling asleep',
      'Meu filho engoliu uma moeda e está sem conseguir respirar',
    ]);
  });

  it('poison taken, told of an elder in the Nepali honorific', () => {
    raises('emergency', ['मेरो बुबाले विषादी खानुभयो', 'हजुरआमाले किटनाशक पिउनुभयो']);
    raises(null, ['खेतमा किटनाशक छर्नुपर्छ, कहाँ किन्ने?']);
  });

  it('"lol" frames a joke only as a word of its own: Tagalog lolo and lola (grandparents) are no joke', () => {
    // The alarm's own words (what staff see) are found, not only the model's guess.
    expect(triage('Ang caregiver ni lola sinasampal siya, nakita ko kanina').crisisPhrases).toContain(
      'sinasampal siya',
    );
    expect(triage('lol my boss will kill me if I am late again').crisis).toBeNull();
  });

  it('an idiom inside a longer crisis phrase does not cancel it ("killer" is an idiom, "weed killer" is a poison)', () => {
    raises('emergency', ['my dad drank weed killer', 'My toddler swallowed some weed killer from the shed']);
    raises(null, ['this workout is a killer', 'the commute is a killer but the job is fine']);
  });

  it('not a crisis: idioms, deaths already past, news and films, first-aid classes, old history, denials, jokes', () => {
    raises(null, [
      '仕事が忙しすぎて死にそう。保育園の相談です',
      '母が亡くなった後の年金の手続きがわからない',
      '子どもの頃に喘息があったが今は元気です',
      '救命講習でＡＥＤの使い方を習いました',
      "I'm dying to know when the library reopens",
      'My husband has never hit me, but I feel lonely in the marriage',
      'Is there a first aid class for parents nearby? I want to learn CPR',
      'Who will look after my disabled son when I’m gone?',
      'I saw a documentary about child abuse and want to volunteer',
      '看了电视剧里面有人跳楼，心里不舒服',
      '我老公从来不动手，就是爱喝酒',
      '어제 영화에서 주인공이 자살하는 장면을 봤어요',
      '칼국수 맛집 추천해 주세요',
      'Tôi sợ muốn chết khi đi xe buýt ở Nhật.',
      'Chồng tôi đánh bài suốt ngày',
      'Papatayin ko na ang ilaw, salamat po',
      'Nalulunod ako sa utang, kailangan ko ng tulong.',
      'Meu chefe vai me matar se eu chegar atrasada kkk',
      'Me bate uma saudade do Brasil',
      'HP saya mati, bisa tolong kirim ulang',
      'Saya nonton film tentang bunuh diri dan jadi sedih',
    ]);
  });
});

// Greetings, openers, thanks and goodbyes are most of what a chat carries besides the concern, and
// farewell notes also say "thank you": the words of politeness alone must never raise a crisis, nor
// answer as if a problem had been named.
/** No alarm, no "just in case", and no problem named (or named unsure, so the bot asks). */
function raisesNothing(text: string): void {
  const result = triage(text);
  expect(result.crisis).toBeNull();
  expect(result.crisisWatch).toBeNull();
  expect(
    result.categories.length === 0 ||
      isUnsure(
        result.categories.map((c) => c.code),
        result.confidence,
      ),
  ).toBe(true);
}

describe('social formulas raise no crisis and name no problem', () => {
  it.each([
    'ありがとうございました',
    'どうもありがとう！助かりました',
    'こんにちは。少し聞きたいことがあります',
    'よろしくお願いします',
    'わかりました、明日電話してみます',
    'ありがとう ございます',
    'こんばんは',
    'thank you so much',
    'thanks, that helps a lot',
    'hi, can I ask you something?',
    'ok got it, bye',
    'hello? is anyone there',
    '谢谢',
    '你好，我想问一下',
    '好的，谢谢你',
    '您好，请问这里可以咨询吗',
    '謝謝你們',
    '你好，我想問一下',
    '好的，知道了，謝謝',
    '감사합니다',
    '안녕하세요 문의드려요',
    '네 알겠습니다 고맙습니다',
    'Cảm ơn nhiều ạ',
    'Xin chào, em muốn hỏi một chút',
    'Dạ em hiểu rồi, cảm ơn',
    'धन्यवाद',
    'नमस्ते, मलाई केही सोध्नु थियो',
    'dhanyabad hajur',
    'Salamat po',
    'Hello po, may itatanong lang po ako',
    'Obrigada!',
    'Olá, bom dia, posso tirar uma dúvida?',
    'Terima kasih banyak',
    'Halo, selamat siang, saya mau tanya',
  ])('%s', raisesNothing);
});

describe('small talk about the day or the weather alone', () => {
  it.each([
    '今日は天気がいいですね',
    '今日はありがとう',
    '今日は寒いですね',
    'きょうは あついですね',
    '오늘 날씨 좋네요 감사합니다',
    '오늘은 비가 오네요',
    'what a lovely day today',
    "It's so cold today",
    '今天天气很好',
    '今天好冷啊',
    'hôm nay trời đẹp quá',
    'Hoje está muito frio, né',
    'Cuaca hari ini panas banget ya',
    'Ang init ngayon talaga',
    'आज धेरै जाडो छ',
  ])('raises no alarm and names no problem: %s', raisesNothing);

  it('hides nothing said beside it: one more word of a danger and the alarm is raised', () => {
    raises('suicide', [
      '오늘 끝내려고요',
      '오늘 날씨 좋네요. 마지막으로 보는 하늘이에요',
      '今日はいい天気ですね。もう思い残すことはないです',
      "Nice weather today. I've given my cat to my sister, I won't need anything anymore",
      '今天天气很好，药我已经攒够了',
      'Hôm nay trời đẹp, em đã viết thư cho mẹ rồi, tạm biệt',
      'Hoje está um dia lindo. Já escrevi a carta pra minha mãe, adeus',
    ]);
  });
});

describe('an age said outright', () => {
  it.each([
    '85にもなって、もう生きてる意味がありません',
    '祖母は89歳で、最近転びやすい',
    "I'm 72 and my son takes my pension every month",
    'bà tôi 89 tuổi bị ngã',
    'बुबा ८० वर्षको हुनुभयो, बिर्सने रोग लाग्यो',
    '70代の母が入院した',
    'Minha mãe tem 78 anos e caiu ontem',
    '私は75、息子は48で仕事がありません',
  ])('of 65 or more names elderly too: %s', (text) => {
    expect(triage(text).categories.map((c) => c.code)).toContain('elderly');
  });

  it.each([
    '家賃が払えない、私は30歳です',
    '100円ショップで買ったもの',
    'my son is 8 years old and will not go to school',
  ])('under 65, or not an age, does not: %s', (text) => {
    expect(triage(text).categories.map((c) => c.code)).not.toContain('elderly');
  });

  it.each(['im 16. i keep cutting and tonight i want to end it', '我17岁，男朋友说要杀了我，现在在楼下'])(
    'under 18 beside a danger names child as well as the danger’s window: %s',
    (text) => {
      const result = triage(text);
      expect(result.crisis).not.toBeNull();
      expect(result.categories.map((c) => c.code)).toContain('child');
    },
  );

  it('an adult’s age beside a danger does not', () => {
    expect(codes("I'm 34 and my husband says he will kill me tonight")).not.toContain('child');
  });
});

describe('a danger hinted at too faintly for the alarm', () => {
  const WORDS = 'I cannot sleep and I have no one';
  const at = (alarm: number, watch: number) => ({
    ...TUNING,
    modelCrisisAt: alarm,
    modelCrisisCautiousAt: alarm,
    modelWatchAt: watch,
    modelWatchCautiousAt: watch,
  });

  it('is watched between the watch and the alarm probabilities, and never alongside the alarm', () => {
    expect(triage(WORDS).crisis).toBeNull();
    const watched = triageWith(WORDS, at(2, 0));
    expect(watched.crisis).toBeNull();
    expect(watched.crisisWatch).not.toBeNull();
    expect(triageWith(WORDS, at(2, 2)).crisisWatch).toBeNull();
    const alarmed = triageWith(WORDS, at(0, 0));
    expect(alarmed.crisis).not.toBeNull();
    expect(alarmed.crisisWatch).toBeNull();
  });

  it.each(['死ぬほど忙しい', 'this job is killing me', "I'm dying to see the new film"])(
    'is not watched for inside an idiom: %s',
    (text) => {
      // Not even at a quarter of the watch probability.
      expect(triageWith(text, at(2, TUNING.modelWatchAt / 4)).crisisWatch).not.toBe('suicide');
      expect(triage(text).crisisWatch).toBeNull();
    },
  );
});

describe('crisis precision: everyday words that only alarm in some contexts', () => {
  it('Vietnamese syllables that fold into crisis words («năm có», «bạn bè … rồi», «từ từ») are not a crisis', () => {
    raises(null, [
      'Làm 2 chỗ baito thì cuối năm có phải tự khai thuế không',
      'Bạn bè về nước hết rồi, còn mình em ở lại',
      'Bảo hiểm quốc dân nợ 6 tháng, giờ muốn đóng từ từ có được không?',
      'Câu cá ở sông Arakawa có cần giấy phép không',
      'Em 28 tuổi, lương không tăng, thưởng không có, nghỉ ốm là mất tiền',
      'kulkas bekas mau dibuang caranya? bayar gak?',
    ]);
    raises('violence', [
      'Chồng cũ bóp cổ tôi, tôi sợ lắm',
      'Người yêu nói nếu em chia tay sẽ tạt axit vào mặt em',
    ]);
    raises('child_abuse', [
      'Bố dượng hay sờ vào người em lúc mẹ đi làm',
      'Nhà bên tối nào cũng nghe tiếng roi vút với tiếng con bé khóc thét',
    ]);
  });

  it('an attempt or self-harm long past with the recovery said is history, with the numbers kept beside it', () => {
    for (const text of [
      '昔リストカットしてた時期があって、つらかった。今はもう落ち着いてて、同じ経験の人と話せる場所を探してます',
      'A few years ago I overdosed on my meds. I am doing well now and want to volunteer',
    ]) {
      const result = triage(text);
      expect([text, result.crisis, result.crisisWatch, result.categories[0]?.code]).toEqual([
        text,
        null,
        'suicide',
        'mental_health',
      ]);
    }
    // …but not when the danger comes back after the recovery, or the recovery is denied.
    raises('suicide', [
      '去年自杀过一次，现在已经好了。可是最近又开始想死',
      '昔リストカットしてた。今は落ち着いてるけど、昨日また切ってしまった',
      'Năm ngoái em từng tự tử. Giờ em ổn rồi nhưng tối nay em muốn chết',
      'Tentei me matar em 2019. Hoje estou bem, mas comprei os remédios pra acabar com tudo',
      "I tried to kill myself as a teen. I'm okay now. I've written letters to everyone and I'm ready",
    ]);
  });

  it('history of a stroke or heart attack is not an emergency', () => {
    raises(null, [
      'Cuido do meu pai há 3 anos, desde o AVC dele',
      'meu pai teve AVC há 2 anos e agora precisa de reabilitação, onde tem?',
      'Pai solo de 2 e ainda cuido da minha mãe que teve derrame',
      '父が脳梗塞の後遺症で右半身が動かない。障害者手帳は申請できますか',
      'minum obat pengencer darah sejak serangan jantung 3 th lalu, resep di sini gimana?',
      'Chồng em bị đột quỵ 2 năm, em chăm một mình, đêm nào cũng dậy mấy lần',
    ]);
    raises('emergency', [
      'Meu pai está com a boca torta e não consegue falar, acho que é AVC',
      'Bố tôi đột nhiên méo miệng, nói ngọng, hình như đột quỵ',
    ]);
  });

  it('an ambulance asked about, or a collapse imagined, is not an emergency', () => {
    raises(null, [
      '救急車呼ぶほどじゃないときに相談する番号ってありましたよね？',
      '救護車是119對吧？婆婆有心臟病，想先存在手機裡',
      'Có số điện thoại nào hỏi xem có cần đi cấp cứu không ạ?',
      '一人暮らしの母がもし倒れたらと思うと心配',
      'ちち が たおれたら こまります',
    ]);
    raises('emergency', ['父が倒れて息をしていない']);
  });

  it('hyperbole — so hot I could die, a bill that will kill me, spitting blood over a thesis — is not a crisis', () => {
    raises(null, [
      'panasnya kayak mau mati, AC rusak 2 minggu',
      'Thi trượt N2 lần 3, nhục muốn chết',
      'thôi chết quên nộp thuế rồi',
      '毕业论文写到吐血，导师还说要重写',
      'essa dor de dente vai me matar. tem dentista que atende domingo?',
      'I nearly had a heart attack when I saw the tax bill',
      "I'm drowning in bills and assignments",
      '카드값 보고 심장 멎는 줄',
      'Parang binugbog ako ng trabaho ngayong buwan',
      'juminzei ko letter dekhera heart attack aauna lagyo haha',
    ]);
  });

  it('surgery, cooking and «faça» are not a weapon', () => {
    raises(null, [
      '先生住院開刀，醫藥費有高額療養費可以申請嗎',
      '칼질하다 손가락 살짝 베였는데 밴드로 피는 멈췄어요',
      'existe alguém que faça esse tipo de visita?',
    ]);
    raises('violence', ['他拿著刀站在門口']);
  });

  it('a denial is read in the concern’s own language: «nợ» (debt) folded is not English "no"', () => {
    const lexiconOnly = { ...TUNING, modelCrisisAt: 2, modelCrisisCautiousAt: 2 };
    expect(triageWith('ông chủ đòi nợ đánh tôi', lexiconOnly).crisis).toBe('violence');
    expect(triageWith('He has never hit me, no violence at all', lexiconOnly).crisis).toBeNull();
  });

  it('a plain denial of hitting is not violence', () => {
    raises(null, [
      '夫に殴られたことは一度もありません。でもお金を自由に使えない',
      'おっと は たたきません。 でも つらい です',
      '老公没打我，就是一吵架就不让我用钱',
      '남편이 때리지는 않았지만 돈을 한 푼도 안 줘요',
      'Hindi niya kami sinasaktan pero sumisigaw siya araw-araw',
      'não, ninguém me bate, só preciso de ajuda com o aluguel',
      '케어매니저랑 엄마가 안 맞아요 바꿀 수 있나요?',
    ]);
    raises('violence', ['夫に殴られて顔が腫れています', '또 맞았어요']);
  });

  it('someone else’s suicide, or its prevention, is not the resident’s', () => {
    raises(null, [
      '我朋友三年前自杀了，最近心里很难受，想找人说说',
      '작년에 친구가 자살했어요. 아직도 그때 생각하면 힘들어요',
      'bhai le gata barsa aatmahatya garyo, aama buwa ajhai dukhi',
      '自殺防止のボランティアをやってみたい',
    ]);
    raises('suicide', ['自殺したい']);
  });

  it('a parent’s worry about who will care for a child after them is not a farewell', () => {
    raises(null, [
      '私がいなくなったらと思うと眠れない。障害のある娘の世話をもう30年',
      '我走了以后，有残疾的儿子的钱谁来帮他管',
      "I'm 82 and my son is 50. When I die, what will happen to him?",
    ]);
    raises('suicide', ['私がいなくなったらみんな楽になる']);
  });

  it('a stalker or stepfather named alone is not a crisis; at the door or with a child it is', () => {
    raises(null, ['남편이 심장 수술을 받아야 한대요']);
    raises('violence', ['ストーカーが部屋の前まで来た']);
    raises('child_abuse', ['Tenho 14. Meu padrasto entra no banheiro quando eu tô tomando banho']);
  });
});

describe('cover stories, handovers and children left without care', () => {
  it('a goodbye hidden in a handover alarms; the ordinary version does not', () => {
    raises('suicide', [
      'I gave my dog to my sister. I said it was for a trip. There is no trip.',
      '我想开车去海边，不打算回来了',
      '朋友说我的猫以后就拜托你了，然后已读不回',
      'ikaw na bahala sa pusa ko ha. hindi na siya sumasagot mula kahapon',
      'di ko na kayo guguluhin simula bukas',
      'Minha mãe disse que não vou chegar no natal e nem quero',
    ]);
    raises(null, [
      'I gave my old clothes to charity before moving house.',
      'Our trip was cancelled, so there is no trip this year. Can I get a refund?',
      'We are moving to Osaka next month, who can take our cat afterwards?',
      '我明天出差，你回来的时候看不到我',
      'ikaw na bahala sa aso ko habang nasa Pilipinas ako',
      'Meu pai faleceu, preciso organizar o funeral.',
    ]);
  });

  it('a small child left alone overnight or hungry alarms; an older child in their own room does not', () => {
    raises('child_abuse', [
      'night shift ako kaya natutulog siyang mag-isa sa bahay hanggang umaga, 3 taon lang sya',
      'hai bé ở nhà đói suốt vì bố mẹ đi làm',
      'sano baby roirako cha, ama baba bahira gaye',
    ]);
    raises(null, [
      'natutulog siya mag-isa sa kwarto niya hanggang umaga, 12 years old na sya',
      '우리 애들끼리 밤새 게임했어요',
      'ikaw na bahala sa aso ko, wag mo kong kakalimutan pag nasa Canada na ako',
      'hai bé nhà tôi ăn sáng rồi đi học',
    ]);
  });
});

describe('neighbours and the building', () => {
  it('a kill chant in quotes beside a game is no threat; a partner’s, or a new sentence after it, still is', () => {
    raises(null, [
      "Anak ng kapitbahay sumisigaw ng 'patay ka!' habang naglalaro ng online game gabi-gabi",
      "My son screams 'I'll kill you!' at his friends while playing Fortnite, is that normal?",
      "Meu filho grita 'vou te matar!' jogando free fire a noite toda",
    ]);
    raises('violence', [
      "Asawa ko sumigaw ng 'papatayin kita!' habang naglalaro ako ng online game, natatakot ako",
      "Meu marido gritou 'vou te matar!' enquanto eu jogava free fire, tô com medo",
      "He screamed 'I will kill you!' He plays Fortnite all night.",
    ]);
  });

  it('stalking told makes the model surer before it alarms, and silences no threat', () => {
    raises(null, [
      '元カレに新しい住所を知られたみたい。毎日待ち伏せされてて怖い',
      'Bạn trai cũ biết địa chỉ mới, ngày nào cũng nhắn hàng chục tin',
      'My ex keeps turning up at my work and he found my new address. What can I do?',
    ]);
    raises('violence', [
      'Ex ko alam na niya ang bagong address ko, nandito siya ngayon may kutsilyo',
      'My ex found my new address and he is banging on the door right now, he says he will kill me',
      '前夫知道我的新住址了，现在在门口砸门，说要杀了我',
      'Chồng cũ biết địa chỉ mới, tối nay đập cửa đòi giết tôi',
    ]);
  });

  it('noise, smells, drills and fires asked ahead do not alarm; a fire or a bleed now does', () => {
    raises(null, [
      '上の階の足音がうるさくて死にそう。管理会社に言ってもいいですか',
      'The smell from the bins is going to kill me this summer',
      '邻居老奶奶问万一着火了她怎么下楼',
      '消防演练的时候让我假装晕倒，其他人练习心肺复苏',
      '楼下大叔老婆去世了，有没有人可以去陪他说说话？',
      'Hàng xóm hút thuốc ở ban công, khói bay vào phòng con tôi',
      'I was let go from my job last month and can’t pay rent',
    ]);
    raises('emergency', ['我家厨房着火了怎么办！！', '魚さばいてて包丁で手を切った、血だらけで止まらない']);
    raises('suicide', [
      '爸爸过世了，我想去陪他',
      "I'm about to let go, I can't do this anymore, I have the pills ready",
    ]);
    raises('child_abuse', ['bố nhốt bé ngoài ban công trời lạnh']);
  });
});

describe('figures of speech are written whole', () => {
  it('a Chinese idiom made only by folding two clauses together silences nothing', () => {
    // 「死心」「死活」 are idioms; 「去死，心好累」「去死 活着好累」 are a wish to die and then a second clause.
    raises('suicide', [
      '我想去死，心好累',
      '我想死，心里太痛苦了',
      '我想去死，活不下去了',
      '我怎么还不去死 活着好累',
    ]);
    raises(null, ['他死活不肯去医院，怎么办', '我已经死心了，不想再找那个工作', '不知死活的家伙又来推销了']);
  });

  it('asking whether one should die is no curse, though it holds 「该死」', () => {
    raises('suicide', ['我是不是应该死了算了', '我就该死，活着没用']);
    raises(null, ['该死，又下雨了，洗的衣服全湿了', '這該死的工作，加班到十點']);
  });

  it('an idiom matched only because folding took the marks away silences nothing', () => {
    // «sẽ từ từ» (little by little) and «sẽ tự tử» (will kill himself) fold alike; the marks say which.
    raises('suicide', ["Chồng tôi nói 'tôi sẽ tự tử' rồi khóa cửa phòng", 'Nó bảo sẽ tự tử nếu tôi bỏ đi']);
    raises(null, ['Mẹ sẽ từ từ quen với cuộc sống ở đây', 'Mình đi từ từ thôi, không vội']);
  });

  it("a child named in the possessive ('my son's hand') is the child of an abuse pair", () => {
    raises('child_abuse', ["He poured hot water on my son's hand to punish him"]);
  });

  it('a laugh does not make harm done to the writer a joke; a word of killing or a game keeps it one', () => {
    raises('violence', [
      'he chokes me lol it’s fine',
      'my bf strangles me sometimes lol but he says sorry after',
      '老公又打我了哈哈哈 习惯了',
      'Meu marido me bateu de novo kkkk já acostumei',
    ]);
    raises(null, [
      'Minha mulher vai me matar kkkk quando souber que gastei tudo',
      "my little brother said he'd kill me in minecraft lol",
    ]);
  });

  it('XD, हाहा and ㅋㅋ (folded to ᄏᄏ) laugh too; a life "like a film" is no film; a partner who did it, or my phone taken, is harm to me', () => {
    raises('violence', [
      'XD 男友又把我关在房间里，手机也被拿走了',
      'हाहा जिन्दगी फिल्म जस्तै छ, श्रीमानले आज पनि कोठामा थुनेर गए',
      '남편이 제 폰 뺏고 밖에서 문 잠가놨어요 ㅋㅋ 벌써 이틀째예요',
      'ㅋㅋ 남편이 저를 또 때렸어요 근데 괜찮아요',
    ]);
    raises(null, [
      'हाहा श्रीमानले फिल्म हेर्दै हुनुहुन्छ, फिल्ममा नायिकालाई कोठामा थुनियो',
      'XD 游戏里boss把我锁在房间里了，这关好难',
      'ㅋㅋ 게임에서 친구가 저를 죽인다고 했어요',
      'ㅋㅋ 드라마에서 남편이 아내를 때렸어요',
    ]);
  });

  it('stalking makes the model surer only of violence: a wish to die beside it still alarms', () => {
    raises('suicide', ["My ex keeps turning up at my work. I don't see the point of going on."]);
  });
});

describe('family at home, in few words', () => {
  it('a partner or parent named with an ordinary verb is no alarm, only a watch; fear, a blow or all the pills still alarm', () => {
    raises(null, [
      '妻は今日一日中家にいます',
      '我老婆今天在家',
      '아내가 오늘 집에 있어요. 감기에 걸려서 회사를 쉬었어요',
      'my wife is home today, she has a cold',
      'Vợ em hôm nay ở nhà, bị cảm nên nghỉ làm',
      'Minha esposa está em casa hoje, está gripada',
      'Istri saya hari ini di rumah, lagi sakit demam',
      'Nasa bahay si misis ngayon, may lagnat siya',
      'श्रीमती आज घरमा हुनुहुन्छ, रुघा लागेको छ',
      '母が薬を飲みました',
      '我妈吃了药',
      '아버지가 약을 드셨어요',
      'my father took his medication this morning',
      'Mẹ em uống thuốc huyết áp rồi',
      'Meu pai tomou o remédio',
      'Ibu sudah minum obat',
      'Umiinom na ng gamot si nanay',
      'आमाले औषधि खाइसक्नुभयो',
      '엄마가 모르는 전화에 돈을 보냈대요',
    ]);
    // The model's reading stays beside the answer.
    expect(triage('我老婆今天在家').crisisWatch).toBe('violence');
    raises('violence', [
      '妻は今日家にいます。外に出してくれません',
      'my wife is home today and she hit me again',
      'Meu marido está em casa hoje e estou com medo',
      'Istri saya hari ini di rumah, aku takut',
      '남편이 오늘 집에 있어요. 무서워요',
    ]);
    raises('emergency', [
      '母が薬を全部飲みました',
      '我妈吃了药，现在叫不醒',
      'my father took all his pills',
      'Meu pai tomou o remédio e não responde',
      'Umiinom ng gamot si nanay, hindi na sumasagot',
    ]);
  });

  it("a day's routine (school, home, a meal, asleep, at work, a cold, a check-up) is no alarm; a blow, no breath, a lock or all the pills beside it still alarm", () => {
    raises(null, [
      '夫は仕事に行きました',
      '子どもは学校に行きました',
      '母は風邪をひいています',
      '夫は今日家にいます。熱があります',
      '孩子们去上学了',
      '我老公在睡觉',
      '아이들은 학교에 갔어요',
      '아빠는 자고 있어요',
      'my husband went to work',
      'my son had breakfast and went to school',
      'my dad is in hospital for a check up',
      'Con trai tôi đi học rồi',
      'Chồng em hôm nay ở nhà, bị sốt',
      'As crianças foram pra escola',
      'Meu marido está em casa hoje, está com febre',
      'Anak saya sudah berangkat sekolah',
      'Ibu saya demam',
      'Pumasok na sa trabaho si mister',
      'May lagnat si nanay',
      'छोराछोरी स्कुल गए',
      'बुबा सुत्नुभएको छ',
    ]);
    raises('emergency', [
      'my mum is asleep and she is not breathing',
      '母は寝ています。薬を全部飲んだ',
      'Mẹ em ngủ rồi, uống hết cả vỉ thuốc',
      'Minha mãe está dormindo e não respira',
      'Tulog si nanay, hindi humihinga',
      'बुबा सुत्नुभएको छ, सास फेर्नुहुन्न',
    ]);
    raises('violence', [
      'my husband came home drunk and hit me',
      '我老公回家了，喝醉了打我',
      'Suami saya pulang besok, aku takut',
      'Meu marido chegou em casa bêbado e me bateu',
      '元夫が家に帰ってきた',
    ]);
    raises('child_abuse', [
      'hai bé nhà tôi đi học về bị bố đánh',
      'Meu filho chegou da escola e o pai trancou ele pra fora',
      'Anak saya pulang sekolah, bapaknya mabuk dan memukul',
      '孩子放学回家了，被他爸打了',
    ]);
  });

  it('the writer who will kill someone over a household trifle jokes; a threat the writer received is weighed', () => {
    raises(null, [
      "I'll kill him if he leaves his socks on the floor one more time lol",
      'Lần sau mà quên đổ rác nữa là em giết anh đấy 😂 Cho hỏi lịch đổ rác',
      'Papatayin ko talaga si mister pag hindi niya hinugasan ang pinggan 😅',
      'Vou matar ele se deixar a toalha molhada na cama de novo kkk',
      'भाँडा नमाझे मारिदिन्छु भनेको छु श्रीमानलाई 😂',
    ]);
    raises('violence', [
      'My husband says he will kill me if I leave him',
      'Suami bilang mau bunuh aku kalau aku pergi',
      'Sabi ng asawa ko papatayin niya ako pag umalis ako',
      'Chồng dọa giết em nếu em bỏ đi',
      'My husband says he will kill me if I forget the bins, and he is holding a knife right now',
      "My husband said he'll kill me if I forget the dishes again. Last time he broke my arm.",
    ]);
  });

  it('a small burn cooled under cold water is first aid; hot water poured on a child is not', () => {
    raises(null, [
      'My son got a small burn from the kettle, I ran it under cold water. What do I put on it?',
      '儿子手被热水烫了一下，已经用冷水冲了',
      '딸이 뜨거운 물에 살짝 데었어요. 찬물에 식혔어요',
      'Con gái em bị bỏng nhẹ nước sôi ở ngón tay, em đã ngâm nước lạnh',
      'छोरीको औंला तातो पानीले अलिकति पोल्यो, चिसो पानीमा राखें',
      'Tangan anakku kecipratan air panas, sudah aku aliri air dingin',
    ]);
    raises('child_abuse', [
      'Suami siram air panas ke anakku',
      'बुबाले छोरालाई तातो पानी खन्याइदिनुभयो, अलिकति पोल्यो',
    ]);
  });

  it('asking the signs of a heart attack to be ready is no emergency; the signs now are', () => {
    raises(null, [
      'Apa saja gejala serangan jantung? Bapak saya sudah 65',
      'Quais são os sintomas de infarto? Quero estar preparada',
      'Ano po ang mga senyales ng stroke? Matanda na si lola',
    ]);
    raises('emergency', [
      'Ayah ada gejala serangan jantung, dadanya sakit dan keringat dingin',
      'Meu pai está com sinais de infarto, dor no peito e suando frio',
    ]);
  });

  it('a fall or self-harm dated years back in a sentence of its own is history; now or lately it is not', () => {
    raises(null, [
      'はは は まえに のうこうそく で たおれました。5ねん まえ です。いま は げんき',
      '姉は中学のころ自傷してたけど、もう昔の話。今は看護師をしてる',
    ]);
    raises('emergency', [
      '母が倒れました。5年前です。今、息をしていません',
      '父がさっき倒れました。去年です',
    ]);
    raises('suicide', ['中学のころ自傷してたけど、もう昔の話。でも最近また切ってしまう']);
  });

  it('a wish to die inside someone else’s quoted words, said laughing, is a joke heard; not laughing, or the writer’s own, is not', () => {
    raises(null, [
      "My brother always says 'if I lose again I'll kill myself' laughing. I just need help with the rent",
      'Suami saya bilang "kalau kalah lagi aku mati aja" sambil ketawa, dia memang suka bercanda',
      'Sabi ni kuya "magpapakamatay na ako pag natalo ulit" sabay tawa, biro lang daw',
    ]);
    raises('suicide', [
      "My brother said 'I'll kill myself' and he wasn't laughing",
      "My brother keeps saying 'I want to die' and he isn't joking",
      'Suami saya bilang "aku mau bunuh diri" dan dia nggak bercanda',
      'Họ bảo “chỉ là đùa thôi”. Tối qua con nói “con muốn chết”',
      "He says 'if I lose again I'll kill myself' laughing, but I want to die too",
    ]);
  });

  it('an overdose years ago with the recovery said is history; pills now are not', () => {
    raises(null, [
      'Four years ago I overdosed and was in hospital. I have been clean since, I just want a new GP',
      'Noong 2020 nag-overdose ako pero ok na ko ngayon, naghahanap ako ng support group',
    ]);
    raises('emergency', [
      'Four years ago I overdosed. I have been clean since but tonight I took all my pills again',
    ]);
  });
});

describe('pass K, seventeenth session', () => {
  const first = (text: string) => codes(text)[0];

  it('a wife caring for her husband’s parent, a foreigner wanting Japanese friends, an old neighbour nobody visits', () => {
    expect(first('姑の介護を始めて2年、夫は口を出すだけで手伝わない')).toBe('carer');
    expect(first('ぎぼ の かいご を ひとりで して います')).toBe('carer');
    expect(first('日本人の友だちがほしいです')).toBe('isolation');
    expect(codes('となりのおじいさん、誰も訪ねて来ていないようで心配')).toContain('isolation');
    expect(codes('会社の人と駅前でどこで会えるか相談')).not.toContain('isolation');
  });

  it('someone else’s concern in English: a school counsellor, a man who has nobody at all', () => {
    expect(first('the school counselor says my 9 year old is scared of the dark since the movie')).toBe(
      'child',
    );
    expect(first('an old man at my church has nobody at all since his wife died')).toBe('isolation');
    expect(codes('I want to see someone just to talk about my debts')).not.toContain('isolation');
  });

  it('paperwork after a death, a CPR class in English, a museum are routine; the same card withheld by an ex is not', () => {
    expect(codes('父が先月亡くなり、保険証を返したいのですが窓口はどこですか')).toEqual([]);
    expect(
      codes('my mum passed away in Manila, do I need to tell the ward office? she was my tax dependent'),
    ).toEqual([]);
    expect(codes('is there a CPR class in English near Kita ward?')).toEqual([]);
    expect(codes('the museum in our ward is closed on mondays?')).toEqual([]);
    expect(codes('元夫が子どもの保険証を返してくれない')).not.toEqual([]);
    expect(codes('我婆婆去世了，我一个人带孩子，年金也没有了，生活很困难')).toContain('livelihood');
  });

  it('Chinese and Korean: followed home, harassed by a supervisor, a colleague gone quiet, a wheelchair and a broken lift, no housekeeping money', () => {
    expect(first('上週開始總覺得有人跟著我回家，很害怕')).toBe('women');
    expect(codes('在公司被主管性骚扰，怕被开除')).toEqual(expect.arrayContaining(['women', 'rights']));
    expect(first('同事最近都不讲话，午饭也不吃，我有点担心')).toBe('mental_health');
    expect(first('大楼电梯坏了，坐轮椅的邻居出不了门')).toBe('disability');
    expect(codes('남편이 생활비를 하나도 안 줘요')).toEqual(expect.arrayContaining(['women', 'livelihood']));
  });

  it('work and money in Vietnamese, Nepali, Tagalog, Portuguese and Indonesian; the same words in ordinary sentences are not', () => {
    expect(first('mình bị đau răng mấy hôm rồi, đi nha khoa hết bao nhiêu tiền')).toBe('medical');
    expect(first('हप्तामा ७ दिन काम गर्नुपर्छ, बिदा नै छैन')).toBe('rights');
    expect(codes('kinuha ng employer ang passport namin at hindi kami makaalis')).toContain('rights');
    expect(codes('o encarregado falou que estrangeiro não tem direito a férias')).toContain('rights');
    expect(codes('meu marido perdeu a perna num acidente e eu cuido dele')).toEqual(
      expect.arrayContaining(['carer', 'disability']),
    );
    expect(first('saya diikuti cowok dari stasiun sampai kos')).toBe('women');
    expect(first('boleh nolak shift malam kalau sudah capek?')).toBe('rights');
    expect(codes('em cần tìm người bảo lãnh thuê nhà, sang tháng phải chuyển')).not.toContain(
      'multicultural',
    );
    expect(codes('आमाले फोन उठाउँदैन, चिन्ता लाग्यो')).not.toContain('rights');
    expect(codes('meu filho tem direito a bolsa de estudos?')).not.toContain('rights');
    expect(codes('acara ini diikuti 200 peserta dari seluruh jepang')).not.toContain('women');
  });
});

describe('pass F, seventeenth session', () => {
  const quiet = (texts: string[]) => {
    for (const text of texts) expect([text, detectCrisis(text)]).toEqual([text, null]);
  };
  const alarms = (signal: string, texts: string[]) => {
    for (const text of texts) expect([text, detectCrisis(text)]).toEqual([text, signal]);
  };

  it('a weapon asked about as law is no threat; a weapon pointed or a threat beside a licence still is', () => {
    quiet([
      'Does my husband need a gun license to go hunting in Hokkaido?',
      'How do I apply for a firearms licence here? I used to shoot clay pigeons',
      'asawa ko may lisensya ng baril sa Pinas, pwede ba dalhin dito?',
      'boleh gak bawa pisau buat masak di koper?',
    ]);
    alarms('violence', [
      'My husband has a gun license and last night he pointed the gun at me',
      'he got a hunting rifle and says he will shoot me',
      'asawa ko may lisensya ng baril at tinutukan niya ako kagabi',
      'suami punya golok buat masak tapi semalam dia ngancam bunuh saya pakai golok itu',
    ]);
  });

  it('a child hit by a classmate, siblings’ “I’ll kill you”, a game shout; a parent’s blow or a partner’s threat beside them still alarm', () => {
    quiet([
      '孩子在学校被同学推了一下，膝盖擦伤了',
      '儿子玩游戏的时候老是大叫杀死你，怎么办',
      'My son keeps saying "I\'ll kill you" to his sister when they fight over the iPad',
      "minha filha fala 'te mato' pra irmã quando brigam",
      '子どもが友達に叩かれたそうです。先生に相談したい',
      '아이가 같은 반 친구한테 맞았어요. 선생님께 어떻게 말해야 하나요',
    ]);
    alarms('child_abuse', ['孩子被同学打了，回家又被他爸打', '孩子被同学打了，晚上又被她妈打了一顿']);
    alarms('violence', [
      '老公打游戏输了就对我大叫杀死你，还摔东西',
      "meu marido fala 'vou te matar' pra mim",
    ]);
  });

  it('a flat where someone once died, hurt at work and insured, “not suicidal, just lonely”; a wish said beside them still alarms', () => {
    quiet([
      'Someone killed themselves in the apartment before we moved in, is the rent lower?',
      'alguém se matou no apartamento antes, posso pedir desconto?',
      'se eu me machucar na linha de produção, o seguro cobre?',
      "I'm not suicidal, just lonely. Is there a group for foreigners?",
      'gak mau bunuh diri kok, cuma kesepian aja',
      'nonton drama korea sampe nangis sampe pengen mati wkwk',
    ]);
    alarms('suicide', [
      'Someone killed themselves in the apartment and now I want to die too',
      "I'm not suicidal, just want to disappear forever",
      'gak mau bunuh diri, cuma pengen hilang selamanya',
      'drakor ending sedih, tapi aku emang pengen mati beneran, capek hidup',
    ]);
  });

  it('a boss’s insult, an exam that “kills”, a denial in Korean; a father’s words, a husband’s threat, a first blow still alarm', () => {
    quiet([
      '上司に「お前なんか辞めちまえ」と言われた',
      'परीक्षाले मलाई मार्छ 😂',
      'kanji le malai marchha haha',
      '남편이 때린 적은 한 번도 없어요. 그런데 돈을 안 줘요',
      'sếp hay sờ vào người em, em sợ bị đuổi việc',
    ]);
    alarms('child_abuse', [
      '父に「お前なんか死ね」と毎日言われる',
      'ông chủ nhà hay sờ vào người con gái em',
    ]);
    alarms('violence', ['श्रीमानले मलाई मार्छ भन्नुहुन्छ', '남편이 때린 적은 없었는데 어제 처음으로 목을 졸랐어요']);
  });

  it('an ambulance already gone, a stroke that was not one, a cold remedy taken twice, last month’s death in Nepali; a collapse now still alarms', () => {
    quiet([
      'tadi ada orang jatuh di stasiun, udah dibawa ambulans, aku masih deg-degan',
      "Thought my dad was having a stroke but it was just a migraine, he's fine now",
      'I worried he had a heart attack, turned out to be heartburn',
      '風邪薬を間違えて2回飲んでしまいました。今は元気です',
      'bố em uống nhầm thuốc cảm 2 lần',
      'गत महिना बुबालाई हृदयाघात भयो, अब बिमाको कागज के चाहिन्छ',
    ]);
    alarms('emergency', [
      'suami saya pingsan, udah dibawa ambulans tapi gak sadar sampai sekarang',
      'I thought my dad was having a stroke but it turned out to be worse, he is not breathing',
      '風邪薬を間違えて12回分飲んでしまいました',
      'bé nhà em uống nhầm thuốc cảm 2 lần, giờ co giật',
      'mẹ em uống nhầm thuốc ngủ 2 lần',
    ]);
  });

  it('self-harm or a wish to die long past with the recovery said is a watch; again, lately, yesterday still alarm', () => {
    for (const text of [
      'I used to self harm as a teenager, been fine for years now. Do I have to put that on the form?',
      'まえ は しにたい と おもった。 いま は びょういん いって くすり のんで げんき。',
      'पहिले मर्न मन लाग्थ्यो, अहिले ठिक छु',
    ]) {
      const result = triage(text);
      expect([text, result.crisis, result.crisisWatch]).toEqual([text, null, 'suicide']);
    }
    alarms('suicide', [
      'I used to self harm as a teenager, been fine for years, but last night I cut myself again',
      'まえ は しにたい と おもった。 いま は びょういん いって げんき。 でも また しにたい',
      'pahile marna mann lagthyo, aba sanchai chu tara feri marna mann lagchha',
      'きのう しにたい と おもった。 いま は くすり のんで げんき',
    ]);
  });

  it('our language not to be spoken at home, meals at a grown child’s door: the model is made surer; a lock or a blow still alarms', () => {
    quiet(['아이 학교 선생님이 집에서도 한국어 쓰지 말라고 했대요. 이게 맞는 건가요']);
    alarms('child_abuse', [
      '아빠가 집에서 한국어 쓰지 말라고 하고 한국어 쓰면 때려요',
      'anak saya 8 tahun dikurung di kamar sama ayah tirinya, makan diantar ke depan pintu',
    ]);
  });
});

describe('pass C, seventeenth session', () => {
  it('locked in from outside with the particle dropped, a blade carried to the door or gate, a cutter or scissors pressed to the neck, alarm; a lock that cannot be set, a festival khukuri, a butcher’s knife or a haircut do not', () => {
    raises('violence', [
      'バイト先の店長に事務所に入れられて外から鍵かけられた。出られない',
      '彼に部屋に押し込まれて外からカギ閉められました',
      'kare ni heya ni irerarete soto kara kagi kakerareta',
      'ऊ चक्कु बोकेर घर बाहिर उभिएको छ',
      'उसले चक्कु बोकेर गेटमा उभिएको छ, डर लाग्यो',
      'o ex dela tá no portão com uma faca me esperando',
      'meu ex-marido tá na portaria com a faca',
      'suami nempelin gunting ke leher saya tadi malam',
      'dia ngancem pake cutter ke aku',
    ]);
    raises(null, [
      'この物置は外から鍵がかけられないので不安です',
      'खुकुरी बोकेर दशैंमा घर बाहिर फोटो खिच्यो',
      'तरकारी काट्न चक्कु बोकेर भान्सामा गएँ',
      'o açougue com faca afiada fica lá embaixo do prédio',
      'gunting rambut di leher geli banget',
      'beli cutter buat kerajinan, ada di laci',
    ]);
  });
  it('romaji falls with no answer or blood from the head, half the body gone after a fall, a Cantonese swollen face after peanut, a door unanswered for days with the light on, alarm; a scraped knee, a failed exam, a dropped phone, old paralysis, a mosquito bite do not', () => {
    raises('emergency', [
      'obaachan ga beranda kara ochite ugokimasen',
      'sofu ga koronde atama kara chi ga takusan deteimasu',
      'chichi ga taoremashita. yondemo hannou ga arimasen',
      '刚才发现爷爷倒在客厅，突然半边身子动不了',
      '我爸躺在地上，叫他只会哼哼不会说话',
      '个仔食完虾之后成块面肿晒，把声沙沙',
      '食咗花生之后佢嘴唇肿晒，唞唔到气',
      'a vizinha idosa não atende a porta há três dias e a luz tá acesa',
      'o senhor do 302 não abre a porta faz 4 dias, ouvi um baque ontem',
    ]);
    raises(null, [
      'kodomo ga koronde hiza kara chi ga dete imasu, bandoeido aru?',
      'shiken ni ochite kare kara henji ga nai',
      'kaidan kara ochita keitai ga ugokanai',
      '爷爷中风以后半边身子不能动，想申请护理',
      '我妈半边身子不能动很多年了，请问残疾证怎么办',
      '我个面肿咗，因为蚊咬',
      '拔完牙之后面肿咗两日',
      'meu filho não atende a porta quando estou no trabalho, a tv fica ligada',
    ]);
  });
  it('going down from the balcony «and be done with it», my own cremation asked ahead, jisatsu and the life insurance, a blade used on the arm nightly, gone by the month’s end with the dog given away, a public goodbye then silence, alarm; the garden below, a parent’s ashes, buying insurance, a work cut, a move home, thanks for help do not', () => {
    raises('suicide', [
      '活着没意思，真想从楼顶下去算了',
      '有时候想从天台下去一了百了',
      '干脆从阳台跳了吧，反正没人在乎',
      'Cho em hỏi hỏa táng ở Nhật bao nhiêu, em không chịu nổi nữa rồi',
      'Gửi tro cốt về quê mất bao lâu? Mình chỉ muốn lo trước để bố mẹ khỏi khổ vì mình',
      'jisatsu gare hoken paisa aaucha ki',
      'aatmahatya gare bima ko paisa family le paucha?',
      'yung blade ginagamit ko sa pulso tuwing gabi',
      'lumalalim na ang laslas ko sa hita',
      '月末には私もいないので、残ったものは処分してください。犬だけ誰かもらってくれないかな',
      '佢喺fb出post话多谢各位，再见，之后打唔通电话',
      '朋友在群里说了句谢谢大家，再见，然后就打不通了',
    ]);
    raises(null, [
      '从阳台下去就是小花园，很方便',
      'Bố em mất ở bệnh viện, hỏa táng ở Nhật hết bao nhiêu tiền?',
      'Cho hỏi thủ tục gửi tro cốt của mẹ về Việt Nam',
      'seimei hoken ma join garna chahanchu, kati parcha?',
      'jisatsu ko news herera dar lagyo',
      'nahiwa ako ng cutter sa braso sa trabaho, may first aid ba',
      'lumalalim na ang baha sa kalsada',
      '月末には私もいないので、荷物の受け取りは夫がします',
      '帰国するので月末には私もいないです。テレビをもらってくれる人いますか',
      '多谢大家帮忙，我冇覆系因为太忙',
    ]);
  });
  it('a child flung at the wall, touched where no one may touch, a baby left alone for hours, dinner withheld as punishment while the child grows thin, alarm; a toy or a bag thrown, a doctor’s examination, a family living on its own, a diet do not', () => {
    raises('child_abuse', [
      '我老公把儿子甩到墙上，孩子哭个不停',
      '他喝醉了把女儿摔在地上',
      'श्रीमानले छोरीलाई नछुने ठाउँमा छोए',
      'uncle le bahini lai nachhunuparne thau ma chhunchha',
      'bayi 6 bulan kami tinggal sendiri di rumah 4 jam, aman ga?',
      'her stepdad punishes her with no supper most nights and she is skin and bones',
      'they send him to bed hungry as a punishment, he is getting thinner',
    ]);
    raises(null, [
      '孩子把玩具甩到墙上',
      '他把孩子的书包扔到地上',
      'डाक्टरले छुनु पर्ने ठाउँ जाँच गर्नुभयो',
      'kami tinggal sendiri di Jepang, bayi 8 bulan, gak ada keluarga',
      'bayi umur 5 bulan, kami tinggal sendiri tanpa orang tua',
      'no dinner tonight for me, I am on a diet and getting so thin lol',
      'he got detention, no dinner plans for us tonight',
    ]);
  });
});

describe('games, laughs and older children (seventeenth session)', () => {
  it('a killing inside a game named is the game’s; a blow beside it, or the writer’s partner, is not', () => {
    raises(null, [
      "my little brother said he'd kill me in minecraft lol",
      'my cousin keeps saying he will kill me in roblox haha',
      '동생이 게임에서 저를 죽이겠대요 ㅋㅋ',
    ]);
    raises('violence', [
      '彼氏がゲームで負けると殺すぞって言って殴ってくる',
      'my bf punches me when he loses at fortnite lol',
      'my husband said he will kill me if i keep playing roblox',
      'meu marido me bate quando perde no free fire kkkk',
    ]);
  });

  it('a laugh beside a film keeps the film’s harm a story, with the partner named as the one watching', () => {
    raises(null, [
      'हाहा श्रीमानले फिल्म हेर्दै हुनुहुन्छ, फिल्ममा नायिकालाई कोठामा थुनियो',
      'lol my husband is watching a movie where the wife gets locked in the basement',
    ]);
  });

  it('an older child on their own is no neglect; hunger, days alone or a small child still alarm', () => {
    raises(null, [
      'my 13 year old is home alone after school until 7, is that ok',
      '13歳の娘が夜一人で留守番しています',
      'natutulog siya mag-isa sa kwarto niya hanggang umaga, 12 years old na sya',
    ]);
    raises('child_abuse', [
      "my 12 year old is alone at home and hasn't eaten for two days, mum left",
      '14岁的女儿一个人在家好几天了，妈妈走了',
      'night shift ako kaya natutulog siyang mag-isa sa bahay hanggang umaga, 3 taon lang sya',
    ]);
  });

  it('neglect told by a grown writer, or a family living on its own, is no child left alone; a child named still is', () => {
    raises(null, [
      "mum went back to the Philippines for a month, fridge is empty lol, I'm 24 and broke",
      'bayi umur 5 bulan, kami tinggal sendiri tanpa orang tua',
    ]);
    raises('child_abuse', [
      '엄마가 일주일째 집에 안 와요 먹을 게 없어요 동생이랑 둘이에요',
      '妈妈出国一个月了，冰箱里什么都没有，我和弟弟只吃泡面',
      'bayi umur 5 bulan ditinggal sendiri di rumah',
      'Tenho 22 anos e uma filha de 1 ano. Ontem bati nela e ficou a marca',
    ]);
  });

  it('"I don\'t see the point of going on" is a wish to die, whatever else is told beside it', () => {
    raises('suicide', [
      "My ex keeps turning up at my work. I don't see the point of going on.",
      "I can't see the point in living anymore",
      'honestly I see no point in carrying on',
      'i wish i had died in that accident, everything is pointless',
    ]);
  });

  it('a double denial is every day: 「殴らない日はない」 is violence, a line of a drama is not', () => {
    raises('violence', ['夫が殴らない日はない', 'おっと たたかない ひは ない']);
    raises(null, ['殴らない日はないってドラマのセリフ', '夫は一度も殴ったことはない']);
  });
});

describe('pass C2a, seventeenth session', () => {
  it('a teenager’s online goodbye alarms with a letter for a parent or thanks to whoever tried; a break from social media does not', () => {
    raises('suicide', [
      'deleted my insta and my tiktok. the letter for my mum is in my sock drawer',
      'apaguei minha conta do tiktok. obrigada a todos que tentaram me ajudar',
      'udah hapus akun ig gw. surat buat mama ada di laci meja',
      'xoá hết acc rồi. thư cho mẹ em để trong cặp',
      '인스타 탈퇴했어. 엄마한테 쓴 편지는 책상 서랍에 있어',
    ]);
    raises(null, [
      'deleted my insta for exam season, said bye to the gc, see you all in july',
      'quitting fortnite, deleted my account, wont be online ever again lol',
      'a carta pra minha mãe tá na gaveta, é surpresa de aniversário',
      'udah hapus akun ig buat fokus ujian, dadah semua',
      '계정 삭제했어 다시는 접속 안 함 게임 접는다',
    ]);
  });

  it('self-harm in a schoolchild’s words alarms; cutting class, a haircut or a compass circle does not', () => {
    raises('suicide', [
      'nagcut ako kagabi sa braso ko, mas malalim ngayon',
      'took the blade out of my sharpener and used it on my arm again',
      'compass le haat ma kore, ragat aayo',
    ]);
    raises(null, [
      'nag cut ako ng class kanina, pinagalitan ako ni mama',
      'nagcut ako ng buhok kahapon, ang ikli na',
      'compass le circle kore, geometry ko homework sakiyo',
      'the sharpener blade is dull, where do i buy a new one',
    ]);
  });

  it('the family better off without me, the school roof with its door never locked, the trains only watched', () => {
    raises('suicide', [
      'ma nabhaye ghar ko kharcha kam hunthyo',
      'se eu não estivesse aqui minha mãe ia gastar menos',
      'im going up to the roof tomorrow, the door is never locked',
      'on the platform again today just watching the trains go past',
    ]);
    raises(null, [
      'if i wasnt around this weekend could my husband take care of the kids',
      'the kids go up to the roof at lunch, the door is never locked, should i tell the school',
      'i stood on the platform and let a few trains pass, too crowded',
      '電車を何本も見送った、満員だったので',
    ]);
  });

  it('sleeping pills saved up instead of taken, or pills gathered and stared at, alarm; pills not taken for fear of dependence do not', () => {
    raises('suicide', [
      '安眠药我一直没吃，都攒起来了',
      '수면제는 안 먹고 모아 뒀어요',
      'lined up all my pills on the desk and stared at them for an hour',
    ]);
    raises(null, [
      'sleeping pills - i havent taken any since last month, is it ok to stop?',
      '安眠药我没吃，怕依赖，医生说可以停吗',
      'obat tidur dari dokter ga diminum karena takut ketagihan',
    ]);
  });

  it('a friend who took many pills for fun, or thrashes and drools, is an emergency; cold, a tantrum or a stranger’s blanket is not', () => {
    raises('emergency', [
      'temen gw minum 20 butir obat mamanya buat iseng, sekarang gemeteran',
      'bạn em uống 20 viên thuốc của mẹ nó cho vui, giờ run rẩy nói không rõ',
      'o menino tá se debatendo e espumando pela boca',
      'my friend hit a vape some guy gave him and now hes on the floor shaking',
    ]);
    raises(null, [
      'nasa labas siya ng mga 20 na minuto sa lamig, ngayon nanginginig',
      'anak gw kelojotan di lantai ga berhenti nangis minta hp',
      'a stranger gave me a blanket because i was shaking',
      'iseng nyebur ke kolam, sekarang gemeteran',
    ]);
  });
});

describe('pass F2, seventeenth session', () => {
  it('a test that “kills”, a holiday lost to summer school, acne “so bad I want to die” are no alarm; a wish said beside them or meant still is', () => {
    raises(null, [
      '中間テストまじで死ぬ、英語の単語ぜんぜん覚えられない',
      '冬休みが補習で消えそう、数学の先生に相談したい',
      'my toothache is so bad i want to die lol, is there a dentist open on sunday',
      '智齿疼得想死 周末有牙医开门吗',
    ]);
    raises('suicide', [
      '中間テストまじで死ぬ。もうほんとに死にたい',
      '補習で消えたい',
      'my acne is so bad i wanna die, not joking, i cant go to school anymore',
      '智齿疼得想死，其实我每天都想死',
    ]);
  });

  it('a parent who “will kill me” over grades or a piercing, a mother’s “you’ll be the death of me”, a game’s time limit are no alarm; a partner’s threat is', () => {
    raises(null, [
      '髪染めたの親にバレたら殺されるやつ、黒染めスプレーっておすすめある？',
      '我爸看到段考分数一定会宰了我 哈哈 要怎么跟他说',
      "hajurama le 'timi le malai maarchhau' bhannu huncha ma late aauda, tara maya garnu huncha",
      'ゲーム は 30ぷん だけって いわれた つまんない',
    ]);
    raises('violence', [
      '夫にバレたら殺される。今も家にいる',
      'shriman le malai maarchu bhanchha, dar lagchha',
    ]);
    raises('child_abuse', [
      'パパ が からだ けって いたい',
      '我妈看到成绩单会杀了我，上次她拿衣架打我打到流血',
    ]);
  });

  it('a blow by a parent told as before, in the school years, with the writer well now, is no alarm; still or again is', () => {
    raises(null, [
      'まえ は ママ に たたかれて た でも いま は ばあば の いえ で げんき',
      '초등학교 때 엄마한테 맞은 적 있는데 지금은 독립해서 괜찮아',
    ]);
    raises('child_abuse', [
      'まえ は パパ に たたかれて た。 いま も まいにち たたかれる',
      'パパ に まいにち たたかれる でも いま パパ いない',
      '중학교 때 아빠한테 맞은 적 있는데 지금도 맞아',
    ]);
  });

  it('the school asking whether a parent hits, denied outright, is no alarm; a yes is', () => {
    raises(null, [
      'the school nurse asked if my mom hits me because of a bruise. she has never hit me, i fell off my bike',
      'o professor perguntou se minha mãe me bate por causa do roxo. ela nunca me bateu, foi no judô',
    ]);
    raises('child_abuse', [
      'the teacher asked if my dad hits me and i said yes, he hits me every night',
      'a professora perguntou se meu pai me bate e eu disse que sim, ele me bate todo dia',
      'guru nanya kenapa ada lebam, sebenernya bapak mukul aku',
    ]);
  });

  it('self-harm or an overdose long past with the recovery said is no alarm; a relapse or a wish after it is', () => {
    raises(null, [
      'my cousin self harmed two years ago but shes been clean 14 months now. what can i say to her',
      '10年前に自殺未遂をしました。今は落ち着いていますが、最近その頃の悪夢を見ます',
      '先月ODした子が今は退院して普通に学校に来てる、どう声かけたらいい？',
    ]);
    raises('suicide', [
      'bestie self harmed last year, been clean 8 months but she relapsed and cut again',
      '10年前に自殺未遂をしました。今は落ち着いていますが、最近また死にたいです',
      '先月ODして、今は退院して家にいるけど死にたい気持ちは消えない',
    ]);
  });

  it('slang asked about, a jump or a stabbing on the news, “go die” stickers, a custody or visa worry are no alarm; one’s own wish or a stabbing now is', () => {
    raises(null, [
      'whats kys? kids at school keep typing it in the group chat',
      '高校生が飛び降りたって記事がまわってきて、なんか落ち着かない',
      '群里一直发去死吧的表情包 是不是在闹着玩',
      'Đọc báo thấy có người bị đâm ở Osaka, tối đi làm về hơi sợ',
      '如果我爸妈离婚了 我可以自己选吗 跟爸爸还是跟妈妈',
    ]);
    raises('suicide', [
      'what does unalive mean? i think i want to unalive myself',
      '高校生が飛び降りたって記事を見て、私も飛び降りたい',
    ]);
    raises('emergency', ['có người bị đâm trước nhà em, đang chảy máu nhiều']);
  });

  it('a chore that “makes me jump”, laughed at and called a joke, is no alarm; “not a joke” or a plain jump is', () => {
    raises(null, [
      'se eu tiver que ler em voz alta de novo eu me jogo da janela kkkk brincadeira, tem curso de leitura?',
    ]);
    raises('suicide', [
      'se eu tiver que ler em voz alta de novo eu me jogo da janela kkkk não é brincadeira',
      'eu me jogo da janela hoje kkkk',
    ]);
  });
});

describe('pass C2b, seventeenth session', () => {
  it('a child tells of a parent gone for days or weeks and the money or food run out; a parent late or away with someone at home is no alarm', () => {
    raises('child_abuse', [
      'ママが5日も帰ってこない。冷蔵庫にケチャップしかない',
      'my mom hasnt been home in 4 days and the money ran out, theres nothing in the fridge',
      '我妈五天没回家了 钱用完了 冰箱只剩几个鸡蛋',
      '엄마 일주일째 안 들어옴 먹을 게 없음',
      'mẹ đi mấy hôm ko về, nhà hết tiền, tủ lạnh chỉ còn nước mắm',
      'si mama hindi na umuwi ng isang linggo, ubos na pera namin, walang makain',
      'minha mãe sumiu faz uma semana, não tem comida em casa',
      'mama ga pulang udah seminggu, duit abis, gak ada makanan',
    ]);
    raises(null, [
      '父が出張で1週間いない。冷蔵庫空っぽだから買い物行かなきゃ',
      '爸爸出差一个月了 冰箱只剩鸡蛋 妈妈说明天去超市',
      '我妈回国探亲一个月 我自己在家做饭 有点想她',
      '엄마 한국 간 지 2주 됐는데 보고싶다 밥은 잘 먹고 있어',
      'saya 24 tahun, uang habis, malu pulang ke indonesia',
    ]);
  });

  it('a child beaten with a hanger, belt, cord or golf club, in their own words; a ball in PE or a golf swing is no alarm', () => {
    raises('child_abuse', [
      'got hit with the belt again last night, how do i hide the marks for swimming',
      '엄마가 효자손으로 때림 종아리 다 부음',
      'tối qua bố lấy dây nịt đánh e, chân sưng hết',
      'apanhei de fio ontem pq tirei nota baixa',
      'semalam dipukul pake ikat pinggang sama bapak',
      'ハンガーで叩かれた 明日プールなのにどうしよう',
    ]);
    raises(null, [
      'got hit with a dodgeball again lol pe is tomorrow',
      'my dad got hit with a belt in the movie lol',
    ]);
  });

  it('a man of the household touching a child’s chest, or a child kept from school to work; a doctor listening to the chest is no alarm', () => {
    raises('child_abuse', [
      'dượng hay sờ ngực e lúc mẹ đi làm, e 13t',
      '새아빠가 가슴 만짐 나 중2인데',
      'om yang tinggal bareng suka pegang dada aku, aku 12 tahun',
      'मामाले स्कूल जान दिनुहुन्न, दिनभरि पसलमा काम गराउनुहुन्छ',
    ]);
    raises(null, [
      'the doctor touched my chest to listen with the stethoscope',
      'bác sĩ khám ngực e bằng ống nghe',
    ]);
  });

  it('shut in a storeroom by a boss, a weapon at the door or chasing, children hiding while a parent smashes things; a lock at closing time, a haircut or hide and seek is no alarm', () => {
    raises('violence', [
      'manager locked me in the stockroom and wont let me go home',
      'o patrão trancou eu no galpão',
      '사장이 창고에 가둬놨어',
      'thằng đó đang cầm dao đứng ngoài cửa đòi vào',
      'pacar kakak bawa golok gedor pintu rumah',
      'e trốn dưới gầm giường, bố say đập phá đồ',
    ]);
    raises(null, [
      'my boss locked the warehouse at 6 so we had to leave early',
      '店長が倉庫の鍵を閉めて帰った',
      'mẹ cầm kéo cắt tóc cho e ngoài cửa',
      'minha mãe com uma tesoura cortando meu cabelo',
      'e với em trai chơi trốn tìm, e trốn trong tủ quần áo',
      '우리 동생이랑 숨바꼭질하다가 옷장에 숨었어',
      '사장님이 실수로 창고에 가둬놨다가 바로 열어줌 ㅋㅋ',
    ]);
  });
});

describe('pass K2, seventeenth session', () => {
  const first = (text: string) => codes(text)[0];

  it('a pupil’s life under parents’ rules is the child window’s: a report card, game time, a phone taken, curfew, pocket money', () => {
    expect(first('通知表を親に見せるのがこわい、どう話せばいい？')).toBe('child');
    expect(first('親とゲーム時間のことで毎日もめてる')).toBe('child');
    expect(first('my dad took my phone for a week, how do i talk him into giving it back')).toBe('child');
    expect(first('我妈不给零花钱了 怎么跟她谈')).toBe('child');
    expect(first('성적표 나왔는데 엄마한테 어떻게 보여주지')).toBe('child');
    expect(first('mẹ bảo học bạ kém thì cắt tiền tiêu vặt của e')).toBe('child');
    expect(first('tô sem mesada porque minha mãe viu meu boletim escolar')).toBe('child');
    expect(first('uang jajan gw dipotong gara2 rapor merah, gimana ngomong ke ortu')).toBe('child');
  });

  it('the same words said by grown-ups stay out of the child window: a police report, a husband’s allowance, a shelter curfew, a passport taken', () => {
    expect(codes('fiz um boletim de ocorrência contra meu ex')).not.toContain('child');
    expect(codes('夫からお小遣い制にされて自分のお金がない')).not.toContain('child');
    expect(codes('夫が年金を全部持っていく。お小遣いも上げてくれない')).not.toContain('child');
    expect(codes('my shelter has a curfew at 9 and i work nights, can i move')).not.toContain('child');
    expect(codes('사장이 여권을 압수당했다고 돌려주지 않아요')).not.toContain('child');
    expect(codes('부모님이 자식들한테 용돈 받아서 생활하세요')).not.toContain('child');
    expect(codes('e 15t, đi học về là nấu cơm cho 2 em, ko có thời gian học bài')).toContain('carer');
  });

  it('a grown son of forty or more: the parent who writes is older, and his violence is elder abuse', () => {
    const r = triage('55になる息子が酔うと物を投げてくる。さっき殴られて、近所の公園に逃げてきた');
    expect(r.crisis).toBe('violence');
    expect(r.categories[0]?.code).toBe('elderly');
    expect(codes('60過ぎの娘が仕事をやめて家にいる')).toContain('elderly');
    expect(codes('20の息子がバイトをやめた')).not.toContain('elderly');
  });

  it('a school notice a foreign parent cannot read, a Japanese school and the JLPT, a phone scam on an older mother', () => {
    expect(first('むすめの がっこうの おしらせ よめない')).toBe('multicultural');
    expect(first('打工太累了，想找个便宜的日语学校准备考N1')).toBe('multicultural');
    expect(codes('Bố tôi 72 tuổi, có người gọi điện bắt chuyển tiền để "giải quyết hồ sơ"')).toContain(
      'rights',
    );
    expect(codes('会社のお知らせは読めるけど、文章を書くのが苦手')).not.toContain('multicultural');
  });

  it('alone here with the children, a husband in the home country who sends nothing', () => {
    expect(codes('老公回咗大陸之後一直冇寄錢，我自己帶住兩個細路')).toContain('single_parent');
    expect(codes('श्रीमान् नेपालमै छन्, म ३ बच्चासँग एक्लै जापानमा')).toContain('single_parent');
  });

  it('a first-aid course because an old or ill relative lives at home is the medical window’s; a course for a club stays routine', () => {
    expect(first('祖父と二人暮らしなので心肺蘇生を習っておきたいです')).toBe('medical');
    expect(first('母が心臓が弱いので救命講習を受けたい')).toBe('medical');
    expect(codes('町内会で救命講習を開きたいのですが')).toEqual([]);
  });
});

describe('pass C3, seventeenth session', () => {
  it('a pet handed over with the key left out, or a child’s “I failed you, look after my little brother”; a pet-sitting favour during a trip or a failed exam is no alarm', () => {
    raises('suicide', [
      'いぬ おねがい します。かぎ は ぽすと に いれました',
      '犬をお願いします。鍵は開けておきます',
      'maafin aku bu, aku gagal jadi anak. jagain adik ya',
      'aku udah gagal. titip mama ya dek',
    ]);
    raises(null, [
      '旅行のあいだ猫たのみます。鍵はポストに入れときます',
      '留守のあいだ犬を頼みます。鍵は置いておきます',
      'maaf mak, anakmu gagal masuk PTN tahun ini',
      'mak titip adek ya aku kerja lembur',
    ]);
  });

  it('cutting again, or at a height now beside a loss, in a few plain kana words; hair cut, a cut healed or a cat up high is no alarm', () => {
    raises('suicide', [
      'また うで きった',
      'じぶん で うで きった',
      'しごと くび に なった　はし の うえ に いる',
      'さよなら　たかい ところ に いる',
    ]);
    raises(null, ['ゆび きった りょうり で', 'きのう て きった けど もう だいじょうぶ']);
    expect(detectCrisis('ねこ が たかい ところ に いる おりられない')).not.toBe('suicide');
    expect(detectCrisis('また かみ きった びよういん いかない')).not.toBe('suicide');
  });

  it('a small child alone with the parents gone for days, said without particles; a child away on a school trip is no alarm', () => {
    raises('child_abuse', ['こどもだけ 2にち おとな いない', 'あかちゃん ひとり へや ままいない']);
    raises(null, ['こども 3にち いない しゅうがくりょこう', 'こども ひとり います。おっと いない']);
  });

  it('hands laid on a child (动手) or cigarette burns on a child’s arm; a hands-on lesson, an operation or a burn on the wallpaper is no alarm', () => {
    raises('child_abuse', [
      '继父又对孩子动手了',
      '他对我女儿下手 我好怕',
      '조카 다리에 담뱃불 자국 있어',
      '같은 반 애 팔에 담배 자국',
    ]);
    raises(null, [
      '老师很重视培养对孩子动手能力',
      '医生要对孩子动手术',
      '我不会对孩子动手的',
      '对孩子出手大方',
      '벽지에 담배자국 있어요 집주인이 청구해요',
    ]);
  });

  it('the same cries in a few words in Korean and Chinese: a child alone with the parents gone for days, cutting again, pregnant and bleeding; a parent minding the child alone or a blood test is no alarm', () => {
    raises('child_abuse', ['아기 혼자 엄마 4일째 안 와요', '애 혼자 부모 이틀째 없어요']);
    raises('suicide', ['又割手腕了']);
    raises('emergency', ['怀孕7个月 血止不住']);
    raises(null, [
      '애 혼자 보는데 남편 3일째 안 와요',
      '애 혼자 키워요 남편 3일째 출장',
      '怀孕了 要不要抽很多血检查',
    ]);
  });

  it('pregnant and bleeding in kana, a fall then no answer in hurried Korean; a nosebleed, a question or a text not answered is no alarm', () => {
    raises('emergency', [
      'にんしん 7かげつ ち が とまらない',
      'にんしん してる しゅっけつ たくさん',
      '할머니 넘어지고 반응없어요',
      '아빠 계단에서 굴렀는데 대답 없어요',
    ]);
    raises(null, [
      'にんしん 5かげつ　はな から ち でた',
      'にんしん ちゅう の しゅっけつ について しりたい',
      'にんしん 5かげつ うちたくさん たべる',
      '엄마한테 문자했는데 대답없어요',
      '아이가 계단에서 굴렀어요 지금은 잘 놀아요',
    ]);
  });
});

describe('pass F3, seventeenth session', () => {
  it('a fall with the all-clear said in a few words stays quiet; the same fall with the all-clear denied, asked or followed by a new turn alarms', () => {
    raises(null, [
      '息子が公園の階段から落ちたけど、ピンピンしてる。念のため病院？',
      '娘が階段から落ちた　けろっとしてる',
      'nahulog si bunso sa kama pero ok naman siya',
    ]);
    raises('emergency', [
      '子どもが階段から落ちた　いま へいきじゃない',
      'むすめが階段から落ちた　けろっとしてないです',
      '子どもが階段から落ちた　いまだいじょうぶかな',
      '子どもが階段から落ちた けど元気ない',
      '子どもが階段から落ちた　けろっとしてたけど　そのあと ぐったり',
      'nahulog si lola pero ok naman tapos nawalan ng malay',
    ]);
  });

  it('a bloody film, a stabbing in a teleserye, knives thrown away; blood on a child, a stabbing next door or a knife taken up alarms', () => {
    raises(null, [
      '血まみれのアニメを子どもに見せていい？',
      'sinaksak sa pelikula yung kontrabida, natakot anak ko',
      'como descartar facas velhas?',
    ]);
    raises('emergency', [
      '息子が血まみれで倒れてる',
      'sa movie kagabi may sinaksak',
      'palabas ako may sinaksak sa kanto',
    ]);
    raises('violence', ['meu marido pegou a faca']);
  });

  it('“doesn’t hit” said plainly in easy Japanese and short Korean is no alarm; “don’t hit”, “if he doesn’t hit” and “not a day he doesn’t hit” still alarm', () => {
    raises(null, [
      'おっと なぐらない やさしい でも おさけ おおい',
      '아빠는 절대 안 때려요 근데 술을 많이 마셔요',
    ]);
    raises('violence', [
      'おっと たたかないで いった',
      'おっと たたかないと おこる',
      '남편이 안 때리는 날이 없어요',
    ]);
  });

  it('a death only feared, medicine forgotten, a first-aid class, self-harm long over with “skrg”; a wish, pills taken at once or self-harm again alarm', () => {
    raises(null, [
      'kemarin gempa, kirain bakal mati. sekarang aman',
      'まえ けが しぬ おもった いま げんき',
      '할아버지가 요즘 약 드시는 걸 자꾸 까먹으세요',
      'công ty bắt tập huấn sơ cứu, ép tim mấy lần một phút?',
      'dulu sempat self harm, skrg sudah stabil, mau cari konselor',
    ]);
    raises('suicide', [
      'capek banget pengen mati aja',
      '할아버지가 약을 한 번에 다 드셨어요',
      'dulu sempat self harm, skrg kambuh lagi',
    ]);
    raises('emergency', ['học sơ cứu xong mà giờ mẹ tôi bất tỉnh', 'hoc so cuu roi ma gio ba toi ngung tho']);
  });

  it('a violent ex divorced years ago is no alarm; a blow or a threat dated yesterday after it, or still going on, alarms', () => {
    raises(null, [
      'ex namorado era violento, me separei faz 3 anos',
      'mantan dulu suka pukul, sudah cerai lama, aman',
    ]);
    raises('violence', [
      'we divorced years ago but yesterday he hit me',
      'me divorciei faz 2 anos mas ontem ele me bateu',
      'udah cerai tapi kemarin dia datang dan pukul aku',
      'me separei faz 3 anos mas ele ainda me ameaça',
    ]);
  });
});
