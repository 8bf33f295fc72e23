// The generated registries match the folders: a new definition or handler file fails here until
// `npm run commands:index` has rewritten them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateIndex } from './command-index.js';

describe('command registries', () => {
  it('list every definition in commands/ and its handler, as `npm run commands:index` writes them', async () => {
    const index = await generateIndex();
    expect(index.problems).toEqual([]);
    expect(readFileSync(index.commandList.path, 'utf8'), 'run `npm run commands:index`').toBe(
      index.commandList.text,
    );
    expect(readFileSync(index.handlerIndex.path, 'utf8'), 'run `npm run commands:index`').toBe(
      index.handlerIndex.text,
    );
  });
});
