// One Reply of every kind, plus extreme ones (hundreds of skills, a 10 KB section, hostile names),
// for the renderer conformance suite.
import type { Reply, ReplyBase } from '../../../src/engine/reply.js';

const base = (over: Partial<ReplyBase>): Omit<ReplyBase, 'kind'> => ({
  person: { id: 'rajdeep-sengupta', name: 'Rajdeep Sengupta' },
  candidates: [],
  title: 'Rajdeep Sengupta',
  blocks: [],
  links: [],
  suggestions: [],
  ephemeral: false,
  ...over,
});

const words = (n: number, seed = 'word') => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');
const hostile =
  '@everyone <@123456789012345678> **bold** _it_ `code` > quote <!channel> <https://evil.example|click> & co';

export const REPLY_CORPUS: { name: string; reply: Reply }[] = [
  {
    name: 'profile',
    reply: {
      kind: 'profile',
      ...base({
        description: 'Senior Cloud & Infrastructure Engineer',
        blocks: [
          {
            type: 'fields',
            heading: 'Skills',
            fields: [{ name: 'Languages', value: 'Rust, Go, TypeScript', inline: true }],
          },
          { type: 'list', heading: 'Sections', items: ['Focus', 'Core Skills', 'Engineering Values'] },
        ],
        links: [{ label: 'GitHub', url: 'https://github.com/Rajdip019' }],
        footer: 'rajdeep-sengupta.md',
        suggestions: ['/skills rajdeep', '/contact rajdeep'],
      }),
      data: { profileId: 'rajdeep-sengupta' },
    },
  },
  {
    name: 'skills',
    reply: {
      kind: 'skills',
      ...base({
        title: 'Rajdeep Sengupta — Skills',
        blocks: [{ type: 'fields', fields: [{ name: 'Languages', value: 'Rust, Go' }] }],
      }),
      data: { categories: [{ category: 'Languages', skills: ['Rust', 'Go'] }] },
    },
  },
  {
    name: 'contact',
    reply: {
      kind: 'contact',
      ...base({
        title: 'Contact Rajdeep Sengupta',
        ephemeral: true,
        blocks: [{ type: 'fields', fields: [{ name: 'Email', value: 'rajdipgupta019@gmail.com' }] }],
        links: [
          { label: 'GitHub', url: 'https://github.com/Rajdip019' },
          { label: 'Email', url: 'mailto:rajdipgupta019@gmail.com' },
        ],
      }),
      data: {
        contacts: [{ kind: 'email', value: 'rajdipgupta019@gmail.com', label: 'Email' }],
        hiddenCount: 0,
      },
    },
  },
  {
    name: 'experience',
    reply: {
      kind: 'experience',
      ...base({
        title: 'Experience',
        blocks: [{ type: 'list', items: ['Architected queue-driven worker systems'] }],
      }),
      data: {
        entries: [
          { text: 'Architected queue-driven worker systems', title: null, organization: null, period: null },
        ],
      },
    },
  },
  {
    name: 'section',
    reply: {
      kind: 'section',
      ...base({ title: 'Engineering Values', blocks: [{ type: 'text', text: 'Clarity over cleverness' }] }),
      data: { sectionId: 'engineering-values', sectionTitle: 'Engineering Values' },
    },
  },
  {
    name: 'search',
    reply: {
      kind: 'search',
      ...base({
        person: null,
        title: 'Search: event driven',
        blocks: [{ type: 'list', items: ['Rajdeep — Event-driven architectures'] }],
      }),
      data: { query: 'event driven', hits: [] },
    },
  },
  {
    name: 'whoknows',
    reply: {
      kind: 'whoknows',
      ...base({
        person: null,
        title: 'Who knows Rust',
        blocks: [{ type: 'fields', fields: [{ name: 'Rajdeep Sengupta', value: '**Rust**, Go' }] }],
      }),
      data: { skill: 'Rust', matches: [] },
    },
  },
  {
    name: 'people',
    reply: {
      kind: 'people',
      ...base({
        person: null,
        title: 'People',
        blocks: [{ type: 'list', items: ['Rajat Jog', 'Rajdeep Sengupta'] }],
      }),
      data: { count: 2 },
    },
  },
  {
    name: 'help',
    reply: {
      kind: 'help',
      ...base({
        person: null,
        title: 'Help',
        ephemeral: true,
        blocks: [{ type: 'list', items: ['/skills [person]'] }],
      }),
      data: { command: null },
    },
  },
  {
    name: 'ambiguous',
    reply: {
      kind: 'ambiguous',
      ...base({
        person: null,
        title: 'Which one?',
        description: '“raj” matches more than one person.',
        candidates: [
          { id: 'rajat-jog', name: 'Rajat Jog' },
          { id: 'rajdeep-sengupta', name: 'Rajdeep Sengupta' },
        ],
        suggestions: ['/skills rajat', '/skills rajdeep'],
      }),
      data: { query: 'raj' },
    },
  },
  {
    name: 'not_found',
    reply: {
      kind: 'not_found',
      ...base({ person: null, title: 'Not found', description: 'No one called “zed”.' }),
      data: { query: 'zed', what: 'person' },
    },
  },
  {
    name: 'usage',
    reply: {
      kind: 'usage',
      ...base({ person: null, title: 'Usage', description: '/whoknows <skill>' }),
      data: { command: 'whoknows', problem: 'missing skill' },
    },
  },
  {
    name: 'rate_limited',
    reply: {
      kind: 'rate_limited',
      ...base({ person: null, title: 'Slow down', ephemeral: true }),
      data: { retryAfterSeconds: 12 },
    },
  },
  {
    name: 'error',
    reply: {
      kind: 'error',
      ...base({ person: null, title: 'Sorry', ephemeral: true }),
      data: { code: 'internal' },
    },
  },
  {
    name: 'huge skills (500 in 50 categories)',
    reply: {
      kind: 'skills',
      ...base({
        title: 'Many skills',
        blocks: Array.from({ length: 50 }, (_, c) => ({
          type: 'fields' as const,
          fields: [
            {
              name: `Category ${c}`,
              value: Array.from({ length: 10 }, (_, i) => `Skill-${c}-${i}`).join(', '),
            },
          ],
        })),
      }),
      data: { categories: [] },
    },
  },
  {
    name: 'huge section (10 KB text, 2 KB description)',
    reply: {
      kind: 'section',
      ...base({
        title: 'T'.repeat(400),
        description: words(400, 'lead'),
        blocks: [{ type: 'text', heading: 'H'.repeat(300), text: words(1500, 'body') }],
      }),
      data: { sectionId: 'x', sectionTitle: 'x' },
    },
  },
  {
    name: 'forty search hits',
    reply: {
      kind: 'search',
      ...base({
        person: null,
        title: 'Search: systems',
        blocks: Array.from({ length: 40 }, (_, i) => ({
          type: 'text' as const,
          heading: `Hit ${i}`,
          text: words(30, `snippet${i}-`),
        })),
        links: Array.from({ length: 12 }, (_, i) => ({
          label: `Link ${i}`,
          url: `https://example.com/${i}`,
        })),
      }),
      data: { query: 'systems', hits: [] },
    },
  },
  {
    name: 'nine jobs of 1,500 characters each (one fields block of 13.9 KB)',
    reply: {
      kind: 'experience',
      ...base({
        title: 'Rajdeep Sengupta — Experience',
        blocks: [
          {
            type: 'fields',
            fields: Array.from({ length: 9 }, (_, i) => ({
              name: `Staff Engineer at Company ${i} (2015 – 2024)`,
              value: words(190, `duty${i}-`),
            })),
          },
        ],
      }),
      data: { entries: [] },
    },
  },
  {
    name: 'hostile text everywhere',
    reply: {
      kind: 'section',
      ...base({
        title: hostile,
        description: hostile,
        blocks: [
          { type: 'text', heading: hostile, text: hostile },
          { type: 'list', items: [hostile, hostile] },
          { type: 'fields', fields: [{ name: hostile, value: hostile }] },
        ],
        footer: hostile,
        suggestions: [hostile],
      }),
      data: { sectionId: 'x', sectionTitle: 'x' },
    },
  },
];

/** Every word-like token of a reply's content, to check that rendering loses nothing. */
export function contentTokens(reply: Reply): string[] {
  const texts = reply.blocks.flatMap((b) =>
    b.type === 'fields' ? b.fields.flatMap((f) => [f.name, f.value]) : b.type === 'list' ? b.items : [b.text],
  );
  return [...(reply.description ? [reply.description] : []), ...texts]
    .join(' ')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((t) => /^(body|lead|snippet|Skill-)/.test(t));
}
