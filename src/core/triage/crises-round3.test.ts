import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

/**
 * Crisis batch 21, round 3: dangers told in passing beside a practical request — a stalker or ex who says he
 * brought a knife and is downstairs or at the door now; an older parent pinned down on a bed or the floor now;
 * pregnant, then (after a question) heavy bleeding or severe pain; belongings handed over and then silence, "I
 * won't last long" or a locked door; "won't be here tomorrow" with being a burden or pills hidden; small
 * children alone for days with a room between. Each class in every language, and safe twins that stay quiet.
 */
describe('violence, told in passing', () => {
  it.each([
    [
      "'市営住宅の申し込み方法を教えてください。元彼がずっとつきまとっていて、今マンションの下にいます。さっきナイフを持ってきたとLINEが来ました。'",
    ],
    [
      "'しえいじゅうたく の もうしこみ を しりたい です。もとかれ が いま いえのまえ に います。ほうちょうをもってきた と めーる が きました。'",
    ],
    [
      "'How do I apply for public housing? My ex has been stalking me. He is downstairs right now and just texted that he brought a knife.'",
    ],
    ["'前男友一直跟踪我，请问市营住宅怎么申请？他现在在我家楼下，刚发短信说带了刀。'"],
    ["'前男友一直跟蹤我，請問市營住宅怎麼申請？他現在在我家樓下，剛發短信說帶了刀。'"],
    [
      "'시영주택 신청 어떻게 해요? 전남친이 계속 따라다녀요. 지금 집 앞에 있는데 칼을 가져왔다고 문자가 왔어요.'",
    ],
    [
      "'Cho em hỏi cách đăng ký nhà ở công. Người yêu cũ cứ theo dõi em, giờ anh ta đang đứng dưới nhà, vừa nhắn là có mang theo dao.'",
    ],
    [
      "'सरकारी आवासको लागि कसरी आवेदन दिने? पुरानो प्रेमीले पिछा गर्छ। ऊ अहिले घर बाहिर छ, चक्कु ल्याएको छु भनेर म्यासेज पठायो।'",
    ],
    [
      "'Paano mag-apply sa public housing? Yung ex ko lagi akong sinusundan. Nasa baba siya ngayon, nag-text na may dala siyang kutsilyo.'",
    ],
    [
      "'Como faço pra pedir moradia pública? Meu ex vive me seguindo. Ele tá lá embaixo agora e mandou mensagem dizendo que trouxe uma faca.'",
    ],
    [
      "'Bagaimana cara daftar rumah susun? Mantan saya terus menguntit. Sekarang dia di depan rumah, barusan chat katanya bawa pisau.'",
    ],
    [
      "'グループホームの職員です。入居者の息子さんが来て、お母さんをベッドに押さえつけて怒鳴っています。二人で引き離そうとしています。'",
    ],
    [
      "'I work at a care home. Her son just came in and is pinning her to the bed, we are trying to pull him off.'",
    ],
    ["'我是养老院的护工，一个老人的儿子刚来，把他妈妈按在床上大吼，我们两个在拉他。'"],
    ["'我是養老院的護工，一個老人的兒子剛來，把他媽媽按在床上大吼，我們兩個在拉他。'"],
    [
      "'요양원 직원이에요. 입소자 아들이 와서 엄마를 침대에 짓누르고 소리 지르고 있어요. 둘이서 떼어내려고 해요.'",
    ],
    [
      "'Tôi là nhân viên viện dưỡng lão. Con trai của một cụ vừa đến, đè mẹ xuống giường và la hét, hai chúng tôi đang kéo anh ta ra.'",
    ],
    ["'म केयर होममा काम गर्छु। एक जना आमाको छोरा आएर आमालाई ओछ्यानमा थिचेर कराइरहेको छ, हामी छुटाउन खोज्दैछौं।'"],
    [
      "'Care worker po ako. Dumating yung anak ng isang lola, dinaganan si nanay sa kama at sumisigaw, inaawat namin siya.'",
    ],
    [
      "'Sou cuidadora numa casa de repouso. O filho de uma senhora chegou e prendeu a mãe na cama, gritando, estamos tentando tirar ele de cima.'",
    ],
    [
      "'Saya perawat di panti jompo. Anak salah satu penghuni datang dan menindih ibunya di kasur sambil teriak, kami berdua berusaha menarik dia.'",
    ],
    [
      '"Can I get a restraining order? My ex follows me everywhere. He says he\'s got a knife on him and he\'s waiting outside my flat right now."',
    ],
    ["'保護命令について知りたいです。元夫が今アパートの下にいて、包丁を持ってると電話してきました。'"],
    ["'他刚才打电话说身上有刀，现在人就在门口不走。'"],
    ["'전 남편이 지금 현관 앞에 있어요. 칼을 가지고 있다고 카톡 보냈어요.'"],
    ["'Chồng cũ nhắn là đang cầm dao, giờ đang đợi dưới nhà bắt em xuống.'"],
    ["'Yung dati kong asawa nasa labas ng bahay ngayon, sabi niya may dala siyang kutsilyo.'"],
    ["'Meu ex tá no portão agora e disse que está armado.'"],
    ["'Mantan suami saya katanya bawa golok, sekarang dia di depan pintu.'"],
    ["'पूर्व श्रीमान अहिले गेटमा छ, खुकुरी बोकेको छ भन्यो।'"],
    ["'My brother is sitting on top of her and hitting her, our mum is 80.'"],
    ["'父が母を床に押さえつけていて、止められません。'"],
    ["'아들이 할머니를 바닥에 짓누르고 있어요.'"],
    ["'Con trai đang đè bà xuống đất, tôi kéo không ra.'"],
    ["'O neto tá em cima da avó segurando ela no chão.'"],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('violence'));
});

describe('emergency, told in passing', () => {
  it.each([
    [
      "'妊娠8か月です。出産育児一時金の申請について聞きたいです。でも今お腹がすごく痛くて血がたくさん出ています。'",
    ],
    ["'にんしん 8かげつ です。おかね の しんせい を ききたい です。でも いま ちがたくさんでて います。'"],
    [
      '"I\'m 7 months pregnant and wanted to ask about the childbirth lump-sum payment. But right now my stomach hurts and I\'m bleeding heavily, my husband is on the night shift."',
    ],
    ["'我怀孕七个月，想问生育一次性补助什么时候能领。可是现在肚子疼得厉害，出了好多血，老公上夜班。'"],
    ["'我懷孕七個月，想問生育一次性補助什麼時候能領。可是現在肚子疼得厲害，出了好多血，老公上夜班。'"],
    [
      "'임신 7개월이에요. 출산육아일시금 언제 받을 수 있는지 궁금해요. 그런데 지금 배가 너무 아프고 피가 많이 나요. 남편은 야간 근무 중이에요.'",
    ],
    [
      "'Em đang mang thai 7 tháng, muốn hỏi khi nào nhận được tiền hỗ trợ sinh con. Nhưng giờ bụng em đau dữ dội và ra máu nhiều, chồng em đi làm ca đêm.'",
    ],
    [
      "'म ७ महिनाको गर्भवती छु, सुत्केरी भत्ता कहिले पाइन्छ सोध्न चाहन्छु। तर अहिले पेट धेरै दुखेर धेरै रगत बगिरहेको छ, श्रीमान रातको सिफ्टमा हुनुहुन्छ।'",
    ],
    [
      "'7 months buntis po ako, tanong ko lang kailan makukuha ang childbirth allowance. Pero ngayon sobrang sakit ng tiyan ko at maraming dugo, nasa night shift si mister.'",
    ],
    [
      "'Estou grávida de 7 meses e queria saber quando recebo o auxílio-maternidade. Mas agora estou com dor muito forte na barriga e sangrando muito, meu marido tá no turno da noite.'",
    ],
    [
      "\"Question about the maternity leave form. I'm 32 weeks pregnant. Since an hour ago there's a lot of blood and the pain won't stop.\"",
    ],
    ["'妊娠32週です。育休の手続きを聞きたかったのですが、さっきから血が止まらないです。'"],
    ["'임신 32주인데 육아휴직 서류 문의드려요. 근데 방금부터 피가 많이 나와요.'"],
    ["'Tanya soal cuti melahirkan. Saya hamil 32 minggu. Dari tadi darahnya gak berhenti.'"],
    ["'Buntis ako ng 8 buwan. Tanong lang sa maternity benefit. Pero ngayon maraming dugo na lumalabas.'"],
    ["'Tôi có thai 8 tháng, hỏi về trợ cấp thai sản. Mà từ nãy ra máu nhiều quá.'"],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('emergency'));
});

describe('suicide, told in passing', () => {
  it.each([
    [
      '\'워홀 친구 대신 물어봐요. 아까 "그동안 고마웠어, 내 물건 다 너 가져" 하고 연락이 안 돼요. 지낼 곳 구할 수 있을까요?\'',
    ],
    [
      "'友だちの代わりに聞きます。さっき「今までありがとう、私の物は全部あげる」とLINEが来て、それから返事がない。住む所はありますか。'",
    ],
    [
      '\'Asking for a friend who got evicted. Earlier he texted "thanks for everything, all my stuff is yours" and now he is not answering. Can he get a place to stay?\'',
    ],
    [
      '\'替朋友问，他被房东赶出来了。刚才微信说"谢谢你这段时间，我的东西都给你"，然后就联系不上了。他能找到住的地方吗？\'',
    ],
    [
      '\'Hỏi giùm bạn em bị đuổi nhà. Lúc nãy nó nhắn "cảm ơn vì tất cả, đồ của tao cho mày hết" rồi không liên lạc được.\'',
    ],
    [
      '\'साथीको लागि सोध्दैछु। उसले "सबै कुराको लागि धन्यवाद, मेरो सामान सबै तिमी लिनू" भनेर म्यासेज पठायो, अब सम्पर्क छैन।\'',
    ],
    [
      '\'Para sa kaibigan ko po. Nag-text siya "salamat sa lahat, sayo na lahat ng gamit ko" tapos hindi na sumasagot.\'',
    ],
    [
      '\'Pergunto por um amigo que foi despejado. Ele mandou "obrigado por tudo, minhas coisas são suas" e parou de responder.\'',
    ],
    [
      '\'Tanya buat teman yang diusir dari kos. Tadi dia chat "makasih buat semuanya, semua barangku buat kamu" lalu tidak bisa dihubungi.\'',
    ],
    [
      "'15 years old po ako. Si mama kanina binigay sa akin lahat ng alahas niya tapos sabi hindi na ako magtatagal. Nasa kwarto siya, naka-lock.'",
    ],
    [
      "\"I'm 15. Mum gave me all her jewellery this morning and said she won't last long, take care of your siblings. She's locked in her room.\"",
    ],
    [
      "'Tenho 15 anos. Minha mãe me deu todas as joias dela e disse que não vai durar muito. Ela está trancada no quarto.'",
    ],
    [
      "'Saya 15 tahun. Ibu tadi memberikan semua perhiasannya ke saya dan bilang tidak akan lama lagi, jaga adik adik. Sekarang mengunci diri di kamar.'",
    ],
    [
      "'Meu marido perdeu o emprego. Ontem falou que amanhã não vai estar mais aqui pra dar trabalho pra gente. Hoje achei os remédios dele escondidos debaixo da cama.'",
    ],
    [
      "'My husband lost his job. Yesterday he said he wont be here tomorrow to be a burden. Today I found he hid all his pills under the bed.'",
    ],
    [
      "'夫が失業しました。昨日「明日にはもういないから迷惑をかけない」と言って、今日ベッドの下に薬を隠しているのを見つけました。'",
    ],
    ["'我老公失业了。昨天说明天就不在了，不会再拖累我们。今天发现他把药都藏在床底下。'"],
    [
      "'남편이 실직했어요. 어제 내일이면 여기 없을 거라고, 짐이 되기 싫다고 했어요. 오늘 침대 밑에 약을 숨겨둔 걸 봤어요.'",
    ],
    [
      "'Chồng tôi mất việc. Hôm qua anh nói mai sẽ không còn ở đây làm phiền nữa. Hôm nay tôi thấy anh giấu hết thuốc dưới giường.'",
    ],
    ["'श्रीमानको जागिर गयो। हिजो भन्नुभयो भोलि म यहाँ हुन्न, बोझ हुन्न। आज खाटमुनि औषधि लुकाएको भेटेँ।'"],
    [
      "'Nawalan ng trabaho si mister. Kahapon sabi niya wala na siya dito bukas, ayaw na niyang maging pabigat. Ngayon nakita ko tinago niya lahat ng gamot.'",
    ],
    [
      "'Suami saya kena PHK. Kemarin dia bilang besok sudah tidak ada, tidak mau jadi beban. Hari ini saya lihat obatnya disembunyikan di bawah kasur.'",
    ],
    ["'My flatmate gave away all his things yesterday and now his phone is off, he is not answering.'"],
    ["'ルームメイトが「私の荷物は全部あげる」と言って出て行って、連絡がつかない。'"],
    ["'Bạn cùng phòng nói đồ đạc của mình cho bạn hết rồi đi mất, không liên lạc được.'"],
    ["'Amiga me disse que minhas coisas ficam pra você e agora não responde mais.'"],
    ["'Ayah saya kemarin bilang besok sudah gak ada, gak mau merepotkan. Obatnya disembunyikan semua.'"],
    ["'Daddy said he wont be here tomorrow to be a burden to us.'"],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('suicide'));
});

describe('child_abuse, told in passing', () => {
  it.each([
    [
      "'在留資格について聞きたいです。店長夫婦が国に帰っていて、3歳と5歳の子が3日前から寮の部屋に子どもだけでいます。'",
    ],
    [
      "'Visa question. My boss and his wife went home to Nepal, their kids aged 3 and 5 have been for three days in the dorm room alone, no food.'",
    ],
    ["'老板和老板娘回国了，他们3岁和5岁的孩子三天了一直独自在宿舍，没有吃的。'"],
    ["'사장 부부가 귀국했고, 3살 5살 애들이 3일째 기숙사 방에 혼자 있어요. 먹을 게 없어요.'"],
    [
      "'Ông chủ và vợ về nước rồi, hai đứa nhỏ 3 và 5 tuổi đã 3 ngày nay ở trong phòng ký túc xá một mình, không có gì ăn.'",
    ],
    [
      "'Umuwi sa Nepal ang amo ko at asawa niya, yung mga bata 3 at 5 taon, tatlong araw na sa kwarto ng dorm na mag-isa, walang pagkain.'",
    ],
    [
      "'O patrão e a esposa foram pro Nepal, as crianças de 3 e 5 anos estão há três dias no quarto do alojamento sozinhas, sem comida.'",
    ],
    [
      "'Bos dan istrinya pulang ke Nepal, anak anak mereka umur 3 dan 5 sudah tiga hari di kamar asrama sendirian, tidak ada makanan.'",
    ],
    ["'Two toddlers next door have been for two days in that flat alone, mum has not come back.'"],
    ["'隣の部屋、3日前から小さい子どもだけでいるみたいです。'"],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('child_abuse'));
});

describe('safe twins stay quiet', () => {
  it.each([
    [
      "'元彼が去年「ナイフを持ってる」とメールしてきたことがありますが、もう逮捕されて連絡はありません。引っ越しの手続きを教えてください。'",
    ],
    ["'前男友去年发过短信说他有刀，后来被抓了，现在没联系了。请问怎么申请市营住宅？'"],
    [
      "'介護の研修で、ベッドで体を押さえつけることは身体拘束になると習いました。研修の資料はどこでもらえますか。'",
    ],
    [
      "'My son loves wrestling, he pinned his friend at the club tournament. Where can I find sports insurance?'",
    ],
    ["'妊娠8週のとき少し出血がありましたが、先生に診てもらって大丈夫でした。母子手帳はどこでもらえますか。'"],
    [
      "'I am 8 weeks pregnant and had a little spotting last week, the doctor checked and said everything is fine. Where do I get the maternal handbook?'",
    ],
    [
      "'Saya hamil 8 minggu, minggu lalu ada flek sedikit, sudah diperiksa dokter dan katanya normal. Di mana ambil buku KIA?'",
    ],
    [
      "'I am moving to Canada next week, so I told my friend all my stuff is yours, thanks for everything! How do I cancel my residence registration?'",
    ],
    [
      '\'Vou me mudar pro Brasil, falei pra minha amiga "minhas coisas são suas, obrigada por tudo". Como cancelo o registro de residência?\'',
    ],
    [
      "'Lola gave me all her jewellery for my wedding and said thanks for everything I do for her. How do I register the marriage?'",
    ],
    [
      "'Meu pai tem demência, escondi os remédios dele pra ele não tomar duas vezes. Amanhã ele não vai estar aqui, vai pra day service.'",
    ],
    [
      "'My kids (16 and 18) stayed three days at grandma while we travelled. Where do I register for the school trip?'",
    ],
    ["'服を全部あげる予定です。引っ越しの前に。転出届は？'"],
    [
      "'I am 12 weeks pregnant, had some bleeding last month but the doctor said all fine. Where do I get the maternity handbook?'",
    ],
    ["'임신 중에 피가 조금 나서 병원 갔는데 괜찮대요. 모자수첩은 어디서 받아요?'"],
    ["'Kids are at grandma for three days, we are on a trip. Where to apply for school lunch aid?'"],
    ["'Minha avó me deu todas as joias dela de presente de casamento. Como faço o registro?'"],
    ["'The wrestling coach pinned him to the mat in training. Is there a sports club subsidy?'"],
  ])('quiet: %s', (text) => expect(detectCrisis(text)).toBeNull());
});

describe('a goodbye for ever, or poison the writer will take', () => {
  it.each([
    'tạm biệt mãi mãi',
    'Paalam magpakailanman sa inyong lahat',
    'Adeus para sempre, cuidem da minha mãe',
    'selamat tinggal selamanya',
    // a novel's poison scene beside it does not keep the writer's own poison quiet
    '소설 속 독약 장면처럼 나도 오늘 독약을 먹을 거예요',
    '永遠にさようなら。みんなありがとう',
    'Vou tomar veneno hoje à noite',
  ])('%s alarms', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it.each([
    '소설을 쓰고 있는데 주인공이 독약을 먹는 장면이 있어요. 도서관에서 책을 빌릴 수 있나요?',
    '소설에서 주인공이 독약을 먹을 거예요. 자료를 어디서 찾을 수 있나요?',
  ])('%s: a character’s poison stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});
