import type { Concept, ConceptLanguage, Lists } from './concepts.ts';
import { eitherWay } from './concepts-safe.ts';
import { cross, inEachLanguage, near } from './extend-concepts.ts';

// ─── A child unfed in a home with the power or the heating off ───────────────────────────────────────

/** A child named: son, daughter, the kids, the little one. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const A_CHILD: Lists = {
  ja: ['子ども', '子供', 'こども', '息子', 'むすこ', '娘', 'むすめ', '下の子', 'したのこ', '上の子', 'うえのこ', '孫', 'まご'],
  en: ['my son', 'my daughter', 'my boy', 'my girl', 'my kid', 'the kids', 'the children', 'the boy', 'the girl', 'her son', 'his son', 'her daughter', 'his daughter', 'her kids', 'his kids', 'our son', 'our daughter'],
  zh: ['孩子', '儿子', '女儿', '小孩', '外甥', '外孙', '孙子', '孙女'],
  ko: ['아이가', '아이는', '애가', '애는', '아들이', '아들은', '딸이', '딸은', '손주가', '조카가'],
  vi: ['con tôi', 'con em', 'con trai', 'con gái', 'thằng bé', 'con bé', 'đứa bé', 'đứa nhỏ', 'cháu'],
  ne: ['छोरा', 'छोरी', 'बच्चा', 'नानी', 'chhora', 'chora', 'chhori', 'chori', 'baccha'],
  tl: ['anak ko', 'anak namin', 'yung anak', 'ang anak', 'bata', 'pamangkin'],
  pt: ['meu filho', 'minha filha', 'o menino', 'a menina', 'as crianças', 'o neto', 'a neta'],
  id: ['anak saya', 'anakku', 'anaknya', 'anak kami', 'si kecil'],
};

/** Not eaten since a day or for days. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NOT_EATEN_FOR_DAYS: Lists = {
  ja: ['何日も食べて', 'なんにちもたべて', 'きのうから何も食べて', '昨日から何も食べて', 'きのうからなにもたべて', '日から何も食べて', 'にちからなにもたべて', 'ずっと食べてない', 'ずっとたべてない', 'ずっとご飯を食べて', 'ずっとごはんたべて'],
  en: ['hadnt eaten since', 'hasnt eaten since', 'had not eaten since', 'has not eaten since', 'not eaten since', 'nothing to eat since', 'hadnt eaten for days', 'hasnt eaten for days', 'no food for days', 'nothing to eat for days', 'hadnt eaten in days', 'hasnt eaten in days'],
  zh: ['几天没吃', '好几天没吃', '天没吃饭', '天没吃东西', '天只喝水', '从昨天就没吃', '从昨天开始没吃', '从周五就没吃', '一直没吃饭', '一直没饭吃'],
  ko: ['며칠째 못 먹', '며칠째 굶', '며칠 동안 못 먹', '며칠 굶', '어제부터 아무것도 못 먹', '어제부터 굶', '부터 굶', '부터 아무것도 못 먹', '부터 아무것도 안 먹'],
  vi: ['mấy ngày không ăn', 'mấy ngày chưa ăn', 'mấy hôm không ăn', 'mấy hôm chưa ăn', 'từ hôm qua chưa ăn', 'từ hôm qua không ăn', 'nhịn đói mấy ngày', 'chưa được ăn gì từ'],
  ne: ['दिनदेखि खाएको छैन', 'दिन देखि खाएको छैन', 'हिजोदेखि खाएको छैन', 'हिजो देखि केही खाएको छैन', 'dindekhi khayeko chhaina', 'hijo dekhi khayeko chhaina', 'hijodekhi khayeko chaina'],
  tl: ['ilang araw nang hindi kumakain', 'ilang araw na hindi kumakain', 'hindi pa kumakain mula', 'di pa kumakain mula', 'walang kain mula', 'kahapon pa hindi kumakain', 'kahapon pa di kumakain'],
  pt: ['não come desde', 'não comia desde', 'não comeu desde', 'não tinha comido desde', 'dias sem comer', 'sem comer desde', 'não come há dias', 'não comeu nada desde'],
  id: ['belum makan dari', 'belum makan sejak', 'nggak makan dari', 'gak makan dari', 'tidak makan sejak', 'berhari hari nggak makan', 'berhari hari tidak makan', 'sudah beberapa hari nggak makan', 'sudah beberapa hari tidak makan'],
};

/** The power, the gas or the heating off at home. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const POWER_OFF: Lists = {
  ja: ['電気止められ', 'でんきとめられ', '電気が止ま', 'でんきがとま', '電気がつかない', 'でんきつかない', 'でんきがつかない', 'ガス止められ', 'がすとめられ', 'ガスが止ま', 'がすがとま', '暖房がつかない', '暖房もない', 'だんぼうがない', '真っ暗', 'まっくら'],
  en: ['heating off', 'heatings been off', 'heating has been off', 'heating was off', 'no heating', 'power off', 'power cut', 'power was cut', 'power has been cut', 'no power', 'no electricity', 'electricity cut', 'electricity off', 'lights off', 'no lights', 'gas cut off', 'gas off', 'no gas'],
  zh: ['断电', '停电', '没电', '电被停', '电被断', '没有暖气', '暖气停', '暖气关', '断气', '燃气停', '没有煤气', '黑漆漆'],
  ko: ['전기 끊', '전기가 끊', '전기도 끊', '전기가 안 들어', '불이 안 들어', '가스 끊', '가스가 끊', '난방이 안', '난방도 안', '보일러가 안', '보일러도 안'],
  vi: ['cắt điện', 'bị cắt điện', 'mất điện', 'không có điện', 'cúp điện', 'cắt ga', 'không có ga', 'không có lò sưởi', 'tối om'],
  ne: ['बिजुली काटिएको', 'बिजुली काट्यो', 'बत्ती छैन', 'बिजुली छैन', 'ग्यास काटिएको', 'hiter chhaina', 'bijuli katiyeko', 'batti chhaina', 'bijuli chhaina'],
  tl: ['naputulan ng kuryente', 'walang kuryente', 'pinutulan ng kuryente', 'naputulan ng gas', 'walang gas', 'walang heater', 'patay ang heater', 'madilim'],
  pt: ['sem luz', 'cortaram a luz', 'luz cortada', 'cortaram o gás', 'sem gás', 'sem aquecedor', 'aquecimento desligado', 'no escuro'],
  id: ['listrik diputus', 'listriknya diputus', 'listrik mati', 'nggak ada listrik', 'tidak ada listrik', 'gas diputus', 'nggak ada pemanas', 'pemanas mati', 'gelap gulita'],
};

/** No food to give: can't buy food, nothing to feed (the child named beside it, see the concept). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NO_FOOD_TO_GIVE: Lists = {
  ja: ['食べさせるものがない', 'たべさせるものがない', '食べさせられない', 'たべさせられない', 'ごはんが買えない', 'ごはんがかえない', 'ご飯が買えない', '食べ物を買えない', 'たべものをかえない', '食べ物が買えない', 'たべものがかえない', '食べ物を買うお金がない', 'たべものをかうおかねがない'],
  en: ['cant buy food', 'cannot buy food', 'couldnt buy food', 'cant afford food', 'cant afford to feed', 'nothing to feed', 'no food for', 'no money for food'],
  zh: ['买不起吃的', '没钱买吃的', '没钱买饭', '没有东西给', '没饭吃', '没有吃的'],
  ko: ['먹일 게 없', '먹일 것이 없', '먹을 걸 못 사', '먹을 것을 못 사', '먹을 것도 못 사', '밥을 못 사', '밥값이 없'],
  vi: ['không có gì cho', 'không có tiền mua đồ ăn', 'không mua được đồ ăn', 'không có đồ ăn cho', 'không có tiền mua gạo'],
  ne: ['खान दिने केही छैन', 'खाना किन्न सकिन', 'खाना किन्ने पैसा छैन', 'khana kinna sakina', 'khana kinne paisa chhaina', 'khana dine kehi chhaina'],
  tl: ['walang maipakain', 'hindi makabili ng pagkain', 'walang pambili ng pagkain', 'di makabili ng pagkain'],
  pt: ['não tenho o que dar de comer', 'não consigo comprar comida', 'sem dinheiro para comida', 'sem dinheiro pra comida', 'nada para dar de comer', 'nada pra dar de comer'],
  id: ['tidak bisa beli makanan', 'nggak bisa beli makanan', 'gak bisa beli makanan', 'tidak ada makanan untuk', 'tidak ada uang untuk beli makan', 'nggak ada uang buat beli makan', 'tidak bisa kasih makan'],
};

/** …and the child on water alone. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ON_WATER_ALONE: Lists = {
  ja: ['水だけ', 'みずだけ', '水しか飲んで', 'みずしかのんで'],
  en: ['only water', 'only drinking water', 'only drunk water', 'just water', 'just drinking water', 'nothing but water'],
  zh: ['只喝水', '只能喝水', '只喝了水', '光喝水', '只有水喝'],
  ko: ['물만 마시', '물만 먹', '물로 버티'],
  vi: ['chỉ uống nước', 'chỉ có nước', 'uống nước cầm hơi'],
  ne: ['पानी मात्र', 'पानी मात्रै', 'pani matra', 'pani matrai'],
  tl: ['tubig lang', 'puro tubig'],
  pt: ['só água', 'só bebe água', 'só bebendo água', 'só tomando água', 'apenas água'],
  id: ['cuma minum air', 'hanya minum air', 'cuma air putih', 'minum air saja', 'minum air aja', 'cuma minum air putih'],
};

/** No food to give, a child named just after or before it. */
const forTheChild = (language: ConceptLanguage): string[] => [
  ...cross(NO_FOOD_TO_GIVE[language], A_CHILD[language], '...'),
  ...cross(A_CHILD[language], NO_FOOD_TO_GIVE[language], '...'),
];

