import type { IdiomPair, Lexicon } from './types.ts';

/**
 * A phone or a laptop named as the one that "died", with how between ("my phone completely died", "the
 * battery is totally dead"), and messages or history that "disappeared" ("the whole chat history
 * disappeared forever"): a device and its data, not the writer ("i want to disappear" still alarms).
 */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const DEVICE_GONE: IdiomPair[] = [
  {
    reach: 1,
    a: ['phone', 'phones', 'cell', 'cellphone', 'mobile', 'iphone', 'android', 'laptop', 'computer', 'pc', 'tablet', 'ipad', 'battery', 'phone battery'],
    b: ['', 'completely', 'totally', 'finally', 'suddenly', 'just', 'literally', 'basically', 'fully', 'actually', 'randomly'].flatMap((how) =>
      ['X died', 'is X dead', 'was X dead', 'went X dead', 'has X died', 'X died on me', 'is X dying', 'X dead$', 'X gave out', 'X shut off', 'X shut down'].map((w) => w.replace('X', how).replace(/ {2,}/g, ' ').trim()),
    ),
  },
  {
    reach: 1,
    a: ['chat history', 'chat', 'chats', 'messages', 'old messages', 'texts', 'old texts', 'conversation', 'conversations', 'history', 'message history', 'photos', 'pictures', 'contacts', 'data', 'files', 'notes', 'link', 'links'],
    b: ['', 'all', 'just', 'completely', 'suddenly'].flatMap((how) =>
      ['X disappeared', 'X vanished', 'X got deleted', 'X got wiped', 'X got erased', 'X got lost', 'was X deleted', 'were X deleted', 'was X wiped', 'were X wiped', 'is X gone', 'are X gone', 'X disappeared forever', 'is X gone forever', 'are X gone forever', 'X vanished forever'].map((w) => w.replace('X', how).replace(/ {2,}/g, ' ').trim()),
    ),
  },
];

