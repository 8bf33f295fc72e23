// Reply → plain text: the shell's output and the platforms' fallback text. No markup, no colour.
import type { Reply, ReplyBlock } from '../engine/reply.js';
import { withoutUnsafeCharacters } from '../text/unsafe-characters.js';

/**
 * Title, description, each block (fields as "name: value", lists as "• item", paragraphs as is),
 * links not already shown, "Source: …" and "Try: …"; parts separated by blank lines.
 */
export function renderText(reply: Reply): string {
  const parts: string[] = [];
  parts.push(reply.description ? `${reply.title}\n${reply.description}` : reply.title);
  for (const block of reply.blocks) parts.push(renderBlock(block));
  const shown = parts.join('\n');
  const links = reply.links.filter((l) => !shown.includes(l.url));
  if (links.length > 0) parts.push(['Links', ...links.map((l) => `• ${l.label}: ${l.url}`)].join('\n'));
  const tail: string[] = [];
  if (reply.footer) tail.push(`Source: ${reply.footer}`);
  if (reply.suggestions.length > 0) tail.push(`Try: ${reply.suggestions.join(' · ')}`);
  if (tail.length > 0) parts.push(tail.join('\n'));
  // A terminal acts on controls: none reaches it, whether from a file name or from what the asker typed.
  return withoutUnsafeCharacters(parts.filter((p) => p.length > 0).join('\n\n'));
}

function renderBlock(block: ReplyBlock): string {
  const lines: string[] = block.heading ? [block.heading] : [];
  switch (block.type) {
    case 'fields':
      for (const field of block.fields) {
        lines.push(
          field.value.includes('\n')
            ? `${field.name}:\n${indent(field.value)}`
            : `${field.name}: ${field.value}`,
        );
      }
      break;
    case 'list':
      for (const item of block.items) lines.push(`• ${item.replace(/\n/g, '\n  ')}`);
      break;
    case 'text':
      lines.push(block.text);
      break;
  }
  return lines.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
