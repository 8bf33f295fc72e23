// One conformance suite for every renderer: every kind renders, every page fits the platform's limits,
// the pages together lose nothing, and nothing can ping.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/engine/reply.js';
import { renderDiscord } from '../../../src/render/discord.js';
import { DISCORD, SLACK } from '../../../src/render/limits.js';
import { renderSlack } from '../../../src/render/slack.js';
import { renderText } from '../../../src/render/text.js';
import { contentTokens, REPLY_CORPUS } from './reply-corpus.js';

/** chat.postMessage answers msg_blocks_too_long past roughly 12–13k characters of blocks (measured). */
const SLACK_MESSAGE_BLOCKS_MAX = 12_000;

interface RendererUnderTest {
  name: string;
  /** Every page of the answer, as the text a user could read on it. */
  pages(reply: Reply): { text: string; violations: string[] }[];
}

function discordPages(reply: Reply) {
  const first = renderDiscord(reply);
  return Array.from({ length: first.pageCount }, (_, page) => {
    const { payload } = renderDiscord(reply, { page });
    const violations: string[] = [];
    let total = 0;
    if (payload.embeds.length > DISCORD.embedsPerMessage) violations.push('too many embeds');
    for (const embed of payload.embeds) {
      total += embed.title.length + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
      if (embed.title.length > DISCORD.title) violations.push('title');
      if ((embed.description?.length ?? 0) > DISCORD.description) violations.push('description');
      if (embed.fields.length > DISCORD.fields) violations.push('field count');
      if ((embed.footer?.text.length ?? 0) > DISCORD.footer) violations.push('footer');
      for (const field of embed.fields) {
        total += field.name.length + field.value.length;
        if (field.name.length > DISCORD.fieldName || field.name.length === 0) violations.push('field name');
        if (field.value.length > DISCORD.fieldValue || field.value.length === 0)
          violations.push('field value');
      }
    }
    if (total > DISCORD.totalEmbedChars) violations.push(`embeds total ${total}`);
    if (payload.components.length > DISCORD.actionRows) violations.push('action rows');
    for (const row of payload.components) {
      if (row.components.length > DISCORD.buttonsPerRow) violations.push('buttons per row');
      for (const b of row.components) {
        if (b.label.length > DISCORD.buttonLabel) violations.push('button label');
        if ((b.custom_id?.length ?? 0) > DISCORD.customId) violations.push('custom_id');
      }
    }
    if (JSON.stringify(payload.allowed_mentions) !== '{"parse":[]}') violations.push('allowed_mentions');
    const text = payload.embeds
      .flatMap((e) => [
        e.title,
        e.description ?? '',
        ...e.fields.flatMap((f) => [f.name, f.value]),
        e.footer?.text ?? '',
      ])
      .join('\n');
    if (/@everyone|@here/.test(text)) violations.push('mass mention');
    if (/<@\d/.test(text.replace(/\\</g, ''))) violations.push('user mention');
    return { text, violations };
  });
}

function slackPages(reply: Reply) {
  const first = renderSlack(reply);
  return Array.from({ length: first.pageCount }, (_, page) => {
    const { payload } = renderSlack(reply, { page });
    const violations: string[] = [];
    if (payload.blocks.length > SLACK.blocks) violations.push(`blocks ${payload.blocks.length}`);
    const size = JSON.stringify(payload.blocks).length;
    if (size > SLACK_MESSAGE_BLOCKS_MAX) violations.push(`blocks total ${size} characters`);
    const texts: string[] = [];
    for (const block of payload.blocks) {
      if (block.type === 'header' && block.text.text.length > SLACK.header) violations.push('header');
      if (block.type === 'section') {
        if ((block.text?.text.length ?? 0) > SLACK.sectionText) violations.push('section text');
        if ((block.fields?.length ?? 0) > SLACK.fieldsPerSection) violations.push('field count');
        for (const f of block.fields ?? [])
          if (f.text.length > SLACK.fieldText) violations.push('field text');
        texts.push(block.text?.text ?? '', ...(block.fields ?? []).map((f) => f.text));
      }
      if (block.type === 'header') texts.push(block.text.text);
      if (block.type === 'context') texts.push(...block.elements.map((e) => e.text));
      if (block.type === 'actions') {
        for (const b of block.elements) {
          if (b.text.text.length > SLACK.buttonText) violations.push('button text');
          if ((b.value?.length ?? 0) > SLACK.buttonValue) violations.push('button value');
        }
      }
    }
    const text = texts.join('\n');
    // Only links we build ourselves may use Slack's <…> syntax: no <!channel>, <@U…>, <!here>.
    if (/<[!@#]/.test(text)) violations.push('mention or broadcast');
    const angle = text.match(/<[^>]*>/g) ?? [];
    if (angle.some((a) => !/^<(https?:|mailto:)[^|\s<>]+\|[^<>]*>$/.test(a)))
      violations.push('raw angle brackets');
    return { text: text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'), violations };
  });
}

const RENDERERS: RendererUnderTest[] = [
  { name: 'discord', pages: discordPages },
  { name: 'slack', pages: slackPages },
  { name: 'text', pages: (reply) => [{ text: renderText(reply), violations: [] }] },
];

describe.each(RENDERERS)('$name renderer', (renderer) => {
  it.each(REPLY_CORPUS)('renders "$name" within every limit', ({ reply }) => {
    const pages = renderer.pages(reply);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flatMap((p) => p.violations)).toEqual([]);
  });

  it.each(REPLY_CORPUS)('loses no content of "$name" across its pages', ({ reply }) => {
    const all = renderer
      .pages(reply)
      .map((p) => p.text.replace(/\\/g, ''))
      .join('\n');
    for (const token of contentTokens(reply)) expect(all).toContain(token);
  });
});
