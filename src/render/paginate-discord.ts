// paginateDiscord: a reply's description and blocks packed as embed fields into pages within Discord's limits.
import type { Reply, ReplyBlock } from '../engine/reply.js';
import type { DiscordEmbedField } from './discord.js';
import { discordLink, escapeDiscord } from './discord-escape.js';
import { chunkText, DISCORD, fitLabel } from './limits.js';

const EMPTY_NAME = '\u200b';
/** Titles and field names: markdown renders there, masked links do not. */
const NAME = { links: false } as const;

function blockFields(block: ReplyBlock): DiscordEmbedField[] {
  const heading = block.heading
    ? fitLabel(escapeDiscord(block.heading, NAME), DISCORD.fieldName)
    : EMPTY_NAME;
  const texts =
    block.type === 'fields'
      ? []
      : chunkText(
          block.type === 'list'
            ? block.items.map((i) => `• ${escapeDiscord(i)}`).join('\n')
            : escapeDiscord(block.text),
          DISCORD.fieldValue,
        );
  if (block.type !== 'fields') {
    const more = heading === EMPTY_NAME ? EMPTY_NAME : fitLabel(`${heading} (cont.)`, DISCORD.fieldName);
    return texts.map((value, i) => ({ name: i === 0 ? heading : more, value: value || '—' }));
  }
  // A fields block's heading ("Top skills") stands on its own line above its fields.
  const head: DiscordEmbedField[] = heading === EMPTY_NAME ? [] : [{ name: heading, value: EMPTY_NAME }];
  return head.concat(
    block.fields.flatMap((field) => {
      const name = fitLabel(escapeDiscord(field.name, NAME), DISCORD.fieldName) || EMPTY_NAME;
      return chunkText(escapeDiscord(field.value), DISCORD.fieldValue).map((value, i) => ({
        name: i === 0 ? name : fitLabel(`${name} (cont.)`, DISCORD.fieldName),
        value: value || '—',
        ...(field.inline ? { inline: true } : {}),
      }));
    }),
  );
}

const fieldSize = (f: DiscordEmbedField) => f.name.length + f.value.length;

/** Every unit of content, in order, as embed fields; pages are packed from these. */
function allFields(reply: Reply, listed: Reply['links']): DiscordEmbedField[] {
  const fields = reply.blocks.flatMap(blockFields);
  if (listed.length > 0) {
    const lines = listed.map((l) => `• ${discordLink(l.label, l.url)}`).join('\n');
    fields.push(...chunkText(lines, DISCORD.fieldValue).map((value) => ({ name: 'Links', value })));
  }
  return fields;
}

/** Packs description chunks and fields into pages that respect the 25-field and 6000-char limits. */
export function paginateDiscord(
  reply: Reply,
  title: string,
  listed: Reply['links'],
): { description?: string; fields: DiscordEmbedField[] }[] {
  // Budget leaves room for the title and a footer of up to ~700 chars on every page.
  const budget = DISCORD.totalEmbedChars - title.length - 700;
  const descriptions = reply.description
    ? chunkText(escapeDiscord(reply.description), DISCORD.description)
    : [];
  const pages: { description?: string; fields: DiscordEmbedField[] }[] = [];
  const first = descriptions.shift();
  let page: { description?: string; fields: DiscordEmbedField[] } = first
    ? { description: first, fields: [] }
    : { fields: [] };
  let used = first?.length ?? 0;
  // Over-long descriptions continue as fields so nothing is cut.
  const overflow = descriptions.length ? chunkText(descriptions.join('\n'), DISCORD.fieldValue) : [];
  const units = [...overflow.map((value) => ({ name: EMPTY_NAME, value })), ...allFields(reply, listed)];
  for (const field of units) {
    if (page.fields.length >= DISCORD.fields || used + fieldSize(field) > budget) {
      pages.push(page);
      page = { fields: [] };
      used = 0;
    }
    page.fields.push(field);
    used += fieldSize(field);
  }
  pages.push(page);
  return pages;
}
