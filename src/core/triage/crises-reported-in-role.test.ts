import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// Crises reported by people writing in a role (a home helper, a school nurse, a landlord, a shop owner, a tutor, a
// volunteer) in a careful, hedged register (crisis-30), each class with its harmless twins. New sentences, not the set's.

describe('someone living alone who does not answer the door or phone, with a sign from inside (feet or a body glimpsed, moaning, papers piling up)', () => {
  it.each([
    '民生委員です。一人暮らしの高齢女性宅を訪ねましたが、チャイムにも電話にも出られません。郵便受けの隙間から、玄関に人の足のようなものが見えました。',
    'アパートの大家です。一人暮らしの方の部屋から、うなり声のような音がずっと聞こえますが、呼びかけても応答がありません。',
    '新聞が5日分ほどたまっていて、夜も電気とテレビがつけっぱなしです。呼び鈴を鳴らしても応答がありません。',
    'ひとりで すんでいる おじいさんが でんわに でません。 まどから みたら、 ゆかに あしが みえました。',
    "I'm a care manager. My client, who lives alone, hasn't answered the door or her phone since yesterday, and through the letterbox I think I can see someone lying in the hall.",
    "As the building manager I should mention: the tenant in 4B lives alone, his mail has piled up for five days, the TV is on day and night, and there's no answer when we knock.",
    'We could hear groaning from inside the flat, but nobody came to the door when we knocked.',
    '我是送餐员。独居的老奶奶今天不开门，打电话也不接，从窗户缝看到地上好像有一双脚。',
    '报纸已经堆了五天，屋里电视一直开着，敲门也没人应，还隐约听到呻吟声。',
    '我是大樓管理員。一位獨居的伯伯按門鈴都沒回應，門後傳來微弱的呻吟聲。',
    '요양보호사입니다. 혼자 사시는 어르신이 초인종에도 전화에도 응답이 없으십니다. 창문 너머로 바닥에 발이 보이는 것 같습니다.',
    '신문이 닷새째 쌓여 있고 안에서 TV 소리만 계속 나는데 문을 두드려도 대답이 없습니다.',
    'Tôi là nhân viên giao hàng. Cụ ông sống một mình không ra mở cửa, gọi điện cũng không nghe máy. Nhìn qua khe cửa tôi thấy hình như có đôi chân trên sàn.',
    'Bên trong có tiếng rên rỉ nhưng gõ cửa mãi không ai trả lời.',
    'म हेरचाहकर्ता हुँ। एक्लै बस्ने हजुरआमाले ढोका खोल्नुभएन, फोन पनि उठाउनुभएन। झ्यालबाट हेर्दा भुइँमा खुट्टा देखियो जस्तो लाग्यो।',
    'भित्रबाट कुँथिएको आवाज आउँछ तर ढोका ढकढक्याउँदा कोही बोल्दैन।',
    'Caregiver po ako. Yung lola na mag-isang nakatira, hindi sumasagot sa doorbell at sa telepono. Sumilip ako sa bintana at parang may paa na nakikita sa sahig.',
    'May naririnig akong umuungol sa loob pero walang nagbubukas ng pinto.',
    'Sou cuidadora. A senhora que mora sozinha não atende a porta nem o telefone. Pela fresta vi o que parecem ser os pés dela no chão do corredor.',
    'Ouço gemidos lá dentro, mas ninguém atende quando bato na porta.',
    'Saya relawan. Kakek yang tinggal sendiri tidak membuka pintu dan teleponnya tidak diangkat. Dari jendela kelihatan seperti ada kaki di lantai.',
    'Terdengar suara erangan dari dalam, tapi diketuk tidak ada yang menjawab.',
    'ケアマネジャーです。担当の独居の方が朝から電話に出ず、訪問しても応答がありません。ドアの新聞受けから覗くと、奥で人が倒れているように見えます。',
    '配達員です。いつも受け取ってくださるおばあさんが出てこられません。中からうめき声がかすかに聞こえます。',
    "Our tenant, an elderly man who lives by himself, isn't answering his phone or the door. Through the kitchen window I can see his legs on the floor.",
    "I deliver meals. The lady at number 12 didn't come to the door and I could hear faint moaning inside.",
    '独居老人家的信箱塞满了，已经三天没人开门，屋里的电视一直开着。',
    '혼자 사시는 할아버지 댁에 갔는데 문을 두드려도 대답이 없고 안에서 신음 소리가 들려요.',
    'Cụ bà sống một mình mấy ngày nay không nghe máy, gõ cửa không ai trả lời, nhìn qua cửa sổ thấy có người nằm trên sàn.',
    'Yung matandang nakatira mag-isa, hindi nagbubukas ng pinto at may naririnig akong umuungol sa loob.',
    'O senhor do 302 mora sozinho e não atende a campainha nem o telefone desde ontem. Pela janela vi ele caído no chão da cozinha.',
    'Nenek yang tinggal sendirian tidak menjawab telepon sejak pagi, dan dari jendela saya lihat ada orang tergeletak di lantai.',
    'एक्लै बस्ने बुढा बाले फोन उठाउनुभएन, ढोका ढकढक्याउँदा कोही बोल्दैन, भित्रबाट कुँथिएको आवाज आउँछ।',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('emergency');
  });

  describe("a door unanswered told with its end: away at a daughter's, on holiday", () => {
    it.each([
      'チャイムに応答がなく心配しましたが、娘さんの家に泊まっていたことが分かりました。',
      "He didn't answer the door yesterday, but it turned out he was at his daughter's and he is fine.",
      '新聞がたまっていたので管理会社に連絡したところ、旅行中だと分かりました。',
      '我敲门没人应，后来才知道她去女儿家住了几天，现在没事。',
      "Mail piled up for a week because she was on holiday in Okinawa; she's back now.",
    ])('%s', (text) => {
      expect(detectCrisis(text)).toBeNull();
    });
  });
});