// ─── A question about standing guarantor, asked before signing ───────────────────────────────────────

/** Standing guarantor for a friend's or a relative's loan or lease. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GUARANTOR: Lists = {
  ja: ['保証人', 'ほしょうにん', '連帯保証', 'れんたいほしょう'],
  en: ['guarantor', 'cosigner', 'co signer', 'cosign', 'co sign', 'guarantee his loan', 'guarantee her loan'],
  zh: ['保证人', '担保人', '连带保证', '作保', '做担保', '当担保'],
  ko: ['보증인', '보증을 서', '보증 서', '연대보증'],
  vi: ['người bảo lãnh', 'bảo lãnh', 'đứng tên bảo lãnh'],
  ne: ['जमानी', 'ग्यारेन्टर', 'jamani', 'guarantor'],
  tl: ['guarantor', 'co maker', 'comaker', 'garantor'],
  pt: ['fiador', 'fiadora', 'avalista', 'hoshonin'],
  id: ['penjamin', 'penanggung', 'jaminan untuk teman', 'guarantor'],
};

/** …asked ahead: not signed yet, asking first, a friend asking me. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ASKED_AHEAD: Lists = {
  ja: ['まだサインして', 'まだ署名して', 'まだはんこ', 'まだ判子', 'まだ印鑑', '先に聞いて', 'さきにきいて', '先に確認', 'さきにかくにん', '頼まれて', 'たのまれて', 'なる前に', 'なるまえに'],
  en: ['havent signed', 'have not signed', 'not signed yet', 'before i sign', 'before signing', 'asking first', 'asking before', 'wants me to be', 'asked me to be', 'asking me to be'],
  zh: ['还没签', '还没有签', '先问问', '先问清楚', '想先问', '签字之前', '签之前', '拜托我', '求我当', '让我当'],
  ko: ['아직 서명 안', '아직 사인 안', '서명하기 전', '사인하기 전', '먼저 물어', '미리 물어', '부탁해서', '부탁하는데', '부탁을 받'],
  vi: ['chưa ký', 'trước khi ký', 'hỏi trước', 'nhờ tôi', 'nhờ em', 'nhờ mình'],
  ne: ['अझै साइन गरेको छैन', 'साइन गर्नु अघि', 'पहिले सोध्न', 'ajhai sign gareko chhaina', 'sign garnu aghi'],
  tl: ['hindi pa ako pumipirma', 'di pa ako pumipirma', 'bago ako pumirma', 'bago pumirma', 'tanong muna', 'pinakiusapan ako'],
  pt: ['ainda não assinei', 'antes de assinar', 'perguntar antes', 'me pediu para ser', 'me pediu pra ser', 'quer que eu seja'],
  id: ['belum tanda tangan', 'sebelum tanda tangan', 'tanya dulu', 'minta saya jadi', 'minta aku jadi'],
};

// ─── A lender's threat to a named person ─────────────────────────────────────────────────────────────

/** A loan shark, an illegal lender, a debt collector. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LENDER: Lists = {
  ja: ['闇金', 'ヤミ金', 'やみきん', '取り立て', 'とりたて', '借金取り', 'しゃっきんとり', '金貸し', 'かねかし'],
  en: ['loan shark', 'loan sharks', 'debt collector', 'debt collectors', 'collectors', 'the lender', 'lenders'],
  zh: ['地下钱庄', '高利贷', '讨债', '催债', '追债', '放贷的', '收数', '追数', '债主'],
  ko: ['사채', '사채업자', '추심', '빚쟁이', '대부업자'],
  vi: ['tín dụng đen', 'cho vay nặng lãi', 'đòi nợ', 'chủ nợ', 'xã hội đen'],
  ne: ['साहु', 'ऋण दिने', 'sahu', 'rin dine'],
  tl: ['loan shark', '5-6', 'maniningil', 'taga singil', 'pinagkakautangan'],
  pt: ['agiota', 'agiotas', 'cobrador', 'cobradores'],
  id: ['rentenir', 'penagih', 'debt collector', 'pinjol'],
};

/** A threat to do away with or to hurt a person: deal with, finish, hurt your father. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DO_AWAY_WITH: Lists = {
  ja: ['始末する', 'しまつする', '始末してやる', 'しまつしてやる', '痛い目にあわせ', 'いたいめにあわせ', '親父をやる', '親をやる', '家族をやる'],
  en: ['deal with your dad', 'deal with your father', 'deal with your mum', 'deal with your mom', 'deal with your family', 'deal with my dad', 'deal with my father', 'deal with my mum', 'deal with my mom', 'hurt your dad', 'hurt your mum', 'hurt your mom', 'hurt your family', 'hurt my dad', 'hurt my mum', 'hurt my mom', 'hurt my family'],
  zh: ['处理我爸', '处理我老爸', '处理我妈', '处理我老妈', '处理你爸', '处理你妈', '处理你家人', '处理我家人', '处理掉', '收拾我爸', '收拾我妈', '收拾你爸', '收拾你妈', '收拾你家人', '做掉'],
  ko: ['아버지를 손봐', '아빠를 손봐', '엄마를 손봐', '가족을 손봐', '가족을 가만', '부모님을 가만'],
  vi: ['xử bố', 'xử ba', 'xử mẹ', 'xử cả nhà', 'xử gia đình', 'xử lý bố', 'xử lý mẹ'],
  ne: ['बुबालाई सिध्याइदिन्छ', 'परिवारलाई सिध्याइदिन्छ', 'buba lai sidhyaidinchha', 'pariwar lai sidhyaidinchha'],
  tl: ['sasaktan daw ang tatay', 'sasaktan daw ang nanay', 'sasaktan daw ang pamilya', 'gagalawin daw ang pamilya', 'papatayin daw ang tatay'],
  pt: ['acertar as contas com meu pai', 'acertar as contas com minha mãe', 'machucar meu pai', 'machucar minha mãe', 'machucar minha família', 'dar um jeito no meu pai'],
  id: ['beresin bapak', 'beresin ayah', 'celakai bapak', 'celakai ayah', 'celakai keluarga', 'habisi bapak', 'habisi keluarga'],
};

// ─── A blade to the wrist, cut deep today ────────────────────────────────────────────────────────────

/** A blade put to the wrist, again and again. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BLADE_TO_WRIST: Lists = {
  ja: ['手首に刃', 'てくびには', '手首にカッター', 'てくびにかったー', '手首にカミソリ', 'てくびにかみそり', '手首に包丁'],
  en: ['blade to my wrist', 'knife to my wrist', 'razor to my wrist', 'blade against my wrist', 'knife against my wrist'],
  zh: ['刀放在手腕', '刀抵着手腕', '刀片放在手腕', '刀对着手腕', '刀片对着手腕', '拿刀划手腕'],
  ko: ['손목에 칼을 대', '손목에 칼 대', '손목에 칼날', '손목에 커터'],
  vi: ['dao lên cổ tay', 'dao kề cổ tay', 'lưỡi lam lên cổ tay', 'dao vào cổ tay'],
  ne: ['नाडीमा चक्कु', 'नाडीमा ब्लेड', 'nadi ma chakku', 'nadi ma blade'],
  tl: ['blade sa pulso', 'kutsilyo sa pulso', 'blade sa wrist', 'labaha sa pulso'],
  pt: ['faca no pulso', 'lâmina no pulso', 'gilete no pulso', 'estilete no pulso'],
  id: ['pisau ke pergelangan', 'silet ke pergelangan', 'cutter ke pergelangan', 'pisau di pergelangan'],
};

/** …and cut, deep, today. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CUT_DEEP: Lists = {
  ja: ['深く切', 'ふかくき', '今日は切', 'きょうはき', '切ってしまっ', 'きってしまっ'],
  en: ['cut deep', 'went deeper', 'deeper today', 'cut today', 'cut it today', 'finally cut'],
  zh: ['划得很深', '划深了', '割得很深', '割深了', '今天划', '今天割'],
  ko: ['깊게 그었', '깊이 그었', '깊게 베', '오늘은 그었', '결국 그었'],
  vi: ['rạch sâu', 'cứa sâu', 'hôm nay rạch', 'hôm nay cứa', 'rạch thật'],
  ne: ['गहिरो काटें', 'गहिरो गरी काटें', 'आज काटें', 'gahiro kate', 'aaja kate'],
  tl: ['malalim ang hiwa', 'hiniwa ko nang malalim', 'malalim na hiwa', 'hiniwa ko na ngayon'],
  pt: ['cortei fundo', 'cortei mais fundo', 'corte fundo', 'hoje cortei'],
  id: ['menyayat dalam', 'sayatannya dalam', 'lebih dalam hari ini', 'hari ini aku sayat', 'hari ini saya sayat'],
};

// ─── Safe: death in jest over money, and money trouble told as over ─────────────────────────────────

/** What a spouse or a parent must not find: the pachinko, the card bill, the spending. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SPENDING: Lists = {
  ja: ['パチンコ', 'ぱちんこ', 'パチスロ', 'ぱちすろ', '競馬', 'けいば', 'カード', 'かーど', 'リボ', '明細', 'めいさい', '課金', 'かきん', '借金', 'しゃっきん'],
  en: ['pachinko', 'casino', 'betting', 'receipt', 'card bill', 'credit card', 'card statement', 'statement', 'the bill', 'spending', 'shopping'],
  zh: ['柏青哥', '小钢珠', '赌', '刷卡', '卡费', '卡债', '账单', '公仔', '乱花钱', '网购', '买买买'],
  ko: ['파칭코', '도박', '카드값', '카드 값', '카드명세서', '명세서', '쇼핑', '코인'],
  vi: ['pachinko', 'cờ bạc', 'cá độ', 'thẻ tín dụng', 'hóa đơn', 'mua sắm', 'nướng hết tiền'],
  ne: ['pachinko', 'पचिन्को', 'जुवा', 'juwa', 'क्रेडिट कार्ड', 'credit card', 'बिल', 'bill'],
  tl: ['pachinko', 'sugal', 'credit card', 'bill', 'shopping', 'natalo'],
  pt: ['pachinko', 'jogo', 'fatura', 'cartão', 'compras', 'gastei'],
  id: ['pachinko', 'judi', 'kartu kredit', 'tagihan', 'belanja', 'slot'],
};

/** Killed or dead for it, as the jest has it. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DEAD_FOR_IT: Lists = {
  ja: ['殺される', 'ころされる', '殺されるわ', '殺されちゃう', 'ころされちゃう', '命はない', 'いのちはない', '死んだ', 'しんだ'],
  en: ['im a dead man', 'i am a dead man', 'im dead meat', 'im dead', 'i am dead', 'will kill me', 'gonna kill me', 'going to kill me', 'would kill me'],
  zh: ['打死我', '弄死我', '杀了我', '宰了我', '我就死定了', '死定了', '要我的命'],
  ko: ['나 죽었다', '난 죽었다', '죽었다', '죽여버릴', '죽일 거', '묻힘', '묻힌다', '묻힐'],
  vi: ['giết anh', 'giết em', 'giết tôi', 'xử tử', 'chết chắc', 'tiêu đời'],
  ne: ['मार्छ', 'मारिदिन्छ', 'म सकिएँ', 'ma sakiye', 'marchha', 'maridinchha'],
  tl: ['papatayin ako', 'patay ako', 'ililibing', 'patay na ako'],
  pt: ['vai me matar', 'me mata', 'tô morto', 'to morto', 'estou morto', 'sou um homem morto'],
  id: ['dibunuh', 'membunuh saya', 'membunuhku', 'mati aku', 'tamat riwayat', 'dimutilasi'],
};

/** …then the turn to the real question: but seriously, honestly, just kidding; or a laugh. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BUT_SERIOUSLY: Lists = {
  ja: ['でも正直', 'でもしょうじき', 'まじめな話', 'マジな話', 'まじなはなし', '笑', 'w$', 'ww'],
  en: ['seriously though', 'but seriously', 'jokes aside', 'joking aside', 'all jokes aside', 'lol', 'haha', 'lmao', 'jk'],
  zh: ['但说真的', '说真的', '不过说真的', '讲真', '认真说', '开玩笑的', '哈哈'],
  ko: ['근데 진짜', '근데 진지하게', '진지하게', '농담이고', 'ㅋㅋ'],
  vi: ['nhưng thật ra', 'nói thật', 'đùa thôi', 'nhưng mà thật', 'haha', 'kkk'],
  ne: ['tara serious', 'तर सिरियस', 'तर साँच्चै', 'tara sachchai', 'haha'],
  tl: ['pero seryoso', 'pero seryoso na', 'joke lang', 'haha'],
  pt: ['brincadeira', 'mas falando sério', 'falando sério', 'kkk', 'rsrs'],
  id: ['tapi jujur', 'tapi serius', 'bercanda', 'hahaha', 'wkwk'],
};

/** A wish to die told of the years of the debt or the collectors. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WISH_IN_THE_DEBT: Lists = {
  ja: ['死のうとした', 'しのうとした', '死のうと思った', 'しのうとおもった', '死にたいと思っ', 'しにたいとおもっ', '死ぬしかないと思っ', 'しぬしかないとおもっ', '人生終わったと思っ'],
  en: ['tried to end things', 'tried to end it', 'wanted to die', 'thought about ending it', 'thought about killing myself', 'was suicidal', 'tried to kill myself'],
  zh: ['想过一死了之', '想一死了之', '想过死', '想过自杀', '想过跳楼', '逼到想跳楼', '逼得想跳楼', '逼到想死', '逼得想死', '差点自杀'],
  ko: ['죽고 싶었', '죽으려고 했', '죽을 생각까지 했', '자살하려고 했'],
  vi: ['từng muốn chết', 'đã muốn chết', 'định tự tử', 'từng nghĩ đến cái chết', 'muốn chết cho xong'],
  ne: ['मर्न मन लागेको थियो', 'मर्न मन लाग्थ्यो', 'आत्महत्या गर्न खोजेको थिएँ', 'marna man lageko thiyo', 'marna man lagthyo'],
  tl: ['muntik na akong magpakamatay', 'gusto ko nang mamatay noon', 'naisip kong magpakamatay', 'muntik na ako magpakamatay'],
  pt: ['tentei me matar', 'pensei em me matar', 'quis morrer', 'quis me matar', 'pensei em morrer', 'cheguei a pensar em me matar', 'cheguei a pensar em morrer', 'cheguei a tentar me matar'],
  id: ['pernah mau bunuh diri', 'pernah ingin mati', 'pernah kepikiran bunuh diri', 'sempat mau bunuh diri', 'sempat ingin mati'],
};

/** A wish to die as words of its own, to be dated past by the words around it (see `WISH_TOLD_AS_PAST`). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const A_WISH: Lists = {
  ja: ['死にたい', 'しにたい', '死のう', 'しのう', '消えたい', 'きえたい', '生きてる意味ない', 'いきてるいみない', '生きる意味がない', 'いきるいみがない', '死ぬしかない', 'しぬしかない', '生きていたくない', 'いきていたくない', '自殺', 'じさつ'],
  en: ['wanted to die', 'wanted to kill myself', 'wanted to end it all', 'didnt want to live', 'did not want to live', 'thought about suicide', 'thought of suicide', 'considered suicide', 'thought of killing myself', 'thought about killing myself', 'almost killed myself', 'nearly killed myself', 'had suicidal thoughts', 'felt suicidal', 'was suicidal'],
  zh: ['轻生', '不想活', '自杀', '寻死', '一死了之', '想死', '去死', '跳楼', '结束生命', '死'],
  ko: ['죽고 싶었', '죽으려고 했', '죽으려 했', '죽을 생각을 했', '죽을 생각까지 했', '죽고 싶다는 생각을 했', '자살을 생각했', '자살하려고 했', '살고 싶지 않았', '극단적인 선택을 하려', '극단적 선택을 생각했'],
  vi: ['muốn chết', 'muốn tự tử', 'nghĩ đến chuyện tự tử', 'nghĩ đến tự tử', 'định tự tử', 'không muốn sống', 'nghĩ đến cái chết'],
  ne: ['मर्न मन लागेको थियो', 'मर्न मन लाग्थ्यो', 'मर्न खोजेको थिएँ', 'आत्महत्या गर्ने सोचेको थिएँ', 'बाँच्न मन थिएन', 'marna man lageko thiyo', 'marna man lagthyo', 'marna khojeko thiye', 'aatmahatya garne socheko thiye', 'bachna man thiyena'],
  tl: ['gusto ko nang mamatay', 'naisip kong magpakamatay', 'naisip ko nang magpakamatay', 'akong magpakamatay', 'ayaw ko nang mabuhay'],
  pt: ['pensei em me matar', 'pensei em suicídio', 'pensei em tirar minha vida', 'pensei em acabar com tudo', 'quase me matei', 'tentei suicídio', 'tentei me matar', 'quis morrer'],
  id: ['bunuh diri', 'mau bunuh diri', 'ingin bunuh diri', 'mencoba bunuh diri', 'coba bunuh diri', 'kepikiran bunuh diri', 'berpikir bunuh diri', 'berpikir untuk bunuh diri', 'ingin mati', 'mau mati', 'pengen mati', 'tidak ingin hidup'],
};

/**
 * What dates the wish past: a thought had then, said then, once. Before it where the language says so
 * (想过, 有过, "pernah", «từng», «dati», «cheguei a»), after it in Japanese (と思ってた, と言ってた, 時期があった).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THEN: Lists = {
  ja: ['と思った', 'とおもった', 'と思ってた', 'とおもってた', 'と思っていた', 'とおもっていた', 'って思ってた', 'っておもってた', 'と言ってた', 'といってた', 'と言っていた', 'っていってた', 'って言ってた', 'を考えた', 'をかんがえた', 'を考えていた', '時期があった', 'じきがあった', '時期がありました', 'じきがありました', 'ことがあった', 'ことがありました', 'こともあった', 'こともありました'],
  en: ['i', 'i once', 'once', 'i even', 'at one point i', 'back then i'],
  zh: ['想过', '有过', '曾经', '曾经想过', '曾经有过', '一度', '一度想', '差点', '当时想', '那时候想', '都想过'],
  ko: ['', '한때', '한때는', '그때는', '예전에', '예전엔'],
  vi: ['từng', 'đã từng', 'có lúc', 'có thời gian', 'hồi đó', 'suýt'],
  ne: ['', 'पहिले', 'pahile'],
  tl: ['dati', 'dati ay', 'noon', 'nung una', 'muntik na', 'muntik nang'],
  pt: ['', 'já', 'eu'],
  id: ['pernah', 'dulu', 'sempat', 'pernah hampir', 'sempat hampir', 'dulu pernah', 'dulu sempat', 'hampir'],
};

/** A wish to die dated past by its own words: "once wanted to die", 想过轻生, «pernah hampir bunuh diri», 「死にたいと言ってた」. */
const WISH_TOLD_AS_PAST = (language: ConceptLanguage): string[] =>
  language === 'ja'
    ? cross(A_WISH.ja, THEN.ja)
    : cross(THEN[language], A_WISH[language], language === 'zh' ? '' : ' ').map((w) => w.trim());

