import { describe, expect, it } from 'vitest';
import { triage } from './index.ts';

// People writing in a role — a home helper, a teacher, a school nurse, a landlord, an employer, a volunteer — in a
// careful register, telling the words of harm with the harmless reading they found (helper: frames reported in
// role, crisis batch 30): a case handled and over (arrested, an order granted, in hospital and stable), a mark a
// doctor put down to a birthmark, a blood disorder or a vaccine, a question asked ahead for a manual with no case
// now, a film or the news, a check that found nothing. The reading is said in words; each dangerous twin — the
// police came but he is back tonight, the doctor said it was not a Mongolian spot, "for our manual — and right now
// a child here…", stable and now unresponsive again — still alarms.
const quiet = (text: string) => expect(triage(text).crisis, text).toBeNull();
const alarms = (text: string) => expect(triage(text).crisis, text).not.toBeNull();

describe('a case handled and over: arrested, an order granted, resolved; taken to hospital and stable: no alarm', () => {
  it.each([
    '学童保育の指導員です。先月、お母さんが元夫から暴力を受けた件で相談しましたが、元夫は逮捕されたそうです。今後、お子さんの学童の利用について相談できますか。',
    '大家です。入居者の方が部屋で倒れていたのを見つけ、救急車で運ばれました。いまは入院していて、命に別状はないそうです。退院後の見守りサービスはありますか。',
    'かいごの しごとを して います。 きのう おばあさんが いえで たおれました。 きゅうきゅうしゃで びょういんに いきました。 いまは げんきに なって きました。',
    "I'm a home carer. Last week one of my clients collapsed at home and was taken to hospital by ambulance. She is now in a stable condition. Who do I talk to about her care plan when she is discharged?",
    "I volunteer at a women's shelter. The resident I mentioned whose husband beat her: he was arrested and she is safe now. She needs help finding a flat.",
    '我是社工。上个月提到的那位被丈夫打的女士，她丈夫已经被逮捕了，她现在住在朋友家很安全。想问问公营住宅怎么申请。',
    '我是房东。楼下老太太昨天晕倒了，救护车送去了医院，现在病情稳定。出院后需要护理服务。',
    '我是房東。樓下老太太昨天暈倒了，救護車送去了醫院，現在病情穩定。出院後需要照護服務。',
    '직원 남편이 직원을 때린 사건으로 남편은 체포됐고 접근금지 명령이 나왔습니다. 직원이 이사할 집을 찾고 있어요.',
    'Chồng của chị công nhân bị công an bắt rồi sau vụ đánh vợ tháng trước, giờ chị ấy ở riêng và an toàn. Chị cần tìm việc mới.',
    'A funcionária que apanhava do marido: ele foi preso e ela agora mora com a irmã. O caso já foi resolvido. Ela quer saber do auxílio aluguel.',
    'Suami teman kerja saya yang memukulnya sudah ditangkap polisi, dan teman saya sekarang tinggal di rumah aman. Dia perlu pekerjaan baru.',
    'Volunteer po ako. Yung lola na nahimatay sa simbahan noong Linggo, dinala sa ospital at stable na siya ngayon. Paano po mag-apply ng home care pagkalabas niya?',
    'हाम्रो कामदारलाई पोहोर श्रीमानले कुटेको घटनामा श्रीमान पक्राउ पर्यो, अहिले उनी छुट्टै बस्छिन्। उनको छोराको स्कुलबारे सोध्न चाहन्छु।',
  ])('%s', quiet);
});

