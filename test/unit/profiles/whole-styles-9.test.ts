// Whole ways of writing a profile, read as the plain markdown form is: HTML layouts (unclosed headings over
// icon rows, tables with bold column titles), badge-generator rows, credits sections and "Knowledge and
// Experiences" skill walls.
import { describe, expect, it } from 'vitest';
import { creditsTitle } from '../../../src/profiles/extract/lead-in.js';
import { imageAltName } from '../../../src/profiles/extract/name-places.js';
import { sideCardLines } from '../../../src/profiles/extract/side-card-lines.js';
import { classifySection } from '../../../src/profiles/markdown/section-kinds.js';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/whole-styles-9';
const skills = (file: string) => parsed(`${dir}/${file}`).skills.map((s) => s.name);
const contacts = (file: string) => parsed(`${dir}/${file}`).contacts.map((c) => c.value);

describe('an HTML layout whose headings are left unclosed', () => {
  it('reads the icon rows and lists written inside an unclosed <h3>/<h4> as that heading’s content', () => {
    expect(skills('odile-varga.md')).toEqual(
      expect.arrayContaining(['React', 'Svelte', 'Django', 'Redis', 'PostgreSQL', 'SQLite']),
    );
  });

  it('keeps the heading’s own words as its title', () => {
    const titles = parsed(`${dir}/odile-varga.md`).sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['Frontend Technologies', 'Backend Technologies']));
  });
});

describe('an HTML table whose first row is bold column titles', () => {
  it('reads the bold titles as column headings, not as skills, over icon rows and comma lists', () => {
    const found = skills('bruno-achterberg.md');
    expect(found).toEqual(
      expect.arrayContaining(['Vue.js', 'Sass', 'Figma', 'Blender', 'Go', 'Elixir', 'Terraform', 'Pulumi']),
    );
    for (const title of ['Frontend', 'Design', 'Backend', 'Cloud']) expect(found).not.toContain(title);
  });

  it('still reads a table of bold names row after row as the names listed', () => {
    expect(skills('bruno-achterberg.md')).toEqual(
      expect.arrayContaining(['Rust', 'Haskell', 'OCaml', 'Zig']),
    );
  });
});

describe('badge-generator images whose alt names the image', () => {
  it('takes no name from an opening "Linkedin Badge" or "Website Badge" alt', () => {
    expect(parsed(`${dir}/ravi-tamm.md`).name).toBe('ravi-tamm');
    expect(parsed(`${dir}/ines-moreau.md`).name).toBe('Ines Moreau');
  });

  it('reads "LeetCode Stats" and "WakaTime stats" as a card’s source, "Ana Ruiz’s stats" as its owner', () => {
    expect(imageAltName('Leetcode Stats', null)).toBeNull();
    expect(imageAltName('WakaTime stats', null)).toBeNull();
    expect(imageAltName("Ana Ruiz's GitHub stats", null)).toBe('Ana Ruiz');
  });
});

describe('a section crediting others', () => {
  it('gives none of the credited people’s links as the owner’s contacts', () => {
    const found = contacts('kofi-mensah.md');
    for (const other of ['tessaloom', 'quillbyte', 'marrowfen', 'harlowq'])
      expect(found.some((v) => v.includes(other))).toBe(false);
  });

  it('keeps the owner’s links under "Thanks for visiting!"', () => {
    expect(contacts('kofi-mensah.md')).toEqual(
      expect.arrayContaining(['https://github.com/kofimensah', 'https://twitter.com/kofi_builds']),
    );
  });

  it('knows credits titles from visit thanks and sponsor sections', () => {
    expect(creditsTitle('🌟 Credit & Thank You!')).toBe(true);
    expect(creditsTitle('Acknowledgements')).toBe(true);
    expect(creditsTitle('Special thanks')).toBe(true);
    expect(creditsTitle('Thanks for visiting!')).toBe(false);
    expect(creditsTitle('Sponsor me')).toBe(false);
  });
});

describe('"Knowledge" headings', () => {
  it('reads "Knowledge and Experiences" over area sub-headings as skills, with no empty jobs', () => {
    const profile = parsed(`${dir}/lucas-bernardi.md`);
    expect(profile.experience).toEqual([]);
    expect(profile.skills.map((s) => s.name)).toEqual(
      expect.arrayContaining(['HTML', 'Vue.js', 'Django', 'FastAPI', 'Flutter', 'Kotlin', 'Ktor']),
    );
  });

  it('classifies "Knowledge", "Connaissances" and "Knowledge and Experiences" as skills headings', () => {
    expect(classifySection('📚 Knowledge')).toBe('skills');
    expect(classifySection('Connaissances')).toBe('skills');
    expect(classifySection('Knowledge and Experiences')).toBe('skills');
  });
});

describe('a typing-SVG header', () => {
  it('reads a typed line that lists technologies ("A · B · C", "A | B", "A & B") as the stack', () => {
    expect(skills('dario-fenn.md')).toEqual(
      expect.arrayContaining(['Ruby on Rails', 'PostgreSQL', 'Sidekiq', 'Elixir', 'Svelte', 'Deno']),
    );
  });

  it('reads nothing from a typed list of hobbies or a sentence', () => {
    const found = skills('dario-fenn.md');
    for (const word of ['Coffee', 'Cats', 'Hiking', 'Always']) expect(found).not.toContain(word);
  });
});

describe('a terminal "neofetch" card', () => {
  it('reads the facts beside the art: stack, job, contacts, with the learning line claiming nothing', () => {
    const yara = parsed(`${dir}/yara-kim.md`);
    expect(yara.skills.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Go', 'Rust', 'TypeScript', 'Neovim']),
    );
    expect(yara.skills.map((s) => s.name)).not.toContain('Zig');
    expect(yara.experience.map((e) => [e.title, e.organization])).toContainEqual([
      'Software Engineer',
      'Tidewell Systems',
    ]);
    expect(yara.contacts.map((c) => c.value)).toEqual(
      expect.arrayContaining(['yara.kim@example.com', 'https://linkedin.com/in/yara-kim']),
    );
  });

  it('reads aligned "Key:   value" columns and the facts written below the art', () => {
    const finn = parsed(`${dir}/finn-oduya.md`);
    expect(finn.experience.map((e) => [e.title, e.organization])).toContainEqual([
      'Data Engineer',
      'Brightpool',
    ]);
    expect(finn.contacts.map((c) => c.value)).toEqual(
      expect.arrayContaining(['finn.oduya@example.com', 'https://github.com/finnoduya']),
    );
    expect(finn.skills.map((s) => s.name)).not.toContain('Haskell');
  });

  it('leaves a block without art beside its keys as it is', () => {
    expect(sideCardLines(['name: Ana', 'role: dev', 'email: ana@example.com'])).toBeNull();
    expect(sideCardLines(['const me = {', "  name: 'Ana',   // note: x", '};'])).toBeNull();
  });
});

describe('a skills table with a learning column', () => {
  it('claims none of what stands under "Learn" or "Currently learning", and all the other columns', () => {
    const found = skills('tove-lind.md');
    expect(found).toEqual(
      expect.arrayContaining(['Java', 'Spring', 'Kotlin', 'Go', 'PostgreSQL', 'Docker', 'Python', 'Redis']),
    );
    for (const learning of ['Scala', 'Rust', 'Elixir']) expect(found).not.toContain(learning);
  });
});
