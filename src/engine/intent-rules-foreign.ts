// Free-text rules for questions about one person asked in Spanish, Portuguese, French, Italian and
// German: where they work, how to reach them, which languages they speak, and "the skills of X" ("les
// compétences de diego").
import type { IntentRule } from './intent-rules.js';

const r = (source: string) => new RegExp(`^${source}$`);

/** The article a name can take in Spanish, Portuguese, French and Italian ("o diego", "la lena"). */
const ART = '(?:(?:o|a|el|la|le|il|lo) )?';

/** "onde trabalha o diego", "dove lavora lena": where they work now. */
export const FOREIGN_WORK_RULES: readonly IntentRule[] = [
  {
    command: 'experience',
    pattern: r(
      '(?:wo arbeitet|d[oó]nde trabaja|onde trabalha|o[uù] travaille|dove lavora|per chi lavora|para qui[eé]n trabaja|para quem trabalha|pour qui travaille|f[uü]r wen arbeitet) (?<person>.+?)(?: (?:jetzt|gerade|derzeit|zurzeit|aktuell|heute|ahora|actualmente|hoy|agora|atualmente|hoje|maintenant|actuellement|adesso|ora|attualmente|oggi))?',
    ),
  },
  // "¿dónde ha trabajado phil?", "wo hat lena gearbeitet", "onde o diego trabalhou": where they worked.
  {
    command: 'experience',
    pattern: r(
      `(?:d[oó]nde ha trabajado|onde (?:j[aá] )?trabalhou|o[uù] a travaill[eé]|dove ha lavorato) ${ART}(?<person>.+?)`,
    ),
  },
  {
    command: 'experience',
    pattern: r('wo hat (?<person>.+?) (?:schon |fr[uü]her |bisher |vorher |davor |zuvor )?gearbeitet'),
  },
  { command: 'experience', pattern: r(`onde ${ART}(?<person>.+?) (?:j[aá] )?trabalh(?:ou|a)`) },
  {
    command: 'contact',
    pattern: r(
      '(?:come|dove) (?:contatto|posso contattare|raggiungo|posso raggiungere|scrivo a|posso scrivere a|trovo|posso trovare) (?<person>.+)',
    ),
  },
];

/** "¿qué hace phil?", "onde o jezreel mora?", "wo studiert lena", "sanithu ist aus welchem land": facts. */
export const FOREIGN_FACT_RULES: readonly IntentRule[] = [
  // "quem é o joão?", "¿quién es luis?", "wer ist lena", "qui est diego", "chi è giacomo": who someone is.
  {
    command: 'profile',
    pattern: r(`(?:qui[eé]n es|quem [eé]|wer ist|qui est|chi [eè]) ${ART}(?<person>.+?)`),
    // "quem é bom em python" asks who is good at a skill: only a name makes it this question.
    needsPerson: true,
  },
  {
    command: 'profile',
    fixed: { section: 'role' },
    pattern: r(
      `(?:qu[eé] hace|a qu[eé] se dedica|que fait|qu'est-ce que fait|cosa fa|che cosa fa|che lavoro fa|was macht) ${ART}(?<person>.+?)(?: beruflich| so| eigentlich| genau| profesionalmente| dans la vie| di lavoro)?`,
    ),
  },
  {
    command: 'profile',
    fixed: { section: 'role' },
    pattern: r(`o que ${ART}(?<person>.+?) faz(?: profissionalmente)?`),
  },
  {
    command: 'section',
    fixed: { section: 'education' },
    pattern: r(
      `(?:d[oó]nde estudia|qu[eé] estudia|d[oó]nde estudi[oó]|onde estuda|onde estudou|(?:o )?que estuda|o[uù] [eé]tudie|qu'[eé]tudie|dove studia|cosa studia|wo studiert|was studiert) ${ART}(?<person>.+?)`,
    ),
  },
  { command: 'section', fixed: { section: 'education' }, pattern: r(`onde ${ART}(?<person>.+?) estuda`) },
  // "o que o pedro estuda?": what they study, the name before the verb.
  {
    command: 'section',
    fixed: { section: 'education' },
    pattern: r(`(?:o )?que ${ART}(?<person>.+?) (?:estuda|estudou|cursa)`),
  },
  // "wo hat lena studiert", "was hat jan studiert": the German perfect puts the verb last.
  {
    command: 'section',
    fixed: { section: 'education' },
    pattern: r('(?:wo|was) hat (?<person>.+?) studiert'),
  },
  // "was lernt lena gerade", "¿qué está aprendiendo luis?", "qu'apprend diego": what they are learning now.
  {
    command: 'section',
    fixed: { section: 'learning' },
    pattern: r(
      `(?:was lernt|qu[eé] est[aá] aprendiendo|qu'apprend) ${ART}(?<person>.+?)(?: gerade| aktuell| derzeit| im moment| ahora| en este momento)?`,
    ),
  },
  {
    command: 'section',
    fixed: { section: 'location' },
    pattern: r(
      `(?:d[oó]nde vive|de d[oó]nde es|onde (?:mora|vive)|de onde [eé]|o[uù] (?:vit|habite)|d'o[uù] vient|dove (?:vive|abita)|di dove [eè]|wo (?:wohnt|lebt)|woher kommt) ${ART}(?<person>.+?)`,
    ),
  },
  {
    command: 'section',
    fixed: { section: 'location' },
    pattern: r(`onde ${ART}(?<person>.+?) (?:mora|vive)`),
  },
  // "welche sprachen spricht lena", "¿qué idiomas habla luis?", "quelles langues parle diego"
  {
    command: 'section',
    fixed: { section: 'spoken languages' },
    pattern: r(
      `(?:welche sprachen (?:spricht|kann)|(?:qu[eé]|cu[aá]les) idiomas (?:habla|sabe|domina)|quelles langues (?:parle|sait)|(?:que|quais) (?:idiomas|l[ií]nguas) (?:fala|sabe)|che lingue (?:parla|sa)) ${ART}(?<person>.+)`,
    ),
  },
  // "wenchel parle quelles langues", "o pedro fala quais línguas", "lena spricht welche sprachen": the verb first.
  {
    command: 'section',
    fixed: { section: 'spoken languages' },
    pattern: r(
      `${ART}(?<person>.+?) (?:parle|spricht|habla|fala|parla) (?:quelles langues|welche sprachen|qu[eé] idiomas|cu[aá]les idiomas|quais (?:idiomas|l[ií]nguas)|que (?:idiomas|l[ií]nguas)|quali lingue|che lingue)(?: -t-(?:il|elle))?`,
    ),
  },
  {
    command: 'section',
    fixed: { section: 'location' },
    pattern: r('aus welchem land (?:ist|kommt) (?<person>.+)'),
  },
  {
    command: 'section',
    fixed: { section: 'location' },
    pattern: r('(?<person>.+?) (?:ist|kommt) aus welchem land'),
  },
];

