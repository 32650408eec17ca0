/**
 * Traditional → simplified characters common in welfare concerns, so one Chinese lexicon serves both
 * scripts. Pairs: traditional then simplified. Extend freely; an unknown character is left as it is.
 */
const PAIRS =
  '訓训練练這这個个們们來来時时說说會会對对發发國国後后經经開开問问過过還还電电長长現现樣样點点車车見见沒没' +
  '錢钱難难顧顾醫医療疗憂忧鬱郁慮虑騙骗歲岁學学孫孙媽妈爺爷僱雇職职業业無无處处麼么錯错給给讓让' +
  '誰谁為为從从兒儿媳媳婦妇爸爸親亲戚戚離离婚婚單单帶带養养護护照照癡痴呆呆記记憶忆憂忧' +
  '覺觉睡睡眠眠焦焦壓压殺杀傷伤淚泪痛痛苦苦辦办補补貼贴請请區区役役費费債债貸贷欠欠還还繳缴' +
  '租租房房東东搬搬趕赶窮穷飯饭餓饿吃吃喝喝醉醉罵骂打打踢踢揍揍嚇吓怕怕虐虐待待鄰邻居居' +
  '懷怀孕孕產产嬰婴幼幼稚稚園园託托育育校校課课霸霸凌凌障障礙碍殘残疾疾輪轮椅椅聽听視视聾聋' +
  '緩缓啞哑癒愈腎肾儲储賴赖慣惯測测評评衛卫盲盲語语譯译簽签證证護护籍籍僑侨留留實实習习孤孤獨独寂寂寞寞聊聊談谈陪陪伴伴繭茧閉闭門门' +
  '關关屋屋間间認认識识頭头腦脑風风癱瘫瘓痪院院診诊藥药術术醒醒暈晕昏昏倒倒呼呼吸吸血血救救' +
  '護护車车報报警警約约詐诈財财產产遺遗囑嘱權权擁拥監监監监並并機机構构爾尔麗丽體体況况質质' +
  '撐撑負负擔担累累壞坏錯错糾纠紛纷綁绑腳脚廳厅辭辞聘聘薪薪資资獎奖貧贫貨货買买賣卖價价' +
  '給给領领續续調调換换辭辞齡龄歡欢愛爱憐怜願愿們们應应該该飽饱燒烧熱热險险惱恼惡恶' +
  '著着異异鄉乡樓楼貴贵險险驗验總总結结這这麼么樣样邊边進进運运選选遠远達达連连適适遲迟團团圍围圖图層层歷历厭厌廢废' +
  '幾几輩辈謝谢週周訴诉睜睁話话讀读寫写聲声氣气場场嗎吗準准帳账鐘钟紙纸線线網网絡络節节裡里裏里燈灯鎖锁鑰钥槍枪臉脸變变嚥咽陽阳臺台躍跃橋桥廁厕動动靜静斷断絕绝決决備备劃划計计畫画顆颗彈弹農农條条裝装錄录嬸婶繼继將将當当別别許许剛刚與与輕轻鬆松煩烦' +
  '潑泼澆浇錘锤揮挥腳脚臂臂貓猫寵宠摺折漢汉揮挥舉举嚨咙頸颈緊紧衝冲廚厨濕湿溫温懼惧驚惊亂乱夢梦搶抢竊窃搖摇響响靈灵屍尸喪丧禮礼儀仪墳坟紀纪樂乐興兴遊游戲戏劇剧禍祸創创復复臟脏腸肠腫肿試试題题績绩師师員员闆板銀银償偿稅税書书號号碼码郵邮寶宝貝贝餵喂鬧闹罰罚飢饥髒脏褲裤擊击戰战爭争鬥斗傭佣鐵铁軌轨臥卧瞭了鍋锅滅灭盡尽憑凭隨随終终訊讯' +
  '尷尴尬尬悶闷塊块際际隻只頂顶繩绳凍冻嘔呕蓋盖痺痹齒齿癲癫癇痫誤误紐纽鈕钮釦扣劑剂蟲虫燙烫膚肤滿满顎颚蒼苍憊惫掙挣搧扇髮发牆墙脫脱姪侄務务陣阵戶户陰阴駭骇緒绪憤愤掛挂懸悬墜坠穩稳戀恋億亿萬万輛辆廂厢瀕濒淨净漬渍櫃柜幫帮雜杂夠够攢攒' +
  '兩两講讲灣湾畢毕傳传檢检丟丢諮咨詢询嬤嬷營营參参內内轉转聯联專专蹤踪菸烟銷销嚴严數数狀状舊旧圓圆匯汇脅胁滾滚瘋疯潰溃爐炉擾扰勸劝刪删鑑鉴漲涨觀观爛烂擠挤噴喷禪禅勞劳齊齐較较亞亚虛虚賺赚撿捡遙遥據据屬属釋释癢痒屜屉餅饼濱滨雖虽綜综縣县鷹鹰繞绕滯滞屆届莊庄厲厉稱称贍赡膽胆黃黄癮瘾獸兽籤签騷骚懶懒擇择慘惨歸归雞鸡雙双淺浅疊叠濟济擋挡闖闯緣缘啟启傾倾煙烟賭赌積积' +
  // injections and stitches, knives and fish, sport and its halls (針預縫紮鋒魚賽館…)
  '針针預预島岛魚鱼賽赛縫缝紮扎鋒锋鬍胡館馆繃绷滲渗膿脓瘡疮鏟铲鋸锯釘钉輸输種种級级蝦虾鬚须鏡镜籃篮劍剑隊队';

export const HANT_TO_HANS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i] as string;
    const to = chars[i + 1] as string;
    if (from !== to) map.set(from, to);
  }
  return map;
})();

/**
 * Targets of the map above that traditional writing also uses every day (了 for 瞭, 只 for 隻, 台 for 臺,
 * 周 for 週, 准, 托, 游, 愈, 痴, 扣, 折, 板, 松, 喂, 咽, 扇, 胡, 扎): they tell neither script.
 */
const SHARED = new Set(Array.from('了只台周准托游愈痴扣折板松喂咽扇胡扎'));

/** Characters found only in simplified writing (the targets of the map above, less the shared ones). */
export const HANS_ONLY: ReadonlySet<string> = new Set(
  [...HANT_TO_HANS.values()].filter((c) => !SHARED.has(c)),
);
