// Classes of input real profiles showed in the seventh round (made-up people): training and challenge sites
// as profile pages, profile addresses a generator wrapped around a pasted URL, a bare address under a
// "Personal Website" heading, kind words in a heading's bracketed aside, and employers named only through an
// internship.
import { describe, expect, it } from 'vitest';
import { innerProfileUrl } from '../../../src/profiles/extract/doubled-url.js';
import { internshipEmployers } from '../../../src/profiles/extract/internship-employers.js';
import { classifySection, kindOnlyInAside } from '../../../src/profiles/markdown/section-kinds.js';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/profile-classes-7';
const profile = (file: string) => parsed(`${dir}/${file}`);
const contacts = (file: string) => profile(file).contacts.map((c) => `${c.kind} ${c.value}`);
const values = (file: string) =>
  profile(file)
    .contacts.map((c) => c.value)
    .join(' ');
const employers = (file: string) => profile(file).experience.map((e) => e.organization);

describe('training, security-lab and coding-challenge profiles', () => {
  it('takes a TryHackMe and a Hack The Box profile linked from badges', () => {
    expect(contacts('noor-halvorsen.md')).toEqual(
      expect.arrayContaining([
        'other https://tryhackme.com/p/noorh',
        'other https://app.hackthebox.com/profile/1234567',
      ]),
    );
  });

  it('takes Codewars, Exercism and Frontend Mentor profiles from a contact list', () => {
    expect(contacts('rui-tanabe.md')).toEqual(
      expect.arrayContaining([
        'other https://www.codewars.com/users/ruitan',
        'other https://exercism.org/profiles/ruitan',
        'other https://www.frontendmentor.io/profile/ruitan',
      ]),
    );
  });

  it('does not take a room, a machine list or a kata search on the same sites', () => {
    expect(values('noor-halvorsen.md')).not.toMatch(/room|machines/);
    expect(values('rui-tanabe.md')).not.toMatch(/kata/);
  });

  it('names the site in the label', () => {
    const labels = profile('noor-halvorsen.md').contacts.map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['TryHackMe', 'Hack The Box']));
  });
});

describe('a profile address wrapped around a pasted URL', () => {
  it('reads the inner LinkedIn address of "linkedin.com/in/https://www.linkedin.com/in/…"', () => {
    expect(contacts('noor-halvorsen.md')).toContain(
      'linkedin https://www.linkedin.com/in/noor-halvorsen-0a1b2c',
    );
  });

  it('reads the inner X address of "twitter.com/https://twitter.com/…"', () => {
    expect(contacts('rui-tanabe.md')).toContain('x https://twitter.com/ruitan_dev');
  });

  it('keeps an ordinary address and one that only mentions the host in its query', () => {
    expect(innerProfileUrl('https://www.linkedin.com/in/jane-doe', 'www.linkedin.com')).toBe(
      'https://www.linkedin.com/in/jane-doe',
    );
    const share = 'https://twitter.com/intent/tweet?url=https://twitter.com/jane';
    expect(innerProfileUrl(share, 'twitter.com')).toBe(share);
    expect(innerProfileUrl('https://github.com/github.com/jane', 'github.com')).toBe(
      'https://github.com/jane',
    );
  });
});

describe('an address alone under a heading that names a site', () => {
  it('takes an angle-bracket autolink under "Personal Website"', () => {
    expect(contacts('noor-halvorsen.md')).toContain('website https://noorh.example.net/');
  });

  it('takes a link showing its own address under "Blog"', () => {
    expect(contacts('rui-tanabe.md')).toContain('website https://ruitan.example.com');
  });
});

describe('a kind word inside a heading’s bracketed aside', () => {
  it('keeps "LLM & NLP (Production Experience)" under Skills a skills section, not a job list', () => {
    const kinds = profile('amara-osei.md').sections.map((s) => `${s.kind} ${s.title}`);
    expect(kinds).toContain('skills LLM & NLP (Production Experience)');
    expect(kinds).toContain('skills Databases (3 years experience)');
    expect(employers('amara-osei.md')).not.toContain('LoRA');
    expect(employers('amara-osei.md')).not.toContain('PostgreSQL');
  });

  it('tells an aside-only kind word from a heading that names its kind outside the brackets', () => {
    expect(kindOnlyInAside('LLM & NLP (Production Experience)')).toBe(true);
    expect(kindOnlyInAside('Experience (2019 – now)')).toBe(false);
    expect(kindOnlyInAside('(Work Experience)')).toBe(false);
  });

  it('reads an "Internships" heading as experience', () => {
    expect(classifySection('🧑‍💻 Internships')).toBe('experience');
  });
});

