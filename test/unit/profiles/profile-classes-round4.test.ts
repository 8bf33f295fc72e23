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
    expect(skills('resume-null-fields.json')).toEqual(['Python', 'Active Directory', 'Azure Active Directory', 'Azure', 'Pytest']);
  });
});
