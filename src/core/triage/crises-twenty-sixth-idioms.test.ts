import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 26 (helper C): words of death and harm in their everyday use — a laugh or a price "to death", a boss's
// "finish it or go die", "I'd rather die than" a chore, a guardian arranged "for when I'm gone", a suicide
// grieved long after, charcoal to throw out, marks of cupping or henna, a child's shoes hidden at school, a mimed
// choke, a prescription run out, homesickness — each beside its dangerous twin.

describe('a laugh, a price or the weather “to death”', () => {
  quiet([
    'Tiền gas tháng này đắt muốn chết, có trợ cấp cho hộ nghèo không ạ?',
    'Nhà thuê ở Tokyo mắc muốn chết luôn, có nhà công giá rẻ không?',
    'Pengen mati aja ngakak liat video anak kucing ini 😂 btw ada kelas bahasa Jepang gratis?',
    '笑死，我儿子把校服穿反去学校了。对了，学童保育怎么申请？',
    'Morri de rir com o vídeo do meu filho, aliás, onde faço a matrícula da escola?',
  ]);
  alarms('suicide', [
    'Pengen mati aja, ketawa pun udah gak bisa lagi',
    'Tiền điện cao quá, tôi muốn chết cho xong',
    '笑死，反正我也不想活了',
  ]);
});

describe('a boss’s “finish it or go die”, quoted and asked about as harassment', () => {
  quiet([
    '我们组长在早会上说“今天做不完就去死”，这算不算职场霸凌？',
    'My manager said in the meeting "finish the report or go die". Is that power harassment?',
  ]);
  alarms('suicide', ['组长说做不完就去死，我真的想死了']);
});

describe('I’d rather die than do another shift, use a walker, wear …', () => {
  quiet([
    "Grandpa says he'd rather die than use a cane, so stubborn. Is there a rental for walking aids?",
    "I'd rather die than work another night shift lol, who do I ask about the overtime limit?",
    'Vovô diz que prefere morrer a usar fralda. Tem ajuda para cuidador?',
    'Nenek bilang mending mati daripada pakai kursi roda, keras kepala banget',
    'Bà nói thà chết còn hơn dùng gậy, bà cứng đầu quá',
    '奶奶说宁愿死也不坐轮椅，太倔了',
    'おじいちゃんは杖を使うくらいなら死んだほうがましだって。頑固です',
    '할머니가 보행기 쓰느니 차라리 죽는 게 낫대요. 고집이 세요',
    'Sabi ni lolo mas gugustuhin pa niyang mamatay kaysa gumamit ng tungkod',
    'हजुरबुबा भन्नुहुन्छ लौरो टेक्नुभन्दा बरु मर्छु, कस्तो जिद्दी',
  ]);
  alarms('suicide', [
    "I'd rather die than live like this",
    "I'd rather die than go back to him",
    "I'd rather die than live like this in a wheelchair",
    'Prefiro morrer a continuar vivendo assim',
    'Mending mati daripada hidup begini terus',
    'こんな生活を続けるくらいなら死んだほうがまし',
  ]);
});

describe('when I’m gone: a notary, an inheritance or a guardian, a disabled child’s future', () => {
  quiet([
    '父が「自分が死んだら相続で揉めないように」と言って公正証書を作りました。元気です。手続きの相談先はありますか',
    'My daughter has autism. What happens to her when I’m gone? I want to learn about guardianship',
    'Minha filha tem deficiência. Quando eu não estiver mais aqui, quem vai cuidar dela? Queria saber de curatela',
    'Anak saya berkebutuhan khusus. Kalau saya sudah tidak ada, gimana nasib dia? Mau tanya soal perwalian',
    '我死了以后，我那个有残疾的儿子谁来照顾？想了解监护制度',
    '제가 죽고 나면 장애가 있는 아들은 어떻게 되나요? 후견인 제도가 궁금해요',
    'Khi tôi mất, con tôi bị khuyết tật thì ai chăm? Tôi muốn hỏi về người giám hộ',
  ]);
  alarms('suicide', [
    '遺書を書きました。私が死んだら読んでください',
    'Quando eu não estiver mais aqui, cuida do meu filho. Hoje vou me matar',
    "When I'm gone, please look after my cat. Tonight I'll end it",
    'Who will be the guardian of my son when I die? I won’t need anything after this month anyway.',
    'What happens to my inheritance when I die? I won’t need it after this month anyway.',
    '如果我不在了，谁来照顾我残疾的儿子？我已经准备好了',
  ]);
});

describe('someone close who took their own life long ago, still painful', () => {
  quiet([
    'ずっと前に親友が自殺した。今でもつらい。話を聞いてくれるところはありますか',
    'My best friend killed himself years ago and it still hurts sometimes',
    'Teman saya bunuh diri waktu SMA, sampai sekarang masih sedih',
    '고등학교 때 친구가 자살했어요. 아직도 힘들어요',
    'Bạn thân em tự tử hồi đi học, đến giờ em vẫn còn buồn',
    '我好朋友很多年前自杀了，我到现在还是会想起她',
  ]);
  alarms('suicide', [
    'むかし友だちが自殺した。わたしも死にたい',
    'My best friend killed himself years ago and I want to go the same way',
    '고등학교 때 친구가 자살했어요. 저도 요즘 너무 힘들어서 따라가고 싶어요',
  ]);
});

