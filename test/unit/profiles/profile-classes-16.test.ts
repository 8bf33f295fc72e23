// Classes found in the heldout16/17 tune halves (made-up people): a pseudonym title in capitals, a site or a
// WeChat id after a line's label, technologies listed under "Interest", résumé keyword notes, community
// Discord invites in badges.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/profile-classes-16';
const profile = (file: string) => parsed(`${dir}/${file}`);
const contacts = (file: string) => profile(file).contacts.map((c) => `${c.kind} ${c.value}`);

describe('a title in capitals', () => {
  it('takes "# ZEPHYROT" as the name when the text speaks of "ZEPHYROT\'s" things', () => {
    expect(profile('z3phyr0t.md').name).toBe('ZEPHYROT');
  });

  it('still reads a lone acronym title ("# TLDR") as no name', () => {
    expect(profile('acronym-title.md').name).toBe('acronym-title');
  });
});

describe('contacts after a line label', () => {
  it('takes a repository after "个人博客：" or "Blog:" as their site, under that label', () => {
    const sites = profile('lin-xiaoyu.md').contacts.filter((c) => c.kind === 'website');
    expect(sites.map((c) => `${c.value} ${c.label}`)).toEqual([
      'https://github.com/lin-xiaoyu/notes 个人博客',
      'https://github.com/lin-xiaoyu/blog-en Blog',
    ]);
  });

  it('reads the WeChat id before a bracketed nickname ("个人微信：[lxy_wx2049 (晚风)](qr.jpeg)")', () => {
    expect(contacts('lin-xiaoyu.md')).toContain('wechat lxy_wx2049');
  });

  it('never takes a commented-out site or a resource collection as theirs', () => {
    const all = contacts('lin-xiaoyu.md').join(' ');
    expect(all).not.toContain('linxiaoyu.example.cn');
    expect(all).not.toContain('FrontEndHub');
  });
});

describe('JSON Resume keywords that are notes on the entry', () => {
  it('keeps the technologies and drops notes written as Japanese sentences or learning words', () => {
    expect(profile('shiro-neko.json').skills.map((s) => s.name)).toEqual([
      'TypeScript',
      'Vue.js',
      'Go',
      'Cobra',
      'CSS',
      'Node.js',
      'PostgreSQL',
    ]);
  });
});

describe('Discord invites in a badge row', () => {
  it('never takes a badge inviting to join a named community ("Join「晨读社」") as their Discord', () => {
    expect(contacts('wenqi-dev.md')).not.toContain('discord https://discord.gg/Zq8RmT3x');
  });

  it('keeps a plain "Join Discord" badge in the same row', () => {
    expect(contacts('wenqi-dev.md')).toContain('discord https://discord.gg/Wq9Nb2Lk');
  });
});

describe('a role the person calls themselves, linked', () => {
  it('takes "I\'m a student, aspiring [writer](medium…)" and "I am an amateur [photographer](instagram…)" as theirs', () => {
    expect(contacts('nadia-rose.md')).toEqual(
      expect.arrayContaining([
        'medium https://medium.com/@inkandtrail',
        'instagram https://www.instagram.com/weekend.frames/',
      ]),
    );
  });

  it('never takes a writer they read or a person they are a fan of', () => {
    const all = contacts('nadia-rose.md').join(' ');
    expect(all).not.toContain('someone_else');
    expect(all).not.toContain('dana_codes');
  });
});

describe('a progressive "正在" before a verb', () => {
  it('never takes "我正在寻找实习机会" (looking for an internship) as a job at "寻找"', () => {
    expect(profile('chen-yu.md').experience.map((e) => e.organization)).toEqual(['字节跳动']);
  });
});
