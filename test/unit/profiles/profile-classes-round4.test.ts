// Classes of input found in a fourth blind set of real profiles (made-up people): JSON Resume exports with
// null fields, skill icons in HTML tables and reference-style badges, greeting-shaped headings, contact
// pages on unknown sites…
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/profile-classes-4';
const profile = (file: string) => parsed(`${dir}/${file}`);
const skills = (file: string) => profile(file).skills.map((s) => s.name);
const contacts = (file: string) => profile(file).contacts.map((c) => `${c.kind} ${c.value}`);

describe('JSON Resume exports that write null for empty fields', () => {
  it('reads a resume whose optional fields and list items are null as if they were absent', () => {
    const p = profile('resume-null-fields.json');
    expect(p.name).toBe('Dorian Vasquez-Lee');
    expect(p.experience.map((e) => e.organization)).toEqual(['Fernbrook County Library']);
    expect(p.experience[0]?.highlights ?? []).not.toContain(null);
    expect(contacts('resume-null-fields.json')).toEqual([
      'email dorian.vl@example.org',
      'phone 5550104477',
      'linkedin https://www.linkedin.com/in/dorian-vl/',
    ]);
  });

  it('takes a keyword-less skill name without its "(Programming Language)" qualifier, and a capitalised three-word name whole', () => {
    expect(skills('resume-null-fields.json')).toEqual([
      'Python',
      'Active Directory',
      'Azure Active Directory',
      'Azure',
      'Pytest',
    ]);
  });
});

describe('skill icons in an HTML table below a stats heading', () => {
  it('reads <picture><img alt> icons of table cells under "###" headings that follow a "## GitHub Stats" section', () => {
    expect(skills('picture-icon-table.md')).toEqual(['PHP', 'Rust', 'Svelte', 'Docker']);
  });
});

describe('technology badges wrapped in a link to the author’s social page', () => {
  it('reads reference-style badges ([![TypeScript][badge-ts]][x]) that all link to the X account as skills', () => {
    expect(skills('reference-badges.md')).toEqual(['TypeScript', 'Swift', 'WebAssembly']);
  });

  it('keeps the link as a contact, and a GitHub badge to the GitHub page or a dynamic JSON counter is no skill', () => {
    expect(contacts('reference-badges.md')).toEqual([
      'x https://twitter.com/tamsin_builds',
      'github https://github.com/tamsin-okafor',
    ]);
  });
});

describe('skillicons.dev rows wrapped in a link to the author’s GitHub', () => {
  it('reads every id of the ?i= list, and leaves out only the icon of the linked site itself', () => {
    expect(skills('skillicons-in-link.md')).toEqual([
      'Go',
      'Java',
      'Node.js',
      'PostgreSQL',
      'Redis',
      'Git',
      'Linux',
    ]);
    expect(contacts('skillicons-in-link.md')).toEqual(['github https://github.com/odilefm']);
  });
});

describe('names: what is not one, and where the real one stands', () => {
  const name = (file: string) => profile(file).name;

  it('reads "I\'m X" after a greeting in another script with its transliteration ("नमस्ते (Namaste), I\'m …")', () => {
    expect(name('name-native-greeting.md')).toBe('Devika Raman Iyer');
  });

  it('takes no name from "I\'m a Night 🦉" or "I\'m Most Productive on Sunday" (an English article, a stats line)', () => {
    expect(name('name-night-owl.md')).toBe('name-night-owl');
  });

  it('prefers the full name in brackets after a linked @handle ("I\'m @handle (Full Name)")', () => {
    expect(name('name-handle-then-full.md')).toBe('Tomás Ibáñez');
  });

  it('never takes a section heading for a name ("基本信息 Basic Information", "💖 Sponsor")', () => {
    expect(name('name-section-headings.md')).toBe('name-section-headings');
  });

  it('reads "Ello" as a greeting, not a name', () => {
    expect(name('name-ello.md')).toBe('name-ello');
  });

  it('reads the name of a possessive profile-README image alt ("X\'s GitHub Profile README")', () => {
    expect(name('name-profile-alt.md')).toBe('Niamh Brannagh');
  });

  it("takes no name from a stats alt copied from the tool, whose first word is the linked tool author's account", () => {
    expect(name('name-template-alt.md')).toBe('name-template-alt');
  });
});

