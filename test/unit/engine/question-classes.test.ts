// Questions as a third blind set asked them, over made-up profiles: filler around a person, any contact
// site by name and in German or Spanish, past employers, who-knows with extra words, facts stated in one
// line, a nickname two people answer to, people described by role words, and jobs in a table, under a
// bilingual heading or in prose.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../../src/engine/normalize-question.js';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/question-classes'));
});

const said = (line: string) => renderText(t.ask(line));
const holders = (line: string) =>
  expectKind(t.ask(line), 'whoknows')
    .data.matches.filter((m) => m.match === 'lists')
    .map((m) => m.personId);

describe('filler around the question', () => {
  it('drops emoji, "please" and "thx" after the question, and "hey bot," before it', () => {
    expect(normalizeQuestion('who knows c++ 🙏')).toBe('who knows c++');
    expect(normalizeQuestion("could you give me sam's linkedin please 🙏🏽")).toBe("give me sam's linkedin");
    expect(normalizeQuestion("hey bot, what are noor's skills? thx")).toBe("what are noor's skills");
    expect(normalizeQuestion('bot: who knows go')).toBe('who knows go');
    expect(normalizeQuestion('hey <@123> who knows go')).toBe('who knows go');
  });

  it('keeps a skill whose name ends in symbols and a word that only starts like a greeting', () => {
    expect(normalizeQuestion('who knows c#?')).toBe('who knows c#');
    expect(normalizeQuestion('bottle.py experts')).toBe('bottle.py experts');
  });

  it('answers about the person with politeness, emoji or a possessive typed without its apostrophe', () => {
    expect(t.ask("could you give me katarina's email please 🙏").person?.id).toBe('kat-berg');
    const bare = t.ask('whats katarina bergs email');
    expect([bare.kind, bare.person?.id]).toEqual(['contact', 'kat-berg']);
    const skills = t.ask("hey bot, what are rhea's skills? thx");
    expect([skills.kind, skills.person?.id]).toEqual(['skills', 'rhea-moss']);
  });
});

describe('contact asked by site or in another language', () => {
  it('gives the contact card for "<person> <site>" and "<person>\'s <site>" for any site a profile links', () => {
    expect(said('katarina keybase')).toContain('keybase.io/katberg');
    expect(said('kat ino itch.io')).toContain('katino.itch.io');
    expect(said("kat ino's blog")).toContain('katino.dev');
  });

  it('reads "<site> profile", "<site> handle" and "on <site>" as the contact card', () => {
    for (const q of ["katarina's linkedin profile", 'how can i contact katarina on linkedin'])
      expect(expectKind(t.ask(q), 'contact').person?.id).toBe('kat-berg');
  });

  it('reads booking a call, German and Spanish as a contact question', () => {
    for (const q of ['book a call with rhea', '¿cómo contacto a rhea?'])
      expect(expectKind(t.ask(q), 'contact').person?.id).toBe('rhea-moss');
    expect(said('book a call with rhea')).toContain('calendly.com/rheamoss');
    expect(expectKind(t.ask('wie erreiche ich katarina?'), 'contact').person?.id).toBe('kat-berg');
  });
});

describe('past employers', () => {
  it('answers "where did X work before Y", "X\'s previous job" and "X berufserfahrung" with the experience', () => {
    expect(said('where did katarina work before fjordfrakt')).toContain('Nordlys Cargo');
    expect(said("what was kat ino's previous job")).toContain('Yukimi Robotics');
    for (const q of ['katarina berufserfahrung', "katarina's last company"])
      expect(expectKind(t.ask(q), 'experience').person?.id).toBe('kat-berg');
  });

  it('looks for the company alone when asked who worked there', () => {
    const reply = expectKind(t.ask('who used to work at brightmoor'), 'people');
    expect(reply.data.people?.map((p) => [p.personId, p.match])).toEqual([['rhea-moss', 'before']]);
  });
});