/** Words for a person's stack in French, German, Spanish, Portuguese and Italian (not spoken "sprachen"). */
const STACK_WORDS =
  '(?:technos?|technologies|outils|langages|frameworks|technologien|tools|werkzeuge|programmiersprachen|tecnolog[ií]as|ferramentas|herramientas|linguagens|lenguajes|tecnologie|strumenti|linguaggi)';
const STACK_VERB =
  '(?:utilise|conna[iî]t|ma[iî]trise|nutzt|benutzt|verwendet|kennt|beherrscht|usa|utiliza|conhece|conoce|domina|sabe|maneja|conosce)';
const WHICH = '(?:quel(?:le)?s?|welche|que|qu[eé]|quais|cu[aá]les|quali|che)';

/** "quelles technos utilise kaito", "welche Technologien nutzt lena", "quais ferramentas o diego usa". */
export const FOREIGN_SKILLS_RULES: readonly IntentRule[] = [
  {
    command: 'skills',
    pattern: r(`${WHICH} ${STACK_WORDS} ${STACK_VERB}(?: -t-(?:il|elle))? ${ART}(?<person>.+)`),
  },
  { command: 'skills', pattern: r(`${WHICH} ${STACK_WORDS} ${ART}(?<person>.+?) ${STACK_VERB}`) },
];

/** What opens the question before the topic: "quelles sont les", "cuáles son las", "was sind die". */
const LEAD =
  '(?:(?:quelles sont|quels sont|cu[aá]les son|qu[eé] son|quais s[aã]o|quali sono|was sind|welche|zeig mir|mu[eé]strame|mostra(?:-me|mi)?|montre(?:-moi)?) )?(?:les |las |los |as |os |le |i |gli |die |la |el |o |a |il |lo )?';
/** "de", "di", "von", "da", "do", … and the article a name can take after it ("do diego", "de la"). */
const OF = '(?:de|di|von|vom|da|do|du|del|della|dello|des|dos|das|of)(?: (?:la|el|le|il|lo|o|a|der|dem))?';

/** "les compétences de diego", "competenze di lena", "skills von diego": a topic word, then the person. */
export function foreignTopicRules(topic: string): IntentRule[] {
  return [{ command: 'topic', pattern: r(`${LEAD}(?<topic>${topic}) ${OF} (?<person>.+)`) }];
}
