// The profile store and names that are one file (two links to it, or a link and its target): one person
// per file, under the first name in sorted order, at start-up and as links come and go while running.
import { mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileStore } from '../../../src/app/profile-store-types.js';
import { SAME_FILE } from '../../../src/app/served-profiles.js';
import { openMapStore, until } from './profile-store-helpers.js';

let dir: string;
let store: ProfileStore | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-links-'));
  writeFileSync(join(dir, 'ann.md'), '# Ann Example\n\nPlatform engineer.\n');
  writeFileSync(join(dir, 'cy.md'), '# Cy Example\n');
});
afterEach(async () => {
  await store?.close();
  store = null;
  rmSync(dir, { recursive: true, force: true });
});

async function open() {
  const opened = await openMapStore(dir);
  store = opened.store;
  const { records } = opened;
  const said = (file: string) =>
    records.filter((r) => r.msg === SAME_FILE && r.file === file) as { of?: string }[];
  return { store, said };
}

const files = (s: ProfileStore) =>
  s
    .index()
    .all()
    .map((p) => p.file)
    .sort();

describe('createProfileStore and names of one file', () => {
  it('serves a file reached by two names once at start-up, and logs the other name with the one served', async () => {
    symlinkSync('ann.md', join(dir, 'bo-link.md'));
    const { store, said } = await open();
    expect(files(store)).toEqual(['ann.md', 'cy.md']);
    expect(store.rejected()).toEqual([]);
    expect(said('bo-link.md')).toEqual([expect.objectContaining({ level: 40, of: 'ann.md' })]);
  });

  it('serves nobody new for a link added while running, says so once, and keeps reloading the file', async () => {
    const { store, said } = await open();
    symlinkSync('ann.md', join(dir, 'zz-ann.md'));
    await until(store, () => said('zz-ann.md').length > 0);
    expect(said('zz-ann.md')).toEqual([expect.objectContaining({ of: 'ann.md' })]);
    expect(files(store)).toEqual(['ann.md', 'cy.md']);
    writeFileSync(join(dir, 'ann.md'), '# Ann Example\n\nStaff engineer.\n');
    await until(store, () => store.index().get('ann')?.headline === 'Staff engineer.');
    expect(files(store)).toEqual(['ann.md', 'cy.md']);
    expect(said('zz-ann.md')).toHaveLength(1);
  });

  it('hands the file to a link that sorts first, and back to its own name when the link goes', async () => {
    const { store, said } = await open();
    symlinkSync('ann.md', join(dir, 'a-ann.md'));
    await until(store, () => store.index().get('a-ann') !== undefined);
    expect(files(store)).toEqual(['a-ann.md', 'cy.md']);
    expect(said('ann.md')).toEqual([expect.objectContaining({ of: 'a-ann.md' })]);
    unlinkSync(join(dir, 'a-ann.md'));
    await until(store, () => store.index().get('ann') !== undefined);
    expect(files(store)).toEqual(['ann.md', 'cy.md']);
    expect(store.rejected()).toEqual([]);
  });

  it('serves the next name of a file when the first one is replaced by a file of its own', async () => {
    symlinkSync('cy.md', join(dir, 'b-cy.md'));
    const { store } = await open();
    expect(files(store)).toEqual(['ann.md', 'b-cy.md']);
    // b-cy.md becomes a profile of its own: both names serve, each its own person.
    unlinkSync(join(dir, 'b-cy.md'));
    writeFileSync(join(dir, 'b-cy.md'), '# Bea Example\n');
    await until(store, () => files(store).length === 3);
    expect(files(store)).toEqual(['ann.md', 'b-cy.md', 'cy.md']);
    expect(store.index().get('b-cy')?.name).toBe('Bea Example');
  });
});
