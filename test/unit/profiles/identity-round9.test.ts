// Names, nicknames and contacts of round 9, read from fresh profiles: nicknames stated in prose or a JSON
// Resume summary in several languages, phone numbers given under the apps that reach them, a link whose
// text names its site among such labels, and a site labelled by what it is for.
import { describe, expect, it } from 'vitest';
import { describedSiteLabel } from '../../../src/profiles/extract/described-site-label.js';
import { labelsNameSite, messengerPhones } from '../../../src/profiles/extract/messenger-phone.js';
import { statedAliases } from '../../../src/profiles/extract/stated-aliases.js';
import { parsed } from './extract-helpers.js';

const fixture = (file: string) => parsed(`test/fixtures/identity9/${file}`);
const contactsOf = (file: string) => fixture(file).contacts.map((c) => `${c.kind} ${c.value}`);

describe('nicknames stated in prose', () => {
  it.each([
    ['abena-owusu.json', 'Efua'],
    ['joaquim-ferraz.md', 'Quinzinho'],
    ['rodrigo-paez.md', 'Rolo'],
  ])('reads the nickname of %s as an alias %j', (file, alias) => {
    expect(fixture(file).aliases).toContain(alias);
  });

  it('reads "goes by", "me llaman" and "on m\'appelle" nicknames, capitalised or marked', () => {
    expect(statedAliases('Sam goes by **Sammy** online.', [], null)).toEqual(['Sammy']);
    expect(statedAliases('En el trabajo me llaman Pepe.', [], null)).toEqual(['Pepe']);
    expect(statedAliases("On m'appelle Jojo.", [], null)).toEqual(['Jojo']);
  });

  it('reads no nickname from a role or a lowercase word after the cue', () => {
    expect(statedAliases('Conhecido como desenvolvedor dedicado. I go by bike.', [], null)).toEqual([]);
  });
});

describe('phones under app names and a link whose labels name its site', () => {
  it('reads the number of a link text "TG, WA: +…" as a phone and the link as their Telegram', () => {
    expect(contactsOf('lmarenko.md')).toEqual([
      'phone +995 555 123 456',
      'telegram https://t.me/lev_mrk',
      'website https://lmarenko.dev',
    ]);
  });

  it('reads "WhatsApp / Telegram: +…" and "Signal: +…" lines as phones', () => {
    expect(contactsOf('cbarros.md')).toContain('phone +351 912 345 678');
    expect(contactsOf('nadim-h.md')).toContain('phone +49 151 2345 6789');
  });

  it('reads no phone where a label is no app ("Order: 1234567") or the number is too short', () => {
    expect(messengerPhones('Order ID: 12345678 | Build: 1.2.3')).toEqual([]);
    expect(messengerPhones('WA: 12 34')).toEqual([]);
  });

  it('says the labels name the site only when one of them does', () => {
    expect(labelsNameSite('TG, WA: +79001234567', 'telegram')).toBe(true);
    expect(labelsNameSite('Call: +79001234567', 'telegram')).toBe(false);
  });
});

describe('a site labelled by what it is for', () => {
  it('takes "Consulting Page:" and "Photography Website -" sites as the person\'s website', () => {
    expect(contactsOf('cbarros.md')).toContain('website https://barros-studio.pt/');
    expect(contactsOf('nadim-h.md')).toContain('website https://nadimshoots.net');
  });

  it("leaves a company's or a project's site out", () => {
    expect(contactsOf('cbarros.md').join(' ')).not.toContain('acme-logistics');
    expect(contactsOf('nadim-h.md').join(' ')).not.toContain('rivertool');
    expect(describedSiteLabel('Docs site')).toBe(false);
    expect(describedSiteLabel('Technical Blog')).toBe(true);
  });
});

describe('names: greetings in any script, full-width letters, fuller forms, a banner nickname', () => {
  it.each([
    ['dawit-t.md', 'Dawit'],
    ['fw-welcome.md', 'fw-welcome'],
    ['salam-dev.md', 'salam-dev'],
  ])('reads no greeting word as the name of %s (name %j)', (file, name) => {
    expect(fixture(file).name).toBe(name);
  });

  it.each([
    ['mlsantos.md', 'Maria Luisa Santos'],
    ['tiagoneto.md', 'Tiago Ramos Neto'],
  ])('prefers the fuller name sharing first and last names in %s: %j', (file, name) => {
    expect(fixture(file).name).toBe(name);
  });

  it("reads the Korean intro's name over a Hangul nickname in the banner, with a space before the copula", () => {
    expect(fixture('seoyeon-p.md').name).toBe('박서연');
  });
});

describe('addresses on hosts reserved for examples', () => {
  it("drops a JSON Resume sample's example.com site and profile, keeping the real ones", () => {
    expect(contactsOf('sample-resume.json')).toEqual([
      'email yuki.tanabe@mailhost.jp',
      'github https://github.com/ytanabe',
    ]);
  });

  it('drops example.com and .test links in a README but keeps a stand-in site that spells the person', () => {
    expect(contactsOf('ana-ruiz.md')).toEqual(['website https://ana-ruiz.example.org']);
  });
});

describe('blog hosts and "contact me" links', () => {
  it("takes a personal page on a blog host as a contact (a tab of it too) and never its platform's name as a skill", () => {
    const minji = fixture('minji-k.md');
    expect(minji.contacts.map((c) => c.value)).toEqual([
      'https://minji-dev.tistory.com/',
      'https://velog.io/@minji_k/posts',
    ]);
    expect(minji.skills.map((s) => s.name)).toEqual(['Java', 'Spring Boot', 'MySQL']);
    expect(contactsOf('owen-p.md')).toContain('medium https://medium.com/@owenpryce/about');
  });

  it("takes a 'contact me' link as their channel, a thread of their own repository included", () => {
    expect(contactsOf('owen-p.md')).toContain('github https://github.com/owen-pryce/notes/discussions/3');
    expect(contactsOf('lucia-m.md')).toContain('website https://luciamendoza.design/contacto');
  });

  it("leaves an 'ask me' link into someone else's repository out", () => {
    expect(contactsOf('owen-p.md').join(' ')).not.toContain('other-org');
  });
});

describe("an organisation's account", () => {
  it('leaves out a badge under an Organization heading or whose alt says organization, keeping their own', () => {
    expect(contactsOf('hyun-woo.md')).toEqual(['github https://github.com/hyun-woo']);
  });
});
