/**
 * Plainly administrative topics that no welfare window serves (LABELLING.md: `other`): rubbish days and
 * bulky rubbish, first-aid / CPR / AED courses, lost property, a bicycle towed or stolen, tax forms and
 * certificates, car tax, registering a death, an address, a seal or a dog, a copy of the residence record, a
 * driving licence; the paperwork after a death (stopping the deceased's pension, returning or cancelling
 * their insurance card, closing their account, the name on a utility contract), a pet's clinic, a library
 * book or card, booking a community room, a parking ticket, the ward office's opening hours. A venue alone
 * (「公民館」, "toei bus", a library) is not a topic: a question about it hides the window's words
 * ("is there a Japanese class at the community hall?"), so venues are written with the errand. When a concern names one of these, no category phrase of any window lies outside
 * it and no crisis is raised, the engine answers `other` (see `engine.ts`). Written as people type
 * them, in the style of the category lexicons; all languages are checked on every message (the topics
 * are named in Japanese loanwords and English as often as in the resident's own language).
 */
// biome-ignore format: a language's topics stay together on a few lines, easy to read and extend
export const ROUTINE: Readonly<Record<string, readonly string[]>> = {
  ja: [
    'くんれんでした', '訓練でした', 'ひなんくんれん', 'ぼうさいくんれん', 'しょうぼうくんれん',
    '粗大ごみ', 'ごみの出し方', 'ごみの日', 'ごみのだしかた', 'ごみのひ', 'ごみ...分別', 'ごみ...何曜日', 'ごみ...なんようび', '燃えるごみ', '燃えないごみ', 'もえるごみ', 'もえないごみ', '資源ごみ', 'プラごみ',
    '救命講習', 'きゅうめいこうしゅう', '心肺蘇生', '心臓マッサージ', '普通救命', '応急手当...講習', 'aed$',
    '落とし物', '落し物', 'おとしもの', '忘れ物', '遺失物', '財布...落とし', 'さいふ...おとし', '財布を拾', 'さいふをひろ', '放置自転車', '自転車...撤去', '自転車...盗まれ', 'じてんしゃ',
    '住民税', '課税証明', '納税証明', '確定申告', '年末調整', '源泉徴収', '自動車税',
    '死亡届', '死亡診断書', 'しぼうしんだんしょ', 'しぼうとどけ', '病院で亡くな', '病院でなくな', '亡くなった後の手続', '葬式の後の手続', 'おそうしき...てつづき', 'そうしき...てつづき', '避難訓練', '防災訓練', '消防訓練', '死亡証明', '葬祭費', '火葬許可', '埋葬料', '年金...止める', '年金の停止', '年金...停止の手続', 'ねんきん...とめる', '相続の手続', '相続手続', '遺族年金', '年金の手続', 'ねんきんのてつづき', 'ねんきん...てつづき',
    '住所変更', '転入届', '転出届', '転居届', '住民票', '印鑑登録', 'マイナンバーカード', '犬の登録', '狂犬病...注射', '運転免許',
    '街灯', '街路灯', '防犯灯',
    '介護保険証の返却', '保険証の返却', '保険証...返却', '保険証...返す', '保険証...かえす', '年金を止め', '年金...止め', '年金...口座...手続', '口座...年金...手続', 'ぎんこうのてつづき', '銀行の手続', '名義変更', '名義...変え', 'めいぎ...かえ', 'でんきのけいやく', 'ガスのけいやく', 'すいどうのけいやく', '電気の契約', 'ガスの契約', '水道の契約', 'けいやく...かえたい', 'てつづきおしえて', 'てつづきをおしえて', 'しやくしょでなにを', '市役所で何を', '区役所で何を', '動物病院', 'どうぶつのびょういん', 'どうぶつびょういん', '獣医', '会議室...予約', '体育館...予約', 'パスポート...なくし', 'パスポート...落とし', 'ごみ...いつだせ', 'ごみ...いつ出せ', '駐車違反', '開庁時間', '区内で引っ越',
    '図書館の本', '図書館...延滞', '図書館...返却', 'としょかんのほん', '公民館の部屋', 'こうみんかんのへや', '都営バス...忘れ物', '都営バス...落とし', '都営バスに忘れ', '都営線...忘れ物', '都営地下鉄...忘れ物',
  ],
  en: [
    'change the address', 'address on my...card', 'batteries$', 'old battery', 'bin rules', 'bin day', 'which bin', 'bins out', 'spray cans',
    'bulky waste', 'bulky rubbish', 'bulky garbage', 'bulky item', 'oversized garbage', 'sodai gomi', 'garbage day', 'rubbish day', 'trash day', 'garbage collection', 'rubbish collection', 'recycling day', 'burnable garbage', 'burnable trash', 'plastic garbage', 'garbage calendar', 'pet bottles',
    'fire drill', 'evacuation drill', 'disaster drill', 'first aid course', 'first aid class', 'first aid training', 'cpr$', 'aed$', 'lifesaving course',
    'lost and found', 'lost property', 'left my umbrella', 'left my bag', 'lost my wallet', 'found a wallet', 'hand it in', 'bicycle', 'bike was towed', 'bike got towed', 'bike registration',
    'residence tax', 'resident tax', 'residents tax', 'tax certificate', 'jidousha zei', 'jidosha zei', 'jidoushazei', 'jidoshazei', 'kei jidousha', 'road tax', 'tax return', 'car tax', 'vehicle tax', 'tax form', 'juminzei', 'juuminzei', 'kazei shomeisho', 'kazei shoumeisho', 'nozei shomeisho', 'kakutei shinkoku', 'nenmatsu chosei', 'nenmatsu chousei', 'gensen choshuhyo',
    'death certificate', 'death certificate...pension', 'death certificate...bank', 'passed...in hospital', 'passed...at the hospital', 'register the death', 'funeral grant', 'cremation permit', 'stop her pension', 'stop his pension', 'cancel her pension', 'cancel his pension', 'passed away...pension', 'pension and bank', 'pension or bank', 'died...pension', 'death...pension', 'inheritance procedure', 'probate', 'survivors pension', 'survivor pension', 'passed away in hospital', 'passed away at the hospital', 'passed away in the hospital', 'died in hospital', 'died at the hospital', 'died in the hospital',
    'change of address', 'change my address', 'address change', 'moving in notification', 'tennyu', 'tenshutsu', 'juminhyo', 'my number card', 'inkan registration', 'seal registration', 'registration of my dog', 'dogs registration', 'register my dog', 'drivers license', 'driving licence', 'driving license',
    'streetlight', 'street light', 'street lamp',
    'cancel his...insurance', 'cancel her...insurance', 'cancel his...pension', 'cancel her...pension', 'stop his...pension', 'stop her...pension', 'do with her...pension', 'do with his...pension', 'do with her...card', 'do with his...card', 'about his pension', 'about her pension', 'pension and bank account', 'pension or bank account', 'forms for his pension', 'forms for her pension', 'his health insurance card', 'her health insurance card', 'his care insurance card', 'her care insurance card', 'close his bank account', 'close her bank account', 'cancel my late', 'pension paperwork', 'paperwork for...pension', 'change the name on the...bill', 'change the name on the...contract', 'animal hospital', 'emergency animal hospital', 'vet$', 'vets$', 'veterinary', 'library fine', 'library book', 'library card', 'overdue book', 'community centre room', 'community center room', 'book a room', 'meeting room', 'lost my passport', 'passport photo', 'plastic bottles', 'collection point', 'parking ticket', 'parking fine', 'residence certificate', 'certificate of residence', 'city hall open', 'ward office open', 'office open on', 'opening hours', 'moving within the ward',
    'lost...on the toei', 'left...on the toei', 'toei bus...lost property', 'toei bus...lost and found',
  ],
  zh: [
    '死亡诊断书', '死亡证明书', '过咗身...年金', '过咗身...银行', '过身...年金', '去世...年金...银行', '过世...年金...银行', '年金同埋银行', '年金和银行', '在医院过世', '在医院去世', '在医院走了', '葬祭费', '保险公司...银行', '银行...保险公司',
    '大件垃圾', '粗大垃圾', '垃圾分类', '垃圾分類', '扔垃圾', '倒垃圾', '可燃垃圾', '资源回收', '宝特瓶', '塑料瓶...标签', '回收...星期几', '垃圾...礼拜几', '垃圾...星期几',
    '消防演习', '消防演練', '防灾训练', '避难训练', '急救培训', '急救课', '急救課程', '急救训练', '急救講習', '心肺复苏',
    '失物招领', '丢了钱包', '钱包丢', '捡到钱包', '捡到一个钱包', '遗失物', '遺失物', '跌咗', '自行车', '单车',
    '住民税', '纳税证明', '课税证明', '报税', '確定申告', '确定申告', '源泉徴収',
    '死亡登记', '死亡证明', '丧葬费', '遗属年金', '遗族年金', '汽车税', '自动车税', '车辆税', '丧葬补助', '年金...停', '健保...停', '继承手续', '继承的手续', '遗产继承',
    '住民票', '地址变更', '住址变更', '迁入', '转入手续', '印鉴登录', '印鑑登録', '驾照', '驾驶执照', '狗...登记', '宠物登记',
    '路灯', '街灯',
    '养老金...停止', '养老金...退还', '保险证...退还', '健保卡...缴回', '健保卡...退还', '介护保险证要还', '介护保险证...退还', '保险证要还', '银行账户...解约', '银行账户...注销', '银行账户和年金', '年金和银行账户', '区役所哪个窗口', '区役所的哪个窗口', '过户', '名义变更', '宠物医院', '动物医院', '兽医', '逾期...罚钱', '逾期...罚款', '会议室...预约', '体育馆...预约', '护照掉了', '护照丢了', '护照弄丢', '丢了护照', '钱包掉', '钱包不见', '停车罚单', '违停罚单', '区内搬家',
    '图书馆的书', '图书馆...逾期', '都营巴士...丢', '都营巴士...掉', '都营...忘了',
  ],
  ko: [
    '보험증...반납', '건강보험증...반납', '보험증을 반납', '건강보험증 반납',
    '대형폐기물', '대형쓰레기', '대형 쓰레기', '분리수거', '쓰레기 버리', '타는 쓰레기', '쓰레기...요일',
    '소방훈련', '소방 훈련', '대피훈련', '대피 훈련', '방재훈련', '심폐소생술', '응급처치 교육', '응급처치 강습', '응급처치 교육',
    '분실물', '유실물', '지갑 잃어버', '지갑을 잃어버', '지갑 주웠', '지갑을 주웠', '자전거',
    '주민세', '납세증명', '과세증명', '연말정산', '확정신고', '자동차세', '수입...신고', '소득...신고',
    '사망신고', '사망 신고', '사망진단서', '사망증명서', '유족연금', '유족 연금', '상속 절차', '상속 문제', '상속 수속', '연금...해지', '연금...정지',
    '주민표', '전입신고', '주소 변경', '주소변경', '마이넘버카드', '마이넘버 카드', '인감등록', '반려견 등록', '운전면허',
    '가로등',
    '돌아가신...명의로', '돌아가신...명의...해지', '명의 변경', '명의변경', '동물병원', '동물 병원', '수의사', '연체료', '체육관 예약', '체육관...예약', '회의실 예약', '회의실...예약', '주민센터 회의실', '여권을 잃어버', '여권 분실', '주차 위반', '주차위반',
    '도서관 책', '도서관...연체', '도에이 버스...잃어버', '도에이 버스...두고',
  ],
  vi: [
    'rác cồng kềnh$', 'rác nhựa$', 'rác cháy$', 'đổ rác$', 'vứt rác$', 'phân loại rác$', 'lịch rác$', 'lịch phân loại rác$',
    'diễn tập chữa cháy$', 'diễn tập phòng cháy$', 'diễn tập sơ tán$', 'diễn tập pccc$', 'sơ cứu$', 'ép tim$', 'hô hấp nhân tạo$', 'hồi sức tim phổi$', 'đi học...sơ cứu$', 'học...sơ cứu$', 'lớp...sơ cứu$',
    'đồ thất lạc$', 'để quên$', 'bỏ quên$', 'làm rơi ví$', 'làm mất ví$', 'đánh mất ví$', 'đánh rơi ví$', 'nhặt được ví$', 'nhặt được cái ví$', 'xe đạp$', 'bị kéo đi đâu mất$', 'kéo xe đi$', 'xe...đâu mất rồi$',
    'thuế thị dân$', 'chứng nhận thuế$', 'quyết toán thuế$', 'khai thuế$',
    'khai tử$', 'giấy chứng tử$', 'tiền tử tuất$', 'mất ở bệnh viện$', 'mất tại bệnh viện$', 'mất trong bệnh viện$', 'mất...ở bệnh viện$', 'mất...tại bệnh viện$', 'qua đời...bệnh viện$', 'qua đời ở bệnh viện$', 'qua đời tại bệnh viện$', 'qua đời trong bệnh viện$', 'giấy tờ...lương hưu$', 'thủ tục...lương hưu$', 'lương hưu và bảo hiểm$', 'bảo hiểm và lương hưu$', 'thuế xe$', 'thuế ô tô$', 'thủ tục thừa kế$', 'dừng lương hưu$', 'ngừng lương hưu$',
    'thẻ my number$', 'đổi địa chỉ$', 'chuyển địa chỉ$', 'thủ tục chuyển đến$', 'đăng ký chó$', 'bằng lái$',
    'đèn đường$',
    'văn phòng lương hưu$', 'trả thẻ bảo hiểm$', 'đổi tên...hợp đồng$', 'bệnh viện thú y$', 'phòng khám thú y$', 'thú y$', 'thẻ thư viện$', 'sách thư viện$', 'đặt phòng họp$', 'mất hộ chiếu$', 'quên ô$', 'quên dù$', 'quên...trên xe buýt$', 'quên...trên tàu$', 'đánh rơi thẻ$', 'làm rơi thẻ$', 'làm mất thẻ$', 'trong có thẻ...tiền$', 'trong ví có...tiền$', 'chuyển nhà trong quận$',
    'rơi...tuyến toei$', 'quên...tuyến toei$', 'mất...tuyến toei$', 'rơi...xe buýt toei$', 'quên...xe buýt toei$',
  ],
  ne: [
    'chhata', 'card ko pin', 'pin birs', 'pin number birs', 'train ma...chhutyo', 'bus ma...chhutyo', 'saman harayo', 'saman chhutyo',
    'ठूलो फोहोर', 'फोहोर फाल्', 'सोदाइ गोमी', 'fohor', 'phohor',
    'प्राथमिक उपचार', 'प्राथमिक उपचार...कक्षा', 'cpr...कक्षा', 'aed...कक्षा', 'सीपीआर',
    'हराएको सामान', 'साइकल',
    'कर फारम', 'जुमिन्जेइ...बिल', 'जुमिन्जेई...बिल', 'जुमिन्जेइ', 'जुमिन्जेई', 'करको बिल', 'कन्बिनीमा तिर्न', 'कोन्बिनीमा तिर्न',
    'मृत्यु दर्ता', 'मृत्यु प्रमाणपत्र', 'मृत्यु...पेन्सन', 'पेन्सनको कागज', 'गाडीको कर',
    'ठेगाना परिवर्तन', 'कुकुरको दर्ता', 'ड्राइभिङ लाइसेन्स',
    'सडक बत्ती', 'बाटोको बत्ती',
    'अस्पतालमा बित्नु', 'पेन्सन र स्वास्थ्य बीमा बन्द', 'पेन्सन...बन्द गर्ने', 'बीमा बन्द गर्ने', 'पशु अस्पताल', 'जनावरको अस्पताल', 'pashu aspatal', 'पर्स हरायो', 'पर्स हराएको', 'पर्स...हरायो', 'झोला छुट्यो', 'ट्रेनमा...छुट्यो', 'बसमा...छुट्यो', 'राहदानी हरायो', 'kati baje...khul', 'कार्यालय...बन्द हुन्छ', 'कार्यालय...खुल्छ',
    'पुस्तकालयको किताब', 'toei bus ma...chhutyo', 'toei bus ma...harayo',
  ],
  tl: [
    'araw ng basura', 'kuha ng basura', 'kinukuha...basura', 'anong araw...basura', 'magtapon ng basura', 'itapon ang basura',
    'pet bottle', 'sort ng basura', 'paghihiwalay ng basura', 'hiwalay...basura', 'basura...hiwalay', 'kakuteishinkoku', 'kakutei shinkoku', 'tax return',
    'fire drill', 'first aid$', 'lost and found', 'naiwan ko po', 'nakapulot ng wallet', 'napulot ko', 'bisikleta',
    'buwis', 'death cert$', 'tax sa kotse', 'tax ng kotse', 'buwis sa kotse',
    'ilaw sa kalye', 'poste ng ilaw', 'streetlight',
    'gagawin sa...pension nya', 'gagawin sa...pension niya', 'pagpapatigil ng pensyon', 'ipatigil...pension', 'patigil...pension', 'vet$', 'beterinaryo', 'library card', 'nawala ko...sa train', 'nawala...sa tren', 'naiwan...sa train', 'nawala ang passport', 'koleksyon ng basura', 'koleksyon...basura', 'plastic na basura', 'schedule ng basura',
    'libro ng library', 'naiwan...toei', 'nawala...toei',
  ],
  pt: [
    'lixo reciclável', 'lixo reciclavel', 'dia do lixo', 'separar o lixo', 'coleta de lixo', 'lixo grande', 'jogar fora', 'jogo fora', 'joga fora', 'descartar', 'descarte de', 'simulado de incêndio', 'treinamento de incêndio', 'simulação de incêndio',
    'primeiros socorros', 'rcp$',
    'achados e perdidos', 'perdi minha carteira', 'perdi a carteira', 'achei uma carteira', 'encontrei uma carteira', 'achei um celular', 'encontrei um celular', 'bicicleta', 'bicicletário', 'bike apreendida', 'bicicleta apreendida', 'bikes apreendidas', 'depósito...apreendid', 'depósito de bicicleta', 'depósito de bike', 'perdi minha bike', 'roubaram minha bike', 'garrafa pet', 'qual dia...lixo', 'lixo...qual dia', 'que dia...lixo',
    'imposto de renda', 'comprovante...imposto', 'imposto do carro', 'comprovante de pagamento do',
    'certidão de óbito', 'auxílio funeral', 'pensão por morte', 'transferir a pensão', 'transfiro a pensão', 'passar a pensão', 'seguro de vida', 'cancelar a aposentadoria', 'cancelar a pensão',
    'mudança de endereço', 'troco o endereço', 'trocar o endereço', 'registro do cachorro', 'carteira de motorista',
    'poste de luz', 'luz do poste', 'iluminação pública', 'iluminacao publica',
    'cancelar o seguro...dela', 'cancelar o seguro...dele', 'cancelo o seguro...dele', 'cancelo o seguro...dela', 'cancelar o kokuho...dele', 'cancelar o kokuho...dela', 'cancelo o kokuho...dele', 'cancelo o kokuho...dela', 'cancelar o hoken', 'cancelo o hoken', 'trocar o nome...conta', 'veterinário', 'veterinario', 'vet 24h', 'clínica veterinária', 'hospital veterinário', 'reservar...sala', 'perdi meu passaporte', 'perdi o passaporte', 'kuyakusho abre', 'prefeitura abre', 'multa de estacionamento',
    'livro da biblioteca', 'multa da biblioteca', 'esqueci...toei', 'perdi...toei',
  ],
  id: [
    'buang sampah', 'jadwal sampah', 'sampah besar', 'sampah plastik', 'sampah botol', 'cara buang', 'buang kasur',
    'p 3 k$', 'pertolongan pertama',
    'barang hilang', 'dompet ilang', 'dompet hilang', 'nemu dompet', 'menemukan dompet', 'dompet ketinggalan', 'ketinggalan di', 'sepeda',
    'pajak penduduk', 'lapor pajak', 'bukti pajak', 'pajak mobil',
    'akta kematian', 'santunan kematian', 'pensiun janda', 'meninggal di rumah sakit', 'pensiun...dihentikan', 'berhentiin pensiun',
    'pindah alamat', 'surat pindah', 'kartu my number', 'daftar anjing', 'sim jepang',
    'lampu jalan',
    'dokumen pensiun', 'urus...pensiun', 'ngurus...pensiun', 'klinik hewan', 'dokter hewan', 'rumah sakit hewan', 'sewa gedung', 'pinjam aula', 'kehilangan dompet', 'kehilangan hp', 'kehilangan kartu', 'paspor hilang', 'kehilangan paspor',
    'buku perpustakaan', 'kartu perpustakaan', 'ketinggalan di bus toei', 'ketinggalan...toei', 'hilang...toei', 'jatuh...toei',
  ],
};
