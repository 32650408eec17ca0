import type { Concept, Lists } from './concepts.ts';
import { eitherWay, followedBy } from './concepts-safe.ts';
import { inEachLanguage } from './extend-concepts.ts';

/**
 * Pregnancy, babies and small children: exhausted parents, a baby's or toddler's emergency at home, a pregnant woman hurt — and the ordinary scares of new parents that only sound like one.
 * Written for every language, like every concept (see concepts.ts).
 */

// ─── A febrile seizure that is over ──────────────────────────────────────────────────────────────────

/** A child's seizure told as having happened (a fit with a fever, a convulsion had). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SEIZURE_HAD: Lists = {
  ja: ['熱性けいれん', '熱性痙攣', 'ねつせいけいれん', 'けいれんしました', 'けいれんした', 'けいれんを起こし', 'けいれんをおこし', '痙攣しました', '痙攣した', '痙攣を起こし', 'ひきつけを起こし', 'ひきつけをおこし', 'ひきつけました', 'ひきつけた', 'けいれんはとまりました', 'けいれんがとまりました', '痙攣は止まりました', '痙攣が止まりました', 'けいれんはとまった', 'けいれんがとまった'],
  en: ['seizure stopped', 'seizure has stopped', 'fit stopped', 'febrile seizure', 'febrile seizures', 'febrile convulsion', 'febrile convulsions', 'fever seizure', 'fever fit', 'had a seizure', 'had a fit', 'had a convulsion'],
  zh: ['热性惊厥', '高热惊厥', '发烧抽搐', '发烧惊厥', '热惊厥', '抽搐了', '惊厥了', '抽筋了', '抽搐停了', '抽搐已经停了', '惊厥停了'],
  ko: ['열성 경련', '열성경련', '열경기', '경기를 했', '경기를 일으켰', '경련을 했', '경련했', '경련을 일으켰', '경련이 멈췄', '경련은 멈췄'],
  vi: ['sốt co giật', 'co giật do sốt', 'bị co giật', 'đã co giật', 'lên cơn co giật', 'hết co giật', 'đã hết co giật'],
  ne: ['ज्वरोले काम्यो', 'ज्वरोमा काम्यो', 'छारे रोग', 'कम्पन भयो', 'jwaro le kamyo', 'fever ma kamyo', 'febrile seizure', 'काम्न छाड्यो', 'kamna chhadyo'],
  tl: ['febrile seizure', 'kombulsyon', 'nangisay', 'kinumbulsyon', 'nag seizure', 'nagseizure', 'tumigil na ang kombulsyon', 'huminto na ang kombulsyon'],
  pt: ['convulsão febril', 'convulsões febris', 'convulsão por febre', 'teve uma convulsão', 'teve convulsão', 'convulsionou', 'convulsão foi febril', 'foi uma convulsão febril', 'a convulsão parou', 'parou de convulsionar'],
  id: ['kejang demam', 'step demam', 'kejang karena demam', 'sempat kejang', 'kena kejang', 'kejangnya sudah berhenti', 'kejangnya udah berhenti', 'kejangnya berhenti'],
};

/**
 * The seizure over: the child well now, the hospital said fine, or the parent asking what to do next time
 * (not "what next", which is asked in the middle of one).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SEIZURE_OVER: Lists = {
  ja: ['今は元気', 'いまはげんき', 'すっかり元気', 'すっかりげんき', 'もう元気', 'もうげんき', '元気になりました', 'げんきになりました', 'けろっと', 'ケロッと', '大丈夫と言われ', 'だいじょうぶといわれ', '大丈夫だと言われ', '大丈夫って言われ', '問題ないと言われ', 'もんだいないといわれ', '異常なし', 'いじょうなし', '次にまた', 'つぎにまた', '次に起きたら', 'つぎにおきたら', 'また起きたら', 'またおきたら', '今度なったら', 'こんどなったら', 'またなったら', '今は大丈夫', 'いまはだいじょうぶ', '退院しました', 'たいいんしました'],
  en: ['fine now', 'okay now', 'ok now', 'back to normal', 'back to himself', 'back to herself', 'doctor said', 'doctors said', 'hospital said', 'were discharged', 'was discharged', 'next time', 'if it happens again', 'should it happen again', 'doc says', 'doctor says', 'doc said', 'super common', 'very common', 'common at this age', 'shes home', 'hes home', 'home now', 'shes fine', 'hes fine'],
  zh: ['现在没事了', '现在已经好了', '已经好了', '已经没事了', '医生说没事', '医生说没问题', '医生说不要紧', '出院了', '下次再', '下次如果', '如果再发生', '要是再', '医生说很常见', '很常见', '已经回家了'],
  ko: ['지금은 괜찮', '이제 괜찮', '멀쩡해', '괜찮다고 하', '이상 없다고', '퇴원했', '다음에 또', '또 그러면', '또 하면', '다시 그러면', '흔하다고', '집에 왔'],
  vi: ['giờ bé ổn', 'giờ ổn rồi', 'đã ổn rồi', 'bác sĩ nói không sao', 'bác sĩ bảo không sao', 'đã xuất viện', 'lần sau', 'nếu bị lại', 'nếu lại bị', 'rất thường gặp', 'đã về nhà'],
  ne: ['अहिले ठिक छ', 'अहिले ठीक छ', 'डाक्टरले ठिक छ भन्नुभयो', 'अर्को पटक', 'फेरि भयो भने', 'ahile thik chha', 'arko patak', 'pheri bhayo bhane'],
  tl: ['okay na siya', 'ok na siya', 'ayos na siya', 'sabi ng doktor okay', 'sabi ng doctor okay', 'nakalabas na', 'sa susunod', 'kung maulit', 'pag naulit', 'normal daw', 'karaniwan daw', 'nakauwi na'],
  pt: ['já está bem', 'já tá bem', 'agora está bem', 'agora tá bem', 'o médico disse que', 'o pediatra disse que', 'teve alta', 'da próxima vez', 'se acontecer de novo', 'é comum', 'já tá brincando', 'já está brincando', 'já voltou pra casa'],
  id: ['sekarang sudah sehat', 'sekarang udah sehat', 'sudah baik', 'udah baik', 'kata dokter tidak apa', 'kata dokter gapapa', 'kata dokter nggak apa', 'sudah pulang dari rs', 'lain kali', 'kalau terjadi lagi', 'kalo terjadi lagi', 'kata dokter umum', 'sering terjadi', 'sudah di rumah', 'udah di rumah'],
};

/** Once before, at an age long past: a seizure told as history ("had one at 1", «pernah kejang»). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ONCE_BEFORE: Lists = {
  ja: ['以前', 'いぜん', '昔', 'むかし', '歳の時に', 'さいのときに', '歳のときに', '過去に', 'かこに'],
  en: ['once had', 'has had', 'had a febrile', 'history of', 'when he was one', 'when she was one', 'when he was 1', 'when she was 1', 'as a baby'],
  zh: ['以前', '曾经', '小时候', '岁的时候'],
  ko: ['예전에', '전에', '살 때', '어렸을 때'],
  vi: ['từng bị', 'trước đây', 'hồi', 'lúc'],
  ne: ['पहिले', 'पहिला', 'pahile', 'pahila', 'वर्षको हुँदा', 'barsa ko huda'],
  tl: ['dati', 'noon', 'noong', 'nung'],
  pt: ['já teve', 'uma vez', 'quando tinha', 'com 1 ano', 'com um ano'],
  id: ['pernah', 'dulu', 'waktu umur', 'waktu usia'],
};

// ─── Something swallowed that has come out ──────────────────────────────────────────────────────────

// biome-ignore format: each language's words stay on one line, easy to read side by side
const SWALLOWED: Lists = {
  ja: ['飲み込んだ', 'のみこんだ', '飲み込んで', 'のみこんで', '飲みこんだ', '誤飲', 'ごいん', '飲んじゃった', 'のんじゃった'],
  en: ['swallowed', 'swallowing'],
  zh: ['吞了', '吞下', '误吞', '咽下去', '吃下去', '吞进'],
  ko: ['삼켰', '삼켜서', '삼킨', '삼켜 버렸', '삼켜버렸'],
  vi: ['nuốt phải', 'nuốt mất', 'nuốt', 'lỡ nuốt'],
  ne: ['निल्यो', 'निलेको', 'निलेछ', 'निलिन्', 'nilyo', 'nileko', 'nilechha'],
  tl: ['nalunok', 'nilunok', 'nakalunok'],
  pt: ['engoliu', 'engoli', 'engolido'],
  id: ['tertelan', 'menelan', 'nelen', 'ketelen', 'ketelan'],
};

/** It came out in the nappy or the poo (said as done: "if it comes out" is asked before, and may be a battery). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PASSED: Lists = {
  ja: ['うんちに出てきました', 'うんちにでてきました', 'うんちに出ました', 'うんちにでました', 'うんちに出ていました', 'うんちから出てきました', 'うんちからでてきました', 'うんちと一緒に出てきました', 'うんちといっしょにでてきました', 'うんちに出てきて', 'うんちにでてきて', 'うんちから出てきて', '便に出てきました', '便から出てきました', '便と一緒に出てきました', '便に出ました', 'おむつに出てきました', 'おむつから出てきました', 'おむつからでてきました', '無事に出てきました', 'ぶじにでてきました', '排出されました', 'はいしゅつされました'],
  en: ['came out in', 'came out this morning', 'came out today', 'came out yesterday', 'came out the other end', 'passed it', 'has passed', 'pooped it out', 'pooed it out', 'found it in his nappy', 'found it in her nappy', 'found it in his diaper', 'found it in her diaper', 'found it in the nappy', 'found it in the diaper'],
  zh: ['拉出来了', '已经拉出来', '便便里找到', '大便里找到', '便便里看到了', '大便里看到了', '排出来了', '已经排出', '随大便排出了', '跟着便便出来了', '跟大便一起出来了'],
  ko: ['변으로 나왔', '똥으로 나왔', '응가로 나왔', '대변으로 나왔', '기저귀에서 나왔', '기저귀에서 발견', '변에서 나왔', '똥에서 나왔', '응가에서 나왔', '배출됐', '배출되었'],
  vi: ['đi ngoài ra rồi', 'ị ra rồi', 'đã ra theo phân', 'ra theo phân rồi', 'thấy trong phân rồi', 'thấy trong bỉm', 'đi cầu ra rồi', 'đi ị ra'],
  ne: ['दिसामा निस्कियो', 'दिसासँगै निस्कियो', 'दिसामा आयो', 'disa ma niskiyo', 'disama niskiyo', 'disa sangai niskiyo'],
  tl: ['lumabas na sa dumi', 'lumabas sa dumi', 'lumabas na sa poop', 'lumabas na sa pupu', 'nailabas na niya', 'naidumi na niya', 'nakita sa diaper', 'nakita namin sa diaper'],
  pt: ['saiu no cocô', 'saiu nas fezes', 'saiu na fralda', 'achei na fralda', 'encontrei na fralda', 'saiu junto com o cocô', 'saiu com o cocô', 'eliminou nas fezes'],
  id: ['keluar bersama pup', 'keluar waktu pup', 'keluar pas pup', 'keluar saat bab', 'keluar bersama feses', 'keluar bersama kotoran', 'keluar lewat bab', 'keluar lewat pup', 'ketemu di popok', 'keluar di popok'],
};

// ─── An older sibling's jealous words ───────────────────────────────────────────────────────────────

// biome-ignore format: each language's words stay on one line, easy to read side by side
const JEALOUS_SIBLING: Lists = {
  ja: ['赤ちゃん返り', 'あかちゃんがえり', '上の子', 'うえのこ', 'やきもち', '焼きもち', 'ヤキモチ', '嫉妬', 'しっと'],
  en: ['jealous', 'jealousy', 'older one', 'eldest', 'big brother', 'big sister', 'older brother', 'older sister', 'new sibling', 'year old says', 'yo says', 'toddler says'],
  zh: ['吃醋', '嫉妒', '老大', '哥哥说', '姐姐说', '大宝', '二胎', '二宝'],
  ko: ['질투', '첫째', '큰애', '큰 애', '퇴행'],
  vi: ['ghen tị', 'ganh tị', 'đứa lớn', 'con lớn', 'anh hai', 'chị hai', 'bé lớn'],
  ne: ['डाह', 'जेठो', 'जेठी', 'ठूलो छोरा', 'ठूली छोरी', 'daah', 'jetho', 'jethi'],
  tl: ['nagseselos', 'selos', 'panganay', 'kuya niya', 'ate niya'],
  pt: ['ciúme', 'ciúmes', 'ciumento', 'ciumenta', 'mais velho', 'mais velha', 'irmão mais velho', 'irmã mais velha'],
  id: ['cemburu', 'si kakak', 'anak pertama', 'anak sulung', 'kakaknya'],
};

/** The small child's words: the baby should go away, be sent back, thrown out. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BABY_GO_AWAY: Lists = {
  ja: ['赤ちゃんなんかいなくなれば', 'あかちゃんなんかいなくなれば', '赤ちゃんいなくなれば', 'あかちゃんいなくなれば', '赤ちゃんがいなくなれば', 'あかちゃんがいなくなれば', '赤ちゃんなんかいらない', 'あかちゃんなんかいらない', '赤ちゃんいらない', 'あかちゃんいらない', '赤ちゃんを捨てて', 'あかちゃんをすてて', '赤ちゃんを病院に返して', 'あかちゃんをびょういんにかえして', '赤ちゃんなんか死んじゃえ', 'あかちゃんなんかしんじゃえ'],
  en: ['wish the baby would go away', 'wish the baby would disappear', 'wish the baby was gone', 'wish the baby would die', 'wants the baby to go away', 'wants the baby to die', 'send the baby back', 'take the baby back', 'throw the baby away', 'throw the baby in the bin', 'hate the baby', 'hates the baby', 'baby should go away'],
  zh: ['不要弟弟', '不要妹妹', '不要小宝宝', '把弟弟扔掉', '把妹妹扔掉', '把宝宝扔掉', '把弟弟送走', '把妹妹送走', '把宝宝送走', '弟弟去死', '妹妹去死', '宝宝消失'],
  ko: ['아기 버려', '아기 갖다 버려', '동생 버려', '동생 갖다 버려', '동생 없어졌으면', '아기 없어졌으면', '동생 싫어', '아기 싫어', '동생 죽었으면', '아기 죽었으면'],
  vi: ['vứt em bé đi', 'bỏ em bé đi', 'không cần em bé', 'không thích em bé', 'em bé biến đi', 'em bé chết đi', 'trả em bé lại'],
  ne: ['बच्चा फ्याँकिदेऊ', 'बाबु फ्याँकिदेऊ', 'बहिनी चाहिँदैन', 'भाइ चाहिँदैन', 'bachcha fyakideu', 'bahini chahidaina', 'bhai chahidaina'],
  tl: ['itapon na lang si baby', 'ibalik si baby', 'ayaw niya kay baby', 'sana mawala si baby', 'sana mamatay si baby'],
  pt: ['jogar o bebê fora', 'jogar o bebê no lixo', 'devolver o bebê', 'não quero o bebê', 'não quer o bebê', 'odeio o bebê', 'que o bebê suma', 'que o bebê morra'],
  id: ['buang adek', 'buang adiknya', 'buang dedek', 'gak mau adek', 'nggak mau adek', 'adek pergi aja', 'adeknya mati aja', 'adek mati aja'],
};

// ─── A toddler's protest at routine care ───────────────────────────────────────────────────────────

// biome-ignore format: each language's words stay on one line, easy to read side by side
const ROUTINE_CARE: Lists = {
  ja: ['歯磨き', 'はみがき', '仕上げ磨き', 'しあげみがき', '爪切り', 'つめきり', '爪を切', 'つめをき', '髪を洗', 'かみをあら', 'シャンプー', 'おむつ替え', 'おむつがえ', 'おむつ交換', '鼻水吸', 'はなみずす', '目薬', 'めぐすり', 'チャイルドシート'],
  en: ['brush his teeth', 'brush her teeth', 'brush their teeth', 'brushing his teeth', 'brushing her teeth', 'toothbrushing', 'tooth brushing', 'teeth brushing', 'cut his nails', 'cut her nails', 'cutting his nails', 'cutting her nails', 'clip his nails', 'clip her nails', 'wash his hair', 'wash her hair', 'washing his hair', 'washing her hair', 'nappy change', 'nappy changes', 'diaper change', 'diaper changes', 'change his nappy', 'change her nappy', 'change his diaper', 'change her diaper', 'car seat', 'nose drops', 'eye drops'],
  zh: ['刷牙', '剪指甲', '洗头', '换尿布', '换尿片', '滴眼药', '吸鼻涕', '安全座椅'],
  ko: ['양치', '이 닦', '이를 닦', '손톱 깎', '손톱을 깎', '머리 감', '기저귀 갈', '기저귀 교체', '콧물 빼', '안약', '카시트'],
  vi: ['đánh răng', 'cắt móng tay', 'gội đầu', 'thay bỉm', 'thay tã', 'hút mũi', 'nhỏ mắt'],
  ne: ['दाँत माझ्', 'दात माझ्', 'नङ काट', 'कपाल धु', 'डाइपर फेर', 'daat majh', 'dant majh', 'nang kaat', 'kapal dhu', 'diaper fer'],
  tl: ['magsipilyo', 'nagsisipilyo', 'sipilyuhin', 'toothbrush', 'gupitin ang kuko', 'ginugupit ang kuko', 'naggugupit ng kuko', 'palit ng diaper', 'nagpapalit ng diaper', 'palitan ng diaper'],
  pt: ['escovar os dentes', 'escovo os dentes', 'escovando os dentes', 'cortar as unhas', 'corto as unhas', 'cortando as unhas', 'lavar o cabelo', 'lavo o cabelo', 'trocar a fralda', 'troco a fralda', 'trocando a fralda', 'cadeirinha', 'lavagem nasal'],
  id: ['sikat gigi', 'gosok gigi', 'potong kuku', 'gunting kuku', 'keramas', 'ganti popok', 'ganti diapers', 'cuci hidung'],
};

/** What the small child screams, or what the neighbours must think of it. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CHILD_SCREAMS: Lists = {
  ja: ['痛い痛い', 'いたいいたい', '痛いって叫', 'いたいってさけ', 'たすけてって叫', '助けてって叫', 'たすけてってさけ', '殺されるって', 'ころされるって', '虐待してると思われ', 'ぎゃくたいしてるとおもわれ', '通報されそう', 'つうほうされそう'],
  en: ['youre hurting me', 'you re hurting me', 'you are hurting me', 'hurting me', 'stop hurting me', 'help me help me', 'screams help', 'screaming help', 'neighbours must think', 'neighbors must think', 'neighbours will think', 'neighbors will think', 'neighbours probably think', 'neighbors probably think'],
  zh: ['你弄痛我', '你弄疼我', '弄痛我了', '弄疼我了', '好痛好痛', '喊救命', '叫救命', '邻居以为', '邻居会以为', '邻居肯定以为', '邻居还以为'],
  ko: ['아파 아파', '아프다고 소리', '아프다고 울', '살려줘', '살려 줘', '사람 살려', '이웃이 오해', '옆집에서 오해', '학대하는 줄'],
  vi: ['mẹ làm con đau', 'bố làm con đau', 'đau con', 'cứu con với', 'cứu với', 'hàng xóm tưởng', 'hàng xóm lại tưởng'],
  ne: ['दुख्यो भन्दै चिच्याउँछ', 'बचाउ भन्दै', 'छिमेकीले के सोच्लान्', 'dukhyo bhandai', 'bachau bhandai', 'chhimeki le ke sochlan'],
  tl: ['sinasaktan mo ako', 'masakit masakit', 'aray aray', 'tulong tulong', 'saklolo', 'akala ng kapitbahay', 'iisipin ng kapitbahay', 'isipin ng kapitbahay'],
  pt: ['você tá me machucando', 'você está me machucando', 'tá me machucando', 'está me machucando', 'socorro socorro', 'grita socorro', 'vizinhos vão achar', 'vizinhos devem achar', 'vizinhos vão pensar', 'vizinhos devem pensar'],
  id: ['sakit sakit', 'mama jahat', 'tolong tolong', 'teriak tolong', 'tetangga kira', 'tetangga pikir', 'dikira tetangga', 'disangka tetangga'],
};

// ─── A mother entrusting her child before a high place ───────────────────────────────────────────────

// biome-ignore format: each language's words stay on one line, easy to read side by side
const ENTRUSTS_CHILD: Lists = {
  ja: ['子どもをよろしく', '子供をよろしく', 'こどもをよろしく', '子どもたちをよろしく', '子供たちをよろしく', '娘をよろしく', '息子をよろしく', '赤ちゃんをよろしく', 'あかちゃんをよろしく', '子どもを頼む', '子供を頼む', '子どもをお願い', '子供をお願い'],
  en: ['take care of the kids', 'take care of the baby', 'look after the kids', 'look after the baby', 'take care of our son', 'take care of our daughter', 'look after our son', 'look after our daughter', 'take good care of the kids', 'take good care of the baby', 'look after them for me'],
  zh: ['好好照顾孩子', '照顾好孩子', '照顾好宝宝', '好好照顾宝宝', '孩子就拜托你', '孩子拜托你', '宝宝拜托你', '孩子交给你'],
  ko: ['애 잘 부탁', '애들 잘 부탁', '아이 잘 부탁', '아이들 잘 부탁', '애기 잘 부탁', '아기 잘 부탁', '우리 애 잘 부탁', '애 잘 키워', '아이 잘 키워'],
  vi: ['chăm sóc con giúp', 'chăm con giùm', 'nhờ anh chăm con', 'nhờ anh nuôi con', 'nuôi con giúp em', 'chăm sóc các con'],
  ne: ['बच्चाको ख्याल राख', 'छोराको ख्याल राख', 'छोरीको ख्याल राख', 'bachcha ko khyal rakh', 'bachha ko khyal rakh', 'chhora ko khyal rakh', 'chhori ko khyal rakh'],
  tl: ['alagaan mo ang mga bata', 'alagaan mo si baby', 'alagaan mo ang anak', 'ingatan mo ang mga bata', 'ikaw na bahala sa mga bata', 'ikaw na bahala kay baby', 'ikaw na ang bahala sa anak'],
  pt: ['cuida bem das crianças', 'cuida bem do nosso filho', 'cuida bem da nossa filha', 'cuida bem do bebê', 'cuida das crianças', 'cuida do bebê'],
  id: ['titip anak', 'jagain anak', 'jaga anak anak', 'jaga anak kita', 'rawat anak kita', 'titip si kecil', 'jagain si kecil'],
};

/** A high place now, or the fear of it gone. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HIGH_PLACE_NOW: Lists = {
  ja: ['屋上', 'おくじょう', '橋の上', 'はしのうえ', '手すりの外', 'てすりのそと', '思ったより怖くない', 'おもったよりこわくない', '意外と怖くない', 'いがいとこわくない'],
  en: ['on the roof now', 'on the rooftop', 'im on the roof', 'i am on the roof', 'on the bridge now', 'im on the bridge', 'on the ledge', 'not as scary as i thought', 'not as scared as i thought'],
  zh: ['天台', '楼顶', '桥上', '没想象中那么可怕', '没有想象中可怕', '没想象中可怕', '一点都不怕'],
  ko: ['옥상', '다리 위', '난간', '무섭지가 않', '생각보다 안 무섭', '생각보다 무섭지 않'],
  vi: ['sân thượng', 'trên cầu', 'mép cầu', 'không sợ như', 'không thấy sợ'],
  ne: ['छतमा', 'पुलमा', 'chhat ma', 'pul ma', 'डर लागेन', 'dar lagena'],
  tl: ['nasa rooftop', 'nasa bubong', 'nasa tulay', 'nasa taas ng building', 'hindi pala nakakatakot'],
  pt: ['no terraço', 'na laje', 'no telhado', 'na ponte', 'no parapeito', 'não dá tanto medo', 'menos medo do que'],
  id: ['di atap', 'di rooftop', 'di atas gedung', 'di jembatan', 'gak setakut', 'nggak setakut', 'tidak setakut'],
};

// ─── A woman's hair grabbed and her head struck ─────────────────────────────────────────────────────

/** Hair grabbed or pulled, done to the writer. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HAIR_GRABBED: Lists = {
  ja: ['髪をつかま', '髪を掴ま', 'かみをつかま', '髪を引っ張ら', 'かみをひっぱら', '髪の毛をつかま', '髪の毛を掴ま', 'かみのけをつかま', '髪の毛を引っ張ら', '髪をつかんで', '髪を掴んで', 'かみをつかんで', '髪の毛をつかんで', '髪を引っ張って', 'かみをひっぱって'],
  en: ['pulled my hair', 'grabbed my hair', 'grabbed me by the hair', 'dragged me by the hair', 'yanked my hair', 'pulled me by the hair', 'by my hair'],
  zh: ['扯住我头发', '扯我头发', '揪住我头发', '揪我头发', '抓住我头发', '抓我头发', '抓着我头发', '扯着我头发', '揪着我头发', '拉住我头发', '拉着我头发', '拉我头发', '扯住我的头发', '抓住我的头发', '揪住我的头发', '抓着我的头发', '揪着我的头发'],
  ko: ['머리채를 잡', '머리채 잡', '머리카락을 잡', '머리끄덩이', '머리채를 끌', '머리를 잡아당'],
  vi: ['túm tóc', 'nắm tóc', 'giật tóc', 'kéo tóc', 'túm lấy tóc', 'nắm lấy tóc'],
  ne: ['कपाल समातेर', 'कपाल तानेर', 'कपाल लुछेर', 'kapal samatera', 'kapal tanera', 'kapal luchhera'],
  tl: ['hinila ang buhok ko', 'sinabunutan ako', 'sinabunutan niya ako', 'hinablot ang buhok ko', 'sinabunot ako', 'hinatak ang buhok ko'],
  pt: ['puxou meu cabelo', 'puxou o meu cabelo', 'me puxou pelo cabelo', 'me pegou pelo cabelo', 'agarrou meu cabelo', 'me arrastou pelo cabelo'],
  id: ['menjambak', 'jambak rambut', 'dijambak', 'narik rambutku', 'menarik rambutku', 'menarik rambut saya', 'narik rambut saya'],
};

/** The head struck against a wall or the floor. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HEAD_STRUCK: Lists = {
  ja: ['壁に', 'かべに', '床に打ち', 'ゆかにうち', '打ち付け', 'うちつけ', '頭をぶつけ', 'あたまをぶつけ'],
  en: ['against the wall', 'into the wall', 'slammed my head', 'smashed my head', 'banged my head against', 'my head into', 'my head against'],
  zh: ['撞墙', '往墙上撞', '撞向墙', '撞落墙', '往地上撞', '撞地'],
  ko: ['벽에', '바닥에 찧', '바닥에 박', '머리를 박', '머리를 찧'],
  vi: ['đập đầu', 'đập vào tường', 'đập xuống sàn', 'dúi đầu', 'đập vào tường'],
  ne: ['भित्तामा', 'भुइँमा ठोक', 'bhittama', 'bhitta ma', 'bhuima thok'],
  tl: ['inuntog sa pader', 'iniuntog sa pader', 'inuntog ang ulo', 'iniuntog ang ulo', 'inuntog sa dingding', 'iniuntog sa dingding'],
  pt: ['bateu minha cabeça', 'bateu a minha cabeça', 'contra a parede', 'minha cabeça na parede', 'minha cabeça no chão'],
  id: ['dibenturkan', 'membenturkan', 'benturin', 'ke tembok', 'ke dinding'],
};

/** A baby or a toddler as the one who does it (not a son or daughter who may be grown, nor «孩子他爸»). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BABY_DOES: Lists = {
  ja: ['赤ちゃんが', 'あかちゃんが', '赤ちゃんは', 'あかちゃんは', '赤ちゃんに', 'あかちゃんに', '乳児が', '1歳の子が', '2歳の子が', '１歳の子が', '２歳の子が', '下の子が', 'したのこが'],
  en: ['my baby', 'the baby', 'my toddler', 'the toddler', 'my newborn', 'my 1 year old', 'my 2 year old', 'my one year old', 'my two year old', 'my 10 month old', 'my 11 month old'],
  zh: ['宝宝', '宝宝总是', '宝宝老是', '宝宝一直', '宝宝喜欢', '宝宝经常', '宝宝吃奶时', '宝宝吃奶的时候', '娃总是', '娃老是', '小宝宝'],
  ko: ['아기가', '애기가', '아기는', '애기는', '우리 아기', '돌쟁이가', '아기가 자꾸', '애기가 자꾸'],
  vi: ['bé', 'em bé', 'bé nhà em', 'bé nhà mình', 'con bé', 'thằng bé', 'con nhà em'],
  ne: ['बच्चाले', 'बाबुले', 'नानीले', 'शिशुले', 'bachchale', 'bachhale', 'babule', 'nanile'],
  tl: ['si baby', 'ang baby', 'yung baby', 'ni baby'],
  pt: ['meu bebê', 'minha bebê', 'o bebê', 'a bebê', 'meu neném', 'minha neném', 'o neném'],
  id: ['bayi saya', 'bayiku', 'bayi aku', 'si kecil', 'si bayi', 'dedek bayi', 'baby saya'],
};

/** …pulls or grabs the parent's hair. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PULLS_MY_HAIR: Lists = {
  ja: ['髪を引っ張', 'かみをひっぱ', '髪の毛を引っ張', 'かみのけをひっぱ', '髪をつかん', '髪を掴ん', 'かみをつかん', '髪の毛をつかん', '髪の毛を掴ん', '髪をつかま', '髪を掴ま', '髪を引っ張ら'],
  en: ['pulls my hair', 'pulled my hair', 'pulling my hair', 'yanks my hair', 'yanked my hair', 'yanking my hair', 'grabs my hair', 'grabbed my hair', 'grabbing my hair'],
  zh: ['抓我头发', '扯我头发', '揪我头发', '拉我头发', '抓我的头发', '扯我的头发', '揪我的头发', '拽我头发'],
  ko: ['머리카락을 잡아', '머리카락 잡아', '머리카락을 당', '머리를 잡아당', '머리채를 잡', '머리끄덩이를 잡'],
  vi: ['giật tóc', 'túm tóc', 'nắm tóc', 'kéo tóc'],
  ne: ['कपाल तान', 'कपाल समात', 'कपाल लुछ', 'kapal tan', 'kapal samat'],
  tl: ['hinihila ang buhok', 'humihila ng buhok', 'hinila ang buhok', 'sinasabunutan', 'sinabunutan'],
  pt: ['puxa meu cabelo', 'puxou meu cabelo', 'puxando meu cabelo', 'puxa o meu cabelo', 'puxou o meu cabelo', 'agarra meu cabelo'],
  id: ['menjambak', 'jambak', 'narik rambut', 'menarik rambut', 'tarik rambut'],
};

// ─── The ordinary strains and scares of new parents ──────────────────────────────────────────────────

/** "Dying" of lack of sleep with a baby, as a figure of speech. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DYING_OF_NO_SLEEP: Lists = {
  ja: ['寝不足で死にそう', 'ねぶそくでしにそう', '寝不足で死ぬ', 'ねぶそくでしぬ', '眠すぎて死にそう', 'ねむすぎてしにそう', '睡眠不足で死にそう', 'すいみんぶそくでしにそう', '夜泣きで死にそう', 'よなきでしにそう'],
  en: ['dying of sleep deprivation', 'dying from sleep deprivation', 'dying from lack of sleep', 'dying of lack of sleep', 'sleep deprivation is killing me', 'the night feeds are killing me', 'night feeds are killing me', 'the newborn stage is killing me', 'no sleep is killing me'],
  zh: ['困死了', '困得要死', '缺觉要死', '睡不够要死了', '熬夜熬到要死', '带娃累死了', '带娃累得要死', '夜奶喂到要死'],
  ko: ['잠 못 자서 죽겠', '잠을 못 자서 죽겠', '졸려 죽겠', '졸려서 죽겠', '잠 부족해서 죽을 것 같', '잠이 부족해서 죽을 것 같', '밤중 수유 때문에 죽겠'],
  vi: ['buồn ngủ chết mất', 'thiếu ngủ chết mất', 'thiếu ngủ muốn chết', 'thức đêm chết mất', 'buồn ngủ muốn chết'],
  ne: ['निद्रा नपुगेर मर्न लागें', 'निद्राले मर्न लागें', 'nindra napugera marna lage', 'nidra napugera marna lage', 'nindra le marna lage', 'nidra le marna lage'],
  tl: ['mamatay na ako sa puyat', 'mamatay na ko sa puyat', 'mamamatay na ako sa puyat', 'mamamatay na ko sa puyat', 'patay na ako sa puyat', 'patay na ko sa puyat', 'mamatay sa puyat', 'mamatay na ako sa antok', 'mamatay na ko sa antok'],
  pt: ['morta de sono', 'morto de sono', 'morrendo de sono', 'vou morrer de sono', 'morrendo de tanto sono'],
  id: ['mau mati ngantuk', 'mati ngantuk', 'ngantuk mau mati', 'kurang tidur mau mati', 'begadang mau mati'],
};

/** Read or seen on social media or in a parents' group. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SEEN_ONLINE: Lists = {
  ja: ['SNSで見', 'えすえぬえすでみ', 'インスタで見', 'ツイッターで見', 'Xで見', 'ネットの記事で', 'ねっとのきじで', 'ママ友から聞', 'ままともからき', 'ニュースで', 'にゅーすで', 'ニュースを見', 'にゅーすをみ', '記事を読', 'きじをよ'],
  en: ['saw on facebook', 'read on facebook', 'saw on fb', 'read on fb', 'saw on tiktok', 'saw on instagram', 'read in a mum group', 'read in a mom group', 'in a parenting group', 'in my mums group', 'in my moms group', 'saw the news', 'saw on the news', 'saw it on the news', 'read the news', 'in the news', 'read an article', 'saw an article', 'saw a news story'],
  zh: ['朋友圈看到', '抖音上看到', '小红书上看到', '妈妈群里看到', '微博上看到', '网上看到', '新闻看到', '看到新闻', '看新闻说', '新闻里说', '新闻上说', '新闻报道'],
  ko: ['맘카페에서 봤', '맘카페 글', '인스타에서 봤', '커뮤니티에서 봤', '유튜브에서 봤', '뉴스에서 봤', '뉴스를 봤', '뉴스 보니', '기사를 봤', '기사 보니'],
  vi: ['đọc trên facebook', 'đọc trên fb', 'thấy trên fb', 'thấy trên facebook', 'đọc trong group', 'thấy trong hội các mẹ', 'đọc trên mạng', 'xem tin tức', 'đọc báo thấy', 'xem thời sự', 'trên báo'],
  ne: ['फेसबुकमा देखें', 'फेसबुकमा पढें', 'facebook ma dekhe', 'fb ma dekhe', 'tiktok ma dekhe', 'facebook ma padhe', 'समाचारमा', 'samachar ma', 'news ma dekhe'],
  tl: ['nabasa ko sa fb', 'nakita ko sa fb', 'nabasa ko sa facebook', 'nakita ko sa facebook', 'nakita ko sa tiktok', 'napanood ko sa tiktok', 'nabasa ko sa group', 'napanood ko sa balita', 'nakita ko sa balita', 'sa balita'],
  pt: ['vi no facebook', 'li no facebook', 'vi no instagram', 'vi no tiktok', 'li num grupo de mães', 'vi num grupo de mães', 'vi no jornal', 'vi na notícia', 'vi a notícia', 'li a notícia', 'li uma notícia', 'vi uma notícia'],
  id: ['baca di fb', 'lihat di fb', 'liat di fb', 'baca di facebook', 'lihat di tiktok', 'liat di tiktok', 'baca di grup ibu', 'baca di grup mamah', 'lihat berita', 'liat berita', 'baca berita', 'nonton berita', 'di berita'],
};

/** A baby or a child who drowned, choked or fell, told of a stranger (あるこどもが, "a child", «may batang»). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const A_CHILDS_ACCIDENT: Lists = {
  ja: ['溺れ', 'おぼれ', '窒息', 'ちっそく', '転落', 'てんらく', '誤飲', 'ごいん', '亡くな', 'なくな', '飛び降り', 'とびおり', '落ちた', 'おちた'],
  en: ['drowned', 'choked', 'suffocated', 'fell from', 'fell out of', 'died', 'jumped with', 'jumped from'],
  zh: ['溺水', '淹死', '窒息', '坠楼', '噎死', '身亡', '跳楼', '掉下来', '摔下'],
  ko: ['익사', '물에 빠져', '질식', '추락', '숨졌', '뛰어내', '떨어져'],
  vi: ['đuối nước', 'chết đuối', 'ngạt thở', 'hóc', 'rơi từ', 'tử vong', 'nhảy lầu', 'ngã từ'],
  ne: ['डुबेर', 'निसास्सिएर', 'खसेर', 'dubera', 'nisasiyera', 'khasera', 'हाम फालेर', 'ham falera'],
  tl: ['nalunod', 'nabulunan', 'nahulog sa', 'namatay', 'tumalon'],
  pt: ['afogou', 'afogado', 'afogada', 'engasgou', 'sufocou', 'caiu da janela', 'morreu', 'caiu do', 'pulou do', 'pulou da'],
  id: ['tenggelam', 'tersedak', 'jatuh dari', 'meninggal', 'lompat dari', 'terjun dari'],
};

/** A newborn's breathing that pauses a few seconds and carries on, called normal. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BREATH_PAUSES: Lists = {
  ja: ['周期性呼吸', 'しゅうきせいこきゅう', '数秒息が止ま', 'すうびょういきがとま', '数秒呼吸が止ま', '数秒息をしてな', '息が数秒止ま', '呼吸が数秒止ま'],
  en: ['periodic breathing', 'pauses breathing', 'pauses in breathing', 'pauses in his breathing', 'pauses in her breathing', 'pause in his breathing', 'pause in her breathing'],
  zh: ['周期性呼吸', '呼吸停几秒', '呼吸会停几秒', '停顿几秒又', '呼吸暂停几秒又'],
  ko: ['주기성 호흡', '주기적 호흡', '몇 초 숨을 멈췄다가', '몇 초 숨을 안 쉬다가', '숨을 몇 초 멈췄다가'],
  vi: ['thở không đều', 'thở ngắt quãng', 'ngừng thở vài giây rồi', 'ngưng thở vài giây rồi'],
  ne: ['केही सेकेन्ड सास रोकिन्छ', 'सास केही सेकेन्ड रोकिन्छ', 'kehi second saas rokinchha', 'saas kehi second rokinchha'],
  tl: ['periodic breathing', 'humihinto ang hinga ng ilang segundo', 'tumitigil ang hinga ng ilang segundo'],
  pt: ['respiração periódica', 'pausa na respiração', 'pausas na respiração', 'para de respirar uns segundos e volta'],
  id: ['napas periodik', 'pernapasan periodik', 'napasnya berhenti beberapa detik lalu', 'berhenti napas beberapa detik lalu'],
};

// biome-ignore format: each language's words stay on one line, easy to read side by side
const BREATH_CARRIES_ON: Lists = {
  ja: ['また普通に', 'またふつうに', 'すぐに戻', 'すぐにもど', '助産師', 'じょさんし', 'よくある', '新生児には', 'しんせいじには'],
  en: ['for a few seconds', 'few seconds', 'carries on', 'starts again', 'midwife said', 'doctor said', 'is common', 'normal in newborns', 'common in newborns'],
  zh: ['又正常', '又恢复', '助产士说', '医生说', '很常见', '新生儿常见'],
  ko: ['다시 잘 쉬', '다시 쉬어', '조산사', '의사가', '흔하다', '신생아한테 흔'],
  vi: ['rồi thở lại', 'thở lại bình thường', 'nữ hộ sinh nói', 'bác sĩ nói', 'thường gặp', 'bình thường ở trẻ sơ sinh'],
  ne: ['फेरि सामान्य', 'pheri samanya', 'डाक्टरले', 'नर्सले', 'सामान्य हो'],
  tl: ['tapos normal ulit', 'tapos humihinga ulit', 'sabi ng midwife', 'sabi ng doktor', 'normal daw'],
  pt: ['volta ao normal', 'volta a respirar', 'a parteira disse', 'o pediatra disse', 'é comum', 'normal em recém-nascidos'],
  id: ['lalu normal lagi', 'terus normal lagi', 'kata bidan', 'kata dokter', 'wajar pada bayi', 'normal pada bayi'],
};

/** Redness or a rash round the mouth after a new food, gone again soon. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const REDNESS_ROUND_MOUTH: Lists = {
  ja: ['口のまわりが赤', 'くちのまわりがあか', '口の周りが赤', '口のまわりに発疹', '口の周りに発疹', '口のまわりにぶつぶつ', '口の周りにぶつぶつ'],
  en: ['red around his mouth', 'red around her mouth', 'redness around his mouth', 'redness around her mouth', 'rash around his mouth', 'rash around her mouth', 'red round his mouth', 'red round her mouth'],
  zh: ['嘴巴周围红', '嘴周围红', '嘴边红', '嘴巴周围起了', '嘴边起了'],
  ko: ['입 주변이 빨개', '입 주위가 빨개', '입가가 빨개', '입 주변에 두드러기', '입 주위에 두드러기'],
  vi: ['đỏ quanh miệng', 'quanh miệng bị đỏ', 'nổi mẩn quanh miệng'],
  ne: ['मुख वरिपरि रातो', 'मुखको वरिपरि रातो', 'mukh waripari rato', 'mukh varipari rato'],
  tl: ['namula ang paligid ng bibig', 'pamumula sa paligid ng bibig', 'namula sa may bibig'],
  pt: ['vermelho em volta da boca', 'vermelhidão em volta da boca', 'vermelha em volta da boca', 'manchinhas em volta da boca'],
  id: ['merah di sekitar mulut', 'kemerahan di sekitar mulut', 'ruam di sekitar mulut'],
};

// biome-ignore format: each language's words stay on one line, easy to read side by side
const SOON_GONE: Lists = {
  ja: ['すぐに消え', 'すぐにきえ', 'すぐ消え', 'すぐひい', 'すぐに引い', 'すぐにひい', 'すぐ治ま', 'すぐおさま', 'アレルギー検査', 'あれるぎーけんさ'],
  en: ['went away', 'gone within', 'faded', 'cleared up', 'allergy test', 'allergy testing'],
  zh: ['很快就消了', '很快就退了', '一会儿就消', '一会就消', '过敏检查', '过敏测试'],
  ko: ['금방 없어졌', '금방 사라졌', '금방 가라앉', '바로 없어졌', '곧 없어졌', '알레르기 검사'],
  vi: ['hết ngay', 'lặn ngay', 'một lúc thì hết', 'xét nghiệm dị ứng', 'test dị ứng'],
  ne: ['छिट्टै हरायो', 'तुरुन्तै हरायो', 'chhittai harayo', 'turuntai harayo', 'एलर्जी जाँच', 'allergy test'],
  tl: ['nawala rin agad', 'nawala agad', 'allergy test'],
  pt: ['sumiu logo', 'passou logo', 'sumiu rápido', 'teste de alergia', 'exame de alergia'],
  id: ['cepat hilang', 'langsung hilang', 'hilang sendiri', 'tes alergi'],
};

/** Breastfeeding. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BREASTFEEDING: Lists = {
  ja: ['授乳', 'じゅにゅう', '母乳', 'ぼにゅう', 'おっぱいをあげ'],
  en: ['breastfeeding', 'breast feeding', 'when i feed', 'nursing', 'feeding the baby'],
  zh: ['喂奶', '哺乳', '母乳喂养', '喂母乳'],
  ko: ['수유', '모유'],
  vi: ['cho con bú', 'cho bú', 'bú mẹ'],
  ne: ['दूध खुवाउँदा', 'दूध खुवाउने', 'स्तनपान', 'dudh khuwauda', 'dudh khuwaune', 'stanpan'],
  tl: ['nagpapasuso', 'pagpapasuso', 'nagbe breastfeed', 'breastfeeding'],
  pt: ['amamentando', 'amamentar', 'amamento', 'dar de mamar'],
  id: ['menyusui', 'nyusuin', 'kasih asi'],
};

/** A breast sore, red or lumpy; a fever said to be absent. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SORE_BREAST: Lists = {
  ja: ['胸が痛', 'むねがいた', 'おっぱいが痛', 'おっぱいがいた', '乳房が痛', '胸が赤', 'しこり', '乳腺炎', 'にゅうせんえん', '熱はない', 'ねつはない'],
  en: ['breast hurts', 'breast is sore', 'sore breast', 'red patch', 'lump in my breast', 'mastitis', 'blocked duct', 'no fever'],
  zh: ['乳房疼', '乳房痛', '胸部胀痛', '乳房红肿', '有硬块', '乳腺炎', '堵奶', '没发烧', '没有发烧'],
  ko: ['가슴이 아프', '가슴이 빨개', '멍울', '젖몸살', '유선염', '열은 없'],
  vi: ['ngực đau', 'đau ngực', 'ngực đỏ', 'cục cứng', 'tắc sữa', 'viêm tuyến vú', 'không sốt'],
  ne: ['छाती दुख्छ', 'स्तन दुख्छ', 'रातो भएको', 'गाँठो', 'ज्वरो चाहिँ छैन', 'ज्वरो छैन', 'chhati dukhchha', 'jwaro chhaina'],
  tl: ['masakit ang suso', 'masakit ang dibdib', 'namumula ang suso', 'may bukol sa suso', 'mastitis', 'walang lagnat'],
  pt: ['peito dói', 'seio dói', 'peito vermelho', 'seio vermelho', 'caroço', 'mastite', 'peito empedrado', 'sem febre'],
  id: ['payudara sakit', 'payudara nyeri', 'payudara merah', 'ada benjolan', 'mastitis', 'asi tersumbat', 'tidak demam', 'gak demam'],
};

/** A baby sick a little after a feed. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SICK_A_LITTLE: Lists = {
  ja: ['少し吐いた', 'すこしはいた', 'ちょっと吐いた', 'ちょっとはいた', '吐き戻し', 'はきもどし', 'ミルクを吐', 'みるくをは', 'ミルクのあと吐', '授乳後に吐'],
  en: ['sick a little', 'a little sick', 'threw up a little', 'vomited a little', 'vomited a bit', 'spat up', 'sick after feeds', 'sick after every feed', 'vomits after feeds', 'vomiting after feeds', 'throws up after feeds', 'throws up after his bottle', 'throws up after her bottle'],
  zh: ['吐了一点', '吐了一点点', '吐奶', '溢奶', '喝完奶就吐', '喝奶后吐', '吃完奶吐'],
  ko: ['조금 토했', '살짝 토했', '조금 게워', '게웠', '분유 먹고 토하', '분유 먹고 자꾸 토하', '먹고 토하는데', '자꾸 토하는데'],
  vi: ['nôn một ít', 'ói một chút', 'trớ một ít', 'trớ sữa', 'bú xong bị nôn', 'bú xong là nôn', 'uống sữa xong nôn', 'uống sữa xong bị nôn'],
  ne: ['अलिकति बान्ता', 'थोरै बान्ता', 'alikati banta', 'thorai banta', 'दूध खाएपछि बान्ता', 'dudh khaepachhi banta'],
  tl: ['nagsuka ng kaunti', 'sumuka ng konti', 'nagsuka ng konti', 'lungad', 'sumusuka pagkatapos dumede', 'nagsusuka pagkatapos dumede'],
  pt: ['vomitou um pouco', 'golfou um pouco', 'vomitou pouquinho', 'vomita depois de mamar', 'vomita depois da mamadeira', 'golfa depois de mamar'],
  id: ['muntah sedikit', 'muntah dikit', 'gumoh', 'muntah setelah minum susu', 'muntah habis minum susu', 'muntah setelah menyusu'],
};

/** …but active, feeding and wetting nappies. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const STILL_ACTIVE: Lists = {
  ja: ['元気に遊', 'げんきにあそ', '機嫌はいい', 'きげんはいい', 'おしっこも出', 'おしっこもで', 'おしっこはちゃんと', '飲みはいい', 'のみはいい'],
  en: ['still active', 'still feeding well', 'plenty of wet nappies', 'plenty of wet diapers', 'lots of wet nappies', 'lots of wet diapers', 'happy and playing'],
  zh: ['精神很好', '精神挺好', '还是很活泼', '尿量正常', '尿也正常', '吃奶正常'],
  ko: ['잘 놀', '기분은 좋', '소변도 잘', '쉬도 잘', '잘 먹'],
  vi: ['vẫn chơi bình thường', 'vẫn hoạt bát', 'vẫn bú tốt', 'đi tiểu bình thường', 'tè nhiều'],
  ne: ['खेलिरहेको छ', 'चलचल छ', 'पिसाब गरिरहेको', 'khelirahe ko chha', 'pisab garirahe'],
  tl: ['malikot pa rin', 'masigla pa rin', 'umiihi naman', 'dumedede naman'],
  pt: ['continua ativo', 'continua ativa', 'fazendo xixi normal', 'mamando bem', 'brincando normal'],
  id: ['masih aktif', 'tetap aktif', 'pipisnya banyak', 'pipis banyak', 'masih mau nyusu', 'masih nyusu'],
};

// ─── A small child into a grown-up's medicine ───────────────────────────────────────────────────────

/** A small child as the one who did it: a child, a son or daughter, a toddler, a child of one or two. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SMALL_CHILD: Lists = {
  ja: ['こどもが', '子どもが', '子供が', 'むすこが', '息子が', 'むすめが', '娘が', '歳の子が', 'さいのこが', '歳の息子が', '歳の娘が', 'あかちゃんが', '赤ちゃんが', '下の子が', 'したのこが', '上の子が', 'うえのこが'],
  en: ['my toddler', 'my son', 'my daughter', 'my little one', 'my kid', 'my child', 'year old', 'yo '],
  zh: ['孩子', '儿子', '女儿', '宝宝', '小孩', '岁的'],
  ko: ['아이가', '애가', '아기가', '아들이', '딸이', '살 아이', '살 아들', '살 딸'],
  vi: ['con em', 'con tôi', 'con mình', 'bé nhà', 'bé con', 'thằng bé', 'con bé', 'tuổi'],
  ne: ['छोराले', 'छोरीले', 'बच्चाले', 'नानीले', 'बाबुले', 'chhora le', 'chhori le', 'bachcha le', 'nani le', 'babu le'],
  tl: ['anak ko', 'si baby', 'ang baby', 'ang bunso', 'taong gulang'],
  pt: ['meu filho', 'minha filha', 'meu bebê', 'o bebê', 'a criança', 'anos'],
  id: ['anak saya', 'anakku', 'anak aku', 'si kecil', 'balita', 'tahun'],
};

/** …swallowed a grown-up's medicine, or a lot of medicine: 「わたしの くすりを たくさん のみました」. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GROWN_UPS_MEDICINE_TAKEN: Lists = {
  ja: ['私の薬を飲', 'わたしのくすりをの', '母の薬を飲', 'ママの薬を飲', 'ままのくすりをの', '祖父の薬を飲', '薬をたくさん飲', 'くすりをたくさんの', '薬をいっぱい飲', 'くすりをいっぱいの', '薬を全部飲', 'くすりをぜんぶの', '錠剤をたくさん', 'じょうざいをたくさん'],
  en: ['got into my pills', 'got into my medication', 'got into my meds', 'got into the pills', 'ate some of my pills', 'swallowed some of my pills', 'swallowed my tablets', 'ate my tablets', 'took my pills', 'took some of my pills', 'a handful of pills', 'a lot of my pills'],
  zh: ['吃了我的药', '偷吃了我的药', '把我的药吃了', '吃了好多药', '吃了很多药', '吃了一把药', '吃了大人的药', '把药当糖吃了'],
  ko: ['제 약을 먹', '내 약을 먹', '엄마 약을 먹', '약을 많이 먹', '약을 한 움큼', '어른 약을'],
  vi: ['uống thuốc của em', 'uống thuốc của tôi', 'uống thuốc của mẹ', 'uống nhiều thuốc', 'ăn thuốc của em', 'nuốt nhiều viên thuốc'],
  ne: ['मेरो औषधि खायो', 'धेरै औषधि खायो', 'औषधि धेरै खायो', 'mero aushadhi khayo', 'dherai aushadhi khayo', 'dherai ausadhi khayo'],
  tl: ['ininom ang gamot ko', 'kinain ang gamot ko', 'nakainom ng maraming gamot', 'nakainom ng gamot ko', 'nakakain ng gamot ko'],
  pt: ['tomou meus remédios', 'tomou meu remédio', 'engoliu meus remédios', 'comeu meus remédios', 'tomou muitos comprimidos', 'engoliu vários comprimidos'],
  id: ['minum obat saya', 'minum obatku', 'makan obat saya', 'menelan obat saya', 'minum banyak obat', 'menelan banyak obat'],
};

// ─── A swallowed thing taken out or healed, long ago ───────────────────────────────────────────────

/** Something swallowed, said in any form (a battery, a coin, medicine drunk). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SWALLOWED_ANY: Lists = {
  ja: [...SWALLOWED.ja, 'をのみました', 'を飲みました', 'をのんだ', 'を飲んだ', '電池を飲', 'でんちをの'],
  en: [...SWALLOWED.en, 'ate a', 'drank'],
  zh: [...SWALLOWED.zh, '喝了', '误服'],
  ko: [...SWALLOWED.ko, '먹었', '마셨'],
  vi: [...SWALLOWED.vi, 'uống nhầm', 'uống phải'],
  ne: [...SWALLOWED.ne, 'खायो', 'पियो', 'khayo', 'piyo'],
  tl: [...SWALLOWED.tl, 'nakainom', 'nakakain'],
  pt: [...SWALLOWED.pt, 'bebeu', 'comeu'],
  id: [...SWALLOWED.id, 'minum', 'makan'],
};

/** …and taken out at the hospital, or healed: 「びょういんで なおりました」, "had it removed". */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TAKEN_OUT_HEALED: Lists = {
  ja: ['病院で治りました', 'びょういんでなおりました', '治りました', 'なおりました', '取り出してもら', 'とりだしてもら', '取ってもらいました', 'とってもらいました', '摘出', 'てきしゅつ'],
  en: ['had it removed', 'got it removed', 'took it out at the hospital', 'removed it at the hospital', 'removed it with', 'fully recovered', 'all healed'],
  zh: ['医院取出来了', '已经取出来了', '取出来了', '治好了', '已经治好', '已经康复'],
  ko: ['병원에서 꺼냈', '꺼내 주셨', '제거했', '다 나았', '치료받고 나았'],
  vi: ['bác sĩ đã gắp ra', 'đã gắp ra', 'đã lấy ra', 'đã khỏi', 'chữa khỏi rồi'],
  ne: ['अस्पतालमा निकाल्यो', 'निकालियो', 'निको भयो', 'niko bhayo', 'nikalyo'],
  tl: ['natanggal na sa ospital', 'tinanggal sa ospital', 'naalis na', 'gumaling na'],
  pt: ['retiraram no hospital', 'foi retirada', 'foi retirado', 'tiraram no hospital', 'já sarou', 'se recuperou'],
  id: ['sudah dikeluarkan', 'dikeluarkan di rs', 'diambil di rumah sakit', 'sudah sembuh', 'udah sembuh'],
};

