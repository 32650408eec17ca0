import type { Lexicon } from './types.ts';

/** Tagalog (and the Taglish residents write: English words are matched by the English lexicon too). */
// biome-ignore format: a category's phrases stay together on a few lines, easy to read and extend
export const tl: Lexicon = {
  categories: {
    elderly: [
      ['hindi na kaya', 1], ['tutulong sa kanya', 1], ['kailangan niya ng', 0.5],
      ['ulyanin', 2], ['nag uulyanin', 2], ['makakalimutin', 1.5], ['nakakalimot', 1.5], ['nakalimutan', 1], ['naliligaw', 1],
      ['matanda', 1.5], ['matatanda', 1.5], ['lola', 0.5], ['lolo', 0.5], ['senior', 1.5], ['alaga', 0.5], ['nakaratay', 2],
    ],
    disability: [['kapansanan', 2], ['may kapansanan', 2], ['pwd$', 2], ['bingi', 2], ['bulag', 2], ['pilay', 1.5], ['autism', 2]],
    child: [
      ['anak', 0.7], ['bata', 0.7], ['sanggol', 2], ['buntis', 2], ['nagbubuntis', 2], ['manganak', 2], ['panganganak', 2],
      ['paaralan', 1], ['eskwela', 1], ['pumasok', 0.5], ['ayaw pumasok', 1.5], ['daycare', 2], ['binubully', 1.5],
    ],
    youth: [['kabataan', 2], ['estudyante', 0.7], ['binata', 1], ['dalaga', 1]],
    women: [
      ['asawa ko', 0.5], ['asawa', 0.3], ['sinisigawan', 2], ['minumura', 2], ['kinokontrol', 2], ['hindi ako binibigyan ng pera', 2],
      ['karahasan sa tahanan', 2], ['babae', 0.5], ['nobyo', 1], ['boyfriend', 1],
    ],
    livelihood: [
      ['budget', 1],
      ['hindi nakakabayad', 1.5], ['hindi makabayad', 1.5],
      ['pera', 1], ['walang pera', 1.5], ['wala na akong pera', 2], ['wala nang pera', 2], ['trabaho', 0.7], ['wala akong trabaho', 2],
      ['natanggal', 2], ['nawalan ng trabaho', 2], ['utang', 2], ['sahod', 1], ['kita', 0.5], ['mahirap', 1], ['pagkain', 1],
      ['pambili', 1], ['pambayad', 1.5], ['mabayaran', 1],
    ],
    housing: [
      ['upa', 2], ['renta', 2], ['landlord', 2], ['pinapaalis', 2], ['paalisin', 2], ['pinaalis', 2], ['matirhan', 2],
      ['matutuluyan', 2], ['tirahan', 2], ['bahay', 0.5], ['palaboy', 2],
    ],
    mental_health: [
      ['depressed', 2], ['depresyon', 2], ['malungkot', 1], ['lungkot', 1], ['hindi makatulog', 1], ['pagkabalisa', 2],
      ['anxiety', 2], ['stress', 1], ['umiiyak', 1], ['pagod na ako', 0.5],
    ],
    hikikomori: [['hindi lumalabas ng kwarto', 2], ['hindi lumalabas ng bahay', 2], ['nagkukulong', 2], ['nakakulong sa kwarto', 2], ['hindi lumalabas', 1.5]],
    single_parent: [['single mom', 2], ['single mother', 2], ['single dad', 2], ['solo parent', 2], ['mag isa kong pinapalaki', 2], ['hiwalay', 1.5]],
    carer: [['inaalagaan', 1.5], ['nag aalaga', 1.5], ['alagaan', 1], ['pagod na pagod', 0.5], ['maysakit kong', 1]],
    rights: [['naloko', 2], ['niloko', 1], ['scam', 2], ['panloloko', 2], ['manloloko', 2], ['kontrata', 1]],
    isolation: [['nag iisa', 2], ['mag isa', 1], ['walang kaibigan', 2], ['walang kausap', 2], ['kausap', 1], ['malungkot ako', 0.5]],
    multicultural: [['japanese', 1], ['hindi marunong', 1], ['interpreter', 2], ['tagasalin', 2], ['visa', 2], ['dayuhan', 2], ['city hall', 0.3]],
    medical: [['ospital', 1.5], ['doktor', 1], ['magpapatingin', 1.5], ['magpatingin', 1.5], ['may sakit', 1], ['sakit', 0.7], ['gamot', 1], ['lagnat', 1]],
  },
  crisis: {
    suicide: [
      'huling mensahe', 'pagbasa mo nito',
      'gusto...mamatay', 'gusto...mawala', 'iniisip...mamatay', 'naiisip...mamatay', 'gusto...magpakamatay',
      'magpahinga habambuhay', 'magpahinga nang tuluyan',
      'dahilan para mabuhay', 'dahilan upang mabuhay', 'iwan ang mundo', 'lisanin ang mundo',
      'sana hindi na lang ako ipinanganak', 'hindi na lang ako ipinanganak', 'wala nang silbi ang buhay', 'tapusin na ang lahat',
      'kung wala na ako', 'kung mamatay ako', 'kapag namatay ako',
      'mawala sa mundo', 'mawala na lang sa mundo', 'wala nang gustong mabuhay', 'ayoko nang gumising', 'sulat ng paalam', 'huling paalam', 'walang nangangailangan sa akin', 'kapag wala na ako', 'pag wala na ako',
      'pagod na...mabuhay', 'sumuko sa buhay', 'impyerno ang buhay',
      'hindi na magising', 'matulog...hindi na magising', 'mas mabuti kung wala ako', 'wala nang saysay ang buhay', 'uminom ng maraming gamot',
      'mamatay na ako', 'sana mamatay', 'tapusin ko na', 'wakasan ang buhay', 'saktan ang sarili', 'sinasaktan ko ang sarili', 'ayoko nang mabuhay', 'ayaw ko nang mabuhay', 'wala nang dahilan para mabuhay', 'mas mabuti pang mamatay',
      'gusto ko nang mamatay', 'gusto kong mamatay', 'mamatay na lang', 'ayoko nang mabuhay', 'ayaw ko nang mabuhay',
      'magpakamatay', 'pagpapakamatay', 'tapusin ang buhay', 'gusto ko nang mawala', 'mawala na lang', 'wala nang saysay',
      'pagod na ako sa buhay', 'magpapakamatay',
    ],
    child_abuse: [
      'amain ko', 'hinahawakan ako ng',
      'bata...sinasaktan', 'batang...sinasaktan', 'batang umiiyak...sinasaktan',
      'may pasa ang bata', 'may mga pasa', 'ginugutom', 'hinihipuan',
      'sinasaktan ng tatay', 'sinasaktan ng nanay', 'pinapalo ako ng', 'binubugbog ako ng tatay', 'hindi pinapakain','pinapalo...anak', 'binubugbog...anak', 'sinasaktan...anak', 'pang aabuso sa bata', 'inaabuso ang bata', 'pinabayaan ang anak'],
    violence: [
      'sinabunutan', 'kinaladkad', 'itinulak ako', 'ikinulong ako', 'ikakalat ang litrato', 'ipapakalat ang litrato', 'papatayin daw ako', 'sinakal ako',
      'sinampal', 'sinipa', 'binugbog', 'sinaktan ako', 'pinagbabantaan','sinasaktan ako', 'binubugbog', 'sinapak', 'sinuntok', 'papatayin', 'pinagbantaan', 'ginahasa', 'karahasan', 'sinasakal'],
    emergency: [
      'hindi gumagalaw', 'dumudugo', 'inatake sa puso','nawalan ng malay', 'walang malay', 'hindi humihinga', 'hindi makahinga', 'nahimatay', 'kinukumbulsyon', 'ambulansya'],
  },
  pairs: [
    // Being at a height or by water now.
    { signal: 'suicide', ordered: true, reach: 12, a: ['nandito ako sa', 'nasa', 'nakatayo ako sa', 'andito ako sa', 'umakyat ako sa'], b: ['tulay', 'bubong', 'rooftop', 'riles', 'ilog', 'bangin'] },
    // A letter for the children; rest without waking.
    { signal: 'suicide', reach: 40, acrossSentences: true, a: ['sulat para sa', 'liham para sa', 'nagsulat na ako'], b: ['mga anak ko', 'inyo', 'maintindihan', 'patawarin'] },
    { signal: 'suicide', ordered: true, reach: 24, a: ['magpahinga', 'matulog'], b: ['hindi na gumising', 'hindi na magising', 'habambuhay', 'nang tuluyan'] },
    // A child locked in or burned.
    { signal: 'child_abuse', reach: 40, a: ['bata', 'anak', 'pamangkin', 'kaklase'], b: ['kinukulong', 'ikinukulong', 'pinapaso', 'pinaso', 'tinatali', 'itinali', 'hindi pinapakain'] },
    // A knife or gun pointed.
    { signal: 'violence', ordered: true, reach: 12, a: ['tinutukan', 'tinutok', 'itinutok'], b: ['kutsilyo', 'baril', 'patalim', 'ako'] },
    // Stiffening and foaming; something harmful drunk.
    { signal: 'emergency', reach: 24, a: ['nanigas', 'nangingisay', 'kinukumbulsyon'], b: ['bumubula', 'bibig', 'hindi gumagalaw', 'biglang'] },
    { signal: 'emergency', ordered: true, reach: 16, a: ['nakainom ng', 'nakalunok ng', 'uminom ng', 'nalunok'], b: ['gasolina', 'kerosene', 'bleach', 'muriatic', 'lason', 'barya', 'baterya', 'maraming gamot', 'lahat ng gamot', 'buong banig', 'isang banig'] },
    // A child who swallowed medicine («nakalunok ng gamot»); «uminom ng gamot» alone is taking one's medicine.
    { signal: 'emergency', ordered: true, reach: 16, a: ['nakainom ng', 'nakalunok ng', 'nalunok'], b: ['gamot'] },
    // A near time with an ending; leaving for good.
    { signal: 'suicide', ordered: true,
      a: ['mamayang gabi', 'ngayong gabi', 'bukas', 'ngayong linggo', 'weekend', 'sa sabado', 'sa linggo', 'ngayong araw', 'desidido', 'handa na'],
      b: ['tatapusin', 'tapusin', 'wawakasan', 'aalis na', 'mawawala', 'magpapaalam', 'hindi na ako gigising', 'paalam'] },
    { signal: 'suicide', ordered: true, reach: 16,
      a: ['aalis', 'mawawala', 'maglalaho', 'lalayo'],
      b: ['nang tuluyan', 'ng tuluyan', 'habambuhay', 'magpakailanman', 'hindi na babalik'] },
    // Me gone, and others relieved; a farewell; no longer a bother; giving things away.
    { signal: 'suicide', reach: 40,
      a: ['kapag nawala ako', 'pag nawala ako', 'kung mawala ako', 'pag wala na ako', 'kapag patay na ako', 'nawala ako'],
      b: ['magaan', 'mas masaya', 'mas mabuti', 'mas maayos', 'ginhawa'] },
    { signal: 'suicide', acrossSentences: true, reach: 40,
      a: ['salamat sa lahat', 'paalam sa inyo', 'paalam sa lahat', 'patawad sa lahat'],
      b: ['hindi na ako', 'huling', 'magiging abala', 'mamayang gabi', 'tuluyan', 'hanggang dito'] },
    { signal: 'suicide', ordered: true, reach: 12, a: ['hindi na ako magiging'], b: ['abala', 'pabigat', 'pasanin', 'problema ninyo'] },
    { signal: 'suicide', acrossSentences: true, reach: 40, a: ['pabigat', 'pasanin', 'abala'], b: ['aalis na', 'nang tuluyan', 'mawawala', 'tatapusin', 'mamamatay'] },
    { signal: 'suicide', acrossSentences: true, reach: 40,
      a: ['ibinigay ko na', 'binigay ko na', 'ipinamigay ko', 'iniwan ko na'],
      b: ['hindi ko na kailangan', 'hindi ko na kakailanganin'] },
    // A child with bruises or afraid to go home; someone coming in at night with a demand for secrecy.
    { signal: 'child_abuse', reach: 40,
      a: ['bata', 'anak', 'pamangkin', 'apo', 'estudyante', 'sanggol'],
      b: ['may pasa', 'mga pasa', 'pasa sa', 'paso ng sigarilyo', 'takot umuwi', 'ayaw umuwi', 'takot sa bahay', 'hindi pinapakain', 'ginugutom'] },
    { signal: 'child_abuse', acrossSentences: true, reach: 48,
      a: ['pumapasok', 'pumasok', 'hinahawakan', 'hinihipuan', 'tumatabi'],
      b: ['huwag kong sabihin', 'wag kong sabihin', 'huwag mong sabihin', 'wag mong sabihin', 'sikreto', 'lihim', 'huwag sabihin'] },
    // Kept in; hands on the throat; slammed into a wall.
    { signal: 'violence', reach: 40,
      a: ['ikinakandado ako', 'kinakandado ako', 'ikinukulong ako', 'kinukulong ako', 'kandado', 'passport ko', 'cellphone ko'],
      b: ['hindi ako makalabas', 'ayaw akong palabasin', 'hindi ako pinapalabas', 'hindi pinapalabas', 'sa kwarto', 'kinukuha'] },
    { signal: 'violence', ordered: true, reach: 12, a: ['hinawakan', 'sinakal', 'hinigpitan', 'pinisil', 'sinunggaban'], b: ['leeg ko', 'lalamunan'] },
    { signal: 'violence', ordered: true, reach: 16, a: ['inuntog', 'inihampas', 'ibinagsak', 'itinulak'], b: ['pader', 'dingding', 'sahig', 'hagdan'] },
    // A collapse with no answer; lips turning purple; a baby not crying.
    { signal: 'emergency', acrossSentences: true, reach: 40,
      a: ['bumagsak', 'natumba', 'nahulog', 'tinatawag', 'ginigising'],
      b: ['hindi sumasagot', 'hindi na sumasagot', 'hindi gumigising', 'hindi magising', 'hindi kumikilos', 'hindi humihinga', 'walang malay'] },
    { signal: 'emergency', reach: 16, a: ['labi', 'mukha', 'balat'], b: ['kulay ube', 'nangingitim', 'namumutla', 'kulay asul', 'nangangasul'] },
    { signal: 'emergency', reach: 24, a: ['baby', 'sanggol'], b: ['hindi umiiyak', 'hindi gumagalaw', 'lupaypay', 'hindi humihinga'] },
  ],
  framing: {
    report: ['balita', 'news', 'pelikula', 'teleserye'],
    joke: ['biro', 'joke', 'haha', 'naglalaro', 'sa laro'],
    past: ['noong 20', 'noong 19', 'noong isang taon', 'dati', 'taon na ang nakalipas', 'nakaraang taon', 'noong bata',
      'nung 20', 'nung 19', 'mula noon', 'okay na sya', 'okay na siya', 'okay na ako', 'okay naman', 'matagal na', 'noong isang linggo', 'nung isang linggo'],
  },
  idioms: ['pag iwas sa pagpapakamatay', 'papatayin ako ng amo', 'papatayin ako ng boss', 'namatay sa tawa', 'namatay kami sa tawa', 'mamamatay na ako sa init', 'patay na patay', 'patayin ang ilaw', 'patay na patay', 'walang karahasan',
    // hyperbole: work beat me up, debt strangles me, stabbed in the back, fainted at the price
    'binugbog ako ng trabaho', 'parang binugbog', 'sinasakal...utang', 'sinaksak ako sa likod', 'sinaksak sa likod', 'hinimatay ako sa presyo', 'mawala sa gc', 'mawala sa group chat',
    'papatayin...nalaman...bagsak', 'papatayin...nalaman...bumagsak', 'papatayin...ipis', 'papatayin...lamok', 'magpapakamatay na ako sa pag aaral', 'pagod na ako sa buhay japan',
    // someone else's suicide; a child's «sana mamatay ka»; denials; no seizures for years
    'pagpapakamatay ng tatay', 'pagpapakamatay ng nanay', 'pagpapakamatay ng kapatid', 'pagpapakamatay ng kaibigan', 'pagpapakamatay ng asawa', 'sana mamatay ka', 'mamatay ka na',
    'hindi niya kami sinasaktan', 'hindi naman niya kami sinasaktan', 'hindi kami sinasaktan', 'hindi naman niya ako sinasaktan', 'hindi namin pinapalo', 'hindi ko pinapalo', 'hindi ako pinagbubuhatan',
    'walang seizure', 'muntik nang maubusan ng dugo', 'di ko maintindihan', 'hindi ko maintindihan', 'pag wala na ako...sino', 'pag wala na ako...paano'],
  endingCues: ['lubid', 'gamot', 'tulay', 'sulat', 'patawad sa lahat', 'mawala', 'magpakalayo', 'habambuhay', 'walang saysay', 'mamatay', 'patay', 'paalam', 'walang may pakialam'],
  riskCues: ['mamayang gabi', 'ngayong linggo', 'desidido', 'plano ko', 'pabigat', 'sumuko', 'walang pag asa', 'mabuhay', 'buhay ko', 'impyerno', 'hindi ko na kaya'],
  negation: { before: ['hindi tungkol sa', 'hindi dahil sa', 'hindi problema ang'], after: ['ay okay', 'ay ayos', 'ay hindi problema'] },
  crisisNegation: { before: ['walang', 'hindi'], after: [] },
};
