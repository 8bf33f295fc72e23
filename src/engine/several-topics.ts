// Several topics about one person asked in one line ("ravi's skills and email", "skills and contact for
// ravi", "lena's email and linkedin"): each topic answered by its own command, joined into one reply.
import { type CommandName, findCommand } from '../../commands/index.js';
import { foldLetters } from '../text/fold-text.js';
import type { Handler, HandlerContext } from './handlers/handler.js';
import { TOPICS } from './intent-topics.js';
import type { Reply, ReplyBlock } from './reply.js';
import { andList } from './whoknows-person.js';

type Topic = (typeof TOPICS)[number];
const MAX_TOPICS = 4;

/** "skills and email" → the skills and contact topics; null unless every part is a topic word and two differ. */
export function topicList(text: string): Topic[] | null {
  const parts = foldLetters(text)
    .replace(/[,&+/]/g, ' and ')
    .split(' and ')
    .map((p) => p.trim().replace(/^(?:the|their|his|her) /, ''))
    .filter(Boolean);
  if (parts.length < 2 || parts.length > MAX_TOPICS) return null;
  const topics: Topic[] = [];
  for (const part of parts) {
    const topic = TOPICS.find((t) => t.words.includes(part));
    if (!topic) return null;
    if (!topics.includes(topic)) topics.push(topic);
  }
  return topics;
}

/**
 * The joined answer when the invocation's section is a list of topics; null when it is not one. Topics
 * of one command ("email and linkedin") are that command's answer; an unknown person is answered once.
 */
export function severalTopics(
  context: HandlerContext,
  handlers: Readonly<Record<string, Handler>>,
): Reply | null {
  const asked = context.invocation.args.section?.trim();
  const topics = asked ? topicList(asked) : null;
  if (!topics) return null;
  const commands = [...new Set(topics.map((t) => t.command))];
  const replies: Reply[] = [];
  for (const topic of topics) {
    // Contact words ("email", "linkedin") are all the one contact answer.
    if (!topic.section && replies.some((r) => r.kind === topic.command)) continue;
    const reply = answerTopic(context, handlers, topic.command, topic.section);
    if (!reply.person) return reply;
    replies.push(reply);
  }
  if (commands.length === 1 && replies.length === 1) return replies[0]!;
  return joined(replies);
}

function answerTopic(
  context: HandlerContext,
  handlers: Readonly<Record<string, Handler>>,
  command: CommandName,
  section: string | undefined,
): Reply {
  const { person } = context.invocation.args;
  const args = { ...(person ? { person } : {}), ...(section ? { section } : {}) };
  const invocation = { ...context.invocation, command, args };
  return handlers[command]!({ ...context, invocation, command: findCommand(command)! });
}

/** One reply from several about the same person: the first one's kind and data, each part headed by its title. */
function joined(replies: readonly Reply[]): Reply {
  const [first] = replies as [Reply, ...Reply[]];
  const part = (r: Reply) => {
    const at = r.title.indexOf(' — ');
    return at < 0 ? r.kind.charAt(0).toUpperCase() + r.kind.slice(1) : r.title.slice(at + 3);
  };
  const blocks: ReplyBlock[] = replies.flatMap((r, i) => [
    ...(i === 0 ? [] : [{ type: 'text' as const, heading: part(r), text: r.description ?? part(r) }]),
    ...r.blocks,
  ]);
  return {
    ...first,
    title: `${first.person!.name} — ${andList(replies.map(part))}`,
    blocks,
    links: replies.flatMap((r) => r.links),
    suggestions: [...new Set(replies.flatMap((r) => r.suggestions))].slice(0, 4),
    // Contact details stay private to the asker when they are in any part.
    ephemeral: replies.some((r) => r.ephemeral),
  };
}
