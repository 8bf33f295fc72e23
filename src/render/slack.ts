// renderSlack: Reply → the exact Slack message payload (Block Kit plus a plain-text fallback), paged
// within Slack's limits (50 blocks, 3000 chars per section text, 10 fields of 2000, header 150).
import { withCommandPrefix } from '../engine/command-prefix.js';
import type { Reply, ReplyBlock } from '../engine/reply.js';
import { chunkText, fitLabel, SLACK } from './limits.js';
import { type Button, button, buttonLinks, linkButtons, runButtons, type Text } from './slack-buttons.js';
import { escapeSlack, plainSlack, slackLink } from './slack-escape.js';
import { unshownLinks } from './unshown-links.js';

export type SlackBlock =
  | { type: 'header'; text: Text }
  | { type: 'section'; text?: Text; fields?: Text[] }
  | { type: 'context'; elements: Text[] }
  | { type: 'actions'; elements: Button[] };

export interface SlackMessage {
  response_type: 'ephemeral' | 'in_channel';
  /** Notification and accessibility fallback: the title and lead; the blocks hold everything. */
  text: string;
  blocks: SlackBlock[];
}

export interface SlackRenderOptions {
  page?: number;
  /** The value a paging button carries for `page` (the platform knows how to re-find the answer). */
  pageValue?: (page: number) => string;
  /** SLACK_COMMAND_PREFIX: commands named in the answer are shown as Slack knows them (/pa-skills). */
  commandPrefix?: string;
}

/** Content blocks per page: 50 minus header, context, link buttons and paging buttons. */
const CONTENT_BLOCKS = SLACK.blocks - 5;
/** Content JSON per page is what the message budget leaves after header, context and buttons, at least this. */
const MIN_CONTENT_JSON = 3500;
const CONTEXT_TEXT = 1000;
const mrkdwn = (text: string): Text => ({ type: 'mrkdwn', text });

function contentBlocks(block: ReplyBlock): SlackBlock[] {
  const heading = block.heading ? `*${escapeSlack(block.heading)}*\n` : '';
  if (block.type === 'fields') {
    const fields = block.fields.flatMap((f) =>
      chunkText(escapeSlack(f.value), SLACK.fieldText - 300).map((value, i) =>
        mrkdwn(`*${fitLabel(escapeSlack(f.name), 250)}${i > 0 ? ' (cont.)' : ''}*\n${value || '—'}`),
      ),
    );
    const out: SlackBlock[] = heading ? [{ type: 'section', text: mrkdwn(heading.trim()) }] : [];
    let group: Text[] = [];
    let size = 0;
    for (const field of fields) {
      if (group.length === SLACK.fieldsPerSection || size + field.text.length > SLACK.fieldsSectionText) {
        out.push({ type: 'section', fields: group });
        group = [];
        size = 0;
      }
      group.push(field);
      size += field.text.length;
    }
    if (group.length > 0) out.push({ type: 'section', fields: group });
    return out;
  }
  const body =
    block.type === 'list'
      ? block.items.map((i) => `• ${escapeSlack(i)}`).join('\n')
      : escapeSlack(block.text);
  return chunkText(body, SLACK.sectionText - heading.length).map((text, i) => ({
    type: 'section',
    text: mrkdwn(`${i === 0 ? heading : ''}${text || '—'}`),
  }));
}

function allContent(reply: Reply, listed: Reply['links']): SlackBlock[] {
  const lead = reply.description ? chunkText(escapeSlack(reply.description), SLACK.sectionText) : [];
  const links = listed.length
    ? chunkText(listed.map((l) => `• ${slackLink(l.label, l.url)}`).join('\n'), SLACK.sectionText - 20).map(
        (text, i): SlackBlock => ({ type: 'section', text: mrkdwn(`${i === 0 ? '*Links*\n' : ''}${text}`) }),
      )
    : [];
  return [
    ...lead.map((text): SlackBlock => ({ type: 'section', text: mrkdwn(text) })),
    ...reply.blocks.flatMap(contentBlocks),
    ...links,
  ];
}

/** Pages by count and by size: Slack refuses a message whose blocks are too long, whatever their count. */
function pageBlocks(content: SlackBlock[], budget: number): SlackBlock[][] {
  const pages: SlackBlock[][] = [[]];
  let size = 0;
  for (const block of content) {
    const blockSize = JSON.stringify(block).length;
    const current = pages[pages.length - 1]!;
    if (current.length > 0 && (current.length === CONTENT_BLOCKS || size + blockSize > budget)) {
      pages.push([block]);
      size = blockSize;
    } else {
      current.push(block);
      size += blockSize;
    }
  }
  return pages;
}

function contextBlock(reply: Reply, page: number, pageCount: number): SlackBlock[] {
  const rest = reply.suggestions.slice(5);
  const context = [
    reply.footer ? escapeSlack(reply.footer) : '',
    rest.length ? `Try: ${rest.map(escapeSlack).join(' · ')}` : '',
  ]
    .concat(pageCount > 1 ? [`Page ${page + 1}/${pageCount}`] : [])
    .filter(Boolean)
    .map((text) => mrkdwn(fitLabel(text, CONTEXT_TEXT)));
  return context.length > 0 ? [{ type: 'context', elements: context }] : [];
}

export function renderSlack(
  asked: Reply,
  options: SlackRenderOptions = {},
): { payload: SlackMessage; page: number; pageCount: number } {
  const reply = withCommandPrefix(asked, options.commandPrefix ?? '');
  const value = options.pageValue ?? ((p: number) => String(p));
  const header: SlackBlock = {
    type: 'header',
    text: { type: 'plain_text', text: fitLabel(plainSlack(reply.title), SLACK.header), emoji: true },
  };
  // Each link once: in the content, else a button, else listed. Links and follow-ups share one actions
  // block (25 elements allowed; at most 10 here).
  const unshown = unshownLinks(reply);
  const buttoned = buttonLinks(unshown);
  const listed = unshown.filter((l) => !buttoned.includes(l));
  const buttons = [...linkButtons(buttoned), ...runButtons(reply, asked)];
  const links: SlackBlock[] = buttons.length > 0 ? [{ type: 'actions', elements: buttons }] : [];
  // What surrounds the content on any page (paging buttons and "Page N/M" included) is paid first.
  const chrome = [
    header,
    ...contextBlock(reply, 98, 99),
    ...links,
    button('◀ Prev', 'pa_page_prev', value(98)),
  ];
  const budget = Math.max(MIN_CONTENT_JSON, SLACK.blocksJson - JSON.stringify(chrome).length * 1.2);
  const pages = pageBlocks(allContent(reply, listed), budget);
  const pageCount = pages.length;
  const page = Math.min(Math.max(0, options.page ?? 0), pageCount - 1);
  const nav: Button[] = [];
  if (page > 0) nav.push(button('◀ Prev', 'pa_page_prev', value(page - 1)));
  if (page < pageCount - 1) nav.push(button('Next ▶', 'pa_page_next', value(page + 1)));
  const blocks: SlackBlock[] = [
    header,
    ...pages[page]!,
    ...contextBlock(reply, page, pageCount),
    ...links,
    ...(nav.length > 0 ? [{ type: 'actions' as const, elements: nav }] : []),
  ];
  const lead = reply.description ? `${reply.title}: ${reply.description}` : reply.title;
  return {
    payload: {
      response_type: reply.ephemeral ? 'ephemeral' : 'in_channel',
      text: fitLabel(escapeSlack(lead), SLACK.sectionText),
      blocks,
    },
    page,
    pageCount,
  };
}
