// What someone does and where, asked in everyday words ("whats X's job", "where does X work rn", "where
// did X intern", "the head of product at Y"), and facts said in one line (how long they have been coding,
// when they graduated, what they are interested in), over made-up profiles.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/role-classes'));
});

function answer(line: string): { kind: string; person: string | undefined; text: string } {
  const reply = t.ask(line);
  return { kind: reply.kind, person: reply.person?.id, text: renderText(reply) };
}

describe('a question about the job someone holds now', () => {
  it.each([
    ["whats ines's job", 'ines-halvorsen', 'Head of Engineering of Kelpwave'],
    ["what is ines's role", 'ines-halvorsen', 'Head of Engineering of Kelpwave'],
    ['what does ines do', 'ines-halvorsen', 'Head of Engineering of Kelpwave'],
    ["what's lotte's current role", 'lotte-brandt', 'Staff Platform Engineer at Harbourline'],
    ['what does lotte do for a living', 'lotte-brandt', 'Staff Platform Engineer at Harbourline'],
    ["what is kofi's job", 'kofi-mensah', 'Working at: Quillstack'],
  ])('answers "%s" with the job, even when the headline already names a role', (line, person, said) => {
    const reply = answer(line);
    expect(reply.kind).toBe('profile');
    expect(reply.person).toBe(person);
    expect(reply.text).toContain(said);
  });

  it('leaves the job line off the card when only the card was asked for', () => {
    expect(answer('/profile ines').text).not.toContain('Kelpwave');
  });

  it('does not repeat the headline as the job when the headline is the job sentence cut short', () => {
    const text = answer("whats dario's job").text;
    expect(text).toContain('@Brightloop');
    expect(text).not.toMatch(/\nRole\n|\nWork\n/);
  });
});

describe('where someone works or interned, with chat words for "now"', () => {
  it.each([
    ['where does ines work rn', 'ines-halvorsen', 'Kelpwave'],
    ['where does ines work atm', 'ines-halvorsen', 'Kelpwave'],
    ['where does lotte work nowadays', 'lotte-brandt', 'Harbourline'],
    ['where does dario intern', 'dario-okonkwo', 'Brightloop'],
    ['where is dario interning', 'dario-okonkwo', 'Brightloop'],
    ['where did kofi intern', 'kofi-mensah', 'Ferrytale Labs'],
    ['where was kofi an intern', 'kofi-mensah', 'Ferrytale Labs'],
  ])('reads "%s" as their experience', (line, person, said) => {
    const reply = answer(line);
    expect(reply.kind).toBe('experience');
    expect(reply.person).toBe(person);
    expect(reply.text).toContain(said);
  });

  it('still reads a bare "rn" after "who knows" as React Native', () => {
    expect(answer('who knows rn').text).toContain('React Native');
  });

  it('quotes a third-person "Head of X of Company" sentence when the profile has no experience section', () => {
    const reply = answer('where does ines work');
    expect(reply.text).toContain('lists no experience section; it says');
    expect(reply.text).toContain('Kelpwave');
  });
});

describe('a person described by a job title and an employer', () => {
  it.each([
    ['the head of engineering at kelpwave', 'ines-halvorsen'],
    ['the head of engineering', 'ines-halvorsen'],
    ['who is the head of engineering at kelpwave', 'ines-halvorsen'],
    ['the devrel at quillstack', 'kofi-mensah'],
  ])('finds "%s"', (line, person) => {
    const reply = answer(line);
    expect(reply.kind).toBe('profile');
    expect(reply.person).toBe(person);
  });

  it('names no one for a title at an employer nobody mentions', () => {
    expect(answer('the head of engineering at quillstack').person).toBeUndefined();
  });
});

describe('facts said in one line', () => {
  it('answers how long someone has been coding from the line that gives the years', () => {
    const reply = answer('how long has ines been coding');
    expect(reply.kind).toBe('section');
    expect(reply.text).toContain('more than 12 years');
  });

  it('says the profile does not say how long, rather than searching, when no line gives years', () => {
    const reply = answer('how long has lotte been programming');
    expect(reply.kind).toBe('not_found');
    expect(reply.person).toBe('lotte-brandt');
    expect(reply.text).toContain("doesn't say how long");
  });

  it('answers when someone graduated from the line about their studies', () => {
    const reply = answer('when did ines graduate');
    expect(reply.kind).toBe('section');
    expect(reply.text).toContain('Graduated in 2014');
  });

  it('prefers the heading that says "Interested in" over a fun-fact section classed as interests', () => {
    for (const line of [
      'what is ines interested in',
      "what are ines's interests",
      '/section ines interests',
    ]) {
      const text = answer(line).text;
      expect(text).toContain('Ocean sensors');
      expect(text).not.toContain('Svalbard');
    }
  });
});

