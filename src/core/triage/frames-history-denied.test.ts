import { describe, expect, it } from 'vitest';
import { triage } from './index.ts';

// Three false alarms and their dangerous twins: someone else's belief of a blow said untrue by the writer;
// a suicide attempt or wish long past with the recovery told (a watch, not silence); a phone that "died"
// and the chats that "vanished" with it.
const quiet = (text: string) => expect(triage(text).crisis, text).toBeNull();
const alarms = (text: string) => expect(triage(text).crisis, text).not.toBeNull();
const watched = (text: string) => {
  const result = triage(text);
  expect(result.crisis, text).toBeNull();
  expect(result.crisisWatch, text).toBe('suicide');
};

describe("someone else's belief of abuse or violence, denied by the writer", () => {
  it.each([
    '親戚には元夫に殴られてたんでしょって言われるけど、そんなことは一度もありません。面会交流の相談をしたいです',
    '職場の人に旦那に叩かれてると思われてるみたいですが、殴られたことは一度もないです。保育園の申し込みについて聞きたい',
    'My in laws assume my ex hit me, but he never did. We just fell out of love. How do I change my residence card address?',
    'My parents think my husband beats me, but that never happened, he is very gentle. Where do I renew my visa?',
    'mọi người cứ nghĩ chồng cũ đánh em nhưng không hề, tụi em chỉ không hợp tính. em muốn hỏi về tiền cấp dưỡng',
    '家里人以为我前夫打我，其实从来没有，只是合不来。想问一下孩子的签证怎么办',
    '朋友們都以為我老公會打我，其實他從來沒動過手。想問永住申請的事',
    '다들 전남편한테 맞은 줄 알아요. 근데 그런 적 한 번도 없어요. 아이 비자 문제로 상담하고 싶어요',
    'minha família acha que meu ex me batia, mas ele nunca encostou em mim. quero saber sobre a pensão das crianças',
    'orang tua saya kira suami saya mukul saya, padahal nggak pernah. mau tanya soal perpanjangan visa',
    'akala ng mga kapitbahay sinasaktan ako ng asawa ko pero hindi totoo yun. paano mag-renew ng residence card?',
    'परिवारले श्रीमानले मलाई कुट्छ भन्ने ठान्छन्, तर उहाँले कहिल्यै कुट्नुभएको छैन। बच्चाको स्कूलबारे सोध्न चाहन्छु',
  ])('quiet: %s', quiet);
  it.each([
    'People assume my husband hits me. He never hit me until last night, and now I am scared to go home',
    'My family thinks my husband beats me, and honestly maybe he does, I am not sure anymore',
    'Everyone says he hits me but he says he never did. He hit me again today',
    'My mum thinks I overreact but my husband hits me. It is not true that I overreact',
    'My sister thinks my boyfriend hits me, and she is right, he hits me every week',
    '友達には夫に殴られてると思われてるけど、そんなことは一度もなかった。でも昨日初めて殴られた',
    '夫に殴られて、浮気してるだろって言われたけど、そんなこと一度もしてない',
    'mọi người cứ nghĩ chồng em đánh em nhưng không hề, cho đến tối qua anh ấy đánh em',
    '别人以为我老公打我，其实从来没有，但是昨天他第一次打了我',
    '다들 남편한테 맞는 줄 알아요. 그런 적 없었는데 어제 처음 맞았어요',
    'todo mundo acha que meu marido me bate, ele nunca tinha batido até ontem',
    'keluarga saya kira suami saya mukul saya, dan itu benar, dia mukul saya tiap minggu',
  ])('alarms: %s', alarms);
});