describe('contacts on sites the table did not know, or behind generic words', () => {
  const found = contacts('contacts-unknown-sites.md');

  it('keeps a booking page (Calendly) and a reading log (Goodreads) the author calls theirs', () => {
    expect(found).toContain('other https://calendly.com/marisolq/30min');
    expect(found).toContain('other https://www.goodreads.com/user/show/48151623-marisol-quint');
    expect(skills('contacts-unknown-sites.md')).not.toContain('Calendly');
  });

  it('keeps member pages of expert programmes (MVP, Docker Captain) in a "Let\'s connect" row', () => {
    expect(found).toContain('other https://mvp.microsoft.com/en-us/PublicProfile/5001234');
    expect(found).toContain('other https://www.docker.com/captains/marisol-quint');
  });

  it('reads "More about me →", "my Podcast", a "Blog:" badge and a header banner with ?ref=gh as their sites', () => {
    expect(found).toEqual(
      expect.arrayContaining([
        'website http://sunfield-lab.net/?ref=gh',
        'website https://marisolquint.info',
        'website https://podcast.quint.fm',
        'website https://www.quintnotes.net/',
      ]),
    );
  });

  it('reads the account of a Twitter follow button (intent/follow?screen_name=…)', () => {
    expect(found).toContain('x https://twitter.com/marisolq');
  });
});

describe('employers and own projects named in prose', () => {
  const file = 'employers-and-projects.md';

  it('claims no skill from a list after "worked at", "I created …" or closed by "my other open source projects"', () => {
    expect(skills(file)).toEqual(['Python', 'Docker', 'PostgreSQL']);
  });

  it('keeps the sites of those projects and companies out of the contacts, wherever else they are linked', () => {
    expect(contacts(file)).toEqual(['website https://lindqvist.dev']);
  });
});

describe('skill notations: file extensions, language-share badges, nested code-mode maps', () => {
  const found = skills('skill-notations.md');

  it('reads ".rb", ".ts", ".py" listed as a tech stack as Ruby, TypeScript, Python', () => {
    expect(found).toEqual(expect.arrayContaining(['Ruby', 'TypeScript', 'Python']));
  });

  it('claims nothing from generated badges whose message is "Language︱percentage"', () => {
    expect(found).not.toContain('Kotlin');
    expect(found).not.toContain('Groovy');
  });

  it('reads every list inside a map opened by a skill key, whatever its sub-keys are called, but not a learning map', () => {
    expect(found).toEqual(expect.arrayContaining(['Node.js', 'Express', 'NestJS', 'PostgreSQL', 'Redis']));
    expect(found).not.toContain('Elixir');
  });
});

describe('employers in CV-like lines and sentences', () => {
  const employers = profile('experience-lines.md').experience.map((e) => e.organization);

  it('reads "2017, 2018: Data & Product @ [Org]" (years, a colon, a team) like a titled role', () => {
    expect(employers).toEqual(expect.arrayContaining(['Lanternfish', 'Shopwise']));
  });

  it('reads both employers of "at A and The B Lab.", but not a capitalised word after "and" ("Love it")', () => {
    expect(employers).toEqual(expect.arrayContaining(['Quarto', 'The Tidewater Lab', 'Fernhill']));
    expect(employers).not.toContain('Love');
  });
});

describe('pages introduced by "my", and community invitations', () => {
  const found = contacts('contacts-unknown-sites.md');

  it('keeps a profile-shaped page (a wiki User: page) the author calls "my …"', () => {
    expect(found).toContain('other https://meta.wikimedia.org/wiki/User:Marisolq');
  });

  it('drops a Discord invite to a named community after "join" (a club server, not a way to reach them)', () => {
    expect(found.some((c) => c.includes('discord.gg'))).toBe(false);
  });
});

describe('project pages on sub-domains of the author’s site', () => {
  it('drops a sub-domain named after the project the link text names, keeps the author’s own pages', () => {
    expect(contacts('ravenholt.md')).toEqual([
      'x https://x.com/ravenholt',
      'website https://ravenholt.dev/blog',
    ]);
  });
});

describe('job dates under a heading whose company name has a skills word', () => {
  it('takes no skill from a line that is only a period ("**June 2023 - Present**" under "… | Brightline Tech Ltd.")', () => {
    const found = skills('dated-job-headings.md');
    expect(found).toEqual(expect.arrayContaining(['Jenkins', 'Docker', 'React']));
    expect(found.some((s) => /\d{4}/.test(s))).toBe(false);
  });
});

describe('sponsor sections', () => {
  it('claims no skill from the donation platforms a "💖 Sponsor" section links to', () => {
    expect(skills('name-section-headings.md')).toEqual(['Kotlin']);
  });
});
