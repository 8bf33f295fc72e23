// Answers over made-up profiles for what the tenth blind question set found: a bio written as a C# class,
// a full name seen only in a LinkedIn link, a handle that is a name and a number, a donation page asked
// for by name, "gh actions" and "thanks! and what about X's linkedin".
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupTechnology } from '../../../src/profiles/vocabulary/tech-vocabulary.js';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/answer-classes'));
});

describe('a bio written as typed C# properties', () => {
  it('answers to the name its Name property states', () => {
    expect(t.ask('/profile oskar').person?.id).toBe('brackenfern');
    expect(t.ask('tell me about oskar').person?.id).toBe('brackenfern');
  });

  it('gives the Discord handle its Discord property states as a contact', () => {
    const reply = expectKind(t.ask("oskar's discord"), 'contact');
    expect(renderText(reply)).toContain('Discord: oskar.brk');
  });
});

describe('names a profile shows only in its links', () => {
  it('finds the person by the full name their LinkedIn link spells', () => {
    expect(t.ask('/profile oskar lindqvist').person?.id).toBe('brackenfern');
  });
});

describe('a handle that is a name and a number', () => {
  it('asks which one when a first name is also the word of another handle ("mira" and mira42)', () => {
    const text = renderText(expectKind(t.ask('/profile mira'), 'ambiguous'));
    expect(text).toContain('Mira');
    expect(text).toContain('Miranda Holt');
  });

  it('still finds each by a name only one of them has', () => {
    expect(t.ask('/profile miranda').person?.id).toBe('mira42');
    expect(t.ask('/contact mira-codes').person?.id).toBe('mira-codes');
  });
});

describe('a site asked for by name that is no contact', () => {
  it('answers "oskar ko-fi" with the profile\'s own Ko-fi link, never the badge picture', () => {
    const text = renderText(expectKind(t.ask('oskar ko-fi'), 'contact'));
    expect(text).toContain('https://ko-fi.com/Q5Q7OSKAR');
    expect(text).not.toContain('githubbutton');
  });

  it('adds nothing to a contact answer that names no site', () => {
    expect(renderText(t.ask('/contact oskar'))).not.toContain('ko-fi');
  });
});

describe('follow-up phrasing', () => {
  it('reads "thanks! and what about X\'s linkedin" as a question about X\'s contact', () => {
    const reply = expectKind(t.ask("thanks! and what about oskar's linkedin"), 'contact');
    expect(reply.person?.id).toBe('brackenfern');
  });

  it('reads "gh" before a product as GitHub ("gh actions", "gh pages")', () => {
    expect(lookupTechnology('gh actions')?.name).toBe('GitHub Actions');
    expect(lookupTechnology('gh pages')?.name).toBe('GitHub Pages');
    expect(lookupTechnology('gh')?.name).not.toBe('GitHub Actions');
  });
});

describe('JSON Resume publications and awards', () => {
  it('are sections a search and /section find', () => {
    expect(renderText(expectKind(t.ask('/search shardwell'), 'search'))).toContain('Hana Ito');
    expect(renderText(expectKind(t.ask('/section hana publications'), 'section'))).toContain('Shardwell');
    expect(renderText(expectKind(t.ask('/section hana awards'), 'section'))).toContain('Best Paper');
  });
});