describe('a mark a doctor put down to a birthmark, a blood disorder or a vaccine: no alarm', () => {
  it.each([
    '保育士です。園児の背中の青いあざについて、小児科で蒙古斑と診断されました。保護者の方に説明する資料はありますか。',
    'ほいくえんの せんせい です。 こどもの せなかに あざが ありました。 おいしゃさんは もうこはん でした と いいました。',
    "Nursery teacher here. The bruise on a toddler's thigh turned out to be a reaction to the vaccine, the GP confirmed it. Where can parents get vaccine info in Tagalog?",
    '我是幼儿园老师。那个孩子背上的淤青，医生诊断是蒙古斑，不是虐待。想问问有没有中文的育儿讲座。',
    '어린이집 교사입니다. 아이 엉덩이의 멍은 병원에서 몽고반점으로 진단받았어요. 학대 의심은 해소됐습니다. 다문화 가정 부모 상담은 어디서 하나요?',
    'Em là giáo viên mầm non. Vết bầm trên tay bé mà em báo hôm trước, bác sĩ nói là do bệnh về máu, đã loại trừ khả năng bạo hành. Em muốn hỏi chỗ tư vấn dinh dưỡng.',
    'Saya guru PAUD. Memar di kaki anak yang saya ceritakan, dokter bilang karena kelainan darah. Sudah diperiksa, bukan dipukul. Ada penyuluhan gizi untuk orang tua?',
    'Teacher po ako. Yung pasa sa binti ng bata, sabi ng doktor mongolian spot daw. Hindi pang-aabuso. Saan po may seminar sa mga magulang?',
  ])('%s', quiet);
});

describe('a question asked ahead for a manual, an SOP or a booklet, no case now: no alarm', () => {
  it.each([
    '児童館のマニュアルを作っています。子どもが虐待されているかもしれないと気づいた場合の連絡先を教えてください。今は該当する子はいません。',
    'General question for our school handbook: if a teacher suspects abuse, do we call 189 first or tell the head? There is no current case.',
    '요양보호사 매뉴얼을 만들고 있어요. 어르신이 죽고 싶다고 하면 어떻게 대응해야 하나요? 지금 그런 분이 있는 건 아니에요.',
    'Công ty em muốn soạn sổ tay: nếu TTS nói muốn tự tử thì quản lý nên làm gì trước? Hiện không có trường hợp nào.',
    'Estamos fazendo um protocolo para a escola: o que fazer em caso de suspeita de maus-tratos? Não há nenhum caso agora.',
    'Kami menyusun SOP asrama: kalau ada karyawan yang bilang mau bunuh diri, siapa yang harus dihubungi dulu? Saat ini tidak ada kasus.',
    'हाम्रो समुदायको पुस्तिकाका लागि सामान्य जानकारी: कसैले आत्महत्या गर्छु भनेमा कहाँ फोन गर्ने?',
  ])('%s', quiet);
});

describe('a check made that found nothing: night terrors, autism, a dance practice, nobody hit: no alarm', () => {
  it.each([
    '民生委員です。上の階から毎晩子どもの叫び声がすると苦情があり、訪問しました。お子さんに自閉症があり、パニックになると叫んでしまうそうです。発達相談の窓口を教えてください。',
    'Neighbours complained about screaming from a flat I manage. I visited and the boy has night terrors, his paediatrician knows. Nobody hits him. Is there a sleep clinic nearby?',
    'Sou síndica. Vizinhos ouviram gritos e barulho num apartamento, fui lá verificar: eram as meninas ensaiando uma dança, ninguém foi agredido. Tem espaço na prefeitura pra elas ensaiarem?',
  ])('%s', quiet);
});

describe('a film, the news, a training: no alarm', () => {
  it.each([
    'Our film club is showing a documentary with violent scenes about child soldiers. Can someone from the ward join the discussion afterwards?',
    '日本語教室で、児童虐待を扱った映画を上映します。暴力シーンがあるので、事前に注意を伝えたいです。',
    '다문화센터에서 가정폭력을 다룬 영화를 상영하는데 폭력 장면이 있어요. 상담 선생님을 초청할 수 있나요?',
    'Vamos passar um filme sobre violência doméstica com cenas de violência na associação. Alguém da prefeitura pode vir conversar depois?',
    'Di pengajian kami mau putar film tentang KDRT yang ada adegan kekerasan. Bisa undang konselor dari kantor ward?',
    'Tôi đọc báo thấy vụ một cháu bé bị bỏ đói ở Saitama. Quận có lớp hỗ trợ nuôi con cho gia đình người nước ngoài không?',
    'Magpapalabas kami ng pelikula tungkol sa pang-aabuso sa bata na may mga marahas na eksena. Pwede bang mag-imbita ng social worker?',
  ])('%s', quiet);
});

