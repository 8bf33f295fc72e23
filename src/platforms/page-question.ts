// pageQuestion: the question a page button re-asks. A person given as a mention is stored as the
// profile the answer is about: the button cannot carry the account, and its words alone (a nickname)
// might find someone else, or nobody, when the next page is asked.
import type { Invocation } from '../engine/invocation.js';
import type { Reply } from '../engine/reply.js';

export function pageQuestion(invocation: Invocation, reply: Reply): Invocation {
  if (!invocation.accounts?.length || !reply.person || !invocation.args.person) return invocation;
  return { ...invocation, args: { ...invocation.args, person: reply.person.id } };
}
