// renderDiscord: exact payloads for a small answer, paging for a long one, escaping of hostile text.
import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../../src/render/discord.js';
import { escapeDiscord } from '../../../src/render/discord-escape.js';
import { REPLY_CORPUS } from './reply-corpus.js';

const reply = (name: string) => REPLY_CORPUS.find((r) => r.name === name)!.reply;

describe('renderDiscord', () => {
  it('leaves parentheses in titles and field names as written (no literal backslashes)', () => {
    const title = 'Machine Learning (Production-Oriented)';
    const { payload } = renderDiscord({
      ...reply('section'),
      title,
      blocks: [{ type: 'fields', fields: [{ name: title, value: 'x' }] }],
    });
    expect(payload.embeds[0]?.title).toBe(title);
    expect(payload.embeds[0]?.fields[0]?.name).toBe(title);
  });

  it('shows each contact once: a link already in a field is neither a button nor listed again', () => {
    const contact = {
      ...reply('contact'),
      blocks: [
        { type: 'fields' as const, fields: [{ name: 'GitHub', value: 'https://github.com/Rajdip019' }] },
      ],
      links: [{ label: 'GitHub', url: 'https://github.com/Rajdip019' }],
    };
    const { payload } = renderDiscord(contact);
    const everything = JSON.stringify(payload);
    expect(everything.split('https://github.com/Rajdip019').length - 1).toBe(1);
  });

  it('renders a profile card as one embed with fields, a link button (listed once), follow-up buttons, a footer and no pings', () => {
    expect(renderDiscord(reply('profile'))).toEqual({
      page: 0,
      pageCount: 1,
      payload: {
        embeds: [
          {
            title: 'Rajdeep Sengupta',
            description: 'Senior Cloud & Infrastructure Engineer',
            color: 0x5865f2,
            fields: [
              { name: 'Skills', value: '\u200b' },
              { name: 'Languages', value: 'Rust, Go, TypeScript', inline: true },
              { name: 'Sections', value: '• Focus\n• Core Skills\n• Engineering Values' },
            ],
            footer: { text: 'rajdeep-sengupta.md' },
          },
        ],
        components: [
          {
            type: 1,
            components: [{ type: 2, style: 5, label: 'GitHub', url: 'https://github.com/Rajdip019' }],
          },
          {
            type: 1,
            components: [
              { type: 2, style: 2, label: '/skills rajdeep', custom_id: 'pa:r:/skills rajdeep' },
              { type: 2, style: 2, label: '/contact rajdeep', custom_id: 'pa:r:/contact rajdeep' },
            ],
          },
        ],
        allowed_mentions: { parse: [] },
      },
    });
  });

  it('marks ephemeral answers with flags 64 and keeps mailto links out of buttons', () => {
    const { payload } = renderDiscord(reply('contact'));
    expect(payload.flags).toBe(64);
    expect(payload.components[0]?.components.map((b) => b.label)).toEqual(['GitHub']);
    expect(payload.embeds[0]?.fields.at(-1)?.value).toContain('Email: mailto:rajdipgupta019@gmail.com');
  });

  it('pages a long answer with Prev/Next buttons carrying the platform’s ids', () => {
    const first = renderDiscord(reply('huge skills (500 in 50 categories)'), {
      pageButtonId: (p) => `go:${p}`,
    });
    expect(first.pageCount).toBe(2);
    const second = renderDiscord(reply('huge skills (500 in 50 categories)'), {
      page: 1,
      pageButtonId: (p) => `go:${p}`,
    });
    const buttons = second.payload.components.at(-1)!.components;
    expect(buttons.map((b) => [b.label, b.custom_id, b.disabled])).toEqual([
      ['◀ Prev', 'go:0', false],
      ['Next ▶', 'go:2', true],
    ]);
    expect(second.payload.embeds[0]?.footer?.text).toContain('Page 2/2');
  });

  it('clamps a page number past the end to the last page', () => {
    expect(renderDiscord(reply('forty search hits'), { page: 99 }).page).toBe(
      renderDiscord(reply('forty search hits')).pageCount - 1,
    );
  });

  it('escapes markdown and defuses @everyone', () => {
    expect(escapeDiscord('**bold** @everyone > x')).toBe('\\*\\*bold\\*\\* @\u200beveryone > x');
    expect(escapeDiscord('> quoted')).toBe('\\> quoted');
    expect(escapeDiscord('<@123> and <#456>')).toBe('<\u200b@123> and <\u200b#456>');
    expect(escapeDiscord('# not a heading')).toBe('\\# not a heading');
  });
});