describe('the dangerous twins still alarm', () => {
  it.each([
    '学童保育の指導員です。お母さんが元夫から暴力を受けています。警察は来ましたが、元夫は今夜もまた来ると言っています。',
    '大家です。入居者の方が部屋で倒れていて、呼んでも返事がありません。救急車を呼んだほうがいいですか。',
    '保育士です。園児の背中にあざがたくさんあります。小児科の先生は蒙古斑ではないと言いました。',
    '上の階から毎晩子どもの叫び声がします。訪問しましたが、お母さんは出てこず、子どもが「ぶたないで」と叫んでいました。',
    '先月夫が逮捕されましたが、釈放されて昨日また殴られました。',
    '祖母が倒れて入院し容体は安定していましたが、さっき自宅でまた倒れて息をしていません。',
    '保育園のマニュアルを作っています。それと、今ひとりの子の背中にあざがあって、お父さんに叩かれたと言っています。',
    "I volunteer at a shelter. One resident's husband beat her badly last night. The police came but he was not arrested and he is outside now.",
    'Nursery teacher here. A toddler has bruises on both thighs and the GP said they were not from the vaccine.',
    'Neighbours complained about screaming from a flat I manage. I visited and the boy had a black eye and said his dad hits him.',
    'My husband was arrested last year for hitting me, and now he hits me again every night.',
    'Dad collapsed last night and was in a stable condition, but now he is unresponsive again.',
    'For our manual we are making rules. And also, right now a child here has bruises on his face and says his dad hits him.',
    "A toddler at our nursery has bruises on her arms. Mum says it's a blood disorder but the doctor ruled that out and she is scared of her stepdad.",
    '我是社工。一位女士被丈夫打了，警察来了但没有把他带走，他现在还在家里。',
    '他被逮捕过，现在又开始打我了。',
    '奶奶晕倒了送到医院，医生说病情稳定，但是刚才又昏迷了，叫不醒。',
    '어린이집 교사입니다. 아이 엉덩이에 멍이 많아요. 의사는 몽고반점이 아니라고 했어요.',
    '남편이 체포됐는데 풀려나서 어제 또 저를 때렸어요.',
    '매뉴얼을 만들고 있는데, 사실 제가 요즘 죽고 싶어요. 약을 모아뒀어요.',
    'Chồng của chị công nhân đánh chị ấy tối qua, công an đến nhưng không bắt, giờ anh ta vẫn ở nhà.',
    'Có một TTS trong công ty em nói muốn tự tử tối nay, đã cho hết đồ đạc.',
    'Tôi đọc tin tức về vụ một TTS tự tử, và tôi cũng muốn tự tử giống vậy.',
    'Ele foi preso mas saiu e ontem me bateu de novo.',
    'Pergunta geral: meu marido me bate todo dia, o que eu faço?',
    'Vovó desmaiou e foi para o hospital, estava estável, mas agora de novo não responde.',
    'Pertanyaan umum: saya ingin bunuh diri malam ini, nomor apa yang bisa saya hubungi?',
    'Suaminya sempat ditahan polisi, sekarang sudah pulang dan memukul dia lagi.',
    'Naaresto siya pero nakalabas na at binugbog ulit ako kagabi.',
    'Volunteer po ako. May lola na nahimatay sa simbahan ngayon, hindi sumasagot at hindi humihinga nang maayos.',
    'मेरो साथीले आज राति आत्महत्या गर्छु भन्यो, के गर्ने?',
    'हाम्रो कामदारलाई श्रीमानले अहिले पनि कुटिरहेको छ, प्रहरी आयो तर पक्राउ गरेन।',
  ])('%s', alarms);
});
