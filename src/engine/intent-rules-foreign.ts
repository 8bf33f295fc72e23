// Free-text rules for questions about one person asked in Spanish, Portuguese, French, Italian and
// German: where they work, how to reach them, and "the skills of X" ("les compétences de diego").
import type { IntentRule } from './intent-rules.js';

const r = (source: string) => new RegExp(`^${source}$`);

/** "onde trabalha o diego", "dove lavora lena": where they work now. */
export const FOREIGN_WORK_RULES: readonly IntentRule[] = [
  {
    command: 'experience',
    pattern: r(
      '(?:wo arbeitet|d[oó]nde trabaja|onde trabalha|o[uù] travaille|dove lavora|per chi lavora|para qui[eé]n trabaja|para quem trabalha|pour qui travaille|f[uü]r wen arbeitet) (?<person>.+?)(?: (?:jetzt|gerade|derzeit|zurzeit|aktuell|heute|ahora|actualmente|hoy|agora|atualmente|hoje|maintenant|actuellement|adesso|ora|attualmente|oggi))?',
    ),
  },
  {
    command: 'contact',
    pattern: r(
      '(?:come|dove) (?:contatto|posso contattare|raggiungo|posso raggiungere|scrivo a|posso scrivere a|trovo|posso trovare) (?<person>.+)',
    ),
  },
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
