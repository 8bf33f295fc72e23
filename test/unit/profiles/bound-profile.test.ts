// boundProfile: what it cuts is said in a warning, even when the warnings themselves are over their cap.
import { describe, expect, it } from 'vitest';
import { boundProfile, PROFILE_CAPS } from '../../../src/profiles/model/bound-profile.js';
import type { Profile } from '../../../src/profiles/model/profile.js';

function profileWith(skills: number, warnings: number): Profile {
  return {
    id: 'ana',
    file: 'ana.md',
    format: 'markdown',
    name: 'Ana',
    handle: null,
    aliases: [],
    pronouns: null,
    headline: null,
    listed: true,
    skills: Array.from({ length: skills }, (_, i) => ({
      name: `Tech${i}`,
      category: null,
      evidence: `Tech${i}`,
      source: 'text' as const,
      line: 1,
    })),
    contacts: [],
    experience: [],
    certifications: [],
    sections: [],
    warnings: Array.from({ length: warnings }, (_, i) => ({ code: 'odd', message: `odd ${i}`, line: i + 1 })),
  };
}

describe('boundProfile', () => {
  it('keeps the note of the skills it cut when the warnings are over their cap too', () => {
    const bounded = boundProfile(profileWith(PROFILE_CAPS.skills + 500, PROFILE_CAPS.warnings + 50));
    expect(bounded.skills).toHaveLength(PROFILE_CAPS.skills);
    expect(bounded.warnings).toHaveLength(PROFILE_CAPS.warnings);
    const messages = bounded.warnings.map((w) => w.message);
    expect(messages).toContain(`kept the first 1,000 of 1,500 skills`);
    expect(messages.at(-1)).toBe(`kept the first ${PROFILE_CAPS.warnings - 2} of 250 warnings`);
  });

  it('keeps the first warnings of the file in their order', () => {
    const bounded = boundProfile(profileWith(3, PROFILE_CAPS.warnings + 10));
    expect(bounded.warnings).toHaveLength(PROFILE_CAPS.warnings);
    expect(bounded.warnings[0]!.message).toBe('odd 0');
    expect(bounded.warnings.at(-2)!.message).toBe(`odd ${PROFILE_CAPS.warnings - 2}`);
  });
});