describe('who knows, with more than the skill', () => {
  it('reads the first question of a message, the skill before an emoji, and Spanish', () => {
    expect(holders('anybody good at figma? need a second pair of eyes 🎨')).toEqual(['rhea-moss']);
    expect(holders('who knows rust 🙏')).toEqual(['kat-ino']);
    expect(holders('quien sabe kotlin?')).toEqual(['kat-berg']);
  });

  it('answers a problem phrase with the technology it starts with', () => {
    const reply = expectKind(
      t.ask('is there anyone who can help me with a kafka partition rebalance issue'),
      'whoknows',
    );
    expect(reply.data.skill).toBe('Kafka');
  });

  it('answers a bare technology someone only mentions as who knows it, saying it is a mention', () => {
    const reply = expectKind(t.ask('elixir'), 'whoknows');
    expect(reply.data.matches.map((m) => [m.personId, m.match])).toEqual([['kat-ino', 'mentions']]);
  });
});

describe('facts a profile states in one line', () => {
  it('answers where someone lives from a sentence, else from a headline, saying so', () => {
    expect(said('where does katarina live')).toContain('Oslo');
    expect(said('what city does katarina live in')).toContain('Oslo');
    const headline = said('where is kat ino based');
    expect(headline).toContain('Sapporo');
    expect(headline).toContain("doesn't say it in a sentence");
  });

  it('answers learning, study and an inline "What I care about:" line', () => {
    expect(said('what is katarina learning')).toContain('Zig');
    expect(said('what does rhea study')).toContain('Computer Science');
    expect(said('what does katarina care about')).toContain('calm incident reviews');
  });

  it('finds "based in" in the middle of a sentence about something else', () => {
    const reply = t.ask('where is rhea based');
    expect(reply.kind).toBe('section');
    expect(renderText(reply)).toContain('Leeds');
  });

  it('reads German "welche sprachen" and a section titled by part of the asked words', () => {
    expect(said('welche sprachen spricht katarina')).toContain('Norwegian');
    expect(said("rhea's notable achievements")).toContain('KubeCon');
  });
});

describe('a nickname two people answer to', () => {
  it('asks which one, with both, instead of picking the one who states it', () => {
    for (const q of ['/profile kat', '/contact kat', 'who is kat']) {
      const reply = expectKind(t.ask(q), 'ambiguous');
      expect(reply.candidates.map((c) => c.id).sort()).toEqual(['kat-berg', 'kat-ino']);
    }
  });

  it('still finds each by their full name', () => {
    expect(t.ask('/profile katarina').person?.id).toBe('kat-berg');
    expect(t.ask('/profile kat ino').person?.id).toBe('kat-ino');
  });
});

describe('people described by role words', () => {
  it('finds them by the start of a headline word, or by the words side by side in their profile', () => {
    expect(t.ask('the robot engineer').person?.id).toBe('kat-ino');
    expect(t.ask('the kubernetes ambassador').person?.id).toBe('rhea-moss');
    expect(t.ask('the cs student').person?.id).toBe('rhea-moss');
  });
});

describe('jobs in a table, under a bilingual heading, in prose, and a role below the first line', () => {
  it('reads a Years | Company | Role table under "Work" and 〜現在 bullets under "職歴 / Work"', () => {
    const table = expectKind(t.ask('/experience katarina'), 'experience').data.entries;
    expect(table.map((e) => e.organization)).toEqual(['Fjordfrakt AS', 'Nordlys Cargo']);
    const bullets = expectKind(t.ask('/experience kat ino'), 'experience').data.entries;
    expect(bullets.map((e) => [e.organization, e.period])).toEqual([
      ['Hoppo Devices', '2019 – present'],
      ['Yukimi Robotics', '2015 – 2019'],
    ]);
  });

  it('quotes the sentence that names the employer when there is no job list, inventing no entries', () => {
    const reply = expectKind(t.ask('where does rhea work'), 'experience');
    expect(reply.data.entries).toEqual([]);
    expect(renderText(reply)).toContain('Tidewater Labs');
  });

  it('shows the line that says what someone does when the headline does not', () => {
    expect(said('what does rhea do')).toContain('Platform Engineer');
  });
});
