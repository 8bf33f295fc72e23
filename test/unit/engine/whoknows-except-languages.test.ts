// "who knows go but not rust" asked in Italian, German, Portuguese, French and Spanish (ninth red team):
// "chi conosce go ma non rust" was answered as "Who knows Go and Rust" (the opposite: the one person who
// lists both came first), and the others found no skill "go aber nicht rust".
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine.js';
import { renderText } from '../../../src/render/text.js';
import { loadFuzzEngine } from '../../fuzz/fuzz-targets.js';

let engine: Engine;
beforeAll(async () => {
  engine = await loadFuzzEngine();
});
const ask = (q: string) => renderText(engine.answer(engine.parse(q, { platform: 'shell' })));

describe('a who-knows question that leaves a skill out, in other languages', () => {
  it.each([
    'chi conosce go ma non rust',
    'chi conosce go tranne rust',
    'wer kann go aber nicht rust',
    'quem sabe go mas não rust',
    'qui connaît go mais pas rust',
    'quién sabe go pero no rust',
  ])('leaves out those who list the second skill: %s', (question) => {
    const reply = ask(question);
    expect(reply).toMatch(/^Who knows Go but not Rust\n/);
    // Rajdeep lists both Go and Rust; Jürgen lists Go only.
    expect(reply).toContain('Jürgen Brückner — Go');
    expect(reply).not.toContain('Rajdeep Sengupta — Go');
  });

  it('still reads two skills joined by "and" as both', () => {
    expect(ask('who knows go and rust')).toMatch(/^Who knows Go and Rust\n/);
  });
});
