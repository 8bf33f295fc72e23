// renderDiscord: Reply → the exact Discord message payload (embeds, buttons), paged within every limit.
import type { Reply } from '../engine/reply.js';
import { defuseMentions, escapeDiscord } from './discord-escape.js';
import { DISCORD, fitLabel } from './limits.js';
import { paginateDiscord } from './paginate-discord.js';
import { unshownLinks } from './unshown-links.js';

export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface DiscordEmbed {
  title: string;
  description?: string;
  color: number;
  fields: DiscordEmbedField[];
  footer?: { text: string };
}

export interface DiscordButton {
  type: 2;
  style: 1 | 2 | 5;
  label: string;
  custom_id?: string;
  url?: string;
  disabled?: boolean;
}

export interface DiscordMessage {
  embeds: DiscordEmbed[];
  components: { type: 1; components: DiscordButton[] }[];
  allowed_mentions: { parse: [] };
  /** 64 = ephemeral (interaction responses only). */
  flags?: number;
}

export interface DiscordRenderOptions {
  page?: number;
  /** Builds the custom_id of a paging button for page `page` (the platform knows how to re-find the answer). */
  pageButtonId?: (page: number) => string;
  /** custom_id of a button that asks `line` (a follow-up or a "which one?" pick); null when it can't fit. */
  runButtonId?: (line: string) => string | null;
}

/** Follow-ups become buttons that ask them: `pa:r:<line>` while it fits Discord's 100-character custom_id. */
export const RUN_PREFIX = 'pa:r:';
const defaultRunId = (line: string) =>
  RUN_PREFIX.length + line.length <= DISCORD.customId ? `${RUN_PREFIX}${line}` : null;

function runButtons(reply: Reply, id: (line: string) => string | null) {
  const buttons: DiscordButton[] = [];
  const lines = new Set<string>();
  for (const line of reply.suggestions) {
    const custom_id = id(line);
    if (!custom_id || buttons.length === DISCORD.buttonsPerRow) continue;
    buttons.push({
      type: 2,
      style: 2,
      label: fitLabel(defuseMentions(line), DISCORD.buttonLabel),
      custom_id,
    });
    lines.add(line);
  }
  return { buttons, lines };
}

const COLORS: Partial<Record<Reply['kind'], number>> = {
  not_found: 0xf0b232,
  ambiguous: 0xf0b232,
  usage: 0xf0b232,
  error: 0xda373c,
  rate_limited: 0xf0b232,
};
/** Titles and field names: markdown renders there, masked links do not. */
const NAME = { links: false } as const;
const BUTTON_URL = 512;

/** Each link shown once: not when its address is already in the content, else a button (first five), else listed. */
function placeLinks(reply: Reply): { buttons: Reply['links']; listed: Reply['links'] } {
  const fresh = unshownLinks(reply);
  const buttonable = fresh.filter((l) => /^https?:\/\//i.test(l.url) && l.url.length <= BUTTON_URL);
  const buttons = buttonable.slice(0, DISCORD.buttonsPerRow);
  return { buttons, listed: fresh.filter((l) => !buttons.includes(l)) };
}

function footerText(
  reply: Reply,
  page: number,
  pageCount: number,
  asButtons: Set<string>,
): string | undefined {
  const rest = reply.suggestions.filter((s) => !asButtons.has(s));
  const parts = [reply.footer, rest.length ? `Try: ${rest.join(' · ')}` : undefined];
  if (pageCount > 1) parts.push(`Page ${page + 1}/${pageCount}`);
  const text = parts.filter(Boolean).join(' · ');
  return text ? fitLabel(defuseMentions(text), DISCORD.footer) : undefined;
}

export function renderDiscord(
  reply: Reply,
  options: DiscordRenderOptions = {},
): { payload: DiscordMessage; page: number; pageCount: number } {
  const title = fitLabel(escapeDiscord(reply.title, NAME), DISCORD.title);
  const links = placeLinks(reply);
  const pages = paginateDiscord(reply, title, links.listed);
  const pageCount = pages.length;
  const page = Math.min(Math.max(0, options.page ?? 0), pageCount - 1);
  const current = pages[page]!;
  const embed: DiscordEmbed = { title, color: COLORS[reply.kind] ?? 0x5865f2, fields: current.fields };
  if (current.description) embed.description = current.description;
  const run = runButtons(reply, options.runButtonId ?? defaultRunId);
  const footer = footerText(reply, page, pageCount, run.lines);
  if (footer) embed.footer = { text: footer };
  const components: DiscordMessage['components'] = [];
  const linkButtons = links.buttons.map(
    (l): DiscordButton => ({
      type: 2,
      style: 5,
      label: fitLabel(defuseMentions(l.label), DISCORD.buttonLabel),
      url: l.url,
    }),
  );
  if (linkButtons.length > 0) components.push({ type: 1, components: linkButtons });
  if (run.buttons.length > 0) components.push({ type: 1, components: run.buttons });
  if (pageCount > 1) {
    const id = options.pageButtonId ?? ((p: number) => `pa:page:${p}`);
    components.push({
      type: 1,
      components: [
        {
          type: 2,
          style: 2,
          label: '◀ Prev',
          custom_id: id(page - 1).slice(0, DISCORD.customId),
          disabled: page === 0,
        },
        {
          type: 2,
          style: 2,
          label: 'Next ▶',
          custom_id: id(page + 1).slice(0, DISCORD.customId),
          disabled: page === pageCount - 1,
        },
      ],
    });
  }
  const payload: DiscordMessage = { embeds: [embed], components, allowed_mentions: { parse: [] } };
  if (reply.ephemeral) payload.flags = 64;
  return { payload, page, pageCount };
}