// ─── A scare that was none: "I thought he had swallowed it" ────────────────────────────────────────

/** What the parent thought had happened, and had not: 以为, "I thought", «akala ko», «tưởng». */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THOUGHT_IT_WAS: Lists = {
  ja: ['かと思っ', 'かとおもっ', 'かと思いました', 'かと焦', 'かとあせ', 'と勘違い', 'とかんちがい'],
  en: ['i thought he', 'i thought she', 'i thought my', 'i thought the baby', 'thought he had', 'thought she had', 'was sure he had', 'was sure she had'],
  zh: ['以为孩子', '以为他', '以为她', '以为宝宝', '以为儿子', '以为女儿', '还以为'],
  ko: ['줄 알았', '줄알았', '걸로 착각', '줄 착각'],
  vi: ['cứ tưởng', 'tưởng bé', 'tưởng con', 'em tưởng', 'tôi tưởng'],
  ne: ['होला भनेर डराएँ', 'भन्ने लाग्यो', 'hola bhanera daraye', 'bhanne lagyo'],
  tl: ['akala ko', 'akala namin', 'kala ko'],
  pt: ['achei que', 'pensei que', 'jurava que'],
  id: ['kirain', 'kukira', 'saya kira', 'aku kira', 'sempat mengira'],
};

/** …and it had not: found elsewhere, the cap still on, a false alarm. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const IT_HAD_NOT: Lists = {
  ja: ['見つかりました', 'みつかりました', '見つかった', 'みつかった', '勘違い', 'かんちがい', '飲んでなかった', 'のんでなかった', '飲んでいませんでした', 'のんでいませんでした', 'ふたが開いてなかった', '落ちてた', 'おちてた'],
  en: ['found it under', 'found it on the floor', 'found it behind', 'turned out he hadnt', 'turned out she hadnt', 'turned out it was', 'false alarm', 'it was on the floor', 'cap was still on', 'lid was still on'],
  zh: ['后来发现', '结果发现', '原来', '根本没', '其实没', '没拧开', '找到了', '虚惊一场'],
  ko: ['알고 보니', '알고보니', '착각이었', '찾았', '떨어져 있', '안 먹었', '안 삼켰'],
  vi: ['hóa ra', 'thì ra', 'tìm thấy', 'thấy nó ở dưới', 'không phải', 'hú hồn'],
  ne: ['पछि भेटियो', 'भेटियो', 'रहेनछ', 'पछि थाहा भयो', 'bhetiyo', 'rahenachha'],
  tl: ['pero nakita ko', 'nakita ko pala', 'hindi pala', 'wala pala', 'nasa ilalim', 'nahanap ko'],
  pt: ['mas achei', 'achei debaixo', 'achei no chão', 'na verdade não', 'alarme falso', 'a tampa estava fechada', 'não tinha'],
  id: ['ternyata tidak', 'ternyata nggak', 'ternyata gak', 'ternyata ada di', 'ketemu di', 'ketemu di bawah', 'tutupnya masih'],
};

// ─── Asked ahead: a child's mishap that has not happened ───────────────────────────────────────────

/** A toddler's tantrum or meltdown, on the floor, in the shop. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TANTRUM: Lists = {
  ja: ['イヤイヤ期', 'いやいやき', '癇癪', 'かんしゃく', '床に転が', 'ゆかにころが', '床に寝転', 'ゆかにねころ', 'ひっくり返って', 'ひっくりかえって', 'だだをこね', '駄々をこね'],
  en: ['tantrum', 'tantrums', 'meltdown', 'meltdowns', 'terrible twos', 'throws himself on the floor', 'throws herself on the floor'],
  zh: ['闹脾气', '发脾气', '撒泼', '打滚', '躺地上', '可怕的两岁'],
  ko: ['떼쓰', '떼를 쓰', '생떼', '드러눕', '뒤집어지'],
  vi: ['ăn vạ', 'lăn ra đất', 'lăn ra sàn', 'giận dỗi', 'khủng hoảng tuổi lên hai'],
  ne: ['रिसाउँदा', 'जिद्दी गर्दा', 'भुइँमा लडेर', 'भुइँमा पल्टिएर', 'risauda', 'jiddi garda', 'bhuima ladera'],
  tl: ['nagwawala', 'nag tantrums', 'nagta tantrums', 'tantrums', 'nagmamaktol', 'gumugulong sa sahig'],
  pt: ['birra', 'birras', 'pirraça', 'se joga no chão', 'se jogou no chão', 'terrible two'],
  id: ['tantrum', 'ngamuk', 'guling guling di lantai', 'gulung gulung di lantai'],
};

/** …screaming, even "as if being killed": the scream and its simile. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SCREAMS_AS_IF: Lists = {
  ja: ['殺されるのか', 'ころされるのか', '殺されるかのよう', 'ころされるかのよう', '殺されるみたい', 'ころされるみたい', '殺されるかと', 'ころされるかと', '虐待されてるみたい', 'ぎゃくたいされてるみたい', '叫ぶ', 'さけぶ', '泣き叫', 'なきさけ'],
  en: ['screams like', 'screaming like', 'like hes being murdered', 'like shes being murdered', 'like hes being killed', 'like shes being killed', 'bloody murder', 'screams the place down'],
  zh: ['像被杀了一样', '像杀猪一样', '杀猪般', '尖叫', '大喊大叫', '哭喊'],
  ko: ['죽는 것처럼', '맞는 것처럼', '소리를 질러', '소리 질러', '소리지르', '악을 써'],
  vi: ['như bị giết', 'như bị đánh', 'la hét', 'gào khóc', 'hét ầm'],
  ne: ['चिच्याउँछ', 'चिच्याउँछे', 'कराउँछ', 'chichyauchha', 'karauchha'],
  tl: ['sumisigaw', 'nagsisisigaw', 'parang pinapatay', 'parang sinasaktan'],
  pt: ['grita como se', 'gritando como se', 'como se estivesse apanhando', 'como se estivessem matando', 'berra', 'grita'],
  id: ['teriak teriak', 'berteriak', 'seperti dibunuh', 'kayak dipukuli', 'menjerit'],
};

/** A child who holds the breath in a tantrum or crying (a breath-holding spell), named. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BREATH_HOLDING: Lists = {
  ja: ['泣き入りひきつけ', 'なきいりひきつけ', '憤怒けいれん', 'ふんぬけいれん', '泣いて息を止め', 'ないていきをとめ', '息を止めて', 'いきをとめて'],
  en: ['breath holding', 'breath-holding', 'holds his breath', 'holds her breath'],
  zh: ['屏气发作', '屏住呼吸', '哭到憋气', '憋气'],
  ko: ['숨을 참', '숨 참', '호흡 정지 발작', '숨넘어가게 울'],
  vi: ['nín thở', 'khóc nín thở', 'khóc đến ngưng thở'],
  ne: ['सास रोक्छ', 'सास रोकेर', 'saas rokchha', 'saas rokera'],
  tl: ['pinipigil ang hininga', 'nagpipigil ng hininga', 'breath holding'],
  pt: ['perde o fôlego', 'prende a respiração', 'perdeu o fôlego'],
  id: ['menahan napas', 'tahan napas', 'breath holding'],
};

/** …the face going blue or purple in it. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FACE_GOES_BLUE: Lists = {
  ja: ['顔が紫', 'かおがむらさき', '顔色が悪', '唇が紫', 'くちびるがむらさき', '真っ青', 'まっさお'],
  en: ['turns blue', 'goes blue', 'went blue', 'turned blue', 'goes purple', 'turns purple'],
  zh: ['脸发紫', '脸色发紫', '嘴唇发紫', '脸发青'],
  ko: ['얼굴이 새파래', '얼굴이 파래', '입술이 파래', '얼굴이 보라'],
  vi: ['tím tái', 'mặt tím', 'môi tím'],
  ne: ['अनुहार निलो', 'ओठ निलो', 'anuhar nilo', 'oth nilo'],
  tl: ['nangingitim', 'nangangasul', 'naging kulay ube'],
  pt: ['fica roxo', 'fica roxa', 'ficou roxo', 'ficou roxa'],
  id: ['membiru', 'wajahnya biru', 'bibirnya biru'],
};

/** Thanks for directions or advice given: a case closed, not a goodbye. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THANKS_FOR_HELP: Lists = {
  ja: ['教えてくれてありがとう', '教えていただきありがとう', 'おしえてくれてありがとう', '教えてくださってありがとう'],
  en: ['thank you for the numbers', 'thanks for the numbers', 'thank you for the advice', 'thanks for the advice', 'thank you for the help', 'thanks for the help'],
  zh: ['谢谢大家的帮助', '谢谢大家的建议', '谢谢大家告诉我', '谢谢大家指路'],
  ko: ['알려주셔서 감사', '알려 주셔서 감사', '조언 감사', '도와주셔서 감사'],
  vi: ['cảm ơn mọi người đã chỉ', 'cảm ơn mọi người đã giúp', 'cảm ơn mọi người đã tư vấn', 'cảm ơn mọi người đã trả lời', 'cảm ơn mọi người đã hướng dẫn', 'cảm ơn cả nhà đã chỉ'],
  ne: ['सल्लाहको लागि धन्यवाद', 'बताइदिनुभएकोमा धन्यवाद', 'sallah ko lagi dhanyabad'],
  tl: ['salamat sa tulong', 'salamat sa payo', 'salamat sa pagturo'],
  pt: ['obrigada pela ajuda', 'obrigado pela ajuda', 'obrigada pelas dicas', 'obrigado pelas dicas'],
  id: ['terima kasih atas bantuannya', 'makasih infonya', 'terima kasih infonya', 'makasih sarannya'],
};

export const PARENTHOOD_CONCEPTS: readonly Concept[] = [
  {
    // A febrile seizure told as over: 「先週はじめて熱性けいれんを見て…今はすっかり元気です。次にまた起きたら救急車を呼ぶべき？」,
    // 「きのう こども が ねつ で けいれん しました。 びょういん で だいじょうぶ と いわれました」; or as history, «Anak saya
    // pernah kejang demam waktu umur 1 tahun». A seizure going on now — not stopping, five minutes, not
    // answering — is a word of its own and still alarms; "what now?" is no sign of its end.
    name: 'a febrile seizure that is over: well now, the hospital said fine, what to do next time; one had long ago',
    signal: null,
    words: inEachLanguage((l) => ({
      idioms: [
        followedBy(SEIZURE_HAD[l], SEIZURE_OVER[l], 80, 2),
        followedBy(ONCE_BEFORE[l], SEIZURE_HAD[l], 16),
      ],
    })),
  },
  {
    // A small thing swallowed that has since come out: "swallowed a 1 yen coin on Tuesday … it came out this
    // morning", «engoliu a tampinha da caneta e já saiu no cocô». Said as done; "will it come out in his poo?"
    // (a button battery waited on) still alarms.
    name: 'a small thing a child swallowed that has come out in the nappy',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: [followedBy(SWALLOWED[l], PASSED[l], 90, 2)] })),
  },
  {
    // A small child jealous of the new baby, quoted: 「上の子が赤ちゃん返りで『赤ちゃんなんかいなくなればいい』って言う」,
    // "my 4 year old says he wishes the baby would go away". The jealousy named beside the words.
    name: 'an older child’s jealous words about the new baby: “I wish the baby would go away”',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: eitherWay(JEALOUS_SIBLING[l], BABY_GO_AWAY[l], 50, 1) })),
  },
  {
    // A toddler who screams at routine care: "My toddler screams YOU'RE HURTING ME every time I brush his teeth,
    // the neighbours must think the worst haha". The care named beside the scream; a blow or a mark still alarms.
    name: 'a toddler screaming “you’re hurting me” at tooth brushing, nail cutting or a nappy change',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: eitherWay(ROUTINE_CARE[l], CHILD_SCREAMS[l], 50, 1) })),
  },
  {
    // A mother who has left the child to her partner and is at a high place now: «남편한테 애 잘 부탁한다고 문자
    // 보냈어요. 지금 옥상인데 생각보다 무섭지가 않네요».
    name: 'a parent who has entrusted the child to someone and is on a roof or a bridge now',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [{ reach: 80, acrossSentences: 2, a: ENTRUSTS_CHILD[l], b: HIGH_PLACE_NOW[l] }],
    })),
  },
  {
    // A woman's hair grabbed and her head struck against a wall: 「老公飲醉酒扯住我頭髮撞牆，我大肚五個月」, "he grabbed me
    // by the hair and slammed my head into the wall". Both said together; a toddler pulling hair is neither.
    name: 'hair grabbed and the head struck against a wall or the floor',
    signal: 'violence',
    words: inEachLanguage((l) => ({
      pairs: [
        { ordered: true, reach: l === 'ja' || l === 'zh' ? 8 : 24, a: HAIR_GRABBED[l], b: HEAD_STRUCK[l] },
      ],
    })),
  },
  {
    // A baby or a toddler who pulls the parent's hair (while feeding, at play): «宝宝老是抓我头发», "my baby keeps pulling
    // my hair when I feed her", 「赤ちゃんが授乳中に髪を引っ張ってくる」. The baby right before it; a partner named
    // between («the baby when he pulled my hair») is no baby's.
    name: 'a baby or toddler pulling the parent’s hair',
    signal: null,
    words: inEachLanguage((l) => ({
      idioms:
        l === 'tl'
          ? eitherWay(BABY_DOES[l], PULLS_MY_HAIR[l], 10)
          : [followedBy(BABY_DOES[l], PULLS_MY_HAIR[l], l === 'zh' ? 0 : 8)],
    })),
  },
  {
    // "Dying" of lack of sleep with a baby: «Grabe mamatay na ako sa puyat, si baby gising buong gabi 😂»,
    // 「寝不足で死にそう」, 困死了, "sleep deprivation is killing me".
    name: 'a new parent “dying” of lack of sleep',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: DYING_OF_NO_SLEEP[l] })),
  },
  {
    // A child's accident read on social media or in a parents' group, and the writer now afraid for her own:
    // «nabasa ko sa FB na may batang nalunod sa bathtub, takot na takot na tuloy ako paliguan si baby».
    name: 'a stranger’s child who drowned or choked, read on social media',
    signal: null,
    words: inEachLanguage((l) => ({
      idioms: [followedBy(SEEN_ONLINE[l], A_CHILDS_ACCIDENT[l], l === 'ja' || l === 'zh' ? 20 : 40)],
    })),
  },
  {
    // A newborn's periodic breathing: "pauses breathing for a few seconds in his sleep and then carries on
    // normally. Midwife said periodic breathing is common". Blue, limp or not starting again still alarm.
    name: 'a newborn’s periodic breathing: a pause of a few seconds, then breathing on',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: eitherWay(BREATH_PAUSES[l], BREATH_CARRIES_ON[l], 80, 2) })),
  },
  {
    // Redness round the mouth after a new food, gone soon, asked about as an allergy test: «아기가 땅콩버터 조금 먹고
    // 입 주변이 빨개졌다가 금방 없어졌어요». Swelling, wheezing or hives all over still alarm.
    name: 'redness round a baby’s mouth after a new food that soon went away',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: [followedBy(REDNESS_ROUND_MOUTH[l], SOON_GONE[l], 60, 2)] })),
  },
  {
    // A sore, red breast while breastfeeding (mastitis), no fever: «दूध खुवाउँदा छाती दुख्छ र रातो भएको छ, ज्वरो चाहिँ
    // छैन। कुन अस्पताल जाने?». A chest pain with no feeding named is not this.
    name: 'a sore red breast while breastfeeding',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: eitherWay(BREASTFEEDING[l], SORE_BREAST[l], 40, 1) })),
  },
  {
    // A baby sick a little after a feed but active and wetting nappies: «Bayi saya muntah sedikit setelah minum
    // ASI, tapi masih aktif dan pipisnya banyak».
    name: 'a baby sick a little after a feed, still active and wetting nappies',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: [followedBy(SICK_A_LITTLE[l], STILL_ACTIVE[l], 60, 1)] })),
  },
  {
    // Hit by an ex during a past pregnancy, long since parted: «Dati sinasaktan ako ng ex ko noong buntis ako, pero
    // matagal na kaming hiwalay». The parting "long ago" frames the hitting in its sentence; a blow dated
    // yesterday or "again" after it still alarms (see `framed`).
    name: 'hit by an ex long ago, parted long since',
    signal: null,
    // biome-ignore format: each language's words stay on one line, easy to read side by side
    words: {
      ja: { framing: { report: ['とっくに別れ', 'とっくにわかれ', 'もうずっと前に別れ', 'ずっと前に別れ', 'ずっとまえにわかれ', 'とっくに離婚', 'とっくにりこん'] } },
      en: { framing: { report: ['split up long ago', 'broke up long ago', 'separated long ago', 'divorced long ago', 'been apart for years', 'been separated for years', 'been divorced for years', 'split up years ago'] } },
      zh: { framing: { report: ['早就分开了', '早就离婚了', '早就分手了', '分开很多年', '离婚很多年', '分开好多年', '离婚好多年'] } },
      ko: { framing: { report: ['헤어진 지 오래', '이혼한 지 오래', '헤어진 지 한참', '이혼한 지 한참', '오래전에 헤어졌', '오래전에 이혼했'] } },
      vi: { framing: { report: ['đã chia tay lâu rồi', 'chia tay lâu rồi', 'ly hôn lâu rồi', 'đã ly hôn lâu rồi', 'chia tay từ lâu', 'ly hôn từ lâu'] } },
      ne: { framing: { report: ['छुट्टिएको धेरै भयो', 'छुट्टिएको धेरै वर्ष भयो', 'सम्बन्धविच्छेद भएको धेरै भयो', 'chhuttiyeko dherai bhayo', 'chhuttieko dherai bhayo'] } },
      tl: { framing: { report: ['matagal na kaming hiwalay', 'matagal na kaming naghiwalay', 'matagal na akong hiwalay', 'matagal na kaming wala', 'matagal na kaming break'] } },
      pt: { framing: { report: ['separados há muito tempo', 'separamos há muito tempo', 'nos separamos há anos', 'separados há anos', 'divorciados há anos', 'terminamos há muito tempo'] } },
      id: { framing: { report: ['sudah lama pisah', 'udah lama pisah', 'sudah lama cerai', 'udah lama cerai', 'sudah lama putus', 'udah lama putus', 'pisah sudah lama'] } },
    },
  },
  {
    // A small child who got into a grown-up's medicine, or took a lot of it: 「こどもが わたしの くすりを たくさん
    // のみました。2さい です」, "my toddler got into my pills", «Con em uống thuốc của em». The child named before it.
    name: 'a small child who swallowed a grown-up’s medicine or a lot of medicine',
    signal: 'emergency',
    words: inEachLanguage((l) => ({
      pairs: [
        {
          ordered: true,
          reach: l === 'ja' || l === 'zh' ? 16 : 40,
          a: SMALL_CHILD[l],
          b: GROWN_UPS_MEDICINE_TAKEN[l],
        },
      ],
    })),
  },
  {
    // Something swallowed and since taken out at the hospital or healed: 「まえに こどもが でんちを のみました。
    // びょういんで なおりました」, "swallowed a magnet last year, had it removed". "Looks fine now" alone is no end
    // (a battery harms hours later).
    name: 'something a child swallowed that was taken out at the hospital or has healed',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: [followedBy(SWALLOWED_ANY[l], TAKEN_OUT_HEALED[l], 60, 2)] })),
  },
  {
    // A scare that was none: the parent thought the child had swallowed or drunk something, and found it had
    // not: «以为孩子喝了洗衣液，后来发现瓶盖根本没拧开», «akala ko nakalunok ng barya anak ko, pero nakita ko sa
    // ilalim ng sofa». The thought right before the swallowing, what was found after it; a symptom after it (他现在在吐)
    // is no false alarm.
    name: 'a parent who thought the child had swallowed something, and it had not',
    signal: null,
    words: inEachLanguage((l) => ({
      idioms:
        l === 'ja' || l === 'ko'
          ? [
              followedBy(
                SWALLOWED_ANY[l].flatMap((w) =>
                  THOUGHT_IT_WAS[l].map((t) => `${w}${l === 'ko' ? ' ' : ''}${t}`),
                ),
                IT_HAD_NOT[l],
                60,
                1,
              ),
            ]
          : [
              followedBy(
                THOUGHT_IT_WAS[l],
                SWALLOWED_ANY[l].flatMap((w) => IT_HAD_NOT[l].map((n) => `${w}...${n}`)),
                l === 'zh' ? 4 : 20,
              ),
            ],
    })),
  },
  {
    // A toddler's tantrum that sounds like harm to the neighbours: 「イヤイヤ期…床に転がって、殺されるのかってくらいの
    // 声で叫ぶ」, «२ वर्षको छोरा रिसाउँदा भुइँमा लडेर चिच्याउँछ, छिमेकीले के सोच्लान्». A blow or a mark still alarms.
    name: 'a toddler’s tantrum screamed “as if being killed”',
    signal: null,
    words: inEachLanguage((l) => ({
      idioms: eitherWay(TANTRUM[l], SCREAMS_AS_IF[l], l === 'ja' || l === 'zh' ? 40 : 60, 1),
    })),
  },
  {
    // A breath-holding spell in a tantrum, the face going blue: «떼쓰다가 숨을 참으면 얼굴이 새파래져요. 소아과에선 괜찮다고
    // 했는데». Both named together; a blue face with no breath held for a tantrum still alarms.
    name: 'a breath-holding spell: a child holding the breath in a tantrum until the face goes blue',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: eitherWay(BREATH_HOLDING[l], FACE_GOES_BLUE[l], 30) })),
  },
  {
    // Thanks for the help given, a case closed: «Cảm ơn mọi người đã chỉ chỗ», "thank you for the numbers last night".
    name: 'thanks for directions or advice given',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: THANKS_FOR_HELP[l] })),
  },
];
