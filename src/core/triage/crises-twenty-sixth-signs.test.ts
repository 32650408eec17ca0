import { describe, expect, it } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';
import { triage } from './index.ts';

// Pass 26: crises told by their signs rather than named (lexicon/concepts-told-by-signs.ts) — self-harm marks
// hidden or its habit, a rope and "tonight", prized things given away and a locked room, accounts closed before a
// day, a worn-out carer's "we go together", violence heard through the wall, a child who shakes at going back —
// each beside its harmless reading.

describe('self-harm told by its marks hidden under long sleeves, or by its habit', () => {
  alarms('suicide', [
    '手首にまた新しい傷が増えて、夏でも長袖で隠しています',
    'ながそでで かくして いるけど、うでに あたらしい きずが ふえました',
    'Fresh cuts on my wrist again, I wear long sleeves so my parents don’t see',
    '胳膊上又多了几道新的伤口，只敢穿长袖',
    '手腕上的新傷口越來越多，天氣再熱都穿長袖遮住',
    '손목에 새로 생긴 상처를 긴팔로 가리고 다녀요',
    'Cổ tay em lại thêm mấy vết cắt mới, em toàn mặc áo dài tay để giấu đi',
    'May bagong hiwa na naman sa pulso ko, lagi akong naka long sleeves',
    'Tenho cortes novos no braço e uso manga comprida pra ninguém ver',
    'Ada luka sayatan baru di lenganku, selalu kututupi pakai lengan panjang',
    'Whenever I get stressed I cut my arm with a razor',
    'Aku sering lukain tangan sendiri kalau lagi sedih',
    'Kapag stressed ako hinihiwa ko ang braso ko',
    'Khi căng thẳng em hay rạch tay mình',
    'stress hunda ma aafno haat kaatchu',
  ]);
  quiet([
    'I wear long sleeves at work to cover my tattoo, is that a rule in Japan?',
    '手術の傷を長袖で隠しています。温泉に入れますか',
    '아토피 때문에 팔에 상처가 많아서 긴팔만 입어요. 피부과 추천해 주세요',
    'My cat scratched my arms again, so many new scratches. Long sleeves it is lol',
    'Tay em có vết cắt mới do làm ở xưởng, em mặc áo dài tay cho an toàn',
    'Saya kena cutter waktu kerja di pabrik, tangan saya luka. Klinik di mana?',
  ]);
});

describe('a rope bought or ready, and tonight — romanised too', () => {
  alarms('suicide', [
    'dori kinisakeko chhu, aaja raati nai ho',
    'rassi le li hai. aaj raat',
    'roopu wo katta. konya',
    'I got the rope. Tonight',
    'Tali udah kubeli. Nanti malam',
    'Comprei a corda. Hoje à noite',
    '밧줄을 샀어요. 오늘 밤이에요',
  ]);
  quiet([
    'Tali sudah kubeli buat jemuran, nanti malam kupasang',
    'Comprei uma corda pro varal, hoje à noite eu instalo',
    'I bought rope for the tent, we go camping tonight',
  ]);
  // The purpose reported further off is the cover story: the rope still alarms.
  alarms('suicide', [
    'Kalo aku ilang dari dunia ini ada yang nyadar ga ya. Udah beli tali kemarin, bilangnya buat jemuran',
  ]);
});

describe('prized things given away, “I don’t need it anymore”, then a locked room', () => {
  alarms('suicide', [
    'My brother gave me his PS5 and his guitar yesterday. Now he’s locked himself in his room and won’t answer',
    'Meu irmão me deu o violão e o celular dele e disse que não precisa mais. Agora se trancou no quarto',
    '弟弟把游戏机和电脑都给了我，说他用不到了。现在把房门反锁了，叫他也不回应',
    'Em trai đưa em cái máy tính với điện thoại, nói không cần nữa. Giờ nó khóa cửa phòng, gọi không trả lời',
    'Kapatid ko binigay niya sa akin ang laptop niya, sabi niya hindi ko na kailangan. Naka lock siya sa kwarto',
    'Adikku ngasih HP dan laptopnya ke aku, katanya udah nggak butuh. Sekarang kamarnya dikunci',
    'भाइले आफ्नो ल्यापटप मलाई दियो, अब चाहिँदैन भन्यो। अहिले कोठा बन्द गरेर बसेको छ',
  ]);
  quiet([
    'My son gave me his old Switch because he got a new one, he doesn’t need it anymore. Where can I sell it?',
    '동생이 새로 샀다고 옛날 노트북을 저한테 줬어요. 이제 필요 없대요. 중고로 어디서 팔아요?',
    'Meu filho me deu o tênis velho porque ficou pequeno, não serve mais. Tem doação de roupa aqui?',
    'Adik saya kasih sepatu lamanya ke saya karena kekecilan. Ada tempat donasi?',
    'My teenage son locked himself in his room after we argued about his phone, he’s sulking. How do I talk to him?',
  ]);
});

