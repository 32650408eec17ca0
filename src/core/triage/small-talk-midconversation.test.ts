import { describe, expect, it } from 'vitest';
import { detectCrisis, detectLanguage, normalise } from './index.ts';
import { notSmallTalk } from './model/formulas.ts';

/** What is left once the talk around a concern is taken out: '' for a message of nothing else. */
const left = (text: string) => {
  const folded = ` ${normalise(text)} `;
  return notSmallTalk(folded, detectLanguage(text, folded.trim()));
};

describe('good news about someone’s health is no danger', () => {
  it.each([
    '息子の熱、夜のうちに37度まで下がりました。',
    'むすこ の ねつ が さがりました。 あした は ほいくえん です',
    'Good news, my daughter’s fever went down and she’s back at daycare',
    '孩子已经退烧了，今天又活蹦乱跳的',
    '아들 열이 내렸어요. 오늘은 잘 놀아요',
    'Con em hạ sốt rồi, giờ lại chạy nhảy khắp nhà',
    'छोरीको ज्वरो कम भयो, अहिले खेल्दै छ',
    'Bumaba na ang lagnat ng anak ko, naglalaro na ulit siya',
    'Meu filho já está sem febre, voltou pra creche hoje',
    'Demamnya anak saya sudah turun, sekarang sudah main lagi',
  ])('%s', (text) => expect(detectCrisis(text)).toBeNull());

  it.each([
    ['熱は下がったけど、息子がけいれんして呼びかけても反応がありません', 'emergency'],
    ['The fever broke but now she is having a seizure and won’t wake up', 'emergency'],
    ['退烧了，但是孩子现在抽搐，叫不醒', 'emergency'],
    ['A febre baixou mas agora ele está convulsionando e não acorda', 'emergency'],
    ['Bé đã hạ sốt rồi nhưng giờ bé co giật, gọi không tỉnh', 'emergency'],
    ['熱は下がったけど、もう疲れた。消えたい', 'suicide'],
  ])('%s', (text, signal) => expect(detectCrisis(text)).toBe(signal));
});

describe('who the concern is about, privacy, consent, a phone nobody answered: talk around the chat', () => {
  it.each([
    'It is about my mum, not me',
    'Não é sobre mim, é sobre minha mãe',
    '제가 아니라 아빠 얘기예요',
    'Will my employer find out what I write here?',
    'ここで話したことは会社に知られますか',
    '여기서 말한 게 회사에 알려지나요?',
    'Como faço para retirar o consentimento depois?',
    'How do I withdraw my consent later?',
    '同意を後から取り消したいときはどうすればいいですか',
    'I rang this morning but nobody answered',
    '昨天打了电话，没人接',
    'Kemarin saya telepon, tapi tidak ada yang angkat',
    'Liguei ontem e ninguém atendeu',
  ])('%s', (text) => {
    expect(left(text)).toBe('');
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ['Not me, my husband hits my son every night', 'child_abuse'],
    ['Will my husband find out what I say here? He said he would kill me', 'violence'],
    ['I called yesterday but nobody picked up, and now I have the pills ready to end it', 'suicide'],
  ])('%s', (text, signal) => expect(detectCrisis(text)).toBe(signal));
});

describe('a tiring day told as just venting', () => {
  it.each([
    'Long shift today, collapsed on the couch the second I got home. Just venting',
    '今天加班到十点，累趴了，只是吐槽一下',
    '会議ばっかりでもうぐったり。ただの愚痴です',
    'Hoje o plantão foi puxado, cansada demais. Só desabafando',
    'Hari ini kerja lembur, capek banget. Cuma curhat',
    'आज कामले धेरै थाकें, त्यसै भनेको',
  ])('%s', (text) => expect(detectCrisis(text)).toBeNull());

  it.each([
    ['Exhausted, I just want to die, sorry for venting', 'suicide'],
    ['累趴了，真的不想活了，只是吐槽一下', 'suicide'],
    ['もうぐったり。ちょっと愚痴でした。でも本当に死にたい', 'suicide'],
    ['Só desabafando: não aguento mais viver', 'suicide'],
    ['子どもがぐったりして動きません', 'emergency'],
  ])('%s', (text, signal) => expect(detectCrisis(text)).toBe(signal));
});

describe('a friend’s joke of killing, then back to the question', () => {
  it.each([
    'My buddy said he will kill me if I spoil the ending lol, anyway back to my question',
    'Minha amiga disse que vai me matar se eu atrasar de novo kkkk',
    '친구가 스포하면 죽인다고 했어요 ㅋㅋ 아무튼 질문 이어서',
    'Temanku bilang mau bunuh aku kalau telat lagi wkwk',
  ])('%s', (text) => expect(detectCrisis(text)).toBeNull());

  it.each([
    ['My boyfriend said he will kill me if I’m late again. He has a knife', 'violence'],
    ['My friend says he’s going to kill me, he is outside my door with a bat right now', 'violence'],
    ['朋友说要杀了我，他现在拿着刀在我家门口', 'violence'],
    ['My friend said he’d kill me and he wasn’t joking', 'violence'],
  ])('%s', (text, signal) => expect(detectCrisis(text)).toBe(signal));
});

