// Questions a new team member asks in the first week, over made-up profiles (test/fixtures/first-week):
// chat formatting around the question, "the go-to for X", "our X setup", skills with one left out,
// where people are based, someone's background, and the same questions in other languages.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutChatMarkup } from '../../../src/engine/chat-markup.js';
import { withoutSkillWords } from '../../../src/engine/skill-terms.js';
import { exceptPhrase } from '../../../src/engine/whoknows-except.js';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/first-week'));
});

const listed = (line: string) =>
  expectKind(t.ask(line), 'whoknows')
    .data.matches.filter((m) => m.match === 'lists')
    .map((m) => m.personId)
    .sort();

describe('chat formatting around a question', () => {
  it('drops Slack and Discord emphasis and a quote mark, keeping the words', () => {
    expect(withoutChatMarkup('*who knows go?*')).toBe('who knows go?');
    expect(withoutChatMarkup('**who knows go**')).toBe('who knows go');
    expect(withoutChatMarkup('> who knows ~rust~')).toBe('who knows rust');
    expect(withoutChatMarkup('_who knows figma_?')).toBe('who knows figma?');
  });

  it('reads the shorthand "w/" and "w/o" as with and without', () => {
    expect(withoutChatMarkup("who's good w/ typescript")).toBe("who's good with typescript");
    expect(withoutChatMarkup('who knows kafka w/o go')).toBe('who knows kafka without go');
    expect(withoutChatMarkup('who knows tcp/ip')).toBe('who knows tcp/ip');
  });

  it('keeps a lone marker and underscores inside a name', () => {
    expect(withoutChatMarkup('who knows c*')).toBe('who knows c*');
    expect(withoutChatMarkup('contact lena_f')).toBe('contact lena_f');
  });

  it('answers a formatted question as the plain one', () => {
    expect(listed('*who knows go?*')).toEqual(['hanna-vogel', 'tiago-rocha']);
    expect(listed('> who knows rust')).toEqual(['hanna-vogel', 'marta-ruiz']);
  });
});

describe('a skill asked with words around it', () => {
  it('reads "our terraform setup" and "the k8s cluster" as the technology', () => {
    expect(withoutSkillWords('our terraform setup')).toBe('terraform');
    expect(withoutSkillWords('the k8s cluster')).toBe('k8s');
    expect(listed('who should I ask about our kafka setup')).toEqual(['tiago-rocha']);
  });

  it('reads "the go-to for X" and "the X expert" as who knows X', () => {
    expect(listed("who's the go-to for postgres")).toEqual(['hanna-vogel']);
    expect(listed('our go-to person for helm?')).toEqual(['tiago-rocha']);
    expect(listed('who is our terraform guru')).toEqual(['hanna-vogel']);
  });

  it('reads "both go and rust" as the two skills, all wanted', () => {
    expect(listed('who knows both go and rust')).toEqual(['hanna-vogel']);
    expect(listed('who knows go and also kafka')).toEqual(['tiago-rocha']);
  });
});

describe('one skill with another left out', () => {
  it('splits "go but not rust" and "kafka without go", never a list of skills', () => {
    expect(exceptPhrase('go but not rust')).toEqual({ wanted: 'go', left: 'rust' });
    expect(exceptPhrase('kafka without go')).toEqual({ wanted: 'kafka', left: 'go' });
    expect(exceptPhrase('go and kafka but not rust')).toBeNull();
    expect(exceptPhrase('rust')).toBeNull();
  });

  it('names the holders who do not list the other skill, and says who was left out', () => {
    const reply = expectKind(t.ask('who knows go but not rust'), 'whoknows');
    expect(reply.data.matches.map((m) => m.personId)).toEqual(['tiago-rocha']);
    expect(renderText(reply)).toMatch(/Left out: they list Rust too\s+• Hanna Vogel/);
  });

  it("leaves a named person out when the word is no one's skill", () => {
    expect(listed('who knows rust except marta')).toEqual(['hanna-vogel']);
    expect(listed('who knows kafka without go')).toEqual([]);
  });
});

