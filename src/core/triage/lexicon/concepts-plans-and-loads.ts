import type { Concept, ConceptLanguage, Lists } from './concepts.ts';
import { eitherWay, followedBy } from './concepts-safe.ts';
import { cross, inEachLanguage, near } from './extend-concepts.ts';

/**
 * Pass 26 (helper C2): a plan to go to a river, a bridge, a cliff or the tracks today or tonight, said even in a
 * laugh (「오늘 스미다강 가야 되나 ㅋㅋ」) — beside the outing of the same words (the fireworks on the river tonight);
 * overwork said as dying (「残業で死にかけてます」) beside the wish to die said with it; a coach or a teacher who hits
 * the children (a child's harm); and the everyday loads the model alone reads as danger — a child who cooks because
 * a parent is ill, a carer who does it all alone for someone who cannot walk, an old neighbour living alone who mixes
 * up the rubbish days. Each safe class names its ordinary reading in its own words; a harm, a wish to die or a
 * neglect told beside it is a word of its own and still alarms.
 */

// ── a plan to go to the river, the bridge or the tracks today or tonight ──

/** Today, tonight, now: the plan's time. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TODAY_OR_TONIGHT: Lists = {
  ja: ['今日', 'きょう', '今夜', 'こんや', '今晩', 'こんばん', '今から', 'いまから', '今すぐ', 'いますぐ', 'これから', '今日の夜', 'きょうのよる', 'きょうの よる'],
  en: ['today', 'tonight', 'right now', 'now$', 'rn$', 'this evening', 'later tonight'],
  zh: ['今天', '今晚', '今夜', '今天晚上', '现在', '马上', '等下', '待会', '一会儿'],
  ko: ['오늘', '오늘밤', '오늘 밤', '오늘 저녁', '지금', '당장', '이따', '이따가'],
  vi: ['hôm nay', 'tối nay', 'đêm nay', 'bây giờ', 'giờ này', 'lát nữa', 'chiều nay'],
  ne: ['आज', 'आज राति', 'अहिले', 'aaja', 'aja rati', 'aaja rati', 'ahile'],
  tl: ['ngayon', 'ngayong gabi', 'mamayang gabi', 'mamaya', 'ngayong araw'],
  pt: ['hoje', 'hj$', 'hoje à noite', 'hoje de noite', 'essa noite', 'esta noite', 'agora', 'daqui a pouco', 'mais tarde'],
  id: ['hari ini', 'malam ini', 'nanti malam', 'entar malam', 'sekarang', 'sebentar lagi'],
};

/**
 * Japanese rivers, bridges, cliffs and tracks by name or kind, where a plan to die is taken. (Never 川 or 橋 alone:
 * 品川, 立川, 日本橋, 飯田橋 are stations and the immigration bureau's town — "today I have to go to Shinagawa".)
 */
// biome-ignore format: one line
const JA_WATER = ['隅田川', '荒川', '多摩川', '鴨川', '淀川', '利根川', '神田川', '近くの川', 'ちかくの かわ', 'ちかくのかわ', 'あの川', 'あのかわ', 'あの かわ', 'その川', 'いつもの川', '近所の川', '近くの橋', 'あの橋', 'その橋', 'いつもの橋', '高い橋', '崖', 'がけ', '線路', 'せんろ', '踏切', 'ふみきり', '樹海', 'じゅかい', '東尋坊'];
// biome-ignore format: one line
const KO_WATER = ['한강', '스미다강', '스미다 강', '아라카와강', '아라카와', '다마강', '타마강', '가모강', '요도강', '에도강', '강', '강에', '강으로', '강가', '강가에', '강가로', '대교', '대교에', '다리에', '다리로', '다리 위', '다리 위에', '다리 위로', '절벽', '절벽에', '절벽으로', '선로', '선로에', '선로로', '철길', '기찻길', '건널목'];

