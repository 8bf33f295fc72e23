// Skill questions typed the way team members chat: a bare technology with a chat word ("kafka anyone?"),
// verbs of having done it ("who's done terraform"), names in Hangul, katakana or Cyrillic ("리액트"), and
// Portuguese and Spanish chat ("alguém aí manja de react?"), over made-up profiles (test/fixtures/team).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatSkillQuestion } from '../../../src/engine/chat-skill-question.js';
import { latinSkillName } from '../../../src/engine/other-script-skills.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/team'));
});

/** The people an answer presents as listing the skill (all of them, for several). */
function holders(question: string): string[] | null {
  const reply = t.ask(question);
  if (reply.kind !== 'whoknows') return null;
  return reply.data.matches
    .filter((m) => m.match === undefined || m.match === 'lists')
    .map((m) => m.personId);
}

describe('skill questions as people chat', () => {
  it.each([
    ['kafka anyone?', ['diego-alvarez', 'jonas-weber']],
    ['terraform experience anyone', ['lena-fischer']],
    ['rust folks around (embedded stuff, sorry)', ['priya-raman']],
    ['java person?', ['jonas-weber', 'sam-patel']],
    ['java + kotlin person?', ['sam-patel']],
    ['react and figma?', ['nina-petrova']],
    ["who's done terraform", ['lena-fischer']],
    ["who'd know about kafka", ['diego-alvarez', 'jonas-weber']],
    ["who's used react", ['nina-petrova', 'sam-okafor']],
    ['we need someone for a kafka consumer, anyone?', ['diego-alvarez', 'jonas-weber']],
    ['리액트 할 줄 아는 사람?', ['nina-petrova', 'sam-okafor']],
    ['자바 아는 사람 있어?', ['jonas-weber', 'sam-patel']],
    ['кто знает джава?', ['jonas-weber', 'sam-patel']],
    ['кто работал с докером?', ['jonas-weber', 'lena-fischer', 'priya-nair']],
    ['/whoknows 쿠버네티스', ['diego-alvarez', 'lena-fischer']],
    ['alguém aí manja de react?', ['nina-petrova', 'sam-okafor']],
    ['quem já usou terraform?', ['lena-fischer']],
    ['¿alguien ha usado kafka?', ['diego-alvarez', 'jonas-weber']],
  ])('answers “%s” with who knows it: %j', (question, people) => {
    expect(holders(question)?.sort()).toEqual([...people].sort());
  });

  it('says "and" between several skills whose last name has two words', () => {
    expect(t.ask('who knows java and spring boot').title).toBe('Who knows Java and Spring Boot');
  });

  it('keeps a described person ("the java guy") and words that name no technology ("lunch anyone?")', () => {
    expect(t.ask('the java guy').kind).toBe('ambiguous');
    expect(t.ask('lunch anyone?').kind).not.toBe('whoknows');
    expect(chatSkillQuestion('lunch anyone', () => false)).toBeNull();
    // A technology alone is the search fallback's to read, with no chat word around it.
    expect(chatSkillQuestion('kafka', () => false)).toBeNull();
    // Two names that are people's as well ("julia and ruby") are no skill question.
    expect(chatSkillQuestion('julia and ruby', () => true)).toBeNull();
  });

  it('reads other-script names of technologies only from its table, with Russian case endings', () => {
    expect(latinSkillName('파이썬')).toBe('Python');
    expect(latinSkillName('パイソン')).toBe('Python');
    expect(latinSkillName('питоном')).toBe('Python');
    expect(latinSkillName('кафкой')).toBe('Kafka');
    expect(latinSkillName('사람')).toBeNull();
    expect(latinSkillName('яндексе')).toBeNull();
  });
});