/**
 * Someone writing in a role — a teacher, a carer, a landlord, a volunteer — who tells the words of harm and, in
 * the sentences after them, the harmless reading they found: a neighbour's report of screaming, then the visit
 * that found night terrors, autism or a dance practice; a child's bruise, then the doctor's cause; a collapse,
 * then the hospital and the patient stable; a question on abuse or suicide asked for a manual or an SOP, with
 * no case now. The harm's words and that reading are one figure. The reading must be said: one denied or doubted
 * ("not night terrors", "she says she fell, but…") makes none (see `disowned` in engine.ts), and a blow told
 * besides is a word of its own.
 */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const ROLE_FOUND_HARMLESS: IdiomPair[] = [
  { reach: 200, acrossSentences: 3,
    a: ['screaming', 'screams', 'crying', 'shouting', 'yelling', 'banging', 'thuds', 'noises'],
    b: ['night terror', 'night terrors', 'sleep terror', 'colic', 'teething', 'is autistic', 'has autism', 'autism spectrum', 'meltdown', 'meltdowns', 'tantrum', 'tantrums', 'practising a dance', 'practicing a dance', 'dance practice', 'rehearsing', 'watching a film', 'watching a movie', 'playing a game',
      'nobody hits him', 'nobody hits her', 'no one hits him', 'no one hits her', 'nobody was hit', 'no one was hit', 'nobody was hurt', 'no one was hurt', 'never hit him', 'never hit her', 'never hits him', 'never hits her', 'no sign of abuse', 'no signs of abuse'] },
  { reach: 200, acrossSentences: 3,
    a: ['bruise', 'bruises', 'bruising', 'bruised', 'mark$', 'marks$', 'a mark', 'the mark', 'red spots', 'swelling'],
    b: ['is a mongolian spot', 'was a mongolian spot', 'are mongolian spots', 'were mongolian spots', 'as a mongolian spot', 'as mongolian spots', 'diagnosed as a birthmark', 'confirmed it was a birthmark', 'due to a blood disorder', 'caused by a blood disorder', 'from a blood disorder', 'has a blood disorder', 'due to a bleeding disorder', 'has a bleeding disorder', 'low platelet', 'has haemophilia', 'has hemophilia', 'vaccine reaction', 'reaction to the vaccine', 'reaction to the jab', 'injection site', 'fell off her bike', 'fell off his bike', 'fell off a bike', 'bike accident', 'at basketball', 'playing basketball', 'at football', 'playing football', 'at rugby', 'at judo',
      'abuse was ruled out', 'abuse has been ruled out', 'ruled out abuse', 'ruled out any abuse', 'not abuse', 'no sign of abuse', 'no signs of abuse'] },
  { reach: 200, acrossSentences: 3,
    a: ['collapsed', 'collapse', 'unconscious', 'unresponsive', 'ambulance', 'fell down the stairs', 'found him on the floor', 'found her on the floor'],
    b: ['in a stable condition', 'in stable condition', 'condition is stable', 'is stable now', 'is now stable', 'stable in hospital', 'out of danger', 'not life threatening', 'recovering well', 'is recovering', 'doing well now'] },
  // a question asked ahead — a manual, an SOP, a training — on the forms a procedure is written in, either way round
  { reach: 160, acrossSentences: 2,
    a: ['general question', 'for our manual', 'for our handbook', 'for the manual', 'for our sop', 'writing an sop', 'writing a policy', 'our policy', 'for our guidelines', 'for a training', 'for our training', 'training session', 'a workshop', 'hypothetical', 'just in case', 'in advance'],
    b: ['suspects abuse', 'suspect abuse', 'suspected abuse', 'suspicion of abuse', 'signs of abuse', 'abuse is suspected', 'might be abused', 'may be abused', 'might be being abused', 'report abuse', 'reporting abuse', 'domestic violence', 'suicide risk', 'risk of suicide', 'suicidal thoughts', 'says they want to die', 'says he wants to die', 'says she wants to die', 'talks about suicide', 'talking about suicide', 'mentions suicide', 'suicide prevention'] },
  { reach: 160, acrossSentences: 2,
    a: ['suspects abuse', 'suspect abuse', 'suspected abuse', 'suspicion of abuse', 'signs of abuse', 'abuse is suspected', 'might be abused', 'may be abused', 'might be being abused', 'report abuse', 'reporting abuse', 'domestic violence', 'suicide risk', 'risk of suicide', 'suicidal thoughts', 'says they want to die', 'says he wants to die', 'says she wants to die', 'talks about suicide', 'talking about suicide', 'mentions suicide'],
    b: ['no current case', 'no case at the moment', 'no case right now', 'no actual case', 'not a real case', 'no child is in trouble', 'nobody is in trouble', 'for our manual', 'for our handbook', 'for our sop', 'for our guidelines', 'for a training', 'for our training', 'hypothetical', 'just in case', 'general question'] },
];
/** English as residents write it: plain words, typos, no apostrophes ("cant", "dont"). */
// biome-ignore format: a category's phrases stay together on a few lines, easy to read and extend
export const en: Lexicon = {
  categories: {
    // Lines marked "told beside another problem": everyday words for a problem residents name as the
    // second or third of a compound concern (rent unpaid and two small children), so that window is found too.
    elderly: [
      // Japanese administrative words written in Japanese inside any language's message (en is read with every lexicon; the same weights as ja.ts, so a Japanese message reads them once)
      ['介護', 1.5], ['特養', 2],
      // Japanese welfare words typed in romaji inside other languages (care-need certificate, care homes, day and short stays); a bath or toilet rail
      ['kaigo nin', 2], ['kaigo shisetsu', 2], ['kaigo sabisu', 2], ['kaigo saabisu', 2], ['rojin hom', 2], ['roujin hom', 2], ['tokuyou', 2], ['tokubetsu yogo', 2], ['tokubetsu yougo', 2], ['shooto sutei', 2], ['shoto sutei', 2], ['grab bar', 1.5], ['grab rail', 1.5],
      ['in our seventies', 1], ['in our eighties', 1], ['in their seventies', 1], ['in their eighties', 1], ['in our 70s', 1], ['in our 80s', 1],
      // Japanese welfare words typed in Roman letters, in any language's message (romaji): read with every lexicon
      ['ninchishou', 2], ['ninchisho', 2], ['monowasure', 1.5], ['dei saabisu', 2], ['yokaigo', 2], ['youkaigo', 2], ['koureisha', 1.5], ['koreisha', 1.5], ['toshiyori', 1.5],
      // an older relative cheated or signed up by a seller: the older person's window too
      ...['grandma', 'grandpa', 'grandmother', 'grandfather', 'granny', 'elderly mother', 'elderly father'].flatMap((who) => ['scam', 'scammed', 'salesman', 'signed a contract', 'sign contract', 'signed contract', 'fraud', 'tricked'].flatMap((what) => [[`${who}...${what}`, 1], [`${what}...${who}`, 1]] as const)),
      ['grandma...cant walk', 1.5], ['grandpa...cant walk', 1.5], ['granny...cant walk', 1.5], ['grandma...cant get up', 1.5], ['grandpa...cant get up', 1.5],
      // told beside another problem
      ...['mum', 'mom', 'dad', 'mother', 'father', 'grandma', 'grandpa'].flatMap((k) => [...'789'].map((d) => [`${k} is ${d}`, 1] as const)), ['father-in-law', 0.5], ['mother-in-law', 0.5], ['over 80', 1], ['over 75', 1], ['over 70', 1], ['both 80', 1], ['80s$', 1], ['90s$', 1], ['widowed', 0.7], ['tiny pension', 1.5], ['small pension', 1.5], ['cant do the stairs', 1.5], ['manage the stairs', 1.5], ['the stairs anymore', 1.5], ['hip fracture', 1.5], ['broke her hip', 1.5], ['broke his hip', 1.5], ['old guy', 1], ['tea group', 1],
      ['70 year old', 1], ['71 year old', 1], ['72 year old', 1], ['73 year old', 1], ['74 year old', 1], ['75 year old', 1], ['76 year old', 1], ['77 year old', 1], ['78 year old', 1], ['79 year old', 1], ['80 year old', 1], ['81 year old', 1], ['82 year old', 1], ['83 year old', 1], ['84 year old', 1], ['85 year old', 1], ['86 year old', 1], ['87 year old', 1], ['88 year old', 1], ['89 year old', 1], ['90 year old', 1], ['91 year old', 1], ['92 year old', 1], ['93 year old', 1], ['94 year old', 1], ['95 year old', 1], ['96 year old', 1], ['97 year old', 1], ['98 year old', 1], ['99 year old', 1],
      ['70 years old', 1], ['71 years old', 1], ['72 years old', 1], ['73 years old', 1], ['74 years old', 1], ['75 years old', 1], ['76 years old', 1], ['77 years old', 1], ['78 years old', 1], ['79 years old', 1], ['80 years old', 1], ['81 years old', 1], ['82 years old', 1], ['83 years old', 1], ['84 years old', 1], ['85 years old', 1], ['86 years old', 1], ['87 years old', 1], ['88 years old', 1], ['89 years old', 1], ['90 years old', 1], ['91 years old', 1], ['92 years old', 1], ['93 years old', 1], ['94 years old', 1], ['95 years old', 1], ['96 years old', 1], ['97 years old', 1], ['98 years old', 1], ['99 years old', 1],
      ['70 yo$', 1], ['71 yo$', 1], ['72 yo$', 1], ['73 yo$', 1], ['74 yo$', 1], ['75 yo$', 1], ['76 yo$', 1], ['77 yo$', 1], ['78 yo$', 1], ['79 yo$', 1], ['80 yo$', 1], ['81 yo$', 1], ['82 yo$', 1], ['83 yo$', 1], ['84 yo$', 1], ['85 yo$', 1], ['86 yo$', 1], ['87 yo$', 1], ['88 yo$', 1], ['89 yo$', 1], ['90 yo$', 1], ['91 yo$', 1], ['92 yo$', 1], ['93 yo$', 1], ['94 yo$', 1], ['95 yo$', 1], ['96 yo$', 1], ['97 yo$', 1], ['98 yo$', 1], ['99 yo$', 1],
      ['70yo$', 1], ['71yo$', 1], ['72yo$', 1], ['73yo$', 1], ['74yo$', 1], ['75yo$', 1], ['76yo$', 1], ['77yo$', 1], ['78yo$', 1], ['79yo$', 1], ['80yo$', 1], ['81yo$', 1], ['82yo$', 1], ['83yo$', 1], ['84yo$', 1], ['85yo$', 1], ['86yo$', 1], ['87yo$', 1], ['88yo$', 1], ['89yo$', 1], ['90yo$', 1], ['91yo$', 1], ['92yo$', 1], ['93yo$', 1], ['94yo$', 1], ['95yo$', 1], ['96yo$', 1], ['97yo$', 1], ['98yo$', 1], ['99yo$', 1],
      ['aged 70$', 1], ['aged 71$', 1], ['aged 72$', 1], ['aged 73$', 1], ['aged 74$', 1], ['aged 75$', 1], ['aged 76$', 1], ['aged 77$', 1], ['aged 78$', 1], ['aged 79$', 1], ['aged 80$', 1], ['aged 81$', 1], ['aged 82$', 1], ['aged 83$', 1], ['aged 84$', 1], ['aged 85$', 1], ['aged 86$', 1], ['aged 87$', 1], ['aged 88$', 1], ['aged 89$', 1], ['aged 90$', 1], ['aged 91$', 1], ['aged 92$', 1], ['aged 93$', 1], ['aged 94$', 1], ['aged 95$', 1], ['aged 96$', 1], ['aged 97$', 1], ['aged 98$', 1], ['aged 99$', 1],
      ['im 70$', 0.8], ['im 71$', 0.8], ['im 72$', 0.8], ['im 73$', 0.8], ['im 74$', 0.8], ['im 75$', 0.8], ['im 76$', 0.8], ['im 77$', 0.8], ['im 78$', 0.8], ['im 79$', 0.8], ['im 80$', 0.8], ['im 81$', 0.8], ['im 82$', 0.8], ['im 83$', 0.8], ['im 84$', 0.8], ['im 85$', 0.8], ['im 86$', 0.8], ['im 87$', 0.8], ['im 88$', 0.8], ['im 89$', 0.8], ['im 90$', 0.8], ['im 91$', 0.8], ['im 92$', 0.8], ['im 93$', 0.8], ['im 94$', 0.8], ['im 95$', 0.8], ['im 96$', 0.8], ['im 97$', 0.8], ['im 98$', 0.8], ['im 99$', 0.8],
      ['shes 70$', 1], ['shes 71$', 1], ['shes 72$', 1], ['shes 73$', 1], ['shes 74$', 1], ['shes 75$', 1], ['shes 76$', 1], ['shes 77$', 1], ['shes 78$', 1], ['shes 79$', 1], ['shes 80$', 1], ['shes 81$', 1], ['shes 82$', 1], ['shes 83$', 1], ['shes 84$', 1], ['shes 85$', 1], ['shes 86$', 1], ['shes 87$', 1], ['shes 88$', 1], ['shes 89$', 1], ['shes 90$', 1], ['shes 91$', 1], ['shes 92$', 1], ['shes 93$', 1], ['shes 94$', 1], ['shes 95$', 1], ['shes 96$', 1], ['shes 97$', 1], ['shes 98$', 1], ['shes 99$', 1],
      ['hes 70$', 1], ['hes 71$', 1], ['hes 72$', 1], ['hes 73$', 1], ['hes 74$', 1], ['hes 75$', 1], ['hes 76$', 1], ['hes 77$', 1], ['hes 78$', 1], ['hes 79$', 1], ['hes 80$', 1], ['hes 81$', 1], ['hes 82$', 1], ['hes 83$', 1], ['hes 84$', 1], ['hes 85$', 1], ['hes 86$', 1], ['hes 87$', 1], ['hes 88$', 1], ['hes 89$', 1], ['hes 90$', 1], ['hes 91$', 1], ['hes 92$', 1], ['hes 93$', 1], ['hes 94$', 1], ['hes 95$', 1], ['hes 96$', 1], ['hes 97$', 1], ['hes 98$', 1], ['hes 99$', 1],
      ['is 70 and', 1], ['is 71 and', 1], ['is 72 and', 1], ['is 73 and', 1], ['is 74 and', 1], ['is 75 and', 1], ['is 76 and', 1], ['is 77 and', 1], ['is 78 and', 1], ['is 79 and', 1], ['is 80 and', 1], ['is 81 and', 1], ['is 82 and', 1], ['is 83 and', 1], ['is 84 and', 1], ['is 85 and', 1], ['is 86 and', 1], ['is 87 and', 1], ['is 88 and', 1], ['is 89 and', 1], ['is 90 and', 1], ['is 91 and', 1], ['is 92 and', 1], ['is 93 and', 1], ['is 94 and', 1], ['is 95 and', 1], ['is 96 and', 1], ['is 97 and', 1], ['is 98 and', 1], ['is 99 and', 1],
      ['is 70 now', 1], ['is 71 now', 1], ['is 72 now', 1], ['is 73 now', 1], ['is 74 now', 1], ['is 75 now', 1], ['is 76 now', 1], ['is 77 now', 1], ['is 78 now', 1], ['is 79 now', 1], ['is 80 now', 1], ['is 81 now', 1], ['is 82 now', 1], ['is 83 now', 1], ['is 84 now', 1], ['is 85 now', 1], ['is 86 now', 1], ['is 87 now', 1], ['is 88 now', 1], ['is 89 now', 1], ['is 90 now', 1], ['is 91 now', 1], ['is 92 now', 1], ['is 93 now', 1], ['is 94 now', 1], ['is 95 now', 1], ['is 96 now', 1], ['is 97 now', 1], ['is 98 now', 1], ['is 99 now', 1],
      ['mum 70$', 1], ['mum 71$', 1], ['mum 72$', 1], ['mum 73$', 1], ['mum 74$', 1], ['mum 75$', 1], ['mum 76$', 1], ['mum 77$', 1], ['mum 78$', 1], ['mum 79$', 1], ['mum 80$', 1], ['mum 81$', 1], ['mum 82$', 1], ['mum 83$', 1], ['mum 84$', 1], ['mum 85$', 1], ['mum 86$', 1], ['mum 87$', 1], ['mum 88$', 1], ['mum 89$', 1], ['mum 90$', 1], ['mum 91$', 1], ['mum 92$', 1], ['mum 93$', 1], ['mum 94$', 1], ['mum 95$', 1], ['mum 96$', 1], ['mum 97$', 1], ['mum 98$', 1], ['mum 99$', 1],
      ['mums 70$', 1], ['mums 71$', 1], ['mums 72$', 1], ['mums 73$', 1], ['mums 74$', 1], ['mums 75$', 1], ['mums 76$', 1], ['mums 77$', 1], ['mums 78$', 1], ['mums 79$', 1], ['mums 80$', 1], ['mums 81$', 1], ['mums 82$', 1], ['mums 83$', 1], ['mums 84$', 1], ['mums 85$', 1], ['mums 86$', 1], ['mums 87$', 1], ['mums 88$', 1], ['mums 89$', 1], ['mums 90$', 1], ['mums 91$', 1], ['mums 92$', 1], ['mums 93$', 1], ['mums 94$', 1], ['mums 95$', 1], ['mums 96$', 1], ['mums 97$', 1], ['mums 98$', 1], ['mums 99$', 1],
      ['mom 70$', 1], ['mom 71$', 1], ['mom 72$', 1], ['mom 73$', 1], ['mom 74$', 1], ['mom 75$', 1], ['mom 76$', 1], ['mom 77$', 1], ['mom 78$', 1], ['mom 79$', 1], ['mom 80$', 1], ['mom 81$', 1], ['mom 82$', 1], ['mom 83$', 1], ['mom 84$', 1], ['mom 85$', 1], ['mom 86$', 1], ['mom 87$', 1], ['mom 88$', 1], ['mom 89$', 1], ['mom 90$', 1], ['mom 91$', 1], ['mom 92$', 1], ['mom 93$', 1], ['mom 94$', 1], ['mom 95$', 1], ['mom 96$', 1], ['mom 97$', 1], ['mom 98$', 1], ['mom 99$', 1],
      ['moms 70$', 1], ['moms 71$', 1], ['moms 72$', 1], ['moms 73$', 1], ['moms 74$', 1], ['moms 75$', 1], ['moms 76$', 1], ['moms 77$', 1], ['moms 78$', 1], ['moms 79$', 1], ['moms 80$', 1], ['moms 81$', 1], ['moms 82$', 1], ['moms 83$', 1], ['moms 84$', 1], ['moms 85$', 1], ['moms 86$', 1], ['moms 87$', 1], ['moms 88$', 1], ['moms 89$', 1], ['moms 90$', 1], ['moms 91$', 1], ['moms 92$', 1], ['moms 93$', 1], ['moms 94$', 1], ['moms 95$', 1], ['moms 96$', 1], ['moms 97$', 1], ['moms 98$', 1], ['moms 99$', 1],
      ['dad 70$', 1], ['dad 71$', 1], ['dad 72$', 1], ['dad 73$', 1], ['dad 74$', 1], ['dad 75$', 1], ['dad 76$', 1], ['dad 77$', 1], ['dad 78$', 1], ['dad 79$', 1], ['dad 80$', 1], ['dad 81$', 1], ['dad 82$', 1], ['dad 83$', 1], ['dad 84$', 1], ['dad 85$', 1], ['dad 86$', 1], ['dad 87$', 1], ['dad 88$', 1], ['dad 89$', 1], ['dad 90$', 1], ['dad 91$', 1], ['dad 92$', 1], ['dad 93$', 1], ['dad 94$', 1], ['dad 95$', 1], ['dad 96$', 1], ['dad 97$', 1], ['dad 98$', 1], ['dad 99$', 1],
      ['dads 70$', 1], ['dads 71$', 1], ['dads 72$', 1], ['dads 73$', 1], ['dads 74$', 1], ['dads 75$', 1], ['dads 76$', 1], ['dads 77$', 1], ['dads 78$', 1], ['dads 79$', 1], ['dads 80$', 1], ['dads 81$', 1], ['dads 82$', 1], ['dads 83$', 1], ['dads 84$', 1], ['dads 85$', 1], ['dads 86$', 1], ['dads 87$', 1], ['dads 88$', 1], ['dads 89$', 1], ['dads 90$', 1], ['dads 91$', 1], ['dads 92$', 1], ['dads 93$', 1], ['dads 94$', 1], ['dads 95$', 1], ['dads 96$', 1], ['dads 97$', 1], ['dads 98$', 1], ['dads 99$', 1],
      ['father 70$', 1], ['father 71$', 1], ['father 72$', 1], ['father 73$', 1], ['father 74$', 1], ['father 75$', 1], ['father 76$', 1], ['father 77$', 1], ['father 78$', 1], ['father 79$', 1], ['father 80$', 1], ['father 81$', 1], ['father 82$', 1], ['father 83$', 1], ['father 84$', 1], ['father 85$', 1], ['father 86$', 1], ['father 87$', 1], ['father 88$', 1], ['father 89$', 1], ['father 90$', 1], ['father 91$', 1], ['father 92$', 1], ['father 93$', 1], ['father 94$', 1], ['father 95$', 1], ['father 96$', 1], ['father 97$', 1], ['father 98$', 1], ['father 99$', 1],
      ['mother 70$', 1], ['mother 71$', 1], ['mother 72$', 1], ['mother 73$', 1], ['mother 74$', 1], ['mother 75$', 1], ['mother 76$', 1], ['mother 77$', 1], ['mother 78$', 1], ['mother 79$', 1], ['mother 80$', 1], ['mother 81$', 1], ['mother 82$', 1], ['mother 83$', 1], ['mother 84$', 1], ['mother 85$', 1], ['mother 86$', 1], ['mother 87$', 1], ['mother 88$', 1], ['mother 89$', 1], ['mother 90$', 1], ['mother 91$', 1], ['mother 92$', 1], ['mother 93$', 1], ['mother 94$', 1], ['mother 95$', 1], ['mother 96$', 1], ['mother 97$', 1], ['mother 98$', 1], ['mother 99$', 1],
      ['in our 70s', 1], ['in our 80s', 1], ['in their 70s', 1], ['in their 80s', 1], ['in his 70s', 1], ['in her 70s', 1], ['in my 70s', 1], ['in my 80s', 1], ['in their 90s', 1], ['both over 7', 1], ['both over 8', 1], ['over 65', 0.7],
      ['kaigo', 0.7], ['kaigo hoken', 2], ['care insurance', 2], ['care level', 2], ['care manager', 2], ['care plan', 1], ['youkaigo', 2], ['yokaigo', 2], ['nintei', 1], ['tokuyo', 2], ['short stay', 1], ['retirement home', 2], ['old age home', 2], ['old folks', 1.5], ['pensioner', 1.5], ['houkatsu', 2], ['ninchisho', 2],
      ['obaachan', 1], ['ojiichan', 1], ['obaasan', 1], ['ojiisan', 1], ['grandad', 0.5], ['granddad', 0.5], ['muddled', 1], ['kodokushi', 1.5], ['lonely death', 1.5], ['handrail', 1], ['hand in his licence', 1.5], ['give up his licence', 1.5], ['give up his license', 1.5], ['hearing is going', 1],
      ['calls me by', 1], ['calling me by', 1], ['too old', 1.5], ['getting older', 1.5],
      ['gran$', 0.5], ['nan$', 0.3], ['keeps falling', 1.5], ['refuses help', 1],
      ['memory problems', 2], ['memory is getting worse', 2], ['confused', 0.7], ['getting old', 1.5], ['older adult', 1.5], ['aged care', 2], ['home care', 1], ['elder care', 2], ['assisted living', 2], ['hearing aid', 1], ['lives alone', 0.5],
      ['dementia', 2], ['alzheimer', 2], ['forgetful', 1.5], ['keeps forgetting', 1.5], ['keep forgetting', 1.5],
      ['forgets', 1], ['forgetting', 1], ['memory loss', 2], ['memory is', 1], ['wandering', 1.5], ['wanders', 1.5],
      ['got lost', 1], ['gets lost', 1], ['left the stove', 1.5], ['stove on', 1], ['same question', 1.5],
      ['repeats', 1], ['elderly', 1.5], ['old age', 1.5], ['aged$', 1], ['aging parent', 2], ['ageing parent', 2],
      ['senior', 1.5], ['nursing care', 2], ['care needs', 2], ['care assessment', 2], ['long term care', 2],
      ['nursing home', 2], ['care home', 2], ['day care for', 0.5], ['day service', 2], ['home helper', 1.5],
      ['grandma', 0.5], ['grandpa', 0.5], ['grandmother', 0.5], ['grandfather', 0.5], ['granny', 0.5], ['in her 80s', 1],
      ['in his 80s', 1], ['in her 90s', 1], ['in his 90s', 1], ['80 years', 1], ['90 years', 1], ['bedridden', 2],
      ['bathe himself', 1.5], ['bathe herself', 1.5], ['fell down', 0.5], ['falls$', 0.5], ['frail', 1.5], ['retired', 0.5],
      ['pension', 0.3], ['old man', 1], ['old woman', 1], ['old lady', 1], ['old people', 1], ['check on him', 1],
      ['check on her', 1], ['stroke', 0.5], ['hip$', 0.5], ['hips$', 0.5], ['walker', 0.5], ['barely eats', 0.5],
    ],
    disability: [
      // Japanese administrative words written in Japanese inside any language's message (en is read with every lexicon; the same weights as ja.ts, so a Japanese message reads them once)
      ['療育手帳', 2], ['療育', 2], ['放課後等デイ', 2], ['特別児童扶養手当', 5], ['障害者手帳', 2], ['発達', 1], ['houkago day', 2], ['hokago day', 2], ['ryoiku techo', 2], ['shogaisha techo', 2],
      // an impairment named
      ['hearing impair', 2], ['visual impair', 2], ['speech impair', 2],
      // romaji read with every lexicon: a developmental check
      ['hattatsu$', 1.5], ['hattatsu kensa', 2],
      ['guide dog', 2], ['assistance dog', 2], ['service dog', 2], ['hearing dog', 2], ['crutches', 1], ['white cane', 2], ['wheelchair ramp', 2], ['ramp$', 1], ['ramps$', 1], ['step-free', 1], ['adaptive', 1], ['asperger', 2], ['job coach', 2],
      ['glaucoma', 1.5], ['macular degeneration', 1.5], ['eyesight is going', 1.5], ['losing her sight', 1.5], ['losing his sight', 1.5], ['not talking yet', 1.5], ['isnt talking yet', 1.5], ['speech delay', 2], ['delayed speech', 2], ['late talker', 1.5],
      ['shogaisha', 2], ['hattatsu shougai', 2], ['ryouiku', 2], ['ryoiku', 2], ['jiheishou', 2], ['jiheisho', 2],
      ['cant hear', 1.5], ['cant see', 1.5], ['hearing loss', 2], ['sight loss', 2], ['epilepsy', 1], ['dyslexi', 2], ['stutter', 1.5], ['mobility', 1], ['prosthe', 1.5], ['ndis', 1],
      ['disability', 2], ['disabled', 2], ['handicap', 2], ['wheelchair', 2], ['autism', 2], ['autistic', 2], ['adhd', 2],
      ['asd$', 2], ['learning difficult', 2], ['learning disab', 2], ['developmental', 2], ['intellectual', 1.5],
      ['down syndrome', 2], ['cerebral palsy', 2], ['ostomy', 2], ['ileostom', 2], ['colostom', 2], ['urostom', 2], ['stoma$', 2], ['stoma bag', 2], ['shougaisha', 2], ['shogaisha', 2], ['deaf', 2], ['hard of hearing', 2], ['blind', 2],
      ['visually impaired', 2], ['sign language', 3], ['signing interpreter', 3], ['after-school day service', 3], ['after school day service', 3], ['braille', 2], ['special needs', 2], ['special school', 2],
      ['certificate', 0.5], ['paralys', 1.5], ['paralyz', 1.5], ['amputat', 1.5], ['cant walk', 1], ['day program', 1],
      ['group home', 1], ['sheltered work', 2], ['brain injury', 1], ['multiple sclerosis', 2], ['has ms$', 1.5], ['motor neuron', 2], ['spinal injury', 2],
    ],
    child: [
      // a pupil's own life under parents' rules and school (pass K2, 17th session): the report card, screen time, a phone taken, curfew, pocket money, being grounded; a school year; Japanese school words in any language (juku, chugaku, bukatsu)
      ['report card', 1.5], ['screen time', 1.5], ['strict parents', 1.5], ['pocket money', 1.5], ['im grounded', 1.5], ['i got grounded', 1.5], ['got grounded', 1.5], ['grounded me', 1.5], ['grounded for', 1.5], ['got detention', 1.5], ['after school detention', 1.5], ['gym class', 1], ['middle school', 1.5], ['middle schooler', 1.5], ['7th grade', 1.5], ['8th grade', 1.5], ['9th grade', 1.5], ['grade 7$', 1.5], ['grade 8$', 1.5], ['grade 9$', 1.5], ['phone got taken', 1.5], ['phone got confiscated', 1.5], ['confiscated my phone', 1], ['parents took my phone', 1.5], ['mom took my phone', 1.5], ['dad took my phone', 1.5], ['mum took my phone', 1.5],
      ['juku$', 1.5], ['jukus$', 1.5], ['chugaku', 1.5], ['chuugaku', 1.5], ['chugakusei', 1.5], ['chuugakusei', 1.5], ['shogakusei', 1.5], ['shougakusei', 1.5], ['bukatsu', 1], ['koukou juken', 1.5], ['koko juken', 1.5], ['koukou nyushi', 1.5], ['juken$', 1], ['kyushoku', 1.5], ['kyuushoku', 1.5], ['tsuuchihyou', 1.5], ['tsuchihyo', 1.5],
      // a school counsellor asked about a pupil or one's own child (pass K, 17th session)
      ['school counsel', 1.5], ['school psycholog', 1.5], ['school nurse', 1], ['homeroom teacher', 1.5],
      ['nurseries', 2],
      // Japanese administrative words written in Japanese inside any language's message (en is read with every lexicon; the same weights as ja.ts, so a Japanese message reads them once)
      ['保育園', 2], ['母子手帳', 2], ['出産一時金', 2], ['妊婦健診', 1.5], ['jidou teate', 2], ['jido teate', 2], ['boshi techo', 2], ['boshi techou', 2], ['ninpu kenshin', 1.5],
      // pregnancy and birth care: labour starting, morning sickness, a doula, the due date
      ['labour pains', 2], ['labor pains', 2], ['went into labour', 2], ['went into labor', 2], ['morning sickness', 2], ['doula', 2],
      // a pupil's own school day: teacher, class, break; mocked in a group chat; free tutoring; a coach
      ['at school', 0.5], ['my teacher', 1], ['our teacher', 1], ['in class$', 0.7], ['my class$', 0.7], ['classmates', 1], ['recess', 1.5], ['homeroom', 1.5], ['gym class', 1], ['pe class', 1], ['near school', 0.7], ['free tutor', 1.5], ['tutoring', 1], ['group chat...about me', 1], ['making fun of me', 1], ['coach makes us', 1], ['my coach', 0.7],
     
      // a pupil the school notices
      ['asleep in class', 1], ['sleeping in class', 1], ['asleep at school', 1],
      // a father's own words: leave and groups for new dads
      ['paternity leave', 1.5], ['for dads', 1], ['new dad', 1.5], ['dads group', 1.5],
      // first years: twins, teething, weaning, baby check-ups and first aid
      ['twins', 1.5], ['triplets', 1.5], ['teething', 2], ['weaning', 2], ['baby food', 1.5], ['well-baby', 2], ['infant cpr', 2], ['baby cpr', 2], ['infant first aid', 2], ['first aid for babies', 2], ['postnatal care', 1.5], ['postpartum care', 1.5], ['temporary childcare', 2], ['baby checkup', 2], ['baby check-up', 2],
      ['ninshin', 2], ['kosodate', 2], ['futoukou', 2], ['futoko', 2], ['ijime', 1.5], ['akachan', 1.5],
      ['miscarriage', 1.5], ['miscarried', 1.5], ['stillbirth', 1.5], ['stillborn', 1.5], ['lost the baby', 1.5], ['lost our baby', 1.5],
      // told beside another problem
      ...Array.from({ length: 8 }, (_, i) => [`im ${i + 8}$`, i < 6 ? 1.5 : 1] as const), ...Array.from({ length: 5 }, (_, i) => [`i am ${i + 11}$`, 1] as const), ...Array.from({ length: 9 }, (_, i) => [[`my ${i + 1} year old`, 1.5], [`${i + 1}yo`, 1.5]] as const).flat(), ['hoikuen', 2], ['gakudo', 2], ['youchien', 2], ['yochien', 2], ['month old', 2], ['months old', 1.5], ['week old', 2], ['weeks old', 1], ['cram school', 1], ['school trip', 1], ['school supplies', 1], ['randoseru', 1.5], ['in front of the kids', 1.5], ['in front of my kids', 1.5], ['in front of the children', 1.5], ['my students', 1], ['one of my students', 1.5], ['1st grade', 1.5], ['2nd grade', 1.5], ['3rd grade', 1.5], ['4th grade', 1.5], ['5th grade', 1.5], ['6th grade', 1.5], ['grader', 1.5],
      ['my son', 0.3], ['my daughter', 0.3],
      ['had a baby', 1.5], ['new baby', 1.5],
      ['sons$', 0.3],
      ['13 year old', 1], ['14 year old', 1], ['15 year old', 1], ['12 year old', 1], ['10 year old', 1], ['11 year old', 1],
      ['teenage son', 1.5], ['teenage daughter', 1.5], ['my teen', 1.5], ['grade', 0.5], ['junior high', 1.5], ['elementary', 1.5], ['abortion', 1.5], ['unplanned pregnancy', 2], ['period is late', 1.5], ['baby sitter', 1.5], ['babysit', 1.5], ['school fees', 1.5], ['school lunch', 1.5], ['foster', 1.5], ['my boy$', 1], ['my boys$', 1], ['my girl$', 1], ['my girls$', 1], ['ran away from home', 1.5], ['misbehav', 1], ['wont listen', 0.7], ['gaming all', 1],
      ['child', 0.7], ['children', 0.7], ['kid$', 0.7], ['kids', 0.7], ['two kids', 1], ['2 kids', 1], ['three kids', 1], ['my kids', 1], ['my children', 1], ['son$', 0.3], ['daughter', 0.3], ['baby', 1.5],
      ['babies', 1.5], ['newborn', 2], ['infant', 2], ['toddler', 2], ['pregnan', 2], ['expecting a baby', 2],
      ['childcare', 2], ['child care', 2], ['daycare', 2], ['day care', 1.5], ['nursery', 2], ['kindergarten', 2],
      ['preschool', 2], ['after school', 1.5], ['school refus', 2], ['refuses to go to school', 2],
      ['wont go to school', 2], ['doesnt go to school', 2], ['not going to school', 2], ['stopped going to school', 2],
      ['hasnt been to school', 2], ['missing school', 1.5], ['missing...of school', 1.5], ['missed...of school', 1.5], ['missing classes', 1], ['skipping school', 1.5], ['truant', 2], ['bullied', 1.5],
      ['bullying', 1.5], ['parenting', 2], ['raising', 1], ['school', 0.5], ['teacher', 0.5], ['homework', 1],
      ['15 yo', 1], ['14 yo', 1], ['13 yo', 1], ['12 yo', 1], ['teen', 1], ['birth', 1], ['midwife', 2], ['prenatal', 2],
      ['breastfe', 2], ['postpartum', 2], ['check up', 0.3], ['checkup', 0.3], ['vaccinat', 0.5], ['tantrum', 1.5],
    ],
    youth: [
      ['aging out', 2], ['ageing out', 2], ['leaving care', 2], ['childrens home', 1.5], ['children s home', 1.5], ['orphanage', 1.5],
      // services with a young person's age limit
      ['people under 35', 1.5], ['people under 30', 1.5], ['people under 39', 1.5], ['under 35$', 1], ['under 30$', 1],
      // Youth slang: coming out, finals, the wrong major.
      ['found out im gay', 1.5], ['found out i was gay', 1.5], ['came out to my', 1.5], ['coming out to my', 1.5], ['wrong major', 1.5], ['drop out of uni', 1.5], ['drop out of college', 1.5], ['failed my finals', 1], ['my parents are gonna', 0.7],
      // still students (a pregnancy or money trouble while at school or university)
      ['still students', 1], ['still a student', 1], ['both students', 1], ['both still students', 1],
      ['chuutai', 2], ['furiitaa', 2],
      ['i am 18$', 1.5], ['i am 19$', 1.5], ['i am 20$', 1.5], ['i am 21$', 1.5], ['i am 22$', 1.5], ['i am 23$', 1.5], ['i am 24$', 1.5], ['i am 25$', 1.5], ['i am 26$', 1.5], ['i am 27$', 1.5], ['i am 28$', 1.5], ['i am 29$', 1.5],
      ['18 yo$', 1], ['19 yo$', 1], ['20 yo$', 1], ['21 yo$', 1], ['22 yo$', 1], ['23 yo$', 1], ['24 yo$', 1], ['25 yo$', 1], ['26 yo$', 1], ['27 yo$', 1], ['28 yo$', 1], ['29 yo$', 1],
      ['18yo$', 1], ['19yo$', 1], ['20yo$', 1], ['21yo$', 1], ['22yo$', 1], ['23yo$', 1], ['24yo$', 1], ['25yo$', 1], ['26yo$', 1], ['27yo$', 1], ['28yo$', 1], ['29yo$', 1],
      ['aged 18$', 1], ['aged 19$', 1], ['aged 20$', 1], ['aged 21$', 1], ['aged 22$', 1], ['aged 23$', 1], ['aged 24$', 1], ['aged 25$', 1], ['aged 26$', 1], ['aged 27$', 1], ['aged 28$', 1], ['aged 29$', 1],
      ['18 and i', 0.7], ['19 and i', 0.7], ['20 and i', 0.7], ['21 and i', 0.7], ['22 and i', 0.7], ['23 and i', 0.7], ['24 and i', 0.7], ['25 and i', 0.7], ['26 and i', 0.7], ['27 and i', 0.7], ['28 and i', 0.7], ['29 and i', 0.7],
      ['no plan', 0.7], ['gap year', 1.5], ['vocational school', 1], ['senmon', 1], ['shukatsu', 1.5], ['shuukatsu', 1.5], ['job interview', 1], ['entry level', 1],
      ['16 year old', 1], ['17 year old', 1], ['18 year old', 1.5], ['19 year old', 1.5], ['20 year old', 1.5], ['21 year old', 1.5], ['22 year old', 1.5], ['23 year old', 1.5], ['24 year old', 1.5], ['25 year old', 1.5], ['26 year old', 1], ['27 year old', 1], ['28 year old', 1], ['29 year old', 1],
      ['young', 0.5], ['first job', 1.5], ['quit school', 1.5], ['left school', 1], ['student loan', 1.5], ['scholarship', 1.5], ['my parents', 0.5], ['move out of my parents', 1.5], ['im 1', 1],
      ['young person', 2], ['young people', 2], ['young adult', 2], ['youth', 2], ['teenager', 1], ['in my twenties', 2],
      ['in my 20s', 2], ['im 18', 1.5], ['im 19', 1.5], ['im 2', 1.5], ['dropped out', 1.5], ['drop out', 1.5],
      ['college', 1], ['uni$', 1], ['university', 1], ['student', 0.5], ['graduat', 1], ['job hunting', 1.5],
      ['career', 1.5], ['what to do with my life', 2], ['future', 0.5], ['neet', 1], ['what to do next', 1],
      ['about work or life', 1], ['no idea what i want', 2], ['no clue what i want', 2], ['dont know what i want to do', 2], ['third job in', 1],
      ['grad student', 1.5], ['grad school', 1], ['freeter', 1.5], ['care leaver', 2], ['childrens home', 1],
    ],
    women: [
      // harassment at work by a man: remarks about her body
      ['jokes about my body', 1.5], ['comments about my body', 1.5],
      // A father or partner beating the mother.
      ['hitting my mom', 1.5], ['beating my mom', 1.5], ['choking my mom', 2], ['hitting my mum', 1.5], ['beating my mum', 1.5], ['shares my location', 0.7], ['makes me share my location', 1.5],
      // a woman shouted at or put down by her husband's mother
      ['mother-in-law...yell', 1.5], ['mother-in-law...shout', 1.5], ['mother-in-law...scream', 1.5], ['mother in law...yell', 1.5], ['mother in law...shout', 1.5],
      ['texts me...times a day', 1], ['messages me...times a day', 1], ['keeps texting me', 1.5], ['showed up at my work', 1.5], ['shows up at my work', 1.5], ['turned up at my work', 1.5], ['turns up at my work', 1.5], ['showed up at my house', 1.5], ['waiting outside my', 1.5], ['wont leave me alone', 1],
      // told beside another problem
      ...['hitting', 'punching', 'hits', 'beats', 'beating', 'strangling', 'kicking', 'hurting', 'throwing things at'].flatMap((v) => ['my mum', 'my mom', 'mum$', 'mom$'].map((o) => [`${v} ${o}`, 2] as const)), ['sighs', 0.5], ['mocks', 1], ['puts me down', 1.5], ['belittles', 1.5], ['silent treatment', 1.5], ['walk on eggshells', 2], ['walking on eggshells', 2], ['threatening to take our kids', 2], ['threatens to take our kids', 2], ['take the kids to his country', 2], ['grabbed me by the throat', 1.5], ['touched my', 1], ['takes my...salary', 2],
      ['my wife', 0.3], ['coercive', 2], ['takes all my wages', 2], ['takes my wages', 2], ['takes my salary', 2], ['takes all my salary', 2], ['takes my whole paycheck', 2], ['takes my paycheck', 2], ['controls all the money', 2], ['controls the money', 1.5], ['show him the receipts', 1.5], ['show him receipts', 1.5], ['show him every receipt', 1.5], ['ask him for money', 1.5], ['ask his permission to buy', 1.5], ['jealous', 1], ['isolates me', 2], ['humiliates me', 2], ['calls me names', 2], ['threatens to take the kids', 2], ['groped', 1.5], ['molest', 1.5], ['pregnant by', 1], ['he hits', 1], ['throws things', 1.5], ['smashes', 1],
      // a partner, a son or a daughter named alone is only a hint (LABELLING.md: the problem makes the window), below a second window's threshold
      ['domestic violence', 2], ['domestic abuse', 2], ['dv$', 2], ['abusive', 2], ['my husband', 0.3], ['husband', 0.3],
      ['my partner', 0.3], ['boyfriend', 1], ['controls', 1.5], ['controlling', 2], ['control all', 1.5],
      ['shouts at me', 2], ['yells at me', 2], ['screams at me', 2], ['insults me', 2], ['threatens me', 2],
      ['checks my phone', 2], ['tracks my phone', 2], ['wont let me', 1.5], ['doesnt let me', 1.5],
      ['scared of him', 2], ['afraid of him', 2], ['sexual', 1.5], ['harass', 1.5], ['stalk', 1.5], ['rape', 2],
      ['shelter', 0.7], ['womens shelter', 2], ['women s shelter', 2], ['dv shelter', 2], ['domestic violence shelter', 2], ['shelter for women', 2], ['women', 1], ['woman', 0.5], ['beats me', 1], ['hits me', 1], ['hit me', 1],
      ['following me', 1], ['threw me', 1], ['my ex$', 1], ['gives me no money', 2], ['takes my money', 2],
      ['controls everything', 2], ['controls my', 1.5], ['won\'t let me', 1.5], ['left my husband', 1.5], ['left my partner', 1.5], ['leaving husband', 1.5], ['leaving my husband', 1.5],
    ],
    livelihood: [
      // about to lose the job
      ['be let go', 1.5], ['being let go', 1.5], ['getting let go', 1.5],
      // Japanese administrative words written in Japanese inside any language's message (en is read with every lexicon; the same weights as ja.ts, so a Japanese message reads them once)
      ['生活保護', 2], ['派遣切り', 2], ['ハローワーク', 1.5], ['haken giri', 2],
      // Japanese welfare words typed in romaji inside other languages: 生活保護 with its second word misspelt
      ['seikatsu$', 1.5], ['seikatu', 1.5],
      // no money of one's own, bills one can barely pay
      ['money of my own', 0.7], ['barely pay', 1], ['cant pay the bills', 1.5],
      // money gone at once (gambling, crypto, a bad bet), arrears, collectors and payment plans
      ['lost everything', 1], ['lost all my money', 2], ['lost all our money', 2], ['lost all my savings', 2], ['lost all our savings', 2], ['lost our savings', 2], ['blew...pay', 1.5], ['blew...savings', 1.5], ['blew...wages', 1.5], ['blew...salary', 1.5], ['borrowed from friends', 1.5], ['borrowed from family', 1.5], ['borrowed from coworkers', 1.5], ['borrowed from colleagues', 1.5], ['borrowed money', 1], ['payment plan', 1.5], ['pay in installments', 1.5], ['back taxes', 1.5], ['back tax', 1.5], ['collection calls', 2], ['debt collector', 2], ['collectors', 1], ['card company', 1],
      // money from work: paid leave, allowances, benefits after a death or an injury at work
      ['paid leave days', 1.5], ['paid leave', 0.7], ['paid holidays', 1], ['night shift allowance', 1.5], ['night allowance', 1.5], ['shift allowance', 1.5], ['survivor benefit', 1.5], ['survivors benefit', 1.5], ['workers comp', 1.5], ['work injury insurance', 1.5],
      ['no shifts', 1], ['shifts were cut', 1], ['shifts got cut', 1], ['disaster relief payment', 1.5],
      // Unpaid wages are money trouble too.
      ['broke af', 1.5], ['im broke', 1.5],
      ['shakkin', 2], ['shitsugyou', 2], ['shitsugyo', 2], ['kubi ni natta', 2], ['okane ga tarinai', 2], ['kyuuryou', 1], ['kyuryo', 1],
      ['no hoken', 1.5], ['dont have hoken', 1.5], ['seikatsuhogo', 2], ['okane ga nai', 2],
      // told beside another problem
      ['pays nothing', 1.5], ['insurance premium', 1.5], ['pension premium', 1.5], ['pay in instalments', 1.5], ['pay in installments', 1.5], ['not paying anything', 1.5], ['cut his hours', 2], ['cut her hours', 2], ['got cut', 1], ['contract was cut', 2], ['contract wont be renewed', 2], ['letting me go', 2], ['shop went under', 2], ['business failed', 2], ['skint', 2], ['no qualifications', 1], ['hopping between', 1], ['side job', 0.7], ['emergency help', 1], ['support money', 1.5], ['yen left', 2], ['short every', 1.5], ['always short', 1.5], ['months behind', 2], ['kokumin hoken', 1], ['kokuho', 1], ['savings are', 1.5], ['savings almost', 2], ['care fees', 1],
      ['seikatsu hogo', 2], ['seikatsuhogo', 2], ['hello work', 2], ['hellowork', 2], ['shuugaku enjo', 2], ['shugaku enjo', 2], ['shoubyou teate', 1.5], ['shobyo teate', 1.5],
      ['give up my job', 1.5], ['job hunting', 1], ['my job', 0.5],
      ['hours got cut', 2], ['cut my hours', 2], ['behind on', 1.5], ['quit my job', 1.5], ['had to quit', 1], ['look for work', 1], ['finding work', 1.5], ['lighter work', 1.5], ['light duties', 1.5], ['disability employment', 1.5], ['find work', 1],
      ['cant make rent', 1.5], ['cant buy food', 2], ['nothing to eat', 2], ['hungry', 1], ['starving', 1.5], ['bankrupt', 2], ['tax', 0.7], ['arrears', 1.5], ['overdue', 1], ['collection agency', 2], ['loan shark', 2], ['payday loan', 2], ['credit card', 1.5], ['job center', 1.5], ['looking for work', 1.5], ['looking for a job', 1.5], ['need a job', 1.5], ['cant find work', 2], ['cant find a job', 2], ['pay cut', 2], ['wages', 1], ['unpaid wages', 2], ['broke and', 1], ['no cash', 1.5], ['gas was cut', 1.5], ['power was cut', 1.5], ['living costs', 1.5], ['cost of living', 1.5], ['medical bills', 1],
      ['money', 1], ['no money', 1.5], ['broke$', 1], ['cant afford', 1.5], ['cannot afford', 1.5], ['cant pay', 1.5],
      ['cannot pay', 1.5], ['unable to pay', 1.5], ['debt', 2], ['loan', 1], ['owe', 1], ['bills', 1.5], ['lost my job', 2],
      ['lost his job', 2], ['lost her job', 2], ['losing my job', 2], ['laid off', 2], ['fired$', 2], ['unemploy', 2],
      ['no job', 2], ['no work', 1.5], ['out of work', 2], ['jobless', 2], ['cant keep a job', 1.5], ['income', 1.5],
      ['salary', 1], ['wage', 1], ['paycheck', 1], ['savings', 1], ['food bank', 2], ['food', 0.5], ['groceries', 1],
      ['make ends meet', 2], ['welfare', 1.5], ['public assistance', 2], ['benefits', 1], ['poverty', 2], ['poor$', 1],
      ['struggling financially', 2], ['running out of money', 2], ['utilities', 1.5], ['electricity', 1],
      ['cut off', 1], ['shifts', 1], ['hours cut', 2], ['financial', 1.5], ['loan company', 1], ['afford', 1],
      ['paid$', 0.5], ['pay$', 0.5], ['job$', 0.5],
      ['not enough to live', 2], ['doesn\'t cover', 1], ['end of the month', 1], ['barely covers', 1.5], ['get by', 1], ['short every month', 2], ['nothing saved', 1.5], ['stopped giving me work', 1.5], ['lost...job', 1.5], ['card got declined', 2], ['declined', 0.7], ['yen until', 1.5], ['sick pay', 1.5], ['severance', 1.5], ['school costs', 1], ['water bill', 1.5], ['gas bill', 1.5], ['electricity bill', 1.5], ['utility bills', 1.5], ['in parts', 1], ['installments', 1.5], ['instalments', 1.5], ['living on', 1], ['to save money', 1], ['pension', 0.5], ['can\'t afford', 1.5], ['rent and food', 1.5], ['one meal a day', 1.5], ['money for food', 1.5],
      // out of prison: a record no employer will take
      ['criminal record', 1.5], ['with my record', 1.5], ['will hire me', 1.5], ['wont hire me', 1.5], ['out of prison', 1.5], ['released from prison', 1.5], ['out of jail', 1.5], ['parole', 1], ['probation officer', 1],
      ['money is tight', 1.5], ['money is really tight', 1.5], ['pays for everything', 1.5], ['pension...running out', 2], ['savings...running out', 2], ['money...running out', 2], ['keep any job', 1.5], ['hold down a job', 1.5], ['hold a job', 1], ['day labour', 1], ['day labor', 1], ['no work no money', 1.5],
    ],
    housing: [
      // the building's shared parts, bins and smells, and who manages them
      ['bin room', 1.5], ['bin area', 1], ['rubbish area', 1], ['common area', 1.5], ['communal area', 1.5], ['communal hallway', 1.5], ['shared hallway', 1.5], ['city run building', 1.5], ['council flat', 1.5], ['building manager', 1.5], ['building management', 1.5], ['smoking on the balcony', 1], ['smoke from next door', 1], ['smell from next door', 1], ['neighbour...smell', 1], ['neighbor...smell', 1], ['hoarder', 1], ['hoarding', 1],
      ['return the keys', 1], ['hand back the keys', 1], ['hand in the keys', 1],
      // a family outgrowing its flat
      ['too small for', 1], ['somewhere bigger', 1.5], ['bigger place', 1.5], ['bigger flat', 1.5], ['bigger apartment', 1.5],
      ['living in my car', 1.5], ['living in the car', 1.5], ['sleeping in my car', 1.5], ['sleeping in the car', 1.5], ['home modification', 1], ['home adaptation', 1],
      ['where will i live', 2], ['where am i going to live', 2], ['toei apartment', 2], ['toei housing', 2], ['toei flat', 2], ['toei danchi', 2],
      // 'still need somewhere to live', 'a vacant house nobody lives in' in a few words
      ['somewhere to live', 2], ['somewhere to stay', 1.5], ['anywhere to live', 2], ['vacant house', 2], ['nobody lives in', 1.5],
      ['taikyo', 2], ['oidasare', 2], ['sumu tokoro', 2],
      ['yachin', 2], ['shiei jutaku', 2], ['shiei juutaku', 2], ['toei jutaku', 2], ['toei juutaku', 2], ['kenei jutaku', 2], ['kenei juutaku', 2], ['kouei juutaku', 2],
      ['sleeping on my sofa', 2], ['sleeping on my couch', 2], ['sleeps on my sofa', 2], ['sleeps on my couch', 2], ['staying on my sofa', 2], ['staying on my couch', 2], ['living on my sofa', 2], ['living on my couch', 2], ['crashing on my', 1.5], ['crashing at my', 1.5], ['sofa surfing', 2], ['group home...closing', 1.5], ['care home...closing', 1.5], ['group home...shutting', 1.5], ['care home...shutting', 1.5], ['on a friends sofa', 2], ['on a friends couch', 2],
      // trouble with a neighbour: noise, and what came after complaining
      ['noisy neighbo', 2], ['neighbour...noise', 1.5], ['neighbor...noise', 1.5], ['neighbour...music', 1.5], ['neighbor...music', 1.5], ['next door...noise', 1.5], ['next door...music', 1.5], ['next door...loud', 1.5], ['upstairs...noise', 1.5], ['upstairs...stomping', 1.5], ['music at 2am', 1], ['music at 3am', 1], ['music at 4am', 1], ['loud music', 1],
      // told beside another problem
      ['where would i live', 2], ['where will we live', 2], ['no agent will rent', 2], ['agent will rent', 1.5], ['turns us down', 1], ['rents to', 1.5], ['rent to me', 1.5], ['apartment is in his name', 2], ['house is in his name', 2], ['lose the house', 2], ['lose our house', 2], ['being demolished', 2], ['demolish', 1.5], ['new owners', 1], ['everyone out', 1.5], ['company dorm', 2], ['leave the dorm', 2], ['noise complaints', 1.5], ['end our lease', 2], ['mortgage', 1], ['ground floor', 1],
      ['no elevator', 1], ['no lift', 1], ['somewhere accessible', 1.5], ['accessible apartment', 2], ['accessible flat', 2], ['barrier free', 1.5], ['shikikin', 2], ['reikin', 2], ['hoshounin', 2], ['hoshonin', 2], ['kanri gaisha', 1.5], ['kanrigaisha', 1.5], ['toei', 1.5], ['juutaku', 1.5], ['jutaku', 1.5], ['fudousan', 1.5], ['fudosan', 1.5], ['ooya', 2], ['oyasan', 2], ['koushinryou', 2], ['koshinryo', 2], ['renewal fee', 2], ['key money', 2], ['apaato', 1], ['manga cafe', 2], ['share house', 1.5],
      ['my lease', 2], ['rented room', 1.5], ['in an evacuation', 1.5], ['at the evacuation', 1.5], ['staying at the hinanjo', 1.5], ['living in the hinanjo', 1.5], ['neighbors complain', 1.5], ['neighbours complain', 1.5], ['where to live', 2], ['new place', 1], ['find a place', 1.5], ['moving out', 0.6], ['need to move out', 2], ['must move out', 2], ['told to move out', 2], ['asked to move out', 2], ['forced to move out', 2], ['relocat', 1], ['dormitory', 1], ['dorm$', 1], ['mould', 1], ['mold$', 1], ['repairs', 1], ['shelter', 1], ['homeless shelter', 2], ['bed for tonight', 2], ['sleeping in the park', 2], ['sleeping at the station', 2], ['sleeping in the station', 2], ['living on the street', 2], ['temporary housing', 2], ['group home', 1], ['living away from us', 1], ['sleeping at a friend', 2], ['staying with friends', 1.5], ['lost my home', 2], ['lose our home', 2], ['lose my apartment', 2], ['my room', 0.2],
      ['rent', 2], ['landlord', 2], ['evict', 2], ['eviction', 2], ['kicked out', 1.5], ['must leave', 1.5],
      ['have to leave', 1], ['have to move out', 2], ['move out', 0.6], ['be out by', 2], ['notice to', 1],
      ['gave us notice', 2], ['homeless', 2], ['nowhere to live', 2], ['nowhere to go', 1.5], ['nowhere to stay', 2],
      ['place to live', 2], ['place to stay', 1.5], ['sleeping in my car', 2], ['sleeping rough', 2],
      ['sleeping on the street', 2], ['net cafe', 2], ['internet cafe', 2], ['housing', 2], ['apartment', 1],
      ['flat$', 0.5], ['lease', 1.5], ['guarantor', 2], ['public housing', 2], ['roof over', 2], ['couch surfing', 2],
      ['deposit', 1], ['staying at a friend', 2], ['friend\'s sofa', 2], ['nowhere to sleep', 2], ['somewhere to sleep', 2], ['somewhere of my own', 2], ['a place to live', 2], ['need a place', 1.5], ['cheap room', 2], ['manga kissa', 2], ['asked to leave', 2], ['kicked me out', 2], ['threw me out', 2], ['thrown out', 2], ['management company', 1.5], ['noise', 0.5], ['walk-up', 0.7],
    ],
    mental_health: [
      // low most days
      ['feel really low', 1.5], ['feel so low', 1.5], ['feeling really low', 1.5],
      ['draws graves', 1.5], ['drawing graves', 1.5], ['where people go when they die', 1.5], ['if i will die too', 1.5], ['if i am going to die too', 1.5], ['bereave', 1.5], ['feel so empty', 1.5], ['feel empty', 1.5],
      // cough syrup or cold pills by the bottle; betting apps and gacha spending as addiction
      ['cough syrup...whole', 1.5], ['cough medicine...whole', 1.5], ['dxm', 1.5], ['sports bet', 1.5], ['betting app', 1.5], ['gacha', 1],
      // old memories brought back
      ['brought back memories', 1], ['brings back memories', 1],
     
      ['very low', 1.5], ['been so low', 1.5], ['cries most', 1.5],
      // Compulsions and intrusive fear, eating-disorder and addiction slang.
      ['check the locks', 1.5], ['checking the locks', 1.5], ['check the stove', 1.5], ['cant stop checking', 1.5], ['throw up after eating', 2], ['make myself throw up', 2], ['purging', 1.5], ['gaming addiction', 2], ['addicted to gaming', 2], ['addicted to my phone', 1.5], ['depresso', 1.5], ['sad boi', 1], ['mentally not ok', 1.5], ['in my flop era', 0.7], ['doomscrolling', 0.5],
      ['utsubyou', 2], ['utsubyo', 2], ['seishinka', 2], ['shinryounaika', 2], ['izonshou', 2],
      ['drink alone', 1], ['drinking alone', 1], ['drink...every night', 1.5], ['cannot stop drinking', 2], ['cant stop drinking', 2], ['drugs$', 1], ['nemurenai', 1.5], ['utsu$', 2],
      // stress to talk about; a withdrawn person talking to no one, hitting walls
      ['talk about stress', 1.5], ['talk about my stress', 1.5], ['stressed out', 1.5], ['talking to no one', 1.5], ['talks to no one', 1.5], ['talking to nobody', 1.5], ['talking to herself', 1.5], ['talks to herself', 1.5], ['punches the wall', 1], ['punching the wall', 1], ['punches walls', 1], ['punching walls', 1],
      ['scared to go out', 1.5], ['afraid to go out', 1.5], ['scared to leave my', 1.5], ['afraid to leave my', 1.5], ['scared to go home', 1.5], ['afraid to go home', 1.5], ['scared in my own', 1.5],
      ['been really low since', 1.5], ['been so low since', 1.5], ['been really low lately', 1.5], ['been low since', 1.5], ['been low for', 1.5], ['feeling really low', 1.5], ['barely eating', 0.7], ['snap out of it', 1.5], ['pull yourself together', 1],
      // told beside another problem
      ['shaking before', 1], ['heart pounding', 1], ['stomach pains', 0.7], ['stay in bed', 1], ['lie in bed', 1], ['not sleeping', 1], ['feeling hollow', 1.5], ['feel hollow', 1.5], ['hollowed', 1.5], ['feel nothing', 1.5], ['cant feel anything', 1.5], ['jumpy', 1], ['flashback', 2], ['nightmares', 1], ['so down', 1.5], ['barely functioning', 1.5], ['cut myself', 2], ['cutting myself', 2], ['sleeping tablets', 1], ['crying in', 0.7], ['started crying', 1], ['just cry', 1], ['yelling over', 1], ['drinking every night', 1.5], ['drinking...every night', 1.5], ['bottle of wine', 1], ['bottle a night', 1.5], ['started drinking', 1.5], ['drinking more', 1.5], ['meth$', 1.5], ['came home high', 1], ['getting high', 1.5], ['gets high', 1.5], ['on drugs', 1.5], ['using drugs', 1.5], ['doing drugs', 1.5], ['washes his hands', 1.5], ['washes her hands', 1.5], ['talks to himself', 1.5], ['talks to herself', 1.5], ['talking to himself', 1.5], ['talking to herself', 1.5], ['dont feel like myself', 1.5], ['feel like a burden', 1.5], ['dont enjoy anything', 1.5], ['postnatal depression', 2], ['postpartum depression', 2], ['dread', 0.7],
      ['i cry', 1], ['cry myself', 1.5], ['antidepressant', 2], ['suicide prevention', 2], ['in bed all day', 1.5], ['feel like a failure', 1.5], ['mood swings', 1.5], ['self harm', 1], ['sleeping pills', 1],
      ['cries all day', 1.5], ['crying all day', 1.5], ['wont eat', 0.7],
      ['mental breakdown', 2], ['breakdown', 1.5], ['panic attack', 2], ['so anxious', 1.5], ['cant cope', 1.5], ['cant handle', 1], ['falling apart', 1.5], ['numb$', 1], ['crying every', 1.5], ['feel like crying', 1.5], ['no energy', 1], ['no motivation', 1.5], ['self esteem', 1], ['hate myself', 1.5], ['eating disorder', 2], ['anorexi', 2], ['bulimi', 2], ['ocd', 2], ['paranoi', 1.5], ['therapy', 1.5], ['mental', 1], ['suicidal', 1], ['want to die', 1],
      ['depress', 2], ['anxiety', 2], ['anxious', 1.5], ['panic', 2], ['mental health', 2], ['mental illness', 2],
      ['cant sleep', 1], ['cannot sleep', 1], ['insomnia', 1.5], ['havent slept', 1], ['cant stop crying', 1.5],
      ['crying all', 1.5], ['feel empty', 1.5], ['feeling empty', 1.5], ['nothing matters', 1.5], ['hopeless', 1.5],
      ['worthless', 1.5], ['cant get out of bed', 1.5], ['cant eat', 0.7], ['everything feels heavy', 1.5],
      ['feels heavy', 1], ['stress', 1], ['burn out', 0.5], ['burnout', 0.5], ['bipolar', 2], ['schizo', 2],
      ['hearing voices', 2], ['hear voices', 2], ['hears voices', 2], ['voices in my head', 2], ['voices in his head', 2], ['hallucinat', 2], ['hoard', 1.5], ['off his meds', 2], ['off her meds', 2], ['off my meds', 2], ['psychiatr', 1.5], ['therapist', 1.5], ['counsel', 1], ['meds', 0.5], ['addict', 1.5],
      ['alcohol', 1], ['drinking too much', 1.5], ['gambling', 1.5], ['gambl', 1.5], ['casino', 1], ['online casino', 1.5], ['betting', 1.5], ['sports bets', 1.5], ['slot machine', 1.5], ['pachinko', 1.5], ['pachislot', 1.5], ['horse racing', 1], ['keiba', 1.5], ['boat racing', 1], ['trauma', 1.5], ['ptsd', 2], ['grief', 1],
      ['feel down', 1.5], ['feeling down', 1.5], ['low mood', 1.5], ['sad all the time', 1.5], ['overwhelmed', 1],
      ['not myself', 1], ['mentally', 1],
      ['feel low', 1.5], ['feeling low', 1.5], ['wiped me out', 1], ['burnt out', 1.5], ['burned out', 1.5],
      // Habits that took over: shopping that will not stop, drink hidden or begun in the morning, gaming, quitting.
      ['cant stop shopping', 2], ['cant stop buying', 2], ['cant stop ordering', 2], ['cant stop spending', 2], ['cannot stop shopping', 2], ['cannot stop buying', 2], ['shopping addiction', 2], ['addicted to shopping', 2], ['compulsive shopping', 2], ['compulsive buying', 2], ['compulsive spending', 2], ['shopaholic', 2], ['online shopping addiction', 2],
      ['hides...bottles', 2], ['hiding...bottles', 2], ['hidden bottles', 2], ['hides...wine', 1.5], ['hides...vodka', 1.5], ['hides...beer', 1.5], ['hides...alcohol', 2], ['hiding...alcohol', 2], ['secret drinking', 2], ['drinking in secret', 2], ['drinks in secret', 2],
      ['drinks from the morning', 2], ['drinking from the morning', 2], ['drinks in the morning', 1.5], ['drinking in the morning', 1.5], ['drinks from morning', 2], ['drinking from morning', 2], ['starts drinking at', 1.5], ['day drinking', 1.5], ['drinks all day', 2], ['drinking all day', 2], ['drunk every', 1.5], ['blackout drunk', 1.5], ['quit drinking', 1.5], ['stop drinking', 1.5], ['alcoholic', 2],
      ['cant stop gaming', 2], ['cant stop playing', 1.5], ['addicted to gaming', 2], ['gaming addiction', 2], ['addicted to games', 2], ['cant stop gambling', 2], ['gambling problem', 2], ['gambling addiction', 2], ['gamblers anonymous', 2], ['alcoholics anonymous', 2], ['quit smoking', 1], ['craving a cigarette', 1.5], ['nicotine craving', 1.5],
    ],
    hikikomori: [
      ['stopped going out', 1.5], ['hasnt been out', 1.5], ['havent been out', 1.5], ['havent gone out', 2], ['havent gone outside', 2], ['havent been outside', 2], ['hasnt gone outside', 2], ['barely left', 1.5], ['barely leave', 1], ['hardly leaves', 1.5], ['hardly goes out', 1.5], ['hasnt left', 1.5], ['havent left', 1.5], ['never leaves his room', 2], ['never leaves her room', 2], ['never leaves my room', 2], ['never leaves', 1], ['come out of his room', 2], ['come out of her room', 2], ['comes out of his room', 1.5], ['comes out of her room', 1.5], ['only comes out', 1.5], ['stuck at home', 1.5], ['stuck in my room', 2], ['stuck in his room', 2], ['only goes out at night', 2], ['konbini at', 1], ['hasnt worked in', 1.5], ['havent worked since', 1.5], ['hasnt worked since', 1.5], ['without working for', 1.5], ['set foot outside', 1.5], ['outside the door', 0.3], ['leave trays', 1.5], ['never go out', 1.5], ['dont go out', 1],
      ['leave his room', 1.5], ['leave her room', 1.5], ['refuses to leave', 1],
      ['in his room', 1], ['in her room', 1], ['gaming all day', 1], ['all day in', 0.5],
      ['never goes out', 2], ['doesnt go out', 1.5], ['hasnt gone out', 2], ['hasnt been outside', 2], ['stays home all day', 1.5], ['gaming in his room', 2], ['hides in his room', 2], ['hides in her room', 2], ['socially withdrawn', 2], ['shut in', 2], ['shut-in', 2], ['in years', 0.5],
      ['hikikomori', 2], ['withdrawn', 1.5], ['shut himself', 2], ['shut herself', 2], ['shuts himself', 2],
      ['shuts herself', 2], ['locked himself', 2], ['locked herself', 2], ['hasnt left the house', 2],
      ['hasnt left his room', 2], ['hasnt left her room', 2], ['doesnt leave the house', 2], ['never leaves the house', 2],
      ['wont leave the house', 2], ['doesnt leave his room', 2], ['doesnt leave her room', 2], ['stays in his room', 2],
      ['stays in her room', 2], ['in his room all day', 2], ['in her room all day', 2], ['left the house in', 1.5],
      ['left his room in', 1.5], ['left her room in', 1.5], ['recluse', 2], ['wont come out', 1.5],
    ],
    single_parent: [
      // Japanese administrative words written in Japanese inside any language's message (en is read with every lexicon; the same weights as ja.ts, so a Japanese message reads them once)
      ['児童扶養手当', 2], ['ひとり親', 2], ['養育費', 2],
      // a child taken away by the other parent, contact refused
      ['wont let me see my son', 1.5], ['wont let me see my daughter', 1.5], ['wont let me see my kids', 1.5], ['wont let me see the kids', 1.5], ['wont let me video call', 1.5], ['took our daughter', 1], ['took our son', 1], ['took our kids', 1],
      // pregnant and left by the partner: to give birth and raise the child alone
      ['raise it alone', 1.5], ['raise the baby alone', 1.5], ['raise it on my own', 1.5], ['raise the baby on my own', 1.5], ['have the baby alone', 1.5], ['have the baby on my own', 1.5], ['have it alone', 1.5],
      ['boshi katei', 2], ['youikuhi', 2], ['yoikuhi', 2],
      // told beside another problem
      ['ex stopped paying', 2], ['ex wont pay', 2], ['ex pays nothing', 2], ['child-rearing allowance', 2], ['raising two kids alone', 2], ['only parent', 2], ['since my husband left', 2], ['husband left', 1.5], ['since i left him', 1.5], ['since i left my husband', 2], ['after i left him', 1.5], ['left my husband', 1.5], ['left my partner', 1], ['wife left', 1.5], ['since my wife died', 1], ['separating from', 1.5], ['separated from', 1], ['weekend visits', 1.5], ['mum of two', 1.5], ['mom of two', 1.5], ['mum of three', 1.5], ['mom of three', 1.5], ['dad of two', 1.5], ['im on my own', 0.7],
      ['jidou fuyou', 2], ['jido fuyo', 2], ['jidou fuyo', 2], ['jido fuyou', 2], ['fuyou teate', 2], ['fuyo teate', 2], ['hitorioya', 2], ['hitori oya', 2], ['boshi katei', 2], ['boshikatei', 2], ['youikuhi', 2], ['yoikuhi', 2],
      ['raising my', 1], ['by myself with', 1], ['alone with my', 1], ['widow', 1], ['custody', 2], ['visitation', 1.5], ['my ex husband', 1], ['my ex wife', 1],
      ['single parent', 2], ['single mother', 2], ['single mom', 2], ['single mum', 2], ['single father', 2],
      ['single dad', 2], ['lone parent', 2], ['raising them alone', 2], ['raising my kids alone', 2],
      ['raising my child alone', 2], ['on my own with', 1], ['divorce', 0.4], ['separated', 1], ['child support', 2],
      ['alimony', 1.5], ['my ex isnt paying', 1],
      ['raising her alone', 2], ['raising him alone', 2], ['raising my daughter alone', 2], ['raising my son alone', 2], ['on my own with the kids', 2], ['no help at home', 1]
    ],
    carer: [
      // a child cooking and caring for siblings while a parent is ill
      ['make dinner for my', 1], ['cook for my', 0.7], ['look after my little', 1], ['take care of my siblings', 1.5],
     
      // a child or teenager keeping house for a sick or absent parent
      ['runs the house', 1.5], ['running the house', 1.5], ['does all the cooking', 1.5], ['does the cooking', 1], ['looks after her little', 1.5], ['looks after his little', 1.5], ['her younger siblings', 1], ['his younger siblings', 1],
      ['looks after her gran', 2], ['looks after his gran', 2], ['looking after her gran', 2], ['looking after his gran', 2], ['cares for her gran', 2], ['cares for his gran', 2],
      // told beside another problem
      ['help her shower', 1.5], ['help him shower', 1.5], ['help her bathe', 1.5], ['help him bathe', 1.5], ['help her in and out', 1.5], ['do all the care', 2], ['do all the cooking', 1.5], ['do all the housework', 1.5], ['do everything for him', 1.5], ['do everything for her', 1.5], ['does everything alone', 1.5], ['doing it all', 1], ['only child', 0.5], ['im his only', 1.5], ['im her only', 1.5], ['im their only', 1.5], ['his only kid', 1], ['her only kid', 1], ['cant leave him', 1.5], ['cant leave her', 1.5], ['take shifts', 1], ['interpret for them', 1.5], ['interpret for my', 1.5], ['translate for my parents', 1.5], ['take him to the hospital', 1.5], ['take her to the hospital', 1.5], ['i drive him', 1], ['i drive her', 1], ['all my paid leave', 1], ['my paid leave to', 1], ['unpaid days off', 1.5], ['caring for two', 2], ['holding the house together', 1.5], ['no one after me', 1], ['falling behind at school', 1.5], ['miss school', 1], ['do most of the cooking', 1.5], ['cooks dinner', 1], ['my back is gone', 1.5], ['my back is going', 1.5], ['bad back', 0.7], ['wakes me up', 1],
      ['look after', 1], ['looked after my', 1.5], ['cared for my', 1.5], ['cares for', 1.5], ['take care of her', 1], ['take care of him', 1.5], ['taking care of her', 1.5], ['taking care of him', 1.5], ['caregiving', 2], ['care leave', 2], ['kaigo kyuka', 2], ['kaigo kyuu', 2], ['nursing my', 1.5], ['her full time nurse', 1.5], ['his full time nurse', 1.5], ['all her care', 1.5], ['all his care', 1.5], ['translate for my parents', 1.5], ['interpret for my parents', 1.5], ['running on fumes', 0.5], ['running on empty', 0.5], ['doing all the care', 2], ['keep an eye on her', 1], ['keep an eye on him', 1], ['night time care', 1], ['caring for two', 1.5],
      ['care for my', 1.5], ['caring for my', 1.5], ['looking after my', 1.5], ['i care for', 1.5], ['full time carer', 2], ['respite care', 2], ['sandwich', 1], ['help with my mum', 1], ['help with my dad', 1],
      ['carer', 2], ['caregiver', 2], ['caring for', 1.5], ['care of my', 1.5], ['take care of my', 1.5],
      ['taking care of my', 1.5], ['looking after', 1.5], ['look after my', 1.5], ['looks after', 1],
      ['young carer', 2], ['burning out', 1], ['exhausted', 0.5], ['no time for myself', 1.5], ['while working', 1],
      ['the only one looking after', 2], ['respite', 2], ['caring', 0.5],
      ['had to stop working', 1], ['needs someone at home', 1.5], ['cant manage him', 1.5], ['cant manage her', 1.5], ['cant cope with him', 1.5], ['cant cope with her', 1.5], ['her carer', 2], ['his carer', 2],
    ],
    rights: [
      // a relative taking or using a parent's money, account, pension or property, or making them sign
      ['borrowing from mum', 1.5], ['borrowing from mom', 1.5], ['borrowing from dad', 1.5], ['sign the land over', 1.5], ['sign the house over', 1.5], ['signed the house over', 1.5], ['tricked her into signing', 1.5], ['tricked him into signing', 1.5], ['made her sign', 1], ['made him sign', 1],
      ['take...inheritance', 1.5], ['inheritance dispute', 2], ['fighting over the inheritance', 2],
      ['into a personal account', 2], ['to a personal account', 2],
      // a boss or colleague touching a worker (sexual harm at work: women, and rights)
      ['boss...touching me', 1.5], ['boss...touches me', 1.5], ['boss...touched me', 1.5], ['boss...grop', 2], ['manager...touching me', 1.5], ['manager...touches me', 1.5], ['manager...touched me', 1.5], ['manager...grop', 2], ['supervisor...touch', 1.5], ['coworker...grop', 1.5], ['sexual harassment at work', 2], ['sexually harassed at work', 2],
      // an employer who will not pay, give a day off or stop humiliating; labour law
      ['hasnt paid my', 1.5], ['havent paid my', 1.5], ['not paid my salary', 2], ['not paid my wages', 2], ['salary...not paid', 1.5], ['wages...not paid', 1.5], ['boss...day off', 1], ['labor law', 2], ['labour law', 2], ['boss...humiliat', 1.5], ['manager...humiliat', 1.5],
      // a boss who hides a work injury
      ['not to report it', 1.5], ['told me not to report', 1.5],
     ['say it happened at home', 2], ['said it happened at home', 2], ['tell the doctor...at home', 2], ['not a work injury', 1.5], ['hide...work injury', 2], 
      // a widowed or older person who cannot manage the money and the accounts someone else always did
      ['handle the money', 1.5], ['handle her money', 1.5], ['handle his money', 1.5], ['manage her money', 1.5], ['manage his money', 1.5], ['money stuff', 1], ['handle the bank', 1.5],
      // interest beyond the law and the pay-first scams: prizes, gift cards, debts never made
      ['won a prize', 1.5], ['you have won', 1.5], ['youve won', 1.5], ['fee first', 1], ['google play card', 2], ['apple gift card', 2], ['itunes card', 1.5], ['prepaid card', 1], ['never bought', 1.5], ['never signed', 1.5], ['didnt buy anything', 1.5], ['interest...legal', 1.5], ['illegal interest', 2], ['loan shark', 1.5], ['dating site...sent', 1.5], ['dating app...sent', 1.5], ['met online...sent', 1.5], ['romance scam', 2],
      // pushed out of work for a pregnancy or for asking for leave
      ['pregnant...should quit', 1.5], ['pregnant...should just quit', 1.5], ['pregnant...fired', 1.5], ['fired...pregnant', 1.5], ['pregnant...let me go', 1.5], ['pregnant...told me to quit', 1.5], ['boss told me to quit', 1.5], ['manager told me to quit', 1.5], ['company told me to quit', 1.5], ['hinted i should quit', 1.5], ['cant take maternity leave', 1.5], ['no maternity leave', 1.5], ['maternity leave...quit', 1.5], ['wont move me off', 1],
      // Part-time labour slang: is it legal, legal limits, unpaid 'training'.
      ['legal limit', 1.5], ['is that legal', 1.5], ['is this legal', 1.5], ['thats illegal', 1.5], ['still in training', 1], ['no overtime pay', 1.5], ['wage theft', 2],
      ['sagi$', 2], ['damasare', 1.5], ['zangyoudai', 1.5], ['zangyodai', 1.5],
      // an older person's savings or pension taken by family
      ['borrowed...my savings', 1.5], ['took...my savings', 1.5], ['taken...my savings', 1.5], ['never paid it back', 0.7], ['never paid me back', 0.7], ['wont pay it back', 0.7], ['wont pay me back', 0.7], ['taking her pension', 1.5], ['taking his pension', 1.5], ['takes my pension', 1.5], ['took my pension', 1.5],
      // told beside another problem
      ['takes his pension', 2], ['takes her pension', 2], ['takes my pension', 2], ['taking his pension', 2], ['taking her pension', 2], ['from my pension', 1.5], ['my pension money', 1.5], ['his pension money', 1.5], ['her pension money', 1.5], ['skimming', 2], ['not paying me', 1.5], ['wont pay me', 1.5], ['no last salary', 1.5], ['last salary', 1], ['unpaid overtime', 2], ['overtime pay', 1.5], ['fines', 1], ['deduct', 1], ['minimum wage', 1], ['labour office', 2], ['labor office', 2], ['labour standards', 2], ['labor standards', 2], ['resignation letter', 1], ['made me sign', 1.5], ['signed a contract', 1], ['door to door', 1.5], ['salesman', 1.5], ['water purifier', 1.5], ['settlement money', 1.5], ['transfer money', 1], ['sent money', 1], ['asking for money', 1], ['giving them money', 1.5], ['giving him money', 1], ['lend him money', 1], ['lend her money', 1], ['being used', 1], ['her cards', 1], ['his cards', 1], ['guardian', 1.5], ['guardianship', 2], ['seinen koken', 2], ['can i cancel', 1], ['cooling off', 2], ['sexual messages', 1.5], ['sexual jokes', 1.5], ['inappropriate', 1], ['hr did nothing', 1.5], ['hr does nothing', 1.5], ['my supervisor', 1], ['tie him to', 2], ['tie her to', 2], ['tied to the bed', 2], ['tying him', 2], ['tying her', 2], ['shove him', 1.5], ['shoves him', 1.5], ['pushes her', 1], ['refused to show me', 1.5], ['discriminat', 1.5], ['wont let me make', 1.5], ['power harassment', 2], ['pawahara', 2], ['neglecting him', 1.5], ['neglecting her', 1.5], ['owes the', 1], ['host club', 1.5], ['beauty course', 1.5], ['illegal', 1],
      ['rousai', 2], ['rosai$', 2],
      ['seinen kouken', 2], ['seinen koken', 2], ['kouken', 2], ['koken$', 2], ['adult guardian', 2], ['taking money from', 1.5], ['from her account', 1.5], ['from his account', 1.5], ['from her bank', 1.5], ['from his bank', 1.5], ['bank card', 1], ['bank book', 1], ['bankbook', 1], ['using his pension', 1.5], ['using her pension', 1.5], ['taking her pension', 1.5], ['taking his pension', 1.5], ['her savings', 1], ['his savings', 1], ['in my name', 0.7],
      ['never ordered', 1.5], ['didnt order', 1], ['sales pitch', 1.5], ['salesman', 1.5], ['salesmen', 1.5], ['cooling off', 2], ['cancellation', 1], ['still cancel', 1.5], ['be cancelled', 1], ['fell for it', 1.5], ['ore ore', 2], ['oreore', 2], ['won a lottery', 1.5], ['lottery', 0.5], ['card details', 1.5], ['card number', 1], ['investment', 1], ['gift card', 1.5], ['prepaid card', 1.5], ['store cards', 1], ['adult site', 1.5], ['consumer cent', 2], ['consumer affairs', 2], ['shouhi', 2], ['borrowing money', 0.7],
      ['workplace harassment', 2], ['power harassment', 2], ['pawahara', 2], ['harassment at work', 2], ['harassed at work', 2], ['unpaid overtime', 2], ['overtime pay', 1.5], ['overtime', 0.5], ['hasnt paid me', 0.7], ['hasnt paid us', 1.5], ['havent been paid', 1.5], ['wont pay me', 1.5], ['wont pay my', 1.5], ['not paying wages', 2], ['owing me', 1.5], ['owes me', 1], ['labour standards', 2], ['labor standards', 2], ['roudou kijun', 2], ['labour bureau', 1.5], ['labor bureau', 1.5], ['severance', 1.5], ['resign voluntarily', 1.5], ['forced to resign', 1.5], ['black company', 0.7], ['keep...passport', 1.5], ['took...passport', 0.7], ['holding...passport', 1.5], ['confiscat', 1.5], ['deduct', 0.7], ['training fees', 1], ['not an employee', 1], ['staff...slap', 1], ['staff...hit', 1], ['staff...drag', 1], ['elder abuse', 1], ['abuse at work', 2],
      ['tricked into', 2], ['pressured into', 1.5], ['bank account', 1], ['stole his', 1.5], ['stole her', 1.5], ['stealing his', 1.5], ['stealing her', 1.5], ['fake call', 2], ['phishing', 1.5], ['refund', 0.5], ['will and', 0.5], ['inheritance', 0.5], ['legal', 0.7], ['lawyer', 1],
      ['guardian', 2], ['guardianship', 2], ['power of attorney', 2], ['scam', 2], ['scammed', 2], ['card pin', 1.5], ['her pin$', 1.5], ['his pin$', 1.5], ['calls from the bank', 1.5], ['call from the bank', 1.5], ['claiming to be', 1.5], ['fraud', 2],
      ['conned', 2], ['tricked', 1.5], ['swindl', 2], ['pretending to be', 1.5], ['manage money', 2],
      ['manage my', 1], ['manage her money', 2], ['manage his money', 2], ['his money', 1], ['her money', 1],
      ['savings', 0.5], ['contract', 1.5], ['cancel the contract', 2], ['door to door', 1.5], ['rights', 1],
      ['discriminat', 1.5], ['exploit', 1.5], ['signed', 0.5], ['took his money', 1.5], ['took her money', 1.5],
      ['on the spot', 1], ['never arrived', 1.5], ['site is gone', 1.5], ['tv shopping', 1.5], ['convinced him', 1.5], ['convinced her', 1.5], ['talked me into', 1.5], ['talked him into', 1.5], ['talked her into', 1.5], ['manages money', 2], ['manage...money', 1.5], ['managing...money', 1.5], ['owed them money', 1], ['handed', 0.7], ['stranger', 0.7], ['signed something', 1.5], ['signing things', 1.5], ['overcharg', 1.5], ['for free', 1], ['fake company', 2], ['giving money to', 1.5], ['sending money to', 1.5], ['met online', 1], ['using...pension', 1.5], ['taking...pension', 1.5], ['religious group', 1], ['stopped paying the fees', 1.5], ['unpaid wages', 2], ['hasn\'t paid me', 1.5], ['didn\'t pay me', 1.5],
      ['work accident', 1.5], ['workplace injury', 1.5], ['injured at work', 1.5], ['hurt at work', 1.5], ['not in my contract', 1.5], ['in front of everyone', 1], ['bullying me at work', 2], ['bullied at work', 2], ['hr does nothing', 1.5], ['didnt pay me', 1.5], ['havent paid me', 1.5], ['havent paid overtime', 2], ['havent paid our overtime', 2], ['not paid overtime', 2], ['dont pay overtime', 2], ['didnt pay overtime', 2], ['wont pay overtime', 2], ['not paid for', 1.5], ['pay the last', 1], ['cut my shifts', 1], ['without pay', 1.5]
    ],
    isolation: [
      // someone who has nobody, who comes by just to talk
      ['has nobody', 1.5], ['has no one', 1.5], ['have nobody', 1.5], ['have no one', 1.5], ['nobody at all', 1.5], ['no one at all', 1.5], ['every day just to talk', 1.5], ['every day just to chat', 1.5], ['just to have someone to talk', 1.5], ['just to talk to someone', 1.5], ['just to talk to somebody', 1.5], ['just for a chat', 1], ['just for the company', 1.5], ['just for company', 1.5],
      // a pet as the only friend
      ['my only friend', 1.5], ['only friend i have', 1.5],
      // nobody to sit with; youth centres and clubs to meet people
      ['nobody sits with me', 1], ['no one sits with me', 1], ['youth center', 1], ['youth centre', 1], ['place to hang out', 1], ['new friends', 1],
     
      // someone who would like a visitor or a chat now and then
      ['someone to drop by', 1.5], ['visiting volunteer', 1.5], ['volunteer visit', 1.5], ['befriending', 1.5], ['for a chat', 0.7],
      // a home filled with rubbish and the door kept shut, a club or group for older people to meet
      ['filled up with rubbish', 1.5], ['full of rubbish', 1.5], ['full of garbage', 1.5], ['full of trash', 1.5], ['filled with rubbish', 1.5], ['filled with garbage', 1.5], ['filled with trash', 1.5], ['hoarder', 1.5], ['rubbish piling up', 1.5], ['wont open the door to anyone', 1], ['senior club', 2], ['seniors club', 2], ['somewhere to go at night', 1.5], ['dont want to be home', 1],
      ['hitoribocchi', 2], ['tomodachi ga inai', 2], ['hanasu hito ga inai', 2], ['kodoku$', 2], ['kodokukan', 2], ['sabishii', 1.5], ['samishii', 1.5],
      // told beside another problem
      ['talk to no one', 2], ['talk to nobody', 2], ['doesnt know anyone', 1.5], ['have no one', 1.5], ['i have no one', 2], ['no one here', 1], ['havent seen friends', 1.5], ['stopped seeing friends', 1.5], ['without talking to', 1.5], ['without speaking to', 1.5], ['talk only to', 1.5], ['so quiet', 1], ['house is so quiet', 2], ['sits at home all day', 1.5], ['at home all day', 1], ['watches tv all day', 1.5], ['watching tv all day', 1.5], ['hardly go out', 1], ['group that meets', 1.5], ['alone all day', 1.5], ['club for', 1],
      ['dont see anyone', 1.5], ['dont speak to anyone', 1.5], ['know a single person', 2], ['speak to a single person', 2], ['talk to a single person', 2], ['real conversation', 1], ['meetup', 1.5], ['meet up group', 1.5], ['hobby club', 1.5], ['social club', 1.5], ['join a group', 1], ['group i can join', 1.5], ['join something', 1], ['ibasho', 2], ['salon$', 0.7], ['place to sit', 1], ['nobody would notice', 0.7], ['no one would notice', 1], ['nobody has spoken', 1.5], ['no one has spoken', 1.5], ['nobody calls', 1.5], ['no one calls', 1.5], ['weekend activities', 1], ['neighbourhood association', 1], ['neighborhood association', 1], ['chounaikai', 1], ['mama tomo', 1.5], ['mamatomo', 1.5], ['parent group', 1], ['japanese friend', 1], ['evenings are long', 1.5], ['forgot how to talk', 1.5], ['invisible', 1], ['widower', 0.5],
      ['on my own', 0.3], ['all alone', 1.5], ['feel alone', 1.5], ['no one to', 1], ['nobody to', 1], ['make friends', 1.5], ['making friends', 1.5], ['socialis', 1.5], ['socializ', 1.5], ['company', 0.2], ['miss having', 0.5], ['nobody visits', 1.5], ['no one visits', 1.5], ['no family', 1], ['somewhere to hang out', 1.5],
      ['lonely', 2], ['loneliness', 2], ['alone$', 1], ['isolated', 2], ['isolation', 2], ['no friends', 2],
      ['dont know anyone', 2], ['no one to talk to', 2], ['nobody to talk to', 2], ['someone to talk', 1.5],
      ['talked to anyone', 1.5], ['talk to anyone', 1], ['hasnt seen anyone', 1.5], ['havent seen anyone', 1.5],
      ['drop in', 1.5], ['drop-in', 1.5], ['chat with people', 1.5], ['meet people', 1.5], ['community place', 2],
      ['community centre', 1.5], ['community center', 1.5], ['senior centre', 1], ['senior center', 1], ['volunteer', 1],
      ['a place where', 0.5], ['somewhere to go', 1], ['by myself', 0.5],
      ['don\'t talk to', 1.5], ['talk to an adult', 1.5], ['another adult', 1.5], ['without speaking to', 2], ['without talking to', 2], ['talk to nobody', 2], ['anyone to talk to', 2], ['anyone to speak to', 2], ['a single friend', 2], ['don\'t have friends', 2], ['don\'t have any friends', 2], ['lost touch', 1.5], ['stopped calling', 1.5], ['doesn\'t call', 1], ['hang out', 1.5], ['meet other', 1.5], ['talk to other parents', 1.5], ['talk to other patients', 1.5], ['other parents whose', 1], ['patient group', 1.5], ['survivors group', 1.5], ['survivor group', 1.5], ['people who have been through', 1.5], ['social life', 1.5], ['community cafe', 2], ['nobody sees me', 2], ['like a ghost', 1.5], ['reason to leave the house', 1.5], ['bored', 0.5], ['have nobody', 2], ['doesn\'t have anyone', 2], ['sit with people', 1.5], ['talk with people', 1.5], ['days are very long', 1.5], ['game night', 1], ['feel so cut off', 1.5], ['feel cut off', 1.5],
      ['never see anyone', 1.5], ['only person i speak to', 2], ['only person i talk to', 2], ['no one to ask', 1], ['nobody to ask', 1], ['anywhere to just be', 1.5], ['somewhere to just be', 1.5]
    ],
    multicultural: [['ashes...back home', 2], ['ashes home', 2], ['repatriat', 1.5], ['body back home', 2],  
      // ashes taken back to the home country; the re-entry permit for a trip home (pass K, 17th session)
      ['ashes back to', 2], ['sainyukoku', 2], ['sai nyukoku', 2], ['sainyuukoku', 2], ['sai nyuukoku', 2],
      // learning the Japanese scripts (typed in English whatever the language of the message)
      ['hiragana', 1.5], ['katakana', 1.5], ['cant read kanji', 1.5], ['can\'t read kanji', 1.5],
      // Japanese administrative words written in Japanese inside any language's message (en is read with every lexicon; the same weights as ja.ts, so a Japanese message reads them once)
      ['在留カード', 2], ['在留資格', 2], ['在留', 2], ['入管', 2], ['特定技能', 2], ['技能実習', 2], ['実習生', 2], ['家族滞在', 2], ['定住者', 2], ['資格外活動', 2], ['永住', 1.5], ['帰化', 1.5], ['通訳', 2], ['翻訳', 1.5], ['日本語教室', 2], ['日本語指導', 2], ['ふりがな', 1],
      // the same words in romaji: a status of residence, a permit, a Japanese class, reading aids
      ['teijusha', 2], ['teijuusha', 2], ['shikakugai', 2], ['shikaku gai', 2], ['zairyuu shikaku', 2], ['kika shinsei', 2], ['nihongo kyoushitsu', 2], ['nihongo kyoshitsu', 2], ['japanese class', 1.5], ['japanese lesson', 1.5], ['furigana', 1.5],
      // marrying a Japanese partner, a spouse visa
      ['marry...japanese', 1.5], ['japanese...marry', 1.5], ['japanese...get married', 1.5], ['international marriage', 2], ['spouse visa', 2],
      ['zairyuu', 2], ['tsuuyaku', 2], ['tsuyaku', 2], ['nihongo ga wakaranai', 2],
      ...['thai', 'filipino', 'filipina', 'chinese', 'korean', 'vietnamese', 'brazilian', 'nepali', 'indonesian', 'peruvian'].flatMap((n) => [[`im ${n}$`, 1.5], [`i am ${n}$`, 1.5]] as const),
      ['gaikokujin', 2], ['eijuu', 2], ['eiju$', 2], ['jisshusei', 2], ['ginou jisshu', 2], ['tokutei ginou', 2], ['tokutei gino', 2], ['nyukan', 2], ['nyuukan', 2], ['jfc$', 2],
      ['zairyu', 2], ['re entry permit', 2], ['reentry permit', 2], ['work permit', 1.5], ['kuyakusho', 0.3], ['speaks english', 0.7], ['speak english', 1.5], ['english speaker', 0.7], ['in portuguese', 1.5], ['in spanish', 1.5], ['in vietnamese', 1.5], ['in tagalog', 1.5], ['in nepali', 1.5], ['in chinese', 1.5], ['speaks portuguese', 1.5], ['speaks spanish', 1.5], ['language support', 2], ['share a language', 2], ['speak japanese', 1], ['speaks japanese', 0.7], ['speak any japanese', 2], ['understand japanese', 1.5], ['read japanese', 1.5], ['japanese forms', 1.5], ['japanese is basic', 2], ['nihongo', 1], ['gaijin', 2], ['foreign$', 1], ['embassy', 1.5], ['leave japan', 1.5], ['leaving japan', 1.5], ['my home country', 1.5], ['send money home', 1], ['zainichi', 1.5], ['halal', 1], ['eikaiwa', 0.5], ['dowry', 1], ['from abroad', 1.5], ['from overseas', 1.5], ['arrived from', 1.5], ['moved from', 0.7], ['brazilian', 1.5], ['filipino', 0.5], ['filipina', 0.5], ['vietnamese', 1.5], ['nepalese', 1.5], ['nepali', 1.5], ['bangladeshi', 1.5], ['indonesian', 1.5], ['burmese', 1.5], ['peruvian', 1.5], ['sri lankan', 1.5], ['mongolian', 1.5],
      ['from vietnam', 1.5], ['from nepal', 1.5], ['from india', 1.5], ['from the philippines', 1.5], ['from brazil', 1.5], ['from china', 1.5], ['from myanmar', 1.5], ['from thailand', 1.5], ['from indonesia', 1.5], ['from bangladesh', 1.5], ['from sri lanka', 1.5], ['from korea', 1.5], ['from nigeria', 1.5], ['from peru', 1.5], ['from mongolia', 1.5], ['from pakistan', 1.5], ['from taiwan', 1.5], ['from uzbekistan', 1.5], ['from ghana', 1.5], ['from cambodia', 1.5],
      ['passport', 1.5],
      ['english speaking', 1.5], ['in english', 1.5], ['in a language i', 1.5], ['language i cant read', 2], ['language i can\'t read', 2], ['language barrier', 2], ['speak the language', 1.5], ['speak the langauge', 1.5], ['speak the languge', 1.5], ['know the language', 1.5], ['langauge', 1], ['languge', 1], ['dont speak japaneese', 2], ['my japanese', 1.5], ['japanese isnt', 1.5], ['cant understand japanese', 2], ['permanent residen', 1.5], ['deport', 2], ['overstay', 2], ['international', 0.5], ['newcomer', 1], ['came to japan', 1.5],
      ['foreigner', 2], ['foreign resident', 2], ['foreign national', 2], ['foreigners', 2], ['immigrant', 2],
      ['dont speak japanese', 2], ['dont understand japanese', 2], ['cant read japanese', 2], ['cant speak japanese', 2], ['cant read any of the', 1.5], ['cant read the forms', 1.5], ['cant read the letters', 1.5], ['cant read...city forms', 1.5], ['cant read...ward office', 1.5],
      ['no japanese', 1.5], ['japanese is', 1], ['in japanese', 1], ['japanese', 0.5], ['visa', 2], ['residence card', 2],
      ['residence status', 2], ['immigration', 2], ['interpreter', 2], ['translat', 1.5], ['refugee', 2],
      ['technical intern', 2], ['trainee', 1], ['international student', 1.5], ['letter from', 0.5], ['ward office', 0.5],
      ['city hall', 0.5], ['my country', 1], ['moved to japan', 1.5],
    ],
    medical: [
      ['dnr$', 2], ['do not resuscitate', 2], ['refuse resuscitation', 2], ['no resuscitation', 2], ['not be resuscitated', 2], ['advance directive', 2], ['living will', 2], ['end of life care', 2], ['palliative', 2], ['hospice', 2], ['die at home', 1.5], ['dying at home', 1.5],
      ['houmon kango', 2], ['homon kango', 2], ['houmon shinryo', 2], ['homon shinryo', 2], ['houmon iryo', 2], ['which department', 1.5], ['what kind of doctor', 1.5], ['chronic pain', 1.5], ['seikotsuin', 1.5], ['sekkotsuin', 1.5], ['back pain', 1], 
      ['bloods done', 2], ['get bloods', 2],
      ['home oxygen', 2], ['oxygen', 1], ['heatstroke', 1], ['heat stroke', 1],
      ['flu shot', 2], ['flu jab', 2],
      ['nyuuin', 1.5], ['nyuin', 1.5], ['shujutsu', 1.5], ['kusuri', 1],
      ['byouin', 1.5], ['byoin', 1.5], ['kenshin', 1.5], ['kenkou shindan', 1.5], ['kenko shindan', 1.5],
      ['parkinson', 1.5], ['als$', 1], ['seizure', 1],
      ['sick child', 0.5], ['chest', 0.5], ['diabet', 1.5], ['blood pressure', 1], ['heart', 0.7], ['cough', 1], ['covid', 1], ['rehab', 1.5], ['physio', 1.5], ['health', 0.5], ['unwell', 1], ['infection', 1], ['teeth', 1], ['tooth', 1], ['see a doctor', 1.5], ['night clinic', 2], ['home nursing', 2], ['visiting nurse', 2],
      ['hospital', 1], ['doctor', 1], ['clinic', 1], ['medical', 1], ['medication', 1], ['medicine', 1], ['illness', 1],
      // «ill» after the word that makes it an illness: folded, «I'll» is «ill» too
      ...['is', 'was', 'are', 'been', 'being', 'fell', 'falls', 'got', 'gets', 'feel', 'feels', 'feeling', 'felt', 'very', 'so', 'too', 'seriously', 'terminally', 'critically', 'chronically', 'mentally', 'gravely'].map((w) => [`${w} ill$`, 1] as const), ['ill health', 1], ['ill with', 1], ['sick', 1], ['disease', 1], ['home visit', 1.5], ['home visits', 1.5], ['visit my', 0.5],
      ['health insurance', 1], ['treatment', 1], ['surgery', 1], ['cancer', 1], ['stroke', 1], ['nurse$', 1], ['nurses$', 1],
      ['fever', 1], ['headache', 1], ['pain', 0.7], ['killing me', 0.3], ['injur', 1], ['check up', 0.7],
      ['checkup', 0.7], ['prenatal', 1], ['antenatal', 1], ['appointment', 0.5], ['chronic', 1], ['dialysis', 1.5], ['transplant', 1.5], ['prescription', 1], ['dentist', 1],
      ['ambulance', 1], ['hurts', 0.5], ['my back', 0.5],
      ['fracture', 1.5], ['broken arm', 1.5], ['broken leg', 1.5], ['broken wrist', 1.5], ['broken hip', 1.5], ['antibiotic', 1.5], ['pediatrician', 1.5], ['paediatrician', 1.5], ['chemo', 1.5], ['asthma', 1], ['allerg', 1], ['inhaler', 1.5], ['insulin', 1.5], ['ventilator', 1.5], ['blood test', 1.5], ['pharmacy', 1], ['back pain', 1], ['hurt my back', 1], ['x ray', 1], ['xray', 1], ['pneumonia', 1.5], ['eczema', 1], ['migraine', 1], ['cast on', 0.7],
      ['nicotine patch', 2], ['nicotine patches', 2], ['nicotine gum', 1.5], ['smoking cessation clinic', 2], ['quit smoking clinic', 2], ['stop smoking clinic', 2], ['smoking cessation', 1.5],
    ],
  },
  crisis: {
    suicide: [
      // someone else's self-harm told by a parent or friend, in the present ("my daughter cuts herself")
      'cuts herself', 'cuts himself', 'cuts themselves', 'cuts her arms', 'cuts his arms', 'cuts her wrists', 'cuts his wrists', 'cuts her legs', 'cuts his legs',
      'self harms', 'she self harms', 'he self harms',
      // burning oneself on purpose or with a lighter or cigarette (self-harm)
      'burnt myself on purpose', 'burned myself on purpose', 'burnt myself deliberately', 'burned myself deliberately', 'burnt myself with a lighter', 'burned myself with a lighter', 'burnt myself with a cigarette', 'burned myself with a cigarette', 'burning my arm with', 'burning my skin',
      'by the time you read this', 'this is goodbye', 'my final message', 'my last message', 'wont hear from me again', 'last time youll hear from me',
      'waiting to die', 'just waiting to die',
      'want to...die$', 'wanna...die$', 'wish i...dead$', 'thinking about...dying', 'thinking about death', 'think about death', 'thoughts about death', 'want to...disappear', 'wish i could...disappear', 'planning...my death', 'want...end my life', 'want it...to end',
      'stepping off', 'platform edge', 'planning how', 'started planning', 'dont want to be alive',
      'how many pills', 'rather not wake up', 'reason to live', 'reasons to live', 'reason to go on', 'leave this world', 'leaving this world',
      'could disappear', 'wish i could die', 'wish i was never born', 'never been born', 'shouldnt exist', 'no use living', 'no point going on', 'wish i had died', 'wish id died', 'wish i hadnt survived', 'wish i had not survived', 'wish i didnt survive', 'wish i didnt wake up', 'should have let me die', 'shouldve let me die', 'dont see the point of going on', 'dont see the point in going on', 'dont see the point of living', 'dont see the point in living', 'dont see the point of being alive', 'dont see the point in being alive', 'dont see the point of carrying on', 'dont see the point in carrying on', 'dont see any point of going on', 'dont see any point in going on', 'dont see any point of living', 'dont see any point in living', 'dont see any point of being alive', 'dont see any point in being alive', 'dont see any point of carrying on', 'dont see any point in carrying on', 'cant see the point of going on', 'cant see the point in going on', 'cant see the point of living', 'cant see the point in living', 'cant see the point of being alive', 'cant see the point in being alive', 'cant see the point of carrying on', 'cant see the point in carrying on', 'cant see any point of going on', 'cant see any point in going on', 'cant see any point of living', 'cant see any point in living', 'cant see any point of being alive', 'cant see any point in being alive', 'cant see any point of carrying on', 'cant see any point in carrying on', 'see no point of going on', 'see no point in going on', 'see no point of living', 'see no point in living', 'see no point of being alive', 'see no point in being alive', 'see no point of carrying on', 'see no point in carrying on', 'whats the point of going on', 'whats the point in going on', 'whats the point of living', 'whats the point in living', 'whats the point of carrying on', 'whats the point in carrying on', 'what is the point of going on', 'what is the point in going on', 'what is the point of living', 'what is the point in living', 'what is the point of carrying on', 'what is the point in carrying on', 'no point in going on', 'give up on everything', 'whats the use',
      'if i died', 'if i die', 'if i was dead', 'if i were dead', 'left to live for', 'around much longer', 'made my peace', 'take all her meds', 'take all his meds', 'all her pills', 'all his pills', 'all my meds', 'wants to end it', 'want to end it', 'end it all',
      'cutting my', 'cut my arms', 'cut my wrists', 'hurting myself', 'harm myself', 'harming myself', 'burn myself', 'burning myself', 'pain to stop', 'stop permanently', 'make it all stop', 'to feel something',
      'if i was gone', 'if i were gone', 'no will to live', 'no desire to live', 'dont want to go on', 'do it tonight', 'do it this weekend', 'planning to do it', 'going to do it tonight', 'goodbye letter', 'farewell letter', 'suicide letter', 'written letters to', 'wrote letters to', 'my will and', 'end things', 'ending things', 'kill myself', 'better off gone', 'wont be around', 'not be around much longer', 'bought a rope', 'bought rope', 'stockpiling', 'jump off a bridge', 'jump from the', 'step in front of a train',
      'life is hell', 'living hell', 'tired of living',
      'off without me', 'fine without me', 'happier without me', 'better without me', 'easier without me', 'no way out', 'see a way out', 'all my pills', 'pills at once', 'whole bottle', 'sleep and never wake', 'sleep and not wake', 'go to sleep forever', 'never wake', 'want to stop existing', 'stop existing', 'end my pain forever', 'last message', 'not be here tomorrow', 'wont be here tomorrow', 'dont want to live', 'tired of being alive',
      'end my own life', 'take my life', 'dont want to exist', 'wish i didnt exist', 'sleep forever', 'want it all to stop', 'want it to end', 'want everything to end', 'want to be gone', 'no longer be here', 'nobody would miss me', 'no one would miss me', 'im a burden', 'burden to everyone', 'giving up on life', 'give up on life', 'done with life', 'done living', 'say goodbye to everyone', 'unalive', 'kys$', 'jump in front of', 'throw myself', 'slit my wrist', 'noose', 'not worth living', 'life isnt worth', 'point of living', 'point in living', 'rather be dead', 'rather die', 'want to be dead', 'wanna be dead', 'dont want to be here anymore', 'cant live like this', 'cant keep living', 'thinking of dying', 'thoughts of dying', 'disappear from this world',
      'suicid', 'kill myself', 'killing myself', 'end my life', 'ending my life', 'take my own life', 'want to die',
      'wanna die', 'wish i was dead', 'wish i were dead', 'better off dead', 'better off without me', 'no reason to live',
      'no point in living', 'no point living', 'nothing to live for', 'dont want to live', 'dont want to be alive',
      'dont want to wake up', 'never wake up', 'not wake up', 'ending it all', 'end it all', 'end everything',
      'disappear forever', 'just disappear', 'want to disappear', 'cant go on', 'cant do this anymore',
      'pills saved', 'take them all', 'overdose', 'jump off', 'hang myself', 'cut myself', 'cutting myself',
      'self harm', 'self-harm', 'hurt myself', 'tired of living', 'tired of life', 'goodbye forever', 'suicide note',
      'not be here anymore', 'kms$',
    ],
    child_abuse: [
      'burns the kids', 'burns his kids', 'burns her kids', 'comes into my room', 'touches me at night',
      'toddler...alone', 'child...alone at night', 'kids...alone at night', 'alone...at midnight', 'never home...toddler', 'toddler...never home',
      'marks on his', 'marks on her', 'bruises on', 'burns on', 'comes to school hungry', 'always hungry', 'left home alone', 'left alone at home', 'touches her', 'touches him', 'touching my daughter', 'touching my son', 'hits his kids', 'hits her kids', 'hits the baby', 'shakes the baby',
      'being abused', 'touches me', 'touched me', 'molest', 'my dad hits me', 'my mom hits me', 'my mum hits me', 'my father hits me', 'my mother hits me', 'my parents hit me', 'parents beat me', 'dad beats me', 'mom beats me', 'mum beats me', 'stepdad', 'locked outside', 'not feeding', 'doesnt feed', 'starving the kids', 'slap my', 'beat my kid', 'beating my', 'hurting my child', 'hurting my baby', 'smack my',
      'child abuse', 'hurt my baby', 'hurt my child', 'hurt my son', 'hurt my daughter',
      'hit my child', 'hit my kid', 'hitting my son', 'hitting my daughter', 'hitting my kid', 'hitting my child', 'hitting my baby', 'hitting my little', 'hitting my stepson', 'hitting my stepdaughter', 'hitting my grandson', 'hitting my granddaughter', 'hitting my 1', 'hitting my 2', 'hitting my 3', 'hitting my 4', 'hitting my 5', 'hitting my 6', 'hitting my 7', 'hitting my 8', 'hitting my 9', 'hits my child', 'hits my kid', 'hits the kids', 'shaking him',
      'shaking her', 'shake the baby', 'shook the baby', 'kid...being beaten', 'child...being beaten',
      'kids are left alone', 'left alone for days', 'no food for', 'neglect', 'bruises', 'locked in', 'screaming child',
      'beats his son', 'beats her son', 'beats the kids', 'beats his daughter', 'beats her daughter',
    ],
    violence: [
      'burn the house down with me', 'with me inside', 'kill me if',
      'punched the wall', 'smashed my phone', 'punched me', 'smashed', 'locked me',
      'pinned me', 'held me down', 'grabbed my hair', 'pulled my hair', 'dragged me', 'pushed me down', 'threw me down', 'locked me in', 'hurt the kids', 'hurt my kids', 'kill the kids', 'spread my photos', 'share my photos', 'nude photos', 'threatening to post', 'put his hands on me', 'afraid hell kill', 'afraid he will hurt', 'scared for my life', 'fear for my life',
      'scared...help me', 'afraid...help me', 'help me...scared',
      'being abused', 'threatens to hurt', 'threatened me', 'hurt me', 'gun$', 'weapon', 'chased me', 'broke into', 'in danger', 'not safe at home', 'unsafe at home', 'afraid to go home', 'scared to go home', 'forced me', 'groped', 'choking me', 'attacked', 'beats her', 'hits her',
      'beats me', 'beat me', 'hits me', 'hit me', 'punched me', 'kicked me', 'choked me', 'strangled', 'threw me',
      'pushed me', 'slapped me', 'kill me', 'threatened to kill', 'going to kill', 'will kill', 'stabbed',
      'following me', 'raped', 'sexually assaulted', 'assaulted', 'attacked me', 'hurts me',
      'violent', 'violence', 'hits her', 'beats her', 'hit her', 'hurts her', 'hits him', 'beats him', 'abusing me', 'abused me', 'abuses me', 'beaten', 'afraid for my life', 'locked me',
    ],
    emergency: [
      'having a stroke', 'had a stroke just now', 'is having a heart attack',
      'drooping', 'cant talk properly', 'slurring', 'one side of', 'not waking', 'fell down the stairs', 'head is bleeding',
      'struggling to breathe', 'trouble breathing', 'hard to breathe', 'difficulty breathing', 'limp and',
      'isnt responding', 'not responsive', 'doesnt respond', 'no pulse', 'isnt moving', 'not moving', 'fell and', 'hit their head',
      'bleeding a lot', 'blood everywhere', 'cant wake', 'wont respond', 'turning blue', 'lips are blue', 'hit his head', 'hit her head', 'face drooping', 'slurred speech', 'anaphyla', 'swallowed', 'poisoned', 'need an ambulance', 'severe allergic', 'cant move', 'stopped moving',
      'not breathing', 'isnt breathing', 'stopped breathing', 'cant breathe', 'cannot breathe', 'unconscious',
      'barely conscious', 'wont wake up', 'not waking up', 'collapsed', 'passed out', 'fainted', 'seizure',
      'bleeding badly', 'wont stop bleeding', 'heart attack', 'chest pain', 'call an ambulance', 'choking',
      'drowning', 'took a lot of pills', 'overdosed', 'not responding', 'unresponsive',
    ],
  },
  pairs: [
    // A neighbour's cry for help, then silence or thumping.
    { signal: 'violence', acrossSentences: true, reach: 40,
      a: ['shouted help', 'screamed help', 'yelled help', 'cried help', 'woman screaming', 'woman crying'],
      b: ['then silence', 'then nothing', 'went silent', 'went quiet', 'thumping', 'banging'] },
    // Being at a height, a railway or water now.
    { signal: 'suicide', ordered: true, reach: 16,
      a: ['im on the', 'im at the', 'standing on the', 'sitting on the', 'standing at the', 'im up on the', 'came up to the', 'here on the'],
      b: ['bridge', 'roof', 'rooftop', 'ledge', 'platform edge', 'tracks', 'cliff', 'top floor', 'river', 'overpass', 'car park roof', 'parapet'] },
    // Sleep without waking.
    { signal: 'suicide', ordered: true, reach: 24, a: ['sleep', 'go to sleep', 'fall asleep', 'rest'], b: ['not wake', 'never wake', 'not have to wake', 'not have to get up', 'not come back', 'for good'] },
    // Debts and belongings settled so nobody has to deal with them afterwards.
    { signal: 'suicide', reach: 48,
      a: ['paid off everything', 'sold my', 'sorted out my', 'settled my', 'cancelled my', 'closed my accounts'],
      b: ['afterwards', 'after im gone', 'nobody has to deal', 'no one has to deal', 'nobody will have to', 'no one will have to', 'when im gone'] },
    // A child left alone or punished by pain.
    { signal: 'child_abuse', reach: 48,
      a: ['toddler', 'baby', 'child', 'kid', 'girl', 'boy', 'son$', 'daughter'],
      b: ['left alone for', 'left in a car', 'alone for hours', 'alone for days', 'cries for hours', 'cries until', 'screams for hours', 'kneel on', 'locked in the', 'locks him in', 'locks her in', 'tied up', 'ties him', 'ties her', 'no one feeds', 'nobody feeds'] },
    // A child who swallowed or drank something harmful.
    { signal: 'emergency', reach: 32,
      a: ['drank something', 'swallowed something', 'ate something', 'got into the cleaning', 'under the sink', 'swallowed a coin', 'swallowed a battery'],
      b: ['mouth is burning', 'burning', 'vomiting', 'choking', 'cant breathe', 'drooling', 'cleaning', 'bleach'] },
    // An intent or a near time with a way of ending: "tonight I'm going to finish it", "ready to be gone".
    { signal: 'suicide',
      a: ['tonight', 'this weekend', 'tomorrow', 'going to', 'gonna', 'ready to', 'decided to', 'plan to', 'planning to', 'want to', 'its time to', 'time to', 'about to', 'im going to', 'i will'],
      b: ['finish it', 'finish this', 'finish things', 'end it', 'end this', 'end things', 'end everything', 'be gone', 'go for good', 'leave for good', 'let go', 'not be here', 'wont be here', 'stop being here', 'say goodbye', 'check out', 'sleep forever', 'go to sleep for good', 'stop everything', 'not wake up'] },
    // A farewell with an ending or a time.
    { signal: 'suicide', acrossSentences: true,
      a: ['thank you for everything', 'thanks for everything', 'sorry for everything', 'i love you all', 'goodbye everyone', 'goodbye to everyone', 'take care of yourselves', 'tell my kids', 'tell my mum', 'tell my mom'],
      b: ['tonight', 'its time', 'goodbye', 'forever', 'finish', 'end it', 'gone', 'wont be', 'last', 'anymore', 'one last'] },
    // Giving things away, or putting affairs in order, because they will not be needed.
    { signal: 'suicide', acrossSentences: true, reach: 48,
      a: ['gave away', 'giving away', 'given away', 'gave my', 'gave him my', 'gave her my', 'give my', 'left my', 'letters for', 'letters to', 'letter for', 'passwords', 'my will', 'affairs in order', 'sorted out my', 'said my goodbyes', 'rehomed my', 'found a home for my'],
      b: ['wont be needing', 'wont need', 'dont need them anymore', 'no longer need', 'wont be using', 'not going to need', 'where im going', 'after im gone', 'its time', 'time to go', 'im ready', 'tonight', 'wont be around', 'when im gone'] },
    // A burden that will not last; others better off without me.
    { signal: 'suicide', a: ['burden', 'dead weight', 'in everyones way'], b: ['much longer', 'for long', 'not be around', 'without me', 'be gone', 'wont be', 'soon'] },
    { signal: 'suicide',
      a: ['better off', 'happier', 'easier for', 'relieved', 'wouldnt notice', 'wouldnt miss'],
      b: ['if i wasnt', 'if i werent', 'without me', 'if i was gone', 'if i were gone', 'if i disappeared', 'if i died', 'if i just wasnt', 'if i left for good', 'around anymore', 'here anymore'] },
    // A height and a way down.
    { signal: 'suicide',
      a: ['balcony', 'rooftop', 'roof', 'bridge', 'ledge', 'platform', 'cliff', 'top floor', 'window'],
      b: ['let go', 'how easy', 'step off', 'lean over', 'just jump', 'to jump', 'climb over'] },
    // A child with marks on the body, or afraid to go home, or told to keep a secret.
    { signal: 'child_abuse',
      a: ['boy', 'girl', 'kid', 'child', 'son$', 'daughter', 'niece', 'nephew', 'toddler', 'baby', 'student', 'grandson', 'granddaughter', 'little one', 'classmate'],
      b: ['burn marks', 'welts', 'bruise', 'marks on', 'black eye', 'cigarette burn', 'belt marks', 'doesnt want to go home', 'flinch', 'gets in trouble if', 'not allowed to tell', 'too scared to eat', 'no food at home'] },
    { signal: 'child_abuse', acrossSentences: true,
      a: ['comes into my room', 'comes into her room', 'comes into his room', 'gets into my bed', 'touches me', 'touches her', 'touches him', 'comes in at night'],
      b: ['not to tell', 'dont tell', 'keep it a secret', 'our secret', 'not tell anyone', 'if i tell', 'if she tells', 'if he tells'] },
    // Kept in: phone, keys or passport taken, not let out.
    { signal: 'violence',
      a: ['takes my phone', 'took my phone', 'takes my keys', 'took my keys', 'my passport', 'locks the door', 'locked the door', 'locks me', 'hides my', 'takes my phone and keys'],
      b: ['wont let me leave', 'doesnt let me leave', 'wont let me out', 'cant leave', 'cant get out', 'not allowed to leave', 'not allowed out', 'wont let me go', 'from outside', 'from the outside'] },
    // Hands on the throat.
    { signal: 'violence', ordered: true, reach: 8,
      a: ['hands around my', 'hand around my', 'hands on my', 'grabbed my', 'squeezed my', 'pressed on my', 'grabbed me by the', 'by the'],
      b: ['throat', 'neck'] },
    // A collapse with no answer or a grey face; something dangerous swallowed, or pills in bulk.
    { signal: 'emergency', acrossSentences: true, reach: 48,
      a: ['collapsed', 'slumped', 'fell', 'keeled over', 'went down', 'on the floor', 'hit the floor', 'dropped'],
      b: ['not answering', 'isnt answering', 'wont answer', 'doesnt answer', 'not responding', 'wont wake', 'looks grey', 'looks gray', 'turned grey', 'gone grey', 'turned blue', 'not moving', 'eyes are rolling', 'cant get up and', 'not breathing'] },
    { signal: 'emergency', ordered: true,
      a: ['whole box', 'whole bottle', 'whole packet', 'entire box', 'entire bottle', 'all of her', 'all of his', 'a handful of', 'dozens of', 'box of', 'bottle of'],
      b: ['pills', 'tablets', 'painkillers', 'sleeping', 'meds', 'medication', 'paracetamol', 'antidepressants'] },
    { signal: 'emergency', ordered: true, reach: 24,
      a: ['swallowed', 'drank', 'ate some', 'got into the'],
      b: ['bleach', 'battery', 'batteries', 'detergent', 'pods', 'poison', 'antifreeze', 'magnet', 'button cell', 'pesticide', 'weed killer'] },
  ],
  framing: {
    report: ['news$', 'newspaper', 'article', 'read about', 'a story about', 'documentary', 'movie', 'film$', 'films$', 'tv show', 'novel$', 'novels$', 'in the paper', 'back then',
      // a case handled and over: the one who hurt arrested or in custody, an order granted, the case closed (now,
      // yesterday, "still" or ", but" after it still alarm: see `ongoing` and `framed` in engine.ts)
      'was arrested', 'were arrested', 'got arrested', 'been arrested', 'in police custody', 'taken into custody', 'remanded in custody', 'police took him away', 'police took her away', 'protection order was issued', 'protection order has been issued', 'protection order was granted', 'restraining order was granted', 'restraining order has been granted', 'case is closed', 'case was closed', 'case has been closed', 'case is resolved', 'case was resolved', 'case has been resolved', 'taken into protective care', 'taken into protective custody',
      // a mark a doctor put down to an illness, a birthmark or a vaccine; abuse ruled out
      // (said as the cause — "a blood disorder ruled out" is no cause: only its affirmative forms)
      'is a mongolian spot', 'was a mongolian spot', 'are mongolian spots', 'were mongolian spots', 'as a mongolian spot', 'as mongolian spots', 'mongolian blue spot', 'slate grey patch', 'congenital dermal melanocytosis', 'due to a blood disorder', 'caused by a blood disorder', 'from a blood disorder', 'has a blood disorder', 'with a blood disorder', 'due to a bleeding disorder', 'caused by a bleeding disorder', 'has a bleeding disorder', 'with a bleeding disorder', 'low platelet', 'has haemophilia', 'has hemophilia', 'vaccine reaction', 'reaction to the vaccine', 'reaction to the vaccination', 'reaction to the jab', 'injection site', 'abuse was ruled out', 'abuse has been ruled out', 'ruled out abuse', 'ruled out any abuse', 'ruled out child abuse'],
    joke: ['lol$', 'haha', 'jk$', 'just kidding', 'joking', 'video game', 'in the game', 'zombies'],
    past: [
      // a handrail or a home adaptation asked for after a fall (fall prevention); some time ago
      'handrail subsidy', 'handrail grant', 'grants for handrails', 'grant for a handrail', 'grant for handrails', 'help with handrails', 'help installing a handrail', 'help installing handrails', 'get a handrail', 'get handrails', 'get grab bars', 'stair lift', 'stairlift', 'home modification', 'home adaptation', 'fall prevention', 'prevent falls', 'some time ago', 'a while back',
      'in 19', 'in 20', 'years ago', 'last year', 'as a child', 'when i was', 'used to', 'in the past', 'history of', 'months ago', 'a while ago', 'back in',
      // an emergency handled: taken to hospital, stable now, out of danger (again or now after it still alarms)
      // (not «in a stable condition» or «out of danger» alone: «not in a stable condition», «not out of danger yet»)
      'condition is stable', 'condition has stabilised', 'condition has stabilized', 'is stable now', 'is now stable', 'now out of danger', 'not life threatening', 'no longer in danger',
      'last month', 'last week', 'got checked', 'turned out', 'when he was a baby', 'when she was a baby', 'when he was one', 'when she was one', 'hasnt had another',
      // an emergency over: out of hospital already (again or now after it still alarms: see `framed`)
      'already out of hospital', 'already out of the hospital', 'already left hospital', 'already left the hospital', 'already home from hospital', 'already home from the hospital', 'already back home', 'already been discharged', 'got discharged', 'been discharged', 'discharged already', 'discharged now', 'out of hospital already', 'out of the hospital already', 'out of the hospital now', 'home from the hospital now', 'left hospital already', 'left the hospital already', 'back home from hospital', 'back home from the hospital'],
  },
  // Living with someone is not living: "I don't want to live with my parents anymore".
  idioms: [
    // violent scenes of a film; a risk assessment (a term of the trade)
    'violent scenes', 'scenes of violence', 'violent content', 'suicide risk assessment', 'suicide risk assessments', 'suicide risk screening',
    'cuts herself shaving', 'cuts himself shaving', 'cuts herself cooking', 'cuts himself cooking', 'cuts herself by accident', 'cuts himself by accident', 'accidentally cuts', 'cuts herself on the', 'cuts himself on the', 'live with my parents', 'live with my husband', 'live with my wife', 'live with my mother', 'live with my mom', 'live with my mum', 'live with my father', 'live with my dad', 'live with my family', 'live with my boyfriend', 'live with my girlfriend', 'live with my partner', 'live with my son', 'live with my daughter', 'live with my in-laws', 'live with my roommate', 'live with my flatmate', 'live with him', 'live with her', 'live with them', 'like im drowning', 'drowning with', 'drowning under', 'boss will kill me', 'boss is going to kill me', 'boss would kill me', 'died by suicide', 'lost to suicide', 'bereaved by suicide', 'suicide loss', 'end it with', 'end things with', 'ending things with', 'let go of', 'finish it off', 'give up smoking', 'give up drinking', 'gave up smoking', 'dead end', 'deadline', 'dead battery', 'sick of waiting', 'tired of waiting', 'forever young', 'to die for', 'death certificate', 'after his death', 'after her death', 'after the death', 
    'killing me', 'dying to', 'dead tired', 'to die for', 'died laughing', 'die laughing', 'kill time',
    'suicide prevention', 'no violence', 'not violent', 'isnt violent', 'never violent', 'without violence',
    'is killing me', 'work is killing', 'killer', 'heart attack when', 'almost had a heart attack',
    // hyperbole and figures of speech
    'nearly had a heart attack', 'thought i was having a heart attack', 'im drowning', 'i am drowning', 'honestly drowning', 'drowning doing', 'actually drowning',
    'cut like a knife', 'throw away old...knives', 'dispose of...knives', 'knives safely', 'knife sharpening', 'the heat...kill me', 'this heat...kill me', 'social life is dead', 'life and death unit', 'questions about death',
    'cant wake up for', 'doesnt respond to his name', 'doesnt respond to her name', 'respond to his name', 'respond to her name', 'threw me out', 'kicked me out', 'gone out',
    // someone else's suicide, a story's character; a parent's worry about who will care after them
    'dads suicide', 'moms suicide', 'mums suicide', 'fathers suicide', 'mothers suicide', 'brothers suicide', 'sisters suicide', 'sons suicide', 'daughters suicide', 'friends suicide', 'husbands suicide', 'wifes suicide',
    'main character...suicide', 'main character...overdos', 'when i die...what will happen', 'when im gone...who will', 'after im gone...who will', 'after i die...who will',
    'raising my son alone', 'raising my daughter alone', 'raising my kids alone', 'raising them alone',
    // only a small blister from the stove or the pan; cut shaving, cooking or on glass (not on purpose)
    'i burned my hand on the stove', 'i burnt my hand on the stove', 'just a blister', 'only a blister', 'just a small blister', 'a small blister', 'a tiny blister', 'little blister', 'blistered a little', 'blistered a bit',
    // burning oneself by accident or while cooking (no self-harm)
    'burn myself cooking', 'burning myself cooking', 'burn myself by accident', 'burning myself by accident', 'accidentally burn myself', 'accidentally burning myself',
    'cut myself shaving', 'cut myself cooking', 'cut myself chopping', 'cut myself slicing', 'cut myself peeling', 'cut myself on a knife', 'cut myself on the knife', 'cut myself on glass', 'cut myself on broken glass', 'cut myself on a tin', 'cut myself on a can', 'cut myself by accident', 'cut myself accidentally', 'accidentally cut myself',
    // "not moving" of a move of house: "he isn't moving out", "we aren't moving house" ("he fell and isn't moving"
    // names no move, and still alarms)
    ...['not moving', 'isnt moving', 'arent moving', 'wont be moving', 'not going to move'].flatMap((m) =>
      ['house', 'out', 'away', 'anywhere', 'abroad', 'back to', 'back home', 'in with', 'to another', 'to a new', 'flats', 'apartments'].map((w) => `${m} ${w}`),
    ),
  ],
  idiomPairs: [...DEVICE_GONE, ...ROLE_FOUND_HARMLESS],
  endingCues: ['rope', 'pills', 'bridge', 'letters to', 'note for', 'sorry for everything', 'gone$', 'disappear', 'vanish', 'forever', 'no point', 'the point anymore', 'whats the point', 'point anymore', 'goodbye', 'giving my things away', 'give my things away', 'giving away my', 'nobody cares', 'no one cares', 'miss me', 'die$', 'dying', 'dead$', 'death', 'no reason', 'not worth'],
  riskCues: ['gave away', 'gave her my', 'gave him my', 'gave them my', 'tonight', 'this weekend', 'tomorrow', 'planning', 'plan to', 'made up my mind', 'decided', 'ready', 'burden', 'give up', 'giving up', 'gave up', 'never going to get better', 'ever going to get better', 'nothing will change', 'never get better', 'wont get better', 'no future', 'hopeless', 'worthless', 'cant go on', 'end it', 'tired of', 'sick of', 'hell$', 'trapped', 'empty inside'],
  negation: {
    before: [
      'not about', 'isnt about', 'its not', 'not because of', 'no problem with', 'no problems with', 'no issue with',
      'no issues with', 'not worried about', 'not struggling with', 'dont need help with', 'not', 'im not',
    ],
    after: [
      'is fine', 'are fine', 'is ok', 'is okay', 'are ok', 'are okay', 'isnt the problem', 'is not the problem',
      'isnt an issue', 'is not an issue', 'isnt a problem', 'is not a problem', 'is not the issue', 'isnt the issue',
      'is paid', 'is covered',
    ],
  },
  crisisNegation: {
    before: ['no', 'not', 'never', 'without', 'isnt', 'no sign of', 'not about'],
    after: ['is not happening', 'isnt happening'],
  },
};
