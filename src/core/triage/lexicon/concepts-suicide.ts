import type { Concept, ConceptLanguage, ConceptWords, Lists } from './concepts.ts';
import { type ConceptExtension, cross, extendConcepts, inEachLanguage, near } from './extend-concepts.ts';

/**
 * Suicide, by concept: the wish, being a burden, each means (pills, rope, a height, a train, water,
 * charcoal or gas, cutting), goodbyes and letters, giving things away, "after I'm gone" with a
 * farewell, "the last time", and asking what dose or height would kill.
 *
 * Left out on purpose, because residents say them about ordinary worries: "after I'm gone" alone
 * (a parent asking who will care for a disabled son: 親亡き後), rehoming a pet, a will or funeral
 * wishes (終活), saving up medicine an older person forgets to take (残薬), "the last time" alone.
 */
/*
 * A worn-out carer's plan for both, or for themselves, told by its means and its time (pass 22): the gas
 * turned on while we both sleep («bubuksan ko na lang yung gas habang tulog kami pareho», 「ガスの栓を開けて母と一緒に
 * 眠ります」, 「今晚打开煤气，我们俩一起走」, 「가스 틀고 엄마랑 같이 잠들려고요」, «mở ga khi hai mẹ con ngủ»), the car
 * driven into the sea or a river with the one cared for aboard, sleeping pills in their food and the rest for me.
 * Each side alone is ordinary: the gas turned on to cook, a gas bill or a leak checked, mum taken to the sea for
 * the day, sleeping pills the doctor prescribed. The gas is the writer's own act in the languages that say who
 * («bubuksan ko», "I'll turn on", «vou abrir», «aku buka»), and the other side an intent or a sleep shared,
 * not «같이 죽자고» said by a husband who opened the valve (his threat, violence, stays his).
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const GAS_ON: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['ガスの栓を開け', 'ガス栓を開け', 'ガスのせんをあけ', 'ガスせんをあけ', 'ガスの元栓を開け', 'ガスを開け', 'ガスをあけ', 'ガス開け', 'ガスあけ', 'ガスを出しっぱなし', 'ガスをだしっぱなし', 'ガスを充満', 'ガスをじゅうまん', 'ガスをひねっ', 'ガスの栓をひね', 'ガスを出して', 'ガスをだして', '練炭に火', 'れんたんにひ', '練炭を焚', '七輪に火', 'しちりんにひ', '炭に火をつけ', 'すみにひをつけ'],
  en: ['ill turn on the gas', 'ill turn the gas on', 'i will turn on the gas', 'i will turn the gas on', 'im going to turn on the gas', 'im going to turn the gas on', 'im gonna turn on the gas', 'im gonna turn the gas on', 'ill just turn on the gas', 'just turn on the gas', 'just turn the gas on', 'ill open the gas', 'i will open the gas', 'ill leave the gas on', 'i will leave the gas on', 'leave the gas running', 'let the gas run', 'thought of turning on the gas', 'thinking of turning on the gas', 'thinking about turning on the gas', 'turning on the gas and', 'turn on the gas and', 'turn the gas on and', 'light the charcoal and', 'ill light the charcoal', 'ill light charcoal'],
  zh: ['打开煤气', '开煤气', '开着煤气', '煤气开着', '拧开煤气', '把煤气打开', '把煤气开', '打开燃气', '开燃气', '开着燃气', '燃气开着', '把燃气打开', '打开天然气', '开天然气', '打开煤气阀', '打开燃气阀', '开煤气罐', '开咗煤气', '开埋煤气', '点上炭', '烧上炭'],
  ko: ['가스 틀', '가스를 틀', '가스 밸브 열', '가스 밸브를 열', '가스밸브 열', '가스밸브를 열', '가스를 열어', '가스 열어', '가스 켜 놓', '가스를 켜 놓', '가스 켜놓', '가스를 켜놓', '가스 새게', '가스를 새게', '가스 잠그지 않', '번개탄 피우', '번개탄을 피우', '번개탄 피워', '번개탄을 피워'],
  vi: ['mở ga', 'mở bình ga', 'mở van ga', 'mở khí ga', 'xả ga', 'xả khí ga', 'để ga xì', 'để ga rò', 'đốt than'],
  ne: ['ग्यास खोल', 'ग्यास खुला छोड', 'ग्यास चुहाए', 'gas khol', 'gyas khol', 'gyaas khol', 'gas khula chhod', 'gas chuhaa', 'gas chuha'],
  tl: ['bubuksan ko na lang yung gas', 'bubuksan ko na lang ang gas', 'bubuksan ko yung gas', 'bubuksan ko ang gas', 'bubuksan ko na yung gas', 'buksan ko na lang yung gas', 'buksan ko na lang ang gas', 'buksan ko yung gas', 'buksan ko ang gas', 'bubuksan ko yung tangke', 'bubuksan ko ang tangke', 'bubuksan ko yung lpg', 'bubuksan ko ang lpg', 'iiwan kong bukas ang gas', 'iiwan kong bukas yung gas', 'bubuksan ko na lang ang kalan'],
  pt: ['vou abrir o gás', 'vou deixar o gás aberto', 'vou deixar o gás ligado', 'vou ligar o gás', 'abro o gás', 'abrir o gás e', 'abrir o gás do fogão e', 'deixar o gás aberto e', 'abrir o botijão', 'vou abrir o botijão', 'pensei em abrir o gás', 'penso em abrir o gás'],
  id: ['aku buka gas', 'saya buka gas', 'aku buka keran gas', 'saya buka keran gas', 'aku buka regulator', 'saya buka regulator', 'mau buka gas', 'akan buka gas', 'bukain gas', 'aku nyalain gas', 'saya nyalakan gas', 'aku biarin gas', 'saya biarkan gas', 'buka gas saja', 'buka gas aja', 'membuka gas', 'bakar arang'],
};

/** Sleep shared with the one cared for, both of us, for good: what turns a gas tap into a plan. */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const BOTH_ASLEEP: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['一緒に眠', 'いっしょにねむ', '一緒に寝よう', '一緒に寝ます', '一緒に寝る', 'いっしょにねよう', 'いっしょにねます', 'いっしょにねる', '一緒に逝', 'いっしょにいき', '一緒にと', 'いっしょにと', '一緒に終わ', 'いっしょにおわ', '一緒に楽に', 'いっしょにらくに', '二人で眠', 'ふたりでねむ', '二人で寝', 'ふたりでね', '二人で逝', '二人で終わ', 'ふたりでおわ', '眠ろう', 'ねむろう', '眠ります', 'ねむります', '寝ようと思', 'ねようとおも', '眠るつもり', 'ねむるつもり', '寝るつもり', 'ねるつもり', '終わりにし', 'おわりにし', '楽になろう', 'らくになろう', '楽になりたい', 'らくになりたい', 'もう起きな', 'もうおきな', '目覚めな', 'めざめな', '寝ている間に', 'ねているあいだに', '寝てる間に', 'ねてるあいだに', '眠っている間に', 'ねむっているあいだに'],
  en: ['while we sleep', 'while were asleep', 'while we are asleep', 'while were sleeping', 'while we are sleeping', 'while we both sleep', 'while were both asleep', 'while we are both asleep', 'while she sleeps', 'while shes asleep', 'while she is asleep', 'while he sleeps', 'while hes asleep', 'while he is asleep', 'while mum sleeps', 'while mom sleeps', 'while dad sleeps', 'while mum is asleep', 'while mom is asleep', 'while dad is asleep', 'while mums asleep', 'while moms asleep', 'while dads asleep', 'while my husband sleeps', 'while my wife sleeps', 'while the kids sleep', 'while they sleep', 'while theyre asleep', 'both of us asleep', 'both of us sleep', 'both of us go', 'the two of us go', 'the two of us sleep', 'sleep together', 'go together', 'die together', 'fall asleep together', 'together for good', 'together forever', 'never wake', 'not wake up', 'wont wake up', 'wouldnt wake up', 'end it', 'be over', 'go to sleep for good', 'sleep for good', 'for good'],
  zh: ['一起走', '一起睡', '一起死', '一起去', '一起解脱', '一起了结', '一起结束', '一起离开', '一齐走', '一齐死', '一齐瞓', '一了百了', '睡过去', '就不醒', '别再醒', '不用再醒', '再也不醒', '我们俩', '我们两个', '我哋两个', '娘俩', '娘儿俩', '母子俩', '母女俩', '父子俩', '父女俩', '两个人一起', '和妈一起', '跟妈一起', '和我妈一起', '跟我妈一起', '和爸一起', '跟爸一起', '同阿妈一齐', '带着他', '带着她', '带着妈', '带着孩子', '趁他睡着', '趁她睡着', '趁我们睡着', '等她睡着', '等他睡着'],
  ko: ['같이 잠들', '같이 자려', '같이 잘게', '같이 가려', '같이 갈게', '같이 가야겠', '같이 떠나', '같이 죽으려', '같이 죽을게', '같이 죽겠', '같이 끝내', '함께 잠들', '함께 가려', '함께 떠나', '함께 끝내', '둘이 같이', '둘이서 같이', '둘 다 잠들', '엄마랑 같이 잠들', '엄마랑 같이 가', '엄마랑 같이 죽', '아빠랑 같이 잠들', '아빠랑 같이 가', '남편이랑 같이 잠들', '남편이랑 같이 가', '아이랑 같이 잠들', '아이랑 같이 가', '아들이랑 같이 잠들', '아들이랑 같이 가', '딸이랑 같이 잠들', '딸이랑 같이 가', '잠든 사이', '자는 사이', '자는 동안', '잠들었을 때', '잠들면', '다시는 안 깨', '영원히 잠들'],
  vi: ['khi hai mẹ con ngủ', 'lúc hai mẹ con ngủ', 'khi hai bố con ngủ', 'lúc hai bố con ngủ', 'khi cả hai ngủ', 'lúc cả hai ngủ', 'khi cả nhà ngủ', 'lúc cả nhà ngủ', 'khi mẹ ngủ', 'lúc mẹ ngủ', 'khi bố ngủ', 'lúc bố ngủ', 'khi chồng ngủ', 'khi con ngủ', 'hai mẹ con cùng đi', 'hai mẹ con cùng chết', 'hai mẹ con cùng ngủ', 'hai bố con cùng đi', 'hai bố con cùng chết', 'hai bố con cùng ngủ', 'hai vợ chồng cùng đi', 'hai vợ chồng cùng chết', 'cả hai cùng đi', 'cả hai cùng chết', 'cả hai cùng ngủ', 'cùng đi luôn', 'cùng ngủ luôn', 'cùng chết', 'chết chung', 'ngủ luôn', 'ngủ một giấc không dậy', 'không bao giờ tỉnh', 'không tỉnh dậy nữa', 'không dậy nữa', 'cho xong đời'],
  ne: ['सुतेको बेला', 'सुतेपछि', 'सुत्दा', 'दुवै सुत', 'सँगै सुत', 'सँगै मर', 'सँगै जा', 'हामी दुई सुत', 'आमालाई लिएर', 'बुबालाई लिएर', 'छोरालाई लिएर', 'छोरीलाई लिएर', 'सधैंका लागि', 'सधैँका लागि', 'फेरि नउठ्ने', 'suteko bela', 'sutne bela', 'sutepachhi', 'sutda', 'dubai sut', 'sangai sut', 'sangai mar', 'sangai jau', 'sangai jaun', 'hami dui sut', 'aamalai lierai', 'aamalai liyera', 'aamalai lera', 'sadhai ko lagi', 'sadhaiko lagi', 'pheri nauthne', 'feri nauthne'],
  tl: ['habang tulog', 'habang natutulog', 'habang tulog kami', 'tulog kami', 'kaming dalawa matulog', 'matapos na kaming dalawa', 'sabay kaming matulog', 'sabay na kaming matulog', 'sabay na kaming mawala', 'isasama ko', 'hindi na kami magigising', 'hindi na magising', 'di na kami magigising', 'para matapos na', 'para tapos na'],
  pt: ['enquanto a gente dorme', 'enquanto a gente dormir', 'enquanto nós dormimos', 'enquanto nós dois', 'enquanto nós duas', 'enquanto dormimos', 'enquanto ela dorme', 'enquanto ele dorme', 'enquanto ela dormir', 'enquanto ele dormir', 'nós dois dormindo', 'nós duas dormindo', 'e dormir juntos', 'e dormir juntas', 'dormir com minha mãe', 'dormir com meu pai', 'deitar com minha mãe', 'deitar com meu pai', 'pra sempre', 'para sempre', 'de vez', 'acabar com', 'não acordar mais', 'nunca mais acordar'],
  id: ['waktu kami tidur', 'saat kami tidur', 'pas kami tidur', 'ketika kami tidur', 'sewaktu kami tidur', 'kami berdua tidur', 'kami tidur berdua', 'tidur berdua', 'pergi berdua', 'mati berdua', 'biar selesai semua', 'selamanya', 'nggak bangun lagi', 'gak bangun lagi', 'tidak bangun lagi', 'tak bangun lagi', 'ga usah bangun lagi'],
};

/** The car driven into the sea, a river or off a cliff. */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const CAR_INTO_WATER: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['車ごと海', '車ごと川', 'くるまごとうみ', 'くるまごとかわ', '車で海に突っ込', '車で海につっこ', 'くるまでうみにつっこ', '車で川に突っ込', '車で崖から', 'くるまでがけから', '海に突っ込', 'うみにつっこ', '川に突っ込', 'かわにつっこ', '岸壁から車', '車ごと落ち'],
  en: ['drive us into', 'drive us both into', 'drive us off', 'drive the car into the sea', 'drive the car into the river', 'drive the car off', 'drive into the sea', 'drive into the river', 'drive into the ocean', 'drive into the lake', 'drive off a cliff', 'drive off the cliff', 'drive off the pier', 'drive off the bridge', 'drive off the edge', 'car into the sea', 'car into the river', 'car off the cliff', 'car off a cliff', 'car off the pier'],
  zh: ['冲进海', '冲进河', '冲进江', '冲进湖', '冲下悬崖', '开进海里', '开进河里', '开进江里', '开到海里', '连人带车', '车开进海', '车开进河', '冲落海', '揸车落海'],
  ko: ['바다로 차', '차를 바다로', '차 바다로', '바다로 돌진', '강으로 돌진', '차를 강으로', '바다로 몰고 들어', '바다로 차를 몰', '절벽으로 차', '차를 절벽', '바다에 차를 빠뜨', '저수지로 돌진', '바다로 들어갈까', '바다로 들어가려'],
  vi: ['lao xe xuống sông', 'lao xe xuống biển', 'lao xe xuống hồ', 'lao xe xuống vực', 'lao xuống sông', 'lao xuống biển', 'lao xuống vực', 'đâm xe xuống sông', 'đâm xe xuống biển', 'phóng xe xuống sông', 'phóng xe xuống biển', 'cho xe lao xuống'],
  ne: ['गाडी नदीमा', 'गाडी खोलामा', 'गाडी भीरबाट', 'गाडीसहित नदी', 'gadi nadi ma', 'gaadi nadi ma', 'gadi khola ma', 'gaadi khola ma', 'gadi bhir bata', 'gaadi bhir bata'],
  tl: ['ihuhulog ko ang kotse', 'ihulog ang kotse', 'ihuhulog ko ang sasakyan', 'ihulog ang sasakyan', 'idideretso ko sa dagat', 'ideretso ko sa dagat', 'idiretso ko sa dagat', 'idideretso ko sa ilog', 'ibabangga ko ang kotse', 'ibabangga ko ang sasakyan', 'ilulubog ko ang kotse', 'sa dagat ko ididiretso', 'sa bangin ko'],
  pt: ['jogar o carro no', 'jogar o carro da', 'jogo o carro no', 'jogo o carro da', 'afundar o carro', 'entrar com o carro no mar', 'entrar com o carro no rio', 'carro no mar', 'carro no rio', 'carro da ponte', 'carro do penhasco', 'carro na represa', 'dirigir pro mar', 'dirigir para o mar', 'dirigir pro rio'],
  id: ['mobil...nyebur ke laut', 'mobil...nyebur ke sungai', 'mobil...nyemplung ke', 'mobil...terjun ke', 'mobil...masuk ke laut', 'mobil...masuk jurang', 'mobil...ke dalam laut', 'mobil ke laut', 'mobil ke sungai', 'mobil ke jurang', 'mobil masuk laut', 'mobil masuk sungai', 'mobil masuk jurang', 'nabrakin mobil', 'menabrakkan mobil', 'tabrakkan mobil', 'ceburkan mobil', 'nyeburin mobil', 'terjun ke laut pakai mobil', 'terjun ke sungai pakai mobil', 'nyetir ke laut', 'nyetir ke jurang'],
};

/** The one cared for, taken along, or both of us: what the car is driven into the water with. */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const CARED_FOR_ABOARD: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['母を乗せ', 'ははをのせ', '父を乗せ', 'ちちをのせ', '夫を乗せ', 'おっとをのせ', '妻を乗せ', 'つまをのせ', '子どもを乗せ', 'こどもをのせ', '息子を乗せ', 'むすこをのせ', '娘を乗せ', 'むすめをのせ', 'この子を乗せ', 'このこをのせ', '母と二人', '父と二人', '二人で', 'ふたりで', '一緒に', 'いっしょに', '連れて', 'つれて', '道連れ', 'みちづれ'],
  en: ['with mum', 'with mom', 'with dad', 'with my mother', 'with my father', 'with my husband', 'with my wife', 'with my son', 'with my daughter', 'with him', 'with her', 'mum in the car', 'mom in the car', 'dad in the car', 'him in the car', 'her in the car', 'us both', 'both of us', 'the two of us', 'together', 'take mum', 'take mom', 'take dad', 'take him', 'take her'],
  zh: ['带着妈', '带着我妈', '带着爸', '带着我爸', '带着他', '带着她', '带着孩子', '带着老公', '带着老婆', '载着妈', '载着爸', '载着他', '载着她', '拉着妈', '拉上妈', '和妈一起', '跟妈一起', '一起', '一齐', '我们俩', '娘俩', '母子', '母女', '父子', '父女', '同阿妈'],
  ko: ['엄마 태우고', '엄마를 태우고', '아빠 태우고', '아빠를 태우고', '어머니 태우고', '어머니를 태우고', '아버지 태우고', '아버지를 태우고', '남편 태우고', '남편을 태우고', '아내 태우고', '아이 태우고', '아이를 태우고', '아들 태우고', '아들을 태우고', '딸 태우고', '딸을 태우고', '데리고', '같이', '함께', '둘이'],
  vi: ['chở mẹ', 'chở bố', 'chở ba', 'chở chồng', 'chở vợ', 'chở con', 'chở cả', 'hai mẹ con', 'hai bố con', 'cả hai', 'cả nhà', 'mang mẹ theo', 'mang con theo', 'cùng mẹ', 'cùng con', 'với mẹ', 'với con'],
  ne: ['आमालाई लिएर', 'बुबालाई लिएर', 'छोरालाई लिएर', 'छोरीलाई लिएर', 'श्रीमान्लाई लिएर', 'आमासँगै', 'बुबासँगै', 'सँगै', 'दुवै', 'aamalai lierai', 'aamalai liyera', 'aamalai lera', 'buwalai liyera', 'bubalai liyera', 'chhoralai liyera', 'sangai', 'dubai'],
  tl: ['isasakay ko si mama', 'isasakay ko si papa', 'isasakay ko si nanay', 'isasakay ko si tatay', 'isasakay ko siya', 'isasakay ko sya', 'isasakay ko ang anak', 'kasama si mama', 'kasama si papa', 'kasama ko si mama', 'kasama ko si papa', 'kasama ko siya', 'kasama ko sya', 'kaming dalawa', 'isasama ko', 'sabay kami'],
  pt: ['com minha mãe', 'com meu pai', 'com meu marido', 'com minha esposa', 'com meu filho', 'com minha filha', 'com ela dentro', 'com ele dentro', 'minha mãe no carro', 'meu pai no carro', 'nós dois', 'nós duas', 'juntos', 'juntas', 'levar ela', 'levar ele', 'levo ela', 'levo ele'],
  id: ['bawa ibu', 'bawa bapak', 'bawa mama', 'bawa papa', 'bawa suami', 'bawa istri', 'bawa anak', 'bawa dia', 'sama ibu', 'sama bapak', 'sama mama', 'sama papa', 'sama anak', 'kami berdua', 'berdua', 'bersama ibu', 'bersama anak'],
};

/** Sleeping pills put into the food or drink of the one cared for… */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const PILLS_IN_THEIR_FOOD: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['睡眠薬を母の', '睡眠薬を父の', '睡眠薬を夫の', '睡眠薬を妻の', '睡眠薬を子', '睡眠薬を混ぜ', 'すいみんやくをまぜ', '睡眠薬を飲ませ', 'すいみんやくをのませ', '薬を食事に混ぜ', 'くすりをしょくじにまぜ', '薬を母のご飯', '薬をごはんに混ぜ', '眠剤を混ぜ', '眠剤を飲ませ'],
  en: ['sleeping pills in her', 'sleeping pills in his', 'sleeping pills into her', 'sleeping pills into his', 'pills in her food', 'pills in his food', 'pills in her drink', 'pills in his drink', 'pills into her food', 'pills into his food', 'crush the pills into', 'crush her pills into', 'crush my pills into', 'give her all the sleeping pills', 'give him all the sleeping pills'],
  zh: ['安眠药放进', '安眠药放到', '安眠药混进', '安眠药拌进', '把安眠药给他', '把安眠药给她', '给她吃安眠药', '给他吃安眠药', '给妈吃安眠药', '药混进她', '药混进他', '药放进她的', '药放进他的', '安眠药落佢'],
  ko: ['수면제를 엄마', '수면제를 아빠', '수면제를 남편', '수면제를 아이', '수면제를 밥에', '수면제를 음식에', '수면제를 타', '수면제 타서', '수면제를 먹이', '수면제 먹이', '약을 밥에 섞', '약을 음식에 섞'],
  vi: ['thuốc ngủ vào cơm', 'thuốc ngủ vào cháo', 'thuốc ngủ vào sữa', 'thuốc ngủ vào nước', 'bỏ thuốc ngủ cho mẹ', 'bỏ thuốc ngủ cho bố', 'bỏ thuốc ngủ cho con', 'cho mẹ uống thuốc ngủ', 'cho bố uống thuốc ngủ', 'cho con uống thuốc ngủ', 'trộn thuốc ngủ'],
  ne: ['निद्राको औषधि खानामा', 'निद्राको चक्की खानामा', 'निद्राको औषधि खुवाएर', 'nidra ko aushadhi khana ma', 'nidrako aushadhi khanama', 'nidra ko goli khana ma', 'nidra ko aushadhi khuwayera'],
  tl: ['pampatulog sa pagkain niya', 'pampatulog sa pagkain nya', 'pampatulog sa kape niya', 'pampatulog sa inumin', 'hahaluan ko ng pampatulog', 'lalagyan ko ng pampatulog', 'ihahalo ko ang pampatulog', 'papainumin ko ng pampatulog'],
  pt: ['remédio de dormir na comida', 'remédio pra dormir na comida', 'calmante na comida', 'remédio de dormir no suco', 'remédio de dormir no café', 'misturar os remédios na comida', 'misturar o remédio na comida', 'dar todos os remédios pra ela', 'dar todos os remédios pra ele', 'dar os comprimidos todos pra'],
  id: ['obat tidur ke makanan', 'obat tidur di makanan', 'obat tidur ke minuman', 'obat tidur di minuman', 'obat tidur ke bubur', 'campur obat tidur', 'campurkan obat tidur', 'kasih obat tidur ke ibu', 'kasih obat tidur ke bapak', 'kasih ibu obat tidur', 'kasih anak obat tidur'],
};

/** …and the rest for me. */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const AND_THEN_ME: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['私も', 'わたしも', '自分も', 'じぶんも', '俺も', 'おれも', '僕も', 'ぼくも', '残りを飲', 'のこりをの', '二人で', 'ふたりで', '一緒に', 'いっしょに', '後を追', 'あとをお'],
  en: ['then myself', 'then me', 'and then me', 'rest myself', 'the rest for me', 'take the rest', 'take mine', 'then i take', 'then ill take', 'both of us', 'and me too', 'me as well'],
  zh: ['我也吃', '我也喝', '我再吃', '然后我', '剩下的我', '我自己也', '我也跟着', '一起走', '一起睡', '我们俩', '我都食'],
  ko: ['나도 먹', '저도 먹', '나도 같이', '저도 같이', '나머지는 내가', '나머지는 제가', '그다음 나', '그 다음에 나', '같이 잠들', '같이 가'],
  vi: ['rồi tôi cũng', 'rồi em cũng', 'rồi mình cũng', 'tôi cũng uống', 'em cũng uống', 'phần còn lại tôi', 'hai mẹ con cùng', 'cả hai cùng'],
  ne: ['म पनि खान्छु', 'म पनि खाएर', 'बाँकी म खान्छु', 'सँगै', 'ma pani khanchhu', 'ma pani khayera', 'baki ma khanchhu', 'sangai'],
  tl: ['tapos ako rin', 'tapos ako naman', 'iinom din ako', 'iinumin ko rin', 'yung natira iinumin ko', 'sabay kami', 'kaming dalawa'],
  pt: ['depois eu tomo', 'e eu tomo o resto', 'tomo o resto', 'eu tomo também', 'depois tomo', 'nós duas', 'nós dois', 'juntas', 'juntos'],
  id: ['lalu aku minum', 'terus aku minum', 'aku juga minum', 'saya juga minum', 'sisanya aku minum', 'sisanya saya minum', 'kami berdua'],
};

/** Cooking or heating after the gas is turned on: the stove lit for a meal, a bath, the heater. */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const COOKING: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['料理', 'りょうり', 'ご飯を作', 'ごはんをつく', '夕飯', 'ゆうはん', 'お湯', 'おゆ', '沸か', 'わか', '鍋', 'なべ', '焼', 'やい', '煮', 'にて', 'ストーブ', 'お風呂', 'おふろ', 'コンロ', '火がつかな', 'ひがつかな'],
  en: ['cook', 'make dinner', 'make breakfast', 'make lunch', 'boil', 'kettle', 'stove', 'oven', 'heater', 'heating', 'bath', 'shower', 'dinner', 'meal'],
  zh: ['做饭', '煮饭', '烧饭', '炒菜', '做菜', '烧水', '煮面', '热饭', '吃饭', '煲', '洗澡', '热水', '取暖'],
  ko: ['요리', '밥 하', '밥을 하', '밥해', '라면', '끓여', '끓이', '국을', '찌개', '데워', '데우', '보일러', '샤워', '난방'],
  vi: ['nấu', 'đun', 'luộc', 'chiên', 'xào', 'hâm', 'bữa cơm', 'bữa tối', 'tắm'],
  ne: ['खाना पका', 'पकाउ', 'पकाए', 'चिया', 'तताउ', 'तताए', 'khana pakau', 'khana pakaa', 'pakauna', 'chiya', 'tatau'],
  tl: ['magluto', 'magluluto', 'nagluto', 'niluto', 'lutuin', 'magpakulo', 'pakuluan', 'mag-init', 'initin', 'hapunan', 'almusal', 'maligo'],
  pt: ['cozinhar', 'fazer o jantar', 'fazer o almoço', 'fazer comida', 'fazer a comida', 'esquentar', 'ferver', 'o banho', 'tomar banho', 'jantar', 'almoço', 'café da manhã'],
  id: ['masak', 'memasak', 'rebus', 'merebus', 'goreng', 'menggoreng', 'manasin', 'memanaskan', 'mandi', 'makan malam', 'sarapan'],
};

/** A carer's plan for both, each of the three means beside its other side (see above). */
const carersPlan = (l: ConceptLanguage, cjk: boolean, say: readonly string[] = []): ConceptWords => ({
  say,
  pairs: [
    { reach: cjk ? 16 : 48, a: GAS_ON[l], b: BOTH_ASLEEP[l] },
    { reach: cjk ? 24 : 60, acrossSentences: 1, a: CAR_INTO_WATER[l], b: CARED_FOR_ABOARD[l] },
    { reach: cjk ? 24 : 60, acrossSentences: 1, ordered: true, a: PILLS_IN_THEIR_FOOD[l], b: AND_THEN_ME[l] },
  ],
  // the gas turned on to cook a meal, boil water or run a bath
  idioms: [{ a: GAS_ON[l], b: COOKING[l], reach: cjk ? 12 : 32 }],
});

/** “Drive us both into the sea”: both aboard named in the act itself. */
// biome-ignore format: the words stay on a few lines
const DRIVE_US_INTO = cross(['drive us into', 'drive us both into', 'drive us off', 'drive us both off', 'drive the two of us into', 'drive the two of us off'],
  ['the sea', 'the river', 'the ocean', 'the lake', 'a cliff', 'the cliff', 'the pier', 'the harbour', 'the harbor', 'a bridge', 'the bridge'], ' ');

/** A worn-out carer's plan for both, told by its means and its time, in every language. */
const CARERS_PLAN: Concept = {
  name: 'a worn-out carer’s plan for both told by its means: the gas turned on while we both sleep, the car driven into the sea with mum, sleeping pills in their food and the rest for me',
  signal: 'suicide',
  words: {
    ja: carersPlan('ja', true),
    en: carersPlan('en', false, DRIVE_US_INTO),
    zh: carersPlan('zh', true),
    ko: carersPlan('ko', false),
    vi: carersPlan('vi', false),
    ne: carersPlan('ne', false),
    tl: carersPlan('tl', false),
    pt: carersPlan('pt', false),
    id: carersPlan('id', false),
  },
};

// ── crisis-30 (people writing in a role): goodbye signs seen by a teacher, a shop owner, a volunteer ──
// How the writer would end his own life, described (an essay, a poem, a story handed in): settled alone.
// biome-ignore format: word lists stay on a few lines
const HOW_HE_WOULD_END_HIS_LIFE = {
  ja: ['自分がどうやって死ぬか', 'じぶんがどうやってしぬか', '自分がどうやって死のうと', '自分の死に方', 'じぶんのしにかた', 'どうやって命を絶つか', 'どうやっていのちをたつか', 'どうやって自殺するか', 'どうやってじさつするか'],
  en: ['how he would end his life', 'how she would end her life', 'how hed end his life', 'how shed end her life', 'how he would kill himself', 'how she would kill herself', 'how hed kill himself', 'how shed kill herself', 'how he plans to kill himself', 'how she plans to kill herself', 'how he plans to end his life', 'how she plans to end her life', 'how he was going to kill himself', 'how she was going to kill herself', 'how he was going to end his life', 'how she was going to end her life'],
  zh: ['自己打算怎么结束生命', '打算怎么结束自己的生命', '怎么结束自己的生命', '自己要怎么死', '自己打算怎么死', '自己会怎么死', '打算怎么自杀'],
  ko: ['자기가 어떻게 죽을지', '자신이 어떻게 죽을지', '어떻게 목숨을 끊을지', '어떻게 생을 마감할지', '어떻게 자살할지'],
  vi: ['sẽ kết thúc cuộc đời thế nào', 'sẽ kết thúc cuộc đời như thế nào', 'kết thúc cuộc đời mình thế nào', 'sẽ tự tử thế nào', 'sẽ tự tử như thế nào', 'sẽ tự sát như thế nào', 'mình sẽ chết như thế nào', 'em sẽ chết như thế nào', 'nó sẽ chết như thế nào'],
  ne: ['जीवन कसरी अन्त्य गर्ने', 'जीवन कसरी समाप्त गर्ने', 'आफू कसरी मर्ने', 'आफूले कसरी मर्ने', 'कसरी आत्महत्या गर्ने', 'jiwan kasari antya garne', 'jiban kasari antya garne', 'kasari aatmahatya garne', 'aafu kasari marne'],
  tl: ['paano niya tatapusin ang buhay niya', 'paano niya tatapusin ang kanyang buhay', 'paano siya magpapakamatay', 'paano niya papatayin ang sarili', 'kung paano siya mamamatay'],
  pt: ['como acabaria com a própria vida', 'como ia acabar com a própria vida', 'como vai acabar com a própria vida', 'como tiraria a própria vida', 'como ia tirar a própria vida', 'como ele se mataria', 'como ela se mataria', 'como ia se matar', 'como vai se matar', 'como pretende se matar'],
  id: ['bagaimana dia akan mengakhiri hidupnya', 'bagaimana ia akan mengakhiri hidupnya', 'cara dia mengakhiri hidupnya', 'cara mengakhiri hidupnya', 'bagaimana dia akan bunuh diri', 'cara dia bunuh diri'],
} as const;
// …or said of "it", or of dying, without the life named (a story's ending could be it too): with things given away.
// biome-ignore format: word lists stay on a few lines
const HOW_HE_WOULD_END_IT = {
  ja: ['どうやって死ぬか', 'どうやってしぬか', 'どうやって死のうか', '死ぬ方法を', 'しぬほうほうを'],
  en: ['how hed end it', 'how he would end it', 'how shed end it', 'how she would end it', 'how he would die', 'how she would die', 'how hed die', 'how shed die', 'end it all'],
  zh: ['怎么死', '怎么结束这一切', '结束一切'],
  ko: ['어떻게 죽을지', '어떻게 끝낼지', '다 끝낼'],
  vi: ['chết như thế nào', 'chết thế nào', 'kết thúc tất cả'],
  ne: ['कसरी मर्ने', 'सबै अन्त्य', 'kasari marne'],
  tl: ['paano mamatay', 'paano niya tatapusin', 'tapusin ang lahat'],
  pt: ['como morreria', 'como acabaria com tudo', 'acabar com tudo'],
  id: ['bagaimana dia akan mati', 'cara dia mati', 'mengakhiri semuanya'],
} as const;
// Treasured things or all one's things given away (to classmates, to the shop owner, to anyone).
// biome-ignore format: word lists stay on a few lines
const GAVE_THINGS_AWAY = {
  ja: ['大事にしていた...あげ', '大切にしていた...あげ', 'だいじにしていた...あげ', 'たいせつにしていた...あげ', '大事にしていた...譲', '大切にしていた...譲', '大事にしていた...くれ', '大切にしていた...くれ', '愛用の...くれ', '愛用の...あげ', 'あいようの...くれ', '形見', 'かたみ', '全部...人にあげ', '全部...ひとにあげ', 'ぜんぶ...ひとにあげ', 'ぜんぶ...あげました', '全部...あげました', '全部...配', 'ぜんぶ...くば', '持ち物を...配', 'もちものを...くば', '友人にあげ', '友達にあげ', 'ともだちにあげ', '同級生にあげ', 'クラスメートにあげ'],
  en: ['gave away', 'giving away', 'given away', 'gives away', 'gave his...away', 'gave her...away', 'given his...away', 'giving his...away', 'giving her...away', 'handed out his', 'handed out her', 'left me his', 'left me her', 'gave me his', 'gave me her', 'handed me his', 'handed me her'],
  zh: ['送给了', '送给我', '送人了', '全送人', '都送人', '都送给', '送给同学', '分给了', '分给同学', '留给我', '送给朋友'],
  ko: ['나눠줬', '나눠 줬', '나눠주', '나눠 주', '다 줘 버렸', '주시면서', '주고 가셨', '물려주', '건네주', '건네 주'],
  vi: ['đem cho', 'cho hết', 'tặng tôi', 'tặng lại', 'tặng hết', 'cho bạn bè', 'cho đi hết', 'đưa cho tôi', 'để lại cho tôi'],
  ne: ['बाँडिदियो', 'बाँडिदिए', 'बाँडिदिइन्', 'बाँडे$', 'बाँडिन्', 'मलाई दिए', 'मलाई दियो', 'मलाई दिइन्', 'सबै दिइदि', 'दिइदिए', 'baadidiyo', 'bandidiyo', 'malai diye', 'malai diyo'],
  tl: ['ipinamigay', 'pinamigay', 'namigay', 'ipinamimigay', 'pinamimigay', 'binigay sa akin', 'ibinigay sa akin', 'ibinigay niya sa akin', 'binigay niya sa akin', 'iniwan sa akin'],
  pt: ['deu todas', 'deu todos', 'deu tudo', 'me deu o', 'me deu a', 'me deu seu', 'me deu sua', 'doou', 'distribuiu', 'deixou pra mim', 'deixou para mim', 'deu o...para os', 'deu a...para os', 'deu o...pros', 'deu os...pros', 'deu o...aos colegas'],
  id: ['membagikan', 'membagi bagikan', 'bagi bagiin', 'memberi saya', 'memberikan saya', 'ngasih saya', 'ngasih aku', 'memberikan semua', 'memberi semua'],
} as const;
// A last one (a coffee, a bowl, a meal, a visit), which a regular leaving for good says too.
// biome-ignore format: word lists stay on a few lines
const A_LAST_ONE = {
  ja: ['最後の一杯', 'さいごのいっぱい', '最後の一皿', 'さいごのひとさら', '最後の食事', 'さいごのしょくじ', 'これが最後', 'これがさいご', '最後かな', 'さいごかな'],
  en: ['last coffee', 'last bowl', 'last meal', 'last drink', 'last cup', 'last pint', 'last beer', 'last time here'],
  zh: ['最后一碗', '最后一杯', '最后一次来', '最后一顿', '最后一次吃'],
  ko: ['마지막 국밥', '마지막 한 그릇', '마지막 한 잔', '마지막 식사', '이게 마지막', '마지막이겠', '마지막일 거'],
  vi: ['bát phở cuối cùng', 'bát cuối cùng', 'ly cà phê cuối cùng', 'ly cuối cùng', 'bữa cuối cùng', 'lần cuối cùng', 'cuối cùng rồi'],
  ne: ['अन्तिम चिया', 'अन्तिम खाना', 'अन्तिम पटक', 'मेरो अन्तिम', 'antim chiya', 'mero antim'],
  tl: ['huling kape', 'huling kain', 'huling beses', 'huling punta', 'huling mangkok', 'ito na siguro ang huli'],
  pt: ['último café', 'última refeição', 'meu último', 'minha última'],
  id: ['kopi terakhir', 'makan terakhir', 'yang terakhir', 'terakhir kalinya'],
} as const;
// Prayers asked for, silence since, things "no longer needed", "in case I don't see you": what else a goodbye leaves.
// biome-ignore format: word lists stay on a few lines
const PRAY_FOR_ME = {
  ja: ['私のために祈', 'わたしのためにいの', 'ために祈って', 'ためにいのって', '電話に出なくな', 'でんわにでなくな', '連絡がつかな', 'れんらくがつかな', 'いまでんわにでません', '今電話に出ません', '今は電話に出', 'もう会えないかもしれない', 'もうあえないかもしれない', 'もう会えないかも', 'もうあえないかも'],
  en: ['pray for me', 'pray for him', 'pray for her', 'just pray for', 'now isnt answering', 'now not answering', 'no longer answering', 'stopped answering', 'isnt answering her phone', 'isnt answering his phone', 'not answering her phone', 'not answering his phone', 'wont be needing', 'wont need them any more', 'wont need them anymore', 'in case i dont see you', 'in case we dont see each other', 'in case we dont meet again'],
  zh: ['为我祷告', '为我祈祷', '替我祷告', '替我祈祷', '电话也不接', '联系不上', '不会再来了', '用不着了', '用不上了', '万一见不到', '以后可能见不到了', '可能再也见不到'],
  ko: ['기도해 줘', '기도해 달라', '기도해 주세요', '연락이 안 돼', '연락이 안 되', '연락이 닿지 않', '전화를 안 받', '이제 필요 없', '못 볼 수도 있', '다시 못 볼지도'],
  vi: ['cầu nguyện cho em', 'cầu nguyện cho tôi', 'cầu nguyện cho chị', 'cầu nguyện cho anh', 'cầu nguyện cho mình', 'không liên lạc được', 'không nghe máy', 'không cần nữa', 'lỡ không gặp lại', 'phòng khi không gặp lại', 'có khi không gặp lại'],
  ne: ['मेरो लागि प्रार्थना', 'मेरो निम्ति प्रार्थना', 'फोन उठाउँदैन', 'फोन उठाउँदैनन्', 'सम्पर्क हुँदैन', 'अब चाहिँदैन', 'mero lagi prarthana', 'aba chahidaina', 'फेरि भेट नहुन सक्छ', 'pheri bhet nahuna sakchha'],
  tl: ['ipagdasal', 'ipanalangin', 'hindi na sumasagot', 'di na sumasagot', 'hindi na makontak', 'hindi ko na kailangan', 'baka hindi na tayo magkita', 'baka di na tayo magkita'],
  pt: ['orem por mim', 'rezem por mim', 'ore por mim', 'reze por mim', 'não atende mais', 'não responde mais', 'parou de atender', 'não vai mais precisar', 'não vou mais precisar', 'caso eu não te veja', 'caso a gente não se veja', 'se não nos virmos mais'],
  id: ['doakan saya', 'doakan aku', 'doain aku', 'doain saya', 'tidak bisa dihubungi', 'gak bisa dihubungi', 'tidak menjawab lagi', 'tidak lagi menjawab', 'tidak butuh lagi', 'gak butuh lagi', 'kalau tidak ketemu lagi', 'kalau gak ketemu lagi', 'kalau nggak ketemu lagi'],
} as const;
// All debts or the tab settled at once, for a last one said beside it.
// biome-ignore format: word lists stay on a few lines
const ALL_DEBTS_SETTLED = {
  ja: ['ツケを全部', 'つけをぜんぶ', 'ツケを...払', '借金を全部返', 'しゃっきんをぜんぶかえ', '借金を返し終え', '全部清算', 'ぜんぶせいさん'],
  en: ['settled his whole tab', 'settled her whole tab', 'settled his tab', 'settled her tab', 'paid off all his', 'paid off all her', 'paid off his whole', 'paid off her whole', 'paid all his debts', 'paid all her debts', 'cleared all his debts', 'cleared all her debts', 'paid back everything he owed', 'paid back everything she owed'],
  zh: ['账全还清', '账都还清', '账全还了', '账都还了', '债都还清', '债全还清', '赊的账', '欠的钱全还'],
  ko: ['외상값을 다 갚', '외상을 다 갚', '빚을 다 갚', '외상값을 전부', '빚을 전부 갚'],
  vi: ['trả hết tiền ghi sổ', 'trả hết nợ', 'trả hết tiền nợ', 'trả hết tiền còn thiếu'],
  ne: ['उधारो चुक्ता', 'सबै उधारो', 'सबै ऋण तिर', 'ऋण चुक्ता', 'udharo chukta', 'sabai udharo', 'rin chukta'],
  tl: ['binayaran lahat ng utang', 'binayaran niya lahat ng utang', 'nagbayad ng lahat ng utang', 'binayaran ang lahat ng utang', 'binayaran ang lahat ng lista'],
  pt: ['quitou toda', 'quitou todas', 'quitou tudo', 'pagou todas as dívidas', 'pagou tudo que devia', 'pagou toda a conta', 'acertou toda a conta', 'acertou tudo que devia'],
  id: ['melunasi semua', 'lunasi semua', 'melunasi semua utang', 'bayar semua utang', 'membayar semua utang', 'melunasi utangnya'],
} as const;

// Moving away, going home to one's country, into a care home or to a child's: the "last one" of a regular who leaves
// (「来月大阪に引っ越すので、これが最後の一杯です」, «chuyển về quê với con gái … bát phở cuối cùng ở quán»).
// biome-ignore format: word lists stay on a few lines
const MOVING_AWAY = {
  ja: ['引っ越す', '引っ越し', 'ひっこす', 'ひっこし', '転勤', 'てんきん', '転居', 'てんきょ', '帰国する', 'きこくする', '国に帰る', 'くににかえる', '実家に戻る', 'じっかにもどる', '施設に入る', 'しせつにはいる', '老人ホームに入る', 'ろうじんほーむにはいる', '娘のところに住', '息子のところに住', '娘夫婦と暮ら', '息子夫婦と暮ら', '店を閉め', 'みせをしめ', '閉店'],
  en: ['moving to', 'moving back to', 'moving in with', 'hes moving', 'shes moving', 'relocating to', 'transferred to', 'retiring', 'into a care home', 'into a nursing home', 'closing the shop', 'closing down'],
  zh: ['要搬家', '搬去', '搬到', '要回国', '回国定居', '回老家住', '住进养老院', '去女儿家住', '去儿子家住', '跟女儿住', '跟儿子住', '和女儿住', '和儿子住', '要关店', '退休了'],
  ko: ['이사 가', '이사를 가', '이사하', '귀국하', '고향으로 돌아가', '고향에 내려가', '요양원에 들어가', '딸네 집으로', '아들네 집으로', '딸이랑 살', '아들이랑 살', '가게를 닫', '은퇴'],
  vi: ['chuyển về quê', 'chuyển nhà', 'chuyển đến', 'về quê sống', 'về nước sống', 'về ở với con', 'ở với con gái', 'ở với con trai', 'vào viện dưỡng lão', 'nghỉ hưu', 'đóng cửa quán'],
  ne: ['घर सर्दै', 'घर सर्ने', 'सर्ने भए', 'नेपाल फर्किँदै', 'नेपाल फर्कँदै', 'छोरीकहाँ बस्न', 'छोराकहाँ बस्न', 'वृद्धाश्रम', 'ghar sardai', 'sarne bhaye', 'nepal farkidai'],
  tl: ['lilipat na', 'lilipat kami', 'lilipat siya', 'uuwi na sa pinas', 'uuwi na ng pinas', 'uuwi na sa pilipinas', 'babalik na sa pinas', 'babalik na sa probinsya', 'uuwi na sa probinsya', 'titira na sa anak', 'magreretiro'],
  pt: ['vai se mudar', 'vou me mudar', 'vai mudar pra', 'vou mudar pra', 'vai morar com a filha', 'vai morar com o filho', 'vai voltar pro brasil', 'volta pro brasil', 'vai para um asilo', 'casa de repouso', 'vai se aposentar', 'aposentou'],
  id: ['akan pindah', 'mau pindah', 'pindah rumah', 'pindah ke rumah anak', 'tinggal dengan anaknya', 'tinggal sama anaknya', 'masuk panti jompo', 'pensiun', 'tutup warung'],
} as const;

// Prayers asked for an exam, an interview, an operation or a trip: a wish for luck, no goodbye.
// biome-ignore format: word lists stay on a few lines
const PRAYER_FOR_AN_EVENT = {
  ja: ['試験...祈って', 'しけん...いのって', '面接...祈って', 'めんせつ...いのって', '手術...祈って', 'しゅじゅつ...いのって', '合格を祈', 'ごうかくをいの', '祈って...試験', '祈って...手術'],
  en: ['pray for...exam', 'pray for...test', 'pray for...interview', 'pray for...surgery', 'pray for...operation', 'pray for...flight', 'pray for...trip', 'pray for...results'],
  zh: ['考试...祷告', '考试...祈祷', '手术...祷告', '手术...祈祷', '面试...祷告', '面试...祈祷', '祷告...考试', '祈祷...手术'],
  ko: ['시험...기도해', '수술...기도해', '면접...기도해', '기도해...시험', '기도해...수술'],
  vi: ['cầu nguyện cho...thi', 'cầu nguyện cho...phỏng vấn', 'cầu nguyện cho...ca mổ', 'cầu nguyện cho...phẫu thuật', 'thi...cầu nguyện', 'phẫu thuật...cầu nguyện', 'ca mổ...cầu nguyện'],
  ne: ['परीक्षा...प्रार्थना', 'अपरेसन...प्रार्थना', 'अन्तर्वार्ता...प्रार्थना', 'pariksha...prarthana', 'operation...prarthana'],
  tl: ['ipagdasal...exam', 'ipagdasal...operasyon', 'ipagdasal...interview', 'exam...ipagdasal', 'operasyon...ipagdasal', 'interview...ipagdasal'],
  pt: ['orem por mim...prova', 'orem por mim...cirurgia', 'orem por mim...entrevista', 'rezem por mim...prova', 'rezem por mim...cirurgia', 'prova...orem por', 'cirurgia...orem por', 'prova...rezem por', 'cirurgia...rezem por'],
  id: ['doakan...ujian', 'doakan...operasi', 'doakan...wawancara', 'doain...ujian', 'doain...operasi', 'ujian...doakan', 'operasi...doakan', 'ujian...doain'],
} as const;

/*
 * A foreign worker's or student's shame of going home a failure (pass 24): no face to go back to the family
 * (「合わせる顔がない」, 没脸回去, «không muốn về nước trong nhục nhã», «nakakahiya umuwi») beside a means at hand —
 * medicine put by, standing on a high balcony or roof. Either side alone is ordinary: shame over a failed exam,
 * medicine stored, a balcony.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const SHAME_OF_GOING_HOME: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['合わせる顔がない', 'あわせるかおがない', '顔向けできない', 'かおむけできない', '恥ずかしくて帰れない', 'はずかしくてかえれない', '恥ずかしくて国に', 'はずかしくてくにに', '帰る顔がない', 'かえるかおがない', '帰る顔もない', 'かえるかおもない', '合わせる顔もない', 'あわせるかおもない', '帰れる顔じゃない', 'かえれるかおじゃない', 'のこのこ帰れ', 'のこのこかえれ', '面目ない', 'めんぼくない', '恥をさらして帰', 'はじをさらしてかえ'],
  en: ['cant face my family', 'cannot face my family', 'cant face my parents', 'cannot face my parents', 'go home in shame', 'go back in shame', 'return in shame', 'home a failure', 'back a failure', 'ashamed to go home', 'ashamed to go back', 'ashamed to return', 'too ashamed to go', 'no face to go back', 'no face to go home', 'disgrace to my family', 'disgrace my family'],
  zh: ['没脸回', '沒臉回', '没脸见', '沒臉見', '没有脸回', '没有脸见', '无颜', '無顏', '没面子回', '冇面目', '冇面返', '有何面目', '没法面对家人', '没办法面对家人', '不敢面对家人', '抬不起头'],
  ko: ['면목이 없', '돌아갈 면목', '볼 면목', '창피해서 못 돌아', '부끄러워서 못 돌아', '빈손으로 돌아갈 수', '얼굴을 들 수 없', '고개를 들 수 없'],
  vi: ['nhục nhã', 'không còn mặt mũi', 'không có mặt mũi', 'mặt mũi nào', 'xấu hổ không dám về', 'không dám về nước', 'không dám về nhà', 'ê chề'],
  ne: ['मुख देखाउन सक्दिन', 'मुख देखाउने', 'लाजले घर', 'लाजले फर्क', 'कुन मुखले', 'mukh dekhauna', 'kun mukhle', 'laj le ghar', 'lajle ghar', 'lajle farka', 'laj le farka'],
  tl: ['nakakahiya umuwi', 'nahihiya akong umuwi', 'hiyang hiya akong umuwi', 'walang mukhang maihaharap', 'wala akong mukhang', 'umuwing talunan', 'uuwi akong talunan', 'kahihiyan sa pamilya'],
  pt: ['vergonha de voltar', 'vergonha de encarar', 'não tenho cara de voltar', 'não tenho cara pra voltar', 'não consigo encarar minha família', 'voltar fracassad', 'humilhação de voltar', 'voltar humilhad'],
  id: ['malu pulang', 'malu untuk pulang', 'malu kembali ke', 'tidak punya muka', 'gak punya muka', 'nggak punya muka', 'ga punya muka', 'mau taruh di mana muka', 'pulang dengan malu', 'pulang gagal'],
};

/** A means at hand: medicine put by, standing on a high balcony, a roof or a ledge, a rope ready. */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const MEANS_AT_HAND: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['薬はもう', 'くすりはもう', '薬をためて', '薬を貯め', 'くすりをため', '薬を集め', 'くすりをあつめ', '薬を用意', 'くすりをようい', 'ロープを用意', 'ろーぷをようい', 'ベランダに立', 'べらんだにた', 'ベランダの手すり', 'べらんだのてすり', '屋上に立', 'おくじょうにた', '屋上にい', 'おくじょうにい', '飛び降り', 'とびおり', 'ベランダから下', 'べらんだからした', '屋上から下', 'おくじょうからした', '窓から下', 'まどからした', '橋から下', 'はしからした'],
  en: ['pills saved', 'saved up pills', 'saved up my pills', 'saved my pills', 'pills ready', 'pills are ready', 'meds ready', 'medicine ready', 'standing on the balcony', 'on the balcony edge', 'on the ledge', 'standing on the roof', 'on the railing', 'rope ready', 'bought a rope', 'looking down from the balcony', 'staring down from the balcony', 'looking down from the roof', 'staring down from the roof', 'down from the dorm balcony', 'down from the balcony', 'down from the roof', 'down from the window', 'down from the bridge'],
  zh: ['药已经存', '药都存', '药存好', '药存够', '存了药', '存了很多药', '存好了药', '药准备好', '药已经准备', '药都准备', '站在阳台', '阳台上站', '站在天台', '天台上站', '站在楼顶', '楼顶上站', '准备了绳子', '绳子准备', '从阳台往下', '在阳台往下看', '从楼顶往下', '从天台往下', '从窗户往下看', '从桥上往下'],
  ko: ['약은 이미 모아', '약을 모아', '약 모아', '약을 준비', '베란다에 서', '베란다 난간', '옥상에 서', '옥상에 올라', '밧줄을 준비', '밧줄 준비', '베란다에서 아래', '베란다에서 밑', '베란다에서 내려다', '옥상에서 아래', '옥상에서 밑', '옥상에서 내려다'],
  vi: ['đứng ngoài ban công', 'đứng ở ban công', 'đứng trên ban công', 'ngồi trên lan can', 'đứng trên lan can', 'đứng trên sân thượng', 'lên sân thượng', 'thuốc đã gom', 'gom thuốc', 'để dành thuốc', 'chuẩn bị thuốc', 'chuẩn bị dây', 'từ ban công nhìn xuống', 'nhìn xuống từ ban công', 'từ sân thượng nhìn xuống', 'nhìn xuống từ sân thượng', 'ban công nhìn xuống'],
  ne: ['औषधि जम्मा', 'चक्की जम्मा', 'बार्दलीमा उभि', 'छतमा उभि', 'छतमा गए', 'डोरी तयार', 'aushadhi jamma', 'chakki jamma', 'bardali ma ubhi', 'chhat ma ubhi', 'dori tayar', 'बार्दलीबाट तल', 'छतबाट तल', 'bardali bata tala', 'chhat bata tala'],
  tl: ['naipon ko na ang gamot', 'inipon ko ang gamot', 'nakaipon na ako ng gamot', 'handa na ang gamot', 'nakatayo sa balkonahe', 'nakatayo sa balcony', 'nakatayo sa rooftop', 'handa na ang lubid', 'sa baba mula sa balcony', 'sa baba mula sa balkonahe', 'sa baba mula sa rooftop', 'dumudungaw sa balcony', 'dumudungaw sa balkonahe'],
  pt: ['já juntei os remédios', 'juntei remédio', 'remédios guardados', 'os remédios já estão', 'em pé na sacada', 'parado na sacada', 'parada na sacada', 'na beira da sacada', 'em pé no terraço', 'em pé no telhado', 'corda pronta', 'pra baixo da sacada', 'para baixo da sacada', 'pra baixo da varanda', 'para baixo da varanda', 'da sacada olhando', 'da varanda olhando', 'do terraço olhando'],
  id: ['obat sudah kukumpulkan', 'obat sudah saya kumpulkan', 'sudah ngumpulin obat', 'obatnya sudah siap', 'berdiri di balkon', 'di pinggir balkon', 'berdiri di atap', 'berdiri di rooftop', 'tali sudah siap', 'ke bawah dari balkon', 'ke bawah dari atap', 'dari balkon melihat ke bawah', 'dari balkon lihat ke bawah', 'dari atap melihat ke bawah'],
};

/*
 * A death asked about as paperwork — a lease or a phone contract "when the tenant dies", an estate, a child's
 * visa "if I'm gone" — beside a sign of intent (pass 24): "I won't need either after this month", everything
 * given away this month, «nakahanda na ako». The question alone is ordinary (a will, 親亡き後), and so is
 * giving things away before a move.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const DEATH_ASKED: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['死んだら', 'しんだら', '亡くなったら', 'なくなったら', '死亡したら', 'しぼうしたら', '私が死', 'わたしがし', '私がいなくなったら', 'わたしがいなくなったら', '死後', '遺産', 'いさん'],
  en: ['tenant dies', 'holder dies', 'owner dies', 'person dies', 'someone dies', 'if i die', 'when i die', 'after i die', 'if i pass away', 'when i pass away', 'if im gone', 'when im gone', 'after im gone', 'dies in japan', 'my estate', 'an estate'],
  zh: ['过世', '過世', '去世', '死后', '死後', '死了以后', '死了之后', '遗产', '遺產', '如果我不在了', '我不在了以后', '我走了以后', '我走了之后'],
  ko: ['죽으면', '사망하면', '세상을 떠나면', '유산', '내가 없으면', '내가 없어지면', '제가 없으면', '제가 죽'],
  vi: ['nếu tôi chết', 'nếu em chết', 'nếu mình chết', 'khi chết', 'qua đời', 'nếu em mất', 'nếu tôi mất', 'di sản', 'tài sản để lại', 'nếu em không còn', 'nếu tôi không còn'],
  ne: ['मरेपछि', 'मरे भने', 'म नरहे', 'म नभए', 'मृत्यु भएमा', 'mare pachhi', 'mare bhane', 'ma narahe', 'ma nabhaye'],
  tl: ['kung mamatay ako', 'pag namatay ako', 'kapag namatay', 'kung mawala ako', 'pag nawala ako', 'kapag nawala ako', 'kung wala na ako', 'pag wala na ako', 'mamana'],
  pt: ['se eu morrer', 'quando eu morrer', 'depois que eu morrer', 'falecer', 'herança', 'se eu faltar', 'quando eu faltar', 'se eu não estiver mais'],
  id: ['kalau saya meninggal', 'kalau aku meninggal', 'jika saya meninggal', 'jika aku meninggal', 'kalau meninggal', 'setelah meninggal', 'warisan', 'kalau aku gak ada', 'kalau aku nggak ada', 'kalau saya tidak ada'],
};

/** …and a sign of intent: not needing things after a date, everything given away, ready now. */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const READY_TO_GO: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['今月で全部', 'こんげつでぜんぶ', '全部人にあげ', 'ぜんぶひとにあげ', '全部ゆず', 'ぜんぶゆず', '全部譲', '全部あげる', 'ぜんぶあげる', 'もういらなくなる', 'もう必要なくなる', 'もうひつようなくなる', 'どちらも必要なくな', 'どっちもいらなくな'],
  en: ['wont need either', 'will not need either', 'wont need them after', 'wont need it after', 'wont need them anymore', 'wont need it anymore', 'wont be needing', 'no longer need either', 'giving everything away', 'give everything away', 'giving all my things away', 'give all my things away', 'im ready now', 'i am ready now', 'im ready anyway', 'already ready'],
  zh: ['东西都送人', '東西都送人', '都整理好送人', '全部送人', '都送给别人', '都送給別人', '东西都分给', '東西都分給', '我准备好了', '我準備好了', '我已经准备好了', '我已經準備好了', '都用不着了', '都不需要了'],
  ko: ['다 나눠 줄', '다 나눠줄', '다 나눠 주', '다 나눠주', '물건을 다 줄', '물건을 다 정리해서 줄', '준비됐어요', '준비는 됐', '이제 필요 없', '더 이상 필요 없'],
  vi: ['cho hết đồ', 'tặng hết đồ', 'cho người ta hết', 'cho hết mọi thứ', 'em đã sẵn sàng', 'tôi đã sẵn sàng', 'em sẵn sàng rồi', 'tôi sẵn sàng rồi', 'không cần nữa', 'không cần đến nữa'],
  ne: ['सबै सामान दिइदिन्छु', 'सबै सामान बाँड', 'म तयार छु', 'म तयार भइसकें', 'अब चाहिँदैन', 'sabai saman didinchhu', 'sabai saman band', 'ma tayar chhu', 'ma tayar bhaisake', 'aba chahidaina'],
  tl: ['nakahanda na ako', 'handa na ako', 'nakahanda na kasi ako', 'ipamimigay ko lahat', 'ipapamigay ko lahat', 'ibibigay ko na lahat', 'hindi ko na kailangan'],
  pt: ['estou pronto', 'estou pronta', 'tô pronto', 'tô pronta', 'vou dar tudo', 'doar todas as minhas coisas', 'dar todas as minhas coisas', 'não vou mais precisar', 'não vou precisar mais'],
  id: ['aku sudah siap', 'saya sudah siap', 'aku udah siap', 'bagi bagi semua barang', 'bagikan semua barang', 'kasih semua barang', 'tidak butuh lagi', 'nggak butuh lagi', 'gak butuh lagi'],
};

/*
 * A farewell after the troubles are told (pass 24): everything I had to say to my mother is said — that's it,
 * thank you all («该跟我妈说的话都说了，就这样吧，谢谢你们»). Said to the family, then closing with thanks; a
 * case closed with good news sets it aside.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const ALL_SAID_TO_FAMILY: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['母に言うべきことは', '家族に言うべきことは', '親に言うべきことは', 'ははにいうべきことは', 'かぞくにいうべきことは', '母には全部伝え', '家族には全部伝え', '伝えるべきことは伝え', 'つたえるべきことはつたえ', '言うべきことは言った', 'いうべきことはいった'],
  en: ['everything i needed to say to my', 'all i needed to say to my', 'everything i had to say to my', 'said everything i needed to', 'said all i needed to', 'said what i needed to say to my', 'said my goodbyes to my', 'said goodbye to my family'],
  zh: ['该跟我妈说的', '该跟我爸说的', '该跟家里说的', '该跟爸妈说的', '该对家人说的', '該跟我媽說的', '該跟家裡說的', '该说的话都说了', '該說的話都說了', '该交代的都交代了', '該交代的都交代了', '想说的话都说了'],
  ko: ['엄마한테 할 말은 다', '가족한테 할 말은 다', '부모님께 할 말은 다', '할 말은 다 했', '하고 싶은 말은 다 했'],
  vi: ['đã nói hết với mẹ', 'đã nói hết với gia đình', 'nói hết những gì cần nói', 'những gì cần nói em đã nói', 'điều cần nói đã nói'],
  ne: ['आमालाई भन्नुपर्ने सबै', 'परिवारलाई भन्नुपर्ने सबै', 'भन्नुपर्ने सबै भनिसकें', 'aama lai bhannuparne sabai', 'bhannuparne sabai bhanisake'],
  tl: ['nasabi ko na lahat kay mama', 'nasabi ko na lahat kay nanay', 'nasabi ko na lahat sa pamilya', 'nasabi ko na lahat ng dapat'],
  pt: ['já disse tudo que precisava', 'já falei tudo que precisava', 'já disse tudo pra minha mãe', 'já falei tudo pra minha mãe', 'já disse tudo pra minha família'],
  id: ['sudah kubilang semua ke ibu', 'sudah saya sampaikan semua ke', 'semua yang perlu kukatakan', 'sudah bilang semua ke ibu', 'sudah pamit ke ibu'],
};

/** …then: that's it, thank you all. */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const THATS_ALL_THANKS: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['これでいい', 'もういいです', 'ありがとうございました', 'みなさんありがとう', 'それだけです'],
  en: ['thats all', 'thats it', 'thank you all', 'thanks for everything', 'goodbye'],
  zh: ['就这样吧', '就這樣吧', '谢谢你们', '謝謝你們', '谢谢大家', '謝謝大家', '再见了', '再見了'],
  ko: ['이제 됐어요', '이걸로 됐', '감사했어요', '고마웠어요', '안녕히'],
  vi: ['vậy thôi', 'thế thôi', 'cảm ơn mọi người', 'cảm ơn các anh chị', 'tạm biệt'],
  ne: ['यति नै हो', 'धन्यवाद सबैलाई', 'बिदा', 'yati nai ho', 'dhanyabad sabai lai'],
  tl: ['yun lang', 'iyon lang', 'salamat sa inyo', 'salamat sa lahat', 'paalam'],
  pt: ['é isso', 'obrigado a todos', 'obrigada a todos', 'obrigado por tudo', 'obrigada por tudo', 'adeus'],
  id: ['itu saja', 'sudah itu saja', 'terima kasih semuanya', 'terima kasih untuk semuanya', 'selamat tinggal'],
};

/** Someone close overdosed, cut their wrists or tried to take their life: the attempt told of another. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
export const ATTEMPT_TOLD: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['過量服薬', 'かりょうふくやく', 'オーバードーズ', 'おーばーどーず', 'ODし', '薬を大量に', 'くすりをたいりょうに', '手首を切', 'てくびをき', 'リストカット', 'りすとかっと', 'リスカ', '自殺未遂', 'じさつみすい', '自殺を図', '自殺をはか'],
  en: ['overdosed', 'took an overdose', 'had an overdose', 'attempted suicide', 'tried to kill himself', 'tried to kill herself', 'tried to end his life', 'tried to end her life', 'cut her wrists', 'cut his wrists', 'slit her wrists', 'slit his wrists', 'cut her wrist', 'cut his wrist'],
  zh: ['割腕', '吃药自杀', '吞药', '服药过量', '过量服药', '自杀未遂', '自杀过', '轻生', '吃了很多药', '吞了很多药'],
  ko: ['손목을 그었', '손목을 긋', '자해했', '과다복용', '약을 많이 먹', '자살 시도', '자살시도', '극단적 선택을 시도'],
  vi: ['cắt cổ tay', 'rạch tay', 'rạch cổ tay', 'tự tử', 'uống quá liều', 'uống thuốc quá liều', 'dùng quá liều', 'uống thuốc tự tử'],
  ne: ['आत्महत्या गर्न खोज', 'आत्महत्याको प्रयास', 'धेरै औषधि खा', 'नसा काट', 'हात काट', 'ओभरडोज', 'overdose', 'atmahatya garna khoj'],
  tl: ['nag overdose', 'nagoverdose', 'naglaslas', 'naglaslas ng pulso', 'nagtangkang magpakamatay', 'uminom ng maraming gamot', 'nag laslas'],
  pt: ['overdose', 'cortou os pulsos', 'cortou o pulso', 'tentou se matar', 'tentou suicídio', 'tentativa de suicídio', 'tomou remédio demais', 'tomou muitos remédios'],
  id: ['overdosis', 'overdosis obat', 'menyayat pergelangan', 'sayat tangan', 'menyayat tangan', 'mencoba bunuh diri', 'percobaan bunuh diri', 'minum obat banyak', 'minum banyak obat'],
};
/** …and the writer who wants to do the same. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THE_SAME_FOR_ME: Readonly<Record<ConceptLanguage, readonly string[]>> = {
  ja: ['私も同じこと', 'わたしもおなじこと', '僕も同じこと', '俺も同じこと', '同じようにしたい', 'おなじようにしたい', '同じことをしたい', 'おなじことをしたい', '同じことをしよう', '私もやろう', '私もそうしたい', 'わたしもそうしたい'],
  en: ['do the same', 'doing the same', 'do what she did', 'do what he did', 'doing what she did', 'doing what he did', 'same thing myself', 'try it myself', 'follow her', 'follow him'],
  zh: ['我也想跟', '我也想这样', '我也想一样', '我也想那样', '我也想试', '我也要这样', '跟她一样割', '跟他一样割', '跟她一样吃药', '跟他一样吃药'],
  ko: ['나도 똑같이', '나도 그렇게 하', '저도 똑같이', '저도 그렇게 하', '나도 따라', '저도 따라'],
  vi: ['em cũng muốn làm vậy', 'em cũng muốn làm như vậy', 'em cũng muốn như vậy', 'tôi cũng muốn làm vậy', 'tôi cũng muốn làm như vậy', 'cũng muốn làm giống', 'mình cũng muốn làm vậy'],
  ne: ['म पनि त्यसै गर्न', 'म पनि त्यस्तै गर्न', 'म पनि त्यही गर्न', 'ma pani testai garna', 'ma pani tyastai garna', 'ma pani tehi garna'],
  tl: ['gusto ko ring gawin', 'gagawin ko rin', 'gusto ko rin gawin', 'gayahin ko siya', 'gagayahin ko siya'],
  pt: ['fazer o mesmo', 'fazer a mesma coisa', 'quero fazer igual', 'fazer igual a ela', 'fazer igual a ele', 'fazer o que ela fez', 'fazer o que ele fez'],
  id: ['melakukan hal yang sama', 'aku juga mau begitu', 'saya juga mau begitu', 'aku juga ingin begitu', 'mau ikut seperti dia', 'ingin seperti dia'],
};

/** Pass 25: a loved one's attempt told as past, and the writer who wants to do the same. */
const PASS_25: readonly Concept[] = [
  {
    // "My friend cut her wrists last year, she's fine now. I want to do the same", 我朋友割腕…我也想跟她一样: the
    // attempt (which an idiom of "treated, safe now" keeps quiet) still counts for the wish to follow it.
    name: 'a loved one’s attempt told as past, and the writer wanting to do the same',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [
        {
          reach: near(l, 60, 120),
          acrossSentences: 2,
          pastDeath: 'a',
          a: ATTEMPT_TOLD[l],
          b: THE_SAME_FOR_ME[l],
        },
      ],
    })),
  },
];

/**
 * What a boss, a senior or a customer says to the writer's face: "nobody would care if you died", 「お前なんか
 * 死んでも誰も困らない」 — reported (「…って言われた」, "my boss said…"), an insult at work (see the quoted insult
 * in concepts-safe.ts), or the writer's own wish when the writer agrees with it (see `AGREED`).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
export const NOBODY_CARES_IF_DEAD: Lists = {
  ja: ['死んでも誰も困らない', 'しんでもだれもこまらない', '死んでも誰も悲しまない', 'しんでもだれもかなしまない', '死んでも誰も気にしない', 'しんでもだれもきにしない', '死んだって誰も困らない', 'しんだってだれもこまらない', 'いなくなっても誰も困らない', 'いなくなってもだれもこまらない', '死んでも代わりはいる', 'しんでもかわりはいる'],
  en: ['nobody would care if i died', 'no one would care if i died', 'nobody would care if you died', 'no one would care if you died', 'nobody would notice if i died', 'nobody would notice if you died', 'no one would miss me', 'nobody would miss me', 'no one would miss you', 'nobody would miss you', 'nobody cares if you die', 'nobody cares if i die'],
  zh: ['我死了也没人在乎', '我死了也没人管', '我死了也没人会在意', '你死了也没人在乎', '你死了也没人管', '你死了也没人会在意', '死了也没人在乎', '死了也没人管', '死了也没人会难过', '死了也没人发现'],
  ko: ['죽어도 아무도 신경 안 써', '죽어도 아무도 신경 안 쓴', '죽어도 아무도 상관 안', '죽어도 아무도 모를', '죽어도 아무도 안 슬퍼', '없어져도 아무도 모를', '없어져도 아무도 신경'],
  vi: ['có chết cũng chẳng ai quan tâm', 'chết cũng chẳng ai quan tâm', 'có chết cũng không ai quan tâm', 'chết cũng không ai quan tâm', 'chết cũng chẳng ai buồn', 'có chết cũng chẳng ai buồn', 'chết cũng chẳng ai để ý'],
  ne: ['म मरे पनि कसैलाई फरक पर्दैन', 'तँ मरे पनि कसैलाई फरक पर्दैन', 'मरे पनि कसैलाई फरक पर्दैन', 'मरे पनि कसैलाई वास्ता छैन', 'मरे पनि कसैलाई मतलब छैन', 'ma mare pani kasailai pharak pardaina', 'mare pani kasailai farak pardaina'],
  tl: ['kahit mamatay ako walang makakapansin', 'kahit mamatay ako walang pakialam', 'kahit mamatay ka walang makakapansin', 'kahit mamatay ka walang pakialam', 'walang mamimiss sa akin', 'walang mamimiss sayo', 'walang iiyak kapag namatay'],
  pt: ['se eu morresse ninguém ia se importar', 'se eu morresse ninguém ia ligar', 'se você morresse ninguém ia se importar', 'se você morresse ninguém ia ligar', 'se morresse ninguém ia se importar', 'ninguém ia sentir minha falta', 'ninguém ia sentir sua falta', 'se você morrer ninguém liga'],
  id: ['kalau saya mati juga nggak ada yang peduli', 'kalau saya mati juga gak ada yang peduli', 'kalau aku mati juga nggak ada yang peduli', 'kalau aku mati juga gak ada yang peduli', 'kalau kamu mati juga nggak ada yang peduli', 'kalau kamu mati juga gak ada yang peduli', 'mati pun gak ada yang peduli', 'mati pun tidak ada yang peduli', 'kalau saya mati tidak ada yang peduli'],
};
/** …and the writer who agrees: "he's right", 「その通りかも」, 他说得对, 맞는 말, «ele tem razão». */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const AGREED: Lists = {
  ja: ['その通り', 'そのとおり', '本当にそう', 'ほんとうにそう', 'ほんとにそう', '実際そう', 'じっさいそう', 'そうかもしれない', 'そうかもしれません', '間違ってない', 'まちがってない', '私もそう思う', 'わたしもそうおもう'],
  en: ['hes right', 'he is right', 'shes right', 'she is right', 'theyre right', 'hes not wrong', 'shes not wrong', 'he might be right', 'she might be right', 'i agree with', 'i think so too', 'maybe its true'],
  zh: ['他说得对', '她说得对', '说得没错', '他说的是真的', '她说的是真的', '也许是真的', '我也这么觉得', '我也觉得是'],
  ko: ['맞는 말', '그 말이 맞', '말이 맞아', '정말 그런 것 같', '저도 그렇게 생각', '나도 그렇게 생각', '틀린 말은 아니'],
  vi: ['nói đúng', 'cũng đúng thật', 'đúng thật', 'em cũng thấy vậy', 'tôi cũng thấy vậy', 'có lẽ đúng'],
  ne: ['सही भन्नुभयो', 'सही हो', 'साँचो हो', 'ठीकै भन्नुभयो', 'मलाई पनि त्यस्तै लाग्छ', 'sahi ho', 'sacho ho'],
  tl: ['tama siya', 'tama naman siya', 'totoo naman', 'baka tama siya', 'tama rin siya'],
  pt: ['ele tem razão', 'ela tem razão', 'ele está certo', 'ele tá certo', 'ela está certa', 'ela tá certa', 'acho que é verdade', 'talvez seja verdade', 'concordo com'],
  id: ['dia benar', 'dia ada benarnya', 'mungkin dia benar', 'emang bener sih', 'aku setuju', 'saya setuju', 'ada benarnya'],
};

/**
 * A wish to die denied in passing — 「死にたいわけじゃない」, 죽고 싶은 건 아니에요, "not that I want to die", 不是想死 —
 * which concepts-safe.ts keeps quiet as an idiom (see `TURNED_DARK_AFTER`).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WISH_DENIED_IN_PASSING: Lists = {
  ja: ['死にたいわけじゃ', 'しにたいわけじゃ', '死にたいわけでは', 'しにたいわけでは', '死にたいとかじゃ', 'しにたいとかじゃ', '死にたいとかない', 'しにたいとかない', '死にたいとかはない', 'しにたいとかはない', '消えたいとかじゃ', 'きえたいとかじゃ', '死にたいとは思って', 'しにたいとはおもって'],
  en: ['not that i want to die', 'not that i want to kill myself', 'im not suicidal', 'i am not suicidal', 'not suicidal', 'i dont want to die', 'i dont want to kill myself', 'not going to kill myself', 'not gonna kill myself'],
  zh: ['不是想死', '没有想死', '不是想自杀', '没有想自杀', '没想自杀', '不想自杀', '倒不是想死', '并不是想死', '没有要自杀', '不是要自杀'],
  ko: ['죽고 싶은 건 아니', '죽고 싶다는 건 아니', '죽고 싶은 마음은 없', '자살하고 싶은 건 아니', '죽고 싶은 건 아냐', '죽을 생각은 없', '죽고 싶지는 않'],
  vi: ['không phải muốn chết', 'không phải là muốn chết', 'không có ý muốn chết', 'không muốn chết đâu', 'không phải muốn tự tử'],
  ne: ['मर्न मन छ भन्ने होइन', 'मर्न चाहन्न', 'मर्न चाहँदिन', 'marna man chha bhanne hoina', 'marna chahanna'],
  tl: ['hindi naman sa gusto kong mamatay', 'hindi ko naman gustong mamatay', 'hindi ko gustong mamatay', 'hindi ako magpapakamatay'],
  pt: ['não que eu queira morrer', 'não é que eu queira morrer', 'não quero morrer', 'não quero me matar', 'não vou me matar', 'não penso em me matar'],
  id: ['bukan berarti ingin mati', 'bukannya mau mati', 'bukannya pengen mati', 'bukan mau bunuh diri', 'bukan mau mati', 'nggak mau mati', 'gak mau mati', 'tidak ingin mati'],
};
/** The turn after such a denial: "but", 「でも」「けど」, 但是, 근데, «nhưng», «mas», "tapi", "pero", तर. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BUT: Lists = {
  ja: ['でも', 'けど', 'だけど', 'しかし'],
  en: ['but', 'though', 'however', 'yet'],
  zh: ['但', '可是', '不过'],
  ko: ['근데', '그런데', '하지만', '그렇지만', '그래도', '지만'],
  vi: ['nhưng', 'tuy nhiên'],
  ne: ['तर', 'तापनि', 'tara'],
  tl: ['pero', 'kaso', 'kaya lang'],
  pt: ['mas', 'porém', 'só que'],
  id: ['tapi', 'tetapi', 'namun'],
};
/**
 * …then something dark: the thought coming back, living that is too hard, no more endurance, wanting to
 * disappear («근데 가끔 그런 생각이 들어요», "but sometimes I think about it", 「でも生きるのがつらい」).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TURNED_DARK_AFTER: Lists = {
  ja: ['考えてしま', 'かんがえてしま', '考えることがあ', 'かんがえることがあ', 'そういうことを考え', 'そういうことをかんがえ', '頭をよぎ', 'あたまをよぎ', '生きるのがつらい', 'いきるのがつらい', '生きるのがしんどい', 'いきるのがしんどい', '生きるのに疲れ', 'いきるのにつかれ', '生きていたくない', 'いきていたくない', 'もう限界', 'もうげんかい', '耐えられない', 'たえられない', '消えたい', 'きえたい', 'いなくなりたい'],
  en: ['think about it', 'thought about it', 'thinking about it', 'those thoughts', 'such thoughts', 'the thought', 'crosses my mind', 'life is so hard', 'life is too hard', 'living is so hard', 'living is too hard', 'tired of living', 'cant go on', 'cant take it', 'cant do this anymore', 'want to disappear', 'no point', 'dont want to wake up', 'dont want to live'],
  zh: ['那种想法', '这种想法', '那种念头', '这种念头', '会想到', '冒出', '闪过', '活着好累', '活着太累', '活着很累', '活得好累', '活着没意思', '活着没有意义', '不想活', '撑不下去', '受不了了', '想消失'],
  ko: ['그런 생각이 들', '그런 생각이 나', '그런 생각을 해', '그런 생각을 하', '생각이 들어', '사는 게 너무 힘들', '사는 게 힘들', '사는 게 지겨', '사는 게 의미가 없', '살기 싫', '살기가 싫', '살고 싶지 않', '사라지고 싶', '못 버티겠', '버티기 힘들', '견딜 수가 없', '다 끝내고 싶'],
  vi: ['nghĩ về chuyện đó', 'nghĩ đến chuyện đó', 'nghĩ tới chuyện đó', 'ý nghĩ đó', 'suy nghĩ đó', 'sống mệt mỏi quá', 'sống khổ quá', 'sống chán quá', 'không muốn sống', 'không chịu nổi', 'không chịu được nữa', 'muốn biến mất'],
  ne: ['त्यस्तो सोच आउँछ', 'यस्तो सोच आउँछ', 'सोच आउँछ', 'बाँच्न मन छैन', 'बाँच्न गाह्रो', 'सहन सक्दिन', 'हराउन मन', 'soch aauchha', 'bachna man chhaina'],
  tl: ['naiisip ko', 'sumasagi sa isip', 'ang hirap mabuhay', 'pagod na akong mabuhay', 'ayoko nang mabuhay', 'hindi ko na kaya', 'gusto kong mawala'],
  pt: ['penso nisso', 'penso nessas coisas', 'esse pensamento', 'esses pensamentos', 'passa pela cabeça', 'viver tá difícil', 'viver está difícil', 'cansada de viver', 'cansado de viver', 'não aguento mais', 'queria sumir', 'quero sumir', 'sem sentido'],
  id: ['kepikiran', 'terpikir', 'pikiran itu', 'pikiran kayak gitu', 'hidup ini berat', 'hidup terlalu berat', 'capek hidup', 'lelah hidup', 'gak kuat lagi', 'nggak kuat lagi', 'tidak kuat lagi', 'pengen menghilang', 'ingin menghilang'],
};

/** Thanks for all this time, said by someone leaving (a neighbour, a friend) or by the writer. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THANKS_FOR_ALL_THIS_TIME: Lists = {
  ja: ['今まで...ありがとう', 'いままで...ありがとう', 'これまで...ありがとう', '長い間...ありがとう', 'ながいあいだ...ありがとう', '今までお世話になりました', 'いままでおせわになりました'],
  en: ['thanks for everything', 'thank you for everything', 'thanked me for everything', 'thanks for all these years', 'thank you for all these years', 'thanked me for all these years', 'thanks for always', 'thanked me for always'],
  zh: ['谢谢你一直以来', '一直以来谢谢', '谢谢这段时间', '这段时间谢谢', '谢谢你这些年', '感谢这段时间', '一直以来的照顾'],
  ko: ['그동안 고마웠', '그동안 감사했', '지금까지 고마웠', '지금까지 감사했', '그동안...고마웠', '그동안...감사했', '지금까지...고마웠', '지금까지...감사했'],
  vi: ['cảm ơn vì tất cả', 'cảm ơn chị vì tất cả', 'cảm ơn anh vì tất cả', 'cảm ơn cô vì tất cả', 'cảm ơn...thời gian qua', 'cảm ơn...bấy lâu nay', 'cảm ơn vì đã luôn'],
  ne: ['अहिलेसम्म...धन्यवाद', 'सबैको लागि धन्यवाद', 'सबै कुराको लागि धन्यवाद', 'यतिका वर्ष...धन्यवाद', 'ahilesamma...dhanyabad'],
  tl: ['salamat sa lahat', 'maraming salamat sa lahat', 'salamat sa lahat ng ginawa'],
  pt: ['obrigada por tudo', 'obrigado por tudo', 'agradeceu por tudo', 'me agradeceu por tudo', 'obrigada por sempre', 'obrigado por sempre'],
  id: ['terima kasih untuk semuanya', 'terima kasih atas semuanya', 'makasih untuk semuanya', 'makasih buat semuanya', 'terima kasih selama ini', 'makasih selama ini'],
};
/** …and a spare key or borrowed things given back. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
export const KEY_GIVEN_BACK: Lists = {
  ja: ['合鍵を持ってき', 'あいかぎをもってき', '合鍵を返', 'あいかぎをかえ', '鍵を返', 'かぎをかえ', '鍵を持ってき', 'かぎをもってき', '借りていたものを返', 'かりていたものをかえ', '借りてた物を返', 'かりてたものをかえ', '借りてたものを全部返', '全部返しに', 'ぜんぶかえしに'],
  en: ['returned the spare key', 'returned my spare key', 'returned the key', 'returned my key', 'gave back the key', 'gave back the spare key', 'gave me back the key', 'gave me back my key', 'gave me the key back', 'gave the key back', 'brought back the key', 'brought back my key', 'returned everything', 'gave back everything', 'returned all my', 'returned all the things'],
  zh: ['还了备用钥匙', '把备用钥匙还', '把钥匙还给', '还钥匙', '备用钥匙还', '把借的东西都还', '东西都还给', '把东西全还'],
  ko: ['여분 열쇠를 돌려', '열쇠를 돌려', '보조키를 돌려', '빌린 물건을 다 돌려', '물건을 다 돌려'],
  vi: ['trả lại chìa khóa', 'trả chìa khóa', 'trả lại chìa khoá', 'trả chìa khoá', 'trả lại hết đồ', 'trả lại đồ đã mượn'],
  ne: ['साँचो फिर्ता', 'चाबी फिर्ता', 'सामान फिर्ता', 'sacho phirta', 'saacho phirta', 'chabi phirta'],
  tl: ['ibinalik ang susi', 'binalik ang susi', 'isinauli ang susi', 'sinauli ang susi', 'ibinalik lahat', 'isinauli lahat', 'sinauli lahat'],
  pt: ['devolveu a chave', 'devolveu a cópia da chave', 'me devolveu a chave', 'devolveu tudo', 'devolveu as coisas', 'me devolveu tudo'],
  id: ['mengembalikan kunci', 'ngembaliin kunci', 'balikin kunci', 'mengembalikan kunci cadangan', 'ngembaliin semua', 'mengembalikan semua barang', 'balikin semua'],
};

/** "The last thing I'll see": a sight chosen as the last one («今晚的月亮…很適合當最後一個看到的東西»). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LAST_THING_SEEN: Lists = {
  ja: ['最後に見るもの', 'さいごにみるもの', '最後に見る景色', 'さいごにみるけしき', '最後に見るのにちょうどいい', 'さいごにみるのにちょうどいい', '最後に見る月', 'さいごにみるつき', '最後に見るには', 'さいごにみるには'],
  en: ['last thing ill ever see', 'last thing i will ever see', 'last thing ill see', 'last thing i will see', 'last thing i ever see', 'good last thing to see', 'perfect last thing to see', 'nice last thing to see', 'last thing to see before i go', 'last sight i see'],
  zh: ['最后一个看到的东西', '最后一个看见的东西', '最后看到的东西', '最后看见的东西', '最后看到的风景', '最后看到的景色', '最后一眼看到的', '当最后一眼'],
  ko: ['마지막으로 보는 것', '마지막으로 볼 것', '마지막으로 보는 풍경', '마지막으로 볼 풍경', '마지막으로 보기 좋', '마지막으로 보기에 좋', '마지막으로 본 게 이거'],
  vi: ['thứ cuối cùng tôi nhìn thấy', 'thứ cuối cùng em nhìn thấy', 'thứ cuối cùng mình nhìn thấy', 'điều cuối cùng tôi nhìn thấy', 'điều cuối cùng em nhìn thấy', 'cảnh cuối cùng tôi nhìn thấy', 'cảnh cuối cùng em nhìn thấy', 'cảnh cuối cùng mình nhìn thấy'],
  ne: ['मैले हेर्ने अन्तिम', 'अन्तिम पटक हेर्ने', 'मैले देख्ने अन्तिम', 'maile herne antim', 'antim choti herne'],
  tl: ['huling makikita ko', 'huli kong makikita', 'huling bagay na makikita ko', 'huling tanawin na makikita ko'],
  pt: ['última coisa que eu vou ver', 'última coisa que vou ver', 'última coisa que eu ver', 'última coisa que eu veja', 'última coisa que verei', 'última paisagem que vou ver'],
  id: ['hal terakhir yang kulihat', 'hal terakhir yang aku lihat', 'hal terakhir yang saya lihat', 'hal terakhir yang akan kulihat', 'hal terakhir yang akan aku lihat', 'pemandangan terakhir yang kulihat', 'pemandangan terakhir yang aku lihat'],
};
/** …before sleep, every night: the last thing one sees in a day, not in a life. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BEFORE_SLEEP: Lists = {
  ja: ['寝る前', 'ねるまえ', '毎晩', 'まいばん', '寝る時', 'ねるとき', '一日の', 'いちにちの'],
  en: ['before bed', 'before i sleep', 'before sleeping', 'before going to bed', 'before i go to bed', 'before i fall asleep', 'every night', 'at night', 'each night', 'each day', 'every day'],
  zh: ['睡前', '睡觉前', '每天晚上', '每晚', '一天中'],
  ko: ['자기 전', '잠들기 전', '매일 밤', '하루 중'],
  vi: ['trước khi ngủ', 'mỗi tối', 'mỗi đêm', 'trong ngày'],
  ne: ['सुत्नु अघि', 'सुत्नुअघि', 'हरेक रात', 'sutnu aghi'],
  tl: ['bago matulog', 'gabi gabi', 'bawat gabi'],
  pt: ['antes de dormir', 'toda noite', 'todas as noites', 'do dia'],
  id: ['sebelum tidur', 'setiap malam', 'tiap malam', 'dalam sehari'],
};

/** Pass 25 (lexicon): a denial turned dark, an insult agreed with, a neighbour's goodbye, the last sight chosen. */
const PASS_25_LEXICON: readonly Concept[] = [
  {
    // 「死にたいわけじゃない。でも時々考えてしまう」, «죽고 싶은 건 아니에요. 근데 가끔 그런 생각이 들어요», "not that I want
    // to die, but I can't go on": the denial (an idiom in concepts-safe.ts) turned to the thought or to a life too hard
    // to bear. A denial with an ordinary reason («그냥 피곤해요») stays as the engine reads it (a watch).
    name: 'a wish to die denied in passing, then a turn to the thought or to a life too hard',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [
        {
          ordered: true,
          reach: near(l, 24, 48),
          acrossSentences: 1,
          pastDeath: 'a',
          a: WISH_DENIED_IN_PASSING[l],
          b: cross(BUT[l], TURNED_DARK_AFTER[l], '...'),
        },
      ],
    })),
  },
  {
    // 「上司に『お前なんか死んでも誰も困らない』って言われた。その通りかもしれない」, "my boss said nobody would care if I
    // died. Maybe he's right": an insult at work (quiet in concepts-safe.ts) the writer takes as true.
    name: 'an insult that nobody would care if one died, and the writer agreeing',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [
        {
          ordered: true,
          reach: near(l, 30, 60),
          acrossSentences: 1,
          pastDeath: 'a',
          a: NOBODY_CARES_IF_DEAD[l],
          b: AGREED[l],
        },
      ],
    })),
  },
  {
    // 「今まで猫の世話ありがとうって、隣の部屋の子がメモと一緒に合鍵を持ってきた」, "my neighbour returned the spare key and
    // thanked me for everything": a quiet goodbye, told by whoever receives it. A move named (concepts-safe.ts) or a
    // case closing with good news sets it aside.
    name: 'thanks for all this time, with a spare key or borrowed things given back',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [
        {
          reach: near(l, 60, 150),
          acrossSentences: 2,
          farewell: true,
          a: THANKS_FOR_ALL_THIS_TIME[l],
          b: KEY_GIVEN_BACK[l],
        },
      ],
    })),
  },
  {
    // «今晚的月亮很漂亮，很適合當最後一個看到的東西», "the moon is a good last thing to see", «마지막으로 보기 좋은 달»: a
    // sight chosen as the last of a life. The last thing seen before bed or every night is a day's, and quiet.
    name: 'the last thing I will see',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      say: LAST_THING_SEEN[l],
      idioms: [
        { a: LAST_THING_SEEN[l], b: BEFORE_SLEEP[l], reach: near(l, 8, 24) },
        { a: BEFORE_SLEEP[l], b: LAST_THING_SEEN[l], reach: near(l, 8, 24) },
      ],
    })),
  },
];

/** Thanks to everyone for their help, said by the writer (round 3: with belongings given, or nothing needed any more). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THANKS_FOR_THE_HELP: Lists = {
  ja: ['みなさん...ありがとう', '皆さん...ありがとう', '皆様...ありがとう', 'みなさま...ありがとう', '今まで...ありがとう', 'いままで...ありがとう', '助けてくれて...ありがとう', 'たすけてくれて...ありがとう', '今までお世話になりました', 'いままでおせわになりました', '色々お世話になりました', 'いろいろおせわになりました'],
  en: ['thanks everyone', 'thank you everyone', 'thanks to everyone', 'thank you all', 'thanks all for', 'thanks for all your help', 'thank you for all your help', 'thanks for all the help', 'thank you for all the help', 'thanks for helping me', 'thank you for helping me', 'thanks for everything', 'thank you for everything', 'thanks for all these years', 'thanks for always being'],
  zh: ['谢谢大家', '感谢大家', '谢谢你们', '感谢你们', '谢谢你一直', '一直以来的照顾', '一直以来的帮助', '这段时间的照顾', '这段时间的帮助', '谢谢...帮我', '谢谢...帮助', '感谢...帮助'],
  ko: ['모두 감사', '모두 고마', '다들 고마', '다들 감사', '여러분 감사', '여러분 고마', '그동안 고마웠', '그동안 감사했', '지금까지 고마웠', '지금까지 감사했', '그동안...고마웠', '그동안...감사했', '도와주셔서 감사', '도와줘서 고마'],
  vi: ['cảm ơn mọi người', 'cảm ơn cả nhà', 'cảm ơn vì tất cả', 'cảm ơn...thời gian qua', 'cảm ơn...bấy lâu nay', 'cảm ơn...đã giúp', 'cảm ơn...đã luôn'],
  ne: ['सबैलाई धन्यवाद', 'सबैको लागि धन्यवाद', 'सबै कुराको लागि धन्यवाद', 'अहिलेसम्म...धन्यवाद', 'सहयोगको लागि धन्यवाद', 'मद्दतको लागि धन्यवाद', 'sabailai dhanyabad', 'sabai lai dhanyabad', 'ahilesamma...dhanyabad', 'sahayog ko lagi dhanyabad'],
  tl: ['salamat sa lahat', 'salamat sa inyong lahat', 'salamat po sa lahat', 'salamat sa tulong', 'salamat sa pagtulong', 'salamat sa inyo'],
  pt: ['obrigada por tudo', 'obrigado por tudo', 'obrigada a todos', 'obrigado a todos', 'obrigada pela ajuda', 'obrigado pela ajuda', 'obrigada por toda a ajuda', 'obrigado por toda a ajuda', 'valeu por tudo', 'agradeço a todos', 'agradeço por tudo'],
  id: ['terima kasih semuanya', 'terima kasih untuk semuanya', 'terima kasih atas semuanya', 'terima kasih atas bantuannya', 'terima kasih untuk bantuannya', 'terima kasih buat bantuannya', 'makasih semuanya', 'makasih buat semuanya', 'terima kasih selama ini', 'makasih selama ini', 'terima kasih sudah membantu', 'makasih udah bantu'],
};

/** The writer's own belongings, named as a whole: my things, my stuff, my clothes and furniture. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const MY_BELONGINGS: Lists = {
  ja: ['荷物', 'にもつ', '私物', 'しぶつ', '持ち物', 'もちもの', '自分の物', '自分のもの', 'じぶんのもの', '私の物', '私のもの', 'わたしのもの', '家具', 'かぐ'],
  en: ['my things', 'my stuff', 'my belongings', 'my clothes', 'my furniture', 'all my things', 'all my stuff', 'everything i own'],
  zh: ['我的东西', '东西都', '东西全', '我的衣服', '我的家具', '我的书', '行李'],
  ko: ['제 물건', '내 물건', '제 짐', '내 짐', '짐은', '짐을', '물건들', '제 옷', '내 옷'],
  vi: ['đồ đạc', 'đồ của em', 'đồ của tôi', 'đồ của mình', 'đồ của tui', 'quần áo của em', 'quần áo của tôi', 'đồ dùng'],
  ne: ['मेरो सामान', 'सामानहरू', 'सामानहरु', 'सबै सामान', 'मेरा लुगा', 'mero saman', 'mero samaan', 'sabai saman', 'saman haru'],
  tl: ['gamit ko', 'mga gamit ko', 'damit ko', 'mga damit ko', 'lahat ng gamit'],
  pt: ['minhas coisas', 'minhas roupas', 'meus móveis', 'meus livros', 'meus pertences', 'tudo que é meu'],
  id: ['barang barangku', 'barang barang saya', 'barang barang aku', 'barangku', 'barang saya', 'barang aku', 'barang gue', 'baju bajuku'],
};

/** …given, left or handed to someone (a roommate, a friend): told after the belongings. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GIVEN_TO_SOMEONE: Lists = {
  ja: ['あげました', 'あげた', '譲りました', '譲った', 'ゆずりました', 'ゆずった', '渡しました', '渡した', 'わたしました', 'わたした', '預けました', '預けた', 'あずけました', 'あずけた', '配りました', '配った', 'くばりました', 'くばった'],
  en: ['to my roommate', 'to my flatmate', 'to my friend', 'to a friend', 'to my neighbo', 'with my roommate', 'with my flatmate', 'with a friend', 'given away', 'gave away'],
  zh: ['送给', '送人了', '留给', '分给', '交给', '给室友', '给朋友'],
  ko: ['룸메이트한테', '룸메이트에게', '친구한테 줬', '친구에게 줬', '친구한테 주', '친구에게 주', '다 줬', '다 주었', '나눠 줬', '나눠줬', '맡겼', '넘겨줬'],
  vi: ['gửi lại', 'để lại cho', 'cho lại', 'cho bạn', 'cho hết', 'tặng hết', 'tặng bạn', 'đem cho', 'giao lại'],
  ne: ['दिइसकें', 'दिइसकेँ', 'दिएँ', 'बाँडिसकें', 'बाँडिसकेँ', 'साथीलाई', 'रुममेटलाई', 'diisake', 'diisaken', 'diye', 'baadisake', 'saathi lai', 'sathi lai', 'roommate lai'],
  tl: ['sa roommate ko', 'sa kaibigan ko', 'binigay ko na', 'ibinigay ko na', 'pinamigay ko na', 'ipinamigay ko na', 'iniwan ko na'],
  pt: ['dei pra', 'dei para', 'deixei com', 'deixei pra', 'deixei para', 'doei', 'já dei', 'passei pra', 'passei para', 'entreguei'],
  id: ['kukasih', 'kuberikan', 'kukasihkan', 'sudah saya berikan', 'sudah saya kasih', 'udah aku kasih', 'udah gue kasih', 'ke teman sekamar', 'ke roommate', 'ke temanku', 'ke teman saya', 'kutitipkan', 'dititipkan'],
};

/** …or given first, the belongings after: gave away all my things, cho hết đồ, dei todas as minhas coisas. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GAVE_MY_THINGS: Lists = {
  ja: ['ルームメイトに...あげ', 'ルームメイトに...譲', 'ルームメイトに...渡し', '友達に...あげ', '友達に...譲', 'ともだちに...あげ'],
  en: ['gave away my', 'gave away all my', 'given away my', 'given away all my', 'gave all my', 'given all my', 'gave my things', 'gave my stuff', 'gave my belongings', 'left my things with', 'left my stuff with', 'left all my'],
  zh: ['把东西都送', '把我的东西', '把东西全送', '把东西都留给', '把东西都给了'],
  ko: ['물건을 다 나눠', '짐을 다 나눠', '물건을 다 줬', '짐을 다 줬'],
  vi: ['cho hết đồ', 'tặng hết đồ', 'gửi lại hết đồ', 'để lại hết đồ', 'đem cho hết đồ', 'chia hết đồ'],
  ne: ['सबै सामान दिइसकें', 'सबै सामान बाँडिसकें', 'sabai saman diisake', 'sabai saman baadisake'],
  tl: ['binigay ko na lahat ng gamit', 'ibinigay ko na lahat ng gamit', 'pinamigay ko na lahat', 'ipinamigay ko na lahat', 'pinamigay ko na ang mga gamit'],
  pt: ['dei minhas coisas', 'dei todas as minhas', 'doei minhas', 'doei todas as minhas', 'deixei minhas coisas com', 'dei tudo que era meu'],
  id: ['sudah ngasih semua barang', 'udah ngasih semua barang', 'sudah memberikan semua barang', 'udah bagiin semua barang', 'sudah membagikan semua barang'],
};

/** …and nothing needed any more: I probably won't need anything anymore. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NEED_NOTHING_MORE: Lists = {
  ja: ['もう何もいらない', 'もうなにもいらない', 'もう何も要らない', 'もう何もいりません', 'もうなにもいりません', 'もう何も必要ない', 'もう何も必要ありません', 'もうなにもひつようない', 'もうなにもひつようありません'],
  en: ['wont need anything anymore', 'wont need anything any more', 'wont need anything now', 'wont need anything after', 'dont need anything anymore', 'dont need anything any more', 'wont be needing anything', 'no longer need anything', 'wont need any of it', 'wont need them anymore', 'wont need it anymore'],
  zh: ['什么都不需要了', '什么也不需要了', '什么都用不到了', '什么都用不着了', '以后都用不到了', '以后都用不着了', '再也用不到了', '再也用不着了'],
  ko: ['이제 아무것도 필요 없', '이제 아무것도 필요없', '더 이상 아무것도 필요 없', '이제 다 필요 없', '이제 쓸 일 없'],
  vi: ['không cần gì nữa', 'chẳng cần gì nữa', 'không cần gì thêm nữa', 'không còn cần gì nữa', 'không cần dùng gì nữa'],
  ne: ['अब केही चाहिँदैन', 'अब केही चाहिदैन', 'अब मलाई केही चाहिँदैन', 'अब मलाई केही चाहिदैन', 'aba kehi chahindaina', 'aba kehi chahidaina', 'aba malai kehi chahindaina'],
  tl: ['wala na akong kailangan', 'wala na kong kailangan', 'hindi ko na kailangan ng kahit ano', 'di ko na kailangan ng kahit ano', 'hindi ko na kakailanganin'],
  pt: ['não vou precisar de mais nada', 'não vou mais precisar de nada', 'não preciso de mais nada', 'não vou precisar de nada mais', 'não vou mais precisar'],
  id: ['gak butuh apa apa lagi', 'nggak butuh apa apa lagi', 'tidak butuh apa apa lagi', 'ga butuh apa apa lagi', 'tidak perlu apa apa lagi', 'gak perlu apa apa lagi', 'nggak perlu apa apa lagi'],
};

/** Pass 25, round 3: a first-person goodbye — thanks for the help, belongings given away, nothing needed any more. */
const PASS_25_ROUND_3: readonly Concept[] = [
  {
    // «Cảm ơn mọi người đã giúp em thời gian qua. Đồ đạc em gửi lại bạn cùng phòng hết rồi. Chắc em không cần gì nữa
    // đâu», 「皆さん今までありがとう。荷物はルームメイトにあげました」, "thanks everyone for all your help, I gave my
    // stuff to my roommate, I won't need anything anymore": a goodbye told by the one leaving. Any two of the three
    // within three sentences. A case closing with good news (a job, a move home: concepts-safe.ts) sets it aside.
    name: 'a first-person goodbye: thanks for the help, belongings given to a roommate, nothing needed any more',
    signal: 'suicide',
    words: inEachLanguage((l) => {
      const given = [...cross(MY_BELONGINGS[l], GIVEN_TO_SOMEONE[l], '...'), ...GAVE_MY_THINGS[l]];
      const pair = (a: readonly string[], b: readonly string[]) => ({
        reach: near(l, 60, 150),
        acrossSentences: 2,
        farewell: true,
        a,
        b,
      });
      return {
        pairs: [
          pair(THANKS_FOR_THE_HELP[l], given),
          pair(given, NEED_NOTHING_MORE[l]),
          pair(THANKS_FOR_THE_HELP[l], NEED_NOTHING_MORE[l]),
        ],
      };
    }),
  },
];

/** Pass 24's classes: shame of going home with a means at hand; a death asked with intent; all said to the family. */
const PASS_24: readonly Concept[] = [
  {
    name: 'ashamed to go home a failure, with a means at hand: medicine put by, standing on a high balcony or roof',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [
        {
          reach: near(l, 40, 100),
          acrossSentences: 2,
          a: SHAME_OF_GOING_HOME[l],
          b: MEANS_AT_HAND[l],
        },
      ],
    })),
  },
  {
    name: 'a death asked about as paperwork (a lease, an estate, a child’s visa), with “I won’t need it after this month”, everything given away, “I am ready”',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [{ reach: near(l, 40, 100), acrossSentences: 2, a: DEATH_ASKED[l], b: READY_TO_GO[l] }],
    })),
  },
  {
    name: 'all I had to say to my family is said, then “that’s it, thank you all”',
    signal: 'suicide',
    words: inEachLanguage((l) => ({
      pairs: [
        {
          ordered: true,
          reach: near(l, 20, 60),
          acrossSentences: 1,
          farewell: true,
          a: ALL_SAID_TO_FAMILY[l],
          b: THATS_ALL_THANKS[l],
        },
      ],
    })),
  },
];

// ── pass 26, helper C3: the wish in a learner's broken grammar; a goodbye that hands over a child, a pet or a parent ──
/**
 * Goodbye said outright (not "see you": a farewell word that closes for good).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GOODBYE_SAID: Lists = {
  ja: ['さようなら', 'さよなら', 'さよーなら', 'さらば', 'お別れです', 'おわかれです', 'お別れします', 'おわかれします'],
  en: ['goodbye', 'good bye', 'goodbye everyone', 'bye everyone', 'farewell', 'this is goodbye'],
  zh: ['再见了', '永别', '别了', '再会了', '再會了', '告别'],
  ko: ['안녕히 계세요', '안녕히 계십시오', '잘 있어', '잘 있어요', '작별', '마지막 인사'],
  vi: ['tạm biệt', 'vĩnh biệt', 'giã từ', 'từ biệt'],
  ne: ['अलविदा', 'बिदा', 'alvida', 'alwida', 'bidaa', 'bida$'],
  tl: ['paalam', 'goodbye', 'good bye'],
  pt: ['adeus', 'me despeço', 'tchau a todos', 'tchau pra todos'],
  id: ['selamat tinggal', 'pamit', 'sampai jumpa di kehidupan'],
};
/** …with a child, a pet or a parent handed over to others ("please look after my cat", «cuidem da minha filha»). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ENTRUSTED: Lists = {
  ja: cross(['娘', '息子', '子ども', '子供', 'こども', '猫', 'ねこ', 'ネコ', '犬', 'いぬ', 'イヌ', '母', '父', 'はは', 'ちち', 'ペット', 'むすめ', 'むすこ', '両親', '親', 'この子', 'このこ'], ['をお願いします', 'をおねがいします', 'をお願い', 'をおねがい', 'をよろしく', 'を頼みます', 'をたのみます', 'を頼む', 'をたのむ', 'のことを頼', 'のことをたの', 'のこと頼', 'のことたの', 'のことをお願い', 'のことをおねがい', 'のことお願い', 'のことおねがい', 'のことよろしく']),
  en: cross(['look after', 'take care of', 'care for', 'watch over'], ['my cat', 'my cats', 'my dog', 'my dogs', 'my pet', 'my daughter', 'my son', 'my kids', 'my children', 'my baby', 'my little girl', 'my little boy', 'my mum', 'my mom', 'my dad', 'my mother', 'my father', 'my parents', 'my grandma', 'my grandmother'], ' '),
  zh: [...cross(['帮我照顾', '请照顾', '替我照顾', '拜托照顾', '麻烦照顾', '照顾好'], ['我女儿', '我儿子', '我孩子', '孩子', '我的猫', '我家猫', '我的狗', '我家狗', '我妈', '我爸', '我父母', '爸妈', '猫', '狗']), ...cross(['我女儿', '我儿子', '我孩子', '孩子', '我的猫', '我的狗', '我妈', '我爸', '我父母'], ['就拜托', '拜托你们', '拜托大家', '交给你们', '交给你了', '托付给'])],
  ko: cross(['딸', '아들', '아이', '애들', '아이들', '고양이', '강아지', '엄마', '아빠', '부모님', '어머니', '아버지'], ['을 부탁', '를 부탁', ' 부탁해', ' 부탁합니다', ' 부탁드', '을 잘 부탁', '를 잘 부탁', ' 잘 부탁', ' 좀 돌봐', '을 돌봐', '를 돌봐', ' 잘 돌봐']),
  vi: cross(['chăm sóc', 'trông', 'lo cho', 'nuôi giúp', 'chăm giúp', 'chăm'], ['con gái tôi', 'con trai tôi', 'con tôi', 'các con tôi', 'con gái em', 'con trai em', 'con em', 'mèo của tôi', 'chó của tôi', 'con mèo', 'con chó', 'mẹ tôi', 'bố tôi', 'bố mẹ tôi', 'mẹ em', 'bố mẹ em', 'con gái', 'con trai'], ' '),
  ne: cross(['छोरीको', 'छोराको', 'बच्चाको', 'आमाको', 'बुबाको', 'बिरालोको', 'कुकुरको', 'chhoriko', 'chhorako', 'bachchako', 'aamako', 'buwako', 'biraloko', 'kukurko'], [' ख्याल राख', ' हेरचाह', ' khyal rakh', ' herchaha']),
  tl: cross(['alagaan niyo', 'alagaan nyo', 'alagaan mo', 'pakialagaan', 'ingatan niyo', 'ingatan mo', 'kayo na bahala sa', 'ikaw na bahala sa'], ['anak ko', 'ang anak ko', 'mga anak ko', 'si baby', 'ang pusa ko', 'pusa ko', 'aso ko', 'ang aso ko', 'si mama', 'si papa', 'si nanay', 'si tatay'], ' '),
  pt: cross(['cuidem', 'cuida', 'cuide', 'cuidem bem', 'cuida bem', 'tomem conta', 'toma conta', 'olhem por', 'olha por'], ['da minha filha', 'do meu filho', 'dos meus filhos', 'das minhas filhas', 'do meu gato', 'da minha gata', 'dos meus gatos', 'do meu cachorro', 'da minha cachorra', 'da minha mãe', 'do meu pai', 'dos meus pais', 'do meu bebê', 'dos meus bichos', 'da minha filhinha', 'do meu filhinho'], ' '),
  id: cross(['titip', 'tolong jaga', 'tolong rawat', 'jagain', 'rawat'], ['anakku', 'anak saya', 'anak aku', 'anak anakku', 'kucingku', 'kucing saya', 'kucing aku', 'anjingku', 'ibuku', 'ibu saya', 'ayahku', 'bapak saya', 'orang tuaku'], ' '),
};

// biome-ignore format: each language's words stay on one line, easy to read side by side
const PASS_26_C3: readonly Concept[] = [
  {
    // A wish not to live written in a learner's grammar: "dont want live anymore", "no want living", «não quero mas
    // viver», 「いきるしたくない」, «ko mún sống nữa», «ayoko na buhay». (A place or a person to live with stays a
    // housing question: "no want live in this share house".)
    name: 'the wish not to live, in broken grammar',
    signal: 'suicide',
    words: {
      ja: { say: ['生きるしたくない', 'いきるしたくない', '生きるたくない', 'いきるたくない', '生きたいない', 'いきたいない', '生きたいじゃない', 'いきたいじゃない', '生きるのしたくない', 'いきるのしたくない', 'もう生きるない', 'もういきるない', '生きるもういや', 'いきるもういや', 'もう生きるいや', 'もういきるいや', '生きたくありません', 'いきたくありません', 'もう生きない', 'もういきない'] },
      en: {
        say: ['dont want live anymore', 'dont want live any more', 'dont want live no more', 'dont want live more', 'no want live', 'not want live anymore', 'not want live any more', 'not want living', 'no want living', 'dont want living anymore', 'dont wanna live anymore', 'no wanna live', 'no more want live', 'not wanting live', 'me want die', 'want die already', 'i want die', 'i wan die', 'i wanna die already', 'dont want life anymore', 'no want life anymore'],
        idioms: ['want live in', 'want live with', 'want live here', 'want live there', 'want live alone', 'want live together', 'want living in', 'want living with', 'want living here', 'want living alone', 'want living together'],
      },
      zh: { say: ['不要活了', '不要活下去', '不想要活', '不想再活', '不要再活', '不想生活下去', '不想活下去了', '不要生活了'] },
      ko: { say: ['안 살고 싶어', '안 살고 싶다', '살고 안 싶', '살기 안 싶', '살고싶지않', '살고 싶지 않아요', '살고 싶지 않다', '살고 싶지가 않'] },
      vi: { say: ['không muốn sống', 'hok muốn sống nữa', 'hông muốn sống nữa', 'k muốn sống nữa', 'ko mún sống nữa', 'không mún sống', 'chẳng muốn sống nữa', 'ko muon song nua', 'khong muon song nua', 'k muon song nua'] },
      ne: { say: ['bachna man lagdaina', 'bachna mann lagdaina', 'bachnu man chaina', 'bachnu mann chhaina', 'jiuna mann chhaina', 'jiuna man lagdaina', 'बाँच्न मन लाग्दैन', 'बाँच्नु मन छैन'] },
      tl: { say: ['ayoko na buhay', 'ayaw ko na buhay', 'ayoko na mabuhay pa', 'ayaw na mabuhay', 'ayoko nang mabuhay', 'di ko na gusto mabuhay', 'hindi ko na gusto mabuhay', 'ayoko na mag buhay', 'ayaw ko nang mabuhay'] },
      pt: { say: ['não quero mas viver', 'nao quero mas viver', 'não quero mais vive', 'nao quero mais vive', 'não quero viver mas', 'nao quero viver mas', 'nao kero mais viver', 'não kero mais viver', 'nao quero mai viver', 'não quero mai viver', 'não quero mais vivir', 'nao quero mais vivir', 'não quero vive mais', 'nao quero vive mais', 'não quero mais viva', 'nao quero mais viva', 'não quer mais viver', 'nao quer mais viver eu'] },
      id: { say: ['tidak mau hidup lagi', 'ga mau hidup lagi', 'gamau hidup lagi', 'gk mau hidup lagi', 'udah gak mau hidup', 'tak mau hidup lagi', 'ogah hidup lagi', 'nggak mau hidup lagi', 'gak mau hidup lg', 'ga mau hidup lg'] },
    },
  },
  {
    // A goodbye that hands a child, a pet or a parent over to others: «adeus, cuidem da minha filha», "goodbye, please
    // look after my cat", 「さようなら 娘をお願いします」. A trip with the cat left to a friend has no goodbye ("I'm going
    // on a trip, please look after my cat") and stays quiet.
    name: 'a goodbye that entrusts a child, a pet or a parent to others',
    signal: 'suicide',
    words: inEachLanguage((lang) => ({
      pairs: [{ reach: near(lang, 30, 90), acrossSentences: 2, a: GOODBYE_SAID[lang], b: ENTRUSTED[lang] }],
    })),
  },
];

// ── pass 27: the wish, the pills and "tonight I end it all" typed in the Latin alphabet ──
/**
 * Learners and travellers without a keyboard for their script type the wish in Latin letters: pinyin («wo bu xiang
 * huo le»), romanised Korean («jukgo sipeo», «yak moa nwasseo»), romaji («shinitai»), romanised Nepali («bachera
 * kei kaam chhaina», «aaja raati sabai khatam garchhu»). Never a bare syllable that is a common word elsewhere
 * (pinyin «xiang si» is also lovesickness and «xiang si kao», to think; «sabai khatam» alone is finishing one's work).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TONIGHT_NE = ['aaja raati', 'aaja rati', 'aja rati', 'aja raati', 'aaja raat', 'aaja beluka', 'आज राति', 'आज बेलुका'];
// biome-ignore format: each language's words stay on one line, easy to read side by side
const END_IT_ALL_NE = ['sabai khatam gar', 'sab khatam gar', 'sabai sakaunchhu', 'sabai sakauchhu', 'sabai antya gar', 'सबै खतम गर', 'सबै सकाउँछु', 'सबै अन्त्य गर'];
const PASS_27: readonly ConceptExtension[] = [
  {
    name: 'a wish to die or pills put by, typed in Latin letters (pinyin, romanised Korean, romaji, romanised Nepali)',
    into: 'a wish to die or disappear, misspelt or in text-speak',
    words: {
      ja: {
        say: [
          'shinitai',
          'shinitai desu',
          'shi ni tai',
          'kietai',
          'kie tai',
          'ikitakunai',
          'iki takunai',
          'jisatsu shitai',
          'jisatsushitai',
          'shinde shimaitai',
          'shinda hou ga',
        ],
      },
      zh: {
        say: [
          'bu xiang huo le',
          'bu xiang huo$',
          'buxiang huo',
          'bu xiang zai huo',
          'bu xiang huo xia qu',
          'bu xiang huoxiaqu',
          'huo bu xia qu le',
          'huo bu xiaqu le',
          'huobuxiaqu',
          'xiang zi sha',
          'xiang zisha',
          'yao zi sha',
          'zhun bei zi sha',
          'xiang yi liao bai liao',
        ],
      },
      ko: {
        say: [
          'jukgo sip',
          'jugo sip',
          'juggo sip',
          'jukko sip',
          'jukgo ship',
          'jugo ship',
          'jukko ship',
          'jukgosip',
          'jugosip',
          'salgi sileo',
          'salgi sirheo',
          'salgi silta',
          'sarajigo sip',
          'sarajigo ship',
          'jasal hago sip',
          'jasalhago sip',
          'jugeo beorigo sip',
          'jugeobeorigo sip',
        ],
        pairs: [
          {
            reach: 20,
            a: ['yak mani', 'yageul', 'yak da', 'sumyeonje', 'sumyeonjereul', 'suymyeonje'],
            b: [
              'moa nwass',
              'moa nwat',
              'moa dwoss',
              'moa dwot',
              'moasseo',
              'mowasseo',
              'moa noh',
              'moa dueo',
              'moa duess',
            ],
          },
        ],
      },
      ne: {
        say: [
          'bachera kei kaam chhaina',
          'bachera kei kam chhaina',
          'bachera kei kaam chaina',
          'bachera kei kam chaina',
          'bachera ke kaam',
          'bachera ke kam',
          'baachera kei kaam',
          'bachnu ko kei artha chhaina',
          'bachnuko kei artha chaina',
          'jiunu ko kei artha chhaina',
          'बाँचेर केही काम छैन',
          'बाँचेर के काम',
          'बाँच्नुको केही अर्थ छैन',
        ],
        pairs: [{ reach: 30, a: TONIGHT_NE, b: END_IT_ALL_NE }],
      },
    },
  },
];

// biome-ignore format: each language's words stay on a few lines, easy to read side by side
export const SUICIDE_CONCEPTS: readonly Concept[] = extendConcepts([
  {
    name: 'a wish to die, disappear, not wake up or not exist',
    signal: 'suicide',
    words: {
      ja: {
        // Japanese typed in Latin letters (romaji), as on a phone without a Japanese keyboard or by someone
        // who speaks it but does not write kana: the same wish to die or disappear, "better off gone", a
        // burden that should vanish, that the kana lists know («boku ga inaku natta hou ga zettai raku da
        // yo ne», "mou shinitai", "kietai"). Hepburn and the common shortened spellings, spaced or joined.
        // The other languages' Latin forms are in their own concepts (romanised Nepali, Vietnamese without
        // diacritics folds to the same words); a figure of speech («shinu hodo isogashii», «hazukashikute
        // shinitai») stays quiet as in kana.
        say: [ 'shinitai', 'shini tai', 'sinitai', 'shinitaku natta', 'shinitaku naru', 'shinde shimaitai', 'shindeshimaitai', 'shinou kana', 'shinou ka na', 'shinou to omou', 'shinou to omotte', 'shinu tsumori', 'shinu kakugo', 'shinu houhou', 'shinu hoho', 'raku ni shineru', 'raku ni shinitai',
          'kietai', 'kiete shimaitai', 'kieteshimaitai', 'kiete nakunaritai', 'kiete naku naritai', 'jisatsu shitai', 'jisatsu shiyou', 'jisatsu shiyo', 'jisatsu suru', 'jisatsu wo kangae', 'jisatsu o kangae', 'jisatsu kangae', 'jisatu',
          'ikitakunai', 'ikite itakunai', 'ikiteitakunai', 'ikiteru imi ga nai', 'ikiteru imi nai', 'ikite iru imi ga nai', 'ikiru imi ga nai', 'ikiru imi nai', 'umarete konakereba', 'umaretekonakereba',
          'inaku naritai', 'inakunaritai', 'inaku natta hou ga', 'inakunatta hou ga', 'inaku natta hoo ga', 'watashi sae inakereba', 'boku sae inakereba', 'ore sae inakereba', 'jibun sae inakereba', 'atashi sae inakereba',
          'mou owari ni shitai', 'zenbu owari ni shitai', 'jinsei owari ni shitai', 'kubi wo tsuru', 'kubi o tsuru', 'kubitsuri', 'tobiori jisatsu', 'densha ni tobikomi', 'densha ni tobikomou',
          '死にたく', 'しにたく', 'しんでしまいたい', 'しんじゃいたい', 'しねたらいい', 'しねたら', 'きえてしまいたい', 'きえちゃいたい', 'きえたくなる', '消えたくなる',
          'この世からいなくなり', 'このよからいなくなり', 'この世から消え', 'このよからきえ', 'いなかったことにし', '存在を消し', 'そんざいをけし', '存在したくな', 'そんざいしたくな',
          'いきてたくな', 'いきていたくありません', '生きていたくありません', 'いきるのをやめ', 'めがさめなければ', 'めざめなければ', 'あさがこなければ', '目が覚めないでほし', 'めがさめないでほし',
          '二度と目を覚まし', 'にどとめをさまし', '永遠に眠りたい', 'えいえんにねむりたい', '死を考え', 'しをかんがえ', 'しぬことをかんがえ', 'しぬことばかり', '死について考え',
          'うまれてこなければ', 'うまれてこなきゃ', 'うまれなければよかった', 'うまれてきたくなかった', 'いきてるいみ', 'いきているいみ', 'いきるいみがな', 'いきるりゆうがな', 'いきるかちがな', 'いきてるかちがな',
          '死んだ方がまし', '死んだほうがまし', 'しんだほうがまし', 'しんだほうがいい', 'しぬしかな', '死んでもかまわな', 'しんでもかまわな',
          '生きていても意味', 'いきていてもいみ', 'いきててもいみ', '生きてても意味', '誰か殺して', 'だれかころして', '殺してほしい', 'ころしてほしい',
          '自殺したい', 'じさつしたい', '希死念慮', 'きしねんりょ', 'タヒにたい', 'しにたみ',
        ],
        pairs: [ // I (not someone else) gone, and everyone at ease: «boku ga inai hou ga», «watashi nanka kietara minna raku»
          { ordered: true, reach: 6,
            a: ['watashi ga', 'watashi nanka', 'watashi wa', 'boku ga', 'boku nanka', 'boku wa', 'ore ga', 'ore nanka', 'ore wa', 'jibun ga', 'jibun nanka', 'atashi ga', 'atashi nanka', 'uchi ga'],
            b: ['inai hou ga', 'inai hoo ga', 'inaku natta hou', 'inakunatta hou', 'inaku nattara minna', 'inakunattara minna', 'inaku nattara raku', 'inakunattara raku', 'kietara raku', 'kietara minna', 'kieta hou ga', 'shindara raku', 'shindara minna', 'shineba raku', 'shinda hou ga'] },
          { reach: 40, acrossSentences: true,
            a: ['meiwaku kakeru dake', 'meiwaku kakete bakari', 'meiwaku bakari', 'meiwaku shika kake', 'meiwaku wo kakeru dake', 'jama mono', 'jamamono', 'yakutatazu', 'yaku tatazu', 'yakkai mono', 'onimotsu', 'o nimotsu', 'ashide matoi', 'ashidematoi'],
            b: ['inaku natta', 'inakunatta', 'inaku nareba', 'inakunareba', 'inai hou', 'inai hoo', 'kietara', 'kiereba', 'kieta hou', 'shindara', 'shinda hou', 'shineba', 'kono yo kara', 'inakereba'] },
          { ordered: true, reach: 3,
            a: ['消えてしま', 'きえてしま', '消えちゃ', 'きえちゃ', 'いなくなってしま', 'いなくなっちゃ', '死んでしま', 'しんでしま', '死んじゃ', 'しんじゃ', '永遠に眠', 'えいえんにねむ'],
            b: ['いたい', 'おう', 'おうか', 'いたく'] },
          { ordered: true, reach: 3, a: ['消え', 'きえ', 'いなくな', '居なくな', '死ぬ', 'しぬ', '死な', 'しな'], b: ['るべき', 'べきだ', 'なければならな', 'なきゃいけな'] },
          { ordered: true, reach: 3, a: ['死んでしま', 'しんでしま', '死んじゃ', 'しんじゃ'], b: ['えたら', 'えれば', 'えば', 'ったら楽', 'ったららく'] },
          { ordered: true, reach: 6, a: ['目が覚め', 'めがさめ', '目覚め', 'めざめ', '朝が来', 'あさがこ', '明日が来', 'あしたがこ'], b: ['なければいい', 'なきゃいい', 'ないでほし', 'なくていい', 'ないといい', 'なければ楽', 'なければらく'] },
        ],
        idioms: ['shinu hodo', 'shinuhodo', 'shinu kurai', 'hazukashikute shini', 'hazukashii shini', 'hazukashisugite shini', 'warai shinu', 'waraishinu', 'warai jinu', 'waraijinu', 'shinu ka to omotta', 'shinu kato omotta', 'jisatsu no nyuusu', 'jisatsu no nyusu', 'jisatsu boushi', 'jisatsu boshi'],
      },
      en: {
        say: [
          'want my life to end', 'want my life to be over', 'wish my life would end', 'wish my life was over', 'wish it was all over', 'want out of this life', 'want out of life',
          'hope i dont wake up', 'hope i never wake up', 'pray i dont wake up', 'praying not to wake up', 'praying i dont wake', 'dont care if i die', 'dont care if i live or die', 'wouldnt mind dying',
          'wouldnt mind if i died', 'wouldnt care if i died', 'want to stop living', 'stop being alive', 'wish i wasnt alive', 'wish i werent alive', 'wish i wasnt born',
          'wish id never been born', 'wish i had never been born', 'shouldnt be alive', 'sick of being alive', 'sick of living', 'exhausted from living', 'no point being alive', 'no point in being alive',
          'why am i even alive', 'why bother living', 'why keep living', 'why even live', 'point of being alive', 'wish a car would hit me', 'hope a car hits me', 'wish something would kill me',
          'thought of killing myself', 'thinking of killing myself', 'thinking about killing myself', 'thinking about ending it', 'thinking of ending it', 'think about ending it', 'thoughts of ending it',
          'thoughts of suicide', 'off myself', 'end myself', 'sewerslide', 'disappear for good', 'vanish for good', 'vanish forever', 'not exist anymore', 'cease to exist',
          'wish i could fall asleep and', 'wish i could just not exist', 'dont want to exist anymore', 'dont want to be alive anymore', 'would be better dead', 'id be better dead', 'be better off dead',
        ],
        pairs: [
          { ordered: true, reach: 16,
            a: ['i wish i', 'i want to', 'i just want to', 'i hope i', 'i would rather', 'id rather', 'part of me wants to', 'i kind of want to', 'i kinda want to', 'sometimes i want to', 'i really want to', 'i wanna', 'i keep wanting to', 'i feel like i want to', 'i just wanna', 'i often want to'],
            b: ['die$', 'be dead', 'not exist', 'stop existing', 'not wake up', 'never wake up', 'vanish', 'not be alive', 'end my life', 'end it all', 'fall asleep and', 'sleep forever', 'go to sleep forever', 'not be here anymore'] },
        ],
        idioms: ['die at home', 'die in my own home', 'die in my own bed', 'die peacefully', 'die in peace', 'die of embarrassment', 'die laughing'],
      },
      zh: {
        say: [
          '真想死', '想死了', '我活够了', '我活腻了', '我已经活够了', '还不如死', '倒不如死', '死掉算了', '死掉就好', '想死掉', '一死了之', '想从这个世界消失', '从这个世界上消失', '从世界上消失', '希望自己不存在',
          '希望我不存在', '明天不要醒', '别让我醒来', '不想再醒', '想一直睡下去', '永远睡下去', '生不如死', '不想活下去', '了结自己', '死的念头', '轻生的念头', '有死的想法', '想死的想法',
          '想离开这个世界', '想离开人世', '不想再活', '活着好没意思', '活着真没意思', '不想在这个世界', '要是能死就好', '能死就好了', '死了就解脱', '死了就轻松', '死了一了百了',
          // «应该死» holds the curse «该死» (damn): the writer asking whether she should die is no curse
          '我应该死', '我是不是应该死', '是不是应该去死', '我是不是该死', '应该死了算了', '我该死了算了', '我就该死', '我本来就该死', '我活该去死',
        ],
        pairs: [
          { ordered: true, reach: 1, a: ['好想', '真想', '很想', '只想', '宁愿', '干脆'], b: ['死了', '去死', '死掉', '消失', '不存在', '永远睡', '一了百了', '离开人世', '离开人间'] },
          { ordered: true, reach: 4, a: ['希望', '但愿', '巴不得'], b: ['自己消失', '自己死', '我死', '我消失', '我不存在', '自己不存在', '永远不醒', '不要醒来', '睡着就不醒'] },
        ],
      },
      ko: {
        say: [
          '죽었으면 좋겠', '차라리 죽었으면', '그냥 죽고', '그냥 죽었으면', '세상에서 사라지', '존재하고 싶지 않', '존재하지 않았으면', '안 태어났으면', '눈을 안 떴으면', '눈 뜨고 싶지 않',
          '내일이 안 왔으면', '내일이 오지 않았으면', '살 자신이 없', '사는 게 싫', '사는게 싫', '삶을 포기', '생을 마감', '극단적인 생각', '스스로 목숨', '나쁜 생각을 하게', '나쁜 생각이 들', '나쁜 생각만',
          '죽고 싶다는 생각', '살기싫', '없어지고싶', '죽어버리고싶', '죽어 버리고 싶', '사라져버리고 싶', '영원히 잠들고', '잠들어서 안 깼', '살아있기 싫', '살아 있기 싫',
        ],
        pairs: [{ ordered: true, reach: 8, a: ['죽고', '사라지고', '없어지고', '죽어 버리고', '죽어버리고', '없어져 주고', '사라져 주고', '없어져 버리고', '사라져 버리고'], b: ['싶어', '싶다', '싶어요', '싶습니다', '싶은', '싶을', '싶네'] }],
      },
      vi: {
        say: [
          // «chết thật» alone is an interjection (oh no!); wanting it «thật» is no interjection
          'muốn chết thật', 'thật sự muốn chết', 'thật lòng muốn chết',
          'chết cho rồi', 'chết đi cho rồi', 'thà chết', 'ước gì mình chết', 'ước gì tôi chết', 'ước gì em chết', 'ước gì không tỉnh', 'ước gì mình không tồn tại', 'mong mình không tỉnh dậy',
          'không muốn sống tiếp', 'sống chẳng để làm gì', 'sống để làm gì', 'sống cũng vô nghĩa', 'ý nghĩ tự tử', 'ý định tự tử', 'muốn tự tử', 'muốn giải thoát khỏi cuộc đời', 'không còn thiết tha sống',
          'buông xuôi tất cả', 'chỉ muốn chết', 'muốn chết quá', 'muốn được chết', 'muốn ngủ mãi', 'ngủ một giấc không dậy', 'muốn biến mất khỏi', 'biến mất khỏi thế giới', 'không muốn tồn tại nữa',
        ],
        pairs: [{ ordered: true, reach: 12, a: ['tôi muốn', 'em muốn', 'mình muốn', 'chỉ muốn', 'thật sự muốn', 'rất muốn'], b: ['chết$', 'biến mất', 'không tồn tại', 'không tỉnh dậy', 'ngủ mãi', 'kết thúc cuộc đời', 'chấm dứt cuộc đời'] }],
      },
      ne: {
        say: ['maarna man', 'maarna mann', 'morna man', 'morna mann', 'marna mon', 'maridin man', 'maridin mann', 'maridinu man', 'maridinu mann', 'marideen man', 'marideen mann', 'marideenu man', 'marideenu mann', 'mare hunthyo', 'mareko bhaye hunthyo', 'mareko bhae hunthyo', 'marna paae hunthyo', 'marna pae hunthyo', 'marna paye hunthyo', 'nauthhe hunthyo', 'nauthe hunthyo', 'nauthhe hunthiyo', 'nauthe hunthiyo', 'naujhe hunthyo', 'nabyujhe hunthyo', 'nauthhne gari', 'nauthne gari', 'naujhine gari', 'naubhne gari', 'kahile pani nauthh', 'kahile pani nauth', 'kahile pani naujh', 'sadhai ko lagi sut', 'sadhai sutna', 'sadhaiko lagi sut', 'haraauna man', 'haraauna mann', 'harauna man', 'harauna mann', 'gaayab huna man', 'gaayab huna mann', 'gayab huna man', 'gayab huna mann', 'jyaan faal', 'jyaan fal', 'jyaan phaal', 'jyaan phal', 'jyan faal', 'jyan fal', 'jyan phaal', 'jyan phal', 'sansaar chhod', 'sansaar chod', 'sansaar xod', 'sansar chhod', 'sansar chod', 'sansar xod', 'yo sansaar ma nabha', 'yo sansar ma nabha', 'jindagi sakaau', 'jindagi sakau', 'jindagi sakaaun', 'jindagi sakaun', 'baacera ke garnu', 'baacera k garnu', 'bacera ke garnu', 'bacera k garnu', 'baachera ke garnu', 'baachera k garnu', 'bachera ke garnu', 'bachera k garnu', 'bachnu ko ke artha', 'bachnu ko k artha', 'baacnu ko ke artha', 'baacnu ko k artha', 'bacnu ko ke artha', 'bacnu ko k artha', 'baacnuko ke artha', 'baacnuko k artha', 'bacnuko ke artha', 'bacnuko k artha', 'jiwan ko ke artha', 'jiwan ko k artha', 'jeevan ko ke artha', 'jeevan ko k artha', 'jindagi ko ke artha', 'jindagi ko k artha', 'jiuna man chhaina', 'jiuna man chaina', 'jiuna man xaina', 'jiuna mann chhaina', 'jiuna mann chaina', 'jiuna mann xaina', 'aatmahatya garna', 'atmahatya garna', 'jisatsu garna man', 'jisatsu garna mann', 'jisatsu garchu', 'jisatsu garchhu', 'jisatsu garxu', 'jisatsu garne bichar', 'jisatsu garne soch', 'jisatsu garu ki', 'jisatsu garum ki', 'जिसात्सु गर्छु', 'marnu nai ramro', 'marnu nai thik', 'marnu ramro', 'marnu thik', 'mari dinchhu', 'mari dinchu', 'mari dinxu', 'maridinchhu', 'maridinchu', 'maridinxu', 'ma janmanu nai', 'janmanai nahune', 'janmanu nai nahune', 'sakinchhu$', 'sakinchu$', 'sakinxu$', 'sakinu thik', 'sakinu ramro', 'marna jaadai', 'marna jaandai', 'marna jandai', 'marna jadai', 'mari jaaun$', 'mari jaun$', 'marijaaun$', 'marijaun$', 'marijaau$', 'marijau$', 
          'मरिदिन मन', 'मरे हुन्थ्यो', 'मरेको भए हुन्थ्यो', 'मर्न पाए हुन्थ्यो', 'बाँचिरहन मन छैन', 'बाँच्ने रहर छैन', 'जिउने रहर छैन', 'हराउन मन', 'गायब हुन मन', 'संसारबाट हराउन',
          'नउठे हुन्थ्यो', 'नब्युँझे हुन्थ्यो', 'सधैं सुतिरहन', 'आत्महत्या गर्न मन', 'आत्महत्याको सोच', 'जीवन समाप्त', 'ज्यान फाल्न', 'मर्ने इच्छा', 'बाँच्नुको के अर्थ', 'बाँचेर के काम',
          'marna man', 'marna mann', 'marna chahanchu', 'marna chahanchhu', 'marna paye hunthyo', 'bachna man chaina', 'bachna mann chaina', 'bachna man chhaina', 'jiuna man chaina', 'atmahatya', 'aatmahatya',
        ],
        pairs: [{ ordered: true, reach: 12, a: ['marna', 'maarna', 'marne', 'maridina', 'haraauna', 'harauna', 'haraaune', 'haraune'], b: ['man$', 'mann$', 'mon$', 'chahanchhu', 'chahanchu', 'chahanxu', 'chaahanchhu', 'chaahanchu', 'chaahanxu', 'ichhaa chh', 'ichhaa laag', 'ichhaa lag', 'ichhaa ch', 'ichhaa x', 'icchhaa chh', 'icchhaa laag', 'icchhaa lag', 'icchhaa ch', 'icchhaa x', 'icchha chh', 'icchha laag', 'icchha lag', 'icchha ch', 'icchha x', 'icchaa chh', 'icchaa laag', 'icchaa lag', 'icchaa ch', 'icchaa x', 'iccha chh', 'iccha laag', 'iccha lag', 'iccha ch', 'iccha x', 'icxaa chh', 'icxaa laag', 'icxaa lag', 'icxaa ch', 'icxaa x', 'icxa chh', 'icxa laag', 'icxa lag', 'icxa ch', 'icxa x', 'ichha chh', 'ichha laag', 'ichha lag', 'ichha ch', 'ichha x', 'ichaa chh', 'ichaa laag', 'ichaa lag', 'ichaa ch', 'ichaa x', 'icha chh', 'icha laag', 'icha lag', 'icha ch', 'icha x', 'ixaa chh', 'ixaa laag', 'ixaa lag', 'ixaa ch', 'ixaa x', 'ixa chh', 'ixa laag', 'ixa lag', 'ixa ch', 'ixa x', 'bichar aau', 'bichar aay', 'bichar aaun', 'bichar aauchh', 'bichar aachh', 'bichar aach', 'bichar aax', 'bichar aauch', 'bichar aaux', 'bicaar aau', 'bicaar aay', 'bicaar aaun', 'bicaar aauchh', 'bicaar aachh', 'bicaar aach', 'bicaar aax', 'bicaar aauch', 'bicaar aaux', 'vichar aau', 'vichar aay', 'vichar aaun', 'vichar aauchh', 'vichar aachh', 'vichar aach', 'vichar aax', 'vichar aauch', 'vichar aaux', 'soch aau', 'soch aay', 'soch aaun', 'soch aauchh', 'soch aachh', 'soch aach', 'soch aax', 'soch aauch', 'soch aaux', 'soc aau', 'soc aay', 'soc aaun', 'soc aauchh', 'soc aachh', 'soc aach', 'soc aax', 'soc aauch', 'soc aaux', 'sochai aau', 'sochai aay', 'sochai aaun', 'sochai aauchh', 'sochai aachh', 'sochai aach', 'sochai aax', 'sochai aauch', 'sochai aaux', 'socai aau', 'socai aay', 'socai aaun', 'socai aauchh', 'socai aachh', 'socai aach', 'socai aax', 'socai aauch', 'socai aaux', 'bicar aau', 'bicar aay', 'bicar aaun', 'bicar aauchh', 'bicar aachh', 'bicar aach', 'bicar aax', 'bicar aauch', 'bicar aaux', 'yojana', 'plan'] }, { ordered: true, reach: 12, a: ['baacna', 'bacna', 'baachna', 'bachna', 'baacnu', 'bacnu', 'baachnu', 'bachnu', 'jiuna', 'jeuna', 'baacirahana', 'bacirahana', 'baachirahana', 'bachirahana', 'baacne', 'bacne', 'baachne', 'bachne'], b: ['man chhaina', 'man chaina', 'man xaina', 'mann chhaina', 'mann chaina', 'mann xaina', 'man laagdaina', 'man lagdaina', 'mann laagdaina', 'mann lagdaina', 'man laagena', 'man lagena', 'mann laagena', 'mann lagena', 'chahanna', 'chahandina', 'chahdina', 'ichhaa chhaina', 'ichhaa chaina', 'ichhaa xaina', 'ichha chhaina', 'ichha chaina', 'ichha xaina', 'ichaa chhaina', 'ichaa chaina', 'ichaa xaina', 'icha chhaina', 'icha chaina', 'icha xaina', 'ixaa chhaina', 'ixaa chaina', 'ixaa xaina', 'ixa chhaina', 'ixa chaina', 'ixa xaina', 'rahar chhaina', 'rahar chaina', 'rahar xaina'] }, { ordered: true, reach: 12, a: ['jindagi', 'jiwan', 'jeevan', 'jiban', 'yo jiu'], b: ['sakaau', 'sakau', 'sakaaun', 'sakaun', 'sakaidin', 'antya gar', 'ant gar', 'khatam gar', 'tungyaa', 'tungya'] }, 
          { ordered: true, reach: 12, a: ['मर्न', 'मरिदिन', 'हराउन', 'मर्ने'], b: ['मन लाग्', 'मन छ', 'चाहन्छु', 'चाहान्छु', 'इच्छा छ', 'सोच आउँछ', 'विचार आउँछ'] },
          { ordered: true, reach: 12, a: ['बाँच्न', 'जिउन', 'बाँच्ने', 'जिउने'], b: ['मन छैन', 'मन लाग्दैन', 'चाहन्न', 'चाहँदिन', 'रहर छैन', 'इच्छा छैन'] },
        ],
      },
      tl: {
        say: [
          'gusto ko na lang mamatay', 'sana patay na lang ako', 'sana patay na ako', 'mas gusto ko pang mamatay', 'ayoko na mabuhay', 'ayaw ko na mabuhay', 'di ko na gustong mabuhay',
          'hindi ko na gustong mabuhay', 'pagod na akong mabuhay', 'ayoko nang magising', 'sana hindi na ako magising', 'sana di na ako magising', 'gusto ko nang maglaho', 'maglaho na lang',
          'wala nang saysay ang buhay ko', 'walang kwenta ang buhay ko', 'walang kuwenta ang buhay ko', 'tapusin ang buhay ko', 'kitilin ang buhay', 'kikitilin ko', 'kitilin ko', 'gusto ko na mawala sa mundo',
        ],
        pairs: [
          { ordered: true, reach: 12, a: ['gusto ko', 'gusto kong', 'parang gusto ko', 'gustong gusto ko', 'gusto ko na lang'], b: ['mamatay', 'maglaho', 'hindi na magising', 'di na magising', 'matulog habambuhay', 'mawala na lang'] },
          { ordered: true, reach: 8, a: ['ayoko nang', 'ayoko na', 'ayaw ko nang', 'ayaw ko na', 'hindi ko na gustong'], b: ['mabuhay', 'gumising', 'magising'] },
        ],
      },
      pt: {
        say: [
          'queria estar morto', 'queria estar morta', 'quero estar morto', 'quero estar morta', 'preferia estar morto', 'preferia estar morta', 'preferia morrer', 'prefiro morrer', 'melhor morrer',
          'vontade de sumir', 'sumir pra sempre', 'sumir para sempre', 'desaparecer para sempre', 'desaparecer pra sempre', 'não queria acordar', 'não quero acordar', 'queria não acordar', 'dormir e não acordar',
          'dormir para sempre', 'dormir pra sempre', 'não aguento mais viver', 'cansado de viver', 'cansada de viver', 'cansei de viver', 'não quero mais viver', 'não quero viver', 'não vale a pena viver',
          'sem sentido viver', 'tirar minha vida', 'tirar a minha vida', 'tirar a própria vida', 'vou me matar', 'quero me matar', 'pensei em me matar', 'penso em me matar', 'vontade de me matar', 'queria me matar',
          'acabar com a minha vida', 'acabar com minha vida', 'dar fim à minha vida', 'dar um fim na minha vida', 'desistir de viver', 'desisti de viver', 'pensamentos suicidas', 'me suicidar',
          'deixar de existir', 'parar de existir', 'não existir mais', 'morrer dormindo', 'queria sumir do mundo',
        ],
        pairs: [{ ordered: true, reach: 12, a: ['eu queria', 'eu quero', 'só quero', 'só queria', 'tenho vontade de', 'dá vontade de', 'queria poder', 'quero poder'], b: ['morrer', 'sumir', 'desaparecer', 'não existir', 'não acordar', 'dormir para sempre', 'dormir pra sempre'] }],
      },
      id: {
        say: [
          'mending mati', 'mau mati saja', 'mau mati aja', 'pengin mati', 'kepengen mati', 'pingin mati', 'pengen mati aja', 'pengen menghilang', 'pengen hilang', 'ingin hilang dari dunia', 'hilang dari dunia ini',
          'tidak mau bangun lagi', 'gak mau bangun lagi', 'nggak mau bangun lagi', 'gak mau hidup lagi', 'nggak mau hidup lagi', 'ga mau hidup lagi', 'gak pengen hidup', 'nggak pengen hidup', 'bosan hidup',
          'akhiri hidup', 'mengakhiri nyawa', 'bundir', 'berharap saya mati', 'berharap aku mati', 'semoga saya mati', 'semoga aku mati', 'semoga tidak bangun', 'tidak ada gunanya hidup', 'buat apa hidup',
          'untuk apa hidup', 'ngapain hidup', 'ingin tidak ada', 'pengen tidak ada', 'tidak ingin ada lagi',
        ],
        // (and in Javanese: «pengen ilang wae», «pengin mati ae», «arep modar»)
        pairs: [{ ordered: true, reach: 12, a: ['saya ingin', 'aku ingin', 'saya mau', 'aku mau', 'pengen', 'pingin', 'pengin', 'kepengen', 'kepingin', 'rasanya ingin', 'arep', 'kate'], b: ['mati$', 'ilang wae', 'ilang ae', 'ilang selamanya', 'ilang soko donya', 'ilang dari dunia', 'mati wae', 'mati ae', 'modar', 'ngilang wae', 'ngilang aja', 'menghilang', 'tidak ada lagi', 'tidak bangun lagi', 'tidur selamanya', 'mengakhiri hidup'] },
          // better if I just weren't here: «mending aku ga ada aja», «lebih baik saya tidak ada saja»
          { ordered: true, reach: 8,
            a: ['mending aku', 'mending saya', 'mendingan aku', 'mendingan saya', 'mending gue', 'mending gw', 'lebih baik aku', 'lebih baik saya', 'lebih baik gue', 'sebaiknya aku', 'sebaiknya saya'],
            b: ['ga ada aja', 'gak ada aja', 'nggak ada aja', 'enggak ada aja', 'ngga ada aja', 'tidak ada saja', 'tidak ada aja', 'ga usah ada', 'gak usah ada', 'nggak usah ada', 'tidak usah ada', 'tiada$', 'ga pernah lahir', 'gak pernah lahir', 'nggak pernah lahir', 'tidak pernah lahir', 'tidak pernah dilahirkan', 'ga ada di dunia', 'gak ada di dunia', 'tidak ada di dunia'] }],
      },
    },
  },
  {
    name: 'being a burden, others better off without me',
    signal: 'suicide',
    words: {
      ja: {
        say: [
          'わたしさえいなければ', 'じぶんさえいなければ', 'ぼくさえいなければ', 'おれさえいなければ', '私なんかいない方が', 'わたしなんかいないほうが', '生きているだけで迷惑', '生きてるだけで迷惑', 'いきているだけでめいわく',
          'いきてるだけでめいわく', '存在が迷惑', 'そんざいがめいわく', 'いるだけで迷惑', 'いるだけでめいわく', '家族の重荷', 'かぞくのおもに', '生きる価値のない人間', '生きる資格がな', 'いきるしかくがな',
        ],
        pairs: [
          { reach: 14,
            a: ['厄介者', 'やっかいもの', '役立たず', 'やくたたず', '邪魔者', 'じゃまもの', '要らない人間', 'いらない人間', 'いらないにんげん', '穀潰し', 'ごくつぶし', '迷惑ばかり', 'めいわくばかり', '迷惑しかかけ', 'めいわくしかかけ', '迷惑かけるだけ', 'めいわくかけるだけ', '迷惑をかけるだけ', 'めいわくをかけるだけ', 'お荷物', 'おにもつ', '足を引っ張', 'あしをひっぱ'],
            b: ['消え', 'きえ', 'いなくな', 'いない方が', 'いないほうが', '死', 'しに', 'しぬ', 'この世', 'このよ', '生きてる意味', '生きている意味', '長くない方が', 'ながくないほうが', '長生きしない方が', 'ながいきしないほうが', '長生きせん方が', '早よ逝', 'はよい', '早く逝', 'はやくい'] },
        ],
      },
      en: {
        say: [
          'nothing but a burden', 'only a burden', 'just a burden to', 'burden to everyone', 'burden on everyone', 'im such a burden', 'im a burden to', 'waste of space', 'waste of oxygen',
          'dont deserve to live', 'dont deserve to be alive', 'dont deserve to exist', 'world would be better without me',
        ],
        pairs: [
          { reach: 40, a: ['burden', 'dead weight', 'drag on everyone'], b: ['disappear', 'vanish', 'not be here', 'wasnt here', 'werent here', 'gone for good', 'off without me', 'die$'] },
          { ordered: true, reach: 24, a: ['better off without', 'happier without', 'easier without'], b: ['like me', 'useless', 'failure', 'waste of'] },
        ],
      },
      zh: {
        say: ['我就是个累赘', '我是累赘', '我是个累赘', '我是负担', '我只是负担', '我只会拖累', '只会给大家添麻烦', '活着只会拖累', '不配活着', '我不配活'],
        pairs: [{ reach: 12, a: ['累赘', '负担', '拖累', '添麻烦', '包袱'], b: ['消失', '去死', '死了算', '不在了', '走了算了', '一了百了', '离开这个世界'] }],
      },
      ko: {
        say: ['나는 짐일 뿐', '저는 짐일 뿐', '짐밖에 안 되', '짐만 되', '짐이 될 바에', '짐덩어리', '민폐만', '살 자격이 없', '없어져야 할', '없어지는 게 낫', '사라지는 게 낫', '없는 게 나아'],
        pairs: [{ reach: 24, a: ['짐덩어리', '민폐', '폐를 끼', '부담만'], b: ['없어지', '사라지', '죽어', '죽을', '죽는'] }],
      },
      vi: {
        say: ['chỉ là gánh nặng', 'tôi chỉ là gánh nặng', 'em chỉ là gánh nặng', 'chỉ làm khổ mọi người', 'không đáng sống', 'không xứng đáng được sống', 'không có tôi mọi người'],
        pairs: [{ reach: 32, a: ['gánh nặng', 'làm khổ', 'vướng bận', 'của nợ'], b: ['biến mất', 'chết$', 'ra đi', 'không còn trên đời', 'không có tôi', 'không có em'] },
          // «tôi nghĩ mình đi sớm thì chúng nó đỡ khổ»: going early (dying) so the children suffer less
          { ordered: true, reach: 24, a: ['mình đi sớm thì', 'tôi đi sớm thì', 'em đi sớm thì', 'tui đi sớm thì', 'già này đi sớm', 'mình đi trước thì', 'tôi đi trước thì', 'mình chết sớm', 'tôi chết sớm', 'em chết sớm', 'tui chết sớm', 'mình đi cho rồi', 'tôi đi cho rồi'], b: ['chúng nó đỡ', 'các con đỡ', 'con cái đỡ', 'con cháu đỡ', 'mọi người đỡ', 'gia đình đỡ', 'con tôi đỡ', 'con đỡ', 'nó đỡ', 'đỡ khổ cho', 'nhẹ gánh', 'đỡ gánh', 'khỏi phải lo cho'] }],
      },
      ne: {
        say: ['ma bojh', 'bojh matra', 'sabai ko bojh', 'sabko bojh', 'jindagi bojh', 'bojh bhaye', 'bojh bane', 'म बोझ मात्र', 'बोझ मात्र हुँ', 'सबैको बोझ', 'बाँच्न लायक छैन', 'बाँच्ने योग्य छैन', 'म नभए सबै', 'मेरो कारण सबैलाई दुःख'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['ma nabha', 'ma nai nabha', 'ma haraae', 'ma harae', 'ma haraaye', 'ma haraye', 'ma nahuda', 'ma nahunda', 'ma narahe', 'ma marepachh', 'ma marepach', 'ma marepax', 'ma mare pachh', 'ma mare pach', 'ma mare pax', 'ma mare$', 'ma mare bhane', 'ma marey'], b: ['sajilo', 'sukha', 'sukhi', 'khusi', 'khushi', 'thik cal', 'thik chal', 'ramro hun', 'farak pard', 'pharak pard', 'kasailai', 'kasai lai', 'koi lai', 'bujhchhau', 'bujhchau', 'bujhxau', 'bujhlas', 'bujhne chhau', 'bujhne chau', 'bujhne xau'] }, { reach: 32, a: ['बोझ', 'भार', 'दुःख मात्र'], b: ['हराउँ', 'मर्छु', 'मर्न', 'नभए', 'नरहे', 'गएपछि'] }],
      },
      tl: {
        say: ['pabigat lang ako', 'pabigat ako sa', 'pasanin lang ako', 'hindi ako karapat dapat mabuhay', 'di ako dapat mabuhay', 'mas mabuti kung wala na ako', 'mas masaya sila kung wala ako'],
        pairs: [{ reach: 32, a: ['pabigat', 'pasanin', 'perwisyo'], b: ['mawala', 'mamatay', 'wala na ako', 'maglaho', 'kung wala ako'] }],
      },
      pt: {
        say: ['sou um peso', 'só sou um peso', 'sou um fardo', 'só atrapalho', 'seriam mais felizes sem mim', 'estariam melhor sem mim', 'vão ficar melhor sem mim', 'não mereço viver', 'não mereço estar viva', 'não mereço estar vivo'],
        pairs: [{ reach: 32, a: ['um peso', 'um fardo', 'um estorvo', 'só atrapalho', 'só dou trabalho'], b: ['sumir', 'morrer', 'desaparecer', 'sem mim', 'não existisse'] }],
      },
      id: {
        say: ['saya cuma beban', 'aku cuma beban', 'saya hanya beban', 'aku hanya beban', 'hanya jadi beban', 'cuma jadi beban', 'lebih baik tanpa saya', 'lebih baik tanpa aku', 'tidak pantas hidup', 'gak pantas hidup', 'nggak pantas hidup'],
        pairs: [{ reach: 32, a: ['jadi beban', 'cuma beban', 'hanya beban', 'menyusahkan semua', 'merepotkan semua'], b: ['menghilang', 'pergi selamanya', 'mati$', 'tiada', 'tidak ada lagi'] }],
      },
    },
  },
  {
    name: 'pills gathered, an overdose planned',
    signal: 'suicide',
    words: {
      ja: {
        say: ['すいみんやくをあつめ', 'くすりをあつめ', 'odしよう', 'odするつもり', 'オーバードーズしよう', '全部飲んで死', 'ぜんぶのんでしぬ', 'ぜんぶのんでしに', '飲んで死のう', 'のんでしのう'],
        pairs: [
          { ordered: true, reach: 10,
            a: ['薬', 'くすり', '睡眠薬', 'すいみんやく', '眠剤', '錠剤', '安定剤', '市販薬', '処方薬', '痛み止め', '風邪薬'],
            b: ['集めて', '集めた', 'あつめて', 'あつめた', '全部飲も', 'ぜんぶのも', '一気に飲も', 'いっきにのも', 'まとめて飲も', 'まとめてのも', '一度に飲も', 'いちどにのも', '全部飲みた', 'ぜんぶのみた', '全部飲んで死', 'ぜんぶのんでし'] },
        ],
      },
      en: {
        say: ['saved up my pills', 'been saving my pills', 'saving up my pills', 'saved my pills', 'hoarding pills', 'hoarding my pills', 'collecting pills', 'collecting my pills', 'stash of pills', 'pills stashed', 'take every pill', 'swallow all my pills', 'swallow them all', 'overdose on purpose', 'planning to overdose', 'going to overdose', 'gonna overdose', 'want to overdose'],
        pairs: [
          { ordered: true, reach: 32,
            a: ['pills', 'tablets', 'meds', 'medication', 'sleeping pills', 'painkillers', 'paracetamol', 'tylenol', 'insulin', 'antidepressants'],
            b: ['stockpil', 'hoard', 'stashed', 'take them all', 'take all of them', 'swallow them all', 'enough to kill', 'enough to die', 'enough to not wake', 'all at once tonight'] },
          { ordered: true, reach: 24, a: ['going to take', 'gonna take', 'i will take', 'planning to take', 'want to take', 'thinking of taking', 'thinking about taking'], b: ['all my pills', 'all my meds', 'all the pills', 'the whole bottle', 'the whole box', 'all of them at once', 'every pill'] },
        ],
      },
      zh: {
        say: ['攒了安眠药', '攒安眠药', '攒药', '囤了安眠药', '囤药', '偷偷攒', '攒够了药', '把药全吃', '吃药自杀', '药都攒着', '存了一瓶安眠药', '吃完所有的药', '把所有的药都吃', '所有的药都吃掉', '吃光所有的药', '把药全部吃完', '一次吃完所有药'],
        pairs: [{ ordered: true, reach: 6, a: ['安眠药', '药片', '药'], b: ['攒', '囤', '收集', '全吃', '全部吃掉', '一起吃掉', '一口气吃', '全吞'] }],
      },
      ko: {
        say: ['수면제를 모아', '약 다 모았', '약 충분히 모았', '약 모아놨', '약 모아 놨', '약을 모아 두', '약을 모아두', '약을 모으고', '모아둔 약', '모아 둔 약', '모아놓은 약', '모아 놓은 약', '수면제 한 통', '약을 사 모', '수면제를 잔뜩', '약을 한 번에 다', '한꺼번에 먹으려'],
        pairs: [{ ordered: true, reach: 12, a: ['수면제', '약을', '알약', '진통제', '신경안정제'], b: ['모아', '모으', '모았', '쌓아', '한꺼번에 먹', '다 먹으', '다 삼키', '한 번에 먹'] }],
      },
      vi: {
        say: ['tích trữ thuốc', 'gom thuốc', 'gom đủ thuốc', 'tích đủ thuốc', 'gom được đủ thuốc', 'dành đủ thuốc', 'để dành thuốc ngủ', 'gom thuốc ngủ', 'uống cả vỉ', 'uống cả lọ', 'uống hết lọ', 'uống hết vỉ', 'uống một lúc hết', 'sẽ uống hết thuốc', 'định uống hết'],
        // (kept aside, as people spell it: «cất dành được cũng nhiều», «để giành», «dành dụm»; not merely stored, «cất giữ ở tủ»)
        pairs: [{ ordered: true, reach: 40, a: ['thuốc ngủ', 'thuốc an thần', 'thuốc giảm đau', 'viên thuốc'], b: ['tích trữ', 'gom', 'để dành', 'để giành', 'cất dành', 'cất giành', 'dành dụm', 'giành dụm', 'dành được', 'giành được', 'tích được', 'tích lại', 'dồn lại', 'uống hết', 'uống một lần', 'uống một lúc'] }],
      },
      ne: {
        say: ['nindra ko aushadhi jamma', 'sleeping pill jamma', 'aushadhi jamma gar', 'ausadhi jamma gar', 'chakki jamma gar', 'औषधि जम्मा गरेको', 'औषधि जम्मा गर्दै', 'चक्की जम्मा', 'एकैचोटि खान्छु', 'सबै चक्की खान्छु', 'सबै औषधि खान्छु', 'निद्राको औषधि जम्मा', 'धेरै चक्की खाएर मर', 'औषधि खाएर मर'],
        pairs: [{ reach: 24, a: ['aushadhi', 'ausadhi', 'aushadi', 'ausadi', 'okhati', 'chakki', 'cakki', 'tablet', 'pill', 'goli$', 'nindra ko'], b: ['jamma gar', 'jammaa gar', 'thupaar', 'thupar', 'sangaal', 'sangal', 'ek choti khaa', 'ek choti kha', 'ekai choti', 'ek choti ma', 'eki choti', 'khaaidinchhu', 'khaaidinchu', 'khaaidinxu', 'khaidinchhu', 'khaidinchu', 'khaidinxu', 'khaaera mar', 'khaera mar', 'khaayera mar', 'khayera mar', 'khaaera sut', 'khaera sut', 'khaaera nauth', 'khaera nauth', 'khaaera naujh', 'khaera naujh'] }, { reach: 24, a: ['औषधि', 'चक्की', 'ट्याब्लेट', 'निद्राको'], b: ['जम्मा', 'सबै खान्छु', 'एकैचोटि', 'खाएर मर', 'खाएर सुत्छु'] }],
      },
      tl: {
        say: ['iniipon ko ang gamot', 'ipon na ako ng gamot', 'nakaipon na ako ng gamot', 'naipon ko na ang gamot', 'naipon ko na yung gamot', 'nag iipon ng gamot', 'ipon ng gamot', 'iipunin ko ang gamot', 'inumin lahat ng gamot', 'iinumin ko lahat', 'inumin ko lahat', 'iinumin ko ng sabay sabay', 'lunukin lahat ng gamot', 'mag overdose'],
        pairs: [{ reach: 24, a: ['gamot', 'tableta', 'pills', 'sleeping pills'], b: ['iniipon', 'inipon', 'nag iipon', 'iinumin ko lahat', 'inumin lahat', 'sabay sabay', 'lulunukin lahat'] }],
      },
      pt: {
        say: ['juntando remédio', 'juntei remédio', 'juntando comprimido', 'juntei comprimido', 'acumulando remédio', 'tomar todos os remédios', 'tomar todos os comprimidos', 'tomar a cartela inteira', 'tomar tudo de uma vez', 'tomar o vidro inteiro', 'vou tomar todos', 'overdose de propósito'],
        pairs: [{ reach: 24, a: ['remédio', 'remédios', 'comprimido', 'comprimidos', 'calmante', 'calmantes', 'tarja preta'], b: ['juntando', 'juntei', 'acumulando', 'tomar todos', 'tomar tudo', 'de uma vez só'] }],
      },
      id: {
        say: ['menimbun obat', 'mengumpulkan obat', 'udah ngumpulin obat', 'sudah ngumpulin obat', 'udh ngumpulin obat', 'nimbun obat', 'menelan semua obat', 'minum obat sekaligus', 'minum satu strip', 'minum sebotol obat', 'mau overdosis', 'sengaja overdosis'],
        pairs: [{ ordered: true, reach: 60, acrossSentences: true, a: ['obat tidur', 'obat penenang', 'pil tidur', 'butir'], b: ['ngumpulin dr', 'ngumpulin dari', 'ngumpulin sejak', 'ngumpulin obat', 'ngumpulin pil', 'kukumpulin', 'dikumpulin', 'nimbun', 'ditimbun', 'udh ada segitu', 'udah ada segitu', 'sudah ada segitu'] }, { reach: 24, a: ['obat', 'obat tidur', 'pil', 'tablet'], b: ['menimbun', 'mengumpulkan', 'kukumpulkan', 'saya kumpulkan', 'minum semua', 'telan semua'] }],
      },
    },
  },
  {
    name: 'rope, hanging',
    signal: 'suicide',
    words: {
      ja: {
        say: ['くびをつり', 'くびつり', '首つり', 'くびをくく', '首をくく', '首を括', '縊死'],
        pairs: [{ reach: 10, a: ['ロープ', 'ろーぷ', '縄', '延長コード'], b: ['ドアノブ', 'どあのぶ', '梁', '鴨居', 'かもい', '輪っか', 'わっか', '買った', '買ってあ', 'かってあ', '買いました', 'かいました', '用意した', 'よういした', '用意してあ', '死', 'しね', 'しぬ', 'しのう'] }],
      },
      en: {
        say: ['hanging myself', 'hanged myself', 'hang myself', 'tried to hang', 'thinking of hanging', 'tie a noose', 'tied a noose'],
        pairs: [{ reach: 32, a: ['rope', 'belt', 'cord', 'ligature'], b: ['around my neck', 'hold my weight', 'take my weight', 'from the beam', 'the rafters', 'tied it to', 'noose'] }],
      },
      zh: {
        say: ['想上吊', '上吊自杀', '吊死自己', '悬梁', '勒死自己', '绳子套', '套在脖子上'],
        pairs: [{ reach: 8, a: ['绳子', '麻绳'], b: ['买了', '准备好', '系在', '横梁', '门把', '脖子'] }],
      },
      ko: {
        say: ['목매', '목 매', '목을 맬', '목을 매고', '목 맬', '밧줄을 샀', '밧줄을 준비'],
        pairs: [{ reach: 16, a: ['밧줄', '로프'], b: ['샀', '사 왔', '준비', '목에', '걸었', '걸어', '묶었', '묶어', '매달'] }],
      },
      vi: {
        say: ['treo cổ', 'thắt cổ tự tử', 'thắt cổ chết', 'tự thắt cổ', 'mua dây thừng', 'chuẩn bị dây thừng'],
        pairs: [{ reach: 24, a: ['dây thừng'], b: ['treo cổ', 'thắt cổ', 'quanh cổ', 'xà nhà', 'lên xà', 'buộc lên', 'đủ chắc'] }],
      },
      ne: {
        say: ['jhundinchhu', 'jhundinchu', 'jhundinxu', 'jhundine', 'jhundiera', 'jhundiyera', 'jhundiine', 'jhundinu', 'jhundiyer', 'jhundier', 'phasi khaa', 'phasi kha', 'phaasi khaa', 'phaasi kha', 'phansi khaa', 'phansi kha', 'fasi khaa', 'fasi kha', 'faasi khaa', 'faasi kha', 'fansi khaa', 'fansi kha', 'phasi lagaa', 'phasi laga', 'phaasi lagaa', 'phaasi laga', 'phansi lagaa', 'phansi laga', 'fasi lagaa', 'fasi laga', 'faasi lagaa', 'faasi laga', 'fansi lagaa', 'fansi laga', 'paaso lagaa', 'paaso laga', 'paso lagaa', 'paso laga', 'dori kineko', 'dori kine$', 'dori kinera', 'झुण्डिएर', 'झुन्डिएर', 'झुण्डिन्छु', 'झुन्डिन्छु', 'फाँसी लगा', 'पासो लगाउ', 'पासो लगाएर', 'डोरी किने', 'jhundiyera', 'paso lagaun'],
        pairs: [{ reach: 24, a: ['dori', 'paaso', 'paso', 'phansi$', 'fansi$', 'phasi$', 'fasi$'], b: ['kine', 'kinna', 'tayar', 'ghaanti', 'ghanti', 'ghati', 'ghaati', 'jhund', 'baandhe', 'bandhe', 'herera bas', 'heri bas', 'search'] }, { reach: 24, a: ['डोरी', 'पासो'], b: ['किने', 'किनेको', 'तयार', 'घाँटीमा', 'झुण्ड', 'झुन्ड', 'बाँधें'] }],
      },
      tl: {
        say: ['magbigti', 'nagbigti', 'magbibigti', 'pagbibigti', 'bibigti', 'ibibitin ko ang sarili'],
        pairs: [{ reach: 24, a: ['lubid', 'sinturon'], b: ['sa leeg', 'isabit ang sarili', 'ibitin ang sarili', 'magbigti', 'kisame'] }],
      },
      pt: {
        say: ['me enforcar', 'vou me enforcar', 'se enforcar', 'pensei em me enforcar', 'comprei uma corda'],
        pairs: [{ reach: 24, a: ['corda', 'cinto'], b: ['no pescoço', 'na viga', 'me pendurar', 'forte o suficiente', 'aguentar meu peso'] }],
      },
      id: {
        say: ['menggantung diri', 'mau gantung diri', 'gantung diri', 'siapkan tali untuk', 'siapkan tali di', 'sudah menyiapkan tali', 'sudah beli tali', 'udah nyiapin tali', 'udah siapin tali', 'udah nyiapin tambang', 'udah beli tali', 'dah beli tali'],
        pairs: [{ reach: 24, a: ['tali', 'ikat pinggang', 'sabuk'], b: ['di leher', 'ke leher', 'simpul', 'plafon', 'kuat menahan'] }],
      },
    },
  },
  {
    name: 'jumping from a height: roof, bridge, balcony, window',
    signal: 'suicide',
    words: {
      ja: {
        say: ['飛び降りたい', 'とびおりたい', '飛び降りよう', 'とびおりよう', '身投げ', 'みなげ', 'ここから落ちたら', 'ここからおちたら', '柵を乗り越えて', 'さくをのりこえて', '下を見ると吸い込', 'したをみるとすいこ'],
        pairs: [
          { reach: 10,
            a: ['屋上', 'おくじょう', 'ベランダ', '橋', 'ビル', 'マンション', '窓から', 'まどから', '高い所', '高いところ', 'たかいところ', '崖', 'がけ', '歩道橋', 'ほどうきょう', '展望台'],
            b: ['飛び降', 'とびお', '飛ぼう', 'とぼう', '飛んだら', 'とんだら', '身を投', 'みをなげ', '柵を越', '柵をこえ', 'さくをこえ', '下を見てい', 'したをみてい', '死ね', 'しね', '楽にな', 'らくにな'] },
        ],
      },
      en: {
        say: ['throw myself off', 'throw myself from', 'thinking of jumping', 'thought about jumping', 'want to jump off', 'going to jump off', 'gonna jump off', 'thinking about jumping'],
        pairs: [
          { ordered: true, reach: 24, a: ['how high', 'how many floors', 'what floor', 'which floor', 'how tall'], b: ['to die', 'kill', 'be fatal', 'is fatal', 'not survive', 'wouldnt survive', 'die$'] },
          { reach: 32, a: ['balcony', 'rooftop', 'roof$', 'bridge', 'ledge', 'cliff', 'top floor', 'window', 'overpass', 'parapet', 'floor flat', 'floor window', 'floor balcony'], b: ['jump off', 'jump from', 'over the edge', 'over the railing', 'the drop', 'end it', 'let myself fall', 'step off', 'letting go', 'let go', 'let myself go', 'think about falling', 'thinking about falling'] },
        ],
      },
      zh: {
        say: ['从楼上跳下', '从桥上跳下', '想跳下去', '纵身一跃', '跳下去算了', '跳下去就解脱', '跳下去就结束'],
        pairs: [{ ordered: true, reach: 8, a: ['几楼', '多高', '几层', '楼层'], b: ['会死', '死得了', '能死', '摔死', '必死'] },
          // «想干脆从阳台下去算了», «从天台下去一了百了», «不如从窗户出去»: going down or out from a height, with «算了» (and be done
          // with it), an end or a burden spared; or wished outright (「干脆从阳台跳」). (Going down the stairs to the yard has no such end.)
          { ordered: true, reach: 4, a: ['从阳台', '从露台', '从天台', '从楼顶', '从顶楼', '从屋顶', '从楼上', '从窗户', '从窗口', '从窗台', '从桥上', '喺露台', '由露台', '由天台', '由窗口'],
            b: ['下去算了', '下去了断', '下去一了百了', '下去就解脱', '下去就轻松', '下去就好了', '下去就不用', '下去省得', '下去死', '出去算了', '跳出去', '跳落去', '跳落嚟', '一跃而下', '往下跳算了', '下去就唔使', '落去算'] },
          { ordered: true, reach: 4, a: ['干脆从', '真想从', '好想从', '不如从', '索性从', '想死从', '宁愿从'], b: ['阳台下去', '阳台跳', '露台跳', '天台下去', '天台跳', '楼顶下去', '楼顶跳', '顶楼跳', '窗户下去', '窗户跳', '窗口跳', '楼上下去', '楼上跳', '桥上跳'] }],
      },
      ko: {
        say: ['투신', '뛰어내릴', '뛰어내리고 싶', '뛰어내려 버리', '난간을 넘어가', '몸을 던지'],
        pairs: [
          { reach: 16, a: ['몇 층', '얼마나 높'], b: ['죽', '죽을', '죽나', '죽어'] },
          { reach: 16, a: ['옥상', '다리 위', '베란다', '난간', '창문', '아파트'], b: ['뛰어내리', '몸을 던', '떨어지고 싶'] },
        ],
      },
      vi: {
        say: ['gieo mình', 'nhảy từ tầng', 'nhảy khỏi cầu', 'nhảy từ sân thượng', 'nhảy từ trên cầu'],
        pairs: [
          { reach: 24, a: ['tầng mấy', 'cao bao nhiêu', 'độ cao'], b: ['chết$', 'sẽ chết', 'mới chết'] },
          { reach: 24, a: ['sân thượng', 'ban công', 'cây cầu', 'mái nhà', 'tầng thượng', 'tòa nhà'], b: ['nhảy xuống', 'lao xuống', 'gieo mình', 'rơi xuống cho'] },
        ],
      },
      ne: {
        say: ['ham fal', 'ham faal', 'ham phal', 'ham phaal', 'haam fal', 'haam faal', 'haam phal', 'haam phaal', 'hamfal', 'hamfaal', 'hamphal', 'hamphaal', 'haamfal', 'haamfaal', 'haamphal', 'haamphaal', 'tala haam', 'tala ham', 'tala khasera mar', 'khasera marchhu', 'khasera marchu', 'khasera marxu', 'हाम फाल्छु', 'हामफाल्छु', 'हाम फाल्न', 'हामफाल्न', 'माथिबाट हाम', 'छतबाट हाम', 'पुलबाट हाम', 'भीरबाट हाम', 'ham falchu', 'ham falna'],
        pairs: [{ reach: 24, a: ['chhat', 'xat', 'chhaat', 'chaat', 'rooftop', 'pul ma', 'pul bata', 'pulma', 'bridge', 'bhir', 'aglo building'], b: ['ubhi', 'ubhe', 'tala her', 'kinar', 'khaschhu', 'khaschu', 'khasxu', 'khasna', 'jharchhu', 'jharchu', 'jharxu', 'jhardina'] }, { reach: 24, a: ['balcony', 'balkoni', 'jhyaal', 'jhyal'], b: ['tala her', 'tala haam', 'tala ham', 'khaschhu', 'khaschu', 'khasxu', 'khasna man', 'khasna mann', 'jharchhu', 'jharchu', 'jharxu', 'sakiyos'] }, { reach: 24, a: ['छत', 'पुल', 'भीर', 'झ्याल', 'बाल्कोनी', 'अग्लो'], b: ['हाम', 'फाल्छु', 'खस्छु', 'झर्छु', 'खसेर मर'] }],
      },
      tl: {
        say: ['tumalon sa tulay', 'magpatihulog', 'ihulog ang sarili', 'tumalon sa building', 'tumalon sa gusali', 'tatalon sa tulay', 'tatalon sa building'],
        pairs: [{ reach: 24, a: ['tulay', 'bubong', 'rooftop', 'building', 'gusali', 'bintana', 'balkonahe', 'bangin', 'mataas na lugar'], b: ['tumalon', 'tatalon', 'magpatihulog', 'ihulog ang sarili', 'ihagis ang sarili'] }],
      },
      pt: {
        say: ['vou me jogar', 'quero me jogar', 'pensei em me jogar', 'me jogo da', 'me jogo do', 'vou me atirar', 'me atirar da', 'me atirar do', 'vou pular da', 'vou pular do'],
        pairs: [{ reach: 24, a: ['ponte', 'prédio', 'viaduto', 'janela', 'sacada', 'varanda', 'telhado', 'laje', 'andar$', 'terraço'], b: ['me jogar', 'pular', 'me atirar', 'me jogo', 'cair lá embaixo'] }],
      },
      id: {
        say: ['terjun dari', 'menjatuhkan diri', 'terjun dari gedung', 'lompat dari gedung', 'lompat dari jembatan'],
        pairs: [{ reach: 24, a: ['jembatan', 'gedung', 'atap', 'lantai atas', 'balkon', 'tebing', 'jendela', 'rooftop'], b: ['lompat', 'melompat', 'terjun', 'menjatuhkan diri', 'loncat'] }],
      },
    },
  },
  {
    name: 'in front of a train',
    signal: 'suicide',
    words: {
      ja: {
        say: ['電車に飛び込', 'でんしゃにとびこ', 'ホームから飛び', 'ほーむからとび', '線路に飛び', 'せんろにとび', '電車に轢かれたい', 'でんしゃにひかれたい', '列車に飛び込', '踏切に飛び込'],
        pairs: [{ reach: 10, a: ['電車', 'でんしゃ', '列車', '快速', '特急', 'ホーム', 'ほーむ', '線路', 'せんろ', '踏切', 'ふみきり'], b: ['飛び込', 'とびこ', '身を投', 'みをなげ', '吸い込', 'すいこ', '轢かれたい', 'ひかれたい', '入ったら楽', '飛び出したら', 'とびだしたら'] }],
      },
      en: {
        say: ['in front of a train', 'under a train', 'in front of the train', 'under the train', 'onto the tracks', 'onto the track'],
        pairs: [
          { reach: 32, a: ['train', 'tracks', 'platform', 'subway', 'railway'], b: ['throw myself', 'step in front', 'walk in front', 'lie down on', 'jump in front'] },
          // "when the train comes I feel like jumping", "the urge to jump as it pulls in" (not a train caught at a
          // jump, a queue or a turnstile jumped: see the idioms)
          { reach: 40, acrossSentences: 1, a: ['the train', 'a train', 'next train', 'the trains', 'trains come', 'trains go', 'trains pass', 'the tracks', 'platform', 'subway', 'railway', 'the metro', 'the tube'],
            b: ['feel like jumping', 'felt like jumping', 'feel like jump', 'get the urge to jump', 'got the urge to jump', 'have the urge to jump', 'tempted to jump', 'temptation to jump', 'thinking of jumping', 'thought of jumping', 'thinking about jumping', 'thought about jumping', 'i want to jump', 'i wanna jump', 'i wanted to jump', 'i could just jump', 'could just jump', 'should just jump', 'i might jump', 'id jump', 'take one step forward', 'one step forward', 'step off the edge', 'step off the platform'] },
        ],
        idioms: ['jump on the', 'jump on a', 'jump on board', 'jump aboard', 'jump onto the train', 'jump onto a train', 'jump in the car', 'jump off at', 'jump off the train at', 'jumping on the', 'jump the queue', 'jump the line', 'jump the turnstile', 'jump ship', 'jump at the chance', 'jump to conclusions', 'jump for joy', 'jumping for joy', 'jump up and down', 'jumping up and down', 'jump in line', 'jump in the queue', 'jump in puddles', 'jump in every puddle', 'jump in the puddle', 'jump on the trampoline', 'jump in the pool', 'jump into the pool', 'jump higher', 'jump rope', 'high jump', 'long jump'],
      },
      zh: { say: ['跳轨', '冲向火车', '撞火车', '跳到铁轨', '躺在铁轨', '跳下站台', '被火车撞死'], pairs: [{ reach: 8, a: ['铁轨', '站台', '火车', '地铁', '轨道'], b: ['跳下', '跳进', '冲向', '躺在', '卧'] }] },
      ko: {
        say: ['선로에 뛰어', '열차에 뛰어', '지하철에 뛰어들', '철로에 뛰어'],
        pairs: [{ reach: 16, a: ['선로', '철로', '지하철', '기차', '열차', '전철', '승강장'], b: ['발이 앞으로', '몸이 앞으로', '못 멈출 것', '뛰어들', '뛰어내', '몸을 던', '투신', '점프해 버릴', '점프해버릴'] }],
        // (a train boarded at a run: «지하철에 뛰어 탔어요»)
        idioms: ['뛰어 탔', '뛰어서 탔', '뛰어 타', '뛰어서 타', '뛰어가서 탔', '뛰어내려서 갈아', '뛰어내렸다가'],
      },
      vi: {
        say: ['lao vào tàu', 'nằm lên đường ray', 'nhảy vào đường ray', 'lao đầu vào tàu'],
        pairs: [{ reach: 24, a: ['tàu hỏa', 'đường ray', 'đường tàu', 'xe lửa', 'tàu điện', 'sân ga', 'tàu đến', 'tàu tới', 'tàu chạy qua', 'tàu vào ga', 'tàu điện ngầm'], b: ['lao vào', 'nhảy vào', 'nằm lên', 'nằm ra', 'lao đầu', 'nhảy xuống', 'lao ra', 'lao xuống', 'nhảy ra'] }],
        // (a train boarded: «nhảy lên tàu»)
        idioms: ['nhảy lên tàu', 'nhảy lên xe', 'nhảy xuống ga', 'nhảy tàu đi', 'tàu...nhảy lên'],
      },
      ne: { say: ['train aauda haam', 'train aauda ham', 'train agadi haam', 'train agadi ham', 'train ko agadi', 'rel agadi', 'gaadi muni', 'gadi muni', 'car le haane hunthyo', 'car le hane hunthyo', 'gaadi le haane hunthyo', 'gaadi le hane hunthyo', 'gadi le haane hunthyo', 'gadi le hane hunthyo', 'le haane hunthyo', 'le hane hunthyo', 'रेलमा हाम', 'रेल अगाडि हाम', 'ट्रेन अगाडि हाम', 'गाडीमुनि पर्छु', 'गाडीमा ठोकिन्छु'], pairs: [{ reach: 24, a: ['train', 'rail', 'railway', 'track', 'platform', 'rel$'], b: ['haam', 'ham', 'agadi haam', 'agadi ham', 'kinar', 'tira sar', 'najik gayera ubhi', 'ubhinchhu', 'ubhinchu', 'ubhinxu', 'tira jaanchhu', 'tira jaanchu', 'tira jaanxu', 'tira janchhu', 'tira janchu', 'tira janxu',
        // «jump garu jasto lagchha»: the English verb in a Nepali sentence (not «jump garera chadhe», jumped on board)
        'jump garu', 'jump garum', 'jump garun', 'jump garau', 'jump garna man', 'jump garna mann', 'jump garna mon', 'jump garne man', 'jump garne mann', 'jump garne bichar', 'jump garne soch', 'jump garchu', 'jump garchhu', 'jump garxu', 'jump gardinchu', 'jump gardinchhu', 'jump gardinxu', 'jump garidinchu', 'jump garidinchhu', 'jump gari dinchu', 'jump garu jasto', 'jump handinchu', 'jump hanu'] }, { reach: 24, a: ['रेल', 'ट्रेन', 'रेलवे', 'प्लेटफर्म', 'प्लेटफार्म'], b: ['हाम फाल', 'अगाडि हाम', 'मुनि पस', 'ठोकिएर मर', 'जम्प गरूँ', 'जम्प गरुँ', 'जम्प गर्न मन', 'जम्प गर्छु', 'जम्प गरिदिन्छु'] }],
        // (where one must stand to board, a train boarded at a jump)
        idioms: ['ubhinu parchha', 'ubhinu parcha', 'ubhinu parxa', 'jump garera chadh', 'jump garera chad'] },
      tl: {
        say: ['tumalon sa riles', 'sa harap ng tren', 'magpasagasa', 'pasagasa sa', 'magpapasagasa', 'tumalon sa tren'],
        pairs: [{ reach: 24, a: ['tren', 'riles', 'mrt', 'lrt', 'platform', 'istasyon'], b: ['tumalon', 'tatalon', 'ihagis ang sarili', 'magpasagasa', 'mag jump', 'magjump', 'mag-jump', 'talon na lang', 'tumalon na lang'] }],
        // (a train caught at a jump before the doors close)
        idioms: ['tumalon ako sa tren bago', 'tumalon sa tren bago', 'tumalon papasok sa tren', 'tumalon para makasakay', 'tumalon para umabot', 'nag jump sa tren bago'],
      },
      pt: {
        say: ['na frente do trem', 'na frente do metrô', 'me jogar nos trilhos', 'me jogar na frente', 'me jogar embaixo', 'me jogar debaixo'],
        pairs: [{ reach: 24, a: ['trem', 'metrô', 'trilhos', 'linha do trem', 'caminhão', 'ônibus', 'plataforma'], b: ['me jogar', 'pular na frente', 'deitar nos', 'me atirar', 'vontade de pular', 'vontade de saltar', 'pular nos trilhos', 'pular na linha', 'pensando em pular', 'penso em pular'] }],
        // (a turnstile jumped, a train caught, joy)
        idioms: ['pular a catraca', 'pular a roleta', 'pulei a catraca', 'pular de alegria', 'pular dentro do trem', 'pular pra dentro do', 'pulei no trem antes', 'pular no trem antes', 'pular essa parte', 'pular a fila', 'pular a vez'],
      },
      id: {
        say: ['menabrakkan diri', 'tabrakkan diri', 'lompat ke rel', 'berbaring di rel'],
        pairs: [{ reach: 24, a: ['kereta', 'rel$', 'krl', 'mrt', 'peron'], b: ['lompat', 'menabrakkan diri', 'terjun', 'berbaring di', 'pengen loncat', 'ingin loncat', 'kepikiran loncat', 'kepengen loncat', 'loncat ke rel', 'nyebur ke rel', 'jump$'] }],
        // (a train caught at a jump before the doors close)
        idioms: ['loncat ke kereta sebelum', 'lompat ke kereta sebelum', 'loncat masuk kereta', 'lompat masuk kereta', 'loncat masuk', 'lompat masuk', 'lompat ke dalam kereta', 'loncat ke dalam kereta', 'loncat antrian', 'lompat antrian', 'loncat aja antrian', 'lompat aja antrian', 'loncat antre'],
      },
    },
  },
  {
    name: 'drowning: walking into the sea or a river',
    signal: 'suicide',
    words: {
      ja: {
        say: ['入水', 'じゅすい', '川に飛び込', 'かわにとびこ', '海に飛び込', 'うみにとびこ', '海に身を', 'うみにみを', '川に身を', 'かわにみを'],
        pairs: [{ ordered: true, reach: 6, a: ['海', 'うみ', '川', '湖', 'みずうみ', 'ダム', '水の中', 'みずのなか'], b: ['沈みたい', 'しずみたい', '沈んでしま', 'しずんでしま', '身を投', 'みをなげ', '消えたい', 'きえたい', '入っていきた', 'はいっていきた', '歩いていきた', 'あるいていきた', '飛び込みた', 'とびこみた'] }],
      },
      en: {
        say: ['walk into the sea', 'walk into the ocean', 'walk into the river', 'walk into the lake', 'drown myself', 'drowning myself', 'let myself drown', 'let the water take me', 'let the sea take me', 'let the waves take me'],
        pairs: [{ reach: 32, a: ['walk into the', 'wade into the', 'walk out into the', 'swim out', 'go into the water'], b: ['and not come back', 'and never come back', 'until i cant', 'and disappear', 'and sink', 'and drown', 'forever'] }],
      },
      zh: { say: ['跳海', '跳江', '投河', '投江', '投海', '走进海里', '走进河里', '沉到水底', '淹死自己', '投湖'], pairs: [{ ordered: true, reach: 6, a: ['海', '河', '江', '湖'], b: ['跳下去', '沉下去'] }] },
      ko: {
        say: ['한강에 뛰어', '물에 빠져 죽', '바다로 걸어 들어', '강물에 몸을'],
        pairs: [{ reach: 16, a: ['한강', '강물', '바다', '강에', '호수'], b: ['걸어 들어', '빠져 죽', '몸을 던', '가라앉고'] }],
      },
      vi: {
        say: ['nhảy sông', 'gieo mình xuống sông', 'trầm mình', 'dìm mình', 'đi ra biển không về'],
        pairs: [{ reach: 24, a: ['sông', 'biển', 'hồ nước'], b: ['gieo mình', 'trầm mình', 'đi thẳng xuống', 'dìm mình', 'chết đuối cho'] }],
      },
      ne: { say: ['dubera marchhu', 'dubera marchu', 'dubera marxu', 'dubera marna', 'dubera marne', 'paani ma haam', 'paani ma ham', 'pani ma haam', 'pani ma ham', 'नदीमा हाम', 'खोलामा हाम', 'पानीमा डुबेर मर', 'डुबेर मर्छु', 'नदीमा फाल्छु'], pairs: [{ reach: 24, a: ['samundra', 'samudra', 'nadi', 'khola', 'taal ma', 'tal ma', 'pokhari'], b: ['haam', 'ham', 'nafark', 'naphark', 'dubera mar', 'dubna man', 'dubna mann', 'dubchhu', 'dubchu', 'dubxu'] }, { reach: 24, a: ['नदी', 'खोला', 'तलाउ', 'पोखरी', 'समुद्र'], b: ['हाम फाल', 'हामफाल', 'डुबेर मर', 'डुब्न चाहन्छु', 'फाल्छु'] }] },
      tl: {
        say: ['magpalunod', 'lunurin ang sarili', 'lulunurin ko ang sarili', 'maglakad papunta sa dagat hanggang'],
        pairs: [{ reach: 24, a: ['ilog', 'dagat', 'lawa'], b: ['lunurin ang sarili', 'magpalunod'] }],
      },
      pt: {
        say: ['me afogar', 'vou me afogar', 'entrar no mar e não voltar', 'entrar no mar até sumir'],
        pairs: [{ reach: 24, a: ['rio$', 'mar$', 'represa', 'lago', 'lagoa'], b: ['me afogar', 'entrar e não voltar', 'sumir na água'] }],
      },
      id: {
        say: ['menenggelamkan diri', 'menceburkan diri ke sungai', 'menceburkan diri ke laut', 'terjun ke sungai untuk'],
        pairs: [{ reach: 24, a: ['sungai', 'laut', 'danau', 'waduk', 'kali$'], b: ['menceburkan diri', 'menenggelamkan diri', 'tenggelam saja'] }],
      },
    },
  },
  {
    name: 'charcoal, gas, exhaust',
    signal: 'suicide',
    words: {
      ja: {
        say: ['れんたん', '七輪', 'しちりん', '硫化水素', 'りゅうかすいそ', '目張り', 'めばり', '一酸化炭素で死', '練炭自殺', 'ガス自殺'],
        pairs: [{ reach: 12, a: ['炭', 'ガス', '排気ガス', 'はいきがす'], b: ['車の中で死', '部屋を締め切', '部屋をしめき', '閉め切っ', 'しめきっ', 'ガムテープ', '目張り', 'めばり', '吸って死', 'すってしに', 'すってしぬ', '栓を開けて死', '死ねる', 'しねる'] }],
      },
      en: {
        say: ['charcoal burning', 'burn charcoal in', 'bought charcoal', 'bought the charcoal', 'got the charcoal ready', 'have the charcoal ready', 'the charcoal is ready', 'hose from the exhaust', 'exhaust pipe into', 'car running in the garage', 'seal the room', 'sealed the room', 'tape the doors', 'head in the oven', 'gas myself', 'exit bag', 'helium tank and'],
        pairs: [{ reach: 32, a: ['charcoal', 'exhaust', 'carbon monoxide'], b: ['sealed', 'seal the', 'in the car', 'in my room', 'tape', 'breathe it', 'not wake', 'end it', 'die$'] }],
        // charcoal for cooking out
        idioms: ['bbq...charcoal', 'charcoal...bbq', 'barbecue...charcoal', 'charcoal...barbecue', 'grill...charcoal', 'charcoal...grill', 'camping...charcoal', 'charcoal...camping', 'activated charcoal', 'bamboo charcoal'],
      },
      // (the charcoal named first, then bought or ready: «炭都已经买好了», 木炭准备好了 — not for a barbecue, a hotpot or camping, not a bamboo-charcoal deodoriser)
      zh: { say: ['买了炭', '买了木炭', '煤气自杀', '封住门窗', '把门窗封', '吸煤气', '车里烧炭'], pairs: [{ reach: 8, a: ['炭', '木炭', '煤气', '燃气'], b: ['自杀', '了结', '不醒', '车里烧'] }, { ordered: true, reach: 6, a: ['炭', '木炭'], b: ['买好了', '买好', '已经买了', '都买了', '买回来了', '准备好了', '备好了'] }],
        idioms: ['烧烤...炭', '烤肉...炭', '炭...烧烤', '炭...烤肉', '露营...炭', '炭...露营', '火锅...炭', '炭...火锅', 'bbq...炭', '炭...bbq', '取暖...炭', '炭...取暖', '竹炭', '活性炭', '炭烤', '炭笔'] },
      ko: {
        say: ['번개탄', '연탄을 피', '착화탄'],
        pairs: [{ reach: 16, a: ['번개탄', '연탄', '착화탄', '숯을'], b: ['샀', '사 왔', '피우', '피워', '차 안', '방에서', '문을 막', '테이프'] }],
      },
      vi: { say: ['đốt than tự tử', 'đốt than trong phòng', 'đốt than trong xe', 'mở bình ga tự tử', 'mở ga tự tử', 'hít khí ga cho'], pairs: [{ reach: 24, a: ['than hoa', 'than củi', 'đốt than'], b: ['phòng kín', 'đóng kín', 'trong xe', 'tự tử', 'chết$', 'không tỉnh'] }] },
      ne: { say: ['koila baalera', 'koila balera', 'gas kholera mar', 'gas kholera sut', 'ग्यास खोलेर मर', 'कोइला बालेर', 'बन्द कोठामा कोइला', 'ग्यास सुँघेर मर'], pairs: [{ reach: 24, a: ['koila', 'rentan'], b: ['kotha band', 'band garera', 'baalera sut', 'balera sut', 'marchhu', 'marchu', 'marxu'] }, { reach: 24, a: ['कोइला'], b: ['बन्द कोठा', 'सुँघेर', 'बालेर सुत', 'मर्छु'] }] },
      tl: { say: ['magsunog ng uling sa kwarto', 'uling sa saradong kwarto', 'langhapin ang gas para'], pairs: [{ reach: 24, a: ['uling', 'usok ng sasakyan'], b: ['saradong kwarto', 'sarado ang kwarto', 'sa loob ng kotse', 'langhapin', 'mamatay', 'hindi na magising'] }] },
      pt: { say: ['queimar carvão no', 'carvão no quarto', 'carvão no carro', 'respirar o gás até'], pairs: [{ reach: 24, a: ['carvão', 'escapamento'], b: ['trancad', 'fechado', 'no carro', 'no quarto', 'respirar', 'morrer', 'não acordar'] }] },
      id: { say: ['membakar arang di kamar', 'arang di kamar tertutup', 'menghirup asap knalpot'], pairs: [{ reach: 24, a: ['arang', 'knalpot'], b: ['kamar tertutup', 'dalam mobil', 'menghirup', 'mati$', 'tidak bangun'] }] },
    },
  },
  {
    name: 'cutting and other self-harm',
    signal: 'suicide',
    words: {
      ja: {
        say: ['アムカ', 'あむか', 'レグカ', 'りすとかっと', 'りすか', 'カミソリで腕', 'かみそりでうで', '刃を当て', 'はをあて', '血を見ると落ち着', 'ちをみるとおちつ', '自分を殴', 'じぶんをなぐ', '壁に頭を打ちつけ', 'かべにあたまをうちつけ', 'じぶんをきずつけ', '自分を傷付け', '根性焼き'],
        pairs: [
          { reach: 8, a: ['手首', 'てくび', '腕', 'うで', '太もも', 'ふともも'], b: ['切ってしま', 'きってしま', '切りたく', 'きりたく', '切っちゃ', 'きっちゃ', '傷つけ', 'きずつけ', '刻ん', 'きざん', 'カッター', 'かったー', 'カミソリ', 'かみそり', '剃刀'] },
          // in a learner's or a hurried few words, no particles: «また て きった», «わたし また うで きった とまらない»,
          // «てくび きった», «じぶん で うで きった». Again, or the wrist, or by my own hand; a finger cut while cooking,
          // hair cut by myself or a wrist cut once by glass is not said this way.
          { ordered: true, reach: 3,
            a: ['またて', 'また手', 'またてを', 'また手を', 'またてくび', 'また手首', 'またうで', 'また腕', 'またあし', 'また足', 'またふともも', 'また太もも', 'じぶんでて', 'じぶんでうで', 'じぶんでてくび', '自分で手首', '自分で腕', 'じぶんのてくび', 'じぶんのうで', '自分の手首', '自分の腕', 'てくび', 'てくびを'],
            b: ['きった', 'きって', 'きっちゃ', 'きりました', 'きりたい', '切った', '切って', '切っちゃ', '切りました', '切りたい', 'きずつけた', '傷つけた'] },
        ],
      },
      en: {
        say: ['self injur', 'self-injur', 'urge to cut', 'wanting to cut myself', 'relapsed and cut', 'scratch myself until', 'hitting myself', 'punch myself', 'punching myself', 'starving myself to'],
        pairs: [{ reach: 24, a: ['razor', 'blade', 'scissors', 'compass', 'lighter'], b: ['on my arm', 'on my wrist', 'my arms', 'my wrists', 'my thighs', 'my skin', 'on myself', 'into my arm', 'into my skin'] }],
      },
      // (cuts that keep adding up on a wrist or an arm: «手腕上的伤越割越多», «手臂上割的疤»)
      zh: { say: ['用刀划', '划自己', '自伤', '伤害我自己', '用头撞墙', '拿头撞墙', '烫自己', '割自己', '越割越多', '越划越多', '又划了几道', '又割了几道', '划了几道', '割了几道', '划了好几道', '割了好几道', '又划了一道', '又割了一道', '又划了几刀', '又割了几刀'], idioms: ['划了几道题', '划了几道线', '划了几道重点', '划了几道杠', '划了几道痕迹在车'], pairs: [{ reach: 8, a: ['刀片', '小刀', '美工刀', '剃须刀', '圆规'], b: ['划', '割', '手臂', '手腕', '大腿'] }, { reach: 8, a: ['手腕', '手臂', '胳膊', '大腿'], b: ['越割越', '越划越', '割的伤', '划的伤', '割的疤', '划的疤', '割痕', '又割', '又划'] }] },
      ko: {
        say: ['팔을 긋', '팔을 그었', '칼로 그', '몸에 상처를 내', '자해했', '자해를', '손목을 그', '허벅지를 그', '손목 긋', '손목 그었', '손목 그어', '손목 그은', '손목에 그었', '팔 그었', '허벅지 그었'],
        pairs: [{ reach: 16, a: ['커터칼', '면도칼', '칼로', '가위로'], b: ['팔을', '손목', '허벅지', '그었', '긋고', '그어'] }],
      },
      vi: {
        say: ['tự rạch', 'rạch đùi', 'rạch chân', 'cứa đùi', 'rạch cổ tay', 'cứa tay', 'cứa cổ tay', 'tự cắt tay', 'tự cắt mình', 'tự đánh mình', 'tự làm tổn thương'],
        pairs: [{ reach: 24, a: ['dao lam', 'lưỡi lam', 'dao rọc giấy', 'mảnh kính'], b: ['cổ tay', 'rạch tay', 'cứa', 'đùi', 'lên tay'] }],
      },
      ne: { say: ['haat kaatchh', 'haat kaatn', 'haat kaatda', 'haat kaatch', 'haat kaatx', 'haat katchh', 'haat katn', 'haat katda', 'haat katch', 'haat katx', 'hat kaatchh', 'hat kaatn', 'hat kaatda', 'hat kaatch', 'hat kaatx', 'hat katchh', 'hat katn', 'hat katda', 'hat katch', 'hat katx', 'haath kaatchh', 'haath kaatn', 'haath kaatda', 'haath kaatch', 'haath kaatx', 'haath katchh', 'haath katn', 'haath katda', 'haath katch', 'haath katx', 'hath kaatchh', 'hath kaatn', 'hath kaatda', 'hath kaatch', 'hath kaatx', 'hath katchh', 'hath katn', 'hath katda', 'hath katch', 'hath katx', 'haat ma kaatera', 'haat ma katera', 'hat ma kaatera', 'hat ma katera', 'haath ma kaatera', 'haath ma katera', 'kaateko daag', 'kaateko dag', 'kaateko daagh', 'kateko daag', 'kateko dag', 'kateko daagh', 'kaatne daag', 'kaatne dag', 'katne daag', 'katne dag', 'blade le kaat', 'blade le kat', 'blade chalaa', 'blade chala', 'blade le haat', 'blade le hat', 'nasa kaat', 'nasa kat', 'haat jalaauchh', 'haat jalaauch', 'haat jalaaux', 'haat jalaaunchh', 'haat jalaaunch', 'haat jalaaunx', 'haat jalauchh', 'haat jalauch', 'haat jalaux', 'haat jalaunchh', 'haat jalaunch', 'haat jalaunx', 'hat jalaauchh', 'hat jalaauch', 'hat jalaaux', 'hat jalaaunchh', 'hat jalaaunch', 'hat jalaaunx', 'hat jalauchh', 'hat jalauch', 'hat jalaux', 'hat jalaunchh', 'hat jalaunch', 'hat jalaunx', 'haath jalaauchh', 'haath jalaauch', 'haath jalaaux', 'haath jalaaunchh', 'haath jalaaunch', 'haath jalaaunx', 'haath jalauchh', 'haath jalauch', 'haath jalaux', 'haath jalaunchh', 'haath jalaunch', 'haath jalaunx', 'afai lai kaat', 'afai lai kat', 'aafai lai kaat', 'aafai lai kat', 'afailai kaat', 'afailai kat', 'aafailai kaat', 'aafailai kat', 'aafulai chot pury', 'aafailai chot pury', 'aaphulai chot pury', 'aaphailai chot pury', 'afulai chot pury', 'afailai chot pury', 'aphulai chot pury', 'aphailai chot pury', 'हात काट्छु', 'हात काटें', 'नसा काट', 'ब्लेडले हात', 'आफैंलाई काट', 'आफ्नै हात काट', 'आफूलाई हान्छु', 'haat katchu', 'nasa kat'], pairs: [{ reach: 24, a: ['blade', 'razor', 'cutter', 'lighter le', 'churot le'], b: ['haat ma', 'hat ma', 'haath ma', 'haat jal', 'hat jal', 'aafai', 'afai', 'aafno haat', 'aafno hat', 'man halka', 'mann halka'] }, { reach: 24, a: ['ब्लेड', 'चक्कु', 'छुरी'], b: ['हात काट', 'नसा', 'आफैंलाई', 'आफूलाई'] }] },
      tl: {
        say: ['laslas', 'naglalaslas', 'maglaslas', 'naglaslas', 'hiwain ang pulso', 'hiniwa ko ang braso', 'hiniwa ko ang pulso', 'sinusugatan ko ang sarili', 'sinasaktan ko ang sarili ko', 'inuuntog ko ang ulo ko',
          // Taglish: «nagcu-cutting ako ulit» (I cut myself again)
          'nagcu cutting ako', 'nagcucutting ako', 'nagka cutting ako', 'nag cutting ako', 'nagse self harm ako', 'nag self harm ako', 'nagseself harm ako'],
        pairs: [{ reach: 24, a: ['blade', 'labaha', 'cutter'], b: ['braso ko', 'pulso ko', 'hita ko', 'sugatan ang sarili', 'hiwain',
            // the blade «used on the arm» every night («yung cutter ... ginagamit ko sa braso gabi gabi»)
            'ginagamit ko sa braso', 'ginagamit ko sa pulso', 'ginagamit ko sa hita', 'ginagamit ko sa sarili', 'ginamit ko sa braso', 'ginamit ko sa pulso', 'ginamit ko sa hita', 'ginamit ko sa sarili', 'gamit ko sa braso', 'sa braso gabi gabi', 'sa braso araw araw', 'lumalalim'] },
          // I cut / slice / scratch my own arm, wrist or thigh, often «ulit» (again) between («ginugupit ko ulit braso ko»)
          { ordered: true, reach: 12, a: ['hinihiwa ko', 'hiniwa ko', 'hiniwaan ko', 'hinihiwaan ko', 'ginugupit ko', 'ginupit ko', 'ginugupitan ko', 'sinusugatan ko', 'sinugatan ko', 'nilalaslas ko', 'nilaslas ko'], b: ['braso ko', 'pulso ko', 'hita ko', 'balat ko', 'sarili ko', 'wrist ko', 'arm ko'] },
          // told of someone else: a friend, a classmate, a daughter who cuts herself
          { ordered: true, reach: 12, a: ['hinihiwa', 'hiniwa', 'sinusugatan', 'sinugatan', 'nilalaslas', 'nilaslas', 'ginugupit'], b: ['sarili nya', 'sarili niya', 'pulso nya', 'pulso niya', 'sariling braso', 'sariling pulso'] }],
      },
      pt: {
        say: ['me corto', 'me cortei', 'vou me cortar', 'quero me cortar', 'vontade de me cortar', 'cortar os pulsos', 'cortar meus pulsos', 'cortei meus pulsos', 'automutilação', 'automutilacao', 'eu me machuco', 'me machuquei de propósito', 'vontade de me machucar'],
        pairs: [{ reach: 24, a: ['lâmina', 'gilete', 'estilete'], b: ['no braço', 'no pulso', 'na coxa', 'me corto', 'me cortar', 'me cortei'] }],
      },
      id: {
        say: ['menyilet', 'nyilet', 'sayat tangan', 'menyayat tangan', 'nyayat tangan', 'nyayat lengan', 'nyayat paha', 'nyayat pergelangan', 'nyayat nadi', 'ngiris tangan sendiri', 'menyakiti diri sendiri', 'melukai diri sendiri', 'menggores tangan', 'memukul diri sendiri'],
        pairs: [{ reach: 24, a: ['silet', 'cutter', 'beling'], b: ['tangan saya', 'tanganku', 'pergelangan', 'lengan', 'paha', 'menyayat', 'menggores', 'nyayat', 'biar lega', 'supaya lega', 'biar tenang'] }],
      },
    },
  },
  {
    name: 'goodbyes and farewell letters',
    signal: 'suicide',
    words: {
      ja: {
        say: ['書き置き', 'かきおき', '置き手紙', 'おきてがみ', '最後の手紙', 'さいごのてがみ', 'お別れの手紙', 'おわかれのてがみ', 'いしょをか', 'いしょをのこ', 'いままでありがとう', 'さようならみんな', 'みんなさようなら', 'これでお別れ', 'これでおわかれ'],
        pairs: [
          { reach: 10, a: ['手紙', 'てがみ'], b: ['最後', 'さいご', 'お別れ', 'おわかれ'] },
          { reach: 12, acrossSentences: true, a: ['さようなら', 'さよなら', 'お別れ', 'おわかれ'], b: ['今まで', 'いままで', '永遠に', 'えいえんに'] },
        ],
      },
      en: {
        say: ['wrote my goodbye', 'writing my goodbye', 'goodbye note', 'saying my goodbyes', 'goodbye for good', 'goodbye forever', 'goodbye for ever'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['letter', 'letters', 'note$', 'notes$', 'video message'], b: ['goodbye', 'for when im', 'when they find', 'to find after', 'explaining why', 'forgive me', 'im sorry for everything'] }],
      },
      zh: {
        say: ['留了一封信给', '最后一封信', '绝笔', '留下遗言', '跟这个世界告别', '永别了'],
        pairs: [{ reach: 12, acrossSentences: true, a: ['永别'], b: ['谢谢', '对不起', '保重', '永远', '最后', '这辈子'] }],
      },
      ko: {
        say: ['편지를 남기고', '마지막 편지', '작별 편지', '영원히 안녕', '미안하다고 편지', '고마웠다고 편지'],
        pairs: [{ reach: 20, acrossSentences: true, a: ['잘 있어', '작별', '영원히 안녕'], b: ['마지막', '영원히', '사랑했', '미안했'] }],
      },
      vi: {
        say: ['thư từ biệt', 'thư vĩnh biệt', 'lá thư cuối', 'lời vĩnh biệt', 'chào tạm biệt mọi người lần cuối'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['vĩnh biệt', 'từ biệt'], b: ['mãi mãi', 'lần cuối', 'xin lỗi', 'kiếp sau'] }],
      },
      ne: {
        say: ['sabai lai alvida', 'sab lai alvida', 'sabailai alvida', 'alvida sab', 'alabida sab', 'antim post', 'antim message', 'antim msg', 'antim sandesh', 'antim patra', 'antim chithi', 'antim chiththi', 'antim chhithi', 'antim xithi', 'सुसाइड नोट', 'अन्तिम चिठी', 'बिदाइको पत्र', 'अन्तिम बिदा', 'सबैलाई अलविदा', 'सधैंको लागि बिदा'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['alvida', 'alavida', 'albida', 'alwida'], b: ['maaf', 'maf$', 'sorry', 'antim', 'dhanyabad', 'dhanyavad', 'dhanyawad', 'bye', 'sadhai', 'sab lai', 'sabai lai', 'sabailai', 'lekhyo', 'phone off', 'switch off'] }, { reach: 32, acrossSentences: true, a: ['sabai lai dhanyabad', 'sab lai dhanyabad', 'sabailai dhanyabad', 'sabai lai dhanyavad', 'dhanyabad sabai', 'dhanyavad sabai', 'sabai lai maaf', 'sab lai maaf'], b: ['alvida', 'bye', 'aba ', 'antim', 'dukha dinna', 'sadhai', 'maaf', 'lekhisake'] }, { reach: 32, acrossSentences: true, a: ['sab sakiyo', 'sabai sakiyo', 'sab kura sakkiyo', 'sab kura sakiyo', 'sab khatam', 'sabai khatam', 'aba sakiyo', 'aba sakdina', 'ma aba sakdina', 'antim din'], b: ['bye', 'alvida', 'maaf', 'sorry', 'antim', 'bhanidinu', 'maya gar'] }, { reach: 32, acrossSentences: true, a: ['अलविदा'], b: ['सधैं', 'अन्तिम', 'माफ', 'फेरि भेट नहोला'] }],
      },
      tl: {
        say: ['huling sulat', 'sulat ng pamamaalam', 'huling paalam', 'paalam na sa inyong lahat', 'hanggang sa muli sa kabilang buhay'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['paalam', 'pamamaalam'], b: ['patawad', 'huling', 'habambuhay', 'tuluyan'] }],
      },
      pt: {
        say: ['carta de despedida', 'bilhete de despedida', 'deixei uma carta de', 'adeus para sempre', 'adeus a todos'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['adeus', 'me despedir'], b: ['para sempre', 'última vez', 'me perdoem', 'amo vocês'] }],
      },
      id: {
        say: ['surat terakhir untuk', 'menulis surat perpisahan', 'selamat tinggal semuanya', 'selamat tinggal untuk selamanya', 'pamit untuk selamanya'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['selamat tinggal'], b: ['selamanya', 'terakhir', 'maafkan'] }],
      },
    },
  },
  {
    name: 'giving belongings away because they will not be needed',
    signal: 'suicide',
    words: {
      ja: {
        say: ['持ち物を全部あげ', 'もちものをぜんぶあげ', '身の回りを整理して', 'みのまわりをせいりして', 'しんぺんせいり', '大事なものを全部あげ', 'だいじなものをぜんぶあげ'],
        pairs: [
          { reach: 14, acrossSentences: true,
            a: ['あげた', 'あげました', '譲った', '譲りました', 'ゆずった', 'ゆずりました', '配った', 'くばった', '手放した', 'てばなした', '猫を', 'ねこを', '犬を', 'いぬを'],
            b: ['もう使わな', 'もうつかわな', 'もう要らな', 'もういらな', 'もう必要な', 'もうひつようない', '必要なくな', 'ひつようなくな', '私にはもう', 'わたしにはもう', 'もう世話をする必要', 'もうせわをするひつよう'] },
        ],
      },
      en: {
        say: ['giving my stuff away', 'gave all my stuff', 'gave away all my', 'giving away all my', 'giving away everything i own', 'gave away everything i own', 'give away my things'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['my cat', 'my dog', 'my pets', 'my pet', 'my things', 'my stuff', 'my belongings', 'my guitar', 'my jewellery', 'my jewelry'], b: ['wont need', 'wont be needing', 'where im going', 'no use to me now', 'not around anymore', 'not here anymore', 'not around any more', 'wont be around to'] }],
      },
      zh: {
        say: ['东西都送人了', '把东西都送人', '把我的东西都送', '把东西分给大家'],
        pairs: [{ reach: 16, acrossSentences: true, a: ['猫', '狗', '宠物', '东西'], b: ['用不上了', '以后用不到', '以后不需要', '我用不着了', '反正以后我也', '反正我以后也', '反正我也不在'] }],
      },
      ko: {
        say: ['물건을 다 나눠', '물건을 다 줬', '다 나눠 줬', '소지품을 다 정리'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['고양이', '강아지', '반려동물', '물건', '소지품'], b: ['필요 없', '쓸 일 없', '쓸 일이 없'] }],
      },
      vi: {
        say: ['cho hết đồ đạc', 'tặng hết đồ', 'phân chia hết đồ đạc'],
        pairs: [{ reach: 24, a: ['giữ lấy', 'cầm lấy', 'giữ luôn', 'cầm luôn', 'lấy luôn đi'], b: ['tuần sau anh không cần', 'tuần sau em không cần', 'tuần sau tôi không cần', 'tuần sau tao không cần', 'tuần sau mình không cần', 'tuần sau chị không cần'] }, { reach: 32, acrossSentences: true, a: ['con mèo', 'con chó', 'thú cưng', 'đồ đạc'], b: ['không cần nữa', 'không dùng nữa', 'không còn cần'] }],
      },
      ne: {
        say: ['सबै सामान बाँडें', 'सामान सबै दिएँ', 'मेरो सामान सबै दिइसकें'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['saman', 'laptop', 'guitar', 'jacket', 'gahana', 'sabai paisa', 'sab paisa', 'bechdiye', 'bechidiye', 'baande', 'bande', 'bandyo', 'baandyo', 'diye$', 'dinu$', 'pathaidiye'], b: ['aba chahindaina', 'aba chahidaina', 'aba chahinna', 'aba malai chahi', 'malai aba chahi', 'aba kaam chhaina', 'aba kaam chaina', 'aba kaam xaina'] }, { reach: 24, a: ['mero saman', 'mero sabai saman'], b: ['lai dinu', 'lai dinus', 'sabai timro', 'sab timro'] }, { reach: 32, acrossSentences: true, a: ['बिरालो', 'कुकुर', 'सामान', 'गहना'], b: ['चाहिँदैन', 'चाहिदैन', 'दिइसकें'] }],
      },
      tl: {
        say: ['ipinamigay ko ang mga gamit', 'ipinamigay ko lahat', 'binigay ko lahat ng gamit'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['aso ko', 'pusa ko', 'mga gamit ko', 'alaga ko', 'mga damit ko', 'naipamigay', 'ipinamigay', 'ibinigay ko na', 'binigay ko na'], b: ['hindi ko na kailangan', 'hindi ko na kakailanganin'] }],
      },
      pt: {
        say: ['doei minhas coisas', 'doei tudo que tenho', 'dei todas as minhas coisas', 'doando tudo que tenho'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['meu gato', 'meu cachorro', 'meus bichos', 'minhas coisas', 'meus pertences'], b: ['não vou mais precisar', 'não preciso mais'] }],
      },
      id: {
        say: ['membagikan semua barang', 'barang saya sudah saya bagikan'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['kucing saya', 'anjing saya', 'kucingku', 'anjingku', 'barang barang saya', 'barang saya'], b: ['tidak butuh lagi', 'tidak perlu lagi'] }],
      },
    },
  },
  {
    name: 'after I am gone, with a farewell: do not be sad, it is not your fault',
    signal: 'suicide',
    words: {
      ja: {
        pairs: [
          { reach: 30, acrossSentences: true, a: ['通帳', 'つうちょう', '印鑑', 'いんかん', '暗証番号', 'あんしょうばんごう'], b: ['あとはよろしく', '後はよろしく', 'あとはたの', '後は頼', 'あとのことは', '後のことは'] },
          { reach: 30, acrossSentences: true,
          a: ['私がいなくな', 'わたしがいなくな', '僕がいなくな', 'ぼくがいなくな', '俺がいなくな', 'おれがいなくな', '私が死んだ', 'わたしがしんだ', '私が死んでも', 'わたしがしんでも', '私がいなくても', 'わたしがいなくても'],
          b: ['悲しまないで', 'かなしまないで', '自分を責めな', 'じぶんをせめな', 'あなたのせいじゃな', 'あなたのせいではな', 'ゆるして', '許して', '探さないで', 'さがさないで', '元気でね', 'げんきでね', '幸せにな', 'しあわせにな', '泣かないで', 'なかないで'] },
        ],
      },
      en: {
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['after im gone', 'when im gone', 'once im gone', 'when im not here anymore', 'when i am gone', 'after i die', 'when i die', 'if i die', 'without me'],
          b: ['dont be sad', 'dont blame yourself', 'not your fault', 'forgive me', 'be happy without', 'move on without', 'dont cry for me', 'dont miss me', 'tonight'] }],
      },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['我走了以后', '我走之后', '我不在以后', '我不在了', '我死了以后', '我死后', '没有我以后'], b: ['不要难过', '别难过', '别伤心', '不要伤心', '不是你的错', '别怪自己', '原谅我', '好好活', '今晚', '别哭'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['내가 없어도', '제가 없어도', '내가 떠나도', '내가 죽어도', '내가 없으면', '제가 없으면', '내가 떠나면'], b: ['슬퍼하지', '울지 마', '너 때문이 아니', '네 탓이 아니', '용서해', '잘 살아', '행복하게 살', '오늘 밤'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['khi tôi không còn', 'khi em không còn', 'sau khi tôi đi', 'sau khi tôi chết', 'khi tôi chết', 'khi tôi ra đi', 'nếu tôi không còn'], b: ['đừng buồn', 'đừng khóc', 'không phải lỗi', 'tha thứ', 'sống tốt nhé', 'sống hạnh phúc', 'tối nay'] }] },
      ne: { pairs: [{ reach: 32, acrossSentences: true, a: ['म गएपछि', 'म नरहेपछि', 'म मरेपछि', 'म नभएपछि', 'म नहुँदा'], b: ['दुःखी नहुनु', 'नरुनु', 'नरोऊ', 'तिम्रो दोष होइन', 'माफ गर', 'खुसी भएर बस', 'आज राती'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['kapag wala na ako', 'pag wala na ako', 'pagkawala ko', 'pag nawala ako', 'pagkamatay ko', 'kapag namatay ako'], b: ['huwag kayong malungkot', 'wag kayong malungkot', 'huwag kang malungkot', 'wag kang umiyak', 'huwag umiyak', 'hindi mo kasalanan', 'hindi ninyo kasalanan', 'patawarin', 'maging masaya', 'mamayang gabi'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['quando eu não estiver mais', 'quando eu me for', 'depois que eu me for', 'quando eu partir', 'quando eu morrer', 'se eu morrer', 'depois que eu morrer'], b: ['não fiquem tristes', 'não fique triste', 'não chorem', 'não chore', 'não é culpa', 'me perdoem', 'me perdoa', 'sejam felizes', 'seja feliz', 'hoje à noite'] }] },
      id: { pairs: [{ reach: 32, acrossSentences: true, a: ['kalau saya sudah tidak ada', 'kalau aku sudah tidak ada', 'setelah saya pergi', 'sepeninggal saya', 'sepeninggalku', 'kalau saya mati', 'setelah saya mati', 'kalau aku mati'], b: ['jangan sedih', 'jangan menangis', 'bukan salahmu', 'bukan salah kamu', 'maafkan', 'hiduplah bahagia', 'bahagia ya', 'malam ini'] }] },
    },
  },
  {
    name: 'not here much longer, a last call',
    signal: 'suicide',
    words: {
      ja: {
        say: ['最後に声が聞きたく', 'さいごにこえがききたく', '最後にあなたと話', 'さいごにあなたとはな', 'これが最後のメッセージ', 'これがさいごのメッセージ', 'わたしはもうすぐいなく', '私はもうすぐいなく', 'もう長くはいられな', 'もうながくはいられな'],
      },
      en: {
        say: ['wont be here much longer', 'not be here much longer', 'wont be around much longer', 'wont be here for long', 'wont see me again', 'never see me again', 'this is it for me', 'see you on the other side', 'last time we talk', 'last time well talk', 'hear your voice one last', 'one last time before i go', 'wont bother anyone again', 'wont be a problem much longer'],
        pairs: [{ ordered: true, reach: 24, a: ['wont', 'will not', 'never'], b: ['see me again', 'hear from me again', 'bother anyone again', 'be a burden again'] }],
      },
      zh: { say: ['再也见不到我', '很快就不在了', '我不会在了', '不会再拖累'], pairs: [{ ordered: true, reach: 4, a: ['最后一次'], b: ['听你的声音', '跟你说话', '和你说话', '联系你们', '联系你'] }] },
      ko: { say: ['더 이상 폐 안 끼칠', '더 이상 신경 안 써도 돼', '곧 없어질 거'], pairs: [{ reach: 16, a: ['마지막으로'], b: ['목소리 듣고', '목소리가 듣고'] }] },
      vi: { say: ['sẽ không làm phiền ai nữa', 'không còn ở đây lâu nữa'], pairs: [{ reach: 24, a: ['lần cuối'], b: ['nghe giọng'] }] },
      ne: { say: ['dherai din rahanna', 'dherai din baacdina', 'dherai din bacdina', 'dherai din baachdina', 'dherai din bachdina', 'ma aba rahanna', 'aba ma rahanna', 'aba dukha dinna', 'aba dherai dukha dinna', 'aba dukkha dinna', 'kasailai dukha dinna', 'अब फेरि भेट हुँदैन', 'अब भेट हुने छैन', 'अब दुःख दिन्न', 'धेरै दिन रहन्न'], pairs: [{ reach: 16, a: ['antim choti', 'antim patak', 'aakhiri choti', 'akhiri choti', 'akhri choti', 'aakhiri patak'], b: ['bhet', 'aawaj', 'awaj', 'kura gar'] }, { ordered: true, reach: 24, a: ['raat pachh', 'raat pach', 'raat pax', 'raati pachh', 'raati pach', 'raati pax', 'bholi dekhi', 'bholi bihana'], b: ['ma hunna', 'ma rahanna', 'hunna hola'] }, { reach: 24, a: ['अन्तिम पटक', 'अन्तिमपटक'], b: ['आवाज'] }] },
      tl: { say: ['hindi na ninyo ako makikita', 'hindi mo na ako makikita', 'hindi na ako magiging abala'], pairs: [{ reach: 24, a: ['huling beses', 'sa huling pagkakataon'], b: ['marinig ang boses', 'marinig ka'] }] },
      pt: { say: ['não vão me ver mais', 'nunca mais vão me ver', 'não vou mais incomodar ninguém', 'não estarei mais aqui'], pairs: [{ reach: 24, a: ['última vez', 'uma última vez'], b: ['ouvir sua voz', 'ouvir a sua voz'] }] },
      id: { say: ['tidak akan merepotkan lagi', 'tidak akan merepotkan siapa pun lagi'], pairs: [{ reach: 24, a: ['terakhir kali', 'untuk terakhir'], b: ['mendengar suaramu', 'mendengar suara kamu', 'mendengar suara kalian'] }] },
    },
  },
  {
    name: 'asking what dose, height or way would kill',
    signal: 'suicide',
    words: {
      ja: {
        say: ['致死量', 'ちしりょう', '何錠で死', 'なんじょうでし', '何錠飲めば死', '何錠のめば', 'どのくらい飲めば死', 'どれくらい飲んだら死', 'どれくらいのんだらし', 'どのくらいのめばし', '楽に死ね', 'らくにしね', '確実に死ね', 'かくじつにしね', '痛くない死に方', 'いたくないしにかた', '死ねる薬', 'しねるくすり', '死ねる場所', 'しねるばしょ'],
        pairs: [{ reach: 12, a: ['何錠', 'なんじょう', '何粒', '何階', '何メートル', 'どのくらい', 'どれくらい', 'どれだけ'], b: ['死ね', 'しね', '死ぬ', 'しぬ', '死にま', '致死'] }],
        idioms: ['しぬかとおも', 'しぬほど'],
      },
      en: {
        say: ['lethal dose', 'fatal dose', 'enough to kill me', 'painless way to die', 'painless way to go', 'quickest way to die', 'easiest way to die', 'best way to die', 'how to die$', 'how do i die', 'how long does it take to die', 'what would kill me'],
        pairs: [{ ordered: true, reach: 32, a: ['how many', 'how much', 'what amount'], b: ['to die', 'would kill', 'kill me', 'kill a person', 'be fatal', 'is fatal', 'is lethal', 'be lethal', 'to not wake', 'to never wake'] }],
      },
      zh: { say: ['致死量', '吃多少会死', '吃多少能死', '多少片会死', '多少片能死', '怎样死不痛', '怎么死不痛苦', '无痛死法', '最快的死法', '怎么自杀'], pairs: [{ ordered: true, reach: 8, a: ['多少', '几片', '几颗', '几楼'], b: ['会死', '能死', '致死', '死得了'] }] },
      ko: { say: ['치사량', '몇 알 먹으면 죽', '얼마나 먹으면 죽', '안 아프게 죽', '편하게 죽는', '확실하게 죽는', '죽는 법'], pairs: [{ reach: 16, a: ['몇 알', '얼마나', '몇 개'], b: ['죽나요', '죽어요', '죽을 수', '죽을까'] }] },
      vi: { say: ['liều gây chết', 'liều chết người', 'uống bao nhiêu thì chết', 'bao nhiêu viên thì chết', 'cách chết không đau', 'chết không đau', 'cách tự tử', 'cách chết nhanh'], pairs: [{ reach: 24, a: ['bao nhiêu viên', 'uống bao nhiêu', 'bao nhiêu liều'], b: ['chết$', 'tử vong', 'không tỉnh'] }] },
      ne: { say: ['kasari marne', 'kasari marna', 'nadukhne gari mar', 'painless tarika', 'कति चक्की खाएमा मरिन्छ', 'कति खाए मरिन्छ', 'कसरी मर्ने', 'नदुख्ने गरी मर्ने', 'मर्ने तरिका', 'kasari marne', 'marne tarika'], pairs: [{ reach: 24, a: ['kati chakki', 'kati aushadhi', 'kati ausadhi', 'kati tablet', 'kati pill', 'kati goli', 'kati khaae', 'kati khae', 'kati khaaye', 'kati khaye', 'kati khaanu', 'kati khanu', 'kati aglo', 'kati tala'], b: ['marinchh', 'marinch', 'marinx', 'marchha', 'marchhha', 'marcha', 'marxa', 'marxha', 'marna', 'nauth', 'nauthh', 'naujh', 'pugchh', 'pugch', 'pugx'] }, { ordered: true, reach: 16, a: ['sutera nauth', 'sutera nauthh', 'nauthhda', 'nauthda'], b: ['kasto', 'dukh'] }, { reach: 24, a: ['कति चक्की', 'कति औषधि', 'कति खाए'], b: ['मरिन्छ', 'मर्छ', 'मर्न'] }] },
      tl: { say: ['ilang tableta para mamatay', 'ilang tableta bago mamatay', 'gaano karami para mamatay', 'nakamamatay na dosis', 'paano mamatay nang hindi masakit', 'paraan para mamatay', 'paano magpakamatay'], pairs: [{ reach: 24, a: ['ilang tableta', 'ilang gamot', 'gaano karami'], b: ['mamatay', 'nakamamatay', 'ikamamatay'] }] },
      pt: { say: ['dose letal', 'quantos comprimidos para morrer', 'quantos comprimidos mata', 'quanto precisa para morrer', 'morrer sem dor', 'jeito de morrer sem dor', 'como me matar', 'maneira de morrer'], pairs: [{ reach: 24, a: ['quantos comprimidos', 'quantos remédios', 'quanto remédio', 'qual dose'], b: ['morrer', 'mata$', 'matar', 'letal'] }] },
      id: { say: ['dosis mematikan', 'berapa butir untuk mati', 'berapa banyak obat untuk mati', 'cara mati tanpa sakit', 'cara bunuh diri', 'cara mati cepat', 'cara mengakhiri hidup'], pairs: [{ reach: 24, a: ['berapa butir', 'berapa banyak obat', 'berapa tablet'], b: ['mati$', 'mematikan', 'meninggal'] }] },
    },
  },

  {
    name: 'nobody would notice, care or miss me',
    signal: 'suicide',
    words: {
      // (「わしがおらんでも誰も困らん」: western and older men's speech says «おらん» for «いない».)
      ja: { pairs: [{ ordered: true, reach: 2, a: ['いなくなっても', '消えても', 'きえても', '死んでも', 'しんでも', 'いなくなったって', 'おらんくなっても', 'おらんようになっても', 'おらんようなっても', 'おらんなっても'], b: ['誰も', 'だれも'] },
        { ordered: true, reach: 1, a: ['わしが', 'わしなんか', 'わしなんぞ', 'わしひとり', 'わし一人', '私が', 'わたしが', '僕が', '俺が', 'おれが', 'あたしが', '自分が'], b: ['おらんでも', 'おらんくても', 'おらんほうが', 'おらん方が', 'おらんなっても', 'おらんくなっても', 'おらんようになっても', 'いなくなっても', 'いなくても', 'いない方が', 'いないほうが'] }] },
      en: { say: ['nobody would notice if i', 'no one would notice if i', 'nobody would care if i', 'no one would care if i', 'nobody would even notice', 'no one would even notice', 'nobody would miss', 'no one would miss', 'relieved to be rid of me', 'glad to be rid of me', 'be rid of me for good'],
        pairs: [{ reach: 32, a: ['relieved', 'glad', 'happier', 'better off', 'easier', 'lighter', 'at peace'], b: ['rid of me', 'when im gone', 'once im gone', 'after im gone', 'if i wasnt around', 'if i werent around', 'if i wasnt alive', 'if i was dead', 'if i were dead'] }] },
      zh: { say: ['没人会发现', '没人会注意到我', '没人会想我', '没有人会想我', '没人会难过', '没有人会难过', '我消失了也没人', '我死了也没人', '我不在了也没人'] },
      ko: { say: ['내가 없어져도 아무도', '내가 사라져도 아무도', '내가 죽어도 아무도', '아무도 슬퍼하지 않', '아무도 신경 안 쓸', '아무도 눈치채지 못할'] },
      vi: { say: ['tôi biến mất cũng không ai', 'tôi chết cũng không ai', 'không ai nhận ra nếu tôi', 'không ai buồn nếu tôi', 'chẳng ai nhớ tôi'] },
      ne: { say: ['ma mare pani kasailai', 'ma nabhaye pani kasailai', 'ma haraae pani kasailai', 'ma harae pani kasailai', 'ma nabhae pani', 'kasailai farak pardaina', 'kasailai pharak pardaina', 'kasai lai farak pardaina', 'kasai lai pharak pardaina', 'koi lai farak pardaina', 'koi lai pharak pardaina', 'म मरे पनि कसैलाई', 'म हराए पनि कसैलाई', 'म नभए पनि कसैलाई', 'कसैले याद गर्दैन'] },
      tl: { say: ['walang makakapansin kung mawala ako', 'walang makakaalala sa akin', 'walang iiyak kung mawala ako', 'walang mag aalala kung mamatay ako', 'kung mawala ako walang'] },
      pt: { say: ['ninguém ia notar se eu', 'ninguém vai notar se eu', 'ninguém ia sentir minha falta', 'ninguém vai sentir minha falta', 'se eu sumir ninguém', 'se eu morrer ninguém'] },
      id: { say: ['tidak ada yang sadar kalau saya', 'tidak ada yang akan merasa kehilangan', 'kalau saya hilang tidak ada yang', 'kalau saya mati tidak ada yang', 'tidak ada yang akan sedih'] },
    },
  },
  {
    name: 'a farewell sent through someone: tell her I am sorry, it is not your fault',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 10, a: ['伝えて', 'つたえて', '言っておいて', 'いっておいて'], b: ['ごめんね', '愛してる', 'あいしてる', 'あなたは悪くない', 'あなたのせいじゃない', '悪くないよ', 'わるくないよ', 'せいじゃないよ'] }] },
      en: { pairs: [{ reach: 32, a: ['tell my mum', 'tell my mom', 'tell my dad', 'tell my kids', 'tell my children', 'tell my daughter', 'tell my son', 'tell my wife', 'tell my husband', 'tell my family', 'tell my sister', 'tell my brother', 'tell my parents', 'tell her', 'tell him', 'tell them', 'tell mum', 'tell mom', 'tell dad'], b: ['sorry for everything', 'i love her', 'i love him', 'i love them', 'i loved', 'not her fault', 'not his fault', 'not their fault', 'not your fault', 'forgive me', 'goodbye'] }] },
      zh: { pairs: [{ reach: 10, a: ['告诉我', '替我', '帮我告诉', '转告'], b: ['我爱', '不是你的错', '不是她的错', '不是他的错', '别怪自己', '原谅我', '对不起她', '对不起他', '对不起你们'] }] },
      ko: { pairs: [{ reach: 16, a: ['전해 줘', '전해줘', '전해 주세요', '전해주세요', '말해 줘', '말해줘'], b: ['사랑한다고', '네 잘못이 아니', '너 때문이 아니', '잘못이 아니라고', '용서해 달라고'] }] },
      vi: { pairs: [{ reach: 24, a: ['nói với', 'nhắn với'], b: ['mẹ xin lỗi', 'bố xin lỗi', 'mẹ yêu', 'bố yêu', 'không phải lỗi', 'đừng tự trách', 'tha thứ cho'] }] },
      ne: { pairs: [{ reach: 24, a: ['bhanidinu', 'bhanidinus', 'bhandinu', 'vanidinu', 'bhani dinu'], b: ['maaf', 'sorry', 'maya gar', 'mayaa gar', 'dosh hoina', 'dos hoina', 'dosh haina'] }, { reach: 24, a: ['भनिदिनू', 'भनिदिनु', 'भन्दिनु'], b: ['माफ गर', 'माया गर्छु', 'तिम्रो दोष होइन', 'उसको दोष होइन'] }] },
      tl: { pairs: [{ reach: 32, a: ['sabihin mo', 'pakisabi', 'paki sabi', 'sabihin ninyo'], b: ['patawad', 'mahal ko', 'hindi niya kasalanan', 'hindi nila kasalanan', 'wala siyang kasalanan'] }] },
      pt: { pairs: [{ reach: 32, a: ['diga', 'diz pra', 'fala pra', 'avisa', 'diz a minha', 'diz ao meu'], b: ['que eu sinto muito', 'que sinto muito', 'que eu amo', 'não é culpa', 'não foi culpa', 'me perdoe', 'me perdoa'] }] },
      id: { pairs: [{ reach: 32, a: ['bilang ke', 'sampaikan ke', 'tolong sampaikan', 'katakan pada', 'bilangin'], b: ['maafkan saya', 'saya sayang', 'bukan salahnya', 'bukan salah dia', 'bukan salah mereka', 'jangan menyalahkan diri'] }] },
    },
  },
  {
    name: 'not here for the next holiday, birthday or year',
    signal: 'suicide',
    words: {
      ja: { say: ['来年はもういな', 'らいねんはもういな', '来月にはもういな', 'らいげつにはもういな', '次の誕生日はもう', 'つぎのたんじょうびはもう', 'お正月はもういな', 'おしょうがつはもういな', '正月を迎えたくな', 'しょうがつをむかえたくな', '来年を迎えたくな', 'らいねんをむかえたくな', '誕生日を迎えたくな', 'クリスマスを迎えたくな'] },
      en: { pairs: [{ ordered: true, reach: 16, a: ['dont think ill be', 'i wont be', 'wont be around', 'i wont still be', 'not going to be around', 'wont make it to', 'goal is not seeing', 'goal is to not see', 'goal is not to see', 'hope i dont see another', 'hope i dont make it to', 'hope i never see another', 'dont want to see another'], b: ['here for christmas', 'here for my birthday', 'here for her birthday', 'here for his birthday', 'around for christmas', 'here next year', 'around next year', 'alive for', 'around to see', 'christmas', 'the new year', 'my birthday'] }] },
      zh: { say: ['不打算过这个年', '不打算过完这个年', '不打算活过', '不打算活到', '活不过今年', '活不到明年', '看不到明年', '等不到明年', '明年我就不在了', '不会看到明年的', '过年的时候我已经不在', '不想活到过年', '不想活到明年', '希望活不到过年', '希望看不到明年'] },
      ko: { say: ['내년엔 없을', '내년에는 없을', '크리스마스까지 못 버틸', '생일까지 못 버틸', '내년에는 이 세상에', '크리스마스를 안 보는 게 목표', '내년을 안 맞는 게 목표', '새해를 맞고 싶지 않'] },
      vi: { say: ['không sống tới tết', 'năm sau tôi không còn', 'tết này tôi không còn', 'sẽ không còn ở đây vào', 'không muốn sống tới tết', 'không muốn sống đến tết', 'mong không sống tới tết', 'mong không phải đón tết'] },
      ne: { say: ['अर्को वर्ष म हुन्न', 'दशैंसम्म म रहन्न', 'अर्को दशैं म हुन्न', 'अर्को वर्ष म रहन्न', 'अर्को दशैं देख्न चाहन्न', 'arko dashain dekhna chahanna'] },
      tl: { say: ['hindi na ako aabot ng pasko', 'hindi na ako aabutan ng pasko', 'wala na ako sa susunod na taon', 'sa pasko wala na ako', 'sana hindi ko na abutan ang pasko', 'ayoko nang abutin ang pasko', 'ayaw ko nang umabot ng pasko'] },
      pt: { say: ['não vou estar aqui no natal', 'não vou chegar ao natal', 'ano que vem não vou estar', 'não vou estar aqui no meu aniversário', 'não passo do natal', 'meta é não ver o natal', 'espero não chegar ao natal', 'não quero chegar ao natal', 'não quero ver outro natal'] },
      id: { say: ['tidak akan sampai lebaran', 'saya tidak akan ada lagi tahun depan', 'lebaran nanti saya sudah tidak ada', 'tahun depan saya sudah tidak ada', 'semoga tidak sampai lebaran', 'gak mau sampai lebaran lagi', 'semoga gak sampai natal'] },
    },
  },
  {
    name: 'a plan, a method or a date chosen',
    signal: 'suicide',
    words: {
      ja: {
        say: ['決行日', 'けっこうび', '死ぬ日を決め', 'しぬひをきめ', '死ぬ場所を決め', 'しぬばしょをきめ', 'やり方も決め', 'やりかたもきめ'],
        pairs: [{ ordered: true, reach: 10, a: ['死ぬ', 'しぬ', '終わらせる', 'おわらせる', '消える', 'きえる', '自殺', 'じさつ'], b: ['日を決め', 'ひをきめ', '日にちを決め', 'ひにちをきめ', '方法を決め', 'ほうほうをきめ', '場所を決め', 'ばしょをきめ', '計画', 'けいかく'] }],
        idioms: ['雨天決行', 'うてんけっこう'],
      },
      en: { pairs: [{ reach: 40, acrossSentences: true, a: ['have a plan', 'made a plan', 'got a plan', 'worked out how', 'figured out how', 'decided how', 'decided when', 'picked a date', 'set a date', 'chosen a date', 'know when im going to', 'know how im going to', 'know exactly how', 'know exactly when'], b: ['do it$', 'end it', 'go through with it', 'doing it', 'to die', 'kill myself'] }] },
      zh: { say: ['想好怎么死', '想好了怎么死', '选好了日子', '想好在哪里死', '准备好了去死'], pairs: [{ ordered: true, reach: 6, a: ['想好了', '定好了', '选好了', '计划好了', '准备好了', '决定了'], b: ['怎么死', '哪天走', '死的方法', '去死', '结束自己', '自杀'] }] },
      ko: { say: ['날짜를 정했어요', '방법도 정했'], pairs: [{ ordered: true, reach: 10, a: ['죽을', '죽는', '자살', '끝낼'], b: ['계획', '날짜', '방법을 정', '장소를 정'] }] },
      vi: { pairs: [{ ordered: true, reach: 24, a: ['đã lên kế hoạch', 'đã chọn ngày', 'đã quyết định ngày', 'đã nghĩ xong cách', 'đã tính sẵn'], b: ['chết$', 'tự tử', 'kết thúc', 'ra đi'] }] },
      ne: { pairs: [{ reach: 24, a: ['yojana banaa', 'yojana bana', 'plan banaa', 'plan bana', 'din tay', 'mithi tay', 'tarika soc', 'tarika khoj', 'tarika search', 'search gar'], b: ['marne', 'marna', 'aatmahatya', 'atmahatya', 'jhund', 'painless'] }, { reach: 24, a: ['योजना बनाइसकें', 'दिन तय गरें', 'मिति तय', 'तरिका सोचिसकें'], b: ['मर्ने', 'आत्महत्या', 'सकिने'] }] },
      tl: { pairs: [{ reach: 32, a: ['may plano na ako', 'nakaplano na', 'napili ko na ang araw', 'alam ko na kung paano', 'alam ko na kung kailan'], b: ['mamatay', 'magpakamatay', 'tapusin', 'wakasan'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['tenho um plano', 'já tenho um plano', 'já planejei', 'já escolhi o dia', 'já sei como', 'já sei quando', 'já decidi como', 'já decidi quando'], b: ['morrer', 'me matar', 'acabar com tudo', 'fazer isso', 'dar um fim'] }] },
      id: { pairs: [{ reach: 32, a: ['sudah punya rencana', 'sudah merencanakan', 'sudah memilih hari', 'sudah tahu caranya', 'sudah tahu kapan', 'sudah menentukan'], b: ['mati$', 'bunuh diri', 'mengakhiri', 'melakukannya'] }] },
    },
  },
  {
    name: 'pills laid out and ready, wanting it over for good, not needing things where I am going',
    signal: 'suicide',
    words: {
      ja: { say: ['薬を全部並べ', 'くすりをぜんぶならべ', '薬を全部出して', 'くすりをぜんぶだして', '永遠に終わらせたい', 'えいえんにおわらせたい', 'あの世には持っていけな', 'あのよにはもっていけな', '向こうでは要らな', 'むこうではいらな'] },
      en: {
        say: ['need it where im going', 'need them where im going', 'need that where im going', 'need any of it where im going', 'bleed out', 'bleeding out', 'bleed to death'],
        pairs: [
          { ordered: true, reach: 24, a: ['pills', 'tablets', 'meds', 'sleeping pills', 'painkillers'], b: ['lined up', 'counted out', 'in front of me', 'ready to take', 'poured out'] },
          { ordered: true, reach: 16, a: ['want it', 'want this', 'want everything', 'want all of it', 'wish it', 'want it all', 'need it'], b: ['over for good', 'to stop for good', 'to end for good', 'stop forever', 'over forever'] },
          { reach: 40, a: ['dangerous in large', 'large amounts', 'lethal', 'deadliest', 'most deadly', 'fatal'], b: ['pills', 'painkillers', 'tablets', 'medication', 'meds', 'paracetamol', 'sleeping'] },
        ],
      },
      zh: { say: ['药都摆在面前', '药已经准备好了', '把药全倒出来', '彻底结束这一切', '彻底解脱', '我要去的地方用不上', '流多少血会死', '失血死'] },
      ko: { say: ['약을 다 꺼내 놓', '약을 앞에 두고', '수면제를 앞에 두고', '영원히 끝내', '영원히 끝났으면', '내가 갈 곳에서는 필요 없', '저세상', '저 세상에 가', '피를 얼마나 흘리면'] },
      vi: { say: ['thuốc đã để sẵn', 'bày thuốc ra', 'thuốc ngủ để sẵn', 'đổ hết thuốc ra', 'kết thúc mãi mãi', 'chấm dứt mãi mãi', 'nơi tôi sắp đến không cần', 'mất bao nhiêu máu thì chết'] },
      ne: { say: ['औषधि अगाडि राखेर', 'चक्की तयार राखेको', 'सधैंका लागि अन्त्य', 'म जाने ठाउँमा चाहिँदैन', 'कति रगत बगे मरिन्छ'] },
      tl: { say: ['nakahanda na ang mga gamot', 'nakalatag na ang mga gamot', 'nasa harap ko na ang mga gamot', 'tapusin na ang lahat ng tuluyan', 'hindi ko na kailangan kung saan ako pupunta', 'maubusan ng dugo'] },
      pt: { say: ['já separei os remédios', 'já separei os comprimidos', 'remédios separados na minha frente', 'acabar de vez com tudo', 'que tudo acabe de vez', 'onde eu vou não vou precisar', 'sangrar até morrer'] },
      id: { say: ['obat sudah saya siapkan', 'obatnya sudah di depan saya', 'sudah saya siapkan obatnya', 'berakhir selamanya', 'di tempat saya pergi tidak perlu', 'kehabisan darah sampai mati'] },
    },
  },

  {
    name: 'sleep for ever, never face anyone or tomorrow again; what am I even breathing for',
    signal: 'suicide',
    words: {
      ja: {
        say: ['何のために生きて', 'なんのためにいきて', '何のために息をして', 'なんのためにいきをして', '何のために息してる', 'なんのためにいきしてる'],
        pairs: [{ reach: 6, a: ['眠りたい', 'ねむりたい', '寝ていたい', 'ねていたい', '眠っていたい', 'ねむっていたい'], b: ['ずっと', '永遠に', 'えいえんに', '二度と', 'にどと', 'もう起き', 'もうおき', '目覚めず', 'めざめず'] }],
      },
      en: {
        say: ['what am i even breathing for', 'whats the point of breathing', 'why am i still breathing', 'why do i keep breathing', 'why am i still here'],
        pairs: [{ reach: 16, a: ['want to sleep', 'wanna sleep', 'just sleep', 'go to sleep', 'want to rest'], b: ['forever', 'and not wake', 'for good', 'never wake', 'never have to face', 'not have to face', 'face tomorrow', 'face another day'] }],
      },
      zh: {
        say: ['活着为了什么', '为什么还活着', '为什么还在呼吸', '活着到底为了什么'],
        pairs: [{ reach: 10, a: ['睡下去', '睡过去', '一直睡', '永远睡', '消失', '睡着'], b: ['再也不要', '再也不用', '不要再面对', '不想再面对', '不用再面对', '再也不醒', '不要醒', '面对任何人'] }],
      },
      ko: {
        say: ['왜 살아 있는지', '왜 숨을 쉬고', '뭘 위해 사는지', '아무것도 느껴지지 않'],
        pairs: [{ ordered: true, reach: 8, a: ['조용히', '그냥 조용히', '영원히', '다시는 깨지'], b: ['잠들고 싶', '잠들고싶', '자고 싶', '눈을 감고 싶', '잠들래'] }],
      },
      vi: {
        say: ['sống để thở làm gì', 'tôi còn thở để làm gì', 'sống vì cái gì'],
        pairs: [{ reach: 24, a: ['đi ngủ', 'ngủ luôn', 'muốn ngủ'], b: ['không bao giờ phải đối mặt', 'không phải đối mặt', 'không bao giờ thức dậy', 'không phải thức dậy', 'không còn ngày mai', 'với ngày mai nữa', 'mãi mãi'] }],
      },
      ne: { say: ['किन बाँचिरहेको छु', 'के को लागि बाँच्ने', 'सधैंको लागि सुत्न'], pairs: [{ reach: 24, a: ['सुत्न मन', 'सुतिरहन'], b: ['सधैं', 'कहिल्यै नउठ', 'भोलि नदेख'] }] },
      tl: { say: ['para saan pa ako humihinga', 'bakit pa ako nabubuhay', 'para saan pa ang buhay ko'], pairs: [{ reach: 24, a: ['gusto kong matulog', 'gusto ko na lang matulog', 'matulog na lang'], b: ['habambuhay', 'at hindi na magising', 'hindi na haharap', 'ng tuluyan'] }] },
      pt: { say: ['pra que eu ainda respiro', 'por que ainda estou vivo', 'por que ainda estou viva', 'pra que viver'], pairs: [{ reach: 24, a: ['quero dormir', 'queria dormir', 'só quero dormir'], b: ['para sempre', 'pra sempre', 'e não acordar', 'e nunca mais', 'não encarar ninguém'] }] },
      id: { say: ['untuk apa saya masih bernapas', 'kenapa saya masih hidup', 'buat apa aku masih hidup'], pairs: [{ reach: 24, a: ['ingin tidur', 'mau tidur', 'pengen tidur', 'pingin tidur', 'pengin tidur'], b: ['selamanya', 'tidak bangun lagi', 'nggak bangun lagi', 'gak bangun lagi', 'ga bangun lagi', 'enggak bangun lagi', 'ngga bangun lagi', 'tak bangun lagi', 'gausah bangun lagi', 'tidak usah menghadapi', 'tak perlu menghadapi'] }] },
    },
  },
  {
    name: 'sorry for the trouble: you will not have to worry about me, the last time I bother you',
    signal: 'suicide',
    words: {
      ja: {
        say: ['もう心配しなくていいよ', 'もうしんぱいしなくていいよ', '迷惑をかけるのはこれが最後', 'めいわくをかけるのはこれがさいご', '最後の迷惑', 'さいごのめいわく', 'これが最後のお願い', 'これがさいごのおねがい'],
        pairs: [{ reach: 16, acrossSentences: true, a: ['今まで迷惑', 'いままでめいわく', '迷惑ばかりかけて', 'めいわくばかりかけて', '心配ばかりかけて', 'しんぱいばかりかけて'], b: ['もう心配', 'もうしんぱい', 'これで最後', 'これでさいご', 'もうかけない', 'さようなら', 'さよなら'] }],
      },
      en: {
        say: ['sorry for all the trouble i caused', 'sorry for all the trouble ive caused', 'last time ill bother you', 'last time i will bother you', 'the last time i trouble you'],
        pairs: [{ ordered: true, reach: 24, acrossSentences: true, a: ['wont have to worry about me', 'wont need to worry about me', 'dont have to worry about me anymore', 'wont be a problem', 'wont be a burden', 'wont bother', 'wont trouble', 'wont have to deal with me'], b: ['after tonight', 'after today', 'after this weekend', 'after tomorrow', 'after this', 'anymore', 'much longer', 'for long', 'ever again'] }],
      },
      zh: { say: ['最后一次麻烦', '这是最后一次麻烦', '以后不会再麻烦你们', '再也不会麻烦你们', '不用再担心我了', '以后不用再担心我'] },
      ko: { say: ['마지막으로 부탁', '더 이상 걱정 안 해도', '이제 걱정하지 않아도 돼', '마지막으로 폐를', '더 이상 폐를 끼치지'] },
      vi: { say: ['lần cuối làm phiền', 'không cần lo cho tôi nữa', 'không phải lo cho tôi nữa', 'không phải lo cho em nữa', 'xin lỗi vì đã làm phiền mọi người'] },
      ne: { say: ['अन्तिम पटक दुःख दिँदैछु', 'अब मेरो चिन्ता नगर्नू', 'अब मेरो बारेमा सोच्नु पर्दैन'] },
      tl: { say: ['hindi na ninyo ako kailangang isipin', 'hindi mo na ako kailangang isipin', 'hindi na ninyo ako poproblemahin', 'pasensya na sa lahat ng problema', 'huling abala ko na ito', 'huwag na kayong mag alala sa akin'] },
      pt: { say: ['não vão mais precisar se preocupar comigo', 'não precisa mais se preocupar comigo', 'última vez que incomodo', 'desculpa por todo o trabalho que dei', 'desculpa por todos os problemas que causei'] },
      id: { say: ['tidak perlu memikirkan saya lagi', 'tidak usah khawatir tentang saya lagi', 'terakhir kali saya merepotkan', 'maaf sudah merepotkan semuanya'] },
    },
  },
  {
    name: 'no fight left; I tried',
    signal: 'suicide',
    words: {
      ja: { say: ['もう戦えな', 'もうたたかえな', 'もう闘えな', '戦う気力が残って', 'たたかうきりょくがのこって'] },
      en: { say: ['out of fight', 'no fight left', 'no more fight in me', 'done fighting', 'cant fight it anymore', 'cant fight anymore', 'someone to know i tried', 'know that i tried'] },
      zh: { say: ['再也撑不下去了', '没力气再坚持', '我已经尽力了，撑不'], pairs: [{ reach: 40, acrossSentences: 1, a: ['我大概撑不到', '我可能撑不到', '我应该撑不到', '我恐怕撑不到', '我撑不到', '我撑不过', '我大概活不到', '我活不到', '我活不过'], b: ['房间已经整理好', '房间整理好了', '房间都整理好', '东西都整理好', '东西已经整理好', '房间收拾好了', '房间已经收拾好', '东西都收拾好了', '东西都处理好了', '后事', '遗书', '不用急', '不用着急'] }] },
      ko: { say: ['싸울 힘이 없', '더는 버틸 힘이', '할 만큼 했어요'] },
      vi: { say: ['không còn sức chiến đấu', 'không còn sức để cố', 'tôi đã cố hết sức rồi'] },
      ne: { say: ['लड्ने शक्ति छैन', 'अब लड्न सक्दिन'] },
      tl: { say: ['wala na akong lakas lumaban', 'hindi ko na kayang lumaban'] },
      pt: { say: ['não tenho mais forças pra lutar', 'não tenho mais forças para lutar', 'sem forças pra lutar'] },
      id: { say: ['sudah tidak kuat berjuang', 'tidak punya tenaga lagi untuk berjuang', 'lelah berjuang hidup'] },
    },
  },
  {
    name: 'sorry, we will not meet again, stay well',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 20, acrossSentences: true, a: ['もうあえません', 'もうあえない', 'もう会えません', 'もう会えない'], b: ['ごめんなさい', 'ごめんね', 'げんきでいて', '元気でいて', 'げんきでね', '元気でね', 'しあわせに', '幸せに'] }] },
      en: { pairs: [{ reach: 40, acrossSentences: true, a: ['wont see you again', 'cant see you anymore', 'wont be seeing you', 'never see you again'], b: ['sorry', 'take care', 'be well', 'stay well', 'be happy', 'look after yourself'] }] },
      zh: { pairs: [{ reach: 12, acrossSentences: true, a: ['再也见不到你', '以后见不到了', '不能再见面'], b: ['对不起', '保重', '好好的', '要幸福'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['다시는 못 만나', '다시 못 볼', '이제 못 만나'], b: ['미안', '잘 지내', '건강하게', '행복하게'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['không gặp lại được nữa', 'không thể gặp lại', 'không gặp nhau nữa'], b: ['xin lỗi', 'giữ gìn sức khỏe', 'sống tốt', 'hạnh phúc nhé'] }] },
      ne: { pairs: [{ reach: 32, acrossSentences: true, a: ['अब भेट हुँदैन', 'फेरि भेट हुँदैन'], b: ['माफ', 'खुसी रहनु', 'ख्याल राख'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['hindi na tayo magkikita', 'hindi na kita makikita'], b: ['patawad', 'ingat ka', 'mag ingat', 'maging masaya'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['não vamos mais nos ver', 'não vou mais te ver', 'nunca mais vamos nos ver'], b: ['desculpa', 'se cuida', 'fica bem', 'sejam felizes', 'seja feliz'] }] },
      id: { pairs: [{ reach: 32, acrossSentences: true, a: ['tidak akan bertemu lagi', 'tidak bisa bertemu lagi'], b: ['maafkan', 'jaga diri', 'baik baik ya', 'bahagia ya'] }] },
    },
  },
  {
    name: 'my loved ones entrusted to someone, with exhaustion or a goodbye',
    signal: 'suicide',
    words: {
      ja: {
        pairs: [
          { reach: 16, acrossSentences: true, a: ['をよろしく', 'を頼む', 'をたのむ', 'を頼みます', 'をたのみます'], b: ['疲れた', 'つかれた', 'もう無理', 'もうむり', 'さようなら', 'さよなら', 'いなくなる'] },
          // a pet or a loved one handed over in a few words, and the key left out for whoever comes
          // («猫たのみます。鍵はポストに入れときます», «いぬ おねがい かぎ あいてる»): no return, no trip named.
          { reach: 40, acrossSentences: 1, farewell: true,
            a: ['猫たのみ', 'ねこたのみ', '猫をたのみ', 'ねこをたのみ', '猫を頼み', '猫頼み', '猫お願い', 'ねこおねがい', '猫をお願い', 'ねこをおねがい', '猫よろしく', 'ねこよろしく', '犬たのみ', 'いぬたのみ', '犬を頼み', '犬をたのみ', 'いぬをたのみ', '犬お願い', 'いぬおねがい', '犬をお願い', 'いぬをおねがい', '犬よろしく', 'いぬよろしく', 'ペットをたのみ', 'ぺっとをたのみ', 'ペットお願い', 'ぺっとおねがい', 'こどもたのみ', 'こどもをたのみ', '子どもを頼み', '子供を頼み', 'こどもおねがい', 'こどもをおねがい', '母をたのみ', 'ははをたのみ', '母をお願い', 'おかあさんをたのみ', 'おかあさんおねがい'],
            b: ['鍵はポスト', 'かぎはぽすと', '鍵ポスト', 'かぎぽすと', '鍵をポスト', 'かぎをぽすと', '鍵は郵便受け', 'かぎはゆうびんうけ', '鍵を郵便受け', '鍵はマットの下', 'かぎはまっとのした', '鍵は植木鉢', 'かぎはうえきばち', '鍵はあけて', '鍵は開けて', 'かぎはあけて', 'かぎあけて', '鍵あいて', 'かぎあいて', '鍵は開いて', 'かぎはあいて', '鍵は机の上', 'かぎはつくえのうえ', '鍵はテーブル', 'かぎはてーぶる', '鍵は置いて', 'かぎはおいて', '鍵置いて', 'かぎおいて', '合鍵は', 'あいかぎは'] },
        ],
        // a stay named right before the pet («旅行中猫たのみます», «帰省のあいだ ねこ おねがい», «留守のあいだ犬を頼みます») is a pet-sitting favour
        idioms: ['中猫', '中ねこ', '中犬', '中いぬ', '中ぺっと', 'ちゅう猫', 'ちゅうねこ', 'ちゅう犬', 'ちゅういぬ', 'ちゅうぺっと', 'あいだ猫', 'あいだねこ', 'あいだ犬', 'あいだいぬ', 'あいだぺっと', '間猫', '間ねこ', '間犬', '間いぬ', '間ぺっと', 'まで猫', 'までねこ', 'まで犬', 'までいぬ', 'までぺっと', '留守猫', '留守ねこ', '留守犬', '留守いぬ', '留守ぺっと'],
      },
      en: { pairs: [{ reach: 40, acrossSentences: true, a: ['take care of mum for me', 'take care of mom for me', 'look after mum for me', 'look after mom for me', 'look after my kids for me', 'look after the kids for me', 'take care of my parents'], b: ['im tired', 'so tired', 'i cant anymore', 'goodbye', 'im done', 'sorry'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['就拜托你', '拜托你了', '交给你了', '托付给你', '就交给你'], b: ['我累了', '我好累', '我走了', '我撑不下去', '我不行了', '永别', '再见了'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['부모님을 부탁', '엄마를 부탁', '아이들을 부탁', '애들을 부탁'], b: ['지쳤어', '힘들어', '안녕', '미안'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['nhờ chăm sóc bố mẹ', 'nhờ lo cho bố mẹ', 'nhờ chăm các con'], b: ['mệt rồi', 'mệt lắm rồi', 'vĩnh biệt', 'tạm biệt'] }] },
      ne: { pairs: [{ reach: 32, acrossSentences: true, a: ['आमाबुबाको ख्याल राख', 'बच्चाको ख्याल राख'], b: ['थाकें', 'सक्दिन', 'बिदा', 'अलविदा'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['ikaw na ang bahala kay', 'ikaw na bahala sa', 'alagaan mo si mama', 'alagaan mo ang mga anak'], b: ['pagod na', 'hindi ko na kaya', 'paalam'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['cuida da mãe por mim', 'cuida dos meus pais', 'cuida dos meus filhos', 'cuida do meu gato'], b: ['cansei', 'estou cansad', 'tô cansad', 'adeus', 'não aguento mais'] }] },
      id: {
        pairs: [
          { reach: 32, acrossSentences: true, a: ['titip ibu', 'titip bapak', 'tolong jaga ibu', 'tolong jaga anak', 'tolong jaga kucing', 'jaga kucingku'], b: ['capek', 'lelah', 'pamit', 'selamat tinggal', 'maafkan'] },
          { reach: 40, acrossSentences: true, a: ['aku pamit', 'saya pamit'], b: ['maafkan', 'tolong jaga', 'titip', 'selamat tinggal', 'sayang kalian'] },
          // a child's last words to a parent: I failed you, look after my little brother or sister (and mum)
          // («maaf mak, anakmu gagal. titip adek ya», «maafin aku bu, aku gagal jadi anak. jagain adik»). A failed
          // exam with no one handed over («maaf mak anakmu gagal masuk PTN») stays quiet.
          { reach: 60, acrossSentences: 2,
            a: ['anakmu gagal', 'anakmu ini gagal', 'anak mu gagal', 'gagal jadi anak', 'gagal menjadi anak', 'gak bisa jadi anak', 'ga bisa jadi anak', 'tidak bisa jadi anak', 'anak yang gagal', 'anak gak berguna', 'anak ga berguna', 'anak tidak berguna', 'anakmu gak berguna', 'anakmu ga berguna', 'cuma nyusahin', 'cuma jadi beban', 'hanya jadi beban', 'maafin anakmu', 'maafkan anakmu', 'maaf anakmu', 'aku udah gagal', 'aku sudah gagal', 'saya sudah gagal', 'aku gagal total'],
            b: ['titip adek', 'titip adik', 'titip ade$', 'titip adekku', 'titip adikku', 'titip dedek', 'jagain adek', 'jagain adik', 'jaga adek', 'jaga adik', 'tolong jaga adek', 'tolong jaga adik', 'titip mamak', 'titip mak', 'titip mama', 'titip ibu', 'titip bapak', 'titip ayah', 'titip emak', 'jagain mamak', 'jagain mak', 'jagain mama', 'jagain ibu', 'jaga mama', 'jaga ibu', 'jaga mamak', 'jaga bapak', 'jaga ayah'] },
        ],
        idioms: ['pamit dulu', 'pamit pulang', 'pamit kerja'],
      },
    },
  },
  {
    name: 'my belongings go to someone, I am leaving; already said goodbye',
    signal: 'suicide',
    words: {
      ja: { say: ['みんなにお別れを言', 'みんなにおわかれをい', 'もうお別れを言', 'もうおわかれをい'], pairs: [{ reach: 24, acrossSentences: true, a: ['私の物は全部', 'わたしのものはぜんぶ', '私の物は', 'わたしのものは'], b: ['さようなら', 'さよなら', 'いなくなる', 'もういらない', '最後'] }] },
      en: { say: ['already said goodbye to', 'said goodbye to my kids', 'said goodbye to everyone'], pairs: [{ reach: 48, acrossSentences: true, a: ['give my things to', 'give all my things to', 'my things should go to', 'my stuff goes to'], b: ['im going', 'goodbye', 'wont need', 'where im going', 'after im gone', 'when im gone'] }] },
      zh: { say: ['已经跟孩子们告别', '跟大家道别了'], pairs: [{ reach: 16, acrossSentences: true, a: ['我的东西都给', '把我的东西给'], b: ['我走了', '告别', '永别', '用不上了'] }] },
      ko: { say: ['작별 인사를 했', '이미 인사를 다 했'], pairs: [{ reach: 24, acrossSentences: true, a: ['내 물건은 다', '제 물건은 모두'], b: ['떠나', '안녕', '필요 없', '마지막'] }] },
      vi: { say: ['đã nói lời tạm biệt', 'đã từ biệt'], pairs: [{ reach: 32, acrossSentences: true, a: ['đồ của tôi để lại cho', 'đồ đạc của tôi cho'], b: ['tôi đi đây', 'vĩnh biệt', 'không cần nữa'] }] },
      ne: { say: ['बिदाइ लिइसकें', 'सबैसँग बिदा भएँ', 'मेरो सबै सामान', 'सामान बहिनीलाई दिनू', 'सामान भाइलाई दिनू'], pairs: [{ reach: 40, acrossSentences: true, a: ['सबै सामान', 'मेरो सामान'], b: ['दिनू', 'दिनु', 'दिइदिनू', 'जाँदैछु', 'म जान्छु'] }] },
      tl: { say: ['nagpaalam na ako sa', 'nakapagpaalam na ako'], pairs: [{ reach: 32, acrossSentences: true, a: ['ibigay ang mga gamit ko', 'ibigay mo ang mga gamit ko'], b: ['aalis na ako', 'paalam', 'hindi ko na kailangan'] }] },
      pt: { say: ['já me despedi de todo mundo', 'já me despedi de todos', 'me despedi de todo mundo'], pairs: [{ reach: 32, acrossSentences: true, a: ['dá minhas coisas pra', 'minhas coisas ficam pra'], b: ['adeus', 'vou embora', 'não vou mais precisar'] }] },
      id: { say: ['sudah pamit ke semua', 'sudah berpamitan'], pairs: [{ reach: 32, acrossSentences: true, a: ['barang barang saya berikan ke', 'berikan barang saya ke'], b: ['saya pamit', 'selamat tinggal', 'tidak butuh lagi'] }] },
    },
  },
  {
    name: 'tonight is my last night; by Sunday I will be gone',
    signal: 'suicide',
    words: {
      ja: { say: ['最後の夜', 'さいごのよる', '人生最後の', 'じんせいさいごの'], pairs: [{ reach: 8, a: ['日曜には', 'にちようには', '土曜には', '来週には', 'らいしゅうには', '明後日には'], b: ['いなくな', 'もういない', 'この世にいな'] }] },
      en: {
        say: ['tonight is my last', 'last night alive', 'last day alive', 'my last day on earth', 'last day of my life', 'last night of my life'],
        pairs: [{ ordered: true, reach: 16, a: ['by sunday', 'by monday', 'by the weekend', 'by tomorrow', 'on sunday', 'this sunday', 'by friday', 'by next week'], b: ['ill be gone', 'i will be gone', 'wont be here', 'wont be around', 'ill be dead'] }],
      },
      zh: { say: ['今晚是我最后一晚', '今天是我最后一天', '生命的最后一天', '最后一个晚上'], pairs: [{ ordered: true, reach: 6, a: ['周日', '周末', '明天', '下周', '星期天'], b: ['就不在了', '我就不在'] }] },
      ko: { say: ['오늘이 마지막 밤', '생의 마지막', '인생의 마지막 날'] },
      vi: { say: ['đêm nay là đêm cuối', 'hôm nay là ngày cuối cùng của tôi', 'ngày cuối cùng của đời'], pairs: [{ reach: 24, a: ['chủ nhật', 'cuối tuần', 'ngày mai', 'tuần sau'], b: ['không còn nữa', 'sẽ không còn', 'đã không còn'] }] },
      ne: { pairs: [{ ordered: true, reach: 24, a: ['aaja raati', 'aaja rati', 'aja raati', 'aja rati', 'aaja ko raat', 'aaja nai', 'aajai', 'aaja$', 'aja$', 'bholi$'], b: ['marchhu$', 'marchu$', 'marxu$', 'sab sakchhu', 'sab sakchu', 'sab sakxu', 'sabai sakchhu', 'sabai sakchu', 'sabai sakxu', 'sab sakaaunchhu', 'sab sakaaunchu', 'sab sakaaunxu', 'sab sakaunchhu', 'sab sakaunchu', 'sab sakaunxu', 'sabai sakaaunchhu', 'sabai sakaaunchu', 'sabai sakaaunxu', 'sabai sakaunchhu', 'sabai sakaunchu', 'sabai sakaunxu', 'sab sakaaidinchhu', 'sab sakaaidinchu', 'sab sakaaidinxu', 'sab sakaidinchhu', 'sab sakaidinchu', 'sab sakaidinxu', 'sabai sakaaidinchhu', 'sabai sakaaidinchu', 'sabai sakaaidinxu', 'sabai sakaidinchhu', 'sabai sakaidinchu', 'sabai sakaidinxu', 'sabai sakidinchhu', 'sabai sakidinchu', 'sabai sakidinxu', 'sab tungyaa', 'sab tungya', 'sabai tungyaa', 'sabai tungya', 'jindagi sak', 'antya gar'] }],  say: ['मेरो अन्तिम रात', 'अन्तिम रात हो', 'जीवनको अन्तिम'] },
      tl: { say: ['huling gabi ko na', 'huling araw ko na', 'nakahanda na ang lahat'], pairs: [{ reach: 12, a: ['sa linggo', 'sa lunes', 'sa biyernes', 'bukas', 'mamaya', 'sa susunod na linggo', 'ngayong gabi', 'sa sabado'], b: ['wala na ako', 'mawawala na ako'] }] },
      pt: { say: ['minha última noite', 'última noite da minha vida', 'último dia da minha vida'], pairs: [{ reach: 24, a: ['no domingo', 'domingo', 'amanhã', 'no fim de semana', 'semana que vem'], b: ['não vou estar mais aqui', 'não estarei mais aqui', 'já vou ter ido', 'não vou mais existir'] }] },
      id: { say: ['malam terakhir saya', 'hari terakhir saya hidup', 'malam ini malam terakhir'], pairs: [{ reach: 24, a: ['hari minggu', 'minggu depan', 'besok', 'akhir pekan'], b: ['saya sudah tidak ada', 'aku sudah tidak ada', 'sudah tiada'] }] },
    },
  },
  {
    name: 'at a height or an edge right now; asking how high it is',
    signal: 'suicide',
    words: {
      ja: {
        say: ['屋上のドアが開いて', 'おくじょうのどあがあいて', '屋上に向かって', 'おくじょうにむかって', '屋上に来てい', 'おくじょうにきてい'],
        pairs: [
          { reach: 10, a: ['高さ', 'たかさ', '何メートル', '何階建て'], b: ['屋上', 'おくじょう', '橋の', '立体駐車場', '駐車場の屋上', '崖', 'がけ'] },
          // at a height now, in a few plain words, beside what has just been lost or a last word: «かいしゃ くび
          // ビザ ない たかい ところ に いる», «もう むり。いま おくじょう»; a cat up high, a view or a rooftop beer
          // garden has no loss beside it
          { reach: 40, acrossSentences: 2,
            a: ['たかいところにいる', 'たかいところいる', '高いところにいる', '高い所にいる', '高いとこにいる', 'たかいとこにいる', 'おくじょうにいる', 'おくじょういる', '屋上にいる', 'いまおくじょう', '今屋上', 'はしのうえにいる', '橋の上にいる', 'はしにいる', 'がけにいる', '崖にいる', 'びるのうえにいる', 'ビルの上にいる', 'てすりのそと', '手すりの外', 'ふぇんすのそと', 'フェンスの外', 'さくのそと', '柵の外'],
            b: ['かいしゃくび', 'かいしゃをくび', 'しごとくび', 'しごとをくび', 'くびになった', '会社くび', '会社クビ', '仕事クビ', 'クビになった', 'びざない', 'びざがない', 'ビザない', 'ビザがない', 'びざきれ', 'ビザ切れ', 'もうむり', 'もう無理', 'もうだめ', 'もうダメ', 'もうつかれた', 'もう疲れた', 'おわりにする', '終わりにする', 'さようなら', 'さよなら', 'ごめんなさい', 'いきたくない', '生きたくない', 'いきるいみ', 'かえるところない', '帰るところない', 'いくところない', '行くところない', 'だれもいない', 'お金ない', 'おかねない', 'かねない'] },
        ],
      },
      en: {
        say: ['on the railing', 'on the ledge', 'edge of the roof', 'on the parapet', 'door to the roof is open', 'roof door is open', 'heading up to the roof', 'going up to the roof now'],
        pairs: [{ ordered: true, reach: 24, a: ['how high', 'how tall', 'how many floors', 'how many storeys', 'how many stories', 'height of'], b: ['roof', 'bridge', 'building', 'car park', 'multi storey', 'tower', 'cliff'] }],
      },
      zh: { say: ['坐在栏杆上', '站在栏杆外', '站在楼顶边上', '天台的门开着'], pairs: [{ ordered: true, reach: 4, a: ['多高', '高度'], b: ['天台', '楼顶', '桥', '大楼', '停车场顶'] }] },
      ko: {
        say: ['지금 다리 위에 있어요', '지금 다리 위에 있어', '옥상 문이 열려', '난간에 앉아', '난간 위에'],
        pairs: [
          { reach: 24, acrossSentences: true, a: ['옥상', '한강 다리', '난간', '철길'], b: ['지금 올라가', '올라가요', '올라갈게', '올라가는 중', '와 있어요'] },
          { reach: 60, acrossSentences: true, a: ['다리 위에 있', '다리 위에 와', '한강에 와', '옥상에 있어', '옥상에 와'], b: ['못 버티', '더는 못', '더 이상 못', '한계', '지쳤어', '끝내고 싶'] },
          { reach: 10, a: ['높이', '몇 미터', '몇 층'], b: ['옥상', '다리', '건물', '주차장'] },
        ],
      },
      vi: { say: ['ngồi trên lan can', 'đứng trên lan can', 'trên thành cầu', 'mép sân thượng'], pairs: [{ reach: 24, a: ['cao bao nhiêu', 'độ cao'], b: ['sân thượng', 'cây cầu', 'tòa nhà', 'bãi đỗ xe'] }] },
      ne: { say: ['chhat ko kinar', 'xat ko kinar', 'chhaat ko kinar', 'chhat ma ubhi', 'xat ma ubhi', 'chhaat ma ubhi', 'rooftop ma ubhi', 'pul ma ubhi', 'bridge ma ubhi', 'balcony ma ubhiraheko chhu', 'balcony ma ubhiraheko chu', 'balcony ma ubhiraheko xu', 'balcony ma ubhirakheko chhu', 'balcony ma ubhirakheko chu', 'balcony ma ubhirakheko xu'],  pairs: [
        { reach: 12, a: ['पुलमाथि', 'पुलमा', 'छतमा', 'छतमाथि', 'भीरमा', 'भीरको छेउमा'], b: ['उभिएको छु', 'उभिरहेको', 'बसेको छु', 'आएको छु', 'पुगें'] },
        { reach: 24, a: ['कति अग्लो'], b: ['पुल', 'छत', 'भवन'] },
      ] },
      tl: { say: ['nandito ako ngayon sa tulay', 'nasa tulay ako ngayon', 'nandito ako sa tulay ngayon', 'andito ako ngayon sa tulay', 'nakaupo ako sa gilid ng', 'nasa gilid ako ng bubong', 'nasa railing ako ng tulay'], pairs: [
        { reach: 24, a: ['gaano kataas'], b: ['tulay', 'bubong', 'building', 'gusali', 'rooftop'] },
        // (at the bridge or the river now, and unable to go on, a sentence or two apart)
        { reach: 100, acrossSentences: true, a: ['nandito ako ngayon sa tulay', 'nandito ako sa tulay', 'andito ako sa tulay', 'nasa tulay ako', 'nandito ako sa ilog', 'nandito ako ngayon sa ilog', 'nasa ilog ako', 'nasa bubong ako', 'nasa rooftop ako'], b: ['hindi ko na kaya', 'di ko na kaya', 'hindi ko na talaga kaya', 'ayoko na', 'pagod na pagod na ako', 'paalam'] },
      ] },
      pt: { pairs: [
        { reach: 12, a: ['tô no', 'tô na', 'estou no', 'estou na', 'tô em cima', 'estou em cima', 'sentado no', 'sentada no', 'em pé no', 'em pé na'], b: ['parapeito', 'beirada', 'beira do prédio', 'beira da ponte', 'telhado', 'grade da ponte'] },
        { reach: 24, a: ['qual a altura', 'que altura', 'quantos andares'], b: ['ponte', 'prédio', 'viaduto', 'terraço', 'estacionamento'] },
      ] },
      id: { say: ['duduk di pagar jembatan', 'berdiri di tepi atap', 'di pinggir atap'], pairs: [{ reach: 24, a: ['berapa tinggi', 'seberapa tinggi'], b: ['jembatan', 'gedung', 'atap', 'parkiran'] }] },
    },
  },
  {
    name: 'go far away and never come back; never want to be a burden again',
    signal: 'suicide',
    words: {
      ja: { say: ['二度と戻らないつもり', 'にどともどらないつもり', '二度と帰らないつもり', 'にどとかえらないつもり', '誰にも言わずに消え', 'だれにもいわずにきえ', '誰にも言わずに遠く', 'だれにもいわずにとおく'] },
      en: { say: ['go away and never come back', 'leave and never come back', 'disappear and never come back', 'dont want to be a burden anymore', 'dont want to be a burden any more', 'dont want to burden anyone anymore', 'dont want to be anyones burden'] },
      zh: { say: ['走得远远的再也不回来', '永远不回来了', '再也不回来了', '不想再拖累', '不想再成为负担', '不想再给大家添麻烦'] },
      ko: { say: ['다시는 돌아오지 않', '영영 돌아오지', '더 이상 짐이 되고 싶지 않', '더 이상 민폐 끼치고 싶지 않'] },
      vi: { say: ['đi thật xa không bao giờ về', 'không bao giờ quay lại nữa', 'không muốn làm gánh nặng nữa', 'không muốn là gánh nặng của ai nữa'] },
      ne: { say: ['nafarkine gari', 'napharkine gari', 'nafarkune gari', 'napharkune gari', 'kahile nafark', 'kahile naphark', 'kahile pani nafark', 'kahile pani naphark', 'gayera nafark', 'gayera naphark', 'kahi gayera haraa', 'kahi gayera hara', 'taaDha gayera haraa', 'taaDha gayera hara', 'taDha gayera haraa', 'taDha gayera hara', 'sadhai ko lagi haraa', 'sadhai ko lagi hara', 'कहिल्यै नफर्कने गरी', 'अब कसैको बोझ बन्न चाहन्न', 'कसैको बोझ बन्न चाहन्न'] },
      tl: { say: ['hindi na babalik kailanman', 'aalis at hindi na babalik', 'ayoko nang maging pabigat', 'ayaw ko nang maging pabigat'] },
      pt: { say: ['ir embora e nunca mais voltar', 'sumir e nunca mais voltar', 'não quero ser um peso pra ninguém', 'não quero mais ser um peso', 'não quero ser peso pra ninguém'] },
      id: { say: ['pergi jauh dan tidak kembali', 'tidak akan kembali lagi selamanya', 'tidak mau jadi beban siapa pun lagi', 'tidak mau jadi beban lagi', 'tidak ingin jadi beban lagi', 'tidak mau menjadi beban lagi'] },
    },
  },

  {
    name: 'do not look for me',
    signal: 'suicide',
    words: {
      ja: { say: ['探さないでください', 'さがさないでください', '探さないで下さい', '私を探さないで', 'わたしをさがさないで'] },
      en: { say: ['dont look for me', 'dont try to find me', 'dont come looking for me', 'please dont search for me', 'dont bother looking for me'] },
      zh: { say: ['不要找我', '别找我了', '不用找我了', '别来找我'] },
      ko: { say: ['찾지 마세요', '나를 찾지 마', '저를 찾지 마'] },
      vi: { say: ['đừng tìm tôi', 'đừng đi tìm tôi', 'đừng tìm em', 'đừng tìm con'] },
      ne: { say: ['मलाई नखोज्नू', 'मलाई खोज्न नआउनू', 'मलाई नखोज'] },
      tl: { say: ['huwag nyo akong hanapin', 'wag nyo akong hanapin', 'huwag mo akong hanapin', 'wag mo akong hanapin', 'huwag na ninyo akong hanapin'] },
      pt: { say: ['não me procurem', 'não me procure', 'não venham atrás de mim', 'não precisa me procurar'] },
      id: { say: ['jangan cari saya', 'jangan mencari saya', 'jangan cari aku', 'jangan mencari aku'] },
    },
  },
  {
    name: 'a bridge, roof or platform with no fence; a railing to climb over',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { reach: 12, a: ['橋', '屋上', 'おくじょう', 'ホーム', 'ほーむ', '駅', 'ビル', 'マンション'], b: ['柵がない', 'さくがない', '柵のない', 'さくのない', 'フェンスのない', 'ふぇんすのない', 'フェンスがない', 'ホームドアがない', 'ほーむどあがない', '手すりが低'] },
        { reach: 12, a: ['欄干', 'らんかん', '柵を', 'さくを', 'フェンスを', 'ふぇんすを', '手すりを', 'てすりを'], b: ['終わる', 'おわる', '終われる', 'おわれる', '楽にな', 'らくにな', '死ね', 'しね', '飛び降', 'とびお'] },
      ] },
      en: { pairs: [{ reach: 40, a: ['bridge', 'bridges', 'roof', 'rooftop', 'building', 'platform', 'car park', 'multi storey'], b: ['no fence', 'no fences', 'no railing', 'no railings', 'without fences', 'without a fence', 'no barrier', 'no barriers', 'easy to climb', 'low railing', 'no safety net', 'no platform doors', 'no screen doors'] }] },
      zh: { pairs: [{ reach: 8, a: ['桥', '天台', '楼顶', '站台', '大楼'], b: ['没有护栏', '没有栏杆', '栏杆很低', '没有屏蔽门', '容易爬'] }] },
      ko: { pairs: [{ reach: 16, a: ['다리', '옥상', '승강장', '역', '건물'], b: ['난간이 없', '펜스가 없', '스크린도어가 없', '스크린도어 없', '난간이 낮'] }] },
      vi: { pairs: [{ reach: 24, a: ['cầu', 'sân thượng', 'tòa nhà', 'sân ga'], b: ['không có lan can', 'không có rào', 'lan can thấp', 'dễ trèo'] }] },
      ne: { pairs: [{ reach: 24, a: ['पुल', 'छत', 'भवन'], b: ['बार नभएको', 'रेलिङ नभएको', 'बार छैन'] }] },
      tl: { pairs: [{ reach: 24, a: ['tulay', 'bubong', 'rooftop', 'gusali', 'building'], b: ['walang harang', 'walang rehas', 'mababa ang rehas'] }] },
      pt: { pairs: [{ reach: 24, a: ['ponte', 'prédio', 'viaduto', 'terraço', 'plataforma'], b: ['sem grade', 'sem proteção', 'sem mureta', 'grade baixa', 'fácil de pular'] }] },
      id: { pairs: [{ reach: 24, a: ['jembatan', 'gedung', 'atap', 'peron'], b: ['tanpa pagar', 'tidak ada pagar', 'tanpa pembatas', 'pagarnya rendah'] }] },
    },
  },
  {
    name: 'medicine not taken but kept back; passwords left because they will be needed soon',
    signal: 'suicide',
    words: {
      ja: { say: ['薬を飲まずに集め', 'くすりをのまずにあつめ'] },
      en: {
        pairs: [
          { ordered: true, reach: 48, a: ['meds', 'pills', 'tablets', 'medication', 'prescription'], b: ['saving them', 'keeping them back', 'hiding them', 'stashing them', 'putting them aside', 'collecting them', 'saving them up'] },
          { reach: 40, acrossSentences: true, a: ['passwords', 'bank details', 'pin number', 'pin codes', 'account details'], b: ['need them soon', 'need them after', 'will need them when'] },
        ],
      },
      zh: { say: ['药不吃都攒着', '不吃药攒起来', '药没吃都留着'] },
      ko: { say: ['약을 안 먹고 모아', '약을 먹지 않고 모아'] },
      vi: { say: ['không uống thuốc mà để dành', 'thuốc không uống mà gom lại'] },
      ne: { say: ['औषधि नखाई जम्मा', 'औषधि नखाएर जम्मा'] },
      tl: { say: ['hindi ko iniinom at iniipon', 'hindi iniinom ang gamot at iniipon'] },
      pt: { say: ['parei de tomar e estou guardando', 'não tomo e guardo os comprimidos', 'não tomo os remédios e guardo'] },
      id: { say: ['obatnya tidak diminum tapi dikumpulkan', 'tidak minum obat tapi dikumpulkan'] },
    },
  },
  {
    name: 'everything sorted out, now I want rest or peace; do not want to be in this world',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: true, a: ['全部片付けた', 'ぜんぶかたづけた', '全部整理した', 'ぜんぶせいりした', '身辺整理', 'しんぺんせいり', '準備はできた', 'じゅんびはできた'], b: ['楽になりたい', 'らくになりたい', '休みたい', 'やすみたい', '眠りたい', 'ねむりたい', 'もういい'] }] },
      en: {
        say: ['dont want to be in this world', 'dont want to stay in this world', 'dont want to be in this world anymore'],
        pairs: [{ reach: 48, acrossSentences: true, a: ['sorted everything out', 'sorted everything', 'got everything in order', 'put everything in order', 'tidied up my affairs', 'everything is ready', 'everythings ready'], b: ['want peace', 'want to rest', 'ready to go', 'time to go', 'finally rest', 'can rest now'] }],
      },
      zh: { say: ['不想待在这个世界', '不想留在这个世界', '不想再待在这个世界'], pairs: [{ reach: 16, acrossSentences: true, a: ['都安排好了', '都处理好了', '都整理好了', '都交代好了'], b: ['想解脱', '想休息了', '可以走了', '该走了', '想睡了'] }] },
      ko: { say: ['이 세상에 있고 싶지 않', '이 세상에 더 있고 싶지'], pairs: [{ reach: 30, acrossSentences: true, a: ['다 정리했', '정리를 다 했', '다 정리해 뒀', '준비는 다 됐'], b: ['편해지고 싶', '편해지고싶', '쉬고 싶', '끝내고 싶', '떠나고 싶'] }] },
      vi: { say: ['không muốn ở lại thế giới này', 'không muốn sống trên đời này nữa'], pairs: [{ reach: 40, acrossSentences: true, a: ['đã thu xếp xong', 'đã sắp xếp xong mọi', 'đã lo liệu xong'], b: ['muốn được yên nghỉ', 'muốn nghỉ ngơi mãi', 'muốn được thanh thản', 'đến lúc đi'] }] },
      ne: { say: ['यो संसारमा बस्न चाहन्न', 'संसारमा बस्न चाहन्न', 'संसारमा रहन चाहन्न', 'यो संसारमा बस्न मन छैन'], pairs: [{ reach: 40, acrossSentences: true, a: ['सबै मिलाइसकें', 'सबै मिलाएर राखें'], b: ['आराम गर्न चाहन्छु', 'सधैंको लागि आराम', 'जाने बेला'] }] },
      tl: { say: ['ayoko na sa mundong ito', 'ayaw ko nang manatili sa mundo'], pairs: [{ reach: 40, acrossSentences: true, a: ['naayos ko na ang lahat', 'nakaayos na ang lahat'], b: ['gusto ko nang magpahinga', 'panahon na para umalis', 'handa na akong umalis'] }] },
      pt: { say: ['não quero mais estar neste mundo', 'não quero ficar nesse mundo', 'não quero mais estar nesse mundo'], pairs: [{ reach: 40, acrossSentences: true, a: ['já resolvi tudo', 'deixei tudo organizado', 'deixei tudo arrumado', 'está tudo pronto'], b: ['quero descansar', 'quero paz', 'chegou a hora', 'posso ir em paz'] }] },
      id: { say: ['tidak mau ada di dunia ini', 'tidak ingin tinggal di dunia ini lagi', 'tidak ingin ada di dunia ini'], pairs: [{ reach: 40, acrossSentences: true, a: ['sudah saya beresin semua', 'semua sudah beres', 'semua sudah saya urus'], b: ['ingin istirahat selamanya', 'ingin tenang', 'sudah waktunya pergi'] }] },
    },
  },
  {
    name: 'a letter left: they will understand, forgive me; I will no longer be here tomorrow',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 20, acrossSentences: true, a: ['手紙を書', 'てがみをか', '手紙を残', 'てがみをのこ'], b: ['分かってくれる', 'わかってくれる', '許して', 'ゆるして', 'いなくな', 'さようなら'] }] },
      en: { pairs: [{ reach: 48, acrossSentences: true, a: ['wrote a letter', 'left a letter', 'wrote letters', 'left letters', 'wrote a note', 'left a note'], b: ['will understand', 'understand one day', 'understand later', 'forgive me', 'goodbye'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['写了一封信', '留了一封信', '写好了信', '写了信给'], b: ['会明白的', '会理解的', '原谅我', '永别'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['편지를 써', '편지를 남'], b: ['이해해 줄', '알게 될', '용서해'] }] },
      vi: {
        say: ['tôi sẽ không còn nữa', 'em sẽ không còn nữa', 'tôi sẽ không còn trên đời', 'muốn chấm dứt cuộc sống', 'chấm dứt tất cả', 'chẳng còn ý nghĩa gì nữa'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['viết thư cho', 'để lại thư', 'thư gửi'], b: ['sẽ hiểu', 'tha thứ', 'không còn nữa', 'vĩnh biệt'] },
          { reach: 12, a: ['mai tôi', 'mai em', 'từ mai'], b: ['không còn nữa', 'sẽ không còn', 'không còn ở đây'] },
          { reach: 40, acrossSentences: true, a: ['sống', 'cuộc sống', 'cuộc đời', 'ý nghĩa'], b: ['muốn chấm dứt', 'chấm dứt thôi', 'muốn kết thúc'] },
        ],
      },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['चिठी लेखें', 'चिठी छोडें', 'चिठी लेखेर', 'चिठी लेखिसकें', 'पत्र लेखेर', 'चिठी राखेको'], b: ['बुझ्नेछ', 'माफ गर', 'अलविदा', 'अब म जान्छु', 'म जाँदैछु', 'सधैंका लागि'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['nagsulat ako ng sulat', 'nag iwan ako ng sulat', 'nag iwan ng sulat'], b: ['maiintindihan', 'patawarin', 'paalam'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['escrevi uma carta', 'deixei uma carta', 'escrevi cartas', 'deixei cartas'], b: ['vai entender', 'vão entender', 'me perdoe', 'me perdoem', 'adeus'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['sudah menulis surat', 'meninggalkan surat', 'menulis surat untuk'], b: ['akan mengerti', 'akan paham', 'maafkan', 'selamat tinggal'] }] },
    },
  },

  {
    name: 'poison bought or planned: rat poison, pesticide',
    signal: 'suicide',
    words: {
      ja: { say: ['農薬を飲んで死', 'のうやくをのんでし', '毒を買', 'どくをか', '殺虫剤を飲んで死', '除草剤を飲んで死', '毒を飲んで死', 'どくをのんでし'] },
      en: { say: ['bought rat poison', 'bought poison', 'bought some poison', 'going to drink poison', 'going to drink bleach', 'want to drink bleach', 'drink the poison', 'take poison'] },
      zh: { say: ['买了农药', '喝农药', '买了老鼠药', '喝老鼠药', '买了毒药', '服毒'] },
      ko: { say: ['농약을 사', '쥐약을 사', '농약을 마시고 죽', '독약을'] },
      vi: { say: ['mua thuốc chuột', 'mua thuốc trừ sâu', 'uống thuốc chuột cho xong', 'uống thuốc trừ sâu cho xong', 'uống thuốc độc'] },
      ne: { say: ['विष किनें', 'विष खाएर मर्छु', 'विषादी किनें', 'विष खान्छु'] },
      tl: { say: ['bumili ako ng lason', 'iinom ako ng lason', 'lason sa daga', 'iinom ng lason'] },
      pt: { say: ['comprei veneno', 'comprei chumbinho', 'tomar veneno', 'beber veneno', 'veneno de rato'] },
      id: { say: ['beli racun tikus', 'beli racun', 'mau minum racun', 'minum baygon biar'] },
    },
  },
  {
    name: 'exhausted, then heading to the roof, the bridge or the cliffs; not coming back',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 20, acrossSentences: true, a: ['もう限界', 'もうげんかい', '疲れた', 'つかれた', 'もう無理', 'もうむり', 'さようなら', 'さよなら'], b: ['屋上に行', 'おくじょうにい', '橋に行', 'はしにいきます', '崖に行', 'がけにい', '線路に行', 'せんろにい', '海に行って', 'うみにいって'] }] },
      en: {
        say: ['if i was out of the picture', 'if i were out of the picture', 'once im out of the picture', 'at peace with my decision', 'made peace with my decision'],
        pairs: [
          { reach: 48, acrossSentences: true, a: ['cant take it', 'cant do this', 'im done', 'had enough', 'goodbye', 'so tired', 'ive decided'], b: ['going to the bridge', 'going to the roof', 'going to the cliffs', 'heading to the bridge', 'heading to the roof', 'heading to the tracks', 'going to the tracks', 'going to the cliff'] },
          { reach: 48, acrossSentences: true, a: ['cliffs', 'cliff', 'bridge', 'the sea', 'the river', 'roof', 'tracks', 'woods', 'forest'], b: ['wont be coming back', 'not coming back', 'never coming back', 'wont come back', 'not come back'] },
        ],
      },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['受不了了', '撑不下去', '我累了', '太累了', '永别'], b: ['去天台', '去桥上', '去江边', '去河边', '去海边', '上楼顶'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['한계예요', '한계야', '지쳤어', '못 버티겠', '안녕'], b: ['옥상에 가', '옥상으로 가', '다리로 가', '한강에 가', '바다에 가'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['chịu hết nổi', 'hết chịu nổi', 'mệt mỏi quá', 'vĩnh biệt'], b: ['lên sân thượng', 'ra cầu', 'ra sông', 'ra biển'] }] },
      ne: { pairs: [{ reach: 32, acrossSentences: true, a: ['सक्दिन', 'थाकें', 'थाकिसकें', 'अलविदा'], b: ['पुलमा जान्छु', 'छतमा जान्छु', 'भीरमा जान्छु', 'खोलामा जान्छु'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['hindi ko na kaya', 'pagod na ako', 'paalam'], b: ['pupunta ako sa tulay', 'aakyat ako sa bubong', 'pupunta ako sa ilog', 'pupunta ako sa dagat'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['não aguento mais', 'cansei', 'adeus'], b: ['vou pra ponte', 'vou para a ponte', 'vou subir no telhado', 'vou pro viaduto', 'vou pro terraço'] }] },
      id: { pairs: [{ reach: 32, acrossSentences: true, a: ['sudah tidak kuat', 'capek', 'selamat tinggal'], b: ['mau ke jembatan', 'naik ke atap', 'pergi ke jembatan', 'ke rel kereta'] }] },
    },
  },

  {
    name: 'I should die or disappear',
    signal: 'suicide',
    words: {
      ja: { say: ['いなくなるべき', '消えるべき', 'きえるべき', '死ぬべき', 'しぬべき', '生きている資格', 'いきているしかく'] },
      en: { say: ['i should just die', 'i should disappear', 'i should be dead', 'i should just disappear', 'i deserve to die', 'i should just go away forever', 'i should not be alive', 'i shouldnt be alive'] },
      // (「我为什么不去死」 asked of oneself is the wish; «你怎么不去死» shouted at someone else — a child
      // through the wall, a partner — is an insult, the abuse or violence it is told with, not the writer's wish.)
      zh: { say: ['我应该去死', '我应该消失', '我就该死掉', '我不配活着', '我为什么不去死', '我怎么还不去死', '我干嘛不去死', '我干脆去死'],
        idioms: ['你怎么不去死', '你怎么还不去死', '你为什么不去死', '你咋不去死', '你干嘛不去死', '你给我去死', '去死吧你', '你去死吧', '叫你去死', '让你去死'] },
      ko: { say: ['사라져야 해', '죽어야 해', '없어져야 해', '죽는 게 맞', '사라지는 게 맞'] },
      vi: { say: ['tôi nên chết đi', 'tôi nên biến mất', 'em nên biến mất', 'em nên chết đi'] },
      ne: { say: ['ma marnu parchha', 'ma marnu parcha', 'ma marnu parxa', 'ma marnu parne', 'ma haraaunu parchha', 'ma haraaunu parcha', 'ma haraaunu parxa', 'ma haraunu parchha', 'ma haraunu parcha', 'ma haraunu parxa', 'ma nabhaye hunthyo', 'ma nabhae hunthyo', 'ma nai nabhaye hunthyo', 'nabhaye hunthyo jasto', 'ma najanmeko bhaye', 'ma najhanmeko bhaye', 'म मर्नुपर्छ', 'म हराउनुपर्छ', 'म मरेकै राम्रो'] },
      tl: { say: ['dapat na akong mamatay', 'dapat na lang akong mawala', 'dapat na akong mawala'] },
      pt: { say: ['eu devia morrer', 'eu deveria morrer', 'eu deveria sumir', 'eu devia sumir', 'eu mereço morrer'] },
      id: { say: ['saya harusnya mati', 'aku seharusnya menghilang', 'sebaiknya saya mati', 'aku harusnya mati'] },
    },
  },

  {
    name: 'I will take myself out of everyone’s way; end my suffering',
    signal: 'suicide',
    words: {
      ja: { say: ['苦しみを終わらせ', 'くるしみをおわらせ', 'みんなの前から消え', 'みんなのまえからきえ', '私が身を引けば', 'わたしがみをひけば'] },
      en: { say: ['get out of everyones way for good', 'take myself out of the picture', 'remove myself from everyones life', 'end my suffering', 'end this suffering', 'end the suffering for good'] },
      zh: { say: ['结束我的痛苦', '结束这种痛苦', '我自己消失就好', '从大家的生活里消失'] },
      ko: { say: ['고통을 끝내', '괴로움을 끝내', '제가 사라져 드릴게', '제가 빠져 드릴게', '내가 사라져 줄게'] },
      vi: { say: ['chấm dứt đau khổ', 'kết thúc nỗi đau', 'tôi sẽ tự biến mất', 'tôi tự rời đi cho mọi người'] },
      ne: { say: ['आफैं हटिदिन्छु', 'म हटिदिन्छु', 'सबैको बाटोबाट हट', 'आफूलाई हटाउँछु', 'पीडा अन्त्य गर्छु', 'दुःख अन्त्य गर्न'] },
      tl: { say: ['tapusin ang paghihirap ko', 'tapusin ang paghihirap', 'wakasan ang paghihirap', 'matapos na ang paghihirap', 'aalis na lang ako sa buhay ninyo'] },
      pt: { say: ['acabar com o sofrimento', 'acabar com meu sofrimento', 'acabar com essa dor de vez', 'vou sair da vida de vocês', 'vou me retirar de vez'] },
      id: { say: ['mengakhiri penderitaan', 'mengakhiri penderitaan saya', 'mengakhiri rasa sakit ini', 'saya akan menghilang dari hidup kalian'] },
    },
  },
  {
    name: 'debts settled, only the goodbyes left',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 20, acrossSentences: true, a: ['借金は全部返した', 'しゃっきんはぜんぶかえした', '全部返済した', 'ぜんぶへんさいした', '支払いは全部済ませ', 'しはらいはぜんぶすませ'], b: ['お別れ', 'おわかれ', 'さようなら', 'さよなら', 'あとは', 'もう思い残す'] }] },
      en: { pairs: [{ reach: 48, acrossSentences: true, a: ['paid off all my debts', 'settled all my debts', 'paid everything off', 'cleared all my debts'], b: ['goodbye', 'just need to say goodbye', 'nothing left to do', 'im ready'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['债都还清了', '钱都还清了', '欠的都还了'], b: ['告别', '跟家人告别', '没有牵挂', '可以走了'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['빚은 다 갚았', '빚을 다 갚았'], b: ['작별', '인사만', '미련 없', '떠날 준비'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['đã trả hết nợ', 'trả xong hết nợ'], b: ['từ biệt', 'chào tạm biệt', 'không còn vướng bận', 'nhắn xin lỗi', 'xin lỗi từng người', 'nhẹ lòng', 'mai là xong'] }] },
      ne: { pairs: [{ reach: 32, acrossSentences: true, a: ['ऋण सबै तिरें', 'सबै ऋण तिरिसकें'], b: ['बिदा', 'अलविदा', 'अब केही बाँकी छैन'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['nabayaran ko na lahat ng utang', 'bayad na lahat ng utang ko'], b: ['magpaalam', 'paalam', 'handa na ako'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['paguei todas as dívidas', 'quitei todas as dívidas', 'paguei tudo que devia'], b: ['me despedir', 'só falta me despedir', 'adeus', 'estou pronta', 'estou pronto'] }] },
      id: { pairs: [{ reach: 32, acrossSentences: true, a: ['utang sudah saya lunasi', 'sudah melunasi semua', 'semua utang lunas', 'semua utang sudah lunas'], b: ['pamit', 'selamat tinggal', 'berpamitan', 'sudah siap'] }] },
    },
  },

  {
    name: 'starving myself to death; stepping into traffic',
    signal: 'suicide',
    words: {
      ja: { say: ['飢え死にしたい', 'うえじにしたい', '食べずに死', 'たべずにし', '車に轢かれたい', 'くるまにひかれたい', 'わざと車に', 'わざとくるまに'] },
      en: { pairs: [{ reach: 32, a: ['havent eaten', 'not eating', 'stopped eating', 'starving myself'], b: ['on purpose', 'until its over', 'until i die', 'until im gone'] }], say: ['starve myself to death', 'starve to death on purpose', 'stopped eating on purpose', 'not eating on purpose', 'hoping a car will hit me', 'hoping a car hits me', 'step in front of a car', 'walk into traffic on purpose'] },
      zh: { say: ['饿死自己', '想饿死', '就这样饿死', '想被车撞死', '冲到车前面'] },
      ko: { say: ['굶어 죽', '일부러 굶', '차도로 뛰어들', '차에 치이고 싶', '차에 뛰어들고 싶'] },
      vi: { say: ['nhịn ăn cho chết', 'nhịn đói đến chết', 'muốn bị xe đâm', 'lao ra đường cho xe đâm'] },
      ne: { say: ['भोकै मर्छु', 'भोकै मर्न चाहन्छु', 'गाडीमुनि पर्न चाहन्छु'] },
      tl: { say: ['gugutumin ang sarili', 'magpapagutom hanggang mamatay', 'gusto kong masagasaan'] },
      pt: { say: ['morrer de fome de propósito', 'parei de comer para morrer', 'me jogar na frente de um carro', 'ser atropelado de propósito', 'ser atropelada de propósito'] },
      id: { say: ['sengaja tidak makan', 'mau mati kelaparan', 'membiarkan diri kelaparan', 'ingin ditabrak mobil', 'menabrakkan diri ke mobil'] },
    },
  },

  {
    name: 'future plans all cancelled because they will not be needed; no future in sight',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 20, acrossSentences: true, a: ['全部キャンセル', 'ぜんぶきゃんせる', '予定を全部', 'よていをぜんぶ', '全部解約', 'ぜんぶかいやく'], b: ['もう必要ない', 'もうひつようない', 'もう要らない', 'もういらない', '必要なくなる', 'ひつようなくなる'] }] },
      en: {
        say: ['dont see myself getting older', 'cant see myself getting older', 'dont see myself in a year', 'cant see myself being here next', 'if i just didnt wake up', 'if i didnt wake up', 'if i never woke up', 'if i just didnt exist', 'if i didnt exist', 'close my eyes and never open them', 'close my eyes and not wake'],
        pairs: [{ reach: 48, acrossSentences: true, a: ['cancelled everything', 'cancelled all my', 'cancelling everything', 'cancelled my subscriptions'], b: ['wont need', 'dont need it anymore', 'no longer need', 'not needed anymore', 'wont be here', 'no point'] }],
      },
      zh: { say: ['要是不醒就好了', '如果我不醒就好了', '醒不过来就好了', '闭上眼睛就再也不要睁开'], pairs: [{ reach: 16, acrossSentences: true, a: ['都取消了', '全部取消', '都退掉了'], b: ['用不着了', '用不上了', '不需要了', '没必要了'] }] },
      ko: { say: ['안 깨어나면 좋겠', '깨어나지 않으면 좋겠', '눈을 감고 다시 안 떴으면'], pairs: [{ reach: 24, acrossSentences: true, a: ['다 취소했', '전부 취소했'], b: ['필요 없', '쓸 일 없'] }] },
      vi: { say: ['giá mà không tỉnh dậy', 'nếu tôi không tỉnh dậy', 'nhắm mắt lại và không mở ra nữa'], pairs: [{ reach: 32, acrossSentences: true, a: ['đã hủy hết', 'hủy tất cả'], b: ['không cần nữa', 'không cần đến'] }] },
      ne: { say: ['आँखा चिम्लेर कहिल्यै नखोल्'], pairs: [{ reach: 32, acrossSentences: true, a: ['सबै रद्द गरें'], b: ['चाहिँदैन', 'काम छैन'] }] },
      tl: { say: ['ipipikit ko na lang ang mata ko habambuhay'], pairs: [{ reach: 32, acrossSentences: true, a: ['kinansela ko lahat'], b: ['hindi ko na kailangan'] }] },
      pt: { say: ['se eu não acordasse', 'se eu não acordar mais', 'fechar os olhos e não abrir mais'], pairs: [{ reach: 32, acrossSentences: true, a: ['cancelei tudo', 'cancelei todos'], b: ['não vou precisar', 'não preciso mais'] }] },
      id: { say: ['kalau saya tidak bangun lagi', 'andai saya tidak bangun', 'menutup mata dan tidak membukanya lagi'], pairs: [{ reach: 32, acrossSentences: true, a: ['sudah saya batalkan semua', 'membatalkan semua'], b: ['tidak perlu lagi', 'tidak butuh lagi'] }] },
    },
  },
  {
    name: 'cutting deeper each time; wanting it to end as I close my eyes',
    signal: 'suicide',
    words: {
      ja: { say: ['深く切ってしま', 'ふかくきってしま', 'だんだん深く切', 'だんだんふかくき', 'そのまま終わってほしい', 'このまま終わってほしい', 'そのままおわってほしい', 'このままおわってほしい', '人生が終わってほしい', 'じんせいがおわってほしい', '目を閉じたらそのまま', 'めをとじたらそのまま'] },
      en: { say: ['cutting deeper', 'cut deeper', 'deeper each time', 'cutting more and more', 'more and more cuts on my', 'cutting more often'] },
      zh: { say: ['越割越深', '割得越来越深', '就这样结束吧'] },
      ko: { say: ['점점 깊게 긋', '더 깊게 그어', '더 깊게 긋', '긋는 횟수가 늘', '그은 자국이 늘'] },
      vi: { say: ['rạch ngày càng sâu', 'cắt sâu hơn mỗi lần', 'vết rạch ngày càng nhiều', 'vết cứa ngày càng nhiều'] },
      ne: { say: ['झन् गहिरो काट्छु', 'झन् गहिरो काटें'] },
      tl: { say: ['palalim nang palalim ang hiwa', 'palalim ng palalim ang hiwa', 'dumadami ang laslas', 'padami nang padami ang laslas', 'lumalalim na ang hiwa', 'lumalalim na ang laslas', 'lumalalim ang hiwa', 'lumalalim ang laslas', 'mas malalim na ang hiwa', 'mas malalim na ang laslas'] },
      pt: { say: ['me cortando cada vez mais fundo', 'corto cada vez mais fundo', 'me cortando cada vez mais', 'me corto cada vez mais'] },
      id: { say: ['menyayat semakin dalam', 'sayatan semakin dalam', 'sayatan di tangan makin banyak', 'sayatan di tangan semakin banyak'] },
    },
  },

  {
    name: 'no place left for me in this world; nobody will have to put up with me much longer',
    signal: 'suicide',
    words: {
      ja: { say: ['この世に居場所', 'このよにいばしょ', '居場所はこの世に', 'いばしょはこのよに', 'この世のどこにも居場所', 'このよのどこにもいばしょ'] },
      en: { say: ['no place for me in this world', 'theres no place for me anymore', 'put up with me much longer', 'put up with me for much longer', 'have to put up with me anymore', 'deal with me much longer'] },
      zh: { say: ['这个世界没有我的容身之处', '世上没有我的位置', '这个世界上没有我的位置'] },
      ko: { say: ['이 세상에 내 자리는 없', '세상에 내가 있을 곳이 없', '이 세상에 제 자리는 없'] },
      vi: { say: ['không còn chỗ cho tôi trên đời', 'trên đời này không còn chỗ cho tôi'] },
      ne: { say: ['यो संसारमा मेरो ठाउँ छैन', 'संसारमा मेरो ठाउँ छैन'] },
      tl: { say: ['wala na akong lugar sa mundong ito', 'wala na akong lugar sa mundo'] },
      pt: { say: ['não tem mais lugar pra mim nesse mundo', 'não há lugar para mim neste mundo', 'não tenho lugar nesse mundo'] },
      id: { say: ['tidak ada tempat untuk saya di dunia ini', 'tidak ada tempat untukku di dunia ini'] },
    },
  },
  {
    name: 'someone else says they will die, jump or end it; a message that reads like a last one',
    signal: 'suicide',
    words: {
      ja: {
        say: ['一緒に死ぬ人', 'いっしょにしぬひと', '一緒に死んでくれる', 'いっしょにしんでくれる', 'もうめいわくをかけません', 'もう迷惑をかけません', 'もう迷惑かけない', 'もうめいわくかけない', '迷惑かけるくらいなら', 'めいわくかけるくらいなら', 'めいわくをかけるくらいなら', '十分生きた', 'じゅうぶんいきた', 'じゅうぶん生きた', '死ぬってline', 'しぬってline', '死ぬってらいん', 'しぬってらいん', '死ぬってめーる', 'しぬってめーる', '死ぬってめっせーじ', 'しぬってめっせーじ', '死ぬってきた', 'しぬってきた', '死ぬってでんわ', 'しぬってでんわ', '死ぬと書', 'しぬとかい'],
        pairs: [
          { ordered: true, reach: 1,
            a: ['もうしぬ', 'もう死ぬ', 'きょうしぬ', '今日死ぬ', 'こんやしぬ', '今夜死ぬ', '死にたい', 'しにたい', '飛び降りる', 'とびおりる', '自殺する', 'じさつする', '首つる', 'くびつる', '首をつる', 'くびをつる', '死んでやる', 'しんでやる', '飛び込む', 'とびこむ'],
            b: ['って', 'と言', 'といっ', 'といい', 'とらいん', 'とめーる', 'とでんわ', 'と電話', 'と書', 'とかい', 'とめっせーじ', 'とline'] },
          { ordered: true, reach: 1,
            a: ['お父さんのところ', 'おとうさんのところ', '夫のところ', 'おっとのところ', '主人のところ', 'しゅじんのところ', '妻のところ', 'つまのところ', '天国', 'てんごく', 'あの世', 'あのよ'],
            b: ['に行きたい', 'にいきたい', 'へ行きたい', 'へいきたい', 'に行こう', 'にいこう', 'へ行こう', 'へいこう'] },
        ],
        idioms: ['死ぬってどういう', 'しぬってどういう', '死ぬってなに', 'しぬってなに', '死ぬって何', '死ぬって怖', 'しぬってこわ', 'しぬかと', '死ぬかと'],
      },
      en: {
        say: ['wants to die$', 'wants to be dead', 'wants to kill himself', 'wants to kill herself', 'kill himself', 'kill herself', 'killing himself', 'killing herself', 'end his life', 'end her life', 'take his own life', 'take her own life',
          'goodbye everyone', 'goodbye all$', 'bye everyone', 'bye all$', 'tonights the night', 'tonight is the night', 'sorry for being born', 'tired of waking up', 'tired of existing', 'sick of existing', 'point in waking up', 'point of waking up', 'stopped existing',
          'wont be anyones problem', 'be anyones problem for', 'only one way out', 'only way left', 'dont bring me back', 'lived long enough$', 'need it where', 'need them where', 'need that where', 'needing it where',
          'join him soon', 'join her soon', 'join them soon', 'waiting to join her', 'waiting to join him', 'waiting to join them', 'waiting to join mum', 'waiting to join dad', 'waiting to join mom', 'go where dad is', 'go where mum is', 'go where mom is', 'go where my husband', 'go where my wife', 'go where her husband', 'go where his wife', 'where grandpa is', 'where grandma is'],
        pairs: [
          { ordered: true, reach: 12,
            a: ['hell', 'shell', 'he will', 'she will', 'hes going to', 'shes going to', 'he is going to', 'she is going to', 'hes gonna', 'shes gonna', 'he wants to', 'she wants to', 'he said hed', 'she said shed', 'says hell', 'says shell', 'threatening to', 'threatened to', 'talking about', 'talks about', 'talked about', 'im going to', 'i am going to', 'im gonna', 'ill$', 'i will', 'about to', 'ready to'],
            b: ['jump$', 'jump off', 'jump from', 'kill himself', 'kill herself', 'end it$', 'end it soon', 'end it all', 'end his life', 'end her life', 'hang himself', 'hang herself', 'throw himself', 'throw herself', 'end things'] },
          { reach: 48, acrossSentences: true,
            a: ['thank you for everything', 'thanks for everything', 'thank you for raising me', 'thanks for the memories', 'goodbye everyone', 'bye all', 'bye everyone', 'take care of mom', 'take care of mum', 'look after mum', 'look after mom', 'sorry for everything', 'sorry mum', 'sorry mom', 'last view', 'somewhere far', 'going away for good', 'note under the door', 'left a note', 'sealed letter', 'posted goodbye', 'said goodbye'],
            b: ['not picking up', 'not answering', 'wont answer', 'wont pick up', 'isnt answering', 'isnt picking up', 'hasnt replied', 'not replying', 'logged off', 'cant reach', 'phone is off', 'phone off', 'turned off her phone', 'turned off his phone', 'wont open', 'door is locked', 'door locked', 'went out without', 'returned everything', 'gave away', 'giving away'] },
          { ordered: true, reach: 24,
            a: ['returned everything', 'returning everything', 'returned all', 'returning all', 'gave back everything', 'giving back everything', 'paid everyone back', 'paying everyone back', 'paid back everyone', 'repaid everyone'],
            b: ['borrowed', 'lent', 'owed', 'goodbye', 'bye$', 'thank', 'wont need'] },
          { ordered: true, reach: 16, a: ['giving', 'gave', 'given', 'handing out', 'handed out'], b: ['all his things', 'all her things', 'his stuff away', 'her stuff away', 'his things away', 'her things away', 'all his stuff', 'all her stuff', 'all my stuff away', 'all my things away', 'everything away'] },
          { reach: 40, acrossSentences: true, a: ['decided', 'made my decision', 'made up my mind', 'have a plan', 'made a plan', 'already planned'], b: ['be my last', 'is my last', 'be the last one', 'someone to know', 'someone knows', 'say it out loud', 'feels peaceful', 'do it my own way', 'tonights the night', 'my last week', 'my last day', 'how id do it', 'how i would do it'] },
        ],
        idioms: ['jump at', 'jump on$', 'jump rope', 'jump the queue', 'jump ship', 'jump start', 'jump in the shower', 'jump through', 'jump to conclusions', 'jump in line', 'die in his own', 'die in her own', 'die in their own', 'die at home', 'die in hospital', 'die in the hospital', 'die of embarrassment', 'die in peace', 'die peacefully', 'lived long enough to', 'only one way out of', 'only way left to', 'the last time i checked', 'decided to move', 'the last time i saw'],
      },
      zh: {
        say: ['一起死的人', '一起自杀', '约好一起死', '我不在大家', '我不在了大家', '没有我就好了', '没有我大家', '没有出生就好', '没出生就好', '活着就是拖累', '活着就是负担', '让我死吧', '让我去死', '不会再打扰任何人', '不再打扰你们', '死得比较快', '什么方法死', '不会再麻烦你们', '怎么走才不痛', '怎样走才不痛', '带着她一起走', '带着他一起走', '带她一起走', '带他一起走', '带着孩子一起走', '抱着孩子一起走', '先带他走', '先带她走', '再跟着走', '跳下去', '往下跳', '从桥上跳', '从楼上跳', '跳河', '跳海'],
        pairs: [
          { ordered: true, reach: 8, a: ['说要', '说他要', '说她要', '一直说', '老是说', '发消息说', '传讯息说', '打电话说', '留言说', '话要', '说想'], b: ['跳楼', '跳桥', '跳河', '跳下去', '去死', '自杀', '寻死', '死了算了', '不想活', '结束生命', '了结', '一了百了', '喝农药', '吃安眠药', '走了算了'] },
          { reach: 16, acrossSentences: true, a: ['对不起', '谢谢大家', '谢谢照顾', '拜托你了', '照顾好', '晚安', '永别', '别来找我', '不要去找她', '不要去找他',
            // (public goodbyes, thanks and a bye together: «多謝大家，再見», «感謝各位，永別»; thanks alone, «多謝大家幫忙», is no goodbye)
            '多谢大家再见', '多谢晒大家再见', '多谢各位再见', '谢谢大家再见', '谢谢各位再见', '感谢大家再见', '感谢各位再见', '多谢大家永别', '谢谢大家永别', '大家再见', '各位再见', '再见了大家', '再见了各位', '永别了'],
            b: ['关机', '不接电话', '联系不上', '人不见了', '帐号就', '账号就', '不回消息', '没有回', '没回', '删了', '注销',
              '冇覆', '冇回', '唔覆', '唔回', '唔听电话', '电话都唔听', '都唔听', '唔接电话', '联络唔到', '联络不到', '揾唔到', '搵唔到', '打唔通', '打不通', '没人接', '都不接', '已读不回'] },
          { reach: 12, a: ['保险', '寿险', '受益人', '保险金'], b: ['我要是走了', '我走了', '我死了', '我不在了', '够还', '还清', '自杀也', '自杀赔', '家人就能'] },
          { reach: 10, a: ['在桥上', '在天台', '在楼顶', '在顶楼', '在月台', '在站台', '在海边', '在河边', '在悬崖', '在铁轨', '在河堤', '坐在栏杆', '站在栏杆', '坐在这里看水', '顶楼的门', '天台的门'], b: ['站了', '坐了', '看水', '往下看', '很久', '半个小时', '一个小时', '两个小时', '车快来', '风很大', '风好大', '好想', '没锁', '跳'] },
          { reach: 12, a: ['药', '安眠药', '存了', '攒了', '数了一下'], b: ['应该够了', '已经够了', '终于够了'] },
          { ordered: true, reach: 6, a: ['顶楼', '天台', '楼顶', '屋顶'], b: ['可以上去', '能上去', '上得去'] },
        ],
      },
      ko: {
        say: ['같이 죽을 사람', '곁으로 가고 싶', '곁으로 가야', '곁으로 갈래', '따라가고 싶', '따라 가고 싶', '따라가야겠', '그만 가련다', '이제 가련다', '한 발짝만 나가면', '한 발 더 가고', '한 발만 나가면', '눈이 안 떠졌으면', '아침이 안 왔으면', '다 그만하고 싶', '그만 살고 싶', '사는 거 그만', '마지막일 것 같아요', '오늘이 마지막이라고', '없어도 너 혼자', '없어도 잘 살 수 있지', '손목 긋는', '손목을 긋', '전보다 깊게', '더 깊게 그', '다시 그었', '또 그었', '옥상 문 안 잠긴', '옥상 문이 안 잠긴', '올라갈 수 있는 옥상', '옥상에 올라갈 수 있'],
        pairs: [
          { ordered: true, reach: 8, a: ['죽는다고', '죽고 싶다고', '뛰어내리겠다고', '뛰어내린다고', '뛰어내릴 거라고', '자살하겠다고', '자살한다고', '목숨을 끊겠다고', '죽어버리겠다고', '죽어 버리겠다고', '죽을 거라고'], b: ['했어요', '하더라', '해요', '했다', '문자', '카톡', '연락', '말했', '말해요', '하네요', '그래요', '보냈', '하세요', '하셨'] },
          { reach: 12, a: ['몇 층', '떨어지면', '뛰어내리면', '몇 알', '얼마나 먹', '목을 매면', '목매면', '먹고 자면'], b: ['죽을까', '죽나요', '죽어요', '죽을 수', '죽겠죠', '확실', '안 아프', '아프지 않', '고통 없', '안 깨', '깨어나지', '편하게', '편할까'] },
          { reach: 16, a: ['다리 위', '옥상', '난간', '베란다', '창문 밖', '선로', '플랫폼', '철길', '강가', '한강'], b: ['밑을 봤', '밑을 보', '내려다', '서 있으면', '한참 서', '한참 밑', '한 발', '물이 되게', '물이 참', '잡고 한참', '넘어가', '뛰어내리'] },
          { reach: 16, a: ['수면제', '수면유도제', '약을', '알약', '진통제'], b: ['사 모으', '모으는 중', '모아 뒀', '모아 놨', '모아놨', '모아뒀', '충분히 모'] },
          { reach: 16, a: ['보험금', '보험으로', '생명보험', '보험 증서'], b: ['없어지면', '죽으면', '내가 없', '제가 없', '남기고 가', '짐 되기 싫', '짐이 되기 싫'] },
        ],
      },
      vi: {
        say: ['tạm biệt mọi người', 'kiếp sau gặp lại', 'hẹn kiếp sau', 'con xin lỗi bố mẹ', 'không trách ai', 'viết xong thư', 'thư để lại cho', 'muốn sống nữa', 'muốn sống tiếp nữa', 'muốn tỉnh dậy nữa', 'thiết sống nữa', 'ôm con cùng đi', 'ôm con đi cùng', 'chết cho xong', 'cách ra đi nhẹ nhàng', 'ra đi nhẹ nhàng', 'ra đi không đau', 'dây thừng loại nào', 'vắt chân ra ngoài lan can', 'ra ngoài lan can', 'bước thêm một bước', 'nhìn tàu lao', 'mua dây rồi', 'đã mua dây', 'mua than rồi', 'đã mua than', 'chỉ chờ tối nay', 'vết rạch', 'vết cứa', 'rạch tay', 'rạch sâu', 'cắt sâu hơn', 'lại rạch', 'đi theo anh ấy luôn', 'chắc em đi theo anh'],
        pairs: [
          { ordered: true, reach: 12, a: ['nói', 'bảo', 'nhắn', 'đăng', 'dọa', 'đòi', 'bảo là'], b: ['muốn chết', 'tự tử', 'nhảy cầu', 'nhảy lầu', 'nhảy xuống', 'kết liễu', 'không muốn sống', 'uống thuốc chết', 'treo cổ'] },
          { reach: 40, acrossSentences: true, a: ['xin lỗi mẹ', 'xin lỗi bố', 'xin lỗi bố mẹ', 'con xin lỗi', 'em xin lỗi', 'tạm biệt', 'cảm ơn vì tất cả', 'cảm ơn mọi người'], b: ['không làm được nữa', 'không chịu nổi nữa', 'không trả nổi', 'mệt quá', 'giữ gìn sức khỏe', 'kiếp sau', 'không gọi được', 'lần cuối', 'đi trước', 'tắt máy', 'không nghe máy', 'không liên lạc được'] },
          { reach: 16, a: ['nhảy', 'treo cổ', 'rơi từ', 'uống hết'], b: ['có chết không', 'thì chết', 'chết ngay', 'chết được không', 'có đau không', 'chết nhanh', 'tầng mấy'] },
          { reach: 12, a: ['đang đứng', 'đang ngồi', 'em đang ở', 'tôi đang ở', 'mình đang ở', 'đứng trên', 'ngồi trên'], b: ['trên cầu', 'sân thượng', 'lan can', 'mép cầu', 'mép sân thượng', 'đường ray', 'nóc nhà', 'tầng thượng', 'vách đá'] },
          { reach: 24, a: ['tiền bảo hiểm', 'bảo hiểm nhân thọ'], b: ['nếu em chết', 'nếu tôi chết', 'nếu mình chết', 'nếu con chết', 'khi em chết', 'trả nợ', 'nếu em mất', 'nếu tôi mất'] },
          { reach: 16, a: ['thuốc trừ sâu', 'thuốc diệt chuột', 'thuốc ngủ'], b: ['cất sẵn', 'mua được', 'để dành', 'gom', 'tích'] },
        ],
      },
      ne: { say: ['हाम फाल्छु भन्', 'आत्महत्या गर्छु भन्', 'मर्छु भनेर म्यासेज', 'मर्छु भनेर लेख'] },
      tl: {
        say: ['tatalon ako', 'tatalon na ako', 'tatalon na lang', 'tatalon siya', 'tatalon daw', 'magbibigti', 'ayaw na niyang mabuhay', 'ayaw na daw niyang mabuhay', 'ayaw na daw nya mabuhay', 'ayaw na nyang mabuhay', 'gusto na niyang mamatay', 'gusto na nyang mamatay', 'gusto ko nang matapos', 'para matapos na lahat', 'matapos na ang lahat', 'wag nyo na akong hanapin', 'wag niyo na akong hanapin', 'huwag nyo na akong hanapin', 'huwag niyo na akong hanapin', 'hindi ko na kailangan sa pupuntahan', 'sa pupuntahan ko', 'sa pupuntahan niya', 'sa pupuntahan nya', 'hinihintay na lang', 'may lubid na ako', 'bumili ako ng uling', 'hawak ko na ang mga gamot', 'hawak ko na mga gamot', 'naipon ko na ang', 'inipon ko ang gamot', 'iniipon ko ang gamot', 'tumalon sa', 'tatalon sa', 'wala nang dahilan para manatili', 'mas mabuti kung wala na ako', 'kung wala na ako'],
        pairs: [
          { ordered: true, reach: 24, a: ['sabi niya', 'sabi nya', 'sinabi niya', 'sinabi nya', 'nag text', 'nagtext', 'nag message', 'nagmessage', 'nag post', 'nagpost', 'sinasabi niya', 'sinasabi nya', 'lagi niyang sinasabi', 'lagi nyang sinasabi'], b: ['tatalon', 'magpapakamatay', 'papatayin ang sarili', 'wakasan', 'magbibigti', 'mawawala na', 'aalis na ako', 'paalam', 'kakailanganin mo na'] },
          { reach: 24, a: ['ilang palapag', 'gaano kataas', 'pinakamataas na building', 'pinakamataas na gusali', 'ilang tableta', 'ilang gamot'], b: ['matapos', 'mamatay', 'sigurado', 'hindi masakit', 'hindi na magising', 'para matapos'] },
          { reach: 24, a: ['insurance', 'insurans'], b: ['kung wala na ako', 'kung mamatay ako', 'pag namatay ako', 'makukuha nila', 'mas okay pa', 'mas mabuti pa'] },
          { reach: 16, a: ['nakaupo sa railing', 'nakatayo sa railing', 'nasa bubong', 'nasa rooftop', 'nasa tulay', 'tinititigan', 'tumatawid ako sa riles'], b: ['umiiyak', 'ngayon', 'tulay', 'riles', 'tren', 'ilog', 'dagat', 'floor'] },
        ],
      },
      pt: {
        say: ['vai se jogar', 'vou me jogar', 'ia se jogar', 'quer se jogar', 'disse que vai se matar', 'vai se matar', 'quer se matar', 'ameaçou se matar', 'ameaça se matar', 'tirar a vida dele', 'tirar a vida dela', 'cuida da minha filha', 'cuida do meu filho', 'cuida da minha mãe', 'cuida dos meus filhos', 'se eu sumir', 'não vou mais estar aqui', 'boa noite pra quem fica', 'pra quem fica', 'descansar pra sempre', 'descansar para sempre', 'resolver tudo de uma vez', 'hoje eu termino com isso', 'termino com tudo', 'acabar com tudo', 'prefiro acabar aqui', 'já sei o que vou fazer', 'só falta coragem', 'já marquei a data', 'carta de despedida', 'depois ir junto', 'levar ele comigo', 'levar ela comigo', 'levar meu filho comigo', 'levar minha filha comigo', 'torcendo pro meu coração parar', 'pro meu coração parar', 'não quero mais continuar', 'não quero continuar vivendo', 'tem cortes nos braços', 'cortes nos braços', 'cortes no braço', 'se cortando', 'se queimando', 'me queimando', 'melhor desaparecer', 'melhor sumir'],
        pairs: [
          { ordered: true, reach: 24, a: ['disse que', 'falou que', 'fala que', 'diz que', 'mandou mensagem', 'postou', 'ameaçou', 'ameaça'], b: ['se jogar', 'se matar', 'quer morrer', 'queria morrer', 'pular da', 'pular do', 'sumir pra sempre', 'acabar com a vida', 'tomar todos os remédios', 'tomar todos os comprimidos', 'não vai estar aqui', 'se enforcar'] },
          { reach: 24, a: ['seguro de vida', 'seguro'], b: ['paga mesmo se', 'paga se a pessoa', 'se eu morrer', 'se eu não estiver', 'minha família recebe', 'família recebe', 'carência'] },
          { reach: 16, a: ['tô no', 'tô na', 'to no', 'to na', 'estou no', 'estou na', 'sentada na', 'sentado na', 'em pé na'], b: ['último andar', 'beira da plataforma', 'beira da ponte', 'beirada', 'parapeito', 'telhado', 'terraço', 'em cima da ponte', 'olhando pra baixo'] },
          { reach: 16, a: ['remédios', 'comprimidos', 'a caixa inteira', 'todos os remédios', 'cartela'], b: ['guardados', 'guardei', 'guardando', 'juntando', 'juntei', 'separei', 'de uma vez', 'tomar tudo', 'pra não acordar', 'para não acordar'] },
          { reach: 12, a: ['carvão', 'corda do varal', 'a corda'], b: ['fita', 'levou'] },
        ],
        idioms: ['morrer em casa', 'morrer no hospital', 'morrer de vergonha', 'morrer de rir', 'morrer de fome', 'de vez em quando', 'de vez em', 'obrigada por tudo que', 'obrigado por tudo que', 'seguro do carro', 'seguro saúde', 'seguro-desemprego', 'seguro desemprego'],
      },
      id: {
        say: ['nyusul almarhum', 'menyusul almarhum', 'pamit di ig', 'pamit di story', 'pamit di instagram', 'gak mau bangun besok', 'nggak mau bangun besok', 'ga mau bangun besok', 'tidak mau bangun besok', 'kalau aku pergi tolong', 'kalau aku mati', 'kalau saya mati', 'besok aku udah tenang', 'udah gak kuat hidup', 'gak kuat hidup', 'nggak kuat hidup', 'tidak kuat hidup lagi', 'hilang aja dari dunia', 'ini terakhir kali kita ketemu', 'terakhir kali kita bertemu', 'login terakhir', 'tali udah ada', 'tali sudah ada', 'sudah beli tali', 'udah beli tali', 'dosis obat yang mematikan', 'obat yang mematikan', 'minum obat yang banyak', 'minum semua obat', 'sengaja gak minum obat', 'sengaja tidak minum obat', 'gak butuh tempat tinggal lagi', 'tidak butuh tempat tinggal lagi'],
        pairs: [
          { ordered: true, reach: 24, a: ['dia bilang', 'katanya', 'bilang mau', 'kirim pesan', 'nulis', 'posting', 'ngancam', 'mengancam'], b: ['bunuh diri', 'mau mati', 'pengen mati', 'ingin mati', 'loncat', 'lompat dari', 'terjun', 'gantung diri', 'mengakhiri hidup', 'jagain ibu', 'jaga ibu'] },
          { reach: 24, a: ['asuransi'], b: ['kalau aku gak ada', 'kalau saya gak ada', 'kalau aku mati', 'kalau saya mati', 'kalau saya meninggal', 'biar utangnya lunas', 'cair ke keluarga'] },
          { reach: 16, a: ['di atap', 'atap asrama', 'atap gedung', 'di jembatan', 'di rel', 'gedung tinggi', 'di pinggir'], b: ['sekarang', 'udah liat', 'lihat-lihat', 'liat2', 'lompat', 'loncat', 'terjun'] },
          { reach: 24, a: ['udah mantap', 'sudah mantap', 'udah siap', 'sudah siap', 'udah aku putuskan', 'saya putuskan', 'sudah saya putuskan'], b: ['tinggal nunggu', 'tinggal menunggu', 'hari terakhir', 'malam ini', 'nanti malam'] },
        ],
      },
    },
  },
  {
    name: 'how lethal a height, a dose or a way is; at the edge or the water now; cutting again, deeper; pills put by; insurance instead of me',
    signal: 'suicide',
    words: {
      ja: {
        say: ['もう戻らないつもり', 'もうもどらないつもり', '迎えるつもりはない', 'むかえるつもりはない', 'どうやって終わらせるか', 'どうやっておわらせるか', '消えるのが一番', 'きえるのがいちばん', 'いなくなるのが一番', 'いなくなるのがいちばん', 'いなくなるのが親孝行', 'いなくなるのがおやこうこう', '消えるのが親孝行', 'きえるのがおやこうこう', '死んだら楽', 'しんだららく', '死ねば楽', 'しねばらく', '前より深く', 'まえよりふかく', '深く切', 'ふかくき', 'またきって', 'また切って', 'またリスカ', 'またりすか'],
        pairs: [
          { reach: 12, a: ['首つる', 'くびつる', '首を吊る', 'くびをつる', '首吊り', 'くびつり', '首をつる', '飛び降り', 'とびおり', '練炭', 'れんたん'], b: ['くるしい', '苦しい', '痛い', 'いたいですか', '意識', 'いしき', '死ね', 'しね', '楽に', 'らくに', '確実', 'かくじつ', '何階', 'なんかい', 'どのくらいで', 'どれくらいで'] },
          { reach: 10, a: ['落ちたら', 'おちたら', '飛び込んだら', 'とびこんだら', '飛び降りたら', 'とびおりたら', 'ねたら', '寝たら', 'のんだら', '飲んだら'], b: ['楽に', 'らくに', '楽かな', 'らくかな', 'らく かな', 'おわれる', '終われる', 'しねる', '死ねる', 'しねますか', '死ねますか'] },
          { ordered: true, reach: 4, a: ['ベランダ', 'べらんだ', '屋上', 'おくじょう', '橋', 'はし', '崖', 'がけ', '線路', 'せんろ', '踏切', 'ふみきり', '手すり', 'てすり', '柵', 'かいだんのうえ', '階段の上'], b: ['に立って', 'にたって', 'をのりこえ', 'を乗り越え', 'から下を', 'からしたを', '見下ろ', 'みおろ', '低かった', 'ひくかった', 'にいる', 'にいます', 'に来てる', 'にきてる', 'にきています', 'に来ています'] },
          { ordered: true, reach: 12, a: ['ベランダの柵', 'べらんだのさく', 'ベランダの手すり', 'べらんだのてすり', '屋上の柵', 'おくじょうのさく', '屋上のフェンス', '橋の欄干', 'はしのらんかん'], b: ['ずっと立って', 'ずっとたって', 'ずーっと立って', 'ずーっとたって', 'じっと立って', 'じっとたって'] },
          { ordered: true, reach: 2, a: ['川の近く', 'かわのちかく', '海の近く', 'うみのちかく', '川のそば', 'かわのそば', '橋の上', 'はしのうえ'], b: ['にいる', 'にいます', 'に来た', 'にきた', 'に立って', 'にたって'] },
          { reach: 12, a: ['保険金', 'ほけんきん', '保険', 'ほけん'], b: ['を残すしかな', 'をのこすしかな', 'のこすしかない', '残すしかない', '返せる', 'かえせる', '自殺でも', 'じさつでも', '死んだら', 'しんだら', 'いなくなれば', 'のほうが家族', 'のほうがかぞく'] },
          { ordered: true, reach: 6, a: ['次の快速', 'つぎのかいそく', '次の電車', 'つぎのでんしゃ', '電車が来たら', 'でんしゃがきたら', '快速が来たら'], b: ['飛び', 'とび', '来たら', 'きたら', '考えて', 'かんがえて'] },
        ],
        idioms: ['階段から落ちたら危', 'かいだんからおちたらあぶ', 'ほけんしょう', '保険証', '保険料', 'ほけんりょう', '国民健康保険', '介護保険', 'かいごほけん', '健康保険', 'けんこうほけん'],
      },
      en: {
        say: ['painless ways', 'painless way$', 'end it painlessly', 'die painlessly', 'ways to die', 'ways to kill myself', 'how to end it', 'look like an accident', 'looks like an accident',
          'roof access', 'rooftop access', 'get onto the roof', 'get onto the rooftop', 'rooftops you can get', 'roof you can get', 'open rooftop', 'roof door unlocked', 'roof is unlocked', 'rooftop is unlocked',
          'cutting again', 'cut again tonight', 'cut again last night', 'cut myself again', 'cutting herself', 'cutting himself', 'cutting her arms', 'cutting his arms', 'cuts on her arms', 'cuts on his arms', 'cut her wrist', 'cut his wrist', 'deeper this time', 'deeper than before', 'deeper than usual', 'deeper than last time', 'deeper each time',
          'burning herself', 'burning himself', 'blade to my wrist', 'blade to my arm', 'razor to my wrist', 'lines on her arms', 'lines on his arms', 'pills in my hand', 'pills in my hands', 'pills in front of me', 'holding the pills', 'stepped off the', 'be gone by morning', 'be gone by tomorrow', 'gone by the morning', 'planning my exit', 'think about how id do it', 'thinking about how id do it', 'thought about how id do it', 'we both went together', 'if we both went', 'both go together', 'taking us both away', 'take us both away', 'taped from inside', 'taped from the inside', 'tape around the door', 'tape around the frame', 'one leg over', 'over the railing', 'looking over the edge', 'keep looking down from'],
        pairs: [
          { reach: 32,
            a: ['would it take', 'it would take', 'would be too many', 'is too many', 'are too many', 'to not wake up', 'to never wake', 'feel nothing', 'painless', 'guaranteed', 'would i survive', 'would you survive', 'survive a fall', 'survive the fall', 'high enough', 'tall enough', 'is it fatal', 'be fatal', 'is it lethal', 'be lethal', 'enough to kill', 'does it hurt', 'how long does it take', 'how quickly'],
            b: ['pills', 'tablets', 'antidepressants', 'sleeping pills', 'meds$', 'floor$', 'storey', 'bridge', 'building', 'roof', 'jumping', 'jump$', 'hanging', 'to hang', 'of them$', 'of these$', 'enough of them', 'enough of these', 'noose', 'helium', 'charcoal'] },
          { ordered: true, reach: 24, a: ['highest building', 'tallest building', 'which building', 'which buildings', 'what building'], b: ['roof', 'rooftop', 'get onto', 'get up', 'open'] },
          { ordered: true, reach: 24,
            a: ['keep looking at', 'been looking at', 'looking down at', 'keep staring at', 'been staring at', 'stood at the', 'walking to the', 'keep going back to', 'keep walking to', 'keep thinking about the', 'looking up at the'],
            b: ['bridge', 'bridges', 'river', 'train tracks', 'tracks', 'rails', 'railway', 'edge', 'rooftop', 'cliff', 'platform'] },
          { ordered: true, reach: 16,
            a: ['hes on the', 'shes on the', 'he is on the', 'she is on the', 'is on the roof', 'friend is on', 'standing on my', 'been standing on', 'been sitting on', 'sitting on the edge', 'on top of a', 'on the top of', 'at the middle of', 'in the middle of the', 'typing this from the', 'writing from the', 'up here on the', 'standing at the edge'],
            b: ['bridge', 'roof', 'rooftop', 'ledge', 'balcony', 'railing', 'car park', 'parking garage', 'cliff', 'platform edge', 'tracks', 'floor$'] },
          { ordered: true, reach: 16,
            a: ['step in front of', 'stepping in front of', 'walk in front of', 'walking in front of', 'walking into', 'walk into', 'fall in front of', 'turning the wheel into', 'turn the wheel into', 'drive into', 'driving into', 'crash my car into'],
            b: ['train', 'express', 'truck', 'lorry', 'bus$', 'traffic', 'the river', 'the sea', 'the ocean', 'the water', 'the wall', 'oncoming', 'barrier'] },
          { ordered: true, reach: 16,
            a: ['saved up', 'been saving', 'saving up', 'saving her', 'saving his', 'saving my', 'hoarding', 'stashing', 'stashed', 'hiding her', 'hiding his', 'kept back', 'collecting'],
            b: ['pills', 'sleeping pills', 'tablets', 'antidepressants', 'meds$', 'heart pills', 'painkillers'] },
          { ordered: true, reach: 40,
            a: ['stopped taking', 'not taking', 'refuses to take', 'quit taking', 'stopped eating', 'refusing to eat', 'stop eating'],
            b: ['on purpose', 'deliberately', 'lived long enough', 'ready to go', 'let nature take', 'so he can go', 'so she can go', 'to be with', 'join her', 'join him', 'a nuisance', 'a burden'] },
          { reach: 48, acrossSentences: true,
            a: ['life insurance', 'insurance money', 'insurance payout', 'the insurance will', 'insurance still pay'],
            b: ['better off', 'if i wasnt', 'if i was gone', 'if im gone', 'if i wasnt around', 'pay out if', 'still pay', 'look after you', 'would clear', 'will clear', 'clear everything', 'cover the debt', 'pay off the debt', 'look like an accident', 'for my familys sake', 'you know'] },
          { reach: 40, acrossSentences: true, a: ['goodbye', 'bye$'], b: ['thanks for trying', 'thank you for trying'] },
          { ordered: true, reach: 16, a: ['if i dont wake up', 'if i never wake up', 'if i didnt wake up'], b: ['thats fine', 'its fine', 'thats ok', 'thats okay', 'so be it', 'dont care', 'who cares', 'better'] },
          { ordered: true, reach: 24, a: ['wont be needing', 'wont need', 'wont be here to', 'not going to need'], b: ['after this weekend', 'after the weekend', 'after friday', 'after saturday', 'after sunday', 'after tonight', 'after this week', 'after tomorrow'] },
          { ordered: true, reach: 8, a: ['think about', 'thinking about', 'thought about', 'keep thinking of', 'thinking of'], b: ['jumping from', 'jumping off', 'jumping in front', 'stepping in front', 'hanging myself', 'walking into the sea', 'walking into the river'] },
        ],
        idioms: ['cutting again my hours', 'cutting again our', 'walking into the office', 'walking into the room', 'walk into the office', 'walk into the room', 'drive into the city', 'drive into town', 'driving into the city', 'driving into town', 'walk into the water bill'],
      },
      zh: {
        // cutting the arm or hand again, hidden under long sleeves («又開始割手了», 「又开始划手臂」)
        say: ['又割手', '又划手', '又割手腕', '又割了手腕', '又割腕', '又割了腕', '又划手臂', '又割手臂', '又开始割手', '又开始划手', '开始割手', '开始划手', '又在割手', '又在划手', '割手臂', '划手臂', '又开始割了', '又开始划了', '又想割', '又割了', '又划了手腕', '又划手腕', '要割手', '割手才', '手腕上又多了', '手腕上全是血', '手腕上有好多', '手腕上有一道', '一道一道的划痕', '一道一道的痕', '割得更深', '划得更深', '越割越深', '炭和胶带', '买好了炭', '木炭和胶带', '被车撞了就好', '被车撞死就好'],
        pairs: [{ reach: 16, acrossSentences: true, a: ['去找', '去陪', '想去找', '好想去找', '跟着'], b: ['去年走了', '已经走了', '他走了', '她走了', '去世了', '已经不在了'] }],
      },
      ko: { say: ['다시 손목을', '더 깊게 그었'] },
      vi: { say: ['nhảy từ tầng mấy', 'tầng mấy thì chết'] },
      ne: { say: ['कति अग्लोबाट हाम फाले मरिन्छ', 'फेरि हात काटें'] },
      tl: {
        say: ['naghihiwa ng braso', 'hinihiwa ang braso', 'naghiwa ulit', 'laslas ulit', 'mas malalim ngayon', 'mas malalim na hiwa'],
      },
      pt: {
        say: ['mais fundo dessa vez', 'mais fundo desta vez', 'cortei de novo', 'me cortei de novo', 'voltei a me cortar'],
      },
      id: {
        pairs: [{ ordered: true, reach: 24, a: ['kalau aku udah gak ada', 'kalau saya udah gak ada', 'kalau aku sudah tidak ada', 'kalau saya sudah tidak ada', 'kalau aku gak ada', 'kalau aku nggak ada', 'kalau aku ga ada', 'kalau saya gak ada', 'kalau saya tidak ada', 'kalau aku tidak ada', 'kalau aku pergi'], b: ['lebih gampang', 'lebih baik', 'lebih mudah', 'lebih bahagia', 'lebih tenang', 'asuransi', 'tolong jagain', 'tolong kirim', 'tolong jaga'] }],
        say: ['nyilet lagi', 'menyilet lagi'],
      },
    },
  },
  {
    name: 'joining a dead spouse, parent or child; “going to see” someone who has died',
    signal: 'suicide',
    words: {
      ja: {
        say: ['逝きたい', '妻のもとへ行きたい', '夫のもとへ行きたい', 'あの世に行きたい', 'あのよにいきたい', 'あの世へ行きたい', '早くお迎え', 'そっちに行きたい', 'そっちにいきたい', 'そっちへ行きたい'],
        pairs: [
          { ordered: true, reach: 6,
            a: ['妻', 'つま', '夫', 'おっと', '主人', '連れ合い', 'つれあい', '亡き', 'なき', '天国の', 'てんごくの', 'あの世の', 'あのよの'],
            b: ['のもとに行き', 'のもとにいき', 'のもとへ行き', 'のもとへいき', 'のもとに早く', 'のもとにはやく', 'のそばに行きた', 'のそばにいきた', 'に会いに行きた', 'にあいにいきた'] },
          { reach: 24, acrossSentences: true,
            a: ['亡くなった', 'なくなった', '死んだ', 'しんだ', '先立た', 'さきだた', '亡き', '天国', 'てんごく', 'あの世', 'あのよ', '仏壇', 'ぶつだん'],
            b: ['のところに行きたい', 'のところにいきたい', 'のところへ行きたい', 'のところへいきたい', 'のもとに行', 'のもとにいき', 'のもとへ行', 'のもとへいき', '早く行きたい', 'はやくいきたい', '逝きたい', 'そばに行きたい', 'そばにいきたい'] },
          // 「わしもそろそろ母さんのところへ行く」: I too will soon go where she is
          { ordered: true, reach: 10,
            a: ['もそろそろ', 'もぼちぼち', 'ももうすぐ', 'もじきに', 'もまもなく', 'も近いうちに', 'もちかいうちに'],
            b: [...['のところへ', 'のところに', 'のとこへ', 'のとこに', 'のもとへ', 'のもとに', 'のそばへ', 'のそばに'].flatMap((to) => ['行くと言', '行くと口', 'いくといって', '行くって', 'いくって', '行くよ', 'いくよ', '行くから', 'いくから', '行くわ', 'いくわ', '行くかな', 'いくかな', '行こうかな', 'いこうかな', '行こうと思', 'いこうとおも', '行く準備', 'いくじゅんび'].map((go) => `${to}${go}`)), 'あの世', 'あのよ', 'お迎えが', 'おむかえが'] },
        ],
      },
      en: {
        say: ['join my late', 'be with my late', 'be joining your mother soon', 'be joining your father soon', 'be joining your mum soon', 'be joining your mom soon', 'be joining your dad soon', 'be joining her soon', 'be joining him soon', 'join your mother soon', 'join your father soon', 'join your mum soon', 'join your mom soon', 'join your dad soon', 'join him in heaven', 'join her in heaven', 'be with him in heaven', 'be with her in heaven', 'see him in heaven', 'see her in heaven', 'join my husband in heaven', 'join my wife in heaven', 'with him on the other side', 'with her on the other side'],
        pairs: [
          { reach: 80, acrossSentences: true,
            a: ['join him', 'join her', 'join my husband', 'join my wife', 'join grandpa', 'join grandma', 'join dad', 'join mom', 'join mum', 'be with him again', 'be with her again', 'go see mom', 'go see dad', 'go see mum', 'go see grandpa', 'go see grandma', 'going to see grandpa', 'going to see grandma', 'going to see mom', 'going to see dad', 'going to see mum', 'better off with dad', 'better off with mom', 'better off with mum', 'better off with him', 'better off with her', 'join them'],
            b: ['died', 'passed away', 'passed last', 'passed in', 'since he passed', 'since she passed', 'widowed', 'funeral', 'late husband', 'late wife'] },
        ],
      },
      zh: {
        say: ['下去陪', '下去找他', '下去找她', '去地下陪', '去天上陪', '去那边陪', '去那边找', '早点去陪', '早点去找他', '早点去找她', '去找老伴', '去陪老伴', '随他去了', '随她去了', '跟他走了算了', '跟她走了算了'],
        pairs: [
          { ordered: true, reach: 6, a: ['去找', '去陪', '去见', '跟着去', '追随'], b: ['亡夫', '亡妻', '过世的', '死去的', '走了的', '天上的', '在天上', '地下的', '九泉'] },
          { ordered: true, reach: 4, a: ['过几天就去找', '很快就去找', '马上就去找', '就要去找', '过几天就去陪', '很快就去陪'], b: ['爷爷', '奶奶', '外公', '外婆', '老伴', '你爸', '你妈', '他爸', '孩子他爸'] },
        ],
      },
      ko: {
        say: ['남편 곁으로 가고', '아내 곁으로 가고', '먼저 간 남편 곁', '먼저 간 아내 곁', '하늘나라로 가고 싶', '따라가고 싶어', '따라 가고 싶어', '곁으로 가고 싶'],
        pairs: [{ reach: 30, acrossSentences: true, a: ['곁으로 가', '따라가', '따라 가', '만나러 가', '보러 가'], b: ['먼저 간', '먼저 떠난', '하늘나라', '하늘에 있는', '돌아가신', '세상을 떠난', '죽은 남편', '죽은 아내'] }],
      },
      vi: {
        say: ['đi theo ông nhà', 'theo ông ấy về', 'xuống suối vàng', 'xuống dưới đó với', 'về với ông bà', 'đoàn tụ với chồng', 'đoàn tụ với vợ'],
        pairs: [{ reach: 40, a: ['đi theo', 'đoàn tụ', 'gặp lại', 'xuống gặp', 'xuống với', 'về với'], b: ['đã mất', 'đã qua đời', 'qua đời', 'suối vàng', 'thiên đường', 'đã khuất', 'người đã khuất', 'đi trước'] }],
      },
      ne: {
        say: ['उहाँकहाँ जान मन', 'स्वर्गमा भेट्न', 'उहाँसँगै जान मन', 'swarga ma bhetna', 'swarg ma bhetna', 'uhaa kaha jaana man', 'uha kaha jana man', 'uhaa sangai jaana man', 'uha sangai jana man'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['pachhi jaana', 'pachi jana', 'sangai jaana', 'sangai jana', 'kaha jaana', 'kaha jana', 'bhetna jaana', 'bhetna jana', 'पछि जान', 'कहाँ जान', 'सँगै जान', 'भेट्न जान'], b: ['swargiya', 'swarga', 'swarg', 'bitnu bhayo', 'bitnubhayo', 'bitibhayo', 'marnu bhayo', 'marnubhayo', 'स्वर्गीय', 'स्वर्ग', 'बित्नुभयो', 'मर्नुभयो', 'बितेको'] }],
      },
      tl: {
        say: ['susunod na ako sa kanya', 'susunod na ako kay', 'gusto ko nang sumunod kay', 'makasama ko na ulit si', 'makapiling ko na si'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['susunod', 'sumunod', 'sundan', 'makasama ulit', 'makapiling', 'makasama na si', 'makasama ko na'], b: ['yumao', 'namatay', 'pumanaw', 'sa langit', 'sa kabilang buhay', 'namayapa', 'sumakabilang buhay'] }],
      },
      pt: {
        say: ['me juntar a ele', 'me juntar a ela', 'ir pra junto dele', 'ir pra junto dela', 'ir para junto dele', 'ir para junto dela', 'encontrar com ele no céu', 'encontrar com ela no céu', 'ficar com ele lá em cima', 'ir ficar com meu marido', 'ir ficar com minha esposa'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['me juntar', 'ir ficar com', 'ir pra junto', 'ir para junto', 'estar com ele de novo', 'estar com ela de novo', 'me encontrar com'], b: ['que morreu', 'que faleceu', 'falecido', 'falecida', 'no céu', 'lá em cima', 'do outro lado', 'que partiu', 'morreu$', 'faleceu'] }],
      },
      id: {
        say: ['nyusul kakek', 'nyusul nenek', 'nyusul suami', 'nyusul almarhum', 'nyusul almarhumah', 'menyusul almarhum', 'menyusul almarhumah', 'menyusul suami saya', 'menyusul istri saya', 'mau nyusul dia', 'pengen nyusul dia', 'ingin menyusul dia', 'cepet nyusul', 'cepat menyusul'],
        pairs: [{ reach: 48, acrossSentences: true, a: ['nyusul', 'menyusul', 'ikut pergi sama', 'ikut almarhum'], b: ['kakek', 'nenek', 'almarhum', 'almarhumah', 'meninggal', 'surga', 'alam sana', 'wafat', 'berpulang'] }],
      },
    },
  },
  {
    name: 'my own body, funeral or remains: what happens, who takes them, soon',
    signal: 'suicide',
    words: {
      ja: {
        say: ['自分の遺体', 'じぶんのいたいは', '私の遺体', 'わたしの遺体', '自分の死体', 'じぶんのしたい', 'わたしのしたいは', '私の死体', '自分の葬式の', 'じぶんのそうしきの', '自分のお葬式の', 'じぶんのおそうしきの', 'わたしのおそうしき', '私のお葬式'],
      },
      en: {
        say: ['who would come to my funeral', 'who would come to their funeral', 'what my funeral would look like', 'what their funeral would look like', 'planning my own funeral', 'donate my body to science'],
        pairs: [
          { reach: 60, acrossSentences: true,
            a: ['my body', 'the body', 'my funeral', 'my remains', 'my ashes', 'the city will take care of the body', 'if they die here', 'if i die here'],
            b: ['asking for myself', 'asking for me', 'for myself$', 'dont ask why', 'doesnt matter why', 'before the end of the month', 'end of the month', 'this week', 'how quickly', 'soon$'] },
        ],
      },
      zh: { say: ['我的后事', '自己的后事', '后事都安排好', '后事已经安排', '后事都交代', '交代后事', '交待后事', '帮我收尸', '谁来收尸', '谁给我收尸', '给我收尸', '我的遗体', '我的尸体', '自己的葬礼', '我的葬礼'] },
      ko: { say: ['내 장례식', '제 장례식', '내 장례는', '제 장례는', '내 시신', '제 시신', '내 시체', '제 시체', '뒷일을 부탁', '뒷정리를 부탁'] },
      vi: { say: ['đám tang của tôi', 'đám tang của mình', 'đám tang của em', 'xác của tôi', 'xác tôi', 'thi thể của tôi', 'hậu sự của tôi', 'hậu sự cho mình', 'lo hậu sự cho tôi'],
        // what a cremation costs, whether the ashes can go home, asked «in advance» so the family will not suffer on my account, or
        // with «I can't take it any more» (a parent's cremation asked about has neither)
        pairs: [{ reach: 200, acrossSentences: 3,
          a: ['hỏa táng', 'hoả táng', 'tro cốt', 'đưa xác', 'chở xác', 'chuyển xác', 'đưa thi thể', 'chuyển thi thể', 'mang tro', 'gửi tro', 'chi phí mai táng', 'chi phí tang lễ'],
          b: ['khỏi khổ vì mình', 'khỏi khổ vì em', 'khỏi khổ vì tôi', 'khỏi khổ vì con', 'khỏi phải khổ vì', 'đỡ khổ vì mình', 'đỡ khổ vì em', 'khỏi vất vả vì mình', 'khỏi vất vả vì em', 'khỏi phải lo cho mình', 'khỏi phải lo cho em', 'mình không chịu được nữa', 'em không chịu được nữa', 'tôi không chịu được nữa', 'mình không chịu nổi nữa', 'em không chịu nổi nữa', 'tôi không chịu nổi nữa', 'mình hết chịu nổi', 'em hết chịu nổi', 'tôi hết chịu nổi', 'không muốn sống nữa'] }] },
      ne: { say: ['mero lash', 'mero laas', 'mero las$', 'mero kiriya', 'mero antim sanskar', 'मेरो लास', 'मेरो शव', 'मेरो किरिया', 'मेरो अन्त्येष्टि', 'मेरो दाहसंस्कार'] },
      tl: { say: ['bangkay ko', 'libing ko', 'burol ko', 'lamay ko', 'ang katawan ko pag', 'katawan ko kapag namatay'] },
      pt: { say: ['meu enterro', 'meu velório', 'meu funeral', 'meu próprio enterro', 'meu próprio velório', 'meu corpo quando eu morrer', 'meu corpo se eu morrer'] },
      id: {
        say: ['jenazah saya', 'jenazahku', 'jenazah aku', 'mayat saya', 'mayatku', 'mayat aku', 'pemakaman saya', 'pemakamanku', 'sebelum aku ngelakuin', 'sebelum saya ngelakuin', 'sebelum aku melakukannya', 'sebelum saya melakukannya'],
        pairs: [{ reach: 60, acrossSentences: true, a: ['jenazah', 'mayat'], b: ['sebelum aku', 'sebelum saya', 'buat aku sendiri', 'buat saya sendiri', 'untuk saya sendiri', 'nanya buat diri'] }],
      },
    },
  },
  {
    name: 'affairs put in order: bills paid, contracts cancelled, keys and PINs left, loose ends tied; how to cancel a contract or close an account “after I am gone”',
    signal: 'suicide',
    words: {
      ja: {
        say: ['身辺を整理', 'しんぺんをせいり', '身の回りの整理をし', 'みのまわりのせいりをし', '全部解約して', 'ぜんぶかいやくして', '全部解約した', 'ぜんぶかいやくした'],
        pairs: [
          { reach: 40, acrossSentences: true,
            a: ['私がいなくなった後', 'わたしがいなくなったあと', '僕がいなくなった後', 'ぼくがいなくなったあと', '俺がいなくなった後', 'おれがいなくなったあと', '自分がいなくなった後', 'じぶんがいなくなったあと', '本人がいなくなった後', 'ほんにんがいなくなったあと', '私がこの世にいなくな', 'わたしがこのよにいなくな'],
            b: ['解約', 'かいやく'] },
          { reach: 30, acrossSentences: true,
          a: ['解約', 'かいやく', '部屋の鍵', 'へやのかぎ', '合鍵', 'あいかぎ', '通帳', 'つうちょう', '暗証番号', 'あんしょうばんごう', 'パスワード', 'ぱすわーど'],
          b: ['後はよろしく', 'あとはよろしく', 'あとは頼', 'あとはたの', 'もう使わない', 'もうつかわない', '私にはもう必要', 'わたしにはもうひつよう', 'もう必要なくなる', 'もうひつようなくなる', 'もういないから', 'もういなくなるから', 'もう大丈夫だから', 'もうだいじょうぶだから'] }],
      },
      en: {
        say: ['cancel everything at once', 'dont need any of it anymore', 'wont need any of it', 'wont need the room', 'wont need the flat', 'wont need the apartment', 'wont need my phone', 'sorry for the trouble ill cause', 'the rest tomorrow'],
        pairs: [{ reach: 80, acrossSentences: true,
          a: ['after im gone', 'when im gone', 'once im gone', 'after i am gone', 'when i am gone', 'when im not here anymore', 'when im no longer here', 'once im no longer here', 'after im no longer here', 'when im not around anymore'],
          b: ['cancel', 'close my', 'phone contract', 'my contract', 'my lease'] },
        { reach: 80, acrossSentences: true,
          a: ['cancelled my phone', 'cancelled my lease', 'canceled my phone', 'canceled my lease', 'cancel my phone', 'cancel my lease', 'cancelled the gym', 'paid all the bills', 'paid all my bills', 'rent is paid', 'left the keys', 'spare key', 'keys under', 'key is under', 'cleaned my whole', 'cleaned the whole', 'will written', 'wrote my will', 'written my will', 'my bank pin', 'my pin$', 'bank password', 'my passwords', 'resignation letter sent'],
          b: ['loose ends', 'wont need', 'wont be needing', 'dont need any', 'sorry for the trouble', 'after im gone', 'for my brother', 'for my sister', 'for my mum', 'for my mom', 'goodbye', 'feel really calm', 'feel calm', 'know what that means', 'my letter', 'nobody has to deal'] }],
      },
      zh: {
        say: ['过后就用不上', '以后就用不上了', '就再也用不上', '不需要任何东西了', '我这边的事都处理', '我这边的事差不多都处理', '我的事都处理完', '我的事都交代好', '后面的事拜托', '以后的事就拜托', '把银行卡密码', '银行卡密码告诉'],
        pairs: [{ reach: 20, acrossSentences: true, a: ['我不在了以后', '我不在了之后', '等我不在了', '我不在人世'], b: ['注销', '解约', '销户', '退租', '合约', '合同'] }, { reach: 20, acrossSentences: true, a: ['房子', '手机', '合同', '存折', '密码', '钥匙', '房租'], b: ['用不上了', '我用不着', '就不需要了', '都处理完了', '都交代好了', '以后拜托', '以后就拜托', '下个月起我就不'] }],
      },
      ko: {
        say: ['신변 정리', '신변정리', '다 정리했어', '다 정리해 놨', '모든 걸 정리했', '통장 비밀번호를 알려', '비밀번호를 적어 놨', '비밀번호 적어 뒀', '이제 필요 없을 거', '저한텐 이제 필요 없'],
        pairs: [{ reach: 30, acrossSentences: true, a: ['내가 없어지면', '제가 없어지면', '내가 없어진 뒤', '제가 없어진 뒤', '내가 없어진 후', '제가 없어진 후', '내가 세상에 없으면', '제가 세상에 없으면'], b: ['해지', '해약', '계약'] }, { reach: 30, acrossSentences: true, a: ['해지', '통장', '비밀번호', '열쇠', '집 키'], b: ['이제 필요 없', '더는 필요 없', '뒷일', '뒷정리', '부탁해', '없을 테니'] }],
      },
      vi: {
        say: ['thu xếp mọi việc xong', 'sắp xếp xong mọi thứ', 'lo liệu xong hết', 'đã trả hết nợ', 'hủy hết hợp đồng', 'không cần gì nữa rồi', 'mật khẩu ngân hàng cho', 'để lại chìa khóa'],
        pairs: [{ reach: 120, acrossSentences: true, a: ['khi tôi không còn', 'khi em không còn', 'khi mình không còn', 'khi anh không còn', 'lúc tôi không còn', 'lúc em không còn', 'sau khi tôi đi rồi', 'sau khi em đi rồi', 'khi tôi ra đi', 'khi em ra đi'], b: ['hủy hợp đồng', 'huỷ hợp đồng', 'hợp đồng điện thoại', 'đóng tài khoản'] }, { reach: 40, acrossSentences: true, a: ['hủy', 'chìa khóa', 'mật khẩu', 'sổ tiết kiệm', 'tiền tiết kiệm'], b: ['không cần nữa', 'không còn cần', 'nhờ em lo', 'nhờ anh lo', 'nhờ chị lo', 'lo giúp', 'sau này nhờ'] }],
        idioms: ['còn ở nhật', 'còn ở bên nhật'],
      },
      ne: {
        say: ['sabai milaaisake', 'sabai milaisake', 'sab milaisake', 'sabai tayar chha', 'sabai ready chha', 'password pathaidiye', 'pin pathaidiye', 'सबै मिलाइसकें', 'सबै तयार छ', 'ऋण सबै तिरें', 'साँचो छोडें'],
        pairs: [{ reach: 120, acrossSentences: true, a: ['म नरहेपछि', 'म नभएपछि', 'म मरेपछि', 'ma narahepachhi', 'ma nabhaepachhi', 'ma nabhayepachhi'], b: ['सम्झौता', 'खाता बन्द', 'रद्द', 'sambhauta', 'samjhauta', 'khata banda', 'cancel'] }, { reach: 40, acrossSentences: true, a: ['saacho', 'sacho', 'chabi', 'password', 'pin$', 'bank', 'rin$', 'karja', 'साँचो', 'पासवर्ड', 'ऋण'], b: ['aba chahindaina', 'aba chahidaina', 'aba kaam chhaina', 'aba kaam chaina', 'aba kaam xaina', 'timi lai chahinchha', 'timilai chahinchha', 'chahinchha chhitto', 'अब चाहिँदैन', 'अब काम छैन'] }],
      },
      tl: {
        say: ['naayos ko na lahat', 'inayos ko na lahat', 'naayos ko na ang lahat', 'binayaran ko na lahat ng utang', 'bayad na lahat ng utang', 'iniwan ko ang susi', 'ibinigay ko na ang pin'],
        pairs: [{ reach: 120, acrossSentences: true, a: ['pag wala na ko', 'pag wala na ako', 'kapag wala na ko', 'kapag wala na ako', 'kung wala na ko', 'kung wala na ako', 'pag nawala na ko', 'pag nawala na ako', 'pagkawala ko', 'pag patay na ko', 'pag patay na ako'], b: ['cancel', 'kontrata', 'contract', 'isasara', 'isara ang'] }, { reach: 40, acrossSentences: true, a: ['susi', 'pin$', 'password', 'passbook', 'ipon ko', 'kontrata'], b: ['hindi ko na kailangan', 'di ko na kailangan', 'kakailanganin mo', 'ikaw na bahala', 'ikaw na ang bahala', 'kayo na bahala', 'kayo na ang bahala'] }],
        idioms: ['wala na ko trabaho', 'wala na ako trabaho', 'wala na akong trabaho', 'wala na ko work', 'wala na ko pera', 'wala na ako pera', 'wala na akong pera', 'wala na ko visa', 'wala na ko sa japan', 'wala na ako sa japan', 'wala na ko dito sa japan', 'wala na ako dito sa japan'],
      },
      pt: {
        say: ['deixando tudo em ordem', 'deixei tudo em ordem', 'deixei tudo arrumado', 'paguei todas as contas', 'cancelei tudo', 'cancelar tudo de uma vez', 'não vou precisar de mais nada', 'deixei a chave'],
        pairs: [{ reach: 120, acrossSentences: true, a: ['quando eu não estiver mais', 'qdo eu não estiver mais', 'qnd eu não estiver mais', 'quando eu n estiver mais', 'qdo eu n estiver mais', 'qnd eu n estiver mais', 'quando eu me for', 'depois que eu me for', 'quando eu faltar'], b: ['cancelar', 'cancelo', 'contrato', 'fechar a conta', 'fecho a conta', 'encerrar a conta', 'encerro a conta'] }, { reach: 40, acrossSentences: true, a: ['chave', 'senha', 'poupança', 'contrato', 'aluguel pago'], b: ['não vou mais precisar', 'não vou precisar', 'vai precisar logo', 'vocês vão precisar', 'cuida de tudo', 'desculpa o trabalho', 'desculpem o trabalho'] }],
        idioms: ['mais aqui no japão', 'mais no japão', 'me for embora', 'me for do japão'],
      },
      id: {
        say: ['semua sudah saya beresin', 'semua udah aku beresin', 'udah beres semua urusan', 'semua urusan sudah beres', 'sudah saya kembalikan semua', 'gak ada urusan lagi sama', 'tidak ada urusan lagi dengan', 'gaji terakhir saya', 'gaji terakhir aku', 'nomor rekening ada di'],
        pairs: [{ reach: 120, acrossSentences: true, a: ['kalau saya sudah tidak ada', 'kalau aku sudah tidak ada', 'kalau saya udah gak ada', 'kalau aku udah gak ada', 'kalau aku udah ga ada', 'kalau aku udah nggak ada', 'kalau saya udah nggak ada', 'setelah saya tiada', 'setelah aku tiada', 'sepeninggal saya', 'sepeninggalku'], b: ['kontrak', 'tutup akun', 'tutup rekening', 'berhentiin', 'batalin', 'membatalkan'] }, { reach: 48, acrossSentences: true, a: ['kunci', 'pin atm', 'pin$', 'password', 'rekening', 'tabungan', 'gaji terakhir'], b: ['udah gak butuh', 'gak perlu lagi', 'tidak perlu lagi', 'kalau saya udah gak ada', 'kalau aku udah gak ada', 'kalau saya sudah tidak ada', 'biar bisa aku kirim', 'tolong dikirim'] }],
        idioms: ['ada di jepang'],
      },
    },
  },
  {
    name: 'not here after a date: next month, after the 20th; a one-way ticket, no return needed',
    signal: 'suicide',
    words: {
      ja: {
        say: ['帰りの切符はいらな', 'かえりのきっぷはいらな', '帰りはいらな', 'かえりはいらな', 'もういないから', 'もういなくなるから', 'もうこの世にいない', 'もうこのよにいない'],
        pairs: [{ ordered: true, reach: 6, a: ['来月', 'らいげつ', '来週', 'らいしゅう', '週末', 'しゅうまつ', '春', '誕生日', 'たんじょうび', '年末', 'ねんまつ', '月末', 'げつまつ', '今月末', 'こんげつまつ'], b: ['にはもういない', 'にはもう私はいない', 'にはもうわたしはいない', 'にはこの世に', 'にはこのよに', 'にはもう生きて', 'にはもういきて'] },
          // «月末には自分もいないので、残ったものは処分してもらえると…猫だけ誰かもらってくれる人»: the writer not here after a date,
          // and what is left to be thrown away by others or the pet given away (a move names where to; this names nothing)
          { reach: 80, acrossSentences: 2,
            a: ['には自分もいない', 'にはじぶんもいない', 'には私もいない', 'にはわたしもいない', 'には僕もいない', 'にはぼくもいない', 'には俺もいない', 'にはおれもいない', 'には自分はいない', 'にはじぶんはいない', 'には私はもう', 'にはわたしはもう', 'には自分はもう', 'にはじぶんはもう'],
            b: ['残ったものは処分', '残ったものを処分', '残った物は処分', '残った物を処分', 'のこったものはしょぶん', 'のこったものをしょぶん', '残りは処分', 'のこりはしょぶん', '残ったものは捨て', 'のこったものはすて', '猫だけ', 'ねこだけ', '犬だけ', 'いぬだけ', '猫をもらって', 'ねこをもらって', '犬をもらって', 'いぬをもらって', '猫を誰か', 'ねこをだれか', '犬を誰か', 'いぬをだれか', '猫の引き取り', 'ねこのひきとり', '犬の引き取り', 'いぬのひきとり'] }],
      },
      en: {
        say: ['wont need a return', 'wont be needing a return', 'dont need a return ticket', 'one way ticket to the sea', 'not to visit anyone', 'dont plan to be here next', 'dont plan on being here', 'wont be here after that', 'wont be here after the', 'not be around after the', 'wont be here by then', 'wont be here next month', 'not be here next month', 'wont be around next month', 'wont be here next week', 'wont be able to look after them after'],
        pairs: [
          { reach: 60, acrossSentences: true, a: ['one way ticket', 'one way trip', 'one way flight'], b: ['not to visit', 'wont need', 'dont need a return', 'cliff', 'cliffs', 'tojinbo', 'aokigahara', 'last trip', 'dont bother calling', 'not coming back down'] },
          { ordered: true, reach: 24, a: ['dont plan to be here', 'dont plan on being here', 'not planning to be here', 'not planning on being here', 'dont intend to be here', 'not going to be around', 'not gonna be around'], b: ['next', 'after', 'much longer', 'anymore', 'by then', 'for long'] },
        ],
      },
      zh: {
        say: ['单程票', '不需要回程', '不用买回程', '今晚过后', '过了今晚就不', '下个月我就不在', '下周我就不在', '过几天我就不在', '以后我就不在了', '到时候我已经不在'],
        pairs: [{ ordered: true, reach: 6, a: ['下个月', '下周', '下礼拜', '过了今晚', '过几天', '月底', '周末', '明天以后', '明天之后'], b: ['就不在了', '我就不在', '我已经不在', '就用不上', '我不会在了', '也不会再去'] }],
      },
      ko: {
        say: ['편도 티켓', '편도로 끊었', '돌아올 표는 필요', '다음 달엔 세상에', '다음 주엔 세상에', '그때쯤엔 세상에', '그때는 이 세상에'],
        pairs: [{ ordered: true, reach: 12, a: ['다음 달', '다음달', '다음 주', '다음주', '내일', '주말', '그때', '생일', '내년', '이번 달', '이번달'], b: ['세상에 없', '이 세상에', '없을 사람', '없을 몸', '이 세상 사람이 아닐'] }],
      },
      vi: {
        say: ['vé một chiều', 'không cần vé khứ hồi', 'không cần vé về', 'tháng sau tôi không còn', 'tuần sau tôi không còn', 'sau tối nay tôi không còn', 'lúc đó tôi không còn'],
        pairs: [{ ordered: true, reach: 24, a: ['tháng sau', 'tuần sau', 'sau hôm nay', 'sau tối nay', 'ngày mai', 'cuối tháng', 'lúc đó'], b: ['không còn trên đời', 'không còn trên cõi đời', 'không còn sống', 'tôi không còn nữa', 'em không còn nữa', 'mình không còn nữa', 'không cần gì nữa'] }],
      },
      ne: {
        say: ['ek tarfi ticket', 'ek tarfe ticket', 'pharkine ticket chahindaina', 'farkine ticket chahindaina', 'एकतर्फी टिकट', 'फर्कने टिकट चाहिँदैन', 'अर्को महिना म रहन्न', 'arko mahina ma rahanna', 'arko hapta ma rahanna'],
        pairs: [{ ordered: true, reach: 24, a: ['arko mahina', 'arko hapta', 'bholi pachhi', 'bholi dekhi', 'aaja pachhi', 'अर्को महिना', 'अर्को हप्ता', 'भोलिपछि', 'आजपछि'], b: ['rahanna', 'rahanna hola', 'yo sansar ma', 'bachdina', 'baachdina', 'रहन्न', 'यो संसारमा', 'बाँच्दिन'] }],
      },
      tl: {
        say: ['hindi na kailangan ng pabalik', 'di ko na kailangan ng return', 'wala na ako sa susunod na buwan', 'wala na ako next month', 'wala na ako next week', 'wala na ako sa susunod na linggo'],
        pairs: [{ ordered: true, reach: 32, a: ['sa susunod na buwan', 'next month', 'next week', 'sa susunod na linggo', 'pagkatapos nito', 'pagkatapos ng', 'bukas'], b: ['wala na ako sa mundo', 'wala na ako dito sa mundo', 'hindi na ako aabot', 'di na ako aabot', 'hindi na ako buhay', 'di na ako buhay'] }],
      },
      pt: {
        say: ['passagem só de ida', 'passagem de ida só', 'só a ida', 'não preciso de volta', 'não vou precisar da volta', 'não vou estar mais aqui', 'não vou mais estar aqui', 'já não vou estar aqui', 'não vou estar aqui mês que vem', 'mês que vem eu não estou mais'],
        pairs: [{ ordered: true, reach: 32, a: ['mês que vem', 'semana que vem', 'depois de amanhã', 'depois disso', 'depois de hoje', 'a partir de', 'depois do dia'], b: ['não vou estar mais', 'não estarei mais', 'não vou mais estar', 'já não vou estar', 'não vou estar aqui', 'não vou precisar de mais nada', 'não vou mais precisar', 'não existo mais'] }],
      },
      id: {
        say: ['tiket sekali jalan', 'tiket satu arah', 'gak perlu tiket pulang', 'tidak perlu tiket pulang', 'bulan depan aku udah gak ada', 'bulan depan saya sudah tidak ada', 'minggu depan aku udah gak ada'],
        pairs: [{ ordered: true, reach: 32, a: ['bulan depan', 'minggu depan', 'besok', 'setelah ini', 'abis ini', 'habis ini', 'lusa', 'akhir bulan'], b: ['aku udah gak ada', 'saya udah gak ada', 'saya sudah tidak ada', 'aku sudah tidak ada', 'aku udah ga ada', 'saya udah ga ada', 'aku udah nggak ada', 'gak ada urusan lagi sama', 'tidak ada urusan lagi dengan', 'aku udah gak di dunia', 'saya sudah tidak di dunia'] }],
      },
    },
  },
  {
    name: 'if I do not reply, do not look for me; if you do not hear from me, you will know why',
    signal: 'suicide',
    words: {
      ja: {
        say: ['探さないでください', 'さがさないでください', '探さないでね', 'さがさないでね'],
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['返事がなかったら', 'へんじがなかったら', '返信がなかったら', 'へんしんがなかったら', '連絡がなかったら', 'れんらくがなかったら', '連絡がとれなくなったら', 'れんらくがとれなくなったら', '既読にならなかったら', 'きどくにならなかったら', '電話に出なかったら', 'でんわにでなかったら'],
          b: ['さようなら', 'さよなら', '探さないで', 'さがさないで', 'そういうこと', '察して', 'さっして', 'もういない', 'お別れ', 'おわかれ'] }],
      },
      en: {
        say: ['because i finally did it', 'its because i did it', 'means i did it', 'means i went through with it', 'please dont look for me', 'dont come looking for me'],
        pairs: [{ ordered: true, reach: 60, acrossSentences: true,
          a: ['if i dont reply', 'if i dont answer', 'if i dont respond', 'if you dont hear from me', 'if i stop replying', 'if i go quiet', 'if i dont text back', 'if i never reply'],
          b: ['finally did it', 'did it$', 'dont look for me', 'dont come looking', 'goodbye', 'thank you for everything', 'thanks for everything', 'forgive me', 'you know why', 'youll know why', 'youll know what happened', 'im gone'] }],
      },
      zh: {
        say: ['唔使搵我', '唔好搵我', '唔使再搵我', '唔好再搵我', '不用再找我', '别再找我了', '你们别找我', '你們別找我'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['如果我没回', '要是我没回', '如果我不回', '要是我不回', '如果明天我没', '要是明天我没', '如果联系不上我', '要是联系不上我', '如果我没有回复', '如果你们找不到我'], b: ['别找我', '不要找我', '永别', '再见了', '对不起', '谢谢你们', '就是走了', '那就是'] }],
      },
      ko: {
        say: ['나를 찾지 마', '저를 찾지 마', '찾지 말아 줘', '찾지 말아주세요', '찾지 말아 주세요'],
        pairs: [{ reach: 30, acrossSentences: true, a: ['답장이 없으면', '연락이 없으면', '답이 없으면', '연락 안 되면', '연락이 안 되면', '연락이 끊기면'], b: ['찾지 마', '그런 줄 알아', '그렇게 알아', '안녕', '미안해', '고마웠어', '고마웠다'] }],
      },
      vi: {
        say: ['đừng tìm tôi nữa', 'đừng tìm em nữa', 'đừng tìm mình nữa', 'đừng đi tìm tôi', 'đừng đi tìm em'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['nếu tôi không trả lời', 'nếu em không trả lời', 'nếu mình không trả lời', 'nếu không liên lạc được', 'nếu mai tôi không', 'nếu mai em không', 'nếu không thấy tin'], b: ['đừng tìm', 'vĩnh biệt', 'tạm biệt', 'xin lỗi', 'cảm ơn vì tất cả', 'cảm ơn tất cả'] }],
      },
      ne: {
        say: ['malai nakhoja', 'malai nakhojnu', 'malai khojna naparos', 'malai khojnu pardaina', 'मलाई नखोज', 'मलाई खोज्नु पर्दैन', 'मलाई नखोज्नु'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['reply aayena bhane', 'reply aaena bhane', 'reply nagare', 'jawaf aayena bhane', 'phone naudhe', 'phone nauthe', 'phone uthena bhane', 'जवाफ नआए', 'फोन नउठे', 'फोन उठेन भने'], b: ['nakhoja', 'nakhojnu', 'khojna naparos', 'khojnu pardaina', 'alvida', 'bye', 'maaf', 'नखोज', 'अलविदा', 'माफ'] }],
      },
      tl: {
        say: ['huwag nyo akong hanapin', 'wag nyo akong hanapin', 'wag mo akong hanapin', 'huwag mo akong hanapin', 'huwag na ninyo akong hanapin', 'wag na kayong maghanap'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['kung hindi ako sumagot', 'kung di ako sumagot', 'kapag hindi ako nagreply', 'pag di ako nagreply', 'kung hindi na ako magreply', 'pag hindi ako sumagot', 'kung di na ako magparamdam'], b: ['hanapin', 'paalam', 'patawad', 'salamat sa lahat', 'alam nyo na', 'alam mo na'] }],
      },
      pt: {
        say: ['não me procurem', 'não me procure mais', 'não venham me procurar', 'não precisa me procurar'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['se eu não responder', 'se eu não der notícia', 'se eu sumir', 'se eu não aparecer', 'se eu parar de responder'], b: ['não me procurem', 'não me procure', 'adeus', 'me perdoem', 'obrigado por tudo', 'obrigada por tudo', 'vocês vão saber', 'já sabe o que'] }],
      },
      id: {
        say: ['jangan dicari ya', 'jangan cari aku ya', 'jangan cari saya ya', 'tolong jangan cari aku', 'tolong jangan cari saya', 'jangan nyariin aku'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['kalau besok aku gak bales', 'kalau aku gak bales', 'kalau saya gak bales', 'kalau aku ga bales', 'kalau aku nggak bales', 'kalau saya tidak membalas', 'kalau aku tidak membalas', 'kalau aku gak ada kabar', 'kalau saya gak ada kabar', 'kalau besok aku gak ada kabar'], b: ['jangan dicari', 'jangan cari', 'makasih buat semuanya', 'terima kasih untuk semuanya', 'maafin aku', 'maafkan aku', 'selamat tinggal', 'udah tau kan'] }],
      },
    },
  },
  {
    name: 'at the tracks, the river, a bridge or a height, standing there a long time, not coming back',
    signal: 'suicide',
    words: {
      ja: {
        say: ['せんろにはいったら', '線路に入ったら', '線路に飛び込', 'せんろにとびこ', '高いビルの上に行', 'たかいびるのうえにいき', '屋上の鍵が開', 'おくじょうのかぎがあ'],
        pairs: [
          { reach: 16,
            a: ['線路', 'せんろ', '踏切', 'ふみきり', '屋上', 'おくじょう', '崖', 'がけの', '高いビル', 'たかいびる', 'ビルの上', 'びるのうえ', 'ビルのうえ', '窓から', 'まどから'],
            b: ['今から', 'いまから', '向かって', 'むかって', '入ったら', 'はいったら', '飛び', 'とび', '楽に', 'らくに', 'ずっと見', 'ずっとみ', '眺めて', 'ながめて', 'にいます', '戻らない', 'もどらない'] },
          { reach: 14, a: ['海', 'うみ', '川', '橋の上', 'はしのうえ', '湖', 'みずうみ', 'ダム'], b: ['入ったら', 'はいったら', '飛び込', 'とびこ', '楽に', 'らくに', '帰らない', 'かえらない', 'もどらない', '戻らない', '沈', 'しずみ', 'しずん'] },
        ],
      },
      en: {
        say: ['think about the cold water', 'stood there a long time', 'stand there a long time', 'been looking up bridges', 'looking up bridges', 'looked up how high', 'going to the roof of'],
        pairs: [{ reach: 60, acrossSentences: true,
          a: ['tracks', 'railway', 'railroad', 'level crossing', 'platform', 'the river', 'a river', 'bridge', 'cliff', 'the sea', 'rooftop', 'roof of', 'top floor', 'the edge', 'the station', 'the mountains'],
          b: ['stood there', 'stand there', 'standing there', 'for a long time', 'think about the cold', 'cant go on', 'cant do this anymore', 'cant live in', 'cant live anymore', 'want it to end', 'make it stop', 'not coming back', 'not coming back down', 'no one would notice', 'nobody would notice', 'would be so easy', 'it would be quick', 'to end it', 'a note', 'the note', 'my note', 'wrote a note', 'im 15', 'im 16', 'im 14'] }],
      },
      zh: {
        say: ['上天台解决', '上天台了结', '去天台解决', '天台跳落', '往下看了很久', '站了很久不想', '脚差一点就迈出去', '差点迈出去', '差点跳下去', '去海边走走不回来'],
        pairs: [{ reach: 16, acrossSentences: true,
          a: ['铁轨', '轨道', '站台', '月台', '天台', '楼顶', '屋顶', '阳台', '桥上', '河边', '海边', '江边', '悬崖', '青木原', '窗边'],
          b: ['站了很久', '站了好久', '往下看', '看了很久', '不回来了', '不回去了', '跳下去', '跳落', '走下去', '迈出去', '一步就', '了结', '最后一眼', '照片写着再见', '再见'] }],
      },
      ko: {
        say: ['옥상에 올라가', '옥상 문이 열려', '다리 위에 서', '난간에 서', '선로에 뛰어', '한강에 가', '한강 다리'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['선로', '철로', '기찻길', '승강장', '옥상', '다리 위', '한강', '강가', '바닷가', '난간', '절벽'], b: ['서 있', '한참', '내려다', '뛰어내', '뛰어들', '들어가면', '편해질', '돌아가지 않', '안 돌아', '마지막'] }],
      },
      vi: {
        say: ['đang đứng trên cầu', 'đứng trên sân thượng', 'đứng ở đường ray', 'ra đường ray', 'lên sân thượng một mình'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['đường ray', 'sân thượng', 'trên cầu', 'bờ sông', 'bờ biển', 'lan can', 'tầng thượng', 'vách đá', 'cửa sổ tầng'], b: ['đứng rất lâu', 'đứng mãi', 'đứng lâu', 'nhìn xuống', 'nhảy xuống', 'bước xuống', 'không quay về', 'không về nữa', 'lần cuối', 'bước ra'] }],
      },
      ne: {
        say: ['pul bata haam', 'pul bata ham', 'chhat bata haam', 'chhat bata ham', 'bhir bata haam', 'bhir bata ham', 'पुलबाट हाम', 'छतबाट हाम', 'भिरबाट हाम', 'नदीमा हाम'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['railway', 'rel line', 'pul$', 'pulma', 'pul ma', 'nadi', 'khola', 'chhat', 'bhir', 'छत', 'पुल', 'नदी', 'खोला', 'भिर'], b: ['hamfal', 'haam fal', 'ham phal', 'haam phaal', 'hamfalne', 'haam faalne', 'ham falne', 'tala hera', 'tala her', 'pharkinna', 'farkinna', 'हाम फाल', 'फर्किन्न', 'तल हेर'] }],
      },
      tl: {
        say: ['nasa riles ako', 'nasa tulay ako', 'nasa bubong ako', 'nasa rooftop ako', 'nakatayo ako sa tulay', 'nakatayo sa gilid ng'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['riles', 'tren', 'tulay', 'bubong', 'rooftop', 'ilog', 'dagat', 'bangin', 'bintana'], b: ['tumalon', 'tatalon', 'talunin', 'matagal na nakatayo', 'hindi na babalik', 'di na babalik', 'tumitig', 'nakatingin sa baba', 'sa ibaba'] }],
      },
      pt: {
        say: ['estou na ponte', 'tô na ponte', 'to na ponte', 'estou no terraço', 'tô no terraço', 'na beira do trilho', 'nos trilhos agora'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['trilhos', 'linha do trem', 'plataforma', 'ponte', 'viaduto', 'terraço', 'telhado', 'beira do rio', 'penhasco', 'janela do'], b: ['pular', 'me jogar', 'fiquei parado muito', 'fiquei parada muito', 'olhando pra baixo', 'olhando para baixo', 'não vou voltar', 'não volto mais', 'um passo'] }],
      },
      id: {
        say: ['udah di rel', 'sudah di rel', 'lagi di rel', 'di atas rel', 'lagi di jembatan', 'sudah di jembatan', 'udah di atap', 'naik ke atap gedung', 'jendela lantai'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['rel kereta', 'rel$', 'peron', 'jembatan', 'atap gedung', 'rooftop', 'sungai', 'laut$', 'tebing', 'jendela lantai', 'lantai atas'], b: ['lompat', 'loncat', 'terjun', 'berdiri lama', 'lama banget', 'gak balik', 'ga balik', 'nggak balik', 'tidak akan kembali', 'kepikiran', 'mengakhiri'] }],
      },
    },
  },
  {
    name: 'dying together: a pact, someone found online to die with; a carer taking the person with them',
    signal: 'suicide',
    words: {
      ja: {
        say: ['一緒に死のう', 'いっしょにしのう', '一緒に死んで', 'いっしょにしんで', '一緒に死ぬ', 'いっしょにしぬ', '一緒に死に', 'いっしょにしに', '心中しよう', 'しんじゅうしよう', '心中する', 'しんじゅうする', '心中を考え', 'しんじゅうをかんがえ', '集団自殺', 'しゅうだんじさつ', '自殺仲間', 'じさつなかま', '道連れにし', 'みちづれにし', '連れて死', 'つれてしの', 'つれてしぬ', '連れて逝'],
      },
      en: {
        say: ['suicide pact', 'someone to die with', 'people to die with', 'partner to die with', 'end it together', 'do it together online', 'i kill us both', 'ill kill us both', 'i will kill us both', 'i would kill us both', 'id kill us both', 'just kill us both', 'should kill us both', 'killing us both', 'take him with me when i go', 'take her with me when i go', 'take mum with me', 'take mom with me', 'take dad with me'],
        pairs: [{ reach: 60, acrossSentences: true, a: ['take him with me', 'take her with me', 'taking him with me', 'taking her with me', 'take them with me'], b: ['when i go', 'end it', 'die$', 'dying', 'no one else to care', 'nobody else to care', 'nobody to look after', 'both of us', 'go together'] }],
      },
      zh: { say: ['相约自杀', '约好一起死', '一起去死', '我们一起死', '找人一起死', '一起烧炭', '一起跳', '殉情', '带他一起走', '带她一起走', '带着他一起死', '带着她一起死', '带着妈一起走', '带着我妈一起', '带着孩子一起死', '同归于尽'] },
      ko: { say: ['같이 죽자', '같이 죽을 사람', '함께 죽자', '함께 죽을 사람', '동반자살', '동반 자살', '같이 데리고 가려', '데리고 죽'] },
      vi: { say: ['cùng chết', 'chết cùng nhau', 'chết chung', 'hẹn nhau tự tử', 'rủ nhau tự tử', 'tự tử tập thể', 'mang mẹ theo cùng', 'đưa mẹ đi cùng luôn'] },
      ne: { say: ['sangai marau', 'sangai maraun', 'sangai marne', 'sangai marna', 'sangai atmahatya', 'सँगै मरौं', 'सँगै मर्ने', 'सँगै मर्न', 'सँगै आत्महत्या'] },
      tl: { say: ['sabay tayong mamatay', 'sabay kaming mamatay', 'sabay na mamatay', 'sabay na magpakamatay', 'magpakamatay kami', 'magpakamatay tayo', 'isasama ko siya sa pagkamatay', 'isasama ko na siya'] },
      pt: { say: ['morrer juntos', 'morrer juntas', 'pacto de suicídio', 'pacto suicida', 'suicídio coletivo', 'levar ele comigo', 'levar ela comigo', 'levar minha mãe comigo', 'levar meu pai comigo'] },
      id: { say: ['mati bareng', 'mati bersama', 'bunuh diri bareng', 'bunuh diri bersama', 'janjian bunuh diri', 'janjian mati', 'ajak ibu mati', 'ajak dia mati', 'bawa dia mati'] },
    },
  },
  {
    name: 'testing a ligature point: whether a rope, belt or rail holds my weight',
    signal: 'suicide',
    words: {
      ja: {
        say: ['体重に耐えられるか', 'たいじゅうにたえられるか', '体重を支えられるか', 'たいじゅうをささえられるか'],
        pairs: [{ reach: 14, a: ['ロープ', 'ろーぷ', '紐', 'ベルト', 'べると', 'ドアノブ', 'どあのぶ', '梁', '鴨居', 'かもい', '物干し', 'ものほし', 'ネクタイ', 'ねくたい', 'タオル'], b: ['体重', 'たいじゅう', '耐えられる', 'たえられる', '強度', 'きょうど', '試した', 'ためした', '試して', 'ためして', '首にかけ', 'くびにかけ', 'かけてみた'] }],
      },
      en: {
        say: ['hold my weight', 'take my weight', 'holds my weight', 'bear my weight'],
        pairs: [{ reach: 32, a: ['tested', 'testing', 'test whether', 'test if', 'checked if', 'checking if', 'strong enough', 'sturdy enough', 'practised', 'practiced'], b: ['rope', 'belt', 'cord', 'noose', 'beam', 'rail$', 'door frame', 'closet rod', 'hook$', 'ceiling', 'knot'] }],
      },
      zh: {
        say: ['能不能承受我的体重', '承受我的重量', '吊得住我', '挂得住我'],
        pairs: [{ reach: 12, a: ['绳子', '绳', '皮带', '腰带', '门把手', '房梁', '横梁', '晾衣杆', '吊扇'], b: ['试了试', '试过', '承重', '承受', '吃得住', '受得住', '打了个结', '挂上去', '套上', '结实'] }],
      },
      ko: {
        say: ['체중을 버틸', '내 무게를 버틸', '몸무게를 버틸'],
        pairs: [{ reach: 16, a: ['끈', '밧줄', '벨트', '문고리', '대들보', '옷걸이 봉', '철봉', '넥타이'], b: ['버틸 수 있', '버티는지', '체중', '몸무게', '매어 봤', '걸어 봤', '묶어 봤', '튼튼한지'] }],
      },
      vi: {
        say: ['chịu được sức nặng của tôi', 'chịu được cân nặng của tôi', 'đủ chắc để treo'],
        pairs: [{ reach: 24, a: ['dây thừng', 'sợi dây', 'thắt lưng', 'xà nhà', 'móc treo', 'tay nắm cửa', 'quạt trần'], b: ['chịu được', 'thử xem', 'thử treo', 'đủ chắc', 'sức nặng', 'cân nặng', 'thắt nút'] }],
      },
      ne: {
        say: ['mero bhaar thamchha', 'mero bhar thamchha', 'मेरो भार थाम्छ', 'मेरो तौल थाम्छ'],
        pairs: [{ reach: 24, a: ['dori', 'dorii', 'rope', 'beam', 'दोरी', 'डोरी', 'पेटी', 'बलो', 'dalin'], b: ['test', 'jaanch', 'janch', 'thamchha', 'thaamchha', 'thamcha', 'bhaar', 'bhar$', 'tauliyo', 'जाँच', 'थाम्छ', 'भार', 'तौल'] }],
      },
      tl: {
        say: ['kaya ang bigat ko', 'kakayanin ang bigat ko', 'kayang buhatin ang bigat ko'],
        pairs: [{ reach: 24, a: ['lubid', 'tali$', 'sinturon', 'kisame', 'biga'], b: ['bigat ko', 'sinubukan ko', 'tinesting', 'tinest', 'matibay', 'ibinuhol', 'binuhol'] }],
      },
      pt: {
        say: ['aguenta meu peso', 'aguentar meu peso', 'aguentaria meu peso', 'suporta meu peso', 'suportar meu peso'],
        pairs: [{ reach: 32, a: ['corda', 'cinto', 'viga', 'gancho', 'maçaneta', 'lençol', 'ventilador de teto'], b: ['meu peso', 'testei', 'testar', 'testando', 'firme o suficiente', 'nó de forca', 'amarrei'] }],
      },
      id: {
        say: ['kuat nahan berat aku', 'kuat nahan berat saya', 'kuat menahan berat badan', 'nahan berat badanku'],
        pairs: [
          { reach: 24, a: ['tali', 'sabuk', 'ikat pinggang', 'balok', 'kusen', 'gantungan', 'plafon', 'kipas angin'], b: ['kuat nahan', 'kuat menahan', 'nahan berat', 'menahan berat', 'berat badan', 'ngetes', 'udah aku tes', 'sudah saya tes', 'cukup kuat'] },
          { reach: 40, acrossSentences: true, a: ['bawa tali', 'membawa tali', 'bawa tambang'], b: ['gak diangkat', 'tidak diangkat', 'ga diangkat', 'gak bisa dihubungi', 'tidak bisa dihubungi', 'gak aktif', 'nggak diangkat'] },
        ],
      },
    },
  },
  {
    name: 'insurance worth more than me: a payout instead of me, the beneficiary checked, “if something happens to me this week”',
    signal: 'suicide',
    words: {
      ja: {
        say: ['生命保険があるから大丈夫', 'せいめいほけんがあるからだいじょうぶ', '保険金のほうが役に立つ', 'ほけんきんのほうがやくにたつ', '保険金の方が役に立つ', '私より保険金', 'わたしよりほけんきん', '自殺でも保険', 'じさつでもほけん', '受取人を確認', 'うけとりにんをかくにん'],
        pairs: [{ reach: 20, a: ['保険金', 'ほけんきん', '生命保険', 'せいめいほけん', '受取人', 'うけとりにん'], b: ['役に立つ', 'やくにたつ', '自殺でも', 'じさつでも', 'のほうがまし', 'の方がまし', 'あるから大丈夫', 'あるからだいじょうぶ', '私より', 'わたしより', '俺より', 'おれより', '僕より', 'ぼくより'] }],
      },
      en: {
        say: ['worth more dead', 'worth more to them dead', 'insurance is worth more than me', 'pay out for suicide', 'pays out for suicide', 'suicide clause', 'if something happens to me this week', 'if anything happens to me this week', 'if something happens to me tonight'],
        pairs: [
          { reach: 48, acrossSentences: true, a: ['beneficiary', 'life insurance', 'insurance policy', 'payout', 'insurance money'], b: ['suicide', 'worth more than me', 'more useful than me', 'more use than me', 'this week', 'by the end of the month', 'before i go', 'still pays', 'still pay out'] },
          { ordered: true, reach: 16, a: ['if something happens to me', 'if anything happens to me', 'in case something happens to me'], b: ['this week', 'tonight', 'tomorrow', 'this weekend', 'soon$', 'after friday'] },
        ],
      },
      zh: {
        say: ['保险金都比我有用', '保险金比我有用', '保险比我有用', '保險金都比我', '自杀也赔', '自杀赔不赔', '自杀能赔', '自杀会赔', '自杀算不算理赔', '我死了家里就能拿'],
        pairs: [{ reach: 12, a: ['保险金', '保险', '受益人', '赔偿金'], b: ['比我有用', '比我这个人有用', '都比我有用', '自杀也', '自杀赔', '自杀能', '更有用', '比我值钱'] }],
      },
      ko: {
        say: ['보험금이 나보다', '보험금이 저보다', '자살도 보험', '자살해도 보험', '보험금 받을 수 있', '내가 죽으면 보험금'],
        pairs: [{ reach: 20, a: ['보험금', '생명보험', '사망보험금', '수익자'], b: ['자살도', '자살하면', '자살해도', '나보다', '저보다', '더 쓸모', '더 도움'] }],
      },
      vi: {
        say: ['tiền bảo hiểm có ích hơn tôi', 'tự tử có được bảo hiểm', 'tự tử thì bảo hiểm', 'bảo hiểm còn hơn tôi'],
        pairs: [{ reach: 32, a: ['tiền bảo hiểm', 'bảo hiểm nhân thọ', 'người thụ hưởng'], b: ['tự tử', 'hơn tôi', 'có ích hơn', 'đáng giá hơn'] }],
      },
      ne: {
        say: ['bima ko paisa ma bhanda', 'beema ko paisa', 'मेरो बीमाको पैसा', 'बीमाको पैसा मभन्दा'],
        pairs: [{ reach: 32, a: ['bima', 'beema', 'insurance', 'बीमा'], b: ['atmahatya', 'aatmahatya', 'ma bhanda', 'malai bhanda', 'mabhanda', 'मभन्दा', 'आत्महत्या', 'marepachhi paisa', 'mare pachhi paisa'] },
          // Japanese loanwords in romanised Nepali: «jisatsu garyo bhane seimei hoken ko paisa family le paucha ki?», «जिसात्सु गरे बिमा»
          { reach: 48, a: ['jisatsu', 'jisatu', 'jishatsu', 'जिसात्सु', 'आत्महत्या', 'atmahatya', 'aatmahatya'], b: ['hoken', 'seimei hoken', 'seimeihoken', 'life insurance', 'bima', 'beema', 'बीमा', 'होकेन'] }],
      },
      tl: {
        say: ['insurance ko na lang', 'mas may silbi pa ang insurance', 'makukuha nila ang insurance ko'],
        pairs: [{ reach: 32, a: ['insurance'], b: ['magpakamatay', 'nagpakamatay', 'kaysa sa akin', 'kesa sa akin', 'mas may silbi', 'mas may pakinabang', 'pag namatay ako', 'kapag namatay ako'] }],
      },
      pt: {
        say: ['seguro paga suicídio', 'seguro cobre suicídio', 'vale mais morto', 'vale mais morta', 'valho mais morto', 'valho mais morta'],
        pairs: [{ reach: 32, a: ['seguro de vida', 'seguro$', 'apólice', 'beneficiário', 'beneficiária', 'indenização'], b: ['suicídio', 'se eu me matar', 'vale mais que eu', 'vale mais do que eu', 'mais útil que eu', 'mais útil do que eu', 'se eu morrer essa semana', 'se eu morrer esta semana'] }],
      },
      id: {
        say: ['biar kalian dapet uang asuransi', 'biar kalian dapat uang asuransi', 'biar keluarga dapat asuransi', 'asuransi lebih berguna', 'bunuh diri dapat asuransi'],
        pairs: [{ reach: 48, acrossSentences: true, a: ['asuransi', 'uang asuransi', 'santunan kematian'], b: ['bunuh diri', 'lebih baik aku mati', 'lebih baik saya mati', 'lebih berguna', 'daripada aku', 'daripada saya', 'biar kalian dapet', 'biar kalian dapat', 'biar keluarga dapat'] }],
      },
    },
  },
  {
    name: 'decided, ready, ending it tonight; the spot picked; searching painless ways to die',
    signal: 'suicide',
    words: {
      ja: {
        say: ['自分で終わりにする', 'じぶんでおわりにする', '自分で終わらせる', 'じぶんでおわらせる', '自分で終わりに', 'じぶんでおわりに', '寝たまま終わりたい', 'ねたままおわりたい', '人生を終わりにし', 'じんせいをおわりにし', '人生を終わらせ', 'じんせいをおわらせ', '今夜終わらせ', 'こんやおわらせ', 'しにかた', '楽な死に方', 'らくなしにかた', '自殺の方法', 'じさつのほうほう', '死ぬ方法', 'しぬほうほう', '長く生きすぎた', 'ながくいきすぎた', 'もう充分生きました', 'もうじゅうぶんいきました'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['もうむり', 'もう無理', 'ぜんぶいや', '全部いや', '全部嫌', 'しんどい', 'つらい'], b: ['くすりいっぱい', '薬いっぱい', '薬たくさんある', 'くすりたくさんある', 'くすりがいっぱい', '薬がいっぱい'] }],
      },
      en: {
        say: ['ive decided im done', 'i decided im done', 'decided this is the last time', 'tonight i end it', 'ending it tonight', 'end it tonight', 'end it all tonight', 'going to end it all', 'gonna end it all', 'need one more bad day', 'already picked the spot', 'picked the spot', 'picked a spot', 'chosen the spot', 'chose the spot', 'found the spot', 'my phones full of ways', 'phone is full of ways', 'looking up ways to go', 'not being around at all', 'not wait for it to come naturally', 'wont wait for it to come naturally', 'how to get helium', 'researching helium', 'not for balloons'],
      },
      zh: {
        say: ['已经决定好了不用劝', '我已经决定了不用劝', '不用劝我了', '不如就在这里结束', '今晚就结束', '今晚结束这一切', '结束这一切', '了结这一切', '揀咗今晚', '选好了今晚', '决定就今晚', '吃多了会死', '吃多少会死', '怎么死不痛', '怎么死不疼', '不痛的死法', '不疼的死法', '死法', '没有继续下去的意义', '活到这岁数够本了', '活够本了', '想去没有我的世界'],
      },
      ko: {
        say: ['오늘 밤 끝낼', '오늘밤 끝낼', '오늘 밤에 끝내', '모든 걸 끝내고', '모든 것을 끝내고', '다 끝내려고', '끝낼 장소', '장소도 정했', '날짜도 정했', '죽는 방법', '안 아프게 죽', '자살 방법', '고통 없이 죽', '오래 살았', '살 만큼 살았'],
      },
      vi: {
        say: ['muốn kết thúc tất cả', 'sẽ kết thúc tất cả', 'kết thúc mọi thứ tối nay', 'tối nay tôi sẽ kết thúc', 'tối nay em sẽ kết thúc', 'cách chết không đau', 'chết không đau', 'cách tự tử', 'cách để chết', 'uống bao nhiêu thì chết', 'đã chọn chỗ', 'đã chọn ngày', 'sống đủ rồi'],
      },
      ne: {
        say: ['aaja rati sakchhu', 'aaja raati sakchhu', 'aja rati sakchu', 'aaja sakchhu sabai', 'sabai sakaunchhu', 'sabai sakauchhu', 'marne tarika', 'marne upaya', 'dukha nahune gari marne', 'आज राति सबै सक्छु', 'सबै सकाउँछु', 'मर्ने तरिका', 'मर्ने उपाय', 'धेरै बाँचें', 'प्रशस्त बाँचें'],
      },
      tl: {
        say: ['tatapusin ko na lahat', 'tapusin ko na ang lahat', 'tatapusin ko na ngayong gabi', 'ngayong gabi ko na tatapusin', 'handa na akong mamatay', 'paano mamatay', 'paraan para mamatay', 'paano magpakamatay', 'mamatay nang hindi masakit', 'napili ko na ang lugar'],
      },
      pt: {
        say: ['vou acabar com tudo', 'acabar com tudo hoje', 'hoje eu acabo com tudo', 'já escolhi o lugar', 'já escolhi o dia', 'como morrer sem dor', 'jeito de morrer', 'formas de se matar', 'como se matar', 'morrer sem sentir dor', 'já vivi demais', 'já vivi o bastante', 'já vivi o que tinha', 'já vivi tudo que tinha', 'já vivi tudo o que tinha', 'já vivi o suficiente', 'já vivi o que tinha que viver', 'já vivi o que tinha de viver'],
      },
      id: {
        say: ['malam ini aku akhiri', 'malam ini saya akhiri', 'aku akhiri semuanya', 'saya akhiri semuanya', 'mengakhiri semuanya', 'akhiri semuanya', 'tinggal nunggu malam', 'cara yang ga sakit', 'cara yang gak sakit', 'cara yang nggak sakit', 'cara yang tidak sakit', 'cara mati$', 'cara bunuh diri', 'mati tanpa sakit', 'udah cukup kayaknya'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['udah tau caranya', 'sudah tahu caranya', 'udah aku siapin', 'sudah saya siapkan', 'udah aku kumpulin', 'sudah saya kumpulkan'], b: ['tinggal nunggu', 'tinggal tunggu', 'malam ini', 'udah cukup', 'sudah cukup', 'obat tidur', 'arang', 'lakban'] }],
      },
    },
  },
  {
    name: 'a last message to family: sorry mum, I am going first, thank you for everything, see you in the next life',
    signal: 'suicide',
    words: {
      ja: {
        say: ['先に逝く', 'さきにいくごめん', '来世で会', 'らいせであ', '生まれ変わったらまた', 'うまれかわったらまた'],
        pairs: [{ reach: 30, acrossSentences: true, a: ['お母さんごめん', 'おかあさんごめん', 'ママごめん', 'ままごめん', 'お母さんごめんなさい', 'おかあさんごめんなさい', 'ごめんねお母さん', 'ごめんねおかあさん', '親不孝', 'おやふこう'], b: ['もう無理', 'もうむり', '限界', 'げんかい', 'さようなら', 'さよなら', 'ありがとう', '先に', 'さきに', 'もうつかれた', 'もう疲れた'] }],
      },
      en: {
        say: ['see you in the next life', 'see you all in the next life', 'in another life maybe', 'i love you all goodbye', 'thanks for nothing goodbye'],
        pairs: [{ reach: 48, acrossSentences: true, a: ['sorry mum', 'sorry mom', 'sorry ma$', 'sorry dad', 'sorry kids', 'sorry everyone', 'im sorry mum', 'im sorry mom'], b: ['cant do this anymore', 'cant do it anymore', 'cant take it anymore', 'cant go on', 'not picking up', 'not answering', 'phone off', 'goodbye', 'love you all', 'find me', 'when theyre not home', 'the right time'] }],
      },
      zh: {
        say: ['下辈子再见', '下辈子再做', '来世再见', '下辈子不做人', '下辈子再报答', '对不起爸妈我先走', '爸妈对不起，我'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['对不起爸妈', '爸妈对不起', '妈对不起', '对不起妈', '帮我跟我妈说', '替我跟我妈说', '帮我跟妈说', '跟我妈说声对不起', '跟我爸妈说'], b: ['撑不下去', '坚持不下去', '活不下去', '下辈子', '先走了', '照顾好自己', '永别', '准备好了'] }],
      },
      ko: {
        say: ['먼저 떠날게', '먼저 가서 미안', '미안하다고 전해주세요', '미안하다고 전해 주세요', '영원히 쉬고', '영원히 쉬', 'ㅈㅅ하고 싶', 'ㅈㅅ 하고 싶', 'ㅈㅅ할까', 'ㅈㅅ각'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['그동안 감사했', '그동안 고마웠', '그동안 얘기 들어줘서', '엄마 미안', '엄마 아빠 미안', '미안해 엄마'], b: ['오늘 밤', '갈게요', '갈게', '쉬고 싶', '영원히', '없을 거', '전화 안 받', '나 때문에 힘들었'] }],
      },
      vi: {
        say: ['hẹn gặp lại kiếp sau', 'gặp lại ở kiếp sau', 'kiếp sau gặp lại', 'kiếp sau không làm người', 'kiếp sau con sẽ', 'tao đi đây đừng tìm', 'xin lỗi cả nhà con đi', 'ông đi tìm bà', 'bà đi tìm ông', 'đi tìm bà đây', 'đi tìm ông đây'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['em đi đây', 'tao đi đây', 'tôi đi đây', 'mình đi đây', 'anh đi đây', 'xin lỗi cả nhà', 'xin lỗi bố mẹ', 'con xin lỗi mẹ'], b: ['đừng tìm', 'tắt máy', 'không nghe máy', 'gọi không nghe', 'vĩnh biệt', 'kiếp sau', 'không chịu nổi', 'mệt lắm rồi', 'khóa trong', 'khóa trái'] }],
      },
      ne: {
        say: ['sabai lai bida', 'sabailai bida', 'सबैलाई बिदा', 'मलाई माया गर्ने सबैलाई धन्यवाद', 'malai maya garne sabai lai dhanyabad', 'अर्को जुनीमा भेटौंला', 'arko juni ma bhetaunla', 'arko janma ma bhetaunla', 'म अब रहन्न', 'अब म रहन्न', 'shinitai yaar'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['aama maaf', 'maaf gara aama', 'maaf garnu aama', 'aama malai maaf', 'आमा माफ', 'माफ गर्नू', 'माफ गर आमा'], b: ['sakina', 'sakdina', 'sahana sakina', 'alvida', 'bida', 'बिदा', 'सकिनँ', 'सक्दिन', 'अलविदा', 'सबैलाई'] }],
      },
      tl: {
        say: ['last na padala ko', 'huling padala ko', 'huling video para sa', 'ginawa ko na yung huling', 'pasensya na sa inyong lahat', 'paalam na sa inyo', 'hanggang dito na lang ako', 'hanggang dito na lang talaga ako'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['paalam', 'sorry ma$', 'patawad ma', 'patawarin nyo ako', 'patawarin mo ako', 'pasensya na ma'], b: ['hindi ko na kaya', 'di ko na kaya', 'mahal ko kayo lahat', 'mahal ko kayong lahat', 'hindi na sumasagot', 'huling', 'wag na kayo mag alala', 'salamat sa lahat'] }],
      },
      pt: {
        say: ['me despedi de todos', 'já me despedi de todo mundo', 'obrigado por nada', 'obrigada por nada', 'não precisa me esperar no natal', 'não precisa me esperar', 'vou viajar e não volto', 'viajar e não voltar', 'lá onde eu vou não preciso', 'onde eu vou não preciso', 'onde ela vai não precisa', 'onde ele vai não precisa'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['desculpa mãe', 'me desculpa mãe', 'perdão mãe', 'desculpa pai', 'me perdoa mãe', 'mãe me perdoa', 'desculpem todos'], b: ['não aguento mais', 'não consigo mais', 'amo vocês', 'adeus', 'última', 'vou sentir saudade', 'não me procurem'] }],
      },
      id: {
        say: ['mau pamit untuk terakhir', 'sampai jumpa di kehidupan selanjutnya', 'ketemu lagi di kehidupan', 'di kehidupan berikutnya'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['maafin aku ma', 'maaf ma', 'maafin aku bu', 'maaf ya ma', 'maafkan aku ibu', 'maaf bapak ibu', 'maafin aku pak'], b: ['gak kuat', 'ga kuat', 'nggak kuat', 'tidak kuat', 'udah gak sanggup', 'tidak sanggup lagi', 'selamat tinggal', 'sayang kalian semua', 'untuk terakhir', 'makasih buat semuanya'] }],
      },
    },
  },
  {
    name: 'a carer or parent thinking of both going together: the two of us gone, the end of both our suffering',
    signal: 'suicide',
    words: {
      ja: {
        say: ['この子を連れて死', 'このこをつれてし', 'この子と一緒に死', 'このこといっしょにし', '二人で死', 'ふたりでしの', 'ふたりでしに', 'ふたりでしぬ', '二人で消え', 'ふたりできえ', '親子で死', 'おやこでし', '一緒に楽にな', 'いっしょにらくにな', '母と一緒に死', 'ははといっしょにし', '父と一緒に死', 'ちちといっしょにし', '母を連れて死', '介護心中', 'かいごしんじゅう'],
        // the ending left unsaid after "rather" (「いっそこの子を連れて一緒に、と思ってしまう」, 「いっそ道連れに」)
        pairs: [{ ordered: true, reach: 14, a: ['いっそ', 'いっそのこと'],
          b: ['連れて一緒にと', 'つれていっしょにと', '連れて逝', '道連れ', 'みちづれ', '一緒にと思', 'いっしょにとおも', '一緒にって思', '一緒に逝', '二人でと思', 'ふたりでとおも', '親子でと思', '一緒に終わり', 'いっしょにおわり', '二人で終わり', 'ふたりでおわり'] }],
      },
      en: {
        say: ['if we were both gone', 'both of us gone', 'both of us were gone', 'end it for both of us', 'for both of us to go', 'us both to go', 'us both go together', 'both go together', 'both of us going together', 'take us both', 'take him with me when i go', 'take her with me when i go', 'taking him with me when i go', 'taking her with me when i go'],
      },
      zh: {
        say: ['带着孩子一起走', '带孩子一起走', '带着孩子一起死', '和孩子一起死', '跟妈一起走', '和妈一起走了算了', '和妈妈一起走了算了', '一起走了算了', '一起解脱', '我们俩一起走', '我们两个一起走', '两个人一起死', '母子一起死', '母女一起死', '一起了结', '干脆带着他一起走', '干脆带着她一起走', '干脆带着孩子一起走', '不如带着他一起走', '不如带着孩子一起走', '干脆我们一起走了'],
      },
      ko: {
        say: ['같이 가는 게 제일 나은', '같이 가는 게 나을', '같이 가는 게 답', '데리고 같이 가는 게', '같이 떠나는 게', '둘이 같이 죽', '둘 다 죽', '같이 죽는 게', '아이랑 같이 죽', '엄마랑 같이 죽', '차라리 데리고 같이 가', '차라리 같이 가는 게'],
      },
      vi: {
        say: ['hai mẹ con cùng đi', 'hai mẹ con cùng chết', 'hai mẹ con cùng xuống', 'hai bố con cùng đi', 'hai bố con cùng chết', 'cả hai cùng đi cho xong', 'cùng đi cho xong', 'mang con theo luôn', 'đưa con đi cùng luôn', 'cả nhà cùng chết', 'hai mẹ con cùng ra đi', 'thà hai mẹ con cùng đi', 'thà hai bố con cùng đi', 'thà mang con cùng đi cho xong'],
      },
      ne: {
        say: ['dubai sangai jaum', 'dubai sangai jaaun', 'dubai sangai gaye', 'sangai gaye sab dukha', 'tinai jana sangai gaye', 'hami dubai marau', 'दुवै सँगै गए', 'दुवै सँगै जाऔं', 'दुवै सँगै मरौं', 'तीनै जना सँगै', 'छोरासँगै मर्छु', 'छोरीसँगै मर्छु', 'बरु छोरालाई लिएर सँगै मर', 'baru chhoralai lierai sangai mar'],
      },
      tl: {
        pairs: [{ reach: 60, a: ['gamot', 'pampatulog', 'sleeping pills', 'lason'], b: ['sabay na kami matapos', 'sabay na kaming matapos', 'sabay kaming matapos', 'matapos na kaming dalawa'] }],
        say: ['sabay na kami mamatay', 'sabay kaming mamatay', 'isama na lang sya at tapusin', 'isama ko na lang siya', 'isama ko na lang sya', 'isama na lang siya', 'kami na lang dalawa ay mawala', 'mawala na kaming dalawa', 'sabay na kaming mawala', 'tapos na ang paghihirap namin', 'sabay na kaming mamatay', 'isasama ko ang anak ko'],
      },
      pt: {
        say: ['nós dois irmos juntos', 'nós dois morrermos', 'morrer nós dois', 'nós dois morrer', 'irmos juntos de vez', 'levar ele comigo de uma vez', 'levar ela comigo de uma vez', 'levar meu filho comigo', 'levar minha filha comigo', 'acabar com nós dois', 'os dois juntos pra sempre'],
      },
      id: {
        say: ['bawa anak mati', 'mati berdua', 'kita berdua mati', 'mati sama ibu', 'ajak anak mati', 'bawa anak bunuh diri', 'mati bareng anak', 'mati bersama anak', 'sekalian bawa dia mati', 'mending kami berdua pergi selamanya'],
      },
    },
  },
  {
    name: 'death as the only way out; rest for ever; my life was a mistake; I should end it here',
    signal: 'suicide',
    words: {
      ja: {
        say: ['死ぬしか道', 'しぬしかみち', '死ぬ以外に', 'しぬいがいに', '消えるしかな', 'きえるしかな', '死ぬことでしか', 'しぬことでしか', '永遠に休み', 'えいえんにやすみ', 'ずっと眠っていたい', 'ずっとねむっていたい', '生まれてきたのが間違い', 'うまれてきたのがまちがい', 'ここで終わりにし', 'ここでおわりにし'],
      },
      en: {
        say: ['only way out is to die', 'only way out is death', 'only way out is dying', 'only way out is to end', 'only way out is suicide', 'only escape is death', 'death is the only way', 'death is the only escape', 'rest forever', 'rest for ever', 'sleep for good', 'my life was a mistake', 'being born was a mistake', 'i was a mistake', 'ends here for me', 'it all ends tonight'],
      },
      zh: {
        say: ['只有死路一条', '只能去死', '只有一死', '只剩死路', '死是唯一的出路', '唯一的出路就是死', '唯一的解脱', '永远休息', '永远地休息', '我的出生就是个错误', '我本来就不该出生', '到此为止吧我', '没有我的世界'],
      },
      ko: {
        say: ['죽는 거밖에 없', '죽는 것밖에 없', '죽는 수밖에 없', '없어지는 것밖에 없', '없어지는 거밖에 없', '사라지는 것밖에 없', '사라지는 거밖에 없', '저도 끝낼 생각', '나도 끝낼 생각', '태어난 게 잘못', '태어나지 말았어야'],
      },
      vi: {
        say: ['chỉ còn cách chết', 'chỉ có cái chết', 'không còn cách nào ngoài cái chết', 'chết là cách duy nhất', 'nên kết thúc ở đây', 'sống thế này đủ rồi', 'sống vậy đủ rồi', 'sinh ra đã là một sai lầm', 'sinh ra đã là sai lầm', 'không để gia đình phải khổ vì em', 'không để gia đình phải khổ vì tôi', 'nghỉ ngơi mãi mãi', 'ngủ yên mãi mãi', 'cách nào chết', 'chết mà không đau', 'em đi chắc cũng chẳng ai buồn', 'chắc cũng chẳng ai buồn', 'không ai cần em cả', 'ko ai cần em', 'không ai cần tôi cả', 'vui hơn nếu không có em', 'vui hơn nếu không có tôi', 'tốt hơn nếu không có em', 'tốt hơn nếu không có tôi'],
      },
      ne: {
        say: ['marnu bahek arko upaya chhaina', 'marnu bahek upaya chhaina', 'marnu matra upaya', 'marnu nai ekmatra', 'मर्नु बाहेक अर्को उपाय', 'मर्नु मात्र उपाय', 'मर्नु नै एकमात्र', 'sadhai ko lagi aaram', 'सधैंको लागि आराम', 'nirnaya garisake', 'nirnaya garisakeko', 'निर्णय गरिसकें', 'निर्णय गरिसकेँ', 'tala herda dar lagdaina', 'तल हेर्दा अब डर लाग्दैन', 'तल हेर्दा डर लाग्दैन', 'pani herda sabai sakinxa', 'pani herda sabai sakinchha', 'खुट्टा आफैं अघि सर्छ', 'म गएपछि कति दिनमा'],
      },
      tl: {
        say: ['kamatayan lang ang paraan', 'ang tanging paraan ay mamatay', 'tanging paraan ay mamatay', 'mamatay na lang ang paraan', 'magpahinga habambuhay', 'magpahinga nang tuluyan', 'tuluyang magpahinga', 'tamang oras para tapusin ang lahat', 'paraan ang hindi masakit', 'paraan na hindi masakit', 'gaano karaming gamot ang nakakamatay', 'gaano kataas dapat ang building', 'ilang palapag para mamatay', 'hindi na rin naman ako kailangan', 'walang nangangailangan sa akin', 'umaasa na sana may tren', 'ang dali lang tumalon'],
      },
      pt: {
        say: ['a única saída é morrer', 'única saída é a morte', 'só me resta morrer', 'a morte é a única saída', 'descansar para sempre', 'descansar pra sempre', 'a corda tá pronta', 'a corda ta pronta', 'a corda está pronta', 'tô com a corda', 'to com a corda', 'resolver do meu jeito hoje', 'quantos andares precisa', 'pra não sobreviver', 'para não sobreviver', 'ir sumindo devagar', 'parei de comer de propósito', 'ninguém sentiria minha falta', 'ninguém ia sentir minha falta', 'ninguém vai sentir minha falta', 'longe daqui pra sempre'],
      },
      id: {
        say: ['satu satunya jalan mati', 'satu satunya jalan ya mati', 'satu satunya cara mati', 'jalan satu satunya mati', 'cuma mati jalannya', 'istirahat selamanya', 'gak ada yg bakal nyariin', 'gak ada yang bakal nyariin', 'ga ada yang bakal nyariin', 'gak ada yang nyariin juga', 'tidak ada yang akan mencari saya', 'pengen ngilang aja', 'pengen ngilang dari dunia', 'mau ngilang aja', 'kalau aku gak ada mama pasti', 'kalau aku gak ada semua pasti'],
      },
    },
  },
  {
    name: 'no other way left but to die or disappear',
    signal: 'suicide',
    words: {
      ja: { say: ['いなくなるしかな', '居なくなるしかな', '死ぬしか方法', 'しぬしかほうほう', '消えるしか方法', 'きえるしかほうほう', '死ぬほかな', 'しぬほかな', '消えるほかな', 'きえるほかな'] },
      en: { pairs: [{ ordered: true, reach: 12,
        a: ['no other way but', 'no other way out but', 'no other option but', 'no other choice but', 'no choice but', 'no way out but', 'no option left but', 'nothing left but', 'no other way except', 'no way out except'],
        b: ['to die', 'to disappear forever', 'to disappear for good', 'to just disappear', 'to vanish', 'to end my life', 'to end it all', 'to kill myself', 'dying', 'death'] }] },
      zh: { say: ['除了死没有', '除了死以外没有', '除了死没别的', '除了去死', '除了消失没有', '除了消失没别的', '只能消失了', '只能一死', '别无选择只能死', '除咗死冇'] },
      ko: { say: ['죽는 방법밖에', '사라지는 방법밖에', '없어지는 방법밖에', '죽는 길밖에', '사라지는 길밖에'] },
      vi: { pairs: [{ ordered: true, reach: 16,
        a: ['không còn cách nào', 'ko còn cách nào', 'k còn cách nào', 'không có cách nào khác', 'ko có cách nào khác', 'chẳng còn cách nào', 'không còn đường nào', 'ko còn đường nào'],
        b: ['chết$', 'biến mất', 'tự tử', 'tự sát', 'kết liễu', 'kết thúc cuộc đời', 'ra đi mãi mãi'] }] },
      ne: { say: ['हराउनु बाहेक', 'मर्नु बाहेक', 'मर्ने बाहेक', 'haraunu bahek', 'haraaunu bahek', 'marnu bahek', 'marne bahek'] },
      tl: { pairs: [{ ordered: true, reach: 16,
        a: ['walang ibang paraan', 'wala nang ibang paraan', 'wala na akong ibang paraan', 'wala nang ibang choice', 'wala na akong choice', 'wala na kong choice', 'wala nang ibang magagawa'],
        b: ['mamatay', 'magpakamatay', 'maglaho', 'mawala na lang', 'tapusin ang buhay'] }] },
      pt: { pairs: [{ ordered: true, reach: 16,
        a: ['não tenho outra saída', 'não vejo outra saída', 'não tem outra saída', 'não há outra saída', 'não tenho outra opção', 'não tenho escolha', 'não me resta outra', 'não resta outra'],
        b: ['morrer', 'sumir', 'desaparecer', 'me matar', 'acabar com a minha vida', 'acabar com minha vida'] }] },
      id: { pairs: [{ ordered: true, reach: 16,
        a: ['tidak ada jalan lain', 'gak ada jalan lain', 'ga ada jalan lain', 'nggak ada jalan lain', 'tidak ada cara lain', 'gak ada cara lain', 'ga ada cara lain', 'tidak ada pilihan lain', 'gak ada pilihan lain', 'ga ada pilihan lain'],
        b: ['mati$', 'menghilang', 'ngilang', 'bunuh diri', 'mengakhiri hidup'] }] },
    },
  },
  {
    name: 'returning borrowed things, deleting accounts and contacts; nothing left to do',
    signal: 'suicide',
    words: {
      ja: { say: ['借りてたものを全部返', 'かりてたものをぜんぶかえ', '借りたものを全部返', 'かりたものをぜんぶかえ', 'やることは全部やった', 'やることはぜんぶやった', 'もう思い残すことはない', 'もうおもいのこすことはない', '思い残すことはな', 'おもいのこすことはな'] },
      en: { say: ['returned everything i borrowed', 'returning everything i borrowed', 'giving back everything i borrowed', 'deleted all my accounts and', 'deleted all my social media and', 'nothing left to do now', 'nothing left to sort out', 'nothing left to take care of', 'no more loose ends'] },
      zh: { say: ['把借的东西都还了', '借的东西都还回去', '把联系方式都删了', '账号都注销了', '没有什么牵挂了', '没什么牵挂了', '了无牵挂', '该做的都做完了', '没有遗憾了'] },
      ko: { say: ['빌린 거 하나씩 다 돌려주', '빌린 거 다 돌려주', '빌린 걸 다 돌려주', '빌린 것들 다 돌려', '할 일은 다 한 것 같', '이제 할 일 다 했', '이제 할 일은 다', '정리할 게 별로 없', '연락처 다 지우고', 'sns 계정 다 지웠', '계정 다 지웠', '여한이 없'] },
      vi: { say: ['trả hết đồ đã mượn', 'trả lại hết đồ mượn', 'trả lại hết những gì đã mượn', 'xóa hết tài khoản', 'không còn gì vướng bận', 'không còn gì để làm nữa', 'không còn gì luyến tiếc'] },
      ne: { say: ['sapati ko saman farkaaye', 'sabai ko saman farkaaidiye', 'sabai ko saman pharkaidiye', 'सबैको सामान फर्काइदिएँ', 'अब केही काम बाँकी छैन', 'aba kehi kaam baki chhaina', 'aba kei kaam baki chaina'] },
      tl: { say: ['isinauli ko na lahat ng hiniram', 'binalik ko na lahat ng hiniram', 'ibinalik ko na lahat ng hiniram', 'dinelete ko na lahat ng account', 'wala na akong naiwang gagawin', 'wala na akong dapat ayusin'] },
      pt: { say: ['devolvi tudo que peguei emprestado', 'devolvendo tudo que peguei', 'apaguei todas as minhas contas', 'não tenho mais nada pra resolver', 'não falta mais nada pra resolver'] },
      id: { say: ['kembalikan semua barang pinjaman', 'kembaliin semua barang pinjaman', 'sudah saya kembalikan semua barang', 'udah aku balikin semua barang', 'hapus semua akun', 'udah gak ada yang perlu diberesin', 'sudah tidak ada yang perlu diurus'] },
    },
  },
  {
    name: 'drawn to the water, the tracks or a railing now; a knot, charcoal and tape; my death would pay the insurance',
    signal: 'suicide',
    words: {
      ja: {
        say: ['手すりに座って', 'てすりにすわって', '手すりに腰かけ', 'てすりにこしかけ', 'どこに結べば', 'どこにむすべば', '首つるやつ', 'くびつるやつ', '炭とテープ', 'すみとてーぷ', '炭とガムテープ', 'すみとがむてーぷ', '練炭とテープ', 'れんたんとてーぷ', 'もうおきなければいい', 'もう起きなければいい', '二度と起きなければ', 'にどとおきなければ', '明日は来ないで', 'あしたはこないで', '明日の自分が想像できない', 'あしたのじぶんがそうぞうできない', 'アカウント全部消', 'あかうんとぜんぶけし', 'アカウントを全部消', 'あかうんとをぜんぶけし', 'いなくなっても誰も', 'いなくなってもだれも', 'いなくなってもきづかない', 'いなくなっても気づかない', 'いなくなったら誰か気づ', 'いなくなったらだれかきづ', 'もうさよなら', 'もうさようなら'],
        pairs: [
          { reach: 20, acrossSentences: true, a: ['片道', 'かたみち'], b: ['やま', '山に', 'うみ', '海に', '崖', 'がけ', '樹海', 'じゅかい', '帰らない', 'かえらない', 'もどらない', '戻らない', 'さようなら', '帰りはいらな', 'かえりはいらな'] },
          { reach: 14, a: ['川', 'かわを', 'かわに', '海を', 'うみを', '線路', 'せんろ'], b: ['はいりたくなる', '入りたくなる', '飛び込みたくなる', 'とびこみたくなる', '吸い込まれそう', 'すいこまれそう'] },
          { reach: 24, acrossSentences: true, a: ['もう会えない', 'もうあえない', 'もう会わないと思', 'もうあわないとおも'], b: ['さようなら', 'さよなら', '電話に出ない', 'でんわにでない', 'さいご', '最後'] },
          { reach: 30, acrossSentences: true, a: ['迷惑かけてすみません', 'めいわくかけてすみません', '迷惑かけてごめん', 'めいわくかけてごめん', 'ありがとうって送', 'ありがとうとおく', 'ありがとうっておく'], b: ['電話に出ない', 'でんわにでない', '連絡がつかない', 'れんらくがつかない', '既読にならない', 'きどくにならない', '電源を切', 'でんげんをき', '夜中に', 'よなかに'] },
          { ordered: true, reach: 8, a: ['なくなったら', '尽きたら', 'つきたら'], b: ['死ねばいい', 'しねばいい', '死のう', 'しのう'] },
          { ordered: true, reach: 12, a: ['わたしがしねば', '私が死ねば', 'おれがしねば', '俺が死ねば', 'ぼくがしねば', '僕が死ねば', 'じぶんがしねば', '自分が死ねば', 'わたしがしんだら', '私が死んだら', '自分が死んだら', 'じぶんがしんだら'], b: ['ほけんのおかね', '保険のお金', '保険金が出', 'ほけんきんがで', 'ほけんきんで', '保険金で'] },
        ],
      },
      en: {
        say: ['where do i tie', 'how do you tie a noose', 'charcoal and tape', 'charcoal and duct tape', 'the water keeps pulling me', 'want to walk into the water', 'sitting on the railing', 'sitting on the balcony railing', 'sitting on the ledge', 'deleted all my accounts', 'nobody would notice if i disappeared', 'would anyone notice if i disappeared', 'if i die the insurance', 'if i die my insurance', 'my death would pay'],
      },
      zh: {
        say: ['就是我最后一天', '决定今天就是最后一天', '遗言录好', '录好了遗言', '写好了遗言', '遗言写好', '要是睡着了醒不来', '如果睡着了醒不来', '睡着了就醒不来', '从来没有出生过', '从来没出生过', '如果我消失的话', '如果我消失了', '要是我消失了', '唔知仲有咩意思', '仲有咩意思', '执好晒啲嘢', '執好晒啲嘢', '今天晚上之后就不', '今晚之后就不', '今晚过后我就', '应该已经不在了', '我也该去找她了', '我也该去找他了', '该去陪她了', '该去陪他了', '也该去找她了', '也该去找他了', '不想再撑了', '不想再撐了', '系负累', '係負累', '我是负累', '我係負累', '我要去很远的地方', '要去很遠的地方', '从公司楼顶下去', '从楼顶下去', '从天台下去', '从楼上下去', '从楼顶跳', '一起飞下去', '一起跳下去', '从人生登出', '人生登出', '之后就唔使再', '之後就唔使再', '唔使再面对任何人', '唔使再面對任何人', '不用再面对任何人', '往下看好像也没有很高', '好像也没有很高', '保险还能给家里', '保险金能给家里'],
        pairs: [
          { ordered: true, reach: 6, a: ['下周', '明天', '今晚', '过几天', '很快', '下个月'], b: ['就可以解脱', '就能解脱', '就解脱了', '就彻底解脱'] },
          { reach: 16, acrossSentences: true, a: ['顶楼', '天台', '楼顶', '阳台', '桥上', '站台'], b: ['被拦下', '拉回来', '拉了回来', '被拉住'] },
          { reach: 16, acrossSentences: true, a: ['决定好了', '已经决定了', '我已经决定'], b: ['谢谢你们', '多谢你哋', '谢谢你听', '对不起', '别劝', '不用劝'] },
          { reach: 16, acrossSentences: true, a: ['信都写好', '信已经写好', '写好了信', '写好咗封信', '信都写完', '信写好了'], b: ['明天寄', '寄出', '阿妈', '给妈', '给爸妈', '放在', '放喺'] },
          { reach: 12, acrossSentences: true, a: ['我不行了', '撑不下去了', '撑不住了'], b: ['对不起', '永别', '再见了'] },
          { reach: 40, acrossSentences: true, a: ['好好照顾', '好好照顧'], b: ['打唔通', '打不通', '不接电话', '唔听电话', '唔聽電話', '关机了'] },
          { reach: 30, acrossSentences: true, a: ['很远的地方', '很遠的地方'], b: ['送给我', '送给朋友', '送給', '没有要离职', '猫', '貓'] },
          { reach: 30, acrossSentences: true, a: ['终于可以休息', '可以永远休息'], b: ['退了', '送走', '托运', '剩我一个人', '送给'] },
        ],
      },
      ko: { say: ['물에 들어가고 싶', '강물 엄청 차갑', '강물이 차갑겠', '난간에 앉아', '매듭 어떻게', '어디에 묶어야', '숯이랑 테이프', '번개탄이랑 테이프', '내가 죽으면 보험금이', '제가 죽으면 보험금이'] },
      vi: { say: ['nhìn nước muốn nhảy', 'muốn bước xuống nước', 'ngồi trên lan can', 'buộc dây ở đâu', 'than và băng keo', 'than với băng dính', 'tôi chết thì tiền bảo hiểm', 'em chết thì tiền bảo hiểm'] },
      ne: { say: ['paani ma pasna man', 'pani ma pasna man', 'पानीमा पस्न मन', 'रेलिङमा बसेको', 'railing ma baseko', 'dori kaha bandhne', 'डोरी कहाँ बाँध्ने', 'म मरे बिमाको पैसा', 'ma mare bima ko paisa'] },
      tl: { say: ['gusto kong lumusong sa dagat', 'gusto kong tumalon sa ilog', 'nakaupo sa railing', 'saan itatali ang lubid', 'uling at tape', 'pag namatay ako makukuha nila ang insurance'] },
      pt: { say: ['vontade de entrar no mar', 'vontade de entrar no rio', 'sentado no parapeito', 'sentada no parapeito', 'onde amarrar a corda', 'carvão e fita', 'se eu morrer o seguro'] },
      id: { say: ['pengen nyebur ke sungai', 'pengen nyebur ke laut', 'duduk di pagar balkon', 'duduk di pinggir balkon', 'ikat tali di mana', 'arang sama lakban', 'arang dan lakban', 'kalau aku mati asuransinya', 'kalau saya mati asuransinya'] },
    },
  },
  {
    name: '“if something happens to me this week”; “when you read this”, with a key, a sorry or a goodbye; pills kept for when the time comes',
    signal: 'suicide',
    words: {
      ja: {
        say: ['これを読んでいるころ', 'これをよんでいるころ', 'これを読む頃には', 'これをよむころには'],
        pairs: [
          { reach: 30, acrossSentences: true, a: ['わたしになにかあったら', '私に何かあったら', '俺に何かあったら', 'おれになにかあったら', 'ぼくになにかあったら', '僕に何かあったら'], b: ['今週', 'こんしゅう', 'もうすぐ', '近いうちに', 'ちかいうちに', '今夜', 'こんや'] },
          { reach: 40, acrossSentences: true, a: ['薬をためて', 'くすりをためて', '薬を溜めて', '薬をとっておい', 'くすりをとっておい', '薬を集めて'], b: ['その時', 'そのとき', 'いざという時', 'いざというとき', 'いつでも', '時が来たら', 'ときがきたら'] },
          // sleeping pills or prescriptions not taken but saved up («眠剤、飲まずに貯めてる»)
          { ordered: true, reach: 20, a: ['眠剤', '睡眠剤', '睡眠薬', 'すいみんやく', '眠り薬', 'ねむりぐすり', '安定剤', 'あんていざい', '精神薬', '処方薬', 'しょほうやく', 'もらった薬', 'もらったくすり'], b: ['貯めて', '溜めて', 'ためてる', 'ためてい', 'ためてあ', 'ためこ', '貯めこ', '溜めこ', '貯め込', '溜め込', 'とってあ', '取ってあ', 'しまってあ', '集めて', 'あつめて'] },
        ],
      },
      en: {
        pairs: [
          { reach: 60, acrossSentences: true, a: ['if youre reading this', 'when you read this', 'by the time you read this', 'when you find this'], b: ['im sorry', 'forgive me', 'goodbye', 'the key', 'dont let the kids', 'dont come in', 'ill be gone', 'im gone', 'already gone'] },
          { reach: 40, acrossSentences: true, a: ['keeping pills', 'kept pills', 'saving pills', 'keeps her pills', 'keeps his pills', 'saved her pills', 'saved his pills'], b: ['when the time comes', 'for when its time', 'when its time'] },
        ],
      },
      zh: {
        say: ['当你看到这条的时候我', '你看到这条的时候我已经', '看到这封信的时候我已经', '等你们看到这封信'],
        pairs: [
          { reach: 24, acrossSentences: true, a: ['如果我有什么事', '要是我有什么事', '如果我出了什么事', '万一我有什么事', '如果我有什么三长两短', '要是我有个三长两短'], b: ['这周', '这个星期', '这几天', '今晚'] },
          { reach: 30, acrossSentences: true, a: ['攒药', '存药', '把药存起来', '把药攒起来'], b: ['到时候', '时候到了', '等时候到'] },
        ],
      },
      ko: {
        say: ['이 글을 볼 때쯤', '이 글을 읽을 때쯤', '이걸 읽을 때쯤', '이걸 볼 때쯤', '다시는 안 깼으면', '다시 안 깼으면', '안 깨어났으면', '옥상 문 열려 있는지', '옥상 문이 열려 있는지', '옥상 문이 잠겨 있는지', '다들 안녕이라고', '상메에 다들 안녕', '프사를 까만색', '프사를 검은색'],
        pairs: [{ reach: 30, acrossSentences: true, a: ['나한테 무슨 일 생기면', '제게 무슨 일이 생기면', '저한테 무슨 일 생기면', '저한테 무슨 일이 생기면', '내가 잘못되면', '제가 잘못되면'], b: ['이번 주', '오늘 밤', '보험', '미안'] }],
      },
      vi: {
        say: ['khi đọc được những dòng này', 'lúc mọi người đọc được những dòng này', 'khi mọi người đọc được tin này', 'nếu em chết thì có ai buồn', 'nếu tôi chết thì có ai buồn', 'nếu mình chết thì có ai buồn', 'nếu em chết có ai buồn', 'cầu nào cao nhất', 'nếu bước xuống thì', 'bước xuống đường ray'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['nếu có chuyện gì', 'nếu em có chuyện gì', 'nếu chị có chuyện gì', 'nếu anh có chuyện gì', 'nếu tôi có chuyện gì', 'nếu anh đi thì', 'nếu em đi thì', 'nếu chị có đi thì'], b: ['không nghe máy', 'ko nghe máy', 'tuần này', 'bảo hiểm nhân thọ', 'tắt máy', 'gọi không nghe'] },
          { reach: 32, a: ['cầu', 'sân thượng', 'tầng thượng'], b: ['muốn nhảy', 'định nhảy', 'sẽ nhảy'] },
        ],
      },
      ne: {
        say: ['यो पढ्दासम्म म', 'yo padhda samma ma'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['malai kehi bhayo bhane', 'malai kei bhayo bhane', 'मलाई केही भयो भने', 'केही भयो भने'], b: ['yo hapta', 'यो हप्ता', 'phone off', 'maaf', 'माफ', 'हेरिदिनु', 'herdinu', 'heridinu'] }],
      },
      tl: {
        say: ['kapag nabasa mo ito wala na ako', 'pag nabasa nyo ito wala na ako', 'iniipon ko na yung', 'iniipon ko ang gamot', 'iniipon ko ang mga gamot', 'ilan po bang tableta', 'ilang tableta ng sleeping pills', 'ito na ang huling beses na', 'naiisip tapusin na', 'naiisip kong tapusin na', 'naiisip ko tapusin na', 'kong naiisip tapusin'],
        pairs: [{ reach: 60, acrossSentences: true, a: ['pag may nangyari sakin', 'kung may mangyari sa akin', 'kapag may nangyari sa akin', 'pag may nangyari sa akin', 'kung may mangyari sakin', 'kung may mangyari sa kin'], b: ['this week', 'ngayong linggo', 'pasensya na', 'sabihin mo kay nanay'] }],
      },
      pt: {
        say: ['quando você ler isso eu', 'quando vocês lerem isso eu', 'se você está lendo isso é porque'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['se acontecer alguma coisa comigo', 'se algo acontecer comigo', 'se me acontecer algo', 'se acontecer algo comigo'], b: ['essa semana', 'esta semana', 'seguro'] }],
      },
      id: {
        say: ['udah diminum semua', 'sudah diminum semua', 'obatnya diminum semua', 'botol obat kosong', 'gak ada yang perlu saya pikirin lagi', 'gak ada yang perlu aku pikirin lagi', 'tidak ada yang perlu saya pikirkan lagi'],
        pairs: [
          { reach: 60, acrossSentences: true, a: ['kalau kamu baca ini', 'kalau kalian baca ini', 'kalau kamu membaca ini', 'saat kamu baca ini'], b: ['maaf', 'kunci', 'jangan bawa', 'selamat tinggal'] },
          { reach: 40, acrossSentences: true, a: ['nyimpen obat', 'nyimpan obat', 'menyimpan obat', 'ngumpulin obat', 'kumpulin obat'], b: ['udah waktunya', 'sudah waktunya', 'kalau waktunya', 'udah cukup'] },
          { reach: 48, acrossSentences: true, a: ['kalau terjadi apa apa sama saya', 'kalau ada apa apa sama aku', 'kalau ada apa apa sama saya', 'kalau terjadi sesuatu sama saya', 'kalau terjadi sesuatu pada saya'], b: ['minggu ini', 'hp mati', 'gak bisa dihubungi', 'maaf semuanya'] },
        ],
      },
    },
  },
  {
    name: 'tired of living, no point living like this; asking how to die without pain; the water or a step forward would end it',
    signal: 'suicide',
    words: {
      ja: {
        say: ['いきていてもしかたない', '生きていても仕方ない', 'いきててもしかたない', '生きてても仕方ない', 'いたくないでしね', '痛くないで死ね', 'いたくなくしね', '痛くなく死ね', 'さいごにだれかにいいたかった', '最後に誰かに言いたかった', 'もうわたしのぶんはいらない', 'もう私の分はいらない', 'しんだほうがらく', '死んだ方が楽', '死んだほうが楽', 'いきるのにつかれた', '生きるのに疲れた', 'いきるのつかれた', '生きるの疲れた', 'いきているのがつらい', '生きているのがつらい', 'いきてるのがつらい', '生きてるのがつらい', '生きてるのしんどい', 'いきてるのしんどい'],
        pairs: [
          { reach: 16, acrossSentences: true, a: ['もうげんかい', 'もう限界', 'もうむり', 'もう無理'], b: ['さようなら', 'さよなら'] },
          { reach: 12, a: ['くすりとおさけ', '薬とお酒', '薬と酒'], b: ['のもう', '飲もう', 'いっしょにのむ', '一緒に飲む', 'ぜんぶのむ', '全部飲む'] },
          { ordered: true, reach: 10, a: ['みずにはいったら', '水に入ったら', 'うみにはいったら', '海に入ったら', 'かわにはいったら', '川に入ったら'], b: ['おわる', '終わる', 'らくに', '楽に', 'しねる', '死ねる'] },
        ],
      },
      en: { say: ['tired of being alive', 'tired of living like this and', 'how to die without pain', 'die without it hurting', 'one step forward and it would be over', 'one step and it would be over', 'if i walked into the water it would'] },
      zh: { say: ['活着好累不想活', '活着没什么意思了', '怎么死才不痛', '怎么死不会痛', '往前一步就结束', '往前一步就解脱', '走进水里就结束', '跳下去就解脱'] },
      ko: { say: ['사는 게 지쳤', '사는 것에 지쳤', '살아 있는 게 지쳐', '안 아프게 죽는', '한 발짝만 내디디면', '한 걸음만 내디디면', '물에 들어가면 끝'] },
      vi: { say: ['mệt mỏi vì phải sống', 'sống mệt mỏi quá rồi không muốn', 'chết sao cho không đau', 'làm sao chết không đau', 'chỉ cần bước thêm một bước', 'bước xuống nước là xong'] },
      ne: {
        say: ['ek taraphi ticket', 'ek tarfi ticket', 'kasailai mero aawashyakta chaina', 'kasailai mero aavashyakta chhaina', 'kasailai mero aawashyakta chhaina', 'कसैलाई मेरो आवश्यकता छैन', 'कसरी सकाउने', 'kasari sakaaune', 'kasari sakaune', 'dherai baanchisake', 'dherai banchisake', 'dherai bachisake', 'धेरै बाँचिसकें', 'भार मात्र', 'छिटो जान पाए', 'shinitai lekh'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['ma aba jaanxu', 'ma aba jaanchhu', 'ma aba janchhu', 'म अब जान्छु'], b: ['chabi', 'sabai timro', 'sab timro', 'maaf', 'alvida', 'साँचो', 'सबै तिम्रो', 'माफ', 'अलविदा'] },
          { reach: 40, acrossSentences: true, a: ['mukh dekhauna sakdina', 'mukh dekhaauna sakdina', 'मुख देखाउन सक्दिन'], b: ['sakaaunchhu', 'sakaunchhu', 'sakaunchu', 'sakaunxu', 'सकाउँछु', 'marchhu', 'मर्छु'] },
          { reach: 40, acrossSentences: true, a: ['last day', 'antim din', 'अन्तिम दिन'], b: ['samparka xaina', 'samparka chhaina', 'samparka chaina', 'phone uthaudaina', 'phone off', 'सम्पर्क छैन'] },
          { reach: 32, a: ['प्लेटफर्म', 'platform', 'railing', 'रेलिङ', 'छत', 'pul ma', 'पुलमा'], b: ['एक पाइला', 'ek paila', 'ek kadam'] },
          { reach: 24, a: ['कोइला', 'koila', 'charcoal'], b: ['टेप', 'tape$'] },
          { reach: 40, acrossSentences: true, a: ['balcony', 'बालकनी', 'chhat ma', 'छतमा'], b: ['tala sadak', 'तल सडक', 'tala hera', 'tala her', 'हाम फाल'] },
        ],
      },
      tl: { say: ['pagod na akong mabuhay', 'pagod na ako sa buhay na ito', 'paano mamatay nang hindi masakit', 'isang hakbang lang tapos na', 'lumusong sa dagat para matapos'] },
      pt: { say: ['cansei de estar vivo', 'cansei de estar viva', 'como morrer sem sentir', 'um passo e acaba', 'entrar no mar e acabar'] },
      id: { say: ['capek hidup', 'cape hidup', 'lelah hidup', 'cara mati yang gak sakit', 'selangkah lagi selesai', 'masuk ke laut biar selesai'] },
    },
  },
  {
    name: 'following a spouse who died; not lasting the winter and not wanting to; living is pointless and a rope hidden',
    signal: 'suicide',
    words: {
      ja: {
        pairs: [{ reach: 24, acrossSentences: true, a: ['見送ったら', 'みおくったら', '亡くなった', 'なくなった', '先立た', 'さきだた', '亡き', 'なき'], b: ['後を追うつもり', 'あとをおうつもり', '後を追いたい', 'あとをおいたい', 'すぐ後を追', 'すぐあとをお', '後を追って死', 'あとをおってし'] }],
        idioms: ['後を追うように', 'あとをおうように'],
      },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['my last winter', 'my last christmas', 'slip away'], b: ['made my arrangements', 'my affairs in order', 'gave me his late', 'gave me her late', 'nobody needs me', 'no one needs me', 'before winter', 'before christmas'] }] },
      zh: { say: ['追随亡妻而去', '追随亡夫而去', '随亡妻而去', '随亡夫而去'] },
      ko: { say: ['겨울을 넘기고 싶지 않'] },
      vi: {
        say: ['sống cũng chẳng để làm gì', 'sống cũng chả để làm gì', 'sống cũng không để làm gì', 'giấu dây thừng', 'thử thắt cổ', 'lấy khăn thắt cổ', 'khăn quàng thắt cổ'],
      },
      ne: { say: ['बाँचेर के गर्नु', 'bachera ke garnu', 'baachera ke garnu'] },
      tl: { say: ['wala nang saysay ang buhay ko', 'walang saysay mabuhay pa'] },
      pt: { say: ['ir encontrar ela no céu', 'ir encontrar ele no céu', 'ir me encontrar com ela no céu', 'ir me encontrar com ele no céu'] },
      id: { say: ['pengen nyusul almarhum', 'ingin menyusul almarhum', 'mau nyusul almarhum aja'] },
    },
  },
  {
    name: 'at the platform edge watching the trains, on a bridge or by the river now; a post that reads as the last one',
    signal: 'suicide',
    words: {
      ja: {
        say: ['これが最後の投稿', 'これがさいごのとうこう', '最後の投稿です', '永遠におやすみ', 'えいえんにおやすみ', 'また切っちゃった', 'またきっちゃった', 'また切ってしまった', 'またきってしまった', '生まれてきてごめんなさい', 'うまれてきてごめんなさい', '生まれてきてすみません'],
        pairs: [
          { reach: 32, acrossSentences: true, a: ['川の近く', 'かわのちかく', '川のそば', 'かわのそば', '川べり', 'かわべり', '海の近く', 'うみのちかく', '海辺', 'うみべ', '岸壁', 'がんぺき'], b: ['このまま入', 'このままはい', '入ってしまいたい', 'はいってしまいたい', '落ちてしまおう', 'おちてしまおう'] },
          { reach: 24, acrossSentences: true, a: ['ホームの端', 'ほーむのはし', 'ホームの先', 'ホームぎりぎり', 'ほーむぎりぎり', '黄色い線の外', 'きいろいせんのそと'], b: ['何も感じな', 'なにもかんじな', '一歩', 'いっぽ', '飛び込', 'とびこ', '吸い込まれ', 'すいこまれ'] },
        ],
      },
      en: {
        say: ['goodnight forever', 'good night forever', 'this is my last post', 'my last post ever', 'sorry i was born', 'sorry for being born'],
        pairs: [
          { ordered: true, reach: 6, a: ['see you', 'see ya'], b: ['on the other side'] },
          { reach: 40, acrossSentences: true, a: ['edge of the platform', 'platform edge', 'past the yellow line'], b: ['feel nothing', 'one step', 'step forward', 'pulled in'] },
          { reach: 40, a: ['im standing at the edge of the platform', 'im at the edge of the platform', 'im standing on the edge of the platform', 'im standing at the platform edge'], b: ['watching the trains', 'watching trains', 'trains go by', 'trains pass', 'train come'] },
          // at the end of the platform or by the tracks, and "when the next train comes I'll just…"
          { reach: 60, acrossSentences: true, a: ['end of the platform', 'edge of the platform', 'platform edge', 'by the tracks', 'near the tracks', 'on the tracks', 'past the yellow line'], b: ['i could step', 'just step', 'just jump', 'jump in front', 'step in front', 'walk in front', 'step off', 'lean forward'] },
        ],
        idioms: ['on the other side of'],
      },
      zh: {
        say: ['最后一条动态', '最后一条朋友圈', '这是我最后一条', '永远晚安', '晚安永别'],
        pairs: [
          { reach: 8, a: ['买包炭', '买炭'], b: ['算数', '算了', '了结', '一了百了', '解脱'] },
          { reach: 12, acrossSentences: true, a: ['站台边', '月台边', '站台边缘', '月台边缘', '黄线外'], b: ['什么都感觉不到', '一步', '跳下去'] },
          { ordered: true, reach: 4, a: ['现在在', '人在', '我还在'], b: ['桥上', '天台', '楼顶', '铁轨', '屋顶', '站台边', '月台边'] },
        ],
      },
      ko: {
        idioms: ['그냥 타', '그냥 보내', '그냥 갈아타', '그냥 내려', '그냥 집에'],
        say: ['태어나서 죄송합니다', '태어나서 죄송해요', '태어나서 미안해', '마지막 글입니다', '마지막 글이에요', '마지막 게시물', '영원히 잘 자', '영원히 안녕', '대교 위에 있', '한강 다리 위', '다리 난간에'],
        pairs: [
          { reach: 24, acrossSentences: true, a: ['승강장 끝', '스크린도어 없는', '노란 선 밖'], b: ['아무 느낌', '한 발', '뛰어들'] },
          // at the platform's end (the loanword «홈» for the platform) when the next train comes, and then "just…"
          { reach: 24, acrossSentences: true, a: ['홈 끝', '승강장 끝', '플랫폼 끝', '선로 앞', '선로 가까이', '노란 선 밖', '안전선 밖'], b: ['들어오면 그냥', '오면 그냥', '뛰어들', '한 발'] },
          { reach: 24, acrossSentences: true, a: ['열차 오면 그냥', '열차가 오면 그냥', '기차 오면 그냥', '기차가 오면 그냥', '전철 오면 그냥', '전철이 오면 그냥', '지하철 오면 그냥', '지하철이 오면 그냥', '들어오면 그냥'], b: ['역 홈', '홈에', '홈 끝', '승강장', '플랫폼', '선로', '철길', '서 있', '모르겠', '끝내', '뛰어'] },
          { reach: 24, acrossSentences: true, a: ['다리 위에 있', '다리 위에 서', '대교 위'], b: ['물이 깊', '물을 보', '아래를 보', '뛰어'] },
          { reach: 24, acrossSentences: true, a: ['마지막 글', '마지막 게시글'], b: ['연락이 안', '전화를 안 받', '미안', '안녕'] },
        ],
      },
      vi: {
        say: ['bài đăng cuối cùng của', 'đây là bài đăng cuối', 'ngủ ngon mãi mãi', 'sẽ không còn thấy em nữa', 'sẽ không còn thấy tôi nữa'],
        pairs: [
          { reach: 32, acrossSentences: true, a: ['tôi đang ở cầu', 'em đang ở cầu', 'tôi đang ở trên cầu', 'em đang ở trên cầu', 'đang đứng trên cầu'], b: ['nước sâu', 'sông sâu', 'nhìn xuống nước'] },
          { reach: 32, acrossSentences: true, a: ['mép sân ga', 'mép đường ray', 'sát đường ray'], b: ['không cảm thấy gì', 'một bước', 'lao xuống'] },
          { reach: 32, a: ['tôi đang đứng ở mép', 'em đang đứng ở mép', 'tôi đứng ở mép', 'em đứng ở mép'], b: ['nhìn tàu', 'tàu chạy qua', 'tàu lao tới', 'tàu đến'] },
        ],
      },
      ne: {
        say: ['यो मेरो अन्तिम पोस्ट', 'मेरो अन्तिम पोस्ट', 'yo last post', 'mero last post', 'antim post', 'mare pani hunthyo', 'marepani hunthyo', 'मरे पनि हुन्थ्यो', 'pul ma chu', 'pul ma chhu', 'pulmathi chu', 'pul mathi chu', 'pul mathi chhu', 'पुलमाथि छु', 'पुलमा छु'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['प्लेटफर्मको छेउ', 'प्लेटफर्मको किनार', 'platform ko chheu', 'platform ko chhew', 'रेलको लाइनको छेउ', 'स्टेसनको', 'स्टेसनमा', 'station ma'], b: ['उभिएर ट्रेन आएको', 'ट्रेन आएको हेरिरहेको', 'महसुस हुँदैन', 'train aayeko heri', 'mahasus hudaina'] }],
      },
      tl: {
        say: ['wag nyo na ko hanapin', 'wag nyo na kong hanapin', 'wag mo na ko hanapin', 'huwag nyo na ko hanapin', 'goodnight forever', 'good night forever', 'huling post ko na', 'last post ko na', 'hindi nyo na ako makikita', 'di nyo na ako makikita', 'hindi na ninyo ako makikita'],
        pairs: [
          { reach: 32, acrossSentences: true, a: ['gilid ng platform', 'dulo ng platform', 'gilid ng riles'], b: ['wala akong maramdaman', 'isang hakbang', 'tumalon'] },
        ],
      },
      pt: {
        say: ['cuidem da mãe por mim', 'cuidem do pai por mim', 'cuidem dos meus filhos por mim', 'boa noite para sempre', 'meu último post', 'minha última postagem', 'vocês não vão mais me ver', 'vcs não vão mais me ver', 'vcs nao vao mais me ver'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['foi bom enquanto durou'], b: ['adeus', 'não atende', 'apagou', 'sumiu', 'tchau'] },
          { reach: 32, acrossSentences: true, a: ['beira da plataforma', 'borda da plataforma', 'beira do trilho'], b: ['não sinto nada', 'um passo', 'pular'] },
        ],
      },
      id: {
        say: ['postingan terakhirku', 'ini postingan terakhir', 'ini pesan terakhirku', 'selamat tidur selamanya', 'gak akan ketemu aku lagi', 'tidak akan bertemu saya lagi', 'ga bakal lihat aku lagi', 'gak bakal liat aku lagi'],
        pairs: [
          { reach: 32, acrossSentences: true, a: ['aku di jembatan', 'saya di jembatan', 'aku di atas jembatan', 'saya di atas jembatan', 'gue di jembatan'], b: ['airnya dalam', 'airnya dalem', 'sungainya dalam', 'sungainya dalem', 'arusnya deras'] },
          { reach: 32, acrossSentences: true, a: ['pinggir peron', 'ujung peron', 'tepi peron', 'pinggir rel', 'tepi rel'], b: ['ngerasa apa apa', 'merasakan apa apa', 'selangkah', 'loncat', 'lompat'] },
          { reach: 32, a: ['aku berdiri di pinggir', 'saya berdiri di pinggir', 'aku di pinggir peron', 'saya di pinggir peron', 'aku berdiri di ujung', 'saya berdiri di ujung'], b: ['lihat kereta', 'liat kereta', 'melihat kereta', 'kereta lewat'] },
        ],
      },
    },
  },
  {
    name: 'following someone who died, or died by suicide: I should go too, I want to go where he is, do what she did',
    signal: 'suicide',
    // The death is past and an idiom keeps it quiet alone («自殺した兄», "took his own life"); a wish
    // to follow is the danger. Strong wishes («後を追いたい», "be where she is") go with any death; "go
    // too", "do the same" only with a suicide (the funeral is tomorrow, I should go too).
    words: {
      ja: {
        say: ['後を追いたい', 'あとをおいたい', '後を追って死', 'あとをおってし', '後を追おうと', 'あとをおおうと',
          // a carer thinking of both going: 「いっそ二人で」
          'いっそ二人で', 'いっそふたりで', 'いっそ一緒に', 'いっそいっしょに', 'それなら一緒に', 'それならいっしょに'],
        // An errand with someone after the death: 「お葬式に一緒に行きたい」「病院に連れて行ってほしかった」.
        idioms: ['先輩の後を追', 'せんぱいのあとをお', '後を追って入', '後を追って進',
          { reach: 8, a: ['お葬式に', '葬式に', 'おそうしきに', 'そうしきに', '告別式に', 'お通夜に', 'おつやに', '墓参りに', 'はかまいりに', 'お墓に', 'おはかに', '法事に', 'ほうじに', '病院に', '病院へ', 'びょういんに', '手続きに', 'てつづきに', '役所に', 'やくしょに'], b: ['一緒に行', 'いっしょにい', '連れて行', 'つれてい'] }],
        pairs: [
          { reach: 40, acrossSentences: true, pastDeath: 'b',
            a: ['後を追いた', 'あとをおいた', '後を追おう', 'あとをおおう', '後を追うつもり', '後を追って死', '後を追って逝', 'そっちに行きた', 'そっちにいきた', 'そっちへ行きた', 'あっちに行きた', 'あっちにいきた', 'あっちへ行きた', 'のそばに行きた', 'のそばにいきた', 'と同じところに行', 'とおなじところにい',
              // "me too, with him": 「私も一緒に行きたい」「一緒に逝きたい」「連れて行ってほしかった」 (not 「一緒にお葬式に行きたい」)
              '私も一緒に行', 'わたしもいっしょにい', '僕も一緒に行', 'ぼくもいっしょにい', '俺も一緒に行', 'おれもいっしょにい', '一緒に逝', 'いっしょに逝', '私も連れて行', 'わたしもつれてい', '連れて行ってほしかった', 'つれていってほしかった'],
            b: ['自殺', 'じさつ', '自死', '命を絶', 'いのちをた', '亡くなった', 'なくなった', '死んだ', 'しんだ', '先立た', 'さきだた', '他界'] },
          { reach: 40, acrossSentences: true, pastDeath: 'b',
            a: ['のところに行きた', 'のところにいきた', 'のところへ行きた', 'に会いに行きた', 'にあいにいきた', '私も行きた', 'わたしもいきた', '僕も行きた', '俺も行きた', '私も死', 'わたしもし', '僕も死', '俺も死', '同じように死', 'おなじようにし', '同じことをし', 'おなじことをし', '同じ方法で', '同じやり方で'],
            b: ['自殺', 'じさつ', '自死', '命を絶', 'いのちをた', '首を吊', '飛び降り'] },
        ],
      },
      en: {
        // An errand with someone after the death: "go with him to the funeral", "be with her at the hospital"
        // (not "to the other side", "to the grave").
        idioms: ['join her at', 'join him at', 'join them at',
          { reach: 8, a: ['go with him', 'go with her', 'go with them', 'be with him', 'be with her', 'follow him', 'follow her'],
            b: ['to the funeral', 'to his funeral', 'to her funeral', 'to the wake', 'to the memorial', 'to the cemetery', 'to the hospital', 'to hospital', 'to the doctor', 'to the clinic', 'to church', 'to the church', 'to the temple', 'to the shop', 'to the store', 'to school', 'to work$', 'to the station', 'to the airport', 'to the appointment', 'to his appointment', 'to her appointment', 'to visit', 'to the bank', 'to the office', 'at the hospital', 'at the funeral'] }],
        pairs: [
          { reach: 80, acrossSentences: true, pastDeath: 'b',
            a: ['want to follow him', 'want to follow her', 'wanna follow him', 'wanna follow her', 'should follow him', 'should follow her', 'want to join him', 'want to join her', 'want to join them', 'wanna join him', 'wanna join her', 'should join him', 'should join her', 'go where he is', 'go where she is', 'go where they are', 'be where he is', 'be where she is', 'go where he went', 'go where she went', 'be with him again', 'be with her again', 'go after him', 'go after her',
              // "I want to go with him", "I want to be with her now", "take me with her" (errands after
              // it — "go with him to the funeral" — are the idiom below)
              'go with him$', 'go with her$', 'go with them$', 'gone with him$', 'gone with her$', 'be with him now', 'be with her now', 'be with them now', 'take me with him', 'take me with her', 'follow him$', 'follow her$'],
            b: ['killed himself', 'killed herself', 'took his own life', 'took her own life', 'took their own life', 'committed suicide', 'died by suicide', 'suicide', 'died', 'passed away', 'passed last', 'since he passed', 'since she passed'] },
          { reach: 80, acrossSentences: true, pastDeath: 'b',
            a: ['should go too', 'want to go too', 'go too$', 'same way he did', 'same way she did', 'same way out', 'be next$'],
            b: ['killed himself', 'killed herself', 'took his own life', 'took her own life', 'took their own life', 'committed suicide', 'died by suicide', 'suicide', 'hanged himself', 'hanged herself'] },
        ],
      },
      zh: {
        idioms: ['一起走过', '一起走下去', '一起走出', '一起走路', '一起走走'],
        pairs: [
          { reach: 24, acrossSentences: true, pastDeath: 'b',
            a: ['去找我太太', '去找我老婆', '去找我先生', '去找我老公', '去找我妈', '去找我爸', '跟着他走', '跟着她走', '跟他走', '跟她走', '随他去', '随她去', '去陪他', '去陪她', '追随他', '追随她', '跟着他去', '跟着她去', '去那边找', '去找他吧', '去找她吧',
              // 我也想跟他一起走, 随他而去, 想去陪他, 去他那边
              // (not 想去陪他 or 去他那里: keeping a widowed grandfather company, clearing a flat)
              '跟他一起走', '跟她一起走', '和他一起走', '和她一起走', '随他而去', '随她而去', '也想跟他走', '也想跟她走'],
            b: ['自杀', '轻生', '跳楼', '走了', '去世', '过世', '死了', '离开了我们', '不在了'] },
          { reach: 24, acrossSentences: true, pastDeath: 'b',
            a: ['也想走', '也想去死', '也想死', '也跟着走', '想跟着走', '一样的路', '做同样的事', '用同样的方法'],
            b: ['自杀', '轻生', '跳楼', '上吊'] },
        ],
      },
      ko: {
        // An errand with someone after the death: «장례식에 나도 같이 가고 싶어», «병원에 데려갔으면».
        idioms: [{ reach: 6, a: ['장례식에', '장례식장에', '병원에', '산소에', '성묘', '납골당에', '추모공원에'], b: ['같이 가고', '같이 갈', '데려가', '데려갔'] }],
        say: ['같이 가면 편하겠다는 생각', '같이 가면 편하겠단 생각', '같이 죽으면 편하'],
        pairs: [
          { reach: 40, acrossSentences: true, pastDeath: 'b',
            a: ['따라가고', '따라 가고', '따라가야', '따라 죽', '곁으로 가', '만나러 가고', '있는 곳으로 가', '나도 같이 가고', '저도 같이 가고', '나도 같이 갈', '저도 같이 갈', '데려가 줬으면', '데려갔으면'],
            b: ['자살', '스스로 목숨', '목숨을 끊', '세상을 떠', '죽었', '돌아가셨', '먼저 갔', '먼저 간'] },
          { reach: 40, acrossSentences: true, pastDeath: 'b', a: ['나도 가고 싶', '나도 죽', '저도 죽', '같은 방법', '똑같이 하고'], b: ['자살', '스스로 목숨', '목숨을 끊'] },
        ],
      },
      vi: {
        // An errand with someone after the death: «đi cùng anh ấy đến bệnh viện», «đi theo mẹ ra mộ».
        idioms: [{ reach: 16, a: ['đi theo', 'đi cùng', 'ở bên'],
          b: ['bệnh viện', 'đám tang', 'đám ma', 'lễ tang', 'đi viếng', 'thăm mộ', 'ra mộ', 'viếng mộ', 'nghĩa trang', 'nhà thờ', 'lên chùa', 'đi chùa', 'đi khám', 'đi chợ', 'siêu thị', 'làm thủ tục', 'đến trường'] }],
        say: ['đi cùng nhau cho đỡ khổ', 'đi cùng nhau cho xong', 'đi theo bà cho xong', 'đi theo ông cho xong', 'đi theo cho xong'],
        pairs: [
          { reach: 64, acrossSentences: true, pastDeath: 'b',
            a: ['đi theo bà', 'đi theo ông', 'đi theo anh', 'đi theo chị', 'đi theo em', 'đi theo bố', 'đi theo mẹ', 'đi theo ba', 'đi theo chồng', 'đi theo vợ', 'đi theo nó', 'đi theo con', 'đoàn tụ', 'xuống với', 'gặp lại anh', 'gặp lại mẹ',
              'đi cùng anh ấy', 'đi cùng chị ấy', 'đi cùng bà', 'đi cùng ông', 'đi cùng mẹ', 'đi cùng bố', 'ở bên anh ấy', 'ở bên chị ấy', 'ở bên mẹ', 'mang em theo', 'mang con theo', 'dẫn em theo'],
            b: ['tự tử', 'tự sát', 'tự vẫn', 'đã chết', 'chết rồi', 'mất rồi', 'đã mất', 'qua đời', 'ra đi'] },
          { reach: 64, acrossSentences: true, pastDeath: 'b', a: ['cũng muốn đi', 'cũng muốn chết', 'làm giống', 'làm như anh', 'làm như chị', 'cùng cách'], b: ['tự tử', 'tự sát', 'tự vẫn', 'treo cổ'] },
        ],
      },
      ne: {
        // An errand with someone after the death: «उहाँसँग अस्पताल जान», «मलामी जान».
        idioms: [{ reach: 16, a: ['अस्पताल', 'मलामी', 'किरिया', 'मन्दिर', 'aspatal', 'malami', 'kiriya', 'mandir'], b: ['जान चाहन्छु', 'jana chahanchhu', 'jaana chahanchhu'] }],
        pairs: [
          { reach: 64, acrossSentences: true, pastDeath: 'b',
            a: ['म पनि जान्छु होला', 'ma pani jaanchhu hola', 'ma pani janchhu hola', 'ma pani jaanchu hola', 'उहाँकहाँ जान', 'उहाँसँगै जान', 'उसकहाँ जान', 'उसँगै जान', 'पछि पछि जान', 'uha kaha jana', 'uhaa kaha jaana', 'uha sanga jana', 'uhaa sanga jaana', 'us kaha jana', 'usko pachhi jana', 'pachhi pachhi jana',
              'उहाँसँग जान', 'उनीसँगै जान', 'उनीकहाँ जान', 'उहाँ भएठाउँ', 'म पनि जान चाहन्छु', 'ma pani jana chahanchhu', 'ma pani jaana chahanchhu', 'uni sangai jana'],
            b: ['आत्महत्या', 'aatmahatya', 'atmahatya', 'मर्नुभयो', 'मरेको', 'बित्नुभयो', 'बितेको', 'mareko', 'marnu bhayo', 'bitnu bhayo', 'bitnu bhayeko'] },
          { reach: 64, acrossSentences: true, pastDeath: 'b', a: ['म पनि मर्छु', 'म पनि मर्न', 'ma pani marchhu', 'ma pani marna', 'त्यसरी नै मर्न'], b: ['आत्महत्या', 'aatmahatya', 'atmahatya', 'झुण्डिएर', 'jhundiyera'] },
        ],
      },
      tl: {
        // An errand with someone after the death: «sumama sa kanya sa ospital», «sa burol».
        idioms: [{ reach: 12, a: ['sumama sa kanya', 'sumama sa kaniya', 'sumama na sa kanya', 'sumunod sa kanya', 'makasama siya', 'makasama sya'],
          b: ['sa ospital', 'sa burol', 'sa lamay', 'sa libing', 'sa sementeryo', 'sa puntod', 'sa simbahan', 'sa palengke', 'sa doktor', 'sa munisipyo', 'sa opisina', 'sa eskwela'] }],
        pairs: [
          { reach: 64, acrossSentences: true, pastDeath: 'b',
            a: ['sumunod sa kanya', 'sumunod sa kaniya', 'susunod sa kanya', 'sundan siya', 'sundan sya', 'siyang sundan', 'syang sundan', 'siyang sumunod', 'syang sumunod', 'makasama siya ulit', 'makasama sya ulit', 'puntahan siya doon',
              'sumunod na sa kanya', 'sumama sa kanya', 'sumama na sa kanya', 'sumama sa kaniya', 'makasama na siya', 'makasama na sya', 'isama niya ako', 'isama na niya ako'],
            b: ['nagpakamatay', 'nagbigti', 'nagpatiwakal', 'kinitil', 'namatay', 'pumanaw', 'yumao', 'patay'] },
          { reach: 64, acrossSentences: true, pastDeath: 'b', a: ['gawin din', 'gagawin ko rin', 'gayahin siya', 'gayahin sya', 'sumama na rin'], b: ['nagpakamatay', 'nagbigti', 'nagpatiwakal', 'kinitil ang sariling buhay'] },
        ],
      },
      pt: {
        // An errand with someone after the death: «ir com ela ao velório», «estar com ele no hospital».
        idioms: [{ reach: 12, a: ['ir com ela', 'ir com ele', 'ir junto com', 'estar com ela', 'estar com ele'],
          b: ['ao enterro', 'no enterro', 'ao velório', 'no velório', 'ao funeral', 'no funeral', 'ao cemitério', 'no cemitério', 'ao túmulo', 'ao hospital', 'no hospital', 'ao médico', 'à missa', 'na missa', 'à igreja', 'na igreja', 'ao mercado', 'ao cartório', 'à consulta', 'na consulta', 'visitar o túmulo', 'visitar a'] }],
        pairs: [
          { reach: 64, acrossSentences: true, pastDeath: 'b',
            a: ['ir junto com ele', 'ir junto com ela', 'ir junto dele', 'ir junto dela', 'ir atrás dele', 'ir atrás dela', 'encontrar ela logo', 'encontrar ele logo', 'encontrar com ela logo', 'encontrar com ele logo', 'ir logo encontrar', 'logo encontrar com', 'ir encontrar com ela', 'ir encontrar com ele', 'ir encontrar ela', 'ir encontrar ele', 'ir me encontrar com', 'me encontrar com ela', 'me encontrar com ele', 'ir pra onde ele', 'ir pra onde ela', 'ir para onde ele', 'ir para onde ela', 'estar onde ele', 'estar onde ela',
              // «quero ir com ela», «quero estar com ele agora», «me leva com você»
              'ir com ela$', 'ir com ele$', 'ir embora com ela', 'ir embora com ele', 'estar com ela agora', 'estar com ele agora', 'estar com ela de novo', 'estar com ele de novo', 'me levasse junto', 'me levar junto', 'me leve junto'],
            b: ['se matou', 'se suicidou', 'suicídio', 'tirou a própria vida', 'tirou a vida', 'morreu', 'faleceu', 'partiu'] },
          // (the death named, not «prevenção ao suicídio», work one wants to do too)
          { reach: 64, acrossSentences: true, pastDeath: 'b', a: ['ir também', 'ir junto', 'fazer o mesmo', 'mesmo caminho', 'do mesmo jeito'], b: ['se matou', 'se suicidou', 'cometeu suicídio', 'o suicídio d', 'suicídio do', 'suicídio da', 'sobre suicídio', 'sobre o suicídio', 'tirou a própria vida', 'se enforcou'] },
        ],
      },
      id: {
        // An errand with someone after the death: «pergi bersamanya ke makam», «ikut dia ke rumah sakit».
        idioms: [{ reach: 16, a: ['ikut dengannya', 'ikut dengan dia', 'pergi bersamanya', 'pergi bersama dia', 'pergi sama dia', 'ikut dia'],
          b: ['ke rumah sakit', 'ke makam', 'ziarah', 'ke pemakaman', 'tahlilan', 'ke masjid', 'ke gereja', 'ke pasar', 'ke dokter', 'ke kantor', 'ngurus', 'mengurus'] }],
        pairs: [
          { reach: 64, acrossSentences: true, pastDeath: 'b',
            a: ['nyusul dia', 'menyusul dia', 'nyusulnya', 'menyusulnya', 'ikut dia pergi', 'ikut pergi bersama', 'ke tempat dia', 'ikut dengannya', 'ikut dengan dia', 'pergi bersamanya', 'pergi bersama dia', 'pergi sama dia', 'bersamanya sekarang', 'bawa aku juga', 'ajak aku juga'],
            b: ['bunuh diri', 'gantung diri', 'mengakhiri hidup', 'meninggal', 'sudah tiada', 'udah gak ada'] },
          { reach: 64, acrossSentences: true, pastDeath: 'b', a: ['ikut mati', 'ikut juga', 'hal yang sama', 'cara yang sama', 'ikut nyusul'], b: ['bunuh diri', 'gantung diri', 'mengakhiri hidup'] },
        ],
      },
    },
  },
  {
    name: 'a cover story or a handover that reads as a goodbye: “there is no trip”, a pet left with “do not forget me”, gone when you are back; the sea and not coming back',
    signal: 'suicide',
    words: {
      ja: {
        pairs: [
          { ordered: true, reach: 12, a: ['帰ってきたら', 'かえってきたら'], b: ['わたしはもういない', '私はもういない', 'ぼくはもういない', '僕はもういない', 'おれはもういない', '俺はもういない'] },
          { reach: 16, a: ['海', 'うみ', 'がけ', '崖'], b: ['もう帰らない', 'もうかえらない', '帰らないつもり', 'かえらないつもり', '戻らないつもり', 'もどらないつもり'] },
          { reach: 40, acrossSentences: true, a: ['ねこをよろしく', '猫をよろしく', 'いぬをよろしく', '犬をよろしく', '猫のことよろしく', 'ねこのことよろしく', '犬のことよろしく'], b: ['わすれないで', '忘れないで', '既読無視', 'へんじがな', '返事がな'] },
          { reach: 30, acrossSentences: true, a: ['さいごのどうが', '最後の動画', 'さいごのとうこう', '最後の投稿'], b: ['どこにいるかわか', 'れんらくがつかな', '連絡がつかな', 'でんわにでな', '電話に出な'] },
        ],
      },
      en: {
        pairs: [
          { reach: 60, acrossSentences: true, a: ['because of a trip', 'for a trip', 'going on a trip', 'told her it', 'told him it', 'told them it'], b: ['theres no trip', 'there is no trip', 'there isnt a trip', 'there isnt any trip'] },
          { reach: 40, a: ['you may not see me', 'you might not see me', 'you wont see me again', 'i might not be here'], b: ['when you get back', 'when you come back', 'when you get home', 'when you come home'] },
          { reach: 40, acrossSentences: true, a: ['his house key', 'her house key', 'his key', 'her key', 'the key to his', 'the key to her'], b: ['youll know what to do', 'you will know what to do'] },
        ],
      },
      zh: {
        pairs: [
          { ordered: true, reach: 10, a: ['回来', '回家', '醒来'], b: ['看不到我了', '见不到我了', '就看不到我', '就见不到我'] },
          { ordered: true, reach: 16, a: ['海边', '山上', '悬崖', '河边', '崖边', '树海'], b: ['不打算回来', '不回来了', '不会回来了', '再也不回来'] },
          { reach: 20, a: ['电车', '火车', '铁轨', '列车', '轨道'], b: ['都想跳', '就想跳', '想跳下', '想跳进', '想跳过去', '想冲过去', '想冲出去'] },
          { reach: 40, acrossSentences: true, a: ['猫以后拜托你', '狗以后拜托你', '猫就拜托你', '狗就拜托你', '猫以后就拜托你', '狗以后就拜托你'], b: ['已读不回', '不回复', '冇回', '唔听', '打不通', '不接电话'] },
          { reach: 30, acrossSentences: true, a: ['成排药', '一排药', '一堆药丸', '一把药'], b: ['对唔住', '对不起', '原谅我', '再见'] },
        ],
        idioms: ['跳槽'],
      },
      ko: {
        pairs: [
          { ordered: true, reach: 16, a: ['돌아오면', '돌아왔을 때'], b: ['나 없을', '난 없을', '내가 없을', '날 못 볼', '나를 못 볼'] },
          { reach: 20, a: ['바다', '절벽'], b: ['안 돌아올', '돌아오지 않을', '다시 안 돌아'] },
          { reach: 40, acrossSentences: true, a: ['고양이 부탁해', '강아지 부탁해', '고양이를 부탁해', '강아지를 부탁해'], b: ['잊지 마', '읽씹', '답장이 없', '전화를 안 받'] },
        ],
      },
      vi: {
        say: ['ai phải dọn dẹp sau khi mình đi', 'ai phải dọn dẹp sau khi tôi đi', 'ai phải dọn dẹp sau khi em đi', 'ai phải dọn dẹp sau khi tôi chết', 'ai phải dọn dẹp sau khi mình chết'],
        pairs: [{ reach: 24, a: ['dao'], b: ['để sẵn đầu giường', 'để sẵn cạnh giường', 'để sẵn bên giường', 'giấu dưới gối'] }],
      },
      ne: {
        say: ['kina bachnu jasto', 'kina baachnu jasto', 'किन बाँच्नु जस्तो'],
        pairs: [
          { reach: 60, acrossSentences: true, a: ['last train', 'antim train'], b: ['farkinna', 'pharkinna', 'farkanna', 'फर्किन्न'] },
          { reach: 80, acrossSentences: true, a: ['ma pani jaanchhu', 'ma pani janchhu', 'ma pani jaanchu', 'ma pani janchu', 'म पनि जान्छु'], b: ['passbook', 'bitnu', 'biteko'] },
          { reach: 24, a: ['pura pata', 'puro pata', 'sabai goli', 'sabai chakki'], b: ['khayo', 'khaye', 'khaidiyo', 'khayeko'] },
        ],
      },
      tl: {
        pairs: [
          { reach: 60, acrossSentences: true, a: ['ikaw na bahala sa', 'ikaw na ang bahala sa', 'kayo na bahala sa', 'kayo na ang bahala sa'], b: ['di na sya sumasagot', 'hindi na siya sumasagot', 'hindi na sya sumasagot', 'hindi na sumasagot', 'di na sumasagot'] },
          { reach: 30, a: ['hindi ko na kayo guguluhin', 'di ko na kayo guguluhin', 'hindi ko na kayo aabalahin', 'di ko na kayo aabalahin'], b: ['simula bukas', 'kailanman', 'kahit kailan', 'habambuhay', 'forever'] },
        ],
      },
      pt: {
        say: ['não vou chegar no natal', 'nao vou chegar no natal', 'não vou chegar até o natal', 'não chego no natal', 'não chego até o natal', 'altura mínima prédio', 'altura mínima para morrer', 'altura minima para morrer', 'nó de forca', 'no de forca'],
        pairs: [
          { reach: 60, acrossSentences: true, a: ['logo acaba', 'vai acabar logo', 'tudo vai acabar'], b: ['deu o', 'deu a', 'deu os', 'deu as', 'doou'] },
          { reach: 40, acrossSentences: true, a: ['lâmina', 'gilete', 'navalha'], b: ['sumiu', 'sumiram', 'desapareceu'] },
        ],
      },
      id: {
        say: ['pulang nanti aku udah gak ada', 'pulang nanti aku sudah tidak ada'],
        pairs: [
          { reach: 20, a: ['ke pantai', 'ke laut', 'ke tebing'], b: ['gak akan balik lagi', 'tidak akan kembali', 'gak bakal balik', 'nggak balik lagi'] },
          { reach: 40, acrossSentences: true, a: ['titip kucingku', 'titip kucing aku', 'titip anjingku', 'kucingku titip', 'kucingku kutitipkan'], b: ['jangan lupain aku', 'jangan lupakan aku', 'gak dibales', 'tidak dibalas'] },
        ],
      },
    },
  },
  {
    // A wish to die told as past is still asked about: «tentei me matar em 2019» is no threat from
    // anyone else (where «ele vai me matar», «quis me matar» are), "sinubukan kong patayin ang sarili ko".
    name: 'an attempt to kill myself (or a loved one’s), told as past or recent',
    signal: 'suicide',
    words: {
      ja: { say: ['死のうとした', 'しのうとした', '自分を殺そうと', 'じぶんをころそうと'] },
      en: { say: ['tried to end my life', 'tried to take my life', 'tried to take my own life', 'tried to kill himself', 'tried to kill herself', 'attempted suicide', 'suicide attempt'] },
      zh: { say: ['寻短见', '寻过短见', '试图轻生', '想结束自己的生命'] },
      ko: { say: ['죽으려고 했', '목숨을 끊으려', '스스로 목숨을'] },
      // («mình» is «me» as well as «myself»: «hắn định giết mình» is violence)
      vi: { say: ['tự giết mình', 'tự giết bản thân', 'giết bản thân', 'giết chính mình', 'tìm đến cái chết'] },
      ne: { say: ['आफैंलाई मार्न', 'आफूलाई मार्न', 'आफैलाई मार्न', 'aafailai marna', 'afailai marna', 'aafulai marna', 'afulai marna'] },
      tl: { say: ['patayin ang sarili ko', 'patayin ang sarili niya', 'patayin ang sarili nya', 'patayin ko ang sarili ko', 'nagtangkang magpakamatay', 'nagtangka akong magpakamatay'] },
      pt: { say: ['tentei me matar', 'tentou se matar', 'tentaram se matar', 'quis se matar', 'ameaçou se matar', 'tentativa de suicídio', 'tentou suicídio', 'tentei suicídio'] },
      id: { say: ['membunuh diri saya', 'membunuh diriku', 'bunuh diri saya', 'percobaan bunuh diri', 'mencoba mengakhiri hidup'] },
    },
  },
  {
    // An older person, often alone and proud of never asking for help, quietly settling everything: things handed
    // on and papers put in order, "when I'm gone" ("I've given my tools to the neighbour and put the papers in
    // order … so the cat is looked after when I'm gone"); the bank book, seal and keys laid out, only "the after"
    // left to arrange so the son is not troubled (「通帳と印鑑、家の鍵は…。息子に迷惑がかからないよう、後のことだけ」);
    // «nếu em không còn nữa thì cả nhà cũng đỡ khổ hơn». (A will or 終活 alone stays quiet: each pair needs two acts.)
    name: 'things handed on and papers put in order “for when I am gone”; keys and bank book laid out so no one is troubled after; the family better off if I were no longer here',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { reach: 40, acrossSentences: true, a: ['通帳', 'つうちょう', '印鑑', 'いんかん', '家の鍵', 'いえのかぎ', '部屋の鍵', 'へやのかぎ', '保険証書', '権利書'], b: ['後のことだけ', 'あとのことだけ', '後のことは頼', '後のことはよろしく', 'あとのことはよろしく', '後のことをお願い', 'あとのことをおねがい', '後始末をお願い', 'あとしまつをおねがい'] },
        { reach: 40, acrossSentences: true, a: ['あげました', 'あげた', '譲りました', '譲った', 'ゆずりました', 'ゆずった', '形見分け', 'かたみわけ'], b: ['私がいなくなったら', 'わたしがいなくなったら', '私がいなくなった後', 'わたしがいなくなったあと', '後のことだけ', 'あとのことだけ', '迷惑がかからないよう', 'めいわくがかからないよう'] },
      ] },
      en: { pairs: [
        { reach: 160, acrossSentences: true, a: ['given my', 'gave my', 'given away my', 'gave away my', 'given away all', 'gave away all', 'giving away my'], b: ['papers in order', 'affairs in order', 'everything in order', 'my papers sorted', 'when im gone', 'after im gone', 'once im gone', 'when i am gone', 'after i am gone', 'when im no longer here'] },
        { reach: 160, acrossSentences: true, a: ['papers in order', 'affairs in order', 'put everything in order'], b: ['when im gone', 'after im gone', 'once im gone', 'when i am gone', 'after i am gone', 'so nobody has to', 'so no one has to', 'not be a bother to', 'wont be a bother'] },
      ] },
      zh: { pairs: [
        { reach: 30, acrossSentences: true, a: ['存折', '印章', '图章', '钥匙', '房产证', '银行卡'], b: ['身后事', '后事就', '后面的事', '不给孩子添麻烦', '不给儿子添麻烦', '不给女儿添麻烦', '不给家人添麻烦', '不想麻烦孩子'] },
        { reach: 30, acrossSentences: true, a: ['都送给', '都送人', '都给了'], b: ['我走了以后', '我不在了以后', '等我走了', '等我不在了', '身后事', '都整理好了'] },
      ] },
      ko: { pairs: [
        { reach: 40, acrossSentences: true, a: ['통장', '도장', '집 열쇠', '열쇠', '보험 증서'], b: ['뒷일만', '뒷일은', '뒷일을', '폐 끼치지 않게', '폐가 되지 않게', '짐이 되지 않게', '신경 쓰지 않게'] },
        { reach: 40, acrossSentences: true, a: ['나눠 줬', '나눠줬', '다 줬', '물려줬'], b: ['내가 없으면', '제가 없으면', '내가 가고 나면', '제가 가고 나면', '서류도 정리', '서류를 정리'] },
      ] },
      vi: {
        pairs: [
          { ordered: true, reach: 60, a: ['em không còn nữa', 'tôi không còn nữa', 'mình không còn nữa', 'con không còn nữa', 'anh không còn nữa', 'chị không còn nữa', 'không có em', 'không có tôi', 'không có con', 'không có mình', 'em chết đi', 'tôi chết đi', 'con chết đi', 'mình chết đi', 'em biến mất', 'tôi biến mất'], b: ['đỡ khổ', 'bớt khổ', 'nhẹ gánh', 'đỡ gánh', 'bớt gánh', 'đỡ vất vả', 'bớt vất vả', 'đỡ lo', 'bớt lo', 'sống tốt hơn', 'hạnh phúc hơn', 'thanh thản hơn', 'nhẹ nhõm hơn'] },
          { reach: 40, acrossSentences: true, a: ['sổ tiết kiệm', 'chìa khóa nhà', 'con dấu', 'giấy tờ nhà'], b: ['hậu sự', 'chuyện sau này nhờ', 'việc sau này nhờ', 'khỏi phiền con', 'không phiền đến con', 'không làm phiền con cháu'] },
        ],
      },
      ne: { pairs: [
        { reach: 40, acrossSentences: true, a: ['पासबुक', 'साँचो', 'कागजपत्र', 'passbook', 'saacho', 'sacho', 'chabi'], b: ['पछिको काम', 'पछिको कुरा मात्र', 'छोरालाई दुःख नहोस्', 'कसैलाई दुःख नहोस्', 'pachhi ko kaam', 'kasailai dukha nahos'] },
        { reach: 40, acrossSentences: true, a: ['म नरहेपछि', 'म नभएपछि', 'म गएपछि', 'ma narahepachhi', 'ma nabhaepachhi', 'ma gaepachhi'], b: ['दिइसकें', 'सबै मिलाएँ', 'कागजपत्र मिलाएँ', 'diisake', 'sabai milae', 'sabai milaye'] },
      ] },
      tl: { pairs: [
        { reach: 60, acrossSentences: true, a: ['ipinamigay ko', 'naipamigay ko', 'binigay ko na', 'ibinigay ko na', 'inayos ko na ang mga papeles', 'ayos na ang mga papeles'], b: ['pag wala na ako', 'kapag wala na ako', 'pag nawala na ako', 'para hindi na maabala', 'para di na maabala', 'para walang maabala'] },
      ] },
      pt: { pairs: [
        { reach: 80, acrossSentences: true, a: ['dei minhas', 'dei meus', 'doei minhas', 'doei meus', 'deixei os papéis em ordem', 'papéis em ordem', 'documentos em ordem', 'deixei tudo em ordem'], b: ['quando eu me for', 'quando eu não estiver mais', 'depois que eu me for', 'pra não dar trabalho', 'para não dar trabalho', 'não dar trabalho pra ninguém'] },
      ] },
      id: { pairs: [
        { reach: 60, acrossSentences: true, a: ['buku tabungan', 'kunci rumah', 'surat surat', 'sudah saya berikan', 'sudah aku kasih', 'sudah saya kasih'], b: ['biar tidak merepotkan', 'supaya tidak merepotkan', 'biar gak ngerepotin', 'biar nggak ngerepotin', 'kalau saya sudah tidak ada', 'kalau aku udah gak ada', 'sepeninggal saya', 'urusan setelahnya'] },
      ] },
    },
  },
  {
    // A quiet goodbye with no word of death: thanks "for everything" or "no need to contact me any more"
    // beside the bank book and seal, cards and PINs left out (「今までありがとうございました。もう連絡はいらないです。
    // 通帳は机の上に」); "from tomorrow I am not here" beside a pet or a child handed over, kana and romaji
    // included ("ashita kara mou imasen. neko no koto onegai shimasu"). Each pair needs both halves: thanks
    // alone, a bank book alone, or a cat-sitting request alone stay quiet.
    name: 'a quiet goodbye: thanks for everything or no need to contact me, with the bank book or PINs left out; not here from tomorrow, with a pet or child handed over',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { reach: 80, acrossSentences: true, a: ['今までありがとう', 'いままでありがとう', 'もう連絡はいら', 'もうれんらくはいら', '連絡はもういら', 'れんらくはもういら', 'もう連絡しなくて', 'もうれんらくしなくて', '連絡はいりません', 'れんらくはいりません', 'mou renraku wa iranai', 'imamade arigatou'], b: ['通帳', 'つうちょう', '印鑑', 'いんかん', '保険証や', 'ほけんしょうや', '暗証番号', 'あんしょうばんごう', 'tsuuchou', 'tsuchou'] },
        { reach: 60, acrossSentences: true, a: ['明日からもういません', 'あしたからもういません', 'あした から もう いません', 'もういなくなります', 'もう いなくなります', 'mou imasen', 'mou inai', 'inaku narimasu', 'inakunarimasu', 'mou aemasen'], b: ['のことおねがい', 'のことお願い', 'の こと おねがい', 'をよろしく', 'のことよろしく', 'の こと よろしく', 'no koto onegai', 'no koto yoroshiku', 'o yoroshiku', 'wo yoroshiku', 'o onegai', 'wo onegai', 'sayounara', 'sayonara'] },
      ] },
      en: { pairs: [
        { reach: 120, acrossSentences: true, a: ['thank you for everything', 'thanks for everything', 'thank you for listening all this time', 'no need to contact me', 'you dont need to contact me', 'please dont contact me again', 'no need to call me again', 'no need to check on me'], b: ['bank book', 'bankbook', 'passbook', 'my bank card', 'my bank cards', 'my pin', 'my pins', 'my passwords'] },
        // …or beside tiredness, not coping, a "better place" (a closing with good news alone is in concepts-safe)
        { reach: 80, acrossSentences: true, a: ['thank you for everything', 'thanks for everything', 'thank you for all you did', 'thank you for all your help'], b: ['im tired', 'im so tired', 'so tired of', 'tired of living', 'tired of everything', 'tired of it all', 'cant go on', 'cant do this anymore', 'cant take it anymore', 'cant take this anymore', 'better place', 'im done', 'exhausted', 'worn out', 'no strength left', 'give up', 'farewell'] },
        { reach: 60, acrossSentences: true, a: ['wont be here tomorrow', 'from tomorrow i wont be here', 'i wont be here anymore', 'wont be around after tonight', 'wont be here after today'], b: ['look after my cat', 'take care of my cat', 'look after my dog', 'take care of my dog', 'feed my cat', 'look after the cat', 'take care of the cat', 'look after my kids', 'take care of my kids'] },
      ] },
      zh: { pairs: [
        { reach: 40, acrossSentences: true, a: ['谢谢你们一直以来', '谢谢你一直以来', '一直以来谢谢', '以后不用联系我', '不用再联系我', '不用再打给我', '不必再联系我'], b: ['存折', '印章', '银行卡', '密码'] },
        { reach: 60, acrossSentences: true, a: ['谢谢你们一直以来', '谢谢你一直以来', '一直以来谢谢', '谢谢大家的照顾', '谢谢你们的一切', '谢谢你为我做的一切'], b: ['好累', '太累了', '很累', '累了', '撑不下去', '坚持不下去', '熬不下去', '更好的地方', '永别', '没有力气'] },
        { reach: 30, acrossSentences: true, a: ['明天开始我就不在了', '明天起我就不在了', '以后我就不在了', '我就不在了'], b: ['猫就拜托', '狗就拜托', '猫拜托你', '狗拜托你', '帮我照顾猫', '帮我照顾狗', '帮我照顾孩子'] },
      ] },
      ko: { pairs: [
        { reach: 60, acrossSentences: true, a: ['그동안 감사했', '그동안 고마웠', '이제 연락 안 하셔도', '더 이상 연락하지 않으셔도', '연락은 이제 필요 없'], b: ['통장', '도장', '비밀번호'] },
        { reach: 60, acrossSentences: true, a: ['그동안 감사했', '그동안 고마웠', '모든 것에 감사', '다 고마웠'], b: ['지쳤', '지쳐서', '너무 힘들', '더는 못 버티', '더 이상 못 버티', '버틸 힘이 없', '더 좋은 곳', '좋은 곳으로', '이제 그만'] },
        { reach: 40, acrossSentences: true, a: ['내일부터 저는 없', '내일부터 나는 없', '내일부턴 없', '이제 없을 거'], b: ['고양이 부탁', '강아지 부탁', '고양이를 부탁', '강아지를 부탁', '아이들 부탁'] },
      ] },
      vi: { pairs: [
        { reach: 80, acrossSentences: true, a: ['cảm ơn vì tất cả', 'cảm ơn mọi người thời gian qua', 'không cần liên lạc nữa', 'đừng liên lạc nữa', 'không cần gọi cho em nữa', 'không cần gọi cho tôi nữa'], b: ['sổ tiết kiệm', 'thẻ ngân hàng', 'mật khẩu'] },
        { reach: 60, acrossSentences: true, a: ['cảm ơn vì tất cả', 'cảm ơn mọi người vì tất cả', 'cảm ơn mọi người thời gian qua'], b: ['mệt quá', 'mệt mỏi', 'mệt rồi', 'kiệt sức', 'không chịu nổi', 'không chịu được nữa', 'không gắng được nữa', 'nơi tốt đẹp hơn', 'nơi tốt hơn', 'vĩnh biệt', 'hết sức rồi'] },
        { reach: 60, acrossSentences: true, a: ['từ mai em không còn ở đây', 'từ mai tôi không còn ở đây', 'mai em không còn nữa', 'mai tôi không còn nữa'], b: ['nhờ chăm con mèo', 'nhờ chăm mèo', 'nhờ chăm con chó', 'chăm sóc con mèo giúp', 'nhờ trông con'] },
      ] },
      ne: { pairs: [
        { reach: 80, acrossSentences: true, a: ['सबै कुराको लागि धन्यवाद', 'अब सम्पर्क नगर्नु', 'अब फोन नगर्नु', 'ab samparka nagarnu', 'ab phone nagarnu', 'sabai kura ko lagi dhanyabad'], b: ['पासबुक', 'पासवर्ड', 'passbook', 'password'] },
        { reach: 60, acrossSentences: true, a: ['सबै कुराको लागि धन्यवाद', 'sabai kura ko lagi dhanyabad', 'sabai kura ko lagi dhanyabaad', 'sabai kurako lagi dhanyabad'], b: ['थाकें', 'थाकेँ', 'थाकिसकें', 'थाकिसकेँ', 'अब सक्दिन', 'सहन सक्दिन', 'अलविदा', 'राम्रो ठाउँमा', 'thake$', 'thakisake', 'ab sakdina', 'sahana sakdina', 'alvida', 'alwida', 'ramro thau ma'] },
        { reach: 60, acrossSentences: true, a: ['भोलिदेखि म हुन्न', 'भोलिदेखि म रहन्न', 'bholi dekhi ma hunna', 'bholidekhi ma hunna'], b: ['बिरालोलाई हेरिदिनू', 'कुकुरलाई हेरिदिनू', 'biralo lai heridinu', 'kukur lai heridinu'] },
      ] },
      tl: { pairs: [
        { reach: 80, acrossSentences: true, a: ['salamat sa lahat', 'salamat po sa lahat', 'hindi nyo na ako kailangang kontakin', 'wag nyo na akong kontakin', 'hindi mo na ako kailangang tawagan', 'di nyo na ako kailangan tawagan'], b: ['passbook', 'atm card ko', 'pin ko', 'password ko'] },
        { reach: 60, acrossSentences: true, a: ['salamat sa lahat', 'salamat po sa lahat', 'salamat sa lahat ng tulong'], b: ['pagod na ako', 'pagod na pagod', 'pagod na po ako', 'hindi ko na kaya', 'di ko na kaya', 'hindi ko na po kaya', 'mas magandang lugar', 'mas mabuting lugar', 'suko na ako', 'sumusuko na'] },
        { reach: 60, acrossSentences: true, a: ['bukas wala na ako', 'simula bukas wala na ako', 'wala na ako bukas'], b: ['alagaan mo yung pusa', 'alagaan mo ang pusa', 'ikaw na bahala sa pusa', 'alagaan mo yung aso', 'ikaw na bahala sa aso'] },
      ] },
      pt: { pairs: [
        { reach: 80, acrossSentences: true, a: ['obrigado por tudo', 'obrigada por tudo', 'não precisa mais entrar em contato', 'não precisa mais me ligar', 'não precisa mais me procurar', 'não precisam mais me ligar'], b: ['caderneta', 'cartão do banco', 'cartões do banco', 'senha do banco', 'minhas senhas'] },
        { reach: 60, acrossSentences: true, a: ['obrigado por tudo', 'obrigada por tudo', 'agradeço por tudo'], b: ['to cansada', 'tô cansada', 'estou cansada', 'to cansado', 'tô cansado', 'estou cansado', 'cansei', 'exausta', 'exausto', 'não aguento mais', 'não consigo mais', 'lugar melhor', 'adeus', 'sem forças'] },
        { reach: 60, acrossSentences: true, a: ['amanhã não vou estar mais aqui', 'a partir de amanhã não estou mais', 'amanhã já não estou', 'não vou estar mais aqui'], b: ['cuida do meu gato', 'cuida da minha gata', 'cuida do meu cachorro', 'cuida do gato', 'cuida dos meus filhos'] },
      ] },
      id: { pairs: [
        { reach: 80, acrossSentences: true, a: ['terima kasih untuk semuanya', 'makasih untuk semuanya', 'terima kasih atas semuanya', 'gak usah hubungi aku lagi', 'ga usah hubungi aku lagi', 'tidak perlu menghubungi saya lagi', 'gak perlu hubungi sy lagi'], b: ['buku tabungan', 'kartu atm', 'pin atm'] },
        { reach: 60, acrossSentences: true, a: ['terima kasih untuk semuanya', 'makasih untuk semuanya', 'terima kasih atas semuanya', 'makasih buat semuanya', 'terima kasih buat semuanya', 'makasih atas semuanya'], b: ['capek', 'cape banget', 'lelah', 'gak kuat', 'ga kuat', 'nggak kuat', 'tidak kuat', 'gak sanggup', 'ga sanggup', 'tidak sanggup', 'tempat yang lebih baik', 'selamat tinggal', 'menyerah'] },
        { reach: 60, acrossSentences: true, a: ['besok aku udah gak ada', 'besok saya sudah tidak ada', 'mulai besok aku gak ada', 'mulai besok saya tidak ada'], b: ['titip kucing', 'titip anjing', 'tolong jaga kucing', 'tolong rawat kucing', 'titip anak'] },
      ] },
    },
  },
  {
    // Said lightly, with a laugh or «para sure 🙃», and no less a plan: the joke does not make it one.
    name: 'a plan told as a joke: the life insurance pays more than I will ever earn; the letters to the family already written; sleeping pills put by; new cuts nobody noticed; a step forward when the train comes',
    signal: 'suicide',
    words: {
      ja: {
        pairs: [
          { reach: 24, a: ['生命保険', 'せいめいほけん', '保険金', 'ほけんきん'], b: ['一生分の稼ぎ', '一生かけても稼げ', '一生稼いでも', '一生働いても', '稼ぐより多', '稼ぐよりも多', '給料より多', 'の方が効率', 'のほうが効率', 'ほうがこうりつ'] },
          { reach: 12, a: ['家族への手紙', 'かぞくへのてがみ', '家族に手紙', '子どもたちへの手紙', '子供たちへの手紙', 'みんなへの手紙', 'みんなへのてがみ', '家族宛の手紙'], b: ['もう書いた', 'もうかいた', '書き終え', 'かきおえ', '書いておいた', 'かいておいた', '書いてある', 'かいてある'] },
          { ordered: true, reach: 10, a: ['睡眠薬', 'すいみんやく', '眠剤', '安定剤', '眠り薬'], b: ['溜めて', 'ためて', '貯めて', '溜め込', 'ためこ', 'ヶ月分たま', 'か月分たま', 'かげつぶんたま'] },
          { reach: 16, a: ['新しい傷', 'あたらしいきず', '傷が増え', 'きずがふえ', '新しく切った', 'あたらしくきった'], b: ['誰も気づ', 'だれもきづ', '誰にも気づ', 'だれにもきづ', '長袖で隠', 'ながそででかく', '腕', 'うで', '手首', 'てくび'] },
          { reach: 16, a: ['ホーム', 'ほーむ', '電車が来', 'でんしゃがく', '電車が入って', 'でんしゃがはいって'], b: ['何回も足が', 'なんかいもあしが', '何度も足が', 'なんどもあしが', '足が勝手に', 'あしがかってに', '体が勝手に', 'からだがかってに', '止まれない気が', 'とまれないきが', '一歩前に', 'いっぽまえに', '一歩踏み出', 'いっぽふみだ', '吸い込まれそう', 'すいこまれそう'] },
        ],
      },
      en: {
        say: ['pays more than ill ever earn', 'pays more than i will ever earn', 'pays more than i ever will', 'worth more than ill ever earn'],
        pairs: [
          { reach: 40, a: ['life insurance', 'insurance payout', 'death benefit'], b: ['more than ill ever earn', 'more than i will ever earn', 'more than i ever earn', 'more than ill earn in my', 'more than i would earn in my', 'efficient option', 'the smart option', 'the sensible option', 'best investment'] },
          { ordered: true, reach: 24, a: ['already wrote the letters', 'already written the letters', 'already wrote letters', 'already wrote my letters', 'letters are already written', 'already wrote a letter', 'already written a letter', 'finished the letters'], b: ['my sister', 'my brother', 'my kids', 'the kids', 'my children', 'my mum', 'my mom', 'my dad', 'my parents', 'my wife', 'my husband', 'my family', 'everyone'] },
          { reach: 24, a: ['new cuts', 'fresh cuts', 'more cuts', 'new scars on my'], b: ['on my arm', 'my arms', 'my wrist', 'my thigh', 'my legs', 'nobody noticed', 'no one noticed', 'nobody notices', 'no one notices', 'long sleeves'] },
          { ordered: true, reach: 32, a: ['wont have to chase me', 'wont need to chase me', 'no need to chase me', 'wont have to remind me'], b: ['after the', 'after this month', 'after next week', 'after friday', 'after the end of'] },
          { reach: 32, a: ['platform', 'the train comes', 'the train pulls in', 'train coming in', 'the tracks'], b: ['want to step forward', 'want to take one step', 'want to take a step', 'urge to step', 'almost stepped', 'nearly stepped', 'step off the edge', 'step off the platform'] },
        ],
      },
      zh: {
        pairs: [
          { ordered: true, reach: 8, a: ['安眠药', '安眠药片', '助眠药', '药片'], b: ['存了', '存够', '存着', '存到', '攒够', '攒了'] },
          { reach: 16, a: ['保险金', '寿险', '人寿保险', '意外险'], b: ['比我一辈子', '一辈子都赚不到', '一辈子都挣不到', '一辈子赚的', '一辈子挣的', '比我赚的多', '比我挣得多', '比我挣的多', '最划算的选择', '最有效率'] },
          { reach: 12, a: ['给家人的信', '给家里人的信', '给孩子们的信', '给孩子的信', '给妹妹的信', '给爸妈的信', '给大家的信', '给家人写的信'], b: ['写好了', '已经写好', '都写好', '写完了', '都写完'] },
          { reach: 10, a: ['新的伤口', '新伤口', '新划的', '新割的', '又多了几道'], b: ['手臂', '手腕', '胳膊', '大腿', '没人发现', '没有人发现', '没人注意'] },
          { reach: 16, a: ['站台', '月台', '列车进站', '电车进站', '火车进站', '地铁进站', '车进站'], b: ['往前一步', '向前一步', '往前走一步', '跨出一步', '往前迈', '差点跳下', '想跳下去'] },
        ],
      },
      ko: {
        pairs: [
          { ordered: true, reach: 16, a: ['수면제', '수면유도제', '안정제'], b: ['모아놨', '모아 놨', '모아뒀', '모아 뒀', '쟁여놨', '쟁여 놨', '쟁여뒀', '쟁여 뒀'] },
          { reach: 20, a: ['생명보험', '사망보험금', '보험금'], b: ['평생 버는 것보다', '평생 벌어도', '평생 번 돈보다', '내가 버는 것보다', '제가 버는 것보다', '가장 효율적', '제일 효율적'] },
          { reach: 12, a: ['가족한테 편지', '가족에게 편지', '가족들한테 편지', '애들한테 편지', '아이들에게 편지', '동생한테 편지', '부모님께 편지'], b: ['다 써놨', '다 써 놨', '써놨', '써 놨', '써뒀', '써 뒀', '다 썼'] },
          { reach: 16, a: ['새 상처', '새로 그은', '상처가 늘', '새로 낸 상처'], b: ['팔에', '손목', '허벅지', '아무도 몰라', '아무도 모르', '아무도 눈치'] },
          { reach: 24, a: ['승강장', '플랫폼', '지하철이 들어올', '열차가 들어올', '전철이 들어올', '기차가 들어올'], b: ['한 발짝', '한 걸음 앞', '발을 내딛', '뛰어들'] },
        ],
      },
      vi: {
        pairs: [
          { reach: 40, a: ['bảo hiểm nhân thọ', 'tiền bảo hiểm'], b: ['cả đời tôi kiếm', 'cả đời em kiếm', 'cả đời mình kiếm', 'hơn cả đời', 'kiếm cả đời', 'lời hơn', 'có lợi hơn', 'hiệu quả nhất'] },
          { reach: 24, a: ['thư cho gia đình', 'thư cho bố mẹ', 'thư cho ba mẹ', 'thư cho các con', 'thư cho mọi người', 'thư gửi gia đình', 'thư gửi bố mẹ', 'thư gửi các con', 'thư gửi mọi người'], b: ['viết xong', 'viết sẵn', 'đã viết', 'để sẵn'] },
          { reach: 32, a: ['vết cắt mới', 'vết rạch mới', 'thêm vết cắt', 'thêm vết rạch', 'vết cứa mới'], b: ['trên tay', 'cổ tay', 'cánh tay', 'trên đùi', 'không ai để ý', 'không ai biết', 'không ai phát hiện'] },
          { reach: 32, a: ['sân ga', 'tàu đến', 'tàu vào ga', 'tàu điện vào', 'đường ray'], b: ['bước lên một bước', 'bước tới một bước', 'bước thêm một bước', 'bước về phía trước', 'nhảy xuống', 'lao xuống', 'lao ra'] },
        ],
      },
      ne: {
        pairs: [
          { reach: 40, a: ['प्लेटफर्म', 'ट्रेन आउँदा', 'रेल आउँदा', 'ट्रेन आइरहेको', 'platform', 'train aauda', 'train auda'], b: ['एक कदम अगाडि', 'अगाडि सरूँ', 'अगाडि सरुँ', 'अगाडि सर्', 'झन्डै सरेँ', 'झन्डै सरें', 'हाम फाल', 'ek kadam agadi', 'agadi sarun', 'agadi saru', 'jhandai sare'] },
          { reach: 40, a: ['बीमा', 'जीवन बीमा', 'bima', 'beema'], b: ['जीवनभर कमाउने भन्दा', 'जिन्दगीभर कमाउने भन्दा', 'जीवनभरको कमाइ भन्दा', 'jiwan bhar kamaune bhanda', 'jindagi bhar kamaune bhanda'] },
          { reach: 24, a: ['परिवारलाई चिठी', 'छोराछोरीलाई चिठी', 'बहिनीलाई चिठी', 'आमालाई चिठी', 'सबैलाई चिठी', 'parivar lai chithi', 'sabai lai chithi'], b: ['लेखिसकेँ', 'लेखिसकें', 'लेखेर राखेको', 'लेखेर राखें', 'लेखेर राखेँ', 'lekhisake', 'lekhera rakheko'] },
          { reach: 32, a: ['नयाँ घाउ', 'नयाँ काटेको', 'naya ghau', 'naya kaateko', 'naya kateko'], b: ['हातमा', 'नाडीमा', 'पाखुरामा', 'कसैले थाहा पाएन', 'कसैले देखेन', 'haat ma', 'kasaile thaha paena'] },
        ],
      },
      tl: {
        pairs: [
          { reach: 8, a: ['sleeping pills', 'pampatulog', 'sleeping pill', 'tableta'], b: ['nakaipon na ako ng', 'nakaipon ako ng', 'nakaipon na ng', 'naka ipon na ako ng', 'naka ipon ako ng', 'naka ipon na ng', 'naipon ko na', 'naipon kong', 'naipon ko$', 'nagipon ako ng', 'nag ipon ako ng', 'nag iipon ako ng', 'inipon ko', 'iniipon ko'] },
          { reach: 40, a: ['insurance'], b: ['mas malaki pa sa kikitain ko', 'mas malaki pa kaysa kikitain ko', 'mas malaki pa kesa kikitain ko', 'kikitain ko habang buhay', 'kikitain ko buong buhay'] },
          { reach: 24, a: ['sulat para sa pamilya', 'sulat para sa mga anak', 'sulat para kay mama', 'sulat para sa kapatid', 'sulat sa pamilya', 'sulat para sa lahat'], b: ['nakasulat na', 'naisulat ko na', 'sinulat ko na', 'handa na', 'tapos na'] },
          { reach: 24, a: ['bagong hiwa', 'bagong sugat', 'bagong laslas'], b: ['sa braso', 'sa pulso', 'sa hita', 'walang nakapansin', 'walang nakakapansin', 'walang nakaalam'] },
          { reach: 32, a: ['platform', 'tren', 'riles'], b: ['isang hakbang pasulong', 'isang hakbang paabante', 'humakbang pasulong', 'humakbang paabante', 'muntik na akong humakbang'] },
        ],
      },
      pt: {
        pairs: [
          { reach: 24, a: ['cortes novos', 'novos cortes', 'corte novo', 'cortes recentes', 'mais cortes'], b: ['no braço', 'nos braços', 'no pulso', 'nos pulsos', 'na coxa', 'nas coxas', 'ninguém percebeu', 'ninguém viu', 'ninguém notou'] },
          { reach: 40, a: ['seguro de vida'], b: ['mais do que eu ganho', 'mais do que vou ganhar', 'mais que eu ganho', 'mais do que eu ganharia', 'mais do que ganho', 'a vida toda', 'a vida inteira', 'opção mais eficiente', 'mais eficiente'] },
          { reach: 24, a: ['cartas para minha família', 'cartas pra minha família', 'carta para minha família', 'carta pra minha família', 'cartas para os meus filhos', 'cartas pros meus filhos', 'cartas de despedida', 'cartas pra todo mundo'], b: ['já escrevi', 'já deixei', 'escritas', 'prontas'] },
          { reach: 32, a: ['plataforma', 'o trem chega', 'o metrô chega', 'trem chegando', 'metrô chegando', 'trilho'], b: ['um passo à frente', 'um passo pra frente', 'um passo para frente', 'quase dei o passo', 'pular na frente', 'me jogar na frente'] },
        ],
      },
      id: {
        pairs: [
          { reach: 40, a: ['asuransi jiwa', 'uang asuransi', 'santunan'], b: ['lebih besar dari gaji', 'lebih gede dari gaji', 'gaji seumur hidup', 'penghasilan seumur hidup', 'lebih banyak dari penghasilan', 'pilihan paling efisien', 'paling efisien'] },
          { reach: 24, a: ['surat buat keluarga', 'surat untuk keluarga', 'surat buat anak', 'surat untuk anak', 'surat buat adik', 'surat buat semua', 'surat untuk semua'], b: ['udah kutulis', 'sudah kutulis', 'udah ditulis', 'sudah ditulis', 'sudah saya tulis', 'udah siap', 'sudah siap'] },
          { reach: 32, a: ['sayatan baru', 'goresan baru', 'sayatan lagi', 'luka sayatan'], b: ['di tangan', 'di lengan', 'di pergelangan', 'di paha', 'gak ada yang sadar', 'nggak ada yang sadar', 'tidak ada yang sadar', 'ga ada yang tau', 'gak ada yang tahu'] },
          { reach: 32, a: ['peron', 'kereta datang', 'kereta lewat', 'rel kereta', 'keretanya datang'], b: ['selangkah ke depan', 'melangkah ke depan', 'maju selangkah', 'lompat ke rel', 'loncat ke rel'] },
        ],
      },
    },
  },
  {
    name: 'young people’s online slang and shorthand for a wish to die or self-harm: ctb, sh, 紫砂, zs, 4にたい, ㅈㅎ, mún chít, qro morrer, mo mati, gores tangan',
    signal: 'suicide',
    words: {
      // 4 and タヒ stand for 死 in net writing; アムカ/レグカ are cuts on the arm or leg; OD is an overdose
      ja: { say: ['4にたい', '4にてぇ', '4にてえ', '死にてぇ', '死にてえ', 'しにてぇ', 'しにてえ', '消えてぇ', '消えてえ', 'きえてぇ', 'きえてえ', 'ODしたい', 'ODしよう', 'ODしよかな', 'ODしようかな', 'ODしちゃおうかな', 'オーバードーズしたい', 'レグカした', 'レグカしちゃ', 'レグカしてる', 'アムカしたい', 'リスカしたい', '首吊りたい', '首つりたい'] },
      // ctb: "commit toaster bath"; sh: self-harm, relapsing after clean days
      en: {
        say: ['ctb$', 'self delete', 'self deleting', 'delete myself', 'su1c1d', 'suic1d', 'su1cid', 'rope myself', 'sh relapse', 'relapsed on sh', 'relapsed with sh', 'relapsed and cut', 'cut again after', 'cutting again', 'broke my sh streak', 'sh urges', 'urges to sh', 'want to sh$', 'wanna sh$'],
        pairs: [{ reach: 16, a: ['sh$'], b: ['relapse', 'again', 'urge', 'last night', 'tonight'] }],
      },
      // 紫砂/自鲨/zs: 自杀 in net spelling; zc: 自残
      zh: { say: ['想紫砂', '去紫砂', '紫砂了', '紫砂算了', '紫砂吧', '想自鲨', '自鲨', '想zs', '去zs', 'zs算了', '想自杀了', '又zc', '想zc', 'zc了', '又自残', '又划手', '想划手', '想噶了', '想嘎了'] },
      // ㅈㅎ: 자해; 마렵다: an urge
      ko: { say: ['ㅈㅎ했', 'ㅈㅎ 했', 'ㅈㅎ하고 싶', 'ㅈㅎ 하고 싶', 'ㅈㅎ 또', '또 ㅈㅎ', 'ㅈㅎ 마렵', 'ㅈㅎ마렵', '자해 마렵', '자해마렵', '자살 마렵', '자살마렵', 'ㅈㅅ 마렵', 'ㅈㅅ마렵', '죽고 싶어짐', '죽고싶어짐', '뒤지고 싶', '뒤지고싶'] },
      // teencode: mún = muốn, chít = chết, die from English
      vi: { say: ['mún chít', 'muốn chít', 'mún chết đi', 'muốn die', 'mún die', 'mún tự tử', 'mún tự sát', 'mún biến mất', 'ko mún sống', 'k mún sống', 'hong mún sống', 'không mún sống', 'hok mún sống', 'ko muốn sống nữa', 'k muốn sống nữa'] },
      ne: { say: ['mar jau jasto', 'mar jaau jasto', 'marau jasto', 'marum jasto', 'marna mann lagyo', 'suicide garna man', 'suicide garu jasto', 'suicide garchu', 'sucide garu jasto', 'aatmahatya garu jasto', 'atmahatya garu jasto', 'atmahatya garchu', 'jiuna mann chaina', 'bachna mann chaina'] },
      // jejemon and text spelling: gsto = gusto, q = ko/ako, n = na, mmtay = mamatay, lng = lang
      tl: {
        say: ['ang dali lng tumalon', 'ang dali lng mamatay', 'mag unalive', 'i unalive', 'pagod na q mabuhay', 'pagod na aq mabuhay', 'ayoko n mabuhay', 'ayaw q n mabuhay', 'ayoq na mabuhay'],
        pairs: [
          { ordered: true, reach: 12, a: ['gusto', 'gsto', 'gus2', 'gustong'], b: ['mamatay', 'mmtay', 'mamatay n', 'magpakamatay', 'mgpakamatay', 'mag unalive', 'maglaslas', 'mglaslas'] },
          { reach: 24, a: ['balcony', 'terrace', 'palapag'], b: ['tumalon', 'tatalon', 'talunin', 'magpatihulog'] },
        ],
      },
      // qro = quero; "desligar de vez": to switch off for good
      pt: {
        say: ['qro morrer', 'qro sumir', 'qro me matar', 'qr morrer', 'qria morrer', 'kero morrer', 'quero desligar de vez', 'quero desligar pra sempre', 'só quero desligar', 'quero apagar de vez', 'quero apagar pra sempre', 'me cortando de novo', 'me cortei dnv', 'me cortei de novo', 'voltei a me cortar'],
        pairs: [{ ordered: true, reach: 16, a: ['quero', 'qro', 'vontade de', 'queria'], b: ['desligar de vez', 'desligar pra sempre', 'desligar para sempre', 'apagar de vez', 'apagar pra sempre', 'dormir e nao acordar'] }],
      },
      // mo/mw = mau, pgn/pen = pengen, modar = die; "barcode": rows of cuts
      id: { say: ['mo mati aja', 'mw mati aja', 'mo mati ajah', 'pen mati aja', 'pengen modar', 'pgn modar', 'mau modar', 'pengen mati ajah', 'gores tangan lagi', 'nggores tangan', 'ngegores tangan', 'nyayat tangan', 'sayat tangan lagi', 'barcode di tangan', 'tangan barcode', 'sh lagi', 'relapse sh', 'kambuh sh', 'pengen sh$', 'pgn sh$'] },
    },
  },
  {
    // "he keeps saying he's just a burden, and last night he asked where the key to the roof is": a
    // family member, a neighbour or the person asks the way or the key up to a roof, near "a burden"
    name: 'a burden, then asking for the key or the way up to the roof',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 80, acrossSentences: true, a: ['お荷物', 'おにもつ', '足手まとい', 'あしでまとい', '厄介者', 'やっかいもの', '迷惑ばかり', 'めいわくばかり', '迷惑をかけるだけ', '迷惑かけるだけ', 'めいわくかけるだけ', '役に立たな', 'やくにたたな'], b: ['屋上の鍵', 'おくじょうのかぎ', '屋上のカギ', '屋上に出る', 'おくじょうにでる', '屋上へ出る', '屋上に上が', 'おくじょうにあが', '屋上への行き方', '屋上に行く方法', '屋上への扉', '屋上のドア'] }] },
      en: { pairs: [{ reach: 120, acrossSentences: true, a: ['a burden', 'just a burden', 'burden to', 'burden on', 'better off without me', 'in everyones way'], b: ['key to the roof', 'roof key', 'key for the roof', 'get onto the roof', 'get up on the roof', 'get up to the roof', 'way up to the roof', 'access to the roof', 'roof access', 'door to the roof', 'roof door', 'stairs to the roof'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: true, a: ['累赘', '拖累', '负担', '包袱', '添麻烦', '没用了'], b: ['天台的钥匙', '天台钥匙', '楼顶的钥匙', '楼顶钥匙', '屋顶的钥匙', '怎么上天台', '怎么上楼顶', '上天台的门', '去天台的门', '通天台的门'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: true, a: ['짐이 되', '짐만 되', '짐이 된', '짐만 된', '짐이라', '짐짝', '민폐만', '폐만 끼', '쓸모없'], b: ['옥상 열쇠', '옥상 키', '옥상에 올라가는 방법', '옥상 가는 길', '옥상 문', '옥상으로 가는 문'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: true, a: ['gánh nặng', 'của nợ', 'vô dụng', 'làm khổ con cháu', 'làm khổ các con'], b: ['chìa khóa sân thượng', 'chìa khoá sân thượng', 'cửa lên sân thượng', 'đường lên sân thượng', 'lên sân thượng bằng', 'chìa khóa lên mái', 'lối lên sân thượng'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: true, a: ['बोझ', 'bojh', 'भारी भएँ', 'bhari bhaye'], b: ['छतको साँचो', 'छतमा जाने', 'छत जाने बाटो', 'chhat ko sancho', 'chhat ko saacho', 'chhat ma jane', 'chhatma jane'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: true, a: ['pabigat', 'pasanin', 'perwisyo'], b: ['susi ng bubong', 'susi sa bubong', 'susi ng rooftop', 'susi sa rooftop', 'umakyat sa bubong', 'umakyat sa rooftop', 'daan papunta sa rooftop', 'daan paakyat sa rooftop'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: true, a: ['um peso', 'um fardo', 'um estorvo', 'só atrapalho', 'só dou trabalho'], b: ['chave do terraço', 'chave da laje', 'chave do telhado', 'subir no terraço', 'subir na laje', 'subir no telhado', 'acesso ao terraço', 'porta do terraço'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: true, a: ['beban', 'nyusahin', 'menyusahkan', 'merepotkan'], b: ['kunci atap', 'kunci rooftop', 'kunci ke atap', 'naik ke atap', 'naik ke rooftop', 'akses ke atap', 'pintu ke atap', 'pintu atap'] }] },
    },
  },
  {
    // «身邊瑣物已分贈鄰里，給孩子們的信也已寫妥…望勿掛念»: a letter's "do not worry about me" after
    // letters written for the children or belongings given out (a will or 終活 alone says nothing)
    name: 'do not worry about me, with letters written for the family or belongings given out',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: true, a: ['ご心配なさらず', 'ごしんぱいなさらず', '心配しないでください', 'しんぱいしないでください', '案じないで', 'あんじないで', '探さないでください'], b: ['手紙を書いて', '手紙も書いて', '手紙を書きました', '手紙も書きました', '手紙をしたため', 'てがみをかきました', 'てがみもかきました', '手紙を置いて', '手紙を残し', '身の回りの物は', '持ち物は全部', '配り終え'] }] },
      en: { pairs: [{ reach: 100, acrossSentences: true, a: ['dont worry about me', 'do not worry about me', 'no need to worry about me', 'please dont worry', 'please do not worry'], b: ['letters for my', 'letter for my', 'letters are in the drawer', 'letter is in the drawer', 'letters are on the table', 'letter is on the table', 'given away my', 'gave away my', 'given my things', 'gave my things', 'things to the neighbours', 'things to the neighbors'] }] },
      zh: { pairs: [{ reach: 60, acrossSentences: true, a: ['勿挂念', '勿念', '不必挂念', '莫挂念', '别挂念我', '不要挂念我', '不用挂念我', '别惦记我', '不用惦记我'], b: ['拖累', '累赘', '分赠', '分送', '送给邻居', '分给邻居', '信也', '写好了信', '信已写', '写妥', '遗书', '给孩子们的信', '给孩子的信'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: true, a: ['걱정하지 마세요', '걱정 마세요', '걱정하지 말아', '찾지 마세요'], b: ['편지를 써 두', '편지를 써뒀', '편지를 남겼', '편지는 서랍', '물건은 다 나눠', '물건을 다 나눠', '이웃에게 나눠'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: true, a: ['đừng lo cho tôi', 'đừng lo cho mẹ', 'đừng lo cho bố', 'đừng lo cho ba', 'đừng lo lắng cho tôi', 'xin đừng lo', 'đừng tìm tôi'], b: ['thư cho các con', 'thư cho con', 'thư để trong ngăn kéo', 'đã viết thư', 'viết sẵn thư', 'đồ đạc đã cho', 'đã cho hàng xóm', 'chia cho hàng xóm'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: true, a: ['मेरो चिन्ता नगर', 'चिन्ता नगर्नु', 'mero chinta nagar', 'chinta nagarnu'], b: ['चिठी लेखेर', 'चिठी लेखिसकें', 'चिठी दराजमा', 'सामान बाँडें', 'छिमेकीलाई दिएँ', 'chithi lekhisake', 'chithi lekhera', 'saman baade'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: true, a: ['huwag kayong mag alala sa akin', 'wag kayong mag alala sa akin', 'huwag mo akong alalahanin', 'wag mo akong alalahanin'], b: ['sulat para sa mga anak', 'sulat sa mga anak', 'sulat sa drawer', 'nasa drawer ang sulat', 'ipinamigay ko na', 'naipamigay ko na', 'binigay ko na sa kapitbahay'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: true, a: ['não se preocupem comigo', 'não se preocupe comigo', 'não precisa se preocupar comigo', 'não me procurem'], b: ['cartas para os meus filhos', 'carta para os meus filhos', 'cartas pros meus filhos', 'carta pros meus filhos', 'carta na gaveta', 'cartas na gaveta', 'dei minhas coisas', 'doei minhas coisas', 'dei tudo aos vizinhos'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: true, a: ['jangan khawatirkan saya', 'jangan khawatir tentang saya', 'tidak usah khawatir tentang saya', 'jangan cari saya'], b: ['surat untuk anak', 'surat buat anak', 'surat di laci', 'sudah saya tulis surat', 'sudah menulis surat', 'barang sudah saya bagikan', 'sudah saya bagikan ke tetangga', 'barang barang sudah dibagikan'] }] },
    },
  },
  {
    // 「早くお迎えが来てほしい」 in every language: an older person praying to be taken — God, heaven, the
    // Lord, 老天, 하늘 — soon ("I pray the Lord takes me soon", «Deus me leve logo», «semoga Tuhan cepat
    // memanggil saya»): a calm wish to die, not an arrangement. (A funeral, a grave or a will says nothing.)
    name: 'praying to be taken soon: God, heaven, the Lord come for me',
    signal: 'suicide',
    words: {
      ja: { say: ['早くおむかえ', 'はやくおむかえ'], pairs: [{ ordered: true, reach: 12, a: ['神様', 'かみさま', '仏様', 'ほとけさま', 'ご先祖様', 'ごせんぞさま'], b: ['早く連れて', 'はやくつれて', '連れて行ってほし', 'つれていってほし', 'お迎えに来て', 'おむかえにきて'] }] },
      en: { pairs: [{ ordered: true, reach: 16, a: ['god$', 'lord$', 'jesus', 'heaven'], b: ['takes me soon', 'take me soon', 'would take me', 'will take me soon', 'would just take me', 'take me now', 'take me home soon', 'call me home', 'calls me home', 'takes me in my sleep', 'take me in my sleep'] }] },
      zh: { say: ['早点把我收走', '早点收了我', '快点把我收走'], pairs: [{ ordered: true, reach: 10, a: ['老天', '老天爷', '上帝', '菩萨', '佛祖', '阎王', '阎王爷'], b: ['把我收走', '收了我', '收走我', '带我走', '接我走', '带走我'] }] },
      ko: { pairs: [{ ordered: true, reach: 16, a: ['하늘', '하느님', '하나님', '저승사자', '하늘나라', '신이', '신께서'], b: ['데려갔으면', '데려가 주', '데려가셨으면', '데려가면 좋겠', '데려가 줬으면', '데리러 왔으면', '데리러 오면 좋겠'] }] },
      vi: { pairs: [{ ordered: true, reach: 16, a: ['ông trời', 'trời phật', 'chúa', 'phật', 'ông bà tổ tiên'], b: ['mang tôi đi', 'bắt tôi đi', 'rước tôi đi', 'đem tôi đi', 'gọi tôi về', 'cho tôi đi sớm', 'sớm mang tôi', 'sớm rước tôi'] }] },
      ne: { pairs: [{ ordered: true, reach: 24, a: ['भगवानले', 'ईश्वरले', 'यमराजले', 'bhagwan le', 'bhagawan le', 'bhagwanle'], b: ['लगे हुन्थ्यो', 'लैजाऊन्', 'लैजाओस्', 'लिएर जाऊन्', 'उठाए हुन्थ्यो', 'lage hunthyo', 'laijaun', 'uthaye hunthyo'] }] },
      tl: { pairs: [{ reach: 24, a: ['kunin na ako', 'kunin na niya ako', 'kuhanin na ako', 'sunduin na ako'], b: ['diyos', 'panginoon', 'lord$', 'langit', 'maykapal'] }] },
      pt: { pairs: [{ ordered: true, reach: 24, a: ['deus', 'senhor', 'jesus'], b: ['me leve logo', 'me leve de uma vez', 'me levasse', 'me leve embora', 'me chame logo', 'me busque logo'] }] },
      id: { pairs: [{ ordered: true, reach: 24, a: ['tuhan', 'allah', 'yang maha kuasa'], b: ['cepat memanggil saya', 'cepat memanggilku', 'cepat panggil saya', 'segera memanggil saya', 'ambil nyawa saya', 'ambil nyawaku', 'cabut nyawa saya', 'cabut nyawaku', 'cepat jemput saya', 'cepat menjemput saya'] }] },
    },
  },
  {
    name: 'the insurance beneficiary changed to a loved one, “then she will be all right”',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: true, a: ['受取人を', 'うけとりにんを', '受取人に', 'うけとりにんに'], b: ['これで大丈夫', 'これでだいじょうぶ', 'は大丈夫', 'はだいじょうぶ', '困らない', 'こまらない', '安心', 'あんしん'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['beneficiary to', 'beneficiary is now', 'made my mum the beneficiary', 'made my mom the beneficiary', 'put my mum as beneficiary', 'put my mom as beneficiary'], b: ['will be fine', 'will be ok', 'will be okay', 'will be alright', 'will be all right', 'be taken care of', 'shell be fine', 'hell be fine', 'theyll be fine'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: true, a: ['受益人改', '受益人换', '改成了受益人', '受益人写成', '受益人填'], b: ['就没事了', '就不用愁', '就够了', '就放心了', '就好了', '会没事的'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['수익자를', '수익자로', '수익자 변경', '수익자도 바꿔'], b: ['괜찮겠죠', '괜찮을 거예요', '괜찮을 거야', '그거면', '걱정 없', '먹고 살 수'] }] },
      vi: { pairs: [{ reach: 48, acrossSentences: true, a: ['đổi người thụ hưởng', 'người thụ hưởng là', 'người thụ hưởng sang', 'chuyển người thụ hưởng'], b: ['sẽ ổn thôi', 'sẽ không sao', 'là đủ rồi', 'yên tâm rồi', 'sẽ ổn'] }] },
      ne: { pairs: [{ reach: 48, acrossSentences: true, a: ['बीमाको हकवाला', 'हकवाला आमा', 'हकवालामा', 'nominee', 'bima ko hakwala'], b: ['ठिक हुनुहुन्छ', 'ठीक हुनुहुन्छ', 'पुग्छ', 'thik hunuhunchha', 'pugchha'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: true, a: ['beneficiary ko', 'beneficiary sa insurance', 'ginawa kong beneficiary', 'pinalitan ko ang beneficiary'], b: ['magiging okay na', 'magiging ok na', 'ayos na sila', 'okay na siya', 'hindi na sila maghihirap'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: true, a: ['beneficiária do seguro', 'beneficiário do seguro', 'mudei o beneficiário', 'troquei o beneficiário', 'coloquei minha mãe como beneficiária'], b: ['vai ficar bem', 'vão ficar bem', 'vai ficar tranquila', 'não vai passar necessidade'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: true, a: ['ahli waris asuransi', 'penerima manfaat', 'ganti ahli waris', 'ganti penerima'], b: ['akan baik baik saja', 'bakal baik baik saja', 'sudah cukup', 'tidak akan susah', 'nggak akan susah'] }] },
    },
  },
  {
    // 「私が死んだら家族は年金をもらえる？ もう限界」, «quando eu partir … dei meu carro pro vizinho»: what the
    // family gets if I die, or things given away, with no strength left. (Work «月末までに全部片付け» and a
    // notice given alone stay quiet: the hopeless side is needed.)
    name: 'what the family gets if I die, or belongings given away, with no strength or way left',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: true, a: ['私が死んだら', '俺が死んだら', 'わたしがしんだら', '身辺整理', 'しんぺんせいり', '全部あげた', 'ぜんぶあげた'], b: ['もう限界', 'もうげんかい', '先が見えな', 'さきがみえな', '生きる気力'] }] },
      en: { pairs: [{ reach: 100, acrossSentences: true, a: ['if i die', 'when im gone', 'gave away my', 'giving away my', 'gave my...to my roommate', 'gave my...to my friend', 'gave my...to my neighbo'], b: ['cant go on', 'dont see a way', 'no way forward', 'no way out', 'nothing left for me'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: true, a: ['如果我死了', '我死后', '我死後', '都送给', '都送給'], b: ['撑不下去', '撐不下去', '看不到出路', '活不下去'] }] },
      ko: { pairs: [{ reach: 50, acrossSentences: true, a: ['내가 죽으면', '제가 죽으면', '다 나눠줬'], b: ['더는 못 버티', '버틸 힘이 없', '앞이 안 보여'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: true, a: ['nếu em chết', 'nếu tôi chết', 'cho hết đồ'], b: ['không chịu nổi nữa', 'không thấy lối thoát', 'không còn sức'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: true, a: ['म मरेपछि', 'म मरे भने', 'ma marepachhi', 'दिइसकें'], b: ['अब सक्दिन', 'कुनै बाटो देख्दिन', 'ab sakdina'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: true, a: ['kung mamatay ako', 'pag namatay ako', 'ipinamigay ko', 'binigay ko na'], b: ['hindi ko na kaya', 'di ko na kaya', 'wala na akong makitang paraan'] }] },
      pt: { pairs: [{ reach: 100, acrossSentences: true, a: ['quando eu partir', 'quando eu me for', 'dei meu carro', 'dei minhas coisas', 'devolvi as coisas'], b: ['não aguento mais', 'não quero dar trabalho', 'não vejo saída', 'quando eu partir'] }] },
      id: { pairs: [{ reach: 100, acrossSentences: true, a: ['kalau orang asing meninggal', 'kalau aku meninggal', 'kalau saya meninggal', 'beresin semua urusan', 'udah kukasih'], b: ['nggak sanggup lagi', 'gak sanggup lagi', 'tidak sanggup lagi', 'tidak ada jalan keluar'] }] },
    },
  },
  {
    // «我在不在，好像也没人会注意到», "whether I'm here or not, nobody would notice". (Not a lonely death —
    // «死んでも誰も気づかない» — which is isolation, not a wish.)
    name: 'whether I am here or not, nobody would notice',
    signal: 'suicide',
    words: {
      ja: { say: ['いてもいなくても同じ', 'いてもいなくてもおなじ'] },
      en: { say: ['whether im here or not', 'whether i exist or not', 'nobody would even notice', 'no one would even notice'] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['我在不在', '有没有我', '有沒有我'], b: ['没人会注意', '沒人會注意', '没人在乎', '沒人在乎', '都一样', '都一樣'] }] },
      ko: { say: ['내가 있든 없든', '내가 있으나 없으나'] },
      vi: { pairs: [{ reach: 32, a: ['em có hay không', 'tôi có hay không', 'mình có hay không'], b: ['ai để ý', 'ai quan tâm'] }] },
      ne: { say: ['म भए पनि नभए पनि', 'ma bhae pani nabhae pani'] },
      tl: { say: ['nandito man ako o wala', 'andito man ako o wala'] },
      pt: { say: ['estando aqui ou não', 'eu existindo ou não'] },
      id: { say: ['ada atau nggak ada aku', 'ada atau tidak ada aku', 'ada ga ada aku'] },
    },
  },
  {
    // 「踏切の前で立ち止まることが増えた」, 「頂樓的門 我知道怎麼開了」, "is jumping from the 10th floor instant":
    // lingering at the tracks, the roof door now open to me, asking whether a fall is instant.
    name: 'lingering at a railway crossing; the roof door I now know how to open; whether a jump is instant',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 12, a: ['踏切', 'ふみきり'], b: ['立ち止ま', 'たちどま', '吸い込まれ', 'すいこまれ'] }, { reach: 14, ordered: true, a: ['屋上の扉', '屋上のドア', 'おくじょうのどあ'], b: ['開け方がわか', 'あけかたがわか'] }] },
      en: { pairs: [{ reach: 40, a: ['railway crossing', 'level crossing'], b: ['keep stopping', 'just standing there'] }, { reach: 30, ordered: true, a: ['roof door', 'jumping from the'], b: ['how to open', 'instant', 'painless'] }] },
      zh: { pairs: [{ reach: 14, a: ['铁路道口'], b: ['停下来', '停下來'] }, { reach: 12, ordered: true, a: ['頂樓的門', '顶楼的门', '天台的门', '天台的門'], b: ['知道怎么开', '知道怎麼開'] }] },
      ko: { pairs: [{ reach: 20, a: ['철도 건널목'], b: ['멈춰 서'] }, { reach: 16, ordered: true, a: ['옥상 문', '옥상문'], b: ['여는 법', '열 줄 알'] }] },
      vi: { pairs: [{ reach: 30, a: ['chắn tàu'], b: ['đứng lại', 'đứng rất lâu'] }, { reach: 24, ordered: true, a: ['cửa sân thượng'], b: ['cách mở'] }] },
      ne: { pairs: [{ reach: 30, a: ['रेल लाइन', 'rail line'], b: ['उभिरहन्छु', 'ubhirahanchhu'] }, { reach: 24, ordered: true, a: ['छतको ढोका', 'chhat ko dhoka'], b: ['खोल्ने तरिका', 'kholne tarika'] }] },
      tl: { pairs: [{ reach: 30, a: ['riles'], b: ['nakatayo nang matagal', 'natitigilan'] }, { reach: 30, ordered: true, a: ['pinto ng rooftop', 'pinto sa bubong'], b: ['paano buksan', 'nabuksan ko'] }] },
      pt: { pairs: [{ reach: 30, a: ['passagem de nível'], b: ['fico parado', 'fico parada'] }, { reach: 30, ordered: true, a: ['porta do terraço', 'porta da laje'], b: ['como abrir', 'consegui abrir'] }] },
      id: { pairs: [{ reach: 30, a: ['perlintasan kereta'], b: ['berhenti lama', 'berdiri lama'] }, { reach: 30, ordered: true, a: ['pintu atap', 'pintu rooftop'], b: ['cara buka', 'bisa buka'] }] },
    },
  },
  {
    // 「女房に先立たれて一年。そろそろ向こうに行ってもいいか」, «já está na hora de ir ficar com ela»: going over
    // to a spouse who died, said as something now allowed. (A trip to the late mother's home town is not.)
    name: 'after a spouse died: about time I went over to the other side, to be with her',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: true, pastDeath: 'a', a: ['先立たれ', 'さきだたれ', '亡くして', 'なくして'], b: ['向こうに行ってもいい', 'むこうにいってもいい', 'あっちに行ってもいい', 'あっちにいってもいい'] },
        { reach: 3, ordered: true, a: ['そろそろ'], b: ['向こうに行ってもいいかと', 'むこうにいってもいいかと', '向こうに行ってもいいかなと', 'むこうにいってもいいかなと', 'あっちに行ってもいいかと', 'あっちにいってもいいかと'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['wife passed', 'wife died', 'lost my wife', 'husband died'], b: ['time i joined her', 'time i joined him', 'go and be with her'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: true, a: ['老伴走了', '老婆走了'], b: ['去那边陪', '去那邊陪', '也该过去了', '也該過去了'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: true, a: ['아내가 떠나', '아내를 먼저'], b: ['따라가도 될', '이제 가도 될'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['vợ mất', 'bà nhà mất'], b: ['cũng nên đi theo', 'xuống với bà'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['श्रीमती बितेपछि', 'shrimati bitepachhi'], b: ['उतै जान मन', 'utai jana man'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['namatay asawa ko', 'pumanaw asawa ko'], b: ['sumunod na ako', 'makasama ko na siya'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: true, a: ['patroa faleceu', 'esposa faleceu', 'marido faleceu'], b: ['hora de ir ficar com ela', 'hora de ir ficar com ele', 'ir me juntar a ela'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['istri meninggal', 'istriku meninggal'], b: ['nyusul dia', 'menyusul dia'] }] },
    },
  },
  {
    // 「俺いなくても仕事回るでしょ」 and the favourite pen handed over, «tanpa aku kerjaan tetap jalan» and things
    // given out; «kalau aku nggak ada, kakak sedih nggak», "would you be sad if I wasn't here"; «chị không làm
    // phiền ai nữa». (A "would you be sad if I moved" is no such question.)
    name: 'things go on without me, with treasured things handed out or the desk cleared; would you be sad if I were gone; I will not bother anyone any more',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: true, a: ['俺いなくても', 'おれいなくても', '僕いなくても', 'ぼくいなくても', '私いなくても', 'わたしいなくても', 'あたしいなくても', '自分いなくても', '自分がいなくても', '俺がいなくても', '私がいなくても', '僕がいなくても'], b: ['私物', 'しぶつ', '気に入ってた', 'きにいってた', '大事にしてた', 'だいじにしてた', '宝物', 'たからもの', '形見', 'かたみ'] },
        { ordered: true, reach: 3, a: ['俺', 'おれ', '僕', 'ぼく', '私', 'わたし', 'あたし'], b: ['いなくなったら悲し', 'いなくなったらかなし', 'いなくなっても悲し', 'いなくなってもかなし', 'いなくなったら泣', 'いなくなったらさみし', 'いなくなったら寂し'] }] },
      en: { say: ['sad if i wasnt here', 'sad if i werent here', 'sad if i was gone', 'sad if i were gone', 'sad if i died', 'sad if i wasnt around', 'miss me if i was gone', 'miss me if i were gone', 'miss me if i died', 'miss me if i wasnt here', 'cry if i died', 'cry if i was gone'],
        pairs: [{ reach: 80, acrossSentences: true, a: ['go on without me', 'run without me', 'be fine without me', 'manage without me', 'goes on without me', 'runs without me'], b: ['gave me his', 'gave me her', 'giving away', 'gave away', 'cleared out his desk', 'cleared out her desk', 'cleared his desk', 'cleared her desk', 'his favourite', 'her favourite', 'his favorite', 'her favorite'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: true, a: ['没有我也', '没我也', '我不在也', '少了我也', '沒有我也', '我不在了也'], b: ['送给我', '送給我', '送人', '分给', '分給', '清空', '最喜欢的', '心爱的', '心愛的'] },
        { ordered: true, reach: 10, a: ['我不在了', '我死了', '我消失了', '要是没有我', '我不在的话'], b: ['难过吗', '伤心吗', '会哭吗', '难过不', '難過嗎', '傷心嗎', '会想我吗'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: true, a: ['나 없어도', '내가 없어도', '저 없어도', '제가 없어도'], b: ['나눠 줬', '나눠줬', '나눠 주', '아끼던', '책상을 정리', '짐을 정리'] }] },
      vi: { say: ['không làm phiền ai nữa', 'ko làm phiền ai nữa', 'k làm phiền ai nữa', 'không làm phiền mọi người nữa'],
        pairs: [{ reach: 60, acrossSentences: true, a: ['không có anh thì', 'không có em thì', 'không có chị thì', 'không có tôi thì', 'không có mình thì', 'thiếu anh thì', 'thiếu em thì', 'thiếu tôi thì'], b: ['cho hết', 'đem cho', 'tặng hết', 'dọn hết đồ', 'dọn sạch', 'đồ quý', 'yêu thích'] },
        { ordered: true, reach: 12, a: ['nếu anh không còn nữa', 'nếu em không còn nữa', 'nếu chị không còn nữa', 'nếu tôi không còn nữa', 'nếu mình không còn nữa', 'nếu em chết', 'nếu anh chết', 'nếu em biến mất', 'nếu anh biến mất'], b: ['buồn không', 'khóc không', 'nhớ em không', 'nhớ anh không'] }] },
      ne: { say: ['ma nabhaye pani', 'ma nabhaye timi', 'ma nahuda pani', 'म नहुँदा पनि'] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['kahit wala ako', 'kahit wala na ako', 'wala man ako'], b: ['pinamigay', 'ipinamigay', 'namigay', 'binigay niya', 'ibinigay niya', 'paborito niya', 'paboritong'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['sem mim...continua', 'sem ele...continua', 'sem ela...continua', 'sem mim...anda', 'sem ele...anda', 'sem ela...anda', 'sem mim...funciona', 'sem ele...funciona', 'sem ela...funciona'], b: ['deu as coisas', 'deu tudo', 'doou', 'distribuiu', 'coisas favoritas', 'esvaziou a mesa', 'limpou a mesa', 'esvaziou o armário'] },
        { reach: 24, a: ['se eu não estivesse', 'se eu não estiver mais', 'se eu morresse', 'se eu sumisse', 'se eu não existisse'], b: ['triste', 'sentiria falta', 'sentir minha falta', 'choraria'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['tanpa aku...jalan', 'tanpa saya...jalan', 'tanpa gue...jalan', 'tanpa aku...baik baik', 'tanpa saya...baik baik', 'tanpa aku...tetap', 'tanpa saya...tetap'], b: ['bagi bagi', 'bagiin', 'dibagi', 'membagikan', 'barang kesayangan', 'ngasih barang', 'beresin meja', 'membereskan meja'] },
        { ordered: true, reach: 10, a: ['kalau aku nggak ada', 'kalau aku gak ada', 'kalau aku ga ada', 'kalau aku udah nggak ada', 'kalau aku udah gak ada', 'kalau aku udah ga ada', 'kalau aku tidak ada', 'kalau saya tidak ada', 'kalo aku nggak ada', 'kalo aku gak ada', 'kalo aku ga ada', 'kalau aku mati', 'kalau aku hilang', 'kalo aku mati'], b: ['sedih nggak', 'sedih gak', 'sedih ga', 'sedih tidak', 'sedih enggak', 'bakal sedih', 'akan sedih', 'nangis nggak', 'nangis gak', 'kangen aku', 'kehilangan aku'] }] },
    },
  },
  {
    name: 'the highest bridge or building, or the way up to a roof, asked with exhaustion or a “last time”',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2, a: ['いちばんたかい...びる', 'いちばんたかい...はし', '一番高い...ビル', '一番高い...橋', '一番高い...建物', '屋上にのぼ'], b: ['がんばれない', '頑張れない', 'もう疲れ', 'もうつかれ', '疲れちゃった', 'もう限界'] }] },
      en: { pairs: [{ reach: 120, acrossSentences: 2, a: ['highest bridge', 'highest building', 'tallest building', 'tallest bridge', 'get onto the roof', 'get up to the roof'], b: ['tired of everything', 'tired of it all', 'so tired of', 'cant go on', 'cant do this anymore', 'one last time'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2, a: ['最高的桥', '最高的楼', '最高的大楼', '最高的建筑', '能上天台', '天台能上'], b: ['撑不下去', '坚持不下去', '活不下去', '最后一次', '真的好累', '太累了'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2, a: ['제일 높은 다리', '가장 높은 다리', '제일 높은 건물', '가장 높은 건물', '옥상에 올라갈 수', '옥상 올라갈 수'], b: ['지쳐서', '지쳤어', '너무 지쳐', '못 버티', '더는 못', '마지막으로'] }] },
      vi: { pairs: [{ reach: 120, acrossSentences: 2, a: ['cầu cao nhất', 'tòa nhà cao nhất', 'chỗ cao nhất', 'lên sân thượng được', 'lên được sân thượng', 'cao bao nhiêu'], b: ['mệt mỏi quá', 'mệt quá rồi', 'kiệt sức', 'không chịu nổi', 'hết chịu nổi', 'lần cuối'] }] },
      ne: { pairs: [{ reach: 120, acrossSentences: 2, a: ['सबैभन्दा अग्लो', 'sabai bhanda aglo', 'sabbhanda aglo', 'छतमा जान मिल्छ', 'chhat ma jana milchha', 'kati aglo'], b: ['थाकें', 'थाकिसकें', 'सक्दिन', 'अन्तिम पटक', 'thake', 'thakisake'] }] },
      tl: { pairs: [{ reach: 120, acrossSentences: 2, a: ['pinakamataas na tulay', 'pinakamataas na building', 'gaano kataas', 'umakyat sa rooftop', 'umakyat sa bubong'], b: ['huling beses', 'pagod na pagod', 'pagod na ako', 'hindi ko na kaya', 'di ko na kaya', 'ayoko na'] }] },
      pt: { pairs: [{ reach: 120, acrossSentences: 2, a: ['ponte mais alta', 'prédio mais alto', 'viaduto mais alto', 'qual a altura', 'subir no terraço', 'subir no telhado'], b: ['cansado de tudo', 'cansada de tudo', 'não aguento mais', 'sem forças', 'última vez'] }] },
      id: { pairs: [{ reach: 120, acrossSentences: 2, a: ['jembatan tertinggi', 'gedung tertinggi', 'gedung paling tinggi', 'jembatan paling tinggi', 'berapa tinggi', 'seberapa tinggi'], b: ['capek sama semuanya', 'udah capek', 'sudah capek', 'gak kuat lagi', 'tidak kuat lagi', 'terakhir kali'] }] },
    },
  },
  {
    name: 'how long a person can go without food or water, asked by someone who has stopped eating',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: true, a: ['何日...食べな', 'なんにち...たべな', '食べないで...何日', '食べずに...何日', 'たべずに...なんにち', '食べなくても...生き'], b: ['食べてない', 'たべてない', '食べていない', 'たべていない', '食べてません', '食べないつもり'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: true, a: ['how long can...without food', 'how long can...without eating', 'how long can...without water', 'how long...survive without', 'how many days...without food', 'how many days...without eating'], b: ['i havent eaten', '| havent eaten', 'i have not eaten', 'i stopped eating', 'im not eating', 'i dont plan to eat'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: true, a: ['多久不吃', '几天不吃', '多少天不吃', '不吃东西能活', '不吃饭能活', '不吃东西会死'], b: ['没吃', '不打算再吃', '不想再吃', '不会再吃', '一口都没吃'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: true, a: ['안 먹고 며칠', '안 먹고 얼마나', '며칠 굶으면', '얼마나 굶으면', '며칠 안 먹으면', '굶으면 죽'], b: ['안 먹었', '못 먹었', '굶었', '굶고 있', '먹을 생각 없', '안 먹을 거'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: true, a: ['nhịn ăn...bao lâu', 'không ăn...bao lâu', 'không ăn...bao nhiêu ngày', 'nhịn đói...bao lâu', 'không ăn thì...chết'], b: ['không ăn gì', 'chưa ăn gì', 'không định ăn', 'không ăn nữa', 'ngày không ăn', 'ngày chưa ăn'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: true, a: ['nakhai...kati din', 'kati din samma...nakhai', 'bhokai kati din', 'नखाई...कति दिन', 'कति दिन...नखाई', 'भोकै कति दिन'], b: ['khayeko chhaina', 'khaeko chhaina', 'khayeko chaina', 'khaeko chaina', 'khayeko xaina', 'खाएको छैन'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: true, a: ['katagal...walang kain', 'katagal...hindi kumakain', 'katagal...walang pagkain', 'ilang araw...walang kain', 'ilang araw...walang pagkain'], b: ['di kumakain', 'hindi kumakain', 'di na kumakain', 'hindi na kumakain', 'hindi ako kakain', 'ayoko nang kumain'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: true, a: ['quanto tempo...sem comer', 'quantos dias...sem comer', 'quanto tempo...sem comida', 'quantos dias...sem comida', 'aguenta sem comer'], b: ['não como', 'não comi', 'parei de comer', 'não vou comer', 'não pretendo comer'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: true, a: ['berapa lama...tanpa makan', 'berapa lama...tidak makan', 'berapa lama...gak makan', 'berapa hari...tanpa makan', 'berapa hari...gak makan', 'bertahan tanpa makan'], b: ['belum makan', 'tidak makan', 'gak makan', 'nggak makan', 'ga makan', 'gak mau makan lagi'] }] },
    },
  },
  {
    name: 'if I am gone: whether my debts fall on my family, whether the insurance pays them',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: true, a: ['私がいなくなったら', '俺がいなくなったら', '僕がいなくなったら', '自分がいなくなったら', 'わたしがいなくなったら'], b: ['借金は', 'しゃっきんは', '借金って', '保険で返', '保険金で返', '保険金で払'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['if im gone', 'if i was gone', 'if i were gone', 'if im not around', 'if i wasnt around', 'once im gone'], b: ['my debts', 'debts go to', 'debt go to', 'debts pass to', 'pay off the debt', 'pay off my debt'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: true, a: ['人要是走了', '我要是走了', '我走了以后', '我走了之后', '我要是不在了', '如果我不在了'], b: ['欠的债', '欠的钱', '债务', '保险能抵', '保险能还', '保险赔'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: true, a: ['내가 없어지면', '내가 사라지면', '제가 없어지면', '제가 사라지면', '내가 없으면', '제가 없으면'], b: ['빚은', '빚이', '빚을', '보험금으로', '보험으로 갚'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['nếu em không còn', 'nếu tôi không còn', 'em mà đi rồi', 'tôi mà đi rồi', 'nếu em đi rồi', 'nếu tôi đi rồi'], b: ['khoản nợ', 'món nợ', 'tiền nợ', 'nợ có', 'nợ sẽ', 'bảo hiểm'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['म नरहे', 'म नभए', 'म गएपछि', 'ma narahe', 'ma nabhae', 'ma gaepachhi'], b: ['ऋण', 'कर्जा', 'बीमा', 'rin$', 'karja', 'bima'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['kung wala na ako$', 'pag wala na ako$', 'kapag wala na ako$', 'kung mawala ako$', 'pag nawala ako$'], b: ['utang ko', 'mga utang', 'babayaran ng insurance', 'insurance ko'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['se eu não estiver mais', 'quando eu não estiver mais', 'se eu partir', 'se eu me for', 'se eu faltar'], b: ['minhas dívidas', 'as dívidas', 'a dívida', 'seguro paga', 'seguro cobre', 'seguro quita'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['kalau aku udah gak ada', 'kalau aku sudah tidak ada', 'kalau saya sudah tidak ada', 'kalau saya tidak ada lagi', 'kalau aku gak ada lagi', 'kalo aku udah gak ada'], b: ['utang saya', 'utangku', 'hutang saya', 'hutangku', 'utangnya', 'hutangnya'] }] },
    },
  },
  {
    // «Kung sakaling mawala ako, makukuha ba ng anak ko yung insurance ko sa trabaho?»: "if I should be gone"
    // asked with whether the family gets my insurance. «If I die in an accident at work» stays an ordinary question.
    name: 'if I should be gone: whether my child or family would get my insurance',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: true, a: ['私がいなくなったら', '俺がいなくなったら', '僕がいなくなったら', '自分がいなくなったら', 'わたしがいなくなったら', 'ぼくがいなくなったら', 'おれがいなくなったら', '私が消えたら', 'わたしがきえたら'], b: ['保険金は', 'ほけんきんは', '保険金を受け取', 'ほけんきんをうけと', '保険金を子', '保険金を家族', '保険は子', '保険は家族', '子どもに保険', 'こどもにほけん', '家族に保険', 'かぞくにほけん', '保険は下り', 'ほけんはおり'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['if im gone', 'if i was gone', 'if i were gone', 'if im not around', 'if i wasnt around', 'if i werent around', 'once im gone', 'if i disappear', 'if i were to disappear', 'in case im gone', 'in case im not around'], b: ['get my insurance', 'get the insurance', 'receive my insurance', 'my insurance go to', 'my insurance goes to', 'insurance pay out to', 'insurance pays out to', 'my insurance from work', 'my work insurance', 'claim my insurance', 'my life insurance'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: true, a: ['我要是走了', '我要是不在了', '如果我不在了', '万一我不在了', '要是我不在了', '我要是没了', '万一我走了', '如果我消失了', '我不在了以后'], b: ['保险金', '我的保险', '领保险', '拿保险', '保险能给', '保险会给', '保险赔给'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: true, a: ['내가 없어지면', '내가 사라지면', '제가 없어지면', '제가 사라지면', '내가 없으면', '제가 없으면', '제가 없어진다면', '제가 사라진다면', '내가 사라진다면'], b: ['보험금', '보험을 받', '보험 받을 수', '제 보험', '내 보험'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['nếu em không còn', 'nếu tôi không còn', 'em mà đi rồi', 'tôi mà đi rồi', 'lỡ em không còn', 'lỡ tôi không còn', 'nhỡ em không còn', 'nhỡ tôi không còn', 'nếu em biến mất', 'nếu tôi biến mất'], b: ['tiền bảo hiểm', 'nhận bảo hiểm', 'nhận được bảo hiểm', 'hưởng bảo hiểm', 'bảo hiểm của em', 'bảo hiểm của tôi'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['म नरहे', 'म नभए', 'म रहिनँ भने', 'ma narahe', 'ma nabhae', 'ma rahina bhane', 'ma rahina vane'], b: ['बीमा', 'bima', 'beema', 'insurance'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['kung sakaling mawala ako', 'sakaling mawala ako', 'kung mawala ako', 'pag nawala ako', 'kapag nawala ako', 'kung wala na ako', 'pag wala na ako', 'kapag wala na ako', 'sakaling wala na ako'], b: ['makukuha ba ng anak ko', 'makukuha ng anak ko', 'makukuha ba ng pamilya ko', 'makukuha ng pamilya ko', 'makukuha ba nila yung insurance', 'makukuha ba nila ang insurance', 'insurance ko', 'mapupunta ba sa anak ko', 'mapupunta sa anak ko'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['se eu não estiver mais', 'se eu partir', 'se eu me for', 'se eu faltar', 'caso eu falte', 'caso eu não esteja mais', 'se eu sumir'], b: ['meu seguro', 'o seguro do trabalho', 'recebe o seguro', 'receber o seguro', 'recebem o seguro', 'fica com o seguro', 'ficam com o seguro'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['kalau aku udah gak ada', 'kalau aku sudah tidak ada', 'kalau saya sudah tidak ada', 'kalau saya tidak ada lagi', 'kalau aku gak ada lagi', 'kalo aku udah gak ada', 'seandainya saya tidak ada', 'seandainya aku gak ada', 'seandainya aku udah gak ada'], b: ['asuransi saya', 'asuransiku', 'asuransi aku', 'uang asuransi', 'dapat asuransi', 'dapet asuransi', 'menerima asuransi', 'klaim asuransi'] }] },
    },
  },
  {
    name: 'hiding cuts or scars on the wrist or arm from others',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 16, a: ['隠す', 'かくす', '隠せ', 'かくせ', '隠し', 'かくし'], b: ['手首の傷', 'てくびのきず', '腕の傷', 'うでのきず', 'リスカの跡', 'りすかのあと'] }] },
      en: { pairs: [{ reach: 24, a: ['hide', 'hiding', 'cover up', 'cover my'], b: ['scars on my wrist', 'scars on my arm', 'cuts on my wrist', 'cuts on my arm', 'cuts on my thigh', 'marks on my wrist'] }] },
      zh: { pairs: [{ reach: 12, a: ['遮', '藏', '挡住', '盖住'], b: ['手腕上的伤', '手腕的伤', '手腕上的疤', '手臂上的伤', '胳膊上的伤', '划痕'] }] },
      ko: { pairs: [{ reach: 16, a: ['가리', '숨기'], b: ['손목 상처', '손목에 상처', '손목 흉터', '팔에 상처', '팔에 흉터', '자해 흉터'] }] },
      vi: { pairs: [{ reach: 24, a: ['giấu', 'che$', 'che đi'], b: ['vết ở cổ tay', 'vết trên cổ tay', 'vết cắt', 'vết rạch', 'vết cứa', 'sẹo ở cổ tay'] }] },
      ne: { pairs: [{ reach: 24, a: ['लुकाउ', 'छोप', 'lukau', 'chhop'], b: ['नाडीको घाउ', 'हातमा काटेको', 'काटेको दाग', 'nadi ko ghau', 'haat ma kateko', 'kateko dag'] }] },
      tl: { pairs: [{ reach: 24, a: ['itago', 'takpan', 'tinatago'], b: ['sugat sa pulso', 'hiwa sa pulso', 'peklat sa pulso', 'hiwa sa braso', 'peklat sa braso', 'laslas'] }] },
      pt: { pairs: [{ reach: 24, a: ['esconder', 'escondo', 'disfarçar', 'cobrir'], b: ['cortes no pulso', 'cortes no braço', 'marcas no pulso', 'cicatrizes no pulso', 'marcas de corte'] }] },
      id: { pairs: [{ reach: 24, a: ['nutupin', 'menutupi', 'sembunyiin', 'menyembunyikan', 'tutupin'], b: ['luka di pergelangan', 'bekas sayatan', 'sayatan di tangan', 'luka sayatan', 'bekas silet', 'bekas cutting'] }] },
    },
  },
  {
    // Danger inside a complaint. Anger alone, or a threat at a noisy neighbour, is no part of it.
    name: 'said in anger or spite: I will just die then; better not to have woken; pills put by and whatever happens; decided, tell my mother afterwards',
    signal: 'suicide',
    words: {
      ja: {
        say: ['死ねばいいんでしょ', 'しねばいいんでしょ', '死ねばいいんだろ', 'しねばいいんだろ', '死ねば満足', 'しねばまんぞく', '死んだら満足', 'しんだらまんぞく'],
        pairs: [
          { reach: 12, a: ['ホームに立', 'ほーむにた', 'ホームの端', 'ほーむのはし', '線路を見', 'せんろをみ', '屋上に', 'おくじょうに', '橋の上に', 'はしのうえに', '踏切で', 'ふみきりで'], b: ['あと一歩って', 'あといっぽって', 'あと一歩だけ', 'あといっぽだけ', 'あと一歩前', 'あと一歩踏み', 'あと一歩で楽', 'あといっぽでらく', 'もう一歩って', 'もういっぽって'] },
          { reach: 40, acrossSentences: 2, a: ['薬を溜め', 'くすりをため', '薬を貯め', '薬をため'], b: ['どうなっても', 'もうどうでもいい', 'もうどうでも'] },
          { reach: 60, acrossSentences: 2, a: ['もう無理', 'もうむり', '決めた', 'きめた', 'もう限界'], b: ['母に伝えて', 'ははにつたえて', '母によろしく', 'ははによろしく', '後のことは頼', 'あとのことはたの'] },
        ],
        idioms: ['もう一度', 'もういちど', 'もう いちど'], // "once more", asked of a counter clerk who talks too fast
      },
      en: {
        say: ['happy if i was dead', 'happy if i were dead', 'happy when im dead', 'happy if i died'],
        pairs: [
          { reach: 60, acrossSentences: 2, a: ['saved up my pills', 'saving up my pills', 'saved my pills', 'stockpiled my', 'hoarded my pills'], b: ['whatever happens', 'dont care anymore', 'not coming back', 'who cares'] },
          { reach: 80, acrossSentences: 2, a: ['cant take it anymore', 'cant do this anymore', 'decided', 'made up my mind', 'im done'], b: ['tell my mum after', 'tell my mom after', 'someone tell my mum', 'someone tell my mom', 'let my mum know after', 'let my mom know after'] },
        ],
      },
      zh: {
        say: ['我死了你们就满意', '我死了你们就高兴'],
        pairs: [
          { reach: 30, acrossSentences: 2, a: ['药都攒', '药攒够', '攒了药', '存了药', '药都存'], b: ['随便吧', '无所谓了', '不回去了', '不管了'] },
          { reach: 40, acrossSentences: 2, a: ['受不了了', '撑不下去', '决定了', '想好了'], b: ['帮我告诉我妈', '替我告诉我妈', '之后告诉我妈', '以后告诉我妈', '帮我跟我妈说', '通知我家人'] },
        ],
      },
      ko: {
        say: ['내가 죽어야 속이 시원'],
        pairs: [
          { reach: 40, acrossSentences: 2, a: ['약을 모아', '약 모아 뒀', '약을 모았'], b: ['될 대로 되라', '상관없어', '안 돌아가'] },
          { reach: 60, acrossSentences: 2, a: ['못 버티겠', '못 견디겠', '결정했', '마음먹었', '마음 먹었'], b: ['엄마한테 전해', '어머니께 전해', '나중에 엄마한테', '나중에 어머니께', '가족한테 알려', '가족에게 알려'] },
        ],
      },
      vi: {
        pairs: [
          { ordered: true, reach: 30, a: ['con biến mất', 'mình biến mất', 'cháu biến mất', 'con chết đi', 'con mà chết'], b: ['đỡ khổ', 'bớt khổ', 'nhẹ gánh', 'đỡ gánh', 'bớt gánh', 'vừa lòng', 'được yên'] },
          { reach: 60, acrossSentences: 2, a: ['gom thuốc', 'tích thuốc', 'để dành thuốc', 'dành dụm thuốc'], b: ['sao cũng được', 'mặc kệ', 'không quay lại'] },
          { reach: 80, acrossSentences: 2, a: ['không chịu nổi nữa', 'hết chịu nổi', 'quyết định rồi', 'đã quyết định'], b: ['báo cho mẹ tôi', 'báo mẹ tôi', 'nói với mẹ tôi', 'báo cho gia đình tôi', 'nhắn mẹ tôi'] },
        ],
      },
      ne: {
        say: ['मरिदिन्छु', 'मरिदिऊँ', 'ma mardinchhu'],
        pairs: [
          { reach: 40, acrossSentences: 2, a: ['औषधि जम्मा', 'चक्की जम्मा', 'ausadhi jamma', 'chakki jamma'], b: ['जे सुकै होस्', 'जे होस्', 'je sukai hos', 'je hos'] },
          { reach: 60, acrossSentences: 2, a: ['सहन सक्दिन', 'निर्णय गरिसकें', 'sahana sakdina', 'sahan sakdina', 'nirnaya garisake'], b: ['आमालाई खबर', 'आमालाई भनिदिनु', 'aamalai khabar', 'aama lai khabar', 'aamalai bhanidinu'] },
        ],
        idioms: ['गर्दा गर्दा मरि', 'गरेर मरिसकें', 'थाकेर मरि', 'garda garda mari', 'thakera mari'], // worked to death, of overwork
      },
      tl: {
        pairs: [
          { ordered: true, reach: 8, a: ['sana hindi na lang ako', 'sana di na lang ako', 'sana hindi na ako', 'sana di na ako'], b: ['nagising', 'ipinanganak', 'pinanganak', 'isinilang', 'nabuhay'] },
          { reach: 60, acrossSentences: 2, a: ['naipon ko...gamot', 'inipon ko...gamot', 'nakaipon...gamot'], b: ['bahala na', 'di na ako babalik', 'hindi na ako babalik', 'suko na ako'] },
          { reach: 80, acrossSentences: 2, a: ['hindi ko na kaya', 'di ko na kaya', 'desidido na', 'buo na ang loob'], b: ['pakisabi kay nanay', 'pakisabi kay mama', 'pakisabi sa pamilya'] },
        ],
      },
      pt: {
        say: ['se eu morrer vocês ficam felizes'],
        pairs: [
          { reach: 60, acrossSentences: 2, a: ['juntei meus remédios', 'juntei os remédios', 'guardei os remédios', 'juntando remédio', 'estoquei remédio'], b: ['seja o que deus quiser', 'tanto faz', 'que se dane', 'não volto mais'] },
          { reach: 80, acrossSentences: 2, a: ['não aguento mais', 'já decidi', 'tá decidido', 'está decidido'], b: ['avise minha mãe depois', 'avisa minha mãe depois', 'avisem minha mãe depois', 'avise a minha mãe depois', 'avise minha família depois', 'avisem minha família depois', 'diga à minha mãe que a amo'] },
        ],
      },
      id: {
        pairs: [
          { ordered: true, reach: 8, a: ['mending aku', 'mendingan aku', 'mending saya', 'mending gue', 'lebih baik aku', 'lebih baik saya', 'sebaiknya aku'], b: ['mati aja', 'mati saja', 'mati ajah', 'mati daripada', 'modar'] },
          { reach: 60, acrossSentences: 2, a: ['ngumpulin obat', 'kukumpulin obat', 'kukumpulkan obat', 'nimbun obat'], b: ['terserah', 'bodo amat', 'pasrah', 'gak bakal balik'] },
          { reach: 80, acrossSentences: 2, a: ['udah gak kuat hidup', 'sudah tidak kuat hidup', 'gak kuat lagi hidup', 'sudah kuputuskan', 'udah kuputusin', 'sudah saya putuskan'], b: ['kabari ibu saya', 'kabarin ibuku', 'kabarin mama', 'tolong kabari ibu', 'tolong kabari keluarga', 'sampaikan ke ibu saya', 'bilangin ibuku'] },
        ],
      },
    },
  },
  {
    // Things handed out or labelled for who gets what, with a dark remark («次の桜は見ないことにした», "just
    // waiting for the bus", "one-way ticket"). Either alone (終活, a will, a care-home move) stays quiet.
    name: 'an older person’s quiet goodbye seen by others: treasured things handed out, with a veiled remark',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 160, acrossSentences: 3,
        a: ['猫も人にあげ', '猫を人にあげ', '犬も人にあげ', '犬を人にあげ', 'ねこをひとにあげ', '猫をあげちゃ', '時計をくれ', 'とけいをくれ', '指輪をくれ', 'ゆびわをくれ', '付箋', 'ふせん', '誰に何を', 'だれになにを', '全部配', 'ぜんぶくば', '形見を'],
        b: ['次の桜は見ない', 'つぎのさくらはみない', '来年の桜は見ない', 'らいねんのさくらはみない', '桜は見ないことに', 'さくらはみないことに', '片道切符', 'かたみちきっぷ', 'もう帰ってこない', 'もうかえってこない', '薬はもう買わなくて', 'くすりはもうかわなくて', '薬はもういらない', 'くすりはもういらない', 'バスを待って'] }] },
      en: { pairs: [{ reach: 200, acrossSentences: 3,
        a: ['gave me his', 'gave me her', 'handed me his', 'handed me her', 'gave away his', 'gave away her', 'given away his', 'given away her', 'gave all his', 'gave all her', 'sticky notes', 'post it notes', 'post its on', 'who gets what', 'gave his cat', 'gave her cat', 'gave his dog', 'gave her dog'],
        b: ['just waiting for the bus', 'only waiting for the bus', 'one way ticket', 'wont see another spring', 'going away for good', 'wont be coming back', 'no need to buy my medicine', 'no need to buy her medicine', 'no need to buy his medicine', 'wont need my medicine', 'wont need her medicine', 'wont need his medicine'] }] },
      zh: { pairs: [{ reach: 100, acrossSentences: 3,
        a: ['把手表给', '把表给了', '手表送给', '把猫送人', '猫送人了', '猫也送人', '把狗送人', '狗送人了', '狗也送人', '首饰都给', '首饰全给', '首饰都分', '便利贴', '贴了纸条', '谁拿什么', '谁要什么'],
        b: ['等公车', '等巴士', '单程票', '不看明年的樱花', '看不到明年的樱花了', '下次的樱花不看', '再也不回来', '不会再回来', '去很远的地方', '不用再买药', '药不用买了', '药不用再买', '不用帮我买药'] }] },
      ko: { pairs: [{ reach: 120, acrossSentences: 3,
        a: ['시계를 주', '시계를 줬', '고양이를 남에게', '고양이를 줬', '강아지를 줬', '강아지를 남에게', '패물을 다', '반지를 주', '포스트잇', '누구에게 뭘'],
        b: ['버스 기다리', '편도 티켓', '편도표', '다음 벚꽃은', '내년 벚꽃은 안', '멀리 간다', '다시는 안 돌아', '약 안 사도', '약은 이제 안 사', '약은 안 사도'] }] },
      vi: { pairs: [{ reach: 160, acrossSentences: 3,
        a: ['cái đồng hồ', 'chiếc đồng hồ', 'nuôi nó giúp', 'nuôi giúp', 'cho hết nữ trang', 'cho hết vàng', 'giấy ghi chú', 'ai lấy cái gì'],
        b: ['đi xa không về', 'không về nữa', 'không quay về nữa', 'không bao giờ về', 'vé một chiều', 'đợi xe buýt', 'chờ xe buýt', 'không cần mua thuốc', 'khỏi mua thuốc', 'không phải mua thuốc'] }] },
      ne: { pairs: [{ reach: 160, acrossSentences: 3,
        a: ['ghadi diyo', 'ghadi dinubhayo', 'ghadi dinu bhayo', 'biralo arulai', 'kukur arulai', 'sabai gahana', 'gahana sabai', 'घडी दिनुभयो', 'सबै गहना'],
        b: ['bus kurdai', 'one way ticket', 'pharkera aaudina', 'farkera audina', 'ausadhi kinnu pardaina', 'aushadhi kinnu pardaina', 'फर्केर आउँदिन', 'औषधि किन्नु पर्दैन'] }] },
      tl: { pairs: [{ reach: 160, acrossSentences: 3,
        a: ['ang relo niya', 'yung relo niya', 'yung relo nya', 'binigay sa akin ang relo', 'binigay yung relo', 'pinamigay niya', 'ipinamigay niya', 'pinamigay nya', 'binigay niya yung pusa', 'sticky notes', 'kung kanino mapupunta'],
        b: ['hinihintay na lang ang bus', 'naghihintay na lang ng bus', 'one way ticket', 'hindi na babalik', 'di na babalik', 'hindi na siya babalik', 'hindi na kailangan bumili ng gamot', 'di na kailangan bumili ng gamot'] }] },
      pt: { pairs: [{ reach: 200, acrossSentences: 3,
        a: ['deu todas as joias', 'deu as joias', 'me deu o relógio', 'deu o relógio', 'deu o gato', 'deu o cachorro', 'doou o gato', 'doou o cachorro', 'post it', 'quem fica com o que', 'quem fica com cada'],
        b: ['esperando o ônibus', 'passagem só de ida', 'bilhete só de ida', 'não volta mais', 'não vai voltar mais', 'não precisa mais comprar o remédio', 'não precisa mais comprar remédio', 'não vai mais precisar do remédio', 'não precisa mais do remédio'] }] },
      id: { pairs: [{ reach: 160, acrossSentences: 3,
        a: ['memberikan jamnya', 'kasih jamnya', 'ngasih jam tangannya', 'memberi jam tangannya', 'kucingnya dikasih', 'membagikan perhiasan', 'kertas tempel', 'sticky notes', 'siapa dapat apa'],
        b: ['tinggal menunggu bus', 'tinggal nunggu bus', 'cuma nunggu bus', 'tiket sekali jalan', 'tiket satu arah', 'tidak akan kembali', 'gak akan balik', 'ga bakal balik', 'tidak perlu beli obat', 'gak usah beli obat'] }] },
    },
  },
  {
    // «Tối nào em cũng ra ban công tầng 10 đứng nhìn xuống lâu lắm»; a view enjoyed has no long stare down.
    name: 'standing at a balcony or roof edge looking down for a long time, feeling lighter',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 20, a: ['ベランダ', '屋上', 'おくじょう', '手すり', 'てすり'], b: ['下をずっと見', 'したをずっとみ', '下を長いこと', 'したをながいこと', '下を見てると楽', '下を見ると楽', 'したをみるとらく', '吸い込まれそう', 'すいこまれそう'] }] },
      en: { pairs: [{ reach: 48, a: ['balcony', 'rooftop', 'the roof', 'ledge', 'railing'], b: ['looking down for ages', 'looking down for a long time', 'staring down for', 'stare down for', 'looking down feels', 'staring down at the ground', 'stare down at the ground'] }] },
      zh: { pairs: [{ reach: 20, a: ['阳台', '顶楼', '天台', '楼顶', '栏杆'], b: ['往下看很久', '往下看好久', '往下看了很久', '往下看了好久', '一直往下看', '往下看就觉得轻松', '往下看觉得轻松'] }] },
      ko: { pairs: [{ reach: 24, a: ['베란다', '옥상', '난간'], b: ['아래를 한참', '밑을 한참', '아래를 오래', '밑을 오래', '내려다보면 편해', '한참 내려다'] }] },
      vi: { pairs: [{ reach: 40, a: ['ban công', 'sân thượng', 'tầng thượng', 'lan can'], b: ['nhìn xuống lâu', 'nhìn xuống rất lâu', 'nhìn xuống thật lâu', 'nhìn xuống thấy nhẹ'] }] },
      ne: { pairs: [{ reach: 40, a: ['balcony', 'chhat', 'bardali', 'बार्दली', 'छत'], b: ['tala herirahen', 'tala heri rahen', 'tala herda shanti', 'tala herda sajilo', 'dherai ber tala', 'धेरै बेर तल हेर', 'तल हेर्दा शान्ति'] }] },
      tl: { pairs: [{ reach: 40, a: ['balcony', 'rooftop', 'terrace', 'railing'], b: ['nakatingin sa baba nang matagal', 'tumitingin sa baba nang matagal', 'nakatitig sa baba'] }] },
      pt: { pairs: [{ reach: 40, a: ['varanda', 'sacada', 'terraço', 'laje', 'parapeito'], b: ['olhando pra baixo por muito tempo', 'olhando para baixo por muito tempo', 'fico olhando pra baixo', 'fico olhando para baixo', 'fico muito tempo olhando pra baixo'] }] },
      id: { pairs: [{ reach: 40, a: ['balkon', 'atap', 'rooftop', 'pagar pembatas'], b: ['lihat ke bawah lama', 'melihat ke bawah lama', 'menatap ke bawah lama', 'lama memandang ke bawah'] }] },
    },
  },
  {
    // «Gabi-gabi nasa balcony ako ng 8th floor, nakatingin lang sa baba»: night after night at a height, doing
    // nothing but look down. Looking down at something (the fireworks, the kids) or only afraid of heights stays quiet.
    name: 'at a balcony or roof edge doing nothing but stare down',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 20, a: ['ベランダ', '屋上', 'おくじょう', '手すり', 'てすり'], b: ['ただ下を見', 'ただしたをみ', 'ただ下を眺め', 'ただしたをながめ', 'じっと下を見', 'じっとしたをみ', 'ぼーっと下を見', 'ぼーっとしたをみ', 'ぼんやり下を見', 'ぼんやりしたをみ', '黙って下を見', 'だまってしたをみ', '下ばかり見', 'したばかりみ', '下ばっかり見', 'したばっかりみ', '下ばっか見', 'したばっかみ', '下ばかり眺め', '下ばっかり眺め'] }] },
      en: {
        pairs: [{ reach: 48, a: ['balcony', 'rooftop', 'the roof', 'ledge', 'railing'], b: ['just looking down', 'just staring down', 'just stare down', 'just look down', 'only looking down', 'doing nothing but look down', 'staring blankly down', 'keeps looking down', 'keep looking down', 'kept looking down', 'keeps staring down', 'keep staring down', 'kept staring down'] }],
        idioms: [{ reach: 48, a: ['just looking down', 'just look down', 'only looking down'], b: ['dizzy', 'scared', 'scary', 'afraid', 'vertigo', 'heights', 'nervous', 'at the fireworks', 'at the kids', 'at the children'] }],
      },
      zh: { pairs: [{ reach: 20, a: ['阳台', '顶楼', '天台', '楼顶', '栏杆'], b: ['只是往下看', '就只是往下看', '呆呆地往下看', '呆呆的往下看', '发呆往下看', '往下看发呆', '盯着下面看', '盯着楼下看', '只是看着下面', '只是盯着下面', '只是盯着楼下'] }] },
      ko: { pairs: [{ reach: 24, a: ['베란다', '옥상', '난간'], b: ['그냥 아래를 내려다', '그냥 밑을 내려다', '아래만 내려다', '밑만 내려다', '아래만 보고', '밑만 보고', '아래만 쳐다', '밑만 쳐다', '멍하니 아래를', '멍하니 밑을', '멍하게 아래를', '멍하게 밑을'] }] },
      vi: { pairs: [{ reach: 40, a: ['ban công', 'sân thượng', 'tầng thượng', 'lan can'], b: ['chỉ nhìn xuống', 'cứ nhìn xuống', 'chỉ đứng nhìn xuống', 'chỉ ngồi nhìn xuống', 'nhìn xuống dưới mãi', 'thẫn thờ nhìn xuống', 'ngẩn người nhìn xuống', 'nhìn chằm chằm xuống'] }] },
      ne: { pairs: [{ reach: 40, a: ['balcony', 'chhat', 'bardali', 'बार्दली', 'छत', 'बालकनी'], b: ['tala matra heri', 'tala matrai heri', 'तल मात्र हेर', 'तलमात्र हेर', 'tala tak lagayera', 'तल टक लगाएर', 'tala ekohoro', 'तल एकोहोरो'] }] },
      tl: { pairs: [{ reach: 40, a: ['balcony', 'balkonahe', 'rooftop', 'terrace', 'railing'], b: ['nakatingin lang sa baba', 'nakatingin lang sa ibaba', 'tumitingin lang sa baba', 'tumitingin lang sa ibaba', 'nakatitig lang sa baba', 'nakatitig lang sa ibaba', 'nakadungaw lang sa baba', 'dumudungaw lang sa baba', 'nakatulala sa baba', 'nakatulala lang sa baba'] }] },
      pt: { pairs: [{ reach: 40, a: ['varanda', 'sacada', 'terraço', 'laje', 'parapeito'], b: ['só olhando pra baixo', 'só olhando para baixo', 'fico só olhando pra baixo', 'fico só olhando para baixo', 'só fico olhando pra baixo', 'só fico olhando para baixo', 'encarando lá embaixo', 'olhando o vazio lá embaixo'] }] },
      id: { pairs: [{ reach: 40, a: ['balkon', 'atap', 'rooftop', 'pagar pembatas'], b: ['cuma lihat ke bawah', 'cuma melihat ke bawah', 'cuma ngeliatin ke bawah', 'cuma natap ke bawah', 'cuma menatap ke bawah', 'hanya melihat ke bawah', 'hanya menatap ke bawah', 'bengong lihat ke bawah', 'bengong melihat ke bawah', 'melamun melihat ke bawah', 'menatap kosong ke bawah'] }] },
    },
  },
  {
    // «一直在查哪種方法比較不會痛», "googling which pills would hurt least" («哪種藥», with 種 unfolded).
    name: 'searching which pills or way would hurt least',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 16, a: ['調べ', 'しらべ', '検索', 'けんさく', 'ググ', 'ぐぐ', 'どの薬', 'どのくすり'], b: ['一番痛くない', 'いちばんいたくない', '痛くないのはどれ', 'いたくないのはどれ', '苦しまない方法', 'くるしまないほうほう', '一番苦しくない', 'いちばんくるしくない'] }] },
      en: { pairs: [{ ordered: true, reach: 24, a: ['which pills', 'what pills', 'which tablets', 'what tablets', 'which meds', 'what meds', 'searching which', 'googling which', 'looking up which', 'googling what'], b: ['hurt least', 'hurts least', 'hurt the least', 'hurts the least', 'least painful', 'wouldnt hurt', 'painless'] }] },
      zh: { pairs: [{ ordered: true, reach: 10, a: ['查哪种药', '查哪種药', '查什么药', '搜哪种药', '搜哪種药', '查哪种方法', '查哪種方法', '查什么方法', '哪种安眠药', '哪種安眠药', '哪种死法', '哪種死法'], b: ['不会痛', '不痛苦', '最不痛', '没有痛苦', '没痛苦', '比较不痛', '睡着不醒', '睡著不醒', '睡着就不醒', '睡著就不醒', '睡了不醒', '不会醒', '不會醒', '醒不来', '醒不過來', '醒不过来', '一睡不醒', '致死', '才会死', '才會死'] }] },
      ko: { pairs: [{ reach: 20, a: ['검색', '찾아보', '알아보', '어떤 약', '무슨 약'], b: ['제일 안 아픈', '가장 안 아픈', '덜 아픈 방법', '안 아픈 방법', '고통 없는 방법', '고통없는 방법'] }] },
      vi: { pairs: [{ reach: 24, a: ['tìm hiểu', 'tra google', 'tra mạng', 'lên mạng tìm', 'search', 'thuốc nào', 'cách nào'], b: ['ít đau nhất', 'đau ít nhất', 'không đau nhất', 'đỡ đau đớn nhất'] }] },
      ne: { pairs: [{ reach: 20, a: ['kun aushadhi', 'kun ausadhi', 'kun chakki', 'kun tarika', 'कुन औषधि', 'कुन तरिका'], b: ['sabai bhanda kam dukhne', 'kam dukhne', 'nadukhne', 'सबैभन्दा कम दुख्ने', 'नदुख्ने'] }] },
      tl: { pairs: [{ ordered: true, reach: 24, a: ['anong gamot', 'aling gamot', 'anong pills', 'nagsesearch', 'nag search', 'hinahanap ko kung'], b: ['pinaka hindi masakit', 'pinakahindi masakit', 'hindi gaanong masakit', 'di gaano masakit', 'pinaka di masakit'] }] },
      pt: { pairs: [{ ordered: true, reach: 24, a: ['qual remédio', 'quais remédios', 'qual comprimido', 'quais comprimidos', 'pesquisando qual', 'procurando qual', 'pesquisei qual', 'pesquisando quais'], b: ['dói menos', 'doa menos', 'menos doloroso', 'menos dolorosa'] }] },
      id: { pairs: [{ ordered: true, reach: 24, a: ['obat apa', 'obat mana', 'nyari cara', 'mencari cara', 'googling', 'searching', 'cari di internet'], b: ['paling tidak sakit', 'paling gak sakit', 'paling ga sakit', 'paling nggak sakit', 'paling tidak menyakitkan'] }] },
    },
  },
  {
    // Typed fast: "i just wanna disapear", «죽고 십다», «qria sumir», «pngen mati», «gsto q n mwla».
    name: 'a wish to die or disappear, misspelt or in text-speak',
    signal: 'suicide',
    words: {
      ja: { say: ['shinitaii', 'kietaii', 'shinitee', 'kietee', 'しにたぃ', 'きえたぃ'] },
      en: { pairs: [{ ordered: true, reach: 8, a: ['wanna', 'want to', 'wish i could', 'i should', 'i could just', 'id rather', 'i just'], b: ['disapear', 'dissapear', 'dissappear', 'disappeer', 'disapper', 'dissaper', 'dissapper', 'disappaer', 'disapeer'] }] },
      zh: { say: ['想消失了啦', '好想消失啊', '好想死喔', '好想死ㄛ', '想4了', '好想4'] },
      ko: { pairs: [{ ordered: true, reach: 2, a: ['죽고', '사라지고', '없어지고', '죽어버리고', '사라져버리고'], b: ['십다', '십어', '십음', '십네', '십당', '시퍼', '시포', '싶댜', '십어요'] }] },
      vi: { say: ['mún chết', 'mún biến mất'] },
      ne: { pairs: [{ ordered: true, reach: 4, a: ['marna', 'maarna', 'harauna', 'haraauna', 'mari dina'], b: ['mn$', 'mn lag', 'mn xa', 'mn cha', 'mn chha'] }] },
      tl: { pairs: [{ ordered: true, reach: 10, a: ['gsto ko', 'gsto q', 'gusto q', 'gus2 ko', 'gsto k', 'sna', 'sana'], b: ['mwla', 'mawla', 'mmatay', 'mwala na', 'mwala nlng', 'mamatay nlng', 'mamatay n lng'] }] },
      pt: { pairs: [{ ordered: true, reach: 6, a: ['quero', 'qro', 'qero', 'kero', 'queria', 'qria', 'qeria', 'keria', 'vontade de'], b: ['sumir$', 'sumi$', 'morrer$', 'morre$', 'desaparecer$', 'disaparecer'] }], idioms: ['morrer de rir', 'morrer de vergonha', 'sumir com', 'morrer de fome', 'morrer de saudade'] },
      id: { pairs: [{ ordered: true, reach: 4, a: ['pengen', 'pngen', 'pgn', 'pgen', 'pngn', 'pingin', 'pengin'], b: ['mati$', 'mati aja', 'mati ajah', 'ngilang', 'ilang aja', 'ilang dr dunia', 'menghilang'] }] },
    },
  },
  {
    // «maglakad papunta sa dagat at hindi na bumalik», "walk into the sea and never come back": the sea,
    // a river or the cliffs, and not coming back (the Japanese, Chinese, Korean and Indonesian forms are
    // in the cover-story concept above); a baby or the children left with someone first.
    name: 'walking to the sea, a river or the cliffs and not coming back; the baby left with its father for good',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: true, a: ['あかちゃんをおいて', '赤ちゃんを置いて', 'この子をおいて', 'この子を置いて', 'うみまであるい', '海まで歩い', 'うみにはいって', '海に入って'], b: ['もう帰らない', 'もうかえらない', '二度と帰らない', 'にどとかえらない', '戻らないつもり', 'もどらないつもり', 'きえたい', '消えたい', 'いなくなりたい'] }] },
      en: { pairs: [{ reach: 40, a: ['to the sea', 'into the sea', 'to the ocean', 'into the ocean', 'into the water', 'into the river', 'to the river', 'to the cliffs', 'off the pier', 'leave the baby with', 'leave her with my husband', 'leave him with my husband'], b: ['never come back', 'not come back', 'not coming back', 'never coming back', 'never return', 'keep walking', 'just keep going', 'and disappear', 'and vanish'] }] },
      zh: { pairs: [{ reach: 20, a: ['走进海', '走進海', '走到海', '走向大海', '走进河', '走進河', '海里去', '把孩子留给', '把宝宝留给', '把寶寶留給'], b: ['不回来', '不回來', '再也不回', '一直走下去', '消失'] }] },
      ko: { pairs: [{ reach: 30, a: ['바다로 걸어', '바다까지 걸어', '강으로 걸어', '아기를 남편에게 맡기고', '아기를 두고'], b: ['안 돌아오', '돌아오지 않', '다시는 안', '사라지고'] }] },
      vi: { pairs: [{ reach: 40, a: ['ra biển', 'xuống biển', 'ra bờ biển', 'ra sông', 'xuống sông', 'để con lại cho', 'bỏ con lại cho'], b: ['không quay về', 'không quay lại', 'không bao giờ quay', 'không về nữa', 'không trở về', 'không trở lại', 'đi mãi', 'biến mất'] }] },
      ne: { pairs: [{ reach: 40, a: ['समुद्र', 'नदीमा', 'खोलामा', 'samudra', 'nadi ma', 'khola ma', 'बच्चालाई छोडेर', 'bachha lai chhodera'], b: ['नफर्कि', 'फर्किन्न', 'नफर्कने', 'कहिल्यै नफर्क', 'farkinna', 'pharkinna', 'nafarki', 'napharki', 'हराउन', 'harauna'] }] },
      tl: { pairs: [{ reach: 40, a: ['sa dagat', 'papuntang dagat', 'sa ilog', 'sa bangin', 'iwan na lang siya', 'iwan ko na lang siya', 'iwan si baby'], b: ['hindi na bumalik', 'di na bumalik', 'hindi na babalik', 'di na babalik', 'hindi na uuwi', 'di na uuwi', 'mawala na lang', 'maglaho'] }] },
      pt: { pairs: [{ reach: 40, a: ['o mar', 'pro mar', 'no mar', 'o rio', 'pro rio', 'no rio', 'deixar o bebê com', 'deixar o neném com', 'deixar a bebê com'], b: ['não voltar mais', 'nao voltar mais', 'nunca mais voltar', 'não voltar nunca', 'e não voltar', 'e nao voltar', 'sem voltar', 'sumir'] }] },
      id: { pairs: [{ reach: 40, a: ['ke laut', 'ke sungai', 'ninggalin bayi', 'meninggalkan bayi', 'titip bayi ke suami'], b: ['gak balik lagi', 'tidak kembali lagi', 'tidak pernah kembali', 'nggak balik', 'ga balik', 'menghilang'] }] },
    },
  },
  {
    // «o neném merecia uma mãe melhor e que logo logo ia ter uma»: a mother who says her baby deserves a
    // better or another mother (a worry new mothers often voice, quiet alone) AND that it will soon have one.
    name: 'a new mother: the baby deserves a better mother and will soon have one',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ ordered: true, reach: 24, acrossSentences: true, a: ['もっといいママ', 'もっといいまま', 'もっといいおかあさん', 'もっといいお母さん', 'もっといい母親', 'べつのおかあさん', '別のお母さん', 'ちゃんとしたママ', 'ちゃんとしたお母さん'], b: ['もうすぐ', 'すぐにできる', 'ちかいうちに', '近いうちに', 'できるから', 'ができるよ'] }] },
      en: { pairs: [{ ordered: true, reach: 40, a: ['better mother', 'better mom', 'better mum', 'another mother', 'another mom', 'another mum', 'a real mother', 'a proper mum'], b: ['will soon have', 'soon have one', 'have one soon', 'get one soon', 'soon she will', 'soon he will', 'wont be long', 'very soon'] }] },
      zh: { pairs: [{ ordered: true, reach: 16, a: ['更好的妈妈', '更好的媽媽', '更好的母亲', '更好的母親', '别的妈妈', '別的媽媽', '新妈妈', '新媽媽'], b: ['很快就会有', '很快就會有', '马上就会有', '馬上就會有', '很快会有', '很快會有', '快有了', '就要有了'] }] },
      ko: { pairs: [{ ordered: true, reach: 20, a: ['더 좋은 엄마', '더 나은 엄마', '좋은 엄마를 만날', '다른 엄마', '새엄마'], b: ['곧 생길', '곧 생겨', '곧 만날', '곧 있을', '곧 가질', '머지않아'] }] },
      vi: { pairs: [{ ordered: true, reach: 32, a: ['người mẹ tốt hơn', 'mẹ tốt hơn', 'người mẹ khác', 'mẹ khác'], b: ['sắp có', 'sẽ sớm có', 'sớm thôi', 'sẽ có thôi', 'rồi sẽ có', 'sắp được'] }] },
      ne: { pairs: [{ ordered: true, reach: 32, a: ['राम्रो आमा', 'अर्को आमा', 'असल आमा', 'ramro aama', 'ramro ama', 'arko aama', 'arko ama'], b: ['चाँडै', 'छिट्टै', 'chadai', 'chaadai', 'chhittai', 'chittai'] }] },
      tl: { pairs: [{ ordered: true, reach: 32, a: ['mas mabuting nanay', 'mas mabuting ina', 'mas mabait na nanay', 'ibang nanay', 'ibang ina', 'better mom', 'better na nanay'], b: ['malapit na', 'magkakaroon na', 'magkakaroon din', 'soon', 'di magtatagal', 'hindi magtatagal'] }] },
      pt: { pairs: [{ ordered: true, reach: 32, a: ['mãe melhor', 'mae melhor', 'outra mãe', 'outra mae', 'mãe de verdade'], b: ['logo logo', 'logo vai ter', 'logo ia ter', 'logo terá', 'em breve', 'vai ter uma', 'ia ter uma', 'vai ganhar uma'] }] },
      id: { pairs: [{ ordered: true, reach: 32, a: ['ibu yang lebih baik', 'ibu yg lebih baik', 'mama yang lebih baik', 'ibu lain', 'mama lain'], b: ['sebentar lagi', 'segera punya', 'nanti juga punya', 'akan punya', 'bakal punya', 'bentar lagi'] }] },
    },
  },
  {
    // «妈妈累了，想去找你外婆了» (grandma died last year): going to a grandparent or parent who has died.
    name: 'going to a grandmother, grandfather or parent who has died',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: true, pastDeath: 'b',
        a: ['おばあちゃん', 'おじいちゃん', 'ばあちゃん', 'じいちゃん', 'お母さん', 'おかあさん', 'お父さん', 'おとうさん', '祖母', '祖父', '母', '父'].flatMap((k) => ['に会いに行きたい', 'にあいにいきたい', 'に会いにいきたい', 'に会いに行こう', 'にあいにいこう', 'のところに行こう', 'のところにいこう', 'のところに行きたい', 'のところにいきたい'].map((go) => `${k}${go}`)),
        b: ['亡くな', 'なくな', '死んだ', 'しんだ', '他界', '天国', 'てんごく'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, pastDeath: 'b', a: ['go to grandma', 'go to grandpa', 'see grandma', 'see grandpa', 'see your grandma', 'see your grandpa', 'be with grandma', 'be with grandpa', 'be with your grandma', 'be with your grandpa'], b: ['died', 'passed away', 'passed last', 'since she passed', 'since he passed', 'funeral'] }], idioms: ['grandmas grave', 'grandpas grave', 'grandmas house', 'grandpas house'] },
      zh: { pairs: [{ reach: 40, acrossSentences: true, pastDeath: 'b',
        a: ['去找', '去陪', '去见', '去見'].flatMap((go) => ['你外婆', '你外公', '你奶奶', '你爷爷', '你爺爺', '你姥姥', '你姥爷', '外婆', '外公', '奶奶', '爷爷', '爺爺', '姥姥', '我妈', '我媽', '我爸', '你爸', '你妈', '你媽'].map((k) => `${go}${k}`)),
        b: ['去年走', '走了', '走的', '去世', '过世', '過世', '不在了', '离世', '離世', '没了', '沒了', '天上'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: true, pastDeath: 'b', a: ['할머니한테 가', '할머니께 가', '할머니 곁으로', '할머니 보러 가', '할아버지한테 가', '할아버지 곁으로', '할아버지 보러 가', '엄마한테 가고', '아빠한테 가고', '엄마 곁으로', '아빠 곁으로'], b: ['돌아가셨', '돌아가신', '세상을 떠나', '세상을 떠난', '작년에 가셨', '하늘나라'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, pastDeath: 'b', a: ['đi gặp bà', 'đi gặp ông', 'đi tìm bà', 'đi tìm ông', 'đi gặp mẹ', 'đi gặp bố', 'đi gặp ba', 'đi với bà', 'đi với ông', 'xuống với bà', 'xuống với ông', 'về với bà', 'về với ông'], b: ['mất năm', 'mất rồi', 'đã mất', 'qua đời', 'mất từ', 'đã khuất'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, pastDeath: 'b', a: ['हजुरआमाकहाँ जान', 'हजुरआमालाई भेट्न', 'हजुरबाकहाँ जान', 'हजुरबालाई भेट्न', 'आमाकहाँ जान', 'बुबाकहाँ जान', 'hajurama kaha jana', 'hajuraama kaha jaana', 'hajuramalai bhetna', 'hajuraamalai bhetna', 'hajurbalai bhetna', 'aama kaha jana'], b: ['बित्नुभयो', 'बितेको', 'मर्नुभयो', 'स्वर्गीय', 'bitnu bhayo', 'bitnubhayo', 'biteko', 'swargiya'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, pastDeath: 'b', a: ['puntahan si lola', 'puntahan ko na si lola', 'sumama kay lola', 'sumunod kay lola', 'puntahan si lolo', 'sumama kay lolo', 'sumunod kay lolo', 'sumama kay nanay', 'sumama kay mama', 'sumama kay papa', 'sumama kay tatay'], b: ['namatay', 'pumanaw', 'yumao', 'namayapa', 'patay na', 'sa langit'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, pastDeath: 'b', a: ['ir ver a vó', 'ir ver a vovó', 'ir ver sua avó', 'ir ver tua avó', 'ir encontrar a vó', 'ir encontrar sua avó', 'ir pra junto da vó', 'ir ver o vô', 'ir ver o vovô', 'ir ver seu avô', 'ir encontrar seu avô', 'ir encontrar minha mãe', 'ir encontrar meu pai', 'ir ver minha mãe', 'ir ver meu pai'], b: ['morreu', 'faleceu', 'falecida', 'falecido', 'se foi', 'no céu'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, pastDeath: 'b', a: ['ketemu nenek', 'ketemu kakek', 'menemui nenek', 'menemui kakek', 'nemuin nenek', 'nemuin kakek', 'ketemu almarhum', 'ketemu ibu di sana', 'ke tempat nenek di sana'], b: ['meninggal', 'wafat', 'berpulang', 'almarhum', 'almarhumah', 'udah gak ada', 'sudah tidak ada'] }] },
    },
  },
  {
    // «pinamimigay niya yung mga gamit niya … 'di ko na kailangan yan, wala na rin namang maghahanap sa
    // akin'»: someone ELSE giving her things away, and "nobody will come looking for me".
    name: 'nobody will look for me; someone else giving her things away because she will not need them',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 80, acrossSentences: 2, a: ['だれもさがさない', '誰も探さない', 'だれもさがしにこない', '誰も探しに来ない', 'さがすひともいない', '探す人もいない'], b: ['いらない', 'つかわない', '使わない', 'くばって', '配って', 'つかれた', '疲れた'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 2, a: ['nobody will look for me', 'no one will look for me', 'nobody will come looking for me', 'no one will come looking for me', 'nobody would look for me', 'no one would look for me'], b: ['wont need', 'giving away', 'gave away', 'tired of', 'so tired'] },
        { reach: 60, acrossSentences: true, a: ['giving away all her', 'giving away all his', 'gave away all her', 'gave away all his', 'giving away everything', 'gave away everything', 'giving all her things away', 'giving all his things away'], b: ['wont need them', 'will not need them', 'wont be needing', 'nobody will miss', 'nobody will look'] }] },
      zh: { pairs: [{ reach: 80, acrossSentences: 2, a: ['没人会找我', '沒人會找我', '不会有人找我', '不會有人找我', '没有人会找我', '沒有人會找我'], b: ['用不上', '用不着', '送人', '累了', '不需要了'] }] },
      ko: { pairs: [{ reach: 80, acrossSentences: 2, a: ['아무도 날 찾지 않', '아무도 나를 찾지 않', '찾을 사람도 없'], b: ['필요 없', '나눠', '지쳤', '지쳐'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2, a: ['không ai tìm tôi đâu', 'không ai tìm em đâu', 'chẳng ai tìm tôi', 'chẳng ai tìm em', 'cũng không ai tìm'], b: ['không cần nữa', 'cho hết', 'tặng hết', 'mệt mỏi', 'mệt rồi'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2, a: ['कसैले खोज्दैन', 'मलाई कसैले खोज्दैन', 'kasaile khojdaina', 'malai kasaile khojdaina'], b: ['चाहिँदैन', 'चाहिदैन', 'chahidaina', 'थाकें', 'thake'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2, a: ['wala nang maghahanap sa akin', 'wala na rin namang maghahanap sa akin', 'wala namang maghahanap sa akin', 'walang maghahanap sa akin', 'wala nang maghahanap sakin', 'walang maghahanap sakin'], b: ['di ko na kailangan', 'hindi ko na kailangan', 'pinamimigay', 'pinamigay', 'ipinamigay', 'pagod na'] },
        { reach: 60, acrossSentences: true, a: ['pinamimigay niya', 'pinamimigay nya', 'ipinamimigay niya', 'namimigay siya', 'pinamigay niya', 'ipinamigay niya', 'binibigay niya lahat'], b: ['di ko na kailangan', 'hindi ko na kailangan', 'di na niya kailangan', 'hindi na niya kailangan'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2, a: ['ninguém vai me procurar', 'ninguem vai me procurar', 'ninguém vai sentir falta', 'ninguém ia me procurar'], b: ['não vou mais precisar', 'não preciso mais', 'deu as', 'doou', 'cansada de', 'cansado de'] },
        { reach: 60, acrossSentences: true, a: ['deu as roupas dela', 'deu todas as coisas', 'deu as coisas dela', 'doou as coisas dela', 'doou tudo', 'distribuiu as coisas', 'está dando as coisas', 'tá dando as coisas'], b: ['não vai mais precisar', 'não vai precisar', 'não precisa mais', 'mãe melhor', 'logo logo'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2, a: ['tidak ada yang akan mencari aku', 'tidak ada yang akan mencari saya', 'gak ada yang nyariin aku', 'nggak ada yang nyari aku', 'ga ada yang nyariin'], b: ['gak butuh lagi', 'tidak butuh lagi', 'tidak perlu lagi', 'bagiin', 'membagikan', 'capek', 'lelah'] }] },
    },
  },
  {
    // «kung tumalon kaya ako sa 荒川, may makakapansin kaya? joke lang», "checked how high the balcony on the 12th floor is".
    name: 'if I jumped, would anyone notice; a Japanese river by name; checking how high my balcony or floor is',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { reach: 16, acrossSentences: 1, a: ['飛び込んだら', 'とびこんだら', '飛び降りたら', 'とびおりたら'], b: ['気づくかな', 'きづくかな', '悲しむかな', 'かなしむかな', '誰か気づ', 'だれかきづ'] },
        { reach: 12, a: ['ベランダ', 'べらんだ', '屋上', 'おくじょう', '階の'], b: ['高さを確か', 'たかさをたしか', '高さを見に', 'たかさをみに'] },
      ] },
      en: { pairs: [
        { reach: 48, acrossSentences: 1, a: ['if i jumped', 'if i jump$', 'if i threw myself'], b: ['anyone notice', 'anybody notice', 'anyone care', 'anyone miss', 'anyone even'] },
        { reach: 40, a: ['checked how high', 'check how high', 'checking how high', 'see how high', 'saw how high'], b: ['balcony', 'floor', 'roof', 'veranda', 'bridge', 'building'] },
        { ordered: true, reach: 24, a: ['if i jump', 'throw myself into', 'i jumped into'], b: ['gawa$', 'kawa$', '川'] },
      ] },
      zh: { pairs: [
        // an attempt told, then the next one planned where no one finds them («下次会揀个冇人发现嘅地方»)
        { reach: 60, acrossSentences: 1, a: ['安眠药', '洗胃', '自杀', '割腕', '跳楼', '烧炭', '寻死', '吞药', '食药'], b: ['冇人发现嘅地方', '冇人发现的地方', '没人发现的地方', '没有人发现的地方', '不会被发现的地方', '不会被人发现', '唔会俾人发现', '冇人会发现', '冇人搵到嘅地方', '没人找得到的地方', '下次会成功', '下次一定成功', '下次唔会失手', '下次不会失手'] },
        { reach: 12, acrossSentences: 1, a: ['如果我跳', '要是我跳', '我跳落', '我跳下去'], b: ['有人发现', '有人注意', '会不会有人', '有人在乎', '有冇人', '会唔会有人'] },
        { ordered: true, reach: 3, a: ['跳进', '跳落', '跳入', '跳下'], b: ['川'] },
        { ordered: true, reach: 8, a: ['去看', '看了', '看看', '睇下', '睇咗'], b: ['阳台有多高', '露台有几高', '天台有多高', '楼顶有多高', '有几层高'] },
      ] },
      ko: { pairs: [
        { reach: 24, acrossSentences: 1, a: ['뛰어내리면', '뛰어들면'], b: ['알아챌', '알아차릴', '눈치챌', '아무도 모를'] },
        { reach: 16, a: ['베란다', '옥상'], b: ['높이를 확인', '얼마나 높은지'] },
        { ordered: true, reach: 10, a: ['川', '가와'], b: ['뛰어들', '뛰어내릴'] },
      ] },
      vi: { pairs: [
        { reach: 32, acrossSentences: 1, a: ['nếu tôi nhảy', 'nếu mình nhảy', 'nếu em nhảy'], b: ['có ai để ý', 'có ai biết', 'ai nhận ra', 'có ai buồn'] },
        { reach: 24, a: ['ban công', 'sân thượng'], b: ['xem cao bao nhiêu', 'xem độ cao'] },
        { ordered: true, reach: 12, a: ['nhảy xuống', 'nhảy vào'], b: ['川', 'gawa', 'kawa'] },
      ] },
      ne: { pairs: [
        { reach: 40, acrossSentences: 1, a: ['हाम फालें भने', 'हाम फाले भने', 'haam faale bhane', 'ham fale bhane'], b: ['कसैले थाहा', 'कसैलाई फरक', 'kasaile thaha', 'kasailai farak'] },
        { reach: 24, a: ['बालकनी', 'balcony', 'छत'], b: ['कति अग्लो छ हेर', 'कति अग्लो रहेछ', 'kati aglo rahechha'] },
        { ordered: true, reach: 16, a: ['川', 'gawa', 'kawa'], b: ['हाम', 'haam'] },
      ] },
      tl: { pairs: [
        { reach: 48, acrossSentences: 1, a: ['kung tumalon', 'kung tatalon', 'pag tumalon', 'kung mawala kaya ako'], b: ['may makakapansin', 'may makapansin', 'may mapapansin', 'may pakialam', 'walang makakapansin'] },
        { ordered: true, reach: 16, a: ['tumalon ako', 'tumalon kaya ako', 'tatalon ako'], b: ['川', 'gawa$', 'kawa$', 'ilog'] },
        { reach: 40, a: ['kung gaano kataas'], b: ['balcony', 'balkonahe', 'palapag', 'rooftop', 'bubong'] },
      ] },
      pt: { pairs: [
        { reach: 40, acrossSentences: 1, a: ['se eu pulasse', 'se eu pular', 'se eu me jogasse', 'se eu me jogar'], b: ['alguém ia perceber', 'alguém perceberia', 'alguém ia notar', 'alguém notaria', 'alguém ia sentir falta'] },
        { reach: 24, a: ['sacada', 'varanda', 'andar', 'terraço'], b: ['ver a altura', 'vi a altura', 'ver qual a altura', 'ver quão alto'] },
        { ordered: true, reach: 16, a: ['pular no', 'me jogar no'], b: ['川', 'gawa$', 'kawa$'] },
      ] },
      id: { pairs: [
        { reach: 40, acrossSentences: 1, a: ['kalau aku lompat', 'kalau saya lompat', 'kalau aku terjun', 'kalau saya terjun', 'kalo aku lompat'], b: ['ada yang sadar', 'ada yang nyadar', 'ada yang peduli', 'ada yang tahu'] },
        { reach: 24, a: ['balkon', 'lantai', 'atap'], b: ['cek seberapa tinggi', 'lihat seberapa tinggi', 'cek ketinggian'] },
        { ordered: true, reach: 16, a: ['lompat ke', 'terjun ke', 'nyebur ke'], b: ['川', 'gawa$', 'kawa$'] },
      ] },
    },
  },
  {
    name: 'tell my family I really tried',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 12, a: ['伝えて', 'つたえて'], b: ['頑張ったって', 'がんばったって', '頑張ったと', 'がんばったと'] }] },
      en: { pairs: [{ reach: 32, a: ['tell my sis', 'tell my bro', 'tell my mo', 'tell my da', 'tell my fam', 'tell my par', 'tell my wi', 'tell my hus', 'tell my ki', 'tell mum', 'tell mom'], b: ['i really tried', 'i tried my best', 'that i tried', 'i tried so hard'] }] },
      zh: { pairs: [{ reach: 12, a: ['告诉我', '跟我', '同我', '话俾', '转告'], b: ['我真的努力过', '我真的尽力了', '我已经尽力了', '尽咗力'] }] },
      ko: { pairs: [{ reach: 20, a: ['전해 줘', '전해줘', '전해 주세요', '전해주세요'], b: ['정말 노력했다고', '최선을 다했다고'] }] },
      vi: { pairs: [{ reach: 32, a: ['nói với', 'nhắn với', 'bảo'], b: ['đã cố gắng', 'đã cố hết sức'] }] },
      ne: { pairs: [{ reach: 32, a: ['भनिदिनू', 'भनिदिनु', 'bhanidinu'], b: ['मैले धेरै प्रयास गरें', 'मैले कोसिस गरें', 'maile kosis gare'] }] },
      tl: { pairs: [{ reach: 32, a: ['sabihin mo', 'pakisabi', 'paki sabi'], b: ['sinubukan ko talaga', 'ginawa ko ang lahat', 'nagsikap ako'] }] },
      pt: { pairs: [{ reach: 32, a: ['diga', 'diz pra', 'fala pra', 'avisa'], b: ['que eu tentei', 'eu tentei de verdade', 'que eu me esforcei', 'que fiz o possível'] }] },
      id: { pairs: [{ reach: 32, a: ['bilang ke', 'sampaikan ke', 'bilangin'], b: ['sudah berusaha', 'sudah mencoba'] }] },
    },
  },
  {
    // «啲嘢我已經執好晒，隻貓都托咗朋友照顧，應該冇咩要交代喇»; packing for a trip or a move closes the case.
    name: 'things all packed, the pet left with a friend, and no point left or nothing more to say',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 80, acrossSentences: 2, farewell: true, a: ['荷物をまとめ', 'にもつをまとめ', '全部片付け', 'ぜんぶかたづけ', '友達に預け', 'ともだちにあずけ', '託した', 'たくした'], b: ['言い残すこと', 'いいのこすこと', '何の意味', 'なんのいみ'] }] },
      en: { pairs: [{ reach: 120, acrossSentences: 2, farewell: true, a: ['packed everything', 'packed up everything', 'everything is packed', 'left the cat with', 'left my cat with', 'left the dog with', 'left my dog with'], b: ['nothing left to say', 'nothing more to say', 'nothing left to explain', 'no point anymore'] }] },
      zh: {
        say: ['唔知仲有咩意义', '活落去仲有咩意义'],
        pairs: [{ reach: 60, acrossSentences: 2, farewell: true, a: ['执好晒', '收拾好晒', '收拾好了', '整理好了', '托咗', '托了朋友', '托付给'], b: ['仲有咩意义', '有什么意义', '没什么要交代', '冇咩要交代', '没有什么要交代'] }],
      },
      ko: { pairs: [{ reach: 80, acrossSentences: 2, farewell: true, a: ['짐을 다', '짐 다 정리', '다 정리해 놨', '친구에게 맡', '친구한테 맡'], b: ['무슨 의미가 있', '더 할 말도 없', '남길 말도 없'] }] },
      vi: { pairs: [{ reach: 100, acrossSentences: 2, farewell: true, a: ['dọn dẹp xong hết', 'thu dọn hết đồ', 'gửi con mèo cho', 'gửi mèo cho', 'gửi chó cho'], b: ['còn ý nghĩa gì', 'không còn gì để nói', 'không còn gì để dặn'] }] },
      ne: { pairs: [{ reach: 100, acrossSentences: 2, farewell: true, a: ['सामान मिलाइसकें', 'साथीलाई जिम्मा', 'saman milaisake', 'saathi lai jimma'], b: ['के अर्थ', 'कुनै अर्थ छैन', 'ke artha', 'kunai artha chhaina'] }] },
      tl: { pairs: [{ reach: 100, acrossSentences: 2, farewell: true, a: ['naimpake ko na', 'nakaimpake na lahat', 'iniwan ko na ang pusa', 'ipinaalaga ko na ang', 'pinaalaga ko na ang'], b: ['ano pang saysay', 'wala nang saysay', 'wala na akong sasabihin'] }] },
      pt: { pairs: [{ reach: 100, acrossSentences: 2, farewell: true, a: ['arrumei todas as minhas coisas', 'já arrumei tudo', 'deixei o gato com', 'deixei o cachorro com', 'deixei meu gato com', 'deixei meu cachorro com'], b: ['qual o sentido', 'que sentido tem', 'não faz mais sentido', 'nada mais a dizer'] }] },
      id: { pairs: [{ reach: 100, acrossSentences: 2, farewell: true, a: ['sudah beres semua barang', 'barang sudah dikemas', 'kucing sudah kutitipkan', 'titip kucing ke', 'nitip kucing ke'], b: ['apa artinya lagi', 'tidak ada artinya', 'gak ada artinya', 'tidak ada yang perlu dijelaskan'] }] },
    },
  },
  {
    // «限動寫「謝謝大家這一年，再見了」，之後就一直已讀不回».
    name: 'a post saying goodbye to everyone, then read and no reply',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2, a: ['みんなさようなら', 'みんなさよなら', 'さようなら', 'さよなら'], b: ['既読無視', 'きどくむし', '既読スルー', 'きどくするー', '既読のまま', 'きどくのまま', '電話に出ない', 'でんわにでない'] }] },
      en: { pairs: [{ reach: 120, acrossSentences: 2, a: ['goodbye everyone', 'bye everyone', 'goodbye all', 'goodbye guys', 'this year goodbye'], b: ['left on read', 'seen but no reply', 'read but no reply', 'not replying since', 'hasnt replied since', 'no reply since', 'phone off since'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2, a: ['再见了', '永别', '拜拜了'], b: ['已读不回', '一直不回', '联系不上', '打不通', '不接电话', '冇回覆', '唔听电话'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2, a: ['다들 고마웠', '모두 고마웠', '다들 안녕', '모두 안녕'], b: ['읽씹', '답이 없', '답장이 없', '연락이 안 ', '전화를 안 받'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2, a: ['tạm biệt mọi người', 'vĩnh biệt', 'tạm biệt tất cả'], b: ['không trả lời', 'không liên lạc được', 'không nghe máy', 'không rep'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2, a: ['अलविदा', 'सबैलाई बिदा', 'alvida'], b: ['जवाफ दिएको छैन', 'रिप्लाई छैन', 'फोन उठाउँदैन', 'reply chaina', 'reply gardaina', 'phone uthaudaina'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2, a: ['paalam sa inyong lahat', 'paalam sa lahat', 'paalam na', 'goodbye everyone'], b: ['seen lang', 'seenzone', 'hindi na sumasagot', 'di na sumasagot', 'hindi na nagrereply', 'hindi makontak'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2, a: ['adeus', 'tchau pra todos', 'tchau a todos'], b: ['visualizou e não respondeu', 'não responde mais', 'não respondeu mais', 'não atende', 'deixou no vácuo'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2, a: ['selamat tinggal', 'pamit ya semua', 'pamit semuanya'], b: ['cuma di read', 'cuma dibaca', 'tidak membalas', 'gak bales', 'ga bales', 'tidak bisa dihubungi', 'gak bisa dihubungi'] }] },
    },
  },
  {
    // «se um dia eu sumir, é pra ela ficar com meu carro e cuidar do Thor» (disappear, not die: a will is ordinary).
    name: 'if I ever disappear, she keeps my car and looks after my dog',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 30, a: ['私が消えたら', 'わたしがきえたら', '僕が消えたら', 'ぼくがきえたら', 'いつか消えたら', 'いつかきえたら'], b: ['車は', 'くるまは', '犬を', 'いぬを', '猫を', 'ねこを', 'の面倒', 'のめんどう'] }] },
      en: { pairs: [{ reach: 40, a: ['if i ever disappear', 'if i disappear', 'if i vanish', 'if i ever vanish', 'if i go missing'], b: ['keep my', 'have my', 'take my', 'look after my', 'take care of my'] }] },
      zh: { pairs: [{ reach: 20, a: ['哪天我消失', '我哪天消失', '有一天我消失', '有一日我唔见', '如果我消失'], b: ['车给', '我的车', '帮我照顾', '照顾我的', '我架车', '狗', '猫'] }] },
      ko: { pairs: [{ reach: 30, a: ['내가 사라지면', '내가 없어지면'], b: ['차는', '내 차', '고양이', '강아지'] }] },
      vi: { pairs: [{ reach: 40, a: ['nếu một ngày tôi biến mất', 'nếu tôi biến mất', 'nếu em biến mất', 'nếu mình biến mất'], b: ['giữ xe', 'lấy xe', 'con chó', 'con mèo'] }] },
      ne: { pairs: [{ reach: 40, a: ['म हराएँ भने', 'म हराए भने', 'ma harae bhane', 'ma haraye bhane'], b: ['गाडी', 'कुकुर', 'बिरालो', 'gaadi', 'gadi', 'kukur', 'biralo'] }] },
      tl: { pairs: [{ reach: 40, a: ['kung mawala ako', 'pag nawala ako', 'kapag nawala ako', 'sakaling mawala ako'], b: ['sa kanya na ang', 'sayo na ang', 'kotse ko', 'alagaan mo si', 'alagaan ang aso', 'alagaan ang pusa'] }] },
      pt: { pairs: [{ reach: 40, a: ['se um dia eu sumir', 'se eu sumir', 'caso eu suma', 'se eu desaparecer'], b: ['ficar com meu', 'fica com meu', 'ficar com minha', 'cuidar do', 'cuidar da', 'cuida do'] }] },
      id: { pairs: [{ reach: 40, a: ['kalau aku hilang', 'kalau saya hilang', 'kalau aku menghilang', 'kalau saya menghilang'], b: ['mobilku', 'motorku', 'mobil saya', 'motor saya', 'rawat kucing', 'rawat anjing', 'jaga kucing'] }] },
    },
  },
  {
    // «在站台等电车…要是哪天我往前多走一步，大家应该都会松一口气吧».
    name: 'waiting on the platform and one step further forward; everyone relieved',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['ホーム', 'ほーむ', '線路', 'せんろ', '電車を待', 'でんしゃをま'], b: ['一歩前に', 'いっぽまえに', '一歩前へ', 'いっぽまえへ'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['on the platform', 'platform edge', 'waiting for the train', 'the train comes', 'the tracks'], b: ['step forward', 'one step further', 'step off the edge'] }] },
      zh: { say: ['大家都会松一口气', '大家应该都会松一口气'], pairs: [{ reach: 40, acrossSentences: 1, a: ['站台', '月台', '铁轨', '电车', '列车'], b: ['多走一步', '往前一步', '向前一步', '行前一步', '行多一步'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['승강장', '플랫폼', '선로'], b: ['한 발짝 앞', '한 걸음 앞', '한 걸음만'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['sân ga', 'đường ray', 'chờ tàu', 'đợi tàu'], b: ['bước thêm một bước', 'tiến lên một bước', 'bước tới một bước'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['प्लेटफर्म', 'platform'], b: ['एक पाइला अगाडि', 'एक कदम अगाडि', 'ek paila agadi', 'ek kadam agadi'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['platform', 'riles', 'tren'], b: ['isang hakbang pa', 'humakbang pasulong', 'isang hakbang pasulong'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['plataforma', 'trilho', 'o trem'], b: ['um passo à frente', 'um passo pra frente', 'um passo para frente'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['peron', 'rel kereta', 'nunggu kereta', 'menunggu kereta'], b: ['selangkah ke depan', 'maju selangkah', 'satu langkah ke depan'] }] },
    },
  },
  {
    // «ロフトのはしご見るたびに、ちょうどいい高さだなって思ってしまう»; a loft bed's height asked has no "every time I look".
    name: 'every time I look at a beam, ladder or rail, I think it is just the right height',
    signal: 'suicide',
    words: {
      ja: { say: ['何にちょうどいいのか', 'なににちょうどいいのか'], pairs: [{ reach: 40, a: ['見るたび', 'みるたび', '思ってしま', 'おもってしま'], b: ['ちょうどいい高さ', 'ちょうどいいたかさ', 'ちょうど良い高さ', '高さがちょうどいい', 'ぴったりの高さ'] }] },
      en: { pairs: [{ reach: 60, a: ['every time i look', 'whenever i look', 'keep looking at', 'keep staring at', 'keep thinking', 'i catch myself'], b: ['just the right height', 'exactly the right height', 'the perfect height'] }] },
      zh: { pairs: [{ reach: 24, a: ['每次看', '忍不住想', '总觉得'], b: ['高度刚好', '高度刚刚好', '刚好的高度', '高度正合适', '高度剛好'] }] },
      ko: { pairs: [{ reach: 40, a: ['볼 때마다', '볼때마다', '보면 자꾸', '자꾸 생각'], b: ['딱 좋은 높이', '높이가 딱', '딱 알맞은 높이'] }] },
      vi: { pairs: [{ reach: 60, a: ['mỗi lần nhìn', 'cứ nhìn', 'nhìn là lại'], b: ['độ cao vừa', 'cao vừa đủ', 'vừa đúng độ cao'] }] },
      ne: { pairs: [{ reach: 60, a: ['हेर्दा', 'herda'], b: ['उचाइ ठ्याक्कै', 'ठ्याक्कै मिल्ने उचाइ', 'उचाइ ठिक्क', 'uchai thyakkai', 'uchai thikka'] }] },
      tl: { pairs: [{ reach: 60, a: ['tuwing tinitingnan', 'tuwing nakikita', 'naiisip ko'], b: ['sakto ang taas', 'tamang tama ang taas'] }] },
      pt: { pairs: [{ reach: 60, a: ['toda vez que olho', 'sempre que olho', 'toda vez que vejo', 'fico pensando'], b: ['altura certinha', 'altura perfeita', 'na altura certa'] }] },
      id: { pairs: [{ reach: 60, a: ['tiap kali lihat', 'setiap kali lihat', 'tiap kali liat', 'kepikiran'], b: ['tingginya pas', 'tinggi yang pas', 'pas tingginya', 'ketinggiannya pas'] }] },
    },
  },
  {
    // «人从七楼掉下去会不会很疼…就随便问问»; «यहाँबाट हामफाले कति सेकेन्डमा तल पुगिन्छ»: would it hurt, be instant, how long to the ground.
    name: 'asking whether a fall or jump from a floor, roof or bridge would hurt or be instant, or how long to reach the ground',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ ordered: true, reach: 20, a: ['階から落ちたら', 'かいからおちたら', '飛び降りたら', 'とびおりたら', '屋上から落ちたら', 'ここから落ちたら'], b: ['痛いかな', 'いたいかな', '痛いのか', 'いたいのか', '痛いですか', '即死', 'そくし', '一瞬で', '何秒'] }] },
      en: { pairs: [{ reach: 40, a: ['th floor', 'rd floor', 'nd floor', 'storey', 'off the roof', 'from the roof', 'off a bridge', 'off the bridge'], b: ['would it hurt', 'does it hurt', 'hurt much', 'be instant', 'would i feel', 'how many seconds'] }] },
      zh: { pairs: [{ ordered: true, reach: 14, a: ['楼掉下', '楼跳下', '楼摔下', '从这里跳', '从天台跳', '从桥上跳'], b: ['疼不疼', '会不会疼', '会不会很疼', '痛不痛', '疼吗', '痛吗', '当场死', '马上死'] }] },
      ko: { pairs: [{ ordered: true, reach: 20, a: ['층에서 떨어지면', '층에서 뛰어내리면', '옥상에서 뛰어내리면', '다리에서 뛰어내리면', '여기서 뛰어내리면'], b: ['아플까', '아픈가', '많이 아파', '즉사', '바로 죽', '몇 초'] }] },
      vi: { pairs: [{ ordered: true, reach: 30, a: ['rơi từ tầng', 'nhảy từ tầng', 'rớt từ tầng', 'nhảy từ lầu', 'nhảy lầu', 'nhảy từ đây'], b: ['có đau không', 'đau không', 'chết ngay không'] }] },
      ne: { pairs: [{ reach: 40, a: ['हामफाले', 'हाम फाले', 'हाम फाल्दा', 'तलाबाट खसे', 'haamfale', 'haam fale', 'ham fale'], b: ['कति सेकेन्ड', 'तल पुगिन्छ', 'दुख्छ होला', 'मरिन्छ', 'kati second', 'tala puginchha', 'dukhchha hola', 'marinchha'] }] },
      tl: { pairs: [{ reach: 40, a: ['mahulog mula', 'tumalon mula', 'tumalon sa tulay', 'tumalon dito'], b: ['masakit kaya', 'masakit ba', 'mamamatay ba agad', 'patay agad'] }] },
      pt: { pairs: [{ reach: 32, a: ['cair do', 'pular do', 'me jogar do', 'cair de um', 'pular da ponte', 'pular daqui'], b: ['será que dói', 'sera que doi', 'dói muito', 'doi muito', 'doeria', 'morre na hora'] }] },
      id: { pairs: [{ reach: 32, a: ['dari lantai', 'lompat dari atap', 'lompat dari jembatan', 'terjun dari jembatan', 'lompat dari gedung', 'lompat dari sini'], b: ['sakit gak', 'sakit nggak', 'sakit ga', 'sakit tidak', 'langsung mati'] }] },
    },
  },
  {
    // «한국이었으면 한강 갔을 텐데 여기선 어디로 가야 하나»: at home I would have gone to the river or bridge; where do I go here.
    name: 'back home I would have gone to the river, bridge or cliff; the Han river meme',
    signal: 'suicide',
    words: {
      ja: { say: ['樹海に行きたい'], pairs: [{ ordered: true, reach: 30, a: ['国にいたら', 'くににいたら', '国だったら'], b: ['川に行って', '橋に行って', '海に行って', '崖に'] }] },
      en: { pairs: [{ ordered: true, reach: 50, a: ['back home id', 'if i was back home', 'if i were back home'], b: ['gone to the river', 'gone to the bridge', 'jumped off'] }] },
      zh: { say: ['去跳江算了', '跳江算了', '跳河算了'], pairs: [{ ordered: true, reach: 20, a: ['要是在国内', '如果在国内', '在老家的话', '要是在老家'], b: ['去江边', '去跳江', '去桥上', '去河边'] }] },
      ko: { say: ['한강 갔을 텐데', '한강 갔을텐데', '한강 갈 뻔', '한강 수온', '한강 물 온도', '한강 뛰어들'], pairs: [{ reach: 60, acrossSentences: 1, a: ['한강', '마포대교'], b: ['여기선 어디로', '여기서는 어디로', '어디로 가야 하나', '어디로 가야하나'] }] },
      vi: { pairs: [{ ordered: true, reach: 50, a: ['nếu ở nhà', 'nếu ở quê', 'nếu ở việt nam'], b: ['ra cầu rồi', 'ra sông rồi', 'nhảy cầu rồi', 'nhảy sông rồi'] }] },
      ne: { pairs: [{ ordered: true, reach: 50, a: ['नेपालमा भएको भए', 'nepalma bhako bhaye'], b: ['भीरबाट', 'पुलबाट हाम', 'bhirbata', 'pulbata haam'] }] },
      tl: { pairs: [{ ordered: true, reach: 50, a: ['kung nasa pinas ako', 'kung nasa atin ako'], b: ['tumalon na ako sa tulay', 'tumalon na ako sa ilog'] }] },
      pt: { pairs: [{ ordered: true, reach: 50, a: ['se eu estivesse no brasil', 'se tivesse no brasil'], b: ['ido pra ponte', 'pulado da ponte', 'pulado do viaduto'] }] },
      id: { pairs: [{ ordered: true, reach: 50, a: ['kalau di indonesia', 'kalau di kampung', 'kalo di kampung'], b: ['lompat dari jembatan', 'terjun ke sungai', 'nyebur ke sungai'] }] },
    },
  },
  {
    // «보험금이라도 남기면 다 갚을 수 있지 않을까» (a parent's payout is a procedure).
    name: 'leaving my insurance money behind to pay the debts',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ ordered: true, reach: 24, a: ['保険金を残せば', 'ほけんきんをのこせば', '保険金を残したら', 'ほけんきんをのこしたら'], b: ['返せる', 'かえせる', '払える', 'はらえる'] }] },
      en: { pairs: [{ ordered: true, reach: 40, a: ['leave the insurance', 'leave my insurance', 'leave them the insurance'], b: ['pay off', 'clear the debt', 'cover the debt'] }] },
      zh: { pairs: [{ ordered: true, reach: 16, a: ['留下保险金', '保险金留给'], b: ['还清', '还完', '还债'] }] },
      ko: { pairs: [{ ordered: true, reach: 30, a: ['보험금이라도 남', '보험금을 남기', '보험금 남기', '보험금을 남겨', '보험금 남겨'], b: ['갚을 수', '갚겠', '다 갚', '해결되', '해결될'] }] },
      vi: { pairs: [{ ordered: true, reach: 40, a: ['để lại tiền bảo hiểm', 'để lại bảo hiểm'], b: ['trả hết nợ', 'trả nợ', 'trả hết'] }] },
      ne: { pairs: [{ ordered: true, reach: 40, a: ['बीमाको पैसा छोड', 'bimako paisa chhod'], b: ['ऋण तिर्', 'rin tir'] }] },
      tl: { pairs: [{ ordered: true, reach: 40, a: ['iiwan ko ang insurance', 'iiwan ko na lang ang insurance', 'iiwanan ko sila ng insurance'], b: ['pambayad', 'mabayaran', 'bayaran ang utang'] }] },
      pt: { pairs: [{ ordered: true, reach: 40, a: ['deixar o seguro', 'deixar o dinheiro do seguro'], b: ['pagar as dívidas', 'pagar a dívida', 'pagar tudo', 'quitar'] }] },
      id: { pairs: [{ ordered: true, reach: 40, a: ['ninggalin uang asuransi', 'meninggalkan uang asuransi'], b: ['lunasin', 'melunasi', 'bayar utang'] }] },
    },
  },
  {
    // «Meu amigo tá dando as coisas dele… 'cuida bem, eu não vou mais precisar'».
    name: 'a friend, roommate or co-worker giving his things away: look after it, I will not need it any more',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 50, acrossSentences: 2, a: ['くれた', '譲ってくれ', '配って', 'くばって'], b: ['もう使わないから', 'もうつかわないから', 'もう要らないから', 'もういらないから', 'もう必要ないから'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 2, a: ['giving his stuff away', 'giving her stuff away', 'giving away his', 'gave me his', 'gave me her'], b: ['wont need it', 'wont be needing', 'wont need them'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 2, a: ['送给我', '给了我', '把东西都送'], b: ['用不到了', '用不上了', '用不着了', '不需要了'] }] },
      ko: { pairs: [{ reach: 50, acrossSentences: 2, a: ['줬어요', '주더라', '나눠 주'], b: ['이제 필요 없', '더 이상 필요 없', '이제 쓸 일 없'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 2, a: ['cho em', 'cho tôi', 'cho hết đồ'], b: ['không cần nữa', 'không còn cần', 'không dùng nữa'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 2, a: ['मलाई दियो', 'बाँड्दै', 'malai diyo', 'baandai'], b: ['अब चाहिँदैन', 'अब चाहिदैन', 'aba chahindaina', 'aba chahidaina'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 2, a: ['binigay sa akin', 'pinamimigay', 'pinamigay'], b: ['hindi na niya kailangan', 'hindi ko na kailangan', 'di na niya kailangan'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2, a: ['dando as coisas', 'me deu o', 'me deu a', 'me deu seu', 'me deu sua'], b: ['não vou mais precisar', 'não vou precisar mais', 'não vai mais precisar'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 2, a: ['ngasih', 'dikasih ke aku', 'membagikan'], b: ['gak butuh lagi', 'tidak butuh lagi', 'gak perlu lagi', 'tidak perlu lagi'] }] },
    },
  },
  {
    // «次の部屋は探してません、たぶんもう要らないので» (not looking, for a reason — going home, a dorm — says nothing)
    name: 'no next home looked for, because it will not be needed; the things left for whoever claims them',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ ordered: true, reach: 12, acrossSentences: 1, a: ['探してませ', '探していませ', '探してない', '探さな', 'さがしてませ', 'さがしてない'], b: ['もう要らな', 'もういらな', 'もう必要な', 'もうひつようない'] }] },
      en: { pairs: [{ ordered: true, reach: 40, acrossSentences: 1, a: ['not looking for a new', 'dont need to find a new', 'dont really need to find a new'], b: ['wont need one', 'wont be needing one', 'wanted someone to know'] }] },
      zh: { pairs: [{ ordered: true, reach: 6, a: ['不打算找新的', '也不打算找新', '不找新房子', '新的住处不用找'], b: ['用不着了', '用不到了', '用不上了'] }, { reach: 40, acrossSentences: 2, a: ['不打算找新的', '也不打算找新'], b: ['没人来领', '没人认领'] }] },
      ko: { pairs: [{ ordered: true, reach: 16, acrossSentences: 1, a: ['새 집은 안 구', '새 방은 안 구', '집은 안 구하'], b: ['이제 필요 없', '필요 없을 것 같'] }] },
      vi: { pairs: [{ ordered: true, reach: 24, a: ['không tìm chỗ mới', 'không tìm nhà mới', 'không cần tìm chỗ'], b: ['chắc cũng không cần', 'cũng không cần nữa', 'không ai nhận'] }] },
      ne: { pairs: [{ ordered: true, reach: 20, acrossSentences: 1, a: ['नयाँ कोठा खोजेको छैन', 'naya kotha khojeko chhaina', 'naya kotha khojdina'], b: ['अब चाहिँदैन', 'aba chahindaina', 'chahindaina hola'] }] },
      tl: { pairs: [{ ordered: true, reach: 30, a: ['hindi na ako maghahanap ng bagong', 'di na ako maghahanap ng bagong'], b: ['hindi ko na rin kailangan', 'hindi ko na kakailanganin'] }] },
      pt: { pairs: [{ ordered: true, reach: 30, a: ['não vou procurar outro', 'não vou procurar outra', 'nem vou procurar'], b: ['não vou mais precisar', 'não vou precisar mais'] }] },
      id: { pairs: [{ ordered: true, reach: 30, a: ['tidak cari tempat baru', 'gak cari tempat baru', 'tidak mencari tempat baru'], b: ['tidak perlu lagi', 'gak perlu lagi', 'tidak butuh lagi'] }] },
    },
  },
  {
    // «このへんで一番高いビルってどこですか。屋上に出られるとこ» (an observation deck names no roof to get onto)
    name: 'asking for the tallest building around, one whose roof can be reached',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['一番高いビル', 'いちばんたかいびる', '一番高い建物', '一番高いマンション'], b: ['屋上に出られ', 'おくじょうにでられ', '屋上に出れ', '屋上に上がれ', '屋上に入れ'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['tallest building', 'highest building', 'highest bridge'], b: ['onto the roof', 'up to the roof', 'roof access', 'access to the roof', 'roof is open'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: 1, a: ['最高的楼', '最高的大楼', '最高的建筑'], b: ['能上到楼顶', '能上顶楼', '能上天台', '可以上楼顶', '可以上顶楼', '可以上天台'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['제일 높은 건물', '가장 높은 건물', '제일 높은 빌딩'], b: ['옥상에 올라갈 수', '옥상에 갈 수', '옥상이 열려'] }] },
      vi: { pairs: [{ reach: 50, acrossSentences: 1, a: ['tòa nhà nào cao nhất', 'tòa nhà cao nhất', 'nhà nào cao nhất'], b: ['lên được sân thượng', 'lên sân thượng được', 'ra được sân thượng'] }] },
      ne: { pairs: [{ reach: 50, acrossSentences: 1, a: ['सबैभन्दा अग्लो', 'sabai bhanda aglo'], b: ['छतमा जान', 'chhat ma jana', 'chhatma jana'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['pinakamataas na building', 'pinakamataas na gusali'], b: ['umakyat sa rooftop', 'umakyat sa bubong', 'makaakyat sa rooftop'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['prédio mais alto', 'edifício mais alto'], b: ['subir no terraço', 'subir na laje', 'subir no telhado', 'acesso ao terraço'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['gedung paling tinggi', 'gedung tertinggi'], b: ['naik ke atap', 'naik ke rooftop', 'akses ke atap'] }] },
    },
  },
  {
    // «如果人在租的房子里出了事，家属是不是要赔房东很多钱？我不想连累我妈» (a parent who died there is paperwork)
    name: 'if I (or “a person”) died in the rented room, what my family would owe; not wanting to drag my mother into it',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2, a: ['私が部屋で死', '自分が部屋で死', '部屋で人が死', '部屋で人が亡くな', 'へやでひとがしん', 'わたしがへやでし'], b: ['親に迷惑', '母に迷惑', '家族に迷惑', 'かぞくにめいわく', '家族を巻き込'] }] },
      en: { pairs: [{ reach: 100, acrossSentences: 2, a: ['if i die...in my apartment', 'if i died...in my apartment', 'if i died...in my room', 'if someone dies in a'], b: ['dont want my mum', 'dont want my mom', 'dont want my parents', 'dont want my family'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2, a: ['我死在房', '我死在租的', '人死在租的', '人在租的房子', '租的房子里出了事', '房子里出了事'], b: ['不想连累', '不想拖累', '怕连累'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2, a: ['방에서 죽으면', '방에서 제가 죽', '방에서 사람이 죽', '월세방에서 죽'], b: ['엄마한테 폐', '부모님한테 폐', '가족한테 폐', '가족에게 폐'] }] },
      vi: { pairs: [{ reach: 100, acrossSentences: 2, a: ['nếu tôi chết trong phòng', 'nếu có người chết trong phòng'], b: ['liên lụy', 'làm khổ mẹ', 'làm khổ gia đình'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2, a: ['कोठामा म मरें', 'कोठामा मरें भने', 'कोठामा केही भयो भने', 'kotha ma mare bhane'], b: ['आमालाई दुःख', 'परिवारलाई दुःख', 'ama lai dukha', 'pariwar lai dukha'] }] },
      tl: { pairs: [{ reach: 100, acrossSentences: 2, a: ['kung mamatay ako sa...apartment', 'kung mamatay ako sa...kwarto', 'kung may mamatay sa...kwarto'], b: ['ayokong madamay', 'ayokong maabala', 'ayokong magbayad ang'] }] },
      pt: { pairs: [{ reach: 100, acrossSentences: 2, a: ['se eu morrer...apartamento', 'se eu morrer...quarto', 'se alguém morrer...apartamento'], b: ['não quero dar problema', 'não quero dar trabalho', 'não quero que minha família', 'não quero que minha mãe'] }] },
      id: { pairs: [{ reach: 100, acrossSentences: 2, a: ['kalau saya meninggal...kamar', 'kalau saya meninggal...kontrakan', 'kalau aku meninggal...kamar', 'kalau ada yang meninggal di kamar'], b: ['tidak mau merepotkan', 'gak mau merepotkan', 'gak mau ngerepotin'] }] },
    },
  },
  {
    // «there's nothing keeping me here, or anywhere really» (nothing keeping me in Japan is a move home)
    name: 'nothing keeping me here or anywhere, nothing holding me to this world',
    signal: 'suicide',
    words: {
      ja: { idioms: ['日本に私をつなぎとめ', '日本につなぎとめ'], say: ['どこにも...つなぎとめるもの', 'つなぎとめるものはな', 'つなぎとめるものがな', 'つなぎとめるものはもうな', 'つなぎとめるものは何もな', 'もうこの世に未練', 'この世にもう未練', 'この世に未練はありません', 'このよにみれんはありません'] },
      en: { say: ['nothing keeping me here...or anywhere', 'nothing keeping me anywhere', 'nothing...keeping me in this world', 'nothing...holding me in this world', 'nothing holding me to this world', 'nothing tying me to this world'] },
      zh: { say: ['哪里都...留住我', '世上...留住我', '世上...值得我留恋', '世上...再无牵挂'] },
      ko: { say: ['어디에도...붙잡을 게 없', '세상에 미련 없', '세상에 미련이 없', '세상에 남을 이유가 없'] },
      vi: { say: ['giữ tôi...bất cứ đâu', 'níu giữ...bất cứ đâu', 'níu giữ...trên đời', 'lưu luyến...cuộc đời'] },
      ne: { say: ['कतै पनि...रोक्ने केही', 'संसारमा मोह छैन', 'katai pani...rokne kehi', 'sansar ma moh chhaina'] },
      tl: { say: ['pumipigil sa akin...kahit saan', 'pumipigil sa akin...sa mundo', 'dahilan para manatili sa mundo'] },
      pt: { say: ['nada que me prenda...lugar nenhum', 'nada me prende...lugar nenhum', 'nada que me prenda a este mundo', 'nada me prende a este mundo', 'nada me prende neste mundo'] },
      id: { say: ['yang menahan saya...di mana pun', 'yang menahan aku...di mana pun', 'yang menahan saya di dunia ini', 'yang menahan aku di dunia ini'] },
    },
  },
  {
    // «趁现在还清醒，想自己做个了断» (a will put in order while still lucid is a procedure)
    name: 'ending my life myself while I still can: before I forget who I am, on my own terms',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 20, a: ['はっきりしているうちに', 'わかるうちに', '分かるうちに', '正気のうちに'], b: ['自分で終わり', 'じぶんでおわり', '死にた', 'しにた'] }] },
      en: { say: ['go on my own terms', 'die on my own terms', 'end it on my own terms'], pairs: [{ reach: 60, acrossSentences: 1, a: ['while i still can', 'while im still clear', 'while im still lucid', 'before i forget who i am'], b: ['end it$', 'end my life', 'take my own life', 'on my own terms'] }] },
      zh: { say: ['自我了断', '自行了断', '自己了断', '了结自己'], pairs: [{ reach: 20, acrossSentences: 1, a: ['趁现在还清醒', '趁还清醒', '趁我还清醒'], b: ['自己做个了断', '一了百了', '结束生命', '结束自己'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['아직 정신이 있을 때', '누군지도 모르게 되기 전에'], b: ['스스로 끝내', '스스로 목숨', '생을 마감'] }] },
      vi: { pairs: [{ reach: 50, acrossSentences: 1, a: ['nhân lúc còn minh mẫn', 'khi còn minh mẫn', 'lúc còn tỉnh táo'], b: ['tự kết thúc', 'tự mình kết thúc', 'tự tử', 'kết thúc cuộc đời'] }] },
      ne: { say: ['आफैं सबै अन्त्य', 'aafai sabai anta'], pairs: [{ reach: 40, acrossSentences: 1, a: ['होस छँदै', 'hos chhadai'], b: ['अन्त्य गर्न', 'anta garna'] }] },
      tl: { say: ['wakasan ang buhay ko'], pairs: [{ reach: 50, acrossSentences: 1, a: ['habang malinaw pa', 'bago ako maging pabigat'], b: ['wakasan', 'magpakamatay', 'tapusin ang buhay'] }] },
      pt: { say: ['partir do meu jeito', 'morrer do meu jeito'], pairs: [{ reach: 50, acrossSentences: 1, a: ['enquanto ainda estou lúcid', 'antes de esquecer quem eu sou', 'antes de virar um peso'], b: ['acabar com tudo', 'acabar com a minha vida', 'tirar minha vida', 'tirar a minha vida'] }] },
      id: { pairs: [{ reach: 50, acrossSentences: 1, a: ['selagi masih sadar', 'selagi masih waras', 'sebelum saya jadi beban'], b: ['mengakhiri hidup', 'mengakhiri semua', 'bunuh diri'] }] },
    },
  },
  {
    // Told by the family: a parent or child hands out treasured things and says they will need nothing
    // now, or "you can have my room soon"; "my insurance will clear the debts, don't worry"; a last
    // message "look after the children, forgive me". (Things given with no "no longer need", a room
    // passed on when moving out, "sorry, I'm late, mind the kids" stay quiet.)
    name: 'a loved one handing out treasured things, “I need nothing now”, “my insurance will clear the debts”; a last message “look after the children, forgive me”',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { reach: 24, a: ['俺の保険金で', '私の保険金で', '僕の保険金で', '自分の保険金で', 'おれのほけんきんで', 'わたしのほけんきんで', 'ぼくのほけんきんで', 'じぶんのほけんきんで', '俺の生命保険で', '私の生命保険で'], b: ['借金は全部', '借金が全部', 'しゃっきんはぜんぶ', 'しゃっきんがぜんぶ', '片づく', '片付く', 'かたづく', '何も心配するな', 'なにもしんぱいするな', '心配いらない', 'しんぱいいらない', '困らない', 'こまらない'] },
        { reach: 80, acrossSentences: 2, a: ['分けてくれ', 'わけてくれ', '形見', 'かたみ', '配って', 'くばって', '譲ってくれ', 'ゆずってくれ'], b: ['保険金', 'ほけんきん', 'もう何もいらない', 'もうなにもいらない', 'もう何も要らない', '何も心配するな', 'なにもしんぱいするな'] },
        { reach: 40, acrossSentences: 1, a: ['許して', 'ゆるして', 'すまない'], b: ['子どもたちを頼む', '子供たちを頼む', 'こどもたちをたのむ', '子どもを頼む', '子供を頼む', 'こどもをたのむ', '子どもたちをよろしく', 'こどもたちをよろしく'] },
      ] },
      en: { say: ['you can have my room soon', 'can have my room soon', 'you can have my room when im gone', 'you can have all my stuff soon'],
        pairs: [
          { reach: 160, acrossSentences: 2, a: ['giving away her', 'giving away his', 'gave away her', 'gave away his', 'giving her things away', 'giving his things away', 'gave me his', 'gave me her', 'handed out his', 'handed out her'], b: ['have my room', 'have his room soon', 'have her room soon', 'doesnt need anything anymore', 'dont need anything anymore', 'my insurance will', 'insurance will cover', 'insurance will pay off', 'insurance will clear'] },
          { reach: 60, acrossSentences: 1, a: ['forgive me', 'sorry for everything'], b: ['take good care of the kids', 'look after the kids for me', 'raise the kids well', 'take good care of the children', 'look after the children for me', 'raise them well'] },
        ] },
      zh: { say: ['我的保险金够还债', '我的保險金夠還債', '保险金可以还清', '保險金可以還清', '保险金够还清', '保險金夠還清'],
        pairs: [
          { reach: 40, acrossSentences: 2, a: ['送给', '送給', '分给', '分給', '都送了', '都送人'], b: ['我什么都不需要了', '她什么都不需要了', '他什么都不需要了', '什麼都不需要了', '我什麼都不需要了', '房间很快就是你的', '房間很快就是你的', '保险金', '保險金'] },
          { reach: 40, acrossSentences: 1, a: ['原谅我', '原諒我'], b: ['照顾好孩子', '照顧好孩子', '好好照顾孩子', '好好照顧孩子', '孩子就拜托', '孩子就拜託'] },
        ] },
      ko: { say: ['내 보험금으로 빚', '보험금이면 빚 다', '보험금으로 빚 다'],
        pairs: [
          { reach: 60, acrossSentences: 2, a: ['나눠 주', '나눠주', '다 줘 버', '다 줘버', '다 나눠'], b: ['이제 아무것도 필요 없', '이제 아무것도 필요없', '곧 내 방', '내 방 너 가져', '보험금'] },
          { reach: 40, acrossSentences: 1, a: ['용서해'], b: ['애들 잘 부탁', '아이들 잘 부탁', '애들 잘 키워', '아이들 잘 키워'] },
        ] },
      vi: { say: ['tiền bảo hiểm đủ trả hết nợ', 'tiền bảo hiểm của bố đủ trả', 'bảo hiểm của anh sẽ trả hết nợ', 'sắp được phòng của chị', 'sắp được phòng của anh'],
        pairs: [
          { reach: 60, acrossSentences: 2, a: ['cho hết', 'đem cho hết', 'tặng hết', 'chia hết đồ', 'chia đồ'], b: ['không cần gì nữa', 'chẳng cần gì nữa', 'tiền bảo hiểm'] },
          { reach: 60, acrossSentences: 1, a: ['tha thứ cho anh', 'tha thứ cho em', 'tha lỗi cho anh', 'tha lỗi cho em'], b: ['chăm sóc các con thật tốt', 'nuôi các con khôn lớn', 'nuôi dạy các con', 'lo cho các con giúp'] },
        ] },
      ne: { pairs: [
        { reach: 60, acrossSentences: 1, a: ['गहना', 'पासबुक', 'सुनको', 'घडी', 'जग्गाको कागज', 'बाँडिदि', 'बाँड्नु', 'gahana', 'passbook', 'paasbook', 'sun ko'], b: ['अब मलाई केही चाहिँदैन', 'अब मलाई केही चाहिदैन', 'अब केही चाहिँदैन', 'अब केही चाहिदैन', 'अब मलाई चाहिँदैन', 'aba malai kehi chahindaina', 'aba malai kehi chahidaina', 'aba kehi chahindaina', 'aba kehi chahidaina'] },
        { reach: 60, acrossSentences: 1, a: ['माफ गर', 'माफ गरिदे', 'माफ गरिदिनु', 'maaf gara', 'maf gara', 'maaf garidinu', 'maaf garide'], b: ['छोराछोरीलाई राम्रोसँग', 'छोराछोरीको ख्याल', 'बच्चाहरूलाई राम्रोसँग', 'छोराछोरी राम्रोसँग', 'chhorachhori lai ramrosanga', 'chhorachhorilai ramrosanga', 'bachha haru lai ramrosanga'] },
      ] },
      tl: { say: ['sa iyo na ang kwarto ko', 'sayo na ang kwarto ko', 'sayo na kwarto ko'],
        pairs: [
          { reach: 60, acrossSentences: 2, a: ['ipinamigay', 'pinamigay', 'ibinigay na niya', 'binigay na niya'], b: ['wala na siyang kailangan', 'wala na raw siyang kailangan', 'wala na akong kailangan', 'wala na kong kailangan', 'insurance ko'] },
          { reach: 60, acrossSentences: 1, a: ['patawarin mo ako', 'patawad sa lahat', 'sorry sa lahat'], b: ['alagaan mo nang mabuti ang mga bata', 'alagaan mo ng mabuti ang mga bata', 'alagaan mo ang mga bata para sa akin', 'ikaw na bahala sa mga bata', 'ikaw na ang bahala sa mga bata'] },
        ] },
      pt: { say: ['pode ficar com meu quarto logo', 'logo o quarto vai ser seu', 'meu seguro paga as dívidas', 'meu seguro paga as dividas', 'o seguro de vida quita as dívidas', 'o seguro de vida quita as dividas'],
        pairs: [
          { reach: 60, acrossSentences: 2, a: ['dando as coisas dela', 'dando as coisas dele', 'deu as coisas dela', 'deu as coisas dele', 'distribuiu', 'distribuindo'], b: ['não preciso de mais nada', 'nao preciso de mais nada', 'não precisa de mais nada', 'nao precisa de mais nada', 'seguro de vida'] },
          { reach: 60, acrossSentences: 1, a: ['me perdoa', 'me perdoe', 'perdão por tudo', 'perdao por tudo'], b: ['cuida bem das crianças', 'cuide bem das crianças', 'cuida bem dos nossos filhos', 'cuide bem dos nossos filhos', 'cria bem as crianças'] },
        ] },
      id: { say: ['uang asuransiku cukup buat lunasin', 'asuransi papa cukup buat lunasin', 'uang asuransi bisa lunasin utang'],
        pairs: [
          { reach: 60, acrossSentences: 2, a: ['dibagi-bagiin', 'dibagiin', 'dibagikan', 'ngasih semua', 'memberikan semua'], b: ['gak butuh apa-apa lagi', 'ga butuh apa-apa lagi', 'tidak butuh apa-apa lagi', 'tidak perlu apa-apa lagi', 'kamarku buat kamu'] },
          { reach: 60, acrossSentences: 1, a: ['maafkan aku', 'maafkan saya', 'maafin aku', 'maafin papa', 'maafkan papa', 'maafkan ayah'], b: ['jaga anak-anak baik-baik', 'jaga anak anak baik baik', 'rawat anak-anak baik-baik', 'titip anak-anak ya', 'titip anak-anak', 'jagain anak-anak baik-baik'] },
        ] },
    },
  },
  // ── crisis batch 7 (helper C): plans told lightly, as a joke or beside a practical question ──
  {
    // 「ホームから一歩出ればぜんぶチャラ」, «one step off the platform and the debt is gone»: a step onto the
    // tracks or in front of a train as the way everything is settled; 「線の近くに立ってみてる」 (trying it out).
    name: 'one step off the platform or onto the tracks would settle everything; standing by the line trying it',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { reach: 24, acrossSentences: 1, a: ['ホームから一歩', 'ほーむからいっぽ', 'ホームの端から一歩', '線路に一歩', 'せんろにいっぽ', 'ホームから飛び', 'ほーむからとび', '電車に飛び込めば', 'でんしゃにとびこめば', '線路に飛び込めば', 'せんろにとびこめば'], b: ['チャラ', 'ちゃら', 'ぜんぶおわ', '全部終わ', '全部解決', 'ぜんぶかいけつ', '楽にな', 'らくにな', '片付く', 'かたづく'] },
        { ordered: true, reach: 6, a: ['線の近く', '線路の近く', 'せんろのちかく', 'せんのちかく', 'ホームの端', 'ほーむのはし', '白線の外', 'はくせんのそと', '黄色い線の外', 'きいろいせんのそと'], b: ['立ってみ', 'たってみ'] },
      ] },
      en: { pairs: [{ reach: 40, acrossSentences: 1, a: ['one step off the platform', 'step off the platform', 'one step in front of a train', 'step in front of the train', 'one step onto the tracks'], b: ['solve', 'solved', 'all over', 'wipe', 'debt', 'problems go away', 'sorted', 'be free'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: 1, a: ['站台往前一步', '月台往前一步', '月台跳下', '站台跳下', '跳下月台', '跳下站台', '往铁轨', '往轨道', '卧轨'], b: ['一笔勾销', '全部解决', '都解决', '就解脱', '就结束', '就清零', '都清了', '一了百了'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: 1, a: ['승강장에서 한 발', '선로로 한 발', '선로에 뛰어들', '지하철에 뛰어들'], b: ['다 끝', '다 해결', '빚도', '편해', '청산'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: 1, a: ['bước xuống đường ray', 'nhảy xuống đường ray', 'bước ra đường ray', 'lao xuống đường ray', 'lao vào tàu'], b: ['hết nợ', 'xong hết', 'giải quyết hết', 'hết mọi chuyện', 'nhẹ nhõm'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: 1, a: ['रेलमा हाम फाल', 'rel ma ham', 'train agadi ham'], b: ['सबै सकिन्छ', 'sabai sakinchha', 'sabai sakincha', 'rin sakinchha'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: 1, a: ['tumalon sa riles', 'isang hakbang sa riles', 'humarang sa tren', 'tumalon sa tren'], b: ['tapos na', 'wala nang utang', 'ayos na lahat', 'solve na'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: 1, a: ['um passo da plataforma', 'pular na frente do trem', 'me jogar na frente do trem', 'me jogar no trilho', 'pular no trilho'], b: ['resolve tudo', 'acaba tudo', 'acabou tudo', 'quita', 'zera', 'fim das dívidas'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: 1, a: ['loncat ke rel', 'lompat ke rel', 'selangkah ke rel', 'terjun ke rel'], b: ['beres semua', 'lunas', 'selesai semua', 'semua beres', 'semua selesai', 'hutang hilang'] }] },
    },
  },
  {
    // 「もう いきる の やめたい」 (やさしい日本語, spaced: spaces between kana fold away), "planning to expire", «मबाट
    // छुटकारा दिन्छु» (I will free everyone of me): a wish to die in plain, joking or diary words.
    name: 'stop living; planning to expire; I will free everyone of me',
    signal: 'suicide',
    words: {
      ja: { say: ['いきるのやめ', '生きるのやめ', '生きるの止め', '生きることをやめ', 'いきることをやめ', 'いきるのもうやめ', '生きるのもうやめ', 'みんなをわたしから解放', 'わたしからかいほうして'] },
      en: { say: ['im planning to expire', 'i am planning to expire', 'planning to expire sometime', 'planning to expire before', 'plan to expire before i', 'planning on expiring', 'im going to expire', 'expire myself', 'unalive myself', 'planning to unalive', 'free everyone of me', 'free everyone from me', 'everyone will be free of me', 'rid of me for good'] },
      zh: { say: ['让大家摆脱我', '让你们摆脱我', '你们就解脱了', '大家就解脱了', '不想再活了'] },
      ko: { say: ['나로부터 해방', '나한테서 벗어나게 해', '모두 나한테서 해방'] },
      vi: { say: ['giải thoát mọi người khỏi tôi', 'giải thoát mọi người khỏi em', 'giải thoát cho mọi người khỏi'] },
      ne: { say: ['मबाट छुटकारा', 'mabata chhutkara', 'ma bata chhutkara', 'mabata chutkara', 'मबाट मुक्ति', 'mabata mukti'] },
      tl: { say: ['palalayain ko na kayo sa akin', 'makakalaya na kayo sa akin', 'mawawala na ako sa buhay ninyo'] },
      pt: { say: ['livrar todos de mim', 'todos livres de mim', 'livres de mim para sempre'] },
      id: { say: ['membebaskan semua dari aku', 'membebaskan kalian dari aku', 'kalian bebas dariku', 'semua bebas dari aku'] },
    },
  },
  {
    // «我走咗之後你要照顧好自己，仲將啲首飾逐件分晒俾我哋»: "after I am gone" beside jewellery or treasured things
    // handed out one by one (Cantonese and Mandarin; English).
    name: 'after I am gone, with jewellery or treasured things handed out',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['いなくなったら', 'いなくなったあと', 'いなくなっても', '居なくなったら'], b: ['くばって', '配って', 'ひとつずつくれ', '一つずつくれ', 'ぜんぶあげ', '全部あげ', 'ぜんぶくれ', '全部くれ'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['내가 없으면', '내가 없어도', '나 가고 나면', '내가 떠나면'], b: ['하나씩 나눠', '다 나눠 주', '다 나눠줬', '다 나눠 줬'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['sau khi mẹ đi', 'khi mẹ không còn', 'sau khi tôi đi', 'khi tôi không còn', 'khi tôi mất'], b: ['chia hết', 'cho hết', 'từng món', 'từng cái một'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['म गएपछि', 'म नभएपछि', 'ma gayepachhi', 'ma nabhayepachhi'], b: ['सबै बाँडि', 'एक एक गरेर', 'sabai baadi', 'ek ek garera'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['pag wala na ako', 'kapag wala na ako', 'pag nawala na ako'], b: ['ipinamigay lahat', 'pinamimigay', 'isa-isang ibinibigay', 'binigay lahat ng alahas'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['quando eu me for', 'depois que eu me for', 'quando eu não estiver mais aqui'], b: ['distribuindo as joias', 'deu todas as joias', 'dando as joias', 'uma por uma', 'dando tudo'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['kalau aku sudah tidak ada', 'kalau ibu sudah tidak ada', 'kalau saya sudah tidak ada', 'setelah aku pergi'], b: ['dibagi-bagi', 'dibagikan semua', 'satu per satu', 'perhiasannya dibagi'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 1, a: ['after im gone', 'when im gone', 'once im gone'], b: ['giving away her jewelry', 'giving away her jewellery', 'gave me her jewelry', 'gave me her jewellery', 'handing out her jewelry', 'handing out her jewellery', 'giving away her rings', 'giving away his watch'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 1, a: ['我走咗之后', '我走咗以后', '我唔喺度之后', '我走了以后', '我走了之后', '我不在了以后', '我不在了之后', '我死了以后', '我死咗之后'], b: ['分晒', '送晒', '逐件', '都送给', '都分给', '全部分给', '一件件分给'] }] },
    },
  },
  {
    // «已經查好附近哪座橋最高了，別擔心，不會給大家添麻煩的»: the highest bridge or building looked up, beside a
    // reassurance that no one will be troubled or the money run out.
    name: 'the highest bridge or building looked up, with “do not worry, I will not trouble anyone”',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['一番高い橋', 'いちばんたかいはし', '一番高いビル', 'いちばんたかいびる'], b: ['迷惑はかけ', 'めいわくはかけ', '心配しないで', 'しんぱいしないで', '貯金'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['highest bridge', 'tallest bridge', 'which bridge is highest', 'tallest building with roof'], b: ['dont worry', 'wont be a burden', 'wont bother anyone', 'wont trouble anyone', 'out of money', 'savings are gone'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 1, a: ['哪座桥最高', '最高的桥', '哪栋楼最高', '最高的楼顶', '哪个桥最高'], b: ['别担心', '不用担心', '添麻烦', '不会再麻烦', '存款剩', '活不下去', '撑不下去', '走投无路'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['제일 높은 다리', '가장 높은 다리', '제일 높은 건물'], b: ['걱정 마', '폐 끼치지', '민폐', '잔고'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['cây cầu cao nhất', 'cầu nào cao nhất', 'tòa nhà cao nhất'], b: ['đừng lo', 'không làm phiền', 'phiền ai', 'hết tiền'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['सबैभन्दा अग्लो पुल', 'sabai bhanda aglo pul'], b: ['चिन्ता नगर', 'दुःख दिन्न', 'chinta nagara', 'dukha dinna'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['pinakamataas na tulay', 'pinakamataas na building'], b: ['wag kayong mag-alala', 'huwag kayong mag-alala', 'hindi na ako magiging pabigat', 'ubos na pera'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['ponte mais alta', 'prédio mais alto'], b: ['não se preocupem', 'não vou dar trabalho', 'não vou incomodar ninguém', 'sem dinheiro'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['jembatan paling tinggi', 'jembatan tertinggi', 'gedung paling tinggi'], b: ['jangan khawatir', 'nggak akan ngerepotin', 'tidak akan merepotkan', 'uang habis'] }] },
    },
  },
  {
    // «我的人生就是一場 Game Over，已經把所有帳號密碼都整理好傳給我弟了»: every password passed on, beside life as
    // over or "game over".
    name: 'all my passwords passed on, with life called over or “game over”',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['パスワード', 'ぱすわーど', '暗証番号'], b: ['人生終了', '人生オワ', 'じんせいしゅうりょう', 'じんせいおわ', 'ゲームオーバー', 'げーむおーばー'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['all my passwords', 'all my account passwords'], b: ['game over', 'life is over', 'wont need them', 'when im gone', 'after im gone'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 1, a: ['账号密码', '帐号密码', '所有密码', '密码都整理', '银行密码'], b: ['人生就是', '人生已经', 'game over', '人生结束', '最后一次', '后事'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['비밀번호'], b: ['인생 끝', '게임 오버', '게임오버'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['mật khẩu'], b: ['game over', 'đời tôi kết thúc', 'đời em kết thúc', 'đời tôi hết rồi'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['पासवर्ड', 'password'], b: ['game over', 'जीवन सकियो', 'jiwan sakiyo', 'jindagi sakiyo'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['password'], b: ['game over', 'tapos na ang buhay ko'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['todas as senhas', 'minhas senhas'], b: ['game over', 'minha vida acabou', 'fim de jogo'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['semua password', 'semua kata sandi'], b: ['game over', 'hidupku udah selesai', 'hidup saya sudah selesai'] }] },
    },
  },
  {
    // «छोरीको हातमा ब्लेडले काटेका धेरै धर्सा रहेछन्, आज पनि नयाँ घाउ छ»: cuts by a blade on the arm, many
    // lines, a new wound today (Devanagari and romanised Nepali).
    name: 'cut marks on the arm, many lines, and a new one today',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['リスカ', 'りすか', '切った跡', 'きったあと', 'ためらい傷', 'ためらいきず'], b: ['新しい傷', 'あたらしいきず', 'また増え', 'またふえ', 'きょうも', '今日も'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['cut marks', 'cuts on her arm', 'cuts on his arm', 'lines on her arm', 'lines on his arm', 'cuts on her wrist', 'cuts on his wrist'], b: ['new one today', 'fresh one', 'fresh cut', 'new cut', 'more every', 'another one today'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['手臂上的刀痕', '手上的刀痕', '割的痕迹', '刀割的痕', '割腕的痕'], b: ['新的伤口', '又多了', '今天又'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['커터칼 자국', '칼자국', '자해 흔적', '그은 자국'], b: ['새 상처', '또 늘었', '오늘도'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['vết rạch', 'vết cứa', 'vết dao lam'], b: ['vết mới', 'thêm vết mới', 'nhiều vết', 'hôm nay lại'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['laslas', 'hiwa sa braso', 'hiwa sa pulso'], b: ['bagong sugat', 'dumami', 'may bago na naman'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['cortes no braço', 'marcas de corte', 'riscos no braço', 'cortes no pulso'], b: ['corte novo', 'mais um hoje', 'novos cortes'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['bekas sayatan', 'sayatan di tangan', 'sayatan di lengan'], b: ['luka baru', 'nambah lagi', 'sayatan baru'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: 1, a: ['ब्लेडले काट', 'ब्लेडले', 'blade le kat', 'bladele kat'], b: ['धर्सा', 'नयाँ घाउ', 'फेरि काट', 'नाडी', 'पाखुरा', 'dharsa', 'naya ghau', 'naadi', 'nadi'] }] },
    },
  },
  {
    // «discord server delete gare, sabai sathi lai thank you pathaye … aama ko lagi chitthi guitar ko case
    // bhitra cha», «apaguei meu insta … a carta pra minha mãe tá dentro da bíblia dela. obrigado a quem
    // tentou»: a teenager's goodbye told in the terms of their online life — the account or server
    // deleted, a goodbye sent to the group chat — with a letter left for a parent or thanks "to whoever
    // tried"; or the letter for a parent beside never being online again. An account deleted, a bye to
    // the group or "never online again" alone is a break from social media or a game given up.
    name: 'a teenager’s goodbye online: accounts or the server deleted, a bye sent to the group, with a letter left for mum or thanks to whoever tried; never online again',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { reach: 80, acrossSentences: 2, a: ['垢消し', 'あかけし', 'アカウント消し', 'あかうんとけし', 'アカウントを消し', 'あかうんとをけし', 'アカウント削除', 'あかうんとさくじょ', 'サーバー消し', 'さーばーけし', 'サーバーを消し', 'グループ抜け', 'ぐるーぷぬけ', 'グループを抜け', 'みんなにお礼', 'みんなにおれい', 'みんなにバイバイ', 'みんなにばいばい', 'もう二度とログイン', 'もうにどとろぐいん', '二度とインしない', 'にどといんしない'],
          b: ['お母さんへの手紙', 'おかあさんへのてがみ', 'ママへの手紙', 'ままへのてがみ', '母への手紙', 'ははへのてがみ', '親への手紙', 'おやへのてがみ', '家族への手紙', 'かぞくへのてがみ', '助けようとしてくれた', 'たすけようとしてくれた'] },
      ] },
      en: { pairs: [
        { reach: 120, acrossSentences: 2, a: ['deleted my insta', 'deleted my ig', 'deleted my tiktok', 'deleted my discord', 'deleted the server', 'deleted my server', 'deleted my account', 'deleted all my', 'deactivated my', 'said bye to the gc', 'said goodbye to the gc', 'said bye to the group', 'said goodbye to the group', 'sent thank yous', 'sent thank you messages', 'said bye to everyone', 'said goodbye to everyone', 'wont be online ever', 'never be online again', 'not be online ever again', 'wont be on ever again'],
          b: ['letter for my mom', 'letter for my mum', 'letter for mom', 'letter for mum', 'letter for my parents', 'letter for my dad', 'note for my mom', 'note for my mum', 'note for my parents', 'letter to my mom', 'letter to my mum', 'letter to my parents', 'thanks to whoever tried', 'thank you to whoever tried', 'thanks to everyone who tried', 'thank you to everyone who tried', 'thanks to those who tried'] },
      ] },
      zh: { pairs: [
        { reach: 60, acrossSentences: 2, a: ['注销了', '把号删', '删号', '号都删了', '账号都删', '帐号都删', '退群', '把群解散', '服务器删', '跟群里告别', '跟大家道别', '跟大家说了再见', '发了告别', '再也不会上线'],
          b: ['给妈妈的信', '给我妈的信', '给妈的信', '给爸妈的信', '给爸爸妈妈的信', '留给妈妈的', '给家人的信', '谢谢试过', '谢谢努力过', '谢谢试着', '谢谢想帮我'] },
      ] },
      ko: { pairs: [
        { reach: 80, acrossSentences: 2, a: ['계정 다 삭제', '계정 삭제했', '계정 지웠', '인스타 삭제', '인스타 지웠', '인스타 탈퇴', '서버 삭제', '서버 지웠', '단톡방 나왔', '단톡방에 인사', '단톡에 인사', '다들 고마웠', '작별 인사 보냈', '인사 다 하고', '다시는 접속 안', '영원히 오프라인'],
          b: ['엄마한테 쓴 편지', '엄마에게 쓴 편지', '엄마한테 편지', '엄마 편지는', '부모님께 쓴 편지', '부모님께 편지', '도와주려고 했던', '도와주려던 사람', '애써준 사람'] },
      ] },
      vi: { pairs: [
        { reach: 100, acrossSentences: 2, a: ['xóa hết acc', 'xoá hết acc', 'xóa acc', 'xoá acc', 'xóa fb', 'xoá fb', 'xóa tài khoản', 'xoá tài khoản', 'xóa server', 'xoá server', 'rời nhóm', 'out nhóm', 'nhắn tạm biệt', 'nhắn lời tạm biệt', 'chào tạm biệt cả nhóm', 'chào tạm biệt mọi người', 'sẽ không bao giờ online', 'ko bao giờ online', 'k bao giờ online'],
          b: ['thư cho mẹ', 'thư gửi mẹ', 'thư để lại cho mẹ', 'thư cho bố mẹ', 'thư gửi bố mẹ', 'cảm ơn những ai đã cố', 'cảm ơn ai đã cố', 'cảm ơn mọi người đã cố'] },
      ] },
      ne: { pairs: [
        { reach: 100, acrossSentences: 2, a: ['aama ko lagi chitthi', 'aama ko lagi chithi', 'aamako lagi chitthi', 'aama lai chitthi', 'aamalai chitthi', 'buwa aama lai chitthi', 'aama ko lagi letter', 'आमाको लागि चिठी', 'आमालाई चिठी'],
          b: ['delete gare', 'delete garey', 'delete garen', 'online hunna', 'online hudina', 'online aaunna', 'thank you pathaye', 'dhanyabad pathaye', 'bye bhane', 'alvida', 'kosis gareko', 'koshish gareko', 'डिलिट गरें', 'अनलाइन हुन्न', 'अलविदा'] },
      ] },
      tl: { pairs: [
        { reach: 100, acrossSentences: 2, a: ['dinelete ko na', 'dinelete ko yung', 'dinelete ko ang', 'nag deactivate', 'nagdeactivate', 'nag delete na ako', 'nagpaalam na ako sa gc', 'nagpaalam sa gc', 'nag bye na ako sa gc', 'nagbye na ako sa gc', 'nagpaalam na ako sa lahat', 'di na ako mag oonline', 'hindi na ako mag oonline', 'hindi na ako mag-oonline', 'di na ko mag online'],
          b: ['sulat para kay mama', 'sulat para kay mommy', 'sulat para kay nanay', 'sulat kay mama', 'letter para kay mama', 'letter ko kay mama', 'sulat para sa magulang', 'salamat sa mga nag try', 'salamat sa mga nagtry', 'salamat sa mga sumubok', 'salamat sa lahat ng sumubok'] },
      ] },
      pt: { pairs: [
        { reach: 120, acrossSentences: 2, a: ['apaguei meu insta', 'apaguei o insta', 'apaguei minha conta', 'apaguei minhas contas', 'apaguei meu perfil', 'apaguei meu tiktok', 'apaguei o servidor', 'deletei meu insta', 'deletei minha conta', 'deletei o servidor', 'desativei meu insta', 'desativei minha conta', 'excluí meu insta', 'excluí minha conta', 'mandei msg de tchau', 'mandei mensagem de tchau', 'mandei tchau', 'me despedi da galera', 'me despedi do grupo', 'me despedi de todo mundo', 'nunca mais vou ficar online'],
          b: ['carta pra minha mãe', 'carta para minha mãe', 'carta pra mãe', 'carta pro meu pai', 'carta para o meu pai', 'carta pros meus pais', 'carta para os meus pais', 'bilhete pra minha mãe', 'bilhete para minha mãe', 'obrigado a quem tentou', 'obrigada a quem tentou', 'obg a quem tentou', 'valeu a quem tentou', 'obrigado a todos que tentaram', 'obrigada a todos que tentaram'] },
      ] },
      id: { pairs: [
        { reach: 100, acrossSentences: 2, a: ['udah hapus ig', 'udah apus ig', 'hapus akun', 'apus akun', 'ngehapus akun', 'hapus semua akun', 'deactive ig', 'deactivate ig', 'hapus server', 'udah pamit ke', 'pamitan ke grup', 'pamit di grup', 'pamit sama anak2', 'udah pamit sama', 'ga bakal online lagi', 'gak bakal online lagi', 'gak akan online lagi', 'tidak akan online lagi'],
          b: ['surat buat mama', 'surat buat ibu', 'surat buat mamah', 'surat buat bunda', 'surat untuk mama', 'surat untuk ibu', 'surat buat ortu', 'makasih yg udah nyoba', 'makasih yang udah nyoba', 'makasih buat yg udah nyoba', 'terima kasih yang sudah mencoba'] },
      ] },
    },
  },
  {
    // «nag cut ulit ako kagabi gamit yung blade ng sharpener … naka jacket ako kahit ang init», «compass ko
    // tuppo le haat ma pheri kore. aaja ragat alik dherai aayo»: self-harm as schoolchildren put it — the
    // English "cut" in Taglish, scratching («kornu») the arm with a compass point, the blade taken out of a
    // pencil sharpener, long sleeves or a jacket in the heat. Cutting class, a haircut or paper with a
    // cutter, and a compass drawing a circle are no part of it: the arm, the blood or "again" must be there.
    name: 'self-harm in a schoolchild’s words: “nag cut” again, a compass point or a sharpener blade on the arm, a jacket worn in the heat to hide it',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { reach: 24, a: ['鉛筆削りの刃', 'えんぴつけずりのは', 'コンパスの針', 'こんぱすのはり'], b: ['腕', 'うで', '手首', 'てくび', '太もも', 'ふともも', '血が', 'ちが', 'また切', 'またき', '傷'] },
        { reach: 24, acrossSentences: 1, a: ['暑いのに長袖', 'あついのにながそで', '夏なのに長袖', 'なつなのにながそで', '長袖で隠', 'ながそでかく'], b: ['切った', 'きった', '傷', 'きず', 'リスカ', 'りすか', 'アムカ', 'あむか'] },
      ] },
      en: { pairs: [
        { reach: 40, a: ['sharpener blade', 'blade from a sharpener', 'blade out of a sharpener', 'blade from my sharpener', 'blade out of my sharpener', 'blade of my sharpener', 'took apart a sharpener', 'took apart my sharpener', 'broke open a sharpener', 'compass point', 'tip of my compass', 'point of my compass'], b: ['my arm', 'my wrist', 'my thigh', 'my skin', 'cut', 'scratch', 'carv', 'blood', 'bled', 'again'] },
        { reach: 60, acrossSentences: 1, a: ['hoodie in this heat', 'hoodie even though its hot', 'jacket even though its hot', 'long sleeves even though its hot', 'long sleeves in summer', 'long sleeves in this heat', 'wear long sleeves', 'wearing long sleeves'], b: ['cut', 'cuts', 'scars', 'marks on my arm', 'lines on my arm', 'sh$', 'hide them', 'hide my arms'] },
      ] },
      zh: { pairs: [
        { reach: 10, a: ['卷笔刀的刀片', '卷笔刀片', '削笔刀的刀片', '削笔刀片', '铅笔刀片', '圆规尖', '圆规的针', '圆规针'], b: ['划', '割', '手臂', '手腕', '胳膊', '大腿', '血'] },
        { reach: 16, acrossSentences: 1, a: ['大热天穿长袖', '夏天穿长袖', '这么热还穿长袖', '热也穿外套', '长袖遮'], b: ['划', '割', '伤口', '疤'] },
      ] },
      ko: { pairs: [
        { reach: 16, a: ['연필깎이 칼날', '연필깎이 날', '컴퍼스 바늘', '컴퍼스 끝', '컴퍼스로'], b: ['팔에', '팔을', '손목', '허벅지', '그었', '긁었', '피가', '또 그'] },
        { reach: 24, acrossSentences: 1, a: ['더운데 긴팔', '여름인데 긴팔', '더운데 후드', '긴팔로 가리', '긴팔 입고 가리'], b: ['그은', '그었', '상처', '자해', 'ㅈㅎ', '흉터'] },
      ] },
      vi: { pairs: [
        { reach: 32, a: ['lưỡi gọt bút chì', 'lưỡi dao gọt bút chì', 'lưỡi dao chuốt bút chì', 'lưỡi chuốt chì', 'đầu compa', 'mũi compa'], b: ['tay', 'cổ tay', 'đùi', 'rạch', 'cứa', 'chảy máu', 'máu'] },
        { reach: 40, acrossSentences: 1, a: ['nóng vẫn mặc áo khoác', 'nóng mà vẫn mặc áo dài tay', 'mặc áo dài tay để che', 'mặc áo khoác để che'], b: ['vết rạch', 'vết cứa', 'vết cắt', 'rạch tay', 'cứa tay'] },
      ] },
      ne: {
        say: ['हातमा फेरि कोरें', 'कम्पासले हातमा'],
        pairs: [
          { reach: 24, a: ['compass', 'sharpener', 'कम्पास', 'सार्पनर'], b: ['haat ma', 'hat ma', 'haath ma', 'pakhura', 'paakhura', 'tighra', 'nadi ma', 'naadi ma', 'हातमा', 'पाखुरा', 'तिघ्रा'] },
          { reach: 40, acrossSentences: 1, a: ['pheri kore', 'feri kore', 'pheri koren', 'feri koren', 'pheri kaate', 'feri kaate', 'pheri kaaten', 'feri kaaten', 'फेरि कोरें', 'फेरि काटें'], b: ['haat', 'hat ma', 'ragat', 'long sleeve', 'lukau', 'lukaun', 'हात', 'रगत'] },
        ],
      },
      tl: {
        pairs: [
          { reach: 40, acrossSentences: 1, a: ['nag cut', 'nagcut', 'nag-cut', 'mag cut', 'magcut', 'mag-cut', 'nagcucut', 'nagcu-cut', 'nagka-cut'], b: ['blade ng sharpener', 'sharpener', 'pantasa', 'braso ko', 'pulso ko', 'hita ko', 'wrist ko', 'mas marami ngayon', 'mas malalim', 'gumagaan daw', 'gumagaan ang loob', 'relapse', 'naka jacket', 'naka-jacket', 'naka long sleeves'] },
          { reach: 24, a: ['blade ng sharpener', 'blade ng pantasa', 'blade sa sharpener', 'blade ng pencil sharpener'], b: ['braso', 'pulso', 'hita', 'dugo', 'hiniwa', 'ginamit ko', 'gamit ko', 'gamit yung', 'ulit'] },
        ],
      },
      pt: { pairs: [
        { reach: 32, a: ['lâmina do apontador', 'lamina do apontador', 'gilete do apontador', 'desmontei o apontador', 'desmontei um apontador', 'ponta do compasso'], b: ['braço', 'pulso', 'coxa', 'me cortei', 'me cortar', 'me corto', 'sangue', 'sangrou', 'risquei'] },
        { reach: 40, acrossSentences: 1, a: ['de moletom nesse calor', 'de blusa de frio nesse calor', 'de manga comprida nesse calor', 'manga comprida pra esconder', 'moletom pra esconder', 'casaco mesmo no calor'], b: ['corte', 'cortes', 'marcas', 'cicatriz', 'me cortei'] },
      ] },
      id: { pairs: [
        { reach: 32, a: ['silet rautan', 'pisau rautan', 'silet dari rautan', 'bongkar rautan', 'ujung jangka'], b: ['tangan', 'lengan', 'pergelangan', 'paha', 'nyayat', 'gores', 'darah', 'lagi'] },
        { reach: 40, acrossSentences: 1, a: ['pake jaket padahal panas', 'pakai jaket padahal panas', 'pake hoodie padahal panas', 'pake lengan panjang biar', 'jaket biar ga keliatan', 'jaket biar gak keliatan'], b: ['sayatan', 'bekas', 'luka', 'gores', 'barcode'] },
      ] },
    },
  },
  {
    // «ma nabhaye buwa aama ko kharcha ghatcha hola», «ma rahina bhane family le insurance ko paisa paucha
    // ki?»: "if I weren't here" with what the family would gain — the costs down, the insurance paid.
    name: 'if I were not here, the family’s costs would go down or the insurance would be paid',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['私がいなければ', 'わたしがいなければ', '僕がいなければ', 'ぼくがいなければ', '俺がいなければ', 'おれがいなければ', '私がいなくなれば', 'わたしがいなくなれば', '僕がいなくなれば', 'ぼくがいなくなれば', 'うちがいなければ'], b: ['お金がかからな', 'おかねがかからな', '出費が減', 'しゅっぴがへ', '学費が浮', 'がくひがう', '保険金', 'ほけんきん', '食費が浮', 'しょくひがう'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['if i wasnt here', 'if i werent here', 'if i wasnt around', 'if i werent around', 'without me around', 'if i was gone', 'if i were gone', 'if im not around', 'if im gone'], b: ['spend less', 'spend so much less', 'spend way less', 'spend a lot less', 'save money', 'save so much', 'less expenses', 'one less mouth', 'cost less', 'get the insurance', 'insurance money', 'life insurance'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: 1, a: ['没有我的话', '要是没有我', '如果没有我', '我不在了', '我唔喺度', '冇咗我', '我要是不在'], b: ['省钱', '省很多钱', '少花', '少一份开销', '负担轻', '保险金', '保险的钱', '拿到保险'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: 1, a: ['내가 없으면', '내가 없어지면', '나만 없으면', '내가 없었으면'], b: ['돈이 덜', '돈 덜 들', '생활비가 줄', '부담이 줄', '보험금', '보험 돈'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['nếu không có em', 'nếu không có con', 'nếu không có tôi', 'nếu em không còn', 'nếu con không còn', 'nếu tôi không còn', 'không có em thì', 'không có con thì'], b: ['đỡ tốn', 'bớt tốn', 'đỡ tiền', 'bớt gánh nặng', 'đỡ gánh nặng', 'tiền bảo hiểm', 'được bảo hiểm'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['ma nabhaye', 'ma nabhae', 'ma nabhaee', 'ma rahina bhane', 'ma rahina bhaye', 'ma rahena bhane', 'ma narahe', 'ma nahune bhaye', 'म नभए', 'म रहिनँ भने', 'म नरहे'], b: ['kharcha ghat', 'kharcha kam', 'kharcha bach', 'kharch ghat', 'kharch kam', 'bojh ghat', 'bojh kam', 'insurance', 'bima', 'beema', 'खर्च घट', 'खर्च कम', 'बीमा'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['kung wala ako', 'pag wala na ako', 'kapag wala na ako', 'kung mawala ako', 'kung wala na ako'], b: ['makakatipid', 'mas makakatipid', 'bawas gastos', 'bawas sa gastos', 'isang bibig na lang', 'makukuha nila ang insurance', 'insurance'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['sem mim', 'se eu não tivesse aqui', 'se eu não estivesse aqui', 'se eu sumisse', 'se eu não existisse', 'se eu morresse'], b: ['gastariam menos', 'gastar menos', 'economizar', 'uma boca a menos', 'menos despesa', 'dinheiro do seguro', 'seguro de vida'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['kalau gw ga ada', 'kalau gue ga ada', 'kalau aku ga ada', 'kalau aku gak ada', 'kalau aku nggak ada', 'kalau saya tidak ada', 'tanpa aku', 'kalo gw ga ada', 'kalo aku ga ada'], b: ['hemat', 'ngurangin biaya', 'biaya berkurang', 'beban berkurang', 'uang asuransi', 'dapet asuransi', 'dapat asuransi'] }] },
    },
  },
  {
    // «aajkal station ko platform ma ubhiyera train aayeko matra herchu»: standing on the platform only to
    // watch the trains come in, or letting them pass without getting on (「電車を何本も見送った」).
    name: 'standing on the platform just watching the trains come, letting them pass without boarding',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['電車を何本も見送', 'でんしゃをなんぼんもみおく', '電車を何本も見送'], b: ['ホームの端', 'ほーむのはし', 'ぼーっと', 'ぼんやり', 'ずっと立って', 'ずっとたって', '何時間も', 'なんじかんも', '吸い込まれ', 'すいこまれ', '飛び込', 'とびこ'] }] },
      en: { pairs: [{ reach: 60, a: ['on the platform', 'at the station', 'by the tracks'], b: ['just watching the trains', 'just watched the trains', 'only watching the trains', 'just watch the trains', 'let train after train', 'watched train after train', 'watching train after train'] }] },
      zh: { pairs: [{ reach: 20, a: ['站台', '月台', '车站'], b: ['只是看着列车', '只是看着火车', '就这样看着列车', '就这样看着火车', '净系睇住啲车'] }] },
      ko: { pairs: [{ reach: 30, a: ['승강장', '역 홈', '플랫폼'], b: ['지나가는 것만 봤', '지나가는 것만 보', '들어오는 것만 봤', '들어오는 것만 보'] }] },
      vi: { pairs: [{ reach: 60, a: ['sân ga', 'đường ray', 'nhà ga'], b: ['chỉ đứng nhìn tàu', 'chỉ nhìn tàu đến', 'chỉ nhìn tàu chạy qua'] }] },
      ne: { pairs: [{ reach: 40, a: ['platform ma ubhi', 'platform ma ubhe', 'platform ko chheu', 'platform ko chhewa', 'railway line ko chheu', 'rail line ko chheu', 'station ko platform'], b: ['train aayeko matra', 'train aaeko matra', 'train aayeko heri', 'train aaeko heri', 'train aayeko herchu', 'train aaeko herchu', 'train aayeko hereko', 'train haru aayeko', 'train gayeko matra', 'train janda matra', 'train aauda hamfal'] }] },
      tl: { pairs: [{ reach: 60, a: ['sa platform', 'sa istasyon', 'sa riles'], b: ['pinapanood lang ang tren', 'pinapanood ko lang ang tren', 'pinapanood lang dumaan ang tren', 'tinitingnan ko lang ang tren'] }] },
      pt: { pairs: [{ reach: 60, a: ['na plataforma', 'na estação', 'na beira do trilho'], b: ['só vendo o trem passar', 'só olhando o trem chegar', 'só vendo os trens passarem', 'só olhando os trens'] }] },
      id: { pairs: [{ reach: 60, a: ['di peron', 'di stasiun', 'di pinggir rel'], b: ['cuma liatin kereta', 'cuma ngeliatin kereta', 'cuma lihat kereta', 'cuma ngeliat kereta'] }] },
    },
  },
  {
    // «besok pas jam istirahat gw naik ke atap sekolah, katanya pintunya ga pernah dikunci»: going up to the
    // (school) roof, with the door to it that is never locked — the way up checked.
    name: 'going up to the school or building roof, the door to it never locked',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['屋上に行く', 'おくじょうにいく', '屋上へ行く', '屋上行く', '屋上に上がる', 'おくじょうにあがる', '屋上に行きます'], b: ['鍵が開いてる', 'かぎがあいてる', '鍵が開いている', '鍵がかかってない', 'かぎがかかってない', '鍵かかってない', 'かぎかかってない', '鍵はかかってない', '鍵がかかっていない'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['im going up to the roof', 'going up to the roof', 'gonna go up to the roof', 'gonna go to the roof', 'ill go up to the roof', 'i will go up to the roof', 'im going to the roof', 'going to the rooftop', 'gonna go to the rooftop', 'heading up to the roof', 'im heading to the roof'], b: ['never locked', 'always unlocked', 'door is unlocked', 'left unlocked', 'always open'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: 1, a: ['上天台', '去天台', '上楼顶', '去楼顶', '上屋顶', '上顶楼', '去顶楼'], b: ['门从来不锁', '门从来都不锁', '门一直不锁', '门一直开着', '门从来唔锁', '门一直冇锁', '门成日冇锁'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: 1, a: ['옥상에 올라', '옥상 올라', '옥상에 가', '옥상 가'], b: ['문이 안 잠겨', '문 안 잠겨', '안 잠겨 있', '문이 열려 있', '잠겨 있지 않'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['lên sân thượng', 'lên nóc', 'lên tầng thượng'], b: ['không bao giờ khóa', 'không khóa cửa', 'cửa không khóa', 'cửa lúc nào cũng mở'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['rooftop', 'chhat ma', 'chhana ma', 'chhat ko dhoka', 'छतमा', 'छतको ढोका'], b: ['dhoka sadhai khul', 'sadhai khullai', 'sadhai khulla', 'lock hudaina', 'chabi lagdaina', 'sadhai khulla hunchha', 'ढोका सधैं खुल'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['aakyat sa rooftop', 'akyat sa rooftop', 'umakyat sa rooftop', 'aakyat sa bubong', 'pupunta sa rooftop'], b: ['hindi nakakandado', 'di nakakandado', 'hindi naka lock', 'di naka lock', 'laging bukas', 'bukas lagi'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['subir no terraço', 'subir pro terraço', 'subir na laje', 'subir no telhado', 'subir pra cobertura', 'ir pro terraço'], b: ['nunca fica trancad', 'nunca tá trancad', 'sempre aberta', 'não tranca', 'sem tranca'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['naik ke atap', 'ke atap sekolah', 'naik ke rooftop', 'ke rooftop sekolah', 'naik ke lantai paling atas'], b: ['ga pernah dikunci', 'gak pernah dikunci', 'nggak pernah dikunci', 'tidak pernah dikunci', 'ga dikunci', 'gak dikunci', 'nggak dikunci', 'tidak dikunci', 'pintunya kebuka terus', 'pintunya selalu terbuka'] }] },
    },
  },
  {
    // «診所開嘅安眠藥我都冇食，全部儲埋一齊», «어젯밤에 어머니 약이랑 제 약 모아놓고 한참 쳐다봤어요»: sleeping
    // pills not taken but saved up all together, or the pills gathered and stared at for a long time.
    // (An older person's forgotten tablets, or pills sorted into a box for the week, are no part of it.)
    name: 'sleeping pills not taken but saved all together; the pills gathered and stared at for a long time',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { ordered: true, reach: 16, a: ['睡眠薬', 'すいみんやく', '眠剤', 'みんざい', '睡眠導入剤'], b: ['飲まずにため', 'のまずにため', '飲まずに貯め', '飲まずに溜め', '全部ためて', 'ぜんぶためて', '全部貯めて', '全部溜めて'] },
        { ordered: true, reach: 20, a: ['薬を全部並べ', 'くすりをぜんぶならべ', '薬を並べて', 'くすりをならべて', '薬を集めて', 'くすりをあつめて', '薬を全部出して', 'くすりをぜんぶだして'], b: ['眺め', 'ながめ', 'じっと見', 'じっとみ', 'ずっと見', 'ずっとみ'] },
      ] },
      en: { pairs: [
        { ordered: true, reach: 60, a: ['sleeping pills', 'sleeping tablets', 'sleep meds'], b: ['kept them all', 'saved them all', 'saving them all', 'saved up', 'saving up', 'stockpiled'] },
        { ordered: true, reach: 40, a: ['lined up all my pills', 'lined up all the pills', 'lined up my pills', 'poured out all my pills', 'poured out all the pills', 'put all the pills together', 'put all my pills together', 'gathered all the pills', 'gathered all my pills', 'laid out all my pills', 'laid out all the pills'], b: ['stared at', 'staring at', 'looked at them for', 'looking at them for'] },
      ] },
      zh: { pairs: [
        { ordered: true, reach: 16, a: ['安眠药', '瞓觉药', '睡觉药', '睡眠药', '安眠丸', '镇静剂', '安定片'], b: ['储埋', '储起', '储咗', '储晒', '攒起来', '攒着', '攒了', '攒在一起', '放埋一齐'] },
        // Cantonese: the pills saved up by the bottle, all taken tonight "and that's that" (啲藥我已經儲咗一大樽，今晚食晒佢算數)
        { reach: 16, acrossSentences: 1, a: ['药我已经储', '药已经储', '储咗一大樽', '储咗好多药', '储咗成樽'], b: ['食晒', '一次过食', '全部食', '算数'] },
        { reach: 12, a: ['食晒佢', '食晒啲药', '全部食晒'], b: ['算数', '一了百了'] },
        { ordered: true, reach: 16, a: ['把药都倒出来', '把药全倒出来', '把药都摆出来', '把药放在一起', '药都摆出来', '啲药摆晒出嚟', '啲药倒晒出嚟', '把所有的药'], b: ['看了很久', '看了好久', '盯着看', '一直看着', '望咗好耐', '睇咗好耐'] },
      ] },
      ko: { pairs: [
        { ordered: true, reach: 16, a: ['약 모아', '약을 모아', '약들 모아', '약 다 모아', '약을 다 모아', '약 전부 모아', '수면제 모아', '수면제를 모아', '약 꺼내', '약을 꺼내', '약을 다 꺼내', '약 다 꺼내', '약 늘어놓', '약을 늘어놓', '약 다 늘어놓', '수면제를 꺼내'], b: ['쳐다봤', '쳐다보', '바라봤', '바라보', '들여다봤', '들여다보', '한참 봤', '한참을 봤', '한참 보고'] },
        { ordered: true, reach: 16, a: ['수면제', '수면제를', '수면제는'], b: ['안 먹고 모아', '안 먹고 다 모', '먹지 않고 모아', '안 먹고 쌓아'] },
      ] },
      vi: { pairs: [
        { ordered: true, reach: 40, a: ['thuốc ngủ'], b: ['không uống mà gom', 'không uống để dành', 'không uống, để dành', 'không uống mà để dành', 'gom hết lại'] },
        { ordered: true, reach: 40, a: ['gom hết thuốc', 'bày hết thuốc ra', 'đổ hết thuốc ra', 'gom thuốc lại'], b: ['ngồi nhìn', 'nhìn rất lâu', 'nhìn chằm chằm', 'nhìn mãi'] },
      ] },
      ne: { pairs: [
        { ordered: true, reach: 40, a: ['nindra ko aushadhi', 'nindra ko ausadhi', 'nindra ko chakki', 'sleeping pill', 'निद्राको औषधि', 'निद्राको चक्की'], b: ['nakhaai jamma', 'nakhai jamma', 'nakhaera jamma', 'khaeko chhaina, jamma', 'sabai jamma', 'नखाई जम्मा', 'सबै जम्मा'] },
        { ordered: true, reach: 40, a: ['aushadhi jamma garera', 'ausadhi jamma garera', 'chakki jamma garera', 'औषधि जम्मा गरेर', 'चक्की जम्मा गरेर'], b: ['heri rahe', 'herirahe', 'hereko', 'heri basen', 'हेरिरहें', 'हेरेर बसें'] },
      ] },
      tl: { pairs: [
        { ordered: true, reach: 40, a: ['pampatulog', 'sleeping pills'], b: ['hindi ko iniinom, iniipon', 'di ko iniinom, iniipon', 'iniipon ko lahat', 'inipon ko lahat', 'iniipon ko na'] },
        { ordered: true, reach: 40, a: ['inipon ko lahat ng gamot', 'nilatag ko lahat ng gamot', 'nilabas ko lahat ng gamot', 'pinagsama ko lahat ng gamot'], b: ['tinitigan', 'tinititigan', 'tiningnan ko nang matagal', 'tinitingnan ko nang matagal'] },
      ] },
      pt: { pairs: [
        { ordered: true, reach: 40, a: ['remédio pra dormir', 'remédio para dormir', 'remédios pra dormir', 'remédios para dormir', 'comprimidos pra dormir', 'calmantes'], b: ['não tomo, guardo', 'não tomo e guardo', 'não tomei, guardei', 'não tomei e guardei', 'juntando todos', 'juntei todos', 'acumulando'] },
        { ordered: true, reach: 40, a: ['juntei os remédios', 'juntei todos os remédios', 'espalhei os remédios', 'espalhei todos os remédios', 'coloquei todos os remédios'], b: ['fiquei olhando', 'fiquei encarando', 'olhando pra eles', 'muito tempo olhando'] },
      ] },
      id: { pairs: [
        { ordered: true, reach: 40, a: ['obat tidur'], b: ['ga diminum tapi dikumpulin', 'gak diminum tapi dikumpulin', 'ga diminum, dikumpulin', 'tidak diminum tapi dikumpulkan', 'dikumpulin semua', 'dikumpulkan semua', 'ditimbun'] },
        { ordered: true, reach: 40, a: ['ngumpulin semua obat', 'jejerin semua obat', 'jejerin obat', 'ngeluarin semua obat', 'kumpulin semua obat'], b: ['ngeliatin lama', 'liatin lama', 'natap lama', 'menatapnya lama', 'diliatin lama'] },
      ] },
    },
  },
  {
    // 「私がいなくなった後も困らないように。もう十分がんばったので」: arrangements "for after I'm gone" (a pet
    // rehomed, things sorted) beside "I've done enough, tried hard enough". "After I'm gone" alone is a
    // parent's worry for a dependent child (親亡き後) and stays quiet; "I've done enough" alone is tiredness.
    // Together they say the writer means to go. (The "after I'm gone" side is read even inside the
    // idioms that keep it quiet alone: pastDeath.)
    name: 'arrangements for after I am gone, beside "I have done enough"',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2, pastDeath: 'b',
        a: ['もう十分がんばった', 'もう十分頑張った', 'もうじゅうぶんがんばった', '十分がんばったので', '十分頑張ったので', 'じゅうぶんがんばったので', 'もう十分生きた', 'もうじゅうぶんいきた', 'もう十分やった', 'もうじゅうぶんやった'],
        b: ['いなくなった後', 'いなくなったあと', 'いなくなっても', 'いなくなったら', '死んだ後', 'しんだあと', '死んだあと', '亡き後'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 2, ordered: true, pastDeath: 'a',
        a: ['when im gone', 'after im gone', 'once im gone', 'when i am gone', 'after i am gone', 'after i die', 'when i die', 'when im not here', 'after im not here'],
        b: ['done enough', 'tried hard enough', 'tried long enough', 'fought enough', 'fought long enough', 'lived long enough'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2, ordered: true, pastDeath: 'a',
        a: ['我不在以后', '我不在了以后', '我走了以后', '我走后', '我死后', '我死了以后', '我不在之后', '我离开以后'],
        b: ['已经够努力了', '已经够努力', '已经尽力了', '已经撑够了', '活够了'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 2, ordered: true, pastDeath: 'a',
        a: ['내가 없어도', '내가 없어진 뒤', '내가 없어진 후', '내가 떠난 뒤', '내가 떠난 후', '내가 죽은 뒤', '내가 죽은 후', '내가 죽으면'],
        b: ['충분히 노력했', '할 만큼 했', '충분히 버텼', '충분히 살았'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2, ordered: true, pastDeath: 'a',
        a: ['khi tôi không còn', 'sau khi tôi đi', 'sau khi em đi', 'khi em không còn', 'sau khi tôi chết', 'sau khi em chết', 'khi tôi mất'],
        b: ['đã cố gắng đủ rồi', 'cố gắng đủ rồi', 'đã cố hết sức rồi', 'sống đủ rồi'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2, ordered: true, pastDeath: 'a',
        a: ['म नभएपछि', 'म गएपछि', 'म मरेपछि', 'ma nabhaepachhi', 'ma gaepachhi', 'ma marepachhi'],
        b: ['धेरै लडें', 'पर्याप्त प्रयास गरें', 'धेरै बाँचें', 'dherai ladeko', 'dherai ladẽ'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2, ordered: true, pastDeath: 'a',
        a: ['pag wala na ako', 'kapag wala na ako', 'kung wala na ako', 'pagkawala ko', 'pag namatay ako', 'kapag namatay ako'],
        b: ['sapat na ang laban', 'pagod na akong lumaban', 'lumaban na ako nang sapat', 'sapat na ang buhay ko'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2, ordered: true, pastDeath: 'a',
        a: ['quando eu não estiver mais', 'quando eu partir', 'depois que eu partir', 'quando eu morrer', 'depois que eu morrer', 'depois que eu for embora'],
        b: ['já lutei demais', 'já lutei o suficiente', 'já tentei demais', 'já fiz o que pude', 'já vivi o suficiente'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2, ordered: true, pastDeath: 'a',
        a: ['kalau aku sudah tidak ada', 'kalau aku udah gak ada', 'kalau saya sudah tidak ada', 'setelah aku pergi', 'setelah saya pergi', 'setelah aku mati', 'kalau aku mati'],
        b: ['sudah cukup berjuang', 'udah cukup berjuang', 'sudah cukup berusaha', 'udah cukup hidup'] }] },
    },
  },
  // ── pass fc15: very short messages typed fast ──
  {
    // "after the film about suicide I keep thinking I should do it too", «友達が自殺した。私もしようかな», 我也想这样,
    // «나도 따라 할까», «em cũng muốn làm vậy», «म पनि त्यस्तै गर्छु होला», «gusto ko rin gawin», «fazer igual», «pengen
    // kayak gitu juga»: someone's suicide — a friend's, a stranger's, a character's in a film — and the wish to do the
    // same. The death is past and an idiom keeps it quiet alone; the wish to follow is the danger. (Prevention
    // work, a fundraiser, volunteering "too" are no such wish: the suicide side names the death, not "suicide
    // prevention", and the wish names doing it.)
    name: 'doing the same after someone’s suicide (a friend’s, a stranger’s, a character’s): I should do it too',
    signal: 'suicide',
    words: {
      ja: {
        pairs: [{ reach: 40, acrossSentences: true, pastDeath: 'b',
          a: ['私もしようかな', 'わたしもしようかな', 'あたしもしようかな', '僕もしようかな', 'ぼくもしようかな', '俺もしようかな', 'おれもしようかな', '自分もしようかな', 'じぶんもしようかな', '私もやろうかな', 'わたしもやろうかな', '私も同じこと', 'わたしもおなじこと', '同じことしよう', 'おなじことしよう', 'まねしたい', '真似したい', 'まねしようかな', '真似しようかな', '私もそうしよう', 'わたしもそうしよう', '私もそうしたい', 'わたしもそうしたい'],
          b: ['自殺', 'じさつ', '自死', '命を絶', 'いのちをた', '首を吊', 'くびをつ', '飛び降り', 'とびおり'] }],
      },
      en: {
        pairs: [{ reach: 80, acrossSentences: true, pastDeath: 'b',
          a: ['do it too', 'do it as well', 'do the same', 'do what he did', 'do what she did', 'do what they did', 'do like him', 'do like her', 'same as him', 'same as her', 'go the same way', 'end it like', 'do it like him', 'do it like her', 'copy him', 'copy her', 'follow his lead', 'follow her lead'],
          b: ['killed himself', 'killed herself', 'killed themselves', 'took his own life', 'took her own life', 'took their own life', 'committed suicide', 'died by suicide', 'hanged himself', 'hanged herself', 'about suicide', 'suicide scene', 'the suicide$', 'his suicide$', 'her suicide$', 'their suicide$'] }],
        // (prevention work or a fundraiser "too")
        idioms: ['do the same for', 'do the same thing for', 'do it too for', 'do the same work'],
      },
      zh: {
        pairs: [{ reach: 24, acrossSentences: true, pastDeath: 'b',
          a: ['我也想这样', '我也想这么做', '我也想那样', '我也想那么做', '我也想学他', '我也想学她', '我也想跟着', '我也想试试', '我也想做同样', '我也要这样', '我也这样算了', '学他那样', '学她那样'],
          b: ['自杀', '轻生', '跳楼', '上吊', '割腕'] }],
        idioms: ['我也想这样帮', '我也想这样去帮', '我也想这样做志愿', '我也想这么帮', '我也想学他帮', '我也想学她帮'],
      },
      ko: {
        pairs: [{ reach: 40, acrossSentences: true, pastDeath: 'b',
          a: ['나도 따라 하고 싶', '나도 따라하고 싶', '나도 따라할까', '나도 따라 할까', '나도 그렇게 하고 싶', '나도 그렇게 할까', '나도 똑같이', '저도 따라', '나도 따라', '따라하고 싶', '따라 하고 싶'],
          b: ['자살', '스스로 목숨', '목숨을 끊', '극단적 선택', '극단적인 선택', '투신'] }],
      },
      vi: {
        pairs: [{ reach: 64, acrossSentences: true, pastDeath: 'b',
          a: ['cũng muốn làm vậy', 'cũng muốn làm thế', 'cũng muốn làm như vậy', 'cũng muốn làm như thế', 'cũng làm vậy', 'cũng làm theo', 'làm theo', 'làm giống vậy', 'làm giống thế', 'học theo'],
          b: ['tự tử', 'tự sát', 'tự vẫn', 'treo cổ', 'nhảy lầu', 'nhảy cầu'] }],
      },
      ne: {
        pairs: [{ reach: 64, acrossSentences: true, pastDeath: 'b',
          a: ['म पनि त्यस्तै गर्छु', 'म पनि त्यसै गर्छु', 'म पनि त्यसो गर्छु', 'म पनि त्यस्तै गरूँ', 'म पनि त्यसै गरूँ', 'मैले पनि त्यस्तै', 'ma pani testai', 'ma pani tyastai', 'ma pani tyasai', 'ma pani tesai', 'ma pani tyaso', 'ma pani teso', 'maile pani testai', 'maile pani tyastai'],
          b: ['आत्महत्या', 'aatmahatya', 'atmahatya', 'झुण्डिएर', 'jhundiyera', 'jhundera'] }],
      },
      tl: {
        pairs: [{ reach: 64, acrossSentences: true, pastDeath: 'b',
          a: ['gusto ko rin gawin', 'gusto ko din gawin', 'gawin ko rin', 'gawin ko din', 'gagawin ko rin', 'gagawin ko din', 'gayahin', 'gagayahin', 'ganun din gagawin', 'ganun din ang gagawin', 'ganon din gagawin'],
          b: ['nagpakamatay', 'nagbigti', 'nagpatiwakal', 'kinitil', 'suicide'] }],
      },
      pt: {
        pairs: [{ reach: 64, acrossSentences: true, pastDeath: 'b',
          a: ['fazer igual', 'fazer isso também', 'fazer o mesmo que ele', 'fazer o mesmo que ela', 'fazer igual a ele', 'fazer igual a ela', 'fazer igualzinho', 'seguir o mesmo caminho', 'também vou fazer', 'eu também faço', 'copiar ele', 'copiar ela'],
          b: ['se matou', 'se suicidou', 'cometeu suicídio', 'o suicídio d', 'suicídio do', 'suicídio da', 'sobre suicídio', 'sobre o suicídio', 'tirou a própria vida', 'se enforcou', 'se jogou'] }],
      },
      id: {
        pairs: [{ reach: 64, acrossSentences: true, pastDeath: 'b',
          a: ['ngelakuin juga', 'melakukan juga', 'ngelakuin hal yang sama', 'melakukan hal yang sama', 'kayak gitu juga', 'kayak dia juga', 'seperti dia juga', 'ikut ikutan', 'ikutan juga', 'niru dia', 'meniru dia', 'pengen kayak gitu', 'mau kayak gitu', 'pengen kayak dia', 'mau kayak dia'],
          b: ['bunuh diri', 'gantung diri', 'mengakhiri hidup', 'loncat dari'] }],
      },
    },
  },
  // ── pass indirect: the danger never named — signs a parent finds, arrangements with a date, pills counted ──
  {
    // 「中2の娘が真夏でも長袖しか着なくなり、部屋のゴミ箱にティッシュでくるんだカミソリの刃」, "wears long sleeves even
    // in this heat and I found razor blades wrapped in tissue in his bin", «lamo bahula … dustbin ma ragat lageko tissue
    // ra blade», «manga comprida até no verão … lenço com sangue e a lâmina»: what a parent finds — long sleeves in the
    // heat, and a blade or bloodied tissues; or a blade and bloodied tissues together. (Long sleeves alone are sun or
    // eczema; a razor alone is shaving; a blade disposed of in the bathroom bin has no blood and no sleeves.)
    name: 'a parent finds blades or bloodied tissues in a child’s room or bin, and long sleeves worn even in the summer heat',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { reach: 40, acrossSentences: 2,
          a: ['夏でも長袖', 'なつでもながそで', '真夏でも長袖', 'まなつでもながそで', '夏なのに長袖', 'なつなのにながそで', '暑いのに長袖', 'あついのにながそで', '暑くても長袖', 'あつくてもながそで', '夏も長袖', 'なつもながそで', '長袖しか着', 'ながそでしかき', 'いつも長袖', 'いつもながそで', '長袖ばかり', 'ながそでばかり'],
          b: ['カミソリ', 'かみそり', '剃刀', 'カッターの刃', 'かったーのは', 'カッターナイフ', '血のついたティッシュ', 'ちのついたてぃっしゅ', '血がついたティッシュ', 'ちがついたてぃっしゅ', '血だらけのティッシュ', 'ちだらけのてぃっしゅ', '切り傷', 'きりきず'] },
        { reach: 40, acrossSentences: 1,
          a: ['カミソリ', 'かみそり', '剃刀', 'カッターの刃', 'かったーのは'],
          b: ['血のついたティッシュ', 'ちのついたてぃっしゅ', '血がついたティッシュ', 'ちがついたてぃっしゅ', '血だらけのティッシュ', 'ちだらけのてぃっしゅ', '血のついた', 'ちのついた'] },
      ] },
      en: { pairs: [
        { reach: 100, acrossSentences: 2,
          a: ['long sleeves even', 'long sleeves in this heat', 'long sleeves in summer', 'long sleeves all summer', 'long sleeves in the heat', 'long sleeves when its hot', 'long sleeves though its hot', 'only wears long sleeves', 'always wears long sleeves', 'wearing long sleeves in', 'hoodie even in', 'hoodie in this heat', 'hoodie all summer', 'jacket in this heat'],
          b: ['razor', 'blade', 'box cutter', 'bloody tissue', 'tissues with blood', 'tissue with blood', 'blood on the tissue', 'bloodstained tissue', 'blood stained tissue'] },
        { reach: 80, acrossSentences: 1,
          a: ['razor', 'blade', 'box cutter'],
          b: ['bloody tissue', 'tissues with blood', 'tissue with blood', 'blood on the tissue', 'bloodstained tissue', 'blood stained tissue'] },
      ] },
      zh: { pairs: [
        { reach: 40, acrossSentences: 2,
          a: ['夏天也穿长袖', '夏天也只穿长袖', '大夏天也穿长袖', '大夏天也只穿长袖', '大热天也穿长袖', '大热天穿长袖', '天热还穿长袖', '热天也穿长袖', '总是穿长袖', '一直穿长袖', '只穿长袖'],
          b: ['刀片', '剃刀', '剃须刀', '美工刀', '带血的纸巾', '沾血的纸巾', '有血的纸巾', '纸巾上有血', '血迹'] },
        { reach: 30, acrossSentences: 1, a: ['刀片', '剃刀', '美工刀'], b: ['带血的纸巾', '沾血的纸巾', '有血的纸巾', '纸巾上有血', '沾着血'] },
      ] },
      ko: { pairs: [
        { reach: 80, acrossSentences: 2,
          a: ['한여름에도 긴팔', '여름에도 긴팔', '더운데도 긴팔', '더워도 긴팔', '여름인데 긴팔', '긴팔만 입', '항상 긴팔', '늘 긴팔'],
          b: ['면도날', '면도칼', '커터칼', '칼날', '피 묻은 휴지', '피묻은 휴지', '휴지에 피'] },
        { reach: 60, acrossSentences: 1, a: ['면도날', '면도칼', '커터칼', '칼날'], b: ['피 묻은 휴지', '피묻은 휴지', '휴지에 피', '피가 묻은'] },
      ] },
      vi: { pairs: [
        { reach: 100, acrossSentences: 2,
          a: ['áo dài tay', 'áo tay dài', 'áo khoác cả mùa hè', 'áo khoác dù trời nóng'],
          b: ['lưỡi dao', 'dao lam', 'dao cạo', 'dao rọc giấy', 'giấy ăn dính máu', 'khăn giấy dính máu', 'giấy dính máu', 'giấy vệ sinh dính máu'] },
        { reach: 80, acrossSentences: 1, a: ['lưỡi dao', 'dao lam', 'dao cạo', 'dao rọc giấy'], b: ['giấy ăn dính máu', 'khăn giấy dính máu', 'giấy dính máu', 'giấy vệ sinh dính máu', 'dính máu'] },
      ] },
      ne: { pairs: [
        { reach: 100, acrossSentences: 2,
          a: ['lamo bahula', 'lamo baahula', 'lamo bahulako', 'long sleeve', 'full sleeve', 'लामो बाहुला', 'पूरा बाहुला'],
          b: ['blade', 'ब्लेड', 'ragat lageko tissue', 'ragat lageko', 'ragat laageko', 'रगत लागेको'] },
        { reach: 80, acrossSentences: 1, a: ['blade', 'ब्लेड', 'chhura', 'छुरा'], b: ['ragat lageko tissue', 'ragat lageko', 'ragat laageko', 'रगत लागेको'] },
      ] },
      tl: { pairs: [
        { reach: 100, acrossSentences: 2,
          a: ['long sleeves', 'long sleeve', 'mahabang manggas', 'naka jacket kahit', 'naka-jacket kahit'],
          b: ['labaha', 'blade', 'cutter', 'tissue na may dugo', 'may dugo', 'duguang tissue'] },
        { reach: 80, acrossSentences: 1, a: ['labaha', 'blade', 'cutter'], b: ['tissue na may dugo', 'may dugo', 'duguang tissue'] },
      ] },
      pt: { pairs: [
        { reach: 100, acrossSentences: 2,
          a: ['manga comprida', 'manga longa', 'moletom até no verão', 'moletom no calor', 'casaco até no verão', 'casaco no calor'],
          b: ['lâmina', 'gilete', 'estilete', 'lenço com sangue', 'papel com sangue', 'sangue no lenço', 'lenço sujo de sangue', 'papel sujo de sangue'] },
        { reach: 80, acrossSentences: 1, a: ['lâmina', 'gilete', 'estilete'], b: ['lenço com sangue', 'papel com sangue', 'sangue no lenço', 'lenço sujo de sangue', 'papel sujo de sangue'] },
      ] },
      id: { pairs: [
        { reach: 100, acrossSentences: 2,
          a: ['lengan panjang', 'pake jaket terus', 'pakai jaket terus', 'hoodie terus'],
          b: ['silet', 'cutter', 'pisau cukur', 'tisu berdarah', 'tisu ada darah', 'tisu bernoda darah', 'tisu penuh darah'] },
        { reach: 80, acrossSentences: 1, a: ['silet', 'cutter', 'pisau cukur'], b: ['tisu berdarah', 'tisu ada darah', 'tisu bernoda darah', 'tisu penuh darah'] },
      ] },
    },
  },
  {
    // 「妻が亡くなってから、自分の葬式代を前払いして、新聞も今月で止めました。来月からはもう必要ないので」: one's own
    // funeral paid ahead and things stopped "as they will not be needed from next month" — an end with a date.
    // And "if something happened to me tonight, who would take my cat / would my debts fall on my parents":
    // tonight is the danger; without it, a will or a pet's future is ordinary planning (終活) and stays quiet.
    name: 'my own funeral paid ahead and things stopped “not needed from next month”; the pet or the debts “if something happened to me tonight”',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { reach: 40, acrossSentences: 2,
          a: ['自分の葬式代', 'じぶんのそうしきだい', '自分の葬儀代', 'じぶんのそうぎだい', '自分の葬式', 'じぶんのそうしき', '自分の葬儀', 'じぶんのそうぎ'],
          b: ['もう必要ない', 'もうひつようない', '今月で止め', 'こんげつでとめ', '今月で解約', 'こんげつでかいやく', '今月で終わり', 'こんげつでおわり'] },
        { reach: 30, acrossSentences: 1,
          a: ['今夜私に何か', 'こんやわたしになにか', '今夜わたしに何か', '今夜僕に何か', 'こんやぼくになにか', '今夜俺に何か', 'こんやおれになにか', '今晩私に何か', 'こんばんわたしになにか', '今夜もし私に', 'こんやもしわたしに'],
          b: ['猫', 'ねこ', '犬', 'いぬ', 'ペット', 'ぺっと', '借金', 'しゃっきん', 'ローン', 'ろーん', '引き取', 'ひきと', '誰が', 'だれが'] },
      ] },
      en: { pairs: [
        { reach: 100, acrossSentences: 2,
          a: ['my own funeral', 'paid for my funeral', 'prepaid my funeral', 'paid my funeral'],
          b: ['wont need it', 'wont be needing', 'not needed after', 'cancelled the paper', 'cancelled my paper', 'stopped the paper', 'stopped the newspaper'] },
        { reach: 60, acrossSentences: 1,
          a: ['if something happened to me tonight', 'if anything happened to me tonight', 'if something happens to me tonight', 'if anything happens to me tonight', 'if i was gone tonight', 'if i were gone tonight', 'if i didnt make it through tonight', 'if i wasnt here tomorrow'],
          b: ['cat', 'dog', 'pet', 'debts', 'debt', 'loan', 'who would take', 'who will take', 'who would look after', 'who will look after', 'go to my'] },
      ] },
      zh: { pairs: [
        { reach: 40, acrossSentences: 2, a: ['自己的丧葬费', '自己的葬礼', '我的葬礼', '自己的后事'], b: ['不需要了', '用不着了', '这个月停', '停掉了', '退订了'] },
        { reach: 30, acrossSentences: 1, a: ['今晚我出了什么事', '今晚我有什么事', '今晚我有什么三长两短', '今晚我要是不在了', '今晚我出事'], b: ['猫', '狗', '宠物', '欠款', '欠的钱', '债', '贷款', '谁来养', '谁来照顾', '谁来还'] },
      ] },
      ko: { pairs: [
        { reach: 60, acrossSentences: 2, a: ['내 장례비', '제 장례비', '내 장례', '제 장례', '내 장례식', '제 장례식'], b: ['필요 없', '필요없', '이번 달까지', '이번달까지', '해지했'] },
        { reach: 40, acrossSentences: 1, a: ['오늘 밤 나한테 무슨 일', '오늘밤 나한테 무슨 일', '오늘 밤 저한테 무슨 일', '오늘밤 저한테 무슨 일', '오늘 밤 내가 없어지면', '오늘밤 내가 없어지면'], b: ['고양이', '강아지', '개는', '반려', '빚', '대출', '누가 맡', '누가 키', '누가 갚'] },
      ] },
      vi: { pairs: [
        { reach: 100, acrossSentences: 2, a: ['đám tang của tôi', 'đám tang của mình', 'tiền đám tang của tôi', 'tang lễ của tôi', 'hậu sự của tôi', 'lo hậu sự cho mình'], b: ['không cần nữa', 'không cần dùng nữa', 'hết tháng này', 'đã hủy'] },
        { reach: 60, acrossSentences: 1, a: ['nếu tối nay tôi có chuyện gì', 'nếu tối nay em có chuyện gì', 'nếu đêm nay tôi có chuyện gì', 'nếu đêm nay em có chuyện gì', 'nếu tối nay tôi không còn', 'nếu đêm nay tôi không còn', 'nếu tối nay mình có chuyện gì'], b: ['con mèo', 'con chó', 'thú cưng', 'nợ', 'khoản vay', 'ai nuôi', 'ai chăm', 'ai trả'] },
      ] },
      ne: { pairs: [
        { reach: 100, acrossSentences: 2, a: ['mero antim sanskar', 'mero kaj kiriya', 'aafno antim sanskar', 'मेरो अन्तिम संस्कार', 'आफ्नो अन्तिम संस्कार'], b: ['chahindaina', 'chaahindaina', 'aba chahinna', 'चाहिँदैन', 'चाहिंदैन'] },
        { reach: 60, acrossSentences: 1, a: ['aaja raati malai kehi bhayo', 'aaja rati malai kehi bhayo', 'aaja raati malai kei bhayo', 'aaja rati malai kei bhayo', 'aaja raati ma nabhaye', 'आज राति मलाई केही भयो', 'आज राति म नभए'], b: ['biralo', 'kukur', 'pet$', 'rin', 'karja', 'loan', 'kasle', 'बिरालो', 'कुकुर', 'ऋण', 'कर्जा', 'कसले'] },
      ] },
      tl: { pairs: [
        { reach: 100, acrossSentences: 2, a: ['sarili kong libing', 'sariling libing', 'para sa libing ko', 'burol ko'], b: ['hindi ko na kailangan', 'di ko na kailangan', 'pinatigil ko na', 'kinansela ko na'] },
        { reach: 60, acrossSentences: 1, a: ['kung may mangyari sa akin ngayong gabi', 'kung may mangyari sakin ngayong gabi', 'pag may nangyari sa akin ngayong gabi', 'pag may nangyari sakin ngayong gabi', 'kung mawala ako ngayong gabi', 'kapag may mangyari sa akin ngayong gabi'], b: ['pusa', 'aso', 'alaga', 'utang', 'loan', 'sino ang mag', 'sino mag'] },
      ] },
      pt: { pairs: [
        { reach: 100, acrossSentences: 2, a: ['meu próprio funeral', 'meu funeral', 'meu enterro', 'meu próprio enterro'], b: ['não vou precisar', 'não preciso mais', 'cancelei o jornal', 'cancelei a assinatura', 'até o fim do mês'] },
        { reach: 60, acrossSentences: 1, a: ['se acontecer alguma coisa comigo hoje à noite', 'se algo acontecer comigo hoje à noite', 'se acontecesse alguma coisa comigo hoje à noite', 'se eu não estiver aqui amanhã', 'se eu morrer hoje à noite', 'se eu morresse hoje à noite'], b: ['gato', 'cachorro', 'pet$', 'dívida', 'dívidas', 'empréstimo', 'quem fica', 'quem cuida', 'quem paga'] },
      ] },
      id: { pairs: [
        { reach: 100, acrossSentences: 2, a: ['pemakaman saya sendiri', 'pemakamanku sendiri', 'biaya pemakaman saya', 'biaya pemakamanku', 'biaya kuburan saya', 'biaya kuburanku'], b: ['tidak perlu lagi', 'gak perlu lagi', 'ga perlu lagi', 'nggak perlu lagi', 'sudah saya berhentikan', 'udah aku stop'] },
        { reach: 60, acrossSentences: 1, a: ['kalau malam ini terjadi sesuatu sama aku', 'kalau malam ini terjadi sesuatu sama saya', 'kalo malam ini terjadi sesuatu sama aku', 'kalau malam ini terjadi sesuatu padaku', 'kalau malam ini terjadi sesuatu pada saya', 'jika malam ini terjadi sesuatu pada saya', 'kalau malam ini aku kenapa', 'kalau malam ini saya kenapa', 'kalau malam ini aku ga ada', 'kalau malam ini aku gak ada', 'kalau malam ini saya tidak ada'], b: ['kucing', 'anjing', 'peliharaan', 'utang', 'hutang', 'pinjaman', 'siapa yang'] },
      ] },
    },
  },
  {
    // «Doctor le deko nidra ko goli maile khako chaina, sabai jamma gareko chhu, ahile 40 ota bhayo. Aaja rati
    // ekaichoti lamo nidra sutchhu»: prescribed sleeping pills not taken but saved, counted up, and "tonight, a long
    // sleep all at once". The pills as each language calls them (goli, chakki, 약, obat), saved; or saved pills and
    // tonight's long or last sleep. (A pill to sleep well tonight is no long sleep; pills run out are not saved.)
    name: 'sleeping pills not taken but saved and counted, and tonight a long sleep all at once',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { ordered: true, reach: 24, a: ['睡眠薬', 'すいみんやく', '眠剤', 'みんざい', '眠り薬', 'ねむりぐすり', '眠れる薬', 'ねむれるくすり'], b: ['ためて', '貯めて', '溜めて', 'ためた', '貯めた', '溜めた', 'ためてある', '錠たまった', 'じょうたまった'] },
        { reach: 40, acrossSentences: 2, a: ['薬をためて', 'くすりをためて', '薬を貯めて', '薬を溜めて', '薬がたま', 'くすりがたま', '錠たまった', 'じょうたまった', '錠になった', 'じょうになった'], b: ['今夜', 'こんや', '今晩', 'こんばん', '長い眠り', 'ながいねむり', 'ずっと眠', 'ずっとねむ', '一度に', 'いちどに', 'まとめて飲', 'まとめてのむ'] },
      ] },
      en: { pairs: [
        { ordered: true, reach: 60, a: ['sleeping pills', 'sleeping tablets', 'sleep meds', 'pills the doctor', 'pills my doctor', 'tablets the doctor'], b: ['saved them', 'saving them', 'kept them all', 'keeping them all', 'saved up', 'saving up', 'stockpiled', 'stockpiling'] },
        { reach: 100, acrossSentences: 2, a: ['pills saved', 'saved all the pills', 'saved all my pills', 'saved up the pills', 'saved up my pills', 'stockpiled pills', 'stockpiled the pills', 'kept all the pills', 'kept all my pills', 'pills i saved', 'pills ive saved', 'pills i kept'], b: ['tonight', 'a long sleep', 'long long sleep', 'sleep for good', 'sleep forever', 'all at once', 'all of them at once'] },
      ] },
      zh: { pairs: [
        { ordered: true, reach: 16, a: ['安眠药', '睡眠药', '助眠药', '医生开的药'], b: ['存起来', '存着', '攒着', '攒起来', '攒了', '存了'] },
        { reach: 30, acrossSentences: 2, a: ['药攒了', '药存了', '攒了很多药', '存了很多药', '攒的药', '存的药', '攒起来的药', '存起来的药', '药都攒着', '药都存着'], b: ['今晚', '今天晚上', '长长的觉', '一觉不醒', '永远睡', '一次吃', '一口气吃', '全部吃'] },
      ] },
      ko: { pairs: [
        { ordered: true, reach: 24, a: ['수면제', '수면 유도제', '잠 오는 약', '처방받은 약'], b: ['모아', '모았', '모아 둔', '모아둔', '쌓아'] },
        { reach: 60, acrossSentences: 2, a: ['모아 둔 약', '모아둔 약', '약을 모았', '약 모았', '알 모였', '알이 모였'], b: ['오늘 밤', '오늘밤', '긴 잠', '오래 자', '영원히 자', '한 번에', '한꺼번에', '다 먹'] },
      ] },
      vi: { pairs: [
        { ordered: true, reach: 40, a: ['thuốc ngủ', 'thuốc bác sĩ kê', 'thuốc an thần'], b: ['để dành', 'gom lại', 'gom hết', 'cất hết', 'tích lại'] },
        { reach: 100, acrossSentences: 2, a: ['để dành thuốc', 'gom thuốc', 'gom hết thuốc', 'tích thuốc', 'thuốc để dành'], b: ['tối nay', 'đêm nay', 'giấc ngủ dài', 'ngủ một giấc thật dài', 'ngủ luôn', 'ngủ mãi', 'uống một lần', 'uống hết một lần', 'uống hết một lúc'] },
      ] },
      ne: { pairs: [
        { ordered: true, reach: 40, a: ['nidra ko goli', 'nindra ko goli', 'nidrako goli', 'nindrako goli', 'sutne goli', 'sutne aushadhi', 'sutne ausadhi', 'nidra ko aushadhi', 'nidra ko ausadhi', 'nidra ko chakki', 'निद्राको गोली', 'सुत्ने औषधि', 'सुत्ने चक्की'], b: ['nakhai jamma', 'nakhaai jamma', 'jamma gareko', 'jamma garen', 'jamma gare', 'sabai jamma', 'नखाई जम्मा', 'जम्मा गरेको', 'सबै जम्मा'] },
        { reach: 100, acrossSentences: 2, a: ['goli...jamma', 'aushadhi...jamma', 'ausadhi...jamma', 'chakki...jamma', 'गोली...जम्मा', 'औषधि...जम्मा', 'चक्की...जम्मा'], b: ['aaja rati', 'aaja raati', 'lamo nidra', 'lamo nindra', 'ekaichoti', 'ekai choti', 'sadhai ko lagi sut', 'आज राति', 'लामो निद्रा', 'एकैचोटि'] },
      ] },
      tl: { pairs: [
        { ordered: true, reach: 40, a: ['pampatulog', 'sleeping pills', 'gamot na binigay ng doktor', 'reseta ng doktor'], b: ['iniipon', 'inipon', 'tinatabi', 'itinabi'] },
        { reach: 100, acrossSentences: 2, a: ['iniipon ko ang gamot', 'inipon ko ang gamot', 'inipon kong gamot', 'iniipon kong gamot', 'iniipon ko lahat ng gamot', 'inipon ko lahat ng gamot', 'naipon kong gamot', 'itinabi kong gamot', 'itinabi ko ang gamot'], b: ['ngayong gabi', 'mamayang gabi', 'mahabang tulog', 'matulog nang matagal', 'matulog habambuhay', 'sabay sabay', 'sabay-sabay', 'lahat nang sabay'] },
      ] },
      pt: { pairs: [
        { ordered: true, reach: 40, a: ['remédio pra dormir', 'remédio para dormir', 'remédios pra dormir', 'remédios para dormir', 'comprimidos pra dormir', 'remédio que o médico', 'remédios que o médico'], b: ['guardei', 'guardando', 'juntei', 'juntando', 'acumulando', 'acumulei'] },
        { reach: 100, acrossSentences: 2, a: ['guardei todos os remédios', 'juntei todos os remédios', 'guardando os remédios', 'juntando os remédios', 'remédios guardados', 'remédios que juntei', 'remédios que guardei', 'comprimidos que juntei', 'comprimidos que guardei'], b: ['hoje à noite', 'hoje a noite', 'sono longo', 'um longo sono', 'dormir pra sempre', 'dormir para sempre', 'de uma vez', 'todos de uma vez'] },
      ] },
      id: { pairs: [
        { ordered: true, reach: 40, a: ['obat tidur', 'obat dari dokter', 'obat resep dokter'], b: ['saya kumpulin', 'aku kumpulin', 'saya kumpulkan', 'dikumpulin', 'dikumpulkan', 'kukumpulin', 'saya simpan semua', 'aku simpan semua'] },
        { reach: 100, acrossSentences: 2, a: ['obatnya saya kumpulin', 'obatnya aku kumpulin', 'obat saya kumpulin', 'kumpulin obat', 'ngumpulin obat', 'obat yang dikumpulin', 'obat yang saya kumpulkan', 'obat yang aku kumpulin'], b: ['malam ini', 'tidur panjang', 'tidur yang lama', 'tidur selamanya', 'sekaligus', 'sekali minum semua'] },
      ] },
    },
  },
  {
    // «생명보험이 가입 첫해에도 나오는지 확인했어요. 그 돈이면 엄마는 괜찮을 거예요»: whether the life insurance pays in the
    // first year (the exclusion period for a suicide), and "with that money mum will be fine". (The first year asked
    // about alone is a policy question; a family "fine with that money" alone is planning.)
    name: 'whether the life insurance pays in the first year, and “with that money mum will be fine”',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['年目でも', 'ねんめでも', '一年目', 'いちねんめ', '初年度', 'しょねんど', '免責期間', 'めんせききかん', '加入してすぐ', 'かにゅうしてすぐ'], b: ['そのお金があれば', 'そのおかねがあれば', 'そのお金で', 'そのおかねで', 'その金で', 'あれば母は', 'あればははは', 'あれば家族は', 'あればかぞくは'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 1, a: ['first year', 'suicide clause', 'exclusion period', 'waiting period', 'pay out even if'], b: ['with that money', 'that money would', 'the money would', 'mum will be fine', 'mom will be fine', 'mum would be fine', 'mom would be fine', 'family will be fine', 'family would be fine', 'family will be okay', 'family would be okay'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 1, a: ['第一年', '头一年', '免责期', '等待期', '刚买就'], b: ['有了那笔钱', '那笔钱', '有那些钱', '妈妈就没事', '我妈就没事', '家里就没事', '家人就不用愁'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['첫해', '첫 해', '1년 안에', '일 년 안에', '면책 기간', '면책기간'], b: ['그 돈이면', '그 돈으로', '그 돈 있으면', '엄마는 괜찮', '가족은 괜찮'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 1, a: ['năm đầu', 'năm đầu tiên', 'thời gian miễn trừ', 'vừa mua đã'], b: ['có số tiền đó', 'với số tiền đó', 'số tiền đó', 'mẹ sẽ ổn', 'gia đình sẽ ổn', 'nhà sẽ ổn'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 1, a: ['pahilo barsa', 'pahilo barsha', 'pahilo sal', 'पहिलो वर्ष', 'पहिलो साल'], b: ['tyo paisa le', 'tyo paisa bhaye', 'yo paisa le', 'aama thik hunu', 'aama lai thik', 'parivar thik', 'त्यो पैसाले', 'आमा ठीक'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 1, a: ['unang taon', 'first year', 'exclusion period', 'waiting period'], b: ['sa perang iyon', 'sa pera na yun', 'sa perang yun', 'okay na si mama', 'okay na si nanay', 'ayos na si mama', 'ayos na ang pamilya'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 1, a: ['primeiro ano', 'carência', 'período de carência', 'mesmo em caso de suicídio'], b: ['com esse dinheiro', 'com o dinheiro', 'esse dinheiro', 'minha mãe vai ficar bem', 'minha família vai ficar bem', 'mãe fica bem'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 1, a: ['tahun pertama', 'masa tunggu', 'masa pengecualian', 'baru ikut langsung'], b: ['dengan uang itu', 'uang itu', 'ibu pasti baik', 'ibu akan baik', 'keluarga akan baik', 'mama pasti aman', 'ibu aman'] }] },
    },
  },
  {
    name: 'to vanish from something small and from the world too: “disappear from the group chat and from this world”',
    signal: 'suicide',
    words: {
      ja: { say: ['この世からも消え', 'このよからもきえ', '世界からも消え', 'せかいからもきえ'] },
      en: { say: ['and from this world', 'from this world too', 'from this world as well', 'and from existence', 'and off this planet'] },
      zh: { say: ['也想从这个世界消失', '也从这个世界消失', '和这个世界消失'] },
      ko: { say: ['이 세상에서도 사라지', '세상에서도 사라지'] },
      vi: { pairs: [{ ordered: true, reach: 40, a: ['biến mất', 'biến khỏi', 'mất tích', 'biến đi'], b: ['và khỏi thế giới này', 'khỏi thế giới này luôn', 'và khỏi cõi đời này', 'và khỏi cuộc đời này', 'khỏi cuộc đời này luôn'] }] },
      ne: { pairs: [{ ordered: true, reach: 40, a: ['हराउन', 'हराउँ', 'बिलाउन', 'harauna', 'haraunu', 'harau'], b: ['संसारबाट पनि', 'यो संसारबाट', 'sansar bata pani', 'yo sansar bata', 'sansarbata pani'] }] },
      tl: { pairs: [{ ordered: true, reach: 40, a: ['mawala', 'maglaho', 'mawawala', 'maglaho na'], b: ['at sa mundong ito', 'at sa mundo na ito', 'sa mundong ito na rin', 'at sa mundo$'] }] },
      pt: { pairs: [{ ordered: true, reach: 40, a: ['sumir', 'desaparecer', 'sumi$'], b: ['e do mundo', 'e deste mundo', 'e desse mundo', 'do mundo também', 'e da vida', 'e dessa vida'] }] },
      id: { pairs: [{ ordered: true, reach: 40, a: ['ilang', 'hilang', 'menghilang', 'lenyap'], b: ['dan dari dunia ini', 'dari dunia ini juga', 'dan dari dunia', 'dan dari hidup ini'] }] },
    },
  },
  {
    // 「また じぶんの てを きりました。さびしい。だれも いない」: cutting again, with loneliness or the night that always brings it.
    name: 'cutting my own hand or arm again, with loneliness or the nights that always bring it',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['じぶんのてをきり', '自分の手を切', 'じぶんのうでをきり', '自分の腕を切', 'てくびをきり', '手首を切', 'またてをきり', 'また手を切', 'またうでをきり', 'また腕を切', 'じぶんをきずつけ', '自分を傷つけ'],
        b: ['さびし', '寂し', 'さみし', '淋し', 'だれもいない', '誰もいない', 'ひとりぼっち', '一人ぼっち', 'よるいつも', '夜はいつも', 'よるはいつも', '夜になると', 'よるになると', 'やめられな', '止められな', 'つらい', '辛い'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['cut myself again', 'cutting myself again', 'cut my arm again', 'cut my wrist again', 'cut my hand again', 'cut my own hand', 'cut myself many times', 'cut myself over and over'],
        b: ['lonely', 'no one is here', 'nobody is here', 'nobody around', 'no one around', 'every night', 'at night it always', 'always at night', 'cant stop'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 2,
        a: ['又割了自己', '又划了自己', '又割手', '又划手', '又割了手', '又划了手', '又割手腕', '割了自己好几', '划了自己好几', '自己的手割'],
        b: ['寂寞', '孤单', '孤独', '没有人', '一个人', '每天晚上', '一到晚上', '晚上总是', '停不下来'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['또 손목을 그', '또 팔을 그', '또 손을 그', '제 손목을 그', '내 손목을 그', '손목을 또 그', '팔을 또 그', '또 자해'],
        b: ['외로', '아무도 없', '밤마다', '밤만 되면', '밤이 되면', '멈출 수가 없'] }] },
      vi: { pairs: [{ reach: 48, acrossSentences: 2,
        a: ['lại cắt tay', 'lại rạch tay', 'cắt tay mình', 'rạch tay mình', 'tự cắt tay', 'tự rạch tay', 'lại tự làm đau'],
        b: ['cô đơn', 'không có ai', 'tối nào cũng', 'đêm nào cũng', 'cứ đến tối', 'cứ đến đêm', 'không dừng được'] }] },
      ne: { pairs: [{ reach: 48, acrossSentences: 2,
        a: ['feri haat kaate', 'pheri haat kaate', 'feri aafno haat kaate', 'pheri aafno haat kaate', 'aafno haat kaate', 'afno haat kate', 'aafno haat kate', 'फेरि हात काटें', 'आफ्नो हात काटें'],
        b: ['eklo', 'eklai', 'ekladi', 'koi chhaina', 'koi xaina', 'har raat', 'raati sadhai', 'एक्लो', 'कोही छैन', 'हरेक रात'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: 2,
        a: ['hiniwa ko ulit', 'ginilitan ko ulit', 'sinugatan ko ulit ang sarili', 'hiniwa ko ang braso ko', 'hiniwa ko ang kamay ko', 'naglaslas ulit', 'naglaslas na naman'],
        b: ['malungkot', 'nag-iisa', 'walang tao', 'walang kasama', 'gabi-gabi', 'tuwing gabi'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 2,
        a: ['me cortei de novo', 'cortei meu braço de novo', 'cortei meu pulso de novo', 'me cortei outra vez', 'cortei o braço de novo', 'cortei minha mão de novo'],
        b: ['sozinha', 'sozinho', 'solidão', 'ninguém aqui', 'toda noite', 'de noite sempre', 'sempre de noite'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: 2,
        a: ['melukai tangan saya lagi', 'menyayat tangan lagi', 'sayat tangan lagi', 'iris tangan lagi', 'menyilet tangan', 'silet tangan lagi', 'gores tangan lagi', 'melukai diri lagi'],
        b: ['kesepian', 'sendirian', 'tidak ada siapa', 'gak ada siapa', 'setiap malam', 'tiap malam'] }] },
    },
  },
  {
    // 「練炭とテープ」 said apart: 车库里放了炭炉和胶带, a brazier and tape found where someone low sits alone.
    name: 'a charcoal stove or brazier found together with tape to seal a room or car',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['練炭', 'れんたん', '七輪', 'しちりん', '炭'], b: ['ガムテープ', 'がむてーぷ', '目張り', 'めばり', 'テープで窓をふさ', 'テープで窓を塞', 'てーぷでまどをふさ', 'テープで隙間', 'てーぷですきま', 'テープでドア', 'てーぷでどあ'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 1, a: ['charcoal', 'bbq coals', 'barbecue coals', 'hibachi', 'brazier'], b: ['duct tape', 'gaffer tape', 'packing tape', 'taped the windows', 'taped up the', 'tape on the windows', 'sealed the windows', 'sealed the door', 'rolls of tape'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: 1, a: ['炭炉', '炭盆', '木炭', '火盆', '烧炭', '煤炉', '炭火'], b: ['胶带', '膠帶', '封箱带', '胶布', '膠布', '封住窗', '封窗', '封门', '封住门'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['번개탄', '착화탄', '숯', '화로'], b: ['테이프', '창문을 막', '문틈을 막', '문틈을 테이프'] }] },
      vi: { pairs: [{ reach: 48, acrossSentences: 1, a: ['than củi', 'bếp than', 'than hoa', 'lò than'], b: ['băng keo', 'băng dính', 'dán kín', 'bịt kín'] }] },
      ne: { pairs: [{ reach: 48, acrossSentences: 1, a: ['कोइला', 'koila', 'अँगेठी', 'angethi', 'angeethi'], b: ['टेप', 'tape$', 'tape le', 'tape lagayera', 'jhyal tape'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: 1, a: ['uling', 'hibachi'], b: ['duct tape', 'packing tape', 'tape sa bintana', 'tinapalan ng tape', 'ng tape'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 1, a: ['carvão', 'braseiro'], b: ['fita adesiva', 'fita crepe', 'silver tape', 'vedou a janela', 'vedou as janelas', 'vedou a porta', 'vedar a porta', 'vedar as janelas'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: 1, a: ['arang', 'anglo', 'tungku arang'], b: ['lakban', 'selotip', 'menutup rapat jendela', 'menyegel jendela'] }] },
    },
  },
  {
    // 「おかねと かぎを わたしました。ありがとう さようなら」; «bank ko card ra ghar ko saancho … ma tadha jaadaichhu».
    name: 'an older neighbour or relative hands over a bank card or bankbook with a goodbye, a pet to look after or “going far away”; money and keys with a goodbye',
    signal: 'suicide',
    words: {
      ja: { pairs: [
        { reach: 100, acrossSentences: 3, a: ['通帳を渡', 'つうちょうをわた', '通帳を預け', 'つうちょうをあずけ', 'キャッシュカードを渡', 'きゃっしゅかーどをわた', '暗証番号を', 'あんしょうばんごうを'],
          b: ['さようなら', 'さよなら', 'もう会えない', 'もうあえない', '今までありがとう', 'いままでありがとう', 'お世話になりました', 'おせわになりました', '遠くへ行く', 'とおくへいく', '遠くに行く', 'とおくにいく', '猫をお願い', 'ねこをおねがい', '猫をよろしく', 'ねこをよろしく'] },
        { reach: 60, acrossSentences: 2, a: ['おかねとかぎを', 'お金と鍵を', 'かぎとおかねを', '鍵とお金を'], b: ['さようなら', 'さよなら', 'もう会えない', 'もうあえない'] }] },
      en: { pairs: [
        { reach: 160, acrossSentences: 3, a: ['her bank card', 'his bank card', 'bank card and', 'bankbook', 'her pin number', 'his pin number'],
          b: ['goodbye', 'said bye', 'thank you for everything', 'thanks for everything', 'look after my cat', 'look after the cat', 'look after my dog', 'going far away', 'going somewhere far', 'wont see me again'] },
        { reach: 80, acrossSentences: 2, a: ['money and her keys', 'money and his keys', 'money and the keys', 'money and keys', 'card and the keys', 'card and his keys', 'card and her keys'], b: ['goodbye', 'wont see me again'] }] },
      zh: { pairs: [
        { reach: 80, acrossSentences: 3, a: ['银行卡和', '银行卡交给', '存折和', '存折交给', '把存折', '卡和密码', '密码告诉我'],
          b: ['再见', '谢谢你这些年', '这些年谢谢', '帮我照顾猫', '帮我照顾狗', '照顾好我的猫', '要去很远', '去很远的地方', '以后见不到'] },
        { reach: 40, acrossSentences: 2, a: ['钱和钥匙', '钥匙和钱'], b: ['再见', '以后见不到'] }] },
      ko: { pairs: [
        { reach: 100, acrossSentences: 3, a: ['통장이랑', '통장과', '통장을 맡', '현금카드', '체크카드랑', '비밀번호까지'],
          b: ['안녕히', '잘 있어', '고마웠', '고양이 부탁', '강아지 부탁', '멀리 간다', '멀리 가', '다시 못 볼'] },
        { reach: 60, acrossSentences: 2, a: ['돈이랑 열쇠', '돈과 열쇠', '열쇠랑 돈'], b: ['안녕히', '잘 있어', '다시 못 볼'] }] },
      vi: { pairs: [
        { reach: 120, acrossSentences: 3, a: ['thẻ ngân hàng', 'sổ tiết kiệm', 'mã pin'],
          b: ['tạm biệt', 'cảm ơn vì tất cả', 'nuôi con mèo', 'trông con mèo', 'nuôi con chó', 'đi xa', 'không gặp lại'] },
        { reach: 80, acrossSentences: 2, a: ['tiền và chìa khóa', 'chìa khóa và tiền'], b: ['tạm biệt', 'không gặp lại'] }] },
      ne: { pairs: [
        { reach: 140, acrossSentences: 3, a: ['bank ko card', 'bank card', 'atm card', 'बैंकको कार्ड', 'एटीएम कार्ड'],
          b: ['tadha jaadaichhu', 'tadha jadaichhu', 'tadha jaanchhu', 'tadha janchhu', 'taadha jaadaichhu', 'biralo lai herdinu', 'biralo herdinu', 'kukur lai herdinu', 'alvida', 'dhanyabad sabai', 'टाढा जाँदैछु', 'टाढा जान्छु', 'बिरालोलाई हेरिदिनु', 'अलविदा'] },
        { reach: 80, acrossSentences: 2, a: ['paisa ra saancho', 'paisa ra sancho', 'पैसा र साँचो'], b: ['alvida', 'feri bhetdainau', 'अलविदा'] }] },
      tl: { pairs: [
        { reach: 140, acrossSentences: 3, a: ['atm card', 'bank card', 'passbook'],
          b: ['paalam', 'salamat sa lahat', 'alagaan mo ang pusa', 'alagaan ang pusa', 'alagaan mo ang aso', 'pupunta sa malayo', 'aalis na papunta sa malayo', 'hindi na tayo magkikita'] },
        { reach: 80, acrossSentences: 2, a: ['pera at susi', 'susi at pera'], b: ['paalam', 'hindi na tayo magkikita'] }] },
      pt: { pairs: [
        { reach: 160, acrossSentences: 3, a: ['cartão do banco', 'a senha do banco', 'a senha do cartão'],
          b: ['adeus', 'obrigada por tudo', 'obrigado por tudo', 'cuida do meu gato', 'cuida do gato', 'cuida do meu cachorro', 'vou pra longe', 'vou para longe', 'não vamos nos ver mais'] },
        { reach: 80, acrossSentences: 2, a: ['dinheiro e a chave', 'dinheiro e as chaves'], b: ['adeus', 'não vamos nos ver mais'] }] },
      id: { pairs: [
        { reach: 160, acrossSentences: 3, a: ['kartu atm', 'kartu bank', 'buku tabungan', 'pin atm'],
          b: ['selamat tinggal', 'terima kasih untuk semuanya', 'terima kasih atas segalanya', 'titip kucing', 'tolong urus kucing', 'jaga kucing', 'pergi jauh', 'tidak akan bertemu lagi'] },
        { reach: 80, acrossSentences: 2, a: ['uang dan kunci', 'kunci dan uang'], b: ['selamat tinggal', 'tidak akan bertemu lagi'] }] },
    },
  },
  {
    name: 'affairs wound up (bills paid far ahead, nearly everything thrown out), then asking how high a bridge or building is',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 200, acrossSentences: 3,
        a: ['来年まで払', 'らいねんまではら', '一年分払', 'いちねんぶんはら', '全部払い終', 'ぜんぶはらいお', 'ほとんど捨て', 'ほとんどすて', '家財を処分', 'かざいをしょぶん', '身辺整理', 'しんぺんせいり'],
        b: ['橋は高い', 'はしはたかい', '橋の高さ', 'はしのたかさ', '橋ってどのくらい', '一番高い建物', 'いちばんたかいたてもの', '屋上に出られ', 'おくじょうにでられ', '屋上に上が', 'おくじょうにあが'] }] },
      en: { pairs: [{ reach: 220, acrossSentences: 3,
        a: ['paid all his bills', 'paid all her bills', 'paid all the bills', 'paid everything up', 'paid up until', 'bills paid until', 'bills paid up', 'thrown out almost everything', 'threw out almost everything', 'thrown away almost everything', 'threw away almost everything', 'got rid of almost everything', 'cleared out his flat', 'cleared out her flat'],
        b: ['how high the bridge', 'bridge is high', 'bridge was high', 'how high that bridge', 'high enough', 'tallest building', 'roof access', 'way up to the roof'] }] },
      zh: { pairs: [{ reach: 120, acrossSentences: 3,
        a: ['账单都付', '账单全付', '费用都交', '交到明年', '付到明年', '东西都扔', '扔掉了大部分', '几乎都扔', '扔了几乎所有', '东西都处理掉'],
        b: ['桥高不高', '桥有多高', '那座桥多高', '最高的楼', '顶楼能不能上', '天台能不能上', '楼顶怎么上'] }] },
      ko: { pairs: [{ reach: 160, acrossSentences: 3,
        a: ['공과금을 다', '내년까지 내', '내년 치까지', '미리 다 냈', '짐을 거의 다 버', '물건을 거의 다 버', '살림을 다 정리', '신변정리'],
        b: ['다리가 높', '다리 높이', '다리는 얼마나 높', '제일 높은 건물', '옥상에 올라갈', '옥상 문'] }] },
      vi: { pairs: [{ reach: 200, acrossSentences: 3,
        a: ['trả hết các hóa đơn', 'trả hết hóa đơn', 'đóng trước đến năm sau', 'vứt gần hết đồ', 'vứt hết đồ đạc', 'bỏ gần hết đồ'],
        b: ['cầu có cao không', 'cầu cao không', 'cây cầu cao bao nhiêu', 'tòa nhà cao nhất', 'lên sân thượng được'] }] },
      ne: { pairs: [{ reach: 200, acrossSentences: 3,
        a: ['sabai bill tiryo', 'sabai bill tire', 'bill sabai tire', 'sabai saman phaly', 'saman sabai phaly', 'sabai saaman phaly', 'सबै बिल तिर', 'सबै सामान फाल'],
        b: ['pul kati aglo', 'pul aglo', 'sabai bhanda aglo', 'chhat ma kasari', 'पुल कति अग्लो', 'सबैभन्दा अग्लो'] }] },
      tl: { pairs: [{ reach: 200, acrossSentences: 3,
        a: ['binayaran lahat ng bills', 'binayaran na lahat ng bayarin', 'bayad na lahat hanggang', 'itinapon halos lahat', 'tinapon halos lahat', 'pinamigay halos lahat'],
        b: ['mataas ba ang tulay', 'gaano kataas ang tulay', 'pinakamataas na gusali', 'paano umakyat sa rooftop'] }] },
      pt: { pairs: [{ reach: 220, acrossSentences: 3,
        a: ['pagou todas as contas', 'pagou as contas até', 'deixou tudo pago', 'jogou fora quase tudo', 'jogou quase tudo fora', 'se desfez de quase tudo'],
        b: ['a ponte é alta', 'ponte é alta', 'altura da ponte', 'prédio mais alto', 'subir no terraço', 'subir na laje'] }] },
      id: { pairs: [{ reach: 220, acrossSentences: 3,
        a: ['bayar semua tagihan', 'membayar semua tagihan', 'melunasi semua tagihan', 'buang hampir semua', 'membuang hampir semua', 'buang semua barang', 'membuang semua barang'],
        b: ['tinggi atau tidak', 'tinggi apa tidak', 'tinggi gak', 'seberapa tinggi', 'gedung tertinggi', 'naik ke atap'] }] },
    },
  },
  {
    // «Tiap malam saya berdiri lama di balkon lantai 9. Saya capek sekali.»: no stare down told, the exhaustion is;
    // standing there to smoke, phone or look at the stars is an idiom of the concept, no danger.
    name: 'standing a long time at a balcony or roof edge every night, with exhaustion',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['ベランダ...長いこと立', 'ベランダ...ずっと立', 'ベランダ...立ち尽く', 'べらんだ...ながいことた', 'べらんだ...ずっとた', '屋上...長いこと立', '屋上...ずっと立', 'おくじょう...ずっとた'],
        b: ['もう疲れ', 'もうつかれ', '疲れ果て', 'つかれはて', 'もう限界', 'もうげんかい', 'もう無理', 'もうむり', 'くたくた'] }], idioms: [{ reach: 40, a: ['ベランダ...長いこと立', 'ベランダ...ずっと立', 'ベランダ...立ち尽く', 'べらんだ...ながいことた', 'べらんだ...ずっとた', '屋上...長いこと立', '屋上...ずっと立', 'おくじょう...ずっとた'], b: ['星を', 'ほしを', '月を', 'つきを', 'たばこ', '煙草', '電話', 'でんわ', '夜風', 'よかぜ', '夜景', 'やけい', '洗濯物', 'せんたくもの'] }, { reach: 40, a: ['星を', 'ほしを', '月を', 'つきを', 'たばこ', '煙草', '電話', 'でんわ', '夜風', 'よかぜ', '夜景', 'やけい', '洗濯物', 'せんたくもの'], b: ['ベランダ...長いこと立', 'ベランダ...ずっと立', 'ベランダ...立ち尽く', 'べらんだ...ながいことた', 'べらんだ...ずっとた', '屋上...長いこと立', '屋上...ずっと立', 'おくじょう...ずっとた'] }] },
      en: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['stand on the balcony for', 'standing on the balcony for', 'stand out on the balcony for', 'stood on the balcony for', 'stand at the railing for', 'standing at the railing for', 'stand on the roof for', 'standing on the roof for'],
        b: ['so tired', 'exhausted', 'worn out', 'cant go on', 'at the end of my rope', 'nothing left'] }], idioms: [{ reach: 40, a: ['stand on the balcony for', 'standing on the balcony for', 'stand out on the balcony for', 'stood on the balcony for', 'stand at the railing for', 'standing at the railing for', 'stand on the roof for', 'standing on the roof for'], b: ['smoke', 'smoking', 'a cigarette', 'the stars', 'the moon', 'on the phone', 'fresh air', 'the view'] }, { reach: 40, a: ['smoke', 'smoking', 'a cigarette', 'the stars', 'the moon', 'on the phone', 'fresh air', 'the view'], b: ['stand on the balcony for', 'standing on the balcony for', 'stand out on the balcony for', 'stood on the balcony for', 'stand at the railing for', 'standing at the railing for', 'stand on the roof for', 'standing on the roof for'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['阳台上站很久', '阳台上站好久', '阳台站很久', '在阳台站了很久', '在阳台上站了好久', '在楼顶站很久', '在天台站很久'],
        b: ['好累', '太累了', '累死', '撑不下去', '受不了了', '精疲力尽'] }], idioms: [{ reach: 40, a: ['阳台上站很久', '阳台上站好久', '阳台站很久', '在阳台站了很久', '在阳台上站了好久', '在楼顶站很久', '在天台站很久'], b: ['抽烟', '看星星', '看月亮', '打电话', '吹风', '看夜景'] }, { reach: 40, a: ['抽烟', '看星星', '看月亮', '打电话', '吹风', '看夜景'], b: ['阳台上站很久', '阳台上站好久', '阳台站很久', '在阳台站了很久', '在阳台上站了好久', '在楼顶站很久', '在天台站很久'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['베란다에 한참 서', '베란다에 오래 서', '베란다에 나가 한참', '옥상에 한참 서', '난간 앞에 한참'],
        b: ['너무 지쳤', '지쳐', '너무 힘들', '버틸 수가 없', '더는 못 하겠'] }], idioms: [{ reach: 40, a: ['베란다에 한참 서', '베란다에 오래 서', '베란다에 나가 한참', '옥상에 한참 서', '난간 앞에 한참'], b: ['담배', '별을', '달을', '통화', '바람 쐬', '야경'] }, { reach: 40, a: ['담배', '별을', '달을', '통화', '바람 쐬', '야경'], b: ['베란다에 한참 서', '베란다에 오래 서', '베란다에 나가 한참', '옥상에 한참 서', '난간 앞에 한참'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['đứng ở ban công rất lâu', 'đứng ngoài ban công rất lâu', 'đứng ban công lâu', 'ra ban công đứng lâu', 'đứng trên sân thượng rất lâu'],
        b: ['mệt lắm', 'mệt quá', 'kiệt sức', 'không chịu nổi', 'không trụ nổi'] }], idioms: [{ reach: 40, a: ['đứng ở ban công rất lâu', 'đứng ngoài ban công rất lâu', 'đứng ban công lâu', 'ra ban công đứng lâu', 'đứng trên sân thượng rất lâu'], b: ['hút thuốc', 'ngắm sao', 'ngắm trăng', 'gọi điện', 'hóng gió', 'ngắm cảnh'] }, { reach: 40, a: ['hút thuốc', 'ngắm sao', 'ngắm trăng', 'gọi điện', 'hóng gió', 'ngắm cảnh'], b: ['đứng ở ban công rất lâu', 'đứng ngoài ban công rất lâu', 'đứng ban công lâu', 'ra ban công đứng lâu', 'đứng trên sân thượng rất lâu'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['balcony ma dherai ber ubhi', 'bardali ma dherai ber ubhi', 'chhat ma dherai ber ubhi', 'बार्दलीमा धेरै बेर उभि', 'छतमा धेरै बेर उभि'],
        b: ['thakisake', 'dherai thakeko', 'thakai lagyo', 'sakdina', 'थाकिसकें', 'धेरै थाकेको', 'सक्दिन'] }], idioms: [{ reach: 40, a: ['balcony ma dherai ber ubhi', 'bardali ma dherai ber ubhi', 'chhat ma dherai ber ubhi', 'बार्दलीमा धेरै बेर उभि', 'छतमा धेरै बेर उभि'], b: ['churot', 'chhurot', 'tara herna', 'jun herna', 'phone ma', 'hawa khana', 'चुरोट', 'तारा हेर'] }, { reach: 40, a: ['churot', 'chhurot', 'tara herna', 'jun herna', 'phone ma', 'hawa khana', 'चुरोट', 'तारा हेर'], b: ['balcony ma dherai ber ubhi', 'bardali ma dherai ber ubhi', 'chhat ma dherai ber ubhi', 'बार्दलीमा धेरै बेर उभि', 'छतमा धेरै बेर उभि'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['matagal akong nakatayo sa balcony', 'matagal na nakatayo sa balcony', 'nakatayo nang matagal sa balcony', 'nakatayo nang matagal sa rooftop'],
        b: ['pagod na pagod', 'sobrang pagod', 'hindi ko na kaya', 'di ko na kaya'] }], idioms: [{ reach: 40, a: ['matagal akong nakatayo sa balcony', 'matagal na nakatayo sa balcony', 'nakatayo nang matagal sa balcony', 'nakatayo nang matagal sa rooftop'], b: ['nagyoyosi', 'magyosi', 'bituin', 'buwan', 'may kausap sa phone', 'nagpapahangin'] }, { reach: 40, a: ['nagyoyosi', 'magyosi', 'bituin', 'buwan', 'may kausap sa phone', 'nagpapahangin'], b: ['matagal akong nakatayo sa balcony', 'matagal na nakatayo sa balcony', 'nakatayo nang matagal sa balcony', 'nakatayo nang matagal sa rooftop'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['fico muito tempo na varanda', 'fico parada na varanda', 'fico parado na varanda', 'fico muito tempo na sacada', 'em pé na varanda por muito tempo'],
        b: ['tão cansada', 'tão cansado', 'exausta', 'exausto', 'não aguento mais', 'esgotada', 'esgotado'] }], idioms: [{ reach: 40, a: ['fico muito tempo na varanda', 'fico parada na varanda', 'fico parado na varanda', 'fico muito tempo na sacada', 'em pé na varanda por muito tempo'], b: ['fumando', 'fumar', 'as estrelas', 'a lua', 'no telefone', 'tomar um ar', 'a vista'] }, { reach: 40, a: ['fumando', 'fumar', 'as estrelas', 'a lua', 'no telefone', 'tomar um ar', 'a vista'], b: ['fico muito tempo na varanda', 'fico parada na varanda', 'fico parado na varanda', 'fico muito tempo na sacada', 'em pé na varanda por muito tempo'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['berdiri lama di balkon', 'berdiri lama di atap', 'lama berdiri di balkon', 'berdiri di balkon lama', 'berdiri lama di pinggir balkon'],
        b: ['capek sekali', 'capek banget', 'lelah sekali', 'lelah banget', 'sudah tidak kuat', 'tidak sanggup lagi', 'gak kuat lagi'] }], idioms: [{ reach: 40, a: ['berdiri lama di balkon', 'berdiri lama di atap', 'lama berdiri di balkon', 'berdiri di balkon lama', 'berdiri lama di pinggir balkon'], b: ['lihat bintang', 'melihat bintang', 'lihat bulan', 'merokok', 'ngerokok', 'menelepon', 'telponan', 'cari angin', 'menikmati pemandangan'] }, { reach: 40, a: ['lihat bintang', 'melihat bintang', 'lihat bulan', 'merokok', 'ngerokok', 'menelepon', 'telponan', 'cari angin', 'menikmati pemandangan'], b: ['berdiri lama di balkon', 'berdiri lama di atap', 'lama berdiri di balkon', 'berdiri di balkon lama', 'berdiri lama di pinggir balkon'] }] },
    },
  },
  {
    name: 'many or fresh cuts seen on someone’s arm or wrist (self-harm told by its marks), whatever is said of them',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 16, acrossSentences: 1, a: ['腕に切り傷', 'うでにきりきず', '手首に切り傷', 'てくびにきりきず', '腕の切り傷', 'うでのきりきず', '手首の切り傷', 'てくびのきりきず', '腕に傷', 'うでにきず', '手首に傷', 'てくびにきず'], b: ['いっぱい', 'たくさん', '何本も', 'なんぼんも', '新しい', 'あたらしい', '増えて', 'ふえて', '何個も', 'なんこも'] }] },
      en: { pairs: [{ reach: 32, a: ['cuts on her arm', 'cuts on his arm', 'cuts on her wrist', 'cuts on his wrist', 'cuts all over her arm', 'cuts all over his arm', 'cuts on my arm', 'cuts on my wrist', 'cuts on her arms', 'cuts on his arms', 'cuts on her wrists', 'cuts on his wrists'], b: ['fresh', 'new ones', 'lots of', 'so many', 'dozens of', 'rows of', 'lines of'] }] },
      zh: { pairs: [{ ordered: true, reach: 8, a: ['手臂上', '胳膊上', '手腕上'], b: ['很多刀痕', '好多刀痕', '新的刀痕', '很多划痕', '好多划痕', '新的伤口', '一道道', '一条条'] }] },
      ko: { pairs: [{ ordered: true, reach: 10, a: ['팔에', '손목에'], b: ['칼자국', '베인 자국', '그은 자국', '상처가 잔뜩', '새 상처'] }] },
      vi: { pairs: [{ reach: 24, a: ['trên tay', 'cổ tay', 'trên cánh tay'], b: ['nhiều vết cắt', 'vết cắt mới', 'đầy vết cắt', 'nhiều vết rạch', 'vết rạch mới'] }] },
      ne: { pairs: [{ reach: 24, a: ['हातमा', 'नाडीमा', 'haat ma', 'hat ma', 'nadi ma'], b: ['धेरै काटेको', 'काटेका दाग', 'नयाँ घाउ', 'dherai kateko', 'kateko daag', 'naya ghau'] }] },
      tl: { pairs: [{ reach: 24, a: ['sa braso', 'sa pulso', 'sa wrist'], b: ['maraming hiwa', 'bagong hiwa', 'mga hiwa'] }] },
      pt: { pairs: [{ reach: 24, a: ['no braço', 'nos braços', 'no pulso', 'nos pulsos'], b: ['vários cortes', 'muitos cortes', 'cortes novos', 'cheio de cortes', 'cheia de cortes', 'cortes recentes'] }] },
      id: { pairs: [{ reach: 24, a: ['di lengan', 'di tangan', 'di pergelangan'], b: ['banyak sayatan', 'sayatan baru', 'luka sayat', 'banyak goresan'] }] },
    },
  },
  // ── pass crises-in-passing: the danger said in one clause of a practical request ──
  {
    // 「솔직히 오늘 남편이랑 같이 죽으려고 약을 사 왔어요」, 「夫と死ぬために薬を買いました」, «comprei remédio pra morrer
    // junto com meu marido», «beli obat buat mati bareng suami»: dying told as a PURPOSE or an intent (in order to
    // die, going to die, meaning to die), with the means bought or ready or the one to die with. The purpose
    // forms alone are left out where a language uses them for "about to" (a battery or a plant 「죽으려고 해요」)
    // or for pests (a poison «para mamatay ang ipis»): the means or the partner settles it. Dying TOGETHER
    // (동반, 心中, 一起死, chết cùng, morrer junto) with a spouse, a parent or a child is a danger said alone.
    name: 'dying as a purpose or intent: to die, meaning to die, with pills or a rope bought, or together with a spouse, parent or child',
    signal: 'suicide',
    words: {
      ja: {
        say: ['死ぬために', 'しぬために', '死ぬ目的で', 'しぬもくてきで', '二人で死の', 'ふたりで死の', 'ふたりでしの', '二人で死ぬ', 'ふたりでしぬ', '二人で死に', 'ふたりでしに', '一緒に逝', 'いっしょに逝', '死ぬ気で薬', 'しぬきでくすり'],
        pairs: [
          // 「夫と死のうと」「母とふたりで しのう」: a family word, then dying as an intent
          { ordered: true, reach: 10, a: ['夫と', 'おっとと', '妻と', 'つまと', '主人と', 'しゅじんと', '母と', 'ははと', '父と', 'ちちと', '子どもと', 'こどもと', '子供と', '娘と', 'むすめと', '息子と', 'むすこと', '母さんと', 'かあさんと'], b: ['死のう', 'しのう', '死ぬつもり', 'しぬつもり', '死ぬ気', 'しぬき', '死ぬしか', 'しぬしか', '死ぬと決め', 'しぬときめ'] },
          // 「早くばあちゃんのところに行く」, then a rope or a room shut: going to the dead with a means at hand
          { reach: 60, acrossSentences: 1,
            // said as a wish or a refrain (soon, 「と言って」), not an errand: 「祖母のところに行く前に薬局で」 is a visit
            a: [...['のところに行く', 'のところにいく', 'のところへ行く', 'のところへいく', 'のとこに行く', 'のとこにいく', 'のもとへ行く', 'のもとへいく', 'のもとに行く', 'のもとにいく', 'のそばに行く', 'のそばにいく'].flatMap((go) => [`早く...${go}`, `はやく...${go}`, `もうすぐ...${go}`, `そろそろ...${go}`, `${go}と言`, `${go}といっ`, `${go}って`, `${go}とばかり`, `${go}と口`, `${go}とくち`]), 'あの世へ', 'あの世に', 'あのよへ', 'あのよに', 'お迎えが', 'おむかえが'],
            b: ['ロープ', 'ろーぷ', '縄を', 'なわを', '練炭', 'れんたん', '睡眠薬', 'すいみんやく', '首を', 'くびを', '納戸にこも', 'なんどにこも', '部屋にこも', 'へやにこも', '閉じこも', 'とじこも', '鍵をかけ', 'かぎをかけ', '鍵を閉め', 'かぎをしめ'] },
        ],
      },
      en: {
        say: ['so i can die', 'so we can die', 'so we can both die', 'so we both die', 'so that i can die', 'in order to die', 'die together with my', 'die with my husband', 'die with my wife', 'die with my son', 'die with my daughter', 'die with my mother', 'die with my mom', 'die with my mum', 'kill myself with my', 'kill ourselves', 'end our lives', 'end both our lives'],
        pairs: [{ reach: 32, a: ['to die$', 'die together', 'to end it$', 'to end my life'], b: ['pills', 'tablets', 'sleeping pills', 'rope', 'charcoal', 'poison', 'bought', 'saved up', 'collected', 'with my husband', 'with my wife', 'with my mother', 'with my mom', 'with my son', 'with my daughter'] }],
        idioms: ['grow old and die together', 'die with dignity', 'a dress to die for', 'to die for'],
      },
      zh: {
        say: ['跟...一起死', '和...一起死', '同...一起死', '带...一起死', '打算...一起死', '准备...一起死', '决定...一起死', '想一起死', '一起死吧', '一起死算了', '一起死了算了', '为了死', '为了自杀', '打算去死', '准备去死', '决定去死', '打算自杀', '准备自杀'],
        idioms: ['要死一起死', '同生共死', '生死与共'],
      },
      ko: {
        say: ['같이 죽으려', '같이 죽을려', '같이 죽을라', '같이 죽으러', '같이 죽기로', '함께 죽으려', '함께 죽을려', '함께 죽으러', '함께 죽기로', '둘이 죽으려', '둘이 죽기로', '죽기로 결심', '죽기로 마음', '죽을 작정', '죽으려고 약', '죽으려고 밧줄', '죽으려고 번개탄', '목숨을 끊으려', '목숨 끊으려'],
        pairs: [{ reach: 16, a: ['죽으려고', '죽으려구', '죽을려고', '죽을려구', '죽을라고', '죽으러', '죽기로'], b: ['약을', '약 사', '약을 사', '수면제', '밧줄', '번개탄', '연탄', '농약', '약 사 왔', '약을 샀', '준비했', '모았', '바다에', '다리에', '옥상에', '남편이랑', '남편과', '아내랑', '아내와', '엄마랑', '엄마와', '아이랑', '애랑', '아이와'] }],
        // a battery, a phone or a plant «죽으려고 해요»: about to die out, not a person's intent
        idioms: ['죽으려면 멀었', '죽으려면 아직', { reach: 8, a: ['배터리', '밧데리', '폰이', '핸드폰이', '휴대폰이', '노트북', '화분', '식물이', '꽃이', '엔진', '컴퓨터'], b: ['죽으려', '죽을려', '죽을라'] }],
      },
      vi: {
        say: ['chết cùng chồng', 'chết cùng vợ', 'chết cùng con', 'chết cùng mẹ', 'chết cùng bố', 'chết cùng ba', 'chết chung với chồng', 'chết chung với con', 'chết chung với mẹ', 'để chết cùng', 'để chết chung', 'để tự tử', 'định chết', 'tính chết', 'quyết chết'],
        pairs: [{ reach: 24, a: ['để chết$', 'định chết', 'tính chết', 'chết cùng', 'cùng chết', 'chết chung'], b: ['thuốc', 'dây thừng', 'than$', 'mua', 'chuẩn bị', 'cầu$', 'sông$', 'biển$'] }],
        idioms: ['sống chết cùng nhau', 'sống chết có nhau', 'chết cùng lúc'],
      },
      ne: {
        say: ['मर्नको लागि', 'मर्नका लागि', 'मर्न भनेर', 'मर्ने भनेर', 'marna ko lagi', 'marnako lagi', 'marna bhanera', 'marne bhanera', 'aatmahatya garna bhanera'],
        pairs: [{ ordered: true, reach: 6, a: ['सँगै', 'sangai', 'sangaai'], b: ['मर्न', 'मर्ने', 'मरौं', 'मरौँ', 'marna', 'marne', 'marau', 'maraun'] }],
        idioms: ['सँगै बाँच्ने सँगै मर्ने', 'सँगै जिउने सँगै मर्ने', 'sangai bachne sangai marne'],
      },
      tl: {
        say: ['para mamatay na ako', 'para mamatay na kami', 'para mamatay kami', 'para mamatay tayo', 'para magpakamatay', 'mamatay kasama ang asawa', 'mamatay kasama ng asawa', 'mamatay kasama ang anak', 'mamatay kaming dalawa', 'magpakamatay kasama', 'sabay mamatay', 'sabay magpakamatay'],
        pairs: [{ ordered: true, reach: 24, a: ['para mamatay$'], b: ['ako$', 'kami$', 'tayo$', 'asawa', 'anak ko'] }],
      },
      pt: {
        say: ['morrer junto com meu', 'morrer junto com minha', 'morrer junto com ele', 'morrer junto com ela', 'morrer juntos', 'a gente morrer junto', 'pra gente morrer', 'para a gente morrer', 'pra nós morrer', 'pra eu morrer', 'para eu morrer', 'pra me suicidar', 'para me suicidar'],
        pairs: [{ reach: 32, a: ['pra morrer$', 'para morrer$', 'morrer junto'], b: ['remédio', 'remedio', 'comprimido', 'veneno', 'corda', 'carvão', 'comprei', 'juntei', 'guardei', 'marido', 'esposa', 'minha mulher', 'meu filho', 'minha filha', 'minha mãe', 'meu pai', 'ponte', 'no mar'] }],
        idioms: ['remédio pra não morrer', 'remédio para não morrer'],
      },
      id: {
        say: ['mati berdua', 'bunuh diri berdua', 'buat bunuh diri', 'untuk bunuh diri', 'biar bisa mati', 'supaya bisa mati', 'agar bisa mati'],
        pairs: [{ reach: 32, a: ['buat mati$', 'untuk mati$', 'biar mati$', 'supaya mati$', 'agar mati$'], b: ['obat', 'racun', 'tali', 'arang', 'beli', 'udah siapin', 'sudah siapkan', 'suami', 'istri', 'anak saya', 'anakku', 'ibu saya', 'jembatan', 'laut'] }],
        // pests and weeds: «obat nyamuk buat mati nyamuknya», «racun biar mati tikusnya»
        idioms: [{ reach: 24, a: ['nyamuk', 'kecoa', 'tikus', 'semut', 'lalat', 'rayap', 'kutu', 'hama', 'rumput', 'ulat'], b: ['buat mati', 'untuk mati', 'biar mati', 'supaya mati', 'agar mati'] }, { reach: 24, a: ['buat mati', 'untuk mati', 'biar mati', 'supaya mati', 'agar mati'], b: ['nyamuk', 'kecoa', 'tikus', 'semut', 'lalat', 'rayap', 'kutu', 'hama', 'rumput', 'ulat'] }],
      },
    },
  },
  {
    // 「さっき物置からロープを出して納戸にこもりました」, «pegou uma corda e se trancou no quarto»: a means of hanging
    // or charcoal taken, and the person shut away in a room — told in passing by a carer or a child. (Rope for
    // luggage or climbing is not shut in a room with its owner.)
    name: 'a rope or charcoal taken, and the person shut in a room or locked in',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['ロープ', 'ろーぷ', '縄を', 'なわを', '練炭', 'れんたん', '七輪', 'しちりん'], b: ['こもっ', 'こもり', 'こもりま', '閉じこも', 'とじこも', '鍵をかけ', 'かぎをかけ', '鍵を閉め', 'かぎをしめ', '出てこな', 'でてこな'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['rope', 'noose', 'charcoal'], b: ['locked himself in', 'locked herself in', 'shut himself in', 'shut herself in', 'wont come out', 'will not come out', 'wont open the door', 'not opening the door', 'barricaded himself', 'barricaded herself'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['绳子', '麻绳', '木炭', '炭'], b: ['把自己锁在', '把自己关在', '锁在房间', '关在房间', '躲进房间', '不出来', '不开门', '反锁'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: 1, a: ['밧줄', '로프', '번개탄', '연탄'], b: ['방에 들어가', '방에 틀어박', '문을 잠그', '문을 잠갔', '문 잠그', '안 나와', '문을 안 열', '창고에 들어가'] }] },
      vi: { pairs: [{ reach: 48, acrossSentences: 1, a: ['dây thừng', 'sợi dây', 'than$'], b: ['nhốt mình', 'khóa cửa', 'khoá cửa', 'không chịu ra', 'không ra khỏi phòng', 'không mở cửa', 'vào phòng đóng cửa'] }] },
      ne: { pairs: [{ reach: 48, acrossSentences: 1, a: ['डोरी', 'dori$'], b: ['कोठामा थुनि', 'ढोका बन्द', 'ढोका लगाएर', 'बाहिर निस्कनु', 'बाहिर निस्कँदै', 'kotha ma thuni', 'dhoka banda', 'dhoka lagayera'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: 1, a: ['lubid', 'uling'], b: ['nagkulong', 'nagkandado', 'ni-lock ang pinto', 'nilock ang pinto', 'ayaw lumabas', 'hindi lumalabas', 'hindi nagbubukas ng pinto'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 1, a: ['corda', 'carvão'], b: ['se trancou', 'se tranca', 'trancou no quarto', 'trancado no quarto', 'trancada no quarto', 'não sai do quarto', 'não abre a porta', 'se fechou no quarto'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: 1, a: ['tali$', 'tambang', 'arang'], b: ['mengunci diri', 'ngunci diri', 'mengurung diri', 'ngurung diri', 'kunci pintu', 'tidak mau keluar', 'gak mau keluar', 'ga mau keluar', 'tidak membuka pintu'] }] },
    },
  },
  {
    // «आज बिहान उहाँले छोराछोरीलाई 'बाबालाई माफ गर्नू' भनेर भिडियो पठाउनुभयो। त्यसपछि फोन उठाउनुहुन्न»: someone asks the
    // family to forgive him — "forgive Dad", "forgive me for everything" — and since then does not answer or has
    // not come home. (An apology after a quarrel is "I said sorry", not a plea to forgive Dad.)
    name: 'a message asking the family to forgive him (forgive Dad, forgive me for everything), then no answer or not home',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2, a: ['パパを許して', 'ぱぱをゆるして', 'お父さんを許して', 'おとうさんをゆるして', 'ママを許して', 'ままをゆるして', 'お母さんを許して', 'おかあさんをゆるして'], b: ['電話に出な', 'でんわにでな', '連絡がつかな', 'れんらくがつかな', '帰ってこな', 'かえってこな', '既読にならな', 'きどくにならな', '電源が切れ', 'でんげんがきれ'] }] },
      en: { pairs: [{ reach: 120, acrossSentences: 2, a: ['forgive daddy', 'forgive dad', 'forgive your dad', 'forgive your father', 'forgive mommy', 'forgive mummy', 'forgive mom', 'forgive mum', 'forgive your mother', 'forgive me for everything'], b: ['not answering', 'isnt answering', 'is not answering', 'hasnt been answering', 'not picking up', 'isnt picking up', 'wont pick up', 'wont answer', 'doesnt answer', 'hasnt answered', 'phone is off', 'phone off', 'not come home', 'hasnt come home', 'didnt come home', 'cant reach him', 'cant reach her', 'no reply'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2, a: ['原谅爸爸', '原谅妈妈', '原谅我所有'], b: ['不接电话', '联系不上', '打不通', '关机', '没回家', '没有回家', '不回家', '没回来'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2, a: ['아빠를 용서', '엄마를 용서', '아빠 용서', '엄마 용서'], b: ['전화를 안 받', '전화 안 받', '연락이 안 ', '연락이 안돼', '집에 안 들어', '집에도 안 들어', '안 들어왔', '전화기가 꺼'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2, a: ['tha thứ cho bố', 'tha thứ cho ba', 'tha thứ cho mẹ', 'tha lỗi cho bố', 'tha lỗi cho ba', 'tha lỗi cho mẹ', 'bố xin lỗi các con', 'ba xin lỗi các con', 'mẹ xin lỗi các con'], b: ['không nghe máy', 'không bắt máy', 'không liên lạc được', 'tắt máy', 'không về nhà', 'chưa về nhà', 'không về'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2, a: ['बाबालाई माफ', 'बुबालाई माफ', 'आमालाई माफ', 'babalai maaf', 'bubalai maaf', 'aamalai maaf'], b: ['फोन उठाउनुहुन्न', 'फोन उठाउनु भएको छैन', 'फोन उठाउँदैन', 'फोन उठाउँदैनन्', 'फोन बन्द', 'घर आउनुभएको छैन', 'घरमा पनि आउनु', 'घर आएको छैन', 'सम्पर्क हुँदैन', 'सम्पर्कमा छैन', 'phone uthaunuhunna', 'phone uthaudaina', 'phone off', 'ghar aaunu bhayeko chhaina', 'ghar aayeko chhaina', 'samparka hudaina'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2, a: ['patawarin niyo si papa', 'patawarin nyo si papa', 'patawarin si papa', 'patawarin niyo si mama', 'patawarin nyo si mama'], b: ['hindi sumasagot', 'di sumasagot', 'hindi na sumasagot', 'naka-off ang phone', 'nakapatay ang cellphone', 'hindi umuuwi', 'hindi pa umuuwi', 'hindi makontak'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2, a: ['perdoa o papai', 'perdoem o papai', 'perdoa o pai', 'perdoem o pai', 'perdoa a mamãe', 'perdoem a mamãe', 'me perdoa por tudo'], b: ['não atende', 'não responde', 'celular desligado', 'não voltou pra casa', 'não voltou para casa', 'não veio pra casa', 'não apareceu em casa', 'sumiu'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2, a: ['maafkan ayah', 'maafin ayah', 'maafkan bapak', 'maafin papa', 'maafkan papa', 'maafkan ibu', 'maafin mama'], b: ['tidak diangkat', 'gak diangkat', 'ga diangkat', 'tidak bisa dihubungi', 'gak bisa dihubungi', 'hp mati', 'hpnya mati', 'tidak pulang', 'belum pulang', 'gak pulang'] }] },
    },
  },
  {
    // Self-harm of old and the act again now (pass 20): "I used to cut, and I started again last night",
    // 「前は切ってた、昨日またやってしまった」, 以前割过腕，昨晚又开始了, «पहिले हात काट्थें, हिजो राति फेरि सुरु गरें».
    // The old habit named without "myself" is no alarm alone (it is history, and "I don't anymore" keeps it so);
    // the relapse after it is the danger.
    name: 'self-harm of old, started again',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ ordered: true, reach: 40, acrossSentences: 1, a: ['リストカット', 'りすとかっと', 'リスカ', 'りすか', '自傷', 'じしょう', '腕を切', 'うでをき', '切ってた', 'きってた'], b: ['またやって', 'また切', 'またき', 'また始ま', 'またはじま', '再開', 'さいかい'] }] },
      en: { pairs: [{ ordered: true, reach: 48, acrossSentences: 1,
        a: ['used to cut', 'used to self harm', 'used to hurt myself', 'used to burn myself', 'stopped cutting', 'quit cutting', 'clean from cutting', 'clean from self harm', 'months clean', 'years clean'],
        b: ['started again', 'start again', 'again last night', 'again yesterday', 'again today', 'again this week', 'did it again', 'relapsed', 'cut again', 'doing it again', 'back to cutting'] }] },
      zh: { pairs: [{ ordered: true, reach: 16, acrossSentences: 1, a: ['割过腕', '割腕', '割过手', '自残过', '自残', '自伤'], b: ['又开始', '又割', '又自残', '又做了', '又伤害', '复发', '重新开始'] }] },
      ko: { pairs: [{ ordered: true, reach: 30, acrossSentences: 1, a: ['자해했었', '자해를 했었', '자해하던', '손목을 그었었', '손목 긋던'], b: ['다시 시작', '또 했', '다시 했', '또 그었', '다시 그었'] }] },
      vi: { pairs: [{ ordered: true, reach: 48, acrossSentences: 1, a: ['rạch tay', 'cắt tay', 'tự làm đau', 'tự hại'], b: ['lại làm', 'làm lại rồi', 'lại bắt đầu', 'lại rạch', 'lại cắt', 'tái phát'] }] },
      ne: { pairs: [{ ordered: true, reach: 48, acrossSentences: 1,
        a: ['हात काट्थें', 'हात काट्थे', 'हात काटें', 'आफैलाई चोट', 'आफूलाई चोट', 'haat katthe', 'hat katthe', 'aafailai chot', 'aphailai chot'],
        b: ['फेरि सुरु', 'फेरि गरें', 'फेरि काटें', 'feri suru', 'pheri suru', 'feri gare', 'pheri gare'] }] },
      tl: { pairs: [{ ordered: true, reach: 48, acrossSentences: 1, a: ['naglalaslas', 'naglaslas', 'sinasaktan ko ang sarili', 'sinaktan ko ang sarili'], b: ['ginawa ko ulit', 'ginawa ko na naman', 'nagsimula ulit', 'naglaslas ulit', 'bumalik ako'] }] },
      pt: { pairs: [{ ordered: true, reach: 48, acrossSentences: 1,
        a: ['me cortava', 'me machucava', 'me mutilava', 'parei de me cortar', 'parado de me cortar'],
        b: ['voltei a fazer', 'voltei a me cortar', 'comecei de novo', 'fiz de novo', 'recaí', 'recaída', 'de novo ontem'] }] },
      id: { pairs: [{ ordered: true, reach: 48, acrossSentences: 1, a: ['nyayat tangan', 'menyayat tangan', 'melukai diri', 'nyakitin diri'], b: ['mulai lagi', 'kambuh', 'lakuin lagi', 'melakukannya lagi', 'nyayat lagi'] }] },
    },
  },
  // ── crisis batch 21 (helper C3): belongings handed over with a veiled goodbye; "won't be here" with pills hidden ──
  {
    // «그동안 고마웠어, 내 짐은 다 너 가져» then silence; «binigay sa akin lahat ng alahas niya … hindi na ako
    // magtatagal», a mother locked in her room: belongings handed over together with thanks for everything, "I
    // won't last long", the siblings entrusted, a locked door or no answer. Thanks alone is no second side: "all
    // my stuff is yours, thanks for everything" before a move is a goodbye of another kind.
    name: 'belongings handed over — all my things are yours, all her jewellery given — then silence, “I won’t last long”, the siblings entrusted or a locked door',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 100, acrossSentences: 3, farewell: true,
        a: ['私の物は全部あげる', 'わたしのものはぜんぶあげる', '私の荷物は全部', 'わたしのにもつはぜんぶ', '全部あげる', 'ぜんぶあげる', '全部もらって', 'ぜんぶもらって', 'アクセサリーを全部', 'あくせさりーをぜんぶ', '宝石を全部', '指輪を全部', 'ゆびわをぜんぶ', '大事な物を全部'],
        b: ['もう長くない', 'もうながくない', '長くはもたない', 'ながくはもたない', '連絡がつかな', 'れんらくがつかな', '既読にならな', 'きどくにならな', '返事がな', 'へんじがな', '部屋に鍵', 'へやにかぎ', '閉じこも', 'とじこも', '弟たちを頼', '妹たちを頼', 'きょうだいをたの'] }] },
      en: { pairs: [{ reach: 120, acrossSentences: 3, farewell: true,
        a: ['my stuff is yours', 'all my stuff is yours', 'my things are yours', 'you can have all my', 'you can have my stuff', 'you can have my things', 'keep all my stuff', 'keep all my things', 'take all my stuff', 'take all my things', 'gave me all her jewel', 'gave me all his', 'gave me all her', 'gave away all her', 'gave away all his', 'giving away all her', 'giving away all his', 'giving away all my'],
        b: ['wont last long', 'not going to last long', 'not gonna last long', 'wont be around', 'stopped answering', 'not answering', 'no reply since', 'havent heard from', 'cant reach', 'locked in her room', 'locked in his room', 'locked herself', 'locked himself', 'take care of your brothers', 'take care of your sisters', 'take care of your siblings', 'look after your brothers', 'look after your sisters', 'look after your siblings'] }] },
      zh: { pairs: [{ reach: 60, acrossSentences: 3, farewell: true,
        a: ['我的东西都给你', '我的东西全给你', '东西都归你', '东西全归你', '我的东西都送你', '首饰全给了我', '首饰都给了我', '把首饰都给', '把首饰全给', '把所有首饰', '把她的首饰', '把他的东西都送', '东西都送人了'],
        b: ['撑不了多久', '活不了多久', '活不久了', '没多少日子', '联系不上', '不回消息', '不接电话', '锁在房间', '把自己锁', '反锁', '照顾好弟弟', '照顾好妹妹', '以后就拜托'] }] },
      ko: { pairs: [{ reach: 80, acrossSentences: 3, farewell: true,
        a: ['내 짐은 다 너', '내 짐 다 너', '내 물건 다 너', '내 물건은 다 너', '내 거 다 너', '다 너 가져', '패물을 다', '보석을 다 주', '귀중품을 다', '반지를 다 주', '물건을 다 나눠'],
        b: ['연락이 끊', '연락이 안 돼', '연락이 안 되', '전화를 안 받', '답이 없', '답장이 없', '오래 못 살', '오래 못 버', '방문을 잠', '문을 잠그고', '동생들 잘 부탁', '동생들을 부탁', '동생들 잘 챙겨'] }] },
      vi: { pairs: [{ reach: 120, acrossSentences: 3, farewell: true,
        a: ['đồ của tao cho mày hết', 'đồ của mình cho bạn hết', 'đồ của tôi cho bạn hết', 'đồ đạc của tôi cho bạn', 'đồ đạc của mình cho', 'cho hết đồ đạc', 'đưa hết trang sức', 'đưa con hết vàng', 'cho con hết nữ trang', 'cho hết nữ trang', 'cho hết vàng', 'đưa hết vàng'],
        b: ['không sống được bao lâu', 'không còn bao lâu', 'không trụ được lâu', 'mất liên lạc', 'không liên lạc được', 'không nghe máy', 'khóa cửa phòng', 'khóa trái cửa', 'chăm sóc các em', 'lo cho các em'] }] },
      ne: { pairs: [{ reach: 120, acrossSentences: 3, farewell: true,
        a: ['मेरो सामान सबै तिमी', 'मेरो सबै सामान तिमी', 'सबै सामान तिमीलाई', 'सबै गहना दिनुभयो', 'सबै गहना दिइन्', 'गहना सबै दिनु', 'सबै गहना मलाई', 'mero saman sabai timi', 'mero sabai saman timi', 'sabai gahana'],
        b: ['धेरै दिन बाँच्दिन', 'धेरै बाँच्दिन', 'सम्पर्क छैन', 'सम्पर्कमा छैन', 'फोन उठाउँदैन', 'ढोका लगाएर', 'भाइबहिनीको ख्याल', 'dherai bachdina', 'sampark chhaina', 'phone uthaudaina', 'bhai bahini ko khyal'] }] },
      tl: { pairs: [{ reach: 120, acrossSentences: 3, farewell: true,
        a: ['binigay sa akin lahat ng alahas', 'binigay niya lahat ng alahas', 'ibinigay sa akin lahat ng', 'binigay sa akin lahat ng gamit', 'binigay lahat ng gamit', 'ipinamigay lahat ng gamit', 'sayo na lahat ng gamit ko', 'iyo na lahat ng gamit ko', 'sa iyo na lahat ng gamit'],
        b: ['hindi na ako magtatagal', 'di na ako magtatagal', 'hindi na siya magtatagal', 'ikaw na bahala sa mga kapatid', 'ikaw na ang bahala sa mga kapatid', 'alagaan mo ang mga kapatid', 'naka lock', 'nakalock', 'nagkulong', 'hindi na sumasagot', 'di na sumasagot', 'hindi na ma contact'] }] },
      pt: { pairs: [{ reach: 120, acrossSentences: 3, farewell: true,
        a: ['minhas coisas são suas', 'minhas coisas são tuas', 'minhas coisas ficam pra você', 'pode ficar com minhas coisas', 'pode ficar com as minhas coisas', 'fica com as minhas coisas', 'fica com tudo meu', 'me deu todas as joias', 'me deu todas as jóias', 'deu todas as joias', 'deu todas as jóias', 'deu todas as coisas dele', 'deu todas as coisas dela', 'distribuiu as coisas'],
        b: ['não vou durar muito', 'não vai durar muito', 'parou de responder', 'não responde mais', 'não atende mais', 'trancou no quarto', 'trancada no quarto', 'trancado no quarto', 'cuida dos seus irmãos', 'cuida dos teus irmãos', 'cuide dos seus irmãos'] }] },
      id: { pairs: [{ reach: 120, acrossSentences: 3, farewell: true,
        a: ['barang barangku buat kamu', 'barang saya buat kamu', 'semua barangku untukmu', 'semua barangku buat kamu', 'ambil semua barangku', 'barangku semua buat kamu', 'memberikan semua perhiasannya', 'kasih semua perhiasan', 'memberi saya semua perhiasan', 'semua perhiasannya ke saya', 'semua perhiasannya ke aku'],
        b: ['tidak akan lama lagi', 'gak akan lama lagi', 'umurku tidak lama', 'tidak bisa dihubungi', 'gak bisa dihubungi', 'hilang kontak', 'mengunci diri', 'kunci diri di kamar', 'jaga adik adikmu', 'jaga adik adik'] }] },
    },
  },
  {
    // «ontem falou que amanhã não vai estar mais aqui pra dar trabalho pra gente. Hoje achei todos os remédios dele
    // escondidos»: "won't be here tomorrow / any more", with being a burden or pills hidden away. Pills hidden from a
    // parent with dementia, or "he won't be here tomorrow, he's on a trip", stay quiet: each side needs the other.
    name: 'not here tomorrow or any more, with being a burden or pills hidden away',
    signal: 'suicide',
    words: {
      ja: { pairs: [{ reach: 80, acrossSentences: 3,
        a: ['明日にはもういない', 'あしたにはもういない', 'もうここにはいない', 'もういなくなるから', 'いなくなった方が', 'いなくなったほうが'],
        b: ['迷惑をかけ', 'めいわくをかけ', '薬を隠', 'くすりをかく', '薬をためて', 'くすりをためて', '薬を集めて', 'くすりをあつめて'] }] },
      en: { pairs: [{ reach: 120, acrossSentences: 3,
        a: ['wont be here tomorrow', 'wont be here anymore', 'wont be here any more', 'wont be around tomorrow', 'not going to be here tomorrow', 'not gonna be here tomorrow', 'wont be here much longer'],
        b: ['burden', 'trouble for', 'be a bother', 'hid all his pills', 'hid all her pills', 'hidden all his pills', 'hidden all her pills', 'his pills hidden', 'her pills hidden', 'stash of pills', 'pills stashed', 'saving up his pills', 'saving up her pills', 'hoarding his pills', 'hoarding her pills'] }] },
      zh: { pairs: [{ reach: 50, acrossSentences: 3,
        a: ['明天就不在了', '明天就不在这', '明天不会在了', '以后不在了', '不会再在这', '我就不在了'],
        b: ['拖累', '添麻烦', '药藏', '藏了药', '藏起来的药', '把药都藏', '攒了药', '药都攒', '偷偷攒药'] }] },
      ko: { pairs: [{ reach: 80, acrossSentences: 3,
        a: ['내일은 없을', '내일이면 없을', '내일이면 여기 없', '더 이상 여기 없을', '이제 없을 거', '없어질 거'],
        b: ['짐이 되', '짐이 안 되', '폐를 끼', '약을 숨겨', '약을 숨긴', '약을 모아', '약이 숨겨져', '약을 몰래 모'] }] },
      vi: { pairs: [{ reach: 120, acrossSentences: 3,
        a: ['mai sẽ không còn ở đây', 'ngày mai không còn ở đây', 'mai không còn ở đây', 'sẽ không còn ở đây nữa', 'không còn ở đây làm phiền'],
        b: ['làm phiền', 'gánh nặng', 'giấu thuốc', 'giấu hết thuốc', 'thuốc giấu', 'gom thuốc', 'tích thuốc'] }] },
      ne: { pairs: [{ reach: 120, acrossSentences: 3,
        a: ['भोलि यहाँ हुन्न', 'भोलि म यहाँ हुन्न', 'भोलि यहाँ हुनेछैन', 'अब यहाँ हुन्न', 'bholi yaha hunna', 'ab yaha hunna'],
        b: ['बोझ', 'दुःख दिन', 'औषधि लुकाएर', 'औषधि लुकाएको', 'औषधि जम्मा', 'bojh', 'aushadhi lukayeko', 'aushadhi jamma'] }] },
      tl: { pairs: [{ reach: 120, acrossSentences: 3,
        a: ['wala na ako bukas', 'wala na siya bukas', 'wala na ako dito bukas', 'wala na siya dito bukas', 'hindi na ako aabutan bukas'],
        b: ['pabigat', 'perwisyo', 'tinago ang gamot', 'tinago niya lahat ng gamot', 'itinago ang lahat ng gamot', 'nakatagong gamot', 'iniipon ang gamot', 'nakatago ang gamot'] }] },
      pt: { pairs: [{ reach: 120, acrossSentences: 3,
        a: ['não vai estar mais aqui', 'não vou estar mais aqui', 'não vai mais estar aqui', 'não vou mais estar aqui', 'amanhã não vai estar aqui', 'amanhã não vou estar aqui', 'amanhã não estarei aqui'],
        b: ['dar trabalho', 'ser um peso', 'um peso pra', 'remédios...escondid', 'escondeu os remédios', 'escondeu todos os remédios', 'juntando remédio', 'guardando remédio'] }] },
      id: { pairs: [{ reach: 120, acrossSentences: 3,
        a: ['besok sudah tidak ada', 'besok sudah gak ada', 'besok gak ada lagi', 'tidak akan ada di sini lagi', 'gak bakal ada lagi', 'besok sudah gak di sini'],
        b: ['merepotkan', 'beban', 'menyembunyikan obat', 'obat...disembunyikan', 'obatnya disembunyikan', 'nyimpen obat', 'menimbun obat', 'mengumpulkan obat'] }] },
    },
  },
  {
    // A goodbye said to be for ever («tạm biệt mãi mãi», «paalam magpakailanman»), and poison the
    // writer says they will take (「나도 오늘 독약을 먹을 거예요」 — which a novel's poison scene beside it had kept
    // quiet, the model alone reading it). A character's poison in a story stays quiet by its own frame.
    name: 'a goodbye for ever, or poison the writer will take',
    signal: 'suicide',
    words: {
      ja: { say: ['永遠にさようなら', 'えいえんにさようなら', '毒を飲みます', 'どくをのみます', '毒を飲んで死', 'どくをのんでし', '農薬を飲んで死', 'のうやくをのんでし', '農薬を飲みます', 'のうやくをのみます'] },
      en: { say: ['goodbye forever', 'bye forever', 'farewell forever', 'goodbye for good', 'i will drink poison', 'i will take poison', 'going to drink poison', 'going to take poison', 'gonna drink poison', 'gonna take poison', 'drink the poison tonight'] },
      zh: { say: ['永远再见', '永远的再见', '我要喝毒药', '我会喝毒药', '我要喝农药', '我会喝农药', '我也要喝毒药', '我也要喝农药', '喝农药死', '喝毒药死'] },
      ko: { say: ['영원히 안녕', '독약을 먹을 거', '독약 먹을 거', '독약을 마실 거', '독약 마실 거', '농약을 마실 거', '농약 마실 거', '농약을 먹을 거', '독약을 먹고 죽', '농약을 먹고 죽'] },
      vi: { say: ['tạm biệt mãi mãi', 'tạm biệt vĩnh viễn', 'sẽ uống thuốc độc', 'sẽ uống thuốc trừ sâu', 'uống thuốc độc chết', 'uống thuốc trừ sâu chết'] },
      ne: { say: ['सधैंको लागि बिदा', 'सधैँको लागि बिदा', 'विष खान्छु', 'विष खाएर मर्छु', 'bish khanchhu', 'bish khayera marchhu'] },
      tl: { say: ['paalam magpakailanman', 'iinom ako ng lason', 'iinumin ko ang lason', 'lalason ko ang sarili ko'] },
      pt: { say: ['adeus para sempre', 'vou tomar veneno', 'vou beber veneno', 'vou tomar chumbinho', 'tomar veneno e morrer'] },
      id: { say: ['selamat tinggal selamanya', 'aku akan minum racun', 'saya akan minum racun', 'mau minum racun', 'minum racun biar mati', 'minum racun serangga biar'] },
    },
  },
  CARERS_PLAN,
  // ── crisis-30 (people writing in a role): goodbye signs seen by a teacher, a shop owner, a volunteer ──
  {
    // "a creative writing piece describing exactly how he'd end it, and this week gave his PS5 and headphones away",
    // «trả hết tiền ghi sổ, tặng tôi cái đồng hồ … 'chắc đây là bát phở cuối cùng rồi'», «pinamigay niya lahat ng damit
    // niya at sinabing 'ipagdasal niyo na lang ako' … hindi na siya sumasagot»: a pupil's writing on how he would end his
    // own life; treasured or all things given away with a last one said, prayers asked for or silence since; all debts
    // settled with a last one. (A move, a transfer or a return home told beside it closes the case: a farewell only.)
    name: 'goodbye signs reported by someone else: writing on how he would end his life, treasured things given away with a last coffee, “just pray for me”, then silence',
    signal: 'suicide',
    words: inEachLanguage((lang) => {
      const cjk = lang === 'ja' || lang === 'zh';
      return {
        say: HOW_HE_WOULD_END_HIS_LIFE[lang],
        pairs: [
          { reach: cjk ? 50 : 140, acrossSentences: 2, a: HOW_HE_WOULD_END_IT[lang], b: GAVE_THINGS_AWAY[lang] },
          { reach: cjk ? 50 : 140, acrossSentences: 2, a: GAVE_THINGS_AWAY[lang], b: [...A_LAST_ONE[lang], ...PRAY_FOR_ME[lang]], farewell: true },
          { reach: cjk ? 50 : 140, acrossSentences: 2, a: ALL_DEBTS_SETTLED[lang], b: A_LAST_ONE[lang], farewell: true },
        ],
        // (a regular who is moving, going home or into a care home, with a last coffee or the tab settled; things given
        // away are not set aside so: a cover story of going home is told with them)
        idioms: [
          { reach: cjk ? 50 : 140, acrossSentences: 2, a: MOVING_AWAY[lang], b: [...A_LAST_ONE[lang], ...ALL_DEBTS_SETTLED[lang]] },
          { reach: cjk ? 50 : 140, acrossSentences: 2, a: [...A_LAST_ONE[lang], ...ALL_DEBTS_SETTLED[lang]], b: MOVING_AWAY[lang] },
          // (prayers asked for an exam, an interview or an operation)
          ...PRAYER_FOR_AN_EVENT[lang],
        ],
      };
    }),
  },
  ...PASS_24,
  ...PASS_25,
  ...PASS_25_LEXICON,
  ...PASS_25_ROUND_3,
  ...PASS_26_C3,
], PASS_27);
