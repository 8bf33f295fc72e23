import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLE_ENTRY, chooseBuild, distEntry, STAMP } from '../../../bin/choose-build.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tree(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'pa-build-'));
  roots.push(root);
  for (const [path, secondsAgo] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, '');
    const at = Date.now() / 1000 - secondsAgo;
    utimesSync(full, at, at);
  }
  return root;
}

describe('chooseBuild', () => {
  it('runs the compiled build where no sources are shipped (the image)', () => {
    expect(chooseBuild(tree({ 'dist/src/main.js': 10 }))).toBe('dist');
  });

  it('runs the sources in a checkout that was never compiled', () => {
    expect(chooseBuild(tree({ 'src/main.ts': 10 }))).toBe('src');
  });

  it('runs the compiled build when it was compiled after every source change', () => {
    const root = tree({
      'src/main.ts': 60,
      'src/engine/x.ts': 50,
      'commands/a.ts': 40,
      [BUNDLE_ENTRY]: 5,
      [STAMP]: 5,
    });
    expect(chooseBuild(root)).toBe('dist');
  });

  it('runs the sources again once any source file is newer than the compile', () => {
    const edited = tree({ 'src/main.ts': 60, 'src/engine/x.ts': 1, [BUNDLE_ENTRY]: 5, [STAMP]: 5 });
    expect(chooseBuild(edited)).toBe('src');
    const command = tree({ 'src/main.ts': 60, 'commands/new.ts': 1, [BUNDLE_ENTRY]: 5, [STAMP]: 5 });
    expect(chooseBuild(command)).toBe('src');
  });

  it('does not trust a dist/ that tsc or an old version left without the stamp', () => {
    expect(chooseBuild(tree({ 'src/main.ts': 60, 'dist/src/main.js': 5 }))).toBe('src');
    expect(chooseBuild(tree({ 'src/main.ts': 60, [BUNDLE_ENTRY]: 5 }))).toBe('src');
  });

  it('does not call a stamp fresh without the bundle it stamps (tsc output alone)', () => {
    expect(chooseBuild(tree({ 'src/main.ts': 60, 'dist/src/main.js': 5, [STAMP]: 5 }))).toBe('src');
  });

  it('obeys PROFILE_ASSISTANT_BUILD when it names dist or src', () => {
    const root = tree({ 'src/main.ts': 60 });
    expect(chooseBuild(root, 'dist')).toBe('dist');
    const fresh = tree({ 'src/main.ts': 60, [BUNDLE_ENTRY]: 5, [STAMP]: 5 });
    expect(chooseBuild(fresh, 'src')).toBe('src');
  });
});

describe('distEntry', () => {
  it('runs the bundle when there is one, even beside tsc output', () => {
    const root = tree({ 'dist/src/main.js': 5, [BUNDLE_ENTRY]: 5 });
    expect(distEntry(root)).toBe(join(root, BUNDLE_ENTRY));
  });

  it("runs tsc's output when no bundle was made, and nothing when neither was", () => {
    const root = tree({ 'dist/src/main.js': 5 });
    expect(distEntry(root)).toBe(join(root, 'dist/src/main.js'));
    expect(distEntry(tree({ 'src/main.ts': 5 }))).toBeNull();
  });
});
