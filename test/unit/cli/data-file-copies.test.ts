// The build's copy of src/'s JSON data files into the one bundle folder: a shared base name fails loudly.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataFileCopies } from '../../../bin/data-file-copies.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function src(paths: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'pa-data-'));
  roots.push(root);
  for (const path of paths) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), '{}');
  }
  return root;
}

describe('dataFileCopies', () => {
  it('copies every JSON file under src/ beside the chunks, by its base name', () => {
    const root = src(['profiles/vocabulary/technologies.json', 'search/stop-words.json', 'search/rank.ts']);
    expect(dataFileCopies(root, '/out')).toEqual([
      [join(root, 'profiles/vocabulary/technologies.json'), join('/out', 'technologies.json')],
      [join(root, 'search/stop-words.json'), join('/out', 'stop-words.json')],
    ]);
  });

  it('fails, naming both files, when two JSON files share a base name', () => {
    const root = src(['profiles/vocabulary/technologies.json', 'search/technologies.json']);
    expect(() => dataFileCopies(root, '/out')).toThrow(
      /profiles\/vocabulary\/technologies\.json and search\/technologies\.json/,
    );
  });

  it('copies nothing from a tree without JSON files', () => {
    expect(dataFileCopies(src(['main.ts']), '/out')).toEqual([]);
  });
});
