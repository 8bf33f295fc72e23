// Classes of input found in a third blind set of real profiles (made-up people): Iconify icons, employer
// lists on one line, platform badges that link to the person's page, learning cues in other languages…
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/profile-classes-3';
const profile = (file: string) => parsed(`${dir}/${file}`);
const skills = (file: string) => profile(file).skills.map((s) => s.name);

describe('skills from Iconify icons', () => {
  it('reads the technology from the id of a logo-set icon on api.iconify.design, without its -icon/-light suffix', () => {
    expect(skills('iconify-icons.md')).toEqual(['Python', 'FastAPI', 'Node.js', 'Rust']);
  });
});

describe('employer lists after "Previously at"', () => {
  const employers = profile('former-employers-line.md').experience.map((e) => e.organization);

  it('takes every item of a " · "-separated line under a "Previously at:" label as an employer, @org handles by name', () => {
    expect(employers).toEqual(
      expect.arrayContaining([
        'Quillwort',
        'Mossbank Health',
        'tidepool-labs',
        'Orchard Retail',
        'fernco',
        'Larch Systems',
      ]),
    );
  });

  it('reads a comma list after "Past:" on the same line, and still a lone "Previously at X"', () => {
    expect(employers).toEqual(expect.arrayContaining(['Heronway', 'Bluefin Digital', 'Kelpie Logistics']));
  });

  it('takes nothing from a "Previously at:" line whose items are not all organisation-shaped', () => {
    const p = parsed('test/fixtures/profile-classes-3/previously-prose.md');
    for (const org of p.experience.map((e) => e.organization)) expect(org).not.toMatch(/\bI\b|baker/);
  });
});

describe('learning cues in other languages', () => {
  it('claims no skill from a line that says "I am learning" in Russian, Portuguese, Spanish, Chinese or Japanese', () => {
    expect(skills('learning-cues.md')).toEqual(['Go', 'PostgreSQL']);
  });
});

describe('JSON Resume keywords and share links', () => {
  it('reads a slash-joined keyword of known languages ("C/C++", "C#/.NET") as each of them, as a markdown list is', () => {
    expect(skills('resume-slash-keywords.json')).toEqual(['C', 'C++', 'Java', 'C#', '.NET', 'CI/CD']);
  });

  it('keeps an X/Twitter profile whose URL carries a share query (?s=08, ?s=21&t=…)', () => {
    const kinds = (file: string) => profile(file).contacts.map((c) => `${c.kind} ${c.value}`);
    expect(kinds('resume-share-query.json')).toContain('x https://twitter.com/ravimenon_dev?s=08');
    expect(kinds('share-query.md')).toContain('x https://x.com/ravimenon_dev?s=21&t=abcXYZ');
  });
});

describe("badges and links to the person's page on a service", () => {
  const p = profile('service-badges.md');
  const values = p.contacts.map((c) => c.value);

  it('reads a badge that names a service and links to a page of the person there as a contact, never a skill', () => {
    const names = p.skills.map((s) => s.name);
    for (const no of ['Peerlist', 'Kick', 'LINE', 'XING', 'Wikipedia']) expect(names).not.toContain(no);
    expect(values).toEqual(
      expect.arrayContaining(['https://peerlist.io/tamsinroe', 'https://kick.com/tamsinplays']),
    );
  });

  it("keeps a skill badge that links to its technology's docs or downloads page", () => {
    expect(p.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Go', 'Python', 'React']));
  });

  it('keeps profile-shaped pages on services outside the site table under a "Connect with me" heading', () => {
    expect(values).toEqual(
      expect.arrayContaining([
        'https://www.xing.com/profile/Tamsin_Roe/cv',
        'https://en.wikipedia.org/wiki/User:TamsinRoe',
        'http://line.me/ti/p/~tamsin.roe',
      ]),
    );
  });

  it('takes a programme page behind a title badge ("Docker Mentor" → docker.com/mentors) for no contact', () => {
    expect(values.some((v) => v.includes('docker.com'))).toBe(false);
  });

  it('takes no donation page (Ko-fi, afdian) as a contact', () => {
    expect(values.some((v) => /ko-fi|afdian/.test(v))).toBe(false);
  });
});

describe('names', () => {
  it('drops a capitalised @handle written after the greeting name', () => {
    expect(profile('name-handle-after.md').name).toBe('Marta Quell');
  });

  it('takes no section label ("Current Status") from a first heading as the name, and falls back to the handle', () => {
    const p = profile('name-status-heading.md');
    expect(p.name).toBe('name-status-heading');
    expect(p.nameSource).toBe('handle');
  });

  it('reads the name after an informal greeting ("Heyo, I\'m Pim.") in an image alt', () => {
    expect(profile('name-heyo-alt.md').name).toBe('Pim');
  });
});

describe('personal sites written as text', () => {
  const values = profile('sites-in-text.md').contacts.map((c) => c.value);

  it('keeps a bare URL after a "Works:" label as their site', () => {
    expect(values).toContain('https://quietdesk.example');
  });

  it('keeps a scheme-less page on their own domain written in prose ("his talks at samroe.com/talks")', () => {
    expect(values.some((v) => v.endsWith('samroe.com/talks'))).toBe(true);
  });

  it('takes no project page on their domain that starts a list item with its description', () => {
    expect(values.some((v) => v.includes('dns-toy'))).toBe(false);
  });
});

describe('technologies in code spans', () => {
  it('reads a code span that is exactly one technology in a first-person sentence as a skill, and no other span', () => {
    expect(skills('code-span-skills.md')).toEqual(['Elixir', 'TypeScript', 'Svelte', 'Vue.js']);
  });
});

describe('employers in third-person bios and in link texts', () => {
  const employers = profile('third-person-bio.md').experience.map((e) => e.organization);

  it('reads "At Tidemark Payments, she builds…" as an employer, but not a talk ("At DevFest North, she spoke")', () => {
    expect(employers).toContain('Tidemark Payments');
    expect(employers).not.toContain('DevFest North');
  });

  it('splits "working at [Brightmoor as IT-Consultant](…)" into the employer before " as "', () => {
    expect(employers).toContain('Brightmoor');
  });
});

describe('inference runtimes in the vocabulary', () => {
  it('reads TensorRT, ONNX Runtime, NCNN, OpenVINO, llama.cpp and CUDA from a list and from label-only badges', () => {
    expect(skills('ml-runtimes.md')).toEqual(
      expect.arrayContaining(['C++', 'NCNN', 'TensorRT', 'ONNX Runtime', 'OpenVINO', 'llama.cpp', 'CUDA']),
    );
  });
});

describe('links the text calls the person’s own channel', () => {
  const values = profile('my-channel.md').contacts.map((c) => c.value);

  it('keeps a Telegram link that the text calls "my tg channel" (我的 tg 频道), whatever the link text language', () => {
    expect(values).toContain('https://t.me/linxz_notes');
  });

  it('takes no link to a friend after "my friend"', () => {
    expect(values).not.toContain('https://twitter.com/bo_writes');
  });
});

describe('project listings', () => {
  it('claims no technology from a repository listed with its star count ("Kotlin Jira Board ⭐ 320"); a bio counting its stars still states skills', () => {
    expect(skills('project-stars.md')).toEqual(['TypeScript', 'Angular', 'Rust', 'Deno']);
  });
});

describe('accounts that belong to a bot or a project', () => {
  it('takes no X account whose link text calls it a bot ("the DailyRecipe Twitter bot"), and keeps their own', () => {
    expect(profile('bot-account.md').contacts.map((c) => c.value)).toEqual(['https://twitter.com/ruthamsel']);
  });
});
