// parseMarkdown: headings (ATX, setext, HTML) become a section tree; HTML becomes mdast; comments vanish.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Image, Link, Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { decodeProfileBytes } from '../../../src/profiles/decode/decode.js';
import { parseMarkdown } from '../../../src/profiles/markdown/markdown.js';
import { plainText } from '../../../src/profiles/markdown/plain-text.js';
import type { DocSection } from '../../../src/profiles/markdown/source-document.js';
import { allSections } from '../../../src/profiles/markdown/walk-sections.js';

const fixtures = join(import.meta.dirname, '../../fixtures/profiles');
const seeds = join(import.meta.dirname, '../../../profiles');

function parseFile(dir: string, name: string) {
  const decoded = decodeProfileBytes(new Uint8Array(readFileSync(join(dir, name))));
  if (!decoded.ok) throw new Error(decoded.reason);
  return parseMarkdown(decoded.text);
}

const outline = (root: DocSection) =>
  allSections(root)
    .slice(1)
    .map((s) => `${'  '.repeat(s.level - 1)}${s.title} [${s.kind}] #${s.id}`);

function find<T extends Nodes['type']>(nodes: readonly Nodes[], type: T): Extract<Nodes, { type: T }>[] {
  const out: Nodes[] = [];
  const visit = (n: Nodes) => {
    if (n.type === type) out.push(n);
    if ('children' in n) for (const c of n.children) visit(c);
  };
  for (const n of nodes) visit(n);
  return out as Extract<Nodes, { type: T }>[];
}

