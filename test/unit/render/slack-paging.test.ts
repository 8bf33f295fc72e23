// renderSlack paging: the exact blocks of both pages of a long answer, with the paging buttons.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/engine/reply.js';
import { replyDefaults } from '../../../src/engine/reply-parts.js';
import { renderSlack } from '../../../src/render/slack.js';

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const header = (text: string) => ({ type: 'header', text: { type: 'plain_text', text, emoji: true } });

describe('renderSlack paging', () => {
  it('pages a long list: 45 content blocks on the first page, the rest on the second, with Prev/Next carrying the page value', () => {
    const sections = Array.from({ length: 50 }, (_, i) => ({
      type: 'text' as const,
      heading: `Part ${i + 1}`,
      text: `Line ${i + 1}`,
    }));
    const paged: Reply = {
      ...replyDefaults(),
      kind: 'people',
      title: 'People',
      blocks: sections,
      data: { count: 50 },
    };
    const pageValue = (page: number) => `{"p":${page}}`;
    const part = (i: number) => ({ type: 'section', text: mrkdwn(`*Part ${i + 1}*\nLine ${i + 1}`) });
    const nav = (label: string, id: string, page: number) => ({
      type: 'button',
      text: { type: 'plain_text', text: label },
      action_id: id,
      value: `{"p":${page}}`,
    });

    expect(renderSlack(paged, { pageValue })).toEqual({
      page: 0,
      pageCount: 2,
      payload: {
        response_type: 'in_channel',
        text: 'People',
        blocks: [
          header('People'),
          ...Array.from({ length: 45 }, (_, i) => part(i)),
          { type: 'context', elements: [mrkdwn('Page 1/2')] },
          { type: 'actions', elements: [nav('Next ▶', 'pa_page_next', 1)] },
        ],
      },
    });
    expect(renderSlack(paged, { pageValue, page: 1 })).toEqual({
      page: 1,
      pageCount: 2,
      payload: {
        response_type: 'in_channel',
        text: 'People',
        blocks: [
          header('People'),
          ...Array.from({ length: 5 }, (_, i) => part(45 + i)),
          { type: 'context', elements: [mrkdwn('Page 2/2')] },
          { type: 'actions', elements: [nav('◀ Prev', 'pa_page_prev', 0)] },
        ],
      },
    });
  });
});