/**
 * Going there as a plan or a "should I" (never just "going to the sea", a day out): a river, a bridge, a cliff or
 * the tracks with a going of no return, "no choice but", "should I just". The sea only with a jump.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const GO_TO_THE_WATER: Lists = {
  ja: [...cross(JA_WATER, ['に行くしか', 'にいくしか', 'へ行くしか', '行くしか', 'いくしか', 'に行こうかな', 'にいこうかな', 'に行こっかな', 'に行くか', 'にいくか', 'に行きます', 'にいきます', 'に行ってくる', 'にいってくる', 'に行っちゃおう', 'にいっちゃおう', 'で終わりに', 'でおわりに', 'に飛び込', 'にとびこ', 'から飛び', 'からとび']), ...cross(['海', 'うみ'], ['に行くしか', 'にいくしか', 'に飛び込', 'にとびこ', 'で終わりに', 'でおわりに']), ...cross(['ちかくの かわ', 'あの かわ', 'かわ', 'せんろ', 'がけ', 'ふみきり', 'うみ'], [' に いく しか', ' に いくしか', ' に とびこ', ' から とび', ' で おわりに']), ...cross(['ちかくの かわ', 'あの かわ', 'せんろ', 'がけ', 'ふみきり'], [' に いきます', ' に いく', ' に いって くる'])],
  en: [
    ...cross(['go to', 'going to', 'gonna go to', 'head to', 'heading to', 'walk to', 'walking to', 'go down to', 'going down to', 'just go to', 'should i go to', 'time to go to', 'go stand on', 'go jump off', 'go jump in', 'go jump into', 'jump off', 'jump into', 'jumping off'], ['the river', 'the bridge', 'that bridge', 'the cliff', 'the cliffs', 'the tracks', 'the train tracks', 'the railway', 'the sumida', 'the arakawa', 'the tama river', 'the kamo river', 'the dam'], ' '),
    ...cross(['go jump in', 'go jump into', 'jump into', 'walk into'], ['the sea', 'the ocean'], ' '),
  ],
  zh: [...cross(['去', '就去'], ['江边', '河边', '桥上', '大桥', '铁轨', '隅田川', '荒川', '多摩川', '鸭川', '淀川', '悬崖', '崖边'].flatMap((w) => [`${w}算了`, `${w}一了百了`, `${w}了断`, `${w}结束`, `${w}跳`])), ...cross(['就去'], ['江边', '河边', '桥上', '大桥', '铁轨', '隅田川', '荒川', '多摩川', '鸭川', '悬崖'])],
  ko: [
    ...cross(KO_WATER, ['가야 되', '가야되', '가야 하', '가야하', '가야겠', '가야 할', '가야할', '가야지', '갈까', '간다', '갈 거', '갈거', '가서 뛰어', '뛰어들'], ' '),
    ...cross(['바다', '바다에', '바다로', '바닷가에'], ['가야 되', '가야되', '가야 하나', '가야하나', '뛰어들'], ' '),
    '다리에서 뛰어', '대교에서 뛰어', '절벽에서 뛰어',
  ],
  // (Not «lên cầu thang», «xuống cầu thang»: the stairs.)
  vi: [...cross(['ra', 'đi ra'], ['cầu', 'cây cầu', 'sông', 'bờ sông', 'đường ray', 'đường tàu', 'vách đá', 'cầu sumida', 'sông sumida', 'sông arakawa', 'cầu arakawa'], ' '), 'xuống sông', 'lên cây cầu', 'nhảy xuống sông', 'nhảy cầu', 'nhảy xuống biển'],
  ne: ['पुलमा जान्छु', 'पुलतिर जान्छु', 'खोलामा जान्छु', 'खोलातिर जान्छु', 'नदीमा जान्छु', 'नदीतिर जान्छु', 'भीरमा जान्छु', 'भीरतिर जान्छु', 'रेलको लाइनमा जान्छु', 'पुलबाट हाम', 'भीरबाट हाम', 'pul ma janchhu', 'pulma janchhu', 'pul tira janchhu', 'khola ma janchhu', 'kholama janchhu', 'bhir ma janchhu', 'pul bata haam', 'bhir bata haam'],
  tl: [...cross(['pupunta ako sa', 'punta ako sa', 'punta na ako sa', 'pupunta na ako sa', 'pumunta sa', 'tatalon ako sa', 'tatalon sa', 'tumalon sa', 'tatalon na ako sa'], ['tulay', 'ilog', 'riles', 'bangin', 'sumida', 'arakawa'], ' '), ...cross(['tatalon ako sa', 'tatalon sa', 'tumalon sa'], ['dagat'], ' ')],
  pt: [...cross(['vou pra', 'vou pro', 'vou lá pra', 'vou lá pro', 'ir pra', 'ir pro', 'ir lá pra', 'vou até a', 'vou até o', 'vou na', 'vou no'], ['ponte', 'viaduto', 'linha do trem', 'trilho', 'penhasco', 'beira do rio'], ' '), 'vou pros trilhos', 'ir pros trilhos', 'pular da ponte', 'pular do viaduto', 'pular no rio', 'me jogar da ponte', 'me jogar do viaduto', 'me jogar no rio', 'me jogar no mar', 'me jogar na frente do trem'],
  id: [...cross(['ke', 'pergi ke', 'mau ke', 'aku ke', 'saya ke'], ['jembatan', 'rel kereta', 'rel kereta api', 'tebing', 'pinggir sungai', 'sungai sumida', 'sungai arakawa'], ' '), 'ke sungai aja', 'lompat dari jembatan', 'terjun dari jembatan', 'terjun ke sungai', 'nyebur ke sungai', 'nyebur ke laut', 'lompat ke sungai', 'lompat ke laut', 'terjun ke laut'],
};

/** A day out by the water: fireworks, a festival, a walk, fishing, a picnic, photos, friends or the family along. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const OUTING: Lists = {
  ja: ['花火', 'はなび', '花見', 'はなみ', 'お祭り', 'おまつり', '祭り', 'まつり', 'バーベキュー', 'ばーべきゅー', 'bbq', '釣り', 'つり', '川遊び', 'かわあそび', '海水浴', 'かいすいよく', '水遊び', 'みずあそび', '散歩', 'さんぽ', 'ジョギング', 'ランニング', 'キャンプ', 'ピクニック', '遊びに', 'あそびに', '泳ぎに', 'およぎに', '写真', 'しゃしん', '撮影', '夜景', 'やけい', 'デート', '屋形船', 'クルーズ', '友達と', 'ともだちと', '友だちと', '家族で', 'かぞくで', 'みんなで'],
  en: ['fireworks', 'festival', 'picnic', 'bbq', 'barbecue', 'fishing', 'swim$', 'swimming', 'kayak', 'boat', 'cruise', 'hanami', 'cherry blossom', 'sakura', 'illumination', 'photos', 'pictures', 'jog$', 'jogging', 'a run$', 'for a walk', 'walk the dog', 'cycling', 'bike ride', 'party', 'with friends', 'with my friends', 'with the kids', 'with my kids', 'with my family', 'with my husband', 'with my wife', 'with my boyfriend', 'with my girlfriend', 'sightseeing', 'the view', 'clean up', 'cleanup', 'volunteer'],
  zh: ['烟花', '烟火', '花火', '赏樱', '赏花', '祭典', '庙会', '烧烤', 'bbq', '钓鱼', '游泳', '玩水', '散步', '跑步', '骑车', '野餐', '拍照', '夜景', '约会', '游船', '坐船', '和朋友', '跟朋友', '带孩子', '全家', '一家人'],
  ko: ['불꽃놀이', '불꽃 축제', '불꽃축제', '축제', '벚꽃', '꽃놀이', '피크닉', '치맥', '바베큐', '바비큐', '낚시', '수영', '물놀이', '산책', '러닝', '조깅', '자전거', '라이딩', '사진', '야경', '데이트', '유람선', '캠핑', '친구들이랑', '친구랑', '가족이랑', '애들이랑', '아이들이랑'],
  vi: ['pháo hoa', 'lễ hội', 'ngắm hoa', 'hoa anh đào', 'dã ngoại', 'picnic', 'nướng', 'bbq', 'câu cá', 'tắm biển', 'đi bơi', 'đi dạo', 'chạy bộ', 'đạp xe', 'chụp ảnh', 'hẹn hò', 'đi chơi', 'với bạn', 'cùng bạn', 'với con', 'cả nhà', 'gia đình'],
  ne: ['आतिशबाजी', 'मेला', 'पिकनिक', 'माछा मार', 'पौडी', 'घुम्न', 'फोटो', 'साथीहरूसँग', 'परिवारसँग', 'picnic', 'piknik', 'ghumna', 'photo', 'fireworks', 'hanabi', 'sathi haru sanga'],
  tl: ['fireworks', 'paputok', 'hanabi', 'festival', 'piyesta', 'picnic', 'piknik', 'ihaw', 'bbq', 'mangisda', 'mamingwit', 'maligo', 'lumangoy', 'swimming', 'maglakad lakad', 'mamasyal', 'pasyal', 'jogging', 'litrato', 'picture', 'date$', 'kasama ang mga bata', 'kasama ang pamilya', 'kasama ang barkada', 'kasama ang mga kaibigan', 'barkada', 'hanami', 'sakura'],
  pt: ['fogos', 'hanabi', 'festival', 'festa', 'piquenique', 'churrasco', 'pescar', 'pescaria', 'nadar', 'passear', 'passeio', 'caminhada', 'caminhar', 'correr', 'corrida', 'pedalar', 'bicicleta', 'fotos', 'foto$', 'namorar', 'com os amigos', 'com as crianças', 'com a família', 'com meu marido', 'com minha esposa', 'hanami', 'sakura', 'cerejeira'],
  id: ['kembang api', 'hanabi', 'festival', 'piknik', 'bakar bakar', 'bbq', 'mancing', 'memancing', 'berenang', 'renang', 'jalan jalan', 'jalan santai', 'lari pagi', 'jogging', 'bersepeda', 'sepedaan', 'foto foto', 'pacaran', 'kencan', 'sama teman', 'sama temen', 'bareng teman', 'bareng temen', 'sama anak anak', 'sama keluarga', 'hanami', 'sakura', 'main air'],
};

/** A walk or a run by the river or the sea: a day out, said with the place (never "walk into the river"). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WALK_BY_THE_WATER: Lists = {
  ja: ['川沿いを散歩', '川沿いをさんぽ', 'かわぞいをさんぽ', 'かわぞいを さんぽ', '川辺を散歩', '土手を散歩', 'どてをさんぽ', '海辺を散歩', '川沿いを歩', 'かわぞいをある', '川沿いをジョギング', '川沿いを走', '川沿いをランニング'],
  en: ['walk by the river', 'walk along the river', 'walked by the river', 'walked along the river', 'walking by the river', 'walking along the river', 'stroll by the river', 'stroll along the river', 'jog along the river', 'jogging along the river', 'run along the river', 'walk on the beach', 'walked on the beach', 'walk along the beach', 'walking on the beach'],
  zh: ['河边散步', '江边散步', '在河边走走', '在江边走走', '沿着河散步', '沿河散步', '海边散步', '河边跑步', '江边跑步', '河边遛狗'],
  ko: ['강변 산책', '강가 산책', '강변을 산책', '강가를 산책', '한강 산책', '강변을 걷', '강가를 걷', '강변 러닝', '강변에서 자전거', '바닷가 산책', '강변에서 산책', '강가에서 산책'],
  vi: ['đi dạo bờ sông', 'đi dạo ven sông', 'đi dạo dọc bờ sông', 'đi bộ ven sông', 'đi bộ bờ sông', 'dạo bờ sông', 'dạo ven sông', 'chạy bộ ven sông', 'chạy bộ bờ sông', 'đi dạo bờ biển', 'dạo biển'],
  ne: ['नदी किनारमा हिँड', 'खोला किनारमा हिँड', 'नदी किनारमा घुम', 'खोला किनारमा घुम', 'nadi kinar ma hid', 'khola kinar ma ghum', 'nadi kinarma ghum'],
  tl: ['naglakad sa tabi ng ilog', 'maglakad sa tabi ng ilog', 'naglalakad sa tabi ng ilog', 'naglalakad sa tabing ilog', 'maglakad lakad sa tabi ng ilog', 'nag jogging sa tabi ng ilog', 'naglakad sa tabing dagat', 'maglakad sa tabing dagat'],
  pt: ['caminhar na beira do rio', 'caminhada na beira do rio', 'passear na beira do rio', 'passeio na beira do rio', 'caminhei na beira do rio', 'andar na beira do rio', 'correr na beira do rio', 'caminhar na praia', 'passear na praia', 'caminhada na praia'],
  id: ['jalan jalan di pinggir sungai', 'jalan di pinggir sungai', 'jalan santai di pinggir sungai', 'jogging di pinggir sungai', 'lari di pinggir sungai', 'jalan di tepi sungai', 'jalan jalan di tepi sungai', 'jalan jalan di pantai', 'jalan santai di pantai'],
};

// ── overwork said as dying ──

/** Overwork, shifts, deadlines, a baby alone: what one says one is "dying" of. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THE_GRIND: Lists = {
  ja: ['残業', 'ざんぎょう', '仕事', 'しごと', 'バイト', 'ばいと', '夜勤', 'やきん', '連勤', 'れんきん', '激務', 'げきむ', '忙しさ', 'いそがしさ', '課題', 'かだい', 'レポート', '締め切り', 'しめきり', '納期', '繁忙期', 'はんぼうき', 'シフト', '育児', 'いくじ', 'ワンオペ', '寝不足', 'ねぶそく', '過労', 'かろう', '休日出勤', '長時間労働'],
  en: ['shifts', 'shift$', 'overtime', 'night shifts', 'these hours', 'the hours', 'this job', 'my job', 'work$', 'deadlines', 'double shifts', 'the commute'],
  zh: ['加班', '上班', '工作', '夜班', '值班', '赶工', '赶稿', '打工', '带娃'],
  ko: ['과로로', '야근으로', '잔업으로', '야근 때문에', '잔업 때문에', '일 때문에', '알바 때문에', '특근 때문에', '야근하다', '야근하다가', '일하다', '일하다가', '교대 근무 때문에', '야간 근무 때문에'],
  vi: ['tăng ca', 'làm thêm', 'làm thêm giờ', 'ca đêm', 'làm ca', 'công việc'],
  ne: ['ओभरटाइम', 'कामले', 'कामको', 'नाइट सिफ्ट', 'overtime', 'kaam le', 'kamle'],
  tl: ['overtime', 'trabaho', 'night shift', 'double shift', 'ot$'],
  pt: ['hora extra', 'horas extras', 'trabalhar', 'trabalho', 'turno', 'turnos', 'plantão', 'plantões'],
  id: ['lembur', 'kerja', 'kerjaan', 'shift', 'jam kerja', 'shift malam'],
};
/**
 * …"dying" of it, never wanting to die: 「で死にかけ」, "is going to kill me", 累得要死, 죽겠어요, «chết mất», «morrendo
 * de», «patay na ako sa»; in Indonesian «rasanya mau mati» only when a complaint about the pay or the boss follows
 * at once ("… mau mati tapi gaji dipotong"), so that «rasanya mau mati aja» still alarms.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DYING_OF_IT: Lists = {
  ja: ['で死にかけ', 'でしにかけ', 'で死にそう', 'でしにそう', 'で死んでる', 'でしんでる', 'で死亡寸前', 'で瀕死', 'でひんし', 'で死ぬかと', 'でしぬかと'],
  en: ['are going to kill me', 'is going to kill me', 'will kill me', 'are gonna kill me', 'is gonna kill me', 'are killing me', 'is killing me', 'will be the death of me', 'is the death of me'],
  zh: ['到要死', '到快死', '得要死', '得快死', '到快累死', '累死了', '累得要死', '快累死', '累到快死', '忙死了', '忙得要死'],
  ko: ['죽겠', '죽을 것 같', '죽을 거 같', '죽을것 같', '죽을 뻔'],
  vi: ['chết mất', 'mệt chết', 'mệt muốn chết', 'muốn chết luôn', 'gần chết'],
  ne: ['मर्न लागें', 'मर्न लाग्यो', 'मर्न लागियो', 'मरिन्छ', 'marna lage', 'marna lagyo', 'marna lagiyo'],
  tl: ['patay na ako sa', 'mamamatay na ako sa', 'mamamatay ako sa', 'namamatay na ako sa'],
  pt: ['morrendo de tanto', 'morta de tanto', 'morto de tanto', 'morta de tanta', 'morto de tanta', 'morrendo de tanta', 'me matando de'],
  id: cross(['rasanya mau mati', 'mau mati rasanya', 'kayak mau mati', 'serasa mau mati'], ['tapi gaji', 'tapi gajinya', 'tapi upah', 'tapi upahnya', 'tapi bos', 'tapi atasan', 'tapi lemburnya', 'tapi uang lembur', 'tapi gak dibayar', 'tapi nggak dibayar', 'tapi ga dibayar', 'tapi tidak dibayar'], ' '),
};

// ── a coach or a teacher who hits the children ──

/** A coach, a teacher, a club or cram-school instructor, a nursery worker: an adult in charge of children. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const IN_CHARGE_OF_CHILDREN: Lists = {
  ja: ['コーチ', 'こーち', '監督', 'かんとく', '先生', 'せんせい', '顧問', 'こもん', '教師', 'きょうし', '塾の講師', '保育士', 'ほいくし', '指導者', 'しどうしゃ', 'インストラクター'],
  en: ['coach', 'coaches', 'teacher', 'teachers', 'instructor', 'sensei', 'tutor', 'nursery teacher', 'daycare teacher', 'club leader', 'scout leader', 'team manager'],
  zh: ['教练', '老师', '班主任', '辅导老师', '补习班老师', '幼儿园老师', '保育员', '教官', '师父'],
  ko: ['코치가', '코치님이', '코치는', '감독이', '감독님이', '감독은', '선생님이', '선생님은', '선생이', '담임이', '담임 선생님이', '학원 선생님이', '학원 선생이', '관장님이', '관장이', '사범님이', '사범이', '보육교사가', '어린이집 선생님이', '유치원 선생님이'],
  vi: ['huấn luyện viên', 'hlv', 'thầy giáo', 'cô giáo', 'giáo viên', 'thầy dạy', 'cô dạy', 'ông thầy', 'bảo mẫu', 'cô bảo mẫu'],
  ne: ['कोचले', 'शिक्षकले', 'सरले', 'मिसले', 'गुरुले', 'म्याडमले', 'coach le', 'sir le', 'miss le', 'teacher le'],
  tl: ['coach', 'ang coach', 'yung coach', 'teacher', 'titser', 'guro', 'maestra', 'maestro', 'adviser'],
  pt: ['técnico', 'treinador', 'professor', 'professora', 'instrutor', 'instrutora', 'sensei', 'tia da creche', 'monitora'],
  id: ['pelatih', 'pelatihnya', 'guru', 'gurunya', 'wali kelas', 'ustadz', 'ustad', 'pengasuh', 'sensei', 'coach'],
};
/** …hitting them: the children, the pupils, the players, "them" (never a ball, a bell or a drum). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HITS_THE_CHILDREN: Lists = {
  ja: cross(['子どもたちを', 'こどもたちを', '子供たちを', '子どもを', 'こどもを', '子供を', '生徒を', 'せいとを', '生徒たちを', '選手を', 'せんしゅを', '部員を', 'ぶいんを', '園児を', 'えんじを', 'みんなを', '息子を', 'むすこを', '娘を', 'むすめを'], ['叩い', '叩く', '叩き', 'たたい', 'たたく', 'たたき', '殴', 'なぐ', '蹴っ', '蹴る', 'けっ', 'ける', 'ビンタ', 'びんた']),
  en: cross(['hits', 'hit', 'hitting', 'beats', 'beat', 'beating', 'slaps', 'slapped', 'slapping', 'kicks', 'kicked', 'kicking', 'punches', 'punched', 'smacks', 'smacked'], ['them', 'the kids', 'the children', 'the boys', 'the girls', 'the players', 'the students', 'the pupils', 'kids', 'students', 'the little ones'], ' '),
  zh: cross(['打', '扇', '踢', '揍', '体罚'], ['他们', '她们', '孩子', '孩子们', '学生', '小孩', '队员', '学员', '小朋友', '我儿子', '我女儿', '我孩子']),
  ko: ['애들을 때', '애들 때', '아이들을 때', '아이들 때', '학생들을 때', '학생을 때', '선수들을 때', '애들한테 손', '애들을 체벌', '학생들을 체벌', '애들을 패', '얘들을 때', '우리 애를 때', '아이를 때', '애를 때', '애들 뺨', '애들을 발로'],
  vi: cross(['đánh', 'tát', 'đá', 'đập'], ['bọn trẻ', 'các em', 'tụi nhỏ', 'bọn nhỏ', 'học sinh', 'học trò', 'các cháu', 'các bé', 'mấy đứa', 'con tôi', 'con em', 'chúng nó', 'tụi nó', 'bọn nó', 'trẻ'], ' '),
  ne: cross(['बच्चाहरूलाई', 'विद्यार्थीलाई', 'विद्यार्थीहरूलाई', 'केटाकेटीलाई', 'उनीहरूलाई', 'छोरालाई', 'छोरीलाई', 'bachha haru lai', 'bidyarthi lai', 'uniharu lai', 'chhora lai', 'chhori lai'], ['कुट', 'हिर्का', 'थप्पड', 'kut', 'hirka', 'thappad'], ' ').concat(['बच्चाहरूलाई कुट', 'विद्यार्थीलाई कुट', 'उनीहरूलाई कुट']),
  tl: ['pinapalo sila', 'pinalo sila', 'pumapalo sa kanila', 'sinasaktan sila', 'sinaktan sila', 'sinasampal sila', 'sinampal sila', 'sinusuntok sila', 'sinuntok sila', 'pinapalo ang mga bata', 'pinapalo yung mga bata', 'pinapalo ang mga estudyante', 'nananakit ng mga bata', 'nanakit ng mga bata', 'nananampal ng mga estudyante', 'namamalo ng mga bata'],
  pt: [...cross(['bate', 'bateu', 'batia', 'batendo'], ['neles', 'nelas', 'nos meninos', 'nas meninas', 'nas crianças', 'nos alunos', 'nas alunas', 'nos atletas', 'nos jogadores', 'nos garotos', 'na molecada', 'na criançada', 'no meu filho', 'na minha filha', 'em criança', 'nos pequenos'], ' '), ...cross(['dá tapa', 'deu tapa', 'dá tapas', 'deu tapas', 'dá soco', 'deu soco', 'chuta', 'chutou'], ['neles', 'nelas', 'nas crianças', 'nos meninos', 'nos alunos'], ' '), 'agride os alunos', 'agride as crianças', 'espanca os alunos', 'espanca as crianças'],
  id: [...cross(['mukul', 'memukul', 'mukulin', 'nampar', 'menampar', 'nendang', 'menendang', 'ngegebukin', 'menghajar'], ['anak anak', 'anak', 'murid', 'murid murid', 'siswa', 'mereka', 'anak saya', 'anakku', 'anak didik', 'pemain'], ' ')],
};

// ── the everyday loads the model alone reads as danger ──

/** A parent ill or in hospital, said of a child's home. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PARENT_ILL: Lists = {
  ja: ['母が病気で', 'ははがびょうきで', 'はは が びょうき で', 'お母さんが病気で', 'おかあさんがびょうきで', 'おかあさんが びょうきで', '母親が病気で', '親が病気で', 'おやがびょうきで', '父が病気で', 'お父さんが病気で', '母が寝込んで', 'お母さんが寝込んで', 'ママが病気で', 'お母さんの具合が悪くて', '母の具合が悪くて', '体をこわして', '体を壊して', 'からだをこわして', '体こわして', 'からだこわして'],
  en: ['mum is ill', 'mom is ill', 'mum is sick', 'mom is sick', 'mother is ill', 'mother is sick', 'mum being sick', 'mom being sick', 'mum being ill', 'mom being ill', 'mums illness', 'moms illness', 'mum has been sick', 'mom has been sick', 'dad is sick', 'dad is ill', 'father is ill', 'parent is ill', 'parents are ill', 'mum is unwell', 'mom is unwell'],
  zh: ['妈妈生病', '妈妈病了', '母亲生病', '母亲病了', '爸爸生病', '爸爸病了', '父亲生病', '父母生病', '妈妈身体不好', '妈妈一直生病'],
  ko: ['엄마가 아파서', '엄마가 아프셔서', '어머니가 아프셔서', '어머니가 편찮으셔서', '엄마가 편찮으셔서', '엄마가 몸이 안 좋아서', '엄마가 몸이 안좋아서', '아빠가 아파서', '아빠가 아프셔서', '부모님이 아프셔서', '엄마가 병이 있어서'],
  vi: ['mẹ bị ốm', 'mẹ ốm', 'mẹ bị bệnh', 'mẹ bệnh', 'mẹ nó ốm', 'mẹ nó bệnh', 'bố bị ốm', 'bố ốm', 'bố bị bệnh', 'bố mẹ ốm', 'mẹ yếu'],
  ne: ['आमा बिरामी', 'आमा बिमारी', 'बुबा बिरामी', 'बुवा बिरामी', 'aama birami', 'ama birami', 'buba birami'],
  tl: ['may sakit ang nanay', 'may sakit si nanay', 'may sakit ang mama', 'may sakit si mama', 'maysakit ang nanay', 'nanay niya may sakit', 'nanay nya may sakit', 'mama niya may sakit', 'may sakit ang tatay', 'may sakit si tatay'],
  pt: ['a mãe está doente', 'a mãe tá doente', 'com a mãe doente', 'a mãe doente', 'mãe está doente', 'mãe tá doente', 'mãe ta doente', 'mãe doente', 'mãe adoeceu', 'mãe anda doente', 'pai está doente', 'pai tá doente', 'pai doente'],
  id: ['ibunya sakit', 'mamanya sakit', 'ibunya lagi sakit', 'mamanya lagi sakit', 'ibunya sakit sakitan', 'ayahnya sakit', 'bapaknya sakit', 'orang tuanya sakit', 'ibu sakit', 'mama sakit'],
};
/** …and the child doing the cooking or the housework (the chore, never the brothers and sisters named: they tell neglect). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CHILD_DOES_THE_CHORES: Lists = {
  ja: ['ご飯を作って', 'ごはんを作って', 'ごはんをつくって', 'ごはんを つくって', 'ご飯も作って', 'ごはんもつくって', 'ご飯を作ってい', '料理をして', '家事を全部', 'かじをぜんぶ', 'かじを ぜんぶ', '家事をして', '家事もして', '家のことを全部', '洗濯も', '買い物も', 'ご飯ぜんぶ', 'ごはんぜんぶ', 'ご飯も全部', 'ごはんもぜんぶ', 'おむかえ', 'お迎えも'],
  en: ['cooks for', 'cooking for', 'cooks dinner', 'cooking dinner', 'makes dinner', 'making dinner', 'makes the meals', 'making the meals', 'does the cooking', 'does all the cooking', 'does all the housework', 'does the housework', 'does the laundry'],
  zh: ['做饭', '煮饭', '做家务', '家务都', '包揽家务', '洗衣服', '买菜'],
  ko: ['밥을 다 한', '밥을 다 해', '밥을 해', '밥을 하', '밥 다 해', '밥 다 한', '밥도 해', '요리를 해', '집안일을 다', '집안일 다', '살림을 다', '빨래도'],
  vi: ['nấu cơm', 'nấu ăn', 'lo cơm nước', 'làm hết việc nhà', 'làm việc nhà', 'giặt giũ'],
  ne: ['खाना पकाउँछ', 'खाना पकाउँछन्', 'खाना बनाउँछ', 'घरको सबै काम', 'घरको काम', 'khana pakauchha', 'khana banauchha', 'ghar ko kaam'],
  tl: ['nagluluto', 'siya ang nagluluto', 'siya ang naglalaba', 'gumagawa ng gawaing bahay', 'siya sa gawaing bahay', 'naglalaba'],
  pt: ['cozinha pros', 'cozinha para os', 'faz comida pros', 'faz a comida', 'faz a janta', 'faz o almoço', 'faz todo o serviço de casa', 'faz tudo em casa', 'cuida da casa'],
  id: ['masak buat', 'masak untuk', 'masakin', 'yang masak', 'dia yang masak', 'ngerjain pekerjaan rumah', 'ngerjain semua pekerjaan rumah', 'beres beres rumah', 'nyuci baju'],
};

/** Someone cared for who cannot walk, bedridden, in a wheelchair. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CANNOT_WALK: Lists = {
  ja: ['歩けな', 'あるけな', '寝たきり', 'ねたきり', '車いす', '車椅子', 'くるまいす', '要介護', 'ようかいご', '足腰が弱', 'あしこしがよわ'],
  en: ['cant walk', 'can no longer walk', 'cannot walk', 'unable to walk', 'bedridden', 'bedbound', 'bed bound', 'in a wheelchair', 'wheelchair bound'],
  zh: ['不能走路', '走不了路', '走不动', '不能走了', '卧床', '瘫痪', '坐轮椅', '行动不便'],
  ko: ['못 걸으', '걷지 못하', '걷지를 못', '거동을 못', '거동이 불편', '누워만 계', '누워 계시', '휠체어', '와상'],
  vi: ['không đi được', 'không đi lại được', 'không tự đi được', 'nằm liệt giường', 'liệt giường', 'ngồi xe lăn', 'xe lăn', 'đi lại khó khăn'],
  ne: ['हिँड्न सक्नुहुन्न', 'हिँड्न सक्नुहुन्न', 'हिँड्न नसक्ने', 'ओछ्यानमै', 'ह्विलचेयर', 'hidna saknuhunna', 'hidna sakdainan', 'hidna nasakne'],
  tl: ['hindi na makalakad', 'di na makalakad', 'hindi makalakad', 'di makalakad', 'nakaratay', 'naka wheelchair', 'bedridden'],
  pt: ['não anda mais', 'não consegue andar', 'não consegue mais andar', 'acamada', 'acamado', 'cadeira de rodas', 'não anda$'],
  id: ['nggak bisa jalan', 'gak bisa jalan', 'ga bisa jalan', 'enggak bisa jalan', 'tidak bisa jalan', 'tidak bisa berjalan', 'sudah tidak bisa jalan', 'terbaring di tempat tidur', 'lumpuh', 'kursi roda'],
};
/** …and the writer doing all the care alone, every day (not leaving them alone: that is neglect told). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const I_DO_IT_ALL: Lists = {
  ja: ['私が全部', 'わたしが全部', 'わたしがぜんぶ', 'わたし が ぜんぶ', '一人で全部', 'ひとりでぜんぶ', 'ひとりで ぜんぶ', '全部一人で', 'ぜんぶひとりで', 'ぜんぶ ひとりで', '一人で介護', 'ひとりでかいご', 'ひとりで かいご', '私一人で', 'わたしひとりで', '毎日介護'],
  en: ['i do everything', 'i do it all', 'i do all of it', 'i take care of everything', 'all by myself', 'by myself every day', 'on my own every day', 'im her only carer', 'im his only carer', 'i am her only carer', 'i am his only carer', 'i look after her alone', 'i look after him alone', 'i care for her alone', 'i care for him alone'],
  zh: ['都是我一个人', '全靠我一个人', '我一个人照顾', '我一个人伺候', '我一个人护理', '全部我来', '全是我在照顾', '都由我照顾'],
  ko: ['제가 다 해', '제가 다 하', '제가 혼자 다', '혼자 다 해', '혼자 다 하', '혼자 돌보', '혼자서 다', '제가 다 돌보', '혼자 간병', '혼자서 간병'],
  vi: ['một mình tôi lo', 'tôi lo hết', 'tôi làm hết', 'một mình em lo', 'em lo hết', 'em làm hết', 'một mình chăm', 'tự tôi chăm', 'một mình tôi chăm'],
  ne: ['म एक्लै हेर', 'म एक्लैले', 'सबै म आफैं', 'सबै काम म', 'ma eklai her', 'ma eklai le', 'sabai ma aafai'],
  tl: ['ako lahat', 'ako lang mag isa', 'ako ang nag aalaga mag isa', 'ako lang ang nag aalaga', 'ako lang lahat', 'ako lang ang gumagawa'],
  pt: ['cuido sozinha', 'cuido sozinho', 'faço tudo sozinha', 'faço tudo sozinho', 'sou eu que cuido', 'só eu cuido', 'eu cuido de tudo', 'cuido dela sozinha', 'cuido dele sozinha', 'cuido dela sozinho', 'cuido dele sozinho'],
  id: ['saya yang urus', 'aku yang urus', 'saya yang ngurus', 'aku yang ngurus', 'saya urus sendiri', 'aku urus sendiri', 'saya sendiri yang urus', 'saya rawat sendiri', 'aku rawat sendiri', 'ngurus sendiri', 'urus semuanya sendiri', 'saya yang merawat', 'aku yang merawat', 'saya sendiri yang merawat'],
};

/** The one cared for at home: a parent, a parent-in-law, a grandparent. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CARED_FOR: Lists = {
  ja: ['義母', 'ぎぼ', '義父', '姑', 'しゅうとめ', '母', 'はは', '父', 'ちち', 'おばあちゃん', 'おじいちゃん', '祖母', '祖父', 'お母さん', 'おかあさん', 'お父さん', 'おとうさん', '夫の母', '夫の父'],
  en: ['mother in law', 'father in law', 'my mother', 'my father', 'my mum', 'my mom', 'my dad', 'grandma', 'grandpa', 'my nan', 'my grandmother', 'my grandfather', 'my husbands mother', 'my husbands father', 'my wifes mother'],
  zh: ['婆婆', '公公', '岳母', '岳父', '丈母娘', '老丈人', '妈妈', '爸爸', '我妈', '我爸', '母亲', '父亲', '奶奶', '爷爷', '外婆', '外公', '老人'],
  ko: ['시어머니', '시아버지', '장모님', '장인어른', '어머니', '아버지', '엄마', '아빠', '할머니', '할아버지'],
  vi: ['mẹ chồng', 'bố chồng', 'mẹ vợ', 'bố vợ', 'mẹ tôi', 'bố tôi', 'mẹ em', 'bố em', 'bà nội', 'ông nội', 'bà ngoại', 'ông ngoại', 'bà cụ', 'ông cụ'],
  ne: ['सासू', 'ससुरा', 'सासूआमा', 'ससुराबुबा', 'आमा', 'बुबा', 'बुवा', 'हजुरआमा', 'हजुरबुबा', 'sasu', 'sasura', 'aama', 'buba', 'hajurama', 'hajurbuba'],
  tl: ['biyenan', 'byenan', 'nanay ko', 'tatay ko', 'mama ko', 'papa ko', 'lola', 'lolo', 'biyenan kong babae', 'biyenan kong lalaki'],
  pt: ['sogra', 'sogro', 'minha mãe', 'meu pai', 'minha avó', 'meu avô', 'vovó', 'vovô', 'mãe do meu marido', 'pai do meu marido'],
  id: ['mertua', 'ibu mertua', 'bapak mertua', 'ibu saya', 'bapak saya', 'ayah saya', 'ibuku', 'bapakku', 'nenek', 'kakek', 'mama saya', 'papa saya'],
};

/** I hit, slap or pinch him or her: the carer's own blow, told in the first person. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const I_HIT_THEM: Lists = {
  ja: ['叩いてしま', 'たたいてしま', '手が出てしま', 'てがでてしま', '手をあげてしま', 'てをあげてしま', 'つねってしま', '殴ってしま', 'なぐってしま', '突き飛ばしてしま', 'どなって叩'],
  en: cross(['i hit', 'i slap', 'i slapped', 'i pinch', 'i pinched', 'i shove', 'i shoved', 'i push', 'i pushed', 'i hurt', 'i smack', 'i smacked', 'i grabbed'], ['her', 'him'], ' '),
  zh: ['会打她', '会打他', '打了她', '打了他', '我打她', '我打他', '打她几下', '打他几下', '忍不住打', '动手打', '掐她', '掐他', '推了她', '推了他'],
  ko: ['때려요', '때렸어요', '때리게 돼', '때릴 때가', '손이 올라가', '꼬집었', '꼬집어요', '밀쳤', '밀쳐요'],
  vi: ['tôi đánh bà', 'tôi đánh ông', 'tôi đánh mẹ', 'tôi đánh bố', 'em đánh bà', 'em đánh ông', 'em đánh mẹ', 'tôi tát', 'em tát', 'lỡ tay đánh', 'tôi véo', 'em véo'],
  ne: ['कुट्छु', 'कुटें', 'हिर्काउँछु', 'हिर्काएँ', 'थप्पड हान्छु', 'थप्पड हानें', 'kutchhu', 'kutchu', 'hirkauchhu'],
  tl: ['nasasampal ko siya', 'nasampal ko siya', 'napapalo ko siya', 'napalo ko siya', 'nasasaktan ko siya', 'nasaktan ko siya', 'sinasaktan ko siya', 'sinampal ko siya', 'pinalo ko siya', 'nakurot ko siya', 'kinukurot ko siya'],
  pt: ['bato nela', 'bato nele', 'bati nela', 'bati nele', 'dou tapa nela', 'dei tapa nela', 'dou tapa nele', 'dei tapa nele', 'belisco ela', 'belisquei ela', 'empurro ela', 'empurrei ela', 'belisco ele', 'empurrei ele'],
  id: ['saya pukul dia', 'aku pukul dia', 'saya pukul', 'aku pukul', 'saya tampar', 'aku tampar', 'saya cubit', 'aku cubit', 'saya mukul', 'aku mukul', 'kepukul', 'saya dorong dia', 'aku dorong dia'],
};

/** An old neighbour who lives alone (the older neighbour, named by age or by "grandpa", "granny"). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const OLD_NEIGHBOUR_ALONE: Lists = {
  ja: ['近所のおばあさん', '近所のおじいさん', '隣のおばあさん', '隣のおじいさん', 'となりのおばあさん', 'となりのおじいさん', 'となりの おばあさん', 'となりの おじいさん', '近所のお年寄り', '隣のお年寄り', 'ひとり暮らしの', '一人暮らしの', 'ひとりぐらしの', '独り暮らしの'],
  en: ['elderly neighbour', 'elderly neighbor', 'old neighbour', 'old neighbor', 'older neighbour', 'older neighbor', 'old lady next door', 'old man next door', 'old lady downstairs', 'old man downstairs', 'lives alone', 'living alone'],
  zh: ['邻居奶奶', '邻居爷爷', '隔壁奶奶', '隔壁爷爷', '隔壁的老人', '邻居老人', '隔壁老太太', '楼下的老人', '独居老人', '一个人住的老人', '独居的'],
  ko: ['옆집 할머니', '옆집 할아버지', '이웃 할머니', '이웃 할아버지', '동네 할머니', '동네 할아버지', '아래층 할머니', '위층 할머니', '독거노인', '혼자 사시는'],
  vi: ['bà cụ hàng xóm', 'ông cụ hàng xóm', 'bà hàng xóm', 'ông hàng xóm', 'cụ hàng xóm', 'hàng xóm lớn tuổi', 'sống một mình'],
  ne: ['छिमेकी हजुरआमा', 'छिमेकी हजुरबुबा', 'छिमेकी बुढी', 'छिमेकी बुढा', 'एक्लै बस्ने', 'chhimeki hajurama', 'chhimeki hajurbuba', 'eklai basne'],
  tl: ['matandang kapitbahay', 'kapitbahay na lola', 'kapitbahay na lolo', 'lola sa tabi', 'lolo sa tabi', 'mag isang nakatira', 'nakatira mag isa'],
  pt: ['vizinha idosa', 'vizinho idoso', 'velhinha do lado', 'velhinho do lado', 'vizinha velhinha', 'vizinho velhinho', 'mora sozinha', 'mora sozinho'],
  id: ['tetangga lansia', 'tetangga tua', 'nenek sebelah', 'kakek sebelah', 'ojii san tetangga', 'obaa san tetangga', 'ojiisan tetangga', 'obaasan tetangga', 'kakek tetangga', 'nenek tetangga', 'tinggal sendiri', 'tinggal sendirian'],
};
/** …who mixes up the rubbish days, forgets, seems confused (not unseen for days, not fallen: those are told apart). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const MIXES_UP_THE_DAYS: Lists = {
  ja: ['ごみの日を間違え', 'ゴミの日を間違え', 'ごみのひをまちがえ', 'ごみの ひを まちがえ', 'ごみの日がわからな', 'ゴミの日がわからな', '曜日を間違え', 'ようびをまちがえ', '物忘れ', 'ものわすれ', '忘れっぽ', 'わすれっぽ', '同じことを何度も', 'おなじことをなんども', '混乱して', 'こんらんして'],
  en: ['wrong bin day', 'wrong rubbish day', 'wrong garbage day', 'wrong trash day', 'mixes up the days', 'mixes up the bin days', 'mixes up the rubbish days', 'forgetful', 'forgets things', 'seems confused', 'looks confused', 'gets confused', 'a bit confused'],
  zh: ['扔错垃圾', '垃圾日', '记错日子', '弄错日子', '搞错日子', '健忘', '有点糊涂', '好像糊涂', '经常忘事', '老是忘事'],
  ko: ['쓰레기 버리는 날', '쓰레기 날짜', '요일을 헷갈', '날짜를 헷갈', '깜빡깜빡', '건망증', '헷갈려 하', '헷갈려하'],
  vi: ['nhầm ngày đổ rác', 'nhầm ngày vứt rác', 'đổ rác sai ngày', 'vứt rác sai ngày', 'nhầm ngày', 'hay quên', 'lú lẫn', 'có vẻ lẫn', 'lẫn lộn'],
  ne: ['फोहोर फाल्ने दिन', 'दिन बिर्सनु', 'बिर्सने बानी', 'अलमलमा', 'fohor falne din', 'birsane', 'alamal'],
  tl: ['mali ang araw ng basura', 'maling araw ng basura', 'mali ang araw ng pagtapon', 'nalilito', 'makakalimutin', 'mukhang naguguluhan', 'naguguluhan'],
  pt: ['dia errado do lixo', 'dia do lixo errado', 'erra o dia do lixo', 'confunde o dia do lixo', 'confunde os dias', 'esquecida', 'esquecido', 'parece confusa', 'parece confuso', 'meio confusa', 'meio confuso'],
  id: ['salah hari buang sampah', 'salah hari sampah', 'salah jadwal sampah', 'salah jadwal buang sampah', 'kelihatan bingung', 'kelihatannya bingung', 'tampak bingung', 'sering lupa', 'pelupa', 'linglung'],
};

// ── pass 27 (helper L2): a date chosen, no reason left, the phone handed on, painkillers at hand ──

/**
 * A day set for it, or the occasion named as the day: "I've picked the date", "on New Year's Eve", 「大晦日に」,
 * 除夕那天, «malam tahun baru». Alone it is a wedding, a move or a party; beside not seeing the next year it is a plan.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DAY_CHOSEN: Lists = {
  ja: ['日にちを決め', 'ひにちをきめ', '日を決めた', 'ひをきめた', '日付を決め', 'ひづけをきめ', 'その日を決め', '決めた日', '大晦日に', 'おおみそかに', '大みそかに', '年越しの夜に', '誕生日に', 'たんじょうびに', 'クリスマスに', '年が明ける前に', 'としがあけるまえに', '年内に', 'ねんないに'],
  en: ['picked the date', 'picked a date', 'picked the day', 'chosen the date', 'chosen the day', 'chose the date', 'chose the day', 'decided the date', 'decided the day', 'decided on the day', 'decided on a date', 'set the date', 'set a date', 'on new years eve', 'on nye', 'on my birthday', 'on christmas', 'before the new year', 'before new year', 'at midnight on'],
  zh: ['日子定好了', '定好日子', '定好了日子', '选好日子', '选好了日子', '日子选好了', '日子已经定', '除夕那天', '除夕夜', '跨年那天', '跨年夜', '生日那天', '圣诞节那天', '新年之前', '过年之前', '年底之前'],
  ko: ['날짜를 정했', '날짜 정했', '날짜는 정했', '날짜도 정했', '날을 정했', '날 정했', '날을 잡았', '날 잡았', '12월 31일에', '섣달그믐', '마지막 날에', '생일날', '생일에', '크리스마스에', '새해 전에', '해 넘기기 전에'],
  vi: ['đã chọn ngày', 'chọn ngày rồi', 'chọn xong ngày', 'đã định ngày', 'định ngày rồi', 'ngày đã chọn', 'đêm giao thừa', 'vào giao thừa', 'trước tết', 'trước giao thừa', 'ngày sinh nhật', 'vào sinh nhật'],
  ne: ['din tay gare', 'din tay garisake', 'din tay garisakeko', 'mithi tay gare', 'din chhane', 'din chhanisake', 'naya barsa aghi', 'naya barsa ko raat', 'naya barsha aghi', 'janmadin ma', 'birthday ko din', 'दिन तय गरें', 'दिन तय गरिसकें', 'मिति तय गरें', 'नयाँ वर्ष अघि', 'नयाँ वर्षको रात', 'जन्मदिनमा'],
  tl: ['napili ko na ang araw', 'napili ko na yung araw', 'pinili ko na ang araw', 'may petsa na ako', 'may araw na ako', 'sa bisperas ng bagong taon', 'sa new years eve', 'sa media noche', 'sa kaarawan ko', 'sa birthday ko', 'bago mag bagong taon', 'bago mag new year'],
  pt: ['já escolhi o dia', 'já escolhi a data', 'já marquei a data', 'já marquei o dia', 'já defini a data', 'já defini o dia', 'na virada do ano', 'na virada', 'no réveillon', 'no meu aniversário', 'antes do ano novo', 'antes da virada'],
  id: ['udah nentuin tanggal', 'sudah nentuin tanggal', 'udah nentuin hari', 'sudah menentukan tanggal', 'sudah menentukan hari', 'udah milih tanggal', 'sudah memilih tanggal', 'udah pilih tanggal', 'udah pilih hari', 'malam tahun baru', 'pas tahun baru', 'sebelum tahun baru', 'pas ulang tahun', 'di hari ulang tahun'],
};
/** The event whose day or place is chosen («o dia da mudança», «a data do casamento»). */
// biome-ignore format: one line
const PT_EVENT_DAY = ['da mudança', 'do casamento', 'da festa', 'da viagem', 'do batizado', 'da cirurgia', 'da consulta', 'do parto', 'da formatura', 'do chá', 'da entrevista', 'do aniversário', 'da reunião', 'do evento'];
/** …so as not to see, live into or face the next year or the new year (never "can't wait for next year"). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NOT_SEE_NEXT_YEAR: Lists = {
  ja: ['来年を見なくて', 'らいねんをみなくて', '来年を迎えなくて', 'らいねんをむかえなくて', '来年を見ずに', 'らいねんをみずに', '来年を迎えずに', 'らいねんをむかえずに', '新年を迎えずに', 'しんねんをむかえずに', '年を越さずに', 'としをこさずに', '年を越したくな', 'としをこしたくな', '来年を見たくな', 'らいねんをみたくな', '来年は来な', 'らいねんはこな'],
  en: ['wont have to see next year', 'dont have to see next year', 'not have to see next year', 'never have to see next year', 'never see next year', 'not see next year', 'wont see next year', 'wont see the new year', 'never see the new year', 'not have to see the new year', 'not have to face next year', 'not make it to next year', 'wont make it to next year', 'never see another year'],
  zh: ['不用看到明年', '不必看到明年', '不想看到明年', '不用看明年', '不用过明年', '不想过明年', '不用跨年', '不想跨年', '不用再过一年', '不想再过一年', '不用迎接新年', '不想迎接新年', '不用迎来明年'],
  ko: ['내년을 안 봐도', '내년 안 봐도', '내년은 안 봐도', '내년을 보지 않', '내년을 볼 일 없', '새해를 안 맞', '새해 안 맞', '새해를 맞지 않', '새해를 안 봐도', '해를 넘기지 않', '해를 넘기고 싶지 않', '내년을 보고 싶지 않', '내년은 없'],
  vi: ['khỏi phải thấy năm sau', 'khỏi thấy năm sau', 'không phải thấy năm sau', 'không cần thấy năm sau', 'khỏi phải đón năm mới', 'không phải đón năm mới', 'khỏi phải đón tết', 'không phải đón tết', 'không phải sang năm mới', 'khỏi phải sang năm', 'không thấy năm sau'],
  ne: ['arko barsa dekhnu naparos', 'arko barsa dekhna naparos', 'arko barsa dekhnu pardaina', 'arko barsha dekhnu naparos', 'arko sal dekhnu naparos', 'naya barsa dekhnu naparos', 'naya barsa dekhna naparos', 'naya barsa dekhnu pardaina', 'अर्को वर्ष देख्नु नपरोस्', 'अर्को वर्ष देख्न नपरोस्', 'अर्को साल देख्नु नपरोस्', 'नयाँ वर्ष देख्नु नपरोस्', 'नयाँ वर्ष देख्नु पर्दैन'],
  tl: ['hindi ko na makita ang susunod na taon', 'di ko na makita ang susunod na taon', 'hindi ko na makikita ang susunod na taon', 'hindi ko na aabutin ang bagong taon', 'di ko na aabutin ang bagong taon', 'hindi na ako aabot ng bagong taon', 'ayoko nang abutin ang bagong taon', 'ayoko nang makita ang susunod na taon'],
  pt: ['pra não ver o ano que vem', 'para não ver o ano que vem', 'pra não ter que ver o ano que vem', 'para não ter que ver o ano que vem', 'não ver o ano novo', 'não chegar no ano que vem', 'não chegar ao ano que vem', 'não passar da virada', 'não ver outro ano', 'não ver mais um ano'],
  id: ['ga usah liat tahun depan', 'gak usah liat tahun depan', 'nggak usah liat tahun depan', 'ga usah lihat tahun depan', 'gak usah lihat tahun depan', 'nggak usah lihat tahun depan', 'tidak usah melihat tahun depan', 'tidak perlu melihat tahun depan', 'ga perlu liat tahun depan', 'gak perlu lihat tahun depan', 'biar ga liat tahun depan', 'biar gak lihat tahun depan', 'ga nyampe tahun depan', 'gak sampai tahun depan', 'tidak sampai tahun depan', 'ga usah ketemu tahun baru'],
};

/**
 * No reason left to live, said without the textbook's words: «ga punya alasan lagi buat hidup», «não tenho mais
 * motivo pra viver», «bachne karan chhaina» (never "my kids are my reason to live": the reason must be missing).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NO_REASON_LEFT: Lists = {
  ja: ['生きる理由もな', 'いきるりゆうもな', '生きてる理由がな', 'いきてるりゆうがな', '生きていく理由がな', 'いきていくりゆうがな', '生きてく理由がな', '生きる意味もな', 'いきるいみもな'],
  en: ['no reason left to live', 'nothing left to live for', 'no reason to keep living', 'no reason to go on living', 'no reason to stay alive', 'no more reason to live', 'no reason to be alive'],
  zh: ['没理由活', '没有理由活', '活着没有理由', '活着没理由', '没有活着的理由', '没有活着的意义', '没什么好活的', '没什么可活的'],
  ko: ['살아갈 이유가 없', '살아야 할 이유가 없', '살아야 될 이유가 없', '살 이유도 없', '살아갈 이유도 없', '살아 있을 이유가 없', '살아있을 이유가 없'],
  vi: ['không còn lý do gì để sống', 'chẳng còn lý do gì để sống', 'chẳng còn lý do để sống', 'hết lý do để sống', 'không còn gì để sống', 'chẳng còn gì để sống'],
  ne: ['bachne karan chhaina', 'bachne karan chaina', 'bachne karan xaina', 'baachne kaaran chhaina', 'bachnu ko karan chhaina', 'bachnuko karan chhaina', 'jiune karan chhaina', 'jiune karan chaina', 'bachne karan rahena', 'बाँच्ने कारण छैन', 'बाँच्नुको कारण छैन', 'जिउने कारण छैन', 'बाँच्ने कारण रहेन'],
  tl: ['wala na akong dahilan para mabuhay', 'wala nang dahilan para mabuhay', 'wala na akong rason para mabuhay', 'wala nang rason para mabuhay', 'wala na akong dahilan para mabuhay pa', 'wala na akong dahilan mabuhay', 'wala na akong rason mabuhay'],
  pt: ['não tenho mais motivo pra viver', 'não tenho mais motivo para viver', 'não tenho motivo pra viver', 'não tenho motivo para viver', 'não tenho mais razão pra viver', 'não tenho mais razão para viver', 'nenhum motivo pra viver', 'nenhum motivo para viver', 'sem motivo pra viver', 'sem motivo para viver', 'não tenho mais por que viver', 'não tenho pelo que viver'],
  id: ['ga punya alasan lagi buat hidup', 'gak punya alasan lagi buat hidup', 'nggak punya alasan lagi buat hidup', 'ga punya alasan buat hidup', 'gak punya alasan buat hidup', 'nggak punya alasan buat hidup', 'ga ada alasan lagi buat hidup', 'gak ada alasan lagi buat hidup', 'ga ada alasan buat hidup', 'gak ada alasan buat hidup', 'tidak ada alasan lagi untuk hidup', 'tidak punya alasan lagi untuk hidup', 'tidak punya alasan untuk hidup', 'tak ada alasan untuk hidup', 'ga punya alesan buat hidup'],
};
/** A wish that this life would end, said as a wish (「この人生が終わってほしい」, «yo jindagi sakiyos»). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LIFE_WOULD_END: Lists = {
  ja: ['人生が終わってほし', 'じんせいがおわってほし', '人生終わってほし', 'じんせいおわってほし', '人生が早く終わ', 'じんせいがはやくおわ', '人生が終わればいい', 'じんせいがおわればいい', '人生終わればいいのに', '早く人生が終わ', 'はやくじんせいがおわ', 'この命が終わってほし', 'いのちがおわってほし'],
  en: ['wish this life would end', 'wish my life would end', 'wish my life would just end', 'wish this life would just end', 'want this life to end', 'want my life to end', 'wish my life was over', 'wish this life was over', 'want my life to be over', 'wish my life were over'],
  zh: ['这辈子赶紧结束', '这辈子快点结束', '这辈子早点结束', '希望这辈子早点结束', '希望人生快点结束', '希望人生早点结束', '希望生命早点结束', '希望我的人生结束', '这条命早点结束', '人生快点结束吧'],
  ko: ['이 삶이 끝났으면', '삶이 끝났으면', '인생이 끝났으면', '인생 끝났으면', '삶이 끝나면 좋겠', '인생이 끝나면 좋겠', '인생이 빨리 끝나', '삶이 빨리 끝나', '이 생이 끝났으면'],
  vi: ['ước gì cuộc đời này kết thúc', 'mong cuộc đời này kết thúc', 'muốn cuộc đời này kết thúc', 'mong đời mình kết thúc', 'ước gì đời mình kết thúc', 'mong cuộc sống này kết thúc', 'ước gì cuộc sống này kết thúc'],
  ne: ['jindagi sakiyos', 'jindagi sakiyosh', 'jindagi sakios', 'jindagee sakiyos', 'jiwan sakiyos', 'jivan sakiyos', 'jeevan sakiyos', 'jindagi sakiye hunthyo', 'jindagi sakidiye hunthyo', 'jindagi sakos', 'jiwan sakos', 'जिन्दगी सकियोस्', 'जिन्दगी सकियोस', 'जीवन सकियोस्', 'जीवन सकियोस', 'जिन्दगी सकिए हुन्थ्यो'],
  tl: ['sana matapos na ang buhay ko', 'sana matapos na ang buhay na ito', 'sana matapos na buhay ko', 'sana matapos na tong buhay', 'sana matapos na itong buhay', 'gusto ko nang matapos ang buhay ko', 'sana tapos na ang buhay ko'],
  pt: ['queria que essa vida acabasse', 'queria que minha vida acabasse', 'queria que a minha vida acabasse', 'quero que essa vida acabe', 'quero que minha vida acabe', 'tomara que essa vida acabe', 'tomara que minha vida acabe', 'que essa vida acabe logo', 'que minha vida acabe logo'],
  id: ['pengen hidup ini berakhir', 'ingin hidup ini berakhir', 'pengen hidup ini cepat berakhir', 'ingin hidup ini cepat berakhir', 'pengen hidupku berakhir', 'ingin hidupku berakhir', 'semoga hidup ini cepat berakhir', 'semoga hidupku cepat berakhir', 'semoga hidup ini berakhir', 'mau hidup ini selesai', 'pengen hidup ini selesai'],
};

/**
 * One's own phone handed on: "I'll give this phone to my sister", «HP ini mau aku kasih ke adik», 「このスマホは妹に
 * あげる」. Alone it is a new phone bought; with no reason left, nothing needed any more, it is a goodbye.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const MY_PHONE_HANDED_ON: Lists = {
  ja: ['このスマホは', 'このスマホを', '私のスマホは', 'わたしのスマホは', '俺のスマホは', 'この携帯は', 'この携帯を', 'このけいたいは', 'スマホは妹に', 'スマホは弟に', 'スマホは母に', 'スマホを妹に', 'スマホを弟に', 'スマホを譲', 'スマホをゆず', '携帯を譲'],
  en: ['give this phone to', 'give my phone to', 'leave my phone to', 'leave this phone to', 'my phone goes to', 'my phone will go to', 'this phone goes to', 'hand my phone to', 'hand this phone to'],
  zh: ['这个手机给', '这部手机给', '这台手机给', '我的手机给', '手机留给', '手机送给', '把手机给我', '把手机留给', '把手机送给'],
  ko: ['이 폰은', '이 핸드폰은', '이 휴대폰은', '내 폰은', '제 폰은', '내 핸드폰은', '제 핸드폰은', '폰을 동생', '핸드폰을 동생', '휴대폰을 동생', '폰을 물려', '핸드폰을 물려'],
  vi: ['điện thoại này cho', 'điện thoại này để lại', 'điện thoại của tôi cho', 'điện thoại của em cho', 'để lại điện thoại', 'đưa điện thoại cho em', 'cho em tôi điện thoại'],
  ne: ['yo phone bhai lai', 'yo phone bahini lai', 'mero phone bhai lai', 'mero phone bahini lai', 'phone bhai lai dinchhu', 'phone bahini lai dinchhu', 'यो फोन भाइलाई', 'यो फोन बहिनीलाई', 'मेरो फोन भाइलाई', 'मेरो फोन बहिनीलाई'],
  tl: ['ibibigay ko na tong phone', 'ibibigay ko itong phone', 'ibibigay ko na ang cellphone', 'ibibigay ko yung phone ko', 'ibibigay ko ang phone ko', 'ibibigay ko ang cellphone ko', 'sa kapatid ko na tong phone', 'iiwan ko ang phone ko'],
  pt: ['vou dar esse celular', 'vou dar este celular', 'vou dar meu celular', 'vou deixar meu celular', 'meu celular fica pro', 'meu celular fica para', 'meu celular vai pro', 'meu celular vai pra', 'esse celular fica pro'],
  // (Indonesian says whose phone first and whom it goes to after: «HP ini besok mau aku kasih ke adik».)
  id: cross(['hp ini', 'hp aku', 'hp saya', 'hpku', 'hape ini', 'ponsel ini'], ['...kasih ke', '...kasihin ke', '...berikan ke', '...buat adik']),
};
/** …with no reason left, tired of living (never "I won't need it": a new phone bought leaves the old one unneeded). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NOTHING_LEFT: Lists = {
  ja: ['生きる理由', 'いきるりゆう', '生きる意味', 'いきるいみ', '生きるのに疲れ', 'いきるのにつかれ', '終わりにし', 'おわりにし'],
  en: ['reason to live', 'live for', 'tired of living', 'end it'],
  zh: ['活下去的理由', '活着的理由', '活着的意义', '没理由活', '活够了', '活腻了', '不想活'],
  ko: ['살 이유', '살아갈 이유', '살기 싫', '사는 게 지쳤', '끝내고 싶'],
  vi: ['lý do để sống', 'lý do gì để sống', 'chán sống', 'mệt mỏi vì sống', 'không muốn sống'],
  ne: ['bachne karan', 'jiune karan', 'bachna mann chhaina', 'बाँच्ने कारण', 'बाँच्न मन छैन'],
  tl: ['dahilan para mabuhay', 'rason para mabuhay', 'pagod na akong mabuhay', 'ayoko nang mabuhay'],
  pt: ['motivo pra viver', 'motivo para viver', 'razão pra viver', 'razão para viver', 'cansei de viver', 'não quero mais viver'],
  id: ['alasan lagi buat hidup', 'alasan buat hidup', 'alasan untuk hidup', 'capek hidup', 'cape hidup', 'lelah hidup', 'ga mau hidup'],
};

/**
 * Painkillers and other tablets as each country's residents name them: the brands (タイレノール, カロナール, 普拿疼,
 * 泰诺, 必理痛, 타이레놀, 게보린, Panadol, Hapacol, Biogesic, Tylenol, Dipirona, Sanmol, Bodrex, Cetamol…), the generic
 * names, and the plain words for tablets, sleeping pills, a box or a strip of them.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PAINKILLERS_AND_PILLS: Lists = {
  ja: ['タイレノール', 'カロナール', 'アセトアミノフェン', 'ロキソニン', 'ロキソプロフェン', 'イブプロフェン', 'バファリン', 'ナロン', 'セデス', 'パブロン', '鎮痛剤', 'ちんつうざい', '痛み止め', 'いたみどめ', '解熱剤', 'げねつざい', '風邪薬', 'かぜぐすり', '睡眠薬', 'すいみんやく', '眠剤', '薬', 'くすり', '錠剤', 'じょうざい', '一箱', 'ひとはこ', '二箱', 'ふたはこ'],
  en: ['tylenol', 'paracetamol', 'acetaminophen', 'panadol', 'calpol', 'ibuprofen', 'advil', 'nurofen', 'aspirin', 'painkillers', 'pain killers', 'pills', 'tablets', 'meds$', 'sleeping pills', 'box of', 'boxes of', 'bottle of', 'packs of'],
  zh: ['普拿疼', '泰诺', '必理痛', '扑热息痛', '对乙酰氨基酚', '布洛芬', '芬必得', '阿司匹林', '止痛药', '止痛片', '退烧药', '感冒药', '安眠药', '药片', '药丸', '两盒', '一盒', '整盒', '整瓶'],
  ko: ['타이레놀', '게보린', '펜잘', '판콜', '아세트아미노펜', '이부프로펜', '애드빌', '진통제', '해열제', '감기약', '수면제', '알약', '약을', '약 한 통', '약 두 통'],
  vi: ['paracetamol', 'panadol', 'efferalgan', 'hapacol', 'tylenol', 'ibuprofen', 'thuốc giảm đau', 'thuốc hạ sốt', 'thuốc cảm', 'thuốc ngủ', 'viên thuốc', 'vỉ thuốc', 'hộp thuốc', 'hai hộp', 'cả hộp', 'cả vỉ'],
  ne: ['paracetamol', 'parasitamol', 'cetamol', 'sitamol', 'flexon', 'citamol', 'nidra ko goli', 'nidrako goli', 'goli', 'chakki', 'aushadhi', 'ausadhi', 'पारासिटामोल', 'सिटामोल', 'चक्की', 'औषधि', 'गोली'],
  tl: ['biogesic', 'paracetamol', 'tylenol', 'alaxan', 'medicol', 'advil', 'ibuprofen', 'mefenamic', 'neozep', 'bioflu', 'pampatulog', 'gamot', 'tableta', 'banig', 'isang kahon', 'dalawang kahon'],
  pt: ['dipirona', 'novalgina', 'paracetamol', 'tylenol', 'ibuprofeno', 'dorflex', 'neosaldina', 'rivotril', 'remédio', 'remédios', 'comprimido', 'comprimidos', 'calmante', 'calmantes', 'analgésico', 'cartela', 'caixa de', 'caixas de'],
  id: ['parasetamol', 'paracetamol', 'panadol', 'sanmol', 'bodrex', 'paramex', 'ibuprofen', 'obat sakit kepala', 'obat tidur', 'obat$', 'obatnya', 'pil$', 'tablet', 'strip', 'sekotak', 'dua kotak'],
};
/**
 * …swallowed all at once, as an intent: "swallow them all", 乾脆一次吞掉, 「全部飲んでしまおう」, «telan semuanya». Never
 * "can I take them all at once?" of a prescription, never 「全部飲んだけど治らない」 (the course finished).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SWALLOW_THEM_ALL: Lists = {
  ja: ['全部飲んでしまお', 'ぜんぶのんでしまお', '全部飲んじゃお', 'ぜんぶのんじゃお', '全部飲もう', 'ぜんぶのもう', 'まとめて飲もう', 'まとめてのもう', '一気に飲もう', 'いっきにのもう', '一気に飲んでしま', 'いっきにのんでしま', '全部飲み干', 'ぜんぶのみほ', '一箱全部飲', '全部飲んだら楽', '全部のんだららく'],
  en: ['swallow them all', 'swallow all of them', 'swallow the lot', 'swallow the whole', 'take the whole box', 'take the whole bottle', 'take both boxes', 'take them all and', 'down them all', 'down the whole', 'just take them all', 'take all of them and'],
  zh: ['一次吞掉', '一次吞下去', '一次吞完', '全部吞', '全吞了', '全吞掉', '一口气吞', '一口气全吃', '整盒吞', '整盒吃掉', '两盒都吃', '两盒全吃', '干脆全吃', '乾脆全吃', '干脆一次', '乾脆一次', '一次全部吃掉'],
  ko: ['한꺼번에 다 삼키', '한꺼번에 삼키', '다 삼켜', '다 삼키', '다 털어 넣', '다 털어넣', '털어 넣어 버리', '통째로 삼키', '한 통 다 먹', '두 통 다 먹', '다 먹어 버리', '다 먹어버리', '한꺼번에 먹어 버리', '한꺼번에 먹어버리'],
  vi: ['nuốt hết', 'uống hết một lần cho xong', 'uống hết cả hộp', 'uống hết cả vỉ', 'uống hết hai hộp', 'uống cả hộp', 'uống cả vỉ', 'uống hết luôn', 'uống một lúc hết', 'uống hết một lượt'],
  ne: ['sabai khaidinchhu', 'sabai khaidinchu', 'sabai khaidinxu', 'sabai nildinchhu', 'sabai nildinchu', 'sabai nilchhu', 'ekaichoti sabai', 'ekai choti sabai', 'ek choti ma sabai', 'सबै खाइदिन्छु', 'सबै निलिदिन्छु', 'एकैचोटि सबै', 'एकै चोटि सबै'],
  tl: ['iinumin ko lahat', 'inumin ko na lahat', 'iinumin ko na lahat', 'lulunukin ko lahat', 'lunukin ko lahat', 'lunukin lahat', 'isang bagsakan', 'iinumin ko ang buong', 'inumin lahat nang sabay'],
  pt: ['tomar a caixa inteira', 'tomar a cartela inteira', 'tomar as duas caixas', 'engolir tudo', 'engolir todos', 'tomar tudo de uma vez só', 'vou tomar tudo', 'pensei em tomar tudo', 'pensando em tomar tudo', 'tomar tudo e acabar'],
  id: ['telan semua', 'telan semuanya', 'nelen semua', 'nelen semuanya', 'ditelan semua', 'minum semuanya sekaligus', 'diminum semuanya sekaligus', 'habisin sekaligus', 'kepikiran minum semua', 'mau minum semua', 'sekotak sekaligus', 'dua kotak sekaligus', 'satu strip sekaligus', 'dua strip sekaligus'],
};
/** Whether it would kill, asked of a dose: "would it kill", «bisa bikin mati», 会死吗, 「死ねる?」. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WOULD_IT_KILL: Lists = {
  ja: ['死ねる', 'しねる', '死ねます', 'しねます', '死にますか', 'しにますか', '死ぬんですか', 'しぬんですか', '死ぬかな', 'しぬかな', '死ぬ量', 'しぬりょう'],
  en: ['would it kill', 'could it kill', 'can it kill', 'will it kill', 'would that kill', 'enough to kill', 'enough to die', 'would i die', 'could i die', 'can you die from', 'is it fatal', 'be fatal', 'be lethal', 'is that lethal', 'actually kill'],
  zh: ['会死吗', '会不会死', '能死吗', '能不能死', '死得了吗', '会致命', '可以致命', '吃死', '死得掉'],
  ko: ['죽을 수 있나', '죽을 수 있을까', '죽을 수 있어', '죽나요', '죽을까요', '죽어요?', '치명적'],
  vi: ['có chết không', 'chết được không', 'có thể chết', 'có chết được', 'có đủ chết', 'gây chết', 'chết người không'],
  ne: ['marinchha', 'marinchh', 'marincha', 'marna sakinchha', 'marna sakinchha ki', 'मरिन्छ', 'मर्न सकिन्छ'],
  tl: ['mamatay ba', 'ikamamatay ba', 'makakamatay ba', 'nakakamatay ba', 'mamamatay ba', 'pwede ba akong mamatay'],
  pt: ['mata mesmo', 'pode matar', 'dá pra morrer', 'da pra morrer', 'consegue matar', 'é letal', 'é fatal', 'morre mesmo', 'daria pra morrer'],
  id: ['bisa bikin mati', 'bisa bikin meninggal', 'bisa mati', 'bisa meninggal', 'beneran mati', 'bikin mati', 'mematikan ga', 'mematikan gak', 'mematikan nggak', 'bisa mematikan'],
};
/** …with the tablets at hand: "I've prepared them", "I have two boxes", «udah nyiapin», 「用意してある」. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TABLETS_AT_HAND: Lists = {
  ja: ['用意した', 'よういした', '用意してある', 'よういしてある', '準備した', 'じゅんびした', '準備してある', 'じゅんびしてある', '手元にある', 'てもとにある', '買ってある', 'かってある', '買っておいた', 'かっておいた', '貯めてある', 'ためてある', '二箱ある', 'ふたはこある'],
  en: ['ive prepared', 'i have them ready', 'got them ready', 'already prepared', 'i have two boxes', 'ive got two boxes', 'i have a whole', 'ive got a whole', 'i bought two', 'ive been saving them', 'saved them up', 'i have enough'],
  zh: ['我这边有', '我这里有', '我手上有', '手边有', '我有两盒', '准备好了', '已经准备好', '买好了', '存了好多', '攒了'],
  ko: ['준비해 뒀', '준비해뒀', '준비했어', '준비해 놨', '준비해놨', '사 뒀', '사뒀', '사 놨', '사놨', '모아 뒀', '모아뒀', '모아 놨', '두 통 있', '한 통 있'],
  vi: ['đã chuẩn bị', 'chuẩn bị sẵn', 'để sẵn', 'mua sẵn', 'có sẵn', 'tích trữ', 'gom được', 'có hai hộp', 'có mấy vỉ'],
  ne: ['tayar pareko', 'tayar parisake', 'tayaar pareko', 'tayar gareko', 'kinisake', 'kinera rakheko', 'jamma gareko', 'jammaa gareko', 'तयार पारेको', 'तयार पारिसकें', 'किनेर राखेको', 'जम्मा गरेको'],
  tl: ['nakahanda na', 'naihanda ko na', 'inihanda ko na', 'may dalawang kahon ako', 'nabili ko na', 'binili ko na', 'naipon ko na', 'inipon ko'],
  pt: ['já separei', 'já preparei', 'já comprei', 'tenho duas caixas', 'já tenho aqui', 'tenho aqui comigo', 'juntei', 'tô guardando', 'guardei'],
  id: ['udah nyiapin', 'sudah nyiapin', 'udah siapin', 'sudah siapin', 'udah saya siapkan', 'sudah saya siapkan', 'sudah menyiapkan', 'udah beli', 'sudah beli', 'udah ngumpulin', 'sudah kumpulkan', 'ada dua kotak', 'punya dua kotak', 'ada dua strip'],
};

/** Each concept language's words, made by one function of the language. */
const inAll = inEachLanguage;
/** A language written without spaces between words (Japanese, Chinese). */
const han = (l: ConceptLanguage) => l === 'ja' || l === 'zh';

