import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// Pregnancy, babies and small children (crisis-33): each class on new sentences, with its harmless twin.
describe('a febrile seizure that is over, or had long ago, is no emergency now', () => {
  it.each([
    'おととい息子が熱性けいれんを起こしました。今はもう元気です。保育園はいつから行けますか',
    'むすめ が ねつ で ひきつけました。 びょういん で だいじょうぶ と いわれました',
    'My daughter had a febrile seizure on Sunday, she is back to normal. What should we do next time?',
    '孩子上周发烧抽搐了，医生说没事，现在已经好了。下次再发烧要注意什么？',
    '아기가 지난주에 열성 경련을 했어요. 지금은 괜찮아요. 다음에 또 그러면 어떻게 하죠?',
    'Con tôi bị sốt co giật tuần trước, giờ bé ổn rồi. Lần sau cần làm gì?',
    'Nangisay si baby dahil sa lagnat noong Lunes, okay na siya ngayon. Ano gagawin sa susunod?',
    'Meu filho teve uma convulsão febril semana passada, já está bem. O que fazer da próxima vez?',
    'Anak saya dulu kejang demam waktu umur 2 tahun. Apakah adiknya juga berisiko?',
    'Anak saya pernah kejang demam. Sekarang demam lagi 38 derajat, perlu ke dokter?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    '子どもが熱性けいれんを起こして5分以上止まりません',
    'My son is having a febrile seizure right now and it wont stop, 6 minutes',
    'Anak saya kejang demam sudah 10 menit tidak berhenti',
    '孩子高热惊厥，抽了五分钟还不停，叫不醒',
  ])('still alarms: %s', (text) => {
    expect(detectCrisis(text)).toBe('emergency');
  });
});

describe('a small thing swallowed that has come out is no emergency now', () => {
  it.each([
    '息子がビー玉を飲み込んだけど、今朝うんちに出てきました。ほっとしました',
    'She swallowed a small bead on Friday and we found it in her nappy today, phew',
    '宝宝误吞了一颗纽扣，今天已经拉出来了，虚惊一场',
    '아기가 단추를 삼켰는데 오늘 변으로 나왔어요. 다행이에요',
    'Bé nhà em nuốt phải đồng xu, sáng nay đi ngoài ra rồi, hú hồn',
    'Nalunok ni baby yung maliit na butones pero lumabas na sa dumi kanina',
    'Meu filho engoliu uma moedinha, mas hoje saiu no cocô, ufa',
    'Anak saya menelan kancing kecil, tadi pagi keluar bersama pup, lega',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    'My son swallowed a button battery, will it come out in his poo?',
    'Anak saya menelan baterai kancing barusan',
  ])('still alarms: %s', (text) => {
    expect(detectCrisis(text)).toBe('emergency');
  });
});

