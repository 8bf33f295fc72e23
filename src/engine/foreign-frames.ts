// foreignFrames: a career or study question asked in Spanish, Portuguese, French, German or Italian ("¿josde
// sigue en esalab?", "onde o ana fez estágio?", "wo hat lena ein Praktikum gemacht") rewritten into the English
// frame the rule table reads ("is josde still at esalab", "where did ana intern"). Bounded: a fixed list of
// anchored patterns, each applied once, over a question that is already length-capped.

/** One to three words naming the person ("ana", "ana lima"); an article a language puts before a name is left out. */
const WHO = "(?:(?:o|a|el|la|le|il|lo|der|die) )?(?<who>[^\\s?']+(?: [^\\s?']+){0,2}?)";
/** Same, after an elided article ("d'arkaikus", "l'ana"). */
const OF_WHO = `(?:de |d'|do |da |del |di |dell'|von |vom )${WHO}`;
/** An employer: all that is left (a match that always succeeds, so nothing before it is tried again). */
const AT = '(?<at>[^\\s?][^]*)';
const AT_ART =
  "(?:(?:en|na|no|em|pela|pelo|chez|à|a|pour|bei|für|in|alla|al|presso|per|da|at) )?(?:(?:la|el|le|l'|o|a|der|die|dem) )?";

/** Where or at which company … worked … before: the words of the "before" frame. */
const WHERE =
  '(?:(?:en|em|in) (?:qu[eé]|que|qual|quais|quale) (?:empresas?|azienda)|d[oó]nde|onde|o[uù]|dove)';
const WORKED =
  '(?:trabaj[oó]|trabajaba|ha trabajado|trabalhou|trabalhava|travaillait|a travaill[eé]|lavorava|ha lavorato)';
const BEFORE = '(?:antes (?:de|da|do|del)|avant|prima (?:di|della|del|dello))';

/** The participle a German question ends with, after the employer. */
const GERMAN_VERB = / (?:gemacht|gearbeitet)$/;

type Frame = readonly [RegExp, (who: string, at: string) => string];
const f = (source: string, to: (who: string, at: string) => string): Frame => [
  new RegExp(`^${source}$`, 'u'),
  to,
];

const still = (who: string, at: string) => `is ${who} still at ${at}`;
const before = (who: string, at: string) => `where did ${who} work before ${at}`;
const intern = (who: string) => `where did ${who} intern`;
const study = (who: string) => `what did ${who} study`;
const worked = (who: string) => `where has ${who} worked`;
const role = (who: string) => `what does ${who} do`;