describe('a suicide attempt or wish long past, the recovery told: a watch, no alarm', () => {
  it.each([
    'I attempted suicide when I was 17. Now I am 40 and doing really well, and I would like to train as a counsellor',
    'i tried to kill myself at 22, im 38 now and feeling great. is there a peer support volunteer program?',
    'hồi mới qua Nhật em từng muốn tự tử, giờ em ổn lâu rồi ạ. em muốn tìm lớp học tiếng Nhật miễn phí',
    'năm 19 tuổi em từng tự tử, bây giờ em sống rất tốt, muốn hỏi về bảo hiểm y tế',
    '日本に来たばかりの頃は死にたいと思ったこともありましたが、今はとても元気です。日本語教室を探しています',
    '20歳のとき自殺未遂をしました。今は35歳で元気に働いています。ボランティアをしたいです',
    '我18岁的时候自杀过，现在30岁了，过得很好。想找志愿者活动',
    '처음 일본에 왔을 때 죽고 싶었던 적이 있었는데 지금은 잘 지내요. 한국어 모임 있나요?',
    'noong bagong dating ko sa Japan, gusto ko nang mamatay, pero matagal na akong okay. May Filipino community ba dito?',
    'quando cheguei no Japão pensei em me matar, mas hoje estou muito bem. Queria achar um grupo de brasileiros',
    'जापान आएको बेला मलाई मर्न मन लाग्थ्यो, अहिले धेरै राम्रो छु। नेपाली समाज कहाँ छ?',
    'japan aayeko bela ma marna man lagthyo, ahile ramro chu. nepali samaj kaha cha?',
  ])('watch: %s', watched);
  it.each([
    'I tried to kill myself at 19 and lately I feel that way again',
    'I tried to kill myself when I was 19. I was doing really well, but now I want to die again',
    'I want to kill myself. I am 34 now and doing really well at work but I cannot go on',
    'hồi mới sang Nhật em từng muốn tự tử, giờ ổn rồi nhưng dạo này lại muốn chết',
    '19歳のとき自殺未遂をしました。今は元気ですが、最近またしにたいです',
    '刚来日本的时候想过自杀，现在很好，但是最近又想死了',
    '19살 때 자살 시도했었어요. 지금은 잘 지내는데 요즘 다시 죽고 싶어요',
    'tentei me matar aos 19, hoje estou bem mas ultimamente quero morrer de novo',
    'When I first came to Japan I was lonely, now I want to kill myself, even though I am doing really well at work',
  ])('alarms: %s', alarms);
});

describe('a phone that "died" and the chats that "vanished" with it', () => {
  it.each([
    '携帯が昨日完全に死んで、トーク履歴も全部消えちゃった。もう一回教えてください',
    'パソコンが とつぜん しにました。 しゃしん が ぜんぶ きえました。',
    'スマホが今朝急に死にました。LINEのやりとりが消えてるので、住所をもう一度送ってください',
    'My phone is completely dead now and all our old messages disappeared, sorry, can we start again?',
    'my laptop finally died and my whole chat history disappeared forever lol, can you resend the form',
    '我的手机彻底死了，聊天记录也消失了，永远找不回来了，可以再发一次吗',
    '폰이 완전히 죽어서 채팅 기록이 다 사라졌어요. 영원히 못 찾는대요. 다시 알려주세요',
    'điện thoại em chết hẳn rồi, tin nhắn cũ biến mất hết, em hỏi lại nhé',
    'meu celular morreu de vez e as mensagens antigas sumiram para sempre, pode mandar de novo?',
    'HP saya mati total, semua chat menghilang, bisa kirim ulang?',
    'मेरो फोन पूरै मर्‍यो, पुरानो म्यासेज सबै हराउनु भयो, फेरि पठाउनुस्',
    'mero phone hijo marchha jasto bhayo, purano chat sabai haraayo, pheri sodhna milcha?',
  ])('quiet: %s', quiet);
  it.each([
    'スマホが壊れた。もう消えたい',
    '娘のLINEが「消えたい」ばかりで心配です',
    'トークが全部消えた。私も消えてしまいたい',
    'My phone died and I want to disappear too, nobody would miss me',
    'my messages disappeared and honestly i want to die',
    '聊天记录都没了，我想死',
    '他这两天把手机里的照片全删了，还说帮我跟我妈说对不起',
    '폰이 죽었어요. 저도 죽고 싶어요',
    'điện thoại hỏng rồi, em cũng muốn biến mất, không muốn sống nữa',
    'nawala lahat ng messages ko, gusto ko na lang mawala',
    'as mensagens sumiram, e eu quero sumir para sempre',
    'semua chat hilang, aku mau menghilang selamanya',
    'फोन मर्‍यो, म पनि मर्न चाहन्छु',
  ])('alarms: %s', alarms);
});
