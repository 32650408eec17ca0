import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// Winter, the year end and the New Year at home (crisis-28): each class on new sentences, with its harmless twin.
describe('a child left over the holidays: parents away or not back, nothing left at home, left or locked in, days alone', () => {
  it.each([
    // told by the child
    'ぼくは 9さい。 ママが りょこうに いって 4にち。 おかねが ありません。 れいぞうこも からっぽ',
    'おとうさんと おかあさんが かえって きません。 いえに ごはんが ありません。 おとうとと ふたり です',
    'im 10. mum hasnt come back since christmas eve and there is no food left, the fridge is empty',
    '我十一岁，爸妈回老家过年把我一个人留在家，钱花光了，冰箱里什么都没有',
    '엄마가 해외여행 가서 나 혼자 두고 갔어요. 돈도 다 떨어지고 먹을 게 없어요',
    'Bố mẹ em về quê ăn Tết, để em ở nhà một mình, nhà hết gạo rồi',
    'Mama ko umuwi ng pinas, iniwan ako sa bahay, wala na kaming makain',
    'Tenho 9 anos, minha mãe viajou no natal e me deixou sozinha, acabou a comida',
    'Aku umur 10, mama liburan ke luar negeri, aku ditinggal sendirian, di rumah gak ada makanan',
    // told by a parent, a neighbour or a co-worker
    'The girl next door is 8. Her mum went on holiday for new year and left her home alone, she came asking us for food.',
    '邻居家的孩子才八岁，父母回国过年了，把孩子一个人留在家，他来我家要吃的',
    '아이가 여덟 살인데 엄마가 해외여행 가서 혼자 두고 갔대요. 먹을 게 없다고 우리 집에 왔어요',
    'कपिलकी छोरी ७ वर्षकी, आमाबुबा नेपाल गएका, घरमा एक्लै छोडेर, खाना छैन भन्छे',
    'Yung batang kapitbahay, nagbakasyon daw ang magulang, iniwan siyang mag-isa sa bahay, humingi ng pagkain sa amin',
    'O vizinho foi viajar e deixou o filho de 6 anos trancado em casa sozinho. Ele bateu aqui com fome',
    'Anak tetangga umur 6 tahun ditinggal sendirian di rumah, orang tuanya liburan ke luar negeri, dia minta makan ke saya',
    '夫が帰省していて、私は夜勤です。5歳の子どもだけで留守番、3日目です',
    '我老公回老家了，我要上夜班，孩子六岁，一个人在家四天了',
    // more ways: a child's kana, a parent gone and not back, days counted
    'ママが かえって こない。 れいぞうこに なにも ない。 おなかが すいた',
    '媽媽過年出去了一直沒回來，家裡沒有吃的',
    'Mẹ cháu đi du lịch chưa về, cháu ở nhà một mình, không có gì ăn',
    'My son is 7 and has been home alone for three days, I am stuck abroad',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('child_abuse');
  });

  it.each([
    // a teenager or a student minding the house, a mother late with dinner on the way
    '両親が年末年始に海外旅行に行っていて、高校生の私が留守番です。冬休みのバイトはありますか',
    'My parents are on holiday and I am home alone, so bored lol. Any events for teens?',
    '我父母回国过年了，我一个人在日本，钱用完了，想找打工',
    'Bố mẹ em về quê ăn Tết, em ở nhà một mình trông nhà, có việc làm thêm nào không ạ',
    'Meus pais viajaram no fim de ano e eu fiquei sozinha em casa, alguma atividade pra adolescentes?',
    'Orang tua saya mudik, saya sendirian di rumah, ada lowongan kerja sambilan?',
    'My parents went back to Brazil for the holidays and my bank account is empty, any part-time jobs?',
    '부모님이 해외여행 가셔서 혼자 집 보고 있어요. 심심해요',
  ])('%s stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a person with dementia missing now at night or in snow or cold', () => {
  it.each([
    '認知症の父が夜中に出て行ったまま帰ってきません。外は雪です',
    'Mum has dementia and went missing tonight, it is snowing and we cannot find her',
    '失智的奶奶半夜走失了，外面在下雪，到处都找不到她',
    '치매 할아버지가 새벽에 나가셔서 아직 안 돌아오셨어요. 영하 10도예요',
    'Bà nội bị lẫn, đi lạc từ tối tới giờ chưa về, ngoài trời lạnh lắm',
    'हजुरबुबालाई डिमेन्सिया छ, राति देखि हराउनुभयो, बाहिर धेरै जाडो छ',
    'Si lola may dementia, hindi pa umuuwi mula kaninang gabi, sobrang lamig sa labas',
    'Minha avó tem Alzheimer e desapareceu de madrugada, está fazendo muito frio e não encontramos ela',
    'Kakek saya pikun, hilang sejak tadi malam, di luar dingin sekali dan belum ketemu',
    'My grandad has dementia and hasnt come home, he went out in his slippers at 10pm',
    'Ông tôi bị lẫn, ra khỏi nhà từ tối qua vẫn chưa về, trời tuyết rơi',
    // something of his found is not the man found
    '認知症の父が夜中に出て行ったまま帰ってきません。靴だけ見つかりました',
    // a supposition that opens a real search
    '如果有人看到请联系我，我家失智的奶奶半夜走失了，外面很冷',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('emergency');
  });

  it.each([
    // a habit, asked ahead, feared, found, or a care place searched for
    'My dad has dementia and keeps wandering off at night',
    'If my mum with dementia ever goes missing at night, who do I call? She is fine now.',
    '認知症の母が夜中にいなくなったら、どうすればいいか今のうちに知りたい',
    '認知症の父が昨夜いなくなりましたが、警察に保護されました。GPSを持たせたい',
    '認知症の母を夜間預けられる施設を探しても見つかりません',
    '如果失智的爷爷半夜走失，要先打给谁？他现在好好的，只是想先知道流程',
    '혹시 치매 엄마가 밤에 실종될까 봐 걱정이에요',
    'Mẹ tôi bị sa sút trí tuệ, nếu bà đi lạc vào ban đêm thì tôi nên gọi ai?',
    'Mum has dementia and went missing last night, but the police found her safe. Is there a tracker we can get?',
    'Ông tôi bị lẫn, hay đi lạc vào ban đêm, có dịch vụ nào giúp không?',
    '치매 할머니가 밤에 길을 잃으면 어떻게 해요? 미리 알고 싶어요',
    // money or memory gone, a wandering told as past
    '할아버지가 치매라 밤에 통장을 잃어버리셨는데 돈이 다 없어졌어요',
    'Meu sogro tem Alzheimer, ontem à noite saiu de casa e se perdeu, mas já voltou. Onde pede avaliação?',
  ])('%s stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('an older person got out of the bath or fallen, and not come round', () => {
  it.each([
    'हजुरबुबा नुहाउँदा बाथटबमा ढल्नुभयो, निकालेँ तर होस आएको छैन',
    'hajurama bathroom ma dhalnu bhayo, nikalyau tara hos ma aaunu bhayeko chaina',
    '祖父がお風呂で倒れていて、浴槽から引き上げたけど意識が戻らない',
    'Grandpa collapsed in the tub, we lifted him out and he hasnt come round',
    '奶奶在浴缸里晕倒了，抱出来了还是醒不过来',
    '할아버지가 목욕하다가 쓰러지셔서 욕조에서 꺼냈는데 정신을 못 차리세요',
    'Bà ngất trong bồn tắm, kéo ra rồi mà vẫn chưa tỉnh lại',
    'Si lolo nahimatay sa banyera, nailabas namin pero hindi pa rin nagkakamalay',
    'O vovô desmaiou na banheira, tiramos ele mas não volta a si',
    'Kakek pingsan di bak mandi, sudah diangkat tapi belum siuman',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('emergency');
  });

  it.each([
    // asked ahead, or a fall of yesterday and well now, or "so busy I can't think straight"
    'हजुरआमा बाथरुममा ढल्नुभयो भने के गर्ने? अहिले सन्चै हुनुहुन्छ',
    '요즘 일이 바빠서 정신을 못 차리겠어요',
  ])('%s stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('pills put by with an end implied; a pet or a coat given away with a veiled goodbye', () => {
  it.each([
    '혼자. 약 모아둔 거 있음',
    '혼자 보내는 설은 이번이 마지막일 것 같아. 약 모아놨어',
    '今年是最后一个人过年了，药我存了不少',
    'Tết này chắc là lần cuối. Thuốc tích đủ rồi',
    'Huling pasko ko na siguro. May naipon na akong gamot',
    'Tahun baru ini mungkin yang terakhir. Obat udah aku kumpulin',
    'My coworker gave me her cat and her favourite scarf and said "in case I dont see you again". She has been really down.',
    '同僚が猫とお気に入りのコートをくれて「もう会えないかもしれないから」と言いました。最近ずっと落ち込んでいます',
    '朋友把她的猫送给我，说万一见不到了，最近她情绪很低落',
    '친구가 고양이를 나한테 맡기면서 다시 못 볼 수도 있다고 했어요. 요즘 많이 우울해 보여요',
    'Bạn em cho em con mèo và nói lỡ không gặp lại. Dạo này bạn ấy trầm cảm',
    'साथीले बिरालो मलाई दिइन् र फेरि भेट नहुन सक्छ भनिन्। उनी धेरै उदास छिन्',
    'Binigay sa akin ang pusa niya at sinabing baka hindi na tayo magkita. Sobrang down niya lately',
    'Minha colega me deu o gato dela e disse caso eu não te veja mais. Ela anda muito pra baixo',
    'Teman saya ngasih kucingnya ke aku, katanya kalau gak ketemu lagi. Dia lagi murung banget',
    'Minha amiga me deu o cachorro dela e disse: talvez a gente não se veja mais. Ela anda muito deprimida',
    // the writer's own going is never a harmless reading
    '私がいなくなったら猫をよろしく。今のうちに伝えておきたい',
    '내가 없어지면 엄마도 편해지겠지',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it.each([
    // a holiday greeting, a coat handed down, a pet rehomed before a move, savings
    'Happy new year in case I dont see you before then! See you at the party.',
    'My neighbour gave me her old coat because she bought a new one. She has been a bit low since her husband died.',
    'My friend gave me her cat because she is moving back to Brazil. In case I dont see you, she said. She has been low about leaving.',
    '약 4만원 모아둔 거 있음',
    'She gave me her cat because her new flat doesnt allow pets. In case I dont see you before you go, she said.',
  ])('%s stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('hit now by a relative, and nobody there to stop it', () => {
  it.each([
    'देवरले मलाई अहिले कुटिरहनुभएको छ, रोक्ने कोही छैन',
    'jethaju le malai ahile pitirahanu bhayeko chha, kohi rokne chaina',
    'ससुराले मलाई अहिले कुट्दै हुनुहुन्छ। घरमा अरू कोही छैन',
    'Ipar saya sedang memukuli saya sekarang, tidak ada yang bisa melerai',
    '시동생이 지금 나를 때리고 있어 말릴 사람이 없어',
    'Meu cunhado está me batendo agora, não tem ninguém pra parar ele',
    '夫がいま義母を殴っている、止める人がいない',
    'Anh rể đang đánh chị em, không ai can',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });

  it.each([
    // denied
    'जेठाजुले मलाई कहिल्यै पिट्नुभएको छैन, तर गाली गर्नुहुन्छ',
    'Ipar saya tidak pernah memukul saya, tidak ada yang perlu dikhawatirkan',
  ])('%s stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('harmless winter readings: a choking asked ahead; a child out on the balcony in play, straight back in', () => {
  it.each([
    'お正月に父がお餅を喉に詰まらせたら何をすればいいか、前もって知っておきたいです',
    'おばあちゃんが もちを のどに つまらせたら どう しますか。 いまのうちに しりたいです',
    '娘がはしゃいでパジャマのままベランダに出て、すぐ戻ってきました。風邪をひかないか心配',
    'Thằng bé chạy ra ban công xem tuyết, lạnh quá chạy vô liền. Giờ hơi ho',
    'Meu filho correu pra varanda pra ver a neve e voltou correndo de frio',
    'Se o vovô engasgar com mochi, o que fazer? Quero me preparar antes do ano novo',
    '아들이 눈 보러 베란다에 나갔다가 춥다고 바로 들어왔어요',
  ])('%s stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    // told as now, or put out and not let back in
    ['お正月に祖父がお餅を喉に詰まらせて息ができません', 'emergency'],
    ['夫が息子を薄着でベランダに出して鍵をかけた。外は雪です', 'child_abuse'],
    ['息子がベランダに出たら、夫に鍵を閉められて入れてもらえない。外は雪です', 'child_abuse'],
    ['O vovô engasgou com mochi agora e não respira', 'emergency'],
    [
      'The neighbours put their boy out on the balcony in the snow as punishment, he has been crying for an hour',
      'child_abuse',
    ],
  ])('%s', (text, signal) => {
    expect(detectCrisis(text)).toBe(signal);
  });
});
