// One person's skills of a kind: "which databases does ana use", "what cloud platforms has bo worked
// with", "does ana know any nosql databases". The kind words are a fixed list (skill-families.ts).
import { FAMILY_WORDS } from '../profiles/vocabulary/skill-families.js';
import type { IntentRule } from './intent-rules.js';

const KIND = `(?<kind>${FAMILY_WORDS.map((w) => w.replace(/[/.+]/g, '\\$&')).join('|')})`;
const OF = '(?: (?:kinds?|sorts?|types?) of)?';
const USES =
  '(?:have|know|use|list|work with|worked with|code in|write|prefer|like|got|program in|develop in|build with|work in|use the most|know best)';
const NOBODY_IN_PARTICULAR = '(?:any|some|every|no)(?:one|body) |people |you |we |they ';
const r = (source: string) => new RegExp(`^${source}$`);

export const KIND_RULES: readonly IntentRule[] = [
  {
    command: 'skills',
    pattern: r(
      `(?:what|which)${OF} ${KIND} (?:does|do|has|have|can|did) (?<person>.+?) (?:usually |mostly )?${USES}`,
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
