// SLACK_COMMAND_PREFIX in answers: where a reply names a command ("Try: /skills rajat", help usage
// lines), Slack users must see the command they can type ("/pa-skills rajat").
import { COMMAND_SET, type CommandSet } from '../../commands/index.js';
import type { Reply, ReplyBlock } from './reply.js';

/**
 * A slash and a word at the start of the text or after a space or opening punctuation; the word is
 * prefixed only when it is a command. The pattern names no command, so adding one changes no regex.
 */
const SLASH_WORD = /(^|[\s("'“‘·:,])\/([\w-]+)/g;

export function prefixCommands(text: string, prefix: string, commands: CommandSet = COMMAND_SET): string {
  if (!prefix) return text;
  return text.replace(SLASH_WORD, (whole, before: string, word: string) =>
    commands.has(word) ? `${before}/${prefix}${word}` : whole,
  );
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
