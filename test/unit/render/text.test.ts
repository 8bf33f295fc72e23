// renderText: exact plain-text output for hand-built replies of each block type.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/engine/reply.js';
import { renderText } from '../../../src/render/text.js';

const base = { person: null, candidates: [], blocks: [], links: [], suggestions: [], ephemeral: false };

describe('renderText', () => {
  it('renders title, description, fields, footer and suggestions in order', () => {
    const reply: Reply = {
      ...base,
      kind: 'skills',
      person: { id: 'ada', name: 'Ada Lovelace' },
      title: 'Ada Lovelace — Skills',
      description: '3 skills in 2 groups.',
      blocks: [
        {
          type: 'fields',
          fields: [
            { name: 'Languages', value: 'Rust, Go' },
            { name: 'Data', value: 'PostgreSQL' },
          ],
        },
      ],
      footer: 'ada.md › Skills',
      suggestions: ['/contact ada', '/profile ada'],
      data: { categories: [] },
    };
    expect(renderText(reply)).toBe(
      [
        'Ada Lovelace — Skills',
        '3 skills in 2 groups.',
        '',
        'Languages: Rust, Go',
        'Data: PostgreSQL',
        '',
        'Source: ada.md › Skills',
        'Try: /contact ada · /profile ada',
      ].join('\n'),
    );
  });

  it('renders headed lists with bullets, paragraphs, and multi-line field values indented', () => {
    const reply: Reply = {
      ...base,
      kind: 'section',
      title: 'Ada — Values',
      blocks: [
        { type: 'text', text: 'I care about:\nclarity.' },
        { type: 'list', heading: 'Items', items: ['One', 'Two\nlines'] },
        { type: 'fields', heading: 'Subsections', fields: [{ name: 'Data', value: '• A\n• B' }] },
      ],
      data: { sectionId: 'values', sectionTitle: 'Values' },
    };
    expect(renderText(reply)).toBe(
      [
        'Ada — Values',
        '',
        'I care about:',
        'clarity.',
        '',
        'Items',
        '• One',
        '• Two',
        '  lines',
        '',
        'Subsections',
        'Data:',
        '  • A',
        '  • B',
      ].join('\n'),
    );
  });

  it('lists only the links whose address is not already shown', () => {
    const reply: Reply = {
      ...base,
      kind: 'contact',
      title: 'Ada — Contact',
      blocks: [{ type: 'fields', fields: [{ name: 'GitHub', value: 'https://github.com/ada' }] }],
      links: [
        { label: 'GitHub', url: 'https://github.com/ada' },
        { label: 'Website', url: 'https://ada.dev' },
      ],
      data: { contacts: [], hiddenCount: 0 },
    };
    expect(renderText(reply)).toBe(
      ['Ada — Contact', '', 'GitHub: https://github.com/ada', '', 'Links', '• Website: https://ada.dev'].join(
        '\n',
      ),
    );
  });

  it('renders a bare reply as just its title', () => {
    const reply: Reply = { ...base, kind: 'people', title: 'People', data: { count: 0 } };
    expect(renderText(reply)).toBe('People');
  });
});