describe('employers named only through an internship', () => {
  it('reads the employer of an award won during an internship', () => {
    expect(employers('amara-osei.md')).toContain('Kestrel Robotics');
  });

  it('reads "(Quillon Analytics internship)", "internship with X" and "Interned at X"', () => {
    expect(employers('amara-osei.md')).toEqual(
      expect.arrayContaining(['Quillon Analytics', 'Veldt Systems', 'Ostrava Logistics']),
    );
  });

  it('gives an internships section line its employer instead of a second entry of the same line', () => {
    const lines = profile('amara-osei.md').experience.filter((e) => e.text.includes('Veldt'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.period).toBe('2023');
  });

  it('does not read a topic, a university or a wish as an employer', () => {
    const orgs = employers('amara-osei.md').join(' | ');
    expect(orgs).not.toMatch(/Big Data|Software Engineering|Brightfield|fintech/);
    expect(internshipEmployers('Google Summer Internship (2022)', 1).map((e) => e.organization)).toEqual([
      'Google',
    ]);
    expect(internshipEmployers('Seeking a Data Science internship at a startup', 1)).toEqual([]);
    expect(internshipEmployers('Python internship', 1)).toEqual([]);
  });
});

describe('jobs of a JSON Resume under keys the schema does not name', () => {
  it('reads jobs under "works" and "internship" (company, position, dates)', () => {
    expect(employers('lena-vogt.json')).toEqual(['Brindle Payments', 'Oakridge Maps', 'Sentry Lane GmbH']);
  });

  it('reads "jobs" beside "work", and a list whose every item names a company', () => {
    expect(employers('marek-duda.json')).toEqual(['Halvard Freight', 'Pixelhaus', 'Tessaro Foods']);
  });

  it('does not read volunteering, projects or talks as jobs', () => {
    expect(employers('lena-vogt.json').join(' ')).not.toMatch(/Code Club|tinychart|Shipping widgets/);
  });

  it('takes basics.title as the headline when there is no label', () => {
    expect(profile('lena-vogt.json').headline).toBe('Frontend Engineer');
  });
});

describe('employers after a time word in other languages', () => {
  it('reads "Atualmente na X", "Anteriormente na Y", "Actualmente en Z" and "Derzeit bei W"', () => {
    expect(employers('bia-teixeira.md')).toEqual([
      'Calhau Sistemas',
      'Ferrovia Azul',
      'Pampa Digital',
      'Kranich Logistik',
    ]);
  });
});

describe('"Company (Role, Year) — description" entries', () => {
  it('reads an "Industry" heading as experience', () => {
    expect(classifySection('💼 Industry')).toBe('experience');
  });

  it('takes the company before the bracket, the role and year inside it', () => {
    const jobs = profile('wei-lun.md').experience.map((e) => [e.organization, e.title, e.period]);
    expect(jobs).toEqual([
      ['Lanterne AI', 'Research Intern', '2025'],
      ['Lanterne Code', 'Research Intern', '2026'],
      ['Morrow Bank', null, '2021 – 2023'],
    ]);
  });
});

describe('names stated in other shapes', () => {
  const name = (file: string) => profile(file).name;

  it('reads a lowercase nickname after a Russian greeting and "я" in the title', () => {
    expect(name('names-ru-greeting.md')).toBe('лис');
  });

  it('does not read a role after "я" as a name ("Привет, я разработчик")', () => {
    expect(name('names-ru-role.md')).toBe('names-ru-role');
  });

  it('reads a name glued to the Korean copula after the greeting ("안녕하세요, Dohyun입니다")', () => {
    expect(name('names-ko-latin.md')).toBe('Dohyun');
  });

  it('reads a title framed by ornaments ("✦ Mei Tanaka ✦")', () => {
    expect(name('names-ornaments.md')).toBe('Mei Tanaka');
  });

  it('reads a title whose aliases follow in brackets ("Ruoxi Feng (Rex Feng / 冯若曦)")', () => {
    expect(name('names-alias-aside.md')).toBe('Ruoxi Feng');
  });

  it('never takes a phrase about the person ("What I Build") as their name', () => {
    expect(name('names-figlet.md')).toBe('names-figlet');
  });

  it('prefers the title’s fuller form of the name the greeting gives ("MD Arif Hossain")', () => {
    expect(name('names-fuller-title.md')).toBe('MD Arif Hossain');
  });

  it('spells out a title’s initial from the banner ("Lucas P" → "Lucas Pereira")', () => {
    expect(name('names-initial-title.md')).toBe('Lucas Pereira');
  });

  it('reads a Name row of a key/value table and an ID line of a terminal card', () => {
    expect(name('names-form-table.md')).toBe('Sora');
    expect(name('names-form-card.md')).toBe('Vexa');
  });
});

describe('links that belong to others or to projects, and ids written in Chinese prose', () => {
  it('does not take sponsor logos after a thanks or "Sponsored by:" lead-in', () => {
    expect(values('hollis-ward.md')).not.toMatch(/pixelforge|termwave|cloudbar/);
  });

  it('does not take a "#homepage" column of a repository table as the person’s website', () => {
    expect(values('hollis-ward.md')).not.toMatch(/tiny-md|regex-play|shellkit|github\.io\/hollis-tools/);
  });

  it('takes a page of their own host named as their website, behind any badge', () => {
    expect(contacts('hollis-ward.md')).toContain('website https://hollisward.github.io/Hollis_Website/');
  });

  it('reads a WeChat official account after "公众号：" or in 「」 brackets', () => {
    expect(contacts('hollis-ward.md')).toEqual(
      expect.arrayContaining(['wechat 码农小记', 'wechat Hollis 周报']),
    );
  });
});

describe('jobs written as a timeline or as pictures', () => {
  it('reads "years : role · company" events of a mermaid timeline and of a plain block', () => {
    const jobs = profile('tomas-reyna.md').experience.map(
      (e) => `${e.title} | ${e.organization} | ${e.period}`,
    );
    expect(jobs).toEqual(
      expect.arrayContaining([
        'ML Engineer | Corvid Analytics | 2022 – 2024',
        'Senior Data Scientist | Halden Bank | 2024',
        'Backend Developer | Ferrum Labs | 2021 – 2022',
      ]),
    );
  });

  it('does not read a degree and its university, or an event without a role, as a job', () => {
    expect(employers('tomas-reyna.md').join(' ')).not.toMatch(/Universidad|Independent/);
  });

  it('reads job cards and logos that are all an experience section holds', () => {
    expect(employers('tomas-reyna.md')).toEqual(
      expect.arrayContaining(['quorra', 'velmont', 'Brightline Media']),
    );
  });
});

describe('the author’s avatar opening the page', () => {
  it('takes the site their avatar links to at the top of the page as their website', () => {
    expect(contacts('rin-okada.md')).toContain('website https://rinokada.example/');
  });

  it('still leaves out a row of other people’s avatars further down', () => {
    expect(values('rin-okada.md')).not.toMatch(/kenta|mio/);
  });
});

describe('addresses a README template left unfilled', () => {
  it('drops "your-username", "your-profile", "<username>" and "your@email.com"', () => {
    expect(values('ines-placeholder.md')).not.toMatch(/your|username|yourdomain/);
  });

  it('keeps the real addresses beside them, "mail@" on a personal domain included', () => {
    expect(contacts('ines-placeholder.md')).toEqual(
      expect.arrayContaining([
        'github https://github.com/inescarvalho',
        'email mail@inescarvalho.example.dev',
      ]),
    );
  });
});

describe('e-mail addresses written for people, and short redirect paths', () => {
  it('reads "reach me at sam [at] okoro [dot] dev" although a plain "at" comes before it', () => {
    expect(contacts('sam-okoro.md')).toContain('email sam@okoro.dev');
  });

  it('reads an address written with the full-width at sign ("okoro＠qq.com")', () => {
    expect(contacts('sam-okoro.md')).toContain('email okoro@qq.com');
  });

  it('does not read a project link whose path happens to be "/x" or "/li" as a network', () => {
    expect(values('sam-okoro.md')).not.toMatch(/labs\.example|notes\.example/);
  });

  it('still reads a short code behind an icon or the network’s name', () => {
    expect(contacts('sam-okoro.md')).toEqual(
      expect.arrayContaining(['x https://sam.page/tw', 'linkedin https://sam.page/li']),
    );
  });
});

describe('job lines copied from LinkedIn and casual titles', () => {
  it('reads "Title · Company · Full-time" as a job at the company', () => {
    const job = profile('lea-brandt.md').experience.find((e) => e.organization === 'Finloop');
    expect(job?.title).toBe('Software Engineer');
  });

  it('reads "a backend dev at X" and keeps "Dev" inside an employer’s name', () => {
    expect(employers('lea-brandt.md')).toEqual(expect.arrayContaining(['Quanta Labs', 'Kotlin Dev Circle']));
  });
});
