import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../src/profiles/markdown.js';
const { doc } = parseMarkdown(readFileSync(process.argv[2]!, 'utf8'));
const p = doc.root.children[0]!.blocks[0] as any;
console.log(JSON.stringify(p.children.map((c: any) => [c.type, c.value ?? c.children?.length])).slice(0, 1500));
