import { describe, expect, it } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';
import { detectCrisis } from './index.ts';

// Pass 25, round 3: a first-person goodbye; what dementia makes a relative say; a jump in a film or the news; a
// suicide grieved years on; a scam's threat; bodily things that are no emergency; a move denied — each safe class
// beside the same words where the danger is real.

/** Raises some alarm (which one is the engine's reading of who was hit). */
const raisesAlarm = (texts: string[]) =>
  it.each(texts)('alarm: %s', (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });

describe('a first-person goodbye: thanks for the help, belongings given away, nothing needed any more', () => {
  alarms('suicide', [
    'Thank you all for helping me this past year. My stuff is with my flatmate now. I won’t need anything anymore.',
    'Cảm ơn mọi người đã giúp đỡ em bấy lâu nay. Đồ đạc của em để lại cho bạn cùng phòng hết rồi.',
    'みなさん、いままで ありがとう。 にもつ は ともだち に あげました。 もう なにも いりません。',
    '谢谢你们这段时间的帮助。我的衣服和书都送给室友了，我什么都不需要了',
    '그동안 많이 도와주셔서 정말 감사했어요. 제 짐은 룸메이트한테 다 줬어요.',
    'Obrigado a todos pela ajuda. Dei minhas coisas pra minha colega de quarto, não vou precisar de mais nada.',
    'Makasih semuanya buat bantuannya. Barang saya sudah saya kasih ke teman sekamar.',
    'Salamat po sa lahat ng tulong. Pinamigay ko na ang mga gamit ko, wala na akong kailangan.',
  ]);
  // Going home to one's country, said alone, closes nothing: it is how some say goodbye for ever, and it
  // silenced a wife on a ninth-floor balcony whose husband would "send me home with nothing" («cho tôi về nước»).
  // Only a return with the family, or one already decided, is news that closes a case (concepts-safe.ts).
  alarms('suicide', [
    'Thanks everyone for all your help. I gave my stuff to my roommate because I’m moving back to Manila next week.',
    '皆さん今までありがとうございました。帰国するので荷物は友達にあげました',
    'Chồng bảo sẽ cho tôi về nước tay trắng. Tôi đang đứng ở ban công, chỉ muốn nhảy xuống cho xong.',
  ]);
  quiet([
    'Cảm ơn mọi người đã giúp em. Đồ đạc em để lại cho bạn cùng phòng vì tháng sau em về nước rồi.',
    'Obrigada pela ajuda! Consegui um emprego, não preciso de mais nada.',
    'Thanks for your help with the visa form, I don’t need anything else.',
  ]);
});

describe('a move denied closes nothing; “not moving” said of a move', () => {
  alarms('suicide', [
    '谢谢大家一直以来的照顾。我的东西都送给室友了，其实我没有要搬家',
    'Cảm ơn mọi người vì tất cả. Đồ đạc em cho bạn hết rồi. Em đâu có chuyển nhà',
    'Terima kasih semuanya. Barang barangku udah aku kasih ke teman sekamar. Aku nggak pindah rumah kok',
  ]);
  quiet([
    '谢谢大家一直以来的照顾。我们下个月要搬家了，以后不用联系我了',
    'My flatmate says he isn’t moving out, so can the landlord raise the rent for both of us?',
    'We aren’t moving house after all, is the school still the same?',
  ]);
  alarms('emergency', [
    'My dad fell down the stairs and he isn’t moving',
    'We were moving house and my dad fell off the ladder, he isn’t moving',
  ]);
});

describe('a relative with dementia saying “let me die”, which the doctor puts down to the illness', () => {
  quiet([
    'My mother-in-law has dementia and keeps saying "just let me die", but the doctor says it is the illness. I need a carer.',
    '義母は認知症で「死なせて」と言いますが、医者は病気のせいだと言います。ヘルパーを頼みたい',
    'Bố chồng em bị lú lẫn, hay nói muốn chết, bác sĩ nói là do bệnh. Em cần người giúp chăm sóc',
    'Minha mãe tem Alzheimer e fala "me deixa morrer", mas o médico disse que é da doença',
  ]);
  alarms('suicide', [
    'My mother stopped eating and says she wants to die',
    'Mẹ em bỏ ăn mấy hôm nay, cứ nói muốn chết',
    '母が食事をとらなくなって、死にたいと言っています',
  ]);
});