/**
 * …and the debt settled: paid off, bankruptcy done, work found, the money got back. (Not "fine now" alone: the engine reads a wish told
 * as past with the recovery said as history, and keeps its numbers beside the answer.)
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DEBT_SETTLED: Lists = {
  ja: ['自己破産も済ん', '自己破産が済ん', 'じこはさんもすん', '債務整理が終わ', '債務整理も終わ', '完済し', 'かんさいし', '返し終わ', 'かえしおわ', '戻ってきた', 'もどってきた', '返ってきた', 'かえってきた', '取り戻し', 'とりもどし', '仕事が見つか', 'しごとがみつか', '仕事が決ま', 'しごとがきま', '再就職し', 'さいしゅうしょくし'],
  en: ['paid it all off', 'paid off', 'debt free', 'debts are cleared', 'debt is cleared', 'found a new job', 'found work', 'got a new job', 'got a job', 'got some of it back', 'got the money back', 'got my money back', 'bankruptcy went through', 'cleared my debts', 'cleared the debt', 'back on my feet'],
  zh: ['债都还清了', '债还清了', '都还清了', '已经还清', '办了个人破产', '破产以后', '日子慢慢稳了', '日子稳了', '找到新工作', '找到了新工作', '找到工作了', '找到了工作', '有了新工作', '还清了', '追回了', '拿回了', '要回了', '办了破产', '破产办完'],
  ko: ['빚 다 갚', '빚을 다 갚', '다 갚았', '파산 신청', '회생 인가', '새 직장', '새 일자리', '취업했', '일자리를 구했', '직장을 구했', '돌려받았', '면책 받았', '면책받았'],
  vi: ['trả hết nợ', 'đã trả hết', 'tìm được việc mới', 'có việc làm mới', 'đã có việc làm', 'lấy lại được tiền', 'lấy lại được một phần', 'hết nợ rồi', 'trả xong nợ'],
  ne: ['काम पनि पाएँ', 'ऋण तिरिसकें', 'kaam pani paye', 'rin tirisake', 'नयाँ काम पाएँ', 'पैसा फिर्ता पाएँ', 'ऋण तिरें', 'naya kaam paye', 'paisa firta paye', 'rin tire'],
  tl: ['bayad na lahat', 'nabayaran ko na lahat', 'may bagong trabaho na ako', 'may trabaho na ako', 'nakahanap na ako ng trabaho', 'naibalik ang pera', 'nabawi ko ang pera', 'bayad na ang utang'],
  pt: ['paguei tudo', 'quitei', 'arrumei emprego', 'arrumei um emprego', 'consegui emprego', 'consegui um emprego', 'arranjei emprego', 'recuperei o dinheiro', 'recuperei parte', 'fiz o jiko hasan', 'fiz jiko hasan', 'fiz a falência', 'declarei falência'],
  id: ['sudah lunas', 'udah lunas', 'sudah dapat kerja', 'sudah dapat pekerjaan', 'dapat kerja baru', 'dapat pekerjaan baru', 'uangnya kembali', 'uang saya kembali', 'utangnya lunas', 'utang lunas'],
};

/** Dying of the cold or of hunger, said as a feeling: I thought I would freeze, I nearly starved. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NEARLY_DIED_OF_IT: Lists = {
  ja: ['凍え死ぬかと', 'こごえしぬかと', '寒くて死ぬかと', 'さむくてしぬかと', '餓死するかと', 'がしするかと', '飢え死にするかと', 'うえじにするかと', '暑くて死ぬかと', 'あつくてしぬかと'],
  en: ['thought i would freeze to death', 'thought id freeze to death', 'nearly froze to death', 'almost froze to death', 'thought i would starve', 'thought id starve', 'nearly starved', 'almost starved'],
  zh: ['差点冻死', '以为要冻死', '快冻死了', '差点饿死', '以为要饿死', '快饿死了', '差点热死'],
  ko: ['얼어 죽는 줄', '얼어죽는 줄', '굶어 죽는 줄', '굶어죽는 줄', '더워 죽는 줄'],
  vi: ['tưởng chết cóng', 'suýt chết cóng', 'tưởng chết đói', 'suýt chết đói', 'tưởng mình chết đói'],
  ne: ['जाडोले मर्छु जस्तो', 'भोकले मर्छु जस्तो', 'jado le marchhu jasto', 'bhok le marchhu jasto'],
  tl: ['akala ko mamamatay ako sa lamig', 'muntik na akong mamatay sa lamig', 'akala ko mamamatay ako sa gutom', 'muntik na akong mamatay sa gutom'],
  pt: ['achei que ia morrer de frio', 'quase morri de frio', 'achei que ia morrer de fome', 'quase morri de fome'],
  id: ['rasanya mau mati kedinginan', 'mau mati kedinginan', 'hampir mati kedinginan', 'rasanya mau mati kelaparan', 'hampir mati kelaparan'],
};

/** …and the power back, the help come, the wages paid. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HELP_CAME: Lists = {
  ja: ['電気が戻', 'でんきがもど', '電気がつきました', '復旧し', 'ふっきゅうし', '支援を受け', 'しえんをうけ', '払ってもらえ', 'はらってもらえ', 'ありがとうございました'],
  en: ['power is back', 'power came back', 'back on', 'got help', 'got the help', 'got paid', 'paid me', 'thank you'],
  zh: ['来电了', '恢复供电', '电来了', '拿到补助', '得到了帮助', '工资发了', '谢谢'],
  ko: ['전기 들어왔', '다시 들어왔', '지원 받았', '지원을 받았', '월급 받았', '감사'],
  vi: ['có điện lại', 'đã có điện', 'được hỗ trợ', 'đã trả đủ', 'cảm ơn'],
  ne: ['बत्ती आयो', 'बिजुली आयो', 'सहयोग पाएँ', 'तलब पाएँ', 'धन्यवाद', 'dhanyabad'],
  tl: ['may kuryente na ulit', 'naibalik na', 'natulungan', 'nabayaran na', 'salamat'],
  pt: ['voltou a luz', 'religaram', 'recebi ajuda', 'pagou os salários', 'obrigad'],
  id: ['listrik sudah nyala', 'sudah nyala lagi', 'dapat bantuan', 'sudah dibayar', 'terima kasih', 'alhamdulillah'],
};

/** Suicide as a figure of speech of money: financial suicide. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FINANCIAL_SUICIDE: Lists = {
  ja: ['経済的自殺', 'けいざいてきじさつ', '金銭的自殺', '財政的自殺'],
  en: ['financial suicide', 'economic suicide'],
  zh: ['财务自杀', '财务上的自杀', '经济自杀', '经济上的自杀'],
  ko: ['경제적 자살', '금융 자살', '재정적 자살'],
  vi: ['tự sát tài chính', 'tự tử tài chính', 'tự sát về tài chính'],
  ne: ['आर्थिक आत्महत्या', 'arthik aatmahatya', 'arthik atmahatya'],
  tl: ['financial suicide', 'pinansyal na pagpapakamatay'],
  pt: ['suicídio financeiro', 'suicidio financeiro'],
  id: ['bunuh diri finansial', 'bunuh diri keuangan', 'bunuh diri secara finansial'],
};

/** …and "me too", "the same": afraid of ending up so too (the ruin, not a death). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THE_SAME_TOO: Lists = {
  ja: ['私も', 'わたしも', '自分も', 'じぶんも', '同じように', 'おなじように', 'ああなる'],
  en: ['do it too', 'do the same', 'end up like that', 'like that too', 'same thing', 'me too'],
  zh: ['我也', '自己也', '一样', '同样'],
  ko: ['나도', '저도', '똑같이', '그렇게 될까'],
  vi: ['em cũng', 'tôi cũng', 'mình cũng', 'giống vậy', 'như vậy'],
  ne: ['म पनि', 'ma pani', 'त्यस्तै', 'tyastai'],
  tl: ['ako rin', 'ako din', 'ganun din', 'ganoon din'],
  pt: ['eu também', 'fazer igual', 'o mesmo', 'assim também'],
  id: ['kayak gitu juga', 'seperti itu juga', 'saya juga', 'aku juga', 'hal yang sama'],
};

/** Someone's belongings (not a child) to be thrown out: the landlord's threat. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BELONGINGS_THROWN_OUT: Lists = {
  ja: ['荷物...捨てる', 'にもつ...すてる', '荷物...捨てます', '荷物...外に出す', 'にもつ...そとにだす'],
  en: ['throw my stuff out', 'throw my things out', 'throw out my stuff', 'throw out my things', 'throw my belongings', 'put my things on the street', 'put my stuff on the street'],
  zh: ['东西扔出去', '东西全扔了', '把我的东西扔', '行李扔出去', '东西都扔掉'],
  ko: ['짐...내다 버린다', '짐...갖다 버린다', '짐...버린다고', '짐을 다 버리', '물건...내다 버린다', '살림...내다 버린다'],
  vi: ['vứt đồ', 'quăng đồ', 'ném đồ đạc ra', 'vứt hết đồ'],
  ne: ['सामान फाल्छु', 'सामान बाहिर फाल्', 'saman falchu', 'saman phalchu'],
  tl: ['itatapon ang gamit', 'itatapon daw ang gamit', 'itapon ang gamit', 'ilalabas ang gamit'],
  pt: ['jogar minhas coisas', 'jogar as minhas coisas', 'jogar tudo na rua', 'colocar minhas coisas na rua'],
  id: ['barang saya dibuang', 'barangku dibuang', 'barang barang saya dibuang', 'barang saya dikeluarkan'],
};

/** A partner's blows told as what he was, and the marriage over: divorced, no contact. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HIT_AS_WHAT_HE_WAS: Lists = {
  ja: ['手をあげる人でした', 'てをあげるひとでした', '手をあげる人だった', '手を上げる人でした', '暴力をふるう人でした', 'ぼうりょくをふるうひとでした', '暴力をふるう人だった', '殴る人でした', 'なぐるひとでした', '殴る人だった', '叩く人でした', 'たたくひとでした'],
  en: ['used to hit me', 'used to beat me', 'would hit me', 'was violent with me', 'was the kind who hit'],
  zh: ['以前会打我', '以前常打我', '以前打过我', '是会动手的人', '以前对我动手'],
  ko: ['때리던 사람', '손찌검하던 사람', '저를 때리곤 했', '때리곤 했'],
  vi: ['từng đánh tôi', 'từng đánh em', 'hay đánh tôi', 'hay đánh em', 'là người hay đánh'],
  ne: ['पहिले मलाई कुट्थ्यो', 'मलाई कुट्थे', 'pahile malai kutthyo', 'malai kutthe'],
  tl: ['dati akong sinasaktan', 'dati niya akong sinasaktan', 'nananakit siya dati', 'dati nya akong binubugbog'],
  pt: ['me batia', 'costumava me bater', 'era violento comigo'],
  id: ['dulu suka mukul', 'dulu sering memukul', 'dulu memukul saya', 'suka main tangan'],
};

/** …and the marriage over. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const MARRIAGE_OVER: Lists = {
  ja: ['離婚して', 'りこんして', '離婚しました', 'りこんしました', '別れて', 'わかれて', 'もう会って', 'もうあって', '縁を切', 'えんをき'],
  en: ['divorced', 'split up', 'no contact', 'havent seen him', 'dont see him', 'never see him'],
  zh: ['离婚了', '离婚三年', '离婚', '分开了', '没有联系', '没再见'],
  ko: ['이혼했', '이혼한 지', '헤어졌', '연락 안 해', '연락도 안'],
  vi: ['đã ly hôn', 'ly hôn rồi', 'đã chia tay', 'không còn liên lạc'],
  ne: ['सम्बन्धविच्छेद', 'डिभोर्स', 'divorce', 'sambandha bichchhed'],
  tl: ['hiwalay na kami', 'naghiwalay na kami', 'wala na kaming contact'],
  pt: ['nos divorciamos', 'divorciad', 'separad', 'não tenho contato'],
  id: ['sudah cerai', 'sudah bercerai', 'udah cerai', 'tidak ada kontak'],
};

/** A family story of long ago: grandfather used to tell us, grandmother told of. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const STORY_OF_OLD: Lists = {
  ja: ['祖父が...話して', '祖母が...話して', 'おじいちゃんが...話して', 'おばあちゃんが...話して', '祖父から聞いた', '祖母から聞いた', '昔話'],
  en: ['grandfather used to tell', 'grandmother used to tell', 'grandpa used to tell', 'grandma used to tell', 'used to tell us how', 'used to tell me how', 'would tell us how'],
  zh: ['爷爷常说', '奶奶常说', '外公常说', '外婆常说', '爷爷以前说', '奶奶以前说', '老一辈说'],
  ko: ['할아버지가 자주 말', '할머니가 자주 말', '할아버지한테 들은', '할머니한테 들은', '옛날 얘기'],
  vi: ['ông hay kể', 'bà hay kể', 'ông nội hay kể', 'bà ngoại hay kể', 'ông ngoại hay kể', 'bà nội hay kể'],
  ne: ['हजुरबुबाले सुनाउनुहुन्थ्यो', 'हजुरआमाले सुनाउनुहुन्थ्यो', 'hajurbuba le sunaunuhunthyo'],
  tl: ['kwento ng lolo', 'kwento ng lola', 'kinukwento ng lolo', 'kinukwento ng lola'],
  pt: ['meu avô contava', 'minha avó contava', 'meu avô dizia', 'minha avó dizia'],
  id: ['kakek sering cerita', 'nenek sering cerita', 'kakek dulu cerita', 'nenek dulu cerita'],
};

/** Harm told in such a story: smashed, beat, threatened, burnt. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HARM_IN_THE_STORY: Lists = {
  ja: ['殴られ', 'なぐられ', '壊され', 'こわされ', '脅され', 'おどされ', '殺すと', 'ころすと'],
  en: ['smashed', 'beat', 'beaten', 'threatened', 'burned', 'burnt', 'broke his', 'broke her'],
  zh: ['砸了', '砸烂', '打断', '打伤', '威胁', '烧了'],
  ko: ['맞았', '부쉈', '협박', '때렸'],
  vi: ['đánh', 'đập phá', 'đe dọa', 'siết nợ', 'đốt'],
  ne: ['कुट्यो', 'भाँच्यो', 'धम्की', 'खोसेको'],
  tl: ['binugbog', 'sinira', 'pinagbantaan', 'sinunog'],
  pt: ['ameaçavam', 'ameaçaram', 'quebraram', 'bateram', 'espancaram'],
  id: ['dipukuli', 'dihancurkan', 'diancam', 'dibakar'],
};

/** Decades ago: back in the 80s, in the old days. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DECADES_AGO: Lists = {
  ja: ['年代', 'ねんだい', '何十年も前', 'なんじゅうねんもまえ', '昭和の', 'しょうわの'],
  en: ['back in the', 'in the 60s', 'in the 70s', 'in the 80s', 'in the 90s', 'in the sixties', 'in the seventies', 'in the eighties', 'in the nineties', 'decades ago', 'in the old days'],
  zh: ['年代', '几十年前', '那个年代', '旧社会'],
  ko: ['년대', '수십 년 전', '옛날에'],
  vi: ['hồi xưa', 'ngày xưa', 'mấy chục năm trước', 'thập niên'],
  ne: ['दशक', 'धेरै वर्ष अघि', 'पुरानो जमानामा'],
  tl: ['noong dekada', 'noong unang panahon', 'noong araw'],
  pt: ['nos anos', 'antigamente', 'décadas atrás'],
  id: ['tahun 80an', 'tahun 90an', 'tahun 70an', 'zaman dulu', 'puluhan tahun lalu'],
};

/**
 * Money trouble: debts and collectors, gambling, scams, wages unpaid, the power or gas cut off, eviction — the crises told beside them, and the money talk that only sounds like one.
 * Written for every language, like every concept (see concepts.ts).
 */