describe('accounts and contracts closed so all is tidy before a day, nothing needed after it', () => {
  alarms('suicide', [
    'I want to close my bank account and cancel my phone before Saturday. After Saturday I won’t need anything',
    '日曜までに銀行口座と携帯を全部解約したい。日曜のあとは何もいらなくなるから',
    'Quero cancelar o contrato do celular e fechar a conta antes de sábado. Depois de sábado não vou precisar de mais nada',
    'Aku mau tutup rekening dan putus kontrak HP sebelum Sabtu. Setelah Sabtu aku nggak butuh apa-apa lagi',
    '일요일 전에 휴대폰 해지하고 계좌도 다 정리하고 싶어요. 일요일 이후엔 아무것도 필요 없어요',
  ]);
  quiet([
    'Em về nước cuối tháng này, muốn hủy hợp đồng điện thoại và đóng tài khoản ngân hàng trước chủ nhật',
    '帰国するので、銀行口座と携帯を日曜までに解約したいです',
    'Volto pro Brasil mês que vem, como fecho a conta do banco e cancelo o contrato do celular?',
  ]);
});

describe('a worn-out carer: better we go together, I’ll take him with me, I don’t want to be a burden', () => {
  alarms('suicide', [
    'My mother has cared for my father for years. She said "better we go together, I don’t want to be a burden to you"',
    '母が父の介護に疲れ果てて、「お父さんを連れて一緒に逝きたい」と言いました',
    '妈妈照顾爸爸好多年，说"带着你爸一起走，不想拖累你们"',
    "아빠 간병에 지친 엄마가 '아빠 모시고 같이 가야겠다, 너희한테 짐 되기 싫다'고 하셨어요",
    'Ibu sudah capek merawat bapak, bilang "mending bawa bapak pergi bareng, ibu nggak mau jadi beban kalian"',
    'Minha avó cansada de cuidar do meu avô disse que é melhor os dois irem junto, não quer ser um peso pra vocês',
  ]);
  quiet([
    '엄마가 아빠 모시고 병원에 같이 가는 게 낫겠대요. 통역 서비스 있나요?',
    'My mum wants to take dad with her to the hospital appointment, is there an interpreter?',
    'Mẹ muốn đưa bố đi cùng về quê ăn Tết, thủ tục vé máy bay thế nào?',
  ]);
});

describe('violence heard through the wall now: thuds and someone crying “don’t, stop”', () => {
  alarms('violence', [
    'There’s banging from the flat next door and a woman crying "please stop", it’s been ten minutes',
    '隣の部屋からドスンドスンと音がして、女の人が「やめて」と泣いています',
    'Kabilang unit may kalabog tapos umiiyak yung babae, "tama na po"',
    "छिमेकीको कोठाबाट धमाधम आवाज आउँछ, भाउजू 'नपिट्नुस्' भनेर रोइरहनुभएको छ",
    'chheu ko kotha bata dhyang dhyang aawaj aairaheko chha, didi nagarnus bhanera roirahanu bhaeko chha',
  ]);
  // Where the sounds from a neighbouring home are read as a child's abuse (concepts-abuse.ts), a crisis still.
  it.each([
    '隔壁砰砰的声音，女的一直哭喊"别打了"',
    'Tiếng đập rầm rầm ở phòng bên, chị ấy khóc "đừng đánh nữa"',
    'Ouço pancadas no apartamento de cima e uma mulher gritando socorro',
  ])('a crisis: %s', (text) => expect(triage(text).crisis, text).not.toBeNull());
  quiet([
    'There’s thudding from next door, they’re moving furniture. Who do I complain to about noise?',
    '隣の部屋からドンドン音がします。子どもが走り回っているみたいです',
    'Phòng bên đêm nào cũng rầm rầm, hóa ra họ xem bóng đá. Ồn quá thì báo ai ạ?',
    'Tetangga sebelah suara gedebuk terus, ternyata lagi pindahan. Lapor ke mana ya soal berisik?',
    '옆집에서 쿵쿵 소리가 나요. 층간소음 어디에 신고해요?',
  ]);
});

describe('a child who shakes when it is time to go back to the other parent’s', () => {
  alarms('child_abuse', [
    'My daughter trembles every time it’s time to go back to her dad’s. She came back with bruises and said she "fell in the bath"',
    '息子はお父さんの家に戻る時間になると震えます。あざは「転んだ」と言います',
    '女儿每次要回她爸那里就发抖，身上的淤青她说是"自己撞的"',
    "딸이 아빠 집에 갈 때가 되면 벌벌 떨어요. 멍은 '넘어졌다'고만 해요",
    'Con gái em cứ đến giờ quay lại nhà bố là run rẩy, vết bầm thì nó bảo "tự ngã"',
    'Minha filha treme quando chega a hora de voltar pra casa do pai, e os roxos ela diz que foi "no parquinho"',
    'Anakku gemetar kalau waktunya balik ke rumah ayahnya, memarnya dia bilang "jatuh sendiri"',
  ]);
  quiet([
    'My son came back from judo with bruises on his shins, the coach saw him fall during practice. Any English-speaking clinic?',
    'Con em đi đá bóng về có vết bầm, thầy nói bé va vào bạn, thầy thấy tận mắt',
    'My daughter gets a bit nervous before visits with her dad because she misses me, no bruises or anything. Is counselling available?',
  ]);
});
