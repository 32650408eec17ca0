import { describe, expect, it } from 'vitest';
import { triage } from './index.ts';

// Frames that govern a danger word told in passing (pass F20): abuse as a course's topic, harm told as
// over, a relative's suicide past, a suspicion denied, an emergency asked ahead or handled, a sport or a
// knife for cooking. Each safe sentence has a dangerous twin that must still alarm.
const quiet = (text: string) => expect(triage(text).crisis, text).toBeNull();
const alarms = (text: string) => expect(triage(text).crisis, text).not.toBeNull();

describe('abuse, violence or suicide as the topic of a training, a course or a report', () => {
  it.each([
    '保育士の研修で児童虐待の早期発見について学びました。資料は英語でもありますか。',
    'じどうぎゃくたい の けんしゅう に いきたい です。',
    'Our nursing course has a module on elder abuse this week. Is the library open late?',
    '下个月要参加儿童虐待防止的培训，有没有中文教材？',
    '我是志工口譯，下週要參加兒童虐待個案的口譯研修。',
    '아동학대 예방 교육을 들어야 하는데 일정 알려주세요.',
    'Tôi phải đi tập huấn về phòng chống bạo hành trẻ em, có tài liệu tiếng Việt không?',
    'बाल दुर्व्यवहार रोकथाम तालिम कहिले हुन्छ?',
    'May seminar kami tungkol sa pang-aabuso sa bata sa susunod na linggo, saan ang venue?',
    'Tenho prova sobre maus-tratos a idosos no curso de cuidador. Tem material em português?',
    'Saya ikut pelatihan pencegahan kekerasan terhadap anak, apakah ada materi bahasa Indonesia?',
  ])('quiet: %s', quiet);
  it.each([
    "I'm in a training course but my dad hits me every night",
    '研修を受けていますが、父に虐待されています',
    '我在培训，但我爸爸虐待我',
    'Tôi đang học khóa kaigo nhưng chồng tôi đánh tôi mỗi ngày',
    'Tô fazendo curso mas meu marido me bate',
    'Saya ikut pelatihan tapi suami saya memukul saya',
    '연수를 받는데 남편이 때려요',
  ])('alarms: %s', alarms);
});

describe('harm told as past and over: parted, the job left, safe now', () => {
  it.each([
    'まえ の おっと は わたし を たたきました。でも 3ねん まえ に りこん しました。いま は あんぜん です。',
    '前の職場で上司に殴られました。もう辞めました。今は別の会社で安全です。未払いの給料が心配です。',
    "My old boss hit me at the factory. I quit that job and I'm fine now. I still haven't been paid.",
    '전남편이 때렸어요. 지금은 이혼하고 안전하게 잘 지내요. 수당 서류 알려주세요.',
    'Chồng cũ từng đánh tôi, tôi đã ly hôn rồi, giờ mẹ con tôi sống bình yên.',
    'Dati akong sinasaktan ng ex ko. Hiwalay na kami, ligtas na ako ngayon.',
    'Mantan suami dulu memukul saya. Sudah cerai, sekarang saya sudah aman.',
    '昔リストカットをしていた跡が腕に残っていて、面接が不安です。いまはもう切っていません。',
  ])('quiet: %s', quiet);
  it.each([
    'まえ の おっと は わたし を たたきました。でも 3ねん まえ に りこん しました。でも きのう また きて たたかれました。',
    'まえ の かいしゃ で しゃちょう に なぐられました。でも もう やめました。いま も まいにち でんわ で おどされて います。',
    'Tôi đã ly hôn với chồng cũ hay đánh đập từ 3 năm trước, giờ anh ta lại đến nhà đánh tôi.',
    '전남편이 때렸어요. 지금은 이혼하고 잘 지내요. 근데 어제 또 찾아와서 때렸어요.',
    'Dati akong sinasaktan ng ex ko. Hiwalay na kami pero kagabi sinaktan niya ulit ako.',
    'My old boss hit me at the factory. I quit that job but he still comes to my house and hits me.',
    'まえ の おっと は わたし を たたきました。 いま は あんぜん では ありません。',
  ])('alarms: %s', alarms);
});

