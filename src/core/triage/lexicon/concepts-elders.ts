import type { Concept, Lists } from './concepts.ts';
import { each, eitherWay, followedBy as then } from './concepts-safe.ts';
import { inEachLanguage, near } from './extend-concepts.ts';

/**
 * What older people say and what dementia makes them cry out, told by the family who cares for them: a
 * grandfather's old saying that he will die tomorrow, a mother with dementia who shouts that someone will
 * kill her though nobody is there. Words of death that are a habit or a delusion, not a wish or a threat now.
 */

/** An older relative, as the family names them. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ELDER: Lists = {
  ja: ['祖父', '祖母', 'おじいちゃん', 'おばあちゃん', 'じいちゃん', 'ばあちゃん', '義父', '義母', '父', '母', 'ちち', 'はは', 'お父さん', 'お母さん', 'おとうさん', 'おかあさん', '親父', 'おやじ', 'お袋', 'おふくろ'],
  en: ['grandpa', 'grandma', 'grandfather', 'grandmother', 'granny', 'gran$', 'nana$', 'my dad', 'my mum', 'my mom', 'my father', 'my mother', 'my uncle', 'my aunt', 'in law'],
  zh: ['爷爷', '奶奶', '外公', '外婆', '姥姥', '姥爷', '阿公', '阿嬷', '我爸', '我妈', '老爸', '老妈', '父亲', '母亲', '婆婆', '公公', '老人家'],
  ko: ['할머니', '할아버지', '아버지', '어머니', '아빠', '엄마', '시어머니', '시아버지', '장모', '장인', '노모'],
  vi: ['ông nội', 'bà nội', 'ông ngoại', 'bà ngoại', 'ông em', 'bà em', 'ông tôi', 'bà tôi', 'bố em', 'mẹ em', 'bố tôi', 'mẹ tôi', 'ba em', 'má em', 'bố chồng', 'mẹ chồng'],
  ne: ['हजुरबुवा', 'हजुरबुबा', 'हजुरआमा', 'बुवा', 'बुबा', 'बाबा', 'आमा', 'ससुरा', 'सासू', 'hajurbuwa', 'hajurbuba', 'hajuraama', 'hajurama', 'buwa', 'aama'],
  tl: ['lolo', 'lola', 'tatay', 'nanay', 'papa', 'mama', 'biyenan', 'tito', 'tita'],
  pt: ['avô', 'avó', 'vovô', 'vovó', 'vô$', 'vó$', 'meu pai', 'minha mãe', 'meu sogro', 'minha sogra', 'meu tio', 'minha tia'],
  id: ['kakek', 'nenek', 'mbah', 'eyang', 'opa', 'oma', 'ayah', 'bapak', 'ibu', 'mertua'],
};

/** Said as a habit: always, every day, a catchphrase. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const AS_A_HABIT: Lists = {
  ja: ['いつも', '毎日', 'まいにち', '口癖', 'くちぐせ', '口ぐせ', '昔から', 'むかしから', 'しょっちゅう', '事あるごとに', 'ことあるごとに'],
  en: ['always says', 'always saying', 'always tells', 'always jokes', 'says every day', 'says it every day', 'keeps saying', 'has been saying', 'been saying that for', 'catchphrase', 'favourite line', 'favorite line', 'likes to say', 'loves to say'],
  zh: ['总说', '总是说', '老是说', '老说', '天天说', '整天说', '每天都说', '常说', '经常说', '口头禅', '挂在嘴边'],
  ko: ['맨날', '늘', '항상', '입버릇', '말버릇', '매일', '노상', '툭하면'],
  vi: ['lúc nào cũng nói', 'lúc nào cũng bảo', 'suốt ngày nói', 'suốt ngày bảo', 'hay nói', 'hay bảo', 'cứ nói', 'luôn nói', 'ngày nào cũng nói', 'câu cửa miệng'],
  ne: ['सधैं', 'सधैँ', 'जहिले पनि', 'जहिल्यै', 'दिनहुँ', 'sadhai', 'jahile pani', 'dinhun'],
  tl: ['lagi', 'laging', 'palagi', 'palaging', 'parati', 'araw araw', 'madalas'],
  pt: ['vive dizendo', 'vive falando', 'sempre diz', 'sempre fala', 'sempre disse', 'sempre falou', 'fala toda hora', 'diz toda hora', 'todo dia fala', 'todo dia diz', 'bordão'],
  id: ['selalu bilang', 'sering bilang', 'suka bilang', 'tiap hari bilang', 'setiap hari bilang', 'selalu berkata', 'sering berkata', 'selalu ngomong', 'sering ngomong'],
};

/** Said after the saying, where the language puts the habit last: 「明日死ぬ」が口癖, 'I’ll die tomorrow' 라고 입버릇처럼. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HABIT_AFTER: Lists = {
  ja: ['が口癖', 'がくちぐせ', 'が口ぐせ', 'と口癖', 'って口癖', '口癖のように', 'くちぐせのように', 'といつも', 'っていつも', 'と毎日', 'って毎日'],
  en: ['every day', 'all the time', 'for years'],
  zh: ['是口头禅', '是他的口头禅', '是她的口头禅', '挂在嘴边'],
  ko: ['입버릇처럼', '말버릇처럼', '가 입버릇', '이 입버릇', '가 말버릇', '이 말버릇'],
  vi: ['là câu cửa miệng'],
  ne: ['भन्नु बानी', 'भन्ने बानी', 'bhanne bani'],
  tl: ['lagi niyang sinasabi', 'palagi niyang sinasabi'],
  pt: ['é o bordão', 'toda hora'],
  id: ['sudah jadi kebiasaan', 'tiap hari'],
};

/**
 * The saying itself: I’ll die tomorrow, I won’t live long, not long for this world. A prediction, not a wish
 * ("I want to die" is never here).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WONT_LIVE_LONG: Lists = {
  ja: ['明日死ぬ', 'あした死ぬ', 'あしたしぬ', '明日にも死ぬ', 'あすにも死ぬ', 'もう長くない', 'もうながくない', '先は長くない', 'さきはながくない', 'もうすぐ死ぬ', 'もうすぐしぬ', '老い先短い', 'おいさきみじかい', 'お迎えが近い', 'おむかえがちかい', 'お迎えが来る', 'おむかえがくる'],
  en: ['die tomorrow', 'dead tomorrow', 'dead by tomorrow', 'wont live long', 'not live long', 'wont live much longer', 'not live much longer', 'not long for this world', 'die soon', 'dead soon', 'wont be around long', 'wont be around much longer', 'wont be here long'],
  zh: ['明天就死', '明天就要死', '明天就走', '活不长', '活不了多久', '活不了几年', '没几天活头', '没几年活头', '没几年好活', '快死了', '快要死了', '日子不多了'],
  ko: ['내일 죽는다', '내일 죽을', '내일이라도 죽', '오래 못 산다', '오래 못 살', '곧 죽는다', '곧 죽을', '얼마 못 산다', '얼마 못 살', '살 날이 얼마'],
  vi: ['mai chết', 'ngày mai chết', 'mai là chết', 'sống không lâu', 'không sống được lâu', 'không sống được bao lâu', 'chẳng sống được bao lâu', 'sắp chết', 'gần đất xa trời'],
  ne: ['भोलि मर्छु', 'भोलि मर्छ', 'भोलि नै मर्छु', 'भोलि मरिन्छ', 'धेरै बाँच्दिन', 'धेरै बाँच्दैन', 'धेरै बाँचिन्न', 'मर्ने बेला भयो', 'bholi marchhu', 'bholi marchu', 'bholi marchha', 'dherai bachdina', 'marne bela bhayo'],
  tl: ['mamamatay na ako bukas', 'mamamatay na bukas', 'bukas mamamatay', 'hindi na ako magtatagal', 'di na ako magtatagal', 'hindi na siya magtatagal', 'hindi na magtatagal', 'malapit na akong mamatay', 'malapit na siyang mamatay'],
  pt: ['morrer amanhã', 'não vou viver muito', 'não vai viver muito', 'não vou durar muito', 'não vai durar muito', 'tô pra morrer', 'to pra morrer', 'está pra morrer', 'morrer logo', 'morrer qualquer dia'],
  id: ['besok mati', 'besok aku mati', 'besok saya mati', 'umurku tidak lama', 'umur saya tidak lama', 'umurnya tidak lama', 'tidak akan lama lagi', 'gak lama lagi', 'sebentar lagi mati', 'sudah mau mati', 'udah mau mati'],
};

/** Dementia, or the delusion and hallucination it brings, named. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DEMENTIA: Lists = {
  ja: ['認知症', 'にんちしょう', '痴呆', 'ちほう', 'アルツハイマー', 'あるつはいまー', '妄想', 'もうそう', 'せん妄', 'せんもう', '幻覚', 'げんかく', '幻聴', 'げんちょう'],
  en: ['dementia', 'alzheimer', 'delusion', 'delusional', 'hallucinat', 'sundowning', 'paranoid'],
  zh: ['失智', '痴呆', '认知症', '阿尔茨海默', '老糊涂', '妄想', '幻觉', '幻听'],
  ko: ['치매', '알츠하이머', '망상', '섬망', '환각', '환청'],
  vi: ['sa sút trí tuệ', 'suy giảm trí nhớ', 'mất trí nhớ', 'bị lẫn', 'lú lẫn', 'lẫn rồi', 'alzheimer', 'hoang tưởng', 'ảo giác'],
  ne: ['डिमेन्सिया', 'डिमेन्सिआ', 'बिर्सने रोग', 'भ्रम', 'dementia', 'alzheimer', 'birsane rog'],
  tl: ['dementia', 'ulyanin', 'nag uulyanin', 'alzheimer', 'guni guni', 'delusion', 'hallucinat'],
  pt: ['demência', 'alzheimer', 'delírio', 'delirando', 'alucina', 'caduc', 'confusão mental'],
  id: ['demensia', 'pikun', 'alzheimer', 'halusinasi', 'delusi', 'linglung'],
};

/** The cry: someone is going to kill me, is poisoning me. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const KILL_ME_CRIED: Lists = {
  ja: ['殺される', 'ころされる', '殺しに来', 'ころしにく', '殺そうとして', 'ころそうとして', '毒を入れ', 'どくをいれ', '毒が入って', 'どくがはいって'],
  en: ['going to kill me', 'gonna kill me', 'trying to kill me', 'want to kill me', 'wants to kill me', 'coming to kill', 'will kill me', 'poisoning me', 'poisoning her', 'poisoning him'],
  zh: ['要杀我', '杀我', '要害我', '害我', '下毒', '有人要杀'],
  ko: ['죽이려', '죽인다', '죽일 거', '나를 죽', '날 죽', '독을 탔', '독을 넣'],
  vi: ['giết tôi', 'giết bà', 'giết mẹ', 'giết ông', 'giết bố', 'muốn giết', 'đến giết', 'đầu độc', 'bỏ thuốc độc'],
  ne: ['मार्न आयो', 'मार्न आउँछ', 'मार्न आउँदैछ', 'मार्छन्', 'मलाई मार्', 'मार्न खोज्', 'विष हाल्', 'marna aayo', 'maarna aayo', 'malai mar'],
  tl: ['papatayin ako', 'papatayin siya', 'papatayin daw', 'may papatay', 'lalasunin', 'nilalason'],
  pt: ['vão me matar', 'querem me matar', 'vai me matar', 'me matar', 'matar ela', 'matar ele', 'envenenar', 'envenenando'],
  id: ['mau bunuh', 'mau membunuh', 'membunuh saya', 'membunuhnya', 'dibunuh', 'diracun', 'meracun'],
};

/** …though nobody is there, or the writer names it a delusion. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NOBODY_THERE: Lists = {
  ja: ['誰もいない', 'だれもいない', '誰もいません', 'だれもいません', '妄想', 'もうそう', '幻覚', 'げんかく', '幻聴', 'げんちょう', 'せん妄', 'せんもう', '物盗られ', 'ものとられ', '思い込み', 'おもいこみ'],
  en: ['nobody there', 'no one there', 'nobody is there', 'no one is there', 'nobody was there', 'no one was there', 'nobody in the room', 'no one in the room', 'theres nobody', 'theres no one', 'there is nobody', 'there is no one', 'delusion', 'hallucinat', 'imagining things', 'paranoi', 'not real'],
  zh: ['没有人', '没人', '妄想', '幻觉', '幻听', '胡思乱想'],
  ko: ['아무도 없', '망상', '환각', '환청', '헛것'],
  vi: ['không có ai', 'chẳng có ai', 'không ai cả', 'hoang tưởng', 'ảo giác', 'tưởng tượng'],
  ne: ['कोही छैन', 'कोही पनि छैन', 'कोही थिएन', 'कोही पनि थिएन', 'भ्रम', 'kohi chhaina', 'kohi pani chhaina', 'kohi thiyena'],
  tl: ['walang tao', 'wala namang tao', 'walang ibang tao', 'wala namang iba', 'guni guni', 'imahinasyon', 'hallucinat'],
  pt: ['não tem ninguém', 'não há ninguém', 'não tinha ninguém', 'não havia ninguém', 'ninguém lá', 'delírio', 'alucina', 'imaginação', 'coisa da cabeça'],
  id: ['tidak ada siapa', 'tidak ada orang', 'gak ada orang', 'nggak ada orang', 'ga ada orang', 'ga ada siapa', 'halusinasi', 'delusi', 'khayalan'],
};

/** Someone who has stopped eating. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const STOPPED_EATING: Lists = {
  ja: ['食べなくなっ', 'たべなくなっ', 'ご飯を食べな', 'ごはんをたべな', '食事をとらな', '食事を取らな', 'しょくじをとらな', '何も食べな', 'なにもたべな', '食べようとしな', 'たべようとしな'],
  en: ['stopped eating', 'wont eat', 'refuses to eat', 'refusing to eat', 'not eating anymore', 'barely eats', 'hardly eats'],
  zh: ['不吃饭', '不肯吃饭', '不吃东西', '什么都不吃', '不肯吃', '不愿意吃'],
  ko: ['식사를 안', '밥을 안 드', '안 드시', '식사를 거부', '아무것도 안 드', '밥을 안 먹', '아무것도 안 먹'],
  vi: ['bỏ ăn', 'không chịu ăn', 'không ăn uống', 'chẳng ăn gì', 'không ăn gì'],
  ne: ['खाना खानु छोड', 'खाना खान छोड', 'खाना खानुहुन्न', 'केही खानुहुन्न', 'खाना खाँदैन', 'khana khana chhod', 'khana khanu chhod', 'khana khanuhunna'],
  tl: ['ayaw nang kumain', 'ayaw kumain', 'hindi na kumakain', 'di na kumakain', 'hindi kumakain'],
  pt: ['parou de comer', 'não quer comer', 'não come mais', 'se recusa a comer', 'não está comendo'],
  id: ['tidak mau makan', 'gak mau makan', 'nggak mau makan', 'ga mau makan', 'berhenti makan', 'tidak makan lagi'],
};

/** …and has given her things away. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GAVE_THINGS_AWAY: Lists = {
  ja: ['配りました', '配った', 'くばった', 'くばりました', '配ってしまっ', 'くばってしまっ', '人にあげ', 'ひとにあげ', '全部あげ', 'ぜんぶあげ', '形見', 'かたみ', '譲った', 'ゆずった', '譲りました'],
  en: ['gave away', 'giving away', 'given away', 'handed out her', 'handed out his', 'gave all her', 'gave all his', 'gave me all her', 'gave me all his'],
  zh: ['送人', '分给', '都送了', '全送了', '全部送给', '都分了', '分掉了'],
  ko: ['나눠 주', '나눠주', '나눠줬', '다 줬', '다 주셨', '남에게 주', '다 나눠'],
  vi: ['cho hết', 'đem cho', 'tặng hết', 'chia hết', 'cho người khác hết'],
  ne: ['बाँड्नु', 'बाँडिदि', 'बाँड्यो', 'बाँडिसक', 'सबैलाई दिनु', 'baadnu', 'badnu', 'baandi'],
  tl: ['pinamigay', 'ipinamigay', 'pinamimigay', 'binigay lahat', 'ibinigay lahat'],
  pt: ['deu tudo', 'doou', 'distribuiu', 'deu todas', 'deu todos', 'deu as coisas', 'deu suas coisas'],
  id: ['membagikan', 'dibagikan', 'memberikan semua', 'dikasih semua', 'bagi bagi', 'dibagi bagi'],
};

/** A wish to die said by the relative with dementia: «chết đi cho rồi», "just let me die". */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WISH_SHE_SAYS: Lists = {
  ja: ['死にたい', 'しにたい', '死なせて', 'しなせて', '殺して', 'ころして', '早く死にたい', 'はやくしにたい', '死んだ方がまし', 'しんだほうがまし'],
  en: ['let me die', 'want to die', 'wants to die', 'wish i were dead', 'wish i was dead', 'kill me', 'just let me go'],
  zh: ['让我死', '想死', '不想活', '死了算了', '死了好', '死了干净'],
  ko: ['죽고 싶', '죽게 해', '죽여 줘', '죽여줘', '빨리 죽어야', '죽어야지', '죽어야 해'],
  vi: ['chết đi cho rồi', 'chết quách cho rồi', 'cho tôi chết', 'cho bà chết', 'cho mẹ chết', 'muốn chết', 'chết cho xong'],
  ne: ['मर्न मन', 'मलाई मारिदे', 'मर्न पाए हुन्थ्यो', 'marna man', 'malai maride'],
  tl: ['gusto ko nang mamatay', 'gusto na niyang mamatay', 'patayin mo na ako', 'hayaan mo na akong mamatay', 'mamatay na lang', 'gusto na raw niyang mamatay'],
  pt: ['quero morrer', 'me deixa morrer', 'deixa eu morrer', 'me mata', 'quer morrer', 'me deixem morrer'],
  id: ['mau mati', 'ingin mati', 'biarkan aku mati', 'biarkan saya mati', 'bunuh saja aku', 'pengen mati'],
};