describe('an emergency asked about ahead', () => {
  it.each([
    '만약 아버지가 밤에 쓰러지시면 구급차 불러야 하나요? 지금은 괜찮으세요',
    'What if my son has a seizure at night, should I call an ambulance? He is fine now',
    'Se minha mãe desmaiar de noite, chamo a ambulância ou levo ao hospital?',
    'もし祖母が夜中に倒れて、呼んでも返事がなかったら救急車を呼んでいいんですか',
  ])('%s', (text) => expect(detectCrisis(text)).toBeNull());

  it.each([
    'My son is having a seizure right now, should I call an ambulance?',
    '아버지가 쓰러지셨어요. 구급차 불러야 하나요?',
  ])('%s', (text) => expect(detectCrisis(text)).toBe('emergency'));
});

describe('someone else’s accident in the news', () => {
  it.each([
    'I saw on the news that a man drowned in the Arakawa river, are the fireworks still on?',
    'Vi no jornal que uma criança se afogou no rio, a piscina pública está aberta?',
    '뉴스 봤는데 스미다강에서 사람이 물에 빠졌대요. 오늘 축제는 하나요?',
  ])('%s', (text) => expect(detectCrisis(text)).toBeNull());

  it.each([
    'I saw on the news about drownings. My son fell into the river just now and is not breathing',
    'I just got the news that my dad collapsed at work and is unconscious',
    'Ada berita dari rumah sakit, ayah saya tidak sadarkan diri',
  ])('%s', (text) => expect(detectCrisis(text)).toBe('emergency'));
});

describe('an ex who waits outside but does nothing, only frightens', () => {
  it.each([
    'My ex keeps turning up at my work. He doesn’t do anything but I’m scared',
    '前男友每天在我家楼下等，什么都没做，但我很害怕',
    'Mantan suami saya nunggu di depan rumah tiap malam, gak ngapa ngapain tapi aku takut',
  ])('%s', (text) => expect(detectCrisis(text)).toBeNull());

  it.each([
    'My ex waits outside my house every day. He does nothing but last night he said he’d kill me',
    '元彼が毎日家の前にいます。何もしないけど、今ドアをこじ開けようとしています',
  ])('%s', (text) => expect(detectCrisis(text)).toBe('violence'));
});

describe('medical history, a child left out, wanting to change, an age given, a fun day', () => {
  it.each([
    'I had eczema as a child and now it’s flared up, any dermatologist in Sumida?',
    'Our son is being left out at school and cries every morning',
    'I’ve been at home for 3 years. I know I need to change something',
    '어머니는 올해 여든다섯이세요. 요즘 자꾸 깜빡하세요',
    '오늘 손녀 운동회였어요. 즐거웠어요',
    'Hôm nay là sinh nhật cháu, vui lắm',
  ])('%s', (text) => expect(detectCrisis(text)).toBeNull());

  it.each([
    ['I had asthma as a kid, and right now I can’t breathe and my lips are blue', 'emergency'],
    ['3年家にいる。このままじゃやばいとは思ってる。もう死にたい', 'suicide'],
    ['아버지가 올해 여든이신데 어제부터 아무것도 안 드시고 불러도 반응이 없어요', 'emergency'],
    ['今日は孫の運動会でした。楽しかったです。でももう生きていたくない', 'suicide'],
  ])('%s', (text, signal) => expect(detectCrisis(text)).toBe(signal));

  it('a child left out, and hit at home, still alarms', () =>
    expect(
      detectCrisis('My daughter gets left out at school and her father beats her when she cries'),
    ).not.toBeNull());
});

describe('the refinements: each harmless reading marked by its own words', () => {
  it.each([
    '要是孩子半夜抽搐的话，应该打119还是去医院？',
    'Nếu ông em nửa đêm bất tỉnh thì có nên gọi cấp cứu không? Giờ ông vẫn khỏe',
    'Kalau ayah saya pingsan dan tidak merespon, apakah harus telepon 119? Sekarang baik-baik saja',
    'What if my dad passes out at home, should I call an ambulance or drive him in?',
    '기사 봤는데 바다에서 아이가 물에 빠져 죽었대요. 구민 수영장은 열었나요?',
    'Xem tin thấy có người chết đuối ở hồ, cuối tuần bể bơi có mở không?',
    'Thằng bạn em dọa giết em nếu em spoil phim haha',
    'Sabi ng kaibigan ko papatayin daw ako pag na-late ulit ako',
  ])('%s', (text) => expect(detectCrisis(text)).toBeNull());

  it.each([
    ['Fever went down but now she’s limp', 'emergency'],
    ['A febre baixou mas ela está mole', 'emergency'],
    ['The fever broke but he is floppy and pale', 'emergency'],
    ['Kalau boleh tanya, ibu saya jatuh dan tidak merespon, harus panggil ambulans?', 'emergency'],
    ['不知道如果打119有没有用，我妈倒下了叫不醒', 'emergency'],
    ['Nếu được thì giúp em, mẹ em ngã không tỉnh thì phải làm sao', 'emergency'],
    ['뉴스 봤는데 저도 그냥 물에 빠져 죽고 싶어요', 'suicide'],
    ['Đọc báo thấy có người chết đuối, em cũng muốn chết luôn', 'suicide'],
    ['친구가 죽여버린다고 했어요 ㅋㅋ 근데 진짜 칼 들고 찾아왔어요', 'violence'],
    ['Minha amiga disse que vai me matar kkkk mas agora ela está aqui com uma faca', 'violence'],
    ['남자친구가 죽여버린다고 했어요ㅋㅋ 암튼 질문 이어서', 'violence'],
    [
      'My ex parks outside my flat every night. He does nothing but I’m scared, and now he’s trying to break in',
      'violence',
    ],
  ])('%s', (text, signal) => expect(detectCrisis(text)).toBe(signal));
});
