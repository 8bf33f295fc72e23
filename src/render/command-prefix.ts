// withCommandPrefix: where Slack commands carry a prefix (/pa-skills), every command an answer names
// (help, usage, "Try:" follow-ups) is shown with it, so what a user copies is what Slack knows.
import { COMMANDS } from '../../commands/index.js';
import type { Reply, ReplyBlock } from '../engine/reply.js';

// A slash, a command name, and no further name character: "/skills rajat", "(/help)", but not "/skillset".
const COMMAND = new RegExp(`(^|[\\s(“"'‘·,:;])/(${COMMANDS.map((c) => c.name).join('|')})(?![\\w-])`, 'g');

export function withCommandPrefix(text: string, prefix: string): string {
  return prefix ? text.replace(COMMAND, `$1/${prefix}$2`) : text;
}

function block(b: ReplyBlock, p: (text: string) => string): ReplyBlock {
  const heading = b.heading === undefined ? {} : { heading: p(b.heading) };
  if (b.type === 'fields')
    return { ...b, ...heading, fields: b.fields.map((f) => ({ ...f, name: p(f.name), value: p(f.value) })) };
  if (b.type === 'list') return { ...b, ...heading, items: b.items.map(p) };
  return { ...b, ...heading, text: p(b.text) };
}

/** The reply as shown where commands carry `prefix`; links and data are left as they are. */
export function prefixReply(reply: Reply, prefix: string): Reply {
  if (!prefix) return reply;
  const p = (text: string) => withCommandPrefix(text, prefix);
  return {
    ...reply,
    title: p(reply.title),
    ...(reply.description === undefined ? {} : { description: p(reply.description) }),
    ...(reply.footer === undefined ? {} : { footer: p(reply.footer) }),
    blocks: reply.blocks.map((b) => block(b, p)),
    suggestions: reply.suggestions.map(p),
  };
}
