// Person facts written where no heading names them — a byline under the name, a first-person sentence,
// a certification inside another section, a heading in another language, a "Previously" heading — and a
// skill asked with nouns after it, over made-up profiles (test/fixtures/fact-lines).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeOfByline } from '../../../src/engine/byline-place.js';
import { skillBeforeNouns } from '../../../src/engine/skill-before-nouns.js';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/fact-lines'));
});

function answer(line: string): { kind: string; person: string | undefined; text: string } {
  const reply = t.ask(line);
  return { kind: reply.kind, person: reply.person?.id, text: renderText(reply) };
}

describe('where someone is based, said in the byline under their name', () => {
  it.each([
    ['where is tomás based', 'tomas-ferreira', 'Porto, Portugal'],
    ['where is darya based', 'darya-sokolova', 'Казань, Россия'],
    ['where is ines based', 'ines-varga', 'Valencia, Spain'],
  ])('answers "%s" with the place part alone', (line, person, place) => {
    const reply = answer(line);
    expect(reply.person).toBe(person);
    expect(reply.text).toContain(place);
    // The contacts beside the place in the byline are not part of a location answer.
    expect(reply.text).not.toMatch(/@|github\.com|dsokolova\.dev/);
  });

  it('reads the place beside contacts, or a "City, Country" beside a role', () => {
    expect(placeOfByline('Paris, France · ana@example.com · github.com/ana')).toBe('Paris, France');
    expect(placeOfByline('Батуми, Грузия | TG: +7 900 000 00 00 | site.dev')).toBe('Батуми, Грузия');
    expect(placeOfByline('Android Engineer at Acme · Bogotá, Colombia')).toBe('Bogotá, Colombia');
  });

  it('finds no place in a byline of skills, roles, link labels or a name', () => {
    expect(placeOfByline('Kotlin · Swift · Go')).toBeNull();
    expect(placeOfByline('Software Engineer | Backend Developer')).toBeNull();
    expect(placeOfByline('Website · Blog · ana@example.com')).toBeNull();
    expect(placeOfByline('Ana Souza · ana@example.com', 'Ana Souza')).toBeNull();
    // A single city beside a role only: too easily a product or team name.
    expect(placeOfByline('Backend Engineer · Lighthouse')).toBeNull();
  });
});

describe('where someone lives, said in another language', () => {
  it('answers from a Japanese "在住" sentence, cut at its full stop', () => {
    const reply = answer('where is haruto based');
    expect(reply.text).toContain('大阪在住');
    expect(reply.text).not.toContain('Nordbank');
  });
});

describe('what someone is working on, said in a sentence or a line', () => {
  it.each([
    ['what is kofi working on', 'I run the event pipeline'],
    ['what is ines working on', 'I build the rider app'],
    ['what is ayla working on', 'design-token pipeline'],
  ])('answers "%s" with the line that says it', (line, said) => {
    const reply = answer(line);
    expect(reply.kind).toBe('section');
    expect(reply.text).toContain(said);
  });

  it('never answers with an empty subtitle heading that only holds the word "Building"', () => {
    expect(answer('what is ayla working on').text).not.toContain('This section is empty');
  });
});

describe('facts inside another section or under another language’s heading', () => {
  it('answers certifications from the line that names them in a "Cloud & Security" section', () => {
    const reply = answer('what certifications does tomás have');
    expect(reply.text).toContain('CKA (Certified Kubernetes Administrator)');
  });

  it.each([
    ['where did tomás study', 'Università di Bologna'],
    ['where did darya study', 'Казанский федеральный университет'],
    ['what certs does darya have', 'Google Cloud Professional Data Engineer'],
  ])('answers "%s" from a heading in Italian or Russian', (line, said) => {
    expect(answer(line).text).toContain(said);
  });

  it('answers "what does X prefer" and "what does X dislike" from the line that says it', () => {
    expect(answer('what does kofi prefer').text).toContain('small, boring tools');
    expect(answer('what does haruto dislike').text).toContain('flaky CI');
  });
});

describe('employers asked by a word or before another', () => {
  it('reads "X\'s company?" as their experience, not a section called "company"', () => {
    const reply = answer("tomás's company?");
    expect(reply.kind).toBe('experience');
    expect(reply.text).toContain('Lumen Pay');
  });

  it.each([
    ['where was tomás before lumen pay', 'Fintrack'],
    ['where did ines work before glovo', 'Cabify'],
  ])('answers "%s" with the line under a "Previously" or "Before Y" heading', (line, employer) => {
    const reply = answer(line);
    expect(reply.kind).toBe('experience');
    expect(reply.text).toContain(employer);
  });

  it('quotes the earlier-work sentence of a profile with no experience section', () => {
    expect(answer("haruto's previous job").text).toContain('Nordbank');
  });

  it('shows earlier jobs under /experience only when no experience section lists the jobs', () => {
    // Inés's job comes from her byline; Tomás lists his under "Experience".
    expect(answer('/experience ines').text).toContain('Cabify');
    expect(answer('/experience tomás').text).not.toContain('Fintrack');
  });
});

describe('a skill followed by nouns for work done with it', () => {
  it.each([
    ['who can help with our terraform modules', 'Terraform'],
    ['who can help me with a flaky cypress test', 'Cypress'],
    ['who can help with a mongo query', 'MongoDB'],
  ])('answers "%s" as who knows %s', (line, skill) => {
    const reply = t.ask(line);
    expect(reply.kind).toBe('whoknows');
    expect(renderText(reply)).toContain(`Who knows ${skill}`);
  });

  const known = new Set(['terraform', 'cypress', 'mongo', 'python', 'django', 'react native']);
  const isSkill = (term: string) => known.has(term.toLowerCase());

  it('drops at most two trailing work nouns and a word or two before the technology', () => {
    expect(skillBeforeNouns('our terraform modules', isSkill)).toBe('terraform');
    expect(skillBeforeNouns('a flaky cypress test', isSkill)).toBe('cypress');
    expect(skillBeforeNouns('react native app crashes', isSkill)).toBe('react native');
  });

  it('leaves a phrase with no trailing work noun, or two technologies, or too many words before it', () => {
    expect(skillBeforeNouns('flaky cypress', isSkill)).toBeNull();
    expect(skillBeforeNouns('python django app', isSkill)).toBeNull();
    expect(skillBeforeNouns('our very old legacy terraform modules', isSkill)).toBeNull();
  });
});

describe('an explicit search for a skill no text says', () => {
  it('stays a search whose hits are the people who list it (a badge)', () => {
    const reply = t.ask('/search snowflake');
    expect(reply.kind).toBe('search');
    expect(renderText(reply)).toContain('Kofi Boateng');
  });

  it('still answers the bare skill typed as a message as who knows it', () => {
    expect(t.ask('snowflake').kind).toBe('whoknows');
  });
});
