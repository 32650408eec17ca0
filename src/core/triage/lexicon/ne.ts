import type { IdiomPair, Lexicon } from './types.ts';

/** A kick or a bruise from karate, taekwondo, boxing or football («छोरालाई कराते कक्षामा लात लाग्यो, निलो भयो»): sport, told sport first. */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const SPORT_BRUISES = ['कराते', 'karate', 'तेक्वान्दो', 'taekwondo', 'बक्सिङ', 'boxing', 'जुडो', 'फुटबल', 'football', 'कुस्ती'].flatMap((sport) =>
  ['निलो', 'नीलो', 'लात लाग्यो', 'मुक्का लाग्यो', 'चोट लाग्यो'].map((hurt) => `${sport}...${hurt}`),
);

/**
 * A phone that "died", with when and how between («फोन हिजो पूरै मर्‍यो», "phone hijo marchha jasto bhayo"), and
 * chats that were lost («पुरानो च्याट सबै हरायो»): a device and its data, not the writer.
 */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const DEVICE_GONE: IdiomPair[] = [
  {
    reach: 1,
    a: ['फोन', 'मोबाइल', 'ल्यापटप', 'ब्याट्री', 'phone', 'fon', 'mobile', 'laptop', 'battery'],
    b: ['', 'हिजो ', 'पूरै ', 'एक्कासि ', 'हिजो पूरै ', 'आज ', 'फेरि ', 'hijo ', 'purai ', 'ekkasi ', 'hijo purai ', 'aaja ', 'pheri '].flatMap((when) =>
      ['मर्यो', 'मर्‍यो', 'मरयो', 'मरिसक्यो', 'बिग्रियो', 'बन्द भयो', 'मर्छ जस्तो भयो', 'मर्ला जस्तो', 'maryo', 'marisakyo', 'bigriyo', 'banda bhayo', 'marchha jasto bhayo', 'marcha jasto bhayo', 'marla jasto'].map((w) => `${when}${w}`),
    ),
  },
  {
    reach: 1,
    a: ['च्याट', 'म्यासेज', 'मेसेज', 'सन्देश', 'फोटो', 'कुराकानी', 'डाटा', 'नम्बर', 'पुरानो च्याट', 'पुराना म्यासेज', 'पुरानो म्यासेज', 'chat', 'message', 'messages', 'photo', 'data', 'purano chat', 'purano message'],
    b: ['', 'सबै ', 'पनि ', 'sabai ', 'pani '].flatMap((all) =>
      ['हरायो', 'हराए', 'हराउनु भयो', 'हराइसक्यो', 'मेटियो', 'मेटिए', 'डिलिट भयो', 'haraayo', 'harayo', 'haraye', 'metiyo', 'delete bhayo'].map((w) => `${all}${w}`),
    ),
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
    a: ['चिच्याएको', 'चिच्याहट', 'रोएको आवाज', 'रुवाबासी', 'कराएको'],
    b: ['अटिजम', 'राति डराउने', 'नाच अभ्यास', 'नाचको अभ्यास', 'कसैलाई कुटेको छैन', 'कसैले कुटेको छैन', 'कहिल्यै कुटेको छैन'] },
  // a question asked ahead for a booklet or a training, on the forms a procedure is written in
  { reach: 160, acrossSentences: 2,
    a: ['सामान्य जानकारी', 'पुस्तिका', 'तालिम', 'नियम बनाउ'],
    b: ['आत्महत्याको कुरा गरेमा', 'आत्महत्याको कुरा गर्यो भने', 'आत्महत्या गर्छु भनेमा', 'आत्महत्या गर्छु भन्यो भने', 'मर्न चाहन्छु भनेमा', 'हिंसा भएको शंका', 'दुर्व्यवहारको शंका'] },
  // …or told first, the question after
  { reach: 160, acrossSentences: 2,
    a: ['आत्महत्याको कुरा गरेमा', 'आत्महत्याको कुरा गर्यो भने', 'आत्महत्या गर्छु भनेमा', 'आत्महत्या गर्छु भन्यो भने', 'मर्न चाहन्छु भनेमा', 'हिंसा भएको शंका', 'दुर्व्यवहारको शंका'],
    b: ['अहिले कुनै केस छैन', 'पुस्तिकामा राख्न', 'सामान्य जानकारी', 'तालिम'] },
];