describe('an older child’s jealous words about the new baby are no wish to die', () => {
  it.each([
    '上の子がやきもちで「赤ちゃんいらない」って泣きます。3歳です',
    '赤ちゃん返りしてる娘が「あかちゃんなんかいなくなればいいのに」と言う。どう対応すれば',
    'My 3 year old is so jealous, he says he wishes the baby would go away. Is that normal?',
    'Big sister keeps saying send the baby back lol, any tips for sibling jealousy?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each(['赤ちゃんなんかいなくなればいい、私なんかいなくなればいい。もう消えたい'])(
    'still alarms: %s',
    (text) => {
      expect(detectCrisis(text)).toBe('suicide');
    },
  );
});

describe('a toddler screaming at routine care is no violence', () => {
  it.each([
    'Every nappy change my 2 year old screams "you\'re hurting me", the neighbours must think I\'m a monster',
    'When I cut her nails she yells HELP ME HELP ME, neighbors probably think the worst lol',
    '刷牙的时候他一直喊救命，邻居还以为我在打他哈哈',
    'Mỗi lần gội đầu con gào lên cứu con với, hàng xóm tưởng gì',
    'Tuwing magsipilyo, sumisigaw si bunso ng saklolo, akala ng kapitbahay kung ano na',
    'Na hora de escovar os dentes ele grita socorro socorro, os vizinhos vão achar que eu bato nele',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each(['My husband is hurting me and the kids are screaming, help'])('still alarms: %s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });
});

describe('a new parent “dying” of lack of sleep is a figure of speech', () => {
  it.each([
    '夜泣きで死にそう笑 生後3ヶ月、いつまで続くの',
    'Grabe mamamatay na ako sa puyat, 3 months na si baby',
    'Honestly sleep deprivation is killing me, baby wakes every hour',
    'Bé dậy suốt đêm, buồn ngủ chết mất',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a stranger’s child’s accident read on social media is not the writer’s', () => {
  it.each([
    'Nakita ko sa FB na may batang nabulunan sa ubas, natatakot tuloy ako magbigay kay baby',
    'Saw on facebook a toddler drowned in a paddling pool, now I panic at bath time. How do you cope?',
    'Vi no instagram que um bebê engasgou com uva, agora tenho medo de dar frutas',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a newborn’s periodic breathing, a reaction that faded, a sore breast, a little spit-up', () => {
  it.each([
    'My 2 week old has pauses in her breathing for a few seconds while asleep, then carries on. Doctor said it is common. Should I buy a monitor?',
    '아기가 계란 먹고 입 주위가 빨개졌는데 금방 사라졌어요. 알레르기 검사 해야 하나요?',
    'Bé ăn trứng xong bị đỏ quanh miệng, một lúc thì hết. Có cần test dị ứng không?',
    '授乳中に胸が痛くて赤くなっています。熱はないです。何科に行けばいいですか',
    'Breastfeeding and my breast is sore with a red patch, no fever. Which clinic?',
    'Amamentando, o peito dói e está vermelho, sem febre. Onde devo ir?',
    'Bayi saya gumoh setelah nyusu tapi masih aktif dan pipis banyak, wajar kah?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    'Our newborn stopped breathing and is turning blue, not starting again',
    '아기가 계란 먹고 입술이 붓고 숨을 쉬기 힘들어해요',
  ])('still alarms: %s', (text) => {
    expect(detectCrisis(text)).toBe('emergency');
  });
});

describe('hair grabbed and the head struck against a wall', () => {
  it.each([
    '老公喝醉了抓住我的头发往墙上撞，我怀孕六个月',
    'He grabbed me by the hair and slammed my head into the wall, I am 7 months pregnant',
    'Chồng túm tóc em đập đầu vào tường, em đang mang thai',
    'Sinabunutan ako ng asawa ko at inuntog sa pader, buntis ako',
    'Meu marido puxou meu cabelo e bateu minha cabeça na parede, estou grávida',
    'Suami menjambak rambut saya lalu dibenturkan ke tembok, saya sedang hamil',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });

  it.each([
    '夫に髪をつかまれて壁に頭を打ち付けられました。妊娠中です',
    '남편이 머리채를 잡고 벽에 머리를 박았어요. 임신 중이에요',
  ])('alarms (as a head injury or a blow): %s', (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});

describe('a baby or toddler pulling the parent’s hair is no violence', () => {
  it.each([
    'My baby keeps pulling my hair when I feed her, how do I stop it?',
    '宝宝老是抓我头发，怎么办',
    '赤ちゃんが授乳中に髪を引っ張ってきて痛い',
    '아기가 자꾸 머리카락을 잡아당겨요. 어떻게 고치죠?',
    'Bé hay giật tóc mẹ khi bú, làm sao bây giờ',
    'Meu bebê puxa meu cabelo o tempo todo, é fase?',
    'Bayi saya suka menjambak rambut saya waktu menyusu',
    'मेरो बच्चाले कपाल तान्छ, के गर्ने?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    'My husband pulled my hair in front of the baby',
    '老公抓我头发打我，宝宝在哭',
    'I was holding the baby when he pulled my hair and pushed me',
  ])('still alarms: %s', (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});

describe('hit by an ex during a past pregnancy, parted long since', () => {
  it.each([
    'Dati sinaktan ako ng ex ko habang buntis ako, pero matagal na kaming hiwalay. Paano mag-apply ng ayuda?',
    'Mantan suami dulu memukul saya waktu hamil, tapi sudah lama cerai. Sekarang saya cari bantuan untuk ibu tunggal',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each(['Matagal na kaming hiwalay pero kagabi sinaktan niya ako ulit'])('still alarms: %s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });
});

describe('a parent who has entrusted the child and is on a roof or a bridge now', () => {
  it.each([
    '夫に子どもをよろしくとLINEしました。いま屋上にいます',
    'Texted my husband to take care of the kids. I am on the roof now',
    '给老公发了信息，孩子就拜托你了。我现在在天台上',
    '아내한테 아이들 잘 부탁한다고 했어요. 지금 다리 위예요',
    'Em nhắn chồng chăm sóc các con. Giờ em đang ở sân thượng',
    'Sinabi ko sa asawa ko alagaan mo ang mga bata. Nasa rooftop ako ngayon',
    'Mandei mensagem pro meu marido: cuida bem das crianças. Estou no terraço',
    'Aku sudah bilang ke suami titip anak ya. Sekarang aku di atap gedung',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });
});
