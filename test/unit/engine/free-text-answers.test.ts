// Free text as people type it, over the team fixture: fillers, typos in question words, people
// described instead of named, questions about a person with no section of that name, names.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../../src/engine/normalize-question.js';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let team: TestEngine;
beforeAll(async () => {
  team = await loadTestEngine(join(ROOT, 'test/fixtures/team'));
});

describe('phrasing', () => {
  it.each([
    ['hey can you tell me who knows kotlin pls', 'who knows kotlin'],
    ['hwo knows figma?', 'who knows figma'],
    ['who knws airflow', 'who knows airflow'],
    ['who knows about docker, thanks!', 'who knows about docker'],
    ['Please tell me who knows rust', 'who knows rust'],
  ])('reads "%s" as "%s"', (line, normal) => {
    expect(normalizeQuestion(line)).toBe(normal);
  });

  it.each([
    ['who should I ask about graphql', 'GraphQL'],
    ['I need someone for kubernetes', 'Kubernetes'],
    ['we need a kotlin developer', 'Kotlin'],
    ['any rust people?', 'Rust'],
    ['who is the best person to ask about kafka', 'Kafka'],
    ['golang', 'Go'],
  ])('answers "%s" as who knows %s', (line, skill) => {
    const reply = team.ask(line);
    expect(reply.kind).toBe('whoknows');
    expect(reply.kind === 'whoknows' && reply.data.skill).toBe(skill);
  });
});

describe('people described instead of named', () => {
  it.each([
    ['the kotlin dev', 'profile', 'sam-patel'],
    ['the firmware person', 'profile', 'priya-raman'],
    ["the django guy's contact", 'contact', 'ravi-kumar'],
    ['email the designer', 'contact', 'nina-petrova'],
    ["the ml engineer's focus", 'section', 'priya-nair'],
  ])('resolves "%s" to a %s answer about %s', (line, kind, person) => {
    const reply = team.ask(line);
    expect([reply.kind, reply.person?.id]).toEqual([kind, person]);
  });

  it('asks which one when the description fits several people', () => {
    const reply = team.ask('the backend engineer');
    expect(reply.kind).toBe('ambiguous');
    expect(reply.candidates.map((c) => c.id).sort()).toEqual(['diego-alvarez', 'jonas-weber']);
  });

  it('never reads a bare skill as a person', () => {
    expect(team.ask('kotlin').kind).toBe('whoknows');
  });
});

describe('questions about a person', () => {
  it('answers a job title from the headline', () => {
    expect(renderText(team.ask("what is diego's job title"))).toContain('Staff Backend Engineer');
    expect(renderText(team.ask('what does mei do'))).toContain('Game engine programmer');
  });

  it('answers "working on" from a current-work or focus section', () => {
    expect(renderText(team.ask('what is sam okafor working on'))).toContain('accessible component library');
    expect(renderText(team.ask('what is ana working on'))).toContain('Offline sync');
  });

  it('answers spoken languages, never programming languages', () => {
    const spoken = renderText(team.ask('which languages does priya raman speak'));
    expect(spoken).toContain('Tamil');
    expect(spoken).not.toContain('Rust');
    const none = team.ask('which languages does mei speak');
    expect(none.kind).toBe('not_found');
    expect(none.description).toBe("Mei Chen's profile doesn't say which languages they speak.");
  });

  it('answers a section name nobody uses with the closest section, said so', async () => {
    const seeds = await loadTestEngine(join(ROOT, 'profiles'));
    const reply = seeds.ask("rajat's ML experience");
    expect(reply.kind).toBe('section');
    expect(reply.title).toBe('Rajat Jog — Machine Learning (Production-Oriented)');
    expect(reply.description).toContain('this is the closest one');
  });
});

describe('names', () => {
  it('resolves one- and two-letter typos when only one person is that near', () => {
    expect(team.ask('/contact okafr').person?.id).toBe('sam-okafor');
    expect(team.ask('/contact rmaan').person?.id).toBe('priya-raman');
    expect(team.ask('/profile dieog').person?.id).toBe('diego-alvarez');
  });

  it('asks which one for a first name several people share, typo or not', () => {
    for (const line of ['/contact sam', '/skills priya', '/contact pirya', "what is sam's email"]) {
      const reply = team.ask(line);
      expect(reply.kind).toBe('ambiguous');
      expect(reply.candidates).toHaveLength(2);
    }
  });

  it('reads a trailing name in a search as the person filter', () => {
    const reply = team.ask('/search kafka jonas');
    expect([reply.kind, reply.person?.id]).toEqual(['search', 'jonas-weber']);
    expect(team.ask('/search sync sam').kind).toBe('ambiguous');
  });
});
