import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 25 (lexicon): a goodbye told by whoever receives it, "the last thing I'll see", a denial turned dark, strain
// over money and work, a boss's insult reported, hitting long parted from, first aid, a lonely parent — each safe
// class beside the same words where the danger is real.

describe('thanks for all this time, with a spare key or borrowed things given back', () => {
  alarms('suicide', [
    'My friend came by, returned the spare key and thanked me for everything. I have a bad feeling.',
    'Kakak kelas di sebelah mengembalikan kunci cadangan dan bilang terima kasih untuk semuanya. Dia nggak pindah ke mana-mana, aneh rasanya',
  ]);
  quiet([
    '隣の子が今まで猫の世話ありがとうって合鍵を返しに来た。来月引っ越すらしい',
    'The neighbour returned the spare key and thanked me for everything, she’s moving to Osaka next month',
  ]);
});

describe('the last thing I will see', () => {
  alarms('suicide', [
    'The moon is beautiful tonight, a good last thing to see.',
    'Hôm nay trời đẹp, đây sẽ là cảnh cuối cùng em nhìn thấy',
    'Da sacada, a lua tá linda. A última coisa que eu vou ver.',
    'Bulan malam ini indah, cocok jadi hal terakhir yang kulihat',
    '오늘 밤 달이 예뻐요. 마지막으로 보기 좋은 풍경이에요',
  ]);
  quiet(['寝る前に最後に見るものはいつもスマホです', 'Hal terakhir yang kulihat sebelum tidur biasanya HP']);
});

describe('a wish to die denied in passing, then a turn to the thought or to a life too hard', () => {
  alarms('suicide', [
    '죽고 싶은 건 아니에요. 근데 가끔 그런 생각이 들어요',
    '죽고 싶은 건 아니에요. 근데 사는 게 너무 힘들어요',
    'I’m not suicidal or anything, but sometimes I think about it',
    '我没有想自杀啦，但是有时候会冒出念头',
    'Não que eu queira morrer, mas às vezes penso nisso',
    'Bukannya mau mati, tapi kadang kepikiran',
  ]);
  quiet(['죽고 싶은 건 아니에요. 그냥 너무 피곤해요']);
});

describe('a wallet, a bank account or pay that is “dying”', () => {
  quiet([
    'Dompet saya sekarat, gajian masih seminggu lagi, ada bantuan makanan?',
    'My wallet is dying after paying rent, is there a food bank nearby?',
    'Minha carteira tá morrendo depois do aluguel, tem cesta básica?',
    '給料日前で財布が瀕死です。フードバンクはありますか',
    '钱包快死了，房租又涨了，有什么补贴吗',
  ]);
  alarms('suicide', ['Dompet saya kosong dan saya mau mati saja', 'My wallet is empty and I want to die']);
});

describe('rent or debt that is “like being strangled, slowly”', () => {
  quiet([
    'Cicilan motor bikin rasanya kayak dicekik pelan pelan, bisa minta keringanan?',
    'The debt feels like being strangled slowly, can I consolidate my loans?',
    'Tiền nhà tăng hoài, cảm giác như bị bóp cổ từ từ. Có nhà ở xã hội không?',
    '借金で真綿で首を絞められてるみたい。債務整理の相談はどこで？',
    'Harga sembako makin mencekik leher',
  ]);
  alarms('violence', [
    'Sewa naik lagi, suami marah dan mencekik saya',
    'The rent went up and my boyfriend choked me last night',
    'O aluguel subiu e meu marido me estrangulou ontem',
    '家賃のことで喧嘩して、夫に首を絞められた',
  ]);
});

describe('the company, the job or overtime that “will kill me”', () => {
  quiet([
    'この残業に殺される。毎日終電で休みもない',
    'Esse trabalho tá me matando, hora extra todo dia sem pagar',
    'Lembur tiap hari, kerjaan ini membunuhku pelan pelan',
    '加班要了我的命，每天到半夜',
  ]);
  alarms('violence', ['A coworker at work said he will kill me, I’m scared to go in tomorrow']);
  alarms('suicide', ['Overtime every day. I want to die.']);
});

describe('so poor one “can’t go on living”, asking for a subsidy', () => {
  quiet(['没钱活不下去了，低保怎么申请？']);
  alarms('suicide', ['活不下去了，不想再撑了', '穷得活不下去了']);
});

describe('a boss’s insult reported, and the writer agreeing with it', () => {
  quiet([
    '店長に「お前なんか死んでも誰も困らない」と言われて、それから眠れません',
    'The manager told me nobody would care if I died. It keeps me up at night.',
    'Chefe disse que se eu morresse ninguém ia ligar. Isso não sai da minha cabeça',
    'Atasan bilang kalau saya mati juga gak ada yang peduli. Saya susah tidur',
    '经理说我死了也没人管，气得我一晚上没睡',
  ]);
  alarms('suicide', [
    '店長に「お前なんか死んでも誰も困らない」と言われた。本当にそうだと思う',
    'The manager told me nobody would care if I died. He’s right.',
    'Chefe disse que se eu morresse ninguém ia ligar. Acho que é verdade.',
    'Atasan bilang kalau saya mati juga gak ada yang peduli. Mungkin dia benar.',
    '老板说我死了也没人在乎，他说得对',
    'Nobody would care if I died.',
  ]);
});

describe('hitting told as past, then the parting said; the ex who found the new address', () => {
  quiet([
    '前の夫に殴られていました。今は離婚しました。子どもの学童について知りたい',
    'He used to beat me, but we divorced. Can my son change schools?',
    'Chồng cũ trước đây hay đánh tôi, giờ đã ly hôn rồi. Tôi muốn hỏi về học phí cho con',
    'Dulu suami sering mukul, sekarang sudah cerai. Mau tanya soal beasiswa anak',
  ]);
  alarms('violence', [
    '前の夫に殴られていました。今は離婚しましたが、新しい住所を知られてしまいました',
    'He used to hit me. We separated, but he found my new address.',
    'He used to hit me. I left him, but he found my new address.',
    'Meu ex me batia. Nos separamos, mas ele descobriu onde eu moro.',
    'He used to hit me. We separated, but yesterday he hit me again.',
    'Suami sering mukul saya',
  ]);
});

describe('overdoses as a topic of a first-aid course', () => {
  quiet([
    'Took a CPR course at the ward office, and the part about overdoses was useful. Is there an advanced class?',
    '救命講習でオーバードーズについて習いました。上級コースはありますか',
    'Fiz um curso de primeiros socorros e a parte sobre overdose foi ótima. Tem curso avançado?',
  ]);
  alarms('emergency', ['First aid course last month. Now my brother overdosed and he is not breathing']);
});

describe('a parent alone all day with the baby, and lonely', () => {
  quiet([
    '在日本没有朋友，我带着宝宝一整天一个人，好想哭',
    'I’m alone with my newborn all day, so lonely, no one to talk to',
    'Aku sendirian sama bayi seharian, kesepian banget',
  ]);
  alarms('child_abuse', [
    '我带着孩子一整天一个人，昨天实在忍不住打了他',
    'I’m home alone with the baby all day and I shook him last night',
    'The baby is alone all day while I work',
  ]);
});
