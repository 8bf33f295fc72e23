// Checks the rules of the house that a compiler can't: where platform libraries and env may be used.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const files = [...sourceFiles('src'), ...sourceFiles('commands')].map((path) => ({
  path: relative(root, join(root, path)),
  text: readFileSync(join(root, path), 'utf8'),
}));

/** Import/require statements that load a module at run time (type-only imports erase). */
function runtimeImports(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*import\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm))
    found.push(match[1]!);
  for (const match of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  for (const match of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  return found;
}

const PLATFORM_LIBS = /^(discord\.js|@slack\/bolt|@slack\/socket-mode|@slack\/web-api|@discordjs\/)/;

describe('house rules', () => {
  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('loads discord.js and Bolt at run time only under src/platforms and src/cli', () => {
    const leaks = files
      .filter((f) => !/^src\/(platforms|cli)\//.test(f.path))
      .flatMap((f) =>
        runtimeImports(f.text)
          .filter((m) => PLATFORM_LIBS.test(m))
          .map((m) => `${f.path} → ${m}`),
      );
    expect(leaks).toEqual([]);
  });

  it('reads process.env only in src/main.ts', () => {
    const readers = files
      .filter((f) => f.path !== 'src/main.ts' && /process\.env\b/.test(f.text))
      .map((f) => f.path);
    expect(readers).toEqual([]);
  });

  it('keeps the engine, search, profiles and renderers free of node:fs and network modules', () => {
    const pure = files.filter((f) => /^src\/(engine|search|render)\//.test(f.path));
    const io = pure.flatMap((f) =>
      runtimeImports(f.text)
        .filter((m) => /^(node:)?(fs|fs\/promises|net|http|https|child_process)$/.test(m))
        .map((m) => `${f.path} → ${m}`),
    );
    expect(io).toEqual([]);
  });

  it('keeps every source file under 300 lines', () => {
    const big = files
      .map((f) => ({ path: f.path, lines: f.text.split('\n').length }))
      .filter((f) => f.lines > 300)
      .map((f) => `${f.path} (${f.lines})`);
    expect(big).toEqual([]);
  });

  it('starts every source file with a comment saying what it owns', () => {
    const bare = files.filter((f) => !/^(\/\/|\/\*)/.test(f.text.trimStart())).map((f) => f.path);
    expect(bare).toEqual([]);
  });
});
