// Free-text rules for facts about one person asked in everyday words: where they live, what they are
// learning or study (where they worked before: intent-rules-past-work.ts; who worked at a company:
// intent-rules-groups.ts).
// Part of the ordered table in intent-rules.ts (contact questions: intent-rules-contact.ts).
import type { IntentRule } from './intent-rules.js';

const r = (source: string) => new RegExp(`^${source}$`);

/** Words for "now" at the end of a question, chat spellings too ("where does X work rn", "… atm"). */
export const NOW =
  '(?:now|right now|rn|atm|currently|these days|nowadays|today|at the moment|at present|presently|lately)';

/** Facts about one person that live in a line of the profile rather than a section of their own. */
export const PERSON_FACT_RULES: readonly IntentRule[] = [
  // "what did diego do before", "what has lena done in the past": their earlier entries.
  {
    command: 'experience',
    pattern: r(
      'what (?:did|has|had) (?<person>.+?) (?:do|done|been doing|been up to)(?: for work)? (?:before|previously|in the past|earlier|before that|before this|so far|until now)(?: .+)?',
    ),
  },
  // "where is emma from", "where did X grow up": where they come from ("Born and raised in Red Hook"),
  // which may not be where they live now; the place they live answers when no line says it.
  {
    command: 'section',
    fixed: { section: 'origin' },
    pattern: r("where(?:'s| is| are) (?<person>.+?) (?:from|originally from)(?: originally)?"),
  },
  {
    command: 'section',
    fixed: { section: 'origin' },
    pattern: r(
      'where (?:does|do|did) (?<person>.+?) (?:come from|grow up|originally come from)(?: originally)?',
    ),
  },
  {
    command: 'section',
    fixed: { section: 'location' },
    pattern: r(
      "where(?:'s| is| are) (?<person>.+?) (?:based|located|living|situated)(?: (?:now|currently|these days))?",
    ),
  },
  {
    command: 'section',
    fixed: { section: 'location' },
    pattern: r(
      'where (?:does|do|did) (?<person>.+?) (?:live|reside|stay|call home|work from)(?: (?:now|currently|these days))?',
    ),
  },
  {
    command: 'section',
    fixed: { section: 'location' },
    pattern: r(
      '(?:what|which) (?:city|country|town|place|part of the world|time ?zone) (?:does|is|do|are) (?<person>.+?) (?:live in|living in|based in|located in|from|in|work from|working from)',
    ),
  },
  {
    command: 'section',
    fixed: { section: 'learning' },
    pattern: r(
      "what(?:'s| is| are) (?<person>.+?) (?:currently |now )?(?:learning|picking up|getting into|exploring|diving into|digging into)(?: (?:now|right now|currently|these days|at the moment|lately))?",
    ),
  },
  {
    command: 'section',
    fixed: { section: 'learning' },
    pattern: r('what (?:does|do) (?<person>.+?) (?:want to|wanna|plan to|hope to) learn(?: next)?'),
  },
  {
    // "what is ines studying right now": studying with a time word is what they study or learn now.
    command: 'section',
    fixed: { section: 'studying now' },
    pattern: r(
      "what(?:'s| is| are) (?<person>.+?) (?:(?:currently|now) studying|studying (?:now|right now|currently|these days|at the moment|lately|this (?:semester|term|quarter|year|month)))",
    ),
  },
  {
    command: 'section',
    fixed: { section: 'education' },
    pattern: r(
      '(?:what|where) (?:does|do|did) (?<person>.+?) (?:study|studies|major in|go to school|go to university|go to college|graduate from)',
    ),
  },
  {
    command: 'section',
    fixed: { section: 'education' },
    pattern: r("what(?:'s| is) (?<person>.+?) (?:studying|majoring in)"),
  },
  // "when did anmol graduate", "what year did X finish university": the line about their studies.
  {
    command: 'section',
    fixed: { section: 'education' },
    pattern: r(
      '(?:when|what year|which year|in what year) (?:did|does|will|is|has) (?<person>.+?) (?:graduate|graduating|graduated|finish|get (?:a|their|his|her) degree)(?: from)?(?: (?:university|college|school|uni|high school|their degree|his degree|her degree))?',
    ),
  },
  // "how long has reza been programming", "how many years of experience does X have": the line that says so.
  {
    command: 'section',
    fixed: { section: 'years coding' },
    pattern: r(
      '(?:how long|since when) (?:has|have|is|does) (?<person>.+?) (?:been )?(?:programming|coding|developing|writing code|writing software|building software|in tech|in the industry|in software|a developer|a programmer|an engineer|a software engineer|doing this|working(?: in tech| as a developer| as an engineer)?|code|program)(?: for| now| professionally)?',
    ),
  },
  {
    command: 'section',
    fixed: { section: 'years coding' },
    pattern: r(
      '(?:how many|how much) years(?: of)?(?: experience| of experience)? (?:does|has|do|have) (?<person>.+?) (?:have|got|been (?:programming|coding|developing))',
    ),
  },
  // "how long has X been doing backend", "how many years has X worked in security": a field named after it.
  {
    command: 'section',
    fixed: { section: 'years coding' },
    pattern: r(
      '(?:how long|how many years) (?:has|have|did) (?<person>.+?) (?:been )?(?:doing|worked in|working in|been in|done|coded in|programmed in) (?:[^ ]+(?: [^ ]+){0,3})',
    ),
  },
  // "what's next for victor": their plans, a goals heading or a "[NEXT] …" line (fact-topics.ts).
  {
    command: 'section',
    fixed: { section: 'goals' },
    pattern: r("what(?:'s| is) next for (?<person>.+?)"),
  },
];
