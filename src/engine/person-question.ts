// A question no rule reads that names someone inside it ("did hiroshi give any talks", "what games has
// liam made", "what is pradumna"): the person, and what is asked about them (a fact with no slot of its
// own, see fact-topics.ts) or nothing at all (then their profile). Anything else stays a search.
import { foldText } from '../text/fold-text.js';
import { factTopicAsked } from './fact-topics.js';
import type { Intent } from './intent.js';
import { TOPICS } from './intent-topics.js';

/** A fact question is short; longer text is a search (and this bounds the look-ups to 3 × 12). */
const MAX_WORDS = 12;
const MAX_NAME_WORDS = 3;
/** Words a name is never made of here, whoever is called that: the question's own words. */
const NOT_A_NAME = new Set(
  "what what's whats who who's whos which where when how is was are were does do did has have had the a an any some of about s his her their them there here me my you your".split(
    ' ',
  ),
);
/** "what is X", "what about X": nothing asked but the person. */
const ONLY_THE_PERSON = new Set(['what', 'whats', 'what s', 'is', 'about', 's', 'who', 'whos']);

/** `names(text)`: whether every word of text is a name word of the person (or people) it resolves to. */
export function personQuestion(question: string, names: (text: string) => boolean): Intent | null {
  const words = question.split(' ').filter(Boolean);
  if (words.length < 2 || words.length > MAX_WORDS) return null;
  const span = namedSpan(words, names);
  if (!span) return null;
  const rest = foldText([...words.slice(0, span.start), ...words.slice(span.end)].join(' '));
  const fact = factTopicAsked(rest);
  if (fact) return { command: 'section', args: { person: span.person, section: fact.topic } };
  // "can u give me hiroshis email pls", "qual é o email da inês": a topic word anywhere around the name.
  const topic = topicIn(rest);
  if (topic)
    return topic.section
      ? { command: topic.command, args: { person: span.person, section: topic.section } }
      : { command: topic.command, args: { person: span.person } };
  const left = rest.split(' ').filter(Boolean);
  if (left.length > 0 && left.every((w) => ONLY_THE_PERSON.has(w)) && left[0] === 'what')
    return { command: 'profile', args: { person: span.person } };
  return null;
}

/** The topic (TOPICS) whose longest word stands among the words as a whole word; null when none does. */
function topicIn(folded: string): (typeof TOPICS)[number] | null {
  const padded = ` ${folded} `;
  let best: { topic: (typeof TOPICS)[number]; length: number } | null = null;
  for (const topic of TOPICS) {
    for (const word of topic.words) {
      const key = foldText(word);
      if (key && padded.includes(` ${key} `) && (!best || key.length > best.length))
        best = { topic, length: key.length };
    }
  }
  return best?.topic ?? null;
}

/**
 * Words questions are made of (English, then es/pt/fr/de), whoever is also called that ("will", "long"):
 * no profile line answers by them, and they name someone only when nothing else in the question does.
 */
export const QUESTION_WORDS = new Set(
  (
    'what whats when which whose whom why tell please pls still currently now right ever any some kind ' +
    'did done doing was were been being he she they him her his hers them their this that these those there here ' +
    'much many long ago much could would should will does do is are has have had am the of a an to in on at ' +
    'qué que cuál cual cuáles dónde donde cuándo cuando cómo como el la los las del de en un una es su sus ' +
    'o os as do da dos das no na nos nas em um uma onde quando qual quais ainda seu sua ' +
    'quel quelle quels où quand est le les des du une son sa ses ' +
    'was wann welche welcher wo wie der die das den dem ist sein seine hat ' +
    // Italian, and the "did" and "made" of these languages ("dove ha fatto lo stage", "fez estágio").
    'dove cosa che chi quale quali quando come ha il lo gli di della del ' +
    'hizo fez fait fatto gemacht'
  ).split(' '),
);

type Span = { start: number; end: number; person: string };

/**
 * The longest run of words (leftmost first) that names someone; a possessive "'s" or "s" is dropped. A run
 * of question words only ("what will ines use": Will) is kept for when no other run names anyone.
 */
export function namedSpan(words: readonly string[], names: (text: string) => boolean): Span | null {
  let weak: Span | null = null;
  for (let size = Math.min(MAX_NAME_WORDS, words.length - 1); size >= 1; size -= 1) {
    for (let start = 0; start + size <= words.length; start += 1) {
      const part = words.slice(start, start + size);
      // "o", "da": too short to be taken for a name part ("o" of O'Brien) at either end.
      if (part.some((w) => NOT_A_NAME.has(w)) || part[0]!.length < 3 || part.at(-1)!.length < 3) continue;
      const text = part.join(' ').replace(/'s$|'$/, '');
      // "hiroshis email": a possessive typed without its apostrophe.
      const person = names(text)
        ? text
        : text.endsWith('s') && !text.endsWith('ss') && names(text.slice(0, -1))
          ? text.slice(0, -1)
          : null;
      if (person === null) continue;
      const span = { start, end: start + size, person };
      if (!person.split(' ').every((w) => QUESTION_WORDS.has(w))) return span;
      weak ??= span;
    }
  }
  return weak;
}
