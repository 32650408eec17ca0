import type { IdiomPair, Lexicon } from './types.ts';

/**
 * Cut by the knife or a shard, in the passive of a mishap («thái hành bị dao cứa tay», «bị mảnh kính cứa
 * vào chân»): an accident in the kitchen, not a cut made on oneself («tự cứa tay», «cứa tay tự tử»).
 */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const CUT_BY_ACCIDENT = ['bị dao', 'bị con dao', 'bị mảnh kính', 'bị kính', 'bị mảnh chai', 'bị giấy', 'bị lưỡi dao', 'bị nắp hộp', 'bị dao thái', 'dao thái'].flatMap((by) =>
  ['cứa', 'cắt', 'cứa vào', 'cắt vào', 'cứa trúng', 'cắt trúng', 'cứa đứt', 'cắt đứt'].map((cut) => `${by} ${cut}`),
);

/** A blow taken in a martial-arts or boxing class, a bout or a match («tập boxing bị đấm», «học võ bị đá»). */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const SPORT_BLOWS = ['tập võ', 'học võ', 'đấu võ', 'tập boxing', 'học boxing', 'đấu boxing', 'đánh boxing', 'tập quyền anh', 'đấu quyền anh', 'tập karate', 'tập taekwondo', 'tập judo', 'tập muay thai', 'tập vovinam', 'lớp võ', 'lớp boxing', 'đá bóng', 'đá banh', 'tập đối kháng', 'đấu đối kháng'].flatMap((sport) =>
  ['bị đấm', 'bị đá', 'bị đánh', 'bị ăn đấm', 'bị đấm trúng', 'bị đá trúng', 'bị đánh trúng'].map((blow) => `${sport} ${blow}`),
);

/**
 * A phone that "died", with when and how between («điện thoại em hôm qua chết hẳn»), and messages that
 * vanished («tin nhắn cũ mất hết», «mất hết tin nhắn»): a device and its data, not the writer («em muốn biến
 * mất» still alarms).
 */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const DEVICE_GONE: IdiomPair[] = [
  {
    reach: 1,
    a: ['điện thoại', 'điện thoại em', 'điện thoại tôi', 'điện thoại mình', 'điện thoại tui', 'đt', 'đt em', 'máy em', 'máy tôi', 'máy mình', 'laptop', 'máy tính', 'pin', 'iphone'],
    b: ['', 'hôm qua ', 'tối qua ', 'sáng nay ', 'hôm nay ', 'tự nhiên ', 'bỗng dưng ', 'lại ', 'đã ', 'bị ', 'hôm qua bị ', 'tự nhiên bị '].flatMap((when) =>
      ['chết hẳn', 'chết luôn', 'chết rồi', 'chết', 'sập nguồn', 'hỏng', 'hư', 'die', 'tắt nguồn', 'hết pin'].map((w) => `${when}${w}`),
    ),
  },
  {
    reach: 1,
    a: ['tin nhắn', 'tin nhắn cũ', 'đoạn chat', 'đoạn chat cũ', 'lịch sử chat', 'lịch sử tin nhắn', 'cuộc trò chuyện', 'hình ảnh', 'dữ liệu', 'danh bạ', 'zalo', 'messenger', 'tin nhắn zalo', 'tin nhắn messenger', 'tin nhắn trước'],
    b: ['', 'cũ ', 'cũng ', 'đều ', 'bị ', 'cũ cũng ', 'cũ đều ', 'trước đây '].flatMap((all) =>
      ['mất hết', 'mất sạch', 'mất', 'biến mất', 'biến mất hết', 'bay mất', 'bay hết', 'bị xóa', 'bị mất', 'mất tiêu', 'biến đâu mất'].map((w) => `${all}${w}`),
    ),
  },
  {
    reach: 1,
    a: ['mất hết', 'mất sạch', 'bị mất', 'bay hết', 'bị xóa hết', 'biến mất hết'],
    b: ['tin nhắn', 'đoạn chat', 'lịch sử chat', 'hình ảnh', 'dữ liệu', 'danh bạ'],
  },
];

/**
 * Someone writing in a role — a teacher, a carer, a landlord, a volunteer — who tells the words of harm and, in
 * the sentences after them, the harmless reading they found: a neighbour's report of screaming, then the visit
 * that found night terrors, autism or a dance practice; a child's bruise, then the doctor's cause; a collapse,
 * then the hospital and the patient stable; a question on abuse or suicide asked for a manual or a procedure,
 * with no case now. The harm's words and that reading are one figure; a reading denied or doubted makes none
 * (see `disowned` in engine.ts), and a blow told besides is a word of its own.
 */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const ROLE_FOUND_HARMLESS: IdiomPair[] = [
  // a neighbour's report of screaming, then the visit that found nothing
  { reach: 200, acrossSentences: 3,
    a: ['tiếng khóc', 'tiếng la hét', 'la hét', 'tiếng hét', 'tiếng đánh', 'khóc thét', 'gào khóc', 'tiếng động', 'tiếng ồn'],
    b: ['tập nhảy', 'tập múa', 'tự kỷ', 'khóc dạ đề', 'hoảng sợ ban đêm', 'không ai bị đánh', 'không có ai bị đánh', 'chưa bao giờ đánh', 'không hề đánh'] },
  // a child's mark, then the doctor's cause
  { reach: 200, acrossSentences: 3,
    a: ['vết bầm', 'bầm tím', 'vết thâm', 'vết thương', 'vết tím'],
    b: ['chẩn đoán là vết bớt', 'chẩn đoán là bớt', 'xác nhận là vết bớt', 'bớt mông cổ', 'do bệnh máu', 'do bệnh về máu', 'giảm tiểu cầu', 'phản ứng sau tiêm', 'phản ứng vắc xin', 'chỗ tiêm', 'ngã xe đạp', 'té xe đạp', 'chơi bóng rổ', 'đá bóng', 'loại trừ khả năng bạo hành', 'loại trừ khả năng ngược đãi'] },
  // a collapse, then the hospital and the patient stable
  { reach: 200, acrossSentences: 3,
    a: ['ngã', 'té', 'ngất', 'bất tỉnh', 'cấp cứu', 'xe cứu thương'],
    b: ['đã ổn định', 'tình trạng ổn định', 'đã qua cơn nguy kịch', 'không nguy hiểm đến tính mạng', 'nằm viện và ổn', 'đã khỏe hơn', 'đã tỉnh lại'] },
  // a question asked ahead for a manual or a training, on the forms a procedure is written in
  { reach: 160, acrossSentences: 2,
    a: ['quy trình chung', 'câu hỏi chung', 'hỏi chung', 'sổ tay', 'tài liệu hướng dẫn', 'tập huấn', 'buổi học', 'quy định'],
    b: ['nghi trẻ bị bạo hành', 'nghi bị bạo hành', 'nghi ngờ bạo hành', 'nghi ngờ ngược đãi', 'nghi trẻ bị ngược đãi', 'dấu hiệu bạo hành', 'dấu hiệu ngược đãi', 'nói muốn tự tử thì', 'nguy cơ tự tử', 'phòng chống tự tử'] },
  // …or told first, the question after
  { reach: 160, acrossSentences: 2,
    a: ['nghi trẻ bị bạo hành', 'nghi bị bạo hành', 'nghi ngờ bạo hành', 'nghi ngờ ngược đãi', 'nghi trẻ bị ngược đãi', 'dấu hiệu bạo hành', 'dấu hiệu ngược đãi', 'nói muốn tự tử thì', 'nguy cơ tự tử'],
    b: ['hiện không có trường hợp', 'hiện chưa có trường hợp', 'muốn biết trước', 'quy trình chung', 'sổ tay', 'tập huấn'] },
];

