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
