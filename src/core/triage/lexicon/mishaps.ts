/**
 * Small mishaps at home told treated or small, which the model may read as an emergency or self-harm
 * (see `smallMishap` in engine.ts): what the mishap was, how it was treated, and what makes it no
 * small thing after all.
 */

/**
 * A small mishap at home, in every language, as residents write it: a cut while cooking, slicing
 * onions or peeling, a finger or an ear nicked cutting hair or shaving, hot oil or the stove, a DIY
 * slip, a burn frying or from the kettle or the iron («cut my hand cooking», 「料理中に指を切った」,
 * 剪头发剪到耳朵, 요리하다 손 베였, «thái hành bị dao cứa», «naghihiwa ng sibuyas», «cortando cebola»,
 * «jari kena pisau pas masak», तरकारी काट्दा, "burnt myself making tempura"), or a pet's scratch or bite
 * («mèo cào», "cat scratched me", 「猫にひっかかれた」).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
export const MISHAPS: readonly string[] = [
  // en
  'cat scratch', 'cat scratched', 'kitten scratched', 'scratched by my cat', 'scratched by the cat', 'scratched by a cat', 'dog bit', 'dog bite', 'puppy bit', 'cat bit', 'cat bite', 'hamster bit', 'bitten by my dog', 'bitten by the dog', 'bitten by a dog', 'bitten by my cat', 'frying', 'deep frying', 'tempura', 'baking', 'the oven', 'oven tray', 'the kettle', 'the pan', 'a pan', 'hot pan', 'making dinner', 'making lunch', 'making breakfast', 'making tea', 'making coffee', 'curling iron', 'hair straightener', 'straightener', 'ironing', 'the iron$', 'bbq', 'barbecue', 'cooking', 'chopping', 'slicing', 'peeling', 'grating', 'shaving', 'haircut', 'cutting onion', 'cutting an onion', 'cutting veg', 'cutting bread', 'cutting meat', 'cutting my hair', 'cutting his hair', 'cutting her hair', 'kitchen knife', 'in the kitchen', 'knife slipped', 'on the stove', 'hot oil', 'oil splash', 'paper cut', 'tin can', 'gardening', 'diy$', 'my finger', 'his finger', 'her finger',
  // ja
  '猫に引っか', 'ねこにひっか', '猫にひっか', '犬に噛ま', '犬にかま', 'いぬにかま', '猫に噛ま', '猫にかま', 'ねこにかま', '天ぷら', 'てんぷら', '揚げ', 'オーブン', 'やかん', 'ケトル', '鍋', 'なべ', 'ヘアアイロン', 'コテ', '炒め', 'いため', '料理', 'りょうり', '包丁', 'ほうちょう', '野菜を切', 'やさいをき', '玉ねぎ', 'たまねぎ', '髪を切', 'かみをき', '散髪', 'さんぱつ', '髭を剃', 'ひげを剃', 'ひげをそ', 'ひげそり', '油がはね', 'あぶらがはね', '油が跳ね', '揚げ物', 'あげもの', 'フライパン', 'アイロン', '日曜大工', '指を切', 'ゆびをき', '指先を切',
  // zh
  '被猫抓', '被狗咬', '被猫咬', '猫抓', '狗咬', '被仓鼠咬', '炸', '煎', '烤箱', '水壶', '锅', '卷发棒', '熨斗', '做菜', '烧饭', '天妇罗', '做饭', '煮饭', '炒菜', '切菜', '切肉', '切水果', '削皮', '削水果', '剪头发', '剪发', '刮胡子', '油溅', '溅到油', '热油', '菜刀', '切到手', '割到手', '划到手', '切到手指', '割到手指', '手指',
  // ko
  '고양이한테 긁', '고양이한테 할퀴', '고양이가 할퀴', '고양이에게 할퀴', '강아지한테 물', '강아지가 물', '개한테 물', '고양이가 물', '튀김', '튀기', '오븐', '냄비', '주전자', '고데기', '볶', '부침', '요리하', '요리 하', '칼질', '양파', '야채 썰', '채소 썰', '과일 깎', '머리 자르', '머리를 자르', '면도', '기름 튀', '기름이 튀', '프라이팬', '다리미', '손가락',
  // vi
  'mèo cào', 'bị mèo cào', 'chó cắn', 'bị chó cắn', 'mèo cắn', 'bị mèo cắn', 'chuột hamster cắn', 'chiên', 'rán', 'lò nướng', 'nồi', 'ấm nước', 'máy uốn tóc', 'bàn là', 'bàn ủi', 'nướng', 'nấu ăn', 'nấu cơm', 'thái hành', 'thái rau', 'thái thịt', 'cắt rau', 'cắt hành', 'cắt thịt', 'gọt', 'cắt tóc', 'cạo râu', 'dầu bắn', 'mỡ bắn', 'bắn dầu', 'dao cứa', 'dao thái', 'ngón tay', 'đứt tay',
  // tl
  'kinalmot ng pusa', 'kinalmot ako', 'kalmot ng pusa', 'kinagat ng aso', 'kinagat ng pusa', 'kinagat ako ng', 'kagat ng aso', 'nagpiprito', 'nagprito', 'pagpiprito', 'piniprito', 'oven', 'kaldero', 'takure', 'plantsa', 'nagpaplantsa', 'nag iihaw', 'nagiihaw', 'nagluluto', 'nagluto', 'naghihiwa', 'naghiwa', 'sibuyas', 'gulay', 'nagbabalat', 'nagpapagupit', 'nag aahit', 'nagaahit', 'mantika', 'kawali', 'daliri',
  // pt
  'gato arranhou', 'gato me arranhou', 'arranhão de gato', 'arranhada do gato', 'cachorro mordeu', 'cachorro me mordeu', 'mordida de cachorro', 'gato mordeu', 'gato me mordeu', 'fritando', 'fritar', 'frigideira', 'forno', 'panela', 'chaleira', 'chapinha', 'babyliss', 'ferro de passar', 'pastel', 'churrasco', 'fazendo comida', 'fazendo o almoço', 'fazendo a janta', 'cozinhando', 'cozinhar', 'cortando cebola', 'cortando legume', 'cortando carne', 'cortando pao', 'descascando', 'cortando o cabelo', 'cortar o cabelo', 'fazendo a barba', 'oleo quente', 'oleo espirrou', 'no fogao', 'faca de cozinha', 'dedo$',
  // id
  'dicakar kucing', 'cakaran kucing', 'digigit kucing', 'digigit anjing', 'gigitan anjing', 'gigitan kucing', 'goreng', 'menggoreng', 'ngegoreng', 'oven', 'panci', 'wajan', 'teko', 'catok', 'setrika', 'nyetrika', 'masak', 'memasak', 'motong bawang', 'memotong bawang', 'motong sayur', 'memotong sayur', 'iris bawang', 'ngiris', 'mengiris', 'kupas', 'potong rambut', 'cukur', 'minyak panas', 'kecipratan minyak', 'pisau dapur', 'jari$', 'jariku', 'jari saya',
  // ne
  'बिरालोले कोर', 'बिरालोले चिथो', 'कुकुरले टोक', 'biralo le kor', 'biralole kor', 'kukur le tok', 'kukurle tok', 'तारेर', 'तार्दा', 'पकाउँदा', 'चिया बनाउँदा', 'कराही', 'कुकर', 'इस्त्री', 'tarda', 'pakauda', 'chiya banauda', 'karahi', 'cooker', 'istri', 'खाना पकाउँदा', 'खाना बनाउँदा', 'तरकारी काट्दा', 'प्याज काट्दा', 'कपाल काट्दा', 'दाह्री काट्दा', 'तातो तेल', 'औंला', 'औँला', 'khana pakauda', 'tarkari katda', 'aunla',
];

/**
 * The injury said treated or small: stitched, bandaged, the bleeding stopped, only a blister, a
 * little blood («got stitches», 「血は止まった」, 已经止血了, 물집만, «băng rồi», «konti lang dugo»,
 * «já fiz curativo», «udah diplester», थोरै रगत).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
export const TREATED: readonly string[] = [
  // en
  'tiny blister', 'small blisters', 'minor burn', 'small burn', 'got stitches', 'had stitches', 'stitched', 'bandaged', 'band aid', 'bandaid', 'a plaster', 'bleeding stopped', 'stopped bleeding', 'bleeding has stopped', 'blood stopped', 'just a blister', 'only a blister', 'small blister', 'a little blood', 'bit of blood', 'not deep', 'small cut', 'minor cut', 'just a scratch', 'just a nick',
  // ja
  '小さい水ぶくれ', 'ちょっと水ぶくれ', '少し水ぶくれ', 'ちいさいみずぶくれ', 'ちょっとみずぶくれ', 'すこしみずぶくれ', 'みずぶくれちょっと', 'みずぶくれがちょっと', '血は止ま', '血が止ま', 'ちはとま', 'ちがとま', '止血し', '絆創膏', 'ばんそうこう', '縫っ', '縫いました', '何針', '水ぶくれだけ', 'みずぶくれだけ', '少し血', 'すこし血', 'ちょっと血', 'かすり傷', 'かすりきず', '軽いやけど', '浅い傷',
  // zh
  '小水泡', '起了点泡', '止血了', '已经止血', '血止住了', '血已经止住', '不流血了', '包好了', '包扎好', '包扎了', '创可贴', 'ok绷', '缝了', '缝针', '一点血', '一点点血', '起了个水泡', '只起了', '小伤口', '伤口不深', '不太深',
  // ko
  '물집 조금', '물집 살짝', '작은 물집', '물집이 조금', '피는 멈췄', '피가 멈췄', '피 멈췄', '지혈했', '지혈 했', '밴드 붙', '반창고', '꿰맸', '물집만', '피가 조금', '피가 살짝', '조금 베', '살짝 베', '살짝 데',
  // vi
  'phồng rộp nhỏ', 'phồng rộp nhẹ', 'bỏng nhẹ', 'chảy máu tí', 'chảy máu chút', 'chảy máu xíu', 'chảy máu nhẹ', 'rướm máu', 'băng rồi', 'băng lại rồi', 'băng bó rồi', 'cầm máu rồi', 'đã cầm máu', 'hết chảy máu', 'máu ngừng chảy', 'máu đã ngừng', 'khâu mấy mũi', 'khâu rồi', 'chảy ít máu', 'ít máu', 'chút máu', 'băng cá nhân', 'dán urgo', 'vết thương nhỏ', 'không sâu',
  // tl
  'maliit na paltos', 'konting paltos', 'konti lang dugo', 'konti lang ang dugo', 'konting dugo', 'kaunting dugo', 'tumigil na ang dugo', 'tumigil na dugo', 'huminto na ang dugo', 'binendahan', 'tinahi', 'paltos lang', 'maliit na sugat', 'hindi malalim',
  // pt
  'bolhinha', 'bolha pequena', 'fiz curativo', 'fiz um curativo', 'levei pontos', 'levou pontos', 'parou de sangrar', 'sangue parou', 'so fez bolha', 'so uma bolha', 'sangrou um pouco', 'um pouco de sangue', 'pouco sangue', 'corte pequeno', 'nao foi fundo', 'superficial',
  // id
  'melepuh dikit', 'melepuh sedikit', 'melepuh kecil', 'diplester', 'udah diperban', 'sudah diperban', 'dijahit', 'darahnya udah berhenti', 'darahnya sudah berhenti', 'darah sudah berhenti', 'darah udah berhenti', 'sedikit darah', 'cuma dikit', 'cuma melepuh', 'luka kecil', 'gak dalam', 'tidak dalam', 'cuma lecet',
  // ne
  'सानो फोका', 'sano phoka', 'थोरै रगत', 'रगत रोकियो', 'रगत बन्द भयो', 'रगत थामियो', 'पट्टी बाँध', 'टाँका लगा', 'फोका मात्र', 'सानो घाउ', 'thorai ragat', 'ragat rokiyo', 'patti bandhe',
];

/**
 * What makes a mishap no small thing, in every language: bleeding that will not stop or a lot of
 * it, deep, a bone, faint, dizzy or pale, the wrist, on purpose, again, a wish to die, an ambulance,
 * the whole body or the face.
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
export const NOT_SMALL: readonly string[] = [
  // en
  'wont stop', 'doesnt stop', 'not stopping', 'keeps bleeding', 'still bleeding', 'bleeding through', 'soaked', 'a lot of blood', 'lots of blood', 'so much blood', 'spurt', 'gush', 'pouring', 'deep$', 'bone$', 'faint', 'dizzy', 'pale$', 'passed out', 'unconscious', 'wrist', 'on purpose', 'deliberately', 'again$', 'suicid', 'kill myself', 'to die$', 'ambulance', 'all over', 'whole arm', 'face$', 'eye$',
  // ja
  '止まらな', 'とまらな', 'まだ血', '血がまだ', 'ちがまだ', 'にじんで', '大量', 'たくさん', 'いっぱい', '深い', 'ふかい', '骨', 'ほね', 'ふらふら', 'めまい', '気が遠', '意識', 'いしき', '顔色', '真っ青', 'まっさお', '手首', 'てくび', 'わざと', 'また', '死に', 'しにた', '救急', 'きゅうきゅう', '全身', 'ぜんしん', '顔', 'かお',
  // zh
  '止不住', '不停', '很多血', '好多血', '大量', '流了很多', '一直流', '还在流', '还在出血', '流个不停', '血还', '很深', '骨头', '头晕', '晕', '昏', '脸色', '苍白', '手腕', '故意', '又', '想死', '救护车', '全身', '脸',
  // ko
  '안 멈', '멈추지 않', '계속 나', '많이', '깊', '뼈', '어지러', '기절', '의식', '창백', '손목', '일부러', '죽고', '구급차', '119', '전신', '얼굴',
  // vi
  'không cầm', 'không ngừng', 'không dừng', 'không ít', 'vẫn chảy', 'chảy mãi', 'chảy hoài', 'cứ chảy', 'vẫn ra máu', 'chảy nhiều', 'nhiều máu', 'rất nhiều', 'sâu$', 'xương', 'chóng mặt', 'ngất', 'bị xỉu', 'xỉu rồi', 'muốn xỉu', 'sắp xỉu', 'cổ tay', 'cố ý', 'tự cứa', 'tự rạch', 'tự tử', 'muốn chết', 'cấp cứu', 'cả người', 'mặt$',
  // tl
  'ayaw tumigil', 'dumudugo pa', 'hindi tumitigil', 'di tumitigil', 'hindi humihinto', 'maraming dugo', 'ang daming dugo', 'malalim', 'buto$', 'nahihilo', 'hinimatay', 'nawalan ng malay', 'maputla', 'pulso', 'sinadya', 'sinasadya', 'ulit$', 'magpakamatay', 'ambulansya', 'buong katawan', 'mukha',
  // pt
  'nao para', 'nao parou', 'nao estanca', 'muito sangue', 'sangrando muito', 'ainda sangr', 'ta sangrando', 'continua sangrando', 'fundo$', 'profundo', 'osso', 'tontura', 'tonta$', 'tonto$', 'desmai', 'palid', 'pulso', 'de proposito', 'de novo', 'outra vez', 'suicid', 'morrer', 'ambulancia', 'samu$', 'corpo todo', 'rosto',
  // id
  'gak berhenti', 'ga berhenti', 'masih berdarah', 'berdarah terus', 'darahnya terus', 'tidak berhenti', 'nggak berhenti', 'ngga berhenti', 'belum berhenti', 'banyak darah', 'darahnya banyak', 'tulang', 'pusing', 'pingsan', 'pucat', 'pergelangan', 'nadi$', 'sengaja', 'bunuh diri', 'mati$', 'ambulans', 'seluruh', 'muka$', 'wajah',
  // ne
  'रोकिएन', 'रोकिँदैन', 'थामिएन', 'बगिरह', 'अझै रगत', 'धेरै रगत', 'गहिरो', 'हड्डी', 'रिंगटा', 'बेहोस', 'नाडी', 'जानीजानी', 'फेरि', 'मर्न', 'एम्बुलेन्स', 'पुरै', 'अनुहार', 'rokiyena', 'dherai ragat', 'behos',
];
