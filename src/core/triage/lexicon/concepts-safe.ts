import type { Concept, ConceptLanguage, Lists } from './concepts.ts';
import { ATTEMPT_TOLD, KEY_GIVEN_BACK, NOBODY_CARES_IF_DEAD } from './concepts-suicide.ts';
import { cross, inEachLanguage, near } from './extend-concepts.ts';
import type { IdiomPair } from './types.ts';

/** A threat said in jest: each word of killing with each household trifle, either one first (see its concept). */
const inJest = (kills: readonly string[], trifles: readonly string[]): string[] =>
  kills.flatMap((k) => trifles.flatMap((t) => [`${k}...${t}`, `${t}...${k}`]));

/**
 * A wish to die said of a trifle and laughed off: each mishap, then each wish with the laugh typed right
 * after it (`seps` between them: 'quero morrer kkkk', 'しにたい笑', '죽고 싶다ㅋㅋ'); with `broken`, also when
 * the wish opens the next sentence (「前髪切りすぎた。しにたい笑」: '。' folds to the sentence break, which a
 * gap does not cross). A laugh with no mishap, a mishap with no laugh, a laugh typed before the wish: no idiom.
 */
export const laughedOff = (
  mishaps: readonly string[],
  wishes: readonly string[],
  laughs: readonly string[],
  seps: readonly string[] = [' '],
  broken = false,
): IdiomPair[] => {
  const said = wishes.flatMap((w) => laughs.flatMap((l) => seps.map((s) => `${w}${s}${l}`)));
  return [{ a: mishaps, b: broken ? [...said, ...said.map((w) => `。${w}`)] : said }];
};
/**
 * A wish said of a trifle with the embarrassment named: mishap, embarrassment, wish — or the embarrassment
 * first. With `sep` the embarrassment and the wish are one run of words ('恥ずかしい' + 'しにたい'), so that no
 * wish is an idiom's word on its own (a longer crisis phrase with an idiom's word inside is never compacted away).
 */
export const ashamedOf = (
  mishaps: readonly string[],
  embarrassed: readonly string[],
  wishes: readonly string[],
  sep = '...',
): IdiomPair[] => {
  const ashamed = embarrassed.flatMap((e) => wishes.map((w) => `${e}${sep}${w}`));
  return sep === '...'
    ? [
        { a: mishaps, b: ashamed },
        { a: embarrassed, b: mishaps.flatMap((m) => wishes.map((w) => `${m}...${w}`)) },
      ]
    : [
        { a: mishaps, b: ashamed },
        { a: ashamed, b: mishaps },
      ];
};
/** An `IdiomPair` that remembers how its two words are joined, so that it can be a list of phrases again. */
type Joined = IdiomPair & { join: string };
/** The phrases a list stands for: its own, and every combination of a pair within it. */
const phrases = (list: readonly (string | Joined)[]): string[] =>
  list.flatMap((w) =>
    typeof w === 'string'
      ? [w]
      : phrases(w.a as string[]).flatMap((x) => w.b.map((y) => `${x}${w.join}${y}`)),
  );
/**
 * Every word of `a` followed by every word of `b`, joined by `sep` (right after it, or within a gap for
 * '...'): one `IdiomPair`, not every combination written out. As a word of another `each`, the pair is
 * its phrases again.
 */
export const each = (
  a: readonly (string | Joined)[],
  b: readonly (string | Joined)[],
  sep = ' ',
): Joined[] => [
  {
    a: phrases(a),
    b: phrases(b),
    ...(sep === '...' ? {} : { reach: sep.length }),
    join: sep,
  },
];

/** Two open lists as one `IdiomPair`: a word of `a`, then one of `b` within `reach` (see `IdiomPair`). */
const then = (
  a: readonly (string | Joined)[],
  b: readonly (string | Joined)[],
  reach?: number,
  acrossSentences?: number,
): IdiomPair => ({
  a: phrases(a),
  b: phrases(b),
  ...(reach === undefined ? {} : { reach }),
  ...(acrossSentences === undefined ? {} : { acrossSentences }),
});
/** `then`, for the themed concept files (an export named `then` would make the module look like a promise). */
export const followedBy = then;
/** Two open lists in either order: a word of `a` before one of `b`, or after it. */
export const eitherWay = (
  a: readonly (string | Joined)[],
  b: readonly (string | Joined)[],
  reach?: number,
  acrossSentences?: number,
): IdiomPair[] => [then(a, b, reach, acrossSentences), then(b, a, reach, acrossSentences)];

/**
 * The marks of a child's everyday knocks, in every language: a bruise, a bump, a graze (see the concept
 * below that pairs them with their cause). A colour alone is a mark only on a limb or as "a bruise" («um
 * roxo na perna», «chân bầm tím»): lips or a mouth gone purple or blue after a fall («caiu, a boca ficou roxa e
 * não responde», 嘴唇青紫, 입술이 시퍼렇게, «môi thâm tím», ओठ निलो भयो) are a body short of air, not a knock.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LIMBS = {
  pt: ['perna', 'pernas', 'braço', 'braços', 'joelho', 'joelhos', 'testa', 'canela', 'canelas', 'coxa', 'cotovelo', 'bumbum', 'costas', 'olho'],
  vi: ['chân', 'tay', 'trán', 'đầu gối', 'đùi', 'lưng', 'mông', 'ống chân', 'cánh tay'],
  ne: ['खुट्टा', 'हात', 'निधार', 'घुँडा', 'khutta', 'haat', 'hat', 'nidhar', 'ghunda'],
} as const;
/**
 * A mouth or lips gone purple, and right after it a "but" that shows the child plainly well — playing,
 * talking, eating («caiu e ficou com a boca roxa, mas tá brincando normal»): a knock to the mouth. Lips
 * purple with no answer, or no such "but", still alarm.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const MOUTH_PURPLE = {
  ja: ['唇が青紫', 'くちびるがあおむらさき', '唇が紫', 'くちびるがむらさき', '唇にあざ', 'くちびるにあざ'],
  en: ['lips purple', 'lip purple', 'lips turned purple', 'lip turned purple', 'lips are purple', 'lip is purple', 'bruised lip', 'lip is bruised'],
  zh: ['嘴唇青紫', '嘴唇发紫', '嘴唇淤青', '嘴唇瘀青'],
  ko: ['입술이 시퍼렇', '입술이 보라색', '입술에 멍'],
  vi: ['môi thâm tím', 'môi bầm tím', 'môi bị bầm', 'môi tím'],
  ne: ['ओठ निलो', 'ओठमा निलडाम', 'oth nilo', 'oth ma nildam'],
  tl: ['nangitim ang labi', 'nangingitim ang labi', 'pasa sa labi', 'nagkapasa ang labi'],
  pt: ['boca roxa', 'boca ficou roxa', 'lábio roxo', 'lábio ficou roxo', 'lábios roxos', 'lábios ficaram roxos', 'beiço roxo'],
  id: ['bibir biru', 'bibirnya biru', 'bibir memar', 'bibirnya memar', 'bibir lebam'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BUT_WELL = {
  ja: ['けど元気に', 'けど普通に遊', 'けどふつうにあそ', 'けど普通に話', 'けどふつうにはな', 'けど元気よく'],
  en: ['but hes playing', 'but shes playing', 'but he is playing', 'but she is playing', 'but hes fine', 'but shes fine', 'but he is fine', 'but she is fine', 'but hes talking', 'but shes talking', 'but hes eating', 'but shes eating'],
  zh: ['但是玩得很正常', '但玩得很正常', '但是正常玩', '但是精神很好', '但精神很好', '不过精神很好', '但是还在玩', '但还在玩'],
  ko: ['근데 잘 놀', '그래도 잘 놀', '근데 멀쩡', '그래도 멀쩡', '근데 말도 잘', '그래도 말도 잘'],
  vi: ['nhưng vẫn chơi', 'nhưng bé vẫn chơi', 'nhưng vẫn nói chuyện', 'nhưng vẫn ăn', 'nhưng bé vẫn ăn'],
  ne: ['तर खेलिरहेको', 'तर खेल्दै', 'तर ठिक छ$', 'tara kheli', 'tara kheldai', 'tara thik chha$'],
  tl: ['pero naglalaro', 'pero okay naman', 'pero ok naman', 'pero masigla'],
  pt: ['mas tá brincando', 'mas está brincando', 'mas tá bem', 'mas está bem', 'mas tá conversando', 'mas está conversando', 'mas tá comendo', 'mas está comendo', 'mas tá correndo', 'mas já tá brincando'],
  id: ['tapi masih main', 'tapi udah main', 'tapi sudah main', 'tapi baik baik aja', 'tapi baik baik saja', 'tapi masih ngobrol'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const KNOCK_MARKS = {
  ja: ['あざ', '痣', '青あざ', 'あおあざ', 'たんこぶ', 'こぶが', 'こぶができ', 'すり傷', 'すりきず', '擦り傷', '擦りむ', 'すりむ', '打撲', 'だぼく', '内出血', 'ないしゅっけつ'],
  en: ['bruise', 'bruised', 'bruising', 'a bump on', 'bumps on', 'a lump on', 'graze', 'grazed', 'scrape', 'scraped', 'black eye'],
  zh: ['淤青', '瘀青', '青一块', '青紫一片', '一块青紫', '淤血', '瘀血', '乌青', '擦伤', '擦破', '肿了个包', '起了个包', '鼓了个包', '起包', '肿包'],
  ko: ['멍이', '멍들', '멍 들', '멍투성이', '시퍼렇게 멍', '혹이', '혹 났', '타박상', '찰과상', '까졌', '긁혔'],
  vi: ['vết bầm', ...cross(LIMBS.vi, [' bầm tím', ' bị bầm tím', ' thâm tím', ' bị thâm tím']), 'bầm tím ở', 'thâm tím ở', 'bị bầm', 'vết thâm', 'u đầu', 'sưng u', 'bị u', 'trầy xước', 'trầy da', 'vết xước'],
  ne: ['निलडाम', 'नीलडाम', 'नीलो दाग', 'निलो दाग', ...cross(LIMBS.ne, [' निलो भयो', ' नीलो भयो', ' nilo bhayo']), 'चोट लाग', 'घाउ भयो', 'nilo daag', 'nilo dag', 'nildam', 'chot lag'],
  tl: ['pasa', 'nagkapasa', 'may pasa', 'bukol', 'nagkabukol', 'galos', 'gasgas', 'sugat sa tuhod'],
  pt: ['um roxo', 'uns roxos', 'um roxinho', 'uns roxinhos', 'um roxão', ...cross(LIMBS.pt, [' roxo', ' roxa', ' roxos', ' roxas', ' ficou roxo', ' ficou roxa', ' ficaram roxos', ' ficaram roxas']), ...cross(['roxo', 'roxos', 'roxa', 'roxas', 'roxinho'], [' na ', ' no ', ' nas ', ' nos '], '').flatMap((at) => LIMBS.pt.map((limb) => `${at}${limb}`)), 'hematoma', 'hematomas', 'mancha roxa', 'manchas roxas', 'galo na', 'ralado', 'ralou', 'esfolad', 'arranhão', 'arranhões'],
  id: ['memar', 'lebam', 'biru biru', 'benjol', 'benjut', 'lecet', 'luka lecet'],
} as const;

/**
 * The harmless cause of such a knock told beside it: a fall, a trip, bumping into furniture, a sport, a
 * child's meltdown in which he throws or bangs himself, a known condition that bruises easily. (Not play or
 * a playground alone, which tell where a child was seen, nor a tantrum word an adult's temper shares.)
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const KNOCK_CAUSES = {
  ja: ['転んで', 'ころんで', '転んだ', 'ころんだ', '転倒', 'てんとう', 'つまずいて', 'つまづいて', '落ちて', 'おちて', 'ぶつけ', '体育で', 'たいいくで', '運動会', 'うんどうかい', 'パニックにな', 'パニックの', 'かんしゃく', '癇癪', '自転車で', 'じてんしゃで', 'サッカー', '野球', 'やきゅう', '柔道', 'じゅうどう', '空手', 'からて', 'バスケ', 'ラグビー', '剣道', 'けんどう', '部活', 'ぶかつ', 'スケート', 'ダンス', 'バレエ', '鉄棒', 'てつぼう', '血友病', 'けつゆうびょう', '血小板', 'けっしょうばん'],
  en: ['fell$', 'fall$', 'falling', 'fell off', 'fell over', 'fell down', 'had a fall', 'tripped', 'tripping', 'slipped', 'bumped', 'bumping', 'bumps into', 'banging', 'banged', 'knocked into', 'knocks into', 'walked into', 'walks into', 'crashed into', 'meltdown', 'meltdowns', 'tantrum', 'tantrums', 'dyspraxia', 'clumsy', 'rough play', 'judo', 'karate', 'football', 'soccer', 'rugby', 'hockey', 'basketball', 'taekwondo', 'wrestling', 'gymnastics', 'trampoline', 'climbing', 'skateboard', 'pe class', 'haemophilia', 'hemophilia', 'low platelets'],
  zh: ['摔倒', '摔的', '摔了一跤', '摔跤', '跌倒', '跌的', '跌了一跤', '绊倒', '滑倒', '撞到', '撞的', '磕到', '磕的', '碰到', '碰的', '体育课', '运动会', '哭闹', '打滚', '骑车', '自行车', '踢球', '足球', '篮球', '柔道', '跆拳道', '空手道', '武术', '轮滑', '滑板', '血友病', '血小板'],
  ko: ['넘어져', '넘어졌', '넘어지', '미끄러', '부딪혀', '부딪쳐', '부딪힌', '부딪혔', '부딪치', '떨어져서', '떨어졌', '체육', '운동회', '떼쓰', '발버둥', '자전거', '킥보드', '축구', '야구', '유도', '태권도', '합기도', '농구', '검도', '스케이트', '혈우병', '혈소판'],
  vi: ['bị ngã', 'bị té', 'té ngã', 'vấp ngã', 'ngã ở', 'ngã khi', 'ngã lúc', 'ngã từ', 'do ngã', 'vì ngã', 'té ở', 'té khi', 'do té', 'trượt chân', 'va vào', 'va phải', 'đập vào', 'đụng vào', 'đâm vào', 'giờ thể dục', 'ăn vạ', 'xe đạp', 'đá bóng', 'bóng đá', 'tập võ', 'học võ', 'judo', 'karate', 'taekwondo', 'máu khó đông', 'tiểu cầu'],
  ne: ['लडेर', 'लड्दा', 'लड्यो', 'लडे', 'लडिन्', 'लडेछ', 'चिप्लिएर', 'ठोक्किएर', 'ठोकिएर', 'ठोक्कियो', 'खसेर', 'साइकल', 'फुटबल', 'ladera', 'ladda', 'ladyo', 'lade$', 'chipliyera', 'thokkiyera', 'thokiyera', 'khasera', 'cycle', 'football'],
  tl: ['nadapa', 'natumba', 'nahulog', 'nadulas', 'natisod', 'nauntog', 'nabunggo', 'nabangga', 'tumama sa', 'practice', 'tantrum', 'bisikleta', 'basketball', 'football', 'sa judo', 'sa karate', 'sa taekwondo', 'hemophilia'],
  pt: ['caiu', 'cair$', 'caindo', 'queda', 'tombo', 'tropeçou', 'escorregou', 'esbarrou', 'trombou', 'bateu na quina', 'bateu no móvel', 'bateu na mesa', 'bateu na porta', 'bateu a perna', 'bateu o joelho', 'bateu a cabeça na', 'educação física', 'crise de birra', 'birra', 'nas crises', 'bicicleta', 'patinete', 'futebol', 'judô', 'judo$', 'karatê', 'jiu jitsu', 'capoeira', 'basquete', 'vôlei', 'treino', 'hemofilia', 'plaquetas'],
  id: ['jatuh', 'terjatuh', 'tersandung', 'kesandung', 'kepeleset', 'terpeleset', 'kepentok', 'kejedot', 'kebentur', 'terbentur', 'nabrak', 'menabrak', 'olahraga', 'tantrum', 'sepeda', 'sepak bola', 'futsal', 'silat', 'judo', 'karate', 'taekwondo', 'hemofilia', 'trombosit'],
} as const;

// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const PREPAREDNESS: readonly Concept[] = [
  {
    // Stress or tiredness said as losing one's breath or dying of it: 压力大到喘不过气, 功課多到喘不過氣 (the weight of work,
    // study or debt, said with 到/得 right before it), «rasanya mau mati capeknya wkwk», «mau mati capeknya» (dying
    // of tiredness, not of life), "so tired I could die lol", 「疲れて死にそう笑」, «morta de cansaço». Breath lost
    // suddenly, with a chest pain or blue lips, or «capek hidup, mau mati aja» (tired of living) still alarm.
    name: 'stress or tiredness said as losing one’s breath or dying of it: 压力大到喘不过气, mau mati capeknya',
    signal: null,
    words: {
      ja: { idioms: [...['疲れて', 'つかれて', '眠くて', 'ねむくて', '忙しくて', 'いそがしくて', '疲れすぎて', 'つかれすぎて'].flatMap((of) => ['死にそう笑', 'しにそう笑', '死にそうw', 'しにそうw', '死ぬ笑', 'しぬ笑', '死にそう(笑)', '死にそうです笑'].map((w) => `${of}${w}`)), ...['仕事', 'しごと', '育児', 'いくじ', 'プレッシャー', 'ぷれっしゃー', '残業', 'ざんぎょう'].flatMap((of) => [`${of}...息が詰ま`, `${of}...いきがつま`, `${of}...息もできない`, `${of}...息ができないくらい`])] },
      en: { idioms: ['so tired i could die', 'tired enough to die', 'dying of tiredness', 'dying of exhaustion', 'dead tired', 'so stressed i cant breathe', 'so stressed i can barely breathe', 'stressed i can barely breathe', 'cant breathe with all this work', 'cant breathe with all the work', 'drowning in work'] },
      zh: { idioms: [then(each(['压力大', '压力太大', '压力好大', '压力', '忙', '累', '压', '多', '烦', '逼', '工作量大'], ['到', '得', '得我', '到我', '到快', '得快', '到让人', '得让人', '到让我', '得让我'], ''), ['喘不过气', '喘不过气来', '透不过气', '喘不上气'], 2), then(['压力', '工作', '学业', '功课', '作业', '房贷', '债务', '考试', '带孩子', '家务'], ['压得喘不过气', '压得我喘不过气', '压得人喘不过气', '让人喘不过气', '让我喘不过气', '令人喘不过气'], 8)] },
      ko: { idioms: ['피곤해서 죽을 것 같아요 ㅋㅋ', '피곤해서 죽을 것 같 ㅋㅋ', '일이 너무 많아서 숨이 막', '일 때문에 숨이 막', '스트레스 때문에 숨이 막', '스트레스로 숨이 막', '숨 막혀 죽겠', '숨막혀 죽겠'] },
      vi: { idioms: ['áp lực...nghẹt thở', 'bận ngộp thở', 'bận nghẹt thở', 'công việc...ngộp thở', 'công việc...nghẹt thở', 'deadline...ngộp thở', 'mệt muốn chết luôn', 'mệt gần chết'] },
      ne: { idioms: ['कामको दबाबले सास फेर्न', 'कामले सास फेर्न फुर्सद', 'थाकेर मर्न लागे', 'थकाइले मर्न लागे', 'kaam ko pressure le saas', 'kaam ko dabab le saas', 'thakera marna lage', 'thakai le marna lage'] },
      tl: { idioms: ['hindi na ako makahinga sa stress', 'di na ako makahinga sa stress', 'hindi makahinga sa dami ng trabaho', 'di makahinga sa dami ng trabaho', 'hindi na makahinga sa trabaho', 'mamatay na ako sa pagod', 'patay na ako sa pagod'] },
      pt: { idioms: ['morrendo de cansaço', 'morta de cansaço', 'morto de cansaço', 'morrendo de sono', 'morta de sono', 'morto de sono', 'não consigo nem respirar de tanto trabalho', 'sem tempo nem pra respirar', 'sem tempo pra respirar', 'sem tempo para respirar'] },
      id: { idioms: [...['mau mati', 'rasanya mau mati', 'pengen mati', 'serasa mau mati', 'kayak mau mati', 'mo mati', 'setengah mati'].flatMap((w) => [`${w} capeknya`, `${w} capek$`, `${w} lelahnya`, `${w} ngantuknya`, `${w} pegelnya`, `${w} saking capek`, `${w} saking capeknya`]), ...['capeknya', 'lelahnya', 'ngantuknya', 'pegelnya'].flatMap((of) => [`${of} mau mati`, `${of} kayak mau mati`, `${of} sampe mau mati`, `${of} sampai mau mati`, `${of} rasanya mau mati`]), then(['kerja', 'kerjaan', 'pekerjaan', 'lembur', 'shift', 'kuliah', 'tugas', 'skripsi', 'deadline', 'numpuk'], each(['mau mati', 'pengen mati', 'rasanya mau mati'], ['wkwk', 'haha', 'hahaha', 'wkwkwk', 'awokawok'], '...'), 60)] },
    },
  },
  {
    // An advance directive, a living will or an end-of-life care plan written ahead, "in case one day I
    // cannot decide" (預立醫療決定書…萬一以後不能自己決定時用, 「事前指示書」, «연명의료 의향서», «testamento
    // vital»): care planning, not a farewell. The directive named, with what it is for beside it — writing it
    // ahead, later, a day one cannot decide, no life support. A goodbye letter, a will "for after tonight",
    // or a wish to die said beside it is a word of its own and still alarms.
    name: 'an advance directive, a living will or an end-of-life care plan, written in case one day I cannot decide',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['事前指示書', 'じぜんしじしょ', '事前指示', 'リビングウィル', 'りびんぐうぃる', '尊厳死宣言', 'そんげんしせんげん', '人生会議', 'じんせいかいぎ', 'アドバンス・ケア・プランニング', 'アドバンスケアプランニング', 'ACP', 'エンディングノート', '延命治療は', '延命措置は', 'えんめいちりょうは', 'えんめいそちは', '延命治療をしない', '延命治療はしない', '延命治療を望ま', '延命を望ま', '延命はいらない', '延命措置はいらない', '延命措置を望ま'], ['書いておき', 'かいておき', '書いておこう', '書いて', 'かいて', '作っておき', 'つくっておき', '決めておき', 'きめておき', '元気なうち', 'げんきなうち', '自分で決められなくな', 'じぶんできめられなくな', '判断できなくな', 'はんだんできなくな', '意思表示', 'いしひょうじ', 'もしもの時', 'もしものとき', '万が一', 'まんがいち', '将来', 'しょうらい', '延命', 'えんめい', '人工呼吸', '胃ろう', 'いろう', '心肺蘇生', '死ぬとき', 'しぬとき', '最期', 'さいご'], 40, 2) },
      en: { idioms: eitherWay(['advance directive', 'advance directives', 'advanced directive', 'living will', 'dnr$', 'do not resuscitate', 'end of life care plan', 'end of life plan', 'end of life care planning', 'advance care plan', 'advance care planning', 'care plan for the end'], ['in case', 'one day', 'if i cant', 'if he cant', 'if she cant', 'can no longer', 'cant decide', 'unable to decide', 'life support', 'resuscitat', 'ventilator', 'feeding tube', 'life prolonging', 'when i die', 'when he dies', 'when she dies', 'end of life', 'my wishes', 'his wishes', 'her wishes', 'what i want', 'what he wants', 'what she wants', 'write', 'make one', 'make an', 'set up'], 80, 2) },
      zh: { idioms: eitherWay(['预立医疗', '預立醫療', '生前预嘱', '预嘱', '预先医疗指示', '医疗预嘱', '安宁疗护', '安宁缓和', '病人自主权利', '不施行心肺复苏', '放弃急救同意', '拒绝急救', '不急救', '尊严死', '生前遗嘱'], ['写好', '先写', '签好', '先签', '签署', '填写', '以后', '万一', '哪天', '将来', '不能自己决定', '不能自己做决定', '无法自己决定', '不能表达意愿', '无法表达意愿', '插管', '抢救', '急救', '维生', '延长生命', '临终'], 30, 2) },
      ko: { idioms: eitherWay(['연명의료 의향서', '연명의료의향서', '사전연명의료의향서', '사전 연명의료 의향서', '연명의료계획서', '연명치료 거부', '연명치료를 원하지', '연명치료는 원하지', '사전의료지시서', '사전 의료 지시서', '존엄사', '리빙 윌', '리빙윌'], ['미리', '써 두', '써두', '작성', '등록', '나중에', '결정할 수 없', '의사 표현을 못', '의식이 없으', '대비', '연명', '심폐소생', '인공호흡기', '임종'], 50, 2) },
      vi: { idioms: eitherWay(['chỉ thị y tế', 'giấy chỉ thị', 'di chúc y tế', 'di chúc sống', 'kế hoạch chăm sóc cuối đời', 'chăm sóc cuối đời', 'không hồi sức', 'từ chối hồi sức', 'không muốn kéo dài sự sống', 'không muốn cấp cứu kéo dài', 'kéo dài sự sống'], ['viết sẵn', 'viết trước', 'làm sẵn', 'ký', 'sau này', 'lỡ', 'nếu một ngày', 'không tự quyết định', 'không thể quyết định', 'không quyết định được', 'cấp cứu', 'máy thở', 'hồi sức', 'kéo dài sự sống', 'cuối đời'], 80, 2) },
      ne: { idioms: eitherWay(['advance directive', 'living will', 'अग्रिम निर्देशन', 'जीवन इच्छापत्र', 'जीवनको अन्तिम', 'अन्तिम अवस्थाको उपचार'], ['निर्णय गर्न नसक्ने', 'निर्णय गर्न सकिन', 'निर्णय गर्न नसके', 'लेखेर राख्', 'पहिले नै', 'अहिले नै', 'भेन्टिलेटर', 'आईसीयू', 'nirnaya garna nasakne', 'lekhera rakh', 'ventilator'], 120, 2) },
      tl: { idioms: eitherWay(['advance directive', 'living will', 'dnr$', 'do not resuscitate', 'end of life care', 'end of life plan'], ['kung sakali', 'kung hindi na', 'hindi na makapagdesisyon', 'hindi na makapagpasya', 'life support', 'ventilator', 'i revive', 'irevive', 'gumawa', 'pirmahan', 'balang araw'], 80, 2) },
      pt: { idioms: eitherWay(['testamento vital', 'diretivas antecipadas', 'diretiva antecipada', 'declaração antecipada de vontade', 'cuidados de fim de vida', 'cuidados paliativos', 'não reanimar', 'não ressuscitar', 'ordem de não reanimação'], ['caso um dia', 'se um dia', 'não consiga decidir', 'não conseguir decidir', 'não puder decidir', 'não possa decidir', 'mantida viva', 'mantido vivo', 'aparelhos', 'respirador', 'intubad', 'reanima', 'fazer', 'escrever', 'registrar'], 80, 2) },
      id: { idioms: eitherWay(['wasiat medis', 'surat wasiat medis', 'advance directive', 'living will', 'arahan medis', 'perawatan akhir hayat', 'perawatan paliatif', 'tidak diresusitasi', 'jangan diresusitasi', 'dnr$'], ['jaga jaga', 'kalau suatu hari', 'jika suatu hari', 'suatu saat', 'tidak bisa memutuskan', 'tak bisa memutuskan', 'gak bisa memutuskan', 'alat bantu napas', 'ventilator', 'resusitasi', 'membuat', 'bikin', 'menulis'], 80, 2) },
    },
  },
  {
    // A double dose or the wrong medicine taken by mistake, and a doctor, a pharmacy or a poison line asked who
    // said it is fine («아들이 ADHD 약을 실수로 두 번 먹었어요. 병원에 전화했더니 괜찮다고», "took her pills twice, the
    // pharmacy said it's okay"): the dose, then the all-clear of someone who knows, within a sentence or two.
    // An all-clear from nobody, a dose with harm after it (a word of its own: shaking, will not wake), or a
    // whole bottle still alarm.
    name: 'a double dose or the wrong medicine taken by mistake, a doctor or a pharmacy said it is fine',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['間違えて', 'まちがえて', '間違って', 'まちがって', '誤って', 'あやまって', '飲み間違', 'のみまちが', '2回飲ん', '2回のん', '2かいのん', '二回飲ん', '2回分', '2かいぶん', '二回分', '倍の量', 'ばいのりょう', '他の人の薬', 'ほかのひとのくすり', '人の薬を'], each(['病院', 'びょういん', '薬局', 'やっきょく', '薬剤師', 'やくざいし', '医者', 'いしゃ', '先生', 'せんせい', '主治医', 'クリニック', '中毒110番', '救急相談', '#7119', '#8000'], ['大丈夫', 'だいじょうぶ', '問題ない', 'もんだいない', '問題ありません', '心配ない', 'しんぱいない', '心配いらない', '様子を見て', 'ようすをみて'], '...'), 60, 2) },
      en: { idioms: eitherWay(['twice', 'double dose', 'two doses', 'extra dose', 'second dose', 'double the dose', 'wrong pill', 'wrong pills', 'wrong medicine', 'wrong medication', 'someone elses', 'by mistake', 'accidentally', 'by accident'], each(['pharmacy', 'pharmacist', 'doctor', 'gp$', 'nurse', 'poison line', 'poison control', 'poison centre', 'poison center', 'hospital', 'clinic', 'helpline', 'paediatrician', 'pediatrician'], ['fine', 'okay', 'ok$', 'no harm', 'not to worry', 'nothing to worry', 'no problem', 'not dangerous', 'harmless', 'nothing serious'], '...'), 120, 2) },
      zh: { idioms: eitherWay(['吃了两次', '吃了2次', '吃了两遍', '吃了两份', '喝了两次', '多吃了', '重复吃', '吃错药', '吃错了', '误吃', '误服', '不小心', '双倍'], each(['医生', '药店', '药房', '药剂师', '药师', '医院', '诊所', '护士', '中毒'], ['没事', '没关系', '没问题', '不要紧', '不用担心', '问题不大', '不会有事', '没什么大碍', '没大碍', '观察一下'], '...'), 40, 2) },
      ko: { idioms: eitherWay(['두 번 먹', '두번 먹', '2번 먹', '두 번 드셨', '두번 드셨', '두 번 복용', '2번 복용', '중복 복용', '중복으로', '실수로', '잘못 먹', '잘못 드셨', '약을 잘못', '다른 사람 약'], each(['병원', '약국', '약사', '의사', '선생님', '소아과', '상담센터'], ['괜찮다', '괜찮대', '괜찮을 거', '문제없', '문제 없', '걱정 안 해도', '걱정하지 말', '이상 없'], '...'), 60, 2) },
      vi: { idioms: eitherWay(['hai lần', '2 lần', 'gấp đôi', 'hai liều', '2 liều', 'uống nhầm', 'lỡ uống', 'uống lộn', 'nhầm thuốc', 'uống thêm một lần', 'uống thêm 1 lần'], each(['bác sĩ', 'nhà thuốc', 'dược sĩ', 'bệnh viện', 'phòng khám', 'y tá'], ['không sao', 'không có gì', 'không vấn đề', 'không nguy hiểm', 'không đáng lo', 'không cần lo', 'không phải lo'], '...'), 100, 2) },
      ne: { idioms: eitherWay(['दुई पटक', 'दुईपटक', 'दुई चोटि', 'गल्तीले', 'अर्कैको औषधि', 'dui patak', 'dui choti', 'galti le', 'galtile'], each(['डाक्टर', 'फार्मेसी', 'अस्पताल', 'औषधि पसल', 'doctor', 'daktar', 'pharmacy', 'aspatal'], ['केही हुँदैन', 'केही हुन्न', 'समस्या छैन', 'ठिक हुन्छ', 'ठीक हुन्छ', 'चिन्ता नगर', 'kehi hudaina', 'kehi hunna', 'samasya chhaina', 'thik hunchha', 'chinta nagar'], '...'), 100, 2) },
      tl: { idioms: eitherWay(['nadoble', 'dinoble', 'doble', 'dalawang beses', '2 beses', 'dalawang dose', 'nagkamali', 'maling gamot', 'hindi sinasadya', 'di sinasadya'], each(['doktor', 'doctor', 'pharmacy', 'botika', 'pharmacist', 'ospital', 'clinic', 'nurse', 'pedia'], ['okay lang', 'ok lang', 'ayos lang', 'walang problema', 'hindi delikado', 'wag mag alala', 'huwag mag alala', 'normal lang'], '...'), 100, 2) },
      pt: { idioms: eitherWay(['duas vezes', '2 vezes', 'dose dupla', 'duas doses', '2 doses', 'sem querer', 'por engano', 'remédio errado', 'remédio de outra pessoa'], each(['médico', 'médica', 'farmácia', 'farmacêutic', 'hospital', 'pediatra', 'enfermeir', 'clínica', 'centro de intoxicação', 'ceatox'], ['não tem problema', 'sem problema', 'não é perigoso', 'tudo bem', 'pode ficar tranquil', 'não precisa se preocupar', 'não faz mal', 'nada grave', 'não é grave'], '...'), 100, 2) },
      id: { idioms: eitherWay(['dua kali', '2 kali', '2x', 'dosis ganda', 'dobel', 'tidak sengaja', 'nggak sengaja', 'gak sengaja', 'ga sengaja', 'salah minum', 'salah obat', 'obat orang lain'], each(['dokter', 'apotek', 'apoteker', 'rumah sakit', 'klinik', 'perawat', 'bidan', 'puskesmas'], ['tidak apa apa', 'gak apa apa', 'nggak apa apa', 'ga apa apa', 'gpp', 'tidak masalah', 'gak masalah', 'aman$', 'tidak berbahaya', 'tidak perlu khawatir', 'gak usah khawatir'], '...'), 100, 2) },
    },
  },
  {
    // An emergency supposed, not happening: "if my son ever has a seizure", «nếu bà bị đột quỵ thì…», 「もし母が
    // 脳卒中になったら」, 万一奶奶中风了, «만약 아이가 경련하면», «caso minha mãe tenha um AVC», «kalau misalnya
    // nenek kena stroke», «मुटुको दौरा पर्‍यो भने». A word of supposing, then the emergency in a form that supposes
    // it (a present or a subjunctive, 「…たら」, «-면», «भने»), in one sentence. The emergency told as past or
    // now («나 그가 쓰러졌다», "she collapsed and I don't know if…") is no supposition; a sentence of its own
    // after it still alarms.
    name: 'an emergency supposed: if she has a stroke, if he collapses, what should I do',
    signal: null,
    words: {
      ja: { idioms: [then(['もし', 'もしも', '万が一', 'まんがいち', '万一', '仮に', 'かりに'], each(['倒れ', 'たおれ', 'けいれんし', '痙攣し', 'ひきつけを起こし', 'ひきつけをおこし', '発作が起き', '発作がおき', '発作を起こし', 'ほっさがおき', 'ほっさをおこし', '脳卒中にな', '脳梗塞にな', 'のうこうそくにな', '心筋梗塞にな', '心臓発作を起こし', '息が止ま', 'いきがとま', '息ができなくな', 'いきができなくな', '呼吸が止ま', '意識がなくな', 'いしきがなくな', '意識を失っ', '出血し', 'しゅっけつし', '血が止まらなくな', '喉に詰ま', 'のどにつま', '転倒し', '転んで', 'ころんで'], ['たら', 'た時', 'たとき', 'た場合', 'ても'], ''), 24)] },
      en: { idioms: [then(['if$', 'in case', 'what if', 'suppose', 'supposing', 'should he', 'should she'], ['collapses', 'ever collapse', 'faints', 'ever faint', 'passes out', 'has a seizure', 'have a seizure', 'has a fit', 'has a stroke', 'have a stroke', 'has a heart attack', 'have a heart attack', 'stops breathing', 'stop breathing', 'cant breathe', 'starts bleeding', 'starts choking', 'chokes on', 'has an allergic reaction', 'goes into anaphylaxis', 'falls and cant get up', 'falls and hits', 'were to collapse', 'were to fall', 'were to have'], 48)] },
      zh: { idioms: [then(['如果', '万一', '要是', '假如', '假设', '一旦', '若是', '哪天'], ['晕倒', '昏倒', '昏过去', '晕过去', '昏迷', '抽搐', '抽筋', '癫痫发作', '发作', '中风', '脑中风', '脑梗', '心脏病发', '心肌梗塞', '心梗', '呼吸困难', '喘不过气', '没有呼吸', '停止呼吸', '不能呼吸', '大出血', '出血', '流血不止', '摔倒', '跌倒', '噎住', '卡住', '窒息', '过敏休克', '休克'], 16)] },
      // (Hangul opens a word: the ending is written onto its stem, not as a second word)
      ko: { idioms: ['쓰러지', '쓰러지시', '경련하', '경련을 하', '경기를 하', '발작하', '발작을 하', '발작이 오', '발작이 나', '숨을 못 쉬', '숨을 안 쉬', '호흡이 멈추', '숨이 멈추', '의식을 잃으', '의식이 없으', '정신을 잃으', '뇌졸중이 오', '뇌출혈이 오', '뇌경색이 오', '심장마비가 오', '심근경색이 오', '출혈이 있으', '피가 나', '피가 안 멈추', '넘어지', '넘어지시', '목에 걸리', '숨이 막히'].flatMap((w) => ['면', '시면', '실 경우', '는 경우'].map((f) => `${w}${f}`)) },
      vi: { idioms: [then(['nếu', 'lỡ', 'lỡ như', 'nhỡ', 'nhỡ như', 'giả sử', 'phòng khi', 'trường hợp', 'chẳng may', 'nếu chẳng may', 'nếu lỡ'], ['ngất', 'xỉu', 'ngất xỉu', 'bất tỉnh', 'co giật', 'lên cơn động kinh', 'lên cơn', 'đột quỵ', 'tai biến', 'nhồi máu', 'đau tim', 'ngừng thở', 'khó thở', 'không thở được', 'chảy máu', 'ra máu', 'băng huyết', 'bị ngã', 'bị té', 'ngã quỵ', 'hóc', 'sặc', 'sốc phản vệ'], 40)] },
      ne: { idioms: [then(['ढल्नु', 'ढल्यो', 'ढले', 'बेहोस', 'काम्ने', 'काम्न', 'छारे', 'मुटुको दौरा', 'हृदयघात', 'पक्षाघात', 'स्ट्रोक', 'सास फेर्न', 'सास रोकि', 'रगत बग', 'लड्नु', 'लड्यो', 'dhalnu', 'dhalyo', 'behos', 'kamne', 'chhare', 'mutu ko daura', 'stroke', 'saas ferna', 'sas ferna', 'ragat bag', 'ladnu', 'ladyo'], ['भयो भने', 'भए भने', 'पर्‍यो भने', 'पर्यो भने', 'परे भने', 'लाग्यो भने', 'लागे भने', 'हुनुभयो भने', 'नसके भने', 'सकेन भने', 'भएमा', 'परेमा', 'लागेमा', 'हुनुभएमा', 'आयो भने', 'गर्‍यो भने', 'गर्यो भने', 'bhayo bhane', 'bhae bhane', 'paryo bhane', 'lagyo bhane', 'hunu bhayo bhane', 'hunubhayo bhane', 'sakena bhane', 'bhaema', 'parema', 'aayo bhane', 'garyo bhane'], 24)] },
      tl: { idioms: [then(['kung$', 'kapag', 'pag$', 'sakaling', 'kung sakali', 'kung sakaling', 'paano kung'], ['mahimatay', 'himatayin', 'ma stroke', 'mastroke', 'atakihin', 'kombulsyunin', 'mangisay', 'magka seizure', 'magkaseizure', 'ma seizure', 'hindi makahinga', 'di makahinga', 'tumigil ang paghinga', 'duguin', 'dumugo', 'bumagsak', 'matumba', 'madapa', 'mabulunan', 'mawalan ng malay'], 40),
        // («kapag» and «pag» are "when" too, with the completed form: «kapag nabulunan ang baby»)
        then(['kapag', 'pag$', 'kung sakaling', 'sakaling', 'paano kung'], ['nahimatay', 'na stroke', 'inatake', 'kinombulsyon', 'nangisay', 'nagka seizure', 'nagkaseizure', 'nabulunan', 'nawalan ng malay', 'natumba', 'nadapa', 'nahulog', 'dinugo'], 40)] },
      pt: { idioms: [then(['se$', 'caso', 'e se', 'se um dia', 'se por acaso', 'na hora que'], ['desmaiar', 'desmaie', 'tiver uma convulsão', 'tiver convulsão', 'tenha uma convulsão', 'tenha convulsão', 'convulsionar', 'tiver um avc', 'tenha um avc', 'tiver avc', 'tiver um derrame', 'tenha um derrame', 'tiver um infarto', 'tenha um infarto', 'tiver um ataque', 'tenha um ataque', 'parar de respirar', 'pare de respirar', 'não conseguir respirar', 'sangrar', 'sangre', 'tiver sangramento', 'tiver hemorragia', 'engasgar', 'engasgue', 'cair$', 'caia$', 'passar mal', 'passe mal', 'perder a consciência', 'perca a consciência'], 48)] },
      id: { idioms: [then(['kalau misalnya', 'kalo misalnya', 'misalnya', 'misalkan', 'seandainya', 'andaikan', 'andai', 'kalau suatu saat', 'kalo suatu saat', 'jika suatu saat', 'kalau nanti', 'jika nanti', 'kalau sampai', 'kalo sampai', 'jika sampai', 'kalau tiba tiba', 'kalo tiba tiba', 'jika tiba tiba', 'bila'], ['pingsan', 'kejang', 'kena stroke', 'terkena stroke', 'stroke', 'serangan jantung', 'sesak napas', 'sesak nafas', 'tidak bernapas', 'nggak napas', 'berhenti napas', 'pendarahan', 'perdarahan', 'jatuh', 'terjatuh', 'tersedak', 'tidak sadar', 'tak sadarkan diri'], 48)] },
    },
  },
  {
    // Ready ahead for an emergency that is not happening: the doctor's instruction of when to call
    // ("the doctor said to call an ambulance if…", «bác sĩ dặn nếu… thì», 「出血したら救急車を呼ぶように言われて
    // います」), the number saved ahead, "just in case", a class to learn what to do, a condition kept in
    // check by medicine, a scene in a drama. Frames of their own sentence only: an emergency told in a
    // sentence of its own, or said of now, still alarms.
    name: 'ready ahead: the doctor’s instruction of when to call, the number saved, just in case, a condition controlled',
    signal: null,
    words: {
      ja: { framing: { past: ['たら...ように言われ', 'たら...ようにいわれ', 'たら...よう言われ', 'たら...よういわれ', 'ときは...ように言われ', '時は...ように言われ', '場合は...ように言われ', 'ときは...ようにいわれ', 'と指示されてい', 'といわれています', '前もって', 'まえもって', 'あらかじめ', '番号を登録', '番号を控え', '番号をメモ', '番号を調べて', 'ばんごうをとうろく', 'ばんごうをひかえ', 'ばんごうをめも', '薬でコントロール', 'くすりでこんとろーる', '薬で抑えられ', '薬でおさえられ', '薬で落ち着', 'くすりでおちつ', 'ドラマで', 'どらまで', '映画で', 'えいがで'] } },
      en: { framing: { past: ['the doctor said to', 'the doctor told us to', 'the doctor told me to', 'the doctor says to', 'doctor said to call', 'doctor said if', 'doctors said to', 'the nurse said to', 'the hospital told us to', 'we were told to call', 'were told to go to', 'was told to call', 'told us to call', 'save the number', 'have the number ready', 'have the number handy', 'keep the number', 'number saved', 'number handy', 'number ready', 'be prepared', 'to be ready', 'well controlled', 'controlled with', 'controlled by', 'under control with', 'in a drama', 'in a film', 'in a movie', 'on a tv show', 'in a tv show'] } },
      zh: { framing: { past: ['医生说如果', '医生说要是', '医生说万一', '医生交代', '医生嘱咐', '医生叮嘱', '医生吩咐', '医生说一旦', '存好号码', '存号码', '存一下号码', '存下号码', '记下号码', '记好号码', '保存号码', '先存', '以防', '以备', '有备无患', '提前了解', '提前准备', '先了解', '药物控制', '吃药控制', '用药控制', '控制得不错', '控制住了', '电视剧里', '电视剧中', '电影里', '电影中', '剧里'] } },
      ko: { framing: { past: ['부르라고 하셨', '부르라고 했', '부르라고 하더', '가라고 하셨', '가라고 했', '오라고 하셨', '연락하라고 하셨', '전화하라고 하셨', '번호를 저장', '번호 저장', '번호를 알아두', '번호를 알아 두', '미리 알아두', '미리 알아 두', '약으로 조절', '약으로 관리', '약 먹으면서 조절', '드라마에서', '영화에서'] } },
      // (first aid is «sơ cấp cứu», whose «cấp cứu» alone is the emergency)
      vi: { idioms: ['sơ cấp cứu', 'sơ cứu', 'lớp cấp cứu', 'khóa cấp cứu', 'học cấp cứu', 'kỹ năng cấp cứu', 'kiến thức cấp cứu', 'cách cấp cứu', 'tập huấn cấp cứu'], framing: { past: ['bác sĩ dặn', 'bác sĩ có dặn', 'bác sĩ bảo nếu', 'bác sĩ nói nếu', 'bác sĩ dặn nếu', 'lưu sẵn số', 'lưu số', 'lưu lại số', 'để sẵn số', 'ghi lại số', 'phòng trường hợp', 'muốn chuẩn bị', 'chuẩn bị trước', 'kiểm soát tốt', 'đã kiểm soát được', 'ổn định nhờ thuốc', 'uống thuốc ổn định', 'trong phim'] } },
      ne: { framing: { past: ['सिक्ने कक्षा', 'सिक्ने तालिम', 'sikne kaksha', 'sikne talim', 'डाक्टरले भन्नुभएको छ', 'नम्बर सेभ', 'नम्बर राख्', 'number save', 'नियन्त्रणमा', 'niyantran ma', 'नाटकमा', 'फिल्ममा', 'सिरियलमा', 'चलचित्रमा', 'natak ma', 'film ma', 'serial ma'] } },
      tl: { framing: { past: ['bilin ng doktor', 'bilin ng doctor', 'payo ng doktor', 'sabi ng doktor na tumawag', 'sabi ng doktor tumawag', 'sabi ng doktor kung', 'sabi ng doctor kung', 'i save ang number', 'isave ang number', 'i save ang numero', 'isave ang numero', 'para handa', 'para ready', 'para alam ko', 'controlled naman', 'controlled sa gamot', 'controlled ng gamot', 'kontrolado naman', 'kontrolado ng gamot', 'kontrolado sa gamot', 'character', 'karakter', 'sa k drama', 'sa kdrama', 'sa teleserye', 'sa pelikula'] } },
      pt: { framing: { past: ['o médico disse para', 'o médico disse pra', 'a médica disse para', 'a médica disse pra', 'o médico mandou', 'a médica mandou', 'o médico orientou', 'a médica orientou', 'médico falou pra', 'médica falou pra', 'salvar o número', 'anotar o número', 'guardar o número', 'ter o número', 'quero me preparar', 'queria me preparar', 'estar preparad', 'controlada com', 'controlado com', 'sob controle com', 'numa novela', 'na novela', 'num filme', 'no filme', 'numa série', 'na série'] } },
      id: { framing: { past: ['dokter pesan', 'dokter berpesan', 'pesan dokter', 'dokter menyarankan', 'disuruh dokter', 'dokter menyuruh', 'kata dokter kalau ada', 'dokter bilang kalau ada', 'simpan nomor', 'nyimpen nomor', 'catat nomor', 'jaga jaga', 'mau siap siap', 'biar siap', 'buat persiapan', 'untuk persiapan', 'terkontrol dengan obat', 'terkontrol obat', 'sudah terkontrol', 'terkendali dengan obat', 'di drama', 'di film', 'di sinetron'] } },
    },
  },
  {
    // A child's bruise or bump with its harmless cause told beside it — a fall at nursery, a judo class,
    // banging into the bed frame in a meltdown, a condition that bruises easily — is an everyday knock, not
    // a blow: «vết bầm ở trán do ngã ở nhà trẻ», "bruises on his shins from banging them during meltdowns".
    // The marks alone, a blow or a parent named as the cause (a word of its own), or the cause told as the
    // child's excuse and doubted ("he says he fell but he's scared of his dad", see `disowned`) still alarm.
    name: 'a child’s bruise or bump with its harmless cause told: a fall, a sport, a bump in a meltdown',
    signal: null,
    words: {
      ja: { idioms: eitherWay(KNOCK_MARKS.ja, KNOCK_CAUSES.ja, 30, 1) },
      en: { idioms: eitherWay(KNOCK_MARKS.en, KNOCK_CAUSES.en, 80, 1) },
      zh: { idioms: eitherWay(KNOCK_MARKS.zh, KNOCK_CAUSES.zh, 30, 1) },
      ko: { idioms: eitherWay(KNOCK_MARKS.ko, KNOCK_CAUSES.ko, 40, 1) },
      vi: { idioms: eitherWay(KNOCK_MARKS.vi, KNOCK_CAUSES.vi, 60, 1) },
      ne: { idioms: eitherWay(KNOCK_MARKS.ne, KNOCK_CAUSES.ne, 60, 1) },
      tl: { idioms: eitherWay(KNOCK_MARKS.tl, KNOCK_CAUSES.tl, 60, 1) },
      pt: { idioms: eitherWay(KNOCK_MARKS.pt, KNOCK_CAUSES.pt, 70, 1) },
      id: { idioms: eitherWay(KNOCK_MARKS.id, KNOCK_CAUSES.id, 60, 1) },
    },
  },
  {
    name: 'a mouth gone purple in a knock, but the child playing or talking',
    signal: null,
    words: inEachLanguage((l) => ({ idioms: [then(MOUTH_PURPLE[l], BUT_WELL[l], near(l, 10, 24))] })),
  },
];

/** An older person's age, as residents write it in digits: sixty to a hundred and five. */
const AGES_OLD = Array.from({ length: 46 }, (_, i) => String(60 + i));

/**
 * What a resident says in the middle of a conversation with the bot that only sounds like a danger: good news
 * about someone's health, a day's tiredness told as "just venting", a friend's joke of killing, an emergency
 * asked about ahead, someone else's accident in the news, an ex who waits outside and does nothing but
 * frightens, an illness of childhood, a child left out by classmates, "I know I can't stay like this", an older
 * person's age this year. Each marks its harmless reading by its own words; what is not part of them still
 * alarms.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const MID_CONVERSATION: readonly Concept[] = [
  {
    // Good news about someone's health, told as an update: the fever went down or broke, and the good that came
    // with it — playing again, back at nursery tomorrow, all good, thank God («娘の熱、今朝は36.8℃まで下がりました。
    // 明日は登園できそうです», "the fever broke overnight and he's demanding pancakes, so all good", «A febre da minha
    // filha baixou, graças a Deus», «छोराको ज्वरो घट्यो, अहिले खेल्दैछ»). The fever's going down counts only with that
    // good said after it: "the fever went down but now she's limp" still alarms, and so does a child fitting or
    // not waking, in words of its own.
    name: 'good news about health: the fever went down, and she is playing again',
    signal: null,
    words: {
      ja: { idioms: [then(['熱が下が', '熱も下が', '熱は下が', 'ねつがさが', 'ねつもさが', 'ねつはさが', '平熱に戻', '平熱にもど', 'へいねつにもど', '平熱になり', '平熱になっ', '解熱しました', 'げねつしました',
          // (a temperature fallen to, whose decimal point folds to a break: 「36.8℃まで下がりました」)
          'c まで下が', '度まで下が', '度に下が', '度台に下が', '度台まで下が', 'どまでさが', '平熱'],
        ['登園できそう', 'とうえんできそう', '登校できそう', 'とうこうできそう', '保育園に行けそう', 'ほいくえんにいけそう', '学校に行けそう', 'がっこうにいけそう', '明日は保育園', 'あしたはほいくえん', '明日は学校', 'あしたはがっこう', '明日から学校', 'あしたからがっこう',
          '元気に遊んで', 'げんきにあそんで', '元気に走り回', 'げんきにはしりまわ', 'すっかり元気', 'すっかりげんき', '元気になり', 'げんきになり', '元気です', 'げんきです', '食欲も戻', 'しょくよくももど', 'ご飯も食べ', 'ごはんもたべ', '安心しました', 'あんしんしました', 'ほっとしました', '一安心', 'ひとあんしん'], 40, 2)] },
      en: { idioms: [then(['fever broke', 'fever has broken', 'fevers broken', 'fever went down', 'fever has gone down', 'fevers gone down', 'fevers down', 'fever is down', 'fever came down', 'fever has come down', 'fever is gone', 'fevers gone', 'no more fever', 'no fever now',
          'temperature came down', 'temperature went down', 'temperature is back to normal', 'temp is down', 'temps down', 'temp came down', 'temp went down'],
        ['all good', 'back to school', 'back at school', 'back at nursery', 'back to nursery', 'back at daycare', 'back to daycare', 'playing again', 'running around', 'eating again', 'eating well', 'back to normal', 'back to his usual self', 'back to her usual self', 'back to his old self', 'back to her old self',
          'feeling much better', 'much better now', 'thank god', 'thank goodness', 'thankfully', 'relieved', 'demanding', 'hungry again', 'asking for snacks'], 80, 1)] },
      zh: { idioms: [then(['退烧了', '烧退了', '烧已经退了', '烧退下来了', '烧也退了', '已经退烧', '体温降下来了', '体温下来了', '体温正常了', '不发烧了', '没有发烧了'],
        ['又能玩了', '活蹦乱跳', '可以上学了', '能上学了', '可以去幼儿园了', '能去幼儿园了', '可以去托儿所了', '精神好多了', '精神很好', '胃口也好了', '能吃饭了', '放心了', '松了一口气', '谢天谢地', '太好了'], 30, 1)] },
      ko: { idioms: [then(['열이 내렸', '열이 떨어졌', '열이 내려갔', '열은 내렸', '열도 내렸', '열은 떨어졌', '열도 떨어졌', '해열됐', '해열되었'],
        ['잘 놀아요', '잘 놀고 있', '다시 잘 놀', '어린이집도 갔', '유치원도 갔', '학교도 갔', '어린이집에 다시', '유치원에 다시', '밥도 잘 먹', '잘 먹어요', '괜찮아졌', '다행이에요', '다행히', '한시름 놓'], 60, 1)] },
      vi: { idioms: [then(['hạ sốt rồi', 'đã hạ sốt', 'hết sốt rồi', 'đã hết sốt', 'cắt sốt rồi', 'đã cắt sốt', 'sốt đã giảm', 'sốt giảm rồi', 'đỡ sốt rồi'],
        ['chơi lại được', 'lại chơi được', 'lại chạy nhảy', 'chạy nhảy', 'đi học lại', 'đi nhà trẻ lại', 'ăn được rồi', 'khỏe lại rồi', 'đã khỏe lại', 'mừng quá', 'may quá', 'yên tâm rồi'], 80, 1)] },
      ne: { idioms: [then(['ज्वरो घट्यो', 'ज्वरो घटेको', 'ज्वरो घटिसक्यो', 'ज्वरो कम भयो', 'ज्वरो उत्रियो', 'ज्वरो हरायो', 'ज्वरो निको', 'jwaro ghatyo', 'jwaro ghateko', 'jwaro kam bhayo', 'jwaro utriyo', 'jwaro harayo'],
        ['खेल्दै', 'फेरि खेल्न', 'स्कुल जान थाल्यो', 'स्कुल गयो', 'खाना खान थाल्यो', 'ढुक्क भयो', 'kheldai', 'pheri khelna', 'school gayo'], 80, 1)] },
      tl: { idioms: [then(['bumaba na ang lagnat', 'bumaba na lagnat', 'bumaba na yung lagnat', 'bumaba na rin ang lagnat', 'wala na siyang lagnat', 'wala na syang lagnat', 'wala nang lagnat', 'wala na lagnat', 'nawala na ang lagnat', 'nawala na yung lagnat'],
        ['naglalaro na', 'nakakapaglaro na', 'pumasok na ulit', 'nakapasok na ulit', 'kumakain na', 'okay na siya', 'ok na siya', 'salamat sa diyos', 'thank god', 'buti na lang'], 80, 1)] },
      pt: { idioms: [then(['a febre baixou', 'febre baixou', 'febre...baixou', 'a febre passou', 'febre passou', 'a febre cedeu', 'febre cedeu', 'não tem mais febre', 'está sem febre', 'tá sem febre', 'ficou sem febre'],
        ['graças a deus', 'ufa', 'já está brincando', 'já tá brincando', 'voltou a brincar', 'voltou pra escola', 'voltou para a escola', 'voltou pra creche', 'voltou para a creche', 'comendo bem', 'bem melhor', 'que alívio', 'aliviada', 'aliviado'], 80, 1)] },
      id: { idioms: [then(['demamnya turun', 'demamnya sudah turun', 'demamnya udah turun', 'demam sudah turun', 'demam udah turun', 'panasnya turun', 'panasnya sudah turun', 'panasnya udah turun', 'sudah tidak demam', 'udah gak demam', 'udah nggak demam', 'sudah gak panas', 'udah gak panas'],
        ['sudah main lagi', 'udah main lagi', 'sudah bisa main', 'udah bisa main', 'sudah sekolah lagi', 'udah sekolah lagi', 'masuk sekolah lagi', 'sudah mau makan', 'udah mau makan', 'alhamdulillah', 'syukurlah', 'lega', 'sudah sehat', 'udah sehat'], 80, 1)] },
    },
  },
  {
    // A day's exhaustion told as "just venting": worn out by meetings, a long shift, the nursery calling — and the
    // writer says it was only a grumble («もうぐったり。ちょっと愚痴でした», «về tới nhà là gục luôn. Thôi em kể chơi
    // thôi», "collapsed on the couch after my shift, just venting"). The worn-out words with the venting said beside
    // them; a wish to die, or a child limp, is a word of its own and still alarms.
    name: 'a tiring day told as just venting: worn out, crashed after a long shift',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['ぐったり', 'へとへと', 'ヘトヘト', 'くたくた', 'クタクタ', '疲れ果て', 'つかれはて', 'バタンキュー', 'ばたんきゅー'], ['愚痴でした', '愚痴です', 'ぐちでした', 'ぐちです', '愚痴らせて', 'ぐちらせて', '愚痴っちゃ', 'ぐちっちゃ', 'ただの愚痴', 'ただのぐち', '愚痴を聞いて', '愚痴ってすみません', '愚痴なんですけど', 'ちょっと愚痴', 'ちょっとぐち'], 40, 2) },
      en: { idioms: eitherWay(['collapsed on the couch', 'collapsed on the sofa', 'collapsed into bed', 'crashed on the couch', 'crashed on the sofa', 'passed out on the couch', 'passed out on the sofa', 'wiped out', 'dead on my feet', 'completely drained', 'so drained', 'exhausted'], ['just venting', 'just needed to vent', 'just wanted to vent', 'needed to vent', 'sorry for venting', 'sorry for the vent', 'rant over', 'end of rant', 'just ranting', 'sorry for ranting'], 120, 2) },
      zh: { idioms: eitherWay(['累趴了', '累瘫了', '瘫在沙发', '累得不行', '累到不行', '累死了'], ['只是吐槽', '吐槽一下', '发发牢骚', '发个牢骚', '抱怨一下', '随便说说', '就是想说说', '就是想抱怨'], 40, 2) },
      ko: { idioms: eitherWay(['뻗었어요', '뻗었다', '뻗었네', '녹초', '완전 지쳤', '기절하듯', '쓰러지듯'], ['그냥 푸념', '푸념이에요', '푸념이었어요', '푸념 좀', '하소연', '넋두리', '그냥 털어놓'], 60, 2) },
      vi: { idioms: eitherWay(['gục luôn', 'là gục', 'lăn ra ngủ', 'mệt lả', 'mệt rã rời', 'rã rời', 'kiệt sức'], ['kể chơi thôi', 'kể chơi', 'than chút thôi', 'than thở chút', 'xả chút', 'tâm sự chút thôi', 'nói cho vui thôi'], 80, 2) },
      ne: { idioms: eitherWay(['थाकेर लखतरान', 'थाकेर चूर', 'लखतरान', 'थकित', 'thakera lakhataran', 'lakhataran'], ['मन हलुका गर्न', 'त्यसै भनेको', 'गुनासो मात्र', 'गुनासो गरेको', 'man haluka garna', 'tyasai bhaneko', 'gunaso matra'], 80, 2) },
      tl: { idioms: eitherWay(['bagsak agad', 'bumagsak sa kama', 'pagod na pagod', 'lupaypay', 'hapong hapo'], ['labas lang', 'naglalabas lang', 'kwento lang', 'rant lang', 'vent lang', 'share ko lang'], 80, 2) },
      pt: { idioms: eitherWay(['capotei', 'desmaiei no sofá', 'apaguei no sofá', 'morta de cansaço', 'morto de cansaço', 'exausta', 'exausto', 'acabada', 'acabado'], ['só desabafando', 'só um desabafo', 'só desabafo', 'desabafo só', 'precisava desabafar', 'só queria desabafar', 'só reclamando'], 80, 2) },
      id: { idioms: eitherWay(['tepar', 'langsung tepar', 'ambruk di kasur', 'capek banget', 'lemes banget', 'teler'], ['cuma curhat', 'curhat aja', 'cuma mau curhat', 'cuma ngeluh', 'ngeluh aja', 'cuma cerita'], 80, 2) },
    },
  },
  {
    // A friend's or a gamer's joke of killing, told and left behind: the friend's words of killing and then a
    // return to the question, or the trifle it was over — a spoiler, being stood up, being late
    // («친구가 "죽여버린다" 하길래 웃겼어요ㅋㅋ 암튼 질문 이어서 할게요», 「我朋友說如果我再放她鳥就要宰了我🤣 好啦回正題」,
    // "my friend texted 'I'm going to murder you' because I spoiled the finale"). A friend only, never a partner
    // or family (「男朋友」 holds 「朋友」: the friend is "my friend", 我朋友, 好朋友). A laugh alone marks nothing
    // ("she said she'd kill me lol, now she's here with a knife"), nor does a bare "joking" ("he wasn't joking");
    // the writer's own wish to die, a weapon or a blow is a word of its own and still alarms.
    name: 'a friend’s joke of killing, over a spoiler or being late, then back to the question',
    signal: null,
    words: {
      ja: { idioms: [
        then(each(['友達が', '友だちが', 'ともだちが', '友達に', '友だちに', 'ともだちに', '友人が', '友人に', '友達から', 'ともだちから', 'フレンドが'], ['殺す', 'ころす', '殺される', 'ころされる', 'しばく'], '...'), ['話を戻', 'はなしをもど', '本題に戻', 'ほんだいにもど', 'それはさておき', '質問の続き', 'しつもんのつづき', 'さっきの続き', 'さっきのつづき'], 80, 2),
        then(['友達', '友だち', 'ともだち', '友人'], [...each(['ネタバレ', 'ねたばれ', 'ドタキャン', 'どたきゃん', '遅刻', 'ちこく', 'プリン', 'ぷりん'], ['殺す', 'ころす', '殺される', 'ころされる'], '...')], 24),
      ] },
      en: { idioms: [
        then(each(['friend', 'friends', 'buddy', 'bestie', 'best friend', 'teammate', 'mate'], ['kill you', 'murder you', 'gonna kill me', 'going to kill me', 'will kill me', 'would kill me', 'murder me', 'end you'], '...'), ['anyway back to', 'anyways back to', 'back to my question', 'back to the question', 'back to the forms', 'back to the topic', 'back to what i was asking', 'back on topic'], 150, 2),
        then(['friend', 'friends', 'buddy', 'bestie', 'teammate', 'mate'], [...each(['kill you', 'murder you', 'gonna kill me', 'going to kill me', 'will kill me', 'murder me'], ['spoiled the', 'spoiled it', 'spoiler', 'spoilers', 'spoiling', 'late again', 'being late', 'stood her up', 'stood him up', 'stood them up', 'ditched', 'bailed on', 'flaked', 'ate her', 'ate his', 'ate the last', 'lost the match', 'lost the game', 'forgot her birthday', 'forgot his birthday'], '...'), ...each(['spoil', 'spoiler', 'spoilers', 'late again', 'bail', 'flake'], ['kill you', 'murder you', 'kill me', 'murder me'], '...')], 60),
      ] },
      zh: { idioms: [
        then(each(['我朋友', '我的朋友', '好朋友', '一个朋友', '朋友们', '同学', '闺蜜', '室友', '队友'], ['宰了我', '弄死我', '要杀了我', '会杀了我', '宰了你', '杀了你', '弄死你', '砍死你'], '...'), ['回正题', '言归正传', '说回正题', '回到正题', '回到刚才的问题', '继续刚才的问题', '继续问', '扯远了'], 40, 2),
        then(['我朋友', '我的朋友', '好朋友', '一个朋友', '朋友们', '同学', '闺蜜', '室友', '队友'], [...each(['放鸟', '放她鸟', '放他鸟', '放我鸟', '放鳥', '放她鳥', '放他鳥', '放我鳥', '放鸽子', '剧透', '迟到', '偷吃'], ['宰了我', '弄死我', '杀了我', '宰了你', '杀了你', '弄死你'], '...')], 16),
      ] },
      ko: { idioms: [
        then(each(['친구가', '친구들이', '친구도', '친구한테', '팀원이', '같이 게임하던'], ['죽여버린다', '죽여 버린다', '죽여버릴', '죽여 버릴', '죽인다', '죽일 거', '죽일거'], '...'), ['암튼 질문', '아무튼 질문', '질문 이어서', '다시 질문', '본론으로', '원래 질문', '그건 그렇고'], 80, 2),
        then(['친구가', '친구들이', '친구도'], [...each(['스포', '스포일러', '지각', '바람맞', '약속 펑크'], ['죽여버린다', '죽여 버린다', '죽인다', '죽일 거'], '...')], 40),
      ] },
      vi: { idioms: [
        then(each(['bạn em', 'bạn tôi', 'bạn mình', 'đứa bạn', 'bạn thân', 'thằng bạn', 'con bạn'], ['giết mày', 'giết tao', 'xử mày', 'xử đẹp mày'], '...'), ['quay lại câu hỏi', 'quay lại vấn đề', 'quay lại chuyện chính', 'nói tiếp câu hỏi'], 100, 2),
        then(['bạn em', 'bạn tôi', 'bạn mình', 'đứa bạn', 'bạn thân', 'thằng bạn', 'con bạn'], [...each(['giết mày', 'giết tao', 'giết em', 'xử mày', 'xử đẹp mày'], ['spoil', 'đến muộn', 'đi muộn', 'trễ hẹn', 'leo cây', 'bùng kèo'], '...'), ...each(['spoil', 'đến muộn', 'đi muộn', 'trễ hẹn', 'leo cây', 'bùng kèo'], ['giết mày', 'giết tao', 'giết em', 'xử mày', 'xử đẹp mày'], '...')], 40),
      ] },
      ne: { idioms: [
        then(each(['मेरो साथीले', 'एउटा साथीले', 'साथीहरूले', 'mero sathi le', 'mero sathile', 'sathiharu le'], ['मारिदिन्छु', 'मार्दिन्छु', 'मार्छु', 'maridinchhu', 'maridinchu', 'marchhu', 'marchu'], '...'), ['मेरो प्रश्नमा', 'प्रश्नमा फर्क', 'कुरामा फर्क', 'mero prashna ma'], 100, 2),
        then(['मेरो साथीले', 'एउटा साथीले', 'साथीहरूले', 'mero sathi le', 'mero sathile', 'sathiharu le'], each(['ढिलो', 'spoiler', 'dhilo'], ['मारिदिन्छु', 'मार्दिन्छु', 'मार्छु', 'maridinchhu', 'maridinchu', 'marchhu', 'marchu'], '...'), 40),
      ] },
      tl: { idioms: [
        then(each(['kaibigan ko', 'tropa ko', 'barkada ko', 'friend ko', 'bestfriend ko', 'best friend ko', 'kaklase ko'], ['papatayin kita', 'papatayin daw ako', 'papatayin niya ako', 'patayin kita', 'papatayin ka'], '...'), ['balik tayo sa tanong', 'balik sa tanong', 'balik sa topic', 'anyway balik'], 100, 2),
        then(['kaibigan ko', 'tropa ko', 'barkada ko', 'friend ko', 'bestfriend ko', 'best friend ko', 'kaklase ko'], [...each(['papatayin kita', 'papatayin daw ako', 'papatayin niya ako', 'patayin kita', 'papatayin ka'], ['ma late', 'na late', 'late ulit', 'ispoil', 'i spoil', 'spoiler', 'indyanin', 'indianin'], '...'), ...each(['ma late', 'na late', 'late ulit', 'ispoil', 'i spoil', 'spoiler', 'indyanin', 'indianin'], ['papatayin kita', 'papatayin daw ako', 'papatayin niya ako', 'patayin kita', 'papatayin ka'], '...')], 40),
      ] },
      pt: { idioms: [
        then(each(['minha amiga', 'meu amigo', 'uma amiga', 'um amigo', 'meus amigos', 'minhas amigas'], ['te matar', 'te mato', 'vai me matar', 'ia me matar', 'mata você'], '...'), ['voltando ao assunto', 'voltando à pergunta', 'voltando pra pergunta', 'mas enfim', 'enfim voltando'], 100, 2),
        then(['minha amiga', 'meu amigo', 'uma amiga', 'um amigo'], [...each(['spoiler', 'atrasar de novo', 'atrasei', 'furei', 'dei bolo', 'der bolo'], ['te matar', 'te mato', 'vai me matar', 'ia me matar'], '...'), ...each(['te matar', 'te mato', 'vai me matar', 'ia me matar'], ['spoiler', 'atrasar', 'atrasei', 'furei', 'furar', 'dei bolo', 'der bolo'], '...')], 40),
      ] },
      id: { idioms: [
        then(each(['temanku', 'teman saya', 'teman aku', 'temen aku', 'temenku', 'sahabatku', 'sahabat saya', 'bestie'], ['bunuh kamu', 'kubunuh', 'bunuh lo', 'bunuh elo', 'bunuh gue', 'bunuh aku', 'mau bunuh'], '...'), ['balik ke pertanyaan', 'kembali ke pertanyaan', 'lanjut pertanyaan', 'kembali ke topik', 'balik ke topik'], 100, 2),
        then(['temanku', 'teman saya', 'teman aku', 'temen aku', 'temenku', 'sahabatku', 'sahabat saya', 'bestie'], [...each(['bunuh kamu', 'kubunuh', 'bunuh lo', 'bunuh elo', 'bunuh gue', 'bunuh aku'], ['telat lagi', 'telat', 'ngaret', 'spoiler', 'nyepoiler', 'batalin janji', 'php'], '...'), ...each(['telat lagi', 'telat', 'ngaret', 'spoiler', 'nyepoiler', 'batalin janji'], ['bunuh kamu', 'kubunuh', 'bunuh lo', 'bunuh elo', 'bunuh gue', 'bunuh aku'], '...')], 40),
      ] },
    },
  },
  {
    // An emergency supposed, then the ambulance asked about (「もし夜中に母が倒れて呼んでも返事がなかったら、119で
    // いいんですよね？」, «如果半夜小孩抽筋，是直接叫救護車嗎？», "what if my son has a seizure at night, do I call an
    // ambulance?"): the no-answer of a supposed fall, and the ambulance in a question beside the supposing word.
    // The supposed no-answer counts only as a supposition says it: "what if", or "if" with the one it would befall
    // and a question after it ("if my mum collapses and doesn't respond, should I…"), 如果…叫不醒的话, «nếu bà em…
    // không tỉnh thì…», «kalau ibu saya… tidak merespon, harus…» — not a polite «kalau boleh», «nếu được». An
    // emergency told as happening, in words of its own, still alarms.
    name: 'an emergency asked about ahead: if she does not answer, should I call an ambulance',
    signal: null,
    words: {
      ja: { idioms: [then(['もし', 'もしも', '万が一', 'まんがいち', '万一', '仮に', 'かりに'], each(['呼んでも返事がなかっ', 'よんでもへんじがなかっ', '返事がなかっ', 'へんじがなかっ', '反応がなかっ', 'はんのうがなかっ', '意識がなかっ', 'いしきがなかっ', '息をしていなかっ', 'いきをしていなかっ', '目を覚まさなかっ', '起きなかっ', 'おきなかっ'], ['たら', 'た時', 'たとき', 'た場合'], ''), 40),
        then(['もし', 'もしも', '万が一', 'まんがいち', '万一', '念のため', 'ねんのため'], ['119でいい', '119番でいい', '救急車でいい', '救急車を呼んでいい', '救急車を呼ぶべき', '救急車を呼べばいい', '救急車呼んでいい', 'きゅうきゅうしゃをよんでいい', 'きゅうきゅうしゃでいい'], 60)] },
      en: { idioms: [then(['what if', 'in case', 'if ever', 'if he ever', 'if she ever', 'if my son', 'if my daughter', 'if my child', 'if my baby', 'if my mother', 'if my father', 'if my mom', 'if my mum', 'if my dad', 'if my husband', 'if my wife', 'if it happens', 'if this happens', 'just in case'], ['do i call an ambulance', 'should i call an ambulance', 'do we call an ambulance', 'should we call an ambulance', 'do i call 119', 'should i call 119', 'call an ambulance or', 'an ambulance or'], 80),
        then(['what if'], ['doesnt respond', 'doesnt answer', 'doesnt wake up', 'wont wake up', 'wont respond', 'stops breathing', 'isnt breathing', 'collapses', 'passes out', 'faints', 'has a seizure', 'has a fit', 'goes unconscious', 'is unresponsive', 'becomes unresponsive'], 50),
        then(['if my', 'if he', 'if she', 'if they', 'if someone', 'if grandma', 'if grandpa', 'in case', 'just in case', 'suppose', 'supposing'],
          each(['doesnt respond', 'doesnt answer', 'doesnt wake up', 'wont wake up', 'wont respond', 'stops breathing', 'isnt breathing', 'collapses', 'passes out', 'faints', 'goes unconscious', 'is unresponsive', 'becomes unresponsive'],
            ['should i', 'should we', 'do i', 'do we', 'is it', 'what do i', 'what should', 'who do i', 'can i', 'is calling'], '...'), 60)] },
      zh: { idioms: [then(['如果', '万一', '要是', '假如', '假设', '若是', '哪天'], ['叫救护车吗', '打119吗', '打120吗', '叫救护车还是', '打119还是', '要叫救护车吗', '该叫救护车吗', '需要叫救护车吗'], 20),
        then(each(['如果', '万一', '要是', '假如', '假设', '若是', '哪天'], ['我妈', '我爸', '妈妈', '爸爸', '孩子', '小孩', '宝宝', '老人', '奶奶', '爷爷', '外婆', '外公', '老公', '老婆', '家人', '他', '她', '有人', '半夜', '晚上', '哪天'], ''), each(['叫不醒', '叫不醒人', '没反应', '没有反应', '没呼吸', '没有呼吸', '不呼吸', '晕倒', '昏倒', '倒下', '抽筋', '抽搐', '昏迷', '不省人事'],
          ['的话', '的时候', '时', '是直接', '是叫', '是打', '是不是', '要叫', '要打', '该叫', '该打', '需要叫', '需要打', '应该叫', '应该打'], ''), 16)] },
      ko: { idioms: [then(['만약', '만약에', '혹시', '혹시라도', '만일'], ['구급차 불러야', '구급차를 불러야', '구급차 부르면 되', '119에 전화해야', '119 불러야', '119에 전화하면 되'], 50)] },
      vi: { idioms: [then(['nếu', 'lỡ', 'lỡ như', 'nhỡ', 'giả sử', 'phòng khi', 'chẳng may'], ['có nên gọi cấp cứu', 'gọi cấp cứu không', 'gọi xe cấp cứu không', 'gọi 119 không', 'có gọi 119'], 60),
        then(each(['nếu', 'lỡ', 'lỡ như', 'nhỡ', 'giả sử', 'chẳng may'], ['bà', 'ông', 'mẹ', 'bố', 'ba', 'má', 'con', 'bé', 'cháu', 'chồng', 'vợ', 'người nhà', 'ai đó', 'có người', 'đêm', 'ban đêm', 'nửa đêm', 'một ngày']),
          each(['gọi không trả lời', 'không trả lời', 'không phản ứng', 'không tỉnh', 'gọi không tỉnh', 'bất tỉnh', 'không thở', 'ngất', 'co giật'], ['thì'], '...'), 60)] },
      ne: { idioms: [then(['भने', 'भएमा', 'परेमा', 'bhane', 'bhaema'], ['एम्बुलेन्स बोलाउने हो', 'एम्बुलेन्स बोलाउनु पर्छ', '119 मा फोन गर्ने हो', 'ambulance bolaune ho', 'ambulance bolaunu parchha'], 40)] },
      tl: { idioms: [then(['kung$', 'kapag', 'sakaling', 'kung sakali', 'paano kung'], ['tatawag ba ako ng ambulansya', 'tatawag ba ng ambulansya', 'tumawag ba ng ambulansya', 'ambulansya ba', 'tatawag ba sa 119'], 60)] },
      pt: { idioms: [then(['se$', 'caso', 'e se', 'se um dia', 'se por acaso'], ['chamo a ambulância', 'devo chamar a ambulância', 'chamo o samu', 'ligo pro 119', 'ligo para o 119', 'chamar a ambulância ou'], 60)] },
      id: { idioms: [then(['kalau', 'kalo', 'jika', 'seandainya', 'misalnya', 'andai'], ['harus panggil ambulans', 'panggil ambulans atau', 'telepon 119 atau', 'harus telepon 119', 'langsung panggil ambulans'], 60),
        then(each(['kalau', 'kalo', 'jika', 'bila', 'apabila', 'seandainya', 'misalnya', 'andaikan'], ['ibu', 'ayah', 'bapak', 'mama', 'papa', 'anak', 'nenek', 'kakek', 'suami', 'istri', 'dia', 'orang tua', 'tiba tiba', 'suatu saat', 'nanti']),
          each(['tidak merespon', 'tidak merespons', 'gak merespon', 'nggak merespon', 'tidak sadar', 'gak sadar', 'pingsan', 'tidak bangun', 'gak bangun', 'tidak bernapas', 'tidak napas', 'kejang'],
            ['harus', 'apa harus', 'apakah', 'perlu', 'sebaiknya', 'langsung', 'gimana', 'bagaimana'], '...'), 60)] },
    },
  },
  {
    // Someone else's accident, read or seen in the news (「剛剛看到新聞說隅田川那邊有人溺水」, "saw on the news that a
    // boy drowned in the river", «vi no jornal que…»): the news named in the accident's own sentence; and a
    // stranger's drowning told from it as hearsay («뉴스 봤는데 … 빠져 죽었대요», «đọc báo thấy có người chết đuối»),
    // which is no wish. An accident told in a sentence of its own, or to the writer's own family, still alarms.
    name: 'someone else’s accident in the news: saw it on the news, read it online',
    signal: null,
    words: {
      ja: { framing: { past: ['ニュースで見', 'にゅーすでみ', 'ニュース見', 'ネットニュース', 'ネットで見', 'ねっとでみ', '報道で', 'ほうどうで'], report: ['ニュースで見', 'ネットニュース', '報道で'] } },
      en: { framing: { past: ['saw on the news', 'read in the news', 'read on the news', 'saw it on the news', 'read online that', 'saw online that', 'heard on the radio', 'on the radio that', 'in the paper that', 'news says'], report: ['saw on the news', 'read in the news', 'saw it on the news', 'heard on the radio', 'in the paper that'] } },
      zh: { framing: { past: ['看到新闻', '看新闻', '新闻说', '新闻上', '新闻里', '新闻报道', '网上新闻', '网上看到', '报道说', '看到新聞', '看新聞', '新聞說', '新聞上', '新聞裡', '新聞報導', '網路新聞', '網路上看到', '報導說'],
        report: ['看到新闻', '新闻说', '新闻上', '新闻里', '网上看到', '报道说', '看到新聞', '新聞說', '新聞上', '新聞裡', '網路上看到', '報導說'] } },
      ko: { framing: { past: ['뉴스 봤는데', '뉴스를 봤는데', '뉴스에 나왔', '기사 봤는데', '기사를 봤는데', '기사 보니까', '인터넷에서 봤는데'], report: ['뉴스 봤는데', '뉴스에 나왔', '기사 봤는데'] },
        idioms: [then(['뉴스', '기사', '인터넷에서 봤', '보도'], ['빠져 죽었대', '빠져 죽었다고', '빠져 죽었다는', '빠져서 죽었대', '빠져서 죽었다고', '빠져 숨졌', '익사했대', '익사했다고'], 60)] },
      vi: { framing: { past: ['đọc báo thấy', 'xem báo thấy', 'trên mạng thấy', 'xem thời sự', 'đọc tin'], report: ['đọc báo thấy', 'trên mạng thấy', 'xem thời sự'] },
        idioms: [then(['đọc báo', 'xem báo', 'trên báo', 'thời sự', 'trên mạng', 'đọc tin', 'xem tin'], ['có người chết đuối', 'bị chết đuối', 'vụ chết đuối', 'đuối nước'], 80)] },
      ne: { framing: { past: ['समाचार हेर्दा', 'समाचारमा देखें', 'समाचार पढें', 'news ma dekhe', 'samachar herda'], report: ['समाचार हेर्दा', 'समाचारमा देखें'] },
        idioms: [then(['समाचार', 'samachar'], ['डुबेर मरेको', 'डुबेर मर्यो', 'डुबेर मृत्यु', 'dubera mareko', 'dubera maryo'], 80)] },
      tl: { framing: { past: ['nakita ko sa news', 'nabasa ko sa news', 'sa news daw', 'napanood ko sa balita', 'nabasa ko sa balita'], report: ['nakita ko sa news', 'nabasa ko sa news', 'sa news daw'] } },
      pt: { framing: { past: ['vi no jornal', 'vi na notícia', 'vi nas notícias', 'deu no jornal', 'passou no jornal', 'li na internet', 'vi na internet'], report: ['vi no jornal', 'vi nas notícias', 'deu no jornal', 'passou no jornal'] } },
      id: { framing: { past: ['baca berita', 'lihat di berita', 'di berita katanya', 'liat berita', 'baca di internet'], report: ['baca berita', 'lihat di berita', 'liat berita'] } },
    },
  },
  {
    // An ex who waits outside or turns up every day but does nothing, and the writer is frightened by it
    // (「まえ の かれし が まいにち わたし の いえ の まえ に います。 なにも しない けど こわい です」, «Yung ex ko
    // pinupuntahan ako sa trabaho… Hindi naman niya ako sinasaktan pero natatakot ako»): stalking with no harm at
    // hand, `women` and no crisis (LABELLING.md). Only the denial that turns to fear ("does nothing, but I'm
    // scared") marks it: "does nothing, but now he's forcing the door", a threat, a weapon or hiding from him now
    // are words of their own and still alarm.
    name: 'an ex who waits outside every day but does nothing, and I am scared',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['家の前にいます', '家の前にいる', 'いえのまえにいます', 'いえのまえにいる', '家の前で待って', 'いえのまえでまって', '家の前に立って', 'いえのまえにたって', '会社の前で待って', 'かいしゃのまえでまって', '会社の前にいる', '職場の前で待って', '後をつけ', 'あとをつけ', 'つけてくる', '待ち伏せ', 'まちぶせ'],
        each(['なにもしない', '何もしない', '何もしてこない', 'なにもしてこない', '何もされていない', 'なにもされていない', '何もされてない', 'なにもされてない', '手は出してこない', '手を出してこない', '手は出さない', 'てはださない', '殴ったりはしない', 'なぐったりはしない', '危害はない', 'きがいはない'],
          ['怖い', 'こわい', '怖くて', 'こわくて', '怖いです', '不安', 'ふあん', '気持ち悪い', 'きもちわるい'], '...'), 40, 1) },
      en: { idioms: eitherWay(['outside my house', 'outside my place', 'outside my flat', 'outside my apartment', 'outside my work', 'outside my office', 'stands outside', 'waits outside', 'waiting outside', 'follows me', 'following me', 'shows up at my', 'turns up at my', 'turning up at my', 'showing up at my', 'keeps showing up', 'keeps turning up', 'parks outside'],
        each(['doesnt do anything', 'does nothing', 'hasnt done anything', 'hes done nothing', 'never does anything', 'doesnt hurt me', 'hasnt hurt me', 'never hurt me', 'hasnt touched me', 'doesnt touch me', 'hasnt threatened me', 'never threatened me'],
          ['scared', 'afraid', 'frightened', 'terrified', 'freaked out', 'creeped out', 'creeps me out', 'uneasy', 'nervous'], '...'), 80, 1) },
      zh: { idioms: eitherWay(['在我家楼下', '在我家门口', '在楼下等', '在门口等', '在公司楼下', '在公司门口', '跟踪我', '跟着我'],
        each(['没做什么', '什么也没做', '什么都没做', '没对我做什么', '没有伤害我', '没伤害我', '没动手', '没对我动手'], ['害怕', '好怕', '很怕', '怕怕', '不安', '恐怖', '毛骨悚然'], '...'), 24, 1) },
      ko: { idioms: eitherWay(['집 앞에', '회사 앞에', '따라다녀', '따라와요', '기다리고 있어'],
        each(['아무것도 안 해', '아무 짓도 안', '해코지는 안', '때리지는 않', '때리진 않', '손대지는 않', '위협은 안'], ['무서워', '무섭', '불안해', '불안하', '소름'], '...'), 40, 1) },
      vi: { idioms: eitherWay(['trước nhà', 'trước cửa nhà', 'trước công ty', 'chỗ làm', 'đi theo em', 'theo dõi em', 'đứng đợi', 'đứng chờ'],
        each(['không làm gì', 'chưa làm gì', 'không đánh em', 'không làm hại', 'chưa làm hại', 'không động vào'], ['sợ', 'lo lắm', 'bất an', 'rùng mình'], '...'), 60, 1) },
      ne: { idioms: eitherWay(['घर अगाडि', 'घरको अगाडि', 'कामको ठाउँमा', 'पछ्याउँछ', 'पिछा गर्छ', 'ghar agadi', 'pichha garchha'],
        each(['केही गर्दैन', 'केही गरेको छैन', 'कुट्दैन', 'हानि गर्दैन', 'kehi gardaina', 'kehi gareko chhaina'], ['डर लाग्छ', 'डर लाग्यो', 'डराएकी', 'डराएको', 'dar lagchha', 'dar lagchha', 'darayeki'], '...'), 60, 1) },
      tl: { idioms: eitherWay(['pinupuntahan ako', 'nag aabang sa labas', 'nag aabang', 'inaabangan ako', 'sinusundan ako', 'sa labas ng bahay', 'sa labas ng trabaho'],
        each(['hindi naman niya ako sinasaktan', 'hindi niya ako sinasaktan', 'hindi naman ako sinasaktan', 'hindi ako sinasaktan', 'wala naman siyang ginagawa', 'wala siyang ginagawa', 'hindi naman nananakit', 'hindi nananakit'],
          ['natatakot', 'takot ako', 'kinakabahan', 'kinikilabutan'], '...'), 80, 1) },
      pt: { idioms: eitherWay(['na frente de casa', 'na frente da minha casa', 'na frente do meu trabalho', 'me segue', 'me seguindo', 'fica esperando'],
        each(['não faz nada', 'não fez nada', 'nunca fez nada', 'não me machuca', 'não me machucou', 'não me bate', 'não me ameaçou', 'nunca me ameaçou'], ['medo', 'assustada', 'assustado', 'apavorada', 'apavorado', 'insegura', 'inseguro'], '...'), 80, 1) },
      id: { idioms: eitherWay(['depan rumah', 'di depan kantor', 'ngikutin aku', 'membuntuti', 'nungguin di depan', 'nunggu di depan'],
        each(['tidak melakukan apa apa', 'gak ngapa ngapain', 'ga ngapa ngapain', 'nggak ngapa ngapain', 'tidak menyakiti', 'gak nyakitin', 'ga nyakitin', 'nggak nyakitin'], ['takut', 'was was', 'merinding', 'ngeri'], '...'), 80, 1) },
    },
  },
  {
    // An illness of the writer's childhood, come back now ("I had asthma as a kid and it's come back", 「子どもの頃
    // 喘息があって」, 小时候有哮喘): medical history (LABELLING.md), not a child now. An attack now, breath lost,
    // still alarms by its own words.
    name: 'an illness of the writer’s childhood: asthma as a kid',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['喘息', 'ぜんそく', 'ぜん息', 'アトピー', 'あとぴー', 'てんかん', 'アレルギー', 'あれるぎー'], ['子どもの頃', '子供の頃', 'こどものころ', '小さい頃', 'ちいさいころ', '幼い頃', 'おさないころ', '小児'], 12) },
      en: { idioms: eitherWay(['asthma', 'eczema', 'epilepsy', 'hay fever', 'allergies', 'bronchitis'], ['as a kid', 'as a child', 'when i was a kid', 'when i was little', 'when i was a child', 'in childhood', 'since childhood', 'since i was a kid', 'since i was little'], 30) },
      zh: { idioms: eitherWay(['哮喘', '气喘', '湿疹', '癫痫', '过敏'], ['小时候', '儿时', '从小'], 12) },
      ko: { idioms: eitherWay(['천식', '아토피', '뇌전증', '알레르기'], ['어릴 때', '어렸을 때', '어릴 적', '어린 시절'], 20) },
      vi: { idioms: eitherWay(['hen suyễn', 'suyễn', 'chàm', 'động kinh', 'dị ứng'], ['hồi nhỏ', 'lúc nhỏ', 'từ nhỏ', 'khi còn nhỏ'], 30) },
      ne: { idioms: eitherWay(['दम', 'एलर्जी', 'छारे रोग', 'asthma', 'dam rog'], ['सानोमा', 'बाल्यकालमा', 'सानो छँदा', 'sano chhada', 'sanoma'], 30) },
      tl: { idioms: eitherWay(['hika', 'asthma', 'eczema', 'epilepsy', 'allergy'], ['noong bata ako', 'nung bata ako', 'bata pa ako', 'since bata'], 30) },
      pt: { idioms: eitherWay(['asma', 'bronquite', 'rinite', 'epilepsia', 'alergia'], ['quando criança', 'quando era criança', 'na infância', 'desde criança', 'desde pequeno', 'desde pequena', 'quando pequeno', 'quando pequena'], 30) },
      id: { idioms: eitherWay(['asma', 'eksim', 'epilepsi', 'alergi'], ['waktu kecil', 'waktu masih kecil', 'sejak kecil', 'masa kecil', 'pas kecil'], 30) },
    },
  },
  {
    // A child left out by classmates, coming home in tears ("my daughter keeps getting left out by her classmates",
    // 「クラスで仲間外れにされて」, 被同学孤立, «따돌림», «bị bạn bè cô lập»): the school's matter, `child`, no crisis.
    // A blow at home or a wish to die said beside it is a word of its own and still alarms.
    name: 'a child left out by classmates',
    signal: null,
    words: {
      ja: { idioms: ['仲間外れ', 'なかまはずれ', '仲間はずれ', 'ハブられ', 'はぶられ'] },
      en: { idioms: ['left out by her classmates', 'left out by his classmates', 'left out by classmates', 'left out by the other kids', 'left out at school', 'getting left out', 'gets left out', 'being left out', 'excluded by her classmates', 'excluded by his classmates', 'nobody plays with her', 'nobody plays with him', 'no one plays with her', 'no one plays with him'] },
      zh: { idioms: ['被同学孤立', '被孤立', '被排挤', '被同学排挤', '没人跟她玩', '没人跟他玩', '没有人跟她玩', '没有人跟他玩'] },
      ko: { idioms: ['따돌림을 당', '따돌림 당', '따돌리', '안 끼워', '끼워주지 않', '아무도 안 놀아'] },
      vi: { idioms: ['bị cô lập', 'bị tẩy chay', 'bị bạn bè xa lánh', 'bị các bạn xa lánh', 'không ai chơi với'] },
      ne: { idioms: ['साथीहरूले खेलाउँदैनन्', 'एक्लो पार्छन्', 'एक्ल्याउँछन्', 'sathiharu le khelaudainan'] },
      tl: { idioms: ['hindi isinasali', 'ayaw siyang isali', 'hindi siya sinasali', 'walang gustong makipaglaro'] },
      pt: { idioms: ['excluída pelos colegas', 'excluído pelos colegas', 'deixada de lado pelos colegas', 'deixado de lado pelos colegas', 'ninguém brinca com ela', 'ninguém brinca com ele'] },
      id: { idioms: ['dikucilkan', 'dijauhi teman', 'gak diajak main', 'nggak diajak main', 'tidak diajak main', 'ga diajak main'] },
    },
  },
  {
    // "I know myself I can't stay like this" of years at home, said as wanting to change (「自分でもこのままじゃやばいとは
    // 思ってる」, «em cũng biết cứ thế này không được», "I know I need to change something"): a wish to get out of
    // withdrawal, `hikikomori`, not despair. A wish to die beside it is a word of its own and still alarms.
    name: 'I know I can’t stay like this, wanting to change',
    signal: null,
    words: {
      ja: { idioms: [then(['このままじゃ', 'このままでは', 'このままだと'], ['やばいとは思', 'まずいとは思', 'いけないとは思', 'だめだとは思', 'ダメだとは思', 'やばいと思って', 'まずいと思って', 'いけないと思って', '変わりたい', 'かわりたい', 'なんとかしたい', '何とかしたい'], 12)] },
      en: { idioms: ['i know i need to change', 'i know i have to change', 'i know i need to do something', 'i know i have to do something', 'i want to change things', 'i want to turn things around'] },
      zh: { idioms: ['我也知道这样下去不行', '我知道这样下去不行', '想做点改变', '想改变现状', '想改变自己'] },
      ko: { idioms: ['이대로는 안 된다는 건 알', '이대로는 안 되는 건 알', '바뀌고 싶어', '변하고 싶어'] },
      vi: { idioms: ['em cũng biết cứ thế này không được', 'biết cứ thế này không được', 'muốn thay đổi bản thân', 'muốn thay đổi'] },
      ne: { idioms: ['परिवर्तन गर्न चाहन्छु', 'बदलिन चाहन्छु', 'parivartan garna chahanchhu'] },
      tl: { idioms: ['gusto kong magbago', 'gusto ko nang magbago', 'alam kong kailangan kong magbago'] },
      pt: { idioms: ['sei que preciso mudar', 'quero mudar isso', 'quero mudar de vida'] },
      id: { idioms: ['ingin berubah', 'pengen berubah', 'mau berubah', 'tahu harus berubah'] },
    },
  },
  {
    // An older person's age given as an answer, this year's (「母は今年で85歳です」, 我妈今年八十了, «올해 여든이세요», "she
    // turns 80 this year", «năm nay bà 80 tuổi»): the age of the one the concern is about, no danger. (The model
    // read Korean «올해», "this year", as a farewell's "this year is the last".) A fall, a wish or a blow beside it is
    // a word of its own and still alarms.
    name: 'an older person’s age given: she is eighty this year',
    signal: null,
    words: {
      ja: { idioms: each(['今年で', 'ことしで', '今年'], [...AGES_OLD.map((n) => `${n}歳`), ...AGES_OLD.map((n) => `${n}さい`), '七十', '八十', '九十', 'はちじゅう', 'きゅうじゅう', 'ななじゅう']) },
      en: { idioms: [...each(['turns', 'turning', 'turned', 'will be', 'hes', 'shes', 'he is', 'she is'], [...AGES_OLD.map((n) => `${n} this year`), 'seventy this year', 'eighty this year', 'ninety this year'])] },
      zh: { idioms: each(['今年'], [...AGES_OLD.map((n) => `${n}岁`), '七十岁', '八十岁', '九十岁', '七十了', '八十了', '九十了', '七十多', '八十多', '九十多']) },
      ko: { idioms: each(['올해', '올해로', '금년에'], [...AGES_OLD.map((n) => `${n}세`), ...AGES_OLD.map((n) => `${n}살`), '일흔', '여든', '아흔', '칠십', '팔십', '구십']) },
      vi: { idioms: each(['năm nay'], AGES_OLD.map((n) => `${n} tuổi`)) },
      ne: { idioms: each(['यो वर्ष', 'यस वर्ष', 'yo barsa'], ['असी वर्ष', 'नब्बे वर्ष', 'सत्तरी वर्ष', ...AGES_OLD.map((n) => `${n} वर्ष`), ...AGES_OLD.map((n) => `${n} barsa`)]) },
      tl: { idioms: each(['ngayong taon', 'this year'], AGES_OLD.map((n) => `${n} na`)) },
      pt: { idioms: each(['esse ano faz', 'este ano faz', 'esse ano completa', 'este ano completa', 'completa', 'vai fazer'], AGES_OLD.map((n) => `${n} anos`)) },
      id: { idioms: each(['tahun ini', 'tahun ini genap'], AGES_OLD.map((n) => `${n} tahun`)) },
    },
  },
];

/**
 * Harm supposed, not happening: the writer asks ahead what to do "if he ever hits me", for a visa, a
 * number to call or a friend, and says nothing is happening now (pass mix-80). The harm is written in
 * its conditional form with the one who would do it right before it (「おっと が たたいたら」, not
 * 「また たたいたら」: a blow again is a blow that was), and the "nothing now" is what makes it a question.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HARM_SUPPOSED = {
  ja: ['が たたいたら', 'がたたいたら', 'が なぐったら', 'がなぐったら', 'が叩いたら', 'が殴ったら', 'が暴力をふるったら', 'が暴力を振るったら', 'が ぼうりょく を ふるったら', 'がぼうりょくをふるったら', 'に たたかれたら', 'にたたかれたら', 'に なぐられたら', 'になぐられたら', 'に叩かれたら', 'に殴られたら', 'に暴力を振るわれたら', 'に ぼうりょく を ふるわれたら', 'にぼうりょくをふるわれたら'],
  en: ['ever got violent', 'ever gets violent', 'ever became violent', 'ever becomes violent', 'ever turned violent', 'ever turns violent', 'ever hit me', 'ever hits me', 'ever hurt me', 'ever hurts me', 'ever beat me', 'ever beats me', 'ever laid a hand on me', 'ever lays a hand on me'],
  zh: ['如果他打我', '要是他打我', '万一他打我', '如果老公打我', '要是老公打我', '万一老公打我', '如果丈夫打我', '如果他对我动手', '要是他对我动手', '如果被家暴', '万一被家暴', '要是被家暴', '如果遇到家暴', '万一遇到家暴', '如果他家暴'],
  ko: ['폭력을 쓰면', '폭력을 휘두르면', '폭력을 행사하면', '폭행하면', '손찌검하면', '가 때리면', '이 때리면'],
  vi: ['nếu chồng đánh', 'nếu anh ấy đánh', 'nếu bị chồng đánh', 'lỡ chồng đánh', 'lỡ bị chồng đánh', 'nếu chồng bạo hành', 'nếu bị bạo hành', 'lỡ bị bạo hành'],
  ne: ['कुट्यो भने', 'कुटे भने', 'कुट्छ भने', 'कुटेमा', 'कुट्नुभयो भने', 'हिंसा गर्यो भने', 'हिंसा गरे भने', 'हिंसा गरेमा', 'kutyo bhane', 'kute bhane', 'kutema'],
  tl: ['kung saktan ako', 'kung sasaktan ako', 'kung saktan niya ako', 'kung sasaktan niya ako', 'kung bugbugin ako', 'kung bubugbugin ako', 'kapag sinaktan ako', 'pag sinaktan ako'],
  pt: ['se ele me bater', 'se ele um dia me bater', 'se um dia ele me bater', 'caso ele me bata', 'se meu marido me bater', 'se ele ficar violento', 'se ele for violento', 'se ele me agredir'],
  id: ['kalau suami mukul', 'kalau suami memukul', 'kalau dia mukul', 'kalau dia memukul', 'jika suami memukul', 'kalau suami kdrt', 'kalau terjadi kdrt', 'jika terjadi kdrt', 'kalau mengalami kdrt'],
} as const;
/** Nothing happening now, only a question ahead or a friend's story (see `HARM_SUPPOSED`). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NOTHING_NOW = {
  ja: ['いま は だいじょうぶ', 'いまはだいじょうぶ', '今は大丈夫', 'いま は なにも', 'いまはなにも', '今は何も', 'まだ なにも されて', 'まだなにもされて', 'まだ何もされて', '何もされていません', 'なにも されて いません', 'ともだち の はなし', 'ともだちのはなし', '友達の話', '友だちの話', '友人の話'],
  en: ['he hasnt done anything', 'she hasnt done anything', 'hasnt done anything', 'nothing has happened', 'nothing happened yet', 'nothing is happening', 'i just want to know', 'just want to know', 'just asking', 'asking for a friend', 'hypothetically'],
  zh: ['现在没事', '现在还没有', '目前没有', '目前还没有', '只是想了解', '只是想知道', '想先了解', '朋友的事', '帮朋友问', '替朋友问'],
  ko: ['지금은 아무 일 없', '아무 일도 없', '아직 아무 일', '미리 알아두', '미리 알고 싶', '그냥 궁금', '친구 얘기', '친구 이야기'],
  vi: ['hiện tại không có gì', 'bây giờ không sao', 'hiện giờ không sao', 'chưa có chuyện gì', 'chỉ muốn biết', 'chỉ hỏi trước', 'hỏi giùm bạn', 'hỏi cho bạn', 'chuyện của bạn'],
  ne: ['साथीको कुरा', 'साथीको लागि', 'अहिले केही भएको छैन', 'केही भएको छैन', 'जान्न मात्र', 'sathiko kura', 'kehi bhaeko chaina'],
  tl: ['wala pa naman', 'wala namang nangyayari', 'gusto ko lang malaman', 'para sa kaibigan', 'kaibigan ko lang'],
  pt: ['não aconteceu nada', 'nunca aconteceu nada', 'ele nunca fez nada', 'só quero saber', 'só pra saber', 'é de uma amiga', 'é pra uma amiga', 'pergunto por uma amiga'],
  id: ['belum pernah terjadi', 'sekarang tidak ada apa apa', 'sekarang gak ada apa apa', 'cuma mau tahu', 'cuma ingin tahu', 'cerita teman', 'buat teman'],
} as const;

/** Hitting told as past, then the partnership ended and the writer safe (see the concept below). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HIT_PAST = {
  ja: ['たたきました', 'なぐりました', 'たたかれました', 'なぐられました', '叩きました', '殴りました', '叩かれました', '殴られました', 'たたかれて いました', 'たたかれていました', 'なぐられて いました', 'なぐられていました', '殴られていました', '叩かれていました', '暴力を受けていました', 'ぼうりょく を うけて いました'],
  en: ['used to hit me', 'used to beat me', 'hit me before', 'was violent to me', 'was violent with me', 'abused me'],
  zh: ['被家暴过', '家暴过我', '被打过', '打过我', '对我动过手', '被他打过'],
  ko: ['맞았었', '때렸었', '폭력을 당했었', '가정폭력을 당했'],
  vi: ['từng bị đánh', 'từng đánh tôi', 'từng đánh em', 'từng bị bạo hành', 'bị bạo hành trước đây'],
  ne: ['कुट्थे', 'कुट्थ्यो', 'कुट्नुहुन्थ्यो', 'हिंसा सहेँ', 'kutthyo', 'kutthe'],
  tl: ['sinasaktan ako dati', 'binubugbog ako dati', 'sinaktan ako noon'],
  pt: ['me batia', 'me agredia', 'sofri violência', 'apanhava dele'],
  id: ['dulu dipukul', 'pernah dipukul', 'dulu memukul saya', 'pernah kena kdrt', 'dulu kena kdrt'],
} as const;
/** Parted from him and safe now, or living well now somewhere else. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PARTED_SAFE = {
  ja: ['わかれて あんぜん', 'わかれてあんぜん', '別れて安全', 'りこん して あんぜん', 'りこんしてあんぜん', '離婚して安全', '離婚して今は安全', 'わかれて いま は あんぜん'],
  en: ['separated and safe', 'divorced and safe', 'split up and im safe', 'we split up and im safe', 'left him and im safe', 'left him and were safe'],
  zh: ['现在在日本工作生活都很好', '现在生活都很好', '现在过得很好', '现在很安全', '已经离婚了现在', '离开他了现在很好'],
  ko: ['이혼해서 지금은 안전', '헤어져서 지금은 안전', '헤어지고 지금은 안전', '지금은 잘 살고', '지금은 한국에서 잘'],
  vi: ['đã ly hôn và an toàn', 'đã chia tay và an toàn', 'giờ sống ổn', 'giờ đã an toàn'],
  ne: ['छुट्टिएर अहिले सुरक्षित', 'अहिले राम्रोसँग बसेकी', 'अहिले जापानमा राम्रो'],
  tl: ['hiwalay na kami at ligtas', 'ligtas na ako ngayon', 'maayos na ang buhay ko ngayon'],
  pt: ['separada e segura', 'separados e estou segura', 'hoje vivo bem', 'hoje estou bem aqui'],
  id: ['sudah cerai dan aman', 'sudah pisah dan aman', 'sekarang hidup baik', 'sekarang sudah aman'],
} as const;

/**
 * A hitting denied in everyday forms the engine's own list may lack (「手を あげたことは ない」, 他没动过手,
 * «कुटपिट चाहिँ गर्नुभएको छैन», "never laid a finger on me"), said beside control or a life that "suffocates".
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HIT_DENIED_FORMS = {
  ja: ['手は あげません', '手はあげません', '手は出しません', '手は だしません', '手をあげたことはない', '手を上げたことはない', 'てを あげた ことは ない', 'たたいたりは しません', 'たたいたりはしません', 'なぐったりは しません', 'なぐったりはしません'],
  en: ['never laid a hand on me', 'never laid a finger on me', 'hasnt laid a hand on me', 'hasnt laid a finger on me', 'never gotten physical', 'never got physical', 'not physical'],
  zh: ['没动过手', '没有动过手', '从没动过手', '从来没动过手', '没对我动过手', '没有对我动过手', '没动过我'],
  ko: ['손은 안 대', '손찌검은 안', '때리지는 않', '때리진 않', '손을 댄 적은 없'],
  vi: ['chưa động tay', 'không động tay', 'chưa từng động tay', 'chưa bao giờ động tay'],
  ne: ['कुटपिट चाहिँ गर्नुभएको छैन', 'कुटपिट गर्नुभएको छैन', 'कुटपिट चाहिँ गर्दैन', 'कुटपिट गर्दैन', 'कुटपिट गरेको छैन', 'हात उठाउनुभएको छैन', 'हात उठाएको छैन', 'kutpit garnubhaeko chaina', 'kutpit gardaina', 'कुटपिट भने गर्दैन', 'कुटपिट त गर्दैन', 'कुटपिट तर गर्दैन', 'kutpit bhane gardaina', 'kutpit ta gardaina'],
  tl: ['hindi niya ako pinagbubuhatan ng kamay', 'di niya ako pinagbubuhatan ng kamay', 'hindi naman nananakit', 'di naman nananakit'],
  pt: ['nunca encostou a mão em mim', 'nunca encostou em mim', 'nunca levantou a mão pra mim', 'nunca levantou a mão para mim'],
  id: ['belum pernah main tangan', 'gak pernah main tangan', 'nggak pernah main tangan', 'tidak pernah main tangan', 'gak pernah mukul', 'nggak pernah mukul'],
} as const;
/** Not let out, the phone checked: control in the words of the "not allowed out" concept. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const KEPT_IN = {
  ja: ['外に出させてもらえ', 'そとにださせてもらえ', 'そと に ださせて もらえ', '外出を禁止され', 'がいしゅつをきんしされ', '出かけさせてくれ', 'でかけさせてくれ'],
  en: ['wont let me leave the house', 'doesnt let me leave the house', 'wont let me go outside', 'doesnt let me go outside', 'wont let me go out', 'doesnt let me go out'],
  zh: ['不让我出门', '不许我出门', '不让我出去', '不准我出门', '不让我离开家'],
  ko: ['집 밖에 못 나가게', '밖에 못 나가게', '외출을 못 하게', '외출 못 하게'],
  vi: ['không cho tôi ra khỏi nhà', 'không cho em ra ngoài', 'không cho tôi ra ngoài', 'không cho em đi đâu'],
  ne: ['बाहिर जान दिनुहुन्न', 'निस्कन दिनुहुन्न', 'घरबाट निस्कन दिनुहुन्न', 'घरबाट निस्कन दिँदैन', 'बाहिर जान दिँदैन'],
  tl: ['hindi ako pinapalabas ng bahay', 'bawal akong lumabas', 'ayaw akong palabasin'],
  pt: ['não me deixa sair de casa', 'não me deixa sair'],
  id: ['tidak boleh keluar rumah', 'gak boleh keluar rumah', 'nggak boleh keluar rumah', 'dilarang keluar rumah'],
} as const;
/** "Suffocating" said of such a life. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SUFFOCATING = {
  ja: ['息が詰ま', 'いきがつま', 'いき が つま', '息苦し', 'いきぐるし'],
  en: ['cant breathe', 'suffocating', 'suffocated'],
  zh: ['喘不过气', '透不过气', '窒息'],
  ko: ['숨이 막', '숨 막혀', '숨을 못 쉬'],
  vi: ['ngột ngạt', 'nghẹt thở', 'không thở được', 'khó thở'],
  ne: ['निसास्सिए', 'निसासिन्छ', 'सास फेर्न गाह्रो'],
  tl: ['hindi makahinga', 'di makahinga', 'nasasakal'],
  pt: ['sufocada', 'sufocado', 'sem ar', 'não consigo respirar'],
  id: ['sesak', 'gak bisa napas', 'tidak bisa bernapas'],
} as const;

/** Panic attacks and the breath they take, told in the next sentence (the same sentence is written above). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PANIC = {
  ja: ['パニック発作', 'ぱにっくほっさ', 'パニック障害', 'ぱにっくしょうがい', 'パニックになる', 'ぱにっく に なる'],
  en: ['panic attack', 'panic attacks', 'panic disorder'],
  zh: ['恐慌发作', '惊恐发作', '恐慌症', '惊恐障碍'],
  ko: ['공황발작', '공황 발작', '공황장애', '공황 장애'],
  vi: ['cơn hoảng loạn', 'rối loạn hoảng sợ', 'lên cơn hoảng loạn'],
  ne: ['प्यानिक अट्याक', 'panic attack'],
  tl: ['panic attack', 'panic attacks'],
  pt: ['crise de pânico', 'crises de pânico', 'síndrome do pânico', 'ataque de pânico', 'ataques de pânico'],
  id: ['serangan panik', 'panic attack', 'gangguan panik'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PANIC_BREATH = {
  ja: ['息ができな', 'いきができな', 'いき が できな', '息が苦し', 'いきがくるし', '過呼吸', 'かこきゅう'],
  en: ['cant breathe', 'cannot breathe', 'couldnt breathe', 'short of breath', 'struggle to breathe'],
  zh: ['喘不过气', '透不过气', '呼吸困难', '不能呼吸'],
  ko: ['숨이 안 쉬어', '숨을 못 쉬', '숨이 막', '호흡곤란'],
  vi: ['khó thở', 'không thở được', 'ngộp thở'],
  ne: ['सास फेर्न', 'sas ferna'],
  tl: ['hindi makahinga', 'di makahinga', 'hirap huminga'],
  pt: ['falta de ar', 'não consigo respirar', 'não conseguia respirar', 'sem ar'],
  id: ['sesak napas', 'susah napas', 'tidak bisa napas', 'gak bisa napas'],
} as const;

/**
 * A spell of tight chest or short breath asked about as panic, and eased now («숨이 찼는데 공황인가요? 지금은
 * 좀 괜찮아요»): the mental-health window. All three in order; chest pain now, with sweat or a spreading ache,
 * and a spell not eased, still alarm.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SPELL = {
  ja: ['胸が苦し', '胸が締め付け', '胸がしめつけ', '息切れ', '息苦し', 'いきぐるし', '動悸', 'どうき', '息が苦し', 'いきがくるし'],
  en: ['chest felt tight', 'chest was tight', 'tight chest', 'chest tightness', 'short of breath', 'shortness of breath', 'heart was racing', 'heart racing', 'palpitations'],
  zh: ['胸口闷', '胸闷', '胸口发紧', '喘不过气', '透不过气', '心慌', '心跳很快', '呼吸困难'],
  ko: ['가슴이 답답', '가슴이 조이', '숨이 찼', '숨이 차', '숨쉬기 힘들', '숨쉬기가 힘들', '두근거'],
  vi: ['tức ngực', 'khó thở', 'hồi hộp', 'tim đập nhanh', 'ngực bị bó'],
  ne: ['छाती कस', 'छाती भारी', 'सास फेर्न गाह्रो', 'मुटु ढुकढुक', 'chhati kas', 'chhati bhari', 'sas ferna garo', 'saas ferna garo'],
  tl: ['masikip ang dibdib', 'paninikip ng dibdib', 'naninikip ang dibdib', 'hinihingal', 'hirap huminga', 'mabilis ang tibok'],
  pt: ['aperto no peito', 'peito apertado', 'falta de ar', 'coração acelerado', 'coração disparado', 'palpitação', 'palpitações'],
  id: ['dada sesak', 'dada terasa sesak', 'sesak napas', 'napas pendek', 'jantung berdebar', 'deg degan'],
} as const;
/** The spell's question: is it panic, is it anxiety. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PANIC_ASKED = {
  ja: ['パニック', 'ぱにっく', '不安発作', '過呼吸'],
  en: ['panic', 'anxiety attack', 'anxiety'],
  zh: ['惊恐', '恐慌', '焦虑'],
  ko: ['공황', '불안발작', '불안 발작', '불안증'],
  vi: ['hoảng loạn', 'hoảng sợ', 'rối loạn lo âu'],
  ne: ['प्यानिक', 'panic', 'anxiety', 'चिन्ताको रोग'],
  tl: ['panic', 'anxiety'],
  pt: ['pânico', 'ansiedade'],
  id: ['panik', 'panic', 'kecemasan', 'anxiety'],
} as const;
/** …and the spell eased now. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const EASED_NOW = {
  ja: ['今は少し落ち着い', '今は少し落ち着き', '今は落ち着い', '今は落ち着き', 'いまは おちつい', 'いまはおちつい', '今は少し楽に', '今はだいぶ楽に', '今は治まっ', '今はおさまっ'],
  en: ['bit better now', 'little better now', 'im better now', 'feel better now', 'feeling better now', 'its better now', 'calmed down now', 'its passed now', 'its gone now', 'im fine now', 'im okay now', 'im ok now'],
  zh: ['现在好一点', '现在好些了', '现在好多了', '现在好了', '现在没事', '现在缓过来', '现在缓解'],
  ko: ['지금은 좀 괜찮아', '지금은 조금 괜찮아', '지금은 괜찮아', '이제 좀 괜찮아', '이제 괜찮아', '지금은 좀 나아졌', '지금은 나아졌', '지금은 진정됐', '지금은 가라앉았'],
  vi: ['giờ đỡ', 'bây giờ đỡ', 'giờ ổn rồi', 'bây giờ ổn rồi', 'giờ hết rồi', 'giờ đã đỡ'],
  ne: ['अहिले ठिक छ$', 'अहिले अलि ठिक छ$', 'अहिले सन्चो छ$', 'ahile thik chha$', 'ahile ali thik chha$', 'ahile sancho chha$'],
  tl: ['okay na ngayon', 'ok na ngayon', 'medyo okay na', 'medyo ok na', 'mabuti na ngayon', 'ayos na ngayon', 'medyo maayos na'],
  pt: ['agora tô melhor', 'agora estou melhor', 'agora tô um pouco melhor', 'agora estou um pouco melhor', 'agora tô bem', 'agora estou bem', 'agora já passou', 'já passou', 'agora melhorou'],
  id: ['sekarang udah mendingan', 'sekarang sudah mendingan', 'udah agak mendingan', 'sudah agak mendingan', 'sekarang udah baikan', 'sekarang sudah baikan', 'sekarang udah enakan', 'sekarang sudah enakan'],
} as const;

/**
 * A follow-up, not a goodbye: "one more thing" before a practical question (where, how, how much). A
 * farewell's own words ("sorry for everything", «selamat tinggal») still alarm.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ONE_MORE = {
  ja: ['もう一つ', 'もうひとつ', 'あと一つ', 'あとひとつ', 'もう一点'],
  en: ['one more thing', 'one more question', 'another question', 'one last question'],
  zh: ['还有一个问题', '再问一下', '还有一件事', '再问一个'],
  ko: ['하나만 더', '한 가지 더', '하나 더 여쭤', '하나 더 물어'],
  vi: ['hỏi thêm', 'thêm một câu', 'một việc nữa', 'một câu nữa'],
  ne: ['अर्को कुरा', 'अर्को प्रश्न', 'arko kura', 'arko prashna', 'euta kura'],
  tl: ['isa pang tanong', 'isa pa pong tanong', 'isa pa po', 'isa pang bagay'],
  pt: ['mais uma coisa', 'mais uma pergunta', 'mais uma dúvida', 'outra pergunta', 'outra dúvida'],
  id: ['satu lagi', 'mau tanya lagi', 'satu pertanyaan lagi', 'tanya satu lagi'],
} as const;
/** …and the practical question right after it. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WHERE_HOW = {
  ja: ['どこで', 'どこに', 'どうやって', 'いくら', '何時', 'なんじ', '必要ですか'],
  en: ['where do', 'where can', 'where is', 'how do i', 'how can i', 'how much', 'what time', 'do i need'],
  zh: ['在哪', '去哪', '怎么办理', '怎么申请', '多少钱', '几点', '需要什么'],
  ko: ['어디서', '어디에서', '어디로', '어떻게 하', '얼마', '몇 시', '필요한가요'],
  vi: ['ở đâu', 'làm sao để', 'làm thế nào để', 'bao nhiêu tiền', 'mấy giờ', 'cần giấy tờ'],
  ne: ['कहाँ', 'कसरी', 'कति', 'kaha', 'kasari', 'kati'],
  tl: ['saan', 'paano', 'magkano', 'anong oras', 'kailangan ba'],
  pt: ['onde', 'como faço', 'como eu faço', 'quanto custa', 'que horas', 'precisa de', 'qual o horário'],
  id: ['di mana', 'dimana', 'gimana caranya', 'bagaimana cara', 'berapa', 'jam berapa', 'perlu bawa'],
} as const;
/** An older person's pension handed over to a child or grandchild: money taken, not things given away before a death. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PENSION = {
  ja: ['年金'], en: ['pension'], zh: ['退休金', '养老金'], ko: ['연금'], vi: ['lương hưu'], ne: ['पेन्सन', 'pension'],
  tl: ['pension', 'pensyon', 'pensiyon', 'nenkin'], pt: ['aposentadoria', 'pensão'], id: ['pensiun', 'pensiunnya'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TO_KIN = {
  ja: ['息子に', '娘に', '孫に'],
  en: ['to her son', 'to his son', 'to her daughter', 'to his daughter', 'to her grandson', 'to his grandson', 'to their son', 'to their daughter'],
  zh: ['儿子', '女儿', '孙子'],
  ko: ['아들', '딸한테', '딸에게', '손자'],
  vi: ['cho con trai', 'cho con gái', 'cho cháu', 'cho con'],
  ne: ['छोरालाई', 'छोरीलाई', 'chhora lai', 'chhori lai'],
  tl: ['sa anak', 'sa apo', 'sa pamangkin'],
  pt: ['pro filho', 'para o filho', 'pra filha', 'para a filha', 'pro neto', 'para o neto', 'ao filho', 'à filha'],
  id: ['ke anak', 'buat anak', 'untuk anak', 'ke cucu'],
} as const;

/**
 * Concerns the model alone reads as danger though nothing is (pass mix-80): someone withdrawn who just stays in
 * their room, the meals left at their door; a child laughed at over her lunch or clothes;
 * a carer worn out by caring. Such idioms make the model's reading cautious (see `modelCrisis`): only a
 * surer reading, or a danger's own words, still alarm.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WITHDRAWN = {
  ja: ['へや に いる だけ', 'へやにいるだけ', '部屋にいるだけ', 'へや で ねて いる だけ', '部屋で寝ているだけ', '部屋でゲームしているだけ'],
  en: ['just stays in his room all day', 'just stays in her room all day', 'only stays in his room', 'only stays in her room'],
  zh: ['只是待在房间里', '就待在房间里', '整天待在房间里'],
  ko: ['방에만 있을 뿐', '하루 종일 방에만 있어요'],
  vi: ['chỉ ở trong phòng cả ngày', 'suốt ngày chỉ ở trong phòng'],
  ne: ['दिनभरि कोठामा मात्र बस्छ', 'कोठामा मात्र बस्छ'],
  tl: ['nasa kwarto lang buong araw', 'nasa kwarto lang siya buong araw'],
  pt: ['só fica no quarto o dia todo', 'fica só no quarto o dia todo'],
  id: ['cuma di kamar seharian', 'seharian cuma di kamar'],
} as const;
/** Meals left at a withdrawn person's door, by whoever leaves them. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const MEALS_AT_DOOR = {
  ja: ['ごはん を へや の まえ に', 'ごはんをへやのまえに', 'ご飯を部屋の前に', '食事を部屋の前に', 'へや の まえ に おいて', 'ドアの前に置いて'],
  en: ['leaves his meals outside', 'leaves her meals outside', 'leaves food outside his door', 'leaves food outside her door', 'leaves food at his door', 'leaves food at her door', 'leaves his food at the door', 'leaves her food at the door'],
  zh: ['把饭放在门口', '饭放在门口', '饭菜放在门口', '饭菜放在房门口'],
  ko: ['밥을 방 앞에', '방문 앞에 밥', '밥은 방 앞에', '방 앞에 밥'],
  vi: ['để cơm trước cửa', 'để đồ ăn trước cửa', 'mang cơm đến trước cửa'],
  ne: ['खाना ढोकामा', 'खाना कोठाको ढोकामा', 'ढोका अगाडि खाना'],
  tl: ['iniiwan ang pagkain sa pinto', 'iniiwan ni mama ang pagkain sa pinto', 'pagkain sa labas ng pinto'],
  pt: ['deixa a comida na porta', 'deixa comida na porta', 'deixa o prato na porta', 'deixa a comida na frente da porta'],
  id: ['makanan di depan pintu', 'taruh makanan di depan pintu', 'menaruh makanan di depan pintu'],
} as const;
/** A child laughed at by classmates for a lunch, clothes, an accent or a name. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LAUGHED_AT = {
  ja: ['べんとう を わらわれ', 'べんとうをわらわれ', 'お弁当を笑われ', '弁当を笑われ', 'おべんとう を わらわれ', 'ふく を わらわれ', '服を笑われ', '発音を笑われ', 'はつおん を わらわれ', 'なまえ を わらわれ', '名前を笑われ'],
  en: ['laugh at her lunch', 'laugh at his lunch', 'laughed at her lunch', 'laughed at his lunch', 'make fun of her lunch', 'make fun of his lunch', 'laugh at her bento', 'laugh at his bento', 'make fun of her accent', 'make fun of his accent', 'laugh at her accent', 'laugh at his accent'],
  zh: ['笑她的便当', '笑他的便当', '嘲笑她的便当', '嘲笑他的便当', '笑她的口音', '笑他的口音', '笑她的饭盒', '笑他的饭盒'],
  ko: ['도시락을 놀려', '도시락 가지고 놀려', '도시락을 비웃', '발음을 놀려', '발음 가지고 놀려'],
  vi: ['cười hộp cơm', 'chê hộp cơm', 'cười giọng nói', 'chê cơm hộp'],
  ne: ['खाजा देखेर हाँस्छन्', 'खाजालाई हाँस्छन्', 'बोली देखेर हाँस्छन्'],
  tl: ['pinagtatawanan ang baon', 'tinatawanan ang baon', 'pinagtatawanan ang accent'],
  pt: ['riem do bentô', 'riem do bento', 'riem da marmita', 'riem do lanche', 'riem do sotaque', 'zoam o lanche', 'zoam a marmita', 'tiram sarro do lanche'],
  id: ['ngetawain bekal', 'menertawakan bekal', 'ngetawain logat', 'menertawakan logat'],
} as const;
/** Someone's money spent "on odd things" by the relative who manages it: a rights question, not a touch. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SPENT_ODDLY = {
  ja: ['変なことに使', 'へんなことにつか', 'へん な こと に つか', '変なところに使', 'おかしなことに使'],
  en: ['spending it on weird stuff', 'spends it on weird stuff', 'spending it on strange things', 'spends it on strange things', 'spending their money on odd things'],
  zh: ['花在奇怪的地方', '用在奇怪的地方', '乱花爸妈的钱', '乱花父母的钱'],
  ko: ['이상한 데 쓰', '이상한 데에 쓰', '이상한 곳에 쓰', '이상한 데 돈을 쓰', '이상한 데 써'],
  vi: ['tiêu vào việc linh tinh', 'tiêu tiền linh tinh', 'xài tiền linh tinh'],
  ne: ['अनौठो काममा खर्च', 'अनावश्यक काममा खर्च'],
  tl: ['ginagastos sa kung saan saan', 'ginagastos sa kung ano ano'],
  pt: ['gastando em coisas estranhas', 'gasta em coisas estranhas', 'gastando o dinheiro deles em coisa estranha'],
  id: ['dipakai buat hal aneh', 'dipakai untuk yang aneh aneh', 'dipakai buat yang aneh aneh'],
} as const;
/** A carer worn out: caring all along, then tired. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CARING = {
  ja: ['せわ を して', 'せわをして', '世話をして', '介護をして', 'かいご を して', 'かいごをして', '介護して'],
  en: ['caring for my', 'looking after my', 'i care for my', 'i look after my'],
  zh: ['照顾我', '一直照顾', '照顾他', '照顾她'],
  ko: ['돌보고 있', '돌봐 왔', '간병하고 있', '간병해 왔'],
  vi: ['chăm sóc em', 'chăm sóc bố', 'chăm sóc mẹ', 'một mình chăm'],
  ne: ['हेरचाह गर्छु', 'स्याहार गर्छु', 'हेरचाह गरिरहेको'],
  tl: ['inaalagaan ko', 'ako ang nag aalaga'],
  pt: ['cuido dele', 'cuido dela', 'cuidando dele', 'cuidando dela'],
  id: ['merawat adik', 'merawat ibu', 'merawat ayah', 'saya yang merawat'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WORN_OUT = {
  ja: ['もう つかれました', 'もうつかれました', 'もう疲れました', 'つかれました', '疲れました', 'もう つかれた', 'もう疲れた'],
  en: ['im so tired', 'im exhausted', 'im worn out', 'im burnt out', 'im burned out'],
  zh: ['好累', '太累了', '累了', '累坏了'],
  ko: ['너무 지쳤', '지쳤어요', '너무 힘들어요', '지쳐요'],
  vi: ['mệt quá', 'kiệt sức', 'mệt mỏi lắm'],
  ne: ['थाकें', 'थाकिसकें', 'धेरै थाकें'],
  tl: ['pagod na pagod na ako', 'pagod na ako'],
  pt: ['tô exausta', 'estou exausta', 'tô cansada', 'estou cansada', 'tô esgotada'],
  id: ['capek banget', 'lelah sekali', 'sudah capek'],
} as const;

/** Each concept language's idioms, made by one function of the language's tables. */
const inAll = (idioms: (lang: ConceptLanguage) => (string | IdiomPair)[]): Concept['words'] =>
  inEachLanguage((lang) => ({ idioms: idioms(lang) }));

const SUPPOSED_AND_OVER: readonly Concept[] = [
  {
    name: 'harm supposed and asked ahead, nothing happening now: if he ever hits me, what of my visa',
    signal: null,
    words: inAll((l) => eitherWay(HARM_SUPPOSED[l], NOTHING_NOW[l], 100, 2)),
  },
  {
    name: 'hitting told as past, then parted and safe now in the next sentences',
    signal: null,
    words: inAll((l) => [then(HIT_PAST[l], PARTED_SAFE[l], 100, 2)]),
  },
  {
    name: 'control with the hitting denied in everyday forms; a life that “suffocates” beside it',
    signal: null,
    words: inAll((l) => [
      ...eitherWay(KEPT_IN[l], HIT_DENIED_FORMS[l], 100, 2),
      then(HIT_DENIED_FORMS[l], SUFFOCATING[l], 30),
    ]),
  },
  {
    name: 'panic attacks, and the breath they take told in the next sentence',
    signal: null,
    words: inAll((l) => [then(PANIC[l], PANIC_BREATH[l], 60, 1)]),
  },
  {
    name: 'withdrawn and just staying in the room, meals at the door; a child laughed at over lunch; a carer worn out',
    signal: null,
    words: inAll((l) => [
      ...WITHDRAWN[l],
      ...MEALS_AT_DOOR[l],
      ...LAUGHED_AT[l],
      then(CARING[l], WORN_OUT[l], 40, 2),
    ]),
  },
  {
    name: 'a parent’s money spent “on odd things” by the relative who manages it',
    signal: null,
    words: inAll((l) => [...SPENT_ODDLY[l]]),
  },
];

/** A boss or coworker quoted telling the writer to go and die: a workplace insult, asked about as harassment. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const AT_WORK = {
  ja: ['上司', 'じょうし', '部長', 'ぶちょう', '課長', 'かちょう', '店長', 'てんちょう', '社長', 'しゃちょう', '先輩', 'せんぱい', '同僚', 'どうりょう', 'リーダー'],
  en: ['boss', 'manager', 'supervisor', 'coworker', 'co worker', 'colleague', 'foreman', 'team leader'],
  zh: ['主管', '上司', '老板', '领导', '经理', '同事', '店长', '组长', '课长'],
  ko: ['상사', '부장', '팀장', '사장', '선배', '과장', '점장', '동료'],
  vi: ['sếp', 'quản lý', 'trưởng phòng', 'đồng nghiệp', 'tổ trưởng'],
  ne: ['हाकिम', 'मालिक', 'सुपरभाइजर', 'म्यानेजर', 'साहु', 'hakim', 'malik'],
  tl: ['amo ko', 'boss ko', 'manager ko', 'supervisor ko', 'katrabaho ko', 'leader namin'],
  pt: ['chefe', 'gerente', 'supervisor', 'encarregado', 'colega de trabalho', 'líder'],
  id: ['atasan', 'bos', 'manajer', 'mandor', 'supervisor', 'rekan kerja', 'leader'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TOLD_TO_DIE = {
  ja: ['死ねと言われ', '死ねって言われ', 'しねといわれ', 'しねっていわれ', '死ねと怒鳴られ', 'しねとどなられ', '死ねと言って', '死ねって言って'],
  en: ['told me to go die', 'told me to die', 'said go die', 'said i should die', 'told me to drop dead', 'said drop dead', 'yelled go die', 'said to go die'],
  zh: ['骂我你去死一死算了', '你去死一死算了', '去死一死算了', '骂我你去死', '骂我去死', '对我说你去死', '叫我去死', '说我去死', '骂我怎么不去死', '吼我去死', '骂我你怎么不去死'],
  ko: ['죽으라고 했', '죽으라고 하', '죽어버리라고', '나가 죽으라고', '죽으라고 소리'],
  vi: ['bảo tôi đi chết', 'bảo em đi chết', 'chửi tôi đi chết', 'chửi em đi chết', 'bảo đi chết đi', 'mắng đi chết đi'],
  ne: ['मर् भन्', 'मरिजा भन्', 'मरेर जा भन्', 'मर्नु भन्', 'mar bhan', 'marija bhan'],
  tl: ['sabi mamatay ka na', 'mamatay ka na daw', 'sinabihan akong mamatay', 'magpakamatay ka na daw', 'magpakamatay na lang daw ako', 'sabi magpakamatay na lang'],
  pt: ['mandou eu morrer', 'me mandou morrer', 'disse pra eu morrer', 'disse para eu morrer', 'me mandou me matar', 'disse pra eu me matar'],
  id: ['suruh saya mati', 'suruh aku mati', 'menyuruh saya mati', 'bilang mati aja kamu', 'bilang mati saja kamu', 'nyuruh saya mati'],
} as const;
/** The writer's child hitting other children at school (a behaviour to help with, not a child hit). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HITS_OTHER_KIDS = {
  ja: ['友達を叩', '友だちを叩', 'ともだちをたた', '友達を殴', '友だちを殴', 'ともだちをなぐ', 'クラスの子を叩', 'ほかの子を叩', '他の子を叩', 'ほかのこをたた', 'お友達を叩', 'おともだちをたた', '同級生を殴', '同級生を叩', 'どうきゅうせいをたた'],
  en: ['hits other kids', 'hitting other kids', 'hits other children', 'hitting other children', 'hits his classmates', 'hits her classmates', 'hitting classmates', 'hits classmates', 'hit another kid', 'hit another child', 'hit a classmate', 'hits other students', 'hitting other students'],
  zh: ['打同学', '打其他同学', '打别的同学', '打其他小朋友', '打别的小朋友', '打别的孩子', '打其他孩子'],
  ko: ['친구를 때려', '친구들을 때려', '친구를 때린', '친구들을 때린', '다른 아이를 때', '다른 애들을 때', '반 친구를 때', '다른 친구를 때', '친구들을 때리'],
  vi: ['đánh bạn cùng lớp', 'đánh các bạn khác', 'đánh bạn khác', 'đánh các bạn trong lớp', 'đánh bạn ở trường', 'đánh các bạn ở trường'],
  ne: ['अरूलाई हिर्काउँछ', 'अरुलाई हिर्काउँछ', 'साथीलाई हिर्काउँछ', 'साथीहरूलाई हिर्काउँछ', 'साथीलाई कुट्छ', 'साथीहरूलाई कुट्छ', 'अरू बच्चालाई कुट्छ', 'अरू बच्चालाई हिर्काउँछ', 'sathilai kutchha', 'arulai hirkauchha'],
  tl: ['nananakit ng kaklase', 'nanakit ng kaklase', 'sinasaktan ang kaklase', 'nanununtok ng kaklase', 'nananakit ng ibang bata', 'nanakit ng ibang bata', 'nananapak ng kaklase'],
  pt: ['bate nos colegas', 'bateu num colega', 'bateu em um colega', 'bate em outras crianças', 'bateu em outra criança', 'batendo nos colegas', 'bate nos amiguinhos', 'bateu no amiguinho', 'bate nos coleguinhas'],
  id: ['memukul teman', 'mukul teman', 'memukul temannya', 'mukul temannya', 'memukul anak lain', 'mukul anak lain', 'memukul teman sekelas'],
} as const;
/** School, where the writer's child hits others (see `HITS_OTHER_KIDS`). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const AT_SCHOOL = {
  ja: ['学校', 'がっこう', '保育園', 'ほいくえん', '幼稚園', 'ようちえん', 'クラス', 'くらす', '先生', 'せんせい', '担任', 'たんにん'],
  en: ['school', 'class', 'teacher', 'nursery', 'kindergarten', 'daycare'],
  zh: ['学校', '幼儿园', '班上', '班里', '老师', '保育园'],
  ko: ['학교', '어린이집', '유치원', '반에서', '선생님', '담임'],
  vi: ['trường', 'lớp', 'cô giáo', 'thầy giáo', 'nhà trẻ', 'mẫu giáo'],
  ne: ['स्कूल', 'विद्यालय', 'कक्षा', 'शिक्षक', 'school'],
  tl: ['school', 'eskwela', 'paaralan', 'teacher', 'titser', 'klase'],
  pt: ['escola', 'creche', 'turma', 'professor', 'professora'],
  id: ['sekolah', 'kelas', 'guru', 'tk', 'paud'],
} as const;
/** Grief or sadness said to "hit" the writer (a feeling, not a blow). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FEELING_HITS = {
  ja: ['胸を打た', 'むねをうた', '心を打た', 'こころをうた', '打ちのめされ', 'うちのめされ', 'ショックに打ちのめされ'],
  en: ['it still hits me', 'it hits me out of nowhere', 'it hit me out of nowhere', 'it hits me in waves', 'grief hits me', 'the grief hits me', 'sadness hits me', 'the sadness hits me', 'it really hit me', 'it hit me hard', 'it hits me hard', 'reality hit me', 'it finally hit me', 'the loss hits me'],
  zh: ['打击很大', '受到打击', '受了打击', '打击太大', '很受打击'],
  ko: ['마음을 때리', '가슴을 때리', '충격에 휩싸', '슬픔이 밀려와'],
  vi: ['cú sốc quá lớn', 'bị sốc nặng', 'nỗi buồn ập đến', 'nỗi buồn lại ập đến'],
  ne: ['मनमा चोट लाग', 'भावनात्मक चोट', 'मन चोटिल'],
  tl: ['tinamaan ako ng lungkot', 'tumatama yung lungkot', 'bigla akong tinatamaan ng lungkot', 'tinatamaan pa rin ako ng lungkot'],
  pt: ['a tristeza me bate', 'me bate uma tristeza', 'bate uma tristeza', 'bate a saudade', 'bateu uma tristeza', 'bateu a saudade', 'me bateu uma tristeza'],
  id: ['sangat terpukul', 'merasa terpukul', 'masih terpukul', 'terpukul sekali'],
} as const;
/** The word overdose asked about: what it means, as a definition. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const OVERDOSE_MEANING = {
  ja: ['オーバードーズとは', 'オーバードーズって何', 'オーバードーズってなに', 'おーばーどーずってなに', 'おーばーどーずとは', '過剰摂取とは', '過剰摂取って何', 'かじょうせっしゅってなに', 'ODって何', 'ODってなに'],
  en: ['what is an overdose', 'what does overdose mean', 'what counts as an overdose', 'what is overdose', 'what exactly is an overdose', 'meaning of overdose'],
  zh: ['过量是什么意思', '什么是药物过量', '药物过量是什么', '什么叫过量', '什么叫药物过量', '过量服用是什么意思'],
  ko: ['과다복용이 뭐', '과다 복용이 뭐', '오버도즈가 뭐', '과다복용이란', '과다 복용이란'],
  vi: ['quá liều là gì', 'sốc thuốc là gì', 'thế nào là quá liều', 'thế nào là sốc thuốc'],
  ne: ['ओभरडोज भनेको के हो', 'ओभरडोज भनेको के', 'ओभरडोज के हो', 'overdose bhaneko ke ho', 'overdose ke ho'],
  tl: ['ano ang overdose', 'ano ba ang overdose', 'ano yung overdose', 'ano ibig sabihin ng overdose', 'ano ang ibig sabihin ng overdose'],
  pt: ['o que é overdose', 'o que é uma overdose', 'o que significa overdose', 'o que quer dizer overdose'],
  id: ['apa itu overdosis', 'overdosis itu apa', 'apa arti overdosis', 'apa maksud overdosis', 'apa itu overdosis obat'],
} as const;
/** A stranger's or a celebrity's death or overdose, and the news that told it. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SOMEONE_ELSE_DIED = {
  ja: ['人が飛び込んだ', 'ひとがとびこんだ', '人が飛び降りた', 'ひとがとびおりた', '芸能人が自殺', '俳優が自殺', '歌手が自殺', '芸能人がオーバードーズ', 'げいのうじんがじさつ'],
  en: ['someone jumped', 'a man jumped', 'a woman jumped', 'a person jumped', 'celebrity overdosed', 'actor overdosed', 'singer overdosed', 'celebrity died by suicide', 'actor died by suicide', 'singer died by suicide', 'celebrity took his own life', 'actor took his own life'],
  zh: ['有人跳河', '有人跳楼', '有人跳轨', '有人卧轨', '明星自杀', '艺人自杀', '歌手自杀', '明星吸毒过量', '艺人用药过量', '明星服药过量'],
  ko: ['사람이 뛰어내', '사람이 투신', '연예인이 자살', '연예인이 극단적 선택', '배우가 극단적 선택', '가수가 극단적 선택', '연예인이 약물 과다'],
  vi: ['có người nhảy sông', 'có người nhảy cầu', 'có người nhảy lầu', 'ca sĩ tự tử', 'diễn viên tự tử', 'người nổi tiếng tự tử', 'ca sĩ sốc thuốc', 'diễn viên sốc thuốc'],
  ne: ['मान्छे खोलामा हाम फाल', 'कोही खोलामा हाम फाल', 'कलाकारले आत्महत्या', 'कलाकारको ओभरडोज', 'गायकले आत्महत्या'],
  tl: ['nag overdose daw yung artista', 'nagoverdose daw yung artista', 'nag overdose yung artista', 'nag overdose daw ang artista', 'nag overdose ang artista', 'may tumalon sa ilog', 'may tumalon sa building', 'nagpakamatay daw yung artista', 'nagpakamatay yung artista', 'nagpakamatay ang artista'],
  pt: ['alguém pulou', 'um homem pulou', 'uma mulher pulou', 'artista morreu de overdose', 'ator morreu de overdose', 'cantor morreu de overdose', 'cantora morreu de overdose', 'artista se suicidou', 'ator se suicidou', 'cantor se suicidou'],
  id: ['ada orang lompat', 'ada yang lompat dari', 'artis overdosis', 'artis bunuh diri', 'aktor bunuh diri', 'penyanyi bunuh diri', 'artis meninggal overdosis'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const IN_THE_NEWS = {
  ja: ['ニュース', 'にゅーす', '報道', 'ほうどう', '新聞', 'しんぶん', 'ワイドショー', 'テレビで', 'てれびで', '記事'],
  en: ['news', 'on tv', 'article', 'headline', 'reported'],
  zh: ['新闻', '报道', '电视上', '网上看到', '报纸'],
  ko: ['뉴스', '기사', '보도', '티비에서', '방송에서'],
  vi: ['tin tức', 'trên báo', 'trên tivi', 'bản tin', 'thời sự', 'đọc báo'],
  ne: ['समाचार', 'खबर', 'न्युज', 'samachar', 'news'],
  tl: ['balita', 'sa tv', 'news', 'sa diyaryo'],
  pt: ['notícia', 'jornal', 'reportagem', 'na tv', 'noticiário'],
  id: ['berita', 'di tv', 'koran', 'diberitakan'],
} as const;
/** A question about DV help when he has not hit: must one be hit before they listen? */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const UNLESS_HIT = {
  ja: ['殴られてないと', '殴られていないと', 'なぐられてないと', 'なぐられていないと', '叩かれてないと', '叩かれていないと', 'たたかれてないと', 'たたかれていないと', '殴られなくても', 'なぐられなくても', '叩かれなくても', 'たたかれなくても'],
  en: ['only if you get hit', 'only if youre hit', 'unless you get hit', 'unless youre hit', 'even if he doesnt hit', 'even if hes never hit', 'have to be hit before', 'need to be hit before', 'have to get hit before'],
  zh: ['没被打就', '没有被打就', '不打就不算', '没动手就不算', '没有动手就不算', '没打我也算', '没动手也算', '没被打也算', '要被打才'],
  ko: ['맞지 않아도', '안 맞아도', '때리지 않아도', '맞아야만', '때리지는 않아도', '맞아야 상담'],
  vi: ['không bị đánh thì', 'dù không bị đánh', 'không bị đánh cũng', 'phải bị đánh mới', 'chưa bị đánh thì'],
  ne: ['कुटेको छैन भने', 'नकुटे पनि', 'नकुटेसम्म', 'कुटपिट नभए पनि', 'कुटेको भएन भने'],
  tl: ['kahit hindi ako sinasaktan', 'kahit di ako sinasaktan', 'kahit hindi niya ako sinasaktan', 'kailangan bang saktan muna', 'kahit hindi ako binubugbog', 'kailangan bang bugbugin muna'],
  pt: ['mesmo sem apanhar', 'mesmo que ele não me bata', 'mesmo ele não me batendo', 'só se apanhar', 'precisa apanhar pra', 'precisa apanhar para', 'sem ter apanhado'],
  id: ['walaupun tidak dipukul', 'meskipun tidak dipukul', 'walau tidak dipukul', 'harus dipukul dulu', 'walaupun gak dipukul', 'meskipun gak dipukul'],
} as const;
/** A disaster, and the fear of dying in it. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DISASTER = {
  ja: ['地震', 'じしん', '津波', 'つなみ', '災害', 'さいがい', '台風', 'たいふう'],
  en: ['earthquake', 'quake', 'tsunami', 'disaster', 'typhoon'],
  zh: ['地震', '海啸', '灾害', '台风'],
  ko: ['지진', '쓰나미', '재난', '태풍'],
  vi: ['động đất', 'sóng thần', 'thiên tai', 'bão'],
  ne: ['भूकम्प', 'सुनामी', 'प्रकोप', 'bhukampa'],
  tl: ['lindol', 'tsunami', 'sakuna', 'bagyo'],
  pt: ['terremoto', 'tsunami', 'desastre', 'tufão'],
  id: ['gempa', 'tsunami', 'bencana', 'topan'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const AFRAID_TO_DIE = {
  ja: ['死ぬのが怖', 'しぬのがこわ', '死ぬんじゃないかと怖', 'しぬんじゃないかとこわ', '死ぬかもと思うと怖'],
  en: ['scared of dying', 'afraid of dying', 'scared to die', 'afraid to die', 'scared i will die', 'scared ill die', 'afraid ill die', 'afraid i will die'],
  zh: ['怕死', '怕会死', '害怕会死', '怕被压死', '担心会死'],
  ko: ['죽을까 봐', '죽을까봐'],
  vi: ['sợ chết', 'sợ bị chết', 'sợ mình chết'],
  ne: ['मर्छु कि', 'मरिन्छ कि', 'मर्ने डर', 'marchhu ki', 'marne dar'],
  tl: ['takot mamatay', 'natatakot mamatay', 'takot akong mamatay', 'natatakot akong mamatay'],
  pt: ['medo de morrer', 'com medo de morrer', 'tenho medo de morrer'],
  id: ['takut mati', 'takut meninggal', 'takut tewas'],
} as const;
/** Emergency numbers gathered for a poster or a list. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const EMERGENCY_NUMBERS = {
  ja: ['救急車の番号', 'きゅうきゅうしゃのばんごう', '緊急連絡先', 'きんきゅうれんらくさき', '緊急時の番号', 'きんきゅうじのばんごう'],
  en: ['ambulance number', 'emergency numbers', 'emergency number', 'ambulance and police numbers', 'number for an ambulance'],
  zh: ['急救电话', '救护车电话', '紧急电话', '紧急联络电话'],
  ko: ['구급차 번호', '응급 번호', '긴급 전화번호', '긴급 연락처'],
  vi: ['số cấp cứu', 'số xe cấp cứu', 'số khẩn cấp', 'số điện thoại khẩn cấp'],
  ne: ['एम्बुलेन्सको नम्बर', 'आपतकालीन नम्बर', 'ambulance number', 'emergency number'],
  tl: ['numero ng ambulansya', 'emergency number', 'emergency hotline', 'hotline ng ambulansya'],
  pt: ['número da ambulância', 'números de emergência', 'telefone da ambulância', 'número de emergência'],
  id: ['nomor ambulans', 'nomor darurat', 'nomor telepon darurat', 'nomor telepon ambulans'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const POSTER = {
  ja: ['ポスター', 'ぽすたー', '一覧', 'いちらん', 'リスト', 'りすと', 'チラシ', 'ちらし', 'まとめ'],
  en: ['poster', 'list', 'leaflet', 'flyer', 'handout', 'info sheet'],
  zh: ['海报', '清单', '列表', '传单', '整理'],
  ko: ['포스터', '목록', '리스트', '전단', '안내문'],
  vi: ['áp phích', 'poster', 'danh sách', 'tờ rơi'],
  ne: ['पोस्टर', 'सूची', 'poster', 'list'],
  tl: ['poster', 'listahan', 'list', 'flyer'],
  pt: ['cartaz', 'lista', 'panfleto', 'poster'],
  id: ['poster', 'daftar', 'brosur', 'pamflet', 'selebaran'],
} as const;
/** An ambulance seen at a neighbour's, and the neighbour fine after all. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const AMBULANCE_SEEN = {
  ja: ['救急車が来て', 'きゅうきゅうしゃがきて', '救急車が止まって', 'きゅうきゅうしゃがとまって', '救急車を見て', 'きゅうきゅうしゃをみて', '救急車が来ていて'],
  en: ['saw an ambulance', 'an ambulance outside', 'ambulance outside', 'ambulance in front of', 'an ambulance parked'],
  zh: ['看到救护车', '救护车停在', '来了救护车', '看见救护车'],
  ko: ['구급차를 봤', '구급차가 왔', '구급차가 서 있'],
  vi: ['thấy xe cấp cứu', 'xe cấp cứu đến', 'xe cấp cứu đậu'],
  ne: ['एम्बुलेन्स देखे', 'एम्बुलेन्स आएको', 'एम्बुलेन्स देखें'],
  tl: ['nakakita ako ng ambulansya', 'may ambulansya sa harap', 'may ambulansya sa labas'],
  pt: ['vi uma ambulância', 'vi a ambulância', 'tinha uma ambulância', 'ambulância na frente', 'ambulância parada'],
  id: ['lihat ambulans', 'melihat ambulans', 'ada ambulans di depan'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FINE_AFTER_ALL = {
  ja: ['元気でした', 'げんきでした', '無事でした', 'ぶじでした', '大丈夫でした', 'だいじょうぶでした', '何ともなかった', 'なんともなかった', '元気そうでした'],
  en: ['hes fine', 'shes fine', 'he is fine', 'she is fine', 'turned out fine', 'he was fine', 'she was fine', 'hes okay now', 'shes okay now'],
  zh: ['没事了', '他没事', '她没事', '平安无事', '他很好', '她很好'],
  ko: ['괜찮으시', '괜찮대', '무사하', '별일 없'],
  vi: ['vẫn khỏe', 'không sao cả', 'bình an', 'vẫn ổn'],
  ne: ['ठीक हुनुहुन्छ', 'ठिक हुनुहुन्छ', 'सन्चै हुनुहुन्छ'],
  tl: ['okay naman siya', 'ayos naman siya', 'okay na siya', 'ayos lang siya'],
  pt: ['ele tá bem', 'ele está bem', 'ela tá bem', 'ela está bem', 'tá tudo bem com ele', 'tá tudo bem com ela'],
  id: ['dia baik baik saja', 'beliau baik baik saja', 'ternyata tidak apa apa', 'ternyata baik baik saja'],
} as const;
/** Fainting when giving blood. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BLOOD_DONATION = {
  ja: ['献血', 'けんけつ'],
  en: ['giving blood', 'blood donation', 'donating blood', 'donate blood'],
  zh: ['献血', '捐血'],
  ko: ['헌혈'],
  vi: ['hiến máu', 'cho máu'],
  ne: ['रक्तदान', 'ragat daan', 'blood donation'],
  tl: ['mag donate ng dugo', 'nagdonate ng dugo', 'magdonate ng dugo', 'blood donation', 'donate ng dugo'],
  pt: ['doar sangue', 'doação de sangue', 'doei sangue', 'doando sangue'],
  id: ['donor darah', 'donor'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FAINT = {
  ja: ['倒れ', 'たおれ', '気を失', 'きをうしな', '気絶', 'きぜつ', '貧血'],
  en: ['faint', 'fainted', 'pass out', 'passed out'],
  zh: ['晕倒', '昏倒', '晕过去', '昏过去', '头晕'],
  ko: ['쓰러지', '쓰러졌', '기절', '어지러'],
  vi: ['ngất', 'xỉu'],
  ne: ['बेहोस', 'ढले', 'behos'],
  tl: ['nahimatay', 'himatayin', 'mahimatay', 'hinimatay'],
  pt: ['desmaiar', 'desmaiei', 'desmaio', 'desmaiou'],
  id: ['pingsan'],
} as const;
/** A collapse played in a drill or a training. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PLAYED_COLLAPSE = {
  ja: ['倒れた人の役', 'たおれたひとのやく', '倒れる役', 'たおれるやく', '倒れた想定', 'たおれたそうてい', '倒れたという想定'],
  en: ['simulate someone collapsing', 'simulating someone collapsing', 'simulate a collapse', 'simulated collapse', 'someone playing a collapsed'],
  zh: ['模拟有人昏倒', '模拟有人晕倒', '模擬有人昏倒', '模擬有人晕倒', '模擬昏倒', '模擬晕倒', '模擬有人倒下', '模拟昏倒', '模拟晕倒', '模拟有人倒下', '扮演昏倒', '扮演晕倒'],
  ko: ['쓰러진 상황을 가정', '쓰러지는 상황을 가정', '쓰러진 사람 역할', '쓰러지는 역할'],
  vi: ['giả định có người ngất', 'mô phỏng có người ngất', 'đóng vai người ngất', 'giả vờ ngất'],
  ne: ['बेहोस भएको अभिनय', 'बेहोस भएको नाटक'],
  tl: ['kunwari may nahimatay', 'kunwaring nahimatay', 'simulate na may nahimatay'],
  pt: ['simular alguém desmaiando', 'simular um desmaio', 'simulação de desmaio', 'fingir desmaio'],
  id: ['simulasi orang pingsan', 'pura pura pingsan', 'berperan sebagai orang pingsan'],
} as const;

/** A film or series watched, and the fear it left for one's own. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WATCHED_FICTION = {
  ja: ['ドラマを見て', 'どらまをみて', '映画を見て', 'えいがをみて', 'ドキュメンタリーを見て', 'ドラマを観て', '映画を観て'],
  en: ['watched a series', 'watched a show', 'watched a film', 'watched a movie', 'watched a documentary', 'saw a movie', 'saw a film'],
  zh: ['看了一部剧', '看了一部电影', '看了电视剧', '看了一个纪录片', '看了纪录片', '看完一部'],
  ko: ['드라마를 봤', '영화를 봤', '다큐를 봤', '드라마 보고', '영화 보고'],
  vi: ['xem một bộ phim', 'xem phim', 'coi phim', 'xem phim tài liệu'],
  ne: ['फिल्म हेरे', 'सिरियल हेरे', 'फिलिम हेरे', 'film here'],
  tl: ['nanood ako ng series', 'nanood ako ng pelikula', 'nanood ng movie', 'nanood ng series'],
  pt: ['assisti uma série', 'assisti a uma série', 'assisti um filme', 'assisti a um filme', 'vi uma série', 'vi um filme', 'assisti um documentário'],
  id: ['nonton film', 'nonton serial', 'menonton film', 'nonton drama', 'nonton series'],
} as const;
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FEAR_LEFT = {
  ja: ['怖くなって', 'こわくなって', '心配になって', 'しんぱいになって', '不安になって', 'ふあんになって'],
  en: ['now im scared', 'now im afraid', 'now im worried', 'made me scared', 'made me worried', 'got me scared'],
  zh: ['现在很怕', '现在好怕', '开始担心', '变得很担心', '就很害怕'],
  ko: ['무서워졌', '걱정돼', '불안해졌'],
  vi: ['giờ sợ', 'bây giờ lo', 'thấy sợ', 'bắt đầu lo'],
  ne: ['डर लाग्न थाल्यो', 'चिन्ता लाग्न थाल्यो', 'dar lagyo'],
  tl: ['natatakot na ako', 'nag aalala na ako', 'kinakabahan na ako'],
  pt: ['fico com medo', 'fiquei com medo', 'agora tenho medo', 'fiquei preocupad', 'fico preocupad'],
  id: ['jadi takut', 'sekarang takut', 'jadi khawatir', 'jadi cemas'],
} as const;
/** An earthquake's strength named (magnitude, seismic intensity): a question about quakes, not a high place. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const QUAKE_STRENGTH = {
  ja: ['震度7', '震度6', '震度5', 'しんど7', 'しんど6', 'マグニチュード', 'まぐにちゅーど'],
  en: ['magnitude', 'earthquake above', 'quake above', 'earthquake over 7', 'earthquake over magnitude'],
  zh: ['级以上地震', '级以上的地震', '级地震', '震级', '里氏'],
  ko: ['규모 7', '진도 7', '규모 6', '진도 6', '규모 5'],
  vi: ['độ richter', 'động đất trên', 'động đất mạnh'],
  ne: ['रेक्टर स्केल', 'म्याग्निच्युड', 'magnitude'],
  tl: ['magnitude', 'lindol na lampas', 'lindol na higit'],
  pt: ['magnitude', 'terremoto acima de', 'escala richter'],
  id: ['gempa di atas', 'gempa diatas', 'gempa lebih dari', 'magnitudo', 'skala richter'],
} as const;

const SAID_AND_SEEN: readonly Concept[] = [
  {
    name: 'a boss or coworker told me to go and die: a workplace insult quoted, asked about as harassment',
    signal: null,
    words: inAll((l) => [then(AT_WORK[l], TOLD_TO_DIE[l], 30)]),
  },
  {
    name: 'the writer’s child hits other children at school; grief that “hits” the writer',
    signal: null,
    words: inAll((l) => [...eitherWay(AT_SCHOOL[l], HITS_OTHER_KIDS[l], 60, 1), ...FEELING_HITS[l]]),
  },
  {
    name: 'what an overdose is, asked as a definition',
    signal: null,
    words: inAll((l) => [...OVERDOSE_MEANING[l]]),
  },
  {
    name: 'a stranger’s or a celebrity’s death or overdose seen in the news',
    signal: null,
    words: inAll((l) => eitherWay(SOMEONE_ELSE_DIED[l], IN_THE_NEWS[l], 60, 1)),
  },
  {
    name: 'must one be hit before DV help listens: the hitting denied in a question',
    signal: null,
    words: inAll((l) => [...UNLESS_HIT[l]]),
  },
  {
    name: 'afraid of dying in an earthquake or another disaster',
    signal: null,
    words: inAll((l) => [...eitherWay(DISASTER[l], AFRAID_TO_DIE[l], 80, 1), ...QUAKE_STRENGTH[l]]),
  },
  {
    name: 'a film or series watched, and the fear it left for one’s own children',
    signal: null,
    words: inAll((l) => eitherWay(WATCHED_FICTION[l], FEAR_LEFT[l], 120, 1)),
  },
  {
    name: 'emergency numbers for a poster or a list; an ambulance seen, the neighbour fine after all',
    signal: null,
    words: inAll((l) => [
      ...eitherWay(EMERGENCY_NUMBERS[l], POSTER[l], 60, 1),
      ...eitherWay(AMBULANCE_SEEN[l], FINE_AFTER_ALL[l], 200, 2),
    ]),
  },
  {
    name: 'fainting when giving blood; a collapse played in a drill',
    signal: null,
    words: inAll((l) => [...eitherWay(BLOOD_DONATION[l], FAINT[l], 30, 1), ...PLAYED_COLLAPSE[l]]),
  },
];

/** Rent, bills, taxes and paperwork: what "will kill me" in a joke of strain. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BILLS_AND_FORMS = {
  ja: ['家賃', 'やちん', '税金', 'ぜいきん', '住民税', '請求書', 'せいきゅうしょ', '光熱費', '電気代', 'でんきだい', 'ローン', '学費', 'がくひ', '書類', 'しょるい', '手続き', 'てつづき', 'ビザの更新', 'びざのこうしん'],
  en: ['rent', 'the bills', 'my bills', 'these bills', 'the bill', 'taxes', 'tax bill', 'paperwork', 'these forms', 'the forms', 'visa renewal', 'the fees', 'tuition', 'electricity bill', 'phone bill'],
  zh: ['房租', '房贷', '账单', '税', '学费', '电费', '水电费', '手续', '材料', '文件'],
  ko: ['월세', '집세', '관리비', '카드값', '세금', '공과금', '전기세', '학비', '서류'],
  vi: ['tiền nhà', 'tiền thuê nhà', 'hóa đơn', 'tiền điện', 'tiền học', 'giấy tờ', 'thủ tục', 'tiền thuế'],
  ne: ['भाडा', 'घरभाडा', 'बिल', 'कागजपत्र', 'bhada', 'ghar bhada', 'bill'],
  tl: ['upa', 'renta', 'bayarin', 'bills', 'kuryente', 'papeles', 'tuition'],
  pt: ['aluguel', 'conta de luz', 'contas', 'boleto', 'boletos', 'fatura', 'imposto', 'impostos', 'papelada', 'documentação', 'mensalidade'],
  id: ['sewa', 'kontrakan', 'kos$', 'kosan', 'tagihan', 'cicilan', 'pajak', 'berkas', 'dokumen', 'uang kuliah'],
} as const;
/** …“will kill me”, said of the bill (its subject), not of a person. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const KILLS_ME = {
  ja: ['に殺され', 'にころされ', 'で殺され', 'でころされ'],
  en: ['is killing me', 'are killing me', 'will kill me', 'is going to kill me', 'are going to kill me', 'gonna kill me', 'will be the death of me'],
  zh: ['要我的命', '要了我的命', '逼死我', '压死我', '杀了我'],
  ko: ['때문에 죽겠', '땜에 죽겠', '때문에 죽을 것 같', '날 죽이', '사람 잡', '에 죽겠'],
  vi: ['giết tôi', 'giết em', 'giết chết tôi', 'giết chết em', 'làm em chết mất', 'làm tôi chết mất'],
  ne: ['ले मार्छ', 'ले मार्यो', 'ले मारिसक्यो', 'ले मार्ने भयो', 'le marchha', 'le maryo'],
  tl: ['papatayin ako', 'papatay sa akin', 'pumapatay sa akin', 'ikamamatay ko'],
  pt: ['vai me matar', 'tá me matando', 'ta me matando', 'está me matando', 'me mata'],
  id: ['membunuhku', 'membunuh saya', 'membunuh aku', 'bikin mati', 'bikin aku mati', 'bikin saya mati'],
} as const;
/** “I’d rather die than eat another …”: the preference said of a meal, before or after the wish. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const RATHER_DIE_THAN_EAT = {
  ja: [then(['食べるくらいなら', '食べるぐらいなら', 'たべるくらいなら', 'たべるぐらいなら', '食うくらいなら', 'くうくらいなら'], ['死んだほうがまし', '死んだ方がまし', 'しんだほうがまし', '死んだほうがマシ', '死んだ方がマシ'], 4)],
  en: [then(['rather die than', 'would rather die than'], ['eat another', 'eating another', 'eat one more', 'have another', 'eat the same', 'eat that'], 4)],
  zh: [then(['再吃', '还要吃', '又要吃', '天天吃'], ['宁愿去死', '宁愿死', '宁可去死', '宁可死', '不如去死', '还不如死'], 16), then(['宁愿死', '宁可死', '宁愿去死'], ['也不要再吃', '也不想再吃', '也不吃'], 4)],
  ko: [then(['또 먹느니', '다시 먹느니', '계속 먹느니', '먹느니'], ['차라리 죽', '죽는 게 낫', '죽는게 낫'], 8)],
  vi: [then(['ăn', 'ăn tiếp', 'ăn lại'], ['thà chết còn hơn', 'thà chết'], 30), then(['thà chết còn hơn', 'thà chết'], ['ăn tiếp', 'ăn lại', 'phải ăn'], 8)],
  ne: [then(['फेरि', 'खानु भन्दा', 'खानुभन्दा', 'khanu bhanda'], ['बरु मर्छु', 'बरु मर्न', 'baru marchhu', 'baru marna'], 30)],
  tl: [then(['mas gugustuhin ko pang mamatay', 'mas gusto ko pang mamatay', 'mamatay na lang ako'], ['kaysa kumain', 'kesa kumain', 'kaysa kainin', 'kesa kainin'], 4)],
  pt: [then(['prefiro morrer', 'prefiro a morte', 'melhor morrer'], ['a comer', 'do que comer', 'que comer', 'a engolir'], 4)],
  id: [then(['mending mati', 'lebih baik mati', 'mendingan mati'], ['daripada makan', 'drpd makan', 'dari pada makan'], 4)],
} as const;
/** “Felt like I had died” (of a day, a shift, a fright) … */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FELT_DEAD = {
  ja: ['死ぬかと思った', 'しぬかとおもった', '死んだかと思った', 'しんだかとおもった', '死んだみたいに', 'しんだみたいに'],
  en: ['felt like i died', 'felt like id died', 'felt like i had died', 'felt like i was dead', 'thought i was going to die', 'thought i was gonna die', 'nearly died', 'almost died'],
  zh: ['像死了一回', '像死了一样', '感觉死了一回', '感觉自己死了', '以为要死了', '差点死了'],
  ko: ['죽는 줄 알았', '죽을 뻔했', '죽은 줄 알았', '죽은 것 같았'],
  vi: ['tưởng chết', 'tưởng mình chết', 'như chết rồi', 'như chết đi sống lại', 'suýt chết'],
  ne: ['मरिसकें जस्तो', 'मरिसके जस्तो', 'मरें जस्तो', 'मरे जस्तो', 'मर्छु जस्तो', 'marisake jasto', 'mare jasto'],
  tl: ['akala ko patay na ako', 'akala ko mamamatay na ako', 'parang namatay ako', 'parang patay na ako', 'muntik na akong mamatay'],
  pt: ['achei que ia morrer', 'achei que fosse morrer', 'parecia que eu tinha morrido', 'pensei que ia morrer', 'quase morri'],
  id: ['rasanya kayak udah mati', 'rasanya sudah mati', 'rasanya udah mati', 'kayak udah mati', 'kirain mau mati', 'hampir mati'],
} as const;
/** …“but I’m okay” said right after. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BUT_IM_OKAY = {
  ja: ['でも大丈夫', 'でもだいじょうぶ', 'けど大丈夫', 'けどだいじょうぶ', 'でも元気', 'でもげんき', '今は大丈夫', 'いまはだいじょうぶ'],
  en: ['but im okay', 'but im ok', 'but im fine', 'but i am fine', 'but i am okay', 'but all good', 'but im alright', 'im fine now', 'im okay now'],
  zh: ['但我没事', '不过我没事', '但是我没事', '但还好', '不过还好', '现在没事', '我还好'],
  ko: ['괜찮아요', '근데 괜찮', '그래도 괜찮', '지금은 괜찮'],
  vi: ['nhưng em ổn', 'nhưng tôi ổn', 'nhưng mình ổn', 'nhưng giờ ổn', 'nhưng không sao', 'em vẫn ổn', 'tôi vẫn ổn'],
  ne: ['तर ठीक छु', 'तर ठिक छु', 'तर सन्चै छु', 'तर म ठीक छु', 'तर म ठिक छु', 'tara thik chhu', 'tara thik chu'],
  tl: ['pero okay lang ako', 'pero ayos lang ako', 'pero okay na ako', 'pero ok lang ako', 'okay lang ako'],
  pt: ['mas tô bem', 'mas to bem', 'mas estou bem', 'mas tá tudo bem', 'mas ta tudo bem', 'mas já passou'],
  id: ['tapi aku baik baik saja', 'tapi saya baik baik saja', 'tapi aku gak apa apa', 'tapi aku nggak apa apa', 'tapi saya tidak apa apa', 'tapi aman', 'tapi udah gapapa'],
} as const;
/** A head that is “about to explode” (or burst) from too much to make sense of. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HEAD_EXPLODES = {
  ja: ['頭が爆発しそう', 'あたまがばくはつしそう', '頭が爆発する', 'あたまがばくはつする', '頭が爆発した', '頭がパンクしそう', 'あたまがぱんくしそう', '頭がパンクする'],
  en: ['head is going to explode', 'head is gonna explode', 'head want to explode', 'head wants to explode', 'head is about to explode', 'head exploding', 'brain is going to explode', 'brain is melting'],
  zh: ['头要炸了', '脑子要炸了', '头都大了', '脑袋要爆炸', '头要爆炸', '脑袋要炸了'],
  ko: ['머리가 터질 것 같', '머리 터질 것 같', '머리가 터지겠', '머리 터지겠'],
  vi: ['đầu muốn nổ tung', 'nổ tung đầu', 'đầu sắp nổ', 'muốn nổ não', 'điên đầu'],
  ne: ['टाउको फुट्ला जस्तो', 'दिमाग फुट्ला जस्तो', 'टाउको फुट्छ', 'tauko phutla jasto', 'dimag phutla jasto'],
  tl: ['sasabog na ang ulo ko', 'sasabog ang ulo ko', 'parang sasabog ang utak ko', 'sasabog na ang utak ko'],
  pt: ['minha cabeça vai explodir', 'cabeça vai explodir', 'cabeça explodindo', 'fundir a cuca', 'fundindo a cuca'],
  id: ['kepala mau pecah', 'kepala mau meledak', 'otak mau meledak', 'kepalaku mau pecah', 'pusing tujuh keliling'],
} as const;
/** …over papers, a visa, a language or study that one cannot make sense of. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CANT_MAKE_SENSE = {
  ja: ['わからない', '分からない', 'わかりません', '分かりません', '書類', 'しょるい', '手続き', 'てつづき', 'ビザ', 'びざ', '更新', 'こうしん', '役所', 'やくしょ', '勉強', 'べんきょう', '漢字', 'かんじ', '日本語', 'にほんご', '宿題', 'しゅくだい', '計算', '申請', 'しんせい'],
  en: ['paperwork', 'forms', 'visa', 'the form', 'documents', 'city hall', 'ward office', 'kanji', 'japanese', 'studying', 'exam', 'homework', 'taxes', 'cant understand', 'dont understand', 'so confusing', 'too many rules'],
  zh: ['材料', '手续', '签证', '文件', '表格', '看不懂', '搞不懂', '不明白', '日语', '汉字', '作业', '考试', '区役所', '市役所'],
  ko: ['서류', '비자', '절차', '신청서', '구청', '시청', '이해가 안', '모르겠', '일본어', '한자', '숙제', '시험'],
  vi: ['giấy tờ', 'visa', 'thủ tục', 'hồ sơ', 'tờ khai', 'không hiểu', 'tiếng nhật', 'chữ hán', 'kanji', 'bài tập', 'thi$'],
  ne: ['कागजपत्र', 'भिसा', 'फारम', 'बुझ्न सकिन', 'बुझिन', 'जापानी भाषा', 'कान्जी', 'visa', 'form', 'kagajpatra', 'bujhina'],
  tl: ['papeles', 'visa', 'dokumento', 'form$', 'forms', 'hindi ko maintindihan', 'di ko maintindihan', 'nihongo', 'kanji', 'exam'],
  pt: ['papelada', 'visto', 'documentos', 'formulário', 'prefeitura', 'não entendo', 'japonês', 'kanji', 'prova'],
  id: ['berkas', 'visa', 'dokumen', 'formulir', 'tidak mengerti', 'gak ngerti', 'nggak ngerti', 'bahasa jepang', 'kanji', 'ujian', 'tugas'],
} as const;
/** A boss, a shift leader or a senior carer: who shouts at a slow worker. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SCOLDING_ROLE = {
  ja: [...AT_WORK.ja, '主任', 'しゅにん', '施設長', 'しせつちょう', '班長', 'はんちょう', '親方', 'おやかた', '職長', 'しょくちょう', '師長', 'ししょう', '監督', 'かんとく'],
  en: [...AT_WORK.en, 'head carer', 'senior carer', 'senior staff', 'charge nurse', 'head nurse', 'shift leader', 'the chef', 'head chef', 'the owner', 'my senpai'],
  zh: [...AT_WORK.zh, '主任', '班长', '护理长', '护士长', '师傅', '老板娘', '前辈'],
  ko: [...AT_WORK.ko, '반장', '주임', '실장', '선임', '사수', '매니저'],
  vi: [...AT_WORK.vi, 'chị quản lý', 'anh quản lý', 'trưởng ca', 'chủ tiệm', 'bà chủ', 'ông chủ', 'chị trưởng', 'anh trưởng'],
  ne: [...AT_WORK.ne, 'साहुजी', 'sahuji', 'manager', 'supervisor'],
  tl: [...AT_WORK.tl, 'supervisor', 'manager', 'amo namin', 'head nurse', 'leader'],
  pt: [...AT_WORK.pt, 'patrão', 'patroa', 'dono da fábrica'],
  id: [...AT_WORK.id, 'senior', 'bos saya', 'bosku', 'kepala shift'],
} as const;
/** The shouted question, in the second person: “do you want to die?”, 「死にたいのか」, «muốn chết à». */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WANNA_DIE_ASKED = {
  ja: ['死にたいのか', 'しにたいのか', '死にてえのか', 'しにてえのか', '死にたいんか', 'しにたいんか', '死にてぇのか', '殺されたいのか', 'ころされたいのか', '死ぬ気か'],
  en: ['do you want to die', 'you want to die', 'wanna die or what', 'do you wanna die', 'you wanna die', 'want to die or what'],
  zh: ['你想死吗', '你想死啊', '你想死是不是', '想死是不是', '你找死', '找死啊', '想死吗', '想死啊'],
  ko: ['죽고 싶냐', '죽고싶냐', '죽고 싶어?', '죽고 싶어 ?', '죽을래', '뒤지고 싶냐', '뒤질래'],
  vi: ['muốn chết à', 'muốn chết hả', 'muốn chết không', 'mày muốn chết', 'muốn chết phải không', 'muốn chết hay sao'],
  ne: ['तँ मर्न', 'तँलाई मर्न', 'मर्न खोजिस्', 'मर्न खोजेको हो', 'ta marna', 'talai marna', 'marna khojis'],
  tl: ['gusto mo bang mamatay', 'gusto mo nang mamatay', 'gusto mong mamatay', 'gusto mo mamatay'],
  pt: ['quer morrer', 'tá querendo morrer', 'ta querendo morrer', 'você quer morrer', 'quer morrer é'],
  id: ['mau mati ya', 'mau mati kamu', 'kamu mau mati', 'mau mati lo', 'lu mau mati', 'lo mau mati', 'mau mati lu'],
} as const;
/** A relative, a friend or a co-worker: someone other than the writer. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SOMEONE_CLOSE = {
  ja: ['友達', '友だち', 'ともだち', '友人', 'ゆうじん', 'いとこ', '従兄弟', '従姉妹', '兄', '姉', '弟', '妹', 'あに', 'あね', 'おとうと', 'いもうと', '叔父', '叔母', '伯父', '伯母', 'おじ', 'おば', '同僚', 'どうりょう', '先輩', '後輩', 'ルームメイト', '彼氏', '息子', '娘'],
  en: ['my cousin', 'my friend', 'a friend', 'my brother', 'my sister', 'my uncle', 'my aunt', 'my roommate', 'my flatmate', 'my coworker', 'my co worker', 'my colleague', 'my nephew', 'my niece', 'my son', 'my daughter', 'my boyfriend', 'my girlfriend', 'my best friend'],
  zh: ['朋友', '表哥', '表姐', '表弟', '表妹', '堂哥', '堂姐', '堂弟', '堂妹', '哥哥', '姐姐', '弟弟', '妹妹', '室友', '同事', '同学', '舅舅', '叔叔', '阿姨', '姑姑', '儿子', '女儿', '男朋友', '女朋友'],
  ko: ['친구', '사촌', '형이', '오빠가', '언니가', '누나가', '동생이', '룸메', '동료', '삼촌', '이모', '고모', '아들이', '딸이', '남자친구', '여자친구'],
  vi: ['bạn em', 'bạn tôi', 'bạn mình', 'bạn cùng phòng', 'anh họ', 'chị họ', 'em họ', 'anh trai', 'chị gái', 'em trai', 'em gái', 'đồng nghiệp', 'cậu em', 'dì em', 'chú em', 'con trai', 'con gái'],
  ne: ['साथी', 'दाइ', 'दिदी', 'भाइ', 'बहिनी', 'काका', 'मामा', 'भान्जा', 'भतिजा', 'sathi', 'dai$', 'didi', 'bhai$', 'bahini', 'kaka', 'mama$'],
  tl: ['pinsan ko', 'kaibigan ko', 'kuya ko', 'ate ko', 'kapatid ko', 'roommate ko', 'katrabaho ko', 'tito ko', 'tita ko', 'pamangkin ko', 'anak ko', 'pinsan'],
  pt: ['meu primo', 'minha prima', 'meu amigo', 'minha amiga', 'um amigo', 'uma amiga', 'meu irmão', 'minha irmã', 'colega de quarto', 'colega de trabalho', 'meu tio', 'minha tia', 'meu sobrinho', 'minha sobrinha'],
  id: ['sepupu', 'teman', 'kawan', 'kakak', 'adik', 'teman sekamar', 'rekan kerja', 'om saya', 'tante', 'keponakan'],
} as const;
/** …and now treated and safe: out of hospital, back home with family, recovered; the writer okay. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TREATED_AND_SAFE = {
  ja: ['今は元気', 'いまはげんき', '今は落ち着', 'いまはおちつ', '命に別状はな', 'いのちにべつじょうはな', '助かった', 'たすかった', '退院', 'たいいん', '回復し', 'かいふくし', '治療を受け', 'ちりょうをうけ', '国に帰って', 'くににかえって', '家族と暮らし', '家族が見て', '私は大丈夫', 'わたしはだいじょうぶ', '私は元気'],
  en: ['is fine now', 'is okay now', 'is ok now', 'is doing better', 'doing well now', 'recovered', 'got treatment', 'was treated', 'got help', 'in treatment', 'survived', 'is safe now', 'safe at home', 'back home with', 'home with', 'im okay', 'im ok$', 'i am okay', 'im fine', 'i am fine'],
  zh: ['已经送医', '送医了', '抢救过来', '救回来', '已经出院', '出院了', '没事了', '现在很好', '恢复了', '由家人照顾', '家人照顾', '回国了', '回台湾', '回老家', '我没事', '我还好', '我自己还好'],
  ko: ['치료받', '치료를 받', '퇴원했', '회복했', '괜찮아졌', '지금은 괜찮', '집에서 지내', '가족이 돌보', '귀국했', '저는 괜찮'],
  vi: ['đã được cấp cứu', 'được cấp cứu', 'được đưa đi viện', 'đã xuất viện', 'xuất viện rồi', 'đã qua khỏi', 'giờ ổn rồi', 'giờ đã ổn', 'đã khỏe', 'về nước rồi', 'gia đình chăm sóc', 'em vẫn ổn', 'tôi vẫn ổn'],
  ne: ['अस्पताल लगियो', 'उपचार भयो', 'उपचार गरियो', 'बचे', 'बचिन्', 'निको भ', 'अहिले ठीक', 'अहिले ठिक', 'घर फर्क', 'म ठीक छु', 'म ठिक छु', 'ahile thik', 'ma thik chhu'],
  tl: ['naisugod sa ospital', 'nadala sa ospital', 'nagamot', 'naka recover', 'nakarecover', 'okay na siya', 'ayos na siya', 'ligtas na siya', 'umuwi na', 'okay lang ako', 'ayos lang ako'],
  pt: ['foi socorrid', 'foi tratad', 'recebeu tratamento', 'se recuperou', 'já está bem', 'está bem agora', 'tá bem agora', 'ta bem agora', 'voltou pro brasil', 'voltou para o brasil', 'voltou para casa', 'com a família', 'eu estou bem', 'eu tô bem', 'eu to bem'],
  id: ['sudah ditangani', 'dibawa ke rumah sakit', 'sudah pulih', 'sudah sembuh', 'sudah baik', 'sekarang baik', 'sudah pulang', 'dirawat keluarga', 'aku baik baik saja', 'saya baik baik saja', 'saya tidak apa apa'],
} as const;

/** Pass 25's idioms of strain, a workplace insult shouted, and a loved one's attempt long treated. */
const STRAIN_AND_SCOLDING: readonly Concept[] = [
  {
    // «o aluguel vai me matar», "the rent is killing me", 「家賃に殺される」, «tiền nhà tháng này giết tôi mất», «sewa
    // kontrakan ini membunuhku»: the bill is who "kills", right before the words (in Nepali joined to it: «भाडाले मार्छ»). A landlord or a person who will kill
    // («o dono disse que vai me matar») is no bill and still alarms.
    name: 'a bill, the rent or the paperwork that “will kill me”',
    signal: null,
    words: inAll((l) =>
      l === 'tl'
        ? eitherWay(BILLS_AND_FORMS[l], KILLS_ME[l], 14)
        : [then(BILLS_AND_FORMS[l], KILLS_ME[l], l === 'ne' ? 1 : l === 'ja' || l === 'zh' ? 4 : 14)],
    ),
  },
  {
    // "I'd rather die than eat another bento", 「またコンビニ弁当を食べるくらいなら死んだほうがまし」, «prefiro morrer a
    // comer outro miojo»: a meal one is sick of. The wish with "than eat …" beside it; "rather die than live like
    // this" and "I'd rather die" alone still alarm.
    name: 'I’d rather die than eat another …',
    signal: null,
    words: inAll((l) => [...RATHER_DIE_THAN_EAT[l]]),
  },
  {
    // «आमालाई हेर्दाहेर्दै म त मरिसकें जस्तो भयो 😅 तर ठीक छु», "felt like I'd died 😅 but I'm okay", «achei que ia
    // morrer 😅 mas tô bem»: worn out, said laughing, with the "but I'm okay" right after. Without it, or with a wish
    // after it, it alarms as before.
    name: 'felt like I had died, but I’m okay',
    signal: null,
    words: inAll((l) => [then(FELT_DEAD[l], BUT_IM_OKAY[l], 40)]),
  },
  {
    // 「ビザ の こうしん が わからない。 あたま が ばくはつ しそう です」, "the visa paperwork makes my head want to
    // explode": too much to make sense of, not a burst vessel. The head and the papers, study or language in the
    // same or the next sentence; "worst headache of my life" and a sudden headache with numbness still alarm.
    name: 'my head is about to explode over papers, a visa or study',
    signal: null,
    words: inAll((l) => eitherWay(CANT_MAKE_SENSE[l], HEAD_EXPLODES[l], 60, 1)),
  },
  {
    // «Chị quản lý cứ quát "muốn chết à" mỗi khi em làm chậm», 「主任が『死にたいのか』と怒鳴る」, "the head carer yells
    // 'do you want to die?'": a workplace insult, the boss's question to the writer, not the writer's wish. The role,
    // then the question in the second person; the writer's own wish beside it («em cũng muốn chết thật») is a word
    // of its own and still alarms.
    name: 'a boss or senior carer shouting “do you want to die?” at a slow worker',
    signal: null,
    words: inAll((l) => [then(SCOLDING_ROLE[l], WANNA_DIE_ASKED[l], l === 'ja' || l === 'zh' ? 30 : 60)]),
  },
  {
    // "My cousin overdosed back home last year … I'm okay", 「友達が去年オーバードーズしたけど、今は国に帰って元気」,
    // 我朋友上個月割腕，已經送醫，現在回台灣由家人照顧: someone close, an attempt told as past, treated and safe now,
    // and the writer who wants to talk. An attempt today or tonight, an overdose with no waking, or the writer's
    // wish to follow still alarm.
    name: 'a relative’s or friend’s overdose or cutting, treated, now safe at home',
    signal: null,
    words: inAll((l) =>
      eitherWay(each(SOMEONE_CLOSE[l], ATTEMPT_TOLD[l], '...'), TREATED_AND_SAFE[l], 120, 2),
    ),
  },
];

/** A wallet, a bank account, savings or pay: what is "dying" in a joke of money. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WALLET: Lists = {
  ja: ['財布', 'さいふ', '口座', 'こうざ', '貯金', 'ちょきん', '家計', 'かけい', '給料', 'きゅうりょう'],
  en: ['my wallet', 'wallet', 'my bank account', 'bank account', 'my savings', 'my budget', 'my paycheck', 'my salary'],
  zh: ['钱包', '荷包', '账户', '存款', '工资'],
  ko: ['지갑', '통장', '텅장', '잔고', '월급'],
  vi: ['ví tiền', 'cái ví', 'ví em', 'ví tôi', 'ví mình', 'tài khoản', 'tiền lương'],
  ne: ['पर्स', 'खल्ती', 'खाता', 'purse', 'khalti'],
  tl: ['wallet ko', 'pitaka ko', 'wallet', 'pitaka', 'sahod ko', 'ipon ko'],
  pt: ['carteira', 'minha carteira', 'conta bancária', 'minha conta', 'meu salário', 'meu bolso'],
  id: ['dompet', 'dompetku', 'dompet saya', 'dompet aku', 'rekening', 'rekeningku', 'tabungan', 'tabunganku', 'gajiku'],
};
/** …“is dying”, said of the wallet right after it («dompetku mau mati», 「財布が瀕死」, "my wallet is dying"). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THING_DYING: Lists = {
  ja: ['が死んで', 'がしんで', 'が死に', 'がしに', 'は死んで', 'はしんで', 'が瀕死', 'がひんし', 'は瀕死', 'はひんし', 'が死亡', 'は死亡', 'が息してない', 'がいきしてない'],
  en: ['is dying', 'is dead', 'wants to die', 'is crying', 'just died', 'died'],
  zh: ['要死了', '快死了', '阵亡', '死了', '在哭', '哭了', '要饿死'],
  ko: ['이 죽어', '가 죽어', '이 죽었', '가 죽었', '죽겠', '이 울', '가 울'],
  vi: ['muốn chết', 'chết rồi', 'sắp chết', 'chết queo', 'khóc thét'],
  ne: ['मर्यो', 'मर्न लाग्यो', 'रित्तियो', 'maryo', 'marna lagyo'],
  tl: ['patay na', 'mamamatay na', 'umiiyak na', 'naghihingalo'],
  pt: ['tá morrendo', 'ta morrendo', 'está morrendo', 'morreu', 'quer morrer', 'chorando', 'tá morta', 'ta morta', 'agonizando'],
  id: ['mau mati', 'udah mati', 'sudah mati', 'sekarat', 'lagi sekarat', 'menangis', 'nangis', 'mati suri'],
};
/** Rent, debt, prices and bills: what "strangles" in a figure of money. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const MONEY_PRESSURE: Lists = {
  ja: ['家賃', 'やちん', 'ローン', '借金', 'しゃっきん', '値上げ', 'ねあげ', '生活費', 'せいかつひ', '物価', 'ぶっか', '支払い', 'しはらい', '税金', 'ぜいきん'],
  en: ['rent', 'the bills', 'my bills', 'debt', 'loan', 'mortgage', 'prices', 'cost of living', 'payments', 'taxes'],
  zh: ['房租', '房贷', '贷款', '欠款', '物价', '生活费', '账单', '涨价', '涨租'],
  ko: ['월세', '집세', '대출', '빚', '이자', '물가', '생활비', '카드값', '관리비'],
  vi: ['tiền nhà', 'tiền thuê nhà', 'khoản nợ', 'khoản vay', 'vật giá', 'giá cả', 'hóa đơn', 'tiền lãi'],
  ne: ['भाडा', 'ऋण', 'कर्जा', 'ब्याज', 'महँगी', 'बिल', 'bhada', 'karja', 'byaj'],
  tl: ['upa', 'renta', 'utang', 'bayarin', 'bills', 'presyo', 'bilihin', 'interes'],
  pt: ['aluguel', 'dívida', 'dívidas', 'empréstimo', 'contas', 'boleto', 'juros', 'preços', 'custo de vida'],
  id: ['sewa', 'kontrakan', 'kos$', 'kosan', 'utang', 'hutang', 'cicilan', 'tagihan', 'harga', 'bunga', 'biaya hidup', 'pinjol'],
};
/** …“like being strangled, slowly”: the simile said, not a hand on a neck. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const STRANGLED_SLOWLY: Lists = {
  ja: ['首を絞められてるみたい', 'くびをしめられてるみたい', '首を絞められているみたい', '首を絞められてるよう', '首を絞められているよう', 'くびをしめられているよう', 'じわじわ首を絞め', 'じわじわくびをしめ', '真綿で首を絞め', 'まわたでくびをしめ'],
  en: ['like being strangled', 'like im being strangled', 'like i am being strangled', 'like being choked', 'like im being choked', 'strangling me slowly', 'slowly strangling me', 'slowly strangled', 'choking me slowly', 'slowly choking me', 'slowly being strangled', 'slowly being choked'],
  zh: ['像被掐住脖子', '像被勒住脖子', '像被人掐着脖子', '慢慢被勒死', '被慢慢勒死', '慢慢勒死我', '钝刀子割肉'],
  ko: ['목을 조르는 것 같', '목이 졸리는 것 같', '서서히 목을 조르', '서서히 목이 졸리', '숨통을 조이', '숨통을 조여'],
  vi: ['như bị bóp cổ', 'như bị siết cổ', 'bóp cổ từ từ', 'siết cổ từ từ', 'từ từ bóp cổ', 'từ từ siết cổ', 'như bị ai bóp cổ'],
  ne: ['घाँटी थिचेजस्तो', 'घाँटी थिचे जस्तो', 'बिस्तारै घाँटी थिच', 'ghati thichejasto', 'ghanti thiche jasto'],
  tl: ['parang sinasakal', 'unti unting sinasakal', 'dahan dahang sinasakal'],
  pt: ['como se estivesse sendo estrangulad', 'me estrangulando aos poucos', 'me enforcando aos poucos', 'me sufocando aos poucos', 'estrangulando aos poucos', 'sendo estrangulada aos poucos', 'sendo estrangulado aos poucos'],
  id: ['kayak dicekik', 'kaya dicekik', 'seperti dicekik', 'bagai dicekik', 'bagaikan dicekik', 'dicekik pelan pelan', 'dicekik perlahan', 'mencekik pelan pelan', 'mencekik perlahan'],
};
/** The company, the job, overtime or the night shift: what "will kill me" in a joke of work. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WORK_AND_COMPANY: Lists = {
  ja: ['会社', 'かいしゃ', '企業', 'きぎょう', '仕事', 'しごと', '残業', 'ざんぎょう', '職場', 'しょくば', 'バイト', '夜勤', 'やきん', 'シフト', '工場', 'こうじょう'],
  en: ['this job', 'my job', 'the job', 'work', 'overtime', 'this company', 'my company', 'the company', 'night shifts', 'the night shift', 'these shifts', 'my shifts', 'the factory'],
  zh: ['公司', '工作', '加班', '上班', '夜班', '工厂'],
  ko: ['회사', '직장', '일', '야근', '잔업', '알바', '공장'],
  vi: ['công ty', 'công ty này', 'công việc', 'công việc này', 'việc làm', 'tăng ca', 'làm thêm giờ', 'ca đêm', 'xưởng', 'xưởng này', 'nhà máy'],
  ne: ['काम', 'ओभरटाइम', 'कम्पनी', 'कारखाना', 'जागिर', 'kaam', 'overtime', 'company'],
  tl: ['trabaho', 'trabaho ko', 'overtime', 'kompanya', 'pabrika', 'night shift'],
  pt: ['trabalho', 'serviço', 'hora extra', 'horas extras', 'firma', 'empresa', 'fábrica', 'turno da noite'],
  id: ['kerjaan', 'kerjaan ini', 'pekerjaan', 'pekerjaan ini', 'kerja', 'lembur', 'kantor', 'kantor ini', 'perusahaan', 'perusahaan ini', 'pabrik', 'pabrik ini', 'shift malam'],
};
/** So poor one "can't go on living" — the hardship itself, in the words of despair (asked for aid: see below). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TOO_POOR_TO_LIVE: Lists = {
  ja: ['お金がなくて生きていけない', 'おかねがなくていきていけない', '貧乏で生きていけない', 'びんぼうでいきていけない', '給料じゃ生きていけない', '給料では生きていけない', '年金じゃ生きていけない', '年金では生きていけない', '年金だけでは生きていけない'],
  en: ['so broke i cant go on', 'so poor i cant go on', 'too poor to live', 'so poor i cant live', 'so broke i cant live', 'cant live on this salary', 'cant live on my pension'],
  zh: ['穷得活不下去', '穷得快活不下去', '穷到活不下去', '穷到快活不下去', '穷得没法活', '穷得活不了', '穷得快活不了', '没钱活不下去', '没钱快活不下去'],
  ko: ['돈이 없어서 못 살겠', '돈 없어서 못 살겠', '가난해서 못 살겠', '월급으로는 못 살', '돈이 없어서 살 수가 없'],
  vi: ['nghèo quá không sống nổi', 'hết tiền không sống nổi', 'không có tiền sống không nổi', 'nghèo đến mức không sống nổi'],
  ne: ['पैसा नभएर बाँच्न सकिन', 'पैसा नभएर बाँच्नै सकिएन', 'गरिबीले बाँच्न सकिन'],
  tl: ['sa hirap hindi na ako mabubuhay', 'walang pera hindi na kami mabubuhay', 'sa hirap hindi na kami mabubuhay'],
  pt: ['tão pobre que não dá pra viver', 'sem dinheiro não dá pra viver', 'não dá pra viver com esse salário', 'não dá pra viver com esse dinheiro'],
  id: ['miskin banget gak bisa hidup', 'gak ada uang gak bisa hidup', 'gaji segini gak bisa hidup', 'miskin sampai gak bisa hidup'],
};
/** …with a subsidy, an allowance or welfare asked for. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const AID_ASKED: Lists = {
  ja: ['補助', 'ほじょ', '手当', 'てあて', '生活保護', 'せいかつほご', '支援', 'しえん', '申請', 'しんせい', '給付', 'きゅうふ'],
  en: ['subsidy', 'allowance', 'benefit', 'benefits', 'welfare', 'assistance', 'apply for', 'financial help', 'financial aid'],
  zh: ['补助', '补贴', '救助', '低保', '生活保护', '怎么申请', '如何申请', '能申请', '可以申请', '福利', '津贴', '援助'],
  ko: ['지원금', '보조금', '수당', '생활보호', '신청', '복지'],
  vi: ['trợ cấp', 'hỗ trợ', 'đăng ký', 'phúc lợi', 'trợ giúp'],
  ne: ['सहायता', 'भत्ता', 'अनुदान', 'सहयोग', 'आवेदन', 'sahayata', 'bhatta', 'sahayog'],
  tl: ['ayuda', 'tulong pinansyal', 'allowance', 'subsidy', 'benepisyo', 'mag apply'],
  pt: ['auxílio', 'ajuda financeira', 'subsídio', 'benefício', 'como pedir', 'como solicitar', 'seikatsu hogo'],
  id: ['bantuan', 'subsidi', 'tunjangan', 'cara mengajukan', 'cara daftar', 'seikatsu hogo'],
};
/** Who said it, as the writer tells it: a boss or a senior (see `SCOLDING_ROLE`), then "said (that)". */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SAID_THAT: Lists = {
  ja: [],
  en: ['said', 'told me', 'says', 'tells me', 'yelled', 'shouted', 'screamed'],
  zh: ['说', '跟我说', '对我说', '骂我', '骂我说'],
  ko: [],
  vi: ['nói', 'bảo', 'chửi', 'mắng', 'nói là', 'bảo là'],
  ne: [],
  tl: [],
  pt: ['disse que', 'falou que', 'diz que', 'gritou que', 'me disse que'],
  id: ['bilang', 'bilang kalau', 'bilang kalo', 'ngomong', 'berkata', 'bilang ke saya'],
};
/** …or, where the language quotes first, the words of saying after the insult: 「…って言われ」, «…라고 했», «…भने». */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SAID_AFTER_QUOTE: Lists = {
  ja: ['って言われ', 'と言われ', 'っていわれ', 'といわれ', 'って怒鳴られ', 'と怒鳴られ', 'ってどなられ', 'って言った', 'と言った', 'って言う', 'と言う'],
  en: [],
  zh: [],
  ko: ['라고', '래요', '라며', '라는'],
  vi: [],
  ne: [' भने', ' भन्यो', ' भन्नुभयो', ' भन्छन्', ' भन्छ', ' bhane', ' bhanyo'],
  tl: [],
  pt: [],
  id: [],
};
/** Tagalog names the speaker after the saying: «sabi ng amo ko, …». */
const SAID_BY_TL = ['sabi ng', 'sinabi ng', 'sabi sa akin ng', 'sinabihan ako ng'];

/** Hitting told as the writer's past in more everyday forms (with `HIT_PAST`). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HIT_BEFORE: Lists = {
  ja: ['たたかれた', '叩かれた', 'なぐられた', '殴られた', 'たたいていました', '叩いていました', 'なぐっていました', '殴っていました', '暴力を振るわれていました', 'ぼうりょくをふるわれていました', '暴力を受けた', 'ぼうりょくをうけた', '暴力がありました', 'ぼうりょくがありました'],
  en: ['used to hit me', 'used to beat me', 'hit me before', 'hit me in the past', 'beat me before', 'was violent', 'used to be violent', 'abused me', 'would hit me', 'hit me years ago', 'used to hurt me'],
  zh: ['以前打我', '以前打过我', '以前会打我', '以前经常打我', '以前被打', '曾经打我', '以前家暴', '打过我', '被家暴过'],
  ko: ['예전에 때렸', '전에 때렸', '때리곤 했', '맞곤 했', '맞았었', '때렸었', '폭력을 썼었', '폭력을 당했었', '예전에 맞았'],
  vi: ['trước đây đánh', 'trước đây hay đánh', 'trước kia hay đánh', 'từng đánh', 'từng bị đánh', 'hồi trước hay đánh', 'đã từng đánh', 'từng bạo hành'],
  ne: ['कुटपिट गर्थे', 'कुटपिट गर्थ्यो', 'कुटपिट गर्नुहुन्थ्यो', 'कुट्थे', 'कुट्थ्यो', 'हिंसा गर्थे', 'हिंसा गर्थ्यो', 'kutpit garthe', 'kutpit garthyo'],
  tl: ['dati sinasaktan ako', 'dati akong sinasaktan', 'sinasaktan niya ako dati', 'binubugbog niya ako dati', 'dati niya akong binubugbog', 'sinaktan niya ako noon', 'nananakit siya dati'],
  pt: ['me batia', 'me agredia', 'já me bateu', 'me bateu antes', 'me bateu no passado', 'era violento', 'sofri violência', 'apanhava dele'],
  id: ['dulu suka mukul', 'dulu sering mukul', 'dulu memukul', 'sering mukul', 'suka mukul', 'sering memukul', 'suka memukul', 'dulu dipukul', 'pernah dipukul', 'pernah memukul', 'dulu kdrt', 'pernah kdrt', 'pernah kena kdrt'],
};
/** Every form of hitting told as past (`HIT_PAST`, `HIT_BEFORE`): a partner's blows before the parting. */
export const HIT_TOLD_AS_PAST: Lists = {
  ja: [...HIT_PAST.ja, ...HIT_BEFORE.ja],
  en: [...HIT_PAST.en, ...HIT_BEFORE.en],
  zh: [...HIT_PAST.zh, ...HIT_BEFORE.zh],
  ko: [...HIT_PAST.ko, ...HIT_BEFORE.ko],
  vi: [...HIT_PAST.vi, ...HIT_BEFORE.vi],
  ne: [...HIT_PAST.ne, ...HIT_BEFORE.ne],
  tl: [...HIT_PAST.tl, ...HIT_BEFORE.tl],
  pt: [...HIT_PAST.pt, ...HIT_BEFORE.pt],
  id: [...HIT_PAST.id, ...HIT_BEFORE.id],
};
/** Parted from him, said as done or as the state of now (no "safe" needed: the harm is not now). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PARTED_NOW: Lists = {
  ja: ['いまはわかれました', '今は別れました', 'いまはりこんしました', '今は離婚しました', 'もうわかれました', 'もう別れました', 'もうりこんしました', 'もう離婚しました', '離婚しました', 'りこんしました', '別れました', 'わかれました', '今は別居', 'いまはべっきょ', '別居しています', 'べっきょしています', '今は別々に暮らし', 'いまはべつべつにくらし', '今は離れて暮らし', 'いまははなれてくらし'],
  en: ['we separated', 'we are separated', 'were separated', 'we divorced', 'we got divorced', 'we are divorced', 'were divorced', 'im divorced', 'im separated', 'we split up', 'we broke up', 'i left him', 'we live apart', 'we live separately', 'now separated', 'now divorced', 'no longer together', 'not together anymore'],
  zh: ['已经离婚', '离婚了', '已经分开', '分开了', '已经分居', '分居了', '现在分开住', '离开他了', '已经离开他', '分手了'],
  ko: ['이혼했', '헤어졌', '별거 중', '별거하고', '따로 살', '지금은 따로'],
  vi: ['đã ly hôn', 'ly hôn rồi', 'đã chia tay', 'chia tay rồi', 'đã ly thân', 'ly thân rồi', 'giờ sống riêng', 'bây giờ sống riêng'],
  ne: ['छुट्टिएर बसेको छु', 'छुट्टिएर बसेकी छु', 'छुट्टिएर बस्छु', 'छुट्टियौं', 'छुट्टिइसकें', 'छुट्टिसकें', 'सम्बन्धविच्छेद भयो', 'डिभोर्स भयो', 'अलग बस्छु', 'अलग बसेको छु', 'अलग बसेकी छु', 'chuttiyera baseko chhu', 'alag baseko chhu', 'divorce bhayo'],
  tl: ['hiwalay na kami', 'naghiwalay na kami', 'naghiwalay kami', 'hiwalay na ako', 'iniwan ko na siya', 'hindi na kami magkasama'],
  pt: ['nos separamos', 'me separei', 'estamos separados', 'já me separei', 'me divorciei', 'nos divorciamos', 'somos divorciados', 'moramos separados'],
  id: ['sudah cerai', 'udah cerai', 'sudah pisah', 'udah pisah', 'sudah berpisah', 'kami berpisah', 'kami bercerai', 'sudah bercerai', 'tinggal terpisah', 'pisah rumah'],
};
/** First aid learnt: a course, a class, a training, where overdoses are a topic. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FIRST_AID_LEARNT: Lists = {
  ja: ['救命講習', 'きゅうめいこうしゅう', '応急手当の講習', 'おうきゅうてあてのこうしゅう', '応急処置の講習', 'おうきゅうしょちのこうしゅう', '応急手当講習', '救急講習', 'きゅうきゅうこうしゅう'],
  en: ['first aid course', 'first aid class', 'first aid training', 'first aid', 'cpr course', 'cpr class', 'refresher'],
  zh: ['急救课', '急救培训', '急救课程', '应急培训', '急救讲座', '急救知识'],
  ko: ['응급처치 교육', '응급처치 강습', '응급처치 수업', '응급처치 강의', '심폐소생술 교육'],
  vi: ['khóa sơ cứu', 'lớp sơ cứu', 'khóa học sơ cứu', 'tập huấn sơ cứu'],
  ne: ['प्राथमिक उपचार तालिम', 'प्राथमिक उपचार कक्षा', 'प्राथमिक उपचार', 'first aid'],
  tl: ['first aid training', 'first aid seminar', 'first aid class', 'first aid'],
  pt: ['curso de primeiros socorros', 'aula de primeiros socorros', 'treinamento de primeiros socorros', 'primeiros socorros'],
  id: ['pelatihan p3k', 'kursus p3k', 'p3k', 'pelatihan pertolongan pertama', 'pertolongan pertama'],
};
/** …overdoses as what was taught: the topic, not an act (`overdosed`, «飲んだ» are not here). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const OVERDOSE_TAUGHT: Lists = {
  ja: ['過量服薬について', 'かりょうふくやくについて', '過量服薬の対応', 'オーバードーズについて', 'おーばーどーずについて', 'オーバードーズの対応', '過量服薬の話', 'オーバードーズの話', '薬物過量の'],
  en: ['about overdoses', 'the part about overdoses', 'on overdoses', 'overdoses', 'overdose response', 'respond to an overdose', 'what to do in an overdose', 'what to do for an overdose', 'treating an overdose', 'naloxone'],
  zh: ['药物过量的处理', '药物过量的急救', '药物过量怎么处理', '关于药物过量', '服药过量的处理', '过量服药的处理', '药物过量那部分'],
  ko: ['약물 과다복용 대처', '과다복용 대처', '과다복용에 대한', '약물 과다복용에 대해', '과다복용 부분'],
  vi: ['xử lý quá liều', 'sơ cứu quá liều', 'về quá liều', 'phần quá liều'],
  ne: ['ओभरडोजको बारेमा', 'ओभरडोज भएमा', 'overdose ko barema'],
  tl: ['tungkol sa overdose', 'pag may nag overdose', 'kapag may nag overdose'],
  pt: ['sobre overdose', 'parte de overdose', 'parte sobre overdose', 'casos de overdose', 'em caso de overdose'],
  id: ['tentang overdosis', 'soal overdosis', 'penanganan overdosis', 'kalau ada yang overdosis', 'jika ada yang overdosis'],
};
/**
 * A parent alone all day with the baby, the writer with the child: "I'm alone with (the baby) all day", «tô sozinha
 * com (o bebê) o dia todo», 我带着(宝宝)一整天一个人. The writer says it (I, we), and the child's own word is left out
 * of the figure (it lies in the gap), so that a blow or a shake told of the child beside it is still read, and a
 * child alone with a sibling («ela fica sozinha com o irmão o dia todo») is no parent's. (Japanese, Korean and
 * Nepali leave the "I" out, and put the child alone in the same words: none here.)
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ALONE_WITH: Lists = {
  ja: [],
  en: ['im alone with', 'i am alone with', 'im home alone with', 'i am home alone with', 'im by myself with', 'i am by myself with', 'just me and', 'its just me and'],
  zh: ['我带着', '我陪着', '我一个人带着', '我和', '我跟'],
  ko: [],
  vi: ['em ở nhà một mình với', 'tôi ở nhà một mình với', 'em một mình với', 'tôi một mình với', 'em một mình trông', 'tôi một mình trông', 'em một mình chăm', 'tôi một mình chăm'],
  ne: [],
  tl: ['mag isa ako kasama', 'ako lang mag isa kasama', 'kami lang ng', 'kami lang ni', 'ako lang at'],
  pt: ['fico sozinha com', 'estou sozinha com', 'tô sozinha com', 'to sozinha com', 'fico sozinho com', 'estou sozinho com', 'só eu e'],
  id: ['aku sendirian sama', 'saya sendirian sama', 'aku sendirian dengan', 'saya sendirian dengan', 'aku cuma berdua sama', 'saya cuma berdua dengan', 'aku berdua sama', 'saya berdua dengan'],
};
/** …all day long (in Chinese, «一整天一个人»: all day on one's own). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ALL_DAY_LONG: Lists = {
  ja: ['ふたりきり', '二人きり', '一日中', 'いちにちじゅう', '毎日', 'まいにち'],
  en: ['all day', 'every day', 'all the time'],
  zh: ['一整天一个人', '整天一个人', '一整天两个人', '整天两个人'],
  ko: ['하루 종일', '온종일', '매일'],
  vi: ['cả ngày', 'suốt ngày', 'từ sáng đến tối'],
  ne: ['दिनभर', 'दिनभरि', 'dinbhar'],
  tl: ['buong araw', 'araw araw', 'maghapon'],
  pt: ['o dia todo', 'o dia inteiro', 'todo dia', 'todos os dias'],
  id: ['seharian', 'sepanjang hari', 'tiap hari', 'setiap hari'],
};
/** …and lonely, crying, no one to talk to: why the parent writes (a child hit or shaken is no loneliness). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LONELY_PARENT: Lists = {
  ja: [],
  en: ['want to cry', 'i cry a lot', 'cry all the time', 'so lonely', 'im lonely', 'no friends', 'no one to talk to', 'nobody to talk to', 'so isolated'],
  zh: ['好想哭', '很想哭', '想哭', '好孤独', '很孤独', '好寂寞', '很寂寞', '没有朋友', '没人说话', '没人可以说话'],
  ko: [],
  vi: ['muốn khóc', 'cô đơn', 'buồn quá', 'không có bạn', 'không có ai nói chuyện'],
  ne: [],
  tl: ['gusto kong umiyak', 'naiiyak', 'malungkot', 'walang kausap', 'walang kaibigan'],
  pt: ['vontade de chorar', 'choro muito', 'solidão', 'sem amigos', 'sem ninguém pra conversar', 'só queria conversar'],
  id: ['pengen nangis', 'ingin menangis', 'kesepian', 'gak ada teman', 'nggak ada teman', 'tidak ada teman', 'gak ada yang diajak ngobrol'],
};
/** Moving out or going home, said as what will happen: why a neighbour gives a key back. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const MOVING_AWAY: Lists = {
  ja: ['引っ越すらしい', 'ひっこすらしい', '引っ越すので', 'ひっこすので', '引っ越すから', 'ひっこすから', '引っ越しするので', '引っ越しするから', '引っ越しました', 'ひっこしました', '帰国するので', '帰国するから', '帰国するらしい', '実家に帰るらしい', '実家に帰るので', '実家に帰るから', '退去する'],
  en: ['shes moving', 'hes moving', 'she is moving', 'he is moving', 'theyre moving', 'they are moving', 'she moved out', 'he moved out', 'they moved out', 'moving back to', 'going back to'],
  zh: ['要搬家了', '搬家了', '要搬走了', '搬走了', '要回国了', '回国了', '退租了'],
  ko: ['이사 간다고', '이사 간대', '이사를 간대', '이사 가게 됐', '이사했', '귀국한대', '귀국하게 됐'],
  vi: ['sắp chuyển nhà', 'sắp chuyển đi', 'sắp dọn đi', 'sắp về nước', 'chuyển nhà rồi', 'dọn đi rồi'],
  ne: ['घर सर्दै', 'सर्दैछ', 'नेपाल फर्कंदै', 'नेपाल फर्किंदै'],
  tl: ['lilipat na', 'lumipat na', 'uuwi na sa'],
  pt: ['vai se mudar', 'vai mudar de casa', 'vai mudar de cidade', 'se mudou', 'vai voltar pro', 'vai voltar para o'],
  id: ['mau pindah', 'akan pindah', 'sudah pindah', 'udah pindah', 'pindahan', 'mau pulang ke', 'akan pulang ke'],
};

/** Pass 25 (lexicon): strain with money and work, an insult quoted, hitting long parted from, first aid, a lonely parent. */
const STRAIN_PARTED_AND_TAUGHT: readonly Concept[] = [
  {
    // «Sewa naik lagi, rasanya dompetku mau mati aja 😭», "my wallet is dying after rent", 「給料日前で財布が瀕死」: the
    // wallet is who "dies", right before the word. "My wallet is empty and I want to die" (a wish of its own) still alarms.
    name: 'a wallet, a bank account or pay that is “dying”',
    signal: null,
    words: inAll((l) => [then(WALLET[l], THING_DYING[l], near(l, 2, 4))]),
  },
  {
    // «Sewa apartemen naik lagi, rasanya kayak dicekik pelan-pelan», "the rent is like being strangled slowly",
    // 「家賃の値上げで真綿で首を絞められてるみたい」: the simile, beside money in the same or the next sentence. A hand on a
    // neck («suami mencekik saya») is no simile and still alarms.
    name: 'rent or debt that is “like being strangled, slowly”',
    signal: null,
    words: inAll((l) => eitherWay(MONEY_PRESSURE[l], STRANGLED_SLOWLY[l], near(l, 40, 100), 1)),
  },
  {
    // 「会社に殺される」, "this job is killing me", «O trabalho tá me matando», «kerjaan ini membunuhku»: the bill that "will
    // kill me" (above), said of the company, the job, overtime. The work right before the words, nothing between: "at
    // work he said he will kill me" still alarms.
    name: 'the company, the job or overtime that “will kill me”',
    signal: null,
    words: inAll((l) =>
      l === 'tl'
        ? eitherWay(WORK_AND_COMPANY[l], KILLS_ME[l], 5)
        : [then(WORK_AND_COMPANY[l], KILLS_ME[l], l === 'ne' ? 1 : 2)],
    ),
  },
  {
    // 「离婚后一个人带两个孩子，穷得快活不下去了，单亲补助怎么申请」, "so broke I can't go on — is there a subsidy?": the
    // hardship in despair's words, with aid asked. A bare 活不下去了, or with no aid asked, still alarms.
    name: 'so poor one “can’t go on living”, asking for a subsidy',
    signal: null,
    words: inAll((l) => eitherWay(TOO_POOR_TO_LIVE[l], AID_ASKED[l], near(l, 40, 100), 1)),
  },
  {
    // 「上司に『お前なんか死んでも誰も困らない』って言われた」, "my boss said nobody would care if I died", 老板说我死了也没
    // 人在乎: an insult at work, reported (the writer can't sleep over it). The writer agreeing with it is a wish of
    // its own (concepts-suicide.ts), and so is the same sentence said again as the writer's.
    name: 'a boss’s insult reported: nobody would care if you died',
    signal: null,
    words: inAll((l) => {
      const insult = NOBODY_CARES_IF_DEAD[l];
      if (l === 'tl') return [then(cross(SAID_BY_TL, SCOLDING_ROLE[l], ' '), insult, 8)];
      if (SAID_THAT[l].length > 0)
        return [then(cross(SCOLDING_ROLE[l], SAID_THAT[l], ' '), insult, near(l, 3, 12))];
      return [then(SCOLDING_ROLE[l], cross(insult, SAID_AFTER_QUOTE[l]), near(l, 30, 40))];
    }),
  },
  {
    // 「まえ の おっと に たたかれました。 いま は わかれました。」, «मेरो श्रीमानले पहिले कुटपिट गर्थे, अहिले छुट्टिएर बसेको छु»,
    // "he used to hit me, we're divorced now": the hitting told as past and the parting said after it (the narrower
    // "parted and safe" is above). A blow again, a threat, or the ex who found the new address (concepts-violence.ts)
    // still alarm.
    name: 'hitting told as past, then the parting said',
    signal: null,
    words: inAll((l) => [then(HIT_TOLD_AS_PAST[l], PARTED_NOW[l], 100, 2)]),
  },
  {
    // "Took a first aid course and the part about overdoses stuck with me", 「救命講習でオーバードーズについて習った」:
    // overdoses as a topic taught. An overdose now ("my roommate overdosed") is no topic and still alarms.
    name: 'overdoses as a topic of a first-aid course',
    signal: null,
    words: inAll((l) => eitherWay(FIRST_AID_LEARNT[l], OVERDOSE_TAUGHT[l], near(l, 40, 100), 1)),
  },
  {
    // 「在日本没有朋友…我带着宝宝一整天一个人，好想哭」, "I'm alone with my baby all day, so lonely": a lonely parent with
    // the child, not a child left alone — the loneliness said beside it. "The baby is alone all day while I work",
    // and the same day told with a blow («…昨天实在忍不住打了他»), still alarm.
    name: 'a parent alone all day with the baby, and lonely',
    signal: null,
    words: inAll((l) =>
      eitherWay(each(ALONE_WITH[l], ALL_DAY_LONG[l], '...'), LONELY_PARENT[l], near(l, 30, 60), 1),
    ),
  },
  {
    // A neighbour who gives the spare key back because she moves («…合鍵を返しに来た。来月引っ越すらしい»): no goodbye
    // (see the key given back with thanks in concepts-suicide.ts). "She isn't moving" names no move.
    name: 'a key given back because of a move',
    signal: null,
    words: inAll((l) => eitherWay(KEY_GIVEN_BACK[l], MOVING_AWAY[l], near(l, 60, 150), 2)),
  },
];

/** A film, a series or a drama, and the scene in it: what was watched, not what happened. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SCENE_WATCHED: Lists = {
  ja: ['映画で', '映画の', 'えいがで', 'えいがの', 'ドラマで', 'ドラマの', 'どらまで', 'どらまの', 'アニメで', 'アニメの', 'シーン', 'しーん', '場面'],
  en: ['scene where', 'scene of', 'scene with', 'movie where', 'movie with', 'film where', 'film with', 'show where', 'series where', 'in the movie', 'in the film', 'in the show', 'in a movie', 'in a film'],
  zh: ['电影里', '电影中', '电影的', '电影有', '剧里', '剧中', '镜头', '场景', '画面', '情节'],
  ko: ['영화에서', '영화 속', '영화에', '드라마에서', '드라마 속', '장면'],
  vi: ['phim có cảnh', 'cảnh phim', 'trong phim có', 'bộ phim có', 'đoạn phim có'],
  ne: ['फिल्ममा', 'चलचित्रमा', 'दृश्य', 'सिरियलमा', 'film ma', 'movie ma', 'drishya'],
  tl: ['movie na may', 'pelikula na may', 'palabas na may', 'eksena', 'sa movie', 'sa pelikula', 'teleserye na may'],
  pt: ['cena', 'no filme', 'na série', 'na novela', 'filme que', 'filme com', 'filme em que', 'série em que'],
  id: ['adegan', 'di film', 'dalam film', 'film yang', 'film dengan', 'di drama', 'drama yang'],
};

/**
 * A jump from a bridge, a building or onto the tracks, as a scene or a report tells it: done by someone (past or
 * third person where the language marks it), so that "I want to jump" is never one of them.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const JUMP_FROM_HIGH: Lists = {
  ja: ['飛び降りた', 'とびおりた', '飛び降りる', 'とびおりる', '飛び込んだ', 'とびこんだ', '飛び込む', 'とびこむ', '飛び降りのシーン', 'とびおりのしーん', '身投げした', '人身事故'],
  en: ['jumps off', 'jumped off', 'jumping off', 'jumps from', 'jumped from', 'jumping from', 'jumps in front of', 'jumped in front of', 'throws himself', 'throws herself', 'threw himself', 'threw herself'],
  zh: ['跳楼了', '跳桥了', '跳河了', '跳下去了', '卧轨了', '跳轨了', '卧轨自杀', '跳楼自杀', '跳楼的', '跳桥的', '卧轨的'],
  ko: ['뛰어내린', '뛰어내렸', '뛰어내리는', '투신한', '투신했'],
  vi: ['nhảy cầu', 'nhảy lầu', 'nhảy sông', 'nhảy xuống', 'lao xuống', 'lao vào tàu'],
  ne: ['पुलबाट हाम', 'भवनबाट हाम', 'हाम फाल', 'ham fal', 'haam fal'],
  tl: ['tumalon sa', 'tumalon mula sa', 'tumatalon sa', 'tumalon'],
  pt: ['pula da ponte', 'pulou da ponte', 'pula do prédio', 'pulou do prédio', 'se jogou', 'se joga', 'pulando da ponte', 'pulando do prédio'],
  id: ['lompat dari', 'melompat dari', 'loncat dari', 'terjun dari', 'menjatuhkan diri'],
};

/** Seen or read in the news: what happened to a stranger (someone on the line I take every day). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SEEN_IN_THE_NEWS: Lists = {
  ja: ['ニュースで', 'にゅーすで', 'ニュースによると', '新聞で', 'しんぶんで', 'ネットで見', '人身事故'],
  en: ['on the news', 'in the news', 'news said', 'news that', 'read online that', 'read that someone', 'saw on the news'],
  zh: ['看新闻', '新闻说', '新闻上说', '新闻里', '新闻报道', '报道说', '网上看到'],
  ko: ['뉴스에서', '뉴스 보니', '뉴스를 보니', '기사에서', '기사를 보니'],
  vi: ['xem tin tức', 'đọc tin', 'trên báo', 'tin tức nói', 'báo đăng', 'trên tin tức'],
  ne: ['समाचारमा', 'समाचार हेर्दा', 'samachar ma'],
  tl: ['sa balita', 'napanood ko sa balita', 'nabasa ko sa balita'],
  pt: ['no jornal', 'na notícia', 'vi na notícia', 'vi no jornal', 'deu no jornal', 'li que'],
  id: ['di berita', 'lihat berita', 'baca berita', 'berita bilang', 'berita tentang'],
};

/** Bereaved by a suicide: lost someone to it, a group for those left behind. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BEREAVED_BY_SUICIDE: Lists = {
  ja: ['自死遺族', 'じしいぞく', '自殺で亡くし', 'じさつでなくし', '自殺で亡くなっ', 'じさつでなくなっ', '自死で亡くし', '自死で亡くなっ', '自殺遺族'],
  en: ['lost someone to suicide', 'lost a friend to suicide', 'lost my friend to suicide', 'lost my best friend to suicide', 'lost my brother to suicide', 'lost my sister to suicide', 'lost my son to suicide', 'lost my daughter to suicide', 'lost my mum to suicide', 'lost my mom to suicide', 'lost my dad to suicide', 'lost my husband to suicide', 'lost my wife to suicide', 'lost a loved one to suicide', 'lost loved ones to suicide', 'suicide loss', 'suicide bereavement', 'bereaved by suicide', 'survivors of suicide'],
  zh: ['自杀者家属', '自杀遗属', '自杀者遗属', '因自杀失去', '因为自杀失去', '自杀离世', '自杀去世'],
  ko: ['자살 유가족', '자살유가족', '자살 사별', '자살로 잃', '자살로 떠나보', '자살로 세상을 떠났'],
  vi: ['mất vì tự tử', 'mất do tự tử', 'qua đời vì tự tử', 'tự tử mất', 'người thân tự tử', 'gia đình người tự tử'],
  ne: ['आत्महत्याले गुमाए', 'आत्महत्याबाट गुमाए', 'आत्महत्या गरेर बित्नु', 'atmahatya le gumaye'],
  tl: ['nawala dahil sa suicide', 'namatay dahil sa suicide', 'nag suicide noong', 'nagpakamatay noong', 'naiwan ng nagpakamatay'],
  pt: ['perdeu alguém para o suicídio', 'perderam alguém para o suicídio', 'perdi...para o suicídio', 'enlutados por suicídio', 'sobreviventes do suicídio', 'luto por suicídio'],
  id: ['kehilangan karena bunuh diri', 'kehilangan orang karena bunuh diri', 'meninggal karena bunuh diri', 'keluarga korban bunuh diri', 'penyintas kehilangan'],
};
/** …and the death set years or months back, or a group for the bereaved asked for. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LONG_AGO_OR_A_GROUP: Lists = {
  ja: ['年前', 'ねんまえ', '去年', 'きょねん', 'わかちあい', '分かち合い', '遺族の会', 'いぞくのかい', '自助グループ'],
  en: ['years ago', 'year ago', 'months ago', 'last year', 'support group', 'grief group', 'bereavement group'],
  zh: ['年前', '去年', '互助会', '支持小组', '互助小组', '家属会'],
  ko: ['년 전', '작년', '모임', '자조 모임', '지지 모임'],
  vi: ['năm trước', 'năm ngoái', 'nhóm hỗ trợ', 'nhóm chia sẻ'],
  ne: ['वर्ष अघि', 'वर्षअघि', 'गत वर्ष', 'सहायता समूह', 'barsha aghi'],
  tl: ['taon na ang nakalipas', 'noong isang taon', 'support group'],
  pt: ['anos atrás', 'ano passado', 'há dois anos', 'há anos', 'grupo de apoio', 'grupo de luto'],
  id: ['tahun lalu', 'tahun yang lalu', 'kelompok dukungan', 'support group', 'grup dukungan'],
};

/** A threat to kill received in a message or a call. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const KILL_THREAT_SENT: Lists = {
  ja: ['殺す', 'ころす', '殺される', 'ころされる', '殺してやる', 'ころしてやる'],
  en: ['kill you', 'kill me', 'kill your', 'will kill', 'gonna kill', 'going to kill'],
  zh: ['杀了你', '杀你', '弄死你', '要你的命', '杀了我'],
  ko: ['죽이겠', '죽인다', '죽여 버리', '죽여버리'],
  vi: ['giết mày', 'giết bạn', 'giết em', 'giết tôi', 'giết cả nhà'],
  ne: ['मारिदिन्छु', 'मार्छु', 'मारिदिन्छौं', 'maridinchhu', 'marchhu'],
  tl: ['papatayin ka', 'papatayin kita', 'papatayin ko', 'papatayin namin', 'papatayin kayo'],
  pt: ['vamos te matar', 'vou te matar', 'vão te matar', 'te matar'],
  id: ['bunuh kamu', 'membunuhmu', 'kubunuh', 'kami bunuh', 'bunuh kau'],
};
/** …that turned out to be a scam, or was reported to the police already. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const A_SCAM_REPORTED: Lists = {
  ja: ['詐欺だった', 'さぎだった', '詐欺でした', 'さぎでした', '詐欺メール', 'さぎめーる', '迷惑メール', '警察に届け', 'けいさつにとどけ', '警察に相談しました'],
  en: ['was a scam', 'turned out to be a scam', 'just a scam', 'scam text', 'scam message', 'scam call', 'spam message', 'reported it to the police', 'already reported'],
  zh: ['是诈骗', '诈骗短信', '诈骗电话', '诈骗讯息', '骗子', '已经报警', '报警了'],
  ko: ['사기였', '사기 문자', '보이스피싱', '스미싱', '신고했'],
  vi: ['là lừa đảo', 'tin nhắn lừa đảo', 'cuộc gọi lừa đảo', 'đã báo công an', 'báo công an rồi', 'báo cảnh sát rồi'],
  ne: ['ठगी रहेछ', 'ठगी थियो', 'ठगीको म्यासेज', 'प्रहरीलाई खबर', 'thagi rahechha', 'thagi thiyo'],
  tl: ['scam pala', 'scam lang', 'scammer', 'na report ko na', 'ni report ko na', 'nireport ko na', 'nag report na ako'],
  pt: ['era golpe', 'é golpe', 'foi golpe', 'golpista', 'mensagem de golpe', 'já fiz boletim', 'já denunciei', 'registrei boletim'],
  id: ['ternyata penipuan', 'penipuan', 'modus penipuan', 'sms penipuan', 'sudah lapor polisi', 'udah lapor polisi', 'sudah saya laporkan'],
};

/** A kitchen knife held, and the hands shaking: a tremor, not a threat. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const KNIFE_HELD: Lists = {
  ja: ['包丁を握る', '包丁をにぎる', 'ほうちょうをにぎる', '包丁を持つ', 'ほうちょうをもつ', '包丁を使う', 'ほうちょうをつかう'],
  en: ['holds a knife', 'holding a knife', 'holds the knife', 'holding the knife', 'uses a knife', 'using a knife', 'chopping'],
  zh: ['拿菜刀', '拿刀', '握着刀', '握刀', '用菜刀', '切菜'],
  ko: ['칼을 잡으', '칼을 쥐', '칼질', '칼을 들면'],
  vi: ['cầm dao', 'dùng dao', 'thái rau'],
  ne: ['चक्कु समात', 'चक्कु चलाउ', 'chakku samat'],
  tl: ['humahawak ng kutsilyo', 'hawak ang kutsilyo', 'humawak ng kutsilyo', 'gumamit ng kutsilyo'],
  pt: ['segura a faca', 'segurar a faca', 'pega a faca', 'pegar a faca', 'usa a faca', 'usar a faca'],
  id: ['pegang pisau', 'memegang pisau', 'pakai pisau', 'memakai pisau'],
};
/** …and the hands trembling. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HANDS_TREMBLE: Lists = {
  ja: ['手が震え', 'てがふるえ', '手がふるえ', '震えて', 'ふるえて'],
  en: ['hands shake', 'hands are shaking', 'hands tremble', 'hands trembling', 'tremor', 'shaky hands', 'hand shakes'],
  zh: ['手抖', '手就抖', '手一直抖', '手发抖', '手会抖', '颤抖'],
  ko: ['손이 떨', '손 떨림', '손떨림'],
  vi: ['tay run', 'run tay', 'tay bị run'],
  ne: ['हात काम्छ', 'हात काँप्छ', 'हात कामिरहन्छ', 'haat kamchha'],
  tl: ['nanginginig ang kamay', 'nanginginig kamay', 'nanginginig'],
  pt: ['mão treme', 'mãos tremem', 'tremendo', 'tremor'],
  id: ['tangannya gemetar', 'tangan gemetar', 'gemetaran', 'tremor'],
};

/** Teeth brushed, and the gums bleed: the dentist's, not an emergency. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TEETH_BRUSHED: Lists = {
  ja: ['歯を磨く', 'はをみがく', 'は を みがく', 'はを みがく', '歯磨き', 'はみがき', '歯ぐき', '歯茎', 'はぐき'],
  en: ['brush my teeth', 'brushing my teeth', 'brush her teeth', 'brush his teeth', 'brushing teeth', 'my gums', 'gums'],
  zh: ['刷牙', '牙龈', '牙齿'],
  ko: ['양치', '이를 닦', '이 닦', '잇몸'],
  vi: ['đánh răng', 'chân răng', 'nướu'],
  ne: ['दाँत माझ्दा', 'दाँत माझ्', 'गिजा', 'daat majhda', 'dant majhda'],
  tl: ['nagsesepilyo', 'mag sepilyo', 'magsipilyo', 'nagsisipilyo', 'gilagid'],
  pt: ['escovar os dentes', 'escovo os dentes', 'escovando os dentes', 'gengiva'],
  id: ['sikat gigi', 'gosok gigi', 'gusi'],
};
/** …and blood, even a lot of it. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BLOOD_SEEN: Lists = {
  ja: ['血が', 'ちが', '出血', 'しゅっけつ'],
  en: ['bleed', 'blood'],
  zh: ['出血', '流血', '血'],
  ko: ['피가', '피 나', '출혈'],
  vi: ['chảy máu', 'ra máu', 'máu'],
  ne: ['रगत', 'ragat'],
  tl: ['dugo', 'dumudugo'],
  pt: ['sangra', 'sangue', 'sangrando'],
  id: ['berdarah', 'darah'],
};

/** Something swallowed that has already come out, or an X-ray that cleared it. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PASSED_AND_CLEARED: Lists = {
  ja: ['出てきました', 'でてきました', '出てきた', 'でてきた', 'うんちと一緒に', 'うんちといっしょに', 'レントゲンで', 'れんとげんで', '問題ないと言われ', 'もんだいないといわれ'],
  en: ['came out', 'passed it', 'passed out in', 'in his poop', 'in her poop', 'in his stool', 'in her stool', 'x ray was clear', 'x ray showed', 'x rayed', 'doctor said it was fine', 'doctor said its fine'],
  zh: ['拉出来了', '排出来了', '已经排出', '拍了x光', '照了x光', '医生说没事', '医生说没问题'],
  ko: ['빠져나왔', '다 나왔', '변으로 나왔', '대변으로 나왔', '엑스레이 찍고', '엑스레이 찍었', '괜찮대요', '괜찮다고 하'],
  vi: ['đã ra ngoài', 'đi ngoài ra rồi', 'ra theo phân', 'chụp x quang rồi', 'chụp x quang xong', 'bác sĩ bảo không sao'],
  ne: ['दिसामा निस्कियो', 'बाहिर निस्कियो', 'एक्स रे गर्‍यो', 'डाक्टरले ठीक छ भन्नुभयो', 'disa ma niskiyo'],
  tl: ['lumabas na', 'nailabas na', 'na x ray na', 'nag x ray na', 'sabi ng doktor okay'],
  pt: ['já saiu', 'saiu no cocô', 'saiu nas fezes', 'fez raio x', 'raio x mostrou', 'médico disse que está tudo bem'],
  id: ['sudah keluar', 'udah keluar', 'keluar lewat', 'sudah rontgen', 'udah rontgen', 'dokter bilang aman', 'dokter bilang tidak apa apa'],
};
/** …the swallowing itself. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SWALLOWED: Lists = {
  ja: ['飲み込', 'のみこ', '誤飲', 'ごいん'],
  en: ['swallowed', 'swallow'],
  zh: ['吞了', '吞下', '误吞', '吃下去'],
  ko: ['삼켜', '삼켰', '삼킨'],
  vi: ['nuốt'],
  ne: ['निल्यो', 'निलेको', 'nilyo'],
  tl: ['nalunok', 'nilunok'],
  pt: ['engoliu', 'engolir'],
  id: ['tertelan', 'menelan', 'ketelan'],
};

/** So hungry one could faint, said of being short of food and often laughed. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FAINT_FROM_HUNGER: Lists = {
  ja: ['お腹すきすぎて倒れそう', 'おなかすきすぎてたおれそう', '空腹で倒れそう', 'くうふくでたおれそう', '腹減りすぎて倒れそう'],
  en: ['could faint from hunger', 'about to faint from hunger', 'nearly fainting from hunger', 'so hungry i could faint', 'so hungry im about to faint', 'so hungry i might faint'],
  zh: ['饿得快晕了', '饿到快晕了', '饿得要晕了', '饿到要晕倒', '饿得快晕倒', '饿晕了都'],
  ko: ['배고파서 쓰러질 것 같', '배고파 쓰러질 것 같', '배고파서 기절할 것 같', '배고파 기절할 것 같'],
  vi: ['đói muốn xỉu', 'đói gần xỉu', 'đói sắp xỉu', 'đói xỉu luôn', 'đói tới xỉu'],
  ne: ['भोकले बेहोस हुन लागें', 'भोकले ढल्न लागें', 'bhokle behos huna lage'],
  tl: ['himatayin na sa gutom', 'mahihimatay na sa gutom', 'parang mahihimatay sa gutom'],
  pt: ['vou desmaiar de fome', 'quase desmaiando de fome', 'quase desmaiei de fome', 'tô desmaiando de fome'],
  id: ['mau pingsan kelaparan', 'hampir pingsan kelaparan', 'mau pingsan karena lapar', 'hampir pingsan karena lapar', 'mau pingsan saking lapar', 'udah mau pingsan', 'rasanya mau pingsan'],
};

/** An old parent's worry: when I die, what becomes of my (withdrawn, disabled) son or daughter. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WHEN_I_DIE_MY_CHILD: Lists = {
  ja: ['私が死んだら...この子', '私が死んだら...息子', '私が死んだら...娘', 'わたしがしんだら...むすこ', '親が死んだら...息子', '親亡き後'],
  en: ['when i die what will happen to my', 'when im gone what will happen to my', 'after i die what will happen to my', 'when i die who will look after my', 'what will happen to my son when i die', 'what will happen to my daughter when i die'],
  zh: ['我死了...儿子怎么办', '我死了...女儿怎么办', '我死了以后...怎么办', '我走了以后...怎么办', '等我死了...怎么办'],
  ko: ['제가 죽으면...어쩌나', '내가 죽으면...어쩌나', '제가 죽으면...어떡하', '내가 죽으면...어떡하', '제가 죽고 나면...어쩌', '내가 죽고 나면...어쩌', '제가 죽으면 얘는', '내가 죽으면 얘는'],
  vi: ['khi tôi chết...con tôi', 'tôi chết rồi...con tôi sẽ', 'mai mốt tôi chết...con'],
  ne: ['म मरेपछि...छोरा', 'म मरेपछि...छोरी', 'म मरे भने...छोरा'],
  tl: ['pag namatay ako...anak ko', 'kapag namatay ako...anak ko', 'pag nawala ako...anak ko'],
  pt: ['quando eu morrer...meu filho', 'quando eu morrer...minha filha', 'quando eu morrer o que vai ser'],
  id: ['kalau saya meninggal...anak saya', 'kalau aku meninggal...anakku', 'kalau saya mati...anak saya'],
};

/** Pass 25, round 3: films and news of a jump, a suicide grieved long after, a scam's threat, bodily things no emergency. */
const ROUND_3_SEEN_AND_BODILY: readonly Concept[] = [
  {
    // «Xem phim có cảnh nhảy cầu xong em cứ bị ám ảnh», "a movie where someone jumped off a building upset me", 「映画の
    // 飛び降りのシーンが頭から離れない」: a jump in a scene watched. The scene word right before the jump, in one
    // sentence; a wish of the writer's own ("I want to do the same", «em cũng muốn chết») still alarms.
    name: 'a jump from a bridge or a building in a film that upset the writer',
    signal: null,
    words: inAll((l) => [then(SCENE_WATCHED[l], JUMP_FROM_HIGH[l], near(l, 4, 16))]),
  },
  {
    // 看新闻说有人在我每天坐的那条线上卧轨了，现在我一站到站台上就心慌, "the news said someone jumped in front of the train I
    // take": a stranger's death read of, and the fear it left. The news first, the jump within the sentence.
    name: 'news of someone who jumped in front of a train or from a height, and the fear it left',
    signal: null,
    words: inAll((l) => [then(SEEN_IN_THE_NEWS[l], JUMP_FROM_HIGH[l], near(l, 30, 80))]),
  },
  {
    // "is there a support group for people who lost someone to suicide? my best friend died two years ago", 「自死遺族の
    // わかちあいの会」: bereaved by a suicide long past, asking for others who are. A wish to follow ("I want to be with
    // her") is a word of its own and still alarms.
    name: 'bereaved by a suicide years ago, asking for a support group',
    signal: null,
    words: inAll((l) => [...eitherWay(BEREAVED_BY_SUICIDE[l], LONG_AGO_OR_A_GROUP[l], near(l, 40, 120), 1)]),
  },
  {
    // «May nag-message sakin ng 'papatayin ka namin' pero scam pala… Na-report ko na sa pulis», "a text said 'we'll kill
    // you', it was a scam": a threat sent to frighten money out, seen through and reported. A threat from someone known
    // who is at the door, or a scam with no threat, is not this.
    name: 'a message threatening to kill that turned out to be a scam, already reported',
    signal: null,
    words: inAll((l) => eitherWay(KILL_THREAT_SENT[l], A_SCAM_REPORTED[l], near(l, 40, 80), 1)),
  },
  {
    // 「母が包丁を握ると手が震える」, "mum's hands shake when she holds a knife": a tremor, asked about for a home help. A
    // knife held at someone, or a threat, is a word of its own.
    name: 'a mother’s hands that tremble holding a kitchen knife',
    signal: null,
    words: inAll((l) => eitherWay(KNIFE_HELD[l], HANDS_TREMBLE[l], near(l, 12, 30))),
  },
  {
    // 「はを みがくと ちが たくさん でます」, "my gums bleed a lot when I brush": the dentist's. A fall on the mouth, a
    // wound that will not stop, is no brushing.
    name: 'gums that bleed when brushing the teeth',
    signal: null,
    words: inAll((l) => eitherWay(TEETH_BRUSHED[l], BLOOD_SEEN[l], near(l, 12, 30))),
  },
  {
    // «애가 장난감 자석을 삼켜서 놀랐는데 … 엑스레이 찍고 다 빠져나왔대요», "he swallowed a magnet, the X-ray showed it and it
    // came out": a swallowing already over. Swallowed now, with pain or vomiting and no all-clear, still alarms.
    name: 'something swallowed that has already passed, cleared by an X-ray',
    signal: null,
    words: inAll((l) => [then(SWALLOWED[l], PASSED_AND_CLEARED[l], near(l, 40, 80), 1)]),
  },
  {
    // «rasanya udah mau pingsan kelaparan wkwk», "so hungry I could faint": food short, asked about for food aid. Someone
    // who fainted and does not wake is no such phrase.
    name: 'so hungry one could faint, asking for food aid',
    signal: null,
    words: inAll((l) => [...FAINT_FROM_HUNGER[l]]),
  },
  {
    // «제가 죽으면 얘는 어쩌나 싶어요», 「親亡き後、息子はどうなるのか」: an old parent's worry for a withdrawn or disabled
    // child (8050), no wish to die. A wish of the parent's own still alarms.
    name: 'an old parent asking what becomes of the son when she dies',
    signal: null,
    words: inAll((l) => [...WHEN_I_DIE_MY_CHILD[l]]),
  },
];

/**
 * Pass 26 (helper C): words of death and harm in their everyday use — a laugh or a price "to death", a boss's
 * "finish it or go die" quoted, "I'd rather die than" an ordinary chore, a will or a guardian arranged "for when
 * I'm gone", a suicide grieved long after, charcoal to throw out, marks of cupping or henna, a child's things
 * hidden at school, a coworker's mimed choke, a prescription run out, and the wish to meet people or go home. Each names its ordinary reading in its own words; a wish, a blow or a collapse told
 * beside it is a word of its own and still alarms.
 */

/** "So X I could die" of a price, the weather or a laugh, as Vietnamese puts it: the adjective right before. */
// biome-ignore format: one line
const VI_SO_X = ['cao', 'đắt', 'mắc', 'nóng', 'lạnh', 'rét', 'đói', 'no', 'lâu', 'chậm', 'xa', 'mỏi', 'thèm', 'nhớ nhà', 'bận', 'nhiều', 'ngại', 'xấu hổ', 'ngứa', 'mặn', 'ngọt', 'chua', 'tức cười'];

/** The preference: "I'd rather die than …", said before the chore (or, where the language puts it so, after it). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const RATHER_DIE: Lists = {
  ja: ['くらいなら死んだほうがまし', 'くらいなら死んだ方がまし', 'ぐらいなら死んだほうがまし', 'ぐらいなら死んだ方がまし', 'くらいならしんだほうがまし', 'ぐらいならしんだほうがまし', 'くらいなら死んだほうがマシ', 'くらいなら死んだ方がマシ', 'くらいなら死ぬ', 'くらいならしぬ', 'ぐらいなら死ぬ'],
  en: ['rather die than', 'would rather die than', 'sooner die than', 'would sooner die than'],
  zh: ['宁愿去死', '宁愿死', '宁可去死', '宁可死', '不如去死', '还不如死', '还不如去死'],
  ko: ['차라리 죽', '죽는 게 낫', '죽는게 낫', '죽고 말지'],
  vi: ['thà chết còn hơn', 'thà chết chứ không', 'thà chết chứ ko'],
  ne: ['बरु मर्छु', 'बरु मर्न', 'बरु मर्नु', 'बरु मरेकै', 'baru marchhu', 'baru marna', 'baru marnu'],
  tl: ['mas gugustuhin ko pang mamatay', 'mas gusto ko pang mamatay', 'mas gugustuhin pa niyang mamatay', 'mas gugustuhin pa nyang mamatay', 'mas gusto pa niyang mamatay', 'mas gusto pa nyang mamatay', 'mamatay na lang ako', 'mas gugustuhin pa daw niyang mamatay', 'mas gugustuhin daw niyang mamatay'],
  pt: ['prefiro morrer', 'prefere morrer', 'prefiro a morte', 'prefere a morte', 'melhor morrer', 'preferia morrer', 'prefiro mil vezes morrer'],
  id: ['mending mati', 'mendingan mati', 'lebih baik mati', 'mending aku mati', 'mending saya mati'],
};
/**
 * …an ordinary chore or aid: another shift or overtime, a walker, a cane, a wheelchair, nappies, a hearing aid,
 * something to wear, singing at karaoke. (Never living, going on, going back or school: "rather die than live like
 * this", "than go back to him", "than go to school tomorrow" still alarm.)
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ORDINARY_CHORE: Lists = {
  ja: ['夜勤', 'やきん', '残業', 'ざんぎょう', '休日出勤', 'シフト', '歩行器', 'ほこうき', '杖', 'つえ', '車いす', '車椅子', 'くるまいす', 'おむつ', 'オムツ', '補聴器', 'ほちょうき', 'カラオケ', '使う', 'つかう', '着る', 'はく', '履く', 'かぶる'],
  en: ['use a', 'use the', 'use her', 'use his', 'use my', 'using a', 'wear', 'wearing', 'sing$', 'dance$', 'do overtime', 'work overtime', 'pull a double', 'sing karaoke'],
  zh: ['夜班', '加班', '值班', '助行器', '拐杖', '轮椅', '尿布', '纸尿裤', '助听器', '唱歌'],
  ko: ['야근', '야간 근무', '잔업', '특근', '보행기', '지팡이', '휠체어', '기저귀', '보청기', '쓰느니', '입느니', '신느니', '끼느니', '노래'],
  vi: ['dùng', 'xài', 'đi gậy', 'chống gậy', 'xe lăn', 'xe tập đi', 'mặc', 'đeo', 'làm thêm', 'tăng ca', 'ca đêm', 'làm ca', 'bỉm', 'máy trợ thính', 'hát'],
  ne: ['टेक्नुभन्दा', 'लगाउनुभन्दा', 'प्रयोग गर्नुभन्दा', 'चलाउनुभन्दा', 'ओभरटाइम', 'नाइट सिफ्ट', 'लौरो', 'ह्विलचेयर', 'wheelchair', 'lauro', 'overtime', 'night shift'],
  tl: ['kaysa gumamit', 'kesa gumamit', 'kaysa mag overtime', 'kesa mag overtime', 'kaysa magsuot', 'kesa magsuot', 'kaysa mag night shift', 'kesa mag night shift', 'kaysa pumasok sa night shift', 'kaysa mag karaoke', 'kaysa kumanta'],
  pt: ['a usar', 'do que usar', 'que usar', 'a fazer outro turno', 'a fazer mais um turno', 'a fazer hora extra', 'do que fazer hora extra', 'a fazer mais hora extra', 'a pegar outro turno', 'a trabalhar de noite', 'a vestir', 'do que vestir', 'a andar de cadeira', 'a cantar'],
  id: ['daripada pakai', 'drpd pakai', 'daripada pake', 'drpd pake', 'daripada memakai', 'daripada lembur', 'drpd lembur', 'daripada kerja shift', 'daripada shift', 'daripada masuk shift', 'daripada nyanyi'],
};

/** "When I'm gone", "when I die", "when I'm no longer here": a parent's or an old person's own death, ahead. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WHEN_I_AM_GONE: Lists = {
  ja: ['私が死んだら', 'わたしがしんだら', '私が死んだ後', '私が死んだあと', 'わたしがしんだあと', '自分が死んだら', 'じぶんがしんだら', '私がいなくなったら', 'わたしがいなくなったら', '私がいなくなった後', '私がいなくなったあと', '親亡き後', 'おやなきあと', '親が死んだら'],
  en: ['when i die', 'after i die', 'when im gone', 'after im gone', 'when im no longer here', 'when im not here anymore', 'when im not around', 'once im gone'],
  zh: ['我死了以后', '我死了之后', '我死后', '等我死了', '我走了以后', '我不在了以后', '我不在以后', '等我不在了', '我不在了'],
  ko: ['제가 죽으면', '내가 죽으면', '제가 죽고 나면', '내가 죽고 나면', '제가 세상을 떠나면', '내가 세상을 떠나면', '제가 없으면', '내가 없으면', '엄마가 죽으면', '제가 떠나고 나면'],
  vi: ['khi tôi chết', 'khi tôi mất', 'sau khi tôi mất', 'sau khi tôi chết', 'khi tôi không còn', 'mai mốt tôi mất', 'lúc tôi không còn'],
  ne: ['म मरेपछि', 'म नभएपछि', 'म नरहेपछि', 'म बितेपछि', 'ma marepachhi', 'ma nabhaepachhi'],
  tl: ['pag namatay ako', 'kapag namatay ako', 'pag nawala ako', 'kapag nawala na ako', 'pag wala na ako', 'kapag wala na ako'],
  pt: ['quando eu morrer', 'depois que eu morrer', 'quando eu não estiver mais aqui', 'quando eu não estiver mais', 'quando eu não estiver aqui', 'quando eu faltar', 'quando eu partir', 'se eu morrer'],
  id: ['kalau saya meninggal', 'kalau aku meninggal', 'setelah saya meninggal', 'setelah aku meninggal', 'kalau saya sudah tidak ada', 'kalau aku udah gak ada', 'kalau saya sudah gak ada', 'kalau saya tiada', 'sepeninggal saya'],
};
/**
 * …said of what the law arranges for then: a notary, a guardian for a disabled child or for oneself, a trust; or
 * "what happens to him?", asked of the child. (Not a bank account or an inheritance, asked as paperwork beside a
 * sign of intent: "what happens to my bank account when I die? I won't need it after this month" still alarms; nor a
 * will or a letter alone, which a goodbye is written as: 「遺書を書いた。私が死んだら読んで」 still alarms.)
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ARRANGED_FOR_THEN: Lists = {
  ja: ['公証役場', 'こうしょうやくば', '公正証書', 'こうせいしょうしょ', '成年後見', 'せいねんこうけん', '後見人', 'こうけんにん', '後見制度', '揉めないように', 'もめないように', '家族信託', '障害のある', 'しょうがいのある', '障害がある', 'グループホーム'],
  en: ['guardianship', 'legal guardian', 'a guardian for', 'special needs trust', 'disability', 'disabled', 'group home', ...cross(['what will happen to', 'what happens to', 'who will look after', 'who will take care of'], ['him', 'her', 'my son', 'my daughter', 'my child', 'my kid', 'them'], ' ')],
  zh: ['公证', '监护', '监护人', '残障', '残疾', '谁来照顾', '儿子怎么办', '女儿怎么办', '孩子怎么办', '他怎么办', '她怎么办'],
  ko: ['공증', '후견', '후견인', '성년후견', '장애', '누가 돌보', '아들은 어떻게 되', '딸은 어떻게 되', '아이는 어떻게 되', '얘는 어떻게 되', '애는 어떻게 되'],
  vi: ['công chứng', 'giám hộ', 'người giám hộ', 'khuyết tật', 'ai chăm', 'ai lo cho con', 'con tôi sẽ ra sao', 'con em sẽ ra sao', 'nó sẽ ra sao'],
  ne: ['अपाङ्ग', 'अपाङ्गता', 'संरक्षक', 'कसले हेर्छ', 'छोराको के हुन्छ', 'छोरीको के हुन्छ', 'apanga', 'sanrakshak'],
  tl: ['guardian', 'notaryo', 'may kapansanan', 'kapansanan', 'mangyayari sa anak ko', 'sino ang mag aalaga', 'sinong mag aalaga'],
  pt: ['tutela', 'curatela', 'tutor', 'curador', 'deficiência', 'quem vai cuidar', ...cross(['o que acontece com', 'o que vai acontecer com'], ['ele', 'ela', 'meu filho', 'minha filha'], ' '), 'o que vai ser dele', 'o que vai ser dela'],
  id: ['perwalian', 'wali', 'notaris', 'disabilitas', 'berkebutuhan khusus', 'gimana nasib', 'bagaimana nasib', 'siapa yang merawat', 'siapa yang ngurus dia'],
};

/** Someone close who took their own life: told as done (a friend, a brother), never the writer's own wish. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SUICIDE_OF_SOMEONE_CLOSE: Lists = {
  ja: cross(['友だち', '友達', 'ともだち', '友人', 'ゆうじん', '親友', 'しんゆう', '兄', '姉', '弟', '妹', 'あに', 'あね', '父', '母', 'ちち', 'はは', '同級生', 'どうきゅうせい', '先輩', 'いとこ', '彼氏', '夫'], ['が自殺した', 'がじさつした', 'が じさつ した', 'が自殺して', 'がじさつして', 'は自殺した', 'が自死した', 'が自ら命を絶っ', 'が...自殺した', 'が...じさつした', 'は...自殺した', 'が...自殺して', 'が...自死した']),
  en: cross(['my friend', 'a friend', 'my best friend', 'my brother', 'my sister', 'my father', 'my dad', 'my mother', 'my mum', 'my mom', 'my cousin', 'a classmate', 'my classmate', 'my uncle'], ['killed himself', 'killed herself', 'took his own life', 'took her own life', 'died by suicide', 'committed suicide'], ' '),
  zh: cross(['朋友', '好朋友', '闺蜜', '哥哥', '姐姐', '弟弟', '妹妹', '爸爸', '妈妈', '同学', '表哥', '表姐', '前辈'], ['自杀了', '自杀走了', '自杀身亡', '轻生走了', '自杀去世', '...自杀了', '...自杀身亡']),
  ko: cross(['친구가', '친구는', '형이', '오빠가', '언니가', '누나가', '동생이', '아빠가', '엄마가', '선배가'], ['자살했', '스스로 목숨을 끊었', '극단적 선택을 했', '...자살했'], ' '),
  vi: cross([...cross(['bạn', 'bạn thân', 'anh trai', 'chị gái', 'em trai', 'em gái', 'anh họ', 'chị họ', 'bố', 'mẹ'], ['em', 'tôi', 'mình'], ' '), 'bạn thân'], ['tự tử', 'đã tự tử', 'tự sát', 'tự vẫn', '...tự tử'], ' '),
  ne: ['साथीले आत्महत्या गर्', 'दाइले आत्महत्या गर्', 'दिदीले आत्महत्या गर्', 'भाइले आत्महत्या गर्', 'बुबाले आत्महत्या गर्', 'sathile atmahatya gar'],
  tl: cross(['kaibigan ko', 'bestfriend ko', 'best friend ko', 'kuya ko', 'ate ko', 'kapatid ko', 'tatay ko', 'nanay ko', 'pinsan ko'], ['nagpakamatay', 'nag suicide'], ' ').flatMap((s) => [s, s.replace(/^(.*) (nagpakamatay|nag suicide)$/, '$2 ang $1')]),
  pt: cross(['meu amigo', 'minha amiga', 'um amigo', 'uma amiga', 'meu irmão', 'minha irmã', 'meu pai', 'minha mãe', 'meu primo', 'minha prima'], ['se matou', 'cometeu suicídio', 'tirou a própria vida', 'se suicidou'], ' '),
  id: cross(['teman saya', 'temanku', 'teman aku', 'sahabat saya', 'sahabatku', 'kakak saya', 'adik saya', 'ayah saya', 'ibu saya', 'sepupu saya'], ['bunuh diri', 'meninggal bunuh diri', 'mengakhiri hidupnya'], ' '),
};
/** …long ago, and still painful: the grief, not a wish. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LONG_AGO_STILL_PAINFUL: Lists = {
  ja: ['去年', 'きょねん', '先月', 'せんげつ', '先週', 'せんしゅう', '半年前', 'はんとしまえ', 'か月前', 'かげつまえ', 'ヶ月前', 'カ月前', 'おととし', '今も', 'いまも', '今でも', 'あれから', 'それから', 'むかし', '昔', 'ずっと前', '何年も前', 'なんねんもまえ', '年前', 'ねんまえ', '学生のころ', '学生の頃', '高校のとき', '高校の時', '子どものころ', 'まだつらい', 'まだ つらい', '今でもつらい', 'いまでもつらい', '忘れられない', 'わすれられない', 'まだ悲しい', 'まだかなしい', 'いまも かなしい'],
  en: ['last year', 'last month', 'last week', 'months ago', 'month ago', 'weeks ago', 'last spring', 'last summer', 'last autumn', 'last winter', 'since then', 'ever since', 'years ago', 'year ago', 'back in high school', 'when i was in school', 'when we were teenagers', 'still hurts', 'still painful', 'still think about', 'never got over', 'cant get over', 'still miss'],
  zh: ['去年', '前年', '上个月', '个月前', '上周', '上星期', '从那以后', '到现在', '以前', '很多年前', '几年前', '年前', '上学的时候', '高中的时候', '小时候', '到现在还', '还是很难过', '一直走不出来', '忘不了', '还是会想起'],
  ko: ['작년', '지난해', '지난달', '개월 전', '달 전', '지난주', '그 후로', '그 뒤로', '예전에', '옛날에', '몇 년 전', '년 전', '학생 때', '고등학교 때', '아직도 힘들', '아직도 마음이 아', '잊을 수가 없', '잊혀지지 않'],
  vi: ['năm ngoái', 'tháng trước', 'tuần trước', 'mấy tháng trước', 'từ đó', 'hồi trước', 'nhiều năm trước', 'năm trước', 'hồi đi học', 'ngày xưa', 'vẫn còn đau', 'vẫn buồn', 'không quên được', 'vẫn chưa quên'],
  ne: ['गत वर्ष', 'पोहोर', 'गत महिना', 'गएको महिना', 'pohor', 'gata barsa', 'gata mahina', 'धेरै वर्ष अघि', 'वर्ष अघि', 'वर्षअघि', 'पहिले', 'अझै दुख्छ', 'अझै बिर्सन सकेको छैन', 'barsha aghi', 'pahile'],
  tl: ['noong isang taon', 'nakaraang taon', 'last year', 'noong isang buwan', 'nakaraang buwan', 'mula noon', 'noon', 'dati', 'taon na ang nakalipas', 'nung high school', 'masakit pa rin', 'hindi ko pa rin matanggap', 'hindi ko makalimutan'],
  pt: ['ano passado', 'mês passado', 'meses atrás', 'semana passada', 'desde então', 'anos atrás', 'há anos', 'faz anos', 'na escola', 'quando éramos jovens', 'ainda dói', 'ainda sinto', 'nunca superei', 'não consigo esquecer'],
  id: ['bulan lalu', 'minggu lalu', 'beberapa bulan lalu', 'sejak itu', 'dulu', 'bertahun tahun lalu', 'tahun lalu', 'waktu sekolah', 'waktu sma', 'masih sakit', 'masih sedih', 'belum bisa lupa', 'gak bisa lupa'],
};

/** Charcoal or a briquette: what a barbecue or a camp burns (and what a death in a closed room is made with). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CHARCOAL: Lists = {
  ja: ['練炭', 'れんたん', '炭', 'すみ', '七輪', 'しちりん', '着火剤'],
  en: ['charcoal', 'briquettes', 'briquette', 'bbq coal'],
  zh: ['木炭', '炭', '烧烤炭', '蜂窝煤', '煤球', '炭炉'],
  ko: ['번개탄', '착화탄', '숯', '연탄'],
  vi: ['than hoa', 'than tổ ong', 'than củi', 'than nướng', 'cục than'],
  ne: ['कोइला', 'koila', 'कोइलाको'],
  tl: ['uling', 'charcoal'],
  pt: ['carvão', 'carvao', 'briquete'],
  id: ['arang', 'briket'],
};
/** …and how to throw the rest out: which rubbish it is, the rubbish day, how to sort it (never "throw it all away"). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HOW_TO_THROW_OUT: Lists = {
  ja: ['捨て方', 'すてかた', 'どう捨て', 'どうやって捨て', 'どうすて', '何ごみ', 'なにごみ', 'なんごみ', '燃えるごみ', '燃えるゴミ', 'もえるごみ', '燃えないごみ', '燃えないゴミ', 'ごみの日', 'ゴミの日', '分別', 'ぶんべつ', '捨ててもいい', '捨てていい'],
  en: ['how do i throw', 'how to throw', 'how to dispose', 'how do i dispose', 'how do i get rid', 'which bin', 'what bin', 'burnable', 'rubbish day', 'garbage day', 'trash day', 'what kind of garbage', 'what kind of trash'],
  zh: ['怎么扔', '怎么丢', '怎么处理', '扔在哪', '丢在哪', '垃圾分类', '可燃垃圾', '哪种垃圾', '什么垃圾', '扔哪里', '丢哪里'],
  ko: ['어떻게 버려', '어떻게 버리', '버리는 법', '버리는 방법', '분리수거', '타는 쓰레기', '불에 타는 쓰레기', '무슨 쓰레기', '어디에 버리', '처리 방법', '어떻게 처리'],
  vi: ['vứt thế nào', 'vứt như thế nào', 'vứt sao', 'bỏ rác thế nào', 'vứt ở đâu', 'rác cháy được', 'rác đốt được', 'phân loại rác', 'loại rác gì', 'rác gì'],
  ne: ['कसरी फाल्ने', 'कहाँ फाल्ने', 'कुन फोहोर', 'फोहोर छुट्याउने', 'kasari falne', 'kaha falne', 'kun fohor'],
  tl: ['paano itapon', 'paano magtapon', 'saan itatapon', 'saan itapon', 'anong basura', 'burnable', 'moeru gomi'],
  pt: ['como jogar fora', 'como descartar', 'onde jogar', 'onde descartar', 'que lixo', 'lixo queimável', 'lixo queimavel', 'separar o lixo', 'qual lixo'],
  id: ['cara buang', 'cara membuang', 'gimana buangnya', 'buangnya gimana', 'buang di mana', 'buang dimana', 'sampah apa', 'sampah yang bisa dibakar', 'sampah bakar', 'pilah sampah'],
};

/** Marks on the skin, as a teacher or a nurse sees them: round marks, red marks, bruises. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SKIN_MARKS: Lists = {
  ja: [...KNOCK_MARKS.ja, '丸い跡', 'まるい あと', '赤い跡', 'あかい あと', '丸いあと', '赤いあと', '跡', '模様'],
  en: [...KNOCK_MARKS.en, 'marks', 'red marks', 'round marks', 'circles', 'red lines', 'stains', 'patterns'],
  zh: [...KNOCK_MARKS.zh, '红印', '圆印', '印子', '红痕', '痕迹', '紫印'],
  ko: [...KNOCK_MARKS.ko, '멍', '자국', '동그란 자국', '빨간 자국', '붉은 자국'],
  vi: [...KNOCK_MARKS.vi, 'vết đỏ', 'vết tròn', 'vệt đỏ', 'vết'],
  ne: [...KNOCK_MARKS.ne, 'रातो दाग', 'दागहरू', 'दाग', 'rato daag', 'daag'],
  tl: [...KNOCK_MARKS.tl, 'marka', 'pulang marka', 'bilog na marka'],
  pt: [...KNOCK_MARKS.pt, 'marcas', 'marcas vermelhas', 'marcas redondas', 'manchas'],
  id: [...KNOCK_MARKS.id, 'bekas merah', 'bekas bulat', 'tanda merah', 'bekas'],
};
/**
 * …with their cause in a custom or a body told: cupping, coining (cạo gió, kerokan, gua sha), moxibustion, henna or
 * mehndi for a festival, a Mongolian spot or a birthmark, a sport played hard.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CUSTOM_OR_BODY: Lists = {
  ja: ['カッピング', 'かっぴんぐ', '吸い玉', 'すいだま', 'お灸', 'おきゅう', 'かっさ', 'カッサ', 'ヘナ', 'メヘンディ', '蒙古斑', 'もうこはん'],
  en: ['cupping', 'coining', 'coin rubbing', 'gua sha', 'guasha', 'moxibustion', 'henna', 'mehndi', 'mongolian spot', 'mongolian blue spot', 'birthmark', 'birth mark'],
  zh: ['拔罐', '刮痧', '艾灸', '针灸', '指甲花', '胎记', '蒙古斑'],
  ko: ['부항', '뜸', '괄사', '헤나', '몽고반점', '몽고 반점'],
  vi: ['cạo gió', 'giác hơi', 'bắt gió', 'đánh gió', 'châm cứu', 'henna', 'vết bớt', 'bớt bẩm sinh', 'bớt mông cổ'],
  ne: ['मेहन्दी', 'मेहेन्दी', 'मेंहदी', 'तीज', 'mehendi', 'mehndi', 'henna', 'जन्मचिन्ह'],
  tl: ['ventosa', 'bentosa', 'hilot', 'henna', 'birthmark', 'kakabasketball', 'kakalaro', 'kaka basketball', 'kakalaro ng basketball', 'kakatakbo'],
  pt: ['ventosa', 'ventosaterapia', 'henna', 'hena', 'mancha mongólica', 'marca de nascença'],
  id: ['kerokan', 'dikerok', 'kerok', 'bekam', 'dibekam', 'henna', 'hena', 'tanda lahir'],
};

/** A child's things hidden at school, or the class ignoring the child: bullying, the school's matter. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BULLIED_AT_SCHOOL: Lists = {
  ja: ['上履きを隠され', '上履きも隠され', '上履きをかくされ', 'うわばきを かくされ', 'うわばきをかくされ', '上ばきを隠され', '靴を隠され', 'くつを かくされ', 'くつをかくされ', '教科書を隠され', '筆箱を隠され', 'クラスで無視され', 'クラスでむしされ', 'くらすで むし', 'みんなに無視され', 'みんなにむしされ', 'クラスの子に無視', '友達に無視され', '友だちに無視され', 'ともだちに むしされ', '持ち物を隠され', 'もちものを かくされ'],
  en: ['ignored by the class', 'ignored by her class', 'ignored by his class', 'ignored by her classmates', 'ignored by his classmates', 'classmates ignore her', 'classmates ignore him', 'the class ignores', 'hid her shoes', 'hid his shoes', 'hide her shoes', 'hide his shoes', 'shoes were hidden', 'shoes got hidden', 'hid her indoor shoes', 'hid his indoor shoes', 'hid her books', 'hid his books', 'hid her pencil case', 'hid his pencil case'],
  zh: ['被全班无视', '被同学无视', '全班都不理', '同学都不理', '被同学冷落', '鞋子被藏', '鞋被藏', '室内鞋被藏', '把她的鞋藏', '把他的鞋藏', '课本被藏', '文具被藏'],
  ko: ['반에서 무시', '반 애들이 무시', '친구들이 무시', '친구들한테 무시', '실내화를 숨', '실내화를 감', '실내화가 없어', '신발을 숨겼', '신발을 감췄', '교과서를 숨겼', '필통을 숨겼'],
  vi: ['bị cả lớp phớt lờ', 'bị các bạn phớt lờ', 'cả lớp không ai nói chuyện', 'bị giấu giày', 'giấu giày', 'giấu dép', 'bị giấu dép', 'giấu sách', 'bị giấu sách', 'giấu hộp bút'],
  ne: ['कक्षामा बेवास्ता', 'साथीहरूले बेवास्ता', 'जुत्ता लुकाइदिए', 'जुत्ता लुकाए', 'जुत्ता लुकाइदिन्छन्', 'किताब लुकाइदिए', 'juttā lukāidie', 'jutta lukaidie'],
  tl: ['hindi pinapansin ng mga kaklase', 'hindi siya pinapansin ng klase', 'dinededma ng mga kaklase', 'itinago ang sapatos', 'tinago ang sapatos', 'tinatago ang sapatos', 'itinago ang libro', 'tinago ang libro'],
  pt: ['ignorada pela turma', 'ignorado pela turma', 'ignorada pelos colegas', 'ignorado pelos colegas', 'a turma ignora', 'esconderam o sapato', 'esconderam os sapatos', 'esconderam o tênis', 'escondem o material', 'esconderam o material', 'esconderam os livros', 'esconderam o estojo'],
  id: ['dicuekin teman sekelas', 'dicuekin satu kelas', 'diabaikan teman sekelas', 'diabaikan satu kelas', 'sepatunya disembunyikan', 'menyembunyikan sepatu', 'nyembunyiin sepatu', 'bukunya disembunyikan', 'tempat pensilnya disembunyikan'],
};

/** An older neighbour or relative, named by age. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const OLDER_NEIGHBOUR: Lists = {
  ja: ['近所のおばあさん', '近所のおじいさん', 'となりの おばあさん', 'となりの おじいさん', 'となりのおばあさん', 'となりのおじいさん', '隣のおばあさん', '隣のおじいさん', '近所のお年寄り', '隣のお年寄り', '近所の高齢者', '高齢の', 'ひとり暮らしの'],
  en: ['elderly neighbour', 'elderly neighbor', 'old lady next door', 'old man next door', 'older neighbour', 'older neighbor', 'old neighbour', 'old neighbor', 'elderly man', 'elderly woman', 'elderly lady'],
  zh: ['邻居奶奶', '邻居爷爷', '隔壁奶奶', '隔壁爷爷', '隔壁的老人', '邻居老人', '隔壁老太太', '隔壁老爷爷', '楼下的老人', '独居老人'],
  ko: ['옆집 할머니', '옆집 할아버지', '이웃 할머니', '이웃 할아버지', '동네 할머니', '동네 할아버지', '아래층 할머니', '위층 할머니', '독거노인'],
  vi: ['bà cụ hàng xóm', 'ông cụ hàng xóm', 'bà hàng xóm', 'ông hàng xóm', 'cụ già hàng xóm', 'người già hàng xóm', 'hàng xóm lớn tuổi'],
  ne: ['छिमेकी हजुरआमा', 'छिमेकी हजुरबुबा', 'छिमेकी बुढी', 'छिमेकी बुढा', 'छिमेकका वृद्ध', 'chhimeki hajurama', 'chhimeki hajurbuba'],
  tl: ['matandang kapitbahay', 'kapitbahay naming matanda', 'lola sa tabi', 'lolo sa tabi', 'kapitbahay na lola', 'kapitbahay na lolo'],
  pt: ['vizinha idosa', 'vizinho idoso', 'senhora idosa', 'senhor idoso', 'velhinha do lado', 'velhinho do lado', 'vizinha velhinha', 'vizinho velhinho'],
  id: ['tetangga lansia', 'tetangga tua', 'nenek sebelah', 'kakek sebelah', 'tetangga nenek', 'tetangga kakek', 'tetangga yang sudah tua'],
};
/** …who seems lonely: no friends, nobody to talk to, sitting alone every day (not gone quiet, not unseen for days). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SEEMS_LONELY: Lists = {
  ja: ['寂しそう', 'さびしそう', 'さみしそう', '話し相手がいない', 'はなしあいてが いない', 'はなしあいてがいない', '友達がいない', 'ともだちが いない', 'いつも一人で座', 'いつもひとりで すわ', 'ひとりで すわって', '一人で座って', 'ひとりでベンチ'],
  en: ['seems lonely', 'looks lonely', 'no friends', 'nobody to talk to', 'no one to talk to', 'sits alone', 'sitting alone', 'sits by herself', 'sits by himself', 'on a bench alone'],
  zh: ['好像很孤单', '很孤单', '很寂寞', '没有朋友', '没人说话', '没有人说话', '一个人坐', '独自坐'],
  ko: ['외로워 보', '외로우신 것 같', '친구가 없', '말할 사람이 없', '혼자 앉아', '혼자 벤치'],
  vi: ['có vẻ cô đơn', 'trông cô đơn', 'không có bạn', 'không ai nói chuyện', 'ngồi một mình'],
  ne: ['एक्लो देखिन्छ', 'एक्लै बस्नुहुन्छ', 'साथी छैन', 'बोल्ने मान्छे छैन', 'eklo dekhinchha', 'eklai basnuhunchha'],
  tl: ['mukhang malungkot', 'mukhang nag iisa', 'walang kaibigan', 'walang kausap', 'nakaupo mag isa', 'nakaupong mag isa'],
  pt: ['parece sozinha', 'parece sozinho', 'parece solitária', 'parece solitário', 'não tem amigos', 'sem amigos', 'ninguém pra conversar', 'sentada sozinha', 'sentado sozinho'],
  id: ['kelihatan kesepian', 'kelihatannya kesepian', 'gak punya teman', 'nggak punya teman', 'tidak punya teman', 'ga punya teman', 'gak ada teman ngobrol', 'duduk sendirian', 'duduk sendiri'],
};

/** A choke or a strangling only mimed: the gesture, as a joke or a threat in play, not a hand on the throat. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CHOKE_MIMED: Lists = {
  ja: ['首を絞めるふり', '首をしめるふり', 'くびを しめる ふり', '首を絞めるまね', '首をしめるまね', '首を絞める真似', '首をしめる真似', '首絞めるふり', '首しめるふり', '首を絞めるジェスチャー', '首をしめるジェスチャー'],
  en: ['pretended to choke me', 'pretending to choke me', 'pretends to choke me', 'pretended to strangle me', 'pretending to strangle me', 'mimed choking', 'mimed strangling', 'miming choking', 'fake choked', 'choking gesture', 'strangling gesture', 'acted like he was choking me', 'acted like she was choking me'],
  zh: ['假装掐我脖子', '假装掐我', '假装要掐', '做掐脖子的动作', '比划掐脖子', '比划着掐', '做出掐脖子', '假装勒我'],
  ko: ['목 조르는 시늉', '목을 조르는 시늉', '목 조르는 흉내', '목을 조르는 흉내', '목 조르는 척', '목을 조르는 척', '목 조르는 동작', '목을 조르는 동작'],
  vi: ['giả vờ bóp cổ', 'giả bộ bóp cổ', 'làm bộ bóp cổ', 'làm động tác bóp cổ', 'giả vờ siết cổ', 'làm động tác siết cổ'],
  ne: ['घाँटी थिचेजस्तो गर', 'घाँटी थिचे जस्तो गर', 'घाँटी थिच्ने नाटक', 'ghanti thichejasto gar', 'ghanti thiche jasto gar'],
  tl: ['kunwaring sinakal', 'kunwari sinakal', 'nagkunwaring sakalin', 'nagkunwari siyang sakalin', 'umaktong sasakalin', 'kunyari sinakal'],
  pt: ['fingiu me enforcar', 'fingiu que ia me enforcar', 'fingiu me esganar', 'fingiu que ia me esganar', 'fez que ia me enforcar', 'fez o gesto de enforcar', 'fez o gesto de esganar', 'imitou um enforcamento'],
  id: ['pura pura mencekik', 'pura pura cekik', 'pura pura nyekik', 'gaya mencekik', 'peragain nyekik', 'memperagakan mencekik', 'gerakan mencekik'],
};

/** A medicine taken every day (for the blood pressure, the heart, diabetes, the thyroid): a prescription. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DAILY_MEDICINE: Lists = {
  ja: ['血圧の薬', 'けつあつの くすり', 'けつあつのくすり', '降圧剤', '糖尿病の薬', 'とうにょうびょうの くすり', '心臓の薬', 'いつもの薬', 'いつもの くすり', '持病の薬', '甲状腺の薬', 'コレステロールの薬', '喘息の薬'],
  en: ['blood pressure medicine', 'blood pressure meds', 'blood pressure pills', 'bp meds', 'heart medicine', 'diabetes medicine', 'diabetes meds', 'thyroid medicine', 'cholesterol medicine', 'regular medicine', 'my prescription', 'her prescription', 'his prescription', 'inhaler'],
  zh: ['降压药', '高血压的药', '血压药', '心脏的药', '糖尿病的药', '降糖药', '甲状腺的药', '常吃的药', '平时吃的药', '处方药'],
  ko: ['혈압약', '고혈압 약', '당뇨약', '심장약', '갑상선 약', '평소 먹는 약', '늘 먹는 약', '처방약'],
  vi: ['thuốc huyết áp', 'thuốc cao huyết áp', 'thuốc tiểu đường', 'thuốc tim', 'thuốc tuyến giáp', 'thuốc uống hằng ngày', 'thuốc hàng ngày'],
  ne: ['प्रेसरको औषधि', 'रक्तचापको औषधि', 'सुगरको औषधि', 'मुटुको औषधि', 'थाइराइडको औषधि', 'pressure ko aushadhi', 'sugar ko aushadhi'],
  tl: ['gamot sa high blood', 'gamot sa alta presyon', 'gamot sa presyon', 'gamot sa diabetes', 'gamot sa puso', 'maintenance na gamot', 'maintenance ko', 'maintenance niya'],
  pt: ['remédio de pressão', 'remédio da pressão', 'remédio pra pressão', 'remédio para pressão', 'remédio de diabetes', 'remédio do coração', 'remédio da tireoide', 'remédio de uso contínuo', 'remédio controlado'],
  id: ['obat darah tinggi', 'obat hipertensi', 'obat tensi', 'obat diabetes', 'obat gula', 'obat jantung', 'obat tiroid', 'obat rutin', 'obat kolesterol'],
};
/** …run out, or running out: a refill to ask for (never "took them all", "finished the whole box"). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const RAN_OUT: Lists = {
  ja: ['が切れ', 'がきれ', 'が きれ', 'がなくな', 'が なくな', 'が残り少な', 'がもうない', 'が もう ない'],
  en: ['ran out', 'run out', 'running out', 'is out', 'are out', 'all gone'],
  zh: ['没了', '快没了', '用完了', '断了', '快用完', '没有了'],
  ko: ['떨어졌', '다 떨어', '떨어져', '떨어지', '없어요', '없어서'],
  vi: ['hết rồi', 'sắp hết', 'đã hết', 'hết mất'],
  ne: ['सकियो', 'सकिन लाग्यो', 'सकिएको छ', 'sakiyo', 'sakiyeko chha'],
  tl: ['naubos', 'ubos na', 'nauubos', 'paubos na', 'wala na'],
  pt: ['acabou', 'acabaram', 'tá acabando', 'ta acabando', 'está acabando', 'vai acabar'],
  id: ['habis$', 'sudah habis', 'udah habis', 'mau habis', 'hampir habis', 'tinggal sedikit'],
};

/** Missing home, or looking for people to meet: a group of one's own people, an exchange, friends to make. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HOMESICK_OR_MEETING: Lists = {
  ja: ['ホームシック', 'ほーむしっく', '交流会', 'こうりゅうかい', '交流イベント', '友達を作りたい', 'ともだちを つくりたい', '友だちがほしい', 'ともだちに なりたい', 'ともだちになりたい', 'サークル', 'コミュニティ', '同じ国の人'],
  en: ['homesick', 'meetup', 'meet up group', 'community group', 'make friends', 'meet people', 'meet other', 'language exchange', 'social group', 'expat group'],
  zh: ['好想回台湾', '好想回国', '想回台湾', '想家', '思乡', '交流活动', '交流会', '同乡会', '老乡', '交朋友', '认识朋友', '认识新朋友', '华人聚会', '台湾人的聚会'],
  ko: ['향수병', '한국에 가고 싶', '한국 가고 싶', '모임', '동호회', '커뮤니티', '친구를 사귀', '친구 사귀', '한인회'],
  vi: ['nhớ nhà', 'nhớ quê', 'giao lưu', 'hội người việt', 'nhóm người việt', 'cộng đồng người việt', 'kết bạn', 'hội đồng hương', 'đồng hương'],
  ne: ['घर सम्झ', 'घरको याद', 'नेपाली समाज', 'नेपाली समुदाय', 'साथी बनाउन', 'भेटघाट', 'ghar samjh', 'gharko yaad'],
  tl: ['homesick', 'kababayan', 'filipino community', 'pinoy community', 'makipagkaibigan', 'magkaroon ng kaibigan', 'grupo ng mga pinoy', 'grupo ng pinoy'],
  pt: ['saudade de casa', 'saudades de casa', 'saudade do brasil', 'saudades do brasil', 'grupo de brasileiros', 'comunidade brasileira', 'fazer amigos', 'fazer amizade', 'conhecer gente', 'conhecer pessoas'],
  id: ['kangen rumah', 'kangen kampung', 'rindu rumah', 'rindu kampung', 'tempat kumpul', 'komunitas', 'kumpul kumpul', 'cari teman', 'perkumpulan', 'paguyuban', 'ibu ibu asing'],
};

// biome-ignore format: each language's words stay on one line, easy to read side by side
const PASS_26_EVERYDAY_USE: readonly Concept[] = [
  {
    // 「笑い死にしそう」, 笑死, «cao muốn chết luôn», «pengen mati aja ketawa liat video ini»: a laugh, a price or the
    // weather "to death". The intensifier right after its word; the wish with a laugh that cannot come ("pengen mati
    // aja, ketawa pun gak bisa") or after a comma is a word of its own and still alarms.
    name: 'a laugh, a price or the weather “to death”',
    signal: null,
    words: {
      ja: { idioms: ['笑い死に', 'わらいじに', '笑いすぎて死', 'わらいすぎてし', '腹筋死んだ', 'ふっきんしんだ'] },
      en: { idioms: ['dying of laughter', 'died laughing', 'die laughing', 'dying laughing', 'laughed so hard i nearly died', 'laughed so hard i could die', 'so expensive i could die', 'so cute i could die'] },
      zh: { idioms: ['笑死', '笑到死', '笑得要死', '笑得半死', '贵死了', '贵得要死', '贵到想死'] },
      ko: { idioms: ['웃겨서 죽을 뻔', '웃겨 죽을 뻔', '배꼽 빠지', '비싸서 죽겠', '비싸 죽겠'] },
      vi: { idioms: VI_SO_X.flatMap((how) => [`${how} muốn chết`, `${how} mún chết`, `${how} quá muốn chết`, `${how} gần chết`, `${how} muốn xỉu`]) },
      ne: { idioms: ['हाँसेर मर', 'हाँसी हाँसी मर', 'हाँस्दा हाँस्दा मर', 'हाँसेर पेट दुख'] },
      tl: { idioms: ['mamamatay ako sa tawa', 'mamatay sa kakatawa', 'namamatay ako sa tawa', 'sobrang mahal nakakamatay'] },
      pt: { idioms: ['morri de rir', 'quase morri de rir', 'morrer de rir', 'caro pra morrer', 'caro de morrer'] },
      id: { idioms: ['pengen mati', 'pingin mati', 'mau mati', 'ingin mati'].flatMap((w) => [
        ...cross([`${w} `, `${w} aja `, `${w} rasanya `], cross(['ketawa ', 'ngakak '], ['liat', 'lihat', 'baca', 'nonton', 'denger', 'dengar'])),
        `${w} saking lucunya`,
      ]) },
    },
  },
  {
    // 课长在会议上说「做不完就去死」, "my manager said 'finish it or go die'": a boss's words to the staff, asked about as
    // harassment. The role, then the saying, then the die; the writer's own wish beside it still alarms.
    name: 'a boss’s “finish it or go die” quoted, asked about as harassment',
    signal: null,
    words: {
      ja: { idioms: [then([...AT_WORK.ja, '主任', '係長', '班長'], ['死ねと言っ', '死ねって言っ', '死ねと怒鳴', '死ねって怒鳴', 'しねって いっ', 'しねっていっ', 'しねといっ', '死ねと言われ', '死んでしまえと'], 40)] },
      en: { idioms: [then([...AT_WORK.en, 'my boss', 'our boss', 'the boss'], ['said...go die', 'says...go die', 'said...just die', 'yelled...go die', 'shouted...go die', 'told us to die', 'told us to go die', 'told everyone to go die', 'said...drop dead'], 40)] },
      zh: { idioms: [then([...AT_WORK.zh, '部长', '社长', '科长', '主任', '前辈', '老板娘'], ['说...就去死', '说...去死吧', '说...怎么不去死', '骂...去死', '吼...去死', '叫我们去死', '叫大家去死', '说...不如去死'], 30)] },
      ko: { idioms: [then([...AT_WORK.ko, '주임', '반장'], ['죽으라고 했', '죽으라고 하', '죽어라고 했', '죽으라고 소리', '죽어버리라고', '나가 죽으라'], 40)] },
      vi: { idioms: [then([...AT_WORK.vi, 'chủ', 'trưởng ca'], ['bảo...đi chết', 'nói...đi chết', 'chửi...đi chết', 'quát...đi chết', 'mắng...đi chết'], 60)] },
      ne: { idioms: [then([...AT_WORK.ne], ['मर् भन', 'मरिजा भन', 'मरेर जा भन', 'mar bhan', 'marija bhan'], 60)] },
      tl: { idioms: [then([...AT_WORK.tl, 'amo namin', 'boss namin'], ['mamatay na lang daw', 'mamatay ka na', 'magpakamatay na lang daw', 'sabi...mamatay'], 60)] },
      pt: { idioms: [then([...AT_WORK.pt], ['mandou...morrer', 'disse...vai morrer', 'disse...vá morrer', 'disse...vai se matar', 'gritou...morre', 'disse...morre'], 60)] },
      id: { idioms: [then([...AT_WORK.id], ['bilang...mati aja', 'bilang...mati saja', 'nyuruh...mati', 'suruh...mati', 'teriak...mati aja'], 60)] },
    },
  },
  {
    // "Told my boss I'd rather die than do another 12-hour shift", "nana says she'd rather die than use a walker",
    // «prefiro morrer a fazer outro turno», «mending mati daripada pakai tongkat»: a chore or an aid one hates, not
    // a life. (The meal is its own concept above.) "Rather die than live like this", "than go back to him", "than go
    // to school tomorrow" name no chore and still alarm.
    name: 'I’d rather die than do another shift, use a walker, wear …',
    signal: null,
    words: {
      ja: { idioms: [then(ORDINARY_CHORE.ja, RATHER_DIE.ja, 8)] },
      en: { idioms: [then(RATHER_DIE.en, ORDINARY_CHORE.en, 4), then(RATHER_DIE.en, ['shift$', 'shifts$', 'overtime', 'double shift', 'night shift'], 24)] },
      zh: { idioms: [then(ORDINARY_CHORE.zh, RATHER_DIE.zh, 8), then(['宁愿死', '宁可死', '宁愿去死', '宁可去死'], ['也不用', '也不要用', '也不想用', '也不拄', '也不坐轮椅', '也不穿', '也不加班', '也不要加班', '也不想加班', '也不上夜班', '也不要上夜班', '也不想上夜班', '也不想再加班', '也不要再加班', '也不想再上夜班'], 1)] },
      ko: { idioms: [then(ORDINARY_CHORE.ko, RATHER_DIE.ko, 8)] },
      vi: { idioms: [then(RATHER_DIE.vi, ORDINARY_CHORE.vi, 4)] },
      ne: { idioms: [then(ORDINARY_CHORE.ne, RATHER_DIE.ne, 16)] },
      tl: { idioms: [then(RATHER_DIE.tl, ORDINARY_CHORE.tl, 4)] },
      pt: { idioms: [then(RATHER_DIE.pt, ORDINARY_CHORE.pt, 4)] },
      id: { idioms: [then(RATHER_DIE.id, ORDINARY_CHORE.id, 4)] },
    },
  },
  {
    // 「母が『私が死んだら揉めないように』と公証役場で遺言を作った」, "what happens to him when I'm no longer here? I want to
    // know about guardianship", «quando eu não estiver mais aqui… tutela»: a death ahead, arranged for by the law or
    // asked of a disabled child's future. A will or a letter alone (「遺書を書いた。私が死んだら読んで」) is a goodbye
    // and still alarms.
    name: 'when I’m gone: a notary, an inheritance or a guardian arranged, a disabled child’s future asked',
    signal: null,
    words: inAll((l) => eitherWay(WHEN_I_AM_GONE[l], ARRANGED_FOR_THEN[l], near(l, 40, 100), 1)),
  },
  {
    // 「むかし 友だちが自殺した まだ つらい」, "my best friend killed himself years ago and it still hurts": bereaved,
    // the grief long after. The wish to follow ("I want to be with her") is a word of its own and still alarms.
    name: 'someone close who took their own life long ago, still painful',
    signal: null,
    words: inAll((l) => eitherWay(SUICIDE_OF_SOMEONE_CLOSE[l], LONG_AGO_STILL_PAINFUL[l], near(l, 30, 80), 1)),
  },
  {
    // 看到新闻说有人在车站跳轨: a stranger on the writer's own line, read of (the jump here written with "someone").
    name: 'news of someone who jumped at a station',
    signal: null,
    words: {
      ja: { idioms: [then(SEEN_IN_THE_NEWS.ja, ['人が飛び込', '人がとびこ', '誰かが飛び込', '人身事故'], 30)] },
      en: { idioms: [then(SEEN_IN_THE_NEWS.en, ['someone jumped', 'a man jumped', 'a woman jumped', 'somebody jumped', 'a person jumped'], 80)] },
      zh: { idioms: [then([...SEEN_IN_THE_NEWS.zh, '看到新闻', '看了新闻', '新聞说', '看到新聞', '看了新聞', '新聞上', '新聞报', '新聞里'], ['有人在...跳轨', '有人在...卧轨', '有人跳轨', '有人卧轨', '有人跳楼', '有人在...跳楼'], 30)] },
      ko: { idioms: [then(SEEN_IN_THE_NEWS.ko, ['누가 뛰어들', '사람이 뛰어들', '사람이 투신', '누가 투신'], 60)] },
      vi: { idioms: [then(SEEN_IN_THE_NEWS.vi, ['có người nhảy', 'có người lao'], 60)] },
      ne: { idioms: [then(SEEN_IN_THE_NEWS.ne, ['कोही हाम फाल', 'एक जनाले हाम फाल'], 60)] },
      tl: { idioms: [then(SEEN_IN_THE_NEWS.tl, ['may tumalon', 'isang lalaki tumalon', 'isang babae tumalon'], 60)] },
      pt: { idioms: [then(SEEN_IN_THE_NEWS.pt, ['alguém pulou', 'alguém se jogou', 'uma pessoa se jogou', 'um homem se jogou', 'uma mulher se jogou'], 60)] },
      id: { idioms: [then(SEEN_IN_THE_NEWS.id, ['ada orang lompat', 'seseorang lompat', 'ada yang lompat', 'ada orang menabrakkan diri'], 60)] },
    },
  },
  {
    // 「キャンプで余った炭の捨て方」, «캠핑 갔다 남은 번개탄 어떻게 버려요? 타는 쓰레기예요?»: charcoal left over, and which
    // rubbish it is. Bought with tape, lit in a closed room or in a car still alarm.
    name: 'charcoal left over from a barbecue or a camp, and how to throw it out',
    signal: null,
    words: inAll((l) => eitherWay(CHARCOAL[l], HOW_TO_THROW_OUT[l], near(l, 20, 50), 1)),
  },
  {
    // 「園児の背中に丸いあざ…カッピング(吸い玉)だそうです」, «हातमा रातो दागहरू … तीजमा लगाएको मेहन्दी», «puro pasa sa tuhod
    // kakabasketball»: marks with their cause in a custom, a birthmark or a sport. A blow named beside them, or the
    // cause doubted, still alarms.
    name: 'marks from cupping, coining, henna or a birthmark; bruises from a sport played hard',
    signal: null,
    words: inAll((l) => eitherWay(SKIN_MARKS[l], CUSTOM_OR_BODY[l], near(l, 40, 90), 1)),
  },
  {
    // 「クラスで無視されてて、上履きも隠されたみたい」: bullied at school, the school's matter, `child`; a blow at home
    // or a wish to die beside it still alarms.
    name: 'a child’s things hidden at school, or ignored by the class',
    signal: null,
    words: inAll((l) => [...BULLIED_AT_SCHOOL[l]]),
  },
  {
    // «Tetangga lansia saya tinggal sendiri, kelihatannya gak punya teman, tiap hari duduk sendirian di taman»: an old
    // neighbour who seems lonely, and a writer who wants to help. Not seen for days, newspapers piling up, no
    // answer at the door still alarm.
    name: 'an older neighbour who seems lonely',
    signal: null,
    words: inAll((l) => eitherWay(OLDER_NEIGHBOUR[l], SEEMS_LONELY[l], near(l, 40, 100), 1)),
  },
  {
    // «과장이 제 목 조르는 시늉을 하면서 웃었어요. 장난이라는데 너무 불쾌해요»: a choke mimed, harassment to ask about.
    // A hand on the throat, breath gone, still alarm.
    name: 'a coworker who mimed strangling as a joke',
    signal: null,
    words: inAll((l) => [...CHOKE_MIMED[l]]),
  },
  {
    // «obat darah tinggi habis», 「血圧の薬が切れた」: a prescription run out, a refill to ask for. All the pills taken,
    // dizziness, a chest pain or a collapse still alarm.
    name: 'a daily medicine run out',
    signal: null,
    words: inAll((l) => [then(DAILY_MEDICINE[l], RAN_OUT[l], near(l, 4, 6))]),
  },
  {
    // 「好想回台灣，這邊一個人都不認識」, «Tôi muốn tìm nhóm người Việt ở gần đây để giao lưu»: homesick, or looking for
    // people to meet — a request for company, `multicultural`. A wish to die or a plan beside it still alarms.
    name: 'homesick, or looking for a group of one’s own people to meet',
    signal: null,
    words: inAll((l) => [...HOMESICK_OR_MEETING[l]]),
  },
];

/**
 * What must NOT alarm, by concept: each language's idioms of death, killing and exhaustion; deaths
 * already past and the paperwork after them; news, documentaries, films, games and novels; first-aid
 * classes and drills; old medical history; plain denials; jokes. Idioms cancel any crisis word they
 * overlap; frames cancel abuse and violence (report, joke) or an emergency (past) in their sentence.
 * A wish to die is never framed away: only true idioms of it are listed.
 */
// ── pass 26, helper C3: an elder preparing his own funeral; the heat that "will kill me" ──
/** An older relative told of, in the third person. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const AN_ELDER_TOLD_OF: Lists = {
  ja: ['祖父', '祖母', 'おじいちゃん', 'おばあちゃん', 'じいちゃん', 'ばあちゃん', '父が', '母が', 'ちちが', 'ははが', '義父', '義母'],
  en: ['my grandfather', 'my grandmother', 'my grandpa', 'my grandma', 'my granddad', 'my father', 'my mother', 'my dad', 'my mum', 'my mom'],
  zh: ['阿公', '阿嬷', '阿嬤', '爷爷', '奶奶', '外公', '外婆', '姥姥', '姥爷', '老人家', '我爸', '我妈', '父亲', '母亲', '公公', '婆婆'],
  ko: ['할아버지', '할머니', '아버지', '어머니', '아빠가', '엄마가'],
  vi: ['ông tôi', 'bà tôi', 'ông nội', 'bà nội', 'ông ngoại', 'bà ngoại', 'bố tôi', 'mẹ tôi', 'ông em', 'bà em'],
  ne: ['हजुरबुबा', 'हजुरआमा', 'बुबा', 'आमा', 'hajurbuba', 'hajurama', 'hajuraama'],
  tl: ['lolo ko', 'lola ko', 'si lolo', 'si lola', 'tatay ko', 'nanay ko'],
  pt: ['meu avô', 'minha avó', 'meu pai', 'minha mãe', 'meu vô', 'minha vó'],
  id: ['kakek', 'nenek', 'kakekku', 'nenekku', 'ayahku', 'ibuku', 'bapak saya', 'ibu saya'],
};
/** …arranging his own funeral in advance (終活, 後事, a plan with the funeral home). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const OWN_FUNERAL_ARRANGED: Lists = {
  ja: ['自分の葬儀の準備', '自分のお葬式の準備', 'じぶんのおそうしきのじゅんび', '自分の葬式の準備', '葬儀の生前予約', 'お墓の準備', 'おはかのじゅんび', '終活', 'しゅうかつ', 'エンディングノート'],
  en: ['plan his own funeral', 'plan her own funeral', 'planning his own funeral', 'planning her own funeral', 'prepare his own funeral', 'prepare her own funeral', 'arrange his own funeral', 'arrange her own funeral', 'prepaid funeral', 'funeral plan'],
  zh: ['准备自己的后事', '准备好自己的后事', '安排自己的后事', '准备后事', '安排后事', '自己的后事', '先准备...后事', '提前准备...后事', '准备自己的葬礼', '安排自己的葬礼', '买墓地', '寿衣'],
  ko: ['자기 장례를 준비', '본인 장례를 준비', '장례 준비를 미리', '상조 가입', '상조에 가입', '묏자리', '수의를 준비'],
  vi: ['chuẩn bị hậu sự', 'lo hậu sự', 'chuẩn bị đám tang của mình', 'chuẩn bị tang lễ cho mình', 'mua đất làm mộ'],
  ne: ['आफ्नो अन्त्येष्टिको तयारी', 'काजक्रियाको तयारी', 'aafno antyeshti ko tayari'],
  tl: ['ihanda ang sariling burol', 'maghanda ng sariling libing', 'plano sa sariling libing', 'memorial plan'],
  pt: ['preparar o próprio funeral', 'planejar o próprio funeral', 'plano funerário', 'plano funeral'],
  id: ['menyiapkan pemakaman sendiri', 'siapkan pemakamannya sendiri', 'asuransi pemakaman', 'beli kavling makam'],
};
/** A heat or a summer that "will kill me": the weather, said of no person. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HEAT_WILL_KILL_ME: Lists = {
  ja: ['暑さで死にそう', 'あつさでしにそう', '暑くて死にそう', 'あつくてしにそう', '暑さに殺され', '暑すぎて死ぬ', 'あつすぎてしぬ', '暑くて死ぬ', 'あつくてしぬ', '暑さで死ぬ'],
  en: ['this heat will kill me', 'this heat is going to kill me', 'this heat is gonna kill me', 'this heat is killing me', 'the heat will kill me', 'the heat is killing me', 'the heat is going to kill me', 'the heat is gonna kill me', 'this humidity is killing me', 'this summer will kill me', 'this summer is killing me'],
  zh: ['热死我了', '热死了', '热得要死', '热到要死', '热死人', '热...要我的命', '热...要了我的命'],
  ko: ['더워 죽겠', '더워서 죽겠', '더위 때문에 죽겠', '더워 죽을 것 같', '더워서 죽을 것 같', '더위에 죽겠'],
  vi: ['nóng chết mất', 'nóng muốn chết', 'nóng chết đi được', 'cái nóng này giết', 'nóng quá chết mất', 'nóng chết người'],
  ne: ['गर्मीले मार्‍यो', 'गर्मीले मार्यो', 'garmi le maryo', 'garmile maryo'],
  tl: ['init...papatayin ako', 'sobrang init...mamamatay ako', 'mamamatay ako sa init', 'patay ako sa init'],
  pt: ['esse calor vai me matar', 'este calor vai me matar', 'o calor vai me matar', 'calor...vai me matar', 'calor tá me matando', 'calor ta me matando', 'calor está me matando', 'calor vai acabar comigo'],
  id: ['panasnya bikin mati', 'panas...bikin mati', 'mati kepanasan', 'panas...mau mati', 'panasnya mematikan', 'panas...mati kepanggang', 'panas...mati terpanggang', 'gerah...mati kepanggang', 'panasnya kek neraka', 'panas kek neraka', 'panasnya kayak neraka', 'panas kayak neraka', 'panasnya kaya neraka', 'panasnya seperti neraka', 'panas seperti neraka', 'panas neraka'],
};

// biome-ignore format: each language's words stay on one line, easy to read side by side
const PASS_26_C3_SAFE: readonly Concept[] = [
  {
    // 「祖父が自分のお葬式の準備をしたいと言っています」, «阿公說想先準備自己的後事 要找誰», "my grandpa wants to plan his own
    // funeral": an elder's own arrangements told of by a grandchild (終活). A goodbye or a date with it still alarms.
    name: 'an elder relative arranging his own funeral in advance',
    signal: null,
    words: inAll((l) => [then(AN_ELDER_TOLD_OF[l], OWN_FUNERAL_ARRANGED[l], near(l, 20, 60))]),
  },
  {
    // «Esse calor do Japão vai me matar», "this heat will kill me", 「暑くて死にそう」: the weather, not a person. Dizziness,
    // vomiting or confusion in the heat (heatstroke) are words of their own and still alarm.
    name: 'the heat that will kill me, said of the weather',
    signal: null,
    words: inAll((l) => [...HEAT_WILL_KILL_ME[l]]),
  },
];

/** A drill or a scenario that plays a danger, told before it: "a drill where…", 「…役の」, a simulation of. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DRILL_PLAYED: Lists = {
  ja: ['ロールプレイで', 'ろーるぷれいで', '訓練で...役の', 'くんれんで...やくの', '想定して', 'そうていして'],
  en: ['drill where', 'drill with', 'drill in which', 'simulated', 'simulating', 'simulation of', 'simulation where', 'role play', 'roleplay', 'played an', 'played the', 'pretending to be', 'pretended to be', 'mock'],
  zh: ['模拟', '模擬', '假设有', '假設有', '扮演', '情景演练', '情景演練'],
  ko: ['상황을 가정', '가정한 훈련', '가정해서', '역할극', '모의'],
  vi: ['diễn tập tình huống', 'giả định', 'mô phỏng', 'đóng vai'],
  ne: ['अभ्यासमा', 'ड्रिलमा', 'mock drill', 'abhyas ma', 'drill ma'],
  tl: ['drill kung saan', 'simulation', 'kunwari'],
  pt: ['simulado de', 'simulação de', 'simulando', 'fingindo ser'],
  id: ['simulasi', 'pura pura jadi', 'latihan menghadapi'],
};
/** …or after it: "…scenario", 「…という想定」, «…의 훈련». */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SCENARIO_AFTER: Lists = {
  ja: ['という想定', 'といったそうてい', 'というそうてい', 'の想定', '想定の', '役の', 'やくの'],
  en: ['scenario', 'drill$', 'drills$'],
  zh: ['的情景', '的演习', '的演習', '的演练', '的演練', '的模拟', '的模擬'],
  ko: ['가정', '훈련'],
  vi: ['giả định', 'diễn tập'],
  ne: ['अभ्यास', 'drill', 'abhyas'],
  tl: ['drill$', 'simulation'],
  pt: ['simulado', 'simulação'],
  id: ['simulasi', 'latihan'],
};
/** …and the danger the drill plays: a knife, an intruder, a fire. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DANGER_PLAYED: Lists = {
  ja: ['刃物', 'はもの', 'ナイフ', 'ないふ', '包丁', 'ほうちょう', '不審者', 'ふしんしゃ', '侵入', 'しんにゅう', '火事', 'かじ', '火災', 'かさい'],
  en: ['knife', 'knives', 'intruder', 'stabbed', 'stabbing', 'fire$', 'gunman', 'shooter', 'attacker'],
  zh: ['持刀', '拿刀', '刀', '歹徒', '闯入', '闖入', '入侵', '火灾', '火災', '着火', '起火'],
  ko: ['칼', '흉기', '침입', '괴한', '화재', '불이'],
  vi: ['dao', 'hung khí', 'đột nhập', 'kẻ gian', 'cháy', 'hỏa hoạn'],
  ne: ['चक्कु', 'छुरा', 'आगलागी', 'आगो', 'chakku', 'chhura', 'aagalagi', 'aago'],
  tl: ['kutsilyo', 'patalim', 'intruder', 'sunog', 'fire$'],
  pt: ['faca', 'invasor', 'intruso', 'incêndio', 'fogo', 'esfaqueado'],
  id: ['pisau', 'penyusup', 'penyerang', 'kebakaran', 'api$', 'ditusuk'],
};
/** How to call the fire brigade or an ambulance taught or practised: how to call, taught us, we practised. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CALL_TAUGHT: Lists = {
  ja: ['通報の仕方', 'つうほうのしかた', 'かけ方', 'かけかた', '通報の練習', 'つうほうのれんしゅう', '通報訓練', '教わ', 'おそわ', '教えてもら', 'おしえてもら'],
  en: ['how to call', 'taught us', 'showed us how', 'practised calling', 'practiced calling', 'learned how', 'learnt how', 'what to say when'],
  zh: ['怎么打', '怎麼打', '如何拨打', '教我们', '教我們', '教了我们', '练习打', '學怎麼', '学怎么'],
  ko: ['거는 법', '거는 방법', '신고하는 법', '신고하는 방법', '가르쳐 줬', '가르쳐줬', '배웠'],
  vi: ['cách gọi', 'dạy cách', 'hướng dẫn gọi', 'tập gọi', 'học cách gọi'],
  ne: ['कसरी फोन', 'फोन गर्ने तरिका', 'सिकायो', 'सिकाउनुभयो', 'kasari phone', 'phone garne tarika', 'sikayo'],
  tl: ['paano tumawag', 'tinuruan kami', 'itinuro', 'nag practice'],
  pt: ['como ligar', 'ensinou a ligar', 'ensinaram a ligar', 'ensinou como ligar', 'aprendemos a ligar', 'treinamos'],
  id: ['cara telepon', 'cara menelepon', 'cara nelpon', 'ngajarin', 'mengajari', 'diajari', 'belajar telepon'],
};
/** …and what is said on that call (in Japanese, however it is written). */
const CALL_WORDS = [
  '119',
  '火事です',
  'かじです',
  '救急です',
  'きゅうきゅうです',
  'kaji desu',
  'kyuukyuu desu',
  'kyukyu desu',
  'kyuukyu desu',
];
/** A cry or a threat heard, which the next words show harmless. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CRY_HEARD: Lists = {
  ja: ['助けて', 'たすけて', '叫び声', 'さけびごえ', '殺される', 'ころされる', '悲鳴', 'ひめい'],
  en: ['help me', 'help$', 'scream', 'screaming', 'screamed', 'someone yelling'],
  zh: ['救命', '尖叫', '惨叫', '慘叫'],
  ko: ['살려줘', '살려 줘', '살려주세요', '비명'],
  vi: ['cứu với', 'cứu tôi', 'cứu em', 'tiếng hét', 'la hét'],
  ne: ['बचाऊ', 'चिच्याए', 'चिच्याउने', 'bachau', 'chichyaye'],
  tl: ['saklolo', 'tulong$', 'sumigaw', 'sigaw'],
  pt: ['socorro', 'grito', 'gritou', 'gritando'],
  id: ['tolong$', 'teriak', 'berteriak', 'jeritan'],
};
/** …said by children at play, or a game's line. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HARMLESS_AFTER_ALL: Lists = {
  ja: ['ごっこ', '子どもたちが遊んで', 'こどもたちがあそんで', 'ゲームのセリフ', 'げーむのせりふ'],
  en: ['kids were playing', 'children were playing', 'kids playing', 'children playing', 'just a game', 'only a game'],
  zh: ['孩子们在玩', '孩子們在玩', '小朋友在玩', '游戏里的台词', '遊戲裡的台詞', '只是游戏', '只是遊戲'],
  ko: ['애들이 게임', '아이들이 게임', '아이들이 놀', '애들이 놀', '놀이하면서'],
  vi: ['bọn trẻ chơi', 'trẻ con chơi', 'các bé chơi', 'chỉ là trò chơi'],
  ne: ['बच्चाहरू खेल', 'खेलिरहेका थिए', 'गेमको कुरा', 'खेलको कुरा', 'bachha haru khel', 'game ko kura'],
  tl: ['naglalaro ang mga bata', 'naglalaro sila', 'laro lang'],
  pt: ['as crianças brincando', 'crianças estavam brincando', 'era brincadeira', 'só um jogo'],
  id: ['anak anak main', 'anak anak lagi main', 'cuma game', 'cuma main'],
};
/** …revealed as play or a dream after all: only a game, pretend play, a nightmare. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const REVEALED_PLAY: Lists = {
  ja: ['ごっこをしていた', 'ごっこしてて', 'ごっこをして', '遊んでいただけ', 'あそんでいただけ', '夢でした', 'ゆめでした', 'ゆめ でした', '夢だった', 'ゆめだった'],
  en: ['were just playing', 'was just playing', 'only playing', 'was just a dream', 'was only a dream'],
  zh: ['只是在玩', '原来是在玩', '原來是在玩', '原来是梦', '原來是夢', '只是做梦', '只是做夢'],
  ko: ['놀이였', '장난이었', '꿈이었'],
  vi: ['chỉ là chơi', 'chỉ đang chơi', 'chỉ là mơ', 'hóa ra là mơ'],
  ne: ['खेल्दै रहेछन्', 'सपना रहेछ', 'khel dai rahechhan', 'sapana rahechha'],
  tl: ['naglalaro lang pala', 'laro lang pala', 'panaginip lang pala'],
  pt: ['era só brincadeira', 'estavam só brincando', 'era só um sonho'],
  id: ['cuma main main', 'ternyata lagi main', 'ternyata cuma mimpi', 'cuma mimpi'],
};
/** A threat of killing shouted at play: "I'll kill you", "die". */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const KILL_SHOUTED: Lists = {
  ja: ['殺すぞ', 'ころすぞ', '殺してやる', 'ころしてやる', '死ね', 'しね'],
  en: ['ill kill you', 'i will kill you', 'kill you', 'die die'],
  zh: ['杀了你', '殺了你', '打死你', '去死'],
  ko: ['죽여버릴', '죽인다', '죽어라'],
  vi: ['giết mày', 'tao giết', 'chết đi'],
  ne: ['मार्छु', 'मारिदिन्छु', 'marchhu', 'marchu', 'maridinchhu'],
  tl: ['papatayin kita', 'mamatay ka'],
  pt: ['vou te matar', 'te mato', 'morre$'],
  id: ['kubunuh', 'bunuh kamu', 'mati kau', 'mati lo'],
};
/** Blood or a stab that was a costume's: fake blood, make-up, a Halloween party. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const COSTUME_BLOOD: Lists = {
  ja: ['血のり', 'ちのり', '偽物の血', 'にせもののち', 'ハロウィン', 'はろうぃん', '仮装', 'かそう', '特殊メイク'],
  en: ['fake blood', 'halloween', 'costume', 'stage blood', 'special effects makeup', 'sfx makeup'],
  zh: ['假血', '万圣节', '萬聖節', '变装', '變裝', '特效妆', '特效妝'],
  ko: ['가짜 피', '핼러윈', '할로윈', '분장'],
  vi: ['máu giả', 'halloween', 'hóa trang'],
  ne: ['नक्कली रगत', 'halloween', 'nakkali ragat'],
  tl: ['pekeng dugo', 'fake blood', 'halloween', 'costume'],
  pt: ['sangue falso', 'sangue de mentira', 'halloween', 'fantasia', 'fantasiado'],
  id: ['darah palsu', 'halloween', 'kostum'],
};
/** …the blood or stab words so dressed up. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const BLOOD_SHOWN: Lists = {
  ja: ['刺された', 'さされた', '血だらけ', 'ちだらけ', '血まみれ', 'ちまみれ', '血が'],
  en: ['stabbed', 'blood all over', 'covered in blood', 'bleeding'],
  zh: ['被刺', '被捅', '满身是血', '滿身是血', '全身是血', '流血'],
  ko: ['칼에 찔', '찔렸', '피투성이', '피가'],
  vi: ['bị đâm', 'đầy máu', 'chảy máu'],
  ne: ['छुरा हाने', 'रगतै रगत', 'रगत बग', 'ragatai ragat'],
  tl: ['sinaksak', 'nasaksak', 'duguan', 'puro dugo'],
  pt: ['esfaqueado', 'esfaqueada', 'cheio de sangue', 'sangrando'],
  id: ['ditusuk', 'berlumuran darah', 'penuh darah', 'berdarah'],
};
/** Someone else's collapse or accident, and the ambulance. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SOMEONE_TAKEN: Lists = {
  ja: ['倒れ', 'たおれ', '救急車', 'きゅうきゅうしゃ', '事故', 'じこ'],
  en: ['fainted', 'collapsed', 'ambulance', 'accident'],
  zh: ['晕倒', '暈倒', '昏倒', '救护车', '救護車', '车祸', '車禍'],
  ko: ['쓰러졌', '쓰러지', '구급차', '사고'],
  vi: ['xe cấp cứu', 'cấp cứu', 'tai nạn', 'ngất', 'xỉu'],
  ne: ['एम्बुलेन्स', 'ambulance', 'दुर्घटना', 'बेहोस', 'behosh', 'durghatana'],
  tl: ['nahimatay', 'ambulansya', 'ambulance', 'aksidente'],
  pt: ['desmaiou', 'ambulância', 'acidente', 'passou mal'],
  id: ['pingsan', 'ambulans', 'kecelakaan'],
};
/** …told survived or well after it: came back to thank us, pulled through, it was only low blood pressure. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CAME_THROUGH: Lists = {
  ja: ['助かりました', 'たすかりました', '一命をとりとめ', '一命を取り留め', '命に別状はな', 'いのちにべつじょうはな', 'お礼に来', 'おれいにき', '貧血だった', 'ひんけつだった'],
  en: ['survived', 'pulled through', 'came back to thank', 'came in to thank', 'came by to thank', 'only low blood pressure', 'just low blood pressure'],
  zh: ['抢救过来了', '搶救過來了', '没有生命危险', '沒有生命危險', '脱离危险', '脫離危險', '来道谢', '來道謝', '只是低血压', '只是低血壓'],
  ko: ['목숨은 건졌', '생명에는 지장이 없', '고맙다고 찾아', '인사하러 왔', '저혈압이었'],
  vi: ['đã qua khỏi', 'qua khỏi rồi', 'người ta qua khỏi', 'người đó qua khỏi', 'đến cảm ơn', 'quay lại cảm ơn', 'chỉ bị tụt huyết áp'],
  ne: ['ज्यान बच्यो', 'धन्यवाद दिन आ', 'jyan bachyo', 'dhanyabad dina aa'],
  tl: ['nakaligtas', 'bumalik para magpasalamat', 'bumalik siya para magpasalamat', 'low blood lang'],
  pt: ['voltou pra agradecer', 'voltou para agradecer', 'veio agradecer', 'era só pressão baixa', 'sobreviveu', 'se salvou'],
  id: ['nyawanya selamat', 'berhasil diselamatkan', 'datang berterima kasih', 'balik buat bilang makasih', 'cuma darah rendah'],
};
/** An attempt or a wish to die told with a time long past: last year, years ago, half a year ago. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const HARM_LONG_AGO: Lists = {
  ja: ['年前に自殺未遂', '去年自殺未遂', '年前に死にたいと', '去年死にたいと', '年前に自殺を図', 'ねんまえにじさつみすい'],
  en: ['years ago attempted', 'last year attempted', 'attempted suicide years ago', 'attempted suicide last year', 'tried to kill herself last year', 'tried to kill himself last year', 'tried to kill myself years ago', 'tried to kill herself years ago', 'tried to kill himself years ago'],
  zh: ['半年前...说过想死', '年前...说过想死', '去年...说过想死', '半年前...自杀未遂', '年前...自杀未遂', '去年...自杀未遂', '以前说过想死', '曾经说过想死'],
  ko: ['전에 자살시도', '전에 자살 시도', '작년에 자살시도', '작년에 자살 시도', '자살시도한 적', '자살 시도한 적', '자살시도한적'],
  vi: ['năm ngoái...tự tử', 'năm trước...tự tử', 'năm về trước...tự tử'],
  ne: ['गत वर्ष...आत्महत्याको प्रयास', 'वर्ष अघि...आत्महत्याको प्रयास', 'barsa agadi...atmahatya'],
  tl: ['noong isang taon...nagtangkang magpakamatay', 'taon na ang nakalipas...nagtangkang magpakamatay', 'dati...nagtangkang magpakamatay'],
  pt: ['ano passado...tentativa de suicídio', 'anos atrás...tentativa de suicídio', 'ano passado...tentou se matar', 'anos atrás...tentou se matar'],
  id: ['tahun lalu...percobaan bunuh diri', 'tahun lalu...mencoba bunuh diri', 'sempat percobaan bunuh diri', 'pernah percobaan bunuh diri', 'pernah mencoba bunuh diri'],
};
/** …and treated and well now. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WELL_SINCE: Lists = {
  ja: ['今は元気', 'いまはげんき', '今は落ち着', 'いまはおちつ', '今は大丈夫', 'いまはだいじょうぶ', '回復し', 'かいふくし'],
  en: ['fine now', 'okay now', 'doing well now', 'much better now', 'recovered', 'went home and is well'],
  zh: ['好很多了', '好多了', '已经好了', '已經好了', '现在很好', '現在很好', '恢复了', '恢復了'],
  ko: ['지금은 괜찮', '치료받고 괜찮', '지금은 치료받고', '이제 괜찮', '지금은 많이 좋아', '지금은 잘 지내'],
  vi: ['giờ đã ổn', 'giờ ổn rồi', 'đã khỏe lại', 'giờ khỏe rồi'],
  ne: ['अहिले ठीक', 'अहिले ठिक', 'निको भ', 'ahile thik'],
  tl: ['okay na siya', 'ayos na siya', 'magaling na siya', 'okay na ako', 'ayos na ako'],
  pt: ['hoje está bem', 'agora está bem', 'já está bem', 'se recuperou', 'hoje tá bem'],
  id: ['kabarnya baik', 'sudah pulih', 'sudah sembuh', 'sekarang sudah baik', 'sudah pulang ke'],
};
/** A parent "will kill me" over a trifle, said by a child… */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PARENT_WILL_KILL: Lists = {
  ja: ['お母さんに殺される', 'おかあさんにころされる', 'ママに殺される', 'ままにころされる', 'お父さんに殺される', 'おとうさんにころされる', '母に殺される'],
  en: ['my mom is gonna kill me', 'my mum is gonna kill me', 'my mom will kill me', 'my mum will kill me', 'my dad will kill me', 'my dad is gonna kill me'],
  zh: ['我妈要打死我', '我妈会打死我', '我妈会杀了我', '我爸要打死我', '我爸会打死我', '我媽要打死我', '我媽會打死我', '妈妈会杀了我'],
  ko: ['엄마한테 죽었다', '엄마한테 죽을', '아빠한테 죽었다', '아빠한테 죽을'],
  vi: ['mẹ giết em mất', 'mẹ giết con mất', 'bố giết con mất', 'mẹ đánh chết'],
  ne: ['आमाले मार्नुहुन्छ', 'बुबाले मार्नुहुन्छ', 'aama le marnu hunchha', 'aamale marnuhunchha'],
  tl: ['papatayin ako ni mama', 'papatayin ako ni nanay', 'papatayin ako ni papa', 'patay ako kay mama'],
  pt: ['minha mãe vai me matar', 'meu pai vai me matar', 'minha mãe me mata'],
  id: ['mama bakal bunuh aku', 'dibunuh mama', 'dibunuh ibu', 'mamaku bakal marah besar'],
};
/** …and laughed at, by the child or the parent. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LAUGHED: Lists = {
  ja: ['笑', 'わら', '😂', '🤣'],
  en: ['lol', 'haha', 'laughing', 'laughed', '😂', '🤣'],
  zh: ['😂', '🤣', '哈哈', '笑得不行', '笑死', '也笑', '在笑', '笑了', '笑着', '笑著'],
  ko: ['ㅋㅋ', '😂', '웃으', '웃었'],
  vi: ['😂', '🤣', 'haha', 'cười'],
  ne: ['😂', 'हाँस', 'hahaha', 'hasnu'],
  tl: ['😂', 'haha', 'natawa', 'tumatawa'],
  pt: ['😂', 'kkk', 'rindo', 'riu'],
  id: ['😂', 'wkwk', 'haha', 'ketawa'],
};
/** A class or a group that discussed a news story… */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NEWS_DISCUSSED: Lists = {
  ja: ['授業でニュース', 'じゅぎょうでにゅーす', 'クラスでニュース', 'ニュースについて話し合', 'にゅーすについてはなしあ', 'ニュースを取り上げ'],
  en: ['discussed the news', 'discussed a news story', 'discussed a news article', 'discussed in class', 'talked about the news in class'],
  zh: ['课上讨论', '課上討論', '讨论了新闻', '討論了新聞', '讨论一则新闻', '讨论了一条新闻'],
  ko: ['수업에서 뉴스', '뉴스에 대해 토론', '뉴스를 가지고 토론', '뉴스로 토론'],
  vi: ['thảo luận tin', 'thảo luận về tin', 'thảo luận bài báo', 'bàn về tin tức'],
  ne: ['समाचारबारे छलफल', 'समाचारको बारेमा छलफल', 'samachar ko barema chhalphal'],
  tl: ['nag discuss kami', 'nagdiscuss kami', 'pinag usapan namin', 'pinagusapan namin', 'dinisscuss namin'],
  pt: ['discutimos a notícia', 'discutimos uma notícia', 'debatemos a notícia', 'debatemos uma notícia'],
  id: ['diskusi berita', 'membahas berita', 'bahas berita', 'diskusi tentang berita'],
};
/** …about a suicide. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const SUICIDE_TOPIC: Lists = {
  ja: ['自殺', 'じさつ'],
  en: ['suicide'],
  zh: ['自杀', '自殺'],
  ko: ['자살'],
  vi: ['tự tử', 'tự sát'],
  ne: ['आत्महत्या', 'atmahatya'],
  tl: ['suicide', 'pagpapakamatay', 'nagpakamatay'],
  pt: ['suicídio'],
  id: ['bunuh diri'],
};
/** Physical pain (a back, a tooth, a head) said "to die for". */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PAIN_OF: Lists = {
  ja: ['腰が痛くて', 'こしがいたくて', '歯が痛くて', 'はがいたくて', '頭が痛くて', 'あたまがいたくて', 'お腹が痛くて', 'おなかがいたくて', '生理痛で'],
  en: ['my back hurts so', 'my tooth hurts so', 'toothache', 'my head hurts so', 'period cramps', 'my back pain'],
  zh: ['腰疼', '腰痛', '牙疼', '牙痛', '头疼', '頭疼', '头痛', '頭痛', '肚子疼', '痛经', '痛經'],
  ko: ['허리가 아파', '허리 아파', '이가 아파', '이빨이 아파', '머리가 아파', '배가 아파', '생리통'],
  vi: ['đau lưng', 'đau răng', 'đau đầu', 'nhức đầu', 'đau bụng', 'nhức răng', 'đau vai', 'đau chân', 'đau bụng kinh'],
  ne: ['ढाड दुखेर', 'दाँत दुखेर', 'टाउको दुखेर', 'पेट दुखेर', 'dhad dukhera', 'dat dukhera', 'tauko dukhera', 'pet dukhera'],
  tl: ['sakit ng likod', 'sakit ng ngipin', 'sakit ng ulo', 'sakit ng tiyan', 'sakit ng puson'],
  pt: ['dor nas costas', 'dor de dente', 'dor de cabeça', 'cólica'],
  id: ['sakit pinggang', 'sakit gigi', 'sakit kepala', 'sakit perut', 'nyeri haid', 'pinggang'],
};
/** …"so much I could die", the hyperbole's own endings (not «muốn chết cho xong», «想死», a wish). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PAIN_TO_DIE: Lists = {
  ja: ['死にそう', 'しにそう', '死ぬかと思', 'しぬかとおも'],
  en: ['i could die', 'could die lol', 'want to die lol', 'wanna die lol'],
  zh: ['得要死', '到要死', '死我了', '得要命', '到要命'],
  ko: ['죽겠', '죽을 것 같'],
  vi: ['muốn chết luôn', 'muốn chết đi được', 'gần chết', 'chết mất', 'chết đi được'],
  ne: ['मर्न लागें', 'मर्न लागे', 'marna lage'],
  tl: ['parang mamamatay', 'mamamatay na ako sa sakit'],
  pt: ['de matar', 'morrendo de dor', 'tô morrendo', 'to morrendo'],
  id: ['mau mati rasanya', 'rasanya mau mati', 'setengah mati', 'kayak mau mati'],
};
/** A tight chest or no sleep from worry about money or family: the feeling of worry, not a heart. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CHEST_TIGHT: Lists = {
  ja: ['胸が苦しく', 'むねがくるしく', '胸が締め付け', 'むねがしめつけ', '胸がぎゅっと'],
  en: ['chest gets tight', 'chest feels tight', 'tight chest', 'chest tightens'],
  zh: ['胸闷', '胸悶', '胸口发紧', '胸口發緊', '胸口闷', '胸口悶'],
  ko: ['가슴이 답답', '가슴이 조여', '가슴이 꽉'],
  vi: ['tức ngực', 'nặng ngực', 'thắt ngực'],
  ne: ['छाती भारी', 'छाती कस्सिन्छ', 'chhati bhari', 'chati bhari'],
  tl: ['naninikip ang dibdib', 'naninikip dibdib', 'sumisikip ang dibdib', 'masikip ang dibdib'],
  pt: ['aperto no peito', 'peito apertado', 'peito aperta'],
  id: ['dada sesak', 'sesak dada', 'dada rasanya sesak', 'dada terasa sesak'],
};
/** …when I think of it. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const THINKING_OF: Lists = {
  ja: ['考えると', 'かんがえると', '思うと', 'おもうと', '考えるたびに'],
  en: ['when i think about', 'when i think of', 'thinking about', 'whenever i think'],
  zh: ['一想到', '想到', '想起'],
  ko: ['생각하면', '생각만 하면', '생각할 때마다'],
  vi: ['nghĩ tới', 'nghĩ đến', 'mỗi khi nghĩ'],
  ne: ['सोच्दा', 'सम्झँदा', 'sochda', 'samjhada'],
  tl: ['pag iniisip', 'kapag iniisip', 'tuwing iniisip', 'pag naiisip'],
  pt: ['quando penso', 'só de pensar', 'toda vez que penso'],
  id: ['kalau mikirin', 'kalo mikirin', 'kalau memikirkan', 'tiap mikirin', 'kalau ingat', 'kalo inget'],
};
/** …of debts and money, the family's back home too (the worry named, to the end of its words). */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const MONEY_WORRIED: Lists = {
  ja: ['借金', '家族の借金', '実家の借金', '仕送り', 'ローン', 'お金のこと'],
  en: ['debts', 'debt', 'my familys debts', 'the debts back home', 'money back home', 'the bills', 'money'],
  zh: ['债务', '欠债', '家里的债', '老家的债', '钱的事', '贷款'],
  ko: ['빚', '가족 빚', '집안 빚', '대출', '돈 문제'],
  vi: ['nợ', 'nợ nần', 'nợ của gia đình', 'khoản nợ', 'tiền nợ', 'tiền gửi về nhà'],
  ne: ['ऋण', 'कर्जा', 'घरको ऋण', 'rin', 'karja', 'ghar ko karja', 'ghar ko rin'],
  tl: ['utang', 'utang ng pamilya', 'mga utang', 'bayarin', 'pera'],
  pt: ['dívida', 'dívidas', 'dívidas da família', 'as dívidas da família', 'contas', 'dinheiro'],
  id: ['utang', 'hutang', 'utang keluarga', 'hutang keluarga', 'cicilan', 'tagihan', 'duit'],
};
/** A terminal illness and a wish to die at home rather than in hospital: where, not whether. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DIE_AT_HOME: Lists = {
  ja: ['家で死にたい', 'いえでしにたい', '自宅で死にたい', '家で最期を', 'いえでさいごを', '自宅で最期'],
  en: ['wants to die at home', 'want to die at home', 'die at home', 'pass away at home'],
  zh: ['想在家里走', '想在家走', '想死在家里', '想在家里离开', '想在家離開', '想在家裡走'],
  ko: ['집에서 죽고 싶', '집에서 임종', '집에서 돌아가시고 싶'],
  vi: ['muốn mất ở nhà', 'muốn chết ở nhà', 'muốn ra đi ở nhà'],
  ne: ['घरमै मर्न चाहनुहुन्छ', 'घरमै मर्न चाहन्छ', 'ghar mai marna chahanu'],
  tl: ['sa bahay na lang daw...gusto mamatay', 'sa bahay na lang...mamatay', 'gusto mamatay sa bahay', 'gustong mamatay sa bahay', 'mamatay sa bahay'],
  pt: ['quer morrer em casa', 'morrer em casa'],
  id: ['ingin meninggal di rumah', 'mau meninggal di rumah', 'pengen meninggal di rumah'],
};
/** …said with the terminal illness or the home care asked for. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const TERMINAL: Lists = {
  ja: ['末期', 'まっき', 'がん', 'ガン', '癌', '余命', 'よめい', 'ホスピス', '訪問診療', 'ほうもんしんりょう', '在宅医療', 'ざいたくいりょう'],
  en: ['terminal', 'stage 4', 'stage four', 'cancer', 'hospice', 'palliative', 'home visit', 'home care'],
  zh: ['末期', '晚期', '癌', '安宁', '安寧', '居家医疗', '居家醫療', '上门看诊', '到宅'],
  ko: ['말기', '암', '호스피스', '가정 호스피스', '왕진', '재택의료'],
  vi: ['giai đoạn cuối', 'ung thư', 'bác sĩ đến nhà', 'chăm sóc tại nhà'],
  ne: ['क्यान्सर', 'अन्तिम चरण', 'cancer', 'last stage'],
  tl: ['stage 4', 'stage four', 'cancer', 'terminal', 'doctor ang pumunta sa bahay', 'home visit', 'hospice'],
  pt: ['terminal', 'estágio 4', 'câncer', 'cancer', 'paliativ', 'médico em casa', 'atendimento domiciliar'],
  id: ['stadium 4', 'kanker', 'terminal', 'paliatif', 'dokter datang ke rumah', 'home care'],
};
/** Worn out, "but not the kind that wants to die, just tired". */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const NOT_THAT_KIND: Lists = {
  ja: ['死にたいとかじゃなくて', 'しにたいとかじゃなくて', '死にたいわけじゃなくて', 'しにたいわけじゃなくて'],
  en: ['not the suicidal kind', 'not in a suicidal way', 'not like i want to die', 'not that i want to die'],
  zh: ['不是想死那种', '不是想死的那种', '不是那种想死', '但不是想死', '不是想死那種', '不是想死的那種', '不是那種想死'],
  ko: ['죽고 싶은 그런 건 아니', '죽고 싶다는 그런 건 아니', '죽고 싶은 건 아니'],
  vi: ['không phải kiểu muốn chết', 'không phải muốn chết đâu'],
  ne: ['मर्न मन लागेको होइन', 'marna man lageko hoina'],
  tl: ['hindi yung gusto mamatay', 'hindi naman yung gustong mamatay'],
  pt: ['não é que eu queira morrer', 'não do tipo querer morrer'],
  id: ['bukan yang pengen mati', 'bukan ingin mati', 'bukan mau mati'],
};
/** …beside "I can't hold on": the strain, not the end. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const CANT_HOLD_ON: Lists = {
  ja: ['限界', 'げんかい', 'もう無理', 'もうむり', '持たない', 'もたない'],
  en: ['cant go on', 'cant keep going', 'cant take it', 'at my limit'],
  zh: ['撑不下去', '撐不下去', '撑不住', '撐不住', '受不了'],
  ko: ['못 버티', '못버티', '한계'],
  vi: ['không chịu nổi', 'hết chịu nổi', 'kiệt sức'],
  ne: ['सक्दिनँ', 'thakisake', 'सहन सक्दिन'],
  tl: ['hindi ko na kaya', 'di ko na kaya'],
  pt: ['não aguento mais', 'não aguento'],
  id: ['gak kuat lagi', 'nggak kuat lagi', 'tidak kuat lagi'],
};
/** A child caring for a sick parent's household: a young carer told of by a teacher. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const YOUNG_CARER: Lists = {
  ja: ['病気の母の代わりに', 'びょうきのははのかわりに', '病気のお母さんの代わりに', '母の代わりに家事', 'ヤングケアラー', 'やんぐけあらー', '弟たちのご飯', '妹たちのご飯'],
  en: ['instead of her sick mum', 'instead of his sick mum', 'instead of her sick mom', 'instead of his sick mom', 'cooks for his siblings', 'cooks for her siblings', 'young carer'],
  zh: ['代替生病的妈妈', '替生病的妈妈', '替生病的媽媽', '给弟弟妹妹做饭', '給弟弟妹妹做飯', '照顾弟妹', '照顧弟妹'],
  ko: ['아픈 엄마 대신', '아픈 아빠 대신', '엄마 대신 동생', '영케어러', '가족돌봄청년'],
  vi: ['thay mẹ ốm', 'thay mẹ bệnh', 'nấu cơm cho các em', 'lo cơm cho các em'],
  ne: ['बिरामी आमाको सट्टा', 'भाइबहिनीलाई खाना पकाउ', 'bhai bahini lai khana pakau'],
  tl: ['pumalit sa maysakit na nanay', 'siya ang nagluluto para sa mga kapatid', 'nag aalaga sa mga kapatid'],
  pt: ['no lugar da mãe doente', 'cozinha para os irmãos', 'cuida dos irmãos'],
  id: ['menggantikan ibunya yang sakit', 'masak untuk adik adiknya', 'masakin adik adiknya', 'ngurus adik adiknya'],
};
/** A teenager or a parent who will not see a doctor: an ordinary worry, not an emergency. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const DOCTOR_REFUSED: Lists = {
  ja: ['病院に行きたがらない', 'びょういんにいきたがらない', '病院に行こうとしない'],
  en: ['refuses to see a doctor', 'wont go to the doctor', 'doesnt want to go to the doctor'],
  zh: ['不肯去看医生', '不肯去看醫生', '不愿意去医院', '不願意去醫院'],
  ko: ['병원에 안 가려고', '병원 안 가겠다고'],
  vi: ['không chịu đi khám', 'không chịu đi bác sĩ'],
  ne: ['डाक्टरकहाँ जान मान्दैन', 'doctor kaha jana mandaina'],
  tl: ['ayaw magpatingin', 'ayaw pumunta sa doktor'],
  pt: ['não quer ir no médico', 'não quer ir ao médico'],
  id: ['nggak mau ke dokter', 'gak mau ke dokter', 'tidak mau ke dokter'],
};
/** A landlord or an agent putting a tenant out: an eviction, not a blow. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const LANDLORD: Lists = {
  ja: ['大家', 'おおや', '管理会社', 'かんりがいしゃ', '不動産屋'],
  en: ['landlord', 'landlady', 'property manager', 'letting agent', 'the agency'],
  zh: ['房东', '房東', '中介'],
  ko: ['집주인', '부동산'],
  vi: ['chủ nhà', 'chủ trọ'],
  ne: ['घरबेटी', 'gharbeti'],
  tl: ['landlord', 'may ari ng bahay', 'may ari ng apartment'],
  pt: ['dono do apartamento', 'dono da casa', 'proprietário', 'senhorio', 'imobiliária'],
  id: ['pemilik kos', 'pemilik rumah', 'pemilik apartemen', 'ibu kos', 'bapak kos'],
};
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PUTTING_OUT: Lists = {
  ja: ['追い出そう', 'おいだそう', '追い出され', 'おいだされ', '出ていけ', 'でていけ'],
  en: ['kicking me out', 'kicking us out', 'kicks me out', 'throwing me out', 'throwing us out', 'evicting'],
  zh: ['赶我走', '趕我走', '赶我出去', '趕我出去', '叫我搬走'],
  ko: ['나가라고', '쫓아내려', '쫓겨나'],
  vi: ['đuổi em', 'đuổi tôi', 'đuổi ra'],
  ne: ['निकाल्दै', 'निकाल्न', 'nikaldai', 'nikalna'],
  tl: ['pinapaalis', 'pinalalayas', 'pinapalayas'],
  pt: ['me expulsando', 'me despejando', 'me mandando embora', 'me botando pra fora'],
  id: ['mengusir', 'ngusir', 'diusir'],
};

/**
 * Pass 27: what a worker saw or heard and found harmless or already handled — a drill played with a knife or a
 * fire, the call to 119 practised, a cry that was a game or a nightmare, blood that was a costume's, someone
 * else's collapse or accident they survived, an attempt or a wish long past and treated, a class discussing a
 * suicide in the news, a child's "mum will kill me" laughed at — and everyday figures: pain "to die for", a chest
 * tight with worry, dying at home chosen by the terminally ill, "not the kind that wants to die", a young carer, a
 * teenager who won't see a doctor, a landlord "kicking me out". Each takes the danger out
 * of its own words only: a blow, a wound bleeding now, a wish said again today still alarm by their own words.
 */
const PASS_27_SAFE: readonly Concept[] = [
  {
    name: 'a drill or scenario that plays a knife, an intruder or a fire; the emergency call practised',
    signal: null,
    words: inAll((l) => [
      then(DRILL_PLAYED[l], DANGER_PLAYED[l], near(l, 20, 40)),
      then(DANGER_PLAYED[l], SCENARIO_AFTER[l], near(l, 12, 24)),
      ...eitherWay(CALL_TAUGHT[l], CALL_WORDS, near(l, 30, 80)),
    ]),
  },
  {
    name: 'a cry or a threat heard that was a game or a nightmare; blood that was a costume’s',
    signal: null,
    words: inAll((l) => [
      then(CRY_HEARD[l], REVEALED_PLAY[l], near(l, 60, 160), 2),
      ...eitherWay(KILL_SHOUTED[l], HARMLESS_AFTER_ALL[l], near(l, 30, 80), 1),
      ...eitherWay(BLOOD_SHOWN[l], COSTUME_BLOOD[l], near(l, 60, 140), 1),
    ]),
  },
  {
    name: 'someone else’s collapse or accident, gone by ambulance, survived or back to thank',
    signal: null,
    words: inAll((l) => [then(SOMEONE_TAKEN[l], CAME_THROUGH[l], near(l, 80, 200), 2)]),
  },
  {
    name: 'an attempt or a wish to die told as long past, treated and well now',
    signal: null,
    words: inAll((l) => [then(HARM_LONG_AGO[l], WELL_SINCE[l], near(l, 60, 160), 2)]),
  },
  {
    name: 'a class discussing a suicide in the news; a child’s “mum will kill me” laughed at',
    signal: null,
    words: inAll((l) => [
      then(NEWS_DISCUSSED[l], SUICIDE_TOPIC[l], near(l, 30, 80)),
      ...eitherWay(PARENT_WILL_KILL[l], LAUGHED[l], near(l, 40, 80), 1),
    ]),
  },
  {
    name: 'pain “to die for”; a chest tight with worry; dying at home chosen in a terminal illness; not the kind that wants to die',
    signal: null,
    words: inAll((l) => [
      then(PAIN_OF[l], PAIN_TO_DIE[l], near(l, 8, 24)),
      ...eitherWay(CHEST_TIGHT[l], THINKING_OF[l], near(l, 12, 30)),
      then(each(CHEST_TIGHT[l], THINKING_OF[l], '...'), MONEY_WORRIED[l], near(l, 6, 16)),
      ...eitherWay(DIE_AT_HOME[l], TERMINAL[l], near(l, 40, 80), 1),
      then(CANT_HOLD_ON[l], NOT_THAT_KIND[l], near(l, 16, 40)),
    ]),
  },
  {
    name: 'a young carer told of; a teenager who won’t see a doctor; a landlord “kicking me out”',
    signal: null,
    words: inAll((l) => [
      ...YOUNG_CARER[l],
      ...DOCTOR_REFUSED[l],
      then(LANDLORD[l], PUTTING_OUT[l], near(l, 16, 40)),
    ]),
  },
];

/**
 * Pass 27 (safe, helper 3): a drowning played by the pretend victim of a first-aid, CPR or lifesaving class;
 * resignation said as "all I can do is laugh"; a person who "went underwater" (cut contact, ghosted). Each takes
 * the danger out of its own words only: someone really in the water now, a laugh beside pills taken, a note
 * left by the one who vanished still alarm by their own words.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const PLAYED_DROWNING: Lists = {
  ja: ['溺れる役', 'おぼれるやく', '溺れた人の役', '溺れる人の役', 'おぼれたひとのやく', '溺れたふり', 'おぼれたふり', '溺れるふり', 'おぼれるふり', '溺れたという想定', '溺れた想定', 'おぼれたそうてい', '溺れる真似', 'おぼれるまね'],
  en: ['pretended to drown', 'pretending to drown', 'pretend to drown', 'pretends to drown', 'pretended to be drowning', 'pretending to be drowning', 'pretend to be drowning', 'pretend drowning', 'fake drowning', 'faked drowning', 'simulated drowning', 'simulate a drowning', 'played the drowning', 'playing the drowning', 'played a drowning'],
  zh: ['假装溺水', '假裝溺水', '装溺水', '裝溺水', '扮演溺水', '模拟溺水', '模擬溺水', '假装落水', '假裝落水', '模拟有人溺水', '模擬有人溺水'],
  ko: ['물에 빠진 척', '물에 빠지는 척', '익사하는 척', '물에 빠진 사람 역할', '익수자 역할', '물에 빠진 상황을 가정', '물에 빠진 상황 가정'],
  vi: ['giả vờ đuối nước', 'giả vờ bị đuối nước', 'giả vờ chết đuối', 'đóng vai người đuối nước', 'đóng vai người bị đuối nước', 'giả định có người đuối nước', 'mô phỏng đuối nước'],
  ne: ['डुबेको अभिनय', 'डुब्न लागेको अभिनय', 'डुबेको नाटक', 'dubeko abhinaya', 'dubeko natak'],
  tl: ['kunwari nalulunod', 'kunwaring nalulunod', 'kunwari nalunod', 'kunwaring nalunod', 'kunwari may nalulunod', 'kunwari may nalunod', 'nagkunwaring nalulunod', 'nagkunwari na nalulunod', 'kunyari nalulunod', 'kunyaring nalulunod', 'kunyari may nalulunod'],
  pt: ['fingiu se afogar', 'fingindo se afogar', 'fingir se afogar', 'fingiu que estava se afogando', 'fingindo que estava se afogando', 'fingir que está se afogando', 'simulação de afogamento', 'simular afogamento', 'simulou afogamento', 'simulando afogamento'],
  id: ['pura pura tenggelam', 'berpura pura tenggelam', 'simulasi orang tenggelam', 'simulasi tenggelam', 'berperan sebagai korban tenggelam', 'peragakan orang tenggelam'],
};
/** Resignation at a sum or a mess too big to mend: "all I can do is laugh" — no laugh over a danger. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const ONLY_LAUGH_LEFT: Lists = {
  ja: ['もう笑うしかない', 'もうわらうしかない', '笑うしかない', 'わらうしかない', '笑うしかねえ', '笑うしかありません', '笑うほかない', '笑えてくる', 'わらえてくる', '逆に笑える'],
  en: ['all i can do is laugh', 'all you can do is laugh', 'nothing to do but laugh', 'nothing left but to laugh', 'might as well laugh', 'have to laugh at this point', 'laugh so i dont cry'],
  zh: ['只能笑了', '只能苦笑', '只好笑了', '只能笑笑', '哭笑不得'],
  ko: ['웃음밖에 안 나', '웃음만 나와', '웃음만 나오', '웃을 수밖에', '어이가 없어서 웃음', '헛웃음만'],
  vi: ['chỉ biết cười', 'chỉ còn biết cười', 'chỉ biết cười trừ', 'dở khóc dở cười'],
  ne: ['हाँस्नु बाहेक', 'हाँस्नु सिवाय', 'hasnu bahek', 'hasnu siwaya'],
  tl: ['tawanan na lang', 'tatawanan ko na lang', 'matatawa ka na lang', 'matatawa na lang ako'],
  pt: ['só me resta rir', 'só resta rir', 'rir pra não chorar', 'rir para não chorar'],
  id: ['cuma bisa ketawa', 'cuma bisa tertawa', 'hanya bisa tertawa', 'ketawa miris'],
};
/** Someone who "went underwater" or ghosted: cut all contact (over a debt, a rent, a date), not drowned. */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const WENT_DARK: Lists = {
  ja: ['バックれ', 'ばっくれ', 'バックレ', 'トンズラ', 'とんずら'],
  en: ['ghosted me', 'ghosted us', 'ghosted her', 'ghosted him', 'skipped out on the rent', 'skipped out on rent', 'did a runner'],
  zh: ['玩失踪', '玩失蹤', '玩消失', '卷款跑', '捲款跑'],
  ko: ['잠수 탔', '잠수탔', '잠수를 탔', '잠수 타버', '잠수타버', '잠수 타고', '잠수타고', '먹튀'],
  vi: ['lặn mất tăm', 'bùng tiền', 'bùng nợ', 'ôm tiền bỏ trốn'],
  ne: ['ghost gare', 'ghost garyo'],
  tl: ['nang ghost', 'nag ghost', 'ginhost', 'tinakbuhan ang utang', 'tinakasan ang utang'],
  pt: ['me deu um perdido', 'deu um perdido', 'deu ghosting', 'me deu ghosting', 'deu calote', 'deu o calote', 'me deu o cano'],
  id: ['ngilang gitu aja', 'ghosting', 'ngeghosting', 'kabur bawa uang', 'kabur ga bayar', 'kabur gak bayar', 'kabur tanpa bayar'],
};
const PASS_27_SAFE_3: readonly Concept[] = [
  {
    // «tinuruan kami ng CPR, kunwari nalulunod ang teacher», "the instructor pretended to drown": the class's victim
    // is play. Someone in the water now, not breathing, pulled out blue, still alarms by those words.
    name: 'a drowning played by the pretend victim of a first-aid, CPR or lifesaving class',
    signal: null,
    words: inAll((l) => [...PLAYED_DROWNING[l]]),
  },
  {
    // 「借金が膨らんでもう笑うしかない」, "the bill is so big all I can do is laugh": resignation, not a laugh over a
    // danger. A wish to die or pills taken beside it alarm by their own words.
    name: 'resignation said as “all I can do is laugh”',
    signal: null,
    words: inAll((l) => [...ONLY_LAUGH_LEFT[l]]),
  },
  {
    // «룸메가 월세 안 내고 잠수탔어요» (went underwater: cut contact), "my flatmate ghosted me with the rent": a
    // person out of touch, not drowned. A note left, a goodbye or a threat beside it alarm by their own words.
    name: 'someone who “went underwater” or ghosted: cut contact over a rent or a debt',
    signal: null,
    words: inAll((l) => [...WENT_DARK[l]]),
  },
];

// biome-ignore format: each language's words stay on a few lines, easy to read side by side
export const SAFE_CONCEPTS: readonly Concept[] = [
  {
    name: 'idioms of death, killing and exhaustion',
    signal: null,
    words: {
      ja: {
        idioms: [
          // bored, hot or hungry enough to "die" (「ひま で しにそう 😂」), not a wish
          ...['暇で', 'ひまで', '暇すぎて', 'ひますぎて', '退屈で', 'たいくつで', '退屈すぎて', 'たいくつすぎて', '暑くて', 'あつくて', '暑すぎて', 'あつすぎて', 'お腹すいて', 'おなかすいて', 'はらへって', '腹減って'].flatMap((of) => [`${of}死にそう`, `${of}しにそう`, `${of}死ぬ`, `${of}しぬ`]),
          '死にそうなくらい', 'しにそうなくらい', '死ぬまでに一度', '死ぬまでに', '死ぬ思いで', '死んだように眠', 'しんだようにねむ', '殺す気か', 'ころすきか', '笑い死に', 'わらいじに', '上司に殺され', '部長に殺され', '仕事に殺され', 'しごとにころされ', '残業に殺され', 'ざんぎょうにころされ', '夜勤に殺され', '暑さに殺され',
          '手が出ない', 'てがでない', '手が出せな', '手が出ません', 'てがでません', '自分の首を絞', 'じぶんのくびをしめ', '首を絞めることにな', '首をつっこ', 'くびをつっこ', '首を突っ込', '首をつか', 'くびをつか', '猫の首をつか', 'ねこのくびをつか', '猫の首を掴', '子猫の首を', 'こねこのくびを',
          '心臓が止まるかと', 'しんぞうがとまるかと', '心臓が止まりそう', 'しんぞうがとまりそう', '息が止まるかと', '息が止まりそう', 'いきがとまりそう', '息が止まるほど', '過労死', 'かろうし', '死活問題', 'しかつもんだい', '死角', '死語', '殺風景',
          // dying in a dream, a nightmare («夢の中で私が死にます», 「死ぬ夢」) — not a wish (「夢の中で死にたい」 is not here)
          '死ぬ夢', 'しぬゆめ', '死んだ夢', 'しんだゆめ', '殺される夢', 'ころされるゆめ', '夢の中で死ぬ', '夢の中で死にます', '夢の中で死んで', '夢の中で死んだ', '夢で死ぬ', '夢で死にます', '夢で死んだ',
          '夢の中で私が死ぬ', '夢の中で私が死にます', '夢の中で私が死んで', '夢の中で自分が死ぬ', '夢の中で自分が死んで', 'ゆめのなかでしぬ', 'ゆめのなかでしにます', 'ゆめのなかでしんで', 'ゆめのなかでしんだ', 'ゆめでしぬ', 'ゆめでしにます', 'ゆめでしんだ',
          'ゆめのなかでわたしがしぬ', 'ゆめのなかでわたしがしにます', 'ゆめのなかでわたしがしんで', 'ゆめのなかでじぶんがしぬ', 'ゆめのなかでじぶんがしにます', 'ゆめのなかでじぶんがしんで',
        ],
      },
      en: {
        idioms: [
          'killing it', 'killed it', 'kill for a', 'could kill for', 'i could murder', 'murder a', 'dying of laughter', 'dying for a', 'die of boredom', 'dying of boredom', 'died of boredom', 'bored i could die', 'bored he could die', 'bored she could die', 'bored to death', 'scared to death', 'worried to death', 'sick to death',
          'death trap', 'deathtrap', 'dead on my feet', 'dead broke', 'drop dead gorgeous', 'over my dead body', 'kill two birds', 'kill me now', 'shoot me now', 'suicide mission', 'suicide squad', 'political suicide', 'social suicide',
          'career suicide', 'suicide bomb', 'suicide attack', 'choking up', 'choked up', 'choke up', 'chokes me up', 'business collapsed', 'roof collapsed', 'ceiling collapsed', 'deal collapsed', 'company collapsed', 'market collapsed',
          'marriage collapsed', 'felt like i was going to faint', 'felt faint', 'passed out flyers', 'passed out leaflets', 'asset seizure', 'property seizure', 'seizure of', 'not breathing a word', 'unconscious bias', 'beats me why', 'beats me how', 'beats me what', 'knife and fork',
          'butter knife', 'under the knife', 'violent cough', 'violent storm', 'stabbed me in the back', 'stabbed in the back', 'backstabbed', 'felt attacked', 'feel attacked', 'feeling attacked', 'in danger of', 'dead to me',
          // "mum's gonna kill me if I fail": in trouble over grades, said as a guess (not "said she would", not "threatened to")
          'gonna kill me if i fail', 'going to kill me if i fail', 'gonna kill me if i dont pass', 'gonna kill me when...sees my grades', 'gonna kill me when...sees my report', 'gonna kill me when...sees my results',
          // a bottle of drink a night: a drinking habit, not pills
          'whole bottle of wine', 'whole bottle of red', 'whole bottle of white', 'whole bottle of whisky', 'whole bottle of whiskey', 'whole bottle of vodka', 'whole bottle of gin', 'whole bottle of rum', 'whole bottle of sake', 'whole bottle of soju', 'whole bottle of shochu', 'whole bottle of tequila', 'whole bottle of brandy', 'whole bottle of booze',
          'every night a whole bottle', 'every day a whole bottle', 'whole bottle every night', 'whole bottle every day', 'whole bottle a night', 'whole bottle a day', 'whole bottle each night',
          'so embarrassed i want to disappear', 'so embarrassed i wanted to disappear', 'embarrassed i want to disappear', 'so embarrassing i want to disappear',
          // someone who needs watching all the time (after a brain injury, with dementia): not a child abandoned
          'cant be left alone', 'cannot be left alone', 'can not be left alone', 'shouldnt be left alone', 'should not be left alone', 'cant leave him alone', 'cant leave her alone',
        ],
      },
      zh: {
        idioms: [
          // 厭世 as weary of a job hunt or a grind (「投履歷投到很厭世」, 厭世臉), not a wish to die
          '到很厌世', '得很厌世', '到好厌世', '到超厌世', '厌世脸', '厌世感', '厌世系',
          // «去死吧!» shouted at other players in a game: not the writer's own wish
          '游戏...喊...去死吧', '游戏...吼...去死吧', '打电动...喊...去死吧', '打机...喊...去死吧', '喊去死吧...游戏',
          // «我死了！我又死了！» a child's character dying in a game
          '游戏...喊...我死了', '打电动...喊...我死了', '打机...喊...我死了', '游戏...我又死了', '打电动...我又死了', '打机...我又死了',
          // (No idiom for a mother locked in with her child: it silenced the danger itself — 「丈夫把我和孩子反锁在
          // 卧室里」, he locked us in, and 「他喝醉了，我带着孩子反锁在厕所里」, hiding from him now, raised nothing.)
          '游戏...喊...去死去死', '游戏...吼...去死去死', '打机...嗌...去死去死', '喊去死去死...游戏',
          // «没收入»: no income, not something confiscated
          '没收入',
          '死循环', '死胡同', '死党', '死心', '死板', '死记硬背', '死活', '拼死', '该死', '累得要死', '忙得要死', '热得要死', '烦得要死', '笑得要死', '吓得要死', '困得要死', '死定了', '杀毒', '秒杀', '杀价',
          '你想死吗', '你想死啊', '你是不是想死', '找死',
          '想死的心都有', '打死也不', '打死都不', '打死我也不', '打死我都不', '死去活来', '杀时间', '要死要活', '冷暴力', '骂到想死', '忙到想死', '累到想死', '尴尬到想死', '丢脸到想死', '尴尬到想消失', '丢脸到想消失', '丢人到想消失', '热到想死', '无聊到想死', '烦到想死', '气到想死', '快晕倒了', '差点晕倒', '快要晕了',
        ],
      },
      ko: {
        idioms: [
          '힘들어 죽', '피곤해 죽', '졸려 죽', '더워 죽', '추워 죽', '바빠 죽', '짜증나 죽', '보고 싶어 죽', '심심해 죽',
          // bored "to death" («지루해서 죽겠어», «심심해서 죽을 것 같대요»), not «사는 게 지루해서 죽고 싶어»
          ...['심심해서', '지루해', '지루해서'].flatMap((of) => [`${of} 죽겠`, `${of} 죽을 것 같`, `${of} 죽을 뻔`]), '죽도록', '죽을 맛', '맛이 죽', '죽여주', '죽이는 맛', '죽이네', '분위기 죽',
          '숨이 멎는 줄', '심장이 멎는 줄', '숨이 멎을 것 같', '숨이 막힐 것 같', '기절할 뻔', '기절하는 줄', '기절할 것 같', '칼국수', '칼퇴', '칼같이', '칼로리', '칼슘', '칼라', '칼럼',
          '죽고 싶냐', '죽고싶냐', '죽고 싶어서 환장', '죽고 싶어 환장', '죽고싶어서 환장',
          '진짜 죽인다$', '완전 죽인다$', '맛이 죽인다', '맛 죽인다', '때려치', '때려 치', '때려쳤', '때려칠',
          '성적표 보면 나 죽일 듯', '성적표 보면 죽일 듯', '성적 보면 나 죽일 듯', '성적 보면 죽일 듯', '성적표 보시면 나 죽일 듯',
          '창피해서 사라지고 싶', '쪽팔려서 사라지고 싶', '민망해서 사라지고 싶', '부끄러워서 사라지고 싶',
          '창피해서 사라져', '쪽팔려서 사라져', '민망해서 사라져', '부끄러워서 사라져', '잠깐 사라져 주', '잠깐 없어져 주', '잠시 사라져 주', '잠시 없어져 주',
        ],
      },
      vi: {
        idioms: [
          // a wrist or an ankle sprained («trẹo cổ tay» folds like «treo cổ», hanging)
          ...['trẹo', 'trật', 'sái', 'bong gân', 'đau', 'gãy', 'sưng'].flatMap((w) => [`${w} cổ tay`, `${w} cổ chân`]),
          // «chắc tôi chết vì mệt mất»: "I'll die of tiredness", said of a hard day (not «em muốn chết vì mệt quá»: a wish)
          ...['tôi', 'em', 'mình', 'tui', 'anh', 'chị', 'chắc'].flatMap((who) =>
            ['mệt', 'nóng', 'lạnh', 'đói', 'cười', 'buồn cười', 'chán', 'ngại'].flatMap((of) => [`${who} chết vì ${of} mất`, `${who} chết vì ${of} quá`, `${who} chết vì ${of} luôn`])),
          'chết rồi', 'chết thật', 'chết dở', 'chết tiệt', 'chết mê', 'sợ chết khiếp', 'cười chết', 'chết cười', 'mệt chết', 'đói chết', 'nóng chết', 'lạnh chết', 'chán chết', 'buồn chết', 'bận chết', 'ngất ngây',
          'đánh bài', 'đánh răng', 'đánh máy tính', 'đánh máy chữ', 'học đánh máy', 'đánh giá', 'đánh thức', 'đánh dấu', 'đánh cờ', 'đánh bạc', 'đánh golf', 'đánh cầu', 'đánh số', 'đánh vần', 'đánh thuế', 'đánh chữ', 'đánh trống', 'đánh rơi', 'đánh mất',
          'chảy máu chân răng', 'chảy máu cam', 'chảy máu mũi', 'chảy máu lợi', 'sợ muốn chết', 'sợ gần chết', 'sợ chết đi được', 'buồn muốn chết', 'nhớ muốn chết', 'thèm muốn chết', 'ngại muốn chết', 'xấu hổ muốn chết', 'xấu hổ muốn biến mất', 'ngại muốn biến mất', 'lo muốn chết', 'giận muốn chết', 'ghét muốn chết', 'mắc cỡ muốn chết', 'muốn ngất', 'suýt ngất', 'như muốn xỉu',
          'mày muốn chết à', 'mày muốn chết hả', 'muốn chết hả mày', 'muốn chết à mày',
          'sếp sẽ giết', 'sếp giết tôi mất', 'sếp giết em mất', 'sếp giết mình mất', 'công việc này giết', 'công việc giết', 'công việc đang giết', 'việc làm này giết', 'deadline giết', 'ca đêm giết', 'tăng ca giết', 'cái nóng này giết', 'trời nóng giết', 'chết máy', 'mệt muốn chết', 'đói muốn chết', 'bận muốn chết', 'bận gần chết', 'bận sắp chết', 'mệt gần chết', 'đói gần chết', 'nóng muốn chết', 'lạnh muốn chết', 'khát muốn chết', 'ồn muốn chết', 'mệt muốn xỉu', 'đói muốn xỉu', 'chủ đề tự tử', 'phòng chống tự tử', 'đánh đàn', 'đánh son', 'đánh phấn', 'đánh bóng', 'đánh lừa', 'đánh liều', 'đánh giày', 'đánh điện', 'đánh bắt', 'đánh tiếng', 'đánh đổi', 'đánh cược',
        ],
      },
      ne: { idioms: ['कामले मलाई मार्छ', 'कामले मार्छ', 'kaam le malai marchha', 'kaamle malai marchha', 'kam le malai marchha', 'बोर भएर मरि', 'बोरले मरि', 'बोर लागेर मरि', 'बोर भएर मर्न लागें', 'बोरले मर्न लागें', 'बोर भएर मर्न लागेँ', 'बोरले मर्न लागेँ', 'बोर लागेर मर्न लागें', 'बोर लागेर मर्न लागेँ', 'बोर भएर मर्न लाग्यो', 'bore bhaera mari', 'bore bhayera mari', 'bore lagera mari', 'bore bhaera marna lage', 'behosh hola jasto', 'behosh holaa jasto', 'bhok le mar', 'bhokle mar', 'thakai le mar', 'thakaai le mar', 'garmi le mar', 'jaado le mar', 'jado le mar', 'haasera mar', 'hasera mar', 'haasdaa haasdai mar', 'haasdaa hasdai mar', 'haasda haasdai mar', 'haasda hasdai mar', 'hasdaa haasdai mar', 'hasdaa hasdai mar', 'hasda haasdai mar', 'hasda hasdai mar', 'laaj le mar', 'laj le mar', 'dikka le mar', 'mari mari kaam', 'mari mari kam', 'marimari kaam', 'marimari kam', 'marimeter', 'mari meter', 'marna laageko jasto', 'marna lageko jasto', 'masala kut', 'khursani kut', 'lukamari', 'bhitta ma mukka', 'saas ferna sakdina jasto laag', 'saas ferna sakdina jasto lag', 'saas pherna sakdina jasto laag', 'saas pherna sakdina jasto lag', 'sas ferna sakdina jasto laag', 'sas ferna sakdina jasto lag', 'sas pherna sakdina jasto laag', 'sas pherna sakdina jasto lag', 'swas ferna sakdina jasto laag', 'swas ferna sakdina jasto lag', 'swas pherna sakdina jasto laag', 'swas pherna sakdina jasto lag', 'saas nai rokiy', 'sas nai rokiy', 'swas nai rokiy', 'saas rokiyeko jasto', 'saas rokiye jasto', 'sas rokiyeko jasto', 'sas rokiye jasto', 'swas rokiyeko jasto', 'swas rokiye jasto', 'saas pugdaina jasto', 'sas pugdaina jasto', 'swas pugdaina jasto', 'kharcha le ghaati thich', 'kharcha le ghati thich', 'kharcha le ghanti thich', 'kharcha le ghaanti thich', 'karja le ghaati thich', 'karja le ghati thich', 'karja le ghanti thich', 'karja le ghaanti thich', 'rin le ghaati thich', 'rin le ghati thich', 'rin le ghanti thich', 'rin le ghaanti thich', 'bhada le ghaati thich', 'bhada le ghati thich', 'bhada le ghanti thich', 'bhada le ghaanti thich', 'EMI le ghaati thich', 'EMI le ghati thich', 'EMI le ghanti thich', 'EMI le ghaanti thich', 'paisa le ghaati thich', 'paisa le ghati thich', 'paisa le ghanti thich', 'paisa le ghaanti thich', 'bill le ghaati thich', 'bill le ghati thich', 'bill le ghanti thich', 'bill le ghaanti thich', 'kaam le ghaati thich', 'kaam le ghati thich', 'kaam le ghanti thich', 'kaam le ghaanti thich', 'बेहोस होला जस्तो', 'बेहोस होलाजस्तो', 'बेहोस हुन लागे जस्तो', 'थाकेर मर्न लागें', 'भोकले मर्न लागें', 'थाकेर मर्न लागेँ', 'भोकले मर्न लागेँ', 'हाँसेर मरें', 'गर्मीले मर्न लाग्यो', 'जाडोले मर्न लाग्यो', 'मर्ने गरी थाक', 'मरिमेटेर', 'मरीमेटेर',
        // a mother who took her child and fled him («बच्चा लिएर … लुकेर»): the child is with the one hurt
        'बच्चा लिएर', 'छोरी लिएर', 'छोरा लिएर', 'bachha liyera', 'baccha liyera', 'bachcha liyera', 'chhori liyera', 'chhora liyera'] },
      tl: {
        idioms: [
          'papatayin...ng kuryente', 'papatayin...ng bill', 'papatayin...ng bayarin', 'papatayin...ng utang', 'papatayin...ng presyo', 'papatayin...ng init', 'papatayin...ng lamig', 'papatayin...ng trabaho',
          'papatayin...ng form', 'papatayin...ng forms', 'papatayin...ng papeles', 'papatayin...ng meeting', 'papatayin...ng homework', 'papatayin...ng assignment', 'papatayin...ng exam', 'papatayin...ng deadline', 'papatayin...ng traffic',
          'mamamatay ako sa gutom', 'mamatay sa kakatawa', 'patay gutom', 'patayin ang tv', 'papatayin ang tv', 'patayin ang kalan', 'papatayin ang kalan', 'papatayin ko ang ilaw', 'papatayin ang ilaw', 'papatayin ang aircon',
          'patayin ang aircon', 'patayin ang electric fan', 'papatayin ang makina', 'patayin ang gripo', 'namatay ang cellphone', 'patay na ang baterya', 'namatay ang phone',
          'parang mahihimatay', 'muntik mahimatay', 'mamatay na ako sa gutom', 'mamatay na ako sa init', 'mamatay na ako sa pagod', 'mamatay na ako sa hiya', 'mamamatay ako sa hiya', 'mamamatay na ako sa hiya', 'mamatay ako sa hiya', 'mamatay sa hiya', 'mamatay na ako sa kaba', 'mamamatay ako sa kaba', 'mamatay sa kaba', 'mamatay na ako sa inip', 'mamatay sa inip', 'mamamatay na ako sa inip', 'mamamatay ako sa inip', 'mamatay na ako sa boredom', 'mamamatay ako sa boredom', 'mamatay sa boredom', 'mamatay na ako sa bagot', 'mamatay sa bagot', 'mamatay na ako sa kilig', 'mamatay sa kilig', 'mamamatay na ako sa gutom', 'mamamatay ako sa pagod', 'mamatay sa gutom', 'patay...ilaw', 'patayin...ilaw', 'papatayin...ilaw', 'papatayin...tv', 'papatayin...aircon', 'papatayin...kalan', 'papatayin...electric fan', 'papatayin...gripo', 'papatayin...computer',
        ],
      },
      pt: {
        idioms: [
          // hurt at work, an accident («se eu me machucar no trabalho»), not self-harm
          ...['me machucar', 'me machuquei', 'se machucar', 'se machucou', 'me acidentar', 'me acidentei'].flatMap((w) => [`${w} no trabalho`, `${w} no serviço`, `${w} na fábrica`, `${w} no emprego`, `${w} trabalhando`]),
          // bored "to death" («vou morrer de tédio», «morrendo de tédio»): a child's drama, not a wish
          'morrer de tédio', 'morri de tédio', 'morto de tédio', 'morta de tédio', 'morrer de chatice',
          'morri de rir', 'morta de saudade', 'morto de saudade', 'morrer de vergonha', 'morri de vergonha', 'me mata de rir', 'matando aula', 'matar aula', 'matar o tempo', 'matar a fome', 'matar a sede', 'matar a saudade',
          'quase desmaiei', 'parecia que ia desmaiar', 'vou desmaiar de', 'mata a saudade', 'um calor de matar', 'fome de matar', 'me matando de trabalhar', 'se matando de trabalhar', 'se mata de trabalhar', 'me mato de trabalhar', 'me bate uma saudade', 'me bateu uma saudade', 'me bateu uma tristeza', 'me bateu um desespero',
          'me bate um desespero', 'bate uma saudade', 'bateu saudade', 'bateu o cansaço', 'bate o cansaço', 'bateu o desespero', 'me bateu uma vontade', 'me bate uma vontade',
        ],
      },
      // worn out by work and laughing it off: «capek banget kerja, rasanya mau mati wkwk» (not «capek hidup, mau mati aja»)
      // …and prices that strangle: «harga sembako mencekik leher» (the idiom of rising prices, not a hand on a throat; the
      // price close before it, so that «sewa naik lagi, suami marah dan mencekik saya» is a hand)
      // …and a passing illness that makes one feel like dying: «demam 3 hari, batuk, rasanya mau mati 😂» (not worry or grief: «pusing mikirin utang»)
      id: { idioms: [...['batuk', 'pilek', 'flu$', 'sakit gigi', 'meriang', 'migrain', 'diare', 'mencret', 'haid', 'mens$'].flatMap((ill) => ['rasanya mau mati', 'rasanya pengen mati', 'kayak mau mati', 'serasa mau mati', 'rasanya kayak mau mati'].map((said) => `${ill}...${said}`)), ...['kerja', 'kerjaan', 'lembur', 'shift', 'kuliah', 'tugas'].flatMap((of) => ['mau mati wkwk', 'mau mati haha', 'pengen mati wkwk', 'pengen mati haha', 'sampe rasanya mau mati', 'sampai rasanya mau mati', 'sampe rasanya pengen mati', 'sampai rasanya pengen mati'].flatMap((said) => [`${of}...${said}`, `${said}...${of}`])), 'tali sepatu', 'tali tas', 'satu botol bir', 'satu botol wine', 'satu botol anggur', 'satu botol arak', 'satu botol miras', 'satu botol soju', 'satu botol vodka', 'satu botol whisky', 'satu botol sake', 'kerjaan ini membunuh', 'pekerjaan ini membunuh', 'kerjaan membunuh', 'lembur membunuh', 'panas ini membunuh', 'setengah mati', 'mati matian', 'mati gaya', 'mati bosan', 'mati bosen', 'mati kebosanan', 'mati kebosenan', 'mati kutu', 'mati rasa', 'mati listrik', 'hp mati', 'hp saya mati', 'motor mati', 'mesin mati', 'baterai mati', 'lampu mati', 'air mati', 'takut setengah mati', 'membunuh waktu', 'bunuh waktu', { a: ['harga', 'biaya', 'sewa', 'tagihan', 'cicilan', 'ongkos', 'pajak'], b: cross(['', 'apartemen ', 'rumah ', 'kontrakan ', 'kos ', 'sembako ', 'listrik ', 'sekolah '], cross(['', 'makin ', 'semakin ', 'sangat ', 'udah ', 'sudah ', 'benar benar ', 'bener bener ', 'naik ', 'sekarang ', 'sekarang makin ', 'kini ', 'kini makin ', 'bulan ini ', 'tahun ini '], ['mencekik', 'cekik leher'])), reach: 10 }] },
    },
  },
  {
    name: 'a death already past, and the paperwork after it',
    signal: null,
    words: {
      ja: { idioms: ['死んだ父', '死んだ母', 'しんだちち', 'しんだはは', '死んだ夫', '死んだ妻', '死んだ祖母', '死んだ祖父', '死んだ猫', '死んだ犬', '死亡届', '自殺した兄', '自殺した弟', '自殺した父', '自殺した母', '自殺した夫', '自殺した妻', '自殺した息子', '自殺した娘', '自殺した友', 'が自殺してから', '自死遺族', '自殺遺族'] },
      en: { idioms: ['since his death', 'since her death', 'death of my', 'her death', 'his death', 'the death of', 'death benefit', 'death grant', 'death notice', 'took his own life', 'took her own life', 'committed suicide', 'died of suicide', 'suicide of my', 'after his suicide', 'after her suicide', 'killed himself last', 'killed herself last'] },
      zh: { idioms: ['去世后', '过世后', '死后的手续', '死了以后的手续', '丧事', '自杀身亡', '自杀去世', '他自杀后', '她自杀后', '自杀走了', '死亡登记'] },
      ko: { idioms: ['사망신고', '사망 신고', '장례', '유족', '자살로 잃', '자살로 떠난', '자살한 가족', '자살 유가족', '자살유가족'] },
      vi: { idioms: ['giấy chứng tử', 'khai tử', 'đám tang', 'tang lễ', 'sau khi mất'] },
      ne: { idioms: ['bitnu bhayo', 'bitnubhayo', 'bitnu bhaeko', 'bitnu bhayeko', 'bitisaknu', 'swargabaas', 'swargabas', 'swargiya', 'dehaanta', 'dehanta', 'marnu bhayo', 'marnubhayo', 'marnu bhaeko', 'marnu bhayeko', 'mareko barsa', 'mareko barsha', 'mareko mahina', 'kaj kriya', 'kaaj kiriya', 'kiriya', 'बित्नुभयो', 'बितेपछि', 'देहान्त', 'मृत्यु भएपछि', 'काजकिरिया'] },
      tl: { idioms: ['pumanaw', 'yumao', 'burol', 'pagkamatay ng', 'namatayan', 'taon nang patay', 'taon na patay', 'buwan nang patay', 'taon nang patay ang', 'patay na ang asawa', 'patay na asawa'] },
      pt: { idioms: ['faleceu', 'falecimento', 'certidão de óbito', 'depois que ele morreu', 'depois que ela morreu', 'depois que minha mãe morreu', 'depois que meu pai morreu', 'inventário', 'velório', 'morreu ano passado'] },
      id: { idioms: ['meninggal dunia', 'almarhum', 'almarhumah', 'akta kematian', 'setelah meninggal', 'pemakaman'] },
    },
  },
  {
    name: 'a pet that died; how to write a will; laughing till I could faint',
    signal: null,
    words: {
      // (a pet gone missing: 「犬がいなくなりました」, a search, not a disappearance of the writer)
      ja: { idioms: ['犬がいなくな', 'いぬがいなくな', '猫がいなくな', 'ねこがいなくな', 'ペットがいなくな', 'インコがいなくな', 'ペットが死ん', '猫が死ん', '犬が死ん', 'ねこがしん', 'いぬがしん', 'ハムスターが死ん', '遺言書の書き方', '遺言の書き方', 'ゆいごんのかきかた', '遺言書を作', '終活として'] },
      en: { idioms: ['my dog died', 'my cat died', 'our dog died', 'our cat died', 'pet died', ...['my dog', 'my cat', 'the vet', 'vet said', 'vet says'].flatMap((p) => [`${p}...not long to live`, `${p}...doesnt have long`, `${p}...kidney failure`]), 'how to write a will', 'make a will', 'writing a will', 'advance directive'] },
      zh: { idioms: ['猫...走了', '狗...走了', '猫死了', '狗死了', '兽医...活不久', '狗...活不久', '猫...活不久', '狗...肾衰竭', '猫...肾衰竭', '兔子...死了', '宠物...死了', '遗嘱要怎么写', '遗嘱怎么写', '怎么写遗嘱', '立遗嘱'] },
      // (things given away before going back to one's country or moving house: 「출국 전에」, 「귀국」)
      ko: { idioms: ['강아지가 죽', '고양이가 죽', '수의사...오래 못', '강아지...오래 못 살', '고양이...오래 못 살', '반려동물이 죽', '유언장 쓰는', '유언장 작성', '출국 전에', '출국 전 ', '귀국 전에', '귀국하기 전', '한국으로 아예 돌아가', '본국으로 돌아가', '이사 가기 전', '이사하기 전'] },
      vi: { idioms: ['cười muốn xỉu', 'con chó...chết', 'con mèo...chết', ...['con chó', 'con mèo', 'thú y'].flatMap((p) => [`${p}...không sống lâu nữa`, `${p}...không sống được lâu`, `${p}...không còn sống lâu`, `${p}...suy thận`]), 'cá vàng chết', 'viết di chúc thế nào', 'cách viết di chúc'] },
      ne: { idioms: ['कुकुर मर्यो', 'बिरालो मर्यो', 'ह्याम्स्टर मर्', 'इच्छापत्र कसरी'] },
      tl: { idioms: ['namatay ang aso', 'namatay ang pusa', 'aso ko...hindi na magtatagal', 'pusa ko...hindi na magtatagal', 'beterinaryo...hindi na magtatagal', 'patay na ang aso', 'paano gumawa ng will', 'paano gumawa ng testamento'] },
      pt: { idioms: ['meu cachorro morreu', 'minha cachorra morreu', ...['cachorro', 'cachorra', 'gato', 'gata', 'veterinário', 'veterinária'].flatMap((p) => [`${p}...não vai viver muito`, `${p}...não tem muito tempo`, `${p}...insuficiência renal`]), 'meu gato morreu', 'minha gata morreu', 'como fazer testamento', 'fazer um testamento'] },
      id: { idioms: ['kucing saya mati', 'kucingku mati', ...['kucing', 'anjing', 'dokter hewan'].flatMap((p) => [`${p}...tidak lama lagi`, `${p}...umurnya tidak lama`, `${p}...gagal ginjal`]), 'anjing saya mati', 'ikan...mati', 'cara bikin surat wasiat', 'bikin surat wasiat', 'membuat surat wasiat'] },
    },
  },
  {
    name: 'abuse suffered long ago, in the writer’s own childhood or school days',
    signal: null,
    words: {
      ja: { framing: { report: ['子どもの頃に', '子供の頃に', '小さい頃に', '幼い頃に', 'こどものころに', 'ちいさいころに', '子どもの頃', '子供の頃', 'こどものころ', '幼い頃', '小さい頃', '子どもの頃は', '子供の頃は', '学生時代に', '昔、親に', 'むかしおやに', '子どものとき', '子供のとき', '子どもの時', '子供の時', 'こどものとき', '小さいとき', '小さい時', 'ちいさいとき', '幼いとき', '幼い時', '小学生のとき', '小学生の時', 'しょうがくせいのとき', '中学生のとき', '中学生の時', 'ちゅうがくせいのとき', '小学校のとき', '小学校の時', 'しょうがっこうのとき'] }, idioms: ['尊すぎて息', '尊くて息', 'かわいすぎて息', '可愛すぎて息', '笑いすぎて息', 'わらいすぎていき'] },
      en: { framing: { report: ['when i was a kid', 'when i was a child', 'when i was little', 'as a kid i', 'as a child i', 'growing up my', 'in my childhood'] } },
      zh: { framing: { report: ['我小时候', '小时候被', '小时候常被', '小时候常常被', '小时候经常被', '小时候总被', '小时候总是被', '小时候老被', '小时候老是被', '小时候一直被', '童年时', '上学的时候被'] } },
      ko: { framing: { report: ['어릴 때', '어렸을 때', '어린 시절', '학창 시절'] } },
      vi: { framing: { report: ['hồi nhỏ tôi', 'lúc nhỏ tôi', 'hồi bé', 'từng bị', 'hồi cấp', 'khi còn nhỏ tôi', 'lúc còn nhỏ tôi', 'hồi còn nhỏ tôi', 'khi tôi còn nhỏ', 'lúc tôi còn nhỏ', 'hồi tôi còn nhỏ', 'hồi em còn nhỏ', 'lúc em còn nhỏ', 'khi em còn nhỏ'] }, idioms: ['bạo lực học đường'] },
      ne: { framing: { report: ['सानो छँदा', 'बाल्यकालमा', 'सानोमा'] } },
      tl: { framing: { report: ['noong bata ako', 'nung bata ako', 'noong bata pa ako', 'nung bata pa ako'] } },
      pt: { framing: { report: ['quando eu era criança', 'quando era criança', 'qnd eu era criança', 'qnd era criança', 'qdo eu era criança', 'qdo era criança', 'qndo era criança', 'quando eu era pequena', 'quando eu era pequeno', 'qnd era pequena', 'qnd era pequeno', 'qnd eu era pequena', 'qnd eu era pequeno', 'quando era pequena', 'quando era pequeno', 'na minha infância'] } },
      id: { framing: { report: ['waktu kecil saya', 'waktu aku kecil', 'dulu waktu kecil', 'masa kecil saya', 'masa kecilku', 'waktu kecil aku', 'waktu saya kecil', 'pas aku kecil', 'pas saya kecil', 'pas kecil aku', 'semasa kecil'] } },
    },
  },
  {
    name: 'news, documentaries, films, games, novels',
    signal: null,
    words: {
      ja: {
        framing: { report: ['アニメ', '漫画', 'マンガ', 'まんが', '映画', 'えいが', 'どらま', 'しょうせつ', '本で読', '報道', 'ほうどう', 'ネットで見', '動画で見', 'ユーチューブ'] },
        // (someone killed in a case seen on the news, 「ニュース で じけん みた。 ひと が ころされた。」; not 「母が殺される」)
        idioms: ['人が殺された', 'ひとがころされた', '人が殺される事件', 'ひとがころされるじけん', '殺人事件', 'さつじんじけん', '殺された事件', 'ころされたじけん', '自殺の場面', '自殺するシーン', '自殺のシーン', '自殺する場面', '自殺した主人公', '自殺のニュース', '自殺報道', '自殺者数', '自殺率', 'じさつのにゅーす'],
      },
      en: {
        // Games by name, in any language: "I'll kill you" shouted at the screen (a game he plays does not frame harm done to "me")
        framing: { joke: ['pubg', 'fortnite', 'free fire', 'roblox', 'minecraft', 'valorant', 'call of duty', 'mobile legends', 'apex legends', 'league of legends', 'overwatch'], report: ['assignment on', 'assignment about', 'presentation on', 'presentation about', 'thesis on', 'documentary about', 'movie about', 'a movie where', 'in the movie', 'drama about', 'in the drama', 'video game', 'anime', 'manga', 'netflix', 'show about', 'history lesson', 'school project on', 'school project about', 'essay on', 'essay about', 'research on', 'report on', 'homework on', 'homework about'] },
        idioms: ['suicide rate', 'suicide rates', 'suicide statistics', 'suicide awareness', 'suicide scene', 'essay on suicide', 'research on suicide', 'suicide in japan', 'suicide in the news'],
      },
      // (it turned out to be only a game, a line from one: «结果只是游戏», 游戏里的台词)
      zh: { framing: { joke: ['只是游戏', '只是在打游戏', '只是在打电动', '只是在玩游戏', '原来是游戏', '游戏台词', '游戏的台词', '游戏里的台词'], report: ['电影里', '韩剧里', '日剧里', '美剧里', '纪录片里', '小说里', '动漫', '漫画', '电视剧', '剧里', '看到一篇', '网上看到', '论文', '课上'] }, idioms: ['自杀率', '自杀的新闻', '关于自杀的', '自杀人数'] },
      ko: { framing: { report: ['드라마에서', '영화에서', '다큐에서', '웹툰', '만화', '애니', '소설', '책에서', '유튜브'] }, idioms: ['자살률', '자살 뉴스', '자살 보도', '자살 관련 뉴스', '자살 통계'] },
      vi: { framing: { report: ['trong phim', 'bài thuyết trình về', 'bài tập về', 'nghiên cứu về', 'truyện', 'tiểu thuyết', 'hoạt hình', 'youtube', 'bài báo', 'đọc báo'] }, idioms: ['tỷ lệ tự tử', 'vụ tự tử', 'tin tự tử', 'có cảnh bố đánh', 'có cảnh mẹ đánh', 'có cảnh cha đánh', 'có cảnh chồng đánh', 'có cảnh bạo lực', 'có cảnh bạo hành'] },
      ne: { framing: { joke: ['गेम खेल', 'गेममा'], report: ['फिल्ममा', 'film ma', 'filmma', 'serial ma', 'सिनेमा', 'चलचित्र', 'नाटक', 'उपन्यास', 'कथा', 'युट्युब', 'टिकटक'] }, idioms: ['आत्महत्या दर', 'आत्महत्याको समाचार', 'आत्महत्या गरेको खबर'] },
      tl: { framing: { report: ['research tungkol sa', 'thesis tungkol sa', 'sa movie', 'sa pelikula', 'nobela', 'kwento', 'anime', 'youtube', 'tiktok', 'napanood ko', 'nabasa ko'] }, idioms: ['balita tungkol sa pagpapakamatay', 'bilang ng nagpapakamatay'] },
      pt: { framing: { report: ['trabalho sobre', 'pesquisa sobre', 'no filme', 'filme sobre', 'na novela', 'série', 'livro', 'romance', 'anime', 'desenho', 'youtube', 'documentário', 'na tv', 'matéria sobre'] }, idioms: ['taxa de suicídio', 'índice de suicídio', 'setembro amarelo', 'notícia de suicídio'] },
      id: { framing: { report: ['tugas tentang', 'skripsi tentang', 'makalah tentang', 'penelitian tentang', 'di film', 'di drama', 'di sinetron', 'drakor', 'novel', 'komik', 'anime', 'youtube', 'tiktok', 'artikel'] }, idioms: ['angka bunuh diri', 'kasus bunuh diri', 'berita bunuh diri', 'film tentang kdrt', 'tentang kdrt', 'soal kdrt', 'film kdrt'] },
    },
  },
  {
    name: 'first-aid and CPR classes, drills, prevention, "in case"',
    signal: null,
    words: {
      ja: { framing: { past: ['ときの対応', '時の対応', '講習', 'こうしゅう', 'セミナー', 'aedの使い方', '使い方を教え', 'もしもの時', 'もしものとき', 'いざという時', 'いざというとき', '万が一', 'まんがいち', '備えて', 'そなえて', '対処法', '応急手当', 'おうきゅうてあて', '予防するには', '予防法', 'よぼうほう', '予防策'] } },
      en: { framing: { past: ['what to do if someone', 'first aid class', 'first aid course', 'cpr class', 'workshop', 'seminar', 'drill$', 'how to use an aed', 'in case of', 'just in case', 'what to do in an emergency', 'learn what to do', 'learning what to do', 'prevent', 'prevention', 'precautions', 'sign up for'] } },
      zh: { framing: { past: ['如果有人晕倒', '要是有人晕倒', '急救课', '讲座', '演练', '学习急救', '急救知识', '万一', '以防万一', '怎么预防', '如何预防'] } },
      ko: { framing: { past: ['쓰러지면', '불이 나면', '불나면', '화재가 나면', '화재가 발생하면', '응급처치 교육', '심폐소생술 교육', '강습', '세미나', '예방하려면', '예방법', '만약에', '만약', '대비'] } },
      vi: { framing: { past: ['khi ai đó bị', 'nếu ai đó bị', 'khi có người bị', 'lớp sơ cứu', 'khóa sơ cứu', 'khóa học', 'phòng ngừa', 'phòng tránh', 'nếu chẳng may', 'lỡ như', 'đề phòng', 'học cách'] } },
      ne: { framing: { past: ['भए के गर्ने', 'bhaye k garne', 'bhae k garne', 'तालिम', 'रोकथाम', 'बचाउ उपाय', 'कसरी रोक्ने'] } },
      tl: { framing: { past: ['paano kung may', 'kung sakaling may', 'seminar', 'first aid training', 'pagsasanay', 'drill', 'paano maiwasan', 'kung sakali', 'sakaling'] } },
      pt: { framing: { past: ['o que fazer se alguém', 'se alguém desmaiar', 'curso de primeiros socorros', 'treinamento de primeiros socorros', 'aula de primeiros socorros', 'simulado', 'palestra', 'como prevenir', 'prevenção', 'caso aconteça', 'se acontecer'] } },
      id: { framing: { past: ['kalau ada yang pingsan', 'jika ada yang pingsan', 'pelatihan p3k', 'pelatihan pertolongan pertama', 'kursus pertolongan pertama', 'simulasi', 'penyuluhan', 'seminar', 'cara mencegah', 'pencegahan', 'jika terjadi', 'kalau terjadi', 'sosialisasi'] } },
    },
  },
  {
    // (a break-up's time, the wish of then told with the recovery after it — see selfHarmOver —
    // «元カノと別れたとき死にたいくらい落ち込んだ…今は普通に元気», «waktu putus aku pengen mati… sekarang sudah baik»)
    name: 'old medical history, fine now; when we broke up',
    signal: null,
    words: {
      ja: { framing: { past: ['別れたとき', '別れた時', 'わかれたとき', 'ふられたとき', '振られたとき', '失恋したとき', 'しつれんしたとき', '離婚したとき', 'りこんしたとき', '既往歴', 'きおうれき', '何年も前', 'なんねんもまえ', '今は元気', 'いまはげんき', 'すっかり元気', 'すっかりげんき', 'すっかりよくな', '去年の夏', 'きょねんのなつ', '昨年の夏', '去年の冬', 'きょねんのふゆ', '昨年の冬', '先月', 'せんげつ', '数か月前', '数ヶ月前', 'すうかげつまえ'] } },
      en: { framing: { past: ['when we broke up', 'after we broke up', 'when she left me', 'when he left me', 'when she dumped me', 'when he dumped me', 'when he was younger', 'when she was younger', 'when i was younger', 'as a teenager', 'grew out of', 'outgrew', 'no longer has', 'hasnt had one since', 'fine now', 'fully recovered', 'under control', 'well controlled', 'medical history', 'yrs ago', 'yr ago', 'last summer', 'last winter', 'completely fine now', 'totally fine now'] } },
      zh: { framing: { past: ['分手的时候', '分手时', '分手那阵子', '被甩的时候', '失恋的时候', '离婚的时候', '以前有过', '曾经有过', '小时候有过', '已经好了', '现在没事', '现在好了', '病史', '控制得很好', '早就好了', '去年夏天', '去年冬天', '已经完全好了'] } },
      ko: { framing: { past: ['헤어졌을 때', '헤어진 직후', '차였을 때', '이별했을 때', '이혼했을 때', '어릴 적', '병력', '지금은 괜찮', '다 나았', '완치', '조절되고 있', '작년 여름', '지난 여름', '작년 겨울', '지난 겨울'] } },
      vi: { framing: { past: ['khi chia tay', 'lúc chia tay', 'hồi chia tay', 'lúc mới chia tay', 'khi bị đá', 'khi ly hôn', 'hồi học', 'đã khỏi', 'giờ đã khỏe', 'bây giờ ổn', 'tiền sử', 'trước kia', 'hè năm ngoái', 'đông năm ngoái'] } },
      ne: { framing: { past: ['ब्रेकअप हुँदा', 'छुट्टिँदा', 'पहिले भएको', 'अहिले ठिक छ', 'अहिले निको', 'निको भइसक्यो', 'गत गर्मीमा', 'गएको गर्मीमा', 'गत जाडोमा'] } },
      tl: { framing: { past: ['nung naghiwalay kami', 'noong naghiwalay kami', 'nung nag-break kami', 'nung nakipag-break', 'nung iniwan niya ako', 'magaling na', 'ok na ngayon', 'ayos na ngayon', 'gumaling na', 'noong araw', 'history ng', 'ok na ako ngayon', 'okay na ako ngayon', 'ayos na ako ngayon', 'taon na ang nakaraan', 'noong nakaraang tag-init', 'noong isang tag-init', 'noong isang taon'] } },
      pt: { framing: { past: ['quando terminei', 'quando terminamos', 'quando ela terminou comigo', 'quando ele terminou comigo', 'quando me separei', 'quando criança', 'quando pequeno', 'quando pequena', 'na infância', 'já melhorou', 'hoje está bem', 'hoje tá bem', 'histórico de', 'já curou', 'no verão passado', 'no inverno passado'] } },
      id: { framing: { past: ['waktu putus', 'pas putus', 'saat putus', 'ketika putus', 'waktu diputusin', 'pas diputusin', 'waktu cerai', 'dulu pernah', 'pernah punya', 'sekarang sudah sembuh', 'sudah sembuh', 'sekarang baik baik saja', 'masa kecil', 'musim panas lalu', 'musim panas tahun lalu', 'musim dingin lalu'] } },
    },
  },
  {
    name: 'the news: what happened to strangers, told on TV or online',
    signal: null,
    words: {
      ja: { framing: { report: ['ニュースで', 'ニュースによると', 'テレビで見', 'テレビでやって', '新聞で'], past: ['ニュースで', 'ニュースによると', 'テレビで見', 'テレビでやって', '新聞で'] } },
      en: { framing: { report: ['on the news', 'in the news', 'news said', 'saw on tv', 'news report'], past: ['on the news', 'in the news', 'news said', 'saw on tv', 'news report'] } },
      zh: { framing: { report: ['电视上说', '电视上看', '新闻上', '新闻里', '新闻说', '看新闻', '据报道', '报道说'], past: ['电视上说', '电视上看', '新闻上', '新闻里', '新闻说', '看新闻', '据报道', '报道说'] } },
      ko: { framing: { report: ['뉴스에서', '뉴스 보니', '뉴스를 보니', '기사에서'], past: ['뉴스에서', '뉴스 보니', '뉴스를 보니', '기사에서'] } },
      vi: { framing: { report: ['trên tivi', 'trên ti vi', 'xem tin tức', 'trên báo', 'đọc tin'], past: ['trên tivi', 'trên ti vi', 'xem tin tức', 'trên báo', 'đọc tin'] } },
      ne: { framing: { report: ['समाचारमा', 'samachar ma', 'samacharma'], past: ['समाचारमा', 'samachar ma', 'samacharma'] } },
      tl: { framing: { report: ['sa balita', 'napanood ko sa tv', 'nabalita'], past: ['sa balita', 'napanood ko sa tv', 'nabalita'] } },
      pt: { framing: { report: ['no jornal', 'na notícia', 'no noticiário', 'vi na tv', 'saiu na tv'], past: ['no jornal', 'na notícia', 'no noticiário', 'vi na tv', 'saiu na tv'] } },
      id: { framing: { report: ['di berita', 'lihat berita', 'nonton berita', 'di tv ada'], past: ['di berita', 'lihat berita', 'nonton berita', 'di tv ada'] } },
    },
  },
  {
    name: 'an emergency already over: out of hospital now',
    signal: null,
    words: {
      ja: { framing: { past: ['今は退院', 'いまはたいいん', 'もう退院して', 'もうたいいんして', '無事に退院', 'ぶじにたいいん'] } },
      en: { framing: { past: ['already discharged', 'has been discharged', 'was discharged last', 'home from hospital now', 'out of hospital now'] } },
      zh: { framing: { past: ['已经出院', '现在出院了', '顺利出院'] } },
      ko: { framing: { past: ['지금은 퇴원', '이미 퇴원', '무사히 퇴원'] } },
      vi: { framing: { past: ['đã xuất viện rồi', 'giờ đã xuất viện', 'đã ra viện rồi'] } },
      ne: { framing: { past: ['अस्पतालबाट डिस्चार्ज भइसक्यो', 'discharge bhaisakyo', 'discharge bhai sakyo'] } },
      tl: { framing: { past: ['nakalabas na siya sa ospital', 'nakalabas na ng ospital', 'na-discharge na'] } },
      pt: { framing: { past: ['já teve alta', 'já recebeu alta', 'já saiu do hospital'] } },
      id: { framing: { past: ['sudah keluar dari rumah sakit', 'sudah pulang dari rumah sakit'] } },
    },
  },
  {
    name: 'plain denials: no violence, never hit',
    signal: null,
    words: {
      ja: { idioms: ['たたかない$', 'なぐらない$', '叩かない$', '殴らない$', 'たたきません', 'なぐりません', '叩きません', '殴りません', '手をあげたことはな', '手を上げたことはな', '殴られたことはな', '叩かれたことはな', '叩いたことはな', 'たたいたことはな', 'なぐられたことはな', '暴力をふるったことはな', '暴力を振るったことはな'] },
      en: { idioms: ['never laid a hand', 'never raised a hand', 'never been violent', 'not abusive', 'isnt abusive', 'no signs of abuse', 'no abuse', 'never hurt me', 'never hurts me', 'would never hurt'] },
      zh: { idioms: ['之前被家暴', '以前被家暴', '曾经被家暴', '没有打过我', '从没打过', '没动过手', '没有家暴', '不是家暴', '没有暴力', '不打我'] },
      ko: { idioms: ['폭력적이진 않', '폭력적이지 않', '폭력적이지는 않', '손찌검 안 하', '손찌검 안 해', '손찌검은 안 하', '손찌검은 안 해', '때리지는 않', '때리진 않', '폭력은 없', '때린 적은 없', '손을 댄 적은 없', '손댄 적 없'] },
      vi: { idioms: ['không đánh tôi', 'chưa từng đánh', 'không bạo lực', 'chưa bao giờ đánh'] },
      ne: { idioms: ['kuteko chhaina', 'kuteko haina', 'kuteko hoina', 'kuteko chaina', 'kuteko xaina', 'piteko chhaina', 'piteko haina', 'piteko hoina', 'piteko chaina', 'piteko xaina', 'haaneko chhaina', 'haaneko haina', 'haaneko hoina', 'haaneko chaina', 'haaneko xaina', 'hirkaaeko chhaina', 'hirkaaeko haina', 'hirkaaeko hoina', 'hirkaaeko chaina', 'hirkaaeko xaina', 'hirkaayeko chhaina', 'hirkaayeko haina', 'hirkaayeko hoina', 'hirkaayeko chaina', 'hirkaayeko xaina', 'hirkayeko chhaina', 'hirkayeko haina', 'hirkayeko hoina', 'hirkayeko chaina', 'hirkayeko xaina', 'hirkaeko chhaina', 'hirkaeko haina', 'hirkaeko hoina', 'hirkaeko chaina', 'hirkaeko xaina', 'haneko chhaina', 'haneko haina', 'haneko hoina', 'haneko chaina', 'haneko xaina', 'kutdaina', 'pitdaina', 'haandaina', 'handaina', 'kutdainan', 'pitdainan', 'haandainan', 'handainan', 'hirkaaudaina', 'hirkaudaina', 'kutnu hunna', 'kutnu hudaina', 'kutnu hunchhaina', 'kutnu bhayena', 'kutnu bhaeko chhaina', 'kutnu bhayeko chhaina', 'kutnu bhayeko chaina', 'kutnu bhayeko xaina', 'kutnu bhaeko chaina', 'kutnu bhaeko xaina', 'kutnu hunchaina', 'kutnu hunxaina', 'pitnu hunna', 'pitnu hudaina', 'pitnu hunchhaina', 'pitnu bhayena', 'pitnu bhaeko chhaina', 'pitnu bhayeko chhaina', 'pitnu bhayeko chaina', 'pitnu bhayeko xaina', 'pitnu bhaeko chaina', 'pitnu bhaeko xaina', 'pitnu hunchaina', 'pitnu hunxaina', 'haannu hunna', 'haannu hudaina', 'haannu hunchhaina', 'haannu bhayena', 'haannu bhaeko chhaina', 'haannu bhayeko chhaina', 'haannu bhayeko chaina', 'haannu bhayeko xaina', 'haannu bhaeko chaina', 'haannu bhaeko xaina', 'haannu hunchaina', 'haannu hunxaina', 'hannu hunna', 'hannu hudaina', 'hannu hunchhaina', 'hannu bhayena', 'hannu bhaeko chhaina', 'hannu bhayeko chhaina', 'hannu bhayeko chaina', 'hannu bhayeko xaina', 'hannu bhaeko chaina', 'hannu bhaeko xaina', 'hannu hunchaina', 'hannu hunxaina', 'kahile pani kut', 'kahile pani pit', 'kahile pani haan', 'kahile pani hirkaa', 'kahile pani hirka', 'kahile pani han', 'kahile kut', 'kahile pit', 'kahile haan', 'kahile hirkaa', 'kahile hirka', 'kahile han', 'kahilyai pani kut', 'kahilyai pani pit', 'kahilyai pani haan', 'kahilyai pani hirkaa', 'kahilyai pani hirka', 'kahilyai pani han', 'kahilyai kut', 'kahilyai pit', 'kahilyai haan', 'kahilyai hirkaa', 'kahilyai hirka', 'kahilyai han', 'kahilei pani kut', 'kahilei pani pit', 'kahilei pani haan', 'kahilei pani hirkaa', 'kahilei pani hirka', 'kahilei pani han', 'kahilei kut', 'kahilei pit', 'kahilei haan', 'kahilei hirkaa', 'kahilei hirka', 'kahilei han', 'kahilyei pani kut', 'kahilyei pani pit', 'kahilyei pani haan', 'kahilyei pani hirkaa', 'kahilyei pani hirka', 'kahilyei pani han', 'kahilyei kut', 'kahilyei pit', 'kahilyei haan', 'kahilyei hirkaa', 'kahilyei hirka', 'kahilyei han', 'kahilai pani kut', 'kahilai pani pit', 'kahilai pani haan', 'kahilai pani hirkaa', 'kahilai pani hirka', 'kahilai pani han', 'kahilai kut', 'kahilai pit', 'kahilai haan', 'kahilai hirkaa', 'kahilai hirka', 'kahilai han', 'maarne dhamki ta diyeko chhaina', 'maarne dhamki ta diyeko chaina', 'maarne dhamki ta diyeko xaina', 'maarne dhamki ta dieko chhaina', 'maarne dhamki ta dieko chaina', 'maarne dhamki ta dieko xaina', 'maarne dhamki ta deko chhaina', 'maarne dhamki ta deko chaina', 'maarne dhamki ta deko xaina', 'maarne dhamki diyeko chhaina', 'maarne dhamki diyeko chaina', 'maarne dhamki diyeko xaina', 'maarne dhamki dieko chhaina', 'maarne dhamki dieko chaina', 'maarne dhamki dieko xaina', 'maarne dhamki deko chhaina', 'maarne dhamki deko chaina', 'maarne dhamki deko xaina', 'marne dhamki ta diyeko chhaina', 'marne dhamki ta diyeko chaina', 'marne dhamki ta diyeko xaina', 'marne dhamki ta dieko chhaina', 'marne dhamki ta dieko chaina', 'marne dhamki ta dieko xaina', 'marne dhamki ta deko chhaina', 'marne dhamki ta deko chaina', 'marne dhamki ta deko xaina', 'marne dhamki diyeko chhaina', 'marne dhamki diyeko chaina', 'marne dhamki diyeko xaina', 'marne dhamki dieko chhaina', 'marne dhamki dieko chaina', 'marne dhamki dieko xaina', 'marne dhamki deko chhaina', 'marne dhamki deko chaina', 'marne dhamki deko xaina', 'hinsa chhaina', 'hinsa chaina', 'hinsa xaina', 'hinsa ta haina', 'hinsa ta hoina', 'hinsa gardaina', 'hinsak chhaina', 'hinsak chaina', 'hinsak xaina', 'hinsak haina', 'violence ta haina', 'violence ta hoina', 'kahile kuteko', 'कुटेको छैन', 'पिटेको छैन', 'कहिल्यै कुटेको छैन', 'कुट्दैन', 'पिट्दैन'] },
      tl: { idioms: ['hindi ako sinasaktan', 'hindi niya ako sinasaktan', 'hindi nananakit', 'hindi naman nananakit', 'hindi ako binubugbog', 'hindi po ako sinasaktan', 'hindi naman po ako sinasaktan', 'hindi po niya ako sinasaktan', 'hindi po nya ako sinasaktan', 'hindi po ako binubugbog', 'hindi po nananakit', 'never naman ako sinaktan', 'never ako sinaktan', 'never niya ako sinaktan', 'never nya ako sinaktan', 'hindi naman ako sinaktan', 'hindi ako sinaktan', 'hindi niya ako sinaktan', 'hindi nya ako sinaktan', 'di naman ako sinaktan', 'di ako sinaktan', 'hindi ako pinagbuhatan ng kamay', 'hindi naman ako pinagbuhatan ng kamay', 'never ako pinagbuhatan ng kamay'] },
      pt: { idioms: ['nunca me bateu', 'não me bate', 'não me agride', 'nunca me agrediu', 'não é violento', 'nunca foi violento'] },
      id: { idioms: ['tidak pernah memukul', 'tidak memukul saya', 'tidak pernah kasar', 'tidak kasar'] },
    },
  },
  {
    name: 'jokes and teasing',
    signal: null,
    words: {
      ja: { framing: { joke: ['w$', 'ww', 'www', 'からかっ', 'じゃれ'] } },
      en: { framing: { joke: ['lmao', 'rofl', 'lmfao', 'jokingly', 'in jest', 'banter'] } },
      zh: { framing: { joke: ['逗你', '开个玩笑', 'hhh', '233', '呵呵'] } },
      ko: { framing: { joke: ['ㅎㅎ', '농담으로', '장난으로', '웃자고'] } },
      vi: { framing: { joke: ['giỡn thôi', 'nói đùa', 'kkk', 'hihi'] } },
      ne: { framing: { joke: ['हाहा', 'मजाकमा', 'जिस्काएर', 'जोक हो$', 'joke ho$'] } },
      tl: { framing: { joke: ['hahaha', 'charot', 'char$', 'chos', 'joke lang', 'biro lang', 'lol$'] } },
      pt: { framing: { joke: ['rsrs', 'kkkk', 'zoeira', 'zoando', 'tô brincando', 'to brincando', 'só brincando'] } },
      id: { framing: { joke: ['wkwkwk', 'canda', 'becanda', 'guyon'] } },
    },
  },

  {
    // (a character or a stranger in the story who died by suicide — past or third person, "a girl who
    // killed herself", «tin có du học sinh tự tử», «o menino que se matou na novela» — while "the drama
    // made me want to die" still alarms)
    name: 'someone else’s suicide in a film, a drama or the news',
    signal: null,
    words: {
      ja: { idioms: ['自殺する映画', '自殺するドラマ', '飛び降りるシーン', '飛び降りる場面', '自殺した芸能人', '芸能人の自殺', '自殺のドラマ', 'ドラマで...自殺した', 'ドラマの...自殺した', '映画で...自殺した', '映画の...自殺した', 'アニメで...自殺した', 'ニュースで...自殺した', 'どらまで...じさつした', 'にゅーすで...じさつした', '自殺の映画', 'じさつのえいが', 'じさつのどらま', '自殺を扱った', '自殺がテーマ', '自殺をテーマに', ...['自殺の話', 'じさつのはなし', '自殺する話', 'じさつするはなし'].flatMap((w) => [`${w}を見`, `${w}をみ`, `${w}の映画`, `${w}のえいが`, `${w}のどらま`]), 'dorama de...jisatsu shita', 'nyuusu de...jisatsu shita'] },
      en: { idioms: ['film about suicide', 'movie about suicide', 'show about suicide', 'book about suicide', 'suicide in the film', 'suicide in the movie', 'celebrity suicide', 'killed himself in the film', 'killed herself in the film', 'killed himself in the movie', 'killed herself in the movie', 'drama...who killed herself', 'drama...who killed himself', 'drama...who kill herself', 'drama...who kill himself', 'drama...who kills herself', 'drama...who kills himself', 'drama...who committed suicide', 'drama...who took her own life', 'drama...who took his own life', 'movie...who killed herself', 'movie...who killed himself', 'movie...who kill herself', 'movie...who kill himself', 'movie...who kills herself', 'movie...who kills himself', 'movie...who committed suicide', 'movie...who took her own life', 'movie...who took his own life', 'film...who killed herself', 'film...who killed himself', 'film...who kill herself', 'film...who kill himself', 'film...who kills herself', 'film...who kills himself', 'film...who committed suicide', 'film...who took her own life', 'film...who took his own life', 'show...who killed herself', 'show...who killed himself', 'show...who kill herself', 'show...who kill himself', 'show...who kills herself', 'show...who kills himself', 'show...who committed suicide', 'show...who took her own life', 'show...who took his own life', 'series...who killed herself', 'series...who killed himself', 'series...who kill herself', 'series...who kill himself', 'series...who kills herself', 'series...who kills himself', 'series...who committed suicide', 'series...who took her own life', 'series...who took his own life', 'anime...who killed herself', 'anime...who killed himself', 'anime...who kill herself', 'anime...who kill himself', 'anime...who kills herself', 'anime...who kills himself', 'anime...who committed suicide', 'anime...who took her own life', 'anime...who took his own life', 'news...who killed herself', 'news...who killed himself', 'news...who kill herself', 'news...who kill himself', 'news...who kills herself', 'news...who kills himself', 'news...who committed suicide', 'news...who took her own life', 'news...who took his own life', 'article...who killed herself', 'article...who killed himself', 'article...who kill herself', 'article...who kill himself', 'article...who kills herself', 'article...who kills himself', 'article...who committed suicide', 'article...who took her own life', 'article...who took his own life', 'video...who killed herself', 'video...who killed himself', 'video...who kill herself', 'video...who kill himself', 'video...who kills herself', 'video...who kills himself', 'video...who committed suicide', 'video...who took her own life', 'video...who took his own life'] },
      zh: { idioms: ['有人跳楼', '有人自杀', '主角自杀', '剧里自杀', '剧中自杀', '电影里自杀', '明星自杀', '跳楼的新闻', '有人卧轨', '有人跳轨', '跳轨的新闻', '新闻说...跳轨', '自杀的电影', '自杀的电视剧', '自杀的剧', '自杀的纪录片', '自杀的小说', '自杀题材', '自杀的台剧', '自杀的陆剧', '自杀的影集', '自杀的片', '自杀的日剧', '自杀的韩剧', '自杀的美剧', '自杀的新闻', '自杀的报道', '自杀的动画', '自杀的漫画', '艺人自杀', '偶像自杀', '剧里...自杀了', '电视剧里...自杀了', '电影里...自杀了', '新闻里...自杀了', '新闻说...自杀了', '看新闻...自杀了'] },
      ko: { idioms: ['자살하는 장면', '자살 장면', '자살을 다룬', ...['에 관한', '에 대한', ' 관련'].flatMap((w) => [`자살${w} 영화`, `자살${w} 드라마`, `자살${w} 다큐`, `자살${w} 웹툰`]), '주인공이 자살', '자살한 연예인', '자살한...다큐', '자살한...영화를', '자살한...뉴스를', '연예인 자살', '자살 사건 뉴스', '드라마에서...자살한', '영화에서...자살한', '뉴스에서...자살한', '기사에서...자살한'] },
      vi: { idioms: ['cảnh tự tử', 'phim về tự tử', 'phim về việc tự tử', 'phim nói về tự tử', 'phim nói về việc tự tử', ...['một cậu bé', 'cậu bé', 'một cô bé', 'cô bé', 'một cô gái', 'một chàng trai', 'một người', 'một học sinh', 'một bạn'].flatMap((w) => [`phim về ${w} tự tử`, `phim về ${w} tự sát`]), 'diễn viên tự tử', 'nghệ sĩ tự tử', 'ca sĩ tự tử', 'idol tự tử', 'phim về tự sát', 'đọc tin có...tự tử', 'tin có...tự tử', 'đọc báo có...tự tử', 'xem phim có...tự tử', 'trong phim có...tự tử', 'phim có...tự tử', ...['phim về', 'phim tài liệu', 'phóng sự', 'tin về'].flatMap((m) => [`${m}...rồi tự tử`, `${m}...rồi tự sát`, `${m}...rồi cũng tự tử`])] },
      ne: { idioms: ['आत्महत्याको दृश्य', 'फिल्ममा आत्महत्या', 'कलाकारको आत्महत्या', 'फिल्ममा...आत्महत्या गरेको', 'समाचारमा...आत्महत्या गरेको', 'film ma...atmahatya gareko', 'samachar ma...atmahatya gareko'] },
      tl: { idioms: ['eksena ng pagpapakamatay', 'pelikula tungkol sa pagpapakamatay', 'artista nagpakamatay', 'sa drama...na nagpakamatay', 'sa pelikula...na nagpakamatay', 'sa balita...na nagpakamatay', 'napanood ko...na nagpakamatay', 'nabasa ko...na nagpakamatay'] },
      pt: { idioms: ['cena de suicídio', 'filme sobre suicídio', 'série sobre suicídio', 'suicídio de famoso', 'suicídio de artista', 'novela...que se matou', 'filme...que se matou', 'série...que se matou', 'notícia...que se matou', 'se matou na novela', 'se matou no filme', 'se matou na série'] },
      id: { idioms: ['film tentang bunuh diri', 'drama tentang bunuh diri', 'adegan bunuh diri', 'artis bunuh diri', 'bunuh diri di film', 'artis korea bunuh diri', 'idol korea bunuh diri', 'idol bunuh diri', 'aktor bunuh diri', 'aktris bunuh diri', 'penyanyi bunuh diri', 'seleb bunuh diri', 'selebriti bunuh diri', 'drama...yang bunuh diri', 'drama...sampai bunuh diri', 'drama jepang tentang...bunuh diri', 'drama tentang...bunuh diri', 'film tentang...bunuh diri', ...['nonton drama', 'nonton film'].flatMap((m) => [`${m}...yang bunuh diri`, `${m}...tentang bunuh diri`, `${m}...adegan bunuh diri`, `${m}...tokohnya bunuh diri`, `${m}...akhirnya bunuh diri`]), 'drakor...yang bunuh diri', 'film...yang bunuh diri', ...['dokumenter', 'film', 'berita'].flatMap((m) => [`${m}...lalu bunuh diri`, `${m}...kemudian bunuh diri`, `${m}...terus bunuh diri`]), 'berita...yang bunuh diri', 'sinetron...yang bunuh diri'] },
    },
  },
  {
    name: 'long ago (abuse or violence in the past), a dream, and “but fine now” after a knock',
    signal: null,
    words: {
      ja: { framing: { report: ['何年も前', 'なんねんもまえ', '昔は', 'むかしは', '前は夫に', '前は旦那に', '前は元夫に', '前は彼に', 'まえはおっとに', ...['前の夫に', 'まえのおっとに', '前の旦那に', 'まえのだんなに', '元夫に', 'もとおっとに', '元旦那に', 'もとだんなに', '元彼に', 'もとかれに'].flatMap((ex) => [`${ex}...ていた`, `${ex}...ていました`, `${ex}...てました`, `${ex}...てた$`]), 'まえ は おっと に', 'まえはだんなに', 'まえ は だんな に', 'まえはかれに', 'まえ は かれ に', '今は別れて', 'いまはわかれて', 'いま は わかれて', '別れて安全', 'わかれてあんぜん', 'わかれて あんぜん', '今は安全', 'いまはあんぜん', 'いま は あんぜん', '離婚して今は', '昔...ていた', '昔...ていました', 'むかし...ていた', 'むかし...ていました', '昔...てました', 'むかし...てました', '昔...てた$', 'むかし...てた$', '以前...てた$', 'いぜん...てた$', '以前...ていました', '以前...てました', 'いぜん...ていました', 'いぜん...てました'], past: ['yume de', 'yume wo mita', 'mukashi', 'nen mae', 'nenmae', 'kyonen', 'sengetsu', 'senshuu', 'ima wa genki', 'ima wa daijoubu', 'ima wa daijobu', '夢で', 'ゆめで', '夢を見', 'ゆめをみ', 'けど元気', 'けどげんき', '元気に遊んで', 'げんきにあそんで', 'いつも通り元気', 'いつもどおりげんき'] } },
      en: { framing: { report: ['years ago', 'years back', 'a long time ago', 'long ago', 'divorced now and', 'we divorced', 'we got divorced', 'were divorced now', 'yrs ago', 'yr ago', 'years ago now', 'im safe now', 'we are safe now', 'were safe now', 'long since divorced', 'long since separated'], past: ['dreamed', 'dreamt', 'nightmare', 'in my dream', 'but hes fine', 'but shes fine', 'seems fine now', 'seems fine', 'playing normally', 'back to normal'] } },
      // (what he used to do: «前男友以前会跟踪我»; «以前会打我，现在也会» still alarms)
      zh: { framing: { report: ['多年前', '很多年前', '好多年前', '现在已经离婚', '已经离婚了', '现在很安全', '现在安全了', '以前会', '以前常常', '以前经常', '以前总是', '以前老是'], past: ['梦见', '做梦', '噩梦', '但是没事', '现在活蹦乱跳'] } },
      ko: { framing: { report: ['몇 년 전', '오래전에', '수년 전', '지금은 이혼했', '지금은 안전'], past: ['꿈에서', '꿈을 꿨', '악몽', '괜찮아 보여', '멀쩡해'] } },
      vi: { framing: { report: ['nhiều năm trước', 'mấy năm trước', 'ngày xưa', 'năm ngoái tôi bị', 'năm ngoái em bị', 'năm ngoái bị', 'giờ tôi ổn', 'giờ em ổn', 'giờ đã an toàn', 'giờ an toàn rồi'], past: ['mơ thấy', 'ác mộng', 'giờ vẫn chơi bình thường', 'vẫn bình thường'] } },
      // (divorced already, safe now: «पहिलेको श्रीमानले पिट्थ्यो, तर डिभोर्स भइसक्यो, अहिले हामी सुरक्षित छौं»)
      ne: { framing: { report: ['धेरै वर्ष अघि', 'धेरै पहिले', 'डिभोर्स भइसक्यो', 'डिभोर्स भइसकेको', 'सम्बन्ध विच्छेद भइसक्यो', 'सम्बन्धविच्छेद भइसक्यो', 'डिभोर्स भएको', 'डिभोर्स भयो', 'पहिले श्रीमानले', 'पहिलेको श्रीमान', 'pahile shrimanle', 'pahile ko shriman', 'pahileko shriman', 'अहिले शान्ति छ', 'शान्ति छ', 'divorce bhaeko', 'divorce bhayeko', 'aba shanti chha', 'ahile shanti chha', 'अहिले हामी सुरक्षित', 'अहिले म सुरक्षित', 'अब हामी सुरक्षित', 'अब म सुरक्षित', 'divorce bhaisakyo', 'ahile hami surakshit', 'ahile ma surakshit'], past: ['सपनामा', 'सपना देखें', 'अहिले ठिकै छ'] } },
      tl: { framing: { report: ['maraming taon na ang nakalipas', 'matagal na panahon', 'okay na ako ngayon', 'ok na ako ngayon', 'ligtas na ako', 'ligtas na kami', 'noong 20', 'niya ako noon$', 'nya ako noon$', 'ako noon pa', 'dati pa$'], past: ['napanaginipan', 'panaginip', 'bangungot', 'pero ok naman siya', 'pero ayos naman'] } },
      pt: { framing: { report: ['anos atrás', 'há muitos anos', 'antigamente', 'mas hoje estou segura', 'mas agora estou segura', 'mas hoje estou em segurança', 'mas agora estou em segurança', 'mas hoje tô segura', 'mas agora tô segura'], past: ['sonhei', 'pesadelo', 'mas está bem', 'mas tá bem', 'mas parece bem'] } },
      id: { framing: { report: ['bertahun tahun lalu', 'dulu sekali', 'lama sekali', 'sekarang udah aman', 'sekarang sudah aman'], past: ['mimpi', 'bermimpi', 'tapi baik baik saja', 'tapi sudah main lagi'] } },
    },
  },
  {
    // Only figures of speech and other people's stories: a wish to die that is denied or said to be
    // history is still asked about (see findCrisis) — "I tried to kill myself when I was 19 and now
    // I want to do it again" has no other crisis words.
    name: 'suicide as a figure of speech or in a story ("career suicide", a character, exam stress)',
    signal: null,
    words: {
      ja: { idioms: ['自殺行為', 'じさつこうい'] },
      en: { idioms: ['career suicide', 'social suicide', 'political suicide', 'financial suicide', 'suicide squad'] },
      ko: { idioms: ['자살행위', '자살 행위'] },
      vi: { idioms: ['tự sát sự nghiệp', 'nhân vật tự tử', 'nhân vật chính tự tử'] },
      ne: { idioms: ['आत्मघाती कदम', 'aatmaghati kadam', 'atmaghati kadam'] },
      pt: { idioms: ['suicídio profissional', 'suicídio político', 'suicídio financeiro', 'suicídio social'] },
      zh: { idioms: ['讲自杀的', '攰到想死', '考到想死', '写到想死', '屈到想死', '打机打到想死', '打游戏打到想死', '卡到想死', '尬到想死', '笑到想死', '饿到想死', '困到想死', '晒到想死', '冻到想死', '社恐到想死', '返到想死'] },
      tl: { idioms: ['nag suicide yung', 'nag suicide ang'] },
      id: { idioms: ['bunuh diri finansial', 'bunuh diri karier', 'bunuh diri karir', 'mati konyol', 'tokohnya bunuh diri', 'pemeran utamanya bunuh diri', 'pencegahan bunuh diri'] },
    },
  },
  {
    // Each phrase cancels only the words it overlaps: «没打过我，昨天第一次打了我» still alarms on «打了我».
    name: 'denials in everyday forms; control without confinement; a threat to expose or to sack, not to hurt; stalking as a habit; a child who hits another child',
    signal: null,
    words: {
      ja: {
        // (stalking as a habit: messages every day, turning up near home — `women`, no crisis, unless a threat is said)
        idioms: ['首を絞めるまね', '首をしめるまね', '待ってることがあ', '待っていることがあ', '毎日メッセージ', 'まいにちメッセージ', '毎日ライン', 'まいにちライン', '毎日連絡してき', 'まいにちれんらくしてき', '家の近くにも来', 'いえのちかくにもき', '家の前にも来', 'いえのまえにもき', '他の子をたたい', '他の子を叩', 'ほかの子をたたい', '配偶者暴力相談', '暴力相談支援センター', '家賃...鍵を替えられ', '大家...鍵を替えられ', '管理会社...鍵を替えられ'],
        crisisNegation: { before: [], after: [
          'たりはしていな', 'たりはしていません', 'たりはしません', 'たりはされていな', 'たりはされていません', 'たりはされてな', 'たりはしてな', 'たりはしな', 'たりは絶対', 'たりはぜったい', 'たりとかはな', 'とかはない', 'とかはなか', 'とかはなく', 'とかはありません',
          'とかは全くな', 'とかは全くあり', 'とかはまったくな', 'とかは全然な', 'は全くない', 'は全くなく', 'は全くなか', 'は全くありません', 'はまったくない', 'はまったくなく',
          'はまったくなか', 'はまったくありません', 'は全然ない', 'は全然なか', 'はぜんぜんない', 'とか言われたことはな', 'とか言われたことは一度も', 'とかいわれたことはな',
          'って言われたことはな', 'てはいな', 'てないけど', 'てないが', 'じゃ全然な', 'じゃぜんぜんな',
        ] },
      },
      en: {
        idioms: ['keeps following me', 'car almost hit me', 'car nearly hit me', 'landlord locked me out', 'owner locked me out', 'go out alone', 'boss...touches me', 'manager...touches me', 'cant make myself leave the house', 'cant leave the house for more than', 'hits her little', 'hits his little', 'hitting her little', 'hitting his little', 'visa is tied to'],
        crisisNegation: { before: ['arent', 'werent', 'wasnt', 'hasnt been', 'havent been', 'never been'], after: [] },
      },
      zh: {
        idioms: [
          '没打过我', '没动手打我', '没有动手打我', '没动手打过我', '没有动手打过我', '从来没打过我', '没动过手', '没有动过手', '没威胁', '没有威胁', '冇威胁', '没有要伤害我', '冇讲过要伤害我', '没说过要伤害我',
          '算虐待吗', '算不算虐待', '算是虐待吗', '算不算暴力', '算暴力吗', '是不是家暴', '是不是虐待', '算性侵吗', '算不算性侵', '没有打小孩', '没打小孩',
          '一直在我家楼下等', '天天在我家楼下等', '每天在我家楼下等', '经常在我家楼下等', '老是在我家楼下等', '一直跟踪我',
          // waiting at the office or home door as a habit: stalking, no threat (LABELLING: `women`, no crisis)
          '一直在...门口等', '天天在...门口等', '每天在...门口等', '经常在...门口等', '老是在...门口等', '总是在...门口等', '一直在...楼下等', '天天在...楼下等', '每天在...楼下等', '经常在...楼下等', '老是在...楼下等', '躲在厕所哭', '把自己锁在', '自己锁在房间', '天天锁在房间', '把自己关在', '自己关在房间', '关在房间里玩手机', '关在房间玩手机', '关在屋里玩手机', '关在房间里打游戏', '关在屋里打游戏', '关在房间里刷手机', '密码输错被锁', '账号被锁', '卡被锁',
        ],
        // «他没说要伤害我», Cantonese «佢冇話要傷害我»: he never said he would hurt her
        crisisNegation: { before: ['没说要', '没说过要', '没有说要', '没有说过要', '没讲要', '没讲过要', '冇话要', '冇话过要', '冇讲要', '冇讲过要', '冇说过要'], after: [] },
      },
      ko: {
        idioms: [
          '손찌검은 없', '손찌검은 안', '손찌검은 한 번도', '폭력은 전혀 없', '폭력은 한 번도 없', '폭력은 절대 없', '폭력은 절대 안', '폭력적인 적 없', '폭력적인 적은 없', '폭력적인 적이 없', '폭력 쓰는 사람은 절대',
          '때리거나 하진 않', '때리거나 하지는 않', '때리거나 하지 않', '때리거나 그런 거 전혀 없', '때리거나 그런 건 전혀 없', '때리거나 그런 거 없', '때리거나 그런 건 없', '때리거나 그런 적 없', '때리거나 그런 적은 없', '때리거나 그런 일은 없', '때리는 건 못 봤', '이것도 폭력', '이게 폭력', '폭력에 해당', '자꾸 우리 집 앞에', '자꾸 집 앞에', '회사 앞에서 기다', '회사 앞에 와서 기다', '집 앞에서 기다', '집 앞에 와서 기다', '상사가...몸을 만져', '점장이...몸을 만져',
          '억지로 끌어내는 건', '억지로라도', '학교에서 친구를 때', '다른 애를 때', '다른 아이를 때', '버스 타는 게 위험', '혼자 계시기는 이제 위험',
        ],
      },
      vi: { idioms: ['tự nhốt mình', 'tự nhốt trong phòng', 'ra ngoài một mình', 'đi ra ngoài một mình', 'ra ngoài 1 mình', 'đánh đập gì', 'ko đánh em', 'ko đánh e', 'không đánh em', 'có phải là bạo lực', 'có phải bạo lực', 'có tính là bạo lực', 'có phải là bạo hành', 'trốn khỏi công ty', 'như bị giam lỏng', 'dọa đăng ảnh riêng tư', 'đe dọa đăng ảnh riêng tư', 'bị ép nghỉ việc', 'ép nghỉ việc'] },
      ne: { idioms: ['एक्लै बाहिर जान', 'company bata bhageko', 'kasaile kutyo ta hoina', 'kutnu ta kahile', 'कुटपिट गर्नुहुन्न', 'कुटपिट गर्दिनँ', 'कुटपिट गर्दैनन्', 'कुटपिट गर्दैन', 'कुटपिट गर्नुभएको छैन', 'हिंसा गर्दैन', 'हिंसा गर्नुहुन्न', 'कहिल्यै कुटपिट', 'कहिल्यै कुट'] },
      tl: { idioms: ['tumakas ako sa kumpanya', 'tumakas ako sa kompanya', 'tumakas sa kumpanya', 'tumakas sa kompanya', 'tumakas ako sa company', 'nagtatago ako sa cr para', 'lumabas mag isa', 'lumabas ng mag isa', 'lumabas nang mag isa', 'hindi ko sinasabing binubugbog', 'hinihipuan sa tren', 'hindi pa ako sinasaktan', 'hindi pa naman ako sinasaktan', 'never pa naman ako sinaktan', 'never pa ako sinaktan', 'makalabas kasi masakit'] },
      pt: { idioms: ['ameaçou me mandar embora', 'nem me ameaçou', 'choro escondida', 'chorar escondida', 'conta como violência', 'se isso é violência', 'isso é violência', 'violência psicológica', 'violência verbal', 'sair sozinha', 'abrigo pra vítima de violência', 'abrigo para vítimas', 'maus tratos a animal', 'maus-tratos a animal', 'maus tratos a animais', 'maus-tratos a animais'] },
      id: { idioms: ['gak pernah pukul', 'gak pernah mukul', 'ga pernah mukul', 'nggak pernah mukul', 'gak mukul', 'ga mukul', 'nggak mukul', 'gak ada kekerasan', 'ga ada kekerasan', 'nggak ada kekerasan', 'gak pernah kasar', 'ga pernah kasar', 'itu juga kekerasan', 'kabur dari perusahaan', 'kabur dari tempat magang', 'keluar sendiri', 'keluar sendirian', 'pergi sendiri', 'pergi sendirian', 'atasan...pesan mesum', 'dipukul temen', 'dipukul teman'] },
    },
  },
  {
    // Same-sentence frames only; a long-ago frame never reaches a clause that says "now" (see `framed`).
    name: 'harm long over (a dream, a relationship that ended, years ago); panic disorder; an illness already past or a question about its signs; someone else’s suicide, suicide as a topic',
    signal: null,
    words: {
      ja: {
        idioms: [
          '暴力で離婚', 'ぼうりょくでりこん', '暴力が原因で離婚', '虐待で絶縁', 'ぎゃくたいでぜつえん', '暴力から逃げて...年', '自殺って言葉', '自殺という言葉', '自殺って何', '自殺ってなに', 'じさつってなに', 'じさつよぼう', 'じさつのしーん', 'じさつのばめん', '首吊りのシーン', '首吊りの場面',
          '救急車を呼ぶほどじゃな', '救急車を呼ぶほどでは', '救急車を呼ぶか迷', 'きゅうきゅうしゃをよぶほどじゃな', '恥ずかしくて死にた', 'はずかしくてしにた', '恥ずかしすぎて死にた', 'はずかしすぎてしにた', '恥ずかしくて消えたい', 'はずかしくてきえたい', '恥ずかしすぎて消えたい', 'はずかしすぎてきえたい', 'しにたくなるほどはずかし', '死にたくなるほど恥ずかし', '死にたくなるほど元気',
          // someone else's suicide, told as done (not 「私が自殺したら」, not 「弟が自殺しそう」)
          '兄が自殺して', '姉が自殺して', '弟が自殺して', '妹が自殺して', '父が自殺して', '母が自殺して', '夫が自殺して', '妻が自殺して', '息子が自殺して', '娘が自殺して', '友人が自殺して', '友達が自殺して', '親友が自殺して',
          'が自殺したの', 'が自殺したと', 'が自殺したって', 'が自殺した後', 'が自殺したあと', 'がじさつしたの', 'がじさつしたと', 'がじさつしたって', 'がじさつしたあと', 'が自殺したニュース', 'がじさつしたにゅーす',
        ],
        framing: {
          report: ['る夢を', 'る夢で', 'る夢ばかり', 'るゆめを', 'るゆめで', '夢で', 'ゆめで', '昔付き合', 'むかしつきあ', 'のは...年前', 'のは...ねんまえ', '年前のこと', 'ねんまえのこと', '年前の話', 'ねんまえのはなし'],
          past: ['パニック障害', '退院したら', 'たいいんしたら', 'ってどんな', 'って何', 'ってなに', 'のサインだと', 'リハビリ', '家族歴'],
        },
      },
      en: {
        idioms: ['manga about suicide', 'comic about suicide', 'documentary about suicide', 'novel about suicide', 'what suicide means', 'what suicide is', 'giving away all my furniture', 'care home...my things', 'care home...my stuff', 'care home...my furniture', 'nursing home...my things', 'nursing home...my stuff', 'nursing home...my furniture', 'cutting my shifts', 'cutting my hours', 'cant go on the$', 'cant go on a$', 'cant go on the trip', 'cant go on the school trip', 'die without a will', 'about choking', 'choking and stuff', 'choking and that sort', 'choking hazard', 'overdosed on netflix', 'gave me a heart attack', 'give me a heart attack'],
        framing: { report: ['back in 20', 'back in 19', 'when we were dating', 'when we dated'], past: ['panic attacks', 'panic disorder', 'then it passes', 'and it passes', 'what are the signs', 'family history'] },
      },
      zh: {
        idioms: ['家暴的前夫', '离开家暴', '被性侵过', '性侵的事已经过了', '姐姐自杀了', '姊姊自杀了', '弟弟自杀了', '妹妹自杀了', '儿子自杀了', '女儿自杀了', '老公自杀了', '丈夫自杀了', '妻子自杀了', '老婆自杀了', '年前自杀了', '去年自杀了', '上个月自杀了', '上周自杀了', '上个月自杀咗', '去年自杀咗', '多少人自杀', '有个人跳楼', '自杀的剧情', '想死在沙发', '想想就喘不过气', '一想到就喘不过气', '想到就喘不过气'],
        // 「韓」 is not folded to 「韩」: a Korean drama written in traditional characters
        framing: { report: ['韓剧'], past: ['恐慌症', '惊恐障碍', '下车就好', '要人照顾', '复健'] },
      },
      ko: {
        idioms: ['뇌졸중 이후', '뇌졸중 후로', '뇌졸중 후에', '뇌졸중 뒤로', '뇌졸중 뒤에', '뇌졸중 온 뒤', '뇌졸중 온 후', '뇌졸중으로 쓰러진 뒤', '뇌졸중으로 쓰러진 후', '뇌졸중으로 쓰러지신 뒤', '뇌졸중으로 쓰러지신 후', '뇌졸중으로 반신마비', '뇌졸중 가족력', '작년에 투신', '세상을 떠났', '세상을 떠나셨', '자살이 뭐냐', '자살 미션', '뛰어내리는 장면', '친구가 죽고 싶다고 하면'],
        framing: { report: Array.from({ length: 40 }, (_, n) => [`${n + 1}년 전 일이`, `${n + 1}년 전의 일`]).flat(), past: ['공황장애', '가족력', '재활'] },
      },
      vi: {
        // «không tính» (not counted, not charged) folds like «không tỉnh» (unconscious)
        idioms: ['ly hôn vì chồng bạo hành', 'ly hôn vì bị bạo hành', 'ly hôn vì bạo hành', 'ly hôn với người chồng hay đánh', 'không tính lương', 'không tính tăng ca', 'không tính tiền', 'không tính phí', 'không tính giờ', 'về người tự sát', 'phim tài liệu về tự tử', 'thực tập sinh tự tử', 'tts người việt tự tử', 'tệ muốn chết', 'cười muốn chết', 'giết mình từ từ', 'giết tôi từ từ', 'cảnh người ta nhảy', 'nhân vật tự làm đau', 'ko cần cấp cứu', 'không cần cấp cứu', 'lớp cấp cứu', 'hướng dẫn gọi cấp cứu',
          // a brother's, a father's, a friend's suicide months or years ago (not «tôi tự tử…», not a child's,
          // not «cách đây 30 phút»; «Anh, em tự tử…» speaks to someone)
          ...['anh trai', 'chị gái', 'em trai', 'em gái', 'anh', 'chị', 'bố', 'ba', 'mẹ', 'má', 'chồng', 'vợ', 'bạn', 'bạn thân', 'ông', 'bà', 'chú', 'cậu', 'dì', 'cô'].flatMap((who) =>
            (['anh', 'chị', 'bạn', 'ông', 'bà', 'chú', 'cậu', 'dì', 'cô'].includes(who) ? ['tôi', 'mình'] : ['tôi', 'em', 'mình']).flatMap((my) =>
              ['tự tử cách đây...năm', 'đã tự tử cách đây...năm', 'tự tử cách đây...tháng', 'đã tự tử cách đây...tháng', 'tự tử năm'].map((said) => `${who} ${my} ${said}`),
            ),
          ),
        ],
        framing: { report: ['hồi nhỏ em', 'hồi nhỏ', 'hồi ở vn', 'hồi ở việt nam', 'thấy tin'], past: ['hay bị hoảng loạn'] },
      },
      ne: { idioms: ['आत्महत्या गर्नुभयो', 'आत्महत्याबारे डकुमेन्ट्री'] },
      tl: { framing: { report: ['matagal na yun', 'matagal na iyon', 'taon na kaming hiwalay'], past: ['panic attacks'] } },
      pt: { idioms: ['morreu de avc', 'vídeo de suicídio'], framing: { report: ['quando a gente namorava', 'no passado'], past: ['síndrome do pânico', 'crises de pânico', 'crises de ansiedade', 'sequela', 'se recuperando', 'quais sinais'] } },
      id: {
        idioms: ['novel tentang bunuh diri', 'komik tentang bunuh diri', 'ceritanya soal bunuh diri', 'komik soal bunuh diri', 'buku tentang bunuh diri', 'skripsi tentang bunuh diri', 'tanda tanda orang mau bunuh diri', 'tanda orang mau bunuh diri'],
        framing: { report: ['drama korea', 'waktu kecil'], past: ['gangguan panik', 'panic attacks'] },
      },
    },
  },
  {
    // Each idiom cancels only the words it overlaps: a bruise from the writer's own fall; being taken for an
    // abuser; a neighbour knocking to borrow; "X will kill me" of a hardship; a suicide read or heard of in
    // the news. (Not a child's bruise beside a fall or a sport: 「被爸爸推倒摔得瘀青」「被他爸打了，踢球…青一块」.)
    name: 'a bruise from my own fall; taken for an abuser; knocking to borrow; a hardship that "kills"; a suicide read of',
    signal: null,
    words: {
      ja: { idioms: ['虐待してると思われ', '虐待していると思われ', 'ぎゃくたいしてるとおもわれ', '自殺したと聞い', '自殺したと読ん', 'じさつしたときい'] },
      en: { idioms: ['think im abusing', 'thought i was abusing', 'think i abuse'] },
      zh: { idioms: ['以为我虐待', '以为我在虐待', '拍门借', '敲门借', '公司说不要我', '公司突然说不要我', '公司不要我', '老板说不要我', '老板突然说不要我', '老板不要我', '工厂说不要我', '厂里说不要我', '店长说不要我', '单位说不要我', '我男朋友说不要我', '我男友说不要我', '我女朋友说不要我'] },
      ko: { idioms: ['학대하는 줄 알', '학대한다고 오해', '자살했다는 기사', '자살했다는 뉴스'] },
      vi: { idioms: ['vết bầm...do em ngã', 'vết bầm...do tôi ngã', 'vết bầm...do mình ngã', 'vết bầm...do em té', 'vết bầm...do tôi té', 'vết bầm...do mình té'] },
      ne: { idioms: ['आत्महत्या गरेको पढें', 'आत्महत्या गरेको पढेँ', 'आत्महत्या गरेको सुनें', 'आत्महत्या गरेको सुनेँ', 'आत्महत्या गरेको खबर पढ', 'aatmahatya gareko padhe', 'aatmahatya gareko sune'] },
      tl: { idioms: ['papatayin ako ng puyat', 'papatayin na ako ng puyat', 'papatayin ako ng pagod', 'papatayin na ako ng pagod', 'papatayin ako ng stress', 'papatayin na ako ng stress', 'papatayin ako sa puyat', 'papatayin ako sa pagod'] },
      pt: { idioms: ['acham que eu maltrato', 'achar que eu maltrato', 'pensar que eu maltrato', 'li que...se matou', 'vi na notícia que...se matou'] },
      id: { idioms: ['dikira saya menyiksa', 'dikira aku menyiksa', 'dikira menyiksa anak'] },
    },
  },
  {
    // (and the writer hiding behind a lock WITH her own child from a partner, 「子どもと風呂場にカギかけてる」,
    // «我和孩子锁在厕所里»: the child is beside her, not the one shut in; the partner's violence told
    // beside it still raises its own signal, and the violence concept says the hiding itself)
    name: 'a hanging or suicide scene in a film that frightened a child; a building with no fire exit; a child who swears “go die” at other players; a teenager who shuts herself in her room; hiding behind a lock with my own child',
    signal: null,
    words: {
      ja: { idioms: ['首つりのシーン', 'くびつりのシーン', '首吊りのシーン', '首つりの場面', '飛び降りのシーン', '自殺のシーン', '自殺シーン',
        ...['子どもと', '子供と', 'こどもと', '娘と', 'むすめと', '息子と', 'むすこと', '赤ちゃんと', 'あかちゃんと', '子どもたちと', 'こどもたちと'].flatMap((c) =>
          ['風呂場', 'おふろば', 'お風呂場', 'トイレ', '一緒に風呂場', '一緒にトイレ', 'いっしょにおふろば', 'いっしょにトイレ', '寝室に', 'しんしつに'].map((w) => `${c}${w}`)),
        // 閉じこもる is shutting oneself in (閉じ込める is shutting someone in)
        'トイレに閉じこも', 'トイレにとじこも', '風呂場に閉じこも', 'おふろばにとじこも', '押し入れに閉じこも', 'おしいれにとじこも'] },
      // (the writer hiding behind a lock, phone in hand: "im locked in the bathroom w my phone"; the threat outside raises its own signal)
      en: { idioms: ['locked in the bathroom w my phone', 'locked in the bathroom with my phone', 'locked in the bedroom w my phone', 'locked in the bedroom with my phone', 'hanging scene', 'suicide scene', 'no way out if theres a fire', 'no way out if there is a fire', 'no way out in a fire', 'no way out in case of fire', 'no way out if a fire', 'tells other players to kill themselves', 'telling other players to kill themselves', 'tells people to kill themselves', 'telling people to kill themselves'] },
      zh: { idioms: ['上吊的镜头', '上吊镜头', '上吊的场面', '上吊的场景', '上吊场景', '跳楼的镜头', '跳楼的场景', '自杀的镜头', '自杀镜头', '自杀的场景', '叫人去死', '骂人去死', '叫别人去死', '骂别人去死', '叫人哋去死', '骂去死', '骂我去死', '被骂去死',
        // a child shouting «去死» «杀了你» while gaming (not the writer's wish)
        '游戏...喊...去死', '游戏...吼...去死', '游戏...骂...去死', '游戏...嚷...去死', '打机...嗌...去死', '游戏...喊...杀了你', '游戏...吼...杀了你', '游戏...骂...杀了你', '喊去死...游戏', '喊杀了你...游戏',
        // a mother locked in with her child
        '我和孩子锁在', '我跟孩子锁在', '我带着孩子锁在', '我抱着孩子锁在', '和孩子一起锁在', '我和宝宝锁在', '我跟宝宝锁在', '我和女儿锁在', '我跟女儿锁在', '我和儿子锁在', '我跟儿子锁在', '我同个仔锁', '我同个女锁'] },
      ko: { idioms: ['목매는 장면', '목 매는 장면', '목을 매는 장면', '뛰어내리는 장면', '투신하는 장면'] },
      vi: { idioms: ['cảnh treo cổ', 'cảnh nhảy lầu', 'cảnh tự sát'] },
      ne: { idioms: ['झुण्डिएको दृश्य', 'झुन्डिएको दृश्य', 'आत्महत्या गरेको दृश्य'] },
      tl: { idioms: ['eksena ng pagbibigti', 'eksenang nagbigti', 'eksena ng pagtalon'] },
      pt: { idioms: ['cena de enforcamento', 'cena do enforcamento', 'saída de emergência', 'saída de incêndio', 'rua sem saída', 'trancada no quarto no celular', 'trancado no quarto no celular', 'trancada no quarto jogando', 'trancada no quarto há', 'anos trancada no', 'anos trancada em'] },
      id: { idioms: ['adegan gantung diri', 'adegan orang gantung diri', 'jalan keluar kalau kebakaran', 'jalan keluar kalau ada kebakaran', 'jalan keluar jika terjadi kebakaran', 'jalan keluar saat kebakaran', 'pintu darurat'] },
    },
  },
  {
    // A child yelling "kill!" at a screen (「ゲームで「殺す殺す」って叫ぶ」, «PUBG khelda 'mar mar' bhanera
    // chichyauchha»), not a child screaming under blows; a child who will not sleep alone since a fire
    // drill or a scare; a stabbing heard of in the news or as hearsay («may sinaksak daw», "balita").
    name: 'a child shouting “kill” while gaming; a child afraid to sleep alone after a scare; a stabbing heard of in the news',
    signal: null,
    words: {
      // (the chant said twice, beside the game: 「殺すぞ」 from a father beside a game is still a threat)
      ja: { idioms: ['ゲーム...殺す殺す', 'げーむ...ころすころす', 'ゲーム...死ね死ね', 'げーむ...しねしね', 'ゲームしながら殺す', 'げーむしながらころす'] },
      // (the chant itself, repeated: "he plays games and threatens to kill me" is no chant)
      en: { idioms: ['gaming...kill kill', 'game...kill kill', 'fortnite...kill kill', 'kill kill...gaming', 'kill kill...game'] },
      zh: { idioms: ['不敢一个人睡', '不肯一个人睡', '不愿意一个人睡', '不敢自己睡', '不肯自己睡'] },
      ko: { idioms: ['게임...죽여 죽여', '게임...죽어 죽어', '죽여 죽여...게임'] },
      vi: { idioms: ['chơi game...giết giết', 'game...giết đi giết đi', 'chơi game...chết đi chết đi'] },
      // (the killing word is one of the idiom's words, the shout after it: a gap is free text, see IdiomMatch)
      ne: { idioms: ['pubg...mar...chichya', 'game...mar...chichya', 'free fire...mar...chichya', 'khelda...mar...chichya', 'khelda...mar...karaun', 'khelda...mar...karau', 'गेम...मार...चिच्या', 'खेल्दा...मार...चिच्या', 'खेल्दा...मार...कराउ',
        'eklai sutna', 'eklai sutdina', 'eklai sutna mandina', 'eklai sutna dar', 'एक्लै सुत्न', 'एक्लै सुत्दिन'] },
      tl: { idioms: ['may sinaksak daw', 'may nasaksak daw', 'may sinaksak sa balita', 'balita...sinaksak', 'balita...nasaksak', 'sa balita...saksak', 'naglalaro...patayin patayin'] },
      pt: { idioms: ['jogando...mata mata', 'jogo...mata mata', 'jogando...gritando mata', 'jogo...gritando mata'] },
      id: { idioms: ['main game...bunuh bunuh', 'ngegame...bunuh bunuh', 'main ml...bunuh bunuh'] },
    },
  },
  {
    // An old parent asking what becomes of a dependent child after the parent's own death (親亡き後: 「私が死んだら、
    // あの子はどうやって…」, the child as topic); coming over on a family-reunion visa («sang đoàn tụ với vợ chồng tôi»,
    // not «đoàn tụ với vợ» who died); a child crying till breathless after a slap (the slap is the matter, not the
    // breath); the writer hiding with her own child from a partner (violence, not abuse of that child); not allowed
    // out without his permission (control, not a lock: «tidak boleh keluar rumah tanpa izin dia»); a denial with a
    // particle between («कुटपिट चाहिँ कहिल्यै गर्नुभएको छैन»).
    name: 'what becomes of my child after I die; a family-reunion visa; crying till breathless; hiding with my own child; out only with his permission; “never actually hit me”; an ex who keeps texting or waits outside; a young carer who can no longer get to school',
    signal: null,
    words: {
      ja: { idioms: [
        ...['私が死んだら', 'わたしがしんだら', '自分が死んだら', 'じぶんがしんだら', '私が死んだあと', '私が死んだ後', 'わたしがしんだあと', '私たちが死んだら', 'わたしたちがしんだら', '親が死んだら', 'おやがしんだら'].flatMap((d) =>
          ['あの子は', 'あのこは', 'この子は', 'このこは', '息子は', 'むすこは', '娘は', 'むすめは', '子どもは', '子供は', 'こどもは'].map((c) => `${d}...${c}`)),
        '許可なく外出', '許可なしに外出', '許可なしで外出', '許可がないと外出', 'きょかなくがいしゅつ', '許可なく出かけ', 'きょかなくでかけ',
      ] },
      en: { idioms: ['go out without his permission', 'leave the house without his permission', 'go out without asking him', 'go anywhere without his permission', 'go out without her permission', 'leave the house without asking him'] },
      zh: { idioms: ['哭到喘不上气', '哭得喘不上气', '哭到喘不过气', '哭得喘不过气', '哭到上气不接下气', '哭得上气不接下气', '哭到透不过气', '哭得透不过气', '哭到快喘不上气',
        '没有他的允许...出门', '没他的允许...出门', '不经他同意...出门', '没他同意...出门', '没有他同意...出门',
        // an ex who waits downstairs or keeps messaging, as a habit (「前男友成日喺我屋企樓下等我」; a threat beside it still counts)
        '楼下等我', '门口等我', '楼下等住我', '门口等住我', '成日喺楼下', '天天在楼下', '每天在楼下', '成日发信息', '一直发信息', '天天发信息'] },
      ko: { idioms: ['허락 없이 외출', '허락 없이는 외출', '허락 없이 밖에', '허락 없이는 밖에', '울다가 숨이 넘어갈', '숨 넘어가게 울'] },
      vi: { idioms: ['sang đoàn tụ', 'qua đoàn tụ', 'diện đoàn tụ', 'visa đoàn tụ', 'đoàn tụ gia đình', 'bảo lãnh đoàn tụ', 'ra ngoài phải xin phép', 'đi đâu cũng phải xin phép', 'khóc đến nghẹt thở', 'khóc tới nghẹt thở', 'khóc ngặt', 'khóc không ra hơi',
        // an ex who keeps texting or waits outside, as a habit (stalking, `women`; a threat said beside it still counts)
        'cứ nhắn tin liên tục', 'nhắn tin liên tục', 'cứ nhắn tin suốt', 'nhắn tin suốt ngày', 'đứng đợi trước', 'đứng chờ trước', 'đứng đợi ở trước', 'đứng chờ ở trước'] },
      ne: { idioms: ['कुटपिट चाहिँ कहिल्यै', 'कुटपिट चाहिँ गर्नुभएको छैन', 'कुटपिट चाहिँ गर्दैन', 'कुटपिट चाहिँ गर्नुहुन्न', 'कुटपिट चाहिँ गरेको छैन', 'कुटपिट त कहिल्यै', 'कुटपिट त गर्नुभएको छैन', 'कुटपिट त गर्दैन', 'कुटपिट त गर्नुहुन्न',
        'kutpit chahi kahile', 'kutpit chahin kahile', 'kutpit ta kahile', 'kutpit chahi gardaina', 'kutpit ta gardaina', 'हात चाहिँ उठाउनुभएको छैन', 'हात त उठाउनुभएको छैन', 'पुनर्मिलन भिसा', 'परिवार भिसामा'] },
      // (a young carer who can no longer get to school or work: «hindi na ako makapasok sa school»)
      tl: { idioms: ['lahat bumaba', 'bumaba ba lahat', 'kailangan bumaba', 'makapasok sa school', 'makapasok sa eskwela', 'makapasok sa klase', 'makapasok sa trabaho', 'makapasok sa work', 'lumabas nang walang paalam', 'lumabas ng walang paalam', 'lumabas nang walang permiso', 'lumabas ng walang permiso', 'umalis nang walang paalam sa kanya'] },
      // (control, not blows: money and phone kept, «diz q se eu sair ele me manda de volta pro Brasil»)
      pt: { idioms: ['eu sair...manda de volta', 'eu sair...mandar de volta', 'manda de volta pro brasil', 'mandar de volta pro brasil', 'manda de volta pra', 'controla meu dinheiro', 'controla meu celular', 'nao deixa eu ir na', 'sair sem a permissão dele', 'sair sem permissão dele', 'sair sem ele deixar', 'sair sem autorização dele', 'sair de casa sem a permissão', 'chorou até perder o fôlego', 'chorar até perder o fôlego'] },
      id: { idioms: [
        ...['aku sama anak', 'aku dan anak', 'saya dan anak', 'saya sama anak', 'aku sama anak anak', 'saya dan anak anak', 'saya sama anak anak', 'aku dan anak anak', 'kami'].flatMap((w) =>
          ['sembunyi', 'bersembunyi', 'ngumpet'].map((h) => `${w} ${h}`)),
        'sembunyi sama anak', 'sembunyi bersama anak', 'ngumpet sama anak', 'bersembunyi bersama anak', 'bersembunyi dengan anak',
        // (control, not blows: the phone checked, the passport kept — «hp ku dicek tiap hari, paspor ku dia yg nyimpen»)
        'hp ku dicek', 'hpku dicek', 'hp saya dicek', 'hape ku dicek', 'hp dicek', 'dicek tiap hari', 'ngecek hp ku', 'ngecek hpku', 'ngecek hp saya', 'paspor ku disimpen', 'paspor ditahan', 'paspor saya ditahan',
        'keluar rumah tanpa izin', 'keluar rumah tanpa ijin', 'keluar tanpa izin', 'keluar tanpa ijin', 'tidak pernah pukul', 'tidak pernah memukul', 'nangis sampai sesak', 'menangis sampai sesak',
      ] },
    },
  },
  {
    // A diet kept for faith or health (no pork, halal): a rule the family keeps, not food withheld —
    // «anak sy gak boleh makan babi». A child with nobody at home after school while the parent works
    // asks for after-school care («孩子放學後沒人照顧»), not a report of a child left alone for days.
    name: 'a child who may not eat pork or other food for faith or health; nobody to mind a child after school while the parent works',
    signal: null,
    words: {
      // (「がっこう おわったら いく ところ ない」: a place for a child to go after school, 放課後デイ)
      ja: { idioms: ['がっこうおわったらいく', 'がっこうがおわったらいく', '学校の後に行く', '放課後に行く', '放課後行く', 'ほうかごいく', 'ほうかごにいく', '放課後の居場所', 'ほうかごのいばしょ', '豚肉は食べられない', '豚肉を食べられない', 'ぶたにくはたべられない', 'ぶたにくをたべられない', '豚肉が食べられない', 'ぶたにくがたべられない'] },
      en: { idioms: ['not allowed to eat pork', 'cant eat pork', 'doesnt eat pork', 'no one to watch them after school', 'nobody to watch them after school'] },
      ko: { idioms: ['돼지고기를 못 먹', '돼지고기는 못 먹', '방과 후에 봐줄 사람이 없'] },
      zh: { idioms: ['放学后没人照顾', '放学后没有人照顾', '放学后没人管', '放学后没有人管', '下课后没人照顾', '放学以后没人照顾'] },
      id: { idioms: ['boleh makan babi', 'boleh makan daging babi', 'boleh makan yang haram', 'boleh makan makanan haram', 'boleh makan yang mengandung babi'] },
      ne: { idioms: ['गाईको मासु खान मिल्दैन', 'गाईको मासु खान हुँदैन', 'gaai ko masu khana mildaina'] },
      pt: { idioms: ['pode comer carne de porco', 'pode comer porco'] },
      tl: { idioms: ['kumain ng baboy'] },
      vi: { idioms: ['không được ăn thịt lợn', 'không được ăn thịt heo', 'ko được ăn thịt heo'] },
    },
  },
  {
    // A resident closing the consultation with good news: thanks for everything and no more contact
    // needed BECAUSE a job was found, the family is moving or going home, the writer is better, the
    // problem is solved, the child has started school («Obrigada por tudo! Vou mudar de cidade, não
    // precisa mais me ligar», "I found a job, so no need to contact me anymore"). The reason is an
    // idiom: beside it the model must be surer before it reads a farewell, and a thanks in the same
    // sentence as the reason is no goodbye. Anywhere in the message it sets aside a farewell and no
    // more (`farewells`, farewell pairs: 「今までありがとうございました。仕事が決まりました」), and the
    // answer keeps the numbers just in case. Beside despair or a wish to die, the same thanks still
    // alarm (a dark "better place", "going home" to God, are not reasons here).
    name: 'a case closing with good news: found a job, moving house or city, going home with family, better now, problem solved, child started school',
    signal: null,
    words: {
      // (the reason alone: joined to 「今までありがとう」 it would also silence despair said in the same sentence)
      ja: { closing: [
        '仕事が決まりま', 'しごとがきまりま', '仕事が見つか', 'しごとがみつか', '仕事も見つか', '働き先が決ま', '就職先が決ま', '就職が決ま', 'しゅうしょくがきま', '就職しま', 'しゅうしょくしま', '就職でき', 'しゅうしょくでき', '新しい仕事が', 'あたらしいしごとが',
        '引っ越すことにな', 'ひっこすことにな', '引越すことにな', '引っ越しが決ま', 'ひっこしがきま', '引っ越しすることにな', 'ひっこしすることにな', '転居することにな', '転勤が決ま', 'てんきんがきま', '転勤することにな', 'てんきんすることにな',
        '帰国することにな', 'きこくすることにな', '帰国が決ま', 'きこくがきま', '引っ越すので', 'ひっこすので', '引っ越しするので', 'ひっこしするので', '引っ越します', 'ひっこします',
        '問題が解決', 'もんだいがかいけつ', '解決しました', 'かいけつしました', '元気になりました', 'げんきになりました', '病気が治りま', 'びょうきがなおりま', '体調が良くなりま',
        '保育園に入れ', 'ほいくえんにはいれ', '保育園が決ま', 'ほいくえんがきま', '入学しました', 'にゅうがくしました', '学校に通い始め', 'がっこうにかよいはじめ',
      ] },
      en: { closing: [
        'found a job', 'found a new job', 'found work', 'got hired', 'i was hired', 'landed a job', 'start my new job', 'starting my new job', 'start a new job', 'new job starts',
        ...cross(['im', 'i am', 'were', 'we are', 'ill be', 'well be', 'we will be', 'im finally', 'were finally'], ['moving house', 'moving out', 'moving to another', 'moving to a new'], ' '), 'job transfer', 'transferred to another city',
        'going back home with my family', 'going home with my family',
        'problem is solved', 'problem has been solved', 'problem was solved', 'problem got solved', 'its all sorted', 'all sorted now', 'it got resolved', 'it has been resolved', 'its been resolved', 'fully recovered',
        'started school', 'started kindergarten', 'started daycare', 'found an apartment', 'found a place to live', 'visa came through', 'visa was approved',
      ] },
      zh: { closing: ['找到工作', '找到新工作', '搵到工', '搵咗工', '被录取了', ...cross(['我', '我们', '我们家', '下个月', '下周', '下星期', '月底', '快', '马上', '就'], ['要搬家', '要搬去']), '准备搬家', '决定搬家', '打算搬家', '搬家了', '搬到别的城市', '搬去别的城市', '搬屋', '跟家人回国', '和家人回国', '跟家人一起回国', '和家人一起回国', '要回国了', '问题解决了', '问题已经解决', '事情解决了', '已经解决了', '病好了', '身体好了', '已经康复', '开始上学了', '进了保育园', '进保育园了'] },
      ko: { closing: ['일자리를 구했', '일자리 구했', '취직했', '취직이 됐', '취업했', '취업이 됐', '일을 구했', '직장을 구했', '이사 가게 됐', '이사 가게 되었', '이사하게 됐', '이사하게 되었', '다른 도시로 이사', '귀국하게 됐', '귀국하게 되었', '문제가 해결', '해결이 됐', '해결됐', '다 나았', '몸이 좋아졌', '건강해졌', '학교에 들어갔', '입학했', '어린이집에 들어갔', '어린이집에 다니게'] },
      // (a move is said with its subject or its time — 我们要搬家, «em chuyển nhà», "we're moving out", «aku pindah rumah» —
      // so that a move denied, 其实没有要搬家, «em đâu có chuyển nhà», "I'm not moving house", closes nothing)
      // («tìm» folds like «tím», purple lips: the idiom keeps that emergency word quiet here, as it should)
      vi: { closing: ['tìm được việc', 'tìm được chỗ làm', 'kiếm được việc', 'xin được việc', ...cross(['em', 'tôi', 'mình', 'tui', 'nhà em', 'nhà tôi', 'gia đình em', 'chúng tôi', 'chúng em', 'sắp', 'sẽ', 'đã', 'chuẩn bị'], ['chuyển nhà', 'dọn nhà'], ' '), 'chuyển nhà rồi', 'dọn nhà rồi', 'chuyển chỗ ở', 'chuyển sang thành phố khác', 'chuyển lên thành phố khác', 'chuyển đi tỉnh khác', 'chuyển sang tỉnh khác', 'về nước với gia đình', 'cùng gia đình về nước', 'giải quyết xong rồi', 'giải quyết được rồi', 'được giải quyết rồi', 'khỏe lại rồi', 'khỏi bệnh rồi', 'đi nhà trẻ rồi', 'đi mẫu giáo rồi'] },
      ne: { closing: ['काम पाएँ', 'काम पाएं', 'जागिर पाएँ', 'जागिर पाएं', 'kaam paye', 'kaam paaye', 'kam paye', 'jagir paye', 'घर सर्दैछु', 'घर सर्दै', 'अर्को सहरमा सर्दै', 'ghar sardai', 'ghar sarne', 'नेपाल फर्कंदै', 'नेपाल फर्किंदै', 'nepal farkadai', 'nepal farkidai', 'समस्या समाधान भयो', 'samasya samadhan bhayo', 'निको भएँ', 'niko bhaye', 'स्कुल जान थाल्यो', 'school jana thalyo'] },
      tl: { closing: ['nakahanap ng trabaho', 'nakahanap na ng trabaho', 'may trabaho na', 'natanggap sa trabaho', 'lilipat na kami ng bahay', 'lilipat kami ng bahay', 'lilipat na ako', 'lilipat na kami sa ibang', 'uuwi na kami sa pinas', 'babalik na kami sa pinas', 'naayos na ang problema', 'nasolusyunan na', 'gumaling na'] },
      pt: { closing: ['arrumei emprego', 'arrumei um emprego', 'arrumei trabalho', 'arrumei um trabalho', 'consegui emprego', 'consegui um emprego', 'consegui trabalho', 'consegui um trabalho', 'achei emprego', 'achei um emprego', 'achei trabalho', 'achei um trabalho', 'fui contratada', 'fui contratado',
        'mudar de cidade', 'mudando de cidade', 'mudar de casa', 'mudando de casa', 'mudar de apartamento', 'mudar pra outra cidade', 'mudar para outra cidade', 'mudar pra outra província', 'voltar pro brasil com', 'voltar para o brasil com', 'voltando pro brasil com', 'vamos voltar pro brasil', 'vamos voltar para o brasil',
        'problema resolvido', 'problema foi resolvido', 'já resolvi', 'já está resolvido', 'já tá resolvido', 'deu tudo certo', 'recuperada agora', 'recuperado agora', 'entrou na escola', 'entrou na creche', 'vaga na creche'] },
      id: { closing: ['udah dapet kerja', 'sudah dapat kerja', 'udah dapat kerja', 'dapet kerjaan', 'dapat kerjaan', 'dapat pekerjaan', 'diterima kerja', 'keterima kerja', ...cross(['aku', 'saya', 'kami', 'gue', 'kita'], ['pindah rumah', 'mau pindah', 'akan pindah', 'sudah pindah', 'udah pindah'], ' '), 'pindahan rumah', 'pindah ke kota lain', 'pindah kota', 'pindah ke prefektur lain', 'pulang ke indonesia bareng', 'pulang ke indonesia bersama', 'pulang kampung bareng', 'masalahnya sudah selesai', 'masalahnya udah selesai', 'masalahnya udah beres', 'masalahnya sudah beres', 'sudah terselesaikan', 'sudah sembuh', 'udah sembuh', 'dapat tempat di hoikuen'] },
    },
  },
  {
    name: 'gallows humour about bills, queues and letters: a bill that nearly stopped my heart, a wish to faint, dying on my feet in a queue; children fighting “as if to kill”; a bicycle; a diet without salt; a film or a game chat',
    signal: null,
    words: {
      ja: {
        idioms: ['彼氏が消えた', '彼氏は消えた', '彼氏が音信不通', '上司に...死ねと言われ', '上司が...死ねって', '請求書で心臓止まり', '請求書見て心臓止まり', '心臓に悪い', 'しんぞうにわるい', '寿命が縮', 'じゅみょうがちぢ', '気絶しそうにな', '宿題に殺され', '育児に殺され', '家計に殺され', '請求に殺され'],
        // shouts to players over a headset (「殺すぞ！」 at game friends): a game, not a threat
        framing: { joke: ['ゲーム仲間', 'げーむなかま', 'ボイチャ', 'ぼいちゃ', 'ボイスチャット', 'ヘッドセット', 'へっどせっと', 'オンラインゲーム'] },
      },
      en: {
        idioms: ['gave me a mini heart attack', 'gave me a heart attack', 'give me a heart attack', 'mini heart attack', 'kind of heart attack', 'minor heart attack when i saw', 'heart attack just looking at', 'nearly fainted when i saw', 'almost fainted when i saw', 'want to faint', 'wanted to faint', 'dead on my feet', 'die standing in', 'died standing in', 'not moving out', 'boyfriend disappeared', 'boyfriend vanished', 'boyfriend ghosted', 'boss said...go die', 'boss told us to go die', 'boss told me to go die'],
      },
      zh: {
        idioms: ['差点心脏骤停', '差點心臟驟停', '差点心梗', '差点心肌梗塞', '吓得心脏骤停', '心脏骤停了一下', '差点心脏病发', '吓出心脏病', '想原地晕倒', '原地晕倒',
          // a boss who says «完不成就去死» to the office: harassment to ask about, not the writer's wish
          '老板...说...就去死', '老板...说...就从楼上跳', '老板...说...跳下去', '老闆...說...就去死', '老闆...說...跳下去', '上司...说...就去死', '主管...说...就去死', '主管...說...就去死', '经理...说...就去死',
          // a partner who vanished (ghosted), not the writer
          '男朋友消失了', '男友消失了', '男朋友就消失', '男友就消失', '老公消失了', '孩子的爸消失', '他就消失了',],
      },
      ko: {
        idioms: ['죽일 기세', '죽일 듯이 싸', '잡아먹을 기세', '잡아먹을 듯이 싸', '심장마비 올 뻔', '심장마비 올 것 같', '심장이 멎을 뻔', '기절하고 싶', '서서 죽을 것 같', '남친이 사라졌', '남자친구가 사라졌', '남친은 잠수', '남자친구는 잠수', '부장이...죽으라고', '사장이...죽으라고'],
      },
      vi: {
        idioms: ['xe đạp', 'cho ăn mặn', 'cho ăn ngọt', 'cho ăn đồ ngọt', 'cho ăn cay', 'cho ăn đồ dầu mỡ', 'cho ăn thịt mỡ', 'cho uống rượu', 'cho uống bia', 'suýt đứng tim', 'muốn đứng tim', 'đứng tim luôn', 'muốn ngất luôn', 'dị ứng thứ hai', 'khó thở khi nghĩ tới', 'khó thở khi nghĩ đến', 'bạn trai biến mất', 'bạn trai đã biến mất', 'người yêu biến mất'],
      },
      ne: {
        idioms: [...['भने', 'चाहिँ', 'चाहीँ', 'त', 'तर'].flatMap((but) => ['गर्नुहुन्न', 'गर्नुहुँदैन', 'गर्दैनन्', 'गर्दैन'].map((not) => `कुटपिट ${but} ${not}`)), 'बिल देखेर मुटु', 'बेहोस होला जस्तो भयो'],
        // a yakuza series on Netflix, an anime a child copies: a story, not a threat
        framing: { report: ['नेटफ्लिक्स', 'netflix', 'सिरियल', 'सिरियलमा', 'एनिमे', 'anime', 'कार्टुन', 'cartoon'] },
      },
      tl: {
        idioms: ['muntik akong atakihin sa puso', 'aatakihin ako sa puso', 'atakihin sa puso sa bill', 'parang gusto kong himatayin', 'gusto kong himatayin', 'sulat galing sa', 'sulat mula sa', 'pati patay may'],
      },
      pt: {
        idioms: ['quase tive um infarto', 'quase enfartei', 'me deu um infarto', 'mini infarto', 'vou ter um treco', 'quase tive um treco', 'quero desmaiar', 'vontade de desmaiar', 'morrer em pé na fila', 'morri em pé na fila', 'namorado sumiu', 'o pai sumiu', 'o pai da criança sumiu'],
      },
      id: {
        idioms: ['pengen pingsan', 'pingin pingsan', 'ingin pingsan', 'pengen semaput', 'mati berdiri', 'pacar menghilang', 'pacarku menghilang', 'pacar ngilang', 'cowokku ngilang', 'bikin jantungan', 'hampir jantungan', 'langsung jantungan', 'serangan jantung liat tagihan', 'serangan jantung lihat tagihan'],
      },
    },
  },
  {
    // «dead 💀», "I'm deceased", 笑死, 死ぬほどウケる, 웃겨 죽겠다, «cười xỉu», «mati ketawa»: laughing,
    // cringing or swooning "to death" in young people's slang; a failed test that "killed" me; "kms if I
    // have to fill in one more form" — a chore, not a life. (Not "i want to kms" or «mau mati aja».)
    name: 'slang hyperbole of dying: dead of laughter, of cringe, of a crush or a failed test; a hanging scene in a show',
    signal: null,
    words: {
      ja: { idioms: ['死ぬほどウケ', '死ぬほど笑', '笑い死ぬ', '笑い死にそう', 'わらいしぬ', '草すぎて死', '尊すぎて死', '尊くて死', 'とうとすぎてしぬ', '尊死', 'テスト死んだ', 'テストしんだ', 'テスト爆死', '首吊りシーン', '首吊りのシーン', '自殺シーン', '自殺のシーン', '自殺の場面', '自殺する場面', 'じさつのシーン', 'じさつのばめん'] },
      en: { idioms: ['im deceased', 'literally deceased', 'im dead lol', 'im dead lmao', 'im dying lol', 'im dying lmao', 'dying rn lol', 'dying rn lmao', 'deadass', 'kms if i have to', 'kms if i gotta', 'kms if i hear', 'kms if i see', 'kms if one more', 'hanging scene', 'suicide scene', 'suicide scenes',
        ...['form', 'forms', 'email', 'meeting', 'zoom call', 'spreadsheet', 'document', 'application', 'page of', 'kanji', 'phone call', 'phone menu', 'automated message'].flatMap((chore) => ['throw myself', 'kill myself', 'jump off', 'kms'].map((end) => `one more ${chore}...${end}`))] },
      zh: { idioms: ['社死...原地消失', '社死...想死', '尴尬...原地消失', '丢脸...原地消失', '笑到去世', '笑到想死', '笑得想死', '帅到去世', '美到去世', '寄了...我死了', '考试...我死了', '考完...我死了', '挂科...我死了', '期末...我死了', '主角...自杀了', '主角最后自杀', '角色...自杀了', '上吊的镜头', '上吊的场景', '自杀的镜头', '自杀的场景', '自杀的场面', '自杀场面', '自杀的情节', '自杀的画面', '自杀画面'] },
      ko: { idioms: ['웃겨 죽', '웃겨서 죽', '웃다 죽', '웃다가 죽', '귀여워 죽', '귀여워서 죽', '설레서 죽', '잘생겨서 죽', '시험 망해서 죽었', '시험 망쳐서 죽었', '목매는 장면', '목 매는 장면', '자살 장면', '자살하는 장면', '자살 씬', '자살씬'] },
      vi: {
        idioms: [
          ...['khó', 'dễ thương', 'dễ xương', 'cute', 'đẹp', 'đẹp trai', 'xinh', 'vui', 'mắc cười', 'buồn cười', 'hài', 'dở', 'hay', 'ngon', 'cay', 'ồn', 'quê', 'ngượng'].flatMap((how) => [`${how} muốn chết`, `${how} mún chết`, `${how} muốn xỉu`, `${how} mún xỉu`, `${how} gần chết`, `${how} muốn die`, `${how} mún die`]),
          'cười xỉu', 'cười ẻ', 'cười bể bụng', 'cảnh treo cổ', 'cảnh tự tử', 'cảnh tự vẫn', 'cảnh tự sát',
        ],
      },
      ne: { idioms: ['haasi haasi mar', 'hasi hasi mar', 'hansi hansi mar', 'haasera marey', 'hasera marey', 'film ma...jhundiyeko', 'film ma...jhundeko', 'आत्महत्याको सिन', 'आत्महत्याको सीन', 'आत्महत्याको दृश्य', 'आत्महत्या गर्ने सिन', 'आत्महत्या गर्ने दृश्य', 'aatmahatya ko scene', 'atmahatya ko scene'] },
      tl: { idioms: ['patay ako sa tawa', 'namatay ako sa tawa', 'namatay ako sa kakatawa', 'namatay sa kakatawa', 'patay sa tawa', 'deadz', 'dedz', 'deadma', 'dedma', 'eksena...nagbigti', 'scene...nagbigti', 'eksena ng pagpapakamatay', 'eksenang nagpakamatay', 'eksena...nagpakamatay'] },
      pt: { idioms: ['me matar de tanto', 'me matar de estudar', 'me matar de trabalhar', 'me matando de estudar', 'me mato de rir', 'morrendo de rir', 'ri até morrer', 'rindo até morrer', 'chorei de rir', 'vou morrer de tanto', 'morrendo de vergonha', 'morrendo de calor', 'morrendo de fome', 'morrendo de sono', 'cena de enforcamento', 'cena...se enforca', 'cena de suicídio', 'cena do suicídio', 'cenas de suicídio'] },
      id: {
        idioms: [
          ...['ngakak', 'ketawa', 'ketawa ketawa', 'ngakak parah'].flatMap((laugh) => [`${laugh} ampe mau mati`, `${laugh} sampe mau mati`, `${laugh} sampai mau mati`, `${laugh} ampe mati`, `${laugh} sampe mati`, `${laugh} sampai mati`, `${laugh} ampe pengen mati`, `${laugh} sampe pengen mati`]),
          'mati ketawa', 'malu sampe mau mati', 'malu ampe mau mati', 'adegan...gantung diri', 'adegan...bunuh diri',
        ],
      },
    },
  },
  {
    // «고딩 때 아빠한테 맞았었는데 지금은 독립해서», "in high school he used to hit me. that's over": hitting in
    // the school years, told by a young adult who has left it behind (not "he still hits me")
    name: 'hit back in the school years or by an ex, now over: moved out, broken up, no contact',
    signal: null,
    words: {
      ja: { idioms: ['中学の時...殴られ', '高校の時...殴られ', '中学のころ...殴られ', '高校のころ...殴られ', 'まえは...たたいた', 'まえは...なぐった', '前は...叩いた', '前は...殴った', '殴られていたけど...離婚し', '殴られてたけど...離婚し', '叩かれていたけど...離婚し', '殴られていましたが...離婚し', 'なぐられてたけど...りこんし'] },
      en: { idioms: ['in high school...used to hit me', 'in middle school...used to hit me', 'used to hit me...thats over', 'used to hit me...we broke up', 'used to hit me...zero contact', 'used to hit me...no contact', 'used to hit me...divorced', 'hit me...but were divorced now', 'hit me...but we are divorced now', 'hit me...now were divorced'] },
      zh: { idioms: ['高中的时候...打我', '初中的时候...打我', '小时候...打过我', '以前...打过我...现在', '打过我...已经离婚', '打过我...离婚了'] },
      ko: { idioms: ['고딩 때...맞았었', '중딩 때...맞았었', '초딩 때...맞았었', '어릴 때...맞았었', '맞았었는데 지금은', '때렸지만...이혼했', '때렸었는데...이혼했', '맞았지만...이혼했'] },
      vi: { idioms: ['hồi cấp 3...bị đánh', 'hồi cấp 2...bị đánh', 'hồi nhỏ...bị đánh', 'hồi trước...đánh em...giờ', 'từng đánh tôi...đã ly hôn', 'từng đánh em...đã ly hôn', 'từng đánh tôi...đã chia tay', 'từng đánh em...đã chia tay'] },
      ne: { idioms: ['school padhda...kutthyo', 'sano chhada...kutthyo', 'pahile...kutthyo...aba', 'पहिले...कुट्थे...सम्बन्धविच्छेद', 'पहिले...कुट्थ्यो...सम्बन्धविच्छेद'] },
      tl: { idioms: ['noong high school...sinasaktan', 'nung high school...sinasaktan', 'dati...sinasaktan...ngayon', 'dati...binubugbog...ngayon', 'sinasaktan ako...hiwalay na kami', 'sinaktan ako...hiwalay na kami', 'binubugbog ako...hiwalay na kami'] },
      pt: { idioms: ['no ensino médio...me batia', 'na escola...me batia', 'antes...me batia...agora', 'me batia...terminamos', 'me batia...nos divorciamos', 'me bateu...já nos divorciamos', 'me batia...já separamos'] },
      id: { idioms: ['waktu sma...dipukul', 'pas sma...dipukul', 'waktu smp...dipukul', 'dulu...mukul aku...sekarang', 'dulu...dipukul...sekarang', 'pernah memukul saya...sudah cerai', 'pernah mukul aku...sudah cerai', 'pernah memukul saya...sudah bercerai'] },
    },
  },
  {
    // 「もう十分長生きしましたので、子どもに迷惑をかけないよう準備を」, "I've lived long enough to know
    // what I want for my funeral": an older person's calm words of a long life, said of wills, graves
    // and arrangements (終活). Only the words of a long life are here: a wish to go (「早くお迎えが来て
    // ほしい」, "I'd rather not wake up") still alarms.
    name: 'a long life lived, said calmly of arrangements',
    signal: null,
    words: {
      ja: { idioms: ['十分長生き', 'じゅうぶんながいき', '十分に長生き', '長生きしました', 'ながいきしました', '長生きさせてもら', 'ながいきさせてもら', '長生きさせていただ', '天寿を全う', 'てんじゅをまっとう', '大往生', 'だいおうじょう'] },
      en: { idioms: ['lived long enough to', 'had a long and happy life', 'had a long and good life', 'had a good long life', 'had a good innings', 'lived a full life', 'lived a good long life'] },
      zh: { idioms: ['寿终正寝', '安享晚年', '长命百岁', '活了大半辈子', '高寿'] },
      ko: { idioms: ['천수를 누리', '천수를 다', '장수했'] },
      vi: { idioms: ['sống thọ', 'hưởng thọ', 'sống đủ lâu để', 'sống lâu trăm tuổi'] },
      ne: { idioms: ['दीर्घायु', 'लामो जीवन बाँचें', 'लामो आयु'] },
      tl: { idioms: ['mahaba na ang buhay ko', 'mahabang buhay'] },
      pt: { idioms: ['vivi o bastante para', 'tive uma vida longa', 'vida longa e feliz', 'vivi uma vida longa'] },
      id: { idioms: ['umur panjang', 'panjang umur', 'sudah hidup cukup lama untuk'] },
    },
  },
  {
    // «Dia tidak memukul, tapi … mengancam akan membatalkan visa saya»: a threat to cancel a visa, to
    // divorce, to send her home — control by a partner (`women`), no harm to the body at hand. A threat
    // to hurt or kill still alarms.
    name: 'threats that are not of harm: to cancel a visa, divorce, send home',
    signal: null,
    words: {
      ja: { idioms: ['ビザを取り消すと脅', 'ビザを取り消すって脅', 'ビザを取り消すぞ', 'ビザを更新しないと脅', 'ビザを更新させないと脅', '離婚すると脅', '離婚するぞと脅', '国に帰すと脅', '国に帰すぞ'] },
      en: { idioms: ['threatens to cancel my visa', 'threatened to cancel my visa', 'threatening to cancel my visa', 'threatens to revoke my visa', 'threatened to revoke my visa', 'threatens to divorce me', 'threatened to divorce me', 'threatening to divorce me', 'threatens to send me back', 'threatened to send me back', 'threatens to have me deported', 'threatened to have me deported'] },
      zh: { idioms: ['威胁要取消我的签证', '威胁说要取消我的签证', '威胁取消我的签证', '威胁要取消签证', '威胁要离婚', '威胁说要离婚', '威胁跟我离婚', '威胁要把我送回', '威胁说要把我送回'] },
      ko: { idioms: ['비자를 취소하겠다고', '비자 취소하겠다고', '비자를 연장 안 해주겠다고', '이혼하겠다고 협박', '이혼하자고 협박', '본국으로 보내겠다고'] },
      vi: { idioms: ['dọa sẽ hủy visa', 'dọa hủy visa', 'dọa cắt visa', 'dọa không gia hạn visa', 'dọa ly hôn', 'dọa sẽ ly hôn', 'dọa đuổi về nước', 'dọa sẽ đuổi về nước'] },
      ne: { idioms: ['भिसा रद्द गर्ने धम्की', 'भिसा रद्द गरिदिन्छु', 'सम्बन्ध विच्छेद गर्ने धम्की', 'देश फर्काइदिने धम्की', 'bhisa radda garne dhamki', 'visa radda garne dhamki'] },
      tl: { idioms: ['ipapakansela ang visa', 'ipakansela ang visa', 'kakanselahin ang visa', 'hihiwalayan daw ako', 'pauuwiin daw ako', 'ipapadeport daw ako', 'ipapa deport daw ako'] },
      pt: { idioms: ['ameaça cancelar meu visto', 'ameaçou cancelar meu visto', 'ameaça cancelar o meu visto', 'ameaça não renovar meu visto', 'ameaça pedir o divórcio', 'ameaçou pedir o divórcio', 'ameaça me mandar de volta', 'ameaçou me mandar de volta'] },
      id: { idioms: ['mengancam akan membatalkan visa', 'mengancam membatalkan visa', 'mengancam akan mencabut visa', 'mengancam akan menceraikan', 'mengancam menceraikan', 'mengancam akan cerai', 'mengancam cerai', 'mengancam akan memulangkan', 'mengancam mau memulangkan', 'ngancam mau cerai', 'ngancam cerai'] },
    },
  },
  {
    // Self-harm or a suicide attempt told as the writer's past with the recovery said outright —
    // "10 years ago … but I'm settled now", «đã từng … nhưng giờ đã ổn» — asking about work, a group, a
    // certificate (medical history, not a crisis). The act and the recovery must both be there, in that
    // order: a wish now, or "fine now but I want to again", still alarms. And a fall onto the tracks
    // told as an accident (the news of a blind man who fell), not a jump.
    name: 'self-harm or an attempt long past, with recovery said; an accidental fall onto the tracks',
    signal: null,
    words: {
      ja: { idioms: [
        ...['リストカット', 'りすとかっと', 'リスカ', '自傷', 'じしょう', '自殺未遂', 'じさつみすい', '自殺を図', 'じさつをはか', 'オーバードーズ', 'ODして'].flatMap((act) =>
          ['今は落ち着いて', 'いまはおちついて', '今は落ちついて', '今は大丈夫', 'いまはだいじょうぶ', '今は元気', 'いまはげんき', '最近は元気', 'さいきんはげんき', '今はもうしてな', '今はしてな', 'いまはしてな', 'もうやめて', '今は安定', 'いまはあんてい'].map((now) => `${act}...${now}`)),
        'ホームから転落', 'ほーむからてんらく', '線路に転落', 'せんろにてんらく', '線路に落ちた', 'せんろにおちた', '線路に落ちる事故', 'ホームから落ちた', 'ほーむからおちた',
      ] },
      en: { idioms: [
        ...['self harm', 'self-harm', 'selfharm', 'self harmed', 'cut myself', 'cutting myself', 'attempted suicide', 'suicide attempt', 'tried to kill myself', 'overdosed'].flatMap((act) =>
          ['fine now', 'okay now', 'ok now', 'doing well now', 'doing much better now', 'stable now', 'in recovery', 'recovered'].map((now) => `${act}...${now}`)),
        // (not 'clean for', 'years clean': "I self-harmed again last night, I'd been clean for two years")
        'fell onto the track', 'fallen onto the track', 'falls onto the track', 'falling onto the track', 'fell off the platform', 'fallen off the platform', 'falls off the platform', 'fell from the platform',
      ] },
      zh: { idioms: [
        ...['自残过', '自残', '自伤过', '割腕过', '自杀未遂', '自杀过', '尝试过自杀', '试过自杀'].flatMap((act) =>
          ['好很多', '好多了', '已经好了', '已经没事', '现在没事', '现在好了', '现在很稳定', '现在稳定', '已经康复', '现在过得很好', '现在过得不错'].map((now) => `${act}...${now}`)),
        '掉下月台', '跌落月台', '从月台掉', '从月台跌', '掉到轨道', '跌落轨道', '掉进轨道', '摔下月台',
      ] },
      ko: { idioms: [
        ...['자살 시도', '자살시도', '자해', '자살하려고 했던'].flatMap((act) =>
          ['지금은 괜찮', '이제는 괜찮', '지금은 안정', '지금은 많이 좋아', '이제 괜찮', '지금은 안 해', '년 전이고', '년 전 일이고', '년 전의 일', '요즘은 잘 지내', '지금은 잘 지내', '요즘 잘 지내', '이제는 잘 지내'].map((now) => `${act}...${now}`)),
        '선로에 떨어', '선로로 떨어', '선로에 추락', '선로로 추락', '승강장에서 떨어', '플랫폼에서 떨어',
      ] },
      vi: { idioms: [
        // (no past-attempt idioms in Vietnamese: without the alarm, «tự tử» is the only word that names the
        // mental-health window in «từng nghĩ tới chuyện tự tử, giờ đã ổn», and the concern would go to the doctor)
        'ngã xuống đường ray', 'rơi xuống đường ray', 'té xuống đường ray', 'ngã từ sân ga', 'rơi từ sân ga',
      ] },
      ne: { idioms: [
        ...['आत्महत्याको प्रयास', 'आत्महत्या गर्न खोजेको', 'आफैंलाई चोट', 'आफूलाई चोट', 'atmahatya ko prayas', 'self harm'].flatMap((act) =>
          ['अहिले ठिक छु', 'अहिले ठीक छु', 'अहिले ठिक छ', 'अहिले निको', 'अहिले सन्चै', 'ahile thik chhu', 'ahile thik chu'].map((now) => `${act}...${now}`)),
        'रेलको लिकमा खसे', 'रेल लाइनमा खसे', 'प्लेटफर्मबाट खसे',
      ] },
      tl: { idioms: [
        ...['self harm', 'self-harm', 'nag-self harm', 'naglaslas', 'nagtangkang magpakamatay', 'nagtangka akong magpakamatay', 'sinubukan kong magpakamatay'].flatMap((act) =>
          ['okay na ako', 'ok na ako', 'ayos na ako', 'akong okay', 'akong ok', 'magaling na ako', 'tapos na ang therapy', 'gumaling na ako'].flatMap((now) => [`${act}...${now}`, `${act}...pero...${now}`])),
        'nahulog sa riles', 'nahulog sa riles ng tren', 'nahulog mula sa platform',
      ] },
      pt: { idioms: [
        ...['automutilação', 'me cortava', 'me cortei', 'tentei suicídio', 'tentativa de suicídio', 'tentei me matar', 'self harm'].flatMap((act) =>
          ['hoje estou bem', 'hoje tô bem', 'agora estou bem', 'agora tô bem', 'hoje estou estável', 'já me recuperei', 'estou melhor'].map((now) => `${act}...${now}`)),
        'caiu nos trilhos', 'caiu na linha do trem', 'caiu da plataforma', 'caído nos trilhos',
      ] },
      id: { idioms: [
        ...['self harm', 'self-harm', 'melukai diri', 'menyakiti diri', 'percobaan bunuh diri', 'mencoba bunuh diri', 'coba bunuh diri', 'pernah mau bunuh diri'].flatMap((act) =>
          ['sekarang sudah baik', 'sekarang sudah membaik', 'sekarang sudah pulih', 'sekarang baik baik saja', 'sekarang udah baik', 'sekarang udah oke', 'sudah sembuh', 'sekarang sudah stabil'].map((now) => `${act}...${now}`)),
        'jatuh ke rel', 'terjatuh ke rel', 'jatuh dari peron', 'terjatuh dari peron',
      ] },
    },
  },
  {
    name: 'one more practical question; a pension handed to a son',
    signal: null,
    words: inAll((l) => [
      then(ONE_MORE[l], WHERE_HOW[l], near(l, 8, 24)),
      then(PENSION[l], TO_KIN[l], near(l, 12, 40)),
    ]),
  },
  {
    name: 'a tight chest asked about as panic, eased now',
    signal: null,
    words: inAll((l) => [then(each(SPELL[l], PANIC_ASKED[l], '...'), EASED_NOW[l], near(l, 30, 80), 1)]),
  },
  {
    // A panic attack and the breath it takes away, told as what the panic does (「パニック発作で息が苦しく
    // なる」, 恐慌发作…喘不过气): the mental-health window, not 119. Blue lips or a collapse still alarm.
    name: 'breathless in a panic attack',
    signal: null,
    words: {
      ja: { idioms: ['パニック発作...息が', 'ぱにっくほっさ...いきが', 'パニック発作...過呼吸', 'パニック発作...息ができ', 'パニック障害...息が', 'パニックになって...息が'] },
      en: { idioms: ['panic attack...cant breathe', 'panic attack...cannot breathe', 'panic attack...couldnt breathe', 'panic attacks...cant breathe', 'panic attacks...cannot breathe', 'panic attacks...couldnt breathe', 'panic attack...short of breath', 'panic attacks...short of breath'] },
      zh: { idioms: ['恐慌发作...喘不过气', '惊恐发作...喘不过气', '恐慌症...喘不过气', '恐慌发作...透不过气', '惊恐发作...透不过气', '恐慌发作...呼吸困难', '惊恐发作...呼吸困难'] },
      ko: { idioms: ['공황...숨이 안 쉬어', '공황...숨을 못 쉬', '공황...숨이 막', '공황...숨쉬기 힘들', '공황...호흡곤란'] },
      vi: { idioms: ['hoảng loạn...khó thở', 'hoảng loạn...không thở được', 'hoảng sợ...khó thở', 'hoảng loạn...ngộp thở'] },
      ne: { idioms: ['प्यानिक अट्याक...सास फेर्न', 'panic attack...sas ferna', 'आत्तिएर...सास फेर्न'] },
      tl: { idioms: ['panic attack...hindi makahinga', 'panic attack...di makahinga', 'panic attack...hirap huminga', 'panic attacks...hindi makahinga'] },
      pt: { idioms: ['pânico...falta de ar', 'pânico...não consigo respirar', 'pânico...não conseguia respirar', 'pânico...sem ar'] },
      id: { idioms: ['panik...sesak napas', 'panic attack...sesak napas', 'panik...susah napas', 'panik...tidak bisa napas', 'panik...gak bisa napas'] },
    },
  },
  {
    name: 'an illness or death told as past (died of it last month, a baby fine now after a seizure); learning what to do if; a case read in the news',
    signal: null,
    words: {
      ja: { framing: { past: ['先月亡くなりました', '去年亡くなりました', '今は元気', 'いまはげんき', '対処法を学び', '対処法を知りたい', 'たいしょほうをしりたい'], report: ['ニュースで見た', 'にゅーすでみた'] } },
      en: { framing: { past: ['passed away last month', 'passed away last year', 'died last month at', 'shes fine now', 'hes fine now', 'shes okay now', 'hes okay now', 'want to learn what to do', 'learn what to do if'], report: ['saw on the news', 'read in the news'] } },
      zh: { framing: { past: ['上个月去世', '去年去世', '现在已经好了', '现在没事了', '想学习怎么处理', '想学急救'], report: ['看到新闻', '新闻报道'] } },
      ko: { framing: { past: ['지난달 돌아가셨', '작년에 돌아가셨', '지금은 괜찮', '대처법을 배우', '어떻게 해야 하는지 배우'], report: ['뉴스에서 봤', '뉴스를 봤'] } },
      vi: { framing: { past: ['tháng trước qua đời', 'đã qua đời năm', 'giờ bé ổn rồi', 'giờ đã ổn', 'muốn học cách'], report: ['xem tin có vụ', 'đọc tin có vụ', 'xem tin thấy', 'xem báo thấy'] } },
      ne: { framing: { past: ['निधन भयो', 'निधन भएको', 'nidhan bhayo', 'अहिले ठिक छ', 'के गर्ने सिक्न', 'सिक्न चाहन्छु'], report: ['समाचार हेर्दा', 'समाचारमा देखें'] } },
      tl: { framing: { past: ['ok na siya ngayon', 'okay na siya ngayon', 'ayos na siya ngayon', 'magaling na siya', 'pumanaw noong', 'gusto kong matuto'], report: ['nakita ko sa balita', 'nabasa ko sa balita'] } },
      pt: { framing: { past: ['faleceu mês passado', 'faleceu ano passado', 'hoje ele está bem', 'hoje ela está bem', 'quero aprender o que fazer', 'aprender o que fazer'], report: ['vi no jornal', 'vi na notícia', 'vi uma notícia'] } },
      id: { framing: { past: ['meninggal bulan lalu', 'meninggal tahun lalu', 'sekarang sudah baik', 'sekarang dia sudah sehat', 'mau belajar', 'ingin belajar', 'kelas pertolongan pertama'], report: ['lihat berita ada', 'baca berita ada'] } },
    },
  },
  {
    // 「この数字じゃ社長に殺される」, «làm không xong thì chết với tao», "you'll kill me with worry": a boss's
    // or a parent's figure of speech in talk of work and money. 「相談しに行きたい」: «しに» is "to do", not
    // «死に». "A heart attack two years back, all good now", «đọc báo vụ … bị đâm»: past, or in the paper.
    name: 'a boss who "will kill me", "you will kill me with worry", going to do something (しに行く); an illness years back and all good now; read in the paper',
    signal: null,
    words: {
      ja: { idioms: ['社長に殺され', '部長に殺され', '店長に殺され', 'しゃちょうにころされ', '心配で死', 'しんぱいでし', 'しに行', 'しにい', 'しに来', 'しにき', 'しにく', 'しにな', 'しにで'], },
      en: { idioms: ['boss will kill me', 'boss is going to kill me', 'boss is gonna kill me', 'boss would kill me', 'kill me with worry', 'be the death of me', 'worried to death', 'worry me to death'],
        framing: { past: ['years back', 'year back', 'months back', 'all good now', 'all fine now', 'doing fine now'] } },
      zh: { idioms: ['老板会杀了我', '老板要杀了我', '老闆會殺了我', '老闆要殺了我', '担心死', '擔心死', '急死我了'],
        framing: { past: ['年前得过', '年前有过', '后来没事了', '送医后没事'] } },
      ko: { idioms: ['사장님한테 죽', '사장한테 죽', '팀장님한테 죽', '부장님한테 죽', '걱정돼서 죽', '걱정돼 죽'],
        framing: { past: ['년 전에 심근경색', '년 전에 뇌졸중', '지금은 멀쩡', '지금은 건강'] } },
      vi: { idioms: ['chết với tao', 'chết với tôi', 'chết với tui', 'chết với bà', 'lo chết', 'lo muốn chết', 'sếp giết'],
        framing: { past: ['năm ngoái', 'từng bị', 'giờ khỏe rồi', 'giờ đã khỏe', 'đọc báo', 'báo đăng'] } },
      ne: { idioms: ['चिन्ताले मर्छु', 'चिन्ताले मार्', 'हाकिमले मार्छ', 'chinta le marchhu', 'chintale marchhu'],
        framing: { past: ['वर्ष अघि', 'वर्षअघि', 'अहिले ठीक छ', 'barsa agadi', 'ahile thik chha'] } },
      tl: { idioms: ['papatayin mo ako sa pag-aalala', 'papatayin mo ako sa nerbiyos', 'papatayin mo ako sa kaba', 'papatayin ako ng boss', 'papatayin ako ng amo'],
        framing: { past: ['taon na ang nakalipas', 'taon na ang nakaraan', 'ok na ako ngayon', 'okay na ngayon'] } },
      pt: { idioms: ['me matar de preocupação', 'me mata de preocupação', 'matar de desgosto', 'morrer de preocupação'],
        framing: { past: ['anos atrás', 'faz anos', 'hoje tô bem', 'hoje estou bem'] } },
      id: { idioms: ['bos bakal bunuh', 'bos bisa bunuh', 'dibunuh bos', 'mati khawatir', 'mati cemas'],
        framing: { past: ['tahun lalu', 'sekarang udah sehat', 'sekarang sudah sehat'] } },
    },
  },
  {
    // 「ゲームのセリフで『ぶっ殺す』」, "the kitchen job is killing me" said in Nepali («kaam le malai maarchha»),
    // «o kaisha ameaçou mandar embora», «现在整天关在宿舍里» (shut in by himself), «penjualnya hilang» (a
    // seller gone with the money), «전재산을 날렸어요» (money blown, not a blow), «bảo lúc nào…» (not «bạo lực»),
    // «không nói được tiếng Nhật» (a language, not speech lost), 我爸以前会打我妈 (long over).
    name: 'not a danger now: a game line, a job that “kills”, a firing threatened, shutting oneself in, a seller gone, money blown, a language not spoken, violence long over',
    signal: null,
    words: {
      ja: { framing: { joke: ['ゲームの', 'げーむの', 'セリフ', 'せりふ', '台詞', 'ごっこ'] },
        idioms: ['クビにすると脅', 'くびにするとおど', 'クビだと脅', '解雇すると脅', 'かいこするとおど', '出品者と連絡が取れな', '販売者と連絡が取れな', '業者が消え'] },
      en: { framing: { joke: ['line from a game', 'quoting a game', 'pretend fight', 'playing pretend'] },
        idioms: ['threatened to fire', 'threatening to fire', 'threatened to sack', 'threatens to fire', 'seller disappeared', 'seller vanished', 'seller has disappeared', 'shop disappeared'] },
      zh: { framing: { joke: ['台词'], report: ['以前', '从前', '從前', '年轻的时候', '年輕的時候'] },
        idioms: ['整天关在', '整天關在', '天天关在', '自己关在', '把自己关在', '把自己關在', '威胁要开除', '威胁开除', '威胁说要开除', '威胁解雇', '威脅要開除', '卖家消失', '卖家不见', '卖家失联', '賣家消失'] },
      ko: { framing: { joke: ['대사', '놀이'] },
        idioms: ['재산을 날', '전재산을 날', '전 재산을 날', '돈을 날', '돈을 다 날', '돈 다 날', '월급을 날', '월급을 다 날', '퇴직금을 날', '퇴직금을 다 날', '적금을 날', '적금을 다 날', '집을 날', '가게를 날', '보증금을 날', '노후자금을 날', '도박으로 날', '도박으로 다 날', '주식으로 날', '주식으로 다 날', '자르겠다고 협박', '해고하겠다고 협박', '해고한다고 협박', '판매자가 잠수', '판매자가 사라', '판매자가 연락'] },
      vi: { framing: { joke: ['câu thoại'] },
        idioms: ['bảo lúc nào', 'bảo lúc đó', 'bảo lúc ấy', 'bảo lúc đấy', 'bảo lúc trước', 'không nói được tiếng', 'ko nói được tiếng', 'k nói được tiếng', 'nói không được tiếng', 'không đi học', 'ko đi học', 'không đi làm', 'dọa đuổi việc', 'đe dọa đuổi việc', 'dọa cho nghỉ việc', 'người bán biến mất', 'người bán mất tích', 'shop biến mất'] },
      ne: { framing: { joke: ['game ko dialogue', 'game ko dialog'] },
        idioms: ['कामले मलाई मार', 'कामले मार्छ', 'गर्मीले मलाई मार', 'थकाइले मलाई मार', 'kaam le malai maar', 'kaamle malai maar', 'kam le malai maar', 'kamle malai maar', 'job le malai maar', 'garmi le malai maar', 'thakai le malai maar', 'tension le malai maar', 'निकाल्ने धम्की', 'nikalne dhamki', 'बिक्रेता हरायो', 'seller harayo'] },
      tl: { framing: { joke: ['linya sa laro', 'linya sa game'] },
        idioms: ['tinakot na tatanggalin', 'binantaang tatanggalin', 'pinagbantaang tanggalin', 'banta na tatanggalin', 'nawala ang seller', 'naglaho ang seller'] },
      pt: { framing: { joke: ['fala do jogo', 'frase do jogo'] },
        idioms: ['ameaçou...mandar embora', 'ameaça...mandar embora', 'ameaçaram...mandar embora', 'ameaçou...demitir', 'ameaça...demitir', 'ameaçaram...demitir', 'ameaçou...despedir', 'ameaçou...cortar', 'vendedor sumiu', 'vendedor desapareceu', 'loja sumiu'] },
      id: { framing: { joke: ['dialog game', 'ngikutin game'] },
        idioms: ['mengancam memecat', 'mengancam akan memecat', 'ngancam pecat', 'ngancam mau pecat', 'diancam dipecat', 'diancam pecat', 'penjualnya hilang', 'penjual hilang', 'penjualnya menghilang', 'penjualnya kabur', 'tokonya hilang'] },
    },
  },
  {
    // Frames of a time gone by or a story, for an emergency word in their sentence: a seizure in the
    // writer's childhood («こどもの とき けいれんが ありました», "nung bata ako nagka-seizure"); a parent
    // who died of a heart attack or a stroke (the paperwork after it); a character in a drama or a film
    // who collapses or is stabbed. A clause of "now" (「今また」, "and now his face is drooping") still alarms.
    name: 'in my childhood; died of it; a character or a scene in a story',
    signal: null,
    words: {
      ja: { framing: { past: ['前は', 'まえは', 'こどものとき', 'こどものころ', '子どもの時', '子供の時', '小さい頃', '小さい時', 'ちいさいころ', 'ちいさいとき', '幼い頃', 'おさないころ', '幼少期', '小学生の頃', '小学生のとき', 'しょうがくせいのころ', 'しょうがくせいのとき', '赤ちゃんの頃', 'あかちゃんのころ',
        'で亡くなっ', 'で亡くなり', 'で他界', 'で急死', 'で死去', 'で逝去', '主人公', '登場人物', 'きゃら', 'シーンを見', 'シーン見', '場面を見'] } },
      en: { framing: { past: ['as a kid', 'as a baby', 'in childhood', 'died of', 'died from', 'passed away from', 'passed away after', 'lost my dad to', 'lost my mum to', 'lost my mom to', 'lost my father to', 'lost my mother to', 'main character', 'the character', 'a character', 'a scene where', 'the scene where'] } },
      zh: { framing: { past: ['小的时候', '小時候', '小学的时候', '婴儿时', '死于', '去世了', '过世了', '過世了', '病逝', '主角', '主人公', '角色', '的镜头', '的场景', '的情节'] } },
      ko: { framing: { past: ['재작년', '어릴 때', '아기 때', '초등학생 때', '돌아가셨', '돌아가신', '사망하셨', '세상을 떠나', '세상을 떠났', '주인공', '등장인물', '장면을 보', '장면을 봤', '장면이 나오'] } },
      vi: { framing: { past: ['hồi bé', 'lúc bé', 'hồi còn nhỏ', 'khi còn nhỏ', 'lúc còn nhỏ', 'qua đời', 'mất vì', 'mất do', 'nhân vật', 'có cảnh', 'cảnh phim'] } },
      ne: { framing: { past: ['सानो छँदा', 'सानो हुँदा', 'बच्चा हुँदा', 'sano chhada', 'sano huda', 'baccha huda', 'मृत्यु भयो', 'मृत्यु भएको', 'mrityu bhayo', 'nidhan bhaeko', 'पात्र', 'दृश्यमा'] } },
      tl: { framing: { past: ['nung bata', 'noong maliit', 'nung maliit', 'nung baby', 'noong sanggol', 'nung isang taon', 'noong isang buwan', 'nung isang buwan', 'namatay si', 'namatay ang', 'namatay sa', 'namatay dahil sa', 'bida', 'tauhan', 'eksena'] } },
      pt: { framing: { past: ['quando era criança', 'quando eu era pequen', 'quando era bebê', 'morreu de', 'morreu por', 'morreu do', 'morreu da', 'personagem', 'protagonista', 'uma cena', 'a cena em que', 'cena de'] } },
      id: { framing: { past: ['pas kecil', 'waktu masih kecil', 'semasa kecil', 'saat kecil', 'ketika kecil', 'waktu bayi', 'meninggal karena', 'meninggal akibat', 'meninggal krn', 'meninggal gara gara', 'wafat', 'tokoh', 'pemeran', 'karakter', 'adegan'] } },
    },
  },
  {
    // Everyday words of a concern that is no danger, beside which the model must be surer before it
    // reads one (they cancel only crisis words they overlap): wanting to quit drink, smoking or
    // gambling; a child teased or bullied; a baby's colic; a child caring for a parent in hospital or
    // for a sibling; out of hospital after an operation. (Not "for weeks", a classmate, crying at
    // night or a room not left: a child starved or left alone, a threat at home, are told with them.)
    name: 'quitting a habit; teased or bullied; colic; a young carer; discharged',
    signal: null,
    words: {
      ja: { idioms: [...['酒', 'お酒', 'さけ', 'おさけ', 'たばこ', 'ぎゃんぶる', 'ぱちんこ'].map((x) => `${x}をやめ`), '禁酒', '断酒', '禁煙', 'からかわれ', '夜泣き', 'よなき',
        '母が入院', 'ははがにゅういん', 'お母さんが入院', 'おかあさんがにゅういん', '父が入院', 'お父さんが入院', '親が入院', 'やんぐけあらー', '退院した', '退院して', 'たいいんし'] },
      en: { idioms: [...['stop', 'quit', 'give up', 'cut down on'].flatMap((v) => ['drinking', 'smoking', 'gambling', 'alcohol'].map((o) => `${v} ${o}`)), 'bullied at school', 'being bullied', 'teased at school', 'colic', 'colicky',
        'mum is in hospital', 'mom is in the hospital', 'mom is in hospital', 'mother is in hospital', 'dad is in hospital', 'young carer', 'looks after her mum', 'looks after his mum', 'got discharged', 'was discharged', 'came home from hospital'] },
      zh: { idioms: ['戒酒', '戒烟', '戒菸', '戒赌', '戒賭', '同学嘲笑', '同学欺负', '被同学嘲笑', '被同学欺负', '校园霸凌', '肠绞痛', '妈妈住院', '媽媽住院', '爸爸住院', '母亲住院', '父亲住院', '照顾妈妈', '带弟弟', '带妹妹', '照顾弟弟', '照顾妹妹', '出院了', '刚出院'] },
      ko: { idioms: ['술을 끊', '술 끊', '담배를 끊', '담배 끊', '도박을 끊', '금주', '금연', '왕따', '따돌림', '놀림', '영아산통', '엄마가 입원', '아빠가 입원', '동생을 돌보', '동생들을 돌보', '퇴원했', '퇴원하고'] },
      vi: { idioms: ['bỏ rượu', 'cai rượu', 'bỏ nhậu', 'bỏ thuốc lá', 'cai thuốc', 'bỏ cờ bạc', 'bị bắt nạt', 'bị trêu', 'bị chọc ghẹo', 'bị bạn...chọc', 'bị bạn...trêu', 'khóc dạ đề',
        'mẹ nằm viện', 'bố nằm viện', 'mẹ đang nằm viện', 'chăm sóc mẹ', 'trông em', 'xuất viện', 'ra viện'] },
      ne: { idioms: ['रक्सी छोड्न', 'रक्सी छाड्न', 'चुरोट छोड्न', 'जुवा छोड्न', 'raksi chhodna', 'raksi chhodn', 'साथीहरूले जिस्क', 'sathiharu le jiska', 'आमा अस्पतालमा', 'बुबा अस्पतालमा', 'aama aspatal ma', 'डिस्चार्ज'] },
      tl: { idioms: ['tumigil sa pag-inom', 'huminto sa pag-inom', 'itigil ang pag-inom', 'tigilan ang pag-inom', 'tumigil sa paninigarilyo', 'tumigil sa sugal', 'binu-bully', 'binubully', 'na-bully', 'tinutukso', 'kabag',
        'nasa ospital si mama', 'naka-confine si mama', 'nag-aalaga sa nanay', 'nag-aalaga sa mama', 'nag-aalaga ng kapatid', 'na-discharge', 'nakalabas ng ospital'] },
      pt: { idioms: ['parar de beber', 'largar a bebida', 'deixar de beber', 'parar de fumar', 'largar o cigarro', 'sofre bullying', 'sofrendo bullying', 'cólica',
        'mãe está internada', 'mãe tá internada', 'mãe internada', 'cuida da mãe', 'cuida dos irmãos', 'tive alta', 'teve alta', 'recebi alta', 'recebeu alta'] },
      id: { idioms: ['berhenti minum', 'berhenti mabuk', 'berhenti merokok', 'berhenti judi', 'berhenti berjudi', 'dibully', 'dirundung', 'diejek', 'kolik',
        'ngurus ibunya', 'mengurus ibunya', 'merawat ibunya', 'ibunya dirawat', 'ngurus adik', 'jaga adik', 'ngasuh adik', 'keluar dari rumah sakit', 'pulang dari rumah sakit'] },
    },
  },
  {
    name: 'a frame word of another sense (“what should I do first”); a knee that bleeds; a character in a drama who jumps; a pet hamster that died; exam stress said as dying; an old harm dated by its year',
    signal: null,
    words: {
      ja: { idioms: ['主人公が...飛び降り', 'しゅじんこうが...とびおり', 'ドラマで...飛び降り', 'どらまで...とびおり', '映画で...飛び降り'] },
      en: { idioms: ['the character...jumped off', 'in the show...jumped off', 'in the movie...jumped off', 'in the drama...jumped off', 'hamster died', 'rabbit died', 'goldfish died'] },
      zh: { idioms: ['主角...跳下', '主角...跳楼', '结局...跳下', '剧里...跳下', '剧中...跳下', '电影里...跳下', '仓鼠...死了', '金鱼...死了', '鹦鹉...死了', '乌龟...死了'] },
      ko: { idioms: ['주인공이...뛰어내', '드라마에서...뛰어내', '영화에서...뛰어내', '햄스터가 죽', '토끼가 죽', '시험...죽을 것 같', '기말고사...죽을 것 같', '중간고사...죽을 것 같', '죽을 것 같음ㅋ', '죽을것같음ㅋ', '죽겠음ㅋ'],
        crisisNegation: { before: [], after: ['한 적은 없', '한 적 없', '한 적이 없', '한 적도 없', '한 적은 한 번도'] } },
      vi: { idioms: ['đầu gối', 'chảy máu đầu gối', 'chảy máu ở đầu gối', 'chảy máu đầu ngón', 'nhân vật chính...nhảy', 'trong phim...nhảy cầu', 'trong phim...nhảy lầu', 'chết chắc', 'hamster...chết', 'sau này bố mẹ đi rồi', 'bố mẹ không còn nữa thì', 'khi bố mẹ mất đi'] },
      ne: { idioms: ['ड्रामामा...हाम फाल', 'फिल्ममा...हाम फाल'],
        framing: { report: ['ड्रामामा', 'टिभीमा', 'टिभीको', 'सिरियलमा', 'नाटकमा', 'युट्युबमा', 'tv ma', 'tivi ma'], past: ['aghillo barsa', 'aghillo barsha', 'agillo barsa', 'pohor', 'gata barsha'] } },
      tl: { idioms: ['sa drama...tumalon', 'sa pelikula...tumalon', 'yung bida...tumalon', 'namatay ang hamster'], framing: { report: ['nung 20', 'nung 19', 'noong 19', 'nung isang taon', 'noong isang taon'] } },
      pt: { idioms: ['na novela...pulou', 'no filme...pulou', 'o protagonista...pulou', 'a protagonista...pulou', 'hamster morreu', 'a cabeça não desliga', 'cabeça não para'] },
      id: { idioms: ['di drama...lompat', 'di film...lompat', 'tokoh utamanya...lompat', 'hamster...mati', 'kelinci...mati', 'gimana dulu', 'bagaimana dulu', 'apa dulu', 'ngapain dulu', 'tunggu dulu', 'coba dulu', 'bentar dulu', 'sebentar dulu', 'duluan'] },
    },
  },
  {
    // Asked ahead, not happening: a conditional collapse or faint («nếu người nhà bất tỉnh thì gọi 119
    // hả», 「万一父が倒れたら」, "hypothetically, if my mother collapsed", «kalo misal ada orang pingsan»,
    // «बुवा ढल्नुभयो भने»), learning first aid, a neighbour's child only imagined found (如果发现); what an
    // ambulance costs; a collapse already in hospital; someone who drinks every day; a job or boredom
    // that "kills"; old people dying alone as a topic (孤独死); "if I die, what becomes of him"; self-harm
    // long stopped (see selfHarmOver in the engine); a hit long over (violenceOver). "Just asking" alone frames nothing: "just asking, I took 30 pills".
    // Only the conditional word is cancelled: "if she collapsed and isn't breathing" still alarms.
    name: 'asked ahead: if someone collapsed; what an ambulance costs; a collapse now in hospital; drinking every day; a job or boredom that “kills”; dying alone as a topic; if I die who looks after him; self-harm stopped; a hit that is over',
    signal: null,
    words: {
      ja: { idioms: ['もし...倒れたら', 'もし...たおれたら', '万が一...倒れたら', '仮に...倒れたら', 'もし...意識がなくなったら', '救急車...有料', '救急車...無料', '救急車...費用', '救急車代', '救急車...お金がかか', '救急車...お金かか', 'きゅうきゅうしゃ...おかねがかか', 'きゅうきゅうしゃ...ゆうりょう', '倒れて入院', 'たおれてにゅういん', '倒れて...入院しています', '孤独死', 'こどくし', '毎日お酒', 'まいにちおさけ', '毎晩お酒', 'お酒がやめられ', 'おさけがやめられ', 'つれてきてくれ', '連れてきてくれ', '連れて帰ってきてくれ', 'おくってきてくれ', '送ってきてくれ', ...['もしも', 'もし', '仮に', '万が一', '万一'].flatMap((w) => [`${w}...odしたら`, `${w}...odしたとき`, `${w}...odした時`, `${w}...odした場合`])],
        // a supposition asked ahead (「もしも友達がODしたとき」, 「仮に酔いつぶれたら」; not 「もしかしたら」)
        framing: { past: ['もしも...たら', 'もしも...たとき', 'もしも...た時', 'もしも...た場合', 'もし...た場合', 'もし...したとき', 'もし...した時', '仮に...たら', '仮に...たとき', '万一...たら', '火事になったら', '火事が起きたら', 'かじになったら'] } },
      en: { idioms: ['ambulance crew break', 'ambulance...break the door', 'paramedics...break the door', 'paramedics...break down the door', 'firefighters...break the door', 'if...collapsed', 'if...collapses', 'if...ever collapse', 'if...passed out', 'if...passes out', 'if...fainted', 'if...faints', 'suppose...collapsed', 'collapsed and was hospitali', 'collapsed and was admitted', 'hospitalized after collapsing', 'hospitalised after collapsing', 'lonely death', 'lonely deaths', 'kodokushi', 'elderly dying alone', 'old people dying alone', 'drinks every day', 'drinks every night', 'drinking every day', 'drinking every night', 'if i die...what will happen to', 'if i die...who will take care', 'if i die...who will look after', 'when i die...what will happen to', 'when i die...who will take care', 'after i die...who will take care', 'after i die...what will happen to', 'when im gone...who will look after', 'when im gone...who will take care', ...['if i die', 'if i pass away', 'when i die', 'after i die'].flatMap((a) => ['guardian', 'pension', 'benefits', 'inheritance', 'what happens to'].map((b) => `${a}...${b}`)), 'happens to my...if i die', 'happen to my...if i die', 'becomes of my...if i die'],
        framing: { past: ['plan ahead', 'planning ahead', 'for future reference', 'hypothetically', 'hypothetical question', 'asking ahead', 'asking in advance', 'asking beforehand', 'if there is a fire', 'if theres a fire', 'if a fire breaks out'] } },
      zh: { idioms: ['如果...晕倒', '要是...晕倒', '假如...晕倒', '万一...晕倒', '如果...昏倒', '要是...昏倒', '救护车...收费', '救护车...要钱', '救护车...免费', '救护车费', '晕倒住院', '晕倒后住院', '昏倒住院', '孤独死', '天天喝酒', '每天喝酒', '每天都喝酒', '戒不掉酒', '戒不了酒', '我死了...怎么办', '我死了...监护', '我死后...监护', '我死后...谁', '万一我死了...谁', '我死后...怎么办', '我走了以后...怎么办', '等我死了...谁', '我死了...谁来照顾', ],
        framing: { report: ['如果发现', '要是发现', '假如发现', '万一发现', '如果看到', '如果遇到'], past: ['如果发现', '要是发现', '假如发现', '假设', '如果有一天', '假如', '如果朋友', '要是朋友', '如果我朋友', '如果有朋友', '如果发生火灾', '如果着火', '如果失火'] } },
      ko: { idioms: ['만약...쓰러지면', '혹시...쓰러지면', '구급차 부르면 돈', '구급차...돈 내', '구급차...돈 들', '구급차 비용', '구급차...유료', '구급차...무료', '쓰러져서 입원', '쓰러져 입원', '쓰러지셔서 입원', '고독사', '매일 술', '맨날 술', '술을 못 끊', '내가 죽으면...어떻게', '내가 죽으면...누가', '제가 죽으면...어떻게', '제가 죽으면...누가', '내가 죽고 나면...누가'] },
      vi: { idioms: ['nếu...bất tỉnh', 'nếu...ngất', 'nếu...xỉu', 'lỡ...bất tỉnh', 'lỡ...ngất', 'giả sử...bất tỉnh', 'giả sử...ngất', 'xe cấp cứu...mất tiền', 'xe cấp cứu...tốn tiền', 'xe cấp cứu...mất phí', 'xe cấp cứu...miễn phí', 'xe cấp cứu...tính tiền', 'xe cấp cứu...tính phí', 'xe cấp cứu...trả tiền', 'phí xe cấp cứu', 'ngất...đã nhập viện', 'ngất phải nhập viện', 'ngất...đang nằm viện', 'người già chết một mình', 'người già chết cô độc', 'cụ già chết một mình', 'ngày nào cũng uống', 'ngày nào cũng nhậu', 'uống rượu mỗi ngày', 'nhậu mỗi ngày', 'mà chết thì...sống bằng gì', ...['nếu tôi chết', 'nếu tôi mất', 'nếu em chết', 'nếu em mất', 'sau khi tôi mất', 'lỡ tôi mất'].flatMap((a) => ['giám hộ', 'ai chăm', 'ai nuôi', 'ai lo cho', 'lương hưu', 'trợ cấp'].map((b) => `${a}...${b}`)), 'mà chết thì...ai lo', 'mà chết thì...ai nuôi', 'mà chết thì...ai chăm', 'chết rồi thì...sống bằng gì', 'chết rồi thì...ai lo', 'chết đi thì...ai lo', 'mất rồi thì...ai lo', 'công việc...đang giết', 'công việc...giết dần', 'công việc...giết em', 'công việc...giết e', 'công việc...giết tôi', 'công việc...giết mình', 'tăng ca...giết', ...['em', 'e', 'tôi', 'mình', 'tui'].flatMap((w) => [`công việc...giết ${w} từ từ`, `việc này...giết ${w} từ từ`]), 'công ty...giết dần', 'chăm...bị liệt', 'nằm liệt giường',
          // «hỏi trước» (ask ahead) folds like «hồi trước» (formerly): no frame of time over what follows
          'hỏi trước cho', 'em hỏi trước', 'cho hỏi trước', 'xin hỏi trước', 'hỏi trước đã'],
        framing: { past: ['giả sử', 'nếu một ngày', 'nếu lỡ', 'nếu có cháy', 'lỡ có cháy', 'khi có cháy', 'nếu bị cháy'] } },
      ne: { idioms: ['ढल्नुभयो भने', 'ढल्यो भने', 'ढले भने', 'ढलेमा', 'ढल्नुभएमा', 'बेहोस हुनुभयो भने', 'बेहोस भयो भने', 'बेहोस भएमा', 'एम्बुलेन्स...पैसा लाग्छ', 'एम्बुलेन्स...निःशुल्क', 'एम्बुलेन्स...शुल्क', 'ढलेर अस्पताल भर्ना', 'एक्लै मर्ने बूढा', 'दिनहुँ रक्सी', 'रक्सी छोड्न सक्दैन', 'गर्न सकिन्छ', 'पाउन सकिन्छ', 'लिन सकिन्छ', 'बोल्न सकिन्छ', 'हुन सकिन्छ', 'भेट्न सकिन्छ', 'सोध्न सकिन्छ', 'म मरेपछि...कसले'],
        framing: { past: ['आगलागी भयो भने', 'आगो लाग्यो भने', 'आगलागी भएमा', 'प्राथमिक उपचार', 'सिक्न मन', 'सिक्न चाहन्छौं', 'केही भएको छैन', 'kehi bhaeko chhaina'] } },
      tl: { idioms: [...['kung mamatay ako', 'kapag namatay ako', 'pag namatay ako', 'kung mawala ako', 'pag nawala ako'].flatMap((a) => ['guardian', 'mag-aalaga', 'mag aalaga', 'pension', 'titingin'].map((b) => `${a}...${b}`)), 'kung...nahimatay', 'kung...mahimatay', 'paano kung...himatayin', 'ambulansya...may bayad', 'ambulansya...libre', 'bayad sa ambulansya', 'magkano ang ambulansya', 'nahimatay...na-confine', 'nahimatay...naospital', 'umiinom araw-araw', 'araw-araw umiinom', 'gabi-gabi umiinom', 'kapag namatay ako...sino', 'pag namatay ako...sino', 'pag nawala ako...sino'],
        framing: { past: ['kung may sunog', 'pag may sunog', 'kapag may sunog', 'kung magkasunog'] } },
      pt: { idioms: ['ambulância...é paga', 'ambulância...é grátis', 'ambulância...é de graça', 'ambulância...cobra', 'ambulância...custa', 'pagar a ambulância', 'desmaiou e foi internad', 'desmaiou...está internad', 'morte solitária', 'idosos morrendo sozinhos', 'bebe todo dia', 'bebe todos os dias', 'bebe toda noite', 'bebendo todo dia', 'se eu morrer...quem vai', ...['se eu morrer', 'caso eu morra', 'quando eu morrer', 'se eu faltar', 'quando eu faltar'].flatMap((a) => ['pensão', 'guarda', 'tutela', 'curatela', 'herança', 'quem cuida', 'quem administra', 'o que acontece com'].map((b) => `${a}...${b}`)), 'quando eu morrer...quem vai'],
        framing: { past: ['se um dia', 'caso um dia', 'hipoteticamente', 'se tiver um incêndio', 'se tiver incêndio', 'se houver um incêndio', 'se houver incêndio', 'se pegar fogo', 'em caso de incêndio'] } },
      id: { idioms: ['kalau...pingsan', 'kalo...pingsan', 'jika...pingsan', 'misal...pingsan', 'seandainya...pingsan', 'ambulans...bayar gak', 'ambulans...bayar nggak', 'ambulans...bayar ga', 'ambulans...berbayar', 'ambulans...gratis', 'biaya ambulans', 'pingsan...dirawat di rumah sakit', 'pingsan...sedang dirawat', 'lansia meninggal sendirian', 'minum tiap hari', 'minum setiap hari', 'mabuk tiap hari', 'mabuk setiap hari', 'kalau saya meninggal...siapa', ...['kalau saya meninggal', 'kalau aku meninggal', 'kalo aku meninggal', 'jika saya meninggal', 'kalau saya sudah tidak ada'].flatMap((a) => ['wali', 'pensiun', 'warisan', 'tunjangan'].map((b) => `${a}...${b}`)), 'kalau aku mati...siapa', 'kalo aku mati...siapa', 'kalau saya sudah tidak ada...siapa', 'bosen banget sampe...mati', 'bosan banget sampai...mati', 'bosen bgt sampe...mati', 'bosen sampe mau mati', 'bosan sampai mau mati', 'kerjaan...bikin mati pelan'],
        framing: { past: ['misal ada', 'misalnya ada', 'seandainya', 'andaikan', 'kalau suatu hari', 'kalo suatu hari', 'kalau ada kebakaran', 'kalo ada kebakaran', 'jika ada kebakaran', 'kalau kebakaran', 'kalo kebakaran', 'hipotetis'] } },
    },
  },
  {
    // A women's-window question, not a danger now: the pain of a birth said with a laugh («痛到想死XD»,
    // "queria morrer kkkk"); a tired catchphrase said to be just that («累死了，不想活了»…其实就是口头禅);
    // asked ahead for a poster or a friend-to-be, with "someone" and "if" (कसैले 'मर्छु' भन्यो भने…,
    // "if someone says they want to die, what number"); an ambulance or a taxi when labour starts; a faint
    // already over («untungnya langsung sadar»); a past birth's bleeding told as history before the next
    // («waktu lahiran anak pertama… pendarahan»: not "pregnant with my first", which is now); "can't
    // breathe in my own home" of a controlling husband; a passport locked in his desk (not a person
    // locked in); a pregnancy not planned and still being decided (the model must be surer).
    name: 'a birth that hurt “to death”, said laughing; a catchphrase; asked ahead of someone; ambulance or taxi in labour; a faint already over; a past birth; suffocating at home; papers locked away; a pregnancy being decided',
    signal: null,
    words: {
      ja: { idioms: [...['xd', 'w$', '笑', '(笑)'].flatMap((l) => [`痛すぎて死に...${l}`, `痛くて死に...${l}`]), ...['死にたい', '死ぬ'].flatMap((w) => [`${w}...ただの口癖`, `${w}...口癖なだけ`, `誰かに...${w}と言われたら`, `誰かが...${w}と言ったら`]), '救急車...タクシー', 'タクシー...救急車', '陣痛がきたら...救急車', '陣痛が来たら...救急車', 'じんつうがきたら...きゅうきゅうしゃ', '救急車を呼んでいいのか', '救急車を呼んでもいいのか', '予期せぬ妊娠', '望まない妊娠', '予定外の妊娠'],
        framing: { past: ['すぐ意識が戻', 'すぐに意識が戻', 'すぐ気がつ', '前回の出産', 'ぜんかいのしゅっさん', '一人目の出産の', '上の子の出産の', '前の出産のとき'] } },
      en: { idioms: [...['want to die', 'wants to die', 'kill themselves', 'kill themself', 'suicid'].flatMap((w) => [`if someone says...${w}`, `if someone tells...${w}`, `if somebody says...${w}`, `if anyone says...${w}`, `${w}...just a catchphrase`]), 'ambulance or a taxi', 'ambulance or taxi', 'taxi or an ambulance', 'taxi or ambulance', 'if...labour...ambulance', 'if...labor...ambulance', 'cant breathe in my own home', 'cant breathe in my own house', 'cant breathe in this house', 'cant breathe in this marriage', 'locked in his desk', 'locked in his drawer', 'locked in a drawer', 'locked in the drawer', 'locked in his safe', 'locked my passport', 'unplanned pregnancy', 'pregnant...not planned', 'pregnant...unplanned', 'pregnant...still deciding'],
        framing: { past: ['came to right away', 'came to straight away', 'came round right away', 'woke up right away', 'my last pregnancy', 'my previous pregnancy', 'my last delivery', 'my previous delivery', 'my previous birth', 'when i gave birth to my first', 'when my first was born'] } },
      zh: { idioms: [...['痛到想死', '疼到想死', '痛得想死', '疼得想死', '痛得要死', '疼得要死'].flatMap((w) => [`${w}...xd`, `${w}...哈哈`, `${w}...笑死`]), ...['不想活', '想死', '活不下去'].flatMap((w) => [`${w}...就是口头禅`, `${w}...只是口头禅`, `${w}...不过是口头禅`, `如果有人说...${w}`, `要是有人说...${w}`, `假如有人说...${w}`]), '如果有人说...自杀', '救护车还是打车', '救护车还是出租车', '救护车还是叫车', '出租车还是救护车', '打车还是救护车', '阵痛...救护车...打车', '锁在抽屉', '锁在保险箱', '意外怀孕', '计划外怀孕', '怀孕...还在考虑', '怀孕...还没决定'],
        framing: { past: ['马上就醒了', '很快就醒了', '马上醒过来', '生老大的时候', '上一胎', '上次生产', '上次分娩', '生第一个孩子的时候'] } },
      ko: { idioms: ['누가 죽고 싶다고 하면', '누군가...죽고 싶다고 하면', '구급차...택시', '택시...구급차', '계획에 없던 임신', '예상치 못한 임신', '원치 않는 임신'],
        framing: { past: ['바로 깨어났', '금방 깨어났', '바로 의식이 돌아', '첫째 낳았을 때', '지난 출산', '첫 출산 때'] } },
      vi: { idioms: ['đau muốn chết', 'đau gần chết', 'đau chết đi được', 'nếu ai đó nói...muốn chết', 'nếu có ai nói...muốn chết', 'nếu ai đó nói...tự tử', 'nếu có ai nói...tự tử', 'xe cấp cứu hay taxi', 'cấp cứu hay taxi', 'taxi hay xe cấp cứu', 'mang thai ngoài ý muốn', 'có thai ngoài ý muốn', 'có bầu ngoài ý muốn'],
        framing: { past: ['tỉnh lại ngay', 'may mà tỉnh lại', 'lần sinh trước', 'lần đẻ trước', 'lần mang thai trước'] } },
      ne: { idioms: ['कसैले...मर्छु...भने', 'कसैले...मर्न...भने', 'कसैले...आत्महत्या...भने', 'एम्बुलेन्स कि ट्याक्सी', 'ट्याक्सी कि एम्बुलेन्स', 'नचाहेको गर्भ', 'अनिच्छित गर्भ'],
        framing: { past: ['अघिल्लो सुत्केरी'] } },
      tl: { idioms: ['kung may magsabing...mamatay', 'kung may nagsabing...mamatay', 'kung may magsabi...magpakamatay', 'kung may magsabing...magpakamatay', 'ambulansya o taxi', 'taxi o ambulansya', 'hindi planado...buntis', 'buntis...hindi planado'],
        framing: { past: ['nagising din agad', 'nagkamalay agad', 'nung nanganak ako sa panganay', 'noong nanganak ako sa panganay', 'sa huling panganganak ko'] } },
      pt: { idioms: [...['queria morrer', 'quis morrer'].flatMap((w) => [`${w}...kkk`, `${w}...rsrs`, `${w}...haha`]), ...['quer morrer', 'quer se matar', 'suicid'].flatMap((w) => [`se alguém disser...${w}`, `se alguém falar...${w}`, `se alguém diz...${w}`]), 'ambulância ou táxi', 'ambulância ou pego táxi', 'ambulância ou uber', 'táxi ou ambulância', 'uber ou ambulância', 'gravidez não planejada', 'gravidez indesejada', 'grávida...não planejad'],
        framing: { past: ['acordou logo', 'voltou a si logo', 'logo voltou a si', 'no parto anterior', 'no último parto', 'no meu primeiro parto', 'na gravidez anterior'] } },
      id: { idioms: [...['mau mati', 'pengen mati', 'ingin mati'].flatMap((w) => [`melahirkan...${w} wkwk`, `lahiran...${w} wkwk`, `kontraksi...${w} wkwk`, `melahirkan...${w} haha`]), ...['mati', 'bunuh diri'].flatMap((w) => [`kalau ada orang bilang...${w}`, `kalau ada yang bilang...${w}`, `kalo ada yang bilang...${w}`, `jika seseorang berkata...${w}`]), 'ambulans atau taksi', 'ambulans atau naik taksi', 'taksi atau ambulans', 'mengunci paspor', 'hamil di luar rencana', 'kehamilan tidak direncanakan', 'hamil...nggak direncanakan', 'hamil...tidak direncanakan'],
        framing: { past: ['langsung sadar', 'untungnya sadar', 'sudah sadar lagi', 'sadar kembali', 'waktu lahiran anak pertama', 'waktu melahirkan anak pertama', 'pas lahiran anak pertama', 'persalinan sebelumnya', 'lahiran sebelumnya'] } },
    },
  },
  {
    // an ambulance nearly called and not: a scare told afterwards («骨が折れる» heard as a broken bone),
    // not "about to call" (「呼ぶところです」 still alarms); other danger words in the message still do
    name: 'an ambulance almost called; getting in to a nursery or a school',
    signal: null,
    words: {
      ja: { idioms: [...['救急車を呼', 'きゅうきゅうしゃをよ', '119番', '119に電話'].flatMap((w) => [`${w}ぶところだった`, `${w}ぶところでした`, `${w}びそうになった`, `${w}びそうになりました`]), '119番するところだった', '119番するところでした', '119に電話するところだった', '119に電話するところでした'] },
      en: { idioms: ['almost called an ambulance', 'nearly called an ambulance', 'almost called the ambulance', 'nearly called the ambulance', 'almost called 119', 'nearly called 119', 'almost called 911', 'nearly called 911', 'almost phoned for an ambulance',
        // getting a place ("trying to get in for April", a nursery, a school): not someone at the door
        ...['april', 'next april', 'next year', 'spring', 'the spring', 'the new year', 'the new school year', 'the fall', 'september'].flatMap((w) => [`trying to get in for ${w}`, `trying to get in this ${w}`, `trying to get in by ${w}`]), ...['daycare', 'a daycare', 'nursery', 'a nursery', 'hoikuen', 'a hoikuen', 'kindergarten', 'preschool', 'a preschool', 'school', 'a school', 'university', 'a university', 'college', 'grad school', 'the program', 'a program'].flatMap((w) => [`trying to get in to ${w}`, `trying to get into ${w}`])] },
      zh: { idioms: ['差点叫救护车', '差点就叫救护车', '差一点叫救护车', '差点打119', '差点就打119', '险些叫救护车'] },
      ko: { idioms: ['구급차를 부를 뻔', '구급차 부를 뻔', '119를 부를 뻔', '119에 전화할 뻔', '119 부를 뻔'] },
      vi: { idioms: ['suýt gọi cấp cứu', 'suýt gọi xe cấp cứu', 'suýt nữa gọi cấp cứu', 'suýt nữa gọi xe cấp cứu', 'suýt nữa thì gọi cấp cứu', 'suýt nữa thì gọi xe cấp cứu', 'suýt gọi 119', 'suýt nữa gọi 119'] },
      tl: { idioms: ['muntik na akong tumawag ng ambulansya', 'muntik ko nang tawagan ang ambulansya', 'muntik na kaming tumawag ng ambulansya', 'muntik nang tumawag ng ambulansya', 'muntik na akong tumawag sa 119'] },
      pt: { idioms: ['quase chamei a ambulância', 'quase chamei uma ambulância', 'quase chamei o 119', 'quase liguei pro 119', 'quase liguei para o 119', 'quase liguei pra ambulância'] },
      ne: { idioms: ['एम्बुलेन्स बोलाउनै लागेको', 'एम्बुलेन्स बोलाउन लागेको थिएँ', 'ambulance bolaunai lageko', 'ambulance bolauna lageko thiye'] },
      id: { idioms: ['hampir panggil ambulans', 'hampir memanggil ambulans', 'hampir menelepon ambulans', 'hampir telepon ambulans', 'hampir telepon 119', 'nyaris panggil ambulans', 'nyaris memanggil ambulans'] },
    },
  },
  {
    // A fire or a gas leak that was none: a leak inspection or drill, cooking smoke taken for a fire, an
    // alarm set off by a barbecue and the fire engine that came, a pan fire put out («着火了，已经用锅盖
    // 盖灭», "caught fire but I put it out": the fire's words only, not a harm told between or after).
    name: 'a fire or gas scare that was none: an inspection or a drill, taken for a fire, an alarm set off by cooking, a small fire put out',
    signal: null,
    words: {
      ja: { idioms: [...['ガス漏れ', 'ガスもれ'].flatMap((g) => ['点検', '検査', '訓練', 'てんけん', 'くんれん'].map((c) => `${g}...${c}`)), '火事かと思', 'かじかとおも', '火事だと思', '火事と勘違い', '火事と間違え', '消防車が来', '消防車来', 'しょうぼうしゃがき', '火災報知', 'かさいほうちき', '火災警報器', '煙感知器', '料理の煙', '焼き魚の煙',
        ...['火事', 'かじ', '火が出', 'ひがで', '燃え', 'もえ'].flatMap((f) => ['けどすぐ消し', 'けどすぐけし', 'けどすぐに消し', 'けど消し止め', 'がすぐ消し', 'がすぐに消し'].map((o) => `${f}...${o}`))] },
      en: { idioms: ['gas leak inspection', 'gas leak check', 'gas leak drill', 'check for gas leaks', 'checking for gas leaks', 'thought there was a fire', 'thought it was a fire', 'smoke alarm', 'smoke detector', 'fire engine came', 'fire brigade came', 'cooking smoke', 'smoke from cooking', 'smoke from my cooking',
        ...['but i put it out', 'but we put it out', 'but i managed to put it out', 'but i put the fire out', 'but it went out'].map((o) => `fire...${o}`)] },
      zh: { idioms: [...['瓦斯外泄', '瓦斯外洩', '瓦斯漏', '煤气泄漏', '燃气泄漏'].flatMap((g) => ['演习', '演练', '检查', '检测', '安检'].map((c) => `${g}...${c}`)), '以为着火', '以为失火', '以为起火', '以为是火灾', '火灾报警器', '烟雾报警器', '消防车来了', '消防车都来了', '烤鱼的烟', '做饭的烟', '炒菜的烟',
        ...['着火', '失火', '起火'].flatMap((f) => ['了已经', '已经', '了但已经', '但已经', '了马上', '了赶紧'].map((c) => `${f}${c}...灭`))],
        framing: { past: ['演习'] } },
      ko: { idioms: ['가스 누출 점검', '가스누출 점검', '가스 누출 훈련', '불이 난 줄 알', '불난 줄 알', '화재인 줄 알', '화재로 착각', '화재경보기', '화재 경보기', '소방차가 왔', '굽는 연기', '요리 연기',
        ...['붙었는데', '났는데', '붙었지만', '났지만'].flatMap((f) => ['껐', '바로 껐', '금방 껐'].map((o) => `불이 ${f} ${o}`))] },
      vi: { idioms: ['kiểm tra rò rỉ', 'kiểm tra rò gas', 'diễn tập...rò rỉ', ...['tôi', 'em', 'mình'].map((w) => `tưởng nhà ${w} bị cháy`), 'tưởng nhà bị cháy', 'tưởng có cháy', 'tưởng cháy', 'tưởng bị cháy', 'chuông báo cháy', 'lính cứu hỏa đến', 'khói nướng', 'khói nấu ăn',
        ...['cháy', 'lửa'].flatMap((f) => ['nhưng đã dập tắt', 'nhưng dập tắt', 'nhưng đã tắt', 'nhưng tắt rồi'].map((o) => `${f}...${o}`))] },
      ne: { idioms: ['ग्यास लिक...जाँच', 'ग्यास चुहि...जाँच', 'gas leak...jaanch', 'आगो लागेको ठानेर', 'आगलागी भएको ठानेर', 'aago lageko thanera', 'फायर अलार्म', 'दमकल आयो',
        ...['आगो', 'aago'].flatMap((f) => ['तर निभ', 'tara nibh', 'tar nibh'].map((o) => `${f}...${o}`))] },
      tl: { idioms: ['gas leak...inspeksyon', 'gas leak...drill', ...['akala', 'akala ko', 'akala nila', 'akala niya', 'akala ng kapitbahay', 'inakalang'].map((w) => `${w} may sunog`), 'dumating ang bumbero', 'usok ng niluluto', 'usok lang ng',
        ...['sunog', 'nagkasunog', 'apoy'].flatMap((f) => ['pero naapula', 'pero napatay', 'pero agad naapula'].map((o) => `${f}...${o}`))] },
      pt: { idioms: [...['vistoria', 'inspeção', 'simulado', 'verificação'].map((c) => `${c}...vazamento de gás`), 'achou que era incêndio', 'achou que tinha incêndio', 'acharam que era incêndio', 'achou que tava pegando fogo', 'achou que estava pegando fogo', 'pensou que era incêndio', 'alarme de incêndio', 'alarme de fumaça', 'detector de fumaça', 'veio até bombeiro', 'vieram os bombeiros', 'os bombeiros vieram', 'fumaça do peixe', 'fumaça da comida',
        ...['fogo', 'incêndio'].flatMap((f) => ['mas apaguei', 'mas já apaguei', 'mas consegui apagar', 'mas apagamos', 'mas já apagou'].map((o) => `${f}...${o}`))] },
      id: { idioms: ['pemeriksaan kebocoran gas', 'cek kebocoran gas', 'simulasi kebocoran gas', 'latihan...kebocoran gas', ...['kira', 'dikira', 'kirain', 'ngira', 'mengira', 'nyangka', 'pikir'].map((w) => `${w} ada kebakaran`), 'dikira kebakaran', 'disangka kebakaran', 'alarm kebakaran', 'pemadam datang', 'damkar datang', 'asap ikan bakar', 'asap masakan',
        ...['kebakaran', 'terbakar', 'api'].flatMap((f) => ['tapi sudah padam', 'tapi sudah dipadamkan', 'tapi langsung dipadamkan', 'tapi berhasil dipadamkan'].map((o) => `${f}...${o}`))] },
    },
  },
  {
    // A landlord's eviction feared with children named (「もし追い出されたら」); a fine, an eviction or a suit
    // threatened by a landlord or a manager («ameaçou multar»); a neighbour's noise, and home dreaded for it.
    // (「しぇるたー」: 「今は」+「シェルター」 folds into 「はし」, a bridge. Gone from a violent partner to a
    // shelter is the engine's `leftHim`, where the model may still raise the alarm.)
    name: 'an eviction feared; a fine or a suit threatened; a neighbour’s noise',
    signal: null,
    words: {
      ja: { idioms: ['しぇるたー', ...['もし', '万が一', '仮に', '大家', 'おおや', '管理会社', '家賃', 'やちん', '滞納', '家主', '不動産'].flatMap((w) => [`${w}...追い出`, `${w}...おいだ`]), '追い出されたら', 'おいだされたら', '追い出されるかも', 'おいだされるかも',
        ...['騒音', 'そうおん', '物音', 'ものおと', '足音がうるさ', '動悸', 'どうき', '地震'].flatMap((w) => [`${w}...家にいるのが怖`, `${w}...いえにいるのがこわ`])] },
      en: { idioms: ['noise from upstairs', 'noise from next door', 'noisy neighbour', 'noisy neighbor', 'noise complaint'] },
      zh: { idioms: ['噪音', '吵到凌晨', '吵到半夜'] },
      ko: { idioms: ['층간소음', '층간 소음'] },
      vi: { idioms: ['làm ồn', 'gây ồn'] },
      ne: { idioms: ['हल्ला गर्छ', 'हल्ला गरिरह', 'हल्ला गर्दै', 'हल्ला गरेर', 'halla garch', 'halla garcha', 'जरिवाना गर्ने धम्की', 'मुद्दा हाल्ने धम्की', 'jariwana garne dhamki'] },
      tl: { idioms: [...['pinagbantaan', 'binantaan', 'tinakot'].flatMap((t) => ['pagmumultahin', 'multa', 'palalayasin', 'paaalisin', 'idedemanda', 'kakasuhan'].map((w) => `${t}...${w}`)), 'sobrang ingay', 'nag iingay', 'nagiingay', 'ingay hanggang'] },
      pt: { idioms: [...['ameaçou', 'ameaça', 'ameaçaram', 'ameaçando'].flatMap((t) => ['multar', 'me multar', 'nos multar', 'dar multa', 'cobrar', 'me cobrar', 'despejar', 'me despejar', 'nos despejar', 'processar', 'me processar', 'me denunciar', 'chamar a polícia', 'cortar a água', 'cortar a luz'].map((w) => `${t} ${w}`)), 'barulho até', 'reclamação de barulho'] },
      id: { idioms: [...['mengancam', 'diancam', 'ngancam'].flatMap((t) => ['denda', 'akan mendenda', 'didenda', 'mengusir', 'akan mengusir', 'diusir', 'menuntut', 'akan menuntut', 'dituntut', 'lapor polisi', 'dilaporkan'].map((w) => `${t} ${w}`)), 'berisik sampai', 'berisik banget', 'kebisingan'] },
    },
  },
  {
    // Endings that are no one's danger: colleagues quitting (「最後の一人もいなくなる」); a small child's
    // questions about a death («dead forever or just dead for now», 「ねこちゃん ころされたの?」); dying at
    // home rather than in hospital, or not resuscitated (the heart stopping only "if"); dying unnoticed feared
    // (「不想死了都没人知道」); medicine forgotten (no pills as a means); who manages a disabled son's money
    // after I die; «he'll» folded into "hell". A wish to die beside any of them still alarms. (Not a death
    // itself nor family gone home, words the model leans on for grief and isolation; nor the last pay or the
    // last day at work, which a farewell hides behind.)
    name: 'colleagues leaving; a child’s questions about a death; dying at home, not resuscitated; dying unnoticed feared; medicine forgotten; after I die who manages; “he’ll”',
    signal: null,
    words: {
      ja: { idioms: [...['同期', '同僚', '先輩', '後輩', '仲間', '最後の一人'].flatMap((w) => ['いなくなった', 'いなくなり', 'いなくなってしま'].map((gone) => `${w}...${gone}`)), '最後の一人も', ...['ねこ', '猫', 'いぬ', '犬', 'ペット', 'うさぎ', 'ハムスター', 'わんちゃん'].flatMap((p) => [`${p}...ころされたの`, `${p}...殺されたの`]), '死について...説明', 'しについて...せつめい',
        '病院で死にたくない', '病院では死にたくない', 'びょういんでしにたくない', 'びょういんではしにたくない', '施設で死にたくない', '家で最期を', 'いえでさいごを', '畳の上で死にたい',
        '心臓が止まっても', 'しんぞうがとまっても', ...['心臓が止まったら', 'しんぞうがとまったら'].flatMap((a) => [`${a}...延命`, `${a}...えんめい`, `${a}...蘇生`]), '延命治療', 'えんめいちりょう', '延命措置', '延命処置', '蘇生を望ま', 'リビングウィル', '事前指示書'] },
      en: { idioms: ['dead forever', 'dead for now', 'dead for good', 'explaining death', 'explain death', 'what death means', 'concept of death', ...['hell', 'shell'].flatMap((w) => ['live', 'need', 'have', 'stay', 'handle', 'manage'].map((v) => `${w} ${v}`)),
        'do not resuscitate', 'not to be resuscitated', 'want to be resuscitated', 'no resuscitation', 'dnr$', 'living will', 'advance directive', 'if his heart stops', 'if her heart stops', 'if my heart stops', ...['dont', 'doesnt'].flatMap((n) => [`${n} want to die in hospital`, `${n} want to die in the hospital`]), 'die at home rather than'] },
      zh: { idioms: [...['不想', '怕', '担心', '害怕'].flatMap((w) => [`${w}死了都没人知道`, `${w}死了也没人知道`, `${w}死了没人知道`]), '想提前...后事', '生前契约', '终活', '解释死亡', '死亡教育', '不要急救', '不急救', '不要抢救', '不抢救', '放弃抢救', '拒绝抢救', '不要插管', '不做心肺复苏', '意愿书', '生前预嘱', '预立医疗', '安宁疗护', '不想死在医院', '不想在医院死', '不想在医院走', '想在家里走', '在家临终'] },
      ko: { idioms: ['심장이 멈추면', '심장이 멈춰도', '연명치료', '연명 치료', '연명의료', '심폐소생술을 원하지 않', '심폐소생술 거부', '병원에서 죽기 싫', '병원에서 죽고 싶지 않', '집에서 임종', '죽음을 설명', '죽음에 대해 설명'] },
      vi: { idioms: [...['khi tôi chết', 'lỡ tôi chết', 'tôi mà chết', 'khi tôi mất', 'khi em chết', 'khi em mất'].flatMap((a) => ['ai quản lý', 'ai lo', 'ai chăm', 'ai nuôi', 'ai trông'].map((b) => `${a}...${b}`)),
        'không muốn cấp cứu', 'không muốn được cấp cứu', 'đừng cấp cứu', 'không hồi sức', 'nếu tim ngừng', 'không muốn chết ở bệnh viện', 'không muốn chết trong bệnh viện', 'muốn mất ở nhà', 'giải thích về cái chết', 'giải thích cái chết'] },
      ne: { idioms: ['मुटु रोकियो भने', 'कृत्रिम सास नदिनु', 'cpr nagarnu', 'अस्पतालमा मर्न चाहन्न', 'अस्पतालमा मर्न चाहनुहुन्न', 'मृत्युबारे बुझाउन', 'मृत्युको बारेमा बुझाउन'] },
      tl: { idioms: ['pag inom ng gamot', 'nakakalimot...gamot', 'nakalimutan...gamot', 'makalimutan...gamot', 'ayaw...i revive', 'huwag nang i revive', 'kung huminto ang puso', 'ayaw mamatay sa ospital', 'ayaw niyang mamatay sa ospital', 'ipaliwanag ang kamatayan', 'ipaliwanag sa bata ang kamatayan'] },
      pt: { idioms: ['não quer ser reanimad', 'não quero ser reanimad', 'não reanimar', 'ordem de não reanimação', 'testamento vital', 'diretivas antecipadas', 'se o coração parar', 'se o coração dele parar', 'se o coração dela parar', 'não quer morrer no hospital', 'não quero morrer no hospital', 'explicar a morte', 'explicar sobre a morte'] },
      id: { idioms: ['jangan diresusitasi', 'tidak mau diresusitasi', 'kalau jantungnya berhenti', 'jika jantungnya berhenti', 'surat wasiat medis', 'tidak mau dipasang alat', 'tidak mau meninggal di rumah sakit', 'tidak ingin meninggal di rumah sakit', 'gak mau meninggal di rumah sakit', 'menjelaskan kematian', 'jelaskan kematian', 'menjelaskan tentang kematian'] },
    },
  },
  {
    // Families under strain, no danger: a teenager who screams or throws things when the phone or the game is
    // taken away, shut in her room (「スマホを取り上げると暴れる」, «pag kinuha ko phone nagwawala», «मोबाइल खोस्दा
    // चिच्याउँछे»); a line rehearsed for a school play; a game's call («補刀»); a child afraid a fire will come
    // after a drill; income and the water bill side by side (收入，水电费 folds into 入水); beaten by classmates
    // (bullying: the child's window); an old fridge or a late mother's things to throw out. Harm said beside them
    // ("he hits her when she screams") still raises its own signal.
    name: 'a teenager’s tantrum when the phone is taken; lines for a school play; a game’s call; a child afraid of fire after a drill; income and the water bill; bullied by classmates; old appliances thrown out',
    signal: null,
    words: {
      ja: {
        framing: { report: ['劇の練習', 'げきのれんしゅう', 'セリフの練習', 'せりふのれんしゅう', '台詞の練習', '学芸会', 'がくげいかい', '演劇部', 'えんげきぶ'], past: ['避難訓練', 'ひなんくんれん', '防災訓練', '消防訓練'] },
        idioms: [...['スマホ', 'すまほ', 'ゲーム', 'げーむ', '携帯', 'けいたい'].flatMap((p) => [`${p}を取り上げると`, `${p}をとりあげると`, `${p}を取り上げたら`, `${p}をとりあげたら`, `${p}取り上げると`]).flatMap((t) => [`${t}暴れ`, `${t}あばれ`, `${t}叫`, `${t}物を投げ`]),
          '水道代', 'すいどうだい', '水道料金', '火事になるって怖', '火事になったらどうしよう', 'かじになるってこわ', '同級生に殴られ', '同級生に叩かれ', 'クラスメイトに叩かれ', 'クラスメイトに殴られ', '古い冷蔵庫', '古い洗濯機'],
      },
      en: {
        framing: { report: ['school play', 'the play$', 'rehearsing', 'rehearsal', 'her lines', 'his lines', 'drama club'], past: ['fire drill', 'evacuation drill'] },
        idioms: [...['take', 'took', 'taking'].flatMap((v) => [`${v} her phone`, `${v} his phone`, `${v} away her phone`, `${v} away his phone`, `${v} her phone away`, `${v} his phone away`]).flatMap((t) => [`${t}...screams`, `${t}...smashes`, `${t}...throws things`, `${t}...goes wild`]),
          ...['fainted', 'passed out'].flatMap((f) => [`${f} at sports day`, `${f} at school assembly`, `${f} during pe`, `${f} in pe`, `${f} at practice`, `${f} during practice`]),
          'scared the house will catch fire', 'scared the house will burn', 'afraid the house will catch fire', 'afraid the house will burn', 'scared there will be a fire',
          'beaten up by classmates', 'hit by classmates', 'beaten by classmates', 'old fridge', 'old washing machine'],
      },
      zh: {
        framing: { report: ['台词', '话剧', '排练', '舞台剧', '戏剧社'], past: ['消防演习', '消防演练', '防火演习', '逃生演练'] },
        idioms: [...['绝地求生', '吃鸡', '王者荣耀', '和平精英', '荒野行动', '英雄联盟', '第五人格', '堡垒之夜', '耳机'].flatMap((g) => ['喊', '叫', '吼'].map((v) => `${g}...${v}...杀了`)), '快补刀', '没收就', '一没收', '没收手机就', '手机一收就', '收走手机就', '水电费', '水费', '水电', '怕家里着火', '怕房子着火', '怕家里失火', '担心家里会着火', '被同学打', '被同学欺负', '被同学揍', '旧冰箱', '旧洗衣机'],
      },
      ko: {
        framing: { report: ['연극', '대사 연습', '대사를 연습', '리허설', '연극부', '연기 연습'], past: ['소방 훈련', '소방훈련', '대피 훈련', '대피훈련'] },
        idioms: [...['폰', '핸드폰', '휴대폰', '게임기'].flatMap((p) => [`${p} 뺏으면`, `${p}을 뺏으면`, `${p}를 뺏으면`, `${p} 압수하면`, `${p}을 압수하면`, `${p}를 압수하면`]), '불이 날까 봐', '불날까 봐', '불이 날까봐', '반 친구들한테 맞', '친구들한테 맞고', '헌 냉장고', '오래된 냉장고', '오래된 세탁기'],
      },
      vi: {
        framing: { report: ['vở kịch', 'tập kịch', 'lời thoại', 'diễn kịch', 'đóng vai'], past: ['diễn tập phòng cháy', 'diễn tập chữa cháy', 'diễn tập cháy'] },
        idioms: [...['tịch thu điện thoại', 'lấy điện thoại', 'thu điện thoại', 'giấu điện thoại'].flatMap((t) => [`${t}...la hét`, `${t}...đập đồ`, `${t}...la khóc`, `${t}...ném đồ`]), 'sợ nhà bị cháy', 'sợ cháy nhà', 'bị bạn đánh', 'bị bạn cùng lớp đánh', 'bị các bạn đánh',
          'máy giặt cũ', 'tủ lạnh cũ', 'đồ cồng kềnh', ...['mẹ', 'bố', 'ba', 'cha', 'ông', 'bà'].flatMap((p) => [`chia đồ của ${p}`, `đồ của ${p} để lại`])],
      },
      ne: {
        framing: { report: ['नाटकको अभ्यास', 'नाटकमा', 'natak ma', 'dialogue'], past: ['आगलागी अभ्यास', 'आगलागीको अभ्यास', 'fire drill'] },
        idioms: ['ढोका थुनेर बस्छ', 'dhoka thunera bas', ...['मोबाइल', 'फोन', 'mobile', 'phone'].flatMap((p) => [`${p} खोस्दा`, `${p} खोसेपछि`, `${p} khosda`]).flatMap((t) => [`${t}...चिच्या`, `${t}...chichya`, `${t}...कराउ`]),
          'आगो लाग्छ भनेर', 'आगो लाग्ला भनेर', 'aago lagchha bhanera', 'साथीहरूले कुट्छन्', 'साथीहरूले पिट्छन्', 'पुरानो फ्रिज'],
      },
      tl: {
        framing: { report: ['school play', 'dula', 'rehearsal', 'linya niya'], past: ['fire drill'] },
        idioms: [...['kinuha ko', 'kunin ko', 'kinukuha ko', 'kukunin ko'].flatMap((t) => [`${t}...nagwawala`, `${t}...sumisigaw`, `${t}...nagbabasag`]), 'takot na masunog ang bahay', 'baka masunog ang bahay', 'binubugbog ng kaklase', 'sinasaktan ng mga kaklase', 'binubully', 'lumang ref', 'lumang washing machine'],
        crisisNegation: { before: [], after: ['hindi naman siya nananakit', 'hindi siya nananakit', 'hindi naman nananakit', 'hindi naman niya ako sinasaktan', 'hindi niya ako sinasaktan', 'di naman nananakit'] },
      },
      pt: {
        framing: { report: ['peça da escola', 'peça de teatro', 'ensaiando', 'ensaio', 'as falas', 'teatro'], past: ['simulado de incêndio', 'treinamento de incêndio', 'simulação de incêndio'] },
        idioms: [...['tiro o celular', 'tirar o celular', 'tomo o celular', 'pego o celular', 'tiro o telefone'].flatMap((t) => [`${t}...grita`, `${t}...surta`, `${t}...quebra`, `${t}...joga coisas`]), 'se tranca no quarto', 'medo da casa pegar fogo', 'medo de a casa pegar fogo',
          ...['apanha', 'apanhou', 'apanhando'].flatMap((a) => [`${a} dos colegas`, `${a} de colegas`, `${a} na escola`, `${a} dos meninos da escola`]), 'geladeira velha', 'máquina de lavar velha'],
      },
      id: {
        framing: { report: ['drama sekolah', 'latihan drama', 'naskah', 'teater', 'dialognya'], past: ['simulasi kebakaran', 'latihan kebakaran'] },
        idioms: [...['hp', 'hpnya', 'handphone', 'ponsel'].flatMap((p) => [`${p} diambil`, `ambil ${p}`, `sita ${p}`, `${p} disita`]).flatMap((t) => [`${t}...ngamuk`, `${t}...teriak`, `${t}...banting`]), 'takut rumah kebakaran', 'takut rumahnya kebakaran', 'dipukul teman sekelas', 'dipukuli teman', 'kulkas bekas', 'kulkas lama', 'mesin cuci lama'],
      },
    },
  },
  {
    // Life in a building, no one in danger: noise or a smell that "kills" (「うるさくて死にそう」, «ồn muốn chết»);
    // fish cleaned on a balcony (「魚さばいてて血だらけの手」: the fish's blood); a neighbour smoking or drying washing on
    // the balcony («hút thuốc ngoài ban công», not a child left out there); a neighbour who bangs on the door over noise
    // («tetangga bawah gedor pintu»); "go die!" shouted through the wall («大喊「去死吧」»: said to someone, no wish); a
    // fire asked about ahead («真着火了怎么办», "if there's a fire") and a pretend casualty in a drill («假装有人倒地做CPR»);
    // someone to keep a grieving neighbour company («有没有人可以去陪他聊聊», not «我想去陪他»); laid off ("about to be let
    // go"). (Stalking — an ex who waits outside or found the new address — is no figure of speech: the engine's
    // `STALKED` only makes the model surer, and silences no word.) A threat, a weapon or a blow beside them still alarms.
    name: 'neighbours and the building: noise or a smell that “kills”, fish cleaned on a balcony, a neighbour smoking outside, banging on the door over noise, “go die” shouted through the wall, a fire asked ahead, a pretend casualty in a drill, keeping a lonely neighbour company, laid off',
    signal: null,
    words: {
      ja: { idioms: [
        ...['うるさくて', 'うるさすぎて', '臭くて', '臭すぎて', 'くさくて', 'くさすぎて', '騒音で', 'そうおんで'].flatMap((of) => [`${of}死にそう`, `${of}しにそう`, `${of}死ぬ`, `${of}しぬ`]),
        'さばいてて血だらけ', 'さばいて血だらけ', 'さばいたら血だらけ', 'さばいてたら血だらけ', 'さばいててちだらけ', 'さばいてちだらけ', '魚の血', 'さかなのち', 'まな板が血だらけ', 'まないたがちだらけ',
        '火事になったら', 'かじになったら', '火事が起きたら', 'かじがおきたら', 'もし火事', 'もしかじ', '万が一火事', '火事のときは', 'かじのときは', '火事の時は',
        '倒れたふり', 'たおれたふり', '倒れる役', 'たおれるやく', '倒れた人の役', 'たおれたひとのやく', '訓練用の人形', 'くんれんようのにんぎょう'] },
      en: { idioms: [
        ...['noise', 'smell', 'stench', 'stink', 'racket', 'banging'].flatMap((n) => ['', ' from upstairs', ' from next door', ' from downstairs', ' from the flat above', ' from the flat next door', ' from the bins', ' from the rubbish', ' from the building site'].map((w) => `${n}${w}`))
          .flatMap((n) => [`${n} is killing me`, `${n} is going to kill me`, `${n} will kill me`, `${n} is gonna kill me`, `${n} will be the death of me`]),
        'about to be let go', 'be let go', 'being let go', 'been let go', 'got let go', 'was let go', 'were let go', 'let go from', 'let go by the', 'letting me go from', 'letting me go at the end',
        'if theres ever a fire', 'if there was a fire', 'if there were a fire', 'in case of fire', 'in case of a fire', 'in the event of a fire', 'if a fire breaks out', 'what if theres a fire',
        'pretend to collapse', 'pretended to collapse', 'pretending to collapse', 'pretend someone collapsed', 'pretend casualty', 'played the casualty', 'cpr dummy', 'cpr on a dummy', 'cpr mannequin', 'practice dummy'] },
      zh: { idioms: [
        '吵死了', '吵死人', '臭死了', '臭死人', '吵到想死', '臭到想死', '噪音吵死',
        '大喊去死', '大吼去死', '大叫去死', '喊去死吧', '吼去死吧', '叫去死吧', '喊着去死吧', '吼着去死吧',
        '真着火了怎么办', '真失火了怎么办', '真起火了怎么办', '真要着火', '真要失火', '万一着火', '万一失火', '万一起火', '万一发生火灾', '要是着火', '要是失火', '要是起火', '如果着火', '如果失火', '如果起火', '如果发生火灾', '着火的话', '失火的话', '起火的话', '发生火灾的话', '着火时怎么', '火灾时怎么',
        '假装有人倒', '假装倒地', '假装晕倒', '假装昏倒', '假装有人晕倒', '假装有人昏倒', '模拟有人倒', '演练用的假人', '心肺复苏假人', '假人做',
        ...['他', '她'].flatMap((w) => [`有人可以去陪${w}`, `有没有人去陪${w}`, `有没有人可以去陪${w}`, `找人去陪${w}`, `请人去陪${w}`, `去陪${w}聊`, `去陪${w}说说话`, `去陪${w}说话`, `去陪${w}坐坐`, `去陪${w}吃饭`, `去陪陪${w}`])] },
      ko: { idioms: [
        '시끄러워 죽', '시끄러워서 죽', '냄새나 죽', '냄새 나서 죽', '냄새 때문에 죽',
        '불이 나면', '불나면', '화재가 나면', '화재 시', '화재가 발생하면', '불이 나면 어떻게',
        '쓰러진 척', '쓰러지는 척', '쓰러진 역할', '심폐소생술 인형', '훈련용 인형', '마네킹으로'] },
      vi: { idioms: [
        'ồn muốn chết', 'ồn chết đi được', 'hôi muốn chết', 'hôi chết đi được', 'thối muốn chết', 'thối chết đi được',
        ...['hút thuốc', 'phơi đồ', 'phơi quần áo', 'trồng cây', 'để rác', 'để đồ', 'nướng thịt'].flatMap((d) => [`${d} ngoài ban công`, `${d} ở ban công`, `${d} trên ban công`]),
        'nếu có cháy', 'lỡ có cháy', 'nhỡ có cháy', 'khi có cháy', 'nếu bị cháy', 'lỡ bị cháy', 'trường hợp có cháy', 'trường hợp hỏa hoạn', 'nếu xảy ra cháy', 'nếu xảy ra hỏa hoạn',
        'giả vờ ngất', 'giả vờ ngã', 'giả vờ bất tỉnh', 'giả làm người bị', 'hình nộm', 'búp bê tập'] },
      ne: { idioms: ['आगो लागेमा', 'आगलागी भएमा', 'आगो लाग्यो भने', 'aago lagema', 'aago lagyo bhane', 'बेहोस भएको नाटक', 'बेहोस भएको अभिनय', 'behos bhayeko natak'] },
      tl: {
        framing: { joke: ['online game', 'game lang pala', 'naggagame', 'nag gagame', 'naglalaro ng online'] },
        idioms: ['kung magkasunog', 'pag nagkasunog', 'kapag nagkasunog', 'kung may sunog', 'pag may sunog', 'kapag may sunog', 'kunwari nahimatay', 'kunwaring nahimatay', 'kunwari may nahimatay', 'nagkunwaring nahimatay'] },
      pt: { idioms: [
        ...['barulho', 'cheiro', 'fedor'].flatMap((n) => [`${n} vai me matar`, `${n} tá me matando`, `${n} ta me matando`, `${n} está me matando`]),
        'se pegar fogo', 'caso pegue fogo', 'em caso de incêndio', 'se tiver um incêndio', 'se tiver incêndio', 'se houver incêndio', 'se der incêndio',
        'fingir que desmaiou', 'fingiu desmaiar', 'fingindo desmaiar', 'fingir desmaio', 'boneco de rcp', 'boneco de treino', 'manequim de rcp'] },
      id: { idioms: [
        ...['tetangga', 'tetangga bawah', 'tetangga atas', 'tetangga sebelah', 'tetangga depan', 'penghuni bawah', 'penghuni atas', 'penghuni sebelah'].flatMap((w) => ['gedor', 'gedor gedor', 'menggedor', 'ngegedor', 'gedorin', 'datang gedor', 'sering gedor', 'suka gedor', 'marah marah gedor'].map((v) => `${w} ${v}`)),
        'kalau kebakaran', 'kalau ada kebakaran', 'kalau terjadi kebakaran', 'jika terjadi kebakaran', 'jika ada kebakaran', 'seandainya kebakaran', 'seandainya terjadi kebakaran', 'misal kebakaran',
        'pura pura pingsan', 'berpura pura pingsan', 'boneka cpr', 'manekin cpr', 'manekin latihan'] },
    },
  },
  {
    // The writer who "will kill" someone over a household trifle — the bins, the dishes, socks on the
    // floor, the children not picked up, a baby photo posted, a snack eaten — speaks in a figure of
    // speech ("I'll kill him if he forgets the bins again"). Not a threat the writer received ("he'll
    // kill me if I forget the dishes"): from a partner, that is for the reader of the whole message and
    // the model to weigh ("…last time he broke my arm"), so it is left out. The trifle must sit by the
    // word: "I'll kill him if he leaves" is no trifle.
    name: 'a threat to kill over a household trifle, said in jest',
    signal: null,
    words: {
      ja: { idioms: inJest(['殺す', 'ころす'], ['ゴミ', 'ごみ', '皿洗い', 'さらあらい', '洗い物', 'あらいもの', '靴下', 'くつした', '洗濯物', 'せんたくもの', '便座', 'お迎え忘れ', 'おむかえわすれ', 'プリン', 'ぷりん', 'アイス', 'あいす']) },
      en: {
        // (him or her only after the writer's own "I'll": "her boyfriend said he'd kill her, she's hiding in the
        // laundry room" is a threat received, not a jest)
        idioms: inJest(['kill you', 'murder you', ...['ill', 'i will', 'im gonna', 'im going to', 'i could', 'i am going to', 'gonna'].flatMap((i) => [`${i} kill him`, `${i} kill her`])], ['trash', 'rubbish', 'garbage', 'bins', 'dishes', 'socks', 'laundry', 'toilet seat', 'pick up the kids', 'picking up the kids', 'anniversary', 'her birthday', 'last slice', 'leftovers', 'baby photo', 'baby picture']),
        // "he keeps saying 'I'll kill you' to his sister — it's from a game": the line is the game's
        framing: { joke: ['from a game', 'from the game', 'from a video game', 'from his game', 'from her game', 'from a cartoon', 'from youtube', 'from a youtuber', 'from a tv show'] },
      },
      zh: { idioms: inJest(['杀了你', '弄死你', '宰了你'], ['倒垃圾', '扔垃圾', '洗碗', '袜子', '接孩子', '马桶圈', '马桶盖', '我的零食', '她的零食', '他的零食']) },
      ko: { idioms: inJest(['죽일 거', '죽일거'], ['쓰레기', '분리수거', '설거지', '양말', '빨래', '변기', '애들 데리러', '아이 데리러']) },
      vi: { idioms: inJest(['giết anh', 'giết chồng', 'giết vợ', 'giết nó', 'giết mày'], ['đổ rác', 'vứt rác', 'rửa bát', 'rửa chén', 'tất bẩn', 'vớ bẩn', 'phơi đồ', 'quên đón con', 'quên đón bé', 'quên đón cháu', 'quên đổ rác', 'quên rửa']) },
      ne: { idioms: inJest(['मारिदिन्छु', 'मार्छु', 'maridinchhu', 'maridinchu', 'marchhu', 'marchu'], ['भाँडा', 'मोजा', 'फोहोर', 'लुगा धु', 'मःम', 'मम खा', 'moja', 'fohor', 'momo']) },
      tl: {
        idioms: [
          ...inJest(['papatayin kita', 'papatayin ko', 'patayin ko'], ['basura', 'hugasin', 'hugasan', 'pinggan', 'medyas', 'labada', 'sinampay', 'pinost', 'ipost', 'i post', 'sunduin']),
          ...['papatayin ko', 'patayin ko'].flatMap((k) => ['pag', 'kapag', 'kung'].flatMap((i) => ['basura', 'pinggan', 'medyas', 'labada', 'sinampay', 'pinost', 'ipost', 'sunduin'].map((t) => `${k}...${i}...${t}`))),
        ],
      },
      pt: { idioms: inJest(['te mata', 'te matar', 'te mato', 'matar ele', 'matar ela'], ['lixo', 'louça', 'meias', 'meia suja', 'toalha molhada', 'tampa do vaso', 'buscar as crianças', 'buscar o filho', 'buscar a filha', 'foto de bebê']) },
      id: { idioms: inJest(['bunuh kamu', 'bunuh dia', 'kubunuh'], ['sampah', 'cuci piring', 'piring kotor', 'kaos kaki', 'jemuran', 'lupa jemput', 'jemput anak', 'foto bayi']) },
    },
  },
  {
    // A small burn at home, cooled and asked about: a child's hand «チャイの湯で少し»,
    // «छोरीको हात चियाको पानीले अलिकति पोल्यो, चिसो पानीमा राखें», "ran it under cold water", 「冷水で冷やした」
    // — first aid, not scalding water poured on a child, nor a cold-water punishment. Only the words of a
    // small burn or of cooling it are quiet: water poured or thrown, skin peeling, blisters over a large
    // area still alarm.
    name: 'a small burn at home, cooled under cold water',
    signal: null,
    words: {
      ja: { idioms: ['ちょっとやけど', '少しやけど', 'すこしやけど', '軽いやけど', 'かるいやけど', '水で冷や', 'みずでひや', '流水で冷や', 'りゅうすいでひや'] },
      en: { idioms: ['under cold water', 'under the cold tap', 'under cold running water', 'in cold water for', 'small burn', 'minor burn', 'little burn', 'burned...a little', 'burnt...a little', 'burned...a bit', 'burnt...a bit'] },
      zh: { idioms: ['烫了一下', '烫到一下', '烫了一点', '轻微烫伤', '小烫伤', '用冷水冲', '冷水冲了', '冲了冷水', '冲冷水', '用凉水冲', '凉水冲了'] },
      ko: { idioms: ['살짝 데었', '살짝 데였', '살짝 뎄', '조금 데었', '조금 데였', '찬물에 식혔', '찬물로 식혔', '찬물에 식히', '찬물로 식히', '흐르는 물에 식'] },
      vi: { idioms: ['bỏng nhẹ...nước sôi', 'nước sôi...bỏng nhẹ', 'bỏng nhẹ...nước nóng', 'nước nóng...bỏng nhẹ', 'ngâm nước lạnh', 'ngâm vào nước lạnh', 'ngâm tay vào nước lạnh', 'xả nước lạnh', 'xả dưới vòi nước lạnh'] },
      ne: { idioms: ['अलिकति पोल्यो', 'अलिकति पोलेको', 'तातो पानीले अलिकति', 'चियाको पानीले अलिकति', 'तातो चियाले अलिकति', 'तातो दूधले अलिकति', 'थोरै पोल्यो', 'थोरै पोलेको', 'चिसो पानीमा राखें', 'चिसो पानीमा राखेँ', 'चिसो पानीमा राखे', 'चिसो पानीमा डुबाएँ', 'alikati polyo', 'thorai polyo', 'chiso pani ma rakhe'] },
      tl: { idioms: ['napaso ng mainit...maliit lang', 'napaso...maliit lang', 'maliit lang...napaso', 'konting paso', 'bahagyang napaso', 'napaso nang konti', 'napaso ng konti', 'binabad sa malamig na tubig', 'pinaagusan ng malamig na tubig'] },
      pt: { idioms: ['queimou um pouco', 'queimou só um pouco', 'queimadura leve', 'queimadurinha', 'coloquei na água fria', 'deixei na água fria', 'coloquei embaixo da água fria', 'água fria corrente'] },
      id: { idioms: ['air panas sedikit', 'air panas dikit', 'kena air panas sedikit', 'kecipratan air panas', 'luka bakar ringan', 'aliri air dingin', 'dialiri air dingin', 'sudah aku siram air dingin', 'udah aku siram air dingin', 'sudah disiram air dingin', 'kompres air dingin'] },
    },
  },
  {
    // Asking what the signs of a heart attack or a stroke are, to be ready («Kalau suami kena serangan
    // jantung, tanda-tandanya apa aja ya? Biar aku siap», "Quais são os sinais de infarto?"): a question
    // about a danger, not one now. Only the question's own words are quiet: "he has the signs of a heart
    // attack", chest pain with sweat, a face drooping still alarm.
    name: 'asking the signs of a heart attack or a stroke',
    signal: null,
    words: {
      ja: { idioms: ['心筋梗塞', '心臓発作', '脳卒中', '脳梗塞'].flatMap((x) => [`${x}の前兆って`, `${x}の症状って`, `${x}の前兆はどんな`, `${x}の症状はどんな`, `${x}の前兆を教え`, `${x}の症状を教え`]) },
      en: { idioms: ['heart attack', 'stroke'].flatMap((x) => [`what are the signs of a ${x}`, `what are the symptoms of a ${x}`, `what are the warning signs of a ${x}`, `how do i know if its a ${x}`, `how to recognise a ${x}`, `how to recognize a ${x}`]) },
      zh: { idioms: ['心梗', '心肌梗塞', '心脏病发作', '中风', '脑梗'].flatMap((x) => [`${x}有什么症状`, `${x}有什么征兆`, `${x}有哪些症状`, `${x}有哪些征兆`, `${x}的症状是什么`, `${x}的征兆是什么`]) },
      ko: { idioms: ['심근경색', '심장마비', '뇌졸중', '뇌경색'].flatMap((x) => [`${x} 전조 증상이 뭐`, `${x} 증상이 뭐`, `${x} 전조증상이 뭐`, `${x} 증상은 뭐`, `${x} 증상이 어떤`]) },
      vi: { idioms: ['nhồi máu cơ tim', 'đau tim', 'đột quỵ', 'tai biến'].flatMap((x) => [`dấu hiệu ${x} là gì`, `triệu chứng ${x} là gì`, `dấu hiệu của ${x} là gì`, `triệu chứng của ${x} là gì`, `nhận biết ${x}`]) },
      ne: { idioms: ['हृदयघात', 'मुटुको आक्रमण', 'हार्ट अट्याक', 'स्ट्रोक', 'पक्षघात'].flatMap((x) => [`${x}का लक्षण के`, `${x}को लक्षण के`, `${x}का संकेत के`]) },
      tl: { idioms: ['atake sa puso', 'heart attack', 'stroke'].flatMap((x) => [`ano po ang sintomas ng ${x}`, `ano ang sintomas ng ${x}`, `ano ang mga sintomas ng ${x}`, `ano po ang mga sintomas ng ${x}`, `ano ang senyales ng ${x}`, `ano po ang senyales ng ${x}`, `ano ang mga senyales ng ${x}`, `paano malalaman kung ${x}`]) },
      pt: { idioms: ['infarto', 'um infarto', 'avc', 'um avc', 'derrame', 'um derrame', 'ataque cardíaco'].flatMap((x) => [`quais são os sinais de ${x}`, `quais os sinais de ${x}`, `quais são os sintomas de ${x}`, `quais os sintomas de ${x}`, `como saber se é ${x}`, `como reconhecer ${x}`]) },
      id: {
        idioms: [
          ...['serangan jantung', 'stroke'].flatMap((x) => ['gejala', 'tanda tanda', 'ciri ciri'].flatMap((g) => [`${g} ${x} itu apa`, `${g} ${x} apa aja`, `${g} ${x} apa saja`, `apa saja ${g} ${x}`, `apa aja ${g} ${x}`, `apa ${g} ${x}`])),
          'serangan jantung...tanda tandanya apa', 'stroke...tanda tandanya apa', 'serangan jantung...gejalanya apa', 'stroke...gejalanya apa',
        ],
      },
    },
  },
  {
    // Habits that took over, and lines that only look like a crisis: a scene of a hanging in a drama,
    // a child asking what suicide is, a doctor's "you'll die if you go on like this", a stranger's
    // suicide read in the paper, a debt that "strangles", a craving that makes one "want to die",
    // a drunk housemate snoring with his breath normal, a question about pills after a glass of wine,
    // someone lost and brought home by the police, "no violence or anything", self-harm in one's school
    // days (a frame of time; the recovery must still be said), "if there were an earthquake…", a year
    // long past. A quote of the writer's own wish, a breath that is NOT normal, pills taken now, the
    // police bringing no one home still alarm.
    name: 'habits that took over; scenes, news and questions that only look like a crisis',
    signal: null,
    words: {
      ja: {
        idioms: ['首を吊るシーン', '首を吊る場面', '首吊りのシーン', '首吊りシーン', '首をつるシーン', 'くびをつるしーん', '自殺するシーン', '自殺する場面', 'じさつするしーん', '手首を切るシーン', 'リストカットのシーン', '飛び降りのシーン',
          '死にますよって', '死ぬよって言われ', '死ぬよと言われ', '死にますよと言われ', 'しにますよって', 'しぬよっていわれ', '死んじゃうよって言われ'],
        framing: { past: ['学生の頃', '学生のころ', 'がくせいのころ', '高校の頃', '高校のころ', 'こうこうのころ', '中学の頃', '中学のころ', '高校生の頃', '中学生の頃', '大学の頃', '学生時代'] },
      },
      en: {
        idioms: ['what is suicide', 'what does suicide mean', 'what suicide means', 'not suicidal or anything', 'im not suicidal or anything', 'take my sleeping pills after a', 'take sleeping pills after a', 'take my sleeping pills with a glass', 'take sleeping pills with a glass', 'take my pills after a glass', 'take my pills with a glass'],
        framing: { past: ['in 2005', 'in 2006', 'in 2007', 'in 2008', 'in 2009', 'in 2010', 'in 2011', 'in 2012', 'in 2013', 'in 2014', 'in 2015', 'in 2016', 'in 2017', 'in 2018', 'in 2019', 'in 2020', 'in 2021', 'in 2022', 'in 2023', 'in 2024', 'in 2025', 'back in 2005', 'back in 2006', 'back in 2007', 'back in 2008', 'back in 2009', 'back in 2010', 'back in 2011', 'back in 2012', 'back in 2013', 'back in 2014', 'back in 2015', 'back in 2016', 'back in 2017', 'back in 2018', 'back in 2019', 'back in 2020', 'back in 2021', 'back in 2022', 'back in 2023', 'back in 2024', 'back in 2025'] },
      },
      zh: {
        idioms: ['戒到想死', '戒烟戒到想死', '戒酒戒到想死', '戒赌戒到想死', '没有想自杀啦', '没有要自杀啦', '不是想自杀啦'],
        framing: { report: ['恐怖游戏', '在直播玩', '直播玩游戏', '结果是在直播', '原来是在直播'] },
      },
      ko: {
        idioms: ['죽고 싶은 건 아니고', '죽고 싶은 건 아니에요', '죽고 싶은 건 아니지만', '자살하고 싶은 건 아니고', '폭력 같은 건 없', '폭력 같은 거 없', '폭력 같은 거는 없', '폭력 같은 건 전혀 없', '폭력 같은 건 안', '자살이 뭐', '자살이 뭐예요'],
        framing: { past: ['고등학생 때', '중학생 때', '고등학교 때', '중학교 때', '대학생 때', '학생 때', '고딩 때', '중딩 때', '학창시절'], report: ['공포게임', '공포 게임', '게임 방송', '게임방송'] },
      },
      vi: {
        idioms: ['đọc báo thấy...tự tử', 'đọc báo thấy...tự sát', 'đọc báo...có bạn...tự tử', 'báo đăng...tự tử', 'lên báo...tự tử', 'xem tin...tự tử', 'tự tử là gì'],
        framing: { past: ['năm 2005', 'năm 2006', 'năm 2007', 'năm 2008', 'năm 2009', 'năm 2010', 'năm 2011', 'năm 2012', 'năm 2013', 'năm 2014', 'năm 2015', 'năm 2016', 'năm 2017', 'năm 2018', 'năm 2019', 'năm 2020', 'năm 2021', 'năm 2022', 'năm 2023', 'năm 2024', 'năm 2025', 'hồi 2005', 'hồi 2006', 'hồi 2007', 'hồi 2008', 'hồi 2009', 'hồi 2010', 'hồi 2011', 'hồi 2012', 'hồi 2013', 'hồi 2014', 'hồi 2015', 'hồi 2016', 'hồi 2017', 'hồi 2018', 'hồi 2019', 'hồi 2020', 'hồi 2021', 'hồi 2022', 'hồi 2023', 'hồi 2024', 'hồi 2025'] },
      },
      ne: {
        idioms: ['समाचारमा...आत्महत्या गरे', 'पत्रिकामा...आत्महत्या गरे', 'आत्महत्या गरेको समाचार', 'आत्महत्या गरेछन्', 'आत्महत्या गरेछ', 'पुलिसले ल्याइदि', 'पुलिसले घर ल्याइदि', 'प्रहरीले ल्याइदि', 'प्रहरीले घर ल्याइदि', 'पुलिसले खोजेर ल्याइदि', 'प्रहरीले खोजेर ल्याइदि'],
        framing: { past: ['भने के गर्ने', 'भने के गर्नुपर्छ', 'bhane k garne', 'bhane ke garne'] },
      },
      tl: {
        idioms: ['ano yung suicide', 'ano ang suicide', 'ano ba yung suicide', 'ano ba ang suicide', 'ano yung pagpapakamatay', 'ano ang pagpapakamatay', 'ano ibig sabihin ng suicide', 'ano ang ibig sabihin ng suicide', 'ano yung nagpakamatay', 'ano ang nagpakamatay'],
        framing: { past: ['noong 2005', 'noong 2006', 'noong 2007', 'noong 2008', 'noong 2009', 'noong 2010', 'noong 2011', 'noong 2012', 'noong 2013', 'noong 2014', 'noong 2015', 'noong 2016', 'noong 2017', 'noong 2018', 'noong 2019', 'noong 2020', 'noong 2021', 'noong 2022', 'noong 2023', 'noong 2024', 'noong 2025', 'nung 2005', 'nung 2006', 'nung 2007', 'nung 2008', 'nung 2009', 'nung 2010', 'nung 2011', 'nung 2012', 'nung 2013', 'nung 2014', 'nung 2015', 'nung 2016', 'nung 2017', 'nung 2018', 'nung 2019', 'nung 2020', 'nung 2021', 'nung 2022', 'nung 2023', 'nung 2024', 'nung 2025'] },
      },
      pt: {
        idioms: ['o que é suicídio', 'o que é se matar'],
        framing: { past: ['em 2005', 'em 2006', 'em 2007', 'em 2008', 'em 2009', 'em 2010', 'em 2011', 'em 2012', 'em 2013', 'em 2014', 'em 2015', 'em 2016', 'em 2017', 'em 2018', 'em 2019', 'em 2020', 'em 2021', 'em 2022', 'em 2023', 'em 2024', 'em 2025'] },
      },
      id: {
        idioms: [...['utang mencekik', 'utang ini mencekik', 'utang ini bener bener mencekik', 'utang ini benar benar mencekik', 'utang bener bener mencekik', 'utang benar benar mencekik', 'utang sangat mencekik', 'utang makin mencekik', 'utang udah mencekik', 'utangnya mencekik', 'utangnya ini mencekik', 'utangnya ini bener bener mencekik', 'utangnya ini benar benar mencekik', 'utangnya bener bener mencekik', 'utangnya benar benar mencekik', 'utangnya sangat mencekik', 'utangnya makin mencekik', 'utangnya udah mencekik', 'hutang mencekik', 'hutang ini mencekik', 'hutang ini bener bener mencekik', 'hutang ini benar benar mencekik', 'hutang bener bener mencekik', 'hutang benar benar mencekik', 'hutang sangat mencekik', 'hutang makin mencekik', 'hutang udah mencekik', 'hutangnya mencekik', 'hutangnya ini mencekik', 'hutangnya ini bener bener mencekik', 'hutangnya ini benar benar mencekik', 'hutangnya bener bener mencekik', 'hutangnya benar benar mencekik', 'hutangnya sangat mencekik', 'hutangnya makin mencekik', 'hutangnya udah mencekik', 'pinjol mencekik', 'pinjol ini mencekik', 'pinjol ini bener bener mencekik', 'pinjol ini benar benar mencekik', 'pinjol bener bener mencekik', 'pinjol benar benar mencekik', 'pinjol sangat mencekik', 'pinjol makin mencekik', 'pinjol udah mencekik', 'pinjolnya mencekik', 'pinjolnya ini mencekik', 'pinjolnya ini bener bener mencekik', 'pinjolnya ini benar benar mencekik', 'pinjolnya bener bener mencekik', 'pinjolnya benar benar mencekik', 'pinjolnya sangat mencekik', 'pinjolnya makin mencekik', 'pinjolnya udah mencekik', 'cicilan mencekik', 'cicilan ini mencekik', 'cicilan ini bener bener mencekik', 'cicilan ini benar benar mencekik', 'cicilan bener bener mencekik', 'cicilan benar benar mencekik', 'cicilan sangat mencekik', 'cicilan makin mencekik', 'cicilan udah mencekik', 'cicilannya mencekik', 'cicilannya ini mencekik', 'cicilannya ini bener bener mencekik', 'cicilannya ini benar benar mencekik', 'cicilannya bener bener mencekik', 'cicilannya benar benar mencekik', 'cicilannya sangat mencekik', 'cicilannya makin mencekik', 'cicilannya udah mencekik', 'bunga mencekik', 'bunga ini mencekik', 'bunga ini bener bener mencekik', 'bunga ini benar benar mencekik', 'bunga bener bener mencekik', 'bunga benar benar mencekik', 'bunga sangat mencekik', 'bunga makin mencekik', 'bunga udah mencekik', 'bunganya mencekik', 'bunganya ini mencekik', 'bunganya ini bener bener mencekik', 'bunganya ini benar benar mencekik', 'bunganya bener bener mencekik', 'bunganya benar benar mencekik', 'bunganya sangat mencekik', 'bunganya makin mencekik', 'bunganya udah mencekik', 'tagihan mencekik', 'tagihan ini mencekik', 'tagihan ini bener bener mencekik', 'tagihan ini benar benar mencekik', 'tagihan bener bener mencekik', 'tagihan benar benar mencekik', 'tagihan sangat mencekik', 'tagihan makin mencekik', 'tagihan udah mencekik', 'tagihannya mencekik', 'tagihannya ini mencekik', 'tagihannya ini bener bener mencekik', 'tagihannya ini benar benar mencekik', 'tagihannya bener bener mencekik', 'tagihannya benar benar mencekik', 'tagihannya sangat mencekik', 'tagihannya makin mencekik', 'tagihannya udah mencekik', 'biaya hidup mencekik', 'biaya hidup ini mencekik', 'biaya hidup ini bener bener mencekik', 'biaya hidup ini benar benar mencekik', 'biaya hidup bener bener mencekik', 'biaya hidup benar benar mencekik', 'biaya hidup sangat mencekik', 'biaya hidup makin mencekik', 'biaya hidup udah mencekik', 'harga mencekik', 'harga ini mencekik', 'harga ini bener bener mencekik', 'harga ini benar benar mencekik', 'harga bener bener mencekik', 'harga benar benar mencekik', 'harga sangat mencekik', 'harga makin mencekik', 'harga udah mencekik'], 'baca berita...bunuh diri', 'lihat berita...bunuh diri', 'di berita...bunuh diri', 'napasnya normal kok', 'nafasnya normal kok', 'napasnya normal aja', 'nafasnya normal aja', 'napasnya masih normal kok', 'nafasnya masih normal kok'],
        framing: { past: ['kalau ada gempa...ada orang', 'jika ada gempa...ada orang', 'kalau terjadi gempa...ada orang', 'jika terjadi gempa...ada orang', 'kalau ada gempa...ada yang', 'jika ada gempa...ada yang', 'kalau gempa...ada orang', ...['tahun 2005', 'tahun 2006', 'tahun 2007', 'tahun 2008', 'tahun 2009', 'tahun 2010', 'tahun 2011', 'tahun 2012', 'tahun 2013', 'tahun 2014', 'tahun 2015', 'tahun 2016', 'tahun 2017', 'tahun 2018', 'tahun 2019', 'tahun 2020', 'tahun 2021', 'tahun 2022', 'tahun 2023', 'tahun 2024', 'tahun 2025', 'pada 2005', 'pada 2006', 'pada 2007', 'pada 2008', 'pada 2009', 'pada 2010', 'pada 2011', 'pada 2012', 'pada 2013', 'pada 2014', 'pada 2015', 'pada 2016', 'pada 2017', 'pada 2018', 'pada 2019', 'pada 2020', 'pada 2021', 'pada 2022', 'pada 2023', 'pada 2024', 'pada 2025']] },
      },
    },
  },
  {
    // A wish to die or self-harm told in the past tense, with the recovery said in the same sentence
    // (「死にたいと思っていましたが…今はだいぶ落ち着いて」, 想过结束生命，现在已经稳定, «pensei em me matar… hoje
    // tô bem», "sempat ingin bunuh diri… sekarang sudah pulih"); the act needs its past form or an old time
    // ("self-harmed as a teen… been clean"), so "I self-harmed again last night, I'd been clean" still alarms.
    // Hyperbole of a grind or a letter said with a laugh (签证材料准备得我想死哈哈, 看到我想死XD); a friend's
    // catchphrase; a child told "go die" by classmates; not allowed out with friends (control, no locked door).
    name: 'a wish to die or self-harm told as past with the recovery said; a grind that "kills" said laughing; a friend’s catchphrase; told “go die” by classmates; not allowed out with friends',
    signal: null,
    words: {
      ja: {
        idioms: [
          ...['死にたい', 'しにたい', '消えたい', 'きえたい'].flatMap((w) => ['と思ってました', 'と思っていました', 'と思ってた', 'と思っていた', 'と思った時期', 'と思ったことが', 'とおもってました', 'とおもっていました', 'とおもってた', 'とおもっていた', 'とおもったじき', 'とおもったことが'].flatMap((p) =>
            ['今は落ち着いて', '今はだいぶ落ち着いて', '今はかなり落ち着いて', '今はすっかり落ち着いて', '今は元気', '今は大丈夫', '今はもう大丈夫', '今は安定して', 'いまはおちついて', 'いまはだいぶおちついて', 'いまはげんき', 'いまはだいじょうぶ', 'いまはあんていして'].map((n) => `${w}${p}...${n}`))),
          ...['リストカット', 'りすとかっと', 'リスカ', '自傷', 'じしょう'].flatMap((act) =>
            ['もう...年以上してな', 'もう...年以上してません', 'もう...年してな', 'もう...年してません', '何年もしてな', '何年もしてません', 'なんねんもしてな', 'なんねんもしてません'].map((n) => `${act}...${n}`)),
        ],
      },
      en: {
        idioms: [
          ...['self harmed', 'self harm', 'cut myself', 'attempted suicide', 'tried to kill myself', 'overdosed'].flatMap((act) =>
            ['as a teen', 'in my teens', 'in high school', 'in school', 'at school', 'at uni', 'in college', 'years ago', 'when i was younger', 'when i was young'].flatMap((old) =>
              ['been clean', 'clean for', 'clean since', 'years clean', 'fine now', 'doing well now', 'recovered'].map((n) => `${act} ${old}...${n}`))),
          ...['used to self harm', 'used to cut myself'].flatMap((act) => ['been clean', 'clean for', 'years clean', 'fine now', 'doing well now', 'recovered'].map((n) => `${act}...${n}`)),
          // someone else's word, reported: "she says she's not suicidal, just sad"
          ...['says', 'said', 'told me', 'tells me'].flatMap((v) => ['shes not suicidal', 'she s not suicidal', 'she is not suicidal', 'she isnt suicidal', 'hes not suicidal', 'he s not suicidal', 'he is not suicidal', 'he isnt suicidal', 'theyre not suicidal', 'they are not suicidal'].map((d) => `${v} ${d}`)),
        ],
      },
      zh: {
        idioms: [
          ...['想过结束生命', '想过自杀', '想过轻生', '想过去死', '有过轻生的念头', '有过自杀的念头', '有过想死的念头', '曾经想死', '以前想死', '之前想死', '那时候想死'].flatMap((act) =>
            ['现在已经稳定', '现在稳定', '现在已经好了', '现在好了', '现在很好', '现在好多了', '已经好多了', '现在没事', '已经康复', '已经走出来', '现在已经走出来'].map((n) => `${act}...${n}`)),
          // X made me want to die, said laughing: a grind or a letter
          ...['得我想死', '到我想死', '得想死', '到想死'].flatMap((h) => ['哈哈', 'xd', '笑死', 'lol', 'hhh', '2333'].map((l) => `${h}...${l}`)),
          '上到想死', '做到想死', '写到想死', '改到想死', '读到想死', '念到想死', '背到想死', '考到想死', '加到想死', '搬到想死', '排队排到想死',
          // a child told "go die" by classmates (bullying, the school's matter), not the child's own wish
          '被同学说去死', '被同学骂去死', '被同学叫去死', '同学叫他去死', '同学叫她去死', '同学叫我去死', '同学说他去死', '同学说她去死', '同学骂他去死', '同学骂她去死', '同学对他说去死', '同学对她说去死', '被人说去死', '被人骂去死', '被骂去死',
        ],
      },
      ko: {
        idioms: [
          ...['친구가', '친구는', '걔가', '걔는'].flatMap((f) => ['죽고 싶다', '죽고싶다'].flatMap((w) => ['말버릇', '입버릇'].map((h) => `${f}...${w}...${h}`))),
          ...['자해했었', '자해를 했었', '자해 했었', '자살 시도했었', '자살 시도를 했었'].flatMap((act) => [...Array.from({ length: 30 }, (_, i) => [`안 한 지 ${i + 1}년`, `안 한지 ${i + 1}년`]).flat(), '안 한 지 오래', '안 한지 오래', '안 한 지 몇 년', '안 한지 몇 년'].map((n) => `${act}...${n}`)),
        ],
      },
      vi: {
        // (no past-wish idioms in Vietnamese: see the concept of self-harm long past) a child told "go die" by classmates
        idioms: ['bị bạn nói chết đi', 'bị bạn bảo chết đi', 'bị bạn chửi chết đi', 'bị bạn cùng lớp nói chết đi', 'bị bạn cùng lớp bảo chết đi', 'bị bạn cùng lớp chửi chết đi', 'bị bạn bảo đi chết đi', 'bị bạn nói đi chết đi', 'bị bạn học nói chết đi', 'bị bạn học bảo chết đi'],
      },
      ne: {
        idioms: [
          ...['आत्महत्याको सोच', 'आत्महत्याको विचार', 'आत्महत्या गर्ने सोच', 'आत्महत्या गर्ने विचार'].flatMap((a) => ['आउँथ्यो', 'आएको थियो', 'आउने गर्थ्यो'].flatMap((p) =>
            ['अहिले पूरै ठीक', 'अहिले पूरै ठिक', 'अहिले ठीक छु', 'अहिले ठिक छु', 'अहिले सन्चै छु', 'अहिले निको', 'अहिले पूर्ण रूपमा ठीक'].map((n) => `${a}...${p}...${n}`))),
        ],
      },
      tl: {
        idioms: [
          // not allowed out with friends: control, not a locked door («bawal akong lumabas ng bahay» still alarms)
          ...['bawal akong lumabas kasama', 'bawal ako lumabas kasama', 'bawal lumabas kasama', 'hindi ako pwedeng lumabas kasama', 'di ako pwedeng lumabas kasama', 'hindi ako pinapayagang lumabas kasama', 'di ako pinapayagang lumabas kasama'].flatMap((o) => ['friends', 'barkada', 'kaibigan', 'katrabaho', 'officemates'].map((f) => `${o}...${f}`)),
          ...['muntik na ko mag-suicide', 'muntik na akong mag-suicide', 'muntik na ako mag-suicide', 'muntik na kong magpakamatay', 'muntik na akong magpakamatay', 'muntik na ako magpakamatay', 'nag-attempt ako mag-suicide', 'nagtangka akong mag-suicide'].flatMap((act) =>
            ['naka-recover na', 'nakarecover na', 'recovered na', 'okay na ako', 'ok na ako', 'ayos na ako', 'magaling na ako'].map((n) => `${act}...${n}`)),
        ],
      },
      pt: {
        idioms: [
          ...['pensei em me matar', 'pensava em me matar', 'pensei em suicídio', 'pensava em suicídio', 'pensei em tirar minha vida', 'pensava em tirar minha vida', 'pensei em morrer', 'pensava em morrer', 'quis me matar'].flatMap((act) =>
            ['hoje estou bem', 'hoje tô bem', 'hoje to bem', 'agora estou bem', 'agora tô bem', 'hoje estou melhor', 'hoje tô melhor', 'já me recuperei', 'estou bem agora', 'tô bem agora'].map((n) => `${act}...${n}`)),
        ],
      },
      id: {
        idioms: [
          ...['sempat', 'pernah', 'dulu'].flatMap((t) => ['ingin', 'mau', 'pengen', 'kepikiran'].flatMap((w) => [`${t} ${w} bunuh diri`, `${t}...${w} bunuh diri`])).flatMap((act) =>
            ['sekarang sudah pulih', 'sekarang udah pulih', 'sekarang sudah baik', 'sekarang udah baik', 'sekarang sudah membaik', 'sekarang sudah sembuh', 'sekarang udah sembuh', 'sekarang sudah stabil', 'sudah pulih', 'udah pulih'].map((n) => `${act}...${n}`)),
        ],
      },
    },
  },
  {
    // Practical questions that only mention a weapon, a death, a blow or a wish to die (pass F,
    // seventeenth session): a gun or a knife asked about as law (a licence, may I keep it); a child hit
    // by a classmate; siblings squabbling "I'll kill you"; a room where someone once died by suicide
    // (事故物件); if I get hurt at work, does the insurance cover it; "not suicidal, just lonely"; the
    // injured already taken by ambulance; a boss's "you're worthless"; an exam that "will kill me";
    // crying at a drama "to death", laughing. Each silences only its own crisis word: a threat, a blow
    // at home, a wish to die said beside it still alarm. (Every list names the benign half outright.)
    name: 'a weapon asked about as law; a classmate’s blow; siblings’ “I’ll kill you”; a flat where someone once died; hurt at work and insured; not suicidal, just lonely; gone by ambulance already; a boss’s insult; an exam that “kills”; crying at a drama',
    signal: null,
    words: {
      ja: {
        idioms: [
          '銃の免許', 'じゅうのめんきょ', '銃の所持許可', 'じゅうのしょじきょか', '猟銃の免許', '狩猟免許', 'しゅりょうめんきょ', '銃刀法', 'じゅうとうほう',
          // a child hit by a classmate at school: the school's matter (a parent's blow at home still alarms)
          ...['友達に', 'ともだちに', '同級生に', 'どうきゅうせいに', 'クラスの子に', 'くらすのこに', '上級生に', 'じょうきゅうせいに', '他の子に', 'ほかの子に', 'ほかのこに', 'けんかで', 'ケンカで', '喧嘩で'].flatMap((by) => ['叩かれ', 'たたかれ', '殴られ', 'なぐられ', '蹴られ', 'けられ'].flatMap((hit) => ['た', 'て', 'ま'].map((tail) => `${by}${hit}${tail}`))),
          // a boss's or a customer's insult at work (パワハラ), not a parent's to a child
          ...['上司', 'じょうし', '先輩', 'せんぱい', '部長', 'ぶちょう', '課長', 'かちょう', '社長', 'しゃちょう', '店長', 'てんちょう', '主任', '同僚', 'どうりょう', '取引先', 'お客'].flatMap((boss) =>
            ['お前なんか', 'おまえなんか'].flatMap((said) => [`${boss}に...${said}`, `${boss}から...${said}`, `${said}...${boss}に`, `${said}...${boss}から`])),
          // a room where someone once died (事故物件)
          ...['自殺があった部屋', '自殺があった物件', '自殺があったへや', 'じさつがあったへや', '前の住人が自殺', 'まえのじゅうにんがじさつ', '前の人が自殺', '事故物件'],
        ],
        // 「まえは しにたいと おもった。いまは…げんき」: a wish told as before, for the recovery said after it
        // (see `selfHarmOver`; 「名前は」 is no "before", so the wish is part of the frame)
        framing: { past: ['前は死にたい', '前はしにたい', 'まえはしにたい', '前は消えたい', 'まえはきえたい', '昔は死にたい', 'むかしはしにたい', '以前は死にたい', 'いぜんはしにたい', '前はリストカット', 'まえはりすとかっと', '前は自傷', 'まえはじしょう'] },
      },
      en: {
        idioms: [
          'gun license', 'gun licence', 'gun licenses', 'gun licences', 'gun permit', 'firearm license', 'firearms license', 'firearm licence', 'firearms licence', 'firearms permit', 'hunting license', 'hunting licence', 'hunting rifle', 'hunting gun', 'gun laws', 'gun law$', 'gun ownership', 'own a gun in japan', 'have a gun in japan', 'legal to own a gun', 'legal to carry a knife', 'knife laws',
          // siblings squabbling: a child's "I'll kill you" to a brother or sister
          ...['my son', 'my daughter', 'my kid', 'my boy', 'my girl', 'my little one'].flatMap((kid) =>
            ['ill kill you', 'i will kill you', 'im going to kill you', 'im gonna kill you', 'i ll kill you'].flatMap((kill) =>
              ['to his brother', 'to his sister', 'to her brother', 'to her sister', 'at his brother', 'at his sister', 'at her brother', 'at her sister', 'to his little', 'to her little', 'to his big', 'to her big'].map((sib) => `${kid}...${kill}...${sib}`))),
          // a room where someone once died by suicide
          'someone killed themselves in the', 'someone killed himself in the', 'someone killed herself in the', 'someone committed suicide in the', 'previous tenant killed', 'previous tenant committed suicide', 'last tenant killed', 'last tenant committed suicide',
          // "not suicidal, just lonely": the benign half named outright («…just want to disappear» is not here)
          ...['im not suicidal', 'i am not suicidal', 'not suicidal', 'i dont want to kill myself', 'i do not want to kill myself'].flatMap((no) =>
            ['just', 'im just', 'i am just', 'only'].flatMap((just) => ['lonely', 'homesick', 'bored', 'want to talk', 'need someone to talk to', 'need to talk'].map((what) => `${no} ${just} ${what}`))),
          // thought it was a stroke or a heart attack, but it was something mild: a scare that was none
          ...['thought', 'was sure', 'worried'].flatMap((t) => ['having a stroke', 'had a stroke', 'having a heart attack', 'had a heart attack', 'having a seizure'].flatMap((e) =>
            ['but it was just', 'but it was only', 'but it was nothing', 'but it was low blood'].map((but) => `${t}...${e}...${but}`))),
        ],
      },
      zh: {
        idioms: [
          '持枪证', '枪支执照', '持枪执照', '枪械执照', '猎枪执照', '狩猎执照', '狩猎证', '猎枪证', '枪支管理', '持枪许可', '管制刀具',
          ...['被同学', '被同班同学', '被班上同学', '被其他小朋友', '被别的小朋友', '被小朋友', '被其他孩子', '被别的孩子', '被别的小孩', '被其他小孩', '被高年级', '被学长', '被学姐'].flatMap((by) => ['打', '推', '踢', '欺负'].flatMap((hit) => ['了', '过', '的', '得', '伤', '哭'].map((tail) => `${by}${hit}${tail}`))),
          // a child shouting "kill you" at a game, the shout itself named (a partner's threat over a game is no game's)
          ...['儿子', '孩子', '女儿', '小孩', '弟弟'].flatMap((kid) => ['游戏', '打机', '打电动'].flatMap((game) => ['大叫', '喊', '吼', '叫'].flatMap((shout) => ['杀死你', '杀了你', '去死'].map((kill) => `${kid}...${game}...${shout}...${kill}`)))),
          '凶宅', '有人自杀过的房子', '有人自杀过的房间', '前租客自杀', '前房客自杀',
          ...['不是想死', '不是要自杀', '没有想死', '没想自杀', '不想自杀'].flatMap((no) => ['只是', '就是', '只是有点', '就是有点', '只是很', '就是很'].flatMap((just) => ['孤独', '寂寞', '想家', '无聊', '想找人聊', '想找人说话'].map((what) => `${no}${just}${what}`))),
        ],
      },
      ko: {
        idioms: [
          '총기 면허', '총기 소지 허가', '총기소지허가', '사냥 면허', '수렵 면허', '엽총',
          ...['친구한테', '친구에게', '같은 반 친구한테', '같은 반 애한테', '반 친구한테', '다른 애한테', '다른 아이한테', '선배한테'].flatMap((by) => ['맞았', '맞고', '맞아서', '맞은'].map((hit) => `${by} ${hit}`)),
          '자살한 집', '자살이 있었던 집', '자살이 있었던 방', '사고 물건',
        ],
        // «손찌검한 적은 한 번도 없어요»: never once
        crisisNegation: { before: [], after: ['적은 한 번도 없', '적은 한번도 없', '적이 한 번도 없', '적이 한번도 없', '적은 단 한 번도', '적은 없', '적이 없', '적은 전혀 없'] },
      },
      vi: {
        idioms: [
          'giấy phép súng', 'giấy phép sử dụng súng', 'giấy phép giữ súng', 'giấy phép săn', 'súng săn', 'bằng săn bắn',
          // a boss at work touching the writer: sexual harassment at work (women, rights), not a child abused
          ...['ông chủ quán', 'chủ quán', 'ông chủ tiệm', 'chủ tiệm', 'ông chủ nhà hàng', 'ông chủ công ty', 'ông chủ xưởng', 'sếp', 'quản lý', 'tổ trưởng', 'tiền bối'].flatMap((boss) =>
            ['sờ vào người em', 'sờ người em', 'sờ mó em', 'sờ soạng em', 'sờ vào người tôi', 'sờ người tôi', 'sờ mó tôi', 'sờ soạng tôi', 'sờ vào người mình', 'sờ vào em', 'sờ vào tôi'].map((touch) => `${boss}...${touch}`)),
          'có người tự tử trong phòng', 'có người tự tử ở phòng', 'có người tự tử trong căn', 'người thuê trước tự tử',
        ],
      },
      ne: {
        idioms: [
          'बन्दुकको लाइसेन्स', 'banduk ko license', 'bandukko license', 'banduk ko licence', 'sikar ko license', 'shikar ko license', 'hunting license',
          // a room where someone once died by suicide, heard of («…आत्महत्या गरेको थियो रे», jiko bukken)
          'kasaile aatmahatya gareko', 'kasaile atmahatya gareko', 'kasai le aatmahatya gareko', 'कसैले आत्महत्या गरेको', 'aatmahatya gareko thiyo re', 'atmahatya gareko thiyo re', 'आत्महत्या गरेको थियो रे', 'jiko bukken',
          // a thing that "will kill me" (an exam, homework, the heat), said of no person
          ...['jlpt', 'exam', 'test', 'pariksha', 'parikshya', 'kanji', 'homework', 'assignment', 'garmi', 'jaado', 'overtime', 'परीक्षा', 'परिक्षा', 'कान्जी', 'होमवर्क', 'गर्मी', 'जाडो', 'ओभरटाइम'].flatMap((what) =>
            ['ले मलाई मार्छ', 'ले मार्छ', 'ले मलाई मार्नेभयो', 'ले मलाई मार्ने भयो', 'ले मलाई मार्दैछ', 'le malai marchha', 'le malai marcha', 'le marchha', 'le malai marne bhayo'].flatMap((kills) => [`${what} ${kills}`, `${what}${kills}`])),
        ],
        // «गत महिना … हृदयाघात»: last month, last week — a time gone by (as "last month" in English); a wish
        // told as before («pahile marna mann lagthyo», for the recovery said after it: see `selfHarmOver`;
        // «pahile» alone is also "first", so the wish is part of the frame)
        framing: { past: ['pahile marna mann', 'pahile marna man', 'pahile marna khojeko', 'pahile aatmahatya', 'pahile atmahatya', 'पहिले मर्न मन', 'पहिले मर्न खोजेको', 'पहिले आत्महत्या', 'गत महिना', 'गएको महिना', 'अघिल्लो महिना', 'gata mahina', 'gayeko mahina', 'gaeko mahina', 'gata hapta', 'gayeko hapta', 'गत हप्ता', 'गएको हप्ता'] },
      },
      tl: {
        idioms: [
          'lisensya ng baril', 'lisensya sa baril', 'lisensiya ng baril', 'license ng baril', 'permit ng baril', 'hunting license...baril', 'baril...legal ba', 'baril sa bahay...legal', 'legal ba...baril',
          'may nagpakamatay sa kwarto', 'may nagpakamatay sa unit', 'may nagpakamatay sa apartment', 'may nagpakamatay dito dati',
        ],
      },
      pt: {
        idioms: [
          'porte de arma', 'licença de caça', 'licença de arma', 'licença para arma', 'licença pra arma', 'espingarda de caça', 'registro de arma', 'posse de arma',
          // siblings squabbling: a child's "I'll kill you" to a brother or sister
          ...['meu filho', 'minha filha', 'meu menino', 'minha menina', 'as crianças', 'os meninos', 'meus filhos'].flatMap((kid) =>
            ['vou te matar', 'eu te mato', 'te mato', 'vou matar você'].flatMap((kill) =>
              ['pro irmão', 'pra irmã', 'para o irmão', 'para a irmã', 'pro primo', 'pra prima', 'com o irmão', 'com a irmã'].map((sib) => `${kid}...${kill}...${sib}`))),
          // if I get hurt at work, does the insurance (労災) cover it
          ...['se eu me machucar', 'se me machucar', 'caso eu me machuque', 'se eu me acidentar'].flatMap((hurt) =>
            ['cobre', 'seguro', 'rosai', 'acidente de trabalho', 'indenização', 'afastamento'].map((paid) => `${hurt}...${paid}`)),
          'alguém se matou no apartamento', 'alguém se matou no quarto', 'alguém se suicidou no',
          ...['não quero me matar', 'nao quero me matar', 'não vou me matar', 'não penso em me matar'].flatMap((no) => ['só', 'só estou', 'só tô', 'só to', 'apenas'].flatMap((just) => ['com saudade', 'sozinha', 'sozinho', 'triste de saudade', 'querendo conversar', 'quero conversar'].map((what) => `${no} ${just} ${what}`))),
        ],
      },
      id: {
        idioms: [
          'izin senjata', 'izin kepemilikan senjata', 'aturan senjata tajam', 'senjata tajam...boleh', 'boleh...senjata tajam',
          ...['golok', 'pisau', 'parang', 'celurit'].flatMap((blade) => ['buat masak', 'untuk masak', 'buat dapur', 'boleh disimpan', 'boleh dibawa', 'melanggar aturan'].map((why) => `${blade}...${why}`)),
          'udah dibawa ambulans', 'udh dibawa ambulans', 'sudah dibawa ambulans', 'dah dibawa ambulans', 'sdh dibawa ambulans', 'udah diangkut ambulans', 'sudah diangkut ambulans', 'udah dibawa pake ambulans', 'sudah dibawa pakai ambulans',
          'pernah ada yang bunuh diri di kamar', 'pernah ada yang bunuh diri di apartemen', 'ada yang bunuh diri di kamar itu', 'bekas orang bunuh diri',
          // "not suicidal, just homesick": the benign half named outright («…cuma capek hidup» is not here)
          ...['gak mau', 'ga mau', 'nggak mau', 'enggak mau', 'gak pengen', 'ga pengen', 'nggak pengen', 'tidak mau', 'tidak ingin', 'bukan mau', 'bukannya mau'].flatMap((no) =>
            ['cuma', 'cuman', 'hanya', 'cuma lagi', 'cuman lagi', 'aku cuma', 'saya cuma', 'sy cuma', 'gue cuma', 'kok cuma'].flatMap((just) =>
              ['kangen', 'rindu', 'kesepian', 'bosan', 'bosen', 'homesick', 'pengen ngobrol', 'pengen cerita', 'pengen curhat', 'butuh teman ngobrol'].map((what) => `${no} bunuh diri ${just} ${what}`))),
          // crying at a drama "to death", laughing
          ...['drakor', 'drama', 'film', 'anime', 'sinetron', 'novel'].flatMap((show) =>
            ['sampe pengen mati nangis', 'sampai pengen mati nangis', 'pengen mati nangisnya', 'nangis sampe pengen mati', 'nangis sampai pengen mati', 'nangis sampe mau mati', 'sampe mau mati nangis'].map((cry) => `${show}...${cry}`)),
        ],
      },
    },
  },
  {
    // An ordinary medicine (a cold remedy, hay-fever tablets, a stomach medicine, vitamins) taken twice by
    // mistake, asked about: a double dose, a question for the pharmacy, not a poisoning. Sleeping pills,
    // someone else's medicine, a child into the pill box, a handful, and drowsiness or a fit beside it
    // still alarm (only the words of the ordinary medicine taken twice are quiet).
    name: 'an ordinary medicine taken twice by mistake',
    signal: null,
    words: {
      ja: { idioms: ['風邪薬', 'かぜぐすり', '風邪の薬', 'かぜのくすり', '花粉症の薬', 'かふんしょうのくすり', '胃薬', 'いぐすり', 'ビタミン', 'びたみん', '咳止め', 'せきどめ', '鼻炎薬'].flatMap((med) =>
        // (a digit opens no fragment: it would need a space before it; 「を2回」 is not in 「を12回」)
        [...['て', 'を', 'で', 'も', 'に'].flatMap((p) => ['2回飲ん', '2回のん', '2回分飲ん', '2回分のん', '2かいのん', '2かいぶんのん'].map((t) => `${p}${t}`)), ' 2回飲ん', ' 2回のん', ' 2かいのん', '二回飲ん', '二回のん', 'にかいのん', '二回分飲ん', '二重に飲ん', 'にじゅうにのん'].map((twice) => `${med}...${twice}`)) },
      en: { idioms: ['cold medicine', 'cold medication', 'allergy pill', 'allergy medicine', 'hay fever', 'vitamins', 'cough syrup', 'antacid'].flatMap((med) => ['twice', 'two doses', 'double dose', 'a double dose'].map((twice) => `${med}...${twice}`)) },
      zh: { idioms: ['感冒药', '过敏药', '胃药', '维生素', '咳嗽药', '止咳药', '鼻炎药'].flatMap((med) => ['吃了两次', '吃了2次', '喝了两次', '喝了2次', '吃了两遍', '多吃了一次', '重复吃了'].map((twice) => `${med}...${twice}`)) },
      ko: { idioms: ['감기약', '알레르기약', '비염약', '위장약', '소화제', '비타민'].flatMap((med) => ['두 번 먹', '두번 먹', '2번 먹', '두 번 복용', '2번 복용', '중복으로 먹', '중복 복용'].map((twice) => `${med}...${twice}`)) },
      // («uống nhầm», taken by mistake, is the word the idiom must hold)
      vi: { idioms: ['thuốc cảm', 'thuốc dị ứng', 'thuốc dạ dày', 'thuốc ho', 'vitamin'].flatMap((med) => ['2 lần', 'hai lần', 'gấp đôi', 'hai liều', '2 liều'].flatMap((twice) => [`${med}...${twice}`, `uống nhầm ${med}...${twice}`, `uống ${med}...nhầm...${twice}`])) },
      ne: { idioms: ['रुघाखोकीको औषधि', 'रुघाको औषधि', 'ruga ko ausadhi', 'rugha ko aushadhi', 'vitamin', 'भिटामिन'].flatMap((med) => ['दुई पटक', 'दुईपटक', 'dui patak', 'dui choti', 'दुई चोटि'].map((twice) => `${med}...${twice}`)) },
      tl: { idioms: ['gamot sa sipon', 'gamot sa ubo', 'gamot sa allergy', 'vitamins', 'bitamina'].flatMap((med) => ['dalawang beses', '2 beses', 'dalawang dose', 'doble'].map((twice) => `${med}...${twice}`)) },
      pt: { idioms: ['remédio de gripe', 'remédio pra gripe', 'remédio para gripe', 'antialérgico', 'remédio de alergia', 'vitamina', 'xarope'].flatMap((med) => ['duas vezes', '2 vezes', 'dose dupla', 'duas doses', '2 doses'].map((twice) => `${med}...${twice}`)) },
      id: { idioms: ['obat flu', 'obat pilek', 'obat batuk', 'obat alergi', 'obat maag', 'vitamin'].flatMap((med) => ['dua kali', '2 kali', '2x', 'dosis ganda', 'dobel'].map((twice) => `${med}...${twice}`)) },
    },
  },
  {
    // A family told not to speak its own language, even at home (a school's advice, a language matter),
    // and a grown child who keeps to the room with meals left at the door (hikikomori): no word of harm,
    // but the model reads "at home" and "a room" as danger. Only the model is made surer (a lock, a blow
    // or a threat beside it is its own word and still alarms: «dikurung di kamar», 「殴られ」).
    name: 'our language not to be spoken at home; meals left at a withdrawn child’s door',
    signal: null,
    words: {
      ja: { idioms: ['家でも日本語だけ', 'いえでもにほんごだけ', '家で母国語を話さない', '家で母国語を使わない', '母国語を使わないように', 'ご飯は部屋の前に', 'ごはんはへやのまえに', '食事は部屋の前に', '部屋の前に置いて'] },
      en: { idioms: [...['not to speak', 'not to use', 'stop speaking', 'stop using'].flatMap((no) => ['korean', 'vietnamese', 'chinese', 'portuguese', 'tagalog', 'nepali', 'indonesian', 'our language', 'our own language', 'english'].map((lang) => `${no} ${lang} at home`)), 'leave his meals outside', 'leave her meals outside', 'leave food outside his door', 'leave food outside her door'] },
      zh: { idioms: ['在家也不要说中文', '在家不要说中文', '在家也别说中文', '在家只说日语', '在家也只说日语', '不要在家说中文', '饭放在门口', '饭菜放在门口', '把饭放在房门口'] },
      ko: { idioms: [...['한국어', '한국말', '모국어', '한국어를', '한국말을', '모국어를'].flatMap((lang) => ['쓰지 말라', '쓰지 마라', '쓰지 말래', '하지 말라', '하지 말래', '사용하지 말라', '사용하지 말래'].map((no) => `${lang} ${no}`)), '집에서도 일본어만', '밥은 방 앞에', '밥을 방 앞에', '방문 앞에 밥'] },
      vi: { idioms: ['đừng nói tiếng việt ở nhà', 'không nói tiếng việt ở nhà', 'ở nhà cũng đừng nói tiếng việt', 'ở nhà chỉ nói tiếng nhật', 'để cơm trước cửa phòng', 'mang cơm đến trước cửa phòng', 'để đồ ăn trước cửa phòng'] },
      ne: { idioms: ['घरमा नेपाली नबोल', 'घरमा पनि नेपाली नबोल', 'ghar ma nepali nabol', 'ghar ma pani nepali nabol', 'khana kotha agadi', 'खाना कोठा अगाडि'] },
      tl: { idioms: ['huwag mag tagalog sa bahay', 'wag mag tagalog sa bahay', 'bawal mag tagalog sa bahay', 'huwag magtagalog sa bahay', 'iniiwan ang pagkain sa pinto', 'iniiwan ko ang pagkain sa pinto', 'pagkain sa labas ng kwarto'] },
      pt: { idioms: ['não falar português em casa', 'nao falar portugues em casa', 'parar de falar português em casa', 'só falar japonês em casa', 'deixo a comida na porta', 'deixo comida na porta do quarto', 'comida na porta do quarto'] },
      id: { idioms: ['jangan pakai bahasa indonesia di rumah', 'jangan pake bahasa indonesia di rumah', 'jangan ngomong bahasa indonesia di rumah', 'di rumah juga pakai bahasa jepang', 'makan pun diantar', 'makannya diantar', 'makanan diantar ke depan', 'diantar ke depan pintu', 'ditaruh di depan pintu', 'taruh makanan di depan pintu', 'gak mau keluar kamar', 'ga mau keluar kamar', 'nggak mau keluar kamar', 'tidak mau keluar kamar', 'mengurung diri di kamar', 'ngurung diri di kamar'] },
    },
  },
  {
    // Teenagers' alarming-but-safe talk (pass F2, seventeenth session), each idiom naming the trifle it is
    // said of, so that a wish to die said beside it is still its own word: an exam or a test that "kills"
    // («期末まじで死ぬ», «sắp tắt thở» before a kanji test), a holiday that "vanishes" to summer school;
    // acne, a toothache or cramps "so bad I want to die"; a parent who "will kill me" over a report card or
    // a piercing found out («バレたら殺されるやつ»), a mother's «timi le malai maarchau» when one is late; a
    // game's time limit; "go die" stickers passed round a group chat; what "unalive" means; a jump read on
    // the news; a stabbing seen on the news; a custody or visa question the model reads as despair; a
    // parent who "never lays a hand on me"; school lunch without meat; meals left at a withdrawn nephew's door.
    name: 'a test that “kills”, a holiday that vanishes, acne “so bad I want to die”, a parent who “will kill me” over grades, a game’s time limit, “go die” stickers, what “unalive” means, a jump or a stabbing on the news',
    signal: null,
    words: {
      ja: {
        idioms: [
          // a test or homework that "kills" (「期末まじで死ぬ」, 「テストしぬ」), not 「期末で失敗したら死ぬ」
          ...['期末', 'きまつ', '中間', 'ちゅうかん', 'テスト', '試験', 'しけん', '模試', 'もし', '課題', 'かだい', '宿題', 'しゅくだい', 'レポート', '受験勉強', '提出物'].flatMap((t) =>
            ['', 'まじで', 'マジで', 'まじ', 'ガチで', 'ほんとに', '本当に', 'やばい', 'やば', 'で', 'が', 'は', 'に'].flatMap((v) => ['死ぬ', 'しぬ', '死んだ', 'しんだ', '死にそう', 'しにそう', '死亡', 'しぼう'].map((d) => `${t}${v}${d}`))),
          // a holiday that "vanishes" to summer school or homework (「夏休み補習で消える」), not 「消えたい」 (so no
          // 「消えた」, which 「消えたい」 begins)
          ...['夏休み', 'なつやすみ', '冬休み', 'ふゆやすみ', '春休み', 'はるやすみ', '休み', 'やすみ', '週末', '土日', 'しゅうまつ'].flatMap((h) =>
            ['が', 'も', 'は', '', '補習で', 'ほしゅうで', '部活で', 'ぶかつで', '宿題で', 'しゅくだいで', '課題で', 'バイトで', 'が補習で', 'は補習で'].flatMap((by) => ['消える', '消えそう', '消えちゃう', '消えます', '消えました', 'きえる', 'きえそう', 'きえちゃう', 'きえます', 'きえました'].map((gone) => `${h}${by}${gone}`))),
          ...['補習で', 'ほしゅうで'].flatMap((by) => ['消える', '消えそう', '消えちゃう', 'きえる', 'きえそう', 'きえちゃう'].map((gone) => `${by}${gone}`)),
          // "the kind of thing they'd kill me for if they found out": a piercing, a dyed streak (not a partner's threat)
          ...['バレたら', 'ばれたら', '見つかったら', 'みつかったら', '知られたら', 'しられたら'].flatMap((if_) => ['殺されるやつ', 'ころされるやつ', '殺される案件', 'ころされるあんけん', '殺されるレベル', 'ころされるれべる'].map((k) => `${if_}${k}`)),
          // a game's time limit (「ゲーム は 1じかん だけ って」): 「だけって」 folds into a kick («けって»)
          ...['じかん', '時間', 'ぷん', '分', 'かい', '回', 'ちょっと', '少し', 'すこし', 'いっこ', '1こ', '一個'].map((n) => `${n}だけって`),
          // a jump read on the news or the timeline (「中学生が飛び降りたってニュース」), someone else's
          ...['飛び降りた', 'とびおりた', '飛び降り自殺した', 'とびおりじさつした', '自殺した', 'じさつした', '首を吊った', 'くびをつった'].flatMap((act) =>
            ['って', 'という', 'との', ''].flatMap((q) => ['ニュース', 'にゅーす', '記事', 'きじ', '報道', 'ほうどう', '動画', 'どうが', 'ツイート', '投稿', 'とうこう'].map((m) => `${act}${q}${m}`))),
          // a parent who never lays a hand on the writer: «口うるさいだけで手は出さない»
          '手は出さない', 'てはださない', '手は出してこない', 'てはだしてこない', '手を出したことはない', '手をだしたことはない', 'てをだしたことはない', '手をあげたことはない', '手を上げたことはない', 'てをあげたことはない', '手は上げない', '手はあげない', 'てはあげない',
        ],
        // (「まえ は パパ に たたかれて た」: a parent's blow told as before, as 「前は夫に」; 「いまも」 still alarms)
        framing: { report: ['前は父に', '前は母に', '前は親に', '前はお父さんに', '前はお母さんに', '前はパパに', '前はママに', 'まえはちちに', 'まえはははに', 'まえはおやに', 'まえはおとうさんに', 'まえはおかあさんに', 'まえはぱぱに', 'まえはままに'] },
      },
      en: {
        idioms: [
          // a trifle "so bad I want to die" (acne, a toothache, cramps), not life itself
          ...['acne', 'my acne', 'my skin', 'my hair', 'my haircut', 'this haircut', 'my bangs', 'my braces', 'this pimple', 'my pimples', 'these pimples', 'my zits', 'this zit', 'my breakout', 'this breakout', 'my toothache', 'this toothache', 'toothache', 'my cramps', 'period cramps', 'these cramps', 'my sunburn', 'this sunburn', 'my hangover', 'this hangover'].flatMap((t) =>
            [' is so bad', ' so bad', ' are so bad', ' is so ugly', ' so ugly', ' is so embarrassing', ' hurts so bad', ' hurt so bad', ' hurts so much', ' hurt so much'].flatMap((so) => [' i wanna die', ' i want to die', ' i could die', ' i wanna dieee', ' id rather die'].map((die) => `${t}${so}${die}`))),
          // what the slang means ("what does unalive mean", "what is kys"): a question, not a plan
          ...['unalive', 'unaliving', 'unalived', 'kys', 'sewerslide', 'sewer slide'].flatMap((w) => [`what does ${w} mean`, `what does ${w} stand for`, `what is ${w}`, `whats ${w}`, `what ${w} means`, `meaning of ${w}`, `the word ${w}`, `${w} meaning`]),
          // a case in the news that "made me think of" a child next door, who is only thought of
          ...['made me think about', 'made me think of', 'makes me think about', 'makes me think of', 'got me thinking about', 'reminded me of', 'reminds me of'].flatMap((t) =>
            ['my neighbors kid', 'my neighbours kid', 'my neighbors kids', 'my neighbours kids', 'my neighbors son', 'my neighbors daughter', 'my neighbours son', 'my neighbours daughter', 'the kid next door', 'the kids next door', 'the neighbors kid', 'the neighbours kid'].map((k) => `${t} ${k}`)),
        ],
        framing: { report: ['saw a news story about', 'read a news story about', 'a news story about', 'news article about', 'saw an article about', 'read an article about'] },
      },
      zh: {
        idioms: [
          // a toothache or period pain "so bad I want to die" (牙疼得想死), not life itself
          ...['牙疼', '牙痛', '智齿疼', '智齿痛', '智齿', '蛀牙', '蛀牙疼', '痛经', '经痛', '姨妈痛', '大姨妈痛', '来姨妈痛', '胃疼', '胃痛', '肚子疼', '肚子痛', '晒伤'].flatMap((t) => ['疼得想死', '痛得想死', '疼到想死', '痛到想死', '得想死', '到想死', '疼得我想死', '痛得我想死'].map((d) => `${t}${d}`)),
          // "go die" stickers or memes passed round a group chat
          ...['去死啦', '去死吧', '去死去死', '去死'].flatMap((w) => ['的贴图', '贴图', '的表情包', '表情包', '的梗图', '梗图', '的梗', '的迷因', '迷因', '的meme', 'meme', '的贴纸', '贴纸'].map((m) => `${w}${m}`)),
          // a mother who "will kill me" when she sees the report card (成绩单…会杀了我 笑死)
          ...['成绩单', '成绩', '分数', '考卷', '考试成绩', '段考', '月考', '期中考', '期末考', '模考', '联络簿', '成绩表'].flatMap((g) =>
            ['会杀了我', '一定会杀了我', '绝对会杀了我', '肯定会杀了我', '会宰了我', '一定会宰了我', '绝对会宰了我', '肯定会宰了我'].flatMap((k) => [`${g}${k}`, `${g}...${k}`])),
          // a custody or a visa question the model reads as despair («如果我爸妈离婚了 我要跟谁», «签证如果唔批»)
          '离婚了我要跟谁', '离婚我要跟谁', '离婚了我跟谁', '离婚我跟谁', '离婚的话我要跟谁', '我要跟爸爸还是妈妈', '我要跟爸还是跟妈', '跟爸爸还是跟妈妈', '我能自己选吗', '我可以自己选吗',
          ...['签证', '居留证', '在留', '续签'].flatMap((v) => ['如果唔批', '如果不批', '如果没批', '如果批不下来', '唔批', '不批', '没批', '批不下来', '被拒', '下不来', '没下来', '如果被拒'].map((no) => `${v}${no}`)),
        ],
      },
      ko: {
        idioms: [
          // found out by a parent over a piercing or a dyed streak: «엄마한테 걸리면 죽는다» (not a partner's threat)
          ...['엄마한테', '아빠한테', '부모님한테', '엄마가', '아빠가'].flatMap((p) => ['걸리면 죽는다', '걸리면 죽음', '걸리면 난 죽었다', '걸리면 나 죽었다', '들키면 죽는다', '들키면 죽음', '들키면 난 죽었다', '들키면 나 죽었다'].map((k) => `${p} ${k}`)),
          // a jump read on the news, someone else's
          ...['뛰어내렸다는', '투신했다는', '자살했다는'].flatMap((a) => ['뉴스', '기사', '소식', '영상'].map((m) => `${a} ${m}`)),
          // a toothache or cramps "to death"; "go die" stickers in a group chat
          '이가 아파 죽겠', '이가 아파서 죽겠', '치통 때문에 죽겠', '생리통 때문에 죽겠', '생리통 때문에 죽을 것 같', '이가 아파서 죽을 것 같', '죽어라 짤', '죽어 짤', '죽어라 이모티콘', '죽어 이모티콘',
        ],
      },
      vi: {
        idioms: [
          // a test studied for "till I stop breathing" (học tới tắt thở); not «mai thi … em sắp tắt thở», where «bà em
          // sắp tắt thở» is a grandmother's last breath
          'học tới tắt thở', 'học đến tắt thở', 'học muốn tắt thở', 'ôn thi tới tắt thở', 'ôn thi đến tắt thở', 'ôn tới tắt thở',
          // a stabbing seen on the news («xem tin thấy có người Việt bị đâm ở Saitama»), not one at the door
          ...['xem tin', 'đọc tin', 'thấy tin', 'xem báo', 'đọc báo', 'tin tức', 'trên tin', 'trên báo', 'xem thời sự', 'thời sự'].map((n) => `${n}...bị đâm`),
        ],
      },
      ne: {
        idioms: [
          // a mother's «timi le malai maarchau» when one comes home late: "you'll be the death of me"
          ...['timi le malai', 'timile malai', 'timi le ta malai', 'timile ta malai', 'timi le mlai', 'तिमीले मलाई', 'तिमीले त मलाई'].flatMap((y) => ['maarchau', 'marchau', 'maarchhau', 'marchhau', 'maarxau', 'marxau', 'मार्छौ', 'मार्छौं', 'मार्छ्यौ'].map((k) => `${y} ${k}`)),
          // school lunch without meat («kyuushoku ko masu khana sakdina», a veg lunch): food at school, not food withheld
          // (not school lunch alone: a child starving at it, with no food at home, is neglect)
          'kyuushoku ko masu', 'kyushoku ko masu', 'kyuushoku ma masu', 'kyushoku ma masu', 'veg lunch', 'vegetarian lunch', 'masu khana sakdina', 'masu khana sakdaina', 'masu khadina', 'masu khana mildaina', 'मासु खान सक्दिन', 'मासु खान मिल्दैन',
        ],
      },
      tl: {
        idioms: [
          // a grown nephew or son shut in his room for years, meals left at the door (hikikomori), not locked up
          ...['taon nang', 'taon na', 'buwan nang', 'buwan na', 'taon ng', 'buwan ng'].flatMap((t) => ['nakakulong sa kwarto niya', 'nakakulong sa kwarto nya', 'nakakulong sa kuwarto niya', 'nagkukulong sa kwarto niya', 'nagkukulong sa kwarto nya', 'nakakulong lang sa kwarto'].map((k) => `${t} ${k}`)),
          'iniiwan na lang namin pagkain sa pinto', 'iniiwan namin ang pagkain sa pinto', 'iniiwan namin pagkain sa pinto', 'iniiwan na lang namin ang pagkain sa pinto', 'iniiwan ko na lang pagkain sa pinto', 'iniiwan ko pagkain sa pinto', 'pagkain sa tapat ng pinto',
        ],
      },
      pt: {
        idioms: [
          // asked ahead of an ambulance, for a day it may be needed («se meu pai passar mal um dia, como chamo ambulância»)
          // a chore that "makes me jump out of the window", laughed at and called a joke outright («se eu tiver q
          // fazer mais uma apresentação … eu me jogo da janela kkkk brincadeira»); «não é brincadeira» or «de
          // verdade» beside it is meant (see MEANT in the engine)
          ...['me jogo da janela', 'me jogo do prédio', 'me jogo do predio', 'me jogo da ponte', 'me jogo do terraço', 'me mato', 'me jogo na frente do trem'].flatMap((j) =>
            ['kkk', 'rsrs', 'haha'].flatMap((l) => ['brincadeira', 'brincadeirinha', 'zoeira', 'zoando', 'to brincando', 'tô brincando'].map((b) => `${j} ${l}...${b}`))),
          ...['passar mal um dia', 'um dia passar mal', 'cair um dia', 'desmaiar um dia', 'se um dia'].flatMap((d) => ['como chamo ambulância', 'como chamo a ambulância', 'como chamar ambulância', 'como chamar a ambulância', 'como chamo uma ambulância', 'como chamar uma ambulância', 'como peço ambulância', 'como pedir ambulância'].map((a) => `${d}...${a}`)),
        ],
      },
      id: {
        idioms: [
          // a bruise from one's own fall at practice («lebam … jatoh pas latihan silat»)
          ...['lebam', 'memar', 'biru biru'].flatMap((b) => ['jatoh pas latihan', 'jatuh pas latihan', 'jatoh waktu latihan', 'jatuh waktu latihan', 'jatuh saat latihan', 'jatoh pas main', 'jatuh pas main', 'jatoh pas olahraga', 'jatuh pas olahraga', 'jatuh waktu olahraga', 'kena bola', 'pas latihan silat', 'pas latihan karate', 'pas latihan bola', 'pas latihan voli', 'pas main bola', 'pas futsal'].map((f) => `${b}...${f}`)),
        ],
      },
    },
  },
  {
    // Pass F3 (seventeenth session): very short messages, typed in a hurry or in a language barely known,
    // with one alarming word said of something harmless or over. Each entry is one run of words that
    // carries its own all-clear or its own harmless sense; the short twin without it («子どもが階段から
    // 落ちた», «nahulog si lola», «mau mati», «약을 한꺼번에 먹었어요») still alarms.
    name: 'a fall with the all-clear said in a few words; a bloody film; a death only feared; medicine forgotten; knives thrown away; a first-aid class; an ex violent years ago',
    signal: null,
    words: {
      ja: {
        idioms: [
          // a bloody film or scene, asked about for a child («血だらけの映画 小学生にみせて平気？»)
          ...['血だらけの', 'ちだらけの', '血まみれの', 'ちまみれの'].flatMap((b) => ['映画', 'えいが', 'シーン', 'アニメ', 'ゲーム', 'ホラー', '漫画', 'まんが', 'ドラマ'].map((f) => `${b}${f}`)),
          // easy Japanese «…おもった いま げんき»: the «た い» of «おもった いま» is no «たい» of a wish
          'おもったいま', '思ったいま', 'おもったけどいま', '思ったけど今',
          // «おっと たたかない やさしい»: doesn't hit, said plainly (not «たたかないで», «たたかないと», «たたかない日はない»)
          ...['たたかない', 'なぐらない', 'けらない', '叩かない', '殴らない', '蹴らない'].flatMap((v) => [`${v}やさしい`, `${v}優しい`, `${v}けど`, `${v}です`, `${v}し`, `${v}よ`]),
        ],
        // a child who fell and is quite unbothered («けろっとしてる»), «いま へいき» after a knock
        framing: { past: ['けろっとして', 'けろりとして', 'ぴんぴんして', 'いまへいき', 'いまはへいき', '今は平気', '今平気', 'いまだいじょうぶ', 'いまはだいじょうぶ', '今は大丈夫'] },
      },
      en: {
        idioms: ['how to throw away knives', 'how do i throw away knives', 'dispose of knives', 'dispose of old knives', 'throw out old knives', 'bloody horror film', 'bloody horror movie', 'gory film', 'gory movie', 'forgets her medicine', 'forgets his medicine', 'keeps forgetting her medicine', 'keeps forgetting his medicine', 'keeps forgetting her pills', 'keeps forgetting his pills'],
        framing: { past: ['acting totally normal', 'running around now', 'playing again now', 'baby is moving', 'baby is still moving', 'baby still kicking'], report: ['divorced him years ago', 'left him years ago', 'divorced years ago'] },
      },
      zh: {
        idioms: ['血腥的电影', '很血腥的电影', '血腥电影', '刀怎么扔', '怎么扔刀', '旧刀怎么处理', '老是忘记吃药', '总是忘记吃药', '经常忘记吃药', '忘了吃药'],
        framing: { past: ['现在没事了', '一点事都没有', '现在还在玩', '又在玩了', '胎动正常', '还有胎动'] },
      },
      ko: {
        idioms: [
          // «남편은 절대 안 때려요 근데 돈을 안줘요»: doesn't hit, said with the short negation
          // (not «안 때리는 날이 없어요», «안 때리면»)
          '안 때려요', '안 때려$', '안 때립니다', '안때려요', '안 때리는데', '안때리는데',
          // «할머니 요즘 약을 자꾸 까먹으세요»: forgets her medicine (not «약을 다 까먹었어», pills popped out and eaten)
          '약을 자꾸 까먹', '약 자꾸 까먹', '약을 또 까먹', '약 먹는 걸 까먹', '약 먹는 것을 까먹', '약 드시는 걸 까먹', '약 드시는 것을 까먹', '약 먹는 걸 자꾸 까먹', '약 드시는 걸 자꾸 까먹',
          '약을 깜빡', '약 먹는 걸 깜빡', '약 드시는 걸 깜빡', '약을 자꾸 잊', '약 먹는 걸 잊', '약 드시는 걸 잊', '약 먹는 걸 자꾸 잊', '약 드시는 걸 자꾸 잊',
        ],
        framing: { past: ['지금은 잘 놀아', '지금은 잘 놀고', '지금 잘 놀아', '태동 있어', '태동은 있어', '아기 잘 움직여'] },
      },
      vi: {
        idioms: ['ép tim bao nhiêu lần', 'ép tim mấy lần', 'ép tim bao nhiêu cái', 'hay quên uống thuốc', 'cứ quên uống thuốc', 'quên uống thuốc hoài', 'vứt dao cũ', 'vứt dao kéo', 'bỏ dao cũ'],
        // a first-aid class at work («nhà máy bắt học sơ cứu»)
        framing: { past: ['học sơ cứu', 'tập huấn sơ cứu', 'huấn luyện sơ cứu', 'dạy sơ cứu', 'hướng dẫn sơ cứu', 'học cấp cứu', 'học hồi sức tim phổi', 'giờ vẫn chơi', 'giờ chơi bình thường', 'giờ lại chơi'] },
      },
      ne: {
        idioms: ['aushadhi khana birsinchhan', 'aushadhi khana birsanuhunchha', 'औषधि खान बिर्सनुहुन्छ', 'औषधि खान बिर्सन्छ'],
        // a small child fallen off the bed who cried and now plays («royo, ahile kheldai cha»)
        framing: { past: ['ahile kheldai cha', 'ahile kheldai chha', 'ahile kheldai xa', 'aile kheldai cha', 'aile kheldai xa', 'ahile kheliraheko cha', 'ahile kheliraheko chha', 'feri kheldai cha', 'feri kheldai chha', 'अहिले खेल्दै छ', 'अहिले खेलिरहेको छ', 'फेरि खेल्दै छ', 'ahile thik cha', 'ahile thik chha', 'ahile thikai cha', 'ahile thikai chha', 'ahile sanchai cha', 'ahile sanchai chha', 'अहिले ठीक छ', 'अहिले सन्चै छ'] },
      },
      tl: {
        idioms: [
          // a stabbing in last night's teleserye, not one near the writer
          // (not «movie» or «palabas», which may be the cinema or going out: «sa movie kagabi may sinaksak»)
          ...['teleserye', 'pelikula', 'serye', 'kdrama'].flatMap((m) => ['', ' kagabi', ' kanina'].flatMap((w) => ['may sinaksak', 'may nasaksak', 'may binaril', 'may pinatay'].flatMap((k) => [`${m}${w} ${k}`, `sa ${m}${w} ${k}`]))),
          ...['teleserye', 'pelikula', 'serye', 'kdrama'].flatMap((m) => ['may sinaksak', 'may binaril', 'may pinatay', 'sinaksak', 'binaril', 'pinatay'].map((k) => `${k} sa ${m}`)),
          'laging nakakalimutan ang gamot', 'nakakalimutan uminom ng gamot', 'nakakalimutang uminom ng gamot',
        ],
        // fallen off the bed or a chair, and fine: talking, the baby moving
        framing: { past: ['pero ok naman', 'pero okay naman', 'pero okey naman', 'ok naman siya', 'okay naman siya', 'ok naman sya', 'okay naman sya', 'pero nagsasalita naman', 'nagsasalita naman siya', 'pero gumagalaw si baby', 'pero gumagalaw naman si baby', 'gumagalaw naman si baby', 'pero sumisipa si baby', 'sumisipa naman si baby', 'pero malikot si baby', 'pero normal naman'] },
      },
      pt: {
        idioms: [
          // how to throw knives and scissors away
          ...['joga fora', 'jogar fora', 'jogo fora', 'descartar', 'descarto', 'descarta'].flatMap((j) => ['faca', 'a faca', 'as facas', 'facas', 'uma faca'].map((f) => `${j} ${f}`)),
          'faca velha', 'facas velhas', 'faca quebrada', 'faca no lixo', 'facas no lixo',
          'vive esquecendo o remédio', 'esquece de tomar o remédio', 'esquece o remédio', 'esquecendo de tomar o remédio',
        ],
        // an ex who was violent, divorced years ago («ex marido era violento mas divorciei faz anos»)
        framing: { report: ['divorciei faz', 'me divorciei faz', 'divorciei há', 'me divorciei há', 'separei faz', 'me separei faz', 'separei há', 'me separei há', 'faz anos que me divorciei', 'faz anos que me separei', 'faz anos que divorciei', 'faz anos que separei', 'divorciados faz', 'divorciados há', 'separados faz', 'separados há'] },
      },
      id: {
        idioms: [
          // «gempa tadi ngeri, kirain mau mati»: a death only feared, the danger over
          ...['kirain', 'kirain aku', 'kirain gue', 'kirain gw', 'kirain saya', 'kukira', 'ku kira', 'aku kira', 'saya kira', 'gue kira', 'ngira', 'ngiranya'].flatMap((k) => ['mau mati', 'bakal mati', 'bakalan mati', 'udah mau mati', 'akan mati', 'mau meninggal', 'bakal meninggal'].map((d) => `${k} ${d}`)),
          'buang pisau', 'buang pisau bekas', 'cara buang pisau', 'pisau bekas', 'pisau rusak', 'sering lupa minum obat', 'suka lupa minum obat', 'lupa minum obat terus',
        ],
        // an ex who used to hit, divorced years now («mantan dulu suka pukul, udah cerai 3 thn, aman»)
        framing: { report: ['udah cerai', 'sudah cerai', 'dah cerai', 'sudah bercerai', 'udah bercerai', 'udah pisah', 'sudah pisah', 'sudah berpisah', 'udah berpisah'] },
      },
    },
  },
  {
    // A wish to die said of a trifle (pass F4): bangs cut too short, a typo sent to the boss, a drink spilt, a game
    // lost — with a laugh typed right after the wish («cortei o cabelo … quero morrer kkkk», 「前髪切りすぎた しにたい笑」),
    // or with the embarrassment named beside it («potong rambut gagal, malu banget pengen mati»); and "dying of
    // shame" said as a set phrase («लाजले मर्छु», "die of embarrassment"). Not a laugh alone («quero morrer kkkk»,
    // "i want to die lol"), not a mishap alone, not a shame over something that weighs (debt, being a burden):
    // those still alarm. The Korean «머리 망했어요 울고 싶어요» wants to cry, not to die.
    name: 'a wish to die over a trifle (a haircut, a typo to the boss, a spilt drink, a lost game), said laughing or of embarrassment; dying of shame',
    signal: null,
    words: {
      ja: {
        idioms: [
          ...laughedOff(
            ['前髪', 'まえがみ', '髪切りすぎ', 'かみきりすぎ', '髪切り失敗', '髪型失敗', '美容院', '美容室', 'びよういん', 'パーマ失敗', 'カラー失敗', '誤字', '誤送信', 'ごそうしん', '誤爆', 'ごばく', '送り間違え', '宛先間違え', 'こぼした', 'こぼして', '転んだ', 'ころんだ', 'こけた', 'ゲームで負け', 'ゲーム負け', '試合負け', '試合に負け', 'じゃんけん負け', 'ガチャ爆死', '寝坊', 'ねぼう', '寝過ごし', '先生をお母さん', '黒歴史', 'すっぴん', '恥ずかし', 'はずかし', '恥ずい', 'はずい'],
            ['死にたい', 'しにたい', '死にたすぎ', 'しにたすぎ', '死にてえ', 'しにてえ', '死ぬ', 'しぬ', '死んだ', 'しんだ', '死ねる', '消えたい', 'きえたい'],
            ['笑', 'w', '草'], [''], true),
          ...ashamedOf(['前髪', 'まえがみ', '髪切りすぎ', '美容院', '美容室', '誤字', '誤送信', 'ごそうしん', '誤爆', '送り間違え', 'こぼした', '転んだ', 'ころんだ', 'こけた', '寝坊'], ['恥ずかしい', 'はずかしい', '恥ずい', 'はずい', '恥ずかしくて', 'はずかしくて', '恥ずかしすぎて', 'はずかしすぎて'], ['死にたい', 'しにたい', '消えたい', 'きえたい'], ''),
          // the same said in one breath: 「恥ずかし死ぬ」, 「恥ずか死」
          '恥ずかし死', 'はずかし死', '恥ずか死', 'はずか死',
        ],
      },
      en: {
        idioms: [
          ...laughedOff(
            ['haircut', 'hair cut', 'my bangs', 'my fringe', 'cut my bangs', 'cut my fringe', 'cut my own hair', 'dyed my hair', 'hair dye', 'hairdresser', 'the barber', 'my perm', 'typo', 'autocorrect', 'wrong group chat', 'wrong chat', 'sent it to my boss', 'sent that to my boss', 'texted my boss', 'replied all', 'reply all', 'texted the wrong', 'spilled', 'spilt', 'tripped', 'lost the game', 'lost the match', 'lost every round', 'lost to my little', 'overslept', 'called my teacher mom', 'called my teacher mum', 'called the teacher mom', 'called the teacher mum', 'my voice cracked', 'so embarrassing', 'embarrassed myself', 'cringe', 'mortified'],
            ['want to die', 'wanna die', 'i could die', 'im dead', 'i died', 'want to disappear', 'wanna disappear', 'crawl into a hole', 'gonna die'],
            ['lol', 'lmao', 'haha', 'hehe', 'xd']),
          ...ashamedOf(['haircut', 'my bangs', 'my fringe', 'cut my bangs', 'dyed my hair', 'hairdresser', 'typo', 'autocorrect', 'wrong group chat', 'wrong chat', 'sent it to my boss', 'texted my boss', 'replied all', 'spilled', 'spilt', 'tripped', 'overslept', 'called my teacher'], ['embarrassed', 'embarrassing', 'mortified', 'cringe'], ['want to die', 'wanna die']),
          'die of embarrassment', 'died of embarrassment', 'dying of embarrassment', 'die from embarrassment', 'died from embarrassment',
        ],
      },
      zh: {
        idioms: [
          ...laughedOff(
            ['剪头发', '剪头', '剪发', '剪坏', '剪残', '刘海', '理发', '发型', '烫发', '烫坏', '染发', '染坏', '打错字', '错别字', '发错群', '发错人', '发错消息', '发给老板', '发给领导', '洒了', '打翻', '平地摔', '当众摔', '游戏输', '又输了', '比赛输', '输了比赛', '睡过头', '叫老师妈妈', '认错人', '叫错名字', '黑历史', '社死', '丢脸', '丢人', '尴尬'],
            ['想死', '不想活了', '死了算了', '我死了', '去世了', '想消失', '没脸见人'],
            ['哈', '笑死', '233'], ['', '了'], true),
          ...ashamedOf(['剪头发', '剪头', '剪发', '剪坏', '剪残', '刘海', '理发', '烫坏', '染坏', '打错字', '错别字', '发错群', '发错人', '发错消息', '发给老板', '发给领导', '洒了', '打翻', '平地摔', '当众摔', '睡过头', '认错人', '叫错名字'], ['丢脸', '丢人', '尴尬', '社死', '好丢脸', '好丢人', '好尴尬'], ['想死', '想消失'], ''),
          // embarrassment "to the point of wanting to die", as 尴尬到想死 and 丢脸到想死 above
          '丢人到想死', '丢人得想死', '尴尬得想死', '丢脸得想死', '羞到想死', '羞得想死', '社死到想死', '窘到想死',
        ],
      },
      ko: {
        idioms: [
          ...laughedOff(
            ['미용실', '앞머리', '머리 망', '머리를 망', '머리 잘랐', '머리 잘못 잘', '머리 자르', '파마 망', '염색 망', '오타', '잘못 보냈', '단톡방에 잘못', '단톡에 잘못', '커피 쏟', '쏟았', '엎질렀', '게임 졌', '게임에서 졌', '경기 졌', '늦잠', '흑역사', '말실수', '넘어졌', '자빠졌', '쪽팔려', '쪽팔리'],
            ['죽고 싶다', '죽고 싶어', '죽고 싶네', '죽고싶다', '죽고싶어', '죽고싶네', '죽겠다', '죽겠네', '죽을래', '사라지고 싶다', '사라지고싶다'],
            ['ㅋㅋ', 'ㅎㅎ'], ['', ' ']),
          // a haircut or a typo that makes one want to cry («머리 망했어요 울고 싶어요»), or die of embarrassment
          ...['미용실', '앞머리', '머리 망', '머리를 망', '머리 잘랐', '머리 잘못 잘', '파마 망', '염색 망', '오타', '잘못 보냈', '단톡방에 잘못', '단톡에 잘못', '커피 쏟', '엎질렀', '늦잠', '말실수', '넘어졌'].flatMap((m) => [`${m}...울고 싶`, `${m}...울고싶`]),
          ...ashamedOf(['미용실', '앞머리', '머리 망', '머리를 망', '오타', '잘못 보냈', '단톡방에 잘못', '커피 쏟', '엎질렀', '말실수', '넘어졌'], ['쪽팔려서', '창피해서', '민망해서', '부끄러워서', '쪽팔려', '창피해'], ['죽고 싶', '죽고싶'], ' '),
        ],
      },
      vi: {
        idioms: [
          ...laughedOff(
            ['cắt tóc', 'cắt mái', 'tóc mái', 'làm tóc', 'uốn tóc', 'nhuộm tóc', 'tiệm tóc', 'tóc hỏng', 'tóc xấu', 'tóc bị hư', 'gõ sai', 'gõ nhầm', 'nhắn nhầm', 'gửi nhầm', 'nhắn lộn', 'gửi lộn', 'lỗi chính tả', 'nhầm nhóm', 'đổ cà phê', 'làm đổ cà phê', 'đổ trà sữa', 'làm đổ nước', 'vấp ngã', 'té sấp mặt', 'thua game', 'thua trận', 'thua kèo', 'ngủ quên', 'gọi cô giáo là mẹ', 'gọi nhầm tên', 'quê quá', 'quê độ'],
            ['muốn chết', 'muốn chết luôn', 'muốn chết quá', 'chết mất', 'chết luôn', 'chết đi được', 'muốn biến mất', 'muốn độn thổ'],
            ['haha', 'hihi', 'hehe', 'kk', 'lol']),
          ...ashamedOf(['cắt tóc', 'cắt mái', 'làm tóc', 'uốn tóc', 'nhuộm tóc', 'tóc hỏng', 'tóc xấu', 'gõ sai', 'gõ nhầm', 'nhắn nhầm', 'gửi nhầm', 'nhắn lộn', 'gửi lộn', 'đổ cà phê', 'vấp ngã', 'té sấp mặt', 'ngủ quên', 'gọi nhầm tên'], ['xấu hổ', 'quê quá', 'ngại quá', 'nhục quá'], ['muốn chết', 'chết mất', 'chết đi được', 'muốn biến mất']),
          'xấu hổ chết mất', 'xấu hổ chết đi được', 'quê quá muốn chết', 'quê độ muốn chết', 'ngại chết mất', 'ngại chết đi được',
        ],
      },
      ne: {
        idioms: [
          ...laughedOff(
            ['कपाल काट', 'कपाल कटा', 'कपाल बिग्र', 'हेयरकट', 'हेयर कट', 'सैलुन', 'गलत म्यासेज', 'गलत मेसेज', 'चिया पोख', 'सबैको अगाडि लड', 'गेम हार', 'खेलमा हार'],
            ['मर्छु', 'मरौं', 'मरुँ', 'मर्न मन लाग्यो', 'मर्न मन छ'], ['हाहा', 'हिहि', 'हेहे', 'haha', 'hehe', 'lol']),
          ...laughedOff(
            ['kapal kaat', 'kapal kat', 'kapal kata', 'kapal bigr', 'haircut', 'salon', 'typo', 'galat message', 'galat msg', 'chiya pokh', 'sabai ko agadi lad', 'sabaiko agadi lad', 'game haar', 'game har'],
            ['marchu', 'marchhu', 'marxu', 'marau', 'maru', 'marna man lagyo', 'marna mann lagyo'], ['haha', 'hehe', 'lol']),
          ...ashamedOf(['कपाल काट', 'कपाल कटा', 'कपाल बिग्र', 'हेयरकट', 'गलत म्यासेज', 'गलत मेसेज', 'चिया पोख', 'सबैको अगाडि लड'], ['लाजले', 'लाज लागेर'], ['मर्न मन', 'मरौं जस्तो', 'मरुँ जस्तो'], ' '),
          ...ashamedOf(['kapal kaat', 'kapal kat', 'kapal bigr', 'haircut', 'typo', 'galat message', 'chiya pokh'], ['laaj le', 'laj le', 'lajle', 'laajle', 'laaj lagera', 'laj lagera'], ['marna man', 'marau jasto', 'maru jasto'], ' '),
          // «लाजले मर्छु»: "I'll die of shame", a set phrase (as 'laaj le mar' above)
          'लाजले मर्छु', 'लाजले मरिन्छ', 'लाजले मर्ने भएँ', 'लाजले मर्ने भए', 'लाजले मर्न लागें', 'लाजले मर्न लागेँ', 'लाजले मरें', 'लाजले मरेँ', 'लाज लागेर मर्छु', 'laajle mar', 'lajle mar',
        ],
      },
      tl: {
        idioms: [
          ...laughedOff(
            ['gupit', 'nagpagupit', 'pinagupitan', 'ginupitan', 'bangs ko', 'nagpakulay', 'rebond', 'typo', 'na-send ko', 'nasend ko', 'nai-send ko', 'wrong send', 'maling gc', 'wrong gc', 'natapon ko', 'natapunan', 'nadapa', 'nadulas', 'natalo sa laro', 'natalo kami', 'talo sa ml', 'tinanghali', 'natawag kong nanay', 'nakatulog sa klase'],
            ['gusto ko nang mamatay', 'gusto ko na mamatay', 'gusto kong mamatay', 'gusto ko ng mamatay', 'mamatay na ako', 'mamatay na ko', 'mamatay na lang ako', 'gusto ko nang maglaho', 'lamunin na ako ng lupa', 'patay na ako'],
            ['haha', 'hehe', 'lol', 'char', 'jk']),
          ...ashamedOf(['gupit', 'nagpagupit', 'pinagupitan', 'ginupitan', 'bangs ko', 'typo', 'na-send ko', 'nasend ko', 'wrong send', 'maling gc', 'natapon ko', 'nadapa', 'nadulas', 'nakatulog sa klase'], ['nakakahiya', 'hiyang hiya', 'sa hiya'], ['gusto ko nang mamatay', 'gusto ko na mamatay', 'gusto kong mamatay', 'mamatay na ako', 'gusto ko na lang mamatay', 'gusto ko nang maglaho']),
        ],
      },
      pt: {
        idioms: [
          ...laughedOff(
            ['cortei o cabelo', 'cortar o cabelo', 'corte de cabelo', 'cabelo ficou', 'cortei a franja', 'franja', 'cabeleireir', 'pintei o cabelo', 'tingi o cabelo', 'descolori', 'progressiva', 'erro de digitação', 'digitei errado', 'escrevi errado', 'mandei errado', 'grupo errado', 'mandei pro chefe', 'mandei pra chefe', 'mandei pro meu chefe', 'mandei pra minha chefe', 'derramei', 'derrubei café', 'derrubei o café', 'derrubei suco', 'tropecei', 'levei um tombo', 'perdi o jogo', 'perdi a partida', 'dormi demais', 'perdi a hora', 'chamei a professora de mãe', 'chamei o professor de pai', 'paguei mico', 'paguei um mico', 'que mico'],
            ['quero morrer', 'vou morrer', 'tô morrendo', 'morri', 'quero sumir', 'quero me enterrar', 'me enterra'],
            ['kk', 'rsrs', 'haha', 'ksks', 'lol']),
          ...ashamedOf(['cortei o cabelo', 'corte de cabelo', 'cabelo ficou', 'cortei a franja', 'franja', 'pintei o cabelo', 'erro de digitação', 'digitei errado', 'mandei errado', 'grupo errado', 'mandei pro chefe', 'mandei pra chefe', 'derramei', 'tropecei', 'levei um tombo', 'dormi demais', 'chamei a professora de mãe'], ['vergonha', 'mico'], ['quero morrer', 'quero sumir', 'vou morrer', 'queria morrer']),
          'morta de vergonha', 'morto de vergonha', 'morrendo de vergonha',
        ],
      },
      id: {
        idioms: [
          ...laughedOff(
            ['potong rambut', 'motong rambut', 'rambut gagal', 'rambutku gagal', 'rambut jelek', 'rambutku jelek', 'poni', 'cat rambut', 'ngecat rambut', 'salon', 'tukang cukur', 'typo', 'salah ketik', 'salah kirim', 'salah chat', 'salah grup', 'kekirim ke', 'ketumpahan', 'numpahin', 'kesandung', 'kepeleset', 'kalah main', 'kalah game', 'kalah mabar', 'kalah push rank', 'kesiangan', 'ketiduran di kelas', 'salah panggil', 'manggil guru mama', 'keceplosan'],
            ['pengen mati', 'pgn mati', 'pen mati', 'mau mati', 'ingin mati', 'pengen ngilang', 'mau ngilang', 'pengen menghilang', 'mati aja', 'ngilang aja'],
            ['wkwk', 'haha', 'hehe', 'awok', 'xixi']),
          ...ashamedOf(['potong rambut', 'motong rambut', 'rambut gagal', 'rambutku gagal', 'rambut jelek', 'rambutku jelek', 'poni', 'cat rambut', 'salon', 'typo', 'salah ketik', 'salah kirim', 'salah chat', 'salah grup', 'ketumpahan', 'numpahin', 'kesandung', 'kepeleset', 'kesiangan', 'salah panggil', 'keceplosan'], ['malu'], ['pengen mati', 'pgn mati', 'mau mati', 'ingin mati', 'pengen ngilang']),
          'malu setengah mati',
        ],
      },
    },
  },
  {
    // Suicide as the topic of a film, a class, a talk or a leaflet (pass F4): «we show a film on bullying and
    // suicide at school», «nanood kami movie tungkol sa pagpapakamatay», and a child asking what the word means
    // («आत्महत्या भनेको के हो? छोराले सोध्यो»). Only the topic's own word is quiet: "after the film I want to
    // die too", «my son watched a suicide video and now says he wants to die» still alarm by their own words.
    name: 'suicide as the topic of a film, a class, a talk or a leaflet; a child asking what the word means',
    signal: null,
    words: {
      ja: {
        idioms: [
          ...each(
            each(['自殺', 'じさつ', '自殺予防', 'じさつよぼう', '自殺対策', 'じさつたいさく', '自殺防止', 'じさつぼうし', 'いじめと自殺', 'いじめとじさつ', '自死'], ['についての', 'に関する', 'をテーマにした', 'を扱った', 'の'], ''),
            ['映画', 'えいが', '授業', 'じゅぎょう', '講演', '講座', '研修', '本', '絵本', 'ドキュメンタリー', '番組', '動画', 'どうが', 'ポスター', 'チラシ', 'パンフ', 'リーフレット', '冊子', '教材', 'ドラマ', 'アニメ', '漫画', '週間', 'キャンペーン'], ''),
          '自殺ってどういう', 'じさつってどういう', '自殺の意味', 'じさつのいみ', '自殺ってなあに', 'じさつってなあに', '自殺って何のこと', '自殺とは何', 'じさつとはなに',
        ],
      },
      en: {
        idioms: [
          ...each(
            each(['film', 'films', 'movie', 'video', 'documentary', 'class', 'lesson', 'lecture', 'talk', 'seminar', 'workshop', 'assembly', 'presentation', 'leaflet', 'leaflets', 'flyer', 'flyers', 'brochure', 'brochures', 'pamphlet', 'pamphlets', 'poster', 'posters', 'book', 'books', 'campaign', 'program', 'programme', 'training', 'course', 'session', 'play', 'unit', 'project', 'handout', 'handouts', 'materials', 'episode'], ['about', 'on', 'regarding', 'for']),
            ['suicide', 'suicide prevention', 'preventing suicide', 'bullying and suicide', 'depression and suicide', 'mental health and suicide', 'youth suicide', 'teen suicide']),
          ...['week', 'day', 'month', 'class', 'lesson', 'training', 'talk', 'poster', 'posters', 'leaflet', 'leaflets', 'flyer', 'flyers', 'campaign', 'program', 'programme', 'course', 'workshop', 'seminar', 'event', 'materials', 'booklet', 'film', 'video', 'assembly'].map((m) => `suicide prevention ${m}`),
          'what does suicide mean', 'what is suicide', 'whats suicide', 'meaning of suicide', 'the word suicide', 'what the word suicide',
        ],
      },
      zh: {
        idioms: [
          ...each(
            ['关于自杀的', '有关自杀的', '讲自杀的', '自杀主题的', '以自杀为主题的', '自杀预防的', '预防自杀的', '防止自杀的', '自杀防治的', '霸凌和自杀的', '欺凌和自杀的', '校园霸凌和自杀的'],
            ['电影', '片子', '影片', '纪录片', '课', '讲座', '宣传单', '传单', '海报', '小册子', '书', '视频', '宣传', '活动', '教材', '绘本', '剧'], ''),
          ...each(['自杀预防', '预防自杀', '自杀防治', '防止自杀'], ['课', '讲座', '宣传', '日', '周', '月', '教育', '海报', '传单', '手册', '活动', '培训'], ''),
          '自杀是什么意思', '什么是自杀', '自杀是什么', '自杀什么意思', '自杀的意思', '自杀是啥',
        ],
      },
      ko: {
        idioms: [
          ...each(['자살에 관한', '자살에 대한', '자살 관련', '자살 예방', '자살예방', '자살 예방에 관한', '학교폭력과 자살에 관한', '왕따와 자살에 대한'],
            ['영화', '수업', '강의', '교육', '강연', '포스터', '전단지', '팜플렛', '팸플릿', '책', '다큐', '영상', '캠페인', '주간', '자료', '드라마']),
          '자살이 뭐예요', '자살이 뭐야', '자살이 뭐에요', '자살이 무슨 뜻', '자살 뜻', '자살이란', '자살이 뭔지',
        ],
      },
      vi: {
        idioms: [
          ...each(
            each(['phim', 'bộ phim', 'buổi nói chuyện', 'buổi học', 'lớp học', 'tiết học', 'bài học', 'hội thảo', 'tờ rơi', 'áp phích', 'poster', 'sách', 'video', 'clip', 'tài liệu', 'chương trình', 'chiến dịch', 'tập huấn'], ['về', 'nói về', 'về chủ đề']),
            ['tự tử', 'tự sát', 'phòng chống tự tử', 'phòng ngừa tự tử', 'bắt nạt và tự tử', 'bạo lực học đường và tự tử']),
          'tự tử là gì', 'tự sát là gì', 'tự tử nghĩa là gì', 'tự tử là sao', 'tự tử nghĩa là sao',
        ],
      },
      ne: {
        idioms: [
          ...each(['आत्महत्याबारे', 'आत्महत्याबारेको', 'आत्महत्याको बारेमा', 'आत्महत्या सम्बन्धी', 'आत्महत्या सम्बन्धि', 'आत्महत्या रोकथाम', 'आत्महत्या रोकथामबारे', 'आत्महत्या रोकथामको'],
            ['फिल्म', 'चलचित्र', 'कक्षा', 'क्लास', 'भिडियो', 'किताब', 'पुस्तक', 'पर्चा', 'पम्प्लेट', 'पोस्टर', 'तालिम', 'कार्यक्रम', 'सेमिनार', 'कुराकानी', 'डकुमेन्ट्री']),
          ...each(['aatmahatya bare', 'aatmahatyabare', 'atmahatya bare', 'atmahatyabare', 'aatmahatya ko barema', 'atmahatya ko barema', 'aatmahatya sambandhi', 'atmahatya sambandhi', 'aatmahatya rokthaam', 'atmahatya rokthaam', 'aatmahatya rokatham', 'atmahatya rokatham'],
            ['film', 'class', 'video', 'kitab', 'parcha', 'pamphlet', 'poster', 'taalim', 'talim', 'karyakram', 'seminar', 'documentary']),
          'आत्महत्या भनेको के', 'आत्महत्या भन्नाले', 'आत्महत्याको अर्थ', 'aatmahatya bhaneko ke', 'atmahatya bhaneko ke', 'aatmahatya ko artha', 'atmahatya ko artha',
        ],
      },
      tl: {
        idioms: [
          ...each(
            each(['movie', 'pelikula', 'palabas', 'video', 'seminar', 'talk', 'klase', 'lesson', 'leksyon', 'libro', 'aklat', 'leaflet', 'flyer', 'poster', 'dokumentaryo', 'documentary', 'babasahin', 'programa', 'kampanya'], ['tungkol sa', 'ukol sa', 'about']),
            ['pagpapakamatay', 'suicide', 'pag-iwas sa pagpapakamatay', 'suicide prevention', 'bullying at pagpapakamatay', 'bullying at suicide']),
          'ano ang pagpapakamatay', 'ano yung pagpapakamatay', 'ano yun pagpapakamatay', 'ano ang ibig sabihin ng pagpapakamatay', 'ano ibig sabihin ng pagpapakamatay', 'ano ang suicide', 'ano yung suicide', 'ano ibig sabihin ng suicide', 'ano ang ibig sabihin ng suicide',
        ],
      },
      pt: {
        idioms: [
          ...each(
            each(['filme', 'vídeo', 'documentário', 'aula', 'palestra', 'roda de conversa', 'panfleto', 'panfletos', 'folheto', 'folhetos', 'cartaz', 'cartazes', 'cartilha', 'livro', 'campanha', 'curso', 'treinamento', 'material', 'série', 'peça', 'projeto', 'trabalho'], ['sobre', 'de', 'a respeito de', 'contra o', 'de prevenção ao', 'de prevenção do']),
            ['suicídio', 'prevenção ao suicídio', 'prevenção do suicídio', 'bullying e suicídio', 'depressão e suicídio', 'o suicídio']),
          'o que é suicídio', 'o que significa suicídio', 'o que quer dizer suicídio', 'o que é o suicídio', 'setembro amarelo',
        ],
      },
      id: {
        idioms: [
          ...each(
            each(['film', 'video', 'seminar', 'penyuluhan', 'sosialisasi', 'kelas', 'pelajaran', 'materi', 'brosur', 'poster', 'pamflet', 'selebaran', 'leaflet', 'buku', 'dokumenter', 'kampanye', 'webinar', 'talkshow', 'acara', 'tugas'], ['tentang', 'soal', 'mengenai', 'ttg']),
            ['bunuh diri', 'pencegahan bunuh diri', 'bullying dan bunuh diri', 'perundungan dan bunuh diri', 'depresi dan bunuh diri']),
          ...['penyuluhan', 'sosialisasi', 'seminar', 'kampanye', 'poster', 'brosur', 'materi', 'webinar', 'hari'].map((m) => `${m} pencegahan bunuh diri`),
          'bunuh diri itu apa', 'apa itu bunuh diri', 'bunuh diri artinya apa', 'arti bunuh diri', 'bunuh diri tuh apa', 'apa sih bunuh diri',
        ],
      },
    },
  },
  {
    // A child's "I'll kill you" to a classmate or a playmate, told by the parent the school called (pass F4):
    // «छोराले स्कुलमा खेल्दा साथीलाई मार्छु भन्यो रे, शिक्षकले बोलाए». The child is the one who said it (the
    // subject, the verb of saying), to another child (the one said to, not the one who said it: 「友達に…言われた」,
    // "a classmate told him", «친구가 죽여버린다고» are not here): a threat at home («छोराले मलाई मार्छु भन्यो»),
    // a classmate's threat to my child, a knife or a blow besides still alarm by their own words.
    name: 'a child who said “I’ll kill you” to a classmate at play or in a quarrel',
    signal: null,
    words: {
      ja: {
        idioms: [{ a: ['息子が', 'むすこが', '娘が', 'むすめが', 'うちの子が', '子どもが', 'こどもが', '子供が'], b:
          ['友達に', '友だちに', 'ともだちに', '同級生に', 'クラスの子に', '他の子に', 'ほかの子に', 'お友達に', 'クラスメイトに'].flatMap((peer) =>
            ['殺す', 'ころす', '殺してやる', 'ころしてやる', '死ねって', '死ねと', 'しねって', 'しねと'].flatMap((kill) => ['言っ', 'いった', 'いって'].map((said) => `${peer}...${kill}...${said}`))) }],
      },
      en: {
        idioms: [{ a: ['my son', 'my daughter', 'my kid', 'my boy', 'my girl', 'my child'], b:
          ['a classmate', 'his classmate', 'her classmate', 'a friend', 'his friend', 'her friend', 'another kid', 'another boy', 'another girl', 'another child', 'a boy in his class', 'a girl in her class'].flatMap((peer) => [
            `told ${peer}...kill you`,
            ...['said', 'says', 'yelled', 'shouted', 'screamed'].flatMap((v) => [`${v}...kill you...to ${peer}`, `${v}...kill you...at ${peer}`, `${v} to ${peer}...kill you`]),
          ]), reach: 1 }],
      },
      zh: {
        idioms: [{ a: ['儿子', '女儿', '孩子', '小孩'], b:
          ['跟同学', '对同学', '和同学', '跟朋友', '对朋友', '跟小朋友', '对小朋友', '跟班上同学', '对班上同学', '对别的小朋友', '跟别的小朋友', '对别的孩子', '跟同桌', '对同桌'].flatMap((peer) =>
            ['说', '讲', '喊', '吼'].flatMap((said) => ['杀了你', '杀死你', '弄死你', '打死你', '宰了你'].map((kill) => `${peer}${said}...${kill}`))) }],
      },
      ko: {
        idioms: [{ a: ['아들이', '딸이', '애가', '아이가', '우리 애가', '큰애가', '작은애가'], b:
          ['친구한테', '친구에게', '친구들한테', '반 친구한테', '같은 반 애한테', '다른 애한테', '다른 아이한테'].flatMap((peer) =>
            ['죽여버린다고', '죽여 버린다고', '죽여버릴 거라고', '죽인다고', '죽일 거라고', '죽일거라고'].map((kill) => `${peer} ${kill}`)) }],
      },
      vi: {
        idioms: [{ a: ['con trai tôi', 'con gái tôi', 'con tôi', 'con trai em', 'con gái em', 'con em', 'con mình', 'bé nhà tôi', 'bé nhà em', 'thằng bé', 'thằng cu'], b:
          ['nói với bạn', 'bảo bạn', 'dọa bạn', 'chửi bạn', 'nói với một bạn', 'nói với các bạn'].flatMap((peer) =>
            ['giết mày', 'tao giết', 'giết chết mày'].map((kill) => `${peer}...${kill}`)) }],
      },
      ne: {
        idioms: [
          ...[{ a: ['छोराले', 'छोरीले', 'बच्चाले', 'नानीले', 'बाबुले'], b:
            ['साथीलाई', 'साथीहरूलाई', 'साथीहरुलाई', 'सहपाठीलाई', 'अर्को बच्चालाई', 'अर्को केटालाई', 'केटालाई'].flatMap((peer) =>
              ['मार्छु', 'मारिदिन्छु', 'मार्दिन्छु', 'मारिदिन्छ'].flatMap((kill) => [`${peer}...${kill}`, `${kill}...${peer}`])) }],
          ...[{ a: ['chhorale', 'chhora le', 'chhorile', 'chhori le', 'bachhale', 'bachha le', 'babu le'], b:
            ['sathilai', 'sathi lai', 'saathi lai', 'saathilai', 'sathiharulai', 'sathiharu lai', 'sahapathi lai', 'arko bachha lai', 'arko keta lai'].flatMap((peer) =>
              ['marchu', 'marchhu', 'marxu', 'maridinchu', 'mardinchu'].flatMap((kill) => [`${peer}...${kill}`, `${kill}...${peer}`])) }],
        ],
      },
      tl: {
        idioms: [{ a: ['anak ko', 'anak namin', 'si bunso', 'panganay ko'], b:
          ['sa kaklase', 'sa classmate', 'sa kalaro', 'sa kaibigan niya', 'sa kaibigan nya', 'sa ibang bata'].flatMap((peer) =>
            ['papatayin kita', 'patayin kita', 'papatayin ka'].flatMap((kill) => [`${peer}...${kill}`, `${kill}...${peer}`])) }],
      },
      pt: {
        idioms: [{ a: ['meu filho', 'minha filha', 'meu menino', 'minha menina'], b:
          ['pro colega', 'pra colega', 'para o colega', 'para a colega', 'ao colega', 'pro amigo', 'pra amiga', 'para o amigo', 'para a amiga', 'pro amiguinho', 'pra amiguinha', 'pro coleguinha', 'pra coleguinha'].flatMap((peer) =>
            ['vou te matar', 'te mato', 'vou matar você', 'vou matar vc', 'matar ele', 'matar ela'].flatMap((kill) => [`${peer}...${kill}`, `${kill}...${peer}`])) }],
      },
      id: {
        idioms: [{ a: ['anakku', 'anak saya', 'anak gue', 'anak gw', 'anak aku'], b:
          ['ke temannya', 'ke temennya', 'sama temannya', 'sama temennya', 'ke teman sekelasnya', 'ke temen sekelasnya', 'ke teman sekelas', 'ke temen sekelas'].flatMap((peer) =>
            ['bunuh kamu', 'bunuh lo', 'bunuh lu', 'kubunuh', 'gue bunuh', 'aku bunuh', 'bunuh kau'].flatMap((kill) => [`${peer}...${kill}`, `${kill}...${peer}`])) }],
      },
    },
  },
  {
    // Stalking asked about for a friend, a sister, a colleague (pass F4): «朋友被前男友跟踪 我怎么帮她» — the
    // women's window, no crisis (LABELLING), and the «跟踪我» the folded text glues across the clause is not the
    // writer's. A threat to kill, a weapon, a man at her door now still alarm by their own words. (Only the
    // Chinese glues a crisis word here today; the others name the same case, for messages yet to come.)
    name: 'stalking asked about for a friend',
    signal: null,
    words: {
      ja: { idioms: ['友達がストーカー', '友達が元彼にストーカー', '友達が元カレにストーカー', '友人がストーカー', '友人が元夫にストーカー', 'ともだちがすとーかー', '友達が付きまとわれ', '友達がつきまとわれ', '友達が元彼に付きまとわれ', '友達が元彼につきまとわれ', '姉が元夫に付きまとわれ', '妹が元彼に付きまとわれ'] },
      en: { idioms: ['my friend is being stalked', 'my friend is getting stalked', 'my friend has a stalker', 'my friends ex is stalking her', 'my friends ex keeps following her', 'my sister is being stalked', 'my sisters ex is stalking her', 'my coworker is being stalked', 'stalking my friend', 'stalking my sister', 'help a friend who is being stalked', 'help my friend who is being stalked'] },
      zh: {
        idioms: [
          ...['朋友', '闺蜜', '好友', '好朋友', '同事', '室友', '同学', '姐姐', '妹妹', '女儿', '表姐', '表妹', '邻居', '她'].flatMap((f) => [`${f}被...跟踪`, `${f}一直被...跟踪`, `${f}最近被...跟踪`, `${f}总是被...跟踪`]),
          ...['朋友', '闺蜜', '同事', '室友', '同学', '姐姐', '妹妹', '姐', '妹', '女儿', '表姐', '表妹'].map((f) => `跟踪我${f}`),
        ],
      },
      ko: { idioms: ['친구가 스토킹', '친구가 전 남친한테 스토킹', '친구가 전남친한테 스토킹', '친구가 전 남자친구한테 스토킹', '언니가 스토킹', '동생이 스토킹', '친구를 스토킹', '친구 스토킹'] },
      vi: { idioms: ['bạn tôi bị theo dõi', 'bạn tôi bị người yêu cũ theo dõi', 'bạn tôi bị bạn trai cũ theo dõi', 'bạn em bị người yêu cũ theo dõi', 'bạn em bị bạn trai cũ theo dõi', 'bạn mình bị người yêu cũ theo dõi', 'bạn tôi bị đeo bám', 'bạn em bị đeo bám', 'bạn tôi bị người yêu cũ đeo bám', 'bạn em bị người yêu cũ đeo bám'] },
      ne: { idioms: ['साथीलाई पुरानो प्रेमीले पछ्याउँछ', 'साथीलाई पुरानो प्रेमीले पछ्याइरहन्छ', 'साथीलाई पछ्याउँछ', 'साथीलाई पछ्याइरहन्छ', 'sathi lai purano premi le pachhyauchha', 'sathilai pachhyauchha', 'sathi lai pachhyauchha'] },
      tl: { idioms: ['sinusundan ng ex niya yung kaibigan ko', 'sinusundan ng ex nya yung kaibigan ko', 'ini-stalk ng ex niya', 'ini-stalk ng ex nya', 'yung kaibigan ko ini-stalk', 'kaibigan ko ay ini-stalk', 'kaibigan ko sinusundan ng ex'] },
      pt: { idioms: ['minha amiga está sendo perseguida', 'minha amiga tá sendo perseguida', 'minha amiga ta sendo perseguida', 'minha irmã está sendo perseguida', 'persegue minha amiga', 'perseguindo minha amiga', 'minha amiga sofre perseguição', 'o ex da minha amiga persegue'] },
      id: { idioms: ['temanku diuntit', 'temenku diuntit', 'teman saya diuntit', 'temen gue diuntit', 'kakakku diuntit', 'adikku diuntit', 'nguntit temanku', 'menguntit teman saya', 'ngikutin temanku terus'] },
    },
  },
  {
    // A phone, a battery or a laptop that "dies" (pass F15): «hp mau mati, nanti aku chat lagi ya», «celular
    // morreu, to mandando do cel da minha amiga», "phone's dying", 「携帯死んだ」, 手机快死了, 폰 죽었어, «namatay
    // cellphone ko», «फोन मर्यो»: the device, named right before its dying, and the friend's phone written from.
    // Only the device's own words: «aku mau mati aja», "i'm dying, my phone is the only way to reach anyone",
    // «quero morrer, meu celular ta sem bateria» still alarm. (The Indonesian «hp aku mau mati» is left out:
    // «hp, aku mau mati» reads the same once the comma is folded away.)
    name: 'a phone or a battery that “dies”; writing from a friend’s phone',
    signal: null,
    words: {
      ja: {
        idioms: [
          ...each(
            each(['スマホ', 'すまほ', '携帯', 'けいたい', 'ケータイ', 'けーたい', 'アイフォン', 'あいふぉん', 'iphone', 'バッテリー', 'ばってりー', '電池', 'でんち', '充電', 'じゅうでん', 'パソコン', 'ぱそこん', 'タブレット'], ['', 'が'], ''),
            ['死んだ', 'しんだ', '死にそう', 'しにそう', '死んでる', 'しんでる', '死にかけ', 'しにかけ', '死亡', 'しぼう', '死ぬ', 'しぬ', '死んじゃ', 'しんじゃ'], ''),
          ...each(['スマホの', 'すまほの', '携帯の', 'けいたいの', 'ケータイの'], ['充電', 'じゅうでん', '電池', 'でんち', 'バッテリー', 'ばってりー'].flatMap((b) => [`${b}死`, `${b}が死`, `${b}しにそう`, `${b}しんだ`, `${b}がしにそう`, `${b}がしんだ`]), ''),
          ...each(['友達の', 'ともだちの', '友だちの', '姉の', '妹の', '母の', 'ははの', '親の'], ['スマホから', 'すまほから', '携帯から', 'けいたいから', 'ケータイから'], ''),
        ],
      },
      en: {
        idioms: [
          ...each(['phone', 'phones', 'fone', 'cell', 'cellphone', 'mobile', 'iphone', 'battery', 'batterys', 'batt', 'laptop', 'laptops', 'tablet', 'ipad', 'airpods', 'charger'],
            ['is dying', 'dying', 'is about to die', 'about to die', 'abt to die', 'bout to die', 'is gonna die', 'gonna die', 'is going to die', 'going to die', 'finna die', 'will die', 'is almost dead', 'almost dead', 'nearly dead', 'is nearly dead', 'is dead', 'dead', 'died', 'just died', 'has died', 'is on 1', 'on 1']),
          ...each(['from', 'on', 'using', 'borrowing', 'texting from', 'typing on'], ['my friends phone', 'a friends phone', 'my moms phone', 'my mums phone', 'my sisters phone', 'my brothers phone', 'someone elses phone', 'my bfs phone', 'my gfs phone']),
        ],
      },
      zh: {
        idioms: [
          ...each(['手机', '电话', '电池', '手机电池', '电脑', '笔电', '平板', 'iphone'],
            ['快死了', '要死了', '快要死了', '死了', '死掉了', '快死掉了', '要死掉了', '死咗', '快死', '要死', '挂了', '快挂了', '要挂了', '快没电了', '要没电了', '快要没电了', '没电了', '冇电', '冇电了', '就快冇电'], ''),
          ...each(['用朋友的', '用同学的', '用我妈的', '用我姐的', '借朋友的', '借同学的', '朋友的', '同学的'], ['手机', '电话'], ''),
        ],
      },
      ko: {
        idioms: each(['폰', '폰이', '핸드폰', '핸드폰이', '휴대폰', '휴대폰이', '핸폰', '핸폰이', '배터리', '배터리가', '밧데리', '밧데리가', '노트북', '노트북이', '아이폰', '아이폰이', '갤럭시', '갤럭시가'],
          ['죽었', '죽음', '죽을 것 같', '죽을거 같', '죽을 거 같', '죽을것 같', '곧 죽', '죽기 직전', '죽어가', '죽는다', '죽어서', '죽기 일보', '꺼졌', '꺼질 것 같', '나갔']),
      },
      vi: {
        idioms: [
          ...each(['điện thoại', 'đt', 'đth', 'đthoại', 'điện thoại em', 'điện thoại tôi', 'điện thoại mình', 'điện thoại tui', 'máy em', 'máy tôi', 'máy mình', 'máy tui', 'pin', 'pin điện thoại', 'laptop', 'iphone', 'ip'],
            ['sắp chết', 'sắp chết rồi', 'chết rồi', 'chết', 'chết pin', 'sắp hết pin', 'hết pin', 'sắp sập nguồn', 'sập nguồn', 'sắp tắt', 'sắp die', 'die rồi', 'sắp ngủm', 'ngủm rồi']),
          ...each(['bằng', 'từ', 'mượn'], ['điện thoại bạn', 'điện thoại của bạn', 'máy bạn', 'máy của bạn', 'điện thoại của chị', 'điện thoại của mẹ']),
        ],
      },
      ne: {
        idioms: [
          ...each(['फोन', 'मोबाइल', 'ब्याट्री', 'ब्याट्रि', 'ल्यापटप', 'फोनको ब्याट्री'], ['मर्यो', 'मरयो', 'मर्न लाग्यो', 'मर्न लागेको', 'मर्न लाग्यो है', 'मरिसक्यो', 'मर्दैछ', 'मर्दै छ', 'मर्ला', 'मर्ने भयो', 'डेड भयो', 'सकियो', 'सकिन लाग्यो']),
          ...each(['phone', 'fon', 'mobile', 'battery', 'laptop'], ['maryo', 'marna lagyo', 'marna laagyo', 'marna lageko', 'marna laageko', 'marisakyo', 'mardai cha', 'mardai chha', 'mardaicha', 'marla', 'marne bhayo', 'dead bhayo', 'sakiyo', 'sakina lagyo']),
          ...each(['साथीको', 'दिदीको', 'बहिनीको', 'आमाको', 'sathi ko', 'saathi ko', 'sathiko', 'didi ko', 'aama ko'], ['फोनबाट', 'मोबाइलबाट', 'phone bata', 'phonebata', 'mobile bata']),
        ],
      },
      tl: {
        idioms: [
          ...phrases(each(each(['namatay', 'namatayan na', 'mamamatay na', 'mamatay na', 'malapit na mamatay', 'malapit nang mamatay', 'patay na', 'patay', 'lowbat na', 'deadbat na', 'lobat na'], ['', 'ang ', 'yung '], ' '), ['cellphone', 'cp', 'phone', 'fone', 'selpon', 'cel', 'battery', 'baterya', 'batt', 'laptop', 'tablet'], '')).map((w) => w.replace(/ {2,}/g, ' ')),
          ...each(['cellphone', 'cp', 'phone', 'fone', 'selpon', 'cel', 'battery', 'baterya', 'laptop'].flatMap((d) => [d, `${d} ko`]), ['namatay', 'namatay na', 'mamamatay na', 'mamatay na', 'patay na', 'malapit na mamatay', 'malapit nang mamatay', 'malapit na ma-lowbat', 'lowbat na']),
          ...each(['sa phone ng', 'sa cp ng', 'sa cellphone ng', 'gamit ang phone ng', 'gamit phone ng', 'gamit cp ng', 'hiniram ko phone ng', 'hiniram ko cp ng'], ['friend ko', 'kaibigan ko', 'ate ko', 'kuya ko', 'mama ko', 'nanay ko', 'pinsan ko']),
        ],
      },
      pt: {
        idioms: [
          ...each(['celular', 'cel', 'celula', 'telefone', 'smartphone', 'iphone', 'bateria', 'notebook', 'tablet', 'fone'],
            ['morreu', 'ta morrendo', 'está morrendo', 'morrendo', 'vai morrer', 'ta pra morrer', 'tá quase morrendo', 'quase morrendo', 'quase morreu', 'já morreu', 'ta morto', 'morto', 'ta morta', 'morta', 'descarregou', 'ta descarregando', 'sem bateria', 'ta sem bateria', 'acabou a bateria', 'pifou', 'apagou']),
          ...each(['mandando', 'escrevendo', 'falando'], each(['do', 'pelo'], ['cel', 'celular']).flatMap((c) => [`${c} da minha amiga`, `${c} do meu amigo`, `${c} da minha mãe`, `${c} da minha irmã`, `${c} do meu irmão`, `${c} de uma amiga`, `${c} de um amigo`, `${c} da minha prima`, `${c} do meu namorado`])),
        ],
      },
      id: {
        idioms: [
          ...each(['hp', 'hpku', 'hp ku', 'hpnya', 'hape', 'hapeku', 'handphone', 'ponsel', 'ponselku', 'henpon', 'batre', 'batreku', 'batrei', 'baterai', 'bateraiku', 'baterai hp', 'batre hp', 'laptop', 'laptopku', 'hp lowbat', 'hp udah lowbat'],
            ['mau mati', 'mo mati', 'udah mau mati', 'udh mau mati', 'dah mau mati', 'bentar lagi mati', 'bntr lg mati', 'hampir mati', 'sekarat', 'udah sekarat', 'mati', 'udah mati', 'udh mati', 'keburu mati', 'mau abis', 'mau habis', 'sisa 1', 'tinggal 1', 'lowbat']),
          ...each(['pake', 'pakai', 'pinjem', 'pinjam', 'minjem', 'dari', 'lewat'], ['hp temen', 'hp teman', 'hp temenku', 'hp temanku', 'hp kakak', 'hp adik', 'hp mama', 'hp ibu', 'hp nyokap', 'hp sepupu', 'hp pacar']),
        ],
      },
    },
  },
  {
    // Drowning in debt, bills, work or homework, said as a figure of speech (pass F15): "debt is drowning me fr.
    // who do i even talk to", «as dívidas tão me afogando», «tenggelam utang», 「課題に溺れそう」, 빚에 허우적,
    // 被债务淹没, «chết đuối trong nợ», «lunod na ako sa utang», «ऋणमा डुबेको छु». The drowning word with the
    // burden that drowns: "my son is drowning in the river", «meu filho está se afogando na piscina» and "debt is
    // drowning me, i want to die" (by its wish) still alarm.
    name: 'drowning in debt, bills, work or homework',
    signal: null,
    words: {
      ja: {
        idioms: each(['借金', 'しゃっきん', 'ローン', 'ろーん', '支払い', 'しはらい', '請求書', 'せいきゅうしょ', '仕事', 'しごと', '課題', 'かだい', '宿題', 'しゅくだい', 'レポート', 'れぽーと', '締め切り', '締切', 'しめきり', 'タスク', 'たすく', 'バイト', 'ばいと', '家事', 'かじ', 'テスト勉強', '試験勉強'],
          ['に溺れ', 'におぼれ', 'で溺れ', 'でおぼれ', 'の海に溺れ', 'のうみにおぼれ', 'の山に溺れ', 'のやまにおぼれ', 'に埋もれて溺れ'], ''),
      },
      en: {
        idioms: [
          ...each(['debt', 'debts', 'bills', 'loans', 'student loans', 'rent', 'interest', 'payments', 'expenses', 'credit card', 'tuition', 'fees', 'work', 'this job', 'my job', 'school', 'uni', 'college', 'homework', 'hw', 'assignments', 'deadlines', 'exams', 'schoolwork', 'coursework', 'chores', 'paperwork'],
            ['is drowning me', 'are drowning me', 'drowning me', 'r drowning me', 'is drowning us', 'are drowning us', 'drowning us', 'been drowning me', 'keeps drowning me', 'is literally drowning me', 'is lowkey drowning me', 'is honestly drowning me', 'has me drowning', 'have me drowning', 'got me drowning', 'is making me drown', 'making me drown']),
          ...each(['drowning in', 'drowning under', 'im drowning in', 'drowned in', 'drowning from'], ['debts', 'student loans', 'student debt', 'credit card debt', 'cc debt', 'medical bills', 'rent', 'payments', 'interest', 'fees', 'tuition', 'assignments', 'deadlines', 'exams', 'schoolwork', 'coursework', 'essays', 'uni work', 'school work', 'chores', 'housework', 'overdue bills', 'late fees', 'bills', 'debt', 'work', 'homework', 'loans']),
          'drowning financially', 'financially drowning',
        ],
      },
      zh: {
        idioms: [
          ...each(['被债务', '被债', '被欠债', '被账单', '被帐单', '被贷款', '被卡债', '被房贷', '被车贷', '被网贷', '被信用卡', '被工作', '被作业', '被功课', '被报告', '被论文', '被考试', '被家务', '被deadline', '被ddl'], ['淹没', '淹死', '溺死', '淹到', '淹'], ''),
          ...each(['淹没在', '淹死在', '溺死在', '溺在', '快淹死在', '快溺死在'], ['债务', '债海', '债', '账单', '帐单', '贷款', '卡债', '作业', '工作', '功课', '论文', '报告'], ''),
          ...each(['债务', '债', '欠债', '账单', '帐单', '贷款', '卡债', '作业', '工作', '功课', '论文', '报告', 'deadline', 'ddl'], ['快把我淹死', '快把我淹没', '要把我淹死', '要把我淹没', '把我淹死', '把我淹没', '淹没我', '淹死我', '快淹死我', '快淹没我'], ''),
        ],
      },
      ko: {
        idioms: each(['빚에', '빚더미에', '빚더미 속에서', '빚 속에서', '대출에', '대출 이자에', '이자에', '카드값에', '카드빚에', '청구서에', '고지서에', '월세에', '일에', '업무에', '과제에', '숙제에', '시험공부에', '마감에', '서류에'],
          ['허우적', '빠져 죽', '빠져서 죽', '잠겨', '익사', '숨이 막', '숨 막', '숨막', '질식', '빠져 허우적', '빠져서 허우적', '파묻혀', '묻혀 죽', '깔려 죽']),
      },
      vi: {
        idioms: [
          ...each(['chết chìm', 'chết đuối', 'chìm', 'ngập', 'ngập đầu', 'ngộp', 'ngộp thở', 'đuối', 'đắm chìm', 'ngụp lặn'],
            ['trong nợ', 'trong đống nợ', 'trong nợ nần', 'trong biển nợ', 'giữa biển nợ', 'vì nợ', 'trong deadline', 'trong đống deadline', 'trong bài tập', 'trong đống bài tập', 'trong công việc', 'trong đống việc', 'trong việc', 'trong hóa đơn', 'trong đống hóa đơn', 'trong bài vở', 'trong bài kiểm tra']),
          ...each(['nợ', 'nợ nần', 'deadline', 'bài tập', 'công việc', 'hóa đơn'], ['làm tôi chết đuối', 'làm em chết đuối', 'làm mình chết đuối', 'nhấn chìm tôi', 'nhấn chìm em', 'nhấn chìm mình', 'dìm chết tôi', 'dìm chết em', 'dìm chết mình']),
          'nợ ngập đầu', 'nợ nần ngập đầu', 'ngập nợ', 'ngập đầu trong nợ',
        ],
      },
      ne: {
        idioms: [
          ...each(['ऋणमा', 'कर्जामा', 'सापटीमा', 'ऋणको भारमा', 'कर्जाको भारमा', 'किस्तामा', 'बिलमा', 'काममा', 'ऋणको दलदलमा'], ['डुबें', 'डुबेँ', 'डुबेको', 'डुबिसकें', 'डुबिसकेँ', 'डुब्दैछु', 'डुब्दै छु', 'डुबिरहेको', 'डुब्न लागें', 'डुब्न लागेँ']),
          ...each(['ऋणले', 'कर्जाले', 'किस्ताले', 'बिलले', 'कामले'], ['डुबायो', 'डुबाइसक्यो', 'डुबाउँदैछ', 'डुबाउन लाग्यो']),
          ...each(['rin ma', 'rinma', 'rin ko bhar ma', 'karja ma', 'karjama', 'karja ko bhar ma', 'sapati ma', 'kista ma', 'bill ma', 'kaam ma', 'kam ma'], ['dube', 'dubey', 'dubeko', 'dubisake', 'dubdai chu', 'dubdai chhu', 'dubirahe', 'dubna lage']),
          ...each(['karja le', 'karjale', 'rin le', 'rinle', 'kista le', 'bill le', 'kaam le', 'kaamle'], ['dubayo', 'dubaayo', 'dubaisakyo', 'dubaudai cha', 'dubauna lagyo']),
        ],
      },
      tl: {
        idioms: [
          ...each(['lunod', 'lunod na', 'lunod na ako', 'lunod na ko', 'nalunod', 'nalulunod', 'nalulunod na', 'nalulunod na ako', 'nalulunod na ko', 'lubog', 'lubog na', 'lubog na ako', 'nalulubog', 'nalulubog na ako', 'baon na ako', 'baon na ko'],
            ['sa utang', 'sa mga utang', 'sa bayarin', 'sa mga bayarin', 'sa bills', 'sa trabaho', 'sa work', 'sa assignments', 'sa assignment', 'sa school works', 'sa schoolworks', 'sa schoolwork', 'sa gawain', 'sa deadlines', 'sa deadline', 'sa loans', 'sa loan', 'sa hulugan', 'sa interes', 'sa renta', 'sa upa', 'sa plates', 'sa requirements', 'sa modules', 'sa module']),
          ...each(['nilulunod ako ng', 'nilunod ako ng', 'nilulunod na ako ng', 'nilulunod kami ng'], ['utang', 'bayarin', 'bills', 'trabaho', 'assignments', 'gastos']),
        ],
      },
      pt: {
        idioms: [
          ...each(['dívidas', 'dívida', 'as contas', 'contas', 'boletos', 'o aluguel', 'aluguel', 'empréstimo', 'empréstimos', 'cartão', 'fatura', 'faturas', 'juros', 'trabalho', 'faculdade', 'provas', 'tarefas', 'trabalhos'],
            ['tão me afogando', 'estão me afogando', 'ta me afogando', 'está me afogando', 'me afogando', 'me afogam', 'vão me afogar', 'vai me afogar', 'tão me afundando', 'ta me afundando']),
          ...each(['afogado', 'afogada', 'afogados', 'afogadas', 'afogando', 'me afogando', 'se afogando', 'nos afogando'],
            ['nas dívidas', 'na dívida', 'nas contas', 'nos boletos', 'no trabalho', 'nas provas', 'nos trabalhos', 'nas tarefas', 'no cartão', 'nos juros', 'de dívida', 'de dívidas', 'de contas', 'de boleto', 'de boletos', 'de trabalho', 'de tarefa', 'de tarefas', 'de prova', 'de provas']),
        ],
      },
      id: {
        idioms: [
          ...phrases(each(each(['tenggelam', 'tenggelem', 'kelelep', 'kelelap', 'ketenggelem'], ['', 'di ', 'sama ', 'oleh ', 'dalam '], ' '),
            ['utang', 'hutang', 'tagihan', 'cicilan', 'pinjol', 'kredit', 'tugas', 'kerjaan', 'pekerjaan', 'deadline', 'skripsi', 'pr', 'lembur', 'paylater'], '')).map((w) => w.replace(/ {2,}/g, ' ')),
          ...each(['utang', 'hutang', 'tagihan', 'cicilan', 'pinjol', 'tugas', 'kerjaan', 'skripsi'], ['bikin tenggelam', 'bikin aku tenggelam', 'bikin gue tenggelam', 'bikin gw tenggelam', 'bikin saya tenggelam', 'menenggelamkan', 'nenggelamin', 'bikin kelelep', 'bikin aku kelelep']),
        ],
      },
    },
  },
  {
    // Abuse or violence as the topic of a documentary, an article or a video, and asked about as a service
    // (pass F15): "watched a doc about child abuse, how do ppl report it here? just asking", «vi um documentário
    // sobre abuso infantil», «xem clip về bạo hành trẻ em»; where people report it, the hotline's number, where
    // to call «if someone is» (「朋友問的 被家暴可以打去哪 她說她現在沒事」, "asking for a friend, where do you call
    // about domestic violence?", «kalo kena kdrt bisa telpon ke mana», «घरेलु हिंसा भए कहाँ फोन गर्ने»). Only the
    // topic's word, said with the medium or the question: a harm told ("after the documentary I realised my
    // stepdad does that to my sister", "how do I report my neighbour, he beats his kid every night", "my friend
    // is being beaten by her husband right now, where do I call", 「朋友正在被家暴 她說他拿刀」) still alarms by
    // its own words. (A question written as one run with «正在» before it — 朋友正在被家暴可以打去哪 — would read
    // as the service asked about: Chinese folds the space away.)
    name: 'abuse or violence as the topic of a documentary or an article; where people report it, a hotline',
    signal: null,
    words: {
      ja: {
        idioms: [
          ...each(
            each(['虐待', 'ぎゃくたい', 'dv', 'でぃーぶい', '家庭内暴力', 'かていないぼうりょく', 'ネグレクト', 'ねぐれくと', '性暴力', '暴力'], ['の', 'についての', 'に関する'], ''),
            ['ドキュメンタリー', 'どきゅめんたりー', '番組', 'ばんぐみ', '動画', 'どうが', 'ニュース', 'にゅーす', '記事', 'きじ', '映画', 'えいが', '特集', '授業', '講演', '研修', 'ポスター', '投稿'], ''),
          ...each(['虐待', 'ぎゃくたい', 'dv', 'でぃーぶい', '家庭内暴力', 'ネグレクト', '性暴力', '暴力'],
            ['の相談窓口', '相談窓口', 'の相談先', '相談先', 'の相談ダイヤル', '相談ダイヤル', 'の相談電話', '相談電話', 'の通報先', '通報先', 'の通報窓口', '通報窓口', '通報ダイヤル', 'の通報ダイヤル', 'ホットライン', 'のホットライン', '相談センター', 'の相談センター', '防止センター', 'シェルター', 'の窓口', 'の通報って', 'の通報ってどう', 'の通報はどう', 'の通報の仕方', 'の通報方法', 'の通報番号', 'ってどこに相談', 'ってどこに通報', 'はどこに相談', 'はどこに通報', '防止', '対策'], ''),
        ],
      },
      en: {
        idioms: [
          ...each(
            each(['doc', 'docu', 'documentary', 'film', 'movie', 'video', 'vid', 'clip', 'tiktok', 'reel', 'article', 'post', 'thread', 'news story', 'story', 'report', 'episode', 'show', 'series', 'podcast', 'book', 'class', 'lesson', 'lecture', 'talk', 'seminar', 'training', 'campaign', 'program', 'essay', 'project', 'presentation'], ['about', 'abt', 'on']),
            ['child abuse', 'abuse', 'child neglect', 'neglect', 'domestic violence', 'domestic abuse', 'family violence', 'dv', 'sexual abuse', 'violence against', 'abused kids', 'kids being abused']),
          ...each(
            each(['how do people', 'how do ppl', 'how do you', 'how do u', 'how does one', 'how does someone', 'how does anyone', 'how can people', 'how can someone', 'how would someone', 'how would you', 'where do people', 'where do ppl', 'where do you', 'where do u', 'where does one', 'where can someone', 'where can people', 'where can you', 'who do people', 'who do you', 'who do u', 'how to', 'where to', 'who to', 'whats the number to', 'what number do you'], ['report', 'report suspected', 'call about', 'call for', 'get help for', 'contact about']),
            ['child abuse', 'abuse', 'child neglect', 'neglect', 'domestic violence', 'domestic abuse', 'family violence', 'dv', 'sexual abuse', 'violence']),
          ...each(['child abuse', 'abuse', 'neglect', 'domestic violence', 'domestic abuse', 'family violence', 'dv', 'sexual abuse', 'sexual assault', 'violence against women'],
            ['hotline', 'hotlines', 'helpline', 'helplines', 'help line', 'hot line', 'number', 'line', 'shelter', 'shelters', 'center', 'centre', 'services', 'support line', 'support services', 'counseling', 'counselling', 'charity', 'charities', 'organization', 'organisation', 'resources', 'advocate', 'advocates', 'awareness', 'prevention', 'office', 'unit', 'consultation']),
          ...each(['child abuse', 'abuse', 'neglect', 'domestic violence', 'dv'], ['how do people report', 'how do ppl report', 'how does one report', 'where do people report', 'where do ppl report'], '...'),
        ],
      },
      zh: {
        idioms: [
          ...each(each(['关于', '有关', '讲', ''], ['家暴', '家庭暴力', '虐童', '虐待儿童', '儿童虐待', '虐待', '性侵', '暴力'], ''),
            ['的纪录片', '的影片', '的视频', '的新闻', '的报道', '的文章', '的电影', '的片', '的剧', '的节目', '的短片', '的帖子', '的贴文', '的专题', '的讲座', '的课', '纪录片', '新闻', '报道', '影片'], ''),
          // (the service by its name, a question put as «if» or «in general»; where to call without them only when
          // asked for someone — «朋友问的 被家暴可以打去哪» — not 「我被家暴可以找谁」, the writer's own)
          ...each(['家暴', '家庭暴力', '虐童', '虐待儿童', '儿童虐待', '虐待', '性侵', '虐待小孩', '虐待孩子'],
            ['热线', '专线', '求助电话', '求助热线', '咨询电话', '报案电话', '举报电话', '通报电话', '防治中心', '庇护所', '庇护中心', '援助中心', '咨询中心', '保护中心', '防治', '的话可以找谁', '的话可以打去哪', '的话可以打给谁', '的话要打什么电话', '的话打什么电话', '的话怎么求助', '的话去哪求助', '的话可以找哪里', '一般要怎么举报', '一般怎么举报', '一般要怎么通报', '一般去哪举报'], ''),
          ...each(['问', '如果', '要是', '万一', '假如', '假设'], each(['家暴', '家庭暴力', '虐童', '虐待儿童', '虐待'],
            ['可以打去哪', '可以打给谁', '可以打哪', '可以打什么', '要打什么电话', '打什么电话', '要打哪个电话', '打哪个电话', '可以找谁', '要找谁', '该找谁', '可以去哪求助', '去哪求助', '找哪里求助', '可以找哪里', '怎么求助', '要怎么求助', '怎么举报', '要怎么举报', '去哪举报', '在哪举报', '怎么报案', '可以打几号', '打几号', '怎么通报', '要怎么通报', '去哪通报'], ''), '...'),
        ],
      },
      ko: {
        idioms: [
          ...each(each(['학대', '아동학대', '아동 학대', '가정폭력', '가정 폭력', '성폭력', '방임', '폭력'], ['', '에 관한', '에 대한', ' 관련'], ''),
            ['다큐', '다큐멘터리', '영상', '뉴스', '기사', '영화', '드라마', '방송', '프로그램', '강의', '수업', '교육', '캠페인', '포스터', '글', '게시물', '유튜브', '릴스', '틱톡']),
          ...each(['학대', '아동학대', '아동 학대', '가정폭력', '가정 폭력', '성폭력', '방임'],
            ['신고 어디', '신고는 어디', '신고 어떻게', '신고는 어떻게', '신고 방법', '신고하는 방법', '신고하는 법', '신고 번호', '신고번호', '신고 전화', '신고전화', '신고센터', '상담 전화', '상담전화', '상담소', '상담센터', '상담 센터', '핫라인', '쉼터', '전문기관', '보호전문기관', '예방 교육', '예방교육', '예방']),
        ],
      },
      vi: {
        idioms: [
          ...each(each(['phim tài liệu', 'phim', 'video', 'clip', 'bài báo', 'bài viết', 'bài', 'tin', 'tin tức', 'phóng sự', 'chương trình', 'buổi nói chuyện', 'lớp học', 'sách', 'tiktok'], ['về', 'nói về', 'về nạn', 'về vấn đề']),
            ['bạo hành', 'ngược đãi', 'bạo lực', 'xâm hại', 'lạm dụng']),
          ...each(['bạo lực gia đình', 'bạo hành gia đình', 'bạo hành trẻ em', 'ngược đãi trẻ em', 'xâm hại trẻ em', 'lạm dụng trẻ em', 'bạo lực', 'bạo hành', 'ngược đãi', 'xâm hại'],
            ['thì gọi đâu', 'thì gọi số nào', 'thì gọi cho ai', 'thì báo ở đâu', 'thì báo ai', 'thì báo cho ai', 'thì tố giác ở đâu', 'thì tố cáo ở đâu', 'thì báo cáo ở đâu']),
          ...each(['đường dây nóng', 'số đường dây nóng', 'tổng đài', 'cách tố giác', 'cách báo cáo', 'cách tố cáo', 'trung tâm phòng chống'], ['bạo lực', 'bạo hành', 'ngược đãi', 'xâm hại']),
        ],
      },
      ne: {
        idioms: [
          ...each(each(['दुर्व्यवहार', 'हिंसा'], ['बारे', 'बारेको', 'को', 'सम्बन्धी', ' सम्बन्धी', 'बारेमा', 'को बारेमा'], ''), ['डकुमेन्ट्री', 'वृत्तचित्र', 'भिडियो', 'समाचार', 'लेख', 'फिल्म', 'कार्यक्रम', 'पोस्ट', 'कक्षा', 'तालिम']),
          ...each(each(['durvyavahar', 'durbyabahar', 'durvyavahaar', 'hinsa', 'hinsha'], ['ko', 'bare', 'barema', 'ko barema', 'sambandhi']), ['documentary', 'video', 'samachar', 'lekh', 'film', 'karyakram', 'post', 'class', 'talim']),
          ...each(['दुर्व्यवहार', 'हिंसा'], ['भए कहाँ फोन गर्ने', 'भएमा कहाँ फोन गर्ने', 'कहाँ फोन गर्ने', 'कहाँ उजुरी गर्ने', 'को उजुरी कहाँ', 'कसरी रिपोर्ट गर्ने', 'को हटलाइन', 'हटलाइन', 'को उजुरी कसरी', 'भए कहाँ उजुरी']),
          ...each(['durvyavahar', 'hinsa', 'hinsha'], ['bhaye kaha phone garne', 'bhae kaha phone garne', 'kaha phone garne', 'kaha ujuri garne', 'ko ujuri kaha', 'kasari report garne', 'ko hotline', 'hotline', 'bhaye kaha ujuri garne']),
        ],
      },
      tl: {
        idioms: [
          ...each(each(['docu', 'documentary', 'dokumentaryo', 'video', 'vid', 'movie', 'pelikula', 'palabas', 'balita', 'article', 'post', 'tiktok', 'reel', 'seminar', 'talk', 'lesson', 'klase', 'episode'], ['tungkol sa', 'about', 'yung']),
            ['child abuse', 'pang-aabuso', 'pang aabuso', 'abuse', 'domestic violence', 'karahasan', 'vawc', 'violence', 'dv']),
          ...each(['child abuse', 'pang-aabuso', 'pang aabuso', 'abuse', 'domestic violence', 'karahasan', 'vawc', 'violence', 'dv'],
            ['paano mag report', 'paano magreport', 'paano i-report', 'paano ireport', 'saan nagrereport', 'saan magrereport', 'saan pwede magreport', 'saan pwede tumawag', 'saan tatawag', 'hotline', 'sino tatawagan']),
          ...each(['saan pwede tumawag pag may', 'saan pwede tumawag kapag may', 'saan tumatawag pag may', 'saan nagrereport ng', 'saan nagrereport ng mga', 'paano mag report ng', 'paano magreport ng', 'paano i-report ang', 'hotline para sa', 'hotline ng', 'sino tatawagan pag may', 'sino tatawagan kapag may'],
            ['child abuse', 'pang-aabuso', 'pang aabuso', 'abuse', 'domestic violence', 'karahasan', 'vawc', 'violence', 'dv']),
        ],
      },
      pt: {
        idioms: [
          ...each(each(['documentário', 'doc', 'filme', 'vídeo', 'reportagem', 'matéria', 'notícia', 'série', 'post', 'tiktok', 'reels', 'palestra', 'aula', 'livro', 'campanha', 'podcast', 'episódio', 'programa', 'texto', 'artigo'], ['sobre', 'de', 'falando de', 'falando sobre', 'a respeito de']),
            ['abuso', 'violência', 'maus-tratos', 'maus tratos', 'negligência', 'exploração sexual', 'pedofilia']),
          ...each(['como denunciar', 'como denuncia', 'como se denuncia', 'como as pessoas denunciam', 'como a gente denuncia', 'onde denunciar', 'onde denuncia', 'onde se denuncia', 'pra onde ligar em caso de', 'qual o número pra denunciar', 'número pra denunciar', 'canal de denúncia de', 'disque denúncia de', 'onde pedir ajuda em caso de', 'ligar pra denunciar'],
            ['violência', 'abuso', 'maus-tratos', 'maus tratos', 'negligência']),
          ...each(['violência doméstica', 'violência infantil', 'violência contra a mulher', 'violência contra mulher', 'violência contra crianças', 'violência contra criança', 'abuso infantil', 'abuso sexual infantil', 'abuso sexual', 'maus-tratos', 'maus tratos', 'maus-tratos infantis', 'maus tratos infantis', 'abuso', 'violência', 'negligência infantil'],
            ['liga pra onde', 'ligar pra onde', 'denuncia onde', 'denuncia como', 'como denuncia', 'onde denuncia', 'qual o número', 'qual número', 'tem algum número', 'tem número', 'disque', 'ligue', 'canal de denúncia']),
        ],
      },
      id: {
        idioms: [
          ...each(each(['dokumenter', 'film', 'video', 'vidio', 'artikel', 'berita', 'postingan', 'post', 'thread', 'utas', 'konten', 'tiktok', 'reels', 'seminar', 'webinar', 'materi', 'kelas', 'sosialisasi', 'penyuluhan', 'buku', 'podcast', 'sinetron', 'drama', 'liputan'], ['tentang', 'soal', 'ttg']),
            ['kekerasan', 'kdrt', 'pelecehan', 'penganiayaan', 'penelantaran', 'child abuse']),
          // (where to call asked «if» it happens — «kalo kena kdrt bisa telpon ke mana» — not «aku kena kdrt», the writer's own)
          ...each(each(['kalo kena', 'kalau kena', 'klo kena', 'kl kena', 'kalo ada', 'kalau ada', 'jika ada', 'jika mengalami', 'kalau mengalami', 'kalo ngalamin', 'misal kena', 'misalnya kena'], ['kdrt', 'kekerasan', 'pelecehan', 'penganiayaan']),
            ['lapor ke mana', 'lapornya ke mana', 'lapor kemana', 'lapornya kemana', 'ngelapor ke mana', 'bisa lapor ke mana', 'bisa lapor kemana', 'bisa telpon ke mana', 'bisa telpon kemana', 'bisa telepon ke mana', 'nelpon ke mana', 'hubungi siapa'], '...'),
          ...each(['kekerasan', 'kdrt', 'pelecehan', 'penganiayaan', 'penelantaran'], ['nomor pengaduan', 'hotline', 'pengaduan']),
          ...each(['cara lapor', 'gimana cara lapor', 'cara melaporkan', 'cara ngelaporin', 'nomor pengaduan', 'nomor aduan', 'hotline', 'layanan pengaduan', 'pengaduan', 'lapor ke mana kalau ada', 'lapor kemana kalau ada', 'telpon ke mana kalau ada', 'ke mana kalau kena', 'kemana kalau kena', 'ke mana kalo kena', 'kemana kalo kena', 'ke mana kalau ada', 'kemana kalo ada'],
            ['kekerasan', 'kdrt', 'pelecehan', 'penganiayaan', 'penelantaran']),
        ],
      },
    },
  },
  {
    // A trifle that makes one "want to die" because it spoiled one's looks (pass F15), with no laugh and no
    // shame named: 「剪頭髮剪到想死 直接毀容」 (cut so badly I want to die; ruined my face), "this haircut looks so
    // ugly i want to die", «cortei o cabelo e ficou horrível, quero morrer», «potong rambut jelek banget pengen
    // mati», 「前髪切りすぎて死にたい」, «머리 망해서 죽고 싶어». The wish is said with the spoiling word right before
    // it; a wish of its own after the trifle (「剪完頭髮 覺得活著沒意思 想死」, 「欠債 想死」, "haircut is fine,
    // life is not, i want to die") still alarms.
    name: 'a haircut or a dye so bad one “wants to die”; “ruined my face”',
    signal: null,
    words: {
      ja: {
        idioms: [
          ...each(['前髪', 'まえがみ', '髪切', 'かみき', '髪を切', 'かみをき', '髪型', 'かみがた', '美容院', '美容室', 'びよういん', 'パーマ', 'ぱーま', 'カラー', 'からー', '髪色', 'かみいろ'],
            each(['ブスすぎて', 'ひどすぎて', '似合わなすぎて', 'にあわなすぎて', '変すぎて', 'へんすぎて', 'ダサすぎて', '切りすぎて', 'きりすぎて', '短すぎて', 'みじかすぎて', '失敗して', 'しっぱいして', 'ブサイクすぎて'], ['死にたい', 'しにたい', '消えたい', 'きえたい'], ''), '...'),
          '顔面崩壊', 'がんめんほうかい',
        ],
      },
      en: {
        idioms: each(['haircut', 'hair cut', 'my bangs', 'my fringe', 'cut my bangs', 'cut my fringe', 'my perm', 'hair dye', 'dyed my hair', 'the barber', 'hairdresser', 'my brows', 'my eyebrows'],
          each(['so ugly', 'looks so bad', 'look so bad', 'looks awful', 'look awful', 'looks terrible', 'look terrible', 'looks horrible', 'so hideous', 'ugly af', 'looks ridiculous', 'ruined my face', 'ruined my whole face'],
            ['i want to die', 'i wanna die', 'makes me want to die', 'i could die']), '...'),
      },
      zh: {
        idioms: [
          ...each(['剪', '剪坏', '剪残', '剪烂', '剪短', '剪太短', '剪歪', '剪丑', '剪醜', '烫坏', '染坏', '剪毁', '剪毀'], ['到想死', '得想死', '到好想死', '到我想死', '到超想死', '到很想死', '到真的想死', '到想去死'], ''),
          ...each(['剪头发', '剪头', '剪发', '剪完', '剪了', '刘海', '理发', '发型', '烫发', '染发', '烫完', '染完'], each(['丑', '醜', '难看', '丑爆', '醜爆'], ['到想死', '得想死', '到好想死', '到我想死', '死了想死'], ''), '...'),
          ...each(['直接', '简直', '等于', '根本', '剪到', '剪得', '大型', '完全', '整个'], ['毁容', '毀容'], ''), '毁容了', '毀容了',
        ],
      },
      ko: {
        idioms: [
          ...each(['머리 망해서', '머리 망쳐서', '머리 개망해서', '머리 폭망해서', '앞머리 망해서', '앞머리 망쳐서', '머리 이상해서', '머리 너무 이상해서', '머리 못생겨서', '머리 너무 못생겨서', '머리 최악이라'], ['죽고 싶', '죽고싶']),
          ...each(['미용실', '앞머리', '머리 잘랐', '머리 잘못 잘', '머리 자르', '파마', '염색'], each(['너무 못생겨서', '못생겨서', '망해서', '망쳐서', '이상해서', '너무 이상해서', '최악이라', '개망해서', '폭망해서'], ['죽고 싶', '죽고싶']), '...'),
        ],
      },
      vi: {
        idioms: each(['cắt tóc', 'cắt mái', 'tóc mái', 'làm tóc', 'uốn tóc', 'nhuộm tóc', 'tiệm tóc', 'kiểu tóc'],
          each(['xấu quá', 'xấu kinh khủng', 'xấu hoắc', 'xấu tệ', 'hỏng quá', 'hỏng rồi', 'xấu như ma', 'như cái tổ quạ', 'xấu'], ['muốn chết', 'chết mất', 'muốn chết luôn', 'muốn độn thổ', 'chết đi được']), '...'),
      },
      ne: {
        idioms: [
          ...each(['कपाल बिग्रियो', 'कपाल बिग्र्यो', 'कपाल बिग्रिएर', 'कपाल नराम्रो भयो', 'कपाल नराम्रो भएर', 'हेयरकट बिग्रियो', 'हेयरकट नराम्रो भयो'], ['मर्न मन लाग्यो', 'मर्न मन छ', 'मरौं जस्तो', 'मरुँ जस्तो']),
          ...each(['kapal bigriyo', 'kapal bigryo', 'kapal bigrera', 'kapal naramro bhayo', 'kapal naramro bhaera', 'haircut bigriyo', 'haircut naramro bhayo'], ['marna man lagyo', 'marna mann lagyo', 'marna man cha', 'marna man chha', 'marau jasto', 'maru jasto']),
        ],
      },
      tl: {
        idioms: [
          ...each(each(['ang pangit ng', 'sobrang pangit ng', 'pangit ng', 'panget ng', 'ang panget ng', 'sira ang', 'sablay ang', 'palpak ang'], ['gupit', 'bangs', 'rebond', 'kulay ng buhok', 'pagkakagupit']),
            ['gusto ko nang mamatay', 'gusto ko na mamatay', 'gusto kong mamatay', 'mamatay na ako', 'gusto ko nang maglaho', 'lamunin na ako ng lupa'], '...'),
          ...each(['gupit', 'nagpagupit', 'bangs ko', 'nagpakulay', 'rebond'], each(['ang pangit', 'sobrang pangit', 'panget', 'pangit', 'ang panget'], ['gusto ko nang mamatay', 'gusto ko na mamatay', 'gusto kong mamatay', 'mamatay na ako']), '...'),
        ],
      },
      pt: {
        idioms: each(['cortei o cabelo', 'corte de cabelo', 'cortei a franja', 'franja', 'cabeleireir', 'pintei o cabelo', 'tingi o cabelo', 'descoloriu', 'progressiva', 'luzes'],
          each(['ficou horrível', 'ficou horroroso', 'ficou horrorosa', 'ficou feio', 'ficou feia', 'ficou um lixo', 'ficou ridículo', 'tá horrível', 'tão feio que', 'tão feia que', 'tá feio', 'ficou pavoroso', 'ficou medonho', 'ficou zoado', 'acabou com minha cara', 'acabou com a minha cara'], ['quero morrer', 'vou morrer', 'quero sumir', 'queria morrer']), '...'),
      },
      id: {
        idioms: each(['potong rambut', 'motong rambut', 'rambut gagal', 'poni', 'cat rambut', 'ngecat rambut', 'smoothing', 'salon', 'tukang cukur', 'barber'],
          each(['jelek banget', 'jelek bgt', 'jelek bat', 'aneh banget', 'aneh bgt', 'gagal total', 'jelek parah', 'ancur banget', 'ancur bgt'], ['pengen mati', 'pgn mati', 'mau mati', 'ingin mati', 'pengen ngilang', 'mau ngilang', 'pen mati']), '...'),
      },
    },
  },
  {
    // A message sent to the wrong person, and the apology for it (pass F15): "sorry sis wrong send 😅", «sorry mali
    // send», «desculpa mandei errado», «maaf salah kirim», 「誤爆しました」, 发错了, 잘못 보냈어요 — words the model
    // reads as a cry for help. The words of the slip are the idiom; what is sent after it ("sorry wrong send...
    // actually no. i took all my pills") still alarms by its own words.
    name: 'a message sent to the wrong person or chat, and the apology for it',
    signal: null,
    words: {
      ja: { idioms: ['誤爆', 'ごばく', '誤送信', 'ごそうしん', '送り間違え', 'おくりまちがえ', '送る相手間違え', '送る相手を間違え', 'おくるあいてまちがえ', '宛先間違え', 'あてさきまちがえ', 'トーク間違え', 'とーくまちがえ', 'グループ間違え', 'ぐるーぷまちがえ', '間違えて送', 'まちがえておく', 'まちがえて送', '間違って送', 'まちがっておく', 'スルーして', 'するーして', '今のなし', 'いまのなし'] },
      en: { idioms: ['wrong send', 'wrong sent', 'sent wrong', 'sent it to the wrong', 'sent this to the wrong', 'sent that to the wrong', 'sent to the wrong', 'wrong chat', 'wrong gc', 'wrong group chat', 'wrong group', 'wrong convo', 'wrong person', 'wrong thread', 'wrong window', 'wrong dm', 'wrong number sorry', 'sent by mistake', 'sent by accident', 'accidentally sent', 'not meant for you', 'wasnt meant for you', 'was meant for someone else', 'meant for someone else', 'meant to send that to', 'meant to send this to', 'pls ignore', 'please ignore that', 'plz ignore', 'ignore my last message', 'ignore that msg', 'ignore that message', 'ignore the last message', 'misclick', 'missent', 'mis sent', 'mis send'] },
      zh: { idioms: ['发错了', '发错人', '发错群', '发错消息', '发错讯息', '发错对象', '发错地方', '传错了', '传错人', '传错群', '传错讯息', '发错', '传错', '不是发给你的', '不是传给你的', '不是给你的', '请无视', '无视就好', '忽略就好', '请忽略', '手滑', '误发', '误传', '打错人'] },
      ko: { idioms: ['잘못 보냈', '잘못보냈', '잘못 보냄', '잘못보냄', '잘못 전송', '잘못 갔', '톡 잘못', '카톡 잘못', '단톡 잘못', '단톡방 잘못', '방 잘못', '무시해 주세요', '무시해주세요', '무시해줘', '무시하셔도', '다른 사람한테 보낼', '다른 분께 보낼'] },
      vi: { idioms: ['gửi nhầm', 'nhắn nhầm', 'nhắn lộn', 'gửi lộn', 'gửi sai', 'nhắn sai', 'nhầm người', 'nhầm nhóm', 'nhầm box', 'nhầm chat', 'nhầm group', 'bỏ qua tin nhắn', 'bỏ qua tin đó', 'không phải gửi cho', 'ko phải gửi cho', 'k phải gửi cho', 'ấn nhầm', 'bấm nhầm', 'lộn người'] },
      ne: { idioms: ['गलत म्यासेज', 'गलत मेसेज', 'गलत ठाउँमा पठाएँ', 'गलत ठाउँमा पठाए', 'गलत मान्छेलाई पठाएँ', 'गलत मान्छेलाई पठाए', 'गल्तीले पठाएँ', 'गल्तीले पठाए', 'गल्तिले पठाएँ', 'गल्तिले पठाए', 'galti le pathaye', 'galtile pathaye', 'galat message', 'galat msg', 'galat thau ma pathaye', 'galat manche lai pathaye', 'galat manchhe lai pathaye', 'wrong send'] },
      tl: { idioms: ['mali send', 'mali ng send', 'mali ang send', 'maling send', 'mali sent', 'mali nasend', 'mali na-send', 'sa maling gc', 'sa maling chat', 'maling gc', 'maling chat', 'mali ng gc', 'mali ng chat', 'maling tao', 'wrong send', 'wrong gc', 'sorry mali', 'pasensya mali', 'wag mo pansinin', 'wag pansinin', 'hindi para sayo', 'di para sayo', 'di para sa iyo', 'hindi para sa iyo', 'nagkamali ng send', 'nagkamali ako ng send', 'napindot'] },
      pt: { idioms: ['mandei errado', 'mandei pra pessoa errada', 'mandei na conversa errada', 'mandei no grupo errado', 'mandei no chat errado', 'grupo errado', 'conversa errada', 'pessoa errada', 'chat errado', 'contato errado', 'enviei errado', 'mensagem errada', 'msg errada', 'mandei sem querer', 'enviei sem querer', 'era pra outra pessoa', 'não era pra você', 'não era pra vc', 'ignora essa', 'ignora a mensagem', 'ignora a msg', 'desconsidera'] },
      id: { idioms: ['salah kirim', 'salkir', 'salah chat', 'salah grup', 'salah gc', 'salah orang', 'salah kontak', 'salah room', 'salah kamar', 'kepencet', 'kekirim', 'ga sengaja kirim', 'gak sengaja kirim', 'gak sengaja kekirim', 'ga sengaja kekirim', 'bukan buat kamu', 'bukan buat lo', 'bukan buat lu', 'bukan untuk kamu', 'abaikan aja', 'abaikan pesan', 'maaf salah', 'sori salah', 'sorry salah'] },
    },
  },
  {
    // A game on TV shouted at (pass F16): a neighbour who yells 「殺すぞー！」 at a baseball broadcast every night, and
    // the question is the noise — «看棒球转播都大喊“我杀了你”，好吵», "yells 'I'll kill you' at the TV watching the
    // game, too loud". The kill word must sit by the game AND the noise complained of, or be shouted at the TV or
    // the referee: 「野球を見ながら私に『殺すぞ』と言う」 with no complaint of noise still alarms.
    name: 'a game on TV shouted at (“kill him!”), asked about as noise',
    signal: null,
    words: {
      ja: { idioms: [
        ...eitherWay(each(['野球', 'やきゅう', 'サッカー', '試合', 'しあい', '中継', 'ちゅうけい', 'ナイター', '競馬', 'けいば', 'ボクシング', 'プロレス'], ['殺すぞ', 'ころすぞ', '殺せ', 'ころせ', 'ぶっ殺', 'ぶっころ', '死ね', 'しね'], '...'),
          ['うるさ', '騒音', 'そうおん', '苦情', 'くじょう', '管理会社', 'かんりがいしゃ', '大家', 'おおや', '眠れ', 'ねむれ', '響い', 'ひびい', '丸聞こえ', 'まるぎこえ'], 60, 2),
        ...eitherWay(['テレビに向かって', 'てれびにむかって', '画面に向かって', 'がめんにむかって', '審判に', 'しんぱんに', '選手に', 'せんしゅに'], ['殺すぞ', 'ころすぞ', '殺せ', 'ころせ', 'ぶっ殺', 'ぶっころ', '死ね', 'しね'], 12),
      ] },
      en: { idioms: eitherWay([...each(['watching', 'watches'], ['the game', 'baseball', 'football', 'the football', 'soccer', 'the match', 'boxing', 'the fight', 'sports', 'hockey', 'cricket', 'basketball']), 'at the tv', 'at the telly', 'at the television', 'at the screen', 'at the ref', 'at the referee', 'at the umpire', 'at the players'],
        ['kill you', 'kill him', 'kill them', 'kill the ref', 'kill the umpire', 'gonna kill', 'going to kill', 'ill kill', 'murder him', 'youre dead', 'you are dead'], 32) },
      zh: { idioms: [
        ...eitherWay(each(['看棒球', '看足球', '看球', '看比赛', '看转播', '看直播', '看拳击', '看篮球'], ['杀了你', '杀了他', '弄死你', '弄死他', '打死他', '去死', '宰了'], '...'),
          ['好吵', '太吵', '很吵', '吵死', '吵得', '噪音', '管理公司', '物业', '房东', '投诉', '睡不着', '听得到', '听得见'], 60, 2),
        ...eitherWay(['对着电视', '冲着电视', '对电视', '对着屏幕', '对裁判', '冲裁判', '对着裁判'], ['杀了你', '杀了他', '弄死你', '弄死他', '打死他', '去死', '宰了'], 12),
      ] },
      ko: { idioms: [
        ...eitherWay(each(['야구', '축구', '경기', '중계', '권투', '격투기', '농구'], ['죽여', '죽인다', '죽일', '죽어라', '뒤져라'], '...'),
          ['시끄러', '소음', '관리사무소', '관리실', '집주인', '민원', '잠을 못', '잠 못', '다 들려'], 60, 2),
        ...eitherWay(['TV에 대고', '티비에 대고', '텔레비전에 대고', '화면에 대고', '심판한테', '심판에게', '선수한테', '선수들한테'], ['죽여', '죽인다', '죽일', '죽어라', '뒤져라'], 20),
      ] },
      vi: { idioms: [
        ...eitherWay(each(['xem bóng đá', 'xem đá bóng', 'xem bóng', 'xem trận', 'xem đấm bốc', 'xem bóng rổ'], ['giết mày', 'tao giết', 'giết nó', 'giết chết', 'chết đi'], '...'),
          ['ồn', 'ban quản lý', 'chủ nhà', 'khiếu nại', 'không ngủ được', 'ko ngủ được', 'báo ai'], 60, 2),
        ...eitherWay(['vào tivi', 'vào ti vi', 'vào tv', 'với tivi', 'với tv', 'vào màn hình', 'trọng tài'], ['giết mày', 'tao giết', 'giết nó', 'giết chết', 'chết đi'], 20),
      ] },
      ne: { idioms: eitherWay(each(['क्रिकेट हेर्दै', 'फुटबल हेर्दै', 'खेल हेर्दै', 'म्याच हेर्दै', 'cricket herdai', 'football herdai', 'khel herdai', 'match herdai'], ['मारिदिन्छु', 'मार्छु', 'मारिदे', 'maridinchhu', 'maridinchu', 'marchhu', 'marchu', 'marde'], '...'),
        ['हल्ला', 'halla', 'निदाउन सकिन', 'सुत्न सकिन', 'घरबेटी', 'उजुरी', 'ghar beti', 'gharbeti', 'ujuri', 'sutna sakina', 'nidauna sakina'], 60, 2) },
      tl: { idioms: [
        ...eitherWay(each(['basketball', 'pba', 'nba', 'boxing', 'sabong', 'volleyball'], ['papatayin kita', 'patayin mo', 'patayin', 'mamatay ka', 'patay ka'], '...'),
          ['ingay', 'maingay', 'reklamo', 'landlord', 'makatulog', 'management', 'admin'], 60, 2),
        ...eitherWay(['sa tv', 'sa telebisyon', 'sa referee', 'sa reperi'], ['papatayin kita', 'patayin mo', 'patayin', 'mamatay ka'], 20),
      ] },
      pt: { idioms: [
        ...eitherWay(each(['futebol', 'o jogo', 'a partida', 'beisebol', 'boxe', 'ufc', 'basquete'], ['vou te matar', 'te mato', 'mata ele', 'vou matar', 'morre'], '...'),
          ['barulho', 'barulhento', 'reclamar', 'reclamo', 'síndico', 'administradora', 'dono do apartamento', 'consigo dormir', 'parede'], 60, 2),
        ...eitherWay(['pra tv', 'para a tv', 'com a tv', 'pra televisão', 'com a televisão', 'pro juiz', 'com o juiz', 'pro árbitro', 'com o árbitro'], ['vou te matar', 'te mato', 'mata ele', 'vou matar', 'morre'], 20),
      ] },
      id: { idioms: [
        ...eitherWay(each(['nonton bola', 'nonton sepak bola', 'nonton pertandingan', 'nonton tinju', 'nonton badminton', 'nonton timnas', 'nonton liga', 'nonton motogp'], ['kubunuh', 'bunuh', 'mati aja', 'mampus', 'mati kau', 'mati lo'], '...'),
          ['berisik', 'ribut', 'kebisingan', 'lapor ke siapa', 'pengelola', 'pemilik apartemen', 'bisa tidur', 'komplain', 'protes'], 60, 2),
        ...eitherWay(['ke tv', 'ke televisi', 'ke layar', 'ke wasit'], ['kubunuh', 'bunuh', 'mati aja', 'mampus', 'mati kau', 'mati lo'], 20),
      ] },
    },
  },
  {
    // A landlord who bangs on the door over rent owed (pass F16): 「おおや さん が ドア を ドンドン たたいて 『でていけ』…
    // やちん 2かげつ はらって ない」 — a housing matter. The landlord must be the one banging (right before it) or
    // the rent its reason (right after it): an ex or a husband at the door, told anywhere near a landlord, still alarms.
    name: 'a landlord banging on the door over rent owed',
    signal: null,
    words: {
      ja: { idioms: [
        then(each(['大家', 'おおや', '家主', 'やぬし', '管理人', 'かんりにん', '管理会社の人', 'かんりがいしゃのひと', '不動産屋', 'ふどうさんや'], ['さんが', 'が', 'さん'], ''), ['ドアをドンドン', 'ドアを叩', 'ドアをたた', 'ドアをガンガン', '玄関をドンドン', 'げんかんをどんどん', '玄関を叩', 'げんかんをたた', 'ドンドン叩', 'どんどんたた', 'ドアを蹴', 'どあをけ'], 4),
        then(['家賃の催促で', '家賃の督促で', 'やちんのさいそくで', '家賃を払えと', 'やちんをはらえと', '家賃のことで', 'やちんのことで', '家賃を取りに来て', 'やちんをとりにきて', '家賃払えって', 'やちんはらえって'], ['ドアをドンドン', 'ドアを叩', 'ドアをたた', 'ドアをガンガン', '玄関をドンドン', 'げんかんをどんどん', 'ドンドン叩', 'どんどんたた'], 6),
      ] },
      en: { idioms: [
        then(['landlord', 'landlady', 'property manager', 'building manager', 'letting agent'], ['banging on my door', 'banging on the door', 'banging on our door', 'pounding on my door', 'pounding on the door', 'hammering on my door', 'hammering on the door', 'banged on my door', 'banged on the door', 'bangs on my door', 'bangs on the door', 'pounds on my door', 'kicking my door'], 16),
        then(['banging on my door', 'banging on the door', 'banging on our door', 'pounding on my door', 'pounding on the door', 'hammering on my door', 'banged on my door', 'bangs on my door', 'bangs on the door'], ['about the rent', 'for the rent', 'over the rent', 'demanding rent', 'demanding the rent', 'about rent', 'for rent', 'over rent', 'about the arrears', 'for the arrears'], 8),
      ] },
      zh: { idioms: [
        then(each(['房东', '物业', '管理员', '中介'], ['', '太太', '因为房租', '为了房租', '为房租', '来催租', '催租', '催房租', '每天来', '天天来', '每天', '天天', '一直', '又来'], ''), ['拍门', '敲门', '砸门', '踹门', '捶门', '猛敲门'], 3),
        then(['催租', '催房租', '收房租', '要房租', '讨房租', '为了房租', '因为房租'], ['拍门', '敲门', '砸门', '踹门', '捶门'], 6),
      ] },
      ko: { idioms: [then(['집주인', '집 주인', '주인집', '관리인', '건물주', '월세 때문에', '집세 때문에', '방세 때문에', '월세 달라고', '월세 내라고'], ['문을 쾅쾅', '문을 두드', '문을 세게 두드', '문 두드', '문을 발로 차', '문을 걷어차', '문을 막 두드', '문을 계속 두드'], 12)] },
      vi: { idioms: [then(['chủ nhà', 'chủ trọ', 'bà chủ', 'ông chủ', 'quản lý tòa nhà', 'đòi tiền nhà', 'đòi tiền trọ', 'đòi tiền thuê'], ['đập cửa', 'gõ cửa', 'đạp cửa', 'đá cửa'], 16)] },
      ne: { idioms: [then(['घरबेटी', 'घर बेटी', 'घरधनी', 'ghar beti', 'gharbeti', 'ghar bheti', 'gharbheti', 'ghardhani', 'भाडा माग्न', 'bhada magna'], ['ढोका ढकढक', 'ढोका ठोक', 'ढोका हिर्काउ', 'ढोका पिट', 'dhoka dhakdhak', 'dhoka thok', 'dhoka pit', 'dhoka hirkau'], 20)] },
      tl: { idioms: [then(['landlord', 'landlady', 'may-ari ng bahay', 'may ari ng bahay', 'may-ari ng apartment', 'naniningil ng upa', 'singil sa upa'], ['kinakalampag ang pinto', 'kumakatok nang malakas', 'kinakatok nang malakas', 'binabayo ang pinto', 'sinisipa ang pinto', 'kinalampag ang pinto', 'kalampag sa pinto'], 20)] },
      pt: { idioms: [then(['dono do apartamento', 'dono da casa', 'proprietário', 'proprietária', 'síndico', 'imobiliária', 'cobrar o aluguel', 'cobrando o aluguel'], ['esmurrando a porta', 'esmurra a porta', 'batendo na porta', 'bate na porta', 'socando a porta', 'chutando a porta', 'esmurrou a porta', 'bateu na porta'], 20)] },
      id: { idioms: [then(['pemilik kos', 'ibu kos', 'bapak kos', 'bu kos', 'pak kos', 'pemilik rumah', 'pemilik apartemen', 'pemilik kontrakan', 'yang punya kos', 'nagih uang sewa', 'nagih uang kos', 'nagih sewa'], ['gedor', 'menggedor', 'ngegedor', 'gedor gedor'], 20)] },
    },
  },
  {
    // Shut in by a broken latch, or a small child who locked himself in and was let out (pass F16): "got locked in
    // the toilet because the latch snapped", 「我們家3歲的把自己反鎖在房間裡玩，開不了門，後來用十元硬幣才轉開」 — a
    // landlord's repair, not a confinement. The lock broken, or the child locking himself in, must be said: "he
    // locked me in the toilet", 「把孩子反锁在房间」 still alarm; outside English the lock breaks first, then one is shut in
    // (「夫に閉じ込められた。鍵が壊れていて」 is his doing).
    name: 'locked in by a broken latch; a small child who locked himself in and was let out',
    signal: null,
    words: {
      ja: { idioms: [
        then(['サムターンが固', 'サムターンがかた', '鍵が固', '鍵がかた', 'かぎがかた', '鍵が硬', 'ドアが固', 'どあがかた', '鍵が壊れ', 'かぎがこわれ', '鍵がこわれ', 'ドアノブが壊れ', 'どあのぶがこわれ', '取っ手が壊れ', 'とってがこわれ', 'ドアが壊れ', 'どあがこわれ', 'ドアが開かなくな', 'どあがあかなくな', '鍵が開かなくな', 'かぎがあかなくな', '建て付け', 'たてつけ'], ['閉じ込められ', 'とじこめられ', '閉じこめられ', '中から開けられ', 'なかからあけられ', '出られなくな', 'でられなくな', '出られなかった', 'でられなかった'], 20, 1),
        ...eitherWay(each(['自分で', 'じぶんで', '中から', 'なかから', '内側から', 'うちがわから'], ['鍵をかけて', 'かぎをかけて', '鍵をかけ', 'かぎをかけ', 'ロックして'], '...'), ['出られなく', 'でられなく', '開かなく', 'あかなく', '10円玉', '十円玉', 'じゅうえんだま', 'コイン', '硬貨', 'こうか', '開けた', 'あけた', '鍵屋', 'かぎや', '合鍵', 'あいかぎ'], 30, 1),
      ] },
      en: { idioms: [
        ...eitherWay(['latch snapped', 'latch broke', 'latch broken', 'latch was broken', 'lock broke', 'lock was broken', 'lock jammed', 'door jammed', 'handle broke', 'handle came off', 'door handle broke', 'door knob broke', 'doorknob broke', 'knob came off', 'door got stuck', 'door was stuck', 'broken lock', 'broken latch', 'faulty lock'], ['got locked in', 'locked myself in', 'got stuck in', 'was stuck in', 'were stuck in', 'trapped in', 'got trapped', 'stuck inside', 'locked inside'], 40, 1),
        ...eitherWay(['locked himself in', 'locked herself in', 'locked themselves in', 'locked himself inside', 'locked herself inside', 'locked the door from the inside', 'locked it from the inside'], ['with a coin', 'a coin', 'couldnt open', 'couldnt get out', 'couldnt unlock', 'the key', 'a key', 'locksmith', 'unlocked it', 'got it open', 'opened it', 'let him out', 'let her out', 'got him out', 'got her out'], 60, 1),
      ] },
      zh: { idioms: [
        then(['门锁坏', '锁坏了', '锁坏掉', '门把坏', '门把手坏', '把手坏', '门坏了', '门卡住', '锁卡住', '门打不开', '锁打不开'], ['关在里面', '困在里面', '困在厕所', '被困在', '锁在里面', '出不来', '把我关在', '关在厕所', '困了'], 20, 1),
        then(['关在里面', '困在里面', '困在厕所', '被困在', '锁在里面', '出不来', '困了'], ['门锁坏', '锁坏了', '锁坏掉', '门把坏', '门把手坏', '把手坏', '门坏了', '门卡住', '锁卡住'], 20, 1),
        ...eitherWay(['把自己反锁', '自己反锁', '把自己锁在', '自己锁在', '从里面反锁', '从里面锁上', '自己把门锁'], ['开不了门', '打不开', '硬币', '钥匙', '转开', '打开了', '开锁', '锁匠', '撬开'], 40, 1),
      ] },
      ko: { idioms: [
        then(['문고리가 고장', '문고리 고장', '잠금장치가 고장', '잠금장치 고장', '문이 고장', '문 고장', '도어락이 고장', '도어락 고장', '손잡이가 고장', '손잡이가 빠져', '문이 걸려서', '문이 안 열려서'], ['갇혀 있었', '갇혔', '갇혀서', '못 나왔', '갇혀'], 30, 1),
        ...eitherWay(['혼자 방문을 잠가', '혼자 문을 잠가', '스스로 문을 잠가', '안에서 문을 잠가', '안에서 잠가', '자기가 문을 잠가', '혼자 방문을 잠갔', '혼자 문을 잠갔', '안에서 문을 잠갔'], ['동전', '열쇠', '못 나왔', '열어 줬', '열었', '열쇠공', '열쇠 수리'], 40, 1),
      ] },
      vi: { idioms: [
        then(['hỏng khóa', 'khóa bị hỏng', 'khóa hỏng', 'khóa cửa...bị hỏng', 'khóa cửa...bị hư', 'cửa...bị kẹt', 'chốt cửa hỏng', 'chốt bị hỏng', 'tay nắm cửa hỏng', 'cửa bị kẹt', 'kẹt cửa', 'cửa hỏng', 'hư khóa', 'khóa bị hư', 'cửa bị hư'], ['bị nhốt trong', 'bị kẹt trong', 'kẹt trong', 'không ra được', 'ko ra được', 'bị nhốt'], 30, 1),
        ...eitherWay(['tự khóa mình', 'tự khóa cửa', 'khóa trái cửa từ bên trong', 'tự chốt cửa', 'tự khóa trong'], ['đồng xu', 'chìa khóa', 'không mở được', 'ko mở được', 'mở ra được', 'thợ khóa'], 40, 1),
      ] },
      ne: { idioms: [
        then(['ढोका बिग्र', 'चुकुल बिग्र', 'ताल्चा बिग्र', 'ढोका अड्कि', 'ढोका अड्क्यो', 'dhoka bigr', 'chukul bigr', 'talcha bigr', 'taalcha bigr', 'dhoka atkyo', 'dhoka adkyo'], ['थुनिए', 'फसें', 'फसेँ', 'निस्कन सकिन', 'thunie', 'thuniye', 'phase', 'fase', 'niskana sakina', 'niskna sakina'], 40, 1),
        ...eitherWay(['आफैं ढोका लगाएर', 'आफैँ ढोका लगाएर', 'भित्रबाट चुकुल लगाएर', 'aafai dhoka lagaera', 'aafai dhoka lagayera', 'bhitra bata chukul', 'bhitrabata chukul'], ['सिक्का', 'साँचो', 'खोलियो', 'खोल्न सकिएन', 'sikka', 'saacho', 'sacho', 'kholiyo', 'kholna sakiena'], 40, 1),
      ] },
      tl: { idioms: [
        then(['sira ang lock', 'sira ang kandado', 'nasira ang lock', 'nasira ang doorknob', 'sira ang doorknob', 'na-stuck ang pinto', 'naipit ang pinto', 'sira ang pinto', 'ayaw bumukas ng pinto', 'hindi bumukas ang pinto'], ['na-lock ako sa loob', 'nakulong ako sa', 'na-stuck ako sa', 'hindi ako makalabas', 'di ako makalabas'], 40, 1),
        ...eitherWay(['ni-lock niya ang sarili', 'nilock niya ang sarili', 'na-lock niya ang sarili', 'nai-lock niya ang sarili', 'ni-lock ang pinto mula sa loob', 'nilock ang pinto mula sa loob'], ['barya', 'susi', 'nabuksan', 'hindi mabuksan', 'di mabuksan', 'locksmith'], 40, 1),
      ] },
      pt: { idioms: [
        then(['porta do banheiro quebrou', 'porta quebrou', 'fechadura quebrou', 'fechadura quebrada', 'fechadura emperrou', 'maçaneta quebrou', 'trinco quebrou', 'porta emperrou', 'porta travou', 'trava quebrou'], ['fiquei trancada', 'fiquei trancado', 'fiquei presa', 'fiquei preso', 'ficou trancada', 'ficou trancado', 'ficou presa', 'ficou preso', 'conseguia sair'], 40, 1),
        ...eitherWay(['se trancou', 'trancou a porta por dentro', 'trancou-se'], ['moeda', 'chave', 'chaveiro', 'conseguia abrir', 'conseguimos abrir', 'abrimos'], 40, 1),
      ] },
      id: { idioms: [
        then(['kunci rusak', 'kuncinya rusak', 'gagang pintu rusak', 'gagangnya rusak', 'pintu macet', 'pintunya macet', 'grendel rusak', 'pintu rusak', 'pintunya rusak', 'kunci macet'], ['terkunci di dalam', 'kekunci di dalam', 'kekunci', 'terjebak di', 'kejebak di', 'bisa keluar'], 40, 1),
        ...eitherWay(['ngunci diri', 'mengunci diri', 'ngunciin diri', 'ngunci pintu dari dalam', 'mengunci pintu dari dalam'], ['koin', 'uang logam', 'kunci cadangan', 'bisa dibuka', 'berhasil dibuka', 'tukang kunci', 'kebuka'], 40, 1),
      ] },
    },
  },
  {
    // A parent who slips away from the small children for five minutes' peace (pass F16): 「こどもたちから にげて、
    // トイレに かぎを かけて 5ふん やすんで います（わらい）」. Young children fled, and the rest or the laugh said; a
    // partner or a grown son fled («夫から逃げてトイレに鍵をかけて») still alarms.
    name: 'a parent hiding from the small children for a few minutes’ rest',
    signal: null,
    words: {
      ja: { idioms: [then(each(['子どもたちから', '子供たちから', 'こどもたちから', 'チビたちから', 'ちびたちから', '子どもから', '子供から', 'こどもから'], ['逃げて', 'にげて', '逃げてきて', 'にげてきて', '隠れて', 'かくれて'], ''), ['休ん', 'やすん', '休憩', 'きゅうけい', '一人時間', 'ひとりじかん', '一息', 'ひといき', 'わらい', '笑', 'ワンオペ', 'コーヒー', 'スマホ'], 30, 1)] },
      en: { idioms: [then(['hiding from the kids', 'hiding from my kids', 'hiding from the children', 'escaped the kids', 'escaping the kids', 'escaped from the kids', 'hiding from my toddler', 'hiding from the toddler', 'hiding in the bathroom from the kids', 'hiding in the toilet from the kids'], ['break', 'five minutes', '5 minutes', '5 mins', 'peace', 'quiet', 'coffee', 'lol', 'haha', 'scroll'], 60, 1)] },
      zh: { idioms: [then(['躲着孩子', '躲孩子', '躲开孩子', '躲开娃', '躲娃', '逃离孩子', '逃开孩子', '躲着娃'], ['休息', '喘口气', '清静', '哈哈', '刷手机', '五分钟', '5分钟', '一个人待', '安静'], 20, 1)] },
      ko: { idioms: [then(['애들 피해서', '아이들 피해서', '애들한테서 도망', '아이들한테서 도망', '애들 피해', '애기 피해서'], ['쉬고', '쉬는 중', '숨 돌리', '혼자만의 시간', 'ㅋㅋ', 'ㅎㅎ', '5분', '잠깐'], 30, 1)] },
      vi: { idioms: [then(['trốn con', 'trốn bọn trẻ', 'trốn tụi nhỏ', 'trốn mấy đứa nhỏ', 'trốn các con', 'trốn lũ trẻ'], ['nghỉ', 'xả hơi', 'yên tĩnh', 'haha', 'hihi', '5 phút', 'năm phút'], 30, 1)] },
      ne: { idioms: [then(['बच्चाहरूबाट भागेर', 'बच्चाबाट भागेर', 'केटाकेटीबाट भागेर', 'bachha haru bata bhagera', 'bachharu bata bhagera', 'bachcha bata bhagera', 'bachha bata bhagera'], ['आराम', 'एकछिन', 'aaram', 'aram', 'ekchhin', 'haha', 'हाहा', '5 मिनेट', '5 minute'], 40, 1)] },
      tl: { idioms: [then(['tinataguan ang mga anak', 'tinaguan ang mga anak', 'nagtago sa mga anak', 'nagtatago sa mga anak', 'tumakas sa mga bata', 'tinakasan ang mga bata', 'nagtatago sa mga bata', 'nagtago sa mga bata'], ['pahinga', 'magpahinga', 'nagpapahinga', 'haha', 'hehe', '5 minuto', 'limang minuto', 'katahimikan'], 40, 1)] },
      pt: { idioms: [then(['fugi das crianças', 'fugindo das crianças', 'me escondendo das crianças', 'escondida das crianças', 'escondido das crianças', 'fugi dos meus filhos', 'me escondendo dos meus filhos', 'fugindo dos filhos', 'me escondendo dos filhos'], ['descansar', 'descansando', 'respirar', 'paz', 'kkk', 'haha', '5 minutos', 'cinco minutos', 'um café'], 40, 1)] },
      id: { idioms: [then(['kabur dari anak', 'sembunyi dari anak', 'ngumpet dari anak', 'kabur dari bocil', 'ngumpet dari bocil', 'sembunyi dari bocil', 'kabur dari krucil', 'ngumpet dari krucil'], ['istirahat', 'rehat', 'napas', 'wkwk', 'haha', '5 menit', 'lima menit', 'tenang', 'me time'], 40, 1)] },
    },
  },
  {
    // A small child's tantrum at bath time, heard next door or at home (pass F16): «邻居家小孩每天晚上洗澡都哭得撕心裂
    // 肺，听着就是在闹脾气», «목욕하기 싫다고 자지러지게 울어요». The bath (or teeth, or bed) and the tantrum must be said
    // together; blows, «痛い、やめて», marks heard or seen still alarm by their own words.
    name: 'a small child’s tantrum at bath time',
    signal: null,
    words: {
      ja: { idioms: [then(['隣の子', 'となりのこ', '隣の家の子', 'となりのいえのこ', '近所の子', 'きんじょのこ', 'うちの子', 'うちのこ', '上の階の子', 'うえのかいのこ'], each(['お風呂', 'おふろ', '風呂', 'ふろ', '歯磨き', 'はみがき'], ['を嫌が', 'をいやが', 'が嫌で', 'がいやで', 'で泣', 'でな', 'のたびに泣', 'のたびにな', 'のときに泣', 'のときにな', 'の時に泣'], ''), 12), ...eitherWay(['お風呂', 'おふろ', '風呂', 'ふろ', '歯磨き', 'はみがき', '着替え', 'きがえ', 'シャンプー', '髪を洗', 'かみをあら'], ['嫌がって', 'いやがって', '嫌がる', 'いやがる', 'イヤイヤ', 'ギャン泣き', '大泣き', 'おおなき', '泣き叫', 'なきさけ', '癇癪', 'かんしゃく', 'ぐずって', 'ぐずる'], 20, 1), 'イヤイヤ期', '魔の2歳', 'まの2さい', '魔の二歳', '魔の3歳'] },
      en: { idioms: [...eitherWay(['bath time', 'bathtime', 'the bath$', 'a bath$', 'hair wash', 'washing her hair', 'washing his hair', 'brushing teeth', 'brushing his teeth', 'brushing her teeth'], ['tantrum', 'tantrums', 'meltdown', 'screams', 'screaming', 'cries', 'crying', 'hates', 'refuses'], 40, 1), 'terrible twos', 'terrible threes'] },
      zh: { idioms: [then(each(['邻居家', '隔壁家', '邻居', '隔壁', '楼上', '楼下', '我家'], ['小孩', '孩子', '的小孩', '的孩子', '宝宝'], ''), each(['洗澡', '洗头', '刷牙'], ['都哭', '时哭', '就哭', '哭', '都闹', '闹', '的时候哭'], ''), 12), ...eitherWay(['洗澡', '洗头', '刷牙', '穿衣服'], ['闹脾气', '哭闹', '大哭', '哭得撕心裂肺', '哭得', '不肯', '不想', '发脾气', '耍赖'], 20, 1), '可怕的两岁', '恐怖的两岁', '可怕的2岁', '第一叛逆期', '小孩闹脾气', '孩子闹脾气'] },
      ko: { idioms: [...eitherWay(['목욕', '씻기', '머리 감', '양치'], ['싫다고', '안 하겠다고', '떼쓰', '떼를 쓰', '자지러지게', '울고불고', '생떼'], 30, 1), '미운 네 살', '미운 세 살', '미운 다섯 살'] },
      vi: { idioms: eitherWay(['tắm', 'gội đầu', 'đánh răng', 'mặc đồ'], ['ăn vạ', 'khóc thét', 'gào khóc', 'khóc ầm', 'không chịu', 'la hét', 'giãy'], 30, 1) },
      ne: { idioms: eitherWay(['नुहाउने', 'नुहाउँदा', 'नुहाउन', 'कपाल धुने', 'दाँत माझ्ने', 'nuhaune', 'nuhauda', 'nuhauna'], ['चिच्याएर रुन्छ', 'चिच्याउँछ', 'रुन्छ', 'जिद्दी', 'ढिपी', 'chichyaera runchha', 'runchha', 'jiddi', 'dhipi'], 40, 1) },
      tl: { idioms: eitherWay(['paliligo', 'maligo', 'paliguan', 'pagligo', 'magsipilyo'], ['nagwawala', 'nag-aalboroto', 'nagtatantrum', 'tantrum', 'umiiyak', 'sumisigaw', 'ayaw'], 40, 1) },
      pt: { idioms: eitherWay(['banho', 'hora do banho', 'lavar o cabelo', 'escovar os dentes'], ['birra', 'chilique', 'manha', 'berra', 'chora', 'grita', 'não quer'], 40, 1) },
      id: { idioms: eitherWay(['mandi', 'keramas', 'sikat gigi'], ['tantrum', 'ngamuk', 'rewel', 'nangis', 'teriak', 'nggak mau', 'ga mau', 'gak mau'], 40, 1) },
    },
  },
  {
    // Snoring that stops for some seconds, asked about as which clinic (pass F16): 「夫のいびきが急に止まって、10秒く
    // らい息をしてないことがある…何科に行けばいいの？」 — sleep apnoea. The snore and the seconds both said: "he was
    // snoring and now he's not breathing", 「いびきが止まって、息をしてない！呼んでも起きない」 still alarm.
    name: 'snoring that stops for a few seconds (sleep apnoea)',
    signal: null,
    words: {
      ja: { idioms: [
        then(['いびき', '鼾'], each(['秒', '秒くらい', '秒ぐらい', '秒ほど', '秒間', 'びょう', 'びょうくらい', 'びょうぐらい', 'びょうほど', 'びょうかん'], ['息をしてな', '息してな', '息が止ま', '息がとま', '呼吸が止ま', '呼吸してな', '呼吸をしてな', 'いきをしてな', 'いきしてな', 'いきがとま', 'こきゅうがとま', '止ま', 'とま'], ''), 30, 1),
        '睡眠時無呼吸', 'すいみんじむこきゅう', '無呼吸症候群', 'むこきゅうしょうこうぐん',
      ] },
      en: { idioms: [
        then(['snoring', 'snores', 'snore'], each(['stops breathing', 'stop breathing', 'stopped breathing', 'not breathing', 'pauses', 'holds his breath', 'holds her breath'], ['for...seconds', 'for...secs', 'for a second', 'for a few sec'], ' '), 40, 1),
        'sleep apnea', 'sleep apnoea',
      ] },
      zh: { idioms: [
        then(['打呼噜', '打呼', '打鼾', '呼噜', '鼾声'], [...each(['几秒', '十几秒', '十秒', '好几秒', '几秒钟', '秒', '秒钟'], ['不呼吸', '没呼吸', '没有呼吸', '停止呼吸', '呼吸停止', '没气', '憋气', '都没气'], ''), ...each(['停止呼吸', '呼吸停止', '不呼吸', '没有呼吸', '没呼吸', '憋气', '停', '停了'], ['几秒', '十几秒', '十秒', '好几秒', '几秒钟', '1', '2', '3', '5'], '')], 30, 1),
        '睡眠呼吸暂停', '睡眠呼吸中止',
      ] },
      ko: { idioms: [
        then(['코골이', '코를 골', '코 골', '코를 고', '코 고'], each(['몇 초', '몇초', '초 정도', '초 동안', '초간', '초씩', '초 가량'], ['숨을 안 쉬', '숨을 안쉬', '숨 안 쉬', '숨이 멈', '숨을 멈', '호흡이 멈', '숨을 쉬지 않', '숨을 안'], '...'), 40, 1),
        '수면무호흡', '수면 무호흡',
      ] },
      vi: { idioms: [
        then(['ngáy'], each(['ngừng thở', 'ngưng thở', 'tắt thở', 'không thở', 'nín thở'], ['vài giây', 'mấy giây', 'vài chục giây', 'giây'], '...'), 40, 1),
        'ngưng thở khi ngủ', 'ngừng thở khi ngủ', 'ngưng thở lúc ngủ', 'ngừng thở lúc ngủ',
      ] },
      ne: { idioms: [
        then(['घुर्', 'ghur', 'नाक बजा', 'naak baja', 'nak baja'], [...each(['केही सेकेन्ड', 'सेकेन्ड'], ['सास रोकिन्छ', 'सास रोकिन्थ्यो', 'सास फेर्दैन', 'सास रोकिएको'], '...'), ...each(['kehi second', 'second', 'sekend'], ['saas rokinchha', 'sas rokinchha', 'saas rokincha', 'sas rokincha', 'saas ferdaina', 'saas pherdaina', 'sas ferdaina', 'sas pherdaina'], '...')], 40, 1),
        'sleep apnea', 'sleep apnoea',
      ] },
      tl: { idioms: [
        then(['hilik', 'naghihilik', 'humihilik', 'maghilik'], each(['tumitigil ang paghinga', 'tumitigil huminga', 'humihinto ang paghinga', 'hindi humihinga', 'nawawala ang hininga', 'tumitigil'], ['ng ilang segundo', 'nang ilang segundo', 'ilang segundo', 'segundo'], '...'), 40, 1),
        'sleep apnea', 'sleep apnoea',
      ] },
      pt: { idioms: [
        then(['ronco', 'ronca', 'roncando', 'roncar'], each(['para de respirar', 'parou de respirar', 'fica sem respirar', 'deixa de respirar', 'sem respirar'], ['alguns segundos', 'uns segundos', 'por segundos', 'segundos'], '...'), 40, 1),
        'apneia do sono', 'apnéia do sono',
      ] },
      id: { idioms: [
        then(['ngorok', 'mendengkur', 'dengkur', 'ngorok'], each(['berhenti napas', 'berhenti bernapas', 'berhenti nafas', 'berhenti bernafas', 'nggak napas', 'ga napas', 'tidak bernapas', 'napasnya berhenti', 'nafasnya berhenti'], ['beberapa detik', 'bbrp detik', 'detik'], '...'), 40, 1),
        'sleep apnea', 'apnea tidur',
      ] },
    },
  },
  {
    // A baby who spat up milk and is breathing well (pass F16): 「あかちゃん が ミルク はいた。 いき は してる。 げんき。
    // これ ふつう？」 — the breathing said to be there. Not breathing, blue, limp after the milk still alarm.
    name: 'a baby who spat up milk and is breathing fine',
    signal: null,
    words: {
      ja: { idioms: [then(['ミルク', '母乳', 'ぼにゅう', 'おっぱい', '吐き戻', 'はきもど'], each(['息は', 'いきは', '息も', 'いきも', '呼吸は', 'こきゅうは', '息はふつうに', 'いきはふつうに', '息は普通に', '息はちゃんと', 'いきはちゃんと'], ['してる', 'している', 'してます', 'しています', 'できてる', 'できている', 'できてます', '普通', 'ふつう', '大丈夫', 'だいじょうぶ', '問題な', 'もんだいな'], ''), 30, 2)] },
      en: { idioms: [then([...each(['spat up', 'spit up', 'spits up', 'spitting up'], ['some milk', 'a bit of milk', 'a little milk', 'her milk', 'his milk', 'milk']), 'spat up', 'spit up', 'spits up', 'spitting up', 'threw up some milk', 'threw up her milk', 'threw up his milk', 'posseted', 'brought up some milk', 'brought up her milk', 'brought up his milk'], ['breathing fine', 'breathing normally', 'breathing ok', 'breathing okay', 'breathing well', 'breathing is fine', 'breathing is normal', 'breathing seems fine', 'breathing seems normal'], 60, 2)] },
      zh: { idioms: [then(['吐奶', '溢奶', '吐了奶', '吐了点奶', '吐了一点奶', '吐了一口奶'], ['呼吸正常', '呼吸很正常', '呼吸也正常', '呼吸没问题', '呼吸平稳', '呼吸顺畅'], 20, 2)] },
      ko: { idioms: [then(['분유를 토', '분유 토', '젖을 토', '모유를 토', '우유를 토', '게워', '아기가 토했', '애기가 토했'], ['숨은 잘 쉬', '숨 잘 쉬', '숨은 쉬', '숨도 잘 쉬', '숨쉬는 건 괜찮', '호흡은 괜찮', '호흡은 정상', '호흡도 정상'], 40, 2)] },
      vi: { idioms: [then(['trớ sữa', 'ọc sữa', 'nôn trớ', 'ói sữa', 'nôn sữa'], ['vẫn thở bình thường', 'thở bình thường', 'vẫn thở đều', 'thở đều', 'vẫn thở tốt', 'thở ổn'], 40, 2)] },
      ne: { idioms: [then(['दूध ओकल', 'दूध फाल', 'दूध छाद', 'dudh okal', 'dudh chhad', 'dudh fal', 'dudh phal'], ['सास राम्रै फेर्', 'सास ठिक', 'सास ठीक', 'सास फेरिरहेको', 'saas thik', 'sas thik', 'saas ramrai', 'sas ramrai', 'saas feri rahe', 'sas feri rahe'], 40, 2)] },
      tl: { idioms: [then(['nagsuka ng gatas', 'sumuka ng gatas', 'niluwa ang gatas', 'naglungad', 'lungad', 'nilungad'], ['humihinga naman', 'humihinga nang maayos', 'maayos ang paghinga', 'normal ang paghinga', 'okay ang paghinga'], 40, 2)] },
      pt: { idioms: [then(['golfou', 'golfada', 'golfar', 'regurgitou', 'vomitou o leite', 'botou o leite pra fora'], ['está respirando normal', 'tá respirando normal', 'está respirando bem', 'tá respirando bem', 'respirando normal', 'respirando bem', 'respira normal', 'respira bem', 'respiração normal'], 40, 2)] },
      id: { idioms: [then(['gumoh', 'muntah susu', 'muntahin susu'], ['napasnya normal', 'napas normal', 'nafasnya normal', 'nafas normal', 'napasnya biasa', 'bernapas normal', 'bernafas normal', 'napasnya baik'], 40, 2)] },
    },
  },
  {
    // Half the face that will not move, already diagnosed as Bell's palsy and treated (pass F16: 「かお の はんぶん が
    // うごかない。 びょういん で 『ベルまひ』 と いわれました。 くすり のんでます」); half the face numb after the dentist's
    // anaesthetic (「歯医者の麻酔のあと…顔の半分がしびれていて」). The diagnosis must be told as given, not guessed
    // («ベル麻痺かな？»), and slurred speech or a weak arm beside it still alarm by their own words.
    name: 'a face half paralysed, diagnosed as Bell’s palsy; half the face numb after the dentist',
    signal: null,
    words: {
      ja: { idioms: [
        ...eitherWay(['顔の半分', 'かおのはんぶん', '顔の片側', 'かおのかたがわ', '顔半分', 'かおはんぶん', '口の片側', 'くちのかたがわ', '顔が歪', 'かおがゆが', '顔がゆが'],
          each(['ベル麻痺', 'ベルまひ', '顔面神経麻痺', '顔面神経まひ', 'がんめんしんけいまひ', 'ハント症候群', 'はんとしょうこうぐん'], ['と言われ', 'といわれ', 'って言われ', 'っていわれ', 'と診断', 'としんだん', 'でした', 'だった'], ''), 40, 3),
        ...eitherWay(['歯医者', 'はいしゃ', '歯科', '麻酔', 'ますい', '抜歯', 'ばっし', '親知らず', 'おやしらず'], each(['顔の半分', 'かおのはんぶん', '顔半分', 'かおはんぶん', '顔の片側', 'かおのかたがわ'], ['がしびれ', 'がまだしびれ', 'がまひ', 'が麻痺', 'がうごかな', 'が動かな', 'の感覚がな', 'のかんかくがな'], ''), 30, 1),
      ] },
      en: { idioms: [
        ...eitherWay(['half my face', 'half of my face', 'half her face', 'half his face', 'one side of my face', 'one side of her face', 'one side of his face', 'side of my face', 'face drooping', 'face is drooping', 'face droops', 'mouth droops', 'drooping on one side'],
          each(['said its', 'said it was', 'said it is', 'diagnosed with', 'diagnosed as', 'diagnosed it as', 'turned out to be', 'its just', 'it was', 'confirmed'], ['bells palsy', 'bell palsy', 'facial palsy', 'facial nerve palsy', 'ramsay hunt']), 60, 2),
        ...eitherWay(['dentist', 'dental', 'anaesthetic', 'anesthetic', 'novocaine', 'numbing injection', 'wisdom tooth', 'root canal', 'filling'], ['half my face is numb', 'half my face numb', 'half my face is still numb', 'face is numb', 'face is still numb', 'half of my face is numb', 'side of my face is numb', 'face numb', 'lip is numb', 'lips are numb'], 60, 1),
      ] },
      zh: { idioms: [
        ...eitherWay(['半边脸', '半张脸', '一边脸', '脸歪', '嘴歪', '口角歪', '嘴角歪'], each(['说是', '诊断是', '诊断为', '确诊', '确诊为', '医生说是', '原来是'], ['面瘫', '面神经麻痹', '面神经炎', '贝尔麻痹', '亨特综合征'], ''), 40, 2),
        ...eitherWay(['牙医', '看牙', '拔牙', '补牙', '麻药', '麻醉', '根管', '智齿'], ['半边脸都麻', '半边脸麻', '半边脸还麻', '脸都麻了', '脸麻了', '脸还麻', '嘴唇麻', '半张脸麻', '半张脸都麻'], 30, 1),
      ] },
      ko: { idioms: [
        ...eitherWay(['얼굴 반쪽', '얼굴 한쪽', '한쪽 얼굴', '얼굴이 한쪽', '입이 돌아', '입꼬리가 처', '얼굴이 돌아'], ['안면마비래', '안면마비라고 하', '안면 마비래', '안면마비 진단', '안면마비로 진단', '안면신경마비래', '안면신경마비 진단', '구안와사래', '구안와사 진단', '벨마비래', '벨 마비래', '벨마비 진단'], 40, 2),
        ...eitherWay(['치과', '마취', '사랑니', '신경치료', '발치'], ['얼굴 반쪽이 얼얼', '얼굴 반쪽이 마비', '얼굴 반쪽이 감각', '얼굴이 얼얼', '입술이 얼얼', '얼굴 반쪽이 안 움직', '입술이 마비', '얼굴 반이 얼얼'], 40, 1),
      ] },
      vi: { idioms: [
        ...eitherWay([...each(['nửa mặt', 'một bên mặt'], ['không cử động', 'không cử động được', 'bị liệt', 'liệt', 'bị xệ', 'bị méo']), 'nửa mặt', 'một bên mặt', 'méo mặt', 'méo miệng', 'lệch mặt', 'xệ mặt', 'xệ miệng', 'miệng méo'], each(['bác sĩ nói', 'bác sĩ bảo', 'chẩn đoán', 'được chẩn đoán', 'hóa ra là', 'bị chẩn đoán'], ['liệt dây thần kinh mặt', 'liệt dây thần kinh số 7', 'liệt dây 7', 'liệt mặt ngoại biên', 'liệt bell'], '...'), 60, 2),
        ...eitherWay(['nha sĩ', 'nha khoa', 'nhổ răng', 'gây tê', 'thuốc tê', 'chữa tủy', 'răng khôn'], ['tê nửa mặt', 'nửa mặt bị tê', 'nửa mặt tê', 'mặt bị tê', 'môi bị tê', 'tê môi', 'tê mặt'], 40, 1),
      ] },
      ne: { idioms: [
        ...eitherWay(['अनुहार बाङ्गो', 'मुख बाङ्गो', 'आधा अनुहार', 'anuhar bango', 'anuhaar bango', 'mukh bango', 'aadha anuhar', 'adha anuhar'], each(['डाक्टरले', 'doctor le', 'daktar le'], ['bells palsy', 'bell palsy', 'बेल्स पाल्सी', 'facial palsy', 'अनुहारको नसा', 'anuhar ko nasa'], '...'), 80, 2),
        ...eitherWay(['दाँतको डाक्टर', 'dant ko doctor', 'daat ko doctor', 'dentist', 'लठ्याउने सुई', 'lathyaune sui', 'एनेस्थेसिया', 'anesthesia'], ['आधा अनुहार झमझम', 'अनुहार झमझम', 'अनुहार लाटो', 'aadha anuhar jhamjham', 'anuhar jhamjham', 'anuhar lato', 'adha anuhar lato'], 40, 1),
      ] },
      tl: { idioms: [
        ...eitherWay(['kalahati ng mukha', 'tabingi ang mukha', 'tabingi yung mukha', 'ngiwi ang bibig', 'ngiwi ang mukha', 'isang side ng mukha', 'lumaylay ang mukha'], each(['sabi ng doktor', 'sabi ng doctor', 'na-diagnose', 'nadiagnose', 'bells palsy daw', 'diagnosis'], ['bells palsy', 'bell palsy', 'facial palsy', 'facial paralysis'], '...'), 80, 2),
        ...eitherWay(['dentista', 'dentist', 'anesthesia', 'pampamanhid', 'nagpabunot'], ['manhid ang kalahati ng mukha', 'manhid ang mukha', 'manhid pa ang mukha', 'manhid ang labi', 'kalahati ng mukha ko manhid'], 40, 1),
      ] },
      pt: { idioms: [
        ...eitherWay(['metade do rosto', 'um lado do rosto', 'rosto torto', 'boca torta', 'rosto caído', 'lado do rosto caído'], each(['disse que é', 'disse que era', 'diagnosticou', 'diagnóstico de', 'diagnosticado com', 'diagnosticada com', 'era só', 'confirmou'], ['paralisia de bell', 'paralisia facial periférica', 'paralisia facial', 'paralisia do nervo facial'], '...'), 80, 2),
        ...eitherWay(['dentista', 'anestesia', 'tratamento de canal', 'extração', 'siso'], ['metade do rosto dormente', 'rosto dormente', 'boca dormente', 'lábio dormente', 'rosto ainda dormente'], 40, 1),
      ] },
      id: { idioms: [
        ...eitherWay(['wajah sebelah', 'sebelah wajah', 'separuh wajah', 'mulut turun sebelah', 'sudut mulut turun', 'wajah mencong', 'mulut mencong', 'muka mencong', 'muka sebelah'], each(['kata dokter', 'ternyata', 'didiagnosis', 'diagnosa', 'dokter bilang'], ['bells palsy', 'bell palsy', 'saraf wajah', 'saraf 7', 'kelumpuhan saraf wajah'], '...'), 80, 2),
        ...eitherWay(['dokter gigi', 'cabut gigi', 'bius', 'anestesi', 'tambal gigi'], ['wajah sebelah kebas', 'separuh wajah kebas', 'muka kebas', 'wajah kebas', 'bibir kebas'], 40, 1),
      ] },
    },
  },
  {
    // Fainting at a blood test or at the sight of blood, told with it (pass F16: "My wife fainted at her blood test
    // yesterday. She's totally fine now"): the needle's faint, with the recovery or a next time said. "Fainted at her blood
    // test and isn't waking up", a faint after a vaccine with a swelling throat, still alarm.
    name: 'fainting at a blood test or at the sight of blood',
    signal: null,
    words: {
      ja: { idioms: [then([...each(['採血', 'さいけつ', '献血', 'けんけつ', '血液検査', 'けつえきけんさ', '血を見て', 'ちをみて', '注射の針', 'ちゅうしゃのはり'], ['倒れ', 'たおれ', '気を失', 'きをうしな', '気絶', 'きぜつ', '失神', 'しっしん', '貧血を起こ', 'ひんけつをおこ'], '...'), ...each(['倒れ', 'たおれ', '気を失', 'きをうしな', '気絶', 'きぜつ', '失神', 'しっしん', '貧血を起こ', 'ひんけつをおこ'], ['採血', 'さいけつ', '献血', 'けんけつ', '血液検査', 'けつえきけんさ', '血を見て', 'ちをみて', '注射の針', 'ちゅうしゃのはり'], '...')], ['今は元気', 'いまはげんき', 'もう元気', 'もうげんき', 'すぐ意識が戻', 'すぐいしきがもど', 'すぐ戻', 'すぐもど', '大丈夫', 'だいじょうぶ', 'よくある', '次回', 'じかい', '次から', 'つぎから', '横になって', 'よこになって'], 80, 2)] },
      en: { idioms: [then([...each(['blood test', 'blood draw', 'blood drawn', 'giving blood', 'donating blood', 'blood donation', 'sight of blood', 'seeing blood', 'the needle'], ['fainted', 'faint', 'fainting', 'passed out', 'blacked out', 'keeled over'], '...'), ...each(['fainted', 'faint', 'fainting', 'passed out', 'blacked out', 'keeled over'], ['blood test', 'blood draw', 'blood drawn', 'giving blood', 'donating blood', 'blood donation', 'sight of blood', 'seeing blood', 'the needle'], '...')], ['fine now', 'totally fine', 'ok now', 'okay now', 'fine after', 'came round', 'came to', 'came around', 'happens a lot', 'recovered', 'better now', 'next time', 'lay down', 'felt better'], 80, 2)] },
      zh: { idioms: [then([...each(['抽血', '验血', '献血', '晕针', '晕血', '看到血', '见血'], ['晕倒', '晕过去', '昏倒', '昏过去', '晕了', '昏了'], '...'), ...each(['晕倒', '晕过去', '昏倒', '昏过去', '晕了', '昏了'], ['抽血', '验血', '献血', '晕针', '晕血', '看到血', '见血'], '...')], ['现在没事', '已经没事', '没事了', '马上就醒', '很快就醒', '很快醒', '下次', '常有的事', '很常见', '躺了一会'], 80, 2)] },
      ko: { idioms: [then([...each(['채혈', '피 뽑', '피를 뽑', '헌혈', '피검사', '혈액검사', '혈액 검사', '피를 보고', '피 보고'], ['기절', '쓰러', '실신', '정신을 잃'], '...'), ...each(['기절', '쓰러', '실신', '정신을 잃'], ['채혈', '피 뽑', '피를 뽑', '헌혈', '피검사', '혈액검사', '혈액 검사', '피를 보고', '피 보고'], '...')], ['지금은 괜찮', '이제 괜찮', '금방 깨', '바로 깨', '다음에', '흔한 일', '자주 있는', '괜찮아졌'], 80, 2)] },
      vi: { idioms: [then([...each(['lấy máu', 'xét nghiệm máu', 'thử máu', 'hiến máu', 'sợ kim', 'thấy máu'], ['ngất', 'xỉu', 'ngất xỉu', 'bất tỉnh'], '...'), ...each(['ngất', 'xỉu', 'ngất xỉu', 'bất tỉnh'], ['lấy máu', 'xét nghiệm máu', 'thử máu', 'hiến máu', 'sợ kim', 'thấy máu'], '...')], ['giờ ổn', 'giờ đã ổn', 'đã ổn', 'tỉnh lại ngay', 'tỉnh ngay', 'lần sau', 'hay gặp', 'thường gặp', 'nằm nghỉ'], 80, 2)] },
      ne: { idioms: [then([...each(['रगत जाँच', 'रगत निकाल', 'रगत दिँदा', 'रगत दान', 'ragat janch', 'ragat jaanch', 'ragat nikal', 'ragat dan', 'ragat daan'], ['बेहोस', 'रिङ्गटा', 'behos', 'behosh', 'ringata'], '...'), ...each(['बेहोस', 'रिङ्गटा', 'behos', 'behosh', 'ringata'], ['रगत जाँच', 'रगत निकाल', 'रगत दिँदा', 'रगत दान', 'ragat janch', 'ragat jaanch', 'ragat nikal', 'ragat dan', 'ragat daan'], '...')], ['अहिले ठिक', 'अहिले ठीक', 'तुरुन्तै होस', 'अर्को पटक', 'ahile thik', 'turuntai hos', 'arko patak', 'arko choti'], 80, 2)] },
      tl: { idioms: [then([...each(['kinuhanan ng dugo', 'blood test', 'blood extraction', 'nagpakuha ng dugo', 'nagdonate ng dugo', 'nag-donate ng dugo', 'pagkuha ng dugo', 'nakakita ng dugo'], ['nahimatay', 'hinimatay', 'nawalan ng malay'], '...'), ...each(['nahimatay', 'hinimatay', 'nawalan ng malay'], ['kinuhanan ng dugo', 'blood test', 'blood extraction', 'nagpakuha ng dugo', 'nagdonate ng dugo', 'nag-donate ng dugo', 'pagkuha ng dugo', 'nakakita ng dugo'], '...')], ['okay na', 'ok na', 'maayos na', 'nagising agad', 'natauhan agad', 'sa susunod', 'karaniwan daw', 'normal daw'], 80, 2)] },
      pt: { idioms: [then([...each(['exame de sangue', 'tirar sangue', 'coleta de sangue', 'coletar sangue', 'doar sangue', 'doação de sangue', 'ver sangue', 'viu sangue', 'agulha'], ['desmaiou', 'desmaiei', 'desmaiar', 'desmaio', 'apagou', 'apaguei'], '...'), ...each(['desmaiou', 'desmaiei', 'desmaiar', 'desmaio', 'apagou', 'apaguei'], ['exame de sangue', 'tirar sangue', 'coleta de sangue', 'coletar sangue', 'doar sangue', 'doação de sangue', 'ver sangue', 'viu sangue', 'agulha'], '...')], ['já está bem', 'tá bem', 'ficou bem', 'acordou logo', 'voltou logo', 'da próxima vez', 'acontece muito', 'é comum', 'já passou'], 80, 2)] },
      id: { idioms: [then([...each(['ambil darah', 'tes darah', 'cek darah', 'periksa darah', 'donor darah', 'lihat darah', 'liat darah', 'jarum suntik'], ['pingsan', 'semaput'], '...'), ...each(['pingsan', 'semaput'], ['ambil darah', 'tes darah', 'cek darah', 'periksa darah', 'donor darah', 'lihat darah', 'liat darah', 'jarum suntik'], '...')], ['sudah baik', 'udah baik', 'sudah sadar', 'langsung sadar', 'sadar lagi', 'lain kali', 'sering terjadi', 'biasa terjadi', 'sudah sehat', 'udah gapapa'], 80, 2)] },
    },
  },
  {
    // Prescribed sleeping pills asked about (pass F16): "is it safe to take the sleeping pills my GP gave me with a
    // glass of wine?"; run out after a trip and more wanted (「ねむる くすりが なくなりました。 りょこうで ぜんぶ のみました。
    // どようびも くすりを もらえる びょういんは ありますか」). A glass, a beer — not a bottle, not "all of them with";
    // and the trip and the wish for more both said: 「睡眠薬を全部飲みました。さようなら」 still alarms.
    name: 'sleeping pills asked about: with one glass of wine; run out on a trip, where to get more',
    signal: null,
    words: {
      ja: { idioms: [
        then(['睡眠薬', 'すいみんやく', '眠剤', 'みんざい', '睡眠導入剤', 'すいみんどうにゅうざい', '眠れる薬', 'ねむれるくすり', '寝る薬', 'ねるくすり', '眠る薬', 'ねむるくすり', '眠り薬', 'ねむりぐすり'],
          each(['ワイン', 'ビール', 'お酒', 'おさけ', 'チューハイ', '日本酒', 'にほんしゅ'], ['1杯', '一杯', 'いっぱい', '少し', 'すこし', 'ちょっと', 'と一緒に飲んでも', 'といっしょにのんでも', 'と飲んでも', 'とのんでも', 'を飲んだ後に飲んでも', 'をのんだあとにのんでも'], ''), 20),
        then(each(['旅行で', 'りょこうで', '旅行中に', 'りょこうちゅうに', '旅行先で', 'りょこうさきで', '出張で', 'しゅっちょうで', '出張中に', '帰省中に', 'きせいちゅうに', '連休中に', 'れんきゅうちゅうに'], ['ぜんぶのみました', '全部飲みました', '全部のみました', 'ぜんぶのんで', '全部飲んで', '全部のんで', '飲みきっ', 'のみきっ', '使いきっ', 'つかいきっ', 'なくなっ', '無くなっ'], '...'),
          ['もらえる', 'もらいたい', 'ほしい', '欲しい', '処方', 'しょほう', '病院はありますか', 'びょういんはありますか', '開いてる病院', 'あいてるびょういん', 'やってる病院', 'やってるびょういん', '土曜', 'どようび', '日曜', 'にちようび', '休日', 'きゅうじつ'], 40, 2),
      ] },
      en: { idioms: [
        then(each(['is it safe to take', 'is it ok to take', 'is it okay to take', 'can i take', 'can you take', 'safe to take', 'ok to take', 'okay to take'], ['the sleeping pills my', 'the sleeping pill my', 'my sleeping pill', 'my sleeping pills', 'a sleeping pill', 'one sleeping pill', 'my sleeping tablet', 'my sleeping tablets', 'a sleeping tablet', 'the sleeping pills the doctor', 'my prescribed sleeping']),
          ['with a glass of', 'with one glass', 'with a beer', 'with one beer', 'with a small glass', 'after a glass of', 'after one glass', 'after a beer', 'after one beer', 'with a drink', 'after a drink'], 40),
        then(['ran out of my sleeping pills', 'ran out of sleeping pills', 'run out of my sleeping pills', 'run out of sleeping pills', 'ran out of my sleeping tablets', 'used up my sleeping pills'], ['on holiday', 'on vacation', 'on the trip', 'during the trip', 'while travelling', 'while traveling', 'get more', 'a refill', 'new prescription', 'open on saturday', 'open on sunday', 'open on the weekend'], 60, 2),
      ] },
      zh: { idioms: [
        then(each(['安眠药', '安眠藥', '睡眠药', '助眠药', '医生开的安眠药', '医生开的药'], ['可以配', '能配', '可以跟', '能跟', '可以和', '能和'], ''), ['一杯红酒', '一杯酒', '一杯啤酒', '一罐啤酒', '红酒吃吗', '啤酒吃吗', '酒一起吃吗'], 12),
        then(each(['旅行', '出差', '回国', '放假'], ['全部吃完', '都吃完', '吃完了', '吃光了'], '...'), ['再开', '开药', '拿药', '配药', '哪家医院', '周六', '周日', '周末', '医院开门', '哪里可以买', '能开'], 40, 2),
      ] },
      ko: { idioms: [
        then(each(['수면제', '수면 유도제', '처방받은 수면제', '병원에서 받은 수면제'], ['를', '랑', '를 와인', '를 맥주', ''], ''), ['한 잔이랑 같이 먹어도', '한 잔이랑 먹어도', '한 잔 마시고 먹어도', '한잔이랑 같이 먹어도', '한잔 마시고 먹어도', '와인 한 잔', '맥주 한 잔', '술 한 잔'], 20),
        then(each(['여행', '출장', '연휴'], ['에서 다 먹었', ' 중에 다 먹었', ' 가서 다 먹었', '에서 다 떨어', ' 중에 다 떨어', ' 동안 다 먹었'], ''), ['처방', '받을 수 있는', '토요일', '일요일', '주말', '문 여는 병원', '여는 병원', '어디서 받'], 40, 2),
      ] },
      vi: { idioms: [
        then(['thuốc ngủ', 'thuốc an thần'], ['với một ly rượu', 'với 1 ly rượu', 'với một cốc bia', 'với 1 cốc bia', 'với một lon bia', 'sau khi uống một ly', 'uống chung với rượu được không', 'uống với bia được không'], 30),
        then(['tuần này hết thuốc', 'sắp hết thuốc', 'thuốc ngủ sắp hết', 'thuốc ngủ đã hết', 'thuốc ngủ hết rồi', 'đơn thuốc ngủ hết'], ['phòng khám nghỉ', 'bệnh viện nghỉ', 'nghỉ tết', 'mua ở đâu', 'lấy thêm', 'kê thêm', 'kê đơn', 'thứ bảy', 'chủ nhật'], 60, 2),
      ] },
      ne: { idioms: [
        then(['निद्राको औषधि', 'निन्द्राको औषधि', 'nidra ko ausadhi', 'nindra ko ausadhi', 'sleeping pill'], ['एक गिलास वाइन', 'एक गिलास रक्सी', 'एक बोतल बियर', 'ek gilas wine', 'ek gilas raksi', 'ek bottle beer'], 30),
        then(['निद्राको औषधि सकियो', 'निन्द्राको औषधि सकियो', 'nidra ko ausadhi sakiyo', 'nindra ko ausadhi sakiyo', 'sleeping pill sakiyo'], ['कहाँ पाइन्छ', 'फेरि लिन', 'शनिबार', 'kaha painchha', 'pheri lina', 'feri lina', 'sanibar', 'shanibar'], 60, 2),
      ] },
      tl: { idioms: [
        then(['sleeping pills', 'sleeping pill', 'pampatulog'], ['isang baso ng wine', 'isang basong alak', 'isang bote ng beer', 'isang baso ng alak'], 30),
        then(['binigyan ako ng doktor ng sleeping pills', 'niresetahan ako ng sleeping pills', 'reseta ng doktor na sleeping pills', 'naubos ang sleeping pills', 'naubos ang pampatulog'], ['isa gabi-gabi', 'isa gabi gabi', 'isang beses', 'okay na tulog', 'ok na tulog', 'ayos na tulog', 'bayad sa gamot', 'saan pwede bumili', 'magpa-reseta'], 80, 2),
      ] },
      pt: { idioms: [
        then(['remédio para dormir', 'remédio pra dormir', 'remédio de dormir', 'calmante', 'zolpidem', 'sonífero'], ['com uma taça de vinho', 'com um copo de vinho', 'com uma cerveja', 'com um copo de cerveja', 'depois de uma taça', 'depois de uma cerveja', 'com um pouco de vinho'], 30),
        then(['acabou o remédio para dormir', 'acabou o remédio pra dormir', 'acabou meu remédio pra dormir', 'acabou meu remédio para dormir', 'acabaram os comprimidos para dormir'], ['onde consigo', 'receita nova', 'pegar mais', 'farmácia aberta', 'sábado', 'domingo', 'na viagem'], 60, 2),
      ] },
      id: { idioms: [
        then(['obat tidur', 'pil tidur'], ['dengan segelas wine', 'sama segelas wine', 'dengan segelas bir', 'sama segelas bir', 'sama sekaleng bir', 'setelah minum segelas', 'bareng bir', 'bareng wine'], 30),
        then(['obat tidur habis', 'obat tidurnya habis', 'obat tidur saya habis', 'kehabisan obat tidur'], ['beli di mana', 'resep baru', 'ambil lagi', 'klinik libur', 'apotek buka', 'hari sabtu', 'hari minggu'], 60, 2),
      ] },
    },
  },
  {
    // Bruises from a sport a child has taken up, told as such (pass F16/indirect): "bruises all over his shins - his
    // mum laughed and said he's just started judo", 「サッカーの練習で足にあざ」, «발레 연습하다 넘어졌대요»; scratches
    // from a new kitten (「子猫を飼い始めたせいです」). The sport must be told as the cause (at practice, while playing,
    // just started it), the pet by the marks; bruises seen in P.E. or when changing, 「ぶかつ では ない と いう」, a blow,
    // a kick or a parent named as the cause still alarm.
    name: 'bruises from a sport a child has taken up; scratches from a new kitten',
    signal: null,
    words: {
      ja: { idioms: [
        then(each(['サッカー', '野球', 'やきゅう', '柔道', 'じゅうどう', '空手', 'からて', 'バレエ', 'ダンス', 'バスケ', 'ラグビー', 'ホッケー', '剣道', 'けんどう', '部活', 'ぶかつ', 'スケート', 'スノボ', 'スキー', '鉄棒', 'てつぼう', 'レスリング', 'ボクシング', 'バレー'], ['の練習で', 'のれんしゅうで', 'の試合で', 'のしあいで', 'をしてて', 'してて', 'で転んで', 'でころんで'], ''), each(['あざ', '痣', '青あざ', 'あおあざ', '打撲', 'だぼく', 'すり傷', 'すりきず'], ['を', 'が', 'は', 'も', 'だらけ'], ''), 30, 1),
        then(['あざ', '痣', '青あざ', 'あおあざ', '打撲', 'だぼく', 'すり傷', 'すりきず'], each(['サッカー', '野球', 'やきゅう', '柔道', 'じゅうどう', '空手', 'からて', 'バレエ', 'ダンス', 'バスケ', 'ラグビー', 'ホッケー', '剣道', 'けんどう', '部活', 'ぶかつ', 'スケート', 'スノボ', 'スキー', '鉄棒', 'てつぼう', 'レスリング', 'ボクシング', 'バレー'], ['を始めた', 'をはじめた', 'の練習で', 'のれんしゅうで', 'で転んだ', 'でころんだ'], ''), 30, 1),
        ...eitherWay(['猫', 'ねこ', '子猫', 'こねこ', '仔猫', 'ハムスター', 'うさぎ', 'インコ'], ['引っかき傷', 'ひっかき傷', 'ひっかききず', '引っ掻き傷', '引っかかれ', 'ひっかかれ', '引っ掻かれ', '噛まれ', 'かまれ', '噛み傷', 'かみきず'], 30, 2),
      ] },
      en: { idioms: [
        ...eitherWay(['judo', 'karate', 'ballet', 'dance class', 'football', 'soccer', 'rugby', 'hockey', 'basketball', 'baseball', 'martial arts', 'taekwondo', 'jiu jitsu', 'jujitsu', 'wrestling', 'boxing', 'kendo', 'gymnastics', 'trampoline', 'skateboard', 'skating'], ['bruise', 'bruises', 'bruised', 'bruising'], 80, 1),
        ...eitherWay(['cat$', 'cats$', 'kitten', 'kittens', 'hamster', 'rabbit', 'puppy'], ['scratches', 'scratched', 'scratch marks', 'bite marks'], 40, 2),
      ] },
      zh: { idioms: [
        then(['踢球', '踢足球', '足球', '柔道', '空手道', '跆拳道', '芭蕾', '跳舞', '篮球', '橄榄球', '冰球', '武术', '摔跤', '拳击', '滑板', '轮滑', '溜冰'], ['淤青', '瘀青', '青一块紫一块', '青一块', '青紫', '淤血', '瘀血', '乌青', '擦伤'], 6),
        ...eitherWay(['猫', '小猫', '猫咪', '仓鼠', '兔子', '小狗'], ['抓痕', '抓伤', '抓的', '挠的', '挠伤', '咬伤'], 30, 2),
      ] },
      ko: { idioms: [
        ...eitherWay(each(['축구', '야구', '유도', '태권도', '합기도', '발레', '댄스', '무용', '농구', '럭비', '하키', '검도', '스케이트', '레슬링', '복싱', '주짓수'], [' 연습하다', ' 연습하고', ' 연습 중에', '하다가', ' 하다가', '하고 오면', ' 하고 오면'], ''), ['멍이', '멍들', '멍투성이', '타박상', '멍'], 30, 1),
        ...eitherWay(['고양이', '새끼 고양이', '아기 고양이', '냥이', '햄스터', '강아지'], ['할퀸', '할퀴', '긁힌 상처', '긁힌 자국', '긁혀', '물린'], 40, 2),
      ] },
      vi: { idioms: [
        ...eitherWay(each(['đá bóng', 'chơi bóng đá', 'tập judo', 'tập võ', 'học võ', 'tập karate', 'tập taekwondo', 'tập múa', 'học múa', 'múa ba lê', 'chơi bóng rổ', 'tập luyện', 'trượt patin'], ['', ' bị ngã', ' bị té', ' ngã', ' té'], ''), ['vết bầm', 'bầm tím', 'bị bầm', 'thâm tím', 'vết thâm'], 60, 1),
        ...eitherWay(['mèo', 'mèo con', 'con mèo', 'hamster', 'chó con'], ['cào', 'vết cào', 'bị cào', 'vết xước'], 40, 2),
      ] },
      ne: { idioms: [
        ...eitherWay(['फुटबल खेल्दा', 'क्रिकेट खेल्दा', 'कराते अभ्यास', 'तेक्वान्दो अभ्यास', 'नृत्य अभ्यास', 'डान्स अभ्यास', 'खेल्दा लडेर', 'football kheldaa', 'football khelda', 'cricket khelda', 'karate practice', 'taekwondo practice', 'dance practice', 'khelda ladera'], ['नीलो दाग', 'निलो दाग', 'निलडाम', 'नीलडाम', 'nilo daag', 'nilo dag', 'nildam', 'neel daam'], 60, 1),
        ...eitherWay(['बिरालो', 'बिरालाको', 'बिरालोले', 'biralo', 'biralole'], ['कोतरेको', 'कोपरेको', 'चिथोरेको', 'kotareko', 'chithoreko', 'kopareko'], 40, 2),
      ] },
      tl: { idioms: [
        ...eitherWay(['nadapa sa practice', 'nadapa siya sa practice', 'nadapa sa undoukai', 'sa practice ng', 'practice ng basketball', 'practice ng football', 'practice ng volleyball', 'naglalaro ng basketball', 'naglalaro ng football', 'sa judo', 'sa karate', 'sa taekwondo', 'sa ballet'], ['pasa', 'nagkapasa', 'bukol'], 60, 1),
        ...eitherWay(['pusa', 'kuting', 'kitten', 'tuta'], ['kalmot', 'kinalmot', 'kalmos', 'kinalmos', 'galos'], 40, 2),
      ] },
      pt: { idioms: [
        ...eitherWay(['do futebol', 'no futebol', 'jogando futebol', 'do judô', 'no judô', 'do judo', 'no judo', 'do karatê', 'no karatê', 'do jiu-jitsu', 'no jiu-jitsu', 'do balé', 'no balé', 'da dança', 'do basquete', 'do vôlei', 'do handebol', 'no treino', 'do treino', 'de patins', 'de skate', 'da capoeira', 'do taekwondo'], ['hematoma', 'hematomas', 'roxo', 'roxos', 'roxa', 'manchas roxas', 'mancha roxa'], 60, 1),
        ...eitherWay(['gato', 'gatinho', 'gatinha', 'gata', 'filhote'], ['arranhões', 'arranhão', 'arranhou', 'arranhada', 'arranhado'], 40, 2),
      ] },
      id: { idioms: [
        ...eitherWay(['latihan sepak bola', 'main bola', 'main futsal', 'latihan futsal', 'latihan judo', 'latihan karate', 'latihan taekwondo', 'latihan silat', 'latihan balet', 'latihan menari', 'main basket', 'main voli'], ['memar', 'lebam', 'biru biru', 'benjol'], 60, 1),
        ...eitherWay(['kucing', 'anak kucing', 'kitten', 'hamster'], ['cakaran', 'dicakar', 'bekas cakar', 'cakar'], 40, 2),
      ] },
    },
  },
  {
    // Old self-harm scars asked about as treatment (pass F16): 「学生のころリストカットしてた跡がまだ残ってて…傷あと
    // の治療って保険きくのかな」, "old self-harm scars… laser removal covered?". The scars and their removal both said;
    // cutting again, fresh marks, a daughter's scars found still alarm.
    name: 'old self-harm scars asked about as treatment',
    signal: null,
    words: {
      ja: { idioms: [then(each(['リストカット', 'リスカ', '自傷', 'じしょう', 'アムカ'], ['の跡', 'の痕', 'してた跡', 'してた痕', 'した跡', 'した痕', 'の傷跡', 'の傷痕', 'のきずあと', 'の傷あと'], ''),
        ['傷あとの治療', '傷跡の治療', '傷痕の治療', 'きずあとのちりょう', '跡の治療', 'あとのちりょう', '跡を消', 'あとをけ', '傷跡を消', 'きずあとをけ', 'を消したい', 'をけしたい', 'レーザー', '形成外科', 'けいせいげか', '美容皮膚科', 'びようひふか', '保険きく', 'ほけんきく', '保険適用', 'ほけんてきよう', '半袖が着られ', 'はんそでがきられ', '目立たなく', 'めだたなく'], 40, 1)] },
      en: { idioms: [then(['old self harm scars', 'old self-harm scars', 'old selfharm scars', 'self harm scars', 'self-harm scars', 'scars from self harm', 'scars from self-harm', 'scars from when i used to self harm', 'scars from when i used to cut', 'old cutting scars'],
        ['removal', 'remove them', 'laser', 'fade', 'dermatolog', 'plastic surg', 'covered by insurance', 'insurance cover', 'tattoo over', 'cover them with a tattoo', 'scar treatment', 'scar cream'], 60, 1)] },
      zh: { idioms: [then(each(['自残', '割腕', '自伤'], ['的疤', '留下的疤', '的伤疤', '的痕迹', '的疤痕', '留下的疤痕', '的旧伤'], ''),
        ['祛疤', '去疤', '除疤', '激光', '医保', '保险', '皮肤科', '整形', '疤痕修复', '遮疤', '纹身盖'], 40, 1)] },
      ko: { idioms: [then(each(['자해', '손목 긋', '자해했던', '자해 했던'], ['흉터', '상처 자국', '자국'], '...'),
        ['흉터 치료', '레이저', '제거', '피부과', '성형외과', '보험', '지우고', '없애고', '타투로 가리', '반팔'], 40, 1)] },
      vi: { idioms: [then(['sẹo tự làm hại', 'sẹo rạch tay', 'sẹo cắt tay', 'vết sẹo rạch tay', 'vết sẹo cắt tay', 'sẹo tự hại', 'sẹo do rạch tay', 'sẹo do tự làm hại'],
        ['xóa sẹo', 'trị sẹo', 'laser', 'bảo hiểm', 'da liễu', 'thẩm mỹ', 'làm mờ'], 40, 1)] },
      ne: { idioms: [then(['हात काटेको दाग', 'हात काटेको खत', 'आफैलाई चोट पुर्याएको दाग', 'haat kateko daag', 'hat kateko dag', 'haat kateko khat', 'hat kateko khat'],
        ['उपचार', 'लेजर', 'हटाउन', 'बीमा', 'upachar', 'laser', 'hatauna', 'hataune', 'bima'], 40, 1)] },
      tl: { idioms: [then(['peklat ng laslas', 'peklat sa laslas', 'peklat mula sa laslas', 'laslas na peklat', 'self harm scars', 'peklat ng self harm'],
        ['tanggalin', 'matanggal', 'laser', 'pagamot', 'derma', 'insurance', 'mawala'], 40, 1)] },
      pt: { idioms: [then(['cicatrizes de automutilação', 'cicatriz de automutilação', 'cicatrizes de quando eu me cortava', 'marcas de quando eu me cortava', 'cicatrizes de autolesão', 'cicatrizes de cortes antigos'],
        ['laser', 'tratamento', 'remover', 'tirar', 'dermatolog', 'plástica', 'plano de saúde', 'seguro', 'clarear', 'tatuagem'], 60, 1)] },
      id: { idioms: [then(['bekas sayatan', 'bekas luka sayatan', 'bekas self harm', 'bekas selfharm', 'bekas nyilet', 'bekas silet', 'bekas luka self harm', 'bekas melukai diri'],
        ['laser', 'ngilangin', 'menghilangkan', 'hilangin', 'dermatolog', 'bpjs', 'asuransi', 'samarkan', 'tato'], 40, 1)] },
    },
  },
  {
    // "Won't be around forever": the plain truth of age, said of arranging money or a guardian (pass F16: "my mum keeps
    // saying she won't be around forever and wants to sort out her money while her head is still clear"). Only the
    // phrase with "forever" (いつまでも, 永远, 평생, mãi, sempre…): "won't be around much longer" still alarms.
    name: '“won’t be around forever”, said of arranging money or a guardian',
    signal: null,
    words: {
      ja: { idioms: ['いつまでも生きてるわけじゃない', 'いつまでもいきてるわけじゃない', 'いつまでも生きているわけじゃない', 'いつまでも生きているわけでは', 'いつまでもいきているわけでは', 'いつまでも元気でいられるわけじゃない', 'いつまでもげんきでいられるわけじゃない', 'いつまでもいるわけじゃない', 'いつまでもいられるわけじゃない', 'いつまでも生きられるわけじゃない', 'いつまでもいきられるわけじゃない', 'ずっと生きてるわけじゃない', 'ずっといきてるわけじゃない'] },
      en: { idioms: ['wont be around forever', 'will not be around forever', 'not going to be around forever', 'not gonna be around forever', 'isnt going to be around forever', 'wont be here forever', 'not going to be here forever', 'not gonna be here forever', 'wont live forever', 'not going to live forever', 'not gonna live forever', 'cant be around forever'] },
      zh: { idioms: ['不会永远在', '不可能永远在', '不能永远陪', '不会一直在', '不可能一直陪', '不能陪你一辈子', '不能陪你们一辈子', '不会长生不老', '不可能长生不老', '不会永远活着', '不可能永远活着'] },
      ko: { idioms: ['평생 곁에 있을 수 없', '평생 옆에 있을 수 없', '언제까지나 살 수 있는 게 아니', '언제까지나 곁에 있을 수 없', '영원히 살 수 없', '영원히 사는 게 아니', '평생 살 수 있는 게 아니'] },
      vi: { idioms: ['không sống mãi được', 'không thể sống mãi', 'không ở bên con mãi được', 'không ở mãi với', 'đâu sống mãi được', 'không sống đời được'] },
      ne: { idioms: ['सधैं बाँच्दिन', 'सधैँ बाँच्दिन', 'सधैं बाँचिरहन्न', 'सधैं रहन्न', 'sadhai bachdina', 'sadhai baachdina', 'sadhai bachirahanna', 'sadhai rahanna'] },
      tl: { idioms: ['hindi ako habambuhay', 'hindi habambuhay', 'di ako habambuhay', 'hindi ako mabubuhay habambuhay', 'hindi ako mabubuhay nang habambuhay', 'hindi ako forever'] },
      pt: { idioms: ['não vou viver para sempre', 'não vou viver pra sempre', 'não vou durar para sempre', 'não vou durar pra sempre', 'não vai viver para sempre', 'não vai viver pra sempre', 'não vou estar aqui para sempre', 'não vou estar aqui pra sempre', 'não vai estar aqui pra sempre'] },
      id: { idioms: ['tidak akan hidup selamanya', 'nggak akan hidup selamanya', 'gak akan hidup selamanya', 'ga akan hidup selamanya', 'tidak hidup selamanya', 'nggak hidup selamanya', 'tidak selamanya ada', 'nggak selamanya ada', 'gak selamanya ada'] },
    },
  },
  {
    // An old person planning their own funeral and asking for help with its cost (pass indirect: 「わたしは 78さい
    // です…わたしの おそうしきは かんたんに したいです。 おかねの たすけは ありますか」, «想提前把自己的葬礼简单安排好，
    // 市里有没有丧葬费补助？»). Its subsidy or a prepaid plan must be named: «제 장례식은 간단하게 해주세요.
    // 이제 갈게요», 「自分の葬式の準備をした。もうすぐ死ぬ」 still alarm.
    name: 'one’s own funeral planned, with help for its cost',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['自分の葬式', 'じぶんのそうしき', '自分のお葬式', 'じぶんのおそうしき', '私の葬式', 'わたしのそうしき', 'わたしのおそうしき', '私のお葬式', '自分の葬儀', 'じぶんのそうぎ', '私の葬儀', 'わたしのそうぎ'],
        ['生前予約', 'せいぜんよやく', '生前契約', 'せいぜんけいやく', '互助会', 'ごじょかい', '葬祭費', 'そうさいひ', '葬祭扶助', 'そうさいふじょ', '補助', 'ほじょ', '助成', 'じょせい', 'おかねのたすけ', 'お金の助け', 'お金のたすけ', '終活', 'しゅうかつ', 'エンディングノート'], 30, 2) },
      en: { idioms: eitherWay(['my own funeral', 'my funeral'], ['help with funeral costs', 'help with the funeral costs', 'help with the cost', 'funeral grant', 'funeral subsidy', 'funeral assistance', 'funeral payment', 'prepaid', 'pre-paid', 'prepay'], 60, 2) },
      zh: { idioms: eitherWay(['自己的葬礼', '我的葬礼', '自己的丧事', '我的丧事', '自己的后事', '我的后事'], ['补助', '丧葬费', '补贴', '互助会', '生前预约', '生前契约'], 30, 2) },
      ko: { idioms: eitherWay(['제 장례식', '내 장례식', '제 장례', '내 장례', '저의 장례'], ['장례비 지원', '장제비', '장례 지원', '보조금', '상조', '지원이 있'], 40, 2) },
      vi: { idioms: eitherWay(['đám tang của tôi', 'đám tang của mình', 'tang lễ của tôi', 'hậu sự của tôi', 'hậu sự cho mình'], ['trợ cấp mai táng', 'hỗ trợ mai táng', 'tiền mai táng', 'hỗ trợ chi phí'], 40, 2) },
      ne: { idioms: eitherWay(['मेरो अन्त्येष्टि', 'मेरो दाहसंस्कार', 'मेरो काजकिरिया', 'mero antyesti', 'mero dahasanskar', 'mero kaj kiriya'], ['सहयोग', 'अनुदान', 'sahayog', 'anudan'], 40, 2) },
      tl: { idioms: eitherWay(['aking burol', 'burol ko', 'libing ko', 'aking libing', 'lamay ko'], ['tulong sa gastos', 'tulong pinansyal', 'ayuda', 'memorial plan', 'funeral plan'], 40, 2) },
      pt: { idioms: eitherWay(['meu próprio funeral', 'meu funeral', 'meu enterro', 'meu velório'], ['auxílio funeral', 'auxílio-funeral', 'ajuda com o funeral', 'plano funerário', 'plano funeral', 'ajuda de custo'], 40, 2) },
      id: { idioms: eitherWay(['pemakaman saya', 'pemakamanku', 'pemakaman sendiri', 'pemakaman aku', 'pengurusan jenazah saya'], ['bantuan biaya', 'santunan kematian', 'bantuan pemakaman', 'asuransi pemakaman'], 40, 2) },
    },
  },
  {
    // Life insurance for oneself, asked about as buying it or filling in its papers (pass F16/indirect: «想给自己买一份
    // 人寿保险，受益人写我妈。外国人在日本能买吗？», «생명보험 수익자를 확인해 달라고…서류라 어떻게 써야»). Only whether one
    // may buy it, which company, how to fill in the form: whether it pays out in the first year («가입 첫해에도 나오는지
    // 확인했어요. 그 돈이면 엄마는 괜찮을 거예요»), or a death named for the payout, still alarms.
    name: 'life insurance for oneself: can a foreigner buy it, how to fill in its papers',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['生命保険', 'せいめいほけん', '死亡保険', 'しぼうほけん', '受取人', 'うけとりにん'], ['入れますか', 'はいれますか', '入りたい', 'はいりたい', '加入できますか', 'かにゅうできますか', '加入したい', 'かにゅうしたい', '外国人でも', 'がいこくじんでも', '書き方', 'かきかた', 'どこがいい', 'おすすめの会社', 'かけたい'], 30, 2) },
      en: { idioms: eitherWay(['life insurance', 'life cover', 'life policy', 'beneficiary'], ['can foreigners', 'as a foreigner', 'for foreigners', 'which company', 'which insurer', 'recommend a', 'how do i fill', 'how to fill', 'fill in the form', 'fill out the form'], 60, 2) },
      zh: { idioms: eitherWay(['人寿保险', '寿险', '生命保险', '人身保险', '受益人'], ['能买吗', '可以买吗', '能不能买', '怎么买', '买得了吗', '能加入吗', '可以加入吗', '怎么加入', '哪家好', '外国人能', '外国人可以', '怎么填', '想给自己买', '给自己买'], 30, 2) },
      ko: { idioms: eitherWay(['생명보험', '종신보험', '사망보험', '수익자'], ['가입할 수 있', '가입 가능', '가입하려면', '가입 방법', '외국인도', '어떻게 써야', '작성 방법', '작성하는 법', '어디가 좋'], 40, 2) },
      vi: { idioms: eitherWay(['bảo hiểm nhân thọ', 'người thụ hưởng', 'bảo hiểm sinh mạng'], ['mua được không', 'có mua được', 'người nước ngoài có', 'cách điền', 'điền thế nào', 'công ty nào'], 40, 2) },
      ne: { idioms: eitherWay(['जीवन बीमा', 'jiwan bima', 'jeevan bima', 'life insurance', 'nominee', 'नोमिनी'], ['गर्न मिल्छ', 'विदेशीले', 'फारम कसरी', 'garna milchha', 'bideshi le', 'form kasari'], 40, 2) },
      tl: { idioms: eitherWay(['life insurance', 'beneficiary', 'seguro sa buhay'], ['pwede ba ang foreigner', 'pwede ba kumuha', 'paano kumuha', 'paano mag-apply', 'paano fill up', 'paano sagutan'], 40, 2) },
      pt: { idioms: eitherWay(['seguro de vida', 'beneficiário', 'beneficiária'], ['estrangeiro pode', 'posso fazer', 'posso contratar', 'como contratar', 'como preencher', 'qual seguradora'], 40, 2) },
      id: { idioms: eitherWay(['asuransi jiwa', 'ahli waris', 'penerima manfaat'], ['orang asing bisa', 'bisa daftar', 'cara daftar', 'cara isi', 'cara mengisi', 'yang bagus', 'rekomendasi'], 40, 2) },
    },
  },
  {
    // Belongings sorted and thrown out before moving home or house (pass F16: «한국 돌아가기 전에 짐 다 정리하고 있어요.
    // 냉장고 버리는 방법 좀 알려주세요»). The move must be named by it: things given away "before I go", with thanks and
    // no move, still alarm.
    name: 'belongings sorted and thrown out before moving home or house',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['帰国前', 'きこくまえ', '帰国する前', 'きこくするまえ', '帰国準備', 'きこくじゅんび', '引っ越し前', 'ひっこしまえ', '引っ越す前', 'ひっこすまえ', '引っ越しの準備', 'ひっこしのじゅんび', '国に帰る前', 'くににかえるまえ', '退去前', 'たいきょまえ'],
        ['荷物を全部整理', 'にもつをぜんぶせいり', '荷物を整理', 'にもつをせいり', '荷物の整理', 'にもつのせいり', '全部整理', 'ぜんぶせいり', '捨て方', 'すてかた', '処分', 'しょぶん', '全部捨て', 'ぜんぶすて', '譲りた', 'ゆずりた', '売りた', 'うりた'], 40, 1) },
      en: { idioms: eitherWay(['before moving back', 'before i move back', 'moving back home', 'moving back to', 'before moving home', 'before i go home', 'before going home', 'before leaving japan', 'before i leave japan', 'before the move', 'before moving out', 'before i move out'],
        ['sorting out all my stuff', 'sorting out my stuff', 'sorting my stuff', 'sorting out my things', 'getting rid of', 'throw away', 'dispose of', 'sell my', 'selling my', 'clearing out', 'packing up'], 60, 1) },
      zh: { idioms: eitherWay(['回国前', '回国之前', '要回国', '准备回国', '搬家前', '搬家之前', '要搬家', '准备搬家', '退房前', '退租前'], ['整理东西', '整理行李', '东西都整理', '处理掉', '怎么扔', '扔掉', '卖掉', '处理家具', '处理家电'], 30, 1) },
      ko: { idioms: eitherWay(['돌아가기 전에', '귀국 전에', '귀국하기 전에', '귀국 준비', '이사 가기 전에', '이사하기 전에', '이사 전에', '이사 준비', '한국 가기 전에'], ['짐 정리', '짐을 정리', '짐 다 정리', '정리하고 있', '버리는 방법', '처분', '버려야', '팔고'], 40, 1) },
      vi: { idioms: eitherWay(['trước khi về nước', 'sắp về nước', 'chuẩn bị về nước', 'trước khi chuyển nhà', 'sắp chuyển nhà', 'chuẩn bị chuyển nhà', 'trước khi về việt nam'], ['dọn đồ', 'thu dọn đồ', 'sắp xếp đồ', 'bỏ đồ', 'vứt', 'bán đồ', 'thanh lý'], 40, 1) },
      ne: { idioms: eitherWay(['नेपाल फर्कनु अघि', 'देश फर्कनु अघि', 'नेपाल फर्किनु अघि', 'डेरा सर्नु अघि', 'nepal farkanu aghi', 'nepal pharkanu aghi', 'desh farkanu aghi', 'dera sarnu aghi', 'nepal farkine bela'], ['सामान मिलाउँदै', 'सामान फाल्ने', 'सामान बेच्ने', 'saman milaudai', 'saman falne', 'saman phalne', 'saman bechne'], 40, 1) },
      tl: { idioms: eitherWay(['bago umuwi', 'bago ako umuwi', 'uuwi na sa pinas', 'bago lumipat', 'bago ako lumipat'], ['inaayos ang gamit', 'nag-aayos ng gamit', 'nagliligpit', 'itatapon', 'ibebenta', 'pagtapon'], 40, 1) },
      pt: { idioms: eitherWay(['antes de voltar pro brasil', 'antes de voltar para o brasil', 'vou voltar pro brasil', 'voltando pro brasil', 'antes da mudança', 'antes de me mudar'], ['organizando minhas coisas', 'arrumando as coisas', 'me desfazendo', 'jogar fora', 'vendendo', 'descartar', 'como jogo fora'], 60, 1) },
      id: { idioms: eitherWay(['sebelum pulang ke', 'mau pulang ke indonesia', 'sebelum pindahan', 'mau pindahan', 'sebelum pindah rumah'], ['beres beres barang', 'beresin barang', 'buang barang', 'cara buang', 'jual barang'], 40, 1) },
    },
  },
  {
    // Wanting to "disappear" from a class group chat, to leave it (pass indirect: 「クラスのグループLINEから消えたい」, "I want
    // to disappear from my class group chat", «想从班级群里消失»). The chat is what one would vanish from; a wish to
    // disappear, full stop, or to die beside it, still alarms.
    name: 'wanting to “disappear” from a group chat: to leave it',
    signal: null,
    words: {
      // (the chat also named a few words before, in any words: 「グループ の LINE から きえたい」, "vanish from the PTA group chat")
      ja: { idioms: [...each(['グループLINEから', 'グループラインから', 'ぐるーぷらいんから', 'グループから', 'グルチャから', 'ぐるちゃから', 'LINEグループから', 'らいんぐるーぷから', 'トークから', 'チャットから', 'ちゃっとから', 'SNSから', 'インスタから', 'いんすたから'], ['消えたい', 'きえたい', '抜けたい', 'ぬけたい'], ''), then(['グループ', 'ぐるーぷ', 'グルチャ', 'LINE', 'ライン', 'らいん', 'トーク', 'チャット', 'ちゃっと', 'SNS', 'インスタ', 'いんすた'], ['からきえたい', 'から消えたい', 'からぬけたい', 'から抜けたい', 'からいなくなりたい'], 12)] },
      en: { idioms: [...each(['disappear from', 'vanish from'], ['my class group chat', 'the class group chat', 'the group chat', 'my group chat', 'the class chat', 'the chat', 'the group', 'the gc', 'my gc', 'group chat', 'social media', 'instagram', 'the discord']), then(['disappear from', 'vanish from', 'disappear off', 'vanish off'], ['group chat', 'group chats', 'groupchat', 'gc', 'whatsapp group', 'line group', 'chat group', 'social media'], 20)] },
      zh: { idioms: [then(['想从', '想要从'], ['群里消失', '群组消失', '群组里消失', '群組消失', '群組里消失', '群組裡消失', '群聊里消失', '群聊消失', '群消失', '朋友圈消失', '朋友圈里消失', '社交媒体上消失'], 8)] },
      ko: { idioms: each(['단톡방에서', '단톡에서', '단체방에서', '단체 카톡방에서', '카톡방에서', '채팅방에서', '그룹 채팅에서', 'sns에서', '인스타에서'], ['사라지고 싶', '사라지고싶', '없어지고 싶', '나가고 싶']) },
      vi: { idioms: each(['biến mất khỏi'], ['nhóm lớp', 'group lớp', 'nhóm chat', 'nhóm zalo', 'group chat', 'nhóm', 'group', 'mạng xã hội', 'facebook']) },
      ne: { idioms: each(['ग्रुपबाट', 'ग्रुप च्याटबाट', 'group bata', 'group chat bata', 'groupbata'], ['हराउन मन', 'गायब हुन मन', 'haraun man', 'harauna man', 'gayab huna man']) },
      tl: { idioms: each(['mawala sa', 'maglaho sa'], ['gc', 'group chat', 'gc ng klase', 'gc namin', 'class gc', 'messenger group', 'social media']) },
      pt: { idioms: [...each(['sumir do', 'sumir da', 'desaparecer do', 'desaparecer da'], ['grupo da sala', 'grupo da turma', 'grupo do whatsapp', 'grupo', 'chat da turma', 'conversa da turma', 'redes sociais', 'instagram']), then(each(['sumir', 'desaparecer'], ['desse', 'dessa', 'deste', 'desta', 'de todo']), ['grupo', 'grupos', 'chat', 'redes sociais', 'zap'], 20)] },
      id: { idioms: each(['ngilang dari', 'menghilang dari', 'hilang dari'], ['grup kelas', 'grup wa', 'grup whatsapp', 'grup', 'gc', 'gc kelas', 'medsos', 'sosmed', 'instagram']) },
    },
  },
  {
    // "Can't breathe" as the feeling of being watched and controlled (pass F16: «男朋友每天都要查我手机，他从来没打过我，
    // 但我觉得有点喘不过气»): a partner's control (`women`), no breath lost. A chest pain, blue lips or a hand on the
    // throat still alarm by their own words.
    name: '“can’t breathe” as the feeling of being watched and controlled',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['束縛', 'そくばく', '監視', 'かんし', 'チェックされ', '管理され', 'かんりされ', '干渉', 'かんしょう', '支配', 'しはい', 'コントロール', '見張られ', 'みはられ'], ['息が詰ま', 'いきがつま', '息ができな', 'いきができな', '息苦し', 'いきぐるし', '窒息', 'ちっそく'], 30, 1) },
      en: { idioms: eitherWay(['checks my phone', 'check my phone', 'checking my phone', 'controlling', 'controls me', 'controls everything', 'monitors me', 'monitoring me', 'tracks me', 'tracking my', 'jealous', 'possessive', 'micromanag'], ['feel like i cant breathe', 'like i cant breathe', 'i cant breathe', 'suffocated', 'suffocating', 'smothered', 'smothering'], 60, 1) },
      zh: { idioms: [...eitherWay(['查我手机', '查手机', '控制', '管着我', '管我', '管得', '监视', '束缚', '盯着我', '干涉'], ['喘不过气', '透不过气', '窒息'], 30, 1), '压得喘不过气', '压得我喘不过气', '令人窒息', '让人窒息'] },
      ko: { idioms: eitherWay(['핸드폰 검사', '폰 검사', '휴대폰 검사', '핸드폰을 검사', '통제', '간섭', '감시', '집착', '구속'], ['숨이 막혀', '숨이 막힐', '숨막혀', '숨 막혀', '숨을 못 쉬겠', '숨이 안 쉬어'], 40, 1) },
      vi: { idioms: eitherWay(['kiểm tra điện thoại', 'xem điện thoại', 'kiểm soát', 'theo dõi', 'ghen tuông', 'cấm đoán'], ['ngột ngạt', 'nghẹt thở', 'không thở nổi', 'ngạt thở', 'khó thở'], 40, 1) },
      ne: { idioms: eitherWay(['फोन चेक', 'फोन हेर्छ', 'नियन्त्रण', 'शंका गर्छ', 'phone check', 'phone herchha', 'control garchha', 'niyantran'], ['सास फेर्न गाह्रो', 'निसासिए', 'निस्सासिए', 'saas ferna garo', 'sas ferna garo', 'nisasie', 'nissasie'], 40, 1) },
      tl: { idioms: eitherWay(['chine-check ang phone', 'chinecheck ang phone', 'tinitingnan ang phone', 'kinokontrol', 'kontrolado', 'seloso', 'bantay sarado'], ['hindi ako makahinga', 'di ako makahinga', 'nasasakal ako', 'sakal na sakal'], 40, 1) },
      pt: { idioms: eitherWay(['mexe no meu celular', 'olha meu celular', 'controla tudo', 'controlador', 'ciumento', 'possessivo', 'me vigia'], ['sufocada', 'sufocado', 'não consigo respirar', 'me sufoca', 'sufocando'], 40, 1) },
      id: { idioms: eitherWay(['cek hp', 'ngecek hp', 'periksa hp', 'mengontrol', 'posesif', 'cemburuan', 'mengekang', 'ngekang'], ['sesak', 'nggak bisa napas', 'ga bisa napas', 'gak bisa napas', 'tercekik', 'terkekang'], 40, 1) },
    },
  },
  {
    // A boss who says "wanna die?" or "I'll kill you" laughing, asked about as harassment (pass indirect: «점장이 누가 실수만
    // 하면 웃으면서 "죽을래?"라고 해요»). The workplace role, then the laugh or the joke, then the words: a husband who
    // says it smiling, or a boss who threatens in earnest, still alarms.
    name: 'a boss who says “wanna die?” laughing, asked about as harassment',
    signal: null,
    words: {
      ja: { idioms: [then(each(['店長', 'てんちょう', '上司', 'じょうし', '部長', 'ぶちょう', '課長', 'かちょう', '社長', 'しゃちょう', '先輩', 'せんぱい', '主任', 'しゅにん', 'リーダー', 'コーチ', '監督', 'かんとく'], ['笑いながら', 'わらいながら', '笑って', 'わらって', '冗談で', 'じょうだんで', 'ふざけて', '口癖のように'], '...'),
        ['殺すぞ', 'ころすぞ', '死ね', 'しね', '死にたいの', 'しにたいの', '死にたいか', 'しにたいか', '殺されたいの', 'ころされたいの', 'ぶっ殺', 'ぶっころ'], 12)] },
      en: { idioms: [then(each(['my manager', 'my boss', 'the manager', 'the boss', 'my supervisor', 'the supervisor', 'my senpai', 'my team leader', 'the chef', 'head chef', 'my coach', 'the coach'], ['jokes', 'jokingly', 'joking', 'as a joke', 'laughs and says', 'laughing', 'with a laugh', 'says with a smile'], '...'),
        ['do you want to die', 'you want to die', 'wanna die', 'ill kill you', 'i will kill you', 'gonna kill you'], 30)] },
      zh: { idioms: [then(each(['店长', '老板', '上司', '领导', '主管', '经理', '组长', '前辈', '教练'], ['笑着说', '笑着', '开玩笑说', '开玩笑地说', '开玩笑', '半开玩笑', '口头禅'], '...'), ['你想死吗', '想死吗', '想死啊', '找死', '我杀了你', '弄死你', '去死'], 12)] },
      ko: { idioms: [then(each(['점장이', '점장님이', '상사가', '부장이', '부장님이', '팀장이', '팀장님이', '사장이', '사장님이', '과장이', '과장님이', '선배가', '매니저가', '실장이', '코치가', '감독이'], ['웃으면서', '웃으며', '농담으로', '농담처럼', '장난으로', '장난처럼', '말버릇처럼', '입버릇처럼', '습관처럼'], '...'), ['죽을래', '죽고 싶냐', '죽고 싶어', '죽여버린다', '죽인다', '뒤질래'], 20)] },
      vi: { idioms: [then(each(['sếp', 'quản lý', 'trưởng ca', 'tổ trưởng', 'chủ tiệm', 'ông chủ', 'bà chủ'], ['cười nói', 'cười bảo', 'đùa', 'nói đùa', 'giỡn', 'câu cửa miệng'], '...'), ['muốn chết à', 'muốn chết hả', 'giết mày', 'chết đi'], 20)] },
      ne: { idioms: [then(each(['साहुजी', 'म्यानेजर', 'हाकिम', 'sahuji', 'manager', 'hakim'], ['हाँस्दै', 'ठट्टामा', 'मजाकमा', 'haasdai', 'hasdai', 'thattama', 'majak ma', 'majakma'], '...'), ['मर्न मन छ', 'मारिदिन्छु', 'marna man chha', 'maridinchhu', 'maridinchu'], 20)] },
      tl: { idioms: [then(each(['boss ko', 'manager namin', 'supervisor', 'amo ko', 'tl namin'], ['pabirong', 'pabiro', 'nagbibiro', 'tumatawa', 'natatawa'], '...'), ['gusto mo bang mamatay', 'gusto mong mamatay', 'papatayin kita', 'mamatay ka'], 20)] },
      pt: { idioms: [then(each(['meu chefe', 'minha chefe', 'o chefe', 'a chefe', 'o gerente', 'a gerente', 'meu gerente', 'o supervisor', 'o encarregado'], ['brincando', 'de brincadeira', 'rindo', 'em tom de brincadeira', 'zoando'], '...'), ['quer morrer', 'te mato', 'vou te matar', 'morre'], 20)] },
      id: { idioms: [then(each(['bos', 'atasan', 'manajer', 'mandor', 'supervisor', 'senior'], ['bercanda', 'sambil ketawa', 'sambil tertawa', 'becanda', 'guyon'], '...'), ['mau mati', 'kubunuh', 'bunuh kamu', 'mati aja'], 20)] },
    },
  },
  {
    // Fearing to be suspected of abuse at a public-health nurse's newborn visit (pass F16: «保健師說要來家裡看新生兒，是不是懷
    // 疑我們虐待小孩？»). The writer as the one suspected; a neighbour's child «虐待の疑い» and «我老公虐待小孩» still alarm.
    name: 'afraid to be suspected of abuse (a health visitor’s newborn visit)',
    signal: null,
    words: {
      ja: { idioms: ['虐待を疑われ', 'ぎゃくたいをうたがわれ', '虐待と疑われ', 'ぎゃくたいとうたがわれ', '虐待してると疑われ', 'ぎゃくたいしてるとうたがわれ', '虐待してるって思われ', 'ぎゃくたいしてるっておもわれ', '虐待してるって疑われ', '虐待を疑ってるの', 'ぎゃくたいをうたがってるの', '虐待を疑ってるんですか', 'ぎゃくたいをうたがってるんですか'] },
      en: { idioms: ['suspect us of abuse', 'suspect us of abusing', 'suspect me of abuse', 'suspect me of abusing', 'suspecting us of abuse', 'suspecting me of abuse', 'think we are abusing', 'think were abusing', 'think we abuse', 'accuse us of abuse', 'accuse me of abuse', 'accused us of abuse', 'accused me of abuse', 'checking us for abuse', 'checking for signs of abuse'] },
      zh: { idioms: each(['怀疑我们', '怀疑我', '以为我们', '觉得我们', '当我们', '认为我们'], ['虐待', '在虐待', '有虐待'], '') },
      ko: { idioms: ['학대한다고 의심', '학대하는 걸로 의심', '학대를 의심받', '학대 의심을 받', '학대한다고 생각하는', '학대하는지 확인하', '학대 여부를 확인'] },
      vi: { idioms: ['nghi ngờ chúng tôi bạo hành', 'nghi chúng tôi bạo hành', 'nghi ngờ tôi bạo hành', 'nghi tôi bạo hành', 'nghi ngờ chúng tôi ngược đãi', 'nghi ngờ tôi ngược đãi', 'bị nghi bạo hành', 'bị nghi ngờ bạo hành', 'bị nghi ngược đãi'] },
      ne: { idioms: ['दुर्व्यवहार गरेको शंका गर्', 'हामीलाई दुर्व्यवहार', 'durvyavahar gareko shanka', 'hamilai durvyavahar'] },
      tl: { idioms: ['pinaghihinalaan kaming nang-aabuso', 'pinaghihinalaan akong nang-aabuso', 'iniisip nilang inaabuso namin', 'akala nila inaabuso namin', 'akala nila inaabuso ko', 'baka akala nila inaabuso'] },
      pt: { idioms: ['suspeitam que a gente maltrata', 'suspeitam que eu maltrato', 'acham que a gente maltrata', 'acham que maltratamos', 'desconfiam que a gente maltrata', 'desconfiam que eu maltrato', 'suspeitam de maus-tratos nossos'] },
      id: { idioms: ['dicurigai menyiksa', 'curiga kami menyiksa', 'curiga saya menyiksa', 'dikira kami menyiksa', 'mengira kami menyiksa', 'dicurigai melakukan kekerasan pada anak'] },
    },
  },
  {
    // A child left with the grandmother or a night nursery while the parent works nights (pass indirect: «上夜班的时候把2岁的
    // 孩子交给我妈看»): minded, not left alone. «把2岁的孩子一个人留在家里» still alarms.
    name: 'a child left with the grandmother or a night nursery while the parent works nights',
    signal: null,
    words: {
      ja: { idioms: each(['子ども', '子供', 'こども', '娘', 'むすめ', '息子', 'むすこ', '子'], ['を母に預け', 'をははにあずけ', 'を実家に預け', 'をじっかにあずけ', 'を祖母に預け', 'をそぼにあずけ', 'を親に預け', 'をおやにあずけ', 'を母に見てもら', 'をははにみてもら', 'を託児所に預け', 'をたくじしょにあずけ', 'を夜間保育に預け', 'をやかんほいくにあずけ', 'をばあばに預け', 'をばあばにあずけ'], '') },
      en: { idioms: each(['the kids', 'my kids', 'my son', 'my daughter', 'my baby', 'my toddler', 'the baby', 'my child', 'the children', 'my children', 'my little one'], ['with my mum', 'with my mom', 'with my mother', 'with grandma', 'with my parents', 'with my sister', 'with a sitter', 'with the babysitter', 'with a babysitter', 'with my in-laws', 'at my mums', 'at my moms', 'at grandmas', 'at night nursery', 'at the night nursery']) },
      zh: { idioms: [then(['一个人带孩子', '一个人带小孩', '单亲妈妈', '单亲爸爸'], ['上夜班', '值夜班', '上晚班', '夜间托儿所', '夜间托婴'], 20, 1), ...each(['孩子', '小孩', '宝宝', '女儿', '儿子', '娃'], ['交给我妈', '交给我婆婆', '交给外婆', '交给奶奶', '交给姥姥', '交给我爸妈', '交给爸妈', '托给我妈', '托给外婆', '托给奶奶', '给我妈带', '给我妈看', '给外婆带', '给奶奶带', '放我妈那', '放在我妈家', '放外婆家', '放奶奶家', '送托儿所', '送到托儿所', '交给保姆'], '')] },
      ko: { idioms: each(['아이를', '애를', '아기를', '딸을', '아들을', '애기를'], ['엄마한테 맡기', '엄마한테 맡겨', '친정엄마한테 맡기', '친정엄마한테 맡겨', '친정에 맡기', '친정에 맡겨', '시어머니한테 맡기', '시어머니한테 맡겨', '할머니한테 맡기', '할머니한테 맡겨', '부모님께 맡기', '부모님께 맡겨', '어린이집에 맡기', '어린이집에 맡겨', '베이비시터한테 맡기']) },
      vi: { idioms: each(['gửi con', 'gửi bé', 'để con', 'để bé'], ['cho bà ngoại', 'cho bà nội', 'cho mẹ tôi', 'cho mẹ em', 'cho ông bà', 'ở nhà bà', 'ở với bà', 'cho bà trông']) },
      ne: { idioms: each(['बच्चालाई', 'छोरालाई', 'छोरीलाई', 'bachha lai', 'bachhalai', 'chhora lai', 'chhori lai'], ['आमासँग छोडेर', 'हजुरआमासँग छोडेर', 'आमालाई जिम्मा', 'aama sanga chhodera', 'hajurama sanga chhodera', 'aamalai jimma']) },
      tl: { idioms: each(['iniiwan ko ang anak ko', 'iniwan ko ang anak ko', 'iniiwan ko ang mga anak ko', 'pinapabantay ko ang anak ko', 'pinapaalagaan ko ang anak ko', 'iniiwan ko si baby'], ['kay nanay', 'sa nanay ko', 'sa lola', 'kay lola', 'sa mama ko', 'sa biyenan ko', 'sa yaya', 'sa kapatid ko']) },
      pt: { idioms: each(['deixo meu filho', 'deixo minha filha', 'deixo as crianças', 'deixo o bebê', 'deixo os meus filhos', 'deixo meus filhos', 'deixo a criança'], ['com minha mãe', 'com a minha mãe', 'com a avó', 'com a vó', 'com minha sogra', 'com a babá', 'na creche']) },
      id: { idioms: each(['nitip anak', 'titip anak', 'menitipkan anak', 'nitipin anak'], ['ke ibu saya', 'ke mama', 'ke nenek', 'ke neneknya', 'sama nenek', 'sama neneknya', 'sama ibu saya', 'di rumah nenek', 'ke mertua', 'ke daycare', 'di daycare']) },
    },
  },
  {
    // A knife and a rope bought for camping (pass F16: 「キャンプ で つかう ナイフ と ロープ かいました。 こうえん で
    // バーベキュー して いい？」). The outing must be named by the purchase; a rope bought with no outing, or with an end
    // said («今夜終わりにする»), still alarms.
    name: 'a knife and a rope bought for camping',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['キャンプ', '登山', 'とざん', 'アウトドア', 'バーベキュー', '釣り', 'ハイキング', 'テント', 'ボーイスカウト', '引っ越し', 'ひっこし', '荷造り', 'にづくり'],
        each(['ロープ', 'ナイフ'], ['かいました', 'を買いました', 'を買った', '買った', 'をかった', 'かった', 'を買', 'をか', 'を用意', 'をようい', 'とナイフ', 'とロープ'], ''), 20, 1) },
      en: { idioms: eitherWay(['camping', 'camp$', 'hiking', 'climbing', 'bbq', 'barbecue', 'fishing', 'scouts', 'moving house', 'tent'], each(['bought', 'got', 'buying', 'purchased', 'picked up'], ['a rope', 'rope', 'some rope', 'a knife and rope', 'a knife and a rope', 'rope and a knife', 'a knife', 'a camping knife', 'a pocket knife']), 40, 1) },
      zh: { idioms: eitherWay(['露营', '野营', '登山', '爬山', '户外', '烧烤', '钓鱼', '搬家', '帐篷'], ['买了绳子', '买绳子', '刀和绳子', '绳子和刀', '买了刀', '买了一把刀', '登山绳', '绳子'], 20, 1) },
      ko: { idioms: eitherWay(['캠핑', '등산', '낚시', '바베큐', '바비큐', '야영', '이사', '텐트'], ['로프 샀', '로프를 샀', '로프 사', '로프를 사', '밧줄 샀', '밧줄을 샀', '밧줄 사', '밧줄을 사', '칼이랑 로프', '칼이랑 밧줄', '로프랑 칼', '칼 샀', '칼을 샀', '나이프'], 30, 1) },
      vi: { idioms: eitherWay(['cắm trại', 'đi phượt', 'leo núi', 'dã ngoại', 'nướng bbq', 'câu cá', 'chuyển nhà', 'lều'], ['mua dây thừng', 'mua dây', 'mua dao', 'mua con dao', 'dây thừng', 'dao và dây'], 30, 1) },
      ne: { idioms: eitherWay(['क्याम्पिङ', 'पदयात्रा', 'ट्रेकिङ', 'पिकनिक', 'camping', 'trekking', 'picnic', 'hiking'], ['डोरी किने', 'डोरी किनें', 'डोरी किनेँ', 'चक्कु किने', 'dori kine', 'dori kinen', 'chakku kine', 'chaku kine'], 30, 1) },
      tl: { idioms: eitherWay(['camping', 'mag-camping', 'magcamping', 'hiking', 'akyat bundok', 'picnic', 'outing', 'tent'], ['bumili ng lubid', 'bumili ako ng lubid', 'lubid', 'bumili ng kutsilyo', 'kutsilyo at lubid', 'lubid at kutsilyo'], 30, 1) },
      pt: { idioms: eitherWay(['acampar', 'acampamento', 'camping', 'trilha', 'pescaria', 'pescar', 'churrasco', 'barraca'], ['comprei uma corda', 'comprei corda', 'comprei uma faca', 'faca e corda', 'corda e faca', 'corda', 'canivete'], 30, 1) },
      id: { idioms: eitherWay(['camping', 'kemah', 'berkemah', 'naik gunung', 'mendaki', 'hiking', 'piknik', 'mancing', 'tenda', 'bbq'], ['beli tali', 'membeli tali', 'beli pisau', 'pisau dan tali', 'tali dan pisau', 'tali tambang'], 30, 1) },
    },
  },
  {
    // A letter about an evacuation drill, and whether it means a fire (pass F16: 「『ひなんくんれん』 って なん ですか。
    // かじ ですか」). Only the question of a fire by the drill's name: «いえ が かじ です。 たすけて» still alarms.
    name: 'a letter about an evacuation drill: is it a fire?',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['避難訓練', 'ひなんくんれん', '防災訓練', 'ぼうさいくんれん', '消防訓練', 'しょうぼうくんれん', '火災訓練', 'かさいくんれん', 'くんれん', '訓練'], ['火事ですか', 'かじですか', '火事なの', 'かじなの', '火事のこと', 'かじのこと', '火事があるの', 'かじがあるの', '火事になるの', 'かじになるの', '火事が起きるの', 'かじがおきるの'], 40, 2) },
      en: { idioms: eitherWay(['evacuation drill', 'fire drill', 'emergency drill', 'disaster drill', 'earthquake drill', 'drill$'], ['is there a fire', 'was there a fire', 'is it a fire', 'means a fire', 'about a fire', 'for a fire'], 60, 2) },
      zh: { idioms: eitherWay(['避难训练', '避难演练', '防灾演练', '防灾训练', '消防演习', '消防演练', '火灾演练', '疏散演练', '疏散演习', '演练', '演习'], ['是着火了吗', '是火灾吗', '着火了吗', '有火灾吗', '失火了吗', '是不是着火', '是不是火灾'], 30, 2) },
      ko: { idioms: eitherWay(['대피 훈련', '대피훈련', '소방 훈련', '소방훈련', '화재 훈련', '화재훈련', '민방위 훈련', '재난 훈련'], ['불이 났나요', '불 났나요', '불났나요', '화재인가요', '화재가 났나요', '불이 난 건가요', '불난 건가요'], 40, 2) },
      vi: { idioms: eitherWay(['diễn tập sơ tán', 'diễn tập phòng cháy', 'diễn tập chữa cháy', 'diễn tập', 'tập sơ tán'], ['có cháy à', 'có cháy không', 'bị cháy à', 'cháy à', 'có hỏa hoạn không'], 40, 2) },
      ne: { idioms: eitherWay(['आपतकालीन अभ्यास', 'आगलागी अभ्यास', 'evacuation drill', 'fire drill'], ['आगो लागेको हो', 'aago lageko ho', 'aago lagyo ra'], 40, 2) },
      tl: { idioms: eitherWay(['fire drill', 'evacuation drill', 'earthquake drill'], ['may sunog ba', 'may sunog po ba', 'sunog ba', 'nasusunog ba'], 40, 2) },
      pt: { idioms: eitherWay(['simulado de evacuação', 'simulado de incêndio', 'treinamento de evacuação', 'simulado'], ['tem incêndio', 'é incêndio', 'teve incêndio', 'é um incêndio'], 40, 2) },
      id: { idioms: eitherWay(['simulasi evakuasi', 'latihan evakuasi', 'simulasi kebakaran', 'latihan kebakaran', 'latihan bencana', 'simulasi bencana'], ['ada kebakaran', 'kebakaran ya', 'kebakaran kah', 'apa kebakaran', 'itu kebakaran'], 40, 2) },
    },
  },
  {
    // Wanting to learn what to do when someone collapses (pass indirect: 「しの きゅうめい こうしゅうに いきたい です。
    // ひとが たおれた ときの ことを ならいたい です」): a course asked for, the collapse only its subject.
    name: 'learning what to do when someone collapses',
    signal: null,
    words: {
      ja: { idioms: each(['倒れた', 'たおれた', '倒れる', 'たおれる', '倒れている', 'たおれている', '意識がない', 'いしきがない', '息をしていない', 'いきをしていない'], ['ときのことをならい', 'ときのことを習', '時のことを習', 'ときの対応を習', 'ときのたいおうをならい', '時の対応を習', 'ときの手当を習', 'ときのてあてをならい', 'ひとのたすけかた', '人の助け方', 'ときのたすけかた', '時の助け方', 'ときの助け方'], '') },
      en: { idioms: each(['learn what to do when someone', 'learn what to do if someone', 'learning what to do when someone', 'learning what to do if someone', 'learn how to help someone who', 'learn how to help when someone'], ['collapses', 'passes out', 'faints', 'stops breathing', 'is unconscious', 'has a seizure']) },
      zh: { idioms: each(['学习', '学', '想学'], ['有人晕倒时怎么办', '有人晕倒怎么办', '有人倒下时怎么办', '有人倒下怎么办', '有人晕倒的时候怎么办', '有人晕倒时的急救'], '') },
      ko: { idioms: each(['누가 쓰러졌을 때', '사람이 쓰러졌을 때', '쓰러진 사람'], ['대처법을 배우', '대처하는 법을 배우', '어떻게 하는지 배우', '응급처치를 배우', '돕는 법을 배우', '구하는 법을 배우']) },
      vi: { idioms: each(['học cách'], ['sơ cứu người bị ngất', 'xử lý khi có người ngất', 'cứu người bị ngất', 'xử lý khi có người ngã', 'sơ cứu khi có người ngất']) },
      ne: { idioms: each(['कोही ढल्दा', 'मान्छे ढल्दा', 'कोही बेहोस हुँदा', 'kohi dhalda', 'manche dhalda', 'kohi behos huda'], ['के गर्ने सिक्न', 'गर्ने कुरा सिक्न', 'k garne sikna', 'ke garne sikna', 'garne kura sikna']) },
      tl: { idioms: each(['matuto kung ano ang gagawin', 'matutunan kung ano ang gagawin', 'pag-aralan kung ano ang gagawin'], ['kapag may nahimatay', 'pag may nahimatay', 'kapag may bumagsak', 'pag may bumagsak', 'kapag may nawalan ng malay']) },
      pt: { idioms: each(['aprender o que fazer', 'aprender a agir', 'aprender a socorrer'], ['quando alguém desmaia', 'se alguém desmaiar', 'quando alguém cai', 'quando alguém passa mal', 'quando uma pessoa desmaia']) },
      id: { idioms: each(['belajar cara', 'belajar apa yang harus dilakukan'], ['menolong orang pingsan', 'nolong orang pingsan', 'kalau ada yang pingsan', 'jika ada yang pingsan', 'kalau ada orang pingsan']) },
    },
  },
  {
    // Words shouted in one's sleep or a nightmare (pass F2: 「主人が夜中にうなされて『やめろ、殺すぞ』と寝言を叫びます」,
    // «我公公经常半夜说梦话，喊“救命”», «上去問才知道是老先生做惡夢»): the sleep named next to the shout. A shout with no
    // sleep-talk or nightmare said («夫が夜中に『殺すぞ』と叫ぶ») still alarms.
    name: 'a threat or a cry for help shouted in one’s sleep or a nightmare',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['寝言', 'ねごと', 'うなされ', '悪夢を見', 'あくむをみ', '怖い夢を見', 'こわいゆめをみ', '夢を見て', 'ゆめをみて', '寝ぼけ', 'ねぼけ'], ['殺すぞ', 'ころすぞ', '殺してやる', 'ころしてやる', '殺される', 'ころされる', '助けて', 'たすけて', 'やめろ', 'やめて', '殴るな', 'なぐるな'], 30, 1) },
      en: { idioms: eitherWay(['in his sleep', 'in her sleep', 'in their sleep', 'sleep talking', 'sleep-talking', 'talks in his sleep', 'talks in her sleep', 'had a nightmare', 'has nightmares', 'having a nightmare', 'night terrors', 'had a bad dream'], ['ill kill you', 'i will kill you', 'kill you', 'help me', 'help$', 'stop hitting', 'dont hit', 'get off me'], 40, 1) },
      zh: { idioms: eitherWay(['说梦话', '梦话', '讲梦话', '做恶梦', '做噩梦', '做了恶梦', '做了噩梦', '睡梦中', '梦里喊', '说梦呓'], ['救命', '别打了', '别打我', '杀了你', '我杀了你', '要杀', '打死你'], 30, 1) },
      ko: { idioms: eitherWay(['잠꼬대', '악몽을 꾸', '악몽 꾸', '가위눌', '꿈을 꾸', '자다가 소리'], ['죽여버린다', '죽인다', '죽여', '살려줘', '살려 줘', '살려주세요', '때리지 마', '그만해'], 30, 1) },
      vi: { idioms: eitherWay(['nói mớ', 'nói mê', 'gặp ác mộng', 'mơ ác mộng', 'mơ thấy'], ['giết mày', 'tao giết', 'cứu tôi', 'cứu với', 'cứu', 'đừng đánh'], 40, 1) },
      ne: { idioms: eitherWay(['नराम्रो सपना देख', 'निद्रामा बोल', 'naramro sapana dekh', 'nidra ma bol'], ['मारिदिन्छु', 'बचाऊ', 'नकुट', 'maridinchhu', 'maridinchu', 'bachau', 'nakuta'], 40, 1) },
      tl: { idioms: eitherWay(['binabangungot', 'nananaginip', 'nagsasalita habang tulog'], ['papatayin kita', 'tulong', 'saklolo', 'tama na'], 40, 1) },
      pt: { idioms: eitherWay(['teve um pesadelo', 'tendo pesadelo', 'tem pesadelos', 'falando dormindo', 'fala dormindo', 'gritando dormindo', 'grita dormindo'], ['te mato', 'vou te matar', 'socorro', 'me ajuda', 'não me bate', 'para de bater'], 40, 1) },
      id: { idioms: eitherWay(['ngigau', 'mengigau', 'bermimpi buruk', 'mengalami mimpi buruk', 'kebawa mimpi'], ['kubunuh', 'bunuh kamu', 'tolong', 'jangan pukul'], 40, 1) },
    },
  },
  {
    // A wish to vanish told as years past, with the good present said (pass F2: 「『もう消えてしまいたい』と日記に書いて
    // いたのは…五年前です。今は孫の世話が生きがいで元気に」, 「よる に なると きえたく なる くらい さびしい でした。でも いまは
    // サロンに いって、たのしい」): the wish dated as past AND the present named good. «消えたい。今は何も楽しくない» has no past.
    name: 'a wish to vanish told as years past, with the good present said',
    signal: null,
    words: {
      ja: { idioms: [then(each(['消えてしまいたい', 'きえてしまいたい', '消えたい', 'きえたい', '消えたく', 'きえたく', '死にたい', 'しにたい', '死にたく', 'しにたく'], ['書いていた', 'かいていた', 'でした', 'だった', '年前', 'ねんまえ', '直後', 'ちょくご', '若い頃', 'わかいころ'], '...'), each(['今は', 'いまは', '今では', 'いまでは'], ['元気に', 'げんきに', '元気です', 'げんきです', '生きがい', 'いきがい', 'たのしい', '楽しい', 'しあわせ', '幸せ'], '...'), 80, 2)] },
      en: { idioms: [then(each(['wanted to disappear', 'wanted to die', 'wished i was dead', 'wished i could disappear'], ['years ago', 'after my husband died', 'after my wife died', 'back then', 'at the time'], '...'), each(['now i', 'these days i', 'today i'], ['am happy', 'am fine', 'am doing well', 'love', 'enjoy'], ' '), 80, 2)] },
      zh: { idioms: [then(each(['想消失', '想死', '不想活'], ['年前', '那时候', '那段时间', '刚走的时候', '去世后'], '...'), each(['现在', '如今'], ['很好', '很开心', '过得很好', '很幸福', '有了寄托'], '...'), 60, 2)] },
      ko: { idioms: [then(each(['사라지고 싶', '죽고 싶'], ['년 전', '그때', '그 무렵', '직후'], '...'), each(['지금은', '요즘은'], ['잘 지내', '행복', '즐겁', '괜찮', '건강하게'], '...'), 80, 2)] },
      vi: { idioms: [then(each(['muốn biến mất', 'muốn chết'], ['năm trước', 'hồi đó', 'lúc đó', 'ngày đó'], '...'), each(['bây giờ', 'giờ', 'nay'], ['vui', 'khỏe', 'hạnh phúc', 'ổn rồi'], '...'), 80, 2)] },
      ne: { idioms: [then(each(['हराउन मन', 'मर्न मन', 'haraun man', 'marna man'], ['वर्ष अघि', 'त्यतिबेला', 'barsa aghi', 'tyatibela'], '...'), each(['अहिले', 'ahile'], ['खुसी', 'ठिक', 'khusi', 'thik'], '...'), 80, 2)] },
      tl: { idioms: [then(each(['gusto kong mawala', 'gusto kong mamatay'], ['noon', 'taon na ang nakalipas', 'nung namatay'], '...'), each(['ngayon'], ['masaya', 'okay na', 'maayos na'], '...'), 80, 2)] },
      pt: { idioms: [then(each(['queria sumir', 'queria morrer'], ['anos atrás', 'naquela época', 'na época', 'depois que'], '...'), each(['hoje', 'agora'], ['estou bem', 'sou feliz', 'estou feliz', 'vivo bem'], '...'), 80, 2)] },
      id: { idioms: [then(each(['ingin menghilang', 'pengen menghilang', 'ingin mati', 'pengen mati'], ['tahun lalu', 'waktu itu', 'dulu'], '...'), each(['sekarang'], ['bahagia', 'senang', 'sudah baik', 'baik-baik'], '...'), 80, 2)] },
    },
  },
  {
    // Hit by a husband long ago, the marriage or his life over for years (pass F2: 「まえの おっと わたしを たたいた。でも
    // 10ねん まえ。いま あたらしい かぞく」, «옛날에 남편한테 맞고 살았지만 남편 죽은 지 15년이에요»). The years or his death
    // told; a blow with no end said still alarms.
    name: 'hit by a husband long ago: years past, a new family, or he died years ago',
    signal: null,
    words: {
      ja: { idioms: [then(each(['まえのおっと', '前の夫', 'もとおっと', '元夫', '昔', 'むかし'], ['たたいた', '叩いた', 'なぐった', '殴った', 'たたかれた', '叩かれた', 'なぐられた', '殴られた', 'なぐられていた', '殴られていた'], '...'), each(['でも', 'だけど', 'けど'], ['年前', 'ねんまえ', '年まえ', '亡くなって', 'なくなって'], '...'), 40, 2)] },
      en: { idioms: [then(['my ex husband', 'my first husband', 'my late husband', 'my husband used to'], each(['hit me', 'beat me', 'hit me for years'], ['but that was...years ago', 'but he died...years ago', 'but hes been dead', 'he passed away...years ago'], '...'), 60, 2)] },
      zh: { idioms: [then(['前夫', '以前', '年轻时', '过世的丈夫'], each(['打我', '打过我', '被打'], ['已经...年前', '已经过世...年', '去世...年了', '死了...年了'], '...'), 40, 2)] },
      ko: { idioms: [then(['옛날에', '예전에', '전남편', '젊을 때'], each(['남편한테 맞고 살았', '맞고 살았', '맞았었', '때렸었'], ['죽은 지', '돌아가신 지', '세상을 떠난 지', '이혼한 지', '년 전 일'], '...'), 40, 2)] },
      vi: { idioms: [then(['chồng cũ', 'ngày xưa', 'hồi trước', 'chồng tôi hồi'], each(['đánh tôi', 'bị chồng đánh'], ['mất...năm rồi', 'đã mất được', 'năm trước rồi', 'ly hôn...năm'], '...'), 60, 2)] },
      ne: { idioms: [then(['पहिलेको श्रीमान', 'पहिले', 'pahile', 'pahileko shriman'], each(['कुट्थे', 'कुट्थ्यो', 'kutthe', 'kutthyo'], ['वर्ष भयो बित्नुभएको', 'बितेको...वर्ष', 'bitnubhayeko...barsa', 'biteko...barsa'], '...'), 60, 2)] },
      tl: { idioms: [then(['dati kong asawa', 'ex ko', 'noon'], each(['binubugbog ako', 'sinasaktan ako', 'sinaktan ako'], ['patay na siya...taon', 'namatay na...taon', 'taon na ang nakalipas'], '...'), 60, 2)] },
      pt: { idioms: [then(['meu ex-marido', 'meu ex marido', 'antigamente', 'meu falecido marido'], each(['me batia', 'me bateu'], ['faleceu há', 'morreu há', 'isso foi há...anos'], '...'), 60, 2)] },
      id: { idioms: [then(['mantan suami', 'dulu', 'almarhum suami'], each(['memukul saya', 'mukul saya', 'dipukul suami'], ['meninggal...tahun', 'sudah...tahun yang lalu', 'cerai...tahun'], '...'), 60, 2)] },
    },
  },
  {
    // The wish named only to be denied, in easy Japanese and elsewhere (pass F2: 「でも しにたい とか ない です」, "not that
    // I want to die"). The denial is the idiom itself; «しにたい。とかいって…» is none.
    name: 'not that I want to die: the wish denied in passing',
    signal: null,
    words: {
      ja: { idioms: each(['しにたいとか', '死にたいとか', 'きえたいとか', '消えたいとか', 'しにたいわけ', '死にたいわけ'], ['ないです', 'ありません', 'はないです', 'はありません', 'じゃない', 'ではない', 'ではありません', 'じゃありません'], '') },
      en: { idioms: each(['not that i want to', 'its not that i want to', 'i dont mean i want to'], ['die', 'disappear', 'kill myself']) },
      zh: { idioms: ['倒不是想死', '并不是想死', '不是想死的意思', '没有想死的念头', '倒也不是想死', '也不是不想活'] },
      ko: { idioms: each(['죽고 싶다는 건', '죽고 싶은 건', '죽고 싶은 마음은'], ['아니에요', '아니고', '없어요', '아니예요']) },
      vi: { idioms: each(['không phải là muốn chết', 'không phải muốn chết', 'không có ý muốn chết'], ['đâu', 'ạ', 'nhé', '']) },
      ne: { idioms: each(['मर्न मन छ भन्ने', 'marna man chha bhanne', 'marna man cha bhanne'], ['होइन', 'hoina']) },
      tl: { idioms: each(['hindi naman sa gusto kong', 'hindi ko naman gustong'], ['mamatay', 'magpakamatay']) },
      pt: { idioms: each(['não que eu queira', 'não é que eu queira'], ['morrer', 'sumir', 'me matar']) },
      id: { idioms: each(['bukan berarti ingin', 'bukan berarti pengen', 'bukannya mau', 'bukannya pengen'], ['mati', 'bunuh diri', 'menghilang']) },
    },
  },
  {
    // A wish said playfully and taken back in the next breath, its trifle named (pass F2: «不想活了啦～這個月電費又漲！開玩
    // 笑的», «想消失一段时间——开玩笑的，就是想一个人去北海道玩», "give up white rice. I'd rather die lol"). The playful form
    // AND the taking-back (or the food given up); a bare «不想活了» with «开玩笑» and nothing else still alarms as before.
    name: 'a wish said playfully and taken back: a bill gone up, a trip, a food to give up',
    signal: null,
    words: {
      ja: { idioms: [
        then(each(['白米', 'ごはん', 'ご飯', '甘いもの', 'あまいもの', 'お酒', 'おさけ', 'ビール', 'ラーメン', 'たばこ', 'タバコ'], ['をやめろ', 'をやめるように', 'を控え', 'をひかえ', 'を減らせ', 'をへらせ', '禁止', 'きんし', '抜き'], ''), ['死んだほうがまし', 'しんだほうがまし', '死んだ方がまし', '死んだ方がマシ', '死んだほうがマシ'], 40, 1),
        then(['しばらく消えたい', 'しばらくきえたい', 'ちょっと消えたい', 'ちょっときえたい', '消えたいなんて', 'きえたいなんて'], ['冗談', 'じょうだん', '旅行', 'りょこう', '一人旅', 'ひとりたび', '温泉', 'おんせん'], 30, 1),
      ] },
      en: { idioms: [then(each(['give up', 'cut out', 'stop eating', 'stop drinking', 'no more'], ['white rice', 'rice', 'bread', 'sugar', 'sweets', 'chocolate', 'beer', 'sake', 'coffee', 'noodles', 'ramen']), ['id rather die', 'i would rather die', 'rather die', 'might as well die', 'just kill me'], 40, 1)] },
      zh: { idioms: [
        then(['不想活了啦', '不想活啦', '想死啦', '想死了啦', '不活了啦', '活不下去了啦'], ['开玩笑的', '开玩笑啦', '开个玩笑', '说笑的', '说着玩的', '哈哈'], 40, 1),
        then(['想消失一段时间', '想消失几天', '想消失一阵子', '想消失一下'], ['开玩笑', '去玩', '旅行', '旅游', '出去走走', '散散心'], 40, 1),
        then(each(['戒', '不能吃', '不让吃', '少吃'], ['米饭', '白饭', '甜食', '糖', '酒', '面'], ''), ['还不如死了', '不如死了', '生不如死', '不如去死'], 30, 1),
      ] },
      ko: { idioms: [
        then(each(['흰쌀밥', '쌀밥', '밥', '단 거', '술', '밀가루', '라면'], ['끊으라', '끊어야', '줄이라', '먹지 말라'], ' '), ['차라리 죽', '죽는 게 낫', '죽으라는'], 40, 1),
        then(['죽고 싶다 ㅋㅋ', '죽겠다 ㅋㅋ', '사라지고 싶다 ㅋㅋ', '잠깐 사라지고 싶', '며칠 사라지고 싶'], ['농담이에요', '농담이고', '농담입니다', '여행', '놀러'], 40, 1),
      ] },
      vi: { idioms: [then(each(['bỏ', 'kiêng', 'cấm ăn'], ['cơm trắng', 'cơm', 'đồ ngọt', 'bia', 'rượu'], ' '), ['thà chết còn hơn', 'thà chết', 'chết cho xong'], 40, 1), then(['muốn biến mất vài ngày', 'muốn biến mất một thời gian', 'muốn biến mất ít hôm'], ['đùa thôi', 'nói đùa', 'đi chơi', 'du lịch'], 40, 1)] },
      ne: { idioms: [then(each(['भात', 'चिनी', 'रक्सी', 'bhat', 'chini', 'raksi'], ['छोड्नु', 'नखानु', 'chhodnu', 'nakhanu'], ' '), ['बरु मर्छु', 'बरु मरे हुन्छ', 'baru marchhu', 'baru mare hunchha'], 40, 1)] },
      tl: { idioms: [then(each(['bawal ang', 'itigil ang', 'iwasan ang'], ['kanin', 'matamis', 'beer', 'alak'], ' '), ['mas gusto ko pang mamatay', 'mamatay na lang ako', 'patayin nyo na lang ako'], 40, 1)] },
      pt: { idioms: [then(each(['largar o', 'largar a', 'parar de comer', 'cortar o', 'cortar a', 'sem'], ['arroz', 'pão', 'açúcar', 'doce', 'cerveja', 'pinga'], ' '), ['prefiro morrer', 'prefiro a morte', 'melhor morrer'], 40, 1), then(['quero sumir uns dias', 'quero sumir um tempo', 'queria sumir uns dias'], ['brincadeira', 'viajar', 'viagem', 'passear'], 40, 1)] },
      id: { idioms: [then(each(['berhenti makan', 'stop makan', 'nggak boleh makan', 'gak boleh makan', 'tidak boleh makan'], ['nasi putih', 'nasi', 'gula', 'manis', 'mie'], ' '), ['mending mati', 'lebih baik mati', 'mendingan mati'], 40, 1), then(['pengen menghilang beberapa hari', 'pengen menghilang sebentar', 'mau menghilang sebentar'], ['bercanda', 'becanda', 'liburan', 'jalan-jalan'], 40, 1)] },
    },
  },
  {
    // A knife and a "finish it today" that were about cooking (pass F2: «아내가 칼을 들고 '오늘 끝장내겠다'고 하길래 놀랐는데
    // 김장 배추 얘기였어요»): the food named as what it was about. A knife with a threat and no food said still alarms.
    name: 'a knife taken up for cooking: it was about the cabbage',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['包丁を持って', 'ほうちょうをもって', '包丁を持ち', 'ほうちょうをもち', '包丁を握', 'ほうちょうをにぎ'], each(['白菜', 'はくさい', 'キャベツ', 'すいか', 'スイカ', '魚', 'さかな', '漬物', 'つけもの', 'かぼちゃ', '大根', 'だいこん'], ['のこと', 'の話', 'のはなし', 'を切', 'をき', 'をさば'], ''), 40, 1) },
      en: { idioms: eitherWay(['holding a knife', 'with a knife', 'picked up a knife', 'knife in hand', 'grabbed a knife'], each(['about the', 'talking about the', 'to cut the', 'to chop the', 'for the'], ['cabbage', 'kimchi', 'watermelon', 'pumpkin', 'fish', 'turkey', 'vegetables']), 50, 1) },
      zh: { idioms: eitherWay(['拿着刀', '拿起刀', '拿着菜刀', '拿起菜刀', '手里拿着刀'], each(['说的是', '在说', '是说', '要切', '切', '剁'], ['白菜', '西瓜', '南瓜', '鱼', '泡菜', '排骨', '饺子馅'], ''), 30, 1) },
      ko: { idioms: eitherWay(['칼을 들고', '칼 들고', '칼을 들', '식칼을 들고', '부엌칼을 들고'], each(['김장', '배추', '수박', '생선', '호박', '무', '고기'], ['얘기였', '이야기였', '말이었', '썰려고', '자르려고', '손질', '절이'], ' '), 40, 1) },
      vi: { idioms: eitherWay(['cầm dao', 'cầm con dao', 'cầm dao lên'], each(['nói về', 'để chặt', 'để cắt', 'để thái', 'là chuyện'], ['bắp cải', 'dưa', 'dưa hấu', 'cá', 'thịt', 'rau'], ' '), 40, 1) },
      ne: { idioms: eitherWay(['चक्कु लिएर', 'चक्कु समातेर', 'chakku liyera', 'chaku liyera', 'chakku samatera'], ['बन्दा काट्न', 'तरकारी काट्न', 'मासु काट्न', 'banda katna', 'tarkari katna', 'masu katna'], 40, 1) },
      tl: { idioms: eitherWay(['may hawak na kutsilyo', 'hawak ang kutsilyo', 'kumuha ng kutsilyo'], each(['para hiwain ang', 'tungkol sa', 'panghiwa ng'], ['repolyo', 'pakwan', 'isda', 'karne', 'gulay'], ' '), 40, 1) },
      pt: { idioms: eitherWay(['com uma faca', 'com a faca', 'faca na mão', 'pegou a faca', 'pegou uma faca'], each(['falando do', 'falando da', 'pra cortar o', 'pra cortar a', 'para cortar o', 'para cortar a'], ['repolho', 'melancia', 'abóbora', 'peixe', 'carne', 'frango'], ' '), 40, 1) },
      id: { idioms: eitherWay(['pegang pisau', 'memegang pisau', 'bawa pisau', 'ambil pisau'], each(['soal', 'ngomongin', 'buat motong', 'untuk memotong'], ['kol', 'kubis', 'semangka', 'ikan', 'daging', 'sayur'], ' '), 40, 1) },
    },
  },
  {
    // A parent's week of pills sorted into a pill box, or a month's supply handed over by the pharmacy (pass F2:
    // 「母(88)の一週間分の薬をピルケースに分けています」, "the pharmacy gave my dad 28 days of sleeping pills at once … put them in
    // a weekly pill box", "took Thursday's by mistake as well as today's. Just my blood pressure ones"). The sorting or the
    // dispensing named; «一週間分の薬を全部飲んだ», "took all my sleeping pills at once" still alarm.
    name: 'pills sorted into a weekly box; a month’s supply from the pharmacy; tapering off sleeping pills',
    signal: null,
    words: {
      ja: { idioms: [
        then(['一週間分の薬を', 'いっしゅうかんぶんのくすりを', '1週間分の薬を', '一か月分の薬を', '1か月分の薬を', '一ヶ月分の薬を', '1ヶ月分の薬を'], ['ピルケース', 'ぴるけーす', 'お薬カレンダー', 'おくすりかれんだー', '薬カレンダー', '分けて', 'わけて', '仕分け', 'しわけ', 'セットして', 'もらいました', 'もらった', '処方'], 20),
        ...each(['睡眠薬', 'すいみんやく', '眠剤', '睡眠導入剤', '眠り薬', 'ねむりぐすり'], ['を減らしたい', 'をへらしたい', 'を少しずつ減ら', 'をすこしずつへら', 'をやめたい', '減薬', 'の減薬', 'を減薬'], ''),
      ] },
      en: { idioms: [
        then(each(['pharmacy', 'pharmacist', 'chemist', 'doctor', 'gp'], ['to give', 'gave', 'gives', 'dispensed', 'prescribed'], '...'), ['pills at once', 'days of sleeping pills', 'days of pills', 'months supply', 'month of pills', 'sleeping pills at once'], 40),
        then(['pill box', 'pillbox', 'pills in a box', 'box with the days', 'pill organiser', 'pill organizer', 'dosette'], ['by mistake', 'as well as todays', 'took tomorrows', 'took thursdays', 'took fridays', 'took mondays', 'took tuesdays', 'took wednesdays', 'took saturdays', 'took sundays'], 80, 1),
        ...each(['taper off', 'tapering off', 'wean off', 'weaning off', 'cut down on', 'come off'], ['my sleeping pills', 'sleeping pills', 'the sleeping pills', 'his sleeping pills', 'her sleeping pills']),
      ] },
      zh: { idioms: [
        then(['一周的药', '一星期的药', '一个月的药', '一周份的药', '一个月份的药', '28天的药', '三十天的药'], ['药盒', '分药盒', '分装', '分好', '开了', '药局给', '药房给', '医生开'], 20),
        ...each(['安眠药', '睡眠药', '助眠药'], ['想慢慢减', '慢慢减量', '想减量', '减药', '想戒掉', '想停掉'], ''),
      ] },
      ko: { idioms: [
        then(['일주일 치 약', '일주일치 약', '한 달 치 약', '한달치 약', '28일 치'], ['약통', '약 달력', '나눠 담', '나눠서', '정리', '처방', '받았'], 30),
        ...each(['수면제', '수면제를', '수면유도제를'], ['조금씩 줄이', '줄이고 싶', '끊고 싶', '감량']),
      ] },
      vi: { idioms: [then(['thuốc cả tuần', 'thuốc một tuần', 'thuốc cả tháng', 'thuốc một tháng', 'thuốc 28 ngày'], ['hộp chia thuốc', 'hộp thuốc', 'chia ra', 'chia thuốc', 'nhà thuốc cho', 'bác sĩ kê'], 40), ...each(['giảm dần', 'muốn giảm', 'muốn bỏ', 'cai'], ['thuốc ngủ'])] },
      ne: { idioms: [then(['एक हप्ताको औषधि', 'एक महिनाको औषधि', 'ek haptako aushadhi', 'ek mahinako aushadhi', 'ek hapta ko ausadhi'], ['बट्टामा', 'छुट्याएर', 'battama', 'chhutyaera', 'pharmacy le diyo'], 40), ...each(['निद्राको औषधि', 'nindra ko dabai', 'nidra ko aushadhi'], ['कम गर्न', 'घटाउन', 'kam garna', 'ghataun'])] },
      tl: { idioms: [then(['gamot para sa isang linggo', 'gamot pang isang linggo', 'gamot para sa isang buwan', 'isang buwang gamot'], ['pill box', 'lalagyan', 'hinati', 'binigay ng botika', 'binigay ng pharmacy'], 40), ...each(['bawasan ang', 'unti-unting bawasan ang', 'itigil ang'], ['sleeping pills', 'pampatulog'])] },
      pt: { idioms: [then(['remédios da semana', 'remédio da semana', 'remédios do mês', 'remédio do mês', 'remédios de 28 dias'], ['porta-comprimidos', 'caixinha', 'separo', 'separar', 'a farmácia deu', 'a farmácia entregou'], 40), ...each(['diminuir o', 'diminuir aos poucos o', 'largar o', 'parar com o'], ['remédio para dormir', 'remédio de dormir', 'calmante'])] },
      id: { idioms: [then(['obat seminggu', 'obat untuk seminggu', 'obat sebulan', 'obat untuk sebulan', 'obat 28 hari'], ['kotak obat', 'pill box', 'dibagi', 'membagi', 'apotek kasih', 'apotek memberi'], 40), ...each(['mengurangi', 'ngurangin', 'berhenti minum'], ['obat tidur'])] },
    },
  },
  {
    // First-aid practice in which the alarm is the line rehearsed (pass F2: "practised shouting 'he's not breathing, call
    // 119!' on the dummy", «在社區教長輩急救，今天練習「叫不醒、沒呼吸的時候要怎麼做」»). Practice or the dummy right by the
    // words; "my dad is not breathing" with a course only mentioned still alarms.
    name: 'the alarm line rehearsed at a first-aid practice',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['練習', 'れんしゅう', '人形', 'にんぎょう', '訓練で', 'くんれんで', '講習で', 'こうしゅうで'], ['息をしていない', 'いきをしていない', '息をしてない', 'いきをしてない', '意識がない', 'いしきがない', '呼吸がない', 'こきゅうがない'], 12) },
      en: { idioms: eitherWay(['practised shouting', 'practiced shouting', 'practise shouting', 'practice shouting', 'on the dummy', 'on a dummy', 'on the mannequin', 'on a mannequin', 'role play', 'roleplay'], ['not breathing', 'isnt breathing', 'unconscious', 'call 119', 'call an ambulance'], 40) },
      zh: { idioms: eitherWay(['练习', '演练', '模拟人', '假人', '教长辈急救', '教老人急救'], ['叫不醒', '没呼吸', '没有呼吸', '昏迷', '不省人事'], 10) },
      ko: { idioms: eitherWay(['연습', '마네킹', '인형으로', '훈련에서', '교육에서'], ['숨을 안 쉬', '숨 안 쉬', '의식이 없', '호흡이 없'], 20) },
      vi: { idioms: eitherWay(['tập', 'thực hành', 'hình nộm', 'ma-nơ-canh'], ['không thở', 'bất tỉnh', 'ngừng thở'], 20) },
      ne: { idioms: eitherWay(['अभ्यास', 'पुतला', 'abhyas', 'putala'], ['सास फेरेन', 'बेहोस', 'saas pherena', 'behos'], 20) },
      tl: { idioms: eitherWay(['nag-practice', 'pagsasanay', 'dummy', 'manikin'], ['hindi humihinga', 'walang malay'], 30) },
      pt: { idioms: eitherWay(['treinamos gritar', 'praticamos', 'no boneco', 'num boneco', 'simulação'], ['não está respirando', 'não respira', 'inconsciente'], 30) },
      id: { idioms: eitherWay(['latihan', 'berlatih', 'manekin', 'boneka peraga'], ['tidak bernapas', 'nggak napas', 'pingsan', 'tidak sadar'], 20) },
    },
  },
  {
    // Bruises first taken for blows, then explained by a blood thinner (pass F2: «我一開始以為他被打了，後來醫生說是吃抗凝血
    // 劑容易瘀青»): the mistaken reading and the drug or the doctor said. «被打了» alone still alarms.
    name: 'bruises taken for blows, explained by a blood thinner',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['殴られたのかと', 'なぐられたのかと', '叩かれたのかと', 'たたかれたのかと', '虐待かと', 'ぎゃくたいかと', '暴力かと'], ['血液サラサラ', 'けつえきさらさら', '抗凝固', 'こうぎょうこ', 'ワーファリン', 'ワルファリン', '薬の副作用', 'くすりのふくさよう'], 60, 2) },
      en: { idioms: eitherWay(['thought he was being hit', 'thought she was being hit', 'thought he had been hit', 'thought she had been hit', 'thought someone was hitting', 'thought he was being abused', 'thought she was being abused', 'thought it was abuse'], ['blood thinner', 'blood thinners', 'warfarin', 'anticoagulant', 'side effect'], 80, 2) },
      zh: { idioms: eitherWay(['以为他被打', '以为她被打', '以为被打', '以为是被打', '以为他挨打', '以为她挨打', '怀疑他被打', '怀疑她被打', '以为是虐待', '以为被虐待'], ['抗凝血', '抗凝', '血液稀释', '华法林', '阿司匹林', '药的副作用'], 40, 2) },
      ko: { idioms: eitherWay(['맞은 줄 알았', '맞은 건 줄 알았', '맞는 줄 알았', '학대당하는 줄 알았', '학대인 줄 알았'], ['항응고제', '혈액 희석제', '와파린', '아스피린', '약 부작용'], 60, 2) },
      vi: { idioms: eitherWay(['tưởng ông bị đánh', 'tưởng bà bị đánh', 'tưởng bị đánh', 'tưởng bị bạo hành'], ['thuốc chống đông', 'thuốc loãng máu', 'tác dụng phụ'], 60, 2) },
      ne: { idioms: eitherWay(['कुटेको होला भन्ने', 'kuteko hola bhanne', 'kutai khayeko jasto'], ['रगत पातलो', 'ragat patalo', 'औषधिको असर', 'aushadhi ko asar'], 60, 2) },
      tl: { idioms: eitherWay(['akala ko sinasaktan', 'akala ko binubugbog', 'akala ko sinaktan'], ['blood thinner', 'pampalabnaw ng dugo', 'side effect'], 60, 2) },
      pt: { idioms: eitherWay(['achei que ele apanhava', 'achei que ela apanhava', 'achei que estava apanhando', 'pensei que ele apanhava', 'pensei que ela apanhava'], ['anticoagulante', 'afinar o sangue', 'efeito colateral'], 60, 2) },
      id: { idioms: eitherWay(['kirain dipukul', 'saya kira dipukul', 'kukira dipukul', 'saya kira dia dipukul'], ['pengencer darah', 'antikoagulan', 'efek samping obat'], 60, 2) },
    },
  },
  {
    // A child's "mum hits me" that turned out to be a pillow fight (pass F2: «外孙说“妈妈打我”…后来才知道是玩游戏时打枕头
    // 仗»): the pillow fight named. Hit with a pillow over the face (闷) names no game.
    name: 'a child’s “hits me” that was a pillow fight',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['たたかれた', '叩かれた', 'ぶたれた', 'ママがたたく', 'ママが叩く', 'パパがたたく', 'パパが叩く', 'おかあさんがたたく', 'お母さんが叩く'], ['枕投げ', 'まくらなげ', '枕の投げ合い', 'まくらのなげあい', 'まくら合戦'], 60, 2) },
      en: { idioms: eitherWay(['hits me', 'hit me', 'mummy hit', 'mommy hit', 'daddy hit'], ['pillow fight', 'pillow fights'], 80, 2) },
      zh: { idioms: eitherWay(['妈妈打我', '爸爸打我', '打我', '外婆打我', '奶奶打我'], ['枕头仗', '打枕头', '枕头大战', '枕头战'], 40, 2) },
      ko: { idioms: eitherWay(['엄마가 때렸', '아빠가 때렸', '엄마가 때려', '아빠가 때려', '때렸어'], ['베개 싸움', '베개싸움'], 60, 2) },
      vi: { idioms: eitherWay(['mẹ đánh con', 'bố đánh con', 'mẹ đánh', 'bố đánh'], ['đánh gối', 'ném gối', 'chiến tranh gối'], 60, 2) },
      ne: { idioms: eitherWay(['आमाले कुट्नुभयो', 'बुबाले कुट्नुभयो', 'aama le kutnubhayo', 'buba le kutnubhayo'], ['सिरानी', 'sirani'], 60, 2) },
      tl: { idioms: eitherWay(['pinalo ako ni mama', 'pinalo ako ni papa', 'sinasaktan ako ni mama'], ['pillow fight', 'unan'], 60, 2) },
      pt: { idioms: eitherWay(['mamãe me bateu', 'papai me bateu', 'mamãe bate', 'papai bate'], ['guerra de travesseiro', 'guerrinha de travesseiro'], 60, 2) },
      id: { idioms: eitherWay(['mama pukul aku', 'mama mukul aku', 'papa mukul aku', 'ibu mukul aku'], ['perang bantal'], 60, 2) },
    },
  },
  {
    // A new mother worn out by the baby's night crying (pass F2: 「孫が毎晩2時ごろ…泣きます…娘はぐったりです」): the mother
    // named as the limp one, with the night crying. A baby or an old parent who is limp still alarms.
    name: 'a new mother worn out by night crying',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['夜泣き', 'よなき', '産後', 'さんご', '寝不足', 'ねぶそく', 'ワンオペ'], each(['娘は', 'むすめは', '妻は', 'つまは', '嫁は', 'よめは', '私は', 'わたしは', 'ママは', '母親は'], ['ぐったり'], ''), 60, 2) },
      en: { idioms: eitherWay(['night feeds', 'night waking', 'colic', 'cries all night', 'up all night with the baby'], ['my daughter is limp with exhaustion', 'my wife is limp with exhaustion', 'limp with exhaustion', 'completely drained', 'running on empty'], 60, 2) },
      zh: { idioms: eitherWay(['夜哭', '闹夜', '坐月子', '产后', '带娃'], ['女儿累瘫了', '我女儿累瘫了', '累瘫了', '累得瘫', '媳妇累瘫'], 40, 2) },
      ko: { idioms: eitherWay(['밤에 울', '밤중 수유', '산후', '잠을 못 자'], ['딸은 녹초', '딸이 녹초', '아내가 녹초', '녹초가', '완전히 지쳐'], 40, 2) },
      vi: { idioms: eitherWay(['khóc đêm', 'sau sinh', 'thức đêm'], ['con gái tôi kiệt sức', 'vợ tôi kiệt sức', 'kiệt sức', 'mệt lả'], 40, 2) },
      ne: { idioms: eitherWay(['राति रुन्छ', 'सुत्केरी', 'raati runchha', 'sutkeri'], ['थकित', 'लखतरान', 'thakit', 'lakhataran'], 40, 2) },
      tl: { idioms: eitherWay(['umiiyak gabi-gabi', 'kakapanganak', 'puyat'], ['pagod na pagod', 'lupaypay'], 40, 2) },
      pt: { idioms: eitherWay(['chora a noite toda', 'pós-parto', 'resguardo', 'cólica'], ['minha filha está exausta', 'exausta', 'esgotada', 'acabada'], 40, 2) },
      id: { idioms: eitherWay(['nangis tiap malam', 'nangis malam', 'habis melahirkan', 'pasca melahirkan', 'begadang'], ['lemas kecapekan', 'kelelahan', 'capek banget'], 40, 2) },
    },
  },
  {
    // An alarm button or a watch service asked for in case I collapse (pass F2: «혹시 쓰러져도 연락이 갈 수 있게요. 구청에서
    // 해주나요?»): the "in case" and the device said. «쓰러졌어요» with no "in case" still alarms.
    name: 'an emergency-call button asked for in case I collapse',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['もし倒れ', 'もしたおれ', '万が一倒れ', 'まんがいちたおれ', '倒れても', 'たおれても', '倒れた時のため', 'たおれたときのため'], ['緊急通報', 'きんきゅうつうほう', '通報装置', 'つうほうそうち', '見守り', 'みまもり', 'ボタン', 'ペンダント', 'センサー'], 40, 1) },
      en: { idioms: eitherWay(['in case i fall', 'in case i collapse', 'if i fall', 'if i collapse', 'if i ever fall', 'if i ever collapse', 'if i have a fall'], ['alarm button', 'emergency button', 'call button', 'panic button', 'pendant alarm', 'personal alarm', 'alert system', 'monitoring service'], 60, 1) },
      zh: { idioms: eitherWay(['万一我晕倒', '万一我摔倒', '万一倒下', '万一晕倒', '如果我晕倒', '如果我倒下', '万一我倒下', '就算倒下'], ['紧急呼叫', '呼叫按钮', '求救按钮', '紧急按钮', '紧急通报', '看护系统', '感应器'], 30, 1) },
      ko: { idioms: eitherWay(['혹시 쓰러져도', '혹시 쓰러지면', '쓰러져도 연락', '만약 쓰러지면', '쓰러질 경우'], ['호출 버튼', '응급 호출', '비상벨', '응급안전', '연락이 갈 수 있게', '센서'], 40, 1) },
      vi: { idioms: eitherWay(['lỡ tôi ngã', 'nếu tôi ngã', 'lỡ tôi ngất', 'nếu tôi ngất', 'phòng khi tôi ngã'], ['nút gọi khẩn cấp', 'nút báo động', 'chuông khẩn cấp', 'thiết bị báo'], 40, 1) },
      ne: { idioms: eitherWay(['म ढलें भने', 'ढलिहालें भने', 'ma dhale bhane', 'dhalihale bhane'], ['आपतकालीन बटन', 'emergency button', 'alarm button'], 40, 1) },
      tl: { idioms: eitherWay(['kung sakaling mahimatay ako', 'kung bumagsak ako', 'kung matumba ako'], ['emergency button', 'alarm button', 'panic button'], 40, 1) },
      pt: { idioms: eitherWay(['caso eu caia', 'se eu cair', 'caso eu desmaie', 'se eu desmaiar'], ['botão de emergência', 'botão de alarme', 'alarme pessoal', 'pulseira de emergência'], 40, 1) },
      id: { idioms: eitherWay(['kalau saya jatuh', 'kalau saya pingsan', 'jika saya jatuh', 'jika saya pingsan', 'seandainya saya jatuh'], ['tombol darurat', 'alarm darurat', 'tombol panggilan'], 40, 1) },
    },
  },
  {
    // "Nothing left to regret — but ten more years!" at a long-life celebration (pass F2: 「米寿のお祝いで父が『もう思い残す
    // ことはない、でもあと十年は生きるぞ』と笑っていました」): the living on said with it. «思い残すことはない» alone still alarms.
    name: 'nothing left to regret, said with living on',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['思い残すことはない', 'おもいのこすことはない', '思い残すことはな', '思い残すことはありません', 'おもいのこすことはありません'], ['あと十年は生き', 'あと10年は生き', 'あとじゅうねんはいき', 'まだまだ生き', 'まだまだいき', '百まで生き', '100まで生き', 'ひゃくまでいき', '生きるぞ', 'いきるぞ', '長生きする', 'ながいきする'], 20, 1) },
      en: { idioms: eitherWay(['no regrets left', 'nothing left to regret', 'i have no regrets', 'no regrets at all'], ['aiming for 100', 'another ten years', 'another 10 years', 'live to 100', 'plenty of life left'], 40, 1) },
      zh: { idioms: eitherWay(['没有遗憾了', '了无遗憾', '此生无憾', '没什么遗憾'], ['还要再活十年', '再活十年', '活到一百', '活到100', '还要多活几年'], 20, 1) },
      ko: { idioms: eitherWay(['여한이 없', '원이 없'], ['10년은 더 살', '십 년은 더 살', '백 살까지 살', '100살까지 살', '오래 살'], 30, 1) },
      vi: { idioms: eitherWay(['không còn gì hối tiếc', 'không còn gì tiếc nuối'], ['sống thêm mười năm', 'sống thêm 10 năm', 'sống đến trăm tuổi'], 40, 1) },
      ne: { idioms: eitherWay(['कुनै पछुतो छैन', 'kunai pachhuto chhaina'], ['अझै दस वर्ष बाँच्छु', 'ajhai das barsa banchhu'], 40, 1) },
      tl: { idioms: eitherWay(['wala na akong pagsisisihan', 'wala na akong hinanakit'], ['mabubuhay pa ako ng sampung taon', 'aabot pa ako ng 100'], 40, 1) },
      pt: { idioms: eitherWay(['não tenho mais arrependimentos', 'sem arrependimentos'], ['mais dez anos', 'viver até os 100', 'chegar aos 100'], 40, 1) },
      id: { idioms: eitherWay(['tidak ada penyesalan lagi', 'sudah tidak ada penyesalan'], ['hidup sepuluh tahun lagi', 'hidup 10 tahun lagi', 'sampai umur 100'], 40, 1) },
    },
  },
  {
    // A late child home safe, told with the worry (pass F2: 「むすめ が よる 11じ に かえって こない。しんぱい しました。でも
    // ともだち の いえ に いた。いま かえった」): the return said. «帰ってこない。友達の家にもいない» still alarms.
    name: 'a child late home, now back safe',
    signal: null,
    words: {
      ja: { idioms: [then(['かえってこない', '帰ってこない', '帰って来ない', '戻ってこない', 'もどってこない'], ['いまかえった', '今帰った', '今かえった', 'かえってきた', '帰ってきた', '帰って来た', '戻ってきた', 'もどってきた', 'ともだちのいえにいた', '友達の家にいた', '友だちの家にいた', '無事でした', 'ぶじでした'], 80, 3)] },
      en: { idioms: [then(['didnt come home', 'hadnt come home', 'wasnt home by', 'still not home'], ['shes home now', 'hes home now', 'came home at', 'turned up at', 'was at a friends', 'was at her friends', 'was at his friends', 'back home safe'], 100, 3)] },
      zh: { idioms: [then(['没回家', '还没回来', '没有回来', '不回家'], ['已经回来了', '现在回来了', '刚回来', '在同学家', '在朋友家', '平安回来'], 60, 3)] },
      ko: { idioms: [then(['집에 안 들어', '안 돌아와', '안 들어와', '들어오지 않'], ['지금 들어왔', '방금 들어왔', '돌아왔어요', '친구 집에 있었', '무사히 돌아'], 80, 3)] },
      vi: { idioms: [then(['chưa về nhà', 'không về nhà', 'chưa về'], ['đã về rồi', 'vừa về', 'ở nhà bạn', 'về an toàn'], 80, 3)] },
      ne: { idioms: [then(['घर आएन', 'फर्केन', 'ghar aaena', 'pharkena', 'farkena'], ['अहिले आयो', 'साथीको घरमा थियो', 'ahile aayo', 'sathi ko ghar ma thiyo'], 80, 3)] },
      tl: { idioms: [then(['hindi pa umuuwi', 'hindi umuwi', 'wala pa sa bahay'], ['nakauwi na', 'umuwi na', 'nasa bahay ng kaibigan'], 80, 3)] },
      pt: { idioms: [then(['não voltou pra casa', 'não tinha voltado', 'não chegou em casa'], ['já chegou', 'chegou agora', 'estava na casa de', 'voltou bem'], 80, 3)] },
      id: { idioms: [then(['belum pulang', 'nggak pulang', 'tidak pulang'], ['sudah pulang', 'baru pulang', 'ada di rumah teman', 'pulang dengan selamat'], 80, 3)] },
    },
  },
  {
    // Afraid the neighbours will take a child's night terrors or crying for abuse (pass F2: «아이가 밤에 갑자기 소리 지르며
    // 깨요. 야경증이래요. 옆집에서 학대로 오해할까 봐 걱정돼요»): the writer as the one misread. «학대를 당하고 있어요» alarms.
    name: 'afraid a child’s night crying will be mistaken for abuse',
    signal: null,
    words: {
      ja: { idioms: each(['虐待', 'ぎゃくたい'], ['と勘違いされ', 'とかんちがいされ', 'と間違われ', 'とまちがわれ', 'と誤解され', 'とごかいされ', 'で通報されないか', 'でつうほうされないか', 'だと思われないか', 'だとおもわれないか'], '') },
      en: { idioms: each(['mistake it for', 'mistake us for', 'think its', 'think it is', 'report us for', 'report me for', 'mistaken for'], ['abuse', 'child abuse']) },
      zh: { idioms: each(['误会成', '误以为是', '误认为是', '当成', '被当成', '举报我们', '怀疑是'], ['虐待', '虐童'], '') },
      ko: { idioms: each(['학대로'], ['오해할까', '오해받을까', '오해하', '신고할까', '신고당할까', '의심할까', '보일까']) },
      vi: { idioms: each(['tưởng là', 'hiểu lầm là', 'nghĩ là'], ['bạo hành', 'ngược đãi']) },
      ne: { idioms: each(['दुर्व्यवहार ठान्छन् कि', 'कुटेको ठान्छन् कि', 'durvyavahar thanchhan ki', 'kuteko thanchhan ki'], ['भनेर', 'bhanera']) },
      tl: { idioms: each(['akalain nilang', 'isipin nilang', 'mapagkamalang'], ['inaabuso', 'pang-aabuso']) },
      pt: { idioms: each(['achem que é', 'pensem que é', 'confundam com', 'denunciem por'], ['maus-tratos', 'maus tratos', 'abuso']) },
      id: { idioms: each(['dikira', 'disangka', 'dilaporkan'], ['kekerasan anak', 'menyiksa anak', 'penyiksaan']) },
    },
  },
  {
    // A face swollen or numb, the cause found and treated (pass F2: «남편 얼굴이 퉁퉁 붓고 빨개져서 놀랐는데 어제 먹은 약 알레르
    // 기래요. 병원에서 주사 맞고 가라앉았어요», «半邊臉麻麻的，醫生說是帶狀皰疹，已經在吃藥了»): the swelling gone down or the
    // diagnosis said. A face swelling now with breath short still alarms.
    name: 'a face swollen or numb, diagnosed and treated: went down after a shot; shingles',
    signal: null,
    words: {
      ja: { idioms: [
        ...eitherWay(['顔の半分', 'かおのはんぶん', '顔半分', '顔の片側', '顔がしびれ', 'かおがしびれ'], ['帯状疱疹', 'たいじょうほうしん', 'ヘルペス'], 40, 2),
        then(['顔が腫れ', 'かおがはれ', '顔がパンパン', 'かおがぱんぱん', '顔がむくん'], ['注射で引い', 'ちゅうしゃでひい', '腫れが引い', 'はれがひい', '治まりました', 'おさまりました'], 80, 2),
      ] },
      en: { idioms: [
        ...eitherWay(['half my face', 'half her face', 'half his face', 'side of her face', 'side of his face', 'face is numb', 'face numb'], ['shingles', 'herpes zoster'], 60, 2),
        then(['face swelled', 'face swollen', 'face was swollen', 'face puffed up'], ['went down', 'settled down', 'after the injection', 'after a shot'], 100, 2),
      ] },
      zh: { idioms: [
        ...eitherWay(['半边脸麻', '半边脸', '半张脸麻', '脸麻'], ['带状疱疹', '带状皰疹', '皰疹', '疱疹', '皮蛇', '缠腰龙'], 30, 2),
        then(['脸肿', '脸都肿', '脸部肿'], ['打了针就消', '打针后消', '消肿了', '已经消了'], 60, 2),
      ] },
      ko: { idioms: [
        ...eitherWay(['얼굴 반쪽', '얼굴 한쪽', '얼굴이 저리', '얼굴 반이'], ['대상포진'], 40, 2),
        then(['얼굴이 퉁퉁 붓', '얼굴이 붓', '얼굴이 부어', '얼굴이 부었'], ['가라앉았', '주사 맞고', '부기가 빠졌', '괜찮아졌'], 80, 2),
      ] },
      vi: { idioms: [...eitherWay(['nửa mặt', 'tê mặt', 'mặt bị tê'], ['zona', 'giời leo', 'bệnh zona'], 40, 2), then(['mặt sưng', 'sưng mặt'], ['đã xẹp', 'tiêm xong thì xẹp', 'hết sưng', 'đỡ rồi'], 80, 2)] },
      ne: { idioms: [...eitherWay(['आधा अनुहार', 'aadha anuhar', 'adha anuhar'], ['हर्पिज', 'herpes', 'shingles'], 40, 2), then(['अनुहार सुन्नि', 'anuhar sunni'], ['घट्यो', 'सुई लगाएपछि', 'ghatyo', 'sui lagaepachhi'], 80, 2)] },
      tl: { idioms: [...eitherWay(['kalahati ng mukha', 'manhid ang mukha'], ['shingles', 'herpes zoster'], 40, 2), then(['namaga ang mukha', 'namamaga ang mukha'], ['humupa na', 'pagkatapos ng injection', 'okay na'], 80, 2)] },
      pt: { idioms: [...eitherWay(['metade do rosto', 'lado do rosto', 'rosto dormente'], ['herpes-zóster', 'herpes zoster', 'cobreiro'], 40, 2), then(['rosto inchou', 'rosto inchado', 'cara inchou', 'cara inchada'], ['desinchou', 'depois da injeção', 'já melhorou'], 80, 2)] },
      id: { idioms: [...eitherWay(['separuh wajah', 'sebelah wajah', 'muka sebelah'], ['herpes zoster', 'cacar ular', 'cacar api'], 40, 2), then(['wajah bengkak', 'muka bengkak', 'mukanya bengkak'], ['sudah kempes', 'setelah disuntik', 'bengkaknya hilang', 'sudah turun'], 80, 2)] },
    },
  },
  {
    // Breathing that "seems to stop" at night, with the snoring named after it (pass F2: «밤에 자다가 숨이 멎는 것 같다고 아내가
    // 그래요. 코골이가 심한데 수면무호흡증 검사는»): a sleep clinic asked. «숨이 멎었어요» now, with no snoring, still alarms.
    name: 'breathing that seems to stop in sleep, with the snoring said',
    signal: null,
    words: {
      ja: { idioms: [then(['息が止まってる気が', 'いきがとまってるきが', '息が止まっている気が', '息が止まるみたい', '呼吸が止まってるみたい', 'いきがとまるみたい'], ['いびき', '鼾', '無呼吸', 'むこきゅう'], 40, 1)] },
      en: { idioms: [then(['seems to stop breathing', 'seem to stop breathing', 'stops breathing in his sleep', 'stops breathing in her sleep', 'stop breathing at night'], ['snoring', 'snores', 'apnea', 'apnoea'], 60, 1)] },
      zh: { idioms: [then(['好像不呼吸', '好像停止呼吸', '好像没呼吸', '呼吸好像停'], ['打呼', '打鼾', '呼噜', '呼吸暂停'], 30, 1)] },
      ko: { idioms: [then(['숨이 멎는 것 같', '숨이 멈추는 것 같', '숨을 안 쉬는 것 같'], ['코골이', '코를 골', '수면무호흡', '무호흡'], 40, 1)] },
      vi: { idioms: [then(['hình như ngừng thở', 'như bị ngừng thở', 'giống như ngưng thở'], ['ngáy', 'ngưng thở khi ngủ'], 40, 1)] },
      ne: { idioms: [then(['सास रोकिए जस्तो', 'saas rokie jasto', 'sas rokiye jasto'], ['घुर्', 'ghur'], 40, 1)] },
      tl: { idioms: [then(['parang tumitigil ang paghinga', 'parang hindi humihinga'], ['hilik', 'humihilik', 'sleep apnea'], 40, 1)] },
      pt: { idioms: [then(['parece que para de respirar', 'parece parar de respirar'], ['ronco', 'ronca', 'apneia'], 40, 1)] },
      id: { idioms: [then(['kayak berhenti napas', 'seperti berhenti bernapas', 'seperti berhenti napas'], ['ngorok', 'mendengkur', 'apnea'], 40, 1)] },
    },
  },
  {
    // A knife-wielder seen on a TV drama, the fear after it (pass F2: 「テレビのサスペンスで、包丁を持った男が老夫婦を脅す場面を
    // 見てから怖くて眠れません」); abuse read up on for a report («我在寫報告，想多了解日本的家暴諮詢窗口»). The show or the
    // report right by the words; a partner with a knife «サスペンスを見ていたら夫が» has the show away from the knife.
    name: 'a knife-wielder in a TV drama; abuse read up on for a report',
    signal: null,
    words: {
      ja: { idioms: [then(['レポート', 'れぽーと', '卒論', 'そつろん', '論文', 'ろんぶん'], ['dv相談', 'dvの相談', '虐待の相談', 'ぎゃくたいのそうだん', 'dvの窓口'], 40, 1), then(['サスペンスで', 'さすぺんすで', 'ドラマで', 'どらまで', '時代劇で', 'じだいげきで', '映画で', 'えいがで', 'テレビで', 'てれびで'], ['包丁を持った', 'ほうちょうをもった', 'ナイフを持った', 'ないふをもった', '刃物を持った', 'はものをもった', '包丁を持って', 'ナイフを持って'], 4)] },
      en: { idioms: [then(['writing a report', 'writing a paper', 'writing an essay'], ['domestic violence hotline', 'domestic violence services', 'domestic violence support', 'abuse hotline', 'dv hotline'], 80, 1), then(['in the drama', 'in the movie', 'in the film', 'on the tv drama', 'in a drama', 'in a movie'], ['a man with a knife', 'a man holding a knife', 'a man with a kitchen knife'], 6)] },
      zh: { idioms: [then(['写报告', '写论文', '做报告', '写作业'], ['家暴咨询', '家暴的咨询', '家暴求助', '家暴相关的'], 30, 1), then(['剧里', '电影里', '日剧里', '韩剧里', '电视上'], ['拿刀的男人', '拿着刀的男人', '持刀的男人', '拿菜刀的男人'], 4)] },
      ko: { idioms: [then(['보고서', '리포트', '과제', '논문'], ['가정폭력 상담', '가정폭력 신고 창구', '가정폭력 상담소'], 40, 1), then(['드라마에서', '영화에서', 'TV에서'], ['칼을 든 남자', '칼 든 남자', '흉기를 든 남자'], 4)] },
      vi: { idioms: [then(['viết báo cáo', 'luận văn', 'bài tập'], ['tư vấn bạo lực gia đình', 'đường dây nóng bạo lực gia đình'], 60, 1), then(['trong phim', 'phim truyền hình'], ['người đàn ông cầm dao', 'gã cầm dao'], 6)] },
      ne: { idioms: [then(['रिपोर्ट लेख्दै', 'report lekhdai'], ['घरेलु हिंसा परामर्श', 'gharelu hinsa paramarsha'], 60, 1), then(['फिल्ममा', 'सिरियलमा', 'film ma', 'serial ma'], ['चक्कु बोकेको मान्छे', 'chakku boketko manchhe', 'chakku boketko manche'], 6)] },
      tl: { idioms: [then(['gumagawa ng report', 'nagsusulat ng report', 'thesis'], ['hotline para sa domestic violence', 'vawc desk'], 60, 1), then(['sa teleserye', 'sa pelikula', 'sa drama'], ['lalaking may kutsilyo', 'lalaking may hawak na kutsilyo'], 6)] },
      pt: { idioms: [then(['fazendo um relatório', 'escrevendo um relatório', 'trabalho da faculdade'], ['atendimento à violência doméstica', 'disque violência doméstica', 'central de atendimento à mulher'], 60, 1), then(['na novela', 'no filme', 'na série'], ['um homem com uma faca', 'um homem de faca'], 6)] },
      id: { idioms: [then(['menulis laporan', 'bikin laporan', 'skripsi'], ['layanan pengaduan kdrt', 'konsultasi kdrt', 'hotline kdrt'], 60, 1), then(['di sinetron', 'di film', 'di drama'], ['pria membawa pisau', 'laki-laki membawa pisau', 'orang bawa pisau'], 6)] },
    },
  },
  {
    // Things given away or "all over" said of a move or a shop closed (pass F2: «我把房間裡的書、衣服都送給朋友了，因為下個月要
    // 回台灣養老», «이사 가면서 가구랑 그릇을 이웃들한테 다 나눠줬어요», «40년 한 가게 문 닫았습니다. 이제 다 끝났네요»): the move
    // or the closing named by the words. Giving things away with no move, "it's all over" with no shop, still alarm.
    name: 'things given away before a move; “it’s all over” of a shop closed or a job retired from',
    signal: null,
    words: {
      ja: { idioms: [...eitherWay(['譲りました', 'ゆずりました', 'あげました', '配りました', 'くばりました', '全部あげ', 'ぜんぶあげ'], ['引っ越す', 'ひっこす', '引っ越しで', 'ひっこしで', '施設に入る', 'しせつにはいる', '国に帰る', 'くににかえる', '娘のところへ', '息子のところへ'], 30, 1), ...eitherWay(['店を閉め', 'みせをしめ', '閉店し', 'へいてんし', '廃業し', 'はいぎょうし', '定年', 'ていねん'], ['もう終わり', 'もうおわり', '全部終わ', 'ぜんぶおわ'], 30, 1)] },
      en: { idioms: [...eitherWay(['gave away', 'given away', 'giving away'], ['because im moving', 'because we are moving', 'moving back to', 'moving in with', 'moving to a care home', 'moving into a care home', 'before the move'], 60, 1), ...eitherWay(['closed the shop', 'closed my shop', 'closed the store', 'closed my business', 'last day at work', 'retired today'], ['its all over', 'its all over now', 'all done now'], 40, 1)] },
      zh: { idioms: [...eitherWay(['都送给朋友', '送给朋友', '送给邻居', '分给邻居', '都送人', '都送给邻居'], ['因为要搬', '因为下个月要回', '要回台湾', '要回国', '回国养老', '回台湾养老', '搬家', '搬去', '搬到'], 30, 1), ...eitherWay(['关店', '店关了', '歇业', '退休'], ['都结束了', '一切都结束了'], 20, 1)] },
      ko: { idioms: [...eitherWay(['나눠줬', '나눠 줬', '다 줬', '나눠드렸', '다 드렸'], ['이사 가면서', '이사하면서', '이사 가요', '고령자 주택으로', '요양원으로', '딸네 근처', '아들네 근처', '귀국하면서'], 40, 1), ...eitherWay(['가게 문 닫', '폐업', '정년퇴직', '은퇴했'], ['다 끝났네요', '이제 끝났네요', '다 끝났어요'], 30, 1)] },
      vi: { idioms: [...eitherWay(['cho hết', 'tặng hết', 'cho bạn bè', 'cho hàng xóm'], ['vì chuyển nhà', 'vì sắp chuyển', 'vì về nước', 'chuyển đến ở với'], 40, 1), ...eitherWay(['đóng cửa tiệm', 'đóng cửa hàng', 'nghỉ hưu'], ['thế là hết', 'hết rồi'], 30, 1)] },
      ne: { idioms: [...eitherWay(['सबै दिएँ', 'बाँडें', 'sabai diye', 'baande'], ['सर्दैछु', 'घर सर्ने', 'देश फर्कने', 'sardaichhu', 'ghar sarne', 'desh pharkane'], 40, 1)] },
      tl: { idioms: [...eitherWay(['ipinamigay ko', 'pinamigay ko', 'binigay ko lahat'], ['kasi lilipat', 'lilipat na kami', 'uuwi na ako sa', 'titira na ako sa'], 40, 1)] },
      pt: { idioms: [...eitherWay(['doei tudo', 'dei tudo', 'dei meus móveis', 'doei os móveis'], ['porque vou mudar', 'vou me mudar', 'vou voltar pro', 'mudar para perto'], 40, 1), ...eitherWay(['fechei a loja', 'fechei o comércio', 'me aposentei'], ['acabou tudo', 'acabou mesmo'], 30, 1)] },
      id: { idioms: [...eitherWay(['sudah saya bagikan', 'saya kasih semua', 'dibagikan ke tetangga'], ['karena mau pindah', 'mau pindah', 'pulang kampung', 'pindah ke dekat'], 40, 1), ...eitherWay(['tutup toko', 'pensiun'], ['sudah selesai semua', 'semuanya sudah berakhir'], 30, 1)] },
    },
  },
  {
    // A stranger's threat on a train, already led away (pass F2: «今天在電車上有個醉漢大聲說要殺人，後來被站員帶走了»): the
    // stranger and the leading away named. A threat with no one taken away still alarms.
    name: 'a drunk stranger’s threat, already led away by staff or police',
    signal: null,
    words: {
      ja: { idioms: [then(['酔っ払い', 'よっぱらい', '酔っぱらい', '知らない男', 'しらないおとこ'], ['駅員に連れ', 'えきいんにつれ', '警察に連れ', 'けいさつにつれ', '連れて行かれ', 'つれていかれ'], 40, 1)] },
      en: { idioms: [then(['a drunk', 'drunk man', 'drunk guy', 'a stranger'], ['taken away by', 'led away by', 'escorted off', 'removed by staff', 'arrested'], 80, 1)] },
      zh: { idioms: [then(['醉汉', '醉鬼', '喝醉的人', '陌生人'], ['被站员带走', '被警察带走', '被带走了', '被拉走', '被保安带走'], 40, 1)] },
      ko: { idioms: [then(['취객', '술 취한 남자', '술취한 사람', '모르는 남자'], ['역무원이 데려갔', '경찰이 데려갔', '끌려갔', '연행'], 40, 1)] },
      vi: { idioms: [then(['một gã say', 'người say rượu', 'người lạ'], ['bị nhân viên đưa đi', 'bị cảnh sát đưa đi', 'bị bắt đi'], 60, 1)] },
      ne: { idioms: [then(['मातेको मान्छे', 'maateko manchhe', 'mateko manche'], ['प्रहरीले लगे', 'prahari le lage'], 60, 1)] },
      tl: { idioms: [then(['isang lasing', 'lasing na lalaki'], ['dinala ng guard', 'hinuli ng pulis', 'inilabas ng staff'], 60, 1)] },
      pt: { idioms: [then(['um bêbado', 'um homem bêbado', 'um estranho'], ['foi levado pelos funcionários', 'foi levado pela polícia', 'foi retirado'], 60, 1)] },
      id: { idioms: [then(['orang mabuk', 'pemabuk', 'orang asing'], ['dibawa petugas', 'dibawa polisi', 'diamankan'], 60, 1)] },
    },
  },
  {
    // Fed up with a trifle — a diet, an app, a printer, the group chat — with the trifle named right after (plain set:
    // "I give up on this diet, pizza wins", «desisti dessa dieta»); hot, cold or so full one "will die" (热死了, 더워 죽겠다,
    // «ăn no quá, chết mất»); dying to see the grandchildren; a plant killed again. (A complaint of the weather alone is
    // small talk, model/formulas.ts: an idiom here would make the model's reading of a sentence beside it less sure.)
    // "I can't take it anymore", "I give up on everything", «não aguento mais viver» name no trifle and still alarm.
    name: 'fed up with a diet, an app or the group chat; so hot or full one “dies”; dying to see someone; a plant killed',
    signal: null,
    words: {
      ja: { idioms: [...each(['ダイエット', 'だいえっと', 'このアプリ', 'グループLINE', 'ぐるーぷらいん', '通知が多すぎて', 'お腹いっぱいで', 'おなかいっぱいで', '食べすぎて', 'たべすぎて'],
        ['もう無理', 'もうむり', '無理', 'むり', '耐えられない', 'たえられない', 'やってられない', 'もうやめた', '溶ける', 'とける', '動けない', 'うごけない', '苦しい', 'くるしい'], ''),
        ...each(['仕事に埋もれて', 'しごとにうもれて', '仕事に追われて', 'しごとにおわれて', '課題に埋もれて', '書類に埋もれて'], ['消えてます', 'きえてます', '消えてる', 'きえてる'], ''),
        ...each(['孫に', 'まごに', '孫たちに', '家族に'], ['会いたくて死にそう', 'あいたくてしにそう', '会いたくてたまらない'], ''), ...each(['植物', '観葉植物', 'サボテン', '花'], ['をまた枯らし', 'また枯らし', 'を枯らしてしまう', 'を全部枯らす'], '')] },
      en: { idioms: [...each(['cant take', 'cant stand', 'cant handle', 'cant bear', 'cannot take', 'cannot stand', 'give up on', 'giving up on', 'gave up on', 'dying in', 'melting in'],
        ['this diet', 'my diet', 'the diet', 'this app', 'the app', 'this game', 'this phone', 'this printer', 'the printer', 'this traffic', 'this homework', 'the group chat', 'this group chat', 'the gc', 'all these notifications', 'these notifications']),
        'so full i could die', 'so full im dying', 'so full i think im dying', 'ate too much im dying', 'dying to see', 'dying to meet', 'dying to hug', 'dying to visit', 'dying to try', 'dying to go',
        ...each(['i kill', 'i killed', 'killed', 'kill', 'killing'], ['every plant', 'all my plants', 'all the plants', 'my plants', 'my plant', 'every houseplant', 'houseplants', 'succulents', 'my cactus', 'every cactus']),
        then(['plant', 'plants', 'cactus', 'succulent', 'basil', 'flowers'], ['i kill everything i touch', 'kill everything i touch', 'i kill every plant', 'killed another one', 'died again', 'died on me again'], 60, 1)] },
      zh: { idioms: ['热死了', '热死我了', '冷死了', '冷死我了', '撑死了', '撑死我了', '吃撑了', '饱死了', '想孙子想得要死', '想孙女想得要死', ...each(['这个减肥', '减肥', '这个app', '这个软件', '这个群', '群消息太多'], ['受不了', '真受不了', '受不了了', '我放弃了', '不减了', '不玩了'], '')] },
      ko: { idioms: ['더워 죽겠', '더워서 죽겠', '추워 죽겠', '추워서 죽겠', '배불러 죽겠', '배불러서 죽겠', ...each(['다이어트', '이 앱', '단톡방', '단톡'], ['못 살겠', '미치겠', '못 참겠', '포기', '나가고 싶']),
        ...each(['단톡방에서', '단톡에서', '단체방에서', '단체 채팅방에서'], ['조용히 사라지고 싶', '사라지고 싶', '조용히 나가고 싶']), ...each(['손주들', '손주', '손자', '손녀'], ['보고 싶어 죽겠', '보고싶어 죽겠', '너무 보고 싶어'])] },
      vi: { idioms: [...each(['nóng quá', 'lạnh quá', 'ăn no quá', 'no quá', 'ăn nhiều quá', 'no căng bụng'], ['chết mất thôi', 'chết mất']), ...each(['cái app này', 'ăn kiêng'], ['chịu không nổi nữa', 'chịu không nổi', 'bỏ cuộc']),
        then(['muốn chết luôn', 'chết mất'], ['được gặp', 'gặp lại', 'mong tới tết', 'mong đến tết', 'về thăm', 'về quê'], 40),
        // the grandchildren named before the "dying" and a visit to come after: «Nhớ mấy đứa cháu muốn chết, tháng sau mới được gặp»
        // («…, không bao giờ được gặp lại nữa» names no visit to come and still alarms)
        then(each(['nhớ mấy đứa cháu', 'nhớ các cháu', 'nhớ cháu', 'nhớ mấy đứa nhỏ', 'nhớ con cháu'], ['muốn chết']), ['tháng sau', 'tuần sau', 'sắp được gặp', 'mong được gặp', 'mong tới tết', 'tết này', 'hè này', 'về thăm', 'sang thăm'], 40)] },
      ne: { idioms: [...each(['गर्मीले', 'जाडोले', 'धेरै खाएर', 'garmi le', 'jaado le'], ['मरें', 'मरियो', 'mare', 'mariyo']),
        then(['ग्रुप च्याटबाट', 'ग्रुपबाट', 'group chat bata', 'group bata'], ['केही दिन हराउन मन', 'हराउन मन', 'kehi din harauna man', 'harauna man'], 30)] },
      tl: { idioms: [then(['miss na miss', 'miss ko na', 'namimiss ko na', 'sabik na sabik', 'gustong gusto ko nang makita'], each(['mamamatay na ko sa', 'mamamatay na ako sa', 'mamamatay ako sa'], ['sabik', 'pananabik', 'kasabikan']), 60),
        ...each(['mamamatay na ko sa', 'mamamatay na ako sa', 'mamamatay ako sa', 'mamatay na ko sa', 'mamamatay na ko'], ['sabik', 'pananabik', 'kasabikan', 'excitement', 'kilig', 'init', 'tawa', 'gutom', 'antok', 'busog']), ...each(['suko na ako sa', 'ayoko na sa'], ['diet', 'app na to', 'gc'])] },
      pt: { idioms: [...each(['não aguento mais', 'não aguento', 'não suporto mais', 'não suporto', 'desisto', 'desisti', 'cansei', 'cansei de'],
        ['essa dieta', 'da dieta', 'dessa dieta', 'esse aplicativo', 'desse aplicativo', 'esse app', 'desse app', 'esse grupo', 'desse grupo']),
        ...each(['to morrendo de', 'tô morrendo de', 'morrendo de', 'morta de', 'morto de'], ['calor', 'frio', 'fome', 'sono', 'saudade', 'saudades', 'vontade de ver'])] },
      id: { idioms: [...each(['ga kuat', 'gak kuat', 'nggak kuat', 'tidak kuat', 'ga tahan', 'gak tahan', 'nggak tahan', 'tidak tahan', 'nyerah', 'menyerah sama'], ['diet', 'dietnya', 'aplikasi ini', 'grup ini']), ...each(['kenyang banget', 'kenyang'], ['mati aku', 'mau mati rasanya']),
        ...each(['mau mati', 'pengen mati', 'mati rasanya'], ['saking kangennya', 'saking kangen', 'saking rindunya', 'saking rindu'])] },
    },
  },
  {
    // Plans of an ordinary week said calmly (plain set): time alone at the weekend to rest («这个周末只想一个人待着», "I just
    // want to be alone this weekend and recharge", «akhir pekan ini mau menyendiri dulu»); a last day at work with the next
    // job or the contract's end named («오늘 회사 마지막 날이었어요! 다음 주부터 새 직장»); a room tidied and what was not
    // needed thrown out (「部屋を片付けて、いらないものを全部捨てた」). The weekend, the new job, the room must be named:
    // "I want to be alone forever", "today is my last day. thank you all", 「身辺整理をした」 still alarm.
    name: 'time alone at the weekend; a last day at work before the next job; a room decluttered',
    signal: null,
    words: {
      ja: { idioms: [...eitherWay(['週末は', 'しゅうまつは', '休みの日は', 'やすみのひは', '連休は', 'れんきゅうは'], ['一人でゆっくり', 'ひとりでゆっくり', '一人で過ごしたい', 'ひとりですごしたい', '一人でのんびり', 'ひとりでのんびり'], 20),
        ...eitherWay(['最後の出勤', '最終出勤', '今日で退職', '今日で最後の出勤', '会社最後の日'], ['新しい職場', 'あたらしいしょくば', '新しい会社', '来週から', '来月から', '転職'], 40, 1),
        ...eitherWay(['部屋を片付け', 'へやをかたづけ', '部屋の片付け', 'へやのかたづけ', '部屋を整理', 'へやをせいり', '部屋の整理', '大掃除', 'おおそうじ', '断捨離', 'だんしゃり', '押し入れを片付け', 'クローゼットを整理', '模様替え'], ['いらないもの', 'いらない物', '要らないもの', '不要なもの', '使わないもの', 'つかわないもの', '全部捨て', 'ぜんぶすて', 'すっきり', 'スッキリ', 'さっぱり'], 40, 1)] },
      en: { idioms: [...eitherWay(['this weekend', 'the weekend', 'my day off', 'on my day off', 'this sunday', 'this saturday'], ['be alone and recharge', 'alone and recharge', 'recharge', 'me time', 'some alone time', 'alone time', 'be alone and rest', 'alone and rest'], 40),
        ...eitherWay(['last day at work', 'last day at my job', 'last day at this company', 'my last day here', 'last day of work', 'last shift'], ['new job', 'next job', 'new company', 'start at', 'starting at', 'contract ended', 'contract is over'], 60, 1),
        ...eitherWay(['decluttered', 'decluttering', 'cleaned out my closet', 'cleaned my room', 'tidied my room', 'tidied up my room', 'spring cleaning', 'cleared out the garage'], ['things i dont need', 'stuff i dont need', 'stuff i dont use', 'feels so good', 'feels great', 'feels lighter', 'so refreshing'], 60, 1)] },
      zh: { idioms: [...eitherWay(['周末', '这个周末', '放假', '休假'], ['一个人待着', '一个人静一静', '一个人静静', '自己待着', '一个人休息', '宅在家', '耍废'], 14),
        ...eitherWay(['最后一天上班', '最后一个工作日', '在这家公司最后一天', '在这间公司的最后一天', '公司的最后一天', '离职了'], ['新工作', '新公司', '新的工作', '入职'], 30, 1),
        ...eitherWay(['把房间整理', '房间整理', '整理了房间', '整理房间', '打扫房间', '大扫除', '断舍离'], ['不要的东西', '不用的东西', '清爽', '干净多了', '舒服多了'], 30, 1)] },
      ko: { idioms: [...eitherWay(['주말엔', '주말에는', '이번 주말', '주말에', '휴일에', '쉬는 날'], ['혼자 조용히 쉬고 싶', '혼자 쉬고 싶', '혼자 조용히', '푹 쉬고 싶', '혼자 푹'], 30),
        ...eitherWay(['회사 마지막 날', '마지막 출근', '마지막 근무', '퇴사했'], ['새 직장', '새 회사', '다음 주부터', '다음 달부터', '이직'], 40, 1),
        ...eitherWay(['방 정리', '방을 정리', '집 정리', '옷장 정리', '대청소', '미니멀'], ['안 쓰는 물건', '안 입는 옷', '필요 없는 물건', '속이 시원', '개운', '깔끔'], 40, 1)] },
      vi: { idioms: [...eitherWay(['cuối tuần'], ['ở nhà một mình', 'một mình đọc sách', 'ngủ nướng', 'nghỉ ngơi'], 50),
        ...eitherWay(['ngày cuối cùng đi làm', 'ngày làm việc cuối cùng', 'ngày cuối ở công ty'], ['công việc mới', 'chỗ làm mới', 'công ty mới', 'hết hợp đồng'], 50, 1),
        ...eitherWay(['dọn phòng', 'dọn dẹp phòng', 'dọn nhà'], ['đồ không dùng', 'đồ không cần', 'gọn gàng', 'sạch sẽ', 'nhẹ nhõm'], 50, 1)] },
      ne: { idioms: eitherWay(['सप्ताहान्त', 'बिदाको दिन', 'shanibar'], ['एक्लै आराम', 'eklai aaram'], 40) },
      tl: { idioms: [...eitherWay(['weekend', 'day off', 'sabado', 'linggo'], ['mag-isa muna', 'mapag isa muna', 'magpahinga', 'me time'], 40), ...eitherWay(['huling araw ko sa trabaho', 'huling araw sa trabaho'], ['bagong trabaho', 'tapos na ang kontrata'], 50, 1)] },
      pt: { idioms: [...eitherWay(['fim de semana', 'final de semana', 'folga'], ['ficar sozinha e descansar', 'ficar sozinho e descansar', 'descansar', 'recarregar'], 40), ...eitherWay(['último dia no trabalho', 'último dia de trabalho', 'último dia na empresa', 'último dia na fábrica'], ['emprego novo', 'novo emprego', 'trabalho novo', 'contrato acabou'], 60, 1)] },
      id: { idioms: [...eitherWay(['akhir pekan ini', 'akhir pekan', 'weekend ini', 'weekend', 'hari libur ini', 'hari libur'], ['menyendiri dulu', 'mau sendiri dulu', 'istirahat', 'me time', 'rebahan'], 40),
        ...eitherWay(['hari terakhir saya kerja', 'hari terakhir kerja', 'hari terakhir di pabrik', 'hari terakhir di kantor'], ['kontraknya sudah selesai', 'kontrak sudah selesai', 'kontraknya habis', 'kerja baru', 'pekerjaan baru', 'tempat kerja baru'], 60, 1),
        ...eitherWay(['beres beres kamar', 'bersih bersih kamar', 'beresin kamar'], ['barang yang ga kepake', 'barang tidak terpakai', 'lega', 'rapi'], 50, 1)] },
    },
  },
  {
    // A small child who will not eat vegetables (plain set: «Anak saya 4 tahun susah sekali makan sayur», «छोरा सागपात खाँदै
    // खाँदैन»): picky eating, the child window's, not a child starved. A child not fed, or not eating for days, still alarms.
    name: 'a small child who is a picky eater',
    signal: null,
    words: {
      ja: { idioms: ['野菜を食べない', 'やさいをたべない', '野菜を食べてくれない', 'やさいをたべてくれない', '偏食', 'へんしょく', '好き嫌いが多い', 'すききらいがおおい'] },
      en: { idioms: ['picky eater', 'fussy eater', 'wont eat vegetables', 'wont eat his vegetables', 'wont eat her vegetables', 'wont eat veggies', 'doesnt eat vegetables', 'refuses vegetables', 'hates vegetables'] },
      zh: { idioms: ['挑食', '偏食', '不吃蔬菜', '不爱吃蔬菜', '不吃青菜', '不爱吃青菜', '不肯吃菜'] },
      ko: { idioms: ['편식', '채소를 안 먹', '야채를 안 먹', '채소를 안 먹어', '야채를 안 먹어'] },
      vi: { idioms: ['kén ăn', 'không chịu ăn rau', 'không ăn rau', 'lười ăn rau', 'biếng ăn rau'] },
      ne: { idioms: ['सागपात खाँदै खाँदैन', 'सागपात खाँदैन', 'तरकारी खाँदैन', 'तरकारी खाँदै खाँदैन', 'saagpat khadai khadaina', 'tarkari khadaina'] },
      tl: { idioms: ['ayaw kumain ng gulay', 'ayaw ng gulay', 'mapili sa pagkain', 'pihikan sa pagkain'] },
      pt: { idioms: ['não come verdura', 'não come legumes', 'não come verduras', 'não quer comer verdura', 'não quer comer legumes', 'seletivo para comer', 'seletiva para comer', 'enjoado pra comer', 'enjoada pra comer'] },
      id: { idioms: ['susah makan sayur', 'susah sekali makan sayur', 'susah banget makan sayur', 'ga mau makan sayur', 'gak mau makan sayur', 'tidak mau makan sayur', 'pilih pilih makanan', 'pilih pilih makan'] },
    },
  },
  {
    // A pet found a new home because someone in the family is allergic, or doing well there (plain set: 「娘が猫アレルギーだと
    // 分かったので、猫は友人の家に引き取ってもらいました」, "we rehomed our dog, my son is allergic", «doamos o gato por causa da
    // alergia»): the model, which learnt that giving things away goes with a goodbye, grew surer of it. The allergy or the
    // pet's new life must be named: a pet given away with nothing else said is still read whole.
    name: 'a pet rehomed because of an allergy, doing well there',
    signal: null,
    words: {
      ja: { idioms: [...eitherWay(['アレルギー', 'あれるぎー'], ['引き取ってもら', 'ひきとってもら', '里親', 'さとおや', '譲りました', 'ゆずりました', '預かってもら', 'あずかってもら', 'もらってもら', '飼ってもら', 'かってもら'], 40, 1),
        then(['引き取ってもら', 'ひきとってもら', '里親', 'さとおや', '飼ってもら', 'かってもら'], ['元気にして', 'げんきにして', '可愛がってもら', 'かわいがってもら', '幸せそう', 'しあわせそう'], 40, 1)] },
      en: { idioms: eitherWay(['allergic', 'allergy', 'allergies'], ['rehome', 'rehomed', 'rehoming', 'a new home for', 'adopted by', 'gave our dog', 'gave our cat', 'gave the dog', 'gave the cat'], 60, 1) },
      zh: { idioms: eitherWay(['过敏'], ['送到', '送给', '送人', '给亲戚养', '给朋友养', '被领养', '领养'], 30, 1) },
      ko: { idioms: eitherWay(['알레르기', '알러지'], ['보냈어요', '보냈', '입양', '맡겼'], 40, 1) },
      vi: { idioms: eitherWay(['dị ứng'], ['gửi cho', 'cho bạn nuôi', 'cho người khác nuôi', 'nhận nuôi'], 60, 1) },
      ne: { idioms: eitherWay(['एलर्जी', 'allergy'], ['पाल्न दियौँ', 'पाल्न दियौं', 'पाल्न दिएँ', 'palna diyau'], 60, 1) },
      tl: { idioms: eitherWay(['allergic', 'allergy'], ['pinaampon', 'ipinaampon', 'pinaalaga', 'ipinaalaga'], 60, 1) },
      pt: { idioms: eitherWay(['alergia', 'alérgico', 'alérgica'], ['doar', 'doamos', 'doei', 'adotado', 'adotada', 'doado', 'doada'], 60, 1) },
      id: { idioms: eitherWay(['alergi'], ['diadopsi', 'dikasih ke', 'diberikan ke', 'dititipkan ke', 'dirawat tetangga', 'dirawat saudara'], 60, 1) },
    },
  },
  {
    // A trip home or abroad for a set time, or what to tell the city before it (plain set: «Vou pro Brasil em dezembro
    // passar 2 meses com a família, preciso avisar a prefeitura?», 「来月 くに に かえります。 3しゅうかん で もどります」): going
    // away, but with the weeks or the return named. "I'm going away" with no time and no return, or the city office asked
    // about sending one's own ashes home («请问区役所能帮忙把骨灰送回国吗？我自己的»), is still read whole.
    name: 'a trip home or abroad for some weeks, with the weeks or the return named',
    signal: null,
    words: {
      ja: { idioms: eitherWay(['旅行', 'りょこう', '帰省', 'きせい', '国に帰', 'くににかえ', '一時帰国', 'いちじきこく', '里帰り', 'さとがえり'], ['週間', 'しゅうかん', 'か月', 'かげつ', 'ヶ月', '戻ります', 'もどります', '帰ってきます'], 40, 1) },
      en: { idioms: eitherWay(['trip to', 'travelling to', 'traveling to', 'going back to', 'going home to', 'holiday in', 'vacation in', 'visiting family in', 'visit my family in'], ['weeks', 'months', 'be back', 'coming back'], 60, 1) },
      zh: { idioms: eitherWay(['回国', '回老家', '去旅行', '旅游', '出国'], ['个星期', '个礼拜', '个月', '回来'], 30, 1) },
      ko: { idioms: eitherWay(['귀국', '여행', '고향에'], ['주 동안', '개월', '달 동안', '돌아와요', '돌아올'], 40, 1) },
      vi: { idioms: eitherWay(['về nước', 'về quê', 'đi du lịch', 'về việt nam'], ['tuần', 'tháng', 'quay lại', 'trở lại'], 50, 1) },
      ne: { idioms: eitherWay(['नेपाल जाँदै', 'घर जाँदै', 'घुम्न जाँदै', 'नेपाल फर्कन', 'nepal jadai'], ['हप्ता', 'महिना', 'फर्कन्छु', 'फर्किन्छु', 'hapta', 'mahina'], 50, 1) },
      tl: { idioms: eitherWay(['uuwi ako sa', 'uuwi kami sa', 'bakasyon sa', 'magbabakasyon'], ['linggo', 'buwan', 'babalik'], 50, 1) },
      pt: { idioms: eitherWay(['vou pro', 'vou para o', 'vou para a', 'viajar para', 'viagem para', 'viagem pro', 'de férias'], ['semanas', 'meses', 'volto em', 'volto no'], 60, 1) },
      id: { idioms: eitherWay(['pulang kampung', 'mudik', 'liburan ke', 'pulang ke indonesia'], ['minggu', 'bulan', 'balik lagi', 'kembali tanggal'], 50, 1) },
    },
  },
  {
    // Asked whether the writer is hit, and the writer says never once (fc22: 「主人は手をあげたことなど一度もありません」): the
    // harm denied with "not once" — never "など" alone, which lists («殴られたことなどを相談したい» still alarms).
    name: 'never once: a blow denied with "not once", "not a finger"',
    signal: null,
    words: {
      ja: { idioms: ['手をあげたことなど一度も', '手を上げたことなど一度も', '手をあげたことなんて一度も', '手を上げたことなんて一度も', '手をあげたことなどありません', '手を上げたことなどありません', '手をあげたことなんてありません', '殴られたことなど一度も', '叩かれたことなど一度も', '殴られたことなんて一度も', '叩かれたことなんて一度も', '手をあげたことは一度も', '手を上げたことは一度も', 'てをあげたことはいちども', 'てをあげたことなどいちども', 'たたかれたことはいちども', 'なぐられたことはいちども', 'たたかれたことなんていちども'] },
      en: { idioms: ['never once hit me', 'never once laid a finger', 'never once laid a hand', 'not once has he hit', 'never so much as touched me', 'never lifted a finger against me', 'never raised his hand to me'] },
      zh: { idioms: ['从来没有打过我', '從來沒有打過我', '一次都没打过', '一次都沒打過', '一次也没打过', '一次也沒打過', '连一根手指都没碰过我', '從沒動手打過我'] },
      ko: { idioms: ['한 번도 때린 적', '때린 적이 한 번도', '손찌검 한 번 한 적', '손가락 하나 댄 적', '손 한 번 댄 적'] },
      vi: { idioms: ['chưa một lần đánh', 'chưa từng một lần đánh', 'chưa bao giờ động tay', 'không bao giờ động tay', 'chưa bao giờ đụng tay'] },
      ne: { idioms: ['कहिल्यै हात उठाउनुभएको छैन', 'कहिल्यै कुट्नुभएको छैन', 'एक पटक पनि कुटेको छैन', 'एक पटक पनि कुट्नुभएको छैन', 'ek patak pani kuteko chhaina', 'kahile haat uthaunu bhayeko chhaina'] },
      tl: { idioms: ['kahit minsan hindi ako sinaktan', 'kahit isang beses hindi ako sinaktan', 'ni minsan hindi ako sinaktan', 'ni minsan hindi niya ako sinaktan', 'hindi ako kailanman sinaktan', 'hindi niya ako kailanman sinaktan'] },
      pt: { idioms: ['nunca encostou um dedo em mim', 'nunca levantou a mão pra mim', 'nunca levantou a mão para mim', 'nem uma vez me bateu', 'jamais me bateu', 'nunca me encostou a mão'] },
      id: { idioms: ['tidak pernah sekali pun memukul', 'tidak pernah sekalipun memukul', 'gak pernah sekalipun mukul', 'nggak pernah sekalipun mukul', 'belum pernah sekali pun memukul', 'tidak pernah main tangan'] },
    },
  },
  ...PREPAREDNESS,
  ...MID_CONVERSATION,
  {
    // A game as the place where it happens (fc26: «aku teriak minta tolong pas dikejar hantu di game»): a
    // scream for help, a chase, a blow or a killing inside a horror game, said by the one who plays or streams
    // it — "in the game", «di game», «trong game», «sa laro», «no jogo», 「ゲームの中で」「ホラゲーで」, 游戏里,
    // 게임에서, गेममा. Report frames of their own sentence, which name the game (so harm told of "me" is the
    // game's only when the place and what chases there are said: see `insideTheGame`); a parent, a sibling or
    // a partner named in the sentence, or a blow told in a sentence of its own, still alarms.
    name: 'a game as the place where it happens: chased by a ghost in a horror game',
    signal: null,
    words: {
      ja: { framing: { report: ['ゲームの中で', 'ゲームのなかで', 'げーむのなかで', 'ゲーム内で', 'ゲームの世界で', 'ホラゲーで', 'ほらげーで', 'ホラーゲームで', 'ほらーげーむで'] } },
      en: { framing: { report: ['in the game', 'in game', 'in a game', 'in my game', 'in the video game', 'in a horror game', 'in the horror game'] } },
      zh: { framing: { report: ['游戏里', '游戏中', '遊戲裡', '在游戏里', '恐怖游戏里'] } },
      ko: { framing: { report: ['게임에서', '게임 속에서', '게임 안에서', '공포게임에서', '공포 게임에서'] } },
      vi: { framing: { report: ['trong game', 'trong trò chơi'] } },
      ne: { framing: { report: ['गेममा', 'गेम भित्र', 'game ma', 'game bhitra'] } },
      tl: { framing: { report: ['sa game', 'sa laro', 'sa loob ng game'] } },
      pt: { framing: { report: ['no jogo', 'dentro do jogo', 'num jogo'] } },
      id: { framing: { report: ['di game', 'dalam game', 'di dalam game'] } },
    },
  },
  {
    // Asked ahead for next time, the episode over (fc26: 「昨日…友達が潰れたけど、今は横向きで寝てて、呼吸も普通です
    // …次に同じことがあったら救急車を呼ぶ目安を知っておきたい」): when to call an ambulance "next time", "if it happens
    // again", "in future" — 次に同じことがあったら, 下次再遇到, 다음에 또, «lần sau», «da próxima vez», "lain kali", «sa
    // susunod», अर्को पटक. Only the ambulance's words in the question are quiet; what happened, told in words of
    // its own (not breathing, won't wake), still alarms.
    name: 'when to call an ambulance next time, the episode over',
    signal: null,
    words: {
      ja: { idioms: [then(['次に同じこと', '次に同じような', 'つぎにおなじこと', '次にまた', 'つぎにまた', '次回同じ', '次回また', 'じかいおなじ', '今度同じこと', 'こんどおなじこと', '今度また', 'こんどまた', '同じことがあったら', 'おなじことがあったら', '同じことが起きたら', 'おなじことがおきたら', '次からは', 'つぎからは', '今後', 'こんご'], ['救急車', 'きゅうきゅうしゃ', '119'], 24)] },
      en: { idioms: [then(['next time', 'if it happens again', 'if this happens again', 'if that happens again', 'should it happen again', 'in future', 'in the future', 'for the future', 'for future reference'], ['ambulance', 'call 119', 'call 911', 'call 999', 'call emergency', 'emergency room'], 60)] },
      zh: { idioms: [then(['下次', '下回', '以后再', '以后如果', '以后要是', '再遇到', '再发生', '再有这种', '万一再'], ['救护车', '120', '119', '急救电话'], 24)] },
      ko: { idioms: [then(['다음에', '다음번에', '다음 번에', '앞으로 또', '또 이런 일', '이런 일이 또', '나중에 또'], ['구급차', '119', '응급실'], 40)] },
      vi: { idioms: [then(['lần sau', 'lần tới', 'sau này nếu', 'nếu lại bị', 'nếu còn bị', 'nếu bị lại'], ['cấp cứu', 'xe cứu thương', 'gọi 119'], 60)] },
      ne: { idioms: [then(['अर्को पटक', 'अर्कोपटक', 'फेरि यस्तो', 'भविष्यमा', 'arko patak', 'arko choti', 'feri yesto', 'pheri yesto', 'bhavishya ma'], ['एम्बुलेन्स', 'ambulance', 'ambulens', '119'], 60)] },
      tl: { idioms: [then(['sa susunod', 'kung mangyari ulit', 'kung maulit', 'pag naulit', 'kapag naulit', 'next time'], ['ambulansya', 'ambulansiya', 'ambulance', '119'], 60)] },
      pt: { idioms: [then(['da próxima vez', 'na próxima vez', 'numa próxima', 'se acontecer de novo', 'se acontecer outra vez', 'se acontecer novamente', 'no futuro'], ['ambulância', 'ligar pro 119', 'ligar para o 119', 'samu'], 60)] },
      id: { idioms: [then(['lain kali', 'kalau terjadi lagi', 'kalo terjadi lagi', 'kalau kejadian lagi', 'kalo kejadian lagi', 'ke depannya', 'kedepannya', 'next time'], ['ambulans', 'ambulance', '119', 'ugd'], 60)] },
    },
  },
  {
    // Foreign residents' look-alikes (pass 24): an ambulance number asked ahead, a suicide-prevention campaign
    // poster, a documentary about trainees shut in, a landlord who almost threw me out, harm at a previous
    // employer or by an ex long gone. Each takes the danger out of its own crisis words only: a collapse, a
    // beating or a lock named now still alarms.
    name: 'an ambulance number asked ahead; a suicide-prevention campaign; a documentary about workers shut in; a landlord throwing me out; hit at a previous employer or by an ex long gone home',
    signal: null,
    words: {
      ja: { idioms: [
        ...eitherWay(['救急車', 'きゅうきゅうしゃ', '救急の番号'], ['前もって', 'まえもって', 'あらかじめ', '念のため', 'ねんのため', '登録しておき', 'とうろくしておき', '控えておき', 'ひかえておき'], 40, 1),
        '自殺対策強化月間', 'じさつたいさくきょうかげっかん', '自殺対策月間', '自殺予防週間', 'じさつよぼうしゅうかん',
        ...eitherWay(['ドキュメンタリー', 'どきゅめんたりー', 'ニュースで見', '番組で見', '記事で読'], ['閉じ込められ', 'とじこめられ', '監禁', 'かんきん'], 30),
        then(['大家', 'おおや', '管理会社', 'かんりがいしゃ'], ['追い出', 'おいだ'], 12),
        then(each(['前の受け入れ先', 'まえのうけいれさき', '前の会社', 'まえのかいしゃ', '前の職場', 'まえのしょくば', '前の実習先', 'まえのじっしゅうさき', '以前の会社', '前のバイト先'], ['殴られ', 'なぐられ', '叩かれ', 'たたかれ', '蹴られ', 'けられ'], '...'), ['今は転籍', '転籍して', 'てんせきして', '今は新しい会社', 'いまはあたらしいかいしゃ', '楽しく働いて', 'たのしくはたらいて', '今は大丈夫', 'いまはだいじょうぶ', '今は幸せ', 'いまはしあわせ'], 120, 1),
        ...eitherWay(['元夫に殴られ', 'もとおっとになぐられ', '元夫から暴力', 'もとおっとからぼうりょく', '元夫の暴力'], ['もう何年も前', 'もうなんねんもまえ', '今は国に', 'いまはくにに', '国に帰っ', 'くににかえっ', '連絡はない', 'れんらくはない'], 60, 1),
      ] },
      en: { idioms: [
        ...eitherWay(['ambulance', 'emergency number'], ['in advance', 'ahead of time', 'just in case', 'beforehand', 'save it in my phone', 'save it to my phone', 'save it on my phone'], 60, 1),
        'suicide prevention month', 'suicide prevention week', 'suicide prevention awareness', 'suicide countermeasures',
        ...eitherWay(['documentary', 'news story', 'an article about', 'a report about'], ['locked in', 'locked up', 'confined', 'not allowed to leave'], 60),
        then(['landlord', 'landlady'], ['kicked me out', 'kick me out', 'kicked us out', 'kick us out', 'throw me out', 'threw me out', 'threw us out', 'throw us out'], 32),
        then(each(['at my previous job', 'at my old job', 'at my last job', 'at my previous company', 'my old boss', 'my previous employer', 'my previous boss'], ['hit me', 'beat me', 'was hit', 'got hit', 'was beaten', 'slapped me'], '...'), ['now i am happy', 'now im happy', 'happy at the new', 'fine now', 'all good now', 'new job is great', 'new company is great'], 120, 1),
        ...eitherWay(['my ex used to hit', 'my ex husband used to hit', 'my ex used to hurt', 'my ex husband used to hurt', 'my ex used to beat', 'my ex husband used to beat'], ['separated for years', 'long separated', 'divorced years ago', 'hes back in', 'he is back in', 'no contact'], 80, 1),
      ] },
      zh: { idioms: [
        ...eitherWay(['救护车', '救護車', '急救电话', '急救電話'], ['提前存', '先存', '存手机里', '存手機裡', '存到手机', '以防万一', '以防萬一', '提前知道', '事先知道'], 40, 1),
        '自杀对策', '自殺對策', '自杀预防月', '自杀预防周', '自殺預防月',
        ...eitherWay(['纪录片', '紀錄片', '看了个报道', '新闻里', '新聞裡'], ['被关在', '被關在', '关在宿舍', '關在宿舍', '被锁在', '被鎖在'], 30),
        then(['房东', '房東'], ['赶出去', '趕出去', '赶出来', '趕出來', '赶走', '趕走'], 12),
        then(each(['以前的公司', '之前的公司', '上一家公司', '以前的雇主', '之前的老板', '以前的实习单位', '之前的受入'], ['被打', '打我', '打过我'], '...'), ['现在换了', '现在转到', '现在很好', '现在过得很好', '现在很开心', '新公司很好', '現在很好', '現在過得很好'], 120, 1),
        ...eitherWay(['前夫以前打', '前夫打过我', '前夫以前会打'], ['离婚很久', '離婚很久', '早就离婚', '早就離婚', '已经回国', '已經回國'], 40, 1),
      ] },
      ko: { idioms: [
        ...eitherWay(['구급차', '구급 번호'], ['미리', '만약을 위해', '혹시 몰라서', '저장해 두', '저장해두'], 40, 1),
        '자살 예방 주간', '자살예방 주간', '자살 예방의 날', '자살 대책', '자살대책',
        ...eitherWay(['다큐', '뉴스에서', '기사에서'], ['갇혀', '가둬', '감금'], 40),
        then(['집주인'], ['쫓겨날', '쫓아내', '쫓겨났'], 20),
        then(each(['전 회사', '예전 회사', '이전 직장', '전 직장'], ['맞았', '맞은 적', '때렸'], '...'), ['지금은 잘', '지금은 괜찮', '새 회사', '이직해서'], 120, 1),
        ...eitherWay(['전남편이 때렸', '전 남편이 때렸', '전남편한테 맞'], ['헤어진 지 오래', '이혼한 지', '본국에 돌아갔'], 60, 1),
      ] },
      vi: { idioms: [
        ...eitherWay(['xe cấp cứu', 'số cấp cứu'], ['biết trước', 'lưu trước', 'phòng khi', 'để sẵn', 'lưu vào điện thoại'], 60, 1),
        'phòng chống tự tử', 'phòng ngừa tự tử', 'phòng chống tự sát', 'tháng phòng chống',
        ...eitherWay(['phim tài liệu', 'bài báo', 'xem tin'], ['bị nhốt', 'không cho ra ngoài'], 60),
        then(['chủ nhà'], ['đuổi ra', 'đuổi đi', 'đuổi khỏi'], 24),
        then(each(['công ty cũ', 'chỗ làm cũ', 'công ty trước'], ['bị đánh', 'đánh em', 'đánh tôi'], '...'), ['giờ ổn', 'giờ em ổn', 'bây giờ ổn', 'công ty mới tốt', 'đã chuyển sang'], 120, 1),
        ...eitherWay(['chồng cũ từng đánh', 'chồng cũ hay đánh'], ['ly hôn lâu rồi', 'về nước rồi'], 80, 1),
      ] },
      ne: { idioms: [
        ...eitherWay(['एम्बुलेन्स', 'ambulance', 'एम्बुलेन्सको नम्बर'], ['पहिल्यै थाहा', 'पहिले नै थाहा', 'पहिल्यै जान्न', 'pahilyai thaha', 'pahile nai thaha'], 60, 1),
        'आत्महत्या रोकथाम', 'atmahatya rokthaam', 'atmahatya rokatham',
        ...eitherWay(['वृत्तचित्र', 'documentary', 'समाचारमा'], ['थुनिएका', 'थुनेर राख'], 60),
        then(['घरबेटी', 'gharbeti'], ['निकाल', 'nikal'], 24),
        then(each(['पहिलेको कम्पनी', 'पुरानो कम्पनी', 'pahileko company', 'purano company'], ['कुटाइ', 'कुट्थ्यो', 'kutai', 'kutthyo'], '...'), ['अहिले ठिक', 'अहिले राम्रो', 'नयाँ कम्पनी', 'ahile thik', 'ahile ramro', 'naya company'], 120, 1),
        ...eitherWay(['पूर्व श्रीमान्ले कुट्थे', 'purba shriman le kutthe'], ['छुट्टिएको धेरै भयो', 'नेपाल फर्किसके', 'chhuttiyeko dherai bhayo', 'nepal farkisake'], 80, 1),
      ] },
      tl: { idioms: [
        ...eitherWay(['ambulansya', 'ambulance'], ['in advance', 'para handa', 'just in case', 'i save ko', 'isave ko'], 60, 1),
        'suicide prevention month', 'suicide prevention week', 'pag iwas sa pagpapakamatay',
        ...eitherWay(['dokumentaryo', 'documentary', 'sa balita'], ['ikinukulong', 'nakakulong', 'hindi pinapalabas'], 60),
        then(['landlord', 'may ari ng bahay'], ['pinalayas', 'palalayasin', 'pinaalis'], 32),
        then(each(['sa dati kong amo', 'sa dati kong trabaho', 'sa dating kompanya'], ['sinasaktan', 'sinaktan', 'binubugbog'], '...'), ['okay na ako ngayon', 'ayos na ako', 'masaya na ako', 'bagong amo', 'lumipat na ako'], 120, 1),
        ...eitherWay(['dati sinasaktan ako', 'dati akong sinasaktan', 'sinasaktan ako dati', 'dati binubugbog ako'], ['matagal na kaming hiwalay', 'hiwalay na kami', 'nasa pinas na siya', 'nasa pilipinas na siya', 'nasa pinas na sya'], 100, 1),
      ] },
      pt: { idioms: [
        ...eitherWay(['ambulância', 'número da emergência', 'número de emergência'], ['com antecedência', 'por precaução', 'só por garantia', 'salvar no celular', 'deixar salvo'], 60, 1),
        'setembro amarelo', 'prevenção ao suicídio', 'prevenção do suicídio', 'mês de prevenção',
        ...eitherWay(['documentário', 'reportagem', 'no jornal'], ['trancados', 'presos no alojamento', 'não podiam sair'], 60),
        then(['dono da casa', 'proprietário', 'senhorio'], ['me expulsar', 'nos expulsar', 'me botar pra fora', 'botou pra fora', 'me despejar'], 32),
        then(each(['no emprego anterior', 'no trabalho anterior', 'na empresa anterior', 'meu antigo patrão'], ['apanhava', 'me batia', 'apanhei', 'me bateu'], '...'), ['agora estou bem', 'hoje estou bem', 'agora tô bem', 'empresa nova', 'mudei de emprego'], 120, 1),
        ...eitherWay(['meu ex me batia', 'meu ex marido me batia', 'ex marido me agredia'], ['separados há anos', 'divorciados há', 'voltou pro brasil'], 80, 1),
      ] },
      id: { idioms: [
        ...eitherWay(['ambulans', 'nomor darurat'], ['sebelumnya', 'jaga jaga', 'buat jaga jaga', 'simpan di hp', 'disimpan di hp'], 60, 1),
        'pencegahan bunuh diri', 'hari pencegahan bunuh diri', 'bulan pencegahan bunuh diri',
        ...eitherWay(['film dokumenter', 'dokumenter', 'di berita'], ['dikurung', 'disekap', 'tidak boleh keluar'], 60),
        then(['pemilik kos', 'pemilik rumah', 'ibu kos', 'bapak kos'], ['diusir', 'mengusir', 'ngusir'], 32),
        then(each(['di perusahaan sebelumnya', 'di tempat kerja lama', 'di kantor lama', 'majikan lama'], ['dipukul', 'dipukuli', 'memukul saya'], '...'), ['sekarang sudah baik', 'sekarang baik baik saja', 'sekarang senang', 'perusahaan baru', 'sudah pindah'], 120, 1),
        ...eitherWay(['mantan suami dulu memukul', 'mantan suami suka memukul', 'dulu dipukuli mantan'], ['sudah lama cerai', 'sudah lama pisah', 'sudah pulang ke'], 80, 1),
      ] },
    },
  },
  {
    // Hyperbole and care (pass 24): "neither dying nor living" while a visa result is awaited («मर्नु न बाँच्नु»);
    // a stroke told as the care it now needs, not signs now; a small child's speech delay (not slurred speech);
    // misery "to death" in the first months abroad, told as past.
    name: 'waiting for a visa “neither dying nor living”; a stroke that is a care burden now; a child’s speech delay; misery “to death” when first arrived',
    signal: null,
    words: {
      ja: { idioms: [...eitherWay(['ビザ', 'びざ', '在留', 'ざいりゅう', '結果待ち', 'けっかまち'], ['生きた心地がしない', 'いきたここちがしない', '生殺し', 'なまごろし'], 60, 1), then(['脳卒中', 'のうそっちゅう', '脳梗塞', 'のうこうそく', '脳出血'], ['介護', 'かいご', '世話', 'せわ', '仕事と両立'], 40, 1), '言葉が遅', 'ことばがおそ', '言葉の遅れ', 'ことばのおくれ', '発語が遅', '発達がゆっくり'] },
      en: { idioms: [...eitherWay(['visa', 'immigration', 'the result'], ['feels like dying', 'dying of waiting', 'dying waiting', 'dying to know'], 80, 1), then(['had a stroke', 'after her stroke', 'after his stroke', 'since the stroke', 'since her stroke', 'since his stroke'], ['care for', 'caring for', 'look after', 'looking after', 'carer', 'caregiver', 'work and care'], 100, 1), 'speech delay', 'delayed speech', 'late talker', 'slow to talk', 'speech is delayed', 'talks late'] },
      zh: { idioms: [...eitherWay(['签证', '簽證', '在留', '结果', '結果'], ['半死不活', '要死不活', '急死了', '急死我了'], 60, 1), then(['中风了', '中風了', '脑梗了', '腦梗了', '脑溢血后', '中风后', '中風後'], ['照顾', '照顧', '护理', '護理', '工作和照顾'], 40, 1), '说话晚', '說話晚', '语言发育迟缓', '語言發育遲緩', '说话迟', '开口晚', '開口晚'] },
      ko: { idioms: [...eitherWay(['비자', '체류', '결과'], ['피가 말라', '애가 타', '죽을 맛'], 80, 1), then(['뇌졸중으로', '뇌경색으로', '뇌졸중 후', '뇌출혈 후', '중풍'], ['간병', '돌보', '돌봐', '수발'], 100, 1), '말이 늦', '언어 발달 지연', '언어발달지연', '말이 느려'] },
      vi: { idioms: [...eitherWay(['visa', 'thị thực', 'kết quả', 'tư cách lưu trú'], ['sống dở chết dở', 'chờ muốn chết', 'đợi muốn chết'], 80, 1), then(['bị đột quỵ', 'sau đột quỵ', 'bị tai biến', 'sau tai biến'], ['chăm sóc', 'chăm', 'vừa làm vừa chăm'], 100, 1), 'chậm nói', 'chậm phát triển ngôn ngữ', 'nói chậm', then(['hồi mới sang', 'hồi mới qua', 'lúc mới sang', 'hồi trước', 'hồi đó', 'ngày trước', 'lúc trước'], ['khổ muốn chết', 'cực muốn chết', 'cực khổ muốn chết'], 60)] },
      ne: { idioms: [...eitherWay(['भिसा', 'नतिजा', 'visa', 'natija', 'इमिग्रेसन'], ['मर्नु न बाँच्नु', 'न मर्नु न बाँच्नु', 'marnu na bachnu', 'na marnu na bachnu'], 80, 1), then(['स्ट्रोक भयो', 'स्ट्रोक भएपछि', 'पक्षाघात', 'stroke bhayo', 'stroke bhaepachhi'], ['हेरचाह', 'स्याहार', 'herchaha', 'syahar'], 100, 1), 'बोली ढिलो', 'बोल्न ढिलो', 'ढिलो बोल्छ', 'boli dhilo', 'bolna dhilo'] },
      tl: { idioms: [...eitherWay(['visa', 'resulta'], ['parang mamamatay ako sa kaba', 'mamamatay na ako sa kakahintay', 'mamamatay ako sa kakahintay'], 80, 1), then(['na stroke', 'nastroke', 'na-stroke', 'pagka stroke', 'after ng stroke'], ['alagaan', 'pag aalaga', 'mag alaga', 'nag aalaga', 'caregiver'], 100, 1), 'late magsalita', 'delayed speech', 'speech delay', 'hindi pa nagsasalita', 'mabagal magsalita'] },
      pt: { idioms: [...eitherWay(['visto', 'resultado', 'imigração'], ['morrendo de ansiedade', 'morrendo de esperar', 'nem vivo nem morto'], 80, 1), then(['teve um avc', 'teve avc', 'depois do avc', 'desde o avc', 'teve derrame', 'depois do derrame'], ['cuidar', 'cuidando', 'cuidadora', 'cuidador'], 100, 1), 'atraso na fala', 'atraso de fala', 'demora pra falar', 'demora para falar', 'fala atrasada'] },
      id: { idioms: [...eitherWay(['visa', 'hasil', 'imigrasi'], ['mati penasaran', 'deg degan setengah mati', 'setengah mati nunggu', 'setengah mati menunggu'], 80, 1), then(['kena stroke', 'terkena stroke', 'setelah stroke', 'sejak stroke', 'pasca stroke'], ['merawat', 'ngerawat', 'rawat', 'mengurus'], 100, 1), 'telat bicara', 'terlambat bicara', 'speech delay', 'lambat bicara', 'telat ngomong'] },
    },
  },
  ...SUPPOSED_AND_OVER,
  ...SAID_AND_SEEN,
  ...STRAIN_AND_SCOLDING,
  ...STRAIN_PARTED_AND_TAUGHT,
  ...ROUND_3_SEEN_AND_BODILY,
  ...PASS_26_EVERYDAY_USE,
  ...PASS_26_C3_SAFE,
  ...PASS_27_SAFE,
  ...PASS_27_SAFE_3,
];