/** …which the doctor, or the writer, puts down to the illness. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THE_ILLNESS_SPEAKING: Lists = {
  ja: ['病気のせい', 'びょうきのせい', '認知症のせい', 'にんちしょうのせい', '症状', 'しょうじょう', '医者は', 'いしゃは', 'お医者さん', 'おいしゃさん', '先生は', 'せんせいは'],
  en: ['doctor says', 'doctor said', 'doctor told', 'the illness', 'the disease', 'dementia talking', 'part of the illness', 'part of the disease', 'a symptom', 'its the dementia'],
  zh: ['医生说', '是病的关系', '是病', '病情', '症状', '因为生病', '是失智的'],
  ko: ['의사가', '의사 선생님', '병 때문', '증상', '치매 때문'],
  vi: ['bác sĩ bảo', 'bác sĩ nói', 'do bệnh', 'vì bệnh', 'triệu chứng', 'bệnh nó vậy'],
  ne: ['डाक्टरले', 'रोगको कारण', 'रोगले गर्दा', 'लक्षण', 'doctor le', 'rog le garda'],
  tl: ['sabi ng doktor', 'sabi ng doctor', 'dahil sa sakit', 'sintomas', 'dahil sa dementia', 'parte ng sakit'],
  pt: ['médico disse', 'médico falou', 'médica disse', 'médica falou', 'é da doença', 'é a doença', 'sintoma'],
  id: ['dokter bilang', 'kata dokter', 'karena penyakit', 'karena penyakitnya', 'gejala'],
};

/** Threats and old trades cried out in dementia: I'll kill you all, looking for a knife to kill the pigs. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THREAT_OR_KNIFE_CRIED: Lists = {
  ja: ['殺してやる', 'ころしてやる', '殺すぞ', 'ころすぞ', '殺す', 'ころす', '包丁を探', 'ほうちょうをさが', '刃物を探', 'はものをさが', '包丁はどこ', 'ほうちょうはどこ'],
  en: ['kill us', 'kill you', 'kill everyone', 'kill all of us', 'looking for a knife', 'looks for a knife', 'asks for a knife', 'asking for a knife', 'kill the pigs', 'slaughter'],
  zh: ['杀了你', '杀了你们', '杀死你们', '要杀', '杀猪', '找刀', '拿刀', '要刀'],
  ko: ['죽여 버리', '죽여버리', '죽이겠', '죽인다', '죽일 거', '칼을 찾', '칼 어디', '돼지 잡'],
  vi: ['giết mày', 'giết chúng mày', 'giết hết', 'giết tụi', 'giết cả nhà', 'tìm dao', 'đòi dao', 'giết heo', 'giết lợn', 'mổ lợn', 'mổ heo'],
  ne: ['मारिदिन्छु', 'मार्छु', 'सबैलाई मार', 'चक्कु खोज', 'marchhu', 'maridinchhu', 'chakku khoj'],
  tl: ['papatayin daw kami', 'papatayin kami', 'papatayin niya kami', 'papatayin ko kayo', 'papatayin kayo', 'naghahanap ng kutsilyo', 'hinahanap ang kutsilyo', 'magkakatay'],
  pt: ['vou te matar', 'vou matar vocês', 'matar todo mundo', 'procura faca', 'procurando faca', 'procura uma faca', 'procurando uma faca', 'matar porco', 'matar o porco'],
  id: ['bunuh kalian', 'membunuh kami', 'mau bunuh kami', 'cari pisau', 'mencari pisau', 'menyembelih', 'potong babi', 'sembelih'],
};

/** …though in fact she hurts nobody: cannot walk, is gentle, the knives are put away. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HARMLESS_IN_FACT: Lists = {
  ja: ['誰も傷つけ', 'だれもきずつけ', '手は出さない', 'てはださない', '手を出したことはない', '暴力はない', 'ぼうりょくはない', '歩けない', 'あるけない', '寝たきり', 'ねたきり', '穏やか', 'おだやか', '包丁は隠し', '包丁はしまっ', 'ほうちょうはしまっ', '刃物は片付け', '刃物はしまっ', 'はものはしまっ'],
  en: ['never hurts anyone', 'never hurt anyone', 'never hurts us', 'never hit anyone', 'doesnt hurt anyone', 'doesnt hurt anybody', 'wouldnt hurt a fly', 'cant walk', 'bedridden', 'is gentle', 'very gentle', 'knives put away', 'put the knives away', 'put away the knives', 'hid the knives', 'locked the knives', 'knives are locked'],
  zh: ['不会伤人', '没有伤过人', '从来不打人', '不打人', '走不动', '不能走路', '卧床', '很温和', '很温柔', '刀都收起来', '刀子都收起来', '都收起来了', '刀都藏起来', '刀子都藏起来'],
  ko: ['해치지는 않', '때리지는 않', '때린 적은 없', '다치게 한 적은 없', '못 걸으', '걷지 못', '거동을 못', '누워만 계', '순하', '온순', '칼은 다 치웠', '칼을 숨겼', '칼은 숨겨'],
  vi: ['không đánh ai', 'không làm hại ai', 'chưa đánh ai', 'không đi lại được', 'không đi được nữa', 'nằm một chỗ', 'hiền lắm', 'rất hiền', 'dao đã cất', 'cất hết dao', 'giấu dao', 'giấu hết dao'],
  ne: ['कसैलाई हान्नुहुन्न', 'कसैलाई चोट पुर्‍याउनुहुन्न', 'हिँड्न सक्नुहुन्न', 'ओछ्यानमै', 'शान्त स्वभाव', 'चक्कु लुकाइ', 'hidna saknuhunna', 'kasailai hannuhunna'],
  tl: ['hindi naman nananakit', 'di naman nananakit', 'di naman siya nananakit', 'hindi naman siya nananakit', 'hindi nananakit', 'di na nakakalakad', 'hindi na nakakalakad', 'hindi makalakad', 'di makalakad', 'nakaratay', 'mabait naman', 'tinago na namin ang kutsilyo', 'itinago namin ang kutsilyo'],
  pt: ['nunca machucou ninguém', 'não machuca ninguém', 'nunca bateu em ninguém', 'não bate em ninguém', 'não anda mais', 'não consegue andar', 'acamad', 'é calmo', 'é calma', 'é tranquilo', 'é tranquila', 'escondemos as facas', 'guardamos as facas'],
  id: ['tidak pernah menyakiti', 'gak pernah nyakitin', 'nggak pernah nyakitin', 'tidak menyakiti siapa', 'tidak bisa jalan', 'gak bisa jalan', 'nggak bisa jalan', 'sudah tidak bisa berjalan', 'terbaring', 'orangnya lembut', 'sebenarnya lembut', 'pisau sudah kami simpan', 'pisau sudah disembunyikan'],
};

/** Pass 25, round 3: what dementia makes an older relative say — a wish to die, a threat, an old trade's knife. */
const ROUND_3_DEMENTIA: readonly Concept[] = [
  {
    // «Mẹ chồng em bị lẫn, cứ nói 'chết đi cho rồi' nhưng bác sĩ bảo là do bệnh», "dad has dementia and says let me die,
    // the doctor says it's the illness": a wish the illness speaks, put down to it by the doctor or the carer. Dementia
    // and the wish in one sentence, the illness named within the next two. A mother who stopped eating and says she
    // wants to die, with no illness named, still alarms.
    name: 'a relative with dementia saying “let me die”, which the doctor puts down to the illness',
    signal: null,
    words: inEachLanguage((l) => ({
      idioms: eitherWay(
        each(DEMENTIA[l], WISH_SHE_SAYS[l], '...'),
        THE_ILLNESS_SPEAKING[l],
        near(l, 60, 120),
        2,
      ),
    })),
  },
  {
    // «Yung lola ko may dementia, sinisigawan kami na papatayin daw kami, pero di naman siya nananakit at di na
    // nakakalakad», 阿公以前是殺豬的，現在失智了，半夜常說要去殺豬、找刀子… 刀子我們都收起來了，他人其實很溫和: a threat or an old
    // trade's knife cried out in dementia, by someone who hurts nobody. A blow today («hit me with her stick») is a word
    // of its own and still alarms.
    name: 'a relative with dementia who threatens to kill or looks for a knife, but hurts nobody and cannot walk',
    signal: null,
    words: inEachLanguage((l) => ({
      idioms: eitherWay(
        each(DEMENTIA[l], [...KILL_ME_CRIED[l], ...THREAT_OR_KNIFE_CRIED[l]], '...'),
        HARMLESS_IN_FACT[l],
        near(l, 60, 120),
        2,
      ),
    })),
  },
];

