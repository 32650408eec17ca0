import type { Concept, ConceptLanguage, Lists } from './concepts.ts';
import { eitherWay } from './concepts-safe.ts';
import { cross, inEachLanguage, near } from './extend-concepts.ts';

/**
 * Pass 26: crises told by their signs, not their name — in every language, as open lists. Self-harm told by
 * its marks hidden under long sleeves or by its habit ("I cut my arm with a cutter when I'm stressed"); a
 * rope bought and "tonight", romanised too ("dori kinisake. aaja rati ho", "roopu katta"); one's most prized
 * things given away ("I don't need this anymore") and then a locked room and no answer; contracts and
 * accounts closed so all is tidy before a day "after which I won't need anything"; a worn-out carer who would
 * "take him with me, better we go together" and "not be a burden"; violence heard through the wall now —
 * thuds and someone crying "don't, stop"; a child who shakes when it is time to go back to the other parent's.
 * Each beside its harmless reading: a cat's scratches or a kitchen cut, a rope for the washing line, a gift
 * for a reason (a new one bought, off to university), a trip or the hospital taken together, a neighbour
 * moving furniture or a match on TV.
 */

// ── self-harm told by its marks, hidden, or by its habit ──

/** New cuts or wounds on the arm, the wrist or the hand: the marks themselves. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CUT_MARKS: Lists = {
  ja: ['新しい傷', 'あたらしいきず', '新しい切り傷', 'あたらしいきりきず', '切り傷が増え', 'きりきずがふえ', '傷が増え', 'きずがふえ', '傷がまた増え', '切った跡', 'きったあと', 'リスカの跡', 'りすかのあと', '傷跡が増え', 'きずあとがふえ', 'atarashii kizu', 'kizu ga fue'],
  en: ['new cuts', 'fresh cuts', 'more cuts', 'new scars', 'fresh scars', 'cut marks', 'new wounds', 'fresh wounds', 'cuts on my arm', 'cuts on my wrist', 'cuts on my hand', 'cuts on my thigh', 'cuts on his arm', 'cuts on her arm', 'cuts on her wrist', 'cuts on his wrist'],
  zh: ['新的伤口', '新伤口', '新的伤', '新伤', '新的划痕', '新划痕', '新的割痕', ...cross(['手上', '手臂上', '手腕上', '胳膊上', '大腿上'], ['伤口', '伤痕', '划痕', '割痕', '刀痕', '疤'], '...')],
  ko: ['새 상처', '새로 생긴 상처', '새로 난 상처', '상처가 또', '상처가 늘', '상처가 자꾸', '그은 자국', '칼자국', '흉터가 늘', '새 흉터'],
  vi: ['vết cắt mới', 'vết cắt', 'vết rạch', 'vết thương mới', 'vết sẹo mới'],
  ne: ['नयाँ घाउ', 'काटेको घाउ', 'काटेका घाउ', 'काटेको दाग', 'काटेका दाग', 'naya ghau', 'nayan ghau', 'kaateko ghau', 'kateko ghau', 'kaateka ghau', 'kateka ghau', 'kateko daag', 'kaateko daag'],
  tl: ['bagong hiwa', 'bagong sugat', 'mga hiwa sa braso', 'hiwa sa braso', 'hiwa sa pulso', 'sugat sa braso', 'sugat sa pulso', 'bagong peklat'],
  pt: ['cortes novos', 'novos cortes', 'corte novo', 'cortes no braço', 'cortes no pulso', 'cortes na coxa', 'marcas de corte', 'cicatrizes novas', 'novas cicatrizes'],
  id: ['luka baru', 'luka sayatan', 'bekas sayatan', 'sayatan baru', 'luka goresan', 'bekas luka di tangan', 'luka di tangan', 'luka di lengan', 'luka di pergelangan', 'bekas silet'],
};

/** …and hidden: long sleeves, covered up, so nobody sees or knows. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HIDDEN_FROM_SIGHT: Lists = {
  ja: ['長袖', 'ながそで', '隠して', 'かくして', '隠してる', 'かくしてる', '見られたくな', 'みられたくな', '誰にも見せ', 'だれにもみせ', '誰にも言え', 'だれにもいえ', 'nagasode', 'kakushite'],
  en: ['long sleeves', 'long sleeved', 'long sleeve', 'hide them', 'hiding them', 'cover them up', 'covering them', 'so nobody sees', 'so no one sees', 'so nobody can see', 'nobody knows', 'no one knows', 'nobody has noticed', 'wristbands', 'hoodie even in summer'],
  zh: ['长袖', '不敢脱', '遮起来', '遮住', '藏起来', '不想被人看到', '不想让人看到', '不敢让人看', '没人知道', '没有人知道', '没人发现'],
  ko: ['긴팔', '긴소매', '가리고', '가려요', '가리려고', '숨기고', '숨기려고', '숨겨요', '아무도 몰라', '아무도 모르', '들킬까'],
  vi: ['áo dài tay', 'dài tay', 'giấu đi', 'giấu vết', 'để giấu', 'che đi', 'che lại', 'không ai biết', 'không ai thấy', 'sợ bị thấy', 'sợ người ta thấy'],
  ne: ['लामो बाहुला', 'लुकाउँछु', 'लुकाएर', 'लुकाउँदै', 'छोप्छु', 'छोपेर', 'कसैलाई थाहा छैन', 'lamo baula', 'lamo bahula', 'lukauchu', 'lukauchhu', 'lukaera', 'chhopchhu', 'chhopera', 'kasailai thaha chhaina'],
  tl: ['long sleeves', 'long sleeve', 'mahabang manggas', 'tinatago', 'tinago ko', 'walang nakakaalam', 'walang makakita', 'para walang makakita', 'walang nakakapansin'],
  pt: ['manga comprida', 'manga longa', 'escondo', 'esconder', 'escondendo', 'ninguém sabe', 'ninguém ver', 'pra ninguém ver', 'ninguém percebeu'],
  id: ['lengan panjang', 'kututupi', 'saya tutupi', 'aku tutupi', 'sembunyikan', 'nggak ketahuan', 'gak ketahuan', 'ga ketahuan', 'tidak ketahuan', 'gak ada yang tahu', 'nggak ada yang tahu', 'tidak ada yang tahu', 'gak ada yang tau', 'ga ada yang tau'],
};

/** Cutting, burning or hurting one's own arm, wrist or hand (the act, told as done by oneself). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HURT_MY_OWN: Lists = {
  ja: ['腕を切', 'うでをき', '手首を切', 'てくびをき', '自分の手を切', 'じぶんのてをき', '自分の腕を', 'じぶんのうでを', '腕を傷つけ', 'うでをきずつけ', '手を傷つけ', 'てをきずつけ', '自分を傷つけ', 'じぶんをきずつけ', 'ude wo kit', 'tekubi wo kit'],
  en: ['cut my arm', 'cut my arms', 'cut my wrist', 'cut my own', 'cut myself', 'cutting my arm', 'cutting my wrist', 'cutting my own', 'cutting myself', 'hurt my arm with', 'hurting my arm with', 'hurt my own', 'hurting my own', 'hurt myself', 'hurting myself', 'slash my arm', 'slashing my arm', 'burn my arm', 'burning my arm', 'burn myself', 'burning myself', 'hit myself', 'hitting myself'],
  zh: ['割自己', '划自己', '割手', '划手', '伤害自己', '弄伤自己', '割我的手', '划我的手', '割伤自己', '划伤自己'],
  ko: ['팔을 그', '손목을 그', '제 팔을', '내 팔을', '팔을 긁', '자해', '스스로 상처', '제 몸에 상처', '내 몸에 상처'],
  vi: ['cắt tay mình', 'rạch tay mình', 'cứa tay mình', 'làm đau bản thân', 'làm đau chính mình', 'tự làm đau', 'tự cắt tay', 'tự rạch', 'cắt tay', 'rạch tay'],
  ne: ['आफ्नो हात काट', 'आफ्नै हात काट', 'हात काट्छु', 'हात काटें', 'आफैंलाई चोट', 'aafno haat kaat', 'afno haat kaat', 'aafnai haat kaat', 'haat kaatchu', 'hat katchu', 'aafailai chot', 'afailai chot'],
  tl: ['hinihiwa ko ang braso', 'hinihiwa ko ang pulso', 'hiniwa ko ang braso', 'sinusugatan ko ang sarili', 'sinasaktan ko ang sarili', 'sinasaktan ko sarili ko', 'hinihiwa ko braso ko'],
  pt: ['me cortei de propósito', 'cortei meu braço', 'corto meu braço', 'corto o braço', 'corto o pulso', 'corto meu pulso', 'me corto', 'me machuco', 'machuco meu braço', 'me queimo', 'me bato'],
  id: ['lukain tangan', 'lukai tangan', 'melukai tangan', 'lukain diri', 'melukai diri', 'ngelukain diri', 'ngelukain tangan', 'nyakitin diri', 'menyakiti diri', 'nyakitin tangan', 'sayat tangan', 'nyayat tangan', 'gores tangan', 'menggores tangan', 'ngiris tangan', 'mukul diri sendiri', 'memukul diri sendiri'],
};

/** …when stressed, when things are bad, every night, and unable to stop: a habit, not an accident. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WHEN_IT_GETS_BAD: Lists = {
  ja: ['ストレスがたまると', 'すとれすがたまると', 'ストレスで', 'すとれすで', 'つらいと', 'つらくなると', 'イライラすると', 'いらいらすると', '落ち込むと', 'おちこむと', '毎晩', 'まいばん', 'やめられない', 'とまらない', '止まらない', 'sutoresu'],
  en: ['when im stressed', 'when i get stressed', 'whenever i get', 'whenever im', 'stressed out', 'when stressed', 'when things get bad', 'when im upset', 'when i get upset', 'when i feel bad', 'when im sad', 'when i feel sad', 'to feel better', 'to calm down', 'every night', 'cant stop', 'again and again', 'to feel something'],
  zh: ['压力大', '压力太大', '心情不好', '难受的时候', '烦的时候', '每天晚上', '停不下来', '忍不住', '才能平静'],
  ko: ['스트레스 받으면', '스트레스 받을 때', '스트레스를 받으면', '힘들 때', '힘들면', '우울하면', '우울할 때', '매일 밤', '멈출 수가 없', '못 멈추', '끊을 수가 없'],
  vi: ['căng thẳng', 'stress', 'áp lực', 'buồn quá', 'khi buồn', 'mỗi tối', 'đêm nào cũng', 'không dừng được', 'cho nhẹ lòng'],
  ne: ['तनाव', 'दिक्क लाग्दा', 'हरेक रात', 'रोक्न सक्दिन', 'stress', 'tanab', 'tanav', 'dikka lagda', 'harek rat', 'rokna sakdina'],
  tl: ['pag stressed', 'kapag stressed', 'pag na stress', 'pag nai stress', 'pag malungkot', 'kapag malungkot', 'gabi gabi', 'para gumaan', 'hindi ko mapigilan', 'di ko mapigilan'],
  pt: ['estressad', 'quando fico triste', 'quando fico mal', 'quando tô mal', 'toda noite', 'pra aliviar', 'para aliviar', 'não consigo parar'],
  id: ['kalau stres', 'kalau stress', 'pas stres', 'lagi stres', 'kalau sedih', 'kalau lagi down', 'tiap malam', 'setiap malam', 'biar lega', 'gak bisa berhenti', 'nggak bisa berhenti', 'tidak bisa berhenti'],
};

/** The ordinary causes of a cut or a scratch: a pet, the kitchen, work, a skin condition, a fall. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ORDINARY_CUTS: Lists = {
  ja: ['うちの猫', 'うちのねこ', '飼い猫', 'かいねこ', 'うちの犬', 'うちのいぬ', '労災', 'ろうさい', 'アトピー', 'あとぴー', '湿疹', 'しっしん', '手術', 'しゅじゅつ', 'タトゥー', 'たとぅー', '刺青', 'いれずみ'],
  en: ['my cat$', 'our cat$', 'my kitten', 'our kitten', 'my dog$', 'our dog$', 'my puppy', 'work accident', 'injury at work', 'eczema', 'dermatitis', 'surgery', 'operation', 'tattoo'],
  zh: ['我家猫', '我家的猫', '我养的猫', '我家狗', '我家的狗', '我养的狗', '工伤', '湿疹', '皮炎', '手术', '纹身'],
  ko: ['우리 고양이', '우리집 고양이', '우리 집 고양이', '키우는 고양이', '우리 강아지', '키우는 강아지', '산재', '아토피', '습진', '수술', '문신'],
  vi: ['mèo nhà em', 'mèo nhà tôi', 'mèo nhà mình', 'chó nhà em', 'chó nhà tôi', 'tai nạn lao động', 'dị ứng', 'bệnh chàm', 'phẫu thuật', 'hình xăm'],
  ne: ['मेरो बिरालो', 'हाम्रो बिरालो', 'मेरो कुकुर', 'अपरेसन', 'mero biralo', 'hamro biralo', 'mero kukur', 'operation'],
  tl: ['pusa ko', 'pusa namin', 'aso ko', 'aso namin', 'naaksidente sa trabaho', 'eksema', 'opera', 'tattoo'],
  pt: ['meu gato', 'minha gata', 'meu cachorro', 'minha cachorra', 'acidente de trabalho', 'eczema', 'dermatite', 'cirurgia', 'tatuagem'],
  id: ['kucing saya', 'kucingku', 'kucing aku', 'kucing gue', 'anjing saya', 'anjingku', 'kecelakaan kerja', 'eksim', 'operasi', 'tato'],
};

/** Any wound or scar, for the ordinary causes above: 「手術の傷を長袖で隠しています」. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ANY_WOUND: Lists = {
  ja: ['傷', 'きず', '傷跡', 'きずあと'],
  en: ['scar', 'scars', 'wound', 'wounds', 'cuts'],
  zh: ['伤口', '伤疤', '疤'],
  ko: ['상처', '흉터'],
  vi: ['vết sẹo', 'sẹo', 'vết thương'],
  ne: ['घाउ', 'दाग', 'ghau', 'daag'],
  tl: ['peklat', 'sugat'],
  pt: ['cicatriz', 'cicatrizes', 'ferida', 'feridas'],
  id: ['bekas luka', 'luka'],
};

/** The marks told as come from one's work, right beside them: «vết cắt mới do làm ở xưởng», "luka baru … karena kerja di dapur". */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FROM_WORK: Lists = {
  ja: ['仕事でできた', 'しごとでできた', '仕事の傷', 'しごとのきず', '仕事でついた', 'しごとでついた'],
  en: ['from work', 'from my job', 'from the factory', 'from the kitchen at work'],
  zh: ['工作弄的', '干活弄的', '上班弄的', '工作时弄的', '干活时弄的'],
  ko: ['일하다 생긴', '일하면서 생긴', '일하다가 생긴', '작업하다 생긴'],
  vi: ['do làm ở', 'do làm việc', 'do công việc', 'vì làm ở', 'do đi làm'],
  ne: ['काम गर्दा लागेको', 'काम गर्दा लागेका', 'kaam garda lageko', 'kam garda lageko'],
  tl: ['dahil sa trabaho', 'galing sa trabaho', 'sa trabaho ko nakuha'],
  pt: ['do trabalho na', 'do trabalho no', 'por causa do trabalho na', 'por causa do trabalho no'],
  id: ['karena kerja di', 'gara gara kerja di', 'karena kerjaan di', 'dari kerja di'],
};