/** Nepali in Devanagari; entries match at the start of a word, so case endings (ले, लाई, को) may follow. */
// biome-ignore format: a category's phrases stay together on a few lines, easy to read and extend
export const ne: Lexicon = {
  categories: {
    elderly: [
      // Japanese care words written in Devanagari (kaigo nintei, tokuyo)
      ['कइगो', 1.5], ['काईगो', 1.5], ['निन्तेइ', 1.5], ['निन्तेई', 1.5], ['तोकुयो', 2],
      ['काइगो', 1.5], ['कैगो', 1.5],
      ['बिर्स', 1.5], ['बुढ्यौली', 2], ['बुढा', 1.5], ['बूढा', 1.5], ['वृद्ध', 2], ['ज्येष्ठ', 2], ['हजुरआमा', 0.7], ['हजुरबुबा', 0.7],
      ['स्मरण', 1.5], ['हेरचाह चाहिन्छ', 1], ['बाटो बिराउ', 1.5],
      // An explicit old age (65–100) in Devanagari or Latin digits: «८४ वर्ष», «(७६)», «79 barsa».
      ...Array.from({ length: 36 }, (_, i) => [`${`${65 + i}`.replace(/\d/g, (d) => '०१२३४५६७८९'.charAt(Number(d)))} वर्ष`, 1] as const),
      ...Array.from({ length: 36 }, (_, i) => [`${`${65 + i}`.replace(/\d/g, (d) => '०१२३४५६७८९'.charAt(Number(d)))}$`, 0.7] as const),
      ...Array.from({ length: 36 }, (_, i) => [`${65 + i} bars`, 1] as const), ...Array.from({ length: 36 }, (_, i) => [`${65 + i} vars`, 1] as const),
      ['बुढी', 1.5], ['बूढी', 1.5], ['बुढेसकाल', 2], ['डिमेन्सिया', 2], ['बिर्सने रोग', 2], ['पेन्सन', 1], ['हजुरबा', 0.7], ['ओछ्यानमै', 1], ['हिँड्न सक्नुहुन्न', 1], ['हिड्न सक्नुहुन्न', 1], ['लड्नुभयो', 0.7],
      ['डे सर्भिस', 2], ['केयर होम', 2], ['介護', 2], ['要介護', 2], ['地域包括', 2], ['नाघेका', 0.5],
      ['birs', 1.5], ['bhulne rog', 2], ['bhulne bimari', 2], ['bhulne rogi', 2], ['bhulchhan', 1], ['bhulnu hunchha', 1], ['bato birsi', 1.5], ['baato birsi', 1.5], ['budha', 1.5], ['budho', 1.5], ['budhi', 1.5], ['buda buwa', 1.5], ['briddha', 2], ['bridha', 2], ['vriddha', 2], ['jestha nagarik', 2], ['jyestha', 2],
      ['hajurama', 0.7], ['hajuraama', 0.7], ['hajurbuwa', 0.7], ['hajurba', 0.7], ['hajurbuba', 0.7], ['hajur buba', 0.7], ['hajur buwa', 0.7], ['hajur ama', 0.7], ['hajur aama', 0.7], ['हजुरबुबा', 0.7], ['हजुरबुवा', 0.7], ['हजुरआमा', 0.7], ['baje$', 1], ['bajey', 1], ['bajyai', 1], ['kaigo', 1.5], ['day service', 1.5], ['short stay', 0.5], ['care home', 2], ['pension', 1], ['retire', 0.7], ['hidna sakdin', 1],
      ['बजै', 1], ['ninchisho', 2], ['ninchi', 1.5], ['dementia', 2], ['एउटै कुरा', 1], ['nursing home', 2], ['care manager', 2], ['houkatsu', 2], ['बुवाआमा दुवै बुढ', 1.5], ['budi aama', 1.5], ['budo buwa', 1.5],
      ['ओजिसान', 1.5], ['ojisan', 1.5], ['ojiisan', 1.5], ['ojiichan', 1.5], ['obaachan', 1.5], ['obaasan', 1.5], ['ओबाचान', 1.5], ['बाजे', 1], ['bajai', 1], ['बज्यै', 1], ['buda$', 1.5], ['budi$', 1.5], ['buda baa', 1.5], ['बुढाबुढी', 2], ['budhabudhi', 2]
    ],
    disability: [
      ['hattatsu', 2], ['हात्तात्सु', 2], ['हत्तात्सु', 2],
      ['साङ्केतिक भाषा', 3], ['सांकेतिक भाषा', 3], ['सङ्केत भाषा', 3], ['बहिरो', 2], ['बहिरा', 2], ['सुन्न सक्दिन', 2], ['बैसाखी', 1], ['गाइड डग', 2],
      ['ग्लुकोमा', 1.5], ['आँखा कमजोर', 1], ['अझै बोल्दैन', 1],
      // Dyslexia and autism.
      ['dyslexia', 2], ['autism', 2],
      ['अपाङ्ग', 2], ['अपांग', 2], ['अशक्त', 2], ['ह्वीलचेयर', 2], ['व्हीलचेयर', 2], ['अटिजम', 2], ['बहिरा', 2], ['अन्धो', 2], ['बहिरी', 2], ['अन्धी', 2], ['लाटो', 2], ['लाटी', 2], ['कान नसुन्ने', 2], ['कान सुन्दैन', 2], ['कानले सुन्दैन', 2], ['कानले सुन्न सक्दैन', 2], ['कानले सुन्दिन', 2], ['कान सुन्दिन', 2], ['कानले सुनिन', 2], ['हियरिङ एड', 2], ['हियरिङ', 1.5], ['सुन्ने यन्त्र', 2], ['आँखा नदेख्ने', 2], ['आँखा देख्दैन', 2], ['आँखाले देख्दैन', 2],
      ['apanga', 2], ['apaanga', 2], ['apang', 2], ['ashakta', 2],
      ['अटिज्म', 2], ['डाउन सिन्ड्रोम', 2], ['सुन्ने मेसिन', 2], ['श्रवण', 1.5], ['दृष्टि', 1], ['देख्न सक्नुहुन्न', 1.5], ['लुलो', 2], ['लुला', 2], ['लङ्गडो', 2], ['पक्षाघात', 1.5], ['प्यारालाइसिस', 1.5], ['बौद्धिक', 1.5], ['विकास ढिलो', 1.5], ['बोल्न ढिलो', 1], ['बोली ढिलो', 1], ['ह्विलचेयर', 2], ['障害', 2],
      ['shogai', 2], ['shougai', 2], ['apangata', 2], ['hearing aid', 2], ['sunne machine', 2], ['sunne mesin', 2], ['lulo', 1.5], ['langado', 1.5]
    ],
    child: [
      // a pupil's own life under parents' rules (pass K2, 17th session): the report card, marks, tuition classes, a school year
      ['report card', 1.5], ['sathi haru le jiskau', 1.5], ['jiskauchan', 1], ['कक्षा ६', 1.5], ['कक्षा ७', 1.5], ['कक्षा ८', 1.5], ['कक्षा ९', 1.5],
      // pregnancy and birth care: labour, the pregnancy check
      ['प्रसव', 2], ['व्यथा लाग', 2], ['गर्भ जाँच', 2], ['सुडेनी', 2],
      // a pupil's own school day: teacher, class, homework; not going to school; tuition
      ['sensei le', 0.7], ['class ma', 0.7], ['कक्षामा', 0.7], ['padhaune thau', 1.5], ['tuition', 1], ['ट्युसन', 1], ['school nagako', 1.5], ['school najaa', 1.5], ['school jana man', 1], ['स्कुल गएको छैन', 1.5],
     
      // first years: twins, infant first aid, check-ups
      ['जुम्ल्याहा', 1.5], ['बच्चा...प्राथमिक उपचार', 1.5], ['बच्चाको जाँच', 1.5],
     
      ['母子手帳', 2], ['boshi techo', 2], ['児童手当', 2], // Japanese words residents type as they are
      ['बच्चा', 0.7], ['बच्चाको', 0.7], ['छोरा', 0.3], ['छोरी', 0.3], ['शिशु', 1.5], ['गर्भवती', 2], ['गर्भ', 2], ['सुत्केरी', 2],
      ['विद्यालय', 1], ['स्कूल', 0.7], ['स्कुल', 0.7], ['बालबालिका', 1], ['बालिका', 1], ['बालबच्चा', 1], ['सानो केटो', 1], ['सानो केटा', 1], ['सानी केटी', 1], ['हुर्काउ', 1],
      ['कक्षा', 1], ['होइकुएन', 2], ['保育園', 2],
      ['bachha', 0.5], ['baccha', 0.5], ['chhora', 0.3], ['chora', 0.5], ['chhori', 0.3], ['school', 0.5], ['hoikuen', 2], ['garbha', 2], ['garbhawati', 2], ['sutkeri', 2], ['shishu', 1.5], ['class', 0.5], ['kaksha', 1], ['hurkau', 1],
      ['बच्चाहरू', 0.7], ['बच्चाहरु', 0.7], ['दुई बच्चा', 1], ['दुई वटा बच्चा', 1], ['तीन बच्चा', 1], ['साना बच्चा', 1], ['सानो बच्चा', 1], ['छोरो', 0.3], ['हाइस्कुल', 1], ['नानी', 0.5], ['बाल विकास', 1.5], ['दूध खुवाउ', 1.5], ['स्तनपान', 2],
      ['bachha haru', 0.7], ['bachhaharu', 0.7], ['baccha haru', 0.7], ['2 ta bachha', 1], ['duita bachha', 1], ['dui ta bachha', 1], ['3 ta bachha', 1], ['sana bachha', 1], ['sano bachha', 1], ['bachha sano', 1], ['chhoro', 0.5], ['highschool', 1], ['high school', 1], ['shogakko', 1.5], ['chugakko', 1.5], ['shougakkou', 1.5], ['chuugakkou', 1.5], ['ijime', 1.5], ['futoko', 2], ['futoukou', 2],
      // the age of a child: «१० वर्षको भाइ», «म १५ वर्षकी», «8 barsa ko chhora»
      ...Array.from({ length: 15 }, (_, i) => `${i + 1}`).flatMap((n) => { const d = n.replace(/\d/g, (x) => '०१२३४५६७८९'.charAt(Number(x))); return [...(Number(n) >= 10 ? [[`म ${d} वर्षको`, 1] as const] : []), [`${d} वर्षकी`, 1], [`ma ${n} barsa`, 1], [`${n} barsaki`, 1], [`${n} barse`, 1], ...['छोरा', 'भाइ', 'बच्चा', 'नाति', 'भान्जा'].map((k) => [`${d} वर्षको ${k}`, 1] as const), ...['chhora', 'bhai', 'bachha', 'nati', 'bhanja'].map((k) => [`${n} barsa ko ${k}`, 1] as const)] as const; }),
      ['बच्चाको खोप', 2], ['बच्चालाई खोप', 2], ['शिशुको खोप', 2], ['bachha ko khop', 2],
    ],
    youth: [
      ['अनाथालय', 1.5], ['बालगृह', 1.5], ['बाल गृह', 1.5],
      ['पहिलो पटक काम', 1],
      // Just 18, only +2 passed.
      ['18 pugyo', 1.5], ['18 pugeko', 1.5], ['+2 matra', 1.5], ['+2 pass', 1], ['college xodnu', 1.5], ['college chhodnu', 1.5],
      ['युवा', 2], ['के गर्ने थाहा छैन', 1.5], ['के गर्ने थाहा भएन', 1.5], ['हाइस्कुल सकेपछि', 1.5], ['स्कुल सकेपछि', 1], ['कलेज सकेपछि', 1.5], ['विद्यार्थी', 0.5], ['रोजगार', 0.7],
      ...Array.from({ length: 12 }, (_, i) => [`${`${18 + i}`.replace(/\d/g, (d) => '०१२३४५६७८९'.charAt(Number(d)))} वर्ष`, 0.7] as const),
      ...Array.from({ length: 12 }, (_, i) => [`${18 + i} bars`, 0.7] as const), ...Array.from({ length: 12 }, (_, i) => [`${18 + i} vars`, 0.7] as const),
      ['कलेज', 0.7], ['विश्वविद्यालय', 0.7], ['क्याम्पस', 0.7], ['पढाइ छोड', 1], ['भविष्य', 0.7], ['अन्तर्वार्ता', 1], ['इन्टरभ्यु', 1], ['पहिलो जागिर', 1.5], ['करियर', 1], ['सेन्मोन', 0.7],
      ['college', 0.7], ['university', 0.7], ['campus', 0.7], ['senmon', 0.7], ['padhai chod', 1], ['padhai chhod', 1], ['bhabishya', 0.7], ['bhavishya', 0.7], ['interview', 0.7], ['career', 0.7], ['yuva', 2], ['student', 0.5], ['bidyarthi', 0.7], ['vidyarthi', 0.7],
      ['exam', 1], ['फेल', 1], ['semester', 1.5], ['internship', 1.5], ['इन्टर्नसिप', 1.5], ['shuukatsu', 2], ['life ma k garne', 1.5], ['future', 1], ['pahilo choti eklai', 1.5], ['pahilo job', 1.5],
      ['कलेज छोड', 1.5], ['college chhod', 1.5], ['college chod', 1.5], ['स्कुल सकिए', 1], ['school sakiye', 1], ['school sakepachhi', 1], ['sotsugyo', 1.5], ['बाइतो', 0.5], ['baito', 0.5], ['arubaito', 0.5], ['freeter', 1.5], ['ryugakusei', 1.5], ['ryuugakusei', 1.5], ['विद्यार्थी हुँ', 1], ['student hu', 1],
      ...Array.from({ length: 12 }, (_, i) => [`ma ${i + 18} ko`, 1] as const),
    ],
    women: [
      // an employer touching a worker
      ['मलाई छुन्छ', 1.5], ['मलाई छोयो', 1.5], ['शरीर छुन्छ', 1.5],
      // A father beating the mother.
      ['mummy lai kutxa', 1.5], ['mummy lai pitxa', 1.5], ['aama lai kutxa', 1.5], ['aama lai pitxa', 1.5],
      ['श्रीमान', 0.3], ['पुरानो ब्वाइफ्रेन्ड', 2], ['पूर्व ब्वाइफ्रेन्ड', 2], ['एक्स ब्वाइफ्रेन्ड', 2], ['ब्वाइफ्रेन्ड', 1], ['म्यासेज पठाउँछ', 1], ['गेटमा पनि', 1], ['लोग्ने', 0.3], ['पहिलेको प्रेमी', 1.5], ['पुरानो प्रेमी', 1.5], ['पूर्व प्रेमी', 1.5], ['pahileko premi', 1.5], ['purano premi', 1.5], ['फोटो...धम्की', 2], ['फोटो...हाल्छु', 1.5], ['photo...dhamki', 2], ['गाली', 2], ['घरेलु हिंसा', 2], ['महिला', 1], ['पैसा दिँदैन', 2], ['पैसा दिदैन', 2],
      ['shreeman', 0.5], ['shriman', 0.3], ['logne', 0.3], ['gharelu hinsa', 2], ['mahila', 1],
      ['phone check', 1.5], ['फोन...चेक', 1.5], ['bhetna didaina', 1.5], ['बोल्नै दिँदैन', 1.5], ['ex boyfriend', 2], ['boyfriend', 1], ['blackmail', 2], ['pichha', 2], ['पिछा', 2], ['chhuna khoj', 1.5], ['paisa didaina', 1.5], ['kutpit', 1.5],
      ['जबर्जस्ती गर्', 2], ['जबरजस्ती गर्', 2], ['बलात्कार', 2], ['balatkar', 2], ['यौन दुर्व्यवहार', 2], ['yaun durvyavahar', 2], ['yaun hinsa', 2], ['यौन हिंसा', 2],
    ],
    livelihood: [
      // an allowance; costs that are too much
      ['भत्ता', 1.5], ['bhatta$', 1.5], ['धेरै पैसा लाग्छ', 1.5], ['पैसा धेरै लाग्छ', 1.5], ['खर्च धेरै लाग्छ', 1.5], ['धेरै खर्च लाग्छ', 1.5], ['dherai paisa lagchha', 1.5], ['dherai paisa lagcha', 1.5], ['dherai kharcha', 1],
      ['पसल बन्द', 1.5],
      // bearing every cost alone
      ['सबै खर्च', 1], ['खर्च...धान्नु', 1.5],
      // pay far too low for the hours
      ['kam talab', 1], ['कम तलब', 1], ['matra dinchha', 0.7], ['मात्र दिन्छ', 0.7],
      // money gone at once (gambling, a dhukuti that failed), arrears and pay not received
      ['सबै पैसा डुब', 2], ['पैसा डुब्यो', 1.5], ['बचत सकियो', 2], ['बचत सक', 1.5], ['सबै बचत', 1.5], ['धुकुटी', 1.5], ['नतिरेको', 1], ['तिर्न सकिन', 1.5], ['तिर्न सक्दिन', 1.5], ['सापटी', 1], ['paisa dubyo', 2], ['bachat sakiyo', 2], ['dhukuti', 1.5],
      // money after an accident at work
      ['रोउसाई', 2], ['श्रम दुर्घटना', 1.5], ['दुर्घटना बीमा', 1.5], ['बाँकी रकम', 1],
      // no money, with a small word between («पैसा पनि छैन»)
      ['पैसा पनि छैन', 1.5], ['पैसा नै छैन', 1.5], ['paisa pani chaina', 1.5], ['paisa pani chhaina', 1.5],
      ['hoken chhaina', 1.5], ['hoken chaina', 1.5], ['hoken xaina', 1.5], ['insurance chhaina', 1.5], ['insurance chaina', 1.5],
      ['महँगो', 1], ['तिर्न गाह्रो', 1.5],
      ['पैसा', 0.5], ['पैसा छैन', 1.5], ['एक पैसा पनि', 1.5], ['पैसा पठाउँदैन', 1.5], ['पैसा सकियो', 2], ['जागिर', 1], ['जागिर गयो', 2], ['काम छैन', 2], ['काम पनि छैन', 2],
      ['ऋण', 2], ['तिर्न सक', 1.5], ['कर्जा', 2], ['तलब', 1], ['आम्दानी', 1.5], ['गरिबी', 2], ['खान पाइन', 2], ['भोक', 1],
      ['खर्च', 0.5], ['बिल', 1], ['बिजुली', 0.7], ['लोन', 1.5], ['किस्ता', 1.5], ['गुजारा', 2], ['घर खर्च', 1.5], ['घर चलाउन', 1.5], ['चलाउन गाह्रो', 2], ['काम छोड', 1], ['जागिर छोड', 1], ['कामबाट निकाल', 2], ['जागिरबाट निकाल', 2], ['बेरोजगार', 2], ['生活保護', 2], ['ハローワーク', 2],
      ['paisa', 0.5], ['paisa chaina', 1.5], ['paisa chhaina', 1.5], ['paisa xaina', 1.5], ['paisa sakiyo', 2], ['paisa ko tension', 2], ['jagir', 1.5], ['jagir gayo', 2], ['kaam chaina', 2], ['kaam chhaina', 2], ['kaam xaina', 2], ['kaam bata nikal', 2], ['job gayo', 2], ['job chaina', 2],
      ['rin$', 1.5], ['karja', 2], ['kista', 1.5], ['talab', 1], ['kharcha', 0.5], ['bijuli', 0.7], ['tirna sak', 1.5], ['tirna garo', 1.5], ['tirna gaaro', 1.5], ['chalauna garo', 2], ['chalauna gaaro', 2], ['ghar kharcha', 1.5], ['gujara', 2], ['guzara', 2],
      ['amdani', 1.5], ['aamdani', 1.5], ['garib', 1.5], ['bhok', 1], ['khana chaina', 1.5], ['seikatsu hogo', 2], ['hello work', 1.5], ['berojgar', 2], ['mahango', 1],
      ['kaam gayo', 2], ['काम गयो', 2], ['खर्च छैन', 1.5], ['kharcha chaina', 1.5], ['kharcha chhaina', 1.5], ['kamai', 1], ['कमाइ', 1], ['kaam chod', 1], ['kaam chhod', 1], ['jagir chhod', 1], ['nikalyo', 1], ['kaam bata chhutti', 1.5],
      ['paisa...pug', 1.5], ['पैसा...पुग्दैन', 1.5], ['gas kat', 1.5], ['gas banda', 1.5], ['juminzei', 1.5], ['izoku nenkin', 1.5], ['tirna nasak', 1.5], ['तिर्न नसक', 1.5], ['kisti', 1.5], ['byaj', 1.5], ['sarakin', 2], ['loan', 1], ['jikohasan', 2], ['kaam khoj', 1], ['काम खोज', 1.5], ['fee tirna', 1.5], ['खाने पैसा', 2], ['khane paisa', 2], ['shitsugyo', 2], ['koyo hoken', 1.5], ['कम्पनीले निकाल', 2], ['company le nikal', 2], ['बिल तिर', 1.5],
      ['काम छुट्यो', 2], ['काम घट', 1.5], ['kaam ghat', 1.5], ['kam ghat', 1.5], ['kaam chhutyo', 2], ['kam chhutyo', 2], ['काम गुमा', 2], ['kaam guma', 2], ['जागिर गुमा', 2], ['jagir guma', 2], ['part time matra', 1], ['पार्ट टाइम मात्र', 1], ['पैसा पुगेन', 1.5], ['paisa pugena', 1.5], ['बिल धेरै', 1], ['bill dherai', 1], ['भाडा बाँकी', 1], ['bhada baaki', 1], ['bhada baki', 1], ['काम गर्न सक्दिन', 0.7], ['kaam garna sakdina', 0.7], ['kaam garna sakina', 0.7],
      ['bill धेरै', 1.5], ['अस्पतालको बिल', 1.5], ['aspatal ko bill', 1.5], ['hospital ko bill', 1.5], ['part time मात्र', 1],
    ],
    housing: [
      ['कोठा...खाली गर', 2], ['खाली गर्नु भन', 1.5],
      ['नेट क्याफे', 2], ['नेटक्याफे', 2], ['पार्कमा सुत', 2], ['सडकमा सुत', 2], ['स्टेसनमा सुत', 2], ['बाटोमा सुत', 2], ['डर्म', 1], ['अस्थायी आवास', 2], ['parkma sut', 2], ['sadakma sut', 2],
      // public housing in Devanagari; noisy neighbours
      ['जुताकु', 2], ['छिमेकी...हल्ला गर्', 1.5], ['chhimeki...halla gar', 1.5],
      ['कहाँ बस्ने', 1.5],
      // a house left empty after a death or a move
      ['कोही नबस्ने घर', 1.5],
      ['shiei jutaku', 2], ['toei jutaku', 2], ['kenei jutaku', 2],
      ['chhimeki le complain', 1.5], ['chhimeki le gunaso', 1.5], ['apartment ko rule', 1.5], ['apartment ko niyam', 1.5], ['awaj aayo bhanera', 1],
      ['भाडा', 2], ['घरबेटी', 2], ['घर छोड', 2], ['बस्ने ठाउँ', 2], ['कोठा', 0.5], ['घर छैन', 2], ['निकाल', 0.5], ['घरबाट निकाल', 2], ['कोठाबाट निकाल', 2], ['अपार्टमेन्टबाट निकाल', 2], ['सडकमा', 1.5],
      ['घरधनी', 2], ['अपार्टमेन्ट', 1], ['ग्यारेन्टर', 1.5], ['गारेन्टर', 1.5], ['जमानी', 1.5], ['फुदोसान', 2], ['不動産', 2], ['बस्ने घर', 2], ['घर खोज', 2], ['कोठा खोज', 2], ['बसाइँ सर', 1.5], ['घर सर', 1.5], ['सरकारी घर', 2], ['ढुसी', 1.5], ['चुहिन', 1], ['बेघर', 2],
      ['bhada', 2], ['bhaada', 2], ['gharbeti', 2], ['ghar dhani', 2], ['ghardhani', 2], ['apartment', 1], ['apato', 1.5], ['apaato', 1.5], ['guarantor', 1.5], ['hoshounin', 2], ['hoshonin', 2], ['fudosan', 2], ['fudousan', 2], ['ghar khoj', 2], ['kotha khoj', 2],
      ['basne thau', 2], ['ghar chhod', 1.5], ['ghar chod', 1.5], ['ghar sar', 1.5], ['toei', 2], ['kanri', 1.5], ['dhusi', 1.5], ['chuhin', 1], ['sadak ma', 1.5], ['ghar chaina', 2], ['ghar chhaina', 2], ['ghar bata nikal', 1.5],
      ['घरभाडा', 2], ['kotha chaina', 2], ['kotha chhaina', 2], ['kotha gayo', 1.5], ['sasto kotha', 2], ['kotha chahiyo', 2], ['ghar chahiyo', 2], ['सुत्ने ठाउँ', 2], ['yachin', 2], ['ooya', 1.5], ['landlord', 2], ['eviction', 2], ['都営', 2], ['家賃', 2], ['manga kissa', 2], ['net cafe', 2], ['bahira sut', 1.5], ['कोठा छैन', 2], ['घर खाली गर', 2], ['ghar khali gar', 2], ['kotha bhada', 2],
    ],
    mental_health: [
      ['मरेपछि कहाँ', 1.5], ['खाली खाली', 1],
      // awake all night
      ['रातभरि जाग', 1], ['रातभर जाग', 1],
      // fear with a shaking body when speaking in front of others
      ['हात काम्छ', 1], ['मुटु धड्क', 1], ['पसिना आउँछ', 0.7],
     
      // gambling that cannot be stopped; nights without sleep, all day in bed
      ['पचिन्को', 1.5], ['रोक्न सक्दैन', 1], ['निदाउँदैन', 1.5], ['निदाउन सक्दैन', 1.5], ['दिनभरि ओछ्यान', 1], ['nidaudaina', 1.5],
      // Gaming addiction and a mind that no longer works.
      ['game le garda', 1.5], ['game ko lat', 2], ['game addiction', 2], ['mobile ko lat', 1.5], ['dimag nai chaldaina', 1.5], ['dimag chaldaina', 1.5], ['tension le', 1],
      // a low, heavy heart said in a word (मन खिन्न, उदास)
      ['मन खिन्न', 2], ['खिन्न', 1.5], ['man khinna', 2], ['mann khinna', 2],
      ['drugs', 1.5], ['drug khan', 1.5], ['lagu padartha', 2], ['ganja', 1.5], ['gaja khan', 1.5], ['runa man', 1], ['ruchhu', 1], ['ruchu$', 1], ['ruwai', 1], ['nindra lagdaina', 1.5], ['nidra lagdaina', 1.5],
      ['रोइ', 1], ['केही गर्न मन', 1.5], ['मन लाग्दैन', 1],
      ['मन दुख', 1.5], ['निद्रा लाग्दैन', 1], ['निद्रा', 0.7], ['डिप्रेसन', 2], ['चिन्ता', 1], ['तनाव', 1.5], ['उदास', 1.5],
      ['मानसिक', 2], ['रुन', 1],
      ['रिसाउ', 0.5], ['आत्तिन', 1], ['पछुताउ', 0.7], ['दिक्क', 1.5], ['निराश', 1.5], ['एन्जाइटी', 2], ['प्यानिक', 2], ['मनोचिकित्सक', 2], ['मन खराब', 1.5], ['टेन्सन', 1.5], ['नशा', 1.5], ['रक्सी', 0.5], ['जुवा', 1.5], ['लत', 1.5],
      ['tension', 1.5], ['chinta', 1.5], ['tanab', 1.5], ['tanav', 1.5], ['udas', 1.5], ['nindra', 0.7], ['nidra', 0.7], ['mann kharab', 1.5], ['man kharab', 1.5], ['mann dukh', 1.5], ['man dukh', 1.5], ['runa', 1], ['roirah', 1.5], ['risaha', 1], ['ris uth', 1],
      ['aattin', 1], ['dikka', 1.5], ['nirash', 1.5], ['manasik', 2], ['mansik', 2], ['jindagi nai chaina', 1.5], ['rakshi', 0.5], ['juwa', 1.5], ['nasha', 1.5], ['dekhi dar', 1],
      ['रिस उठ', 1], ['रिस थाम्न', 1.5], ['ruirah', 1], ['runeko', 1], ['बोल्नै छाड', 1], ['खाना खान मन', 1], ['khana chhod', 1], ['dabab', 1.5], ['दबाब', 1.5],
      ['sutna sak', 1.5], ['सुत्न सक्दिन', 1.5], ['निदाउन', 1], ['nidra aaudaina', 1.5], ['man lagdaina', 1], ['mann lagdaina', 1], ['anxiety', 2], ['panic', 2], ['depression', 2], ['मुटु ढुकढुक', 1], ['pachinko', 1.5], ['मन भारी', 1.5], ['ochhyan bata uthna', 1.5], ['mental', 1.5], ['stress', 1.5], ['घरको याद', 1.5], ['runchhu', 1.5], ['runchu', 1.5],
      ['बाइपोलर', 2], ['सिजोफ्रेनिया', 2], ['bipolar', 2], ['schizophrenia', 2], ['रक्सीमा डुब', 2], ['raksi ma dub', 2], ['रक्सी छोड्न सक्दैन', 1.5], ['दिनभरि रक्सी', 1.5], ['din bhari raksi', 1.5],
      // Habits that took over (Devanagari and romanised): drink, gambling and casinos, pachinko, can't quit.
      ['raksi chhod', 2], ['रक्सी छोड', 2], ['रक्सीको लत', 2], ['raksi ko lat', 2], ['दिनहुँ रक्सी', 1.5], ['हरेक दिन रक्सी', 1.5], ['रक्सी खाइरहन्छ', 1.5], ['jua$', 1.5], ['juwa khel', 1.5], ['जुवा खेल', 2], ['जुवाको लत', 2], ['क्यासिनो', 1.5], ['casino', 1.5], ['पचिन्को', 1.5], ['लतबाट', 2], ['lat lag', 1.5], ['लत लाग', 2], ['चुरोट छोड', 1], ['churot chhod', 1],
    ],
    hikikomori: [
      ['कोठाबाट निस्कन', 2], ['निस्किँदैन', 0.5], ['निस्कँदैन', 0.5], ['घरबाट निस्कँदैन', 2], ['बाहिर निस्कँदैन', 2], ['कोठामा मात्र', 2],
      ['कोठामै', 1.5], ['कोठाभित्र', 0.7], ['कोठाबाट निस्क', 2], ['घरमै बस्', 1.5], ['घरमै', 0.5], ['घरबाट निस्क', 1.5], ['घरबाहिर', 1], ['बाहिर निस्क', 0.5], ['बाहिर जान', 0.5], ['बाहिर देखिँदैन', 1.5], ['हिकिकोमोरी', 2], ['ひきこもり', 2], ['गेम मात्र', 1], ['निस्केकै छैन', 1.5],
      ['ghar mai', 0.5], ['gharmai', 1.5], ['kotha mai', 1], ['kothamai', 1], ['dekhi ghar', 1], ['dekhi kotha', 1], ['देखि घर', 1], ['देखि कोठा', 1], ['kotha bhitra', 2], ['kotha bata nisk', 1.5], ['room bata nisk', 2], ['ghar bata nisk', 1], ['bahira nisk', 0.7], ['bahira jana', 0.5], ['bahira gako', 2], ['bahira nagayeko', 2], ['ghar bahira', 1],
      ['hikikomori', 2], ['game matra', 1], ['din ma sut', 0.5], ['niskidaina', 2], ['niskidainan', 2], ['niskinu hunna', 2], ['niskinna', 1.5],
    ],
    single_parent: [
      // left alone here with the children (pass K2, 17th session)
      ['बच्चासँग एक्लै', 2], ['बच्चा सँग एक्लै', 2], ['bachha sanga eklai', 2], ['bachhasanga eklai', 2],
      // A single father.
      ['single dad', 2], ['eklai chhora palne', 1.5], ['eklai chhori palne', 1.5],
      // a husband who walked out, leaving the children
      ['श्रीमान् छोडेर', 1.5], ['श्रीमान छोडेर', 1.5], ['श्रीमानले छोडे', 1.5], ['श्रीमान् भागे', 1.5], ['श्रीमान भागे', 1.5], ['shreeman chhodera', 1.5], ['श्रीमती छोडेर', 1.5], ['श्रीमतीले छोडे', 1.5], ['श्रीमती भागिन्', 1.5], ['shreemati chhodera', 1.5], ['बच्चा मसँग', 1], ['बच्चाहरू मसँग', 1], ['छोराछोरी मसँग', 1],
      ['एक्लै बच्चा', 2], ['एकल आमा', 2], ['एकल अभिभावक', 2], ['सम्बन्ध विच्छेद', 1.5], ['पारपाचुके', 1.5],
      ['एकल बुबा', 2], ['एक्लै हुर्काउ', 2], ['एक्लै पाल', 2], ['डिभोर्स', 0.4], ['छुट्टिए', 1], ['पूर्व श्रीमान', 1], ['भरणपोषण', 2], ['जिदो तेआते', 1.5], ['児童扶養手当', 2], ['ひとり親', 2], ['श्रीमान बित', 1],
      ['ekal aama', 2], ['ekal ama', 2], ['single mom', 2], ['single mother', 2], ['single father', 2], ['eklai hurkau', 2], ['eklai paal', 2], ['eklai bachha', 1.5], ['divorce', 0.4], ['dibhors', 1.5], ['chhutiy', 0.5], ['chutiy', 0.5], ['purano shreeman', 1],
      ['jido teate', 1.5], ['jido fuyo', 2], ['jidou fuyou', 2], ['fuyo teate', 2], ['hitori oya', 2], ['shreeman bit', 1], ['shriman bit', 1],
      ['एक्लै...हुर्का', 2], ['eklai...hurka', 2], ['एक्लो आमा', 2], ['एक्लो बुवा', 2], ['एक्लो बुबा', 2], ['श्रीमान छोडेर', 1.5], ['श्रीमानलाई छोडेर', 1.5], ['shreeman chhodera', 1.5], ['ex le', 0.5], ['मेरो ex', 1], ['छुट्टि', 0.5], ['जिम्मेवारी होइन', 1],
      ['ekle pal', 2], ['ekle hurka', 2], ['eklai pal', 2], ['तलाक$', 1.5], ['तलाकको', 1.5], ['तलाकपछि', 1.5], ['talak', 1.5], ['chhuttiy', 1], ['chuttiy', 1], ['विधवा', 1], ['bidhuwa', 1], ['bidhwa', 1], ['खर्च पठाउँदैन', 1.5], ['kharcha pathaudaina', 1.5], ['kharcha didaina', 1],
      ['एक्लै...पाल्दै', 2], ['eklai...paldai', 2], ['ekle...palnu', 2], ['एक्लै...पाल्नु', 2], ['खर्च...पठाउँदैन', 1.5], ['kharcha...pathaudaina', 1.5],
    ],
    carer: [
      // Taking a parent to treatment oneself.
      ['ma nai lagera', 1.5], ['lagera janu parxa', 1.5], ['dialysis', 1],
      // both working, nobody to look after the person at home
      ['duitai kaam garchh', 1], ['duitai full time', 1], ['herne manchhe chhaina', 1.5], ['herne manche chaina', 1.5], ['herne koi chhaina', 1.5], ['herne kohi chhaina', 1.5],
      // told beside another problem: no time of one's own, a child cooking for the family
      ['आफ्नो लागि...छैन', 1.5], ['एक्लै हेरिरहे', 1], ['सबै ठाउँ म नै', 1.5], ['सबै ठाउँ मै जानु', 1.5], ['जताततै म नै', 1.5], ['aafno lagi...chaina', 1.5], ['aafno lagi...chhaina', 1.5], ['aafno lagi...xaina', 1.5], ['भाइबहिनीको खाना', 1.5], ['bhai bahini ko khana', 1.5], ['bhaibahini ko khana', 1.5],
      ['हेरचाह गर्दा', 2], ['एक्लैले सबै', 1], ['म एक्लैले', 1], ['हेरचाह गर्छु', 2], ['स्याहार', 1.5], ['हेरचाह', 1],
      ['हेर्दैछु', 1.5], ['हेर्छु', 1], ['हेर्नुपर्छ', 1], ['हेर्नुपरेको', 1], ['हेरिदिने', 1], ['केयर', 1], ['介護休業', 2], ['介護休暇', 2], ['ヤングケアラー', 2], ['शौचालय लैजा', 1], ['नुहाइदिन', 1],
      ['herchu', 1.5], ['herchhu', 1.5], ['herxu', 1.5], ['herdai', 1], ['herna parcha', 1], ['herna parxa', 1], ['hernu parcha', 1], ['hernu parxa', 1], ['herchaha', 1.5], ['herda herda', 1.5], ['herdai herdai', 1.5], ['herne kohi', 1],
      ['care garda', 2], ['care garne', 1.5], ['care garchu', 2], ['care garnu', 1.5], ['ko care', 1], ['care le', 1], ['kaigo garera', 2], ['kaigo le', 1.5], ['kaigo ra', 1], ['syahar', 1.5], ['nuhaidin', 1], ['young carer', 2], ['kaigo kyu', 2],
      ['lai herna', 1], ['lai herda', 1], ['लाई हेर्न', 1], ['लाई हेर्दा', 1], ['herirah', 0.7], ['herne ma matra', 1.5], ['ma matra herne', 1.5], ['jimma', 1], ['जिम्मा', 0.5], ['diaper', 1], ['डायपर', 1], ['laijanu parcha', 0.7], ['लैजानुपर्ने', 0.7], ['care garda garda', 2],
      ['care garch', 2], ['matrai herne', 1.5], ['lai herch', 1.5], ['short stay', 0.3], ['हेर्दाहेर्दै', 1.5], ['kaigo gar', 2],
      ['हेर्नुपर्ने', 1], ['कसले हेर्ने', 1.5], ['kasle herne', 1.5], ['kasle herchha', 1.5], ['kasle herchu', 1], ['हेर्ने कोही छैन', 1.5], ['छोडेर हेर्', 1.5], ['chhodera her', 1.5], ['सम्हाल्दै', 0.7], ['samhaldai', 0.7], ['sambhaldai', 0.7], ['आफ्नो लागि समय', 1.5], ['aafno lagi samay', 1.5]
    ],
    rights: [
      // no day off, seven days a week, asked against Japan's rules; a broker who promised a job and stopped answering (pass K, 17th session)
      ['बिदा छैन', 1], ['बिदा नै छैन', 1.5], ['बिदा पनि छैन', 1], ['छुट्टी छैन', 1], ['छुट्टी नै छैन', 1.5], ['bida chaina', 1], ['bida nai chaina', 1.5], ['bida chhaina', 1], ['chhutti chaina', 1],
      ['हप्तामा ७ दिन', 1.5], ['हप्तामा 7 दिन', 1.5], ['हप्ताको ७ दिन', 1.5], ['हप्ताको 7 दिन', 1.5], ['haptama 7 din', 1.5], ['नियम अनुसार', 1], ['niyam anusar', 1], ['जापानको नियम', 1], ['japan ko niyam', 1],
      ['मिलाइदिन्छु', 1.5], ['मिलाइदिन्छ', 1.5], ['milaidinchhu', 1.5], ['milaidinchu', 1.5], ['पैसा...फोन उठाउँदैन', 1.5], ['पैसा...फोन उठाउदैन', 1.5], ['पैसा...फोन उठाउँदैनन्', 1.5], ['लियो...फोन उठाउँदैन', 1.5], ['लियो...फोन उठाउदैन', 1.5], ['paisa...phone uthaudaina', 1.5], ['liyo...phone uthaudaina', 1.5],
      // a relative taking or using a parent's money, account, pension or property, or making them sign
      ['खाता आफैं चलाउ', 1.5], ['हिसाब देखाउनुहुन्न', 1.5], ['हिसाब देखाउँदैन', 1.5],
      ['अंशबण्डा', 1.5], ['अंश...खोस', 2],
      ['मृतकको ऋण', 2], ['ठगी हो', 2.5], ['अनौठो चिठी', 1],
      // an employer touching a worker (sexual harm at work: women, and rights)
      ['मालिकले मलाई छुन्छ', 1.5], ['मालिकले मलाई छोयो', 1.5], ['हाकिमले मलाई छुन्छ', 1.5], ['हाकिमले मलाई छोयो', 1.5],
      // an employer who gives no day off
      ['बिदा...दिँदैन', 2], ['बिदा...दिदैन', 2], ['bida...dinna', 2], ['श्रम कानुन', 2], ['rosai...dinna', 2], ['rosai...दिँदैन', 2], ['घरमा चोट लाग्यो भन', 2], 
      // an employer who keeps the workers' passports
      ['passport...raakh', 1.5], ['passport...rakh', 1.5], ['पासपोर्ट...राख', 1.5],
      // interest beyond the law and the pay-first scams
      ['ब्याज...गैरकानुनी', 2], ['ब्याज...कानुनी', 2], ['सामान आएन', 1.5], ['सामान...आएन', 1.5], ['सामान आएको छैन', 1.5], ['साइट...बन्द', 1], ['लटरी', 1.5],
      // a boss who says: rest and you lose the job
      ['जागिर छोड...भन', 1.5], ['काम छोड...भन्छ', 1],
      // Online job scams: a deposit paid, then silence.
      ['easy money', 1.5], ['deposit tiriye', 1.5], ['deposit tiryo', 1.5], ['thagi', 2], ['thagyo', 2], ['scam', 1.5],
      // wages not paid (a rights matter beside the money)
      ['तलब...दिएको छैन', 1.5], ['तलब...पाएको छैन', 1.5], ['तलब...आएको छैन', 1.5],
      ['有給', 1.5], ['yukyu', 1.5], ['yuukyuu', 1.5], // Japanese words residents type as they are
      ['ठगी', 2], ['ठगियो', 2], ['ठग्यो', 2], ['धोका', 1.5], ['सम्पत्ति', 1.5], ['संरक्षक', 2],
      ['ठग', 2], ['नक्कली', 1], ['सम्झौता', 0.5], ['करार', 1], ['जबरजस्ती', 0.5], ['कानुन', 1], ['कानून', 1], ['वकिल', 1.5], ['अधिकार', 1.5], ['भेदभाव', 1.5], ['होच्याउ', 1], ['पैसा खोस', 1.5], ['पेन्सन खोस', 2], ['आफ्नो खातामा', 1.5],
      ['तलब काट', 1.5], ['तलब दिएन', 1.5], ['तलब नदि', 1.5], ['ओभरटाइम', 1], ['धरौटी', 1.5], ['सिकिकिन', 1.5], ['शिकिकिन', 1.5], ['敷金', 2], ['労災', 1.5], ['पावर हारा', 2], ['パワハラ', 2], ['成年後見', 2], ['कोउकेन', 2],
      ['बैंकको किताब', 1], ['पासबुक', 1], ['घर बेच', 1], ['राजीनामा', 1], ['साइन गराय', 1.5], ['हस्ताक्षर गराय', 1.5], ['सेल्सम्यान', 1.5], ['फकाएर', 1.5],
      ['thag', 2], ['nakkali', 1], ['jabarjasti', 0.5], ['samjhauta', 1], ['kanun', 1], ['kanoon', 1], ['wakil', 1.5], ['vakil', 1.5], ['adhikar', 1.5], ['bhedbhav', 1.5], ['talab kat', 1.5], ['salary kat', 1.5], ['talab diyena', 1.5], ['talab dien', 1.5],
      ['overtime', 1], ['zangyo', 1], ['pawahara', 2], ['power hara', 2], ['kouken', 2], ['koken', 2], ['rousai', 1.5], ['rosai', 1.5], ['firta dinna', 1.5], ['firta gardaina', 1.5], ['paisa khos', 1.5], ['pension khos', 2],
      ['card bata', 1], ['kakin', 1.5], ['ghar bech', 1], ['sign garay', 1.5], ['rajinama', 1], ['salesman', 1.5], ['phakaa', 1.5], ['fakaa', 1.5],
      ['पैसा माग', 1], ['paisa mag', 1], ['पैसा दे', 0.7], ['paisa de$', 0.7],
      ['cooling off', 2], ['sagi', 2], ['詐欺', 2], ['farkaudaina', 1.5], ['talab dinna', 1.5], ['salary didaina', 1.5], ['salary dinna', 1.5], ['salary diyena', 1.5], ['aadha talab', 1.5], ['तलब दिँदैन', 1.5], ['sign garaa', 1.5], ['sekuhara', 2], ['पेन्सन...झिक', 1.5], ['खाता बेच', 2], ['money laundering', 2], ['पैसाको व्यवस्थापन', 1.5], ['अन्याय', 1.5],
      ['अपमान', 1.5], ['apman', 1.5], ['गाइजिन', 1], ['gaijin', 1], ['चिट्ठा', 1.5], ['chittha', 1.5], ['यौन उत्पीडन', 2], ['घण्टाभन्दा बढी', 1], ['ghanta bhanda badi', 1], ['बिदा दिँदैन', 1.5], ['बिदा दिदैन', 1.5], ['bida dinna', 1.5], ['bida didaina', 1.5], ['bida paako chaina', 1.5], ['bida payeko chaina', 1.5], ['छुट्टी दिँदैन', 1.5], ['छुट्टी पाइन', 1.5], ['जबरजस्ती काम', 1.5], ['jabarjasti kaam', 1.5], ['काम गराउँछ', 0.7], ['kaam garauchha', 0.7], ['kaam garaucha', 0.7], ['resign garna', 1], ['resignation', 1], ['shift ghatai', 1], ['सिफ्ट घटा', 1], ['मेरो नाममा', 1.5], ['mero naam ma', 1.5],
      // an employer, a supervisor or a senior who scolds, hits, threatens or touches a worker
      ...['साहु', 'सुपरभाइजर', 'म्यानेजर', 'हाकिम', 'मालिक', 'लिडर', 'सेन्पाई', 'टेन्चो'].flatMap((who) => ['गाली', 'कुट', 'हिर्का', 'धम्की', 'छुन्छ', 'छुन्छन्', 'छोय', 'होच्याउ', 'अपमान', 'चिच्या', 'मार्छु'].flatMap((what) => [[`${who}...${what}`, 1.5], [`${what}...${who}`, 1.5]] as const)),
      ...['sahu', 'saahu', 'supervisor', 'manager', 'hakim', 'malik', 'boss', 'senpai', 'tencho', 'tenchou', 'leader'].flatMap((who) => ['gaali', 'gali', 'kut', 'hirka', 'dhamki', 'chhun', 'chun', 'hochyau', 'apaman', 'karaun', 'nikalidinchu', 'nikaldinchu'].flatMap((what) => [[`${who}...${what}`, 1.5], [`${what}...${who}`, 1.5]] as const)),
      ['सबैका अगाडि', 1], ['sabai ko agadi', 1], ['sabaiko agadi', 1], ['遺言', 1.5], ['इच्छापत्र', 1.5], ['ichhapatra', 1.5], ['टिभी सपिङ', 1.5], ['tv shopping', 1.5], ['शेयर', 0.5],
    ],
    isolation: [
      ['कतै निस्कनुहुन्न', 1], ['कतै निस्कँदैन', 1],
      ['फोहोर थुप्रि', 1.5], ['गफ गर्न', 1.5], ['ज्येष्ठ नागरिक क्लब', 2],
      // wishing for someone to talk to (kasaisanga kura garna mann lagchha)
      ['kasaisanga kura garna', 1.5], ['kasai sanga kura garna', 1.5], ['kasaisanga kura garne', 1.5], ['kura garne manchhe chhaina', 2], ['kura garne kohi chhaina', 2], ['kura garne koi chaina', 2], ['kasaisanga bolna', 1.5],
      // a place where people of one's own meet
      ['भेला हुने ठाउँ', 1.5], ['भेला हुने', 1], ['भेटघाट गर्ने', 1.5],
      ['एक्लो', 2], ['एक्लै', 0.5], ['साथी कोही छैन', 2], ['साथी छैन', 2], ['कुरा गर्ने', 1], ['साथी बनाउ', 1.5], ['नयाँ साथी', 1.5],
      ['कोही छैन', 1], ['कोही पनि छैन', 1], ['भेट्ने ठाउँ', 1.5], ['मान्छे भेट्ने', 1.5], ['नयाँ मान्छे', 1.5], ['जाने ठाउँ', 1], ['भेटघाट', 1], ['चिनेको कोही', 1.5],
      ['eklo', 2], ['eklai', 0.5], ['eklopan', 2], ['sathi chaina', 2], ['sathi chhaina', 2], ['sathi xaina', 2], ['sathi kohi', 1.5], ['kohi chaina', 1], ['kohi chhaina', 1], ['kohi xaina', 1], ['kura garne', 0.5],
      ['bhetne thau', 1.5], ['manche bhetne', 1.5], ['naya manche', 1.5], ['jane thau', 1], ['sathi bana', 1.5], ['chineko kohi', 1.5],
      ['एक्लै हुनुहुन्छ', 1], ['एक्लै छु', 1.5], ['eklai hunuh', 1], ['eklai chu', 1.5], ['कसैसँग बोल', 1], ['kasai sanga bol', 1], ['चिन्दिन', 1], ['kasailai chindina', 1.5], ['saathi chhaina', 2], ['saathi chaina', 2], ['kohi saathi', 1.5], ['samparka tut', 1], ['छोराछोरी कहिल्यै आउँदैनन्', 1.5],
      ['bolne koi', 1.5], ['bolne kohi', 1.5], ['kohi chineko', 1.5], ['aafno bhanne', 1], ['आफ्नो भन्ने', 1.5], ['saathi bana', 1.5], ['sathi chahi', 2], ['sathi koi', 1.5], ['bhela hune', 1.5], ['gaf garne', 1.5], ['गफ गर्ने', 1.5], ['सुनसान', 1.5], ['दिनभरि एक्लै', 1.5], ['बोल्ने कोही', 1.5],
      ['ekle$', 0.5], ['ekle bas', 0.7], ['eklai bas', 0.7], ['एक्लै बस्नु', 0.7], ['एक्लै बस्छ', 0.7], ['भेट्न आउँदैन', 1.5], ['भेट्न आउँदैनन्', 1.5], ['bhetna aaudaina', 1.5], ['bhetna audaina', 1.5], ['मन खोलेर', 1.5], ['man kholera', 1.5], ['mann kholera', 1.5], ['कुरा गर्ने मान्छे', 1], ['kura garne manche', 1], ['kura garne manchhe', 1], ['बोल्न पाउँदिन', 1.5], ['bolna paudina', 1.5], ['कोही आउँदैन', 1.5], ['koi aaudaina', 1.5], ['kohi aaudaina', 1.5],
      ['कसैले बुझ्दैन', 1.5], ['kasaile bujhdaina', 1.5], ['एक्लै बस्नुहुन्छ', 1], ['ekle basnu', 1], ['eklai basnu', 1],
    ],
    multicultural: [['अस्थि...नेपाल', 2], ['अस्थि...लैजाने', 2], ['शव...नेपाल', 2], ['asthi...nepal', 2], 
      // Dashain and Tihar in Japan; inviting family to Japan (pass K, 17th session)
      ['dashain', 1.5], ['दशैं', 1.5], ['दसैं', 1.5], ['tihar', 1], ['तिहार', 1], ['japan bolau', 2], ['जापान बोलाउ', 2], ['japan bolaun', 2],
      ['pr को', 2], ['pr का लागि', 2], ['स्थायी निवास', 2],
      // Japanese-language levels.
      ['JLPT', 1.5], ['N3 ko', 1.5], ['N2 ko', 1.5], ['N4 ko', 1.5], ['N5 ko', 1.5], ['japanese class', 1.5], ['nihongo class', 1.5],
      // marrying a Japanese partner, a spouse visa
      ['जापानी...बिहे', 1.5], ['बिहे...जापानी', 1.5], ['जापानीसँग बिहे', 2], ['स्पाउस भिसा', 2],
      // papers not in a language one reads
      ['जापानी कक्षा', 2], ['जापानी भाषा कक्षा', 2], ['जापानी क्लास', 2],
      ['english ma didaina', 2], ['english ma dinna', 2], ['english ma chhaina', 1.5], ['english ma chaina', 1.5], ['japani ma matra', 1.5], ['japanese ma matra', 1.5],
      ['監理団体', 2], // new to Japan
      // a letter in Japanese that cannot be read
      ['पढ्नै सकिन', 1.5], ['पढ्न सकिन', 1.5], ['पढ्न सक्दिन', 1.5], ['पढ्न आउँदैन', 1.5], ['padhna sakina', 1.5], ['padhna sakdina', 1.5],
      ['anuwad', 2], ['anubad', 2], ['japanese ma', 1], ['japani ma', 1], ['translation', 1.5],
      ['जापानी भाषा', 2], ['जापानी', 0.7], ['दोभाषे', 2], ['अनुवाद', 1.5], ['भिसा', 2], ['विदेशी', 2], ['बुझ्दिन', 1],
      ['जापानी आउँदैन', 2], ['जापानी पढ्न', 1.5], ['जापानी लेख्न', 1.5], ['जापानी बुझ्दैन', 2], ['भाषा आउँदैन', 1.5], ['भाषा बुझ्दिन', 1.5], ['भाषा नआउने', 1.5], ['जापानी बुझ्दिन', 2], ['भाषा', 0.7], ['इमिग्रेसन', 2], ['अध्यागमन', 2], ['रेसिडेन्स कार्ड', 2], ['जाइर्यु', 2], ['जाइरियु', 2], ['在留', 2], ['नेपाल फर्क', 1], ['नेपाल पठाउ', 1.5], ['जापान आए', 0.5],
      ['परिवार भिसा', 2], ['डिपेन्डेन्ट', 1.5], ['नागरिकता', 1.5], ['स्थायी बसोबास', 2], ['区役所', 1], ['कुयाकुशो', 1], ['कागजपत्र', 0.7], ['बुझिन', 0.5], ['पढ्न सक्दिन', 1],
      ['japani aaudaina', 2], ['japanese aaudaina', 2], ['japanese audaina', 2], ['nihongo', 1.5], ['japanese bujh', 1.5], ['japani bujh', 1.5], ['japani bhasa', 2], ['japanese bhasa', 2], ['bhasa', 1], ['bhisa', 2], ['immigration', 2], ['nyukan', 2], ['zairyu', 2], ['residence card', 2], ['निवास अनुमति', 2], ['बसोबास अनुमति', 2],
      ['dobhase', 2], ['anubad', 1.5], ['anuvad', 1.5], ['translate', 1.5], ['nepal farka', 1], ['nepal pathau', 1.5], ['japan aa', 0.5], ['bideshi', 2], ['videshi', 2], ['gaikokujin', 2], ['language school', 2], ['city office', 1], ['kagajpatra', 0.7],
      ['bujhina', 1], ['bujhdina', 1], ['padhna sakdina', 1], ['dependent', 1.5], ['family visa', 2], ['eiju', 2],
      ['visa', 2], ['tsuyaku', 2], ['my number', 1.5], ['tenkyo', 1.5], ['kuyakusho', 1], ['nyuukan', 2], ['kazoku taizai', 2], ['tokutei', 2], ['日本語', 2], ['永住', 2], ['通訳', 2], ['nepali bolne', 1.5], ['नेपाली बोल्ने', 1.5],
      ['नेपालीमा', 1.5], ['अंग्रेजीमा', 0.5], ['nepali ma', 1.5], ['angreji', 1], ['जापानी नजान', 2], ['japani najan', 2], ['japani najanne', 2], ['थोरै जापानी', 1.5], ['जापानी थोरै', 1.5], ['japani thorai', 1.5], ['thorai japani', 1.5], ['japanese thorai', 1.5], ['nepali boldaina', 1],
      ['नेपालबाट', 0.7], ['nepal bata', 0.7], ['nepalbata', 0.7], ['भर्खर जापान', 1], ['bharkhar japan', 1], ['जापान आएको', 0.5], ['japan aayeko', 0.5], ['japan aako', 0.5], ['नेपाली वा अंग्रेजी', 2], ['नेपाली बुझ्ने', 2], ['nepali bujhne', 2], ['अंग्रेजी बुझ्ने', 1.5], ['angreji bujhne', 1.5], ['japanese ma', 1], ['जापानीमा', 1], ['घुम्न आउनु', 1], ['जापान घुमाउन', 1.5], ['ट्राभल इन्सुरेन्स', 1.5], ['travel insurance', 1.5], ['भिजिट भिसा', 2], ['visit visa', 2], ['28 ghanta', 1], ['२८ घण्टा', 1], ['28 jikan', 1], ['छालाको रङ', 1.5], ['chhala ko rang', 1.5], ['jaatko', 0.7],
    ],
    medical: [
      ['palliative', 2], ['प्यालिएटिभ', 2], ['उपशामक', 2], ['hospice', 2],
      // a period that has stopped
      ['period aako chaina', 1.5], ['period aaeko chaina', 1.5], ['महिनावारी', 1],
     ['कुन विभाग', 1.5], ['पुरानो दुखाइ', 1.5], ['ढाड दुख', 1], ['कम्मर दुख', 1], ['निको हुँदैन', 0.7], 
      ['अक्सिजन', 1.5], ['लू लाग', 1.5],
      ['फ्लु खोप', 2],
      ['byouin', 1.5], ['kenshin', 1.5], ['kenkou shindan', 1.5],
      ['保険証', 1], // Japanese words residents type as they are
      // heatstroke
      ['हिटस्ट्रोक', 2], ['हीटस्ट्रोक', 2], ['लु लाग', 1.5], ['गर्मीले बेहोस', 2], ['heatstroke', 2],
      ['अस्पताल', 1.5], ['डाक्टर', 1], ['उपचार', 1.5], ['बिरामी', 0.7], ['औषधि', 1], ['रोग', 0.7], ['ज्वरो', 1],
      ['aspatal', 1.5], ['daktar', 1], ['upachar', 1.5], ['birami', 0.7], ['aushadhi', 1], ['ausadhi', 1], ['rog$', 1], ['jwaro', 1],
      ['बिरामी पर', 1.5], ['क्यान्सर', 1.5], ['मधुमेह', 1.5], ['सुगर', 0.7], ['प्रेसर', 0.7], ['रक्तचाप', 1], ['अप्रेसन', 1.5], ['शल्यक्रिया', 1.5], ['क्लिनिक', 1], ['स्वास्थ्य बीमा', 1.5], ['खोकी', 1], ['भाँचियो', 1.5], ['भाँचिएको', 1.5], ['डायलिसिस', 1.5], ['एन्टिबायोटिक', 1.5], ['नर्स$', 1], ['स्ट्रोक', 0.7], ['दबाइ', 1], ['दवाई', 1], ['औषधी', 1], ['टाँका', 1], ['बान्ता', 1], ['पखाला', 1], ['स्वास्थ्य', 0.7], ['बाल रोग', 1.5], ['ढाड दुख', 1], ['कम्मर दुख', 1], ['हृदय', 0.7], ['निमोनिया', 1.5],
      ['birami par', 1.5], ['birami bhay', 1], ['bimar', 0.7], ['dawai', 1], ['dabai', 1], ['ausadi', 1], ['aushadi', 1], ['osadhi', 1], ['khoki', 1], ['bhanchiyo', 1.5], ['bhachiyo', 1.5], ['operation', 1.5], ['sugar', 0.7], ['pressure', 0.5], ['dhad dukh', 1], ['kammar dukh', 1], ['banta', 1], ['swasthya', 0.7], ['kokumin kenko hoken', 1.5], ['hoken sho', 1], ['byoin', 1.5], ['病院', 1.5]
    ],
  },
  crisis: {
    suicide: [
      // cutting one's own hand or arm, told of oneself or of a child: «छोरीले आफ्नो हात काट्छे»
      'आफ्नो हात काट्छ', 'आफ्नै हात काट्छ', 'आफ्नो हातमा काट्छ', 'आफ्नो पाखुरा काट्छ', 'aafno haat katchh', 'afno haat katchh', 'aafno hat katchh', 'afno hat katchh',
      // burning oneself on purpose (self-harm)
      'जानीजानी आफ्नै', 'जानीजानी आफैंलाई पोल', 'जानीजानी आफैलाई पोल', 'आफ्नै हात पोलें', 'आफैंलाई पोलें', 'jani jani aafai', 'jani jani afai', 'aafno haat pole', 'aafnai haat pole',
      'अन्तिम सन्देश',
      'मर्न...चाहन्छु', 'मर्ने...सोच', 'हराउन...चाहन्छु',
      'बाँच्न चाहन्न', 'बाँच्न चाहँदिन', 'बाँच्न चाहन्नँ',
      'संसार छोड्न', 'यो संसार छोड', 'बाँच्ने कारण', 'बाँच्नुको कारण',
      'जन्मनु नै नपरेको', 'बाँचेर के गर्नु', 'मर्नु नै राम्रो',
      'म मरें भने', 'म मरे भने', 'मरें भने', 'म नभएको भए',
      'आफैंलाई चोट', 'आफूलाई चोट', 'आत्मघात',
      'बाँच्ने इच्छा छैन', 'बाँच्ने इच्छा', 'जिन्दगी देखि थाक', 'जीवनदेखि थाक', 'मर्ने योजना', 'म नरहे', 'अन्तिम पत्र',
      'जीवन नरक',
      'सुतेर नउठ्', 'कहिल्यै नउठ्', 'म नभए', 'सबै औषधि खा',
      'मर्ने विचार', 'जिउन मन छैन', 'बाँच्नुको कुनै अर्थ', 'मर्न मन लाग्छ', 'मर्ने सोच', 'आफूलाई मार्','मर्न चाहन्छु', 'मर्न मन', 'आत्महत्या', 'बाँच्न मन छैन', 'बाँच्न मन लाग्दैन', 'बाँच्नुको अर्थ', 'जीवन अन्त्य', 'मरौं', 'मर्छु'],
    child_abuse: [
      'सौतेनी बुबा',
      'बच्चाको शरीरमा दाग', 'बच्चालाई भोकै','बच्चालाई कुट', 'बच्चालाई पिट', 'बाल दुर्व्यवहार', 'बालबालिकामाथि हिंसा', 'बच्चालाई कुटपिट'],
    violence: [
      'घाँटी थिच', 'कपाल तान', 'घिसार', 'थुनेर', 'मार्छु भन्छ',
      'हिर्काउँछ', 'हिर्काउँछन्', 'मार्छ', 'मार्छन्', 'यौन हिंसा','कुट्छ', 'कुट्छन्', 'पिट्छ', 'पिट्छन्', 'कुटपिट', 'हिंसा', 'मार्छु भन्', 'मार्ने धम्की', 'बलात्कार'],
    emergency: [
      'होस छैन', 'श्वास फेर्न', 'सास छैन', 'रगत बगिरहेको','बेहोस', 'सास फेरेको छैन', 'सास फेर्न सकेन', 'सास रोकियो', 'काम्न', 'रगत रोकिएन', 'एम्बुलेन्स',
      // the same as residents type them in Latin letters on their phones
      'behos', 'behosh', 'hos chhaina', 'hos chaina', 'hosh chhaina', 'hosh chaina', 'hos aayena', 'hos aaena', 'hosh aayena', 'hos ma aaunu bhayena', 'hosma aaunu bhayena',
      'hos ma aayena', 'hosma aayena', 'sas chhaina', 'saas chhaina', 'sas chaina', 'swas chhaina'],
  },
  pairs: [
    // Letters written for everyone; not here tomorrow; sleep for ever.
    { signal: 'suicide', reach: 24, a: ['चिठी', 'पत्र'], b: ['सबैका लागि', 'सबैलाई', 'लेखिसकें', 'लेखें', 'छोडेको छु'] },
    { signal: 'suicide', reach: 24, a: ['भोलि', 'भोलि बिहान', 'आज पछि'], b: ['यहाँ हुने छैन', 'हुने छैन', 'रहने छैन', 'हुँदिन'] },
    { signal: 'suicide', reach: 24, a: ['सधैंका लागि', 'सधैंको लागि', 'कहिल्यै'], b: ['सुत्न', 'नउठ्', 'बिदा'] },
    // A child beaten with a belt; touching with a demand for secrecy.
    { signal: 'child_abuse', reach: 40, a: ['बच्चा', 'बच्चालाई', 'छोरा', 'छोरी', 'केटा', 'केटी'], b: ['बेल्टले', 'लट्ठीले', 'हान्छ', 'बाँधेर'] },
    { signal: 'child_abuse', reach: 40, a: ['छुन्छ', 'छुन्छन्', 'छोइरहन्छ'], b: ['नभन्', 'नभन्नू', 'कसैलाई नभन', 'गोप्य'] },
    // A knife shown as a threat.
    { signal: 'violence', reach: 24, a: ['चक्कु', 'खुकुरी', 'बन्दुक', 'हतियार'], b: ['देखाएर', 'धम्क्या', 'धम्की', 'हान्छु', 'मार्छु'] },
    // Stroke signs; a swallowed coin.
    { signal: 'emergency', reach: 24, a: ['अनुहार झरेको', 'एकातिर', 'बोल्न सक्नुहुन्न', 'बोल्न सक्दैन', 'मुख बाङ्गो'], b: ['अचानक', 'झरेको', 'बोल्न', 'चल्दैन'] },
    { signal: 'emergency', ordered: true, reach: 16, a: ['सिक्का', 'ब्याट्री', 'औषधि', 'विष'], b: ['निल्यो', 'निलेको', 'खायो', 'पियो'] },
    // Poison taken, told of an elder in the honorific too («बुबाले विषादी खानुभयो»).
    { signal: 'emergency', ordered: true, reach: 16,
      a: ['विष', 'किटनाशक', 'झारनाशक', 'घाँस मार्ने', 'मुसा मार्ने', 'ब्लिच', 'एसिड', 'तेजाब'],
      b: ['खानुभयो', 'पिउनुभयो', 'निल्नुभयो', 'खाइसक्नुभयो', 'खाएछ', 'पिएछ', 'खाइन्', 'पिइन्', 'खाए', 'पिए', 'खाएको', 'पिएको'] },
    // A near time with an ending: «आज राती सबै कुरा सकिन्छ».
    { signal: 'suicide', ordered: true,
      a: ['आज राती', 'आज रात', 'भोलि', 'यो हप्ता', 'हप्ताको अन्त्यमा', 'अब म', 'म अब'],
      b: ['सकिन्छ', 'अन्त्य गर्छु', 'सबै सक्छु', 'सबै अन्त्य', 'सबै सकाउँछु', 'सबै टुंग्याउँछु', 'टाढा जान्छु', 'सधैंका लागि', 'सधैंको लागि', 'बिदा', 'संसार छोड', 'मर्छु', 'दुःख दिन्न', 'बोझ बन्न'] },
    // A burden that leaves; me gone and others at ease; a farewell; giving things away.
    { signal: 'suicide', acrossSentences: true, a: ['बोझ', 'भार', 'दुःख दिन्न'], b: ['टाढा जान्छु', 'जान्छु', 'सकिन्छ', 'हराउँछु', 'मर्छु', 'बिदा'] },
    { signal: 'suicide', a: ['म नहुँदा', 'म नभए', 'म नरहे', 'म गएपछि', 'म हराए'], b: ['सजिलो', 'राम्रो', 'खुसी', 'सुख', 'ढुक्क'] },
    { signal: 'suicide', acrossSentences: true,
      a: ['सबैलाई धन्यवाद', 'धन्यवाद सबैलाई', 'सबैलाई माफ', 'अलविदा'],
      b: ['अब', 'कहिल्यै', 'अन्तिम', 'सधैं', 'दुःख दिन्न'] },
    { signal: 'suicide', acrossSentences: true, a: ['दिएँ', 'दिइसकें', 'सुम्पिएँ', 'बाँडें'], b: ['चाहिँदैन', 'चाहिदैन', 'काम छैन', 'आवश्यक छैन'] },
    // A child with burn marks or afraid to go home; a stepparent who starves or shuts out.
    { signal: 'child_abuse', reach: 40,
      a: ['केटा', 'केटी', 'बच्चा', 'बच्ची', 'छोरा', 'छोरी', 'बहिनी', 'भाइ', 'नाति', 'नातिनी'],
      b: ['डामेको', 'निलो डाम', 'घर जान डराउ', 'घर जान डर', 'खाना दिँदैन', 'खाना दिदैन', 'रातभरि बाहिर', 'भोकै'] },
    { signal: 'child_abuse', reach: 40, a: ['सौतेनी'], b: ['खाना दिँदैन', 'खाना दिदैन', 'कुट', 'पिट', 'बाहिर राख', 'थुन', 'डाम'] },
    // Kept in; hands on the throat; slammed into a wall.
    { signal: 'violence', reach: 40,
      a: ['पासपोर्ट', 'फोन खोस', 'ढोका थुन', 'ताल्चा लगा', 'कोठामा थुन'],
      b: ['निस्कन दिँदैन', 'निस्कन दिदैन', 'बाहिर जान दिँदैन', 'जान दिँदैन', 'निस्कन पाउँदिन'] },
    { signal: 'violence', ordered: true, reach: 8, a: ['घाँटी'], b: ['समात', 'थिच', 'निचो'] },
    { signal: 'violence', ordered: true, reach: 8, a: ['भित्तामा', 'भुइँमा'], b: ['ठोक्यो', 'ठोक्छ', 'पछार', 'हान्यो'] },
    // A collapse with no answer; lips turning blue; not breathing.
    { signal: 'emergency', acrossSentences: true, reach: 40,
      a: ['ढल्नुभयो', 'ढल्यो', 'लड्नुभयो', 'लड्यो', 'बेहोस', 'बोलाउँदा'],
      b: ['बोल्नुहुन्न', 'बोल्दैन', 'बोलेन', 'उठ्नुहुन्न', 'उठ्दैन', 'चल्दैन', 'सास फेर्दैन', 'आँखा खोल्दैन', 'जवाफ दिँदैन'] },
    { signal: 'emergency', reach: 8, a: ['ओठ', 'अनुहार', 'छाला'], b: ['निलो', 'नीलो', 'बैजनी'] },
    { signal: 'emergency', ordered: true, reach: 16, a: ['सास'], b: ['फेर्दैन', 'फेर्न सक्दैन', 'फेरेन', 'रोकियो'] },
  ],
  framing: {
    report: [
      // a case handled and over: the one who hurt arrested, an order granted, the case closed
      // (now, yesterday, "still" or a "but" after it still alarm: see `ongoing` and `framed` in engine.ts)
      'पक्राउ पर्यो', 'पक्राउ पर्‍यो', 'पक्राउ परिसक', 'पक्राउ गर्यो', 'पक्राउ गर्‍यो', 'पक्राउ गरिसक', 'pakrau paryo', 'pakrau garyo', 'pakrau garisak', 'अहिले उनी छुट्टै', 'अहिले छुट्टै', 'छुट्टै बस्छिन्', 'छुट्टै बस्नुहुन्छ', 'अलग्गै बस्छिन्', 'अलग बस्छिन्', 'मुद्दा टुंगिइसक', 'समस्या समाधान भइसक',
      // a mark a doctor put down to an illness, a birthmark or a vaccine, said as its cause; abuse ruled out
      'मङ्गोलियन स्पट', 'मंगोलियन स्पट', 'जन्मचिन्ह हो', 'खोपको असर', 'खोपको प्रतिक्रिया', 'रगतको रोगले', 'रगतको रोगका कारण',
      'समाचार', 'खबर', 'फिल्म', 'वर्षअघि', 'वर्ष अघि', 'छुट्टिएँ', 'छुटिएँ',
      // romanised: the news, a film or serial, one's own childhood
      'samachar', 'news ma', 'film ma', 'movie ma', 'serial ma', 'drama ma', 'natak ma', 'youtube ma', 'tiktok ma',
      'sano hunda', 'sano chhada', 'sano chhanda', 'sano chada', 'sano chanda', 'sano xada', 'sano bela', 'bachpan ma', 'barsa agadi', 'barsa aghi', 'barsa pahila'],
    joke: ['खेलमा', 'मजाक', 'ठट्टा', 'majak', 'majaak', 'jiskaera', 'jiskayera', 'game ma', 'game khel', 'khelda', 'haha$', 'hahaha', 'hehe'],
    past: [
      // an emergency handled: stable, out of danger (again or now after it still alarms)
      'स्थिर भइसक', 'स्थिर हुनुहुन्छ', 'खतरामुक्त', 'ज्यान जोखिममुक्त', 'ज्यानको खतरा छैन',
      
      // a handrail asked for after a fall (fall prevention); some months ago
      'रेलिङ राख्न', 'रेलिङ लगाउन', 'समात्ने डण्डी', 'लड्नबाट बचाउन', 'केही महिना अघि', 'केही समय अघि',
      'गत वर्ष', 'पहिले', 'वर्ष अघि', 'अघिल्लो वर्ष', 'पोहोर', 'gata barsa', 'barsa agadi', 'ahile thik chhu', 'ahile thik chu',
      // romanised: fine now, last week, after an old stroke, "what to do if …", a class, a pet, a dream
      'aile thik', 'ahile thik', 'ahile thikai', 'aile thikai', 'aaja thik', 'aja thik', 'aaja thikai', 'aja thikai', 'आज ठिक', 'आज ठीक', 'ahile niko', 'aile niko', 'niko bhaisak', 'gata hapta', 'gaeko hapta', 'gayeko hapta', 'gata mahina', 'pohor',
      'stroke pachi', 'stroke pachhi', 'stroke bhayepachi', 'stroke bhayepachhi', 'stroke bhaepachi',
      'bhane k garne', 'bhane ke garne', 'bhaye k garne', 'bhaye ke garne', 'bhane kasari', 'sikna', 'sikne', 'sikaune', 'sikaaune', 'training', 'talim', 'taalim',
      'kukur lai', 'kukurlai', 'biralo lai', 'biralolai', 'animal hospital', 'sapana ma', 'sapanama',
      // an emergency over: out of hospital already (again or now after it still alarms: see `framed`)
      'डिस्चार्ज भइसक', 'डिस्चार्ज भयो', 'डिस्चार्ज भएर', 'अस्पतालबाट घर फर्किसक', 'अस्पतालबाट घर आइसक', 'अस्पतालबाट छुट', 'discharge bhayo', 'discharge bhaisak', 'discharge bhai sak', 'discharge bhaera', 'discharge vayo', 'aspatal bata ghar', 'aspatalbata ghar', 'hospital bata ghar', 'hospital bata discharge'],
  },
  idioms: [
    // violent scenes of a film; a prevention class; a risk assessment (a term of the trade)
    'हिंसात्मक दृश्य', 'हिंसाका दृश्य', 'हिंसाको दृश्य', 'आत्महत्या रोकथाम', 'आत्महत्या न्यूनीकरण', 'आत्महत्याको जोखिम मूल्याङ्कन',
    
    // "felt like a heart attack" at a bill; a heart attack years ago
    'heart attack aauna lagyo', 'heart attack aaula jasto', 'heart attack aaune jasto', 'heart attack bhayeko thiyo', 'ma heart attack bhayeko', 'हृदयाघातले बित्नु', 'हृदयाघातले मृत्यु',
    // someone else's suicide; suicide as a topic or its prevention
    'aatmahatya garyo', 'aatmahatya rokne', 'aatmahatya ko bishay', 'aatmahatya ko khabar', 'bhai le...aatmahatya', 'dai le...aatmahatya', 'saathi le...aatmahatya', 'buwa le...aatmahatya',
    'भाइले आत्महत्या', 'दाइले आत्महत्या', 'बुबाले आत्महत्या', 'आमाले आत्महत्या', 'साथीले आत्महत्या', 'दिदीले आत्महत्या', 'बहिनीले आत्महत्या', 'समाचारमा आत्महत्या',
    // narrowly survived; a dream; I do want to live; cut by accident; shut himself in; after I am gone, what of him
    'मर्दामर्दै बाँच', 'मर्दा मर्दै', 'सपनामा...मरेको', 'बाँच्न त मन छ', 'हात काटियो', 'थुनिएर बस', 'म नरहेपछि...के होला', 'म नरहे...के हुन्छ',
'आत्महत्या रोकथाम', 'बिदामा', 'बिदाको दिन', 'बिदाको समय', 'सार्वजनिक बिदा', 'वर्षको बिदा', 'दशैंको बिदा', 'तिहारको बिदा', 'बिदा लिन', 'बिदा पाइ', 'थकाइले मर', 'गर्मीले मर', 'भोकले मर', 'मरेपछि', 'मृत्यु दर्ता', 'भोकले मर्न', 'हाँसेर मर्न', 'हिंसा छैन', 'हिंसा भएको छैन',
    // only a blister, a small one; a bruise from sport
    'फोका मात्र', 'फोका मात्रै', 'सानो फोका', 'अलिकति फोका', 'phoka matra', 'sano phoka', ...SPORT_BRUISES,
  ],
  idiomPairs: [...DEVICE_GONE, ...ROLE_FOUND_HARMLESS],
  endingCues: ['डोरी', 'औषधि', 'पुल', 'पत्र', 'माफ गर्नुहोस् सबै', 'हराउन', 'सधैंको लागि', 'अर्थ छैन', 'मर', 'बिदा', 'कसैलाई मतलब छैन'],
  riskCues: ['आज राती', 'निर्णय गरें', 'योजना', 'बोझ', 'हार खाए', 'आशा छैन', 'बाँच', 'जीवन', 'नरक'],
  negation: { before: [], after: ['को समस्या होइन', 'समस्या होइन', 'होइन'] },
  crisisNegation: { before: [], after: ['छैन', 'होइन', 'ta haina'] },
};
