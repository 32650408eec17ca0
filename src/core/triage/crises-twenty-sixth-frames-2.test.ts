import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 26 (engine frames, second helper): a laugh taken back ("lol but I'm serious"), self-harm or an attempt long
// over with the writer well now, an emergency gone by with everyone safe and another matter asked ahead, and a
// danger as the subject of a thesis or a notice sent round — each safe class beside the same words where the
// danger is real.

describe('a laugh taken back: “lol … but it’s not a joke”', () => {
  alarms('suicide', [
    '일 너무 힘들어서 죽고 싶다ㅋㅋ 근데 진짜 농담 아님',
    '알바 잘리고 죽고 싶다 ㅋㅋ 근데 웃긴 건 농담 아님',
    'Capek kerja mau mati aja wkwk tapi serius, ini bukan bercanda',
    '仕事しんどすぎて死にたい笑 真面目な話、冗談じゃない',
    'so tired of work i wanna die lol but seriously, not a joke',
    'Pagod na sa trabaho gusto ko nang mamatay haha pero seryoso, hindi biro',
    'Cansada do trabalho quero morrer kkkk mas falando sério, não é brincadeira',
    'Mệt vì đi làm muốn chết luôn haha nhưng nói thật, không đùa đâu',
    'काम थाक्यो मर्न मन लाग्यो हाहा तर साँच्चै, मजाक होइन',
    'テスト全部落ちた、死にたいｗ 冗談じゃないよ',
    'lost my job and i wanna die lol but i’m serious',
    'My friend said "I’m gonna kill myself" laughing, but it’s not a joke, she means it',
    "Suamiku bilang 'aku terjun aja dari jembatan' sambil ketawa, tapi dia bukan bercanda",
    '친구가 "죽고 싶다"고 웃으면서 말했는데 농담 아님',
  ]);
  quiet([
    '시험 망해서 죽고 싶다ㅋㅋ 농담이고요, 재시험 언제예요?',
    'so tired of work i could die lol but seriously, where do I get help with overtime pay?',
    'Capek banget kerja, rasanya mau mati aja wkwk tapi serius, gaji lembur dibayar gak ya?',
    '考试又挂了，想死哈哈 开玩笑的，补考什么时候？',
    '友だちが「テスト負けたら死ぬ」って笑って言ってた',
  ]);
});

describe('self-harm or an attempt long over, the writer well now', () => {
  quiet([
    'Parei de me cortar há 3 anos e hoje estou bem. Tem grupo de apoio?',
    'Faz cinco anos que parei de me cortar e hoje tô bem. Tem roda de conversa pra brasileiras?',
    'Dulu aku pernah coba bunuh diri, sudah 8 tahun berlalu dan aku baik baik aja sekarang. Ada komunitas relawan?',
    'Waktu kuliah saya pernah mencoba bunuh diri, sekarang sudah 6 tahun lewat dan saya baik-baik saja. Bisa jadi relawan?',
    'I stopped cutting myself three years ago and today I’m okay. Any peer support groups?',
    'I attempted suicide once in high school. Ten years have passed and I’m doing fine. Is there a listener volunteer program?',
    'Em đã ngừng tự làm đau bản thân được 3 năm rồi, giờ em ổn. Có nhóm hỗ trợ không?',
    'Saya pernah overdosis obat waktu SMA, sekarang sudah 10 tahun lewat dan saya baik-baik saja. Mau jadi relawan',
    'I overdosed on pills in high school. Ten years have passed and I’m doing fine. Can I volunteer on a helpline?',
  ]);
  alarms('suicide', [
    'I stopped cutting 3 years ago but started again last night',
    'I attempted suicide once in high school and I’m thinking about it again',
    'I attempted suicide in high school, it’s been 10 years, but last night I tried again',
    'Faz 3 anos que parei de me cortar mas ontem voltei a me cortar',
    'Tentei me matar no ensino médio e agora estou pensando nisso de novo',
    'Dulu aku pernah coba bunuh diri, sudah 8 tahun berlalu tapi belakangan ini aku pengen mati lagi',
    'Saya pernah mencoba bunuh diri waktu SMA, dan sekarang kepikiran lagi',
    'Em đã ngừng cắt tay 3 năm, nhưng tối qua em lại cắt',
  ]);
  alarms('emergency', [
    'I overdosed on pills in high school and last night I took a whole bottle again',
    'Saya pernah overdosis obat waktu SMA, dan tadi malam saya minum obat satu botol lagi',
  ]);
});

