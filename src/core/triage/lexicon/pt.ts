import type { Entry, IdiomPair, Lexicon } from './types.ts';

/** A bruise from karate, judo, boxing or football («meu filho levou um chute no karatê, ficou roxo»): sport, told sport first. */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const SPORT_BRUISES = ['karatê', 'judô', 'jiu jitsu', 'jiu-jitsu', 'boxe', 'muay thai', 'taekwondo', 'capoeira', 'aula de luta', 'treino de luta', 'futebol', 'educação física'].flatMap((sport) =>
  ['roxo', 'roxa', 'roxinho', 'roxinha', 'hematoma', 'mancha roxa'].map((bruise) => `${sport}...${bruise}`),
);

/**
 * A phone that "died" («meu celular morreu de vez»), and messages that vanished («as mensagens antigas
 * sumiram para sempre»): a device and its data, not the writer («quero sumir» still alarms).
 */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const DEVICE_GONE: IdiomPair[] = [
  {
    reach: 1,
    a: ['celular', 'telefone', 'notebook', 'computador', 'bateria', 'cel', 'iphone', 'tablet'],
    b: ['', 'ontem ', 'hoje ', 'de novo ', 'completamente ', 'totalmente ', 'simplesmente ', 'do nada '].flatMap((when) =>
      ['morreu', 'morreu de vez', 'ta morto', 'está morto', 'esta morto', 'ta morrendo', 'está morrendo', 'pifou', 'apagou', 'descarregou'].map((w) => `${when}${w}`),
    ),
  },
  {
    reach: 1,
    a: ['mensagens', 'mensagens antigas', 'conversas', 'conversa', 'conversas antigas', 'histórico', 'histórico do chat', 'fotos', 'contatos', 'arquivos', 'dados', 'chat', 'whatsapp', 'zap'],
    b: ['', 'todas ', 'todos ', 'tudo ', 'antigas '].flatMap((all) =>
      ['sumiram', 'sumiu', 'desapareceram', 'desapareceu', 'foram apagadas', 'foram apagados', 'foi apagado', 'foi apagada', 'se perderam', 'se perdeu', 'sumiram para sempre', 'sumiu para sempre', 'desapareceram para sempre', 'sumiram de vez', 'sumiu de vez'].map((w) => `${all}${w}`),
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
    a: ['gritos', 'gritando', 'grito', 'choro', 'chorando', 'barulho', 'berros'],
    b: ['terror noturno', 'autismo', 'autista', 'cólica', 'birra', 'ensaiando', 'ensaio de dança', 'ninguém bate nele', 'ninguém bate nela', 'ninguém bate', 'nunca bateu', 'nunca bate nele', 'nunca bate nela'] },
  // a child's mark, then the doctor's cause
  { reach: 200, acrossSentences: 3,
    a: ['hematoma', 'roxo', 'roxa', 'roxos', 'mancha', 'marca', 'machucado'],
    b: ['é mancha mongólica', 'era mancha mongólica', 'mancha mongólica', 'reação no local da vacina', 'reação da vacina', 'reação à vacina', 'doença no sangue', 'doença do sangue', 'problema de coagulação', 'caiu de bicicleta', 'caiu da bicicleta', 'no futebol', 'no basquete', 'no judô', 'descartou maus-tratos', 'descartaram maus-tratos'] },
  // a collapse, then the hospital and the patient stable
  { reach: 200, acrossSentences: 3,
    a: ['desmaiou', 'desmaio', 'caiu', 'inconsciente', 'ambulância', 'desacordado', 'desacordada'],
    b: ['estado estável', 'está estável', 'tá estável', 'quadro estável', 'já está fora de perigo', 'já tá fora de perigo', 'sem risco de vida', 'se recuperando bem'] },
  // a question asked ahead for a manual or a training, on the forms a procedure is written in
  { reach: 160, acrossSentences: 2,
    a: ['pergunta geral', 'dúvida geral', 'pergunta genérica', 'manual', 'protocolo', 'treinamento', 'capacitação', 'cartilha'],
    b: ['suspeitar de violência', 'suspeita de violência', 'suspeitar de maus-tratos', 'suspeita de maus-tratos', 'suspeitar de abuso', 'suspeita de abuso', 'violência doméstica', 'sinais de maus-tratos', 'sinais de abuso', 'risco de suicídio', 'falar em suicídio', 'falar de suicídio', 'disser que quer morrer', 'disser que quer se matar'] },
  // …or told first, the question after
  { reach: 160, acrossSentences: 2,
    a: ['suspeitar de violência', 'suspeita de violência', 'suspeitar de maus-tratos', 'suspeita de maus-tratos', 'suspeitar de abuso', 'suspeita de abuso', 'violência doméstica', 'sinais de maus-tratos', 'sinais de abuso', 'risco de suicídio', 'falar em suicídio', 'falar de suicídio', 'disser que quer morrer', 'disser que quer se matar'],
    b: ['nenhum caso agora', 'não tem nenhum caso', 'não há nenhum caso', 'sem caso no momento', 'manual', 'protocolo', 'treinamento', 'pergunta geral'] },
];

/** Brazilian Portuguese; accents fold away, so "não" also matches "nao". */
// biome-ignore format: a category's phrases stay together on a few lines, easy to read and extend
const written: Lexicon = {
  categories: {
    elderly: [
      // home alterations: grab rails in the bathroom
      ['barras no banheiro', 1.5], ['barra de apoio', 1.5], ['barras de apoio', 1.5],
      // an older relative cheated by a call, a seller or a scheme
      ...['avó', 'avô', 'vovó', 'vovô', 'idosa', 'idoso'].flatMap((who) => ['golpe', 'golpista', 'enganad', 'vendedor', 'assinou contrato', 'fraude'].flatMap((what) => [[`${who}...${what}`, 1.5], [`${what}...${who}`, 1.5]] as const)),
      // a couple past seventy
      ['passamos dos 7', 1], ['passamos dos 8', 1], ['passou dos 7', 1], ['passou dos 8', 1], ['passaram dos 7', 1], ['passaram dos 8', 1],
      ['demência', 2], ['demencia', 2], ['alzheimer', 2], ['esquece$', 1.5], ['esqueceu', 1.5], ['esquecem', 1.5], ['a esquecer', 1.5], ['esquece tudo', 1.5], ['esquecendo', 1.5], ['esquecida', 1.5],
      ['esquecido', 1.5], ['mesmas perguntas', 1.5], ['repete', 1], ['se perde', 1], ['idoso', 2], ['idosa', 2], ['idosos', 2],
      ['terceira idade', 2], ['velhinh', 1.5], ['asilo', 2], ['casa de repouso', 2], ['cuidador', 1.5], ['acamad', 2],
      ['avó', 0.5], ['avô', 0.5], ['não anda mais', 1.5], ['precisa de cuidados', 1], ['nao reconhece', 1.5], ['aposentad', 0.5],
      // An explicit old age (65–100): «84 anos», «minha mãe de 80», «ela tem 79».
      ...Array.from({ length: 36 }, (_, i) => [`${65 + i} anos`, 1] as const), ...Array.from({ length: 36 }, (_, i) => [`de ${65 + i}$`, 0.7] as const), ...Array.from({ length: 36 }, (_, i) => [`tem ${65 + i}$`, 0.7] as const),
      ['vovó', 0.7], ['vovô', 0.7], ['vó$', 0.7], ['vô$', 0.7], ['minha vó', 1], ['minha avó', 1], ['meu vô', 1], ['meu avô', 1], ['velhice', 1.5], ['velhinh', 1.5], ['idade avançada', 2], ['ancião', 1.5], ['demente', 2], ['caduc', 1.5], ['não lembra', 1], ['confus', 0.5],
      ['kaigo', 1.5], ['youkaigo', 2], ['yokaigo', 2], ['youshien', 1.5], ['day service', 1.5], ['dei sabisu', 1.5], ['tokuyou', 2], ['tokuyo$', 2], ['houkatsu', 2], ['介護', 2], ['fralda geriátrica', 2], ['bengala', 1], ['andador', 1], ['começou a cair', 1], ['aposentadoria', 0.7],
      ['esquecimento', 1.5], ['mesma pergunta', 1.5], ['confundindo', 1], ['quedas', 1], ['senhora', 0.7], ['envelhec', 1.5], ['da idade', 1],
    ],
    disability: [// Autism as TEA, dyslexia.
      // a limb or sight lost in an accident
      ['perdeu a perna', 2], ['perdeu uma perna', 2], ['perdeu as pernas', 2], ['perdeu o braço', 2], ['perdeu um braço', 2], ['perdeu a mão', 1.5], ['perdeu a visão', 2], ['sem uma perna', 1.5], ['ficou paraplégic', 2], ['ficou tetraplégic', 2], ['ficou cego', 2], ['ficou cega', 2],
      ['grupo home', 1.5], ['group home', 1.5], ['asperger', 2], ['cão-guia', 2], ['cão guia', 2], ['aparelho auditivo', 1],
      ['glaucoma', 1.5], ['degeneração macular', 1.5], ['visão...fraca', 1.5], ['ainda não fala', 1.5], ['atraso de fala', 2],
      ['TEA$', 2], ['dislexi', 2], ['TDAH$', 2], ['anos quase não fala', 1.5], ['anos ainda não fala', 1.5], ['anos não fala ainda', 1.5], ['anos não fala nenhuma palavra', 1.5], ['anos e não fala', 1], ['demora pra falar', 1.5], ['demora para falar', 1.5], ['deficiência', 2], ['deficiente', 2], ['ostomia', 2], ['colostomia', 2], ['ileostomia', 2], ['estomia', 2], ['bolsa de colostomia', 2], ['autismo', 2], ['autista', 2], ['cadeira de rodas', 2], ['surdo', 2], ['cego', 2], ['tdah', 2], ['síndrome de down', 2],
      ['paralisad', 1.5], ['paralisia', 1.5], ['amputa', 1.5], ['prótese', 1], ['perda auditiva', 2], ['aparelho auditivo', 1.5], ['deficiência intelectual', 2], ['espectro autista', 2], ['atraso no desenvolvimento', 2], ['atraso na fala', 1.5], ['surda', 2], ['cega', 2], ['perdendo a visão', 1.5], ['não enxerga', 1.5], ['enxerga mal', 1], ['esclerose', 1.5], ['shogai', 2], ['shougai', 2], ['障害', 2], ['laudo', 1], ['escola especial', 2], ['educação especial', 2], ['língua de sinais', 3], ['linguagem de sinais', 3], ['libras', 3]],
    child: [
      // a pupil's own life under parents' rules (pass K2, 17th session): the report card, low marks, pocket money, a phone taken by a parent, being grounded, a pupil's year
      ['meu boletim', 1.5], ['boletim escolar', 1.5], ['boletim da escola', 1.5], ['notas do boletim', 1.5], ['nota baixa', 1], ['notas baixas', 1], ['tirei nota', 1], ['mesada', 1.5], ['minha mãe tirou meu celular', 1.5], ['meu pai tirou meu celular', 1.5], ['meus pais tiraram meu celular', 1.5], ['de castigo', 1.5], ['fiquei de castigo', 1.5], ['to no chugaku', 1.5], ['tô no chugaku', 1.5], ['sala de aula', 1], ['na frente da sala', 1],
      // pregnancy and birth care: labour, morning sickness, after the birth
      ['contrações', 1.5], ['pos parto', 2], ['enjoo da gravidez', 2], ['parteira', 2], ['resguardo', 2],
      // a pupil's own school day: class, break, PE, homework; gossip group; extra lessons; missing class
      ['professora', 0.5], ['da sala', 0.7], ['educação fisica', 1.5], ['recreio', 1.5], ['colegas de sala', 1], ['colegas de classe', 1], ['lição de casa', 1], ['aula de reforço', 1.5], ['reforço escolar', 1.5], ['falar mal de mim', 1], ['uwabaki', 1.5], ['chugakko', 1.5], ['falto aula', 1],
     
      // first years: twins, weaning, teething, prenatal care
      ['gêmeos', 1.5], ['trigêmeos', 1.5], ['papinha', 1.5], ['introdução alimentar', 2], ['nascer os dentes', 1.5], ['puericultura', 2],
      // Bullying at school (a galera zoa).
      ['a galera zoa', 1.5], ['me zoam', 1.5], ['zoam de mim', 1.5], ['sofro bullying', 2], ['aula de educação física', 0.7],
      ['母子手帳', 2], ['boshi techo', 2], ['児童手当', 2], // Japanese words residents type as they are
      ['videogame', 1], ['video game', 1], ['joguinho', 1], ['jogo de tiro', 1.5],
      ['material escolar', 1],
      // «bebe» is also «(he) drinks» once accents fold: a baby is named with an article or a possessive
      ['filho', 0.3], ['filha', 0.3], ['filhos', 0.7], ['criança', 1], ['crianças', 1], ['o bebê', 1.5], ['um bebê', 1.5], ['meu bebê', 1.5], ['minha bebê', 1.5], ['do bebê', 1.5], ['da bebê', 1.5], ['no bebê', 1.5], ['pro bebê', 1.5], ['ao bebê', 1.5], ['bebê de$', 1.5], ['bebês', 1.5], ['bebezinho', 1.5], ['bebezinha', 1.5], ['grávida', 2],
      ['gravidez', 2], ['pré natal', 2], ['pre natal', 2], ['creche', 2], ['escola', 0.7], ['não quer ir para a escola', 2],
      ['bullying', 1.5], ['parto', 2], ['amamenta', 2],
      ['hoikuen', 2], ['houkago', 1], ['gakudo', 2], ['chuugakkou', 1], ['shougakkou', 1], ['aluno', 1], ['aluna', 1], ['nenê', 1.5], ['neném', 1.5],
      ['dois filhos', 0.8], ['2 filhos', 0.8], ['três filhos', 0.8], ['3 filhos', 0.8], ['duas crianças', 0.8], ['2 crianças', 0.8], ['três crianças', 0.8], ['3 crianças', 0.8], ['duas filhas', 0.8], ['2 filhas', 0.8], ['filhos pequenos', 1.5], ['criança pequena', 1.5], ['estou grávida', 2], ['tô grávida', 2], ['to grávida', 2], ['semanas de gravidez', 2], ['boshi techo', 2], ['boshi techou', 2], ['pediatra', 0.5], ['berçário', 2], ['reunião de pais', 1.5], ['escola do meu filho', 1.5], ['escola da minha filha', 1.5],
      ['abort', 2], ...Array.from({ length: 37 }, (_, i) => [[`tô com ${i + 4} semanas`, 1.5], [`estou com ${i + 4} semanas`, 1.5]] as const).flat(),
    ],
    youth: [
      ['abrigo de menores', 1.5], ['orfanato', 1.5], ['casa de acolhimento', 1.5],
      // still students (a pregnancy or money trouble while at school or university)
      ['ainda estudante', 1], ['ainda somos estudantes', 1], ['os dois estudantes', 1], ['ainda na faculdade', 1],
      ['jovem', 2], ['jovens', 2], ['adolescente', 1], ['nem trabalha nem estuda', 2], ['faculdade', 1], ['tenho 20 anos', 1], ['de 20 anos', 1], ['com 20 anos', 1], ['20 anos de idade', 1], ['futuro', 0.5],
      ...Array.from({ length: 19 }, (_, i) => [`tenho ${16 + i}$`, 1] as const), ...Array.from({ length: 19 }, (_, i) => [`tô com ${16 + i}$`, 1] as const), ...Array.from({ length: 19 }, (_, i) => [`to com ${16 + i}$`, 1] as const),
      ...Array.from({ length: 12 }, (_, i) => [`${18 + i} anos`, 0.5] as const),
      ['universidade', 1], ['universitári', 1.5], ['estudante', 0.7], ['senmon', 0.7], ['primeiro emprego', 1.5], ['procurando emprego', 0.7], ['entrevista de emprego', 1], ['carreira', 1], ['sem rumo', 1.5], ['perdido na vida', 1.5], ['perdida na vida', 1.5], ['da minha vida', 0.5],
      ['arubaito', 0.7], ['baito', 0.5], ['morar sozinh', 0.7], ['morando sozinh', 0.7], ['meus amigos', 0.5], ['minha idade', 1],
      ['koukou', 1], ['vestibular', 1.5], ['kousotsu', 1.5], ['intercambista', 2], ['mestrado', 1.5], ['bolsa de estudo', 1.5], ['não sei o que fazer da vida', 1.5], ['voltar a estudar', 1.5], ['teiji', 1.5], ['emprego de verdade', 1],
    ],
    women: [
      // a boss's advances
      ['me chamou pra sair', 1], ['me chamou para sair', 1], ['chefe...me chamou pra sair', 1.5], ['chefe...me chamou para sair', 1.5],
      ['agressões', 1.5], ['agressão do', 1.5], ['agressão de', 1.5],
      // harassment at work by a man: remarks about her body, pressing her to go out
      ['piada sobre o meu corpo', 1.5], ['piadas sobre o meu corpo', 1.5], ['piada sobre meu corpo', 1.5], ['insistiu pra eu sair com ele', 1.5],
      // A father or stepfather beating the mother; a partner controlling food and weight.
      ['socando minha mãe', 2], ['batendo na minha mãe', 2], ['bate na minha mãe', 1.5], ['bater na minha mãe', 1.5], ['controla tudo q eu', 1.5], ['controla tudo que eu', 1.5], ['me chama de gorda', 1],
      // a woman shouted at or put down by her husband's mother
      ['sogra...grita', 1.5], ['sogra...xinga', 1.5], ['sogra...humilha', 1.5], ['sogra...maltrata', 1.5],
      ['violência doméstica', 2], ['marido', 0.3], ['namorado', 1], ['me humilha', 2], ['controla', 1.5], ['me xinga', 2],
      ['grita comigo', 2], ['ciúmes', 1], ['assédio', 2], ['abuso sexual', 2], ['mulher', 0.5], ['me bate', 1], ['ex marido', 1],
      ['me controla', 2], ['controla tudo', 2], ['fica com meu salário', 2], ['pega meu salário', 2], ['pega todo meu salário', 2], ['controla meu dinheiro', 2], ['mostrar a nota', 1], ['pedir dinheiro pra ele', 1.5], ['olha meu celular', 1.5], ['não me deixa', 1], ['relacionamento abusivo', 2], ['abusivo', 1.5], ['passa a mão', 2], ['me chamando de', 1.5], ['ex não para', 1.5], ['perseguindo', 1.5], ['me segue', 1.5], ['sabe onde eu moro', 1.5], ['abrigo pra mulher', 2], ['casa abrigo', 2], ['me ameaça', 1.5], ['violento', 1.5], ['me dá dinheiro', 1], ['no nome dele', 1], ['stalker', 2], ['perseguição', 2],
    ],
    livelihood: [
      // child support that does not come
      ['não paga pensão', 1], ['pensão nenhuma', 1], ['não manda pensão', 1], ['parou de pagar pensão', 1],
      ['como vou me manter', 2], ['me sustentar', 1.5],
      // job openings (vagas) for disabled people
      ['vaga pra pessoa', 1.5], ['vagas pra pessoa', 1.5], ['vaga para pessoa', 1.5], ['vagas para pessoa', 1.5],
      // benefit cut; bills one can barely pay
      ['cortou o auxílio', 2], ['cortaram o auxílio', 2], ['cortaram o benefício', 2], ['mal pago', 1], ['mal consigo pagar', 1.5],
      // a job under threat
      ['mandar embora', 1.5], ['ameaçou demitir', 1.5], ['vai ser demitido', 1.5], ['vai ser demitida', 1.5],
      // money gone at once (gambling, a bad bet), arrears, collectors and food
      ['perdi tudo...pachinko', 1.5], ['perdeu tudo...pachinko', 1.5], ['perdi tudo...aposta', 1.5], ['perdeu tudo...aposta', 1.5], ['perdi tudo...cassino', 1.5], ['perdeu tudo...cassino', 1.5], ['perdi tudo...bet', 1.5], ['perdi todo o dinheiro', 2], ['perdeu todo o salário', 2], ['perdi todo o salário', 2], ['torrou', 1], ['gastou todo o salário', 2], ['não tenho como pagar', 2], ['atrasado com multa', 1.5], ['imposto atrasado', 1.5], ['juminzei', 1], ['parcelar', 1.5], ['cobrança', 1], ['banco de alimentos', 2], ['sem nada em casa', 1.5],
      ['bico$', 0.7], ['bicos$', 0.7],
      ['aposentadoria pequena', 1.5], ['aposentadoria baixa', 1.5], ['seguro saúde atrasad', 1.5], ['valor em vermelho', 1],
      // Odd jobs (bico) and scraping by.
      ['bico', 1], ['só acho bico', 1.5], ['tô liso', 1.5], ['to liso', 1.5], ['tô duro', 1],
      // shifts and openings: a job said in a word («turno da noite», «tem vaga de dia?»)
      ['turno da noite', 1.5], ['turno de noite', 1.5], ['turno do dia', 1.5], ['turno de dia', 1.5], ['vaga de emprego', 2], ['vaga de dia', 1.5], ['vaga de trabalho', 2], ['trabalho de dia', 1],
      ['não tenho hoken', 1.5], ['perdi...mil', 1.5], ['já perdi', 1], ['meu banco', 0.7], ['dívida no cartão', 2], ['sem hoken', 1.5], ['não tenho seguro', 1.5],
      ['bolsa para', 1], ['material escolar', 0.5],
      ['não tenho mais dinheiro', 1.5],
      ['mais barato', 1], ['caro$', 0.5],
      ['não dá pra pagar', 1.5], ['nao da pra pagar', 1.5], ['não dá para pagar', 1.5], ['cortaram minhas horas', 2], ['cortaram as horas', 2], ['salário atrasado', 2],
      ['dinheiro', 1], ['sem dinheiro', 1.5], ['não tenho dinheiro', 1.5], ['dívida', 2], ['dívidas', 2], ['demitido', 2],
      ['demitida', 2], ['perdi o emprego', 2], ['desempregad', 2], ['sem emprego', 2], ['sem trabalho', 2], ['salário', 1],
      ['contas', 1], ['não consigo pagar', 1.5], ['fome', 0.7], ['comida', 0.5], ['renda', 1.5],
      ['pobreza', 2], ['empréstimo', 1], ['não consigo trabalhar', 1],
      ['grana', 1], ['sem grana', 1.5], ['não pagou', 1], ['sem receber', 1.5], ['mandou embora', 2], ['mandaram embora', 2], ['fui cortado', 2], ['fui cortada', 2], ['perdi o trabalho', 2], ['fiquei sem trabalho', 2], ['desemprego', 2], ['hello work', 1.5], ['ハローワーク', 2],
      ['seikatsu hogo', 2], ['生活保護', 2], ['auxílio', 1], ['ajuda financeira', 2], ['benefício', 1], ['subsídio', 0.5], ['ganho pouco', 2], ['ganha pouco', 2], ['o que sobra', 0.7], ['conta de luz', 1.5], ['conta de gás', 1.5], ['cortaram a luz', 2], ['cartão de crédito', 1], ['fatura', 1], ['parcela', 1],
      ['falência', 2], ['falido', 2], ['passando fome', 2], ['sem comida', 1.5], ['cesta básica', 2], ['ienes', 0.5], ['empreiteira', 0.7], ['haken', 0.7], ['agiota', 1],
      ['cortar o gás', 2], ['cortaram o gás', 2], ['cortar a água', 2], ['kokuho', 1], ['kokumin hoken', 0.5], ['juuminzei', 1.5], ['juminzei', 1.5], ['não fecha o mês', 2], ['dinheiro acabou', 2], ['não tenho nem pra', 1.5], ['não tenho pra pagar', 1.5], ['achar trabalho', 1.5], ['procurar trabalho', 1.5], ['arrumar emprego', 1.5], ['perd...emprego', 1.5], ['economizar', 1], ['pular refeição', 1.5], ['paga pouco', 1.5], ['geladeira...vazia', 2], ['sashiosae', 2], ['ajuda pra pagar', 1], ['koyou hoken', 1.5], ['seguro desemprego', 2], ['sem dinheiro pr', 1.5],
      ['não posso trabalhar', 1.5], ['sem poder trabalhar', 1.5], ['não dá pra nada', 1.5], ['não dá para nada', 1.5], ['foi mandado embora', 2], ['fui mandado embora', 2], ['fui mandada embora', 2], ['me demitiu', 2], ['me demitiram', 2], ['perdeu o emprego', 2], ['ficou desempregad', 2], ['devendo', 1.5], ['dívida de jogo', 1.5], ['não tem comida', 1],
      ['perdi...man$', 1.5], ['não paga as horas', 1.5], ['não paga o salário', 2], ['não pagou o salário', 2], ['não paga hora extra', 1], ['hora extra...não paga', 1.5], ['não pagou as horas', 1.5], ['ajudar com as contas', 1.5], ['procurar emprego', 1.5], ['conseguir emprego', 1.5], ['entrevista de emprego', 1], ['perdi o serviço', 2], ['perdeu o serviço', 2], ['sem serviço', 2], ['conta do hospital', 1.5], ['conta de hospital', 1.5],
    ],
    housing: [
      // noise from the flat next door, the building's rules and its manager
      ['regra de horário', 1.5], ['regras do prédio', 1.5], ['regra...prédio', 1], ['síndico', 1.5], ['administradora', 1], ['apê do lado', 1], ['apartamento do lado', 1], ['vizinho de cima', 1], ['área comum', 1.5], ['último volume', 1],
      ['devolvo a chave', 1], ['devolver a chave', 1], ['entregar a chave', 1], ['entrego a chave', 1],
      ['morador de rua', 2], ['morando na rua', 2], ['dormindo no parque', 2], ['dormindo na estação', 2], ['moradia temporária', 2],
      // noisy neighbours
      ['vizinho...barulho', 1], ['barulho...vizinho', 1],
      ['morando no carro', 1.5], ['dormindo no carro', 1.5],
      ['onde vou morar', 2],
      // a house left empty after a death or a move
      ['casa abandonada', 1.5],
      ['shiei jutaku', 2], ['kenei jutaku', 2], ['kenei juutaku', 2], ['toei jutaku', 2],
      ['家賃', 2], ['yachin', 2], // Japanese words residents type as they are
      ['aluguel', 2], ['dono do apartamento', 2], ['proprietário', 1.5], ['despejad', 2], ['despejo', 2], ['onde morar', 2],
      ['sem casa', 2], ['moradia', 2], ['temos que sair', 1.5], ['tenho que sair', 1.5], ['morar na rua', 2], ['apartamento', 0.5],
      ['apê$', 0.5], ['apato', 1.5], ['apaato', 1.5], ['imobiliária', 2], ['fudousan', 2], ['fudosan', 2], ['不動産', 2], ['ooya', 2], ['dono do apê', 2], ['senhorio', 2], ['shikikin', 1.5], ['reikin', 2], ['hoshounin', 2], ['hoshonin', 2], ['fiador', 2],
      ['mudar de casa', 1.5], ['mudança', 0.5], ['preciso me mudar', 1.5], ['tenho que me mudar', 1.5], ['me mudar', 1], ['sair do apartamento', 1.5], ['mandou eu sair', 1.5], ['abrigo', 2], ['sem teto', 2], ['dormindo no carro', 2], ['dormir no carro', 2], ['dormindo na rua', 2], ['net café', 1.5], ['manga kissa', 1.5],
      ['lugar pra morar', 2], ['lugar para morar', 2], ['onde ficar', 1.5], ['morando de favor', 2], ['danchi', 0.9], ['toei', 2], ['habitação', 2], ['share house', 1.5], ['alojamento', 1.5], ['mofo', 1.5], ['goteira', 1.5], ['vazamento', 1], ['vizinho de cima', 1], ['sem elevador', 1.5], ['administradora', 1.5], ['kanri', 1.5],
      ['aluguel atrasado', 2], ['lugar mais barato', 1.5], ['renovar o contrato', 1.5], ['não vai renovar', 1], ['pra onde ir', 1.5], ['para onde ir', 1.5], ['casa de amigo', 1], ['expulsou de casa', 2], ['ninguém aluga', 2], ['alugar', 1.5], ['aluga$', 1.5], ['apartamento da empresa', 2], ['procurar casa', 2],
      ['sair da casa', 1.5], ['saia da casa', 1.5], ['sair do apê', 1.5], ['não acho outro lugar', 1.5], ['não acho lugar', 1.5], ['onde dormir', 2],
    ],
    mental_health: [
      ['desenha túmulo', 1.5], ['se eu vou morrer também', 1.5], ['vazio por dentro', 1.5],
      // hearing voices, talking alone; crying all the time after an old hurt
      ['ouve vozes', 2], ['ouvindo vozes', 2], ['escuta vozes', 2], ['falando sozinho', 1.5], ['falando sozinha', 1.5], ['chora muito', 1.5], ['chorando muito', 1.5], ['conversar com alguém', 0.7],
      // Eating-disorder and body-image slang.
      ['vomito depois de comer', 2], ['vomitar depois de comer', 2], ['n como direito', 1], ['não como direito', 1], ['não consigo comer', 1], ['bulimia', 2], ['anorexia', 2], ['vergonha do meu corpo', 1.5], ['bad vibe', 0.5], ['tô na bad', 1.5], ['to na bad', 1.5],
      // a family member on drugs
      ['usa droga', 1.5], ['usando droga', 1.5], ['usa drogas', 1.5], ['usando drogas', 1.5], ['drogado', 1.5], ['cheira cocaína', 1.5], ['fuma crack', 1.5],
      ['depressão', 2], ['depressivo', 2], ['cassino', 1], ['jogo do bicho', 1], ['caça-níqueis', 1.5], ['caça níqueis', 1.5], ['ouço vozes', 2], ['ouvindo vozes', 2], ['escuto vozes', 2], ['acumulador', 1.5], ['acumuladora', 1.5], ['ansiedade', 2], ['não consigo dormir', 1], ['insônia', 1.5], ['triste', 1],
      ['angústia', 1.5], ['pânico', 2], ['psiquiatra', 1.5], ['psicólogo', 1.5], ['chorando', 0.7], ['estresse', 1],
      ['deprimid', 2], ['ansios', 1.5], ['choro', 1], ['chorar', 1], ['não aguento mais', 1.5], ['esgotamento', 1.5], ['burnout', 2], ['estressad', 1.5], ['cansaço mental', 2], ['sem vontade', 1], ['desanimad', 1.5], ['vazio', 1], ['me sinto culpad', 1],
      ['perdi a cabeça', 1], ['perco a paciência', 1], ['perder o controle', 1.5], ['taquicardia', 1], ['não durmo', 1], ['pesadelo', 1], ['trauma', 2], ['bebendo', 1], ['bebida', 1], ['vício', 2], ['viciad', 2], ['pachinko', 1.5], ['apostas', 1.5], ['terapia', 0.5], ['terapeuta', 1.5], ['saúde mental', 2],
      ['sem esperança', 1.5], ['desesper', 1.5], ['ficando louca', 1], ['ficando louco', 1], ['surtando', 1.5], ['surto', 1.5],
      ['sem ânimo', 1.5], ['remédio pra dormir', 1.5], ['dorme mal', 1], ['durmo mal', 1], ['parou de dormir', 1.5], ['não come', 0.7], ['odeia a vida', 1.5], ['se isolando', 1], ['nervosa', 0.7], ['nervoso', 0.7], ['no limite', 1], ['um caco', 1.5], ['falar sozinho', 1], ['rir do nada', 1.5], ['só chora', 1], ['tenho pena', 0.5], ['esquizofreni', 1.5], ['bipolar', 2], ['parou o remédio', 0.7], ['parou de tomar o remédio', 0.7], ['parou a medicação', 0.7], ['não quer tomar o remédio', 0.7], ['em surto', 2], ['crise psicótica', 2],
      ['sem dormir', 1.5], ['bebo todo dia', 1.5], ['pra conseguir dormir', 1.5], ['me sinto um lixo', 2], ['preciso falar com alguém', 1], ['ouve vozes', 2], ['ouço vozes', 2], ['não tenho força', 1.5], ['não consigo levantar', 1.5], ['sair da cama', 1.5], ['não sai da cama', 1.5], ['coração dispara', 1], ['aposta', 1.5], ['tigrinho', 2], ['sem paciência', 1], ['luto', 1.5], ['nuvem preta', 1.5], ['não tenho vontade', 1.5], ['vontade de nada', 1.5], ['deprê', 1.5],
      ['desabei', 1.5], ['esgotad', 1.5], ['vício em jogo', 2], ['viciado em jogo', 2], ['dívida de jogo', 1.5], ['aposta online', 1.5], ['bebe todo dia', 1.5], ['bebendo todo dia', 1.5], ['bebendo...toda noite', 1.5], ['bebo...toda noite', 1.5], ['bebendo demais', 1.5],
      // Habits that took over: betting apps and slots, drink every day, quitting, shopping that will not stop, cigarettes.
      ['parar de jogar', 2], ['largar o jogo', 2], ['jogadores anônimos', 2], ['alcoólicos anônimos', 2], ['bet$', 1.5], ['bets$', 1.5], ['tigrinho', 2], ['jogo do tigre', 2], ['cassino online', 1.5], ['caça níquel', 1.5], ['raspadinha', 1], ['loteria', 0.7],
      ['bebe todo dia', 1.5], ['bebendo todo dia', 1.5], ['bebe todas as noites', 1.5], ['bebe toda noite', 1.5], ['bêbado todo dia', 1.5], ['cachaça', 1], ['pinga$', 1], ['ajuda pra bebida', 2], ['ajuda para a bebida', 2], ['parar de beber', 2], ['largar a bebida', 2], ['esconde...garrafa', 2], ['garrafas escondidas', 2], ['alcoólatra', 2], ['alcoolismo', 2],
      ['compras compulsivas', 2], ['compulsão', 2], ['não consigo parar de comprar', 2], ['não para de comprar', 2], ['parar de fumar', 1],
    ],
    hikikomori: [
      // years without leaving the bedroom, meals left at the door
      ['sem sair do quarto', 1.5], ['comida na porta', 1.5], ['trancado no quarto', 1.5],
      ['não sai do quarto', 2], ['não sai de casa', 2], ['trancado no quarto', 2], ['trancada no quarto', 2], ['fica trancad', 2], ['isolado no quarto', 2],
      ['não saio de casa', 2], ['não saio', 0.7], ['nunca mais saiu', 2], ['não sai$', 1], ['só sai de madrugada', 2], ['sai de madrugada', 1.5], ['saio de madrugada', 1.5], ['vive no quarto', 2], ['vivo no quarto', 2], ['passa o dia no quarto', 2], ['passo o dia no quarto', 2], ['fica no quarto', 1.5], ['fico no quarto', 1.5],
      ['fico em casa', 1], ['fica em casa', 1], ['fico só em casa', 1.5], ['trancado em casa', 2], ['trancada em casa', 2], ['pé na rua', 1.5], ['não trabalha nem estuda', 2], ['não trabalho não estudo', 2], ['não trabalha nem sai', 2], ['hikikomori', 2], ['ひきこもり', 2], ['recluso', 2], ['reclusa', 2],
    ],
    single_parent: [
      // raising children alone, the children counted between
      ['criando...sozinh', 2], ['crio...sozinh', 2],
      // a father gone who sends nothing
      ['não manda dinheiro', 1.5], ['não manda um iene', 1.5],
     
      // pregnant and left by the partner: to give birth and raise the child alone
      ['ter o bebê sozinha', 1.5], ['criar o bebê sozinha', 1.5], ['criar sozinha', 1.5],
      ['mãe solteira', 2], ['pai solteiro', 2], ['mãe solo', 2], ['sozinha com', 1], ['divórcio', 0.4], ['separad', 1], ['pensão alimentícia', 2],
      ['mãe sozinha', 2], ['pai sozinho', 2], ['pai solo', 2], ['criando sozinh', 2], ['crio sozinh', 2], ['viúva', 1], ['viúvo', 0.5], ['me separei', 1.5], ['separação', 1.5], ['divorci', 0.4], ['meu ex$', 0.5], ['minha ex$', 0.5], ['ex mulher', 1], ['ex esposa', 1], ['pai dos meus filhos', 1.5],
      ['a guarda', 0.7], ['guarda d', 0.7], ['guarda dos filhos', 2], ['guarda compartilhada', 2], ['pensão', 1], ['jido fuyo', 2], ['jidou fuyou', 2], ['fuyo teate', 2], ['hitori oya', 2], ['ひとり親', 2], ['児童扶養手当', 2], ['casa do pai', 1], ['casa da mãe', 0.5],
      ['crio nossos', 1], ['sozinho com as crianças', 2], ['sozinha com as crianças', 2], ['sozinho com os filhos', 2], ['sozinha com os filhos', 2], ['minha esposa faleceu', 0.7], ['meu marido faleceu', 0.7], ['meu marido morreu', 0.7], ['minha esposa morreu', 0.7], ['pensão do pai', 1.5], ['não paga pensão', 2]
    ],
    carer: [
      // a child interpreting for parents or minding a family member
      ['traduzo tudo', 1.5], ['traduzo pros meus pais', 1.5], ['cuido do meu irmão', 1], ['eu q fico com', 1],
     
      // a carer who works shifts, nobody to stay with the person
      ['trabalho e cuido', 2], ['trabalhar e cuidar', 2], ['ninguém pra ficar com', 1.5], ['ninguém para ficar com', 1.5], ['ninguém pra olhar', 1.5], ['ninguém para olhar', 1.5],
      ['cuido da', 1.5], ['cuido do', 1.5], ['cuidando da', 1.5], ['cuidando do', 1.5], ['precisa de cuidados', 0.5], ['exausta', 0.5], ['exausto', 0.5],
      ['cuidar da mãe', 2], ['cuidar do pai', 2], ['cuidar da minha mãe', 2], ['cuidar do meu pai', 2], ['cuidar da minha sogra', 2], ['cuidar do meu sogro', 2], ['cuidar da minha esposa', 2], ['cuidar do meu marido', 2], ['cuidar da vó', 2], ['cuidar do vô', 2], ['cuidar da minha avó', 2], ['cuidar do meu avô', 2],
      ['cuidar dele', 1], ['cuidar dela', 1], ['cuido dele', 1.5], ['cuido dela', 1.5], ['cuida da mãe', 1.5], ['cuida do pai', 1.5], ['cuida dele', 1], ['cuida dela', 1], ['cuido sozinh', 1.5], ['quem cuida', 1.5], ['cuidadora', 1.5], ['cuidador', 1.5],
      ['pra cuidar', 1], ['para cuidar', 1], ['cansada de cuidar', 2], ['cansado de cuidar', 2], ['short stay', 0.3], ['dou banho', 1], ['ajuda pra tomar banho', 1.5], ['ajuda para tomar banho', 1.5], ['ajuda no banho', 1.5], ['ajudar...tomar banho', 1.5], ['dar banho nel', 1.5], ['trocar fralda', 1], ['troco fralda', 1], ['fralda', 0.5], ['folga', 0.5], ['respiro', 0.7],
      ['kaigo kyuka', 2], ['kaigo kyugyo', 2], ['young carer', 2], ['jovem cuidador', 2], ['esgotada', 0.7], ['esgotado', 0.7], ['sobrecarregad', 1], ['não dou conta', 1], ['helper', 1], ['herupa', 1], ['acamad', 0.5],
      ['cuidar sozinh', 1.5], ['cuidar dos outros', 1.5], ['quem cuida de quem cuida', 2], ['tudo nas minhas costas', 2], ['sou eu que levo', 1.5], ['sou eu que cuido', 2], ['eu que cuido', 2], ['faço tudo', 1.5], ['ficar com minha mãe', 1], ['não tenho mais vida', 1.5], ['cuida do irmão', 1.5],
      ['tenho que cuidar', 1], ['não aguento mais de sono', 1.5], ['só tem eu', 1], ['além de mim', 1.5]
    ],
    rights: [
      // told a foreign contract worker has no right to it; a boss who punishes a refusal with the worst shifts (pass K, 17th session)
      ['não tem direito', 1.5], ['não temos direito', 1.5], ['temos direito', 1.5], ['tenho direito', 1.5], ['piores turnos', 1.5], ['piores horários', 1.5], ['cortou meus turnos', 1.5], ['cortaram meus turnos', 1.5], ['tirou meus turnos', 1.5],
      ['chefe...me chamou pra sair', 1.5], ['chefe...me chamou para sair', 1.5], ['chefe...mensagem de madrugada', 1], ['chefe...mensagens de madrugada', 1],
      // a man at the door selling repairs to an older person
      ['oferecendo conserto', 1.5], ['conserto do telhado', 1.5], ['bateu na porta oferecendo', 2], ['vendedor de porta', 1.5], ['de porta em porta', 1.5],
      // a relative taking or using a parent's money, account, pension or property, or making them sign
      ['mandam ela assinar', 1.5], ['mandaram ela assinar', 1.5], ['fizeram ela assinar', 1.5],
      ['ficar com a herança', 1.5], ['herança toda', 1.5], ['briga pela herança', 2],
      ['conta pessoal', 1.5],
      // a boss or foreman touching a worker (sexual harm at work: women, and rights)
      ['chefe...mão em mim', 1.5], ['chefe...me toca', 1.5], ['chefe...me tocou', 1.5], ['chefe...me agarr', 2], ['encarregado...mão em mim', 1.5], ['encarregado...me toca', 1.5], ['encarregado...me tocou', 1.5], ['assédio no trabalho', 2], ['assédio na fábrica', 2],
      // labour law in Portuguese; is it allowed; a boss who humiliates
      ['trabalhista', 2], ['é permitido', 1], ['chefe...humilha', 1.5], ['sem folga', 1], ['grávida...dispens', 1.5], ['dispens...grávida', 1.5],
      // a manager who does not pay a part-timer
      ['não me pagou', 1.5], ['paga depois', 1],
     ['que foi em casa', 2], ['não dar rosai', 2], ['pra não...rosai', 2], ['esconder o acidente', 2], 
      // a work injury the employer hides (told to say it happened at home)
      ['acidente em casa', 1.5], ['esconder o acidente', 2], ['não deixa usar o rousai', 2],
      // interest beyond the law and the pay-first scams
      ['juros...legal', 2], ['juros abusivos', 2], ['ganhou um prêmio', 1.5], ['ganhei um prêmio', 1], ['cartão presente', 1.5], ['gift card', 1.5], ['não chegou nada', 1.5], ['paguei...não chegou', 1.5], ['comprei...não chegou', 1.5], ['nunca assinei', 1.5], ['nunca comprei', 1.5], ['dívida que não fiz', 2], ['dívida que eu não fiz', 2],
      ['chefe não deixa', 1],
      // Investment scams on social media.
      ['golpe de investimento', 2], ['golpe no insta', 2], ['caí num golpe', 2],
      // wages not paid (a rights matter beside the money)
      ['salário atrasado', 1.5], ['não pagaram o salário', 1.5], ['não pagou o salário', 1.5], ['salário...não pag', 1.5],
      ['有給', 1.5], ['yukyu', 1.5], ['yuukyuu', 1.5], // Japanese words residents type as they are
      // contributions an employer or agency never paid; a pension drawn by a relative
      ['nunca pagaram', 1.5], ['nunca recolheu', 1.5], ['não recolheu', 1.5], ['não recolheram', 1.5], ['sacando...aposentadoria', 1.5], ['sacando...pensão', 1.5], ['sacando o dinheiro', 1.5], ['pegando...aposentadoria', 1.5], ['gastando a aposentadoria', 1.5],
      ['golpe', 2], ['enganad', 2], ['pegando o dinheiro', 2], ['pegando dinheiro', 2], ['dinheiro sumindo', 1.5], ['some todo mês', 1.5], ['fraude', 2], ['tutela', 2], ['curatela', 2], ['economias', 0.5], ['contrato', 0.7], ['discriminação', 1.5],
      ['hora extra', 1.5], ['horas extras', 1.5], ['assédio moral', 2], ['pawahara', 2], ['power hara', 2], ['パワハラ', 2], ['discrimina', 1.5], ['racismo', 1.5], ['preconceito', 1.5], ['tratam diferente', 1.5], ['injust', 1],
      ['direitos', 1.5], ['meus direitos', 2], ['advogado', 1.5], ['processar', 1.5], ['ilegal', 1.5], ['é obrigatório', 0.7], ['assinou', 1], ['assinar', 0.7], ['me fizeram assinar', 2], ['vendedor', 1], ['golpista', 2], ['agiota', 2], ['juros', 1],
      ['no meu nome', 0.7], ['cartão do banco', 1], ['sacar o dinheiro', 1.5], ['pegar o dinheiro', 1], ['pega o dinheiro', 1], ['administra o dinheiro', 2], ['cuidar do dinheiro', 2], ['seinen koken', 2], ['seinen kouken', 2], ['koken', 2], ['kouken', 2], ['成年後見', 2], ['tutor$', 1.5], ['curador', 2],
      ['procuração', 1.5], ['herança', 0.7], ['testamento', 1], ['não devolve', 1], ['cobraram', 1], ['cobrança indevida', 2], ['rousai', 1.5], ['acidente de trabalho', 1.5], ['sem aviso', 1], ['justa causa', 1.5], ['sem receber', 1], ['maus tratos', 1.5], ['se aproveitar', 1.5],
      ['deve...ienes', 1], ['não pode ir embora', 1.5], ['descont', 0.7], ['taxa de', 0.7], ['nunca foram combinad', 1.5], ['cobrou', 0.7], ['yuukyuu', 1.5], ['férias pagas', 1.5], ['salário não pago', 2], ['atrasa o salário', 1.5], ['dinheiro emprestado', 1], ['leva o dinheiro', 1.5], ['pedindo dinheiro', 1], ['não dá dinheiro', 1], ['cripto', 1.5], ['não consigo sacar', 1.5], ['pirâmide', 1.5], ['hematoma', 0.7],
      ['não pagaram', 1.5], ['sumiram com o dinheiro', 2], ['sumiu com o dinheiro', 2], ['usando meu nome', 2], ['cancelar', 1], ['tirando dinheiro', 2], ['pega a aposentadoria', 2], ['fica com parte', 1.5], ['abaixo do mínimo', 2], ['fingindo ser', 2], ['se passando por', 2], ['senha do cartão', 2], ['dados do cartão', 1.5], ['segurando meu passaporte', 2], ['empréstimo no nome', 2], ['mandando dinheiro', 1.5], ['vontade própria', 1.5], ['assinar contrato', 1.5],
      ['não paga as horas', 2], ['não pagam', 1], ['nem pagam', 1], ['assédio sexual', 2], ['me mandar embora', 1], ['ameaça me demitir', 1.5], ['gritando com os idosos', 2], ['maus-tratos', 1.5], ['não tem esse direito', 2], ['recusam', 1], ['não aceitam estrangeiro', 2], ['por ser estrangeir', 2], ['porque sou estrangeir', 2], ['administrar o dinheiro', 2], ['administrar a conta', 2],
      // a boss, a supervisor or a senior who shouts at, insults, threatens or hits a worker; dismissed for a pregnancy
      ...['chefe', 'gerente', 'supervisor', 'encarregad', 'líder', 'lider', 'hancho', 'senpai', 'patrão', 'patroa', 'tenchou'].flatMap((who) => ['grita', 'gritou', 'gritando', 'xinga', 'xingou', 'humilha', 'humilhou', 'bate', 'bateu', 'empurr', 'ameaç', 'assedi', 'chama de', 'chamou de', 'me chamam', 'passa a mão', 'dá tapa', 'deu tapa', 'chuta', 'chutou'].flatMap((what) => [[`${who}...${what}`, 1.5], [`${what}...${who}`, 1.5]] as const)),
      ['na frente de todo mundo', 1], ['na frente dos outros', 1], ['mandada embora...grávida', 1.5], ['demitida...grávida', 1.5], ['grávida...mandada embora', 1.5], ['grávida...demitida', 1.5], ['por estar grávida', 1.5], ['porque...grávida', 1], ['nunca pagou', 1], ['não pagou o shakai', 1.5], ['porque sou estrangeir', 1.5], ['porque estrangeiro', 1.5], ['por ser estrangeir', 1.5], ['preconceito', 1.5], ['administrar', 1], ['não tem esse direito', 1.5],
    ],
    isolation: [
      // nobody of one's own here
      ['não tem família aqui', 1], ['sem família aqui', 1], ['não tem ninguém aqui', 1],
      // new in the area, wanting company: a group to talk or play with
      ['novo no bairro', 1.5], ['nova no bairro', 1.5], ['novo na cidade', 1.5], ['nova na cidade', 1.5], ['grupo de conversa', 1.5], ['grupo de pacientes', 1.5], ['outros pacientes', 1.5], ['mesma doença', 1], ['achar uma turma', 1.5],
      ['cheia de lixo', 1.5], ['cheio de lixo', 1.5], ['acumula lixo', 1.5], ['acumulando lixo', 1.5], ['sair mais de casa', 1.5], ['clube da terceira idade', 2], ['grupo da terceira idade', 2],
      // no friend at all here
      ['nenhuma amiga', 2], ['não tenho amiga', 2], ['não tenho nenhuma amiga', 2], ['não tenho nenhum amigo', 2],
      ['não tenho amigos', 2], ['não tenho amigo', 2], ['não tenho ninguém', 2], ['sem ninguém', 1.5], ['não vê ninguém', 1.5], ['não vejo ninguém', 1.5], ['não falo com ninguém', 2], ['falar com alguém', 0.5], ['fazer amigos', 1.5], ['fazer amizade', 1.5], ['me sinto só', 2],
      ['isolad', 1.5], ['comunidade', 0.7], ['lugar pra ir', 1], ['lugar para ir', 1], ['espaço de convivência', 2], ['roda de conversa', 1.5], ['amizade', 1], ['ibasho', 1.5], ['居場所', 2], ['pararam de ligar', 1.5], ['ninguém visita', 1.5], ['ninguém liga', 1.5],
      ['não conheço uma alma', 2], ['sem família aqui', 1.5], ['não tenho família', 1], ['não tenho pra quem', 1.5], ['com quem conversar', 1.5], ['pra quem perguntar', 1], ['nenhum amigo', 2], ['amigo nenhum', 2], ['amiga nenhuma', 2], ['n tenho amigo', 2], ['n tenho ninguém', 2], ['só trabalho e casa', 1.5], ['só casa e trabalho', 1.5], ['amigos sumiram', 1.5], ['fico de fora', 1.5], ['ninguém fala comigo', 2], ['ninguém conversa comigo', 2],
      ['sem falar com ninguém', 2], ['encontro de brasileiros', 1.5], ['brasileiro se encontrando', 1.5], ['horta comunitária', 1.5], ['espaço pra mães', 1.5], ['conversar com adulto', 1.5], ['não atende mais', 0.5], ['os dias passam', 1], ['olhando pela janela', 1],
      ['não conheço ninguém', 2], ['saudade', 1],['sozinho', 0.5], ['sozinha', 0.5], ['solidão', 2], ['solitári', 2], ['sem amigos', 2], ['ninguém para conversar', 2], ['conversar', 0.5],
      ['sem falar com nenhum', 2], ['conhecer gente', 2], ['voluntariado', 1.5], ['bater papo', 1.5], ['conversar em português', 1.5], ['ninguém me chama', 2], ['grupo de mães', 1.5], ['um amigo de verdade', 1.5], ['companhia', 1.5], ['não tem ninguém', 1.5], ['não tem mais ninguém', 2], ['tédio', 0.5], ['sozinha demais', 2], ['com quem sair', 1.5], ['solitário', 2],
      ['não aceita ajuda', 1], ['ninguém vem', 1.5], ['ninguém aparece', 1.5], ['não tenho com quem', 1.5],
      ['ficou sozinha', 1], ['ficou sozinho', 1], ['não conheço ninguém', 2], ['sem amigos', 2], ['não tenho amigos', 2], ['não tenho ninguém', 2],
    ],
    multicultural: [
      ['atenda em português', 2], ['que fale português', 1.5],
      ['cinzas...brasil', 2], ['corpo...brasil', 1.5], ['explique em português', 2], ['fale português', 1.5], 
      // marrying a Japanese partner, a spouse visa
      ['japon...casar', 2], ['casar...japon', 2], ['japon...casamento', 1.5], ['casamento...japon', 1.5], ['casamento internacional', 2], ['visto de cônjuge', 2], ['visto de conjuge', 2],
      ['acabei de chegar', 1], ['recém chegad', 1.5], ['監理団体', 2], // new to Japan
      // papers in Japanese that cannot be read, a notice in Portuguese
      ['não consigo ler os papéis', 1.5], ['não consigo ler...japonês', 1.5], ['não consigo ler...kanji', 1.5], ['não consigo ler...carta', 1.5], ['não consigo ler os documentos', 1.5], ['não entendo os papéis', 1.5], ['não entendi nada do que falaram', 1.5], ['aviso em português', 1.5], ['tem em português', 1.5],
      ['curso de japonês a noite', 2], ['japonês a noite', 1.5], ['japonês à noite', 1.5], ['aprender japonês', 2], ['estudar japonês', 2],
      ['do brasil', 0.7], ['brasileir', 0.5], ['que fale português', 2], ['q fale português', 2], ['que falem português', 2], ['entendem o que eu falo', 1.5], ['entende o que eu falo', 1.5], ['entendem o que eu digo', 1.5], ['não falam português', 1.5], ['ninguém fala português', 1.5], ['halal', 1], ['curso de japonês', 2], ['aula de japonês', 2], ['escola de japonês', 1.5],
      ['japonês', 0.5], ['não falo japonês', 2], ['não entendo japonês', 2], ['intérprete', 2], ['tradução', 1.5], ['visto', 1.5],
      ['estrangeir', 1.5], ['imigração', 2], ['prefeitura', 0.3], ['documentos', 0.5],
      ['nihongo', 1.5], ['não entendo', 0.7], ['não leio japonês', 2], ['não sei ler', 1], ['kanji', 1], ['tradutor', 1.5], ['traduzir', 1.5], ['vim pro japão', 1.5], ['vim para o japão', 1.5], ['cheguei no japão', 1.5], ['cheguei ao japão', 1.5],
      ['zairyu', 2], ['residence card', 2], ['cartão de residente', 2], ['cartão de residência', 2], ['nyukan', 2], ['dekassegui', 2], ['decasségui', 2], ['nikkei', 1.5], ['voltar pro brasil', 1], ['escola brasileira', 1.5], ['escola japonesa', 1.5],
      ['kuyakusho', 0.5], ['shiyakusho', 1], ['区役所', 1], ['formulário', 0.7], ['papelada', 0.7], ['gaikokujin', 2], ['eijuu', 2], ['visto permanente', 2], ['naturaliz', 1.5], ['nacionalidade', 1.5], ['consulado', 1.5],
      ['fala português', 1.5], ['falava português', 1.5], ['fale português', 1.5], ['em português', 0.7], ['aula de português', 2], ['o português', 1], ['fala japonês', 1], ['ninguém...fala japonês', 1.5], ['ngm...fala japonês', 1.5], ['ninguém...fala japones', 1.5], ['nada de japonês', 2], ['não fala japonês', 2], ['não falo japonês', 2], ['fale japonês', 1.5], ['falar japonês', 1.5], ['em japonês', 1.5], ['meu japonês', 1.5], ['bem japonês', 1.5], ['japonês direito', 1],
      ['não entendi', 0.7], ['passaporte', 1], ['nissei', 1], ['issei', 1.5], ['sansei', 1.5], ['nyuukan', 2], ['juuminhyou', 0.5], ['traslado', 1.5], ['somos brasileiros', 1.5],
      ['tenkyo', 1.5], ['todoke', 0.5], ['traduz', 1], ['traduzo', 1], ['aprender japonês', 2], ['estudar japonês', 2], ['japonês da escola', 1.5],
      ['só falo português', 2], ['falo português', 1.5], ['só falo', 0.7], ['saudade do brasil', 1.5], ['lei no japão', 1.5], ['lei japonesa', 1.5], ['leis do japão', 1.5], ['visto de cônjuge', 2], ['visto vence', 2], ['visto venceu', 2], ['renovar o visto', 2],
    ],
    medical: [
      ['cuidados paliativos', 2], ['paliativ', 2], ['não reanimar', 2], ['não ressuscitar', 2], ['não ser reanimad', 2], ['testamento vital', 2], ['diretivas antecipadas', 2], ['hospice', 2], ['morrer em casa', 1.5],
      ['qual especialidade', 1.5], ['que médico procurar', 1.5], ['dor crônica', 1.5], ['dor na coluna', 1], ['dor nas costas', 1], ['não melhora', 0.7], ['insolação', 1.5], ['oxigênio', 1.5], ['vacina da gripe', 2], ['vacina contra gripe', 2], ['kenkou shindan', 1.5], ['kenko shindan', 1.5], ['byoin', 1.5], ['保険証', 1], ['hospital', 1.5], ['pré natal', 1], ['médico', 1], ['doente', 1], ['doença', 1], ['remédio', 1], ['tratamento', 1], ['consulta', 1], ['febre', 1], ['clínica', 1], ['plano de saúde', 1],
      ['câncer', 1.5], ['quimioterapia', 1.5], ['quimio$', 1.5], ['diabetes', 1.5], ['pressão alta', 1], ['fratura', 1.5], ['engessad', 1.5], ['antibiótico', 1.5], ['farmácia', 1], ['pediatra', 1.5], ['cirurgia', 1], ['internad', 1], ['alta do hospital', 1.5], ['diálise', 1.5], ['hemodiálise', 1.5], ['asma', 1], ['alergia', 1], ['dor nas costas', 1], ['machuquei', 0.7], ['avc$', 0.7], ['derrame', 0.7], ['fisioterapia', 1.5], ['fisioterapeuta', 1.5], ['fisio$', 1], ['reabilitação', 1.5], ['fonoaudiólog', 1], ['enfermeir', 0.5], ['seguro de saúde', 1.5], ['sem seguro', 1], ['kenkou hoken', 1.5], ['exame de sangue', 1.5], ['kenshin', 1], ['byouin', 1.5], ['病院', 1.5], ['pronto socorro', 1.5], ['posto de saúde', 1.5], ['saúde', 0.5], ['inalador', 1.5], ['insulina', 1.5], ['quebrei o braço', 1.5], ['quebrei a perna', 1.5], ['quebrei o pulso', 1.5], ['quebrou o braço', 1.5], ['quebrou a perna', 1.5], ['quebrou o pulso', 1.5], ['quebrou o quadril', 1.5], ['consulta médica', 1.5], ['enfermeira domiciliar', 1.5], ['visita médica', 1.5], ['aparelho pra respirar', 1.5], ['oxigênio', 1]],
  },
  crisis: {
    suicide: [
      // someone else's self-harm told in the present, the person named («minha filha se corta»: not a recipe's «como se corta»)
      'filha se corta', 'filho se corta', 'ela se corta', 'ele se corta', 'menina se corta', 'menino se corta', 'se corta escondid', 'se corta no braço', 'se corta nos braços',
      'se corta de novo', 'se automutila', 'se mutila', 'se machuca de propósito', 'se cortou de propósito', 'se cortou de novo', 'se cortou outra vez',
      // burning oneself on purpose (self-harm)
      'me queimei de propósito', 'me queimo de propósito', 'me queimar de propósito', 'me queimo com isqueiro', 'me queimo com cigarro', 'me queimei com isqueiro', 'me queimei com cigarro', 'queimar meu braço', 'queimo meu braço', 'queimei meu braço de propósito',
      'última mensagem', 'quando você ler isso', 'quando vocês lerem isso',
      'não vejo...saída', 'quero que tudo acabe', 'que tudo acabe',
      'quero...morrer', 'queria...morrer', 'pensando...morrer', 'penso...morte', 'vontade...morrer', 'quero...sumir', 'queria...sumir',
      'pensado...em morrer', 'penso em morrer', 'pensar em morrer',
      'motivo para viver', 'razão para viver', 'sumisse de vez', 'sumir de vez', 'deixar este mundo',
      'queria não ter nascido', 'não ter nascido', 'se eu não existisse', 'dar um fim', 'dar fim na minha vida',
      'se eu morresse', 'se eu morrer', 'eu morresse', 'se eu não existisse',
      'me cortado', 'me cortando', 'me machucar', 'me machucando', 'automutila',
      'carta de despedida', 'cartas de despedida', 'me despedir de todos', 'não quero mais viver', 'ninguém ia notar', 'ninguém ia sentir', 'se eu sumisse', 'quando eu não estiver', 'vou acabar com isso hoje', 'comprei uma corda', 'juntando remédios', 'pular da ponte',
      'vida é um inferno', 'vida virou um inferno',
      'melhor não estar aqui', 'não estar mais aqui', 'não estar aqui', 'sem mim', 'dormir e não acordar', 'não acordar mais', 'tomar todos os remédios', 'todos os comprimidos', 'não vejo saída', 'sem saída',
      'tirar a minha vida', 'me suicidar', 'acabar com a vida', 'não quero mais acordar', 'dormir para sempre', 'sumir do mundo', 'não vale a pena viver', 'quero desaparecer', 'melhor morto', 'melhor morta', 'pensando em morrer', 'vontade de sumir',
      'quero morrer', 'queria morrer', 'vontade de morrer', 'penso em me matar', 'vou me matar', 'quero me matar', 'vontade de me matar', 'pensando em me matar', 'suicídio', 'suicidar', 'sem sentido na vida',
      'sentido na vida', 'não aguento mais viver', 'queria sumir', 'quero sumir', 'desaparecer para sempre', 'acabar com tudo',
      'acabar com a minha vida', 'não quero mais viver', 'não quero viver', 'me cortar', 'tirar minha vida',
    ],
    child_abuse: [
      'bebê sozinho', 'deixa...sozinho o dia', 'crianças sozinhas', 'criança sozinha',
      'queima os filhos', 'queima a criança', 'queima o filho', 'queima a filha', 'com cigarro', 'padrasto...mexe',
      'marcas no corpo', 'manchas roxas', 'vai com fome', 'passa fome', 'mexe com a menina', 'abusa da',
      'meu pai me bate', 'minha mãe me bate', 'meus pais me batem', 'deixa as crianças sozinhas', 'não dá comida','espanca o filho', 'espanca a filha', 'bate no filho', 'bate na filha', 'bate nas crianças',
      // a parent hitting the writer's little brother or sister
      'bater no meu irmão', 'bater na minha irmã', 'bate no meu irmão', 'bate na minha irmã', 'batendo no meu irmão', 'batendo na minha irmã', 'bateu no meu irmão', 'bateu na minha irmã', 'bater no meu irmaozinho', 'bater na minha irmãzinha', 'maus tratos', 'maus-tratos', 'abuso infantil', 'criança abandonada', 'espanca...criança'],
    violence: [
      'me puxou pelo cabelo', 'me arrastou', 'me jogou no chão', 'me trancou', 'me empurrou', 'espalhar minhas fotos', 'fotos íntimas', 'vai me matar', 'vai matar eu', 'vai matar a gente', 'vai matar nós', 'que mata eu', 'me esganou', 'me enforcou',
      'me agride', 'me ameaça', 'apanho', 'apanhei', 'me empurrou', 'me machuca', 'me machucou', 'me estuprou', 'ameaça de morte','me bate', 'me bateu', 'me agrediu', 'agressão', 'me espancou', 'me matar', 'ameaçou', 'estupr', 'violência', 'me enforcou'],
    emergency: [
      'derrame', 'avc$',
      'não está acordando', 'caiu...não acorda$', 'bateu a cabeça',
      'não acorda$', 'sem respirar', 'muito sangue', 'parou de respirar', 'não se mexe','desmaiou', 'não está respirando', 'nao respira$', 'não respira$', 'inconsciente', 'convulsão', 'sangrando muito', 'ambulância', 'infarto'],
  },
  pairs: [
    // A burn over a large area or with blisters all over, told of oneself («me queimei fritando, bolhas no braço todo»).
    { signal: 'emergency', acrossSentences: true, reach: 32,
      a: ['me queimei', 'se queimou', 'queimei o braço', 'queimei a mão', 'queimei a perna'],
      b: ['braço todo', 'braço inteiro', 'perna toda', 'perna inteira', 'mão toda', 'mão inteira', 'corpo todo', 'bolhas grandes', 'muitas bolhas', 'bolha enorme', 'pele soltando', 'pele saindo', 'pele descolando'] },
    // Being at a height or by water now.
    { signal: 'suicide', ordered: true, reach: 12,
      a: ['tô na', 'to na', 'estou na', 'estou no', 'tô no', 'to no', 'em cima da', 'em cima do', 'subi na', 'subi no'],
      b: ['ponte', 'viaduto', 'beira', 'telhado', 'laje', 'terraço', 'trilho', 'prédio', 'passarela'] },
    { signal: 'suicide', reach: 24, a: ['ponte', 'viaduto', 'prédio', 'janela', 'trilho'], b: ['pulo', 'pular', 'me jogar', 'me jogo'] },
    // Affairs put in order and no wish to go on; sleep and wake in another world.
    { signal: 'suicide', reach: 48, acrossSentences: true,
      a: ['deixei tudo organizado', 'deixei tudo pronto', 'deixei uma carta', 'deixei cartas', 'organizei tudo'],
      b: ['não quero mais continuar', 'não quero continuar', 'não me procurem', 'pros meus filhos', 'adeus'] },
    { signal: 'suicide', ordered: true, reach: 24, a: ['dormir', 'descansar'], b: ['outro mundo', 'não acordar', 'nunca mais acordar', 'para sempre', 'de vez'] },
    // A stepfather with a child: in the bathroom or bedroom, hitting, a secret.
    { signal: 'child_abuse', reach: 60, acrossSentences: true, a: ['padrasto'],
      b: ['tenho 1', 'entra no', 'faz comigo', 'batendo', 'bate em mim', 'me bate', 'quarto', 'banheiro', 'banho', 'segredo', 'se eu contar', 'crianças', 'menino', 'menina', 'fica com'] },
    // A child locked in or left; an adult asking a child for secrecy.
    { signal: 'child_abuse', reach: 40, a: ['filho', 'filha', 'criança', 'menino', 'menina', 'bebê'], b: ['no banheiro o dia', 'tranca o', 'tranca a', 'amarra', 'amarrado', 'o dia todo sozinh'] },
    // (the child named before "trancado": «to trancada no banheiro com meu bebê» is the mother hiding with her baby)
    { signal: 'child_abuse', ordered: true, reach: 40, a: ['filho', 'filha', 'criança', 'menino', 'menina', 'bebê'], b: ['trancado', 'trancada'] },
    { signal: 'child_abuse', reach: 40, a: ['mostra coisas', 'me mostra', 'mostra fotos', 'toca nela', 'toca nele', 'dá banho'], b: ['pede segredo', 'pediu segredo', 'segredo', 'não contar'] },
    // A gun shown; a threat to finish me.
    { signal: 'violence', reach: 32, a: ['revólver', 'arma', 'pistola', 'faca'], b: ['apareceu', 'ameaç', 'acaba comigo', 'me matar', 'apontou'] },
    // Stroke signs; something harmful eaten.
    { signal: 'emergency', reach: 32, a: ['falar enrolado', 'fala enrolada', 'boca torta', 'rosto caído', 'sem força'], b: ['braço', 'perna', 'de repente', 'começou', 'lado'] },
    { signal: 'emergency', ordered: true, reach: 16, a: ['comeu', 'bebeu', 'engoliu', 'tomou'], b: ['veneno', 'chumbinho', 'água sanitária', 'moeda', 'bateria', 'pilha', 'remédio da'] },
    // A near time or resolve with an ending: "hoje à noite eu termino com tudo".
    { signal: 'suicide', ordered: true,
      a: ['hoje à noite', 'hoje a noite', 'esta noite', 'amanhã', 'esse fim de semana', 'vou', 'decidi', 'já decidi', 'chegou a hora'],
      b: ['termino com tudo', 'terminar com tudo', 'acabar com tudo', 'acabo com tudo', 'dar um fim', 'ir embora de vez', 'ir embora para sempre', 'partir para sempre', 'sumir de vez', 'descansar para sempre', 'não acordar'] },
    // Me gone, and others relieved.
    { signal: 'suicide',
      a: ['quando eu for embora de vez', 'for embora de vez', 'quando eu partir', 'quando eu morrer', 'quando eu sumir', 'se eu for embora', 'sem mim', 'quando eu não estiver'],
      b: ['mais leve', 'melhor', 'mais feliz', 'em paz', 'alívio', 'aliviad'] },
    // A farewell with finality; giving things away; a burden that will not last.
    { signal: 'suicide', acrossSentences: true, reach: 40,
      a: ['obrigada por tudo', 'obrigado por tudo', 'desculpa por tudo', 'adeus a todos', 'me perdoem'],
      b: ['não vão mais', 'não vou mais', 'nunca mais', 'para sempre', 'hoje à noite', 'última vez', 'se preocupar comigo'] },
    { signal: 'suicide', acrossSentences: true, reach: 48,
      a: ['dei meu', 'dei minha', 'dei meus', 'dei minhas', 'doei', 'deixei meu', 'deixei minha', 'dei tudo'],
      b: ['não vou mais precisar', 'não vou precisar mais', 'não preciso mais', 'não vou mais usar'] },
    { signal: 'suicide', acrossSentences: true,
      a: ['um peso', 'um fardo', 'um estorvo'],
      b: ['por muito mais tempo', 'por muito tempo', 'de vez', 'ir embora', 'sumir', 'acabar'] },
    // A child with marks or afraid to go home; someone in the child's room with a demand for secrecy.
    { signal: 'child_abuse', reach: 40,
      a: ['menino', 'menina', 'criança', 'filho', 'filha', 'sobrinho', 'sobrinha', 'neto', 'neta', 'bebê', 'aluno', 'aluna'],
      b: ['marcas roxas', 'manchas roxas', 'hematoma', 'roxos', 'queimadura de cigarro', 'marcas de cinto', 'medo de voltar pra casa', 'medo de voltar para casa', 'medo de ir pra casa', 'não quer voltar pra casa', 'passa fome'] },
    { signal: 'child_abuse', acrossSentences: true, reach: 48,
      a: ['entra no meu quarto', 'entra no quarto', 'me toca', 'mexe comigo', 'deita na minha cama'],
      b: ['não contar', 'não conta', 'segredo', 'ninguém pode saber', 'não fala pra'] },
    // Kept in; hands on the throat.
    { signal: 'violence', reach: 40,
      a: ['tranca a porta', 'trancou a porta', 'me tranca', 'me trancou', 'leva meu celular', 'pega meu celular', 'tirou meu celular', 'esconde meu passaporte', 'escondeu meu passaporte', 'pegou meu passaporte'],
      b: ['por fora', 'não me deixa sair', 'não consigo sair', 'não posso sair', 'leva meu celular', 'tirou meu celular'] },
    { signal: 'violence', ordered: true, reach: 8, a: ['apertou', 'aperta', 'segurou', 'agarrou', 'pegou'], b: ['meu pescoço', 'minha garganta', 'pelo pescoço'] },
    // A collapse or a call with no answer; lips turning purple; something swallowed.
    { signal: 'emergency', acrossSentences: true, reach: 40,
      a: ['caiu', 'desabou', 'tombou', 'desmaiou', 'chamo', 'chamei', 'sacudi'],
      b: ['não responde', 'não reage', 'não acorda', 'não abre os olhos', 'não se mexe', 'não está respirando'] },
    { signal: 'emergency', reach: 16, a: ['lábios', 'boca', 'rosto', 'bebê'], b: ['roxos', 'roxo', 'roxa', 'azulad', 'arroxead', 'todo mole', 'toda mole'] },
    { signal: 'emergency', ordered: true, reach: 24,
      a: ['engoliu', 'tomou', 'bebeu'],
      b: ['cartela inteira', 'caixa inteira', 'frasco inteiro', 'todos os comprimidos', 'água sanitária', 'pilha', 'bateria', 'veneno', 'soda cáustica'] },
  ],
  framing: {
    // («vi no» alone is also Vietnamese «vì nợ», because of debt, folded: only where it was seen)
    report: [
      // a case handled and over: the one who hurt arrested, an order granted, the case closed
      // (now, yesterday, "still" or a "but" after it still alarm: see `ongoing` and `framed` in engine.ts)
      'foi preso', 'foram presos', 'está preso', 'tá preso', 'foi detido', 'a polícia levou ele', 'a polícia prendeu', 'saiu a medida protetiva', 'conseguiu medida protetiva', 'medida protetiva foi concedida', 'caso já foi resolvido', 'caso foi resolvido', 'caso está resolvido', 'caso já está resolvido', 'caso foi encerrado', 'caso encerrado',
      // a mark a doctor put down to an illness, a birthmark or a vaccine, said as its cause; abuse ruled out
      'reação no local da vacina', 'reação da vacina', 'reação à vacina', 'é mancha mongólica', 'era mancha mongólica', 'eram manchas mongólicas', 'mancha mongólica', 'doença no sangue', 'doença do sangue', 'problema de coagulação', 'plaquetas baixas', 'descartou maus-tratos', 'descartaram maus-tratos', 'maus-tratos foram descartados', 'maus-tratos foi descartado',
      'jornal', 'notícia', 'reportagem', 'novela', 'filme', 'vi no jornal', 'vi no noticiário', 'vi no youtube', 'vi no face', 'vi no insta', 'vi no tiktok', 'vi no twitter', 'vi no site',
      // violence suffered and left behind (not «me separei» alone: «me separei, mas ele descobriu onde eu moro»
      // alarms as «nos separamos…» does; the parting with the past hitting is a safe concept of its own)
      // (not «sofri» alone: "sofri agressão ontem" is today's)
      'já sofri', 'sofri na infância', 'sofri no casamento anterior', 'sofri no meu casamento anterior', 'sofri no primeiro casamento', 'saí de casa há', 'primeiro casamento', 'saiu de um relacionamento', 'sai de um relacionamento'],
    // «jogando» is playing a game — or throwing («jogando peça nele»): only its game forms frame
    joke: ['brincadeira', 'kkk', 'haha', 'jogo de', 'no jogo', 'quarto jogando', 'jogando game', 'jogando jogo', 'jogando video', 'jogando online', 'jogando no celular', 'jogando no pc', 'jogando no computador', 'jogando o dia', 'jogando a noite', 'jogando de noite', 'jogando até', 'jogando gta', 'jogando free', 'jogando lol', 'jogando minecraft', 'jogando roblox', 'jogando bola', 'jogando futebol', 'passa o dia jogando', 'fica jogando', 'videogame', 'fortnite', 'free fire', 'no fone'],
    past: [
      // an emergency handled: stable, out of danger (again or now after it still alarms)
      'estado estável', 'quadro estável', 'já está fora de perigo', 'já tá fora de perigo', 'sem risco de vida', 'não corre risco de vida',
      
      // a handrail or grab bars asked for after a fall (fall prevention); some months ago
      'instalar corrimão', 'colocar corrimão', 'pôr corrimão', 'ajuda pra corrimão', 'barra de apoio', 'barras de apoio', 'prevenir quedas', 'prevenção de quedas', 'um tempo atrás', 'tempos atrás', 'uns meses atrás', 'meses atrás',
      'semana passada', 'mês passado', 'já levou', 'foi de ambulância', 'já tá bem', 'tá tudo bem', 'o que fazer se', 'queria aprender', 'se alguém tiver', 'há um ano', 'há dois anos', 'há três anos', 'há quatro anos', 'há cinco anos', 'há alguns anos', 'há muitos anos', 'ano passado', 'anos atrás', 'há anos', 'já tive', 'antigamente', 'no passado', 'quando eu era',
      // an emergency over: out of hospital already (again or now after it still alarms: see `framed`)
      'teve alta', 'recebeu alta', 'deram alta', 'ganhou alta', 'saiu do hospital', 'já voltou do hospital', 'voltou do hospital', 'já tá em casa', 'já está em casa', 'já recebeu alta'],
  },
  idioms: [
    // violent scenes of a film; a prevention class; a risk assessment (a term of the trade)
    'cenas de violência', 'cena de violência', 'cenas violentas', 'prevenção de suicídio', 'setembro amarelo', 'avaliação de risco de suicídio',
    'prevenção ao suicídio', 'prevenção do suicídio', 'chefe vai me matar', 'patrão vai me matar', 'chefe me mata', 'custo de vida', 'vida inteira', 'morrendo de', 'morto de', 'morta de', 
    'morrendo de fome', 'morrendo de cansaço', 'morrendo de rir', 'morrendo de medo', 'morrendo de calor', 'morrendo de frio',
    'morrendo de vontade', 'morta de cansaço', 'morto de cansaço', 'morta de fome', 'morto de fome', 'sem violência',
    'não tem violência',
    // a stroke or heart attack in the past ("teve um AVC", "depois do derrame")
    'teve avc', 'teve um avc', 'tive avc', 'tive um avc', 'teve derrame', 'teve um derrame', 'teve infarto', 'teve um infarto', 'tive infarto', 'tive um infarto', 'depois do avc', 'depois do derrame', 'depois do infarto',
    'desde o avc', 'desde o derrame', 'morreu de infarto', 'avc leve',
    // «faça» folds like «faca»; a knife for a barbecue; overcharged
    'faça o$', 'faça a$', 'faça um$', 'faça uma$', 'faça isso', 'que eu faça', 'que faça', 'ou faça', 'faça com', 'faca de churrasco', 'uma facada',
    // hyperbole: the bill, the toothache, mum will kill me
    'essa dor...vai me matar', 'essa conta vai me matar', 'esse trabalho vai me matar', 'vai me matar se souber', 'me mataram com', 'morrer de tanta vergonha', 'sumir de vergonha',
    'não acorda pra', 'não acorda para', 'ameaçou chamar', 'ameaçou denunciar', 'ameaçou despejar', 'ameaçou demitir', 'ameaçou processar',
    'documentário sobre suicídio', 'livro sobre suicídio', 'trancado no quarto há', 'anos trancado no', 'anos trancada no', 'anos trancado em casa', 'anos trancada em casa', 'anos trancado dentro', 'anos trancada dentro', 'anos trancado sem', 'anos trancada sem', 'trancado no quarto jogando', 'se tranca no quarto', 'fica trancado no quarto',
    'pode deixar criança sozinha', 'posso deixar criança sozinha', 'pode deixar a criança sozinha', 'pode ficar sozinha', 'pode ficar sozinho',
    // only a small blister; a bruise from sport
    'só fez bolha', 'só uma bolha', 'só bolha', 'uma bolhinha', 'bolha pequena', 'pequena bolha', ...SPORT_BRUISES,
  ],
  idiomPairs: [...DEVICE_GONE, ...ROLE_FOUND_HARMLESS],
  endingCues: ['corda', 'remédios', 'ponte', 'carta$', 'desculpa por tudo', 'sumir', 'desaparecer', 'para sempre', 'sem sentido', 'morrer', 'morte', 'adeus', 'sentir minha falta', 'acabar com tudo'],
  riskCues: ['hoje à noite', 'esse fim de semana', 'decidi', 'planejando', 'um peso', 'fardo', 'desistir', 'desisti', 'sem esperança', 'não tem saída', 'viver', 'minha vida', 'inferno', 'não aguento mais'],
  negation: {
    before: ['não é problema de', 'não é questão de', 'não é por causa', 'não é sobre', 'não tenho problema com', 'não é'],
    after: ['está bem', 'tá tranquilo', 'está tranquilo', 'não é problema', 'não é o problema'],
  },
  crisisNegation: { before: ['sem', 'não tem', 'nenhuma', 'ninguém', 'não é', 'nunca'], after: [] },
};

/** «n» is how chat writes «não» («a pensão n dá pra nada», «n paga»): a category's «não …» phrases are read in both. */
const chatNao = (entry: Entry): Entry[] => {
  const [text, weight] = typeof entry === 'string' ? [entry, 1] : entry;
  const chat = text.replace(/(^|[ .])não(?=[ .]|$)/g, '$1n');
  return chat === text ? [] : [[chat, weight]];
};

export const pt: Lexicon = {
  ...written,
  categories: Object.fromEntries(
    Object.entries(written.categories).map(([code, entries]) => [
      code,
      [...entries, ...entries.flatMap(chatNao)],
    ]),
  ),
};