// biome-ignore format: each language's words stay on a few lines, easy to read side by side
export const PLANS_AND_LOADS_CONCEPTS: readonly Concept[] = [
  {
    // 「ㅋㅋㅋ 월세 밀리고 … 오늘 스미다강 가야 되나 ㅋㅋㅋ」, "should I just go to the bridge tonight lol", «tối nay ra
    // cầu cho xong», «hoje vou pra ponte kkk», 「今夜 荒川 行くしかないか」: the river, the bridge or the tracks, today
    // or tonight, as a plan or a "should I" — the Han river meme carried to the river of the town one lives in.
    // "Going to the Sumida river fireworks tonight", a walk or a picnic by the river, friends along, are a day out.
    name: 'going to the river, the bridge, a cliff or the tracks today or tonight, as a plan or a “should I”',
    signal: 'suicide',
    words: inAll((l) => ({
      pairs: [{ reach: near(l, 12, 40), a: TODAY_OR_TONIGHT[l], b: GO_TO_THE_WATER[l] }],
      idioms: [
        ...eitherWay(GO_TO_THE_WATER[l], OUTING[l], near(l, 16, 50), 1),
        ...WALK_BY_THE_WATER[l],
        // 「오늘 밤 스미다강 불꽃축제 가야 되나」: the outing itself is where one "should go".
        ...(l === 'ko' ? [followedBy(OUTING.ko, ['가야 되', '가야되', '가야 하', '가야하', '갈까', '가야겠', '가 볼까', '가볼까'], 2)] : []),
      ],
    })),
  },
  {
    // 「毎日残業で死にかけてます」, "these night shifts are going to kill me", 加班加到快死了, 야근 때문에 죽겠어요, «tăng ca
    // mệt chết mất», «tô morta de tanta hora extra», «lembur terus rasanya mau mati tapi gaji dipotong»: worn out by the
    // work, asked about as hours, pay or leave. "I want to die", 「死にたい」, «mau mati aja» beside it are words of
    // their own and still alarm.
    name: 'overwork said as dying: dying of overtime, the shifts will kill me',
    signal: null,
    words: inAll((l) => ({
      idioms: [
        l === 'ja'
          ? followedBy(THE_GRIND.ja, DYING_OF_IT.ja, 4)
          : l === 'ko'
            ? followedBy(THE_GRIND.ko, DYING_OF_IT.ko, 2)
            : l === 'tl' || l === 'pt'
              ? followedBy(DYING_OF_IT[l], THE_GRIND[l], 12)
              : // (English right after: "these shifts are going to kill me", not "a coworker at work said he will kill me".)
                followedBy(THE_GRIND[l], DYING_OF_IT[l], l === 'en' ? 2 : l === 'id' ? 40 : near(l, 6, 16)),
      ],
    })),
  },
  {
    // «Meu filho voltou do treino com hematomas, o técnico bate neles», "the coach hits them when they lose", 教练打他们,
    // 「コーチが子どもたちを叩いている」, «Huấn luyện viên đánh bọn trẻ», «Gurunya suka memukul murid»: an adult in charge of
    // children who hits them — a child's harm, whatever the sport's bruises are put down to.
    name: 'a coach, a teacher or an instructor who hits the children',
    signal: 'child_abuse',
    words: inAll((l) => ({
      pairs: [{ ordered: l !== 'tl', reach: han(l) ? 4 : l === 'tl' ? 16 : 12, a: IN_CHARGE_OF_CHILDREN[l], b: HITS_THE_CHILDREN[l] }],
    })),
  },
  {
    // 「저희 학원 학생이 엄마가 아파서 동생들 밥을 다 한대요」, 「お母さんが病気で、中学生の子がごはんを作っている」, «a mãe está
    // doente e ele cozinha pros irmãos»: a young carer, the school's and the child window's. A child hungry, left alone
    // for days, or hit, still alarms by its own words (the brothers and sisters are not this concept's words).
    name: 'a young carer: a parent ill, the child doing the cooking and the housework',
    signal: null,
    words: inAll((l) => ({ idioms: eitherWay(PARENT_ILL[l], CHILD_DOES_THE_CHORES[l], near(l, 30, 80), 1) })),
  },
  {
    // «Ibu mertua saya 90 tahun sudah nggak bisa jalan, saya yang urus semuanya sendiri tiap hari», 「母は寝たきりで、
    // 私が全部やっています」: a carer's daily load, the care window's. A wish to die, a blow, "we should go together"
    // or the person left alone without food still alarm by their own words.
    name: 'a carer’s daily load: someone who cannot walk, and I do all the care alone',
    signal: null,
    words: inAll((l) => ({ idioms: eitherWay(CANNOT_WALK[l], I_DO_IT_ALL[l], near(l, 30, 80), 1) })),
  },
  {
    // «Ibu mertua nggak bisa jalan, saya urus sendiri, kadang kalau kesal saya pukul dia», 「婆婆瘫痪在床…有时候烦了会打她」,
    // «eu cuido sozinha… às vezes perco a paciência e bato nela»: the carer's own blow on the one cared for — abuse of
    // an older or disabled person, whoever tells it.
    name: 'a carer who hits the one they care for: can’t walk, I do it all, and sometimes I hit her',
    signal: 'violence',
    words: inAll((l) => ({
      // (The one cared for, not the load: the load's words are a safe figure of their own.)
      pairs: [{ reach: near(l, 60, 140), acrossSentences: 2, a: CARED_FOR[l], b: I_HIT_THEM[l] }],
    })),
  },
  {
    // «Ojii-san tetangga saya tinggal sendiri, sering salah hari buang sampah dan kelihatan bingung», 「一人暮らしの
    // 隣のおばあさんがごみの日をよく間違える」: an old neighbour living alone who may be getting forgetful — a neighbour's
    // worry, the older person's window. Not seen for days, the papers piling up, found on the floor, or hit by a son
    // still alarm.
    name: 'an old neighbour living alone who mixes up the rubbish days or seems confused',
    signal: null,
    words: inAll((l) => ({ idioms: eitherWay(OLD_NEIGHBOUR_ALONE[l], MIXES_UP_THE_DAYS[l], near(l, 30, 90), 1) })),
  },
  {
    // «Udah kupilih tanggalnya, malam tahun baru, biar gak perlu lihat tahun depan», "I've picked the date — New Year's
    // Eve, so I never have to see next year", 「日にちは決めた。大晦日に、来年を見なくて済むように」: a day chosen so as
    // not to live into the next year. A New Year's Eve party or countdown, a wedding date set, "can't wait for next
    // year" are the same days without the wish.
    name: 'a date or an occasion chosen, so as not to see the next year',
    signal: 'suicide',
    words: inAll((l) => ({
      pairs: [{ reach: near(l, 40, 100), acrossSentences: 2, a: DAY_CHOSEN[l], b: NOT_SEE_NEXT_YEAR[l] }],
      // «Já escolhi o dia da mudança», «do casamento»: the day named is an event's (Portuguese says «já escolhi o dia»
      // alone for the plan, so the event must follow at once).
      idioms: l === 'pt' ? [followedBy(['já escolhi o dia', 'já escolhi a data', 'já escolhi o lugar'], PT_EVENT_DAY, 2)] : [],
    })),
  },
  {
    // «sau đám tang của ba, tôi chẳng còn lý do gì để sống», "nothing left to live for since the funeral", «não tenho
    // mais motivo pra viver»: no reason left to live, whatever the loss before it; and a wish that this life would end
    // («yo jindagi sakiyos jasto lagcha», 「この人生が早く終わってほしい」). "My children are my reason to live" has the
    // reason, not its absence.
    name: 'no reason left to live; a wish that this life would end',
    signal: 'suicide',
    words: inAll((l) => ({ say: [...NO_REASON_LEFT[l], ...LIFE_WOULD_END[l]] })),
  },
  {
    // "I'll give my phone to my brother tomorrow, I won't need it", «HP saya nanti buat adik, saya capek hidup», 「この
    // スマホは妹にあげる。もう必要ないから」: one's own phone handed on, with nothing left or nothing needed. A new phone
    // bought and the old one passed to a sibling, or a dead father's phone given to the family, name no end of one's own.
    name: 'my own phone handed on to a sibling or a parent, with no reason left or nothing needed any more',
    signal: 'suicide',
    words: inAll((l) => ({
      pairs: [{ reach: near(l, 40, 100), acrossSentences: 2, a: MY_PHONE_HANDED_ON[l], b: NOTHING_LEFT[l] }],
    })),
  },
  {
    // 「タイレノール何錠で肝臓がやられる？二箱あるし、全部飲んでしまおうかな」, «Panadol hai hộp, nuốt hết cho xong», «tenho
    // duas caixas de dipirona, pensei em tomar tudo», «Parasetamol 30 butir bisa bikin mati? Udah saya siapin»: a
    // painkiller or any tablets swallowed all at once as an intent, or asked whether a dose would kill with the tablets
    // ready at hand. "What is the maximum daily dose of the Tylenol my doctor prescribed?", "can I take two at once?",
    // 「処方された薬を全部飲んだけど治らない」 ask or tell of a treatment.
    name: 'painkillers or tablets to be swallowed all at once; whether a dose would kill, with the tablets at hand',
    signal: 'suicide',
    words: inAll((l) => ({
      pairs: [
        { reach: near(l, 40, 100), acrossSentences: 1, a: PAINKILLERS_AND_PILLS[l], b: SWALLOW_THEM_ALL[l] },
        { reach: near(l, 30, 80), acrossSentences: 1, a: WOULD_IT_KILL[l], b: TABLETS_AT_HAND[l] },
      ],
    })),
  },
];
