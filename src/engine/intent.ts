// Free text → command: deterministic rule matching (no model) over a normalised question.
import type { CommandName } from '../../commands/index.js';
import { chatSkillQuestion } from './chat-skill-question.js';
import { foreignFrames } from './foreign-frames.js';
import { foreignQuestion } from './foreign-question.js';
import { INTENT_RULES, type IntentArgs, type IntentRule } from './intent-rules.js';
import { TOPICS } from './intent-topics.js';
import { nativeFrames } from './native-frames.js';
import { normalizeQuestion, TRAILING } from './normalize-question.js';
import { personQuestion } from './person-question.js';
import { withoutRequestTail } from './request-tail.js';
import { laterQuestion, twoQuestions } from './two-questions.js';

export interface Intent {
  command: CommandName;
  args: IntentArgs;
}

export interface IntentDeps {
  /** True when the text names someone (found or ambiguous): used by loose word-order rules. */
  isPerson(text: string): boolean;
  /** True when every word of the text is a name word of who it names: lets a fact question be read (person-question.ts). */
  namesPerson?(text: string): boolean;
}

/** Where the asker is ("react native here", "go on the team"): never part of a skill's name. */
const PLACE =
  /(?<!\s)\s+(?:here|around|in here|over here|on (?:the|this|our|my) (?:team|server|channel)|in (?:the|this|our|my) (?:team|server|channel|company))$/;

/** The first rule that matches, with its arguments cleaned; null when nothing matches. */
export function parseIntent(line: string, deps: IntentDeps): Intent | null {
  const text = normalizeQuestion(line);
  if (!text) return null;
  // "anybody good at figma? need a quick review": the question is the first sentence; the rest is
  // context. Tried first, then the whole (so "who knows rust? and go" still reads both).
  const first = firstQuestion(text);
  // "where is ana based and how do i reach her": two questions about one person, before the whole is
  // read as one (whose person would be "ana based and how do i reach her").
  const read =
    (first && readQuestion(first, deps)) ||
    twoQuestions(text, (question) => readQuestion(question, deps)) ||
    readQuestion(text, deps);
  if (read) return read;
  // "vue.js anyone?", "java + spring boot person?": technologies and chat words only.
  const chat = (first && chatSkillQuestion(first, deps.isPerson)) || chatSkillQuestion(text, deps.isPerson);
  if (chat) return { command: 'whoknows', args: { skill: chat } };
  // "谁会kafka", "phil nerede yaşıyor": asked in a language the rules do not read, then in English.
  // Its English is read by the rules, then as a fact asked about the person ("how old is lena").
  const names = deps.namesPerson;
  const foreign = foreignQuestion(
    text,
    deps.isPerson,
    (question) => readQuestion(question, deps) ?? (names ? personQuestion(question, names) : null),
    names,
  );
  if (foreign) return foreign;
  // "need a kotlin dev for a quick pairing session": no rule reads the request with its purpose or
  // urgency after it; the question without them.
  const bare = withoutRequestTail(text);
  const tailless = bare !== text ? readQuestion(bare, deps) : null;
  return tailless ?? laterQuestion(text, (question) => readQuestion(question, deps), deps.isPerson);
}

/** The question before a "?" or "!" that ends a sentence inside the text; null when there is none. */
function firstQuestion(text: string): string | null {
  const end = SENTENCE_END.exec(text);
  if (!end) return null;
  const rest = text.slice(end.index + end[0].length);
  if (CONTINUES.test(rest)) return null;
  return text.slice(0, end.index).replace(TRAILING, '').trim() || null;
}

const SENTENCE_END = /[?!]\s/;
/**
 * A second half that adds to the question rather than starting another sentence ("… rust? and go"), or
 * the link the question is about ("who's this? github.com/ana-dev").
 */