// ── a rope bought, and tonight ──

/** A rope bought or ready (romanised Nepali and Hindi, and romaji, as people type them). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ROPE_GOT: Lists = {
  ja: ['ロープを買', 'ロープ買', 'ロープを用意', 'ロープ用意', '縄を買', 'なわをか', 'roopu katta', 'roopu wo katta', 'roopu o katta', 'roopu kaimashita', 'roopu kau', 'roopu youi', 'nawa katta', 'nawa wo katta'],
  en: ['bought the rope', 'bought a rope', 'bought rope', 'got the rope', 'got a rope', 'rope is ready', 'the rope ready', 'have the rope', 'rope ready'],
  zh: ['绳子买好', '买了绳子', '买好了绳子', '买好绳子', '绳子准备好', '准备好了绳子', '绳子已经买'],
  ko: ['밧줄 샀', '밧줄을 샀', '밧줄 사 왔', '로프 샀', '로프를 샀', '밧줄 준비', '밧줄을 준비', '밧줄도 샀'],
  vi: ['mua dây thừng', 'mua sẵn dây', 'dây thừng đã mua', 'dây thừng mua rồi', 'chuẩn bị dây thừng', 'dây thừng sẵn'],
  ne: ['डोरी किन', 'डोरी तयार', 'रस्सी किन', 'रस्सी ले', 'dori kin', 'dori tayar', 'dori kine', 'dori kini', 'dori kinisak', 'dori kinyo', 'dori liye', 'rassi kin', 'rassi khareed', 'rassi kharid', 'rassi le li', 'rassi la', 'rassi tayar'],
  tl: ['bumili ako ng lubid', 'nakabili na ako ng lubid', 'nakabili ng lubid', 'nakabili ako ng lubid', 'may lubid na ako', 'handa na ang lubid', 'binili ko ang lubid', 'bumili na ako ng lubid'],
  pt: ['comprei a corda', 'comprei uma corda', 'corda comprada', 'corda pronta', 'já tenho a corda', 'a corda tá pronta', 'a corda está pronta'],
  id: ['beli tali', 'sudah beli tali', 'udah beli tali', 'tali sudah', 'tali udah', 'tali sudah kubeli', 'tali udah kubeli', 'talinya sudah', 'talinya udah'],
};

/** …and tonight, today: the time set. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TONIGHT: Lists = {
  ja: ['今夜', 'こんや', '今晩', 'こんばん', '今日の夜', 'きょうのよる', '今日やる', 'きょうやる', 'kyou no yoru', 'kyo no yoru', 'konya$', 'konban$', 'kyou yaru'],
  en: ['tonight', 'today is the day', 'its today', 'its happening today', 'this is the night'],
  zh: ['今晚', '今天晚上', '就今天', '就是今天'],
  ko: ['오늘 밤', '오늘밤', '오늘이야', '오늘 할'],
  vi: ['đêm nay', 'tối nay', 'hôm nay là', 'ngay hôm nay'],
  ne: ['आज राति', 'आजै', 'आज रात', 'आज हो', 'aaja rati', 'aaja raati', 'aaj rati', 'aaj raati', 'aja rati', 'aajai', 'aaja nai', 'aaj raat', 'aaj hi', 'aaja ho'],
  tl: ['mamayang gabi', 'ngayong gabi', 'ngayong araw na', 'ngayon na'],
  pt: ['hoje à noite', 'hoje a noite', 'hoje de noite', 'essa noite', 'esta noite'],
  id: ['malam ini', 'nanti malam', 'hari ini juga', 'hari ini saatnya'],
};

/** What a rope is bought for: the washing line, moving house, camping, a tent, luggage, a boat, the garden. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ROPE_FOR: Lists = {
  ja: ['物干し', 'ものほし', '洗濯', 'せんたく', '引っ越し', 'ひっこし', 'キャンプ', 'きゃんぷ', 'テント', 'てんと', '荷物', 'にもつ', '荷造り', 'にづくり', '台風', 'たいふう', '縄跳び', 'なわとび', '船', '庭', 'sentaku', 'hikkoshi', 'kyanpu'],
  en: ['washing line', 'clothesline', 'clothes line', 'laundry', 'moving', 'camping', 'tent', 'luggage', 'boxes', 'typhoon', 'jump rope', 'skipping rope', 'boat', 'garden', 'climbing', 'tie down', 'to tie'],
  zh: ['晾衣', '晒衣', '搬家', '露营', '帐篷', '行李', '捆', '台风', '跳绳', '船', '花园'],
  ko: ['빨래', '이사', '캠핑', '텐트', '짐', '태풍', '줄넘기', '배를', '묶', '등산'],
  vi: ['phơi đồ', 'phơi quần áo', 'dọn nhà', 'chuyển đồ', 'cắm trại', 'lều', 'hành lý', 'cơn bão', 'nhảy dây', 'thuyền'],
  ne: ['लुगा सुकाउन', 'सर्दै', 'क्याम्पिङ', 'टेन्ट', 'सामान बाँध', 'बाँध्न', 'luga sukauna', 'sardai', 'camping', 'tent', 'saman badhna', 'bandhna'],
  tl: ['sampayan', 'sinampay', 'lilipat', 'camping', 'tent', 'bagahe', 'itali', 'pantali', 'bagyo', 'jumping rope', 'bangka'],
  pt: ['varal', 'roupa', 'mudança', 'acampar', 'acampamento', 'barraca', 'bagagem', 'amarrar', 'tufão', 'pular corda', 'barco'],
  id: ['jemuran', 'jemur', 'pindahan', 'kemah', 'camping', 'tenda', 'barang', 'ngiket', 'mengikat', 'iket', 'topan', 'lompat tali', 'perahu'],
};

// ── prized things given away, "I don't need this anymore", then a locked room ──

/** Giving to me, or giving away (with a thing given: `GIVEN_THINGS`). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GIVE: Lists = {
  ja: ['私にくれ', 'わたしにくれ', '僕にくれ', 'ぼくにくれ', '俺にくれ', 'おれにくれ', '兄にくれ', '姉にくれ', '母にくれ', 'くれて', 'くれました', '譲ってくれ', 'ゆずってくれ', 'あげる', 'あげた'],
  en: ['gave me his', 'gave me her', 'gave me all his', 'gave me all her', 'handed me his', 'handed me her', 'gave away his', 'gave away her', 'giving away his', 'giving away her'],
  zh: ['给了我', '送给我', '都给我', '交给我', '给我了', '送我了'],
  ko: ['저한테 주', '나한테 주', '저에게 주', '제게 주', '형한테 주', '누나한테 주', '언니한테 주', '오빠한테 주', '엄마한테 주', '줬어요', '주면서', '주더니', '나눠 주', '나눠주'],
  vi: ['đưa em', 'đưa cho em', 'cho em', 'tặng em', 'đưa tôi', 'đưa cho tôi', 'cho tôi', 'tặng tôi', 'đưa anh', 'cho anh', 'đưa chị', 'cho chị', 'đưa mẹ', 'cho mẹ'],
  ne: ['मलाई दियो', 'मलाई दिई', 'मलाई दिनुभयो', 'मलाई दिएर', 'malai diyo', 'malai diyera', 'malai dinubhayo', 'malai dii'],
  tl: ['binigay sa akin', 'ibinigay sa akin', 'binigay niya sa akin', 'binigay nya sa akin', 'binigay niya', 'pinamigay niya', 'pinamigay nya', 'ibinigay niya'],
  pt: ['me deu', 'me entregou', 'me dar', 'deu pra mim', 'deu para mim'],
  id: ['kasih ke saya', 'kasih ke aku', 'ngasih ke saya', 'ngasih ke aku', 'dikasih ke saya', 'dikasih ke aku', 'memberikan ke saya', 'kasih saya', 'ngasih aku', 'ngasih saya', 'ngasih', 'kasih'],
};

/** …the things one holds dear: a laptop, the games, a guitar, a watch, clothes and shoes, savings, one's things. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THINGS: Lists = {
  ja: ['ゲーム', 'げーむ', 'パソコン', 'ぱそこん', 'スマホ', 'すまほ', 'ギター', 'ぎたー', '時計', 'とけい', '指輪', 'ゆびわ', '服', 'ふく', '靴', 'くつ', '自転車', 'じてんしゃ', 'カメラ', 'かめら', '宝物', 'たからもの', '大事な物', 'だいじなもの', '大切な物', 'たいせつなもの', '貯金', 'ちょきん'],
  en: ['laptop', 'ps5', 'ps4', 'playstation', 'switch$', 'xbox', 'console', 'games$', 'guitar', 'watch$', 'ring$', 'jewellery', 'jewelry', 'clothes', 'shoes', 'sneakers', 'trainers', 'bike$', 'camera', 'things', 'stuff', 'books', 'savings', 'collection', 'favourite', 'favorite'],
  zh: ['游戏机', '电脑', '笔记本', '手机', '吉他', '手表', '戒指', '首饰', '衣服', '鞋', '自行车', '相机', '东西', '宝贝', '收藏', '存款', '银行卡'],
  ko: ['노트북', '게임기', '컴퓨터', '핸드폰', '휴대폰', '기타', '시계', '반지', '옷', '신발', '자전거', '카메라', '물건', '아끼던', '보물', '통장'],
  vi: ['laptop', 'máy tính', 'điện thoại', 'máy chơi game', 'cây đàn', 'đồng hồ', 'chiếc nhẫn', 'quần áo', 'đôi giày', 'xe đạp', 'máy ảnh', 'đồ đạc', 'đồ quý', 'tiền tiết kiệm', 'thẻ ngân hàng'],
  ne: ['ल्यापटप', 'फोन', 'गितार', 'घडी', 'औंठी', 'लुगा', 'जुत्ता', 'साइकल', 'क्यामेरा', 'सामान', 'laptop', 'phone', 'guitar', 'ghadi', 'aunthi', 'luga', 'jutta', 'saikal', 'camera', 'saman'],
  tl: ['laptop', 'cellphone', 'phone', 'gitara', 'relo', 'singsing', 'damit', 'sapatos', 'bike', 'camera', 'gamit', 'alahas', 'ipon'],
  pt: ['videogame', 'video game', 'celular', 'notebook', 'computador', 'violão', 'guitarra', 'relógio', 'anel', 'roupas', 'tênis', 'bicicleta', 'câmera', 'coisas', 'joias', 'jóias', 'coleção', 'economias'],
  id: ['laptop', 'hp$', 'handphone', 'ps$', 'playstation', 'gitar', 'jam tangan', 'cincin', 'baju', 'sepatu', 'sepeda', 'kamera', 'barang', 'perhiasan', 'tabungan', 'koleksi'],
};

/**
 * A thing given to me, in the order each language tells it: the thing first in Japanese, Korean and Nepali
 * («노트북이랑 게임기를 저한테 주면서»), the giving first elsewhere («me deu o videogame»), either in Chinese.
 */