/** Vietnamese; diacritics fold away, so "không muốn sống" also matches "khong muon song". */
// biome-ignore format: a category's phrases stay together on a few lines, easy to read and extend
export const vi: Lexicon = {
  categories: {
    elderly: [
      // home alterations: a handrail
      ['tay vịn$', 1], ['lắp tay vịn$', 2],
      // long-term care and day service said in a few words
      ['chăm sóc dài hạn', 2], ['bảo hiểm chăm sóc', 2], ['chăm sóc ban ngày', 1.5], ['trung tâm dưỡng lão', 2],
      ['bà$', 0.3], ['ông$', 0.3],
      ['tai biến', 0.5],
      ['hay quên', 1.5], ['quên$', 0.4], ['bị lẫn', 2], ['lẫn rồi', 2], ['lú lẫn', 2], ['mất trí nhớ', 2], ['sa sút trí tuệ', 2], ['đi lạc', 1],
      ['hỏi đi hỏi lại', 1.5], ['mẹ già$', 1.5], ['bố già$', 1], ['cha già$', 1.5], ['đã già$', 1], ['già đi$', 1], ['già lắm$', 1], ['già hết$', 1], ['tôi già$', 1], ['ông bà già$', 1.5], ['già rồi', 1.5], ['già yếu', 2], ['người già', 2], ['cao tuổi', 2], ['người cao tuổi', 2],
      ['viện dưỡng lão', 2], ['dưỡng lão', 2], ['điều dưỡng', 1], ['ông tôi', 0.5], ['bà tôi', 0.5], ['ông bà', 0.5],
      ['nằm liệt', 2], ['cần người chăm sóc', 1.5], ['mẹ tôi cần', 0.5], ['bố tôi', 0.3], ['ba tôi', 0.3],
      // An explicit old age (65–100), written «83 tuổi» or «83t»; «ngoài 80», «đã 90».
      ...Array.from({ length: 36 }, (_, i) => [`${65 + i} tuổi$`, 1] as const), ...Array.from({ length: 36 }, (_, i) => [`${65 + i}t$`, 1] as const),
      ['ngoài 70$', 1], ['ngoài 80$', 1], ['ngoài 90$', 1], ['trên 70$', 1], ['trên 80$', 1], ['hơn 80$', 1], ['gần 80$', 1], ['gần 90$', 1], ['80 rồi$', 1], ['90 rồi$', 1],
      ['bà cụ$', 1.5], ['ông cụ$', 1.5], ['cụ ông$', 1.5], ['cụ bà$', 1.5], ['cụ già$', 2], ['ông già$', 1], ['bà già$', 1], ['tuổi già$', 1.5], ['về già$', 1], ['già cả$', 1.5], ['bố mẹ già$', 1.5], ['ba má già$', 1.5], ['tuổi cao$', 1.5], ['lớn tuổi rồi$', 1],
      ['ông nội$', 0.7], ['bà nội$', 0.7], ['ông ngoại$', 0.7], ['bà ngoại$', 0.7],
      ['lương hưu$', 1], ['tiền hưu$', 1], ['hưu trí$', 1], ['nghỉ hưu$', 0.7],
      ['kaigo$', 1.5], ['介護', 2], ['bảo hiểm điều dưỡng$', 2], ['yokaigo$', 2], ['youkaigo$', 2], ['要介護', 2], ['yoshien$', 1.5], ['youshien$', 1.5], ['要支援', 2], ['day service$', 1.5], ['dei sabisu$', 1.5], ['short stay$', 1], ['地域包括', 2], ['houkatsu$', 2], ['nhà dưỡng lão$', 2],
      ['lẫn nặng$', 2], ['bắt đầu lẫn$', 2], ['hơi lẫn$', 2], ['alzheimer$', 2], ['suy giảm trí nhớ$', 2], ['trí nhớ kém$', 1.5], ['mất trí$', 2], ['đi lang thang$', 1], ['giường điện$', 1], ['chân yếu$', 1], ['bị ngã$', 0.5], ['té ngã$', 0.5],
    ],
    disability: [
      // a developmental check suggested; a toddler not talking yet
      ['khám phát triển', 2], ['chưa nói được câu', 1],
      // Dyslexia.
      ['chó dẫn đường', 2], ['máy trợ thính', 1], ['chống nạng', 1], ['nạng gỗ', 1],
      ['tăng nhãn áp', 1.5], ['glôcôm', 1.5], ['mắt mờ dần', 1.5], ['chưa biết nói', 1.5], ['chậm nói', 2],
      ['chứng khó đọc', 2], ['shougai', 1.5], ['khuyết tật', 2], ['tàn tật', 2], ['tự kỷ', 2], ['xe lăn', 2], ['chậm phát triển', 2], ['khiếm thính', 2], ['khiếm thị', 2], ['điếc', 2], ['ngôn ngữ ký hiệu', 3], ['thủ ngữ', 3], ['ngôn ngữ dấu hiệu', 3],
      ['liệt nửa người$', 1], ['bại liệt$', 2], ['cắt cụt$', 1.5], ['chân giả$', 1.5], ['bị liệt$', 0.7], ['thiểu năng$', 2], ['hội chứng down$', 2], ['tăng động$', 2], ['máy trợ thính$', 1.5], ['trợ thính$', 1.5], ['nặng tai$', 1.5], ['lãng tai$', 1.5], ['mắt kém$', 1], ['chậm nói$', 1.5], ['mù lòa$', 2], ['khuyết tật trí tuệ$', 2], ['shogai$', 2], ['shougai$', 2], ['障害', 2]],
    child: [
      // a pupil's own life under parents' rules (pass K2, 17th session): the school report, bad marks, extra classes, pocket money, a phone taken away, a pupil's year
      ['học bạ$', 1.5], ['bảng điểm', 1], ['điểm kém', 1], ['bị điểm kém', 1.5], ['tiền tiêu vặt', 1.5], ['tịch thu điện thoại', 1.5], ['thu điện thoại', 1], ['bị thu điện thoại', 1.5], ['cho hs$', 1.5], ['hs lớp', 1.5], ['lớp 6$', 1.5], ['lớp 7$', 1.5], ['lớp 8$', 1.5], ['lớp 9$', 1.5], ['thi vào cấp 3', 1.5], ['thi cấp 3', 1.5], ['thi koukou', 1.5],
      // pregnancy and birth care: labour, morning sickness, the due date
      ['chuyển dạ$', 2], ['ốm nghén$', 2], ['nghén$', 1.5], ['dự sinh$', 2], ['ngày sinh dự kiến$', 2],
      // a pupil's own school day: teacher, class, homework, bad marks; not going to school; tutoring
      ['cô giáo', 0.7], ['thầy giáo', 0.7], ['chủ nhiệm', 1.5], ['cả lớp', 1], ['bạn cùng lớp', 1], ['bạn trong lớp', 1], ['bài tập về nhà', 1], ['học kèm', 1.5], ['gia sư', 1], ['thi cuối kỳ', 0.7], ['điểm kém', 1], ['shuugaku ryokou', 1.5], ['ko đi học', 1], ['không đi học', 1], ['ko đến trường', 1.5], ['không đến trường', 1.5],
     
      // first years: twins, weaning, teething, check-ups, birth allowance, mother-child handbook
      ['sinh đôi', 1.5], ['song sinh', 1.5], ['ăn dặm', 2], ['mọc răng', 1.5], ['khám sức khỏe cho bé', 2], ['trợ cấp sinh con', 2], ['tiền sinh con', 1.5], ['sổ mẹ con', 2], ['sổ tay mẹ con', 2], ['sổ tay mẹ và bé', 2],
      ['hoikuen', 2],
      ['母子手帳', 2], ['boshi techo', 2], // Japanese words residents type as they are
      ['con tôi', 0.7], ['con nhỏ', 1.5], ['em 13 tuổi$', 1.5], ['em 14 tuổi$', 1.5], ['em 15 tuổi$', 1.5], ['con$', 0.3], ['trẻ$', 0.5], ['em bé', 1.5], ['mang thai', 2], ['có thai', 2], ['có bầu', 2],
      ['khám thai', 2], ['sinh con', 2], ['sau sinh', 2], ['nhà trẻ', 2], ['mẫu giáo', 2], ['đi học', 1], ['không chịu đi học', 2],
      ['trường', 0.5], ['nghỉ học', 1], ['học lớp', 1], ['tháng tuổi', 1.5], ...Array.from({ length: 13 }, (_, i) => [`${i} tuổi`, 1] as const), ['bắt nạt', 1.5], ['nuôi con', 1], ['nuôi dạy', 1.5], ['hai con', 1], ['2 con', 1], ['ba con', 1],
      ...Array.from({ length: 9 }, (_, i) => [`lớp ${i + 1}$`, 1] as const),
      ...Array.from({ length: 12 }, (_, i) => [`con ${i + 1} tuổi$`, 1.5] as const), ...Array.from({ length: 12 }, (_, i) => [`bé ${i + 1} tuổi$`, 1.5] as const), ...Array.from({ length: 12 }, (_, i) => [`con ${i + 1}t$`, 1.5] as const),
      ['tiểu học$', 1.5], ['cấp 1$', 1], ['cấp 2$', 1], ['hoikuen$', 2], ['保育園', 2], ['gakudou$', 2], ['bầu$', 1.5], ['bé$', 0.7], ['con gái$', 0.3], ['con trai$', 0.3], ['học sinh$', 0.5],
      ['các con$', 1], ['hai đứa$', 0.7], ['2 đứa$', 0.7], ['ba đứa$', 0.7], ['3 đứa$', 0.7], ['đứa nhỏ$', 0.7], ['họp phụ huynh$', 1], ['phụ huynh$', 1], ['cháu bé$', 1], ['đưa đón con$', 1], ['đưa con đi học$', 1], ['đón con$', 1], ['児童手当', 2], ['jido teate$', 2], ['trợ cấp nuôi con$', 1.5],
      ['tụi nhỏ$', 1], ['mấy đứa nhỏ$', 1], ['các cháu nhỏ$', 1], ['hai bé$', 0.8], ['2 bé$', 0.8], ['ba bé$', 0.8], ['3 bé$', 0.8], ['2 đứa con$', 0.8], ['hai đứa con$', 0.8], ['đứa con$', 0.7], ['con còn nhỏ$', 1.5], ['con nhỏ$', 1.5], ['con út$', 0.7],
    ],
    youth: [
      ['trại trẻ mồ côi$', 1.5], ['cơ sở bảo trợ$', 1.5], ['rời cơ sở$', 1.5],
      // Students who chose the wrong course or want to drop out.
      ['chọn sai ngành', 1.5], ['học sai ngành', 1.5], ['bỏ ngang', 1], ['năm 2 đh', 1], ['năm nhất đh', 1], ['bỏ đh', 1.5], ['nghỉ đh', 1],
      // still students (a pregnancy or money trouble while at school or university)
      ['vẫn là sinh viên', 1], ['còn là sinh viên', 1], ['đều là sinh viên', 1],
      ['thanh niên', 2], ['người trẻ', 2], ['sinh viên', 1], ['tương lai', 1], ['chẳng biết tương lai$', 1.5], ['không biết tương lai$', 1.5], ['tương lai đi đâu$', 1.5], ['tìm việc', 0.7],
      ...Array.from({ length: 12 }, (_, i) => [`${18 + i} tuổi$`, 0.7] as const), ...Array.from({ length: 12 }, (_, i) => [`${18 + i}t$`, 0.7] as const),
      ['ra trường$', 1], ['mới ra trường$', 1.5], ['tốt nghiệp$', 0.7], ['xin việc$', 0.7], ['đại học$', 0.7], ['senmon$', 0.7], ['trường nghề$', 0.7], ['định hướng$', 1], ['ra ở riêng$', 1.5], ['sống tự lập$', 1],
      ['mới vào công ty$', 1], ['mới đi làm$', 1], ['cùng lứa$', 1], ['tuổi trẻ$', 1], ['bạn trẻ$', 1.5], ['giới trẻ$', 1.5], ['còn trẻ$', 1], ['bỏ học$', 0.5], ['thi trượt$', 0.7], ['học năm$', 0.7], ['năm nhất$', 1], ['năm cuối$', 0.7],
      ['bỏ trường$', 1.5], ['muốn bỏ học$', 1.5], ['thi rớt$', 1.5], ['thi trượt$', 1.5], ['học lại$', 1], ['chưa đi làm bao giờ$', 1.5], ['mình muốn gì$', 1.5], ['định hướng$', 1.5], ['đổi việc$', 1], ['chuyển việc$', 1], ['bỏ nhà$', 1], ['cãi nhau với bố mẹ$', 1.5], ['ở một mình lần đầu$', 2], ['lần đầu ở một mình$', 2],
      ['du học sinh$', 1.5], ['sinh viên năm$', 1.5], ['trường tiếng$', 1], ['học trường tiếng$', 1.5], ['vừa học vừa làm$', 1.5],
      ['thạc sĩ$', 1], ['nghiên cứu sinh$', 1], ['học năm cuối$', 1.5], ['đi phỏng vấn$', 0.7], ['học cấp 3$', 0.7],
    ],
    women: [
      // unwanted touching
      ['sờ vào người em', 1.5], ['sờ vào người mình', 1.5], ['sờ người em', 1.5], ['động chạm', 1.5], ['đụng chạm', 1],
      // a partner's control: the phone checked, friends deleted, kept from classes and groups
      ['xem điện thoại em', 1.5], ['xóa hết số', 2], ['xóa số bạn', 2], ['bắt...rời nhóm', 2], ['không cho em đi học', 2], ['không cho đi học', 1.5], ['đàn bà ở nhà', 1.5],
      // threats to post a girl's pictures
      ['dọa đăng', 1.5], ['dọa tung', 1.5], ['dọa phát tán', 1.5],
     
      // harassment at work by a man: touching her body
      ['sờ vào người tôi', 1.5], ['sờ soạng', 1.5],
      // A father beating the mother; a controlling partner (ny = người yêu).
      ['đánh mẹ e', 1.5], ['đánh mẹ em', 1.5], ['đánh mẹ tui', 1.5], ['bóp cổ mẹ', 2], ['ny e...bắt', 1], ['ny em...bắt', 1], ['bắt bật định vị', 1.5], ['bắt...kiểm tra đt', 1.5], ['bắt...kiểm tra điện thoại', 1.5], ['k cho đi chơi', 0.5], ['không cho đi chơi', 0.5],
      // a woman shouted at or put down by her husband's mother
      ['mẹ chồng...chửi', 1.5], ['mẹ chồng...mắng', 1.5], ['mẹ chồng...quát', 1.5], ['mẹ chồng...hành hạ', 2], ['mẹ chồng...xúc phạm', 1.5],
      ['bạo lực gia đình', 2], ['không cho em ra ngoài$', 2], ['không cho tôi ra ngoài$', 2], ['không cho em ra khỏi nhà$', 2], ['không cho tôi ra khỏi nhà$', 2], ['chồng...khóa cửa$', 1.5], ['chồng tôi', 0.3], ['chồng', 0.3], ['bạn trai', 1], ['bạn trai', 1], ['chửi', 2], ['chửi bới', 2],
      ['không cho tôi tiền', 2], ['cầm hết lương', 2], ['lấy hết lương', 2], ['lấy hết tiền lương', 2], ['phải xin tiền chồng', 2], ['xin chồng từng đồng', 2], ['đưa hóa đơn cho chồng', 1.5], ['kiểm soát', 1.5], ['quấy rối', 2], ['xâm hại', 2], ['hiếp', 2], ['phụ nữ', 1], ['đánh tôi', 1],
      ['người yêu cũ$', 1.5], ['bạn trai cũ$', 1.5], ['đứng đợi$', 1], ['rình$', 1.5], ['theo dõi$', 1], ['đi theo em$', 1.5], ['sờ soạng$', 2], ['sàm sỡ$', 2], ['ảnh riêng tư$', 2], ['ảnh nóng$', 2], ['tung lên mạng$', 1.5], ['dọa tung$', 2], ['kiểm tra điện thoại$', 1.5], ['giữ hết lương$', 2], ['giữ hết thẻ$', 2], ['giữ hết...lương$', 2], ['giữ hết tiền$', 2], ['chồng giữ$', 1], ['chồng cầm hết$', 1.5], ['không cho ra ngoài$', 1.5], ['mỉa mai$', 1.5], ['chê bai$', 1.5], ['to tiếng$', 1], ['lăng mạ$', 2], ['xúc phạm$', 1.5], ['chồng đánh$', 2], ['bị chồng đánh$', 2], ['bạo hành$', 2], ['nhà tạm lánh$', 2], ['bỏ chồng$', 1.5],
    ],
    livelihood: [
      ['cho nghỉ việc$', 1.5],
      // money lost to betting; borrowing from friends
      ['thua gần', 1], ['thua mất', 1], ['vay cả', 1], ['vay bạn', 1],
      // a loan left to repay
      ['khoản vay', 1], ['trả nốt', 1],
      // money gone at once (gambling, coins), borrowing to get by, pay not received
      ['mất hết tiền', 2], ['mất trắng', 1.5], ['thua hết', 1.5], ['nướng hết', 1.5], ['đi vay', 1], ['phải vay', 1], ['không được trả', 1], ['chưa được trả', 1], ['tiền tăng ca', 1], ['nợ thuế', 1.5], ['trả góp', 1], ['đòi nợ', 1.5], ['chủ nợ', 1.5],
      // money from work: injury insurance, paid leave, night allowances
      ['bảo hiểm tai nạn lao động', 1.5], ['nghỉ phép có lương', 1.5], ['nghỉ phép năm', 1], ['phụ cấp ca đêm', 1.5],
      ['lương hưu ít', 1.5], ['lương hưu không đủ', 1.5], ['lương hưu chỉ đủ', 1.5],
      // Savings running out.
      ['tiền để dành gần hết', 1.5], ['tiền tiết kiệm gần hết', 1.5], ['hết tiền tiết kiệm', 1.5], ['cháy túi', 1.5], ['viêm màng túi', 1.5],
      ['ko co hoken', 1.5], ['khong co hoken', 1.5], ['chua co bao hiem', 1.5], ['seikatsu hogo', 2], ['arubaito', 0.7], ['baito', 0.7],
      ['nợ lương', 2], ['đổi chỗ làm$', 1.5], ['đổi sang việc$', 1.5], ['chuyển chỗ làm$', 1.5], ['lo tiền$', 1.5], ['tiền gửi về$', 1.5], ['gửi tiền về$', 1.5], ['lương hưu di tộc$', 2], ['遺族年金', 1.5], ['không trả lương', 2], ['chậm lương', 2], ['ko trả lương', 2], ['chưa biết lấy đâu$', 1.5], ['không biết lấy đâu$', 1.5], ['ko biết lấy đâu$', 1.5], ['biết lấy đâu ra$', 1.5], ['lấy tiền đâu$', 1.5], ['tiền học của con$', 1], ['không có tiền gửi về$', 1.5],
      ['tìm việc làm', 1], ['xin việc làm', 1], ['nộp hồ sơ', 0.7],
      ['không có việc làm', 2], ['nợ nần', 2], ['nợ$...chồng chất$', 2], ['vay qua app$', 1.5], ['vay app$', 1.5], ['vay online$', 1.5], ['vay tiền qua app$', 1.5], ['không đủ tiền', 2], ['không có gì để ăn', 2], ['nhịn đói$', 1.5], ['bị đói$', 1], ['đói bụng$', 1], ['đói quá$', 1], ['chịu đói$', 1.5], ['đói lắm$', 1], ['chưa trả lương', 2], ['khó khăn', 1],
      ['tiền$', 0.5], ['không có tiền', 1.5], ['hết tiền', 1.5], ['thiếu tiền', 1.5], ['mất việc', 2], ['thất nghiệp', 2],
      ['bị đuổi việc', 2], ['không có việc', 2], ['trả nợ$', 2], ['khoản nợ$', 2], ['món nợ$', 2], ['tiền nợ$', 2], ['nợ ngân hàng$', 2], ['nợ thẻ$', 2], ['nợ tiền nhà$', 2], ['nợ$...vạn$', 1.5], ['nợ$...man$', 1.5], ['nợ$...triệu$', 1.5], ['mắc nợ', 2], ['vay tiền', 1.5], ['vay nợ', 1.5], ['lương', 1], ['không trả lương', 2], ['thu nhập', 1.5],
      ['nghèo', 2], ['tiền ăn', 1.5], ['không có gì ăn', 2], ['trợ cấp', 1.5], ['không đi làm được', 1.5], ['làm thêm', 0.5],
      ['trả tiền', 1], ['không trả được', 1],
      ['ko có tiền$', 1.5], ['k có tiền$', 1.5], ['ko đủ tiền$', 2], ['không đủ sống$', 2], ['ko đủ sống$', 2], ['tiền tiết kiệm$', 1], ['mất thu nhập$', 2], ['ko có thu nhập$', 2], ['lương giảm$', 2], ['giảm lương$', 2], ['cắt ca$', 1.5], ['nghỉ làm$', 0.5], ['nghỉ việc$', 0.5],
      ['học phí$', 1], ['học bổng$', 1], ['đắt quá$', 1], ['tiền sữa$', 1], ['mì gói$', 1], ['không gửi tiền$', 1.5], ['ko gửi tiền$', 1.5], ['seikatsu hogo$', 2], ['生活保護', 2], ['bảo trợ xã hội$', 2], ['hỗ trợ tài chính$', 2], ['thua lỗ$', 1.5], ['phá sản$', 2], ['vỡ nợ$', 2], ['đòi nợ$', 1.5],
      ['hello work$', 1.5], ['ハローワーク', 2], ['tiền điện$', 1], ['tiền ga$', 1], ['hóa đơn$', 1], ['cắt điện$', 1.5], ['cắt nước$', 1], ['tiền tàu$', 0.5], ['ko có việc$', 2], ['ko đủ trả$', 1.5], ['không đủ trả$', 1.5],
      ['giấy đỏ$', 1.5], ['thuế thị dân$', 1.5], ['thuế cư trú$', 1.5], ['hết gạo$', 2], ['mì tôm$', 1.5], ['cầm cự$', 1.5], ['ví mỏng$', 1.5], ['cháy túi$', 2], ['vỡ hụi$', 2], ['hụi$', 1], ['đồ ăn miễn phí$', 2], ['thực phẩm miễn phí$', 2], ['food bank$', 2], ['cắt hợp đồng$', 2], ['hết hợp đồng$', 1.5], ['không đóng được$', 1.5], ['đóng từ từ$', 1.5], ['trả góp$', 1], ['tiền hưu$', 1.5], ['không trả nổi$', 1.5], ['ko trả nổi$', 1.5], ['nợ thuế$', 1.5], ['kiếm việc$', 1.5], ['làm được việc gì$', 1.5], ['làm được nghề gì$', 1.5], ['mất nhà$', 1],
      ['không thể đi làm$', 1.5], ['ko thể đi làm$', 1.5], ['không có bảo hiểm$', 1], ['ko có bảo hiểm$', 1], ['không có tiền đi viện$', 2], ['nghỉ không lương$', 1.5], ['mất việc làm$', 2], ['bị cho nghỉ việc$', 1], ['công ty cho nghỉ$', 1],
      ['vay nặng lãi$', 1.5], ['tín dụng đen$', 1.5], ['không có đồng nào$', 2], ['ko có đồng nào$', 2], ['không còn đồng nào$', 2], ['viện phí cao$', 1.5], ['không đủ ăn$', 2], ['ko đủ ăn$', 2], ['tiền ăn...không có', 1.5], ['lương hưu ít$', 1.5], ['lương hưu thấp$', 1.5], ['gửi tiền về$', 0.7], ['không có tiền trả$', 2], ['ko có tiền trả$', 2],
    ],
    housing: [
      // noise from next door, the building's shared parts
      ['ồn ào$', 1], ['tiếng ồn$', 1.5], ['ồn tới$', 1], ['ồn đến$', 1], ['nhà bên...ồn$', 1.5], ['phòng bên...ồn$', 1.5], ['tầng trên...ồn$', 1.5], ['hành lang chung$', 1.5], ['khu vực chung$', 1.5],
      ['nhà đứng tên$', 1.5], ['căn hộ đứng tên$', 1.5], ['phòng đứng tên$', 1.5], ['trả chìa khóa$', 1],
      ['ngủ ngoài công viên$', 2], ['ngủ ở công viên$', 2], ['ngủ ngoài đường$', 2], ['ngủ ngoài ga$', 2], ['ngủ ở ga$', 2], ['ngủ ở nhà ga$', 2], ['nhà ở tạm thời$', 1.5],
      // noise from the neighbours
      ['hàng xóm...ồn$', 1.5],
      ['mái vẫn dột', 1.5], ['mái bị dột', 1.5], ['mái nhà dột', 1.5], ['sống trong xe', 1.5], ['ngủ trong xe', 1.5],
      ['sẽ ở đâu', 1.5], ['biết ở đâu', 1],
      // a house left empty after a death or a move
      ['nhà bỏ trống', 1.5],
      ['shiei jutaku', 2], ['kenei jutaku', 2], ['toei jutaku', 2],
      ['家賃', 2], ['yachin', 2], // Japanese words residents type as they are
      ['trả nhà', 1.5], ['tiền phòng', 2],
      ['không có nhà', 2], ['thuê phòng', 1.5], ['ký túc xá', 1], ['bị đuổi', 1.5],
      ['tiền nhà', 2], ['tiền thuê nhà', 2], ['thuê nhà', 2], ['chủ nhà$', 2], ['dọn đi', 1.5], ['đuổi', 1], ['đuổi ra khỏi nhà', 2],
      ['ra khỏi nhà', 1.5], ['không có chỗ ở', 2], ['chỗ ở$', 2], ['vô gia cư', 2], ['ngủ ngoài đường', 2], ['nhà ở', 2],
      ['công ty quản lý$', 2], ['ban quản lý$', 1.5], ['quản lý nhà$', 1.5], ['管理会社', 2], ['báo quản lý$', 1.5], ['nhà công$', 2], ['toei$', 2], ['căn hộ$', 1.5], ['chuyển nhà$', 0.5], ['phải chuyển nhà$', 1.5], ['phải dọn đi$', 1.5], ['phải dọn ra$', 1.5], ['đổi nhà$', 2], ['đổi phòng$', 1.5], ['tìm nhà$', 2], ['cần nhà$', 2],
      ['người bảo lãnh$', 1.5], ['hoshounin$', 2], ['保証人', 2], ['cho thuê$', 1.5], ['nhà trọ$', 1.5], ['chủ trọ$', 2], ['ở trọ$', 1.5], ['tiền cọc$', 1], ['tiền đặt cọc$', 1], ['dột nước$', 1.5], ['nấm mốc$', 1.5], ['hàng xóm ồn$', 1.5], ['tầng trên$', 0.7], ['trần nhà$', 1.5],
      ['sửa nhà$', 1], ['phá dỡ$', 1.5], ['giải tỏa$', 1.5], ['xuống cấp$', 1.5], ['ở tạm$', 1.5], ['chỗ ngủ$', 1], ['quán net$', 1.5], ['net cafe$', 1.5], ['ko có nhà$', 2], ['thang máy$', 1], ['group home$', 1.5], ['thuê$', 0.7], ['căn 1k$', 1], ['phòng trọ$', 1],
      ['ngủ ở đâu$', 1.5], ['ngủ đâu$', 1.5], ['không có chỗ ngủ$', 2], ['ko có chỗ ngủ$', 2], ['đi đâu đêm nay$', 1.5], ['đi đâu tối nay$', 1.5], ['ở nhờ$', 1.5], ['ra khỏi căn hộ$', 1.5], ['dọn ra$', 1.5],
    ],
    mental_health: [
      // a family member's suicide told as past: bereavement («Anh trai tôi tự tử 2 năm trước»)
      ['tự tử', 1.5], ['tự sát', 1.5],
      ['người chết rồi đi đâu$', 1.5], ['chết rồi đi đâu$', 1.5], ['vẽ mộ$', 1.5], ['trống rỗng$', 1.5],
      // betting apps (cá cược) as addiction
      ['cá cược', 1.5], ['app cá', 1],
      // Slang for a low mood, gaming addiction.
      ['nghiện game', 2], ['tụt mood', 1], ['suy quá', 1],
      // sad for weeks after a loss
      ['buồn mãi$', 1.5], ['thức trắng$', 1.5], ['mất ngủ vì lo$', 1.5], ['cứ buồn$', 1.5], ['buồn suốt$', 1.5],
      ['thuốc ngủ$', 1],
      ['stress', 1], ['áp lực', 1.5], ['mệt mỏi', 0.7], ['không muốn làm gì', 1.5],
      ['trầm cảm', 2], ['mất ngủ', 1.5], ['không ngủ được', 1], ['lo âu', 2], ['căng thẳng', 1], ['tâm lý', 1.5],
      ['buồn', 0.7], ['chán nản', 1.5], ['tuyệt vọng', 1.5], ['hoảng loạn', 2], ['tâm thần', 2], ['khóc', 1],
      ['sợ chính mình$', 1.5], ['mất kiểm soát$', 1], ['không kiềm chế được$', 1.5], ['ko kiềm chế$', 1.5], ['hay cáu$', 1], ['cáu gắt$', 1], ['suy sụp$', 1.5], ['không ăn không ngủ$', 1.5], ['bỏ ăn$', 0.7], ['biếng ăn$', 1], ['chán ăn$', 1], ['sợ béo$', 1.5], ['rối loạn$', 1],
      ['nghiện$', 1.5], ['cờ bạc$', 1.5], ['tự ti$', 1.5], ['vô dụng$', 1.5], ['sắp điên$', 1.5], ['phát điên$', 1.5], ['điên mất$', 1.5], ['không còn cảm xúc$', 1.5], ['trống rỗng$', 1.5], ['sang chấn$', 2], ['ám ảnh$', 1.5], ['ác mộng$', 1], ['ptsd$', 2],
      ['ko ngủ được$', 1], ['k ngủ được$', 1], ['khó ngủ$', 1], ['lo lắng$', 0.7], ['sợ hãi$', 0.7], ['muốn khóc$', 1], ['tâm trạng$', 1], ['tinh thần$', 1], ['ngột ngạt$', 1], ['kiệt quệ$', 1], ['chán chường$', 1.5], ['chán đời$', 1.5], ['buồn bã$', 1], ['đau buồn$', 1], ['đau khổ$', 1],
      ['mất hứng thú$', 1.5], ['ghét bản thân$', 1.5], ['tự trách$', 1.5], ['bế tắc$', 1.5], ['thấy mình tệ$', 1], ['không muốn gặp ai$', 1],
      ['uống rượu$', 1], ['sợ xã hội$', 2], ['ít nói$', 0.7], ['ngủ cả ngày$', 1], ['không vui$', 1], ['nặng nề$', 0.7], ['không chịu ăn$', 1], ['bỏ bữa$', 1], ['đầu độc$', 1], ['ăn rất ít$', 0.7], ['thấy sợ$', 0.7],
      ['không vượt qua$', 1.5], ['sợ gặp người$', 1.5], ['sợ ra đường$', 1.5], ['kiểm tra đi kiểm tra lại$', 1.5], ['ocd$', 2], ['không ra khỏi giường$', 1.5], ['vết cắt$', 1.5], ['tự làm đau$', 2], ['tự hại$', 2], ['bồn chồn$', 1.5], ['hồi hộp$', 1], ['tim đập nhanh$', 1], ['ai cũng ghét$', 1.5], ['không thiết$', 1.5], ['burnout$', 1.5], ['hoang tưởng$', 2], ['ảo giác$', 2], ['nghe thấy tiếng$', 1], ['nói chuyện một mình$', 1], ['pachinko$', 1.5], ['cá độ$', 1.5],
      ['nghiện rượu$', 2], ['tối nào cũng uống$', 1.5], ['đêm nào cũng uống$', 1.5], ['say xỉn$', 1], ['rượu chè$', 1.5], ['mất động lực$', 1.5], ['không có động lực$', 1.5], ['ko có động lực$', 1.5], ['không tập trung được$', 1], ['đồ vô dụng$', 1], ['chỉ muốn nằm$', 1.5],
      // Habits that took over: quitting drink, betting and lottery games, gacha top-ups, shopping that will not stop, cigarettes.
      ['bỏ rượu$', 1.5], ['cai rượu$', 2], ['bỏ nhậu$', 1.5], ['cai nhậu$', 2], ['ngày nào cũng uống$', 1.5], ['uống từ sáng$', 1.5], ['uống suốt ngày$', 1.5], ['say suốt$', 1.5], ['giấu rượu$', 2], ['giấu chai rượu$', 2], ['uống một mình$', 1], ['bia rượu$', 1],
      ['cá độ$', 1.5], ['lô đề$', 1.5], ['số đề$', 1.5], ['đánh bài$', 1], ['cờ bạc online$', 2], ['nợ cờ bạc$', 2], ['cai cờ bạc$', 2], ['casino online$', 1.5], ['cá ngựa$', 1], ['nạp tiền game$', 1], ['nạp game$', 1], ['gacha$', 1.5], ['nghiện mua sắm$', 2], ['mua sắm không kiểm soát$', 2], ['cai thuốc lá$', 1], ['bỏ thuốc lá$', 1],
    ],
    hikikomori: [
      ['ở lì trong phòng', 2], ['không ra khỏi phòng', 2], ['không ra ngoài', 1.5], ['ở trong phòng', 1.5], ['không ra khỏi nhà', 2], ['thu mình', 1.5],
      ['ở lì$', 2], ['ru rú$', 2], ['trốn trong phòng$', 2], ['đóng cửa phòng$', 1.5], ['nhốt mình$', 1.5], ['tự nhốt$', 1.5], ['không ra đường$', 1.5], ['ko ra đường$', 1.5], ['ko ra khỏi phòng$', 2], ['k ra khỏi phòng$', 2], ['ko ra khỏi nhà$', 2], ['k ra khỏi nhà$', 2], ['ko ra ngoài$', 1.5], ['không bước ra$', 1.5],
      ['ở nhà luôn$', 1], ['ở nhà mãi$', 1.5], ['cứ ở nhà$', 1], ['chỉ ở nhà$', 1], ['ở trong nhà$', 1], ['ở nhà lâu$', 1.5], ['không đi làm không đi học$', 2], ['ko đi làm ko đi học$', 2], ['không đi làm$', 0.5], ['ko đi làm$', 0.5],
      ['ngày ngủ đêm thức$', 1], ['đêm thức ngày ngủ$', 1], ['hikikomori$', 2], ['ひきこもり', 2], ['引きこもり', 2], ['ngại ra khỏi nhà$', 2], ['sợ ra ngoài$', 1.5], ['ngại ra ngoài$', 1.5], ['không gặp ai$', 1], ['ko gặp ai$', 1], ['ra lúc nửa đêm$', 1], ['chơi game cả ngày$', 1],
    ],
    single_parent: [
      // the child's surname after a divorce
      ['đổi họ cho con$', 1.5],
      // pregnant and left by the partner: to give birth and raise the child alone
      ['sinh con một mình', 1.5], ['đẻ một mình', 1.5], ['một mình sinh', 1.5],
      ['mẹ đơn thân', 2], ['bố đơn thân', 2], ['đơn thân', 2], ['một mình nuôi', 2], ['nuôi con một mình', 2], ['ly hôn', 0.4], ['tiền cấp dưỡng', 2],
      ['nuôi...một mình$', 2], ['nuôi...1 mình$', 2], ['hai mẹ con$', 0.7], ['2 mẹ con$', 0.7], ['hai bố con$', 0.7], ['2 bố con$', 0.7], ['vợ cũ$', 1.5], ['chồng cũ$', 0.5], ['ly dị$', 1.5], ['ly thân$', 1.5], ['chồng bỏ đi$', 1.5],
      ['quyền nuôi con$', 2], ['tiền nuôi con$', 2], ['cấp dưỡng$', 2], ['jido fuyo$', 2], ['fuyo teate$', 2], ['児童扶養手当', 2], ['hitori oya$', 2], ['ひとり親', 2], ['gặp con$', 1], ['thăm con$', 1], ['một mình em nuôi$', 2], ['mẹ đơn thân$', 2],
    ],
    carer: [
      // a child cooking for and minding siblings
      ['nấu cơm cho em', 1], ['chăm em', 1],
     
      // a child doing the shopping and cooking for the family
      ['đi chợ nấu cơm', 1], ['nấu cơm cho cả nhà', 1],
      // A young carer cooking and keeping house for siblings.
      ['lo cơm nước', 1.5], ['nấu cơm cho...em', 1], ['nghỉ học...để lo', 1.5], ['nghỉ học...chăm', 1.5],
      // a carer who works and has nobody to watch the person; a young carer bathing and feeding a sibling
      ['ko ai trong', 1.5], ['khong ai trong', 1.5], ['khong co ai trong', 1.5], ['ko co ai trong', 1.5], ['khong ai cham soc', 1.5], ['ko ai cham soc', 1.5], ['ko ai o nha voi', 1.5], ['khong ai o nha voi', 1.5], ['tam rua cho', 1.5], ['tam cho em', 1.5], ['cho em an', 1], ['cho an cho em', 1], ['cham em', 1], ['trong em', 0.7],
      ['chăm sóc', 1], ['phải chăm sóc', 1.5], ['phiên dịch cho bố mẹ$', 2], ['nghỉ học đi phiên dịch$', 2], ['nghỉ học để phiên dịch$', 2], ['nghỉ học...phiên dịch$', 2], ['nghỉ làm...phiên dịch$', 1.5], ['chăm mẹ', 1.5], ['chăm bố', 1.5], ['kiệt sức', 1],
      ['chăm bà$', 1.5], ['chăm ông$', 1.5], ['chăm vợ$', 1.5], ['chăm chồng$', 1.5], ['chăm chồng bị$', 1.5], ['chăm vợ bị$', 1.5], ['chăm bố bị$', 1.5], ['chăm mẹ bị$', 1.5], ['chăm...mấy năm$', 1], ['chăm...năm nay$', 1], ['chăm ba$', 1.5], ['chăm má$', 1.5], ['chăm cha$', 1.5], ['chăm người nhà$', 2], ['chăm người bệnh$', 1.5], ['chăm cả$', 1], ['chăm con khuyết tật$', 2], ['chăm em$', 1], ['chăm 2 em$', 1],
      ['vừa đi làm vừa chăm$', 2], ['vừa làm vừa chăm$', 2], ['chăm một mình$', 1.5], ['chăm 1 mình$', 1.5], ['người chăm$', 1], ['người chăm chính$', 2], ['chăm không xuể$', 2], ['chăm ko xuể$', 2], ['chăm không nổi$', 2], ['trông không nổi$', 1.5], ['không trông được$', 1.5], ['ko trông được$', 1.5], ['không ai trông$', 1.5], ['trông mẹ$', 1.5], ['trông bố$', 1.5],
      ['nghỉ việc chăm$', 2], ['nghỉ làm chăm$', 2], ['nghỉ làm để chăm$', 2], ['nghỉ việc để chăm$', 2], ['nghỉ chăm$', 1.5], ['nghỉ học để chăm$', 2],
      ['trông ông$', 1], ['trông bà$', 1], ['trông mẹ$', 1], ['trông bố$', 1], ['canh mẹ$', 1], ['canh bố$', 1], ['đưa mẹ đi viện$', 1], ['đưa bố đi viện$', 1], ['đưa mẹ đi khám$', 1], ['thay tã$', 1], ['thay bỉm$', 1],
      ['kaigo kyuka$', 2], ['kaigo kyuuka$', 2], ['介護休暇', 2], ['介護離職', 2], ['young carer$', 2], ['ヤングケアラー', 2], ['ケアラー', 2], ['người chăm sóc$', 1.5],
      ['trông em$', 1.5], ['trông 2 em$', 1.5], ['lo hết mọi thứ$', 1], ['lo vợ$', 1], ['lo chồng$', 1], ['lo cho bố$', 1], ['lo cho mẹ$', 1], ['chăm người thân$', 2], ['người thân$', 0.5], ['tắm cho$', 1], ['nhắc...uống thuốc$', 1.5], ['xoay người$', 1.5], ['short stay$', 0.3], ['ngủ gật$', 0.5],
      ['phải bế$', 0.7], ['đưa bà đi$', 1], ['đưa ông đi$', 1], ['đi thay mẹ$', 1.5], ['đi thay bố$', 1.5], ['phiên dịch cho mẹ$', 1.5], ['phiên dịch cho bố$', 1.5], ['không đủ người chăm$', 2],
    ],
    rights: [
      // a caller who tells an older parent to transfer money (a phone scam) (pass K2, 17th session)
      ['gọi điện...chuyển tiền', 2], ['gọi điện...bắt chuyển', 2], ['bảo mẹ...chuyển tiền', 1.5], ['bảo bố...chuyển tiền', 1.5], ['chuyển tiền...lấy lại', 1.5],
      // a cap on overtime; far too many overtime hours; a shop owner touching a worker who fears for her job
      ['giới hạn giờ làm', 2], ['giới hạn tăng ca', 2], ['giới hạn làm thêm', 2], ['tăng ca hơn', 1.5], ['tăng ca quá', 1.5], ['tăng ca nhiều', 1.5], ['làm thêm quá', 1.5],
      ['ông chủ...sờ', 1.5], ['chủ quán...sờ', 1.5], ['bà chủ...sờ', 1.5], ['ông chủ...động chạm', 1.5], ['sếp...động chạm', 1.5], ['sợ mất việc', 0.5], ['sợ bị đuổi việc', 0.5], ['sợ bị sa thải', 0.5],
      // a relative taking or using a parent's money, account, pension or property, or making them sign
      ['tự ý rút', 1.5], ['tự ý bán nhà', 1.5], ['lừa mẹ ký', 1.5], ['lừa bố ký', 1.5], ['ép mẹ ký', 1.5],
      ['tranh chấp thừa kế$', 2], ['tranh giành tài sản$', 2],
      ['có phải lừa đảo$', 3], ['tài khoản cá nhân$', 1.5],
      // a boss or colleague touching a worker (sexual harm at work: women, and rights)
      ['sếp...sờ vào', 1.5], ['sếp...sờ soạng', 2], ['sếp...sờ mó', 2], ['sếp...động chạm', 1.5], ['quản lý...sờ vào', 1.5], ['quản lý...sờ soạng', 2], ['tổ trưởng...sờ', 1.5], ['quấy rối tình dục', 1],
      // a boss who keeps a minor working late or does not pay
      ['chủ bắt làm', 1], ['bắt làm tới', 1], ['quỵt lương', 2],
     ['nói...bị ở nhà$', 2], ['không cho...rosai$', 2], ['không cho...tai nạn lao động$', 2], 
      // a loan app's weekly interest and threats to send photos to one's contacts
      ['lãi...tuần$', 1], ['dọa gửi ảnh', 1.5], ['dọa đăng ảnh', 1.5],
      // pay withheld, interest beyond the law and the pay-first scams
      ['tăng ca...không được trả', 1.5], ['tăng ca...chưa được trả', 1.5], ['lãi...phạm pháp', 2], ['lãi...hợp pháp', 2], ['lãi...bất hợp pháp', 2], ['cắt cổ', 1], ['trúng thưởng', 1.5], ['phí trước', 1], ['thẻ google play', 2], ['thẻ cào', 1], ['không nhận được hàng', 1.5], ['chưa nhận được hàng', 1.5], ['không hề mua', 1.5], ['không mua gì', 1.5],
      // A trainee leader skimming money, unpaid wages.
      ['ăn chặn tiền', 2], ['ăn chặn lương', 2], ['trừ lương vô lý', 1.5],
      // wages not paid (a rights matter beside the money)
      ['chưa được trả lương', 1.5], ['không được trả lương', 1.5], ['lương...chưa trả', 1.5],
      ['有給', 1.5], ['yukyu', 1.5], ['yuukyuu', 1.5], // Japanese words residents type as they are
      // wages withheld, beaten by the employer, asking what rights a trainee has
      ['quỵt lương$', 1.5], ['không trả lương$', 1.5], ['ko trả lương$', 1.5], ['k trả lương$', 1.5], ['hok trả lương$', 1.5], ['chưa trả lương$', 1], ['nợ lương$', 1], ['hỏi thì bảo nghỉ$', 1.5], ['hỏi thì đuổi$', 1.5], ['có quyền$', 0.7], ['quyền lợi$', 1], ['bị chủ đánh$', 2], ['chủ đánh$', 1.5], ['nghỉ là mất việc$', 1.5], ['nghỉ thì mất việc$', 1.5],
      ['tai nạn lao động$', 1.5], ['rousai$', 1.5], ['労災', 1.5], ['làm thêm giờ$', 0.7], ['tăng ca$', 0.5], ['không trả tiền làm thêm$', 2], ['ko trả tiền làm thêm$', 2],
      ['power hara$', 2], ['pawahara$', 2], ['パワハラ', 2], ['セクハラ', 2], ['quấy rối ở công ty$', 2], ['sếp chửi$', 1.5], ['sếp mắng$', 0.7],
      ['bắt ký$', 1.5], ['ép ký$', 1.5], ['bị ép ký$', 2], ['tự nguyện nghỉ việc$', 1.5], ['ép nghỉ việc$', 1.5], ['bị ép nghỉ$', 1.5], ['trừ lương$', 1.5], ['trừ tiền$', 1], ['lương tối thiểu$', 1.5], ['không cho nghỉ$', 0.7],
      ['đa cấp$', 2], ['hủy hợp đồng$', 1], ['giả mạo$', 1.5], ['tin nhắn giả$', 1.5], ['giả làm$', 1.5], ['lừa$', 1.5], ['bị dụ$', 1.5], ['dụ dỗ$', 1], ['link lạ$', 1.5],
      ['tiền cọc$', 0.5], ['tiền đặt cọc$', 0.5], ['không trả lại tiền cọc$', 2], ['ko trả lại tiền cọc$', 2], ['không trả cọc$', 2],
      ['seinen kouken$', 2], ['seinen koken$', 2], ['成年後見', 2], ['người giám hộ$', 2], ['quản lý tiền$', 1.5], ['quản lý tài chính$', 1.5], ['quản lý tài sản$', 2], ['rút tiền$', 1], ['thẻ ngân hàng$', 0.5], ['sổ ngân hàng$', 1], ['cầm thẻ$', 1], ['lấy hết tiền$', 1], ['tiêu hết tiền$', 0.7],
      ['di chúc$', 1], ['thừa kế$', 1.5], ['tranh chấp$', 1], ['quyền lợi$', 1.5], ['bảo vệ quyền$', 2], ['vi phạm$', 1], ['hợp pháp$', 1], ['phạm pháp$', 1], ['trái luật$', 1.5], ['luật sư$', 1.5], ['khởi kiện$', 1.5], ['kiện công ty$', 2], ['tư vấn pháp luật$', 2],
      ['cho vay nặng lãi$', 2], ['tín dụng đen$', 2], ['lãi suất$', 1], ['ngược đãi người già$', 2], ['quát mắng$', 0.7], ['đối xử bất công$', 1.5], ['phân biệt$', 1], ['chịu trách nhiệm$', 0.7], ['vay tiền hộ$', 1.5], ['lấy tên em vay$', 2], ['lấy tên tôi vay$', 2], ['giữ sổ$', 1],
      ['không trả tiền tăng ca$', 2], ['ko trả tiền tăng ca$', 2], ['khiếu nại$', 1.5], ['nạp tiền$', 1], ['tự xưng$', 1.5], ['giật tiền$', 1.5], ['đòi tiền$', 1], ['lương thấp hơn$', 1.5], ['ghi giờ làm$', 1], ['vay app$', 1.5], ['app vay$', 1.5], ['lãi cao$', 1.5], ['bắt...về nước$', 1.5], ['mắng chửi$', 0.7],
      ['giữ hộ chiếu', 2], ['bị giữ', 1],['lừa đảo', 2], ['bị lừa', 2], ['giám hộ', 2], ['tài sản', 1.5], ['hợp đồng', 1], ['phân biệt đối xử', 1.5],
      ['ép mua$', 1.5], ['không trả thêm$', 1.5], ['ko trả thêm$', 1.5], ['trả thiếu$', 1.5], ['không bồi thường$', 1.5], ['bồi thường$', 1], ['đền bù$', 1], ['gói dịch vụ$', 1], ['đăng ký thêm$', 1], ['người lạ đến nhà$', 1.5], ['mạo danh$', 2], ['lấy tên$', 1],
      ['quản lý chửi$', 1.5], ['trước mặt mọi người$', 1], ['bắt nạt ở công ty$', 2], ['chọc ghẹo$', 1], ['không tính lương$', 2], ['ko tính lương$', 2], ['không tính tăng ca$', 2], ['ko tính tăng ca$', 2], ['không trả lương tăng ca$', 2], ['lấy tiền$', 1], ['bắt ông ký$', 1.5], ['bắt bà ký$', 1.5], ['ký giấy$', 1], ['ngược đãi$', 1.5], ['bạo hành người già$', 2],
      // a boss, a team leader or a senior who shouts, insults or hits at work; a worker dismissed for a pregnancy or told to go home
      ['sếp...quát', 1.5], ['sếp...chửi', 1.5], ['sếp...đánh', 1.5], ['sếp...mắng', 1.5], ['quản lý...chửi', 1.5], ['quản lý...mắng', 1.5], ['quản lý...đánh', 1.5], ['quản lý...quát', 1.5], ['tổ trưởng...đánh', 1.5], ['tổ trưởng...chửi', 1.5], ['tổ trưởng...mắng', 1.5], ['trưởng nhóm...đánh', 1.5], ['trưởng nhóm...chửi', 1.5], ['trưởng nhóm...đá$', 1.5], ['trưởng ca...mắng', 1.5], ['trưởng ca...chửi', 1.5], ['chủ quán...đánh', 1.5], ['chủ xưởng...đánh', 1.5], ['senpai...đánh', 1.5], ['senpai...chửi', 1.5], ['bị đồng nghiệp', 1.5], ['đồng nghiệp...chọc', 1], ['đồng nghiệp...bắt nạt', 2], ['chỗ làm...bắt nạt', 2], ['bị trù dập$', 2], ['ép làm$', 1], ['bắt làm quá giờ$', 1],
      ['vì có thai$', 1.5], ['vì có bầu$', 1.5], ['vì mang thai$', 1.5], ['đuổi về nước$', 1.5], ['dọa...về nước', 1.5], ['không cho khai$', 1.5], ['tự lo viện phí$', 1.5], ['tự trả viện phí$', 1.5], ['không đóng bảo hiểm$', 1.5], ['không trả lại tiền$', 1.5],
    ],
    isolation: [
      // a pet as the only friend
      ['bạn duy nhất$', 1.5],
      // somewhere to sit and talk over tea, a team to join
      ['uống trà nói chuyện', 1.5], ['chỗ nào...nói chuyện', 1], ['đội bóng đá$', 1.5],
      ['rác chất đầy', 1.5], ['đầy rác', 1.5], ['chất đầy rác', 1.5], ['không có người thân', 1.5], ['câu lạc bộ người cao tuổi', 2],
      ['ko co ai de noi chuyen', 2], ['khong co ai de noi chuyen', 2],
      ['cô đơn', 2], ['không có bạn', 2], ['một mình', 0.7], ['không có ai để nói chuyện', 2], ['nói chuyện', 0.5], ['lẻ loi', 2],
      ['không quen ai$', 2], ['ko quen ai$', 2], ['không có ai$', 1], ['ko có ai$', 1], ['không ai đến thăm$', 1.5], ['ko ai đến thăm$', 1.5], ['không nói chuyện với ai$', 2], ['ko nói chuyện với ai$', 2], ['ko có ai nói chuyện$', 2], ['không có ai nói chuyện$', 2],
      ['cô độc$', 2], ['ko có bạn$', 2], ['k có bạn$', 2], ['muốn có bạn$', 1.5], ['kết bạn$', 1.5], ['không có ai đi chơi$', 1.5], ['không ai bên cạnh$', 1.5], ['ko ai bên cạnh$', 1.5], ['không có ai bên cạnh$', 1.5],
      ['chỗ sinh hoạt$', 1], ['nơi sinh hoạt$', 1], ['sinh hoạt cộng đồng$', 1.5], ['giao lưu$', 1], ['câu lạc bộ$', 1], ['nhóm người việt$', 1], ['chỗ nào để đến$', 1.5], ['chỗ để đi$', 1], ['ibasho$', 1.5], ['居場所', 2], ['tâm sự$', 0.7], ['tới thăm$', 0.7],
      ['buồn quá$', 0.7], ['buồn lắm$', 0.7], ['đỡ buồn$', 1], ['chẳng biết đi đâu$', 1.5], ['không biết đi đâu$', 1.5], ['ko biết đi đâu$', 1.5], ['cuối tuần$', 0.5], ['cà phê cộng đồng$', 2], ['cafe cộng đồng$', 2], ['cộng đồng$', 1], ['hội người việt$', 1],
      ['gặp các gia đình$', 1.5], ['nhóm...gặp gỡ$', 1.5], ['hội bệnh nhân$', 2], ['những người từng bị$', 1], ['cùng bệnh$', 1], ['về nước hết$', 1.5], ['còn mình em$', 1], ['còn mỗi mình$', 1.5], ['thèm có người$', 1.5], ['người nói chuyện$', 1.5], ['hoạt động$', 0.7], ['chơi cùng$', 1], ['bí bách$', 1], ['ngồi một mình$', 1.5],
      ['tụ tập$', 1.5], ['không có đứa bạn$', 2], ['có bạn$', 0.7], ['tình nguyện$', 1], ['chẳng gặp ai$', 1.5], ['không ai nói chuyện$', 2], ['ko ai nói chuyện$', 2], ['ai đó nói chuyện$', 2], ['chỉ nói chuyện với$', 1.5], ['đội bóng$', 1], ['câu lạc bộ$', 1], ['sinh hoạt$', 0.5], ['buồn chán$', 1],
      ['không nói với ai$', 1.5], ['ko nói với ai$', 1.5], ['không nói chuyện với ai$', 2], ['chưa quen ai$', 2], ['không tâm sự với ai$', 1.5], ['ko tâm sự với ai$', 1.5], ['không có người thân$', 1.5], ['ko có người thân$', 1.5], ['không ai hiểu$', 1], ['không có bạn bè$', 2], ['ko có bạn bè$', 2], ['không bạn bè$', 2], ['ko bạn bè$', 2], ['không đi chơi với ai$', 1.5],
    ],
    multicultural: [['tro cốt về$', 2], ['đưa tro cốt$', 2], ['thi hài về nước$', 2],  
      // sponsoring parents to visit Japan (pass K, 17th session)
      ['bảo lãnh...sang nhật', 2], ['bảo lãnh...qua nhật', 2], ['bảo lãnh bố mẹ', 2], ['bảo lãnh ba mẹ', 2],
      // papers the resident cannot read
      ['giấy...đọc không hiểu', 1.5], ['đọc không hiểu', 1], ['đọc ko hiểu', 1],
      // marrying a Japanese partner, a spouse visa
      ['người nhật...kết hôn', 2], ['kết hôn...người nhật', 2], ['người nhật...cưới', 1.5], ['cưới...người nhật', 1.5], ['thủ tục kết hôn', 1], ['đăng ký kết hôn', 1], ['visa vợ chồng', 2], ['visa phối ngẫu', 2], ['kết hôn quốc tế', 2],
      ['mới sang nhật', 1.5], ['mới qua nhật', 1.5], ['vừa sang nhật', 1.5], ['監理団体', 2], // new to Japan
      ['bản tiếng việt$', 2], ['hiểu hướng dẫn$', 1.5], ['không hiểu hướng dẫn$', 2], ['ko hiểu hướng dẫn$', 2],
      ['môi giới', 1.5], ['về nước', 1.5], ['về việt nam$', 1], ['gửi về việt nam$', 1.5], ['bản dịch$', 1.5], ['có dịch$', 1], ['dịch thuật$', 2], ['dịch sang tiếng$', 1.5],
      ['hộ chiếu', 1],
      ['giấy tờ', 0.7], ['gia hạn', 1], ['thẻ lưu trú', 2], ['thẻ cư trú$', 2], ['thẻ ngoại kiều$', 2], ['ngôn ngữ', 1.5],
      ['tiếng nhật', 1.5], ['không biết tiếng', 2], ['phiên dịch', 2], ['thông dịch', 2], ['visa', 2], ['thị thực', 2],
      ['tư cách lưu trú', 2], ['thực tập sinh', 2], ['du học sinh', 1.5], ['người nước ngoài', 2], ['đối xử tệ', 1],
      ['ko biết tiếng$', 2], ['k biết tiếng$', 2], ['không hiểu tiếng$', 2], ['ko hiểu tiếng$', 2], ['không đọc được$', 1], ['ko đọc được$', 1], ['không nói được tiếng$', 2], ['ko nói được tiếng$', 2], ['nói được tiếng việt$', 2], ['nói tiếng việt$', 1.5], ['bằng tiếng việt$', 1.5],
      ['người việt$', 0.5], ['gốc việt$', 1.5], ['người vn$', 1], ['sang nhật$', 0.7], ['qua nhật$', 0.7], ['sang đây$', 0.5], ['bên nhật$', 0.5], ['về vn$', 0.7], ['về việt nam$', 0.7], ['đoàn tụ$', 1.5],
      ['zairyu$', 2], ['在留', 2], ['thẻ ngoại kiều$', 2], ['xuất nhập cảnh$', 2], ['nhập cảnh$', 1.5], ['quốc tịch$', 1.5], ['vĩnh trú$', 2], ['tts$', 2], ['kỹ năng đặc định$', 2], ['tokutei$', 2], ['trường tiếng$', 1.5], ['trường nhật ngữ$', 2], ['song ngữ$', 1.5], ['tiếng việt$', 0.7],
      ['kuyakusho$', 1], ['区役所', 1], ['điền giấy$', 1], ['vợ người nhật$', 1.5], ['chồng người nhật$', 1.5], ['nước ngoài$', 0.7], ['nghiệp đoàn$', 1.5],
      // the law, schools and procedures of Japan that a newcomer does not know; the home country; help in Vietnamese
      ['luật ở nhật$', 1.5], ['luật nhật$', 1.5], ['luật bên nhật$', 1.5], ['pháp luật nhật$', 1.5], ['thủ tục ở nhật$', 1.5], ['trường học ở nhật$', 1.5], ['hệ thống...ở nhật', 1.5], ['ở nhật thế nào$', 1], ['không rành tiếng$', 2], ['ko rành tiếng$', 2], ['tiếng nhật kém$', 2], ['bằng tiếng việt$', 1.5], ['nói tiếng việt$', 1], ['người nói tiếng việt$', 1.5], ['nói nhanh quá$', 1], ['bên vn$', 0.7], ['bên việt nam$', 0.7], ['diện kỹ sư$', 1.5], ['kỹ thuật viên$', 0.7], ['ở chung với người nhật$', 1], ['bị trục xuất$', 2], ['trục xuất$', 2], ['hết visa$', 2], ['mất visa$', 2],
    ],
    medical: [
      // toothache and the dentist (pass K, 17th session)
      ['nha sĩ', 2], ['nha khoa', 2], ['răng...đau', 1.5], ['sâu răng', 1.5], ['nhổ răng', 1.5], ['viêm lợi', 1.5], ['viêm nướu', 1.5], ['ê buốt răng', 1.5],
      ['chăm sóc giảm nhẹ$', 2], ['chăm sóc cuối đời$', 2], ['không muốn cấp cứu$', 2], ['từ chối cấp cứu$', 2], ['không hồi sức$', 2], ['hospice$', 2],
      ['khám khoa nào$', 1.5], ['khám sức khoẻ định kỳ$', 1.5], ['khám sức khỏe định kỳ$', 1.5], ['đau mãn tính$', 1.5], ['đau lưng$', 1], ['không khỏi$', 0.7], 
      ['say nắng', 1.5], ['sốc nhiệt', 1.5], ['bình oxy', 2], ['thở oxy', 2], ['máy tạo oxy', 2],
      ['tiêm phòng cúm', 2],
      ['byouin', 1.5], ['kenshin', 1.5], ['kenkou shindan', 1.5],
      ['保険証', 1], // Japanese words residents type as they are
      ['tai biến', 1.5], ['đột quỵ', 1.5], ['động kinh$', 1.5],
      // «đau» (pain) folds like «đâu» (where) and «đầu» (head, «bắt đầu»): pain is said with what hurts
      ['bị đau', 1], ['đau bụng$', 1], ['đau đầu$', 0.7], ['đau ngực$', 1.5], ['tức ngực$', 1.5], ['đau răng$', 1], ['đau họng$', 1], ['đau chân$', 0.7], ['đau tay$', 0.7], ['đau khớp$', 1], ['đau dạ dày$', 1], ['đau nhức$', 1], ['đau quá$', 0.7], ['đau lắm$', 0.7], ['cơn đau$', 1], ['đau mắt$', 1], ['đau vai$', 0.7], ['đau gối$', 0.7], ['đau ốm$', 1], ['khám bệnh', 1.5], ['đi khám', 1.5],
      ['bệnh viện', 1.5], ['bác sĩ', 1], ['khám', 1], ['bị bệnh', 1], ['bệnh', 0.7], ['bị ốm', 1], ['thuốc$', 0.5], ['bảo hiểm y tế', 1.5],
      ['bảo hiểm', 0.7], ['nằm viện', 1], ['phẫu thuật', 1], ['sốt', 1], ['y tế', 1],
      ['ung thư$', 1], ['hóa trị$', 1.5], ['xạ trị$', 1.5], ['tiểu đường$', 1.5], ['huyết áp$', 0.7], ['gãy chân$', 1.5], ['gãy tay$', 1.5], ['gãy xương$', 1.5], ['bó bột$', 1.5], ['kháng sinh$', 1.5], ['đơn thuốc$', 1], ['nhà thuốc$', 1], ['phòng khám$', 1.5], ['bác sĩ nhi$', 1.5], ['khoa nhi$', 1.5], ['sốt cao$', 1.5], ['đau lưng$', 0.7], ['chấn thương$', 1], ['bị thương$', 1], ['nhập viện$', 1.5], ['xuất viện$', 1.5], ['ra viện$', 1], ['chạy thận$', 1.5], ['lọc máu$', 1.5], ['hen suyễn$', 1], ['dị ứng$', 1], ['khám sức khỏe$', 1], ['khám sức khoẻ$', 1], ['sức khỏe$', 0.5], ['sức khoẻ$', 0.5], ['y tá$', 1], ['chữa bệnh$', 1.5], ['điều trị$', 1.5], ['quên uống thuốc$', 1], ['viêm phổi$', 1.5], ['tim mạch$', 1], ['bệnh tim$', 1.5], ['byoin$', 1.5], ['病院', 1.5],
      ['tiêm phòng$', 1.5], ['tiêm chủng$', 1.5], ['vắc xin$', 1.5], ['vaccine$', 1.5], ['bị cúm$', 1], ['cảm cúm$', 1], ['viện phí$', 1],
      ['bỏ rượu...run$', 1.5], ['cai rượu...run$', 1.5], ['bỏ rượu...vã mồ hôi$', 1.5], ['cai rượu...vã mồ hôi$', 1.5], ['miếng dán nicotine$', 2], ['cai thuốc lá...phòng khám$', 1.5],
    ],
  },
  crisis: {
    suicide: [
      // burning oneself on purpose (self-harm)
      'tự làm bỏng', 'tự đốt tay', 'tự đốt mình', 'tự đốt người', 'tự châm thuốc lá', 'tự dí thuốc lá', 'cố ý làm bỏng', 'cố tình làm bỏng',
      'tin nhắn cuối cùng', 'khi mọi người đọc được',
      'nên chết', 'chết đi cho',
      'muốn...chết$', 'muốn...biến mất', 'nghĩ...cái chết', 'nghĩ đến chuyện chết', 'muốn...kết thúc',
      'lý do...để sống', 'lý do để sống', 'lý do sống', 'rời khỏi thế giới', 'rời bỏ thế giới',
      'sống không bằng chết', 'chưa từng sinh ra', 'kết thúc cuộc sống', 'buông bỏ tất cả',
      'tôi chết', 'nếu tôi chết', 'tôi mà chết',
      'tự làm đau', 'tự hại', 'tự làm hại', 'rạch tay', 'cắt tay',
      'không muốn sống nữa', 'không còn muốn sống', 'thư tuyệt mệnh', 'viết thư từ biệt', 'không ai cần tôi', 'nếu tôi không còn', 'khi tôi đi rồi', 'ngủ mãi không dậy', 'không muốn tỉnh dậy',
      'sống như địa ngục', 'cuộc đời là địa ngục',
      'ngủ...không bao giờ dậy', 'ngủ...không dậy nữa', 'không bao giờ tỉnh', 'ngủ luôn không dậy', 'không có tôi', 'uống hết thuốc', 'chết quách',
      'không muốn tồn tại', 'muốn chết đi', 'tìm đến cái chết', 'kết thúc tất cả', 'không thiết sống', 'sống làm gì', 'nhảy cầu', 'chết cho xong', 'muốn đi theo', 'không muốn thức dậy nữa',
      'muốn chết', 'không muốn sống', 'tự tử$', 'tự sát', 'sống không còn ý nghĩa', 'không còn ý nghĩa', 'tôi biến mất', 'em biến mất', 'mình biến mất',
      'sống đủ rồi', 'nghĩ đến chuyện kết thúc', 'nghĩ đến việc kết thúc', 'kết thúc mọi thứ',
      'kết thúc cuộc đời', 'kết liễu', 'chết đi cho xong', 'nhảy lầu', 'cắt tay', 'không muốn thức dậy', 'chán sống',
    ],
    child_abuse: [
      'bố dượng', 'dượng...sờ vào', 'dượng...sờ mó', 'dượng...sờ soạng',
      'trên người con có vết', 'vết bầm', 'bỏ đói con', 'tiếng roi vút', 'khóa em bé', 'khóa bé trong', 'khóa con trong',
      'bố đánh con', 'mẹ đánh con', 'bố mẹ đánh', 'bị bố đánh', 'bị mẹ đánh', 'bỏ đói','ngược đãi', 'bạo hành trẻ', 'đánh đập con', 'đánh con', 'bỏ mặc con', 'đánh đập trẻ', 'con...bị đánh'],
    violence: [
      'cầm dao đuổi', 'đuổi theo tôi',
      'bóp cổ', 'đập phá', 'túm tóc', 'kéo lê', 'xô ngã', 'nhốt tôi', 'tung ảnh', 'dọa giết', 'đánh tôi',
      'hành hạ', 'đe doạ giết', 'cưỡng hiếp', 'bị ép', 'đánh vợ','đánh tôi', 'bị đánh', 'đánh đập', 'bạo lực', 'giết tôi', 'dọa giết', 'cầm dao', 'bằng dao', 'hiếp dâm', 'bóp cổ', 'bạo hành'],
    emergency: [
      // bleeding that goes on, with «vẫn», «cứ», «mãi» between («máu vẫn chảy không ngừng», «máu cứ chảy mãi»)
      'máu vẫn chảy không ngừng', 'máu vẫn không ngừng', 'máu không ngừng chảy', 'máu cứ chảy mãi', 'máu chảy mãi', 'chảy máu mãi', 'máu vẫn không cầm', 'máu vẫn chảy mãi', 'máu chảy hoài', 'máu ra không ngừng', 'máu vẫn chảy nhiều',
     
      'nằm bất động', 'người bất động', 'bất động không', 'ngã cầu thang',
      'không tỉnh', 'chảy máu', 'không cử động', 'ngừng tim', 'bất tỉnh', 'đang bị đột quỵ', 'bị đột quỵ rồi', 'hình như đột quỵ', 'nghi đột quỵ', 'không thở', 'ngừng thở', 'khó thở', 'ngất xỉu', 'bị ngất', 'co giật', 'chảy máu nhiều', 'xe cấp cứu', 'cấp cứu'],
  },
  pairs: [
    // Being at a height or by water now.
    { signal: 'suicide', ordered: true, reach: 12,
      a: ['đang đứng', 'đang ngồi', 'đang ở', 'tôi đứng', 'tôi ngồi', 'leo lên'],
      b: ['trên cầu', 'cầu$', 'sân thượng', 'mái nhà', 'tầng thượng', 'bờ sông', 'đường ray'] },
    // A will, keys or savings left; sleeping without waking.
    { signal: 'suicide', reach: 40,
      a: ['di chúc', 'thư cho', 'để lại', 'mật khẩu', 'tiền tiết kiệm', 'chìa khóa'],
      b: ['viết sẵn', 'để lại', 'chăm sóc mẹ', 'chăm sóc bố', 'nhờ em', 'nhờ anh', 'giúp chị', 'giúp em'] },
    { signal: 'suicide', ordered: true, reach: 32, a: ['ngủ', 'đi ngủ'], b: ['không tỉnh lại', 'không dậy nữa', 'không bao giờ dậy', 'không phải thức dậy', 'mãi mãi'] },
    // A child beaten with a rod or left alone and unfed.
    { signal: 'child_abuse', reach: 40,
      a: ['con bé', 'thằng bé', 'đứa bé', 'đứa trẻ', 'con tôi', 'cháu', 'bé$'],
      b: ['dùng roi', 'bằng roi', 'cây roi', 'lấy roi', 'roi mây', 'roi da', 'ăn roi', 'vết lằn', 'bỏ một mình', 'không ai cho ăn', 'mẹ kế', 'dì ghẻ', 'bị trói', 'trói tay', 'trói chân', 'trói vào'] },
    // A knife held to the body; a threat not to tell the police.
    { signal: 'violence', ordered: true, reach: 12, a: ['dí dao', 'kề dao', 'chĩa dao', 'dí súng', 'chĩa súng'], b: ['vào', 'cổ', 'người'] },
    { signal: 'violence', reach: 24, a: ['không được báo', 'cấm báo', 'không cho báo'], b: ['công an', 'cảnh sát'] },
    // Stroke signs; swallowing something harmful by mistake.
    { signal: 'emergency', reach: 24, a: ['méo miệng', 'nói ngọng', 'mặt bị xệ', 'một bên mặt', 'nói không rõ'], b: ['đột nhiên', 'tự nhiên', 'xệ', 'yếu', 'không cử động', 'méo'] },
    { signal: 'emergency', ordered: true, reach: 16, a: ['uống nhầm', 'ăn nhầm', 'nuốt nhầm', 'nuốt phải', 'uống phải'], b: ['nước tẩy', 'thuốc', 'pin', 'xu$', 'đồng xu', 'dầu', 'xăng', 'thuốc chuột'] },
    // A near time or intent with an ending: "tối nay tôi sẽ chấm dứt", "sẽ không làm phiền ai nữa".
    { signal: 'suicide', ordered: true,
      a: ['tối nay', 'đêm nay', 'cuối tuần này', 'ngày mai', 'từ mai', 'sẽ', 'quyết định', 'sắp'],
      b: ['chấm dứt', 'kết thúc mọi', 'kết thúc tất cả', 'ra đi', 'đi xa mãi', 'không làm phiền', 'không còn ở đây', 'biến mất', 'giải thoát', 'đi theo bố', 'đi theo mẹ', 'đi theo chồng con', 'từ biệt', 'kết liễu'] },
    // Me gone, and others relieved.
    { signal: 'suicide',
      a: ['tôi đi rồi', 'tôi mất', 'tôi chết', 'không còn tôi', 'vắng tôi', 'tôi không còn', 'tôi biến mất', 'tôi ra đi'],
      b: ['nhẹ gánh', 'nhẹ nhõm', 'tốt hơn', 'đỡ khổ', 'thanh thản', 'vui hơn'] },
    // A farewell with finality; giving things away; a burden that leaves.
    { signal: 'suicide', acrossSentences: true,
      a: ['cảm ơn mọi người', 'cảm ơn tất cả', 'cảm ơn vì tất cả', 'xin lỗi mọi người', 'tạm biệt mọi người', 'vĩnh biệt'],
      b: ['nữa', 'tối nay', 'mãi mãi', 'từ mai', 'ra đi', 'không làm phiền', 'lần cuối', 'sau này'] },
    { signal: 'suicide', acrossSentences: true, reach: 40,
      a: ['gửi lại', 'cho lại', 'đã cho', 'tặng lại', 'trao lại', 'gửi gắm'],
      b: ['không cần nữa', 'không dùng nữa', 'không cần đến', 'không còn cần'] },
    { signal: 'suicide', acrossSentences: true,
      a: ['gánh nặng', 'làm phiền', 'phiền hà', 'vướng bận'],
      b: ['ra đi', 'biến mất', 'không còn ở', 'chết', 'kết thúc', 'đi xa'] },
    // A child with marks, afraid to go home, shut out; a stepfather or uncle in the child's room.
    { signal: 'child_abuse',
      a: ['đứa bé', 'đứa trẻ', 'bé$', 'con bé', 'thằng bé', 'con tôi', 'cháu', 'học sinh', 'em bé', 'con nhà'],
      b: ['vết thâm', 'vết bầm', 'bầm tím', 'vết bỏng', 'sợ về nhà', 'không dám về nhà', 'không muốn về nhà', 'nhốt ngoài', 'bị nhốt', 'bỏ đói'] },
    { signal: 'child_abuse', acrossSentences: true,
      a: ['cha dượng', 'bố dượng', 'dượng tôi', 'dượng em', 'dượng con', 'dượng nó', 'người yêu của mẹ', 'ông chú', 'chú họ', 'cậu ruột'],
      b: ['vào phòng', 'nửa đêm', 'sờ vào', 'sờ mó', 'sờ soạng', 'sờ người', 'lên giường', 'động chạm', 'không được nói', 'đừng nói', 'bí mật'] },
    // Kept in; hands on the throat; slammed into a wall.
    { signal: 'violence',
      a: ['giấu hộ chiếu', 'giữ hộ chiếu', 'lấy điện thoại', 'khóa cửa', 'nhốt', 'lấy hết điện thoại', 'tịch thu'],
      b: ['không cho tôi', 'không được ra', 'không ra được', 'ra khỏi nhà', 'ra khỏi phòng', 'bước ra'] },
    { signal: 'violence', ordered: true, reach: 8, a: ['túm', 'siết', 'bóp'], b: ['cổ tôi', 'cổ$', 'tóc tôi'] },
    { signal: 'violence', ordered: true, reach: 8, a: ['nắm'], b: ['cổ tôi', 'cổ em', 'tóc tôi', 'tóc em', 'cổ áo tôi'] },
    // Just beaten by a partner; an ex outside the shelter now.
    { signal: 'violence', ordered: true, reach: 24, a: ['vừa bị', 'bị chồng', 'bị bạn trai', 'bị anh ta', 'đè xuống'], b: ['đánh$', 'đánh đập', 'đấm đá'] },
    { signal: 'violence', reach: 40,
      a: ['chồng cũ', 'bạn trai cũ', 'anh ta', 'hắn$'],
      b: ['đang đứng dưới', 'đang đứng trước', 'đang đứng ngoài', 'đứng dưới đường', 'tìm được địa chỉ'] },
    // A debt collector at the door with a weapon or a threat.
    { signal: 'violence', reach: 40, a: ['đòi nợ', 'xã hội đen'], b: ['cầm gậy', 'cầm dao', 'đập cửa', 'đập phá', 'dọa giết', 'đừng trách'] },
    // Acid, petrol or boiling water thrown («tạt axit»); «tạt», «dội» alone fold like «tắt», «đợi».
    { signal: 'violence', ordered: true, reach: 2, a: ['tạt', 'hắt', 'dội', 'giội', 'xối'], b: ['axit', 'a xít', 'xăng', 'nước sôi', 'dầu sôi', 'dầu hỏa'] },
    { signal: 'violence', ordered: true, reach: 2, a: ['hắt', 'giội', 'xối'], b: ['nước nóng', 'nước lạnh', 'nước đá'] },
    // Parents gone for days; a child hurt again and again, "she did it herself".
    { signal: 'child_abuse', ordered: true, reach: 32,
      a: ['bố mẹ đi', 'bố mẹ nó đi', 'mẹ nó đi', 'bố mẹ cháu đi', 'bố mẹ em đi'],
      b: ['ngày rồi không thấy về', 'ngày không thấy về', 'ngày chưa về', 'ngày không về', 'hôm chưa về', 'hôm không về', 'chưa về'] },
    { signal: 'child_abuse', acrossSentences: true, reach: 40,
      a: ['bị bỏng', 'vết bỏng', 'bị gãy', 'bị thương'],
      b: ['lần thứ 3', 'lần thứ ba', 'lần thứ 4', 'tự nghịch', 'bảo nó tự', 'bảo là tự'] },
    // A mother's new partner touching a child and demanding silence.
    { signal: 'child_abuse', acrossSentences: true, reach: 40,
      a: ['mẹ em mới lấy', 'mẹ mới lấy', 'chồng mới của mẹ', 'người yêu mới của mẹ', 'ngồi lòng'],
      b: ['sờ soạng', 'sờ mó', 'sờ vào', 'nói với mẹ', 'bí mật'] },
    // A means sought after losing everything.
    { signal: 'suicide', acrossSentences: true, reach: 48,
      a: ['mất sạch', 'mất hết tiền', 'vỡ nợ', 'không trả nổi'],
      b: ['mua thuốc trên mạng', 'hỏi mua thuốc', 'mua dây thừng', 'mua than'] },
    // Standing a long time on a bridge or a roof, night after night.
    { signal: 'suicide', reach: 32,
      a: ['ra cầu', 'lên cầu', 'trên cầu', 'ra bờ sông', 'lên sân thượng', 'trên sân thượng'],
      b: ['đứng rất lâu', 'đứng lâu', 'đứng hàng giờ', 'nhìn xuống nước', 'nhìn xuống dưới', 'nhiều đêm'] },
    { signal: 'violence', ordered: true, reach: 16, a: ['đập', 'đẩy', 'ném', 'xô'], b: ['vào tường', 'xuống cầu thang', 'xuống sàn'] },
    // A collapse or a call with no answer; pills in bulk; lips turning purple.
    { signal: 'emergency', acrossSentences: true,
      a: ['gục xuống', 'ngã', 'ngất', 'đổ gục', 'gọi mãi', 'lay mãi', 'gọi không'],
      b: ['không trả lời', 'không tỉnh', 'không phản ứng', 'không cử động', 'không mở mắt', 'không thở', 'không dậy', 'không ra hơi'] },
    { signal: 'emergency', ordered: true, reach: 32,
      a: ['uống cả', 'uống hết', 'nuốt', 'uống nhiều'],
      b: ['vỉ thuốc', 'lọ thuốc', 'hộp thuốc', 'thuốc ngủ', 'thuốc tẩy', 'pin', 'thuốc trừ sâu', 'nước tẩy'] },
    { signal: 'emergency', reach: 10, a: ['môi', 'mặt', 'da$'], b: ['tím tái', 'tái mét', 'tím ngắt', 'xanh tím'] },
  ],
  framing: {
    report: [
      // a case handled and over: the one who hurt arrested, an order granted, the case closed
      // (now, yesterday, "still" or a "but" after it still alarm: see `ongoing` and `framed` in engine.ts)
      'chồng bị bắt', 'hắn bị bắt', 'anh ta bị bắt', 'ông ta bị bắt', 'đã bị công an bắt', 'đã bị cảnh sát bắt', 'bị công an bắt rồi', 'bị cảnh sát bắt rồi', 'bị bắt rồi', 'đã bị bắt giữ', 'đã bị bắt giam', 'đã bị tạm giữ', 'đã bị tạm giam', 'đã có lệnh cấm tiếp xúc', 'đã được giải quyết', 'vụ việc đã giải quyết', 'vụ việc đã xong',
      // a mark a doctor put down to an illness, a birthmark or a vaccine, said as its cause; abuse ruled out
      'chẩn đoán là vết bớt', 'chẩn đoán là bớt', 'xác nhận là vết bớt', 'bớt mông cổ', 'do bệnh máu', 'do bệnh về máu', 'bị bệnh máu', 'giảm tiểu cầu', 'phản ứng sau tiêm', 'phản ứng tiêm chủng', 'phản ứng vắc xin', 'phản ứng của vắc xin', 'chỗ tiêm', 'loại trừ khả năng bạo hành', 'loại trừ khả năng ngược đãi',
      // a case in the news, told as a case («vụ một em bé…»: not the writer's own)
      'vụ một', 'vụ việc một', 'vụ án một',
      'tin tức', 'trên báo', 'bản tin', 'phim', 'vụ án', 'hồi trước'],
    // («đùa» folded is «dua»: «đưa» give, «đua» race, Indonesian «dua» two — only its joking forms frame)
    joke: ['nói đùa', 'đùa thôi', 'đùa giỡn', 'đùa cợt', 'trêu đùa', 'đùa mà$', 'đùa chút', 'đùa là$', 'đùa rằng', 'haha', 'chơi game', 'trong game', 'trò chơi', 'chơi trò', 'giành đồ chơi'],
    past: [
      // an emergency handled: stable, out of danger (again or now after it still alarms)
      'đã được cấp cứu', 'được cấp cứu kịp thời', 'đã qua cơn nguy kịch', 'đã qua cơn nguy hiểm', 'đã ổn định', 'tình trạng ổn định', 'nằm viện và ổn', 'đang nằm viện và ổn', 'không nguy hiểm đến tính mạng', 'không nguy hiểm tính mạng',
      
      // a handrail asked for after a fall (fall prevention); some months ago
      'hỗ trợ lắp tay vịn', 'muốn lắp tay vịn', 'muốn làm tay vịn', 'hỗ trợ làm tay vịn', 'hỗ trợ tay vịn', 'chống ngã', 'phòng ngã', 'mấy tháng trước', 'dạo trước',
      'năm ngoái', 'năm trước', 'cách đây...năm', 'cách đây...tháng', 'trước đây', 'hồi trước', 'ngày xưa', 'lúc nhỏ', 'tuần trước', 'tháng trước', 'đã đi viện', 'đã đi cấp cứu', 'đã khỏe', 'khỏe rồi',
      // an emergency over: out of hospital already (again or now after it still alarms: see `framed`)
      'xuất viện rồi', 'ra viện rồi', 'đã xuất viện', 'đã ra viện', 'được xuất viện', 'được ra viện', 'xuất viện về nhà', 'ra viện về nhà', 'xuất viện lâu rồi'],
  },
  idioms: [
    // violent scenes of a film; a prevention class; a risk assessment (a term of the trade)
    'cảnh bạo lực', 'cảnh bạo hành', 'phòng chống ngược đãi', 'phòng chống bạo hành', 'phòng chống bạo lực', 'phòng ngừa ngược đãi', 'phòng ngừa bạo hành', 'phòng ngừa tự tử', 'đánh giá nguy cơ tự tử',
    // a suicide in the news, told of somewhere else
    'có tin...tự tử ở', 'tin tức...tự tử', 'đưa tin...tự tử', 'bản tin...tự tử', 'trên báo...tự tử',
    'khuyết tật', 'tàn tật', 'phòng chống tự tử', 'ngăn ngừa tự tử', 'của tôi chết', 'mệt muốn chết', 'đói muốn chết', 'sống ở', 'cuộc sống ở', 'sống một mình', 'đi theo anh ấy sang', 'đi theo anh ấy qua', 'đi theo chồng sang', 'đi theo chồng qua', 'đi theo vợ sang', 'đi theo vợ qua', 'đi theo bố mẹ sang', 'đi theo bố mẹ qua', 'đi theo ba mẹ sang', 'đi theo ba mẹ qua', 'đi theo gia đình sang', 'đi theo gia đình qua', 'đi theo người yêu sang', 'đi theo người yêu qua', 'đi theo bạn sang', 'đi theo bạn qua', 'đi theo anh sang', 'đi theo anh qua', 'đi theo chị sang', 'đi theo chị qua', 'đi theo mẹ sang', 'đi theo mẹ qua', 'đi theo bố sang', 'đi theo bố qua', 'đi theo ba sang', 'đi theo ba qua', 'đi theo con sang', 'đi theo con qua', 'đi theo công ty', 'đi theo đoàn', 'đi theo tour', 'đi theo học', 'đi theo làm', 'sống với chúng tôi', 'sống với chúng em', 'sống với chúng ta', 'sống với tôi', 'sống với mình', 'sống với chồng', 'sống với vợ', 'sống với bố mẹ', 'sống với ba mẹ', 'sống với cha mẹ', 'sống với bố', 'sống với ba', 'sống với mẹ', 'sống với má', 'sống với con', 'sống với các con', 'sống với gia đình', 'sống với người yêu', 'sống với bạn trai', 'sống với bạn gái', 'sống với anh ấy', 'sống với cô ấy', 'sống với ông ấy', 'sống với bà ấy', 'sống với họ', 'sống với ông bà', 'sống với ông', 'sống với bà', 'sống với anh', 'sống với chị', 'sống với em', 'sống với cháu', 'sống với nhau', 'sống với người khác', 'sống với bạn cùng phòng', 'sống với mẹ chồng', 'sống với bố chồng', 'sống với nhà chồng',
    // «sống cùng» (live with) folds like «sống cũng» (living is …): only with whom.
    'sống cùng nhà', 'sống cùng với', 'sống cùng nhau', 'sống cùng gia đình', 'sống cùng bố', 'sống cùng mẹ', 'sống cùng chồng', 'sống cùng vợ', 'sống cùng con trai', 'sống cùng con gái', 'sống cùng các con', 'sống cùng bạn', 'sống cùng người',
    'chi phí sống', 
    'mệt muốn chết', 'đói muốn chết', 'nóng muốn chết', 'lạnh muốn chết', 'buồn ngủ muốn chết', 'chán muốn chết',
    'không có bạo lực', 'dao động',
    // «cảm» (depression, a cold, feelings) before «dạo này» (lately) folds like «cầm dao» (holding a knife)
    ...['trầm cảm', 'cảm cúm', 'cảm lạnh', 'nhạy cảm', 'tình cảm', 'đồng cảm', 'thông cảm'].flatMap((w) => [`${w} dạo`, `${w} dạo này`, `${w} dạo gần đây`]),
    // X muốn chết / tới chết: so X I could die.
    'nhục muốn chết', 'tức muốn chết', 'bực muốn chết', 'cay muốn chết', 'quê muốn chết', 'ngượng muốn chết', 'hành em muốn chết', 'hành tôi muốn chết', 'hành mình muốn chết',
    'buồn tay muốn chết', 'buồn chân buồn tay', 'đau bụng muốn chết', 'kinh muốn chết', 'đau răng muốn chết', 'đau đầu muốn chết', 'tới chết luôn', 'nghèo tới chết', 'nghèo đến chết',
    'thôi chết', 'chết đi sống lại', 'chán sống à', 'chán sống hả', 'mày chán sống',
    // «từ từ» (slowly) folds like «tự tử».
    'đóng từ từ', 'lại từ từ', 'từ từ có được', 'từ từ được', 'từ từ thì',
    // Denied symptoms.
    'không khó thở', 'không bị khó thở', 'không chảy máu', 'chảy máu một chút', 'chảy máu chút xíu', 'chảy máu ít',
    'bất động sản', 'cần đi cấp cứu không', 'có cần cấp cứu không', 'không đến mức cấp cứu', 'clip cấp cứu',
    // cut by the knife in the kitchen; a blow in a boxing class
    ...CUT_BY_ACCIDENT, ...SPORT_BLOWS,
    // not on purpose: a burn by accident
    'không cố ý', 'không phải cố ý', 'không cố tình',
  ],
  idiomPairs: [...DEVICE_GONE, ...ROLE_FOUND_HARMLESS],
  endingCues: ['dây thừng', 'thuốc ngủ', 'lá thư', 'bức thư', 'viết thư', 'viết xong thư', 'thư để lại', 'để lại thư', 'thư cũng viết', 'đồ cho hết', 'cho hết đồ', 'sau khi tôi đi', 'chuẩn bị xong', 'xin lỗi mọi người', 'biến mất', 'đi thật xa', 'mãi mãi', 'vô nghĩa', 'chết', 'giải thoát', 'vĩnh biệt', 'không ai quan tâm'],
  riskCues: ['tối nay', 'cuối tuần này', 'quyết định', 'chuẩn bị', 'sắp xếp xong', 'dọn sạch', 'xong hết', 'nhẹ lòng', 'gánh nặng', 'bỏ cuộc', 'từ bỏ', 'buông xuôi', 'tuyệt vọng', 'không còn hy vọng', 'sống$', 'cuộc đời', 'địa ngục', 'không chịu nổi'],
  negation: {
    before: ['không phải vấn đề', 'không phải vì', 'không phải là', 'không phải'],
    after: ['thì ổn', 'không sao', 'không thành vấn đề', 'không phải vấn đề'],
  },
  crisisNegation: { before: ['không có', 'không phải'], after: [] },
};