const FRAMES: readonly Frame[] = [
  // Still there: "¿josde sigue (trabajando) en esalab?", "o ana ainda trabalha na bike24", "ist lena noch bei sap".
  f(`${WHO} (?:sigue|contin[uú]a|todav[ií]a) (?:trabajando |trabaja |est[aá] )?${AT_ART}${AT}`, still),
  f(`(?:sigue|contin[uú]a) ${WHO} (?:trabajando )?${AT_ART}${AT}`, still),
  f(`${WHO} (?:ainda|continua) (?:trabalha|trabalhando|a trabalhar|est[aá]) ${AT_ART}${AT}`, still),
  f(`(?:est-ce que )?${WHO} (?:travaille|bosse|est) (?:toujours|encore) ${AT_ART}${AT}`, still),
  f(`(?:ist|arbeitet) ${WHO} (?:immer )?noch ${AT_ART}${AT}`, still),
  f(`${WHO} (?:ist|arbeitet) (?:immer )?noch ${AT_ART}${AT}`, still),
  f(`${WHO} (?:lavora|sta) ancora ${AT_ART}${AT}`, still),
  // Before an employer: "¿en qué empresa trabajó edith antes de leadtech?", "que faisait ana avant boresa".
  f(`${WHERE} ${WHO} ${WORKED} ${BEFORE} ${AT_ART}${AT}`, before),
  f(`${WHERE} ${WORKED} ${WHO} ${BEFORE} ${AT_ART}${AT}`, before),
  f(
    `(?:qu[eé] hac[ií]a|que faisait|qu'est-ce que faisait|cosa faceva) ${WHO} ${BEFORE} ${AT_ART}${AT}`,
    before,
  ),
  f(`(?:o que|qu'est-ce qu(?:e |')) ${WHO} (?:fazia|faisait) ${BEFORE} ${AT_ART}${AT}`, before),
  // The German verb comes last: "wo hat lena vor sap gearbeitet" (dropped from the employer below).
  f(`(?:wo|was) hat ${WHO} vor ${AT_ART}${AT}`, before),
  // An internship: "¿dónde hizo prácticas mq1?", "onde o ana fez estágio", "où sylvain a fait son alternance".
  f(`d[oó]nde hizo (?:sus |las )?pr[aá]cticas ${WHO}`, intern),
  f(`d[oó]nde hizo ${WHO} (?:sus |las )?pr[aá]cticas`, intern),
  f(`onde ${WHO} (?:fez (?:o |seu |um )?est[aá]gio|estagiou)`, intern),
  f(`o[uù] ${WHO} a(?:-t-(?:il|elle))? fait (?:son |ses |un )?(?:stages?|alternance)`, intern),
  f(`o[uù] a fait ${WHO} (?:son |ses |un )?(?:stages?|alternance)`, intern),
  f(`wo hat ${WHO} (?:ein |sein |ihr |das )?praktikum (?:gemacht|absolviert)`, intern),
  f(`dove ha fatto (?:lo |il )?(?:stage|tirocinio) ${WHO}`, intern),
  f(`dove ${WHO} ha fatto (?:lo |il )?(?:stage|tirocinio)`, intern),
  // What they studied: "¿qué estudió edith?", "qu'a étudié diego", "cosa ha studiato lena", "où ana a étudié".
  f(
    `(?:qu[eé] estudi[oó]|qu'a [eé]tudi[eé]|o[uù] a [eé]tudi[eé]|cosa ha studiato|che cosa ha studiato|dove ha studiato) ${WHO}`,
    study,
  ),
  f(`(?:qu'est-ce qu(?:e |')|o[uù] )${WHO} a [eé]tudi[eé]`, study),
  f(`onde ${WHO} (?:estudou|se formou)`, study),
  // Their degree, answered by their education: "quel est le diplôme d'abdelrahman", "¿qué título tiene josde?", "welchen Abschluss hat lena".
  f(
    `(?:quel est le dipl[oô]me|quels sont les dipl[oô]mes|qual (?:[eé] )?(?:o |a )?(?:diploma|forma[cç][aã]o|gradua[cç][aã]o)|cu[aá]l es (?:el|su) t[ií]tulo|qual [eè] (?:la )?laurea) ${OF_WHO}`,
    study,
  ),
  f(
    `(?:qu[eé] t[ií]tulo tiene|que diploma tem|welchen abschluss hat|che laurea ha|che titolo di studio ha) ${WHO}`,
    study,
  ),
  // Where they worked: "¿en qué empresas trabajó 0grre?", "em quais empresas o nogsantos já trabalhou?".
  f(
    `(?:en|em|in) (?:qu[eé]|que|quais|quali|welchen) (?:empresas?|aziende|firmen) (?:ha )?${WHO} (?:j[aá] )?(?:trabaj[oó]|ha trabajado|trabalhou|ha lavorato|gearbeitet)`,
    worked,
  ),
  f(`(?:en|em) (?:qu[eé]|que|quais) empresas? (?:ha )?(?:trabaj[oó]|ha trabajado|trabalhou) ${WHO}`, worked),
  // What they do for a living: "¿de qué trabaja alejocabeza?", "als was arbeitet lena".
  // Their title: "qual o cargo do nogsantos", "quel est le poste de lena", "qual è il ruolo di giulia".
  f(
    `(?:qual (?:[eé] )?o cargo|cu[aá]l es (?:el|su) (?:puesto|cargo)|quel est (?:le|son) (?:poste|titre)|qual [eè] (?:il )?(?:ruolo|suo ruolo)) ${OF_WHO}`,
    role,
  ),
  f(
    `(?:de qu[eé] trabaja|en qu[eé] trabaja|als was arbeitet|de que trabalha|com o que trabalha) ${WHO}`,
    role,
  ),
];

/** The question in an English frame the rules read; null when it is in none of these frames. */
export function foreignFrames(text: string): string | null {
  for (const [pattern, to] of FRAMES) {
    const match = pattern.exec(text);
    const who = match?.groups?.who;
    if (who) return to(who, (match.groups?.at ?? '').replace(GERMAN_VERB, ''));
  }
  return null;
}