const givenThings = (l: ConceptLanguage): string[] =>
  l === 'ja' || l === 'ko' || l === 'ne'
    ? cross(THINGS[l], GIVE[l], '...')
    : l === 'zh'
      ? [...cross(GIVE[l], THINGS[l], '...'), ...cross(THINGS[l], GIVE[l], '...')]
      : cross(GIVE[l], THINGS[l], '...');

/** …with "I don't need it anymore" said. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WONT_NEED_IT: Lists = {
  ja: ['もういらない', 'もう要らない', 'もう必要ない', 'もうひつようない', 'もう使わない', 'もうつかわない', 'いらないから', '要らないから', 'mou iranai'],
  en: ['dont need it anymore', 'dont need this anymore', 'dont need these anymore', 'dont need them anymore', 'doesnt need it anymore', 'doesnt need them anymore', 'doesnt need this anymore', 'wont need it anymore', 'wont need these', 'wont need this', 'wont need them', 'wont be needing'],
  zh: ['不需要了', '用不到了', '用不上了', '用不着了', '我不要了', '不会再用'],
  ko: ['필요 없', '필요없', '쓸 일 없', '이제 안 써'],
  vi: ['không cần nữa', 'không cần đến nữa', 'không dùng nữa', 'không cần cái này nữa', 'không cần mấy cái này nữa'],
  ne: ['चाहिँदैन', 'चाहिदैन', 'chahindaina', 'chahidaina', 'chaidaina', 'chahinna'],
  tl: ['hindi ko na kailangan', 'di ko na kailangan', 'hindi na niya kailangan', 'hindi na nya kailangan', 'hindi ko na kakailanganin', 'di na kailangan'],
  pt: ['não preciso mais', 'não vou mais precisar', 'não vou precisar mais', 'não precisa mais', 'não vai mais precisar', 'não vou usar mais'],
  id: ['nggak butuh', 'gak butuh', 'tidak butuh', 'ga butuh', 'udah nggak perlu', 'nggak perlu lagi', 'gak perlu lagi', 'tidak perlu lagi', 'ga perlu lagi'],
};

/** A room locked from inside. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LOCKED_AND_SILENT: Lists = {
  ja: ['鍵をかけて', 'かぎをかけて', '鍵かけて', 'かぎかけて', '部屋に鍵', 'へやにかぎ', '閉じこもって', 'とじこもって', '鍵がかか', 'かぎがかか'],
  en: ['locked in his room', 'locked in her room', 'locked himself', 'locked herself', 'door is locked', 'door locked', 'locked the door', 'locked his door', 'locked her door'],
  zh: ['锁了', '锁着', '反锁', '锁门', '把门锁'],
  ko: ['문 잠그', '문을 잠그', '방문 잠', '방문을 잠', '잠가', '잠갔', '잠그고', '잠겨 있'],
  vi: ['khóa cửa phòng', 'khoá cửa phòng', 'khóa cửa lại', 'khóa trái', 'khoá trái', 'nhốt mình trong phòng'],
  ne: ['ढोका बन्द', 'कोठा बन्द', 'चुकुल लगा', 'dhoka banda', 'dhoka bandha', 'kotha banda', 'kotha bandha', 'chukul laga'],
  tl: ['naka lock', 'nakalock', 'nagkulong', 'nag lock', 'nakakandado'],
  pt: ['trancado no quarto', 'trancada no quarto', 'se trancou', 'porta trancada', 'trancou a porta', 'trancou o quarto'],
  id: ['dikunci', 'kunci pintu', 'mengunci', 'ngunci', 'kunci kamar', 'mengurung diri', 'ngurung diri'],
};

/** A reason for a gift: a new one bought, off to university, outgrown, exams. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GIFT_REASON: Lists = {
  ja: ['新しいのを買', 'あたらしいのをか', '新しいのが', 'あたらしいのが', '買い替え', 'かいかえ', '大学に', 'だいがくに', '受験', 'じゅけん', '小さくなった', 'ちいさくなった'],
  en: ['got a new one', 'bought a new one', 'a new one', 'upgraded', 'for college', 'for university', 'going to college', 'going to university', 'off to college', 'off to university', 'outgrew', 'outgrown', 'too small', 'grew out of', 'studying for', 'his exams', 'her exams'],
  zh: ['换了新', '买了新', '有新的', '上大学', '穿不下', '太小了', '考试', '备考'],
  ko: ['새로 샀', '새 거', '새것', '바꿔서', '대학 가', '작아져서', '작아서', '공부해야', '입시'],
  vi: ['mua cái mới', 'mua mới', 'có cái mới', 'đổi cái mới', 'lên đại học', 'vào đại học', 'chật rồi', 'không vừa', 'ôn thi', 'học thi'],
  ne: ['नयाँ किन', 'कलेज', 'सानो भयो', 'परीक्षा', 'naya kin', 'college', 'sano bhayo', 'pariksha'],
  tl: ['bumili ng bago', 'may bago na', 'bago na siya', 'mag college', 'kolehiyo', 'maliit na', 'hindi na kasya', 'exam'],
  pt: ['ganhou um novo', 'comprou um novo', 'ganhou uma nova', 'comprou uma nova', 'faculdade', 'não serve mais', 'ficou pequeno', 'vestibular'],
  id: ['beli yang baru', 'udah beli yang baru', 'punya yang baru', 'kuliah', 'kekecilan', 'ujian'],
};

// ── contracts and accounts closed, tidy before a day, nothing needed after it ──

/** Closing the bank account, cancelling the phone contract, loose ends tied up. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ALL_CLOSED_AND_TIDY: Lists = {
  ja: ['解約', 'かいやく', '口座を閉じ', 'こうざをとじ', '身辺整理', 'しんぺんせいり'],
  en: ['close my bank account', 'closing my bank account', 'close all my accounts', 'close my accounts', 'cancel my phone', 'cancel my contract', 'cancelling my phone', 'cancel everything', 'tie up loose ends', 'tying up loose ends'],
  zh: ['注销', '销户', '解约', '退掉'],
  ko: ['해지', '계좌 정리', '해약', '신변 정리'],
  vi: ['hủy hợp đồng', 'huỷ hợp đồng', 'đóng tài khoản', 'hủy tài khoản', 'huỷ tài khoản'],
  ne: ['खाता बन्द', 'खाता...बन्द गर्ने', 'सम्झौता...बन्द गर्ने', 'सम्झौता रद्द', 'khata...banda garne', 'samjhauta...banda garne', 'khata banda', 'khata bandha', 'samjhauta radda'],
  tl: ['isara ang bank account', 'isasara ko ang bank account', 'isara ang account', 'i cancel ang contract', 'icancel ang contract', 'isara lahat ng account'],
  pt: ['cancelar o contrato', 'cancelo o contrato', 'fechar a conta', 'encerrar a conta', 'cancelo a conta', 'cancelar a conta'],
  id: ['tutup rekening', 'menutup rekening', 'putus kontrak', 'batalkan kontrak', 'berhenti kontrak'],
};

/** …and after a day, nothing needed. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NOTHING_NEEDED_AFTER: Lists = {
  ja: ['何もいらなく', 'なにもいらなく', '何も要らなく', '何もいらない', 'なにもいらない', '何も必要なく', 'なにもひつようなく', '何も必要ない', 'なにもひつようない'],
  en: ['wont need anything', 'will not need anything', 'wont need any of it', 'dont need anything after', 'wont be needing anything'],
  zh: ['什么都不需要', '什么也不需要', '什么都用不', '都不需要了', '都用不到了', '都用不着了'],
  ko: ['아무것도 필요 없', '아무것도 필요없', '다 필요 없', '필요한 게 없'],
  vi: ['không cần gì nữa', 'chẳng cần gì nữa', 'không cần gì thêm nữa', 'không cần đến gì nữa'],
  ne: ['केही चाहिँदैन', 'केही चाहिदैन', 'kehi chahindaina', 'kehi chahidaina', 'kei chahidaina', 'kehi chaidaina'],
  tl: ['wala na akong kailangan', 'wala nang kailangan', 'hindi ko na kailangan ng kahit ano'],
  pt: ['não vou precisar de mais nada', 'não vou precisar de nada', 'não preciso de mais nada', 'não vou mais precisar de nada'],
  id: ['nggak butuh apa', 'gak butuh apa', 'tidak butuh apa', 'ga butuh apa', 'nggak perlu apa', 'gak perlu apa', 'tidak perlu apa'],
};

// ── a worn-out carer: better we go together, I'll take him with me, I don't want to be a burden ──

/** Going together, taking the one cared for along: not to a place (see `A_PLACE_TO_GO`). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GO_TOGETHER: Lists = {
  ja: ['一緒に行く方が', 'いっしょにいくほうが', '一緒に行った方が', 'いっしょにいったほうが', '連れて一緒に', 'つれていっしょに', '二人で逝', '一緒に逝', '道連れ', 'みちづれ', '一緒に楽に', 'いっしょにらくに', '二人で楽に', 'ふたりでらくに'],
  en: ['take him with me', 'take her with me', 'take dad with me', 'take mum with me', 'take mom with me', 'better we go together', 'better if we go together', 'we go together', 'go together', 'both of us go', 'we both go', 'go with him', 'go with her'],
  zh: ['一起走', '带着你爸一起', '带着你妈一起', '带着他一起', '带着她一起', '带他一起走', '带她一起走', '一起去了算了', '一起解脱', '一起离开'],
  ko: ['같이 가는 게 낫', '같이 가는 게 나아', '함께 가는 게 낫', '같이 가야겠', '모시고 같이 가', '모시고 가야겠', '같이 가려고', '데리고 가야겠', '데리고 같이 가', '같이 떠나', '같이 가는 게 좋겠'],
  vi: ['đưa bố đi cùng', 'đưa mẹ đi cùng', 'đưa ông đi cùng', 'đưa bà đi cùng', 'đưa ba đi cùng', 'đi cùng luôn', 'cùng đi luôn', 'dắt bố đi cùng', 'mang bố theo', 'mang mẹ theo', 'cùng nhau đi'],
  ne: ['सँगै लिएर जान्छु', 'सँगै लिएर जाने', 'सँगै जान्छौं', 'सँगै जानु', 'लिएर जान्छु', 'sangai lera janchhu', 'sangai liyera janchhu', 'sangai lera jane', 'sangai janchhau', 'sangai jaane', 'sangai jane'],
  tl: ['isasama ko na', 'isama ko na lang', 'sabay na kaming', 'magkasama na kaming', 'sasama na kami', 'sabay na lang kami'],
  pt: ['ir junto', 'irmos juntos', 'a gente ir junto', 'vou levar ele comigo', 'vou levar ela comigo', 'levar ele comigo', 'levar ela comigo', 'ir os dois', 'irmos os dois', 'partir juntos'],
  id: ['pergi bareng', 'pergi bersama', 'bawa bapak pergi', 'bawa ibu pergi', 'bawa dia pergi', 'pergi berdua', 'ikut pergi bareng', 'sama sama pergi'],
};

/** …and a burden no more, or the care past bearing. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NOT_A_BURDEN: Lists = {
  ja: ['介護で疲れ', 'かいごでつかれ', '介護に疲れ果て', '重荷になりたくない', 'おもにになりたくない', '迷惑をかけたくない', 'めいわくをかけたくない', '負担になりたくない', 'ふたんになりたくない', '介護に疲れ', 'かいごにつかれ', '介護が限界', 'かいごがげんかい', 'もう限界', 'もうげんかい', '疲れ果て', 'つかれはて'],
  en: ['dont want to be a burden', 'not want to be a burden', 'be a burden', 'a burden to you', 'a burden on you', 'worn out from caring', 'exhausted from caring', 'tired of caring', 'burnt out from caring', 'burned out from caring', 'cant do this anymore', 'cant go on', 'cant take it anymore'],
  zh: ['照顾累了', '照顾得累', '照顾不下去', '累垮了', '不想拖累', '拖累你们', '成为负担', '成为你们的负担', '给你们添麻烦', '不想麻烦你们', '撑不下去', '照顾不动'],
  ko: ['간병에 지치', '간병하느라 지치', '간병이 너무 힘들', '지치셨', '지쳤', '짐 되기 싫', '짐이 되기 싫', '짐이 되고 싶지 않', '짐 되고 싶지 않', '부담 주기 싫', '부담 되기 싫', '폐 끼치기 싫', '더는 못 하겠', '더 이상 못 하겠', '못 버티겠'],
  vi: ['chăm mệt', 'chăm sóc mệt', 'mệt mỏi vì chăm', 'gánh nặng', 'làm khổ các con', 'không muốn làm khổ', 'kiệt sức', 'không chịu nổi nữa', 'không chịu được nữa'],
  ne: ['हेरचाह गर्दा थाक', 'हेरचाह गरेर थाक', 'थाकिसक', 'herchah garda thak', 'herchaha garda thak', 'thakisak', 'बोझ', 'भार हुन', 'सक्दिन अब', 'अब सक्दिन', 'bojh', 'bhaar huna', 'bhar huna', 'aba sakdina'],
  tl: ['pagod na mag alaga', 'pagod na pagod na', 'pabigat', 'ayokong maging pabigat', 'di ko na kaya', 'hindi ko na kaya'],
  pt: ['cansada de cuidar', 'cansado de cuidar', 'esgotada', 'esgotado', 'exausta de cuidar', 'exausto de cuidar', 'um peso pra vocês', 'ser um peso', 'um peso para vocês', 'ser um fardo', 'um fardo', 'não aguento mais'],
  id: ['capek ngurus', 'capek merawat', 'lelah merawat', 'lelah ngurus', 'jadi beban', 'menjadi beban', 'beban kalian', 'beban buat kalian', 'nyusahin kalian', 'merepotkan kalian', 'nggak kuat lagi', 'gak kuat lagi', 'tidak kuat lagi'],
};

/** A place the two go to together: the hospital, a trip, the home country, a care home, the shops. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const A_PLACE_TO_GO: Lists = {
  ja: ['病院', 'びょういん', '旅行', 'りょこう', '国に', 'くにに', '韓国', '中国', 'ベトナム', 'ブラジル', 'フィリピン', 'ネパール', 'インドネシア', '施設', 'しせつ', 'デイ', 'でい', '買い物', 'かいもの', 'お寺', 'おてら', '教会', 'きょうかい', '役所', 'やくしょ', '実家', 'じっか'],
  en: ['hospital', 'doctor', 'clinic', 'trip', 'holiday', 'vacation', 'travel', 'back home', 'to korea', 'to china', 'to vietnam', 'to brazil', 'to the philippines', 'to nepal', 'to indonesia', 'care home', 'day service', 'day care', 'shopping', 'church', 'temple', 'city hall', 'ward office', 'appointment', 'visit'],
  zh: ['医院', '看病', '旅游', '旅行', '回国', '回老家', '养老院', '日间照料', '购物', '买东西', '教会', '寺庙', '区役所', '市役所'],
  ko: ['병원', '여행', '한국에', '고향', '요양원', '시설', '데이케어', '주간보호', '장 보', '마트', '교회', '절에', '구청', '시청'],
  vi: ['bệnh viện', 'khám bệnh', 'du lịch', 'về nước', 'về quê', 'viện dưỡng lão', 'trung tâm', 'siêu thị', 'nhà thờ', 'lên tokyo', 'ủy ban'],
  ne: ['अस्पताल', 'घुम्न', 'नेपाल', 'मन्दिर', 'बजार', 'वडा', 'hospital', 'aspatal', 'ghumna', 'nepal', 'mandir', 'bajar', 'bazar'],
  tl: ['ospital', 'doktor', 'bakasyon', 'pasyal', 'pinas', 'pilipinas', 'home for the aged', 'simbahan', 'palengke', 'mall', 'city hall'],
  pt: ['hospital', 'médico', 'viagem', 'viajar', 'brasil', 'asilo', 'casa de repouso', 'day service', 'mercado', 'igreja', 'prefeitura', 'consulta'],
  id: ['rumah sakit', 'dokter', 'jalan jalan', 'liburan', 'pulang kampung', 'indonesia', 'panti jompo', 'belanja', 'pasar', 'gereja', 'masjid', 'kantor kota', 'kuyakusho'],
};

// ── violence heard through the wall now: thuds, someone crying "don't, stop" ──

/** The sound of blows, of things thrown or broken, heard from next door. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BLOWS_HEARD: Lists = {
  ja: ['ドンドンと音', 'ドンドン音', 'ドンドンという音', 'どんどんとおと', 'どんどん おと', 'どんどん と おと', 'どすん どすん', 'どん どん おと', 'ドスンドスン', 'どすんどすん', 'ドスンと音', 'バンバン音', '殴る音', 'なぐるおと', '叩く音', 'たたくおと', '物が壊れる音', 'ものがこわれるおと', '物を投げる音', 'ものをなげるおと', '壁にぶつかる音', 'かべにぶつかるおと', 'ガシャン', 'がしゃん'],
  en: ['thudding', 'thuds', 'thud thud', 'banging', 'bangs and', 'crashing', 'sound of hitting', 'sounds of hitting', 'sound of someone being hit', 'slapping sounds', 'sound of slapping', 'things breaking', 'things being thrown', 'smashing'],
  zh: ['咚咚', '砰砰', '打人的声音', '摔东西', '撞墙的声音', '巴掌声', '哐哐', '东西砸'],
  ko: ['쿵쿵', '쾅쾅', '퍽퍽', '때리는 소리', '부서지는 소리', '던지는 소리', '쿵 소리', '쾅 소리', '깨지는 소리'],
  vi: ['huỳnh huỵch', 'thình thịch', 'rầm rầm', 'tiếng đánh', 'tiếng đập', 'tiếng đồ vỡ', 'bốp bốp', 'tiếng động mạnh', 'tiếng ném đồ', 'chát chát'],
  ne: ['ढ्याङढ्याङ', 'ढ्याङ ढ्याङ', 'धमाधम', 'ठ्याकठ्याक', 'कुटेको आवाज', 'पिटेको आवाज', 'भाँडा फुटेको', 'dhyang dhyang', 'dhyangdhyang', 'dhyaang dhyaang', 'dhamadham', 'kuteko aawaj', 'kuteko awaj', 'kuteko aawaaj', 'piteko aawaj', 'piteko awaj'],
  tl: ['kalabog', 'kalampag', 'lagabog', 'blag', 'tunog ng sampal', 'may sinasampal', 'nagbabasag', 'pagbabasag', 'may binubugbog'],
  pt: ['barulho de pancada', 'pancadas', 'barulho de tapa', 'som de tapa', 'barulho de coisa quebrando', 'coisas quebrando', 'batidas na parede', 'estrondo', 'barulho de soco'],
  id: ['gedebuk', 'gedebak gedebuk', 'bunyi pukulan', 'suara pukulan', 'suara tamparan', 'suara barang pecah', 'suara benda dilempar', 'brak brak', 'bak buk', 'gubrak'],
};

/** …and someone crying "don't, stop", begging, screaming for help. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PLEADING: Lists = {
  ja: ['やめて', 'たすけて', '助けて', 'ゆるして', '許して', 'ごめんなさい ごめんなさい', 'ごめんなさいごめんなさい', '泣き叫', 'なきさけ', '悲鳴', 'ひめい', 'いたい いたい', 'いたいいたい', '痛い痛い'],
  en: ['dont stop', 'dont dont', 'please stop', 'stop it', 'crying stop', 'crying dont', 'screaming stop', 'screaming help', 'begging him', 'begging her', 'begging them', 'crying for help', 'screaming for help', 'someone screaming', 'a woman screaming', 'a child screaming'],
  zh: ['不要打', '别打', '住手', '救命', '不要不要', '不要了不要了', '哭着喊', '求饶', '惨叫', '哭喊'],
  ko: ['하지 마', '하지마', '그만해', '그만하', '살려', '때리지 마', '울부짖', '비명', '잘못했어요'],
  vi: ['đừng mà', 'đừng đánh', 'dừng lại', 'cứu với', 'cứu tôi', 'tha cho', 'khóc thét', 'van xin'],
  ne: ['नगर्नुस्', 'नगर्नुस', 'नपिट', 'नकुट', 'बचाऊ', 'बचाउ', 'चिच्याइरह', 'nagarnus', 'napit', 'nakut', 'bachau', 'chichyairah', 'chichyai rah'],
  tl: ['wag po', 'huwag po', 'tama na', 'tulungan mo ako', 'tulungan nyo ako', 'nagmamakaawa', 'sumisigaw ng tulong', 'humihingi ng tulong', 'saklolo'],
  pt: ['não faz isso', 'para com isso', 'para por favor', 'socorro', 'me solta', 'gritando por socorro', 'implorando'],
  id: ['jangan pukul', 'jangan jangan', 'ampun', 'minta ampun', 'tolong tolong', 'teriak minta tolong', 'teriak tolong', 'menjerit'],
};

/** The harmless sources of thuds next door: furniture moved, building work, children running, a match, drums (not a film or the TV: a guess the writer makes). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HARMLESS_NOISE: Lists = {
  ja: ['引っ越', 'ひっこ', '家具', 'かぐ', '工事', 'こうじ', '子どもが走', 'こどもがはし', '走り回', 'はしりまわ', 'サッカー', 'さっかー', '試合', 'しあい', 'ドラム', 'どらむ', '筋トレ', 'きんとれ'],
  en: ['moving furniture', 'furniture', 'moving in', 'moving out', 'renovation', 'construction', 'building work', 'kids running', 'children running', 'running around', 'football', 'soccer', 'the match', 'drums', 'working out', 'workout'],
  zh: ['搬家', '家具', '装修', '施工', '小孩跑', '孩子跑', '跑来跑去', '足球', '比赛', '看球', '打鼓', '健身'],
  ko: ['이사', '가구', '공사', '인테리어', '아이들이 뛰', '애들이 뛰', '뛰어다니', '축구', '경기', '야구', '드럼', '운동', '층간소음'],
  vi: ['dọn nhà', 'khuân đồ', 'chuyển đồ', 'kê đồ', 'sửa nhà', 'xây dựng', 'trẻ con chạy', 'chạy nhảy', 'bóng đá', 'trận đấu', 'tập thể dục'],
  ne: ['सर्दै', 'फर्निचर', 'निर्माण', 'बच्चा दौडि', 'क्रिकेट', 'फुटबल', 'sardai', 'furniture', 'nirman', 'cricket', 'football'],
  tl: ['lumilipat', 'nag lilipat', 'muwebles', 'renovation', 'construction', 'nagtatakbuhan', 'tumatakbo ang mga bata', 'basketball', 'drums', 'nag eexercise'],
  pt: ['mudança', 'móveis', 'reforma', 'obra', 'crianças correndo', 'futebol', 'bateria', 'malhando'],
  id: ['pindahan', 'mebel', 'furnitur', 'renovasi', 'bangunan', 'anak anak lari', 'lari larian', 'sepak bola', 'pertandingan', 'drum', 'olahraga'],
};

// ── a child who shakes when it is time to go back to the other parent's ──

/** Trembling, terror, panic, begging not to go. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TREMBLES: Lists = {
  ja: ['震え', 'ふるえ', '怯え', 'おびえ', 'パニック', 'ぱにっく', '泣いて嫌が', 'ないていやが', '行きたくないと泣', 'いきたくないとな', '戻りたくないと泣', 'もどりたくないとな', '真っ青', 'まっさお'],
  en: ['shakes when', 'shaking when', 'starts shaking', 'starts to shake', 'trembles', 'trembling', 'terrified', 'panics', 'panic attack', 'begs not to go', 'begs me not to', 'cries and begs', 'hides when', 'freezes when'],
  zh: ['发抖', '浑身发抖', '害怕得', '吓得', '哭着不肯', '哭着不要去', '哭着不想去', '不敢回去', '不敢去'],
  ko: ['떨어요', '떨고', '떨면서', '떨더라', '벌벌', '무서워해', '무서워하', '울면서 안 가', '안 가겠다고 울', '겁에 질'],
  vi: ['run$', 'run rẩy', 'sợ hãi', 'khóc không chịu đi', 'hoảng sợ', 'sợ đến', 'sợ run', 'run lên'],
  ne: ['काँप्छ', 'काँप्न', 'काँपेर', 'डराउँछ', 'डराएर', 'रोएर जान मान्दैन', 'kampchha', 'kaampchha', 'kampcha', 'kampna', 'darauchha', 'darauchha', 'daraera', 'roera jana mandaina'],
  tl: ['nanginginig', 'nanginig', 'takot na takot', 'ayaw bumalik', 'nagpapanic', 'nagpa panic', 'umiiyak ayaw'],
  pt: ['treme', 'tremendo', 'tremer', 'apavorad', 'em pânico', 'entra em pânico', 'chora pra não ir', 'implora pra não ir', 'morre de medo'],
  id: ['gemetar', 'ketakutan', 'nangis nggak mau', 'nangis gak mau', 'nangis ga mau', 'panik', 'takut banget'],
};

/** …at going back to the other parent's: the father's home, the weekend visits (named: a time to go back alone may be school's). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BACK_TO_THE_OTHER_PARENT: Lists = {
  ja: ['父親の家', 'ちちおやのいえ', '元夫の家', 'もとおっとのいえ', '元夫のところ', 'もとおっとのところ', '元妻の家', '母親の家', 'ははおやのいえ', '面会交流', 'めんかいこうりゅう', '面会の日', 'めんかいのひ', 'パパの家', 'ぱぱのいえ', 'お父さんの家', 'おとうさんのいえ', 'お父さんのところ', 'おとうさんのところ', '父の家', 'ちちのいえ'],
  en: ['his dads', 'her dads', 'his fathers', 'her fathers', 'his moms', 'his mums', 'her moms', 'her mums', 'dad has him', 'dad has her', 'father has him', 'father has her', 'weekends with his', 'weekends with her', 'visits with his', 'visits with her', 'visitation', 'custody', 'ex husbands', 'exs place', 'exs house', 'every other weekend'],
  zh: ['他爸那', '她爸那', '他爸家', '她爸家', '爸爸那里', '爸爸那边', '爸爸家', '前夫家', '前夫那', '前妻家', '妈妈那边', '探视', '去他爸', '去她爸'],
  ko: ['아빠 집', '아빠네', '아빠한테 갈', '아빠한테 가', '전남편 집', '전 남편 집', '전남편한테', '엄마 집', '면접교섭'],
  vi: ['nhà bố', 'nhà ba', 'nhà mẹ', 'nhà chồng cũ', 'nhà vợ cũ', 'bên bố', 'bên ba'],
  ne: ['बुबाको घर', 'बाबाको घर', 'बुबाकहाँ', 'बाबाकहाँ', 'आमाको घर', 'buba ko ghar', 'bubako ghar', 'baba ko ghar', 'babako ghar', 'bubakaha', 'babakaha'],
  tl: ['sa tatay niya', 'sa tatay nya', 'sa papa niya', 'sa papa nya', 'sa nanay niya', 'sa ex ko', 'bahay ng tatay', 'bahay ng papa', 'bahay ng ex', 'bumalik sa tatay'],
  pt: ['casa do pai', 'casa da mãe', 'casa do meu ex', 'casa do ex', 'fim de semana com o pai', 'visita ao pai', 'guarda compartilhada'],
  id: ['rumah ayahnya', 'rumah bapaknya', 'rumah papanya', 'rumah ibunya', 'rumah mamanya', 'rumah mantan'],
};

/** Pass 26 (helper B): crises told by their signs, each beside its harmless reading. */
// ── pass 27: a last message then silence; borrowed things returned with a sorry to the parents ──

