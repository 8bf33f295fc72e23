// Properties of ingestion: no input makes it throw, and no text line of a valid file is silently lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProfileBytes } from '../../../src/profiles/decode/decode.js';
import { buildSections } from '../../../src/profiles/markdown/build-sections.js';
import { parseMarkdown } from '../../../src/profiles/markdown/markdown.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-z0-9À-ÿ’'()&!?,.-]{0,11}$/);
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

type Line = { kind: 'heading' | 'item' | 'text' | 'blank'; content: string; markdown: string };

const line: fc.Arbitrary<Line> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), phrase).map(([level, content]) => ({
    kind: 'heading' as const,
    content,
    markdown: `${'#'.repeat(level)} ${content}`,
  })),
  phrase.map((content) => ({ kind: 'item' as const, content, markdown: `- ${content}` })),
  phrase.map((content) => ({ kind: 'text' as const, content, markdown: content })),
  fc.constant<Line>({ kind: 'blank', content: '', markdown: '' }),
);

describe('ingestion properties', () => {
  it('never throws on arbitrary bytes, and only rejects with a reason', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('a.md', 'b.json', 'c.markdown'),
        (bytes, file) => {
          const result = parseProfile(bytes, file);
          if (!result.ok) {
            expect(result.rejected.file).toBe(file);
            expect(result.rejected.reason.length).toBeGreaterThan(0);
            expect(result.rejected.reason).not.toContain('internal error');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text, markdown-ish text included', () => {
    const markdownish = fc
      .array(
        fc.constantFrom(
          '# ',
          '---\n',
          '<h1>',
          '</a>',
          '<a href="x">',
          '<!--',
          '-->',
          '* ',
          '\n',
          '|',
          'ðŸ',
          'â€',
          'x',
        ),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), markdownish), (text) => {
        const decoded = decodeProfileBytes(new TextEncoder().encode(text));
        const { doc } = parseMarkdown(decoded.ok ? decoded.text : text);
        buildSections(doc);
        const result = parseProfile(new TextEncoder().encode(text), 'x.md');
        expect(!result.ok && result.rejected.reason.includes('internal error')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('puts every non-blank line of a valid markdown file in some section title, text or item', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        const text = `${lines.map((l) => l.markdown).join('\n')}\n`;
        const sections = buildSections(parseMarkdown(text).doc);
        const places = sections.flatMap((s) => [s.rawTitle, s.text, ...s.items]).join('\n');
        for (const l of lines) if (l.kind !== 'blank') expect(places).toContain(l.content);
      }),
      { numRuns: 300 },
    );
  });
});
