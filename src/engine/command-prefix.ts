// SLACK_COMMAND_PREFIX in answers: where a reply names a command ("Try: /skills rajat", help usage
// lines), Slack users must see the command they can type ("/pa-skills rajat").
import { COMMANDS } from '../../commands/index.js';
import type { Reply, ReplyBlock } from './reply.js';

const NAMES = COMMANDS.map((c) => c.name).join('|');
/** A slash command at the start of the text or after a space or opening punctuation. */
const COMMAND = new RegExp(`(^|[\\s("'“‘·:,])/(${NAMES})(?![\\w-])`, 'g');

export function prefixCommands(text: string, prefix: string): string {
  return prefix ? text.replace(COMMAND, `$1/${prefix}$2`) : text;
}

/** Kinds whose blocks are written by the bot (usage, help), never copied from a profile. */
const OWN_BLOCKS = new Set<Reply['kind']>(['help', 'usage', 'not_found', 'ambiguous']);

/** The reply with every command it names prefixed; unchanged when the prefix is empty. */
export function withCommandPrefix(reply: Reply, prefix: string): Reply {
  if (!prefix) return reply;
  const p = (text: string) => prefixCommands(text, prefix);
  const blocks = OWN_BLOCKS.has(reply.kind) ? reply.blocks.map((b) => prefixBlock(b, p)) : reply.blocks;
  return {
    ...reply,
    title: p(reply.title),
    ...(reply.description === undefined ? {} : { description: p(reply.description) }),
    blocks,
    suggestions: reply.suggestions.map(p),
  } as Reply;
}

function prefixBlock(block: ReplyBlock, p: (text: string) => string): ReplyBlock {
  switch (block.type) {
    case 'fields':
      return { ...block, fields: block.fields.map((f) => ({ ...f, name: p(f.name), value: p(f.value) })) };
    case 'list':
      return { ...block, items: block.items.map(p) };
    case 'text':
      return { ...block, text: p(block.text) };
  }
}
