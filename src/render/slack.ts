// renderSlack: Reply → the exact Slack message payload (Block Kit plus a plain-text fallback), paged
// within Slack's limits (50 blocks, 3000 chars per section text, 10 fields of 2000, header 150).
import type { Reply, ReplyBlock } from '../engine/reply.js';
import { chunkText, fitLabel, SLACK } from './limits.js';
import { escapeSlack, plainSlack, slackLink } from './slack-escape.js';

type Text = { type: 'mrkdwn' | 'plain_text'; text: string; emoji?: boolean };
type Button = { type: 'button'; text: Text; action_id: string; url?: string; value?: string };
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
}

/** Content blocks per page: 50 minus header, context, link buttons and paging buttons. */
const CONTENT_BLOCKS = SLACK.blocks - 5;
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
    for (let i = 0; i < fields.length; i += SLACK.fieldsPerSection) {
      out.push({ type: 'section', fields: fields.slice(i, i + SLACK.fieldsPerSection) });
    }
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

function allContent(reply: Reply): SlackBlock[] {
  const lead = reply.description ? chunkText(escapeSlack(reply.description), SLACK.sectionText) : [];
  const links = reply.links.length
    ? chunkText(
        reply.links.map((l) => `• ${slackLink(l.label, l.url)}`).join('\n'),
        SLACK.sectionText - 20,
      ).map(
        (text, i): SlackBlock => ({ type: 'section', text: mrkdwn(`${i === 0 ? '*Links*\n' : ''}${text}`) }),
      )
    : [];
  return [
    ...lead.map((text): SlackBlock => ({ type: 'section', text: mrkdwn(text) })),
    ...reply.blocks.flatMap(contentBlocks),
    ...links,
  ];
}

export function renderSlack(
  reply: Reply,
  options: SlackRenderOptions = {},
): { payload: SlackMessage; page: number; pageCount: number } {
  const content = allContent(reply);
  const pages: SlackBlock[][] = [];
  for (let i = 0; i < content.length; i += CONTENT_BLOCKS) pages.push(content.slice(i, i + CONTENT_BLOCKS));
  if (pages.length === 0) pages.push([]);
  const pageCount = pages.length;
  const page = Math.min(Math.max(0, options.page ?? 0), pageCount - 1);
  const blocks: SlackBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: fitLabel(plainSlack(reply.title), SLACK.header), emoji: true },
    },
    ...pages[page]!,
  ];
  const context = [
    reply.footer ? escapeSlack(reply.footer) : '',
    reply.suggestions.length ? `Try: ${reply.suggestions.map(escapeSlack).join(' · ')}` : '',
  ]
    .concat(pageCount > 1 ? [`Page ${page + 1}/${pageCount}`] : [])
    .filter(Boolean)
    .map((text) => mrkdwn(fitLabel(text, SLACK.sectionText)));
  if (context.length > 0) blocks.push({ type: 'context', elements: context });
  const buttons = reply.links
    .filter((l) => /^https?:\/\//i.test(l.url) && l.url.length <= SLACK.buttonUrl)
    .slice(0, 5)
    .map(
      (l, i): Button => ({
        type: 'button',
        text: { type: 'plain_text', text: fitLabel(plainSlack(l.label), SLACK.buttonText) },
        action_id: `pa_link_${i}`,
        url: l.url,
      }),
    );
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  if (pageCount > 1) {
    const value = options.pageValue ?? ((p: number) => String(p));
    const nav: Button[] = [];
    if (page > 0)
      nav.push({
        type: 'button',
        text: { type: 'plain_text', text: '◀ Prev' },
        action_id: 'pa_page_prev',
        value: value(page - 1).slice(0, SLACK.buttonValue),
      });
    if (page < pageCount - 1)
      nav.push({
        type: 'button',
        text: { type: 'plain_text', text: 'Next ▶' },
        action_id: 'pa_page_next',
        value: value(page + 1).slice(0, SLACK.buttonValue),
      });
    blocks.push({ type: 'actions', elements: nav });
  }
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