describe("a child's bruises old and new, many or in odd places with a doubtful explanation; children asking for leftovers with the parents away; a child in the same clothes minding the little ones, a parent not seen for days", () => {
  it.each([
    '保育士です。4歳の男の子の二の腕と背中に古いあざと新しいあざがあります。お母さんは「よく転ぶ」と言いますが、転んでできる場所ではないように思います。',
    'せんせい です。 こどもの せなかに あざが たくさん あります。 「ころんだ」と いいますが、 ころんで できる ばしょでは ありません。',
    "School nurse here. A Year 2 boy has several bruises on his upper arms and the backs of his legs, some yellow, some fresh. He says he fell off his bike, but the pattern doesn't fit a fall, and he's hardly eating lunch.",
    '我是小学保健老师。一名二年级女生今天体检时发现背部和大腿内侧有新旧不一的淤青，她说是摔倒的，但位置很不自然，这几天午饭也几乎不吃。',
    '我是幼兒園老師。一個小男孩在午睡換衣服時，我們看到耳後和背上有好幾處瘀青，他說是跌倒的，但位置很奇怪。',
    '초등학교 교사입니다. 한 학생의 등과 허벅지 안쪽에 오래된 멍과 새 멍이 여러 개 있습니다. 넘어졌다고 하는데 위치가 부자연스럽고, 급식도 거의 안 먹습니다.',
    'म विद्यालयकी नर्स हुँ। आज स्वास्थ्य जाँचमा कक्षा ३ की एक छात्राको ढाड र तिघ्रामा पुराना र नयाँ चोटका दाग धेरै छन्। उनी लडेको भन्छिन्, तर ठाउँ अनौठो छ।',
    'Sou professora. No exame de hoje, uma aluna do 3º ano tinha vários hematomas, antigos e recentes, nas costas e nas coxas. Ela diz que caiu da escada, mas os lugares são estranhos.',
    'Saya guru SD. Saat pemeriksaan kesehatan hari ini, seorang murid punya beberapa memar lama dan baru di punggung dan paha. Katanya jatuh, tapi letaknya aneh.',
    'コンビニの店長です。小学生の兄妹が、ここ数日毎晩閉店前に来て、廃棄のお弁当をもらえないかと言います。お母さんは一週間帰ってきていないそうです。',
    '担任です。ある児童が今週ずっと同じ服で、給食のおかわりを何度もしています。「お父さんに月曜から会っていない」と話し、妹の世話を一人でしているようです。',
    'こどもが まいばん みせに きて、 のこった たべものを ください と いいます。 おかあさんは 1しゅうかん いえに いない そうです。',
    "I run a small bakery. Two primary-school kids from upstairs come by almost every evening asking if we have any unsold bread. They say their parents haven't been home for a week.",
    "A pupil has come to school in the same clothes every day this week, takes leftover food home from lunch, and says she hasn't seen her dad since last weekend; she's minding her baby sister alone.",
    '我在便利店打工。楼上两个小学生这几天每晚都来问有没有剩下的饭。他们说爸妈已经一个星期没回家了。',
    '我是老師。班上一個孩子這週天天穿同一套衣服，說從星期天就沒見到媽媽，一個人在家照顧弟弟。',
    '편의점 점주입니다. 아랫집 초등학생 형제가 며칠째 밤마다 와서 폐기 도시락 없냐고 물어봅니다. 엄마가 일주일 넘게 집에 안 온다고 합니다.',
    '담임입니다. 한 학생이 일주일 내내 같은 옷을 입고 오고, 급식을 남겨서 싸 가려고 합니다. 주말부터 엄마를 못 봤고 동생을 혼자 돌보고 있다고 합니다.',
    'Tôi bán hàng ở tiệm cơm. Hai anh em học sinh tiểu học ở tầng trên gần như tối nào cũng đến xin cơm thừa. Các em nói bố mẹ đã một tuần không về nhà.',
    'Một học sinh cả tuần mặc cùng một bộ quần áo, nói từ chủ nhật không gặp mẹ và tự chăm em trai một mình.',
    'म पसल चलाउँछु। माथिल्लो तलाका दुई साना बच्चा हरेक राति आएर बचेको खाना माग्छन्। उनीहरूका आमाबुबा एक हप्तादेखि घर आएका छैनन् रे।',
    'May-ari po ako ng karinderya. Dalawang batang magkapatid ang gabi-gabing pumupunta para humingi ng tirang pagkain. Isang linggo na raw hindi umuuwi ang mga magulang nila.',
    'Tenho uma padaria. Dois irmãozinhos do prédio vêm quase toda noite pedir pão que sobrou. Disseram que os pais não voltam pra casa há uma semana.',
    'Uma aluna vem com a mesma roupa a semana toda, diz que não vê a mãe desde domingo e está cuidando do irmão pequeno sozinha.',
    'Saya punya warung. Dua anak SD dari lantai atas hampir tiap malam datang minta sisa makanan. Katanya orang tuanya sudah seminggu tidak pulang.',
    'Seorang murid memakai baju yang sama seminggu, katanya belum ketemu ibunya sejak Minggu dan mengurus adiknya sendirian.',
    '小学校の担任です。児童の首と耳の後ろにあざがあり、本人は転んだと言いますが、転んでできる場所ではないと思います。',
    "I'm a nursery teacher. One of the toddlers has bruises on his back and the backs of his legs in different colours; mum says he falls a lot, but they're in odd places.",
    '보건교사입니다. 한 학생 엉덩이에 멍이 있는데 넘어졌다고 하지만 위치가 이상합니다.',
    'Giáo viên đây ạ. Một học sinh có vết bầm ở cổ và sau tai, vị trí rất lạ.',
    'Sou professora. Um aluno tem roxos no bumbum e nas costas, diz que caiu, mas não parece queda.',
    'Saya guru TK. Ada anak dengan memar di punggung dan leher, katanya jatuh tapi letaknya aneh.',
    'Guro ako. May estudyante na may pasa sa likod at leeg, nadapa daw pero kakaiba ang pwesto.',
    '我开餐馆。隔壁两个孩子每天晚上来问有没有剩菜，说妈妈一个多星期没回家了。',
    "The two kids from upstairs come to my shop every night asking for leftover food; their mum hasn't come home for a week.",
    'Tenho um restaurante. Duas crianças vêm toda noite pedir as sobras. Dizem que a mãe não volta pra casa há uma semana.',
    'Có hai đứa nhỏ tối nào cũng sang quán xin cơm thừa, nói mẹ đi cả tuần không về.',
    'Ada dua anak yang tiap malam datang ke warung minta sisa nasi, katanya ibunya sudah seminggu tidak pulang.',
    '担任です。ある児童が一週間同じ服で登校し、「お母さんに先週から会っていない」と言っています。弟の世話を一人でしているようです。',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('child_abuse');
  });

  describe('bruises from sport or a fall seen, old and new pupils, a parent on a trip with the other at home, children buying snacks, leftovers donated', () => {
    it.each([
      '息子のすねにあざがいくつもありますが、サッカーの練習でできたものです。',
      'My son has several bruises on his shins from football practice.',
      '小学生の娘が自転車で転んで、ひざにあざができました。',
      'Guru: murid lama dan baru akan ikut upacara besok. Di mana formulir pendaftarannya?',
      'Os alunos antigos e recentes podem pedir a bolsa? Sou professora na escola brasileira.',
      'The bruise on her arm was checked by the doctor: a blood condition, not abuse. Where can we get advice on school life?',
      'お父さんは出張で一週間帰ってきませんが、お母さんと祖母がいるので大丈夫です。',
      "Her dad's been away on a work trip since Sunday; mum's at home with them and they're fine.",
      'Kids from the school come by our bakery every evening to buy snacks. Can we put up a poster about the summer festival?',
      '娘が高校の修学旅行から帰ってきません、一週間の予定です。',
      '아이들이 매일 밤 가게에 와서 과자를 사 가요. 동네 축제 포스터를 붙여도 될까요?',
      "The children come to our bakery every evening to buy bread. Is there a children's cafeteria nearby?",
      '我们食堂每天晚上有剩饭，可以捐给儿童食堂吗？',
      'Apakah sisa makanan dari warung kami boleh disumbangkan ke panti asuhan?',
      "My daughter hasn't seen her dad since Sunday because he's on a business trip; she helps look after her little brother.",
      'Caring for a student with old and new scars from surgery: any advice for PE class?',
    ])('%s', (text) => {
      expect(detectCrisis(text)).toBeNull();
    });
  });
});

