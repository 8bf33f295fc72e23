// The parser's fingerprint: the bundle's precomputed one (bin/compile-checkout.js) is the hash the sources give.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  hashParserSources,
  PARSER_DIRS,
  parserFingerprint,
} from '../../../src/profiles/store/parser-fingerprint.js';

const root = join(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-fingerprint-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('parserFingerprint', () => {
  it('is, from the sources, the hash the bundle build writes for the same checkout', async () => {
    const built = await hashParserSources(
      PARSER_DIRS.map((dir) => join(root, 'src', dir)),
      [join(root, 'package-lock.json')],
    );
    expect(await parserFingerprint()).toBe(built);
  });

  it('changes with any parser or index file, and with the lock file that pins its libraries', async () => {
    const files = {
      'p/a.ts': 'a',
      'p/store/b.ts': 'b',
      't/fold.ts': 'f',
      's/index.ts': 'i',
      'lock.json': '1',
    };
    const hashOf = (dir: string) =>
      hashParserSources(
        ['p', 't', 's'].map((d) => join(dir, d)),
        [join(dir, 'missing.json'), join(dir, 'lock.json')],
      );
    const base = await hashOf(tree(files));
    expect(await hashOf(tree(files))).toBe(base);
    expect(await hashOf(tree({ ...files, 'p/store/b.ts': 'b2' }))).not.toBe(base);
    expect(await hashOf(tree({ ...files, 't/fold.ts': 'f2' }))).not.toBe(base);
    expect(await hashOf(tree({ ...files, 's/index.ts': 'i2' }))).not.toBe(base);
    expect(await hashOf(tree({ ...files, 'lock.json': '2' }))).not.toBe(base);
    // Files that are not code (notes, images) do not name another parser.
    expect(await hashOf(tree({ ...files, 'p/notes.md': 'x' }))).toBe(base);
  });
});
