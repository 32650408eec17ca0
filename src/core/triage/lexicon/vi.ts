import type { Lexicon } from './types.ts';

/** Vietnamese; diacritics fold away, so "không muốn sống" also matches "khong muon song". */
// biome-ignore format: a category's phrases stay together on a few lines, easy to read and extend
export const vi: Lexicon = {
  categories: {
    elderly: [
      ['bà$', 0.3], ['ông$', 0.3],
      ['tai biến', 0.5],
      ['hay quên', 1.5], ['quên$', 0.7], ['bị lẫn', 2], ['lẫn rồi', 2], ['lú lẫn', 2], ['mất trí nhớ', 2], ['sa sút trí tuệ', 2], ['đi lạc', 1],
      ['hỏi đi hỏi lại', 1.5], ['già$', 1], ['già rồi', 1.5], ['già yếu', 2], ['người già', 2], ['cao tuổi', 2], ['người cao tuổi', 2],
      ['viện dưỡng lão', 2], ['dưỡng lão', 2], ['điều dưỡng', 1], ['ông tôi', 0.5], ['bà tôi', 0.5], ['ông bà', 0.5],
      ['nằm liệt', 2], ['cần người chăm sóc', 1.5], ['mẹ tôi cần', 0.5], ['bố tôi', 0.3], ['ba tôi', 0.3],
    ],
    disability: [['khuyết tật', 2], ['tàn tật', 2], ['tự kỷ', 2], ['xe lăn', 2], ['chậm phát triển', 2], ['khiếm thính', 2], ['khiếm thị', 2], ['điếc', 2]],
    child: [
      ['con tôi', 0.7], ['con nhỏ', 1.5], ['con', 0.3], ['trẻ$', 0.5], ['em bé', 1.5], ['mang thai', 2], ['có thai', 2], ['có bầu', 2],
      ['khám thai', 2], ['sinh con', 2], ['sau sinh', 2], ['nhà trẻ', 2], ['mẫu giáo', 2], ['đi học', 1], ['không chịu đi học', 2],
      ['trường', 0.5], ['bắt nạt', 1.5], ['nuôi con', 1], ['nuôi dạy', 1.5], ['hai con', 1], ['2 con', 1], ['ba con', 1],
    ],
    youth: [['thanh niên', 2], ['người trẻ', 2], ['sinh viên', 1], ['tương lai', 1], ['tìm việc', 0.7]],
    women: [
      ['bạo lực gia đình', 2], ['chồng tôi', 0.5], ['chồng', 0.5], ['bạn trai', 1], ['chửi', 2], ['chửi bới', 2],
      ['không cho tôi tiền', 2], ['kiểm soát', 1.5], ['quấy rối', 2], ['xâm hại', 2], ['hiếp', 2], ['phụ nữ', 1], ['đánh tôi', 1],
    ],
    livelihood: [
      ['nợ lương', 2], ['không trả lương', 2], ['chậm lương', 2],
      ['không có việc làm', 2], ['nợ nần', 2], ['không đủ tiền', 2], ['không có gì để ăn', 2], ['đói', 1], ['chưa trả lương', 2], ['khó khăn', 1],
      ['tiền$', 0.5], ['không có tiền', 1.5], ['hết tiền', 1.5], ['thiếu tiền', 1.5], ['mất việc', 2], ['thất nghiệp', 2],
      ['bị đuổi việc', 2], ['không có việc', 2], ['nợ$', 2], ['mắc nợ', 2], ['vay tiền', 1.5], ['vay nợ', 1.5], ['lương', 1], ['không trả lương', 2], ['thu nhập', 1.5],
      ['nghèo', 2], ['tiền ăn', 1.5], ['không có gì ăn', 2], ['trợ cấp', 1.5], ['không đi làm được', 1.5], ['làm thêm', 0.5],
      ['trả tiền', 1], ['không trả được', 1],
    ],
    housing: [
      ['trả nhà', 1.5], ['tiền phòng', 2],
      ['không có nhà', 2], ['thuê phòng', 1.5], ['ký túc xá', 1], ['bị đuổi', 1.5],
      ['tiền nhà', 2], ['tiền thuê nhà', 2], ['thuê nhà', 2], ['chủ nhà', 2], ['dọn đi', 1.5], ['đuổi', 1], ['đuổi ra khỏi nhà', 2],
      ['ra khỏi nhà', 1.5], ['không có chỗ ở', 2], ['chỗ ở', 2], ['vô gia cư', 2], ['ngủ ngoài đường', 2], ['nhà ở', 2],
    ],
    mental_health: [
      ['stress', 1], ['áp lực', 1.5], ['mệt mỏi', 0.7], ['không muốn làm gì', 1.5],
      ['trầm cảm', 2], ['mất ngủ', 1.5], ['không ngủ được', 1], ['lo âu', 2], ['căng thẳng', 1], ['tâm lý', 1.5],
      ['buồn', 0.7], ['chán nản', 1.5], ['tuyệt vọng', 1.5], ['hoảng loạn', 2], ['tâm thần', 2], ['khóc', 1],
    ],
    hikikomori: [['ở lì trong phòng', 2], ['không ra khỏi phòng', 2], ['không ra ngoài', 1.5], ['ở trong phòng', 1.5], ['không ra khỏi nhà', 2], ['thu mình', 1.5]],
    single_parent: [['mẹ đơn thân', 2], ['bố đơn thân', 2], ['đơn thân', 2], ['một mình nuôi', 2], ['nuôi con một mình', 2], ['ly hôn', 1.5], ['tiền cấp dưỡng', 2]],
    carer: [['chăm sóc', 1], ['phải chăm sóc', 1.5], ['chăm mẹ', 1.5], ['chăm bố', 1.5], ['kiệt sức', 1]],
    rights: [
      ['giữ hộ chiếu', 2], ['bị giữ', 1],['lừa đảo', 2], ['bị lừa', 2], ['giám hộ', 2], ['tài sản', 1.5], ['hợp đồng', 1], ['phân biệt đối xử', 1.5]],
    isolation: [['cô đơn', 2], ['không có bạn', 2], ['một mình', 1], ['không có ai để nói chuyện', 2], ['nói chuyện', 0.5], ['lẻ loi', 2]],
    multicultural: [
      ['môi giới', 1.5], ['về nước', 1.5],
      ['hộ chiếu', 1],
      ['giấy tờ', 0.7], ['gia hạn', 1], ['thẻ lưu trú', 2], ['ngôn ngữ', 1.5],
      ['tiếng nhật', 1.5], ['không biết tiếng', 2], ['phiên dịch', 2], ['thông dịch', 2], ['visa', 2], ['thị thực', 2],
      ['tư cách lưu trú', 2], ['thực tập sinh', 2], ['du học sinh', 1.5], ['người nước ngoài', 2], ['đối xử tệ', 1],
    ],
    medical: [
      ['tai biến', 1.5], ['đột quỵ', 1.5],
      ['đau', 0.7], ['khám bệnh', 1.5], ['đi khám', 1.5],
      ['bệnh viện', 1.5], ['bác sĩ', 1], ['khám', 1], ['bị bệnh', 1], ['bệnh', 0.7], ['bị ốm', 1], ['thuốc$', 0.5], ['bảo hiểm y tế', 1.5],
      ['bảo hiểm', 0.7], ['nằm viện', 1], ['phẫu thuật', 1], ['sốt', 1], ['y tế', 1],
    ],
  },
  crisis: {
    suicide: [
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
      'hành hạ', 'đe doạ giết', 'cưỡng hiếp', 'bị ép', 'đánh vợ','đánh tôi', 'bị đánh', 'đánh đập', 'bạo lực', 'giết tôi', 'dọa giết', 'đe dọa', 'cầm dao', 'bằng dao', 'hiếp dâm', 'bóp cổ', 'bạo hành'],
    emergency: [
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
    report: ['tin tức', 'trên báo', 'bản tin', 'phim', 'vụ án', 'hồi trước'],
    joke: ['đùa', 'haha', 'chơi game', 'trong game', 'trò chơi', 'chơi trò', 'giành đồ chơi'],
    past: ['năm ngoái', 'năm trước', 'trước đây', 'hồi trước', 'ngày xưa', 'lúc nhỏ', 'tuần trước', 'tháng trước', 'đã đi viện', 'đã đi cấp cứu', 'đã khỏe', 'khỏe rồi'],
  },
  idioms: ['phòng chống tự tử', 'ngăn ngừa tự tử', 'của tôi chết', 'mệt muốn chết', 'đói muốn chết', 'sống ở', 'cuộc sống ở', 'sống một mình', 'sống cùng', 'sống với', 'chi phí sống', 
    'mệt muốn chết', 'đói muốn chết', 'nóng muốn chết', 'lạnh muốn chết', 'buồn ngủ muốn chết', 'chán muốn chết',
    'không có bạo lực', 'cô dao', 'dao động',
    // X muốn chết / tới chết: so X I could die.
    'nhục muốn chết', 'tức muốn chết', 'bực muốn chết', 'cay muốn chết', 'quê muốn chết', 'ngượng muốn chết', 'hành em muốn chết', 'hành tôi muốn chết', 'hành mình muốn chết',
    'buồn tay muốn chết', 'buồn chân buồn tay', 'đau bụng muốn chết', 'kinh muốn chết', 'đau răng muốn chết', 'đau đầu muốn chết', 'tới chết luôn', 'nghèo tới chết', 'nghèo đến chết',
    'thôi chết', 'chết đi sống lại', 'chán sống à', 'chán sống hả', 'mày chán sống',
    // «từ từ» (slowly) folds like «tự tử».
    'đóng từ từ', 'lại từ từ', 'từ từ có được', 'từ từ được', 'từ từ thì',
    // Denied symptoms.
    'không khó thở', 'không bị khó thở', 'không chảy máu', 'chảy máu một chút', 'chảy máu chút xíu', 'chảy máu ít',
    'bất động sản', 'cần đi cấp cứu không', 'có cần cấp cứu không', 'không đến mức cấp cứu', 'clip cấp cứu',
  ],
  endingCues: ['dây thừng', 'thuốc ngủ', 'lá thư', 'bức thư', 'viết thư', 'viết xong thư', 'thư để lại', 'để lại thư', 'thư cũng viết', 'đồ cho hết', 'cho hết đồ', 'sau khi tôi đi', 'chuẩn bị xong', 'xin lỗi mọi người', 'biến mất', 'đi thật xa', 'mãi mãi', 'vô nghĩa', 'chết', 'giải thoát', 'vĩnh biệt', 'không ai quan tâm'],
  riskCues: ['tối nay', 'cuối tuần này', 'quyết định', 'chuẩn bị', 'sắp xếp xong', 'dọn sạch', 'xong hết', 'nhẹ lòng', 'gánh nặng', 'bỏ cuộc', 'từ bỏ', 'buông xuôi', 'tuyệt vọng', 'không còn hy vọng', 'sống$', 'cuộc đời', 'địa ngục', 'không chịu nổi'],
  negation: {
    before: ['không phải vấn đề', 'không phải vì', 'không phải là', 'không phải'],
    after: ['thì ổn', 'không sao', 'không thành vấn đề', 'không phải vấn đề'],
  },
  crisisNegation: { before: ['không có', 'không phải'], after: [] },
};
