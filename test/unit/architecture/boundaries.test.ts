// Checks the rules of the house that a compiler can't: which layer may import which, no folder cycles,
// where platform libraries and env may be used.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

/** Relative imports of any kind: static, type-only, re-exports and dynamic import(). */
function relativeImports(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) found.push(match[1]!);
  for (const match of text.matchAll(/\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) found.push(match[1]!);
  return found;
}

/** The folder a file belongs to: `src/<folder>`, `src` for the entry files beside them, or `commands`. */
function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] !== 'src') return parts[0]!;
  return parts.length > 2 ? `src/${parts[1]}` : 'src';
}

/** One edge per import that crosses folders, with the file and specifier that make it. */
const edges = files
  .flatMap((f) =>
    relativeImports(f.text).map((specifier) => ({
      from: folderOf(f.path),
      to: folderOf(relative(root, join(root, dirname(f.path), specifier))),
      why: `${f.path} → ${specifier}`,
    })),
  )
  .filter((e) => e.from !== e.to);

/** Who may not import whom: lower layers never reach up (data flows profiles → search → engine → render → platforms). */
const FORBIDDEN: Record<string, readonly string[]> = {
  'src/text': ['*'],
  'src/profiles': ['src/search', 'src/engine', 'src/render', 'src/platforms', 'src/app', 'src/cli'],
  'src/search': ['src/engine', 'src/render', 'src/platforms', 'src/app', 'src/cli'],
  'src/engine': ['src/render', 'src/platforms', 'src/app', 'src/cli'],
  'src/render': ['src/platforms', 'src/app', 'src/cli'],
  commands: ['src/platforms', 'src/app', 'src/cli'],
  // The port lives in src/platforms; the composition root wires platforms, never the reverse.
  'src/platforms': ['src/app'],
};

interface Edge {
  from: string;
  to: string;
  why: string;
}

/** Strongly connected groups of nodes (Tarjan), each with the imports that close it. */
function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return groups.map((group) =>
    edges.filter((e) => group.includes(e.from) && group.includes(e.to)).map((e) => e.why),
  );
}

const PLATFORM_LIBS = /^(discord\.js|@slack\/bolt|@slack\/socket-mode|@slack\/web-api|@discordjs\/)/;

describe('house rules', () => {
  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(edges.some((e) => e.from === 'src/engine' && e.to === 'src/search')).toBe(true);
  });

  it('imports no layer from a layer below it', () => {
    const broken = edges
      .filter((e) => FORBIDDEN[e.from]?.some((to) => to === '*' || to === e.to))
      .map((e) => e.why);
    expect(broken).toEqual([]);
  });

  it('has no folder that imports a folder importing it back', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('has no source file that loads, at run time, a file loading it back', () => {
    const fileEdges = files.flatMap((f) =>
      runtimeImports(f.text)
        .filter((m) => m.startsWith('.'))
        .map((m) => ({
          from: f.path,
          to: relative(root, join(root, dirname(f.path), m.replace(/\.js$/, '.ts'))),
          why: `${f.path} → ${m}`,
        })),
    );
    expect(cycles(fileEdges)).toEqual([]);
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
