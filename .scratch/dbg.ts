import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../src/profiles/markdown.js';
import { contentLines, collectImages } from '../src/profiles/content-lines.js';
import { proseLines } from '../src/profiles/prose-lines.js';
import { walkSections } from '../src/profiles/walk-sections.js';
const file = process.argv[2]!;
const { doc } = parseMarkdown(readFileSync(file, 'utf8'));
walkSections(doc, (s) => {
  console.log(`## [${s.kind}] L${s.level} "${s.title}" blocks=${s.blocks.map((b) => b.type).join(',')}`);
  if (process.argv[3]?.includes('l')) for (const l of contentLines(s.blocks)) console.log('  line', l.type, JSON.stringify(l.cells ?? l.text).slice(0, 200));
  if (process.argv[3]?.includes('p')) for (const l of proseLines(s.blocks)) console.log('  prose', JSON.stringify(l.text).slice(0, 200));
  if (process.argv[3]?.includes('i')) for (const i of collectImages(s.blocks)) console.log('  img', i.alt, '|', i.title, '|', i.src.slice(0, 120), '|', i.href);
});
