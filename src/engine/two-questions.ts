// twoQuestions: two questions about one person joined by "and" ("where is ana based and how do I reach
// her"), read as one line of topics ("location and contact") that several-topics.ts answers together; and
// laterQuestion: the question among chat sentences ("hey! sorry to bother, quick q — does anyone …?").
import { foldText } from '../text/fold-text.js';
import type { Intent } from './intent.js';
import { TOPICS } from './intent-topics.js';

/** " and " before a second question's first word. */
const JOIN =
  / and (?:also )?(?=(?:how|where|what|what's|whats|who|which|when|can|could|does|do|is|are|tell me|show me|give me)\b)/;
/** The person of the first question, named again by a pronoun in the second. */
const PRONOUN = /\b(?:she|he|they|him|them|hers|his|their|her)\b/g;
/** "her" before one of these is "her" the person ("ping her on slack"), not "her skills". */
const AFTER_OBJECT = new Set([
  'on',
  'at',
  'in',
  'about',
  'by',
  'via',
  'with',
  'for',
  'to',
  'from',
  'directly',
]);

/** The topic word a parsed question asks about ("location", "contact", "skills"); null for others. */
function topicWord(intent: Intent): string | null {
  const section = intent.args.section?.trim();
  if (intent.command === 'section')
    return section && TOPICS.some((t) => t.words.includes(section)) ? section : null;
  if (section) return null;
  return TOPICS.find((t) => t.command === intent.command && !t.section)?.words[0] ?? null;
}

/** The second question with its pronouns replaced by the person's name ("her skills" → "ana's skills"). */
export function withPerson(question: string, person: string): string {
  return question.replace(PRONOUN, (word, at: number) => {
    const next = question.slice(at + word.length).match(/^ ([a-z']+)/)?.[1];
    const possessive =
      word === 'his' || word === 'their' || (word === 'her' && next !== undefined && !AFTER_OBJECT.has(next));
    return possessive ? `${person}'s` : person;
  });
}

/** The two questions as one intent of topics about their person, when both are about the same one. */
export function twoQuestions(text: string, read: (question: string) => Intent | null): Intent | null {
  const join = JOIN.exec(text);
  if (!join) return null;
  const first = read(text.slice(0, join.index));
  const person = first?.args.person?.trim();
  if (!first || !person) return null;
  const second = read(withPerson(text.slice(join.index + join[0].length), person));
  const other = second?.args.person?.trim();
  if (!second || (other && foldText(other) !== foldText(person))) return null;
  const topics = [topicWord(first), topicWord(second)];
  if (!topics[0] || !topics[1] || topics[0] === topics[1]) return null;
  return { command: 'section', args: { person, section: topics.join(' and ') } };
}

/** Sentences of a chat message: ends of sentences, and dashes between clauses. */
const SENTENCE_BREAK = /[?!.]\s+|\s[—–-]\s/;
/** A sentence that asks: a question word or "anyone" among its words. */
const ASKS =
  /\b(?:who|whom|whose|what|where|how|which|anyone|anybody|someone|somebody|does|do|is there|are there|can|could)\b/;
const MAX_SENTENCES = 6;

/** The sentence without the marks and spaces it ends with (a loop: a `[…]+$` regex rescans each run). */
function withoutEndMarks(sentence: string): string {
  let end = sentence.length;
  while (end > 0 && '?!., \t\n'.includes(sentence[end - 1]!)) end--;
  return sentence.slice(0, end).trim();
}

/**
 * The first of the message's sentences that asks something a rule reads (a name said first stands for
 * the pronouns after it); then, when none does, the first request a rule reads ("hey. I want to reach out to kihyeon. how?": the last sentence asks, the middle one
 * says what). Null when no sentence reads.
 */
export function laterQuestion(
  text: string,
  read: (question: string) => Intent | null,
  isPerson: (text: string) => boolean = () => false,
): Intent | null {
  const sentences = text.split(SENTENCE_BREAK, MAX_SENTENCES + 1);
  if (sentences.length < 2) return null;
  const said = sentences.slice(0, MAX_SENTENCES).map(withoutEndMarks);
  // "mei — what does she work on?": the name said first is who the pronouns of the question mean.
  const named = said[0] && isPerson(said[0]) ? said[0] : null;
  const questions = named ? said.map((s, i) => (i === 0 ? s : withPerson(s, named))) : said;
  for (const question of questions) {
    if (!ASKS.test(question)) continue;
    const intent = read(question);
    if (intent) return intent;
  }
  for (const question of questions) {
    if (ASKS.test(question)) continue;
    const intent = read(question);
    if (intent) return intent;
  }
  return null;
}