const CONTINUES = /^\s*(?:(?:and|or|plus|as well as)\b|[&+,]|(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/)/;

/**
 * The rules' reading of a question; when none reads it, or the reading names nobody ("who is knowing go" read
 * as a person called "knowing go"), the reading of it in the frame the rules know ("who knows go").
 */
function readQuestion(text: string, deps: IntentDeps): Intent | null {
  // "¿josde sigue en esalab?", "onde o ana fez estágio": a career frame of another language, read in English
  // first (a looser rule of that language would read it as something else), kept only when it names someone.
  const english = foreignFrames(text);
  const foreign = english ? matchRules(english, deps) : null;
  if (foreign?.args.person && !namesNobody(foreign, deps)) return foreign;
  const read = matchRules(text, deps);
  if (read && !namesNobody(read, deps)) return read;
  const native = nativeFrames(text);
  const rewritten = native !== text ? matchRules(native, deps) : null;
  return rewritten && !namesNobody(rewritten, deps) ? rewritten : read;
}

function namesNobody(intent: Intent, deps: IntentDeps): boolean {
  const person = intent.args.person;
  return person !== undefined && !deps.isPerson(person);
}

function matchRules(text: string, deps: IntentDeps): Intent | null {
  for (const rule of INTENT_RULES) {
    const intent = applyRule(rule, text, deps);
    if (intent) return intent;
  }
  return null;
}

function applyRule(rule: IntentRule, text: string, deps: IntentDeps): Intent | null {
  const match = rule.pattern.exec(text);
  if (!match) return null;
  const found = match.groups ?? {};
  const args: IntentArgs = { ...rule.fixed };
  if (found.person !== undefined) {
    let person = cleanPerson(found.person);
    if (!person) return null;
    // "onde trabalha o orhan", "contatto di la giulia": an article some languages put before a name.
    const bareName = person.replace(ARTICLE, '');
    if (bareName !== person && bareName && !deps.isPerson(person) && deps.isPerson(bareName))
      person = bareName;
    if (rule.needsPerson && !deps.isPerson(person)) {
      // A possessive typed without its apostrophe ("sam okafors email"): the name without the "s".
      const bare = person.endsWith('s') && !person.endsWith('ss') ? person.slice(0, -1) : '';
      if (!bare || !deps.isPerson(bare)) return null;
      person = bare;
    }
    args.person = person;
  }
  if (found.skill !== undefined) args.skill = cleanTerm(withoutRequestTail(found.skill)).replace(PLACE, '');
  if (found.query !== undefined) args.query = cleanTerm(found.query);
  for (const name of ['employer', 'place', 'school', 'role', 'kind', 'language'] as const)
    if (found[name] !== undefined) args[name] = cleanTerm(found[name]).replace(PLACE, '');
  if (found.section !== undefined) args.section = cleanTerm(found.section);
  if (found.command !== undefined) args.command = found.command;
  if (Object.values(args).some((v) => v === '')) return null;
  if (rule.command !== 'topic') return { command: rule.command, args };
  const topic = TOPICS.find((t) => t.words.includes(found.topic ?? ''));
  if (!topic) return null;
  return { command: topic.command, args: topic.section ? { ...args, section: topic.section } : args };
}

/** Articles before a name in Portuguese, Spanish, Italian, French and German. */
const ARTICLE = /^(?:o|a|os|el|la|il|lo|le|l'|der|die|den|dem) (?=\S)/;

/** "@Rajdeep's" → "rajdeep"; "the rajat" → "rajat". */
export function cleanPerson(raw: string): string {
  return (
    raw
      .trim()
      .replace(/^@/, '')
      .replace(/^(?:the|mr|ms|mrs|dr)\.? /, '')
      // "does ana also do go", "is ana still into rust": a word of chat between the name and the verb.
      .replace(/ (?:also|too|still|even|ever|really|actually)$/, '')
      // "who's the k8s person here": where the asker is, never part of a name or a description.
      .replace(/ (?:here|around|on the team|in the team)$/, '')
      .replace(/(?:'s|')$/, '')
      // "contact rajat on linkedin": where to reach them is no part of the name.
      .replace(
        / (?:on|via|through|over|by) (?:email|e-mail|mail|linkedin|twitter|x|github|slack|discord|telegram|whatsapp|signal|phone|mastodon|bluesky)$/,
        '',
      )
      .replace(/^["']|["']$/g, '')
      .trim()
  );
}

/** "about terraform" → "terraform"; "the django" → "django". */
function cleanTerm(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:about|in|with|on|for|the|a|an) /, '')
    .replace(/^["']|["']$/g, '')
    .trim();
}