describe('goodbye signs seen by a teacher, a shop owner or a volunteer: writing on how he would end his life, treasured things given away with a last coffee, “just pray for me”, then silence', () => {
  it.each([
    '高校の教員です。ある生徒が提出した作文に、自分がどうやって死ぬかが具体的に書かれていました。最近、大事にしていたギターを友人にあげたそうです。',
    '食堂の店主です。常連のおじいさんがツケを全部払って、愛用の時計を私にくれ、「これが最後の一杯かな」と言って帰りました。一人暮らしです。',
    'ともだちが じぶんの ふくを ぜんぶ ひとに あげました。 「わたしの ために いのって」と いいました。 いま でんわに でません。',
    "I'm a youth worker. One of our lads wrote a poem about how he would end his life and has been giving away his games and trainers this week.",
    "An elderly regular settled his whole tab, left me his late wife's ring and said it was probably his last coffee here. He lives alone.",
    "A woman from our church gave away all her clothes, asked us to just pray for her, and now isn't answering.",
    '我是补习班老师。一个学生的作文里详细写了自己打算怎么结束生命，这周还把游戏机和耳机都送给了同学。',
    '我开面馆。一位独居的老顾客把赊的账全还清了，把他的手表送给我，说“这大概是最后一碗了”。',
    '教會姊妹把衣服全送人了，說「為我禱告就好」，現在電話也不接。',
    '학원 강사입니다. 한 학생이 작문에 자기가 어떻게 죽을지 구체적으로 썼고, 이번 주에 게임기와 이어폰을 친구들에게 다 나눠줬습니다.',
    "단골 할아버지가 외상값을 다 갚고 손목시계를 주시면서 '아마 이게 마지막 국밥이겠지'라고 하셨습니다.",
    'Tôi là giáo viên. Một học sinh viết bài văn tả chi tiết em sẽ kết thúc cuộc đời thế nào, tuần này lại đem cho bạn bè máy chơi game và tai nghe.',
    "Một chị trong nhà thờ đã cho hết quần áo, nói 'cứ cầu nguyện cho em là được', giờ không liên lạc được.",
    'म शिक्षक हुँ। एक विद्यार्थीले निबन्धमा आफूले जीवन कसरी अन्त्य गर्ने भनेर लेखेको छ, र यो हप्ता आफ्ना सामान साथीहरूलाई बाँडिदियो।',
    "एक बुढा ग्राहकले सबै उधारो चुक्ता गरे, आफ्नो घडी मलाई दिए र 'सायद यो मेरो अन्तिम चिया हो' भने।",
    "Yung matandang suki namin, binayaran lahat ng utang niya, binigay sa akin ang relo niya at sinabing 'ito na siguro ang huling kape ko'.",
    'Sou professor. Um aluno entregou uma redação descrevendo como acabaria com a própria vida e esta semana deu o videogame e os fones para os colegas.',
    "Um senhor, cliente antigo, quitou toda a conta que devia, me deu o relógio dele e disse 'esse deve ser meu último café'. Ele mora sozinho.",
    "Uma irmã da igreja deu todas as roupas dela, pediu 'só orem por mim' e agora não atende mais.",
    'Saya guru. Seorang murid menulis karangan tentang bagaimana dia akan mengakhiri hidupnya, dan minggu ini membagikan barang-barangnya ke teman sekelas.',
    "Pelanggan tua saya melunasi semua utangnya, memberi saya jam tangannya, dan bilang 'mungkin ini kopi terakhir saya'.",
    '担任です。生徒の日記に、自分の死に方が細かく書かれていました。',
    'A Year 9 student wrote in his journal exactly how he would kill himself.',
    'Pastor here. A member of our church gave away all her belongings this week and asked us to pray for her. She has stopped answering her phone.',
    'Một chị trong nhóm đã đem cho hết đồ đạc và nhờ chúng tôi cầu nguyện cho chị, giờ không liên lạc được.',
    '教会の姉妹が持ち物を全部人にあげて、「私のために祈ってください」と言ったきり、連絡がつかなくなりました。',
    'Uma senhora da igreja deu todas as roupas e pediu que orem por ela, agora não atende mais.',
    "Seorang jemaat membagikan semua pakaiannya, bilang 'doakan saya saja', dan sekarang tidak bisa dihubungi.",
    "우리 교회 자매님이 옷을 다 나눠주고 '기도해 주세요'라고 한 뒤 연락이 안 됩니다.",
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  describe("a story's character who dies, things given away before a move, a regular's last coffee before moving, prayers asked for an exam", () => {
    it.each([
      'A student wrote a short story about a knight who dies in battle. Is there a writing contest in the ward?',
      'He gave away his old games and headphones because he is moving back to Brazil next month.',
      '常連さんがツケを全部払って「来月大阪に引っ越すので、これが最後の一杯です」と言いました。',
      'Pray for me, I have my driving test tomorrow!',
      'Ông khách trả hết tiền ghi sổ vì tháng sau ông chuyển về quê với con gái, nói đây là bát phở cuối cùng ở quán.',
      'She gave away her old clothes to the church bazaar and asked us to pray for her exam tomorrow.',
      'He gave away his old books to the school library. Where can I donate more?',
    ])('%s', (text) => {
      expect(detectCrisis(text)).toBeNull();
    });
  });
});

describe('a cry of “don’t hit me” heard from a house; someone hit on a video call, then the camera cut off', () => {
  it.each([
    '訪問看護師です。訪問先の隣の家から、おばあさんの「叩かないで、やめて」という叫び声と、何かを叩く音が今も聞こえています。',
    'となりの いえから おばあさんの 「たたかないで」 という こえが いま きこえます。',
    'I\'m a delivery driver. Right now I can hear an elderly woman inside a house shouting "stop hitting me" and thumping sounds.',
    'During our video call her husband walked in and started slapping her over and over, then the call cut out.',
    '我是外卖员。现在从一户人家里传出老太太喊“别打我了”的声音，还有打人的声音。',
    '上課時學生的丈夫走進來，一直打她的頭，然後視訊就斷了。',
    "택배 기사입니다. 지금 어느 집 안에서 할머니가 '때리지 마' 하고 소리치는 소리와 때리는 소리가 들립니다.",
    '온라인 수업 중에 학생의 남편이 들어와서 머리를 여러 번 때렸고, 그 뒤 화면이 꺼졌습니다.',
    "Tôi giao báo buổi sáng. Bây giờ trong một căn nhà có tiếng bà cụ kêu 'đừng đánh nữa' và tiếng đánh.",
    'Đang học online thì chồng của học viên vào phòng và đánh vào đầu chị ấy nhiều lần, rồi camera tắt.',
    "म डेलिभरी गर्छु। अहिले एउटा घरभित्रबाट बुढी आमाको 'नकुट, नकुट' भनेर रोएको र कुटेको आवाज आइरहेको छ।",
    'अनलाइन कक्षामा विद्यार्थीको श्रीमान् कोठामा आएर उनको टाउकोमा बारम्बार हिर्काए, अनि क्यामेरा बन्द भयो।',
    "Delivery rider po ako. Ngayon may naririnig akong matandang babae sa loob ng bahay na sumisigaw ng 'huwag mo akong saktan' at may kumakalabog.",
    'Habang nag-oonline class kami, pumasok ang asawa ng estudyante ko at paulit-ulit na sinuntok ang ulo niya, tapos namatay ang camera.',
    "Sou entregador. Agora mesmo ouço uma senhora dentro de uma casa gritando 'não me bate' e barulho de pancada.",
    'Durante a aula online, o marido da minha aluna entrou no quarto e bateu na cabeça dela várias vezes, depois a câmera desligou.',
    "Saya kurir. Sekarang dari dalam rumah terdengar nenek berteriak 'jangan pukul' dan suara pukulan.",
    'Saat les online, suami murid saya masuk ke kamar dan menampar dia berkali-kali, lalu videonya terputus.',
    '隣の家からおばあさんの「ぶたないで」という声と、叩く音が聞こえます。',
    "Tôi nghe tiếng bà cụ nhà bên kêu 'đừng đánh tôi' và tiếng đánh.",
    "옆집에서 할머니가 '때리지 마' 하고 비명을 지르는 소리가 들립니다.",
    "Naririnig ko ang lola sa kabilang bahay na sumisigaw ng 'huwag mo akong saktan'.",
    "Saya dengar nenek di rumah sebelah berteriak 'jangan pukul saya'.",
    'While we were on a video call, her boyfriend came in and punched her, then the call dropped.',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });

  describe('a husband who came in to say hello before the wifi dropped', () => {
    it.each([
      'During the lesson her husband came in to say hello, then the camera went off because the wifi dropped.',
      'レッスン中にご主人が部屋に入ってきて挨拶してくれましたが、回線が悪くてカメラが切れました。',
    ])('%s', (text) => {
      expect(detectCrisis(text)).toBeNull();
    });
  });
});