describe('spoken languages listed under a bare "Languages" label', () => {
  it('reads the language lines after a "Languages" row of a table', () => {
    const reply = answer('what languages does ines speak');
    expect(reply.kind).toBe('section');
    expect(reply.text).toContain('Spoken languages');
    expect(reply.text).toContain('Norwegian ★★★');
    expect(reply.text).toContain('German ★☆☆');
  });

  it('reads a one-line "Languages: English, Yoruba, French" item', () => {
    expect(answer('what languages does dario speak').text).toContain('English, Yoruba, French');
  });

  it('still says the profile does not say, when only programming languages are listed', () => {
    expect(answer('what languages does kofi speak').kind).toBe('not_found');
  });
});

describe('badges on a "Currently learning" line', () => {
  it('answers "does X know Y" with no, saying the profile only learns it', () => {
    const reply = answer('does kofi know rust');
    expect(reply.text).toContain('No: Kofi Mensah');
    expect(reply.text).toContain('learning');
    expect(reply.text).not.toContain('Yes');
  });

  it('names no one as holding a skill only on a learning line', () => {
    const reply = t.ask('who knows elixir');
    expect(reply.kind).toBe('whoknows');
    if (reply.kind === 'whoknows') expect(reply.data.matches.filter((m) => m.match === 'lists')).toEqual([]);
  });

  it('still counts badges on the other lines of the same list', () => {
    expect(answer('does kofi know grafana').text).toContain('Yes');
  });
});

describe('where a JSON Resume says someone is', () => {
  it('answers "where does X live" from basics.location, not the headline', () => {
    const reply = answer('where does lotte live');
    expect(reply.kind).toBe('section');
    expect(reply.text).toContain('Based in Rotterdam, Netherlands');
    expect(reply.text).not.toContain("doesn't say it in a sentence");
  });
});

describe('more everyday ways to ask where someone works and what they do', () => {
  it.each([
    ['where is ines employed', 'experience', 'Kelpwave'],
    ['where does ines currently work', 'experience', 'Kelpwave'],
    ["where's lotte working rn", 'experience', 'Harbourline'],
    ['what company is dario interning at', 'experience', 'Brightloop'],
    ["what is lotte's position at harbourline", 'experience', 'Staff Platform Engineer'],
    ['what does lotte do rn', 'profile', 'Harbourline'],
    ['wat does ines do', 'profile', 'Kelpwave'],
    ['how long has ines been coding for', 'section', '12 years'],
    ['when did ines graduate college', 'section', '2014'],
  ])('reads "%s"', (line, kind, said) => {
    const reply = answer(line);
    expect(reply.kind).toBe(kind);
    expect(reply.text).toContain(said);
  });

  it.each([
    ['the guy from kelpwave', 'ines-halvorsen'],
    ['the intern at brightloop', 'dario-okonkwo'],
  ])('finds "%s" by where they work', (line, person) => {
    expect(answer(line).person).toBe(person);
  });
});

describe('whether someone works or worked at a named employer', () => {
  it.each([
    ['does ines work at kelpwave', 'Head of Engineering of Kelpwave'],
    ['did lotte work at quaycode', 'Platform Engineer at Quaycode'],
    ['is dario interning at brightloop', '@Brightloop'],
    ['did kofi intern at ferrytale labs', 'Interned at: Ferrytale Labs'],
  ])('answers "%s" with the line that names the employer', (line, said) => {
    const reply = answer(line);
    expect(reply.kind).toBe('experience');
    // A dated job says whether it is current ("experience lists Quaycode as a past job"); others "profile names".
    expect(reply.text).toMatch(/profile names|experience lists/);
    expect(reply.text).toContain(said);
  });

  it('says no, and invents nothing, when the profile never names the employer', () => {
    const reply = answer('has dario ever worked for harbourline');
    expect(reply.kind).toBe('experience');
    expect(reply.person).toBe('dario-okonkwo');
    expect(reply.text).toContain("No: Dario's profile doesn't mention “harbourline”");
  });

  it('reads "does anyone work at X" as a question about the employer, not a person called anyone', () => {
    const reply = answer('does anyone work at harbourline');
    expect(reply.kind).toBe('people');
    expect(reply.text).toContain('Lotte Brandt');
  });
});

describe('the question asked inside a request to be reminded', () => {
  it.each([
    ['remind me where lotte works', 'experience'],
    ['i forgot where ines works', 'experience'],
    ['remind me who knows terraform', 'whoknows'],
  ])('reads "%s" as the question after the lead-in', (line, kind) => {
    expect(answer(line).kind).toBe(kind);
  });
});
