// Slack pieces without a network: the generated manifest, slash-command text, paging values, rendering.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../commands/index.js';
import { slackManifest } from '../../../../src/platforms/slack/manifest.js';
import { decodePageValue, encodePageValue } from '../../../../src/platforms/slack/page-value.js';
import {
  commandFor,
  commandLine,
  resolveMentions,
  unnamedMentions,
} from '../../../../src/platforms/slack/slack-text.js';
import { renderSlack } from '../../../../src/render/slack.js';
import { escapeSlack } from '../../../../src/render/slack-escape.js';
import { REPLY_CORPUS } from '../../render/reply-corpus.js';

const root = join(import.meta.dirname, '../../../..');

describe('Slack manifest', () => {
  it('matches the reviewed Socket Mode manifest: scopes, events and settings exactly, reviewed commands kept', () => {
    const expected = JSON.parse(readFileSync(join(root, 'test/fixtures/slack/manifest.socket.json'), 'utf8'));
    const { slash_commands, ...features } = slackManifest({ prefix: '', socketMode: true }).features;
    const manifest = slackManifest({ prefix: '', socketMode: true });
    // A new command adds an entry (derived from its definition, checked below); nothing else may change.
    expect({ ...manifest, features }).toEqual({
      ...expected,
      features: { ...expected.features, slash_commands: undefined },
    });
    expect(slash_commands).toEqual(expect.arrayContaining(expected.features.slash_commands));
  });

  it('lists every command with its usage hint, prefixed when asked', () => {
    const manifest = slackManifest({ prefix: 'pa-', socketMode: true });
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(
      COMMANDS.map((c) => `/pa-${c.name}`),
    );
    expect(manifest.features.slash_commands.find((c) => c.command === '/pa-section')?.usage_hint).toBe(
      '[person] <section>',
    );
  });

  it('points commands, events and interactivity at the request URL in HTTP mode', () => {
    const manifest = slackManifest({
      prefix: '',
      socketMode: false,
      requestUrl: 'https://bot.example/slack/events',
    });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.event_subscriptions).toMatchObject({ url: 'https://bot.example/slack/events' });
    expect(manifest.features.slash_commands.every((c) => 'url' in c)).toBe(true);
  });
});

describe('slash-command text', () => {
  it('maps prefixed commands to their names', () => {
    expect(commandFor('/pa-skills', 'pa-')).toBe('skills');
    expect(commandFor('/skills', 'pa-')).toBeNull();
  });

  it('treats /profile as an umbrella when its first word is a command', () => {
    expect(commandLine('profile', 'skills rajat')).toBe('/skills rajat');
    expect(commandLine('profile', 'rajat')).toBe('/profile rajat');
    expect(commandLine('section', 'rajat values')).toBe('/section rajat values');
  });

  it('turns user mentions into names and drops the bot’s own', () => {
    expect(resolveMentions('<@U123|rajat> skills', new Map())).toBe('rajat skills');
    expect(unnamedMentions('<@U999> and <@U123|x>')).toEqual(['U999']);
    expect(resolveMentions('<@UBOT> who is <@U999>', new Map([['U999', 'rajdeep']]), 'UBOT')).toBe(
      'who is rajdeep',
    );
  });

  it('reads Slack markup and entities as the plain text the user typed', () => {
    const names = new Map<string, string>();
    expect(resolveMentions('search R&amp;D &lt;3 &amp;amp;', names)).toBe('search R&D <3 &amp;');
    expect(resolveMentions('who in <#C123|platform-team> knows <https://go.dev|Go>', names)).toBe(
      'who in #platform-team knows Go',
    );
    expect(resolveMentions('<!here> contact <mailto:ada@example.com|ada@example.com>', names)).toBe(
      '@here contact ada@example.com',
    );
    expect(resolveMentions('<!subteam^S123|@devs> see <https://example.com/a>', names)).toBe(
      '@devs see https://example.com/a',
    );
  });

  it('round-trips a question through a paging button value', () => {
    const value = encodePageValue({ command: 'search', args: { query: 'event driven' } }, 2);
    expect(decodePageValue(value)).toEqual({
      question: { command: 'search', args: { query: 'event driven' } },
      page: 2,
    });
    expect(decodePageValue('not json')).toBeNull();
  });
});

describe('renderSlack', () => {
  it('renders a profile card as header, sections, context, link buttons (each link once) and follow-up buttons', () => {
    const { payload } = renderSlack(REPLY_CORPUS.find((r) => r.name === 'profile')!.reply);
    expect(payload.response_type).toBe('in_channel');
    expect(payload.text).toBe('Rajdeep Sengupta: Senior Cloud &amp; Infrastructure Engineer');
    expect(payload.blocks.map((b) => b.type)).toEqual([
      'header',
      'section',
      'section',
      'section',
      'section',
      'context',
      'actions',
    ]);
    expect(payload.blocks.at(-1)).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'GitHub' },
          action_id: 'pa_link_0',
          url: 'https://github.com/Rajdip019',
        },
        {
          type: 'button',
          text: { type: 'plain_text', text: '/skills rajdeep' },
          action_id: 'pa_run_0',
          value: '/skills rajdeep',
        },
        {
          type: 'button',
          text: { type: 'plain_text', text: '/contact rajdeep' },
          action_id: 'pa_run_1',
          value: '/contact rajdeep',
        },
      ],
    });
  });

  it('escapes text so nothing can become a broadcast, a mention or a disguised link', () => {
    expect(escapeSlack('<!channel> <@U1> <https://evil|x> & co')).toBe(
      '&lt;!channel&gt; &lt;@U1&gt; &lt;https://evil|x&gt; &amp; co',
    );
  });

  it('pages long answers with Prev/Next buttons that carry the platform’s values', () => {
    const reply = REPLY_CORPUS.find((r) => r.name === 'huge skills (500 in 50 categories)')!.reply;
    const first = renderSlack(reply, { pageValue: (p) => `v${p}` });
    expect(first.pageCount).toBeGreaterThan(1);
    const nav = first.payload.blocks.at(-1);
    expect(nav).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Next ▶' },
          action_id: 'pa_page_next',
          value: 'v1',
        },
      ],
    });
  });
});
