// Person facts asked the way teammates chat (test/fixtures/facts-15): where someone studies, lives and
// spends time off, their lab, languages, plans and main skill, on READMEs without headings, with a
// "Currently Studying" list, in Chinese, Japanese and Korean prose, and asked in French, Chinese and Korean.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/facts-15'));
});

function answer(line: string): { kind: string; person: string | undefined; text: string } {
  const reply = t.ask(line);
  return { kind: reply.kind, person: reply.person?.id, text: renderText(reply) };
}

describe('person facts asked the way teams chat', () => {
  it.each([
    ['where does tomas live', 'Goiânia', 'LIVE IN PRODUCTION'],
    ['where does tomas study', 'UniCEUB', 'Founder'],
    ['what languages does tomas speak', 'EN (fluent)', 'Rotaflux'],
    ['what does tomas do outside work', 'surfing', 'Rotaflux'],
    ["what's next for tomas", 'GCP Professional Data Engineer', 'Rotaflux'],
    ["what's tomas been up to lately", 'Stream processing', 'I build data pipelines'],
  ])('reads "%s" from a README written as label lines without headings', (question, said, notSaid) => {
    const reply = answer(question);
    expect(reply.person).toBe('tomas-ferreira');
    expect(reply.text).toContain(said);
    expect(reply.text).not.toContain(notSaid);
  });

  it('never reads a line of technologies with levels as the languages someone speaks', () => {
    expect(answer('what languages does ines speak').text).not.toContain('Python (advanced)');
    expect(answer('what languages does tomas speak').text).toContain('EN (fluent)');
  });

  it.each([
    ['what is amara studying this semester', 'Compilers'],
    ['is amara ok with remote', 'Open to remote'],
    ['amara parle quelles langues ?', 'Wolof'],
    ["amara's bachelor's degree", 'Licence en Informatique'],
    ["amara's uni?", 'Université Cheikh Anta Diop'],
    ["what are amara's goals", 'ingénieure de données'],
    ['what is amara exploring', 'data contracts'],
  ])('answers "%s" about a student', (question, said) => {
    const reply = answer(question);
    expect(reply.person).toBe('amara-diallo');
    expect(reply.text).toContain(said);
  });

  it('reads a list item with a bar in it as a line, not as the header of a table', () => {
    const reply = answer('what is haoran studying');
    expect(reply.text).toContain('Mechanical Engineering');
    expect(reply.text).not.toContain("Bachelor's Graduate");
  });

  it.each([
    ["haoran's lab", 'Soft Robotics Lab'],
    ['lin haoran 在哪里读研究生？', 'Zhejiang University of Technology'],
  ])('answers "%s" from an affiliation or study line', (question, said) => {
    const reply = answer(question);
    expect(reply.person).toBe('lin-haoran');
    expect(reply.text).toContain(said);
  });

  it.each([
    ['where did kato-ren study', '筑波大学'],
    ['when did kato-ren graduate', '2018'],
    ["what is kato-ren's core skill", 'Go がコアスキル'],
  ])('answers "%s" from Japanese lines', (question, said) => {
    const reply = answer(question);
    expect(reply.person).toBe('kato-ren');
    expect(reply.text).toContain(said);
  });

  it.each([
    ["what is lucia's degree", 'Sistemas Computacionales'],
    ["what are lucia's goals", 'full-stack'],
  ])('answers "%s" from a Spanish degree line and a goals label', (question, said) => {
    const reply = answer(question);
    expect(reply.person).toBe('lucia-paredes');
    expect(reply.text).toContain(said);
  });

  it.each([
    ['what does 서지우 do', '프론트엔드 개발자'],
    ['did seo-jiwoo win any awards', '개발자상'],
    ['where did 서지우 study', '부산대학교'],
    ['서지우 님은 어디서 공부했어요?', '부산대학교'],
  ])('answers "%s" from Korean prose, past a greeting line', (question, said) => {
    const reply = answer(question);
    expect(reply.person).toBe('seo-jiwoo');
    expect(reply.text).toContain(said);
  });
});
