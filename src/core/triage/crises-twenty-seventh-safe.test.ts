import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 27 (safe look-alikes): what a worker saw or heard and found harmless or handled — a drill that plays a
// knife, a cry that was a game or a dream, a costume's blood, someone else's collapse survived, an attempt long
// past and treated, a class discussing the news — and everyday figures: pain "to die for", a chest tight with
// worry, dying at home chosen in a terminal illness, a young carer, a landlord "kicking me out". Each beside its
// dangerous twin.

describe('a drill or scenario that plays a knife or an intruder; the emergency call practised', () => {
  quiet([
    'We had a drill where a teacher played an intruder with a knife. Some kids cried, is there counselling?',
    '학교에서 흉기를 든 괴한이 침입했다는 상황을 가정한 훈련을 했는데 아이들이 무서워해요. 상담할 곳이 있나요?',
    'Hôm nay công ty diễn tập tình huống kẻ gian cầm dao đột nhập, có chỗ nào dạy tiếng Nhật không?',
    '刃物を持った人が入ってきたという想定で練習しました。子どもたちのケアはどこに相談できますか',
    'Supervisor ngajarin cara telepon 119: bilang kyuukyuu desu. Ada versi bahasa Indonesia?',
  ]);
  alarms('violence', [
    'My husband came home from the fire drill and held a knife to my throat',
    '避難訓練の後、夫が刃物を持って追いかけてきた',
    'Chồng em cầm dao đòi giết em sau buổi diễn tập ở công ty',
  ]);
  alarms('emergency', ['Ayah saya pingsan dan tidak bernapas, bagaimana cara telepon 119?']);
});

describe('a cry heard that was a game or a dream; blood that was a costume’s', () => {
  quiet([
    '隣の家から「たすけて！」と叫び声がしたけど、子どもたちがお化けごっこをしていただけでした。',
    'A customer ran in covered in blood saying he had been stabbed, turned out it was fake blood from a Halloween costume.',
    'bọn trẻ chơi trò chơi cứ hét tao giết mày, có lớp tiếng Nhật cho trẻ không',
  ]);
  alarms('child_abuse', ['隣の家から「たすけて！」と子どもの叫び声がして、大人の怒鳴り声も聞こえます。']);
  alarms('emergency', ['A customer ran in covered in blood saying he had been stabbed, please send help']);
});

describe('someone else’s collapse or accident, gone by ambulance, survived or back to thank', () => {
  quiet([
    'Ontem um senhor desmaiou na loja, chamamos a ambulância e hoje ele voltou pra agradecer. Onde tiro o seguro?',
    'Hôm qua có vụ tai nạn, xe cấp cứu chở đi rồi, nghe nói đã qua khỏi. Cho hỏi về bảo hiểm',
  ]);
  alarms('emergency', [
    'Meu pai desmaiou, chamamos a ambulância e ele ainda não acordou',
    'Có tai nạn, người đó nằm bất động, không thở, xe cấp cứu chưa tới',
  ]);
});

describe('an attempt or a wish to die long past, treated and well now', () => {
  quiet([
    '朋友去年说过想死，后来看了医生，现在好很多了。附近有没有交流的地方？',
    'Tahun lalu teman sekamar saya sempat percobaan bunuh diri, sudah dirawat dan kabarnya baik. Ada pelatihan gatekeeper?',
    '몇년전에 자살시도한적 있어요 지금은 치료받고 괜찮아요 상담 받을 곳 있나요',
  ]);
  alarms('suicide', [
    '朋友去年说过想死，现在又说想死，今晚要跳楼',
    'Tahun lalu saya sempat percobaan bunuh diri, sekarang saya mau coba lagi malam ini',
    '몇년전에 자살시도한적 있어요 지금은 치료받고 괜찮았는데 요즘 다시 죽고 싶어요',
  ]);
});

describe('a class discussing a suicide in the news; a child’s “mum will kill me” laughed at', () => {
  quiet([
    'Nag discuss kami sa klase ng balita tungkol sa estudyanteng nag suicide dahil sa bullying. Saan pwede magsumbong?',
    '學生說「我媽要打死我」，因為把作業忘在家裡了，他媽媽來接的時候也在笑',
  ]);
  alarms('child_abuse', ['學生說「我媽要打死我」，手臂上都是瘀青，他很怕回家']);
});

describe('pain “to die for”; a chest tight with worry', () => {
  quiet([
    'đau răng muốn chết luôn, có nha sĩ nói tiếng Việt không',
    '腰が痛くて死にそう、整体でおすすめありますか',
    'Sakit gigi rasanya mau mati, ada dokter gigi yang bisa bahasa Indonesia?',
    'dada sesak kalau mikirin cicilan, susah tidur',
    '一想到房贷就胸闷，睡不着',
  ]);
  alarms('suicide', ['đau lưng mấy năm nay, tôi muốn chết cho xong']);
  alarms('emergency', ['dada sesak banget, nyeri sampai lengan kiri, keringat dingin']);
});

describe('dying at home chosen in a terminal illness; not the kind that wants to die', () => {
  quiet([
    'Mama ko stage 4 cancer, gusto niyang mamatay sa bahay. Pwede ba home visit ng doktor?',
    'My dad has terminal cancer and wants to die at home, how do we arrange home care?',
    '照顧媽媽五年了，我快撐不下去了，但不是想死那種，就是很累',
  ]);
  alarms('suicide', [
    'Gusto ko nang mamatay, ayoko na dito sa bahay',
    '照顧媽媽五年了，我快撐不下去了，真的想死',
  ]);
});

describe('a young carer; a teenager who won’t see a doctor; a landlord “kicking me out”; control with the hitting denied', () => {
  quiet([
    '담임인 제 반 학생이 아픈 엄마 대신 동생들 밥을 챙겨요. 지원이 있나요?',
    'Meu filho de 14 tá com febre há dois dias e não quer ir no médico',
    'My landlord is kicking me out because I am a foreigner, is that legal?',
    'श्रीमानले पैसा सबै राख्छन्, मलाई बाहिर जान दिँदैनन्। कुटपिट भने गर्दैनन्।',
  ]);
  alarms('violence', [
    'My boyfriend is kicking me and I cannot get out',
    'श्रीमानले मलाई कोठामा थुनेर राख्छन्, बाहिर जान दिँदैनन्, कुट्छन् पनि।',
  ]);
});