describe('a relative who died by suicide in the past; the bereaved asking for support', () => {
  it.each([
    '我表哥前年自殺過世，現在家裡都平靜下來了。想問遺族的支援團體有沒有中文的。',
    '삼촌이 몇 년 전에 스스로 세상을 떠나셨어요. 자살 유족 모임이 한국어로도 있나요?',
    'Meu irmão morreu por suicídio há dois anos. Existe grupo de apoio para enlutados por suicídio?',
    'Kakak saya meninggal karena bunuh diri dua tahun lalu. Ada kelompok dukungan untuk keluarga korban bunuh diri?',
  ])('quiet: %s', quiet);
  it.each([
    'Meu irmão morreu por suicídio e eu quero morrer também',
    '형이 자살로 세상을 떠난 뒤 나도 죽고 싶어요',
    '哥哥自杀过世以后，我也想死',
  ])('alarms: %s', alarms);
});

describe('a suspicion asked and denied', () => {
  it.each([
    '母の介護の件で、包括の方に「息子さんに叩かれたりしていませんか」と聞かれました。そういうことは一度もありません。',
    'The teacher asked if we hit him. We never hit our son, he fell at football.',
    '선생님이 집에서 때리냐고 물어봤어요. 그런 적 한 번도 없어요. 축구하다 넘어졌어요.',
  ])('quiet: %s', quiet);
  it.each([
    '包括の方に「息子さんに叩かれたりしていませんか」と聞かれました。実は毎日叩かれています。',
    'The teacher asked if we hit him. Yes, my husband hits him every night.',
    '선생님이 집에서 때리냐고 물어봤어요. 사실 남편이 매일 때려요.',
  ])('alarms: %s', alarms);
});

describe('an emergency asked ahead, or past and handled', () => {
  it.each([
    'もし夜に子どもが熱性けいれんを起こしたら、どこに連絡すればいいですか？今は元気で、前もって知っておきたいです。',
    "If my child ever has a febrile seizure at night, who do I call? He's fine now, I just want to know ahead.",
    '혹시 밤에 아이가 열성 경련을 하면 어디로 연락해야 하나요? 지금은 괜찮고 미리 알아두려고요.',
    'Nếu con tôi bị co giật do sốt vào ban đêm thì gọi đi đâu? Bây giờ bé khỏe, tôi muốn biết trước.',
    'Se meu filho tiver convulsão febril de noite, pra onde eu ligo? Agora ele tá bem, só quero saber antes.',
    'Kalau anak saya kejang demam malam hari, harus hubungi ke mana? Sekarang dia sehat, saya cuma mau tahu dulu.',
    'Se eu morrer aqui no Japão, como fica o translado do corpo pro Brasil? Quero fazer um seguro, tô com saúde.',
    'Minha filha engoliu uma moeda ontem, fizeram raio-x e já saiu, tá tudo bem.',
    '先月、父が自宅で亡くなりました。救急車を呼んだ夜のことを思い出すと今もつらいです。',
  ])('quiet: %s', quiet);
  it.each([
    "If my child has a seizure what do I do? Just in case. He is having a seizure right now and won't stop.",
    '혹시 아이가 경련을 하면 어떡해요? 미리 알아두려고요. 지금 아이가 경련하고 있어요.',
    'Se eu morrer aqui, como fica o translado? Não aguento mais, quero morrer.',
    'Minha filha engoliu uma moeda agora e não consegue respirar',
    '先月父が亡くなりました。救急車を呼んだ夜を思い出します。今、母も倒れて意識がありません',
  ])('alarms: %s', alarms);
});

