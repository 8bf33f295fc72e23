// readCacheLines: a parse cache file's lines as byte ranges, across block boundaries and longer than a block.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCacheLines } from '../../../src/profiles/store/cache-lines.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function linesOf(text: string, block: number) {
  const dir = mkdtempSync(join(tmpdir(), 'cache-lines-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'cache'), text);
  const lines: [string, boolean][] = [];
  await readCacheLines(
    join(dir, 'cache'),
    (bytes, start, end, ended) => void lines.push([bytes.toString('utf8', start, end), ended]),
    block,
  );
  return lines;
}

describe('readCacheLines', () => {
  it('gives every line whole, however the blocks cut them, and one longer than a block', async () => {
    const lines = ['header', 'ä'.repeat(40), '', 'x'.repeat(7), 'é€😀 tail'];
    for (const block of [4, 7, 16, 1024])
      expect(await linesOf(`${lines.join('\n')}\n`, block)).toEqual(lines.map((l) => [l, true]));
  });

  it('tells a last line with no newline (a file cut short), and gives none for an empty file', async () => {
    expect(await linesOf('one\ntwo', 5)).toEqual([
      ['one', true],
      ['two', false],
    ]);
    expect(await linesOf('', 5)).toEqual([]);
  });

  it('stops when told to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-lines-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'cache'), 'a\nb\nc\n');
    const seen: string[] = [];
    await readCacheLines(join(dir, 'cache'), (bytes, start, end) => {
      seen.push(bytes.toString('utf8', start, end));
      return seen.length < 2;
    });
    expect(seen).toEqual(['a', 'b']);
  });
});
