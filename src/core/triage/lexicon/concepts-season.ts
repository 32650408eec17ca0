import type { Concept, ConceptLanguage, Lists } from './concepts.ts';
import { eitherWay } from './concepts-safe.ts';
import { cross, inEachLanguage, near } from './extend-concepts.ts';

// ─── A child left over the holidays ──────────────────────────────────────────────────────────────────

/**
 * The parents away or not back: gone on a trip, home for the New Year, abroad, not come home, not
 * answering; or the child left or locked in at home on his own.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PARENTS_GONE: Lists = {
  ja: [
    ...cross(['親', 'おやが', '両親', 'りょうしん', '母', 'お母さん', 'おかあさん', 'ママが', 'ママは', '母親', 'ははおや', 'お父さん', 'おとうさん', 'パパが', 'パパは', '父親', 'ちちおや'],
      ['旅行', 'りょこう', '帰省', 'きせい', '実家に', 'じっかに', '海外', 'かいがい', '帰国', 'きこく', '帰ってこない', 'かえってこない', '帰ってきません', 'かえってきません', '帰ってきてない', 'かえってきてない', '帰ってきていない', '帰らない', 'かえらない', '戻らない', 'もどらない', '戻ってこない', 'もどってこない', '出て行った', 'でていった', '出かけたまま', 'でかけたまま', '連絡がつかない', 'れんらくがつかない', '家にいない', 'いえにいない', 'うちにいない'], '...'),
    '置いていかれ', 'おいていかれ', '置き去り', 'おきざり', 'ひとりにされ', '一人にされ', '子どもだけで', '子供だけで', 'こどもだけで', '閉じ込められ', 'とじこめられ', '鍵をかけて出かけ', 'かぎをかけてでかけ',
  ],
  en: [
    ...cross(['mum', 'mom', 'mummy', 'mommy', 'mother', 'dad', 'father', 'parents', 'parent'],
      ['hasnt come back', 'hasnt come home', 'has not come back', 'has not come home', 'havent come back', 'havent come home', 'have not come back', 'didnt come back', 'didnt come home', 'never came back', 'never came home', 'hasnt been home', 'havent been home', 'is away', 'are away', 'went away', 'went on holiday', 'went on vacation', 'went on a trip', 'went abroad', 'went back to', 'went home for', 'went travelling', 'went traveling', 'is on holiday', 'are on holiday', 'is on vacation', 'are on vacation', 'been gone', 'has been gone', 'have been gone', 'not answering'], ' '),
    'left me home alone', 'left me alone', 'left her home alone', 'left him home alone', 'left them home alone', 'left her alone at home', 'left him alone at home', 'left the kids alone', 'left the children alone', 'left her kids alone', 'left his kids alone', 'locked in the flat', 'locked in the apartment', 'locked in the house', 'locked him in', 'locked her in', 'locked them in',
  ],
  zh: [
    ...cross(['爸妈', '父母', '妈妈', '爸爸', '我妈', '我爸', '她妈', '他妈', '家长', '母亲', '父亲'],
      ['出国', '回国', '回老家', '回去过年', '旅游', '旅行', '度假', '出去了', '没回来', '没有回来', '一直没回', '还没回', '没回家', '不回家', '联系不上', '不在家'], '...'),
    '一个人留在家', '一个人丢在家', '一个人扔在家', '留在家里', '丢在家里', '扔在家里', '留我一个人', '把我一个人', '把孩子一个人', '把他一个人', '把她一个人', '关在家', '锁在家', '反锁在家',
  ],
  ko: [
    ...cross(['엄마가', '엄마는', '아빠가', '아빠는', '부모님이', '부모님은', '엄마 아빠가', '엄마랑 아빠가', '언니가', '언니는', '누나가', '엄마'],
      ['안 들어와', '안 들어오', '안 돌아와', '안 돌아오', '집에 안 와', '집에 안 오', '여행', '해외여행', '해외', '본국', '고향', '연락이 안', '연락 안'], '...'),
    '혼자 두고', '혼자 남겨', '두고 갔', '두고 나갔', '두고 여행', '가둬 두고', '가두고 나갔', '집에 가둬',
  ],
  vi: [
    ...cross(['bố mẹ', 'ba mẹ', 'cha mẹ', 'mẹ$', 'mẹ em', 'mẹ cháu', 'mẹ con', 'mẹ nó', 'mẹ bé', 'bố em', 'bố cháu'],
      ['về quê', 'về nước', 'về việt nam', 'về vn', 'đi du lịch', 'du lịch', 'đi nước ngoài', 'chưa về', 'không về', 'vẫn chưa về', 'đi làm xa', 'không liên lạc được', 'không nghe máy', 'bỏ đi'], '...'),
    ...cross(['để', 'bỏ'], ['ở nhà một mình', 'ở lại một mình', 'một mình ở nhà', 'ở nhà 1 mình'], '...'),
    'bỏ lại một mình', 'để lại một mình', 'nhốt trong nhà', 'khóa trong nhà', 'khóa cửa nhốt',
  ],
  ne: [
    ...cross(['आमाबुबा', 'आमाबुवा', 'आमा बुबा', 'आमा बुवा', 'बुबाआमा', 'बुवाआमा', 'आमा', 'बुबा', 'बुवा', 'अभिभावक', 'aamabuba', 'aama buba', 'aama buwa', 'aama', 'buba', 'buwa', 'mummy', 'papa'],
      ['नेपाल गए', 'नेपाल जानु', 'घुम्न गए', 'घुम्न जानु', 'फर्केका छैनन्', 'फर्केको छैन', 'फर्कनुभएको छैन', 'फर्किनुभएको छैन', 'घर आउनुभएको छैन', 'आएका छैनन्', 'काममा गएर', 'nepal gaye', 'nepal gaeka', 'ghumna gaye', 'pharkeka chhainan', 'farkeka chainan', 'pharkanu bhayeko chhaina', 'farkanu bhayeko chaina'], '...'),
    'एक्लै छोडेर', 'एक्लै छोडे', 'एक्लै छोडिएकी', 'एक्लै छोडिएको', 'एक्लै छाडेर', 'घरमा एक्लै', 'थुनेर गए', 'eklai chhodera', 'eklai chodera', 'eklai chhodiyeko', 'ghar ma eklai',
  ],
  tl: ['umuwi ng pinas', 'umuwi sa pinas', 'umuwi ng pilipinas', 'umuwi sa pilipinas', 'nagbakasyon', 'nag bakasyon', 'nagbabakasyon', 'iniwan ako', 'iniwan kami', 'iniwan siya', 'iniwan siyang', 'iniwan yung', 'iniwan ang', 'iniwang mag isa', 'iniwan mag isa', 'hindi pa umuuwi', 'di pa umuuwi', 'hindi umuuwi', 'di umuuwi', 'hindi na umuwi', 'di na umuwi', 'ikinulong sa bahay', 'kinulong sa bahay', 'nakakulong sa bahay', 'nakakandado sa bahay'],
  pt: ['foi viajar', 'foram viajar', 'viajou', 'viajaram', 'saiu de férias', 'foram de férias', 'foi pro brasil', 'foram pro brasil', 'voltou pro brasil', 'foi para o brasil', 'não voltou', 'não voltaram', 'me deixou sozinh', 'deixou sozinh', 'deixou...sozinh', 'deixou...trancad', 'trancado em casa', 'trancada em casa', 'trancados em casa', 'trancou...em casa', 'sozinho em casa', 'sozinha em casa', 'sozinhos em casa'],
  id: [
    ...cross(['orang tua', 'orang tuanya', 'ortu', 'ortunya', 'mama', 'mamanya', 'ibu', 'ibunya', 'papa', 'papanya', 'bapaknya', 'ayah', 'ayahnya'],
      ['nggak pulang', 'gak pulang', 'ga pulang', 'tidak pulang', 'belum pulang', 'tak pulang', 'liburan', 'ke luar negeri', 'mudik', 'pulang kampung', 'menghilang', 'nggak ada kabar', 'gak bisa dihubungi', 'tidak bisa dihubungi'], '...'),
    'ditinggal sendirian', 'ditinggal sendiri', 'ditinggalin sendirian', 'ditinggal di rumah', 'meninggalkan...sendirian', 'dikunci di rumah', 'dikunci dari luar', 'dikurung di rumah',
  ],
};

/**
 * The parents' trip told with its length («妈妈出国一个月了», "mum went on a trip to Manila for two weeks"): a trip
 * for a set time is no danger alone (a figure of speech of concepts-safe.ts), so the words of the trip are
 * written here with the length inside them, and nothing to eat beside them still alarms.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const TRIP_FOR_A_TIME: Partial<Lists> = {
  ja: cross(cross(['親', '両親', '母', 'お母さん', 'おかあさん', 'ママが', 'お父さん', 'おとうさん', 'パパが'], ['...旅行', '...りょこう', '...帰省', '...きせい', '...一時帰国', '...国に帰', '...くににかえ'], ''), ['...週間', '...しゅうかん', '...か月', '...かげつ', '...ヶ月'], ''),
  en: cross(cross(['mum', 'mom', 'mother', 'parents', 'dad'], ['...trip to', '...going back to', '...holiday in', '...vacation in', '...visiting family in'], ''), ['...weeks', '...months'], ''),
  zh: cross(cross(['妈', '爸妈', '父母', '爸爸', '家长'], ['...出国', '...回国', '...回老家', '...旅游', '...去旅行'], ''), ['...个星期', '...个礼拜', '...个月'], ''),
  ko: cross(cross(['엄마', '부모님', '아빠', '엄빠'], ['...여행', '...귀국', '...고향에'], ''), ['...주 동안', '...개월', '...달 동안'], ''),
  vi: cross(cross(['mẹ$', 'bố mẹ', 'ba mẹ', 'cha mẹ', 'mẹ em', 'mẹ cháu'], ['...về nước', '...về quê', '...đi du lịch', '...về việt nam'], ''), ['...tuần', '...tháng'], ''),
  pt: cross(['foi viajar', 'foram viajar', 'viajou', 'viajaram', 'saiu de férias', 'foram de férias', 'foi de férias'], ['...semanas', '...meses'], ''),
  id: cross(cross(['orang tua', 'ortu', 'mama', 'ibu', 'papa', 'ayah'], ['...mudik', '...pulang kampung', '...liburan ke'], ''), ['...minggu', '...bulan'], ''),
};

/**
 * Nothing left at home: no food, the fridge empty, nothing eaten, hungry, the child asking others for
 * food. (Not the money alone: a student whose parents went home for the New Year has run out of it too.)
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NOTHING_TO_EAT: Lists = {
  ja: ['食べ物がない', 'たべものがない', '食べ物がありません', 'たべものがありません', '食べるものがない', 'たべるものがない', '食べる物がない', '食べ物もない', 'たべものもない', 'ごはんがない', 'ごはんがありません', 'ご飯がない', 'ご飯がありません', 'ごはんもない', 'ご飯もない', '冷蔵庫が空', '冷蔵庫も空', '冷蔵庫がから', '冷蔵庫もから', 'れいぞうこがから', 'れいぞうこもから', '冷蔵庫に何も', 'れいぞうこになにも', 'お腹すいた', 'おなかすいた', 'おなかがすいた', 'お腹が空いた', 'お腹がすいた', 'おなかがすいて', 'お腹が空いて', 'お腹をすかせ', 'おなかをすかせ', '何も食べてない', 'なにもたべてない', '何も食べていない', 'なにもたべていない', '食べ物をもらいに', 'たべものをもらいに', '食べ物をください', 'ごはんをください', 'カップ麺ももうない'],
  en: ['no food', 'nothing to eat', 'nothing left to eat', 'nothing in the fridge', 'fridge is empty', 'fridge empty', 'empty fridge', 'food ran out', 'food has run out', 'run out of food', 'ran out of food', 'out of food', 'asking for food', 'asking us for food', 'asked us for food', 'asking me for food', 'asked me for food', 'asked for food', 'begging for food', 'hasnt eaten', 'havent eaten', 'not eaten', 'hungry', 'starving'],
  zh: ['冰箱空了', '冰箱也空了', '冰箱空空', '冰箱里什么都没有', '冰箱里也没什么', '冰箱里没什么', '冰箱什么都没', '没什么吃的', '没有吃的', '没吃的', '没东西吃', '没饭吃', '没有饭吃', '没有东西吃', '要吃的', '要东西吃', '讨吃的', '饿了', '好饿', '很饿', '饿着', '饿肚子', '没吃饭', '没吃东西', '什么都没吃', '吃的都没了'],
  ko: ['먹을 게 없', '먹을 것도 없', '먹을 것이 없', '먹을게 없', '먹을 거 없', '먹을 거리가 없', '밥이 없', '밥도 없', '냉장고가 텅', '냉장고도 텅', '냉장고가 비', '냉장고도 비', '아무것도 못 먹', '아무것도 안 먹', '아무 것도 못 먹', '굶', '배고프', '배가 고프', '먹을 걸 달라', '먹을 것 좀', '밥 좀 달라', '밥 달라'],
  vi: ['hết gạo', 'hết cơm', 'hết đồ ăn', 'hết thức ăn', 'không có gì ăn', 'không có gì để ăn', 'không có đồ ăn', 'không có cơm', 'chẳng có gì ăn', 'chả có gì ăn', 'tủ lạnh trống', 'tủ lạnh hết', 'tủ lạnh không còn', 'bị đói', 'đói bụng', 'đang đói', 'đói lắm', 'kêu đói', 'xin ăn', 'xin đồ ăn', 'xin cơm', 'chưa ăn gì', 'không được ăn', 'nhịn đói'],
  ne: ['खाना छैन', 'खाने कुरा छैन', 'खानेकुरा छैन', 'खाना सकियो', 'खाना सकिएको', 'भोकै', 'भोक लाग्यो', 'भोकाएको', 'भोकाएकी', 'खाना माग', 'केही खाएको छैन', 'khana chhaina', 'khana chaina', 'khane kura chhaina', 'khanekura chaina', 'khana sakiyo', 'bhokai', 'bhok lagyo', 'bhokaeko', 'khana mag', 'kehi khayeko chhaina'],
  tl: ['walang makain', 'wala nang makain', 'wala kaming makain', 'wala na kaming makain', 'wala siyang makain', 'wala na raw siyang makain', 'walang pagkain', 'wala nang pagkain', 'walang laman ang ref', 'walang laman ref', 'humingi ng pagkain', 'nanghingi ng pagkain', 'nanghihingi ng pagkain', 'humihingi ng pagkain', 'humingi ng makakain', 'gutom', 'nagugutom', 'hindi pa kumakain', 'di pa kumakain', 'hindi pa nakakakain', 'di pa nakakain'],
  pt: ['com fome', 'passando fome', 'acabou a comida', 'a comida acabou', 'comida acabou', 'sem comida', 'não tem comida', 'não tem nada pra comer', 'não tem nada para comer', 'nada pra comer', 'nada para comer', 'geladeira vazia', 'geladeira tá vazia', 'geladeira está vazia', 'pedindo comida', 'pediu comida', 'pedir comida', 'pedindo algo pra comer', 'não comeu nada', 'não come nada', 'sem comer'],
  id: ['gak ada makanan', 'nggak ada makanan', 'ga ada makanan', 'tidak ada makanan', 'tak ada makanan', 'di rumah nggak ada apa apa', 'di rumah gak ada apa apa', 'di rumah ga ada apa apa', 'di rumah tidak ada apa apa', 'gak ada yang bisa dimakan', 'nggak ada yang bisa dimakan', 'tidak ada yang bisa dimakan', 'minta makan', 'minta makanan', 'kelaparan', 'lapar', 'belum makan', 'kulkas kosong', 'makanan habis', 'makanan sudah habis', 'beras habis'],
};

/** A child alone at home (the child named: a grown son or an old mother alone is another matter). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CHILD_ALONE: Lists = {
  ja: cross(['子ども', '子供', 'こども', '息子', 'むすこ', '娘', 'むすめ', '小学生', 'しょうがくせい', '園児', '弟', 'おとうと', '妹', 'いもうと'], ['だけで', 'ひとりで', '一人で', 'がひとりで', 'が一人で', 'はひとりで', 'は一人で'], ''),
  en: cross(['son', 'daughter', 'kid', 'kids', 'child', 'children', 'boy', 'girl', 'brother', 'sister', 'toddler'], ['home alone', 'alone at home', 'alone in the flat', 'alone in the apartment', 'alone in the house', 'by himself at home', 'by herself at home', 'by themselves at home', 'on his own at home', 'on her own at home', 'on their own at home'], '...'),
  zh: cross(['孩子', '小孩', '儿子', '女儿', '孙子', '孙女', '弟弟', '妹妹', '宝宝'], ['一个人在家', '自己在家', '独自在家', '单独在家', '一个人待在家', '一个人留在家', '被留在家'], '...'),
  ko: cross(['아이가', '아이는', '애가', '애는', '아들이', '딸이', '동생이', '조카가', '아이 혼자', '애 혼자'], ['집에 혼자', '혼자 집에', '혼자 있', '혼자 남'], '...'),
  vi: cross(['con', 'bé', 'cháu', 'thằng bé', 'con bé', 'đứa nhỏ', 'em trai', 'em gái'], ['ở nhà một mình', 'một mình ở nhà', 'ở nhà 1 mình', 'ở lại một mình'], '...'),
  ne: cross(['छोरा', 'छोरी', 'बच्चा', 'नानी', 'भाइ', 'बहिनी', 'chhora', 'chhori', 'bachha', 'baccha', 'nani'], ['घरमा एक्लै', 'एक्लै घरमा', 'एक्लै छ', 'एक्लै छोड', 'ghar ma eklai', 'eklai chha', 'eklai chhod'], '...'),
  tl: cross(['anak', 'bata', 'pamangkin', 'kapatid', 'bunso'], ['mag isa sa bahay', 'mag isa sa apartment', 'naiwang mag isa', 'naiwan sa bahay', 'iniwang mag isa', 'iniwan sa bahay', 'nag iisa sa bahay'], '...'),
  pt: cross(['filho', 'filha', 'filhos', 'filhas', 'menino', 'menina', 'criança', 'crianças', 'irmão', 'irmã'], ['sozinho em casa', 'sozinha em casa', 'sozinhos em casa', 'sozinhas em casa', 'trancado em casa', 'trancada em casa', 'em casa sozinh'], '...'),
  id: cross(['anak', 'anaknya', 'adik', 'keponakan', 'bocah', 'anak sd'], ['sendirian di rumah', 'sendiri di rumah', 'di rumah sendirian', 'ditinggal sendirian', 'ditinggal sendiri'], '...'),
};

/** For days: a number of days, the days counted, since a holiday. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FOR_DAYS: Lists = {
  ja: ['日目', 'にちめ', '日間', 'にちかん', '日も', 'にちも', '日になり', 'にちになり', '日たち', '日経ち', '日がたち', 'にちがたち'],
  en: ['for days', 'days now', 'days on end', 'for two days', 'for three days', 'for four days', 'for five days', 'for a week', 'for a few days', 'for 2 days', 'for 3 days', 'for 4 days', 'for 5 days', 'for 6 days', 'for 7 days', 'since christmas', 'since new year', 'since boxing day'],
  zh: ['天了', '天没', '几天', '好几天', '多天', '两天', '三天', '四天', '五天', '一个星期', '一周'],
  ko: [...cross(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], ['일째', '일 동안', '일이나', '일 넘게', '일 됐']), '이틀', '사흘', '나흘', '며칠', '일주일'],
  vi: ['mấy hôm', 'mấy ngày', 'nhiều ngày', 'hai ngày', 'ba ngày', 'bốn ngày', 'năm ngày', '2 ngày', '3 ngày', '4 ngày', '5 ngày', 'cả tuần', 'một tuần'],
  ne: ['दिनदेखि', 'दिन देखि', 'दिन भयो', 'दिनसम्म', 'दिन सम्म', 'हप्ता भयो', 'din dekhi', 'dindekhi', 'din bhayo', 'din samma'],
  tl: ['araw na', 'ilang araw', 'dalawang araw', 'tatlong araw', 'apat na araw', 'limang araw', 'isang linggo'],
  pt: [...cross(['2', '3', '4', '5', '6', '7', 'dois', 'duas', 'três', 'quatro', 'cinco', 'vários', 'alguns'], [' dias']), 'há dias', 'faz dias', 'uma semana'],
  id: [...cross(['2', '3', '4', '5', '6', '7', 'dua', 'tiga', 'empat', 'lima', 'beberapa'], [' hari']), 'berhari hari', 'seminggu'],
};

// ─── A person with dementia missing ──────────────────────────────────────────────────────────────────

// biome-ignore format: each language's words stay on one line, easy to read side by side
const DEMENTIA: Lists = {
  ja: ['認知症', 'にんちしょう', 'アルツハイマー', '徘徊', 'はいかい'],
  en: ['dementia', 'alzheimer', 'alzheimers'],
  zh: ['失智', '认知症', '老年痴呆', '老人痴呆', '痴呆', '阿尔茨海默'],
  ko: ['치매', '알츠하이머'],
  vi: ['bị lẫn', 'lú lẫn', 'lẫn trí', 'sa sút trí tuệ', 'mất trí nhớ', 'suy giảm trí nhớ', 'alzheimer'],
  ne: ['डिमेन्सिया', 'डिमेंसिया', 'बिर्सने रोग', 'अल्जाइमर', 'dementia', 'alzheimer', 'birsane rog'],
  tl: ['dementia', 'alzheimer', 'ulyanin', 'makakalimutin'],
  pt: ['alzheimer', 'demência', 'demente'],
  id: ['pikun', 'demensia', 'dimensia', 'alzheimer'],
};

/**
 * Missing now: not back, nowhere to be found, searched for and not found. (Forms that a supposition does
 * not share: 「帰ってこない」, not 「いなくなった」, which 「いなくなったら」 begins; and not a wandering told as
 * a habit or as past — «hay đi lạc», «se perdeu», «tersesat» — nor money or memory «gone».)
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const MISSING: Lists = {
  ja: ['帰ってこない', 'かえってこない', '帰ってきません', 'かえってきません', '帰ってきてない', 'かえってきてない', '帰ってきていない', 'かえってきていない', '戻ってこない', 'もどってこない', '戻ってきません', 'もどってきません', '戻らない', 'もどらない', '見当たらない', 'みあたらない', '見つからない', 'みつからない', '見つかりません', 'みつかりません', 'さんがいません', 'ちゃんがいません', '母がいません', '父がいません', 'さんがいない', 'ちゃんがいない', '出て行ったまま', 'でていったまま', '出ていったまま', '出かけたまま', 'でかけたまま', '行方不明です', '行方不明になりました', '行方不明になっています', '行方不明になってる', 'ゆくえふめいです', 'ゆくえふめいになりました', '行方がわからない', 'ゆくえがわからない', 'どこにもいない', 'どこにもいません', 'いなくなりました', 'いなくなっちゃった', 'いなくなってしまった'],
  en: ['went missing', 'gone missing', 'is missing', 'has been missing', 'missing since', 'cant find her', 'cant find him', 'cannot find her', 'cannot find him', 'can not find her', 'can not find him', 'couldnt find her', 'couldnt find him', 'still havent found', 'hasnt come back', 'hasnt come home', 'has not come back', 'has not come home', 'hasnt returned', 'not back yet', 'still not back', 'nowhere to be found', 'no sign of her', 'no sign of him', 'out looking for her', 'out looking for him', 'searching for her', 'searching for him'],
  zh: ['走失', '走丢', '不见了', '还没回来', '没有回来', '一直没回', '还没回家', '没回家', '失踪', '下落不明', '找不到她', '找不到他', '找不到人', '都找不到', '到处找', '没找到'],
  ko: ['안 돌아오', '안 들어오', '돌아오지 않', '들어오지 않', '아직 안 오', '실종', '행방불명', '길을 잃', '찾을 수가 없', '찾을 수 없', '못 찾', '찾고 있는데', '안 보여'],
  vi: ['đi lạc từ', 'bị lạc từ', 'đang đi lạc', 'đi lạc mất', 'mất tích', 'chưa về', 'vẫn chưa về', 'không thấy đâu', 'đi đâu mất', 'tìm khắp nơi', 'tìm mãi không', ...cross(['không tìm thấy', 'tìm không thấy', 'tìm không ra', 'chưa tìm thấy', 'chưa tìm được'], ['bà', 'ông', 'mẹ', 'bố', 'ba', 'cụ', 'nội', 'ngoại'], ' ')],
  ne: ['हराउनुभयो', 'हराउनुभएको', 'हराउनु भयो', 'बेपत्ता', 'फर्कनुभएको छैन', 'फर्किनुभएको छैन', 'आउनुभएको छैन', 'भेटिनुभएको छैन', 'भेटिएको छैन', 'भेटिएन', 'haraunu bhayo', 'haraunubhayo', 'harainubhayo', 'bepatta', 'pharkanu bhayeko chhaina', 'farkanu bhayeko chaina', 'bhetiyena', 'bhetieko chhaina'],
  tl: ['nawawala', 'hindi pa umuuwi', 'di pa umuuwi', 'hindi pa bumabalik', 'di pa bumabalik', 'hindi mahanap', 'di mahanap', 'hindi namin mahanap', 'di namin mahanap', 'hinahanap namin siya', 'hinahanap siya', 'naligaw'],
  pt: ['desapareceu', 'desaparecida', 'desaparecido', 'sumiu', 'ainda não voltou', 'não voltou pra casa', 'não voltou para casa', 'não encontramos ela', 'não encontramos ele', 'não achamos ela', 'não achamos ele', 'está perdida', 'está perdido', 'tá perdida', 'tá perdido'],
  id: ['hilang sejak', 'belum pulang', 'belum ketemu', 'belum ditemukan', 'tidak ditemukan', 'hilang dari rumah', 'tersesat sejak'],
};

/** What makes it dangerous now: the night, snow, the cold, below zero, out in slippers or night clothes, hours gone. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NIGHT_OR_COLD: Lists = {
  ja: ['夜中', 'よなか', '深夜', 'しんや', '夜', 'よる', '雪', 'ゆき', '吹雪', 'ふぶき', '寒', 'さむ', '氷点下', 'マイナス', '零下', 'スリッパ', 'パジャマ', '寝間着', 'ねまき', '薄着', 'うすぎ', '裸足', 'はだし', '明け方', 'あけがた', '朝方'],
  en: ['tonight', 'last night', 'at night', 'overnight', 'midnight', 'pm$', 'snow', 'snowing', 'freezing', 'below zero', 'cold', 'slippers', 'pyjamas', 'pajamas', 'nightgown', 'nightclothes', 'barefoot', 'dark$', 'for hours', 'hours ago'],
  zh: ['半夜', '深夜', '夜里', '晚上', '今晚', '昨晚', '凌晨', '天黑', '下雪', '雪', '冷', '零下', '拖鞋', '睡衣', '光脚', '穿得很少', '几个小时', '一整夜'],
  ko: ['밤', '새벽', '한밤중', '자정', '어젯밤', '눈이', '눈 오', '폭설', '추운', '춥', '영하', '슬리퍼', '잠옷', '맨발', '얇게', '시간째', '몇 시간'],
  vi: ['ban đêm', 'đêm qua', 'đêm nay', 'nửa đêm', 'trong đêm', 'giữa đêm', 'cả đêm', 'từ tối', 'tối qua', 'tối nay', 'khuya', 'tuyết rơi', 'có tuyết', 'trời tuyết', 'lạnh lắm', 'trời lạnh', 'rất lạnh', 'lạnh quá', 'lạnh cóng', 'rét', 'độ âm', 'âm độ', 'đi dép', 'mang dép', 'dép lê', 'đồ ngủ', 'chân đất', 'mấy tiếng'],
  ne: ['राति', 'राती', 'रातभर', 'आधा रात', 'बेलुका', 'हिउँ', 'जाडो', 'चिसो', 'माइनस', 'चप्पल', 'raati', 'rati', 'raatbhar', 'beluka', 'hiu', 'jaado', 'jado', 'chiso', 'chappal'],
  tl: ['gabi', 'kagabi', 'hatinggabi', 'madaling araw', 'pm$', 'snow', 'niyebe', 'lamig', 'malamig', 'tsinelas', 'pajama', 'walang sapin'],
  pt: ['madrugada', 'noite', 'meia noite', 'neve', 'nevando', 'frio', 'gelado', 'abaixo de zero', 'chinelo', 'pijama', 'descalç', 'horas'],
  id: ['malam', 'tengah malam', 'dini hari', 'subuh', 'salju', 'dingin', 'minus', 'sandal', 'piyama', 'tanpa alas kaki', 'berjam jam'],
};

/** Found again, brought home, safe: the wandering told as over. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FOUND_AGAIN: Lists = {
  ja: ['保護されました', 'ほごされました', '保護された', 'ほごされた', '無事に見つか', 'ぶじにみつか', '無事に帰', 'ぶじにかえ', '無事保護', '本人が見つか', '父が見つか', '母が見つか', 'さんが見つか', 'さんがみつか', '帰ってきました', 'かえってきました', '戻ってきました', 'もどってきました', '連れて帰ってくれ', 'つれてかえってくれ'],
  en: ['found her safe', 'found him safe', 'police found her safe', 'police found him safe', 'police have found her', 'police have found him', 'was found safe', 'has been found', 'she is home now', 'he is home now', 'shes home now', 'hes home now', 'back home safe', 'is safe now', 'brought her home', 'brought him home'],
  zh: ['找到她了', '找到他了', '人找到了', '已经找到了', '找回来了', '被警察送回', '警察送回来', '已经平安回来', '平安回家了', '已经回来了'],
  ko: ['무사히 찾', '다행히 찾', '찾아서 모셔', '경찰이 찾아', '경찰이 데려', '무사히 발견', '발견되셨', '집에 돌아오셨', '귀가하셨'],
  vi: ['đã tìm thấy bà', 'đã tìm thấy ông', 'tìm thấy bà rồi', 'tìm thấy ông rồi', 'tìm được bà rồi', 'tìm được ông rồi', 'cảnh sát đưa về', 'công an đưa về', 'đã đưa về', 'đã về nhà', 'về nhà rồi'],
  ne: ['भेटिनुभयो', 'फेला पर्नुभयो', 'फर्किनुभयो', 'फर्कनुभयो', 'bhetinu bhayo', 'bhetinubhayo', 'pharkinu bhayo'],
  tl: ['nahanap na si', 'nahanap na namin si', 'nakita na namin si', 'nakauwi na', 'ibinalik ng pulis', 'hinatid ng pulis', 'ligtas na siya'],
  pt: ['já encontramos ela', 'já encontramos ele', 'já achamos ela', 'já achamos ele', 'foi encontrada', 'foi encontrado', 'a polícia trouxe', 'já voltou', 'já está em casa', 'já tá em casa'],
  id: ['sudah ketemu dan', 'alhamdulillah sudah ketemu', 'alhamdulillah ketemu', 'sudah pulang', 'udah pulang', 'ditemukan polisi', 'diantar polisi', 'diantar pulang'],
};

/**
 * Looking for a place for the person (a care home, a night stay, a helper) and finding none, or a
 * missing said as a habit: the search is for help, the wandering is no news of tonight.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CARE_SEARCH_OR_HABIT: Partial<Lists> = {
  ja: [...cross(['施設', 'しせつ', '預け先', 'あずけさき', '預けられる所', '預けられるところ', 'ショートステイ', 'デイサービス', 'ヘルパー', 'ケアマネ', '病院', 'びょういん', '医者', 'いしゃ', '相談先', '窓口', '場所', 'ばしょ', 'ところ'], ['を探しても見つか', 'をさがしてもみつか', 'を探したけど見つか', 'をさがしたけどみつか', 'が見つから', 'がみつから', 'が見つかりません', 'がみつかりません', 'は見つから', 'はみつから', 'も見つから', 'もみつから'], ''),
    ...cross(['帰ってこない', 'かえってこない', '戻ってこない', 'もどってこない', '戻らない', 'もどらない'], ['ことがある', 'ことがあります', 'ことが多い', 'ことがおおい', 'ことがよくある'], '')],
  zh: [...cross(['养老院', '护理机构', '机构', '设施', '日托', '护工', '保姆', '医生', '医院', '地方'], ['都找不到', '也找不到', '找不到', '没找到'], ''), ...cross(['找不到', '没找到'], ['养老院', '合适的', '护理', '机构', '设施', '日托', '护工', '保姆', '医生', '医院', '地方'], ''), '经常走失', '老是走失', '常常走失', '总是走失', '经常走丢', '老是走丢'],
  ko: [...cross(['요양원', '요양병원', '시설', '센터', '데이케어', '주간보호', '도우미', '요양보호사', '병원', '일자리'], ['을 못 찾', '를 못 찾', ' 못 찾', '을 찾을 수 없', '를 찾을 수 없', '을 찾을 수가 없', '를 찾을 수가 없', '을 찾고 있는데', '를 찾고 있는데'], ''),
    // (a fear for the older person named: never «나만 없어지면», «내가 안 돌아오면», the writer's own going)
    ...cross(['치매', '할머니가', '할아버지가', '엄마가', '아빠가', '어머니가', '아버지가', '시어머니가', '시아버지가'], ['...실종될까', '...실종되면', '...실종될 경우', '...길을 잃으면', '...길을 잃을까'], '')],
  vi: ['hay đi lạc', 'thường đi lạc', 'hay bị lạc', 'thường bị lạc', 'hay lạc đường'],
  tl: ['laging nawawala', 'palaging nawawala', 'madalas nawawala', 'nawawalan', 'nawawala ang', 'nawawala yung'],
  id: ['sering tersesat', 'suka tersesat', 'kadang tersesat'],
};

/**
 * A wandering supposed, in Chinese, with the writer saying it is asked ahead («如果失智的爷爷半夜走失，要先打给谁？他现在
 * 好好的，只是想先知道流程»): the supposition alone is not enough, for «如果有人看到请联系» opens a real search too.
 */