/**
 * A last message that closes for good: goodbye, sorry everyone, thanks for everything, "I'm going first", "after
 * I'm gone, you take care of …" (never "see you", "bye for now", "sorry I'm late").
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LAST_WORDS: Lists = {
  ja: ['さようなら', 'さよなら', 'さよーなら', 'みんなごめん', 'みんな ごめん', 'みんなごめんね', '今までありがとう', 'いままでありがとう', 'いままで ありがとう', '先に逝く', '先にいくね', 'さきにいくね', 'さき に いく', '私がいなくなったら', 'わたしがいなくなったら', 'わたし が いなくなったら'],
  en: ['goodbye', 'good bye', 'sorry everyone', 'sorry for everything', 'thank you for everything', 'thanks for everything', 'bye everyone', 'farewell', 'im going first', 'when im gone', 'if im gone', 'after im gone', 'once im gone'],
  zh: ['再见了', '永别', '对不起大家', '大家对不起', '大家保重', '我先走了', '先走一步', '谢谢大家这些年', '等我不在了', '我不在了以后', '我走了以后'],
  ko: ['미안 먼저 가', '미안해 먼저 가', '미안하다 먼저 가', '먼저 가서 미안', '먼저 간다 미안', '다들 미안', '모두 미안', '다들 고마웠', '모두 고마웠', '다들 안녕', '안녕히 계세요', '그동안 고마웠', '내가 없으면', '내가 없어지면'],
  vi: ['tạm biệt mọi người', 'vĩnh biệt', 'xin lỗi mọi người', 'cảm ơn vì tất cả', 'khi tôi không còn', 'khi em không còn', 'khi mình không còn', 'nếu em không còn', 'nếu tôi không còn'],
  ne: ['अलविदा', 'सबैलाई माफ', 'म नभएपछि', 'म नरहेपछि', 'alvida', 'alwida', 'sabai lai maaf', 'ma nabhaepachhi', 'ma nabhayepachhi', 'ma narahepachhi'],
  tl: ['paalam', 'pag wala na ko', 'pag wala na ako', 'kapag wala na ko', 'kapag wala na ako', 'pag nawala na ko', 'pag nawala na ako', 'salamat sa lahat', 'sorry sa lahat', 'patawad sa lahat', 'patawarin nyo ako'],
  pt: ['adeus', 'desculpa a todos', 'desculpem todos', 'perdão a todos', 'obrigada por tudo', 'obrigado por tudo', 'quando eu não estiver mais', 'quando eu me for', 'se eu não estiver mais'],
  id: ['selamat tinggal', 'maaf semuanya', 'maafkan aku semua', 'terima kasih untuk semuanya', 'makasih untuk semuanya', 'kalau aku sudah tidak ada', 'kalau aku udah gak ada', 'kalau saya sudah tidak ada'],
};
/**
 * …then silence: the phone switched off, no contact since, the group chat left, never read — or heading for the
 * river or the bridge (a friend's absence alone, a phone out of battery after "see you", stays quiet).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THEN_SILENCE: Lists = {
  ja: ['連絡がない', '連絡がありません', '連絡が取れ', '連絡がとれ', 'れんらくがない', 'れんらくがありません', 'れんらく が ない', 'れんらく が ありません', 'れんらく が とれ', '電源が切れて', '電源が入って', '電源を切', 'でんげん が きれて', 'でんげんがきれて', '既読にならな', 'きどくにならな', 'グループを抜け', 'グループを退会', 'トークを退出', '川の方へ', '川のほうへ', '橋の方へ'],
  en: ['phone is off', 'phone is switched off', 'phone is turned off', 'phone went off', 'phone has been off', 'turned off her phone', 'turned off his phone', 'switched off her phone', 'switched off his phone', 'no contact since', 'havent heard from him since', 'havent heard from her since', 'cant reach him since', 'cant reach her since', 'left the group', 'left the chat', 'toward the river', 'towards the river', 'toward the bridge', 'towards the bridge'],
  zh: ['手机关机', '电话关机', '关机了', '联系不上', '再也没联系', '一直没联系', '再没回复', '退群', '退出了群', '往河边', '往江边', '往桥那边', '去河边了', '去江边了'],
  ko: ['전화는 꺼져', '전화가 꺼져', '폰이 꺼져', '폰은 꺼져', '휴대폰이 꺼져', '핸드폰이 꺼져', '전원이 꺼져', '연락이 안 돼', '연락이 안 되', '연락이 안돼', '연락이 없', '방을 나갔', '단톡방을 나갔', '단톡방에서 나갔', '강 쪽으로', '강가 쪽으로', '다리 쪽으로', '한강 쪽으로'],
  vi: ['tắt máy', 'điện thoại tắt', 'tắt điện thoại', 'không liên lạc được', 'mất liên lạc', 'không thấy liên lạc', 'rời nhóm', 'thoát nhóm', 'ra phía sông', 'ra phía cầu', 'về phía sông'],
  ne: ['फोन बन्द', 'सम्पर्क छैन', 'सम्पर्कमा छैन', 'phone banda', 'phone off', 'sampark chaina', 'sampark chhaina', 'sampark ma chaina', 'group chhodyo', 'khola tira', 'nadi tira', 'pul tira'],
  tl: ['off na phone', 'off na ang phone', 'off ang phone', 'naka off ang phone', 'nakapatay ang phone', 'patay na ang phone', 'patay ang cellphone', 'hindi na makontak', 'di na makontak', 'hindi ko na makontak', 'wala nang contact', 'umalis sa gc', 'umalis sa group', 'papuntang ilog', 'papunta sa ilog', 'papunta sa tulay'],
  pt: ['celular desligado', 'telefone desligado', 'desligou o celular', 'desligou o telefone', 'celular tá desligado', 'sem contato desde', 'não consigo contato', 'ninguém consegue falar', 'saiu do grupo', 'em direção ao rio', 'pro lado do rio', 'em direção à ponte'],
  id: ['hp mati', 'hpnya mati', 'hp nya mati', 'handphone mati', 'ponselnya mati', 'nomornya tidak aktif', 'nomornya gak aktif', 'tidak bisa dihubungi', 'gak bisa dihubungi', 'ga bisa dihubungi', 'keluar dari grup', 'keluar grup', 'ke arah sungai', 'ke arah jembatan'],
};
/** The last message named ("his last message was …"): with a goodbye inside it, the goodbye is the last word. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LAST_MESSAGE: Lists = {
  ja: ['最後のメッセージ', 'さいごのメッセージ', 'さいご の メッセージ', '最後のライン', '最後のline', '最後のメール', 'さいごのメール', '最後に来たメッセージ', '最後に届いた'],
  en: ['last message', 'last text', 'final message', 'last thing he wrote', 'last thing she wrote', 'last thing he sent', 'last thing she sent'],
  zh: ['最后一条消息', '最后一条信息', '最后一条微信', '最后的消息', '最后发来', '最后一句话'],
  ko: ['마지막 메시지', '마지막 메세지', '마지막 문자', '마지막 카톡', '마지막으로 보낸'],
  vi: ['tin nhắn cuối cùng', 'tin nhắn cuối', 'lời nhắn cuối cùng', 'tin cuối cùng'],
  ne: ['अन्तिम म्यासेज', 'अन्तिम सन्देश', 'antim message', 'antim msg', 'last message'],
  tl: ['huling message', 'huling text', 'huling chat', 'last message', 'huli niyang message'],
  pt: ['última mensagem', 'ultima msg', 'última msg', 'a última coisa que ele escreveu', 'a última coisa que ela escreveu'],
  id: ['pesan terakhir', 'chat terakhir', 'pesan terakhirnya', 'chat terakhirnya', 'sms terakhir'],
};
/** Everything borrowed given back, by the writer or a friend ("I returned all I borrowed"). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BORROWED_RETURNED: Lists = {
  ja: ['借りてたものを全部返', '借りていたものを全部返', '借りたものを全部返', '借りてた物を全部返', 'かりてたものをぜんぶかえ', 'かりたものをぜんぶかえ', '借りてたものは全部返', '借りた物は全部返'],
  en: ['returned everything i borrowed', 'gave back everything i borrowed', 'returned all the things i borrowed', 'returned all i borrowed', 'returned what i borrowed', 'gave back what i borrowed', 'returned everything he borrowed', 'returned everything she borrowed'],
  zh: ['借的东西都还了', '借的东西全还了', '借的东西全部还', '把借的东西都还', '把借的东西全还', '借来的东西都还'],
  ko: ['빌린 거 다 돌려', '빌린 것 다 돌려', '빌린 걸 다 돌려', '빌린 물건 다 돌려', '빌린 물건을 다 돌려', '빌린 것을 다 돌려', '빌린 책 다 돌려'],
  vi: ['trả hết đồ mượn', 'trả hết đồ đã mượn', 'trả lại hết đồ mượn', 'trả hết những gì đã mượn', 'trả hết đồ của bạn', 'trả hết những thứ đã mượn'],
  ne: ['सापटी लिएको सबै फिर्ता', 'लिएको सबै सामान फिर्ता', 'sapati liyeko sabai phirta', 'saapati liyeko sabai phirta', 'liyeko sabai saman phirta', 'liyeko saman sabai phirta'],
  tl: ['isinauli ko lahat ng hiniram', 'sinauli ko lahat ng hiniram', 'ibinalik ko lahat ng hiniram', 'binalik ko lahat ng hiniram', 'ibinalik ko na lahat ng hiniram', 'isinauli na lahat ng hiniram'],
  pt: ['devolvi tudo que peguei emprestado', 'devolvi tudo o que peguei emprestado', 'devolvi as coisas que peguei emprestad', 'devolvi tudo que me emprestaram', 'devolveu tudo que pegou emprestado'],
  id: ['barang pinjaman sudah kukembalikan', 'semua barang pinjaman sudah', 'sudah kukembalikan semua barang', 'udah aku balikin semua barang', 'ngembaliin semua barang pinjaman', 'mengembalikan semua barang pinjaman'],
};
/** …with a sorry sent to the parents or to everyone, or one's own things left to someone. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SORRY_TO_THE_PARENTS: Lists = {
  ja: ['親に謝', 'おやにあやま', '両親に謝', 'りょうしんにあやま', 'お母さんごめん', 'おかあさんごめん', 'お父さんごめん', 'おとうさんごめん', 'みんなごめん', '親不孝でごめん', '私の物は', 'わたしのものは'],
  en: ['apologised to my parents', 'apologized to my parents', 'said sorry to my parents', 'texted my parents sorry', 'sorry mum and dad', 'sorry mom and dad', 'sorry to everyone', 'left my things to', 'left my stuff to', 'my things go to'],
  zh: ['对不起爸妈', '对不起爸爸妈妈', '跟爸妈道歉', '向爸妈道歉', '给爸妈道歉', '对不起大家', '我的东西留给', '我的东西都留给'],
  ko: ['부모님께 죄송', '부모님께 사과', '부모님한테 미안', '엄마 아빠 미안', '다들 미안', '내 물건은', '내 짐은'],
  vi: ['xin lỗi bố mẹ', 'xin lỗi ba mẹ', 'xin lỗi cha mẹ', 'xin lỗi mọi người', 'đồ của em thì để lại', 'đồ của tôi để lại', 'để lại cho bạn'],
  ne: ['आमाबुबासँग माफी', 'आमाबुबालाई माफ', 'सबैसँग माफी', 'aama buba sanga maafi', 'aamabuba sanga maafi', 'sabai sanga maafi', 'mero saman', 'मेरो सामान'],
  tl: ['sorry ma pa', 'sorry mama papa', 'patawarin nyo ako ma', 'sorry sa lahat', 'patawad sa lahat', 'iniwan ko ang mga gamit ko', 'sa iyo na ang mga gamit ko'],
  pt: ['pedi desculpas aos meus pais', 'pedi perdão aos meus pais', 'desculpa mãe e pai', 'desculpa pai e mãe', 'desculpa a todos', 'deixei minhas coisas', 'minhas coisas ficam'],
  id: ['minta maaf ke orang tua', 'minta maaf sama orang tua', 'maafin aku bu', 'maafkan aku bu', 'maaf semuanya', 'barang barangku', 'barang barang saya'],
};

export const TOLD_BY_SIGNS_CONCEPTS: readonly Concept[] = [
  {
    // 「手上又多了幾條新的傷口，長袖都不敢脫」, "new cuts on my arm again, long sleeves so nobody sees", «Saya sering
    // lukain tangan sendiri pakai cutter kalau stres»: self-harm told by its marks hidden from sight, or by the
    // habit of hurting one's own arm when things get bad. (A cat's scratches, a kitchen or a factory cut, a
    // skin condition or a tattoo under long sleeves: the marks with their cause.)
    name: 'self-harm told by its marks hidden under long sleeves, or by the habit of cutting one’s own arm when stressed',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [
        { reach: near(l, 24, 60), acrossSentences: 1, a: CUT_MARKS[l], b: HIDDEN_FROM_SIGHT[l] },
        { reach: near(l, 24, 60), acrossSentences: 1, a: HURT_MY_OWN[l], b: WHEN_IT_GETS_BAD[l] },
      ],
      idioms: [
        ...eitherWay(
          ORDINARY_CUTS[l],
          [...CUT_MARKS[l], ...HURT_MY_OWN[l], ...ANY_WOUND[l]],
          near(l, 16, 40),
          1,
        ),
        { reach: near(l, 6, 16), a: CUT_MARKS[l], b: FROM_WORK[l] },
        // (a blade that slipped: «kena cutter waktu kerja», 'tergores pisau')
        ...(l === 'id'
          ? [
              {
                reach: 4,
                a: ['kena', 'ketusuk', 'tergores', 'keiris', 'kegores', 'teriris'],
                b: ['cutter', 'pisau', 'silet', 'beling', 'kaca'],
              },
            ]
          : []),
      ],
      ...(l === 'id'
        ? {
            say: [
              'lukain tangan sendiri',
              'lukai tangan sendiri',
              'melukai tangan sendiri',
              'lukain tanganku sendiri',
              'nyakitin tangan sendiri',
              'lukain diri sendiri',
              'ngelukain diri sendiri',
              'sayat tangan sendiri',
              'gores tangan sendiri',
              'nyayat tangan sendiri',
            ],
          }
        : l === 'en'
          ? {
              say: [
                'cut my own arm',
                'cut my own wrist',
                'cutting my own arm',
                'cutting my own wrist',
                'hurt my own arm',
                'hurting my own arm',
              ],
            }
          : {}),
    })),
  },
  {
    // «dori kinisake. aaja rati ho», "bought the rope. tonight", 「ロープを買った。今夜」: a rope got and the time set,
    // as people type it (romanised Nepali and Hindi, romaji). The rope for the washing line, a move, camping or a
    // typhoon is not.
    name: 'a rope bought or ready, and tonight',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [{ reach: near(l, 24, 48), acrossSentences: 1, a: ROPE_GOT[l], b: TONIGHT[l] }],
      // (the purpose said right beside the rope: «tali sudah kubeli buat jemuran»; a purpose reported further off —
      // «beli tali tambang kemaren, bilangnya buat jemuran haha» — is the cover story, and no idiom)
      idioms: eitherWay(ROPE_GOT[l], ROPE_FOR[l], near(l, 6, 12)),
    })),
  },
  {
    // «동생이 … 노트북이랑 게임기를 저한테 주면서 '형 이제 이거 필요 없어' 했어요. 지금 방문 잠그고 대답이 없어요»,
    // «Meu filho me deu o videogame e o tênis que ele mais gosta … Agora tá trancado no quarto e não responde»:
    // the most prized things given away, "I don't need this anymore", and then a locked room and no answer. A gift
    // for a reason (a new one bought, off to university, a move), a door locked after a quarrel, is not.
    name: 'prized things given away, “I don’t need this anymore”, then a locked room and no answer',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [
        { reach: near(l, 80, 200), acrossSentences: 2, a: givenThings(l), b: LOCKED_AND_SILENT[l] },
        { reach: near(l, 60, 150), acrossSentences: 2, a: WONT_NEED_IT[l], b: LOCKED_AND_SILENT[l] },
        {
          reach: near(l, 40, 100),
          acrossSentences: 1,
          farewell: true,
          a: givenThings(l),
          b: WONT_NEED_IT[l],
        },
      ],
      idioms: eitherWay(givenThings(l), GIFT_REASON[l], near(l, 20, 60), 1),
    })),
  },
  {
    // «làm sao để hủy hợp đồng điện thoại với tài khoản ngân hàng … Em muốn mọi thứ gọn gàng trước chủ nhật. Sau chủ
    // nhật em không cần gì nữa»: accounts and contracts closed so all is tidy before a day, and nothing needed
    // after it. Going home to one's country or moving (the case closes with it) is not.
    name: 'accounts and contracts closed so all is tidy before a day, after which nothing is needed',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [
        {
          reach: near(l, 60, 160),
          acrossSentences: 2,
          farewell: true,
          a: ALL_CLOSED_AND_TIDY[l],
          b: NOTHING_NEEDED_AFTER[l],
        },
      ],
    })),
  },
  {
    // «엄마가 아빠 간병 3년째인데 … '아빠 모시고 같이 가는 게 낫겠다, 너희한테 짐 되기 싫다'»: a worn-out carer who
    // would take the one cared for along — "better we go together" — and not be a burden: a murder-suicide risk.
    // Going together to the hospital, on a trip or home is not.
    name: 'a worn-out carer: better we go together, I will take him with me, I don’t want to be a burden',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [{ reach: near(l, 40, 100), acrossSentences: 1, a: GO_TOGETHER[l], b: NOT_A_BURDEN[l] }],
      idioms: eitherWay(GO_TOGETHER[l], A_PLACE_TO_GO[l], near(l, 8, 20)),
    })),
  },
  {
    // «छेउको कोठाबाट ढ्याङढ्याङ आवाज आइरहेको छ, दिदी 'नगर्नुस् नगर्नुस्' भनेर रोइरहनुभएको छ»: violence heard now
    // through the wall — thuds, and someone crying "don't, stop". Furniture moved, children running, a match on TV
    // is not.
    name: 'violence heard through the wall now: thuds and someone crying “don’t, stop”',
    signal: 'violence',
    words: inEachLanguage((l) => ({
      pairs: [{ reach: near(l, 30, 80), acrossSentences: 1, a: BLOWS_HEARD[l], b: PLEADING[l] }],
      idioms: eitherWay(BLOWS_HEARD[l], HARMLESS_NOISE[l], near(l, 16, 40), 1),
    })),
  },
  {
    // "my son came home from his dad's with bruises again … he shakes when it's time to go back": a child who
    // trembles at going back to the other parent's — whatever excuse he was taught to give for the bruises.
    name: 'a child who shakes when it is time to go back to the other parent’s',
    signal: 'child_abuse',
    words: inEachLanguage((l) => ({
      pairs: [{ reach: near(l, 40, 80), acrossSentences: 1, a: TREMBLES[l], b: BACK_TO_THE_OTHER_PARENT[l] }],
    })),
  },
  // ── pass 27 ──
  {
    // A last message that closes for good — goodbye, sorry everyone, thanks for everything, "after I'm gone, you look
    // after …" — and then silence: the phone off, no contact since, the group chat left, or heading for the river.
    // "See you" and a phone out of battery, or a friend simply not writing, stay quiet.
    name: 'a goodbye or a sorry posted, then the phone off, no contact since, or heading for the river',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [
        { reach: near(l, 60, 160), acrossSentences: 3, a: LAST_WORDS[l], b: THEN_SILENCE[l] },
        { reach: near(l, 20, 40), acrossSentences: 1, a: LAST_MESSAGE[l], b: LAST_WORDS[l] },
      ],
    })),
  },
  {
    // Everything borrowed given back, with a sorry to the parents or one's own things left to a roommate: a
    // preparation. Things returned on moving home, with thanks and a new address, have no sorry and stay quiet.
    name: 'everything borrowed given back, with a sorry to the parents or my things left to someone',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [
        { reach: near(l, 60, 160), acrossSentences: 3, a: BORROWED_RETURNED[l], b: SORRY_TO_THE_PARENTS[l] },
      ],
    })),
  },
];