describe('a relative with dementia who threatens to kill or looks for a knife, but hurts nobody', () => {
  quiet([
    'My grandma has dementia and shouts she will kill us all, but she never hurts anyone and she can’t walk',
    '爷爷失智了，晚上老说要杀猪、找刀，刀我们都收起来了，他其实很温和',
    'Lolo ko may dementia, sinasabi niyang papatayin kami pero hindi naman nananakit at nakaratay na siya',
  ]);
  raisesAlarm(['My mother-in-law has dementia and today she hit me with her walking stick']);
  alarms('violence', [
    '認知症の父に今日、杖で殴られました',
    'Lola ko may dementia, hinampas niya ako ng tungkod kanina',
  ]);
});

describe('a jump from a bridge or a building in a film or the news', () => {
  quiet([
    'Xem phim có cảnh nhảy lầu, em hơi sợ nhưng không sao, muốn nói chuyện với ai đó',
    'Napanood ko yung pelikula na may tumalon sa tulay, medyo natakot ako pero okay lang',
    'I watched a movie where a girl jumped off a bridge and it upset me. I’m okay, just want to talk',
    '看新闻说有人在我上班的那条线上卧轨了，现在一上站台就害怕',
  ]);
  alarms('suicide', [
    'Xem phim xong em cũng muốn nhảy cầu',
    'I watched that movie and now I want to jump off a bridge too',
    '看了新闻，我也想跳楼',
  ]);
});

describe('bereaved by a suicide years ago, asking for a support group', () => {
  quiet([
    'Is there a support group for people who lost a loved one to suicide? My brother died three years ago',
    '自死遺族のわかちあいの会はありますか。兄が5年前に亡くなりました',
    '자살 유가족 모임이 있나요? 작년에 친구를 잃었어요',
  ]);
  alarms('suicide', [
    'I lost my best friend to suicide two years ago and I want to die too',
    'My brother died by suicide last year and I keep thinking of doing the same. I want to die.',
  ]);
});

describe('a scam message threatening to kill, already reported', () => {
  quiet([
    'Got a text saying "we will kill you" unless I pay, it was a scam and I already reported it to the police',
    'Có tin nhắn dọa giết tôi nhưng là lừa đảo, tôi đã báo công an rồi',
    'Ada SMS "kami bunuh kamu" ternyata penipuan, sudah lapor polisi',
  ]);
  alarms('violence', [
    'My ex sent me a message saying he will kill me, he is outside my flat now',
    'Chồng cũ nhắn tin dọa giết tôi, anh ta đang đứng trước cửa',
  ]);
});

describe('abuse long past, told by the adult who suffered it', () => {
  quiet(['小时候经常被妈妈打，现在已经二十五岁了，想找人聊聊']);
  alarms('child_abuse', ['我儿子经常被他爸爸打，身上都是伤']);
});

describe('bodily things that are no emergency', () => {
  quiet([
    'Mum’s hands shake when she holds a knife now. Can we get a home helper for cooking?',
    '母が包丁を持つと手が震えるので、料理のヘルパーを頼みたい',
    'Mẹ tôi cầm dao thì tay run, có người giúp nấu ăn không?',
    'はみがき の とき ちが でます。 はいしゃ に いきたい',
    'My gums bleed when I brush my teeth, where is a dentist who speaks English?',
    '刷牙的时候牙龈出血，哪里有会说中文的牙医？',
    'My son swallowed a button battery last week, the X-ray showed it and it came out. Are there child safety classes?',
    '아이가 동전을 삼켰는데 병원에서 엑스레이 찍고 다 나왔대요',
    'Bulan ini duit habis, rasanya mau pingsan kelaparan. Ada bantuan makanan?',
    'Tiền hết rồi, đói muốn xỉu luôn, có chỗ nào phát đồ ăn không?',
    '저는 일흔이 넘었고 아들이 20년째 집에만 있어요. 내가 죽으면 얘는 어떡하나 걱정이에요',
  ]);
  alarms('child_abuse', ['母が包丁を握って私に向けた。手が震えていた']);
  alarms('emergency', [
    'My son swallowed two magnets an hour ago and now he is vomiting',
    'Adik saya pingsan dan tidak bangun',
    'Fell on my face, my mouth is bleeding a lot and it won’t stop',
  ]);
  alarms('suicide', ['저는 일흔이고 혼자예요. 이제 죽고 싶어요']);
});

describe('me separei, as nos separamos: the ex who found the new address', () => {
  alarms('violence', [
    'Meu ex me batia. Me separei, mas ele descobriu onde eu moro',
    'Meu ex me batia. Nos separamos, mas ele descobriu onde eu moro',
  ]);
  quiet(['Meu ex me batia. Me separei dele e hoje estou bem, queria saber da pensão']);
});
