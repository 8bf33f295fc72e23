// Headings and group names hundreds of thousands of characters long (tenth red team): a title is repeated
// wherever its section is named (each skill's category, "under …" in answers, section lists), so a
// 300,000-character heading in a 1 MB file made 300-900 KB answers to `who knows go`, `/profile`, `/skills`.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import { capTitle, MAX_TITLE } from '../../../src/profiles/model/cap-title.js';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { renderText } from '../../../src/render/text.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';

function parse(text: string, file: string): Profile {
  const result = parseProfile(new TextEncoder().encode(text), file);
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile;
}

const ZALGO = '\u0301'.repeat(300_000);

describe('a heading hundreds of thousands of characters long', () => {
  const ada = parse(`# Ada Lovelace\n\nEngineer.\n\n## S${ZALGO}kills\n- Go, Rust\n`, 'ada-lovelace.md');

  it('is cut to a title of at most 200 characters, with its section and skills kept', () => {
    expect(Math.max(...ada.sections.map((s) => s.title.length))).toBeLessThanOrEqual(MAX_TITLE + 1);
    expect(Math.max(...ada.sections.map((s) => s.rawTitle.length))).toBeLessThanOrEqual(MAX_TITLE + 1);
    expect(ada.skills.map((s) => s.name)).toEqual(['Go', 'Rust']);
    expect(Math.max(...ada.skills.map((s) => s.category?.length ?? 0))).toBeLessThanOrEqual(MAX_TITLE + 1);
  });

  it('no longer makes answers of hundreds of kilobytes', () => {
    const index = createProfileIndex([ada]);
    const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
    for (const line of ['who knows go', '/profile ada', '/skills ada', '/whoknows rust', '/search go']) {
      const text = renderText(engine.answer(engine.parse(line, { platform: 'shell' })));
      expect(text.length, line).toBeLessThan(5_000);
    }
  });
});

describe('a JSON Resume with a skill group name and a job line 150,000 characters long', () => {
  it('keeps the category and the job section title within 200 characters', () => {
    const resume = {
      basics: { name: 'Ada Lovelace' },
      work: [{ name: 'C'.repeat(150_000), position: 'Engineer', highlights: ['Built Go services'] }],
      skills: [{ name: 'S'.repeat(150_000), keywords: ['Go'] }],
    };
    const ada = parse(JSON.stringify(resume), 'ada.json');
    expect(Math.max(...ada.sections.map((s) => s.title.length))).toBeLessThanOrEqual(MAX_TITLE + 1);
    expect(ada.skills[0]).toMatchObject({ name: 'Go' });
    expect(ada.skills[0]!.category!.length).toBeLessThanOrEqual(MAX_TITLE + 1);
  });
});

describe('a JSON Resume that names things hundreds of thousands of characters long (red team 13)', () => {
  // The markdown reader never makes such names; a JSON Resume states them: a 900,000-character
  // basics.name made 2.7 MB answers and cost every name look-up ~25-80 ms.
  const resume = {
    basics: { name: `Ana Bo ${'x'.repeat(400_000)}`, label: `Dev ${'L'.repeat(50_000)}` },
    work: [{ name: `Acme ${'A'.repeat(200_000)}`, position: `Dev ${'P'.repeat(50_000)}` }],
    skills: [{ name: `Rust ${'r'.repeat(100_000)}` }],
    certificates: [{ name: `Cert ${'C'.repeat(50_000)}`, issuer: 'I'.repeat(50_000) }],
  };
  const ana = parse(JSON.stringify(resume), 'ana-bo.json');

  it('keeps the name, skill, job and certificate within 200 characters, the headline within 2,000, and says so', () => {
    expect(ana.headline!.length).toBeLessThanOrEqual(2001);
    const short = [
      ana.name,
      ...ana.skills.map((s) => s.name),
      ...ana.experience.flatMap((e) => [e.title ?? '', e.organization ?? '']),
      ...ana.certifications.flatMap((c) => [c.name, c.issuer ?? '']),
    ];
    expect(Math.max(...short.map((s) => s.length))).toBeLessThanOrEqual(MAX_TITLE + 1);
    expect(ana.name.startsWith('Ana Bo')).toBe(true);
    expect(Math.max(...ana.experience.map((e) => e.text.length))).toBeLessThanOrEqual(2001);
    expect(ana.warnings.map((w) => w.code)).toContain('content-cut');
  });

  it('no longer makes answers of hundreds of kilobytes', () => {
    const index = createProfileIndex([ana]);
    const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
    for (const line of ['ana bo', '/profile ana', 'who works at acme', '/experience ana', 'who knows rust']) {
      const reply = engine.answer(engine.parse(line, { platform: 'shell' }));
      expect(JSON.stringify(reply).length, line).toBeLessThan(10_000);
    }
  });
});

describe('capTitle', () => {
  it('leaves a real heading as it is and cuts a long one at a space, never inside an emoji', () => {
    expect(capTitle('🛠 Core Stack')).toBe('🛠 Core Stack');
    const words = capTitle('word '.repeat(100));
    expect(words.endsWith('word…')).toBe(true);
    expect(words.length).toBeLessThanOrEqual(MAX_TITLE + 1);
    const emoji = capTitle(`${'x'.repeat(MAX_TITLE - 1)}😀😀`);
    expect(emoji).toBe(`${'x'.repeat(MAX_TITLE - 1)}…`);
  });
});
