// One person's skills of a kind: "which databases does ana use", "what cloud platforms has bo worked
// with", "does ana know any nosql databases"; asked of the team ("which dbs do people here use"), who
// lists one of that kind. The kind words are a fixed list (skill-families.ts).
import { FAMILY_WORDS, familyNamed } from '../profiles/vocabulary/skill-families.js';
import type { IntentRule } from './intent-rules.js';

const escaped = (words: readonly string[]) => words.map((w) => w.replace(/[/.+]/g, '\\$&')).join('|');
const KIND = `(?<kind>${escaped(FAMILY_WORDS)})`;
// Everyone lists some programming language: the team is asked by other kinds only (family-holders.ts).
const TEAM_KIND = `(?<skill>${escaped(FAMILY_WORDS.filter((w) => !familyNamed(w)?.languages))})`;
const OF = '(?: (?:kinds?|sorts?|types?) of)?';
const USES =
  '(?:have|know|use|list|work with|worked with|code in|write|prefer|like|got|program in|develop in|build with|work in|use the most|know best)';
const NOBODY_IN_PARTICULAR = '(?:any|some|every|no)(?:one|body) |people |you |we |they ';
/** The team as a whole: "which databases do people here use" asks who, by kind. */
const TEAM =
  "(?:people|folks|you|you guys|you all|y'all|we|everyone|everybody|anyone|anybody|the team)(?: here| around| on the team)?";
const r = (source: string) => new RegExp(`^${source}$`);

export const KIND_RULES: readonly IntentRule[] = [
  {
    command: 'whoknows',
    pattern: r(`(?:what|which)${OF} ${TEAM_KIND} (?:does|do|did|can) ${TEAM} ${USES}`),
  },
  {
    command: 'skills',
    pattern: r(
      `(?:what|which)${OF} ${KIND} (?:does|do|has|have|can|did) (?!${NOBODY_IN_PARTICULAR})(?<person>.+?) (?:usually |mostly )?${USES}`,
    ),
  },
  {
    command: 'skills',
    // Never "does anyone know any databases": that asks who, not one person.
    pattern: r(
      `(?:does|do|has|can|did) (?!${NOBODY_IN_PARTICULAR})(?<person>.+?) (?:know|use|have|work with|list|code in) any ${KIND}`,
    ),
  },
];