// biome-ignore format: one language
const SUPPOSED_AHEAD_ZH = {
  a: cross(['如果', '万一', '要是', '假如', '假设'], ['...走失', '...走丢'], ''),
  b: ['现在都好好的', '现在好好的', '现在没事', '只是想先', '想先知道', '先了解', '先问一下', '提前', '事先', '预先', '以防万一'],
};

// ─── Not come round after the bath ───────────────────────────────────────────────────────────────────

/** Collapsed, fainted, found in the bath or pulled out of it. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DOWN_IN_THE_BATH: Lists = {
  ja: ['倒れ', 'たおれ', '気を失', 'きをうしな', '浴槽から', 'よくそうから', '湯船から', 'ゆぶねから', 'お風呂から', 'おふろから', '引き上げ', 'ひきあげ', '引っ張り出', 'ひっぱりだ', '沈んで', 'しずんで'],
  en: ['collapsed', 'fainted', 'passed out', 'pulled him out', 'pulled her out', 'lifted him out', 'lifted her out', 'got him out', 'got her out', 'dragged him out', 'dragged her out', 'in the bath', 'in the tub', 'in the bathtub'],
  zh: ['晕倒', '昏倒', '晕过去', '昏过去', '倒在', '抱出来', '拉出来', '扶出来', '拖出来', '浴缸里', '泡澡'],
  ko: ['쓰러지', '쓰러져', '쓰러졌', '기절', '꺼냈는데', '꺼냈지만', '욕조에서 꺼', '목욕하다가', '목욕하다'],
  vi: ['ngất', 'xỉu', 'kéo ra', 'bế ra', 'lôi ra', 'trong bồn tắm', 'bồn tắm', 'lúc tắm'],
  ne: ['ढल्नुभयो', 'ढल्नुभएको', 'ढलेको', 'ढल्यो', 'ढलेर', 'ढल्नु', 'बेहोस', 'निकालेँ', 'निकालें', 'निकाल्यौं', 'निकाल्यौ', 'निकाल्यो', 'बाथटब', 'नुहाउँदा', 'dhalnu', 'dhaleko', 'dhalyo', 'nikalyau', 'nikalyaun', 'nikale', 'nikalyo', 'bathtub', 'nuhauda', 'nuhaunda'],
  tl: ['nahimatay', 'hinimatay', 'bumagsak', 'natumba', 'nailabas', 'inilabas', 'hinila', 'sa banyera', 'sa bathtub', 'sa ofuro', 'sa banyo'],
  pt: ['desmaiou', 'desmaiada', 'desmaiado', 'caiu', 'tiramos', 'tirei', 'tiraram', 'na banheira', 'no ofurô', 'no banho'],
  id: ['pingsan', 'jatuh', 'ambruk', 'diangkat', 'kami angkat', 'dikeluarkan', 'di bak mandi', 'di bathtub', 'di ofuro', 'di kamar mandi'],
};

/** Not come round, not waking, no answer. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NOT_COME_ROUND: Lists = {
  ja: ['意識が戻らない', '意識がもどらない', 'いしきがもどらない', '意識が戻りません', 'いしきがもどりません', '目を開けない', 'めをあけない', '目を覚まさない', 'めをさまさない', '目を覚ましません', '反応がない', 'はんのうがない', '返事がない', 'へんじがない'],
  en: ['hasnt come round', 'has not come round', 'not come round', 'wont come round', 'isnt coming round', 'not coming round', 'hasnt come to', 'not coming to', 'not waking up', 'wont wake up', 'hasnt woken up', 'still unconscious', 'not responding', 'unresponsive'],
  zh: ['醒不过来', '还没醒', '没醒过来', '叫不醒', '没有反应', '没反应', '不省人事', '没有意识', '失去意识'],
  ko: ['정신을 못 차리', '정신을 못차리', '정신을 안 차리', '의식이 안 돌아', '의식이 돌아오지 않', '의식이 없', '깨어나지 않', '깨어나지를 않', '깨어나질 않', '반응이 없'],
  vi: ['chưa tỉnh', 'không tỉnh', 'vẫn chưa tỉnh', 'không tỉnh lại', 'chưa tỉnh lại', 'gọi không dậy', 'gọi không tỉnh', 'không phản ứng', 'bất tỉnh'],
  ne: ['होस आएको छैन', 'होसमा आएको छैन', 'होस आउनुभएको छैन', 'होसमा आउनुभएको छैन', 'होस आएन', 'होसमा आएन', 'होस खुलेको छैन', 'hos aayeko chaina', 'hos aaeko chhaina', 'hos aayeko chhaina', 'hos ma aaunu bhayeko chaina', 'hos ma aaunu bhayeko chhaina', 'hosma aaunu bhayeko chaina', 'hosma aaunu bhayeko chhaina', 'hos aaunu bhayeko chaina', 'hos ma aayeko chaina', 'hos khuleko chaina'],
  tl: ['hindi pa rin nagkakamalay', 'hindi nagkakamalay', 'di nagkakamalay', 'hindi pa nagkakamalay', 'di pa nagkakamalay', 'walang malay', 'wala pa ring malay', 'hindi magising', 'di magising', 'hindi pa nagigising', 'hindi gumigising'],
  pt: ['não volta a si', 'não voltou a si', 'não acorda', 'não acordou', 'não reage', 'sem reação', 'desacordad', 'inconsciente'],
  id: ['belum siuman', 'tidak siuman', 'gak siuman', 'nggak siuman', 'belum sadar', 'belum sadarkan diri', 'tidak sadarkan diri', 'gak bangun', 'nggak bangun', 'tidak bangun', 'belum bangun'],
};

// ─── Suicide signs at the year's end ─────────────────────────────────────────────────────────────────

/** A pet, a coat, a treasured thing: what someone gives away. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PETS_AND_TREASURES: Lists = {
  ja: ['猫', 'ねこ', '犬', 'いぬ', 'ペット', '金魚', 'ハムスター', 'うさぎ', 'インコ', 'お気に入り', 'おきにいり', '大事にしていた', 'だいじにしていた', '大切にしていた', 'たいせつにしていた', '形見', 'かたみ', '指輪', 'ゆびわ'],
  en: ['cat$', 'cats$', 'dog$', 'dogs$', 'kitten', 'puppy', 'rabbit', 'hamster', 'parrot', 'budgie', 'pet$', 'pets$', 'fish$', 'favourite', 'favorite', 'treasured', 'precious', 'ring$', 'necklace'],
  zh: ['猫', '狗', '宠物', '鱼', '鸟', '心爱', '最喜欢的', '珍藏', '戒指', '项链'],
  ko: ['고양이', '강아지', '반려', '물고기', '아끼던', '아끼는', '제일 좋아하', '반지', '목걸이'],
  vi: ['con mèo', 'mèo', 'con chó', 'chó con', 'thú cưng', 'con cá', 'con chim', 'kỷ vật', 'đồ quý', 'yêu thích', 'chiếc nhẫn', 'dây chuyền'],
  ne: ['बिरालो', 'बिरालु', 'कुकुर', 'माछा', 'चरा', 'औंठी', 'biralo', 'birallo', 'kukur'],
  tl: ['pusa', 'aso', 'alaga', 'paborito', 'singsing', 'kwintas'],
  pt: ['gato', 'gata', 'gatinho', 'gatinha', 'cachorro', 'cachorra', 'bichinho', 'peixe', 'passarinho', 'favorit', 'preferid', 'anel', 'colar'],
  id: ['kucing', 'anjing', 'peliharaan', 'ikan', 'burung', 'kesayangan', 'favorit', 'cincin', 'kalung'],
};

/** Clothes and other belongings, given away as well. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BELONGINGS: Lists = {
  ja: ['コート', 'マフラー', 'ジャケット', '服', 'ふく', '持ち物', 'もちもの', '本', 'ほん'],
  en: ['coat', 'jacket', 'scarf', 'watch$', 'guitar', 'jewellery', 'jewelry', 'books', 'plants', 'camera', 'things$', 'stuff$'],
  zh: ['大衣', '外套', '围巾', '手表', '东西', '书'],
  ko: ['코트', '외투', '패딩', '목도리', '시계', '물건'],
  vi: ['áo khoác', 'khăn', 'đồng hồ', 'đồ đạc', 'sách'],
  ne: ['कोट', 'ज्याकेट', 'सल', 'घडी', 'सामान', 'coat', 'jacket', 'saman', 'samaan'],
  tl: ['jacket', 'coat', 'relo', 'gamit'],
  pt: ['casaco', 'jaqueta', 'cachecol', 'relógio', 'coisas dela', 'coisas dele', 'livros'],
  id: ['jaket', 'mantel', 'syal', 'jam tangan', 'barang', 'buku'],
};

/** Given to me, left with me, handed over. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GIVEN_ME: Lists = {
  ja: ['をくれ', 'くれて', 'くれました', 'くれた', 'もらって', 'もらった', '譲ってくれ', 'ゆずってくれ', '預けて', 'あずけて', '預かって', 'あずかって', '託され', 'たくされ', '引き取って', 'ひきとって'],
  en: ['gave me', 'handed me', 'left me', 'gives me', 'giving me', 'asked me to take', 'asked me to look after', 'asked me to keep', 'wants me to have', 'wanted me to have', 'wants me to take', 'gave away', 'giving away'],
  zh: ['送给我', '送我', '给了我', '交给我', '托付给我', '留给我', '让我养', '让我帮她养', '让我帮他养', '送人了', '送给了我'],
  ko: ['맡기', '맡겼', '주면서', '주더니', '줬어', '줬는데', '주었', '건네', '넘겨', '나한테 주', '저한테 주', '키워 달라', '키워달라'],
  vi: ['cho em', 'cho tôi', 'cho mình', 'cho tao', 'tặng em', 'tặng tôi', 'tặng mình', 'gửi em', 'gửi tôi', 'nhờ em nuôi', 'nhờ tôi nuôi', 'nhờ em giữ', 'nhờ tôi giữ', 'giao cho em', 'giao cho tôi', 'để lại cho em', 'để lại cho tôi', 'cho lại em', 'cho lại tôi'],
  ne: ['मलाई दिइन्', 'मलाई दियो', 'मलाई दिए', 'मलाई दिनुभयो', 'मलाई दिई', 'मलाई सुम्पि', 'मलाई राख्न दि', 'मलाई पाल्न दि', 'malai diyo', 'malai diin', 'malai dinubhayo', 'malai die', 'malai dinu bhayo'],
  tl: ['binigay sa akin', 'ibinigay sa akin', 'binigay niya', 'ibinigay niya', 'bigay niya', 'pinaampon', 'ipinaampon', 'iniwan sa akin', 'ipinagkatiwala', 'ibinilin sa akin', 'binilin sa akin'],
  pt: ['me deu', 'me entregou', 'me pediu pra ficar com', 'me pediu para ficar com', 'me pediu pra cuidar', 'me pediu para cuidar', 'deixou comigo', 'me passou'],
  id: ['ngasih', 'ngasi', 'kasih ke aku', 'kasih ke saya', 'kasih aku', 'kasih saya', 'memberikan', 'dikasih', 'nitip', 'nitipin', 'menitipkan', 'dititipkan', 'diberikan ke'],
};

/** "In case I don't see you (again)", "we may not meet again": a goodbye veiled as a precaution. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const MAY_NOT_MEET_AGAIN: Lists = {
  ja: ['もう会えないかも', 'もうあえないかも', '会えなくなるかも', 'あえなくなるかも', '二度と会えない', 'にどとあえない', 'もう会えない', 'もうあえない', 'もう会うことはない', 'これが最後かも', 'これがさいごかも', '会えるのは最後', 'あえるのはさいご'],
  en: ['in case i dont see you', 'in case i do not see you', 'in case we dont see each other', 'in case i never see you', 'if i dont see you again', 'if we dont see each other again', 'may not see you again', 'might not see you again', 'wont see you again', 'never see you again', 'we may not meet again', 'might not be around'],
  zh: ['万一见不到', '以后见不到', '可能见不到', '再也见不到', '不会再见', '见不到了', '见不着了', '最后一次见', '可能再也见不'],
  ko: ['다시 못 볼 수도', '다시 못 볼지도', '다시는 못 볼', '못 볼 수도 있', '다시 못 만날', '못 만날 수도', '혹시 못 보면', '못 보게 되면', '마지막일 수도'],
  vi: ['lỡ không gặp lại', 'nhỡ không gặp lại', 'có thể không gặp lại', 'chắc không gặp lại', 'không gặp lại nữa', 'sẽ không gặp lại', 'phòng khi không gặp lại', 'sợ không gặp lại', 'không còn gặp lại', 'gặp lần cuối'],
  ne: ['फेरि भेट नहुन सक्छ', 'फेरि भेट नहोला', 'फेरि भेट हुँदैन', 'भेट नहुन सक्छ', 'अब भेट नहोला', 'फेरि नभेटिन सक्छ', 'pheri bhet nahuna sakchha', 'feri bhet nahuna sakchha', 'pheri bhet nahuna sakxa', 'pheri bhet nahola', 'feri bhet nahola', 'bhet nahuna sakchha', 'bhet nahuna sakxa'],
  tl: ['baka hindi na tayo magkita', 'baka di na tayo magkita', 'baka hindi na kami magkita', 'hindi na tayo magkikita', 'di na tayo magkikita', 'kung hindi na tayo magkita', 'kung di na tayo magkita', 'baka huling pagkikita'],
  pt: ['caso eu não te veja', 'caso a gente não se veja', 'se eu não te ver mais', 'se a gente não se ver mais', 'caso não nos vejamos', 'não vou te ver mais', 'talvez a gente não se veja', 'talvez não nos vejamos', 'pode ser que a gente não se veja'],
  id: ['kalau gak ketemu lagi', 'kalau nggak ketemu lagi', 'kalau ga ketemu lagi', 'kalau tidak ketemu lagi', 'kalau tidak bertemu lagi', 'kalo gak ketemu lagi', 'kalo ga ketemu lagi', 'kalo nggak ketemu lagi', 'mungkin gak ketemu lagi', 'mungkin nggak ketemu lagi', 'mungkin tidak bertemu lagi', 'mungkin tidak ketemu lagi', 'siapa tahu gak ketemu lagi', 'takut gak ketemu lagi', 'gak bakal ketemu lagi', 'nggak akan ketemu lagi', 'tidak akan bertemu lagi'],
};

/** The giver low: down, depressed, not herself. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GIVER_LOW: Lists = {
  ja: ['落ち込んで', 'おちこんで', '元気がない', 'げんきがない', 'ふさぎこんで', '塞ぎ込んで', 'うつ', '鬱', '沈んで'],
  en: ['been down', 'feeling down', 'so down', 'really down', 'very down', 'been low', 'feeling low', 'so low', 'really low', 'very low', 'depressed', 'not herself', 'not himself', 'withdrawn', 'in a dark place'],
  zh: ['情绪很低落', '情绪低落', '低落', '抑郁', '消沉', '闷闷不乐'],
  ko: ['우울', '기운이 없', '처져 있', '의욕이 없', '힘들어 보'],
  vi: ['trầm cảm', 'buồn lắm', 'suy sụp', 'chán nản', 'buồn bã', 'u sầu', 'tâm trạng không tốt'],
  ne: ['उदास', 'निराश', 'डिप्रेसन', 'दुःखी', 'udas', 'nirash', 'depression'],
  tl: ['down', 'malungkot', 'depressed', 'matamlay', 'lugmok'],
  pt: ['pra baixo', 'para baixo', 'deprimid', 'abatid', 'desanimad'],
  id: ['murung', 'depresi', 'down', 'putus asa', 'lesu'],
};

/** An ordinary reason to give a pet or a coat away: a move, going home, an allergy, a new one bought, too small. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ORDINARY_REASON: Lists = {
  ja: ['引っ越', 'ひっこ', '帰国', 'きこく', '国に帰る', 'くににかえる', 'アレルギー', 'あれるぎー', '新しいのを買', 'あたらしいのをか', 'サイズが合わ', '小さくな', 'ちいさくな', '飼えなくな', 'かえなくな', 'ペット禁止', 'ぺっときんし'],
  en: ['moving back', 'moving to', 'moving house', 'moving abroad', 'moving out', 'is moving', 'shes moving', 'hes moving', 'were moving', 'going back to', 'relocating', 'allergic', 'allergy', 'allergies', 'bought a new one', 'got a new one', 'new one', 'doesnt fit', 'too small', 'no pets', 'not allowed pets', 'pets arent allowed', 'doesnt allow pets', 'dont allow pets', 'does not allow pets', 'pets not allowed'],
  zh: ['搬家', '要搬', '搬去', '搬到', '回国', '过敏', '买了新的', '新买了', '太小了', '穿不下', '不能养宠物', '不让养'],
  ko: ['이사', '귀국', '알레르기', '새로 샀', '새 거', '작아져', '안 맞아', '못 키우게'],
  vi: ['chuyển nhà', 'chuyển đi', 'về nước', 'dị ứng', 'mua cái mới', 'mua mới', 'không vừa', 'không được nuôi'],
  ne: ['सर्दैछ', 'सर्ने', 'घर सर्', 'देश फर्क', 'नेपाल फर्क', 'एलर्जी', 'नयाँ किन', 'sardai', 'sarne', 'desh pharka', 'nepal pharka', 'allergy'],
  tl: ['lilipat', 'lumipat', 'uuwi na', 'allergic', 'allergy', 'bumili ng bago', 'bagong binili', 'hindi na kasya', 'bawal ang alaga', 'bawal alaga'],
  pt: ['mudar', 'mudando', 'mudança', 'voltar pro', 'voltando pro', 'voltar para', 'alergia', 'alérgic', 'comprou um novo', 'comprou outro', 'não serve', 'não cabe', 'não pode ter bicho'],
  id: ['pindah', 'pulang ke', 'alergi', 'beli yang baru', 'beli baru', 'kekecilan', 'gak muat', 'tidak boleh pelihara'],
};

/** The last New Year, the last year's end: said of oneself. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LAST_NEW_YEAR: Lists = {
  ja: ['最後の正月', 'さいごのしょうがつ', '最後のお正月', '最後の年越し', 'さいごのとしこし', '最後の大晦日', '最後の年末', '今年で最後', 'ことしでさいご', '最後の年', 'さいごのとし'],
  en: ['my last new year', 'my last christmas', 'my last new years', 'final new year', 'final christmas', 'my last holiday', 'last new year ill', 'last christmas ill', 'last one ill ever'],
  zh: ['最后一个年', '最后一个人过年', '最后一次过年', '最后一个春节', '最后一个新年', '最后一次跨年', '最后一个跨年', '过不了这个年'],
  ko: ['이번이 마지막', '마지막 설', '마지막 연말', '마지막 새해', '마지막 명절', '마지막일 듯', '마지막일 것 같'],
  vi: ['là lần cuối', 'chắc là lần cuối', 'có lẽ là lần cuối', 'lần cuối cùng đón tết', 'tết cuối cùng', 'cái tết cuối', 'tết cuối'],
  ne: ['अन्तिम नयाँ वर्ष', 'अन्तिम दशैं', 'अन्तिम तिहार', 'यो नै अन्तिम', 'antim naya barsa', 'antim dashain', 'yo nai antim'],
  tl: ['huling pasko', 'huling bagong taon', 'huling new year', 'huli na siguro', 'huling taon'],
  pt: ['meu último natal', 'meu último ano novo', 'meu último réveillon', 'meu último fim de ano', 'último natal que', 'último ano novo que', 'último natal da minha vida'],
  id: ['mungkin yang terakhir', 'kayaknya yang terakhir', 'sepertinya yang terakhir', 'tahun baru terakhir', 'natal terakhir', 'lebaran terakhir', 'tahun terakhir'],
};

/** Pills kept, stored, set aside: innocent alone (a stock of medicine), not beside a last New Year. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PILLS_STORED: Lists = {
  ja: ['薬はある', 'くすりはある', '薬ならある', 'くすりならある', '薬もある', 'くすりもある', '睡眠薬がある', 'すいみんやくがある', '薬をためて', 'くすりをためて', '薬を貯めて', '薬を集めて', 'くすりをあつめて', '薬は用意', 'くすりはようい'],
  en: ['pills saved', 'saved up my pills', 'saved my pills', 'got my pills ready', 'have enough pills', 'pills ready', 'pills put aside', 'stocked up on pills', 'stockpiled'],
  zh: ['药我存', '药我攒', '药存了', '药攒了', '药都存', '药都攒', '存了不少药', '攒了不少药', '药也准备好', '安眠药存', '安眠药攒'],
  ko: ['약 있음', '약 있어', '약도 있', '약 모아', '약을 모아', '약 준비', '약을 준비', '수면제 있', '수면제도 있'],
  vi: ['thuốc tích', 'tích thuốc', 'gom thuốc', 'thuốc gom', 'thuốc để dành', 'thuốc ngủ đủ'],
  ne: ['औषधि जम्मा', 'औषधि राखेको', 'औषधी जम्मा', 'aushadhi jamma', 'ausadhi jamma', 'aushadhi rakheko'],
  tl: ['naipon', 'naitabi kong gamot', 'naitabi ko ang gamot', 'tinabi kong gamot', 'gamot ko naipon'],
  pt: ['guardei os remédios', 'guardei remédio', 'remédios guardados', 'juntei remédio', 'juntei os remédios', 'tenho remédio guardado', 'os remédios já'],
  id: ['obat udah aku kumpulin', 'obat sudah saya kumpulkan', 'obat udah kukumpulin', 'obat sudah aku kumpulkan', 'kumpulin obat', 'kumpulkan obat', 'obat kukumpulin', 'nyimpen obat', 'menyimpan obat', 'simpan obat', 'obat tidur udah', 'obat tidur sudah'],
};

/**
 * Pills told as put by with the pills said first, the way one says what is ready: «약 모아둔 거 있음», «thuốc tích đủ
 * rồi», «naipon na akong gamot», «药我攒了不少» (not «약 4만원 모아둔», about 40,000 won saved).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PILLS_FIRST: Lists = {
  ja: ['薬はためてある', 'くすりはためてある', '薬はもうためた', '睡眠薬はためてある', 'すいみんやくはためてある', '薬は集めてある', 'くすりはあつめてある'],
  en: ['pills ive saved', 'pills i have saved', 'the pills are saved', 'pills ive been saving', 'pills ive stockpiled', 'pills are ready'],
  zh: ['药我攒', '药我存', '安眠药我攒', '安眠药我存', '药我已经攒', '药我已经存'],
  ko: ['약 모아둔', '약 모아 둔', '약 모아뒀', '약 모아 뒀', '약 모아두었', '약 모아 두었', '약을 모아둔', '약을 모아 둔', '약을 모아뒀', '약을 모아 뒀', '약을 모아놨', '약을 모아 놨', '수면제 모아둔', '수면제 모아 둔', '수면제 모아뒀', '수면제 모아놨', '약 쟁여', '약을 쟁여'],
  vi: ['thuốc tích đủ', 'thuốc gom đủ', 'thuốc ngủ tích đủ', 'thuốc ngủ gom đủ'],
  ne: ['औषधि जम्मा गरेर राखेको छु', 'औषधि जम्मा गरिसकें', 'aushadhi jamma garera rakheko chhu', 'ausadhi jamma garera rakheko chu'],
  tl: ['naipon na akong gamot', 'naipon ko na ang gamot', 'naipon ko na yung gamot', 'naipon ko na ang mga gamot', 'naipon ko na yung mga gamot'],
  pt: ['os remédios eu já juntei', 'os remédios já guardei', 'remédio eu já juntei', 'os remédios já estão guardados'],
  id: ['obat udah aku kumpulin', 'obat sudah saya kumpulkan', 'obatnya udah aku kumpulin', 'obat tidur udah aku kumpulin', 'obat tidur sudah saya kumpulkan'],
};

// ─── Hit now, nobody to stop it ──────────────────────────────────────────────────────────────────────

/** Hitting now (progressive): is beating, is hitting, keeps hitting. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HITTING_NOW: Lists = {
  ja: ['殴ってる', 'なぐってる', '殴っている', 'なぐっている', '殴っています', '叩いてる', 'たたいてる', '叩いている', 'たたいている', '叩いています', 'たたいています', '蹴ってる', 'けってる', '蹴っている', '殴られてる', '殴られている', 'なぐられている', '叩かれてる', '叩かれている', 'たたかれている', 'たたかれています'],
  en: ['is hitting', 'is beating', 'is punching', 'is kicking', 'hitting me', 'beating me', 'punching me', 'kicking me', 'hitting my', 'beating my', 'hitting her', 'beating her', 'hitting him', 'beating him'],
  zh: ['正在打', '在打我', '在打她', '在打他', '还在打', '一直在打', '在打我妈', '在打我婆婆', '在打我奶奶', '在打我阿嬷', '在打我姐'],
  ko: ['때리고 있', '때리는 중', '때려요', '때리고 있어요', '폭행하고 있', '맞고 있'],
  vi: ['đang đánh', 'đang bị đánh', 'đánh em', 'đánh tôi', 'đánh mẹ', 'đánh bà', 'đánh chị'],
  ne: ['कुटिरह', 'पिटिरह', 'कुट्दै', 'पिट्दै', 'हानिरह', 'kutirah', 'pitirah', 'kutdai', 'pitdai', 'hanirah'],
  tl: ['binubugbog', 'sinasaktan', 'sinusuntok', 'pinapalo', 'hinahampas', 'sinisipa'],
  pt: ['está me batendo', 'tá me batendo', 'está batendo', 'tá batendo', 'batendo nela', 'batendo nele', 'batendo em mim', 'espancando', 'agredindo'],
  id: ['sedang memukul', 'lagi mukul', 'memukuli', 'mukulin', 'menghajar', 'ngehajar', 'menampar', 'nampar', 'menendang', 'nendang'],
};

/** Nobody to stop it: nobody stops him, too drunk to, no one else at home. Not a denial. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NOBODY_TO_STOP: Lists = {
  ja: ['止める人がいない', 'とめるひとがいない', '止める人がいません', 'とめるひとがいません', '誰も止めない', 'だれもとめない', '誰も止めません', 'だれもとめません', '誰も止められない', 'だれもとめられない', '止めてくれる人がいない', 'とめてくれるひとがいない', '止めに入れない', 'とめにはいれない'],
  en: ['nobody to stop', 'no one to stop', 'nobody can stop', 'no one can stop', 'nobody stops', 'no one stops', 'nobody is stopping', 'no one is stopping', 'nobody will stop', 'no one will stop', 'too drunk to stop', 'nobody else is home', 'no one else is home', 'nobody here to stop', 'no one here to stop'],
  zh: ['没人拦', '没有人拦', '没人阻止', '没有人阻止', '没人敢拦', '不敢拦', '没人能拦', '拦不住', '没人劝', '没有人劝'],
  ko: ['말릴 사람이 없', '말릴 사람 없', '말리는 사람이 없', '말리는 사람 없', '아무도 안 말려', '아무도 말리지', '아무도 못 말려', '말릴 수가 없', '다른 사람이 없'],
  vi: ['không ai can', 'không có ai can', 'chẳng ai can', 'không ai ngăn', 'không ai dám can', 'không ai cản', 'không có ai ở nhà'],
  ne: ['रोक्ने कोही छैन', 'कोही रोक्ने छैन', 'रोक्ने कोही पनि छैन', 'कसैले रोक्दैन', 'कसैले रोकेनन्', 'अरू कोही छैन', 'अरु कोही छैन', 'rokne kohi chaina', 'rokne kohi chhaina', 'kohi rokne chaina', 'kohi rokne chhaina', 'kasaile rokdaina', 'aru kohi chaina', 'aru kohi chhaina'],
  tl: ['walang umaawat', 'walang pumipigil', 'walang aawat', 'walang pipigil', 'walang makaawat', 'walang nag aawat', 'walang ibang tao'],
  pt: ['ninguém faz nada', 'não tem ninguém pra parar', 'não tem ninguém para parar', 'ninguém pra parar', 'ninguém para parar', 'ninguém consegue parar', 'ninguém separa', 'ninguém pra separar', 'ninguém segura'],
  id: ['tidak ada yang bisa melerai', 'tidak ada yang melerai', 'nggak ada yang melerai', 'gak ada yang melerai', 'ga ada yang melerai', 'gak ada yang misahin', 'nggak ada yang misahin', 'tidak ada yang memisahkan', 'tidak ada yang bisa memisahkan', 'nggak berani misahin', 'tidak berani melerai', 'tidak ada yang bisa menghentikan', 'gak ada yang bisa ngehentiin', 'nggak ada yang bisa ngehentiin'],
};

// ─── Harmless winter readings ────────────────────────────────────────────────────────────────────────

/** A choking or a collapse supposed: if he chokes on mochi, if she collapses. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CHOKING_SUPPOSED: Lists = {
  ja: [...cross(['', '餅...', 'もち...', 'お餅...', 'おもち...', '喉...', 'のど...', '食べ物...', 'たべもの...', '飴...', 'あめ...'], ['詰まらせたら', 'つまらせたら', '詰まったら', 'つまったら', '詰まらせた時', '詰まらせたとき', 'つまらせたとき', '詰まった時', '詰まったとき', 'つまったとき', '詰まらせた場合', 'つまらせたばあい', '詰まった場合', 'つまったばあい'], ''),
    '倒れたら', 'たおれたら', '倒れた時', '倒れたとき', 'たおれたとき', '倒れた場合', 'たおれたばあい'],
  en: ['if...chokes', 'if...choke on', 'if...choking', 'in case...chokes', 'if...collapses', 'if...faints'],
  zh: ['噎住的话', '噎到的话', '卡住的话', '如果...噎', '万一...噎', '要是...噎', '假如...噎', '如果...卡住', '万一...卡住', '如果...晕倒', '万一...晕倒'],
  ko: ['목에 걸리면', '목에 걸렸을 때', '목에 걸릴 때', '목에 걸릴 경우', '목에 걸린 경우', '쓰러지면', '쓰러졌을 때', '쓰러지실 경우'],
  vi: ['nếu...hóc', 'lỡ...hóc', 'nhỡ...hóc', 'sợ...hóc', 'nếu...sặc', 'lỡ...sặc', 'nếu...ngất', 'lỡ...ngất'],
  ne: ['अड्कियो भने', 'अड्किएमा', 'अड्कियो भन्ने', 'अड्किए भने', 'ढल्नुभयो भने', 'ढले भने', 'adkiyo bhane', 'adkiema', 'adkie bhane', 'dhalnu bhayo bhane'],
  tl: ['pag may nabulunan', 'kapag may nabulunan', 'kung may nabulunan', 'kung mabulunan', 'pag nabulunan', 'kapag nabulunan', 'kung nabulunan', 'kapag mabulunan', 'pag mabulunan'],
  pt: ['se...engasgar', 'se...engasgue', 'caso...engasgue', 'caso...engasgar', 'se...desmaiar', 'caso...desmaie'],
  id: ['kalau...keselek', 'kalo...keselek', 'jika...keselek', 'kalau...tersedak', 'kalo...tersedak', 'jika...tersedak', 'kalau...pingsan', 'jika...pingsan'],
};

/** To know ahead: now while there is time, beforehand, in advance, to be ready. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TO_KNOW_AHEAD: Lists = {
  ja: ['今のうちに', 'いまのうちに', '前もって', 'まえもって', 'あらかじめ', '予め', '知っておきたい', 'しっておきたい', '事前に', 'じぜんに', '備えて', 'そなえて', '覚えておきたい', 'おぼえておきたい'],
  en: ['in advance', 'ahead of time', 'beforehand', 'want to be ready', 'to be prepared', 'be prepared', 'want to know now', 'before they come', 'before they arrive', 'before new year'],
  zh: ['先学', '提前', '事先', '预先', '先了解', '先知道', '以防万一', '想先问', '学起来', '有备无患'],
  ko: ['미리', '알아두려고', '알아 두려고', '알아두고 싶', '알아 두고 싶', '대비'],
  vi: ['biết trước', 'học trước', 'chuẩn bị trước', 'để chuẩn bị', 'phòng khi', 'muốn biết trước', 'hướng dẫn sơ cứu'],
  ne: ['पहिल्यै', 'पहिले नै', 'जान्न चाहन्छु', 'सिक्न चाहन्छु', 'pahilyai', 'pahile nai', 'janna chahanchhu', 'janna chahanchu'],
  tl: ['in advance', 'para handa', 'para ready', 'gusto ko lang malaman', 'para alam ko', 'bago pa'],
  pt: ['com antecedência', 'me preparar', 'estar preparad', 'saber antes', 'por precaução', 'pra saber o que fazer', 'antes de'],
  id: ['siap siap', 'persiapan', 'jaga jaga', 'dari sekarang', 'lebih dulu', 'sebelum tahun baru'],
};

/** A child going out onto the balcony or outside himself, to see or play in the snow. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WENT_OUT_HIMSELF: Lists = {
  ja: [...cross(['ベランダに', 'べらんだに', 'ベランダへ', 'べらんだへ'], ['出て', 'でて', '出た', 'でた'], ''), 'ベランダで遊', 'べらんだであそ', '雪を見に', 'ゆきをみに', '雪で遊', 'ゆきであそ', '外で遊んで', 'そとであそんで'],
  en: ['out onto the balcony', 'onto the balcony', 'out on the balcony', 'out to the balcony', 'outside to see the snow', 'out to see the snow', 'out to play in the snow'],
  zh: ['跑到阳台', '跑去阳台', '到阳台上', '去阳台', '阳台上玩', '出去玩雪', '跑去看雪', '出去看雪'],
  ko: ['베란다 나갔', '베란다에 나갔', '베란다로 나갔', '베란다에 나가', '눈 보러 나갔', '눈 구경하러'],
  vi: ['ra ban công', 'ra ngoài ban công', 'ra ngoài chơi tuyết', 'ra sân chơi tuyết', 'ra xem tuyết'],
  ne: ['बार्दलीमा गयो', 'बार्दलीमा गई', 'बार्दलीमा निस्क', 'हिउँ हेर्न', 'bardali ma gayo', 'balcony ma gayo', 'hiu herna'],
  tl: ['lumabas sa balcony', 'lumabas sa veranda', 'lumabas para maglaro sa snow', 'lumabas para makita ang snow'],
  pt: ['foi na varanda', 'foi pra varanda', 'correu pra varanda', 'correu para a varanda', 'saiu na varanda', 'saiu pra varanda', 'foi ver a neve', 'saiu pra ver a neve', 'correu pra ver a neve'],
  id: ['keluar ke balkon', 'main ke balkon', 'main di balkon', 'lihat salju', 'main salju'],
};

/** …and straight back in, of the cold. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const STRAIGHT_BACK_IN: Lists = {
  ja: [...cross(['すぐ', 'すぐに', '秒で', 'びょうで', '走って', 'はしって', 'あわてて', '慌てて', '自分で', 'じぶんで'], ['戻ってき', 'もどってき', '入ってき', 'はいってき', '帰ってき', 'かえってき'], ''), 'すぐ家に入', 'すぐいえにはい', 'すぐ中に入', 'すぐなかにはい'],
  en: ['back in within', 'came back in', 'came straight back', 'ran back in', 'straight back in', 'came running back', 'was back in', 'right back in', 'back in seconds'],
  zh: ['马上就跑回来', '马上跑回来', '马上冲回来', '马上回来', '马上就回来', '跑回来了', '冲回来', '立刻回来', '立刻跑回', '就跑回来', '赶紧回来', '马上进来'],
  ko: ['바로 들어왔', '금방 들어왔', '곧바로 들어왔', '바로 들어오더'],
  vi: ['chạy vào liền', 'chạy vô liền', 'vào liền', 'vô liền', 'vào ngay', 'vô ngay', 'chạy vào ngay', 'chạy vô ngay', 'quay vào ngay', 'vào nhà ngay', 'chạy vào nhà'],
  ne: ['तुरुन्तै भित्र', 'तुरुन्त भित्र', 'छिट्टै भित्र', 'भित्र आयो', 'भित्र आइहाल्यो', 'turuntai bhitra', 'turunta bhitra', 'bhitra aayo'],
  tl: ['pumasok din', 'pumasok agad', 'bumalik agad', 'pumasok kaagad', 'bumalik din sa loob'],
  pt: ['voltou correndo', 'voltou na hora', 'voltou logo', 'entrou correndo', 'entrou logo', 'voltou rapidinho', 'entrou na hora'],
  id: ['langsung masuk', 'langsung balik masuk', 'buru buru masuk', 'cepat cepat masuk'],
};

/**
 * A thing given to me, in the order the language puts it: "gave me her cat", «cho em con mèo» (the giving
 * first); 「猫をくれた」, «고양이를 맡기면서», «बिरालो मलाई दिइन्» (the thing first); Chinese both («把猫送给我», «送我一只猫»).
 */