describe('martial arts, sparring, a knife for cooking or fishing, a game’s shout', () => {
  it.each([
    '子ども向けの空手教室をしていて、殴る蹴るの型を毎週練習させています。',
    '料理教室の講師をしていて、包丁を何本も持って公民館に通っています。',
    'つり が しゅみ です。さかな を きる ナイフ を もって います。ナイフ を もって でんしゃ に のって も いい ですか。',
    '태권도 도장을 하는데 아이들이 대련하다 멍이 들기도 해요.',
    'Con tôi học karate, hôm trước đấu tập bị đấm trúng mặt một cái nhưng không sao.',
    "Meu filho joga GTA e fica gritando 'vou te matar' no microfone até de madrugada.",
  ])('quiet: %s', quiet);
  it.each([
    '空手の先生が息子を殴る蹴るので、もう行かせたくない',
    '料理教室から帰ったら、夫が包丁を持って暴れていました',
    '태권도 사범님이 아이를 때려서 멍이 들었어요',
    'Con tôi học võ, hôm qua thầy đánh con bầm tím cả lưng',
    "Meu filho joga GTA e meu marido fica gritando 'vou te matar' pra mim",
  ])('alarms: %s', alarms);
});

// Round 3 (pass F21): the same frames made general — any study word with a danger as its topic, the common
// ways of saying a wish to die is over (overcome, treated, stable now), any combat sport's bruises, a knife
// used in a cooking class, a poison scene in a novel, news said short, the fire brigade asked to teach.
describe('round 3: study topics, recovery said, sport, fiction, news', () => {
  it.each([
    '大学のゼミで児童虐待について発表することになりました。市の統計は公開されていますか。',
    'Em đang viết luận văn về đề tài tự sát trong văn học Nhật, sinh viên nước ngoài làm thẻ thư viện được không?',
    '大学のころ「消えたい」とずっと思っていた時期がありましたが、カウンセリングで乗り越えました。ゲートキーパー研修に申し込みたいです。',
    '我以前得过抑郁症，也想过自杀，但已经治疗好几年了，现在很稳定。找工作需要告诉公司吗?',
    '我年輕的時候有過輕生的念頭，但早就走出來了，現在過得很好。想參加守門人培訓。',
    '公民館で料理教室を開きたいです。包丁を使うので、保険はどうすればいいですか。',
    '空手の道場で教えています。毎週組手で殴る蹴るの練習をするので、スポーツ保険に入りたいです。',
    '我在打拳擊，上週比賽被打到流鼻血，已經看過醫生沒事了。',
    'Nagbo-boxing po yung anak kong 14, umuwi siyang may black eye galing sparring, okay naman siya.',
    'छोरा कराते खेल्छ, गत आइतबार प्रतियोगितामा खुट्टामा निलो डाम आयो।',
    '소설을 쓰고 있는데 주인공이 독약을 먹는 장면이 있어요. 도서관에서 책을 빌릴 수 있나요?',
    'Hôm qua xem tin một bé bị bố mẹ bỏ đói ở Osaka, người nước ngoài có đăng ký làm gia đình nhận nuôi được không?',
    'Pengurus masjid mau adakan pelatihan CPR. Apakah pemadam kebakaran kota bisa datang mengajar?',
  ])('quiet: %s', quiet);
  it.each([
    'ゲートキーパー研修を受けていますが、今夜死にたいです。',
    "I'm in a gatekeeper course but I want to die tonight",
    '大学のゼミで発表があるけど、父に毎日虐待されています。',
    '消えたいと思っていた時期を乗り越えたけど、最近また消えたい。',
    '我以前想过自杀，现在很稳定，但是最近又想死了。',
    '空手の先生が家で息子を殴る蹴るので困っています。',
    'My karate coach hits me at home',
    '태권도 사범님이 아이를 때려서 멍이 들었어요',
    '소설을 쓰고 있는데 너무 힘들어서 죽고 싶어요.',
    'Em đang viết luận văn nhưng em muốn tự tử.',
    '料理教室から帰ったら、夫が包丁を持って暴れていました',
  ])('alarms: %s', alarms);
});
