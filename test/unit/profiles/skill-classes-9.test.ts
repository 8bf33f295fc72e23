// Wrong skills a careful reader would not list: what a heading says the author can NOT do (yet), a list
// under a learning lead-in, streaming apps on a badge row, a Wikimedia thumbnail's file name, a gerund
// technology heading a phrase ("Async Processing"), and a Chinese sentence read as one name.

import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/skill-classes-9';
const names = (file: string): string[] => parsed(`${dir}/${file}`).skills.map((s) => s.name);

describe('a negated heading lists what the author does not know yet', () => {
  it('leaves out "What I can\'t do (yet)" and "Not yet" sections, keeping the skills above them', () => {
    const got = names('negated-headings.md');
    expect(got).toEqual(expect.arrayContaining(['Python', 'Go', 'Terraform']));
    expect(got).not.toEqual(expect.arrayContaining(['Kubernetes']));
    for (const name of ['Haskell', 'Elixir', 'OCaml']) expect(got).not.toContain(name);
  });

  it('reads the French "Ce que je ne sais pas (encore) faire" as negated, but not "Tools I can\'t live without"', () => {
    const got = names('negated-headings-fr.md');
    expect(got).not.toContain('Kubernetes');
    expect(got).toEqual(expect.arrayContaining(['Java', 'Spring', 'PostgreSQL', 'Neovim', 'tmux']));
  });

  it('reads the Spanish "Lo que no sé (todavía)" and Portuguese "O que ainda não sei" as negated', () => {
    const got = names('negated-headings-es-pt.md');
    expect(got).toEqual(expect.arrayContaining(['JavaScript', 'React']));
    for (const name of ['Rust', 'Kotlin', 'Scala']) expect(got).not.toContain(name);
  });
});

describe('a learning lead-in speaks for the list right below it', () => {
  it('leaves out the items under "Things I want to pick up next:" and "I\'d like to learn:"', () => {
    const got = names('learning-lead-in.md');
    for (const name of ['Zig', 'Elixir', 'Haskell', 'OCaml']) expect(got).not.toContain(name);
  });

  it('claims the next group again once a label starts it, and a "Next.js:" item is no lead-in', () => {
    expect(names('learning-lead-in.md')).toEqual(
      expect.arrayContaining(['Python', 'Go', 'PostgreSQL', 'Redis', 'Next.js', 'Django']),
    );
  });
});

describe('streaming apps on a skills badge row are not technologies', () => {
  it('keeps the tools and drops YouTube Music, Prime Video and Crunchyroll', () => {
    const got = names('consumer-apps.md');
    expect(got).toEqual(['Python', 'Docker']);
  });
});

describe('a Wikimedia thumbnail names its subject by the original file name', () => {
  it('reads "2048px-Visual_Studio_Code_1.35_icon.svg.png" as Visual Studio Code, never as a file name', () => {
    const got = names('wikimedia-thumbnails.md');
    expect(got).toEqual(expect.arrayContaining(['Visual Studio Code', 'Python']));
    expect(got.some((n) => /px|\.svg/i.test(n))).toBe(false);
  });

  it('does not take one word of a thumbnail used as a link icon ("Octicons-mark-github" → GitHub)', () => {
    expect(names('wikimedia-thumbnails.md')).not.toContain('GitHub');
  });
});

describe('a gerund technology heading a phrase names a kind of work', () => {
  it('reads neither "Streaming & Processing" nor "Async Processing" as the Processing language', () => {
    const skills = parsed(`${dir}/gerund-groups.md`).skills;
    const processing = skills.filter((s) => s.name === 'Processing');
    // Only the creative-coding list names the language itself.
    expect(processing.map((s) => s.category)).toEqual(['Creative coding']);
    expect(skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Python', 'Kafka', 'Java', 'p5.js']));
  });
});

describe('Latin names enumerated inside a Chinese or Japanese sentence', () => {
  it('lists the names around "、" and never the whole sentence', () => {
    const got = names('cjk-enumeration.md');
    expect(got).toEqual(expect.arrayContaining(['MCU', 'Bootloader', 'RTOS', 'Python']));
    expect(got.some((n) => /[。、，]/.test(n))).toBe(false);
  });

  it('keeps a Japanese enumeration of known names and a name before a clause', () => {
    expect(names('cjk-enumeration.md')).toEqual(
      expect.arrayContaining(['Docker', 'TypeScript', 'React', 'Next.js']),
    );
  });
});
