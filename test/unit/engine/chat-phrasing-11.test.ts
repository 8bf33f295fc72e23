// Questions typed the way people chat (typos in the question words, several sentences, asks put to the
// room, "who is X" in other languages) over made-up profiles (test/fixtures/first-week).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { foreignQuestion } from '../../../src/engine/foreign-question.js';
import { fixQuestionWords } from '../../../src/engine/question-words.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/first-week'));
});

describe('chat wordings', () => {
  it.each([
    ['waht does hanna do', 'profile', 'hanna-vogel'],
    ['wher is tiago based', 'section', 'tiago-rocha'],
    ['how do i contcat marta', 'contact', 'marta-ruiz'],
    ['marta skils', 'skills', 'marta-ruiz'],
    ['dose marta know rust', 'whoknows', 'marta-ruiz'],
    ['I want to reach out to tiago', 'contact', 'tiago-rocha'],
    ['hey. I want to reach out to hanna. how?', 'contact', 'hanna-vogel'],
    ["anyone have marta's email", 'contact', 'marta-ruiz'],
    ['does anybody know hanna’s linkedin?', 'contact', 'hanna-vogel'],
    ['can tiago help with kafka?', 'whoknows', 'tiago-rocha'],
    ['anything on hanna?', 'profile', 'hanna-vogel'],
    ['what companies has hanna been at', 'experience', 'hanna-vogel'],
  ] as const)('answers “%s” with %s about %s', (question, kind, person) => {
    const reply = t.ask(question);
    expect(reply.kind).toBe(kind);
    expect(reply.person?.id).toBe(person);
  });

  it('reads "who\'s got X experience" as who knows X', () => {
    const reply = t.ask('whos got kafka experience');
    expect(reply.kind).toBe('whoknows');
    expect(reply.kind === 'whoknows' && reply.data.matches.map((m) => m.personId)).toEqual(['tiago-rocha']);
  });

  it('reads "anyone mention X" as a search of the profiles', () => {
    expect(t.ask('anyone mention farol bank').kind).toBe('search');
  });

  it('never corrects a real word into a question word', () => {
    expect(fixQuestionWords('who knows contract law')).toBe('who knows contract law');
    expect(fixQuestionWords('were there any go devs')).toBe('were there any go devs');
    expect(fixQuestionWords('that skill')).toBe('that skill');
  });
});

describe('who someone is, and chat words, in other languages', () => {
  const PEOPLE = new Set(['phil', 'marta']);
  const asEnglish = (text: string) =>
    foreignQuestion(
      text,
      (s) => PEOPLE.has(s),
      (q) => q,
    );

  it.each([
    ['кто такой phil', 'who is phil'],
    ['phil是谁', 'who is phil'],
    ['marta kaun hai', 'who is marta'],
    ['有谁会用 typescript', 'who knows typescript'],
    ['qqn connaît redis', 'who knows redis'],
    ['누가 python 잘해', 'who knows python'],
    ['philさんってどこ住み', 'where is phil based'],
    ['marta tinggalnya di mana', 'where is marta based'],
    ['minta kontak phil dong', 'contact phil'],
    ['дай контакты marta', 'contact marta'],
    ['o phil trabalha com o que', 'what does phil do'],
  ])('%s → %s', (question, english) => {
    expect(asEnglish(question)).toBe(english);
  });

  it('reads a lone "who" word as "who is" only when the rest names someone', () => {
    expect(asEnglish('кто rust')).toBeNull();
  });
});