export const ELDERS_CONCEPTS: readonly Concept[] = [
  {
    // «हजुरबुवा सधैं भन्नुहुन्छ "म त भोलि मर्छु"», 「『もう長くない』が祖父の口癖」, «할머니는 맨날 내일 죽는다고 하세요», "grandma
    // always says she'll die tomorrow": an older relative's habitual saying, a prediction and no wish. The relative,
    // the habit, then the saying (or, in Japanese and Korean, the saying and then the habit). A wish to die, and a
    // grandmother who stopped eating and gave her things away (words of their own), still alarm.
    name: 'an older relative’s habitual saying: “I’ll die tomorrow”, “I won’t live long”',
    signal: null,
    words: inEachLanguage((l) => ({
      idioms: [
        then(each(ELDER[l], AS_A_HABIT[l], '...'), WONT_LIVE_LONG[l], near(l, 24, 60)),
        then(each(ELDER[l], WONT_LIVE_LONG[l], '...'), HABIT_AFTER[l], near(l, 16, 40)),
        then(WONT_LIVE_LONG[l], each(ELDER[l], AS_A_HABIT[l], '...'), near(l, 16, 40)),
      ],
    })),
  },
  {
    // 「認知症の母が夜中に『殺される！』って騒ぐ。誰もいないのに」, "dad has dementia and screams they're going to kill
    // him, but nobody is there", «mẹ em bị lẫn … mà không có ai cả»: a delusion reported by the carer. Dementia and
    // the cry in one sentence, and nobody there or the delusion named within the next two. A cry with no dementia, or
    // dementia with a named person who hits (a word of its own), still alarms.
    name: 'a parent with dementia crying that someone will kill them, though nobody is there',
    signal: null,
    words: inEachLanguage((l) => ({
      idioms: eitherWay(each(DEMENTIA[l], KILL_ME_CRIED[l], '...'), NOBODY_THERE[l], near(l, 60, 120), 2),
    })),
  },
  {
    // An older person (or anyone) who has stopped eating and given her things away: a quiet goodbye, whatever her
    // old sayings are («口癖のように『明日死ぬ』…最近ご飯を食べなくなって、指輪を全部配りました»). The two within two
    // sentences; things given away before a move, or a child off his food, alone raise nothing.
    name: 'stopped eating and gave her things away',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [{ reach: near(l, 60, 120), acrossSentences: 2, a: STOPPED_EATING[l], b: GAVE_THINGS_AWAY[l] }],
    })),
  },
  ...ROUND_3_DEMENTIA,
];