const givenAway = (language: ConceptLanguage, things: readonly string[]): string[] => [
  ...(['ja', 'ko', 'ne'].includes(language) ? [] : cross(GIVEN_ME[language], things, '...')),
  ...(['ja', 'ko', 'ne', 'zh'].includes(language) ? cross(things, GIVEN_ME[language], '...') : []),
];

/**
 * Dangers of the cold season and the holidays at home, and their harmless readings: a child left alone over
 * the holidays with nothing to eat, a person with dementia missing in the cold at night, an older person
 * not coming round after the bath, pills saved or belongings given away at the year's end, a beating now
 * with nobody to stop it; a question asked ahead about choking on mochi, a child back in from the balcony.
 */
export const SEASON_CONCEPTS: readonly Concept[] = [
  {
    // The parents away over the holidays (a trip, home for the New Year, not back) or the child left or
    // locked in, and nothing left at home: no food, the fridge empty, hungry, asking the neighbours for
    // food («爸妈出国过年把我一个人留在家…冰箱也空了», «deixou a filha trancada em casa… tá com fome»,
    // «orang tuanya nggak pulang, dia minta makan»). The money run out alone is no sign (a student whose
    // parents went home for the New Year), nor a teenager minding the house with nothing lacking.
    name: 'a child left over the holidays: the parents away or not back, or the child left or locked in, and nothing to eat',
    signal: 'child_abuse',
    words: inEachLanguage((language) => ({
      pairs: [
        {
          reach: near(language, 40, 80),
          acrossSentences: 2,
          a: [...PARENTS_GONE[language], ...(TRIP_FOR_A_TIME[language] ?? []), ...CHILD_ALONE[language]],
          b: NOTHING_TO_EAT[language],
        },
      ],
    })),
  },
  {
    // A child alone at home for days, the days counted («孩子六岁，一个人在家四天了», 「5歳の子どもだけで留守番、3日目」,
    // «my son has been home alone for three days»): the child named; a grown son or an old mother alone is not this.
    name: 'a child alone at home for a number of days',
    signal: 'child_abuse',
    words: inEachLanguage((language) => ({
      pairs: [
        {
          reach: near(language, 16, 40),
          acrossSentences: 1,
          a: CHILD_ALONE[language],
          b: FOR_DAYS[language],
        },
      ],
    })),
  },
  {
    // A person with dementia missing now, at night, in the snow or the cold, out in slippers: not back,
    // nowhere to be found, searched for («認知症の父が夜中に出て行ったまま帰ってきません。外は雪です», «치매 할머니가
    // 밤 11시인데 아직 안 들어오셨대요… 슬리퍼 신고», «lolo na may dementia nawawala since 9pm, ang lakas ng snow»).
    // The three are needed: a wandering told as a habit or as past («hay quên và đi lạc», «ontem se perdeu»),
    // money or memory «gone», a supposition («如果…走失», "if she ever goes missing"), a fear («실종될까 봐»), a
    // care home searched for and none found, or the person found again stay quiet (see the next concept).
    name: 'a person with dementia missing now, at night or in the snow or cold: not back, nowhere to be found',
    signal: 'emergency',
    words: inEachLanguage((language) => {
      const [dementia, missing, cold] = [DEMENTIA[language], MISSING[language], NIGHT_OR_COLD[language]];
      // Any two of the three said close together (in one run of words, or across a short sentence break:
      // 「にんちしょう です。 いまは よる です」), the third within a sentence or two of them.
      return {
        pairs: [
          {
            reach: near(language, 40, 80),
            acrossSentences: 3,
            a: [...cross(dementia, cold, '...'), ...cross(cold, dementia, '...')],
            b: missing,
          },
          {
            reach: near(language, 40, 80),
            acrossSentences: 3,
            a: [...cross(dementia, missing, '...'), ...cross(missing, dementia, '...')],
            b: cold,
          },
        ],
      };
    }),
  },
  {
    // …and what keeps it quiet: the person found again, brought home by the police («警察に保護されました»);
    // a care home or a helper searched for and none found («施設を探しても見つかりません»); a wandering told as a
    // habit («帰ってこないことがある», «hay đi lạc»); a supposition asked ahead («如果…走失…只是想先知道») or a fear for
    // the older person («치매 엄마가 밤에 실종될까 봐»).
    name: 'a person with dementia found again; a care home searched for; missing supposed or feared',
    signal: null,
    words: inEachLanguage((language) => ({
      idioms: [
        { a: MISSING[language], b: FOUND_AGAIN[language], reach: near(language, 30, 60), acrossSentences: 1 },
        ...(CARE_SEARCH_OR_HABIT[language] ?? []),
        ...(language === 'zh' ? [{ ...SUPPOSED_AHEAD_ZH, reach: 40, acrossSentences: 2 }] : []),
      ],
    })),
  },
  {
    // Collapsed or fainted in the bath, pulled out, and not coming round («बाथटबबाट निकाल्यौं तर होसमा आउनुभएको
    // छैन», «pingsan di bak mandi, sudah diangkat tapi belum siuman»). "So busy I can't think straight"
    // («바빠서 정신을 못 차리겠어요») names no collapse; a fall supposed («ढल्नुभयो भने») is no collapse now.
    name: 'collapsed or pulled out of the bath, and not coming round',
    signal: 'emergency',
    words: inEachLanguage((language) => ({
      pairs: [
        {
          ordered: true,
          reach: near(language, 30, 60),
          acrossSentences: 1,
          a: DOWN_IN_THE_BATH[language],
          b: NOT_COME_ROUND[language],
        },
      ],
    })),
  },
  {
    // A pet, a coat or a treasured thing given away with a goodbye veiled as a precaution ("in case I don't
    // see you", «lỡ không gặp lại», «फेरि भेट नहुन सक्छ», «kalau gak ketemu lagi»), or a pet or a treasure
    // given by someone who is low («Dia lagi murung banget»). A greeting with nothing given ("happy new year
    // in case I don't see you before then"), a coat handed down with its reason, or a pet rehomed before a
    // move or for an allergy stay quiet (see the next concept). The writer's own going («私がいなくなったら…»)
    // is a word of its own and is never touched here.
    name: 'a pet, coat or treasured thing given away with “in case I don’t see you”, or by someone who is low',
    signal: 'suicide',
    words: inEachLanguage((language) => {
      const given = givenAway(language, [...PETS_AND_TREASURES[language], ...BELONGINGS[language]]);
      const treasured = givenAway(language, PETS_AND_TREASURES[language]);
      return {
        pairs: [
          { reach: near(language, 50, 100), acrossSentences: 2, a: given, b: MAY_NOT_MEET_AGAIN[language] },
          { reach: near(language, 40, 80), acrossSentences: 2, a: treasured, b: GIVER_LOW[language] },
        ],
      };
    }),
  },
  {
    // …given for an ordinary reason told beside it: a move, going back home, an allergy, a new one bought,
    // too small («gave me her cat because she is moving back to Brazil», "gave me her old coat because she
    // bought a new one"): a handing on, not a goodbye.
    name: 'a pet or a coat given away for a move, an allergy or a new one bought',
    signal: null,
    words: inEachLanguage((language) => ({
      idioms: eitherWay(
        givenAway(language, [...PETS_AND_TREASURES[language], ...BELONGINGS[language]]),
        ORDINARY_REASON[language],
        near(language, 30, 60),
        1,
      ),
    })),
  },
  {
    // Pills told as put by, the pills said first («약 모아둔 거 있음», «thuốc tích đủ rồi», «naipon na akong
    // gamot», «药我攒了不少»); and a stock of medicine, innocent alone, beside the last New Year or the last year's
    // end («이번이 마지막일 듯. 약 있음», «Tahun baru ini mungkin yang terakhir. Obat udah aku kumpulin»).
    // «약 4만원 모아둔» (about 40,000 won saved) is money.
    name: 'pills put by, said with the pills first; a stock of pills beside the last New Year',
    signal: 'suicide',
    words: inEachLanguage((language) => ({
      say: PILLS_FIRST[language],
      pairs: [
        {
          reach: near(language, 30, 80),
          acrossSentences: 2,
          a: LAST_NEW_YEAR[language],
          b: PILLS_STORED[language],
        },
      ],
    })),
  },
  {
    // Hit now by a relative, with nobody there to stop it («जेठाजुले मलाई अहिले पिटिरहनुभएको छ… कोही रोक्ने छैन»,
    // «sedang memukuli saya sekarang, tidak ada yang bisa melerai»): "nobody to stop him" tells of the danger,
    // it denies nothing (the two said as one, the "nobody" is no denial of the blow). A blow denied («कहिल्यै
    // पिट्नुभएको छैन», «tidak pernah memukul») is still denied.
    name: 'hit now, with nobody there to stop it',
    signal: 'violence',
    words: inEachLanguage((language) => ({
      pairs: [
        {
          reach: near(language, 30, 60),
          acrossSentences: 1,
          a: HITTING_NOW[language],
          b: NOBODY_TO_STOP[language],
        },
        // (Nepali: the honorific «…रहनुभएको छ», «…दै हुनुहुन्छ» with «अहिले» — is beating me now)
        ...(language === 'ne' ? [{ reach: 24, a: ['अहिले', 'ahile', 'aile'], b: HITTING_NOW.ne }] : []),
      ],
    })),
  },
  {
    // A choking or a collapse supposed, with a word of knowing it ahead («餅をのどに詰まらせたら…今のうちに知って
    // おきたい», «목에 걸리면… 미리 알아두려고», "if grandpa chokes on mochi… I want to be ready"): a question
    // asked ahead. Told as now («お餅を喉に詰まらせて息ができません») it is no supposition and still alarms.
    name: 'a choking or a collapse supposed, to know ahead what to do',
    signal: null,
    words: inEachLanguage((language) => ({
      idioms: eitherWay(CHOKING_SUPPOSED[language], TO_KNOW_AHEAD[language], near(language, 30, 80), 1),
    })),
  },
  {
    // A child who went out onto the balcony or outside himself, to see the snow, and came straight back in
    // of the cold («ベランダに出て、すぐ戻ってきました», «ra ban công chơi tuyết, lạnh quá chạy vào liền»): play, not
    // a child shut out. Put out («ベランダに出して») or not let back in («入れてもらえない») names no coming back and
    // still alarms.
    name: 'a child out on the balcony himself, straight back in',
    signal: null,
    words: inEachLanguage((language) => ({
      idioms: [
        {
          a: WENT_OUT_HIMSELF[language],
          b: STRAIGHT_BACK_IN[language],
          reach: near(language, 30, 60),
          acrossSentences: 1,
        },
      ],
    })),
  },
];