describe('an emergency gone by, everyone safe, another matter asked ahead', () => {
  quiet([
    'Kemarin ada kebakaran di apartemen sebelah. Semua selamat. Kalau gempa, titik evakuasinya di mana?',
    'Kemarin ada kebakaran di rumah sebelah, pemadam datang. Semua selamat. Mau tanya, kalau ada banjir kami harus mengungsi ke mana?',
    'There was a fire next door last night, the fire brigade came and everyone got out safely. Where is our evacuation shelter for typhoons?',
    '어제 옆 건물에 불이 났어요. 다들 무사해요. 지진 나면 어디로 대피해야 해요?',
    'Hôm qua tòa nhà bên cạnh bị cháy, mọi người đều an toàn. Cho em hỏi nếu có động đất thì sơ tán đi đâu ạ?',
    'Ontem teve um incêndio no prédio ao lado, todos estão bem. Queria saber, em caso de terremoto, pra onde a gente evacua?',
    'Kahapon may sunog sa katabing building, ligtas lahat. Saan po kami lilikas kapag may lindol?',
    'हिजो छिमेकी घरमा आगलागी भयो, सबै सुरक्षित छन्। भूकम्प आए कहाँ जाने?',
  ]);
  alarms('emergency', [
    'Kemarin ada kebakaran di gedung sebelah, semua selamat, tapi sekarang api muncul lagi di lantai kami!',
    'Ada kebakaran di gedung sebelah sekarang, semua selamat belum tahu, kami harus evakuasi ke mana?',
    'Yesterday there was a fire next door. Everyone is safe. But now my son can’t breathe from the smoke',
    'There’s a fire in the building next door right now. Where do we evacuate?',
    '昨天隔壁楼发生火灾，大家都平安，可是现在我们楼也着火了，要去哪里避难？',
    'Kemarin ada kebakaran di gedung sebelah. Semua selamat kecuali ibu saya, dia masih belum sadar',
    'Yesterday my son swallowed a button battery. Everyone is fine. What should I do?',
  ]);
});

describe('a danger as the subject of a thesis, or in a notice sent round', () => {
  quiet([
    '我在写硕士论文，研究日本的家暴防治制度，可以去采访相关机构吗？',
    '卒論のテーマは日本の児童虐待の通告制度です。児童相談所の職員にインタビューできますか',
    'I’m writing my thesis on Japan’s child abuse reporting system. Could I interview staff at the child guidance centre?',
    '졸업논문 주제가 일본의 아동학대 신고 제도예요. 아동상담소 직원분을 인터뷰할 수 있을까요?',
    'Em đang viết luận văn về hệ thống báo cáo bạo hành trẻ em ở Nhật, có thể phỏng vấn nhân viên trung tâm không?',
    'Estou fazendo meu TCC sobre o sistema de denúncia de violência doméstica no Japão. Posso entrevistar alguém do centro?',
    'Saya sedang menulis skripsi tentang sistem pelaporan kekerasan terhadap anak di Jepang. Bisa wawancara petugas?',
    '学校から不審者のお知らせが来ました。近くで刃物を持った男がいたそうです。親は何をすればいいですか',
    '아이 학교에서 수상한 사람이 칼을 들고 근처에 있었다는 공지가 왔어요. 부모는 뭘 해야 하나요?',
    'My kid’s school sent a notice about a suspicious man with a knife near the school route. What should parents do?',
    'Trường của con gửi thông báo có người lạ cầm dao gần trường. Phụ huynh nên làm gì ạ?',
    'A escola do meu filho mandou um aviso sobre um homem suspeito com faca perto da escola. O que os pais devem fazer?',
    'Sekolah anak kirim pemberitahuan ada orang mencurigakan bawa pisau di sekitar sekolah. Orang tua harus bagaimana?',
  ]);
  alarms('child_abuse', [
    '在写毕业论文，可是我爸爸一直打我',
    'I’m writing my thesis on the child abuse reporting system, but honestly my dad abuses me at home',
    '卒論を書いていますが、父から毎日殴られています',
  ]);
  alarms('violence', [
    'Estou fazendo meu TCC, mas meu marido me bate todo dia',
    '小孩學校發了注意可疑人士的通知，說附近有人拿刀，現在那個人就在我家門口',
    'The school sent a notice about a man with a knife nearby, and now he is outside our door',
    '学校から不審者のお知らせが来たけど、いま刃物を持った男が家の前にいます。どうすればいいですか',
    'Sekolah kirim pemberitahuan ada orang bawa pisau di sekitar sekolah, dan tadi dia mengancam anak saya dengan pisau',
  ]);
});
