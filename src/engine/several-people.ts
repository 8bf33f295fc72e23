// One question about several people named together ("skills of ana and bo", "emails for diego and
// jonas", "tell me about ana and bo"): the command answered for each of them, joined into one reply.
import { findCommand } from '../../commands/index.js';
import type { Handler, HandlerContext } from './handlers/handler.js';
import type { Reply, ReplyBlock } from './reply.js';
import { nameParts } from './whoknows-people.js';
import { andList } from './whoknows-person.js';

/** Commands about one person whose answers read well one after another. */
const PER_PERSON = new Set(['profile', 'skills', 'contact', 'experience', 'section']);

/**
 * The joined answer when the invocation's person is two to five people joined by "and"/"or"/","
 * who are each found; null otherwise (a name with "and" in it, or someone unknown, is answered as usual).
 */
export function severalPeople(
  context: HandlerContext,
  handlers: Readonly<Record<string, Handler>>,
): Reply | null {
  const { invocation, command, index } = context;
  const asked = invocation.args.person?.trim();
  if (!asked || !PER_PERSON.has(command.name)) return null;
  const parts = nameParts(asked);
  if (parts.length < 2 || index.resolvePerson(asked).status === 'found') return null;
  const ids = new Set<string>();
  for (const part of parts) {
    const resolved = index.resolvePerson(part);
    if (resolved.status !== 'found' || ids.has(resolved.value.id)) return null;
    ids.add(resolved.value.id);
  }
  const handler = handlers[command.name]!;
  const replies = parts.map((person) =>
    handler({
      ...context,
      invocation: { ...invocation, args: { ...invocation.args, person } },
      command: findCommand(command.name)!,
    }),
  );
  return joined(replies);
}

function joined(replies: readonly Reply[]): Reply {
  const [first] = replies as [Reply, ...Reply[]];
  const names = replies.map((r) => r.person?.name ?? r.title);
  const what = first.title.includes(' — ') ? first.title.slice(first.title.indexOf(' — ')) : '';
  const blocks: ReplyBlock[] = replies.flatMap((r) => [
    { type: 'text' as const, heading: r.title, text: r.description ?? r.title },
    ...r.blocks,
  ]);
  const { footer: _footer, ...rest } = first;
  return {
    ...rest,
    person: null,
    title: `${andList(names)}${what}`,
    description: `${replies.length} people, one after another.`,
    blocks,
    links: replies.flatMap((r) => r.links),
    suggestions: [...new Set(replies.flatMap((r) => r.suggestions))].slice(0, 4),
    // Contact details stay private to the asker when any part is.
    ephemeral: replies.some((r) => r.ephemeral),
  } as Reply;
}
