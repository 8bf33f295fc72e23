// Engine answers on purpose-built fixture profiles: titled experience, private contacts, unlisted
// people, ambiguous first names, diacritics; plus autocomplete limits.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { expectKind, FIXTURES, loadTestEngine, type TestEngine } from './load-test-engine.js';

let fx: TestEngine;
beforeAll(async () => {
  fx = await loadTestEngine(FIXTURES);
});

describe('fixture profiles', () => {
  it('shows titled experience entries as title · organization · period with highlights', () => {
    const reply = expectKind(fx.ask('/experience ada'), 'experience');
    expect(reply.data.entries.map((e) => e.organization)).toEqual([
      'Analytical Engines Ltd',
      'Royal Society',
    ]);
    const text = renderText(reply);
    expect(text).toMatch(/^Lead Programmer.* · Analytical Engines Ltd.*:$/m);
    expect(text).toContain('  • Wrote the first published algorithm for the Analytical Engine');
  });

  it('never shows private contacts, only counts them', () => {
    const reply = expectKind(fx.ask("ada's contact"), 'contact');
    expect(reply.data.hiddenCount).toBe(2);
    const text = renderText(reply);
    expect(text).not.toContain('ada@example.org');
    expect(text).not.toContain('7946');
    expect(text).toContain('https://github.com/ada-example');
    expect(reply.description).toContain('2 more are private and not shown');
  });

  it('lists two people called Alex as ambiguous, never picking one', () => {
    const reply = expectKind(fx.ask('/skills alex'), 'ambiguous');
    expect(reply.candidates.map((c) => c.name).sort()).toEqual(['Alex Kim', 'Alex Moreno']);
    expect(reply.suggestions).toEqual(expect.arrayContaining(['/skills alex kim', '/skills alex moreno']));
  });

  it('finds Jürgen Brückner typed without diacritics', () => {
    expect(fx.ask('/profile bruckner').person?.name).toBe('Jürgen Brückner');
  });

  it('resolves a handle and shows pronouns on the card', () => {
    const reply = expectKind(fx.ask('who is ada'), 'profile');
    expect(reply.title).toBe('Ada Lovelace (she/her)');
  });

  it('leaves unlisted people out of people and whoknows', () => {
    const people = expectKind(fx.ask('/people'), 'people');
    expect(renderText(people)).not.toContain('Harper');
    const rust = expectKind(fx.ask('who knows rust'), 'whoknows');
    expect(rust.data.matches.map((m) => m.name)).toEqual(['Ada Lovelace']);
  });

  it('reads a k8s alias as Kubernetes', () => {
    const reply = expectKind(fx.ask('/whoknows k8s'), 'whoknows');
    expect(reply.data.skill).toBe('Kubernetes');
    expect(reply.data.matches.map((m) => m.name).sort()).toEqual(['Ada Lovelace', 'Jürgen Brückner']);
  });
});

describe('autocomplete', () => {
  it('offers people, at most 25, names at most 100 characters', () => {
    const choices = fx.engine.autocomplete({ command: 'skills', option: 'person', value: 'al', args: {} });
    expect(choices.map((c) => c.value).sort()).toEqual(['alex-kim', 'alex-moreno']);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('offers the sections of the chosen person', () => {
    const choices = fx.engine.autocomplete({
      command: 'section',
      option: 'section',
      value: 'val',
      args: { person: 'ada' },
    });
    expect(choices.map((c) => c.name)).toContain('Values');
  });

  it('offers skills and command names', () => {
    expect(
      fx.engine.autocomplete({ command: 'whoknows', option: 'skill', value: 'terra', args: {} })[0]?.value,
    ).toBe('Terraform');
    expect(fx.engine.autocomplete({ command: 'help', option: 'command', value: 'wh', args: {} })).toEqual([
      {
        name: 'whoknows — Find who knows a skill, ranked, with the line from their profile',
        value: 'whoknows',
      },
    ]);
  });
});