describe('news of someone who jumped at a station', () => {
  quiet(['看了新聞說有人在月台跳軌，我每天都搭那條線，心裡很不舒服']);
  alarms('suicide', ['看了新聞說有人在月台跳軌，我也想跳下去', '看了新聞說有人在月台跳軌，我也想跳軌']);
});

describe('charcoal left over from a barbecue, and how to throw it out', () => {
  quiet([
    '바베큐 하고 남은 숯은 어떻게 버려요? 분리수거 어떻게 해요?',
    'バーベキューで余った炭の捨て方がわかりません。燃えるゴミですか',
    'Sisa arang dari bakar-bakar kemarin cara buangnya gimana ya?',
    'How do I throw out leftover charcoal from our BBQ? Is it burnable?',
    '烧烤剩下的木炭怎么扔？是可燃垃圾吗？',
  ]);
  alarms('suicide', [
    '번개탄을 샀어요. 오늘 밤 방에서 피울 거예요',
    '練炭を買いました。今夜で終わりにします',
  ]);
});

describe('a rope said to be for the washing: no safe reading written for it', () => {
  alarms('suicide', [
    'Aku beli tali tambang kemarin, bilang ke ibu buat jemuran. Gak ada yang bakal nyadar kalau aku hilang',
    'Comprei uma corda, disse pra minha mãe que era pro varal. Ninguém vai sentir minha falta',
  ]);
});

describe('marks from cupping, coining or henna; bruises from a sport played hard', () => {
  quiet([
    '娘の背中の丸いあとは、祖母がしてくれた吸い玉のあとです。学校で先生に聞かれました',
    '아이 등에 동그란 자국이 있는데 할머니가 해 준 부항 자국이에요',
    "My son's back has round red marks from cupping, the teacher asked about it",
    'The school nurse asked about the red marks on my daughter’s hands — it was henna from a wedding',
    'Puro pasa yung binti ng anak ko kakalaro ng volleyball, tinanong tuloy ng teacher',
  ]);
  alarms('child_abuse', [
    '保育士です。子どもの背中に丸いあざがいくつもあって、お父さんに叩かれたと言っています',
    'My son has bruises all over his back and says his dad hits him with a belt',
  ]);
});

describe('a child’s things hidden at school, or ignored by the class', () => {
  quiet([
    '小3の息子がクラスで無視されているようで、筆箱も隠されました。学校にどう相談すればいいですか',
    'Filha minha de 8 anos: esconderam os sapatos dela na escola de novo e a turma ignora ela',
    '儿子在班上被同学无视，鞋子被藏了好几次',
    '반 애들이 무시하고 실내화를 숨겼대요',
    'Anak saya dicuekin teman sekelas, sepatunya disembunyikan',
  ]);
  alarms('child_abuse', ['クラスで無視されて、家では父に毎日殴られている']);
});

describe('an older neighbour who seems lonely', () => {
  quiet([
    'The elderly lady next door lives by herself and seems lonely, she sits alone on a bench all day. How can I help?',
    'Vizinha idosa mora sozinha, parece solitária, fica sentada sozinha na praça o dia todo',
  ]);
  alarms('emergency', ['The elderly lady next door collapsed in her garden and she is not responding']);
});

describe('a coworker who mimed strangling as a joke', () => {
  quiet([
    '회사 선배가 장난이라며 제 목을 조르는 흉내를 냈어요. 기분 나빠요',
    '職場の先輩がふざけて私の首を絞めるふりをしてきます。パワハラですか',
    'My coworker keeps pretending to choke me as a joke. Is that harassment?',
    '同事开玩笑假装掐我脖子，这算骚扰吗',
    'Anh đồng nghiệp giả vờ bóp cổ em rồi cười, em thấy khó chịu',
    'O colega fingiu me enforcar de brincadeira, isso é assédio?',
  ]);
  alarms('violence', ['남편이 어젯밤에 제 목을 졸랐어요', 'My husband choked me again tonight']);
});

describe('a daily medicine run out', () => {
  quiet([
    'Obat tensi ayah sudah habis, bisa beli di apotek tanpa resep?',
    '父の血圧の薬が切れました。休日でも出してもらえる病院はありますか',
    'My mum’s blood pressure meds ran out, where can she get a refill on Sunday?',
    '아버지 혈압약이 떨어졌어요. 주말에 받을 수 있는 곳 있나요?',
    'O remédio de pressão da minha mãe acabou, onde consigo receita no domingo?',
    '降压药快没了，周末哪里能开药？',
  ]);
  alarms('emergency', ['Obat darah tinggi ayah habis, sekarang dia pingsan dan tidak bangun']);
});

describe('homesick, or looking for people of one’s own country to meet', () => {
  quiet([
    '好想回台灣，在這裡沒有朋友，有同鄉會嗎？',
    'Em muốn tìm hội đồng hương để cuối tuần giao lưu',
    'ホームシックで、同じ国の人と話したいです',
    '향수병이 심해요. 한인회 같은 모임 있나요?',
    'Saudade do Brasil, tem algum grupo de brasileiros aqui?',
  ]);
  alarms('suicide', [
    '好想回台灣，可是回不去了，我想死',
    'Em nhớ nhà quá, không muốn sống nữa',
    'Saudade de casa. Já separei os comprimidos e escrevi uma carta pra minha mãe',
    '향수병 때문에 요즘 옥상에 자주 올라가요. 아래를 보면 편해져요',
  ]);
});
