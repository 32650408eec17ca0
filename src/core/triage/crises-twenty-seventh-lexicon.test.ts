import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 27 (lexicon): a last message then silence; borrowed things returned with a sorry to the parents; the wish
// typed in Latin letters; a diabetic in a cold sweat who cannot answer; black stool with faintness; a towel soaked
// with blood; a door unanswered with the TV on inside; a child touched on the private parts; a small child unfed
// for days — each beside its harmless reading.

describe('a goodbye posted, then the phone off, no contact, or heading for the river', () => {
  alarms('suicide', [
    '친구가 단톡방에 다들 고마웠다고 쓰고 나서 폰이 꺼져 있어요',
    '동생이 미안해 먼저 간다고 보내고 연락이 안 돼요',
    'My brother posted goodbye everyone on his story and now his phone is switched off',
    'かのじょ から「さようなら」と きました。それから れんらく が ありません',
    '朋友在群里说对不起大家，然后手机关机了',
    'Bạn em nhắn tạm biệt mọi người rồi tắt máy luôn',
    'Nag-text siya ng paalam sa lahat tapos off na ang phone niya',
    'Minha amiga mandou adeus no grupo e agora o celular tá desligado',
    'Teman saya kirim pesan selamat tinggal lalu nomornya tidak aktif lagi',
    'pinsan ko: pag wala na ko ikaw na bahala sa aso ko. Tapos hindi na makontak',
    'Her last message was just goodbye and thank you',
  ]);
  quiet([
    'Sorry I’m late, I’ll be there in 10 min, my phone is almost dead',
    '회식에서 먼저 간다고 하고 집에 갔어요. 내일 봐요',
    'かのじょ から「またね」と きました。でんわ の でんげん が きれて います',
    'Bạn em nhắn hẹn gặp lại tuần sau ở quán cà phê, rồi tắt máy vì điện thoại hết pin',
  ]);
});

describe('everything borrowed given back, with a sorry to the parents', () => {
  alarms('suicide', [
    'Con đã trả hết đồ mượn của các bạn rồi. Con xin lỗi bố mẹ',
    'I returned everything I borrowed from my friends and texted my parents sorry',
    '借りてたものを全部返しました。お母さんごめん',
    '把借的东西都还了，对不起爸爸妈妈',
  ]);
  quiet(['Con đã trả hết đồ mượn của các bạn trước khi chuyển nhà']);
});

describe('a wish to die or pills put by, typed in Latin letters', () => {
  alarms('suicide', [
    'wo bu xiang huo le, tai lei le',
    'jeongmal jukgo sipeoyo',
    'sumyeonje mani moa nwasseoyo',
    'mo shinitai, tsukareta',
    'aba malai bachera kei kaam chhaina',
    'aaja rati sabai khatam garchhu',
  ]);
  quiet([
    'wo xiang si kao yi xia zhe ge wen ti, ming tian zai shuo',
    'Malai Japan ma bachera kaam garna man chha, visa kasari linchha?',
  ]);
});

describe('a diabetic now in a cold sweat, groaning, unable to answer or swallow', () => {
  alarms('emergency', [
    'Bố em bị tiểu đường, giờ bố vã mồ hôi, gọi không trả lời được',
    'My diabetic dad is drenched in sweat and only groaning, he cant swallow the juice',
    '糖尿病の父が冷や汗をかいて、呼んでも返事ができません',
    '妈妈有糖尿病，现在一身冷汗，叫她不应',
    '당뇨가 있는 엄마가 식은땀을 흘리고 불러도 대답을 못 해요',
    'Meu pai é diabético e tá suando frio, não consegue responder',
  ]);
  quiet([
    'My diabetic mother’s sugar was low yesterday, she is fine now',
    'Mẹ em bị tiểu đường, hôm qua đường huyết hơi thấp nhưng giờ khỏe rồi',
    '糖尿病の母の血糖値が昨日は低めでしたが、今日は元気です',
  ]);
});

describe('black stool with dizziness or faintness', () => {
  alarms('emergency', [
    '祖父が黒い便が出て、立ち上がるとめまいがすると言っています',
    'My grandma has black tarry stool and is so dizzy she can’t stand',
    '奶奶拉黑便，站起来就头晕',
    'Bà em đi ngoài phân đen và chóng mặt lắm',
    'Minha avó está com fezes pretas e muita tontura',
  ]);
  quiet([
    'I take iron tablets and my stool is black, is that normal?',
    '鉄剤を飲んでいて便が黒いのですが、大丈夫でしょうか',
  ]);
});

describe('a towel soaked with blood; a lot of blood that will not stop, told in pieces', () => {
  alarms('emergency', [
    'おとうと が ほうちょう で きった。 ち が いっぱい でる。 とまらない',
    'He cut his leg on a saw and the towel is soaked with blood',
    'Con tôi bị đứt tay, khăn thấm đầy máu rồi',
    'Cortou a mão no vidro e já ensopou a toalha',
  ]);
  quiet([
    'おとうと が ほうちょう で きった。 ち が いっぱい でた。 でも もう とまった',
    'He cut his finger, the bleeding stopped after a minute with a plaster',
    'ゆび を すこし きりました。 ち は すこし だけ。 もう とまりました',
  ]);
});

describe('no answer at the door, with the TV on inside', () => {
  alarms('emergency', [
    '一人暮らしの父の家のチャイム押しても出てこない、テレビの音はしている',
    'My aunt lives alone, she is not answering the door but I can hear the tv',
  ]);
  quiet(['母に電話したけど出なかった。あとでかけ直します']);
});

describe('someone down and not breathing properly (romanised Nepali)', () => {
  alarms('emergency', ['sathi ladyo, boldaina, sas ramro sanga ferna sakeko chaina']);
  quiet(['hijo ladyo tara aba thik chha, sas pani ramro chha']);
});

describe('someone who does not answer, with the mouth described (Portuguese)', () => {
  alarms('emergency', ['meu avô não responde e tá com a boca roxa']);
  quiet(['meu filho caiu na escola e ficou com a boca roxa, mas tá brincando normal']);
});

describe('a child touched on the private parts, with the one who does it named between', () => {
  alarms('child_abuse', [
    'sabi ng anak ko hinihipo daw siya ng tito niya sa maselang bahagi',
    'My daughter says her stepdad touches her private parts when I am at work',
    'Con gái tôi nói chú ấy hay sờ vào vùng kín của cháu',
    'Minha filha disse que o padrasto mexe nas partes íntimas dela',
  ]);
  quiet(['Bé nhà tôi bị ngứa vùng kín, nên đưa đi khám ở phòng khám nào gần đây?']);
});

describe('a small child with nothing to eat for days (Chinese)', () => {
  alarms('child_abuse', ['外孙女打电话说三天没东西吃了，才5岁', '孫女說她兩天沒吃東西了，才4歲']);
  quiet(['我今年30岁了，最近找不到工作，已经三天没东西吃了，有没有食物银行']);
});