describe('parseMarkdown', () => {
  it('builds the section tree of rajdeep-sengupta.md with kinds and path ids', () => {
    const { doc, warnings } = parseFile(seeds, 'rajdeep-sengupta.md');
    expect(warnings).toEqual([]);
    expect(outline(doc.root)).toEqual([
      'Rajdeep Sengupta [other] #rajdeep-sengupta',
      '  Focus [focus] #focus',
      '  Core Skills [skills] #core-skills',
      '    Languages [skills] #core-skills/languages',
      '    Cloud & Infrastructure [skills] #core-skills/cloud-infrastructure',
      '    Systems & Data [skills] #core-skills/systems-data',
      '  What Sets My Work Apart [values] #what-sets-my-work-apart',
      '  Experience Highlights [experience] #experience-highlights',
      '  Engineering Values [values] #engineering-values',
      '  Contact [contact] #contact',
    ]);
  });

  it('reads the repaired rajat-jog.md: emoji-free titles, HTML badge as a link around an image', () => {
    const { doc } = parseFile(seeds, 'rajat-jog.md');
    const sections = allSections(doc);
    expect(sections[1]).toMatchObject({
      rawTitle: '👋 Hi, I’m Rajat Jog',
      title: 'Hi, I’m Rajat Jog',
      line: 1,
    });
    expect(sections.map((s) => s.title)).toContain('Core Technical Stack');
    expect(sections.find((s) => s.title === 'Let’s Connect')?.kind).toBe('contact');
    const links = find(sections[1]!.blocks, 'link');
    expect(links[0]?.url).toBe('https://www.credly.com/badges/ac9bf89a-a90f-470e-852d-1b45f42881c8');
    const image = find(links[0]!.children, 'image')[0] as Image;
    expect(image).toMatchObject({ alt: 'AWS Certified Machine Learning – Specialty' });
    expect(image.position?.start.line).toBe(8);
    expect(find(sections[1]!.blocks, 'break').length).toBeGreaterThan(0);
    expect(plainText(sections[1]!.blocks)).toContain(
      'AWS Certified — Machine Learning (Production & Systems Focus)',
    );
  });

  it('reads setext headings like ATX ones', () => {
    const { doc } = parseFile(fixtures, 'setext.md');
    expect(outline(doc.root)).toEqual([
      'Sam Setext [other] #sam-setext',
      '  Skills [skills] #skills',
      '  Projects [projects] #projects',
    ]);
  });

  it('turns HTML headings into sections and HTML links, images and breaks into mdast', () => {
    const { doc } = parseFile(fixtures, 'html-heavy.md');
    const sections = allSections(doc);
    expect(sections.map((s) => [s.level, s.title, s.kind])).toEqual([
      [0, '', 'about'],
      [1, "Hi, I'm Priya Natarajan", 'about'],
      [3, 'A full-stack developer who likes boring, reliable systems', 'other'],
      [3, 'Connect with me', 'contact'],
      [3, 'Languages and Tools', 'skills'],
    ]);
    const connect = sections[3]!;
    const links = find(connect.blocks, 'link') as Link[];
    expect(links.map((l) => l.url)).toEqual([
      'https://linkedin.com/in/priya-natarajan',
      'https://twitter.com/priya_dev',
    ]);
    expect((find(links[0]!.children, 'image')[0] as Image).alt).toBe('priya-natarajan');
    const tools = sections[4]!;
    const images = find(tools.blocks, 'image') as Image[];
    expect(images.map((i) => i.alt)).toEqual(['docker', 'typescript', 'Website']);
    expect(images[0]?.position?.start.line).toBe(26);
    // <details>/<summary> become paragraphs; markdown inside them stays markdown.
    const text = plainText(tools.blocks);
    expect(text).toContain('More about my work');
    expect(text).toContain('I have shipped payment systems for three fintech startups.');
    // Inline <a><img></a> in a paragraph regroups into a link around the image; <br/> is a break.
    const website = (find(tools.blocks, 'link') as Link[]).find((l) => l.url === 'https://priya.dev');
    expect(find(website!.children, 'image')).toHaveLength(1);
    expect(text).toContain('Website and some small print\nsecond line');
  });

  it('drops HTML comments so old content inside them is never read', () => {
    const { doc } = parseFile(fixtures, 'comment-hidden.md');
    const all = JSON.stringify(doc.root);
    expect(all).not.toContain('SECRET');
    expect(allSections(doc).map((s) => s.title)).toEqual(['', 'Hannah Hidden', 'Experience']);
    expect(plainText(allSections(doc)[2]!.blocks)).toBe('Lead engineer at NewCorp (2020–2024)');
  });

  it('reads YAML front matter into an object', () => {
    const { doc, warnings } = parseFile(fixtures, 'front-matter.md');
    expect(warnings).toEqual([]);
    expect(doc.frontMatter).toMatchObject({ name: 'Dana Front', aliases: ['DF', 'Dee'], listed: false });
    expect(doc.frontMatter['visibility']).toEqual({ email: 'private', phone: 'private' });
  });

  it('warns about invalid YAML front matter and still parses the document', () => {
    const { doc, warnings } = parseFile(fixtures, 'bad-front-matter.md');
    expect(doc.frontMatter).toEqual({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'front-matter-invalid', line: 1 });
    expect(allSections(doc)[1]?.title).toBe('Bad Yaml Person');
  });

  it('warns when front matter is YAML but not a map', () => {
    const { warnings } = parseMarkdown('---\n- a\n- b\n---\n# X\n');
    expect(warnings.map((w) => w.code)).toEqual(['front-matter-not-a-map']);
  });

  it('nests by level, lets "other" sub-headings inherit, and keeps ids unique', () => {
    const { doc } = parseMarkdown(
      '# Experience\n\n## Acme\n\n### Notes\n\n# Skills\n\n## Acme\n\n## Acme\n\n#### Deep\n\n## Contact\n',
    );
    expect(outline(doc.root)).toEqual([
      'Experience [experience] #experience',
      '  Acme [experience] #experience/acme',
      '    Notes [experience] #experience/acme/notes',
      'Skills [skills] #skills',
      '  Acme [skills] #skills/acme',
      '  Acme [skills] #skills/acme-2',
      '      Deep [skills] #skills/acme-2/deep',
      '  Contact [contact] #skills/contact',
    ]);
  });

  it('keeps content before the first heading in the level-0 preamble', () => {
    const { doc } = parseMarkdown('Intro line\n\n# Title\n\nBody\n');
    expect(doc.root).toMatchObject({ id: 'preamble', level: 0, line: 1, title: '' });
    expect(plainText(doc.root.blocks)).toBe('Intro line');
  });

  it('strips emoji, badges and decoration from titles', () => {
    const { doc } = parseMarkdown(
      '## ⚡️ Skills ⚡️\n\n## ![badge](https://img.shields.io/x) Tools:\n\n## — Contact —\n\n## 🇺🇸 C#\n',
    );
    expect(allSections(doc).map((s) => s.title)).toEqual(['', 'Skills', 'Tools', 'Contact', 'C#']);
  });

  it('parses GFM tables and autolinks', () => {
    const { doc } = parseMarkdown('# T\n\n| a | b |\n|---|---|\n| Rust | Go |\n\nSee https://example.com\n');
    const blocks = allSections(doc)[1]!.blocks;
    expect(blocks[0]?.type).toBe('table');
    expect((find(blocks, 'link')[0] as Link).url).toBe('https://example.com');
  });

  it('reads a paragraph with thousands of * as plain characters, with a warning', () => {
    const { doc, warnings } = parseMarkdown(
      `# Star Field\n\n${'*'.repeat(3000)}x${'*'.repeat(3000)}\n\nAfter **bold**\n`,
    );
    expect(warnings).toEqual([{ code: 'emphasis-ignored', message: expect.any(String), line: 3 }]);
    const blocks = allSections(doc)[1]!.blocks;
    expect(plainText(blocks[0]!)).toBe(`${'*'.repeat(3000)}x${'*'.repeat(3000)}`);
    expect(find(blocks, 'strong')).toHaveLength(1);
  });

  it('flattens absurdly deep nesting into text instead of overflowing the stack', () => {
    const { doc, warnings } = parseMarkdown(`# Deep\n\n${'>'.repeat(300)} deepest words\n`);
    expect(warnings.map((w) => w.code)).toEqual(['nesting-flattened']);
    expect(plainText(allSections(doc)[1]!.blocks)).toBe('deepest words');
  });

  it('keeps a table flattened at the depth limit made of rows of cells', () => {
    const rows = (depth: number) =>
      `${'> '.repeat(depth)}| a${depth} | b |\n${'> '.repeat(depth)}| --- | --- |\n`;
    const text = `# Deep Tables\n\n${Array.from({ length: 70 }, (_, i) => rows(i)).join('')}`;
    const { doc, warnings } = parseMarkdown(text);
    expect(warnings.map((w) => w.code)).toContain('nesting-flattened');
    const tables = find(allSections(doc)[1]!.blocks, 'table');
    expect(tables.length).toBeGreaterThan(60);
    for (const table of tables as Nodes[] as { children: Nodes[] }[])
      for (const row of table.children) {
        expect(row.type).toBe('tableRow');
        for (const cell of (row as { children: Nodes[] }).children) expect(cell.type).toBe('tableCell');
      }
  });

  it('reads pathologically nested HTML as text', () => {
    const { doc } = parseMarkdown(`# Deep Html\n\n${'<div>'.repeat(5000)}inner text\n`);
    expect(plainText(allSections(doc)[1]!.blocks)).toBe('inner text');
  });
});
