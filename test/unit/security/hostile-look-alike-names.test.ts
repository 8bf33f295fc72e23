// A profile whose name passes for another's through look-alike letters (a Cyrillic і and а in
// "Mіrа Cаstell") must never get that person's askers silently: naming either is "which one?", told
// apart by id (which then answers), and every list and choice says which name is written in another script.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from '../engine/load-test-engine.js';

const DIR = join(ROOT, 'test/fixtures/look-alike-names');
const IMPOSTOR = 'M\u0456r\u0430 C\u0430stell'; // Cyrillic і, а, а

let fx: TestEngine;
beforeAll(async () => {
  fx = await loadTestEngine(DIR);
});

describe('names written with look-alike letters', () => {
  it.each([
    ['/contact mira castell'],
    [`/contact ${IMPOSTOR}`],
    ['how do I reach mira castell?'],
    ['/profile Mira Castell'],
  ])('%s asks which one, names both by id, and shows no address', (line) => {
    const reply = expectKind(fx.ask(line), 'ambiguous');
    expect(reply.candidates.map((c) => c.id).sort()).toEqual(['mira-castell', 'mira-castell-official']);
    const text = renderText(reply);
    expect(text).toContain('(mira-castell)');
    expect(text).toContain('(mira-castell-official)');
    expect(text).toContain('written with Cyrillic letters');
    expect(text).not.toMatch(/@/);
    expect(reply.suggestions.map((s) => s.split(' ').at(-1)).sort()).toEqual([
      'mira-castell',
      'mira-castell-official',
    ]);
  });

  it('answers for the one whose id is asked: the choice the "which one?" offered', () => {
    const real = expectKind(fx.ask('/contact mira-castell'), 'contact');
    expect(renderText(real)).toContain('mira@castell.example');
    const other = expectKind(fx.ask('/contact mira-castell-official'), 'contact');
    expect(renderText(other)).toContain('mira.castell@impostor.example');
  });

  it('labels the look-alike name in autocomplete choices, so the two choices read differently', () => {
    const choices = fx.engine.autocomplete({ command: 'contact', option: 'person', value: 'mir', args: {} });
    const labels = choices.map((c) => c.name);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.find((l) => l.startsWith(IMPOSTOR))).toMatch(/written with Cyrillic letters/);
    expect(labels.find((l) => l.startsWith('Mira Castell'))).not.toMatch(/written with/);
  });

  it('leaves names in another script that pass for no one alone: a Cyrillic and a Latin spelling are two people', () => {
    expect(renderText(expectKind(fx.ask('/contact сергей иванов'), 'contact'))).toContain('sergei@ivanov');
    expect(renderText(expectKind(fx.ask('/contact sergei ivanov'), 'contact'))).toContain('latin.example');
    const list = renderText(fx.ask('/people'));
    expect(list).toContain('Сергей Иванов — Backend engineer');
  });

  it('answers for a look-alike name nobody else has, and says in lists that it is written so', () => {
    expect(renderText(expectKind(fx.ask('/contact otto brand'), 'contact'))).toContain('otto@greek-omicron');
    expect(renderText(fx.ask('/people'))).toContain('\u039ftto Brand (written with Greek letters)');
  });
});
