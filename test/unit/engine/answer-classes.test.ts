// Answers over made-up profiles for what a blind question set found: a short name that names no one,
// everyday-use sentences, stated nicknames, category tables and sections named in words.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/answer-classes'));
});

const holders = (line: string) =>
  expectKind(t.ask(line), 'whoknows')
    .data.matches.filter((m) => m.match === 'lists')
    .map((m) => m.personId);

describe("a short name that starts no one's name", () => {
  it('says no one has that name and suggests the near one, without their contact details', () => {
    const reply = t.ask('how do i reach ika');
    expect(reply.kind).toBe('not_found');
    const text = renderText(reply);
    expect(text).toContain('Nika Holm');
    expect(text).not.toContain('nika@fjordline.example');
  });

  it('still finds the person a short name starts', () => {
    expect(t.ask('/profile nik').person?.id).toBe('nika-holm');
  });
});

describe('skills stated in a sentence of everyday use', () => {
  it('lists the technologies of "Day to day I work with X, Y" and "I write my glue in Z"', () => {
    for (const skill of ['terraform', 'kubernetes', 'prometheus', 'bash'])
      expect(holders(`who knows ${skill}`)).toEqual(['nika-holm']);
  });

  it('keeps what is being learned or no longer used as a mention only', () => {
    expect(holders('who knows elixir')).toEqual([]);
    expect(holders('who knows php')).toEqual([]);
  });
});

describe('names a profile states besides its title', () => {
  it('finds the person by an "aka" handle, a "calls me" nickname and their own GitHub user name', () => {
    for (const name of ['tbyte', 'bolt', 'tbyte-dev'])
      expect(t.ask(`/profile ${name}`).person?.id).toBe('teo-brandt');
  });
});

describe('a two-column table of categories and lists', () => {
  it('lists every item of each row and no category name', () => {
    expect(holders('who knows zephyr')).toEqual(['teo-brandt']);
    expect(holders('who knows freertos')).toEqual(['teo-brandt']);
    expect(holders('who knows werkzeuge')).toEqual([]);
  });
});

describe('sections asked for in words', () => {
  it('answers "what does X care about" with a "Things I care about" section', () => {
    const reply = expectKind(t.ask('what does zara care about'), 'section');
    expect(reply.title).toContain('Things I care about');
  });

  it('gives each link of a section that is only a row of links with its address, to the asker only', () => {
    const reply = expectKind(t.ask('/section zara elsewhere'), 'section');
    expect(renderText(reply)).toContain('Blog: https://zara.example/blog');
    expect(reply.ephemeral).toBe(true);
  });

  it('answers the site reliability engineer by the abbreviation sre', () => {
    expect(t.ask("the sre's contact").person?.id).toBe('nika-holm');
  });
});

describe('aliases of listed skills', () => {
  it('reads rn as React Native and huggingface as the listed Hugging Face Transformers', () => {
    expect(holders('who knows rn')).toEqual(['zara-quint']);
    expect(holders('who knows huggingface')).toEqual(['zara-quint']);
  });

  it('takes a task word off a skill someone lists ("a playwright test")', () => {
    expect(holders('can someone help with a playwright test')).toEqual(['zara-quint']);
  });

  it('keeps a technology whose own name ends in such a word whole ("claude code" is not Claude)', () => {
    expect(expectKind(t.ask('who knows claude code'), 'whoknows').data.skill).toBe('Claude Code');
  });
});

describe('a technology with a particle glued on in Korean or Japanese', () => {
  it('is a mention of it ("React도" mentions React), never "doesn\'t mention"', () => {
    const reply = renderText(t.ask('does minji know react'));
    expect(reply).toContain('mentions it');
    expect(reply).not.toContain("doesn't mention");
  });
});

describe('a kind of testing asked about', () => {
  it('never answers "unit tests" with the holders of Unity', () => {
    for (const line of [
      'who knows unit tests',
      'who can help with unit tests',
      'anyone good at e2e tests?',
    ]) {
      const reply = t.ask(line);
      if (reply.kind === 'whoknows') expect(reply.data.matches.map((m) => m.skill)).not.toContain('Unity');
      expect(renderText(reply)).not.toContain('Who knows Unity');
    }
  });

  it('still drops a word about work done with a technology ("rust code")', () => {
    expect(holders('who knows rust code')).toContain('zara-quint');
  });
});
