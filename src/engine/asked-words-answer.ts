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

/** A job before the one held now ("first job", "last job before the current one", "previous role"). */
const PAST_JOB =
  /\b(?:first|previous|prior|former|earlier|past|before|last|primer|anterior|premier|précédent|ersten?|vorherige)\b|前職|이전|以前/u;
/** Words naming a job ("title", "position", "cargo", "poste", "직책", "肩書き", "职位"). */
const JOB_WORD =
  /\b(?:title|position|role|job|occupation|designation|puesto|cargo|poste|métier|stelle|beruf|jobtitel)\b|직책|직무|직업|肩書|職業|职位|职务/u;

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
  // "current title", "position", "cargo": what they do now.
  if (JOB_WORD.test(folded) && !PAST_JOB.test(folded))
    return asCommand(context, profile, 'profile', { section: 'role' });
  return askedWordsSearch(context, profile, asked);
}