export const MONEY_CONCEPTS: readonly Concept[] = [
  {
    // A child not fed for days in a home with the power, the gas or the heating off («When I picked my son up
    // he said he hadn't eaten since Friday and the heating's been off», «孩子从昨天就没吃…家里断电了»): the
    // money gone to casinos or pachinko leaves the child without care. An adult's own bills and hunger name no
    // child and stay money trouble.
    name: 'a child not fed for days, and the power, gas or heating off at home',
    signal: 'child_abuse',
    words: inEachLanguage((language) => ({
      pairs: [
        {
          reach: near(language, 50, 100),
          acrossSentences: 2,
          a: cross(A_CHILD[language], NOT_EATEN_FOR_DAYS[language], '...'),
          b: POWER_OFF[language],
        },
      ],
    })),
  },
  {
    // A loan shark or a collector who says he will "deal with" or hurt a named family member («地下錢莊的人…要潑漆
    // 還要「處理」我老爸», "the collectors said they'd hurt my dad"): a threat of harm, not of a suit or a call to
    // work.
    name: 'a loan shark or collector threatening to deal with or hurt a family member',
    signal: 'violence',
    words: inEachLanguage((language) => ({
      pairs: [
        {
          reach: near(language, 40, 100),
          acrossSentences: 1,
          a: LENDER[language],
          b: DO_AWAY_WITH[language],
        },
      ],
    })),
  },
  {
    // A blade put to the wrist again and again, and cut deep today («자꾸 손목에 칼을 대게 되는데 오늘은 좀 깊게
    // 그었어요»): self-harm now, whatever the debt or the job lost beside it.
    name: 'a blade put to the wrist, and cut deep today',
    signal: 'suicide',
    words: inEachLanguage((language) => ({
      pairs: [
        {
          reach: near(language, 30, 60),
          acrossSentences: 1,
          a: BLADE_TO_WRIST[language],
          b: CUT_DEEP[language],
        },
      ],
    })),
  },
  {
    // Killed or dead if the wife or mother sees the pachinko or the card bill, then "but seriously" or a laugh
    // («if my wife sees this pachinko receipt I'm a dead man… seriously though», «我媽說我再刷卡…就要打死我 但說真的»):
    // a jest, and the real question (gambling, debt) after it. A threat with no spending named, or no turn to
    // the question, still alarms.
    name: 'killed or dead over the pachinko or the card bill, said in jest before the real question',
    signal: null,
    words: inEachLanguage((language) => ({
      idioms: [
        {
          a: [
            ...cross(SPENDING[language], DEAD_FOR_IT[language], '...'),
            ...cross(DEAD_FOR_IT[language], SPENDING[language], '...'),
          ],
          b: BUT_SERIOUSLY[language],
          reach: near(language, 20, 40),
          acrossSentences: 1,
        },
      ],
    })),
  },
  {
    // A wish to die in the years of the debt or the collectors, and the debt settled or the life steady now
    // («去年被高利贷追债的时候真的想过一死了之,后来办了个人破产…日子慢慢稳了», «三年前被討債公司逼到想跳樓,現在債都還清了»,
    // «पहिले…ऋणको कारण मर्न मन लागेको थियो, अहिले ठीक छु»): history, asked about for a plan or a relative.
    name: 'a wish to die in the years of the debt, the debt settled or life steady now',
    signal: null,
    words: inEachLanguage((language) => ({
      idioms: [
        {
          a: [...WISH_IN_THE_DEBT[language], ...WISH_TOLD_AS_PAST(language)],
          b: DEBT_SETTLED[language],
          reach: near(language, 60, 120),
          acrossSentences: 1,
        },
      ],
    })),
  },
  {
    // Dying of the cold or of hunger said as a feeling, beside the power back or the help come («Alhamdulillah
    // listrik sudah nyala lagi… Semalam rasanya mau mati kedinginan»): the hardship told as over.
    name: 'nearly died of the cold or of hunger, said as a feeling, the power back or the help come',
    signal: null,
    words: inEachLanguage((language) => ({
      idioms: eitherWay(NEARLY_DIED_OF_IT[language], HELP_CAME[language], near(language, 60, 120), 2),
    })),
  },
  {
    // "Financial suicide" («bunuh diri finansial», 「経済的自殺」): a figure of speech of ruin by debt, and the fear of
    // it "too" («Saya takut kayak gitu juga») is no wish to follow a death.
    name: 'financial suicide, a figure of speech of ruin',
    signal: null,
    words: inEachLanguage((language) => ({
      idioms: [
        ...FINANCIAL_SUICIDE[language],
        // (afraid of it "too": the ruin, not someone's death to follow)
        {
          a: FINANCIAL_SUICIDE[language],
          b: THE_SAME_TOO[language],
          reach: near(language, 40, 80),
          acrossSentences: 1,
        },
      ],
    })),
  },
  {
    // A landlord's threat to throw one's belongings out («짐 다 내다 버린다고», "throw my stuff out"): an
    // eviction matter, not a child thrown out nor a threat of harm.
    name: 'a landlord’s threat to throw one’s belongings out',
    signal: null,
    words: inEachLanguage((language) => ({ idioms: BELONGINGS_THROWN_OUT[language] })),
  },
  {
    // A former partner's blows told as what he was, the marriage over («元夫は…手をあげる人でした。離婚して3年、
    // もう会ってもいません»): his debts are what still come. Blows with no end said still alarm.
    name: 'a former partner who used to hit, the marriage over',
    signal: null,
    words: inEachLanguage((language) => ({
      idioms: [
        {
          a: HIT_AS_WHAT_HE_WAS[language],
          b: MARRIAGE_OVER[language],
          reach: near(language, 40, 80),
          acrossSentences: 1,
        },
      ],
    })),
  },
  {
    // A family story of long ago: collectors who smashed a grandfather's shop in the 80s ("My grandfather used
    // to tell us how yakuza collectors smashed his shop windows back in the 80s", «bà hay kể hồi xưa bị xã hội
    // đen siết nợ»): the harm told as a story or dated decades back.
    name: 'harm by collectors in a family story of long ago',
    signal: null,
    words: inEachLanguage((language) => ({
      idioms: [
        { a: STORY_OF_OLD[language], b: HARM_IN_THE_STORY[language], reach: near(language, 30, 80) },
        ...eitherWay(HARM_IN_THE_STORY[language], DECADES_AGO[language], near(language, 20, 40)),
      ],
    })),
  },
  {
    // No food to give a child, and the child on water alone («tidak bisa beli makanan untuk anak saya, dia cuma minum
    // air», «没钱给孩子买吃的…只喝水»): a child going hungry for want of money. An adult on water alone, or a child
    // with a fever who only drinks water, names no want of food for the child and stays quiet.
    name: 'no food to give a child, the child on water alone',
    signal: 'child_abuse',
    words: inEachLanguage((language) => ({
      pairs: [
        {
          reach: near(language, 40, 100),
          acrossSentences: 1,
          a: forTheChild(language),
          b: ON_WATER_ALONE[language],
        },
        {
          reach: near(language, 40, 100),
          acrossSentences: 1,
          a: ON_WATER_ALONE[language],
          b: forTheChild(language),
        },
      ],
    })),
  },
  {
    // Standing guarantor for a friend, asked about before signing («如果我给朋友当了保证人…还没签字，先问问», «朋友在拜託
    // 我,想先問清楚»): "if he runs off, must I pay it all?" is a question of liability, whatever the model makes of "if".
    name: 'a question about standing guarantor, asked before signing',
    signal: null,
    words: inEachLanguage((language) => ({
      idioms: eitherWay(GUARANTOR[language], ASKED_AHEAD[language], near(language, 60, 120), 2),
    })),
  },
];