describe('where people are, and what they did', () => {
  it('lists who says they are in the place for "who\'s based in berlin"', () => {
    const text = renderText(expectKind(t.ask("who's based in berlin"), 'people'));
    expect(text).toContain('Hanna Vogel');
    expect(text).toContain('Elif Kaya');
    expect(text).not.toContain('Tiago Rocha');
  });

  it('answers a background with the Background section, else the experience', () => {
    expect(renderText(t.ask("what's tiago's background"))).toContain('Farol Bank');
    expect(renderText(t.ask("hanna's background"))).toContain('Kettle Labs');
    expect(expectKind(t.ask('what did hanna do before'), 'experience').person?.id).toBe('hanna-vogel');
  });
});

describe('questions about one person in other languages', () => {
  it.each([
    ['quelles sont les compétences de marta', 'skills', 'marta-ruiz'],
    ['competenze di tiago', 'skills', 'tiago-rocha'],
    ['was sind die skills von elif', 'skills', 'elif-kaya'],
    ['contatto di marta', 'contact', 'marta-ruiz'],
    ['dove lavora hanna?', 'experience', 'hanna-vogel'],
    ['onde trabalha o tiago?', 'experience', 'tiago-rocha'],
  ] as const)('answers "%s" as %s of the person', (line, kind, person) => {
    const reply = t.ask(line);
    expect(reply.kind).toBe(kind);
    expect(reply.person?.id).toBe(person);
  });
});

describe('one way of reaching someone, asked by name', () => {
  it('says the profile lists no LinkedIn before the ways it does give', () => {
    const text = renderText(expectKind(t.ask("marta's linkedin?"), 'contact'));
    expect(text).toContain("Marta Ruiz's profile lists no LinkedIn.");
    expect(text).toContain('marta.ruiz@example.org');
  });

  it('says nothing is missing when the asked way is there, or when none is named', () => {
    expect(renderText(t.ask("hanna's linkedin"))).not.toContain('lists no');
    expect(renderText(t.ask('how do i reach marta'))).not.toContain('lists no');
  });
});

describe('facts the profile says in a sentence', () => {
  it('quotes the sentence that names the asked way of reaching someone, when no link gives it', () => {
    const text = renderText(expectKind(t.ask("oskar's telegram"), 'contact'));
    expect(text).toContain('What the profile says about Telegram');
    expect(text).toContain('on Telegram (@oskar_lind_example)');
  });

  it('adds the sentence about earlier work only when the question asks about before', () => {
    expect(renderText(t.ask('where did oskar work before kettle labs'))).toContain(
      'Before Kettle Labs I spent three years at Norrsken Freight',
    );
    expect(renderText(t.ask('/experience oskar'))).not.toContain('Norrsken');
  });

  it('answers what someone maintains from the sentence that says so when no Projects section exists', () => {
    expect(renderText(t.ask('what open source library does oskar maintain'))).toContain('tidyrow');
  });
});

describe('thanks before the next question', () => {
  it('reads the question after "thanks!", "cool," or "perfect."', () => {
    expect(t.ask('thanks! and how do i reach marta').person?.id).toBe('marta-ruiz');
    expect(listed('cool, and who knows kotlin?')).toEqual(['yusuf-demir']);
    expect(t.ask('perfect. and tiago?').person?.id).toBe('tiago-rocha');
  });

  it('answers a line that only acknowledges ("ok cool. makes sense") with what can be asked, never a skill', () => {
    for (const line of ['ok cool. makes sense', 'cool', 'got it, thanks!', 'lol. nice one', 'Sounds good.'])
      expect(t.ask(line).kind).toBe('help');
    expect(listed('cool, and who knows kotlin?')).toEqual(['yusuf-demir']);
  });
});
