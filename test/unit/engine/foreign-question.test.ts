// Questions asked in Russian, Chinese, Japanese, Korean, Turkish, Vietnamese, Indonesian and Hindi, and
// chatty English wordings, over made-up profiles (test/fixtures/first-week): each read as the English question.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { foreignQuestion } from '../../../src/engine/foreign-question.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/first-week'));
});

const PEOPLE = new Set(['phil', 'marta']);
const asEnglish = (text: string) =>
  foreignQuestion(
    text,
    (s) => PEOPLE.has(s),
    (q) => q,
  );

describe('a question in another language read as the English one', () => {
  it.each([
    ['谁会kafka', 'who knows kafka'],
    ['phil的联系方式', 'contact phil'],
    ['phil在哪里工作过', 'where has phil worked'],
    ['philさんのスキルを教えて', 'skills of phil'],
    ['누가 pytorch를 잘 알아요', 'who knows pytorch'],
    ['phil는 어디에 살아요', 'where is phil based'],
    ['чем занимается phil', 'what does phil do'],
    ["phil'in e-postası ne", 'contact phil'],
    ['phil biết rust không', 'does phil know rust'],
    ['kya phil ko rust aata hai', 'does phil know rust'],
    ['rust kaun jaanta hai', 'who knows rust'],
    ['marta कहाँ रहती है', 'where is marta based'],
    ['kto zna pythona', 'who knows Python'],
    ['czy ktoś ogarnia dockera?', 'who knows Docker'],
    ['gdzie pracuje phil', 'where has phil worked'],
    ['jak się skontaktować z phil', 'contact phil'],
    ['кто знает golangом', 'who knows Go'],
    ['qual a idade do phil', 'how old is phil'],
    ['wie alt ist phil', 'how old is phil'],
    ['phil 몇 살이야', 'how old is phil'],
    ['alguien que maneje kubernetes', 'who knows kubernetes'],
  ])('%s → %s', (question, english) => {
    expect(asEnglish(question)).toBe(english);
  });

  it('reads nothing when the words left do not name the person asked about', () => {
    expect(asEnglish('sanithuはどこに住んでいますか')).toBeNull();
  });

  it('never reads a lone "who" word as a who-knows question ("ai ethics" is English)', () => {
    expect(asEnglish('ai ethics')).toBeNull();
  });

  it('never reads a word under a case ending as a technology unless the vocabulary knows its stem', () => {
    expect(asEnglish('kto zna marka')).toBe('who knows marka');
    expect(asEnglish('kto zna goa')).toBe('who knows goa');
  });

  it('never reads a name as the skill of a who-knows question', () => {
    expect(asEnglish('o que o phil sabe fazer')).toBe('skills of phil');
  });
});

describe('the answers', () => {
  it('lists the people who know a skill asked in Chinese', () => {
    const reply = expectKind(t.ask('谁会kafka？'), 'whoknows');
    expect(reply.data.matches.map((m) => m.personId)).toEqual(['tiago-rocha']);
  });

  it.each([
    ['marta에게 어떻게 연락해요?', 'contact', 'marta-ruiz'],
    ['где работал tiago?', 'experience', 'tiago-rocha'],
    ['keahlian elif', 'skills', 'elif-kaya'],
    ['quick q: how do I get hold of marta', 'contact', 'marta-ruiz'],
    ["what's the best way to reach tiago?", 'contact', 'tiago-rocha'],
    ['need to ping hanna, how?', 'contact', 'hanna-vogel'],
    ['what kinda stuff does yusuf know?', 'skills', 'yusuf-demir'],
    ["where's hanna worked before?", 'experience', 'hanna-vogel'],
  ] as const)('answers “%s” with %s about %s', (question, kind, person) => {
    const reply = t.ask(question);
    expect(reply.kind).toBe(kind);
    expect(reply.person?.id).toBe(person);
  });
});
