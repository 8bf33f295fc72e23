// Person facts asked the way team members chat: yes/no questions ("is ana a student", "is bo on
// mastodon", "does ana have a blog"), "what's ana's deal", "what does ana's company do", birthdays and
// how well someone speaks a language. Part of the ordered table in intent-rules.ts.
import type { IntentRule } from './intent-rules.js';

const r = (source: string) => new RegExp(`^${source}$`);

/** A name of up to four words: bounded, so a run of topic words after it cannot be split many ways. */
const NAME = "(?<person>[^ ']+(?: [^ ']+){0,3})";

/** Spoken languages a level question names ("how good is ana's english"). */
const SPOKEN =
  '(?:english|spanish|german|french|portuguese|italian|russian|chinese|mandarin|japanese|korean|arabic|hindi|dutch|polish|turkish|ukrainian|vietnamese)';

/** Rules about one person; `topic` is the alternation of topic words (intent-topics.ts). */
export function chatFactRules(topic: string): IntentRule[] {
  return [
    // "is ana a student", "is bo still in school", "is X at uni": their studies say it.
    {
      command: 'section',
      fixed: { section: 'education' },
      pattern: r(
        '(?:is|are) (?<person>.+?) (?:still |currently |now )?(?:an? (?:uni |university |college |grad |phd |masters? |undergrad )?(?:student|undergrad|undergraduate|grad student|phd student)|in (?:school|college|uni|university|grad school)|at (?:uni|university|college|school)|studying|enrolled(?: anywhere| somewhere)?)(?: (?:still|now|rn|currently))?',
      ),
    },
    {
      command: 'section',
      fixed: { section: 'education' },
      pattern: r(
        '(?:does|do) (?<person>.+?) (?:still )?(?:go to|attend) (?:school|uni|university|college)(?: (?:still|now))?',
      ),
    },
    // "is ana on mastodon", "does bo have a blog", "has X got a portfolio": the link, if the profile has it.
    {
      command: 'topic',
      needsPerson: true,
      pattern: r(`(?:is|are) ${NAME}(?:'s)? (?:on|active on|using) (?<topic>${topic})`),
    },
    {
      command: 'topic',
      needsPerson: true,
      pattern: r(
        `(?:does|do|has|have) ${NAME}(?:'s)? (?:have|has|got|keep|run|write|maintain) (?:an? |any |their own |his own |her own )?(?<topic>${topic})(?: (?:account|page|site|profile|handle))?`,
      ),
    },
    // "what's ana's deal", "what's the deal with bo", "what's X's story": who they are.
    {
      command: 'profile',
      pattern: r("what(?:'s| is) (?<person>.+?)(?:'s|') (?:deal|story|thing|vibe)"),
    },
    { command: 'profile', pattern: r("what(?:'s| is) the (?:deal|story) with (?<person>.+?)") },
    // "what does ana's company do", "what's bo's startup about": what they say they do, by the headline.
    {
      command: 'profile',
      fixed: { section: 'role' },
      pattern: r(
        "what (?:does|do) (?<person>.+?)(?:'s|') (?:company|startup|business|firm|agency|studio|team|product) (?:do|make|build|sell)",
      ),
    },
    // "when is ana's birthday", "when was bo born", "X's birthday": a birthday line (fact-topics.ts).
    {
      command: 'section',
      fixed: { section: 'birthday' },
      pattern: r("when(?:'s| is| was) (?<person>.+?)(?:'s|') (?:birthday|bday|b-day|date of birth)"),
    },
    {
      command: 'section',
      fixed: { section: 'birthday' },
      pattern: r('when (?:was|is) (?<person>.+?) born'),
    },
    // "how good is ana's english", "what's bo's english level", "does X speak german": spoken languages.
    {
      command: 'section',
      fixed: { section: 'spoken languages' },
      pattern: r(
        `(?:how good|how fluent|how well) (?:is|does) ${NAME}(?:'s|')? (?:${SPOKEN})(?: level)?(?: speak)?`,
      ),
    },
    {
      command: 'section',
      fixed: { section: 'spoken languages' },
      pattern: r(`(?:what(?:'s| is) )?(?<person>.+?)(?:'s|') (?:${SPOKEN}) (?:level|proficiency|fluency)`),
    },
    {
      command: 'section',
      fixed: { section: 'spoken languages' },
      needsPerson: true,
      pattern: r(`(?:does|can) (?<person>.+?) speak (?:${SPOKEN})(?: (?:well|fluently))?`),
    },
    // "сколько лет опыта у akorzunin", "quanto tempo de experiência o everton tem", "¿cuántos años de
    // experiencia tiene luis?", "wie viel Erfahrung hat lena": how long they have worked, in other languages.
    {
      command: 'section',
      fixed: { section: 'years coding' },
      pattern: r(
        '(?:сколько (?:лет )?(?:опыта|стажа) у|(?:quanto tempo|quantos anos) de experi[eê]ncia (?:tem |possui )?(?:o |a )?|cu[aá]ntos a[nñ]os de experiencia tiene (?:el |la )?|wie viele? (?:jahre )?(?:berufs)?erfahrung hat|combien d.ann[ée]es d.exp[ée]rience (?:a )?)(?<person>.+?)(?: tem| possui)?',
      ),
    },
    // "wo kommt sophia her": where they come from, in German.
    {
      command: 'section',
      fixed: { section: 'origin' },
      pattern: r('wo kommt (?<person>.+?) (?:urspr[uü]nglich )?her'),
    },
  ];
}
