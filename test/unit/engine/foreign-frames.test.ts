// Career and study questions asked in Spanish, Portuguese, French, German and Italian read as the English
// question the rules know.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { foreignFrames } from '../../../src/engine/foreign-frames.js';
import type { LineDeps } from '../../../src/engine/parse-line.js';
import { parseLine } from '../../../src/engine/parse-line.js';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

const PEOPLE = new Map([
  ['edith', 1],
  ['lena', 1],
  ['abdelrahman', 1],
  ['axdeexpe', 1],
]);
const deps: LineDeps = {
  personScore: (text) => PEOPLE.get(text.toLowerCase()) ?? null,
  hasImplicitPerson: () => false,
};

const FRAMES: [string, string][] = [
  ['¿qué estudió edith?', 'what did edith study'],
  ['¿de qué trabaja edith?', 'what does edith do'],
  ['¿en qué empresa trabajó edith antes de leadtech?', 'where did edith work before leadtech'],
  ['o axdeexpe ainda trabalha na fraunhofer?', 'is axdeexpe still at fraunhofer'],
  ['onde o abdelrahman fez estágio?', 'where did abdelrahman intern'],
  ["quel est le diplôme d'abdelrahman ?", 'what did abdelrahman study'],
  ['lena travaille toujours chez sap ?', 'is lena still at sap'],
  ['wo hat lena ein praktikum gemacht?', 'where did lena intern'],
  ['ist lena noch bei sap?', 'is lena still at sap'],
  ['welchen abschluss hat lena?', 'what did lena study'],
  ['dove ha fatto lo stage lena?', 'where did lena intern'],
  ['lena lavora ancora alla sap?', 'is lena still at sap'],
  ['cosa ha studiato lena?', 'what did lena study'],
];

describe('foreignFrames', () => {
  it.each(FRAMES)('reads "%s" as "%s"', (asked, english) => {
    const text = asked.replace(/^¿/, '').replace(/\s*\?$/, '');
    expect(foreignFrames(text)).toBe(english);
  });

  it('leaves a question in no career frame alone', () => {
    expect(foreignFrames('wer kennt sich mit kafka aus')).toBeNull();
    expect(foreignFrames('what did edith study')).toBeNull();
  });
});

describe('a career question in another language, read by the rules', () => {
  it('asks whether someone is still at an employer', () => {
    expect(parseLine('o axdeexpe ainda trabalha na Fraunhofer?', deps)).toEqual({
      command: 'experience',
      args: expect.objectContaining({ person: 'axdeexpe' }),
    });
  });

  it('asks what someone studied', () => {
    expect(parseLine('¿qué estudió edith?', deps)).toEqual({
      command: 'section',
      args: { person: 'edith', section: 'education' },
    });
  });

  it('reads nothing when the frame names no one', () => {
    expect(parseLine('¿qué estudió ese chico nuevo?', deps).command).not.toBe('section');
  });
});

describe('whether someone is still at an employer, with a chat tail after it', () => {
  let team: TestEngine;
  beforeAll(async () => {
    team = await loadTestEngine(join(ROOT, 'test/fixtures/foreign-careers'));
  });

  it.each([
    'lucía sigue en brisamar o ya se fue?',
    'is lucia still at brisamar or did she leave?',
    'is lucia still at brisamar right now',
  ])('answers “%s” about the employer named, never a “No” about the tail', (line) => {
    const text = renderText(team.ask(line));
    expect(text).toContain('Brisamar as a current job');
    expect(text).not.toMatch(/^No:/m);
  });

  it('keeps the whole name when an entry names it ("Hafenlicht GmbH" stays one employer)', () => {
    expect(renderText(team.ask('is greta still at hafenlicht gmbh'))).toContain('past job');
  });
});
