import type { Concept } from './concepts.ts';
import { eitherWay } from './concepts-safe.ts';
import { type ConceptExtension, cross, extendConcepts, inEachLanguage } from './extend-concepts.ts';

// Ways of saying "has not come back" in Japanese and Korean, and how long (for the lists below).
// biome-ignore format: word lists stay on a few lines
/** A child named as the object of a verb in English: my, our, her, his or their son, daughter, kids…; the kids, the baby. */
const EN_KIDS = [
  ...['my', 'our', 'her', 'his', 'their'].flatMap((p) => ['son', 'daughter', 'kid', 'kids', 'child', 'children', 'baby', 'toddler', 'stepson', 'stepdaughter', 'little boy', 'little girl'].map((k) => `${p} ${k}`)),
  'the kids', 'the children', 'the child', 'the baby', 'the toddler', 'the little boy', 'the little girl',
];
const JA_NOT_BACK = [
  'かえっていない',
  'かえっていません',
  '帰っていない',
  '帰っていません',
  'もどっていない',
  '戻っていない',
  'かえらない',
  'かえらなく',
  'かえってこない',
  'かえってこなく',
  'かえってない',
  'かえってきてない',
  'かえってきません',
  'かえりません',
  'もどらない',
  'もどってこない',
  'もどってない',
  'もどってきません',
  'もどりません',
  '帰らない',
  '帰らなく',
  '帰ってこない',
  '帰ってこなく',
  '帰ってない',
  '帰ってきてない',
  '帰ってきません',
  '帰りません',
  '戻らない',
  '戻ってこない',
  '戻ってない',
  '戻りません',
  'かえってこーへん',
  'かえってけーへん',
];
// biome-ignore format: word lists stay on a few lines
const JA_DAYS = ['2にち', '3にち', '4にち', '5にち', '2日', '3日', '4日', '5日', 'ふつか', 'みっか', 'よっか', 'いつか', 'なんにちも', '何日も', 'いっしゅうかん', '一週間', 'きのうから', '昨日から', 'おとといから', '一昨日から'];
// biome-ignore format: word lists stay on a few lines
const JA_DAYS_NOT_BACK = ['かえらない', 'かえってこない', 'かえってない', 'かえってきてない', 'もどらない', 'もどってない', 'いない', 'いません', '帰らない', '帰ってこない', '帰ってない', '戻らない', '戻ってない'];
// biome-ignore format: word lists stay on a few lines
const KO_NOT_BACK = ['안 왔', '안 들어왔', '안 돌아왔', '안 와', '안 옴', '안 들어와', '안 들어오', '안 들어옴', '안 돌아와', '안 돌아오', '안 돌아옴', '안와', '안들어와', '안들어옴', '안 들어온', '안 돌아온', '들어오지 않', '돌아오지 않'];
// A mother or both parents not back (a father only as a child names him, «my dad», «meu pai» — not «パパ»,
// «papa», «ayah», as a wife names her husband): who,
// then any way of saying "has not come back" — plain, polite, kana or kanji, texting.
// biome-ignore format: word lists stay on a few lines
const PARENT_NOT_BACK = {
  ja: [
    ...cross(
      ['おかあさん', 'お母さん', 'かあさん', '母さん', 'ははおや', '母親', 'ままが', 'ままは', 'ままも', 'ままもう', 'おやが', 'おやは', 'おやも', 'おやもう', '親が', '親は', '親も', '親もう', 'りょうしん', '両親'],
      JA_NOT_BACK, '...'),
    // «ママ かえって こない»: mummy with no particle, straight before the verb
    ...cross(['まま', 'おや', '親'], JA_NOT_BACK),
    // «ママ 2にち かえって ない», «おかあさん 3にち いない»: how long, then the verb (here «いない» too)
    ...cross(['まま', 'おや', '親', 'おかあさん', 'お母さん', 'ははおや', '母親', 'りょうしん', '両親'], cross(JA_DAYS, JA_DAYS_NOT_BACK), '...'),
  ],
  en: cross(
    ['mom', 'mum', 'mommy', 'mummy', 'mama', 'momma', 'my mother', 'my parents', 'parents', 'my dad'],
    ['hasnt come home', 'hasnt come back', 'hasnt been home', 'hasnt been back', 'havent come home', 'havent come back', 'havent been home', 'havent been back', 'didnt come home', 'didnt come back', 'never came home', 'never came back', 'not come home', 'not back', 'still not back', 'still not home', 'still hasnt come', 'still havent come', 'isnt back', 'arent back', 'gone for', 'been gone', 'gone 2', 'gone 3', 'gone 4', 'gone two', 'gone three', 'gone four', 'gone since', 'gone all night', 'gone overnight', 'went out and never', 'went out and hasnt', 'left and never', 'left and hasnt', 'disappeared'],
    ' ',
  ),
  zh: cross(['妈', '爸妈', '父母', '大人', '家长'], ['没回来', '没回家', '没有回来', '没有回家', '不回家', '还没回', '都没回', '一直没回', '没回过家'], '...'),
  ko: [
    ...cross(['엄마', '엄마가', '엄마는', '부모님이', '부모님', '부모가'], KO_NOT_BACK, ' '),
    ...cross(cross(['엄마', '엄마가', '엄마는', '부모님이', '부모님', '부모가'], ['2일째', '3일째', '4일째', '5일째', '이틀째', '사흘째', '나흘째', '며칠째', '며칠 동안', '며칠이나', '일주일째', '아직', '아직도', '어제부터', '집에', '계속'], ' '), KO_NOT_BACK, ' '),
  ],
  // («chưa về», not back yet, is an evening's wait unless days are said: «mẹ đi 3 ngày chưa về»)
  vi: [
    ...cross(['mẹ', 'bố mẹ', 'ba mẹ', 'cha mẹ', 'bố con', 'bố em', 'ba con', 'ba em'], ['không về$', 'ko về$', 'k về$', 'hông về$', 'chẳng về$', 'không thấy về$', 'đi luôn', 'bỏ đi'], '...'),
    ...cross(['mẹ', 'bố mẹ', 'ba mẹ', 'cha mẹ'], cross(['ngày', 'hôm', 'đêm', 'tuần'], ['chưa về$', 'chưa thấy về$', 'vẫn chưa về$'], '...'), '...'),
  ],
  ne: [
    ...cross(['आमा', 'आमाबुबा', 'आमाबुवा', 'आमा बुबा', 'बुबा', 'बुवा', 'बाबा', 'ममी'], ['आउनुभएको छैन', 'आउनु भएको छैन', 'आउनुभएन', 'आउनु भएन', 'फर्किनुभएको छैन', 'फर्किनु भएको छैन', 'फर्कनुभएको छैन', 'फर्किनुभएन', 'फर्किनु भएन', 'फर्केको छैन', 'फर्किएको छैन', 'फर्किएका छैनन्', 'फर्केका छैनन्', 'आएको छैन', 'आएका छैनन्', 'आउनुहुन्न', 'फर्किनुहुन्न', 'आउँदैनन्', 'आउँदैन', 'फर्कँदैन'], '...'),
    ...cross(['aama', 'ama', 'amma', 'mummy', 'mamu', 'aama baba', 'aama buwa', 'aamabuwa', 'buwa', 'buba', 'baba'], ['aaunu bhayeko chaina', 'aaunu vayeko chaina', 'aunu bhayeko chaina', 'aaunu bhayeko chhaina', 'aaunu bhaxaina', 'aaunu bhayena', 'aaunu vayena', 'aunu bhayena', 'aunu vayena', 'aaunu bhaena', 'farkinu bhayeko chaina', 'farkinu vayeko chaina', 'farkinu bhayena', 'farkinu vayena', 'farkeko chaina', 'farkeko chhaina', 'farkeko xaina', 'farkiyeko chaina', 'farkeka chainan', 'aayeko chaina', 'aaeko chaina', 'aako chaina', 'aaunuhunna', 'aaunu hunna', 'aaudaina', 'aaudainan', 'farkadaina'], '...'),
  ],
  tl: [
    ...cross(['mama', 'nanay', 'inay', 'mommy', 'mami', 'magulang'], ['hindi umuuwi', 'di umuuwi', 'hindi pa umuuwi', 'di pa umuuwi', 'hindi pa bumabalik', 'di pa bumabalik', 'hindi bumabalik', 'di bumabalik', 'hindi na bumalik', 'di na bumalik', 'hindi pa nakakauwi', 'di pa nakakauwi', 'hindi umuwi', 'di umuwi', 'hindi pa umuwi', 'di pa umuwi'], '...'),
    ...cross(['hindi umuuwi', 'di umuuwi', 'hindi pa umuuwi', 'di pa umuuwi', 'hindi pa bumabalik', 'di pa bumabalik', 'hindi bumabalik', 'di bumabalik', 'hindi na bumalik', 'di na bumalik', 'hindi pa nakakauwi', 'di pa nakakauwi', 'hindi umuwi', 'di umuwi'], ['mama', 'nanay', 'inay', 'mommy', 'mami', 'magulang'], '...'),
  ],
  pt: cross(['mãe', 'mae', 'mamãe', 'mainha', 'meus pais', 'os pais', 'pai dele', 'pai dela', 'meu pai'], ['não volt', 'nao volt', 'n volt', 'num volt', 'não veio', 'nao veio', 'não aparece', 'nao aparece', 'não chegou', 'nao chegou', 'não vem pra casa', 'nao vem pra casa', 'não dorme em casa', 'nao dorme em casa', 'sumiu', 'sumiram', 'saiu e não', 'saiu e nao'], '...'),
  // («belum pulang», not home yet, is an evening's wait unless days are said: «udah 3 hari belum pulang»)
  id: [
    ...cross(['mama', 'mamah', 'mamanya', 'ibu', 'ibunya', 'bunda', 'emak', 'ortu', 'ortunya', 'orang tua', 'orangtua'], ['gak pulang', 'ga pulang', 'gk pulang', 'g pulang', 'nggak pulang', 'ngga pulang', 'enggak pulang', 'tidak pulang', 'ndak pulang', 'gak balik', 'ga balik', 'nggak balik', 'tidak kembali', 'gak kembali', 'ga kembali', 'pergi gak balik', 'pergi ga balik'], '...'),
    ...cross(['mama', 'mamah', 'mamanya', 'ibu', 'ibunya', 'bunda', 'emak', 'ortu', 'ortunya', 'orang tua', 'orangtua'], cross(['hari', 'malam', 'minggu'], ['belum pulang', 'blm pulang', 'belum balik', 'blm balik', 'belum kembali'], '...'), '...'),
  ],
} as const;

// The other half: a child there alone, brothers and sisters on their own, no food in the house (not
// mere hunger before dinner, which any child has while a parent is on the way).
// biome-ignore format: word lists stay on a few lines
const CHILD_LEFT = {
  ja: ['こどもひとり', '子どもひとり', '子供ひとり', '子ども一人', '子供一人', 'こどもがひとり', '子どもがひとり', '子どもが一人', '子供が一人', 'こどもだけ', '子どもだけ', '子供だけ', 'こどもたちだけ', '子どもたちだけ', 'あかちゃんひとり', '赤ちゃんひとり', '赤ちゃん一人', 'あかちゃんとふたり', '赤ちゃんと二人', 'ぼくひとり', 'ぼく一人', 'ぼくだけ', 'わたしひとり', 'わたし一人', 'あたしひとり', 'おれひとり', 'おとうととふたり', 'いもうととふたり', '弟とふたり', '妹とふたり', '弟と二人', '妹と二人', 'おとうととわたしだけ', 'いもうととわたしだけ', 'わたしとおとうとだけ', 'わたしといもうとだけ', 'ぼくとおとうとだけ', 'ぼくといもうとだけ', 'きょうだいだけ', '兄弟だけ', 'ひとりでいえ', '一人で家', 'ひとりでおうち', 'ひとりでるすばん', '一人で留守番', 'ごはんない', 'ごはんがない', 'ご飯がない', 'ご飯ない', 'ごはんもない', 'たべものない', 'たべものがない', '食べ物がない', '食べ物ない', 'たべるものがない', '食べるものがない', 'なにもたべてない', '何も食べてない', 'なにもたべていない', '何も食べていない', 'おかねもない', 'おかねない', 'おとないない', 'おとながいない', '大人がいない'],
  en: ['just me and my little', 'only me and my little', 'im alone', 'im all alone', 'i am alone', 'im home alone', 'im by myself', 'im on my own', 'home alone', 'alone at home', 'alone in the house', 'alone in the apartment', 'alone in the flat', 'kids are alone', 'kids alone', 'children are alone', 'children alone', 'the kids are by themselves', 'no food', 'nothing to eat', 'no more food', 'food ran out', 'food is gone', 'fridge is empty', 'nothing in the fridge', 'havent eaten', 'didnt eat', 'not eaten', 'no adults', 'no adult', 'no grown ups', 'no grownups', 'no one else is here', 'nobody else is here'],
  zh: ['我一个人', '一个人在家', '自己在家', '只有我和弟弟', '只有我和妹妹', '只剩我和弟弟', '只剩我和妹妹', '我和弟弟两个人在家', '我和妹妹两个人在家', '和弟弟两个人在家', '和妹妹两个人在家', '只有我', '只剩我', '没吃的', '没东西吃', '没有吃的', '没有东西吃', '没饭吃', '什么都没吃', '没吃东西', '家里没人', '没有大人', '孩子一个人', '孩子自己', '小孩一个人', '小孩自己', '孩子们自己', '几个孩子'],
  ko: ['혼자 있', '혼자야', '혼자예요', '혼자에요', '혼자임', '혼자 집', '집에 혼자', '동생이랑 둘', '동생하고 둘', '동생이랑만', '동생이랑 저', '동생이랑 나', '우리끼리', '애들끼리', '애들만', '아이들만', '먹을 게 없', '먹을게 없', '먹을 거 없', '먹을거 없', '먹을 것이 없', '먹을 것도 없', '밥이 없', '밥 없', '굶고', '굶었', '아무것도 못 먹', '아무것도 안 먹', '어른이 없', '어른은 없'],
  vi: ['ở nhà một mình', 'ở nhà 1 mình', 'một mình ở nhà', '1 mình ở nhà', 'con một mình', 'em một mình', 'cháu một mình', 'con 1 mình', 'em 1 mình', 'hai chị em ở nhà', 'hai anh em ở nhà', '2 chị em ở nhà', '2 anh em ở nhà', 'mấy chị em ở nhà', 'mấy anh em ở nhà', 'hai đứa nhỏ ở nhà', 'mấy đứa nhỏ ở nhà', 'bọn trẻ ở nhà', 'không có gì ăn', 'ko có gì ăn', 'k có gì ăn', 'không có đồ ăn', 'ko có đồ ăn', 'hết đồ ăn', 'hết gạo', 'chưa ăn gì', 'chưa được ăn', 'không có người lớn', 'ko có người lớn'],
  ne: ['म एक्लै', 'एक्लै छु', 'एक्लै छौं', 'एक्लै छौँ', 'घरमा एक्लै', 'एक्लै छन्', 'म र भाइ मात्र', 'म र बहिनी मात्र', 'भाइ र म मात्र', 'बहिनी र म मात्र', 'भाइसँग मात्र', 'बहिनीसँग मात्र', 'हामी मात्र', 'खाना छैन', 'खाने कुरा छैन', 'खाने केही छैन', 'केही खाएको छैन', 'भोकै', 'ma eklai', 'eklai chu', 'eklai chhu', 'eklai xu', 'eklai chau', 'eklai chhau', 'eklai chaun', 'eklai chan', 'ghar ma eklai', 'gharma eklai', 'ma ra bhai matra', 'ma ra bahini matra', 'bhai ra ma matra', 'bahini ra ma matra', 'hami matra', 'khana chaina', 'khana chhaina', 'khana xaina', 'khane kura chaina', 'khane kehi chaina', 'kehi khayeko chaina', 'bhokai'],
  tl: ['mag isa ako', 'ako lang mag isa', 'ako lang sa bahay', 'ako lang dito', 'mag isa lang ako', 'mag isa sa bahay', 'nag iisa ako', 'kami lang ng kapatid', 'kami lang ng mga kapatid', 'kami lang magkapatid', 'ako at ang kapatid', 'ako at kapatid', 'kasama ko lang kapatid', 'walang pagkain', 'walang makain', 'wala kaming makain', 'walang makakain', 'hindi pa kumakain', 'di pa kumakain', 'walang matanda', 'walang adult', 'mga bata mag isa', 'bata mag isa', 'mag isa na'],
  pt: ['sozinho em casa', 'sozinha em casa', 'sozinhos em casa', 'sozinhas em casa', 'to sozinho', 'to sozinha', 'tô sozinho', 'tô sozinha', 'estou sozinho', 'estou sozinha', 'fiquei sozinho', 'fiquei sozinha', 'tamo sozinho', 'tamos sozinhos', 'estamos sozinhos', 'só eu e meu irmão', 'só eu e minha irmã', 'só eu e meus irmãos', 'só eu e o bebê', 'so eu e meu irmão', 'so eu e minha irmã', 'sem comida', 'não tem comida', 'nao tem comida', 'n tem comida', 'não tem nada pra comer', 'nao tem nada pra comer', 'nada pra comer', 'nada para comer', 'acabou a comida', 'passando fome', 'crianças sozinhas', 'crianças sozinhos', 'tão sozinhas', 'tão sozinhos', 'estão sozinhas', 'estão sozinhos', 'nenhum adulto', 'sem adulto'],
  id: ['aku sendirian', 'aku sendiri di rumah', 'saya sendirian', 'sendirian di rumah', 'sendiri di rumah', 'di rumah sendirian', 'di rumah sendiri', 'cuma aku sama adek', 'cuma aku sama adik', 'cuma aku ama adek', 'tinggal aku sama adek', 'tinggal aku sama adik', 'cuma berdua', 'berdua aja', 'berdua sama adek', 'berdua sama adik', 'berdua ama adek', 'cuma aku sama', 'cuma aku dan', 'gak ada makanan', 'ga ada makanan', 'tidak ada makanan', 'nggak ada makanan', 'gada makanan', 'gak ada makan', 'ga ada makan', 'belum makan dari', 'gak makan dari', 'ga makan dari', 'belum makan seharian', 'kelaparan', 'anak anak sendirian', 'anaknya sendirian', 'anak2 sendirian', 'ga ada orang dewasa', 'gak ada orang dewasa', 'tidak ada orang dewasa'],
} as const;

// The adults near a child who may touch them (an uncle, a grandfather, a mother's boyfriend, a
// neighbour, a coach, a tutor, a cousin, the landlord or his son, a building's caretaker) — never a doctor or a nurse, whose hands on a child's tummy
// are an examination.
// biome-ignore format: word lists stay on a few lines
const ADULT_NEAR_CHILD = {
  ja: ['おじさん', 'おじちゃん', '叔父', '伯父', 'おじいちゃん', 'じいちゃん', '祖父', 'ままのかれし', 'ママの彼氏', 'お母さんの彼氏', 'おかあさんのかれし', 'ははのかれし', '母の彼氏', 'ままちち', '継父', '義父', 'となりのひと', '隣の人', 'となりのおとこ', '隣の男', 'きんじょのひと', '近所の人', 'きんじょのおとこ', '近所の男', 'おとこのひと', '男の人', 'しらないひと', '知らない人', 'しらないおとこ', '知らない男', 'コーチ', 'じゅくのせんせい', '塾の先生', 'いとこ', 'おにいちゃん', 'お兄ちゃん', 'あにが', 'あには', '兄が', '兄は', 'おとうさんのともだち', 'お父さんの友達', 'ぱぱのともだち', 'パパの友達', '大家さん', 'おおやさん', '大家の', 'おおやの', '管理人', 'かんりにん'],
  en: ['uncle', 'great uncle', 'grandpa', 'grandad', 'granddad', 'grandfather', 'stepdad', 'step dad', 'stepfather', 'moms boyfriend', 'mums boyfriend', 'mothers boyfriend', 'neighbour', 'neighbor', 'man next door', 'guy next door', 'family friend', 'dads friend', 'moms friend', 'mums friend', 'coach', 'tutor', 'babysitter', 'cousin', 'older boy', 'youth pastor', 'scout leader', 'landlord', 'janitor', 'caretaker', 'teenage boy'],
  zh: ['叔叔', '舅舅', '伯伯', '姨父', '姨丈', '姑父', '姑丈', '爷爷', '外公', '继父', '后爸', '妈妈的男朋友', '我妈男朋友', '我妈的男朋友', '邻居', '隔壁', '表哥', '堂哥', '教练', '补习老师', '家教', '爸爸的朋友', '我爸的朋友', '陌生人', '房东', '保安', '门卫'],
  ko: ['옆집 아저씨', '아저씨', '이웃', '엄마 남자친구', '엄마 남친', '할아버지', '외할아버지', '삼촌', '외삼촌', '큰아빠', '작은아빠', '고모부', '이모부', '코치', '학원 선생님', '과외 선생님', '사촌 오빠', '사촌 형', '새아빠', '의붓아빠', '아빠 친구', '모르는 아저씨', '집주인', '경비 아저씨', '관리인'],
  vi: ['chú', 'chú hàng xóm', 'ông hàng xóm', 'bác hàng xóm', 'anh hàng xóm', 'dượng', 'bố dượng', 'cậu', 'anh họ', 'bạn trai mẹ', 'bạn trai của mẹ', 'người yêu mẹ', 'thầy', 'huấn luyện viên', 'ông nội', 'ông ngoại', 'bạn của bố', 'bạn bố', 'chủ nhà', 'chủ trọ'],
  ne: ['मामा', 'काका', 'अंकल', 'दाइ', 'दाजु', 'हजुरबुबा', 'हजुरबुवा', 'सौतेनी बुबा', 'सौतेनी बुवा', 'छिमेकी', 'आमाको साथी', 'बुबाको साथी', 'बुवाको साथी', 'सर', 'शिक्षक', 'भिनाजु', 'mama$', 'kaka', 'uncle', 'dai$', 'daju', 'hajurbuba', 'hajurbuwa', 'sauteni', 'chimeki', 'chhimeki', 'aama ko sathi', 'buwa ko sathi', 'sir le', 'bhinaju', 'sahu', 'saahu', 'sahuji', 'ghar bheti', 'gharbeti', 'ghar dhani', 'ghardhani', 'ko chhora le', 'ko chhorale', 'साहु', 'घरबेटी', 'घरधनी', 'को छोराले'],
  tl: ['tito', 'tiyo', 'lolo', 'kapitbahay', 'stepdad', 'step dad', 'amain', 'boyfriend ni mama', 'bf ni mama', 'kinakasama ni mama', 'pinsan', 'kuya', 'coach', 'teacher', 'kaibigan ni papa', 'landlord', 'may ari ng bahay'],
  pt: ['tio$', 'padrasto', 'namorado da minha mãe', 'namorado da mãe', 'marido da minha mãe', 'vizinho', 'avô', 'vô$', 'primo', 'treinador', 'professor de', 'amigo do meu pai', 'amigo da família', 'amigo do pai', 'dono da casa', 'filho do dono', 'proprietário', 'porteiro', 'zelador'],
  id: ['om$', 'omnya', 'paman', 'pamannya', 'pakde', 'paklik', 'kakek', 'kakeknya', 'tetangga', 'ayah tiri', 'bapak tiri', 'papa tiri', 'pacar mama', 'pacar ibu', 'pacar mamanya', 'sepupu', 'pelatih', 'guru les', 'guru ngaji', 'temen papa', 'teman ayah', 'teman bapak', 'pemilik kos', 'bapak kos', 'pemilik kontrakan', 'yang punya kos'],
} as const;

// A child's body touched: the body, the chest, the bottom, the private parts, under the clothes, in any
// tense («さわった», «छुनुहुन्छ», "touched her body", «tocou no corpo dela», «dipegang-pegang»). (A head patted,
// a hand held, a forehead felt for a fever is none of these.)
// biome-ignore format: word lists stay on a few lines
const BODY_TOUCHED = {
  ja: [
    ...cross(['からだ', '体', 'むね', '胸', 'おしり', 'お尻', 'おまた', 'ぱんつ', 'パンツ', 'したぎ', '下着', 'ふくのなか', '服の中', 'はだか', '裸'], ['さわっ', 'さわら', 'さわる', 'さわり', '触っ', '触ら', '触る', '触り', 'なでまわ', '撫で回', 'てをいれ', '手を入れ', 'ぬが', '脱が'], '...'),
    'さわられ', '触られ', 'へんなところ', '変なところ', 'へんなとこ', '変なとこ', 'いやなところ', '嫌なところ',
  ],
  en: ['touches my daughter$', 'touched my daughter$', 'touching my daughter$', 'touches my son$', 'touched my son$', 'touching my son$', 'touches my niece$', 'touched my niece$', 'touched my kid$', 'touches my kid$', 'touching my kid$', 'touched my child$', 'touches my child$', 'touching my child$', 'touched her body', 'touches her body', 'touching her body', 'touched his body', 'touches his body', 'touching his body', 'touched my body', 'touches my body', 'touching my body', 'touched her bottom', 'touches her bottom', 'touched her chest', 'touches her chest', 'her private part', 'his private part', 'my private part', 'her privates', 'his privates', 'my privates', 'between her legs', 'between his legs', 'between my legs', 'under her clothes', 'under his clothes', 'under my clothes', 'inside her pants', 'inside his pants', 'inside my pants', 'in her pants', 'in his pants', 'in my pants', 'in her underwear', 'in his underwear', 'in my underwear', 'made her touch', 'made him touch', 'makes her touch', 'makes him touch', 'made me touch', 'makes me touch', 'touches me$', 'touching me$', 'keeps touching me', 'feels me up', 'felt me up', 'felt her up', 'feels her up', 'feeling me up', 'groping me', 'gropes me', 'groped me', 'groping her', 'gropes her', 'groped her'],
  zh: ['摸她身体', '摸她的身体', '摸我身体', '摸我的身体', '摸他身体', '摸他的身体', '摸孩子身体', '摸孩子的身体', '乱摸她', '乱摸我', '乱摸孩子', '摸她下面', '摸我下面', '摸他下面', '摸她屁股', '摸我屁股', '摸她胸', '摸我胸', '摸她私处', '摸我私处', '碰她身体', '碰我身体', '碰她的身体', '碰我的身体', '碰她下面', '碰我下面', '手伸进她', '手伸进我', '手伸进孩子', '伸进她衣服', '伸进我衣服', '伸进她裤子', '伸进我裤子', '脱她裤子', '脱我裤子', '脱她衣服', '脱我衣服', '对我动手动脚', '对她动手动脚', '在我身上摸来摸去', '在她身上摸来摸去'],
  ko: ['몸을 만', '몸 만', '몸을 더듬', '몸 더듬', '몸에 손', '가슴을 만', '가슴 만', '엉덩이를 만', '엉덩이 만', '바지 안', '바지 속', '팬티 안', '팬티 속', '속옷 안', '속옷 속', '옷 안에 손', '옷 속에 손', '옷 속으로 손', '소중한 곳', '이상한 곳을 만', '이상한 데를 만', '이상한 데 만', '나를 만지', '저를 만지', '날 만지', '절 만지', '나를 더듬', '저를 더듬'],
  vi: ['sờ soạng', 'sờ mó', 'sờ vào người con', 'sờ vào người em', 'sờ vào người cháu', 'sờ vào người bé', 'sờ vào người nó', 'sờ vùng kín', 'sờ vào vùng kín', 'sờ chỗ kín', 'sờ vào chỗ kín', 'sờ ngực', 'sờ vào ngực', 'sờ mông', 'sờ vào mông', 'sờ đùi', 'sờ vào đùi', 'thò tay vào quần', 'thò tay vào áo', 'cho tay vào quần', 'luồn tay vào quần', 'luồn tay vào áo', 'vùng kín', 'chỗ kín'],
  ne: ['छुनु', 'छुन्छ', 'छुन्छन्', 'छुन्थ्यो', 'छुन्थे', 'छुँदै', 'छोयो', 'छोए', 'छोइ', 'छाम्', 'शरीर छु', 'शरीरमा छु', 'शरीरमा हात', 'जिउ छु', 'जिउमा हात', 'लुगाभित्र हात', 'लुगा भित्र हात', 'गोप्य अंग', 'गुप्तांग', 'छातीमा हात', 'chhunu', 'chunu', 'chhunchha', 'chhuncha', 'chhunx', 'chhunthyo', 'chhoyo', 'chhoye', 'chhoi', 'chhamnu', 'chhamchha', 'chhamcha', 'chhamyo', 'chamnu', 'chamchha', 'sarir chhu', 'sharir chhu', 'sarir ma haat', 'jiu chhu', 'jiu ma haat', 'luga bhitra haat', 'gopya anga', 'guptanga', 'chhati ma haat'],
  tl: ['hinawakan sa katawan', 'hinahawakan sa katawan', 'hinawakan ang katawan', 'hinahawakan ang katawan', 'hinawakan ang ari', 'hinahawakan ang ari', 'hinawakan ang dibdib', 'hinahawakan ang dibdib', 'hinawakan ang pwet', 'hinahawakan ang pwet', 'hinihipo', 'hinipo', 'hinihipuan', 'hinipuan', 'kinakapa', 'kinapa', 'hinihimas', 'hinimas', 'maselang bahagi', 'pribadong bahagi', 'private part', 'sa loob ng panty', 'sa loob ng short', 'sa loob ng damit', 'pinaghubad', 'pinahubad', 'hinubaran'],
  pt: ['tocou nela', 'toca nela', 'tocando nela', 'tocou no corpo', 'toca no corpo', 'tocando no corpo', 'tocou nas partes', 'toca nas partes', 'tocou em mim', 'toca em mim', 'me toca', 'me tocou', 'me tocando', 'me tocava', 'passa a mão em mim', 'passou a mão em mim', 'passa a mão nela', 'passou a mão nela', 'passando a mão nela', 'passando a mão em mim', 'mexe em mim', 'mexeu em mim', 'mexe nela', 'mexeu nela', 'mexendo em mim', 'mexia em mim', 'mexendo nela', 'mexia nela', 'tocando em mim', 'tocava em mim', 'passava a mão em mim', 'fica me tocando', 'mexendo no meu corpo', 'mexe no meu corpo', 'partes íntimas', 'parte íntima', 'dentro da calcinha', 'dentro da cueca', 'na calcinha', 'na cueca', 'por baixo da roupa', 'debaixo da roupa', 'tirou a roupa dela', 'tira a roupa dela', 'tirou minha roupa', 'tira minha roupa'],
  id: ['dipegang pegang', 'dipegang2', 'pegang pegang', 'pegang2', 'megang megang', 'megang2', 'dipegang badannya', 'dipegang badan', 'dipegang tubuhnya', 'pegang2 badan', 'megang2 badan', 'meraba', 'diraba', 'raba raba', 'grepe', 'gerepe', 'digrepe', 'kemaluan', 'alat kelamin', 'bagian pribadi', 'bagian intim', 'area pribadi', 'pegang dada', 'megang dada', 'pegang pantat', 'megang pantat', 'masukin tangan', 'tangannya masuk', 'dalam celana', 'ke dalam celana', 'buka celana', 'dibuka celananya', 'celananya dibuka'],
} as const;

// Someone coming to the child's room or bed at night (the child telling it: «राति मेरो कोठामा आएर»).
// biome-ignore format: word lists stay on a few lines
const INTO_MY_ROOM = {
  ja: cross(['よる', '夜', 'よなか', '夜中', 'まいばん', '毎晩', 'ねてるとき', '寝てる時', 'ねているとき', '寝ている時'], ['へやにきて', '部屋に来て', 'へやにはいって', '部屋に入って', 'ふとんにはいって', '布団に入って', 'ふとんにきて', '布団に来て', 'べっどにはいって', 'ベッドに入って'], '...'),
  en: ['comes into my room', 'came into my room', 'comes in my room', 'came in my room', 'comes to my room', 'came to my room', 'gets into my bed', 'got into my bed', 'climbs into my bed', 'lies down next to me', 'coming into my room', 'coming in my room', 'sneaks into my room', 'sneaking into my room', 'sneaked into my room', 'snuck into my room', 'getting into my bed'],
  zh: ['晚上进我房间', '半夜进我房间', '晚上来我房间', '半夜来我房间', '钻进我被窝', '爬上我的床', '上我的床', '溜进我房间', '溜进我的房间', '摸进我房间', '跑进我房间', '跑到我房间', '老是进我房间', '总是进我房间'],
  ko: ['밤에 제 방에', '밤에 내 방에', '밤마다 제 방에', '밤마다 내 방에', '자고 있을 때 방에', '자는데 방에', '이불 속으로 들어와', '침대로 들어와', '제 방에 몰래', '내 방에 몰래', '밤마다 방에 들어와', '밤에 방에 들어와'],
  vi: ['vào phòng em', 'vào phòng con', 'vào phòng cháu', 'vào phòng e$', 'vào phòng mình', 'sang phòng em', 'sang phòng con', 'lên giường em', 'lên giường con', 'lên giường cháu', 'nằm cạnh em', 'nằm cạnh con', 'chui vào chăn', 'lẻn vào phòng', 'mò vào phòng'],
  ne: ['कोठामा आएर', 'कोठामा आउनुहुन्छ', 'कोठामा आउँछ', 'कोठामा आउँछन्', 'कोठामा पसेर', 'कोठामा पस्नुहुन्छ', 'कोठामा पस्छ', 'ओछ्यानमा आएर', 'kotha ma aayera', 'kothama aayera', 'kotha ma aaera', 'kothama aaera', 'kotha ma aaer', 'kothama aaer', 'kotha ma aaunuhunchha', 'kothama aaunuhunchha', 'kotha ma aaunchha', 'kothama aaunchha', 'kotha ma pasera', 'kothama pasera', 'ochhyan ma aayera'],
  tl: ['pumapasok sa kwarto ko', 'pumasok sa kwarto ko', 'pumapasok sa kuwarto ko', 'tumatabi sa akin', 'tumatabi sa kama ko', 'tumabi sa kama ko', 'pumapasok siya sa kwarto ko', 'pumapasok siya sa kuwarto ko', 'pumupunta sa kwarto ko', 'pumapasok sa room ko'],
  pt: ['entra no meu quarto', 'vem no meu quarto', 'vem pro meu quarto', 'vai no meu quarto', 'entra na minha cama', 'deita na minha cama', 'deita comigo', 'entrando no meu quarto', 'entrou no meu quarto', 'entrava no meu quarto', 'vindo no meu quarto', 'vinha no meu quarto', 'deitando na minha cama', 'deitou na minha cama', 'deitava na minha cama'],
  id: ['masuk kamar aku', 'masuk kamarku', 'masuk ke kamar aku', 'masuk kamar saya', 'masuk ke kamar saya', 'masuk ke kamarku', 'naik ke kasur aku', 'naik ke kasurku', 'tidur di sebelah aku', 'masuk selimut', 'suka masuk kamar', 'sering masuk kamar', 'masuk kamar gue', 'masuk kamarku'],
} as const;

// ── pass fc15: very short messages typed fast ──
// A young child named by age, as parents type it in English: "my 4 yo", "our 4 year old", "my 4yo".
// biome-ignore format: word lists stay on a few lines
const EN_AGED_CHILD = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].flatMap((n) =>
  cross(['my ', 'our ', 'the ', 'her ', 'his '], [`${n} yo$`, `${n}yo$`, `${n} year old`, `${n} yr old`, `${n}yr old`, `${n} y o$`]));
// The child as the object of a verb in Japanese («息子を», «こどもを»), for a blow adjacent to it.
// biome-ignore format: word lists stay on a few lines
const JA_CHILD_WO = ['子どもを', 'こどもを', '子供を', '息子を', 'むすこを', '娘を', 'むすめを', '赤ちゃんを', 'あかちゃんを', 'うちの子を', 'あの子を', 'この子を', '長男を', '次男を', '長女を', '次女を', '弟を', 'おとうとを', '妹を', 'いもうとを'];
// The writer's partner — the child's other parent, a stepparent, a boyfriend — in Vietnamese as typed
// («chồng t», «ck», «ông xã», «bố nó»), or drunk (say, nhậu, xỉn).
// biome-ignore format: word lists stay on a few lines
const VI_PARTNER = ['chồng', 'ck$', 'ông xã', 'ox$', 'bố nó', 'ba nó', 'bố cháu', 'ba cháu', 'bố bọn nhỏ', 'ba tụi nhỏ', 'vợ$', 'vk$', 'bà xã', 'mẹ nó', 'bạn trai', 'người yêu', 'bồ$', 'dượng', 'bố dượng', 'mẹ kế', 'say$', 'say rượu', 'nhậu', 'xỉn'];
// A blow or a kick with the child as its object in Vietnamese. (Never the bare «đấm con», which folds as
// «đầm con» — a child's dress — nor «đánh bé», which folds as «đánh bể», broke a glass.)
// biome-ignore format: word lists stay on a few lines
const VI_BLOW_CHILD = ['đá con$', 'đạp con$', 'đá vào con', 'đạp vào con', 'đá vô con', 'đạp vô con', 'đấm vào con', 'đấm vô con', 'đá thằng bé', 'đá con bé', 'đạp thằng bé', 'đạp con bé', 'đấm thằng bé', 'đá đứa nhỏ', 'đạp đứa nhỏ', 'đá đứa bé', 'đạp đứa bé', 'tát con$', 'đập con$', 'ném con$', 'quăng con$', 'đánh con$', 'véo con$', 'nhéo con$', 'bạt tai con', 'tát vào mặt con', 'đốt tay con', 'đốt tay bé', 'đốt tay nó', 'làm bỏng tay con'];

/**
 * Child abuse, by concept, as a child, a parent, a neighbour or a teacher tells it: a child hit,
 * marked, starved, left alone, shut out, locked in or tied, touched sexually by a parent's partner or
 * a relative, threatened into silence, screaming heard through the wall, afraid to go home.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const ABUSE_FAMILIES: readonly ConceptExtension[] = [
  // Neglect and third-party reports, as families (a small child alone, parents gone, asking for
  // food, a baby crying for days with no adult; marks and punishments seen by a teacher, a
  // neighbour or another child).
  {
    name: 'a small child or baby left alone for hours or days; the parents not coming home',
    into: 'a child left alone for days, at night, or in a car',
    words: {
      ja: {
        say: ['子どもを置き去り', 'こどもをおきざり', '子供を置き去り', '赤ちゃんを置き去り', 'あかちゃんをおきざり', '子どもを放置', 'こどもをほうち', '赤ちゃんを放置', 'あかちゃんをほうち', '子どもだけで留守番', 'こどもだけでるすばん'],
        pairs: [
          { reach: 24, acrossSentences: true,
            a: ['子ども', '子供', 'こども', '赤ちゃん', 'あかちゃん', '赤ん坊', 'あかんぼう', '幼児', '乳児', '小さい子', 'ちいさいこ', '幼い子', 'おさないこ', '兄弟', 'きょうだい', '双子', 'ふたご', '歳の子', 'さいのこ', '弟と', 'おとうとと', '妹と', 'いもうとと'],
            b: ['親が帰ってこな', 'おやがかえってこな', '親が帰ってきてな', 'おやがかえってきてな', '親がもう何日も', '親が何日も', 'おやがなんにちも', '何日も帰ってこな', 'なんにちもかえってこな', '何日も帰ってきてな', 'なんにちもかえってきてな', 'ママが帰ってこな', 'ままがかえってこな', 'お母さんが帰ってこな', 'おかあさんがかえってこな', '母親が帰ってこな', 'お母さんは何日も', 'おかあさんはなんにちも', 'ママは何日も', 'ままはなんにちも', '大人の出入り', 'おとなのでいり', '大人の姿', 'おとなのすがた', '大人の声がしな', 'おとなのこえがしな', '大人を見かけな', 'おとなをみかけな', '大人を見てな', 'おとなをみてな', '親を見かけな', 'おやをみかけな', '何日も一人', '何日もひとり', 'なんにちもひとり', '一人で何日', 'ひとりで何日', 'ひとりでなんにち', '一晩中一人', 'ひとばんじゅうひとり', '朝まで一人', '朝までひとり', 'あさまでひとり', '夜中一人で', 'よなかひとりで', '置き去り', 'おきざり', 'ほったらかし', '放ったらかし', '放置され', 'ほうちされ', 'お迎えが来な', 'おむかえがこな', 'おむかえがきな', '親と連絡がつかな', 'おやとれんらくがつかな'] },
          { reach: 16, acrossSentences: true,
            a: ['昨日から', 'きのうから', '何日も', 'なんにちも', '二日', 'ふつか', '三日', 'みっか', '2日', '3日', '2にち', '3にち'],
            b: ['ママいない', 'ままいない', 'ママがいない', 'ままがいない', 'お母さんがいない', 'おかあさんがいない', 'おかあさんいない', 'おうちにだれもいない', 'おうちに誰もいない', '家に誰もいない', 'いえにだれもいない', 'ママが帰ってこない', 'ままがかえってこない', 'お母さんが帰ってこない', 'おかあさんがかえってこない', 'お母さんは何日も'] },
          // in a few plain words: «こども ひとり へや おや 3にち いない», «こどもだけ おとな いない 2にち»
          { ordered: true, reach: 20,
            a: ['こどもひとり', '子どもひとり', '子供ひとり', '子ども一人', '子供一人', 'こどもいちにん', 'こどもだけ', '子どもだけ', '子供だけ', 'こどもたちだけ', 'あかちゃんひとり', '赤ちゃんひとり', '赤ちゃん一人', 'ちいさいこひとり', '小さい子ひとり', '小さい子一人'],
            b: ['おやいない', 'おやがいない', '親いない', '親がいない', 'おとないない', 'おとながいない', '大人いない', '大人がいない', 'ままいない', 'ままがいない', 'ぱぱいない', 'ぱぱがいない', 'ははおやいない', 'だれもいない', '誰もいない', 'にちいない', 'にちもいない', 'ふつかいない', 'みっかいない', 'よっかいない', '日いない', '日もいない', 'にちかえらない', 'にちかえってこない', 'にちかえってない', '日帰らない', '日帰ってこない', '日帰ってない', 'なんにちもいない', '何日もいない'] },
          { reach: 24, acrossSentences: true,
            a: ['泣き声', 'なきごえ', 'ずっと泣', 'ずっとな', '泣き続け', 'なきつづけ', '泣きっぱなし', 'なきっぱなし'],
            b: ['何日', 'なんにち', '2日', '二日', 'ふつか', '3日', '三日', 'みっか', '大人の出入り', 'おとなのでいり', '大人の声', 'おとなのこえ', '大人の姿', 'おとなのすがた', '親の姿', 'おやのすがた', '誰も出な', 'だれもでな', '呼び鈴', 'インターホン'] },
        ],
      },
      en: {
        say: ['left alone all night', 'left alone for days', 'left alone for hours', 'left alone crying', 'alone in the flat for days', 'alone in the apartment for days', 'alone in the room all night', 'alone next door', 'alone for days at a time', 'leaves him alone for', 'leaves her alone for', 'leaves them alone for', 'left him alone for', 'left her alone for', 'left them alone for', 'strapped in the pram', 'mommy hasnt come home', 'mummy hasnt come home', 'mommy hasnt been home', 'havent seen an adult', 'havent seen any adult', 'havent seen a single adult', 'havent heard a single adult', 'havent heard an adult', 'no adults around'],
        pairs: [
          { reach: 60, acrossSentences: true,
            a: ['baby', 'babies', 'newborn', 'toddler', 'toddlers', 'infant', 'little one', 'little boy', 'little girl', 'kid', 'kids', 'child', 'children', 'twins', 'year old', 'yo$', 'my brother', 'my sister', 'little brother', 'little sister', 'siblings',
              // "my son is 5": a son or daughter of a child's age
              ...Array.from({ length: 12 }, (_, n) => [`son is ${n + 1}$`, `daughter is ${n + 1}$`]).flat()],
            b: ['alone for days', 'alone for hours', 'alone all night', 'alone all day', 'alone overnight', 'alone every night', 'alone since', 'alone again', 'left alone', 'on his own since', 'on her own since', 'on their own since', 'on his own for days', 'on her own for days', 'on their own for days', 'by himself since', 'by herself since', 'by themselves since', 'alone in the flat', 'alone in the apartment', 'alone in the room', 'alone in the house', 'alone at home for', 'by themselves for days', 'by himself for days', 'by herself for days', 'alone 2 days', 'alone 3 days', 'alone two days', 'alone three days', 'alone for 2 days', 'alone for 3 days', 'alone for two days', 'alone for three days', 'hasnt come home for', 'hasnt come home since', 'hasnt been home for', 'hasnt been home since', 'havent come home for', 'havent been home for', 'been gone since', 'been gone for days', 'gone for two days', 'gone for 2 days', 'gone for three days', 'disappears for days', 'mum disappears', 'mom disappears', 'mums never around', 'moms never around', 'parents never come home', 'not come home for', 'no adults', 'no adult', 'no grown up', 'never changed', 'nappy never', 'diaper never', 'same nappy', 'same diaper', 'wet diaper', 'wet nappy', 'dirty nappy', 'dirty diaper'] },
          { reach: 60, acrossSentences: true,
            a: ['baby', 'newborn', 'toddler', 'infant', 'little one', 'kid', 'child', 'twins', 'kids'],
            b: ['crying for two days', 'crying for 2 days', 'crying for three days', 'crying for days', 'crying on and off for', 'crying for hours and no', 'crying for hours and nobody', 'crying alone', 'crying for her mum', 'crying for his mum', 'crying for their mum', 'crying for mommy', 'nobody answers the door', 'no one answers the door', 'no one is answering the door', 'nobody is answering the door', 'nobody answering the door', 'no one answering the door', 'hasnt cried in days', 'stopped crying and'] },
        ],
      },
      zh: {
        say: ['把孩子一个人丢在家', '把孩子扔在家', '把宝宝一个人留在', '孩子没人管', '孩子没人照顾', '大人一直没回来', '大人好几天没回', '大人都不在', '没看到大人', '没见到大人', '没有大人进出', '没听到大人'],
        pairs: [
          { reach: 16, acrossSentences: true,
            a: ['孩子', '小孩', '宝宝', '婴儿', '小朋友', '幼儿', '兄妹', '姐弟', '兄弟俩', '姐妹俩', '双胞胎', '岁的', '我和弟弟', '我和妹妹'],
            b: ['一个人在家好几天', '一个人在家两天', '一个人在家一整天', '一个人在阳台', '自己在家好几天', '好几天没回家', '几天没回家', '两天没回家', '三天没回家', '好几天不回家', '一直没回来', '没回来过', '不见人影', '没人管', '没人照顾', '没有大人进出', '没看到大人', '没见过大人', '没见到大人', '大人不在', '父母不在', '妈妈不在家', '妈妈好几天', '妈妈几天', '妈妈两天', '妈妈跟男朋友', '一待就是一整天', '一整天一个人', '整晚一个人', '一个人过夜', '哭了两天', '哭了好几天', '尿布一直不换', '尿布不换', '一直没换尿布'] },
          { reach: 16, acrossSentences: true, a: ['哭声', '一直哭', '哭个不停', '哭了一整天'], b: ['好几天', '两天', '三天', '没有大人', '没看到大人', '没见到大人', '没人开门', '敲门没人'] },
        ],
      },
      ko: {
        idioms: ['혼자 보느라', '혼자 보는', '혼자 봐', '혼자 봐요', '혼자 키우', '혼자 키워', '혼자 돌보', '혼자 돌봐', '혼자 육아', '혼자 케어'],
        say: ['아이를 혼자 두고', '애를 혼자 두고', '아기를 혼자 두고', '애를 집에 두고', '아이를 집에 두고', '아기를 집에 두고', '어른이 안 보여', '어른 목소리가 안', '어른 목소리가 하나도', '어른이 드나드는 걸', '부모가 며칠째', '엄마가 며칠째', '엄마가 집에 안 온', '엄마가 안 들어', '부모가 집에 안'],
        pairs: [
          { reach: 24, acrossSentences: true,
            a: ['아이', '애가', '애기', '아기', '꼬마', '애들', '남매', '형제', '쌍둥이', '살짜리', '살 아이', '동생이랑'],
            b: ['밤새 혼자', '며칠째 혼자', '이틀째 혼자', '사흘째 혼자', '혼자 두고', '방치', '어른이 없', '어른은 없', '어른 목소리', '어른이 안 보', '부모가 안 보', '엄마가 안 들어', '엄마가 집에 안', '며칠째 안 들어', '이틀째 안 들어', '사흘째', '한 달째 집에', '기저귀를 안 갈', '기저귀가 그대로'] },
          // hurried, no particle: «애 혼자 부모 3일째 없어요», «아기 혼자 엄마 이틀째 안 와요» (a parent raising or minding the
          // child alone, «애 혼자 보는데 남편 3일째 출장», is no neglect: see idioms)
          { ordered: true, reach: 16,
            a: ['애 혼자', '애기 혼자', '아기 혼자', '아이 혼자', '애들 혼자', '애들만', '아이들만', '애만 있', '아이만 있'],
            b: ['며칠째 없', '이틀째 없', '사흘째 없', '며칠째 안 와', '이틀째 안 와', '사흘째 안 와', '며칠째 안 들어', '2일째 없', '2일째 안 와', '2일째 안 옴', '2일째 안 들어', '3일째 없', '3일째 안 와', '3일째 안 옴', '3일째 안 들어', '4일째 없', '4일째 안 와', '4일째 안 옴', '4일째 안 들어', '5일째 없', '5일째 안 와', '5일째 안 옴', '5일째 안 들어', '6일째 없', '6일째 안 와', '6일째 안 옴', '6일째 안 들어', '7일째 없', '7일째 안 와', '7일째 안 옴', '7일째 안 들어'] },
          { reach: 24, acrossSentences: true, a: ['우는 소리', '울음소리', '하루종일 울', '계속 울', '몇 시간째 울'], b: ['이틀째', '사흘째', '며칠째', '어른 목소리', '어른이 없', '부모는', '아무도 안 나와', '아무도 문을'] },
        ],
      },
      vi: {
        say: ['bỏ con ở nhà một mình', 'bỏ bé ở nhà một mình', 'để con ở nhà một mình', 'để bé ở nhà một mình', 'bỏ mặc con', 'bỏ mặc đứa bé', 'bỏ mặc bé', 'không thấy người lớn', 'không có người lớn', 'không thấy ai ra vào', 'bố mẹ đi vắng', 'mẹ bỏ đi mấy ngày'],
        pairs: [
          { reach: 40, acrossSentences: true,
            a: ['đứa bé', 'đứa trẻ', 'đứa nhỏ', 'em bé', 'bé trai', 'bé gái', 'con bé', 'thằng bé', 'mấy đứa', 'hai đứa', 'bọn trẻ', 'sơ sinh', 'em với em bé', 'em và em'],
            b: ['ở nhà một mình', 'một mình cả đêm', 'một mình mấy ngày', 'bỏ ở nhà', 'bỏ mặc', 'không có người lớn', 'không thấy người lớn', 'không thấy ai ra vào', 'mẹ không về', 'mẹ chưa về', 'bố mẹ không về', 'mấy ngày chưa về', 'mấy ngày không về', 'mẹ đi mấy ngày', 'khóc suốt 2 ngày', 'khóc suốt hai ngày', 'khóc mấy ngày', 'tã bẩn', 'không ai nấu', 'không ai chăm'] },
        ],
      },
      tl: {
        say: ['iniiwan mag isa ang anak', 'iniwan mag isa ang anak', 'iniiwang mag isa', 'hindi umuuwi ang nanay', 'hindi umuuwi nanay', 'ilang araw nang hindi umuuwi', 'walang matandang kasama', 'walang adult', 'walang matanda sa bahay'],
        pairs: [
          { reach: 40, acrossSentences: true,
            a: ['bata', 'mga bata', 'batang', 'baby', 'sanggol', 'anak', 'pamangkin', 'kapatid ko', 'kambal', 'taong gulang', 'yrs old', 'years old'],
            b: ['iniiwan mag isa', 'iniwan mag isa', 'iniiwang mag isa', 'naiwang mag isa', 'laging nag iisa', 'palaging nag iisa', 'mag isa sa bahay ng', 'mag isa buong gabi', 'mag isa magdamag', 'walang matanda', 'walang adult', 'hindi umuuwi ang nanay', 'hindi umuuwi nanay', 'di umuuwi nanay', 'hindi pa umuuwi ang nanay', 'ilang araw nang wala', 'umiiyak ng ilang araw', 'umiiyak nang ilang araw', 'buong araw umiiyak', 'maghapong umiiyak', 'walang nagbabantay'] },
        ],
      },
      pt: {
        say: ['deixa a bebê sozinha', 'deixa o bebê sozinho', 'deixa a criança sozinha', 'deixa o filho sozinho', 'deixa a filha sozinha', 'deixou o filho sozinho', 'deixou a filha sozinha', 'deixou a criança sozinha', 'não vejo nenhum adulto', 'sem nenhum adulto em casa', 'a mãe saiu e não voltou', 'a mãe sumiu'],
        pairs: [
          { reach: 40, acrossSentences: true,
            a: ['bebê', 'bebe', 'criança', 'crianças', 'menino', 'menina', 'filho', 'filha', 'neném', 'nenê', 'irmãozinho', 'irmãzinha', 'gêmeos', 'anos$'],
            b: ['sozinhos em casa', 'sozinhos o dia', 'sozinhos a noite', 'sozinhos há dias', 'sozinho há dias', 'sozinha há dias', 'chorando há horas', 'chorando há dias', 'chora sem parar', 'não voltou', 'não volta pra casa', 'não voltou pra casa', 'sumiu há', 'ninguém abre', 'fralda suja', 'mesma fralda', 'ninguém cuida'] },
        ],
      },
      id: {
        say: ['ditinggal sendirian', 'ditinggal sendiri', 'ditinggal di rumah sendiri', 'meninggalkan anaknya sendirian', 'meninggalkan bayinya', 'gak liat orang dewasa', 'tidak ada orang dewasa', 'ga ada orang dewasa', 'gak ada orang dewasa', 'tidak melihat orang dewasa', 'ibunya tidak pulang', 'ibunya gak pulang', 'ibunya ga pulang', 'ibunya belum pulang', 'orang tuanya gak pulang', 'orang tuanya ga pulang'],
        pairs: [
          { reach: 40, acrossSentences: true,
            a: ['anak kecil', 'anak umur', 'bayi', 'balita', 'bocah', 'kembar'],
            b: ['ditinggal sendiri', 'ditinggal pergi', 'berhari hari sendiri', 'hari sendirian', 'sendirian semalaman', 'sendirian berhari', 'tidak ada orang dewasa', 'ga ada orang dewasa', 'gak ada orang dewasa', 'orang dewasa di sana', 'pergi bawa koper', 'popok kotor', 'popok doang', 'sendirian di pinggir jalan', 'jalan sendirian'] },
        ],
      },
    },
  },
  {
    name: 'a child asking others for food, no food at home, feeding themselves, kept from meals',
    into: 'a child starved, not fed, scavenging for food',
    words: {
      ja: {
        say: ['食事抜きにして', 'しょくじぬきにして', 'ご飯抜きにして', 'ごはんぬきにして', 'ご飯を抜かれ', 'ごはんをぬかれ', 'ご飯を食べさせてもらえ', 'ごはんをたべさせてもらえ', '家ではご飯が', 'いえではごはんが', '家で食べさせてもらって', 'いえでたべさせてもらって'],
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['子ども', '子供', 'こども', '子が', 'この子', 'その子', 'あの子', '生徒', 'せいと', '児童', '姪', '甥', 'めいっこ', 'おいっこ', '同級生', 'どうきゅうせい', '友だち', 'ともだち', '友達', '弟', 'おとうと', 'ぼく', 'わたし'],
          b: ['ご飯をもらえ', 'ごはんをもらえ', 'ごはんもらえ', 'ご飯もらえ', 'ご飯が出な', 'ごはんがでな', '夕飯が出な', 'ゆうはんがでな', '食べさせてもらえ', 'たべさせてもらえ', '食べさせてもらってな', 'たべさせてもらってな', '食事抜き', 'しょくじぬき', 'ご飯抜き', 'ごはんぬき', 'ごはんをぬく', 'ご飯を抜く', 'ごはんをくれな', 'ご飯をくれな', '家に食べ物がな', 'いえにたべものがな', '冷蔵庫が空', 'れいぞうこがから', '冷蔵庫に何もな', 'れいぞうこになにもな', '食べ物をくださ', 'たべものをくださ', '食べ物をねだ', 'たべものをねだ', '昨日から何も食べ', 'きのうからなにもたべ', 'すごい勢いで食べ', 'すごいいきおいでたべ', 'がつがつ食べ', 'がつがつたべ', '食パン一枚', 'しょくぱんいちまい', '給食をおかわり', 'きゅうしょくをおかわり', '給食を持って帰', 'きゅうしょくをもってかえ', 'いつも同じ服', 'いつもおなじふく', 'おむつが昨日のまま', 'おむつがきのうのまま', 'おむつを替えてもらえ', 'おむつをかえてもらえ', '公園の水'] }],
      },
      en: {
        say: ['asked me for food', 'asking me for food', 'asked us for food', 'asking us for food', 'asked if i had food', 'asked if we had food', 'knocked on my door asking for', 'came to my door asking for', 'says theres no food at home', 'said theres no food at home', 'says there is no food at home', 'fridge is always empty', 'fridge open and empty', 'eats like hes starving', 'eats like shes starving', 'eats like he hasnt eaten', 'eats like she hasnt eaten', 'eat like they havent eaten', 'like they havent eaten in days', 'doesnt give her dinner', 'doesnt give him dinner', 'dont give her dinner', 'dont give him dinner', 'doesnt give me dinner', 'dont give me dinner', 'doesnt let her eat', 'doesnt let him eat', 'didnt let him eat', 'didnt let her eat', 'wont let me eat', 'doesnt let me eat', 'not allowed to eat', 'cant eat till', 'cant eat until', 'made to skip meals', 'going through our garbage for food', 'going through the garbage for food', 'through the bins for food'],
        pairs: [{ reach: 48, acrossSentences: true,
          a: ['kid', 'kids', 'child', 'children', 'boy', 'girl', 'toddler', 'son$', 'sons$', 'daughter', 'niece', 'nephew', 'student', 'pupil', 'classmate', 'year old', 'yo$', 'brother', 'sister', 'twins', 'grandson', 'granddaughter'],
          b: ['asking for food', 'asked for food', 'begging for food', 'no food in the house', 'so thin', 'very thin', 'really thin', 'tiny for her age', 'tiny for his age', 'always hungry', 'hungry all the time', 'without lunch', 'no lunch', 'no food at home', 'nothing to eat at home', 'havent eaten since', 'hasnt eaten since', 'havent eaten properly', 'hasnt eaten properly', 'feeds himself', 'feeds herself', 'feeding himself', 'feeding herself', 'feeding the baby', 'feeds the baby', 'fending for themselves', 'fend for themselves', 'getting themselves to school', 'get themselves to school', 'neighbour kid starving', 'neighbor kid starving', 'starving at lunch', 'eats like'] }],
      },
      zh: {
        say: ['不给我饭吃', '不给他饭吃', '不给她饭吃', '不给饭吃', '不让我吃饭', '不让他吃饭', '不让她吃饭', '不让我吃晚饭', '不配吃饭', '罚不吃饭', '不给吃的', '来我家要吃的', '找我要吃的', '跟我要吃的'],
        pairs: [{ reach: 16, acrossSentences: true,
          a: ['孩子', '小孩', '儿子', '女儿', '侄子', '侄女', '外甥', '学生', '同学', '小朋友', '弟弟', '妹妹'],
          b: ['家里没有吃的', '家里没吃的', '一天只给', '只给一顿', '只吃一顿', '只吃学校的午饭', '只吃午饭', '瘦得肋骨', '瘦得厉害', '又瘦又脏', '皮包骨', '狼吞虎咽', '饿坏了', '好饿', '饿着肚子', '没吃饭', '没吃东西', '要吃的', '讨吃的', '翻东西吃', '翻吃的', '一个礼拜不换', '一周不换', '衣服不换', '身上有味道', '身上总有味道'] }],
      },
      ko: {
        say: ['밥을 안 줘요', '밥을 안 준다', '밥을 안 주고', '밥을 굶기', '굶기고', '밥을 주지 않', '밥을 못 먹게', '밥 먹지 말라고'],
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['아이', '애가', '애들', '아들', '딸', '학생', '조카', '동생', '친구가', '남자애', '여자애', '초등학생'],
          b: ['집에 먹을 게 없', '집에 먹을 것이 없', '냉장고가 텅', '먹을 것 좀 달라고', '밥 좀 달라고', '밥을 얻어먹', '허겁지겁', '삐쩍 말', '너무 말랐', '비쩍', '늘 배고', '항상 배고', '배고프다고', '굶었', '굶고', '굶어', '밥을 못 먹', '먹을 걸 훔', '삼각김밥 훔', '남은 걸 가방에', '같은 옷만', '같은 옷을', '냄새가 나'] }],
      },
      vi: {
        say: ['không cho con ăn', 'không cho cháu ăn', 'không cho nó ăn', 'bắt nhịn ăn', 'phạt nhịn ăn', 'bắt con nhịn đói'],
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['đứa bé', 'đứa trẻ', 'đứa nhỏ', 'con bé', 'thằng bé', 'bé trai', 'bé gái', 'học sinh', 'con tôi', 'mấy đứa'],
          b: ['chưa được ăn gì', 'chưa ăn gì từ hôm qua', 'đói lả', 'gầy nhom', 'gầy trơ', 'gầy gò', 'không có gì ăn', 'không có cơm', 'nhịn ăn', 'xin ăn', 'xin cơm', 'không ai nấu', 'mặc một bộ', 'quần áo bẩn', 'áo quần bẩn'] }],
      },
      tl: {
        say: ['hindi pinakain', 'hindi nya pinakain', 'hindi niya pinakain', 'natutulog na gutom', 'natutulog nang gutom'],
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['bata', 'mga bata', 'batang', 'anak', 'pamangkin', 'estudyante', 'kapatid', 'bunso'],
          b: ['laging gutom', 'gutom na gutom', 'laging nagugutom', 'natutulog na gutom', 'walang pagkain', 'walang makain', 'humihingi ng pagkain', 'humingi ng pagkain', 'ang payat', 'sobrang payat', 'buto at balat', 'parehong damit', 'hindi pinapakain', 'hindi pinakain'] }],
      },
      pt: {
        say: ['fica sem comer', 'de castigo sem comer', 'só os adultos comem', 'não deixa comer', 'não deixa ela comer', 'não deixa ele comer', 'não me deixa comer'],
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['criança', 'crianças', 'menino', 'menina', 'filho', 'filha', 'sobrinho', 'sobrinha', 'neto', 'neta', 'aluno', 'aluna', 'irmão', 'irmã', 'enteado', 'enteada'],
          b: ['pede comida', 'pediu comida', 'pedindo comida', 'não tem comida em casa', 'não tem nada pra comer em casa', 'geladeira vazia', 'pele e osso', 'magrinho demais', 'magrinha demais', 'muito magro', 'muito magra', 'cada vez mais magro', 'cada vez mais magra', 'sempre com fome', 'morrendo de fome', 'com muita fome', 'sem comer', 'come como se', 'mesma roupa', 'roupa suja'] }],
      },
      id: {
        say: ['ketuk pintu minta makan', 'gak dikasih makan', 'ga dikasih makan', 'gak kasih makan', 'ga kasih makan', 'tidak kasih makan', 'tidak diberi makan'],
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['anak', 'bocah', 'murid', 'siswa', 'keponakan', 'cucu', 'adik', 'balita', 'bayi'],
          b: ['minta makan', 'ga ada makanan', 'gak ada makanan', 'tidak ada makanan', 'belum makan dari kemarin', 'belum makan sejak kemarin', 'kelaparan', 'lapar terus', 'selalu lapar', 'kurus sekali', 'kurus banget', 'kurus kering', 'tinggal tulang', 'baju yang sama', 'bajunya kotor'] }],
      },
    },
  },
  {
    name: 'marks, burns and cruel punishments seen or told by a teacher, a neighbour, a relative or another child',
    into: 'a child with bruises, burns or marks',
    words: {
      ja: {
        say: ['タバコを押し付け', 'たばこをおしつけ', 'たばこのやけど', 'タバコのやけど', 'たばこのあと', 'タバコの跡', 'ライターで', 'アイロンを押し付け', '頭を沈められ', 'あたまをしずめられ', '頭を壁にぶつけ', 'あたまをかべにぶつけ', '定規で手を叩', '枕で顔を', 'まくらでかおを', 'かおにまくら', '顔に枕', '口をふさ', '口を塞', '赤ちゃんを投げ', 'あかちゃんをなげ', 'ひもでつながれ', '紐でつながれ', '床に落とすように', 'またたたいてしまい', 'また叩いてしまい', 'たたいてしまいました', '叩いてしまいました'],
        pairs: [
          { reach: 24, acrossSentences: true,
            a: ['子ども', '子供', 'こども', '生徒', 'せいと', '園児', 'えんじ', '児童', '姪', '甥', 'めいっこ', 'おいっこ', '孫', 'まご', '同級生', '友だち', 'ともだち', '友達', 'むすこ', 'むすめ', '息子', '娘', '弟', '妹'],
            b: ['あざが', 'アザが', 'あざがたくさん', 'やけどのあと', 'やけどの跡', '火傷の跡', 'やけどみたい', 'たばこ', 'タバコ', 'ガーゼ', 'ギプス', '腫れて', 'ミミズ腫れ', 'みみずばれ', '手の跡', 'てのあと', '手形', '紐の跡', 'ひものあと', 'いえでやられ', '家でやられ', 'パパにいうな', 'パパに言うな', 'かえりたくない', '帰りたくない'] },
        ],
      },
      en: {
        say: ['burns me with', 'burned me with', 'burnt me with', 'burns her with', 'burned her with', 'burnt her with', 'burns him with', 'burned him with', 'burnt him with', 'burns my arm', 'holds her head under', 'holds his head under', 'held her head under', 'held his head under', 'holds my head under', 'held my head under', 'head under the water', 'head under the bath', 'hand over her mouth', 'hand over his mouth', 'hand over the babys mouth', 'pillow over her face', 'pillow over his face', 'pillow over the babys face', 'makes me kneel', 'made me kneel', 'makes her kneel', 'made her kneel', 'makes him kneel', 'made him kneel', 'kneel on the balcony', 'kneel in the genkan', 'cold bath as punishment', 'cold baths as punishment', 'cold shower as punishment', 'stand in the cold shower', 'sleep in the bathtub', 'sleep in the stairwell', 'slept in the stairwell', 'sleeping in the stairwell', 'sleep in the entrance', 'sleep in the genkan', 'sleep on the balcony', 'not allowed home', 'not allowed in the house', 'not allowed to come home', 'told him not to come home', 'told her not to come home', 'told me not to come home', 'kicks him out at night', 'kicks her out at night', 'kicks me out at night', 'lock me out of the house', 'shaved her head as', 'shaved his head as', 'with the iron', 'dragged her by her hair', 'dragged him by his hair', 'drag a little girl', 'drag a little boy', 'by the hair into', 'not allowed to tell', 'said not to tell', 'says not to tell', 'told not to tell', 'please dont call my dad', 'please dont call my mum', 'please dont call my mom', 'begged not to go back', 'sounds like hitting', 'sounds like someone hitting', 'adult hitting', 'stop daddy', 'stop mommy', 'stop mummy'],
        pairs: [
          { reach: 48, acrossSentences: true,
            a: ['kid', 'kids', 'child', 'boy', 'girl', 'toddler', 'baby', 'son$', 'sons$', 'daughter', 'niece', 'nephew', 'student', 'pupil', 'classmate', 'year old', 'yo$', 'grandson', 'granddaughter', 'little brother', 'little sister', 'my brother', 'stepson', 'stepdaughter'],
            b: ['burn mark', 'burn on her', 'burn on his', 'burn on the back', 'burns on her', 'burns on his', 'cigarette burn', 'black eye', 'swollen eye', 'bite mark', 'hand mark', 'handprint', 'welts', 'new bruise', 'bruise on', 'bruises on', 'marks on her', 'marks on his', 'she has marks', 'he has marks', 'leaves marks', 'left marks', 'blood in his mouth', 'blood on her lip'] },
          { reach: 40, acrossSentences: true,
            a: ['kid', 'kids', 'child', 'baby', 'boy', 'girl', 'son$', 'sons$', 'daughter', 'toddler', 'little one'],
            b: ['screaming and thud', 'thud', 'thuds', 'thudding', 'slapping', 'being slapped', 'being hit', 'getting hit', 'im sorry im sorry', 'sorry im sorry', 'gomen nasai', 'then it goes quiet', 'then silence'] },
          { reach: 40,
            a: ['hit', 'hitting', 'hits', 'slap', 'slapped', 'slapping', 'smack', 'smacked', 'shook', 'shake', 'shakes', 'shaking', 'pinch', 'pinched', 'threw', 'throw', 'squeezed', 'grabbed', 'grabs'],
            b: ['wont stop crying', 'wouldnt stop crying', 'doesnt stop crying', 'when she cries', 'when he cries', 'when the baby cries', 'because she cried', 'because he cried'] },
          { ordered: true, reach: 12,
            a: ['kicked', 'kicks', 'kicking', 'threw', 'throws', 'grabbed', 'grabs', 'shoved', 'pushed', 'choked', 'hit', 'hits', 'slapped', 'slaps', 'punched'],
            b: ['our 2 year old', 'our 3 year old', 'our 4 year old', 'our 5 year old', 'our 6 year old', 'our 7 year old', 'our 8 year old', 'my 2 year old', 'my 3 year old', 'my 4 year old', 'my 5 year old', 'my 6 year old', 'my 7 year old', 'my 8 year old', 'the 2 year old', 'the 3 year old', 'the 4 year old', 'the 5 year old', 'the 6 year old', 'the 7 year old', 'his son', 'her son', 'the boy', 'the girl', 'the baby', 'our baby', 'one onto', 'him across the room', 'her across the room'] },
        ],
      },
      zh: {
        say: ['用打火机烧', '拿打火机烧', '用烟头烫', '拿烟头烫', '用烟头弄', '烟头烫的', '被衣架打', '用衣架打', '按进水里', '把头按在水里', '头按进浴缸', '捂住他的嘴', '捂住她的嘴', '捂孩子的嘴', '拿枕头捂', '用枕头捂', '罚他跪', '罚她跪', '罚我跪', '罚跪', '不让他进门', '不让她进门', '不让我进门', '抓着他使劲摇', '抓着她使劲摇', '掐了他', '掐了她', '掐他的腿', '头往墙上撞', '把头撞墙', '用热水烫', '抓着头发拖'],
        pairs: [
          { reach: 16, acrossSentences: true,
            a: ['孩子', '小孩', '儿子', '女儿', '侄子', '侄女', '外甥', '学生', '同学', '小朋友', '孙子', '孙女', '宝宝'],
            b: ['烫伤', '烟疤', '烫的', '红印子', '一道一道', '青了', '淤青', '手印', '鞭痕', '熊猫眼', '眼睛肿', '不想回家', '不肯回家', '不敢回家', '睡在楼道', '睡楼道'] },
          { reach: 16, acrossSentences: true, a: ['楼上', '楼下', '隔壁', '对门', '邻居'], b: ['对不起对不起', '哭喊', '惨叫', '打孩子', '骂孩子', '孩子的哭声没了', '哭声没了'] },
        ],
      },
      ko: {
        say: ['라이터로 손을', '라이터로 지', '담뱃불로', '담뱃불 자국', '담배로 지', '다리미로', '입을 틀어막', '베개로 얼굴', '얼굴을 베개로', '물에 머리를 처박', '머리를 물에', '벽에 머리를', '머리를 벽에', '집에 들어오지 말', '집에 들어오지 마', '문 열어달라고 울', '그만 때려', '벌이라면서', '벌이라며', '훈육이래', '훈육이라고'],
        pairs: [
          { reach: 24, acrossSentences: true,
            a: ['아이', '애가', '아들', '딸', '학생', '조카', '손자', '손녀', '원아', '남자애', '여자애'],
            b: ['멍이', '멍 자국', '멍투성이', '화상 자국', '데인 자국', '손바닥 자국', '끈 자국', '묶인 자국', '허리띠 자국', '담뱃불', '피멍', '절뚝', '깁스', '집에 가기 싫', '집에 들어가기 싫', '집에 안 가려'] },
          { reach: 24, acrossSentences: true, a: ['윗집', '아랫집', '옆집', '앞집', '옆 동', '옆방'], b: ['애 우는 소리', '아이 우는 소리', '아이 비명', '애 비명', '내리치는 소리', '쿵 하는 소리', '쿵쿵', '잘못했어요', '살려달라'] },
        ],
      },
      vi: {
        say: ['dí vào tay', 'dí thuốc lá', 'lấy thuốc lá dí', 'lấy bật lửa', 'dí bàn là', 'dìm đầu', 'ấn đầu xuống nước', 'bịt miệng con', 'bịt miệng bé', 'lấy gối đè', 'tắm nước lạnh giữa đêm', 'bắt đứng ngoài trời', 'kéo tóc lôi', 'túm tóc lôi', 'không cho vào nhà', 'không cho về nhà', 'tát con mạnh', 'in nguyên 5 ngón tay', 'in năm ngón tay'],
        pairs: [
          { reach: 40, acrossSentences: true,
            a: ['đứa bé', 'đứa trẻ', 'đứa nhỏ', 'con bé', 'thằng bé', 'bé trai', 'bé gái', 'học sinh', 'con tôi', 'em gái em', 'em trai em'],
            b: ['vết bỏng', 'vết bầm', 'bầm tím', 'thâm tím', 'vết roi', 'vết lằn', 'dấu tay', 'sưng mắt', 'sợ về nhà', 'ngủ ngoài hành lang', 'ngồi khóc ngoài'] },
          { reach: 40, acrossSentences: true, a: ['nhà bên cạnh', 'hàng xóm', 'phòng bên', 'tầng trên', 'tầng dưới', 'căn hộ bên'], b: ['tiếng trẻ con khóc thét', 'trẻ con la hét', 'đứa bé khóc thét', 'tiếng đánh con', 'tiếng thình thịch', 'con xin lỗi', 'gomen nasai'] },
        ],
      },
      tl: {
        say: ['pinaso ng sigarilyo', 'pinapaso ng sigarilyo', 'pinaso ng plantsa', 'nilublob ang ulo', 'nilulublob ang ulo', 'tinakpan ang bibig', 'tinatakpan ang bibig', 'hinila sa buhok', 'hinihila ang anak nya sa buhok', 'hinihila sa buhok', 'pinapatayo sa labas', 'pinapatayo sa veranda', 'pinapatayo sa banyo', 'pinaliliguan ng malamig', 'pinapaliguan ng malamig', 'nasampal ko anak ko', 'nasampal ko ang anak', 'napalo ko ang anak', 'nasaktan ko ang anak', 'sinisipa ang bata', 'pinapalo po ako'],
        pairs: [
          { reach: 40, acrossSentences: true,
            a: ['bata', 'batang', 'anak', 'pamangkin', 'estudyante', 'apo', 'kaklase'],
            b: ['peklat', 'paso ng sigarilyo', 'parang sigarilyo', 'latay', 'namamaga ang mata', 'black eye', 'dugo sa bibig', 'dugo sa labi', 'marka sa mukha', 'ayaw umuwi', 'ayaw niyang umuwi', 'takot umuwi', 'nadapa lang daw', 'nadapa daw'] },
          { reach: 48, acrossSentences: true, a: ['kapitbahay', 'sa taas namin', 'sa baba namin', 'katabing unit', 'katabing kwarto'], b: ['batang sumisigaw', 'sumisigaw ang bata', 'umiiyak ang bata', 'gomen nasai', 'sorry po', 'may binabato', 'may kumakalabog', 'kalabog'] },
        ],
      },
      pt: {
        say: ['queima ela com', 'queimou ela com', 'queima ele com', 'queimou ele com', 'me queima com', 'me queimou com', 'apaga cigarro', 'apagou cigarro', 'afoga a cabeça', 'enfia a cabeça na água', 'tapa a boca do bebê', 'aperta o pescoço do', 'apertou o pescoço do', 'de castigo no frio', 'batendo a cabeça dela', 'batendo a cabeça dele', 'arrastando a filha', 'arrastando o filho', 'puxando pelo cabelo', 'arrastou pelo cabelo', 'torço a orelha', 'torce a orelha', 'eu bato na minha filha', 'eu bato no meu filho', 'bato nela de cinta', 'bato nele de cinta', 'não abrem a porta pra ele', 'não abrem a porta pra ela'],
        pairs: [
          { reach: 40, acrossSentences: true,
            a: ['criança', 'menino', 'menina', 'filho', 'filha', 'sobrinho', 'sobrinha', 'neto', 'neta', 'aluno', 'aluna', 'enteado', 'enteada', 'colega'],
            b: ['marca de queimado', 'marcas de cigarro', 'marca de cigarro', 'marcas roxas', 'hematoma', 'olho inchado', 'marcada', 'marcado', 'sangue do nariz', 'medo de voltar pra casa', 'não quer voltar pra casa', 'dormir na varanda', 'dorme na varanda', 'toda marcada', 'todo marcado', 'ficou marcada', 'ficou marcado'] },
          { reach: 40, acrossSentences: true, a: ['vizinho', 'vizinha', 'vizinhos', 'apartamento de cima', 'apartamento de baixo', 'apartamento ao lado', 'casa ao lado'], b: ['criança gritando', 'criança chorando e', 'barulho de tapa', 'barulho de pancada', 'pancadas', 'gomen nasai', 'desculpa desculpa'] },
        ],
      },
      id: {
        say: ['nyundut rokok', 'disundut rokok', 'menyundut rokok', 'sundut rokok', 'disetrika', 'kepalanya dibenamkan', 'dibenamkan ke air', 'membekap mulut', 'dicubit sampai biru', 'nyubit sampe biru', 'cubit sampai biru', 'pukul pake rotan', 'dipukul pake rotan', 'mukul pake', 'mukul anak', 'nendang adik', 'nendang anak', 'menendang adik', 'ngunci anak', 'mengunci anak', 'dikunci di kamar mandi', 'dikurung di kamar mandi', 'suara pukulan', 'suara gedebuk', 'suara memukul'],
        pairs: [
          { reach: 40, acrossSentences: true,
            a: ['anak', 'bocah', 'murid', 'siswa', 'keponakan', 'cucu', 'adik', 'balita', 'bayi'],
            b: ['bekas luka bakar', 'luka bakar', 'bekas rokok', 'lebam', 'memar', 'biru biru', 'bekasnya', 'takut pulang'] },
          { reach: 40, acrossSentences: true, a: ['tetangga', 'sebelah', 'lantai atas', 'di atas', 'kamar sebelah', 'apato sebelah'], b: ['teriak sakit', 'menjerit', 'gedebuk', 'suara pukulan', 'gomen nasai', 'minta ampun'] },
        ],
      },
    },
  },
  // Recall pass: more families, each written for every language.
  {
    name: 'a child shut out or kicked out at night: barefoot, in the cold or rain, on the balcony, not let back in',
    into: 'a child shut out on a balcony or outside in the cold',
    words: {
      ja: {
        say: ['いえこわい', 'いえはこわい', '家は怖い', '家が怖い', 'いえがこわい'],
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['子ども', '子供', 'こども', 'むすこ', '息子', 'むすめ', '娘', 'ちいさいこ', '小さい子', 'おとこのこ', 'おんなのこ', '男の子', '女の子', '小学生', 'しょうがくせい', 'ぼく', '歳の', 'さいの'],
          b: ['ベランダに出', 'べらんだにだ', 'ベランダにずっと', 'べらんだにずっと', 'そとにだされ', '外に出され', 'そとにだして', '外に出して', 'しめだ', '締め出', '閉め出', 'おいだ', '追い出', 'はだしの', 'はだしで', '裸足の', '裸足で', '家に入れてもらえ', 'いえにいれてもらえ', 'なかにいれてもらえ', '中に入れてもらえ', 'いえにかえれない'] }],
      },
      en: {
        say: ['locked him out', 'locked her out', 'locks him out', 'locks her out', 'locked me out of the house', 'mommy locked him out', 'mommy locked her out', 'mum locked him out', 'mum locked her out', 'mom locked him out', 'mom locked her out'],
        pairs: [{ reach: 80, acrossSentences: true,
          a: ['kid', 'kids', 'child', 'boy', 'girl', 'son$', 'sons$', 'daughter', 'toddler', 'little one', 'year old', 'yo$', 'im 1', 'i am 1', 'maybe 4', 'maybe 5', 'maybe 6', 'maybe 7', 'maybe 8', 'maybe 9', 'niece', 'nephew'],
          b: ['out on the balcony', 'on the balcony in', 'on the balcony for', 'on the balcony again', 'balcony when', 'outside the door in', 'outside their door', 'outside in the cold', 'outside in the rain', 'in the rain with', 'barefoot', 'no shoes', 'in a t shirt', 'in his underwear', 'in her underwear', 'in his pyjamas', 'in her pyjamas', 'locked out', 'kicked me out', 'kicks me out', 'threw me out', 'throws me out', 'get out and not come back', 'not to come back', 'wont let him back in', 'wont let her back in', 'wont let me back in', 'tapping on the glass', 'banging on the glass', 'knocking on the glass', 'scratching at the door'] }],
      },
      zh: {
        say: ['关阳台', '锁喺门外', '锁喺露台', '关咗喺门外', '趕出嚟', '赶出嚟'],
        pairs: [{ reach: 20, acrossSentences: true,
          a: ['小孩', '儿子', '女儿', '小朋友', '小女孩', '小男孩', '小姑娘', '男孩', '女孩', '宝宝', '细路', '細路', '妹妹', '弟弟', '我和', '学生', '侄', '外甥', '孙', '国一', '国二', '国中', '小五', '小六', '初中'],
          b: ['关阳台', '关在阳台', '锁在阳台', '放到阳台', '放在阳台', '站在阳台', '阳台上哭', '阳台上站', '锁在门外', '关在门外', '关门外', '站在门外', '在门外哭', '门外敲门', '赶出来', '赶出去', '赶出门', '趕出', '光着脚', '光著脚', '光脚', '赤脚', '只穿一件', '只穿短袖', '只穿内裤', '只穿一条内裤', '只穿單衣', '只穿单衣', '光着身子', '罚站', '不让进门', '不准进家门', '不准进门', '不准回家', '不给我钥匙', '滚出去', '锁喺', '关咗喺'] }],
      },
      ko: {
        say: ['집에 가기 무서워', '집에 들어가기 무서', '집에 가면 죽어요', '집에 가면 맞아'],
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['아이', '애가', '애를', '애들', '아들', '딸', '꼬마', '아기', '동생', '살짜리', '살 딸', '살 아들', '저랑', '우리 애', '초등학생', '중학생'],
          b: ['베란다에 내보내', '베란다로 내', '베란다에 세워', '베란다에 나와', '베란다에 한', '베란다에 몇', '베란다에 서', '베란다에 있', '내쫓아', '내쫓았', '내쫓겼', '쫓아냈', '쫓겨나', '쫓겨났', '맨발', '반팔 입고', '속옷 차림', '속옷만', '문 밖에', '문밖에', '문 열어달라', '집에 못 들어', '집에 들어오지'] }],
      },
      vi: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['đứa bé', 'đứa trẻ', 'đứa nhỏ', 'con bé', 'thằng bé', 'bé trai', 'bé gái', 'cháu trai', 'cháu gái', 'học sinh', 'con tôi', 'con em'],
          b: ['đuổi ra khỏi nhà', 'đuổi ra ngoài', 'bị đuổi ra', 'đứng ngoài cửa', 'ngồi ngoài cửa', 'ngồi khóc ngoài', 'ngoài hành lang', 'ngoài ban công', 'ra ban công', 'nhốt ngoài', 'đứng ngoài trời', 'ngoài trời mưa', 'không cho vào nhà', 'không cho về nhà', 'chân đất', 'chân trần', 'mặc áo cộc', 'chỉ mặc quần lót'] }],
      },
      ne: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bachha', 'baccha', 'bachcha', 'bacha$', 'chhora', 'chora', 'chhori', 'chori', 'keta$', 'keti$', 'nani$', 'baby', 'बच्चा', 'छोरा', 'छोरी', 'केटा', 'केटी', 'नानी'],
          b: ['bahira nikal', 'baahira nikal', 'balcony ma', 'barandaa ma', 'baranda ma', 'nango khutta', 'khali khutta', 'chappal nalagai', 'chappal nalaai', 'चप्पल नलगाई', 'जुत्ता नलगाई', 'राति...ढोकाबाहिर', 'राति...ढोका बाहिर', 'raati...dhoka bahira', 'rati...dhoka bahira', 'nango khuttaa', 'jado ma bahira', 'बाहिर निकाल', 'बरन्डामा', 'बार्दलीमा', 'नाङ्गो खुट्टा', 'खाली खुट्टा'] }],
      },
      tl: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bata', 'batang', 'anak', 'pamangkin', 'apo', 'kapatid', 'bunso', 'taong gulang', 'yrs old', 'years old', 'yo$'],
          b: ['pinalayas', 'pinapalayas', 'pinaalis sa bahay', 'pinalabas ng bahay', 'sa labas ng pinto', 'sa labas ng bahay', 'sa labas ng apato', 'sa veranda', 'sa balkonahe', 'nakayapak', 'walang tsinelas', 'naka pajama', 'naka brief', 'naka panty', 'hindi pinapapasok', 'ayaw papasukin', 'hindi pinapasok', 'pinapatulog sa labas', 'natutulog sa labas'] }],
      },
      pt: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['criança', 'crianças', 'menino', 'menina', 'filho', 'filha', 'sobrinho', 'sobrinha', 'aluno', 'aluna', 'neto', 'neta', 'anos$'],
          b: ['pra fora de casa', 'expulsou de casa', 'expulsa de casa', 'na varanda até', 'na varanda no frio', 'na varanda na chuva', 'do lado de fora da porta', 'fora de casa no frio', 'descalç', 'sem sapato', 'de pijama na rua', 'de cueca', 'de calcinha', 'não deixa entrar', 'não abre a porta', 'bota pra fora', 'botou pra fora', 'colocou pra fora', 'põe pra fora', 'na chuva por', 'trancad do lado de fora'] }],
      },
      id: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['anak', 'bocah', 'adik', 'keponakan', 'cucu', 'balita', 'murid'],
          b: ['diusir', 'di luar pintu', 'diluar pintu', 'di luar apato', 'di balkon', 'dikunci di luar', 'dikunciin di luar', 'nyeker', 'tanpa sepatu', 'tanpa alas kaki', 'telanjang di luar', 'ga boleh masuk rumah', 'gak boleh masuk rumah', 'tidak boleh masuk rumah', 'tidur di tangga', 'tidur di luar', 'tidur di genkan', 'tangga darurat'] }],
      },
    },
  },
  {
    name: 'a child locked in a cupboard, bathroom or room, tied to a chair, the mouth taped',
    into: 'a child locked in or tied up',
    words: {
      ja: {
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['子ども', '子供', 'こども', 'むすこ', '息子', 'むすめ', '娘', 'おとうと', '弟', 'いもうと', '妹', 'ぼく', 'わたしを', '歳の', 'さいの', 'しかられると', '叱られると'],
          b: ['押し入れに', 'おしいれに', '押入れに', 'クローゼットに', 'くろーぜっとに', 'とじこめ', '閉じ込め', 'とじこめられ', 'おふろばに', '風呂場に', 'トイレに閉じ', 'といれにとじ', 'しばりつけ', '縛り付け', 'しばられ', '縛られ', 'いすにしば', '椅子に縛', 'くちをてーぷ', '口をテープ', 'テープで口', 'てーぷでくち', 'ガムテープで口', 'テープでとめ', 'てーぷでとめ', 'でんきもけされ', '電気も消され'] }],
        // the writer in the cupboard WITH her own child, hiding from a partner (「子どもと押し入れにいます」): the child is
        // beside her, not the one shut in; the violence concept says the hiding itself
        idioms: ['子どもと', '子供と', 'こどもと', '娘と', 'むすめと', '息子と', 'むすこと', '赤ちゃんと', 'あかちゃんと', '子どもたちと', 'こどもたちと', '子どもを連れて', 'こどもをつれて'].flatMap((c) =>
          ['押し入れ', 'おしいれ', '押入れ', 'クローゼット', 'くろーぜっと', '一緒に押し入れ', 'いっしょにおしいれ', '一緒にクローゼット', 'いっしょにくろーぜっと'].map((w) => `${c}${w}`)),
      },
      en: {
        pairs: [{ reach: 60, acrossSentences: true,
          a: ['kid', 'kids', 'child', 'boy', 'girl', 'son$', 'sons$', 'daughter', 'toddler', 'year old', 'yo$', 'brother', 'sister', 'im 1', 'i am 1', 'autistic son', 'autistic daughter'],
          b: ['in the cupboard', 'in a cupboard', 'in the closet', 'in a closet', 'in the wardrobe', 'in the bathroom in the dark', 'in the genkan in the dark', 'in the dark when', 'tied to a chair', 'tied to the chair', 'tied to the bed', 'tied him to', 'tied her to', 'ties him to', 'ties her to', 'taped her mouth', 'taped his mouth', 'tape over her mouth', 'tape over his mouth', 'taped their mouth', 'taped shut', 'put tape over', 'put tape on his mouth', 'put tape on her mouth', 'lock me in my room', 'locks me in my room', 'locked me in my room', 'lock me in the', 'locks him in', 'locked him in', 'locks her in', 'locked her in', 'locks them in', 'locked them in', 'shutting him in', 'shutting her in', 'shuts him in', 'shuts her in', 'shut him in the', 'shut her in the'] }],
      },
      zh: {
        say: ['把小孩锁家里', '把孩子锁家里', '把孩子锁在家'],
        pairs: [{ reach: 20, acrossSentences: true,
          // (Not 「我」 alone: «他把我锁在房间里» is a partner's confinement; a child writing names the parent.)
          a: ['孩子', '小孩', '儿子', '女儿', '弟弟', '妹妹', '岁', '宝宝', '爸爸', '妈妈', '爸', '妈', '继父', '继母', '后妈', '后爸', '爷爷', '奶奶'],
          b: ['关在壁橱', '关进壁橱', '关进衣柜', '关在衣柜', '关进柜子', '关在柜子', '关在厕所', '关进厕所', '关在浴室', '关进浴室', '关进房间', '关小黑屋', '锁家里', '锁在家里', '锁在房间', '锁在厕所', '绑在椅子', '绑在床', '绑起来', '胶带贴', '胶带封', '封住嘴', '把嘴贴', '把嘴封', '嘴上贴', '嘴巴贴', '不准离开房间', '不让他上厕所', '不让她上厕所', '不让我上厕所'] }],
      },
      ko: {
        say: ['방에 갇혀 있어요', '밖에서 잠겼어요'],
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['아이', '애가', '애를', '아들', '딸', '아기', '동생', '살짜리', '저를'],
          b: ['방에 가둬', '방에 가뒀', '방에 가두', '방에 갇혀', '화장실에 가둬', '화장실에 가뒀', '화장실에 가두', '창고에 가둬', '창고에 가뒀', '옷장에 가둬', '옷장에 가뒀', '옷장에 넣', '의자에 묶', '묶어놓', '묶어 놓', '묶어두', '테이프로 입', '입에 테이프', '입을 테이프로', '입을 테이프', '테이프를 붙여 입', '입에 테이프를'] }],
      },
      vi: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['đứa bé', 'đứa trẻ', 'đứa nhỏ', 'con bé', 'thằng bé', 'bé trai', 'bé gái', 'cháu', 'con tôi', 'con em', 'con trai', 'con gái', 'tuổi'],
          b: ['nhốt con', 'nhốt bé', 'nhốt cháu', 'nhốt nó', 'bị nhốt', 'trói vào', 'trói con', 'trói bé', 'dán băng keo', 'dán miệng', 'băng keo vào miệng', 'băng dính vào miệng', 'dán băng dính', 'khóa trái cửa', 'trong nhà vệ sinh cả', 'trong tủ quần áo'] }],
      },
      ne: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bachha', 'baccha', 'bachcha', 'chhora', 'chora', 'chhori', 'chori', 'bhai', 'bahini', 'nani$', 'बच्चा', 'छोरा', 'छोरी', 'भाइ', 'बहिनी', 'नानी'],
          b: ['thunera', 'thundinchha', 'baadhera', 'bandhera', 'kursi ma bandh', 'थुनेर', 'थुन्छ', 'बाँधेर', 'मुखमा टेप', 'मुख टेपले', 'mukh ma tape'] }],
      },
      tl: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bata', 'batang', 'anak', 'pamangkin', 'apo', 'kapatid', 'bunso', 'taong gulang', 'yrs old', 'years old'],
          b: ['ikinukulong', 'ikinulong', 'kinukulong', 'kinulong', 'sa aparador', 'tinatali', 'tinali sa', 'nakatali', 'binusalan', 'tinapalan ang bibig', 'nilagyan ng tape ang bibig', 'tape sa bibig', 'tinapalan ng tape'] }],
      },
      pt: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['criança', 'menino', 'menina', 'filho', 'filha', 'sobrinho', 'sobrinha', 'neto', 'neta', 'enteado', 'enteada', 'anos$'],
          b: ['tranca no quarto', 'trancou no quarto', 'tranca no banheiro', 'trancou no banheiro', 'trancou no armário', 'tranca no armário', 'trancad no', 'trancou meu filho', 'trancou minha filha', 'tranca meu filho', 'tranca minha filha', 'tranca meu irmão', 'trancou meu irmão', 'tranca minha irmã', 'trancou minha irmã', 'tranca nossa filha', 'tranca nosso filho', 'trancou nossa', 'trancou nosso', 'no armário de castigo', 'no banheiro no escuro', 'amarrad na cadeira', 'amarrou na cadeira', 'amarra na cadeira', 'fita na boca', 'fita adesiva na boca', 'tapou a boca com fita', 'tapei a boca'] }],
      },
      id: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['anak', 'bocah', 'adik', 'keponakan', 'cucu', 'balita', 'aku'],
          b: ['dikunci di kamar', 'dikunciin', 'ngunciin', 'dikurung', 'di lemari', 'diikat di', 'diiket di', 'dilakban', 'lakban mulut', 'mulutnya dilakban', 'menutup mulutnya dengan lakban', 'lakban di mulut'] }],
      },
    },
  },
  {
    name: 'a stepfather, mother’s partner, relative or other adult coming into a child’s room at night, the bath, or touching private parts',
    into: 'a child touched sexually by a parent’s partner, a relative or an adult',
    words: {
      ja: {
        pairs: [
          { reach: 30, acrossSentences: true,
            a: ['ままちち', '継父', '義理の父', 'ぎりのちち', 'かれし', '彼氏', '再婚相手', 'さいこんあいて', 'おじさん', '叔父', '伯父', '祖父', 'おじいちゃん', 'あに', 'おにいちゃん', 'お兄ちゃん', 'いとこ', 'コーチ', 'こーち'],
            b: ['へやにはいってく', '部屋に入ってく', '部屋に来', 'へやにく', 'ふとんにはいって', '布団に入って', 'おふろにいっしょ', 'お風呂に一緒', 'いっしょにおふろ', '一緒にお風呂', 'のぞき', 'のぞか', '覗', 'さわられ', 'さわって', 'さわる', '触られ', '触って', '触る', 'ひみつ', '秘密', 'だれにもいうな', '誰にも言うな', 'いたいことする', 'へんなこと', '変なこと', 'したぎ', '下着', 'ひざにすわ', '膝に座', 'はだかに', 'はだかで', '裸に', '裸で', '二人きりになるのを', 'ふたりきりになるのを'] },
          { reach: 24, acrossSentences: true,
            a: ['おとうさん', 'お父さん', 'ぱぱ', 'パパ', '父'],
            b: ['ひみつ', '秘密', 'だれにもいうな', '誰にも言うな', 'いたいことする', 'へんなこと', '変なこと', 'したぎ', '下着', 'ふとんにはいって', '布団に入って', 'おふとんにはいって', 'よるへやに', '夜部屋に', '夜中に部屋'] },
        ],
      },
      en: {
        pairs: [
          { reach: 60, acrossSentences: true,
            a: ['stepdad', 'step dad', 'stepfather', 'moms boyfriend', 'mums boyfriend', 'mothers boyfriend', 'mom s boyfriend', 'mum s boyfriend', 'mother s boyfriend', 'uncle', 'grandpa', 'grandad', 'granddad', 'cousin', 'older brother', 'big brother', 'homestay father', 'coach', 'tutor', 'youth leader', 'new husband', 'the man at'],
            b: ['comes into my room', 'coming into my room', 'came into my room', 'comes into her room', 'coming into her room', 'comes into his room', 'into the bathroom when', 'comes into the bathroom', 'while she showers', 'while she is showering', 'when she is showering', 'when im showering', 'when i shower', 'touching me', 'touches me', 'touched me', 'touches her', 'touched her', 'touching her', 'touches him', 'touched him', 'private parts', 'privates', 'down there', 'on his lap', 'plays games with her', 'keep it a secret', 'our secret', 'sleep in his bed', 'watch me change', 'watches her change', 'shows her videos', 'showed her videos', 'weird videos', 'strange videos'] },
          { reach: 48, acrossSentences: true,
            a: ['dad', 'father', 'daddy', 'husband'],
            b: ['comes into her room at night', 'goes into her room at night', 'goes into our daughters room', 'into my daughters room', 'touches her private', 'touching her private', 'her private parts', 'at bath time', 'sleep in his bed', 'keep it a secret from mum', 'keep it a secret from mom', 'shows her videos of', 'naked people'] },
        ],
      },
      zh: {
        pairs: [
          { reach: 20, acrossSentences: true,
            a: ['继父', '后爸', '男朋友', '男友', '姐夫', '姊夫', '叔叔', '舅舅', '伯伯', '表哥', '堂哥', '哥哥', '阿公', '外公', '爷爷', '继女', '继子', '姨丈', '姑丈', '再婚'],
            b: ['进我房间', '进她房间', '进他房间', '来我房间', '进房间', '去她房间', '去我房间', '洗澡的时候进', '洗澡的时候开门', '洗澡的时候偷看', '洗澡时进', '老是进来', '总是进来', '要帮她洗', '偷看', '摸她', '摸我', '摸他', '下面', '私处', '尿尿的地方', '坐他腿上', '坐在他腿上', '亲她', '亲我', '动手动脚', '脱衣服', '奇怪的事', '保守秘密', '不要告诉', '不准告诉', '别告诉', '一起睡', '被窝'] },
          { reach: 16, acrossSentences: true,
            a: ['爸爸', '老豆', '阿爸', '父亲', '老师', '教练', '我老公'],
            b: ['进我房间', '进她房间', '去我女儿房间', '去女儿房间', '洗澡的时候进', '洗澡的时候开门', '洗澡的时候偷看', '洗澡时进', '老是进来', '总是进来', '要帮她洗', '偷看', '摸她', '摸我', '私处', '尿尿的地方', '下面疼', '坐他腿上', '动手动脚', '奇怪的事', '保守秘密', '叔叔叫她'] },
        ],
      },
      ko: {
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['새아빠', '의붓', '남친이', '남자친구가', '재혼한 남편', '삼촌', '사촌', '오빠가', '형이', '할아버지', '아빠가', '아빠랑', '아빠 방', '학원 선생님', '코치', '아저씨'],
          b: ['방에 들어와', '방에 들어오', '방에 들어가', '방으로 불려', '만져', '만지', '몸을 만', '이상한 데', '이상한 영상', '이상한 곳', '비밀놀이', '비밀이라', '둘만 있기 싫', '씻을 때', '샤워할 때', '목욕할 때', '이불 속', '무릎에 앉', '옷을 벗'] }],
      },
      vi: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['dượng', 'bạn trai của mẹ', 'bạn trai mẹ', 'người yêu của mẹ', 'người yêu mẹ', 'chú ruột', 'chú hàng xóm', 'em chồng', 'anh họ', 'anh trai', 'ông nội', 'ông ngoại', 'ông chủ', 'huấn luyện viên', 'bố nó hay', 'bố cháu hay'],
          // (a hand on the forehead of a grandfather with a fever, «sờ vào người ông thấy nóng», is care: the child is named)
          b: ['vào phòng', ...cross(['sờ vào', 'sờ người', 'sờ vào người'], ['con$', 'em$', 'cháu$', 'bé$', 'nó$', 'e$']), 'sờ vào ngực', 'sờ vào đùi', 'sờ vào mông', 'sờ vào chỗ', 'sờ vào vùng', 'sờ soạng', 'sờ mó', 'chỗ kín', 'vùng kín', 'xem nó thay', 'xem cháu thay', 'nhìn trộm', 'lúc tắm', 'khi tắm', 'chụp ảnh', 'ngủ chung', 'ngồi lên đùi', 'bí mật', 'đừng nói với', 'không được nói với', 'không cho nói'] }],
      },
      ne: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['sauteni buwa', 'sauteni baba', 'boyfriend', 'buwa ko saathi', 'buwa ko sathi', 'mama$', 'kaka$', 'dai le', 'dajule', 'hajurbuwa', 'uncle', 'सौतेनी बुबा', 'प्रेमी', 'काका', 'मामा', 'दाइले', 'हजुरबुबा', 'बुबाको साथी', 'ट्युसन सर'],
          b: ['chhunchha', 'chhunchh', 'chhuncha', 'chhunx', 'chhoyo', 'chhune', 'kotha ma aau', 'kothama aau', 'kotha ma pas', 'nuhaune bela', 'nuhauda', 'lugaa phukal', 'luga phukal', 'kakh ma', 'kaakh ma', 'gopya', 'kasailai nabhannu', 'kasai lai nabhannu', 'छुन्छ', 'छोयो', 'छुने', 'कोठामा आउ', 'नुहाउँदा', 'लुगा फुकाल', 'काखमा', 'गोप्य', 'कसैलाई नभन'] }],
      },
      tl: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['stepdad', 'stepfather', 'amain', 'boyfriend ng nanay', 'boyfriend ni mama', 'kinakasama', 'tito', 'tiyo', 'lolo', 'pinsan', 'kuya', 'coach', 'lalaki sa kabilang'],
          b: ['pumapasok sa kwarto', 'pumasok sa kwarto', 'pumupunta sa kwarto', 'hinahawakan daw', 'hinahawakan sa katawan', 'hinawakan sa katawan', 'sa katawan', 'hinihipuan', 'hinipuan', 'hinihipo', 'hinipo', 'maselang bahagi', 'ari nya', 'ari niya', 'sa shower', 'habang naliligo', 'pag naliligo', 'sinisilip', 'sinilip', 'pinaghuhubad', 'pinahubad', 'kandungan', 'sikreto', 'wag sabihin', 'huwag sabihin', 'katabi matulog'] }],
      },
      pt: {
        pairs: [
          { reach: 50, acrossSentences: true,
            a: ['padrasto', 'namorado da mãe', 'namorado da minha mãe', 'namorado da minha ex', 'tio$', 'avô', 'primo', 'irmão mais velho', 'treinador', 'vizinho', 'marido da minha irmã'],
            b: ['entra no quarto', 'entrar no quarto', 'vem pro quarto', 'vai no quarto', 'no quarto dela', 'na cama dele', 'mexe nela', 'mexeu nela', 'passa a mão', 'passou a mão', 'toca nela', 'tocou nela', 'partes íntimas', 'parte íntima', 'sentar no colo', 'senta no colo', 'segredo', 'não contar', 'não conta pra', 'tomando banho', 'durante o banho', 'na hora do banho', 'sem roupa', 'pelad'] },
          { reach: 40, acrossSentences: true,
            a: ['pai$', 'meu pai', 'o pai'],
            b: ['durma na cama dele', 'dormir na cama dele', 'partes íntimas', 'gente pelada', 'vídeo de gente', 'mexe nela', 'passa a mão nela', 'entra no banheiro quando', 'não contar pra mãe', 'segredo nosso'] },
        ],
      },
      id: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['ayah tiri', 'bapak tiri', 'papa tiri', 'pacar mama', 'pacar ibu', 'pacar mamanya', 'pacar ibunya', 'paman', 'pamannya', 'om$', 'kakek', 'sepupu', 'kakak laki', 'kakak tiri', 'pelatih', 'guru les'],
          b: ['masuk kamar', 'masuk ke kamar', 'pegang pegang', 'pegang2', 'megang', 'meraba', 'diraba', 'bagian pribadi', 'bagian privat', 'kemaluan', 'saat mandi', 'waktu mandi', 'pas mandi', 'ngintip', 'mengintip', 'dipangku', 'pangkuan', 'rahasia', 'jangan bilang', 'jangan kasih tau', 'buka baju', 'telanjang'] }],
      },
    },
  },
  {
    name: 'an adult online or a much older man asking a child for body photos, to meet, to keep it secret; threats to post photos',
    into: 'sexual messages or requests for photos sent to a child; an adult doing “bad things” at night',
    words: {
      ja: {
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['おじさん', '大学生', '歳の', 'さいの', '娘', 'むすめ', '息子', 'むすこ', '生徒', 'せいと'],
          b: ['はだかのしゃしん', '裸の写真', '下着の写真', 'したぎのしゃしん', '下着姿', 'したぎすがた', '水着の写真', 'みずぎのしゃしん', '写真をばらま', 'しゃしんをばらま', '写真をさら', 'しゃしんをさら', '画像をばらま', '体の写真', 'からだのしゃしん', 'えっちな', 'エッチな', 'ほてるに', 'ホテルに', '親には内緒', 'おやにはないしょ', '親に内緒', 'おやにないしょ'] }],
      },
      en: {
        pairs: [
          { reach: 80, acrossSentences: true,
            a: ['my son', 'my daughter', 'my 1', 'year old', 'yo$', 'im 1', 'i am 1', 'shes 1', 'hes 1', 'she is 1', 'he is 1', 'my cousin', 'my niece', 'my nephew', 'student', 'son 1', 'daughter 1'],
            b: ['photos of his body', 'photos of her body', 'pictures of his body', 'pictures of her body', 'in her underwear', 'in his underwear', 'underwear pictures', 'swimsuit photos', 'naked', 'nudes', 'nude photos', 'without clothes', 'send pictures', 'send photos', 'send pics', 'asking her for photos', 'asking him for photos', 'asking for photos', 'asked for photos', 'or more photos', 'post his photos', 'post her photos', 'post my pictures', 'post my photos', 'come to a hotel', 'to a hotel', 'bus ticket', 'train ticket', 'asked for my address', 'keep it secret', 'keep it a secret', 'delete the messages', 'adult things', 'private shoot', 'older man', 'adult man', 'grown man', 'hes an adult', 'is actually an adult'] },
          { reach: 60, acrossSentences: true,
            a: ['online', 'app$', 'game', 'discord', 'instagram', 'tiktok', 'twitter', 'snapchat', 'chat', 'messaging', 'messages'],
            b: ['underwear', 'naked', 'nudes', 'without clothes', 'post my pictures', 'post my photos', 'post his photos', 'post her photos', 'or more photos', 'adult things', 'to a hotel', 'swimsuit photos'] },
        ],
      },
      zh: {
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['网友', '网上', '网络', '游戏', 'line', '推特', 'ig$', 'tiktok', 'discord', 'roblox', 'switch', '大人', '大哥哥', '叔叔', '陌生人', '摄影师', '男人', '成年人', '补习班的老师', '教练', '女儿', '儿子', '岁'],
          b: ['不穿衣服的照片', '裸照', '私处', '内裤的照片', '内裤照', '拍内裤', '內裤', '内衣照', '除衫', '开视像', '脱衣服', '单独见面', '单独练习', '偷偷出门', '偷偷出去', '去他家过夜', '开房', '酒店', '宾馆', '保守秘密', '不要告诉父母', '不要告诉爸妈', '别告诉爸妈'] }],
      },
      ko: {
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['온라인', '게임', '앱에서', 'sns', '라인', '틱톡', '디스코드', '인스타', '트위터', '유튜브', '어른', '아저씨', '대학생', '남자가', '모르는 사람', '에이전시', '매니저', '살인데', '초등', '중1', '중2', '고1'],
          b: ['속옷', '알몸', '벗은 사진', '나체', '수영복 사진', '몸 사진', '사진을 뿌', '사진 뿌', '학교에 뿌', '사진을 올리', '안 만나주', '만나주지', '호텔', '집까지 데리러', '비밀로', '어른들의', '영상을 보', '돈이랑 게임머니', '게임머니'] }],
      },
      vi: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['trên mạng', 'qua mạng', 'online', 'game', 'facebook', 'zalo', 'tiktok', 'người lạ', 'người đàn ông', 'người lớn', 'con gái', 'con trai', 'tuổi'],
          b: ['ảnh khỏa thân', 'ảnh nude', 'ảnh đồ lót', 'mặc đồ lót', 'cởi đồ', 'cởi quần áo', 'khách sạn', 'tung ảnh', 'phát tán ảnh', 'đăng ảnh của', 'giữ bí mật', 'đừng nói với bố mẹ', 'đừng nói với mẹ', 'không được nói với'] }],
      },
      ne: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['online', 'facebook', 'tiktok', 'messenger', 'game', 'app ma', 'thulo manchhe', 'budo manchhe', 'ajnabi', 'chhori', 'chhora', 'अनलाइन', 'फेसबुक', 'ठूलो मान्छे', 'अपरिचित', 'छोरी', 'छोरा'],
          b: ['nango photo', 'nango foto', 'nangai', 'luga phukal', 'hotel ma', 'ghar bolay', 'ghar bolaye', 'gopya', 'kasailai nabhannu', 'नाङ्गो', 'होटल', 'घर बोलाय', 'गोप्य', 'कसैलाई नभन'] }],
      },
      tl: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['online', 'facebook', 'fb$', 'messenger', 'discord', 'twitter', 'tiktok', 'game', 'nakilala ko', 'nakilala niya', 'nakilala nya', 'years old', 'yrs old', 'anak ko'],
          b: ['naka underwear', 'naka panty', 'naka brief', 'hubad', 'picture ng katawan', 'litrato ng katawan', 'ipopost', 'ikakalat', 'sa hotel', 'sikreto', 'wag sabihin', 'huwag sabihin', 'i meet ng', 'makipagkita sa kanya'] }],
      },
      pt: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['online', 'internet', 'jogo', 'app$', 'aplicativo', 'instagram', 'tiktok', 'discord', 'whatsapp', 'twitter', 'homem', 'adulto', 'professor do', 'agência', 'filha de 1', 'filho de 1'],
          b: ['foto dela sem', 'foto dele sem', 'fotos sem roupa', 'foto sem roupa', 'fotos de calcinha', 'foto de calcinha', 'de biquíni', 'pelad', 'nude', 'nudes', 'partes íntimas', 'hotel', 'motel', 'segredo', 'não contar pros pais', 'apagar as mensagens', 'postar as fotos', 'divulgar as fotos', 'espalhar as fotos'] }],
      },
      id: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['online', 'game', 'medsos', 'instagram', 'tiktok', 'facebook', 'discord', 'om om', 'om2', 'orang dewasa', 'laki laki', 'pria', 'kenalan', 'anak saya', 'umur', 'tahun$'],
          b: ['foto telanjang', 'foto bugil', 'bugil', 'telanjang', 'celana dalam', 'pakaian dalam', 'foto tanpa baju', 'buka baju', 'ketemuan di hotel', 'ke hotel', 'rahasia', 'jangan bilang orang tua', 'hapus chat'] }],
      },
    },
  },
  {
    name: 'punishments: made to kneel, cold water poured or a cold bath, no meals for bad marks, hair cut off, scalded, pricked',
    into: 'a child made to sleep outside or in a shed, to kneel or stand for hours',
    words: {
      ja: {
        say: ['ごはんなし', 'ご飯なし', 'ばんごはんなし', '晩ご飯なし', '夕飯抜き', 'ゆうはんぬき'],
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['子ども', '子供', 'こども', 'むすこ', '息子', 'むすめ', '娘', 'ぼく', '歳の', 'さいの', 'おもらし', 'テストが', 'てすとが', '宿題', 'しゅくだい', 'しつけ', '躾'],
          b: ['せいざさせ', '正座させ', 'ひざまず', 'つめたいみずのおふろ', '冷たい水のお風呂', 'つめたいみずをかけ', '冷たい水をかけ', 'みずぶろ', '水風呂', 'ごはんをごみばこ', 'ご飯をゴミ箱', 'ごはんあげるのがしんど', 'まともに食べさせてな', 'まともにたべさせてな', 'ごはんをあげていません', 'ご飯をあげていません', 'かみをはさみで', '髪をはさみで', 'かみをきり', '髪を切られ', 'あついおゆをかけ', '熱いお湯をかけ', 'はりでさ', '針で刺'] }],
      },
      en: {
        pairs: [{ reach: 60, acrossSentences: true,
          a: ['kid', 'kids', 'child', 'children', 'boy', 'girl', 'son$', 'sons$', 'daughter', 'year old', 'yo$', 'im 1', 'i am 1', 'niece', 'nephew', 'stepson', 'stepdaughter'],
          b: ['makes him kneel', 'made him kneel', 'makes her kneel', 'made her kneel', 'make them kneel', 'makes them kneel', 'kneel on', 'kneeling on', 'cold water over', 'ice water', 'cold bath', 'cold shower', 'no dinner if', 'no dinner until', 'no food if', 'no food until', 'without dinner as', 'cant eat if', 'not allowed to eat if', 'not allowed dinner', 'shaved her head', 'shaved his head', 'cut off her hair', 'cut off his hair', 'boiling water', 'hot water on', 'with a needle', 'with needles'] }],
      },
      zh: {
        say: ['不能吃晚饭', '不准吃晚饭', '不准吃饭', '不给吃晚饭', '就不给饭', '罚不准吃', '罚跪'],
        pairs: [{ reach: 20, acrossSentences: true,
          a: ['孩子', '小孩', '儿子', '女儿', '我', '弟弟', '妹妹', '孙子', '孙女', '岁', '学生'],
          b: ['跪在', '跪到', '跪一整晚', '跪咗', '罚站', '冷水', '冰水', '不给饭', '不给吃', '不能吃饭', '已经两天没吃', '两天没吃', '饿了两天', '针扎', '用针', '热水烫', '烧热的勺子', '勺子烫', '筷子戳', '剪我的头发', '剪她的头发', '剪他的头发', '用尺打', '打手心'] }],
      },
      ko: {
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['아이', '애가', '애를', '애들', '아들', '딸', '동생', '저는', '저를', '살짜리', '살 아이', '학생'],
          b: ['무릎 꿇', '무릎꿇', '찬물 욕조', '찬물에', '찬물을', '얼음물', '밥 안 줘', '밥을 안 줘', '밥 안 주', '밥을 안 주', '밥을 굶', '굶기', '굶겨', '저녁을 안 줘', '저녁 안 줘', '머리를 잘라', '머리카락을 잘', '뜨거운 물을', '바늘로', '벌로 찬물', '벌로 밥'] }],
      },
      vi: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['đứa bé', 'đứa trẻ', 'con bé', 'thằng bé', 'bé trai', 'bé gái', 'cháu', 'con tôi', 'con em', 'con trai', 'con gái', 'tuổi', 'em bị'],
          b: ['bắt quỳ', 'quỳ gối', 'phạt quỳ', 'quỳ ngoài', 'quỳ trên', 'tắm nước lạnh', 'dội nước lạnh', 'dội nước', 'nhịn ăn', 'nhịn đói', 'không cho ăn', 'không được ăn', 'bỏ đói', 'kim châm', 'lấy kim', 'nước sôi', 'dí vào', 'đứng ngoài trời mưa'] }],
      },
      ne: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bachha', 'baccha', 'chhora', 'chora', 'chhori', 'chori', 'bhai', 'bahini', 'nani$', 'ma 1', 'malai', 'बच्चा', 'छोरा', 'छोरी', 'मलाई', 'वर्ष'],
          b: ['ghuda tek', 'ghunda tek', 'ghuda tekaun', 'chiso pani', 'khana dinna', 'khana didaina', 'khana dinnan', 'khana nadine', 'khana na dine', 'kehi khako chaina', 'kei khaeko chaina', 'tato pani', 'sui le', 'घुँडा टेक', 'चिसो पानी', 'खाना दिन्न', 'खाना दिँदैन', 'खाना नदिने', 'तातो पानी', 'केही खाएको छैन'] }],
      },
      tl: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bata', 'batang', 'anak', 'pamangkin', 'apo', 'kapatid', 'bunso', 'ako po ay 1', 'ako 1', 'taong gulang', 'yrs old'],
          b: ['pinaluhod', 'pinapaluhod', 'paluhudin', 'malamig na tubig', 'binubuhusan', 'binuhusan', 'hindi pinapakain', 'ayaw pakainin', 'ayaw akong pakainin', 'ayaw ako pakainin', 'di pinapakain', 'tira tira lang', 'ginupitan', 'bilang parusa', 'mainit na tubig', 'karayom'] }],
      },
      pt: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['criança', 'crianças', 'menino', 'menina', 'filho', 'filha', 'sobrinho', 'sobrinha', 'neto', 'neta', 'aluno', 'aluna', 'anos$'],
          b: ['ajoelhar', 'ajoelha', 'ajoelhad', 'no milho', 'no arroz cru', 'água gelada', 'banho gelado', 'sem janta de castigo', 'sem jantar de castigo', 'sem comer de castigo', 'tira a comida', 'tirou a comida', 'raspou o cabelo', 'raspou a cabeça', 'água fervendo', 'com agulha'] }],
      },
      id: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['anak', 'bocah', 'adik', 'keponakan', 'cucu', 'aku umur', 'aku 1', 'umur', 'tahun$'],
          b: ['berlutut', 'air dingin', 'disiram', 'mandi air dingin', 'gak boleh makan', 'ga boleh makan', 'tidak boleh makan', 'gak dibolehin makan', 'ga dibolehin makan', 'dibotakin', 'rambutnya digunting', 'dicubit pakai', 'pakai tang', 'disundut', 'air panas', 'jarum'] }],
      },
    },
  },
  {
    name: 'from next door: a child or baby screaming, a slap or a thud, “sorry”, “stop”, threats, then sudden silence',
    into: 'screaming, hitting or begging heard from a neighbouring home',
    words: {
      ja: {
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['子ども', '子供', 'こども', '赤ちゃん', 'あかちゃん', 'ちいさいこ', '小さい子', 'おとこのこ', 'おんなのこ', '男の子', '女の子'],
          b: ['ごめんなさい', 'いたいとさけ', 'いたいってさけ', 'やめてとさけ', 'やめてってさけ', 'ひめい', '悲鳴', 'どなりごえ', '怒鳴り声', 'どんって', 'ドンって', 'ばしっ', 'バシッ', 'きゅうにしずか', '急に静か', 'なきごえがやん', '泣き声がやん', 'なきごえがとま', '泣き声が止ま', 'うまなければ', '産まなければ', 'ままってずっと', 'ママってずっと', 'ままとずっとよん'] }],
      },
      en: {
        pairs: [{ reach: 120, acrossSentences: true,
          a: ['baby', 'kid', 'child', 'toddler', 'little one', 'little girl', 'little boy'],
          b: ['then silence', 'then it goes quiet', 'then it went quiet', 'went quiet', 'gone quiet', 'suddenly quiet', 'suddenly silent', 'very suddenly', 'heard a slap', 'a slap and', 'slapping sound', 'heard a thud', 'a thud and', 'loud bang and', 'ill kill you', 'i will kill you', 'shut up or', 'out the window', 'something being thrown', 'stop daddy', 'stop mommy', 'no mommy', 'no daddy'] }],
      },
      zh: {
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['孩子', '小孩', '婴儿', '宝宝', '小朋友', '小女孩', '小男孩', '细路', '細路', 'bb$'],
          b: ['砰', '一声巨响', '然后就没声', '就没声音', '没声音了', '突然没声', '一点声音都没有', '哭声没了', '惨叫', '对不起对不起', '不要打了', '滚出去', '怎么不去死', '骂你怎么不去死', '吼你怎么不去死', '喊你怎么不去死', '说你怎么不去死', '骂你去死', '吼你去死', '啪的一声', '巴掌声', '打人的声音', '声音越来越弱', '哭到没声', '喊到冇声'] }],
      },
      ko: {
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['아이', '애가', '애 ', '아기', '애기', '꼬마'],
          b: ['찰싹', '철썩', '쿵 소리', '쿵 하는', '갑자기 조용', '조용해졌', '울음이 뚝', '비명', '잘못했어요', '살려주', '때리는 소리', '맞는 소리', '자지러지게', '몇 시간째 안 멈'] }],
      },
      vi: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['đứa bé', 'đứa trẻ', 'đứa nhỏ', 'em bé', 'con bé', 'thằng bé', 'bé trai', 'bé gái', 'bé sơ sinh', 'trẻ con'],
          b: ['tiếng tát', 'tiếng đánh', 'tiếng đập', 'tiếng rầm', 'rồi im bặt', 'im bặt', 'im lặng hẳn', 'đột nhiên im', 'tự nhiên im', 'kêu cứu', 'xin lỗi xin lỗi', 'con xin lỗi', 'đừng đánh', 'tha cho con', 'khóc yếu dần', 'yếu dần'] }],
      },
      ne: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bachha', 'baccha', 'bachcha', 'baby', 'nani$', 'chhora', 'chhori', 'बच्चा', 'नानी', 'बच्चाको'],
          b: ['runa chhodyo', 'thappad ko awaj', 'kutne awaj', 'kuteko awaj', 'hanne awaj', 'maaf garnus', 'maaf gara', 'rune awaj 2 din', 'koi aune jane chaina', 'थप्पडको आवाज', 'कुटेको आवाज', 'माफ गर'] }],
      },
      tl: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bata', 'batang', 'baby', 'sanggol', 'anak nila', 'anak nya', 'anak niya'],
          b: ['sampal', 'kalabog', 'lagabog', 'biglang tumahimik', 'tumahimik bigla', 'biglang tahimik', 'sumisigaw ng tulong', 'tama na po', 'sorry po sorry po', 'aray', 'walang lumalapit', 'papatayin kita'] }],
      },
      pt: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['criança', 'bebê', 'bebe', 'menino', 'menina', 'neném'],
          b: ['tapa muito forte', 'um tapa e', 'ouvi um tapa', 'estalo', 'barulho de tapa', 'ficou em silêncio', 'fica um silêncio', 'parou de chorar de repente', 'de repente parou', 'silêncio total', 'para pai', 'para mãe', 'mamãe não', 'papai não', 'pancada', 'chora o dia todo, fraq', 'chorando cada vez mais fraco', 'cada vez mais fraco', 'vou te matar'] }],
      },
      id: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['anak', 'bayi', 'bocah', 'balita'],
          b: ['suara tamparan', 'suara pukulan', 'bunyi gedebuk', 'tiba tiba diam', 'tiba2 diam', 'langsung diam', 'mendadak sepi', 'mendadak diam', 'ampun ma', 'ampun pa', 'ampun bu', 'jangan pukul', 'tolong tolong', 'nangis gak berhenti', 'nangis ga berhenti', 'nangis terus dari', 'diketok gak ada yang buka', 'diketok ga ada yang buka', 'ga ada suara orang dewasa', 'gak ada suara orang dewasa'] }],
      },
    },
  },
  {
    name: 'a small child left in a car, alone at night or all day while the adult works, plays pachinko or goes out',
    into: 'a child left alone for days, at night, or in a car',
    words: {
      ja: {
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['子ども', '子供', 'こども', 'まご', '孫', '赤ちゃん', 'あかちゃん', 'むすこ', '息子', 'むすめ', '娘', 'ちいさいこ', '小さい子', 'ぼくといもうと', 'わたしといもうと', 'きょうだい'],
          b: ['くるまのなかにおい', '車の中に置い', '車内に置い', 'くるまにおい', '車に置い', '車に残し', 'くるまにのこし', 'あさまでぼく', 'あさまでわたし', 'ぱちんこにいき', 'ぱちんこにいって', 'パチンコに行', 'だけでるすばん', 'だけで留守番', 'よなかにひとり', 'ろうかにひとり', '廊下に一人'] }],
      },
      en: {
        pairs: [{ reach: 60, acrossSentences: true,
          a: ['baby', 'toddler', 'kid', 'kids', 'child', 'children', 'little one', 'year old', 'yo$', 'son$', 'sons$', 'daughter', '4 and 6', '3 and 5'],
          b: ['in the car while', 'in the car for', 'alone in the car', 'left in the car', 'locked in a car', 'in a hot car', 'in the car at the', 'alone from 7', 'alone from 8', 'alone from 9', 'alone until morning', 'alone till morning', 'alone until 6', 'alone overnight', 'alone in the corridor', 'in the corridor at night', 'outside their door at', 'still in the apartment alone', 'alone in the apartment', 'no adult has', 'no adults have'] }],
      },
      zh: {
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['孩子', '小孩', '宝宝', '婴儿', '小朋友', '小学生', '小男孩', '小女孩', '细路', '細路', '岁', '儿子', '女儿', '我和妹妹', '我和弟弟'],
          b: ['锁在车里', '锁车里', '留在车里', '放在车上', '放在车里', '扔在车里', '关在车里', '车里锁着', '一个人在车', '打小钢珠', '打柏青哥', '出去喝酒', '走廊坐', '走廊做功课', '待到天黑', '待到晚上', '待到半夜', '十点多还', '十点几', '九点多还', '半夜还在外面', '晚上还在外面', '睡在网咖', '好几天自己在家', '大人昨晚', '三天都没回来', '两周没回家', '又没回来', '唔返嚟'] }],
      },
      ko: {
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['아이', '애가', '애를', '애들', '아기', '애기', '꼬마', '아들', '딸', '살짜리', '둘만', '셋이'],
          b: ['차 안에 두고', '차에 두고', '차 안에 애', '차 안에 아기', '차 안에 혼자', '파칭코', '집에 혼자 두', '며칠씩 집에', '둘만 있어', '둘만 두고', '밤늦게까지 밖', '밤 11시에 혼자', '밤늦게 혼자', '새벽까지 밖', '편의점 앞에 혼자', '하루 종일 울'] }],
      },
      vi: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['đứa bé', 'đứa trẻ', 'đứa nhỏ', 'em bé', 'con bé', 'thằng bé', 'bé trai', 'bé gái', 'con 1 tuổi', 'con 2 tuổi', 'con 3 tuổi'],
          b: ['trong xe', 'trong ô tô', 'để trong xe', 'bỏ trong xe', 'ở nhà 1 mình', 'một mình cả ngày', '1 mình cả ngày', 'một mình cả tối', 'ở nhà một mình để', 'ở nhà một mình khi', 'ngoài hành lang'] }],
      },
      ne: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bachha', 'baccha', 'bachcha', 'baby', 'nani$', 'chhora', 'chora', 'chhori', 'bahini', 'bhai', 'mahina ko', 'बच्चा', 'नानी', 'छोरा', 'छोरी'],
          b: ['gadi bhitra', 'car ma chhod', 'car bhitra', 'eklai chhodera', 'eklai hunchha', 'dinbhar eklai', 'raati eklai', 'ma ra bahini eklai', 'ma ra bhai eklai', 'corridor ma', 'izakaya ma kaam', 'ghar ma chainan', 'koi kholdaina', 'koi khol', 'गाडीभित्र', 'एक्लै छोडेर', 'दिनभर एक्लै', 'राति एक्लै', 'एक्लै हुन्छ'] }],
      },
      tl: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bata', 'batang', 'baby', 'sanggol', 'anak', 'pamangkin', 'apo', 'yo$', 'years old', 'yrs old'],
          b: ['iniiwan sa kotse', 'iniwan sa kotse', 'naiwan sa kotse', 'sa loob ng kotse', 'sa loob ng sasakyan', 'magdamag na mag isa', 'di umuuwi', 'hindi umuuwi', 'syang di umuuwi', 'walang lumalapit', 'umaalis ang'] }],
      },
      pt: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bebê', 'bebe', 'criança', 'crianças', 'menino', 'menina', 'filho', 'filha', 'neném', 'anos$', 'meses$'],
          b: ['dentro do carro', 'no carro enquanto', 'deixa no carro', 'deixou no carro', 'trancad no carro', 'sozinho em casa quando', 'sozinha em casa quando', 'sozinhos em casa quando', 'sozinho no carro', 'sozinha no carro', 'no carrinho na varanda', 'nenhum adulto aparece', 'sozinhas numa varanda', 'sozinhos numa varanda'] }],
      },
      id: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['anak', 'bayi', 'bocah', 'balita'],
          b: ['ditinggal di mobil', 'ditinggal dalam mobil', 'di mobil sendirian', 'dikunci di mobil', 'sendirian seharian', 'tidur di tangga', 'tangga darurat', 'tengah malam sendirian', 'udah 2 hari gak pulang', 'udah 2 hari ga pulang', 'hari gak pulang', 'hari ga pulang', 'hari tidak pulang'] }],
      },
    },
  },
  {
    name: 'a parent’s own act or urge: nearly threw, shook hard, smothered, pushed into a wall, fears they will hurt the child',
    into: 'a child hit, kicked, thrown or shaken',
    words: {
      ja: {
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['赤ちゃん', 'あかちゃん', '子ども', '子供', 'こども', 'むすこ', '息子', 'むすめ', '娘', '2か月', '2かげつ', '0さい', '0歳'],
          b: ['つよくゆす', '強く揺', 'はげしくゆす', '激しく揺', 'かおにたおる', '顔にタオル', 'かおにまくら', '顔に枕', 'ふとんをかぶせる', '布団をかぶせる', 'くちをふさ', '口をふさ', 'くちをてーぷ', 'たたきつけ', '叩きつけ', 'なげつけそう', '投げつけそう', 'なげそうに', '投げそうに', 'なにかしてしまいそう', '何かしてしまいそう', 'かみをひっぱ', '髪を引っ張', 'ひきずって', '引きずって', 'けってしまい', '蹴ってしまい', 'おゆをかけ', 'お湯をかけ'] }],
      },
      en: {
        pairs: [
          { reach: 40,
            a: ['almost', 'nearly', 'about to', 'want to', 'wanted to', 'urge to', 'scared i will', 'scared ill', 'afraid i will', 'afraid ill', 'going to', 'i might'],
            b: ['throw the baby', 'threw the baby', 'throw him against', 'throw her against', 'shake him', 'shake her', 'shake the baby', 'shook him', 'shook her', 'strangle him', 'strangle her', 'strangle the baby', 'strangle my', 'choke him', 'choke her', 'smother', 'hurt my baby', 'hurt my son', 'hurt my daughter', 'hurt the baby', 'hurt my child', 'hurt my kid', 'hurt him', 'hurt her', 'do something to my', 'do something to the baby', 'do something to this'] },
          { reach: 60, acrossSentences: true,
            a: ['harder than i meant', 'harder than i wanted', 'scared what ill do to', 'scared of what ill do to', 'afraid of what ill do to', 'scared what ill do next time', 'scared of what ill do next time', 'afraid of what ill do next time', 'dont trust myself with'],
            b: ['flinched', 'cheek is still red', 'left a mark', 'handprint', 'my son', 'my daughter', 'my kid', 'my child', 'my baby', 'my kids', 'year old', 'toddler'] },
          { reach: 60, acrossSentences: true,
            a: ['baby', 'kid', 'child', 'son$', 'sons$', 'daughter', 'toddler', 'year old', 'yo$', 'niece', 'nephew'],
            b: ['broken arm', 'broken leg', 'fracture', 'cut on his eyebrow', 'cut on her eyebrow', 'pulling her by the arm', 'pulling him by the arm', 'dragging her by', 'dragging him by', 'hand mark on', 'father angry', 'father says he fell', 'says he fell', 'said he fell', 'says she fell', 'said she fell', 'rolled off the sofa', 'cant even roll'] },
        ],
      },
      zh: {
        pairs: [{ reach: 20, acrossSentences: true,
          a: ['孩子', '儿子', '女儿', '宝宝', '婴儿', '小孩', '孙子', '孙女', 'bb$', '个女', '个仔', '学生'],
          b: ['往床上摔', '摔到床上', '丢到床上', '从床上丢', '从床上丟', '丟出去', '从阳台丢', '从阳台扔', '从阳台丟', '用力摇', '使劲摇', '想掐', '差点掐', '掐他', '掐她', '捂她的嘴', '捂他的嘴', '捂住嘴', '捂她嘴', '推去撞', '撞到桌角', '做出什么事', '拎起来', '倒吊', '摑咗', '拖进', '说是自己', '说他自己', '说是摔的', '自己摔的', '第三次因为骨折', '骨折', '额头有肿块', '指甲', '勒痕', '抓痕'] }],
      },
      ko: {
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['아이', '애가', '애를', '아기', '애기', '아들', '딸', '조카', '손자', '손녀', '살짜리'],
          b: ['세게 흔들', '던져버리', '던질 뻔', '목을 조르', '목 조를', '목 꽉', '입을 막', '얼굴을 막', '베개로', '수건을 얼굴', '해칠 것 같', '해칠까', '너무 미워', '넘어졌다고', '혼자 다쳤다고', '볼에', '팔에 손', '멍이 있', '또 멍'] }],
      },
      vi: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['đứa bé', 'đứa trẻ', 'con bé', 'thằng bé', 'bé trai', 'bé gái', 'cháu', 'con tôi', 'con em', 'con 1 tuổi', 'con 2 tuổi', 'con 3 tuổi', 'tuổi', 'nuôi con', 'con khóc', 'con quấy', 'con nhỏ'],
          b: ['lắc mạnh', 'quăng con', 'quăng bé', 'quăng xuống', 'ném xuống', 'bóp cổ', 'bịt miệng', 'úp gối', 'làm hại con', 'đập đầu', 'bầm tím', 'vết roi', 'tát con', 'đá con', 'bảo là ngã', 'nói là ngã', 'tự ngã',
            // the parent's own hand: «tôi tát nó đến chảy máu mũi», «em đánh nó»
            'tôi tát nó', 'tôi đánh nó', 'em tát nó', 'em đánh nó', 'mình tát nó', 'mình đánh nó', 'tát nó đến', 'đánh nó đến', 'tát nó chảy máu', 'đánh nó chảy máu'] }],
      },
      ne: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bachha', 'baccha', 'bachcha', 'baby', 'nani$', 'chhora', 'chora', 'chhori', 'chori', 'बच्चा', 'छोरा', 'छोरी', 'नानी'],
          b: ['jor le hallayo', 'jorle hallayo', 'jor le hallaye', 'phyakdiyen', 'phyaki diye', 'phyaaki', 'ghaati thich', 'ghanti thich', 'mukh thuny', 'chimoty', 'daag cha', 'मुख थुन', 'घाँटी थिच', 'जोडले हल्लाए', 'दाग'] }],
      },
      tl: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bata', 'batang', 'anak', 'baby', 'sanggol', 'pamangkin', 'apo', 'bunso', 'panganay'],
          b: ['inalog ng malakas', 'niyugyog', 'ihagis', 'ihahagis', 'hinagis', 'sinakal', 'tinakpan ang bibig', 'unan sa mukha', 'masaktan ko', 'masasaktan ko', 'napapalo', 'nasampal ko', 'napalo ko', 'kurot', 'kagat', 'latay', 'bakas ng sinturon', 'paso sa', 'pasa sa'] }],
      },
      pt: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bebê', 'bebe', 'criança', 'filho', 'filha', 'menino', 'menina', 'sobrinho', 'sobrinha', 'neto', 'neta'],
          b: ['sacudi', 'chacoalh', 'joguei ele', 'joguei ela', 'jogar ele na', 'jogar ela na', 'esganar', 'esganei', 'tapei a boca', 'tampar a boca', 'machucar meu filho', 'machucar minha filha', 'machucar o bebê', 'arrastando', 'arrastou', 'tapa na cabeça', 'marca de dedos', 'marca de mordida', 'marca roxa', 'braço engessado', 'diz que caiu', 'disse que caiu', 'diz que foi'] }],
      },
      id: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['anak', 'bayi', 'bocah', 'balita', 'keponakan', 'cucu'],
          b: ['membanting', 'dibanting', 'mengguncang', 'diguncang', 'guncang keras', 'nyekik', 'mencekik', 'dicekik', 'dibekap', 'nutup mulut', 'menutup mulut', 'seret', 'menyeret', 'pukul kepala', 'biru biru', 'bekas sundutan', 'dicubit', 'katanya jatuh', 'bilang jatuh'] }],
      },
    },
  },
  {
    name: 'a child who hides, shakes or wets themself when a parent comes home; afraid of a parent or an adult at home',
    into: 'a child afraid to go home or of a parent',
    words: {
      ja: {
        say: ['ぱぱこわいいたい', 'パパこわいいたい', 'いえはこわい'],
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['パパ', 'ぱぱ', 'おとうさん', 'お父さん', '父', 'ままちち', '継父'],
          b: ['かくれる', '隠れる', 'にかくれ', 'に隠れ', 'おびえ', '怯え', 'ふるえて', '震えて', 'おもらし', 'いわないで', '言わないで', 'にいうな', 'に言うな'] }],
      },
      en: {
        pairs: [{ reach: 60, acrossSentences: true,
          a: ['hides', 'hiding', 'hide', 'terrified', 'wets himself', 'wets herself', 'shaking', 'scared of', 'afraid of', 'flinches'],
          b: ['when his father comes home', 'when her father comes home', 'when his dad comes home', 'when her dad comes home', 'when dad comes home', 'when dad is home', 'hears the car', 'hears his car', 'of her father', 'of his father', 'of her dad', 'of his dad', 'of her stepdad', 'of his stepdad', 'the man at', 'raises his voice'] }],
      },
      zh: {
        pairs: [{ reach: 20, acrossSentences: true,
          a: ['爸爸', '他爸', '她爸', '父亲', '继父', '老豆', '阿爸'],
          b: ['躲到', '躲在', '吓得发抖', '吓到发抖', '尿裤子', '不敢回家', '害怕回家', '一回来就躲', '车回来就躲', '不准跟', '不准同人讲', '唔准佢同人讲'] }],
      },
      ko: {
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['아빠', '아버지', '새아빠'],
          b: ['숨어요', '숨어', '숨는', '숨었', '무서워해', '벌벌', '오줌을 싸', '집에 가면 죽', '집에 가면 저 진짜'] }],
      },
      vi: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['bố nó', 'ba nó', 'bố về', 'ba về', 'dượng', 'đứa bé', 'con bé', 'thằng bé', 'con tôi', 'con em'],
          b: ['trốn dưới gầm', 'trốn dưới bàn', 'trốn vào tủ', 'sợ về nhà', 'không dám về nhà', 'run bần bật', 'run cầm cập', 'tè ra quần', 'đái ra quần', 'nếu kể với'] }],
      },
      ne: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['buwa', 'buba', 'babusan', 'daddy', 'papa', 'बुबा', 'बाबा', 'chhora', 'chhori', 'bachha'],
          b: ['lukchha', 'lukchhan', 'lukchh', 'lukne', 'ghar jana dar', 'ghar jaana dar', 'pisab garchha', 'pisab garch', 'kasailai nabhannu', 'लुक्छ', 'घर जान डर'] }],
      },
      tl: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['papa$', 'tatay', 'stepdad', 'amain'],
          b: ['nagtatago pag', 'nagtatago kapag', 'nagtatago tuwing', 'takot umuwi', 'takot na takot umuwi', 'nanginginig', 'naiihi sa takot'] }],
      },
      pt: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['pai$', 'o pai', 'padrasto', 'menino', 'menina', 'filho', 'filha', 'aluno', 'aluna'],
          b: ['se esconde', 'se escondeu', 'tem pavor', 'medo de voltar pra casa', 'medo de ir pra casa', 'não quer voltar pra casa', 'recusou a descer em casa', 'chorava dizendo que o pai', 'chorava dizendo que a mãe'] }],
      },
      id: {
        pairs: [{ reach: 50, acrossSentences: true,
          a: ['ayah', 'ayahnya', 'bapaknya', 'papanya', 'ayah tiri', 'anak', 'bocah'],
          b: ['sembunyi', 'bersembunyi', 'ngumpet', 'takut pulang', 'jangan kasih tau', 'jangan bilang siapa'] }],
      },
    },
  },
  {
    name: 'more ways to put it: a child out alone at night in the corridor or outside, shut out and told not to come back',
    into: 'a child shut out on a balcony or outside in the cold',
    words: {
      ja: {
        say: ['いえからだされた', '家から出された', 'かえってくるな', '帰ってくるな', 'ままのかれしがなぐ', 'ママの彼氏が殴', 'おかあさんのかれしがなぐ', '母の彼氏が殴'],
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['ちいさいこ', '小さい子', 'こども', '子ども', '子供', 'くらいのこ', 'くらいの子', 'おんなのこ', 'おとこのこ', '女の子', '男の子', '同級生', 'どうきゅうせい', 'きんじょのこ', '近所の子'],
          b: ['ひとりでろうか', '一人で廊下', 'ひとりでまんしょん', '一人でマンション', 'ひとりでそとにいる', '一人で外にいる', 'よるひとりですわ', 'よる11じ', '夜11時', 'らんどせるのまま', 'ランドセルのまま', 'らんどせるしょったまま', 'ランドセルしょったまま', 'あさからひとりで', '朝から一人で', 'ないてもなにもしな', '泣いても何もしな'] }],
      },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['kid', 'child', 'boy', 'girl', 'son$', 'sons$', 'daughter', 'year old', 'yo$', 'maybe 4', 'maybe 5', 'maybe 6', 'maybe 7', 'maybe 8'], b: ['slept on the stairs', 'sleeping on the stairs', 'sleeps on the stairs', 'alone in the park at night', 'in the park until 10', 'in the park until 11', 'still outside at 11', 'still outside at midnight', 'walking alone at night', 'wandering at night'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: true, a: ['小孩', '小朋友', '小男孩', '小女孩', '小学生', '细路', '細路', '妹妹仔'], b: ['一个人在走廊', '一个人喺走廊', '喺走廊坐', '在楼梯间', '睡在楼梯', '晚上十点多还', '十点几仲', '半夜在外面', '一个人在公园待到'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['아이', '애가', '꼬마', '애들'], b: ['복도에 혼자', '계단에서 자', '밤늦게까지 놀이터', '밤새 밖에', '새벽에 혼자'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['đứa bé', 'đứa trẻ', 'con bé', 'thằng bé', 'bé trai', 'bé gái', 'cháu trai', 'cháu gái'], b: ['ngoài hành lang lúc', 'đứng trước konbini', 'ngủ ở cầu thang', 'lang thang ban đêm', 'ngoài đường lúc nửa đêm'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['bachha', 'baccha', 'keta$', 'keti$', 'chhora', 'chhori', 'बच्चा', 'केटा', 'केटी'], b: ['baje eklai', 'raati eklai', 'raati kaam ja', 'corridor ma baseko', 'sidhi ma sutyo', 'राति एक्लै'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['bata', 'batang', 'anak', 'pamangkin', 'estudyante ko'], b: ['labas ng pinto', 'labas ng bahay', 'natulog sa hagdanan', 'sa hagdanan', 'hindi daw siya pinapapasok', 'hindi daw siya pinapasok', 'pinalalabas', 'natatakot siyang umuwi', 'natatakot umuwi', 'takot siyang umuwi', 'itatapon siya'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['criança', 'crianca', 'menino', 'menina', 'filho', 'filha', 'aluno', 'aluna', 'anos$'], b: ['na porta do lado de fora', 'do lado de fora a noite', 'noite inteira chorando', 'andando sozinha', 'andando sozinho', 'sozinha de fralda', 'sozinho de fralda', 'de fralda na rua', 'pelada na rua', 'pelado na rua', 'na rua às 23', 'na rua de madrugada'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['anak', 'bocah', 'balita', 'murid'], b: ['di luar tanpa baju', 'berdiri di luar', 'jam 11 sendirian', 'jam 12 sendirian', 'datang sendirian beli', 'malam malam sendirian', 'buka pintu sendiri', 'rumahnya gelap'] }] },
    },
  },
  {
    // «혼낸다고 베란다에 내보내고», 「しつけだと言ってベランダに出して」, «教训孩子，关到阳台»: punishment is the reason given
    name: 'more ways to put it: a child put out on the balcony or outside as a punishment',
    into: 'a child shut out on a balcony or outside in the cold',
    words: {
      ja: { pairs: [{ reach: 24, a: ['しつけ', '躾', 'おしおき', 'お仕置き', '罰として', 'ばつとして', '反省しろ', 'はんせいしろ'], b: ['ベランダに出して', 'べらんだにだして', 'ベランダに出され', 'べらんだにだされ', 'ベランダに閉め', 'べらんだにしめ', '締め出', '閉め出', 'しめだ', '家に入れな', 'いえにいれな'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: true, a: ['教训', '惩罚', '管教', '体罚', '罚他', '罚她'], b: ['关到阳台', '关在阳台', '锁在阳台', '赶到阳台', '推到阳台', '锁在门外', '赶出门', '不让进门', '不让他进门', '不让她进门'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['혼낸다고', '혼내려고', '혼낸다며', '혼내면서', '벌 준다고', '벌준다고', '벌 세운다고', '벌로', '버릇 고친다고', '훈육한다고', '훈육이라고'], b: ['베란다에 내보내', '베란다로 내보내', '베란다로 내쫓', '베란다에 세워', '밖에 내보내', '밖으로 내보내', '현관 밖에', '문 밖에 세워', '문밖에 세워', '내쫓'] }] },
      vi: { pairs: [{ reach: 24, a: ['phạt con', 'phạt cháu', 'phạt bé', 'phạt nó', 'dạy con', 'trừng phạt'], b: ['ra ban công', 'ngoài ban công', 'đuổi ra ngoài', 'đuổi ra khỏi nhà', 'nhốt ngoài', 'đứng ngoài cửa', 'không cho vào nhà'] }] },
      tl: { pairs: [{ reach: 50, a: ['pinarusahan', 'pinaparusahan', 'parusa', 'dinidisiplina', 'disiplinahin'], b: ['pinalabas sa balcony', 'pinalabas sa balkonahe', 'nilock sa balcony', 'ikinulong sa balcony', 'nilock sa labas', 'pinalabas ng bahay', 'hindi pinapasok', 'hindi pinapapasok'] }] },
    },
  },
  {
    // (the child as the one locked in or pushed: 「部屋に鍵をかけて出ていった」, «把孩子推去撞墙»; not the writer hiding behind a lock
    // from a partner, 「へやにかぎをかけてかくれてる」, nor «把我推去撞墙», which are violence)
    name: 'more ways to put it: a parent or carer hitting, pinching, biting, burning or throwing a child, said in the active voice',
    into: 'a child hit, kicked, thrown or shaken',
    words: {
      ja: {
        pairs: [
          { ordered: true, reach: 3, a: ['おとうとを', '弟を', 'いもうとを', '妹を', 'ぼくを', 'むすこを', 'むすめを', 'こどもを', '子どもを'], b: ['なげた', 'なげて', 'なげられ', 'おして', 'おされ', 'しばる', 'しばられ', 'しばって'] },
          { reach: 24, acrossSentences: true, a: ['おかあさん', 'お母さん', 'ママ', 'まま', 'パパ', 'ぱぱ', 'おとうさん', 'お父さん', 'おっと', '夫', 'いえで', '家で', 'わたしの', 'ぼくの'], b: ['おふろにあたま', 'お風呂に頭', 'あたまをみずに', '頭を水に', 'いえでしばられ', '家で縛られ', 'かみをはさみで', '髪をはさみで', 'へやにかぎをかけてで', 'へやにかぎをかけて出', '部屋に鍵をかけて出', '部屋にかぎをかけて出', 'かいだんからおち', '階段から落ち', 'ごはんを2にち', 'ご飯を2日', 'おしりをたたい', 'お尻を叩い'] },
        ],
      },
      en: { pairs: [{ reach: 40, acrossSentences: true, a: ['i hit', 'i slapped', 'i pushed', 'i threw', 'i grabbed', 'i squeezed', 'i pinched', 'i shook', 'i smacked', 'cant stop hitting', 'keep hitting'], b: ['my son', 'my daughter', 'my baby', 'my kid', 'my child', 'the baby', 'him against', 'her against', 'year old', 'toddler'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['我', '老公', '老婆', '婆婆', '保母', '保姆', '阿嫲'], b: ['把孩子推去撞', '把儿子推去撞', '把女儿推去撞', '把孩子推', '把儿子推', '把女儿推', '把他推', '把她推', '摑咗个女', '摑咗个仔', '针扎孩子', '拿筷子戳', '用尺打', '打到肿', '打到流鼻血', '丢到床上', '掐了我女儿', '掐我女儿', '掐我儿子'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['제가', '내가', '남편이', '아내가', '시어머니가', '할머니가', '선생님이', '직원이'], b: ['애를 때렸', '아이를 때렸', '애를 밀쳤', '아이를 밀쳤', '애를 던졌', '애를 꼬집', '아이를 꼬집', '뺨을 때렸', '머리를 때렸', '애 머리를'] }] },
      vi: { pairs: [{ reach: 50, acrossSentences: true, a: ['chồng em', 'chồng tôi', 'vợ tôi', 'vợ em', 'chị họ em', 'chị dâu', 'mẹ kế', 'dượng', 'cô giáo', 'bảo mẫu'], b: ['đá con', 'tát con', 'quăng con', 'đánh con', 'véo con', 'cắn con', 'bầm tím', 'vết hằn', 'trói tay', 'buộc tay', 'trói con', 'dán miệng'] }] },
      ne: { pairs: [{ reach: 50, acrossSentences: true, a: ['chora lai', 'chhora lai', 'chori lai', 'chhori lai', 'bachha lai', 'baccha lai', 'chhoralai', 'chhorilai', 'छोरालाई', 'छोरीलाई', 'बच्चालाई'], b: ['bhanera hanchan', 'bhanera hanchha', 'bhanera kutchan', 'kotha ma tala', 'kothama tala', 'haat nilo', 'रिसले हिर्काएँ', 'हिर्काएँ', 'निलो भ', 'कोठामा थुन', 'ताला लगाएर'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['anak', 'baby', 'bata', 'pamangkin', 'apo', 'estudyante'], b: ['naitulak ko', 'itinulak ko', 'pinalo daw', 'bakas ng sinturon', 'latay', 'bagong pasa', 'laging may pasa', 'sinusuntok', 'may kutsilyo', 'pinapainom daw', 'pinapatrabaho', 'hindi pinapapasok sa school', 'basurahan', 'hindi siya pinapakain', 'hindi sya pinapakain', 'di sya pinapakain', 'tinatawag daw syang bobo'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['filho', 'filha', 'bebê', 'bebe', 'menino', 'menina', 'criança', 'aluno', 'aluna', 'sobrinho', 'sobrinha'], b: ['bato nel', 'bater nel', 'bato no', 'joguei meu filho contra', 'contra a parede', 'apertei o braço', 'sacode', 'sacudiu', 'no chão e chutando', 'lábio cortado', 'marcas estranhas', 'marca roxa no pescoço', 'apanha com fio', 'apanha de', 'raspou meu cabelo', 'remédio pra ele dormir', 'remédio pra ela dormir', 'devia ter abortado', 'tranquei no quarto', 'tranquei minha filha', 'tranquei meu filho'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['anak saya', 'anak kami', 'anakku', 'anaknya', 'cucu', 'aku', 'murid'], b: ['saya pukul', 'aku pukul', 'aku cubit', 'saya cubit', 'dia pukul', 'mukul aku', 'mukulin aku', 'pukul pake', 'pukul pakai', 'mencubit sampai', 'cubit dan tampar', 'cubit dan pukul', 'gigit tangan', 'sendok panas', 'sundutan rokok', 'bekas sundutan', 'saya kunci di kamar', 'kunci di kamar', 'ngunci dia', 'teriak mati aja', 'teriak2 ke anaknya', 'bunyi pukulan', 'jerit jerit', 'ketakutan kalau dijemput', 'pegang pegang kemaluan'] }] },
    },
  },
  {
    name: 'more ways to put it: no food given, the parent gone for days, children alone at night or in a car, a nappy unchanged',
    into: 'a child left alone for days, at night, or in a car',
    words: {
      ja: {
        say: ['ごはんくれない', 'ご飯くれない', 'こどもだけでいえに', '子どもだけで家に', '子供だけで家に', 'いえでしばられ', '家で縛られ', 'かぎをかえられ', '鍵替えられ', '鍵を替えられ', '鍵を変えられ'],
        pairs: [
          { reach: 20, acrossSentences: true, a: ['1さい', '2さい', '3さい', '4さい', '1歳', '2歳', '3歳', '4歳', 'あかちゃん', '赤ちゃん'], b: ['をいえにおいて', 'を家に置いて', 'いえにおいてしごと', '家に置いて仕事'] },
          { reach: 20, acrossSentences: true, a: ['くるまのなかに', '車の中に', '車内に', 'しゃないに'], b: ['こがひとり', '子がひとり', '子が一人', 'こどもがひとり', '子どもが一人', 'あかちゃんがひとり', '赤ちゃんが一人', 'さいくらいのこ', '歳くらいの子', 'ぐったり'] },
          { reach: 24, acrossSentences: true, a: ['くらいのこ', 'くらいの子', '小学生', 'しょうがくせい', 'ちいさいこ', '小さい子'], b: ['よなかにひとり', '夜中にひとり', '夜中に一人', 'よる0じ', '夜10時くらいまで', '夜10時まで', 'よる10じまで'] },
        ],
      },
      en: { say: ['diaper hasnt been changed', 'nappy hasnt been changed', 'diaper not changed all day', 'nappy not changed all day'] },
      zh: {
        say: ['又唔返嚟', '妈妈三天没回家', '妈妈两天没回家', '妈妈两周没回家', '妈妈好几天没回家', '妈妈今天又没回来', '妈妈又没回来', '不给我吃晚餐', '不让我吃晚餐', '不让我吃晚饭', '不给我吃饭', '就不给我吃', '不喂她', '不喂他', '也不喂', '抱起来好轻', '瘦到看得到骨头', '瘦到见骨', '肋骨都看得到', '尿布从昨天', '尿布一整天', '尿布都没换', '尿布没换', '在外面捡东西吃', '捡东西吃', '不给我钥匙'],
        pairs: [{ reach: 20, acrossSentences: true, a: ['小学生', '小男生', '小女生', '小朋友'], b: ['每天晚上来', '每天晚上都来', '待到半夜', '偷面包', '有没有过期', '每个礼拜一来都特别饿'] }],
      },
      ko: { say: ['기저귀를 하루 종일', '기저귀를 안 갈아', '밥을 안 줘요', '먹을 걸 안 줘'] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['để con', 'bỏ con', 'để bé', 'bỏ bé', 'để em', 'bị để một mình', 'để một mình'], b: ['ở nhà một mình', 'ở nhà 1 mình', 'trong xe', 'từ tối đến sáng', 'ở nhà từ tối'] }] },
      ne: { say: ['bhai lai dudh kasari', 'aama raati kaam jadai'] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['anak', 'baby', 'bata', 'years old', 'yo$'], b: ['mag isa sa apato', 'silang mag isa', 'sa kotse sa parking', 'iniiwan ko po', 'umiiyak ng ilang oras'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['criança', 'crianças', 'menino', 'menina', 'bebê', 'bebe', 'filho', 'filha', 'anos$', 'pequenos'], b: ['sozinhos desde', 'sozinhas desde', 'sozinhos direto', 'sozinhas direto', 'pequenos sozinhos', 'some por dias', 'sumiu há dias', 'carro no estacionamento', 'dentro de um carro'] }] },
      id: { say: ['ditinggal di rumah sendirian', 'ninggalin anaknya', 'ninggalin anak'] },
    },
  },
  {
    name: 'more ways to put it: marks like rings, burns or scratches; an adult from a game or app arranging to meet; a father entering her room',
    into: 'a child with bruises, burns or marks',
    words: {
      ja: {
        say: ['まるいやけど', '丸い火傷', '丸いやけど', 'くびにしめられた', '首に絞められた', 'へやによばれる', '部屋に呼ばれる', 'パパの部屋に呼ば', 'おまえなんか', 'お前なんか', 'うまれてこなければ', '生まれてこなければ'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['かれし', '彼氏', 'ままちち', '継父', 'おにいさん', 'お兄さん', 'しらないおとな', '知らない大人', 'ねっとのおとこ', 'ネットの男'], b: ['おふろに一緒', 'お風呂にいっしょ', 'あうやくそく', '会う約束', 'いえにあいにく', '家に会いに来', '通話して', 'つうわして'] }],
      },
      en: { say: ['burn marks on her', 'burn marks on his', 'round burns on', 'ring of red marks on his neck', 'ring of red marks on her neck'] },
      zh: {
        say: ['脖子上有一圈', '脖子上有勒痕', '手腕有勒痕', '圆形的疤', '圆形嘅疤', '圆圆的烫', '圆圆的疤', '进来她房间', '进来我房间'],
        pairs: [{ reach: 20, acrossSentences: true, a: ['学生', '小朋友', '小孩', '大哥哥', '网友', '教练'], b: ['抓痕', '拿棍子', '约咗', '约她今晚', '约他今晚', '约她单独', '单独练习'] }],
      },
      ko: { say: ['담배 자국 같은', '동그란 화상', '목에 빨간 자국'] },
      vi: { say: ['vết hằn trên cổ', 'vết bỏng tròn', 'vào phòng em ban đêm', 'vào phòng cháu ban đêm', 'vào phòng con ban đêm', 'ép em làm chuyện', 'ép cháu làm chuyện', 'sờ vào người cháu', 'sờ vào người con', 'sờ vào người bé'] },
      ne: { say: ['churot ko daag', 'polna lagayo', 'जलेको दाग'] },
      tl: { say: ['hinuhubaran siya', 'kinukunan ng picture', 'pinag video niya ako', 'walang damit', 'ilalim ng palda', 'pinapaupo sa hita', 'sa hita niya', 'sexy na video', 'bastos na video'] },
      pt: { say: ['marca de queimadura', 'marcas de queimadura', 'marca de dedos no pescoço', 'apagar as mensagens'] },
      id: { say: ['papanya suka mandiin', 'pegang pegang kemaluan', 'bekas luka bakar', 'bekas biru di paha'] },
    },
  },
  {
    name: 'a young child at the door in the corridor for hours, begging to be let in; small children alone through the night',
    into: 'a child left alone for days, at night, or in a car',
    words: {
      ja: {
        say: ['入れてごめんなさい', 'いれてごめんなさい'],
        pairs: [
          { reach: 24, acrossSentences: true, a: ['ドアを叩いて泣', 'ドアをたたいて泣', 'どあをたたいてない'], b: ['何時間', 'なんじかん', '廊下', 'ろうか', 'はだし', '裸足', 'パジャマ', 'ぱじゃま', '開けない', 'あけない', '入れて', 'いれて', '入れな', 'いれな', '入れてもらえ', 'いれてもらえ', '開けてもらえ', 'あけてもらえ'] },
          // A child at a door, begging to be let in: 「子どもがドアをたたいて『ママあけて』」.
          { reach: 24, a: ['子が', '子ども', '子供', 'こども', 'この子', 'あの子', '男の子', 'おとこのこ', '女の子', 'おんなのこ', '小さい子', 'ちいさいこ', '幼児'],
            b: ['ママ開けて', 'ままあけて', 'ママ入れて', 'ままいれて', 'パパ開けて', 'ぱぱあけて', 'パパ入れて', 'ぱぱいれて', '開けてと泣', 'あけてとない', '入れてと泣', 'いれてとない', '開けてって泣', 'あけてってない', '入れてって泣', 'いれてってない', '入れてくださいと泣', 'いれてくださいとない', 'ドアを叩いて泣', 'どあをたたいてない', 'ドアを叩き続け', 'どあをたたきつづけ'] },
          { ordered: true, reach: 2, a: ['1さい', '2さい', '3さい', '4さい', '5さい', '6さい', '1歳', '2歳', '3歳', '4歳', '5歳', '6歳'], b: ['だけでるすばん', 'だけで留守番'] },
        ],
      },
      zh: { pairs: [{ reach: 16, a: ['把他一个人留在家', '把她一个人留在家', '把孩子一个人留在家', '把小孩一个人留在家', '把他一个人丢在家', '一个人放在家', '一个人丢在家', '一个人扔在家', '单独放在家'], b: ['半夜', '整晚', '过夜', '天亮', '小钢珠', '柏青哥', '打牌', '喝酒', '居酒屋', '喝到', '去喝', '出来喝', '出去喝', '唱k', '夜店', '酒吧'] }] },
    },
  },
  {
    name: 'in a child’s own words: mum has not come back, there is no food, my little brother is crying',
    into: 'a child left alone for days, at night, or in a car',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: true, a: ['まま...かえってこな', 'まま...帰ってこな', 'ママ...帰ってこな', 'おかあさん...かえってこな', 'お母さん...帰ってこな', 'ぱぱ...かえってこな', 'まま...かえってきてな', 'おかあさん...かえってきてな'], b: ['ごはんない', 'ごはんがない', 'ごはんもうない', 'ごはんもない', 'たべものない', 'たべものがない', '食べ物がない', '食べるものがない', 'たべるものがない', 'たべるものない', 'おなかすいた', 'おなかがすいた', 'おとうとないて', 'いもうとないて', 'おとうとがないて', 'いもうとがないて'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['mum not home', 'mom not home', 'mum isnt home', 'mom isnt home', 'mum hasnt come', 'mom hasnt come', 'mum didnt come', 'mom didnt come', 'mum not back', 'mom not back', 'mummy not home', 'mommy not home', 'mum never came back', 'mom never came back', 'parents not home', 'parents havent come', 'dad not home', 'dad hasnt come'], b: ['no food', 'nothing to eat', 'nothing in the fridge', 'nothing in fridge', 'food ran out', 'my brother is crying', 'my sister is crying', 'baby is crying'] }] },
      zh: {},
      ko: { pairs: [{ reach: 32, acrossSentences: true, a: ['엄마가 사흘째', '엄마가 이틀째', '엄마가 며칠째', '엄마가 안 들어', '엄마가 집에 안', '엄마 안 들어', '엄마가 안 와', '엄마 아빠가 안 들어'], b: ['먹을 게 없', '먹을 것이 없', '밥이 없', '배고파', '배고프', '동생이 울'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['mẹ không về', 'mẹ chưa về', 'mẹ đi mấy ngày', 'bố mẹ không về', 'bố mẹ chưa về', 'mẹ bỏ đi'], b: ['không có gì ăn', 'không có gì để ăn', 'hết đồ ăn', 'hết gạo', 'đói lắm', 'em đói', 'con đói', 'em bé khóc', 'em gái khóc', 'em trai khóc'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['आमा...आउनुभएको छैन', 'आमा...आउनु भएको छैन', 'आमा...फर्किनुभएको छैन', 'ama...aaunu bhayeko chaina', 'ama...farkinu bhayeko chaina'], b: ['खाने कुरा छैन', 'खानेकुरा छैन', 'खाना छैन', 'भोक लाग्यो', 'khane kura chaina', 'khana chaina', 'bhok lagyo'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['hindi pa umuuwi si mama', 'hindi umuuwi si mama', 'di pa umuuwi si mama', 'hindi pa umuuwi si nanay', 'iniwan kami ni mama', 'iniwan po kami ni mama', 'iniwan kami ng nanay'], b: ['wala kaming makain', 'walang makain', 'wala na kaming pagkain', 'walang pagkain', 'gutom na gutom', 'nagugutom na kami', 'umiiyak ang kapatid'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['minha mãe não volta', 'minha mãe não voltou', 'minha mãe não vem pra casa', 'mamãe não voltou', 'mamãe não volta', 'minha mãe sumiu', 'minha mãe saiu e não'], b: ['não tem comida', 'sem comida', 'nada pra comer', 'nada para comer', 'acabou a comida', 'meu irmão tá chorando', 'meu irmãozinho'] }] },
      id: { say: ['nyundut dia', 'nyundut anak', 'disundut rokok', 'disundut setrika', 'nyundut pake setrika', 'nyundut pake rokok'], pairs: [{ reach: 40, acrossSentences: true, a: ['bayi tetangga', 'bayi sebelah'], b: ['gak ada yg dateng', 'gak ada yang dateng', 'ga ada yg dateng', 'tidak ada yang datang', 'gak ada orang dewasa'] }, { reach: 40, acrossSentences: true, a: ['mama belum pulang', 'mama gak pulang', 'mama ga pulang', 'ibu belum pulang', 'ibu tidak pulang', 'ibu gak pulang', 'mamah belum pulang'], b: ['gak ada makanan', 'ga ada makanan', 'tidak ada makanan', 'makanan habis', 'adikku nangis', 'adik nangis terus'] }] },
    },
  },
  {
    name: 'a child who turns up at a neighbour’s or a friend’s at night: nobody is home, nothing eaten since school',
    into: 'a child left alone for days, at night, or in a car',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: true, a: ['家に誰もいないって', 'いえにだれもいないって', '家に誰もいないと言', 'いえにだれもいないとい', 'うちに誰もいないって', 'うちにだれもいないって', '家に大人がいないって'], b: ['何も食べてな', 'なにもたべてな', '給食から何も', 'きゅうしょくからなにも', 'ご飯食べてな', 'ごはんたべてな', 'お腹をすかせ', 'おなかをすかせ'] }] },
      en: { pairs: [{ reach: 48, acrossSentences: true,
        a: ['saying nobodys home', 'says nobodys home', 'said nobodys home', 'saying nobody is home', 'says nobody is home', 'said nobody is home', 'saying no ones home', 'says no ones home', 'said no ones home', 'saying no one is home', 'says no one is home', 'said no one is home', 'says theres nobody home', 'said theres nobody home', 'saying theres nobody home', 'says theres no one home', 'said theres no one home', 'says nobody is ever home', 'says her parents arent home', 'says his parents arent home'],
        b: ['hasnt eaten', 'havent eaten', 'hadnt eaten', 'not eaten since', 'nothing to eat', 'since school lunch', 'starving'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['说家里没人', '说家里没有人', '说家里没大人', '话屋企冇人', '说家里一个人都没有'], b: ['没吃饭', '没吃东西', '什么都没吃', '冇食嘢', '饿着肚子'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['집에 아무도 없대', '집에 아무도 없다고', '집에 어른이 없대', '집에 어른이 없다고'], b: ['밥을 못 먹', '밥도 못 먹', '아무것도 못 먹', '아무것도 안 먹', '급식 이후로', '배고프'] }] },
      vi: { pairs: [{ reach: 48, acrossSentences: true, a: ['bảo nhà không có ai', 'bảo nhà ko có ai', 'nói nhà không có ai', 'nói nhà ko có ai', 'bảo ở nhà không có ai', 'nói ở nhà không có ai', 'bảo không có ai ở nhà', 'nói không có ai ở nhà'], b: ['chưa ăn gì', 'chưa được ăn', 'không có gì ăn', 'nhịn đói', 'đói meo'] }] },
      ne: { pairs: [{ reach: 48, acrossSentences: true, a: ['घरमा कोही छैन रे', 'घरमा कोही हुँदैन रे', 'घरमा कोही छैन भन्छ', 'ghar ma kohi chhaina re', 'ghar ma kohi chaina re', 'ghar ma koi chaina re'], b: ['केही खाएको छैन', 'भोकै', 'kehi khayeko chhaina', 'kei khako chaina', 'bhokai'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: true, a: ['walang tao sa bahay nila', 'wala daw tao sa bahay', 'walang tao daw sa bahay', 'walang tao raw sa bahay', 'wala raw tao sa bahay', 'walang matanda sa bahay nila'], b: ['hindi pa kumakain', 'di pa kumakain', 'walang kinakain', 'gutom na gutom', 'walang makain'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: true, a: ['disse que não tem ninguém em casa', 'diz que não tem ninguém em casa', 'falou que não tem ninguém em casa', 'fala que não tem ninguém em casa', 'disse que não tinha ninguém em casa', 'falou que não tinha ninguém em casa'], b: ['não comeu nada', 'não come nada desde', 'sem comer desde', 'sem comer nada', 'nada pra comer', 'morrendo de fome'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: true, a: ['katanya gak ada orang di rumah', 'katanya ga ada orang di rumah', 'katanya tidak ada orang di rumah', 'katanya nggak ada orang di rumah', 'bilang gak ada orang di rumah', 'bilang tidak ada orang di rumah', 'katanya rumahnya kosong'], b: ['belum makan', 'gak ada makanan', 'kelaparan'] }] },
    },
  },
  {
    name: 'a child kept locked in a room without food while the adults are out',
    into: 'a child locked in or tied up',
    words: {
      pt: { say: ['fica trancado no quarto sem comida', 'fica trancada no quarto sem comida', 'fica trancado no quarto sem comer', 'fica trancada no quarto sem comer', 'trancado no quarto sem comida', 'trancada no quarto sem comida', 'deixa a menina trancada', 'deixa o menino trancado', 'deixa a criança trancada', 'deixam a criança trancada', 'deixa as crianças trancadas'], pairs: [{ reach: 48, a: ['filhos pequenos', 'filhas pequenas', 'crianças pequenas', 'bebê', 'bebe', 'bebês'], b: ['trancados sozinhos', 'trancadas sozinhas', 'trancado sozinho', 'trancada sozinha', 'sozinhos trancados', 'sozinhas trancadas', 'sozinhos no apê o dia', 'sozinhas no apê o dia', 'sozinhos no apartamento o dia', 'sozinhas no apartamento o dia', 'sozinhos em casa o dia inteiro', 'sozinhas em casa o dia inteiro'] }] },
    },
  },
  {
    name: 'a child touched in a “bad”, “wrong” or private place by a mother’s new husband or partner',
    into: 'a child touched sexually by a parent’s partner, a relative or an adult',
    words: {
      en: { say: ['touches her in bad places', 'touches me in bad places', 'touches him in bad places', 'touches her in the wrong places', 'touches me in the wrong places', 'touched her in a bad place', 'touched me in a bad place', 'touches her where he shouldnt', 'touched her where he shouldnt', 'touches me where he shouldnt', 'touched me where he shouldnt'] },
      zh: { say: ['摸她不该摸的地方', '摸我不该摸的地方', '摸他不该摸的地方', '摸她不好的地方', '摸我不好的地方', '碰她不该碰的地方', '碰我不该碰的地方', '摸佢唔應該摸嘅地方'] },
      vi: { say: ['chạm vào chỗ kín', 'chạm vào vùng kín', 'sờ vào chỗ không nên', 'chạm vào chỗ không nên', 'sờ chỗ kín', 'động vào chỗ kín', 'động vào vùng kín'] },
      ne: {
        say: ['नराम्रो ठाउँमा छु', 'नराम्रो ठाउँमा छो', 'नराम्रोसँग छुन', 'नराम्रोसँग छोए', 'नराम्रोसँग छोयो', 'naramrosanga chhun', 'naramro sanga chhun', 'गोप्य अङ्गमा छु', 'गोप्य अंगमा छु', 'naramro thau ma chhun', 'naramro thau ma chun', 'naramro thaun ma chhun', 'naramro thaun ma chun', 'naramro thau ma xun',
          // «नछुनुपर्ने ठाउँमा छुन्छन्» (touches where he must not), «छुनु नहुने ठाउँमा», «gupt anga ma»
          'नछुनुपर्ने ठाउँमा छु', 'नछुनुपर्ने ठाउँमा छो', 'नछुने ठाउँमा छु', 'नछुने ठाउँमा छो', 'छुनु नहुने ठाउँमा', 'छुन नहुने ठाउँमा', 'गलत ठाउँमा छु', 'गलत ठाउँमा छो', 'गुप्तांगमा छु', 'गुप्ताङ्गमा छु',
          'nachhunuparne thau', 'nachunuparne thau', 'nachhunu parne thau', 'nachunu parne thau', 'nachhune thau ma', 'nachune thau ma', 'chhunu nahune thau', 'chunu nahune thau', 'chhuna nahune thau', 'chuna nahune thau'],
        pairs: [{ reach: 40, a: ['नयाँ श्रीमानले उसलाई', 'नयाँ श्रीमानले छोरीलाई', 'नयाँ श्रीमानले छोरालाई', 'नयाँ बुबा', 'नयाँ बाबा', 'naya shriman le usalai', 'naya shrimanle usalai', 'naya buwa', 'naya baba'], b: ['छुन्छ', 'छोयो', 'छुने', 'छुनुहुन्छ', 'chhunchha', 'chhuncha', 'chhoyo', 'chhunuhunchha', 'chhunuhuncha', 'लुगा खोल', 'ओछ्यानमा'] }],
      },
      tl: { say: ['hinahawakan sa maselang', 'hinawakan sa maselang', 'hinahawakan sa pribadong parte', 'hinawakan sa pribadong parte', 'hinahawakan sa hindi dapat', 'hinawakan sa hindi dapat'] },
      pt: { say: ['toca nela em lugares íntimos', 'tocou nela em lugares íntimos', 'toca nela nos lugares errados', 'tocou nela nos lugares errados', 'toca nela onde não deve', 'tocou nela onde não devia', 'toca em mim onde não deve', 'nas partes íntimas dela', 'nas partes íntimas dele'] },
      id: { say: ['menyentuh bagian pribadi', 'menyentuh bagian intim', 'pegang bagian pribadi', 'megang bagian pribadi', 'pegang bagian intim', 'megang bagian intim', 'menyentuh di tempat yang tidak pantas'] },
    },
  },
  {
    // «khóa con gái 3 tuổi trong phòng tắm», «把三岁的女儿锁在浴室里» (「孩子把自己锁在」 has no adult doing it)
    name: 'a child locked in by an adult, with the verb “lock” and the child as its object',
    into: 'a child locked in or tied up',
    words: {
      zh: { pairs: [{ ordered: true, reach: 4, a: ['把...女儿', '把...儿子', '把...孩子', '把...小孩'], b: ['锁在', '锁进', '关在卫生间'] }] },
      vi: { pairs: [{ reach: 50, acrossSentences: true, a: ['con gái', 'con trai', 'tuổi', 'trong phòng tắm', 'trong nhà vệ sinh'], b: ['khóa con', 'khóa bé', 'khóa cháu', 'khóa thằng bé', 'khóa đứa'] }] },
    },
  },
  {
    // «I've seen her going through the bins by the building for food»
    name: 'a child going through the bins for food, with a place or an aside between',
    into: 'a child scavenging from the rubbish',
    words: {
      en: { pairs: [{ reach: 90, acrossSentences: 1, a: ['little one', 'little girl', 'little boy', 'the boy', 'the girl', 'the kid', 'the child', 'year old', 'toddler'], b: ['through the bins...for food', 'through the bins...to eat', 'through the trash...for food', 'through the trash...to eat', 'in the bins...for food'] }] },
      ja: { pairs: [{ reach: 24, acrossSentences: 1, a: ['子が', '子ども', '子供', 'こども', '小さい子'], b: ['ゴミ捨て場をあさ', 'ごみすてばをあさ', 'ゴミ置き場をあさ', 'ゴミ袋をあさ'] }] },
      ne: { pairs: [{ reach: 50, acrossSentences: 1, a: ['bachha', 'baccha', 'nani$', 'chhora', 'chhori'], b: ['phohor khotal', 'fohor khotal', 'phohor ko dabba khotal', 'phohor ma khana'] }] },
    },
  },
  {
    // «一個人在包廂住了三天，說媽媽去工作還沒回來»
    name: 'days alone, and the mother or father went out (to work) and has not come back',
    into: 'a child left alone for days, at night, or in a car',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['何日も', 'なんにちも', '三日', '日も', '日間', '一週間'], b: ['お母さん...行ったまま', 'おかあさん...いったまま', 'ママ...行ったまま', 'お母さん...行ったきり', 'お父さん...行ったまま'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 1, a: ['three days', 'two days', 'for days', 'a few days', 'several days'], b: ['mum hasnt come back', 'mom hasnt come back', 'mum never came back', 'mom never came back', 'parents havent come back', 'went to work and hasnt come back'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['三天了', '两天了', '好几天了', '住了三天', '住了两天', '待了三天', '待了两天'], b: ['妈...没回来', '妈...不回来', '爸...没回来'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['사흘', '이틀', '며칠'], b: ['엄마가 일하러 가서 안 돌아', '엄마가 안 돌아', '엄마가 돌아오지 않'] }] },
      vi: { pairs: [{ reach: 50, acrossSentences: 1, a: ['ba ngày', 'hai ngày', 'mấy ngày'], b: ['mẹ đi làm chưa về', 'mẹ đi làm không về', 'mẹ bỏ đi'] }] },
      ne: { pairs: [{ reach: 50, acrossSentences: 1, a: ['तीन दिनदेखि', 'दुई दिनदेखि', 'tin din dekhi', 'dui din dekhi'], b: ['आमा काममा गएर फर्किनुभएन', 'आमा फर्किनुभएन', 'aama farkinu bhayena'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['tatlong araw', 'dalawang araw', 'ilang araw'], b: ['umalis si mama', 'umalis si nanay', 'umalis ang nanay', 'hindi pa bumabalik si mama'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['três dias', 'dois dias', 'vários dias'], b: ['mãe foi trabalhar e não voltou', 'mãe não voltou', 'mãe saiu e não voltou'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['tiga hari', 'dua hari', 'berhari hari'], b: ['ibunya...belum pulang', 'ibunya...tidak pulang', 'mamanya...belum pulang', 'orang tuanya...belum pulang'] }] },
    },
  },
  // A neighbour who hears a child next door cry out in pain — 「いたい いたい」と聞こえる, "the kid
  // next door screaming in pain", 隔壁小孩哭着喊疼, 옆집 아이가 아프다고 울어요 — is told of a child
  // hurt at home (not a noise complaint: crying, running and thuds alone raise nothing here).
  {
    name: 'a child next door heard crying out in pain: “it hurts”, screaming in pain',
    into: 'screaming, hitting or begging heard from a neighbouring home',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: true,
        a: ['子ども', '子供', 'こども', '赤ちゃん', 'あかちゃん', '小さい子', 'ちいさいこ', '男の子', 'おとこのこ', '女の子', 'おんなのこ'],
        b: ['いたいときこえ', 'いたいってきこえ', '痛いと聞こえ', '痛いって聞こえ', 'いたいっていうこえがきこえ', 'いたいというこえがきこえ', '痛いという声が聞こえ', '痛いって声が聞こえ', 'いたいってこえがきこえ'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true,
        a: ['next door', 'neighbour', 'neighbor', 'upstairs', 'downstairs', 'through the wall', 'across the hall'],
        b: ['kid screaming it hurts', 'child screaming it hurts', 'kid crying it hurts', 'child crying it hurts', 'kid screaming in pain', 'child screaming in pain', 'kid crying in pain', 'child crying in pain', 'kid crying out in pain', 'child crying out in pain', 'baby screaming in pain', 'kids screaming in pain'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: true,
        a: ['隔壁', '邻居', '楼上', '楼下', '对门'],
        b: ['孩子...喊疼', '小孩...喊疼', '孩子...喊痛', '小孩...喊痛', '孩子...喊好痛', '小孩...喊好疼'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true,
        a: ['옆집 아이', '윗집 아이', '아랫집 아이', '이웃집 아이', '옆집 애', '윗집 애', '아랫집 애', '옆집 아기', '윗집 아기', '아랫집 아기'],
        b: ['아프다고 울', '아프다고 소리', '아프다고 비명', '아파 아파', '아파요 아파요'] }] },
      vi: { pairs: [{ reach: 50, acrossSentences: true,
        a: ['bé nhà bên', 'đứa bé nhà bên', 'đứa nhỏ nhà bên', 'trẻ nhà bên', 'con nhà hàng xóm', 'bé hàng xóm', 'con nhà bên', 'bé phòng bên', 'bé tầng trên', 'bé tầng dưới'],
        b: ['khóc kêu đau', 'kêu đau quá', 'khóc thét vì đau', 'la hét vì đau', 'đau quá đau quá'] }] },
      ne: { pairs: [{ reach: 50, acrossSentences: true,
        a: ['chhimeki', 'chimeki', 'pardhi', 'bagal ko', 'छिमेकी', 'छिमेकमा', 'छेउको घर', 'माथिल्लो तला', 'तल्लो तला'],
        b: ['baccha dukhyo bhanera', 'bachha dukhyo bhanera', 'bachcha dukhyo bhanera', 'बच्चा दुख्यो भनेर', 'बच्चाले दुख्यो भनेर'] }] },
      tl: { pairs: [{ reach: 64, acrossSentences: true,
        a: ['kapitbahay', 'katabing bahay', 'katabing unit', 'kabilang unit'],
        b: ['batang umiiyak ng aray', 'bata umiiyak ng aray', 'bata sumisigaw ng aray', 'bata...umiiyak sa sakit', 'bata...sumisigaw sa sakit'] }] },
      pt: { pairs: [{ reach: 50, acrossSentences: true,
        a: ['criança do apartamento', 'criança do vizinho', 'criança da vizinha', 'criança dos vizinhos', 'filho do vizinho', 'filha do vizinho', 'filho da vizinha', 'filha da vizinha', 'criança do lado', 'criança de cima', 'criança de baixo', 'bebê do vizinho', 'bebê da vizinha'],
        b: ['chorando de dor', 'gritando de dor', 'gritando que dói', 'chorando que dói', 'gritando tá doendo', 'chorando tá doendo'] }] },
      id: { pairs: [{ reach: 50, acrossSentences: true,
        a: ['anak tetangga', 'anak sebelah', 'bocah sebelah', 'bocah tetangga', 'bayi tetangga', 'bayi sebelah', 'anak di sebelah', 'anak di rumah sebelah', 'anak kamar sebelah', 'anak lantai atas'],
        b: ['nangis kesakitan', 'menangis kesakitan', 'teriak kesakitan', 'menjerit kesakitan', 'teriak sakit sakit', 'nangis bilang sakit'] }] },
    },
  },
  {
    // «妈妈骂我你怎么不去死»: a parent telling the child who writes to go and die (the words are an
    // insult, not the child's own wish, which is heard for itself).
    name: 'a parent telling the child to go and die: why don’t you just die',
    into: 'a child threatened into silence or told they are unwanted',
    words: {
      zh: { pairs: [{ reach: 12, a: ['妈妈', '爸爸', '我妈', '我爸', '继父', '继母', '后妈', '后爸', '爸妈'], b: ['骂我你怎么不去死', '吼我你怎么不去死', '对我说你怎么不去死', '骂我怎么不去死', '说我怎么不去死', '叫我去死', '让我去死', '骂我去死'] }] },
    },
  },
  // ── pass fc15: very short messages typed fast ──
  {
    // «chồng t say là đá con, con mới 4t», "my bf kicked my 4 yo when he was drunk", 「夫は酔うと息子をける」,
    // 老公喝醉了踹儿子, «남편 술먹으면 애 때림», «meu marido bêbado chuta nosso filho», «jowa ko lasing tapos sinipa si
    // bunso», «logne le chhora lai lat le hanchha»: the writer's partner (the child's other parent, a stepparent,
    // a boyfriend), in chat spellings, kicking, stamping on, slapping or throwing the couple's child. (A ball
    // kicked to the child, football with him, is no blow: the verb must take the child.)
    name: 'a partner kicking, slapping or throwing the couple’s child, in chat spellings and with the child’s age',
    into: 'a child hit, kicked, thrown or shaken',
    words: {
      ja: {
        say: [
          // 「むすこを ける」: the kick straight on the child (never a bare «ける», which ends «あずける», «みつける»)
          ...cross(JA_CHILD_WO, ['ける', 'けった', 'けって', 'けられ', 'けりまし', 'けります', 'けりとば']),
          // «こども けった», typed without the particle
          ...cross(['こども', '子ども', '子供', 'むすこ', '息子', 'むすめ', '娘', 'あかちゃん', '赤ちゃん'], ['けった', 'けとば', 'けりとば', 'なぐった', 'たたいた']),
        ],
      },
      en: {
        pairs: [{ ordered: true, reach: 8,
          a: ['hit', 'hits', 'hitting', 'slap', 'slaps', 'slapped', 'slapping', 'punch', 'punches', 'punched', 'smack', 'smacks', 'smacked', 'kick', 'kicks', 'kicked', 'kicking', 'stomped on', 'stomps on', 'stamped on', 'stamps on', 'shoved', 'shoves', 'whip', 'whips', 'whipped', 'pinched', 'pinches', 'choked', 'chokes', 'burned', 'burnt', 'burns', 'scalded'],
          // (whole words: «our kid's car», «our baby's cheeks» are no child hit)
          b: [...EN_AGED_CHILD, 'our kid$', 'our kids$', 'our baby$', 'our boy$', 'our girl$', 'my boy$', 'my girl$', 'the little one$', 'our little one$', 'my little one$', 'our toddler$', 'our child$', 'our children$', 'our youngest$', 'our oldest$', 'my youngest$', 'my oldest$', 'my son$', 'my daughter$', 'our son$', 'our daughter$', 'my kid$', 'my child$', 'my baby$', 'my toddler$'] }],
        // (the child sent away from a school, a team, a class; a nurse's pinch for a blood test: no blow)
        idioms: [...cross(['kick', 'kicks', 'kicked', 'kicking'], cross(['my son', 'our son', 'my daughter', 'our daughter', 'my kid', 'our kid', 'my boy', 'our boy'], [' out of school', ' out of class', ' off the team', ' out of the team', ' out of the club', ' out of daycare', ' out of the group', ' off the bus']), ' '),
          ...cross(['nurse', 'doctor', 'dentist', 'pediatrician', 'paediatrician'], ['pinched', 'pinches'], ' '),
          ...cross(['our kids', 'my kids', 'our kid', 'my kid'], ['car', 'bike', 'scooter', 'toy', 'toys', 'ball', 'stroller', 'pram'], ' ')],
      },
      zh: {
        say: ['踹孩子', '踹儿子', '踹女儿', '踹小孩', '踹宝宝', '踹了孩子', '踹了儿子', '踹了女儿', '踹了小孩', '踹我儿子', '踹我女儿', '踹我孩子', '踹娃', '打娃', '揍娃', '踢娃', '扇娃', '打我娃', '打俺娃', '把孩子踹', '把儿子踹', '把女儿踹', '一脚踹在孩子', '一脚踢在孩子', '一脚踹向孩子', '一脚踹在儿子', '一脚踹在女儿'],
        // (a claw machine, a doll: 抓娃娃, 娃娃机)
        idioms: ['打娃娃', '抓娃娃', '娃娃机', '踢娃娃', '打娃娃机'],
      },
      ko: {
        // «남편 술먹으면 애 때림»: the particle dropped, the texting «-림» ending
        pairs: [{ ordered: true, reach: 4,
          a: ['애$', '아이$', '아들$', '딸$', '애기$', '아기$', '애를', '아이를', '아들을', '딸을', '애기를', '아기를', '큰애', '작은애', '막내'],
          b: ['때림', '때려', '때리', '때렸', '팸$', '팼', '발로 참', '발로 차', '발로 찼', '걷어참', '걷어차', '걷어찼', '던짐', '던졌'] }],
        // (the classmate who hits my child: «우리 애 때리는 애가 있어요» is bullying at school)
        idioms: ['때리는 애가', '때린 애가', '때리는 아이가', '때린 아이가', '때리는 애들', '때린 애들', '때리는 친구', '때린 친구', '때리는 남자애', '때린 남자애', '때리는 형', '때린 형'],
      },
      vi: {
        pairs: [{ reach: 40, acrossSentences: 1, a: VI_PARTNER, b: VI_BLOW_CHILD }],
        // a child's skin, a road turned into: «da con bị khô», «rẽ vào con hẻm» (as typed with their marks)
        idioms: ['da con bị', 'da con bé', 'da con khô', 'da con nổi', 'da con mẩn', 'da con trắng', 'làn da con', 'vào con đường', 'vào con hẻm', 'vào con ngõ', 'vô con hẻm', 'vô con đường', 'đá con gà', 'đá con quay'],
      },
      ne: {
        pairs: [
          { ordered: true, reach: 24, a: ['chhora lai', 'chhoralai', 'chhori lai', 'chhorilai', 'chora lai', 'chori lai', 'xora lai', 'xori lai', 'bachha lai', 'bachhalai', 'baccha lai', 'nani lai', 'nanilai', 'babu lai', 'babulai'], b: ['lat le', 'laat le', 'lat han', 'laat han', 'lat haan', 'laat haan', 'lat hirka', 'laat hirka', 'lattai le', 'lattaile'] },
          { reach: 24, a: ['बच्चालाई', 'छोरालाई', 'छोरीलाई', 'नानीलाई', 'बाबुलाई'], b: ['लातले', 'लात हान', 'लात्ती हान', 'लात्ताले', 'लात्तीले'] },
        ],
      },
      tl: {
        pairs: [{ reach: 24, a: ['bunso', 'panganay', 'inaanak', 'junior', 'anak', 'bata$', 'baby'], b: ['tinadyakan', 'tinatadyakan', 'sinuntok', 'sinusuntok', 'binalibag', 'ibinalibag', 'binabalibag', 'sinipa', 'sinisipa', 'sinampal', 'sinasampal', 'binugbog', 'binubugbog', 'pinaso', 'pinapaso'] }],
      },
      pt: {
        pairs: [{ ordered: true, reach: 4,
          a: ['chuta', 'chutou', 'chutava', 'chutando', 'chutar', 'soca', 'socou', 'socava', 'socando', 'estapeia', 'estapeou', 'estapear', 'esbofeteia', 'esbofeteou', 'pisoteou', 'pisoteia', 'arremessou', 'arremessa', 'sacode', 'sacudiu', 'chacoalha', 'chacoalhou', 'belisca', 'beliscou', 'queima', 'queimou', 'queimava'],
          b: ['nosso filho', 'nossa filha', 'nossos filhos', 'meu filho', 'minha filha', 'meus filhos', 'o menino', 'a menina', 'o bebê', 'a bebê', 'a criança', 'as crianças', 'o nenê', 'o neném', 'a neném', 'meu enteado', 'minha enteada', 'o pequeno', 'a pequena', 'o caçula', 'a caçula', 'o moleque', 'a mão do', 'a mão da', 'o braço do', 'o braço da', 'a perna do', 'a perna da', 'os dedos do', 'os dedos da', 'o rosto do', 'o rosto da', 'a cara do', 'a cara da'] }],
        // (a rug, a towel or a sheet shaken out)
        idioms: cross(['sacudiu', 'sacode', 'sacudir', 'chacoalhou', 'chacoalha'], ['o tapete', 'a toalha', 'o lençol', 'a roupa', 'o cobertor', 'a manta'], ' '),
      },
      id: {
        pairs: [{ ordered: true, reach: 4,
          a: ['nendang', 'nendangin', 'tendang', 'nampar', 'namparin', 'tampar', 'mukul', 'mukulin', 'gebukin', 'gebuk', 'hajar', 'ngehajar', 'banting', 'bantingin', 'jewer', 'nyubit', 'nyubitin', 'nyundut', 'sundut', 'bakar', 'ngebakar'],
          b: ['anak$', 'anakku', 'anak gw', 'anak gue', 'anak aku', 'anak saya', 'anak kami', 'anak kita', 'si kecil', 'bocah', 'balita', 'bayi', 'tangan anak', 'tangan si kecil'] }],
      },
    },
  },
  {
    // «meu marido queimou a mão do nosso filho pq ele mentiu», "my mom burnt my hand with a spoon as punishment",
    // 老公因为儿子撒谎烫了他的手, 「うそをついた罰にやけどさせた」, «손을 불로 지졌어요», «chồng tôi đốt tay con vì con nói dối»,
    // «logne le chhora ko haat aago le polyo», «sinunog ng asawa ko ang kamay ng anak namin», «suami membakar tangan
    // anak»: a child burned on purpose — by a parent or partner, or as a punishment for a lie, a theft, to teach
    // them. (A child's own mishap at the stove, burned toast, a fever — 发烧 — are none of these.)
    name: 'a child burned on purpose: by a parent or partner, or as a punishment for lying or stealing',
    into: 'a child’s hand held over the stove, a flame or an iron “to teach” them; the school lunch the only meal a parent allows',
    words: {
      ja: {
        say: ['やけどさせられ', '火傷させられ', 'やけどをさせられ', '火傷をさせられ'],
        pairs: [{ reach: 24, acrossSentences: 1,
          a: ['やけどさせ', '火傷させ', 'やけどをさせ', '火傷をさせ', 'ライターで', 'らいたーで', 'タバコを押し', 'たばこをおし', 'アイロンを押し', 'あいろんをおし', 'アイロンをあて', 'あいろんをあて', '熱いスプーン', 'あついすぷーん', '熱いフライパン', 'あついふらいぱん', '火であぶ', 'ひであぶ', '手をあぶ', 'てをあぶ', '手を炙'],
          b: ['罰', 'ばつ', 'おしおき', 'お仕置き', 'しつけ', '躾', 'うそをつ', 'うそつ', '嘘をつ', '嘘つ', 'いうことをきかな', '言うことを聞かな', 'ぬすんだ', '盗んだ'] }],
      },
      en: {
        pairs: [
          { reach: 48, acrossSentences: 1, a: ['burned', 'burnt', 'burns', 'burning', 'scalded', 'scalds', 'seared'],
            b: ['as punishment', 'as a punishment', 'to punish', 'for punishment', 'for lying', 'because he lied', 'because she lied', 'because i lied', 'because they lied', 'cuz i lied', 'cause i lied', 'coz i lied', 'bc i lied', 'cuz he lied', 'cuz she lied', 'bc he lied', 'bc she lied', 'since he lied', 'since she lied', 'for stealing', 'because he stole', 'because she stole', 'because i stole', 'to teach him', 'to teach her', 'to teach me', 'to teach them', 'teach him a lesson', 'teach her a lesson', 'teach me a lesson', 'taught him a lesson', 'taught her a lesson', 'taught me a lesson'] },
          { ordered: true, reach: 12,
            a: ['mom', 'mum', 'mommy', 'mummy', 'mama', 'dad', 'daddy', 'stepdad', 'stepmom', 'stepmum', 'father', 'mother', 'grandma', 'grandpa', 'uncle', 'aunt', 'my husband', 'my wife', 'my boyfriend', 'my bf', 'my partner', 'my ex', 'her boyfriend'],
            b: cross(['burned', 'burnt', 'burns', 'scalded', 'scalds'], ['my hand', 'my hands', 'my arm', 'my arms', 'my fingers', 'my finger', 'my leg', 'my back', 'my skin', 'my palm'], ' ') },
        ],
        // (a child's toast or cake burned, a disc burned for him; the writer's own hand held over the stove to warm it)
        idioms: [...cross(['burned', 'burnt', 'burns'], cross(['my sons', 'our sons', 'my daughters', 'our daughters', 'the kids', 'my kids', 'our kids', 'the babys', 'our babys'], ['toast', 'dinner', 'lunch', 'food', 'cake', 'birthday cake', 'pancakes', 'breakfast', 'cd', 'dvd'], ' '), ' '),
          'i held my hand', 'i held my hands', 'i hold my hand', 'i pressed my hand', 'i put my hand', 'stove to warm', 'flame to warm', 'fire to warm', 'burner to warm', 'hob to warm', 'stove to get warm', 'fire to get warm'],
      },
      zh: {
        pairs: [
          { reach: 16, acrossSentences: 1,
            a: ['烫了他', '烫了她', '烫了我', '烫他的', '烫她的', '烫我的', '烫孩子', '烫儿子', '烫女儿', '烫伤了他', '烫伤了她', '烫伤孩子', '烧他的手', '烧她的手', '烧我的手', '烧了他的手', '烧了她的手', '烧了我的手', '拿打火机', '用打火机', '用烟头', '拿烟头', '用熨斗', '拿熨斗', '用热勺', '用烧红', '烙他', '烙她', '烙我'],
            b: ['撒谎', '撒了谎', '说谎', '说了谎', '骗人', '惩罚', '罚他', '罚她', '罚我', '教训他', '教训她', '教训我', '长记性', '不听话', '偷了', '偷钱', '偷东西'] },
          { ordered: true, reach: 12,
            a: ['老公', '丈夫', '孩子他爸', '孩子爸', '他爸', '我爸', '我妈', '爸爸', '妈妈', '继父', '继母', '后妈', '后爸', '男朋友', '前夫'],
            b: ['烫了他的手', '烫了她的手', '烫了我的手', '烫他的手', '烫她的手', '烫我的手', '烫孩子的手', '烫儿子的手', '烫女儿的手', '烫伤孩子', '烫伤儿子', '烫伤女儿', '烧他的手', '烧她的手', '烧我的手', '烫了孩子', '烫了儿子', '烫了女儿'] },
        ],
        idioms: ['烫头发', '烫了头发', '烫发'],
      },
      ko: {
        pairs: [{ reach: 30, acrossSentences: 1, a: ['지졌', '지져', '데게 했', '데게 만들', '화상을 입혔', '화상 입혔', '담뱃불로'], b: ['거짓말', '벌로', '벌을 준', '벌 준다', '혼낸다고', '혼내려고', '버릇', '훔쳤', '훔친'] }],
      },
      vi: {
        pairs: [{ reach: 40, acrossSentences: 1,
          a: ['đốt tay', 'làm bỏng', 'dí lửa', 'dí bật lửa', 'dí thuốc lá', 'gí thuốc lá', 'dí tàn thuốc', 'dí thìa nóng', 'dí muỗng nóng', 'hơ tay con', 'hơ tay em', 'hơ tay nó', 'hơ tay bé', 'gí tay', 'dí tay'],
          b: ['vì con nói dối', 'vì nói dối', 'vì em nói dối', 'vì nó nói dối', 'tội nói dối', 'để phạt', 'phạt con', 'phạt em', 'phạt nó', 'trừng phạt', 'cho chừa', 'cho nhớ', 'ăn cắp', 'lấy trộm', 'ăn trộm'] }],
      },
      ne: {
        pairs: [
          { ordered: true, reach: 40,
            a: ['logne le', 'shriman le', 'sriman le', 'buwa le', 'buba le', 'baba le', 'aama le', 'ama le', 'mummy le', 'papa le', 'sauteni', 'uncle le', 'kaka le', 'श्रीमानले', 'लोग्नेले', 'बुबाले', 'बुवाले', 'बाबाले', 'आमाले', 'सौतेनी'],
            b: ['haat polyo', 'hat polyo', 'haat polidiyo', 'hat polidiyo', 'polidiyo', 'aago le poly', 'aagole poly', 'aago le polid', 'churot le poly', 'lighter le poly', 'daamyo', 'daamidiyo', 'damidiyo', 'हात पोल्यो', 'हात पोलिदियो', 'आगोले पोल्यो', 'आगोले पोलि', 'डाम्यो', 'डामिदियो', 'डाम्नुभयो', 'पोल्नुभयो', 'पोलिदिनुभयो'] },
          { reach: 48, acrossSentences: 1,
            a: ['polyo', 'polidiyo', 'polidinu', 'polnu bhayo', 'daamyo', 'daamidiyo', 'पोल्यो', 'पोलिदियो', 'पोलिदिनु', 'पोल्नुभयो', 'डाम्यो', 'डामिदियो'],
            b: ['jhut bol', 'jhuto bol', 'jhut boleko', 'sajaya', 'sajay', 'danda$', 'chori gar', 'chorera', 'झुट बोल', 'झूट बोल', 'सजाय', 'दण्ड', 'चोरी गर'] },
        ],
      },
      tl: {
        pairs: [{ reach: 40, acrossSentences: 1,
          a: ['pinaso', 'pinapaso', 'sinunog...kamay', 'sinunog...braso', 'sinunog...daliri', 'sinilaban', 'dinikitan ng plantsa', 'dinikit ang plantsa', 'dinikitan ng sigarilyo'],
          b: ['anak', 'bunso', 'bata$', 'kamay ko', 'nagsinungaling', 'nagsisinungaling', 'parusa', 'pinarusahan', 'nagnakaw', 'para matuto', 'para magtanda', 'para madala'] }],
      },
      pt: {
        pairs: [
          { ordered: true, reach: 4, a: ['queimou', 'queima', 'queimava'], b: ['minha mão', 'meu braço', 'meus dedos', 'meu dedo', 'minha perna'] },
          { reach: 40, acrossSentences: 1,
            a: ['queimou', 'queima', 'queimava', 'queimar', 'queimando', 'encostou o ferro', 'encostou a colher', 'encostou a faca quente', 'com cigarro', 'com isqueiro', 'colher quente', 'faca quente', 'garfo quente'],
            b: ['de castigo', 'como castigo', 'por castigo', 'pra aprender', 'para aprender', 'porque mentiu', 'pq mentiu', 'porque menti', 'pq menti', 'q mentiu', 'que mentiu', 'por mentir', 'porque roubou', 'pq roubou', 'por roubar', 'de propósito', 'pra ele aprender', 'pra ela aprender', 'pra eu aprender', 'porque ele mentiu', 'porque ela mentiu', 'pq ele mentiu', 'pq ela mentiu', 'pq eu menti', 'porque eu menti'] },
        ],
      },
      id: {
        pairs: [
          { ordered: true, reach: 4, a: ['membakar', 'bakar', 'ngebakar', 'nyundut', 'menyundut', 'sundut', 'nyulut', 'menyulut'], b: ['tangan anak', 'tangannya', 'tanganku', 'tangan aku', 'tangan gw', 'tangan gue', 'tangan saya', 'kaki anak', 'lengan anak'] },
          { reach: 40, acrossSentences: 1, a: ['membakar', 'ngebakar', 'nyundut', 'menyundut', 'disundut', 'disulut', 'dibakar', 'ditempel setrika', 'disetrika'], b: ['bohong', 'boong', 'hukuman', 'dihukum', 'menghukum', 'nyuri', 'mencuri', 'biar kapok', 'biar jera'] },
        ],
      },
    },
  },
  {
    // «sahu ko chhora le meri 7 barse chhori lai chhoyo, chhori darayeko chha», "the landlord's son touched my 7 year old
    // daughter, she's scared", 「大家の息子が7さいの娘をさわった、娘がこわがってる」, 房东的儿子摸了我7岁的女儿，女儿很害怕,
    // «집주인 아들이 7살 딸을 만졌어요 애가 무서워해요», «con trai chủ nhà sờ con gái 7 tuổi của tôi, con bé sợ lắm», «tocou
    // na minha filha de 7 anos, ela está com medo»: whoever it was, a young child touched (the plain verb, the child its
    // object) and the child frightened since. (A doctor's hand on a tummy, a head patted, a story that "touched" a
    // child, a child who touched a dog and got a fright, are none of these: the child must be the one touched.)
    name: 'a young child touched by someone, and frightened since',
    into: 'an uncle, grandfather, mother’s boyfriend, neighbour or coach touching a child’s body or private parts',
    words: {
      ja: {
        pairs: [{ reach: 30, acrossSentences: 1,
          // (not «さわらないで», don't touch her; nor a grandmother's fond stroking)
          a: cross(['娘', 'むすめ', '息子', 'むすこ', '子ども', 'こども', '子供', 'うちの子'], ['をさわっ', 'を触っ', 'をさわり', 'を触り'], '...'),
          b: ['こわがって', 'こわがる', 'こわがり', '怖がって', '怖がる', '怖がり', 'こわいって', '怖いって', 'こわいと', '怖いと', 'おびえ', '怯え', 'ふるえて', '震えて', 'いきたくない', '行きたくない', 'いやがって', '嫌がって'] }],
        // a tummy, a forehead, a head, a hand: a doctor's or a parent's touch
        // (whole to the verb's end, so they reach past the touch they take back)
        idioms: ['おなかをおさ', 'お腹を押', 'あたまをなで', '頭をなで', '頭を撫で', ...cross(['おなか', 'お腹', 'おでこ', 'あたま', '頭', 'て', '手', 'かみ', '髪', 'ほっぺ', 'かた', '肩', 'せなか', '背中'], ['をさわった', 'を触った', 'をさわって', 'を触って', 'をさわられ', 'を触られ', 'をさわりま', 'を触りま'])],
      },
      en: {
        pairs: [{ reach: 48, acrossSentences: 1,
          a: cross(['touched', 'touches', 'touching', 'groped', 'gropes', 'fondled', 'fondles'], ['my...daughter$', 'my...son$', 'my little girl', 'my little boy', 'my girl$', 'my boy$', 'my kid$', 'my child$', 'our...daughter$', 'our...son$', 'my niece$', 'my nephew$', 'my...year old$', 'my...yo$'], ' '),
          b: ['scared', 'afraid', 'frightened', 'terrified', 'in fear', 'trembling', 'nightmares', 'refuses to go', 'hides', 'keeps crying', 'cries every time', 'wets the bed', 'wetting the bed'] }],
        // a doctor's or a teacher's hand on a tummy, a forehead or a shoulder; a story that moved the child
        idioms: ['doctor touched', 'doctors touched', 'nurse touched', 'dentist touched', 'pediatrician touched', 'paediatrician touched', 'doctor examined', 'touched her tummy', 'touched his tummy', 'touched her forehead', 'touched his forehead', 'touched her shoulder', 'touched his shoulder', 'touched her head', 'touched his head', ...cross(['story', 'film', 'movie', 'song', 'book', 'letter', 'speech', 'video', 'show', 'gift'], ['touched my daughter', 'touched my son', 'touched my kid', 'touched my child', 'touched my kids'], ' '), ...cross(['touched', 'touches'], ['a spider', 'the dog', 'a dog', 'the cat', 'a snake', 'a frog', 'the stove', 'a jellyfish'], ' ')],
      },
      zh: {
        pairs: [{ reach: 16, acrossSentences: 1,
          a: ['摸了我...女儿', '摸了我...儿子', '摸了我...孩子', '摸我...女儿', '摸我...儿子', '摸我...孩子', '摸女儿', '摸儿子', '摸孩子', '摸了女儿', '摸了儿子', '摸了孩子', '猥亵', '非礼我女儿', '非礼女儿', '非礼孩子', '碰了我女儿', '碰我女儿', '碰了女儿', '乱摸'],
          b: ['害怕', '很怕', '好怕', '吓坏', '吓得', '不敢', '发抖', '做噩梦'] }],
        idioms: ['女儿的肚子', '儿子的肚子', '孩子的肚子', '摸了摸女儿', '摸了摸儿子', '摸了摸孩子', '摸摸女儿', '摸摸儿子', '摸摸孩子', '摸女儿的头', '摸儿子的头', '摸孩子的头'],
      },
      ko: {
        pairs: [{ reach: 30, acrossSentences: 1,
          a: cross(['딸을', '아들을', '아이를', '애를', '애기를', '조카를', '딸', '아들', '애'], ['만졌', '만지', '만져', '만짐', '더듬'], ' '),
          b: ['무서워', '무섭', '겁에 질', '겁을 먹', '떨고', '떨어요', '안 가려고', '가기 싫어'] }],
        idioms: ['배를 만져', '머리를 만져', '이마를 만져', '손을 만져'],
      },
      vi: {
        pairs: [{ reach: 40, acrossSentences: 1,
          a: cross(['sờ', 'sờ soạng', 'sờ mó', 'sờ vào', 'đụng vào', 'chạm vào', 'rờ'], ['con gái', 'con trai', 'con tôi', 'con em', 'con mình', 'bé nhà', 'con bé', 'thằng bé', 'cháu gái', 'cháu trai'], ' '),
          b: ['sợ lắm', 'sợ hãi', 'rất sợ', 'hoảng sợ', 'sợ quá', 'sợ không dám', 'không dám', 'run rẩy', 'bé sợ', 'nó sợ', 'cháu sợ', 'con sợ'] }],
        idioms: ['bác sĩ sờ', 'bác sĩ khám', 'sờ bụng', 'sờ trán', 'sờ đầu', ...cross(['sờ vào', 'sờ', 'chạm vào'], ['con chó', 'con mèo', 'con sâu', 'con nhện', 'con rắn'], ' ')],
      },
      ne: {
        pairs: [
          { reach: 48, acrossSentences: 1,
            a: cross(['chhori lai', 'chhorilai', 'chhora lai', 'chhoralai', 'chori lai', 'xori lai', 'nani lai', 'nanilai', 'babu lai', 'babulai', 'bachha lai', 'bachhalai'], ['chhoyo', 'chhoe', 'chhoeko', 'chhoyeko', 'chhunu', 'chhunchha', 'chhuncha', 'chhundai', 'chhamyo', 'chhameko', 'chhamnu', 'chhamchha'], ' '),
            b: ['daray', 'darai', 'daraeki', 'daraeko', 'dar lag', 'darlag', 'dari rah', 'dariraheki', 'kampi', 'kaampi', 'runa thal', 'roirah'] },
          { reach: 48, acrossSentences: 1,
            a: cross(['छोरीलाई', 'छोरालाई', 'नानीलाई', 'बाबुलाई', 'बच्चालाई'], ['छोयो', 'छोए', 'छोएको', 'छुनु', 'छुन्छ', 'छुँदै', 'छाम्यो', 'छामेको', 'छाम्नु'], ' '),
            b: ['डराए', 'डराइ', 'डराउ', 'डर लाग', 'काँप', 'रुन थाल', 'रोइरह'] },
        ],
      },
      tl: {
        pairs: [{ reach: 48, acrossSentences: 1,
          a: cross(['hinawakan', 'hinahawakan', 'hinipuan', 'hinihipuan', 'hinipo', 'hinihipo', 'kinapa', 'kinakapa', 'hinimas', 'hinihimas'], ['ang...anak', 'si bunso', 'ang bata$', 'yung anak', 'ung anak', 'anak ko', 'ang pamangkin', 'ang apo'], ' '),
          b: ['takot na takot', 'natatakot', 'natakot', 'takot siya', 'takot sya', 'nanginginig', 'ayaw nang pumunta', 'ayaw na pumunta', 'umiiyak'] }],
        idioms: ['tiyan ng anak ko', 'noo ng anak ko', 'ulo ng anak ko', 'hinawakan ng doktor', 'hinawakan ng nurse'],
      },
      pt: {
        pairs: [{ reach: 48, acrossSentences: 1,
          a: cross(['tocou', 'toca', 'tocando', 'mexeu', 'mexe', 'passou a mão', 'passa a mão', 'apalpou', 'bolinou'], ['na minha filha', 'no meu filho', 'na nossa filha', 'no nosso filho', 'na menina', 'no menino', 'na criança', 'na minha sobrinha', 'no meu sobrinho', 'na minha neta', 'no meu neto'], ' '),
          b: ['com medo', 'medo$', 'apavorad', 'assustad', 'tremendo', 'não quer ir', 'nao quer ir', 'não quer voltar', 'nao quer voltar', 'chorando muito', 'pesadelo'] }],
        idioms: ['tocou no cachorro', 'tocou no gato', 'tocou na aranha', 'tocou no bicho', 'mexeu no fogão', 'mexeu na tomada', 'mexeu no cachorro', 'o médico tocou', 'a médica tocou', 'o pediatra tocou', 'a pediatra tocou', 'barriga da minha filha', 'barriga do meu filho'],
      },
      id: {
        pairs: [{ reach: 48, acrossSentences: 1,
          a: cross(['megang', 'megang2', 'megang megang', 'pegang', 'pegang2', 'memegang', 'nyentuh', 'menyentuh', 'raba', 'meraba', 'ngeraba', 'grepe', 'grepein'], ['anak saya', 'anakku', 'anak aku', 'anak gw', 'anak gue', 'anak kami', 'putri saya', 'putriku', 'anak perempuan saya', 'anak perempuanku', 'si kecil'], ' '),
          b: ['ketakutan', 'takut$', 'takut banget', 'trauma', 'gemeteran', 'gemetar', 'nangis terus', 'gak mau ke', 'ga mau ke', 'nggak mau ke', 'tidak mau ke'] }],
        idioms: ['dokter pegang', 'dokter megang', 'bidan pegang', 'pegang perut', 'megang perut', 'pegang kepala', 'pegang dahi', 'megang dahi'],
      },
    },
  },
];

// ── crisis-30 (people writing in a role): a school nurse's, a teacher's, a shop owner's report ──
// A child named as a pupil or by age or grade, for the marks below («小3女子», "a Year 2 boy", «二年级女生»).
// biome-ignore format: word lists stay on a few lines
const PUPIL = {
  ja: ['児童', 'じどう', '生徒', 'せいと', '園児', 'えんじ', '女子', '男子', '女児', '男児', 'の子', '男の子', 'おとこのこ', '女の子', 'おんなのこ', 'こども', '子ども', '子供', '息子', 'むすこ', '娘', 'むすめ', '年生', 'ねんせい', '歳の', 'さいの'],
  en: ['boy', 'girl', 'child', 'kid', 'pupil', 'student', 'year old', 'toddler', 'son$', 'daughter', 'grader', 'first year', 'second year'],
  zh: ['孩子', '小孩', '学生', '女生', '男生', '女孩', '男孩', '小朋友', '儿子', '女儿', '岁的', '年级'],
  ko: ['아이', '학생', '아동', '원아', '여학생', '남학생', '여자아이', '남자아이', '아들', '딸', '살짜리', '학년'],
  vi: ['bé$', 'bé trai', 'bé gái', 'học sinh', 'cháu', 'đứa trẻ', 'đứa bé', 'con tôi', 'em học sinh', 'tuổi'],
  ne: ['विद्यार्थी', 'छात्रा', 'छात्र', 'बच्चा', 'नानी', 'कक्षा', 'छोरा', 'छोरी', 'bidyarthi', 'chhatra', 'bachha', 'baccha'],
  tl: ['estudyante', 'bata', 'anak', 'grade', 'pupil', 'mag aaral'],
  pt: ['aluno', 'aluna', 'criança', 'menino', 'menina', 'filho', 'filha', 'bebê'],
  id: ['murid', 'siswa', 'siswi', 'anak', 'bocah', 'balita', 'kelas'],
} as const;
// Marks that a knock does not leave: old and new bruises together, many of them (the mark word written in, so a
// knock's cause told beside it — football, a bike — still takes it, as for any bruise).
// biome-ignore format: word lists stay on a few lines
const MARKS_OLD_AND_NEW = {
  ja: ['新旧の痣', '新旧のあざ', '新旧のアザ', 'しんきゅうのあざ', '古いあざと新しいあざ', '新しいあざと古いあざ', '古い痣と新しい痣', '新しい痣と古い痣', 'ふるいあざとあたらしい', 'あたらしいあざとふるい', '色の違うあざ', '色の違う痣', 'いろのちがうあざ', 'あざが複数', '痣が複数', 'あざがいくつも', '痣がいくつも', 'いくつものあざ', '複数のあざ', '複数の痣', 'あざがたくさん', 'たくさんのあざ'],
  en: ['old and new bruises', 'new and old bruises', 'bruises old and new', 'bruises of different ages', 'bruises of different colours', 'bruises of different colors', 'bruises in different stages', 'several bruises', 'multiple bruises', 'lots of bruises', 'many bruises', 'bruises...some yellow', 'bruises...some old', 'bruises...old and new'],
  zh: ['新旧不一的淤青', '新旧不一的瘀青', '新旧淤青', '新旧瘀青', '新旧的淤青', '新旧的瘀青', '好几处淤青', '好几处瘀青', '多处淤青', '多处瘀青', '很多淤青', '很多瘀青', '淤青...新旧', '瘀青...新旧'],
  ko: ['오래된 멍과 새', '새 멍과 오래된', '오래된 멍이랑 새', '멍이 여러 개', '멍이 여러 군데', '여러 군데 멍', '여러 개의 멍', '멍이 많이', '멍...오래된 것과 새'],
  vi: ['vết bầm cũ và mới', 'vết bầm mới và cũ', 'bầm cũ và mới', 'bầm mới và cũ', 'vết thâm cũ và mới', 'nhiều vết bầm', 'nhiều vết thâm', 'vết bầm...cũ và mới'],
  ne: ['निलडाम...पुराना र नयाँ', 'निलडाम...नयाँ र पुराना', 'पुराना र नयाँ निलडाम', 'नयाँ र पुराना निलडाम', 'पुराना र नयाँ चोट', 'नयाँ र पुराना चोट', 'धेरै निलडाम', 'धेरै ठाउँमा निलडाम', 'धेरै ठाउँमा चोट', 'purana ra naya nildam', 'purana ra naya chot', 'dherai nildam'],
  tl: ['pasa...luma at bago', 'pasa...bago at luma', 'lumang pasa at bago', 'luma at bagong pasa', 'bago at lumang pasa', 'maraming pasa', 'mga pasa...luma at bago'],
  pt: ['hematomas...antigos e recentes', 'hematomas...recentes e antigos', 'hematomas...novos e antigos', 'hematomas...antigos e novos', 'roxos...antigos e recentes', 'roxos...novos e antigos', 'vários hematomas', 'varios hematomas', 'muitos hematomas', 'vários roxos', 'muitos roxos', 'hematomas de idades diferentes', 'hematomas de cores diferentes'],
  id: ['memar...lama dan baru', 'memar...baru dan lama', 'lebam...lama dan baru', 'lebam...baru dan lama', 'memar lama dan baru', 'beberapa memar', 'banyak memar', 'banyak lebam', 'beberapa lebam'],
} as const;
// The mark itself, for a doubt about it told in the next sentence.
// biome-ignore format: word lists stay on a few lines
const A_MARK = {
  ja: ['あざ', '痣', 'アザ', '青あざ', 'あおあざ', '内出血', 'ないしゅっけつ'],
  en: ['bruise', 'bruises', 'bruising', 'marks on'],
  zh: ['淤青', '瘀青', '青紫', '淤血', '瘀血', '乌青'],
  ko: ['멍이', '멍은', '멍을', '멍들', '멍 자국'],
  vi: ['vết bầm', 'bầm tím', 'vết thâm', 'thâm tím'],
  ne: ['निलडाम', 'नीलडाम', 'नीलो दाग', 'निलो दाग', 'चोटका दाग', 'nildam', 'nilo daag', 'nilo dag'],
  tl: ['pasa$', 'mga pasa', 'may pasa'],
  pt: ['hematoma', 'hematomas', 'roxo', 'roxos', 'roxa', 'roxas', 'manchas roxas'],
  id: ['memar', 'lebam'],
} as const;
// A doubt about the mark: in places a fall does not reach, a story that does not fit.
// biome-ignore format: word lists stay on a few lines
const MARK_DOUBTED = {
  ja: ['場所が不自然', 'ばしょがふしぜん', '位置が不自然', 'いちがふしぜん', '不自然な場所', 'ふしぜんなばしょ', '不自然な位置', '転んでできる場所では', '転んでできるところでは', 'ころんでできるばしょでは', 'ころんでできるところでは', '転んでできるような場所では', '転んだにしては', 'ころんだにしては', '転んだとは思えな', 'ころんだとはおもえな', '説明と合わな', 'せつめいとあわな', '説明が不自然', '説明が合わな'],
  en: ['the places are odd', 'places are odd', 'in odd places', 'in unusual places', 'in strange places', 'in weird places', 'odd places for', 'unusual places for', 'strange places for', 'doesnt fit a fall', 'dont fit a fall', 'doesnt match a fall', 'doesnt look like a fall', 'not consistent with a fall', 'not from a fall', 'pattern doesnt fit', 'story doesnt add up', 'explanation doesnt fit', 'explanation doesnt add up', 'where you dont get bruises', 'not where kids bruise'],
  zh: ['位置很不自然', '位置不自然', '位置很奇怪', '位置奇怪', '位置也很奇怪', '地方很奇怪', '部位很奇怪', '部位不自然', '不像是摔的', '不像摔的', '不像是摔倒', '不像是跌倒', '不像跌倒', '摔不到的地方', '跌不到的地方'],
  ko: ['위치가 부자연', '위치가 이상', '부자연스러운 위치', '부자연스러운 곳', '이상한 위치', '넘어져서 생길 곳이 아', '넘어져서 생길 데가 아', '넘어진 것 같지 않', '넘어진 걸로 보기 어려'],
  vi: ['vị trí...bất thường', 'vị trí...rất lạ', 'vị trí...kỳ lạ', 'chỗ bầm...lạ', 'không giống bị ngã', 'không giống ngã', 'không giống như bị ngã', 'ngã thì không thể'],
  ne: ['ठाउँ अनौठो', 'अनौठो ठाउँमा', 'ठाउँ अचम्मको', 'लडेर हुने ठाउँ होइन', 'लडेको जस्तो छैन', 'thau anautho', 'anautho thau ma'],
  tl: ['kakaiba ang pwesto', 'kakaiba ang puwesto', 'kakaiba ang lugar', 'kakaiba ang mga lugar', 'kakaibang lugar', 'hindi mukhang nadapa', 'hindi mukhang nahulog', 'hindi tugma sa'],
  pt: ['lugares são estranhos', 'lugares estranhos', 'locais estranhos', 'lugar estranho', 'locais incomuns', 'lugares incomuns', 'não parece queda', 'não parece de queda', 'não combina com queda', 'não combina com uma queda', 'não bate com a história'],
  id: ['letaknya aneh', 'tempatnya aneh', 'lokasinya aneh', 'posisinya aneh', 'di tempat yang aneh', 'bukan seperti jatuh', 'tidak seperti jatuh', 'tidak seperti bekas jatuh', 'tidak cocok dengan jatuh'],
} as const;
// Marks in places a knock does not reach: the bottom, the inner thighs, behind the ears, the neck, the back.
// biome-ignore format: word lists stay on a few lines
const MARKS_IN_ODD_PLACES = {
  ja: ['おしりにあざ', 'お尻にあざ', 'おしりに痣', 'お尻に痣', 'おしりにアザ', 'お尻にアザ', '内ももにあざ', '太ももの内側にあざ', 'ふとももの内側にあざ', '耳の後ろにあざ', 'みみのうしろにあざ', '首にあざ', 'くびにあざ', '首に痣', '背中にあざ', 'せなかにあざ', '背中に痣'],
  en: ['bruises on her bottom', 'bruises on his bottom', 'bruise on her bottom', 'bruise on his bottom', 'bruises on her buttocks', 'bruises on his buttocks', 'bruises on her bum', 'bruises on his bum', 'bruises behind her ear', 'bruises behind his ear', 'bruise behind her ear', 'bruise behind his ear', 'bruises on her inner thigh', 'bruises on his inner thigh', 'bruises on her neck', 'bruises on his neck', 'bruise on her neck', 'bruise on his neck', 'bruises on her back', 'bruises on his back'],
  zh: ['屁股上有淤青', '屁股上有瘀青', '屁股上都是淤青', '屁股上都是瘀青', '大腿内侧有淤青', '大腿内侧有瘀青', '耳后有淤青', '耳后有瘀青', '耳朵后面有淤青', '背上有淤青', '背上有瘀青', '脖子上有淤青', '脖子上有瘀青'],
  ko: ['엉덩이에 멍', '허벅지 안쪽에 멍', '귀 뒤에 멍', '등에 멍', '목에 멍'],
  vi: ['vết bầm ở mông', 'mông bị bầm', 'mông có vết bầm', 'bầm ở đùi trong', 'vết bầm sau tai', 'vết bầm ở lưng', 'lưng có vết bầm', 'vết bầm ở cổ', 'cổ có vết bầm'],
  ne: ['चाकमा निलडाम', 'ढाडमा निलडाम', 'तिघ्रामा निलडाम', 'घाँटीमा निलडाम', 'कान पछाडि निलडाम', 'chak ma nildam', 'dhad ma nildam'],
  tl: ['pasa sa puwit', 'pasa sa pwet', 'pasa sa likod', 'pasa sa hita', 'pasa sa leeg', 'pasa sa likod ng tenga'],
  pt: ['roxo no bumbum', 'roxos no bumbum', 'hematoma no bumbum', 'hematomas no bumbum', 'hematomas nas nádegas', 'roxo na bunda', 'roxos na bunda', 'hematomas nas costas', 'roxos nas costas', 'roxo no pescoço', 'hematoma no pescoço', 'hematoma atrás da orelha', 'roxo atrás da orelha', 'roxos na parte interna da coxa'],
  id: ['memar di pantat', 'memar di bokong', 'lebam di pantat', 'lebam di bokong', 'memar di punggung', 'lebam di punggung', 'memar di leher', 'lebam di leher', 'memar di paha bagian dalam', 'memar di belakang telinga'],
} as const;
// Food asked of the writer (a shop, a restaurant, a neighbour), for the parents away below.
// biome-ignore format: word lists stay on a few lines
const FOOD_ASKED = {
  ja: ['たべものをもらいに', '食べ物をもらいに', 'ごはんをもらいに', 'ご飯をもらいに', 'ごはんをください', 'ご飯をください', '食べ物をください', 'たべものをください', '何か食べるものはない', 'なにかたべるものはない', '食べ物をねだ', 'たべものをねだ'],
  en: ['asks me for food', 'asked me for food', 'asking me for food', 'asks us for food', 'asked us for food', 'asking us for food', 'asking for food', 'asks for food', 'asked for food', 'begging for food', 'for something to eat'],
  zh: ['向我要吃的', '跟我要吃的', '来要吃的', '问有没有吃的', '有没有吃的', '要东西吃', '讨吃的'],
  ko: ['밥 좀 달라', '밥 달라', '먹을 거 달라', '먹을 것 좀 달라', '먹을 거 좀 달라', '먹을 거 있냐', '먹을 게 있냐', '먹을 거 없냐', '먹을 게 없냐'],
  vi: ['xin cơm', 'xin đồ ăn', 'xin ăn', 'xin gì ăn', 'hỏi có gì ăn'],
  ne: ['खाना माग', 'भात माग', 'khana mag', 'khana maag', 'bhat mag', 'bhaat maag'],
  tl: ['humihingi ng pagkain', 'humingi ng pagkain', 'nanghihingi ng pagkain', 'nanghingi ng pagkain', 'humihingi ng makakain', 'nanghihingi ng makakain'],
  pt: ['pediu comida', 'pede comida', 'pedem comida', 'pedindo comida', 'pedir comida', 'algo pra comer', 'algo para comer'],
  id: ['minta makan', 'minta makanan', 'minta nasi', 'minta roti'],
} as const;
// Leftover or unsold food asked for or taken (a shop's back door, a canteen, a staff room).
// biome-ignore format: word lists stay on a few lines
const LEFTOVERS = {
  ja: ['廃棄のお弁当', '廃棄の弁当', 'はいきのおべんとう', '廃棄をもらえ', 'はいきをもらえ', '売れ残り', 'うれのこり', '残り物', 'のこりもの', '残った食べ物', 'のこったたべもの', '余った食べ物', 'あまったたべもの', '残ったパン', 'のこったぱん', '残飯', 'ざんぱん', '給食の残り', 'きゅうしょくののこり', '給食を持ち帰', 'きゅうしょくをもちかえ'],
  en: ['leftover', 'leftovers', 'unsold bread', 'unsold food', 'any food left', 'food left over', 'scraps', 'day old bread', 'expired bento', 'thrown out food', 'food we throw out'],
  zh: ['剩下的饭', '剩下的吃的', '剩下的东西吃', '剩饭', '剩菜', '卖剩的', '过期的便当', '剩的面包', '剩下的面包', '报废的便当'],
  ko: ['남은 음식', '남은 밥', '남은 빵', '남은 반찬', '남는 음식', '폐기 도시락', '폐기 음식', '폐기되는', '급식을 남겨', '급식을 싸'],
  vi: ['cơm thừa', 'đồ ăn thừa', 'thức ăn thừa', 'bánh mì thừa', 'đồ ăn còn dư', 'đồ ăn dư', 'đồ ăn còn lại', 'cơm còn lại'],
  ne: ['बचेको खाना', 'बाँकी खाना', 'बाँकी रहेको खाना', 'बासी खाना', 'जुठो', 'bacheko khana', 'baki khana', 'baaki khana', 'basi khana'],
  tl: ['tirang pagkain', 'tira tira', 'tirang tinapay', 'natirang pagkain', 'natirang tinapay', 'tirang ulam', 'tirang kanin'],
  pt: ['pão que sobrou', 'comida que sobrou', 'o que sobrou', 'sobras', 'sobra de comida', 'restos de comida', 'resto de comida', 'pão dormido'],
  id: ['sisa makanan', 'makanan sisa', 'nasi sisa', 'roti sisa', 'sisa nasi', 'sisa roti', 'makanan yang tersisa'],
} as const;
// A parent not seen by the child since a day named or for days (a teacher passing on what the child said).
// biome-ignore format: word lists stay on a few lines
const PARENT_NOT_SEEN = {
  ja: cross(['お母さんに', 'おかあさんに', 'お父さんに', 'おとうさんに', '母に', '父に', 'ママに', 'ままに', 'パパに', 'ぱぱに', '親に', 'おやに', '両親に', 'りょうしんに'], ['から会っていない', 'から会ってない', 'からあっていない', 'からあってない', '日も会っていない', '日も会ってない', 'にちもあっていない', '日会っていない', '週間会っていない', 'しゅうかんあっていない', 'からずっと会っていない'], '...'),
  en: cross(['hasnt seen', 'havent seen', 'not seen', 'hasnt been able to see'], cross(['her mum', 'her mom', 'her mother', 'his mum', 'his mom', 'his mother', 'her dad', 'his dad', 'her father', 'his father', 'her parents', 'his parents', 'their mum', 'their mom', 'their parents', 'mum', 'mom', 'either parent'], ['since sunday', 'since monday', 'since tuesday', 'since wednesday', 'since thursday', 'since friday', 'since saturday', 'since the weekend', 'since last week', 'since last weekend', 'for days', 'for a week', 'for several days', 'all week', 'in days'], ' '), ' '),
  zh: cross(['天就没见到', '天都没见到', '天没见到', '天就没看到', '天没看到', '天都没看到', '从周日', '从星期天', '从星期日', '从周一', '从星期一', '从上周', '好几天', '一个星期', '一周'], ['没见到妈妈', '没见过妈妈', '没看到妈妈', '没见到爸爸', '没见过爸爸', '没看到爸爸', '没见到爸妈', '没见到父母', '没看见妈妈', '没看见爸爸', '妈妈', '爸爸', '爸妈', '父母'], '...'),
  ko: cross(['주말부터', '일요일부터', '월요일부터', '지난주부터', '며칠째', '며칠 동안', '일주일째', '일주일 동안', '이틀째', '사흘째'], ['엄마를 못 봤', '엄마를 못 본', '엄마를 못 보', '엄마 얼굴을 못', '아빠를 못 봤', '아빠를 못 본', '부모님을 못 봤', '부모님을 못 본', '엄마를 본 적이 없', '엄마를 만나지 못', '엄마를 못 만났'], '...'),
  vi: cross(['không gặp', 'chưa gặp', 'không thấy', 'chưa thấy', 'không được gặp', 'chưa được gặp'], ['mẹ', 'bố', 'ba', 'bố mẹ', 'ba mẹ', 'cha mẹ'], ' ').flatMap((w) => [`từ chủ nhật...${w}`, `từ thứ...${w}`, `từ tuần trước...${w}`, `mấy ngày...${w}`, `mấy hôm...${w}`, `cả tuần...${w}`, `${w}...từ chủ nhật`, `${w}...từ thứ`, `${w}...từ tuần trước`, `${w}...mấy ngày`, `${w}...mấy hôm`, `${w}...cả tuần`, `${w}...một tuần`]),
  ne: cross(['आमालाई', 'बुबालाई', 'बुवालाई', 'आमाबुबालाई', 'aama lai', 'aamalai', 'buba lai', 'buwa lai'], ['दिनदेखि देखेको छैन', 'दिन देखि देखेको छैन', 'हप्तादेखि देखेको छैन', 'आइतबारदेखि देखेको छैन', 'दिनदेखि भेटेको छैन', 'हप्तादेखि भेटेको छैन', 'din dekhi dekheko chaina', 'din dekhi dekheko chhaina', 'hapta dekhi dekheko chaina', 'din dekhi bhetyeko chaina'], '...'),
  tl: cross(['hindi pa nakikita', 'di pa nakikita', 'hindi pa niya nakikita', 'di pa niya nakikita', 'hindi pa nila nakikita', 'hindi na nakikita', 'hindi pa nakita'], ['ang nanay...mula linggo', 'ang nanay...ilang araw', 'ang nanay...isang linggo', 'si mama...mula linggo', 'si mama...ilang araw', 'ang tatay...ilang araw', 'ang mga magulang...ilang araw', 'ang mga magulang...isang linggo', 'ang nanay...noong linggo', 'si mama...noong linggo'], ' '),
  pt: cross(['não vê a mãe', 'não vê o pai', 'não vê os pais', 'não viu a mãe', 'não viu o pai', 'não viu os pais', 'nao ve a mae', 'não vê a mãe dele', 'não vê a mãe dela'], ['desde domingo', 'desde segunda', 'desde terça', 'desde quarta', 'desde quinta', 'desde sexta', 'desde sábado', 'desde o fim de semana', 'desde a semana passada', 'há dias', 'faz dias', 'há uma semana', 'faz uma semana'], ' '),
  id: cross(['belum ketemu', 'tidak ketemu', 'gak ketemu', 'nggak ketemu', 'belum bertemu', 'tidak bertemu', 'belum lihat', 'belum melihat', 'tidak melihat'], ['ibunya...sejak minggu', 'ibunya...sejak senin', 'ibunya...sejak jumat', 'ibunya...sejak sabtu', 'ibunya...beberapa hari', 'ibunya...seminggu', 'mamanya...sejak', 'mamanya...beberapa hari', 'ayahnya...sejak minggu', 'ayahnya...beberapa hari', 'orang tuanya...sejak', 'orang tuanya...beberapa hari', 'orang tuanya...seminggu', 'ibunya sejak', 'ibunya selama'], ' '),
} as const;
// What a teacher sees of a child left to fend alone: the same clothes day after day, the little ones minded alone,
// leftovers taken.
// biome-ignore format: word lists stay on a few lines
const FENDING_ALONE = {
  ja: ['ずっと同じ服', '毎日同じ服', 'まいにちおなじふく', 'ずっとおなじふく', '同じ服を着', 'おなじふくをき', '着替えていな', 'きがえていな', '妹の世話を一人', '弟の世話を一人', '妹の面倒を一人', '弟の面倒を一人', 'いもうとのせわをひとり', 'おとうとのせわをひとり', '一人で妹の世話', '一人で弟の世話', 'ひとりでいもうとのせわ', 'ひとりでおとうとのせわ', '妹の世話をして', '弟の世話をして', ...LEFTOVERS.ja],
  en: ['same clothes', 'looking after her little', 'looking after his little', 'looking after her baby', 'looking after his baby', 'minding her little', 'minding his little', 'minding her baby', 'minding his baby', 'caring for her little', 'caring for his little', 'feeding her little', 'feeding his little', ...LEFTOVERS.en],
  zh: ['同一套衣服', '同一件衣服', '同样的衣服', '一样的衣服', '照顾弟弟', '照顾妹妹', '照顾弟妹', '带弟弟', '带妹妹', ...LEFTOVERS.zh],
  ko: ['같은 옷', '동생을 혼자 돌보', '동생을 혼자 챙기', '혼자 동생을 돌보', '혼자 동생을 챙기', '동생 밥을', '동생을 돌보고', ...LEFTOVERS.ko],
  vi: ['cùng một bộ quần áo', 'một bộ quần áo', 'mặc cùng một', 'mặc đúng một bộ', 'tự chăm em', 'chăm em một mình', 'trông em một mình', 'một mình trông em', 'một mình chăm em', 'tự trông em', ...LEFTOVERS.vi],
  ne: ['उही लुगा', 'एउटै लुगा', 'भाइको हेरचाह', 'बहिनीको हेरचाह', 'भाइलाई हेर्दै', 'बहिनीलाई हेर्दै', 'uhi luga', 'eutai luga', 'bhai ko herchah', 'bahini ko herchah', ...LEFTOVERS.ne],
  tl: ['parehong damit', 'iisang damit', 'parehas na damit', 'parehas ang damit', 'nag aalaga sa kapatid', 'nag aalaga ng kapatid', 'inaalagaan ang kapatid', 'siya lang nag aalaga', 'nag aalaga ng bunso', ...LEFTOVERS.tl],
  pt: ['mesma roupa', 'cuidando do irmão', 'cuidando da irmã', 'cuidando dos irmãos', 'cuida do irmão', 'cuida da irmã', 'cuida dos irmãos', ...LEFTOVERS.pt],
  id: ['baju yang sama', 'pakaian yang sama', 'mengurus adiknya', 'ngurus adiknya', 'menjaga adiknya', 'jagain adiknya', 'merawat adiknya', ...LEFTOVERS.id],
} as const;

// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const PASS_27_ABUSE: readonly ConceptExtension[] = [
  {
    // A young child who has had nothing to eat for days, told by a grandparent or the child on the phone, with the
    // child's young age («他已经两天没东西吃了，才6岁»): a child starved. An adult's own hunger names no child.
    name: 'a young child with nothing to eat for days (Chinese, with the child or the age named)',
    into: 'a child starved, not fed, scavenging for food',
    words: {
      zh: { pairs: [{ reach: 30, acrossSentences: 1,
        a: ['天没东西吃', '天没吃东西', '天没有吃东西', '天没有东西吃', '天没饭吃', '天都没吃'],
        b: ['孙子', '孙女', '外孙', '小孩', '小朋友', ...cross(['才', '只有'], ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'].map((n) => `${n}岁`))] }] },
    },
  },
];

// biome-ignore format: each language's words stay on a few lines, easy to read side by side
export const ABUSE_CONCEPTS: readonly Concept[] = extendConcepts([
  {
    name: 'a child hit, kicked, thrown or shaken',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['つい手が出', '手が出てしまい', 'てがでてしまい', 'カッとなって叩', 'かっとなってたた', '叩きすぎ', 'たたきすぎ', '叩く癖', 'たたくくせ', '子どもを殴', 'こどもをなぐ', '子供を殴', '赤ちゃんを揺さぶ', 'あかちゃんをゆさぶ', '子どもを投げ', 'こどもをなげ'],
        pairs: [
          { ordered: true, reach: 3,
            a: ['子を', '子どもを', '子供を', 'こどもを', '息子を', 'むすこを', '娘を', 'むすめを', '赤ちゃんを', 'あかちゃんを', '孫を', 'まごを', 'あの子を', 'この子を', '弟を', 'おとうとを', '妹を', 'いもうとを', '我が子を', 'わがこを', '長男を', '次男を', '長女を', '次女を'],
            b: ['殴', 'なぐ', '叩い', '叩か', '叩く', '叩き', 'たたい', 'たたか', 'たたく', 'たたき', '蹴', 'けって', 'けとば', 'けりつけ', '投げ', 'なげつけ', 'つねっ', 'つねら', 'つねり', '踏みつけ', 'ふみつけ', '揺さぶ', 'ゆさぶ', '突き飛ば', 'つきとば', 'ぶっ', 'ぶた', 'ぶつ', '引っぱた', 'ひっぱた', '突き落と', 'つきおと'] },
          { ordered: true, reach: 12,
            a: ['子どもの', 'こどもの', '子供の', '息子の', '娘の', '赤ちゃんの', 'あかちゃんの', '孫の'],
            b: ['叩い', '叩か', '叩き', 'たたい', 'たたか', '殴っ', '殴ら', 'なぐっ', 'なぐら', '蹴っ', '蹴ら', 'つねっ', 'つねら'] },
          { ordered: true, reach: 12,
            a: ['おとうさんが', 'おかあさんが', 'お父さんが', 'お母さんが', 'パパが', 'ママが', '父が', '母が', '父親が', '母親が', '親が', 'おやが', '継父が', '継母が', '義父が', '義母が', 'ままははが', 'ままちちが'],
            b: ['たたき', 'たたか', 'たたい', 'たたく', '叩', '殴', 'なぐ', '蹴', 'けって', 'けられ', 'けとば', 'けります', 'けりました', 'けるん', 'つねっ', 'つねら', '首をしめ', 'くびをしめ', '首を絞', '閉じ込め', 'とじこめ', '締め出', 'しめだ'] },
        ],
        idioms: ['叩き起こ', 'たたき起こ', 'たたきおこ', '肩を叩', '肩をたた', 'かたをたた', '肩たたき', 'かたたたき', '手を叩', 'てをたた', 'ドアを叩', 'ドアをたた', 'どあをたた', '戸を叩', '背中を叩', 'せなかをたた', 'おしりをたたいて励', '布団を叩', 'ふとんをたた', '太鼓を叩', 'たいこをたた'],
      },
      en: {
        say: [
          'hit my son', 'hit my daughter', 'hits my son', 'hits my daughter', 'hitting my son', 'hitting my daughter', 'slapped my son', 'slapped my daughter', 'slaps my son', 'slaps my daughter', 'beat my son', 'beat my daughter',
          'beats my son', 'beats my daughter', 'hits our son', 'hits our daughter', 'beats our kids', 'hurts the kids', 'hits the children', 'beats the children', 'whips him with', 'whips her with', 'whipped him with', 'whipped her with',
          'smacks the baby', 'hit the baby', 'slaps the kids', 'slaps her kids', 'slaps his kids', 'punched my son', 'punched my daughter', 'threw the baby', 'shook my baby', 'shaking my baby', 'kicked my son in', 'kicked my daughter in',
          'my dad hits', 'my mom hits', 'my mum hits', 'my stepdad hits', 'my stepmom hits', 'my stepmum hits', 'my dad beats', 'my mom beats', 'my mum beats', 'dad hits me', 'mom hits me', 'mum hits me', 'dad slaps me', 'mom slaps me', 'mum slaps me',
        ],
        pairs: [
          { ordered: true, reach: 8,
            a: ['hit', 'hits', 'hitting', 'slap', 'slaps', 'slapped', 'slapping', 'beat', 'beats', 'beating', 'punch', 'punches', 'punched', 'smack', 'smacks', 'smacked', 'whip', 'whips', 'whipped', 'shook', 'shakes', 'shaking', 'choke', 'choked', 'chokes', 'burns', 'burned', 'burnt', 'scalded', 'scalds', 'pinch', 'pinches', 'pinched', 'strikes', 'struck'],
            b: ['my son', 'my daughter', 'my kid', 'my child', 'the kids', 'the baby', 'my baby', 'our son', 'our daughter', 'the children', 'her son', 'his son', 'her daughter', 'his daughter', 'her kids', 'his kids', 'my grandson', 'my granddaughter', 'my stepson', 'my stepdaughter', 'the toddler', 'my toddler', 'my little brother', 'my little sister'] },
          // the writer's parent hitting a brother or sister, told by the child: "my dad hit my brother while he was playing"
          { ordered: true, reach: 24,
            a: ['my dad', 'my mom', 'my mum', 'my father', 'my mother', 'my stepdad', 'my stepmom', 'my stepmum', 'my stepfather', 'my stepmother', 'my parents', 'moms boyfriend', 'mums boyfriend'],
            b: cross(['hit', 'hits', 'slapped', 'slaps', 'beat', 'beats', 'punched', 'punches', 'kicked', 'kicks', 'smacked', 'smacks', 'choked', 'chokes'], ['my brother', 'my sister', 'my brothers', 'my sisters', 'my younger brother', 'my younger sister', 'my baby brother', 'my baby sister', 'my siblings', 'my twin'], ' ') },
        ],
        idioms: ['car hit', 'bike hit', 'ball hit', 'truck hit', 'van hit', 'beat my son at', 'beat my daughter at', 'beats my son at', 'beats my daughter at', 'hit my son up', 'pinch of salt',
          ...cross(['beat', 'beats'], ['my brother at', 'my sister at', 'my brother in', 'my sister in'], ' '), ...cross(['hit', 'hits'], ['my brother hard', 'my sister hard', 'my brother up', 'my sister up'], ' ')],
      },
      zh: {
        say: ['打儿子', '打女儿', '揍孩子', '揍儿子', '揍女儿', '踢孩子', '打宝宝', '摔孩子', '扇孩子', '扇儿子', '扇女儿', '孩子被打得', '打得孩子', '把孩子打', '把儿子打', '把女儿打', '用皮带抽', '用衣架打', '拿衣架打', '拿皮带打', '拿棍子打', '用棍子打', '忍不住打孩子', '爸爸揍我', '妈妈揍我', '爸爸踢我', '妈妈踢我', '爸妈打我', '父母打我', '家长打我', '继父打我', '后妈打我', '爸爸又打我', '妈妈又打我'],
        pairs: [
          // (Cantonese names the child with a classifier: 「打個仔」「打個女」「打啲仔女」「打细路」)
          { ordered: true, reach: 1, a: ['打', '揍', '踢', '扇', '掐', '摔'], b: ['孩子', '儿子', '女儿', '小孩', '宝宝', '孙子', '孙女', '婴儿', '弟弟', '妹妹', '个仔', '个女', '啲仔女', '仔女', '细路', '我个仔', '我个女', '佢个仔', '佢个女'] },
          // the child flung or slammed at a wall or to the floor («我先生上週把女兒甩到牆上», «將個仔摔落地»); the child itself
          // the object, nothing between (「把孩子的書包扔到地上」 is a bag thrown)
          { ordered: true, reach: 1, a: ['把孩子', '把儿子', '把女儿', '把小孩', '把宝宝', '把婴儿', '把孙子', '把孙女', '把个仔', '把个女', '将孩子', '将儿子', '将女儿', '将个仔', '将个女', '将啲仔女'],
            b: ['甩到墙', '摔到墙', '扔到墙', '丢到墙', '撞到墙', '撞向墙', '甩向墙', '摔向墙', '扔向墙', '甩在墙', '摔在墙', '砸到墙', '砸向墙', '往墙上', '撞墙', '甩落墙', '掟落墙', '摔在地上', '摔到地上', '甩到地上', '往地上摔', '摔落地', '掟落地', '甩落地'] },
          { ordered: true, reach: 4, a: ['爸爸', '妈妈', '父亲', '母亲', '继父', '继母', '后妈', '后爸', '爸妈', '父母', '家长'], b: ['打我', '揍我', '踢我', '掐我', '扇我', '打我们', '打弟弟', '打妹妹'] },
          // the writer's parent hitting a brother or sister named before, as "him" or "her": 「我爸在弟弟玩游戏的时候打了他」
          { ordered: true, reach: 20, a: ['我爸', '我妈', '我爸爸', '我妈妈', '我继父', '我继母', '我后妈', '我后爸'], b: ['打了他', '打了她', '揍了他', '揍了她', '踢了他', '踢了她', '扇了他', '扇了她'] },
          // laid hands on the child, no verb of hitting named: «男友對我兒子動手», «他又对孩子下手», «对个女郁手»
          // (a hands-on lesson, 动手能力, or an operation, 动手术, is no blow: see idioms)
          { ordered: true, reach: 2, a: ['对我儿子', '对我女儿', '对我孩子', '对我小孩', '对我宝宝', '对儿子', '对女儿', '对孩子', '对小孩', '对宝宝', '对孙子', '对孙女', '对我个仔', '对我个女', '对个仔', '对个女', '对细路', '向孩子', '向儿子', '向女儿'],
            b: ['动手', '动粗', '下手', '下毒手', '拳打脚踢', '郁手'] },
        ],
        idioms: ['打我电话', '打我手机', '打电话', '打扫', '打算', '打工', '打针', '打疫苗', '打扮', '动手能力', '动手术', '动手做', '动手操作', '动手实践', '动手动脑', '动手画', '下手术', '从不动手', '从来不动手', '从没动手', '从来没动手', '绝不动手', '不会动手', '没有动手', '没动手', '不动手的', '不会对孩子', '不会对我孩子', '不会对儿子', '不会对女儿', '不会对小孩', '从不对孩子', '从不对我孩子', '从不对儿子', '从不对女儿', '从不对小孩', '从来不对孩子', '从来不对我孩子', '从来不对儿子', '从来不对女儿', '从来不对小孩', '从没对孩子', '从没对我孩子', '从没对儿子', '从没对女儿', '从没对小孩', '从来没对孩子', '从来没对我孩子', '从来没对儿子', '从来没对女儿', '从来没对小孩', '没有对孩子', '没有对我孩子', '没有对儿子', '没有对女儿', '没有对小孩', '绝不对孩子', '绝不对我孩子', '绝不对儿子', '绝不对女儿', '绝不对小孩', '不能对孩子', '不能对我孩子', '不能对儿子', '不能对女儿', '不能对小孩', '不该对孩子', '不该对我孩子', '不该对儿子', '不该对女儿', '不该对小孩', '不应该对孩子', '不应该对我孩子', '不应该对儿子', '不应该对女儿', '不应该对小孩'],
      },
      ko: {
        say: ['아이를 때리', '아이를 때려', '아들을 때리', '아들을 때려', '딸을 때리', '딸을 때려', '애를 때려', '아이를 발로', '아이를 던지', '아이를 던졌', '매를 들', '회초리', '옷걸이로 때', '벨트로 때', '허리띠로 때', '새아빠가 때', '새엄마가 때', '부모님한테 맞', '할머니가 때', '삼촌이 때'],
        pairs: [{ ordered: true, reach: 12, a: ['아이를', '아들을', '딸을', '애를', '아기를', '손자를', '손녀를', '조카를', '동생을', '우리 애'], b: ['때리', '때려', '때렸', '패고', '패서', '팼', '발로 차', '걷어차', '밀쳐', '던지', '던졌', '꼬집'] }],
      },
      vi: {
        say: ['đánh đứa bé', 'đánh thằng bé', 'đánh con bé', 'tát vào mặt con', 'đánh con bằng roi', 'đánh con bằng dây', 'lấy roi đánh', 'lấy dây nịt đánh', 'lấy móc áo đánh', 'ném đứa bé', 'bố hay đánh em', 'mẹ hay đánh em', 'bố đánh em', 'mẹ đánh em', 'dượng đánh em', 'mẹ kế đánh em'],
        pairs: [
          { ordered: true, reach: 2, a: ['đánh', 'tát vào', 'véo', 'ném'], b: ['con tôi', 'con em', 'con mình', 'đứa bé', 'đứa nhỏ', 'thằng bé', 'con bé', 'cháu bé', 'bé nhà'] },
          { ordered: true, reach: 12, a: ['bố', 'mẹ', 'má', 'bố dượng', 'mẹ kế', 'cha'], b: ['đánh em', 'đánh con', 'đánh cháu', 'đánh tụi em', 'đánh chúng em'] },
        ],
      },
      ne: {
        say: ['bachha lai kut', 'bachha lai pit', 'bachha lai haan', 'bachha lai han', 'bachalai kut', 'bachhalai kut', 'bachha kutne', 'bachhaa kutne', 'छोरालाई कुट', 'छोरीलाई कुट', 'छोरालाई पिट', 'छोरीलाई पिट', 'नानीलाई कुट', 'बुबाले कुट्नुहुन्छ', 'बुवाले कुट्नुहुन्छ', 'आमाले कुट्नुहुन्छ', 'बुबाले पिट्नुहुन्छ', 'आमाले पिट्नुहुन्छ', 'बुबाले मलाई कुट', 'आमाले मलाई कुट', 'बाबाले कुट', 'सौतेनी आमाले कुट', 'बेल्टले हान', 'लठ्ठीले हान', 'थप्पड हान'],
        pairs: [{ reach: 40, a: ['bachha', 'baccha', 'bachcha', 'bacha$', 'nani$', 'chhora', 'chora', 'xora', 'chhori', 'chori', 'xori', 'chhoro', 'choro', 'xoro', 'keta$', 'keti$', 'ketalai', 'ketilai', 'bhai$', 'bhai lai', 'bhailai', 'bahini', 'baby', 'bhanja', 'bhanji', 'nati$', 'natini'], b: ['kutchh', 'kutch', 'kutx', 'kutyo', 'kutyau', 'kuteko', 'kutera', 'kutnu', 'kutdai$', 'kutirah', 'kutai$', 'pitchh', 'pitx', 'pitcha', 'pitchan', 'pitchin', 'pitchu', 'pityo', 'piteko', 'pitera', 'pitnu', 'pitdai$', 'pitirah', 'hirkaay', 'hirkay', 'hirkaae', 'hirkae', 'hirkaaunchh', 'hirkaaunch', 'hirkaaunx', 'hirkaunchh', 'hirkaunch', 'hirkaunx', 'hirkaaun$', 'hirkaun$', 'hirkaaudai$', 'hirkaudai$', 'hirkaaidiyo', 'hirkaidiyo', 'hirkaauchh', 'hirkaauch', 'hirkaaux', 'hirkauchh', 'hirkauch', 'hirkaux', 'thappad', 'thapad', 'thappar', 'chadkan', 'chadkai', 'laattaa le', 'laatta le', 'lattaa le', 'latta le', 'laattaale', 'laattale', 'lattaale', 'lattale', 'laatti', 'latti', 'lath$', 'laathi', 'lathi', 'lauro', 'latthi', 'mukka', 'belt le', 'beltle', 'daadu le', 'dadu le', 'chappal le', 'juttaa le', 'jutta le', 'chhadi le', 'chadi le', 'xadi le', 'bottle le', 'gilaas le', 'gilas le'] }, { reach: 40, a: ['bachha', 'baccha', 'bachcha', 'bacha$', 'nani$', 'chhora', 'chora', 'xora', 'chhori', 'chori', 'xori', 'chhoro', 'choro', 'xoro', 'keta$', 'keti$', 'ketalai', 'ketilai', 'bhai$', 'bhai lai', 'bhailai', 'bahini', 'baby', 'bhanja', 'bhanji', 'nati$', 'natini'], b: ['jor jor le hallaa', 'jor jor le halla', 'jor jod le hallaa', 'jor jod le halla', 'jod jor le hallaa', 'jod jor le halla', 'jod jod le hallaa', 'jod jod le halla', 'jorle hallaa', 'jorle halla', 'jor le hallaa', 'jor le halla', 'jodle hallaa', 'jodle halla'] }, { reach: 24, a: ['बच्चा', 'बच्चालाई', 'छोरा', 'छोरालाई', 'छोरी', 'छोरीलाई', 'नानी', 'नानीलाई'], b: ['कुट्छ', 'कुट्छन्', 'कुट्नुहुन्छ', 'कुटे', 'कुट्यो', 'पिट्छ', 'पिट्छन्', 'पिट्नुहुन्छ', 'पिट्यो', 'हिर्काउँछ', 'हान्छ', 'हान्यो', 'लात्ताले', 'थप्पड'] }],
      },
      tl: {
        say: ['pinapalo ako ni', 'pinapalo ako ng', 'binubugbog ako ni', 'sinasaktan ako ni mama', 'sinasaktan ako ni papa', 'sinasampal ako ni', 'sinisipa ako ni', 'pinalo ng sinturon', 'pinapalo ng sinturon', 'pinaghahampas', 'binubugbog ang anak', 'sinasaktan ang anak', 'pinapalo ang anak', 'sinasampal ang anak'],
        pairs: [
          { reach: 24, a: ['anak', 'bata', 'pamangkin', 'apo', 'kapatid ko', 'sanggol', 'baby'], b: ['pinapalo', 'pinalo', 'hinahampas', 'hinampas', 'binubugbog', 'binugbog', 'sinasampal', 'sinampal', 'sinisipa', 'sinipa', 'kinukurot', 'kinurot', 'tinatali'] },
          { reach: 16, a: ['si mama', 'si papa', 'ni mama', 'ni papa', 'ng tatay ko', 'ng nanay ko', 'ng stepdad', 'ng amain', 'ng madrasta', 'tatay ko', 'nanay ko'], b: ['pinapalo ako', 'binubugbog ako', 'sinasaktan ako', 'sinasampal ako', 'sinisipa ako', 'pinalo ako', 'sinaktan ako'] },
        ],
      },
      pt: {
        say: ['bate no filho', 'bate na filha', 'bater no filho', 'bateu no filho', 'bateu na filha', 'espanca o filho', 'espanca a filha', 'espanca os filhos', 'bate nas crianças', 'bate nos filhos', 'bate no menino', 'bate na menina', 'meu pai me bate', 'minha mãe me bate', 'meu padrasto me bate', 'minha madrasta me bate', 'me bate de cinto', 'bate de cinto', 'apanha do pai', 'apanha da mãe', 'apanhar do pai', 'apanhar da mãe', 'surra de cinto', 'bater com cinto', 'bate com fio'],
        pairs: [{ reach: 24, a: ['filho', 'filha', 'criança', 'crianças', 'menino', 'menina', 'bebê', 'neto', 'neta', 'enteado', 'enteada', 'sobrinho', 'sobrinha'], b: ['apanha$', 'apanhou$', 'apanhando', 'espanca$', 'espancou$', 'espancando', 'bate nele', 'bate nela', 'bateu nele', 'bateu nela', 'cintada', 'chinelada', 'tapa na cara'] },
          // the child named with a possessive after the verb: «bate no meu filho», «espancou a filha dela», «batendo nas crianças»
          { ordered: true, reach: 4,
            a: ['bate', 'bateu', 'bater', 'batendo', 'batia', 'espanca', 'espancou', 'espancar', 'espancando', 'agride', 'agrediu', 'agredindo', 'surra', 'surrou', 'chuta', 'chutou', 'chutando'],
            b: ['no meu filho', 'na minha filha', 'no nosso filho', 'na nossa filha', 'nos meus filhos', 'nas minhas filhas', 'nos nossos filhos', 'no filho dela', 'no filho dele', 'na filha dela', 'na filha dele', 'nos filhos dela', 'nos filhos dele', 'no meu enteado', 'na minha enteada', 'no meu neto', 'na minha neta', 'no meu bebê', 'no bebê', 'na bebê', 'no meu sobrinho', 'na minha sobrinha', 'no meu irmãozinho', 'na minha irmãzinha', 'o filho dela', 'a filha dela', 'o filho dele', 'a filha dele', 'os filhos dela', 'os filhos dele'] }],
      },
      id: {
        say: ['memukul anak saya', 'memukuli anak', 'anak dipukuli', 'anak ditampar', 'anak ditendang', 'menampar anak', 'menendang anak', 'dipukul ayah', 'dipukul ibu', 'dipukul bapak', 'dipukul papa', 'dipukul mama', 'dipukuli ayah', 'dipukuli ibu', 'ayah suka memukul', 'ibu suka memukul', 'papa suka memukul', 'mama suka memukul', 'dipukul pakai ikat pinggang', 'dipukul pakai sapu', 'dipukul pakai gagang sapu', 'dipukul pakai hanger'],
        pairs: [{ reach: 24, a: ['anak', 'anakku', 'bocah', 'adik', 'keponakan', 'cucu', 'bayi', 'balita'], b: ['dipukuli', 'ditampar', 'ditendang', 'disabet', 'dicambuk', 'dibanting', 'disundut'] }],
      },
    },
  },
  {
    name: 'a child with bruises, burns or marks',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['ミミズ腫れ', 'みみずばれ', '怪我が絶えな', 'けがが絶えな', 'けががたえな', 'アザだらけ', 'あざだらけ', '体の傷を隠', 'からだのきずをかく', 'あざを隠', 'あざをかく'],
        pairs: [{ reach: 16, a: ['生徒', 'せいと', '園児', 'えんじ', 'クラスの子', '教え子', 'うちの子', 'よその子', '近所の子', 'となりの子', '隣の子', '子ども', 'こども', '子供', '息子', '娘', '孫'], b: ['あざが', 'アザが', '青あざ', 'あおあざ', 'いつも怪我', 'いつもけが', 'たばこのあと', 'タバコの跡', 'やけどのあと', '骨折を繰り返', 'こっせつをくりかえ', '長袖で隠', 'ながそででかく', '傷がたくさん', 'きずがたくさん'] }],
      },
      en: {
        say: ['bruises on her arms', 'bruises on his arms', 'bruises on her face', 'bruises on his face', 'marks on her arms', 'marks on his arms', 'finger marks on', 'handprint on', 'belt marks', 'strap marks', 'cigarette burns on', 'hides her bruises', 'hides his bruises', 'hiding bruises'],
        pairs: [{ reach: 48, a: ['boy', 'girl', 'kid', 'child', 'son$', 'sons$', 'daughter', 'student', 'pupil', 'toddler', 'baby', 'grandson', 'granddaughter', 'neighbours kid', 'neighbors kid'], b: ['bruised', 'bruising', 'burn mark', 'grab marks', 'finger marks', 'handprint', 'welt', 'black eyes', 'broken arm again', 'always injured', 'long sleeves to hide', 'covers up her', 'covers up his', 'hides bruises', 'hiding bruises'] }],
      },
      zh: {
        say: ['身上青一块紫一块', '身上都是伤', '身上有淤青', '身上有烟疤', '身上有手印', '脸上有手印', '烟头烫的'],
        pairs: [{ reach: 16, a: ['孩子', '小孩', '小朋友', '学生', '儿子', '女儿', '邻居家的孩子', '孙子', '孙女', '个仔', '个女'], b: ['青紫', '紫一块', '手印', '烟疤', '烟头烫嘅疤', '烟头烫的疤', '鞭痕', '总是受伤', '经常受伤', '藏着伤', '长袖遮'] }],
      },
      ko: {
        say: ['손자국이', '회초리 자국', '벨트 자국', '담배빵', '매 맞은 자국', '상처를 숨기'],
        // (cigarette marks written joined or apart, no particle: «팔에 담배자국», «담뱃불 자국», «담배 지진 자국»)
        pairs: [{ reach: 24, a: ['아이', '애가', '아들', '딸', '학생', '원아', '옆집 아이', '손자', '손녀', '반친구', '반 친구', '같은 반', '짝꿍', '조카', '옆집 애', '동생', '애 팔', '애 몸'], b: ['손자국', '회초리 자국', '벨트 자국', '담배빵', '늘 다쳐', '자주 다쳐', '긴팔로 가리', '상처를 숨', '담배자국', '담배 자국', '담뱃불자국', '담뱃불 자국', '담뱃불에 덴', '담배로 지진', '담배 지진', '담배불 자국', '담배불자국', '라이터 자국', '다리미 자국'] }],
      },
      vi: {
        say: ['bầm dập khắp người', 'vết lằn roi', 'vết roi trên', 'dấu tay trên mặt', 'vết bỏng thuốc lá', 'che vết bầm'],
        pairs: [{ reach: 32, a: ['đứa bé', 'đứa trẻ', 'con tôi', 'cháu', 'học sinh', 'thằng bé', 'con bé', 'bé nhà'], b: ['bầm dập', 'vết lằn', 'vết roi', 'vết bỏng thuốc lá', 'che vết bầm'] }],
      },
      ne: {
        say: ['निलडाम', 'नीलो दाग', 'कुटाइको दाग', 'चुरोटले डामेको', 'पिटाइको दाग'],
        pairs: [
          // a child burnt on purpose with something hot («तातो चम्चाले हातमा डामिदिएँ»)
          { reach: 24, a: ['तातो', 'आगोले', 'चुरोटले', 'फलामले', 'चिम्टाले', 'पन्युले', 'taato', 'tato$', 'churot le', 'churotle'], b: ['डामिदि', 'डाम्दि', 'डामें', 'डामेँ', 'डाम्छु', 'डाम्छ', 'डामे$', 'डामेको', 'डाम्नुभयो', 'damidi', 'daamidi', 'damdi', 'dame$', 'damchhu', 'damchu'] },
          { reach: 80, acrossSentences: 1, a: ['छोरा', 'छोरी', 'बच्चा', 'नानी', 'भाइ', 'बहिनी', 'chhora', 'chhori', 'bachha', 'baccha', 'nani$'], b: ['डामिदि', 'डाम्दि', 'डामेँ', 'डामें', 'डाम्छु', 'damidi', 'daamidi', 'damchhu'] },
          { reach: 40, a: ['bachha', 'baccha', 'bachcha', 'bacha$', 'nani$', 'chhora', 'chora', 'xora', 'chhori', 'chori', 'xori', 'chhoro', 'choro', 'xoro', 'keta$', 'keti$', 'ketalai', 'ketilai', 'bhai$', 'bhai lai', 'bhailai', 'bahini', 'baby', 'bhanja', 'bhanji', 'nati$', 'natini', 'student'], b: ['nilo daag', 'nilo dag', 'nilo daaaag', 'nilo daaag', 'nilo bhay', 'nilo thiyo', 'golo daag', 'golo dag', 'jaleko daag', 'jaleko dag', 'jaleko golo', 'poleko daag', 'poleko dag', 'poleko golo', 'daameko', 'dameko', 'daamne', 'damne', 'churot le', 'lighter le', 'aunla ko', 'belt ko daag', 'belt ko dag'] }, { reach: 32, a: ['बच्चा', 'बच्चाको', 'छोरा', 'छोरी', 'विद्यार्थी', 'नानी'], b: ['निलडाम', 'नीलो दाग', 'कुटाइको', 'चोटपटक', 'डामेको', 'जलेको दाग'] }],
      },
      tl: {
        say: ['puro pasa', 'pasa sa braso', 'pasa sa mukha', 'may latay', 'marka ng sinturon', 'laging may pasa', 'tinatago ang pasa'],
        pairs: [{ reach: 32, a: ['bata', 'anak', 'estudyante', 'pamangkin', 'apo'], b: ['latay', 'pasa sa', 'marka ng sinturon', 'laging may sugat', 'laging may pasa', 'tinatago ang pasa'] }],
      },
      pt: {
        say: ['roxo no braço', 'roxo no rosto', 'olho roxo', 'vergões', 'vergão', 'marca de mão', 'marcas de mão', 'esconde os machucados', 'esconde os roxos'],
        pairs: [{ reach: 32, a: ['filho', 'filha', 'criança', 'menino', 'menina', 'aluno', 'aluna', 'neto', 'neta'], b: ['roxo', 'vergão', 'vergões', 'marca de mão', 'marcas de mão', 'sempre machucad', 'esconde os machucados', 'olho roxo', 'marcas nas costas', 'marcas nas pernas', 'marcas no corpo', 'marcas pelo corpo', 'vive com fome', 'sempre com fome'] }],
      },
      id: {
        say: ['biru biru di badan', 'bekas cambukan', 'bekas ikat pinggang', 'bekas tangan di pipi', 'luka sundutan', 'menyembunyikan luka'],
        pairs: [{ reach: 32, a: ['anak', 'murid', 'siswa', 'bocah', 'keponakan', 'cucu'], b: ['biru biru', 'bekas cambukan', 'bekas ikat pinggang', 'bekas tangan', 'luka sundutan', 'sering luka', 'selalu luka', 'menyembunyikan luka'] }],
      },
    },
  },
  {
    name: 'a child starved, not fed, scavenging for food',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['子どもにご飯を食べさせていな', 'こどもにごはんをたべさせていな', '食事を与えていな', 'しょくじをあたえていな', 'ごはんをあげていな', 'ご飯を作ってもらえ', 'ごはんをつくってもらえ', 'ご飯がもらえな', 'ごはんがもらえな', '何日もご飯を', 'なんにちもごはんを'],
        pairs: [{ reach: 16, a: ['子ども', '子供', 'こども', '子が', '息子', '娘', '生徒', 'せいと', '児童', '近所の子', '隣の子', 'となりの子', '兄弟', '姪', '甥'], b: ['冷蔵庫に鍵', '給食しか', 'きゅうしょくしか', '給食だけが', 'きゅうしょくだけが', 'ゴミをあさ', 'ごみをあさ', '残飯', 'ざんぱん', 'いつもお腹をすか', 'いつもおなかをすか', '何日も食べ', 'なんにちもたべ', '食べ物をねだ', 'たべものをねだ', '痩せ細', 'やせほそ'] }],
      },
      en: {
        say: ['isnt fed', 'not being fed', 'never fed', 'digging through bins for food', 'digging in the trash for food', 'eating from the bin', 'eating out of the trash', 'begging for food', 'asks neighbours for food', 'asks neighbors for food', 'refuse to feed', 'refuses to feed', 'withholds food', 'locks the fridge', 'locked the fridge', 'padlock on the fridge'],
        pairs: [{ reach: 48, a: ['boy', 'girl', 'kid', 'kids', 'child', 'children', 'son$', 'sons$', 'daughter', 'student', 'pupil', 'toddler', 'baby'], b: ['no food for days', 'hasnt eaten in days', 'havent eaten in days', 'steals food', 'stealing food', 'begging for food', 'only eats at school', 'only meal', 'not fed', 'isnt fed', 'never fed', 'skin and bones', 'through the bins', 'in the trash for'] }],
      },
      zh: {
        say: ['不给孩子饭吃', '不给孩子吃的', '不让孩子吃饭', '翻垃圾桶找吃的', '翻垃圾找吃', '孩子饿得'],
        pairs: [{ reach: 12, a: ['孩子', '小孩', '儿子', '女儿', '学生', '邻居家的孩子', '弟弟', '妹妹'], b: ['翻垃圾', '几天没吃', '饿了好几天', '捡剩饭', '偷吃的', '饿得皮包骨', '没人给饭', '不给吃饭'] }],
      },
      ko: {
        say: ['밥을 안 줘', '밥을 안 주', '밥을 굶겨', '아이를 굶겨', '쓰레기통을 뒤져', '급식만 먹', '며칠째 굶', '며칠씩 굶', '밥을 못 얻어'],
        pairs: [{ reach: 24, a: ['아이', '애가', '아들', '딸', '학생', '옆집 아이', '동생'], b: ['굶겨', '굶어', '쓰레기통', '급식만', '밥을 안 줘', '밥을 안 주', '며칠째 못 먹'] }],
      },
      vi: {
        say: ['bới rác tìm đồ ăn', 'lục thùng rác tìm', 'xin ăn hàng xóm', 'bỏ đói con'],
        pairs: [{ reach: 32, a: ['đứa bé', 'đứa trẻ', 'con tôi', 'cháu', 'thằng bé', 'con bé', 'học sinh', 'mấy đứa nhỏ'], b: ['bới rác', 'lục thùng rác', 'nhịn đói mấy ngày', 'xin đồ ăn', 'gầy trơ xương'] }],
      },
      ne: {
        say: ['le khana dinna', 'le khana didaina', 'le khana dindaina', 'le khana dinnan', 'khana nadiyeko', 'khana nadieko', 'khana nadiyera', 'khana nadiera', 'khana dinu hunna', 'khana dinuhunna', 'bhokai raakh', 'bhokai rakh', 'khana dina chhod', 'khana dina chod', 'khana dina xod', 'खाना दिँदैनन्', 'खान दिँदैन', 'खान दिदैन', 'भोकै राख', 'फोहोरमा खाना खोज', 'दिनभरि भोकै', 'धेरै दिनदेखि भोकै'],
        pairs: [{ reach: 40, a: ['bachha', 'baccha', 'bachcha', 'bacha$', 'nani$', 'chhora', 'chora', 'xora', 'chhori', 'chori', 'xori', 'chhoro', 'choro', 'xoro', 'keta$', 'keti$', 'ketalai', 'ketilai', 'bhai$', 'bhai lai', 'bhailai', 'bahini', 'baby', 'bhanja', 'bhanji', 'nati$', 'natini'], b: ['khana didainan', 'khana dinnan', 'khana dindainan', 'khana thorai', 'sadhai bhoko', 'haddi matra', 'dublo', 'kehi khaaeko chhaina', 'kehi khaaeko chaina', 'kehi khaaeko xaina', 'kehi khaeko chhaina', 'kehi khaeko chaina', 'kehi khaeko xaina', 'kehi khaayeko chhaina', 'kehi khaayeko chaina', 'kehi khaayeko xaina', 'kehi khayeko chhaina', 'kehi khayeko chaina', 'kehi khayeko xaina', 'khaana pani khaayeko chhaina', 'khaana pani khaayeko chaina', 'khaana pani khaayeko xaina', 'khaana pani khayeko chhaina', 'khaana pani khayeko chaina', 'khaana pani khayeko xaina', 'khana pani khaayeko chhaina', 'khana pani khaayeko chaina', 'khana pani khaayeko xaina', 'khana pani khayeko chhaina', 'khana pani khayeko chaina', 'khana pani khayeko xaina', 'chamal maag', 'chamal mag', 'khana maag', 'khana mag', 'sajaaya bhanera', 'sajaya bhanera', 'sajaaya dina', 'sajaya dina'] }, { reach: 32, a: ['बच्चा', 'बच्चालाई', 'छोरा', 'छोरी', 'नानी', 'विद्यार्थी'], b: ['खाना दिँदैन', 'खान दिँदैन', 'खान दिदैन', 'भोकै', 'फोहोरमा', 'दिनदेखि खाएको छैन'] }],
      },
      tl: {
        say: ['hindi binibigyan ng pagkain', 'naghahalungkat ng basura', 'kumakain sa basura', 'ilang araw nang hindi kumakain', 'namamalimos ng pagkain'],
        pairs: [{ reach: 32, a: ['bata', 'anak', 'pamangkin', 'estudyante', 'mga bata'], b: ['hindi pinapakain', 'ginugutom', 'hindi binibigyan ng pagkain', 'basura', 'nagugutom palagi', 'ilang araw nang hindi kumakain', 'namamalimos'] }],
      },
      pt: {
        say: ['não dá comida pro filho', 'não dá comida para o filho', 'deixa sem comer', 'deixa passar fome', 'sem comer há dias', 'revirando o lixo', 'come do lixo', 'pede comida aos vizinhos', 'só come na escola', 'só come na creche'],
        pairs: [{ reach: 32, a: ['filho', 'filha', 'criança', 'crianças', 'menino', 'menina', 'aluno', 'aluna'], b: ['não dá comida', 'não dão comida', 'sem comer', 'passa fome', 'no lixo', 'pede comida', 'só come na escola', 'só come na creche'] }],
      },
      id: {
        say: ['tidak dikasih makan', 'gak dikasih makan', 'nggak dikasih makan', 'dibiarkan kelaparan', 'mengais sampah', 'mencari makan di tempat sampah', 'minta makan ke tetangga', 'berhari hari tidak makan'],
        pairs: [{ reach: 32, a: ['anak', 'bocah', 'murid', 'keponakan', 'cucu', 'adik'], b: ['tidak diberi makan', 'tidak dikasih makan', 'mengais', 'tempat sampah', 'minta makan', 'berhari hari tidak makan'] }],
      },
    },
  },
  {
    name: 'a child left alone for days, at night, or in a car',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['子どもだけで何日', 'こどもだけでなんにち', '子どもだけ残して', 'こどもだけのこして', '子どもを置いて何日', 'こどもをおいてなんにち', '車内に放置', 'しゃないにほうち', '車の中に置いたまま', 'くるまのなかにおいたまま', '夜中まで帰ってこな', 'よなかまでかえってこな', '親が何日も', 'おやがなんにちも', '幼い子だけで', '小さい子だけで', 'ちいさいこだけで', '赤ちゃんを一人にして', 'あかちゃんをひとりにして', '夜になっても親が', 'よるになってもおやが'],
      },
      en: {
        say: ['leaves them alone all', 'left the kids alone', 'leaves the kids alone', 'leaves the baby alone', 'left the baby alone', 'left the baby in the car', 'left the kids in the car', 'home alone for days', 'parents are never home', 'parents never come home', 'mom never comes home', 'mum never comes home', 'havent seen the parents'],
        pairs: [{ reach: 40, a: ['boy', 'girl', 'kid', 'kids', 'child', 'children', 'son$', 'sons$', 'daughter', 'toddler', 'baby'], b: ['alone for days', 'alone all night', 'alone overnight', 'home alone for', 'alone for two days', 'alone for 2 days', 'alone for three days', 'alone since'] }],
      },
      zh: { say: ['一个人在家两天', '两天没大人', '好几天一个人在家', '把孩子一个人留在家', '孩子一个人在家好几天', '父母几天不回', '好几天不回家', '把孩子锁在家里出去', '孩子独自在家', '把孩子丢在车里', '孩子留在车里', '好几天没见大人'] },
      ko: { say: ['이틀째 혼자', '며칠째 혼자', '혼자 며칠', '며칠째 부모가', '부모가 안 들어', '아이를 차에 두고', '아기를 차에 두고', '아이를 방치'] },
      vi: { say: ['ở nhà một mình hai ngày', 'ở nhà một mình mấy ngày', 'bỏ con ở nhà một mình', 'bố mẹ đi vắng mấy ngày', 'để con trong xe', 'bỏ con trong xe', 'ở nhà một mình cả đêm'] },
      ne: { say: ['आमाबुबा घर आउँदैनन्', 'धेरै दिनदेखि आमाबुबा', 'गाडीमा बच्चा छोडेर'], pairs: [{ reach: 60, acrossSentences: true, a: ['वर्षकी', 'वर्षको', 'बच्चा', 'नानी', 'भतिजी', 'भतिजा', 'भान्जी', 'भान्जा', 'छोरा', 'छोरी', 'भाइ', 'बहिनी', 'नातिनी', 'नाति'], b: ['दिनदेखि घर आएका छैनन्', 'दिनदेखि घर आएको छैन', 'दिनदेखि घर आउनुभएको छैन', 'दिनदेखि घर फर्किएका छैनन्', 'बाहिरबाट बन्द', 'बाहिरबाट ताला', 'din dekhi ghar aaeka chhainan', 'din dekhi ghar aayeka chhainan', 'bahira bata banda', 'bahirabata banda'] }, { reach: 32, a: ['car bhitra', 'gaadi bhitra', 'gadi bhitra'], b: ['bachha eklai', 'baby eklai', 'nani eklai', 'bachha lai eklai', 'bachha chhodera', 'bachha chodera', 'bachha xodera', 'baby chhodera', 'baby chodera', 'baby xodera'] }, { reach: 48, a: ['bachha', 'baccha', 'bachcha', 'bacha$', 'nani$', 'chhora', 'chora', 'xora', 'chhori', 'chori', 'xori', 'chhoro', 'choro', 'xoro', 'keta$', 'keti$', 'ketalai', 'ketilai', 'bhai$', 'bhai lai', 'bhailai', 'bahini', 'baby', 'bhanja', 'bhanji', 'nati$', 'natini'], b: ['eklai chhod', 'eklai chod', 'eklai xod', 'ghar ma eklai chhod', 'ghar ma eklai chod', 'ghar ma eklai xod', 'car bhitra eklai', 'gaadi bhitra eklai', 'gadi bhitra eklai', 'eklai basirah', 'eklai ubhi'] }, { reach: 40, acrossSentences: true, a: ['din dekhi', 'din bhayo', 'din samma', 'raati bhari'], b: ['ghar aaunu bhako chhaina', 'ghar aaunu bhako chaina', 'ghar aaunu bhako xaina', 'ghar aaunu bhaeko chhaina', 'ghar aaunu bhaeko chaina', 'ghar aaunu bhaeko xaina', 'ghar aaunu bhayeko chhaina', 'ghar aaunu bhayeko chaina', 'ghar aaunu bhayeko xaina', 'ghar aayenan', 'ghar aaeko chhaina', 'ghar aaeko chaina', 'ghar aaeko xaina', 'farkidainan', 'farkinu bhayena', 'farkanu bhayena'] }, { reach: 40, a: ['बच्चा', 'नानी', 'सानो बच्चा'], b: ['दिनदेखि घरमा एक्लै', 'दिनदेखि एक्लै', 'घरमा एक्लै छ', 'एक्लै छोडेर गए'] }] },
      tl: { pairs: [{ reach: 40, a: ['bata', 'batang', 'sanggol'], b: ['iniiwan mag isa', 'iniwan mag isa', 'laging gutom', 'laging nagugutom', 'walang kasama ng ilang araw'] }], say: ['iniwang mag isa ang bata', 'hindi umuuwi ang magulang', 'iniwan ang bata sa kotse', 'iniwan ang baby sa kotse', 'mag isa sa bahay ng ilang araw'] },
      pt: { say: ['sozinho há dois dias', 'sozinha há dois dias', 'sozinhos há dias', 'deixa as crianças sozinhas', 'deixou as crianças sozinhas', 'deixa o bebê sozinho', 'deixou o bebê sozinho', 'sozinhos em casa por dias', 'sozinhas em casa por dias', 'dias sem os pais', 'os pais não voltam', 'esqueceu o bebê no carro', 'deixou o bebê no carro', 'deixou a criança no carro'] },
      id: { say: ['sendirian dua hari', 'sendirian berhari hari', 'ditinggal sendirian berhari', 'orang tuanya tidak pulang', 'anak ditinggal di mobil', 'bayi ditinggal sendirian'] },
    },
  },
  {
    name: 'a child shut out on a balcony or outside in the cold',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['ベランダに閉め出', 'べらんだにしめだ', 'べらんだにだされ', '外に閉め出', 'そとにしめだ', '家から閉め出', 'いえからしめだ', '寒い中外に', 'さむいなかそとに', '裸足で外', 'はだしでそと', '外に立たされ', 'そとにたたされ', 'ベランダで寝かされ', 'いえにいれてもらえ', 'うちにいれてもらえ', '家に入れてもらえな'],
      },
      en: {
        say: ['locked out on the balcony', 'put out on the balcony', 'left outside in the cold', 'shut outside', 'made to stand outside', 'barefoot outside in', 'barefoot in the cold', 'barefoot in the snow', 'not let back in the house', 'wont let him back in', 'wont let her back in'],
        pairs: [
          { reach: 48, a: ['boy', 'girl', 'kid', 'kids', 'child', 'son$', 'sons$', 'daughter', 'toddler'], b: ['outside in the cold', 'not allowed back in', 'not let back in', 'locked out', 'shut out', 'made to stand outside', 'out on the balcony all'] },
          { ordered: true, reach: 24, a: ['locked', 'locks', 'shut', 'put', 'left', 'leaves', 'made', 'makes'], b: ['out on the balcony', 'outside in the cold', 'out in the cold', 'outside in the snow', 'outside all night'] },
          // the child between verb and "out": "she locked the kids out", "he locks my son out of the house"
          { ordered: true, reach: 12, a: ['locked the', 'locked my', 'locked our', 'locked his', 'locked her', 'locks the', 'locks my', 'locks our', 'locks his', 'locks her', 'locking the', 'locking my', 'shut the', 'shut my', 'shuts the', 'shuts my'],
            b: ['kids out', 'kid out', 'children out', 'child out', 'son out', 'daughter out', 'boy out', 'boys out', 'girl out', 'girls out', 'baby out', 'toddler out', 'little one out', 'little ones out', 'stepson out', 'stepdaughter out'] },
        ],
        // (out of a room of the house while a parent works or cooks, not out of the home)
        idioms: ['out of my office', 'out of the office', 'out of my study', 'out of the study', 'out of the kitchen', 'out of my room', 'out of the bedroom', 'out of our bedroom', 'out of my bedroom'],
      },
      zh: { say: ['关在阳台', '锁在阳台', '罚站在门外', '让孩子站在外面', '大冷天站在外面', '光着脚在外面', '不让孩子进门', '被赶出家门'] },
      ko: { say: ['베란다에 내쫓', '베란다에 가둬', '문밖에 세워', '밖에 내쫓', '추운데 밖에', '맨발로 밖에', '집에 못 들어오게', '현관 밖에 세워'] },
      vi: { say: ['nhốt ngoài ban công', 'bắt đứng ngoài', 'đuổi ra ngoài trời lạnh', 'đứng ngoài cửa cả đêm', 'chân trần ngoài trời'] },
      ne: { pairs: [{ reach: 40, a: ['bachha', 'baccha', 'bachcha', 'bacha$', 'nani$', 'chhora', 'chora', 'xora', 'chhori', 'chori', 'xori', 'chhoro', 'choro', 'xoro', 'keta$', 'keti$', 'ketalai', 'ketilai', 'bhai$', 'bhai lai', 'bhailai', 'bahini', 'baby', 'bhanja', 'bhanji', 'nati$', 'natini'], b: ['balcony ma eklai', 'balcony ma ubhi', 'balcony ma raakh', 'balcony ma rakh', 'dhoka bahira nikaal', 'dhoka bahira sut', 'dhoka bahira ubhy', 'dhoka bahira nikal', 'raat bhari dhoka bahira', 'raati dhoka bahira', 'bahira nikaal', 'bahira nikal', 'baahira nikaal', 'baahira nikal', 'chiso ma bahira', 'jaado ma bahira', 'jado ma bahira', 'bahira ubhyaa', 'bahira ubhya', 'bahira sut', 'bhitra pasna dind', 'chappal pani nalaag', 'chappal pani nalag'] }],  say: ['घरभित्र पस्न दिँदैन', 'घरभित्र आउन दिँदैन', 'बार्दलीमा थुन', 'ढोका बाहिर उभ्या', 'चिसोमा बाहिर राख'] },
      tl: { say: ['pinalabas sa lamig', 'ikinulong sa labas', 'hindi pinapapasok sa bahay', 'pinatayo sa labas', 'sa balkonahe buong gabi', 'nakayapak sa labas'],
        // the door shut or locked on the children outside: «pinagsarhan ng pinto ang mga bata», «ni-lock sa labas si bunso»
        pairs: [{ reach: 40, a: ['bata', 'mga bata', 'anak', 'bunso', 'baby'], b: ['pinagsarhan ng pinto', 'pinagsaraduhan ng pinto', 'sinarhan ng pinto', 'sinaraduhan ng pinto', 'ni lock sa labas', 'nilock sa labas', 'ni lock sa labas', 'naka lock sa labas', 'ikinandado sa labas', 'kinandado sa labas'] }] },
      pt: { say: ['trancado do lado de fora', 'trancada do lado de fora', 'deixou do lado de fora', 'de castigo na varanda', 'fora de casa no frio', 'não deixa entrar em casa', 'descalço na rua', 'descalça na rua',
          // the child between the verb and "outside": «trancou as crianças do lado de fora», «tranca o menino pra fora de casa»
          ...['trancou', 'tranca', 'trancaram', 'trancam', 'trancar', 'botou', 'bota', 'colocou'].flatMap((v) =>
            ['as crianças', 'a criança', 'o menino', 'a menina', 'os meninos', 'as meninas', 'o bebê', 'o neném', 'meu filho', 'minha filha', 'meus filhos', 'minhas filhas', 'os filhos', 'o filho', 'a filha', 'nosso filho', 'nossa filha', 'nossos filhos'].flatMap((c) =>
              ['do lado de fora', 'pra fora de casa', 'para fora de casa', 'fora de casa'].map((o) => `${v} ${c}...${o}`)))] },
      id: { say: ['dikunci di luar', 'dikurung di balkon', 'disuruh berdiri di luar', 'di luar kedinginan', 'tanpa alas kaki di luar'] },
    },
  },
  {
    name: 'a child locked in or tied up',
    signal: 'child_abuse',
    words: {
      ja: { say: ['押し入れに閉じ込', 'おしいれにとじこ', 'トイレに閉じ込', 'といれにとじこ', '物置に閉じ込', 'ものおきにとじこ', '部屋に閉じ込めら', 'へやにとじこめら', '縛り付け', 'しばりつけ', 'ひもで縛', '紐で縛', 'ロープで縛', 'ケージに入れられ', '手足を縛', 'てあしをしばられ', 'ひもでしばられ'] },
      en: { say: ['locked in the closet', 'locked in a closet', 'locked in the cupboard', 'locked in the bathroom', 'locked in the basement', 'tied to the chair', 'tied to the bed', 'tied to the radiator', 'tied to the table', 'ties him up', 'ties her up', 'kept in a cage', 'shut in the closet', 'shut in the cupboard'], idioms: ['stays locked in', 'stay locked in', 'staying locked in'] },
      zh: { say: ['关在厕所', '关在柜子', '关在小黑屋', '关进储藏室', '把孩子绑起来', '被绑起来', '用绳子绑', '关在笼子'] },
      ko: { say: ['아이를 가두', '방에 가두', '화장실에 가두', '베란다에 가두', '묶어 놓', '묶어놓', '줄로 묶'] },
      vi: { say: ['nhốt con', 'nhốt bé', 'nhốt trong nhà vệ sinh', 'nhốt trong tủ', 'nhốt trong phòng', 'trói con', 'trói bé', 'xích con', 'bị trói'] },
      ne: { pairs: [{ reach: 40, a: ['bachha', 'baccha', 'bachcha', 'bacha$', 'nani$', 'chhora', 'chora', 'xora', 'chhori', 'chori', 'xori', 'chhoro', 'choro', 'xoro', 'keta$', 'keti$', 'ketalai', 'ketilai', 'bhai$', 'bhai lai', 'bhailai', 'bahini', 'baby', 'bhanja', 'bhanji', 'nati$', 'natini'], b: ['thuni', 'thune', 'thunchh', 'thunch', 'thunx', 'thunaa', 'thuna', 'baandhera', 'bandhera'] }],  say: ['bathroom ma thun', 'bathroom ma band gar', 'bathroom ma lock gar', 'toilet ma thun', 'oshiire bhitra band', 'oshiire ma thun', 'almari ma thun', 'dori le baandh', 'dori le bandh', 'बाथरुममा थुन', 'बाँधेर राख', 'डोरीले बाँधेर'] },
      tl: { say: ['ikinulong sa banyo', 'ikinulong sa kwarto', 'itinali ang bata', 'tinatali ang anak', 'nakakadena'] },
      pt: { say: ['tranca ele no quarto', 'tranca ela no quarto', 'trancou ele no', 'trancou ela no', 'trancam no banheiro', 'trancado no banheiro pelo', 'trancada no banheiro pela', 'preso no armário', 'amarrado na cama', 'amarrada na cama', 'acorrentado', 'acorrentada'] },
      id: { say: ['dikurung di kamar mandi', 'dikurung di gudang', 'diikat di', 'dirantai', 'dipasung'] },
    },
  },
  {
    name: 'a child touched sexually by a parent’s partner, a relative or an adult',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['変なところを触', 'へんなところをさわ', '嫌なところを触', 'いやなところをさわ', '胸を触られ', 'むねをさわられ', '下着の中', 'したぎのなか', '裸の写真を撮', 'はだかのしゃしんをと', '裸にされ', 'はだかにされ', 'お風呂をのぞかれ', 'おふろをのぞかれ', '無理やりキス', 'むりやりきす', '性的なことをされ', 'せいてきなことをされ'],
        pairs: [{ reach: 16,
          a: ['おじさん', '叔父', '伯父', 'おじいちゃん', '祖父', 'いとこ', '従兄', 'お兄ちゃん', 'おにいちゃん', '継父', '義父', '母の彼氏', 'ママの彼氏', 'ははのかれし', 'お母さんの彼氏', 'おかあさんのかれし', 'お父さん', 'おとうさん', 'パパ', '先生', 'せんせい', 'コーチ', '塾の'],
          b: ['触られ', 'さわられ', '体を触', 'からだをさわ', '胸を触', 'むねをさわ', '下着', 'したぎ', '布団に入ってく', 'ふとんにはいってく', 'お風呂をのぞ', 'おふろをのぞ'] }],
      },
      en: {
        say: ['touches my private', 'touched my private', 'touching her private', 'touching his private', 'in my underwear', 'under my clothes', 'takes photos of me naked', 'naked photos of', 'made me touch', 'makes me touch', 'showed me porn', 'shows me porn', 'sexually abusing', 'sexually abuses', 'touching her inappropriately', 'touched her inappropriately', 'touches her inappropriately', 'touching him inappropriately', 'gets into bed with me', 'climbs into bed with me', 'watches me shower', 'walks in when im showering'],
        pairs: [{ reach: 40,
          a: ['uncle', 'grandpa', 'grandfather', 'cousin', 'brother', 'stepdad', 'stepfather', 'stepbrother', 'moms boyfriend', 'mums boyfriend', 'mothers boyfriend', 'her boyfriend', 'dad$', 'father', 'coach', 'teacher', 'tutor', 'babysitter', 'neighbour', 'neighbor'],
          b: ['touches me', 'touched me', 'touches her', 'touched her', 'touches him', 'touched him', 'private parts', 'privates', 'underwear', 'into my bed', 'into her bed', 'into his bed', 'on the lips', 'sexually', 'inappropriately', 'pictures of me naked', 'pictures of her naked'] }],
      },
      zh: {
        say: ['摸我的胸', '摸我下面', '摸她下面', '摸他下面', '摸我私处', '脱我衣服', '脱她衣服', '让我摸他', '拍我裸照', '拍裸照', '钻进我被窝', '晚上进我房间', '猥亵', '强吻'],
        pairs: [{ reach: 12, a: ['叔叔', '舅舅', '姨父', '姑父', '爷爷', '外公', '表哥', '堂哥', '哥哥', '继父', '后爸', '妈妈的男朋友', '我妈男朋友', '爸爸', '老师', '教练'], b: ['摸我', '摸她', '摸他', '脱我', '脱她', '钻进', '被窝', '私处', '裸照'] }],
      },
      ko: {
        say: ['성추행', '성적으로 만', '가슴을 만', '속옷 안', '몸을 만져', '몸을 더듬', '이불 속으로 들어', '알몸 사진', '나체 사진', '옷을 벗기', '뽀뽀를 강요', '입에 키스'],
        pairs: [{ reach: 24, a: ['삼촌', '할아버지', '사촌', '오빠', '형이', '새아빠', '의붓', '엄마 남자친구', '코치', '학원'], b: ['만져', '만지', '만진', '만졌', '더듬었', '더듬어', '속옷', '이불 속', '옷을 벗', '알몸'] }],
      },
      vi: {
        say: ['sờ vào chỗ kín', 'sờ vùng kín', 'chụp ảnh khỏa thân', 'xâm hại tình dục', 'lạm dụng tình dục', 'sờ soạng con'],
        pairs: [{ reach: 32, a: ['ông nội', 'ông ngoại', 'anh họ', 'dượng tôi', 'dượng em', 'bố dượng', 'bạn trai mẹ', 'bạn trai của mẹ'], b: ['sờ soạng', 'sờ mó', ...cross(['sờ vào người'], ['con$', 'em$', 'cháu$', 'bé$', 'nó$', 'e$', 'tôi$']), 'chỗ kín', 'vùng kín', 'lên giường'] }],
      },
      ne: {
        say: ['galat thau ma chhun', 'galat thau ma chun', 'galat thau ma xun', 'galat thaun ma chhun', 'galat thaun ma chun', 'galat thaun ma xun', 'nanga parera photo', 'naango photo', 'nango photo', 'nangai photo', 'यौन दुर्व्यवहार', 'यौन शोषण', 'गलत ठाउँमा छुन्छ', 'नराम्रोसँग छुन्छ', 'लुगा खोलाउँछ', 'नाङ्गो फोटो', 'छातीमा छुन्छ', 'ओछ्यानमा आउँछ'],
        pairs: [{ reach: 40, a: ['step father', 'stepfather', 'step dad', 'stepdad', 'sauteni', 'sautini', 'uncle', 'mama le', 'kaka le', 'bhinaju', 'sasura', 'buwa ko sathi', 'buwa ko saathi', 'aama ko boyfriend', 'teacher le', 'sir le'], b: ['chhun', 'chun', 'xun', 'galat thau', 'nanga', 'naango', 'nango', 'nuhaaune bela', 'nuhaune bela', 'bathroom ma pas', 'jabarjasti', 'kotha ma aau'] }, { reach: 32, a: ['काका', 'मामा', 'हजुरबुबा', 'दाइ', 'सौतेनी बुबा', 'आमाको केटा साथी', 'शिक्षक', 'छिमेकी'], b: ['छुन्छ', 'छोयो', 'लुगा खोल', 'नाङ्गो', 'ओछ्यानमा आउँछ', 'ओछ्यानमा पस्छ', 'ओछ्यानमा सुत्छ'] }],
      },
      tl: {
        say: ['hinipuan', 'hinahawakan ang maselang', 'maselang bahagi', 'hinubaran', 'pinaghuhubad', 'kinukuhanan ng hubad na litrato', 'hubad na litrato', 'minolestiya', 'minomolestiya', 'pinagsamantalahan', 'ginagalaw ako', 'ginalaw ako', 'pumapasok sa kwarto ko sa gabi', 'tumatabi sa kama ko'],
        pairs: [{ reach: 32, a: ['tito', 'tiyo', 'lolo', 'pinsan', 'kuya', 'amain', 'stepdad', 'boyfriend ni mama', 'kinakasama ni mama', 'teacher', 'kapitbahay'], b: ['hinihipuan', 'hinipuan', 'hinubaran', 'maselang', 'tumatabi sa kama', 'pumapasok sa kwarto'] }],
      },
      pt: {
        say: ['abuso sexual', 'abusa dela', 'abusa dele', 'abusou dela', 'abusou dele', 'abusou de mim', 'abusa de mim', 'toca nas partes íntimas', 'passa a mão nela', 'passou a mão nela', 'tira a roupa dela', 'tira minha roupa', 'fotos dela pelada', 'fotos minhas pelada', 'me beija na boca', 'entra na minha cama'],
        pairs: [{ reach: 32, a: ['tio', 'avô', 'primo', 'irmão mais velho', 'padrasto', 'namorado da mãe', 'namorado da minha mãe', 'professor', 'vizinho'], b: ['passa a mão', 'passou a mão', 'partes íntimas', 'tira a roupa', 'pelad', 'na cama dela', 'na minha cama', 'beija na boca'] }],
      },
      id: {
        say: ['pelecehan seksual', 'meraba raba', 'diraba raba', 'memegang bagian pribadi', 'disuruh buka baju', 'membuka baju saya', 'mencium paksa', 'masuk ke kamar saya malam', 'tidur di ranjang saya'],
        pairs: [{ reach: 32, a: ['paman', 'om$', 'kakek', 'sepupu', 'kakak laki', 'ayah tiri', 'pacar ibu', 'pacar mama', 'guru', 'tetangga'], b: ['meraba', 'diraba', 'memegang dada', 'bagian pribadi', 'buka baju', 'membuka baju', 'mencium paksa', 'masuk kamar'] }],
      },
    },
  },
  {
    name: 'a child threatened into silence or told they are unwanted',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['生まれてこなければよかったと言われ', 'うまれてこなければよかったといわれ', '産まなきゃよかったと言われ', 'うまなきゃよかったといわれ', '産まなければよかったと言われ', 'いらない子と言われ', 'いらないこといわれ', 'お前なんかいらない', 'おまえなんかいらない', '言ったら殺す', 'いったらころす', '言ったら叩'],
      },
      en: { say: ['hurt me if i tell', 'kill me if i tell', 'says its our secret', 'said its our secret', 'threatens to send me away', 'threatens to hurt my brother', 'threatens to hurt my sister', 'says hell hurt me if', 'says shell hurt me if', 'wish youd never been born', 'wishes i was never born'] },
      // (a parent's threat to the child, 「阿爸話我返去就打死我」; a husband's 「老公说要打死我」 is violence, the threat concept's)
      zh: { say: ['再哭就打死', '说不要我了', '把你扔掉', '说出去就打死', '敢告诉别人'],
        pairs: [{ ordered: true, reach: 6, a: ['爸', '妈', '爹', '继父', '继母', '老豆', '老母', '阿爸', '阿妈', '阿爹'], b: ['说要打死我', '话要打死我', '就打死我', '要打死我', '会打死我'] }] },
      ko: { say: ['갖다 버린다고', '내다 버린다고', '고아원에 보낸다고', '말하면 죽', '말하면 때린', '말하면 가만 안'] },
      vi: { say: ['dọa đánh chết', 'dọa bỏ con', 'dọa đuổi con', 'nói ra thì chết'] },
      ne: { say: ['timi janmanu nai', 'janmanu nai hudaina thiyo', 'janmanu hudaina thiyo', 'janmanu nai nahune thiyo', 'घरबाट निकालिदिन्छु', 'कसैलाई भनिस् भने'] },
      tl: { say: ['ipapaampon kita', 'itatapon kita', 'pag nagsumbong ka', 'pag sinabi mo kahit kanino', 'kapag nagsumbong ka'] },
      pt: { say: ['se contar pra alguém', 'se você contar pra alguém', 'se contar pra sua mãe', 'te mando embora', 'te jogo na rua'] },
      id: { say: ['awas kalau bilang', 'kalau kamu bilang siapa', 'kamu mau dibuang', 'mau dibuang ke', 'dibuang ke panti'] },
    },
  },
  {
    name: 'screaming, hitting or begging heard from a neighbouring home',
    signal: 'child_abuse',
    words: {
      ja: {
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['隣', 'となり', '上の階', 'うえのかい', '下の階', 'したのかい', '隣の家', '近所', 'きんじょ', 'お向かい', '壁越し', 'かべごし'],
          b: ['泣き叫', 'なきさけ', '叫び声', 'さけびごえ', '叩く音', 'たたくおと', '殴る音', 'なぐるおと', '悲鳴', 'ひめい', 'ごめんなさいと叫', 'ごめんなさいとさけ', 'ごめんなさいと泣', 'ごめんなさいとな', '怒鳴り声と泣', 'どなりごえとな', 'ごめんなさい許して', 'ごめんなさいゆるして', '許してという', 'ゆるしてという', '許してと泣', 'ゆるしてとな'] }],
      },
      en: {
        pairs: [{ reach: 60, acrossSentences: true,
          a: ['next door', 'neighbour', 'neighbor', 'upstairs', 'downstairs', 'through the wall', 'across the hall'],
          b: ['screaming in pain', 'screaming for help', 'screaming and crying', 'crying and begging', 'begging him to stop', 'begging her to stop', 'being hit', 'getting hit', 'being beaten', 'sounds of hitting', 'slapping sounds', 'sorry sorry', 'sorry mommy', 'sorry daddy', 'sorry mummy', 'screaming at her baby', 'screaming at the baby', 'screaming at his baby', 'baby goes quiet', 'baby went quiet', 'then silence'] }],
      },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['隔壁', '邻居', '楼上', '楼下', '对门'], b: ['孩子哭喊', '孩子惨叫', '惨叫', '哭喊', '求饶', '别打了', '不要打', '打孩子的声音', '打骂声', '挨打', '哭着说对不起'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['옆집', '윗집', '아랫집', '이웃집', '앞집'], b: ['비명', '살려', '때리는 소리', '맞는 소리', '잘못했어요', '잘못했다고', '울부짖', '매 맞', '제발 그만'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['nhà bên cạnh', 'nhà bên$', 'hàng xóm', 'phòng bên', 'tầng trên', 'tầng dưới'], b: ['la hét thảm thiết', 'kêu cứu', 'khóc thét', 'tiếng đánh', 'tiếng roi', 'xin tha', 'con xin lỗi', 'đừng đánh'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['chhimeki', 'chimeki', 'ximeki', 'pardhi', 'pardi', 'bagal ko', 'tala ko kotha', 'mathi ko kotha', 'mathi ko talla', 'tala ko talla', 'arko kotha', 'tonari'], b: ['chichyaa', 'chichya', 'chichyau', 'kutne aawaj', 'kutne awaj', 'kuteko aawaj', 'kuteko awaj', 'pitne aawaj', 'pitne awaj', 'piteko aawaj', 'piteko awaj', 'thappad ko', 'haaneko aawaj', 'haaneko awaj', 'haneko aawaj', 'haneko awaj', 'bachau', 'itai itai', 'gomen', 'yamete', 'tasukete', 'nagara nagara', 'kutirah', 'pitirah'] }, { reach: 40, acrossSentences: true, a: ['छिमेकी', 'छिमेकमा', 'छेउको घर', 'माथिल्लो तला', 'तल्लो तला'], b: ['चिच्याएको', 'चिच्याउँछ', 'कुटेको आवाज', 'पिटेको आवाज', 'माफ गर भनेर', 'बचाऊ'] }] },
      tl: { pairs: [{ reach: 64, acrossSentences: true, a: ['kapitbahay', 'katabing bahay', 'katabing unit'], b: ['tama na po', 'huwag po', 'pinapalo', 'sigaw ng bata', 'sumisigaw ang bata', 'humihingi ng tawad', 'saklolo'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['vizinho', 'vizinha', 'vizinhos', 'apartamento ao lado', 'casa ao lado'], b: ['gritos de criança', 'gritando de dor', 'pedindo socorro', 'desculpa mãe', 'desculpa pai', 'apanhando', 'barulho de tapa', 'barulho de pancada', 'choro desesperado'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['tetangga', 'sebelah rumah', 'rumah sebelah', 'kamar sebelah', 'unit sebelah'], b: ['jeritan anak', 'anak menjerit', 'menjerit kesakitan', 'ampun', 'suara pukulan', 'suara memukul', 'dipukuli', 'menangis minta ampun'] }] },
    },
  },
  {
    name: 'a child afraid to go home or of a parent',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['家に帰るのが怖', 'いえにかえるのがこわ', 'うちにかえるのがこわ', '帰ったら叩かれ', 'かえったらたたかれ', '帰ったら殴られ', 'かえったらなぐられ', '家にいるのが怖', 'いえにいるのがこわ'],
        pairs: [{ ordered: true, reach: 6,
          a: ['お父さん', 'お母さん', 'おとうさん', 'おかあさん', 'パパ', 'ママ', '父', '母', '継父', '義父', '親', 'おや'],
          b: ['怖くて帰れ', 'こわくてかえれ', '怖くて家に', 'こわくていえに', 'が怖くて眠れな', 'がこわくてねむれな', '帰ってくるのが怖', 'かえってくるのがこわ', 'の足音が怖', 'のあしおとがこわ'] }],
      },
      en: { say: ['too scared to go home', 'terrified of his dad', 'terrified of her dad', 'terrified of his mom', 'terrified of her mom', 'terrified of my dad', 'terrified of my mom', 'terrified of my mum', 'terrified of my stepdad', 'hides when dad', 'hides when his dad', 'hides when her dad', 'scared to go home because'] },
      zh: { say: ['害怕回家', '不敢回家', '怕爸爸打', '怕妈妈打', '怕被打', '回家会被打', '回家就挨打', '回家又要挨打', '听到爸爸的脚步声'] },
      ko: { say: ['집에 들어가기 무섭', '집에 가면 맞', '아빠가 무서워서', '엄마가 무서워서', '새아빠가 무서', '아빠 발소리', '아빠만 보면 떨'] },
      vi: { say: ['về nhà là bị đánh', 'về nhà sẽ bị đánh', 'sợ bị bố đánh', 'sợ bị mẹ đánh', 'sợ bị dượng đánh', 'run lên khi thấy bố'] },
      ne: { say: ['ghar jana dar', 'ghar jaana dar', 'ghar janu dar', 'ghar jaanu dar', 'ghar jana mandina', 'ghar jaana mandina', 'ghar gaye kut', 'ghar gaye bhane kut', 'ghar gae kut', 'घर फर्कन डर', 'बुबासँग डर लाग्छ', 'बुबादेखि डर', 'घर गए कुट्छन्', 'घर गएपछि कुटाइ'] },
      tl: { say: ['takot kay papa', 'takot sa tatay', 'takot sa stepdad', 'pag uwi ko bubugbugin', 'pag uwi ko papaluin', 'pag umuwi ako sasaktan'] },
      pt: { say: ['não quer ir pra casa', 'medo do padrasto', 'tem pavor do pai', 'se eu voltar pra casa apanho', 'quando chego em casa apanho'] },
      id: { say: ['tidak mau pulang ke rumah', 'takut sama ayah', 'takut sama bapak', 'takut sama ayah tiri', 'kalau pulang dipukul', 'pulang nanti dipukul', 'gemetar kalau ayah pulang'] },
    },
  },

  {
    name: 'a child outside alone at night, crying on the stairs, barefoot',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 24, a: ['子ども', '子供', 'こども', '女の子', '男の子', '幼い子', '小さい子', '隣の子', '近所の子'], b: ['夜中に外に', 'よなかにそとに', '夜遅くまで外', 'よるおそくまでそと', 'パジャマで外', 'ぱじゃまでそと', '夜に一人で外', '階段で泣いて', 'かいだんでないて', '廊下で泣いて', 'ろうかでないて', '裸足で外', 'はだしでそと'] }] },
      en: { pairs: [{ reach: 48, a: ['boy', 'girl', 'kid', 'kids', 'child', 'toddler', 'little one'], b: ['for hours in the cold', 'in the corridor for hours', 'in the hallway for hours', 'in short sleeves', 'out on the stairs', 'on the stairs at night', 'outside at night', 'in her pyjamas', 'in his pyjamas', 'in pajamas', 'in pyjamas', 'in the corridor at night', 'in the hallway at night', 'outside till midnight', 'outside until midnight', 'wandering at night'] }] },
      zh: { pairs: [{ reach: 16, a: ['孩子', '小孩', '小朋友', '女孩', '男孩'], b: ['半夜在外面', '深夜在外面', '穿着睡衣在外', '在楼道里哭', '在楼梯上哭', '光着脚在外', '半夜一个人', '穿着短袖在外', '在楼道站了', '在门外站了几个小时'] }] },
      ko: { pairs: [{ reach: 24, a: ['아이', '애가', '꼬마', '여자애', '남자애'], b: ['밤늦게 밖에', '한밤중에 밖에', '잠옷 차림으로', '계단에서 울', '복도에서 울', '맨발로 밖', '반팔만 입고', '몇 시간째 밖', '복도에 몇 시간', '복도에 서', '밖에 서 있', '문 앞에 서'] }] },
      vi: { pairs: [{ reach: 40, a: ['đứa bé', 'đứa trẻ', 'con bé', 'thằng bé', 'em bé'], b: ['nửa đêm ở ngoài', 'đêm khuya ngoài đường', 'mặc đồ ngủ ngồi ngoài', 'ngồi khóc ở cầu thang', 'ngồi khóc ngoài hành lang', 'đi chân đất ngoài'] }] },
      ne: { pairs: [{ reach: 40, a: ['बच्चा', 'केटा', 'केटी', 'नानी'], b: ['राति बाहिर', 'मध्यरातमा बाहिर', 'भर्याङमा रोइरहेको', 'खाली खुट्टा बाहिर'] }] },
      tl: { pairs: [{ reach: 40, a: ['bata', 'batang'], b: ['sa labas ng hatinggabi', 'gabing gabi sa labas', 'naka pajama sa labas', 'umiiyak sa hagdan', 'nakayapak sa labas'] }] },
      pt: { pairs: [{ reach: 40, a: ['criança', 'menino', 'menina', 'garoto', 'garota'], b: ['de pijama na rua', 'sozinha na rua à noite', 'sozinho na rua à noite', 'chorando na escada', 'no corredor à noite', 'descalço na rua', 'descalça na rua'] }] },
      id: { pairs: [{ reach: 40, a: ['anak', 'bocah', 'balita'], b: ['malam malam di luar', 'tengah malam di luar', 'pakai piyama di luar', 'menangis di tangga', 'di lorong malam', 'tanpa alas kaki di luar'] }] },
    },
  },
  {
    name: 'a “secret game” an adult keeps with a child',
    signal: 'child_abuse',
    words: {
      ja: { say: ['秘密の遊び', 'ひみつのあそび', '二人だけの秘密', 'ふたりだけのひみつ', 'ママには内緒', 'ままにはないしょ', 'お母さんには内緒', 'おかあさんにはないしょ'] },
      en: { say: ['secret game', 'our little secret', 'special secret', 'keep it a secret from mum', 'keep it a secret from mom', 'dont tell mummy', 'dont tell mommy', 'dont tell your mum', 'dont tell your mom'] },
      zh: { say: ['秘密游戏', '我们之间的秘密', '不要告诉妈妈', '别告诉你妈', '不要跟妈妈说', '别跟妈妈说', '不许跟妈妈说', '不要跟你妈说', '别跟你妈说', '不准跟妈妈说'] },
      ko: { say: ['비밀 놀이', '우리만의 비밀', '엄마한테 말하지 마'] },
      vi: { say: ['trò chơi bí mật', 'bí mật của hai chú cháu', 'đừng nói với mẹ con'] },
      ne: { say: ['गोप्य खेल', 'आमालाई नभन्नू'] },
      tl: { say: ['sikretong laro', 'sikreto natin', 'huwag mong sabihin kay mama', 'wag mong sabihin kay mama'] },
      pt: { say: ['brincadeira secreta', 'nosso segredo', 'não conta pra sua mãe', 'não conta pra mamãe'] },
      id: { say: ['permainan rahasia', 'rahasia kita berdua', 'jangan bilang sama mama', 'jangan bilang ke ibu'] },
    },
  },
  {
    name: 'a child scavenging from the rubbish',
    signal: 'child_abuse',
    words: {
      ja: { say: ['ゴミ箱をあさ', 'ごみばこをあさ', 'ゴミを漁', 'ごみをあさって'] },
      en: { say: ['eating from the rubbish', 'eating out of the rubbish', 'eating from the bin', 'eating out of bins', 'eating out of the garbage', 'food from the rubbish', 'food from the bin', 'food out of the bin', 'scavenging for food', 'looking for food in the'] },
      zh: { say: ['在垃圾里找吃的', '捡垃圾吃'] },
      ko: { say: ['쓰레기를 뒤져 먹', '쓰레기통에서 음식을'] },
      vi: { say: ['ăn đồ trong thùng rác', 'nhặt đồ ăn trong rác'] },
      ne: { say: ['फोहोरबाट खाना', 'फोहोर खोतलेर खा'] },
      tl: { say: ['kumakain ng tira sa basurahan', 'naghahanap ng pagkain sa basura'] },
      pt: { say: ['comendo do lixo', 'procurando comida no lixo'] },
      id: { say: ['makan dari tempat sampah', 'mencari makanan di sampah'] },
    },
  },

  {
    name: 'a child who will not go home for fear of punishment; the fridge locked',
    signal: 'child_abuse',
    words: {
      ja: { say: ['ごはんをくれません', 'ごはんをくれない', 'ご飯をくれない', 'ご飯をくれません', 'たべものをくれない', '帰ろうとしない', 'かえろうとしない', '家に帰りたがらな', 'いえにかえりたがらな', 'うちにかえりたがらな', 'お仕置きされる', 'おしおきされる', 'お仕置きが怖', 'おしおきがこわ', '冷蔵庫に鍵', 'れいぞうこにかぎ', 'なかにいれてもらえな', 'なかにいれてもらえません', '中に入れてもらえな', '家に入れてもらえません'] },
      en: { say: ['doesnt give me food', 'doesnt give us food', 'wont feed me', 'wont feed us', 'never gives us food', 'refuses to go home', 'wont go home because', 'get punished again', 'punished when he gets home', 'punished when she gets home', 'in trouble when he gets home', 'in trouble when she gets home', 'not let inside', 'not allowed inside'] },
      zh: { say: ['妈妈不给我饭吃', '爸爸不给我饭吃', '不给我们饭吃', '不肯回家', '不愿意回家', '回家又要被罚', '回去又要挨', '冰箱上锁', '冰箱锁起来', '不让进屋'] },
      ko: { say: ['집에 안 가려고', '집에 가기 싫다고', '벌 받는다고', '혼날까 봐 집에', '냉장고를 잠가', '냉장고에 자물쇠'] },
      vi: { say: ['mẹ không cho con ăn', 'không cho em ăn', 'không cho chúng em ăn', 'không chịu về nhà', 'không muốn về nhà vì', 'về nhà sẽ bị phạt', 'khóa tủ lạnh'] },
      ne: { say: ['खाना दिनुहुन्न', 'खान दिनुहुन्न', 'घर जान मान्दैन', 'घर गए सजाय', 'फ्रिजमा ताल्चा'] },
      tl: { say: ['hindi ako pinapakain', 'hindi kami pinapakain', 'ayaw umuwi kasi', 'papaluin pag umuwi', 'nakakandado ang ref', 'ikinakandado ang ref'] },
      pt: { say: ['não me dá comida', 'não dá comida pra gente', 'não dá comida para nós', 'se recusa a voltar pra casa', 'vai apanhar quando chegar', 'tranca a geladeira', 'geladeira trancada', 'cadeado na geladeira'] },
      id: { say: ['takut dihukum kalau pulang', 'nanti dihukum lagi', 'kulkas dikunci', 'mengunci kulkas'] },
    },
  },
  {
    name: 'a child locked in a bathroom or room, or tied to something, while the adult goes out',
    signal: 'child_abuse',
    words: {
      ja: { say: ['柱に縛', 'はしらにしば'], pairs: [{ reach: 16, a: ['子', '息子', '娘', '甥', '姪', 'こども'], b: ['トイレに閉じ込', 'といれにとじこ', '浴室に閉じ込', '風呂場に閉じ込', '押し入れに入れ', 'おしいれにいれ', '物置に入れ', '外から鍵', 'そとからかぎ'] }] },
      en: { say: ['ties him to', 'ties her to', 'tied him to', 'tied her to', 'tied up the kid'], pairs: [{ ordered: true, reach: 8, a: ['locks him', 'locks her', 'locked him', 'locked her', 'locks them', 'locked them', 'shuts him', 'shuts her', 'shut him', 'shut her'], b: ['in the bathroom', 'in the toilet', 'in the closet', 'in the cupboard', 'in the basement', 'in the car', 'in the dark', 'out every night', 'out until midnight', 'out till midnight', 'out of the house at night', 'out all night'] }] },
      zh: { say: ['把他锁在', '把她锁在', '把孩子锁在', '锁在卫生间', '关进厕所', '拴在', '绑在柱子上'] },
      ko: { say: ['화장실에 가둬', '아이를 묶어', '기둥에 묶'] },
      vi: { say: ['nhốt nó trong', 'nhốt thằng bé', 'nhốt con bé', 'buộc con vào', 'cột con vào'] },
      ne: { say: ['बच्चालाई थुनेर', 'खम्बामा बाँध'] },
      tl: { say: ['ikinukulong sa banyo', 'kinukulong niya sa banyo', 'itinatali ang anak', 'tinatali sa poste'] },
      pt: { say: ['tranca ele no banheiro', 'tranca ela no banheiro', 'tranca no banheiro', 'amarra o filho', 'amarra a filha', 'amarrou o filho', 'amarrado no pé da', 'amarrada no pé da'] },
      id: { say: ['mengunci dia di kamar mandi', 'mengurung anaknya', 'mengikat anak', 'mengikat anaknya', 'diikat di tiang', 'ikat di tiang'] },
    },
  },
  {
    name: 'an adult in the bathroom or bed while a child bathes or sleeps, asking for secrecy',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: true, a: ['一緒にお風呂', 'いっしょにおふろ', 'お風呂に入ってく', 'おふろにはいってく', '体を洗', 'からだをあら', '服を脱が', 'ふくをぬが', '布団に入ってく', 'ふとんにはいってく'], b: ['秘密', 'ひみつ', '内緒', 'ないしょ', '言うな', 'いうな', '言っちゃだめ', 'いっちゃだめ', '誰にも言わない', 'だれにもいわない'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['bathes her', 'bathes him', 'gives her a bath', 'gives him a bath', 'showers with her', 'showers with him', 'comes into the bathroom', 'walks in on her', 'takes her clothes off', 'takes his clothes off', 'gets into bed with'], b: ['secret', 'dont tell', 'not to tell', 'not tell anyone', 'cant tell'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['帮她洗澡', '给她洗澡', '帮他洗澡', '一起洗澡', '进浴室', '进卫生间', '脱她', '脱他', '脱我', '钻进被窝'], b: ['秘密', '不许说', '不要说', '别告诉', '不准告诉', '不能告诉'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['같이 씻', '씻겨 주', '욕실에 들어와', '샤워할 때 들어와', '옷을 벗겨'], b: ['비밀', '말하지 마', '말하면 안', '아무한테도'] }] },
      vi: { pairs: [{ reach: 48, acrossSentences: true, a: ['vào nhà tắm', 'vào phòng tắm', 'khi bé đang tắm', 'lúc bé đang tắm', 'tắm cho bé', 'vào phòng ngủ'], b: ['không được kể', 'không được nói', 'đừng kể', 'đừng nói với ai', 'bí mật', 'giữ bí mật'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['नुहाइदिन्छ', 'बाथरुममा पस्छ', 'लुगा फुकाल'], b: ['गोप्य', 'नभन्', 'कसैलाई नभन'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: true, a: ['pinapaliguan', 'sabay maligo', 'pumapasok sa banyo', 'hinuhubaran'], b: ['sikreto', 'lihim', 'huwag sabihin', 'wag sabihin', 'huwag mong sabihin'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: true, a: ['toma banho com ela', 'toma banho com ele', 'entra no banheiro quando', 'dá banho nela', 'dá banho nele', 'tira a roupa dela'], b: ['segredo', 'não contar', 'não conta', 'ninguém pode saber'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: true, a: ['memandikan', 'memandikannya', 'mandi bersama', 'masuk kamar mandi', 'masuk ke kamar mandi', 'membuka bajunya'], b: ['merahasiakan', 'rahasia', 'jangan bilang', 'jangan cerita', 'tidak boleh cerita'] }] },
    },
  },
  {
    name: 'a child left outside in the cold, crying for an hour',
    signal: 'child_abuse',
    words: {
      ja: { say: ['よるずっとそとに', 'よるそとにいます', 'ずっとそとにいます'] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['boy', 'girl', 'kid', 'child', 'toddler', 'little one'], b: ['out on their balcony', 'out on the balcony', 'on their balcony in', 'below freezing', 'crying for an hour', 'in just a t shirt', 'in just his', 'in just her'] }] },
      zh: { say: ['大冬天穿着短袖在外面', '在阳台上哭了一个小时'] },
      ko: { say: ['영하인데 밖에', '베란다에서 한 시간째'] },
      vi: { say: ['trời lạnh mà để ngoài ban công', 'khóc cả tiếng ngoài ban công'] },
      ne: { say: ['जाडोमा बार्दलीमा', 'घण्टौं बाहिर रोइरहेको'] },
      tl: { say: ['nasa balkonahe sa lamig', 'umiiyak ng isang oras sa labas'] },
      pt: { say: ['na varanda no frio', 'chorando há uma hora lá fora'] },
      id: { say: ['di balkon kedinginan', 'menangis sejam di luar'] },
    },
  },

  {
    name: 'a neglected child: dirty, thin, not fed since yesterday',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 24, a: ['子ども', '子供', 'こども', '兄弟', 'きょうだい', '双子', 'ふたご', '近所の子', '隣の子', 'となりの子'], b: ['昨日から何も食べ', 'きのうからなにもたべ', 'お風呂に入っていな', 'おふろにはいっていな', '何日も同じ服', 'なんにちもおなじふく', '汚れた服', 'よごれたふく', '不潔', 'ふけつ'] }] },
      en: { pairs: [{ reach: 48, a: ['boy', 'girl', 'kid', 'kids', 'child', 'children', 'twins', 'siblings', 'toddler', 'baby'], b: ['havent eaten since', 'hasnt eaten since', 'havent eaten in', 'hasnt eaten in', 'always dirty', 'filthy', 'unwashed', 'same clothes every day', 'same dirty clothes', 'skin and bones', 'nobody feeds'] }] },
      zh: { pairs: [{ reach: 16, a: ['孩子', '小孩', '双胞胎', '兄妹', '姐弟'], b: ['一直穿同一件衣服', '脏兮兮', '好几天没洗澡', '从昨天就没吃饭', '从昨天到现在没吃'] }] },
      ko: { pairs: [{ reach: 24, a: ['아이', '애들', '쌍둥이', '남매'], b: ['며칠째 같은 옷', '지저분하고 말랐', '어제부터 아무것도 못 먹', '씻지도 못'] }] },
      vi: { pairs: [{ reach: 40, a: ['đứa bé', 'đứa trẻ', 'mấy đứa', 'cặp sinh đôi', 'bọn trẻ'], b: ['mặc một bộ quần áo mấy ngày', 'bẩn thỉu', 'từ hôm qua chưa ăn', 'gầy gò', 'không ai cho ăn'] }] },
      ne: { pairs: [{ reach: 40, a: ['बच्चा', 'बच्चाहरू', 'जुम्ल्याहा'], b: ['हिजोदेखि केही खाएको छैन', 'उही लुगा', 'फोहोरी', 'दुब्लो'] }] },
      tl: { pairs: [{ reach: 40, a: ['bata', 'mga bata', 'kambal', 'magkapatid'], b: ['madumi at payat', 'hindi pa kumakain mula kahapon', 'parehong damit', 'walang nagpapakain'] }] },
      pt: { pairs: [{ reach: 40, a: ['criança', 'crianças', 'gêmeos', 'irmãos', 'menino', 'menina'], b: ['sujos e magros', 'não comem desde ontem', 'não comeu desde ontem', 'mesma roupa todo dia', 'ninguém dá comida'] }] },
      id: { pairs: [{ reach: 40, a: ['anak', 'anak anak', 'bocah', 'kembar'], b: ['kotor dan kurus', 'belum makan dari kemarin', 'baju yang sama terus', 'tidak ada yang kasih makan'] }] },
    },
  },
  {
    name: 'a child crying at the door at night to be let in',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 24, a: ['子', 'こども', '子ども', '子供'], b: ['夜中に玄関', 'よなかにげんかん', '玄関の外で泣', 'げんかんのそとでな', '入れてと', 'いれてと', '開けてと泣', 'あけてとな', '家に入れて', 'いえにいれて'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['boy', 'girl', 'kid', 'child', 'toddler', 'little one'], b: ['let me in', 'banging on the door crying', 'crying at the door', 'crying outside the door', 'screaming to be let in', 'begging to be let in'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['孩子', '小孩'], b: ['让我进去', '哭着喊开门', '在门外哭', '一直敲门哭'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['아이', '애가'], b: ['들여보내 달라', '문 열어 달라고', '문 앞에서 울'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['đứa bé', 'đứa trẻ', 'thằng bé', 'con bé'], b: ['cho con vào', 'mở cửa cho con', 'khóc trước cửa'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['बच्चा', 'नानी'], b: ['भित्र पस्न दिनुस्', 'ढोका खोल्नुस्', 'ढोकामा रोइरहेको'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['bata'], b: ['papasukin mo ako', 'buksan ang pinto', 'umiiyak sa pinto'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['criança', 'menino', 'menina'], b: ['me deixa entrar', 'abre a porta', 'chorando na porta'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['anak', 'bocah'], b: ['bukakan pintu', 'biarkan aku masuk', 'menangis di depan pintu'] }] },
    },
  },

  {
    name: 'a child made to sleep outside or in a shed, to kneel or stand for hours',
    signal: 'child_abuse',
    words: {
      ja: { say: ['物置で寝かせ', 'ものおきでねかせ', '外で寝かせ', 'そとでねかせ', 'ベランダで寝かせ', 'べらんだでねかせ', '何時間も正座', 'なんじかんもせいざ', '何時間も立たせ', 'なんじかんもたたせ'] },
      en: { pairs: [{ ordered: true, reach: 16, a: ['makes him', 'makes her', 'made him', 'made her', 'forces him', 'forces her', 'forced him', 'forced her', 'makes them', 'made them'], b: ['sleep in the shed', 'sleep in the garden', 'sleep in the garage', 'sleep outside', 'sleep in the car', 'sleep on the balcony', 'sleep on the floor', 'stand outside', 'kneel', 'stand in the corner for hours', 'eat off the floor', 'eat from the floor', 'go without food', 'skip meals'] }] },
      zh: { say: ['让他睡在外面', '让孩子睡在外面', '让孩子睡阳台', '让孩子睡储藏室', '罚站几个小时', '罚站一整夜', '跪几个小时'] },
      ko: { say: ['창고에서 재우', '밖에서 재우', '베란다에서 재우', '몇 시간씩 벌을 세우', '몇 시간씩 무릎 꿇'] },
      vi: { say: ['bắt con ngủ ngoài', 'bắt ngủ ngoài hiên', 'bắt quỳ hàng giờ', 'bắt đứng hàng giờ', 'bắt ngủ trong kho'] },
      ne: { say: ['बाहिर सुताउँछ', 'गोठमा सुताउँछ', 'घण्टौं उभ्याउँछ', 'घण्टौं घुँडा टेकाउँछ'] },
      tl: { say: ['pinapatulog sa labas', 'pinapatulog sa bodega', 'pinaluluhod ng ilang oras', 'pinapaluhod sa asin'] },
      pt: { say: ['faz dormir no quintal', 'faz dormir na garagem', 'faz dormir do lado de fora', 'ajoelhar no milho', 'ajoelhado no milho', 'ajoelhada no milho'] },
      id: { say: ['disuruh tidur di luar', 'disuruh tidur di gudang', 'disuruh berlutut berjam jam', 'dijemur berjam jam'] },
    },
  },
  {
    name: 'sexual messages or requests for photos sent to a child; an adult doing “bad things” at night',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['性的なメッセージ', 'せいてきなめっせーじ', '裸の写真を送って', 'はだかのしゃしんをおくって', '裸の写真を要求', 'わいせつなメッセージ'],
        pairs: [{ reach: 20, acrossSentences: true, a: ['ママのかれし', 'ままのかれし', 'お母さんの彼氏', 'おかあさんのかれし', '母の彼氏', 'ははのかれし', '継父', '義父', 'おじさん'], b: ['よるへやに', '夜部屋に', '夜、部屋に', 'へやにきて', '部屋に来て', 'いやなこと', '嫌なこと', 'へんなこと', '変なこと'] }],
      },
      en: {
        say: ['sexual messages to my', 'sending sexual', 'sexual pictures to my', 'asked her for photos', 'asking her for nude', 'asking for naked pictures', 'grooming my', 'groomed my'],
        pairs: [{ reach: 32, a: ['sexual messages', 'sexual texts', 'explicit messages', 'explicit photos', 'nudes', 'dirty messages'], b: ['daughter', 'son$', 'sons$', 'year old', 'child', 'kid$', 'girl', 'boy', 'niece', 'nephew', 'student'] }],
      },
      zh: { say: ['发色情信息', '要她的裸照', '发黄色信息给', '向我女儿要照片', '要孩子的裸照'] },
      ko: { say: ['성적인 메시지', '음란 메시지', '알몸 사진을 보내', '몸 사진을 보내 달라'] },
      vi: { say: ['nhắn tin khiêu dâm', 'đòi ảnh nóng', 'gửi ảnh khỏa thân cho'] },
      ne: { say: ['अश्लील म्यासेज', 'नाङ्गो फोटो माग'] },
      tl: { say: ['malaswang mensahe', 'humihingi ng hubad na litrato'] },
      pt: { say: ['mensagens sexuais', 'pedindo fotos nuas', 'mandou nudes para', 'pedindo nudes'] },
      id: { say: ['pesan mesum', 'pesan porno ke', 'minta foto telanjang', 'meminta foto bugil'] },
    },
  },

  {
    name: 'a baby shaken hard',
    signal: 'child_abuse',
    words: {
      ja: { say: ['激しく揺さぶ', 'はげしくゆさぶ', '赤ちゃんを強く揺', 'あかちゃんをつよくゆ'] },
      en: { say: ['shakes the baby hard', 'shaking the baby hard', 'shook her hard', 'shook him hard', 'shakes her hard', 'shakes him hard'] },
      zh: { say: ['使劲摇晃婴儿', '用力摇宝宝', '猛摇孩子', '使劲摇孩子', '用力摇晃孩子'] },
      ko: { say: ['세게 흔들', '심하게 흔들', '마구 흔들'] },
      vi: { say: ['lắc mạnh em bé', 'lắc mạnh bé', 'lắc mạnh con'] },
      ne: { say: ['baby lai jor jor le hall', 'baby lai jor jod le hall', 'baby lai jod jor le hall', 'baby lai jod jod le hall', 'bachha lai jor le hall', 'bachha lai jod le hall', 'बच्चालाई जोडले हल्लाउँछ', 'जोडले हल्लाउँछ'] },
      tl: { say: ['inaalog nang malakas', 'niyuyugyog nang malakas', 'inalog nang malakas'] },
      pt: { say: ['sacode o bebê', 'sacudiu o bebê', 'chacoalha o bebê', 'sacode a criança com força'] },
      id: { say: ['mengguncang bayi', 'menggoyang bayi dengan keras', 'mengguncang anak dengan keras'] },
    },
  },
  {
    name: 'a hurt or sick child not taken to a doctor',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 24, acrossSentences: true, a: ['子', 'こども', '息子', '娘', '孫'], b: ['病院に連れて行かな', 'びょういんにつれていかな', '病院に連れて行ってもらえ', 'びょういんにつれていってもらえ', '医者に見せな', 'いしゃにみせな'] }] },
      en: { say: ['wont take her son to the doctor', 'wont take her daughter to the doctor', 'wont take him to the doctor', 'wont take her to the doctor', 'never takes him to the doctor', 'never takes her to the doctor', 'refuses to take him to the doctor', 'refuses to take her to the doctor', 'wont take the baby to the doctor'] },
      zh: { say: ['不带去看医生', '不带孩子看医生', '不给孩子看病', '也不带去医院'] },
      ko: { say: ['병원에 안 데려가', '병원에 데려가지 않', '병원에도 안 데려가'] },
      vi: { say: ['không đưa con đi khám', 'không cho con đi bác sĩ', 'không đưa bé đi viện'] },
      ne: { say: ['aspatal laadaina', 'aspatal ladaina', 'aspatal lainna', 'hospital laadaina', 'hospital ladaina', 'doctor kaha laadaina', 'अस्पताल लैजाँदैन', 'डाक्टरकहाँ लैजाँदैन', 'अस्पताल लैजानुहुन्न'] },
      tl: { say: ['ayaw dalhin sa doktor', 'hindi dinadala sa doktor', 'ayaw dalhin sa ospital'] },
      pt: { say: ['não leva ao médico', 'não leva o filho ao médico', 'não leva a filha ao médico', 'nunca leva ao médico'] },
      id: { say: ['tidak dibawa ke dokter', 'tidak mau membawa anak ke dokter', 'tidak pernah dibawa berobat'] },
    },
  },
  {
    name: 'a child made to undress',
    signal: 'child_abuse',
    words: {
      ja: { say: ['服を脱がせ', 'ふくをぬがせ', '裸にさせ', 'はだかにさせ'] },
      en: { say: ['makes her take her clothes off', 'makes him take his clothes off', 'made her take her clothes off', 'made him take his clothes off', 'makes my daughter take her clothes off', 'makes her undress', 'made her undress', 'makes him undress', 'made him undress'] },
      zh: { say: ['让她脱衣服', '让他脱衣服', '逼孩子脱衣服', '叫她脱衣服'] },
      ko: { say: ['옷을 벗으라고', '옷을 벗게 해'] },
      vi: { say: ['bắt bé cởi quần áo', 'bắt con bé cởi đồ'] },
      ne: { say: ['लुगा फुकाल्न लगाउँछ', 'नाङ्गो हुन लगाउँछ'] },
      tl: { say: ['pinaghuhubad ang bata', 'pinahubad ang anak ko'] },
      pt: { say: ['manda ela tirar a roupa', 'faz ela tirar a roupa', 'mandou tirar a roupa'] },
      id: { say: ['menyuruh anak saya buka baju', 'menyuruh dia telanjang'] },
    },
  },
  {
    name: 'a small child left alone overnight or for hours, a baby left with someone who no longer answers, children at home hungry, a baby given rice water for lack of milk',
    signal: 'child_abuse',
    words: {
      ja: {
        pairs: [{ reach: 30, a: ['こどもをおいて', '子どもを置いて', '子供を置いて', '子どもをおいて', 'こどもだけおいて', '子どもだけ置いて', '子供だけ置いて'], b: ['あさまで', '朝まで', 'ひとばんじゅう', '一晩中', 'やきん', '夜勤'] }],
      },
      en: {
        pairs: [
          { reach: 40, a: ['leave my kids home alone', 'leave the kids home alone', 'left the kids home alone', 'leave my toddler alone', 'leave my toddler home alone', 'leave my baby alone', 'left my baby alone', 'left the baby alone'], b: ['all night', 'until morning', 'till morning', 'overnight', 'night shift'] },
          { reach: 60, acrossSentences: true, a: ['cant afford formula', 'no money for formula', 'no money for milk'], b: ['rice water', 'sugar water', 'watered down', 'losing weight'] },
        ],
      },
      zh: {
        pairs: [
          { reach: 20, a: ['把孩子一个人留在家', '把孩子留在家', '把孩子单独留在家', '把宝宝一个人', '把孩子锁在家'], b: ['一整晚', '到天亮', '整夜', '过夜', '上夜班'] },
          { reach: 30, acrossSentences: true, a: ['没钱买奶粉', '买不起奶粉'], b: ['米汤', '糖水', '越来越瘦', '体重下降'] },
        ],
      },
      ko: {
        pairs: [
          { reach: 24, a: ['아이 혼자 두고', '애 혼자 두고', '아기 혼자 두고', '아이를 혼자 두고', '애를 혼자 두고', '아기만 두고', '아이만 두고'], b: ['밤새', '아침까지', '야간'] },
          { reach: 40, acrossSentences: true, a: ['분유 살 돈', '분윳값이 없', '분유값이 없'], b: ['쌀뜨물', '미음', '설탕물', '살이 빠'] },
        ],
      },
      vi: {
        pairs: [
          { reach: 60, acrossSentences: true, a: ['hai bé', 'các bé', 'mấy bé', 'mấy đứa nhỏ', 'hai đứa nhỏ'], b: ['ở nhà đói', 'bị bỏ đói', 'nhịn đói', 'ăn mì gói sống'] },
          { reach: 60, acrossSentences: true, a: ['không có tiền mua sữa', 'ko có tiền mua sữa', 'k có tiền mua sữa', 'hết tiền mua sữa'], b: ['nước cháo', 'nước đường', 'nhẹ hều', 'sụt cân'] },
        ],
      },
      ne: {
        pairs: [{ reach: 60, acrossSentences: true, a: ['sano baby', 'sano bachcha', 'sano nani'], b: ['ama baba bahira', 'aama baba bahira', 'kohi farkeko chaina', 'koi farkeko chaina', 'ghar ma kohi chaina', 'ghar ma koi chaina'] }],
      },
      tl: {
        pairs: [
          { reach: 40, a: ['natutulog sya mag-isa sa bahay', 'natutulog siyang mag-isa sa bahay', 'natutulog siya mag-isa sa bahay', 'iniiwan ko siyang mag-isa', 'iniiwan ko syang mag-isa', 'naiiwan siyang mag-isa sa bahay'], b: ['hanggang umaga', 'buong gabi', 'magdamag', 'night shift'] },
          { reach: 60, acrossSentences: true, a: ['baby niya', 'baby nya', 'anak niya', 'anak nya'], b: ['hindi na siya sumasagot', 'hindi na sya sumasagot', 'di na sya sumasagot', 'hindi na bumalik', 'di na bumalik'] },
        ],
      },
      pt: {
        pairs: [
          { reach: 40, a: ['deixo meu filho sozinho', 'deixo minha filha sozinha', 'deixo as crianças sozinhas', 'deixei as crianças sozinhas', 'deixo o bebê sozinho', 'deixei o bebê sozinho'], b: ['a noite toda', 'a noite inteira', 'até de manhã', 'turno da noite'] },
          { reach: 60, acrossSentences: true, a: ['sem dinheiro pro leite', 'sem dinheiro para o leite', 'sem dinheiro pra fórmula', 'não tenho dinheiro pro leite'], b: ['água de arroz', 'água com açúcar', 'perdendo peso'] },
        ],
      },
      id: {
        pairs: [
          { reach: 40, a: ['ninggalin anak sendirian', 'meninggalkan anak sendirian', 'anak ditinggal sendirian', 'bayi ditinggal sendirian', 'ninggalin bayi sendirian'], b: ['sampai pagi', 'semalaman', 'shift malam'] },
          { reach: 60, acrossSentences: true, a: ['gak ada uang beli susu', 'tidak ada uang untuk susu', 'gak punya uang buat susu'], b: ['air tajin', 'air gula', 'berat badannya turun'] },
        ],
      },
    },
  },
  {
    // A parent who has already hit or shaken a baby or small child and is afraid of losing control
    // («打了她屁股好几下……我怕我哪天控制不住自己»); a child who is put outside when a parent drinks, in the
    // child's own words (「親が酔うと外に出される。冬でもベランダ」): the passive, the parent as agent, the cold.
    name: 'a parent who hit or shook a small child and fears losing control; a child put outside when a parent drinks, in the cold',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [
        { reach: 30, acrossSentences: true, a: ['叩いてしま', 'たたいてしま', '叩いちゃ', 'たたいちゃ', '揺さぶってしま', 'ゆさぶってしま', '手をあげてしま', '手を上げてしま', 'てをあげてしま', 'つねってしま'], b: ['自分を抑えられな', 'じぶんをおさえられな', '止められな', 'とめられな', '自分が怖', 'じぶんがこわ', 'コントロールできな', '何をするか分からな', 'なにをするかわからな', '抑えがきかな', 'おさえがきかな'] },
        { reach: 20, acrossSentences: true, a: ['外に出され', 'そとにだされ', '締め出され', '閉め出され', 'しめだされ'], b: ['冬でも', 'ふゆでも', '寒い中', 'さむいなか', '寒いのに', 'さむいのに', '夜中', 'よなか', '怒ると', 'おこると', 'ベランダ', 'べらんだ', '裸足', 'はだし', '雪の中', 'ゆきのなか', '酔うと', '酔っ', 'よっぱら'] },
      ] },
      en: { pairs: [
        { reach: 80, acrossSentences: true, a: ['hit my', 'slapped my', 'smacked my', 'shook my', 'shook the baby', 'spanked my', 'hit the baby', 'slapped the baby'], b: ['lose control', 'losing control', 'lost control', 'cant control myself', 'couldnt stop myself', 'scared of myself', 'afraid of myself', 'what i might do', 'what ill do'] },
        { reach: 60, acrossSentences: true, a: ['when my dad drinks', 'when my mum drinks', 'when my mom drinks', 'when my parents drink', 'when dad gets drunk', 'when mum gets drunk', 'when mom gets drunk', 'when my dad is drunk', 'when my mom is drunk', 'when my mum is drunk'], b: ['puts me outside', 'put me outside', 'locks me out', 'locked me out', 'kicks me out', 'on the balcony', 'outside in the cold'] },
      ] },
      zh: { pairs: [
        { reach: 30, acrossSentences: true, a: ['打了她', '打了他', '打了孩子', '打了宝宝', '打她屁股', '打他屁股', '打了几下', '打了好几下', '扇了她', '扇了他', '使劲摇了', '用力摇了'], b: ['控制不住自己', '控制不了自己', '怕我会伤害', '怕自己会伤害', '怕我哪天', '怕自己哪天', '下手太重', '失控'] },
        { reach: 24, acrossSentences: true, a: ['爸爸喝醉', '妈妈喝醉', '爸喝醉', '妈喝醉', '我爸喝了酒', '我妈喝了酒', '爸妈喝醉'], b: ['把我赶出', '赶到门外', '赶到阳台', '关在门外', '关到阳台', '锁在门外', '不让我进门'] },
      ] },
      ko: { pairs: [
        { reach: 40, acrossSentences: true, a: ['아이를 때렸', '애를 때렸', '아기를 때렸', '때려 버렸', '때려버렸', '흔들어 버렸', '아이를 세게 흔들', '아기를 세게 흔들'], b: ['조절이 안', '참을 수가 없', '제가 무서', '내가 무서', '통제가 안', '무슨 짓을 할지', '자제가 안'] },
        { reach: 40, acrossSentences: true, a: ['아빠가 술 마시면', '엄마가 술 마시면', '아빠가 술만 마시면', '엄마가 술만 마시면', '술 취하면'], b: ['밖으로 내쫓', '밖에 내보내', '베란다로 내쫓', '베란다에 내보내', '문 밖에 세워'] },
      ] },
      vi: { pairs: [
        { reach: 40, acrossSentences: true, a: ['đánh con', 'tát con', 'đánh bé', 'tát bé', 'lắc mạnh bé', 'lắc mạnh con', 'đánh vào mông'], b: ['không kiềm chế được', 'không kìm được', 'không kiểm soát được', 'sợ chính mình', 'sợ bản thân', 'mất kiểm soát', 'không tự chủ được'] },
        { reach: 40, acrossSentences: true, a: ['bố say', 'mẹ say', 'bố uống say', 'mẹ uống say', 'ba say', 'ba uống say'], b: ['đuổi con ra ngoài', 'đuổi em ra ngoài', 'nhốt ngoài', 'ra ban công', 'không cho vào nhà'] },
      ] },
      ne: { pairs: [
        { reach: 40, acrossSentences: true, a: ['छोरालाई कुटें', 'छोरीलाई कुटें', 'बच्चालाई कुटें', 'बच्चालाई हिर्काएँ', 'थप्पड हानें', 'bachha lai kute', 'chhora lai kute', 'chhori lai kute', 'thappad hane'], b: ['रोक्न सकिनँ', 'नियन्त्रण गर्न सक्दिन', 'आफैंसँग डर', 'आफैसँग डर', 'rokna sakina', 'control garna sakdina', 'aafai sanga dar', 'afai sanga dar'] },
        { reach: 40, acrossSentences: true, a: ['बुबाले रक्सी खाएपछि', 'बाबाले रक्सी खाएपछि', 'रक्सी खाएपछि', 'raksi khaepachhi', 'raksi khayepachhi'], b: ['बाहिर निकाल्नुहुन्छ', 'बाहिर निकाल्छ', 'बाहिर निकाल्नु', 'bahira nikalnu', 'bahira nikalchha', 'ghar bahira'] },
      ] },
      tl: { pairs: [
        { reach: 40, acrossSentences: true, a: ['sinampal ko', 'sinasampal ko', 'pinalo ko', 'napalo ko', 'nasampal ko', 'niyugyog ko', 'hinampas ko'], b: ['hindi ko mapigilan', 'di ko mapigilan', 'natatakot ako sa sarili ko', 'takot ako sa sarili ko', 'hindi ko makontrol', 'nawawalan ako ng kontrol'] },
        { reach: 40, acrossSentences: true, a: ['pag lasing si papa', 'pag lasing si mama', 'kapag lasing si papa', 'kapag lasing si mama', 'pag nakainom si papa', 'pag nakainom si mama'], b: ['pinapalabas ako', 'pinalalabas ako', 'nilalock ako sa labas', 'hindi ako pinapapasok', 'sa balcony'] },
      ] },
      pt: { pairs: [
        { reach: 40, acrossSentences: true, a: ['bati no meu filho', 'bati na minha filha', 'bati no bebê', 'bati nele', 'bati nela', 'dei um tapa nele', 'dei um tapa nela', 'sacudi o bebê', 'sacudi ele', 'sacudi ela'], b: ['perder o controle', 'perdi o controle', 'medo de mim mesma', 'medo de mim mesmo', 'não consigo me controlar', 'não consegui me controlar'] },
        { reach: 40, acrossSentences: true, a: ['quando meu pai bebe', 'quando minha mãe bebe', 'quando meu pai fica bêbado', 'quando minha mãe fica bêbada'], b: ['me põe pra fora', 'me bota pra fora', 'me tranca pra fora', 'na varanda', 'fora de casa'] },
      ] },
      id: { pairs: [
        { reach: 40, acrossSentences: true, a: ['saya pukul anak', 'aku pukul anak', 'saya tampar anak', 'aku tampar anak', 'saya cubit anak', 'aku cubit anak', 'saya pukul bayi', 'aku pukul bayi', 'saya guncang bayi', 'aku guncang bayi'], b: ['tidak bisa mengendalikan', 'gak bisa ngontrol', 'tidak bisa kontrol', 'takut sama diri sendiri', 'takut dengan diri sendiri', 'hilang kendali', 'lepas kendali'] },
        { reach: 40, acrossSentences: true, a: ['kalau ayah mabuk', 'kalau bapak mabuk', 'kalau ibu mabuk', 'kalau papa mabuk'], b: ['disuruh keluar', 'diusir keluar', 'dikunci di luar', 'di balkon'] },
      ] },
    },
  },
  {
    // «to teach her what hot is», laughed off: a child's hand held to a flame is a burn done on purpose.
    // …and a child whose only meal is the school lunch, with nothing at weekends, by a parent's rule.
    name: 'a child’s hand held over the stove, a flame or an iron “to teach” them; the school lunch the only meal a parent allows',
    signal: 'child_abuse',
    words: {
      ja: {
        pairs: [
          // (a hand held over a fire «to warm it», 「手を火にかざして暖ま」, is the writer's own: held there by
          // someone, 「かざされ」「かざさせ」, or a child's hand)
          { reach: 10, a: ['手を', 'てを', '手のひらを', 'てのひらを'], b: ['コンロにかざさ', 'こんろにかざさ', '火にかざさ', 'ひにかざさ', 'コンロに押し', 'こんろにおし', 'アイロンに押し', 'あいろんにおし', '火におしつけ', 'ひにおしつけ', '火に押し付け', 'ライターであぶ', 'らいたーであぶ'] },
          { reach: 10, a: ['子の手を', 'こどものてを', '子どもの手を', '子供の手を', 'むすこのてを', 'むすめのてを', '娘の手を', '赤ちゃんの手を', 'あかちゃんのてを', '弟の手を', '妹の手を', 'おとうとのてを', 'いもうとのてを', 'わたしのてを', 'ぼくのてを'], b: ['コンロにかざ', 'こんろにかざ', '火にかざ', 'ひにかざ', 'ストーブに', 'すとーぶに'] },
          { reach: 30, acrossSentences: true, a: ['父', '母', 'パパ', 'ママ', 'お父さん', 'お母さん', '継父', '継母'], b: ['給食しか食べさせ', '給食だけ', 'きゅうしょくしかたべさせ', 'きゅうしょくだけ', '週末はご飯がな', '土日はご飯がな', 'しゅうまつはごはんがな'] },
        ],
      },
      en: {
        pairs: [
          { reach: 32, a: ['held her hand over', 'held his hand over', 'holds her hand over', 'holds his hand over', 'held her hand on', 'held his hand on', 'pressed her hand on', 'pressed his hand on', 'held her fingers over', 'held his fingers over',
            // someone else's hands on the child's (not "my son put his hand on the stove", his own mishap)
            'held my hand over', 'held my hand on', 'holds my hand over', 'holds my hand on', 'pressed my hand on', 'pressed my hand onto', 'pressed her hand onto', 'pressed his hand onto', 'pushed my hand onto', 'pushed her hand onto', 'pushed his hand onto', 'pushed my hand on', 'pushed her hand on', 'pushed his hand on', 'forced my hand onto', 'forced her hand onto', 'forced his hand onto', 'forced my hand on', 'forced her hand on', 'forced his hand on', 'made me put my hand', 'made her put her hand', 'made him put his hand', 'made me touch the', 'made her touch the', 'made him touch the', 'held the babys hand over', 'held my sons hand over', 'held my daughters hand over', 'held my sons hand on', 'held my daughters hand on', 'held our sons hand', 'held our daughters hand'],
            b: ['stove', 'flame', 'hob', 'burner', 'the iron', 'hot iron', 'lighter', 'candle', 'hot pan', 'kettle'] },
          { reach: 40, acrossSentences: true, a: ['only lets me eat', 'only lets her eat', 'only lets him eat', 'only allowed to eat', 'only food i get', 'only meal i get', 'only meal she gets', 'only meal he gets'], b: ['school lunch', 'at school', 'nothing at weekends', 'nothing on weekends', 'no food at weekends', 'no food on weekends'] },
        ],
      },
      zh: {
        pairs: [
          { reach: 12, a: ['把她的手', '把他的手', '把孩子的手', '抓着她的手', '抓着他的手', '把我的手'], b: ['放在火上', '放到火上', '按在炉子上', '按在锅上', '放在炉上', '按在熨斗', '用打火机烧', '用烟头烫', '凑到火'] },
          { reach: 30, acrossSentences: true, a: ['我爸', '我妈', '爸爸', '妈妈', '继父', '继母', '后妈', '后爸'], b: ['只准我吃学校', '只准吃学校', '只让我吃学校', '只能吃学校的营养午餐', '周末就没得吃', '周末没得吃', '放假就没得吃', '假日就没得吃', '周末没饭吃'] },
        ],
      },
      ko: {
        pairs: [
          // (a child's or my hand held there; hands warmed at a fire, «손을 불에 대고 녹였다», are the writer's own)
          { reach: 12, a: ['아이 손을', '애 손을', '아들 손을', '딸 손을', '아기 손을', '동생 손을', '내 손을', '제 손을', '아이의 손을', '애기 손을'], b: ['가스레인지에 대', '불에 대', '불 위에 대', '다리미에 대', '냄비에 대'] },
          { reach: 12, a: ['손을', '손바닥을', '손가락을', '손등을', '팔을'], b: ['라이터로 지지', '라이터로 지졌', '불로 지지', '불로 지졌', '불에 지졌', '담뱃불로 지', '숟가락으로 지졌', '억지로 불에', '강제로 불에', '지졌어', '지졌다', '지졌습니다'] },
          { reach: 30, acrossSentences: true, a: ['아빠가', '엄마가', '아버지가', '어머니가', '새아빠', '새엄마'], b: ['급식만 먹', '급식밖에 못 먹', '주말엔 굶', '주말에는 굶', '주말엔 밥을 안 줘', '주말에는 밥을 안 줘'] },
        ],
      },
      vi: {
        pairs: [
          // (never the bare «hơ tay», warming one's own hands over the fire)
          { reach: 24, a: ['hơ tay con', 'hơ tay em', 'hơ tay e$', 'hơ tay bé', 'hơ tay nó', 'hơ tay cháu', 'gí tay', 'dí tay', 'ấn tay'], b: ['lên bếp', 'vào bếp', 'lên lửa', 'vào lửa', 'bàn là', 'bàn ủi', 'bật lửa', 'nồi nóng'] },
          { reach: 40, acrossSentences: true, a: ['bố', 'ba', 'mẹ', 'bố dượng', 'mẹ kế'], b: ['chỉ cho ăn cơm trường', 'chỉ được ăn cơm trường', 'chỉ được ăn bữa trưa ở trường', 'cuối tuần không có gì ăn', 'cuối tuần nhịn đói', 'cuối tuần không được ăn'] },
        ],
      },
      ne: {
        pairs: [
          { reach: 24, a: ['उसको हात', 'छोरीको हात', 'छोराको हात', 'बच्चाको हात', 'नानीको हात', 'मेरो हात', 'bachha ko haat', 'chhori ko haat', 'chhora ko haat', 'mero haat', 'mero hat', 'usko haat', 'usko hat'], // (put there or pressed by someone: not the child's own hand that touched the stove, «chulo ma polyo»)
            b: ['चुलोमा राख', 'चुलोमा थिच', 'आगोमा राख', 'आगोमा थिच', 'आगोमाथि राख', 'स्टोभमा राख', 'स्टोभमा थिच', 'आइरनले', 'इस्त्रीले', 'लाइटरले', 'chulo ma rakh', 'chulo ma thich', 'aago ma rakh', 'aago ma thich', 'stove ma rakh', 'stove ma thich', 'iron le', 'istri le', 'lighter le'] },
          { reach: 40, acrossSentences: true, a: ['बुबाले', 'बाबाले', 'आमाले', 'सौतेनी'], b: ['स्कुलको खाना मात्र', 'स्कूलको खाना मात्र', 'शनिबार खान दिनुहुन्न', 'बिदामा खान दिनुहुन्न', 'बिदामा खाना दिँदैन'] },
        ],
      },
      tl: {
        pairs: [
          // (held or pressed there by someone: not «napaso ang kamay ng anak ko sa kalan», a child's own mishap)
          { reach: 24, a: cross(['idiniin', 'diniin', 'idinikit', 'dinikit', 'itinapat', 'tinapat', 'inilapit', 'nilapit', 'hinawakan', 'pinahawak'], ['ang kamay', 'yung kamay', 'ung kamay', 'kamay'], ' '), b: ['sa kalan', 'sa apoy', 'sa plantsa', 'ng lighter', 'sa lighter', 'sa kandila'] },
          { reach: 40, acrossSentences: true, a: ['papa ko', 'mama ko', 'tatay ko', 'nanay ko', 'stepdad ko', 'stepmom ko'], b: ['school lunch lang', 'pagkain sa school lang', 'walang pagkain pag weekend', 'walang kain pag weekend', 'hindi ako pinapakain pag weekend'] },
        ],
      },
      pt: {
        pairs: [
          // (put or held there by someone: not «ela queimou a mão dela no fogão», her own mishap)
          { reach: 24, a: cross(['colocou', 'pôs', 'botou', 'segurou', 'encostou', 'apertou', 'enfiou', 'forçou', 'coloca', 'segura', 'encosta'], ['a mão dela', 'a mão dele', 'a mão da criança', 'a mãozinha', 'a mão da menina', 'a mão do menino', 'a mão do meu filho', 'a mão da minha filha', 'a mão do nosso filho', 'a mão da nossa filha', 'minha mão'], ' '), b: ['no fogão', 'sobre o fogão', 'em cima do fogão', 'no fogo', 'na chama', 'no ferro', 'com isqueiro', 'na panela quente'] },
          { reach: 40, acrossSentences: true, a: ['meu pai', 'minha mãe', 'padrasto', 'madrasta'], b: ['só a merenda', 'só deixa comer a merenda', 'só como a merenda', 'no fim de semana não tem comida', 'fim de semana fico sem comer', 'fim de semana sem comida'] },
        ],
      },
      id: {
        pairs: [
          // (pressed there by someone: not «anakku kena setrika», a child's own mishap)
          { reach: 24, a: ['tangannya', 'tangan anak', 'tangan adik', 'tangan si kecil', 'tanganku', 'tangan aku', 'tangan gw', 'tangan gue', 'tangan saya'], b: ['di atas kompor', 'ke kompor', 'ke api', 'di atas api', 'ke setrika', 'pake setrika', 'pakai setrika', 'dengan setrika', 'ditempel setrika', 'ditempelin setrika', 'ditempelkan setrika', 'disetrika', 'korek api', 'ke panci panas'] },
          { reach: 40, acrossSentences: true, a: ['ayahku', 'ibuku', 'bapakku', 'ayah tiri', 'ibu tiri', 'papa', 'mama'], b: ['cuma boleh makan di sekolah', 'cuma makan siang sekolah', 'hanya makan siang di sekolah', 'akhir pekan gak dikasih makan', 'akhir pekan tidak diberi makan', 'weekend gak dikasih makan'] },
        ],
      },
    },
  },
  {
    // a teenager's own words: 「親が1週間帰ってこない、冷蔵庫空っぽ」, «ortu udah seminggu ga pulang, kulkas kosong»,
    // «3 days na d umuuwi c mama, ubos na bigas» (text spelling: d = hindi, c = si)
    name: 'in a teenager’s own words: the parents away or not coming home for days, the food or rice gone',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: true, a: ['親が帰ってこな', '親が...週間帰ってこな', '親が...日帰ってこな', '親が...日も帰ってこな', '親が...週間帰って来な', '両親が帰ってこな', '母が帰ってこな', 'ママが帰ってこな', 'お母さんが帰ってこな', '親が帰って来な', '親がいなくて', '一人で置いて', 'ひとりで置いて', '置いていかれ', 'おやがかえってこな'], b: ['冷蔵庫空', '冷蔵庫が空', '冷蔵庫からっぽ', '冷蔵庫空っぽ', '冷蔵庫もからっぽ', '食べるものがない', '食べる物がない', '食べ物がない', 'たべるものがない', 'ご飯がない', 'ごはんない', 'ごはんがない', 'お米もない'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['parents have been gone', 'parents are gone', 'parents left me', 'parents havent been home', 'parents havent come home', 'parents havent come back', 'mom hasnt come home', 'mum hasnt come home', 'mom hasnt been home', 'mum hasnt been home', 'mom hasnt come back', 'mum hasnt come back', 'left me alone for', 'left us alone for'], b: ['no food', 'fridge is empty', 'nothing to eat', 'food ran out', 'out of food', 'havent eaten'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: true, a: ['爸妈...不回来', '爸妈...没回来', '爸妈出国', '爸妈回国', '爸妈回老家', '爸妈都不在', '把我一个人留', '丢下我一个人', '把我们留在家', '妈妈...没回家', '妈妈...不回家', '父母...没回来', '爸媽...沒回來', '爸媽出國', '爸媽回國', '把我一個人留'], b: ['冰箱空', '冰箱早空', '冰箱里什么都没', '冰箱裡什麼都沒', '没吃的', '沒吃的', '没饭吃', '沒飯吃', '只吃了一包', '吃不上饭', '没钱吃饭', '沒錢吃飯'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: true, a: ['부모님이...안 들어', '부모님...안 들어와', '부모님이 안 와', '엄마가...안 들어', '엄마...안 들어와', '엄마가 안 와', '혼자 두고', '혼자 남겨'], b: ['냉장고 텅', '냉장고가 텅', '냉장고 비었', '냉장고가 비었', '먹을 게 없', '먹을게 없', '먹을 거 없', '먹을거 없', '쌀이 떨어', '쌀도 떨어'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['mẹ...không về', 'mẹ...ko về', 'mẹ...k về', 'mẹ...chưa về', 'ba mẹ đi cả', 'bố mẹ đi cả', 'bỏ em ở nhà', 'để em ở nhà một mình', 'để em ở nhà 1 mình'], b: ['tủ lạnh hết', 'tủ lạnh trống', 'hết đồ ăn', 'ko có gì ăn', 'không có gì ăn', 'k có gì ăn', 'hết gạo', 'hết tiền ăn', 'chỉ ăn mì'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['aama buwa...aaunu bhayeko chaina', 'aama buwa...aaunu bhako chaina', 'aama...ghar aaunu bhayeko chaina', 'aama...aaeko chaina', 'mummy...aaeko chaina', 'ekle chhodera', 'eklai chhodera', 'आमा...आउनुभएको छैन', 'आमाबुवा...आउनुभएको छैन', 'एक्लै छोडेर'], b: ['khana sakiyo', 'khana chaina', 'khana chhaina', 'khaana chaina', 'khane kura chaina', 'chamal sakiyo', 'खाना सकियो', 'खाना छैन', 'चामल सकियो'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['d', 'di', 'hindi', 'd pa', 'di pa', 'hindi pa'].flatMap((not) => ['c mama', 'si mama', 'c nanay', 'si nanay', 'c mommy', 'si mommy', 'ang magulang', 'magulang namin', 'c papa', 'si papa'].map((who) => `${not} umuuwi ${who}`)), b: ['ubos na bigas', 'ubos na ang bigas', 'wala nang bigas', 'wala ng bigas', 'walang bigas', 'walang makain', 'wala kaming makain', 'wala na kaming makain', 'gutom na kami', 'walang pagkain', 'wala nang pagkain', 'wala ng pagkain'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['meus pais tão viajando', 'meus pais estão viajando', 'meus pais viajaram', 'meus pais sumiram', 'minha mãe não volta', 'minha mãe n volta', 'minha mãe não voltou', 'minha mãe n voltou', 'minha mãe sumiu', 'me deixaram sozinh', 'deixou a gente sozinh', 'nos deixou sozinh'], b: ['não tem comida', 'n tem comida', 'n tem mais comida', 'não tem mais comida', 'geladeira vazia', 'sem comida', 'acabou a comida', 'acabou o arroz', 'nada pra comer'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['ortu...ga pulang', 'ortu...gak pulang', 'ortu...nggak pulang', 'ortu...ngga pulang', 'orang tua...ga pulang', 'orang tua...tidak pulang', 'mama...hari ga pulang', 'mama...hari gak pulang', 'mama...minggu ga pulang', 'ibu...hari ga pulang', 'ibu...hari tidak pulang', 'ninggalin aku sendiri', 'ditinggal sendirian'], b: ['kulkas kosong', 'ga ada makanan', 'gak ada makanan', 'nggak ada makanan', 'tidak ada makanan', 'beras abis', 'beras habis', 'ga ada yg bisa dimakan', 'cuma makan mie'] }] },
    },
  },
  {
    // «我先生晚上會進女兒房間 女兒最近很怕他 一直說不要讓爸爸進來»: a man going into a girl's room (at
    // night), and her fear of him or her asking that he be kept out — a hint of sexual abuse at home
    name: "he goes into her room, and she is afraid of him or asks that he be kept out",
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: true, a: ['娘の部屋に入', 'むすめのへやにはい', '娘の部屋へ入', '娘の布団に', 'むすめのふとんに'], b: ['怖が', 'こわが', '入れないで', 'いれないで', '入ってこないで', 'はいってこないで', '怯え', 'おびえ'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: true, a: ['into her room', 'into our daughters room', 'into my daughters room', 'in her room at night'], b: ['scared of him', 'afraid of him', 'terrified of him', 'dont let daddy in', 'dont let dad in', 'keep daddy out', 'keep dad out', 'not to let him in'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: true, a: ['进女儿房间', '进女儿的房间', '进她房间', '进她的房间', '进孩子房间', '进孩子的房间'], b: ['很怕他', '怕爸爸', '很怕爸爸', '不要让爸爸进', '别让爸爸进', '不让爸爸进', '不要让他进', '别让他进', '吓得发抖'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: true, a: ['딸 방에 들어가', '딸 방에 들어와', '딸아이 방에 들어', '딸 방에 들어'], b: ['무서워해', '무서워 해', '들어오지 말', '못 들어오게', '들어오게 하지 말', '겁에 질'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['vào phòng con gái', 'vào phòng con bé', 'vào phòng bé'], b: ['sợ anh ấy', 'sợ ổng', 'rất sợ bố', 'rất sợ ba', 'đừng cho bố vào', 'đừng cho ba vào', 'không cho bố vào', 'không cho ba vào'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['छोरीको कोठामा', 'chhori ko kotha ma', 'chhoriko kothama'], b: ['डराउँछे', 'डर मान्छे', 'डराउँछिन्', 'भित्र नआउन', 'darauchhe', 'dar manchhe', 'bhitra naaun'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['pumapasok sa kwarto ng anak', 'pumapasok sa kuwarto ng anak', 'pumapasok sa kwarto niya', 'pumapasok sa kuwarto niya'], b: ['takot sa kanya', 'takot na takot', 'takot kay papa', 'huwag papasukin si papa', 'wag papasukin si papa', 'ayaw papasukin si papa'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['entra no quarto da', 'entra no quarto dela', 'entrando no quarto da', 'vai ao quarto da', 'vai no quarto da'], b: ['tem medo dele', 'com medo dele', 'medo do pai', 'não deixa o papai entrar', 'não deixe o papai entrar', 'não deixar o pai entrar'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['masuk kamar anak', 'masuk ke kamar anak', 'masuk kamar putri', 'masuk ke kamar putri', 'masuk ke kamarnya'], b: ['takut sama dia', 'takut dengan dia', 'takut sama ayah', 'takut sama bapak', 'takut sama papa', 'jangan biarkan ayah masuk', 'jangan biarin papa masuk', 'jangan biarin ayah masuk'] }] },
    },
  },
  {
    // 「夜勤の間、小1の娘を一人で寝かせてる」, «deixa as duas crianças (2 e 4 anos) trancadas sozinhas»: young
    // children put to bed alone or locked in while the parent works the night. (A child sleeping in a room
    // of their own, or an adult son living alone, is not this.)
    name: 'young children put to bed alone or locked in while the parent works through the night',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: true, a: ['一人で寝かせ', 'ひとりで寝かせ', 'ひとりでねかせ'], b: ['夜勤', 'やきん', '朝まで', 'あさまで'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['kids home alone', 'kids alone at night', 'locked in alone'], b: ['night shift', 'until morning', 'all night'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: true, a: ['小孩一个人在家', '小孩一個人在家', '把孩子锁在家', '把孩子鎖在家'], b: ['夜班', '到早上', '到天亮', '整晚'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: true, a: ['혼자 두고', '혼자 재워', '혼자 재우'], b: ['야간', '야근', '아침까지'] }] },
      vi: { pairs: [{ reach: 48, acrossSentences: true, a: ['để con ở nhà', 'nhốt con trong nhà'], b: ['ca đêm', 'đến sáng', 'suốt đêm'] }] },
      ne: { pairs: [{ reach: 60, a: ['वर्षको छोरो', 'वर्षको छोरा', 'वर्षको छोरी', 'barsa ko chhora', 'barsa ko chhori'], b: ['साँझदेखि एक्लै', 'राति एक्लै', 'एक्लै घरमा छोड', 'rati eklai', 'eklai ghar ma chhod'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['iniiwan ko mag-isa', 'iniiwang nakakandado'], b: ['anak', 'night shift', 'hanggang umaga'] }] },
      pt: { pairs: [{ reach: 48, a: ['crianças', 'os filhos', 'os meninos'], b: ['trancadas sozinhas', 'trancados sozinhos'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['anak'], b: ['sendirian sampai pagi', 'sendirian semalaman', 'dikunci sendirian'] }] },
    },
  },
  {
    // 「ママぶたないで」って言われた 手が止まらない, «nasasampal ko na anak ko … natulak ko siya, may bukol»: a child
    // begging a parent not to hit, or a parent telling of their own slap or push that left a bump.
    name: 'a child begging “mummy, don’t hit me”; a parent’s own slap or push that left a bump',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ ordered: true, reach: 6, a: ['ママ', 'まま', 'パパ', 'ぱぱ', 'お母さん', 'おかあさん'], b: ['ぶたないで', '叩かないで', 'たたかないで'] }] },
      en: { pairs: [{ ordered: true, reach: 12, a: ['mommy', 'mummy', 'mom', 'daddy'], b: ['dont hit me', 'stop hitting me'] }] },
      zh: { say: ['爸爸别打我', '爸爸不要打我', '妈妈不要打我', '媽媽不要打我', '媽媽別打我'] },
      ko: { say: ['엄마 때리지 마', '아빠 때리지 마', '엄마 때리지마', '아빠 때리지마'] },
      vi: { say: ['bố đừng đánh con', 'ba đừng đánh con'] },
      ne: { say: ['आमा नपिट्नुस्', 'बुबा नपिट्नुस्', 'aama napitnus', 'buba napitnus'] },
      tl: { say: ['wag mo ako paluin', 'huwag mo akong paluin'],
        pairs: [{ ordered: true, reach: 12, a: ['nasasampal ko', 'sinasampal ko', 'natulak ko', 'napapalo ko'], b: ['anak', 'bata'] },
          { reach: 60, acrossSentences: true, a: ['nasasampal ko', 'sinasampal ko', 'natulak ko', 'tinulak ko'], b: ['nauntog', 'may bukol', 'nagkabukol'] }] },
      pt: { say: ['mãe não me bate', 'pai não me bate', 'mãe para de me bater'],
        pairs: [{ ordered: true, reach: 12, a: ['bate tanto', 'bate muito', 'espanca'], b: ['no filho', 'na filha', 'nas crianças'] }] },
      id: { say: ['ayah jangan pukul', 'papa jangan pukul', 'ibu jangan pukul'] },
    },
  },
  {
    // «형부가 "훈육"하는 거라고… 멍이 엄청», «anh rể bảo là dạy dỗ … vết bầm»: bruises a relative sees, explained
    // away as discipline; a small child locked in and left while the parents work; a baby alone for hours.
    name: 'bruises called “discipline”; a small child locked in and left while the parents work; a baby alone for hours',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: true, a: ['しつけだ', 'しつけと', 'しつけって', 'しつけの一環', '躾だ', '躾と', 'おしおきだ', 'お仕置きだ'], b: ['あざ', '痣', 'アザ', 'みみずばれ', 'ミミズ腫れ'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['calls it discipline', 'call it discipline', 'says its discipline', 'said it was discipline', 'just discipline', 'as discipline', 'for discipline'], b: ['bruises', 'bruised', 'welts'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: true, a: ['说是管教', '说是教育', '教育了一下', '说是教训', '管教一下', '说是在管教', '说那是管教', '说只是管教'], b: ['淤青', '瘀青', '青紫', '伤痕', '巴掌印', '红印', '脸上的伤', '身上的伤', '扇了', '扇巴掌', '几巴掌', '打耳光', '扇耳光', '几个耳光', '用皮带', '用衣架'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: true, a: ['훈육', '사랑의 매'], b: ['멍이', '멍들', '멍 자국', '맞은 자국'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['bảo là dạy', 'nói là dạy', 'để dạy', 'bảo là phạt', 'nói là phạt', 'bảo là kỷ luật'], b: ['vết bầm', 'bầm tím', 'lằn roi', 'vết roi'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['अनुशासन भन', 'सजाय भन', 'anushasan bhan', 'sajaya bhan'], b: ['निलो दाग', 'नीलो दाग', 'निलडाम', 'nilo daag', 'nilo dag', 'nildam'] },
        { reach: 60, acrossSentences: true, a: ['छोरा', 'छोरी', 'बच्चा', 'नानी', 'वर्षको', 'वर्षकी', 'chhora', 'chhori', 'bachha', 'baby', 'nani$', 'barsa ko', 'barsa ki'], b: ['ताल्चा लगाएर छोड', 'ताला लगाएर छोड', 'थुनेर छोड', 'talcha lagayera chhod', 'talcha lagaera chhod', 'taalcha lagayera chhod', 'tala lagayera chhod', 'tala lagaera chhod', 'thunera chhod', 'ekle hunchha', 'ekle huncha', 'ekle baschha', 'ghanta samma eklai', 'ghanta dekhi eklai'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: true, a: ['disiplina raw', 'disiplina daw', 'disiplina lang daw', 'parusa raw', 'parusa daw'], b: ['pasa', 'latay'] },
        { reach: 48, acrossSentences: true, a: ['anak', 'baby', 'bata$', 'pamangkin'], b: ['ikinakandado', 'kinakandado', 'ikinukulong sa kwarto', 'kinukulong sa kwarto', 'mag-isa ng ilang oras', 'mag isa ng ilang oras', 'mag-isa nang ilang oras', 'mag isa nang ilang oras', 'mag-isa buong araw', 'mag isa buong araw'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['diz que é disciplina', 'disse que é disciplina', 'diz que é correção', 'disse que foi correção', 'pra educar', 'para educar', 'pra corrigir'], b: ['roxos', 'hematoma', 'vergões', 'vergão'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['katanya mendisiplinkan', 'katanya mendidik', 'bilang mendisiplinkan', 'bilang mendidik', 'biar disiplin', 'untuk mendidik', 'katanya hukuman'], b: ['memar', 'lebam', 'bilur'] },
        { reach: 48, acrossSentences: true, a: ['bayi', 'baby', 'balita', 'batita'], b: ['sendirian berjam', 'ditinggal berjam', 'nangis berjam', 'dikunci di kamar', 'dikunciin di kamar'] }] },
    },
  },
  {
    name: 'in a child’s own short words: put outside at night, the door will not open, no shoes, cold, now in the park',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: true, a: ['そとにだされ', '外に出され', 'しめだされ', '締め出され', '家に入れてくれな', 'いえにいれてくれな', 'ママにでていけ', 'ママに出ていけ', 'パパにでていけ', 'パパに出ていけ', 'おかあさんにでていけ', 'お母さんに出ていけ', 'おとうさんにでていけ', 'お父さんに出ていけ', 'ドアをあけてくれな', 'ドアを開けてくれな', 'かぎをあけてくれな'], b: ['よる', '夜', 'さむい', '寒い', 'くつない', 'くつがない', 'はだし', '裸足', 'くつもはかず', '靴もはかず'] }] },
      en: { pairs: [{ reach: 40, acrossSentences: true, a: ['put me outside', 'made me stay outside', 'mum locked me out', 'mom locked me out', 'dad locked me out', 'mom told me to get out', 'mum told me to get out', 'dad told me to get out', 'mom kicked me out', 'mum kicked me out', 'dad kicked me out', 'parents kicked me out'], b: ['cold', 'no shoes', 'barefoot', 'at night', 'wont let me in', 'in the park'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: true, a: ['把我赶出', '把我关在门外', '把我锁在外', '被关在门外', '妈妈叫我滚', '爸爸叫我滚', '妈妈让我滚', '爸爸让我滚', '妈妈叫我出去', '爸爸叫我出去', '不让我进门'], b: ['晚上', '好冷', '很冷', '没穿鞋', '光着脚', '不开门', '半夜', '鞋都没穿'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['쫓겨났', '밖으로 내쫓', '밖으로 내보냈', '문을 안 열어줘', '문 안 열어줘', '문 안열어줘', '문을 안열어줘', '엄마가 나가라고', '아빠가 나가라고', '엄마가 나가래', '아빠가 나가래'], b: ['밤에', '밤인데', '밤이라', '추워', '신발도 없', '신발도 안 신', '신발 안 신', '맨발', '놀이터', '공원'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['đuổi ra ngoài', 'đuổi em ra', 'đuổi con ra', 'không cho vào nhà', 'không cho vô nhà', 'mẹ bảo em cút', 'bố bảo em cút', 'ba bảo em cút', 'mẹ đuổi em', 'bố đuổi em', 'không mở cửa cho em'], b: ['ban đêm', 'buổi tối', 'lạnh', 'không có dép', 'chân đất', 'công viên'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['बाहिर निकाले', 'ढोका खोल्नुभएन', 'bahira nikale', 'dhoka kholnu bhayena'], b: ['राति', 'जाडो', 'चिसो', 'खाली खुट्टा', 'rati', 'jado'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['pinalabas ako ni', 'nilock ako sa labas', 'ayaw akong papasukin', 'pinalayas ako ni mama', 'pinalayas ako ni papa', 'pinalayas ako ng nanay', 'pinalayas ako ng tatay', 'ayaw buksan ang pinto'], b: ['gabi', 'malamig', 'walang tsinelas', 'nakayapak'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['me colocou pra fora', 'me pôs pra fora', 'me trancou do lado de fora', 'minha mãe me mandou sair', 'meu pai me mandou sair', 'minha mãe me expulsou', 'meu pai me expulsou', 'não abre a porta pra mim'], b: ['de noite', 'à noite', 'frio', 'descalço', 'descalça', 'no parque'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['diusir keluar', 'dikunciin di luar', 'dikunci di luar', 'gak dibukain pintu', 'diusir mama', 'diusir ibu', 'diusir ayah', 'diusir bapak', 'nggak dibukain pintu', 'tidak dibukakan pintu'], b: ['malam', 'dingin', 'nyeker', 'tanpa alas kaki', 'di taman', 'gak pakai sandal'] }] },
    },
  },
  {
    name: 'in a child’s own words: the parent away for days or weeks (not home, gone abroad, not answering) and the money or food run out; no food at home but the school lunch',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [
        { reach: 40, acrossSentences: true, a: ['まま...かえってこな', 'おかあさん...かえってこな', 'お母さん...帰ってこな', '親が...帰ってこな', 'まま...へんじない', 'まま...くににかえ'], b: ['おかねない', 'おかねがない', 'おかねもうない', 'ぱんだけ', 'たべものない', 'おなかすいた'] },
        { reach: 40, acrossSentences: true, a: ['いえにごはんない', 'いえにごはんがない', '家にご飯がない', '家に食べ物がない', 'いえにごはんがありません', 'いえにごはんはありません', '家にご飯がありません', '家にご飯はありません', 'いえにたべものがありません', '家に食べ物がありません', 'いえにごはんがないです', '家にご飯がないです'], b: ['きゅうしょくだけ', '給食だけ', '給食しか', '土日は', 'やすみのひ'] },
      ] },
      en: { pairs: [
        { reach: 60, acrossSentences: true, a: ['mom...hasnt come home', 'mum...hasnt come home', 'mom...not come back', 'mum...not come back', 'mom...not answering', 'mum...not answering'], b: ['money for food', 'no money left', 'money ran out', 'nothing to eat', 'only bread'] },
        { reach: 60, acrossSentences: true, a: ['no food at home', 'nothing to eat at home'], b: ['school lunch', 'lunch at school', 'weekends'] },
      ] },
      zh: { pairs: [
        { reach: 30, acrossSentences: true, a: ['妈妈...没回家', '妈妈...没回来', '妈妈...联系不上', '妈妈...不接电话', '妈妈回国'], b: ['钱花完', '钱用完', '没钱买', '没有吃的', '没吃的', '只吃面包'] },
        { reach: 30, acrossSentences: true, a: ['家里没有吃的', '家里没吃的', '家里没饭'], b: ['学校的午饭', '学校午餐', '周末'] },
      ] },
      ko: { pairs: [
        { reach: 40, acrossSentences: true, a: ['엄마가...안 들어와', '엄마가...집에 안 와', '엄마...연락이 안', '엄마...전화 안 받', '엄마가 본국'], b: ['돈이 다 떨어', '먹을 게 없', '먹을 것도 없', '빵만 먹', '라면만 먹'] },
        { reach: 40, acrossSentences: true, a: ['집에 먹을 게 없', '집에 밥이 없'], b: ['급식만', '주말에는', '주말엔'] },
      ] },
      vi: { pairs: [
        { reach: 60, acrossSentences: true, a: ['mẹ...không về', 'mẹ...chưa về', 'mẹ...về nước', 'mẹ...không nghe máy', 'mẹ...không liên lạc được'], b: ['hết tiền', 'không có gì ăn', 'không có đồ ăn', 'chỉ ăn bánh mì', 'chỉ ăn mì'] },
        { reach: 60, acrossSentences: true, a: ['nhà không có gì ăn', 'nhà không có đồ ăn', 'nhà không có cơm'], b: ['ở trường', 'cuối tuần'] },
      ] },
      ne: { pairs: [
        { reach: 60, acrossSentences: true, a: ['आमा...घर आउनुभएको छैन', 'आमा...फोन उठाउनुहुन्न', 'आमा...नेपाल जानु', 'aama...ghar aaunu bhayeko chhaina', 'aama...phone uthaunu hunna', 'aama...nepal janu'], b: ['पैसा सकियो', 'खाना छैन', 'paisa sakiyo', 'khana chhaina', 'khana chaina'] },
        { reach: 60, acrossSentences: true, a: ['घरमा खाना नै हुँदैन', 'घरमा खाना हुँदैन', 'घरमा खाना छैन', 'ghar ma khana hudaina', 'ghar ma khana chhaina'], b: ['क्युशोकु', 'स्कुलको खाना', 'शनिबार', 'kyushoku', 'school ko khana', 'sanibar'] },
      ] },
      tl: { pairs: [
        { reach: 60, acrossSentences: true, a: ['mama umuwi ng pinas', 'umuwi si mama', 'si mama...hindi sumasagot', 'si mama...hindi umuuwi', 'iniwan kami ni'], b: ['ubos na pera', 'ubos na po pera', 'wala nang pera', 'pambili pagkain', 'pambili ng pagkain', 'wala kaming makain'] },
        { reach: 60, acrossSentences: true, a: ['walang pagkain sa bahay', 'walang makain sa bahay'], b: ['sa school', 'kyushoku', 'weekend'] },
      ] },
      pt: { pairs: [
        { reach: 60, acrossSentences: true, a: ['mãe...não volta', 'mãe...não voltou', 'mãe...não atende', 'mãe voltou pro brasil', 'mãe foi pro brasil'], b: ['o dinheiro acabou', 'acabou o dinheiro', 'sem dinheiro pra comida', 'não tem comida', 'só pão', 'só miojo'] },
        { reach: 60, acrossSentences: true, a: ['não tem comida em casa', 'em casa não tem comida', 'em casa nunca tem comida'], b: ['merenda', 'almoço da escola', 'fim de semana'] },
      ] },
      id: { pairs: [
        { reach: 60, acrossSentences: true, a: ['mama...gak pulang', 'mama...ga pulang', 'mama...nggak pulang', 'mama...belum pulang', 'ibu...tidak pulang', 'mama...gak bales'], b: ['uangnya abis', 'uangnya udh abis', 'uangnya habis', 'uang habis', 'uang abis', 'cuma makan roti'] },
        { reach: 60, acrossSentences: true, a: ['di rumah gak ada makanan', 'di rumah tidak ada makanan', 'gak ada makanan di rumah'], b: ['makan siang sekolah', 'kyushoku', 'akhir pekan'] },
      ] },
    },
  },
  {
    // (engine.ts: «…, nobody does anything» denies nothing)
    name: 'a neighbour child screaming every night, told as a complaint that nobody does anything',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 16, a: ['隣の子', 'となりのこ', '上の階の子'], b: ['毎晩悲鳴', 'まいばんひめい', '毎晩絶叫'] }] },
      en: { pairs: [{ reach: 40, a: ['kid next door', 'child next door', 'neighbours kid', 'neighbors kid', 'kid upstairs'], b: ['screams every night', 'screaming every night', 'screams all night', 'screaming all night'] }] },
      zh: { pairs: [{ reach: 16, a: ['隔壁', '邻居', '楼上', '楼下'], b: ['每天晚上都在哭喊', '每天晚上哭喊', '每晚哭喊', '每晚惨叫', '每天晚上惨叫', '天天晚上哭喊', '每晚尖叫', '每天晚上尖叫'] }] },
      ko: { pairs: [{ reach: 24, a: ['옆집 애', '윗집 애'], b: ['밤마다 울부짖', '밤마다 소리 지르'] }] },
      vi: { pairs: [{ reach: 40, a: ['đứa trẻ nhà bên', 'con nhà hàng xóm', 'bé nhà bên', 'đứa bé nhà bên', 'đứa nhỏ nhà bên'], b: ['tối nào cũng gào', 'đêm nào cũng gào', 'tối nào cũng la hét', 'đêm nào cũng la hét', 'gào khóc mỗi đêm'] }] },
      ne: { pairs: [{ reach: 40, a: ['छिमेकीको बच्चा', 'छिमेकको बच्चा', 'chhimeki ko baccha', 'chimeki ko bachha', 'chhimekiko bachcha'], b: ['हरेक रात चिच्याउ', 'राति राति चिच्याउ', 'har rat chichyau', 'harek rat chichyau', 'rati rati chichyau'] }] },
      tl: { pairs: [{ reach: 40, a: ['bata sa kabila', 'bata sa katabi', 'anak ng kapitbahay', 'bata sa kapitbahay', 'bata sa taas'], b: ['sumisigaw gabi gabi', 'sigaw gabi gabi', 'nagsisisigaw gabi gabi', 'sumisigaw tuwing gabi', 'gabi gabi sumisigaw', 'gabi gabing sumisigaw'] }] },
      pt: { pairs: [{ reach: 40, a: ['criança do vizinho', 'filho do vizinho', 'filha do vizinho', 'criança do lado', 'criança da casa ao lado'], b: ['grita toda noite', 'gritando toda noite', 'grita todas as noites', 'berra toda noite', 'gritos toda noite'] }] },
      id: { pairs: [{ reach: 40, a: ['anak tetangga', 'anak sebelah', 'bocah sebelah', 'anak di sebelah', 'anak lantai atas'], b: ['teriak tiap malam', 'teriak setiap malam', 'menjerit tiap malam', 'menjerit setiap malam', 'tiap malam teriak'] }] },
    },
  },
  {
    // The mark named by what made it, with no «被» (「好像是衣架打的」, "belt marks"); a seat belt's is not.
    name: 'marks on a child made by a hanger, belt or cane, named by the thing',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 2, a: ['子ども', '子供', 'こども', '息子', '娘', '男の子', '女の子', '子の'], b: ['ハンガーでやられ', 'ハンガーの跡', 'ハンガーのあと', 'ベルトでやられ', 'ベルトでたたかれ'] }], idioms: ['シートベルトの跡'] },
      en: { pairs: [{ reach: 60, acrossSentences: 2, a: ['kid', 'child', 'boy', 'girl', 'son', 'daughter', 'his legs', 'her legs', 'his back', 'her back'], b: ['hanger marks', 'marks from a hanger', 'marks from a belt', 'belt marks', 'welts on'] }], idioms: ['seat belt marks', 'seatbelt marks'] },
      zh: { say: ['衣架打的', '衣架抽的', '衣架打出来的', '衣架抽出来的', '藤条打的', '藤条抽的'], pairs: [{ reach: 60, acrossSentences: 2, a: ['小朋友', '小孩', '孩子', '儿子', '女儿', '男孩', '女孩', '学生'], b: ['衣架打的', '衣架抽的', '衣架打出来', '衣架抽出来', '皮带打的', '皮带抽的', '皮带抽出来', '藤条打的', '藤条抽的', '棍子打的'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 2, a: ['아이', '애가', '애 ', '아들', '딸', '꼬마'], b: ['옷걸이 자국', '허리띠 자국', '벨트 자국'] }], idioms: ['안전벨트 자국'] },
      vi: { pairs: [{ reach: 50, acrossSentences: 2, a: ['bé', 'cháu', 'con nhà', 'đứa nhỏ', 'thằng bé', 'con bé', 'con tôi', 'con em'], b: ['lằn roi', 'vết roi', 'vết móc áo', 'vết thắt lưng', 'vết dây nịt'] }] },
      ne: { pairs: [{ reach: 50, acrossSentences: 2, a: ['bachha', 'baccha', 'bacha', 'chhora', 'chhori', 'keta', 'keti', 'बच्चा', 'छोरा', 'छोरी'], b: ['belt ko daag', 'belt ko dag', 'petiko dag', 'peti ko dag', 'बेल्टको दाग'] }] },
      tl: { pairs: [{ reach: 50, acrossSentences: 2, a: ['bata', 'anak', 'pamangkin'], b: ['latay ng sinturon', 'latay ng hanger', 'marka ng sinturon', 'marka ng hanger'] }] },
      pt: { pairs: [{ reach: 50, acrossSentences: 2, a: ['criança', 'menino', 'menina', 'filho', 'filha', 'garoto', 'garota'], b: ['marca de cinto', 'marcas de cinto', 'marca de cinta', 'marcas de cinta', 'marca de cabide', 'marcas de cabide', 'vergão', 'vergões'] }], idioms: ['cinto de segurança'] },
      id: { pairs: [{ reach: 50, acrossSentences: 2, a: ['anak', 'bocah', 'adik'], b: ['bekas ikat pinggang', 'bekas sabuk', 'bekas hanger', 'bekas rotan'] }], idioms: ['sabuk pengaman'] },
    },
  },
  {
    // «5さいの むすこは いえに ひとり です … よる しごとを します … あさ かえります»; "I don't feed her until
    // dinner because I can't get out of bed": a young child alone at home all night while the parent works,
    // or not fed because the parent cannot get up (neglect, told by the parent).
    name: 'a child alone at home all night while the parent works; a child not fed because the parent cannot get out of bed',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [
        { reach: 60, acrossSentences: 2,
          a: ['こども', '子ども', '子供', 'むすこ', '息子', 'むすめ', '娘', 'あかちゃん', '赤ちゃん'].flatMap((k) => ['はいえにひとり', 'は家にひとり', 'は家に一人', 'はうちにひとり', 'をいえにひとり', 'を家に一人', 'を家にひとり', 'をおいて', 'を置いて', 'だけでいえ', 'だけで家'].map((t) => `${k}${t}`)),
          b: ['よるしごと', 'よるのしごと', '夜の仕事', '夜仕事', '夜しごと', '夜勤', 'やきん', 'あさかえ', '朝帰', 'ごはんはよういしていません', 'ごはんはありません', 'ご飯は用意していません'] },
        { reach: 40, acrossSentences: true,
          a: ['ごはんをあげられ', 'ご飯をあげられ', 'ごはんをつくれな', 'ご飯を作れな', 'ごはんをたべさせられな', 'ご飯を食べさせられな', 'ごはんをあげてな', 'ご飯をあげてな'],
          b: ['おきられな', '起きられな', 'おきあがれな', '起き上がれな', 'ふとんからでられ', '布団から出られ', 'ベッドから出られ', 'べっどからでられ'] },
        { reach: 60, acrossSentences: 2, a: ['私が起きられな', '私は起きられな', 'わたしがおきられな', 'わたしはおきられな', 'うつで起きられな', '鬱で起きられな', 'うつでおきられな', 'うつで起き上がれな', '鬱で起き上がれな', 'うつでおきあがれな', 'うつで布団から', '鬱で布団から', 'うつでふとんから'], b: ['お菓子しか食べていな', 'おかししかたべていな', 'パンしか食べていな', 'ぱんしかたべていな', 'お菓子しか', 'おかししか', 'パンしか', 'ぱんしか', 'ポテチしか', 'ぽてちしか', 'カップ麺しか', 'かっぷめんしか', 'ジュースしか', 'じゅーすしか'] },
      ] },
      en: { pairs: [
        { reach: 60, acrossSentences: true, a: ['dont feed her', 'dont feed him', 'dont feed them', 'dont feed the kids', 'dont feed my', 'didnt feed her', 'didnt feed him', 'didnt feed them', 'havent fed her', 'havent fed him', 'havent fed them', 'havent fed the kids', 'cant feed her', 'cant feed him', 'forget to feed her', 'forget to feed him', 'forgot to feed her', 'forgot to feed him'], b: ['out of bed', 'cant get up', 'too depressed', 'stay in bed', 'in bed all day', 'stopped asking'] },
        { reach: 60, acrossSentences: 2, a: ['i cant get out of bed', 'i cant get up', 'im too depressed', 'i am too depressed', 'too depressed to get', 'ive been in bed', 'i stay in bed', 'im stuck in bed', 'i havent got out of bed', 'i havent gotten out of bed'], b: ['only eaten crackers', 'only had crackers', 'only eating crackers', 'eaten nothing but', 'had nothing but', 'eating nothing but', 'only eaten chips', 'only had chips', 'only eaten cereal', 'only had cereal', 'only eaten snacks', 'only had snacks', 'just crackers', 'just chips'] },
      ] },
      zh: { pairs: [
        { reach: 30, acrossSentences: true, a: ['起不来床', '起不來床', '下不了床', '起不了床', '爬不起来'], b: ['没给她做饭', '没给他做饭', '没喂', '不给孩子吃', '没给孩子吃', '孩子饿', '孩子餓', '不喂她', '不喂他'] },
        { reach: 60, acrossSentences: 2, a: ['我起不来', '我下不了床', '我起不了床', '我爬不起来', '我一直躺着', '抑郁起不来', '抑郁得起不来', '抑郁到起不来'], b: ['只吃饼干', '只吃了饼干', '只吃零食', '只吃了零食', '只吃泡面', '只吃了泡面', '只有饼干', '只能吃饼干', '只能吃零食'] },
      ] },
      ko: { pairs: [
        { reach: 30, acrossSentences: true, a: ['침대에서 못 일어나', '일어나지 못해', '못 일어나서', '일어날 수가 없어'], b: ['밥을 안 줘', '밥을 못 줘', '밥을 안 먹여', '밥을 못 먹여', '굶'] },
        { reach: 60, acrossSentences: 2, a: ['우울해서 못 일어나', '우울증으로 못 일어나', '우울해서 일어나지 못', '제가 못 일어나', '제가 일어나지 못', '저는 일어날 수가 없', '저는 누워만 있', '제가 누워만 있'], b: ['과자만 먹', '과자로 때우', '라면만 먹', '빵만 먹', '과자만 줬'] },
      ] },
      vi: { pairs: [
        { reach: 40, acrossSentences: true, a: ['không dậy nổi', 'không ra khỏi giường', 'không rời giường', 'nằm liệt giường'], b: ['không cho con ăn', 'chưa cho con ăn', 'không cho bé ăn', 'chưa cho bé ăn', 'con đói', 'bé đói', 'bỏ đói'] },
        { reach: 60, acrossSentences: 2, a: ['nằm suốt không dậy', 'trầm cảm nằm', 'trầm cảm nặng nằm', 'trầm cảm không dậy', 'trầm cảm nặng không dậy', 'mẹ không dậy nổi', 'mẹ nằm suốt', 'tôi không ra khỏi giường'], b: ['chỉ ăn bánh', 'chỉ ăn mì', 'chỉ ăn snack', 'chỉ ăn bim bim', 'chỉ có bánh quy', 'chỉ ăn đồ ăn vặt', 'ăn bánh quy trừ bữa', 'chỉ uống nước'] },
      ] },
      ne: { pairs: [
        { reach: 40, acrossSentences: true, a: ['ओछ्यानबाट उठ्न सक्दिन', 'उठ्नै सक्दिन', 'uthna sakdina', 'uthnai sakdina'], b: ['खाना दिन', 'खुवाउन', 'भोकै', 'khana dina', 'khuwauna', 'bhokai'] },
        { reach: 60, acrossSentences: 2, a: ['ओछ्यानबाट उठ्न सक्दिन', 'उठ्नै सक्दिन', 'uthna sakdina', 'uthnai sakdina', 'ma sutirahanchu', 'म सुतिरहन्छु'], b: ['बिस्कुट मात्र', 'चाउचाउ मात्र', 'biscuit matra', 'biskut matra', 'chauchau matra'] },
      ] },
      tl: { pairs: [
        { reach: 40, acrossSentences: true, a: ['di ako makabangon', 'hindi ako makabangon', 'di makabangon', 'hindi makabangon'], b: ['di ko siya napapakain', 'hindi ko siya napapakain', 'hindi ko pinapakain', 'di ko pinapakain', 'gutom si', 'gutom ang anak'] },
        { reach: 60, acrossSentences: 2, a: ['di ako makabangon', 'hindi ako makabangon', 'nakahiga lang ako', 'maghapon akong nakahiga', 'depress ako', 'depressed ako'], b: ['biskwit lang', 'biskuwit lang', 'puro biskwit', 'puro biskuwit', 'crackers lang', 'puro crackers', 'tinapay lang kinakain', 'puro chichirya', 'chichirya lang'] },
      ] },
      pt: { pairs: [
        { reach: 40, acrossSentences: true, a: ['não consigo levantar da cama', 'nao consigo levantar da cama', 'não consigo sair da cama', 'nao consigo sair da cama'], b: ['não dou comida', 'nao dou comida', 'não dei comida', 'sem comer', 'passa fome', 'não alimento'] },
        { reach: 60, acrossSentences: 2, a: ['não consigo levantar', 'nao consigo levantar', 'não consigo sair da cama', 'nao consigo sair da cama', 'fico deitada o dia todo', 'fico deitado o dia todo', 'fico na cama o dia todo', 'estou em depressão', 'to em depressão'], b: ['só comeu bolacha', 'so comeu bolacha', 'só comendo bolacha', 'so comendo bolacha', 'só biscoito', 'so biscoito', 'só bolacha', 'so bolacha', 'só salgadinho', 'so salgadinho'] },
      ] },
      id: { pairs: [
        { reach: 40, acrossSentences: true, a: ['gak bisa bangun dari kasur', 'tidak bisa bangun dari tempat tidur', 'ga bisa bangun', 'nggak bisa bangun'], b: ['gak aku kasih makan', 'tidak saya beri makan', 'belum kasih makan', 'gak dikasih makan', 'anak kelaparan'] },
        { reach: 60, acrossSentences: 2, a: ['aku gak bisa bangun', 'aku ga bisa bangun', 'aku nggak bisa bangun', 'saya tidak bisa bangun', 'depresi gak bisa bangun', 'depresi ga bisa bangun', 'depresi tidak bisa bangun', 'depresi tiduran terus'], b: ['cuma makan biskuit', 'hanya makan biskuit', 'cuma makan roti', 'hanya makan roti', 'cuma makan snack', 'cuma makan mie', 'makan biskuit doang', 'biskuit doang', 'cuma makan chiki'] },
      ] },
    },
  },
  // ── crisis batch 7 (helper C): understated or child-voiced neglect and abuse ──
  {
    // «我女兒3歲，每天晚上都自己在家», «deixamos o bebê de 8 meses dormindo sozinho no apartamento», «con 5 tuổi
    // … khóa cửa để nó trong phòng một mình»: a baby or small child (an age that says so) left alone at home
    // or locked in a room while the parents work — told as a practical matter. Older children home alone
    // (a 12-year-old after school) stay quiet: the age words are small ones only.
    name: 'a baby or a small child of a named age left alone at home or locked in a room while the parents work',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['赤ちゃん', 'あかちゃん', '乳児', '幼児', ...['子', '娘', 'ん'].flatMap((k) => ['1歳', '2歳', '3歳', '4歳'].map((n) => `${k}${n}`)), 'にさい', 'さんさい', 'よんさい', 'ヶ月の', 'か月の', 'カ月の'], b: ['を置いて仕事', 'をおいてしごと', 'を置いて働', 'をおいてはたら', 'だけで留守番', 'だけでるすばん', 'ひとりで留守番させ', '一人で留守番させ', 'ひとりでるすばんさせ', 'を部屋に閉じ込め', 'をへやにとじこめ', 'を家に閉じ込め'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['baby', 'babies', 'toddler', 'newborn', 'month old', 'months old', '1 year old', '2 year old', '3 year old', '4 year old', 'one year old', 'two year old', 'three year old', 'four year old'], b: ['left her alone to', 'left him alone to', 'left them alone to', 'leave her alone to', 'leave him alone to', 'leave them alone to', 'left her alone and went', 'left him alone and went', 'alone while i go to work', 'alone while i work', 'alone while i went', 'alone in the apartment while', 'alone in the flat while', 'alone at home while', 'home alone while', 'sleeping alone in the apartment', 'sleeping alone at home', 'alone in the apartment at night', 'home alone at night', 'alone every night', 'locked in the room while', 'locked in his room while', 'locked in her room while'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: 1, a: [...['儿', '子', '宝'].flatMap((k) => ['1岁', '2岁', '3岁', '4岁', '5岁'].map((n) => `${k}${n}`)), '一岁', '两岁', '三岁', '四岁', '五岁', '个月大', '个月的宝宝', '个月的孩子', '宝宝', '婴儿', '小婴儿'], b: ['晚上都自己在家', '晚上自己在家', '晚上一个人在家', '晚上都一个人在家', '自己在家到', '一个人在家到', '自己在家等', '一个人在家等', '独自在家到', '锁在房间里', '锁在家里', '关在房间里', '一个人放在家', '一个人留在家', '一个人丢在家', '一个人扔在家', '自己放在家', '单独放在家', '单独留在家'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: 1, a: ['아기', '갓난', '개월', '두 살', '세 살', '네 살', '2살', '3살', '4살'], b: ['혼자 집에 두고', '집에 혼자 두고', '혼자 두고 일', '혼자 두고 출근', '혼자 재우고 일', '혼자 재우고 출근', '방에 가둬', '방에 잠가'] }] },
      vi: { pairs: [{ reach: 140, acrossSentences: 1, a: ['em bé', 'con nhỏ', 'tháng tuổi', '1 tuổi', '2 tuổi', '3 tuổi', '4 tuổi', '5 tuổi'], b: ['ở nhà một mình', 'trong phòng một mình', 'ngủ một mình ở nhà', 'khóa cửa để', 'khoá cửa để', 'khóa trong phòng', 'khoá trong phòng', 'nhốt trong phòng', 'nhốt ở nhà'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['महिनाको', 'बच्चा', 'नानी', 'mahina ko', 'bachha', 'baccha'], b: ['एक्लै घरमा छोड', 'एक्लै छोडेर', 'कोठामा थुनेर', 'eklai ghar ma chhod', 'eklai chhodera', 'kotha ma thunera'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['baby', 'sanggol', 'toddler', 'buwang gulang', '1 taong gulang', '2 taong gulang', '3 taong gulang', '4 taong gulang'], b: ['mag-isa sa bahay', 'mag isa sa bahay', 'mag-isa sa apartment', 'iniiwan mag-isa', 'iniwan mag-isa', 'nakakandado sa kwarto', 'naka-lock sa kwarto'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 1, a: ['bebê', 'nenê', 'recém-nascido', 'meses de idade', 'de 1 ano', 'de 2 anos', 'de 3 anos', 'de 4 anos', 'de um ano', 'de dois anos', 'de três anos'], b: ['sozinho no apartamento', 'sozinha no apartamento', 'sozinhos no apartamento', 'sozinho em casa enquanto', 'sozinha em casa enquanto', 'sozinhos em casa enquanto', 'sozinho em casa à noite', 'sozinha em casa à noite'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: 1, a: ['bayi', 'balita', 'batita', 'umur 1$', 'umur 2$', 'umur 3$', 'umur 4$', '2 tahun', '3 tahun', '4 tahun'], b: ['sendirian di rumah', 'sendirian di kamar', 'sendirian di apartemen', 'dikunci di kamar', 'dikunci di rumah', 'dikunciin di kamar',
        // left («tinggal», «tinggalin») alone for hours: «bayi 8 bulan kami tinggal sendiri di apato 6 jam», «ditinggal sendirian 5 jam»
        // (hours said: «kami tinggal sendiri di Jepang» is where a family lives)
        'tinggal sendiri...jam', 'tinggal sendirian...jam', 'tinggalin sendiri...jam', 'tinggalin sendirian...jam', 'ditinggal sendiri', 'ditinggal sendirian', 'ditinggalin sendiri', 'ditinggalkan sendiri', 'ditinggalkan sendirian', 'sendirian di apato', 'sendiri di apato', 'sendirian di apartemen...jam', 'sendiri di apartemen...jam', 'sendiri di rumah...jam', 'sendiri di kamar...jam', 'gak ada yg jagain', 'gak ada yang jagain', 'ga ada yg jagain', 'ga ada yang jagain', 'nggak ada yang jagain', 'tidak ada yang menjaga', 'tidak ada yang jaga'] }] },
    },
  },
  {
    // 「ごはんは きゅうしょくだけ」, «媽媽喝醉一直在睡覺，我跟妹妹從昨天都沒吃東西»: in a child's words, the only
    // meal is the school lunch, or a parent drunk or asleep and nothing eaten since yesterday.
    name: 'a child’s only meal is the school lunch; a parent drunk or asleep and nothing eaten since yesterday',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [
        { reach: 30, acrossSentences: 1, a: ['きゅうしょくだけ', '給食だけ', 'きゅうしょくしか', '給食しか'], b: ['ごはんは', 'ご飯は', 'おなかすい', 'お腹すい', 'おなかがすい', 'お腹が空', 'おなかぺこぺこ', 'なにもたべて', '何も食べて', 'いえでごはん', '家でご飯'] },
        { reach: 40, acrossSentences: 1, a: ['ママがよっぱらって', 'おかあさんがよっぱらって', 'お母さんが酔っ', 'ママがずっとねて', 'おかあさんがずっとねて', 'お母さんがずっと寝て', 'パパがよっぱらって', 'お父さんが酔っ'], b: ['きのうから', '昨日から', 'なにもたべて', '何も食べて', 'たべるものがな', '食べるものがな', 'れいぞうこ', '冷蔵庫'] },
      ] },
      en: {
        say: ['only meal is school lunch', 'only meal is the school lunch', 'only food is school lunch', 'only real meal is at school', 'only meal is at school', 'only eat at school'],
        pairs: [{ reach: 60, acrossSentences: 1, a: ['mom is drunk', 'moms drunk', 'mum is drunk', 'mums drunk', 'mom passed out', 'mum passed out', 'dad is drunk', 'dads drunk', 'mom keeps sleeping', 'mum keeps sleeping'], b: ['havent eaten since', 'nothing to eat', 'no food in the', 'fridge is empty', 'havent eaten anything', 'didnt eat since'] }],
      },
      zh: {
        say: ['只有学校的午餐', '只能吃学校午餐', '只靠学校午餐', '只有在学校才有饭吃', '饭只有学校的营养午餐'],
        pairs: [{ reach: 30, acrossSentences: 1, a: ['妈妈喝醉', '爸爸喝醉', '阿妈饮醉', '阿爸饮醉', '妈妈一直在睡', '妈妈一直睡', '爸爸一直在睡', '爸爸一直睡', '妈妈叫不醒', '妈妈没回家', '爸爸没回家'], b: ['从昨天', '从前天', '两天没吃', '一天没吃', '都没吃东西', '没吃东西', '冰箱也没有', '冰箱里什么都没', '冰箱空', '冇嘢食', '未食嘢'] }],
      },
      ko: {
        say: ['밥은 급식뿐', '급식 말고는 굶', '급식 말고는 못 먹', '급식이 유일한 밥'],
        pairs: [{ reach: 40, acrossSentences: 1, a: ['엄마가 술에 취해', '엄마가 취해서', '아빠가 술에 취해', '엄마가 계속 자', '엄마가 안 일어나'], b: ['어제부터', '아무것도 못 먹', '아무것도 안 먹', '먹을 게 없', '냉장고'] }],
      },
      vi: {
        say: ['chỉ được ăn ở trường', 'bữa ăn duy nhất là ở trường', 'chỉ có bữa trưa ở trường'],
        pairs: [{ reach: 60, acrossSentences: 1, a: ['mẹ say rượu', 'mẹ say xỉn', 'bố say rượu', 'mẹ ngủ suốt', 'mẹ ngủ mãi', 'mẹ không dậy'], b: ['từ hôm qua', 'chưa ăn gì', 'không có gì ăn', 'tủ lạnh cũng'] }],
      },
      ne: {
        say: ['स्कुलको खाना मात्र खान', 'school ko khana matra khana'],
        pairs: [{ reach: 60, acrossSentences: 1, a: ['आमा मातेर', 'बुबा मातेर', 'aama matera', 'buba matera'], b: ['हिजोदेखि', 'केही खाएका छैनौं', 'hijo dekhi', 'kehi khaeko chhaina'] }],
      },
      tl: {
        say: ['sa school lang nakakakain', 'sa eskwela lang nakakakain', 'sa school lang kumakain'],
        pairs: [{ reach: 60, acrossSentences: 1, a: ['lasing si mama', 'lasing si nanay', 'lasing si papa', 'tulog lang si mama', 'tulog lang si nanay'], b: ['kahapon pa', 'walang makain', 'hindi pa kumakain', 'di pa kumakain', 'walang laman ang ref'] }],
      },
      pt: {
        say: ['a única refeição é a da escola', 'única refeição é na escola', 'só a merenda da escola', 'única comida é a merenda'],
        pairs: [{ reach: 60, acrossSentences: 1, a: ['mamãe bêbada', 'mãe tá bêbada', 'mãe está bêbada', 'mãe bêbada', 'pai bêbado', 'mãe só dorme', 'mãe não acorda'], b: ['desde ontem', 'nada pra comer', 'nada para comer', 'não comemos', 'geladeira vazia', 'geladeira tá vazia'] }],
      },
      id: {
        say: ['cuma makan di sekolah', 'makan cuma dari sekolah', 'makannya cuma di sekolah'],
        pairs: [{ reach: 60, acrossSentences: 1, a: ['mama mabuk', 'ibu mabuk', 'bapak mabuk', 'papa mabuk', 'mama tidur terus', 'ibu tidur terus'], b: ['dari kemarin', 'belum makan', 'nggak ada makanan', 'gak ada makanan', 'kulkas kosong'] }],
      },
    },
  },
  {
    // «考不到90分就不准吃晚餐，已經第四天了», 「テストの点が悪いとご飯抜き」: food withheld from a child as a rule or a
    // punishment for marks or disobedience. (Fasting before surgery or a check-up names neither.)
    name: 'food withheld from a child as a punishment for marks or disobedience',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['ご飯抜き', 'ごはん抜き', 'ごはんぬき', '夕飯抜き', '晩ご飯抜き', '食事抜き', 'ご飯をあげな', 'ごはんをあげな', '食べさせない', 'たべさせない'], b: ['テストの', '点数', 'てんすう', '成績', 'せいせき', 'お仕置き', 'おしおき', '罰として', 'ばつとして', '言うことを聞かな', 'いうことをきかな'] }] },
      en: { pairs: [{ reach: 48, acrossSentences: 1, a: ['no dinner', 'not allowed to eat', 'dont let him eat', 'dont let her eat', 'doesnt let him eat', 'doesnt let her eat', 'withhold food', 'withholding food', 'no food as', 'no supper', 'no meals', 'without dinner', 'without supper', 'without food', 'send him to bed hungry', 'send her to bed hungry', 'sends him to bed hungry', 'sends her to bed hungry', 'sending him to bed hungry', 'sending her to bed hungry', 'sent him to bed hungry', 'sent her to bed hungry', 'skip dinner', 'skip meals'],
        b: ['as punishment', 'as a punishment', 'grades', 'test score', 'bad score', 'below 90', 'below 80', 'for days', 'fourth day', 'third day', 'lost weight', 'doesnt listen',
          // the punishing verb itself, and what it does to the child («punishes him by giving him no dinner … he's getting so thin»)
          // (the child's thinness with him or her named: «I'm getting so thin» on a diet is the writer's own)
          'punish', 'punishes', 'punished', 'punishing', 'hes getting so thin', 'shes getting so thin', 'he is getting so thin', 'she is getting so thin', 'hes getting thin', 'shes getting thin', 'he is getting thin', 'she is getting thin',
          'hes so thin', 'shes so thin', 'he is so thin', 'she is so thin', 'hes skin and bones', 'shes skin and bones', 'he is skin and bones', 'she is skin and bones', 'is all he eats', 'is all she eats', 'school lunch is the only', 'his only meal', 'her only meal'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['不准吃', '不许吃', '不给吃饭', '不让吃饭', '不给饭吃', '不给吃晚饭', '唔俾食', '唔准食', '罚不吃饭', '罚他不吃', '罚她不吃'], b: ['考不到', '考不好', '考砸', '成绩', '分就', '不听话', '惩罚', '规矩', '第三天', '第四天', '第五天', '好几天', '瘦了'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: 1, a: ['밥을 안 주', '밥을 굶기', '밥 안 주', '저녁을 안 주', '저녁 굶기', '굶겨'], b: ['점수', '성적', '시험', '벌로', '말을 안 들', '안 들으면'] }] },
      vi: { pairs: [{ reach: 48, acrossSentences: 1, a: ['không cho ăn', 'không cho con ăn', 'bắt nhịn ăn', 'bắt con nhịn', 'phạt nhịn'], b: ['điểm', 'bài thi', 'phạt', 'không nghe lời', 'không vâng lời'] }] },
      ne: { pairs: [{ reach: 48, acrossSentences: 1, a: ['खाना नदिने', 'खाना दिँदैन', 'khana nadine', 'khana didaina'], b: ['सजाय', 'नम्बर', 'परीक्षा', 'sajaya', 'pariksha'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: 1, a: ['hindi pinapakain', 'di pinapakain', 'walang hapunan', 'bawal kumain'], b: ['grades', 'grado', 'parusa', 'hindi sumunod', 'marka', 'exam'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 1, a: ['sem jantar', 'não deixo comer', 'não deixa comer', 'proibido de comer', 'proibida de comer', 'fica sem comer'], b: ['castigo', 'nota baixa', 'notas', 'prova', 'não obedece', 'desobedece'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: 1, a: ['tidak dikasih makan', 'nggak dikasih makan', 'gak dikasih makan', 'ga dikasih makan', 'nggak boleh makan', 'gak boleh makan'], b: ['hukuman', 'nilai', 'ulangan', 'nggak nurut', 'tidak nurut', 'gak nurut'] }] },
    },
  },
  {
    // «saya sering nyubit dan nampar anak saya sampai merah-merah, kadang saya takut sama diri saya»: a parent
    // telling of their own hitting or pinching of their child, leaving marks or out of their control.
    name: 'a parent’s own pinching, slapping or hitting of their child, leaving marks or beyond their control',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['子どもをたたい', '子供を叩い', 'こどもをたたい', '子どもをつね', '子供をつね', 'こどもをつね', '子どもを殴', '子供を殴', 'むすこをたたい', 'むすめをたたい', '息子を叩い', '娘を叩い'], b: ['あざ', 'アザ', '赤くなる', 'あかくなる', '自分が怖', 'じぶんがこわ', '止められな', 'とめられな'] }] },
      en: { pairs: [{ reach: 48, acrossSentences: 1, a: ['i hit my son', 'i hit my daughter', 'i hit my kid', 'i slap my son', 'i slap my daughter', 'i slap my kid', 'i pinch my son', 'i pinch my daughter', 'i pinch my kid', 'i smack my kid', 'i beat my kid', 'i beat my son', 'i beat my daughter'], b: ['leaves marks', 'left marks', 'bruise', 'until its red', 'scared of myself', 'afraid of myself', 'cant stop myself', 'cant control myself'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['我打孩子', '我掐孩子', '我打女儿', '我打儿子', '我掐女儿', '我掐儿子', '我扇孩子', '我打小孩'], b: ['红肿', '发紫', '淤青', '瘀青', '青一块', '怕我自己', '控制不住'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['아이를 때리', '애를 때리', '아이를 꼬집', '애를 꼬집', '아들을 때리', '딸을 때리'], b: ['멍이', '빨갛게', '자국', '제 자신이 무서', '내가 무서', '멈출 수가 없', '참을 수가 없'] }] },
      vi: { pairs: [{ reach: 48, acrossSentences: 1, a: ['tôi đánh con', 'em đánh con', 'tôi véo con', 'em véo con', 'tôi tát con', 'em tát con'], b: ['bầm', 'đỏ lên', 'sợ chính mình', 'không kiềm chế', 'không kìm được'] }] },
      ne: { pairs: [{ reach: 48, acrossSentences: 1, a: ['छोरालाई पिट', 'छोरीलाई पिट', 'बच्चालाई पिट', 'chhoralai pit', 'chhorilai pit'], b: ['निलो', 'रातो', 'आफैंसँग डर', 'nilo', 'rato'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: 1, a: ['nasasampal ko', 'napapalo ko', 'kinukurot ko', 'sinasampal ko', 'pinapalo ko'], b: ['pasa', 'namumula', 'takot ako sa sarili', 'di ko mapigilan', 'hindi ko mapigilan'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 1, a: ['bato no meu filho', 'bato na minha filha', 'belisco meu filho', 'belisco minha filha', 'bati no meu filho', 'bati na minha filha'], b: ['fica roxo', 'ficou roxo', 'marcas', 'vermelho', 'medo de mim mesma', 'medo de mim mesmo', 'não consigo parar', 'não consigo me controlar'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: 1, a: ['nyubit...anak', 'nampar...anak', 'mukul...anak', 'mukulin...anak', 'menampar...anak', 'mencubit...anak', 'memukul...anak', 'nabok...anak', 'nendang...anak'], b: ['sampai merah', 'sampai biru', 'sampai memar', 'sampai lebam', 'sampai bengkak', 'sampai berdarah', 'takut sama diri', 'takut dengan diri', 'takut pada diri', 'nggak bisa berhenti', 'gak bisa berhenti', 'tidak bisa berhenti'] }] },
    },
  },
  {
    // «chú … sờ người nó và dặn không được kể với ai», «pumapasok sa banyo habang naliligo siya at hinihipo
    // siya»: a man in the household touching a child, with a secret demanded or while she bathes. Touching a
    // body to feel a fever names no secret and no bath.
    name: 'a child touched by an adult of the household, told to keep it secret or walked in on while bathing',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['からだをさわ', '体を触', 'むねをさわ', '胸を触', 'おふろをのぞ', '風呂を覗', 'ふろをのぞ'], b: ['だれにもいうな', '誰にも言うな', 'だれにもいっちゃ', '誰にも言っちゃ', 'ないしょだよ', '内緒だよ', 'ひみつだよ', '秘密だよ', 'いわないように', '言わないように', '娘', 'むすめ', '姪', 'めい'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['touches her private', 'touched her private', 'touching her private', 'touches her down there', 'touched her down there', 'comes into the bathroom while she', 'goes into the bathroom while she', 'walks in while she showers', 'walks in while shes in the bath'], b: ['niece', 'my daughter', 'year old', 'not to tell', 'dont tell', 'keep it a secret', 'our secret'] }] },
      zh: { pairs: [
        { reach: 24, acrossSentences: 1, a: ['摸她', '摸我女儿', '摸她身体', '乱摸她', '乱摸我', '乱摸孩子', '摸她的身体'], b: ['不准告诉', '不要告诉', '别告诉', '不许说', '不准讲', '唔准讲', '秘密'] },
        { reach: 24, acrossSentences: 1, a: ['洗澡的时候进', '洗澡时进', '偷看她洗澡', '冲凉嘅时候入'], b: ['女儿', '侄女', '外甥女', '岁', '小孩'] },
      ] },
      ko: { pairs: [
        { reach: 40, acrossSentences: 1, a: ['몸을 만지', '몸을 더듬', '가슴을 만지'], b: ['말하지 말라', '말하지 말랬', '비밀이라', '아무한테도'] },
        { reach: 40, acrossSentences: 1, a: ['씻을 때 들어오', '샤워할 때 들어오', '목욕할 때 들어오'], b: ['딸', '조카', '살짜리'] },
      ] },
      vi: { pairs: [
        { reach: 60, acrossSentences: 1, a: ['sờ soạng', 'sờ mó', 'sờ vùng kín', 'sờ ngực', 'sờ vào chỗ kín', 'sờ người', 'sờ vào người'], b: ['không được kể', 'không được nói', 'đừng kể', 'đừng nói với', 'giữ bí mật', 'bí mật nhé'] },
        { reach: 60, acrossSentences: 1, a: ['sờ soạng', 'sờ mó', 'sờ vùng kín', 'sờ ngực', 'vào nhà tắm lúc'], b: ['con gái', 'con bé', 'cháu gái', 'bé gái', 'tuổi'] },
      ] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['शरीर छुने', 'शरीरमा हात', 'छातीमा हात', 'sharir chhune', 'sarir chhune'], b: ['कसैलाई नभन', 'नभन्नु', 'गोप्य', 'kasailai nabhan', 'nabhannu'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: 1, a: ['hinihipo', 'hinipo', 'hinihipuan', 'hinipuan', 'pumapasok sa banyo habang naliligo', 'sinisilipan', 'binobosohan'], b: ['pamangkin', 'anak ko', 'yung bata', 'ang bata', 'apo ko', 'naliligo', 'wag sasabihin', 'huwag sasabihin', 'sikreto'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 1, a: ['passa a mão nela', 'passou a mão nela', 'toca nas partes', 'mexe nas partes', 'entra no banheiro quando ela', 'entra no banheiro enquanto ela'], b: ['não contar', 'não pode contar', 'segredo', 'sobrinha', 'minha filha', 'anos'] }] },
      id: { pairs: [
        { reach: 48, acrossSentences: 1, a: ['meraba', 'megang-megang', 'pegang-pegang', 'grepe'], b: ['jangan bilang', 'jangan cerita', 'rahasia'] },
        { reach: 48, acrossSentences: 1, a: ['pegang-pegang', 'megang-megang', 'meraba', 'grepe', 'ngintip', 'ngintipin'], b: ['waktu dia mandi', 'saat dia mandi', 'pas dia mandi', 'dia lagi mandi', 'dia sedang mandi'] },
      ] },
    },
  },
  {
    // «阿爸每晚飲完酒就話要拎我出去 唔俾我入屋 我好凍»: a parent putting the child out and not letting them back
    // in (Cantonese and Mandarin), named with the parent or the child's age.
    name: 'a parent who will not let the child back in (Cantonese and Mandarin)',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['パパ', 'ママ', 'おとうさん', 'おかあさん', 'お父さん', 'お母さん'], b: ['いえにいれてくれな', '家に入れてくれな', 'うちにいれてくれな', 'いえにはいれてくれな', 'しめだされ', '締め出され'] }] },
      en: { pairs: [{ reach: 40, acrossSentences: 1, a: ['my dad', 'my mom', 'my mum', 'my stepdad', 'my stepmom'], b: ['wont let me back in', 'wont let me in the house', 'locked me outside', 'wont open the door for me'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: 1, a: ['아빠가', '엄마가', '새아빠가'], b: ['집에 못 들어오게', '문을 안 열어', '밖으로 내쫓'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: 1, a: ['bố', 'mẹ', 'ba con', 'dượng'], b: ['không cho con vào nhà', 'không cho em vào nhà', 'đuổi con ra ngoài', 'không mở cửa cho con'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: 1, a: ['बुबा', 'आमा', 'buba', 'aama'], b: ['घरभित्र पस्न दिनु', 'घर भित्र पस्न दिँदैन', 'ghar bhitra pasna dinna', 'ghar bhitra pasna didaina'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: 1, a: ['papa', 'mama', 'tatay', 'nanay'], b: ['ayaw akong papasukin', 'hindi ako pinapapasok', 'nilock ako sa labas', 'ni-lock ako sa labas'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: 1, a: ['meu pai', 'minha mãe', 'meu padrasto'], b: ['não me deixa entrar', 'me trancou do lado de fora', 'me deixou do lado de fora'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: 1, a: ['bapak', 'ayah', 'ibu', 'mama', 'papa'], b: ['nggak boleh masuk rumah', 'gak dibolehin masuk', 'dikunci di luar', 'tidak boleh masuk rumah'] }] },
      zh: { pairs: [{ reach: 24, a: ['阿爸', '阿妈', '爸爸', '妈妈', '老豆', '爹地', '妈咪', '岁'], b: ['唔俾我入屋', '唔畀我入屋', '唔俾我返屋', '唔畀我返屋', '唔开门俾我', '唔开门畀我', '不让我进屋', '不让我进门', '不给我开门', '把我关在门外', '把我锁在外面'] }] },
    },
  },
  {
    // "im 14 … he said if i tell anyone how it happened he'll do it again": a young person, in their own
    // words, threatened with more of the same if they tell.
    name: 'a young person told it will happen again if they tell anyone',
    signal: 'child_abuse',
    words: {
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['선생님한테 말하면', '선생님께 말하면', '학교에 말하면'], b: ['또 때린', '더 때린', '죽인다'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: 1, a: ['nếu con kể', 'nếu con nói với cô', 'nếu cháu kể', 'nếu con mách'], b: ['đánh tiếp', 'đánh nữa', 'đánh chết'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: 1, a: ['शिक्षकलाई भने', 'sir lai bhane', 'miss lai bhane'], b: ['फेरि पिट्छ', 'pheri pitchha', 'feri pitchha'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: 1, a: ['pag sinabi ko sa teacher', 'pag nagsumbong ako sa teacher', 'pag nagsumbong ako sa guro'], b: ['bubugbugin ulit', 'papaluin ulit', 'uulitin niya', 'sasaktan ulit'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: 1, a: ['se eu contar pra professora', 'se eu contar para a professora', 'se eu contar na escola'], b: ['vai me bater de novo', 'me bate de novo', 'faz de novo'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: 1, a: ['kalau aku bilang ke guru', 'kalau aku lapor ke guru', 'kalau saya bilang ke guru'], b: ['dipukul lagi', 'mukul lagi', 'dihajar lagi'] }] },
      en: { pairs: [{ reach: 250, acrossSentences: 3, a: ['im 10$', 'im 11$', 'im 12$', 'im 13$', 'im 14$', 'im 15$', 'im 16$', 'i am 12$', 'i am 13$', 'i am 14$', 'i am 15$', 'i am 16$', 'my dad', 'my stepdad', 'my mom', 'my mum', 'my stepmom'], b: ['if i tell anyone how it happened', 'if i tell anyone what happened', 'if i tell anyone he', 'if i tell anyone she', 'if i tell anyone hell', 'if i tell anyone shell', 'if i told anyone he', 'if i told anyone she', 'if i tell anyone hed', 'if i tell anyone shed'] }] },
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['せんせいにいったら', '先生に言ったら', 'がっこうにいったら', '学校に言ったら'], b: ['またなぐる', 'また殴る', 'またたたく', 'また叩く', 'またやる', 'もっとひどい'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['如果我告诉老师', '要是我告诉老师', '我告诉老师就', '如果我跟老师讲', '如果我话俾老师知'], b: ['就再打', '还会再打', '再打我', '打得更', '打死我'] }] },
    },
  },
  // ── pass C2b, seventeenth session: children and teenagers writing for themselves about home ──
  {
    // «親が3日帰ってきてない … 冷蔵庫マヨネーズしかない», «我妈回国一个多月了 … 周末没东西吃», «엄마 한국 간 지 … 동생이랑
    // 둘이 있음 돈 다 떨어짐», "mom hasnt been home in 4 days, nothing in the fridge": a mother or both parents
    // not home for days (or gone abroad, or the carer who was to come never came), and no food. Money alone
    // is an adult's worry too (a student whose parents went home, a wife whose husband stays out), and a
    // father out for days is as often a wife's husband: the child's mother, the food and the time are asked for.
    name: 'in a child’s own words: a parent gone days or weeks, or abroad, and no food at home',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['親が', 'おやが', '両親', 'りょうしん', 'ママ', 'お母さん', 'おかあさん', '母さん', 'かあさん'].flatMap((who) =>
          ['日', 'にち', '週', 'しゅう', '月'].flatMap((long) =>
            ['帰ってこな', '帰ってきてな', '帰ってな', 'かえってこな', 'かえってきてな', 'かえってな'].map((gone) => `${who}...${long}...${gone}`))),
        b: ['冷蔵庫...しかな', 'れいぞうこ...しかな', '冷蔵庫...何もな', '冷蔵庫...なにもな', '冷蔵庫空', '冷蔵庫が空', '冷蔵庫からっぽ', '冷蔵庫が空っぽ', 'れいぞうこからっぽ', '給食しか', 'きゅうしょくしか', '給食だけ', 'きゅうしょくだけ', '食べるものがな', '食べるものな', 'たべるものがな', 'たべるものな', '食べ物がな', '食べ物な', 'たべものがな', 'たべものな', '何も食べてな', 'なにもたべてな', 'ご飯がな', 'ごはんがな', 'ご飯な', 'ごはんな', 'ごはんもうな'] }, { reach: 60, acrossSentences: 2, a: ['親が国に帰', 'おやがくににかえ', 'ママが国に帰', 'ままがくににかえ', 'お母さんが国に帰', 'おかあさんがくににかえ', 'ママ...国に帰って', '親...国に帰って', '両親...国に帰', ...['父', 'お父さん', 'おとうさん', '母', 'ママ', 'お母さん', 'おかあさん'].flatMap((who) => ['出張...週間', '出張...月', 'しゅっちょう...しゅうかん'].map((away) => `${who}...${away}`))], b: ['給食しか', 'きゅうしょくしか', '給食だけ', 'きゅうしょくだけ', '食べるものがな', 'たべるものがな', '食べ物がな', 'たべものがな', '何も食べてな', 'なにもたべてな'] }, { reach: 60, acrossSentences: 2, a: ['来るはずの...来な', 'くるはずの...こな', '来てくれるはずの...来な', '見に来てくれるはず', '誰も来な', 'だれもこな'], b: ['冷蔵庫...しかな', 'れいぞうこ...しかな', '冷蔵庫...何もな', '冷蔵庫空', '冷蔵庫が空', '冷蔵庫からっぽ', '給食しか', 'きゅうしょくしか', '食べるものがな', 'たべるものがな', '食べ物がな', 'たべものがな', '何も食べてな', 'なにもたべてな'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['mom', 'mum', 'mommy', 'mummy', 'mother', 'parents'].flatMap((who) =>
          ['hasnt been home', 'hasnt come home', 'hasnt come back', 'hasnt been back', 'havent been home', 'havent come home', 'havent come back'].map((gone) => `${who}...${gone}`)),
        b: ['nothing in the fridge', 'fridge is empty', 'the fridge only has', 'only ketchup', 'only mayo', 'nothing to eat', 'no food', 'only eat at school', 'only eating school lunch', 'only food is school lunch', 'only meal is school lunch', 'havent eaten', 'so hungry'] }, { reach: 120, acrossSentences: 2, a: ['mom went back to', 'mum went back to', 'parents went back to', 'mom flew back to', 'mum flew back to', 'parents flew back to', 'mom went home to', 'mum went home to', 'parents went home to', 'dad went back to', 'dads away for work', 'dad is away for work', 'supposed to look after us', 'supposed to check on us', 'supposed to stay with us', 'supposed to come and check'], b: ['nothing in the fridge', 'fridge is empty', 'the fridge only has', 'only ketchup', 'only mayo', 'nothing to eat', 'only eat at school', 'only eating school lunch', 'only food is school lunch', 'only meal is school lunch'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['妈', '爸妈', '父母', '家长'].flatMap((who) => ['天', '周', '星期', '礼拜', '个月'].flatMap((long) =>
          ['没回', '不回', '没有回', '冇返'].map((gone) => `${who}...${long}...${gone}`))),
        b: ['没东西吃', '没有东西吃', '没有吃的', '没吃的', '冇嘢食', '冰箱...只剩', '冰箱...空', '冰箱里什么都没', '学校午饭', '学校的午饭', '学校午餐', '学校的午餐', '只吃学校', '饿肚子', '什么都没吃'] }, { reach: 60, acrossSentences: 2, a: ['妈...回国', '爸...回国', '父母...回国', '爸妈...回国', '妈...回老家', '爸...出差...个月', '妈...出差...个月', '爸...出差...周', '把我和弟弟', '把我和妹妹', '把我跟弟弟', '把我跟妹妹'], b: ['没东西吃', '没有东西吃', '没有吃的', '没吃的', '靠学校', '学校午饭', '学校的午饭', '学校午餐', '学校的午餐', '只吃学校', '饿肚子'] }, { reach: 60, acrossSentences: 2, a: ['说好的阿姨', '说好的姨', '阿姨也没来', '阿姨没来', '没人来照顾', '没有人来照顾', '没人管我们'], b: ['没东西吃', '没有东西吃', '没有吃的', '没吃的', '冰箱...只剩', '冰箱...空', '冰箱里什么都没', '学校午饭', '学校的午饭', '饿肚子'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['엄마', '부모님', '엄빠'].flatMap((who) =>
          ['안 들어옴', '안 들어와', '안들어옴', '안 들어온 지', '집에 안 옴', '집에 안 와', '집에 안 온 지', '안 돌아옴', '안 돌아와'].map((gone) => `${who}...${gone}`)),
        b: ['먹을 게 없', '먹을 거 없', '먹을 것도 없', '먹을 게 하나도', '냉장고...밖에 없', '냉장고...비었', '냉장고 텅', '냉장고에 아무것도', '급식만', '급식밖에', '굶고', '굶었', '굶는 중', '밥 못 먹', '밥도 못 먹'] }, { reach: 80, acrossSentences: 2, a: ['엄마...한국 간', '엄마...한국에 간', '엄마...한국 갔', '아빠...한국 간', '부모님...한국 간', '부모님...한국 갔', '엄마...본국', '부모님...본국', '엄마...고향에 간', '엄마...필리핀', '봐주기로 한'], b: ['동생...돈 다 떨어', '동생...돈이 다 떨어', '동생...돈 없', '동생...돈이 없', '동생...먹을 게 없', '먹을 게 없', '먹을 거 없', '먹을 것도 없', '냉장고...밖에 없', '냉장고...비었', '냉장고 텅', '냉장고에 아무것도', '급식만', '급식밖에', '굶고', '굶었'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['mẹ', 'bố e', 'bố em', 'bố con', 'ba e', 'ba em', 'bố mẹ', 'ba mẹ'].flatMap((who) =>
          ['không về', 'ko về', 'k về'].map((gone) => `${who}...${gone}`)),
        b: ['không có gì ăn', 'ko có gì ăn', 'k có gì ăn', 'không có đồ ăn', 'ko có đồ ăn', 'k có đồ ăn', 'tủ lạnh...chỉ còn', 'tủ lạnh trống', 'tủ lạnh hết', 'tủ lạnh ko còn', 'tủ lạnh không còn', 'chỉ ăn cơm trưa ở trường', 'chỉ ăn ở trường', 'nhịn đói', 'đói mấy'] }, { reach: 120, acrossSentences: 2, a: ['mẹ...về nước', 'bố e...về nước', 'bố em...về nước', 'bố mẹ...về nước', 'ba mẹ...về nước', 'mẹ...về vn', 'bố mẹ...về vn', 'mẹ...về việt nam', 'bố e...đi công tác', 'bố em...đi công tác', 'ba e...đi công tác', 'ba em...đi công tác', 'gửi e cho', 'gửi em cho', 'gửi bọn e cho', 'nhờ cô...trông', 'nhờ chú...trông'], b: ['không có gì ăn', 'ko có gì ăn', 'k có gì ăn', 'không có đồ ăn', 'ko có đồ ăn', 'tủ lạnh...chỉ còn', 'tủ lạnh trống', 'tủ lạnh hết', 'chỉ ăn ở trường', 'chỉ ăn cơm trưa ở trường', 'nhịn đói'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['आमा...आउनुभएको छैन', 'aama...aaunu bhayeko chaina', 'aama...aaunu bhayeko chhaina', 'aama...aaunu bhaeko chaina', 'aama...ghar aaunu bhayena', 'mummy...aaunu bhayeko chaina'],
        b: ['khana chaina', 'khana chhaina', 'khana xaina', 'khane kura chaina', 'khane kura chhaina', 'fridge ma kehi chaina', 'fridge khali', 'kyushoku matra', 'school ko khana matra', 'bhok lagyo', 'खाना छैन', 'खाने कुरा छैन', 'फ्रिज खाली', 'भोक लाग्यो'] }, { reach: 120, acrossSentences: 2, a: ['aama buwa nepal', 'buwa aama nepal', 'aama buba nepal', 'buba aama nepal', 'aamabuwa nepal', 'aamabuba nepal', 'aama nepal', 'mummy nepal', 'बुवाआमा नेपाल', 'आमाबुवा नेपाल', 'बुबाआमा नेपाल', 'आमाबुबा नेपाल', 'आमा बुबा नेपाल', 'आमा बुवा नेपाल', 'बाबुआमा नेपाल', 'आमा नेपाल'], b: ['khana chaina', 'khana chhaina', 'khana xaina', 'khane kura chaina', 'khane kura kehi chaina', 'khane kura kehi chhaina', 'khane kehi chaina', 'khane kehi chhaina', 'fridge khali', 'kyushoku matra', 'खाना छैन', 'खाने कुरा छैन', 'खाने कुरा केही छैन', 'खानेकुरा केही छैन', 'खानेकुरा छैन', 'खाने केही छैन', 'खाना केही छैन', 'फ्रिज खाली'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['mama', 'nanay', 'mommy', 'magulang'].flatMap((who) =>
          ['hindi pa umuuwi', 'di pa umuuwi', 'hindi umuuwi', 'di umuuwi', 'hindi na umuwi', 'di na umuwi'].flatMap((gone) => [`${who}...${gone}`, `${gone}...${who}`])),
        b: ['walang makain', 'wala kaming makain', 'walang pagkain', 'walang laman ang ref', 'walang laman yung ref', 'walang laman ref', 'sa school lang kumakain', 'kyushoku lang', 'nagugutom na kami'] }, { reach: 120, acrossSentences: 2, a: ['umuwi ng pinas si', 'umuwi sa pinas si', 'umuwi ng pilipinas si', 'umuwi sina mama', 'umuwi si mama', 'umuwi si papa', 'iniwan kami kay', 'iniwan kami sa', 'pinabantayan kami kay'], b: ['walang makain', 'wala kaming makain', 'walang laman ang ref', 'walang laman yung ref', 'sa school lang kumakain', 'kyushoku lang'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['mãe', 'mae', 'pais'].flatMap((who) =>
          ['não voltou', 'n voltou', 'nao voltou', 'não volta', 'n volta', 'não aparece', 'n aparece', 'sumiu'].map((gone) => `${who}...${gone}`)),
        b: ['não tem comida', 'n tem comida', 'nao tem comida', 'não tem nada pra comer', 'n tem nada pra comer', 'nada pra comer', 'geladeira vazia', 'geladeira...só tem', 'só como na escola', 'só a merenda', 'só o almoço da escola', 'passando fome'] }, { reach: 120, acrossSentences: 2, a: ['mãe foi pro brasil', 'mãe voltou pro brasil', 'pais foram pro brasil', 'pais voltaram pro brasil', 'mãe foi pro peru', 'pai foi pro brasil', 'deixou a gente com', 'deixaram a gente com', 'era pra cuidar da gente', 'ia cuidar da gente'], b: ['não tem comida', 'n tem comida', 'nao tem comida', 'não tem nada pra comer', 'n tem nada pra comer', 'geladeira vazia', 'geladeira...só tem', 'só como na escola', 'só a merenda', 'só o almoço da escola', 'passando fome'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['mama', 'ibu', 'ortu', 'orang tua', 'mama papa'].flatMap((who) =>
          ['gak pulang', 'ga pulang', 'nggak pulang', 'tidak pulang'].map((gone) => `${who}...${gone}`)),
        b: ['gak ada makanan', 'ga ada makanan', 'nggak ada makanan', 'tidak ada makanan', 'ga ada makan', 'kulkas kosong', 'kulkas...cuma ada', 'cuma makan di sekolah', 'kelaparan'] }, { reach: 120, acrossSentences: 2, a: ['om$...ga pernah dateng', 'om$...gak pernah dateng', 'om$...nggak pernah dateng', 'om$...ga pernah datang', 'om$...gak pernah datang', 'om$...tidak pernah datang', 'om$...ga dateng2', 'om$...gak dateng2', 'om$...belum dateng juga', 'om$...belum datang juga', 'tante...ga pernah dateng', 'tante...gak pernah dateng', 'tante...nggak pernah dateng', 'tante...ga pernah datang', 'tante...gak pernah datang', 'tante...tidak pernah datang', 'tante...ga dateng2', 'tante...gak dateng2', 'tante...belum dateng juga', 'tante...belum datang juga', 'paman...ga pernah dateng', 'paman...gak pernah dateng', 'paman...nggak pernah dateng', 'paman...ga pernah datang', 'paman...gak pernah datang', 'paman...tidak pernah datang', 'paman...ga dateng2', 'paman...gak dateng2', 'paman...belum dateng juga', 'paman...belum datang juga', 'bibi...ga pernah dateng', 'bibi...gak pernah dateng', 'bibi...nggak pernah dateng', 'bibi...ga pernah datang', 'bibi...gak pernah datang', 'bibi...tidak pernah datang', 'bibi...ga dateng2', 'bibi...gak dateng2', 'bibi...belum dateng juga', 'bibi...belum datang juga', 'bude...ga pernah dateng', 'bude...gak pernah dateng', 'bude...nggak pernah dateng', 'bude...ga pernah datang', 'bude...gak pernah datang', 'bude...tidak pernah datang', 'bude...ga dateng2', 'bude...gak dateng2', 'bude...belum dateng juga', 'bude...belum datang juga', 'pakde...ga pernah dateng', 'pakde...gak pernah dateng', 'pakde...nggak pernah dateng', 'pakde...ga pernah datang', 'pakde...gak pernah datang', 'pakde...tidak pernah datang', 'pakde...ga dateng2', 'pakde...gak dateng2', 'pakde...belum dateng juga', 'pakde...belum datang juga', ...['mama', 'papa', 'ibu', 'bapak', 'ayah', 'ortu', 'orang tua'].flatMap((who) => ['pulang ke indo', 'pulang ke indonesia', 'pulang kampung'].map((home) => `${who}...${home}`)), 'kami dititip ke', 'aku dititip ke', 'gw dititip ke', 'gue dititip ke', 'dititipin ke om', 'dititipin ke tante', 'dititip ke om', 'dititip ke tante', 'dititip ke paman', 'dititip ke bibi', 'nitip kami', 'nitipin kami'], b: ['gak ada makanan', 'ga ada makanan', 'nggak ada makanan', 'tidak ada makanan', 'kulkas kosong', 'kulkas...cuma ada', 'cuma makan di sekolah', 'kelaparan'] }] },
    },
  },
  {
    // "got hit with the hanger again", 「골프채로 때림」 (the plain «-ㅁ» ending teenagers type), «apanhei de fio»,
    // «dipukul pake hanger», «lấy móc áo đánh e»: a child beaten with a thing, in the child's own words.
    // (A ball, a door or a car is no implement here: only what is picked up to beat with.)
    name: 'in a child’s own words: beaten with a hanger, belt, cord, stick, slipper or golf club',
    signal: 'child_abuse',
    words: {
      ja: { say: ['ハンガーで叩かれ', 'ハンガーでたたかれ', 'ハンガーで殴られ', 'ハンガーでなぐられ', 'ベルトで叩かれ', 'ベルトで殴られ', 'ベルトでなぐられ', '定規で叩かれ', 'じょうぎでたたかれ', '布団たたきで叩かれ', '布団たたきでたたかれ', 'ほうきで叩かれ', 'ほうきでたたかれ', 'コードで叩かれ', 'コードでたたかれ', 'スリッパで叩かれ', 'スリッパでたたかれ', 'ゴルフクラブで殴られ', 'ゴルフクラブで叩かれ', '棒で叩かれ', 'ぼうでたたかれ', '棒で殴られ'] },
      en: {
        say: ['got hit with the hanger', 'got hit with a hanger', 'got hit with the belt', 'got hit with a belt', 'got hit with the cord', 'got hit with a cord', 'got hit with the charger', 'got hit with a charger', 'got hit with the wooden spoon', 'got hit with a wooden spoon', 'got hit with the slipper', 'got hit with a slipper', 'got hit with the chancla', 'got hit with a stick', 'got hit with the broom', 'got hit with a broom', 'got hit with the extension cord', 'got beat with', 'got whipped with', 'got whooped with', 'gets the belt', 'got the belt again', 'hit me with a hanger', 'hits me with a hanger', 'hits me with the hanger', 'hits me with the belt', 'hits me with a belt', 'hits me with the cord', 'hit me with the cord', 'whips me with'],
        pairs: [{ reach: 80, acrossSentences: 1, a: ['got the belt', 'got whooped', 'whooped me', 'got beat again', 'beat me again', 'hit me again', 'beat me with', 'whipped me with'], b: ['how do i hide', 'how to hide', 'how can i hide', 'pe is tomorrow', 'pe tomorrow', 'gym class tomorrow', 'swimming tomorrow', 'cover them up', 'cover it up'] }],
      },
      zh: { say: ['用衣架打我', '拿衣架打我', '用衣架抽我', '拿衣架抽我', '用皮带抽我', '拿皮带抽我', '用皮带打我', '拿皮带打我', '用拖鞋打我', '拿拖鞋打我', '用扫把打我', '拿扫把打我', '用鸡毛掸子打我', '拿鸡毛掸子打我', '用尺子打我', '拿尺子打我', '用电线抽我', '拿电线抽我', '用棍子打我', '拿棍子打我', '用高尔夫球杆打我', '被衣架打', '被衣架抽', '被皮带抽', '被皮带打', '被鸡毛掸子打', '被电线抽', '被棍子打', '被拖鞋打', '被扫把打'] },
      ko: { say: ['골프채로 때', '골프채로 맞', '옷걸이로 맞', '옷걸이로 때', '벨트로 맞', '허리띠로 맞', '효자손으로 맞', '효자손으로 때', '빗자루로 맞', '몽둥이로 때', '몽둥이로 맞', '회초리로 맞', '파리채로 맞', '쇠자로 때', '쇠자로 맞', '전선으로 때', '전선으로 맞', '충전기 선으로 때', '충전기 선으로 맞', '슬리퍼로 맞', '야구방망이로 때', '야구방망이로 맞', '각목으로 때', '각목으로 맞'] },
      vi: { say: ['lấy móc áo đánh', 'lấy móc phơi đồ đánh', 'lấy thắt lưng đánh', 'lấy dây nịt đánh', 'lấy dây lưng đánh', 'lấy roi đánh', 'lấy thước đánh', 'lấy dép đánh e', 'lấy dép đánh em', 'lấy dép đánh con', 'lấy dép đánh cháu', 'lấy chổi đánh e', 'lấy chổi đánh em', 'lấy chổi đánh con', 'lấy chổi đánh cháu', 'lấy cán chổi đánh e', 'lấy cán chổi đánh em', 'lấy cán chổi đánh con', 'lấy cán chổi đánh cháu', 'lấy gậy đánh e', 'lấy gậy đánh em', 'lấy gậy đánh con', 'lấy gậy đánh cháu', 'lấy dây điện đánh', 'lấy dây sạc đánh', 'bị đánh bằng móc áo', 'bị đánh bằng thắt lưng', 'bị đánh bằng dây nịt', 'bị đánh bằng roi', 'bị đánh bằng chổi', 'bị đánh bằng dép', 'bị đánh bằng thước', 'bị đánh bằng dây điện', 'bị quất bằng', 'quất roi', 'bị ăn roi', 'ăn roi mây'] },
      ne: { say: ['belt le hany', 'belt le hanyo', 'belt le pity', 'belt le pityo', 'belt le kuty', 'belt le kutyo', 'lauro le kuty', 'lauro le pity', 'lathi le kuty', 'lathi le pity', 'hanger le pity', 'hanger le hany', 'बेल्टले हान्', 'बेल्टले पिट', 'बेल्टले कुट', 'लौरोले कुट', 'लौरोले पिट', 'लट्ठीले कुट', 'लट्ठीले पिट', 'ह्याङ्गरले पिट'] },
      tl: { say: ['pinalo ako ng hanger', 'pinalo ng hanger', 'hinampas ako ng hanger', 'pinalo ako ng sinturon', 'pinalo ng sinturon', 'hinampas ako ng sinturon', 'pinalo ako ng walis', 'pinalo ng walis', 'pinalo ako ng tsinelas', 'pinalo ng tsinelas', 'pinalo ako ng kahoy', 'hinampas ako ng kahoy', 'pinalo ako ng kable', 'pinalo ako ng charger', 'pinagpapalo ako'] },
      pt: { say: ['apanhei de cinta', 'apanhei de cinto', 'apanhei com o cinto', 'apanhei com cinto', 'apanhei de chinelo', 'apanhei de fio', 'apanhei com fio', 'apanhei com o fio', 'apanhei de cabide', 'apanhei com cabide', 'apanhei de vara', 'apanhei de vassoura', 'me bateu com o cinto', 'me bateu de cinta', 'me bateu de cinto', 'me bateu com cinto', 'me bateu com o fio', 'me bateu de fio', 'me bateu com cabide', 'me bateu com o cabide', 'me bateu de chinelo', 'me bate de cinta', 'me bate de cinto', 'me bate com o cinto', 'me bate de fio', 'surra de cinto', 'surra de cinta', 'surra de fio'] },
      id: { say: ['dipukul pake hanger', 'dipukul pakai hanger', 'dipukul pake ikat pinggang', 'dipukul pakai ikat pinggang', 'dipukul pake sabuk', 'dipukul pakai sabuk', 'dipukul pake rotan', 'dipukul pakai rotan', 'dipukul pake kabel', 'dipukul pakai kabel', 'dipukulin pake', 'dipukulin pakai', 'disabet ikat pinggang', 'disabet pake'] },
    },
  },
  {
    // «chú ở chung nhà e … sờ ngực e r cười bảo đùa thôi. e 12t»: an adult of the household who touches a
    // child's chest or body or opens the bathroom door on them, told by the child (the adult's laugh is no joke).
    name: 'in a child’s own words: a man of the household touches my chest or body, opens the door while I bathe',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 2, a: ['胸を触られ', 'むねをさわられ', '胸触られ', 'むねさわられ', 'お尻を触られ', 'おしりをさわられ', '体を触られ', 'からだをさわられ', 'お風呂に入ってる時に開け', 'お風呂のドアを開け', 'おふろのどあをあけ', '風呂をのぞか', 'おふろをのぞか'], b: ['おじさん', '叔父', '伯父', '継父', 'ままの彼氏', 'ママの彼氏', 'お母さんの彼氏', 'いとこ', '一緒に住んで', 'いっしょにすんで', '居候', 'いそうろう', '小学', '中学'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 2, a: ['touched my chest', 'touches my chest', 'touched my boobs', 'touches my boobs', 'grabbed my chest', 'grabbed my boobs', 'touched my butt', 'touches my butt', 'grabbed my butt', 'opens the bathroom door when i', 'opened the bathroom door when i', 'walks in when im showering', 'walks in when i shower', 'walks in on me in the shower'], b: ['uncle', 'stepdad', 'step dad', 'moms boyfriend', 'mums boyfriend', 'my cousin', 'lives with us', 'living with us', 'staying with us', 'dads friend', 'im 10$', 'im 11$', 'im 12$', 'im 13$', 'im 14$', 'im 15$'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2, a: ['摸我胸', '摸我的胸', '摸我屁股', '摸我的屁股', '摸我身体', '我洗澡的时候...开门', '我洗澡时...开门', '趁我洗澡', '偷看我洗澡'], b: ['叔叔', '舅舅', '伯伯', '继父', '后爸', '妈妈的男朋友', '我妈的男朋友', '表哥', '堂哥', '住在我家', '住我家', '爸爸的朋友', '我爸的朋友'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2, a: ['가슴을 만졌', '가슴을 만지', '가슴 만졌', '가슴 만짐', '가슴 만지', '엉덩이를 만', '엉덩이 만', '몸을 만지', '몸 만지', '씻을 때 문을 열', '씻는데 문을 열', '샤워할 때 문을 열', '샤워하는데 문을 열', '씻을 때 문 열', '샤워하는데 문 열'], b: ['삼촌', '새아빠', '의붓아빠', '계부', '엄마 남친', '엄마 남자친구', '사촌 오빠', '같이 사는', '같이 살', '얹혀사는', '아빠 친구', '초등', '중1', '중2'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['sờ ngực', 'sờ vào ngực', 'sờ mông', 'sờ vào mông', 'sờ đùi e', 'sờ đùi em', 'sờ đùi con', 'sờ đùi cháu', 'sờ người e', 'sờ người em', 'sờ soạng e', 'sờ soạng em', 'bóp ngực', 'mở cửa lúc e đang tắm', 'mở cửa lúc em đang tắm', 'mở cửa khi e đang tắm', 'mở cửa khi em đang tắm', 'mở cửa nhà tắm', 'mở cửa phòng tắm', 'nhìn e tắm', 'nhìn em tắm', 'nhìn trộm e', 'nhìn trộm em'],
        b: ['dượng', 'anh họ', 'chú ở chung', 'chú ở nhờ', 'chú ruột', 'bạn của bố', 'bạn bố', 'bạn của ba', 'bạn ba', 'bạn của mẹ', 'người yêu mẹ', 'ở chung nhà', 'ở nhờ', 'sống chung', ...Array.from({ length: 10 }, (_, n) => [`${n + 7}t$`, `${n + 7} tuổi`]).flat(), 'lớp 5', 'lớp 6', 'lớp 7', 'lớp 8'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2, a: ['chhati chhoyo', 'chati chhoyo', 'chhati chhunu', 'chhati samaty', 'jiu chhoyo', 'jiu chhunu', 'nuhaune bela dhoka khol', 'nuhauda dhoka khol', 'छाती छोयो', 'छाती समात', 'जिउ छोयो', 'जिउमा हात', 'नुहाउँदा ढोका खोल'], b: ['uncle', 'kaka', 'mama', 'sauteni buwa', 'aama ko saathi', 'buwa ko saathi', 'sangai basne', 'अंकल', 'काका', 'मामा', 'सौतेनी बुवा', 'सँगै बस्ने', ...Array.from({ length: 8 }, (_, n) => [`${n + 8} barsa`, `${n + 8} barsha`, `${n + 8} वर्ष`]).flat()] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2, a: ['hinawakan ang dibdib ko', 'hinahawakan ang dibdib ko', 'hinipo ang dibdib ko', 'hinihipo ang dibdib ko', 'hinawakan ang pwet ko', 'hinipo ako', 'hinihipo ako', 'binubuksan ang pinto habang naliligo ako', 'binuksan ang pinto habang naliligo ako', 'sinisilipan ako', 'sinilipan ako'], b: ['tito', 'tiyo', 'stepdad', 'step dad', 'amain', 'bf ni mama', 'boyfriend ni mama', 'kinakasama ni mama', 'pinsan', 'kasama namin sa bahay', 'nakikitira', ...Array.from({ length: 8 }, (_, n) => [`${n + 8} yrs old`, `${n + 8} years old`, `${n + 8} taong gulang`]).flat()] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2, a: ['passou a mão no meu peito', 'passa a mão no meu peito', 'pegou no meu peito', 'pega no meu peito', 'passou a mão na minha bunda', 'passa a mão na minha bunda', 'passou a mão em mim', 'passa a mão em mim', 'abre a porta quando eu tô no banho', 'abre a porta do banheiro quando', 'abriu a porta do banheiro quando', 'entra no banheiro quando eu'], b: ['tio', 'padrasto', 'namorado da minha mãe', 'namorado da minha mae', 'marido da minha mãe', 'primo', 'mora com a gente', 'mora lá em casa', 'amigo do meu pai', 'tenho 10', 'tenho 11', 'tenho 12', 'tenho 13', 'tenho 14', 'tenho 15'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2, a: ['pegang dada', 'megang dada', 'megangin dada', 'pegang2 dada', 'raba dada', 'meraba dada', 'grepe', 'gerepe', 'megang pantat', 'pegang pantat', 'buka pintu pas aku mandi', 'buka pintu pas gw mandi', 'buka pintu kamar mandi pas', 'ngintip aku mandi', 'ngintip gw mandi'], b: ['om$', 'paman', 'ayah tiri', 'bapak tiri', 'pacar mama', 'pacar ibu', 'sepupu', 'tinggal bareng', 'numpang di rumah', 'temen papa', 'teman ayah', ...Array.from({ length: 8 }, (_, n) => [`${n + 8} tahun`, `${n + 8} thn`]).flat(), 'kelas 5', 'kelas 6', 'kelas 7', 'kelas 8', 'smp$'] }] },
    },
  },
  {
    // «अंकलले स्कूल जान दिनुहुन्न, दिनभरि रेस्टुरेन्टमा काम गराउनुहुन्छ … तावाले हात पोलिदिनुभयो»: a child kept from
    // school and made to work for the relative they live with, or burned on the hand as a punishment.
    name: 'in a child’s own words: kept from school and made to work all day; a hand burned as a punishment',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 2, a: ['学校に行かせてもらえな', 'がっこうにいかせてもらえな', '学校に行かせてくれな', 'がっこうにいかせてくれな', '学校行かせてもらえな'], b: ['働かされ', 'はたらかされ', '店を手伝わされ', 'みせをてつだわされ', '一日中', 'いちにちじゅう'] }], say: ['フライパンで手を焼か', 'アイロンを押し付けられ', 'あいろんをおしつけられ'] },
      en: { pairs: [{ reach: 80, acrossSentences: 2, a: ['wont let me go to school', 'doesnt let me go to school', 'dont let me go to school', 'not allowed to go to school', 'pulled me out of school'], b: ['makes me work', 'make me work', 'work all day', 'working all day', 'in the restaurant', 'in the shop', 'in the factory'] }], say: ['burned my hand on purpose', 'held my hand on the stove', 'pressed the iron on my', 'pressed a hot pan', 'burned me with the iron'] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2, a: ['不让我上学', '不让我去学校', '不给我上学', '不准我上学'], b: ['打工', '干活', '帮忙干', '一整天', '餐馆', '店里'] }], say: ['用锅烫我', '拿锅烫我', '用熨斗烫我', '拿熨斗烫我', '用烟头烫我'] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2, a: ['학교 못 가게', '학교를 못 가게', '학교 안 보내', '학교도 안 보내'], b: ['일 시켜', '일을 시켜', '일만 시켜', '하루종일 일', '가게에서 일'] }], say: ['프라이팬으로 손을 지', '다리미로 지', '손을 지졌', '손을 데게'] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2, a: ['không cho e đi học', 'không cho em đi học', 'ko cho e đi học', 'ko cho em đi học', 'k cho e đi học', 'bắt nghỉ học'], b: ['bắt e làm', 'bắt em làm', 'bắt đi làm', 'làm cả ngày', 'làm suốt ngày', 'ở quán', 'ở nhà hàng'] }], say: ['lấy chảo nóng dí', 'dí bàn là vào', 'dí bàn ủi vào', 'lấy bàn là dí', 'lấy bàn ủi dí', 'đốt tay e', 'đốt tay em'] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2, a: ['स्कूल जान दिनुहुन्न', 'स्कूल जान दिँदैन', 'स्कुल जान दिनुहुन्न', 'स्कुल जान दिँदैन', 'school jana dinuhunna', 'school jana dinu hunna', 'school jaana dinuhunna', 'school jana didaina', 'school jana dinna', 'school jaana dindaina'], b: ['काम गराउ', 'काम लगाउ', 'kaam garau', 'kam garau', 'kaam lagau', 'kam lagau', 'दिनभरि', 'dinbhari', 'restaurant', 'रेस्टुरेन्ट'] }], say: ['हात पोलिदि', 'पोलिदिनुभयो', 'पोलिदिनु भयो', 'haat polidi', 'hat polidi', 'polidinubhayo', 'polidinu bhayo'] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2, a: ['hindi ako pinapapasok sa school', 'di ako pinapapasok sa school', 'hindi ako pinapapasok sa eskwela', 'hindi ako pinag aaral', 'di ako pinag aaral'], b: ['pinagtatrabaho', 'pinapatrabaho', 'buong araw', 'sa restaurant', 'sa tindahan'] }], say: ['dinikit ang plantsa', 'pinaso ng plantsa', 'pinaso ng kawali'] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2, a: ['não me deixa ir pra escola', 'n me deixa ir pra escola', 'não deixa eu ir pra escola', 'n deixa eu ir pra escola', 'me tirou da escola'], b: ['me faz trabalhar', 'me obriga a trabalhar', 'trabalhar o dia todo', 'trabalho o dia todo', 'no restaurante', 'na loja'] }], say: ['encostou o ferro', 'me queimou com o ferro', 'me queimou com a panela'] },
      id: { pairs: [{ reach: 80, acrossSentences: 2, a: ['gak boleh sekolah', 'ga boleh sekolah', 'nggak boleh sekolah', 'tidak boleh sekolah', 'gak dibolehin sekolah', 'ga dibolehin sekolah'], b: ['disuruh kerja', 'dipaksa kerja', 'kerja seharian', 'seharian kerja', 'di restoran', 'di warung'] }], say: ['tanganku disetrika', 'tangan gw disetrika', 'disundut setrika', 'disundut rokok', 'tangan aku dibakar', 'tanganku dibakar', 'disulut rokok'] },
    },
  },
  // ── pass fc13: plain, short messages — a parent not back and a child left; an adult's hands on a child ──
  {
    // 「こども ひとり で いえ に いる 3にち おかあさん かえらない」, "mom hasnt come back, me and my little
    // brother, no food", «mama udah 3 hari gak pulang, aku sendirian», «di pa bumabalik magulang nila … mag-isa
    // na»: a mother or both parents not back (every way of saying it: 帰らない, 戻ってない, 안 들어와, chưa về,
    // aaunu bhayena), and a child there alone, brothers and sisters on their own, or no food in the house.
    // (Neither half alone: a parent late is an evening, a child home alone after school is ordinary. A
    // father or 「パパ」 is left out: a wife names her husband so. A grown writer's own neglect is the
    // engine's to demote.)
    name: 'a mother or both parents not back, and a child alone, siblings on their own or no food at home',
    signal: 'child_abuse',
    words: {
      ja: {
        pairs: [
          // (a neighbour's words: «となり の こども、 おや が 3にち かえって ない»)
          { reach: 30, acrossSentences: 2, a: PARENT_NOT_BACK.ja, b: [...CHILD_LEFT.ja, 'こども', '子ども', '子供', 'あかちゃん', '赤ちゃん', 'きょうだい', '兄弟', 'ちいさいこ', '小さい子'] },
          // a child alone through the night: «こども ひとり よる ずっと», «子どもだけで朝まで帰ってこない»
          { reach: 16, acrossSentences: 1,
            a: ['こどもひとり', '子どもひとり', '子供ひとり', '子ども一人', '子供一人', 'こどもだけ', '子どもだけ', '子供だけ', 'こどもたちだけ', '子どもたちだけ', 'あかちゃんひとり', '赤ちゃんひとり', '赤ちゃん一人', 'きょうだいだけ', '兄弟だけ'],
            b: ['ひとばんじゅう', '一晩中', 'よるずっと', '夜ずっと', 'よるじゅう', '夜じゅう', 'よなかずっと', '夜中ずっと', 'あさまでかえ', '朝まで帰', 'あさまでもど', '朝まで戻', 'よるかえってこな', '夜帰ってこな', 'よるかえらな', '夜帰らな', 'よるいない', '夜いない', 'よるはいない', '夜はいない', 'よるもいない', '夜もいない'] },
        ],
        // (not the ways a message says «as things stand, (I) won't go home» or «stay at X's house»)
        idioms: [...cross(['まま', 'おかあさん', 'お母さん', 'かあさん'], ['かえらないでと', 'かえらないでって', 'かえらないでね', '帰らないでと', '帰らないでって', '帰らないでね', 'もどらないでと', '戻らないでと']), 'このままかえらな', 'このまま帰らな', 'このままもどらな', 'このまま戻らな', 'のいえにとま', 'の家に泊ま', 'のいえにおとまり', 'の家にお泊まり', 'のうちにとま', 'のうちにおとまり', 'おでこさわ', 'おでこをさわ', 'おでこに触', 'おでこにさわ', '額に手', 'おでこに手', 'ひたいにて'],
      },
      en: { pairs: [{ reach: 60, acrossSentences: 2, a: PARENT_NOT_BACK.en, b: CHILD_LEFT.en }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 2, a: PARENT_NOT_BACK.zh, b: CHILD_LEFT.zh }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2, a: PARENT_NOT_BACK.ko, b: CHILD_LEFT.ko }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 2, a: PARENT_NOT_BACK.vi, b: CHILD_LEFT.vi }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 2, a: PARENT_NOT_BACK.ne, b: CHILD_LEFT.ne }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 2, a: PARENT_NOT_BACK.tl, b: CHILD_LEFT.tl }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 2, a: PARENT_NOT_BACK.pt, b: CHILD_LEFT.pt }] },
      id: { pairs: [{ reach: 60, acrossSentences: 2, a: PARENT_NOT_BACK.id, b: CHILD_LEFT.id }] },
    },
  },
  {
    // 「むすめ 6さい おじさん が からだ さわった」, "her uncle touched her body", «o tio dela tocou no corpo dela»,
    // «anak saya dipegang-pegang badannya sama omnya», «काकाले शरीर छुनुभयो»: an adult near the child (an
    // uncle, a grandfather, a mother's boyfriend, a neighbour, a coach) and the child's body, chest, bottom
    // or private parts touched, in any tense. (Not a doctor's or a nurse's hands: they are not named here.)
    name: 'an uncle, grandfather, mother’s boyfriend, neighbour or coach touching a child’s body or private parts',
    signal: 'child_abuse',
    words: {
      ja: {
        pairs: [{ reach: 24, acrossSentences: 1, a: ADULT_NEAR_CHILD.ja, b: BODY_TOUCHED.ja }],
        // a doctor's examination: «びょういん の せんせい が からだ を さわって しんさつ»
        idioms: ['びょういんのせんせい', '病院の先生', 'おいしゃさん', 'お医者さん', 'いしゃのせんせい', '医者の先生', 'しょうにかのせんせい', '小児科の先生', 'かんごしさん', '看護師さん', 'さわってしんさつしてくれ', '触って診察してくれ', 'さわってしんさつしてもらっ', '触って診察してもらっ', 'さわってみてもらっ', '触って診てもらっ', '触診', 'しょくしん', ...cross(['からだを', '体を', 'からだ', '体'], ['さわってあげ', '触ってあげ', 'ふいてあげ', '拭いてあげ', 'あらってあげ', '洗ってあげ', 'まっさーじ', 'マッサージ'])],
      },
      en: { pairs: [{ reach: 48, acrossSentences: 1, a: ADULT_NEAR_CHILD.en, b: BODY_TOUCHED.en }] },
      zh: {
        pairs: [{ reach: 16, acrossSentences: 1, a: ADULT_NEAR_CHILD.zh, b: BODY_TOUCHED.zh }],
        // a doctor feeling a tummy, a head patted: «医生摸了摸孩子的肚子», «摸摸孩子的头»
        idioms: ['医生摸', '大夫摸', '医生帮孩子摸', '摸了摸孩子的肚子', '摸孩子的肚子', '摸孩子肚子', '摸孩子的头', '摸摸孩子的头', '摸了摸孩子的头', '摸孩子头', '摸孩子的额头', '摸摸孩子的头'],
      },
      ko: {
        pairs: [{ reach: 30, acrossSentences: 1, a: ADULT_NEAR_CHILD.ko, b: BODY_TOUCHED.ko }],
        // a doctor feeling the tummy: «의사 선생님이 아이 배를 만져 봤어요»
        idioms: ['배를 만져 보', '배를 만져보', '배를 만져 봤', '배를 만져봤', '배를 눌러 보', '진찰하면서 만', '몸을 만져 드', '몸을 만져드', '몸 만져 드', '몸을 주물러'],
      },
      vi: { pairs: [{ reach: 40, acrossSentences: 1, a: ADULT_NEAR_CHILD.vi, b: BODY_TOUCHED.vi }] },
      ne: {
        pairs: [{ reach: 48, acrossSentences: 1, a: ADULT_NEAR_CHILD.ne, b: BODY_TOUCHED.ne }],
        // feet touched in respect, «काकाको खुट्टा छोएँ», a blessing (ढोग)
        idioms: ['खुट्टा छु', 'खुट्टा छो', 'खुट्टामा छु', 'खुट्टामा छो', 'पाउ छु', 'पाउ छो', 'khutta chhu', 'khutta chho', 'khutta ma chhu', 'khuttama chhu', 'pau chhu'],
      },
      tl: { pairs: [{ reach: 48, acrossSentences: 1, a: ADULT_NEAR_CHILD.tl, b: BODY_TOUCHED.tl }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 1, a: ADULT_NEAR_CHILD.pt, b: BODY_TOUCHED.pt }] },
      id: { pairs: [{ reach: 48, acrossSentences: 1, a: ADULT_NEAR_CHILD.id, b: BODY_TOUCHED.id }] },
    },
  },
  {
    // «मामा राति मेरो कोठामा आएर छुनुहुन्छ», 「よる わたし の へや に きて さわってくる」, «chú tối vào phòng em rồi sờ
    // em», «meu tio entra no meu quarto de noite e me toca»: in the child's own words, someone comes to my room
    // or bed at night and touches me. (A forehead felt for a fever is no such touch: see the idioms above.)
    name: 'in a child’s own words: someone comes to my room or bed at night and touches me',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 24, acrossSentences: 1, a: INTO_MY_ROOM.ja, b: [...BODY_TOUCHED.ja, 'さわってく', '触ってく', 'さわってき', '触ってき', 'さわる', '触る', 'さわって', '触って', 'さわった', '触った'] }] },
      en: { pairs: [{ reach: 48, acrossSentences: 1, a: INTO_MY_ROOM.en, b: BODY_TOUCHED.en }] },
      zh: { pairs: [{ reach: 16, acrossSentences: 1, a: INTO_MY_ROOM.zh, b: BODY_TOUCHED.zh }] },
      ko: { pairs: [{ reach: 30, acrossSentences: 1, a: INTO_MY_ROOM.ko, b: BODY_TOUCHED.ko }] },
      vi: { pairs: [{ reach: 48, acrossSentences: 1, a: INTO_MY_ROOM.vi, b: [...BODY_TOUCHED.vi, 'sờ em$', 'sờ con$', 'sờ cháu$', 'sờ e$', 'sờ mình$', 'đụng chạm'] }] },
      ne: {
        pairs: [{ reach: 48, acrossSentences: 1, a: INTO_MY_ROOM.ne, b: BODY_TOUCHED.ne }],
        // a forehead felt for a fever: «निधार छाम्नुभयो»
        idioms: ['निधार छाम', 'निधारमा छाम', 'निधारमा हात', 'निधार छु', 'निधारमा छु', 'ज्वरो छाम', 'nidhar chham', 'nidhar ma chham', 'nidhar ma haat', 'nidhar chhu', 'jwaro chham'],
      },
      tl: { pairs: [{ reach: 48, acrossSentences: 1, a: INTO_MY_ROOM.tl, b: [...BODY_TOUCHED.tl, 'hinahawakan ako', 'hinawakan ako'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 1, a: INTO_MY_ROOM.pt, b: BODY_TOUCHED.pt }] },
      id: { pairs: [{ reach: 48, acrossSentences: 1, a: INTO_MY_ROOM.id, b: BODY_TOUCHED.id }] },
    },
  },
  // ── pass indirect: the danger never named — children alone for days, a child thinning and stealing food,
  // a child who shakes at the sound of a parent's car, a child out on the balcony at night in the snow ──
  {
    // «위층 애들 둘이 부모 없이 일주일째 지내는 것 같아요», «Anak tetangga … sering ketuk pintu saya minta nasi», 「うえの
    // へやの おんなのこが また 「たべもの ある？」と きました」: children without a parent or any adult for days or a week,
    // or a neighbour's child at the door asking for food (rice, something to eat, expired bento). (One's own child
    // asking for a snack, or a week's school camp, is neither: the neighbour's child and the parents' absence are.)
    name: 'children without parents for days or a week; a neighbour’s child at the door asking for food',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [
        { reach: 16, a: ['親なしで', 'おやなしで', '親がいないまま', 'おやがいないまま', '大人がいないまま', 'おとながいないまま', '親のいない家で', 'おやのいないいえで'], b: ['何日も', 'なんにちも', '一週間', 'いっしゅうかん', '1週間', '3日', '4日', '5日', 'みっか', 'よっか', 'いつか', '週末ずっと', 'しゅうまつずっと'] },
        { reach: 30, a: ['隣の子', 'となりのこ', '隣の家の子', 'となりのいえのこ', '上の部屋の', 'うえのへやの', '下の部屋の', 'したのへやの', '上の階の', 'うえのかいの', '下の階の', 'したのかいの', '近所の子', 'きんじょのこ', '隣のおうちの子', 'となりのおうちのこ'],
          b: ['たべものある', '食べ物ある', '食べるものある', 'たべるものある', '何か食べる', 'なにかたべる', 'ごはんちょうだい', 'ご飯ちょうだい', 'ごはんください', 'ご飯ください', 'たべものください', '食べ物ください', 'たべものをもらいに', '食べ物をもらいに', 'ごはんをもらいに', 'ご飯をもらいに', 'お腹すいた', 'おなかすいた', 'お腹が空いた', 'おなかがすいた', '賞味期限切れ', 'しょうみきげんぎれ', '消費期限切れ', 'しょうひきげんぎれ'] },
      ], idioms: [{ reach: 80, acrossSentences: 1, a: ['親なしで', 'おやなしで', '親がいないまま', 'おやがいないまま', '大人がいないまま', 'おとながいないまま', '親のいない家で', 'おやのいないいえで'], b: ['キャンプ', 'きゃんぷ', '合宿', 'がっしゅく', '修学旅行', 'しゅうがくりょこう', '林間学校', 'りんかんがっこう', 'おばあちゃん', 'おじいちゃん', '祖母', '祖父', 'シッター', 'しったー'] }, { reach: 80, acrossSentences: 1, a: ['キャンプ', 'きゃんぷ', '合宿', 'がっしゅく', '修学旅行', 'しゅうがくりょこう', '林間学校', 'りんかんがっこう', 'おばあちゃん', 'おじいちゃん', '祖母', '祖父', 'シッター', 'しったー'], b: ['親なしで', 'おやなしで', '親がいないまま', 'おやがいないまま', '大人がいないまま', 'おとながいないまま', '親のいない家で', 'おやのいないいえで'] }] },
      en: { pairs: [
        { reach: 40, a: ['without their parents', 'without any parents', 'with no parents', 'with no adults', 'without an adult', 'without any adult', 'without a grown up'], b: ['for a week', 'for days', 'all week', 'for three days', 'for 3 days', 'for four days', 'for 4 days', 'since friday', 'since saturday', 'since the weekend', 'since last week'] },
        { reach: 80, a: ['kid next door', 'kids next door', 'neighbours kid', 'neighbors kid', 'neighbours kids', 'neighbors kids', 'neighbours child', 'neighbors child', 'neighbours children', 'neighbors children', 'kid upstairs', 'kids upstairs', 'kid downstairs', 'kids downstairs', 'child upstairs', 'child downstairs', 'children upstairs', 'children downstairs', 'girl upstairs', 'boy upstairs', 'girl next door', 'boy next door', 'girl downstairs', 'boy downstairs'],
          b: ['asks for food', 'asked for food', 'asking for food', 'asked me for food', 'asking me for food', 'begging for food', 'begged for food', 'for something to eat', 'if i had food', 'if we had food', 'if i had anything to eat', 'if we had anything to eat', 'expired food', 'expired bento', 'out of date food'] },
      ], idioms: [{ reach: 80, acrossSentences: 1, a: ['without their parents', 'without any parents', 'with no parents', 'with no adults', 'without an adult', 'without any adult', 'without a grown up'], b: ['camp', 'school trip', 'field trip', 'grandma', 'grandmother', 'grandparents', 'grandpa', 'babysitter', 'aunt$', 'uncle'] }, { reach: 80, acrossSentences: 1, a: ['camp', 'school trip', 'field trip', 'grandma', 'grandmother', 'grandparents', 'grandpa', 'babysitter', 'aunt$', 'uncle'], b: ['without their parents', 'without any parents', 'with no parents', 'with no adults', 'without an adult', 'without any adult', 'without a grown up'] }] },
      zh: { pairs: [
        { reach: 16, a: ['没有大人', '没大人', '没有父母', '没有爸妈', '爸妈都不在', '父母都不在', '大人都不在'], b: ['一个星期', '一星期', '一周', '好几天', '几天了', '三天', '四天', '五天', '从周五', '从星期五', '整个周末'] },
        { reach: 40, a: ['隔壁的孩子', '隔壁孩子', '隔壁的小孩', '隔壁小孩', '隔壁的小女孩', '隔壁的小男孩', '隔壁的小女生', '隔壁的小男生', '邻居家的孩子', '邻居的孩子', '邻居家孩子', '邻居小孩', '楼上的孩子', '楼上孩子', '楼上的小孩', '楼下的孩子', '楼下孩子', '楼下的小孩'],
          b: ['要吃的', '讨吃的', '要饭', '要东西吃', '有没有吃的', '有吃的吗', '过期便当', '过期的便当', '过期食品', '过期的面包', '翻垃圾桶', '翻垃圾'] },
      ], idioms: [{ reach: 80, acrossSentences: 1, a: ['没有大人', '没大人', '没有父母', '没有爸妈', '爸妈都不在', '父母都不在', '大人都不在'], b: ['夏令营', '营地', '修学旅行', '奶奶', '外婆', '爷爷', '外公', '保姆'] }, { reach: 80, acrossSentences: 1, a: ['夏令营', '营地', '修学旅行', '奶奶', '外婆', '爷爷', '外公', '保姆'], b: ['没有大人', '没大人', '没有父母', '没有爸妈', '爸妈都不在', '父母都不在', '大人都不在'] }] },
      ko: { pairs: [
        { reach: 30, a: ['부모 없이', '어른 없이', '부모님 없이', '엄마 아빠 없이'], b: ['일주일째', '며칠째', '사흘째', '나흘째', '닷새째', '일주일 넘게', '며칠 동안', '일주일 동안', '금요일부터', '주말 내내'] },
        { reach: 60, a: ['옆집 애', '옆집 아이', '옆집 꼬마', '위층 애', '위층 아이', '위층 꼬마', '아랫집 애', '아랫집 아이', '아랫집 꼬마', '윗집 애', '윗집 아이', '윗집 꼬마', '이웃집 애', '이웃집 아이', '이웃 아이'],
          b: ['밥 좀 달라', '밥 달라', '먹을 거 달라', '먹을 것 좀 달라', '먹을 거 좀 달라', '도시락 좀 달라', '도시락 달라', '유통기한 지난', '배고프다고', '먹을 거 있냐', '먹을 거 있어요'] },
      ], idioms: [{ reach: 80, acrossSentences: 1, a: ['부모 없이', '어른 없이', '부모님 없이', '엄마 아빠 없이'], b: ['캠프', '수학여행', '할머니', '할아버지', '베이비시터', '이모', '고모'] }, { reach: 80, acrossSentences: 1, a: ['캠프', '수학여행', '할머니', '할아버지', '베이비시터', '이모', '고모'], b: ['부모 없이', '어른 없이', '부모님 없이', '엄마 아빠 없이'] }] },
      vi: { pairs: [
        { reach: 40, a: ['không có bố mẹ', 'không có cha mẹ', 'không có ba mẹ', 'không có người lớn', 'vắng bố mẹ', 'vắng cha mẹ', 'bố mẹ đều không có nhà'], b: ['cả tuần', 'một tuần', 'mấy ngày', 'nhiều ngày', 'mấy hôm', 'ba ngày', '3 ngày', 'từ thứ sáu', 'từ hôm thứ'] },
        { reach: 80, a: ['đứa bé nhà bên', 'đứa bé hàng xóm', 'con nhà hàng xóm', 'đứa trẻ hàng xóm', 'bé hàng xóm', 'con bé hàng xóm', 'thằng bé hàng xóm', 'đứa bé tầng trên', 'đứa trẻ tầng trên', 'đứa bé tầng dưới', 'đứa trẻ tầng dưới', 'đứa bé nhà trên', 'đứa bé nhà dưới', 'mấy đứa nhỏ tầng trên', 'hai đứa trẻ tầng trên'],
          b: ['xin cơm', 'xin đồ ăn', 'xin ăn', 'xin gì ăn', 'hỏi có gì ăn', 'đồ ăn hết hạn', 'cơm hết hạn', 'cơm hộp hết hạn'] },
      ], idioms: [{ reach: 80, acrossSentences: 1, a: ['không có bố mẹ', 'không có cha mẹ', 'không có ba mẹ', 'không có người lớn', 'vắng bố mẹ', 'vắng cha mẹ', 'bố mẹ đều không có nhà'], b: ['trại hè', 'cắm trại', 'dã ngoại', 'bà nội', 'bà ngoại', 'ông bà', 'người giữ trẻ', 'bảo mẫu'] }, { reach: 80, acrossSentences: 1, a: ['trại hè', 'cắm trại', 'dã ngoại', 'bà nội', 'bà ngoại', 'ông bà', 'người giữ trẻ', 'bảo mẫu'], b: ['không có bố mẹ', 'không có cha mẹ', 'không có ba mẹ', 'không có người lớn', 'vắng bố mẹ', 'vắng cha mẹ', 'bố mẹ đều không có nhà'] }] },
      ne: { pairs: [
        { reach: 40, a: ['aama buwa bina', 'buwa aama bina', 'aamaa buwa bina', 'ama buwa bina', 'aama baba bina', 'thulo manchhe bina', 'abhibhavak bina', 'आमाबुबा बिना', 'आमा बुबा बिना', 'अभिभावक बिना'], b: ['ek hapta', 'ek haptaa', 'hapta dekhi', 'din dekhi', 'dui din', 'teen din', 'tin din', 'char din', 'kati din', 'एक हप्ता', 'दिनदेखि', 'हप्तादेखि'] },
        { reach: 80, a: ['chhimeki ko bachha', 'chhimeki ko baccha', 'chimeki ko bachha', 'chhimekiko bachha', 'chhimeki ko chhora', 'chhimeki ko chhori', 'mathi ko kotha ko bachha', 'tala ko kotha ko bachha', 'छिमेकीको बच्चा', 'छिमेकीका बच्चा'],
          b: ['khana magna', 'khana maagna', 'khana magchha', 'khana maagchha', 'khana mageko', 'khana maageko', 'bhat magna', 'bhaat maagna', 'खाना माग', 'भात माग'] },
      ], idioms: [{ reach: 80, acrossSentences: 1, a: ['aama buwa bina', 'buwa aama bina', 'aamaa buwa bina', 'ama buwa bina', 'aama baba bina', 'thulo manchhe bina', 'abhibhavak bina', 'आमाबुबा बिना', 'आमा बुबा बिना', 'अभिभावक बिना'], b: ['camp', 'hajurama', 'hajuraama', 'hajurbuwa', 'hajurbuba', 'हजुरआमा', 'हजुरबुबा'] }, { reach: 80, acrossSentences: 1, a: ['camp', 'hajurama', 'hajuraama', 'hajurbuwa', 'hajurbuba', 'हजुरआमा', 'हजुरबुबा'], b: ['aama buwa bina', 'buwa aama bina', 'aamaa buwa bina', 'ama buwa bina', 'aama baba bina', 'thulo manchhe bina', 'abhibhavak bina', 'आमाबुबा बिना', 'आमा बुबा बिना', 'अभिभावक बिना'] }] },
      tl: { pairs: [
        { reach: 40, a: ['walang magulang', 'walang matanda', 'walang nanay at tatay', 'walang kasamang matanda', 'wala ang mga magulang'], b: ['isang linggo', 'ilang araw', 'tatlong araw', 'apat na araw', 'mula biyernes', 'simula biyernes', 'since friday', 'buong linggo'] },
        { reach: 80, a: ['bata sa kapitbahay', 'anak ng kapitbahay', 'batang kapitbahay', 'bata sa taas', 'mga bata sa taas', 'bata sa baba', 'mga bata sa baba', 'bata sa kabila'],
          b: ['nanghihingi ng pagkain', 'humihingi ng pagkain', 'nanghingi ng pagkain', 'humingi ng pagkain', 'nanghihingi ng kanin', 'humihingi ng kanin', 'nanghingi ng kanin', 'humihingi ng makakain', 'nanghihingi ng makakain', 'expired na pagkain'] },
      ], idioms: [{ reach: 80, acrossSentences: 1, a: ['walang magulang', 'walang matanda', 'walang nanay at tatay', 'walang kasamang matanda', 'wala ang mga magulang'], b: ['camp', 'lola', 'lolo', 'yaya', 'tita', 'tito'] }, { reach: 80, acrossSentences: 1, a: ['camp', 'lola', 'lolo', 'yaya', 'tita', 'tito'], b: ['walang magulang', 'walang matanda', 'walang nanay at tatay', 'walang kasamang matanda', 'wala ang mga magulang'] }] },
      pt: { pairs: [
        { reach: 40, a: ['sem os pais', 'sem pai nem mãe', 'sem nenhum adulto', 'sem adulto', 'sem um adulto'], b: ['há uma semana', 'faz uma semana', 'uma semana', 'há dias', 'faz dias', 'vários dias', 'três dias', 'desde sexta', 'desde sábado', 'o fim de semana todo'] },
        { reach: 80, a: ['filho da vizinha', 'filha da vizinha', 'filhos da vizinha', 'filho do vizinho', 'filha do vizinho', 'filhos do vizinho', 'criança do vizinho', 'criança da vizinha', 'crianças do vizinho', 'crianças da vizinha', 'criança do andar de cima', 'criança do andar de baixo', 'crianças do andar de cima', 'menino do andar', 'menina do andar', 'menino vizinho', 'menina vizinha'],
          b: ['pediu comida', 'pede comida', 'pedindo comida', 'pedir comida', 'comida vencida', 'marmita vencida', 'bentô vencido', 'algo pra comer', 'se eu tinha comida', 'se tinha comida'] },
      ], idioms: [{ reach: 80, acrossSentences: 1, a: ['sem os pais', 'sem pai nem mãe', 'sem nenhum adulto', 'sem adulto', 'sem um adulto'], b: ['acampamento', 'excursão', 'avó', 'avô', 'avós', 'babá', 'tia$', 'tio$'] }, { reach: 80, acrossSentences: 1, a: ['acampamento', 'excursão', 'avó', 'avô', 'avós', 'babá', 'tia$', 'tio$'], b: ['sem os pais', 'sem pai nem mãe', 'sem nenhum adulto', 'sem adulto', 'sem um adulto'] }] },
      id: { pairs: [
        { reach: 40, a: ['tanpa orang tua', 'tanpa ortu', 'tanpa orang dewasa', 'orang tuanya gak ada', 'orang tuanya tidak ada', 'ortunya gak ada', 'ortunya ga ada'], b: ['seminggu', 'berhari hari', 'berhari-hari', 'beberapa hari', 'tiga hari', '3 hari', 'sejak jumat', 'sejak sabtu', 'dari jumat'] },
        { reach: 80, a: ['anak tetangga', 'bocah tetangga', 'anak sebelah', 'anak di sebelah', 'anak lantai atas', 'anak di lantai atas', 'anak lantai bawah'],
          b: ['minta nasi', 'minta makan', 'minta makanan', 'minta roti', 'makanan kedaluwarsa', 'makanan basi', 'nasi basi', 'nanya ada makanan', 'tanya ada makanan'] },
      ], idioms: [{ reach: 80, acrossSentences: 1, a: ['tanpa orang tua', 'tanpa ortu', 'tanpa orang dewasa', 'orang tuanya gak ada', 'orang tuanya tidak ada', 'ortunya gak ada', 'ortunya ga ada'], b: ['kemah', 'study tour', 'nenek', 'kakek', 'pengasuh', 'tante', 'om$'] }, { reach: 80, acrossSentences: 1, a: ['kemah', 'study tour', 'nenek', 'kakek', 'pengasuh', 'tante', 'om$'], b: ['tanpa orang tua', 'tanpa ortu', 'tanpa orang dewasa', 'orang tuanya gak ada', 'orang tuanya tidak ada', 'ortunya gak ada', 'ortunya ga ada'] }] },
    },
  },
  {
    // 「隔壁的小女生越來越瘦，便當每次都只有吐司邊，放學後還會在公園翻垃圾桶」, «càng ngày càng gầy. Cháu nói chỉ được ăn khi
    // 'ngoan', hôm trước còn lấy trộm bánh mì ở trường», «dinpratidin dublaudai chha … 'ramro bhaye matra khana paainchha'
    // … arkako tiffin chorera khayo»: a child getting thinner and taking food — stolen bread, another child's lunch,
    // the bins — or fed "only when good"; «khana dinna, 2 din bhayo bread matra»: food kept from a child for days.
    // (A growing child thinner after sport, or a toddler who raids the fridge, has neither side.)
    name: 'a child getting thinner who steals food or searches the bins, fed only “when good”; food kept from a child for days',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['いい子の時だけご飯', 'いいこのときだけごはん', 'いい子にしている時だけご飯', 'いいこにしているときだけごはん', 'いい子にしないとご飯をもらえ', 'いいこにしないとごはんをもらえ', 'いい子にしないとご飯抜き', 'いいこにしないとごはんぬき'],
        pairs: [{ reach: 40, acrossSentences: 2,
          a: ['どんどん痩せ', 'どんどんやせ', 'だんだん痩せ', 'だんだんやせ', '日に日に痩せ', 'ひにひにやせ', 'ますます痩せ', 'ますますやせ', 'ガリガリに', 'がりがりに'],
          b: ['パンを盗', 'ぱんをぬす', '食べ物を盗', 'たべものをぬす', '給食を盗', 'きゅうしょくをぬす', 'お弁当を盗', 'おべんとうをぬす', '人のお弁当', 'ひとのおべんとう', 'ゴミ箱をあさ', 'ごみばこをあさ', 'ゴミをあさ', 'ごみをあさ', 'パンの耳だけ', 'ぱんのみみだけ', 'いい子の時だけ', 'いいこのときだけ', 'いい子にしている時だけ', 'いいこにしているときだけ', '食べさせてもらえ', 'たべさせてもらえ'] }],
      },
      en: {
        say: ['only gets to eat when he', 'only gets to eat when she', 'only gets to eat if he', 'only gets to eat if she', 'only gets fed when', 'only gets fed if', 'only allowed to eat if', 'only allowed to eat when', 'only gets food when', 'only gets food if'],
        pairs: [{ reach: 100, acrossSentences: 2,
          a: ['getting thinner', 'thinner and thinner', 'thinner every', 'thinner by the', 'skin and bones'],
          b: ['stole bread', 'steals bread', 'stole food', 'steals food', 'stealing food', 'stole a sandwich', 'stole lunch', 'other kids lunch', 'another kids lunch', 'through the bins', 'through the rubbish', 'through the trash', 'only gets to eat', 'only crusts', 'just crusts', 'bread crusts'] }],
      },
      zh: {
        say: ['乖才给饭吃', '乖才有饭吃', '听话才给饭吃', '听话才有饭吃', '听话才给吃的', '乖的时候才给吃', '表现好才给饭'],
        pairs: [{ reach: 40, acrossSentences: 2,
          a: ['越来越瘦', '一天比一天瘦', '瘦了很多', '瘦得皮包骨'],
          b: ['偷面包', '偷吃的', '偷东西吃', '偷别人的便当', '偷同学的便当', '偷同学的饭', '翻垃圾桶', '翻垃圾', '只有吐司边', '只有面包边', '乖才', '听话才'] }],
      },
      ko: {
        say: ['착하게 굴 때만 밥', '착하게 있어야 밥', '말 잘 들어야 밥', '말을 잘 들어야 밥', '착할 때만 밥', '착하게 굴어야 밥'],
        pairs: [{ reach: 80, acrossSentences: 2,
          a: ['점점 말라', '점점 마르', '갈수록 말라', '갈수록 마르', '날이 갈수록 말라', '비쩍 말랐', '삐쩍 말랐'],
          b: ['빵을 훔', '먹을 걸 훔', '음식을 훔', '도시락을 훔', '다른 애 도시락', '쓰레기통을 뒤', '쓰레기를 뒤', '착하게 굴 때만', '말 잘 들을 때만'] }],
      },
      vi: {
        pairs: [
          { reach: 16, a: ['chỉ được ăn khi', 'chỉ cho ăn khi', 'mới được ăn', 'mới cho ăn'], b: ['ngoan', 'nghe lời', 'vâng lời'] },
          { reach: 100, acrossSentences: 2,
            a: ['càng ngày càng gầy', 'ngày càng gầy', 'gầy đi nhiều', 'gầy rộc', 'gầy trơ xương'],
            b: ['lấy trộm bánh', 'ăn trộm bánh', 'lấy trộm đồ ăn', 'ăn trộm đồ ăn', 'trộm cơm', 'lục thùng rác', 'bới thùng rác', 'chỉ được ăn khi', 'cơm hộp của bạn', 'hộp cơm của bạn'] },
        ],
      },
      ne: {
        pairs: [
          { reach: 24, a: ['ramro bhaye matra', 'ramro bhae matra', 'ramro bhayo bhane matra', 'bhaneko manyo bhane matra', 'राम्रो भए मात्र'], b: ['khana', 'खाना'] },
          { reach: 60, acrossSentences: 1, a: ['khana dinna', 'khana didaina', 'khana dindaina', 'khana dina didaina', 'खाना दिँदैन', 'खाना दिन्न'], b: ['chhoro', 'choro', 'chhora', 'chora', 'chhori', 'chori', 'bachha', 'baccha', 'din bhayo', 'छोरा', 'छोरी', 'बच्चा', 'दिन भयो'] },
          { reach: 100, acrossSentences: 2,
            a: ['dublaudai', 'dublaaudai', 'dublo hudai', 'dubli hudai', 'dinpratidin dubl', 'दुब्लाउँदै', 'दुब्लो हुँदै'],
            b: ['tiffin chor', 'khana chor', 'roti chor', 'chorera khayo', 'chorera khanchha', 'ramro bhaye matra', 'टिफिन चोर', 'चोरेर खायो'] },
        ],
      },
      tl: {
        say: ['pinapakain lang siya pag mabait', 'pinapakain lang pag mabait', 'pinapakain lang siya kapag mabait', 'pinapakain lang kapag mabait', 'may pagkain lang pag mabait', 'kakain lang pag mabait'],
        pairs: [{ reach: 100, acrossSentences: 2,
          a: ['pumapayat', 'lalong pumapayat', 'payat na payat na', 'sobrang payat na'],
          b: ['nagnakaw ng tinapay', 'nagnanakaw ng tinapay', 'nagnakaw ng pagkain', 'nagnanakaw ng pagkain', 'nagnakaw ng baon', 'baon ng iba', 'naghahalungkat sa basurahan', 'nangangalkal sa basura', 'pag mabait', 'kapag mabait'] }],
      },
      pt: {
        pairs: [
          { reach: 24, a: ['só come quando', 'só pode comer quando', 'só ganha comida quando', 'só come se', 'só pode comer se', 'só ganha comida se'], b: ['bonzinho', 'boazinha', 'se comporta', 'obedece', 'obediente'] },
          { reach: 100, acrossSentences: 2,
            a: ['cada vez mais magro', 'cada vez mais magra', 'emagrecendo muito', 'emagreceu muito', 'pele e osso'],
            b: ['roubou pão', 'rouba pão', 'roubou comida', 'rouba comida', 'roubando comida', 'lanche dos colegas', 'merenda dos colegas', 'lanche de outra criança', 'mexendo no lixo', 'revirando o lixo', 'revira o lixo', 'quando é bonzinho', 'quando é boazinha', 'quando obedece'] },
        ],
      },
      id: {
        pairs: [
          { reach: 16, a: ['cuma dikasih makan kalau', 'hanya dikasih makan kalau', 'hanya diberi makan kalau', 'baru dikasih makan kalau', 'cuma boleh makan kalau', 'baru boleh makan kalau'], b: ['nurut', 'baik', 'patuh'] },
          { reach: 100, acrossSentences: 2,
            a: ['makin kurus', 'semakin kurus', 'tambah kurus', 'kurus kering'],
            b: ['nyuri roti', 'mencuri roti', 'nyuri makanan', 'mencuri makanan', 'nyolong makanan', 'nyolong roti', 'bekal teman', 'ngorek tempat sampah', 'ngais tempat sampah', 'mengais tempat sampah', 'kalau nurut'] },
        ],
      },
    },
  },
  {
    // «Mero chhoro buwa ko gadi ko aawaj sunna bittikai kaamna thalchha. Hijo buwa le ekchoti karaunu bhayo, usle paint
    // mai pisab garyo»: a child who starts to shake, freeze or wet himself at the sound of the father's (or
    // stepfather's) car or footsteps. (Shouting and wetting alone are left out: an old father with dementia does both.
    // A dog frightened of cars, a toddler scared of thunder, a child hiding to surprise a parent: no parent's sound.)
    name: 'a child who shakes or wets himself at the sound of a parent’s car or footsteps',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [
        { reach: 24, acrossSentences: 1,
          a: ['父親の車の音', 'ちちおやのくるまのおと', 'お父さんの車の音', 'おとうさんのくるまのおと', 'パパの車の音', '父の車の音', 'ちちのくるまのおと', '夫の車の音', 'おっとのくるまのおと', '継父の車の音', '父親の足音', 'ちちおやのあしおと', 'お父さんの足音', 'おとうさんのあしおと', 'パパの足音', '父の足音', 'ちちのあしおと', '夫の足音', 'おっとのあしおと', '継父の足音'],
          b: ['震え', 'ふるえ', 'がたがた', 'ガタガタ', '固まる', 'かたまる', '固まって', 'かたまって', 'おもらし', 'お漏らし'] },
      ] },
      en: { pairs: [
        { reach: 60, acrossSentences: 1,
          a: ['dads car', 'fathers car', 'stepdads car', 'stepfathers car', 'dads footsteps', 'fathers footsteps', 'stepdads footsteps', 'dad comes home', 'father comes home', 'stepdad comes home', 'dad gets home', 'stepdad gets home', 'hears his dad', 'hears her dad', 'hears his father', 'hears her father'],
          b: ['starts shaking', 'start shaking', 'begins shaking', 'shaking', 'trembl', 'freezes', 'wets himself', 'wets herself', 'wet himself', 'wet herself', 'wet his pants', 'wet her pants', 'peed himself', 'peed herself'] },
      ] },
      zh: { pairs: [
        { reach: 16, acrossSentences: 1, a: ['爸爸的车声', '他爸的车声', '她爸的车声', '爸的车声', '爸爸的车的声音', '继父的车声', '爸爸的脚步声', '他爸的脚步声', '继父的脚步声', '爸爸一回来', '他爸一回来', '继父一回来'], b: ['发抖', '哆嗦', '打颤', '尿裤子', '吓得不敢动'] },
      ] },
      ko: { pairs: [
        { reach: 30, acrossSentences: 1, a: ['아빠 차 소리', '아버지 차 소리', '새아빠 차 소리', '아빠 발소리', '아버지 발소리', '새아빠 발소리', '아빠가 들어오', '아빠 들어오', '아버지가 들어오', '새아빠가 들어오'], b: ['떨기 시작', '떨어요', '떨고', '벌벌', '덜덜', '얼어붙', '오줌을 싸', '오줌을 쌌', '바지에 오줌'] },
      ] },
      vi: { pairs: [
        { reach: 40, acrossSentences: 1, a: ['tiếng xe của bố', 'tiếng xe bố', 'tiếng xe của ba', 'tiếng xe ba', 'tiếng xe của bố dượng', 'tiếng bước chân của bố', 'tiếng bước chân bố', 'bố dượng về'], b: ['run lên', 'run rẩy', 'run bần bật', 'sợ run', 'tè ra quần', 'đái ra quần', 'són ra quần'] },
      ] },
      ne: { pairs: [
        { reach: 40, acrossSentences: 1, a: ['buwa ko gadi', 'buba ko gadi', 'baba ko gadi', 'buwako gadi', 'buwa ko gaadi', 'buba ko gaadi', 'sauteni buwa ko gadi', 'बुवाको गाडी', 'बुबाको गाडी'], b: ['kaamna', 'kamna', 'kaampchha', 'kampchha', 'kaamchha', 'thar thar', 'pisab garyo', 'pisab garchha', 'काम्न', 'काम्छ', 'पिसाब'] },
      ] },
      tl: { pairs: [
        { reach: 60, acrossSentences: 1, a: ['kotse ng tatay', 'sasakyan ng tatay', 'kotse ng papa', 'kotse ng stepfather', 'yabag ng tatay', 'yabag ng papa', 'pag dumating ang tatay', 'pag dumarating ang tatay', 'pag-uwi ng tatay', 'pag uwi ng tatay', 'pag uwi ng stepfather'], b: ['nanginginig', 'nangangatog', 'naiihi', 'naihi'] },
      ] },
      pt: { pairs: [
        { reach: 60, acrossSentences: 1, a: ['carro do pai', 'carro do padrasto', 'passos do pai', 'passos do padrasto', 'quando o pai chega', 'quando o padrasto chega', 'o pai chegar', 'o padrasto chegar'], b: ['começa a tremer', 'treme', 'tremendo', 'fez xixi na calça', 'faz xixi na calça', 'molhou a calça', 'paralisa'] },
      ] },
      id: { pairs: [
        { reach: 60, acrossSentences: 1, a: ['suara mobil bapaknya', 'suara mobil ayahnya', 'suara motor bapaknya', 'suara motor ayahnya', 'suara mobil ayah tirinya', 'langkah kaki bapaknya', 'langkah kaki ayahnya', 'bapaknya pulang', 'ayahnya pulang', 'ayah tirinya pulang'], b: ['gemetar', 'gemeteran', 'ngompol', 'pipis di celana'] },
      ] },
    },
  },
  {
    // 「よる 11じ です。 したの へやの こどもが また パジャマで ベランダに すわって います。 ゆきが ふって います」,
    // «A criança do andar de baixo está de novo sentada na varanda de pijama. Está nevando»: a child out on the balcony in
    // pyjamas or barefoot late at night, in the snow or the cold.
    name: 'a child out on the balcony in pyjamas or barefoot late at night, in the snow or the cold',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 2, a: ['パジャマでベランダ', 'ぱじゃまでべらんだ', 'パジャマのままベランダ', 'ぱじゃまのままべらんだ', '裸足でベランダ', 'はだしでべらんだ', 'パジャマで外', 'ぱじゃまでそと', 'パジャマのまま外', 'ぱじゃまのままそと'], b: ['夜11時', 'よる11じ', '夜12時', 'よる12じ', '夜10時', 'よる10じ', '11じ', '12じ', '10じ', '11時', '12時', '10時', '夜中', 'よなか', '深夜', 'しんや', '泣いて', 'ないて', 'ひとりで', '一人で'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 2, a: ['on the balcony in pyjamas', 'on the balcony in pajamas', 'on the balcony in his pyjamas', 'on the balcony in her pyjamas', 'on the balcony in his pajamas', 'on the balcony in her pajamas', 'in pyjamas on the balcony', 'in pajamas on the balcony', 'barefoot on the balcony'], b: ['11pm', '11 pm', '10pm', '10 pm', 'midnight', 'late at night', 'crying', 'all alone'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: 2, a: ['穿着睡衣坐在阳台', '穿着睡衣在阳台', '穿睡衣在阳台', '穿着睡衣站在阳台', '光着脚在阳台', '光脚在阳台'], b: ['半夜', '夜里', '晚上11点', '晚上12点', '晚上10点', '晚上十一点', '晚上十点', '11点', '十一点', '12点', '十二点', '在哭', '一个人'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 2, a: ['잠옷 차림으로 베란다', '잠옷 입고 베란다', '잠옷 바람으로 베란다', '맨발로 베란다'], b: ['밤 11시', '밤 12시', '밤 10시', '한밤중', '새벽', '울고', '혼자'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 2, a: ['mặc đồ ngủ ngồi ngoài ban công', 'mặc đồ ngủ ngoài ban công', 'mặc đồ ngủ đứng ngoài ban công', 'chân đất ngoài ban công'], b: ['11 giờ đêm', '12 giờ đêm', '10 giờ đêm', 'nửa đêm', 'khóc', 'một mình'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 2, a: ['pajama ma balcony', 'pyjama ma balcony', 'khali khutta balcony', 'पजामामा बालकोनी'], b: ['raati 11', 'raati 12', 'raati 10', 'aadhaa raat', 'aadha raat', 'rudai', 'eklai', 'राति ११', 'आधा रात', 'रुँदै', 'एक्लै'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 2, a: ['sa balcony na naka pajama', 'sa balcony na naka-pajama', 'naka pajama sa balcony', 'naka-pajama sa balcony', 'nakayapak sa balcony'], b: ['alas 11 ng gabi', 'alas-11 ng gabi', 'alas 10 ng gabi', 'alas-10 ng gabi', 'hatinggabi', 'umiiyak', 'mag-isa', 'mag isa'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 2, a: ['na varanda de pijama', 'de pijama na varanda', 'descalço na varanda', 'descalça na varanda'], b: ['23h', '22h', 'meia-noite', 'de madrugada', 'chorando', 'sozinha', 'sozinho'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 2, a: ['di balkon pakai piyama', 'di balkon pake piyama', 'pakai piyama di balkon', 'pake piyama di balkon', 'tanpa alas kaki di balkon'], b: ['jam 11 malam', 'jam 12 malam', 'jam 10 malam', 'tengah malam', 'nangis', 'menangis', 'sendirian'] }] },
    },
  },
  {
    name: 'a child abused or mistreated, the word itself said with the child as its object (“my neighbour is abusing her child”), or hurt by a partner, an ex or a parent',
    signal: 'child_abuse',
    words: {
      ja: { say: ['子どもを虐待', '子供を虐待', 'こどもをぎゃくたい', '息子を虐待', '娘を虐待', 'むすこをぎゃくたい', 'むすめをぎゃくたい'] },
      en: {
        pairs: [
          { ordered: true, reach: 8, a: ['abusing', 'abuses', 'mistreating', 'mistreats', 'mistreated', 'maltreating', 'maltreats'], b: EN_KIDS },
          // hurt by someone named (“my ex is hurting our daughter”), the child a whole word (not “hurt my son's feelings”)
          { ordered: true, reach: 16, a: ['my ex', 'my husband', 'my partner', 'my boyfriend', 'her boyfriend', 'her husband', 'my wife', 'my girlfriend', 'his girlfriend', 'stepdad', 'stepfather', 'stepmum', 'stepmom', 'stepmother', 'my dad', 'my mum', 'my mom', 'his dad', 'her dad', 'his mum', 'her mum', 'his mom', 'her mom', 'the father', 'the mother', 'their dad', 'their mum', 'their mom'],
            b: ['hurting', 'hurts', 'hurt', 'is hurting', 'keeps hurting'].flatMap((h) => EN_KIDS.map((k) => `${h} ${k}$`)) },
        ],
        // feelings hurt, not a body: “my husband hurt my son's feelings”
        idioms: ['hurt...feelings', 'hurting...feelings', 'hurts...feelings'],
      },
      zh: { say: ['虐待孩子', '虐待儿子', '虐待女儿', '虐待小孩', '虐待宝宝', '虐童'] },
      ko: { say: ['아이를 학대', '애를 학대', '아들을 학대', '딸을 학대', '아기를 학대'] },
      vi: { pairs: [{ ordered: true, reach: 3, a: ['bạo hành', 'ngược đãi', 'hành hạ'], b: ['con', 'đứa bé', 'đứa trẻ', 'đứa nhỏ', 'trẻ con', 'thằng bé', 'con bé', 'bé', 'cháu'] }] },
      // the child as the object (…लाई): «छिमेकीले बच्चालाई दुर्व्यवहार गर्छ», not a grown daughter harassed at college
      ne: { pairs: [{ ordered: true, reach: 24, a: ['बच्चालाई', 'छोरालाई', 'छोरीलाई', 'नानीलाई', 'bachha lai', 'bachhalai', 'baccha lai', 'chhora lai', 'chhoralai', 'chhori lai', 'chhorilai'], b: ['दुर्व्यवहार', 'यातना', 'durvyavahar', 'durbyabahar', 'durvyabahar', 'yatana'] }] },
      tl: { pairs: [{ reach: 24, a: ['inaabuso', 'inabuso', 'minamaltrato', 'minaltrato', 'inaapi'], b: ['anak', 'bata', 'apo', 'pamangkin', 'sanggol', 'baby'] }] },
      pt: {
        pairs: [{ ordered: true, reach: 4, a: ['maltrata', 'maltratando', 'maltratou', 'maltratava', 'judia', 'judiando', 'judiou', 'abusando', 'abusa', 'abusou'],
          b: ['o filho', 'a filha', 'os filhos', 'as filhas', 'as crianças', 'a criança', 'o menino', 'a menina', 'o bebê', 'a bebê', 'do filho', 'da filha', 'dos filhos', 'das filhas', 'das crianças', 'da criança', 'do menino', 'da menina', 'do bebê', 'meu filho', 'minha filha', 'o enteado', 'a enteada', 'do enteado', 'da enteada', 'o neto', 'a neta'] }],
      },
      id: { pairs: [{ ordered: true, reach: 8, a: ['menganiaya', 'aniaya', 'menyiksa', 'siksa', 'dianiaya', 'disiksa'], b: ['anak', 'anaknya', 'bayi', 'balita', 'bocah', 'keponakan', 'cucu'] }, { ordered: true, reach: 8, a: ['anak', 'anaknya', 'bayi', 'balita', 'bocah', 'keponakan', 'cucu'], b: ['dianiaya', 'disiksa'] }] },
    },
  },
  {
    // «8 barsa jasto, bhok lagyo bhanchha. ghar ma 3 din dekhi aama chhainan re, batti pani kateko re»: told by the shop or restaurant that feeds him.
    name: 'a child who comes hungry to a shop, restaurant or neighbour, the mother away from home for days or the power cut off',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['おなかすいた', 'お腹すいた', 'おなかがすいた', 'お腹が空いた', 'ごはんがない', 'ご飯がない', '何も食べてない', 'なにもたべてない'],
        b: ['日もお母さんがいない', 'にちもおかあさんがいない', '日もママがいない', 'にちもままがいない', '日前からお母さん', 'にちまえからおかあさん', '電気が止められ', 'でんきがとめられ', '電気もつかない', 'でんきもつかない'] }] },
      en: { pairs: [{ reach: 120, acrossSentences: 2,
        a: ['says hes hungry', 'says shes hungry', 'always hungry', 'asks for food', 'starving'],
        b: ['mum hasnt been home for', 'mom hasnt been home for', 'mother hasnt been home for', 'mum has been gone for', 'mom has been gone for', 'no mum at home for', 'power has been cut', 'electricity has been cut', 'electricity cut off', 'power cut off'] }] },
      zh: { pairs: [{ reach: 50, acrossSentences: 2,
        a: ['说肚子饿', '说饿了', '喊饿', '一直饿', '要吃的'],
        b: ['天没回家', '天都没回家', '天不在家', '妈妈不在家好几天', '家里停电', '电被停了', '电也被停'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['배고프다고', '배가 고프다', '밥을 못 먹', '먹을 게 없'],
        b: ['일째 엄마가 없', '일째 엄마가 안', '일 동안 엄마가', '엄마가 며칠째', '전기가 끊겼', '전기도 끊겼', '불이 안 들어'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['kêu đói', 'nói đói', 'đói bụng', 'xin ăn'],
        b: ['ngày mẹ không về', 'ngày nay mẹ không ở nhà', 'mẹ đi mấy ngày', 'mấy ngày không thấy mẹ', 'bị cắt điện', 'cúp điện nhà'] }] },
      ne: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['bhok lagyo', 'bhok laagyo', 'bhok lageko', 'khana chhaina', 'khana xaina', 'भोक लाग्यो', 'खाना छैन'],
        b: ['din dekhi aama chhainan', 'din dekhi aama chhaina', 'din dekhi aama xainan', 'din dekhi aama aaunu bhayena', 'din dekhi aama aaeki chhainan', 'batti kateko', 'batti pani kateko', 'bijuli kateko', 'दिनदेखि आमा छैन', 'बत्ती काटेको'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['gutom na gutom', 'nagugutom daw', 'humihingi ng pagkain', 'walang makain'],
        b: ['araw nang wala ang nanay', 'araw nang hindi umuuwi ang nanay', 'araw nang wala si mama', 'naputulan ng kuryente', 'pinutulan ng kuryente'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['diz que está com fome', 'diz que tá com fome', 'chega com fome', 'pede comida'],
        b: ['dias sem a mãe', 'a mãe não aparece há', 'a mãe sumiu há', 'a mãe não volta há', 'cortaram a luz', 'luz foi cortada'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['bilang lapar', 'selalu lapar', 'minta makan', 'belum makan'],
        b: ['hari ibunya tidak pulang', 'hari ibunya gak pulang', 'hari mamanya tidak ada', 'ibunya sudah beberapa hari', 'listrik diputus', 'listriknya diputus', 'listrik dipadamkan'] }] },
    },
  },
  // ── pass crises-in-passing: the danger said in one clause of a practical request ──
  {
    // The safe side of the two classes above. A toddler who "cannot be left alone", "will not stay home alone"
    // («anak saya umur 3 tidak bisa ditinggal sendiri», «con 3 tuổi không chịu ở nhà một mình») is a clingy child,
    // not a neglected one; nor is the mother at home alone with her child («tôi ở nhà một mình chăm con»). (A fever checked at night is left to the touch lists, which name no forehead: an
    // idiom of "comes into my room … fever" would also quiet a touch told beside it.)
    name: 'a small child who cannot or will not be left alone',
    signal: null,
    words: {
      ja: { idioms: ['ひとりにできない', '一人にできない', 'ひとりにしておけない', '一人にしておけない', 'ひとりでおいておけない', '一人で置いておけない'] },
      en: { idioms: ['cant be left alone', 'cannot be left alone', 'wont stay home alone', 'wont stay alone', 'refuses to stay home alone', 'never leave him alone', 'never leave her alone', 'never left him alone', 'never left her alone'] },
      zh: { idioms: ['不能一个人在家', '不敢一个人在家', '不肯一个人在家', '离不开人'] },
      ko: { idioms: ['혼자 못 있', '혼자 있으려고 하지 않', '혼자 안 있으려'] },
      vi: { idioms: ['tôi ở nhà một mình', 'một mình chăm con', 'một mình với con', 'một mình với bé', 'một mình trông con', 'không chịu ở nhà một mình', 'không dám ở nhà một mình', 'không thể để con ở nhà một mình', 'không bao giờ để con ở nhà một mình'] },
      ne: { idioms: ['एक्लै बस्न सक्दैन', 'एक्लै बस्दैन', 'eklai basna sakdaina', 'eklai basdaina'] },
      tl: { idioms: ['hindi maiwan mag-isa', 'hindi maiwang mag-isa', 'ayaw maiwan mag-isa', 'ayaw maiwang mag-isa'] },
      pt: { idioms: ['não pode ficar sozinho', 'não pode ficar sozinha', 'não fica sozinho', 'não fica sozinha', 'nunca deixo ele sozinho', 'nunca deixo ela sozinha'] },
      id: { idioms: ['tidak bisa ditinggal sendiri', 'gak bisa ditinggal sendiri', 'ga bisa ditinggal sendiri', 'nggak bisa ditinggal sendiri', 'tidak mau ditinggal sendiri', 'gak mau ditinggal sendiri', 'ga mau ditinggal sendiri', 'nggak mau ditinggal sendiri'] },
    },
  },
  {
    // 「3さい の こども を いえ に ひとり で おいて います。きのう の あさ から ずっと です」, «meu filho de 3 anos … tô
    // deixando ele sozinho trancado em casa das 20h às 6h»: a baby or a child of five or under (the age said, or
    // "baby", "toddler") left alone at home or locked in, told beside a nursery application. The ages are small
    // ones only and guarded against the teens (「13歳」 holds 「3歳」: a particle or a space must come before the
    // digit), so a 10-year-old home alone for an hour after school stays quiet; the "left" words are leaving
    // or locking in, not a toddler who cannot yet play or sleep alone, nor the mother alone at home WITH
    // the baby («她一个人在家带孩子», "I'm home alone with my 2 year old", «fico sozinha em casa com o bebê»).
    name: 'a baby or a child of five or under left alone at home or locked in',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 1,
        a: [...['0歳', '1歳', '2歳', '3歳', '4歳', '5歳', '0さい', '1さい', '2さい', '3さい', '4さい', '5さい'].flatMap((n) => [n, ...['は', 'が', 'の', '子', '娘', 'ん'].map((k) => `${k}${n}`)]), '一歳', 'いっさい', '二歳', 'にさい', '三歳', 'さんさい', '四歳', 'よんさい', '五歳', 'ごさい', '赤ちゃん', 'あかちゃん', '赤ん坊', 'あかんぼう', '乳児', '幼児', 'ヶ月の', 'か月の', 'カ月の', 'かげつの'],
        b: ['ひとりでおいて', '一人で置いて', '一人でおいて', 'ひとりで置いて', 'ひとりにして', '一人にして', 'ひとりでるすばん', '一人で留守番', 'ひとりで留守番', '置いて仕事', 'おいてしごと', '置いて出かけ', 'おいてでかけ', '置いていって', 'おいていって', '閉じ込め', 'とじこめ', '放っておいて', 'ほうっておいて'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['baby', 'babies', 'toddler', 'newborn', 'infant', 'month old', 'months old', ...['1', '2', '3', '4', '5', 'one', 'two', 'three', 'four', 'five'].flatMap((n) => [`${n} year old`, `${n} years old`, `${n} yr old`, `${n} yo$`, `${n}yo$`])],
        b: ['is home alone', 'was home alone', 'stays home alone', 'stay home alone', 'left home alone', 'left alone in the', 'leaving him alone', 'leaving her alone', 'leaving them alone', 'left him alone', 'left her alone', 'left them alone', 'leave him home alone', 'leave her home alone', 'locked in alone', 'locked him in', 'locked her in', 'lock him in', 'lock her in', 'alone overnight', 'alone all night', 'alone since yesterday'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 1,
        a: [...['1岁', '2岁', '3岁', '4岁', '5岁', '一岁', '两岁', '三岁', '四岁', '五岁'].flatMap((n) => ['子', '儿', '宝', '孩', '是', '的', '才'].map((k) => `${k}${n}`)), '婴儿', '宝宝', '个月大', '幼儿'],
        b: ['一个人放在家', '一个人留在家', '一个人丢在家', '一个人扔在家', '一个人关在', '让他一个人在家', '让她一个人在家', '让孩子一个人在家', '让宝宝一个人在家', '一个人在家过夜', '一个人在家到天亮', '一个人在家一整晚', '单独留在', '锁在家', '锁在房间', '关在家里', '反锁在'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1,
        a: ['아기', '갓난', '개월', '한 살', '두 살', '세 살', '네 살', '다섯 살', '1살', '2살', '3살', '4살', '5살'],
        b: ['혼자 두고', '혼자 놔두', '혼자 놓고', '혼자 남겨', '혼자 재우고', '혼자 있게 하고', '방에 가둬', '집에 가둬', '잠가 두', '잠가 놓', '잠가놓', '잠가두'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['em bé', 'con nhỏ', 'tháng tuổi', '1 tuổi', '2 tuổi', '3 tuổi', '4 tuổi', '5 tuổi'],
        b: ['để...một mình', 'bỏ...một mình', 'cho con ở nhà một mình', 'cho bé ở nhà một mình', 'nhốt con', 'nhốt bé', 'nhốt nó', 'khóa trong', 'khoá trong', 'khóa cửa lại', 'khoá cửa lại'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['१ वर्ष', '२ वर्ष', '३ वर्ष', '४ वर्ष', '५ वर्ष', '1 वर्ष', '2 वर्ष', '3 वर्ष', '4 वर्ष', '5 वर्ष', '1 barsa', '2 barsa', '3 barsa', '4 barsa', '5 barsa', '1 barsh', '2 barsh', '3 barsh', '4 barsh', '5 barsh', 'शिशु', 'काखे', 'महिनाको', 'sisu', 'mahina ko', 'mahinako'],
        b: ['एक्लै छोड', 'एक्लै राखेर', 'थुनेर', 'ताल्चा लगाएर', 'eklai chhod', 'eklai chod', 'eklai rakhera', 'thunera', 'taalcha lagayera', 'talcha lagayera'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['baby', 'sanggol', 'toddler', 'buwang gulang', ...['1', '2', '3', '4', '5'].flatMap((n) => [`${n} taong gulang`, `${n} taon pa lang`, `${n} year old`, `${n} years old`, `${n} yrs old`]), 'isang taong gulang', 'dalawang taong gulang', 'tatlong taong gulang', 'apat na taong gulang', 'limang taong gulang'],
        b: ['iniiwan ko mag-isa', 'iniiwan mag-isa', 'iniiwan mag isa', 'iniwan mag-isa', 'iniwan mag isa', 'iniiwang mag-isa', 'iniiwang mag isa', 'naiwang mag-isa', 'naiwang mag isa', 'nakakandado', 'ikinukulong', 'kinukulong', 'ni-lock sa', 'naka-lock sa'] }] },
      pt: { pairs: [{ reach: 100, acrossSentences: 1,
        a: ['bebê', 'bebe$', 'nenê', 'neném', 'recém-nascido', 'meses de idade', 'meses de vida', 'de 1 ano', 'de 2 anos', 'de 3 anos', 'de 4 anos', 'de 5 anos', 'de um ano', 'de dois anos', 'de três anos', 'de quatro anos', 'de cinco anos', 'tem 1 ano', 'tem 2 anos', 'tem 3 anos', 'tem 4 anos', 'tem 5 anos'],
        b: ['fica sozinho em casa', 'fica sozinha em casa', 'ficam sozinhos em casa', 'ficar sozinho em casa', 'ficar sozinha em casa', 'deixando...sozinh', 'deixo...sozinh', 'deixei...sozinh', 'sozinho trancado', 'sozinha trancada', 'trancado em casa', 'trancada em casa', 'trancados em casa', 'trancado no quarto', 'trancada no quarto', 'deixando ele sozinho', 'deixando ela sozinha', 'deixo ele sozinho', 'deixo ela sozinha', 'deixei ele sozinho', 'deixei ela sozinha'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['bayi', 'balita', 'batita', ...['1', '2', '3', '4', '5'].flatMap((n) => [`umur ${n}$`, `usia ${n}$`, `anak ${n} tahun`, `anak saya ${n} tahun`, `anakku ${n} tahun`])],
        b: ['ditinggal sendiri', 'ditinggal sendirian', 'tinggalin sendiri', 'tinggalin sendirian', 'tinggalin...sendiri', 'ninggalin...sendiri', 'tinggal dia sendiri', 'ditinggalin sendiri', 'ditinggalkan sendiri', 'dikunci di', 'dikunciin', 'kunciin di', 'dikurung'] }] },
    },
  },
  {
    // A parent coming into the child's room at night to look after them (pass 20): "Mom comes into my room at
    // night to check my fever", 「夜中に母が部屋に来て熱を測ってくれる」, «mẹ vào phòng em đắp chăn», «a mãe entra no
    // meu quarto pra ver se a febre baixou», «ibu masuk kamarku ngecek demam», a feed, a bad dream. The care
    // said beside "comes into my room" takes that phrase's danger away, and only that phrase's: a touch told
    // beside it ("…and touches me", «…rồi sờ vào người em») is a word of its own and still alarms.
    name: 'a parent coming into the room at night to care for the child',
    signal: null,
    words: {
      ja: { idioms: eitherWay(INTO_MY_ROOM.ja, ['熱を測', '熱をはか', 'ねつをはか', '熱があ', 'ねつがあ', '熱が出', 'ねつがで', '毛布をかけ', 'もうふをかけ', '布団をかけ', 'ふとんをかけ', '様子を見', 'ようすをみ', '授乳', 'じゅにゅう', '怖い夢', 'こわいゆめ', '薬を', 'くすりを', '看病', 'かんびょう'], 16) },
      en: { idioms: eitherWay(INTO_MY_ROOM.en, ['fever', 'temperature', 'check on me', 'checks on me', 'checking on me', 'see if im okay', 'see if im ok', 'see if im asleep', 'tuck me in', 'tucks me in', 'cover me', 'covers me', 'put a blanket', 'puts a blanket', 'puts the blanket', 'breastfeed', 'to feed the baby', 'nightmare', 'bad dream', 'my medicine', 'give me medicine', 'gives me medicine', 'when im sick', 'when i am sick', 'say goodnight', 'says goodnight', 'turn off the light', 'turns off the light'], 40) },
      zh: { idioms: eitherWay(INTO_MY_ROOM.zh, ['量体温', '发烧', '发热', '盖被子', '给我盖', '看看我', '看我睡', '喂奶', '做噩梦', '做恶梦', '吃药', '说晚安', '关灯'], 12) },
      ko: { idioms: eitherWay(INTO_MY_ROOM.ko, ['열을 재', '열 재', '열이 나', '열이 있', '이불을 덮어', '이불 덮어', '괜찮은지', '잘 자는지', '수유', '악몽', '약을', '약 먹'], 24) },
      vi: { idioms: eitherWay(INTO_MY_ROOM.vi, ['đo nhiệt độ', 'cặp nhiệt', 'bị sốt', 'xem em còn sốt', 'xem con còn sốt', 'hết sốt', 'đắp chăn', 'đắp mền', 'kéo chăn', 'xem em ngủ', 'xem con ngủ', 'cho bú', 'cho em bé bú', 'ác mộng', 'uống thuốc', 'cho thuốc'], 32) },
      ne: { idioms: eitherWay(INTO_MY_ROOM.ne, ['ज्वरो', 'कम्बल ओढा', 'सिरक ओढा', 'औषधि', 'नराम्रो सपना', 'दूध खुवाउन', 'jwaro', 'kambal odha', 'sirak odha', 'aushadhi', 'ausadhi', 'naramro sapana'], 32) },
      tl: { idioms: eitherWay(INTO_MY_ROOM.tl, ['lagnat', 'kinukumutan', 'kumutan', 'kinumutan', 'tingnan kung okay', 'tingnan kung ok', 'tingnan kung tulog', 'bangungot', 'masamang panaginip', 'gamot', 'magpasuso', 'para magpadede', 'padedehin'], 32) },
      pt: { idioms: eitherWay(INTO_MY_ROOM.pt, ['febre', 'termômetro', 'temperatura', 'me cobrir', 'me cobre', 'me cobria', 'ver se estou bem', 'ver se eu tô bem', 'ver se to bem', 'ver se estou dormindo', 'amamentar', 'dar de mamar', 'pesadelo', 'remédio', 'dar boa noite', 'apagar a luz'], 32) },
      id: { idioms: eitherWay(INTO_MY_ROOM.id, ['demam', 'suhu badan', 'ukur suhu', 'nyelimutin', 'menyelimuti', 'selimutin', 'ngecek aku', 'ngecek keadaan', 'mengecek keadaan', 'cek aku', 'lihat aku tidur', 'liat aku tidur', 'menyusui', 'nyusuin', 'mimpi buruk', 'kasih obat', 'minum obat'], 32) },
    },
  },
  // ── crisis batch 21 (helper C3): small children alone for days counted, words between ──
  {
    // «उनका ३ र ५ वर्षका बच्चा तीन दिनदेखि डर्मको कोठामा एक्लै छन्। खाना छैन»: the days counted, then a place,
    // then "alone" — the pairs above want the days and "alone" side by side. Written as fragments («दिनदेखि…एक्लै»,
    // "days … alone") so any room, dorm or flat may sit between; a child named is the other side.
    name: 'small children alone for a number of days, a room or a place told between',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1,
        a: ['日前から', '日間', '日も', 'にちまえから', 'にちかん', 'にちも'],
        b: ['子どもだけで', '子供だけで', 'こどもだけで', '子どもたちだけで', '子どもだけが', '幼い兄弟だけ', 'ちいさいきょうだいだけ'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['kids', 'children', 'toddler', 'toddlers', 'year old', 'little ones', 'baby'],
        b: ['for two days...alone', 'for three days...alone', 'for 2 days...alone', 'for 3 days...alone', 'for days...alone', 'for days...on their own', 'for three days...on their own', 'for two days...on their own', 'days now...alone'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 1,
        a: ['孩子', '小孩', '岁的', '宝宝'],
        b: ['天...独自在', '天...单独在', '天...自己待在', '天...没有大人', '天...没大人', '天...没人管'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1,
        a: ['아이', '애들', '살짜리', '아기', '꼬마'],
        b: ['이틀째...혼자', '사흘째...혼자', '나흘째...혼자', '며칠째...혼자', '2일째...혼자', '3일째...혼자', '4일째...혼자', '5일째...혼자', '삼일째...혼자', '이틀째...끼리', '사흘째...끼리', '며칠째...끼리', '3일째...끼리', '2일째...끼리', '며칠 동안...혼자', '3일 동안...혼자', '이틀 동안...혼자', '사흘 동안...혼자'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['bé', 'đứa nhỏ', 'con nhỏ', 'hai đứa', 'ba đứa', 'mấy đứa'],
        b: ['ngày nay...một mình', 'ngày rồi...một mình', 'ngày...ở nhà một mình', 'ngày...ở phòng một mình', 'ngày nay...tự ở', 'ngày...không có người lớn'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['बच्चा', 'नानी', 'नानीहरू', 'छोराछोरी', 'bachha', 'baccha', 'nani'],
        b: ['दिनदेखि...एक्लै', 'दिन भयो...एक्लै', 'दिनदेखि...मात्रै छन्', 'din dekhi...eklai', 'dindekhi...eklai', 'din bhayo...eklai'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['bata', 'mga bata', 'anak', 'baby'],
        b: ['araw na...mag isa', 'araw nang...mag isa', 'araw na...silang dalawa lang', 'araw na...walang matanda', 'araw na...walang kasamang matanda'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['criança', 'crianças', 'bebê', 'filhos pequenos', 'filhinhos', 'os pequenos'],
        // (days counted: «todos os dias … sozinho», alone after school every day, is no neglect)
        b: ['2 dias...sozinh', '3 dias...sozinh', '4 dias...sozinh', 'dois dias...sozinh', 'três dias...sozinh', 'quatro dias...sozinh', 'vários dias...sozinh', 'há dias...sozinh', 'faz dias...sozinh', 'dias seguidos...sozinh',
          '2 dias...sem adulto', '3 dias...sem adulto', 'dois dias...sem adulto', 'três dias...sem adulto', 'há dias...sem adulto', 'dois dias...sem nenhum adulto', 'três dias...sem nenhum adulto', 'há dias...sem nenhum adulto'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['anak anak', 'anak kecil', 'balita', 'bayi', 'bocah'],
        // (days counted: «hari ini … sendirian», today alone at play, is no neglect)
        b: ['2 hari...sendirian', '3 hari...sendirian', '4 hari...sendirian', 'dua hari...sendirian', 'tiga hari...sendirian', 'empat hari...sendirian', 'beberapa hari...sendirian', 'berhari hari...sendirian', 'sudah berhari...sendirian',
          '2 hari...tanpa orang dewasa', '3 hari...tanpa orang dewasa', 'dua hari...tanpa orang dewasa', 'tiga hari...tanpa orang dewasa', 'beberapa hari...tanpa orang dewasa', '2 hari...ditinggal sendiri', '3 hari...ditinggal sendiri', 'dua hari...ditinggal sendiri', 'tiga hari...ditinggal sendiri', 'beberapa hari...ditinggal sendiri'] }] },
    },
  },
  {
    // A child pushed, shoved, knocked down or flung by a parent or a parent's partner («Bố nó đẩy nó ngã»,
    // "his dad pushed him and he fell", 「父親に突き飛ばされて転んだ」): a blow of its own, which a fall told after
    // it does not make an everyday knock (see the knock's cause in concepts-safe.ts).
    name: 'a child pushed, shoved or knocked down by a parent or a parent’s partner',
    signal: 'child_abuse',
    words: {
      ja: {
        pairs: [{ ordered: true, reach: 10,
          a: ['父に', '父親に', 'ちちおやに', '母に', '母親に', 'ははおやに', 'お父さんに', 'おとうさんに', 'お母さんに', 'おかあさんに', 'パパに', 'ママに', '継父に', '義父に', '継母に', '義母に', '母の彼氏に', 'ははのかれしに', '親に', 'おやに'],
          b: ['突き飛ばされ', 'つきとばされ', '押し倒され', 'おしたおされ', '突き落とされ', 'つきおとされ', '投げ飛ばされ', 'なげとばされ', '押されて転', 'おされてころ'] }],
      },
      en: {
        pairs: [{ ordered: true, reach: 12,
          a: ['dad', 'his dad', 'her dad', 'father', 'stepdad', 'stepfather', 'mum', 'mom', 'mother', 'stepmum', 'stepmom', 'my husband', 'my partner', 'my boyfriend', 'her boyfriend', 'mums boyfriend', 'moms boyfriend', 'uncle'],
          b: ['pushed', 'shoved', 'pushes', 'shoves', 'knocked', 'threw', 'throws', 'slammed', 'yanked', 'grabbed', 'grabs'].flatMap((v) => ['him', 'her', ...EN_KIDS].map((k) => `${v} ${k}`)) }],
        // (pushed on a swing, in a pram or a wheelchair: no blow)
        idioms: ['pushed', 'pushes', 'pushing'].flatMap((v) => ['him', 'her', ...EN_KIDS].flatMap((k) => ['on the swing', 'on a swing', 'in the pram', 'in the stroller', 'in the buggy', 'in the pushchair', 'in his wheelchair', 'in her wheelchair'].map((w) => `${v} ${k} ${w}`))),
      },
      zh: {
        pairs: [{ ordered: true, reach: 6,
          a: ['爸爸', '妈妈', '父亲', '母亲', '继父', '继母', '后妈', '后爸', '老公', '男朋友', '她男友'],
          b: ['把孩子推倒', '把儿子推倒', '把女儿推倒', '把小孩推倒', '把宝宝推倒', '把孩子推到墙', '把孩子推下', '把儿子推下', '把女儿推下', '推倒孩子', '推倒儿子', '推倒女儿', '推倒他', '推倒她', '把他推倒', '把她推倒', '把他推到', '把她推到', '推了他一把', '推了她一把', '把他推下', '把她推下', '把他甩', '把她甩'] }],
      },
      ko: {
        pairs: [{ ordered: true, reach: 12,
          a: ['아빠가', '엄마가', '새아빠가', '새엄마가', '아버지가', '어머니가', '계부가', '계모가', '엄마 남자친구가'],
          b: ['밀쳐서', '밀쳤', '떠밀어', '떠밀었', '넘어뜨려', '넘어뜨렸', '내동댕이', ...cross(['아이를', '애를', '아들을', '딸을', '아기를'], ['밀어서', '밀었', '밀어 넘어뜨'], ' ')] }],
      },
      vi: {
        pairs: [{ ordered: true, reach: 12,
          a: ['bố', 'mẹ', 'cha', 'dượng', 'bố dượng', 'mẹ kế', 'bố nó', 'ba nó', 'má nó', 'ba tui', 'ba em', 'chồng em', 'chồng tôi', 'bạn trai'],
          b: ['đẩy con', 'đẩy nó', 'đẩy bé', 'đẩy cháu', 'đẩy thằng bé', 'đẩy con bé', 'xô con', 'xô nó', 'xô bé', 'xô ngã', 'đẩy ngã', 'đẩy té', 'xô té', 'quăng nó', 'ném nó'] }],
      },
      ne: {
        pairs: [{ ordered: true, reach: 24,
          a: ['बुबाले', 'बुवाले', 'बाबाले', 'आमाले', 'सौतेनी', 'बाउले', 'buba le', 'bubale', 'buwa le', 'baba le', 'babale', 'aama le', 'aamale', 'bau le'],
          b: ['धकेल', 'धक्का दि', 'लडाइदि', 'लडाईदि', 'पछार', 'dhakel', 'dhakka di', 'ladaidi', 'pachhar', 'pachar'] }],
      },
      tl: {
        pairs: [{ ordered: true, reach: 16,
          a: ['tinulak', 'itinulak', 'tinutulak', 'sinalya', 'ibinalibag', 'binalibag', 'inihagis'],
          b: ['ng tatay', 'ng nanay', 'ng stepdad', 'ng amain', 'ng madrasta', 'ni papa', 'ni mama', 'ng boyfriend ng', 'ng live in', 'ng lolo', 'ng tito'] }],
      },
      pt: {
        pairs: [{ ordered: true, reach: 16,
          a: ['pai', 'padrasto', 'mãe', 'madrasta', 'namorado', 'marido', 'tio', 'avô'],
          b: cross(['empurrou', 'empurra', 'derrubou', 'jogou', 'arremessou'], ['ele', 'ela', 'meu filho', 'minha filha', 'o menino', 'a menina', 'o bebê', 'a criança', 'meu enteado', 'minha enteada'], ' ') }],
        idioms: cross(cross(['empurrou', 'empurra', 'empurrando'], ['ele', 'ela', 'meu filho', 'minha filha', 'o menino', 'a menina', 'o bebê', 'a criança'], ' '), ['no balanço', 'no carrinho', 'na cadeira de rodas'], ' '),
      },
      id: {
        say: ['didorong ayah', 'didorong ibu', 'didorong bapak', 'didorong papa', 'didorong mama', 'didorong ayah tiri', 'didorong ibu tiri', 'didorong pacar ibu'],
        pairs: [{ ordered: true, reach: 16,
          a: ['ayah', 'ayahnya', 'bapak', 'bapaknya', 'ibu', 'ibunya', 'papa', 'mama', 'ayah tiri', 'suami saya', 'pacar'],
          b: ['mendorong anak', 'mendorong dia', 'mendorongnya', 'dorong dia', 'membanting anak', 'membanting dia', 'membantingnya'] }],
      },
    },
  },
  // ── crisis-30 (people writing in a role): a school nurse's, a teacher's, a shop owner's report ──
  {
    // 「小3女子、本日の身体測定で背中と太ももに新旧の痣が複数ありました。本人は『階段で転んだ』と言いますが、場所が不自然で」,
    // "several bruises on his upper arms, some yellow, some fresh … the pattern doesn't fit a fall": old and new marks
    // together, many of them or on the bottom, the neck, behind the ears, on a child named as a pupil or by age, with a
    // health check or a sentence between; a mark and a
    // doubt that it came from a fall (in odd places, a story that does not fit). A knock's cause told beside the mark
    // (football, a bike, a fall the writer saw) still takes it; a child's own «転んだ» is the excuse abuse is told with.
    name: 'a child’s bruises old and new, many, or in places a fall does not reach, noted by a school nurse or a teacher',
    signal: 'child_abuse',
    words: inEachLanguage((lang) => {
      const cjk = lang === 'ja' || lang === 'zh';
      return {
        pairs: [
          { reach: cjk ? 40 : 100, acrossSentences: 1, a: PUPIL[lang], b: [...MARKS_OLD_AND_NEW[lang], ...MARKS_IN_ODD_PLACES[lang]] },
          { reach: cjk ? 40 : 120, acrossSentences: 2, a: A_MARK[lang], b: MARK_DOUBTED[lang] },
        ],
      };
    }),
  },
  {
    // «윗집 초등학생 남매가 … 남은 음식 없냐고 물어요. 부모가 일주일째 안 들어온다네요», «datang minta sisa makanan … orang
    // tuanya sudah seminggu tidak pulang», "worn the same clothes all week, eats the leftover bread … hasn't seen her mum
    // since Sunday and is looking after her little brother on her own": leftovers or food asked for with the parents away for
    // days; a child fending alone (the same clothes, the little ones minded alone, leftovers) who has not seen a parent
    // since a day named or for days. (A parent away with the other at home, or on a trip with a grandmother in, has no
    // child fending alone; children buying snacks every evening ask for no leftovers.)
    name: 'children asking a shop for leftovers with the parents away for days; a child in the same clothes minding the little ones, a parent not seen for days',
    signal: 'child_abuse',
    words: inEachLanguage((lang) => {
      const cjk = lang === 'ja' || lang === 'zh';
      return {
        pairs: [
          { reach: cjk ? 50 : 120, acrossSentences: 2, a: [...LEFTOVERS[lang], ...FOOD_ASKED[lang]], b: [...PARENT_NOT_BACK[lang], ...PARENT_NOT_SEEN[lang]] },
          { reach: cjk ? 50 : 140, acrossSentences: 2, a: FENDING_ALONE[lang], b: PARENT_NOT_SEEN[lang] },
        ],
      };
    }),
  },
  {
    // In a child's own words (pass 24): when a parent gets angry, they kick or hit me — 「おとうさん は おこる と
    // わたし を けります」, «Bố em giận là đá em», 아빠는 화나면 나를 발로 차요. A classmate who kicks is bullying.
    name: 'in a child’s own words: when a parent gets angry, they kick me (in Japanese, kick or hit me)',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ ordered: true, reach: 24,
        a: ['おとうさんは', 'おかあさんは', 'お父さんは', 'お母さんは', 'パパは', 'ママは', '父は', '母は', 'ちちは', '父親は', '母親は', 'おやは', '親は', 'ままははは', '継父は', '継母は'],
        b: ['わたしをけ', 'わたしをたたき', 'わたしをたたく', 'わたしをなぐ', '私を蹴', '私を叩', '私を殴', 'ぼくをけ', 'ぼくをたたき', 'ぼくをたたく', 'ぼくをなぐ', '僕を蹴', '僕を叩', '僕を殴', 'おれをけ', 'おれをなぐ', '俺を蹴', '俺を殴'] }] },
      en: { pairs: [{ ordered: true, reach: 40,
        a: ['my dad', 'my father', 'my mom', 'my mum', 'my mother', 'my stepdad', 'my stepmom', 'my stepmum', 'my parents'],
        b: ['kicks me', 'kicked me', 'kick me'] }] },
      zh: { pairs: [{ ordered: true, reach: 16,
        a: ['爸爸', '妈妈', '我爸', '我妈', '继父', '继母', '后妈', '老爸', '老妈', '阿爸', '阿妈'],
        b: ['踢我', '踹我', '用脚踢我'] }] },
      ko: { pairs: [{ ordered: true, reach: 30,
        a: ['아빠는', '아빠가', '엄마는', '엄마가', '아버지는', '아버지가', '어머니는', '어머니가', '새아빠', '새엄마', '계부', '계모'],
        b: ['나를 발로 차', '저를 발로 차', '나를 차요', '저를 차요', '발로 차요', '발로 찼'] }] },
      vi: { pairs: [{ ordered: true, reach: 40,
        a: ['bố em', 'bố con', 'ba em', 'ba con', 'mẹ em', 'mẹ con', 'bố giận', 'ba giận', 'mẹ giận', 'bố say', 'ba say', 'dượng', 'mẹ kế', 'cha dượng'],
        b: ['đá em', 'đá con', 'đá vào em', 'đá vào con', 'đạp em', 'đạp con'] }] },
      ne: { pairs: [{ ordered: true, reach: 40,
        a: ['बुबा', 'बाबा', 'आमा', 'सौतेनी', 'buba', 'baba', 'aama', 'bubale', 'aamale'],
        b: ['मलाई लात', 'malai laat', 'malai lat'] }] },
      tl: { pairs: [{ ordered: true, reach: 40,
        a: ['si papa', 'si mama', 'si tatay', 'si nanay', 'si itay', 'si inay', 'stepfather ko', 'stepdad ko', 'amain ko'],
        b: ['sinisipa ako', 'sinisipa niya ako', 'sinipa ako', 'sinipa niya ako'] }] },
      pt: { pairs: [{ ordered: true, reach: 40,
        a: ['meu pai', 'minha mãe', 'meu padrasto', 'minha madrasta'],
        b: ['me chuta', 'me chutou'] }] },
      id: { pairs: [{ ordered: true, reach: 40,
        a: ['ayah', 'bapak', 'papa', 'ibu', 'mama', 'ayah tiri', 'ibu tiri', 'bapak tiri'],
        b: ['menendang aku', 'menendang saya', 'nendang aku', 'nendang saya'] }] },
    },
  },
  // ── pass 27 ──
  {
    // Touched on the private parts, with the one who does it named between («hinahawakan daw siya ng boyfriend ko sa
    // maselang parte», "he touches her private parts", 「彼が娘の陰部を触る」). A rash or a check-up of the private
    // parts has no touching verb and stays quiet.
    name: 'a child touched on the private parts, with the one who does it named between',
    signal: 'child_abuse',
    words: inEachLanguage((lang) => {
      const touch = {
        ja: ['触って', 'さわって', '触られ', 'さわられ', '触る', 'さわる'],
        en: ['touches', 'touched', 'touching', 'fondles', 'fondled', 'fondling'],
        zh: ['摸', '碰'],
        ko: ['만지', '만졌', '만진'],
        vi: ['sờ', 'sờ mó', 'động vào', 'chạm vào'],
        ne: ['छुन्छ', 'छोयो', 'छुने', 'chhunchha', 'chhoyo', 'chhune', 'chunchha', 'choyo'],
        tl: ['hinahawakan', 'hinawakan', 'hinihipo', 'hinipo', 'hinihimas', 'hinimas', 'kinakapa', 'kinapa'],
        pt: ['mexe', 'mexeu', 'toca', 'tocou', 'tocando', 'passa a mão', 'passou a mão'],
        id: ['pegang', 'megang', 'memegang', 'raba', 'meraba', 'grepe'],
      }[lang];
      const parts = {
        ja: ['陰部', 'いんぶ', 'デリケートゾーン', 'でりけーとぞーん', '大事なところ', 'だいじなところ', 'おまた'],
        en: ['private parts', 'privates', 'private part', 'private area'],
        zh: ['私处', '下体', '隐私部位', '私密部位'],
        ko: ['중요 부위', '중요부위', '은밀한 곳', '은밀한 부위', '사타구니'],
        vi: ['vùng kín', 'chỗ kín', 'bộ phận sinh dục'],
        ne: ['गुप्तांग', 'गोप्य अंग', 'guptanga', 'guptang', 'gopya anga'],
        tl: ['maselang parte', 'maselang bahagi', 'pribadong parte', 'private part', 'ari niya'],
        pt: ['partes íntimas', 'parte íntima', 'nas partes', 'região íntima'],
        id: ['area pribadi', 'bagian pribadi', 'kemaluan', 'alat kelamin', 'daerah sensitif'],
      }[lang];
      return { pairs: [{ reach: lang === 'ja' || lang === 'zh' ? 16 : 48, a: touch, b: parts }] };
    }),
  },
], [...ABUSE_FAMILIES, ...PASS_27_ABUSE]);
