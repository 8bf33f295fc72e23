// Free-text rules for facts about one person asked in everyday words: where they live, what they are
// learning or study, where they worked before (who worked at a company: intent-rules-groups.ts).
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

/** Where someone worked before, and whether they worked somewhere. */
export const PAST_WORK_RULES: readonly IntentRule[] = [
  // "what company is zainab at", "what company does zeno run", "which startup did X found"
  {
    command: 'experience',
    pattern: r(
      '(?:what|which) (?:company|companies|employer|firm|startup|organi[sz]ation|business) (?:is|was|does|did|has) (?<person>.+?)(?: been)? (?:at|with|in|run|runs|own|owns|found|founded|lead|leads|work for|work at|working for|working at|worked for|worked at|worked with|join|joined|started|start|interning at|interning with|interning for|intern at|interned at)(?: (?:now|currently|these days|today))?',
    ),
  },
  // "who employs marta", "which company hired tomas": the employer asked as the subject.
  {
    command: 'experience',
    needsPerson: true,
    pattern: r(
      '(?:who|which compan(?:y|ies)|what compan(?:y|ies)) (?:employs|employed|hired|hires|has hired|is employing) (?<person>.+?)(?: (?:now|currently|today|before|previously|first|last))?',
    ),
  },
  // "what does boateng do at ashanti analytics": their role there; "what did X build at Y" / "work on at Y": the
  // lines under that job.
  {
    command: 'experience',
    pattern: r(
      'what (?:does|do|did|has) (?<person>.+?) (?:(?:do|done) at|(?:build|built|make|made|ship|shipped|develop|developed|work on|worked on) (?:at|for|while at)) (?!fun$).+',
    ),
  },
  // "does anand work at sycamore", "has jessica ever worked for microsoft", "did aditya intern at techdome"
  {
    command: 'experience',
    needsPerson: true,
    pattern: r(
      '(?:does|did|has|is|was) (?<person>.+?) (?:(?:currently|still|ever|now) )?(?:work|worked|working|intern|interned|interning|employed|been employed|been working|been interning) (?:at|for|by) (?<query>.+?)(?: (?:before|previously|now|currently|anymore|still|right now|rn))?',
    ),
  },
  // "when did phil join aws lambda", "how long was phil at microsoft": the entry with its dates answers.
  {
    command: 'experience',
    needsPerson: true,
    pattern: r(
      'when did (?<person>.+?) (?:join|start at|start with|start working at|start working for|begin at|begin working at|leave|quit|move to|work at|work for|work with|work in|intern at|intern with|intern for|intern in) (?<query>.+?)',
    ),
  },
  {
    command: 'experience',
    needsPerson: true,
    pattern: r(
      'how long (?:was|has|did|is|had) (?<person>.+?) (?:been |worked |work |stayed |stay )?(?:at|with|for|working at|working for) (?<query>.+?)(?: for)?',
    ),
  },
  // "webgori's job before com2us", "what was marc's role before energir": the jobs, which the entries list in order.
  {
    command: 'experience',
    pattern: r(
      "(?:what(?:'s| is| was) )?(?<person>.+?)(?:'s|') (?:job|role|position|employer|company|work|gig) (?:before|prior to|previous to) .+",
    ),
  },
  // "what is priya's role at swiggy", "anand's position @ sycamore": their entries say it.
  {
    command: 'experience',
    pattern: r(
      "(?:what(?:'s| is| was) )?(?<person>.+?)(?:'s|') (?:current )?(?:job|role|position|title|job title) (?:at|@|in|with|for) .+",
    ),
  },
  {
    command: 'experience',
    pattern: r(
      '(?:where|who|which compan(?:y|ies)) (?:did|has|had) (?<person>.+?) (?:work|worked|been)(?: (?:for|at))? (?:before|previously|prior to|in the past|earlier)(?: .+)?',
    ),
  },
  // "where did olive work most recently", "where did X work last": the entries, newest first as listed.
  {
    command: 'experience',
    pattern: r(
      '(?:where|which compan(?:y|ies)|what compan(?:y|ies)) (?:did|has|had|was) (?<person>.+?) (?:work|worked|working|been working|employed) (?:most recently|last|lately|recently|latest)',
    ),
  },
  // "where was lena before kudiflow", "where was X working previously"
  {
    command: 'experience',
    pattern: r(
      '(?:where|who|which compan(?:y|ies)) (?:was|were) (?<person>.+?)(?: (?:working|employed))? (?:before|previously|prior to|earlier|in the past)(?: .+)?',
    ),
  },
  // "where was X an intern", "where did X do an internship", "which company did X intern at"
  {
    command: 'experience',
    pattern: r(
      '(?:where|which compan(?:y|ies)|what compan(?:y|ies)) (?:was|is|did|has|does) (?<person>.+?) (?:an intern|interning|intern|interned|do (?:an|a|his|her|their) internships?|done (?:an|a|his|her|their) internships?)(?: (?:at|with|for))?',
    ),
  },
  // "has luis done an internship", "was sagar ever an intern", "does carlos freelance", "where has arthur
  // freelanced": yes/no about a kind of job, answered by the entries (or the line) that say so. "is X a
  // freelancer" stays with the role rules, which quote the line that says it.
  {
    command: 'experience',
    needsPerson: true,
    pattern: r(
      '(?:where )?(?:has|have|did|does|do|was) (?<person>.+?) (?:ever )?(?:(?:do|done|had|have|did|completed|finished) (?:an? |any |some )?(?:internships?|freelance work|freelancing)|(?:(?:been|be) )?an? (?:intern|freelancer)|(?:been|be) (?:intern|freelancer)|(?:worked|work|working) (?:as )?(?:an? )?(?:intern|freelancer|freelance)|interned|freelanced|freelances?|freelancing)(?: (?:before|anywhere|somewhere|yet))?',
    ),
  },
];
