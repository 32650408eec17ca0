import type { Concept } from './concepts.ts';
import { type ConceptExtension, extendConcepts, inEachLanguage } from './extend-concepts.ts';

/**
 * Medical emergencies, by concept: not breathing, unconscious or not waking, a collapse, stroke and
 * heart-attack signs, severe bleeding, a seizure, anaphylaxis, something harmful swallowed, an
 * overdose taken, choking, drowning, heatstroke, severe burns, hypothermia, a blow to the head with
 * vomiting or drowsiness. Words that happen to name an organ or a symptom in ordinary life (an eyelid
 * twitch, a stuffy room that "suffocates", drowning in debt) are idioms here.
 */
/**
 * A stiff body in Vietnamese, never the bare «cứng đờ»: once tones fold away it is «cũng đỡ» ("at least
 * it eases": «nếu em không còn nữa thì cả nhà cũng đỡ khổ»), and «còn» folds into «con» (a child).
 */
// biome-ignore format: one short list on one line
const STIFF_VI = ['cứng đờ người', 'cứng đờ cả người', 'tay chân cứng đờ', 'chân tay cứng đờ', 'toàn thân cứng đờ', 'người bé cứng đờ', 'người con cứng đờ', 'người cháu cứng đờ', 'cả người cứng đờ', 'bị cứng đờ', 'cứng đờ lại', 'cứng người lại', 'gồng cứng', 'co cứng'];
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const EMERGENCY_FAMILIES: readonly ConceptExtension[] = [
  // Third-person emergencies as families: someone down after a fall or a crash who does not answer,
  // a household poison or another person's pills swallowed, a feverish baby floppy or jerking, a
  // sudden worst-ever headache, chest pain then silence, blood vomited or soaking through, a
  // pregnancy bleeding or the waters broken, fumes with someone drowsy.
  {
    name: 'someone who fell, was hit or was found down and now does not answer, cannot get up or lies still',
    into: 'a sudden collapse',
    words: {
      ja: {
        // romaji as typed without a Japanese keyboard («chichi ga taorete ishiki ga nai», «kusuri wo zenbu nonda»)
        say: ['iki wo shite inai', 'iki o shite inai', 'iki wo shitenai', 'iki shitenai', 'iki shite nai', 'iki ga dekinai', 'ishiki ga nai', 'ishiki nai', 'ishiki ga arimasen', 'yonde mo hannou', 'taorete ugokanai', 'taorete ugokimasen', 'kusuri wo zenbu nonda', 'kusuri zenbu nonda', 'kusuri wo ippai nonda', 'hitohako zenbu nonda', 'chi ga tomaranai', 'keiren shiteru', 'keiren shite', '呼んでも起きな', 'よんでもおきな', '床に倒れてい', 'ゆかにたおれてい', '倒れてて動かな', 'たおれてうごかな', '倒れていて動かな'],
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['倒れ', 'たおれ', '落ちた', 'おちた', '落ちて', 'おちて', '転んで', 'ころんで', '転倒', 'てんとう', 'はねられ', '轢かれ', 'ひかれ', '事故', 'じこ', '床に', 'ゆかに', 'お風呂で', 'おふろで', '湯船', 'ゆぶね', '引き上げ', 'ひきあげ', '流され', 'ながされ', '見つけた', 'みつけた'],
          b: ['動かない', 'うごかない', 'うごきません', '動きません', '反応なし', '反応がな', 'はんのうがな', 'はんのうなし', '返事がな', 'へんじがな', '返事をしな', 'へんじをしな', '起きられ', 'おきられ', '起き上がれ', 'おきあがれ', '起きない', 'おきない', 'しゃべらな', '意識がな', 'いしきがな', '意識ない', 'いしきない', '足の感覚', 'あしのかんかく', '変な方向', 'へんなほうこう', 'うめいて', 'うめき', '頭から血', 'あたまからち', '耳から血', 'みみからち', 'からだがつめた', '体が冷た', 'よわいいき', '息が弱', 'いきがよわ'] },
          // romaji as typed without a Japanese keyboard: «otto ga kaidan kara ochite atama kara chi ga takusan dete imasu. yondemo
          // henji nai» (a scraped knee's «chi ga dete» is no emergency: only the head, a lot of blood, no answer or no moving)
          { reach: 60, acrossSentences: true,
            a: ['kaidan kara ochi', 'kaidan kara korogari', 'kaidan de koron', 'beranda kara ochi', 'hashigo kara ochi', 'yane kara ochi', 'mado kara ochi', 'taorete', 'taoreta', 'taoremashita', 'koronde atama', 'tenraku', 'tentou shite', 'atama wo utte', 'atama o utte', 'atama wo butsuke', 'atama o butsuke', 'hanerarete'],
            b: ['henji ga nai', 'henji nai', 'henji ga arimasen', 'henji shinai', 'hannou ga nai', 'hannou nai', 'hannou ga arimasen', 'ishiki ga nai', 'ishiki nai', 'atama kara chi', 'chi ga takusan', 'chi ga tomaranai', 'chi ga tomarimasen', 'ugokanai', 'ugokimasen', 'okiagarenai', 'okiagaremasen', 'shaberanai', 'me wo akenai', 'me o akenai'] }],
        // (laughing till one cannot breathe; no sense of crisis)
        idioms: ['iki ga dekinai hodo', 'iki dekinai hodo', 'iki ga dekinai kurai', 'kiki ishiki', 'mondai ishiki', 'kikiishiki',
          // (a phone or a machine that «does not move» after a drop)
          'sumaho ga ugokanai', 'sumaho ga ugokimasen', 'keitai ga ugokanai', 'keitai ga ugokimasen', 'pasokon ga ugokanai', 'pasokon ga ugokimasen', 'pc ga ugokanai', 'kuruma ga ugokanai', 'erebeta ga ugokanai', 'erebeetaa ga ugokanai'],
      },
      en: {
        say: ['found him on the floor', 'found her on the floor', 'on the floor since', 'been on the floor', 'cant get her to answer', 'cant get him to answer', 'barely answering', 'only moaning', 'just moaning', 'she just groans', 'he just groans', 'hard to wake', 'cant feel his legs', 'cant feel her legs', 'cant feel my legs', 'bent the wrong way', 'bent wrong', 'at a weird angle', 'blood in her ear', 'blood in his ear', 'blood from her ear', 'blood from his ear', 'on the floor all night', 'on the floor overnight', 'on the floor since last night', 'sleeping on the floor since', 'lying there all night'],
        pairs: [{ reach: 60, acrossSentences: true,
          a: ['fell', 'fallen', 'fall from', 'fell off', 'fell from', 'slipped', 'collapsed', 'passed out', 'hit by a', 'got hit by', 'knocked down', 'on the floor', 'on the ground', 'slumped', 'pulled him out', 'pulled her out', 'chest pain', 'clutched his chest', 'clutched her chest'],
          b: ['not talking', 'isnt talking', 'stopped talking', 'wont talk', 'cant talk', 'not answering', 'isnt answering', 'wont answer', 'doesnt answer', 'not answering me', 'not responding', 'isnt responding', 'no response', 'only moaning', 'just moaning', 'moaning', 'groaning', 'cant get up', 'not moving', 'isnt moving', 'wont wake', 'wont open', 'eyes wont open', 'head bleeding', 'bleeding from', 'pale and floppy', 'really pale', 'breathing but', 'is cold', 'shes cold', 'hes cold'] }],
        idioms: ['fell out with', 'fell asleep', 'fell apart', 'fell behind', 'fell in love', 'fell for', 'fell through', 'fell pregnant'],
      },
      zh: {
        say: ['叫不醒', '叫不应', '叫他也没回答', '叫她也没回答', '叫了没反应', '冇反应', '冇晒反应', '叫唔醒', '倒在路上', '倒在地上', '躺在地上', '倒在田边', '倒在厕所', '倒在浴室'],
        pairs: [{ reach: 16, acrossSentences: true,
          a: ['摔倒', '跌倒', '摔下', '掉下', '掉进', '跌落', '跌低', '摔了', '倒在', '倒下', '被车撞', '被撞', '车祸', '出车祸', '晕倒', '昏倒'],
          b: ['不动', '动不了', '没回答', '不回答', '没反应', '没有反应', '叫不醒', '起不来', '站不起来', '说不出话', '讲不出话', '不说话', '流血', '流了好多血', '血一直', '只会呻吟', '只是呻吟', '只係呻', '腿都变形', '脚变形', '变形了', '身体冰', '身体好烫', '没知觉', '起唔到身', '睡在地板', '躺在地板', '睡在地上', '一直躺在', '一直睡在', '只会嗯', '嗯一声', '只会哼', '哼一声'] }],
      },
      ko: {
        say: ['불러도 대답이 없', '불러도 반응이 없', '쓰러져 있었', '쓰러져 있어요', '바닥에 쓰러져', '바닥에서 밤새', '바닥에 밤새', '어젯밤부터 바닥에'],
        pairs: [{ reach: 24, acrossSentences: true,
          // (and in a hurry, no particle, no space: «엄마 계단에서 굴러서 대답없어요», «넘어지고 반응없음»)
          a: ['쓰러', '넘어져', '넘어졌', '넘어지고', '계단에서', '사다리에서', '높은 데서', '교통사고', '사고가 났', '사고 났', '차에 치', '부딪', '욕조에', '바닥에', '잠겨', '꺼냈', '굴러서', '굴렀', '굴러 떨어', '굴러떨어', '자빠져', '자빠졌', '떨어져서', '떨어졌는데'],
          b: ['대답없', '대답 없', '대답도 없', '대답 안 해', '대답을 못', '대답 못', '반응없', '반응 없', '반응도 없', '의식없', '의식 없', '의식이 없', '숨을 안 쉬', '숨 안 쉬', '눈 안 떠', '눈을 안 떠', '안 일어나', '못 일어나', '꼼짝 안', '대답이 없', '대답을 안', '반응이 없', '안 움직', '움직이지 않', '못 일어나', '일어나지 못', '의식이 없', '눈을 못 뜨', '눈을 안 떠', '피를 많이', '피가 나', '말을 못', '다리가 이상', '다리 감각', '몸이 차', '신음'] }],
      },
      vi: {
        say: ['nằm im không động đậy', 'nằm im bên đường', 'gọi không thưa', 'không động đậy'],
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['ngã', 'té', 'rơi từ', 'bị xe', 'bị ô tô', 'tai nạn', 'nằm dưới sàn', 'nằm trên sàn', 'ngất', 'gục'],
          b: ['không trả lời', 'không thưa', 'không động đậy', 'nằm im', 'mắt nhắm nghiền', 'không dậy được', 'không đứng dậy được', 'không tỉnh', 'không phản ứng', 'nói không ra tiếng', 'tiếng rên', 'rên rỉ', 'chảy máu đầu', 'máu ra nhiều', 'người lạnh', 'không cử động được', 'chân bị cong', 'ngủ dưới sàn', 'ngủ luôn dưới sàn', 'nằm luôn dưới sàn', 'nằm dưới sàn từ', 'chỉ ậm ừ', 'chỉ ừ ừ', 'chỉ ú ớ'] }],
      },
      tl: {
        say: ['ayaw dumilat', 'hindi ko siya magising', 'hindi ko sya magising', 'di ko magising', 'nakahiga sa sahig', 'nakahandusay'],
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['nahulog', 'nalaglag', 'nadapa', 'natumba', 'bumagsak', 'nabangga', 'nasagasaan', 'nakahiga', 'nahimatay', 'nadulas'],
          b: ['hindi sumasagot', 'di sumasagot', 'hindi na sumasagot', 'di na sumasagot', 'hindi na gumagalaw', 'di na gumagalaw', 'hindi na makatayo', 'di na makatayo', 'may dugo sa ulo', 'dumudugo ulo', 'hindi gumagalaw', 'di gumagalaw', 'hindi makatayo', 'di makatayo', 'di sya makatayo', 'hindi makagalaw', 'di maigalaw', 'hindi maigalaw', 'walang malay', 'ayaw dumilat', 'hindi magising', 'dumudugo ang ulo', 'maraming dugo', 'umuungol', 'natutulog sa sahig', 'nakahiga pa rin sa sahig', 'nasa sahig pa rin', 'umuungol lang', 'ungol lang'] },
          // the pronoun between («hindi siya sumasagot pag tinatawag ko»), an aside about his history before it
          { reach: 70, acrossSentences: true,
            a: ['nahulog', 'nalaglag', 'nadapa', 'natumba', 'bumagsak', 'nahimatay', 'nadulas'],
            b: ['siya sumasagot', 'sya sumasagot', 'siya gumagalaw', 'sya gumagalaw', 'siya makatayo', 'sya makatayo', 'siya magising', 'sya magising'] },
          { ordered: true, reach: 12, a: ['siya sumasagot', 'sya sumasagot', 'sumasagot', 'siya gumagalaw', 'sya gumagalaw', 'siya dumidilat', 'sya dumidilat'], b: ['pag tinatawag', 'kapag tinatawag', 'pag tinawag', 'kahit tawagin', 'kahit tinatawag', 'pag ginigising', 'kahit gisingin'] }],
      },
      pt: {
        say: ['caído no chão', 'caída no chão', 'caído no corredor', 'caída no corredor', 'quase sem responder', 'não sente as pernas', 'não sente a perna'],
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['caiu', 'caído', 'caída', 'desmaiou', 'atropelad', 'bateu o carro', 'acidente', 'escorregou', 'no chão', 'tombo'],
          b: ['não responde', 'não acorda', 'não se mexe', 'não consegue levantar', 'não levanta', 'não sente', 'sem responder', 'desacordad', 'gemendo', 'muito quieto', 'muito quieta', 'sangrando', 'perna torta', 'dormindo no chão', 'deitado no chão desde', 'deitada no chão desde', 'no chão desde ontem', 'só resmunga', 'só geme', 'só faz hum'] }],
      },
      id: {
        say: ['gak bisa dibangunin', 'ga bisa dibangunin', 'tidak bisa dibangunkan', 'gak jawab sama sekali', 'ga jawab sama sekali', 'tidak menjawab sama sekali', 'cuma mengerang', 'hanya mengerang', 'ditemukan di lantai', 'tergeletak di lantai'],
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['jatuh', 'terjatuh', 'terpeleset', 'ditabrak', 'tertabrak', 'kecelakaan', 'tergeletak', 'di lantai', 'pingsan', 'ambruk'],
          b: ['gak jawab', 'ga jawab', 'tidak menjawab', 'tidak merespon', 'gak merespon', 'ga bisa digerakin', 'gak bisa digerakin', 'tidak bisa digerakkan', 'tidak bisa bangun', 'gak bisa bangun', 'ga bisa bangun', 'tidak sadarkan diri', 'mengerang', 'gak bisa ngomong', 'tidak bisa bicara', 'banyak darah', 'kepalanya berdarah', 'tangannya dingin', 'badannya dingin', 'tidur di lantai', 'tiduran di lantai', 'masih di lantai', 'di lantai dari semalam', 'cuma ngerang', 'cuma bergumam', 'cuma hmm'] }],
      },
    },
  },
  {
    name: 'a household poison or another person’s pills swallowed: kerosene, bleach, detergent, a battery, blood pressure tablets',
    into: 'poisoning: a child (or anyone) swallowed detergent, bleach, a button battery, medicine',
    words: {
      ja: {
        say: ['何錠か飲んだ', 'なんじょうかのんだ', '錠剤の数が合わな'],
        pairs: [
          { ordered: true, reach: 12,
            a: ['灯油', 'とうゆ', '漂白剤', 'ひょうはくざい', 'ハイター', '洗剤', 'せんざい', '柔軟剤', 'ジェルボール', 'ボタン電池', 'ぼたんでんち', '電池', '農薬', 'のうやく', '除草剤', 'じょそうざい', '殺虫剤', '血圧の薬', 'けつあつのくすり', '祖母の薬', '祖父の薬', 'おばあちゃんの薬', 'おじいちゃんの薬', 'おばあちゃんのくすり', 'おじいちゃんのくすり', '親の薬', '大人の薬', 'おとなのくすり', 'ママの薬', 'パパの薬'],
            b: ['飲んだっぽ', 'のんだっぽ', '飲んだかも', 'のんだかも', '飲んじゃっ', 'のんじゃっ', '飲んでしま', 'のんでしま', '何錠か', 'なんじょうか', '一瓶', '一本全部', '全部飲', 'ぜんぶのん', 'すごくのんで', 'たくさん飲んで', 'たくさんのんで', '大量に', 'かじっ', '口に入れ', 'くちにいれ', '飲み込んだ', 'のみこんだ'] },
        ],
      },
      en: {
        say: ['got into grandmas', 'got into her pills', 'got into his pills', 'got into my pills', 'got into the pills', 'got into the tablets', 'ate some of my', 'eaten some of my', 'packet empty on the floor', 'took a bunch of pills', 'took a handful of pills', 'took a lot of pills', 'took lots of pills', 'way too much of my medication', 'double my insulin', 'pills twice by mistake', 'tablets twice by mistake', 'vomiting blood', 'vomited blood', 'throwing up blood', 'threw up blood', 'coughing up blood', 'bleach by mistake', 'kerosene by mistake'],
        pairs: [
          { ordered: true, reach: 24,
            a: ['drank', 'drunk', 'drinking', 'swallowed', 'swallowing', 'ate', 'eaten', 'bit into', 'bit a', 'chewed', 'licked', 'sipped', 'had a sip of', 'got into'],
            b: ['bleach', 'kerosene', 'paraffin', 'lamp oil', 'petrol', 'gasoline', 'detergent', 'dishwasher liquid', 'dishwasher tablet', 'washing up liquid', 'laundry pod', 'laundry capsule', 'fabric softener', 'drain cleaner', 'toilet cleaner', 'cleaning fluid', 'cleaning liquid', 'weed killer', 'weedkiller', 'pesticide', 'insecticide', 'rat poison', 'antifreeze', 'paint thinner', 'nail polish remover', 'button battery', 'battery', 'batteries', 'magnets', 'tobacco', 'cigarette butt', 'blood pressure pills', 'blood pressure tablets', 'heart pills', 'sleeping pills', 'cough syrup'] },
        ],
      },
      zh: {
        say: ['当茶喝了', '当饮料喝了', '当成饮料', '当成水喝', '把纽扣电池吞', '把电池吞', '洗衣凝珠咬破'],
        pairs: [{ ordered: true, reach: 12,
          a: ['漂白剂', '漂白水', '洗洁精', '洗衣液', '洗衣凝珠', '洗衣球', '消毒液', '消毒水', '煤油', '汽油', '农药', '除草剂', '杀虫剂', '老鼠药', '纽扣电池', '电池', '降压药', '降血压药', '爸爸的药', '妈妈的药', '奶奶的药', '爷爷的药'],
          b: ['喝了', '吃了', '吞了', '吞下', '舔了', '咬破', '喝完', '吃掉', '当茶', '当饮料', '当成'] }],
      },
      ko: {
        say: ['캡슐을 깨물었', '세제를 삼켰', '건전지를 삼킨', '약을 잔뜩 먹었', '약을 한 움큼', '수면제 잔뜩', '할머니 혈압약', '등유를 마셨', '락스를 먹', '표백제를 마셨', '피를 토해', '피를 토했'],
        pairs: [{ reach: 16, a: ['세제', '락스', '표백제', '등유', '농약', '살충제', '건전지'], b: ['마셨', '먹었', '삼켰', '깨물었', '먹은 것 같', '마신 것 같', '삼킨 것 같'] }],
      },
      vi: {
        say: ['uống nhầm', 'uống thuốc tẩy', 'uống dầu hỏa', 'uống dầu hoả', 'uống xăng', 'uống nước tẩy', 'nuốt viên pin', 'nuốt phải', 'nôn ra máu', 'ói ra máu', 'uống thuốc huyết áp của', 'ăn thuốc của bà', 'ăn thuốc của ông'],
      },
      tl: {
        say: ['nakainom ng kerosene', 'nakainom ng gaas', 'nakainom ng sabon', 'nakainom ng panlinis', 'nakalunok ng', 'nagkamali ako ng inom ng gamot', 'ininom ang gamot ng', 'uminom ng maraming gamot', 'uminom sya ng maraming gamot', 'uminom siya ng maraming gamot', 'isang buong bote ng gamot', 'nagsusuka ng dugo', 'sumuka ng dugo'],
      },
      pt: {
        say: ['bebeu amaciante', 'bebeu querosene', 'bebeu gasolina', 'bebeu detergente', 'bebeu cândida', 'bebeu soda cáustica', 'engoliu a bateria', 'acho que engoliu', 'mordeu uma pastilha', 'pastilha de lava louças', 'cápsula de lava roupas', 'tomou metade da cartela', 'tomei metade da cartela', 'tomei remédio pra dormir com', 'vomitando sangue', 'vomitou sangue'],
      },
      id: {
        say: ['minum obat banyak tadi', 'minum obat banyak abis', 'minum obat kebanyakan', 'minum pemutih', 'minum bayclin', 'minum sabun', 'minum deterjen', 'menelan baterai', 'nelen baterai', 'minum minyak tanah', 'muntah darah'],
      },
    },
  },
  {
    name: 'a baby or child with fever who is floppy, stiff, jerking, not feeding or will not wake',
    into: 'a seizure or convulsion that will not stop',
    words: {
      ja: {
        pairs: [
          { reach: 24, acrossSentences: true, a: ['赤ちゃん', 'あかちゃん', '乳児', '新生児', '生後'], b: ['ぐったり', 'ぴくぴく', 'ピクピク', 'けいれん', '痙攣', 'ひきつけ', '白目', 'しろめ', 'つっぱ', '目が変', 'めがへん', 'めがおかし', '息がおかし', 'いきがおかし', 'ヒューヒュー', 'ひゅーひゅー', '顔色が悪', 'かおいろがわる', '唇が紫', 'くちびるがむらさき', '呼んでも', 'よんでも'] },
          { reach: 24, acrossSentences: true, a: ['熱', 'ねつ', '高熱'], b: ['ひきつけ', 'ぴくぴく', '白目', 'しろめ', 'つっぱ', '呼んでも', 'よんでも', '意識', 'いしき', 'めがうえをみ', 'めがうえをむ', 'めがうえむ', '目が上を見', '目が上を向', '目がうえを', 'めが上を', '目が上に', 'めがうえに', '黒目が上', 'くろめがうえ', 'がくがく'] },
          // the body shaking or jerking and the eyes turned up: a fit, however it is put (「からだ が ぶるぶる。 め が うえ を みてる」)
          { reach: 24, acrossSentences: true, a: ['ぶるぶる', 'がくがく', 'ぴくぴく', 'びくびく', 'ふるえて', '震えて', 'つっぱって', '突っ張って'], b: ['めがうえをみ', 'めがうえをむ', '目が上を見', '目が上を向', '目がうえを', 'めが上を', '目が上に', 'めがうえに', '黒目が上', 'くろめがうえ', '白目', 'しろめ'] },
          // eyes turned up or rolled back in a child, fever said or not (「め が うえ を みてる」)
          { reach: 24, acrossSentences: true, a: ['こども', '子ども', '子供', '息子', 'むすこ', '娘', 'むすめ'], b: ['めがうえをむいたまま', '目が上を向いたまま', '目が上にいっ', 'めがうえにいっ', '目が上に上が', '黒目が上', 'くろめがうえ', '白目になっ', 'しろめになっ'] },
        ],
      },
      en: {
        pairs: [
          { reach: 60, acrossSentences: true, a: ['baby', 'newborn', 'infant', 'toddler', 'month old', 'months old', 'weeks old', 'days old'], b: ['floppy', 'limp', 'went stiff', 'going stiff', 'stiff and', 'jerking', 'twitching', 'eyes rolled', 'wont wake', 'hard to wake', 'turned blue', 'went blue', 'going blue', 'grunting', 'sucking in', 'whistling noise', 'wont stop vomiting'] },
          { reach: 48, acrossSentences: true, a: ['fever', 'temperature', 'burning up'], b: ['floppy', 'limp', 'stiff', 'jerking', 'twitching', 'fitting', 'eyes rolled', 'eyes rolling', 'eyes are rolling', 'eyes went up', 'eyes going up', 'eyes turned up', 'staring up', 'wont wake', 'hard to wake', 'doesnt know who', 'rash that doesnt fade', 'purple rash'] },
        ],
      },
      zh: {
        pairs: [
          { reach: 16, acrossSentences: true, a: ['宝宝', '婴儿', '新生儿', '个月'], b: ['抽筋', '抽搐', '眼睛翻白', '全身僵硬', '身体僵硬', '发硬', '叫不醒', '嘴唇发紫', '脸发紫'] },
          { reach: 16, acrossSentences: true, a: ['发烧', '高烧', '发高烧', '烧到'], b: ['抽筋', '抽搐', '眼睛翻白', '僵硬', '叫不醒', '没反应', '眼睛往上翻', '眼睛往上吊', '两眼上翻', '眼睛上翻', '眼球上翻', '翻白眼'] },
        ],
      },
      ko: {
        pairs: [
          { reach: 24, acrossSentences: true, a: ['아기', '애기', '신생아', '개월'], b: ['경기를', '경련', '눈이 돌아', '흰자', '축 처', '축 늘어', '몸이 뻣뻣', '뻣뻣해', '숨을 쉬다가 멈', '숨이 멈', '입술이 파', '깨워도'] },
          { reach: 24, acrossSentences: true, a: ['열이', '고열', '열나'], b: ['경기를', '경련을', '경련하', '경련해', '눈이 돌아', '뻣뻣', '축 처', '깨워도', '의식', '눈이 위로', '눈동자가 위로', '흰자만', '흰자가'] },
        ],
      },
      vi: {
        pairs: [
          { reach: 40, acrossSentences: true, a: ['bé', 'con', 'em bé', 'tháng', 'trẻ sơ sinh'], b: ['đang co giật', 'co giật liên tục', 'co giật mãi', 'giật giật', 'trợn mắt', ...STIFF_VI, 'li bì', 'gọi không mở mắt', 'gọi không dậy', 'tím tái', 'môi tím'] },
          { reach: 40, acrossSentences: true, a: ['sốt', 'sốt cao'], b: ['đang co giật', 'co giật liên tục', 'trợn mắt', ...STIFF_VI, 'li bì', 'không tỉnh'] },
        ],
      },
      // (romanised as typed: «baby lai 39.8 jworo thiyo, aba kaampi rahecha ani aankha maathi farkiyo»; fever with
      // shivering alone, «jworo aayo jiu kaampyo», is no fit: the shaking counts beside a baby or child only)
      ne: {
        pairs: [
          { reach: 60, acrossSentences: true, a: ['jworo', 'jwaro', 'jwor', 'jwar', 'jaro', 'ज्वरो', 'bukhar', 'बुखार', 'baby', 'bachha', 'bachcha', 'nani', 'babu', 'बच्चा', 'नानी', 'बाबु', 'शिशु'], b: ['aankha maathi farkiy', 'aankha maathi pharkiy', 'aankha maathi gay', 'aankha maathi tir', 'aankha maathi chadh', 'aankha maathi lag', 'aankha mathi farkiy', 'aankha mathi pharkiy', 'aankha mathi gay', 'aankha mathi tir', 'aankha mathi chadh', 'aankha mathi lag', 'ankha maathi farkiy', 'ankha maathi pharkiy', 'ankha maathi gay', 'ankha maathi tir', 'ankha maathi chadh', 'ankha maathi lag', 'ankha mathi farkiy', 'ankha mathi pharkiy', 'ankha mathi gay', 'ankha mathi tir', 'ankha mathi chadh', 'ankha mathi lag', 'aakha mathi farkiy', 'aakha mathi pharkiy', 'aakha mathi gay', 'aakha mathi tir', 'aakha mathi chadh', 'aakha mathi lag', 'aakha maathi farkiy', 'aakha maathi pharkiy', 'aakha maathi gay', 'aakha maathi tir', 'aakha maathi chadh', 'aakha maathi lag', 'aankha farkiy', 'aankha pharkiy', 'aankha palti', 'aankha ulti', 'aankha seto', 'आँखा माथि', 'आँखा माथितिर', 'आँखा फर्कि', 'आँखा पल्टि', 'आँखा सेतो', 'bolauda pani bold', 'bolaunda pani bold', 'boldaina ra', 'hosh chhaina', 'hos chhaina', 'hos xaina', 'होस छैन', 'बेहोस', 'behos', 'lalo bhayo', 'nilo bhayo', 'ओठ नीलो', 'oth nilo'] },
          { reach: 40, acrossSentences: true, a: ['baby', 'bachha', 'bachcha', 'nani', 'babu', 'बच्चा', 'नानी', 'बाबु', 'शिशु'], b: ['kaampi rah', 'kampi rah', 'kaampirah', 'kampirah', 'jiu kaamp', 'jiu kamp', 'sharir kaamp', 'sarir kaamp', 'haat khutta kaamp', 'hat khutta kaamp', 'jhatka', 'जिउ काँप', 'शरीर काँप', 'काँपिरह', 'झट्का', 'kakriy', 'कक्रि', 'ainthiy', 'chhare', 'छारे'] },
        ],
      },
      tl: {
        pairs: [
          { reach: 40, acrossSentences: true, a: ['baby', 'sanggol', 'anak', 'bata', 'months', 'buwan'], b: ['nangingisay', 'nanginginig ang buong', 'tumitirik ang mata', 'tumirik ang mata', 'di tumitingin', 'hindi tumitingin', 'matigas ang katawan', 'lupaypay', 'malata', 'nangingitim', 'nangangasul'] },
          { reach: 40, acrossSentences: true, a: ['lagnat', 'nilalagnat', 'mataas na lagnat'], b: ['nangingisay', 'kumbulsyon', 'tumirik', 'di tumitingin', 'hindi tumitingin', 'hindi magising', 'lupaypay'] },
        ],
      },
      pt: {
        pairs: [
          { reach: 40, acrossSentences: true, a: ['bebê', 'bebe', 'neném', 'recém nascido', 'meses', 'criança', 'filho', 'filha'], b: ['convulsionando', 'se debatendo', 'tremendo todo', 'tremendo toda', 'olhos revirando', 'duro e', 'dura e', 'todo mole', 'toda mole', 'molinho', 'molinha', 'roxinho', 'roxinha'] },
          { reach: 40, acrossSentences: true, a: ['febre', 'febre alta'], b: ['convulsionando', 'convulsão', 'tremendo', 'revirando', 'mole', 'não acorda', 'não responde'] },
        ],
      },
      id: {
        pairs: [
          { reach: 40, acrossSentences: true, a: ['bayi', 'balita', 'anak', 'bulan'], b: ['kejang', 'step$', 'mata mendelik', 'matanya mendelik', 'badannya kaku', 'kaku dan', 'membiru', 'mukanya biru', 'gak bisa nangis', 'tidak bisa menangis'] },
          { reach: 40, acrossSentences: true, a: ['demam', 'panas tinggi', 'demam tinggi'], b: ['kejang', 'step$', 'mendelik', 'kaku', 'tidak sadarkan diri', 'tidak merespon'] },
        ],
      },
    },
  },
  {
    name: 'a sudden worst-ever headache, chest pain with sweat, confusion with cold sweat, fumes, bleeding in pregnancy or the waters broken',
    into: 'stroke signs: a face drooping, slurred or jumbled speech, one side weak',
    words: {
      ja: {
        say: ['今までで一番ひどい頭痛', '人生最悪の頭痛', '経験したことのない頭痛', 'けいけんしたことのないずつう', 'ハンマーで殴られたよう', 'バットで殴られたよう'],
        pairs: [
          { reach: 24, acrossSentences: true, a: ['頭が割れ', 'あたまがわれ', '頭痛', 'ずつう', '頭が痛', 'あたまがいた', 'あたまがすごくいた', '頭がすごく痛'], b: ['今までで一番', 'いままででいちばん', '経験したことな', 'けいけんしたことな', '経験したことのな', 'けいけんしたことのな', '人生で一番', 'じんせいでいちばん', '目もへん', 'めもへん', '目が見えにく', 'めがみえにく', 'めもみえにく'] },
          { reach: 24, acrossSentences: true, a: ['頭が割れ', 'あたまがわれ'], b: ['吐いた', 'はいた', '吐いて', 'はいて'] },
          { reach: 24, acrossSentences: true, a: ['急に', 'きゅうに', '突然', 'とつぜん', 'いきなり'], b: ['しゃべり方がおかし', 'しゃべりかたがおかし', 'しゃべりかたがへん', '右手に力', '左手に力', 'みぎてにちから', 'ひだりてにちから', '右手が動かな', '左手が動かな', 'みぎてがうごかな', 'ひだりてがうごかな', 'みぎがうごかな', 'ひだりがうごかな', '片方下が', 'かたほうさが', 'スプーンを落', 'すぷーんをおと'] },
          { reach: 24, acrossSentences: true, a: ['冷や汗', 'ひやあせ', 'インスリン', 'いんすりん', '低血糖', 'ていけっとう', '糖尿'], b: ['意味不明', 'いみふめい', '話が通じな', 'はなしがつうじな', '呼びかけに', 'よびかけに', 'もうろう'] },
          { reach: 24, acrossSentences: true, a: ['ガス臭', 'がすくさ', 'ガスくさ', 'ガスのにおい', 'がすのにおい', '炭を', 'すみを', '練炭', 'れんたん', '一酸化炭素', 'いっさんかたんそ', '石油ストーブ', '石油ファンヒーター'], b: ['倒れ', 'たおれ', 'ぼーっと', 'フラフラ', 'ふらふら', '意識', 'いしき', '動かな', 'うごかな', '起きな', 'おきな', '頭痛', 'ずつう', '頭が痛', 'あたまがいた', '息ができな', 'いきができな', '息苦し', 'いきぐるし'] },
          { reach: 24, acrossSentences: true, a: ['妊娠', 'にんしん', '妊婦'], b: ['出血して', '出血がある', '出血もある', '出血してる', 'しゅっけつして', 'しゅっけつもある', 'ちがでて', '血が出て', '破水', 'はすい', '板みたい', 'お腹が硬', '頭が見え', 'あたまがみえ'] },
        ],
      },
      en: {
        say: ['worst headache of my life', 'worst headache of her life', 'worst headache of his life', 'worst headache ever', 'worst headache shes ever', 'worst headache hes ever', 'worst headache ive ever', 'the worst ever she says', 'the worst ever he says', 'sudden terrible headache', 'sudden severe headache', 'thunderclap headache', 'my water broke and', 'my waters broke and', 'waters just broke', 'water just broke', 'can see the head', 'baby is coming now', 'speech suddenly makes no sense', 'speech went funny', 'saying random words', 'doesnt know where he is', 'doesnt know where she is', 'breathing really slow', 'breathing very slow', 'breathing is really slow', 'breathing is very slow', 'lips went blue', 'lips blue', 'burning hot and', 'stopped sweating', 'blood is pumping', 'blood is spurting', 'its spurting', 'soaking through every', 'soaking through the'],
        pairs: [
          { reach: 60, acrossSentences: true, a: ['chest pain', 'chest hurts', 'pain in his chest', 'pain in her chest', 'chest pains', 'my jaw and left shoulder'], b: ['sweat', 'sweating', 'sweaty', 'clammy', 'not talking', 'isnt talking', 'stopped talking', 'collapsed', 'throwing up', 'feels like throwing up', 'grey', 'gray', 'pale and'] },
          { reach: 60, acrossSentences: true, a: ['gas smell', 'smell gas', 'smell of gas', 'smells of gas', 'smoke', 'carbon monoxide', 'charcoal', 'heater on', 'fumes'], b: ['not answering', 'isnt answering', 'slumped', 'unconscious', 'collapsed', 'wont wake', 'cant wake', 'drowsy'] },
          { reach: 48, acrossSentences: true, a: ['pregnant', 'weeks pregnant', 'pregnancy'], b: ['bleeding heavily', 'lot of blood', 'bleeding a lot', 'started bleeding', 'contractions are really', 'worst stomach pain', 'severe pain', 'pale and dizzy'] },
          { reach: 48, acrossSentences: true, a: ['hasnt answered her door', 'hasnt answered his door', 'not answering the door', 'isnt answering the door', 'not answering her door', 'not answering his door'], b: ['for 2 days', 'for two days', 'for days', 'newspapers', 'mail piling', 'smell something', 'strange smell', 'tv is on', 'can hear the tv', 'lights on'] },
        ],
      },
      zh: {
        say: ['头痛得要裂开', '头痛欲裂', '头要裂开', '从来没这么痛过', '这辈子最痛', '吐了好多血', '吐血了', '一直吐血', '血一直往外冒', '血一直喷', '血一直止不住', '毛巾都湿透', '腿都变形', '全家都头痛', '羊水破了'],
        pairs: [
          { reach: 16, acrossSentences: true, a: ['突然', '忽然', '刚才'], b: ['说话颠三倒四', '讲话乱七八糟', '话讲不清楚', '说不清楚话', '手脚没力', '一边的手脚', '脸垂下来', '嘴歪了', '冇晒反应', '眼仔反白'] },
          { reach: 16, acrossSentences: true, a: ['煤气味', '燃气味', '瓦斯味', '煤气泄漏', '燃气泄漏', '烟很大', '满屋子烟', '烧炭', '炭火', '石油暖炉', '一氧化碳'], b: ['晕', '叫不醒', '起不来', '倒下', '倒在', '晕倒', '头痛', '头疼', '想吐', '没反应', '不开门'] },
          { reach: 16, acrossSentences: true, a: ['怀孕', '孕', '怀了'], b: ['大出血', '出了好多血', '流了很多血', '一直出血', '羊水破', '出好多血', '出很多血', '流好多血', '血止不住', '血流不止', '出血不止', '流血不停'] },
          { reach: 16, acrossSentences: true, a: ['胸口', '胸痛', '胸闷', '胸口痛'], b: ['疼到后背', '痛到后背', '冒冷汗', '出冷汗', '一身冷汗', '说不出话', '倒下'] },
        ],
      },
      ko: {
        say: ['머리가 깨질 것 같', '머리가 깨질듯', '태어나서 제일 아픈', '살면서 처음 겪는 두통', '양수가 터졌', '피를 토하', '숨을 이상하게', '숨을 끄르륵'],
        pairs: [
          { reach: 24, acrossSentences: true, a: ['갑자기', '방금'], b: ['숟가락 떨어', '숟가락을 떨어', '말씀이 이상', '말이 이상', '말을 못 알아', '제 말을 못', '횡설수설'] },
          { reach: 24, acrossSentences: true, a: ['가스 냄새', '가스냄새', '연기가 가득', '연기가', '번개탄', '숯불', '일산화탄소'], b: ['쓰러', '의식', '대답이 없', '숨쉬기 힘', '어지러', '두통', '머리가 아파', '못 일어나'] },
          { reach: 24, acrossSentences: true, a: ['식은땀'], b: ['말을 못 알아', '제 말을', '횡설수설', '의식', '가슴', '왼팔', '턱'] },
          { reach: 24, acrossSentences: true, a: ['임신', '임산부'], b: ['출혈', '피가 많이', '하혈', '양수', '배가 딱딱'] },
        ],
      },
      vi: {
        say: ['đau đầu như búa bổ', 'đau đầu dữ dội chưa từng', 'chưa bao giờ đau như thế', 'vỡ ối', 'ra máu rất nhiều', 'máu ra nhiều lắm', 'nôn ra máu'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['mang bầu', 'mang thai', 'có bầu', 'đang bầu'], b: ['ra máu', 'chảy máu', 'vỡ ối', 'đau bụng dữ dội', 'bụng cứng'] },
          { reach: 40, acrossSentences: true, a: ['mùi ga', 'mùi gas', 'rò rỉ ga', 'rò rỉ gas', 'than củi', 'đốt than'], b: ['ngất', 'bất tỉnh', 'lơ mơ', 'không dậy', 'đau đầu', 'chóng mặt', 'khó thở'] },
          { reach: 40, acrossSentences: true, a: ['đột nhiên', 'tự nhiên', 'bỗng nhiên', 'đang ăn'], b: ['đánh rơi thìa', 'đánh rơi đũa', 'nói lắp bắp', 'nói không rõ', 'tay trái không nhấc', 'tay phải không nhấc', 'nói lảm nhảm'] },
        ],
      },
      tl: {
        say: ['pinakamasakit sa buong buhay', 'pinakamasakit na sakit ng ulo', 'sobrang sakit ng ulo at nagsusuka', 'pumutok ang panubigan', 'pumutok na ang panubigan', 'nagsasalita ng walang kahulugan'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['buntis'], b: ['dinudugo', 'maraming dugo', 'nagdudugo', 'pumutok ang panubigan', 'sobrang sakit ng tiyan'] },
          { reach: 40, acrossSentences: true, a: ['amoy gas', 'tagas ng gas', 'uling', 'carbon monoxide'], b: ['nahimatay', 'walang malay', 'hindi magising', 'nahihilo', 'masakit ang ulo', 'hindi makahinga'] },
        ],
      },
      pt: {
        say: ['pior dor de cabeça da vida', 'a pior da vida dela', 'a pior da vida dele', 'pior dor de cabeça que', 'dor de cabeça muito forte do nada', 'bolsa estourou', 'a bolsa rompeu', 'estou vendo a cabeça', 'falar coisa sem sentido', 'falando coisa sem sentido', 'fala coisas sem sentido', 'vomitando sangue'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['grávida', 'gestante', 'semanas de gravidez'], b: ['sangrar muito', 'sangrando muito', 'sangramento', 'bolsa estourou', 'doendo demais'] },
          { reach: 40, acrossSentences: true, a: ['cheiro de gás', 'cheiro forte de gás', 'vazamento de gás', 'carvão', 'monóxido'], b: ['não abre a porta', 'não responde', 'desmaiou', 'caído', 'caída', 'tonto', 'tonta', 'dor de cabeça'] },
          { reach: 40, acrossSentences: true, a: ['de repente', 'do nada'], b: ['braço direito tá mole', 'braço esquerdo tá mole', 'braço mole', 'não me entende', 'coisa sem sentido'] },
        ],
      },
      id: {
        say: ['sakit kepala paling parah', 'sakit kepala terparah', 'sakit kepala hebat tiba tiba', 'ketuban pecah', 'ketubannya pecah', 'ngomong ngelantur', 'bicara ngelantur', 'ngorok aneh'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['hamil'], b: ['pendarahan', 'perdarahan', 'keluar darah banyak', 'darah banyak', 'ketuban pecah'] },
          { reach: 40, acrossSentences: true, a: ['bau gas', 'gas bocor', 'kebocoran gas', 'arang', 'karbon monoksida'], b: ['pingsan', 'tidak sadarkan diri', 'pusing', 'sakit kepala', 'sesak', 'gak bangun', 'tidak bangun'] },
        ],
      },
    },
  },
  // Recall pass: more families, each written for every language.
  {
    name: 'a mouth or face fallen to one side; speech suddenly stuck or jumbled, things dropped, one eye gone dark',
    into: 'stroke signs: a face drooping, slurred or jumbled speech, one side weak',
    words: {
      ja: {
        pairs: [
          { reach: 10, acrossSentences: true, a: ['かお', '顔', 'くち', '口元', 'くちもと', 'くちびる'], b: ['まがって', '曲がって', 'ゆがん', '歪ん', 'かおのひだりがさが', 'かおのみぎがさが', 'ひだりがさが', 'みぎがさが', '左が下が', '右が下が', 'かたむいて'] },
          { reach: 16, acrossSentences: true,
            a: ['きゅうに', '急に', 'とつぜん', '突然', 'いきなり', 'めがまわる', '目が回る', 'かおがへん', '顔が変'],
            b: ['しゃべれな', '喋れな', 'ことばがでな', '言葉が出な', 'しゃべりかたがへん', '話し方が変', 'はなしかたがへん', 'てにちからがはいらな', '手に力が入らな', 'あしにちからがはいらな', '足に力が入らな', 'はしをおと', '箸を落と', 'かためがみえな', '片目が見えな', 'めがみえなくな', '目が見えなくな'] },
        ],
      },
      en: {
        pairs: [
          { reach: 24, acrossSentences: true, a: ['face', 'mouth', 'smile'], b: ['drooping', 'droops', 'droopy', 'crooked', 'lopsided', 'sagging', 'fallen on one side', 'numb on one side', 'is numb', 'wont move on one side'] },
          { reach: 48, acrossSentences: true,
            a: ['suddenly', 'all of a sudden', 'minutes ago', 'mid sentence', 'since this morning', 'is this a stroke', 'stroke', 'since lunch', 'since noon', 'since this afternoon', 'keeps dropping his', 'keeps dropping her', 'kept dropping'],
            b: ['words are stuck', 'words stuck', 'cant get words out', 'cant find the words', 'talking gibberish', 'slurring', 'slurred', 'dropped his', 'dropped her', 'dropped my', 'arm is limp', 'arm went limp', 'cant lift his arm', 'cant lift her arm', 'cant lift my arm', 'cant see out of', 'lost vision', 'stopped talking', 'just staring', 'left side of my face', 'right side of my face', 'left side of his face', 'left side of her face'] },
        ],
      },
      zh: {
        pairs: [
          { reach: 10, acrossSentences: true, a: ['脸', '嘴', '嘴角', '口角', '半边脸', '一边脸'], b: ['歪', '麻了', '流口水', '流出来', '下垂', '耷拉', '不对称'] },
          { reach: 16, acrossSentences: true,
            a: ['突然', '忽然', '刚才', '一下子', '讲电话讲到一半', '说到一半', '从中午', '从早上', '从下午', '筷子一直掉', '拿不住筷子'],
            b: ['讲话含糊', '说话大舌头', '讲话大舌头', '舌头打结', '说不出话', '讲不出话', '讲唔到嘢', '口齿不清', '说话含糊', '说话不清', '说话也不清', '语无伦次', '一只眼睛', '看不到东西', '看不见', '手也麻', '手脚无力', '一边无力', '右手没力', '左手没力', '拿不住', '筷子掉'] },
        ],
      },
      ko: {
        pairs: [
          { reach: 16, acrossSentences: true, a: ['얼굴', '입이', '입꼬리', '입가'], b: ['돌아갔', '비뚤', '처졌', '처져', '마비', '안 움직', '감각이 없'] },
          { reach: 24, acrossSentences: true, a: ['갑자기', '방금', '아까부터', '두 번', '말이', '점심부터', '아침부터', '젓가락을 자꾸', '숟가락을 자꾸'], b: ['말이 어눌', '어눌해', '막힌다', '발음이', '말을 못 해', '말을 못하', '한쪽 눈이 안 보', '한쪽 팔', '오른팔이 무거', '왼팔이 무거', '한쪽 다리', '컵을 떨어뜨', '떨어뜨렸', '물건을 떨어뜨'] },
        ],
      },
      vi: {
        say: ['miệng méo', 'méo miệng', 'méo mồm', 'mặt bị lệch', 'liệt nửa mặt', 'mặt xệ', 'miệng xệ', 'miệng lệch', 'xệ một bên'],
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['tự nhiên', 'đột nhiên', 'bỗng', 'rơi đũa', 'đánh rơi', 'tay yếu', 'tay bị tê', 'một bên', 'đũa rơi', 'cầm đũa rơi', 'cầm cốc rơi', 'tay phải yếu', 'tay trái yếu', 'từ trưa', 'từ sáng nay', 'từ chiều nay', 'từ tối nay'],
          b: ['nói không rõ', 'nói ko rõ', 'nói ngọng', 'ngọng ngọng', 'nói chuyện ngọng', 'nói chuyện cứ ngọng', 'nói lơ lớ', 'líu lưỡi', 'nói líu', 'nói lắp', 'nói khó', 'không nói được', 'ko nói được', 'miệng méo', 'không nhìn thấy', 'mất thị lực', 'một mắt'] }],
      },
      ne: {
        pairs: [
          { reach: 16, acrossSentences: true, a: ['mukh$', 'anuhar', 'muha$', 'ओठ', 'मुख', 'अनुहार'], b: ['bango', 'baango', 'tedo', 'bangiyo', 'ekatira', 'एकातिर', 'बाङ्गो', 'टेढो', 'बाङ्गियो'] },
          { reach: 40, acrossSentences: true, a: ['achanak', 'ekkasi', 'अचानक', 'एक्कासि'], b: ['bolna sakdina', 'bolna sakenan', 'bolna sakdainan', 'bolai aspasta', 'bujhdina', 'haat chaldaina', 'haat uthdaina', 'ek tira', 'ekatira', 'dekhdina', 'बोल्न सक्', 'बुझ्दिन', 'हात चल्दैन', 'एकातिर', 'देख्दिन'] },
        ],
      },
      tl: {
        say: ['stroke yata', 'baka stroke', 'tabingi mukha', 'tabingi ang mukha'],
        pairs: [
          { reach: 24, acrossSentences: true, a: ['mukha', 'bibig', 'labi'], b: ['tabingi', 'nakatabingi', 'tumabingi', 'natabingi', 'tumagilid', 'lumaylay', 'nakalaylay', 'nangingiwi', 'ngumiwi', 'nakangiwi', 'ngiwi'] },
          { reach: 48, acrossSentences: true, a: ['bigla', 'biglang', 'kanina', 'nabibitawan ang kutsara', 'nalalaglag ang kutsara', 'nabibitawan yung kutsara'], b: ['nabubulol', 'bulol', 'hindi maintindihan ang sinasabi', 'hindi maintindihan sinasabi', 'hindi ko maigalaw', 'hindi maigalaw', 'kalahati ng katawan', 'namanhid', 'hindi makakita', 'nalalaglag', 'nanghihina yung kanang', 'nanghihina yung kaliwang', 'nanghihina ang kanang', 'nanghihina ang kaliwang', 'mahina kaliwang', 'mahina kanang', 'mahina ang kaliwang', 'mahina ang kanang', 'mahina yung kaliwang', 'mahina yung kanang', 'hirap magsalita'] },
        ],
      },
      pt: {
        pairs: [
          { reach: 24, acrossSentences: true, a: ['boca', 'rosto', 'lado do rosto', 'metade do rosto'], b: ['torta', 'torto', 'caída', 'caído', 'repuxad', 'entortou', 'dormente', 'paralisad'] },
          { reach: 48, acrossSentences: true, a: ['de repente', 'do nada', 'derrepente', 'agora pouco', 'há pouco', 'desde o almoço', 'desde hoje de manhã', 'desde cedo', 'caindo da mão', 'caiu da mão', 'deixou cair o garfo', 'deixou cair os hashi'], b: ['fala enrolada', 'fala sai trocada', 'fala trocada', 'falando enrolado', 'falando embolado', 'não consegue falar', 'parei de enxergar', 'parou de enxergar', 'não enxerga', 'braço fraco', 'braço mole', 'perna fraca', 'derrubou'] },
        ],
      },
      id: {
        pairs: [
          { reach: 24, acrossSentences: true, a: ['mulut', 'bibir', 'wajah', 'muka', 'wajahnya', 'mukanya'], b: ['mencong', 'perot', 'wajahnya turun', 'mukanya turun', 'turun sebelah', 'kaku sebelah', 'mati rasa sebelah'] },
          { reach: 48, acrossSentences: true, a: ['tiba tiba', 'tiba2', 'mendadak', 'barusan', 'sejak siang', 'sejak tadi pagi', 'sejak tadi siang', 'sendoknya jatuh', 'sumpitnya jatuh', 'sendok jatuh terus'], b: ['ngomong pelo', 'bicara pelo', 'ngomong gak jelas', 'ngomongnya ga jelas', 'ngomongnya gak jelas', 'bicara gak nyambung', 'bicara tidak jelas', 'bicaranya pelo', 'tangan kiri lemas', 'tangan kanan lemas', 'tangan kiri lemah', 'tangan kanan lemah', 'gak bisa pegang', 'ga bisa pegang', 'jalannya miring', 'gak bisa lihat', 'tidak bisa melihat', 'sebelah badan', 'sebelah wajahnya'] },
        ],
      },
    },
  },
  {
    name: 'after shrimp, nuts, soba, egg, a sting or a new medicine: lips, face or throat swelling, wheezing, hives all over',
    into: 'anaphylaxis: swelling and breathlessness after food, a sting or a drug',
    words: {
      ja: {
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['えび', '海老', 'かに', '蟹', 'そば', '蕎麦', 'ぴーなっつ', '落花生', 'ナッツ', 'なっつ', '卵', '小麦', 'くるみ', 'はちにさされ', '蜂に刺され', 'ハチに刺され', 'さされて', '刺されて', 'あれるぎー', 'アレルギー', 'くすりをのんだら', '薬を飲んだら'],
          b: ['のどがくるし', '喉が苦し', 'のどがしまる', '喉が締', 'のどがはれ', '喉が腫', 'いきがくるし', '息が苦し', 'いきができな', '息ができな', 'ぜいぜい', 'ぜーぜー', 'ひゅーひゅー', 'くちびるがはれ', '唇が腫', 'かおがはれ', '顔が腫', 'ぜんしんにぶつぶつ', '全身に発疹', '全身が赤', 'ぜんしんがあか', 'ぜんしんじんましん', '全身じんましん', '全身に蕁麻疹'] }],
      },
      en: {
        pairs: [{ reach: 60, acrossSentences: true,
          a: ['shrimp', 'prawn', 'peanut', 'nut$', 'nuts$', 'cashew', 'soba', 'buckwheat', 'sesame', 'shellfish', 'stung', 'bee$', 'wasp', 'hornet', 'allergic', 'new medicine', 'antibiotic', 'penicillin', 'first ever bite'],
          b: ['face is swelling', 'face swelling', 'face swollen', 'face is swollen', 'lips swelling', 'lips swollen', 'lip swelling', 'lips are swelling', 'tongue swelling', 'tongue is swelling', 'throat is closing', 'throat closing', 'throat feels tight', 'throat is tight', 'cant swallow', 'wheezing', 'wheezy', 'voice sounds weird', 'voice sounds strange', 'covered in hives', 'hives all over', 'hives everywhere', 'struggling to breathe', 'hard to breathe', 'cant breathe', 'trouble breathing', 'swelling up'] }],
      },
      zh: {
        pairs: [{ reach: 20, acrossSentences: true,
          a: ['虾', '蟹', '花生', '坚果', '荞麦', '鸡蛋羹', '海鲜', '芒果', '蜂', '蜜蜂', '黄蜂', '蛰', '叮', '过敏', '止痛药', '抗生素', '打了针', '牡蛎'],
          b: ['脸肿', '脸也肿', '嘴唇肿', '嘴唇也肿', '嘴巴肿', '喉咙肿', '喉咙都肿', '喉咙紧', '喉咙好紧', '喘不过气', '呼吸困难', '咻咻', '透不过气', '肿起来', '全身起红疹', '全身起疹子', '全身发痒', '脸上全起',
            // Cantonese: «成塊面腫晒», «把聲沙沙», «喉嚨好緊», «唞唔到氣»
            '面肿', '块面肿', '个面肿', '面都肿', '肿晒', '嘴唇肿晒', '把声沙', '声沙沙', '喉咙好紧', '喉咙痕', '唞唔到气', '抖唔到气', '透唔到气', '喘唔到气', '周身出红点', '周身痕'] }],
      },
      ko: {
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['새우', '땅콩', '견과', '메밀', '소바', '갑각류', '벌에', '벌한테', '쏘였', '알레르기', '약 먹고', '주사 맞고'],
          b: ['목이 부', '목이 조이', '목이 막', '숨이 안 쉬어', '숨쉬기 힘', '쌕쌕', '입술이 부', '얼굴이 부', '온몸에 두드러기', '두드러기 나고'] }],
      },
      vi: {
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['tôm', 'đậu phộng', 'hải sản', 'ong đốt', 'bị ong', 'ong chích', 'dị ứng', 'uống thuốc xong', 'tiêm xong'],
          b: ['sưng mặt', 'mặt sưng', 'môi sưng', 'sưng môi', 'sưng họng', 'họng sưng', 'nghẹn họng', 'họng cứ nghẹn', 'khó thở', 'thở khó', 'thở rít', 'nổi mẩn toàn thân', 'nổi mề đay', 'mề đay khắp'] }],
      },
      ne: {
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['jhinge', 'prawn', 'badam', 'peanut', 'kaju', 'mauri', 'maahuri', 'allergy', 'एलर्जी', 'माहुरी', 'बदाम', 'झिंगा', 'औषधि खाएपछि'],
          b: ['anuhar sunniyo', 'muhar sunniyo', 'oth sunniyo', 'ghaati sunniyo', 'ghanti sunniyo', 'sas ferna garo', 'saas ferna garo', 'sas ferna gaaro', 'sas pugdaina', 'अनुहार सुन्निय', 'ओठ सुन्निय', 'घाँटी सुन्निय', 'सास फेर्न गाह्रो'] }],
      },
      tl: {
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['hipon', 'alimango', 'mani$', 'seafood', 'putakti', 'bubuyog', 'pukyutan', 'allergic', 'allergy'],
          b: ['namamaga mukha', 'hirap na siyang huminga', 'hirap siyang huminga', 'namamaga ang mukha', 'namamaga ang labi', 'namamaga labi', 'namamaga ang lalamunan', 'namamaga na ang buong mukha', 'hirap huminga', 'hindi makahinga', 'di makahinga', 'parang hindi makahinga', 'pantal sa buong'] }],
      },
      pt: {
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['camarão', 'amendoim', 'castanha', 'nozes', 'soba', 'frutos do mar', 'abelha', 'vespa', 'marimbondo', 'picad', 'alérgic', 'alergia', 'remédio novo', 'antibiótico'],
          b: ['garganta tá fechando', 'garganta fechando', 'garganta fechada', 'garganta apertada', 'lábios inchad', 'lábio inchad', 'rosto inchad', 'cara inchad', 'inchando', 'falta de ar', 'não consegue respirar', 'chiado', 'empolando', 'empolado'] }],
      },
      id: {
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['udang', 'kacang', 'seafood', 'tawon', 'lebah', 'disengat', 'sengat', 'alergi', 'obat baru', 'antibiotik'],
          b: ['muka bengkak', 'mukanya bengkak', 'wajah bengkak', 'wajahnya bengkak', 'bibir bengkak', 'bibirnya bengkak', 'tenggorokan bengkak', 'tenggorokan tercekat', 'sesak', 'susah napas', 'susah nafas', 'sulit bernapas', 'napas bunyi', 'bentol bentol', 'bentol2', 'gatal seluruh'] }],
      },
    },
  },
  {
    name: 'food or an object stuck: cannot cough, speak or cry, face turning red or blue',
    into: 'choking',
    words: {
      ja: { pairs: [{ reach: 24, acrossSentences: true, a: ['のどにつまっ', '喉に詰まっ', 'つまらせ', '詰まらせ', 'のみこんだ', '飲み込んだ', 'もちが', '餅が'], b: ['いきができな', '息ができな', 'こえがでな', '声が出な', 'せきもでな', '咳も出な', 'かおがむらさき', '顔が紫', 'かおがあおい', '顔が青い', 'くるしそう', '苦しそう', 'しゃべれな'] }] },
      en: { pairs: [{ reach: 48, acrossSentences: true, a: ['choked on', 'choking on', 'stuck in his throat', 'stuck in her throat', 'stuck in my throat', 'went down the wrong way'], b: ['cant cough', 'cant speak', 'cant cry', 'cant breathe', 'turning red', 'turning blue', 'going blue', 'lips blue', 'no sound', 'cant make a sound'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['卡住', '噎住', '噎到', '呛到', '哽住', '卡在喉咙', '卡喉咙', '呛水'], b: ['说不出话', '咳不出来', '不能呼吸', '喘不了气', '脸发紫', '脸色发紫', '嘴唇发紫', '脸都紫', '哭不出', '不哭也不动', '发不出声'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['목에 걸', '목에 막', '사레'], b: ['숨을 못', '말을 못', '기침도 못', '기침을 못', '얼굴이 파래', '얼굴이 빨개', '입술이 파래', '소리를 못'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['hóc', 'bị hóc', 'mắc nghẹn', 'bị nghẹn', 'nghẹn miếng', 'bị sặc', 'sặc sữa', 'sặc nước'], b: ['không ho được', 'ho không ra tiếng', 'không nói được', 'không khóc được', 'mặt tím', 'tím tái', 'mặt tái', 'thở yếu', 'thở phì', 'không thở được', 'mặt đỏ rồi'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['ghaati ma atkiyo', 'ghanti ma atkiyo', 'atkiyo', 'adkiyo', 'घाँटीमा अड्कियो', 'अड्कियो'], b: ['sas ferna', 'bolna sakdaina', 'bolna sakenan', 'khoki aaudaina', 'nilo bhayo', 'सास फेर्न', 'बोल्न सक्दैन', 'निलो'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['nabulunan', 'nabilaukan', 'nasamid', 'bumara sa lalamunan', 'naipit sa lalamunan'], b: ['hindi makahinga', 'di makahinga', 'hindi makaubo', 'hindi makapagsalita', 'hindi makaiyak', 'nangingitim', 'namumutla', 'kulay ube'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['engasgou', 'engasgad', 'entalou', 'entalad', 'preso na garganta'], b: ['não consegue tossir', 'não consegue falar', 'não consegue respirar', 'não chora', 'ficando roxo', 'ficando roxa', 'lábios roxos', 'sem ar'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['keselek', 'tersedak', 'nyangkut di tenggorokan'], b: ['gak bisa ngomong', 'ga bisa ngomong', 'tidak bisa bicara', 'gak bisa batuk', 'ga bisa batuk', 'tidak bisa batuk', 'gak bisa napas', 'ga bisa napas', 'tidak bisa bernapas', 'mukanya biru', 'makin biru', 'membiru'] }] },
    },
  },
  {
    name: 'a high fever or hours in the heat, and now confused, raving, not recognising family, not drinking',
    into: 'heatstroke',
    words: {
      ja: { pairs: [{ reach: 24, acrossSentences: true, a: ['ねつが', '熱が', '高熱', 'こうねつ', '熱中症', 'ねっちゅうしょう', 'からだがあつ', '体が熱', 'あせをかかな', '汗をかかな', 'えあこんなし', 'エアコンなし', 'えあこんをつけず', 'クーラーなし'], b: ['わけのわからな', '訳のわからな', 'いみふめい', '意味不明', 'うわごと', 'わたしがわからな', '私がわからな', 'だれかわからな', '誰かわからな', 'もうろう', '朦朧', 'はんのうがにぶ', '反応が鈍', 'つじつま', 'へんなことをいう', '変なことを言', 'よびかけにこたえ', '呼びかけに答え'] }] },
      en: {
        pairs: [
          { reach: 60, acrossSentences: true, a: ['fever', 'burning hot', 'temperature of', 'temp of'], b: ['confused', 'doesnt know who i am', 'doesnt know who we are', 'doesnt recognise', 'doesnt recognize', 'not making sense', 'talking nonsense', 'delirious', 'hallucinating', 'seeing things', 'hard to wake', 'wont wake'] },
          { reach: 60, acrossSentences: true, a: ['heatstroke', 'heat stroke', 'in the heat', 'in the sun all', 'all afternoon in the sun', 'gardening', 'no air con', 'no aircon', 'without air conditioning', 'hot to the touch', 'really hot', 'very hot', 'overheating'], b: ['confused', 'not making sense', 'talking nonsense', 'delirious', 'stopped sweating', 'not sweating', 'vomiting and', 'now vomiting', 'doesnt know where', 'collapsed', 'floppy', 'limp', 'shaking'] },
        ],
      },
      zh: { pairs: [{ reach: 20, acrossSentences: true, a: ['发烧', '高烧', '发高烧', '好烫', '浑身滚烫', '身体很烫', '中暑', '热射病', '没开空调'], b: ['说胡话', '胡言乱语', '认不出', '不认识我', '意识模糊', '神志不清', '迷迷糊糊', '叫她只', '叫他只', '不喝水', '手脚抽筋', '吐了好几次', '说话乱七八糟', '站不起来'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['열이', '고열', '열나', '몸이 뜨거', '몸이 너무 뜨거', '더위 먹', '열사병', '더운 방', '에어컨 없', '에어컨도 없'], b: ['헛소리', '횡설수설', '못 알아보', '정신이 없', '의식이 흐', '축 늘어', '토하고', '땀이 안', '물을 안 마', '말이 이상'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['sốt cao', 'sốt', 'người nóng', 'nóng ran', 'say nắng', 'sốc nhiệt', 'nắng nóng', 'không có điều hòa'], b: ['nói nhảm', 'nói lảm nhảm', 'mê sảng', 'không nhận ra', 'ko nhận ra', 'lơ mơ', 'li bì', 'lả đi', 'không uống nước', 'co giật'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['jwaro', 'jworo', 'thulo jwaro', 'garmi', 'lu lagyo', 'ज्वरो', 'गर्मी'], b: ['confused', 'behosh', 'bolai bujhinna', 'chinnu hunna', 'chindainan', 'nachineko', 'uthna saknu hunna', 'बेहोस', 'चिन्नु हुन्न', 'चिन्दैन', 'उठ्न सक्नु हुन्न'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['lagnat', 'sobrang init', 'init na init', 'heatstroke', 'heat stroke', 'nainitan', 'sa init'], b: ['hindi ako kilala', 'di ako kilala', 'hindi makilala', 'nagdedeliryo', 'deliryo', 'kung ano ano sinasabi', 'wala sa sarili', 'lito$', 'nalilito', 'hindi makausap', 'lupaypay', 'hindi gumigising'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: true, a: ['febre', 'muito quente', 'quente demais', 'calor', 'insolação', 'sem ar condicionado', 'sem ar-condicionado'], b: ['não fala coisa com coisa', 'confusa', 'confuso', 'delirando', 'delírio', 'não me reconhece', 'não reconhece', 'não bebe água', 'não toma água', 'não responde direito', 'desorientad'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: true, a: ['demam', 'panas tinggi', 'badannya panas', 'kepanasan', 'heatstroke', 'terik', 'tanpa ac'], b: ['ngelantur', 'ngomong ngelantur', 'bicara gak nyambung', 'gak nyambung', 'tidak nyambung', 'gak kenal saya', 'tidak mengenali', 'linglung', 'gak mau minum', 'tidak mau minum', 'kejang'] }] },
    },
  },
  {
    name: 'a fall, a roll off a bed or table, a knock to the head, then vomiting, sleepiness, confusion or an odd pupil',
    into: 'a fall or blow to the head with vomiting, drowsiness or confusion',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: true, a: ['あたまをうっ', '頭を打', 'あたまをぶつけ', '頭をぶつけ', 'からおちて', 'から落ちて', 'からおちた', 'から落ちた', 'ころげおち', '転げ落ち', 'ころんで', '転んで', 'てんとう', '転倒'], b: ['はいた', '吐いた', '吐いて', 'もどした', 'おうと', '嘔吐', 'ねむそう', '眠そう', 'うとうと', 'ずっとねて', 'ずっと寝て', 'ようすがおかし', '様子がおかし', 'はなしがおかし', '話がおかし', 'ぼーっと'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['hit his head', 'hit her head', 'hit my head', 'banged his head', 'banged her head', 'bumped his head', 'bumped her head', 'hit the back of', 'fell off', 'fell down the stairs', 'fell from', 'rolled off', 'fell out of bed'], b: ['very sleepy', 'really sleepy', 'so sleepy', 'drowsy', 'keeps falling asleep', 'thrown up', 'threw up', 'throwing up', 'vomited', 'vomiting', 'not making sense', 'confused', 'slurred', 'repeating himself', 'repeating herself', 'one pupil', 'pupils', 'doesnt remember', 'cant remember how'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: true, a: ['摔下', '滚下', '跌下', '撞到头', '磕到头', '头磕', '头撞', '撞了头', '摔到头', '从床上掉', '掉下来'], b: ['一直睡', '想睡', '嗜睡', '吐了', '呕吐', '一直吐', '说话不清', '说话奇怪', '不记得', '瞳孔', '迷糊', '反应慢', '额头一大片血', '流很多血'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['머리를 부딪', '머리를 박', '머리를 찧', '굴러서', '떨어졌는데', '떨어져서'], b: ['토해', '토하', '자꾸 토', '계속 토', '졸려', '자꾸 자', '축 처', '말이 이상', '기억을 못', '동공', '안 일어나'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['đập đầu', 'va đầu', 'ngã cầu thang', 'té cầu thang', 'ngã từ', 'té từ', 'ngã trong nhà tắm'], b: ['nôn', 'ói', 'buồn ngủ', 'lơ mơ', 'li bì', 'nói lung tung', 'không nhớ', 'lẫn lộn', 'gọi ko trả lời', 'gọi không trả lời'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['tauko thokiyo', 'tauko thokkiyo', 'tauko ma chot', 'ladyo', 'ladnu bhayo', 'lardanu bhayo', 'khasyo', 'khasnu bhayo', 'लड्नुभयो', 'लड्यो', 'खस्यो', 'टाउको ठोक्कियो', 'टाउकोमा चोट'], b: ['baanta', 'bantaa', 'ulti', 'nidaaun', 'nidauna', 'bolnu hunna', 'bolna sakdaina', 'बान्ता', 'उल्टी', 'निदाउ', 'बोल्नु हुन्न', 'बोल्न सक्दैन'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['tumama ulo', 'tumama ang ulo', 'nauntog', 'nabagok', 'nahulog', 'nadulas', 'gumulong'], b: ['nagsuka', 'nagsusuka', 'inaantok', 'antok na antok', 'tulog nang tulog', 'hindi maalala', 'nalilito', 'kakaiba magsalita'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: true, a: ['bateu a cabeça', 'bati a cabeça', 'batido a cabeça', 'caiu da', 'caiu do', 'caí de', 'caí da', 'caiu de', 'rolou'], b: ['vomit', 'sonolent', 'muito sono', 'não lembro', 'não lembra', 'confus', 'fala enrolada', 'pupila', 'falando coisa sem sentido'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: true, a: ['kepalanya kena', 'kepala kebentur', 'kebentur', 'terbentur', 'jatuh dari', 'jatuh di tangga', 'terjatuh'], b: ['muntah', 'ngantuk', 'tidur terus', 'gak inget', 'tidak ingat', 'linglung', 'bicara ngaco', 'ngomong ngaco', 'pupil', 'darah banyak'] }] },
    },
  },
  {
    name: 'a fall from a window, balcony, roof, scaffold, ladder or an upper floor',
    into: 'a sudden collapse',
    words: {
      ja: { pairs: [{ ordered: true, reach: 6, a: ['2かい', 'にかい', '二階', '2階', '3かい', '三階', '3階', 'べらんだ', 'ベランダ', 'まど', '窓', 'やね', '屋根', 'あしば', '足場', 'たかいところ', '高いところ', '高所'], b: ['からおちた', 'から落ちた', 'からおちて', 'から落ちて', 'からてんらく', 'から転落', 'から落下', 'からころげおち', 'から転げ落ち'] }] },
      en: {
        say: ['fell from the window', 'fell out of the window', 'fell from the balcony', 'fell off the balcony', 'fell off the roof', 'fell from the roof', 'fell off the scaffold', 'fell from the scaffold', 'fell from the second floor', 'fell from the 2nd floor', 'fell from a height'],
        pairs: [{ ordered: true, reach: 24, a: ['fell from', 'fell out of', 'fallen from', 'fell off', 'fell down'], b: ['window', 'balcony', 'roof', 'scaffold', 'scaffolding', 'second floor', '2nd floor', 'third floor', '3rd floor', 'a height'] }],
      },
      zh: { pairs: [{ ordered: true, reach: 8, a: ['二楼', '2楼', '三楼', '3楼', '窗户', '鹰架', '脚手架', '屋顶', '楼梯上', '梯子', '高处', '楼上'], b: ['掉下', '摔下', '跌下', '滚下', '坠落', '跌落', '掉了下去'] }] },
      ko: { pairs: [{ ordered: true, reach: 8, a: ['2층', '3층', '베란다', '창문', '지붕', '사다리', '계단', '높은 데', '높은 곳', '놀이터', '비계'], b: ['에서 떨어', '에서 굴러', '에서 추락', '떨어졌', '추락'] }] },
      vi: { pairs: [{ ordered: true, reach: 12, a: ['ngã từ', 'té từ', 'rơi từ', 'rớt từ', 'rơi xuống từ', 'lăn từ'], b: ['tầng', 'ban công', 'cửa sổ', 'mái', 'giàn giáo', 'trên cao', 'cầu thang'] }] },
      ne: { pairs: [{ ordered: true, reach: 16, a: ['mathi bata', 'maathi bata', 'chhat bata', 'balcony bata', 'jhyal bata', 'sidhi bata', 'bharyang bata', 'tala bata', 'माथिबाट', 'छतबाट', 'झ्यालबाट', 'भर्याङबाट'], b: ['khasyo', 'khasnu', 'khaseko', 'ladyo', 'ladnu', 'खस्यो', 'खस्नु', 'लड्यो', 'लड्नु'] }] },
      tl: { pairs: [{ reach: 16, a: ['nahulog', 'nalaglag', 'bumagsak'], b: ['sa bintana', 'mula sa bintana', 'sa balkonahe', 'sa veranda', 'sa bubong', 'sa scaffolding', 'sa plantsa', 'sa ikalawang palapag', 'sa 2nd floor', 'sa hagdanan'] }] },
      pt: { say: ['caiu um andaime'], pairs: [{ ordered: true, reach: 16, a: ['caiu', 'caído', 'caída', 'despencou', 'rolou'], b: ['da janela', 'da varanda', 'do telhado', 'do andaime', 'da escada', 'do segundo andar', 'do terceiro andar', 'do alto', 'da laje'] }] },
      id: { pairs: [{ ordered: true, reach: 12, a: ['jatuh', 'terjatuh', 'jatuh dari'], b: ['dari balkon', 'dari jendela', 'dari atap', 'dari lantai 2', 'dari lantai dua', 'dari lantai 3', 'dari lantai tiga', 'dari ketinggian'] }] },
    },
  },
  {
    name: 'bleeding that spurts or will not stop, a lot of blood, a bone through the skin, a stab wound',
    into: 'severe bleeding',
    words: {
      ja: { say: ['ちがとまらな', '血がとまらな', '血が止まらな', '出血が止まらな', 'しゅっけつがとまらな', 'ちがふきだ', '血がふきだ', '血が噴き出', '血がどくどく', 'ちがどくどく', 'ちのうみ', '血の海', 'ちがたくさんでて', '血がたくさん出て', 'ちもたくさん', '血もたくさん', 'ほねがでて', '骨が出て', 'ちがたくさん'] },
      en: { say: ['blood is spurting', 'blood spurting', 'spurting blood', 'wont stop bleeding', 'bleeding wont stop', 'cant stop the bleeding', 'blood everywhere', 'pool of blood', 'so much blood', 'gushing blood', 'blood gushing', 'bone sticking out', 'bone is sticking out', 'been stabbed', 'got stabbed', 'bleeding a lot from'] },
      zh: { say: ['血止不住', '止不住血', '血一直流', '血一直喷', '血喷出来', '喷血', '流了很多血', '流好多血', '流了好多血', '大量出血', '一滩血', '满地是血', '血流不止', '骨头露出来', '骨头都出来', '被刺伤', '被捅', '压着也止不住', '一直在流血'] },
      ko: { say: ['피가 안 멈', '피가 멈추지', '피가 계속 나', '피가 철철', '피가 많이 나', '피를 많이 흘', '피가 뿜', '출혈이 심', '뼈가 보여', '뼈가 튀어', '칼에 찔'] },
      vi: { say: ['máu chảy nhiều', 'máu phun', 'máu không cầm', 'ko cầm được', 'không cầm được máu', 'cầm máu không được', 'chảy máu không ngừng', 'máu chảy không ngừng', 'mất nhiều máu', 'bị đâm', 'lòi xương', 'xương lòi'] },
      ne: { say: ['ragat rokinna', 'ragat rokindaina', 'ragat bagirahe', 'ragat bagdai', 'haddi bahira', 'रगत रोकिँदैन', 'रगत रोकिएन', 'रगत बगिरहेको', 'हड्डी बाहिर'] },
      tl: { say: ['ang daming dugo', 'maraming dugo', 'hindi tumitigil ang dugo', 'ayaw tumigil ang dugo', 'tuloy tuloy ang dugo', 'bumubulwak', 'sumisirit ang dugo', 'buto na nakalabas', 'lumabas ang buto', 'sinaksak', 'nasaksak'] },
      pt: { say: ['jorrando sangue', 'sangue jorrando', 'sangrando muito', 'não para de sangrar', 'sangue não para', 'sangramento forte', 'osso pra fora', 'osso exposto', 'preso embaixo'] },
      id: { say: ['darah gak berhenti', 'darah ga berhenti', 'darah tidak berhenti', 'darahnya gak berhenti', 'darahnya ga berhenti', 'darahnya tidak berhenti', 'berdarah terus', 'darah ngucur', 'darahnya ngucur', 'darah mengucur', 'darahnya mengucur', 'darah muncrat', 'darahnya muncrat', 'tulang keluar', 'tulangnya keluar', 'ditusuk', 'kena tusuk'] },
    },
  },
  {
    name: 'a week’s medicine, a whole bottle, a handful of pills or a double dose taken; cleaner, bleach, magnets, weed killer swallowed',
    into: 'poisoning: a child (or anyone) swallowed detergent, bleach, a button battery, medicine',
    words: {
      ja: {
        pairs: [
          { ordered: true, reach: 12, a: ['ぜんぶ', '全部', 'いっしゅうかんぶん', '1週間分', '一週間分', '1しゅうかんぶん', 'まとめて', 'ひとはこ', '一箱', 'ひとびん', '一瓶', '10錠', '20錠', '30錠', '40錠', '50錠', 'まちがえて', '間違えて', '2かいぶん', '2回分', '二回分', 'ばいのりょう', '倍の量', 'たいりょうに', '大量に', 'おおめに'], b: ['のんだ', '飲んだ', 'のんじゃ', '飲んじゃ', 'のみました', '飲みました', 'のんでしま', '飲んでしま', 'のみこんだ', '飲み込んだ'] },
          { reach: 16, acrossSentences: true, a: ['洗剤', 'せんざい', '漂白剤', 'ひょうはくざい', '磁石', 'じしゃく', 'まぐねっと', 'ボタン電池', 'ぼたんでんち', 'たばこ', '除草剤', 'じょそうざい', '農薬', 'のうやく', '灯油', 'とうゆ', 'ジェルボール', 'じぇるぼーる', 'なにかのみこんだ', '何か飲み込んだ'], b: ['なめて', '舐めて', 'なめた', '舐めた', 'のみこ', '飲み込', 'たべた', '食べた', 'くちにいれ', '口に入れ', 'かじっ', 'はいてる', '吐いてる', 'かおいろ', '顔色'] },
        ],
      },
      en: {
        pairs: [{ reach: 40,
          a: ['took', 'taken', 'swallowed', 'ate', 'drank', 'drink', 'had', 'downed', 'chewed'],
          b: ['10 pills', '15 pills', '20 pills', '30 pills', '40 pills', '50 pills', '20 tablets', '30 tablets', '40 tablets', '20 paracetamol', '30 paracetamol', '40 paracetamol', 'handful of pills', 'bunch of pills', 'all the pills', 'all his pills', 'all her pills', 'all my pills', 'all his antidepressants', 'all her antidepressants', 'all my antidepressants', 'all his sleeping', 'all her sleeping', 'the whole bottle', 'the whole packet', 'a whole bottle', 'a whole packet', 'weeks worth', 'a weeks', 'bathroom cleaner', 'toilet cleaner', 'bleach', 'detergent', 'weed killer', 'weedkiller', 'pesticide', 'magnets', 'button battery', 'cigarette butt', 'tobacco butt', 'double dose', 'wrong dose', 'twice the dose', 'too many pills', 'some pills at', 'something at a club'] }],
      },
      zh: { say: ['药盒...全部打开...吃', '药盒...都打开...吃', '药盒...全拆开...吃', '药盒...全部拆开...吃', '一整个礼拜的药...吃光', '一整个星期的药...吃光', '一整周的药...吃光'], pairs: [{ reach: 12, a: ['吃了', '吞了', '喝了', '服了', '咬破了', '误吃', '误服', '喝到', '吃掉', '喝完', '玩我的'], b: ['一把药', '很多药', '好多药', '整瓶', '一整瓶', '一整罐', '一整盒', '全部的药', '所有的药', '一个星期的药', '一周的药', '整盒药', '整盒的药', '十颗', '好几颗', '几十颗', '降血压药', '降压药', '漂白水', '漂白剂', '洗衣球', '洗洁精', '洗衣液', '杀虫剂', '农药', '除草剂', '磁铁', '纽扣电池', '烟头', '兒童感冒糖浆', '儿童感冒糖浆', '安眠药，好像有', '安眠药好像有'] },
        // days of medicine swallowed at once («把一整週的藥一次吃掉»), or the wrong medicine, and now hard to wake
        // (done, with 了/咗: «我想把药一次吃掉» is a wish to die and stays suicide)
        { reach: 12, a: ['一次吃掉了', '一次吃了', '一次吃光了', '一次全吃了', '一次都吃了', '一次全部吃了', '一下子吃了', '一口气吃了', '一次吞了', '一次过食咗', '一次过吞咗', '一次食咗'], b: ['周的药', '星期的药', '礼拜的药', '几天的药', '天份的药', '天的药', '整包药', '整袋药'] },
        { reach: 24, acrossSentences: true, a: ['吃错药', '吃错了药', '食错药', '误服', '误吃', '药一次', '一次吃', '一次吞', '药全吃', '药都吃', '安眠药'], b: ['叫不醒', '叫都叫不', '叫不太醒', '叫也叫不', '叫唔醒', '叫极都唔醒', '叫都唔醒', '喊不醒', '喊都喊不', '没反应', '没有反应', '冇反应', '醒不过来', '昏昏沉沉'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['먹었', '삼켰', '마셨', '털어 넣', '입에 넣', '먹어버'], b: ['약을 다', '약을 전부', '한 통', '일주일치', '일주일 치', '수면제 전부', '수면제를 다', '세제', '락스', '표백제', '자석', '건전지', '담배꽁초', '농약', '제초제', '한꺼번에', '두 배'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['uống', 'nuốt', 'ăn phải', 'uống nhầm', 'uống hết', 'nuốt phải'], b: ['hết vỉ thuốc', 'cả vỉ thuốc', 'cả lọ thuốc', 'cả hộp thuốc', 'hết lọ thuốc', 'nhiều thuốc', 'cả nắm thuốc', 'nhiều thuốc ngủ', 'nước tẩy', 'thuốc tẩy', 'chất tẩy', 'nước rửa bồn cầu', 'nước giặt', 'viên giặt', 'thuốc trừ sâu', 'thuốc diệt cỏ', 'nam châm', 'pin cúc áo', 'gấp đôi liều', 'quá liều', 'cả tuần'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['khaye', 'khayo', 'khaeko', 'khayeko', 'khaisake', 'nilyo', 'niliyo', 'piyo', 'खाए', 'खायो', 'खाएँ', 'निल्यो', 'पियो', 'खाइसके'], b: ['sabai aushadhi', 'sabai ausadhi', 'sabai goli', 'mutthi bhari', '20 ota', '30 ota', 'dherai goli', 'dherai aushadhi', 'aushadhi sabai', 'kitnashak', 'bish', 'jhaar marne', 'bleach', 'सबै औषधि', 'धेरै औषधि', 'मुट्ठीभरि', 'दोब्बर', 'विष', 'कीटनाशक', 'पूरै औषधि', 'पूरै पत्ता'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['ininom', 'nainom', 'uminom', 'nakainom', 'nalunok', 'kinain', 'nakain'], b: ['lahat ng gamot', 'buong bote', 'isang banig', 'maraming gamot', 'maraming tableta', 'sleeping pills', 'dishwashing', 'zonrox', 'bleach', 'clorox', 'muriatic', 'pesticide', 'baygon', 'magnet', 'baterya', 'detergent', 'isang linggong gamot'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['tomou', 'tomei', 'engoliu', 'bebeu', 'comeu', 'ingeriu', 'tomaram'], b: ['todos os remédios', 'todos os comprimidos', 'a cartela toda', 'cartela inteira', 'caixa inteira', 'vidro inteiro', 'um monte de remédio', 'muitos comprimidos', 'de uma vez', 'água sanitária', 'cândida', 'detergente', 'veneno', 'chumbinho', 'ímã', 'ímãs', 'soda cáustica', 'dose dobrada', 'dose errada', 'alguma coisa na balada'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['minum', 'nelan', 'menelan', 'nenggak', 'ketelan', 'tertelan', 'makan tablet'], b: ['semua obat', 'obat sebanyak', 'sebotol obat', 'satu strip', 'banyak obat', 'segenggam obat', 'obat seminggu', 'pemutih', 'bayclin', 'sabun cuci', 'detergen', 'racun', 'pestisida', 'obat nyamuk', 'magnet', 'baterai', 'dosis dobel', 'dua kali dosis'] }] },
    },
  },
  {
    name: 'a seizure past five minutes, foam at the mouth, eyes rolled up, not waking after it',
    into: 'a seizure or convulsion that will not stop',
    words: {
      ja: { pairs: [{ reach: 24, acrossSentences: true, a: ['ひきつけ', 'けいれん', '痙攣', 'ほっさ', '発作', 'てんかん'], b: ['とまらな', '止まらな', '5ふん', '10ぷん', '5分', '10分', 'めがうえ', '目が上', 'しろめ', '白目', 'おきな', '起きな', 'めをさまさ', '目を覚まさ', 'あわをふ', '泡を吹'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['seizure', 'seizing', 'fitting', 'convulsing', 'convulsion', 'shaking all over', 'jerking'], b: ['more than 5 minutes', 'over 5 minutes', 'five minutes', '10 minutes', '5 minutes', '5 mins', '10 mins', 'minutes now', 'wont stop', 'not stopping', 'foam', 'foaming', 'eyes rolled', 'not waking', 'wont wake', 'on the floor'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: true, a: ['抽筋', '抽搐', '痉挛', '癫痫', '扯筋'], b: ['停不下来', '停不了', '五分钟', '5分钟', '十分钟', '口吐白沫', '翻白眼', '叫不醒', '没醒', '全身僵硬'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['경련', '발작', '뇌전증', '간질'], b: ['안 멈', '5분', '10분', '거품', '눈이 돌', '안 깨'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['co giật', 'động kinh', 'lên cơn'], b: ['không dừng', '5 phút', '10 phút', 'sùi bọt', 'trợn mắt', 'không tỉnh', 'mắt trợn'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['mirgi', 'chhare', 'kaampna', 'jhatka', 'मिर्गी', 'छारे', 'झट्का', 'काम्न'], b: ['rokiyena', 'rokidaina', '5 minute', '10 minute', 'फिँज', 'रोकिएन', 'रोकिँदैन', '५ मिनेट', '१० मिनेट'] }] },
      // (the verb takes nag-/nagko-/kinu- before the loanword: «nagkokombulsyon», «kinukumbulsyon»; minutes are texted «5 mins»)
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['kombulsyon', 'nangisay', 'nanginginig ang buong', 'seizure', 'kumbulsyon', 'nagkokombulsyon', 'nagkukumbulsyon', 'nagkukombulsyon', 'nagkokumbulsyon', 'nagkombulsyon', 'kinokombulsyon', 'kinukumbulsyon', 'nangingisay', 'nagseseizure', 'nagseizure', 'nag seizure'], b: ['hindi tumitigil', 'di tumitigil', 'ayaw tumigil', 'ayaw huminto', 'hindi humihinto', '5 minuto', '10 minuto', '5 mins', '5 minutes', '10 mins', '10 minutes', 'mins na', 'minutes na', 'minuto na', 'bula sa bibig', 'hindi gumigising', 'di gumigising', 'tirik ang mata'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['convuls', 'tremendo todo', 'tremendo toda', 'ataque epiléptico'], b: ['não para', 'mais de 5 minutos', '5 minutos', '10 minutos', 'espuma', 'olhos revirados', 'não acorda'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['kejang', 'kejang2'], b: ['gak berhenti', 'ga berhenti', 'tidak berhenti', '5 menit', '10 menit', 'mulut berbusa', 'berbusa', 'mata melotot', 'gak sadar', 'tidak sadar', 'gak bangun'] }] },
    },
  },
  {
    name: 'CPR or an AED being used on someone now; pregnant and bleeding, the waters broken, the baby not moving; boiling water or oil over a child; gas or fumes with someone down; a snake bite; a diabetic sweating and confused; dialysis missed and breathless; an old neighbour not seen for days',
    into: 'not breathing',
    words: {
      ja: {
        say: ['あついおゆがかか', '熱いお湯がかか', '熱湯がかか', 'ねっとうがかか', 'あぶらがかか', '油がかか', '鍋をひっくり返', 'なべをひっくりかえ'],
        // (spaces fold away in kana: «うち たくさん», «まち いっぱい» hold no «ち» of blood; a nosebleed is no miscarriage)
        idioms: ['うちたくさん', 'うちいっぱい', 'うちでてる', 'うちがたくさん', 'まちたくさん', 'まちいっぱい', 'もちたくさん', 'きもちいっぱい', 'はなからち', 'はなからでたち', 'はなち', 'はぐきからち', 'はみがきでち'],
        pairs: [
          { reach: 20, acrossSentences: true, a: ['aed', '心臓マッサージ', 'しんぞうまっさーじ', '心肺蘇生', '胸骨圧迫', '人工呼吸'], b: ['たおれ', '倒れ', 'はやく', '早く', 'いきしてな', '息してな'] },
          { reach: 24, acrossSentences: true, a: ['にんしん', '妊娠', 'おなかにあかちゃん', 'お腹に赤ちゃん', 'にんぷ', '妊婦'], b: ['ちたくさん', 'ちいっぱい', 'ちがいっぱい', 'ちがでた', 'ちがでて', 'ちがでる', 'ちでてる', 'ちがとまらな', 'ちとまらな', 'ちがすごい', 'ちすごい', '血いっぱい', '血が止まらな', '血とまらな', 'しゅっけつした', 'しゅっけつしてる', 'しゅっけつたくさん', 'しゅっけつがとまらな', 'しゅっけつとまらな', '出血した', '出血が止まらな', 'ちがたくさん', '血がたくさん', 'たくさんしゅっけつ', '大量出血', 'はすい', '破水', 'あかちゃんがうごかな', '赤ちゃんが動かな', 'あたまがみえ', '頭が見え'] },
          { reach: 20, acrossSentences: true, a: ['がすのにおい', 'ガスの臭い', 'ガスくさ', 'がすくさ', '一酸化炭素', 'いっさんかたんそ', 'れんたん', '練炭', 'けむりがいっぱい', '煙が充満'], b: ['たおれ', '倒れ', 'うごかな', '動かな', 'ぐったり', 'おきな', '起きな', 'へんじがな', '返事がな'] },
          { reach: 20, acrossSentences: true, a: ['へび', '蛇', 'まむし', 'はぶ'], b: ['かまれ', '噛まれ', '咬まれ'] },
          { reach: 24, acrossSentences: true, a: ['とうにょう', '糖尿', 'いんすりん', 'インスリン', 'とうせき', '透析'], b: ['ひやあせ', '冷や汗', 'ふるえ', '震え', 'いしきが', '意識が', 'へんじがな', '返事がな', 'いきぐるし', '息苦し', 'こきゅうがくるし', '呼吸が苦し'] },
        ],
      },
      en: {
        say: ['pulled the pot', 'boiling water over', 'boiling water on him', 'boiling water on her', 'hot oil on', 'hot oil over', 'pot of boiling', 'engine is running', 'engine running'],
        pairs: [
          { reach: 48, acrossSentences: true, a: ['cpr$', 'aed$', 'chest compressions', 'defibrillator'], b: ['doing', 'giving', 'someone is', 'were doing', 'im doing', 'collapsed', 'not breathing'] },
          { reach: 60, acrossSentences: true, a: ['pregnant', 'weeks along', 'weeks pregnant'], b: ['bleeding heavily', 'heavy bleeding', 'lots of blood', 'a lot of blood', 'waters broke', 'water broke', 'waters have broken', 'baby isnt moving', 'baby hasnt moved', 'head is coming', 'can see the head'] },
          { reach: 48, acrossSentences: true, a: ['smell of gas', 'smells of gas', 'gas smell', 'carbon monoxide', 'fumes', 'full of smoke', 'charcoal'], b: ['lying', 'slumped', 'collapsed', 'not answering', 'wont wake', 'drowsy', 'unconscious', 'coughing', 'pulled him out', 'pulled her out'] },
          { reach: 40, a: ['snake', 'viper', 'mamushi'], b: ['bitten', 'bit him', 'bit her', 'bit me', 'bite'] },
          { reach: 60, acrossSentences: true, a: ['diabetic', 'diabetes', 'insulin', 'dialysis'], b: ['sweating and', 'shaking and', 'not responding', 'confused', 'cant talk', 'short of breath', 'breathing is really bad', 'cant breathe'] },
          // (dialysis missed, not a day of work missed for a diabetic child's school)
          { reach: 16, a: ['dialysis'], b: ['missed', 'skipped'] },
        ],
      },
      zh: {
        say: ['开水烫到', '热油烫到', '滚水淋', '整锅汤', '整锅热'],
        pairs: [
          { reach: 16, acrossSentences: true, a: ['aed', 'cpr', '心肺复苏', '心脏按压', '人工呼吸'], b: ['倒', '不呼吸'] },
          { reach: 20, acrossSentences: true, a: ['怀孕', '孕', '怀着'], b: ['大出血', '流了好多血', '出很多血', '破水', '羊水破', '胎动', '宝宝不动', '头出来', '看到头'] },
          { reach: 20, acrossSentences: true, a: ['煤气', '燃气', '一氧化碳', '煤气味', '烧炭'], b: ['躺在', '倒在', '叫不醒', '头晕', '昏昏沉沉', '不动'] },
          { reach: 12, a: ['蛇'], b: ['咬'] },
          { reach: 20, acrossSentences: true, a: ['糖尿病', '胰岛素', '洗肾', '透析'], b: ['冷汗', '发抖', '说不出话', '没反应', '喘', '呼吸困难'] },
        ],
      },
      ko: {
        say: ['끓는 물을 쏟', '끓는 물이 쏟', '뜨거운 기름', '끓는 기름'],
        pairs: [
          { reach: 24, acrossSentences: true, a: ['심폐소생', '심장마사지', '심장 마사지', 'aed', 'cpr'], b: ['하는 중', '쓰러', '숨을 안'] },
          { reach: 24, acrossSentences: true, a: ['임신', '주차', '임산부'], b: ['피가 많이', '하혈', '양수가 터', '태동이 없', '태동이 안', '머리가 보'] },
          { reach: 24, acrossSentences: true, a: ['가스 냄새', '가스냄새', '일산화탄소', '연탄', '번개탄'], b: ['쓰러', '누워', '안 일어나', '의식', '대답이 없'] },
          { reach: 16, a: ['뱀'], b: ['물렸', '물려'] },
          { reach: 30, acrossSentences: true, a: ['당뇨', '인슐린', '투석'], b: ['식은땀', '손 떨리', '정신이 없', '말을 못', '숨이 차', '숨쉬기'] },
        ],
      },
      vi: {
        say: ['đổ nồi nước sôi', 'nước sôi lên người', 'dầu sôi', 'bỏng cả ngực'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['hô hấp nhân tạo', 'ép tim', 'aed', 'cpr'], b: ['ngã', 'bất tỉnh', 'không thở'] },
          { reach: 40, acrossSentences: true, a: ['bầu', 'mang thai', 'có thai'], b: ['ra máu', 'chảy máu nhiều', 'vỡ ối', 'không thấy con đạp', 'con không đạp', 'thấy đầu'] },
          { reach: 40, acrossSentences: true, a: ['mùi gas', 'mùi ga', 'khí ga', 'khí gas', 'khí co'], b: ['nằm', 'bất tỉnh', 'không tỉnh', 'chóng mặt', 'buồn nôn'] },
          { reach: 24, a: ['rắn'], b: ['cắn'] },
          { reach: 40, acrossSentences: true, a: ['tiểu đường', 'đái tháo đường', 'insulin', 'chạy thận', 'lọc máu'], b: ['vã mồ hôi', 'mồ hôi lạnh', 'lú lẫn', 'không nói được', 'khó thở'] },
        ],
      },
      ne: {
        say: ['उम्लेको तेल', 'उम्लेको पानी', 'umleko tel', 'umleko pani', 'tato tel khanyayo'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['cpr', 'aed', 'छाती थिच', 'chhati thich'], b: ['gardai', 'gardaichhau', 'garirakheko', 'ladyo', 'sas chhaina', 'गर्दै', 'सास छैन'] },
          { reach: 40, acrossSentences: true, a: ['garbhavati', 'pet ma bachha', 'garbha', 'गर्भवती', 'पेटमा बच्चा'], b: ['ragat bagyo', 'pani futyo', 'paani futyo', 'chalhal chhaina', 'चलहल छैन', 'पानी फुट्यो'] },
          { reach: 40, acrossSentences: true, a: ['gas ko gandha', 'gyas', 'ग्यासको गन्ध', 'धुवाँ'], b: ['ladeko', 'ladyo', 'behosh', 'बेहोस', 'लडेको'] },
          { reach: 24, a: ['sarpa', 'sap le', 'saap le', 'सर्प', 'सापले'], b: ['tokyo', 'tokeko', 'डस्यो', 'टोक्यो'] },
          { reach: 40, acrossSentences: true, a: ['sugar', 'diabetes', 'madhumeha', 'dialysis', 'डायलाइसिस', 'मधुमेह'], b: ['chiso pasina', 'behosh', 'sas pugdaina', 'sas ferna', 'चिसो पसिना', 'बेहोस', 'सास'] },
        ],
      },
      tl: {
        say: ['kumukulong tubig', 'mainit na mantika'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['cpr$', 'aed$'], b: ['ginagawa', 'bumagsak', 'hindi humihinga', 'di humihinga'] },
          { reach: 40, acrossSentences: true, a: ['buntis'], b: ['dinudugo', 'pagdugo', 'malakas ang pagdugo', 'pumutok ang panubigan', 'panubigan', 'hindi gumagalaw ang baby', 'ulo ng baby'] },
          { reach: 40, acrossSentences: true, a: ['amoy gas', 'tagas ng gas', 'carbon monoxide'], b: ['hindi sumasagot', 'nakahiga', 'nahihilo', 'walang malay'] },
          { reach: 24, a: ['ahas'], b: ['kinagat', 'tinuklaw', 'natuklaw'] },
          { reach: 40, acrossSentences: true, a: ['diabetic', 'diabetes', 'insulin', 'dialysis'], b: ['pinapawisan', 'nanginginig', 'hindi makausap', 'hingal', 'hirap huminga'] },
        ],
      },
      pt: {
        say: ['panela de feijão fervendo', 'água fervendo em cima', 'óleo quente em cima', 'óleo fervendo'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['massagem cardíaca', 'rcp$', 'cpr$', 'dea$', 'desfibrilador'], b: ['caiu', 'não respira'] },
          { reach: 40, acrossSentences: true, a: ['grávida', 'gestante', 'semanas de gestação'], b: ['sangrando muito', 'sangramento', 'bolsa estourou', 'a bolsa rompeu', 'bebê não mexe', 'não sinto o bebê', 'cabeça do bebê'] },
          { reach: 40, acrossSentences: true, a: ['cheiro de gás', 'vazamento de gás', 'monóxido', 'fumaça'], b: ['caído', 'caída', 'desmaiad', 'não responde', 'desacordad'] },
          { reach: 24, a: ['cobra'], b: ['mordid', 'picad'] },
          { reach: 40, acrossSentences: true, a: ['diabétic', 'diabetes', 'insulina', 'hemodiálise', 'diálise'], b: ['suando', 'tremendo', 'não responde', 'confus', 'falta de ar'] },
        ],
      },
      id: {
        say: ['tersiram air panas', 'kesiram air panas', 'kesiram minyak', 'tersiram minyak panas'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['cpr$', 'aed$', 'kompresi dada', 'pijat jantung', 'napas buatan'], b: ['pingsan', 'gak napas', 'tidak bernapas'] },
          { reach: 40, acrossSentences: true, a: ['hamil', 'ketuban', 'kehamilan'], b: ['pendarahan', 'perdarahan', 'darah banyak', 'ketuban pecah', 'pecah ketuban', 'gak gerak', 'tidak bergerak', 'kepala bayi'] },
          { reach: 40, acrossSentences: true, a: ['bau gas', 'gas bocor', 'pemanas minyak', 'karbon monoksida', 'kamar tertutup'], b: ['pusing dan mual', 'pingsan', 'tergeletak', 'gak bangun', 'tidak bangun', 'lemas'] },
          { reach: 24, a: ['ular'], b: ['digigit', 'dipatuk', 'gigit', 'patuk'] },
          { reach: 40, acrossSentences: true, a: ['diabetes', 'gula darah', 'insulin', 'cuci darah'], b: ['keringat dingin', 'gemetar', 'gak nyambung', 'sesak', 'tidak sadar'] },
        ],
      },
    },
  },
  {
    name: 'more ways to put it: chest or jaw pain with cold sweat or tingling, a fluttering heart with faintness, a pulled-out child now sleepy, a sudden worst headache with sight or speech going',
    into: 'heart attack signs: chest pain or pressure with sweat, pain to the arm or jaw',
    words: {
      ja: {
        say: ['mune itai', 'iki dekinai', 'むねがいたいいきができな', 'こんなにいたいのははじめて', 'こんなに痛いのは初めて', 'いままでで一番痛い'],
        pairs: [
          { reach: 20, acrossSentences: true, a: ['むね', '胸', 'あご', '顎', 'ひだりうで', '左腕', 'ひだりのかた', '左肩'], b: ['ひやあせ', '冷や汗', 'あせがとまらな', '汗が止まらな', 'しめつけ', '締め付け', 'おしつぶされ', '押しつぶされ', 'しびれ', 'しびれて'] },
          { reach: 20, acrossSentences: true, a: ['どうき', '動悸', 'しんぞうがばくばく', '心臓がバクバク', 'みゃくがはや', '脈が速', 'みゃくがとぶ', '脈が飛'], b: ['きをうしないそう', '気を失いそう', 'たおれそう', '倒れそう', 'かおいろがわる', '顔色が悪', 'ひやあせ', '冷や汗'] },
          { reach: 20, acrossSentences: true, a: ['あたまがすごくいたい', '頭がすごく痛い', 'はげしいずつう', '激しい頭痛', 'あたまがわれ', '頭が割れ'], b: ['めがへん', '目が変', 'みえにくい', '見えにくい', 'ことばがでない', '言葉が出ない', 'はいた', '吐いた'] },
        ],
      },
      en: {
        say: ['cant cough or cry', 'cant cough or speak', 'cant cough or breathe', 'chest feels like someone is sitting on it'],
        pairs: [
          { reach: 60, acrossSentences: true, a: ['chest', 'jaw', 'left arm', 'left shoulder'], b: ['sitting on it', 'crushing', 'tingling', 'sweating buckets', 'cold sweat', 'pain going up', 'feels like throwing up', 'feel faint', 'grey'] },
          { reach: 60, acrossSentences: true, a: ['heart is fluttering', 'heart fluttering', 'weird fast fluttering', 'heart is racing', 'heart pounding', 'heart is pounding'], b: ['faint', 'grey', 'can barely stand', 'left arm', 'short of breath', 'sweating and dizzy'] },
          { reach: 60, acrossSentences: true, a: ['fell into the bath', 'fell in the bath', 'face down in the bath', 'face down in the water', 'pulled him out', 'pulled her out', 'found him in the bath', 'found her in the bath'], b: ['very sleepy', 'really sleepy', 'breathing fast', 'not breathing', 'limp', 'floppy', 'blue', 'not responding'] },
          { reach: 60, acrossSentences: true, a: ['terrible headache', 'worst headache', 'worst ever headache', 'sudden headache', 'head is exploding', 'headache like'], b: ['cant see', 'blurred vision', 'cant speak', 'slurred', 'confused', 'collapsed', 'stiff neck'] },
          { reach: 60, acrossSentences: true, a: ['newborn', 'days old', 'weeks old'], b: ['floppy', 'limp', 'not feeding', 'isnt feeding', 'wont feed', 'fever of'] },
        ],
      },
      zh: {
        pairs: [
          { reach: 16, acrossSentences: true, a: ['胸口', '胸', '下巴', '左手臂', '左臂', '左肩'], b: ['冷汗', '喘不过气', '发麻'] },
          { reach: 16, acrossSentences: true, a: ['头突然剧痛', '头突然痛', '从来没有过的痛', '头痛欲裂', '头疼得要炸', '像被锤子'], b: ['看东西', '看不清', '吐', '说话'] },
          { reach: 16, acrossSentences: true, a: ['捞起来', '拉上来', '泡在水里', '掉进浴缸', '溺水', '呛水'], b: ['不哭也不动', '不动', '没呼吸', '没反应', '一直睡', '嘴唇发紫'] },
        ],
      },
      ko: {
        pairs: [
          { reach: 24, acrossSentences: true, a: ['가슴', '명치', '턱', '왼팔', '왼쪽 어깨'], b: ['식은땀', '조이는', '짓누르', '타는 듯', '저려', '등까지'] },
          { reach: 24, acrossSentences: true, a: ['태어나서 제일', '머리가 깨질', '갑자기 머리가', '두통이 심'], b: ['눈이 안 보', '토했', '토하', '말이 안 나'] },
          { reach: 24, acrossSentences: true, a: ['욕조에', '물에 빠', '건져', '꺼냈'], b: ['숨을 안', '안 움직', '축 늘어', '입술이 파래', '반응이 없'] },
        ],
      },
      vi: {
        pairs: [
          { reach: 40, acrossSentences: true, a: ['đau ngực', 'tức ngực', 'ngực', 'hàm', 'tay trái'], b: ['vã mồ hôi', 'mồ hôi lạnh', 'như bị đè', 'tê tay trái', 'lan ra tay', 'lan lên hàm'] },
          { reach: 40, acrossSentences: true, a: ['đau đầu dữ dội', 'đau đầu như búa bổ', 'đau đầu chưa từng'], b: ['nôn', 'ói', 'mờ mắt', 'không nhìn rõ', 'nói khó', 'cứng cổ'] },
          { reach: 40, acrossSentences: true, a: ['đuối nước', 'sặc nước', 'chìm', 'vớt lên', 'bồn tắm'], b: ['không thở', 'thở yếu', 'tím', 'không khóc', 'không cử động', 'lịm'] },
        ],
      },
      ne: {
        say: ['yesto tauko dukheko thiena', 'यस्तो टाउको दुखेको थिएन'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['chhati', 'chhaati', 'mutu', 'छाती', 'मुटु', 'bangaaro', 'baayan haat'], b: ['chiso pasina', 'behosh hunla', 'behosh jasto', 'ulta pulta', 'dherai chhito', 'चिसो पसिना', 'बेहोस', 'पिठ्युँ'] },
          { reach: 40, acrossSentences: true, a: ['dubeko', 'dubyo', 'paani ma', 'bathtub', 'डुबेको', 'डुब्यो', 'बाथटब'], b: ['sas chhaina', 'chaldaina', 'bolaunda', 'सास छैन', 'चल्दैन', 'भेटियो'] },
        ],
      },
      tl: {
        pairs: [
          { reach: 60, acrossSentences: true, a: ['dibdib', 'panga', 'kaliwang braso', 'braso at panga'], b: ['pinipiga', 'naninikip', 'pawis na pawis', 'pinapawisan ako ng malamig', 'malamig na pawis', 'kumakalat', 'nangangatog', 'nasusuka', 'nanghina'] },
          { reach: 60, acrossSentences: true, a: ['hika', 'inhaler', 'hirap na hirap huminga', 'hirap huminga'], b: ['wala nang epekto', 'hingal na hingal', 'asul na', 'nangangasul', 'di na makapagsalita', 'hindi makapagsalita', 'malamig ang kamay'] },
          { reach: 60, acrossSentences: true, a: ['kinain', 'ininom', 'nakain', 'nalunok'], b: ['upos ng sigarilyo', 'buong banig', 'pills sa club', 'kung anong pills'] },
        ],
      },
      pt: {
        pairs: [
          { reach: 60, acrossSentences: true, a: ['dor no peito', 'peito', 'mandíbula', 'queixo', 'braço esquerdo'], b: ['suando frio', 'suor frio', 'formigando', 'formigamento', 'irradiando', 'sozinho no quarto', 'sozinha no quarto'] },
          { reach: 60, acrossSentences: true, a: ['dor de cabeça fortíssima', 'pior dor de cabeça', 'cabeça tava explodindo', 'cabeça explodindo', 'dor de cabeça muito forte'], b: ['vomit', 'não respon', 'enxerg', 'fala', 'confus'] },
          { reach: 60, acrossSentences: true, a: ['na banheira', 'no ofurô', 'tiraram ele da água', 'tiraram ela da água', 'tirei da água', 'afogou', 'afogad'], b: ['não respira', 'não tá respirando', 'roxo', 'roxa', 'mole', 'não responde'] },
        ],
      },
      id: {
        pairs: [
          { reach: 60, acrossSentences: true, a: ['dada', 'rahang', 'tangan kiri'], b: ['keringat dingin', 'keringet dingin', 'kesemutan', 'kayak terbakar', 'nyeri banget', 'pegang dada', 'sampai ke rahang', 'napas pendek', 'lemes banget'] },
          { reach: 60, acrossSentences: true, a: ['tenggelam', 'tengkurap di air', 'di bak mandi', 'diangkat dari air', 'kecebur'], b: ['gak napas', 'ga napas', 'gak nangis', 'gak respon', 'ga respon', 'tidak bernapas', 'biru', 'lemas'] },
          { reach: 60, acrossSentences: true, a: ['diabetes', 'gula darah'], b: ['keringetan', 'gemeteran', 'ngomong ngaco', 'ngomong gak jelas', 'bingung', 'gak bisa nelen'] },
          { reach: 60, acrossSentences: true, a: ['abis makan udang', 'abis minum obat', 'habis makan udang', 'habis minum obat'], b: ['tenggorokan nutup', 'bibir tebel', 'muka bengkak', 'susah napas', 'napasnya bunyi'] },
        ],
      },
    },
  },
  {
    name: 'more ways to put it: cannot breathe and asking for help, someone down and not moving, bleeding that will not stop, pills or drink then not waking (short, plain and romanised forms)',
    into: 'unconscious, not responding, will not wake',
    words: {
      ja: {
        say: ['いきできない', 'いきできてない', '息できない', '息できてない', 'いきしてるかわからな', '呼吸してるかわからな', 'こきゅうしてるかわからな', 'ちとまらな', 'ちがとまりません', '血が止まりません', 'すごい出血', 'くすりをいっぱいのんだ', '薬をいっぱい飲んだ', 'びんがからっぽ', '瓶が空っぽ', 'やかんのおゆ', 'おゆをかぶった', 'お湯をかぶった', 'taoreta', 'iki dekinai', 'ugokanai tasukete'],
        pairs: [
          { reach: 20, acrossSentences: true, a: ['いきができな', '息ができな', 'いきがくるし', '息が苦し', 'いきくるし', 'むねがいたい', '胸が痛い', 'のどくるし'], b: ['たすけて', '助けて', 'ひとりです', '一人です', 'よこになれな', '横になれな', 'あれるぎー', 'アレルギー'] },
          { reach: 24, acrossSentences: true, a: ['たおれてい', '倒れてい', 'たおれてる', '倒れてる', 'たおれた', '倒れた'], b: ['うごかない', '動かない', 'へんじがな', '返事がな', 'いきしてな', '息してな', 'たすけて', '助けて', 'まどからみえ', '窓から見え', 'こきゅうしてるか', '呼吸してるか'] },
          { reach: 24, acrossSentences: true, a: ['おさけ', 'お酒', 'さけをのんで', '酒を飲んで', 'きのこ', 'くすり', '薬'], b: ['おきない', '起きない', 'おきません', '起きません', 'おこしてもおき', '起こしても起き', 'ずっとはいて', 'ずっと吐いて', 'ふるえてる', '震えてる'] },
          { reach: 20, acrossSentences: true, a: ['といれからでてこな', 'トイレから出てこな', 'おふろからでてこな', 'お風呂から出てこな'], b: ['へんじがな', '返事がな', 'たたいても', '叩いても', 'こたえな', '答えな'] },
          { reach: 20, acrossSentences: true, a: ['てにちから', '手に力', 'かおのかたほう', '顔の片方', 'かおがはんぶん', '顔が半分', 'みぎのて', 'ひだりのて', '右の手', '左の手'], b: ['ことばがへん', '言葉が変', 'ことばおかしい', '言葉がおかしい', 'ことばもへん', '言葉も変', 'だらん', 'さがって', '下がって', 'うごかない', '動かない', 'はいらない', '入らない'] },
          { reach: 20, acrossSentences: true, a: ['どうき', '動悸', 'しんぞうがばくばく', '心臓がバクバク', 'むねのまんなか', '胸の真ん中', 'むねがぎゅ', '胸がぎゅ', 'むねが', '胸が'], b: ['めのまえがくら', '目の前が暗', 'おもくいた', '重く痛', 'ぎゅーといた', 'ぎゅーっと', '15ふん', '15分', '20分以上', 'にじゅっぷん', 'よこになれな', '横になれな'] },
          { reach: 24, acrossSentences: true, a: ['とうにょう', '糖尿', 'はちにさされ', '蜂に刺され', 'くすりをのんだあと', '薬を飲んだ後', 'たべものあれるぎー', '食べ物アレルギー'], b: ['あせびっしょり', '汗びっしょり', 'へんなことをいい', '変なことを言い', 'からだじゅうがあか', '体中が赤', 'からだじゅうかゆ', 'いきくるし', 'いきがくるし', '息が苦し', 'のどくるし'] },
        ],
      },
      en: { say: ['calling weakly', 'heard a thump from my elderly', 'engine running in the garage'] },
      zh: { say: ['同事倒了不动', '倒了不动', '叫了也不醒', '一直没醒', '吞了一把药'] },
      ko: {
        say: ['숨 안 쉬어요', '숨 안 쉬어', '사람이 안 움직여', '흔들어도 안 깨', '흔들어도 안 일어나', '목이 감겼', '단추형 건전지', '알약을 잔뜩', '빈 약통', '동전을 삼킨', '눈앞이 깜깜', '숨이 너무 느려', '피가 엄청', '한쪽 얼굴이 처지', '혀가 둔해', '혀가 굳', '양수가 터지'],
        pairs: [
          { reach: 30, acrossSentences: true, a: ['온풍기', '난로', '연탄 냄새', '가스 냄새'], b: ['머리 아프', '머리가 아프', '어지럽', '토하'] },
          { reach: 30, acrossSentences: true, a: ['열경련', '경련', '발작'], b: ['5분째', '분째 안 멈', '분 넘게'] },
          { reach: 30, acrossSentences: true, a: ['더위 먹', '열사병'], b: ['말을 이상', '말이 이상', '헛소리'] },
          { reach: 30, acrossSentences: true, a: ['수영장', '물 먹고', '물에 빠'], b: ['축 늘어', '안 일어나', '숨을 약하게'] },
          { reach: 30, acrossSentences: true, a: ['가슴 한가운데', '가슴이', '가슴 통증'], b: ['뻐근', '숨이 잘 안', '30분째', '식은땀'] },
          { reach: 30, acrossSentences: true, a: ['저혈당', '당뇨'], b: ['손이 너무 떨려', '떨려서', '식은땀'] },
        ],
      },
      vi: { say: ['thở ngáy to', 'gọi không tỉnh', 'gọi ko tỉnh'] },
      ne: { say: ['हल्लाउँदा पनि उठेन', 'बोलाउँदा जवाफ दिनुहुन्न', 'बोलाउँदा जवाफ छैन', 'हाइटर', 'पूरै पाता', 'दोब्बर खानुभयो', 'निल्न सक्नुहुन्न'] },
      tl: { say: ['nangangasul', 'walang saysay ang sinasabi'] },
      pt: { say: ['parece que tá aí desde', 'tá gelad'] },
      id: { say: ['hampir gak sadar', 'hampir tidak sadar', 'kena setrum', 'jarinya hampir putus'] },
    },
  },
  {
    name: 'more ways to put it: called and no answer after a fall, froth at the mouth, half the face gone, a sudden burst headache, a bottle of medicine, scalds peeling, blood that keeps coming',
    into: 'a sudden collapse',
    words: {
      ja: { say: ['あわをふいて', '泡を吹いて', 'かおのはんぶん', '顔の半分', 'ひふがはがれ', '皮膚がはがれ', '血がどんどん'] },
      en: { say: ['foam at his mouth', 'foam at her mouth', 'foaming at the mouth', 'skin is peeling off', 'skin peeling off', 'blood keeps coming'] },
      zh: {
        say: ['叫他都没回应', '叫她都没回应', '叫他没回应', '叫她没回应', '叫了半天没答应', '叫极都唔醒', '喊他一动不动', '喊她一动不动', '一直在打呼', '白沫', '半边脸麻', '半边脸发麻', '半边脸动不了', '半边面跌', '半边面麻', '一边的脸麻', '一边脸发麻', '一边手脚', '往一边倒', '突然说不清', '突然讲不清', '讲嘢唔清', '讲嘢突然乱', '像喝醉了一样', '眼前一直发黑', '喘唔到气', '嗓子越来越紧', '喉咙越来越紧', '喘气有哨', '喉咙都肿', '头痛得像要裂开', '头痛得像要炸开', '头痛得要裂开', '血一直往外喷', '被机器卷', '破水了', '身体软软的', '成樽药', '一大把药', '一大堆感冒药', '一大把抗焦虑'],
        pairs: [
          { reach: 16, acrossSentences: true, a: ['阿公', '阿嫲', '爷爷', '奶奶', '外公', '外婆', '老公', '老婆', '我妈', '我爸', '同事', '朋友'], b: ['晕在', '倒在床边', '晕倒了'] },
          { reach: 20, acrossSentences: true, a: ['胰岛素', '降糖药', '血糖很低', '血糖低', '糖尿病'], b: ['冒冷汗', '浑身是汗', '浑身发抖', '站不起来'] },
          { reach: 20, acrossSentences: true, a: ['瓦斯味', '瓦斯', '煤气', '气味'], b: ['没人应', '敲门没人', '头晕得', '站不住', '站不稳'] },
          { reach: 20, acrossSentences: true, a: ['怀孕', '孕'], b: ['出了很多血', '突然出血'] },
        ],
      },
      ko: { say: ['입에 거품', '피가 계속 나와', '피부가 벗겨'] },
      vi: { say: ['sùi bọt mép', 'máu chảy không cầm', 'da bị bong', 'nửa người không cử động'] },
      ne: { say: ['मुखबाट फिँज', 'mukh bata fij', 'ragat rokiyena', 'chhala utriyo'] },
      tl: {
        say: ['napaso ng mainit', 'natutuklap ang balat', 'kumukulong mantika', 'dugo nang dugo', 'sobrang daming dugo', 'naputol daliri', 'naputol ang daliri', 'nakatingin sa wala', 'namamaga buong mukha'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['bumagsak', 'nahimatay'], b: ['si mama', 'si papa', 'si lola', 'si lolo', 'hindi sumasagot', 'di sumasagot', 'nagsalita ng malabo', 'sa sahig ng banyo'] },
          { reach: 40, acrossSentences: true, a: ['tumama ulo', 'tumama ang ulo', 'inalog', 'nahulog po', 'nahulog sa hagdan'], b: ['may dugo', 'hindi sumasagot', 'di sumasagot', 'suka nang suka', 'sumusuka', 'antok na antok', 'nagsusuka'] },
          { reach: 48, acrossSentences: true, a: ['nahulog', 'nalaglag'], b: ['sa scaffolding', 'sa plantsa', 'sa bubong'] },
          { reach: 40, acrossSentences: true, a: ['nakainom', 'nainom', 'ininom', 'uminom'], b: ['panlinis', 'kerosene', 'pills sa club'] },
          { reach: 40, acrossSentences: true, a: ['nangingisay', 'nangisay', 'kombulsyon'], b: ['5 minutes', 'minutes na', 'minuto na', 'hindi tumitigil', 'ayaw magising'] },
          { reach: 48, acrossSentences: true, a: ['kerosene heater', 'nakasara lahat ng bintana', 'amoy gas'], b: ['nahihilo', 'masakit ulo', 'sumusuka', 'nagsusuka', 'hindi magising'] },
          { reach: 48, acrossSentences: true, a: ['diabetes', 'diabetic'], b: ['hindi siya magising', 'hindi magising', 'di magising'] },
        ],
      },
      pt: { say: ['espuma pela boca', 'espumando pela boca', 'pele soltando', 'pele descolando', 'sangue não para de sair'] },
      id: {
        say: ['lemes separuh badan', 'racun tikus', 'obat batuk sebotol', 'obat banyak banget', 'minum obat banyak', 'bayi gak napas', 'bayi ga napas', 'mulut berbusa', 'kulitnya melepuh', 'melepuh lebar'],
        pairs: [
          { reach: 40, acrossSentences: true, a: ['jatuh', 'terjatuh', 'roboh', 'ambruk'], b: ['gak bangun', 'ga bangun', 'ga sadar', 'gak sadar', 'ngorok', 'gak gerak', 'ga gerak', 'kepala berdarah', 'kepalanya berdarah', 'kepala duluan'] },
          { reach: 40, acrossSentences: true, a: ['kakek', 'nenek', 'bayi', 'suami', 'obaasan', 'ojiisan'], b: ['badannya dingin', 'gak napas', 'ga napas', 'ngorok'] },
          { reach: 40, acrossSentences: true, a: ['mabuk berat', 'mabuk', 'minum2', 'minum minum', 'alkohol'], b: ['gak bangun', 'ga bangun', 'muntah terus gak', 'napasnya'] },
          { reach: 40, acrossSentences: true, a: ['dada', 'rahang', 'lengan kiri'], b: ['kebas', 'keringetan', 'keringatan'] },
        ],
      },
    },
  },
  // A neighbour behind a door for days: the mail or newspapers piling up, then no answer to the bell
  // or a knock, the TV or the light still on. Medicine swallowed that is someone else's, or a button
  // battery; pulled out of the water and not breathing.
  {
    name: 'a neighbour not seen for days: mail piling up, no answer at the door, the TV or light still on',
    into: 'unconscious, not responding, will not wake',
    words: {
      ja: { pairs: [{ reach: 24, acrossSentences: true, a: ['ドンと音', 'どんとおと', 'ドスンと', 'どすんと', 'ドンという音', 'どんというおと', '大きな音がして', 'おおきなおとがして'], b: ['返事がな', 'へんじがな', '応答がな', 'おうとうがな', 'チャイムを押しても', 'ちゃいむをおしても', 'ノックしても', 'のっくしても'] }, { reach: 40, acrossSentences: true, a: ['新聞がたま', 'しんぶんがたま', '新聞が溜ま', '郵便物がたま', 'ゆうびんぶつがたま', '郵便受けがいっぱい', 'ゆうびんうけがいっぱい'], b: ['チャイムを押しても', 'ちゃいむをおしても', 'ノックしても', 'のっくしても', 'インターホンを押しても', 'いんたーほんをおしても', 'ドアを叩いても', 'どあをたたいても'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['heard a thud', 'heard a loud thud', 'heard a big thud', 'heard something fall', 'heard her fall', 'heard him fall'], b: ['no answer since', 'hasnt answered since', 'not answered since', 'no answer when i knock', 'not answering the door', 'wont answer the door', 'doesnt answer the door'] }, { reach: 80, acrossSentences: true, a: ['newspapers piling up', 'newspaper is piling up', 'newspapers are piling up', 'papers piling up', 'mail piling up', 'mail is piling up', 'post piling up'], b: ['wont answer the door', 'doesnt answer the door', 'not answering the door', 'no answer at the door', 'knocked', 'knocking', 'rang the bell', 'ringing the bell', 'hear the tv', 'tv is on', 'tv still on'] },
        { reach: 60, acrossSentences: true, a: ['hasnt answered for', 'not answered for', 'no answer for', 'not been seen for', 'hasnt been seen for'], b: ['newspaper', 'newspapers', 'mail is piling', 'post is piling'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: true, a: ['报纸堆', '报纸一直堆', '信箱塞满', '信箱满了', '邮件堆', '报纸也没拿', '报纸没拿', '没拿报纸', '报纸没收', '报纸还在门口'], b: ['敲门没人应', '敲门也没人', '按门铃没人', '按门铃也没', '没人开门', '电视开着', '电视的声音', '敲门不应', '敲门没反应', '灯一直亮', '灯还亮', '灯一直开着', '没动静', '没有动静'] }, { reach: 16, acrossSentences: true, a: ['咚的一声', '咚一声', '砰的一声', '扑通一声', '一声闷响', '很大的一声'], b: ['一直没动静', '一直没有动静', '再也没动静', '再没动静', '敲门不应', '敲门没人应', '敲门也没人应'] }] },
      ko: { pairs: [{ reach: 32, acrossSentences: true, a: ['신문이 쌓', '우편물이 쌓', '신문이 계속 쌓'], b: ['문을 두드려도', '초인종을 눌러도', '벨을 눌러도', '인기척이 없', '티비 소리', 'tv 소리'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['không ra lấy báo', 'báo chất đống', 'thư chất đống', 'báo để đầy', 'thư để đầy'], b: ['gõ cửa không', 'gọi cửa không', 'bấm chuông không', 'không ai mở cửa', 'đèn vẫn sáng', 'tivi vẫn bật', 'ti vi vẫn bật'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['पत्रिका थुप्रिएको', 'चिठी थुप्रिएको', 'patrika thupriyeko', 'patrika thuprieko', 'patrika thupriyako'], b: ['कोही खोल्दैन', 'ढोका खोल्दैन', 'बेल थिच्दा', 'ढोका ढकढक', 'टिभीको आवाज', 'koi kholdaina', 'kohi kholdaina', 'dhoka kholdaina', 'bell thichda', 'tv ko awaj'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['tambak na ang dyaryo', 'naiipon ang dyaryo', 'naipon ang dyaryo', 'naiipon ang sulat', 'tambak ang sulat'], b: ['kumatok ako', 'kinatok ko', 'walang nagbubukas', 'hindi binubuksan', 'bukas ang tv', 'bukas pa ang ilaw'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['jornal acumulando', 'jornais acumulando', 'jornais acumulados', 'cartas acumulando', 'correspondência acumulada'], b: ['não atende a porta', 'ninguém atende a porta', 'bati na porta', 'toquei a campainha', 'tv ligada', 'luz acesa'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['koran numpuk', 'koran menumpuk', 'surat numpuk', 'surat menumpuk'], b: ['diketok', 'diketuk', 'gak ada yang buka', 'tidak ada yang buka', 'tv nya nyala', 'tvnya nyala', 'lampunya nyala'] }] },
    },
  },
  {
    name: 'drowned in a pool, a river or a bath; lying face down in the water',
    into: 'drowning',
    words: {
      ne: { say: ['टबमा घोप्टो', 'पानीमा घोप्टो', 'tub ma ghopto', 'pani ma ghopto'] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['tenggelam di kolam renang', 'tenggelam di sungai', 'tenggelam di bak mandi', 'tenggelam di danau', 'tenggelam di laut', 'tenggelam di pantai', 'tenggelam di kali'], b: ['belum napas', 'gak napas', 'ga napas', 'tidak napas', 'tidak bernapas', 'tidak bernafas', 'belum bernapas', 'tidak sadarkan diri', 'belum siuman', 'pompa dada', 'cpr$'] }] },
    },
  },
  {
    name: 'a button battery, a magnet or a grandparent’s pills swallowed',
    into: 'poisoning: a child (or anyone) swallowed detergent, bleach, a button battery, medicine',
    words: {
      zh: { say: ['把电池吞', '把纽扣电池吞', '把钮扣电池吞'], pairs: [{ ordered: true, reach: 4, a: ['吞咗', '吞了', '吞下', '误吞'], b: ['电池', '磁铁', '磁石'] }] },
      ko: { pairs: [{ reach: 12, a: ['단추 전지', '단추전지', '단추형 건전지', '버튼 전지', '버튼전지', '코인 전지', '코인전지', '건전지', '자석'], b: ['삼켰', '삼킨', '삼켜'] }] },
      ne: { pairs: [{ reach: 16, a: ['nilyo', 'niliyo', 'nileko', 'निल्यो', 'निलेको'], b: ['ब्याट्री', 'battery', 'चुम्बक', 'हजुरआमाको औषधि', 'हजुरबुबाको औषधि', 'hajurama ko ausadhi', 'hajuraama ko ausadhi', 'hajurbuba ko ausadhi', 'hajurbuwa ko ausadhi'] }] },
      id: { pairs: [{ ordered: true, reach: 16, a: ['menelan', 'nelen', 'ketelan', 'tertelan', 'nelan'], b: ['baterai kancing', 'batre kancing', 'baterai jam', 'magnet', 'obat neneknya', 'obat kakeknya', 'obat orang lain', 'beberapa butir', 'satu strip'] }] },
    },
  },
  {
    name: 'purple lips with slow breathing, bleeding in late pregnancy, someone lying outside who does not answer, shaking and sweating after insulin, a throat tightening after a sting',
    into: 'unconscious, not responding, will not wake',
    words: {
      en: { pairs: [{ reach: 40, acrossSentences: true, a: ['ventilator', 'oxygen machine'], b: ['turning grey', 'turning blue', 'going grey', 'going blue', 'wont stop alarming', 'keeps alarming'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['इन्सुलिन', 'insulin', 'चिनीरोग', 'मधुमेह'], b: ['पसिना आएर काँप', 'काँप्दै', 'होस छैन', 'kaamp', 'pasina aayera'] }, { reach: 40, acrossSentences: true, a: ['मौरीले टोके', 'माहुरीले टोके', 'maurile toke', 'mahurile toke'], b: ['घाँटी कसि', 'सास फेर्न', 'जीउभरि डाबर', 'सारा जीउमा', 'ghati kasi', 'saas ferna'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['nakahandusay', 'nakabulagta', 'nakahiga sa sidewalk', 'nakahiga sa kalsada', 'nakahiga sa daan', 'nakahiga sa sahig'], b: ['di sumasagot', 'hindi sumasagot', 'hindi gumagalaw', 'di gumagalaw', 'walang malay'] }] },
      id: {
        pairs: [
          { reach: 32, acrossSentences: true, a: ['bibirnya ungu', 'bibir ungu', 'bibirnya membiru', 'bibir membiru'], b: ['napasnya', 'nafasnya', 'tidak sadar', 'gak sadar', 'ga sadar', 'pingsan', 'tidak bangun', 'gak bangun'] },
          { reach: 40, acrossSentences: true, a: ['hamil'], b: ['darahnya keluar banyak', 'darah keluar banyak', 'pendarahan hebat', 'perdarahan hebat', 'darahnya banyak banget'] },
        ],
      },
    },
  },
  {
    name: 'chest pain with sweating, a numb or tingling left arm, the jaw (Devanagari Nepali, Tagalog)',
    into: 'heart attack signs: chest pain or pressure with sweat, pain to the arm or jaw',
    words: {
      ne: { pairs: [
        { reach: 40, acrossSentences: true, a: ['छाती...दुख', 'छातीमा...दुख', 'छाती...पोल', 'छाती...कस्सि', 'छाती...थिच', 'छातीमा...पीडा', 'मुटु...दुख'], b: ['पसिना', 'बायाँ हात', 'देब्रे हात', 'बायाँ पाखुरा', 'देब्रे पाखुरा', 'बङ्गारा', 'हात झमझम', 'हात लाटो'] },
        { reach: 40, acrossSentences: true, a: ['chhati', 'chati', 'chhaati', 'xati'], b: ['baayan haat', 'bayan haat', 'bayan hat', 'baayan hat', 'haat jhamjham', 'hat jhamjham', 'haat laato', 'haat lato'] },
      ] },
      tl: { pairs: [{ reach: 48, acrossSentences: true, a: ['masakit ang dibdib', 'sumasakit ang dibdib', 'sakit sa dibdib', 'kumikirot ang dibdib', 'naninikip ang dibdib', 'masakit daw ang dibdib'], b: ['kaliwang braso', 'namamanhid', 'manhid', 'pinagpapawisan', 'pawis na pawis', 'malamig na pawis', 'panga'] }] },
    },
  },
  {
    // 「新聞が三日分たまってて…のぞいたら台所で横になったまま動かないみたい」: a neighbour not seen for days, or
    // seen through a window, lying still or not answering.
    name: 'a neighbour not seen for days, mail piling up or seen through a window, lying still and not answering',
    into: 'unconscious, not responding, will not wake',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2, a: ['新聞が', 'しんぶんが', '郵便物が', 'ゆうびんぶつが', 'のぞいたら', '覗いたら', '窓から', 'まどから', '何日も見', 'なんにちもみ', '数日見', 'すうじつみ'], b: ['横になったまま', 'よこになったまま', '倒れたまま', 'たおれたまま', '動かないみたい', 'うごかないみたい', '反応なく', 'はんのうなく', '反応がなく', 'はんのうがなく', '声かけても返事', 'こえかけてもへんじ'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 2, a: ['newspapers', 'mail piling', 'post piling', 'havent seen her for', 'havent seen him for', 'not seen her for', 'not seen him for', 'through the window', 'peeked in', 'looked in the window'], b: ['lying on the floor', 'lying there', 'lying still', 'not moving', 'no response', 'didnt respond', 'doesnt respond', 'not responding', 'no reaction'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2, a: ['报纸堆', '报纸积', '好几天没看到', '好几天没见', '几天没见', '几天没看到', '从窗户', '窗户看'], b: ['躺着不动', '一动不动', '倒在地上', '躺在地上', '叫她没反应', '叫他没反应', '叫了没反应', '没有反应'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 2, a: ['신문이 쌓', '우편물이 쌓', '며칠째 안 보', '며칠 동안 안 보', '며칠째 못 봤', '창문으로'], b: ['누워서 움직이지', '누운 채', '쓰러져', '꼼짝', '반응이 없', '대답이 없'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2, a: ['báo chất đống', 'mấy ngày không thấy', 'mấy hôm không thấy', 'mấy ngày không gặp', 'qua cửa sổ'], b: ['nằm im', 'nằm bất động', 'không động đậy', 'gọi không thưa', 'không phản ứng', 'nằm dưới sàn'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2, a: ['patrika thupri', 'पत्रिका थुप्रि', 'din dekhi dekhina', 'दिनदेखि देखिन', 'jhyal bata', 'झ्यालबाट'], b: ['ladeko', 'paltiraheko', 'chaldaina', 'boldaina', 'pratikriya chaina', 'लडेको', 'चल्दैन', 'बोल्दैन', 'प्रतिक्रिया छैन'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2, a: ['tambak na ang dyaryo', 'naiipon ang dyaryo', 'ilang araw nang hindi nakikita', 'ilang araw ko nang hindi nakikita', 'sumilip ako sa bintana', 'sa bintana'], b: ['nakahiga', 'hindi gumagalaw', 'di gumagalaw', 'walang sagot', 'hindi sumasagot', 'nakahandusay'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2, a: ['jornais acumulando', 'jornal acumulando', 'faz dias que não vejo', 'há dias não vejo', 'pela janela'], b: ['caído', 'caída', 'deitado no chão', 'deitada no chão', 'não se mexe', 'não responde'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2, a: ['koran numpuk', 'koran menumpuk', 'beberapa hari gak kelihatan', 'beberapa hari tidak kelihatan', 'dari jendela'], b: ['tergeletak', 'tidak bergerak', 'gak gerak', 'gak ada respon', 'tidak merespon'] }] },
    },
  },
  // Someone who lives alone not seen for days (a number of days, "for days", the mail box full or the
  // papers piling up) with a sign that something is wrong inside: a strange or rotten smell from the
  // door, flies at the window, no answer to the bell, a knock or the phone, the light or the TV on day
  // and night — a lone collapse or death (孤独死) the resident fears: 119/110 now. Days alone without a
  // sign, a smell alone (rubbish, cooking) and a death already found are not this.
  {
    name: 'someone living alone not seen for days, with a strange smell from the flat, flies, or no answer at the door or phone',
    into: 'unconscious, not responding, will not wake',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['何日も見かけ', 'なんにちもみかけ', '日も見かけ', 'にちもみかけ', '日見かけ', 'にちみかけ', 'もみかけな', 'も見かけな', 'しばらく見かけ', 'しばらくみかけ', 'ずっと見かけ', 'ずっとみかけ', '日も姿を見', 'もすがたをみ', '何日も顔を見', 'なんにちもかおをみ', '郵便受けがいっぱい', 'ゆうびんうけがいっぱい', 'ポストがいっぱい', 'ぽすとがいっぱい', '郵便物がたま', 'ゆうびんぶつがたま', '郵便物が溜ま', '新聞がたま', 'しんぶんがたま', '新聞が溜ま'],
        b: ['変なにおい', 'へんなにおい', '変な臭い', '嫌なにおい', 'いやなにおい', '嫌な臭い', '異臭', '腐ったようなにおい', 'くさったようなにおい', '腐ったような臭い', 'ひどいにおい', 'ひどい臭い', 'においがひど', '臭いがひど', 'ハエが', 'チャイムを押しても', 'ちゃいむをおしても', 'チャイムを鳴らしても', 'ちゃいむをならしても', 'ピンポンしても', 'ぴんぽんしても', 'インターホンを押しても', 'いんたーほんをおしても', 'ノックしても', 'のっくしても', 'ドアを叩いても', 'どあをたたいても', '声をかけても返事', 'こえをかけてもへんじ', '電話にも出な', 'でんわにもでな', '電気がつけっぱなし', 'でんきがつけっぱなし', 'テレビがつけっぱなし', 'てれびがつけっぱなし'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['havent seen...days', 'not seen...days', 'hasnt been seen...days', 'nobody has seen...days', 'no one has seen...days', 'no sign of...days', 'mailbox is full', 'mailbox full', 'letterbox is full', 'mail piling', 'mail is piling', 'post piling', 'post is piling', 'newspapers piling', 'newspapers are piling', 'papers piling'],
        b: ['strange smell', 'weird smell', 'bad smell', 'awful smell', 'horrible smell', 'terrible smell', 'funny smell', 'foul smell', 'rotten smell', 'smell coming from', 'smells like something', 'flies on the window', 'flies at the window', 'no answer at the door', 'no one answers the door', 'nobody answers the door', 'doesnt answer the door', 'wont answer the door', 'not answering the door', 'knocked...no answer', 'knocked...nobody', 'knocked...no one', 'rang the bell...no', 'rang the doorbell...no', 'phone just rings', 'lights on all', 'light on all', 'tv on all'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 2,
        a: ['好几天没看到', '好几天没见', '好几天没看见', '几天没看到', '几天没见到', '几天没看见', '几天没见过', '天没看到', '天没见到', '天没看见', '天没见过', '天都没看到', '天都没见', '好几天没动静', '天没动静', '信箱塞满', '信箱满了', '信箱都满', '邮箱塞满', '邮箱满了', '报纸堆', '报纸一直堆', '报纸积', '邮件堆'],
        b: ['异味', '怪味', '臭味', '很臭', '好臭', '奇怪的味道', '怪怪的味道', '难闻的味道', '腐烂的味道', '尸臭', '苍蝇', '敲门没人应', '敲门也没人', '敲门不应', '敲门没反应', '敲门也没反应', '敲门都没', '按门铃没人', '按门铃也没', '按门铃都没', '按门鈴没人', '按门鈴也没', '按门鈴都没', '没人开门', '没人应门', '电话也不接', '电话没人接', '电话都不接', '灯一直亮', '灯一直开着', '电视一直开着'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['며칠째 안 보', '며칠째 못 봤', '며칠째 못 본', '며칠 동안 안 보', '며칠 동안 못 봤', '며칠째 보이지', '며칠 동안 보이지', '일째 안 보', '일째 보이지', '일째 못 봤', '우편함이 꽉', '우편물이 쌓', '신문이 쌓'],
        b: ['이상한 냄새', '냄새가 이상', '썩은 냄새', '썩는 냄새', '악취', '고약한 냄새', '심한 냄새', '파리가', '문을 두드려도', '노크해도', '초인종을 눌러도', '벨을 눌러도', '인기척이 없', '불이 계속 켜져'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['mấy ngày không thấy', 'mấy hôm không thấy', 'mấy ngày nay không thấy', 'mấy hôm nay không thấy', 'ngày không thấy', 'hôm không thấy', 'ngày nay không thấy', 'mấy ngày không gặp', 'ngày không gặp', 'ngày chưa thấy', 'hộp thư đầy', 'hòm thư đầy', 'thư chất đống', 'báo chất đống'],
        b: ['mùi lạ', 'mùi hôi', 'mùi thối', 'bốc mùi', 'mùi khó chịu', 'nhiều ruồi', 'gõ cửa không', 'gõ cửa mãi', 'gọi cửa không', 'bấm chuông không', 'bấm chuông mãi', 'không ai mở cửa', 'không ai ra mở', 'gọi điện không nghe', 'gọi điện không bắt máy', 'đèn vẫn sáng', 'đèn sáng suốt'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['दिनदेखि देखिन', 'दिन देखि देखिन', 'दिनदेखि देखेको छैन', 'दिन भयो देखेको छैन', 'दिन भयो देखिएको छैन', 'din dekhi dekhina', 'din dekhi dekheko chaina', 'din dekhi dekheko chhaina', 'din bhayo dekheko chaina', 'din bhayo dekheko chhaina', 'पत्रिका थुप्रि', 'patrika thupri', 'चिठी थुप्रि', 'chithi thupri'],
        b: ['अनौठो गन्ध', 'नराम्रो गन्ध', 'कुहिएको गन्ध', 'गन्हाउँछ', 'गनाउँछ', 'anautho gandha', 'naramro gandha', 'kuhiyeko gandha', 'ganhauchha', 'ganhaucha', 'ganauchha', 'ganaucha', 'ढोका ढकढक्याउँदा', 'ढोका ढकढकाउँदा', 'ढोका खोल्दैन', 'कोही बोल्दैन', 'dhoka dhakdhakyauda', 'dhoka dhakdhakaunda', 'dhoka kholdaina', 'kohi boldaina', 'koi boldaina', 'फोन उठाउँदैन', 'phone uthaudaina'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['araw...hindi nakikita', 'araw...di nakikita', 'ilang araw nang hindi nakikita', 'ilang araw ko nang hindi nakikita', 'ilang araw na hindi nakikita', 'ilang araw na siyang hindi nakikita', 'araw nang di nakikita', 'araw na di nakikita', 'araw ko nang hindi nakikita', 'araw ko na siyang hindi nakikita', 'puno na ang mailbox', 'puno ang mailbox', 'tambak na ang dyaryo', 'naiipon ang dyaryo', 'naiipon ang sulat'],
        b: ['kakaibang amoy', 'mabahong amoy', 'may mabaho', 'ang baho', 'sobrang baho', 'amoy patay', 'amoy bulok', 'maraming langaw', 'kumatok ako...walang', 'kinatok ko...walang', 'kinakatok...walang', 'walang nagbubukas', 'hindi binubuksan', 'hindi sumasagot sa pinto', 'hindi sumasagot sa tawag', 'bukas pa ang ilaw', 'bukas ang ilaw buong'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['faz dias que não vejo', 'há dias não vejo', 'há dias que não vejo', 'não vejo...dias', 'não vi...dias', 'ninguém vê...dias', 'ninguém viu...dias', 'não aparece...dias', 'sumiu...dias', 'dias sem aparecer', 'dias sem ver', 'caixa de correio cheia', 'caixa de correio lotada', 'correspondência acumulada', 'cartas acumulando', 'jornais acumulando', 'jornal acumulando'],
        b: ['cheiro estranho', 'cheiro ruim', 'mau cheiro', 'cheiro de podre', 'cheiro forte vindo', 'fedor', 'fedendo', 'muitas moscas', 'bati na porta', 'batemos na porta', 'toquei a campainha', 'tocamos a campainha', 'ninguém atende a porta', 'não atende a porta', 'não atende o telefone', 'ninguém abre', 'luz acesa dia', 'tv ligada dia'] },
        // the door not answered for days, and the TV left on (loud) or a fall heard: «o vizinho idoso não atende a porta faz 2 dias, a
        // tv tá ligada alta e ontem ouvi um barulho de queda»
        { reach: 80, acrossSentences: 2,
          a: ['não atende a porta...dias', 'não abre a porta...dias', 'ninguém atende a porta...dias', 'ninguém abre a porta...dias', 'não atende a campainha...dias', 'não responde...dias', 'não sai de casa...dias'],
          b: ['tv ligada', 'tv tá ligada', 'tv ta ligada', 'tv está ligada', 'televisão ligada', 'televisão tá ligada', 'televisao ta ligada', 'barulho de queda', 'barulho de algo caindo', 'barulho de alguém caindo', 'ouvi um baque', 'ouvi uma queda', 'ouvi algo cair', 'ouvi um barulho forte', 'luz acesa', 'luz tá acesa', 'luz ta acesa', 'luz está acesa', 'luz fica acesa', 'luz ligada'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['hari gak kelihatan', 'hari ga kelihatan', 'hari nggak kelihatan', 'hari tidak kelihatan', 'hari gak keliatan', 'hari ga keliatan', 'hari nggak keliatan', 'hari tidak terlihat', 'hari gak muncul', 'hari tidak muncul', 'hari gak ada kabar', 'hari tidak ada kabar', 'hari gak lihat', 'hari tidak melihat', 'hari gak ngeliat', 'kotak suratnya penuh', 'kotak surat penuh', 'kotak posnya penuh', 'koran numpuk', 'koran menumpuk', 'surat numpuk', 'surat menumpuk'],
        b: ['bau aneh', 'bau busuk dari', 'bau bangkai', 'bau tidak sedap', 'bau gak enak', 'bau menyengat', 'banyak lalat', 'diketuk gak ada', 'diketok gak ada', 'diketuk tidak ada', 'diketok tidak ada', 'diketuk ga ada', 'diketok ga ada', 'gak ada jawaban', 'tidak ada jawaban', 'ga ada jawaban', 'gak ada yang jawab', 'tidak ada yang menjawab', 'gak ada yang buka', 'tidak ada yang buka', 'tidak ada yang membuka', 'ditelpon gak diangkat', 'ditelepon tidak diangkat', 'lampunya nyala terus'] }] },
    },
  },
];

// ── crisis-30 (people writing in a role): a lone resident behind a door that nobody opens ──
// The door, the bell, the intercom or the phone not answered (a home helper, a landlord, a care manager,
// a delivery person reporting it, often in honorific or hedged forms: 「応答されません」, «không ra mở cửa»).
// (Not "there was an answer", nor an office or a counter that does not answer: a sign from inside must come too.)
// biome-ignore format: word lists stay on a few lines
const NO_ANSWER = {
  ja: ['チャイムにも', 'チャイムを押しても', 'チャイム押しても', 'インターホン押しても', 'いんたーほんおしても', 'ピンポンしても', 'ぴんぽんしても', '押しても出てこな', 'おしてもでてこな', 'チャイムを鳴らしても', '呼び鈴を鳴らしても', 'よびりんをならしても', 'インターホンにも', 'インターホンを押しても', 'インターホンを鳴らしても', '応答がな', '応答があり...せん', '応答はあり...せん', '応答され...せん', '応答しな', '応答なし', 'おうとうがな', 'おうとうがありません', 'おうとうしな', '電話にも出', '電話に出な', '電話に出られ', '電話に出ま...せん', 'でんわにもで', 'でんわにでな', 'でんわにでません', 'でんわにでられ', '返事がな', '返事があり...せん', '返事はあり...せん', '返事もな', 'へんじがな', 'へんじがありません', 'へんじはありません', 'ノックしても', 'のっくしても', 'ドアを叩いても', 'どあをたたいても', '呼びかけても', 'よびかけても', '声をかけても', 'こえをかけても', '出てこな', 'でてこな', '出てこられ', 'でてこられ', 'ドアを開けな', 'どあをあけな', '開けてくれな', 'あけてくれな'],
  en: ['not answering', 'isnt answering', 'hasnt answered', 'havent been able to reach', 'cant reach her', 'cant reach him', 'doesnt answer', 'didnt answer', 'wont answer', 'no answer', 'no response', 'not responding', 'isnt responding', 'nobody came to the door', 'no one came to the door', 'didnt come to the door', 'doesnt come to the door', 'hasnt come to the door', 'wont come to the door', 'not coming to the door', 'nobody answers', 'no one answers', 'nobody answered', 'no one answered', 'nobody opened', 'no one opened', 'not picking up', 'isnt picking up', 'hasnt picked up', 'didnt pick up', 'not opening the door', 'doesnt open the door', 'wont open the door', 'didnt open the door'],
  zh: ['不开门', '没开门', '没人开门', '也不开门', '都不开门', '没人应', '没回应', '没有回应', '都没回应', '没应答', '没有应答', '无人应答', '没人回应', '电话也不接', '电话不接', '电话没人接', '电话都不接', '不接电话', '没接电话', '电话也没人接', '打电话也没', '敲门没', '敲门也没', '敲门都没', '按门铃没', '按门铃都没', '按门铃也没', '叫也不应', '喊也不应'],
  ko: ['응답이 없', '응답도 없', '응답을 안', '대답이 없', '대답도 없', '대답을 안', '인기척이 없', '인기척도 없', '전화를 안 받', '전화도 안 받', '전화를 받지 않', '전화도 받지 않', '문을 안 열', '문을 열지 않', '문도 안 열', '반응이 없', '반응도 없'],
  vi: ['không ra mở cửa', 'không mở cửa', 'không ai mở cửa', 'không ai ra mở', 'không ai trả lời', 'không thấy trả lời', 'không trả lời', 'không nghe máy', 'không bắt máy', 'không ai nghe máy', 'gõ cửa mãi không', 'gọi mãi không', 'bấm chuông không'],
  ne: ['ढोका खोल्नुभएन', 'ढोका खोल्नु भएन', 'ढोका खोलेनन्', 'ढोका खोलेन', 'ढोका खोल्दैन', 'ढोका खोल्नुहुन्न', 'फोन उठाउनुभएन', 'फोन उठाउनु भएन', 'फोन उठाएनन्', 'फोन उठाएन', 'फोन उठाउँदैन', 'फोन उठाउनुहुन्न', 'कोही बोल्दैन', 'कोही बोलेन', 'जवाफ आएन', 'जवाफ दिनुभएन', 'जवाफ छैन', 'dhoka kholnu bhayena', 'dhoka kholena', 'dhoka kholdaina', 'phone uthaunu bhayena', 'phone uthayena', 'phone uthaudaina', 'kohi boldaina', 'koi boldaina', 'jawaf aayena', 'jawab aayena'],
  tl: ['hindi sumasagot', 'di sumasagot', 'hindi na sumasagot', 'di na sumasagot', 'walang sumasagot', 'walang nagbubukas', 'hindi nagbubukas', 'hindi binubuksan', 'di binubuksan', 'walang sagot', 'hindi sinasagot', 'di sinasagot', 'hindi niya sinasagot', 'hindi nila sinasagot'],
  pt: ['não atende', 'ninguém atende', 'não abre a porta', 'ninguém abre', 'não abriu a porta', 'ninguém abriu', 'não responde', 'não respondeu', 'ninguém responde', 'ninguém respondeu', 'sem resposta', 'nenhuma resposta'],
  id: ['tidak membuka pintu', 'gak buka pintu', 'ga buka pintu', 'nggak buka pintu', 'tidak dibuka', 'gak dibuka', 'tidak ada yang menjawab', 'tidak ada yang membuka', 'gak ada yang buka', 'gak ada yang jawab', 'tidak ada jawaban', 'tidak ada respon', 'gak ada respon', 'tidak diangkat', 'gak diangkat', 'ga diangkat', 'nggak diangkat', 'tidak menjawab', 'gak jawab', 'ga jawab'],
} as const;
// A sign from inside: a body, feet or legs glimpsed (through a window, a gap, the letterbox), someone lying in
// the hall, moaning or groaning heard. (Moaning in English is also grumbling: only the sound heard counts.)
// biome-ignore format: word lists stay on a few lines
const SIGN_INSIDE = {
  ja: ['足だけが見え', '足だけ見え', '足が見え', 'あしがみえ', 'あしだけがみえ', 'あしだけみえ', '足のようなもの', 'あしのようなもの', '人の足', 'ひとのあし', '人が倒れ', 'ひとがたおれ', '倒れているのが見え', 'たおれているのがみえ', '倒れている人', 'たおれているひと', '人が横たわ', '横たわってい', 'よこたわってい', '人が寝ているのが見え', 'うめき声', 'うめきごえ', 'うめいてい', '呻き声', '呻いてい', 'うなり声', 'うなりごえ', '唸り声', 'うなっている声', 'うーうーと'],
  en: ['his feet', 'her feet', 'a pair of feet', 'someones feet', 'somebodys feet', 'see feet', 'saw feet', 'his legs on', 'her legs on', 'someone lying', 'somebody lying', 'a person lying', 'someone on the floor', 'somebody on the floor', 'lying in the hall', 'lying in the corridor', 'lying in the kitchen', 'lying on the floor', 'a body on the floor', 'heard groaning', 'hear groaning', 'heard moaning', 'hear moaning', 'groaning from', 'moaning from', 'groaning inside', 'moaning inside', 'groaning behind', 'moaning behind', 'groaning sound', 'moaning sound', 'groans from', 'moans from', 'weak groan', 'faint groan', 'faint moan'],
  zh: ['一双脚', '有双脚', '有脚露', '看到脚', '看见脚', '看到一只脚', '有人倒在', '有人躺在', '人躺在地上', '人倒在地上', '躺在地上', '倒在地上', '倒在走廊', '躺在走廊', '呻吟', '哼哼的声音', '哼哼声'],
  ko: ['발이 보', '발만 보', '다리가 보', '다리만 보', '누워 계신', '누워 있는 게 보', '누워 있는 것이 보', '쓰러져 계신', '쓰러져 있는 게 보', '쓰러져 있는 것 같', '신음', '앓는 소리', '끙끙'],
  vi: ['đôi chân', 'bàn chân', 'thấy chân', 'có chân', 'có người nằm', 'người nằm trên sàn', 'người nằm dưới sàn', 'nằm trên sàn', 'nằm dưới sàn', 'nằm sõng soài', 'tiếng rên', 'rên rỉ bên trong', 'tiếng kêu yếu ớt'],
  ne: ['खुट्टा देखि', 'खुट्टा देख', 'खुट्टा मात्र देख', 'भुइँमा लडेको', 'भुइँमा ढलेको', 'भुइँमा पल्टि', 'कोही लडिरहेको', 'कुँथिएको', 'कुँथिरहेको', 'कुँथाइ', 'कनेको आवाज', 'कन्दै', 'khutta dekhi', 'khutta dekh', 'bhuin ma ladeko', 'bhuima ladeko', 'kuthiyeko', 'kunthiyeko', 'kuthiraheko', 'kaneko awaj', 'kaneko aawaj'],
  tl: ['may paa', 'paa na nakikita', 'nakita ko ang paa', 'nakita ko ang mga paa', 'paa niya', 'mga paa', 'nakahiga sa sahig', 'nakahandusay', 'nakabulagta', 'umuungol', 'ungol', 'dumadaing', 'daing'],
  pt: ['os pés dela', 'os pés dele', 'uns pés', 'um pé no chão', 'as pernas dela', 'as pernas dele', 'alguém caído', 'alguém deitado', 'caído no chão', 'caída no chão', 'caído no corredor', 'caída no corredor', 'gemidos', 'gemendo', 'gemido', 'gemer'],
  id: ['ada kaki', 'kelihatan kaki', 'terlihat kaki', 'lihat kaki', 'kaki di lantai', 'kakinya di lantai', 'orang tergeletak', 'tergeletak', 'terbaring di lantai', 'erangan', 'mengerang', 'merintih', 'rintihan'],
} as const;
// Signs of days gone by behind the door: the newspapers or mail piling up (a count of days between), the TV
// or the light on day and night.
// biome-ignore format: word lists stay on a few lines
const DAYS_PILED = {
  ja: ['新聞が...たま', '新聞が...溜ま', 'しんぶんが...たま', '郵便物が...たま', '郵便物が...溜ま', 'ゆうびんぶつが...たま', '郵便受けがいっぱい', 'ゆうびんうけがいっぱい', '新聞受けがいっぱい', 'テレビがつけっぱなし', 'てれびがつけっぱなし', '電気がつけっぱなし', 'でんきがつけっぱなし', 'テレビがつきっぱなし', '電気がつきっぱなし'],
  en: ['mail has piled up', 'mail piled up', 'post has piled up', 'post piled up', 'papers have piled up', 'newspapers have piled up', 'newspapers piled up', 'papers piled up', 'mail has been piling', 'papers have been piling', 'newspapers have been piling', 'tv is on day and night', 'tv on day and night', 'tv has been on for', 'light has been on for', 'lights on day and night', 'light on day and night'],
  zh: ['报纸已经堆', '报纸堆了', '报纸积了', '信件堆了', '邮件堆了', '信箱塞满', '电视一直开着', '电视日夜开着', '灯日夜亮着', '灯一直亮着'],
  ko: ['신문이 쌓여', '신문이 며칠째', '신문이 닷새', '신문이 나흘', '신문이 사흘', '우편물이 쌓여', '우편함이 꽉', '티비가 계속 켜져', 'tv가 계속 켜져', '불이 계속 켜져', '밤낮으로 켜져'],
  vi: ['báo chất đống', 'thư chất đống', 'báo để đầy', 'thư để đầy', 'tivi bật suốt', 'ti vi bật suốt', 'tivi bật cả ngày', 'đèn sáng suốt'],
  ne: ['पत्रिका थुप्रि', 'चिठी थुप्रि', 'patrika thupri', 'chithi thupri', 'टिभी दिनरात', 'बत्ती दिनरात', 'tv dinrat', 'batti dinrat'],
  tl: ['tambak na ang dyaryo', 'naiipon ang dyaryo', 'naipon ang dyaryo', 'naiipon ang sulat', 'naipon ang sulat', 'tambak ang sulat', 'bukas ang tv buong', 'bukas ang ilaw buong'],
  pt: ['jornais acumulados', 'jornais acumulando', 'jornal acumulado', 'correspondência acumulada', 'cartas acumuladas', 'cartas acumulando', 'tv ligada dia e noite', 'luz acesa dia e noite'],
  id: ['koran numpuk', 'koran menumpuk', 'surat numpuk', 'surat menumpuk', 'tv nyala terus', 'tvnya nyala terus', 'lampunya nyala terus', 'lampu nyala terus'],
} as const;

// ── pass 26, helper C3: a sudden loss of function, and a neighbour unseen for days ──
// biome-ignore format: word lists stay on a few lines
const SUDDEN_ONSET = {
  ja: ['急に', 'きゅうに', '突然', 'とつぜん', 'いきなり', '今朝から', 'けさから', 'さっきから', '朝起きたら', 'あさおきたら'],
  en: ['suddenly', 'all of a sudden', 'since this morning', 'this morning', 'out of nowhere', 'just now', 'an hour ago', 'since last night', 'woke up and'],
  zh: ['突然', '忽然', '一下子', '今天早上', '早上起来', '刚才', '刚刚', '今早'],
  ko: ['갑자기', '오늘 아침부터', '아침부터', '방금', '아침에 일어나니'],
  vi: ['đột nhiên', 'tự nhiên', 'bỗng nhiên', 'bỗng dưng', 'sáng nay', 'từ sáng', 'đột ngột'],
  ne: ['achanak', 'ekkasi', 'ekkasii', 'अचानक', 'एक्कासि', 'एक्कासी', 'bihana dekhi', 'बिहानदेखि', 'बिहान देखि'],
  tl: ['biglang', 'bigla', 'kaninang umaga', 'mula kaninang umaga', 'paggising'],
  pt: ['de repente', 'do nada', 'desde hoje de manhã', 'desde cedo', 'hoje de manhã', 'agora há pouco', 'acordou e'],
  id: ['tiba tiba', 'mendadak', 'sejak tadi pagi', 'tadi pagi', 'barusan', 'bangun tidur'],
} as const;
// biome-ignore format: word lists stay on a few lines
const FUNCTION_LOST = {
  ja: ['歩けなくな', 'あるけなくな', '立てなくな', 'たてなくな', '立ち上がれなくな', 'たちあがれなくな', 'しゃべれなくな', '話せなくな', 'はなせなくな', '言葉が出な', 'ことばがでな', '片側がしびれ', 'かたがわがしびれ', '半身がしびれ', 'はんしんがしびれ', '半身が動かな', 'はんしんがうごかな', '片方の手足', 'かたほうのてあし', 'ろれつ', '呂律'],
  en: ['cant walk', 'cannot walk', 'unable to walk', 'can not walk', 'cant stand up', 'cannot stand up', 'unable to stand', 'cant speak', 'cannot speak', 'unable to speak', 'cant move his', 'cant move her', 'cant move one', 'numb on one side', 'one side is numb', 'one side numb', 'one side of his body', 'one side of her body', 'half his body', 'half her body', 'slurring', 'slurred', 'his legs gave out', 'her legs gave out'],
  zh: ['走不了路', '不能走路', '没法走路', '不会走路了', '站不起来', '说不出话', '不会说话', '说话不清', '口齿不清', '半边身子麻', '一边身子麻', '半身麻', '一侧麻木', '半边麻', '手脚不能动', '嘴歪', '脸歪'],
  ko: ['못 걸', '걷지 못', '걸을 수 없', '일어서지 못', '못 일어나', '말을 못', '말이 안 나', '발음이 어눌', '한쪽이 저리', '한쪽 팔', '한쪽 다리', '반신이 마비', '한쪽이 마비', '얼굴이 비뚤', '입이 돌아'],
  vi: ['không đi được', 'không đi lại được', 'không đứng được', 'không đứng dậy được', 'không nói được', 'nói ngọng', 'nói lắp bắp', 'tê một bên', 'tê nửa người', 'yếu nửa người', 'méo miệng', 'méo mặt', 'liệt nửa người'],
  ne: ['hidna sakdaina', 'hidna sakena', 'hinda sakdaina', 'hidna sakdainan', 'bolna sakdaina', 'bolna sakena', 'bolna sakdainan', 'uthna sakdaina', 'हिँड्न सक्दैन', 'हिड्न सक्दैन', 'हिँड्न सक्नुहुन्न', 'बोल्न सक्दैन', 'बोल्न सक्नुहुन्न', 'उठ्न सक्दैन', 'mukh bango', 'मुख बाङ्गो'],
  tl: ['hindi makalakad', 'di makalakad', 'hindi na makalakad', 'hindi makatayo', 'di makatayo', 'hindi makapagsalita', 'di makapagsalita', 'bulol magsalita', 'namamanhid ang isang', 'manhid ang kalahati', 'manhid ang isang', 'ngiwi ang mukha', 'tabingi ang mukha', 'tabingi ang bibig'],
  pt: ['não consegue andar', 'não consegue mais andar', 'não conseguia andar', 'não consegue ficar em pé', 'não consegue levantar', 'não consegue falar', 'não fala direito', 'fala enrolada', 'falando enrolado', 'falando enrolada', 'dormência de um lado', 'dormente de um lado', 'um lado dormente', 'lado do corpo dormente', 'metade do corpo', 'boca torta', 'rosto torto', 'rosto caído'],
  id: ['tidak bisa jalan', 'gak bisa jalan', 'ga bisa jalan', 'nggak bisa jalan', 'tidak bisa berjalan', 'tidak bisa berdiri', 'gak bisa berdiri', 'tidak bisa bicara', 'gak bisa ngomong', 'ga bisa ngomong', 'bicara pelo', 'ngomongnya pelo', 'kesemutan sebelah', 'mati rasa sebelah', 'sebelah badan', 'wajah mencong', 'mulut mencong', 'mulutnya mencong', 'lumpuh sebelah'],
} as const;
// biome-ignore format: word lists stay on a few lines
const SIDE_NUMB = {
  ja: ['ろれつが回らな', 'ろれつがまわらな', '呂律が回らな', '体の片側がしびれ', 'からだのかたがわがしびれ', '顔の半分が動かな', 'かおのはんぶんがうごかな'],
  en: ['numb on one side', 'one side of his body is numb', 'one side of her body is numb', 'one side of my body is numb', 'half of his body is numb', 'half of her body is numb', 'his face is drooping', 'her face is drooping', 'face drooping'],
  zh: ['半边身子发麻', '一边身子发麻', '半边脸不能动', '口齿突然不清'],
  ko: ['한쪽 몸이 마비', '몸 한쪽이 마비', '몸 한쪽이 저려', '얼굴 한쪽이 처져'],
  vi: ['tê liệt nửa người', 'nửa mặt bị méo'],
  ne: ['शरीरको एकातिर झमझम', 'एकातिरको शरीर चल्दैन'],
  tl: ['manhid ang kalahati ng katawan', 'hindi maigalaw ang kalahati ng katawan'],
  pt: ['um lado do corpo dormente', 'metade do corpo dormente', 'metade do rosto caída'],
  id: ['separuh badan mati rasa', 'sebelah badan lumpuh', 'sebelah badan mati rasa'],
} as const;
// biome-ignore format: word lists stay on a few lines
const NOT_SEEN_FOR_DAYS = {
  ja: ['何日も見かけ', 'なんにちもみかけ', '日も見かけ', 'にちもみかけ', 'しばらく見かけ', 'しばらくみかけ', 'ずっと見かけ', 'ずっとみかけ', '何日も姿を見', 'なんにちもすがたをみ', '何日も会って', 'なんにちもあって', '日も顔を見', 'にちもかおをみ'],
  en: ['havent seen...days', 'not seen...days', 'hasnt been seen...days', 'havent seen...a week', 'havent seen...in a while', 'no sign of...days', 'nobody has seen...days', 'no one has seen...days', 'hasnt come out...days'],
  zh: ['好几天没看到', '好几天没见', '几天没看到', '几天没见到', '几天没见', '天没看到', '天没见到', '天没见过', '好几天没出门', '一个星期没看到', '一周没见', '好久没看到'],
  ko: ['며칠째 안 보', '며칠째 못 봤', '며칠 동안 안 보', '며칠 동안 못 봤', '며칠째 보이지', '일째 안 보', '일째 보이지', '일째 못 봤', '일주일째 안 보', '며칠째 안 나오'],
  vi: ['mấy ngày không thấy', 'mấy hôm không thấy', 'mấy ngày nay không thấy', 'ngày không thấy', 'hôm không thấy', 'mấy ngày không gặp', 'ngày chưa thấy', 'cả tuần không thấy'],
  ne: ['दिनदेखि देखिन', 'दिन देखि देखिन', 'दिनदेखि देखेको छैन', 'दिन भयो देखेको छैन', 'din dekhi dekhina', 'din dekhi dekheko chaina', 'din dekhi dekheko chhaina', 'din bhayo dekheko chaina', 'din bhayo dekheko chhaina'],
  tl: ['araw...hindi nakikita', 'araw...di nakikita', 'ilang araw nang hindi nakikita', 'ilang araw ko nang hindi nakikita', 'ilang araw na hindi nakikita', 'araw nang di nakikita', 'araw ko na siyang hindi nakikita'],
  pt: ['faz dias que não vejo', 'há dias não vejo', 'há dias que não vejo', 'não vejo...dias', 'não vi...dias', 'ninguém vê...dias', 'ninguém viu...dias', 'não aparece...dias', 'dias sem aparecer', 'dias sem ver'],
  id: ['hari gak kelihatan', 'hari ga kelihatan', 'hari nggak kelihatan', 'hari tidak kelihatan', 'hari gak keliatan', 'hari tidak terlihat', 'hari gak muncul', 'hari tidak muncul', 'hari gak lihat', 'hari tidak melihat'],
} as const;
// biome-ignore format: word lists stay on a few lines
const LIGHTS_ON_ALL_DAY = {
  ja: ['電気がついたまま', 'でんきがついたまま', '電気がずっとつい', 'でんきがずっとつい', '一日中電気', 'いちにちじゅうでんき', '電気がつけっぱなし', 'でんきがつけっぱなし', 'テレビがつけっぱなし', 'てれびがつけっぱなし'],
  en: ['lights on all day', 'light on all day', 'lights have been on', 'light has been on', 'lights on day and night', 'light on day and night', 'tv on all day', 'tv on day and night', 'tv has been on'],
  zh: ['灯一直亮', '灯一直开着', '整天开着灯', '灯整天亮', '灯日夜亮着', '电视一直开着', '电视日夜开着'],
  ko: ['불이 계속 켜져', '하루 종일 불이 켜져', '밤낮으로 켜져', '티비가 계속 켜져', 'tv가 계속 켜져'],
  vi: ['đèn sáng cả ngày', 'đèn bật cả ngày', 'đèn sáng suốt', 'tivi bật suốt', 'ti vi bật suốt', 'tivi bật cả ngày'],
  ne: ['बत्ती दिनभर', 'batti dinbhar', 'बत्ती दिनरात', 'batti dinrat', 'टिभी दिनरात', 'tv dinrat'],
  tl: ['bukas ang ilaw buong araw', 'bukas ang ilaw buong', 'bukas ang tv buong'],
  pt: ['luz acesa o dia todo', 'luz acesa dia e noite', 'tv ligada dia e noite', 'tv ligada o dia todo'],
  id: ['lampu nyala seharian', 'lampunya nyala seharian', 'lampu nyala terus', 'lampunya nyala terus', 'tv nyala terus', 'tvnya nyala terus'],
} as const;

// ── pass 27: low blood sugar now; black stool with faintness; bleeding told in pieces; a towel soaked ──
// A diabetic, on insulin or tablets (the illness named; the signs below say it is now).
// biome-ignore format: word lists stay on a few lines
const DIABETIC = {
  ja: ['糖尿病', 'とうにょうびょう', 'インスリン', 'いんすりん', '血糖', 'けっとう'],
  en: ['diabetic', 'diabetes', 'insulin', 'blood sugar', 'hypo$'],
  zh: ['糖尿病', '胰岛素', '血糖'],
  ko: ['당뇨', '인슐린', '혈당'],
  vi: ['tiểu đường', 'đái tháo đường', 'insulin', 'đường huyết'],
  ne: ['मधुमेह', 'चिनीरोग', 'सुगर', 'इन्सुलिन', 'diabetes', 'sugar ko rog', 'madhumeha', 'insulin', 'chini rog'],
  tl: ['diabetic', 'diabetes', 'insulin', 'may sugar', 'sugar niya'],
  pt: ['diabétic', 'diabete', 'insulina', 'glicose', 'glicemia'],
  id: ['diabetes', 'kencing manis', 'insulin', 'gula darah', 'gula darahnya'],
} as const;
// …and now drenched in a cold sweat, only groaning, unable to answer or swallow, limp (a low sugar now; shaking or
// sweating alone is not here: a tremor or night sweats are asked about every day).
// biome-ignore format: word lists stay on a few lines
const LOW_SUGAR_NOW = {
  ja: ['呼んでも返事', 'よんでもへんじ', '返事ができな', 'へんじができな', '返事をしな', 'うーうー', '飲み込めな', 'のみこめな', 'ぐったり', '冷や汗', 'ひやあせ', '汗びっしょり', 'あせびっしょり', '意識がな', 'いしきがな', 'もうろう'],
  en: ['drenched in sweat', 'soaked in sweat', 'cold sweat', 'pouring sweat', 'sweating and shaking', 'shaking and sweating', 'cant answer', 'not answering me', 'only groaning', 'just groaning', 'cant swallow', 'wont swallow', 'unable to swallow', 'limp$', 'floppy', 'barely conscious', 'not responding'],
  zh: ['满头大汗', '一身冷汗', '冷汗', '叫她不应', '叫他不应', '叫也不应', '叫了没反应', '只会哼', '咽不下去', '吞不下去', '软绵绵', '瘫软', '没反应', '迷迷糊糊'],
  ko: ['식은땀', '땀에 흠뻑', '땀범벅', '불러도 대답', '대답을 못', '웅얼', '삼키지 못', '못 삼키', '축 늘어', '반응이 없', '의식이 없'],
  vi: ['mồ hôi ướt', 'vã mồ hôi', 'toát mồ hôi', 'mồ hôi lạnh', 'ú ớ', 'không trả lời được', 'gọi không trả lời', 'không nuốt được', 'lả đi', 'lả người', 'mềm nhũn', 'lơ mơ', 'không phản ứng'],
  ne: ['pasina le bhij', 'chiso pasina', 'jawaf dina sakdaina', 'jawaf dina saknu', 'nilna sakdaina', 'nilna saknu', 'पसिनाले भिज', 'चिसो पसिना', 'जवाफ दिन सक्दैन', 'निल्न सक्दैन'],
  tl: ['pawis na pawis', 'basang basa ng pawis', 'malamig na pawis', 'hindi makasagot', 'di makasagot', 'ungol lang', 'umuungol lang', 'hindi makalunok', 'di makalunok', 'lupaypay', 'hindi sumasagot'],
  pt: ['suando frio', 'suor frio', 'encharcad de suor', 'ensopad de suor', 'não consegue responder', 'não responde', 'só geme', 'só gemendo', 'não consegue engolir', 'molinha', 'molinho'],
  id: ['keringat dingin', 'basah keringat', 'basah kuyup keringat', 'gak bisa jawab', 'tidak bisa menjawab', 'ga bisa jawab', 'cuma mengerang', 'gak bisa nelen', 'tidak bisa menelan', 'lunglai', 'tidak merespon', 'gak respon'],
} as const;
// Black, tarry stool (bleeding high in the gut)…
// biome-ignore format: word lists stay on a few lines
const BLACK_STOOL = {
  ja: ['黒い便', 'くろいべん', '便が黒', 'べんがくろ', 'タール便', 'たーるべん', '真っ黒な便', '黒いうんち', 'くろいうんち', 'うんちが黒', 'うんちがくろ'],
  en: ['black stool', 'black stools', 'black poo', 'black poop', 'tarry stool', 'stool is black', 'stools are black', 'poo is black', 'poop is black', 'black tarry'],
  zh: ['黑便', '大便是黑', '大便发黑', '大便黑色', '拉黑色', '柏油样'],
  ko: ['검은 변', '까만 변', '변이 검', '변이 까맣', '흑변', '짜장 같은 변'],
  vi: ['phân đen', 'phân màu đen', 'đi cầu ra đen', 'đi ngoài ra đen'],
  ne: ['कालो दिसा', 'दिसा कालो', 'kalo disa', 'disa kalo', 'kaalo disa'],
  tl: ['itim na dumi', 'itim ang dumi', 'itim na tae', 'itim ang tae', 'itim ang poop'],
  pt: ['fezes pretas', 'fezes escuras', 'cocô preto', 'fezes cor de borra', 'fezes cor de café'],
  id: ['bab hitam', 'feses hitam', 'tinja hitam', 'kotoran hitam', 'eek hitam', 'pup hitam', 'bab nya hitam'],
} as const;
// …with faintness, dizziness on standing, pallor or a collapse.
// biome-ignore format: word lists stay on a few lines
const FAINT = {
  ja: ['ふらふら', 'フラフラ', 'ふらつ', 'めまい', '目まい', '立ちくらみ', 'たちくらみ', '気が遠', 'きがとお', '顔色が悪', 'かおいろがわる', '真っ青', 'まっさお', '倒れ', 'たおれ'],
  en: ['dizzy', 'lightheaded', 'light headed', 'faint', 'fainted', 'passed out', 'pale$', 'collapsed', 'cant stand'],
  zh: ['头晕', '头昏', '站不稳', '晕倒', '脸色苍白', '眼前发黑', '发晕'],
  ko: ['어지러', '어지럽', '핑 돌', '쓰러', '창백'],
  vi: ['chóng mặt', 'choáng', 'xây xẩm', 'ngất', 'xanh xao', 'mặt tái'],
  ne: ['रिंगटा', 'रिङ्गटा', 'चक्कर', 'बेहोस', 'ringata', 'rigata', 'chakkar', 'behos', 'ring lag'],
  tl: ['nahihilo', 'hilo$', 'nahimatay', 'maputla', 'namumutla', 'parang mahihimatay'],
  pt: ['tontura', 'tonta$', 'tonto$', 'desmai', 'pálid'],
  id: ['pusing', 'kliyengan', 'pingsan', 'pucat', 'berkunang'],
} as const;
// A towel, a cloth or gauze soaked through with blood (what one holds to a wound that keeps bleeding).
// biome-ignore format: word lists stay on a few lines
const SOAKED_WITH_BLOOD = {
  ja: ['タオルが血で', 'たおるがちで', 'タオルが血だらけ', 'たおるがちだらけ', 'タオルが血まみれ', 'タオルが真っ赤', 'たおるがまっか', 'タオル まっか', 'たおる まっか', 'タオル真っ赤', 'タオルまっか', 'ガーゼが真っ赤', '血がタオルに染み', 'ちがたおるにし'],
  en: ['towel is soaked with blood', 'towel soaked with blood', 'towel soaked in blood', 'soaked through the towel', 'blood soaked through', 'soaked the towel', 'soaking the towel', 'soaking through the towel', 'bled through the towel', 'towel is red with blood', 'towel is full of blood'],
  zh: ['毛巾都染红', '毛巾全红了', '毛巾都红了', '毛巾都是血', '血浸透了毛巾', '血把毛巾', '毛巾被血'],
  ko: ['수건이 피로', '수건이 빨갛게', '수건에 피가 흥건', '수건이 피범벅', '수건이 피투성이', '수건까지 피'],
  vi: ['khăn thấm đầy máu', 'khăn ướt đẫm máu', 'máu thấm ướt khăn', 'máu thấm qua khăn', 'khăn đỏ hết', 'khăn đầy máu'],
  ne: ['रुमाल रगतले भिज', 'तौलिया रगतले भिज', 'कपडा रगतले भिज', 'towel ragat le bhij', 'rumal ragat le bhij', 'kapada ragat le bhij'],
  tl: ['basang basa ng dugo ang tuwalya', 'puno ng dugo ang tuwalya', 'tuwalya puno ng dugo', 'tagos na ang dugo sa tuwalya', 'duguan na ang tuwalya'],
  pt: ['toalha encharcada de sangue', 'toalha ensopada de sangue', 'encharcou a toalha', 'ensopou a toalha', 'toalha toda vermelha', 'toalha ficou vermelha de sangue', 'sangue atravessou a toalha'],
  id: ['handuk basah kena darah', 'handuknya penuh darah', 'handuk penuh darah', 'darah tembus handuk', 'handuknya merah semua', 'darahnya membasahi handuk'],
} as const;
// A lot of blood coming, told in pieces in plain or easy Japanese («ち が いっぱい でる。 とまらない。»)…
// biome-ignore format: word lists stay on a few lines
const JA_MUCH_BLOOD = ['ち が いっぱい', 'ち いっぱい', 'ちが いっぱい', 'ちがいっぱい', 'ち が たくさん', 'ち たくさん', 'ちが たくさん', 'ちがたくさん', 'ち が どんどん', 'ちがどんどん', '血がいっぱい', '血がたくさん', '血がどんどん', '血いっぱい', '血が大量'];
const JA_WONT_STOP = ['とまらない', 'とまりません', 'とまらなく', '止まらない', '止まりません', '止まらなく'];
// The TV or a voice heard inside a lone resident's home whose door or phone goes unanswered: someone is home.
// biome-ignore format: word lists stay on a few lines
const HOME_BUT_SILENT = {
  ja: ['テレビの音', 'てれびのおと', '中でテレビ', 'なかでテレビ', 'なかでてれび', 'テレビがついて', 'てれびがついて', '電気がついて', 'でんきがついて'],
  en: ['hear the tv', 'tv is on inside', 'tv on inside', 'the tv is on', 'lights are on inside', 'light is on inside'],
  zh: ['电视的声音', '电视声', '电视开着', '灯开着', '灯亮着'],
  ko: ['티비 소리', 'tv 소리', '텔레비전 소리', '티비가 켜져', 'tv가 켜져', '불이 켜져'],
  vi: ['tiếng tivi', 'tiếng ti vi', 'tivi vẫn bật', 'ti vi vẫn bật', 'đèn vẫn sáng', 'đèn vẫn bật'],
  ne: ['टिभीको आवाज', 'बत्ती बलिरहेको', 'tv ko awaj', 'tv ko aawaj', 'batti baliraheko'],
  tl: ['naririnig ang tv', 'bukas ang tv', 'bukas ang ilaw'],
  pt: ['tv ligada', 'barulho da tv', 'som da tv', 'luz acesa'],
  id: ['suara tv', 'tv nyala', 'tvnya nyala', 'lampu nyala', 'lampunya nyala'],
} as const;
// Collapsed or not speaking, and not breathing properly, in romanised and Devanagari Nepali.
// biome-ignore format: word lists stay on a few lines
const DOWN_NE = ['ladnu bhayo', 'ladnubhayo', 'ladyo', 'ladeko', 'dhalnu bhayo', 'dhalyo', 'behosh', 'behos', 'boldainu', 'boldaina', 'boldainan', 'bolnu hunna', 'लड्नुभयो', 'लड्नु भयो', 'ढल्नुभयो', 'ढल्यो', 'बेहोस', 'बोल्दैन', 'बोल्नुहुन्न'];
// biome-ignore format: word lists stay on a few lines
const BREATH_WRONG_NE = ['sas...chaina', 'sas...chhaina', 'saas...chaina', 'saas...chhaina', 'sas...sakdaina', 'saas...sakdaina', 'sas...sakenan', 'sas...lina...chaina', 'sas...lina...chhaina', 'sas...ferna...chaina', 'sas...ferna...chhaina', 'saas...lina...chaina', 'saas...ferna...chaina', 'sas...lina...sakdaina', 'sas...ferna...sakdaina', 'sas rokiyo', 'saas rokiyo', 'sas aaudaina', 'saas audaina', 'सास...छैन', 'सास...सक्दैन', 'सास...सक्नुभएको छैन', 'सास रोकियो'];

// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const PASS_27_EMERGENCY: readonly ConceptExtension[] = [
  {
    // Someone who does not answer "with the mouth …" gone purple, open or twisted (Portuguese): the mouth told of an
    // unresponsive person. (Said by itself «boca roxa» is a bruise when a fall is named beside it; here the person
    // does not answer, which no bump explains.)
    name: 'someone who does not answer, with the mouth or lips described (Portuguese)',
    into: 'unconscious, not responding, will not wake',
    words: {
      pt: { pairs: [{ ordered: true, reach: 24, a: ['não responde', 'não acorda', 'não reage', 'desacordad', 'inconsciente', 'desmaiad'], b: ['com a boca', 'com os lábios', 'a boca tá', 'a boca está', 'os lábios tão', 'os lábios estão'] }] },
    },
  },
  {
    // Romanised and Devanagari Nepali: someone down or not speaking, and not breathing properly.
    name: 'someone down or not speaking, and not breathing properly (Nepali, romanised too)',
    into: 'not breathing',
    words: { ne: { pairs: [{ reach: 60, acrossSentences: 1, a: DOWN_NE, b: BREATH_WRONG_NE }] } },
  },
];

// biome-ignore format: each language's words stay on a few lines, easy to read side by side
export const EMERGENCY_CONCEPTS: readonly Concept[] = extendConcepts([
  {
    name: 'not breathing',
    signal: 'emergency',
    words: {
      ja: { say: ['息をしていません', 'いきをしていません', '呼吸をしていません', 'こきゅうをしていません', '息が止まっ', 'いきがとまっ', '呼吸が止まっ', 'こきゅうがとまっ', 'いきしてない', '呼吸がない', 'こきゅうがない', 'いきをしてない', 'いきをしていない'] },
      en: { say: ['barely breathing', 'gasping for air', 'breathing has stopped', 'cant tell if hes breathing', 'cant tell if shes breathing', 'dont think hes breathing', 'dont think shes breathing', 'not breathing properly', 'stopped breathing'] },
      zh: { say: ['不呼吸了', '呼吸停了', '停止呼吸', '没有气息', '好像没气', '不喘气了'] },
      ko: { say: ['숨을 안 쉬어', '숨을 쉬지 않', '숨이 멎', '숨이 멈', '호흡이 없', '호흡이 멈', '숨을 안쉬'] },
      vi: { say: ['tắt thở', 'không còn thở', 'thở thoi thóp', 'hết thở'] },
      ne: { pairs: [{ ordered: true, reach: 16, a: ['saas$', 'sas$', 'swas$', 'shwas$', 'swaas$', 'shwaas$', 'saans$'], b: ['ferdaina', 'pherdaina', 'ferdainan', 'pherdainan', 'ferna sakd', 'pherna sakd', 'ferna sakin', 'pherna sakin', 'ferna sake', 'pherna sake', 'ferna gaaro', 'ferna garo', 'pherna gaaro', 'pherna garo', 'ferna chhod', 'ferna chod', 'ferna xod', 'pherna chhod', 'pherna chod', 'pherna xod', 'fereko chhaina', 'fereko chaina', 'fereko xaina', 'phereko chhaina', 'phereko chaina', 'phereko xaina', 'fereko jasto chhaina', 'fereko jasto chaina', 'fereko jasto xaina', 'phereko jasto chhaina', 'phereko jasto chaina', 'phereko jasto xaina', 'ferena', 'pherena', 'rokiyo', 'rokiy', 'aaudaina', 'audaina', 'aayena', 'aaena', 'lina gaaro', 'lina garo', 'lina sakd', 'lina sakin', 'lina sake', 'ajib', 'ajeeb', 'chaleko chhaina', 'chaleko chaina', 'chaleko xaina', 'thaha bhayena'] }],  say: ['सास रोकिएको', 'सास चलेको छैन', 'सास फेर्नुभएको छैन', 'सास फेरिरहेको छैन'] },
      tl: { say: ['hindi na humihinga', 'tumigil ang paghinga', 'wala nang hininga', 'hindi siya humihinga', 'hindi na gumagalaw', 'hindi na kumikilos'] },
      pt: { say: ['não respira mais', 'parou de respirar', 'não tá respirando', 'não está respirando', 'sem respirar', 'não consegue respirar'] },
      id: { say: ['tidak bernafas lagi', 'berhenti bernapas', 'berhenti bernafas', 'napasnya berhenti', 'nafasnya berhenti', 'tidak ada napas', 'tidak ada nafas'] },
    },
  },
  {
    name: 'unconscious, not responding, will not wake',
    signal: 'emergency',
    words: {
      ja: { say: ['意識がありません', 'いしきがありません', '起こしても起きな', 'おこしてもおきな', '呼んでも返事', 'よんでもへんじ', '呼んでも反応', 'よんでもはんのう', 'めをあけない', 'めをあけません', 'ゆすっても起きな', 'ゆすってもおきな', '気を失', 'きをうしな', '失神し'], idioms: ['気を失いそう', 'きをうしないそう', '失神しそう'] },
      en: { say: ['barely responding', 'hardly responding', 'not really responding', 'knocked out cold', 'out cold', 'cant wake him', 'cant wake her', 'cant wake them', 'wont open his eyes', 'wont open her eyes', 'lost consciousness', 'losing consciousness', 'not waking up', 'wont wake up'] },
      zh: { say: ['怎么叫都不醒', '叫他不醒', '叫她不醒', '摇不醒', '没有知觉', '人事不省', '晕过去了', '昏过去了'] },
      ko: { say: ['의식을 잃', '정신을 잃', '깨워도 안 일어나', '불러도 대답', '눈을 안 떠', '기절했'] },
      vi: { say: ['bị hôn mê', 'đang hôn mê', 'rơi vào hôn mê', 'ngất đi', 'lay không dậy', 'gọi không dậy', 'gọi không tỉnh', 'mất ý thức'] },
      ne: { pairs: [{ reach: 24, acrossSentences: true, a: ['bolaaunda', 'bolaunda', 'bolaauda', 'bolauda', 'bolaada', 'bolada', 'bolaaudaa', 'bolaudaa', 'hallaaunda', 'hallaunda', 'hallaauda', 'hallauda', 'uthaaunda', 'uthaunda', 'uthaauda', 'uthauda', 'uthaaudai', 'uthaudai', 'jagaaunda', 'jagaunda', 'jagaauda', 'jagauda', 'ghanti bajaauda', 'ghanti bajauda', 'ghanti bajaaunda', 'ghanti bajaunda'], b: ['uthdaina', 'uthdainan', 'uthdinan', 'uthena', 'uthnu hunna', 'uthnu bhayena', 'uthdai chhaina', 'uthdai chaina', 'uthdai xaina', 'uthna saknu hunna', 'uthna sakd', 'uthna sakin', 'uthna sake', 'boldaina', 'boldainan', 'bolena', 'bolnu hunna', 'bolchaina', 'bolaudaina', 'boldina', 'jawaf dind', 'jawaaf dind', 'aankha kholdaina', 'aankha kholdainan', 'hosh', 'rudaina', 'rodaina', 'hallinu hunna'] }, { reach: 40, acrossSentences: true, a: ['gas ko gandha', 'gas gandha', 'gas leak', 'charcoal', 'koila', 'heater chalaa', 'heater chala', 'heater baal', 'heater bal', 'rentan'], b: ['chakkar', 'ringata', 'rinata', 'behosh', 'bomit', 'baantaa', 'baanta', 'bantaa', 'banta', 'uthdaina', 'uthdainan', 'uthdai chhaina', 'uthdai chaina', 'uthdai xaina', 'hosh'] }, { reach: 40, acrossSentences: true, a: ['din dekhi dekheko chhaina', 'din dekhi dekheko chaina', 'din dekhi dekheko xaina', 'din dekhi dekhieko chhaina', 'din dekhi dekhieko chaina', 'din dekhi dekhieko xaina', 'din dekhi dekhena'], b: ['ghanti bajaa', 'ghanti baja', 'kholdain', 'hulak', 'tv ko aawaj', 'tv ko awaj'] }],  say: ['kyukyusha bolaa', 'kyukyusha bola', 'kyuukyuusha bolaa', 'kyuukyuusha bola', 'mutu rokiy', 'mutu chaleko chhaina', 'mutu chaleko chaina', 'mutu chaleko xaina', 'pulse chhaina', 'pulse chaina', 'pulse xaina', 'nadi chaleko chhaina', 'nadi chaleko chaina', 'nadi chaleko xaina', 'होस आएन', 'होस गुम', 'होसमा आउनुभएन', 'उठाउँदा पनि उठ्नुहुन्न', 'ब्युँझिनुहुन्न', 'ब्युँझिँदैन'] },
      tl: { say: ['hindi magising kahit', 'ginigising pero hindi', 'walang malay tao'] },
      pt: { say: ['inconsciente', 'desacordado', 'desacordada', 'perdeu a consciência', 'desmaiado', 'desmaiada'] },
      id: { say: ['tak sadarkan diri', 'hilang kesadaran', 'tidak bisa dibangunkan', 'dibangunkan tidak bangun', 'dipanggil tidak merespons'] },
    },
  },
  {
    name: 'a sudden collapse',
    signal: 'emergency',
    words: {
      ja: { say: ['くずれおちた', '崩れ落ちた', 'その場に倒れ', 'そのばにたおれ', '急に倒れ', 'きゅうにたおれ', 'バタッと倒れ', 'ばたっとたおれ', 'たおれました', 'たおれて うごかな'] },
      en: { say: ['keeled over', 'dropped to the floor', 'fell to the floor and', 'just dropped', 'slumped over'] },
      zh: { say: ['突然倒下', '人倒在地上', '倒在地上不动', '倒在地上起不来', '瘫倒', '倒地不起'] },
      ko: { say: ['갑자기 쓰러', '방금 쓰러', '또 쓰러지', '또 쓰러졌', '주저앉아 일어나지'] },
      vi: { say: ['ngã gục', 'đổ gục', 'té xỉu', 'ngã quỵ'] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['ladyo', 'ladnu', 'ladin', 'ladiye', 'lado$', 'lardanu', 'dhalyo', 'dhalnu', 'khasyo', 'behosh', 'behos$', 'bhuima', 'bhuin ma', 'bhuin$'], b: ['uthdaina', 'uthdainan', 'uthdinan', 'uthena', 'uthnu hunna', 'uthnu bhayena', 'uthdai chhaina', 'uthdai chaina', 'uthdai xaina', 'uthna saknu hunna', 'uthna sakd', 'uthna sakin', 'uthna sake', 'boldaina', 'boldainan', 'bolena', 'bolnu hunna', 'bolchaina', 'bolaudaina', 'boldina', 'jawaf dind', 'jawaaf dind', 'aankha kholdaina', 'aankha kholdainan', 'hosh', 'rudaina', 'rodaina', 'hallinu hunna', 'jiu chiso', 'saas ferirako chaina', 'saas feriraheko chaina', 'saas ferdaina', 'saas fereko chaina', 'naadi', 'muhar seto'] }, { reach: 24, a: ['achanak', 'achaanak', 'ekkaasi', 'ekkasi', 'ekaasi', 'ekasi'], b: ['ladyo', 'ladnu', 'ladin', 'ladiye', 'lado$', 'lardanu', 'dhalyo', 'dhalnu', 'khasyo', 'behosh', 'behos$', 'bhuima', 'bhuin ma', 'bhuin$'] }],  say: ['अचानक ढल', 'भुइँमा ढल', 'लड्नुभयो र उठ्नुभएन'] },
      tl: { say: ['bigla siyang bumagsak', 'biglang natumba', 'hinimatay'] },
      pt: { say: ['caiu duro', 'desmaiou e caiu', 'caiu no chão e não', 'teve um desmaio'] },
      id: {
        say: ['tiba tiba ambruk', 'jatuh pingsan', 'tergeletak tak bergerak'],
        pairs: [{ reach: 24, a: ['jatuh', 'terjatuh', 'terpeleset', 'kepleset'], b: ['tidak bisa berdiri', 'gak bisa berdiri', 'ga bisa berdiri', 'tidak bisa bangun', 'gak bisa bangun', 'ga bisa bangun', 'tidak bisa bergerak', 'gak bisa gerak', 'ga bisa gerak'] }],
        idioms: ['jatuh sakit', 'jatuh cinta', 'jatuh miskin', 'jatuh tempo', 'jatuh bangun'],
      },
    },
  },
  {
    name: 'stroke signs: a face drooping, slurred or jumbled speech, one side weak',
    signal: 'emergency',
    words: {
      ja: {
        say: ['顔の片側が', 'かおのかたがわが', '口がゆが', 'くちがゆが', '口角が下が', 'こうかくがさが', '呂律', 'ろれつがまわらな', '片手に力が入らな', 'かたてにちからがはいらな', '片腕に力が', '片足に力が', '半身がしびれ', '片側がしびれ', 'かたがわがしびれ', '脳卒中かも', 'のうそっちゅうかも', '脳梗塞かも', 'のうこうそくかも', '脳出血かも', 'くも膜下出血かも'],
        pairs: [{ reach: 12,
          a: ['急に', 'きゅうに', '突然', 'とつぜん', 'さっきから', 'いきなり', '今朝から', 'けさから'],
          b: ['ろれつ', '呂律', '言葉が出', 'ことばがで', '片方の手', '片方の腕', '片方の足', '片方の顔', 'かたほうのて', 'かたほうのうで', 'かたほうのあし', 'かたほうのかお', '体の片側', 'からだのかたがわ', '力が入らな', 'ちからがはいらな', '顔がゆが', 'かおがゆが', '口がゆが', 'くちがゆが', '箸を落', 'はしをおと', '言葉がおかし', 'ことばがおかし', 'ことばがへん', '言葉が変', '話し方がおかし', 'はなしかたがへん', 'はなしかたがおかし', 'しゃべれな', '話せなくな', 'はなせなくな', '手足が動かな', 'てあしがうごかな', '半身が', '半身に', 'コップを持てな', '物を持てな', 'ものをもてな', '持てなくな', 'もてなくな', '言葉がはっきりしな', 'ことばがはっきりしな'] }],
      },
      en: {
        say: ['face is drooping', 'face drooped', 'face droops', 'mouth drooping', 'droopy face', 'one side of her face', 'one side of his face', 'arm went weak', 'cant lift his arm', 'cant lift her arm', 'cant raise his arm', 'cant raise her arm', 'words are jumbled', 'jumbled words', 'talking gibberish', 'speaking gibberish', 'cant find his words', 'cant find her words', 'signs of a stroke', 'think hes having a stroke', 'think shes having a stroke', 'might be a stroke', 'could be a stroke', 'maybe a stroke', 'suddenly confused and', 'speech is jumbled', 'speech is slurred', 'speech slurred', 'words slurred', 'words are slurred'],
        pairs: [
          { ordered: true, reach: 32, a: ['suddenly', 'all of a sudden', 'out of nowhere', 'this morning'], b: ['cant lift', 'cant raise', 'cant move his', 'cant move her', 'arm is weak', 'leg is weak', 'weak on one side', 'speech is', 'slurr', 'jumbled', 'gibberish', 'droop', 'lopsided', 'one side of his', 'one side of her', 'cant speak', 'cant talk'] },
          { reach: 24, a: ['face', 'mouth', 'smile', 'lip$'], b: ['droop', 'lopsided', 'crooked', 'on one side', 'sagging'] },
        ],
      },
      zh: { say: ['脸歪', '嘴角歪', '一只手没力', '一边手没力气', '胳膊抬不起来', '说话含糊', '说话不利索', '口齿含糊', '舌头不灵', '可能是中风', '像是中风', '中风的症状', '好像脑梗', '可能脑梗', '是不是脑溢血'],
        // one side of the body not moving, with an onset or a fall beside it («发现奶奶躺在厕所地上…一边身子不动», «突然半边身郁唔到»);
        // 「中风以后半边身子不能动」 in a care request is old paralysis, with no onset
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['躺在', '倒在', '摔倒', '跌倒', '晕倒', '昏倒', '突然', '忽然', '一下子', '刚才', '刚刚', '啱啱', '今朝', '发现', '叫她', '叫他', '叫佢'],
          b: ['一边身子不动', '一边身子动不了', '一边身体不动', '一边身体动不了', '半边身子不动', '半边身子动不了', '半边身体不动', '半边身体动不了', '半边身子不能动', '一边身子不能动', '一侧身体不动', '一侧身体动不了', '一侧身体不能动', '一边手脚不动', '一边手脚动不了', '半边手脚不动', '半边手脚动不了', '半边身没力', '半边身子没力', '一边身子没力', '半边身郁唔到', '一边身郁唔到', '半边身冇力', '一边身冇力', '只会哼哼不会说话', '哼哼不会说话', '不会说话了', '讲唔到嘢'] }] },
      ko: {
        say: ['얼굴 한쪽', '얼굴이 한쪽으로', '입이 한쪽으로', '한쪽 팔에 힘이', '팔에 힘이 없', '발음이 이상', '뇌졸중 증상', '뇌경색 같', '뇌출혈 같'],
        pairs: [{ reach: 16, a: ['갑자기', '아까부터', '오늘 아침부터'], b: ['횡설수설', '말이 어눌', '발음이', '한쪽 팔', '한쪽 다리', '한쪽 얼굴', '마비', '말을 못'] }],
      },
      vi: {
        say: ['mặt bị lệch', 'nói ngọng đột ngột', 'tay chân yếu một bên', 'một bên mặt bị xệ', 'dấu hiệu đột quỵ', 'có dấu hiệu tai biến', 'hình như tai biến', 'bị tai biến rồi'],
        pairs: [{ reach: 24, a: ['đột nhiên', 'tự nhiên', 'bỗng nhiên', 'từ sáng'], b: ['yếu nửa người', 'nói ngọng', 'méo miệng', 'mặt bị xệ', 'một bên tay', 'nói không rõ', 'không nói được', 'nói không được', 'tay phải yếu', 'tay trái yếu', 'chân phải yếu', 'chân trái yếu', 'liệt'] }],
      },
      ne: { pairs: [{ reach: 12, a: ['mukh', 'anuhar', 'face'], b: ['ek tira', 'ektira', 'eutaa tira', 'euta tira', 'baango', 'bango', 'baangiy', 'bangiy', 'tirchho', 'tircho', 'tirxo', 'jhukyo', 'jharyo', 'lulo'] }, { reach: 16, a: ['ek tira', 'ektira', 'daahine', 'dahine', 'daayaa', 'daaya', 'dayaa', 'daya', 'baayaa', 'baaya', 'bayaa', 'baya', 'debre'], b: ['haat lulo', 'hat lulo', 'lulo', 'chaldaina', 'chalaaudain', 'chalaudain', 'uthdaina', 'lat bhayo'] }],  say: ['bolai ajib', 'bolai ajeeb', 'stroke ho', 'अनुहार एकातिर', 'एकातिरको हात', 'बोली लर्बरायो', 'बोली अस्पष्ट', 'स्ट्रोक भयो', 'स्ट्रोक भएजस्तो', 'मुख बाङ्गो भयो', 'मुख बाङ्गियो', 'बोली बुझिँदैन', 'बोली लरबराउँछ'] },
      tl: {
        pairs: [{ reach: 24, a: ['biglang', 'bigla'], b: ['hindi makapagsalita', 'nabulol', 'tabingi ang mukha', 'hindi maigalaw', 'nanghina ang kalahati'] }],
        say: ['tabingi ang mukha', 'ngumiwi ang bibig', 'bulol magsalita', 'biglang nabulol', 'hindi maigalaw ang kalahati', 'nanghihina ang isang braso', 'namamanhid ang kalahati', 'mukhang stroke', 'baka stroke', 'nai stroke'],
        // a history aside, its own clause only: «na-stroke na siya dati» before a fall he does not answer after now
        idioms: ['stroke na siya dati', 'stroke siya dati', 'stroke sya dati', 'stroke na sya dati', 'stroke na dati', 'atake sa puso siya dati', 'atake na siya dati'] },
      pt: {
        pairs: [{ reach: 24, a: ['de repente', 'do nada'], b: ['não consegue falar', 'fala enrolada', 'boca torta', 'rosto caído', 'não mexe o braço', 'não mexe a perna', 'um lado do corpo'] }],
        say: ['rosto caído', 'rosto torto', 'boca entortou', 'enrolando a língua', 'não consegue levantar o braço', 'perdeu a força de um lado', 'sinais de avc', 'acho que é um avc', 'acho que é avc', 'está tendo um avc', 'tendo um derrame', 'teve um derrame agora', 'acho que é derrame', 'acho que é um derrame'] },
      id: {
        pairs: [{ reach: 24, a: ['tiba tiba', 'tiba2', 'mendadak'], b: ['tidak bisa bicara', 'tidak bisa ngomong', 'gak bisa ngomong', 'ga bisa ngomong', 'nggak bisa ngomong', 'gak bisa bicara', 'bicara pelo', 'pelo$', 'mencong', 'lemas sebelah', 'lemes sebelah', 'tangan sebelah', 'kaki sebelah', 'setengah badan', 'separuh badan', 'sebelah badan'] }],
        say: ['wajahnya mencong', 'mulutnya mencong', 'wajahnya miring', 'wajah miring sebelah', 'lemah sebelah', 'separuh badan lemas', 'tangan sebelah tidak bisa digerakkan', 'stroke mendadak', 'gejala stroke', 'sepertinya stroke', 'mulut mencong'],
        idioms: ['dulu pernah stroke', 'dulu pernah kena stroke', 'pernah stroke dulu', 'pernah kena stroke dulu', 'dulu sudah pernah stroke', 'dulu udah pernah stroke'] },
    },
  },
  {
    name: 'heart attack signs: chest pain or pressure with sweat, pain to the arm or jaw',
    signal: 'emergency',
    words: {
      ja: { say: ['心筋梗塞かも', 'しんきんこうそくかも', '胸を押さえて苦し', 'むねをおさえてくるし', '胸が締め付けられ', 'むねがしめつけられ', '胸が痛くて冷や汗', '胸の激痛', 'むねのげきつう', 'むねがいたくてあせ'] },
      en: { say: ['crushing chest pain', 'chest pain and sweating', 'pain spreading to his arm', 'pain spreading to her arm', 'pain down his left arm', 'pain down her left arm', 'pain in his jaw and', 'clutching his chest', 'clutching her chest'] },
      zh: { say: ['胸口剧痛', '胸口像被压着', '可能是心梗', '像是心梗', '心梗发作', '捂着胸口', '胸痛出冷汗'] },
      ko: { say: ['가슴을 움켜', '가슴이 조이', '식은땀을 흘리며', '왼팔이 저리', '심근경색 같'] },
      vi: { say: ['lên cơn đau tim', 'đau ngực dữ dội', 'ôm ngực đau', 'vã mồ hôi lạnh'] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['chhati', 'chati', 'xati', 'chhaati', 'chaati', 'xaati', 'chest', 'mutu'], b: ['pasina', 'paseena', 'pasinaa', 'baayaa pakhura', 'baaya pakhura', 'baya pakhura', 'bayaa pakhura', 'debre pakhura', 'baayaa haat', 'baayaa hat', 'baaya haat', 'baaya hat', 'bayaa haat', 'bayaa hat', 'baya haat', 'baya hat', 'debre haat', 'debre hat', 'bangara', 'kaadh', 'kadh', 'kasiyo', 'thichiy', 'jor le dukh', 'jorle dukh', 'ekdam dukh'] }],  say: ['मुटुको दौरा', 'हृदयाघात', 'छातीमा तीव्र दुखाइ', 'छाती समातेर'] },
      tl: { say: ['atake sa puso', 'pinagpapawisan ng malamig', 'naninikip ang dibdib at'] },
      pt: { say: ['infartando', 'tendo um infarto', 'acho que é infarto', 'acho que é um infarto', 'ataque cardíaco', 'dor forte no peito', 'suando frio', 'dor no braço esquerdo'], idioms: ['quase tive um ataque', 'quase me deu um ataque', 'quase tive um infarto'] },
      id: { say: ['nyeri dada hebat', 'dada terasa tertekan', 'nyeri menjalar ke lengan', 'angin duduk'] },
    },
  },
  {
    name: 'severe bleeding',
    signal: 'emergency',
    words: {
      ja: { say: ['ちがとまらな', '大量出血', 'たいりょうしゅっけつ', 'たくさん血が', 'たくさんちが', '血だらけ', 'ちだらけ', '血まみれ', 'ちまみれ', '血が噴き出', 'ちがふきで', '深く切って', 'ふかくきって', '深く切れ', 'ふかくきれ', '出血がひど', 'しゅっけつがひど', '血が溢れ'] },
      en: { say: ['bleeding heavily', 'losing a lot of blood', 'pool of blood', 'gushing blood', 'blood gushing', 'spurting blood', 'cant stop the bleeding', 'soaked in blood', 'blood wont stop'] },
      zh: { say: ['血流不止', '流了很多血', '满身是血', '血止不住', '止不住血', '喷血', '血一直流', '伤口很深'] },
      ko: { say: ['피가 안 멈', '피가 계속', '피투성이', '피가 철철', '출혈이 심', '과다출혈', '깊이 베'] },
      vi: { say: ['máu chảy không ngừng', 'chảy máu không cầm', 'mất nhiều máu', 'máu me đầy', 'vết cắt sâu', 'máu chảy lênh láng'] },
      ne: { say: ['ragat rokiyena', 'ragat rokidaina', 'ragat rokindaina', 'ragat rokinna', 'ragat rokiena', 'ragat rokena', 'ragat thaamiyena', 'ragat thamiyena', 'ragat bagdai', 'ragat bagirah', 'dherai ragat bag', 'ragat dherai bag', 'ragat ko baantaa', 'ragat ko baanta', 'ragat ko bantaa', 'ragat ko banta', 'ragat baantaa', 'ragat baanta', 'ragat bantaa', 'ragat banta', 'ragat ulti', 'ragataamme', 'ragatamme', 'धेरै रगत बग्यो', 'रगत थामिएन', 'रगताम्मे', 'गहिरो काटियो'] },
      tl: { say: ['hindi tumitigil ang dugo', 'maraming dugo', 'duguan', 'sumisirit ang dugo', 'malalim na hiwa'] },
      pt: { say: ['sangrando muito', 'não para de sangrar', 'muito sangue', 'sangue por todo lado', 'hemorragia', 'corte profundo', 'cheio de sangue'] },
      id: { say: ['darah tidak berhenti', 'darahnya tidak berhenti', 'banyak darah', 'bersimbah darah', 'darah mengucur'] },
    },
  },
  {
    name: 'a seizure or convulsion that will not stop',
    signal: 'emergency',
    words: {
      ja: {
        say: ['ひきつけを起こ', '引きつけを起こ', 'ひきつけをおこ', '発作が止まらな', 'ほっさがとまらな', '白目をむ', 'しろめをむ', '体がガクガク', 'がくがくふるえ', '手足が突っ張', 'てあしがつっぱ', 'てんかん発作が'],
        idioms: ['まぶたがけいれん', 'まぶたが痙攣', 'まぶたのけいれん', 'まぶたの痙攣', '目のけいれん', '目の痙攣', '顔面けいれん', '顔面痙攣', '胃けいれん', '胃痙攣', '笑いが引きつ', '顔が引きつ', 'ひきつった笑'],
      },
      en: {
        pairs: [{ reach: 32, a: ['been fitting', 'is fitting', 'started fitting', 'having a fit', 'had a fit and'], b: ['wont stop', 'minutes', 'shaking', 'jerking', 'eyes rolled', 'unresponsive', 'foaming', 'blue'] }],
        say: ['convulsing', 'convulsions', 'shaking all over and', 'eyes rolled back', 'eyes rolling back', 'foaming at the mouth', 'seizure wont stop', 'seizure that wont stop', 'had a seizure and'] },
      zh: { say: ['抽筋不停', '全身抽搐', '癫痫发作', '羊癫疯', '四肢抽搐'] },
      ko: { say: ['발작을 일으', '발작이 멈추지', '발작했', '거품을 물', '눈이 뒤집', '온몸을 떨', '간질 발작', '경기를 일으'], idioms: ['공황 발작', '공황발작', '불안 발작'] },
      vi: { say: ['lên cơn động kinh', 'sùi bọt mép', 'co giật không ngừng', 'lên cơn co giật'] },
      ne: { pairs: [{ reach: 16, a: ['jiu', 'sharir', 'shareer', 'sarir', 'haat khutta', 'hat khutta'], b: ['kaampiraa', 'kaampira', 'kampiraa', 'kampira', 'kaampna thaal', 'kaampna thal', 'kampna thaal', 'kampna thal', 'kamirakh', 'kamirah', 'kaamdai', 'kamdai', 'kaampirachh', 'kaampirach', 'kaampirax', 'kampirachh', 'kampirach', 'kampirax', 'kakriy', 'ainthiy'] }],  say: ['mukh bata fij', 'mukh bata fiz', 'mukh bata fig', 'mukh bata phij', 'mukh bata phiz', 'mukh bata phig', 'mukh baata fij', 'mukh baata fiz', 'mukh baata phij', 'mukh baata phiz', 'kaamp chhuty', 'kaamp chuty', 'kaamp xuty', 'kamp chhuty', 'kamp chuty', 'kamp xuty', 'kaamp chut', 'kamp chut', 'chhare uthyo', 'chare uthyo', 'xare uthyo', 'chhaare uthyo', 'chaare uthyo', 'xaare uthyo', 'mirgi aay', 'mirgi laagy', 'mirgi lagy', 'aankha mathi gay', 'aankha maathi gay', 'aankha ulto', 'aankha ultho', 'aankha palty', 'aankha gadera gay', 'छारे उठ्यो', 'मुखबाट फिँज', 'आँखा पल्टायो', 'शरीर कक्रियो', 'झट्का आयो'] },
      tl: {
        // (typed quickly the «ang» drops: «bumubula bibig», «nanginginig buong katawan … hindi sumasagot»)
        say: ['nagkumbulsyon', 'kumbulsyon', 'nanginginig ang buong katawan', 'bumubula ang bibig', 'tumirik ang mata', 'bumubula bibig', 'bumubula yung bibig', 'bumubula ung bibig', 'bumubula ang bunganga', 'bumula ang bibig', 'bumula bibig', 'may bula sa bibig', 'may bula ang bibig', 'lumalabas na bula sa bibig', 'tirik ang mata'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['nanginginig buong katawan', 'nanginginig yung buong katawan', 'nanginginig ang buong katawan', 'nangingisay', 'nangisay', 'naninigas ang katawan', 'naninigas buong katawan'], b: ['hindi sumasagot', 'di sumasagot', 'hindi na sumasagot', 'di na sumasagot', 'hindi makasagot', 'hindi na magising', 'di na magising', 'hindi na gumagalaw', 'hindi magising', 'di magising', 'walang malay', 'nawalan ng malay', 'hindi gumagalaw'] },
          { reach: 32, a: ['nagseizure', 'nag seizure', 'nagseseizure', 'seizure'], b: ['ayaw tumigil', 'hindi tumitigil', 'di tumitigil', 'hindi huminto', 'minuto na', 'minutes na', 'hindi magising', 'di magising'] }],
      },
      pt: { say: ['convulsão', 'convulsionando', 'convulsionou', 'crise convulsiva', 'espumando pela boca', 'olhos revirados', 'ataque epiléptico'] },
      id: { say: ['kejang kejang', 'mulut berbusa', 'mata mendelik', 'kejang tidak berhenti', 'kejang terus'] },
    },
  },
  {
    name: 'anaphylaxis: swelling and breathlessness after food, a sting or a drug',
    signal: 'emergency',
    words: {
      ja: {
        say: ['あなふぃらきしー', 'エピペンを打', 'えぴぺんをう', 'エピペンを使', 'えぴぺんをつか'],
        pairs: [{ reach: 20, acrossSentences: true,
          a: ['食べた後', 'たべたあと', '食べてから', 'たべてから', '飲んでから', 'のんでから', '刺され', 'さされ', 'ハチ', '蜂', '蕎麦', 'ピーナッツ', 'えび', '卵', 'たまご', 'アレルギー', 'あれるぎー', 'ナッツ', '小麦', '牛乳', '注射の後', 'ちゅうしゃのあと'],
          b: ['息が苦し', 'いきがくるし', '息ができな', 'いきができな', '喉が腫', 'のどがはれ', '喉が詰', 'のどがつま', '唇が腫', 'くちびるがはれ', '顔が腫', 'かおがはれ', 'まぶたが腫', 'ぐったり', 'ゼーゼー', 'ぜーぜー', 'ヒューヒュー', 'ひゅーひゅー', '呼吸が苦', '全身にじんましん', 'ぜんしんにじんましん'] }],
      },
      en: {
        say: ['anaphylactic shock', 'going into anaphylactic', 'used his epipen', 'used her epipen', 'throat is closing', 'throat closing up', 'throat is swelling', 'tongue is swelling'],
        pairs: [{ reach: 60, acrossSentences: true,
          a: ['after eating', 'ate a', 'ate some', 'peanut', 'peanuts', 'nuts', 'shellfish', 'bee sting', 'stung by', 'wasp', 'allergic reaction', 'allergy', 'allergic to'],
          b: ['throat is closing', 'throat closing', 'throat swelling', 'tongue swelling', 'lips swelling', 'lips are swelling', 'face swelling', 'face is swelling', 'cant breathe', 'cant swallow', 'wheezing', 'hives all over', 'struggling to breathe', 'swelling up', 'passed out'] }],
      },
      zh: {
        say: ['过敏性休克', '喉咙肿起来', '嗓子肿得喘不'],
        pairs: [{ reach: 12, acrossSentences: true, a: ['吃了', '被蜂', '蜂蜇', '过敏', '花生', '海鲜', '打针后', '吃完'], b: ['喉咙肿', '嗓子肿', '喘不上气', '呼吸困难', '嘴唇肿', '脸肿', '全身起疹', '喘不过气', '晕过去'] }],
      },
      ko: {
        say: ['아나필락시스', '알레르기 쇼크', '과민성 쇼크'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['먹고', '먹은 뒤', '먹은 후', '벌에', '알레르기', '땅콩', '새우', '주사 맞고'], b: ['숨을 못', '숨쉬기 힘', '목이 부', '입술이 부', '얼굴이 부', '두드러기가 온몸', '목이 막'] }],
      },
      vi: {
        say: ['sốc phản vệ'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['sau khi ăn', 'ăn xong', 'bị ong đốt', 'ong đốt', 'dị ứng', 'đậu phộng', 'hải sản', 'tiêm xong'], b: ['khó thở', 'sưng họng', 'sưng môi', 'sưng mặt', 'nổi mẩn khắp người', 'thở khò khè', 'không thở được', 'cổ họng sưng'] }],
      },
      ne: {
        say: ['एलर्जीले सास फेर्न', 'एनाफिल्याक्सिस'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['sunniy', 'suniy', 'sunnie', 'sunin', 'sunnin'], b: ['saas$', 'sas$', 'swas$', 'shwas$', 'swaas$', 'shwaas$', 'saans$', 'lina gaaro', 'lina garo', 'ferna gaaro', 'ferna garo', 'pherna gaaro', 'pherna garo', 'khokd'] }, { reach: 32, acrossSentences: true, a: ['एलर्जी', 'मौरीले टोक', 'खाएपछि', 'सुई लगाएपछि'], b: ['सास फेर्न गाह्रो', 'घाँटी सुन्नि', 'ओठ सुन्नि', 'अनुहार सुन्नि', 'सास फेर्न सकेन', 'सास फेर्न सक्दैन'] }],
      },
      tl: {
        pairs: [{ reach: 32, acrossSentences: true, a: ['pagkatapos kumain', 'kumain ng', 'allergy', 'allergic', 'kinagat ng bubuyog', 'tinusok ng bubuyog', 'mani', 'hipon'], b: ['hindi makahinga', 'namamaga ang lalamunan', 'namamaga ang labi', 'namamaga ang mukha', 'pantal sa buong katawan', 'hirap huminga'] }],
      },
      pt: {
        say: ['choque anafilático', 'reação alérgica grave', 'garganta fechando', 'garganta está fechando'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['depois de comer', 'comeu', 'picada de abelha', 'picado por', 'picada por', 'alergia', 'amendoim', 'camarão', 'depois da injeção'], b: ['garganta fechando', 'garganta inchada', 'língua inchada', 'lábios inchados', 'rosto inchado', 'não consegue respirar', 'falta de ar', 'chiado', 'chiando', 'boca inchada', 'lábio inchado', 'olho inchado', 'todo inchado', 'respirando mal'] }],
      },
      id: {
        say: ['syok anafilaksis', 'reaksi alergi berat', 'anafilaksis'],
        pairs: [{ reach: 32, acrossSentences: true, a: ['setelah makan', 'habis makan', 'disengat lebah', 'disengat tawon', 'alergi', 'kacang', 'udang', 'setelah disuntik'], b: ['sesak napas', 'sesak nafas', 'tenggorokan bengkak', 'bibir bengkak', 'wajah bengkak', 'biduran seluruh badan', 'tidak bisa bernapas', 'napas berbunyi', 'mengi'] }],
      },
    },
  },
  {
    name: 'poisoning: a child (or anyone) swallowed detergent, bleach, a button battery, medicine',
    signal: 'emergency',
    words: {
      ja: {
        say: ['ボタン電池', 'ぼたんでんち', '誤飲', 'ごいん', '誤って飲', 'あやまってのん', '間違えて飲', 'まちがえてのん', '大人の薬を', 'おとなのくすりを', 'おばあちゃんの薬を', 'おばあちゃんのくすりを', '祖母の薬を', '洗剤をなめ', 'せんざいをなめ', 'タバコを食べ', 'たばこをたべ'],
        pairs: [{ ordered: true, reach: 6,
          a: ['洗剤', 'せんざい', '漂白剤', 'ひょうはくざい', 'ハイター', 'カビキラー', '電池', 'でんち', 'タバコ', 'たばこ', '灯油', 'とうゆ', '殺虫剤', 'さっちゅうざい', '除草剤', '農薬', 'のうやく', 'ジェルボール', '磁石', 'じしゃく', 'マグネット', '防虫剤', '乾燥剤', '消毒液', 'アルコール消毒'],
          b: ['を飲', 'をのん', 'をのみ', 'を食べ', 'をたべ', '飲んだ', 'のんだ', '飲んじゃ', 'のんじゃ', '食べた', 'たべた', '食べちゃ', 'たべちゃ', 'なめた', '舐めた', '口に入れ', 'くちにいれ', '飲み込', 'のみこ', 'かじっ'] }],
        idioms: ['誤飲防止', '誤飲対策', 'ごいんぼうし', '誤飲しないよう', 'ごいんしないよう'],
      },
      en: { say: ['swallowed a button battery', 'swallowed a magnet', 'ate a laundry pod', 'bit a laundry pod', 'drank bleach', 'drank drain cleaner', 'drank antifreeze', 'got into my pills', 'got into the medicine', 'ate my pills', 'ate grandmas pills', 'drank lamp oil', 'swallowed my pills', 'swallowed some pills', 'drank some cleaning'] },
      zh: { say: ['误服', '吃了洗衣凝珠', '吞了纽扣电池', '吞了磁铁', '误食药物', '把药当糖吃', '喝了消毒水', '喝了漂白水', '舔了洗衣液', '喝了农药', '喝了洗洁精'], idioms: ['防止误服', '防止误食', '避免误服'] },
      ko: { say: ['건전지를 삼켰', '단추 건전지', '자석을 삼켰', '세제를 마셨', '세제를 먹었', '락스를 마셨', '약을 잘못 먹', '할머니 약을 먹', '어른 약을 먹', '담배를 먹', '농약을 마셨'], idioms: ['잘못 먹을까 봐', '잘못 먹을까봐', '잘못 먹지 않게', '잘못 먹지 않도록'] },
      vi: { say: ['nuốt phải pin', 'nuốt pin', 'uống nhầm thuốc', 'uống nhầm nước tẩy', 'ăn phải thuốc', 'uống thuốc trừ sâu', 'uống thuốc chuột', 'uống nước javen', 'nuốt nam châm', 'ăn viên giặt'], idioms: ['sợ uống nhầm', 'lo uống nhầm', 'tránh uống nhầm', 'để không uống nhầm'] },
      // (a question about what would happen: «ब्लिच पियो भने के हुन्छ?»)
      ne: { idioms: ['पियो भने', 'खायो भने', 'निल्यो भने', 'piyo bhane', 'khayo bhane', 'nilyo bhane'], say: ['button battery', 'battery nily', 'battery nile', 'bleach piy', 'bleach khaa', 'bleach kha', 'cleaner piy', 'harpic piy', 'bish khaa', 'bish kha', 'bikh khaa', 'bikh kha', 'bish piy', 'bikh piy', 'poison khaa', 'poison kha', 'ब्याट्री निल्यो', 'बच्चाले औषधि खायो', 'विषादी खायो', 'विष खायो', 'सर्फ खायो', 'फिनेल पियो', 'मट्टितेल पियो'],
        // (in Devanagari, the bare past of any person: «बच्चाले ब्लिच पियो», «छोरीले फिनेल खाई»)
        pairs: [{ ordered: true, reach: 16, a: ['bleach', 'cleaner', 'harpic', 'detergent', 'sabun pani', 'battery', 'finel', 'phenyl', 'mattitel', 'petrol'], b: ['piyo', 'piin', 'piyi', 'nilyo', 'nilyi', 'nileko', 'khaayo', 'khayo', 'khaaeko', 'khaeko', 'khaayeko', 'khayeko'] },
          { ordered: true, reach: 16, a: ['ब्लिच', 'फिनेल', 'हार्पिक', 'डिटर्जेन्ट', 'सर्फ', 'मट्टितेल', 'पेट्रोल', 'ब्याट्री', 'विषादी', 'कीटनाशक', 'मुसा मार्ने'], b: ['पियो', 'पिई', 'पिएछ', 'पिएको', 'पिइछ', 'खायो', 'खाई', 'खाएछ', 'खाएको', 'खाइछ', 'निल्यो', 'निली', 'निलेछ', 'निलेको'] }] },
      tl: { say: ['nakalunok ng baterya', 'nakainom ng bleach', 'nakainom ng zonrox', 'nakainom ng muriatic', 'nakainom ng lason', 'nakakain ng gamot', 'kinain ang gamot'] },
      pt: { say: ['engoliu uma bateria', 'engoliu bateria', 'engoliu um ímã', 'bebeu água sanitária', 'bebeu desinfetante', 'bebeu veneno', 'comeu chumbinho', 'tomou remédio da avó', 'tomou os remédios da', 'mordeu sabão', 'comeu sabão'] },
      id: { say: ['menelan baterai', 'tertelan baterai', 'tertelan koin', 'meminum pemutih', 'minum pembersih lantai', 'minum racun', 'minum baygon', 'minum obat nyamuk', 'minum bensin', 'minum minyak tanah', 'menelan obat orang tua'] },
    },
  },
  {
    name: 'an overdose taken',
    signal: 'emergency',
    words: {
      ja: {
        say: ['一箱全部飲', 'ひとはこぜんぶのん', '一箱飲んだ', 'ひとはこのんだ', '一瓶全部', 'ひとびんぜんぶ', 'odした', 'odしちゃ', 'odしてしま', 'オーバードーズした', '薬を飲みすぎて意識', 'くすりをのみすぎていしき'],
        pairs: [{ ordered: true, reach: 12,
          a: ['薬', 'くすり', '睡眠薬', 'すいみんやく', '錠剤', '市販薬', '風邪薬', '安定剤', '眠剤', '痛み止め'],
          b: ['全部飲んだ', 'ぜんぶのんだ', '全部飲んじゃ', 'ぜんぶのんじゃ', '一気に飲んだ', 'いっきにのんだ', '大量に飲んだ', 'たいりょうにのんだ', 'たくさん飲んだ', 'たくさんのんだ', 'まとめて飲んだ', 'まとめてのんだ', '何十錠', 'なんじゅうじょう', '何錠も飲', 'なんじょうものん', '全部飲んでしま', 'ぜんぶのんでしま'] }],
      },
      // all of one kind of pills, the kind named between («took all my sleeping pills with wine», «blood pressure pills»)
      en: { pairs: [{ ordered: true, reach: 16, a: ['took all my', 'took all her', 'took all his', 'took all of my', 'took all of her', 'took all of his', 'swallowed all my', 'swallowed all her', 'swallowed all his', 'swallowed all of my', 'ate all my', 'took my whole', 'took her whole', 'took his whole'], b: ['pills', 'tablets', 'meds', 'medication', 'capsules', 'sleepers'] }],
        say: ['took all my pills', 'took all her pills', 'took all his pills', 'took a whole bottle', 'swallowed a whole bottle', 'swallowed all the pills', 'took too many pills', 'took too many tablets', 'took too much medication', 'took an overdose', 'has overdosed', 'had an overdose'] },
      zh: { pairs: [{ reach: 8, a: ['一整盒', '一整瓶', '整盒', '整瓶', '一整板', '整板', '所有的药'], b: ['吃了', '吞了', '喝了', '都吃'] }], say: ['吃了一整瓶', '吃了一瓶安眠药', '把药都吃了', '吞了很多药', '吃了好多安眠药', '过量服药', '服药过量'] },
      ko: { say: ['한 통을 다 먹', '한 상자를 다 먹', '한 통 다 먹', '약을 한꺼번에 먹었', '수면제를 다 먹었', '약을 많이 먹었', '약을 과다', '과다 복용', '약물 과다'] },
      vi: { say: ['uống quá liều', 'uống hết cả lọ', 'uống cả vỉ thuốc', 'uống nhiều thuốc ngủ', 'uống rất nhiều thuốc'] },
      ne: { pairs: [{ ordered: true, reach: 16, a: ['dherai aushadhi', 'dherai ausadhi', 'dherai chakki', 'dherai tablet', 'dherai pill', 'dherai okhati', 'sabai aushadhi', 'sab aushadhi', 'sabai chakki', 'sabai ausadhi', 'chakki', 'aushadhi', 'ausadhi'], b: ['dherai khaayo', 'dherai khayo', 'sabai khaayo', 'sabai khayo', 'sab khaayo', 'sab khayo', 'khaaidiyo', 'khaidiyo', 'ota khaayo', 'ota khayo', 'wata khaayo', 'wata khayo', 'ota khaae', 'ota khae', 'ota khaai', 'ota khai', 'dherai khaae', 'dherai khae', 'sabai pata khali', 'pata khali', 'patta khali', 'bottle khali'] }, { ordered: true, reach: 24, a: ['सबै निद्राको', 'सबै सुत्ने', 'sabai nidra ko', 'sabai nindra ko', 'sabai sutne'], b: ['खाएँ', 'खाएं', 'खाइदिएँ', 'खायो', 'निलें', 'khaye', 'khaen', 'khaayen', 'khayo', 'nile'] }, { ordered: true, reach: 16, a: ['dherai aushadhi', 'dherai ausadhi', 'dherai chakki', 'dherai tablet', 'dherai pill', 'dherai okhati', 'sabai aushadhi', 'sabai chakki'], b: ['khaayo', 'khayo', 'khaain', 'khain', 'khaanu bhayo', 'khanu bhayo', 'khaanubhayo', 'khanubhayo', 'khaaidiyo', 'khaidiyo'] }],  say: ['धेरै चक्की खायो', 'धेरै औषधि खायो', 'सबै औषधि खाइदियो', 'ओभरडोज', 'पूरै बट्टा', 'पुरै बट्टा', 'सबै चक्की खानुभयो', 'सबै औषधि खानुभयो'] },
      tl: { say: ['ininom lahat ng gamot', 'ininom niya lahat', 'nag overdose', 'sobrang dami ng ininom na gamot', 'ininom niya ang buong', 'ininom ang buong pakete', 'ininom ang buong banig', 'ininom ang buong bote'] },
      pt: { say: ['tomou muitos comprimidos', 'tomou todos os comprimidos', 'tomou a cartela toda', 'tomou o vidro todo', 'tomou remédio demais', 'teve uma overdose', 'tomou uma overdose', 'fez overdose'] },
      id: { say: ['overdosis', 'minum obat terlalu banyak', 'menelan banyak obat', 'minum sebotol obat'] },
    },
  },
  {
    name: 'choking',
    signal: 'emergency',
    words: {
      ja: {
        say: ['喉に詰まらせ', 'のどにつまらせ', '窒息しかけ', '窒息してい', 'ちっそくしてい', 'ちっそくしかけ'],
        pairs: [{ ordered: true, reach: 6, a: ['餅', 'パン', 'こんにゃく', 'ゼリー', 'ナッツ', '飴', 'ぶどう', 'ミニトマト', 'ご飯', '肉'], b: ['詰まら', 'つまら', '詰まっ', 'つまっ', '喉に', 'のどに'] }],
      },
      en: { say: ['something stuck in his throat', 'something stuck in her throat', 'food stuck in his throat', 'food stuck in her throat', 'cant cough it up', 'needs the heimlich'] },
      zh: { say: ['卡在喉咙', '卡喉咙', '噎住了', '食物卡住'] },
      ko: { say: ['목에 걸렸', '목에 걸려 숨', '떡이 걸', '질식했', '질식할 뻔', '질식하고 있'] },
      vi: { say: ['hóc dị vật', 'bị hóc thức ăn', 'mắc nghẹn', 'nghẹn thở'] },
      ne: { pairs: [{ ordered: true, reach: 16, a: ['khana', 'mochi', 'candy', 'chocolate', 'sikka', 'coin', 'angur', 'grape', 'masu', 'haddi'], b: ['atkiy', 'adkiy', 'atkyo', 'adkyo', 'atkeko', 'adkeko', 'aDkiy'] }, { ordered: true, reach: 8, a: ['ghaanti ma', 'ghanti ma', 'ghati ma', 'ghaati ma'], b: ['atkiy', 'adkiy', 'atkyo', 'adkyo'] }],  say: ['घाँटीमा अड्क', 'खाना अड्क', 'सास अड्क'] },
      tl: { say: ['nabulunan', 'nabibilaukan', 'nabilaukan', 'may bara sa lalamunan', 'nakabara sa lalamunan'] },
      pt: {
        say: ['algo preso na garganta', 'comida presa na garganta'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['engasgou', 'engasgado', 'engasgada', 'engasgando', 'engasga'], b: ['roxo', 'roxa', 'não respira', 'não consegue respirar', 'não sai', 'desmaiou', 'não consegue tossir', 'sufocando'] }],
      },
      id: { pairs: [{ reach: 24, acrossSentences: true, a: ['tersedak', 'keselek'], b: ['tidak bisa bernapas', 'tidak bisa bernafas', 'membiru', 'biru', 'tidak bisa batuk', 'tidak keluar', 'lemas'] }] },
    },
  },
  {
    name: 'drowning',
    signal: 'emergency',
    words: {
      ja: {
        say: ['おぼれてい', 'おぼれた', 'おぼれそう', 'お風呂で沈', 'おふろでしずん', '浴槽で沈', '湯船に沈', 'ゆぶねにしずん', 'お風呂で意識', 'おふろでいしき', 'プールで沈', 'ぷーるでしずん'],
        idioms: ['酒に溺れ', 'さけにおぼれ', '借金に溺れ', 'しゃっきんにおぼれ', '恋に溺れ', 'ギャンブルに溺れ', '仕事に溺れ'],
      },
      // (swamped, said of one's life: "2 kids, working nights, kinda drowning", "drowning in bills")
      en: { say: ['face down in the water', 'face down in the bath', 'pulled him out of the water', 'pulled her out of the water'],
        idioms: ['kinda drowning', 'kind of drowning', 'bit drowning', 'slowly drowning', 'drowning in debt', 'drowning in bills', 'drowning in work', 'drowning in paperwork', 'drowning in stress', 'drowning in laundry', 'drowning in homework', 'drowning in loans', 'drowning in problems', 'drowning in responsibilities', 'drowning in tasks', 'drowning in emails', 'drowning in credit', 'drowning in sadness', 'drowning in grief', 'drowning in my own', 'drowning in everything', 'drowning in expenses', 'drowning in overtime', 'drowning in it all', 'drowning here', 'im drowning lol', 'feel like im drowning', 'feels like im drowning', 'feel like i am drowning', 'feeling like im drowning', 'just drowning', 'totally drowning'] },
      zh: { say: ['溺水', '掉进水里', '掉进河里', '掉进池塘', '脸朝下在水里', '沉下去了'] },
      ko: { say: ['물에 빠져서 숨', '물에 빠져 의식', '물에 빠져서 안 나와', '익사', '욕조에 빠', '물속에 가라앉'] },
      vi: { say: ['đuối nước', 'chết đuối', 'ngã xuống sông', 'ngã xuống ao', 'chìm trong bồn tắm'] },
      ne: { pairs: [{ reach: 24, a: ['pani ma', 'paani ma', 'pool ma', 'pokhari', 'khola', 'nadi', 'samundra', 'samudra', 'bathtub', 'ofuro', 'furo ma', 'pauri'], b: ['dubyo', 'dubi$', 'dubeko', 'dubna laag', 'dubna lag', 'dubdai'] }, { reach: 40, acrossSentences: true, a: ['dubyo', 'dubeko'], b: ['nikaaly', 'nikaly', 'nikaale', 'nikale', 'saas$', 'sas$', 'swas$', 'shwas$', 'swaas$', 'shwaas$', 'saans$', 'hosh', 'boldaina', 'uthdaina'] }],  say: ['पानीमा डुब्यो', 'पानीमा डुबेको', 'खोलामा खस्यो', 'पोखरीमा खस्यो'] },
      tl: { say: ['nalulunod', 'nalunod', 'nahulog sa ilog', 'nahulog sa dagat', 'nahulog sa pool'], idioms: ['nalulunod sa utang', 'nalulunod ako sa', 'lunod sa utang', 'nalulunod sa problema', 'nalulunod sa trabaho'] },
      pt: { say: ['afogando', 'se afogou', 'se afogando', 'caiu no rio e'], idioms: ['afogado em', 'afogada em', 'afogando em', 'me afogando em', 'afogada de', 'afogado de'] },
      id: { say: ['tenggelam', 'hampir tenggelam', 'jatuh ke sungai', 'jatuh ke kolam', 'terseret arus'], idioms: ['tenggelam dalam', 'tenggelam di pekerjaan', 'tenggelam di kerjaan', 'tenggelam di kesibukan', 'tenggelam di kesedihan', 'tenggelam di pikiran', 'tenggelam di utang', 'tenggelam di hutang', 'tenggelam di tumpukan', 'tenggelam di tugas', 'tenggelam di dunia', 'tenggelam di lautan', 'tenggelam di antara', 'matahari tenggelam', 'tenggelam utang', 'tenggelam hutang', 'tenggelam dengan'] },
    },
  },
  {
    name: 'heatstroke',
    signal: 'emergency',
    words: {
      ja: {
        say: ['熱射病'],
        pairs: [{ reach: 20, acrossSentences: true, a: ['熱中症', 'ねっちゅうしょう'], b: ['意識', 'いしき', 'ぐったり', '呼びかけ', 'よびかけ', '反応', 'はんのう', 'けいれん', '痙攣', '水も飲めな', 'みずものめな', '体が熱', 'からだがあつ', '吐い', '倒れ', 'たおれ', 'ふらふら', '汗をかかな', 'おかしなことを'] }],
      },
      en: { pairs: [{ reach: 48, acrossSentences: true, a: ['heat stroke', 'heatstroke', 'heat exhaustion', 'in the heat', 'hot car', 'overheated'], b: ['confused', 'not sweating', 'stopped sweating', 'passed out', 'collapsed', 'vomiting', 'unresponsive', 'hot to the touch', 'wont drink', 'not making sense', 'seizure'] }] },
      zh: { pairs: [{ reach: 12, acrossSentences: true, a: ['中暑'], b: ['昏迷', '晕倒', '不醒', '抽搐', '神志不清', '呕吐', '不出汗', '体温很高', '说胡话'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['열사병', '일사병', '더위를 먹'], b: ['의식', '쓰러', '구토', '경련', '땀이 안', '헛소리', '체온이 높'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['sốc nhiệt', 'say nắng', 'cảm nắng'], b: ['ngất', 'bất tỉnh', 'co giật', 'nôn', 'lơ mơ', 'người nóng ran', 'không ra mồ hôi'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['garmi', 'lu laag', 'lu lag', 'heatstroke', 'necchusho', 'nechusho', 'jiu ekdam taato', 'jiu ekdam tato', 'jiu taato', 'jiu tato'], b: ['ladyo', 'ladnu', 'behosh', 'ulta pulta bol', 'ulto pulto bol', 'bakwas bol', 'pasina aaudaina', 'pasina pani aaudaina', 'pasina aauna chhod', 'pasina aauna chod', 'pasina aauna xod', 'bolaudaina', 'bolaaudaina', 'boldaina', 'jawaf mild'] }, { reach: 32, acrossSentences: true, a: ['लु लाग्यो', 'गर्मीले'], b: ['बेहोस', 'ढल्यो', 'ढल्नुभयो', 'बान्ता', 'होस', 'काम्न'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['heat stroke', 'inatake ng init', 'sobrang init'], b: ['nahimatay', 'walang malay', 'nagsusuka', 'nangingisay', 'nalilito', 'hindi sumasagot'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['insolação', 'intermação', 'calor extremo'], b: ['desmaiou', 'confus', 'vomitando', 'convulsão', 'não responde', 'muito quente e'] }] },
      id: { pairs: [{ reach: 32, acrossSentences: true, a: ['sengatan panas', 'kepanasan', 'heatstroke'], b: ['pingsan', 'tidak sadar', 'muntah', 'kejang', 'linglung', 'badan sangat panas'] }] },
    },
  },
  {
    name: 'severe burns',
    signal: 'emergency',
    words: {
      ja: { say: ['大やけど', 'おおやけど', '全身やけど', 'ぜんしんやけど', '広範囲のやけど', 'こうはんいのやけど', '熱湯をかぶっ', 'ねっとうをかぶっ', '油をかぶっ', 'あぶらをかぶっ', '服に火が', 'ふくにひが', '火だるま', 'ひだるま'] },
      en: { say: ['badly burned', 'severely burned', 'severe burn', 'burns all over', 'third degree burn', 'clothes caught fire', 'skin is peeling off', 'skin peeling off', 'blistering all over', 'pulled the kettle'] },
      zh: { say: ['大面积烫伤', '严重烫伤', '严重烧伤', '浑身烫伤', '衣服着火', '皮都烫掉'] },
      ko: { say: ['심한 화상', '전신 화상', '끓는 물에 데', '뜨거운 물을 뒤집어', '옷에 불이', '화상을 크게', '물집이 온몸'] },
      vi: { say: ['bỏng nặng', 'bỏng nước sôi', 'bị bỏng nặng', 'bỏng toàn thân', 'quần áo bắt lửa'] },
      ne: { pairs: [{ reach: 24, a: ['taato tel', 'tato tel', 'taato pani', 'tato pani', 'taato paani', 'tato paani', 'umaaleko', 'umaleko', 'umleko', 'umlieko'], b: ['khasyo', 'khanyaayo', 'khanyayo', 'poly', 'pole', 'jaly', 'jale', 'chhala', 'chala', 'xala', 'fokaa', 'foka', 'phokaa', 'phoka'] }],  say: ['chhala utri', 'chala utri', 'xala utri', 'chhala utar', 'chala utar', 'xala utar', 'chhala utriy', 'chala utriy', 'xala utriy', 'chhala jhar', 'chala jhar', 'xala jhar', 'chhala nikl', 'chala nikl', 'xala nikl', 'नराम्रोसँग पोल्यो', 'उम्लेको पानीले पोल्यो', 'आगोले पोल्यो', 'लुगामा आगो'] },
      tl: { say: ['malubhang paso', 'napaso ng kumukulong tubig', 'nabuhusan ng kumukulong', 'nasunog ang balat', 'nasunog ang damit'] },
      pt: { say: ['queimadura grave', 'se queimou muito', 'água fervendo caiu', 'óleo quente caiu', 'roupa pegou fogo', 'queimadura de terceiro grau'] },
      id: { say: ['luka bakar parah', 'tersiram air panas', 'tersiram minyak panas', 'kulit melepuh', 'baju terbakar', 'luka bakar luas'] },
    },
  },
  {
    name: 'hypothermia',
    signal: 'emergency',
    words: {
      ja: {
        say: ['体が氷のように冷た', 'からだがこおりのようにつめた', '雪の中で倒れ', 'ゆきのなかでたおれ'],
        pairs: [{ reach: 16, acrossSentences: true,
          a: ['低体温', 'ていたいおん', '体温が', 'たいおんが', '雪の中', 'ゆきのなか', '冷え切', 'ひえき', '体が冷た', 'からだがつめた'],
          b: ['意識', 'いしき', '反応', 'はんのう', '動かな', 'うごかな', 'ろれつ', '眠そう', 'ねむそう', '起きな', 'おきな', '34度', '33度', '32度'] }],
      },
      en: { pairs: [{ reach: 40, acrossSentences: true, a: ['hypothermia', 'hypothermic', 'freezing cold', 'out in the cold', 'in the snow', 'ice cold', 'body is cold'], b: ['confused', 'not responding', 'unresponsive', 'stopped shivering', 'slurring', 'drowsy', 'wont wake', 'blue lips', 'lips are blue', 'barely breathing', 'collapsed'] }] },
      zh: { say: ['冻僵了', '冻得不省人事', '浑身冰冷'], pairs: [{ reach: 12, acrossSentences: true, a: ['失温', '低温症', '冻'], b: ['意识模糊', '叫不醒', '说胡话', '不发抖了', '嘴唇发紫', '浑身冰凉'] }] },
      ko: { say: ['몸이 얼음장', '꽁꽁 얼어'], pairs: [{ reach: 24, acrossSentences: true, a: ['저체온', '저체온증'], b: ['의식', '반응', '횡설수설', '졸려', '입술이 파'] }] },
      vi: { say: ['người lạnh ngắt'], pairs: [{ reach: 32, acrossSentences: true, a: ['hạ thân nhiệt'], b: ['lơ mơ', 'không tỉnh', 'không phản ứng', 'tím tái'] }] },
      ne: { say: ['जाडोले कठ्याङ्ग्रिएको'], pairs: [{ reach: 32, acrossSentences: true, a: ['चिसोले', 'जाडोले'], b: ['बेहोस', 'कठ्याङ्ग्रि', 'होस', 'बोल्दैन'] }] },
      tl: { say: ['nanlalamig ang buong katawan at'], pairs: [{ reach: 32, acrossSentences: true, a: ['hypothermia', 'giniginaw nang husto', 'nanlalamig'], b: ['walang malay', 'hindi sumasagot', 'nalilito'] }] },
      pt: { say: ['corpo gelado e', 'congelando e não'], pairs: [{ reach: 32, acrossSentences: true, a: ['hipotermia'], b: ['confus', 'não responde', 'desmaiou', 'lábios roxos', 'sonolento', 'sonolenta'] }] },
      id: { say: ['badan dingin sekali dan'], pairs: [{ reach: 32, acrossSentences: true, a: ['hipotermia'], b: ['linglung', 'tidak sadar', 'tidak merespons', 'bibir biru', 'mengantuk'] }] },
    },
  },
  {
    name: 'a fall or blow to the head with vomiting, drowsiness or confusion',
    signal: 'emergency',
    words: {
      ja: {
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['頭を打', 'あたまをう', '頭をぶつけ', 'あたまをぶつけ', '転んで頭', 'ころんであたま', '落ちて頭', 'おちてあたま', '階段から落ち', 'かいだんからおち', 'ベッドから落ち', 'べっどからおち'],
          b: ['吐', 'はきけ', 'はきま', 'はいてしま', 'ぼーっと', 'ぼんやり', '意識', 'いしき', '眠そう', 'ねむそう', '様子がおかし', 'ようすがおかし', '血が', 'ちが'] }],
      },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['hit his head', 'hit her head', 'hit their head', 'banged his head', 'banged her head', 'fell and hit', 'fell down the stairs', 'head injury', 'bumped his head', 'bumped her head'], b: ['vomiting', 'throwing up', 'threw up', 'drowsy', 'confused', 'not making sense', 'wont wake', 'sleepy', 'bleeding', 'unequal pupils', 'passed out', 'seizure'] }] },
      zh: { pairs: [{ reach: 14, acrossSentences: true, a: ['摔到头', '撞到头', '头部受伤', '磕到头', '头撞到', '从楼梯上摔'], b: ['呕吐', '吐了', '想睡', '嗜睡', '迷糊', '不清醒', '流血'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['머리를 부딪', '머리를 박', '머리를 찧', '넘어져서 머리', '계단에서 떨어'], b: ['토했', '토해', '구토', '졸려', '멍해', '의식', '피가'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['đập đầu', 'va đầu', 'ngã đập đầu', 'té đập đầu', 'chấn thương đầu'], b: ['nôn', 'ói', 'buồn ngủ', 'lơ mơ', 'chảy máu', 'không tỉnh'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['tauko thokiy', 'tauko thokkiy', 'tauko thokki', 'tauko ma chot', 'tauko futyo', 'tauko phutyo', 'tauko ko bhar', 'tauko bata ragat', 'taauko thokiy', 'taauko thokkiy', 'taauko thokki', 'taauko ma chot', 'taauko futyo', 'taauko phutyo', 'taauko ko bhar', 'taauko bata ragat', 'tauka thokiy', 'tauka thokkiy', 'tauka thokki', 'tauka ma chot', 'tauka futyo', 'tauka phutyo', 'tauka ko bhar', 'tauka bata ragat', 'taukoma chot'], b: ['bomit', 'baantaa', 'baanta', 'bantaa', 'banta', 'ulti', 'nidaau', 'nidau', 'nidaaun', 'nidaun', 'confus', 'ragat', 'hosh', 'uthdaina', 'lotho', 'rodaina', 'rudaina', 'boldaina'] }, { ordered: true, reach: 16, a: ['uchai bata', 'uchaai bata', 'ashiba bata'], b: ['khasyo', 'khase', 'ladyo', 'jharyo'] }, { reach: 32, acrossSentences: true, a: ['टाउको ठोक्कियो', 'टाउकोमा चोट', 'लडेर टाउको'], b: ['बान्ता', 'उल्टी', 'निद्रा', 'होस', 'रगत'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['nauntog', 'tumama ang ulo', 'nabagok ang ulo', 'nabagok'], b: ['nagsusuka', 'sumuka', 'inaantok', 'nalilito', 'dumudugo', 'walang malay'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['bateu a cabeça', 'batido a cabeça', 'pancada na cabeça', 'caiu da escada'], b: ['vomitando', 'vomitou', 'sonolento', 'sonolenta', 'confus', 'sangrando', 'desmaiou'] }] },
      id: { pairs: [{ reach: 32, acrossSentences: true, a: ['kepala terbentur', 'terbentur kepala', 'kepalanya terbentur', 'benturan di kepala', 'jatuh dari tangga'], b: ['muntah', 'mengantuk', 'linglung', 'berdarah', 'pingsan', 'tidak sadar'] }] },
    },
  },

  {
    name: 'a heavy, pressing, tight chest with sweat, sickness or pain to the arm',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: true, a: ['胸が重', 'むねがおも', '胸に圧迫', 'むねにあっぱく', '胸がぎゅっと', 'むねがぎゅっと', '胸がつぶれ', 'むねがつぶれ'], b: ['汗', 'あせ', '左腕', 'ひだりうで', '肩', '顎', 'あご', '吐き気', 'はきけ', '顔色', 'かおいろ', '息苦し', 'いきぐるし'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['chest feels heavy', 'chest is heavy', 'heavy chest', 'chest feels tight', 'weight on his chest', 'weight on her chest', 'weight on my chest', 'sitting on his chest', 'sitting on her chest', 'sitting on my chest', 'squeezing in his chest', 'squeezing in her chest', 'squeezing in my chest', 'pain in the chest', 'chest pressure', 'chest is hurting', 'chest hurting', 'chest feels heavy'], b: ['sweat', 'clammy', 'left arm', 'his arm', 'her arm', 'my arm', 'jaw', 'shoulder', 'grey', 'gray', 'pale', 'short of breath', 'breathless', 'nauseous', 'dizzy'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: true, a: ['胸口发闷', '胸口很重', '胸口压着', '胸口像压了', '胸口紧'], b: ['出汗', '冷汗', '左臂', '胳膊', '下巴', '肩膀', '脸色', '恶心', '喘不上气'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: true, a: ['가슴이 답답', '가슴이 무겁', '가슴이 짓눌', '가슴을 누르는'], b: ['식은땀', '땀이', '땀을', '왼팔', '팔이', '턱', '어깨', '창백', '메스꺼', '숨이 차'] }] },
      vi: { pairs: [{ reach: 48, acrossSentences: true, a: ['nặng ngực', 'ngực nặng', 'ngực như bị đè', 'đè nặng ngực'], b: ['mồ hôi', 'tay trái', 'cánh tay', 'hàm', 'vai', 'tái mặt', 'buồn nôn', 'khó thở'] }] },
      ne: { pairs: [{ reach: 48, acrossSentences: true, a: ['छाती भारी', 'छाती थिचेको जस्तो', 'छाती कस्सिएको'], b: ['पसिना', 'देब्रे हात', 'बङ्गारा', 'काँध', 'वाकवाकी', 'सास फेर्न'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: true, a: ['mabigat ang dibdib', 'parang may nakadagan sa dibdib'], b: ['pawis', 'pinagpapawisan', 'kaliwang braso', 'braso', 'panga', 'balikat', 'namumutla', 'nahihilo', 'hinihingal'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: true, a: ['peito pesado', 'peso no peito'], b: ['suando', 'suor', 'braço esquerdo', 'braço', 'queixo', 'mandíbula', 'ombro', 'pálido', 'pálida', 'enjoo', 'falta de ar'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: true, a: ['dada terasa berat', 'dada berat', 'dada seperti ditindih'], b: ['keringat', 'berkeringat', 'lengan kiri', 'lengan', 'rahang', 'bahu', 'pucat', 'mual', 'sesak'] }] },
    },
  },
  {
    name: 'swelling and gasping after a sting or food (more ways to say it); days of medicine taken at once',
    signal: 'emergency',
    words: {
      ja: { say: ['一週間分の薬を', 'いっしゅうかんぶんのくすりを', '何日分も飲', 'なんにちぶんものん', '一週間分飲', 'いっしゅうかんぶんのん'], pairs: [{ reach: 20, acrossSentences: true, a: ['刺され', 'さされ', '食べた後', 'たべたあと', 'アレルギー'], b: ['顔がパンパン', 'かおがぱんぱん', '目が開かないほど腫', 'ゼイゼイ', 'ぜいぜい', 'ハアハア'] }] },
      en: { pairs: [
        { reach: 60, acrossSentences: true, a: ['stung', 'sting', 'after eating', 'ate a', 'ate some', 'allergic', 'allergy', 'peanut', 'nuts'], b: ['puffing up', 'puffy', 'face swelled', 'face has swollen', 'swollen shut', 'gasping', 'wheez', 'trouble breathing', 'hard to breathe', 'throat feels', 'throat is tight', 'cant catch her breath', 'cant catch his breath'] },
        { ordered: true, reach: 32, a: ['took', 'swallowed', 'has taken', 'taken'], b: ['whole week of', 'whole box', 'whole bottle', 'whole pack', 'whole packet', 'all her tablets', 'all his tablets', 'all her pills', 'all his pills', 'all at once', 'double dose', 'triple dose'] },
      ] },
      zh: { say: ['一次吃了一周的药', '一下子吃了好几天的药', '把一周的药都吃了'], pairs: [{ reach: 12, acrossSentences: true, a: ['被蜂', '蜂蜇', '吃了', '过敏'], b: ['脸肿得', '眼睛肿得睁不开', '喘得厉害', '上气不接下气'] }] },
      ko: { say: ['일주일 치 약을', '며칠 치 약을 한꺼번에', '한꺼번에 다 먹었'], pairs: [{ reach: 24, acrossSentences: true, a: ['벌에', '쏘였', '먹고', '알레르기'], b: ['얼굴이 퉁퉁', '눈이 안 떠질', '쌕쌕', '헐떡'] }] },
      vi: { say: ['uống hết thuốc của cả tuần', 'uống thuốc một tuần trong một lần'], pairs: [{ reach: 32, acrossSentences: true, a: ['ong đốt', 'bị ong', 'sau khi ăn', 'dị ứng'], b: ['mặt sưng vù', 'sưng húp', 'thở hổn hển', 'thở dốc'] }] },
      ne: { say: ['हप्ताभरिको औषधि एकैचोटि', 'एकैपटक सबै औषधि खायो'], pairs: [{ reach: 32, acrossSentences: true, a: ['मौरीले', 'खाएपछि', 'एलर्जी'], b: ['अनुहार सुन्निएर', 'सास फुल्', 'सास बढ्'] }] },
      tl: { say: ['ininom ang gamot na pang isang linggo', 'isang linggong gamot ininom'], pairs: [{ reach: 32, acrossSentences: true, a: ['bubuyog', 'pagkatapos kumain', 'allergy'], b: ['namamaga ang mukha', 'maga ang mata', 'hinahabol ang hininga', 'humihingal'] }] },
      pt: { say: ['tomou os remédios da semana toda', 'tomou todos os remédios de uma vez', 'tomou a caixa toda de uma vez'], pairs: [{ reach: 32, acrossSentences: true, a: ['picada', 'picado', 'comeu', 'alergia'], b: ['rosto inchando', 'inchou todo', 'olho fechou de inchado', 'ofegante', 'sem ar'] }] },
      id: { say: ['minum obat untuk seminggu sekaligus', 'menelan obat seminggu sekaligus'], pairs: [{ reach: 32, acrossSentences: true, a: ['disengat', 'tawon', 'habis makan', 'alergi'], b: ['wajah bengkak', 'muka bengkak', 'mata bengkak tertutup', 'napas tersengal', 'tersengal sengal'] }] },
    },
  },
  {
    name: 'overheated in the sun: hot, confused, no longer sweating',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 24, acrossSentences: true, a: ['炎天下', 'えんてんか', '暑い中', 'あついなか', '日なた', '猛暑'], b: ['意識', 'いしき', 'ぐったり', '反応', 'はんのう', 'けいれん', '汗をかかな', '汗が出な', 'ふらふら', '倒れ', 'たおれ', '吐い'] }] },
      en: { pairs: [{ reach: 48, acrossSentences: true, a: ['in the sun', 'heatwave', 'hot day', 'all day in the sun', 'sunstroke', 'too hot'], b: ['confused', 'not sweating', 'stopped sweating', 'passed out', 'collapsed', 'vomiting', 'unresponsive', 'hot to the touch', 'not making sense', 'seizure'] }] },
      zh: { pairs: [{ reach: 12, acrossSentences: true, a: ['大太阳下', '高温下', '太阳底下', '暴晒'], b: ['昏迷', '晕倒', '抽搐', '神志不清', '呕吐', '不出汗', '说胡话'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['땡볕', '폭염', '더운 날', '햇볕 아래'], b: ['의식', '쓰러', '구토', '경련', '땀이 안', '헛소리'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['dưới nắng', 'trời nắng gắt', 'nắng nóng'], b: ['ngất', 'bất tỉnh', 'co giật', 'lơ mơ', 'không ra mồ hôi', 'nói lảm nhảm'] }] },
      ne: { pairs: [{ reach: 32, acrossSentences: true, a: ['घाममा', 'चर्को घाम', 'गर्मीमा'], b: ['बेहोस', 'ढल्यो', 'बान्ता', 'काम्न', 'पसिना आउन छाड'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['sa ilalim ng araw', 'tirik na araw', 'init na init'], b: ['nahimatay', 'walang malay', 'nagsusuka', 'nangingisay', 'nalilito', 'hindi na pinapawisan'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['no sol', 'calor forte', 'sol quente', 'onda de calor'], b: ['desmaiou', 'confus', 'vomitando', 'convulsão', 'não responde', 'parou de suar'] }] },
      id: { pairs: [{ reach: 32, acrossSentences: true, a: ['di bawah terik', 'terik matahari', 'cuaca panas'], b: ['pingsan', 'tidak sadar', 'muntah', 'kejang', 'linglung', 'tidak berkeringat'] }] },
    },
  },

  {
    name: 'clawing at the chest, an ashen face; sweating with pain in the left arm or jaw',
    signal: 'emergency',
    words: {
      ja: { say: ['胸をかきむし', 'むねをかきむし', '顔が土色', 'かおがつちいろ', '顔が灰色', 'かおがはいいろ'], pairs: [{ reach: 20, acrossSentences: true, a: ['冷や汗', 'ひやあせ', '汗をかいて', 'あせをかいて', '大汗'], b: ['左腕', 'ひだりうで', '左手がしびれ', 'ひだりてがしびれ', '顎が痛', 'あごがいた', '胸'] }] },
      en: { say: ['clawing at his chest', 'clawing at her chest', 'grabbing his chest', 'grabbing her chest', 'face has gone grey', 'face went grey', 'face is ashen'], pairs: [{ reach: 48, acrossSentences: true, a: ['sweating', 'clammy', 'cold sweat', 'sweaty'], b: ['left arm', 'jaw hurts', 'jaw pain', 'his jaw', 'her jaw', 'chest'] }] },
      zh: { say: ['抓着胸口', '揪着胸口', '脸色发灰', '脸色灰白', '满头大汗'], pairs: [{ reach: 12, acrossSentences: true, a: ['胸口', '胸闷', '胸痛', '冷汗', '大汗'], b: ['左手发麻', '左臂发麻', '左手麻', '下巴痛', '下巴疼', '冒冷汗', '一直冒汗', '大汗', '满头汗', '一身汗'] }] },
      ko: { say: ['가슴을 쥐어뜯', '가슴을 부여잡', '얼굴이 잿빛'], pairs: [{ reach: 24, acrossSentences: true, a: ['식은땀', '땀을 많이'], b: ['왼팔', '턱이 아', '가슴이'] }] },
      vi: { say: ['mặt tái xám', 'mặt xám ngoét'], pairs: [{ reach: 32, acrossSentences: true, a: ['vã mồ hôi', 'mồ hôi lạnh', 'đổ mồ hôi'], b: ['tay trái', 'đau hàm', 'đau ngực', 'tức ngực'] }] },
      ne: { say: ['अनुहार कालो निलो', 'छाती समातेर ढल'], pairs: [{ reach: 32, acrossSentences: true, a: ['चिसो पसिना', 'पसिनाले भिज'], b: ['देब्रे हात', 'बङ्गारा', 'छाती'] }] },
      tl: { say: ['kulay abo ang mukha', 'hawak hawak ang dibdib'], pairs: [{ reach: 32, acrossSentences: true, a: ['pinagpapawisan', 'malamig na pawis'], b: ['kaliwang braso', 'masakit ang panga', 'dibdib'] }] },
      pt: { say: ['rosto acinzentado', 'cara cinza', 'rosto cinzento'], pairs: [{ reach: 32, acrossSentences: true, a: ['suando frio', 'suando muito', 'suor frio'], b: ['braço esquerdo', 'dor no queixo', 'dor na mandíbula', 'peito'] }] },
      id: { say: ['wajah abu abu', 'wajah pucat kelabu'], pairs: [{ reach: 32, acrossSentences: true, a: ['keringat dingin', 'berkeringat banyak'], b: ['lengan kiri', 'rahang sakit', 'dada'] }] },
    },
  },
  {
    name: 'suddenly one arm will not lift and speech is blurred; not moving and cold',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 16, acrossSentences: true, a: ['うごきません', 'うごかない', '動かない', '動きません', 'うごかなくな', '動かなくな'], b: ['つめたい', '冷たい', 'つめたく', '冷たく', '息をしてな', 'いきをしてな', 'へんじがな', '返事がな', 'へんじをしな', 'めをあけな', '目を開けな', 'はんのうがな', '反応がな'] }] },
      en: { pairs: [{ reach: 32, acrossSentences: true, a: ['not moving', 'isnt moving', 'wont move', 'stopped moving'], b: ['cold to the touch', 'ice cold', 'so cold', 'feels cold'] }] },
      zh: {
        say: ['手举不起来', '手抬不起来', '含糊不清'],
        pairs: [
          { reach: 12, a: ['突然', '忽然'], b: ['拿不住杯子', '拿不住东西', '手举不起来', '手抬不起来', '一边的手', '一边手', '一侧', '说话含糊', '说话不清', '口齿不清', '嘴歪', '脸歪', '说不出话', '右边身体', '左边身体', '右半边', '左半边', '身体动不了', '手动不了', '腿动不了'] },
          { reach: 12, acrossSentences: true, a: ['不动了', '一动不动'], b: ['冰凉', '凉了', '身体冷', '没气'] },
        ],
      },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['움직이지 않', '꼼짝도 안'], b: ['차가', '차갑', '싸늘'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['không cử động', 'nằm im không động'], b: ['lạnh ngắt', 'người lạnh', 'lạnh toát'] }] },
      ne: { pairs: [{ reach: 32, acrossSentences: true, a: ['चल्दैन', 'चल्नुहुन्न', 'हल्लिनुहुन्न'], b: ['चिसो', 'चिसै'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['hindi gumagalaw', 'hindi kumikilos'], b: ['malamig', 'nanlalamig'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['não se mexe', 'não mexe', 'parada', 'parado'], b: ['gelad', 'fria', 'frio$'] }] },
      id: { pairs: [{ reach: 32, acrossSentences: true, a: ['tidak bergerak', 'diam tidak bergerak'], b: ['dingin', 'badannya dingin'] }] },
    },
  },
  {
    name: 'too much insulin, low blood sugar with shaking or confusion',
    signal: 'emergency',
    words: {
      ja: { say: ['インスリンを全部', 'インスリンを打ちすぎ', 'いんすりんをうちすぎ', '低血糖で意識', 'ていけっとうでいしき'], pairs: [{ reach: 20, acrossSentences: true, a: ['インスリン', 'いんすりん', '低血糖', 'ていけっとう'], b: ['意識', 'いしき', 'もうろう', 'わけのわからない', '震え', 'ふるえ', '呼んでも', 'よんでも'] }] },
      en: {
        say: ['whole insulin pen', 'too much insulin', 'all her insulin', 'all his insulin', 'extra insulin and'],
        pairs: [{ reach: 48, acrossSentences: true, a: ['insulin', 'diabetic', 'blood sugar', 'sugar is low', 'hypo$', 'glucose', 'sugar reading', 'says lo$'], b: ['shaking and', 'confused', 'wont make sense', 'not making sense', 'passed out', 'unresponsive', 'wont wake', 'cant wake', 'sweaty and', 'mumbling', 'slurring', 'acting strange'] }],
      },
      zh: { say: ['胰岛素打多了', '胰岛素全打了', '低血糖昏迷'], pairs: [{ reach: 12, acrossSentences: true, a: ['胰岛素', '低血糖'], b: ['发抖', '神志不清', '叫不醒', '说胡话', '昏迷'] }] },
      ko: { say: ['인슐린을 다 맞', '인슐린을 과다', '저혈당으로 의식', '저혈당 쇼크'] },
      vi: { say: ['tiêm quá nhiều insulin', 'hạ đường huyết nặng', 'hạ đường huyết ngất'] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['sugar ko rogi', 'insulin', 'diabetes', 'madhumeha'], b: ['pasina', 'kaampdai', 'kampdai', 'kaampiraa', 'kaampira', 'kampiraa', 'kampira', 'kaampna', 'kampna', 'kaapdai', 'ulta pulta', 'ulto pulto', 'confused', 'behosh', 'jawaaf dind', 'jawaf dind', 'bolna mild'] }],  say: ['इन्सुलिन धेरै', 'सुगर घटेर बेहोस'] },
      tl: { say: ['sobrang insulin', 'bumagsak ang sugar at', 'mababa ang sugar at nahimatay'] },
      pt: { say: ['aplicou insulina demais', 'tomou toda a insulina', 'glicose baixa e desmaiou'], pairs: [{ reach: 32, acrossSentences: true, a: ['hipoglicemia', 'insulina'], b: ['tremendo', 'confus', 'desmaiou', 'não responde'] }] },
      id: { say: ['suntik insulin terlalu banyak', 'gula darah drop dan'], pairs: [{ reach: 32, acrossSentences: true, a: ['hipoglikemia', 'insulin', 'gula darah'], b: ['gemetar', 'linglung', 'pingsan', 'tidak sadar'] }] },
    },
  },

  {
    name: 'a fall (not only a blow to the head) then vomiting, drowsiness or confusion',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 24, acrossSentences: true, a: ['落ちた', 'おちた', '転落', 'てんらく', '転んだ', 'ころんだ', '落ちて', 'おちて'], b: ['吐いた', '何度も吐', 'なんどもは', 'もどした', '眠そう', 'ねむそう', 'ぼーっと', 'うとうと', 'ぐったり', '意識がもうろう'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['fell from', 'fell off', 'fell down', 'had a fall', 'fall from', 'fell out of', 'rolled off', 'lump on her head', 'lump on his head', 'bump on her head', 'bump on his head', 'knock to the head'], b: ['sick twice', 'was sick', 'being sick', 'vomit', 'threw up', 'throwing up', 'keeps falling asleep', 'drowsy', 'very sleepy', 'confused', 'not making sense', 'unresponsive'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['摔下来', '掉下来', '摔了一跤', '跌下来'], b: ['吐了', '呕吐', '犯困', '想睡', '嗜睡', '迷迷糊糊', '叫不醒'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['떨어져서', '떨어졌', '넘어져서', '넘어졌'], b: ['토했', '토해', '구토', '계속 졸려', '자꾸 잠들', '멍해'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['ngã từ', 'té từ', 'rơi từ', 'bị ngã'], b: ['nôn', 'ói', 'buồn ngủ li bì', 'lơ mơ', 'cứ ngủ thiếp'] }] },
      ne: { pairs: [{ reach: 32, acrossSentences: true, a: ['खसेर', 'लडेर', 'खस्यो'], b: ['बान्ता', 'उल्टी', 'निदाइरहन्छ', 'लठ्ठ'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['nahulog', 'nalaglag', 'natumba'], b: ['sumuka', 'nagsusuka', 'antok na antok', 'laging inaantok', 'nalilito'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['caiu do', 'caiu da', 'caiu de', 'levou um tombo'], b: ['vomitou', 'vomitando', 'muito sonolento', 'muito sonolenta', 'dormindo muito', 'confus'] }] },
      id: { pairs: [{ reach: 32, acrossSentences: true, a: ['jatuh dari', 'terjatuh dari', 'terjatuh'], b: ['muntah', 'mengantuk terus', 'tidur terus', 'linglung'] }] },
    },
  },

  {
    name: 'lips or face going grey or blue; strange breathing; an asthma attack the inhaler does not help',
    signal: 'emergency',
    words: {
      ja: { say: ['喘息の発作が止まら', 'ぜんそくのほっさがとまら', '吸入が効かな', 'きゅうにゅうがきかな', '呼吸が変', 'こきゅうがへん'], pairs: [{ reach: 20, acrossSentences: true, a: ['喘息', 'ぜんそく'], b: ['吸入が効かな', 'きゅうにゅうがきかな', '息ができな', 'いきができな', 'しゃべれな', '唇が', 'くちびるが'] }] },
      en: {
        say: ['breathing strangely', 'breathing very strangely', 'strange breathing', 'making gurgling', 'lips are grey', 'lips going grey', 'lips are going blue', 'lips going blue', 'lips turning grey', 'inhaler isnt working', 'inhaler not working', 'inhaler doesnt help', 'inhaler isnt helping', 'severe asthma attack', 'bad asthma attack'],
        pairs: [
          { reach: 16, a: ['lips', 'face', 'skin', 'fingers', 'fingertips'], b: ['going grey', 'going gray', 'going blue', 'turning grey', 'turning gray', 'turning blue', 'gone grey', 'gone blue', 'purple'] },
          { reach: 40, acrossSentences: true, a: ['asthma attack', 'asthma'], b: ['inhaler isnt', 'inhaler not', 'inhaler doesnt', 'cant breathe', 'cant talk', 'lips', 'struggling to breathe'] },
        ],
      },
      zh: { say: ['哮喘发作喘不上气', '喷雾没用'], pairs: [{ reach: 12, acrossSentences: true, a: ['哮喘'], b: ['喷雾没用', '喘不上气', '嘴唇发紫', '说不出话'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['천식'], b: ['흡입기가 안', '숨을 못', '말을 못', '입술이 파'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['lên cơn hen', 'hen suyễn', 'cơn suyễn'], b: ['xịt không đỡ', 'không thở được', 'môi tím', 'khó thở'] }] },
      ne: { pairs: [{ reach: 8, a: ['oth', 'othh', 'oath', 'otth', 'anuhar', 'nang$'], b: ['nilo', 'neelo', 'baijani', 'kalo nilo'] }, { reach: 24, a: ['asthma', 'inhaler'], b: ['kaam gardaina', 'kam gardaina', 'kaam garena', 'kam garena', 'bolna nai sakd'] }, { reach: 32, acrossSentences: true, a: ['दम बढ्यो', 'दमको'], b: ['इनहेलर काम गरेन', 'सास फेर्न सकेन', 'ओठ निलो'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['inaatake ng hika', 'hika', 'asthma'], b: ['hindi umuubra ang inhaler', 'hindi makahinga', 'nangingitim ang labi'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['crise de asma', 'asma'], b: ['bombinha não', 'não consegue respirar', 'lábios roxos', 'não consegue falar'] }] },
      id: { pairs: [{ reach: 32, acrossSentences: true, a: ['asma kambuh', 'serangan asma', 'sesak asma'], b: ['inhaler tidak mempan', 'tidak bisa bernapas', 'bibir biru', 'tidak bisa bicara'] }] },
    },
  },

  {
    name: 'a scald or burn over a large area, blistering, skin coming off',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 14, acrossSentences: true, a: ['やけど', '火傷', '熱湯', 'ねっとう', 'お湯をかぶ', 'おゆをかぶ', '油がかか', 'あぶらがかか'], b: ['水ぶくれ', 'みずぶくれ', '広い範囲', 'ひろいはんい', '一面', 'いちめん', '皮がむけ', 'かわがむけ', 'ただれ'] }] },
      en: { pairs: [{ reach: 40, acrossSentences: true, a: ['scald', 'scalded', 'burned', 'burnt', 'boiling water', 'hot water', 'hot oil', 'burn on'], b: ['blister', 'blisters', 'blistering', 'large area', 'whole arm', 'whole leg', 'skin peeling', 'skin came off', 'skin is coming off'] }] },
      zh: { say: ['烫了一大片', '烫伤一大片', '皮都起泡', '起了一大片水泡', '烫得起泡'], pairs: [{ reach: 12, acrossSentences: true, a: ['烫', '烧伤', '开水', '热水', '热油'], b: ['起泡', '水泡', '一大片', '皮掉', '脱皮'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['화상', '데었', '끓는 물', '뜨거운 물'], b: ['물집', '넓게', '피부가 벗겨'] }] },
      vi: { pairs: [{ reach: 32, acrossSentences: true, a: ['bỏng', 'nước sôi', 'dầu sôi'], b: ['phồng rộp', 'bong da', 'cả mảng', 'diện rộng'] }] },
      ne: { pairs: [{ reach: 32, acrossSentences: true, a: ['पोल्यो', 'उम्लेको'], b: ['फोका', 'छाला उप्कियो', 'धेरै ठाउँ'] }] },
      tl: { pairs: [{ reach: 32, acrossSentences: true, a: ['napaso', 'nabuhusan', 'kumukulong'], b: ['paltos', 'natuklap ang balat', 'malaking bahagi'] }] },
      pt: { pairs: [{ reach: 32, acrossSentences: true, a: ['queimou', 'queimadura', 'água fervendo', 'óleo quente'], b: ['bolhas', 'bolha', 'pele soltando', 'área grande'] }] },
      id: { pairs: [{ reach: 32, acrossSentences: true, a: ['tersiram', 'luka bakar', 'air panas', 'minyak panas'], b: ['melepuh', 'lecet besar', 'kulit mengelupas', 'luas'] }] },
    },
  },

  {
    name: 'hit by a car and not moving; found hanging; wrists cut and bleeding; an electric shock',
    signal: 'emergency',
    words: {
      ja: {
        say: ['首を吊っていた', 'くびをつっていた', '首を吊っているのを見つけ', '感電して', 'かんでんして'],
        pairs: [{ reach: 20, acrossSentences: true, a: ['車にはねられ', 'くるまにはねられ', '車に轢かれ', 'くるまにひかれ', '事故に遭', 'じこにあ'], b: ['動かな', 'うごかな', '意識', 'いしき', '血が', 'ちが', '息を', 'いきを', '返事', 'へんじ'] }],
      },
      en: {
        say: ['found him hanging', 'found her hanging', 'found my brother hanging', 'found my sister hanging', 'found my son hanging', 'found my daughter hanging', 'cut him down', 'cut her down', 'slit her wrists', 'slit his wrists', 'slit her wrist', 'slit his wrist', 'cut her wrists', 'cut his wrists', 'theres so much blood', 'so much blood everywhere', 'electric shock', 'electrocuted'],
        pairs: [{ reach: 60, acrossSentences: true, a: ['hit by a car', 'run over', 'knocked down by a', 'hit by a truck', 'hit by a bus', 'car accident', 'crashed'], b: ['not moving', 'unconscious', 'bleeding', 'not breathing', 'lying in the road', 'wont wake', 'not responding'] }],
      },
      zh: { say: ['躺在地上不动', '躺着不动', '上吊了', '割腕了', '被电到', '被电击'], pairs: [{ reach: 12, acrossSentences: true, a: ['被车撞', '出车祸', '车祸'], b: ['不动', '昏迷', '流血', '没反应', '没呼吸', '叫不醒'] }] },
      ko: { say: ['목을 맨 걸 발견', '목을 매고 있', '손목을 그어서 피', '감전됐', '감전되어'], pairs: [{ reach: 24, acrossSentences: true, a: ['차에 치여', '차에 치였', '교통사고'], b: ['의식', '움직이지', '피가', '숨을'] }] },
      vi: { say: ['điện giật', 'bị điện giật', 'thắt cổ trong phòng', 'cắt cổ tay chảy máu'], pairs: [{ reach: 32, acrossSentences: true, a: ['bị xe tông', 'bị xe đâm', 'tai nạn xe'], b: ['bất tỉnh', 'không cử động', 'chảy máu', 'không thở'] }] },
      ne: { say: ['current laagy', 'current lagy', 'karent laagy', 'karent lagy', 'current laagera', 'current lagera', 'bijuli ko taar ma chhoy', 'bijuli ko taar ma choy', 'bijuli ko taar ma xoy', 'bijuli ko tar ma chhoy', 'bijuli ko tar ma choy', 'bijuli ko tar ma xoy', 'bijuli laagy', 'bijuli lagy', 'jhundiyeko bhet', 'jhundieko bhet', 'jhundiyeko dekhe', 'झुण्डिएको भेटियो', 'झुन्डिएको भेटियो', 'करेन्ट लाग्यो', 'बिजुलीको करेन्ट'], pairs: [{ reach: 32, acrossSentences: true, a: ['accident', 'durghatana', 'car le haany', 'car le hany', 'gaadi le haany', 'gaadi le hany', 'gadi le haany', 'gadi le hany', 'gaadi le thakk'], b: ['ragat', 'behosh', 'hosh', 'chaldaina', 'boldaina', 'uthdaina'] }, { reach: 32, acrossSentences: true, a: ['गाडीले ठक्कर', 'गाडीले हान्यो', 'दुर्घटना'], b: ['बेहोस', 'चल्दैन', 'रगत', 'सास'] }] },
      tl: { say: ['nakuryente', 'nakita kong nakabigti', 'naglaslas at maraming dugo'], pairs: [{ reach: 32, acrossSentences: true, a: ['nasagasaan', 'nabangga'], b: ['walang malay', 'hindi gumagalaw', 'dumudugo', 'hindi humihinga'] }] },
      pt: { say: ['tentou se enforcar', 'encontrei ele enforcado', 'encontrei ela enforcada', 'cortou os pulsos', 'levou um choque', 'choque elétrico'], pairs: [{ reach: 32, acrossSentences: true, a: ['atropelado', 'atropelada', 'acidente de carro'], b: ['não se mexe', 'desacordad', 'sangrando', 'não respira'] }] },
      id: { say: ['kesetrum', 'tersengat listrik', 'ditemukan gantung diri', 'menyayat nadi dan berdarah'], pairs: [{ reach: 32, acrossSentences: true, a: ['ditabrak', 'tertabrak', 'kecelakaan'], b: ['tidak sadar', 'tidak bergerak', 'berdarah', 'tidak bernapas'] }] },
    },
  },
  {
    // «ngayon d na gumagalaw, violet na labi nya»: text spelling (d = hindi) and the colour words young people use
    name: 'in text spelling: no longer moving or breathing, lips gone purple or violet',
    signal: 'emergency',
    words: {
      ja: { say: ['唇が紫', 'くちびるが紫', 'くちびるがむらさき', '息してない', 'いきしてない'] },
      en: { say: ['lips are purple', 'lips went purple', 'lips turning purple', 'lips are blue', 'lips went blue', 'lips turning blue', 'not breathing'] },
      zh: { say: ['嘴唇发紫', '嘴唇紫了', '嘴唇發紫', '没气了', '沒氣了'] },
      ko: { say: ['입술이 보라색', '입술 보라색', '입술이 파래', '입술 파래', '숨을 안 쉬어', '숨 안 쉬어'] },
      vi: { say: ['môi tím', 'môi bị tím', 'ko thở nữa', 'k thở nữa', 'không thở nữa', 'hết thở'] },
      ne: { say: ['otho nilo', 'oth nilo', 'otth nilo', 'otho bainjani', 'sas feridaina', 'saas pheri raheko chaina', 'ओठ निलो', 'सास फेर्दैन'] },
      tl: { say: ['d na gumagalaw', 'di na gumagalaw', 'd gumagalaw', 'd na humihinga', 'di na humihinga', 'd humihinga', 'violet na labi', 'violet ang labi', 'violet labi', 'kulay violet ang labi', 'ube na labi', 'ube ang labi', 'nangingitim labi', 'asul na labi', 'asul ang labi'] },
      pt: { say: ['boca roxa', 'lábios roxos', 'labio roxo', 'boca tá roxa', 'n tá respirando', 'não tá respirando', 'parou de respirar'] },
      id: { say: ['bibir biru', 'bibir ungu', 'bibirnya biru', 'bibirnya ungu', 'ga napas lagi', 'gak napas lagi', 'nggak napas lagi', 'udah ga napas', 'udah gak napas', 'ga bernapas lagi', 'gak bernapas lagi'] },
    },
  },
  {
    // After an earthquake, a typhoon or a fall of furniture: a person pinned under a collapsed house,
    // a wardrobe or rubble, buried alive. (Not "trapped under debt", 「板挟み」, a book based on another:
    // only the physical words of a collapse and of being pinned.)
    name: 'pinned under a collapsed house, furniture or rubble; buried alive',
    signal: 'emergency',
    words: {
      ja: {
        say: ['下敷きになって', 'したじきになって', '下敷きになった', 'したじきになった', '下敷きになり', '下敷きで', '生き埋め', 'いきうめ', '瓦礫の下', 'がれきの下', 'がれきのした', '瓦礫に埋', 'がれきに埋', 'がれきにうま'],
        pairs: [{ reach: 16, a: ['タンス', 'たんす', '家具', 'かぐ', '本棚', 'ほんだな', '倒れた棚', '崩れた', 'くずれた', 'つぶれた家', '潰れた家'], b: ['に挟まれて', 'にはさまれて', 'の下から出られな', 'のしたからでられな', 'の下で動けな', 'のしたでうごけな', 'に埋もれ', 'にうもれ'] }],
      },
      en: {
        say: ['buried alive', 'under the rubble', 'beneath the rubble', 'in the rubble', 'under the debris'],
        pairs: [{ ordered: true, reach: 12, a: ['trapped', 'pinned', 'stuck', 'buried'], b: ['under the collapsed', 'under the fallen', 'under a fallen', 'under the wardrobe', 'under a wardrobe', 'under the bookcase', 'under the shelf', 'under the shelves', 'under the furniture', 'under the roof', 'under the wall', 'under the house', 'under the car', 'under a car'] }],
      },
      zh: {
        say: ['被活埋', '埋在废墟', '压在废墟', '困在废墟', '压在瓦砾', '埋在瓦砾'],
        pairs: [{ reach: 12, a: ['被压在', '压在', '被埋在', '困在', '卡在'], b: ['倒塌', '塌下来', '柜子下', '衣柜下', '家具下', '书架下', '房子下', '墙下'] }],
      },
      ko: {
        say: ['생매장', '잔해에 깔', '잔해 속에', '매몰되', '매몰됐'],
        pairs: [{ ordered: true, reach: 16, a: ['무너진', '무너져', '쓰러진', '장롱', '책장', '가구', '건물', '지붕', '벽'], b: ['에 깔려', '에 깔렸', '밑에 깔려', '밑에 깔렸', '아래 깔려', '아래 깔렸', '깔려서 못', '깔려 있어', '깔려있어'] }],
      },
      vi: {
        say: ['bị chôn vùi', 'bị vùi lấp', 'dưới đống đổ nát', 'trong đống đổ nát', 'bị chôn sống'],
        pairs: [{ ordered: true, reach: 16, a: ['bị đè', 'bị kẹt', 'mắc kẹt', 'bị mắc kẹt', 'đè lên'], b: ['dưới tủ', 'dưới nhà', 'dưới gạch', 'dưới tường', 'dưới mái', 'dưới xe', 'nhà sập', 'nhà đổ', 'tường sập', 'tủ đổ'] }],
      },
      ne: {
        say: ['भग्नावशेषमा पुरि', 'भग्नावशेषमुनि', 'जिउँदै पुरि', 'मलबामा पुरि', 'मलबामुनि'],
        pairs: [{ reach: 24, a: ['भत्किएको', 'घर भत्कि', 'पर्खाल', 'दराज', 'छानो', 'मुनि'], b: ['च्यापि', 'थिचि', 'पुरिए', 'पुरियो', 'पुरिनु'] }],
      },
      tl: {
        say: ['natabunan ng gumuhong', 'nadaganan ng gumuhong', 'naipit sa gumuhong', 'nailibing nang buhay', 'naipit sa guho', 'natabunan ng guho'],
        pairs: [{ ordered: true, reach: 24, a: ['naipit', 'nadaganan', 'natabunan', 'naiipit'], b: ['aparador', 'pader', 'bubong', 'gumuho', 'bumagsak na', 'debris', 'kotse'] }],
      },
      pt: {
        say: ['soterrado', 'soterrada', 'sob os escombros', 'nos escombros', 'embaixo dos escombros', 'debaixo dos escombros', 'enterrado vivo', 'enterrada viva'],
        pairs: [{ ordered: true, reach: 20, a: ['preso', 'presa', 'esmagado', 'esmagada', 'imprensado', 'imprensada', 'prensado', 'prensada'], b: ['embaixo do armário', 'debaixo do armário', 'embaixo da parede', 'debaixo da parede', 'embaixo do carro', 'debaixo do carro', 'embaixo do telhado', 'debaixo do telhado', 'desabou', 'desabamento'] }],
      },
      id: {
        say: ['tertimbun reruntuhan', 'tertimpa reruntuhan', 'di bawah reruntuhan', 'terjebak reruntuhan', 'terkubur hidup', 'tertimbun longsor', 'tertimbun tanah longsor'],
        pairs: [{ ordered: true, reach: 20, a: ['tertimpa', 'terjepit', 'tertimbun', 'terkubur', 'terperangkap', 'ketiban'], b: ['lemari', 'tembok', 'atap', 'rumah roboh', 'rumah yang roboh', 'runtuh', 'puing', 'mobil'] }],
      },
    },
  },
  {
    // Someone who will not wake, with empty medicine packets, sheets or bottles beside them: an overdose
    // found, whoever took it (not 「薬の空き箱を捨てたい」 alone: the one who will not wake is the matter).
    name: 'someone who will not wake beside empty medicine packets or bottles',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: true, a: ['起きない', 'おきない', '起きません', 'おきません', '起こしても', 'おこしても', '目を覚まさな', 'めをさまさな', '返事がない', 'へんじがない'], b: ['薬の空', 'くすりのから', '空のシート', 'からのしーと', '空っぽの薬', 'からっぽのくすり', 'シートが空', 'しーとがから', '薬のシートが全部', '空の薬'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['wont wake', 'will not wake', 'cant wake', 'not waking', 'unresponsive', 'not responding'], b: ['empty pill', 'empty blister', 'empty packets', 'empty medicine', 'empty bottle of pills', 'empty packs of'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: true, a: ['叫不醒', '摇不醒', '没反应', '不省人事'], b: ['空药盒', '空的药', '药板都空', '空药瓶', '药瓶空了', '药都吃光', '空药板'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: true, a: ['안 깨', '안 일어나', '깨워도', '반응이 없', '의식이 없'], b: ['빈 약', '약 봉지가 비', '약통이 비', '약 껍질', '약봉지가 비'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['không tỉnh', 'gọi không dậy', 'lay không dậy', 'không dậy', 'bất tỉnh'], b: ['vỉ thuốc rỗng', 'vỏ thuốc', 'lọ thuốc rỗng', 'hộp thuốc rỗng', 'vỉ thuốc trống', 'vỉ thuốc đã hết'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['उठ्दैन', 'उठेन', 'उठ्नुहुन्न', 'होस छैन', 'uthdaina', 'uthena'], b: ['खाली पाता', 'औषधिको खाली', 'खाली बट्टा', 'khali pata', 'khali batta'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['hindi magising', 'di magising', 'ayaw magising', 'niyuyugyog', 'hindi gumigising', 'walang malay'], b: ['walang lamang pakete', 'walang laman na pakete', 'walang lamang bote', 'walang laman na bote', 'basyong pakete', 'basyo ng gamot', 'ubos na ang gamot'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['não acorda', 'não responde', 'não reage', 'desacordad', 'inconsciente'], b: ['cartelas vazias', 'cartela vazia', 'frasco vazio', 'caixas de remédio vazias', 'embalagens vazias', 'remédios vazios'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['tidak bangun', 'gak bangun', 'ga bangun', 'nggak bangun', 'tidak sadar', 'tidak merespon'], b: ['bungkus obat kosong', 'strip obat kosong', 'botol obat kosong', 'obatnya habis semua', 'kemasan obat kosong', 'bungkus obat yang kosong'] }] },
    },
  },
  {
    // 「カーテンのすき間から見たら台所で横になってる。呼んでも窓たたいても反応なし」, «झ्यालबाट हेर्दा … प्रतिक्रिया छैन»:
    // someone seen through a window lying down who does not react to calls or knocks; a fall down the stairs
    // told with the Nepali «लडेर».
    name: 'seen through a window lying down, no reaction to calls or knocks on the glass; fallen down the stairs',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: true, a: ['すき間から', 'すきまから', '隙間から', '窓越し', 'まどごし', 'のぞいたら', '覗いたら', '窓をたた', 'まどをたた', '窓たたい', 'まどたたい', '窓を叩', '窓叩い'], b: ['反応なし', 'はんのうなし', '反応がな', 'はんのうがな', '反応しな', '横になって', 'よこになって', '横たわ', 'よこたわ', '床に倒れ', 'ゆかにたおれ', 'うずくまって'] },
        { ordered: true, reach: 16, a: ['呼んでも', 'よんでも', 'たたいても', '叩いても', '声をかけても', 'こえをかけても'], b: ['反応なし', 'はんのうなし', '反応ない', 'はんのうない'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['through the window', 'banged on the window', 'knocked on the window', 'banged on the glass', 'tapped on the window', 'through the curtains', 'through the gap'], b: ['no response when', 'not responding when', 'didnt respond when', 'no reaction when', 'didnt react when', 'lying on the floor', 'lying on the kitchen floor', 'lying in the kitchen'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: true, a: ['从窗户', '從窗戶', '窗户缝', '窗缝', '隔着窗', '敲窗', '拍窗'], b: ['没反应', '没有反应', '沒反應', '倒在地上', '倒在厨房', '躺在地上', '躺在厨房', '躺在地板', '一动不动'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['창문으로', '창문 틈', '창문을 두드려', '창문 두드려', '유리창'], b: ['반응이 없', '쓰러져 있', '꼼짝 않', '꼼짝도'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['qua cửa sổ', 'qua khe', 'gõ cửa sổ', 'gõ kính'], b: ['gõ mà không phản ứng', 'gọi không phản ứng', 'không động đậy', 'nằm im', 'nằm dưới sàn', 'nằm trên sàn', 'gục'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['झ्यालबाट', 'jhyal bata', 'jhyalbata', 'ढोका ढकढक'], b: ['प्रतिक्रिया छैन', 'कुनै प्रतिक्रिया', 'response chhaina', 'response chaina', 'pratikriya chhaina', 'चलमल छैन', 'chalmal chhaina', 'ढलिरहेको', 'पल्टिरहेको', 'paltirakh', 'paltiraheko', 'dhaliraheko'] },
        { ordered: true, reach: 16, a: ['भर्याङबाट', 'सिँढीबाट', 'bharyang bata', 'sidhi bata'], b: ['लडेर', 'खसेर', 'ladera', 'khasera'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['sumilip ako sa bintana', 'sumilip sa bintana', 'kinakatok ko ang bintana', 'kinatok ko ang bintana', 'kinatok ang bintana'], b: ['walang reaksyon', 'walang sagot', 'hindi sumasagot', 'di sumasagot', 'hindi gumagalaw', 'di gumagalaw', 'nakahandusay', 'nakabulagta'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['pela janela', 'pelo vidro', 'pela fresta'], b: ['não se mexe', 'caído no chão', 'caída no chão', 'deitado no chão', 'deitada no chão', 'deitado na cozinha', 'deitada na cozinha'] }, { reach: 24, a: ['bati no vidro', 'bati na janela'], b: ['não reage', 'não responde', 'sem reação', 'nenhuma reação'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['dari jendela', 'lewat jendela', 'dari celah'], b: ['tidak bergerak', 'nggak gerak', 'gak gerak', 'tergeletak', 'terbaring di lantai'] }, { reach: 24, a: ['ketok jendela', 'ketuk jendela', 'ketok kaca', 'ketuk kaca'], b: ['tidak ada respon', 'gak ada respon', 'nggak ada respon', 'ga ada respon'] }] },
    },
  },
  {
    name: 'someone in the bath or toilet a long time: no sound, no answer to knocks or calls',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: true, a: ['お風呂', 'おふろ', '風呂場', 'ふろば', 'トイレ', 'といれ'], b: ['物音がしな', 'ものおとがしな', '物音ひとつ', 'ノックしても', 'のっくしても', '呼んでも返事'] }] },
      en: { pairs: [{ reach: 40, acrossSentences: true, a: ['bathroom', 'toilet', 'the bath', 'shower'], b: ['no answer when i knock', 'doesnt answer when i knock', 'no response when i knock', 'knocked but no answer', 'knocking but no answer', 'no sound'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: true, a: ['浴室', '厕所', '卫生间', '洗手间', '洗澡'], b: ['没动静', '没有动静', '敲门也不', '敲门没', '叫也不应', '喊也不应'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['욕실', '화장실', '목욕'], b: ['불러도 대답', '두드려도 대답', '두드려도 반응', '노크해도', '아무 소리도 안', '인기척이 없'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['phòng tắm', 'nhà tắm', 'nhà vệ sinh', 'đi tắm'], b: ['gõ cửa không', 'gõ cửa mãi', 'gọi mãi không', 'gọi không thấy trả lời', 'không có tiếng động'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['बाथरुम', 'बाथरूम', 'शौचालय', 'नुहाउन', 'bathroom', 'toilet'], b: ['ढकढक्याउँदा', 'बोलाउँदा पनि', 'आवाज छैन', 'dhakdhakyauda', 'bolauda pani', 'awaj chhaina'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['banyo', 'cr$', 'naliligo', 'paliguan'], b: ['kumatok ako...hindi sumasagot', 'kinakatok...hindi sumasagot', 'tinatawag...hindi sumasagot', 'walang tunog', 'walang ingay'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['banheiro', 'no banho', 'chuveiro'], b: ['bati na porta e', 'batendo na porta e', 'chamei e não', 'chamo e não', 'nenhum barulho', 'não faz barulho'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['kamar mandi', 'wc$', 'toilet', 'mandi$'], b: ['diketuk...gak jawab', 'diketuk...tidak menjawab', 'diketok...gak jawab', 'dipanggil...gak jawab', 'dipanggil...tidak menjawab', 'tidak ada suara'] }] },
    },
  },
  {
    // A fire or thick smoke now — a room, the house, next door, someone still inside, no way out — or a
    // gas smell or leak now: Japan's 119 is fire as well as ambulance. (Not "fired" from a job, "on fire"
    // for doing well, 炎上 online, 火事場の馬鹿力, drills, fire insurance, a smoke alarm's battery, fireworks,
    // a neighbour's cigarette smoke, a barbecue, a fire in the news or long over: those words are not here
    // or are idioms; the past is the language's past frame.)
    name: 'a fire or thick smoke now (a room, the house, next door; someone inside, no way out); a gas smell or leak now',
    signal: 'emergency',
    words: {
      ja: {
        say: ['火事です', '火事だ$', '火事かも', '火事みたい', '火事になって', '火事が起きて', 'かじです', 'かじだ$', 'かじかも', 'かじになって', '燃えてる', 'もえてる', '火が出て', '火がでて', 'ひがでて', '火がまわって', 'ひがまわって', '煙が充満', '煙がいっぱい', 'けむりがいっぱい', 'けむりいっぱい', '黒い煙', 'くろいけむり', 'ガス漏れ', 'がすもれ', 'ガスが漏れ', 'がすがもれ', 'ガス臭い', 'がすくさい', 'ガスくさい', 'ガスの臭いがする', 'ガスのにおいがする', 'がすのにおいがする', 'kaji desu', 'kaji da$', 'kaji kamo', 'moeteru', 'kemuri ga ippai', 'kemuri ippai', 'kemuri ga dete', 'gasu kusai'],
        pairs: [
          { reach: 16, acrossSentences: true, a: ['家から', 'いえから', 'うちから', '部屋から', 'へやから', '窓から', 'まどから', '台所', 'だいどころ', 'キッチン', 'ベランダから', '隣の家', 'となりのいえ', '隣から', 'となりから', '二階から', 'にかいから', 'アパートから', 'マンションから', '建物から'], b: ['煙が出', 'けむりがで', '煙が上が', 'けむりがあが', '煙がもくもく', 'けむりがもくもく', '火が見え', 'ひがみえ', '炎が', 'ほのおが', '燃えて', 'もえて'] },
          { reach: 30, acrossSentences: true, a: ['火事', 'かじ', '煙', 'けむり', '燃えて', 'もえて', '火が', 'ひが', 'kaji', 'kemuri'], b: ['まだ中に', 'まだなかに', '中にいる', 'なかにいる', '取り残', 'とりのこ', '逃げられな', 'にげられな', '出られな', 'でられな', '外に出られ', 'そとにでられ', '玄関いけな', 'げんかんいけな', '玄関に行けな', 'げんかんにいけな', '119', '消防', 'しょうぼう', 'nigerarenai', 'derarenai'] },
        ],
        idioms: ['火事場', 'かじば', 'たばこの煙', 'たばこのけむり', '煙草の煙', '魚の煙', 'さかなのけむり', '焼肉の煙', '料理の煙', '線香の煙', 'ばーべきゅーの煙', 'やる気に燃え', '闘志に燃え', '情熱に燃え', '恋に燃え', '燃えるゴミ'],
      },
      en: {
        say: ['house is on fire', 'house on fire', 'flat is on fire', 'kitchen is on fire', 'room is on fire', 'building is on fire', 'caught fire', 'catching fire', 'theres a fire$', 'there is a fire$', 'a fire in my', 'a fire in the kitchen', 'a fire next door', 'fire next door', 'smoke coming out of', 'smoke coming from', 'black smoke', 'thick smoke', 'full of smoke', 'filled with smoke', 'filling with smoke', 'i smell gas', 'smells of gas', 'smells like gas', 'gas leak', 'gas is leaking', 'leaking gas'],
        pairs: [{ reach: 48, acrossSentences: true, a: ['fire$', 'smoke$', 'smoky', 'flames'], b: ['still inside', 'still in there', 'trapped', 'cant get out', 'can not get out', 'cannot get out', 'no way out', 'cant reach the door', 'cant get to the door'] }],
        idioms: ['fire drill', 'fire alarm', 'fire safety', 'youre on fire', 'hes on fire', 'shes on fire', 'im on fire', 'if theres a fire', 'if there is a fire', 'on fire today', 'on fire lately'],
      },
      zh: {
        say: ['着火了', '失火了', '起火了', '房子着火', '房子著火', '家里着火', '厨房着火', '房间着火', '隔壁着火', '隔壁失火', '隔壁起火', '烧起来了', '满屋子烟', '浓烟', '冒黑烟', '冒出烟', '在冒烟', '冒烟了', '煤气泄漏', '燃气泄漏', '瓦斯外泄', '瓦斯外洩', '瓦斯漏', '漏气了', '煤气味', '燃气味', '瓦斯味'],
        pairs: [{ reach: 16, acrossSentences: true, a: ['着火', '著火', '失火', '起火', '火灾', '浓烟', '冒烟'], b: ['还在里面', '还在里头', '困在', '出不去', '逃不出', '跑不出', '119', '消防'] }],
        idioms: ['消防演习', '消防演练', '烟花', '二手烟', '香烟', '烧烤'],
      },
      ko: {
        say: ['불이 났어', '불이 났어요', '불이 났다', '불났어', '불났다', '불이 나서', '불이 붙었', '불이 번지', '불타고 있', '집에 불이', '연기가 가득', '연기가 자욱', '연기로 가득', '연기가 나요', '연기가 나고', '검은 연기', '가스 냄새가 나', '가스 냄새 나', '가스가 새', '가스 누출'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['불이', '불났', '화재', '연기'], b: ['안에 있', '안에 갇혀', '갇혔', '못 나가', '나갈 수 없', '빠져나가지 못', '119'] }],
        idioms: ['소방 훈련', '소방훈련', '담배 연기', '불이 나게', '열불이', '속에서 불이', '전화가 불이', '전화에 불이'],
      },
      vi: {
        say: ['nhà bị cháy', 'nhà đang cháy', 'phòng bị cháy', 'phòng đang cháy', 'bếp đang cháy', 'đang bốc cháy', 'bốc cháy', 'hỏa hoạn', 'hoả hoạn', 'nhà đầy khói', 'phòng đầy khói', 'bếp đầy khói', 'khói bốc', 'khói dày đặc', 'khói mù mịt', 'rò rỉ gas', 'rò rỉ khí', 'rò gas', 'xì gas', 'hở gas', 'mùi gas', 'ngửi thấy mùi ga'],
        pairs: [{ ordered: true, reach: 12, a: ['nhà', 'phòng'], b: ['bị cháy', 'bốc cháy'] }, { ordered: true, reach: 8, a: ['nhà'], b: ['đang cháy'] }, { reach: 40, acrossSentences: true, a: ['cháy nhà', 'bị cháy', 'bốc cháy', 'hỏa hoạn', 'hoả hoạn', 'khói bốc', 'đầy khói'], b: ['còn ở trong', 'vẫn ở trong', 'kẹt trong', 'mắc kẹt', 'không ra được', 'không thoát', 'ko ra được', 'ko thoát', 'gọi 119', 'gọi cứu hỏa', 'gọi cứu hoả'] }],
        idioms: ['cháy nhà ra mặt chuột', 'khói thuốc', 'cơm bị cháy', 'nồi bị cháy'],
      },
      ne: {
        say: ['आगो लाग्यो', 'आगो लागेको छ', 'आगो लागिरहेको', 'घरमा आगो', 'कोठामा आगो', 'आगलागी भयो', 'धुवाँ भरियो', 'धुवाँले भरि', 'धुवाँ नै धुवाँ', 'कालो धुवाँ', 'धुवाँ आइरहेको', 'धुवाँ निस्कि', 'ग्यास चुहि', 'ग्यास लिक', 'ग्यासको गन्ध', 'aago lagyo', 'ago lagyo', 'aago lageko cha', 'aago lageko chha', 'ghar ma aago', 'kotha ma aago', 'aagalagi', 'agalagi', 'dhuwa bhariyo', 'dhuwa nai dhuwa', 'kalo dhuwa', 'dhuwa niskiraheko', 'gas chuhiyo', 'gyas chuhiyo', 'gas leak', 'gas ko gandha'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['आगो', 'धुवाँ', 'aago', 'dhuwa'], b: ['भित्रै छ', 'भित्र छ', 'निस्कन सकिन', 'निस्कन सक्दैन', 'bhitra cha', 'bhitra chha', 'bhitrai cha', 'niskina sakena', 'niskina sakdaina', 'nisken sakdaina'] }],
        idioms: ['aago jasto', 'आगो जस्तो'],
      },
      tl: {
        say: ['may sunog', 'nasusunog ang bahay', 'nasusunog yung bahay', 'nasusunog ang', 'nasusunog yung', 'nagliliyab', 'nagkasunog', 'sunog sa kapitbahay', 'sunog sa katabi', 'puno ng usok', 'makapal na usok', 'umuusok ang bahay', 'may usok na lumalabas', 'usok na lumalabas', 'tumatagas ang gas', 'may tagas ang gas', 'gas leak', 'amoy gas', 'naaamoy ko ang gas'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['sunog', 'nasusunog', 'usok'], b: ['nasa loob pa', 'andun pa sa loob', 'nandun pa sa loob', 'naiwan sa loob', 'naiipit sa loob', 'nakulong', 'hindi makalabas', 'di makalabas', 'hindi makalabas'] }],
        idioms: ['nasusunog ang sinaing', 'nasusunog ang niluluto', 'usok ng sigarilyo', 'usok ng yosi'],
      },
      pt: {
        say: ['pegando fogo', 'pegou fogo agora', 'incêndio na minha', 'incêndio aqui', 'incêndio no prédio', 'incêndio no vizinho', 'incêndio na casa', 'fogo na casa', 'fogo no apartamento', 'fogo na cozinha', 'cheio de fumaça', 'cheia de fumaça', 'muita fumaça', 'fumaça preta', 'fumaça saindo', 'saindo fumaça', 'vazamento de gás', 'vazando gás', 'gás vazando', 'cheiro de gás', 'cheirando a gás'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['fogo', 'incêndio', 'fumaça'], b: ['ainda está lá dentro', 'ainda tá lá dentro', 'ainda lá dentro', 'está lá dentro', 'tá lá dentro', 'preso lá dentro', 'presa lá dentro', 'não consigo sair', 'não consegue sair', 'sem saída', 'ligar pro 119', 'ligar para o 119', 'bombeiro'] }],
        idioms: ['treinamento de incêndio', 'simulado de incêndio', 'treino de incêndio', 'fogo de raiva', 'jogo tá pegando fogo', 'jogo está pegando fogo', 'clima tá pegando fogo', 'fumaça de cigarro', 'fumaça do cigarro', 'fumaça do churrasco'],
      },
      id: {
        say: ['ada kebakaran', 'rumah terbakar', 'rumah kebakaran', 'dapur terbakar', 'sedang terbakar', 'lagi terbakar', 'lagi kebakaran', 'api di dapur', 'penuh asap', 'asap tebal', 'asap hitam', 'asap keluar dari', 'keluar asap', 'gas bocor', 'bocor gas', 'kebocoran gas', 'bau gas', 'tabung gas bocor', 'elpiji bocor'],
        pairs: [{ ordered: true, reach: 12, a: ['rumah', 'kamar', 'dapur', 'kontrakan', 'kos', 'apartemen', 'apato', 'asrama', 'gedung'], b: ['terbakar', 'kebakaran'] }, { reach: 40, acrossSentences: true, a: ['kebakaran', 'terbakar', 'api', 'asap'], b: ['masih di dalam', 'masih didalam', 'terjebak', 'terkurung', 'gak bisa keluar', 'ga bisa keluar', 'nggak bisa keluar', 'tidak bisa keluar', 'damkar', 'pemadam'] }],
        idioms: ['simulasi kebakaran', 'latihan kebakaran', 'berita kebakaran', 'kebakaran jenggot', 'terbakar matahari', 'terbakar emosi', 'terbakar cemburu', 'asap rokok', 'kabut asap'],
      },
    },
  },
  {
    // «सुत्केरी भएको ५ दिन भयो … प्याड आधा घण्टामै भिज्छ, उठ्दा रिङ्गटा लाग्छ»: days or weeks after a birth,
    // a pad soaked within the hour, bleeding that will not stop, big clots (postpartum haemorrhage). A
    // question whether the lochia is normal names none of these and stays quiet.
    name: 'heavy bleeding days or weeks after giving birth: a pad soaked within the hour, bleeding that will not stop, big clots',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2, a: ['産後', 'さんご', '出産して', 'しゅっさんして', '出産後', 'しゅっさんご', '産んで', '帝王切開', 'ていおうせっかい', '悪露'], b: ['ナプキンがすぐ', 'なぷきんがすぐ', 'ナプキンが1時間', 'ナプキンが一時間', 'ナプキンが30分', 'ナプキンから漏れ', 'ナプキンからあふれ', 'パッドがすぐ', 'ぱっどがすぐ', '血が止まらな', 'ちがとまらな', '出血が止まらな', 'しゅっけつがとまらな', '大量に出血', 'たいりょうにしゅっけつ', '大量出血', '大きな血の塊', 'おおきなちのかたまり', '血のかたまりが大き'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 2, a: ['gave birth', 'since the birth', 'after the birth', 'after birth', 'postpartum', 'post partum', 'c section', 'since delivery', 'after delivery', 'had the baby', 'had my baby'], b: ['soaking a pad', 'soaking through', 'soaked through', 'pad an hour', 'pad in an hour', 'pad in half an hour', 'clots the size', 'golf ball', 'bleeding wont stop', 'blood wont stop'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2, a: ['产后', '產後', '生完孩子', '生完宝宝', '刚生完', '剛生完', '坐月子', '剖腹产', '剖腹產', '恶露', '惡露'], b: ['半小时就湿', '一小时就湿', '半小時就濕', '一小時就濕', '湿透', '濕透', '半小时换', '一小时换', '止不住', '流血不止', '大血块', '大血塊', '大量出血'] }] },
      ko: { pairs: [{ reach: 50, acrossSentences: 2, a: ['출산', '산후', '낳은 지', '제왕절개', '오로'], b: ['금방 젖', '흠뻑 젖', '한 시간 만에 젖', '30분 만에', '피가 멈추지', '피가 안 멈', '출혈이 멈추지', '출혈이 안 멈', '큰 핏덩어리', '큰 피덩어리', '대량 출혈', '피가 쏟아'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 2, a: ['sau sinh', 'mới sinh', 'vừa sinh', 'sinh được', 'đẻ được', 'sinh mổ', 'sản dịch'], b: ['ướt đẫm băng', 'thấm đẫm băng', 'băng vệ sinh ướt', 'nửa tiếng thay', 'một tiếng thay', 'máu ra không ngừng', 'chảy máu không ngừng', 'máu không cầm', 'cục máu to', 'máu cục to', 'ra máu ồ ạt'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2, a: ['सुत्केरी', 'sutkeri', 'बच्चा जन्माए', 'डेलिभरी भएको', 'delivery bhayeko', 'अप्रेसन गरेर बच्चा'], b: ['प्याड आधा घण्टा', 'प्याड एक घण्टा', 'घण्टामै भिज्छ', 'घण्टामै भिज्यो', 'pad adha ghanta', 'ghantamai bhijchha', 'रगत रोकिँदैन', 'रगत रोकिदैन', 'रगत रोकिएन', 'ragat rokidaina', 'ragat rokiena', 'रगतको डल्लो', 'ragat ko dallo', 'रगत धेरै बगिरहेको', 'ragat dherai bagirahe'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2, a: ['nanganak', 'kapapanganak', 'bagong panganak', 'pagkapanganak', 'cesarean', 'caesarean'], b: ['puno agad ang napkin', 'basang basa ang napkin', 'tumitigil ang dugo', 'ayaw tumigil ng dugo', 'ayaw tumigil ang dugo', 'malalaking buo ng dugo'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2, a: ['pós-parto', 'pos-parto', 'pós parto', 'pos parto', 'depois do parto', 'após o parto', 'tive bebê', 'tive o bebê', 'ganhei bebê', 'ganhei o bebê', 'cesárea', 'cesariana', 'resguardo'], b: ['encharcando o absorvente', 'encharca o absorvente', 'absorvente encharcado', 'sangramento não para', 'sangue não para', 'não para de sangrar', 'coágulos grandes', 'hemorragia'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2, a: ['melahirkan', 'lahiran', 'nifas', 'sesar', 'caesar'], b: ['pembalut langsung penuh', 'pembalut basah kuyup', 'darah tidak berhenti', 'darah gak berhenti', 'darah nggak berhenti', 'pendarahan hebat', 'perdarahan hebat', 'gumpalan darah besar'] }] },
    },
  },
  {
    // «アパートの1階から煙が出てる！…おばあちゃんが一人で住んでるはず。窓たたいても返事ない».
    name: 'smoke from a flat where someone lives alone or nobody answers',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2, a: ['煙が出', 'けむりがで', '煙が上が', 'けむりがあが', '煙がもくもく'], b: ['一人で住んで', 'ひとりですんで', '返事がな', '返事な', 'へんじがな', 'へんじな', '応答がな', '誰も出', 'だれもで'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 2, a: ['smoke coming', 'smoke is coming', 'smoke pouring'], b: ['lives alone', 'living alone', 'no answer', 'not answering', 'nobody answers', 'no one answers', 'doesnt answer', 'no response'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2, a: ['冒烟', '冒出烟', '烟从'], b: ['一个人住', '独居', '没人应', '没有回应', '没反应', '敲门没人', '冇人应'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 2, a: ['연기가 나', '연기가 새어'], b: ['혼자 사', '혼자 살', '대답이 없', '응답이 없', '반응이 없'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 2, a: ['khói bốc ra', 'có khói', 'khói bay ra'], b: ['sống một mình', 'ở một mình', 'không ai trả lời', 'không trả lời', 'gõ cửa không'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 2, a: ['धुवाँ', 'dhuwa', 'dhuwaa'], b: ['एक्लै बस्', 'जवाफ छैन', 'जवाफ दिँदैन', 'eklai bas', 'jawaf chaina', 'jawaf chhaina'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 2, a: ['usok', 'umuusok'], b: ['mag isa', 'nag iisa', 'walang sumasagot', 'hindi sumasagot', 'di sumasagot'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 2, a: ['fumaça'], b: ['mora sozinh', 'vive sozinh', 'ninguém atende', 'não atende', 'não responde', 'sem resposta'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 2, a: ['asap'], b: ['tinggal sendiri', 'hidup sendiri', 'tidak ada jawaban', 'gak ada jawaban', 'tidak menjawab', 'tidak ada yang jawab', 'gak ada yang jawab'] }] },
    },
  },
  {
    // "stretching my insulin since losing my job… throwing up, crazy thirsty, breathing fast" (ketoacidosis).
    name: 'insulin rationed, skipped or run out, then vomiting, fast breathing, drowsiness or confusion',
    signal: 'emergency',
    words: {
      ja: { say: ['ケトアシドーシス'], pairs: [{ reach: 60, acrossSentences: 1, a: ['インスリンを節約', 'インスリンを減ら', 'インスリンが切れ', 'インスリンを打たず'], b: ['吐', 'はいて', '息が荒', '呼吸が速', 'もうろう', 'ぼーっと', 'ケトン'] }] },
      en: { say: ['ketoacidosis'], pairs: [{ reach: 100, acrossSentences: 1, a: ['stretching my insulin', 'rationing insulin', 'rationing my insulin', 'skipping insulin', 'skipping my insulin', 'skipped my insulin', 'out of insulin', 'no insulin', 'afford insulin', 'afford my insulin', 'make my insulin last', 'to make it last', 'less insulin'], b: ['throwing up', 'vomiting', 'breathing fast', 'confused', 'drowsy', 'ketones', 'crazy thirsty', 'so thirsty'] }] },
      zh: { say: ['酮症酸中毒'], pairs: [{ reach: 30, acrossSentences: 1, a: ['少打胰岛素', '省着用胰岛素', '胰岛素省着', '胰岛素用完', '没有胰岛素', '不打胰岛素'], b: ['吐', '呼吸很快', '呼吸急促', '口渴', '意识模糊', '昏昏沉沉'] }] },
      ko: { say: ['케톤산증'], pairs: [{ reach: 40, acrossSentences: 1, a: ['인슐린을 아껴', '인슐린 아껴', '인슐린을 줄', '인슐린이 떨어', '인슐린을 안 맞'], b: ['토하', '구토', '숨이 가쁘', '호흡이 빨', '몽롱', '갈증'] }] },
      vi: { say: ['nhiễm toan ceton'], pairs: [{ reach: 60, acrossSentences: 1, a: ['tiết kiệm insulin', 'giảm insulin', 'hết insulin', 'không tiêm insulin'], b: ['nôn', 'ói', 'thở nhanh', 'thở dốc', 'lơ mơ', 'li bì', 'khát nước'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['इन्सुलिन बचत', 'इन्सुलिन सकियो', 'इन्सुलिन छैन', 'insulin bachat', 'insulin chhaina'], b: ['बान्ता', 'छिटो सास', 'तिर्खा', 'banta', 'baanta', 'chhito saas', 'tirkha', 'vomit'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['tinitipid ko ang insulin', 'tipid sa insulin', 'naubusan ng insulin', 'binabawasan ko ang insulin'], b: ['nagsusuka', 'hingal', 'mabilis huminga', 'uhaw na uhaw', 'nalilito'] }] },
      pt: { say: ['cetoacidose'], pairs: [{ reach: 60, acrossSentences: 1, a: ['economizando insulina', 'racionando insulina', 'acabou a insulina', 'sem insulina'], b: ['vomit', 'vômito', 'respirando rápido', 'muita sede', 'confus', 'sonolent'] }] },
      id: { say: ['ketoasidosis'], pairs: [{ reach: 60, acrossSentences: 1, a: ['hemat insulin', 'insulin habis', 'kehabisan insulin'], b: ['muntah', 'napas cepat', 'nafas cepat', 'haus banget', 'linglung', 'ngantuk berat'] }] },
    },
  },
  {
    // «lỡ uống 4-5 viên thuốc ngủ với mấy lon bia, giờ tim đập loạn, tay chân tê rần».
    name: 'sleeping pills taken with drink, and now a racing heart, numbness or nearly fainting',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['睡眠薬', 'すいみんやく', '眠剤'], b: ['今心臓が', '心臓がバクバク', '手足がしびれ', '倒れそう'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['sleeping pills', 'sleeping tablets'], b: ['my heart is racing', 'my heart racing', 'about to pass out', 'cant feel my'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['安眠药', '安眠藥'], b: ['现在心跳', '心跳好乱', '手脚发麻', '快晕倒'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['수면제'], b: ['지금 심장이', '심장이 너무 뛰', '손발이 저', '쓰러질 것 같'] }] },
      vi: { pairs: [{ reach: 70, acrossSentences: 1, a: ['thuốc ngủ', 'thuốc an thần'], b: ['giờ tim đập', 'tim đập loạn', 'tê rần', 'muốn ngã', 'muốn ngất', 'sắp ngất'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['निद्राको चक्की', 'nindra ko goli', 'nidra ko goli'], b: ['मुटु जोडले', 'mutu jorle', 'mutu dherai'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['sleeping pills', 'pampatulog'], b: ['bilis ng tibok', 'namamanhid', 'mahihimatay'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['remédio pra dormir', 'remédio para dormir', 'calmante'], b: ['coração disparado', 'coração tá disparado', 'vou desmaiar', 'dormente'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['obat tidur'], b: ['jantung berdebar', 'kesemutan', 'mau pingsan'] }] },
    },
  },
  {
    // «भित्रबाट कमजोर स्वरमा 'तासुकेते' भनेको सुनियो, लड्नुभएको जस्तो छ» (a door never opened, no voice heard, says nothing)
    name: 'a weak voice or a cry for help from inside a home, and someone seems to have fallen',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 2, a: ['中から弱い声', '弱い声で', 'よわいこえで', 'かすかな声', '中から助けて'], b: ['倒れ', 'たおれ', '転んだ', '転んで', 'ころんで'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 2, a: ['weak voice inside', 'in a weak voice', 'faint voice inside', 'calling for help faintly', 'help from inside', 'tasukete$'], b: ['fell', 'fallen', 'had a fall', 'cant get up', 'cant get to the door'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: 2, a: ['微弱的声音', '很小声的', '很弱的声音'], b: ['摔倒', '跌倒', '起不来'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 2, a: ['안에서 약한', '약한 목소리', '안에서 살려'], b: ['넘어지', '넘어졌', '넘어진', '쓰러졌', '못 일어나'] }] },
      vi: { pairs: [{ reach: 50, acrossSentences: 2, a: ['tiếng yếu ớt', 'giọng yếu ớt', 'bên trong kêu cứu'], b: ['bị ngã', 'té ngã', 'không dậy được'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 2, a: ['भित्रबाट कमजोर', 'कमजोर स्वर', 'तासुकेते', 'bhitra bata kamjor', 'kamjor swor', 'tasukete$'], b: ['लड्नुभएको', 'लड्नुभयो', 'लडेको', 'ladnubhayeko', 'ladeko', 'uthna sakdaina'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 2, a: ['mahinang boses', 'humihingi ng tulong sa loob', 'sa loob na humihingi ng tulong'], b: ['natumba', 'nadulas', 'nahulog', 'hindi makatayo'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 2, a: ['voz fraca lá dentro', 'pedindo socorro lá dentro', 'lá dentro pedindo socorro', 'gemendo lá dentro'], b: ['caiu', 'levou um tombo', 'não consegue levantar'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 2, a: ['suara lemah', 'dari dalam minta tolong', 'minta tolong dari dalam'], b: ['jatuh', 'terjatuh', 'tidak bisa bangun'] }] },
    },
  },
  {
    // A lone death already found («遺体で見つかった», "was found dead", «ditemukan meninggal»): the days
    // unseen and the smell told afterwards are no emergency now (the signs in the same sentence).
    name: 'someone found dead at home: the signs told afterwards',
    // (frames only: they keep quiet, so the concept raises nothing)
    signal: null,
    words: {
      ja: { framing: { past: ['孤独死していた', 'こどくししていた', '遺体で見つか', 'いたいでみつか', '遺体が見つか', 'いたいがみつか'] } },
      en: { framing: { past: ['was found dead', 'were found dead', 'been found dead', 'found him dead', 'found her dead'] } },
      zh: { framing: { past: ['被发现死', '发现已经死', '发现他已经去世', '发现她已经去世', '遗体被发现'] } },
      ko: { framing: { past: ['숨진 채 발견', '사망한 채 발견', '시신으로 발견'] } },
      vi: { framing: { past: ['phát hiện đã chết', 'phát hiện đã mất', 'được phát hiện đã qua đời'] } },
      ne: { framing: { past: ['मृत फेला', 'मृत अवस्थामा फेला', 'mrit fela'] } },
      tl: { framing: { past: ['natagpuang patay', 'nakitang patay'] } },
      pt: { framing: { past: ['encontrado morto', 'encontrada morta', 'achado morto', 'achada morta'] } },
      id: { framing: { past: ['ditemukan meninggal', 'ditemukan tewas', 'ditemukan sudah meninggal'] } },
    },
  },
  // ── crisis batch 7 (helper C): emergencies told lightly or as a practical question ──
  {
    // "took a bunch of his adderall … now he's shaking and his heart is going crazy": a handful of pills or a
    // stimulant, then a racing heart, chest pain, shaking or a seizure.
    name: 'a handful of pills or a stimulant taken, then a racing heart, chest pain, shaking or a fit',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['大量に飲', 'たいりょうにのん', 'まとめて飲', 'まとめてのん', 'オーバードーズ', 'おーばーどーず', '覚醒剤', 'かくせいざい'], b: ['心臓がバクバク', 'しんぞうがばくばく', '動悸が', 'どうきが', '震えが止まら', 'ふるえがとまら', 'けいれん', '痙攣', '胸が痛', 'むねがいた'] }] },
      en: { pairs: [
        { reach: 80, acrossSentences: 1, a: ['took a bunch of', 'took a handful of', 'took way too many', 'popped a bunch of', 'swallowed a bunch of'], b: ['heart is going crazy', 'heart going crazy', 'heart is racing', 'heart racing', 'heart pounding', 'heart is pounding', 'chest hurts', 'chest pain', 'shaking', 'seizure', 'cant breathe', 'passed out'] },
        { reach: 60, acrossSentences: 1, a: ['adderall', 'ritalin', 'vyvanse', 'meth$', 'cocaine', 'molly$', 'mdma', 'ecstasy'], b: ['heart is going crazy', 'heart going crazy', 'heart is racing', 'heart pounding', 'heart is pounding', 'chest hurts', 'chest pain', 'seizure', 'passed out'] },
      ] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['吃了一大把药', '吃了一把药', '吞了一把药', '吃了很多药', '吃了好多药', '吃了一堆药', '嗑药', '磕药', '冰毒'], b: ['心跳很快', '心跳好快', '心跳得厉害', '心脏狂跳', '心脏跳得', '发抖', '抽搐', '胸口痛', '胸痛'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['약을 한 움큼', '약을 잔뜩', '약을 한꺼번에', '한꺼번에 먹'], b: ['심장이 미친', '심장이 너무 빨리', '심장이 터질', '떨려', '경련', '가슴이 아파'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['uống một nắm thuốc', 'uống cả nắm thuốc', 'uống hết vỉ', 'uống cả vỉ'], b: ['tim đập nhanh', 'tim đập loạn', 'run rẩy', 'run bần bật', 'co giật', 'đau ngực'] }] },
      ne: { pairs: [{ reach: 48, acrossSentences: 1, a: ['एकैचोटि धेरै औषधि', 'धेरै औषधि खा', 'dherai ausadhi kha', 'dherai aushadhi kha'], b: ['मुटु ढुकढुक', 'काँप', 'mutu dhukdhuk', 'kaamp'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: 1, a: ['uminom ng maraming gamot', 'ininom lahat ng gamot', 'sabay-sabay ininom'], b: ['bilis ng tibok', 'kumakabog', 'nanginginig', 'kinukumbulsyon', 'sumasakit ang dibdib'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 1, a: ['tomou um monte de', 'tomou vários comprimidos', 'tomou muitos comprimidos', 'tomou uma cartela'], b: ['coração disparado', 'coração acelerado', 'tremendo', 'convulsão', 'dor no peito'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: 1, a: ['minum banyak obat', 'nelen banyak obat', 'minum obat sekaligus', 'segenggam obat'], b: ['jantung berdebar', 'jantungnya berdebar', 'gemetar', 'kejang', 'dada sakit', 'nyeri dada'] }] },
    },
  },
  {
    // «복어 먹어봤는데 입술이랑 손끝이 저리고 숨이 좀 차네요»: pufferfish (fugu) eaten, then numb lips or
    // fingertips or short breath — its poison, whatever the joke about the taste.
    name: 'pufferfish eaten, then numb or tingling lips or fingers, or short of breath',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ ordered: true, reach: 30, acrossSentences: 1, a: ['ふぐを食べ', 'フグを食べ', '河豚を食べ', 'ふぐをたべ', 'ふぐたべ', 'フグ食べ', 'ふぐ食べ', 'ふぐ料理を食べ', 'フグ料理を食べ'], b: ['しびれ', '痺れ', '息苦し', 'いきぐるし', 'ろれつ', '呂律'] }] },
      en: { pairs: [{ ordered: true, reach: 60, acrossSentences: 1, a: ['ate fugu', 'ate pufferfish', 'ate puffer fish', 'ate blowfish', 'had fugu', 'tried fugu', 'fugu for the first time', 'after the fugu', 'after eating fugu'], b: ['numb', 'tingl', 'short of breath', 'hard to breathe', 'cant breathe', 'trouble breathing'] }] },
      zh: { pairs: [{ ordered: true, reach: 24, acrossSentences: 1, a: ['吃了河豚', '河豚吃了', '吃完河豚'], b: ['发麻', '麻木', '麻了', '呼吸困难', '喘不上', '喘不过'] }] },
      ko: { pairs: [{ ordered: true, reach: 40, acrossSentences: 1, a: ['복어 먹었', '복어 먹어봤', '복어를 먹었', '복어를 먹어봤', '복어회 먹었'], b: ['저리', '저려', '마비', '숨이 차', '숨쉬기', '숨이 안'] }] },
      vi: { pairs: [{ ordered: true, reach: 60, acrossSentences: 1, a: ['ăn cá nóc xong', 'đã ăn cá nóc', 'vừa ăn cá nóc', 'ăn thử cá nóc'], b: ['tê môi', 'tê tay', 'tê lưỡi', 'khó thở'] }] },
      ne: { pairs: [{ ordered: true, reach: 48, acrossSentences: 1, a: ['फुगु खाएपछि', 'फुगु खाएँ', 'fugu khaye', 'fugu khayepachhi'], b: ['झमझम', 'सास फेर्न', 'jham jham', 'saas ferna'] }] },
      tl: { pairs: [{ ordered: true, reach: 48, acrossSentences: 1, a: ['kumain ng butete', 'kumain ng puffer fish', 'kumain ng fugu', 'kumain kami ng fugu'], b: ['manhid', 'namamanhid', 'hirap huminga', 'di makahinga'] }] },
      pt: { pairs: [{ ordered: true, reach: 48, acrossSentences: 1, a: ['comi baiacu', 'comeu baiacu', 'comemos baiacu', 'comi fugu', 'comeu fugu'], b: ['dormente', 'dormência', 'formigando', 'falta de ar', 'dificuldade para respirar'] }] },
      id: { pairs: [{ ordered: true, reach: 48, acrossSentences: 1, a: ['habis makan ikan buntal', 'makan ikan buntal tadi', 'abis makan fugu', 'habis makan fugu', 'setelah makan fugu', 'setelah makan ikan buntal'], b: ['kesemutan', 'mati rasa', 'sesak', 'susah napas', 'sulit bernapas'] }] },
    },
  },
  {
    // «छातीमा ढुङ्गा राखेजस्तो भारी … बायाँ हातसम्म दुख्छ, चिसो पसिना»: a chest heavy as if a stone lay on it,
    // pain to the left arm, cold sweat (Devanagari and romanised Nepali).
    name: 'a chest heavy as a stone, pain to the left arm, cold sweat',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['胸に石', 'むねにいし', '胸が重', 'むねがおも', '胸を押さえつけ', 'むねをおさえつけ'], b: ['冷や汗', 'ひやあせ', '左腕', 'ひだりうで'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['chest feels heavy', 'heavy chest', 'like an elephant on', 'like a stone on', 'like a weight on his chest', 'like a weight on my chest'], b: ['cold sweat', 'left arm', 'sweating'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['胸口像压了', '胸口压着', '胸口很闷', '胸口发闷', '胸口像有石头'], b: ['冷汗', '左臂', '左手臂', '左胳膊'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['가슴이 무겁', '가슴을 누르는', '가슴에 돌'], b: ['식은땀', '왼팔'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['ngực nặng', 'nặng ngực', 'như đá đè'], b: ['mồ hôi lạnh', 'tay trái'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['mabigat ang dibdib', 'parang may nakapatong sa dibdib'], b: ['malamig na pawis', 'kaliwang braso'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['peito pesado', 'peso no peito', 'pedra no peito'], b: ['suor frio', 'braço esquerdo'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['dada berat', 'dada seperti ditindih', 'dada terasa berat'], b: ['keringat dingin', 'lengan kiri', 'tangan kiri'] }] },
      ne: { pairs: [
        { reach: 60, acrossSentences: 1, a: ['चिसो पसिना', 'chiso pasina', 'chiso paseena'], b: ['छाती', 'बायाँ हात', 'chhati', 'chati', 'baya haat', 'bayan haat'] },
        { reach: 48, acrossSentences: 1, a: ['छातीमा ढुङ्गा', 'छाती भारी', 'छातीमा भारी', 'छाती थिच', 'chhati bhari', 'chhatima dhunga'], b: ['बायाँ हात', 'पसिना', 'baya haat', 'pasina'] },
      ] },
    },
  },
  {
    // «朋友剛傳訊息說「謝謝你，藥都吃完了」，打電話都不接»: word that all the pills were taken, and then no answer.
    name: 'word that all the pills were taken, and then the phone not answered',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['薬全部飲んだ', 'くすりぜんぶのんだ', '薬を全部飲', 'くすりをぜんぶのん'], b: ['電話に出な', 'でんわにでな', '既読になら', 'きどくになら', '連絡がつかな', 'れんらくがつかな'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['took all the pills', 'took all my pills', 'took all his pills', 'took all her pills', 'swallowed all the pills', 'took the whole bottle'], b: ['not picking up', 'wont pick up', 'isnt answering', 'not answering', 'no answer', 'cant reach'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['药都吃完了', '药全吃了', '药都吃了', '药全部吃了', '把药全吃', '把药都吃', '药吃光了', '吃光了所有药'], b: ['不接', '没接', '不回', '没回', '联系不上', '打不通'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['약 다 먹었', '약을 다 먹었', '약 전부 먹었', '약을 전부 먹었'], b: ['전화를 안 받', '전화 안 받', '연락이 안', '답이 없'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['uống hết thuốc rồi', 'uống hết chỗ thuốc', 'uống hết cả thuốc'], b: ['không nghe máy', 'không bắt máy', 'không trả lời', 'gọi không được'] }] },
      ne: { pairs: [{ reach: 48, acrossSentences: 1, a: ['सबै औषधि खाएँ', 'सबै औषधि खाइसकें', 'sabai ausadhi khaye', 'sabai aushadhi khaye'], b: ['फोन उठाउँदैन', 'फोन उठाएन', 'phone uthaudaina', 'phone uthaena'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: 1, a: ['ininom ko na lahat ng gamot', 'ininom na niya lahat ng gamot', 'nilunok lahat ng gamot'], b: ['hindi sumasagot', 'di sumasagot', 'ayaw sumagot', 'hindi makontak'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 1, a: ['tomei todos os remédios', 'tomou todos os remédios', 'tomei todos os comprimidos', 'tomou todos os comprimidos'], b: ['não atende', 'não responde', 'sem resposta'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: 1, a: ['udah minum semua obat', 'sudah minum semua obat', 'nelen semua obat'], b: ['nggak diangkat', 'gak diangkat', 'tidak diangkat', 'tidak menjawab', 'nggak bales', 'gak bales', 'tidak bisa dihubungi'] }] },
    },
  },
  {
    // «yung friend ko uminom ng mga 20 na gamot ni mama para sa depression 'for fun' daw, ngayon nanginginig
    // tapos di na makausap ng maayos»: a friend who swallowed a number of someone's pills for fun or a
    // dare, and now shakes, talks nonsense or cannot be talked to — a poisoning now, whatever the laugh.
    name: 'a friend took many of someone’s pills for fun or a dare, and now shakes, talks nonsense or cannot be talked to',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['10錠', '20錠', '30錠', '何錠も', 'なんじょうも', '何十錠', 'なんじゅうじょう', 'ふざけて薬', 'ふざけてくすり', 'ノリで薬', 'のりでくすり', '面白半分で薬', 'おもしろはんぶんでくすり'], b: ['震えて', 'ふるえて', '話が通じな', 'はなしがつうじな', 'ろれつが回らな', 'ろれつがまわらな', '会話にならな', 'かいわにならな', '様子がおかし', 'ようすがおかし', '意識が', 'いしきが'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 1, a: ['20 of her moms', '20 of his moms', '20 of her mums', '20 of his mums', '20 of her dads', '20 of his dads', '20 of my moms', '20 of my mums', '10 pills', '15 pills', '20 pills', '30 pills', '20 tablets', '30 tablets', 'pills for fun', 'pills as a dare', 'pills on a dare', 'tablets for fun', 'bunch of his moms', 'bunch of her moms', 'his moms pills', 'her moms pills', 'his mums pills', 'her mums pills', 'benadryl'], b: ['shaking', 'twitching', 'not making sense', 'cant talk properly', 'cant really talk', 'talking nonsense', 'slurring', 'hallucinating', 'seeing things', 'cant stand up', 'wont wake up', 'passing out', 'passed out', 'throwing up'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['二十片', '二十几片', '二十多片', '十几片', '二十粒', '十几粒', '20片', '20粒', '一大把药', '好玩吃了药', '闹着玩吃了药', '打赌吃了药'], b: ['发抖', '在抖', '说话不清', '口齿不清', '说不清楚', '叫不醒', '站不起来', '神志不清', '讲嘢唔清楚'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['20알', '스무 알', '열 알', '10알', '30알', '한 움큼', '약을 장난으로', '장난으로 약', '재미로 약', '내기로 약'], b: ['떨고', '떨려', '덜덜', '말이 안 통', '말을 제대로 못', '횡설수설', '정신이 없', '못 일어나', '안 깨'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['20 viên', '30 viên', '10 viên', 'mấy chục viên', 'cả nắm thuốc', 'uống thuốc cho vui', 'thách nhau uống thuốc'], b: ['run rẩy', 'run lẩy bẩy', 'run bần bật', 'nói không rõ', 'nói lảm nhảm', 'không nói chuyện được', 'không tỉnh táo', 'lơ mơ', 'không đứng dậy được'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['20 ota chakki', '10 ota chakki', '30 ota chakki', '20 ota goli', '20 ota aushadhi', '20 wata chakki', 'bis ota chakki', 'mutthi bhari chakki', 'mutthi bhari aushadhi', 'मुट्ठीभरि चक्की', '२० वटा चक्की'], b: ['kaamdai', 'kamdai', 'kaampdai', 'kampdai', 'bolna sakdaina', 'bolna sakena', 'hos chhaina', 'hos chaina', 'uthna sakdaina', 'काँप', 'बोल्न सक्दैन', 'होस छैन'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 1, a: ['10 na gamot', '15 na gamot', '20 na gamot', '30 na gamot', '10 na tableta', '20 na tableta', '20 na pills', '20 pirasong gamot', 'isang dakot na gamot', 'dakot na gamot', 'ang daming gamot'], b: ['nanginginig', 'di na makausap', 'hindi na makausap', 'hindi makausap', 'di makausap', 'hindi na makasagot', 'wala sa sarili', 'lutang na lutang', 'hindi makatayo', 'di makatayo', 'hindi magising', 'di magising', 'nawalan ng malay', 'nagsusuka'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 1, a: ['uns 10 comprimidos', 'uns 20 comprimidos', 'uns 30 comprimidos', '20 comprimidos', '20 remédios', 'uns 20 remédios', 'um monte de remédio', 'remédio de zoeira', 'remédios de zoeira', 'comprimidos de zoeira'], b: ['tremendo', 'tremedeira', 'falando coisa com coisa', 'não fala coisa com coisa', 'n fala coisa com coisa', 'não consegue falar', 'enrolando a língua', 'não consegue levantar', 'não acorda', 'desmaiou', 'vomitando'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 1, a: ['20 butir', '10 butir', '30 butir', '20 tablet', 'segenggam obat', 'iseng minum obat', 'taruhan minum obat'], b: ['gemeteran', 'gemetar', 'ngomongnya ngaco', 'ngomong ngelantur', 'ga nyambung diajak ngomong', 'gak bisa diajak ngomong', 'nggak bisa diajak ngomong', 'ga bisa berdiri', 'gak bisa bangun', 'pingsan', 'muntah'] }] },
    },
  },
  {
    // «meu amigo fumou um vape q um cara deu no parque e agora tá no chão se debatendo, babando, n para»:
    // thrashing on the ground and drooling — a seizure in a teenager's words — or something smoked or
    // swallowed from a stranger, then down and not answering. (A toddler's tantrum thrashes without drool.)
    name: 'thrashing on the ground and drooling, not stopping; a vape, a pill or a drink from a stranger, then down, shaking or not answering',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1, a: ['知らない人にもらった', 'しらないひとにもらった', '知らない人からもらった', 'しらないひとからもらった'], b: ['倒れ', 'たおれ', 'けいれん', '痙攣', 'よだれ', '泡', 'あわを', '起きな', 'おきな', '反応がな', 'はんのうがな'] }] },
      en: { pairs: [
        { reach: 40, a: ['thrashing', 'flailing', 'jerking on the floor', 'jerking on the ground'], b: ['drooling', 'foaming', 'eyes rolled', 'not responding', 'turning blue'] },
        { reach: 80, acrossSentences: 1, a: ['vape a guy gave', 'vape some guy gave', 'vape someone gave', 'pill a guy gave', 'pill some guy gave', 'pill someone gave', 'drink a guy gave', 'drink someone gave', 'a stranger gave'], b: ['on the floor', 'on the ground', 'collapsed', 'passed out', 'seizure', 'wont wake', 'not responding', 'drooling', 'foaming'] },
      ] },
      zh: { pairs: [{ reach: 30, acrossSentences: 1, a: ['陌生人给的', '不认识的人给的', '唔识嘅人畀嘅', '一个男的给的', '别人给的电子烟'], b: ['倒在地上', '抽搐', '口吐白沫', '流口水', '叫不醒', '没反应', '全身发抖'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['모르는 사람이 준', '모르는 형이 준', '모르는 아저씨가 준', '낯선 사람이 준'], b: ['쓰러', '경련', '침을 흘', '거품', '발작', '안 깨', '반응이 없'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['người lạ cho', 'ông kia cho', 'thằng kia cho', 'anh lạ cho'], b: ['nằm dưới đất', 'co giật', 'sùi bọt', 'chảy dãi', 'không tỉnh', 'ngất', 'giãy giụa'] }, { reach: 40, a: ['giãy giụa', 'giẫy đành đạch', 'giãy đành đạch'], b: ['sùi bọt', 'chảy dãi', 'chảy nước dãi', 'trợn mắt'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['chineko manchhe le deko', 'nachineko manchhe le deko', 'chinne manche le deko', 'nachineko manche le deko', 'अपरिचितले दिएको', 'नचिनेको मान्छेले दिएको'], b: ['bhuima', 'bhui ma', 'dhalyo', 'kaampdai', 'kaamdai', 'fij', 'phij', 'hos chhaina', 'hos chaina', 'भुइँमा', 'ढल्यो', 'फिँज', 'होस छैन'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['binigay ng di kilala', 'binigay ng hindi kilala', 'bigay ng stranger', 'bigay ng di namin kilala', 'bigay ng di kilalang'], b: ['bumagsak', 'nakahiga sa sahig', 'nangingisay', 'bumubula', 'tumutulo ang laway', 'hindi magising', 'di magising', 'walang malay'] }, { reach: 40, a: ['nangingisay sa sahig', 'nagpupumiglas sa sahig', 'nangingisay sa lupa'], b: ['tumutulo ang laway', 'naglalaway', 'bumubula'] }] },
      pt: { pairs: [
        { reach: 40, a: ['se debatendo', 'se debatia', 'se contorcendo', 'se tremendo todo', 'se tremendo toda', 'tremendo sem parar'], b: ['babando', 'baba$', 'espumando', 'espuma', 'olho virado', 'olhos virados', 'olho revirado', 'olhos revirados', 'revirando os olhos', 'não responde', 'n responde', 'nao responde', 'ficando roxo', 'ficando roxa', 'boca roxa'] },
        { reach: 80, acrossSentences: 1, a: ['vape que um cara deu', 'vape q um cara deu', 'pod que um cara deu', 'pod q um cara deu', 'bala que um cara deu', 'bala q um cara deu', 'comprimido que um cara deu', 'bebida que um cara deu', 'que um estranho deu', 'q um estranho deu', 'que um desconhecido deu', 'q um desconhecido deu', 'um desconhecido ofereceu'], b: ['no chão', 'desmaiou', 'se debatendo', 'babando', 'espumando', 'convuls', 'não acorda', 'não responde'] },
      ] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['dikasih orang ga dikenal', 'dikasih orang gak dikenal', 'dikasih orang asing', 'dikasih om2', 'dikasih cowok ga dikenal', 'dari orang ga dikenal'], b: ['tergeletak', 'kejang', 'ngiler', 'berbusa', 'ga sadar', 'gak sadar', 'pingsan'] }, { reach: 40, a: ['kelojotan', 'kelonjotan', 'menggelepar'], b: ['ngiler', 'ngeces', 'berbusa', 'busa', 'mata mendelik'] }] },
    },
  },
  // ── pass indirect: the emergency never named — half the face numb and the chopsticks dropped, confusion and dry
  // skin after the heat, lips swelling and wheezing after a party ──
  {
    // "While cooking, my lip and half my face suddenly went numb and I can't hold the chopsticks": half the face or
    // the lips numb, and a hand that cannot hold chopsticks, a cup or a pen — a stroke told by its signs. (Numb lips
    // after the dentist's injection drop nothing; a face that will not move since Bell's palsy holds its cup.)
    name: 'half the face or the lips numb, and chopsticks, a cup or a pen that cannot be held',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['顔の半分', 'かおのはんぶん', '顔半分', 'かおはんぶん', '顔の片側', 'かおのかたがわ', '唇と', 'くちびると', '唇がしびれ', 'くちびるがしびれ', '口元がしびれ', 'くちもとがしびれ'], b: ['箸が持てな', 'はしがもてな', '箸を落と', 'はしをおと', '箸が落ち', 'はしがおち', 'コップを落と', 'こっぷをおと', 'コップが持てな', 'こっぷがもてな', 'ペンが持てな', 'ぺんがもてな', '手に力が入らな', 'てにちからがはいらな', '腕が上がらな', 'うでがあがらな'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 1, a: ['half my face', 'half of my face', 'half his face', 'half her face', 'one side of my face', 'one side of his face', 'one side of her face', 'lip went numb', 'lips went numb', 'face went numb', 'face suddenly went numb'], b: ['cant hold the chopsticks', 'cant hold chopsticks', 'cant hold my chopsticks', 'dropped the chopsticks', 'dropped my chopsticks', 'cant hold a cup', 'cant hold the cup', 'dropped the cup', 'cant hold a pen', 'cant hold the pen', 'cant grip', 'dropping things', 'cant lift my arm', 'cant lift his arm', 'cant lift her arm'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: 1, a: ['半边脸', '半张脸', '一边脸', '嘴唇和半边', '嘴唇突然麻', '脸突然麻'], b: ['拿不住筷子', '拿不了筷子', '筷子掉', '拿不住杯子', '杯子掉', '拿不住笔', '手没力气', '手没有力气', '抬不起手', '手抬不起来'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['얼굴 반쪽', '얼굴 한쪽', '한쪽 얼굴', '입술이랑 얼굴', '입술과 얼굴', '입술이 갑자기 저리', '얼굴이 갑자기 저리'], b: ['젓가락을 못', '젓가락을 놓', '젓가락을 떨어', '젓가락질을 못', '컵을 못', '컵을 떨어', '펜을 못', '손에 힘이', '팔에 힘이', '팔이 안 올라'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['nửa mặt', 'một bên mặt', 'môi và nửa mặt', 'tự nhiên tê môi', 'môi bỗng tê', 'mặt bỗng tê'], b: ['không cầm được đũa', 'không cầm nổi đũa', 'làm rơi đũa', 'rơi đũa', 'không cầm được cốc', 'không cầm được ly', 'làm rơi cốc', 'không cầm được bút', 'không nhấc được tay'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['aadha anuhar', 'adha anuhar', 'aadha mukh', 'adha mukh', 'anuhar ko ek bhag', 'oth ra anuhar', 'आधा अनुहार', 'अनुहारको एक भाग'], b: ['chopstick samatna sakdina', 'chopstick samaatna sakdina', 'chamcha samatna sakina', 'chamcha samatna sakdina', 'chamcha khasyo', 'gilas khasyo', 'gilaas khasyo', 'haat ma bal chhaina', 'haat uthdaina', 'चम्चा समात्न सक्दिन', 'हातमा बल छैन', 'हात उठ्दैन'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['kalahati ng mukha', 'isang side ng mukha', 'isang bahagi ng mukha', 'labi at kalahati', 'biglang namanhid ang labi', 'biglang namanhid ang mukha'], b: ['hindi ko mahawakan ang chopsticks', 'di ko mahawakan ang chopsticks', 'nahulog ang chopsticks', 'hindi ko mahawakan ang baso', 'nabitawan ko ang baso', 'nabitawan ko ang chopsticks', 'walang lakas ang kamay', 'hindi maangat ang braso'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['metade do rosto', 'metade da cara', 'um lado do rosto', 'lábio e metade', 'boca ficou dormente de repente', 'rosto ficou dormente de repente'], b: ['não consigo segurar os hashis', 'não consigo segurar o hashi', 'deixei cair os hashis', 'não consigo segurar o copo', 'deixei cair o copo', 'não consigo segurar a caneta', 'mão sem força', 'braço sem força', 'não consigo levantar o braço'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['separuh wajah', 'setengah wajah', 'sebelah wajah', 'separuh muka', 'sebelah muka', 'bibir dan separuh', 'bibir tiba tiba kebas', 'muka tiba tiba kebas'], b: ['gak bisa pegang sumpit', 'ga bisa pegang sumpit', 'tidak bisa memegang sumpit', 'sumpit jatuh', 'gelas jatuh', 'gak bisa pegang gelas', 'tidak bisa memegang gelas', 'tangan lemas', 'gak bisa angkat tangan', 'tidak bisa mengangkat tangan'] }] },
    },
  },
  {
    // 「隔壁老奶奶躺在院子里，这么热的天。跟她说话她答非所问，皮肤又烫又干」, «di bawah matahari dari pagi, sekarang sudah tidak
    // berkeringat, bicaranya ngelantur dan tidak kenal kami»: hours in the heat or the sun, and now answers beside the
    // point, no sweat, hot dry skin, not knowing the people around — heatstroke told by its signs.
    name: 'out in the heat or the sun, and now talking nonsense, no longer sweating, hot dry skin, not knowing us',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 2, a: ['暑い中', 'あついなか', '炎天下', 'えんてんか', '熱中症', 'ねっちゅうしょう', '日差しの中', 'ひざしのなか', '朝から外で', 'あさからそとで', '畑で', 'はたけで'], b: ['話がかみ合わ', 'はなしがかみあわ', 'とんちんかん', '汗が止まっ', 'あせがとまっ', '汗も出なくな', 'あせもでなくな', '汗が出なくな', 'あせがでなくな', '汗もかかなくな', 'あせもかかなくな', '皮膚が熱', 'ひふがあつ', '肌が熱くて乾', 'はだがあつくてかわ', '誰だか分から', 'だれだかわから', '私のことが分から', 'わたしのことがわから', 'うわごと'] }] },
      en: { pairs: [{ reach: 100, acrossSentences: 2, a: ['in the heat', 'in this heat', 'in the sun', 'under the sun', 'in the field all day', 'heatstroke', 'heat stroke'], b: ['answers dont make sense', 'not making sense', 'talking nonsense', 'stopped sweating', 'no longer sweating', 'isnt even sweating', 'not even sweating', 'skin is hot and dry', 'skin hot and dry', 'doesnt recognise', 'doesnt recognize', 'didnt recognise us', 'didnt recognize us', 'dont know who we are'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2, a: ['这么热的天', '大热天', '太阳底下', '烈日下', '中暑', '晒了一上午', '晒了一天'], b: ['答非所问', '说胡话', '胡言乱语', '不再出汗', '已经不出汗', '都不出汗了', '也不出汗了', '汗都没了', '皮肤又烫又干', '皮肤很烫', '皮肤烫', '不认识我', '认不出'] }] },
      ko: { pairs: [{ reach: 80, acrossSentences: 2, a: ['더운 날', '이 더위', '땡볕', '뙤약볕', '햇볕 아래', '폭염', '열사병', '더위 먹'], b: ['엉뚱한 대답', '횡설수설', '말이 안 통', '땀도 안 나', '땀도 안 흘', '땀이 멈췄', '땀이 안 나고', '피부가 뜨겁고', '못 알아보', '알아보지 못'] }] },
      vi: { pairs: [{ reach: 100, acrossSentences: 2, a: ['dưới nắng', 'trời nóng', 'nắng nóng', 'ngoài nắng', 'say nắng', 'sốc nhiệt', 'làm ngoài đồng'], b: ['nói lảm nhảm', 'nói linh tinh', 'trả lời không đúng', 'nói năng lộn xộn', 'không còn ra mồ hôi', 'không còn đổ mồ hôi', 'hết ra mồ hôi', 'da nóng và khô', 'da nóng khô', 'không nhận ra'] }] },
      ne: { pairs: [{ reach: 100, acrossSentences: 2, a: ['ghaam ma', 'gham ma', 'garmi ma', 'garmi le', 'lu lagyo', 'घाममा', 'गर्मीमा'], b: ['pasina aauna chhadyo', 'pasina pani aaudaina', 'pasina aauna banda', 'pasina aauna chhodyo', 'chhala taato', 'ke ke bolchha', 'jathabhabi bolchha', 'chinena', 'chindaina', 'पसिना आउन छाड्यो', 'पसिना पनि आउँदैन', 'जथाभावी बोल्छ', 'चिनेन'] }] },
      tl: { pairs: [{ reach: 100, acrossSentences: 2, a: ['sa init', 'sa ilalim ng araw', 'sa arawan', 'heat stroke', 'heatstroke', 'sa bukid'], b: ['hindi na pinapawisan', 'di na pinapawisan', 'hindi na nagpapawis', 'kung ano ano ang sinasabi', 'walang saysay ang sinasabi', 'mainit at tuyo ang balat', 'hindi na kami kilala', 'hindi kami nakilala', 'di kami makilala'] }] },
      pt: { pairs: [{ reach: 100, acrossSentences: 2, a: ['no calor', 'nesse calor', 'debaixo do sol', 'no sol', 'insolação', 'sol forte', 'na roça', 'na lavoura'], b: ['falando coisa sem sentido', 'falando coisas sem sentido', 'não fala coisa com coisa', 'parou de suar', 'não sua mais', 'nem sua mais', 'nem está suando', 'pele quente e seca', 'não reconhece', 'não reconheceu'] }] },
      id: { pairs: [{ reach: 100, acrossSentences: 2, a: ['di bawah matahari', 'panas panasan', 'cuaca panas', 'terik', 'heatstroke', 'di ladang', 'di sawah'], b: ['sudah tidak berkeringat', 'udah gak berkeringat', 'udah ga keringetan', 'udah gak keringetan', 'gak keringetan lagi', 'tidak berkeringat lagi', 'berhenti berkeringat', 'ngelantur', 'ngomong ngawur', 'bicaranya ngawur', 'kulitnya panas dan kering', 'tidak kenal kami', 'gak kenal kami', 'ga kenal kami', 'tidak mengenali'] }] },
    },
  },
  {
    // «ăn bánh quy ở tiệc sinh nhật, giờ môi sưng to, thở khò khè. Bút tiêm epipen để ở nhà rồi»: lips, face or throat
    // swelling, and wheezing or breathing hard, or the adrenaline pen left at home — anaphylaxis by its signs.
    name: 'lips, face or throat swelling with wheezing or hard breathing, or the adrenaline pen left at home',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 24, acrossSentences: 1, a: ['唇が腫れ', 'くちびるがはれ', '顔が腫れ', 'かおがはれ', '喉が腫れ', 'のどがはれ', 'まぶたが腫れ', 'まぶたがはれ'], b: ['ゼーゼー', 'ぜーぜー', 'ヒューヒュー', 'ひゅーひゅー', '息が苦し', 'いきがくるし', 'エピペン', 'えぴぺん'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['lips swollen', 'lip swollen', 'lips are swelling', 'lips swelling', 'swollen lips', 'face swollen', 'face is swelling', 'throat swelling', 'throat is swelling', 'tongue swelling', 'lips swelled', 'lips swelled up'], b: ['wheez', 'hard to breathe', 'struggling to breathe', 'cant breathe', 'epipen', 'epi pen'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: 1, a: ['嘴唇肿', '嘴肿', '脸肿', '喉咙肿', '眼皮肿'], b: ['喘', '呼吸困难', '喘不过气', '肾上腺素笔', 'epipen'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['입술이 붓', '입술이 부었', '입술이 퉁퉁', '얼굴이 붓', '얼굴이 부었', '목이 붓', '목이 부었'], b: ['쌕쌕', '숨쉬기 힘들', '숨이 차', '숨을 못', '에피펜'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['môi sưng', 'sưng môi', 'mặt sưng', 'sưng mặt', 'họng sưng', 'sưng họng', 'mí mắt sưng'], b: ['thở khò khè', 'khò khè', 'khó thở', 'thở rít', 'bút tiêm', 'epipen'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['oth sunniyo', 'oth sunnieko', 'oth sunniyeko', 'anuhar sunniyo', 'anuhar sunniyeko', 'ghaati sunniyo', 'ओठ सुन्नियो', 'अनुहार सुन्नियो'], b: ['saas pherna garo', 'saas ferna garo', 'sas ferna garo', 'saas line garo', 'ghyar ghyar', 'epipen', 'सास फेर्न गाह्रो'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['namamaga ang labi', 'namaga ang labi', 'namamaga ang mukha', 'namaga ang mukha', 'namamaga ang lalamunan'], b: ['humihingal', 'hirap huminga', 'nahihirapang huminga', 'sumisipol ang hininga', 'epipen'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['lábio inchado', 'lábios inchados', 'boca inchada', 'rosto inchado', 'garganta inchada', 'inchou a boca', 'inchou o rosto'], b: ['chiado', 'chiando', 'falta de ar', 'dificuldade pra respirar', 'dificuldade para respirar', 'respirando com dificuldade', 'epipen'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['bibir bengkak', 'bibirnya bengkak', 'muka bengkak', 'wajah bengkak', 'tenggorokan bengkak'], b: ['mengi', 'ngik ngik', 'sesak napas', 'sesak nafas', 'susah napas', 'sulit bernapas', 'epipen'] }] },
    },
  },
  {
    // 「胸が締めつけられると言って、左の肩から腕まで痛がり冷や汗がひどい」: the chest, with the shoulder or arm, or a cold sweat.
    name: 'a tight, squeezed or aching chest with a cold sweat or pain to the left shoulder, arm or jaw',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1,
        a: ['胸が締めつけ', 'むねがしめつけ', '胸がしめつけ', '胸を締めつけ', '胸が締め付け', '胸が苦し', 'むねがくるし', '胸が痛', 'むねがいた', '胸の痛み', 'むねのいたみ'],
        b: ['冷や汗がひど', 'ひやあせがひど', '冷や汗が止ま', 'ひやあせがとま', '冷や汗がすご', '冷や汗びっしょり', 'ひやあせびっしょり', '左の肩', 'ひだりのかた', '左肩', 'ひだりかた', '左腕', 'ひだりうで', '左の腕', 'ひだりのうで', '肩から腕', 'かたからうで', 'あごまで', '顎まで'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['chest is tight', 'chest feels tight', 'tightness in his chest', 'tightness in her chest', 'tightness in my chest', 'tight chest', 'chest pain', 'pain in his chest', 'pain in her chest', 'chest is squeezing', 'squeezing in the chest'],
        b: ['cold sweat', 'left shoulder', 'left arm', 'down his arm', 'down her arm', 'into his arm', 'into her arm', 'to his jaw', 'to her jaw', 'pouring with sweat', 'drenched in sweat'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 1,
        a: ['胸口紧', '胸口闷', '胸闷', '胸口痛', '胸口疼', '胸痛', '心口痛', '心口疼', '胸口像被勒', '胸口揪着'],
        b: ['冷汗', '左肩', '左臂', '左手臂', '左胳膊', '肩膀到', '到下巴'] }] },
      ko: { pairs: [{ reach: 48, acrossSentences: 1,
        a: ['가슴이 조여', '가슴이 조이', '가슴을 쥐어짜', '가슴이 쥐어짜', '가슴이 아프', '가슴 통증', '흉통'],
        b: ['식은땀', '왼쪽 어깨', '왼쪽 팔', '왼팔', '어깨부터 팔', '턱까지'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['tức ngực', 'đau ngực', 'thắt ngực', 'ngực bị bóp', 'đau thắt ngực'],
        b: ['mồ hôi lạnh', 'vai trái', 'tay trái', 'cánh tay trái', 'lan xuống tay', 'lan ra tay', 'lan lên hàm'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['छाती दुख', 'छाती कस', 'chhati dukh', 'chati dukh', 'chhati kas', 'chati kas', 'chhati ma dukh', 'chati ma dukh'],
        b: ['चिसो पसिना', 'देब्रे काँध', 'देब्रे हात', 'chiso pasina', 'debre kaandh', 'debre kadh', 'debre kaadh', 'debre haat', 'debre hat'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['naninikip ang dibdib', 'masakit ang dibdib', 'sumasakit ang dibdib', 'paninikip ng dibdib', 'kumikirot ang dibdib'],
        b: ['malamig na pawis', 'pinagpapawisan ng malamig', 'kaliwang balikat', 'kaliwang braso', 'hanggang braso', 'hanggang panga'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['aperto no peito', 'peito apertado', 'dor no peito', 'peito doendo', 'pressão no peito'],
        b: ['suor frio', 'suando frio', 'ombro esquerdo', 'braço esquerdo', 'até o braço', 'até o queixo'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['dada sesak', 'dada terasa sesak', 'nyeri dada', 'dada nyeri', 'sakit dada', 'dada sakit', 'dada seperti diremas', 'dada terasa diremas'],
        b: ['keringat dingin', 'bahu kiri', 'lengan kiri', 'tangan kiri', 'menjalar ke lengan', 'sampai ke lengan', 'sampai rahang'] }] },
    },
  },
  {
    // 「胰岛素打了没吃饭，现在浑身出汗、说胡话，叫不太醒」: insulin or diabetes, then talking nonsense or hard to wake.
    name: 'insulin or diabetes, then talking nonsense, confused speech or hard to wake',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['インスリンを打', 'いんすりんをう', 'インスリンを注射', 'いんすりんをちゅうしゃ', 'インスリンの後', 'いんすりんのあと', '血糖の薬を飲んで', 'けっとうのくすりをのんで', '低血糖', 'ていけっとう'],
        b: ['うわごと', 'わけのわからないこと', '意味不明なこと', 'いみふめいなこと', '起こしても起きな', 'おこしてもおきな', '呼んでも起きな', 'よんでもおきな', 'なかなか起きな', 'なかなかおきな', 'ろれつが回らな', 'ろれつがまわらな', '意識がもうろう', 'いしきがもうろう'] }] },
      en: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['took her insulin', 'took his insulin', 'had her insulin', 'had his insulin', 'injected her insulin', 'injected his insulin', 'insulin shot', 'insulin and didnt eat', 'insulin but didnt eat', 'insulin and hasnt eaten', 'insulin without eating', 'blood sugar is low', 'low blood sugar'],
        b: ['talking nonsense', 'talking gibberish', 'cant wake her', 'cant wake him', 'hard to wake', 'barely wake', 'wont wake', 'barely responding', 'not making any sense'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['打了胰岛素', '打完胰岛素', '胰岛素打了', '注射了胰岛素', '胰岛素没吃', '胰岛素却没吃', '胰岛素但没吃', '胰岛素后没吃', '胰岛素以后没吃', '吃了降糖药', '低血糖'],
        b: ['说胡话', '胡言乱语', '叫不醒', '叫不太醒', '叫不大醒', '神志不清', '意识不清', '昏昏沉沉叫'] },
        // «打了胰岛素» is an injection's idiom (zh.ts), which silences its words: the illness named, then talking nonsense or not waking now
        { reach: 40, acrossSentences: 2, a: ['糖尿病', '血糖'], b: ['现在...说胡话', '现在...叫不', '出汗...说胡话', '出汗...叫不', '说胡话...叫不', '神志不清', '意识不清'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['인슐린을 맞', '인슐린 맞고', '인슐린 주사', '당뇨약 먹고', '저혈당'],
        b: ['헛소리', '횡설수설', '깨워도', '잘 안 깨', '의식이 없', '의식이 흐', '말이 어눌'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['tiêm insulin', 'chích insulin', 'uống thuốc tiểu đường', 'hạ đường huyết', 'đường huyết thấp'],
        b: ['nói sảng', 'nói lảm nhảm', 'gọi không tỉnh', 'lay không tỉnh', 'gọi mãi không tỉnh', 'lơ mơ', 'mê man'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['इन्सुलिन लगा', 'insulin lagayera', 'insulin lagaye', 'insulin hanera', 'insulin lagaunu bhayo', 'sugar ghatyo', 'sugar ghatera', 'सुगर घट'],
        b: ['बरबराउ', 'बेहोस', 'barbarau', 'uthaauda pani uthdaina', 'uthauda pani uthdaina', 'behos', 'ulta pulta kura', 'ulto pulto kura'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['nag-insulin', 'nag insulin', 'nagturok ng insulin', 'tinurukan ng insulin', 'insulin tapos hindi kumain', 'bumaba ang sugar', 'mababa ang sugar'],
        b: ['nagdedeliryo', 'kung ano-ano ang sinasabi', 'kung anu-ano ang sinasabi', 'hindi magising', 'di magising', 'ayaw magising', 'wala sa sarili'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['tomou insulina', 'aplicou insulina', 'aplicou a insulina', 'insulina e não comeu', 'insulina sem comer', 'hipoglicemia', 'glicose baixa'],
        b: ['falando coisa sem sentido', 'falando coisas sem sentido', 'delirando', 'não acorda', 'não consigo acordar', 'mal acorda', 'desorientad'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['suntik insulin', 'disuntik insulin', 'pakai insulin', 'insulin tapi belum makan', 'insulin dan belum makan', 'hipoglikemia', 'gula darah turun', 'gula darah rendah'],
        b: ['ngelantur', 'mengigau', 'ngigau', 'susah dibangunkan', 'sulit dibangunkan', 'tidak bisa dibangunkan', 'gak bisa dibangunin', 'tidak sadar'] }] },
    },
  },
  {
    // «전화로 '숨이 안 쉬어진다' 하시고는 끊겼어요. 다시 걸어도 안 받으세요»: the breath or chest said, then the line dead.
    name: 'someone says on the phone they cannot breathe or the chest hurts, then the line goes dead or nobody answers',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['息ができない', 'いきができない', '息ができん', '息が苦しい', 'いきがくるしい', '息が吸えない', 'いきがすえない', '胸が苦しい', 'むねがくるしい'],
        b: ['電話が切れ', 'でんわがきれ', 'ぷつっと切れ', 'ぷつっときれ', '途中で切れ', 'とちゅうできれ', '電話に出な', 'でんわにでな', '電話に出ませ', 'でんわにでませ', '応答がな', 'おうとうがな'] }] },
      en: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['cant breathe', 'couldnt breathe', 'cannot breathe', 'struggling to breathe', 'chest pain', 'chest hurts'],
        b: ['line went dead', 'phone went dead', 'call dropped', 'call cut off', 'got cut off', 'then nothing', 'stopped answering', 'not answering now', 'isnt answering now', 'no answer now', 'not picking up now'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['喘不过气', '喘不上气', '不能呼吸', '没法呼吸', '呼吸不了', '胸口好痛', '胸口好疼'],
        b: ['电话断了', '电话就断了', '电话突然断了', '没声音了', '再打也不接', '再打就不接', '回拨也不接', '回拨没人接'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['숨이 안 쉬어', '숨을 못 쉬', '숨쉬기 힘', '숨을 쉴 수가 없', '가슴이 너무 아프'],
        b: ['끊겼', '끊어졌', '안 받', '전화를 안 받', '연락이 안 돼', '연락이 안 되', '응답이 없'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['không thở được', 'khó thở quá', 'thở không được', 'đau ngực quá'],
        b: ['cúp máy', 'mất sóng', 'máy tắt', 'gọi lại không nghe', 'gọi lại không bắt máy', 'không nghe máy', 'không bắt máy', 'không ai nghe'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['सास फेर्न सकिन', 'सास फेर्न गाह्रो', 'saas pherna sakina', 'sas ferna sakina', 'saas ferna sakina', 'sas pherna sakina', 'saas pherna garo', 'saas ferna garo', 'sas ferna garo'],
        b: ['फोन काटियो', 'फोन उठाउँदैन', 'phone katiyo', 'phone kaatiyo', 'phone uthaudaina', 'phone uthaunu bhayena', 'phone uthaunuhunna', 'phone uthaudainan'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['hindi makahinga', 'di makahinga', 'hirap huminga', 'ang sakit ng dibdib'],
        b: ['naputol ang tawag', 'naputol yung tawag', 'biglang naputol', 'hindi na sumasagot', 'di na sumasagot', 'hindi sumasagot', 'ayaw sumagot', 'walang sumasagot'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['não consigo respirar', 'não consegue respirar', 'não conseguia respirar', 'dor no peito'],
        b: ['a ligação caiu', 'ligação caiu', 'caiu a ligação', 'não atende', 'não atendeu', 'ninguém atende'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['tidak bisa bernapas', 'gak bisa napas', 'ga bisa napas', 'susah napas', 'dadanya sakit'],
        b: ['telepon terputus', 'teleponnya terputus', 'langsung terputus', 'tidak diangkat', 'gak diangkat', 'ga diangkat', 'tidak menjawab', 'tidak ada jawaban'] }] },
    },
  },
  // ── crisis batch 21 (helper C3): pregnant, a question asked, then heavy bleeding or severe pain now ──
  {
    // «Saya hamil 7 bulan, mau tanya kapan dapat uang melahirkan. Tapi sekarang perut saya sakit sekali dan darah
    // keluar banyak»: the pregnancy is said first, a benefit asked about, and the bleeding told sentences later,
    // too far for the pairs above. Only strong words count on the far side — a lot of blood, bleeding that will
    // not stop, the worst pain — so spotting in early pregnancy that the doctor checked stays quiet.
    name: 'pregnant, then — after a question or an aside — heavy bleeding or severe belly pain now',
    signal: 'emergency',
    words: {
      ja: { pairs: [{ reach: 160, acrossSentences: 4,
        a: ['妊娠', 'にんしん', '妊婦', 'にんぷ', 'お腹に赤ちゃん', 'おなかにあかちゃん'],
        b: ['血がたくさん出', '血がいっぱい出', '血が止まらな', '出血が止まらな', '大量に出血', '大量出血', 'ちがたくさんで', 'ちがいっぱいで', 'ちがとまらな', 'しゅっけつがとまらな', 'お腹がすごく痛くて血', 'おなかがすごくいたくてち', 'お腹が激しく痛', 'おなかがはげしくいた'] }] },
      en: { pairs: [{ reach: 240, acrossSentences: 4,
        a: ['pregnant', 'weeks along', 'months along'],
        b: ['bleeding heavily', 'heavy bleeding', 'bleeding a lot', 'lots of blood', 'a lot of blood', 'so much blood', 'blood everywhere', 'bleeding wont stop', 'bleeding will not stop', 'cant stop the bleeding', 'worst pain of my life', 'severe stomach pain and', 'severe belly pain and', 'terrible stomach pain and blood'] }] },
      zh: { pairs: [{ reach: 80, acrossSentences: 4,
        a: ['怀孕', '怀了', '孕妇', '孕期', '个月身孕'],
        b: ['大出血', '出了好多血', '流了好多血', '流了很多血', '出很多血', '出好多血', '一直出血', '血止不住', '血流不止', '出血不止', '肚子疼得厉害', '肚子痛得厉害', '肚子剧痛'] }] },
      ko: { pairs: [{ reach: 120, acrossSentences: 4,
        a: ['임신', '임산부', '개월째'],
        b: ['피가 많이', '하혈이 심', '하혈을 많이', '피가 안 멈', '피가 멈추지', '출혈이 심', '배가 너무 아프고 피', '배가 찢어질 듯', '배가 엄청 아프고'] }] },
      vi: { pairs: [{ reach: 240, acrossSentences: 4,
        a: ['mang thai', 'mang bầu', 'có bầu', 'đang bầu', 'có thai'],
        b: ['ra máu nhiều', 'ra nhiều máu', 'chảy máu nhiều', 'máu ra nhiều', 'máu chảy không ngừng', 'máu không cầm được', 'đau bụng dữ dội', 'đau bụng quá trời và', 'bụng đau quá và ra máu'] }] },
      ne: { pairs: [{ reach: 240, acrossSentences: 4,
        a: ['गर्भवती', 'पेटमा बच्चा', 'महिनाको गर्भ', 'garbhavati', 'pet ma bachha'],
        b: ['धेरै रगत', 'रगत धेरै', 'रगत रोकिएन', 'रगत रोकिँदैन', 'रगत बगिरहेको', 'पेट धेरै दुखेर', 'पेट असाध्यै दुख', 'dherai ragat', 'ragat dherai', 'ragat rokiena', 'ragat bagirakheko'] }] },
      tl: { pairs: [{ reach: 240, acrossSentences: 4,
        a: ['buntis', 'months pregnant', 'weeks pregnant'],
        b: ['maraming dugo', 'malakas ang pagdugo', 'dinudugo ako nang marami', 'ayaw tumigil ang dugo', 'hindi tumitigil ang dugo', 'sobrang sakit ng tiyan', 'sobrang sakit ng puson'] }] },
      pt: { pairs: [{ reach: 240, acrossSentences: 4,
        a: ['grávida', 'gestante', 'semanas de gravidez', 'meses de gravidez'],
        b: ['sangrando muito', 'sangrar muito', 'muito sangue', 'sangramento forte', 'sangue não para', 'sangramento não para', 'dor muito forte na barriga', 'dor forte na barriga e', 'barriga doendo demais'] }] },
      id: { pairs: [{ reach: 240, acrossSentences: 4,
        a: ['hamil', 'kehamilan'],
        b: ['darah keluar banyak', 'darahnya keluar banyak', 'keluar darah banyak', 'darahnya banyak', 'pendarahan hebat', 'perdarahan hebat', 'darah tidak berhenti', 'darahnya gak berhenti', 'darah gak berhenti', 'perut saya sakit sekali', 'perutku sakit sekali', 'perut sakit sekali dan', 'perut sakit banget dan'] }] },
    },
  },
  // ── crisis-30 (people writing in a role): a lone resident behind a door nobody opens ──
  {
    // 「インターホンにも電話にも応答されません。窓から覗いたところ、廊下に足だけが見えたような気がします」, «không ra mở
    // cửa … qua khe cửa thấy hình như có đôi chân», "there's no answer when we knock … we could hear groaning": the
    // door, the bell or the phone not answered, and a sign from inside — a body or feet glimpsed, moaning heard —
    // or days of papers piling up or the TV on day and night (a lone collapse, reported by a helper, a landlord, a
    // delivery person). A door unanswered alone is an errand; a visit told with its end («娘さんの家にいた») has no sign.
    name: 'a lone resident who does not answer the door or phone, with feet or a body glimpsed, moaning heard, or papers piling up for days',
    signal: 'emergency',
    words: inEachLanguage((lang) => {
      const cjk = lang === 'ja' || lang === 'zh';
      return {
        pairs: [
          { reach: cjk ? 40 : 100, acrossSentences: 2, a: NO_ANSWER[lang], b: SIGN_INSIDE[lang] },
          { reach: cjk ? 50 : 120, acrossSentences: 2, a: DAYS_PILED[lang], b: NO_ANSWER[lang] },
        ],
      };
    }),
  },
  // ── pass 26, helper C3: a sudden loss of walking, standing, speech or one side; a neighbour unseen with mail piling up ──
  {
    // 「けさから急に歩けなくなった」, "since this morning he suddenly can't walk", «de repente não consegue andar»,
    // «tự nhiên không đi được», one side gone numb: a sudden loss of function (a stroke's signs). Walking badly for
    // months, or since a knee operation, has no onset ("can't walk well since his knee surgery") and stays quiet.
    name: 'a sudden loss of walking, standing, speech, or one side of the body',
    signal: 'emergency',
    words: inEachLanguage((lang) => ({
      say: SIDE_NUMB[lang],
      pairs: [{ ordered: true, reach: lang === 'ja' || lang === 'zh' ? 14 : 40, a: SUDDEN_ONSET[lang], b: FUNCTION_LOST[lang] }],
    })),
  },
  {
    // a lone neighbour not seen for days, and the lights or the TV on all day and night (「隣のおばあさんを何日も見かけない
    // 電気がずっとついている」): someone home who does not move. Not seen because she is away ("she's travelling") stays
    // quiet, and so does mail piling up alone with a question of whom to tell (a welfare check asked about, labelled so).
    name: 'a neighbour not seen for days, with the lights or the TV on all day',
    signal: 'emergency',
    words: inEachLanguage((lang) => {
      const cjk = lang === 'ja' || lang === 'zh';
      return { pairs: [{ reach: cjk ? 50 : 140, acrossSentences: 2, a: NOT_SEEN_FOR_DAYS[lang], b: LIGHTS_ON_ALL_DAY[lang] }] };
    }),
  },
  // ── pass 27 ──
  {
    // A diabetic (on insulin or tablets) now drenched in a cold sweat, only groaning, unable to answer or swallow, or
    // limp: a low blood sugar now («mẹ bị tiểu đường … mồ hôi ướt hết áo, chỉ ú ớ, không nuốt được»). A low sugar
    // yesterday and fine now names no sign of now, and stays quiet.
    name: 'a diabetic now in a cold sweat, groaning, unable to answer or swallow, or limp',
    signal: 'emergency',
    words: inEachLanguage((lang) => {
      const cjk = lang === 'ja' || lang === 'zh';
      return { pairs: [{ reach: cjk ? 60 : 140, acrossSentences: 2, a: DIABETIC[lang], b: LOW_SUGAR_NOW[lang] }] };
    }),
  },
  {
    // Black, tarry stool with dizziness on standing, faintness or pallor: bleeding high in the gut, an older person's
    // above all. Black stool alone (iron tablets, a question about a test) stays quiet.
    name: 'black, tarry stool with dizziness, faintness or pallor',
    signal: 'emergency',
    words: inEachLanguage((lang) => {
      const cjk = lang === 'ja' || lang === 'zh';
      return { pairs: [{ reach: cjk ? 40 : 100, acrossSentences: 2, a: BLACK_STOOL[lang], b: FAINT[lang] }] };
    }),
  },
  {
    // A towel or cloth soaked through with blood, and a lot of blood told in pieces with "it won't stop" in the next
    // sentence («ち が いっぱい でる。 とまらない。»). Bleeding that has stopped names no "won't stop" and stays quiet.
    name: 'a towel soaked through with blood; a lot of blood and it will not stop, told in pieces',
    signal: 'emergency',
    words: inEachLanguage((lang) => ({
      say: SOAKED_WITH_BLOOD[lang],
      ...(lang === 'ja' ? { pairs: [{ ordered: true, reach: 30, acrossSentences: 2, a: JA_MUCH_BLOOD, b: JA_WONT_STOP }] } : {}),
    })),
  },
  {
    // The door, the bell or the phone of someone who lives alone goes unanswered, and the TV or a light is on
    // inside: someone is home and does not come (a welfare check told by a helper or a relative far away).
    name: 'no answer at the door or phone, with the TV or a light on inside',
    signal: 'emergency',
    words: inEachLanguage((lang) => {
      const cjk = lang === 'ja' || lang === 'zh';
      return { pairs: [{ reach: cjk ? 30 : 80, acrossSentences: 1, a: NO_ANSWER[lang], b: HOME_BUT_SILENT[lang] }] };
    }),
  },
], [...EMERGENCY_FAMILIES, ...PASS_27_EMERGENCY]);
