// severalQuestions: two or three questions asked in one line ("where does ana work and where does she
// live", "¿dónde vive y dónde trabaja ana?", "who knows go and who knows rust"), each read on its own,
// the person named in one carried to a part that names no one, and the answers joined into one reply.
import { normalizeQuestion } from './normalize-question.js';
import { questionParts } from './question-parts.js';
import type { Reply, ReplyBlock } from './reply.js';
import { TEAM_QUESTION } from './team-fallback.js';
import { withPerson } from './two-questions.js';
import { andList } from './whoknows-person.js';

/** One question's reading and answer. */
export interface PartAnswer {
  /** Whether a rule read it, or it named someone (a search of everyone reads nothing). */
  read: boolean;
  reply: Reply;
  /** The words its reading took for the person asked about ("zed", "she"), if any. */
  named?: string | null;
}

/** Replies that answer nothing: the part they came from is left out. */
const NO_ANSWER = new Set<Reply['kind']>(['help', 'not_found', 'usage', 'error', 'rate_limited']);

/** A few words and a colon before the questions: a name said first. */
const NAME_FIRST = /^([^:?]{1,60}): +(\S.*)$/s;
/** A person named only by a pronoun ("where does she live"): the person of another part may be meant. */
const PRONOUN_ONLY =
  /^(?:she|he|they|him|her|hers|his|them|their|ele|ela|dele|dela|él|ella|er|sie|ihr|il|elle|lui)$/iu;
/** "she", "he" in Portuguese, Spanish, French and German ("onde ele estudou", "où est-ce qu'il travaille"). */
const FOREIGN_SUBJECT = /(?<![\p{L}'])(?:ele|ela|él|ella|er|sie|il|elle|qu'il|qu'elle)(?![\p{L}])/gu;

interface Answered {
  question: string;
  reply: Reply;
}

/**
 * The joined answer when the line asks two or three questions and at least two of them are answered;
 * null otherwise (then the line is read whole, as before). `ask` answers one question, never split.
 */
export function severalQuestions(line: string, ask: (question: string) => PartAnswer): Reply | null {
  // "ana: where does she live and what's her email": the name before the colon is whom the parts ask about.
  const head = NAME_FIRST.exec(line);
  const parts = questionParts(head ? head[2]! : line);
  if (!parts) return null;
  const said = head ? ask(head[1]!) : null;
  const person = said?.read ? said.reply.person : null;
  const first = parts.map((question) => ({ question, answer: ask(question) }));
  const named = first.map(({ answer }) => (answer.read ? answer.reply.person : null));
  const answered: Answered[] = [];
  const dropped: string[] = [];
  first.forEach(({ question, answer }, i) => {
    // The person of the nearest part before it that names one, else of the first after it; never to a part
    // naming someone else ("what is zed's email") or already answered about no one ("which of them knows go").
    const carried =
      named[i] || namesOther(answer) || (!answer.named && isAnswer(answer))
        ? null
        : (person ?? named.slice(0, i).findLast(Boolean) ?? named.slice(i + 1).find(Boolean) ?? null);
    const best =
      carried && !TEAM_QUESTION.test(normalizeQuestion(question))
        ? (aboutPerson(question, carried, ask) ?? answer)
        : answer;
    if (isAnswer(best)) answered.push({ question, reply: best.reply });
    else dropped.push(question);
  });
  return answered.length < 2 ? null : joined(answered, dropped);
}

/** Whether a part's answer answers it. */
const isAnswer = (answer: PartAnswer): boolean => answer.read && !NO_ANSWER.has(answer.reply.kind);

/** Whether a part's reading named a person by more than a pronoun. */
const namesOther = (answer: PartAnswer): boolean =>
  Boolean(answer.named?.trim() && !PRONOUN_ONLY.test(answer.named.trim()));

/** The question asked about `person`: pronouns replaced by the name, else the name after it. */
function aboutPerson(
  question: string,
  person: { id: string; name: string },
  ask: (question: string) => PartAnswer,
): PartAnswer | null {
  const lower = question.toLowerCase();
  const english = withPerson(lower, person.name);
  const other = lower.replace(FOREIGN_SUBJECT, (word) =>
    word.startsWith('qu') ? `que ${person.name}` : person.name,
  );
  const tries = new Set([english, other, `${question} ${person.name}`]);
  tries.delete(lower);
  for (const tried of tries) {
    const answer = ask(tried);
    if (answer.read && answer.reply.person?.id === person.id && !NO_ANSWER.has(answer.reply.kind))
      return answer;
  }
  return null;
}

/** One reply from the answers: each headed by its own title, the first one's kind and data kept. */
function joined(answered: readonly Answered[], dropped: readonly string[]): Reply {
  const replies = answered.map((a) => a.reply);
  const [first] = replies as [Reply, ...Reply[]];
  const people = new Set(replies.map((r) => r.person?.id ?? ''));
  const person = people.size === 1 && first.person ? first.person : null;
  const part = (r: Reply) => {
    const at = r.title.indexOf(' — ');
    return person && at >= 0 ? r.title.slice(at + 3) : r.title;
  };
  const blocks: ReplyBlock[] = answered.flatMap(({ question, reply }) => [
    { type: 'text' as const, heading: reply.title, text: reply.description ?? question },
    ...reply.blocks,
  ]);
  const note = dropped.length
    ? ` I couldn't read ${andList(dropped.map((q) => `“${q}”`))}, so it is left out.`
    : '';
  const footers = [...new Set(replies.flatMap((r) => (r.footer ? [r.footer] : [])))];
  const urls = new Set<string>();
  return {
    ...first,
    person,
    title: person ? `${person.name} — ${andList(replies.map(part))}` : andList(replies.map(part)),
    description: `${replies.length} questions, answered one after another.${note}`,
    blocks,
    links: replies.flatMap((r) => r.links).filter((l) => !urls.has(l.url) && Boolean(urls.add(l.url))),
    ...(footers.length ? { footer: footers.join(' · ') } : {}),
    suggestions: [...new Set(replies.flatMap((r) => r.suggestions))].slice(0, 4),
    // Contact details stay private to the asker when they are in any part.
    ephemeral: replies.some((r) => r.ephemeral),
  };
}
