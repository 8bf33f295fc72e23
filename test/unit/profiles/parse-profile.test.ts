// parseProfile: bytes + file name → a validated Profile or a rejection naming the file, line and why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { parseProfile, validateProfile } from '../../../src/profiles/parse-profile.js';

const fixtures = join(import.meta.dirname, '../../fixtures/profiles');
const seeds = join(import.meta.dirname, '../../../profiles');
const bytes = (dir: string, name: string) => new Uint8Array(readFileSync(join(dir, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function profileOf(dir: string, name: string): Profile {
  const result = parseProfile(bytes(dir, name), name);
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile;
}

/** Every string anywhere in the profile, for "no mojibake in any field". */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('parseProfile', () => {
  it('reads rajat-jog.md as Rajat Jog with no mojibake in any field', () => {
    const profile = profileOf(seeds, 'rajat-jog.md');
    expect(profile).toMatchObject({
      id: 'rajat-jog',
      file: 'rajat-jog.md',
      format: 'markdown',
      name: 'Rajat Jog',
      headline: 'Senior Software Engineer • Backend Architect • Python/Django Specialist',
    });
    for (const text of strings(profile)) expect(text).not.toMatch(/â€|ðŸ|Ã|Â|[\u0080-\u009f]/);
    expect(profile.warnings.map((w) => w.code)).toContain('mojibake-repaired');
    expect(profile.sections.find((s) => s.title === 'Core Technical Stack')?.kind).toBe('skills');
  });

  it('reads rajdeep-sengupta.md with its headline and section kinds', () => {
    const profile = profileOf(seeds, 'rajdeep-sengupta.md');
    expect(profile.name).toBe('Rajdeep Sengupta');
    expect(profile.headline).toBe('Senior Cloud & Infrastructure Engineer');
    expect(profile.sections.map((s) => [s.title, s.kind, s.level, s.parentId])).toEqual([
      ['Rajdeep Sengupta', 'other', 1, null],
      ['Focus', 'focus', 2, 'rajdeep-sengupta'],
      ['Core Skills', 'skills', 2, 'rajdeep-sengupta'],
      ['Languages', 'skills', 3, 'core-skills'],
      ['Cloud & Infrastructure', 'skills', 3, 'core-skills'],
      ['Systems & Data', 'skills', 3, 'core-skills'],
      ['What Sets My Work Apart', 'values', 2, 'rajdeep-sengupta'],
      ['Experience Highlights', 'experience', 2, 'rajdeep-sengupta'],
      ['Engineering Values', 'values', 2, 'rajdeep-sengupta'],
      ['Contact', 'contact', 2, 'rajdeep-sengupta'],
    ]);
    const highlights = profile.sections.find((s) => s.id === 'experience-highlights');
    expect(highlights?.items).toHaveLength(4);
    expect(highlights?.line).toBe(44);
  });

  it('applies front matter visibility to contacts and keeps listed: false', () => {
    const profile = profileOf(fixtures, 'front-matter.md');
    expect(profile).toMatchObject({ id: 'dana', name: 'Dana Front', listed: false, handle: 'danaf' });
    const email = profile.contacts.find((c) => c.kind === 'email');
    // A private contact keeps its kind (answers count it) but not its value, anywhere in the profile.
    expect(email).toMatchObject({ value: '(private)', visibility: 'private' });
    expect(JSON.stringify(profile)).not.toContain('dana@example.com');
    expect(profile.contacts.find((c) => c.kind === 'github')?.visibility).toBe('public');
  });

  it('never uses content hidden in HTML comments', () => {
    const profile = profileOf(fixtures, 'comment-hidden.md');
    expect(JSON.stringify(profile)).not.toContain('SECRET');
  });

  it('keeps front matter problems as warnings on the profile', () => {
    const profile = profileOf(fixtures, 'bad-front-matter.md');
    expect(profile.name).toBe('Bad Yaml Person');
    expect(profile.warnings.map((w) => w.code)).toContain('front-matter-invalid');
  });

  it('reads Windows-1252, UTF-16, BOM and CRLF files', () => {
    expect(profileOf(fixtures, 'latin1.md').name).toBe('José Müller');
    expect(profileOf(fixtures, 'utf16.md').name).toBe('Uta Sechzehn');
    expect(profileOf(fixtures, 'bom.md').name).toBe('Björn Ödegaard');
    expect(profileOf(fixtures, 'crlf.md').headline).toBe('Data engineer');
  });

  it.each([
    ['empty.md', 'file is empty'],
    ['blank.md', 'file contains only whitespace'],
  ])('rejects %s with a clear reason', (file, reason) => {
    expect(parseProfile(bytes(fixtures, file), file)).toEqual({
      ok: false,
      rejected: { file, line: null, reason },
    });
  });

  it('rejects a binary file and a file over the size limit', () => {
    const binary = parseProfile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'photo.md');
    expect(!binary.ok && binary.rejected.reason).toMatch(/binary/);
    const big = parseProfile(utf8(`# A\n\n${'x'.repeat(5000)}\n`), 'big.md', { maxBytes: 1000 });
    expect(!big.ok && big.rejected.reason).toMatch(/^file is 4\.9 KiB, over the 1000 bytes limit/);
  });

  it('rejects unsupported extensions', () => {
    const result = parseProfile(utf8('# Someone'), 'notes.txt');
    expect(!result.ok && result.rejected.reason).toBe(
      'unsupported file type ".txt": use .md, .markdown or .json',
    );
  });

  it('accepts .markdown like .md', () => {
    const result = parseProfile(utf8('# Mark Down\n\nWriter\n'), 'mark.markdown');
    expect(result.ok && result.profile.name).toBe('Mark Down');
  });

  it('hands .json files to the JSON Resume reader', () => {
    const resume = { basics: { name: 'Jay Son', label: 'Engineer' } };
    const result = parseProfile(utf8(JSON.stringify(resume)), 'jay.json');
    expect(result.ok && result.profile).toMatchObject({ name: 'Jay Son', format: 'json-resume' });
  });

  it('falls back to the id "profile" when neither front matter nor file name gives a usable one', () => {
    const result = parseProfile(utf8('---\nid: "!!!"\n---\n# 名前\n'), '名前.md');
    expect(result.ok && result.profile.id).toBe('profile');
  });

  it('turns a schema failure outside any list item into a rejection naming the field path', () => {
    const good = profileOf(seeds, 'rajdeep-sengupta.md');
    expect(validateProfile({ ...good, name: '' }, 'x.md')).toEqual({
      ok: false,
      rejected: { file: 'x.md', line: null, reason: expect.stringMatching(/^not a valid profile: name: /) },
    });
  });

  it('leaves out a list item that fails the schema instead of rejecting the person', () => {
    const good = profileOf(seeds, 'rajdeep-sengupta.md');
    const bad = {
      ...good,
      skills: [{ name: '', category: null, evidence: 'x', source: 'text' as const, line: 7 }, ...good.skills],
    };
    const result = validateProfile(bad, 'x.md');
    if (!result.ok) throw new Error(result.rejected.reason);
    expect(result.profile.skills).toHaveLength(good.skills.length);
    expect(result.profile.warnings).toContainEqual(
      expect.objectContaining({ code: 'dropped-invalid-item', line: 7 }),
    );
  });
});
