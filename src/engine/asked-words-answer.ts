// askedWordsAnswer: a question about one person that finds no section of that name ("chris's current title",
// "edith's last job before the current one", "does X work for a company or freelance") answered from what
// the profile does say: the role card, the jobs it lists, else the parts of it sharing the asked words.
import { findCommand } from '../../commands/index.js';
import type { Profile } from '../profiles/model/profile.js';
import { foldAsked } from './asked-word-families.js';
import { askedWordsSearch } from './asked-words-search.js';
import { experience } from './handlers/experience.js';
import type { HandlerContext } from './handlers/handler.js';
import { profile as profileCard } from './handlers/profile.js';
import type { Reply } from './reply.js';
import { shortName } from './reply-parts.js';

/** Job words anywhere in the text, to take them out ("full job title" → "full"). */
const JOB_WORD_ALL =
  /\b(?:titles?|positions?|roles?|jobs?|occupation|designation|puesto|cargo|poste|métier|stelle|beruf|jobtitel)\b|직책|직무|직업|肩書|職業|职位|职务/gu;
/** A job before the one held now ("first job", "last job before the current one", "previous role"). */
const PAST_JOB =
  /\b(?:first|previous|prior|former|earlier|past|before|last|primer|anterior|premier|précédent|ersten?|vorherige)\b|前職|이전|以前/u;
/** Words naming a job ("title", "position", "cargo", "poste", "직책", "肩書き", "职位"). */
const JOB_WORD =
  /\b(?:title|position|role|job|occupation|designation|puesto|cargo|poste|métier|stelle|beruf|jobtitel)\b|직책|직무|직업|肩書|職業|职位|职务/u;

/**
 * Words that leave "title" or "job" meaning the one held now ("current title", "cargo atual", "full job
 * title"); any other Latin word asks about another job ("dream job", "roles hiring for", "position on remote work").
 */
const NOW_WORDS = new Set(
  (
    'current currently present now today actual official exact exactly full main primary day real latest ' +
    'new his her their its the a an is what whats which of at and please pls ' +
    'actual atual actuel actuelle aktuelle aktueller aktuell obecne obecny su seu sua son sa el la o le der die das de'
  ).split(' '),
);
const LATIN_WORD = /\p{sc=Latin}+/gu;

/** Whether the asked words say nothing but a job word and "now": the role card answers them. */
function asksCurrentJob(folded: string): boolean {
  const rest = folded.replace(JOB_WORD_ALL, ' ');
  return (rest.match(LATIN_WORD) ?? []).every((w) => NOW_WORDS.has(w));
}

/** The same question answered by another command about this person. */
function asCommand(
  context: HandlerContext,
  profile: Profile,
  name: 'experience' | 'profile',
  args = {},
): Reply {
  const command = findCommand(name)!;
  const person = shortName(context.index, profile);
  const invocation = { ...context.invocation, command: name, args: { person, ...args } };
  return (name === 'experience' ? experience : profileCard)({ ...context, invocation, command });
}

/** The answer, or null when the profile says nothing sharing the asked words. */
export function askedWordsAnswer(context: HandlerContext, profile: Profile, asked: string): Reply | null {
  const folded = foldAsked(asked);
  // "first job", "previous job — dates": the jobs as listed, never the current one given as the answer.
  if (PAST_JOB.test(folded) && JOB_WORD.test(folded) && profile.experience.length > 1)
    return asCommand(context, profile, 'experience');
  // "current title", "position", "cargo": what they do now (not "dream job", "position on remote work").
  if (JOB_WORD.test(folded) && !PAST_JOB.test(folded) && asksCurrentJob(folded))
    return asCommand(context, profile, 'profile', { section: 'role' });
  return askedWordsSearch(context, profile, asked);
}
