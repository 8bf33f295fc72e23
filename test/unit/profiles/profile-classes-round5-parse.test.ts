// Classes of input found in a fifth blind set of real profiles (made-up people): greetings with initials or
// all in lower case, fuller names only on a banner, names in two scripts, and older JSON Resume contacts.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/profile-classes-5p';
const profile = (file: string) => parsed(`${dir}/${file}`);
const contacts = (file: string) => profile(file).contacts.map((c) => `${c.kind} ${c.value}`);

describe('names in greetings', () => {
  it('reads a name with dotted initials after a greeting that addresses someone ("Hello Internet, I\'m R.K. Osei")', () => {
    expect(profile('rkosei-dev.md').name).toBe('R.K. Osei');
  });

  it('reads an all-lowercase name from an all-lowercase greeting ("hiya, i\'m wren.")', () => {
    expect(profile('wrenbyte.md').name).toBe('wren');
  });

  it('does not read a lowercase word after "i\'m" as a name when more of the sentence follows it', () => {
    expect(profile('lowercase-not-name.md').nameSource).toBe('handle');
  });

  it('reads the full name after a greeting word the list does not know as a greeting ("Salam, I\'m …")', () => {
    expect(profile('azahra.md').name).toBe('Amina Zahra El Fassi');
  });
});

describe('fuller names on a banner', () => {
  it('takes the full name an image alt says the banner reads over the first name of the greeting', () => {
    expect(profile('priyar.md').name).toBe('Priya Raman');
  });

  it('takes a capsule banner name whose given name has a capital inside and is spelled by the handle', () => {
    expect(profile('MinJae77.md').name).toBe('Park MinJae');
  });
});

describe('a name written in two scripts in the title heading', () => {
  it('keeps the Latin name as the name and the other spelling in brackets as an alias', () => {
    const p = profile('kmori.md');
    expect(p.name).toBe('Kenji Mori');
    expect(p.nameSource).toBe('heading');
    expect(p.aliases).toContain('森 健二');
  });
});

describe('older JSON Resume contacts', () => {
  it('joins a profile url that is only the site base with its username, for known networks and the named one', () => {
    expect(contacts('resume-old-schema.json')).toEqual(
      expect.arrayContaining([
        'github https://github.com/tlindq',
        'linkedin https://linkedin.com/in/tobias-lindqvist',
        'codepen https://codepen.io/tlindq',
        'x https://twitter.com/tlindq',
      ]),
    );
  });

  it('keeps a site of its own as it is, whatever its username', () => {
    expect(contacts('resume-old-schema.json')).toContain('website https://notes-example.se/');
  });

  it('reads basics.website as the personal site even when a freelance job lists the same site', () => {
    expect(contacts('resume-old-schema.json')).toContain('website http://lindqvist-example.se/');
  });
});

describe('employers not named after "at"', () => {
  const orgs = (file: string) => profile(file).experience.map((e) => e.organization);

  it('reads the organisation of a staff or team someone says they are part of, but not a department', () => {
    expect(orgs('team-staff.md')).toEqual(['openHarbor']);
  });

  it('reads "Founder <organisation>" lines under a roles heading, and not elsewhere', () => {
    expect(orgs('roles-heading.md')).toEqual(['Tidewater Labs', 'Saltmarsh Academy']);
  });
});

describe('personal sites behind unusual labels', () => {
  it('reads a "Portfolio Site" badge as the website it links to', () => {
    expect(contacts('ReyesTom.md')).toContain('website https://studio-ochre-example.net');
  });

  it('reads the link a "How to reach me" line offers as a contact', () => {
    expect(contacts('ReyesTom.md')).toContain('website https://tomreyes-example.dev/cv');
  });

  it('does not take a product listed under Projects as the website because the e-mail is at its domain', () => {
    expect(contacts('kestrel-golf.md')).toEqual(['email noor@fairway-example.games']);
  });
});

describe('a tagline heading under the greeting', () => {
  const six = (file: string) => parsed(`test/fixtures/profile-classes-6/${file}`);
  it('reads the skills below a centred tagline that says "open source enthusiast … developer" (it hid every icon)', () => {
    const names = six('tagline-oss.md').skills.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Go', 'Docker', 'PostgreSQL']));
  });

  it('still claims nothing from a long heading about the projects someone built', () => {
    const names = six('long-projects-heading.md').skills.map((s) => s.name);
    expect(names).toContain('Kotlin');
    expect(names).not.toContain('Elixir');
  });
});

describe('names that are also other words', () => {
  const six = (file: string) => parsed(`test/fixtures/profile-classes-6/${file}`);
  it('reads "Junior" as a given name when a surname follows it, in a centred HTML heading', () => {
    expect(six('junior-name.md').name).toBe('Junior Almeida');
  });

  it('never reads "Junior" as a name when a level and a role follow it ("I\'m Junior Frontend Developer")', () => {
    expect(six('junior-level.md').nameSource).toBe('handle');
  });

  it('reads a single name that is also a technology when nothing follows it ("Hi 👋, I\'m Julia")', () => {
    expect(six('tech-named.md').name).toBe('Julia');
  });
});

describe('an e-mail address that is only a badge text', () => {
  it('reads the address a shields badge shows when nothing links to it', () => {
    const contacts = parsed('test/fixtures/profile-classes-6/email-badge.md').contacts;
    expect(contacts.map((c) => `${c.kind} ${c.value}`)).toEqual(['email kemal.y@example.com']);
  });
});

describe('a badge collection with one folder per subject', () => {
  it('reads the subject from ".../badges/C++/c++1.svg" when the image has no alt text, and nothing from a logo folder', () => {
    const names = parsed('test/fixtures/profile-classes-6/badge-collection.md').skills.map((s) => s.name);
    expect(names).toEqual(['C++', 'Docker']);
  });
});

describe('an HTML table without header cells', () => {
  it('reads its first row as data: <td> cells are never column titles ("C# | Django" was dropped)', () => {
    const names = parsed('test/fixtures/profile-classes-6/td-icon-table.md').skills.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['C#', 'Django', 'Redis', 'Nginx']));
  });
});
