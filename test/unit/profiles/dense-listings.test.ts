// The general listing reader: a list or a paragraph of items under any heading is read as the author's
// skills when most of its items are known technologies, whole items only; sparse lists, project lists and
// links to an account's page claim nothing.

import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { denseListings, MIN_KNOWN, MIN_SHARE } from '../../../src/profiles/extract/dense-listings.js';
import type { ContentLine } from '../../../src/profiles/markdown/content-lines.js';
import type { Skill } from '../../../src/profiles/model/profile.js';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/dense-listings';
const skillsOf = (file: string): Skill[] => parsed(`${dir}/${file}`).skills;
/** Names listed as skills (not only mentioned in prose). */
const listed = (file: string): string[] =>
  skillsOf(file)
    .filter((s) => s.source !== 'prose')
    .map((s) => s.name);
const all = (file: string): string[] => skillsOf(file).map((s) => s.name);

/** One list block over the given item lines, starting at line 1. */
function list(items: string[]): { blocks: RootContent[]; lines: ContentLine[] } {
  const block = {
    type: 'list',
    children: [],
    position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  };
  const lines = items.map((text, i) => ({ text, line: i + 1, type: 'item' as const, depth: 0 }));
  return { blocks: [block as unknown as RootContent], lines };
}
const namesOf = (items: string[]): string[] => {
  const { blocks, lines } = list(items);
  return denseListings(blocks, lines).flatMap((r) => r.names);
};

describe('a dense list under any heading is a listing of the author’s skills', () => {
  it('reads single-word tool items under a heading with no skills word ("Daily drivers")', () => {
    expect(listed('lists-under-any-heading.md')).toEqual(expect.arrayContaining(['Neovim', 'tmux', 'Git']));
  });

  it('reads items with trailing periods or semicolons, in English and Russian lists', () => {
    expect(listed('lists-under-any-heading.md')).toEqual(
      expect.arrayContaining(['Matplotlib', 'scikit-learn', 'Express', 'Redux']),
    );
  });

  it('reads a paragraph of comma-separated names and nested qualifier groups under a neutral heading', () => {
    expect(listed('lists-under-any-heading.md')).toEqual(
      expect.arrayContaining(['Zephyr', 'FreeRTOS', 'Yocto', 'ESP-IDF']),
    );
    expect(listed('paragraph-and-nested.md')).toEqual(
      expect.arrayContaining(['Python', 'Pandas', 'NumPy', 'XGBoost', 'R', 'SQL', 'Neovim', 'Alacritty']),
    );
  });

  it('keeps a plain word that is only another spelling of a technology out ("coffee" is no CoffeeScript)', () => {
    expect(all('lists-under-any-heading.md')).not.toContain('CoffeeScript');
    expect(all('not-listings.md')).not.toContain('CoffeeScript');
  });
});

describe('containers that are no listing of skills claim nothing', () => {
  it('reads nothing from a list where known technologies are the minority', () => {
    expect(namesOf(['coffee', 'chess', 'long walks', 'Haskell'])).toEqual([]);
    expect(listed('not-listings.md')).not.toContain('Haskell');
  });

  it('reads nothing from a list of projects with descriptions that name technologies', () => {
    for (const name of ['Go', 'Elm', 'PostgreSQL', 'Redis'])
      expect(all('not-listings.md')).not.toContain(name);
    expect(
      namesOf(['tidewatch — a Go tool for tide tables, with an Elm front end', 'pg-notes — notes on Redis']),
    ).toEqual([]);
  });

  it('reads nothing from sentences that name technologies inside them', () => {
    expect(
      namesOf(['I created FastAPI, Typer and a bunch of other tools.', 'I also maintain Deno plugins.']),
    ).toEqual([]);
  });

  it('reads nothing from a dense list led in by a learning line', () => {
    const { blocks, lines } = list(['Zig', 'OCaml', 'Elixir']);
    const shifted = lines.map((l) => ({ ...l, line: (l.line ?? 0) + 2 }));
    const lead = { text: 'Things I want to learn next:', line: 1, type: 'line' as const, depth: 0 };
    (blocks[0] as { position: { start: { line: number } } }).position.start.line = 3;
    expect(denseListings(blocks, [lead, ...shifted])).toEqual([]);
    expect(namesOf(['Zig', 'OCaml', 'Elixir'])).toEqual(['Zig', 'OCaml', 'Elixir']);
  });

  it('does not read the site name of a link to the author’s account on a code host as a skill', () => {
    expect(all('not-listings.md')).not.toContain('Gitee');
  });
});

describe('the density thresholds', () => {
  it('needs at least MIN_KNOWN known items and MIN_SHARE of the items known', () => {
    expect(MIN_KNOWN).toBe(2);
    expect(namesOf(['Rust', 'gardening'])).toEqual([]);
    expect(namesOf(['Rust', 'Go', 'gardening', 'baking'])).toEqual(MIN_SHARE <= 0.5 ? ['Rust', 'Go'] : []);
    expect(namesOf(['Rust', 'Go', 'gardening', 'baking', 'cycling'])).toEqual([]);
  });
});
