// Kinds of technology asked as a whole: "who knows shell" when people list Bash, "which databases does
// diego use", `/skills lena kind:cloud`, over made-up people.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalSkillName, foldSkillKey } from '../../../src/profiles/vocabulary/skill-aliases.js';
import { familyNamed, inFamily, SKILL_FAMILIES } from '../../../src/profiles/vocabulary/skill-families.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/team'));
});

describe('the table of skill kinds', () => {
  it('writes every member as the vocabulary names it, so a member is never another technology', () => {
    const renamed = SKILL_FAMILIES.flatMap((f) =>
      (f.members ?? []).filter((m) => foldSkillKey(canonicalSkillName(m)) !== foldSkillKey(m)),
    );
    expect(renamed).toEqual([]);
  });

  it('reads a kind with an article or "kinds of" before it, and nothing that is no kind', () => {
    expect(familyNamed('any databases')?.name).toBe('Databases');
    expect(familyNamed('kinds of cloud platforms')?.name).toBe('Cloud platforms');
    expect(familyNamed('the dbs')?.name).toBe('Databases');
    expect(familyNamed('kafka')).toBeUndefined();
  });

  it('counts linguist languages as programming languages, but not data formats or tools', () => {
    const languages = familyNamed('programming languages')!;
    expect(['Python', 'Go', 'Bash', 'C#'].every((s) => inFamily(languages, s))).toBe(true);
    expect(['Markdown', 'JSON', 'YAML', 'Docker', 'English'].some((s) => inFamily(languages, s))).toBe(false);
  });
});

describe('who knows a kind', () => {
  it('shows who lists a member of the kind apart, never as listing the kind by name', () => {
    const reply = expectKind(t.ask('who knows shell'), 'whoknows');
    expect(reply.data.matches).toEqual([
      expect.objectContaining({ personId: 'lena-fischer', skill: 'Bash', match: 'family' }),
    ]);
    expect(reply.description).toBe('No one lists Shell by that name; 1 person lists a shell.');
  });

  it('leaves a skill that someone lists by name to them, without its kind beside it', () => {
    const reply = expectKind(t.ask('who knows sql'), 'whoknows');
    expect(reply.data.matches.map((m) => [m.personId, m.match])).toEqual([['omar-haddad', 'lists']]);
  });

  it('answers a kind asked by its own name with the people who list one of it', () => {
    const reply = expectKind(t.ask('does anyone know any databases?'), 'whoknows');
    expect(reply.title).toBe('Who knows databases');
    expect(reply.data.matches.map((m) => m.personId)).toContain('diego-alvarez');
  });

  it('reads a kind asked of the team ("which dbs do people here use") as who lists one, never as a person', () => {
    for (const line of ['which databases do people here know', 'what db do you guys use']) {
      const reply = expectKind(t.ask(line), 'whoknows');
      expect(reply.title).toBe('Who knows databases');
      expect(reply.data.matches.map((m) => m.personId)).toContain('diego-alvarez');
    }
  });

  it('counts those who list one of its kind apart from the holders', () => {
    expect(t.ask('how many people know shell').title).toBe(
      'How many know Shell: none (+1 listing one of its kind)',
    );
  });

  it('leaves a technology that names no kind as it was', () => {
    const reply = expectKind(t.ask('who knows kafka'), 'whoknows');
    expect(reply.data.matches.every((m) => m.match !== 'family')).toBe(true);
  });
});

describe("one person's skills of a kind", () => {
  it.each([
    ['which databases does diego use', 'Diego Álvarez — Databases', ['PostgreSQL', 'Redis']],
    ['what programming languages does lena know', 'Lena Fischer — Programming languages', ['Bash']],
    ['does ravi know any nosql databases', 'Ravi Kumar — NoSQL databases', ['Redis']],
    ['what cloud platforms has lena worked with', 'Lena Fischer — Cloud platforms', ['AWS']],
    ['/skills lena kind:shells', 'Lena Fischer — Shells', ['Bash']],
  ])('answers "%s" with those skills only', (line, title, skills) => {
    const reply = expectKind(t.ask(line), 'skills');
    expect(reply.title).toBe(title);
    expect(reply.data.categories.flatMap((c) => c.skills)).toEqual(skills);
  });

  it('says plainly when the person lists none of the kind', () => {
    const reply = expectKind(t.ask('which testing frameworks does sam patel use'), 'skills');
    expect(reply.description).toBe(
      "Sam Patel's profile lists no testing tools among its 8 skills (/skills sam-patel shows them all).",
    );
  });

  it('answers an unknown kind with the kinds it knows, not an error', () => {
    const reply = expectKind(t.ask('/skills lena kind:weather'), 'usage');
    expect(reply.description).toContain('databases, sql databases');
  });

  it('still reads "what languages does X speak" as spoken languages', () => {
    expect(t.ask('what languages does priya raman speak').kind).toBe('section');
  });
});
