// renderSlack: the exact Block Kit payload for a representative set of replies (made-up people), so a
// change to the Slack output shows up here as a diff of the JSON Slack would receive.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/engine/reply.js';
import { replyDefaults } from '../../../src/engine/reply-parts.js';
import { renderSlack } from '../../../src/render/slack.js';

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const header = (text: string) => ({ type: 'header', text: { type: 'plain_text', text, emoji: true } });
const run = (i: number, text: string, value: string) => ({
  type: 'button',
  text: { type: 'plain_text', text },
  action_id: `pa_run_${i}`,
  value,
});

const card: Reply = {
  ...replyDefaults(),
  kind: 'profile',
  person: { id: 'ines-marlow', name: 'Inès Marlow' },
  title: 'Inès Marlow',
  description: 'Platform engineer <infra & tooling>',
  blocks: [
    {
      type: 'fields',
      heading: 'Top skills',
      fields: [
        { name: 'Languages', value: 'Go, Rust', inline: true },
        { name: 'Cloud', value: 'Kubernetes, Terraform (+2 more)', inline: true },
      ],
    },
    { type: 'text', heading: 'Contact', text: 'Email, GitHub' },
  ],
  links: [
    { label: 'GitHub', url: 'https://github.com/ines-marlow-example' },
    { label: 'Email', url: 'mailto:ines@example.org' },
  ],
  footer: 'ines-marlow.md',
  suggestions: ['/skills ines', '/contact ines'],
  data: { profileId: 'ines-marlow' },
};

const whoknows: Reply = {
  ...replyDefaults(),
  kind: 'whoknows',
  title: 'Who knows Rust',
  description: '2 people list Rust.',
  blocks: [
    {
      type: 'fields',
      fields: [
        { name: 'Inès Marlow', value: 'Languages: Go, Rust' },
        { name: 'Tomas Reyes', value: 'Wrote a *Rust* parser for <logs>' },
      ],
    },
  ],
  suggestions: ['/profile ines', '/whoknows rust person:tomas'],
  data: { skill: 'rust', matches: [] },
};

const notFound: Reply = {
  ...replyDefaults(),
  kind: 'not_found',
  ephemeral: true,
  title: 'No one called “zebulon”',
  description: 'No one called “zebulon”. Did you mean Tomas Reyes?',
  candidates: [{ id: 'tomas-reyes', name: 'Tomas Reyes' }],
  suggestions: ['/skills tomas', '/people'],
  data: { query: 'zebulon', what: 'person' },
};

const ambiguous: Reply = {
  ...replyDefaults(),
  kind: 'ambiguous',
  ephemeral: true,
  title: 'Which “sam”?',
  description: '“sam” could be Sam Oduya or Sam Lind. Say which one.',
  candidates: [
    { id: 'sam-oduya', name: 'Sam Oduya' },
    { id: 'sam-lind', name: 'Sam Lind' },
  ],
  blocks: [{ type: 'list', items: ['Sam Oduya — Data engineer', 'Sam Lind'] }],
  suggestions: ['/contact sam oduya', '/contact sam lind'],
  data: { query: 'sam' },
};

describe('renderSlack', () => {
  it('renders a person card: header, escaped lead, field and text sections, a mailto link listed, footer, a web link and follow-ups as buttons', () => {
    expect(renderSlack(card)).toEqual({
      page: 0,
      pageCount: 1,
      payload: {
        response_type: 'in_channel',
        text: 'Inès Marlow: Platform engineer &lt;infra &amp; tooling&gt;',
        blocks: [
          header('Inès Marlow'),
          { type: 'section', text: mrkdwn('Platform engineer &lt;infra &amp; tooling&gt;') },
          { type: 'section', text: mrkdwn('*Top skills*') },
          {
            type: 'section',
            fields: [mrkdwn('*Languages*\nGo, Rust'), mrkdwn('*Cloud*\nKubernetes, Terraform (+2 more)')],
          },
          { type: 'section', text: mrkdwn('*Contact*\nEmail, GitHub') },
          { type: 'section', text: mrkdwn('*Links*\n• <mailto:ines@example.org|Email>') },
          { type: 'context', elements: [mrkdwn('ines-marlow.md')] },
          {
            type: 'actions',
            elements: [
              {
                type: 'button',
                text: { type: 'plain_text', text: 'GitHub' },
                action_id: 'pa_link_0',
                url: 'https://github.com/ines-marlow-example',
              },
              run(0, '/skills ines', '/skills ines'),
              run(1, '/contact ines', '/contact ines'),
            ],
          },
        ],
      },
    });
  });

  it('shows a link the content already holds once: neither a button nor listed again', () => {
    const shown: Reply = {
      ...card,
      blocks: [
        { type: 'fields', fields: [{ name: 'GitHub', value: 'https://github.com/ines-marlow-example' }] },
      ],
      links: [{ label: 'GitHub', url: 'https://github.com/ines-marlow-example' }],
    };
    const json = JSON.stringify(renderSlack(shown).payload);
    expect(json.split('https://github.com/ines-marlow-example').length - 1).toBe(1);
  });

  it('renders a whoknows list as one fields section with escaped evidence, in the channel', () => {
    expect(renderSlack(whoknows).payload).toEqual({
      response_type: 'in_channel',
      text: 'Who knows Rust: 2 people list Rust.',
      blocks: [
        header('Who knows Rust'),
        { type: 'section', text: mrkdwn('2 people list Rust.') },
        {
          type: 'section',
          fields: [
            mrkdwn('*Inès Marlow*\nLanguages: Go, Rust'),
            mrkdwn('*Tomas Reyes*\nWrote a *Rust* parser for &lt;logs&gt;'),
          ],
        },
        {
          type: 'actions',
          elements: [
            run(0, '/profile ines', '/profile ines'),
            run(1, '/whoknows rust person:tomas', '/whoknows rust person:tomas'),
          ],
        },
      ],
    });
  });

  it('renders not-found only to the asker, labels follow-ups with the command prefix and keeps the engine line as value', () => {
    expect(renderSlack(notFound, { commandPrefix: 'pa-' }).payload).toEqual({
      response_type: 'ephemeral',
      text: 'No one called “zebulon”: No one called “zebulon”. Did you mean Tomas Reyes?',
      blocks: [
        header('No one called “zebulon”'),
        { type: 'section', text: mrkdwn('No one called “zebulon”. Did you mean Tomas Reyes?') },
        {
          type: 'actions',
          elements: [run(0, '/pa-skills tomas', '/skills tomas'), run(1, '/pa-people', '/people')],
        },
      ],
    });
  });

  it('renders an ambiguous answer as the candidate list with one button per candidate', () => {
    expect(renderSlack(ambiguous).payload).toEqual({
      response_type: 'ephemeral',
      text: 'Which “sam”?: “sam” could be Sam Oduya or Sam Lind. Say which one.',
      blocks: [
        header('Which “sam”?'),
        { type: 'section', text: mrkdwn('“sam” could be Sam Oduya or Sam Lind. Say which one.') },
        { type: 'section', text: mrkdwn('• Sam Oduya — Data engineer\n• Sam Lind') },
        {
          type: 'actions',
          elements: [
            run(0, '/contact sam oduya', '/contact sam oduya'),
            run(1, '/contact sam lind', '/contact sam lind'),
          ],
        },
      ],
    });
  });
});
